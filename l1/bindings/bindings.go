// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RollupBatch is an auto generated low-level Go binding around an user-defined struct.
type RollupBatch struct {
	StateRoot        [32]byte
	WithdrawalRoot   [32]byte
	SubmittedAt      uint64
	DepositsConsumed uint64
	L2Height         uint64
	ProofCount       uint32
}

// RollupBatchHeader is an auto generated low-level Go binding around an user-defined struct.
type RollupBatchHeader struct {
	Index            uint64
	Cid              []byte
	DataHash         [32]byte
	PrevStateRoot    [32]byte
	StateRoot        [32]byte
	WithdrawalRoot   [32]byte
	DepositsConsumed uint64
	L2Height         uint64
	ProofsHash       [32]byte
}

// RollupLossProof is an auto generated low-level Go binding around an user-defined struct.
type RollupLossProof struct {
	Circuit [32]byte
	Proof   []byte
	Digest  *big.Int
}

// RollupVerifyingKey is an auto generated low-level Go binding around an user-defined struct.
type RollupVerifyingKey struct {
	Alpha            [2]*big.Int
	BetaNeg          [4]*big.Int
	GammaNeg         [4]*big.Int
	DeltaNeg         [4]*big.Int
	K                [6]*big.Int
	PedersenG        [4]*big.Int
	PedersenSigmaNeg [4]*big.Int
}

// BatchLossVerifierMetaData contains all meta data concerning the BatchLossVerifier contract.
var BatchLossVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"alpha\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"betaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"gammaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"deltaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"k\",\"type\":\"uint256[6]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenG\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenSigmaNeg\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PROOF_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"},{\"internalType\":\"uint256[]\",\"name\":\"digests\",\"type\":\"uint256[]\"}],\"name\":\"verifyProofs\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "296dd486e185f7c13538c3c3e382c46a53",
	Bin: "0x610400604052348015610010575f5ffd5b5060405161170138038061170183398101604081905261002f9161020e565b865160209788015160a090815260809182528751888a01516040808b015160609b8c0151610120526101005260e09190915260c0919091528751888b015189830151998b01516101a0526101809990995261016098909852610140979097528551868a015187890151978a015161022052610200979097526101e0969096526101c09590955283518489015185880151868a01519387015196909701516102e0526102c0959095526102a091909152610280949094526102609290925261024092909252815182860151838501519386015161036052610340939093526103209290925261030091909152805193810151918101519201516103e0526103c0919091526103a052610380526102e8565b604051601f8201601f191681016001600160401b038111828210171561017357634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f61018660c061013f565b90508060c0830184811115610199575f5ffd5b835b818110156101b357805183526020928301920161019b565b50505092915050565b5f82601f8301126101cb575f5ffd5b5f6101d6608061013f565b90508060808401858111156101e9575f5ffd5b845b818110156102035780518352602092830192016101eb565b509195945050505050565b5f5f5f5f5f5f5f610380888a031215610225575f5ffd5b88601f890112610233575f5ffd5b5f61023e604061013f565b90508060408a018b811115610251575f5ffd5b8a5b8181101561026b578051835260209283019201610253565b508299506102798c826101bc565b985050505061028b8960c08a016101bc565b945061029b896101408a016101bc565b9350886101df8901126102ac575f5ffd5b6102ba896101c08a0161017b565b92506102ca896102808a016101bc565b91506102da896103008a016101bc565b905092959891949750929550565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516103405161036051610380516103a0516103c0516103e0516112da6104275f395f61098501525f61096401525f61094301525f61092201525f610a2801525f610a0701525f6109e601525f6109c501525f61082d01525f61080c01525f6107c501525f6107a401525f8181610707015261075901525f81816106e6015261073801525f61056a01525f61054901525f61052801525f61050701525f6108e301525f6108c201525f6108a101525f61088001525f6106b001525f61068f01525f61066e01525f61064d01525f81816105c3015261061501525f81816105a201526105f401526112da5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806301ffc9a71461004e57806319204986146100765780638d8f8a5c1461008d578063d072d7cc146100a2575b5f5ffd5b61006161005c366004610edb565b6100b5565b60405190151581526020015b60405180910390f35b61007f61018081565b60405190815260200161006d565b6100a061009b366004610f09565b610106565b005b6100a06100b0366004610fd7565b610185565b5f6001600160e01b0319821663341cb5f360e21b14806100e557506001600160e01b03198216632363e29760e21b145b8061010057506001600160e01b031982166301ffc9a760e01b145b92915050565b5f610111600161030b565b6040519091505f905f5160206112855f395f51905f529061013e9087908790873590600190602001611057565b604051602081830303815290604052805190602001205f1c6101609190611071565b9050610173825f878787356001876103c3565b61017e8260016104e6565b5050505050565b828015806101935750818114155b156101b157604051632bb9acf760e01b815260040160405180910390fd5b5f858585856040516020016101c994939291906110e8565b6040516020818303038152906040528051906020012090505f6101eb8361030b565b90505f5b838110156102f7575f811561024e5760408051602081018690529081018390525f60608201525f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102499190611071565b610251565b60015b6040805160208101879052908101849052600160608201529091505f905f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102a29190611071565b90506102ed84848c8c878181106102bb576102bb611043565b90506020028101906102cd919061119c565b8c8c898181106102df576102df611043565b9050602002013587876103c3565b50506001016101ef565b5061030281846104e6565b50505050505050565b610364604051806101800160405280606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61036f8260056111f3565b61037a906006611206565b67ffffffffffffffff8111156103925761039261121d565b6040519080825280602002602001820160405280156103bb578160200160208202803683370190505b508152919050565b610180841415806103e157505f5160206112855f395f51905f528310155b156103ff57604051632bb9acf760e01b815260040160405180910390fd5b865161041890610410886006611206565b878786610aa0565b61042487868685610ba4565b6104318786868585610bf8565b61043d87868684610c88565b5f5f5160206112855f395f51905f5261045c610140610100888a611231565b60405161046a929190611258565b60405190819003902061047d9190611071565b90505f5160206112855f395f51905f5283896101200151086101208901525f5160206112855f395f51905f5280858509896101400151086101408901525f5160206112855f395f51905f5280828509896101600151086101609098019790975250505050505050565b81515f6104f4836006611206565b905061058e8282866020015187604001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f8561012001516001146105f2576105ed7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610635565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b90925090506106d4846106498560066111f3565b84847f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b856101200151600114610736576107317f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610779565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b8092508193505050610795828288606001518960800151610e1d565b80925081935050505f5f6107ef7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101400151610dc9565b915091506107ff84848484610e1d565b80945081955050506108577f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101600151610dc9565b909250905061086884848484610e1d565b90945092506109078661087c87600c6111f3565b86867f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b6109a9866109168760126111f3565b8a60a001518b60c001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b610a4c866109b88760186111f3565b8a60e001518b61010001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f60405160208160208b510260208c0160085afa92508051915050811580610a76575080600114155b15610a9457604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050565b5f5f610aad85855f610e78565b9150915082600114610aca57610ac4828285610dc9565b90925090505b81878781518110610add57610add611043565b60209081029190910101528087610af58860016111f3565b81518110610b0557610b05611043565b60209081029190910101525f5b6004811015610b9a578585610b28836020611206565b610b339060406111f3565b90610b3f846020611206565b610b4a9060606111f3565b92610b5793929190611231565b610b6091611267565b8882610b6d8a60026111f3565b610b7791906111f3565b81518110610b8757610b87611043565b6020908102919091010152600101610b12565b5050505050505050565b5f5f610bb2858560c0610e78565b9150915082600114610bcf57610bc9828285610dc9565b90925090505b610be3866020015187604001518484610e1d565b60408801526020909601959095525050505050565b5f5f610c078686610100610e78565b915091505f5f85600114610c2557610c20848488610dc9565b610c28565b83835b91509150610c4089606001518a608001518484610e1d565b60808b015260608a0152610c55848487610dc9565b60a08b015160c08c0151929450909250610c70918484610e1d565b60c08b015260a0909901989098525050505050505050565b5f5f610c978585610140610e78565b91509150610ca6828285610dc9565b60e0880151610100890151929450909250610cc2918484610e1d565b61010088015260e0909601959095525050505050565b85888881518110610ceb57610ceb611043565b60209081029190910101528488610d038960016111f3565b81518110610d1357610d13611043565b60209081029190910101528388610d2b8960026111f3565b81518110610d3b57610d3b611043565b60209081029190910101528288610d538960036111f3565b81518110610d6357610d63611043565b60209081029190910101528188610d7b8960046111f3565b81518110610d8b57610d8b611043565b60209081029190910101528088610da38960056111f3565b81518110610db357610db3611043565b6020026020010181815250505050505050505050565b5f5f5f60405186815285602082015284604082015260408160608360075afa915080519350602081015192505080610e1457604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f5f60405187815286602082015285604082015284606082015260408160808360065afa915080519350602081015192505080610e6e57604051631ff3747d60e21b815260040160405180910390fd5b5094509492505050565b5f80848385610e888260206111f3565b92610e9593929190611231565b610e9e91611267565b91508484610ead8560206111f3565b90610eb98660406111f3565b92610ec693929190611231565b610ecf91611267565b5f1c9050935093915050565b5f60208284031215610eeb575f5ffd5b81356001600160e01b031981168114610f02575f5ffd5b9392505050565b5f5f5f60408486031215610f1b575f5ffd5b833567ffffffffffffffff811115610f31575f5ffd5b8401601f81018613610f41575f5ffd5b803567ffffffffffffffff811115610f57575f5ffd5b866020828401011115610f68575f5ffd5b602082019450809350505084604085011115610f82575f5ffd5b6020840190509250925092565b5f5f83601f840112610f9f575f5ffd5b50813567ffffffffffffffff811115610fb6575f5ffd5b6020830191508360208260051b8501011115610fd0575f5ffd5b9250929050565b5f5f5f5f60408587031215610fea575f5ffd5b843567ffffffffffffffff811115611000575f5ffd5b61100c87828801610f8f565b909550935050602085013567ffffffffffffffff81111561102b575f5ffd5b61103787828801610f8f565b95989497509550505050565b634e487b7160e01b5f52603260045260245ffd5b838582379092019081526020810191909152604001919050565b5f8261108b57634e487b7160e01b5f52601260045260245ffd5b500690565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b038311156110cf575f5ffd5b8260051b80836020870137939093016020019392505050565b604080825281018490525f6060600586901b830181019083018783601e1936839003015b8982101561117a57868503605f19018452823581811261112a575f5ffd5b8b0160208101903567ffffffffffffffff811115611146575f5ffd5b803603821315611154575f5ffd5b61115f878284611090565b9650505060208301925060208401935060018201915061110c565b5050505082810360208401526111918185876110b8565b979650505050505050565b5f5f8335601e198436030181126111b1575f5ffd5b83018035915067ffffffffffffffff8211156111cb575f5ffd5b602001915036819003821315610fd0575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610100576101006111df565b8082028115828204841417610100576101006111df565b634e487b7160e01b5f52604160045260245ffd5b5f5f8585111561123f575f5ffd5b8386111561124b575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b80356020831015610100575f19602084900360031b1b169291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220818792df6b56a276002303ab96853e6a11a229c3d1fe54a2448f051a52a827f564736f6c634300081e0033",
}

// BatchLossVerifier is an auto generated Go binding around an Ethereum contract.
type BatchLossVerifier struct {
	abi abi.ABI
}

// NewBatchLossVerifier creates a new instance of BatchLossVerifier.
func NewBatchLossVerifier() *BatchLossVerifier {
	parsed, err := BatchLossVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BatchLossVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BatchLossVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256[2] alpha, uint256[4] betaNeg, uint256[4] gammaNeg, uint256[4] deltaNeg, uint256[6] k, uint256[4] pedersenG, uint256[4] pedersenSigmaNeg) returns()
func (batchLossVerifier *BatchLossVerifier) PackConstructor(alpha [2]*big.Int, betaNeg [4]*big.Int, gammaNeg [4]*big.Int, deltaNeg [4]*big.Int, k [6]*big.Int, pedersenG [4]*big.Int, pedersenSigmaNeg [4]*big.Int) []byte {
	enc, err := batchLossVerifier.abi.Pack("", alpha, betaNeg, gammaNeg, deltaNeg, k, pedersenG, pedersenSigmaNeg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackPROOFSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19204986.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROOF_SIZE() view returns(uint256)
func (batchLossVerifier *BatchLossVerifier) PackPROOFSIZE() []byte {
	enc, err := batchLossVerifier.abi.Pack("PROOF_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROOFSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19204986.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROOF_SIZE() view returns(uint256)
func (batchLossVerifier *BatchLossVerifier) TryPackPROOFSIZE() ([]byte, error) {
	return batchLossVerifier.abi.Pack("PROOF_SIZE")
}

// UnpackPROOFSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19204986.
//
// Solidity: function PROOF_SIZE() view returns(uint256)
func (batchLossVerifier *BatchLossVerifier) UnpackPROOFSIZE(data []byte) (*big.Int, error) {
	out, err := batchLossVerifier.abi.Unpack("PROOF_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (batchLossVerifier *BatchLossVerifier) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := batchLossVerifier.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (batchLossVerifier *BatchLossVerifier) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return batchLossVerifier.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) pure returns(bool)
func (batchLossVerifier *BatchLossVerifier) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := batchLossVerifier.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (batchLossVerifier *BatchLossVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := batchLossVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (batchLossVerifier *BatchLossVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return batchLossVerifier.abi.Pack("verifyProof", proof, input)
}

// PackVerifyProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd072d7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProofs(bytes[] proofs, uint256[] digests) view returns()
func (batchLossVerifier *BatchLossVerifier) PackVerifyProofs(proofs [][]byte, digests []*big.Int) []byte {
	enc, err := batchLossVerifier.abi.Pack("verifyProofs", proofs, digests)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd072d7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProofs(bytes[] proofs, uint256[] digests) view returns()
func (batchLossVerifier *BatchLossVerifier) TryPackVerifyProofs(proofs [][]byte, digests []*big.Int) ([]byte, error) {
	return batchLossVerifier.abi.Pack("verifyProofs", proofs, digests)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (batchLossVerifier *BatchLossVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], batchLossVerifier.abi.Errors["BadInput"].ID.Bytes()[:4]) {
		return batchLossVerifier.UnpackBadInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchLossVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return batchLossVerifier.UnpackProofInvalidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BatchLossVerifierBadInput represents a BadInput error raised by the BatchLossVerifier contract.
type BatchLossVerifierBadInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInput()
func BatchLossVerifierBadInputErrorID() common.Hash {
	return common.HexToHash("0x2bb9acf7e2364aff268657b789bab0c1fdc67be64e6b8fdbe17a827202700471")
}

// UnpackBadInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInput()
func (batchLossVerifier *BatchLossVerifier) UnpackBadInputError(raw []byte) (*BatchLossVerifierBadInput, error) {
	out := new(BatchLossVerifierBadInput)
	if err := batchLossVerifier.abi.UnpackIntoInterface(out, "BadInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchLossVerifierProofInvalid represents a ProofInvalid error raised by the BatchLossVerifier contract.
type BatchLossVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func BatchLossVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (batchLossVerifier *BatchLossVerifier) UnpackProofInvalidError(raw []byte) (*BatchLossVerifierProofInvalid, error) {
	out := new(BatchLossVerifierProofInvalid)
	if err := batchLossVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractNRN\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractRollup\",\"name\":\"rollup_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"BatchNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"InvalidWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"RollupBridgeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"WithdrawalAlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lockedBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractNRN\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawalLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "0f63913e23f5606633e3d4f8c7c6313d17",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610f3d380380610f3d83398101604081905261002e916102f7565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b306001600160a01b0316816001600160a01b031663e78cea926040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100d3919061032f565b6001600160a01b03161461016a57806001600160a01b031663e78cea926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561011d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610141919061032f565b60405163a7e37e1b60e01b81526001600160a01b03909116600482015260240160405180910390fd5b816001600160a01b03166391d14854836001600160a01b031663d53913936040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d99190610351565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa158015610219573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061023d9190610368565b61025a57604051633e34a41b60e21b815260040160405180910390fd5b6001600160a01b03808316608052811660a08190526040805163d6ae3cd560e01b8152905163d6ae3cd5916004808201926020929091908290030181865afa1580156102a8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102cc9190610387565b6001600160401b031660c052506103ad9050565b6001600160a01b03811681146102f4575f5ffd5b50565b5f5f60408385031215610308575f5ffd5b8251610313816102e0565b6020840151909250610324816102e0565b809150509250929050565b5f6020828403121561033f575f5ffd5b815161034a816102e0565b9392505050565b5f60208284031215610361575f5ffd5b5051919050565b5f60208284031215610378575f5ffd5b8151801515811461034a575f5ffd5b5f60208284031215610397575f5ffd5b81516001600160401b038116811461034a575f5ffd5b60805160a05160c051610b356104085f395f818161018b015261030b01525f818161014c0152818161033b01528181610408015261050a01525f81816101b2015281816102780152818161063301526106860152610b355ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80639e8da543116100635780639e8da54314610100578063b078932614610132578063cb23bcb514610147578063d6ae3cd514610186578063fc0c546a146101ad575f5ffd5b80632dfdf0b51461009457806347e7ef24146100c3578063612e9350146100d65780637b80889b146100f7575b5f5ffd5b5f546100a6906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b6100a66100d13660046108fc565b6101d4565b6100e96100e436600461093a565b6102fd565b6040519081526020016100ba565b6100e960015481565b61012261010e366004610982565b60026020525f908152604090205460ff1681565b60405190151581526020016100ba565b61014561014036600461099b565b6103c3565b005b61016e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100ba565b6100a67f000000000000000000000000000000000000000000000000000000000000000081565b61016e7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160a01b0383166101fc5760405163d27b444360e01b815260040160405180910390fd5b815f0361021c57604051631f2a200560e01b815260040160405180910390fd5b505f546001600160401b0316610233816001610a69565b5f805467ffffffffffffffff19166001600160401b039290921691909117815560018054849290610265908490610a88565b909155506102a090506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085610749565b826001600160a01b0316336001600160a01b0316826001600160401b03167f3058c9982050baca4b61c4c19150229f108f491b297706a6e1d190eb8399a974856040516102ef91815260200190565b60405180910390a492915050565b604080516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811660208301526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169383019390935286166060820152818516608082015290831660a082015260c081018290525f9060e00160408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050949350505050565b6001600160a01b0384166103ea5760405163d27b444360e01b815260040160405180910390fd5b604051635c8096ad60e11b81526001600160401b03881660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b9012d5a90602401602060405180830381865afa158015610455573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104799190610a9b565b6104a6576040516389bf37d160e01b81526001600160401b03881660048201526024015b60405180910390fd5b6001600160401b0386165f9081526002602052604090205460ff16156104ea576040516351224e0160e11b81526001600160401b038716600482015260240161049d565b604051630e1bb34360e01b81526001600160401b03881660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690630e1bb34390602401602060405180830381865afa158015610557573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057b9190610ac1565b905061059483838361058f8b8b8b8b6102fd565b6107b6565b6105c457604051630362dec560e31b81526001600160401b03808a1660048301528816602482015260440161049d565b6001600160401b0387165f908152600260205260408120805460ff19166001908117909155548511156105f9576001546105fb565b845b90505f6106088287610ad8565b90508160015f82825461061b9190610ad8565b9091555050811561065a5761065a6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001688846107cd565b80156106de576040516340c10f1960e01b81526001600160a01b038881166004830152602482018390527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b1580156106c7575f5ffd5b505af11580156106d9573d5f5f3e3d5ffd5b505050505b604080516001600160a01b038a8116825260208201899052918101839052908816906001600160401b03808d1691908c16907f895b803aa70fb955177a50f658708e99f0c7fbf5aff277c03b4e0972a700e8509060600160405180910390a450505050505050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526107b09186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050610803565b50505050565b5f826107c386868561086f565b1495945050505050565b6040516001600160a01b038381166024830152604482018390526107fe91859182169063a9059cbb9060640161077e565b505050565b5f5f60205f8451602086015f885af180610822576040513d5f823e3d81fd5b50505f513d91508115610839578060011415610846565b6001600160a01b0384163b155b156107b057604051635274afe760e01b81526001600160a01b038516600482015260240161049d565b5f81815b848110156108a75761089d8287878481811061089157610891610aeb565b905060200201356108b0565b9150600101610873565b50949350505050565b5f8183106108ca575f8281526020849052604090206108d8565b5f8381526020839052604090205b90505b92915050565b80356001600160a01b03811681146108f7575f5ffd5b919050565b5f5f6040838503121561090d575f5ffd5b610916836108e1565b946020939093013593505050565b80356001600160401b03811681146108f7575f5ffd5b5f5f5f5f6080858703121561094d575f5ffd5b61095685610924565b9350610964602086016108e1565b9250610972604086016108e1565b9396929550929360600135925050565b5f60208284031215610992575f5ffd5b6108d882610924565b5f5f5f5f5f5f5f60c0888a0312156109b1575f5ffd5b6109ba88610924565b96506109c860208901610924565b95506109d6604089016108e1565b94506109e4606089016108e1565b93506080880135925060a08801356001600160401b03811115610a05575f5ffd5b8801601f81018a13610a15575f5ffd5b80356001600160401b03811115610a2a575f5ffd5b8a60208260051b8401011115610a3e575f5ffd5b602082019350809250505092959891949750929550565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156108db576108db610a55565b808201808211156108db576108db610a55565b5f60208284031215610aab575f5ffd5b81518015158114610aba575f5ffd5b9392505050565b5f60208284031215610ad1575f5ffd5b5051919050565b818103818111156108db576108db610a55565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220911262e812b761aa17c19baa7df99a356b929988779a25766adf48f5d1a0ae5764736f6c634300081e0033",
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	abi abi.ABI
}

// NewBridge creates a new instance of Bridge.
func NewBridge() *Bridge {
	parsed, err := BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address rollup_) returns()
func (bridge *Bridge) PackConstructor(token_ common.Address, rollup_ common.Address) []byte {
	enc, err := bridge.abi.Pack("", token_, rollup_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0789326.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWithdrawal(uint64 batchIndex, uint64 id, address from, address to, uint256 amount, bytes32[] proof) returns()
func (bridge *Bridge) PackClaimWithdrawal(batchIndex uint64, id uint64, from common.Address, to common.Address, amount *big.Int, proof [][32]byte) []byte {
	enc, err := bridge.abi.Pack("claimWithdrawal", batchIndex, id, from, to, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0789326.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWithdrawal(uint64 batchIndex, uint64 id, address from, address to, uint256 amount, bytes32[] proof) returns()
func (bridge *Bridge) TryPackClaimWithdrawal(batchIndex uint64, id uint64, from common.Address, to common.Address, amount *big.Int, proof [][32]byte) ([]byte, error) {
	return bridge.abi.Pack("claimWithdrawal", batchIndex, id, from, to, amount, proof)
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8da543.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(uint64 ) view returns(bool)
func (bridge *Bridge) PackClaimed(arg0 uint64) []byte {
	enc, err := bridge.abi.Pack("claimed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8da543.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(uint64 ) view returns(bool)
func (bridge *Bridge) TryPackClaimed(arg0 uint64) ([]byte, error) {
	return bridge.abi.Pack("claimed", arg0)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e8da543.
//
// Solidity: function claimed(uint64 ) view returns(bool)
func (bridge *Bridge) UnpackClaimed(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("claimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address l2Recipient, uint256 amount) returns(uint64 nonce)
func (bridge *Bridge) PackDeposit(l2Recipient common.Address, amount *big.Int) []byte {
	enc, err := bridge.abi.Pack("deposit", l2Recipient, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address l2Recipient, uint256 amount) returns(uint64 nonce)
func (bridge *Bridge) TryPackDeposit(l2Recipient common.Address, amount *big.Int) ([]byte, error) {
	return bridge.abi.Pack("deposit", l2Recipient, amount)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47e7ef24.
//
// Solidity: function deposit(address l2Recipient, uint256 amount) returns(uint64 nonce)
func (bridge *Bridge) UnpackDeposit(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("deposit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint64)
func (bridge *Bridge) PackDepositCount() []byte {
	enc, err := bridge.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint64)
func (bridge *Bridge) TryPackDepositCount() ([]byte, error) {
	return bridge.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint64)
func (bridge *Bridge) UnpackDepositCount(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("depositCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint64)
func (bridge *Bridge) PackL2ChainId() []byte {
	enc, err := bridge.abi.Pack("l2ChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2ChainId() view returns(uint64)
func (bridge *Bridge) TryPackL2ChainId() ([]byte, error) {
	return bridge.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint64)
func (bridge *Bridge) UnpackL2ChainId(data []byte) (uint64, error) {
	out, err := bridge.abi.Unpack("l2ChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLockedBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b80889b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedBalance() view returns(uint256)
func (bridge *Bridge) PackLockedBalance() []byte {
	enc, err := bridge.abi.Pack("lockedBalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b80889b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedBalance() view returns(uint256)
func (bridge *Bridge) TryPackLockedBalance() ([]byte, error) {
	return bridge.abi.Pack("lockedBalance")
}

// UnpackLockedBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b80889b.
//
// Solidity: function lockedBalance() view returns(uint256)
func (bridge *Bridge) UnpackLockedBalance(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("lockedBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) PackRollup() []byte {
	enc, err := bridge.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) TryPackRollup() ([]byte, error) {
	return bridge.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (bridge *Bridge) UnpackRollup(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (bridge *Bridge) PackToken() []byte {
	enc, err := bridge.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (bridge *Bridge) TryPackToken() ([]byte, error) {
	return bridge.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (bridge *Bridge) UnpackToken(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawalLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x612e9350.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalLeaf(uint64 id, address from, address to, uint256 amount) view returns(bytes32)
func (bridge *Bridge) PackWithdrawalLeaf(id uint64, from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := bridge.abi.Pack("withdrawalLeaf", id, from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x612e9350.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalLeaf(uint64 id, address from, address to, uint256 amount) view returns(bytes32)
func (bridge *Bridge) TryPackWithdrawalLeaf(id uint64, from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return bridge.abi.Pack("withdrawalLeaf", id, from, to, amount)
}

// UnpackWithdrawalLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x612e9350.
//
// Solidity: function withdrawalLeaf(uint64 id, address from, address to, uint256 amount) view returns(bytes32)
func (bridge *Bridge) UnpackWithdrawalLeaf(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("withdrawalLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// BridgeDeposited represents a Deposited event raised by the Bridge contract.
type BridgeDeposited struct {
	Nonce  uint64
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgeDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (BridgeDeposited) ContractEventName() string {
	return BridgeDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(uint64 indexed nonce, address indexed from, address indexed to, uint256 amount)
func (bridge *Bridge) UnpackDepositedEvent(log *types.Log) (*BridgeDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeDeposited)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// BridgeWithdrawalClaimed represents a WithdrawalClaimed event raised by the Bridge contract.
type BridgeWithdrawalClaimed struct {
	Id         uint64
	BatchIndex uint64
	To         common.Address
	From       common.Address
	Amount     *big.Int
	Minted     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const BridgeWithdrawalClaimedEventName = "WithdrawalClaimed"

// ContractEventName returns the user-defined event name.
func (BridgeWithdrawalClaimed) ContractEventName() string {
	return BridgeWithdrawalClaimedEventName
}

// UnpackWithdrawalClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalClaimed(uint64 indexed id, uint64 indexed batchIndex, address indexed to, address from, uint256 amount, uint256 minted)
func (bridge *Bridge) UnpackWithdrawalClaimedEvent(log *types.Log) (*BridgeWithdrawalClaimed, error) {
	event := "WithdrawalClaimed"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeWithdrawalClaimed)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["BatchNotFinalized"].ID.Bytes()[:4]) {
		return bridge.UnpackBatchNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidWithdrawalProof"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidWithdrawalProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return bridge.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["RollupBridgeMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackRollupBridgeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return bridge.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WithdrawalAlreadyClaimed"].ID.Bytes()[:4]) {
		return bridge.UnpackWithdrawalAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroRecipient"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeBatchNotFinalized represents a BatchNotFinalized error raised by the Bridge contract.
type BridgeBatchNotFinalized struct {
	BatchIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinalized(uint64 batchIndex)
func BridgeBatchNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0x89bf37d1f5a3be5d7a7f7ef806961003c1270273dc2d65aa4f5698b9d76d0730")
}

// UnpackBatchNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinalized(uint64 batchIndex)
func (bridge *Bridge) UnpackBatchNotFinalizedError(raw []byte) (*BridgeBatchNotFinalized, error) {
	out := new(BridgeBatchNotFinalized)
	if err := bridge.abi.UnpackIntoInterface(out, "BatchNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidWithdrawalProof represents a InvalidWithdrawalProof error raised by the Bridge contract.
type BridgeInvalidWithdrawalProof struct {
	BatchIndex uint64
	Id         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWithdrawalProof(uint64 batchIndex, uint64 id)
func BridgeInvalidWithdrawalProofErrorID() common.Hash {
	return common.HexToHash("0x1b16f62890ac18f7156946679039c242cc3610af3bf58c434d21a69553c87781")
}

// UnpackInvalidWithdrawalProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWithdrawalProof(uint64 batchIndex, uint64 id)
func (bridge *Bridge) UnpackInvalidWithdrawalProofError(raw []byte) (*BridgeInvalidWithdrawalProof, error) {
	out := new(BridgeInvalidWithdrawalProof)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidWithdrawalProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotMinter represents a NotMinter error raised by the Bridge contract.
type BridgeNotMinter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter()
func BridgeNotMinterErrorID() common.Hash {
	return common.HexToHash("0xf8d2906ce84a96639fbeeedc84c13a0873e5d5e48a49a084ea78b44722550223")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter()
func (bridge *Bridge) UnpackNotMinterError(raw []byte) (*BridgeNotMinter, error) {
	out := new(BridgeNotMinter)
	if err := bridge.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeRollupBridgeMismatch represents a RollupBridgeMismatch error raised by the Bridge contract.
type BridgeRollupBridgeMismatch struct {
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupBridgeMismatch(address expected)
func BridgeRollupBridgeMismatchErrorID() common.Hash {
	return common.HexToHash("0xa7e37e1bb3ea4de21f32e2004e2bb4aa955b1cce3385021f13c557c2d43e63c7")
}

// UnpackRollupBridgeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupBridgeMismatch(address expected)
func (bridge *Bridge) UnpackRollupBridgeMismatchError(raw []byte) (*BridgeRollupBridgeMismatch, error) {
	out := new(BridgeRollupBridgeMismatch)
	if err := bridge.abi.UnpackIntoInterface(out, "RollupBridgeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Bridge contract.
type BridgeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func BridgeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (bridge *Bridge) UnpackSafeERC20FailedOperationError(raw []byte) (*BridgeSafeERC20FailedOperation, error) {
	out := new(BridgeSafeERC20FailedOperation)
	if err := bridge.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWithdrawalAlreadyClaimed represents a WithdrawalAlreadyClaimed error raised by the Bridge contract.
type BridgeWithdrawalAlreadyClaimed struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAlreadyClaimed(uint64 id)
func BridgeWithdrawalAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa2449c02830d7f8ffd2268050a8ed99be37aca068781c97002fa00e25833c171")
}

// UnpackWithdrawalAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAlreadyClaimed(uint64 id)
func (bridge *Bridge) UnpackWithdrawalAlreadyClaimedError(raw []byte) (*BridgeWithdrawalAlreadyClaimed, error) {
	out := new(BridgeWithdrawalAlreadyClaimed)
	if err := bridge.abi.UnpackIntoInterface(out, "WithdrawalAlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroAddress represents a ZeroAddress error raised by the Bridge contract.
type BridgeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func BridgeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (bridge *Bridge) UnpackZeroAddressError(raw []byte) (*BridgeZeroAddress, error) {
	out := new(BridgeZeroAddress)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroAmount represents a ZeroAmount error raised by the Bridge contract.
type BridgeZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func BridgeZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (bridge *Bridge) UnpackZeroAmountError(raw []byte) (*BridgeZeroAmount, error) {
	out := new(BridgeZeroAmount)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroRecipient represents a ZeroRecipient error raised by the Bridge contract.
type BridgeZeroRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRecipient()
func BridgeZeroRecipientErrorID() common.Hash {
	return common.HexToHash("0xd27b44434400f41bccba90cdfad4d72c6c290b6d2304333570252b0a1dc90ded")
}

// UnpackZeroRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRecipient()
func (bridge *Bridge) UnpackZeroRecipientError(raw []byte) (*BridgeZeroRecipient, error) {
	out := new(BridgeZeroRecipient)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LossVerifierMetaData contains all meta data concerning the LossVerifier contract.
var LossVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "05a3293d887165c32d405caad6314d1ec2",
	Bin: "0x6080604052348015600e575f5ffd5b506113788061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780638d8f8a5c1461006c578063ce6c832c14610081575b5f5ffd5b6100566100513660046111e7565b610094565b6040516100639190611226565b60405180910390f35b61007f61007a366004611266565b610150565b005b61007f61008f3660046112b7565b610417565b61009c611147565b61010082146100e95760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356100fa8282610731565b835250506060830135604084013560a0850135608086013561011e8484848461081e565b6020870152604086015260c0870135935060e087013592506101408484610731565b6060860152509295945050505050565b61010082146101985760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064016100e0565b5f5f6101a383610af7565b915091505f6040516101008782377f083dce5558449e19ad87a79d6e714d90aa658afba608020925b05e8dc4077e116101008201527f26159d181fd517e455e7fe7dd0a6a2c0ad24d372412ac1013c1ab4d6889af6536101208201527f10a5941a83dacc4b912202156e8ab8119ade186572964f640dffc93608226a866101408201527f1d38f178ebde5d98bab973304492eae5dfc3f744ec2b0cb096251924492d84a76101608201527f2e3b01f7e9da46c7e33472d13d43ed39fa8ab06a2b95678876e60e12ef0056306101808201527f026d7c0ae4acf2276c465921c98e7a706d151c3de8984b33ea15c7e98d892eb06101a08201527f018afb150435a69538cfafa3f5dd8c71dc93422ec4b36c03b55196706687bcf96101c08201527f1b91cb77fa01c4edb69d0703dae22e7c070631b52135a323383225b2c30a5adb6101e08201527f1fd7df8e4a2f96f8af0e19faa6ea29754e5a4c61c9f89f8a0d5e0121a22d967f6102008201527f24e8f2f21cfc41aeede9e8acb91a3742822cc66392f0ec94089f7abef5181a6f61022082015283610240820152826102608201527f082ce426910bbebabbbf929cd97b9d1d2ca0eb28f78880aef1f2da82ebd94ed66102808201527f1b03f42ca396e8cf5e2579b70809d85a816623b402d4236309f510485ed42fee6102a08201527f2564c1bffabcf96fe90e2f91c493dbb69660aaeb7f20914947160863c5e241856102c08201527f1600a6ac2196c378884697e6c2b2a5a9e5a1d59061e8f3570079e0ef3993a0df6102e08201526020816103008360085afa90511690508061040f57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b61041f611165565b5f8061043185825b6020020135610c16565b90925090505f80808061044c60408a013560208b0135610cb4565b929650909450925090505f806104638b6003610427565b915091505f5f6104728c610af7565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f083dce5558449e19ad87a79d6e714d90aa658afba608020925b05e8dc4077e116101008e01527f26159d181fd517e455e7fe7dd0a6a2c0ad24d372412ac1013c1ab4d6889af6536101208e01527f10a5941a83dacc4b912202156e8ab8119ade186572964f640dffc93608226a866101408e01527f1d38f178ebde5d98bab973304492eae5dfc3f744ec2b0cb096251924492d84a76101608e01527f2e3b01f7e9da46c7e33472d13d43ed39fa8ab06a2b95678876e60e12ef0056306101808e01527f026d7c0ae4acf2276c465921c98e7a706d151c3de8984b33ea15c7e98d892eb06101a08e01527f018afb150435a69538cfafa3f5dd8c71dc93422ec4b36c03b55196706687bcf96101c08e01527f1b91cb77fa01c4edb69d0703dae22e7c070631b52135a323383225b2c30a5adb6101e08e01527f1fd7df8e4a2f96f8af0e19faa6ea29754e5a4c61c9f89f8a0d5e0121a22d967f6102008e01527f24e8f2f21cfc41aeede9e8acb91a3742822cc66392f0ec94089f7abef5181a6f6102208e01526102408d018290526102608d018190527f082ce426910bbebabbbf929cd97b9d1d2ca0eb28f78880aef1f2da82ebd94ed66102808e01527f1b03f42ca396e8cf5e2579b70809d85a816623b402d4236309f510485ed42fee6102a08e01527f2564c1bffabcf96fe90e2f91c493dbb69660aaeb7f20914947160863c5e241856102c08e01527f1600a6ac2196c378884697e6c2b2a5a9e5a1d59061e8f3570079e0ef3993a0df6102e08e015290925090505f6106e6611184565b6020816103008f60085afa915081158061070257508051600114155b1561072057604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206113235f395f51905f528310158061075b57505f5160206113235f395f51905f528210155b1561077957604051631ff3747d60e21b815260040160405180910390fd5b82158015610785575081155b1561079157505f610818565b5f6107cc5f5160206113235f395f51905f5260035f5160206113235f395f51905f52875f5160206113235f395f51905f52898a090908610e88565b90508083036107e1575050600182901b610818565b6107ea81610eea565b83036107fd575050600182811b17610818565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206113235f395f51905f528610158061084957505f5160206113235f395f51905f528510155b8061086157505f5160206113235f395f51905f528410155b8061087957505f5160206113235f395f51905f528310155b1561089757604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108ae57505f905080610aee565b5f80805f5160206113235f395f51905f526108d760035f5160206113235f395f51905f52611303565b5f5160206113235f395f51905f528a8c090990505f5f5160206113235f395f51905f528a5f5160206113235f395f51905f528c8d090990505f5f5160206113235f395f51905f528a5f5160206113235f395f51905f528c8d090990505f5160206113235f395f51905f52805f5160206113235f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109c55f5160206113235f395f51905f52805f5160206113235f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610eea565b93505050505f5f610a125f5160206113235f395f51905f52806109ea576109ea6112ef565b5f5160206113235f395f51905f528586095f5160206113235f395f51905f5287880908610e88565b9050610a5d5f5160206113235f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113235f395f51905f5284880809610f02565b15915050610a6c838383610f4a565b90935091508683148015610a7f57508186145b15610aa75780610a8f575f610a92565b60025b60ff1660028a901b175f179450879350610aea565b610ab083610eea565b87148015610ac55750610ac282610eea565b86145b156107fd5780610ad5575f610ad8565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f277c4923fe5caa8d5cf1a240ca9b1ce31a6407c8573d035e500913a10f91af1e83527f0af413934149943008a85af0c46fdf1abb5046c5dae0c66a5b9e575e86fb879660208401527f154a2f7b7a646d57e3debc62557f22796b10ecae7f93ce690ce4750404ca2d9282527f265d4bb66d23e46fb18a680b4ab5139b8654fb8104e28b4f220e6320217c47706020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610c105760405163a54f8e2760e01b815260040160405180910390fd5b50915091565b5f5f825f03610c2957505f928392509050565b600183811c9250808416145f5160206113235f395f51905f528310610c6157604051631ff3747d60e21b815260040160405180910390fd5b610c9b5f5160206113235f395f51905f5260035f5160206113235f395f51905f52865f5160206113235f395f51905f528889090908610e88565b91508015610c1057610cac82610eea565b915050915091565b5f80808085158015610cc4575084155b15610cd957505f925082915081905080610e7f565b600286811c945085935060018088161490808816145f5160206113235f395f51905f5286101580610d1757505f5160206113235f395f51905f528510155b15610d3557604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206113235f395f51905f52610d5c60035f5160206113235f395f51905f52611303565b5f5160206113235f395f51905f52888a090990505f5f5160206113235f395f51905f52885f5160206113235f395f51905f528a8b090990505f5f5160206113235f395f51905f52885f5160206113235f395f51905f528a8b090990505f5160206113235f395f51905f52805f5160206113235f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610e4a5f5160206113235f395f51905f52805f5160206113235f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508610eea565b9550610e57878786610f4a565b90975095508415610e7957610e6b87610eea565b9650610e7686610eea565b95505b50505050505b92959194509250565b5f610eb3827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611086565b9050815f5160206113235f395f51905f5282830914610ee557604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206113235f395f51905f529081900681030690565b5f5f610f2e837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52611086565b9050825f5160206113235f395f51905f52828309149392505050565b5f8080610f795f5160206113235f395f51905f52808788095f5160206113235f395f51905f52898a0908610e88565b90508315610f8d57610f8a81610eea565b90505b610fd65f5160206113235f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113235f395f51905f52848a0809610e88565b92505f5160206113235f395f51905f526110005f5160206113235f395f51905f52600286096110e9565b860991505f5160206113235f395f51905f5261102b5f5160206113235f395f51905f52848509610eea565b5f5160206113235f395f51905f52858609088614158061105f57505f5160206113235f395f51905f52808385096002098514155b1561107d57604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206113235f395f51905f5260a082015260208160c08360055afa9051925090508061081657604051631ff3747d60e21b815260040160405180910390fd5b5f611114827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45611086565b90505f5160206113235f395f51905f52818309600114610ee557604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f8401126111b2575f5ffd5b50813567ffffffffffffffff8111156111c9575f5ffd5b6020830191508360208285010111156111e0575f5ffd5b9250929050565b5f5f602083850312156111f8575f5ffd5b823567ffffffffffffffff81111561120e575f5ffd5b61121a858286016111a2565b90969095509350505050565b6080810181835f5b600481101561124d57815183526020928301929091019060010161122e565b50505092915050565b8060208101831015610818575f5ffd5b5f5f5f60408486031215611278575f5ffd5b833567ffffffffffffffff81111561128e575f5ffd5b61129a868287016111a2565b90945092506112ae90508560208601611256565b90509250925092565b5f5f60a083850312156112c8575f5ffd5b60808301848111156112d8575f5ffd5b8392506112e58582611256565b9150509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561081857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a2646970667358221220fd39c1abca94f80570ad19ded63bf1c4ee783e88f0c04cde91a356f8b4417d3f64736f6c634300081e0033",
}

// LossVerifier is an auto generated Go binding around an Ethereum contract.
type LossVerifier struct {
	abi abi.ABI
}

// NewLossVerifier creates a new instance of LossVerifier.
func NewLossVerifier() *LossVerifier {
	parsed, err := LossVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LossVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LossVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (lossVerifier *LossVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := lossVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (lossVerifier *LossVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return lossVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (lossVerifier *LossVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := lossVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (lossVerifier *LossVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) []byte {
	enc, err := lossVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (lossVerifier *LossVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) ([]byte, error) {
	return lossVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (lossVerifier *LossVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := lossVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (lossVerifier *LossVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return lossVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (lossVerifier *LossVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lossVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return lossVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], lossVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return lossVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LossVerifierProofInvalid represents a ProofInvalid error raised by the LossVerifier contract.
type LossVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func LossVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (lossVerifier *LossVerifier) UnpackProofInvalidError(raw []byte) (*LossVerifierProofInvalid, error) {
	out := new(LossVerifierProofInvalid)
	if err := lossVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LossVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the LossVerifier contract.
type LossVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func LossVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (lossVerifier *LossVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*LossVerifierPublicInputNotInField, error) {
	out := new(LossVerifierPublicInputNotInField)
	if err := lossVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNMetaData contains all meta data concerning the NRN contract.
var NRNMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"genesisHolder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroGenesisHolder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "2730412950ee42a8ce64c6af61c348e9d8",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161197d38038061197d83398101604081905261002e9161040a565b8385604051806040016040528060068152602001652732bab937b760d11b8152506040518060400160405280600381526020016227292760e91b815250816003908161007a9190610508565b5060046100878282610508565b5050506001600160a01b0381166100b857604051636116401160e11b81525f60048201526024015b60405180910390fd5b600680546001600160d01b0316600160d01b65ffffffffffff8516021790556100e15f82610177565b5050506001600160a01b03831661010b576040516341f2769560e11b815260040160405180910390fd5b8015610142576001600160a01b0382166101385760405163ba81542960e01b815260040160405180910390fd5b61014282826101e6565b61016c7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a684610177565b5050505050506105e1565b5f826101d3575f6101906007546001600160a01b031690565b6001600160a01b0316146101b757604051631fe1e13d60e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0384161790555b6101dd838361021e565b90505b92915050565b6001600160a01b03821661020f5760405163ec442f0560e01b81525f60048201526024016100af565b61021a5f83836102c9565b5050565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff166102c2575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561027a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101e0565b505f6101e0565b6001600160a01b0383166102f3578060025f8282546102e891906105c2565b909155506103639050565b6001600160a01b0383165f90815260208190526040902054818110156103455760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100af565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661037f5760028054829003905561039d565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516103e291815260200190565b60405180910390a3505050565b80516001600160a01b0381168114610405575f5ffd5b919050565b5f5f5f5f5f60a0868803121561041e575f5ffd5b610427866103ef565b9450602086015165ffffffffffff81168114610441575f5ffd5b935061044f604087016103ef565b925061045d606087016103ef565b9150608086015190509295509295909350565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061049857607f821691505b6020821081036104b657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561050357805f5260205f20601f840160051c810160208510156104e15750805b601f840160051c820191505b81811015610500575f81556001016104ed565b50505b505050565b81516001600160401b0381111561052157610521610470565b6105358161052f8454610484565b846104bc565b6020601f821160018114610567575f83156105505750848201515b5f19600385901b1c1916600184901b178455610500565b5f84815260208120601f198516915b828110156105965787850151825560209485019460019092019101610576565b50848210156105b357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b808201808211156101e057634e487b7160e01b5f52601160045260245ffd5b61138f806105ee5f395ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c806370a08231116100fe578063a9059cbb1161009e578063d53913931161006e578063d5391393146103e4578063d547741f1461040b578063d602b9fd1461041e578063dd62ed3e14610426575f5ffd5b8063a9059cbb14610393578063cc8463c8146103a6578063cefc1429146103ae578063cf6eefb7146103b6575f5ffd5b806391d14854116100d957806391d148541461034a57806395d89b411461035d578063a1eda53c14610365578063a217fddf1461038c575f5ffd5b806370a08231146102f557806384ef8ffc1461031d5780638da5cb5b14610342575f5ffd5b8063248a9ca31161016957806336568abe1161014457806336568abe146102a957806340c10f19146102bc578063634e93da146102cf578063649a5ec7146102e2575f5ffd5b8063248a9ca3146102655780632f2ff15d14610287578063313ce5671461029a575f5ffd5b8063095ea7b3116101a4578063095ea7b3146102235780630aa6220b1461023657806318160ddd1461024057806323b872dd14610252575f5ffd5b806301ffc9a7146101ca578063022d63fb146101f257806306fdde031461020e575b5f5ffd5b6101dd6101d836600461113e565b61045e565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016101e9565b610216610488565b6040516101e99190611165565b6101dd6102313660046111b5565b610518565b61023e61052f565b005b6002545b6040519081526020016101e9565b6101dd6102603660046111dd565b610544565b610244610273366004611217565b5f9081526005602052604090206001015490565b61023e61029536600461122e565b610567565b604051601281526020016101e9565b61023e6102b736600461122e565b610593565b61023e6102ca3660046111b5565b61063e565b61023e6102dd366004611258565b610677565b61023e6102f0366004611271565b61068a565b610244610303366004611258565b6001600160a01b03165f9081526020819052604090205490565b6007546001600160a01b03165b6040516001600160a01b0390911681526020016101e9565b61032a61069d565b6101dd61035836600461122e565b6106b5565b6102166106df565b61036d6106ee565b6040805165ffffffffffff9384168152929091166020830152016101e9565b6102445f81565b6101dd6103a13660046111b5565b610740565b6101f761074d565b61023e6107ab565b6103be6107ea565b604080516001600160a01b03909316835265ffffffffffff9091166020830152016101e9565b6102447f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b61023e61041936600461122e565b61080b565b61023e610833565b610244610434366004611296565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f6001600160e01b031982166318a4c3c360e11b1480610482575061048282610845565b92915050565b606060038054610497906112be565b80601f01602080910402602001604051908101604052809291908181526020018280546104c3906112be565b801561050e5780601f106104e55761010080835404028352916020019161050e565b820191905f5260205f20905b8154815290600101906020018083116104f157829003601f168201915b5050505050905090565b5f33610525818585610879565b5060019392505050565b5f61053981610886565b610541610890565b50565b5f3361055185828561089c565b61055c858585610918565b506001949350505050565b8161058557604051631fe1e13d60e11b815260040160405180910390fd5b61058f8282610975565b5050565b811580156105ae57506007546001600160a01b038281169116145b15610634575f5f6105bd6107ea565b90925090506001600160a01b0382161515806105df575065ffffffffffff8116155b806105f257504265ffffffffffff821610155b1561061f576040516319ca5ebb60e01b815265ffffffffffff821660048201526024015b60405180910390fd5b50506006805465ffffffffffff60a01b191690555b61058f8282610999565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661066881610886565b61067283836109cc565b505050565b5f61068181610886565b61058f82610a00565b5f61069481610886565b61058f82610a72565b5f6106b06007546001600160a01b031690565b905090565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b606060048054610497906112be565b6007545f90600160d01b900465ffffffffffff16801515801561071957504265ffffffffffff821610155b610724575f5f610738565b600754600160a01b900465ffffffffffff16815b915091509091565b5f33610525818585610918565b6007545f90600160d01b900465ffffffffffff16801515801561077757504265ffffffffffff8216105b61079257600654600160d01b900465ffffffffffff166107a5565b600754600160a01b900465ffffffffffff165b91505090565b5f6107b46107ea565b509050336001600160a01b038216146107e257604051636116401160e11b8152336004820152602401610616565b610541610ae1565b6006546001600160a01b03811691600160a01b90910465ffffffffffff1690565b8161082957604051631fe1e13d60e11b815260040160405180910390fd5b61058f8282610b77565b5f61083d81610886565b610541610b9b565b5f6001600160e01b03198216637965db0b60e01b148061048257506301ffc9a760e01b6001600160e01b0319831614610482565b6106728383836001610ba5565b6105418133610c77565b61089a5f5f610cb0565b565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610912578181101561090457604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610616565b61091284848484035f610ba5565b50505050565b6001600160a01b03831661094157604051634b637e8f60e11b81525f6004820152602401610616565b6001600160a01b03821661096a5760405163ec442f0560e01b81525f6004820152602401610616565b610672838383610d6f565b5f8281526005602052604090206001015461098f81610886565b6109128383610e95565b6001600160a01b03811633146109c25760405163334bd91960e11b815260040160405180910390fd5b6106728282610f02565b6001600160a01b0382166109f55760405163ec442f0560e01b81525f6004820152602401610616565b61058f5f8383610d6f565b5f610a0961074d565b610a1242610f3e565b610a1c919061130a565b9050610a288282610f74565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f610a7c82610ff1565b610a8542610f3e565b610a8f919061130a565b9050610a9b8282610cb0565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b5f5f610aeb6107ea565b91509150610b008165ffffffffffff16151590565b1580610b1457504265ffffffffffff821610155b15610b3c576040516319ca5ebb60e01b815265ffffffffffff82166004820152602401610616565b610b575f610b526007546001600160a01b031690565b610f02565b50610b625f83610e95565b5050600680546001600160d01b031916905550565b5f82815260056020526040902060010154610b9181610886565b6109128383610f02565b61089a5f5f610f74565b6001600160a01b038416610bce5760405163e602df0560e01b81525f6004820152602401610616565b6001600160a01b038316610bf757604051634a1406b160e11b81525f6004820152602401610616565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561091257826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610c6991815260200190565b60405180910390a350505050565b610c8182826106b5565b61058f5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610616565b600754600160d01b900465ffffffffffff168015610d32574265ffffffffffff82161015610d0957600754600680546001600160d01b0316600160a01b90920465ffffffffffff16600160d01b02919091179055610d32565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600780546001600160a01b0316600160a01b65ffffffffffff948516026001600160d01b031617600160d01b9290931691909102919091179055565b6001600160a01b038316610d99578060025f828254610d8e9190611328565b90915550610e099050565b6001600160a01b0383165f9081526020819052604090205481811015610deb5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610616565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610e2557600280548290039055610e43565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610e8891815260200190565b60405180910390a3505050565b5f82610ef1575f610eae6007546001600160a01b031690565b6001600160a01b031614610ed557604051631fe1e13d60e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0384161790555b610efb8383611042565b9392505050565b5f82158015610f1e57506007546001600160a01b038381169116145b15610f3457600780546001600160a01b03191690555b610efb83836110d3565b5f65ffffffffffff821115610f70576040516306dfcc6560e41b81526030600482015260248101839052604401610616565b5090565b5f610f7d6107ea565b6006805465ffffffffffff8616600160a01b026001600160d01b03199091166001600160a01b038816171790559150610fbf90508165ffffffffffff16151590565b15610672576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f610ffb61074d565b90508065ffffffffffff168365ffffffffffff16116110235761101e838261133b565b610efb565b610efb65ffffffffffff8416620697805f828218828410028218610efb565b5f61104d83836106b5565b6110cc575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556110843390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610482565b505f610482565b5f6110de83836106b5565b156110cc575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610482565b5f6020828403121561114e575f5ffd5b81356001600160e01b031981168114610efb575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146111b0575f5ffd5b919050565b5f5f604083850312156111c6575f5ffd5b6111cf8361119a565b946020939093013593505050565b5f5f5f606084860312156111ef575f5ffd5b6111f88461119a565b92506112066020850161119a565b929592945050506040919091013590565b5f60208284031215611227575f5ffd5b5035919050565b5f5f6040838503121561123f575f5ffd5b8235915061124f6020840161119a565b90509250929050565b5f60208284031215611268575f5ffd5b610efb8261119a565b5f60208284031215611281575f5ffd5b813565ffffffffffff81168114610efb575f5ffd5b5f5f604083850312156112a7575f5ffd5b6112b08361119a565b915061124f6020840161119a565b600181811c908216806112d257607f821691505b6020821081036112f057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff8181168382160190811115610482576104826112f6565b80820180821115610482576104826112f6565b65ffffffffffff8281168282160390811115610482576104826112f656fea2646970667358221220cc07bb30f68c5a4d6ff2dde61c018821adeb6911138ee628baae679b7d8c46c364736f6c634300081e0033",
}

// NRN is an auto generated Go binding around an Ethereum contract.
type NRN struct {
	abi abi.ABI
}

// NewNRN creates a new instance of NRN.
func NewNRN() *NRN {
	parsed, err := NRNMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NRN{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NRN) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, uint48 adminDelay, address minter, address genesisHolder, uint256 initialSupply) returns()
func (nRN *NRN) PackConstructor(admin common.Address, adminDelay *big.Int, minter common.Address, genesisHolder common.Address, initialSupply *big.Int) []byte {
	enc, err := nRN.abi.Pack("", admin, adminDelay, minter, genesisHolder, initialSupply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nRN *NRN) PackDEFAULTADMINROLE() []byte {
	enc, err := nRN.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nRN *NRN) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return nRN.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nRN *NRN) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := nRN.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (nRN *NRN) PackMINTERROLE() []byte {
	enc, err := nRN.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (nRN *NRN) TryPackMINTERROLE() ([]byte, error) {
	return nRN.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (nRN *NRN) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := nRN.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (nRN *NRN) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := nRN.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (nRN *NRN) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return nRN.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (nRN *NRN) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := nRN.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (nRN *NRN) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return nRN.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (nRN *NRN) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := nRN.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (nRN *NRN) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := nRN.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (nRN *NRN) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return nRN.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (nRN *NRN) UnpackApprove(data []byte) (bool, error) {
	out, err := nRN.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (nRN *NRN) PackBalanceOf(account common.Address) []byte {
	enc, err := nRN.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (nRN *NRN) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return nRN.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (nRN *NRN) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := nRN.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (nRN *NRN) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := nRN.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (nRN *NRN) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return nRN.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (nRN *NRN) PackCancelDefaultAdminTransfer() []byte {
	enc, err := nRN.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (nRN *NRN) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return nRN.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (nRN *NRN) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := nRN.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (nRN *NRN) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return nRN.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (nRN *NRN) PackDecimals() []byte {
	enc, err := nRN.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (nRN *NRN) TryPackDecimals() ([]byte, error) {
	return nRN.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (nRN *NRN) UnpackDecimals(data []byte) (uint8, error) {
	out, err := nRN.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (nRN *NRN) PackDefaultAdmin() []byte {
	enc, err := nRN.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (nRN *NRN) TryPackDefaultAdmin() ([]byte, error) {
	return nRN.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (nRN *NRN) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := nRN.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (nRN *NRN) PackDefaultAdminDelay() []byte {
	enc, err := nRN.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (nRN *NRN) TryPackDefaultAdminDelay() ([]byte, error) {
	return nRN.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (nRN *NRN) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := nRN.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (nRN *NRN) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := nRN.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (nRN *NRN) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return nRN.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (nRN *NRN) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := nRN.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nRN *NRN) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := nRN.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nRN *NRN) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return nRN.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nRN *NRN) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := nRN.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (nRN *NRN) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := nRN.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (nRN *NRN) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return nRN.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nRN *NRN) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := nRN.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nRN *NRN) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return nRN.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nRN *NRN) UnpackHasRole(data []byte) (bool, error) {
	out, err := nRN.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (nRN *NRN) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := nRN.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (nRN *NRN) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return nRN.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (nRN *NRN) PackName() []byte {
	enc, err := nRN.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (nRN *NRN) TryPackName() ([]byte, error) {
	return nRN.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (nRN *NRN) UnpackName(data []byte) (string, error) {
	out, err := nRN.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (nRN *NRN) PackOwner() []byte {
	enc, err := nRN.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (nRN *NRN) TryPackOwner() ([]byte, error) {
	return nRN.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (nRN *NRN) UnpackOwner(data []byte) (common.Address, error) {
	out, err := nRN.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (nRN *NRN) PackPendingDefaultAdmin() []byte {
	enc, err := nRN.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (nRN *NRN) TryPackPendingDefaultAdmin() ([]byte, error) {
	return nRN.abi.Pack("pendingDefaultAdmin")
}

// PendingDefaultAdminOutput serves as a container for the return parameters of contract
// method PendingDefaultAdmin.
type PendingDefaultAdminOutput struct {
	NewAdmin common.Address
	Schedule *big.Int
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (nRN *NRN) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := nRN.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (nRN *NRN) PackPendingDefaultAdminDelay() []byte {
	enc, err := nRN.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (nRN *NRN) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return nRN.abi.Pack("pendingDefaultAdminDelay")
}

// PendingDefaultAdminDelayOutput serves as a container for the return parameters of contract
// method PendingDefaultAdminDelay.
type PendingDefaultAdminDelayOutput struct {
	NewDelay *big.Int
	Schedule *big.Int
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (nRN *NRN) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := nRN.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (nRN *NRN) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := nRN.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (nRN *NRN) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return nRN.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (nRN *NRN) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := nRN.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (nRN *NRN) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return nRN.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (nRN *NRN) PackRollbackDefaultAdminDelay() []byte {
	enc, err := nRN.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (nRN *NRN) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return nRN.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nRN *NRN) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := nRN.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nRN *NRN) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return nRN.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nRN *NRN) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := nRN.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (nRN *NRN) PackSymbol() []byte {
	enc, err := nRN.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (nRN *NRN) TryPackSymbol() ([]byte, error) {
	return nRN.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (nRN *NRN) UnpackSymbol(data []byte) (string, error) {
	out, err := nRN.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (nRN *NRN) PackTotalSupply() []byte {
	enc, err := nRN.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (nRN *NRN) TryPackTotalSupply() ([]byte, error) {
	return nRN.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (nRN *NRN) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := nRN.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (nRN *NRN) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := nRN.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (nRN *NRN) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return nRN.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (nRN *NRN) UnpackTransfer(data []byte) (bool, error) {
	out, err := nRN.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (nRN *NRN) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := nRN.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (nRN *NRN) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return nRN.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (nRN *NRN) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := nRN.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// NRNApproval represents a Approval event raised by the NRN contract.
type NRNApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const NRNApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (NRNApproval) ContractEventName() string {
	return NRNApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (nRN *NRN) UnpackApprovalEvent(log *types.Log) (*NRNApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNApproval)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the NRN contract.
type NRNDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const NRNDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (NRNDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return NRNDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (nRN *NRN) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*NRNDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the NRN contract.
type NRNDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const NRNDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (NRNDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return NRNDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (nRN *NRN) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*NRNDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the NRN contract.
type NRNDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const NRNDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (NRNDefaultAdminTransferCanceled) ContractEventName() string {
	return NRNDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (nRN *NRN) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*NRNDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the NRN contract.
type NRNDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const NRNDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (NRNDefaultAdminTransferScheduled) ContractEventName() string {
	return NRNDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (nRN *NRN) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*NRNDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNRoleAdminChanged represents a RoleAdminChanged event raised by the NRN contract.
type NRNRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const NRNRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (NRNRoleAdminChanged) ContractEventName() string {
	return NRNRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (nRN *NRN) UnpackRoleAdminChangedEvent(log *types.Log) (*NRNRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNRoleGranted represents a RoleGranted event raised by the NRN contract.
type NRNRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NRNRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (NRNRoleGranted) ContractEventName() string {
	return NRNRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (nRN *NRN) UnpackRoleGrantedEvent(log *types.Log) (*NRNRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNRoleGranted)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNRoleRevoked represents a RoleRevoked event raised by the NRN contract.
type NRNRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NRNRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (NRNRoleRevoked) ContractEventName() string {
	return NRNRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (nRN *NRN) UnpackRoleRevokedEvent(log *types.Log) (*NRNRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNRoleRevoked)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NRNTransfer represents a Transfer event raised by the NRN contract.
type NRNTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const NRNTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (NRNTransfer) ContractEventName() string {
	return NRNTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (nRN *NRN) UnpackTransferEvent(log *types.Log) (*NRNTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 || log.Topics[0] != nRN.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(NRNTransfer)
	if len(log.Data) > 0 {
		if err := nRN.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nRN.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (nRN *NRN) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], nRN.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return nRN.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return nRN.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return nRN.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return nRN.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return nRN.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return nRN.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return nRN.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return nRN.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return nRN.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return nRN.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return nRN.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return nRN.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ZeroGenesisHolder"].ID.Bytes()[:4]) {
		return nRN.UnpackZeroGenesisHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], nRN.abi.Errors["ZeroMinter"].ID.Bytes()[:4]) {
		return nRN.UnpackZeroMinterError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NRNAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the NRN contract.
type NRNAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func NRNAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (nRN *NRN) UnpackAccessControlBadConfirmationError(raw []byte) (*NRNAccessControlBadConfirmation, error) {
	out := new(NRNAccessControlBadConfirmation)
	if err := nRN.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the NRN contract.
type NRNAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func NRNAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (nRN *NRN) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*NRNAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(NRNAccessControlEnforcedDefaultAdminDelay)
	if err := nRN.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the NRN contract.
type NRNAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func NRNAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (nRN *NRN) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*NRNAccessControlEnforcedDefaultAdminRules, error) {
	out := new(NRNAccessControlEnforcedDefaultAdminRules)
	if err := nRN.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the NRN contract.
type NRNAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func NRNAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (nRN *NRN) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*NRNAccessControlInvalidDefaultAdmin, error) {
	out := new(NRNAccessControlInvalidDefaultAdmin)
	if err := nRN.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the NRN contract.
type NRNAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func NRNAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (nRN *NRN) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*NRNAccessControlUnauthorizedAccount, error) {
	out := new(NRNAccessControlUnauthorizedAccount)
	if err := nRN.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the NRN contract.
type NRNERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func NRNERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (nRN *NRN) UnpackERC20InsufficientAllowanceError(raw []byte) (*NRNERC20InsufficientAllowance, error) {
	out := new(NRNERC20InsufficientAllowance)
	if err := nRN.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the NRN contract.
type NRNERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func NRNERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (nRN *NRN) UnpackERC20InsufficientBalanceError(raw []byte) (*NRNERC20InsufficientBalance, error) {
	out := new(NRNERC20InsufficientBalance)
	if err := nRN.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNERC20InvalidApprover represents a ERC20InvalidApprover error raised by the NRN contract.
type NRNERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func NRNERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (nRN *NRN) UnpackERC20InvalidApproverError(raw []byte) (*NRNERC20InvalidApprover, error) {
	out := new(NRNERC20InvalidApprover)
	if err := nRN.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the NRN contract.
type NRNERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func NRNERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (nRN *NRN) UnpackERC20InvalidReceiverError(raw []byte) (*NRNERC20InvalidReceiver, error) {
	out := new(NRNERC20InvalidReceiver)
	if err := nRN.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNERC20InvalidSender represents a ERC20InvalidSender error raised by the NRN contract.
type NRNERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func NRNERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (nRN *NRN) UnpackERC20InvalidSenderError(raw []byte) (*NRNERC20InvalidSender, error) {
	out := new(NRNERC20InvalidSender)
	if err := nRN.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNERC20InvalidSpender represents a ERC20InvalidSpender error raised by the NRN contract.
type NRNERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func NRNERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (nRN *NRN) UnpackERC20InvalidSpenderError(raw []byte) (*NRNERC20InvalidSpender, error) {
	out := new(NRNERC20InvalidSpender)
	if err := nRN.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the NRN contract.
type NRNSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func NRNSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (nRN *NRN) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*NRNSafeCastOverflowedUintDowncast, error) {
	out := new(NRNSafeCastOverflowedUintDowncast)
	if err := nRN.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNZeroGenesisHolder represents a ZeroGenesisHolder error raised by the NRN contract.
type NRNZeroGenesisHolder struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroGenesisHolder()
func NRNZeroGenesisHolderErrorID() common.Hash {
	return common.HexToHash("0xba8154295c9e916ffd9cde1fce8f6bca1a197ac1b9821d98b16f1f38c7d14327")
}

// UnpackZeroGenesisHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroGenesisHolder()
func (nRN *NRN) UnpackZeroGenesisHolderError(raw []byte) (*NRNZeroGenesisHolder, error) {
	out := new(NRNZeroGenesisHolder)
	if err := nRN.abi.UnpackIntoInterface(out, "ZeroGenesisHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NRNZeroMinter represents a ZeroMinter error raised by the NRN contract.
type NRNZeroMinter struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMinter()
func NRNZeroMinterErrorID() common.Hash {
	return common.HexToHash("0x83e4ed2a5538f75a8c9c218bd9bbf398070f38b660b5151c97e48229d497182a")
}

// UnpackZeroMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMinter()
func (nRN *NRN) UnpackZeroMinterError(raw []byte) (*NRNZeroMinter, error) {
	out := new(NRNZeroMinter)
	if err := nRN.abi.UnpackIntoInterface(out, "ZeroMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l2ChainId_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"circuits_\",\"type\":\"bytes32[]\"},{\"internalType\":\"contractILossVerifier[]\",\"name\":\"verifiers_\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"alpha\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"betaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"gammaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"deltaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"k\",\"type\":\"uint256[6]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenG\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenSigmaNeg\",\"type\":\"uint256[4]\"}],\"internalType\":\"structRollup.VerifyingKey[]\",\"name\":\"keys_\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"sequencer_\",\"type\":\"address\"},{\"internalType\":\"contractIDepositQueue\",\"name\":\"bridge_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"finalizationPeriod_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"CircuitRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"DepositsConsumedDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deposits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"DepositsConsumedExceedDeposits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"DuplicateProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyCID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"InvalidLossProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"L2HeightDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"circuits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"PrevStateRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"ProofReplayed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ProofsHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyProofs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"UnexpectedBatchIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"}],\"name\":\"UnknownCircuit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroChainId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofsHash\",\"type\":\"bytes32\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"ProofVerified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"batch\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"fromKey\",\"type\":\"bool\"}],\"name\":\"VerifierRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"alpha\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"betaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"gammaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"deltaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"k\",\"type\":\"uint256[6]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenG\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenSigmaNeg\",\"type\":\"uint256[4]\"}],\"internalType\":\"structRollup.VerifyingKey\",\"name\":\"key\",\"type\":\"tuple\"}],\"name\":\"circuitIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositsConsumed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizationPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"finalizedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"getBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Height\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"provenIn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"proven\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"alpha\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"betaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"gammaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"deltaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"k\",\"type\":\"uint256[6]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenG\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenSigmaNeg\",\"type\":\"uint256[4]\"}],\"internalType\":\"structRollup.VerifyingKey\",\"name\":\"key\",\"type\":\"tuple\"}],\"name\":\"registerVerifier\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"contractILossVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"proofsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.BatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.LossProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"}],\"name\":\"verifierOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"batch\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"fromKey\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"used\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"withdrawalRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x610120604052348015610010575f5ffd5b50604051615e8e380380615e8e83398101604081905261002f916109c0565b886001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610067816101c9565b506001600160a01b038416158061008557506001600160a01b038316155b156100a35760405163d92e233d60e01b815260040160405180910390fd5b876001600160401b03165f036100cc57604051633212217560e21b815260040160405180910390fd5b85518751146100fb57865186516040516355c5b3e360e11b815260048101929092526024820152604401610055565b5f5b87518110156101505761014888828151811061011b5761011b610ab0565b602002602001015188838151811061013557610135610ab0565b60200260200101516101e560201b60201c565b6001016100fd565b505f5b855181101561018e5761018486828151811061017157610171610ab0565b602002602001015161033360201b60201c565b5050600101610153565b506001600160a01b039384166080529190921660a0526001600160401b0395861660c052941660e05250505061010081905260035550610c7c565b600180546001600160a01b03191690556101e281610514565b50565b6001600160a01b03811661020c5760405163d92e233d60e01b815260040160405180910390fd5b5f828152600560205260409020546001600160a01b031615610263575f828152600560205260409081902054905163f961257360e01b8152600481018490526001600160a01b039091166024820152604401610055565b5f61026d82610563565b604080516080810182526001600160a01b0385811680835284151560208085018281525f86880181815260608089018381528e8452600586528a842099518a549551935191511515600160b01b0260ff60b01b19921515600160a81b029290921661ffff60a81b19941515600160a01b026001600160a81b031990971691909a16179490941791909116969096179190911790955585519283528201529283019190915291925084915f516020615e6e5f395f51905f52910160405180910390a2505050565b5f8061033e8361062f565b5f81815260056020908152604091829020825160808101845290546001600160a01b03811680835260ff600160a01b83048116151594840194909452600160a81b82048416151594830194909452600160b01b900490911615156060820152919350158015906103ba57508060400151806103ba575080606001515b156103ed57805160405163f961257360e01b8152600481018590526001600160a01b039091166024820152604401610055565b82845f015185602001518660400151876060015188608001518960a001518a60c0015160405161041c9061065e565b61042c9796959493929190610b0e565b8190604051809103905ff5905080158015610449573d5f5f3e3d5ffd5b50604080516080810182526001600160a01b03838116808352600160208085018281528587018381525f60608089018281528e835260058652918a9020985189549451935192511515600160b01b0260ff60b01b19931515600160a81b029390931661ffff60a81b19941515600160a01b026001600160a81b031990961691909916179390931791909116959095179490941790945584519182529281018390529283019190915291935084915f516020615e6e5f395f51905f52910160405180910390a250915091565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405163341cb5f360e21b60248201525f90819081906001600160a01b0385169060440160408051601f198184030181529181526020820180516001600160e01b03166301ffc9a760e01b179052516105bc9190610b97565b5f60405180830381855afa9150503d805f81146105f4576040519150601f19603f3d011682016040523d82523d5f602084013e6105f9565b606091505b509150915081801561060c575080516020145b80156106275750808060200190518101906106279190610bad565b949350505050565b5f816040516020016106419190610bd3565b604051602081830303815290604052805190602001209050919050565b6117018061476d83390190565b6001600160a01b03811681146101e2575f5ffd5b805161068a8161066b565b919050565b80516001600160401b038116811461068a575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156106db576106db6106a5565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610709576107096106a5565b604052919050565b5f6001600160401b03821115610729576107296106a5565b5060051b60200190565b5f82601f830112610742575f5ffd5b815161075561075082610711565b6106e1565b8082825260208201915060208360051b860101925085831115610776575f5ffd5b602085015b8381101561079357805183526020928301920161077b565b5095945050505050565b5f82601f8301126107ac575f5ffd5b81516107ba61075082610711565b8082825260208201915060208360051b8601019250858311156107db575f5ffd5b602085015b838110156107935780516107f38161066b565b8352602092830192016107e0565b5f61080c60406106e1565b905080604083018481111561081f575f5ffd5b835b81811015610839578051835260209283019201610821565b50505092915050565b5f82601f830112610851575f5ffd5b5f61085c60806106e1565b905080608084018581111561086f575f5ffd5b845b81811015610889578051835260209283019201610871565b509195945050505050565b5f82601f8301126108a3575f5ffd5b5f6108ae60c06106e1565b90508060c084018581111561086f575f5ffd5b5f82601f8301126108d0575f5ffd5b81516108de61075082610711565b8082825260208201915060206103808402860101925085831115610900575f5ffd5b602085015b8381101561079357610380818803121561091d575f5ffd5b6109256106b9565b87601f830112610933575f5ffd5b61093d8883610801565b815261094c8860408401610842565b602082015261095e8860c08401610842565b6040820152610971886101408401610842565b6060820152610984886101c08401610894565b6080820152610997886102808401610842565b60a08201526109aa886103008401610842565b60c0820152835260209092019161038001610905565b5f5f5f5f5f5f5f5f5f6101208a8c0312156109d9575f5ffd5b6109e28a61067f565b98506109f060208b0161068f565b60408b01519098506001600160401b03811115610a0b575f5ffd5b610a178c828d01610733565b60608c015190985090506001600160401b03811115610a34575f5ffd5b610a408c828d0161079d565b60808c015190975090506001600160401b03811115610a5d575f5ffd5b610a698c828d016108c1565b955050610a7860a08b0161067f565b9350610a8660c08b0161067f565b9250610a9460e08b0161068f565b91505f6101008b01519050809150509295985092959850929598565b634e487b7160e01b5f52603260045260245ffd5b805f5b6004811015610ae6578151845260209384019390910190600101610ac7565b50505050565b805f5b6006811015610ae6578151845260209384019390910190600101610aef565b610380810181895f5b6002811015610b36578151835260209283019290910190600101610b17565b505050610b466040830189610ac4565b610b5360c0830188610ac4565b610b61610140830187610ac4565b610b6f6101c0830186610aec565b610b7d610280830185610ac4565b610b8b610300830184610ac4565b98975050505050505050565b5f82518060208501845e5f920191825250919050565b5f60208284031215610bbd575f5ffd5b81518015158114610bcc575f5ffd5b9392505050565b8151610380820190825f5b6002811015610bfd578251825260209283019290910190600101610bde565b5050506020830151610c126040840182610ac4565b506040830151610c2560c0840182610ac4565b506060830151610c39610140840182610ac4565b506080830151610c4d6101c0840182610aec565b5060a0830151610c61610280840182610ac4565b5060c0830151610c75610300840182610ac4565b5092915050565b60805160a05160c05160e05161010051613a9f610cce5f395f61049e01525f81816103d30152610db001525f61040d01525f818161047701526106c801525f81816102a301526105140152613a9f5ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c80638da5cb5b116100bf578063d6ae3cd511610079578063d6ae3cd514610408578063dfed15041461042f578063e30c397814610461578063e78cea9214610472578063e886aeea14610499578063f2fde38b146104c0575f5ffd5b80638da5cb5b1461037f578063a692b9ef1461038f578063b70de0d9146103a2578063b9012d5a146103ab578063c61ef4d6146103ce578063c9e73d4c146103f5575f5ffd5b8063353d7ab311610110578063353d7ab31461028b5780635c1bba381461029e578063715018a6146102dd578063756ffb40146102e557806379ba5097146102f8578063888775d914610300575f5ffd5b806306f13056146101575780630e1bb3431461018e5780630efc31d3146101af5780631051ad30146101df578063165646b4146101f45780632916acad1461020e575b5f5ffd5b60015461017190600160a01b90046001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b6101a161019c366004611bb2565b6104d3565b604051908152602001610185565b6101c26101bd366004611bd4565b6104e7565b604080519283526001600160a01b03909116602083015201610185565b6101f26101ed366004611bee565b610509565b005b60025461017190600160401b90046001600160401b031681565b61025961021c366004611c8b565b5f908152600560205260409020546001600160a01b0381169160ff600160a01b8304811692600160a81b8104821692600160b01b90910490911690565b604080516001600160a01b03909516855292151560208501529015159183019190915215156060820152608001610185565b6101a1610299366004611dce565b610ba9565b6102c57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610185565b6101f2610bd8565b600254610171906001600160401b031681565b6101f2610beb565b61031361030e366004611bb2565b610c2f565b60405161018591905f60c08201905082518252602083015160208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160401b03608084015116608083015263ffffffff60a08401511660a083015292915050565b5f546001600160a01b03166102c5565b6101f261039d366004611e8e565b610d16565b6101a160035481565b6103be6103b9366004611bb2565b610d75565b6040519015158152602001610185565b6101717f000000000000000000000000000000000000000000000000000000000000000081565b6101a1610403366004611bb2565b610dad565b6101717f000000000000000000000000000000000000000000000000000000000000000081565b61044261043d366004611ebc565b610dfe565b6040805192151583526001600160401b03909116602083015201610185565b6001546001600160a01b03166102c5565b6102c57f000000000000000000000000000000000000000000000000000000000000000081565b6101a17f000000000000000000000000000000000000000000000000000000000000000081565b6101f26104ce366004611edc565b610e78565b5f6104dd82610c2f565b6020015192915050565b5f806105006104fb36859003850185611dce565b610ee8565b91509150915091565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461055957604051630596787760e01b81523360048201526024015b60405180910390fd5b600154600160a01b90046001600160401b03168061057a6020860186611bb2565b6001600160401b0316146105c257806105966020860186611bb2565b604051635dadd6f360e01b81526001600160401b03928316600482015291166024820152604401610550565b6003548460600135146105f957600354604051635db1512d60e01b8152600481019190915260608501356024820152604401610550565b6106066020850185611ef7565b90505f036106275760405163063ee91d60e41b815260040160405180910390fd5b6002546001600160401b031661064360e0860160c08701611bb2565b6001600160401b0316101561069a576002546001600160401b031661066e60e0860160c08701611bb2565b60405163a0e3493b60e01b81526001600160401b03928316600482015291166024820152604401610550565b6002546001600160401b03166106b660e0860160c08701611bb2565b6001600160401b031611156107b0575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316632dfdf0b56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610722573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107469190611f39565b90506001600160401b03811661076260e0870160c08801611bb2565b6001600160401b031611156107ae578061078260e0870160c08801611bb2565b6040516380c41dc960e01b81526001600160401b03928316600482015291166024820152604401610550565b505b600254600160401b90046001600160401b03166107d4610100860160e08701611bb2565b6001600160401b0316101561083357600254600160401b90046001600160401b0316610807610100860160e08701611bb2565b60405163396db8a560e01b81526001600160401b03928316600482015291166024820152604401610550565b63ffffffff82111561085b5760405163854bb1e360e01b815260048101839052602401610550565b5f6108678285856110dc565b9050846101000135811461089c5760405163d7d4666160e01b8152610100860135600482015260248101829052604401610550565b6108a684846112b5565b5f5b83811015610946578484828181106108c2576108c2611f54565b90506020028101906108d49190611f68565b356001600160401b0384167fe0ec2e0a1589f07cbd82eb7e8dcf92405d96444831e1709007fbaaa2f478ae5b8388888281811061091357610913611f54565b90506020028101906109259190611f68565b604080519283529081013560208301520160405180910390a36001016108a8565b506040518060c00160405280866080013581526020018660a001358152602001426001600160401b031681526020018660c00160208101906109889190611bb2565b6001600160401b031681526020016109a7610100880160e08901611bb2565b6001600160401b03908116825263ffffffff8087166020938401528582165f90815260048452604090819020855181559385015160018086019190915590850151600290940180546060870151608088015160a090980151909416600160c01b0263ffffffff60c01b19978616600160801b02979097166bffffffffffffffffffffffff60801b19948616600160401b026fffffffffffffffffffffffffffffffff199092169690951695909517949094179190911691909117929092179055610a72908390611f9a565b600180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b199092169190911790556080850135600355610ab660e0860160c08701611bb2565b6002805467ffffffffffffffff19166001600160401b0392909216919091179055610ae8610100860160e08701611bb2565b600280546fffffffffffffffff00000000000000001916600160401b6001600160401b039384160217905560808601359083167ff82b75df25a45d0292d75c5495c6a950d9f72a4d76a88f628b33ea8451231fab606088013560a089013560408a0135610b5860208c018c611ef7565b610b6860e08e0160c08f01611bb2565b8d60e0016020810190610b7b9190611bb2565b8d8d90508f6101000135604051610b9a99989796959493929190611fe1565b60405180910390a35050505050565b5f81604051602001610bbb9190612089565b604051602081830303815290604052805190602001209050919050565b610be06116c0565b610be95f6116ec565b565b60015433906001600160a01b03168114610c235760405163118cdaa760e01b81526001600160a01b0382166004820152602401610550565b610c2c816116ec565b50565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526001546001600160401b03600160a01b909104811690831610610ca1576040516329323fff60e01b81526001600160401b0383166004820152602401610550565b506001600160401b039081165f90815260046020908152604091829020825160c081018452815481526001820154928101929092526002015480841692820192909252600160401b820483166060820152600160801b82049092166080830152600160c01b900463ffffffff1660a082015290565b610d1e6116c0565b5f828152600560205260409020546001600160a01b03168015610d665760405163f961257360e01b8152600481018490526001600160a01b0382166024820152604401610550565b610d708383611705565b505050565b6001545f906001600160401b03600160a01b909104811690831610610d9b57505f919050565b610da482610dad565b42101592915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316610de183610c2f565b604001516001600160401b0316610df89190612132565b92915050565b5f5f5f60065f8686604051602001610e20929190918252602082015260400190565b60408051601f198184030181529181528151602092830120835290820192909252015f20546001600160401b031690508015801590610e6957610e64600183612145565b610e6b565b5f5b92509250505b9250929050565b610e806116c0565b600180546001600160a01b0383166001600160a01b03199091168117909155610eb05f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f5f610ef383610ba9565b5f81815260056020908152604091829020825160808101845290546001600160a01b03811680835260ff600160a01b83048116151594840194909452600160a81b82048416151594830194909452600160b01b90049091161515606082015291935015801590610f6f5750806040015180610f6f575080606001515b15610fa257805160405163f961257360e01b8152600481018590526001600160a01b039091166024820152604401610550565b82845f015185602001518660400151876060015188608001518960a001518a60c00151604051610fd190611b91565b610fe19796959493929190612164565b8190604051809103905ff5905080158015610ffe573d5f5f3e3d5ffd5b50604080516080810182526001600160a01b03838116808352600160208085018281528587018381525f60608089018281528e835260058652918a9020985189549451935192511515600160b01b0260ff60b01b19931515600160a81b029390931661ffff60a81b19941515600160a01b026001600160a81b031990961691909916179390931791909116959095179490941790945584519182529281018390529283019190915291935084917f61feaeb83e39dedb1ac6d59a76851537be8ce6538188ff8765c690b2c740e247910160405180910390a250915091565b5f81816110ea8260406121ed565b6001600160401b0381111561110157611101611ca2565b6040519080825280601f01601f19166020018201604052801561112b576020820181803683370190505b5090505f5b82811015611296575f86868381811061114b5761114b611f54565b905060200281019061115d9190611f68565b3590505f87878481811061117357611173611f54565b90506020028101906111859190611f68565b60206040858102870182810186815293820135908201819052928190205f8181526006909352912054919250906001600160401b03168015611253576111cc8b6001611f9a565b6001600160401b0316816001600160401b03160361120e5760405163217f797360e21b8152600481018690526024810185905260448101849052606401610550565b84848461121c600185612145565b6040516241836560e51b81526004810194909452602484019290925260448301526001600160401b03166064820152608401610550565b61125e8b6001611f9a565b5f92835260066020526040909220805467ffffffffffffffff19166001600160401b0390931692909217909155505050600101611130565b5081156112a957805160208201206112ab565b5f5b9695505050505050565b805f816001600160401b038111156112cf576112cf611ca2565b6040519080825280602002602001820160405280156112f8578160200160208202803683370190505b5090505f5b828110156116b95781818151811061131757611317611f54565b60200260200101516116b1575f85858381811061133657611336611f54565b90506020028101906113489190611f68565b355f81815260056020908152604091829020825160808101845290546001600160a01b03811680835260ff600160a01b83048116151594840194909452600160a81b82048416151594830194909452600160b01b9004909116151560608201529192506113d25760405163746912c760e01b81526004810184905260248101839052604401610550565b5f835b8681101561141e57838989838181106113f0576113f0611f54565b90506020028101906114029190611f68565b3503611416578161141281612204565b9250505b6001016113d5565b505f816001600160401b0381111561143857611438611ca2565b604051908082528060200260200182016040528015611461578160200160208202803683370190505b505f92509050845b878110156114f357848a8a8381811061148457611484611f54565b90506020028101906114969190611f68565b35036114eb578082846114a881612204565b9550815181106114ba576114ba611f54565b60200260200101818152505060018782815181106114da576114da611f54565b911515602092830291909101909101525b600101611469565b50826040015115801561150857508260600151155b1561152c575f848152600560205260409020805460ff60b01b1916600160b01b1790555b8260200151801561153d5750600182115b801561155257508251611552908a8a84611866565b1561156057505050506116b1565b5f5b828110156116ab575f8a8a84848151811061157f5761157f611f54565b602002602001015181811061159657611596611f54565b90506020028101906115a89190611f68565b604001359050845f01516001600160a01b0316638d8f8a5c8c8c8686815181106115d4576115d4611f54565b60200260200101518181106115eb576115eb611f54565b90506020028101906115fd9190611f68565b61160b906020810190611ef7565b6040518060200160405280868152506040518463ffffffff1660e01b81526004016116389392919061221c565b5f6040518083038186803b15801561164e575f5ffd5b505afa92505050801561165f575060015b6116a25782828151811061167557611675611f54565b602002602001015181604051630992d59760e31b8152600401610550929190918252602082015260400190565b50600101611562565b50505050505b6001016112fd565b5050505050565b5f546001600160a01b03163314610be95760405163118cdaa760e01b8152336004820152602401610550565b600180546001600160a01b0319169055610c2c81611a7e565b6001600160a01b03811661172c5760405163d92e233d60e01b815260040160405180910390fd5b5f828152600560205260409020546001600160a01b031615611783575f828152600560205260409081902054905163f961257360e01b8152600481018490526001600160a01b039091166024820152604401610550565b5f61178d82611acd565b604080516080810182526001600160a01b0385811680835284151560208085018281525f86880181815260608089018381528e8452600586528a842099518a549551935191511515600160b01b0260ff60b01b19921515600160a81b029290921661ffff60a81b19941515600160a01b026001600160a81b031990971691909a16179490941791909116969096179190911790955585519283528201529283019190915291925084917f61feaeb83e39dedb1ac6d59a76851537be8ce6538188ff8765c690b2c740e247910160405180910390a2505050565b5f5f82516001600160401b0381111561188157611881611ca2565b6040519080825280602002602001820160405280156118b457816020015b606081526020019060019003908161189f5790505b5090505f83516001600160401b038111156118d1576118d1611ca2565b6040519080825280602002602001820160405280156118fa578160200160208202803683370190505b5090505f5b8451811015611a0b57868686838151811061191c5761191c611f54565b602002602001015181811061193357611933611f54565b90506020028101906119459190611f68565b611953906020810190611ef7565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508551869250849150811061199a5761199a611f54565b602002602001018190525086868683815181106119b9576119b9611f54565b60200260200101518181106119d0576119d0611f54565b90506020028101906119e29190611f68565b604001358282815181106119f8576119f8611f54565b60209081029190910101526001016118ff565b5060405163341cb5f360e21b81526001600160a01b0388169063d072d7cc90611a3a908590859060040161229c565b5f6040518083038186803b158015611a50575f5ffd5b505afa925050508015611a61575060015b611a6f575f92505050611a76565b6001925050505b949350505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405163341cb5f360e21b60248201525f90819081906001600160a01b0385169060440160408051601f198184030181529181526020820180516001600160e01b03166301ffc9a760e01b17905251611b269190612333565b5f60405180830381855afa9150503d805f8114611b5e576040519150601f19603f3d011682016040523d82523d5f602084013e611b63565b606091505b5091509150818015611b76575080516020145b8015611a76575080806020019051810190611a769190612349565b6117018061236983390190565b6001600160401b0381168114610c2c575f5ffd5b5f60208284031215611bc2575f5ffd5b8135611bcd81611b9e565b9392505050565b5f610380828403128015611be6575f5ffd5b509092915050565b5f5f5f60408486031215611c00575f5ffd5b83356001600160401b03811115611c15575f5ffd5b84016101208187031215611c27575f5ffd5b925060208401356001600160401b03811115611c41575f5ffd5b8401601f81018613611c51575f5ffd5b80356001600160401b03811115611c66575f5ffd5b8660208260051b8401011115611c7a575f5ffd5b939660209190910195509293505050565b5f60208284031215611c9b575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b0381118282101715611cd857611cd8611ca2565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611d0657611d06611ca2565b604052919050565b5f611d196040611cde565b9050806040830184811115611d2c575f5ffd5b835b81811015611d46578035835260209283019201611d2e565b50505092915050565b5f82601f830112611d5e575f5ffd5b5f611d696080611cde565b9050806080840185811115611d7c575f5ffd5b845b81811015611d96578035835260209283019201611d7e565b509195945050505050565b5f82601f830112611db0575f5ffd5b5f611dbb60c0611cde565b90508060c0840185811115611d7c575f5ffd5b5f610380828403128015611de0575f5ffd5b50611de9611cb6565b83601f840112611df7575f5ffd5b611e018484611d0e565b8152611e108460408501611d4f565b6020820152611e228460c08501611d4f565b6040820152611e35846101408501611d4f565b6060820152611e48846101c08501611da1565b6080820152611e5b846102808501611d4f565b60a0820152611e6e846103008501611d4f565b60c08201529392505050565b6001600160a01b0381168114610c2c575f5ffd5b5f5f60408385031215611e9f575f5ffd5b823591506020830135611eb181611e7a565b809150509250929050565b5f5f60408385031215611ecd575f5ffd5b50508035926020909101359150565b5f60208284031215611eec575f5ffd5b8135611bcd81611e7a565b5f5f8335601e19843603018112611f0c575f5ffd5b8301803591506001600160401b03821115611f25575f5ffd5b602001915036819003821315610e71575f5ffd5b5f60208284031215611f49575f5ffd5b8151611bcd81611b9e565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112611f7c575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610df857610df8611f86565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b89815288602082015287604082015261010060608201525f6120086101008301888a611fb9565b6001600160401b0396871660808401529490951660a082015263ffffffff9290921660c083015260e0909101529695505050505050565b805f5b6004811015612061578151845260209384019390910190600101612042565b50505050565b805f5b600681101561206157815184526020938401939091019060010161206a565b8151610380820190825f5b60028110156120b3578251825260209283019290910190600101612094565b50505060208301516120c8604084018261203f565b5060408301516120db60c084018261203f565b5060608301516120ef61014084018261203f565b5060808301516121036101c0840182612067565b5060a083015161211761028084018261203f565b5060c083015161212b61030084018261203f565b5092915050565b80820180821115610df857610df8611f86565b6001600160401b038281168282160390811115610df857610df8611f86565b610380810181895f5b600281101561218c57815183526020928301929091019060010161216d565b50505061219c604083018961203f565b6121a960c083018861203f565b6121b761014083018761203f565b6121c56101c0830186612067565b6121d361028083018561203f565b6121e161030083018461203f565b98975050505050505050565b8082028115828204841417610df857610df8611f86565b5f6001820161221557612215611f86565b5060010190565b604081525f61222f604083018587611fb9565b905060208201835f5b6001811015612257578151835260209283019290910190600101612238565b505050949350505050565b5f8151808452602084019350602083015f5b82811015612292578151865260209586019590910190600101612274565b5093949350505050565b5f604082016040835280855180835260608501915060608160051b8601019250602087015f5b8281101561231457605f19878603018452815180518087528060208301602089015e5f602082890101526020601f19601f830116880101965050506020820191506020840193506001810190506122c2565b50505050828103602084015261232a8185612262565b95945050505050565b5f82518060208501845e5f920191825250919050565b5f60208284031215612359575f5ffd5b81518015158114611bcd575f5ffdfe610400604052348015610010575f5ffd5b5060405161170138038061170183398101604081905261002f9161020e565b865160209788015160a090815260809182528751888a01516040808b015160609b8c0151610120526101005260e09190915260c0919091528751888b015189830151998b01516101a0526101809990995261016098909852610140979097528551868a015187890151978a015161022052610200979097526101e0969096526101c09590955283518489015185880151868a01519387015196909701516102e0526102c0959095526102a091909152610280949094526102609290925261024092909252815182860151838501519386015161036052610340939093526103209290925261030091909152805193810151918101519201516103e0526103c0919091526103a052610380526102e8565b604051601f8201601f191681016001600160401b038111828210171561017357634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f61018660c061013f565b90508060c0830184811115610199575f5ffd5b835b818110156101b357805183526020928301920161019b565b50505092915050565b5f82601f8301126101cb575f5ffd5b5f6101d6608061013f565b90508060808401858111156101e9575f5ffd5b845b818110156102035780518352602092830192016101eb565b509195945050505050565b5f5f5f5f5f5f5f610380888a031215610225575f5ffd5b88601f890112610233575f5ffd5b5f61023e604061013f565b90508060408a018b811115610251575f5ffd5b8a5b8181101561026b578051835260209283019201610253565b508299506102798c826101bc565b985050505061028b8960c08a016101bc565b945061029b896101408a016101bc565b9350886101df8901126102ac575f5ffd5b6102ba896101c08a0161017b565b92506102ca896102808a016101bc565b91506102da896103008a016101bc565b905092959891949750929550565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516103405161036051610380516103a0516103c0516103e0516112da6104275f395f61098501525f61096401525f61094301525f61092201525f610a2801525f610a0701525f6109e601525f6109c501525f61082d01525f61080c01525f6107c501525f6107a401525f8181610707015261075901525f81816106e6015261073801525f61056a01525f61054901525f61052801525f61050701525f6108e301525f6108c201525f6108a101525f61088001525f6106b001525f61068f01525f61066e01525f61064d01525f81816105c3015261061501525f81816105a201526105f401526112da5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806301ffc9a71461004e57806319204986146100765780638d8f8a5c1461008d578063d072d7cc146100a2575b5f5ffd5b61006161005c366004610edb565b6100b5565b60405190151581526020015b60405180910390f35b61007f61018081565b60405190815260200161006d565b6100a061009b366004610f09565b610106565b005b6100a06100b0366004610fd7565b610185565b5f6001600160e01b0319821663341cb5f360e21b14806100e557506001600160e01b03198216632363e29760e21b145b8061010057506001600160e01b031982166301ffc9a760e01b145b92915050565b5f610111600161030b565b6040519091505f905f5160206112855f395f51905f529061013e9087908790873590600190602001611057565b604051602081830303815290604052805190602001205f1c6101609190611071565b9050610173825f878787356001876103c3565b61017e8260016104e6565b5050505050565b828015806101935750818114155b156101b157604051632bb9acf760e01b815260040160405180910390fd5b5f858585856040516020016101c994939291906110e8565b6040516020818303038152906040528051906020012090505f6101eb8361030b565b90505f5b838110156102f7575f811561024e5760408051602081018690529081018390525f60608201525f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102499190611071565b610251565b60015b6040805160208101879052908101849052600160608201529091505f905f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102a29190611071565b90506102ed84848c8c878181106102bb576102bb611043565b90506020028101906102cd919061119c565b8c8c898181106102df576102df611043565b9050602002013587876103c3565b50506001016101ef565b5061030281846104e6565b50505050505050565b610364604051806101800160405280606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61036f8260056111f3565b61037a906006611206565b67ffffffffffffffff8111156103925761039261121d565b6040519080825280602002602001820160405280156103bb578160200160208202803683370190505b508152919050565b610180841415806103e157505f5160206112855f395f51905f528310155b156103ff57604051632bb9acf760e01b815260040160405180910390fd5b865161041890610410886006611206565b878786610aa0565b61042487868685610ba4565b6104318786868585610bf8565b61043d87868684610c88565b5f5f5160206112855f395f51905f5261045c610140610100888a611231565b60405161046a929190611258565b60405190819003902061047d9190611071565b90505f5160206112855f395f51905f5283896101200151086101208901525f5160206112855f395f51905f5280858509896101400151086101408901525f5160206112855f395f51905f5280828509896101600151086101609098019790975250505050505050565b81515f6104f4836006611206565b905061058e8282866020015187604001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f8561012001516001146105f2576105ed7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610635565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b90925090506106d4846106498560066111f3565b84847f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b856101200151600114610736576107317f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610779565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b8092508193505050610795828288606001518960800151610e1d565b80925081935050505f5f6107ef7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101400151610dc9565b915091506107ff84848484610e1d565b80945081955050506108577f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101600151610dc9565b909250905061086884848484610e1d565b90945092506109078661087c87600c6111f3565b86867f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b6109a9866109168760126111f3565b8a60a001518b60c001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b610a4c866109b88760186111f3565b8a60e001518b61010001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f60405160208160208b510260208c0160085afa92508051915050811580610a76575080600114155b15610a9457604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050565b5f5f610aad85855f610e78565b9150915082600114610aca57610ac4828285610dc9565b90925090505b81878781518110610add57610add611043565b60209081029190910101528087610af58860016111f3565b81518110610b0557610b05611043565b60209081029190910101525f5b6004811015610b9a578585610b28836020611206565b610b339060406111f3565b90610b3f846020611206565b610b4a9060606111f3565b92610b5793929190611231565b610b6091611267565b8882610b6d8a60026111f3565b610b7791906111f3565b81518110610b8757610b87611043565b6020908102919091010152600101610b12565b5050505050505050565b5f5f610bb2858560c0610e78565b9150915082600114610bcf57610bc9828285610dc9565b90925090505b610be3866020015187604001518484610e1d565b60408801526020909601959095525050505050565b5f5f610c078686610100610e78565b915091505f5f85600114610c2557610c20848488610dc9565b610c28565b83835b91509150610c4089606001518a608001518484610e1d565b60808b015260608a0152610c55848487610dc9565b60a08b015160c08c0151929450909250610c70918484610e1d565b60c08b015260a0909901989098525050505050505050565b5f5f610c978585610140610e78565b91509150610ca6828285610dc9565b60e0880151610100890151929450909250610cc2918484610e1d565b61010088015260e0909601959095525050505050565b85888881518110610ceb57610ceb611043565b60209081029190910101528488610d038960016111f3565b81518110610d1357610d13611043565b60209081029190910101528388610d2b8960026111f3565b81518110610d3b57610d3b611043565b60209081029190910101528288610d538960036111f3565b81518110610d6357610d63611043565b60209081029190910101528188610d7b8960046111f3565b81518110610d8b57610d8b611043565b60209081029190910101528088610da38960056111f3565b81518110610db357610db3611043565b6020026020010181815250505050505050505050565b5f5f5f60405186815285602082015284604082015260408160608360075afa915080519350602081015192505080610e1457604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f5f60405187815286602082015285604082015284606082015260408160808360065afa915080519350602081015192505080610e6e57604051631ff3747d60e21b815260040160405180910390fd5b5094509492505050565b5f80848385610e888260206111f3565b92610e9593929190611231565b610e9e91611267565b91508484610ead8560206111f3565b90610eb98660406111f3565b92610ec693929190611231565b610ecf91611267565b5f1c9050935093915050565b5f60208284031215610eeb575f5ffd5b81356001600160e01b031981168114610f02575f5ffd5b9392505050565b5f5f5f60408486031215610f1b575f5ffd5b833567ffffffffffffffff811115610f31575f5ffd5b8401601f81018613610f41575f5ffd5b803567ffffffffffffffff811115610f57575f5ffd5b866020828401011115610f68575f5ffd5b602082019450809350505084604085011115610f82575f5ffd5b6020840190509250925092565b5f5f83601f840112610f9f575f5ffd5b50813567ffffffffffffffff811115610fb6575f5ffd5b6020830191508360208260051b8501011115610fd0575f5ffd5b9250929050565b5f5f5f5f60408587031215610fea575f5ffd5b843567ffffffffffffffff811115611000575f5ffd5b61100c87828801610f8f565b909550935050602085013567ffffffffffffffff81111561102b575f5ffd5b61103787828801610f8f565b95989497509550505050565b634e487b7160e01b5f52603260045260245ffd5b838582379092019081526020810191909152604001919050565b5f8261108b57634e487b7160e01b5f52601260045260245ffd5b500690565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b038311156110cf575f5ffd5b8260051b80836020870137939093016020019392505050565b604080825281018490525f6060600586901b830181019083018783601e1936839003015b8982101561117a57868503605f19018452823581811261112a575f5ffd5b8b0160208101903567ffffffffffffffff811115611146575f5ffd5b803603821315611154575f5ffd5b61115f878284611090565b9650505060208301925060208401935060018201915061110c565b5050505082810360208401526111918185876110b8565b979650505050505050565b5f5f8335601e198436030181126111b1575f5ffd5b83018035915067ffffffffffffffff8211156111cb575f5ffd5b602001915036819003821315610fd0575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610100576101006111df565b8082028115828204841417610100576101006111df565b634e487b7160e01b5f52604160045260245ffd5b5f5f8585111561123f575f5ffd5b8386111561124b575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b80356020831015610100575f19602084900360031b1b169291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220818792df6b56a276002303ab96853e6a11a229c3d1fe54a2448f051a52a827f564736f6c634300081e0033a2646970667358221220b6cce3bedcedb2f3b078daddb7010dcedbe3517d4a2013ac41e119ea4aecc4b564736f6c634300081e0033610400604052348015610010575f5ffd5b5060405161170138038061170183398101604081905261002f9161020e565b865160209788015160a090815260809182528751888a01516040808b015160609b8c0151610120526101005260e09190915260c0919091528751888b015189830151998b01516101a0526101809990995261016098909852610140979097528551868a015187890151978a015161022052610200979097526101e0969096526101c09590955283518489015185880151868a01519387015196909701516102e0526102c0959095526102a091909152610280949094526102609290925261024092909252815182860151838501519386015161036052610340939093526103209290925261030091909152805193810151918101519201516103e0526103c0919091526103a052610380526102e8565b604051601f8201601f191681016001600160401b038111828210171561017357634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f61018660c061013f565b90508060c0830184811115610199575f5ffd5b835b818110156101b357805183526020928301920161019b565b50505092915050565b5f82601f8301126101cb575f5ffd5b5f6101d6608061013f565b90508060808401858111156101e9575f5ffd5b845b818110156102035780518352602092830192016101eb565b509195945050505050565b5f5f5f5f5f5f5f610380888a031215610225575f5ffd5b88601f890112610233575f5ffd5b5f61023e604061013f565b90508060408a018b811115610251575f5ffd5b8a5b8181101561026b578051835260209283019201610253565b508299506102798c826101bc565b985050505061028b8960c08a016101bc565b945061029b896101408a016101bc565b9350886101df8901126102ac575f5ffd5b6102ba896101c08a0161017b565b92506102ca896102808a016101bc565b91506102da896103008a016101bc565b905092959891949750929550565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516103405161036051610380516103a0516103c0516103e0516112da6104275f395f61098501525f61096401525f61094301525f61092201525f610a2801525f610a0701525f6109e601525f6109c501525f61082d01525f61080c01525f6107c501525f6107a401525f8181610707015261075901525f81816106e6015261073801525f61056a01525f61054901525f61052801525f61050701525f6108e301525f6108c201525f6108a101525f61088001525f6106b001525f61068f01525f61066e01525f61064d01525f81816105c3015261061501525f81816105a201526105f401526112da5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806301ffc9a71461004e57806319204986146100765780638d8f8a5c1461008d578063d072d7cc146100a2575b5f5ffd5b61006161005c366004610edb565b6100b5565b60405190151581526020015b60405180910390f35b61007f61018081565b60405190815260200161006d565b6100a061009b366004610f09565b610106565b005b6100a06100b0366004610fd7565b610185565b5f6001600160e01b0319821663341cb5f360e21b14806100e557506001600160e01b03198216632363e29760e21b145b8061010057506001600160e01b031982166301ffc9a760e01b145b92915050565b5f610111600161030b565b6040519091505f905f5160206112855f395f51905f529061013e9087908790873590600190602001611057565b604051602081830303815290604052805190602001205f1c6101609190611071565b9050610173825f878787356001876103c3565b61017e8260016104e6565b5050505050565b828015806101935750818114155b156101b157604051632bb9acf760e01b815260040160405180910390fd5b5f858585856040516020016101c994939291906110e8565b6040516020818303038152906040528051906020012090505f6101eb8361030b565b90505f5b838110156102f7575f811561024e5760408051602081018690529081018390525f60608201525f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102499190611071565b610251565b60015b6040805160208101879052908101849052600160608201529091505f905f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102a29190611071565b90506102ed84848c8c878181106102bb576102bb611043565b90506020028101906102cd919061119c565b8c8c898181106102df576102df611043565b9050602002013587876103c3565b50506001016101ef565b5061030281846104e6565b50505050505050565b610364604051806101800160405280606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61036f8260056111f3565b61037a906006611206565b67ffffffffffffffff8111156103925761039261121d565b6040519080825280602002602001820160405280156103bb578160200160208202803683370190505b508152919050565b610180841415806103e157505f5160206112855f395f51905f528310155b156103ff57604051632bb9acf760e01b815260040160405180910390fd5b865161041890610410886006611206565b878786610aa0565b61042487868685610ba4565b6104318786868585610bf8565b61043d87868684610c88565b5f5f5160206112855f395f51905f5261045c610140610100888a611231565b60405161046a929190611258565b60405190819003902061047d9190611071565b90505f5160206112855f395f51905f5283896101200151086101208901525f5160206112855f395f51905f5280858509896101400151086101408901525f5160206112855f395f51905f5280828509896101600151086101609098019790975250505050505050565b81515f6104f4836006611206565b905061058e8282866020015187604001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f8561012001516001146105f2576105ed7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610635565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b90925090506106d4846106498560066111f3565b84847f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b856101200151600114610736576107317f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610779565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b8092508193505050610795828288606001518960800151610e1d565b80925081935050505f5f6107ef7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101400151610dc9565b915091506107ff84848484610e1d565b80945081955050506108577f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101600151610dc9565b909250905061086884848484610e1d565b90945092506109078661087c87600c6111f3565b86867f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b6109a9866109168760126111f3565b8a60a001518b60c001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b610a4c866109b88760186111f3565b8a60e001518b61010001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f60405160208160208b510260208c0160085afa92508051915050811580610a76575080600114155b15610a9457604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050565b5f5f610aad85855f610e78565b9150915082600114610aca57610ac4828285610dc9565b90925090505b81878781518110610add57610add611043565b60209081029190910101528087610af58860016111f3565b81518110610b0557610b05611043565b60209081029190910101525f5b6004811015610b9a578585610b28836020611206565b610b339060406111f3565b90610b3f846020611206565b610b4a9060606111f3565b92610b5793929190611231565b610b6091611267565b8882610b6d8a60026111f3565b610b7791906111f3565b81518110610b8757610b87611043565b6020908102919091010152600101610b12565b5050505050505050565b5f5f610bb2858560c0610e78565b9150915082600114610bcf57610bc9828285610dc9565b90925090505b610be3866020015187604001518484610e1d565b60408801526020909601959095525050505050565b5f5f610c078686610100610e78565b915091505f5f85600114610c2557610c20848488610dc9565b610c28565b83835b91509150610c4089606001518a608001518484610e1d565b60808b015260608a0152610c55848487610dc9565b60a08b015160c08c0151929450909250610c70918484610e1d565b60c08b015260a0909901989098525050505050505050565b5f5f610c978585610140610e78565b91509150610ca6828285610dc9565b60e0880151610100890151929450909250610cc2918484610e1d565b61010088015260e0909601959095525050505050565b85888881518110610ceb57610ceb611043565b60209081029190910101528488610d038960016111f3565b81518110610d1357610d13611043565b60209081029190910101528388610d2b8960026111f3565b81518110610d3b57610d3b611043565b60209081029190910101528288610d538960036111f3565b81518110610d6357610d63611043565b60209081029190910101528188610d7b8960046111f3565b81518110610d8b57610d8b611043565b60209081029190910101528088610da38960056111f3565b81518110610db357610db3611043565b6020026020010181815250505050505050505050565b5f5f5f60405186815285602082015284604082015260408160608360075afa915080519350602081015192505080610e1457604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f5f60405187815286602082015285604082015284606082015260408160808360065afa915080519350602081015192505080610e6e57604051631ff3747d60e21b815260040160405180910390fd5b5094509492505050565b5f80848385610e888260206111f3565b92610e9593929190611231565b610e9e91611267565b91508484610ead8560206111f3565b90610eb98660406111f3565b92610ec693929190611231565b610ecf91611267565b5f1c9050935093915050565b5f60208284031215610eeb575f5ffd5b81356001600160e01b031981168114610f02575f5ffd5b9392505050565b5f5f5f60408486031215610f1b575f5ffd5b833567ffffffffffffffff811115610f31575f5ffd5b8401601f81018613610f41575f5ffd5b803567ffffffffffffffff811115610f57575f5ffd5b866020828401011115610f68575f5ffd5b602082019450809350505084604085011115610f82575f5ffd5b6020840190509250925092565b5f5f83601f840112610f9f575f5ffd5b50813567ffffffffffffffff811115610fb6575f5ffd5b6020830191508360208260051b8501011115610fd0575f5ffd5b9250929050565b5f5f5f5f60408587031215610fea575f5ffd5b843567ffffffffffffffff811115611000575f5ffd5b61100c87828801610f8f565b909550935050602085013567ffffffffffffffff81111561102b575f5ffd5b61103787828801610f8f565b95989497509550505050565b634e487b7160e01b5f52603260045260245ffd5b838582379092019081526020810191909152604001919050565b5f8261108b57634e487b7160e01b5f52601260045260245ffd5b500690565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b038311156110cf575f5ffd5b8260051b80836020870137939093016020019392505050565b604080825281018490525f6060600586901b830181019083018783601e1936839003015b8982101561117a57868503605f19018452823581811261112a575f5ffd5b8b0160208101903567ffffffffffffffff811115611146575f5ffd5b803603821315611154575f5ffd5b61115f878284611090565b9650505060208301925060208401935060018201915061110c565b5050505082810360208401526111918185876110b8565b979650505050505050565b5f5f8335601e198436030181126111b1575f5ffd5b83018035915067ffffffffffffffff8211156111cb575f5ffd5b602001915036819003821315610fd0575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610100576101006111df565b8082028115828204841417610100576101006111df565b634e487b7160e01b5f52604160045260245ffd5b5f5f8585111561123f575f5ffd5b8386111561124b575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b80356020831015610100575f19602084900360031b1b169291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220818792df6b56a276002303ab96853e6a11a229c3d1fe54a2448f051a52a827f564736f6c634300081e003361feaeb83e39dedb1ac6d59a76851537be8ce6538188ff8765c690b2c740e247",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, uint64 l2ChainId_, bytes32[] circuits_, address[] verifiers_, (uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4])[] keys_, address sequencer_, address bridge_, uint64 finalizationPeriod_, bytes32 genesisStateRoot_) returns()
func (rollup *Rollup) PackConstructor(owner_ common.Address, l2ChainId_ uint64, circuits_ [][32]byte, verifiers_ []common.Address, keys_ []RollupVerifyingKey, sequencer_ common.Address, bridge_ common.Address, finalizationPeriod_ uint64, genesisStateRoot_ [32]byte) []byte {
	enc, err := rollup.abi.Pack("", owner_, l2ChainId_, circuits_, verifiers_, keys_, sequencer_, bridge_, finalizationPeriod_, genesisStateRoot_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (rollup *Rollup) PackAcceptOwnership() []byte {
	enc, err := rollup.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (rollup *Rollup) TryPackAcceptOwnership() ([]byte, error) {
	return rollup.abi.Pack("acceptOwnership")
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint64)
func (rollup *Rollup) PackBatchCount() []byte {
	enc, err := rollup.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint64)
func (rollup *Rollup) TryPackBatchCount() ([]byte, error) {
	return rollup.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint64)
func (rollup *Rollup) UnpackBatchCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("batchCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (rollup *Rollup) PackBridge() []byte {
	enc, err := rollup.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (rollup *Rollup) TryPackBridge() ([]byte, error) {
	return rollup.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (rollup *Rollup) UnpackBridge(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCircuitIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353d7ab3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitIdOf((uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4]) key) pure returns(bytes32)
func (rollup *Rollup) PackCircuitIdOf(key RollupVerifyingKey) []byte {
	enc, err := rollup.abi.Pack("circuitIdOf", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x353d7ab3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitIdOf((uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4]) key) pure returns(bytes32)
func (rollup *Rollup) TryPackCircuitIdOf(key RollupVerifyingKey) ([]byte, error) {
	return rollup.abi.Pack("circuitIdOf", key)
}

// UnpackCircuitIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x353d7ab3.
//
// Solidity: function circuitIdOf((uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4]) key) pure returns(bytes32)
func (rollup *Rollup) UnpackCircuitIdOf(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("circuitIdOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositsConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756ffb40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositsConsumed() view returns(uint64)
func (rollup *Rollup) PackDepositsConsumed() []byte {
	enc, err := rollup.abi.Pack("depositsConsumed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositsConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756ffb40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositsConsumed() view returns(uint64)
func (rollup *Rollup) TryPackDepositsConsumed() ([]byte, error) {
	return rollup.abi.Pack("depositsConsumed")
}

// UnpackDepositsConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x756ffb40.
//
// Solidity: function depositsConsumed() view returns(uint64)
func (rollup *Rollup) UnpackDepositsConsumed(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("depositsConsumed", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalizationPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc61ef4d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizationPeriod() view returns(uint64)
func (rollup *Rollup) PackFinalizationPeriod() []byte {
	enc, err := rollup.abi.Pack("finalizationPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizationPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc61ef4d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizationPeriod() view returns(uint64)
func (rollup *Rollup) TryPackFinalizationPeriod() ([]byte, error) {
	return rollup.abi.Pack("finalizationPeriod")
}

// UnpackFinalizationPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc61ef4d6.
//
// Solidity: function finalizationPeriod() view returns(uint64)
func (rollup *Rollup) UnpackFinalizationPeriod(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("finalizationPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalizedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9e73d4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedAt(uint64 index) view returns(uint256)
func (rollup *Rollup) PackFinalizedAt(index uint64) []byte {
	enc, err := rollup.abi.Pack("finalizedAt", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9e73d4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedAt(uint64 index) view returns(uint256)
func (rollup *Rollup) TryPackFinalizedAt(index uint64) ([]byte, error) {
	return rollup.abi.Pack("finalizedAt", index)
}

// UnpackFinalizedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9e73d4c.
//
// Solidity: function finalizedAt(uint64 index) view returns(uint256)
func (rollup *Rollup) UnpackFinalizedAt(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("finalizedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGenesisStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe886aeea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisStateRoot() view returns(bytes32)
func (rollup *Rollup) PackGenesisStateRoot() []byte {
	enc, err := rollup.abi.Pack("genesisStateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe886aeea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisStateRoot() view returns(bytes32)
func (rollup *Rollup) TryPackGenesisStateRoot() ([]byte, error) {
	return rollup.abi.Pack("genesisStateRoot")
}

// UnpackGenesisStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe886aeea.
//
// Solidity: function genesisStateRoot() view returns(bytes32)
func (rollup *Rollup) UnpackGenesisStateRoot(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("genesisStateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888775d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBatch(uint64 index) view returns((bytes32,bytes32,uint64,uint64,uint64,uint32))
func (rollup *Rollup) PackGetBatch(index uint64) []byte {
	enc, err := rollup.abi.Pack("getBatch", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888775d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBatch(uint64 index) view returns((bytes32,bytes32,uint64,uint64,uint64,uint32))
func (rollup *Rollup) TryPackGetBatch(index uint64) ([]byte, error) {
	return rollup.abi.Pack("getBatch", index)
}

// UnpackGetBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x888775d9.
//
// Solidity: function getBatch(uint64 index) view returns((bytes32,bytes32,uint64,uint64,uint64,uint32))
func (rollup *Rollup) UnpackGetBatch(data []byte) (RollupBatch, error) {
	out, err := rollup.abi.Unpack("getBatch", data)
	if err != nil {
		return *new(RollupBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupBatch)).(*RollupBatch)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9012d5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint64 index) view returns(bool)
func (rollup *Rollup) PackIsFinalized(index uint64) []byte {
	enc, err := rollup.abi.Pack("isFinalized", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9012d5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalized(uint64 index) view returns(bool)
func (rollup *Rollup) TryPackIsFinalized(index uint64) ([]byte, error) {
	return rollup.abi.Pack("isFinalized", index)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9012d5a.
//
// Solidity: function isFinalized(uint64 index) view returns(bool)
func (rollup *Rollup) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) PackL2ChainId() []byte {
	enc, err := rollup.abi.Pack("l2ChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) TryPackL2ChainId() ([]byte, error) {
	return rollup.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) UnpackL2ChainId(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("l2ChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackL2Height is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x165646b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2Height() view returns(uint64)
func (rollup *Rollup) PackL2Height() []byte {
	enc, err := rollup.abi.Pack("l2Height")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2Height is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x165646b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2Height() view returns(uint64)
func (rollup *Rollup) TryPackL2Height() ([]byte, error) {
	return rollup.abi.Pack("l2Height")
}

// UnpackL2Height is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x165646b4.
//
// Solidity: function l2Height() view returns(uint64)
func (rollup *Rollup) UnpackL2Height(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("l2Height", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70de0d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastStateRoot() view returns(bytes32)
func (rollup *Rollup) PackLastStateRoot() []byte {
	enc, err := rollup.abi.Pack("lastStateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70de0d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastStateRoot() view returns(bytes32)
func (rollup *Rollup) TryPackLastStateRoot() ([]byte, error) {
	return rollup.abi.Pack("lastStateRoot")
}

// UnpackLastStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb70de0d9.
//
// Solidity: function lastStateRoot() view returns(bytes32)
func (rollup *Rollup) UnpackLastStateRoot(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("lastStateRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (rollup *Rollup) PackOwner() []byte {
	enc, err := rollup.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (rollup *Rollup) TryPackOwner() ([]byte, error) {
	return rollup.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rollup *Rollup) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (rollup *Rollup) PackPendingOwner() []byte {
	enc, err := rollup.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (rollup *Rollup) TryPackPendingOwner() ([]byte, error) {
	return rollup.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (rollup *Rollup) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProvenIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfed1504.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provenIn(bytes32 circuit, uint256 digest) view returns(bool proven, uint64 batchIndex)
func (rollup *Rollup) PackProvenIn(circuit [32]byte, digest *big.Int) []byte {
	enc, err := rollup.abi.Pack("provenIn", circuit, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvenIn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfed1504.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provenIn(bytes32 circuit, uint256 digest) view returns(bool proven, uint64 batchIndex)
func (rollup *Rollup) TryPackProvenIn(circuit [32]byte, digest *big.Int) ([]byte, error) {
	return rollup.abi.Pack("provenIn", circuit, digest)
}

// ProvenInOutput serves as a container for the return parameters of contract
// method ProvenIn.
type ProvenInOutput struct {
	Proven     bool
	BatchIndex uint64
}

// UnpackProvenIn is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfed1504.
//
// Solidity: function provenIn(bytes32 circuit, uint256 digest) view returns(bool proven, uint64 batchIndex)
func (rollup *Rollup) UnpackProvenIn(data []byte) (ProvenInOutput, error) {
	out, err := rollup.abi.Unpack("provenIn", data)
	outstruct := new(ProvenInOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Proven = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.BatchIndex = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRegisterVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0efc31d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerVerifier((uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4]) key) returns(bytes32 circuit, address verifier)
func (rollup *Rollup) PackRegisterVerifier(key RollupVerifyingKey) []byte {
	enc, err := rollup.abi.Pack("registerVerifier", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0efc31d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerVerifier((uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4]) key) returns(bytes32 circuit, address verifier)
func (rollup *Rollup) TryPackRegisterVerifier(key RollupVerifyingKey) ([]byte, error) {
	return rollup.abi.Pack("registerVerifier", key)
}

// RegisterVerifierOutput serves as a container for the return parameters of contract
// method RegisterVerifier.
type RegisterVerifierOutput struct {
	Circuit  [32]byte
	Verifier common.Address
}

// UnpackRegisterVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0efc31d3.
//
// Solidity: function registerVerifier((uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4]) key) returns(bytes32 circuit, address verifier)
func (rollup *Rollup) UnpackRegisterVerifier(data []byte) (RegisterVerifierOutput, error) {
	out, err := rollup.abi.Unpack("registerVerifier", data)
	outstruct := new(RegisterVerifierOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Circuit = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Verifier = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (rollup *Rollup) PackRenounceOwnership() []byte {
	enc, err := rollup.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (rollup *Rollup) TryPackRenounceOwnership() ([]byte, error) {
	return rollup.abi.Pack("renounceOwnership")
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) PackSequencer() []byte {
	enc, err := rollup.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) TryPackSequencer() ([]byte, error) {
	return rollup.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa692b9ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(bytes32 circuit, address verifier_) returns()
func (rollup *Rollup) PackSetVerifier(circuit [32]byte, verifier common.Address) []byte {
	enc, err := rollup.abi.Pack("setVerifier", circuit, verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa692b9ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(bytes32 circuit, address verifier_) returns()
func (rollup *Rollup) TryPackSetVerifier(circuit [32]byte, verifier common.Address) ([]byte, error) {
	return rollup.abi.Pack("setVerifier", circuit, verifier)
}

// PackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1051ad30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch((uint64,bytes,bytes32,bytes32,bytes32,bytes32,uint64,uint64,bytes32) header, (bytes32,bytes,uint256)[] proofs) returns()
func (rollup *Rollup) PackSubmitBatch(header RollupBatchHeader, proofs []RollupLossProof) []byte {
	enc, err := rollup.abi.Pack("submitBatch", header, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1051ad30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch((uint64,bytes,bytes32,bytes32,bytes32,bytes32,uint64,uint64,bytes32) header, (bytes32,bytes,uint256)[] proofs) returns()
func (rollup *Rollup) TryPackSubmitBatch(header RollupBatchHeader, proofs []RollupLossProof) ([]byte, error) {
	return rollup.abi.Pack("submitBatch", header, proofs)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rollup *Rollup) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := rollup.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rollup *Rollup) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return rollup.abi.Pack("transferOwnership", newOwner)
}

// PackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2916acad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifierOf(bytes32 circuit) view returns(address verifier, bool batch, bool fromKey, bool used)
func (rollup *Rollup) PackVerifierOf(circuit [32]byte) []byte {
	enc, err := rollup.abi.Pack("verifierOf", circuit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2916acad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifierOf(bytes32 circuit) view returns(address verifier, bool batch, bool fromKey, bool used)
func (rollup *Rollup) TryPackVerifierOf(circuit [32]byte) ([]byte, error) {
	return rollup.abi.Pack("verifierOf", circuit)
}

// VerifierOfOutput serves as a container for the return parameters of contract
// method VerifierOf.
type VerifierOfOutput struct {
	Verifier common.Address
	Batch    bool
	FromKey  bool
	Used     bool
}

// UnpackVerifierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2916acad.
//
// Solidity: function verifierOf(bytes32 circuit) view returns(address verifier, bool batch, bool fromKey, bool used)
func (rollup *Rollup) UnpackVerifierOf(data []byte) (VerifierOfOutput, error) {
	out, err := rollup.abi.Unpack("verifierOf", data)
	outstruct := new(VerifierOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Batch = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.FromKey = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Used = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackWithdrawalRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e1bb343.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalRoot(uint64 index) view returns(bytes32)
func (rollup *Rollup) PackWithdrawalRoot(index uint64) []byte {
	enc, err := rollup.abi.Pack("withdrawalRoot", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e1bb343.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalRoot(uint64 index) view returns(bytes32)
func (rollup *Rollup) TryPackWithdrawalRoot(index uint64) ([]byte, error) {
	return rollup.abi.Pack("withdrawalRoot", index)
}

// UnpackWithdrawalRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e1bb343.
//
// Solidity: function withdrawalRoot(uint64 index) view returns(bytes32)
func (rollup *Rollup) UnpackWithdrawalRoot(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("withdrawalRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// RollupBatchSubmitted represents a BatchSubmitted event raised by the Rollup contract.
type RollupBatchSubmitted struct {
	Index            uint64
	StateRoot        [32]byte
	PrevStateRoot    [32]byte
	WithdrawalRoot   [32]byte
	DataHash         [32]byte
	Cid              []byte
	DepositsConsumed uint64
	L2Height         uint64
	ProofCount       uint32
	ProofsHash       [32]byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const RollupBatchSubmittedEventName = "BatchSubmitted"

// ContractEventName returns the user-defined event name.
func (RollupBatchSubmitted) ContractEventName() string {
	return RollupBatchSubmittedEventName
}

// UnpackBatchSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSubmitted(uint64 indexed index, bytes32 indexed stateRoot, bytes32 prevStateRoot, bytes32 withdrawalRoot, bytes32 dataHash, bytes cid, uint64 depositsConsumed, uint64 l2Height, uint32 proofCount, bytes32 proofsHash)
func (rollup *Rollup) UnpackBatchSubmittedEvent(log *types.Log) (*RollupBatchSubmitted, error) {
	event := "BatchSubmitted"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupBatchSubmitted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Rollup contract.
type RollupOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RollupOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (RollupOwnershipTransferStarted) ContractEventName() string {
	return RollupOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (rollup *Rollup) UnpackOwnershipTransferStartedEvent(log *types.Log) (*RollupOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupOwnershipTransferred represents a OwnershipTransferred event raised by the Rollup contract.
type RollupOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RollupOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RollupOwnershipTransferred) ContractEventName() string {
	return RollupOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (rollup *Rollup) UnpackOwnershipTransferredEvent(log *types.Log) (*RollupOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupProofVerified represents a ProofVerified event raised by the Rollup contract.
type RollupProofVerified struct {
	BatchIndex uint64
	Circuit    [32]byte
	ProofIndex *big.Int
	Digest     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupProofVerifiedEventName = "ProofVerified"

// ContractEventName returns the user-defined event name.
func (RollupProofVerified) ContractEventName() string {
	return RollupProofVerifiedEventName
}

// UnpackProofVerifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProofVerified(uint64 indexed batchIndex, bytes32 indexed circuit, uint256 proofIndex, uint256 digest)
func (rollup *Rollup) UnpackProofVerifiedEvent(log *types.Log) (*RollupProofVerified, error) {
	event := "ProofVerified"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupProofVerified)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupVerifierRegistered represents a VerifierRegistered event raised by the Rollup contract.
type RollupVerifierRegistered struct {
	Circuit  [32]byte
	Verifier common.Address
	Batch    bool
	FromKey  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupVerifierRegisteredEventName = "VerifierRegistered"

// ContractEventName returns the user-defined event name.
func (RollupVerifierRegistered) ContractEventName() string {
	return RollupVerifierRegisteredEventName
}

// UnpackVerifierRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierRegistered(bytes32 indexed circuit, address verifier, bool batch, bool fromKey)
func (rollup *Rollup) UnpackVerifierRegisteredEvent(log *types.Log) (*RollupVerifierRegistered, error) {
	event := "VerifierRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupVerifierRegistered)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["CircuitRegistered"].ID.Bytes()[:4]) {
		return rollup.UnpackCircuitRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositsConsumedDecreased"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositsConsumedDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositsConsumedExceedDeposits"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositsConsumedExceedDepositsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DuplicateProof"].ID.Bytes()[:4]) {
		return rollup.UnpackDuplicateProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EmptyCID"].ID.Bytes()[:4]) {
		return rollup.UnpackEmptyCIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidLossProof"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidLossProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["L2HeightDecreased"].ID.Bytes()[:4]) {
		return rollup.UnpackL2HeightDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return rollup.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rollup.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["PrevStateRootMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackPrevStateRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ProofReplayed"].ID.Bytes()[:4]) {
		return rollup.UnpackProofReplayedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ProofsHashMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackProofsHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TooManyProofs"].ID.Bytes()[:4]) {
		return rollup.UnpackTooManyProofsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnexpectedBatchIndex"].ID.Bytes()[:4]) {
		return rollup.UnpackUnexpectedBatchIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownCircuit"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownCircuitError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroChainId"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroChainIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupCircuitRegistered represents a CircuitRegistered error raised by the Rollup contract.
type RollupCircuitRegistered struct {
	Circuit  [32]byte
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CircuitRegistered(bytes32 circuit, address verifier)
func RollupCircuitRegisteredErrorID() common.Hash {
	return common.HexToHash("0xf96125738e936b4c8c5bc2ce6702d57b5de9d79f72c955cc255fcc28d2d1d120")
}

// UnpackCircuitRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CircuitRegistered(bytes32 circuit, address verifier)
func (rollup *Rollup) UnpackCircuitRegisteredError(raw []byte) (*RollupCircuitRegistered, error) {
	out := new(RollupCircuitRegistered)
	if err := rollup.abi.UnpackIntoInterface(out, "CircuitRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositsConsumedDecreased represents a DepositsConsumedDecreased error raised by the Rollup contract.
type RollupDepositsConsumedDecreased struct {
	Previous uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositsConsumedDecreased(uint64 previous, uint64 got)
func RollupDepositsConsumedDecreasedErrorID() common.Hash {
	return common.HexToHash("0xa0e3493b739e2606b42a6a3c5c5d900bb1c8da071d5cc320988f085be1ffd641")
}

// UnpackDepositsConsumedDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositsConsumedDecreased(uint64 previous, uint64 got)
func (rollup *Rollup) UnpackDepositsConsumedDecreasedError(raw []byte) (*RollupDepositsConsumedDecreased, error) {
	out := new(RollupDepositsConsumedDecreased)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositsConsumedDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositsConsumedExceedDeposits represents a DepositsConsumedExceedDeposits error raised by the Rollup contract.
type RollupDepositsConsumedExceedDeposits struct {
	Deposits uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositsConsumedExceedDeposits(uint64 deposits, uint64 got)
func RollupDepositsConsumedExceedDepositsErrorID() common.Hash {
	return common.HexToHash("0x80c41dc990ebc37f7f62a91e071c494eeb3cb1cfc31cf737146d3dd3644bf17c")
}

// UnpackDepositsConsumedExceedDepositsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositsConsumedExceedDeposits(uint64 deposits, uint64 got)
func (rollup *Rollup) UnpackDepositsConsumedExceedDepositsError(raw []byte) (*RollupDepositsConsumedExceedDeposits, error) {
	out := new(RollupDepositsConsumedExceedDeposits)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositsConsumedExceedDeposits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDuplicateProof represents a DuplicateProof error raised by the Rollup contract.
type RollupDuplicateProof struct {
	ProofIndex *big.Int
	Circuit    [32]byte
	Digest     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateProof(uint256 proofIndex, bytes32 circuit, uint256 digest)
func RollupDuplicateProofErrorID() common.Hash {
	return common.HexToHash("0x85fde5ccb4557240d1e8ec7ab4b6576b5c570a39f7b31f975385f7f024a64093")
}

// UnpackDuplicateProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateProof(uint256 proofIndex, bytes32 circuit, uint256 digest)
func (rollup *Rollup) UnpackDuplicateProofError(raw []byte) (*RollupDuplicateProof, error) {
	out := new(RollupDuplicateProof)
	if err := rollup.abi.UnpackIntoInterface(out, "DuplicateProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEmptyCID represents a EmptyCID error raised by the Rollup contract.
type RollupEmptyCID struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCID()
func RollupEmptyCIDErrorID() common.Hash {
	return common.HexToHash("0x63ee91d0947d004b282301341a3602fdd7379350a03e633be7225d15f705944a")
}

// UnpackEmptyCIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCID()
func (rollup *Rollup) UnpackEmptyCIDError(raw []byte) (*RollupEmptyCID, error) {
	out := new(RollupEmptyCID)
	if err := rollup.abi.UnpackIntoInterface(out, "EmptyCID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidLossProof represents a InvalidLossProof error raised by the Rollup contract.
type RollupInvalidLossProof struct {
	ProofIndex *big.Int
	Digest     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLossProof(uint256 proofIndex, uint256 digest)
func RollupInvalidLossProofErrorID() common.Hash {
	return common.HexToHash("0x4c96acb8d5a34f303192e31b46d93449e2fc647478dbc1f1890f0020d09bc593")
}

// UnpackInvalidLossProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLossProof(uint256 proofIndex, uint256 digest)
func (rollup *Rollup) UnpackInvalidLossProofError(raw []byte) (*RollupInvalidLossProof, error) {
	out := new(RollupInvalidLossProof)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidLossProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupL2HeightDecreased represents a L2HeightDecreased error raised by the Rollup contract.
type RollupL2HeightDecreased struct {
	Previous uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error L2HeightDecreased(uint64 previous, uint64 got)
func RollupL2HeightDecreasedErrorID() common.Hash {
	return common.HexToHash("0x396db8a528c1f2f2bfb54dc8f61246da1773850f1598ef1b2983526051e5ef3f")
}

// UnpackL2HeightDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error L2HeightDecreased(uint64 previous, uint64 got)
func (rollup *Rollup) UnpackL2HeightDecreasedError(raw []byte) (*RollupL2HeightDecreased, error) {
	out := new(RollupL2HeightDecreased)
	if err := rollup.abi.UnpackIntoInterface(out, "L2HeightDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupLengthMismatch represents a LengthMismatch error raised by the Rollup contract.
type RollupLengthMismatch struct {
	Circuits  *big.Int
	Verifiers *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 circuits, uint256 verifiers)
func RollupLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 circuits, uint256 verifiers)
func (rollup *Rollup) UnpackLengthMismatchError(raw []byte) (*RollupLengthMismatch, error) {
	out := new(RollupLengthMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotSequencer represents a NotSequencer error raised by the Rollup contract.
type RollupNotSequencer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSequencer(address caller)
func RollupNotSequencerErrorID() common.Hash {
	return common.HexToHash("0x0596787718e4a3212038e1b1501f602a660a34700b149722180893ceaca0f8ed")
}

// UnpackNotSequencerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSequencer(address caller)
func (rollup *Rollup) UnpackNotSequencerError(raw []byte) (*RollupNotSequencer, error) {
	out := new(RollupNotSequencer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotSequencer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Rollup contract.
type RollupOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RollupOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (rollup *Rollup) UnpackOwnableInvalidOwnerError(raw []byte) (*RollupOwnableInvalidOwner, error) {
	out := new(RollupOwnableInvalidOwner)
	if err := rollup.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Rollup contract.
type RollupOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RollupOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (rollup *Rollup) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RollupOwnableUnauthorizedAccount, error) {
	out := new(RollupOwnableUnauthorizedAccount)
	if err := rollup.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupPrevStateRootMismatch represents a PrevStateRootMismatch error raised by the Rollup contract.
type RollupPrevStateRootMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PrevStateRootMismatch(bytes32 expected, bytes32 got)
func RollupPrevStateRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x5db1512d7dde4de80b9951e6d2f7c3e82e9ae019c68d4a66baf6e3e655c9711b")
}

// UnpackPrevStateRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PrevStateRootMismatch(bytes32 expected, bytes32 got)
func (rollup *Rollup) UnpackPrevStateRootMismatchError(raw []byte) (*RollupPrevStateRootMismatch, error) {
	out := new(RollupPrevStateRootMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "PrevStateRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupProofReplayed represents a ProofReplayed error raised by the Rollup contract.
type RollupProofReplayed struct {
	ProofIndex *big.Int
	Circuit    [32]byte
	Digest     *big.Int
	BatchIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofReplayed(uint256 proofIndex, bytes32 circuit, uint256 digest, uint64 batchIndex)
func RollupProofReplayedErrorID() common.Hash {
	return common.HexToHash("0x08306ca086f7b0755a01dc0cd2aba788df911369c25d4141d93b76b0be8fa968")
}

// UnpackProofReplayedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofReplayed(uint256 proofIndex, bytes32 circuit, uint256 digest, uint64 batchIndex)
func (rollup *Rollup) UnpackProofReplayedError(raw []byte) (*RollupProofReplayed, error) {
	out := new(RollupProofReplayed)
	if err := rollup.abi.UnpackIntoInterface(out, "ProofReplayed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupProofsHashMismatch represents a ProofsHashMismatch error raised by the Rollup contract.
type RollupProofsHashMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofsHashMismatch(bytes32 expected, bytes32 got)
func RollupProofsHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xd7d4666178bb000c778547062b6808359726321f5e60dbaeed4a6f99c9d1953d")
}

// UnpackProofsHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofsHashMismatch(bytes32 expected, bytes32 got)
func (rollup *Rollup) UnpackProofsHashMismatchError(raw []byte) (*RollupProofsHashMismatch, error) {
	out := new(RollupProofsHashMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "ProofsHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTooManyProofs represents a TooManyProofs error raised by the Rollup contract.
type RollupTooManyProofs struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyProofs(uint256 count)
func RollupTooManyProofsErrorID() common.Hash {
	return common.HexToHash("0x854bb1e3b3ecbfdd5cd96b821d2cec600fcc0e7d9b2ef0f80d6716b58621145c")
}

// UnpackTooManyProofsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyProofs(uint256 count)
func (rollup *Rollup) UnpackTooManyProofsError(raw []byte) (*RollupTooManyProofs, error) {
	out := new(RollupTooManyProofs)
	if err := rollup.abi.UnpackIntoInterface(out, "TooManyProofs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnexpectedBatchIndex represents a UnexpectedBatchIndex error raised by the Rollup contract.
type RollupUnexpectedBatchIndex struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedBatchIndex(uint64 expected, uint64 got)
func RollupUnexpectedBatchIndexErrorID() common.Hash {
	return common.HexToHash("0x5dadd6f325ea595b3baa385e8ccb45dc5a74a7c362a33eba597d5cee070277ec")
}

// UnpackUnexpectedBatchIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedBatchIndex(uint64 expected, uint64 got)
func (rollup *Rollup) UnpackUnexpectedBatchIndexError(raw []byte) (*RollupUnexpectedBatchIndex, error) {
	out := new(RollupUnexpectedBatchIndex)
	if err := rollup.abi.UnpackIntoInterface(out, "UnexpectedBatchIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownBatch represents a UnknownBatch error raised by the Rollup contract.
type RollupUnknownBatch struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint64 index)
func RollupUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x29323ffff0d2ae0465a5a02be95b40fbdb0fc0656d05f820f3904c4580a7b0c1")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint64 index)
func (rollup *Rollup) UnpackUnknownBatchError(raw []byte) (*RollupUnknownBatch, error) {
	out := new(RollupUnknownBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownCircuit represents a UnknownCircuit error raised by the Rollup contract.
type RollupUnknownCircuit struct {
	ProofIndex *big.Int
	Circuit    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCircuit(uint256 proofIndex, bytes32 circuit)
func RollupUnknownCircuitErrorID() common.Hash {
	return common.HexToHash("0x746912c72757fbde61b4e3cff582a1f8c45fbe8f902e57583b097c9d3f09ac28")
}

// UnpackUnknownCircuitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCircuit(uint256 proofIndex, bytes32 circuit)
func (rollup *Rollup) UnpackUnknownCircuitError(raw []byte) (*RollupUnknownCircuit, error) {
	out := new(RollupUnknownCircuit)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownCircuit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAddress represents a ZeroAddress error raised by the Rollup contract.
type RollupZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RollupZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rollup *Rollup) UnpackZeroAddressError(raw []byte) (*RollupZeroAddress, error) {
	out := new(RollupZeroAddress)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroChainId represents a ZeroChainId error raised by the Rollup contract.
type RollupZeroChainId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroChainId()
func RollupZeroChainIdErrorID() common.Hash {
	return common.HexToHash("0xc84885d4d488ecee54c09de6573fd132cf4459b419a94f8a2e5beae184696377")
}

// UnpackZeroChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroChainId()
func (rollup *Rollup) UnpackZeroChainIdError(raw []byte) (*RollupZeroChainId, error) {
	out := new(RollupZeroChainId)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
