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

// FaultProverBatchClaim is an auto generated low-level Go binding around an user-defined struct.
type FaultProverBatchClaim struct {
	StepRoot         [32]byte
	StepCount        uint64
	PrevRoot         [32]byte
	StateRoot        [32]byte
	WithdrawalRoot   [32]byte
	MessageRoot      [32]byte
	L2Height         uint64
	DepositsConsumed uint64
	ForcedConsumed   uint64
}

// FaultProverEndChallenge is an auto generated low-level Go binding around an user-defined struct.
type FaultProverEndChallenge struct {
	Last         FaultProverLeaf
	Path         [][32]byte
	GlobalsProof []byte
}

// FaultProverLeaf is an auto generated low-level Go binding around an user-defined struct.
type FaultProverLeaf struct {
	Input  [32]byte
	Root   [32]byte
	Wcount uint64
	Wnodes [][32]byte
	Mcount uint64
	Mnodes [][32]byte
}

// FaultProverStepChallenge is an auto generated low-level Go binding around an user-defined struct.
type FaultProverStepChallenge struct {
	Step     uint64
	Pre      FaultProverLeaf
	PrePath  [][32]byte
	Post     FaultProverLeaf
	PostPath [][32]byte
	Input    []byte
	Witness  [][]byte
}

// LossCircuitsClaim is an auto generated low-level Go binding around an user-defined struct.
type LossCircuitsClaim struct {
	WeightCommitment [32]byte
	DatasetRoot      [32]byte
	N                uint64
	TraceRoot        [32]byte
	ClaimedLossSum   uint64
	Seed             [32]byte
	Trainer          common.Address
	Mlsc             uint64
	Round            uint64
}

// ModelNFTModel is an auto generated low-level Go binding around an user-defined struct.
type ModelNFTModel struct {
	CheckpointCid []byte
	Weights       [32]byte
	LossSum       uint64
	ProofBatch    uint64
	MessageBatch  uint64
	MessageId     uint64
}

// RollupBatch is an auto generated low-level Go binding around an user-defined struct.
type RollupBatch struct {
	Index            uint64
	SubmittedAt      uint64
	PrevStateRoot    [32]byte
	StateRoot        [32]byte
	WithdrawalRoot   [32]byte
	MessageRoot      [32]byte
	DepositsConsumed uint64
	L2Height         uint64
	ForcedConsumed   uint64
	ProofCount       uint32
	StepRoot         [32]byte
	StepCount        uint64
	DataHash         [32]byte
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
	ForcedConsumed   uint64
	ProofsHash       [32]byte
	StepRoot         [32]byte
	StepCount        uint64
	MessageRoot      [32]byte
}

// RollupLossProof is an auto generated low-level Go binding around an user-defined struct.
type RollupLossProof struct {
	Circuit [32]byte
	Proof   []byte
	Digest  *big.Int
}

// RollupSettings is an auto generated low-level Go binding around an user-defined struct.
type RollupSettings struct {
	FinalizationPeriod uint64
	ForcedWindow       uint64
	ExodusDelay        uint64
	FaultProver        common.Address
	SequencerBond      *big.Int
	Fees               StepStateFeeRule
	DataChallenge      common.Address
	MinStake           *big.Int
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

// StepRoundsBody is an auto generated low-level Go binding around an user-defined struct.
type StepRoundsBody struct {
	Nonce         uint64
	Mlsc          uint64
	Round         uint64
	Commitment    [32]byte
	CheckpointCID []byte
	Weights       [32]byte
	TraceCID      []byte
	TraceRoot     [32]byte
	LossSum       uint64
	Salt          [32]byte
}

// StepStateContext is an auto generated low-level Go binding around an user-defined struct.
type StepStateContext struct {
	ChainId  uint64
	Rollup   common.Address
	Bridge   common.Address
	Fees     StepStateFeeRule
	MinStake *big.Int
}

// StepStateExec is an auto generated low-level Go binding around an user-defined struct.
type StepStateExec struct {
	Root             [32]byte
	Next             *big.Int
	WithdrawalLeaf   [32]byte
	Forced           bool
	ForcedIndex      uint64
	ForcedOutOfOrder bool
	Units            uint64
}

// StepStateFeeRule is an auto generated low-level Go binding around an user-defined struct.
type StepStateFeeRule struct {
	MinBaseFee  *big.Int
	TargetUnits uint64
	BurnBps     uint64
	Recipient   common.Address
}

// StepStateTx is an auto generated low-level Go binding around an user-defined struct.
type StepStateTx struct {
	Typ      uint8
	Nonce    uint64
	From     common.Address
	To       common.Address
	Amount   *big.Int
	Inner    []byte
	L1Number uint64
	L1Hash   [32]byte
	Size     *big.Int
	FeeCap   *big.Int
	Mlsc     uint64
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractNRN\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractRollup\",\"name\":\"rollup_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"BatchNotFinalized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BridgeClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"DepositAlreadyRefunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"consumed\",\"type\":\"uint64\"}],\"name\":\"DepositConsumed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"}],\"name\":\"EscrowAlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"InvalidStateProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"InvalidWithdrawalProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"MalformedStateEntry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRollup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToExit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"RollupBridgeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"UnknownDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"WithdrawalAlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"}],\"name\":\"AccountExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Closed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DepositRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"}],\"name\":\"EscrowExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minted\",\"type\":\"uint256\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"batch\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"closed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"depositAccumulator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"escrowExited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"exitAccount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"exitEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lockedBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"refundDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"refunded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractNRN\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"verifyStateEntry\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawalLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "0f63913e23f5606633e3d4f8c7c6313d17",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161396938038061396983398101604081905261002e916102f7565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b306001600160a01b0316816001600160a01b031663e78cea926040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100d3919061032f565b6001600160a01b03161461016a57806001600160a01b031663e78cea926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561011d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610141919061032f565b60405163a7e37e1b60e01b81526001600160a01b03909116600482015260240160405180910390fd5b816001600160a01b03166391d14854836001600160a01b031663d53913936040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101b5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d99190610351565b6040516001600160e01b031960e084901b1681526004810191909152306024820152604401602060405180830381865afa158015610219573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061023d9190610368565b61025a57604051633e34a41b60e21b815260040160405180910390fd5b6001600160a01b03808316608052811660a08190526040805163d6ae3cd560e01b8152905163d6ae3cd5916004808201926020929091908290030181865afa1580156102a8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102cc9190610387565b6001600160401b031660c052506103ad9050565b6001600160a01b03811681146102f4575f5ffd5b50565b5f5f60408385031215610308575f5ffd5b8251610313816102e0565b6020840151909250610324816102e0565b809150509250929050565b5f6020828403121561033f575f5ffd5b815161034a816102e0565b9392505050565b5f60208284031215610361575f5ffd5b5051919050565b5f60208284031215610378575f5ffd5b8151801515811461034a575f5ffd5b5f60208284031215610397575f5ffd5b81516001600160401b038116811461034a575f5ffd5b60805160a05160c0516135456104245f395f81816102f2015261090801525f81816102b30152818161045c015281816106ca01528181610938015281816109c401528181610ce10152610ed301525f818161033b0152818161064101528181610c270152818161147801526114cb01526135455ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c80636ae3830c116100a9578063c9d208e51161006e578063c9d208e51461029b578063cb23bcb5146102ae578063d6ae3cd5146102ed578063f7a54d5114610314578063fc0c546a14610336575f5ffd5b80636ae3830c146102285780637b80889b1461023b5780639794e574146102445780639e8da54314610266578063accbd1e314610288575f5ffd5b806347e7ef24116100ef57806347e7ef24146101aa5780634c3021b2146101bd57806357e45ee0146101d0578063597e1fb514610202578063612e935014610215575f5ffd5b80630868155d146101205780632ac86594146101495780632dfdf0b51461017657806343d726d6146101a0575b5f5ffd5b61013361012e366004612c7b565b61035d565b6040516101409190612d45565b60405180910390f35b610168610157366004612d7e565b60036020525f908152604090205481565b604051908152602001610140565b5f54610188906001600160401b031681565b6040516001600160401b039091168152602001610140565b6101a8610451565b005b6101886101b8366004612daf565b6104dc565b6101a86101cb366004612dd7565b6106c7565b6101f26101de366004612d7e565b60056020525f908152604090205460ff1681565b6040519015158152602001610140565b5f546101f290600160401b900460ff1681565b610168610223366004612e25565b6108fa565b6101a8610236366004612e25565b6109c1565b61016860015481565b6101f2610252366004612d7e565b60066020525f908152604090205460ff1681565b6101f2610274366004612d7e565b60026020525f908152604090205460ff1681565b6101a8610296366004612e6f565b610ca3565b6101a86102a9366004612f08565b610ed0565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610140565b6101887f000000000000000000000000000000000000000000000000000000000000000081565b6101f2610322366004612f25565b60046020525f908152604090205460ff1681565b6102d57f000000000000000000000000000000000000000000000000000000000000000081565b60605f6103b36103ae88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506103a892508991508a9050612fa8565b86611124565b611146565b905080516002141580610405575086866040516103d1929190613071565b60405180910390206103fb825f815181106103ee576103ee613080565b602002602001015161115f565b8051906020012014155b1561043057868660405163782dd22560e11b81526004016104279291906130bc565b60405180910390fd5b610446816001815181106103ee576103ee613080565b979650505050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461049c57604051638fe3dc5360e01b8152336004820152602401610427565b5f805468ff00000000000000001916600160401b1781556040517f1cdde67b72a90f19919ac732a437ac2f7a10fc128d28c2a6e525d89ce5cd9d3a9190a1565b5f8054600160401b900460ff1615610507576040516372b9f32360e01b815260040160405180910390fd5b6001600160a01b03831661052e5760405163d27b444360e01b815260040160405180910390fd5b815f0361054e57604051631f2a200560e01b815260040160405180910390fd5b505f546001600160401b03166105658160016130e3565b5f805467ffffffffffffffff19166001600160401b03928316178155908216156105bc5760035f610597600185613102565b6001600160401b03166001600160401b031681526020019081526020015f20546105be565b5f5b604080516020810183905233918101919091526001600160a01b03861660608201526080810185905290915060a00160408051601f1981840301815291815281516020928301206001600160401b0385165f9081526003909352908220556001805485929061062e908490613121565b9091555061066990506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308661127f565b836001600160a01b0316336001600160a01b0316836001600160401b03167f3058c9982050baca4b61c4c19150229f108f491b297706a6e1d190eb8399a974866040516106b891815260200190565b60405180910390a45092915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166369e8cb286040518163ffffffff1660e01b8152600401606060405180830381865afa158015610724573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107489190613134565b50506001600160a01b0385165f9081526004602052604090205490915060ff1615610791576040516307cb805760e41b81526001600160a01b0385166004820152602401610427565b60408051606160f81b6020820152606086901b6001600160601b03191660218201528151601581830301815260359091019091525f6107d2828686866112ec565b905080516004146107f8578160405163782dd22560e11b81526004016104279190612d45565b5f61081d8260018151811061080f5761080f613080565b602002602001015184611384565b90505f6108448360028151811061083657610836613080565b602002602001015185611384565b90505f6108518284613121565b9050805f036108735760405163250f90c760e21b815260040160405180910390fd5b6001600160a01b0389165f908152600460205260408120805460ff1916600117905561089f8a8361142b565b60408051868152602081018690529081018290529091506001600160a01b038b16907f3fcf65cec8957ce4bcde2452915ed5eaaf8b3104cdffc952b8157958fd2cbe9f9060600160405180910390a250505050505050505050565b604080516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811660208301526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169383019390935286166060820152818516608082015290831660a082015260c081018290525f9060e00160408051601f19818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090505b949350505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166369e8cb286040518163ffffffff1660e01b8152600401606060405180830381865afa158015610a1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a429190613134565b5f549093506001600160401b03908116908816109150610a82905057604051638160b47b60e01b81526001600160401b0386166004820152602401610427565b806001600160401b0316856001600160401b03161015610ac8576040516349f9716f60e11b81526001600160401b03808716600483015282166024820152604401610427565b6001600160401b0385165f9081526006602052604090205460ff1615610b0f5760405160016235271360e21b031981526001600160401b0386166004820152602401610427565b5f6001600160401b03861615610b525760035f610b2d600189613102565b6001600160401b03166001600160401b031681526020019081526020015f2054610b54565b5f5b6001600160401b0387165f908152600360209081526040918290205482519182018490526001600160a01b03808a16938301939093529187166060820152608081018690529192509060a0016040516020818303038152906040528051906020012014610bdf57604051638160b47b60e01b81526001600160401b0387166004820152602401610427565b6001600160401b0386165f908152600660205260408120805460ff191660019081179091558054859290610c14908490613174565b90915550610c4e90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016868561152a565b846001600160a01b0316866001600160401b03167fca2e94a7eba592b74b0dc838c68a69ff20218762725adacbc234a229904f888885604051610c9391815260200190565b60405180910390a3505050505050565b6001600160a01b038416610cca5760405163d27b444360e01b815260040160405180910390fd5b60405163bc9fa0a560e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bc9fa0a590610d16908a9060040161319a565b602060405180830381865afa158015610d31573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d55919061329c565b610d8b57610d666020880188612d7e565b6040516389bf37d160e01b81526001600160401b039091166004820152602401610427565b6001600160401b0386165f9081526002602052604090205460ff1615610dcf576040516351224e0160e11b81526001600160401b0387166004820152602401610427565b610dea82828960800135610de58a8a8a8a6108fa565b611560565b610e2857610dfb6020880188612d7e565b604051630362dec560e31b81526001600160401b0391821660048201529087166024820152604401610427565b6001600160401b0386165f908152600260205260408120805460ff19166001179055610e54858561142b565b90506001600160a01b038516610e6d60208a018a612d7e565b604080516001600160a01b038a168152602081018890529081018490526001600160401b03918216918a16907f895b803aa70fb955177a50f658708e99f0c7fbf5aff277c03b4e0972a700e8509060600160405180910390a45050505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166369e8cb286040518163ffffffff1660e01b8152600401606060405180830381865afa158015610f2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f519190613134565b50506001600160401b0385165f9081526005602052604090205490915060ff1615610f9a57604051638b39951360e01b81526001600160401b0385166004820152602401610427565b60408051606d60f81b602082015260c086901b6001600160c01b03191660218201528151600981830301815260299091019091525f610fdb828686866112ec565b90508051600c14611001578160405163782dd22560e11b81526004016104279190612d45565b5f611018826001815181106103ee576103ee613080565b9050805160141461103e578260405163782dd22560e11b81526004016104279190612d45565b5f611048826132bb565b60601c90505f6110728460038151811061106457611064613080565b602002602001015186611384565b9050805f036110945760405163250f90c760e21b815260040160405180910390fd5b6001600160401b0389165f908152600560205260408120805460ff191660011790556110c0838361142b565b9050826001600160a01b03168a6001600160401b03167fc1bd15f1abcb41c05dd2f41fc5849a41754acdabfd31cc0e15a48060bc8fb5a18484604051611110929190918252602082015260400190565b60405180910390a350505050505050505050565b60605f61113085611577565b905061113d8185856115a9565b95945050505050565b606061115961115483611e1e565b611e6f565b92915050565b60605f5f5f61116d8561208c565b919450925090505f816001811115611187576111876132f5565b146111fa5760405162461bcd60e51b815260206004820152603960248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206279746573206973206e6f7420612064617461206974656d000000000000006064820152608401610427565b6112048284613121565b8551146112705760405162461bcd60e51b815260206004820152603460248201527f524c505265616465723a2062797465732076616c756520636f6e7461696e732060448201527330b71034b73b30b634b2103932b6b0b4b73232b960611b6064820152608401610427565b61113d85602001518484612733565b6040516001600160a01b0384811660248301528381166044830152606482018390526112e69186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506127c3565b50505050565b604051630868155d60e01b81526060903090630868155d90611318908890889088908890600401613309565b5f60405180830381865afa92505050801561135457506040513d5f823e601f3d908101601f1916820160405261135191908101906133c5565b60015b61137357846040516304aeee9960e41b81526004016104279190612d45565b61137c81611146565b9150506109b9565b5f5f61138f8461115f565b90506020815111806113ca57505f81511180156113ca5750805f815181106113b9576113b9613080565b01602001516001600160f81b031916155b156113ea578260405163782dd22560e11b81526004016104279190612d45565b5f5b81518110156114235781818151811061140757611407613080565b60209101015160f81c60089390931b92909217916001016113ec565b505092915050565b5f5f60015483111561143f57600154611441565b825b905061144d8184613174565b91508060015f8282546114609190613174565b9091555050801561149f5761149f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016858361152a565b8115611523576040516340c10f1960e01b81526001600160a01b038581166004830152602482018490527f000000000000000000000000000000000000000000000000000000000000000016906340c10f19906044015f604051808303815f87803b15801561150c575f5ffd5b505af115801561151e573d5f5f3e3d5ffd5b505050505b5092915050565b6040516001600160a01b0383811660248301526044820183905261155b91859182169063a9059cbb906064016112b4565b505050565b5f8261156d86868561282f565b1495945050505050565b6060818051906020012060405160200161159391815260200190565b6040516020818303038152906040529050919050565b60605f8451116115f35760405162461bcd60e51b81526020600482015260156024820152744d65726b6c65547269653a20656d707479206b657960581b6044820152606401610427565b5f6115fd84612870565b90505f6116098661295a565b90505f8460405160200161161f91815260200190565b60408051601f1981840301815291905290505f805b8451811015611dc0575f85828151811061165057611650613080565b6020026020010151905084518311156116c25760405162461bcd60e51b815260206004820152602e60248201527f4d65726b6c65547269653a206b657920696e646578206578636565647320746f60448201526d0e8c2d840d6caf240d8cadccee8d60931b6064820152608401610427565b825f03611760578051805160209182012060405161170f926116e992910190815260200190565b604051602081830303815290604052858051602091820120825192909101919091201490565b61175b5760405162461bcd60e51b815260206004820152601d60248201527f4d65726b6c65547269653a20696e76616c696420726f6f7420686173680000006044820152606401610427565b611856565b8051516020116117e6578051805160209182012060405161178a926116e992910190815260200190565b61175b5760405162461bcd60e51b815260206004820152602760248201527f4d65726b6c65547269653a20696e76616c6964206c6172676520696e7465726e6044820152660c2d840d0c2e6d60cb1b6064820152608401610427565b8051845160208087019190912082519190920120146118565760405162461bcd60e51b815260206004820152602660248201527f4d65726b6c65547269653a20696e76616c696420696e7465726e616c206e6f646044820152650ca40d0c2e6d60d31b6064820152608401610427565b61186260106001613121565b816020015151036119fa57845183036119945761188f81602001516010815181106103ee576103ee613080565b96505f8751116119075760405162461bcd60e51b815260206004820152603b60248201527f4d65726b6c65547269653a2076616c7565206c656e677468206d75737420626560448201527f2067726561746572207468616e207a65726f20286272616e63682900000000006064820152608401610427565b600186516119159190613174565b82146119895760405162461bcd60e51b815260206004820152603a60248201527f4d65726b6c65547269653a2076616c7565206e6f6465206d757374206265206c60448201527f617374206e6f646520696e2070726f6f6620286272616e6368290000000000006064820152608401610427565b505050505050611e17565b5f8584815181106119a7576119a7613080565b602001015160f81c60f81b60f81c90505f82602001518260ff16815181106119d1576119d1613080565b602002602001015190506119e4816129bb565b95506119f1600186613121565b94505050611db7565b600281602001515103611d5e575f611a11826129df565b90505f815f81518110611a2657611a26613080565b016020015160f81c90505f611a3c600283613439565b611a47906002613466565b90505f611a57848360ff16612a02565b90505f611a648a89612a02565b90505f611a718383612a37565b905080835114611ae95760405162461bcd60e51b815260206004820152603a60248201527f4d65726b6c65547269653a20706174682072656d61696e646572206d7573742060448201527f736861726520616c6c206e6962626c65732077697468206b65790000000000006064820152608401610427565b60ff851660021480611afe575060ff85166003145b15611c9e5780825114611b795760405162461bcd60e51b815260206004820152603d60248201527f4d65726b6c65547269653a206b65792072656d61696e646572206d757374206260448201527f65206964656e746963616c20746f20706174682072656d61696e6465720000006064820152608401610427565b611b9387602001516001815181106103ee576103ee613080565b9c505f8d5111611c0b5760405162461bcd60e51b815260206004820152603960248201527f4d65726b6c65547269653a2076616c7565206c656e677468206d75737420626560448201527f2067726561746572207468616e207a65726f20286c65616629000000000000006064820152608401610427565b60018c51611c199190613174565b8814611c8d5760405162461bcd60e51b815260206004820152603860248201527f4d65726b6c65547269653a2076616c7565206e6f6465206d757374206265206c60448201527f617374206e6f646520696e2070726f6f6620286c6561662900000000000000006064820152608401610427565b505050505050505050505050611e17565b60ff85161580611cb1575060ff85166001145b15611cf057611cdd8760200151600181518110611cd057611cd0613080565b60200260200101516129bb565b9950611ce9818a613121565b9850611d53565b60405162461bcd60e51b815260206004820152603260248201527f4d65726b6c65547269653a2072656365697665642061206e6f64652077697468604482015271040c2dc40eadcd6dcdeeedc40e0e4caccd2f60731b6064820152608401610427565b505050505050611db7565b60405162461bcd60e51b815260206004820152602860248201527f4d65726b6c65547269653a20726563656976656420616e20756e706172736561604482015267626c65206e6f646560c01b6064820152608401610427565b50600101611634565b5060405162461bcd60e51b815260206004820152602560248201527f4d65726b6c65547269653a2072616e206f7574206f662070726f6f6620656c656044820152646d656e747360d81b6064820152608401610427565b9392505050565b604080518082019091525f80825260208201525f825111611e515760405162461bcd60e51b81526004016104279061347f565b50604080518082019091528151815260209182019181019190915290565b60605f5f5f611e7d8561208c565b919450925090506001816001811115611e9857611e986132f5565b14611f0b5760405162461bcd60e51b815260206004820152603860248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206c697374206973206e6f742061206c697374206974656d00000000000000006064820152608401610427565b8451611f178385613121565b14611f7f5760405162461bcd60e51b815260206004820152603260248201527f524c505265616465723a206c697374206974656d2068617320616e20696e76616044820152713634b2103230ba30903932b6b0b4b73232b960711b6064820152608401610427565b604080516020808252610420820190925290816020015b604080518082019091525f8082526020820152815260200190600190039081611f965790505093505f835b8651811015612080575f5f6120056040518060400160405280858c5f0151611fe99190613174565b8152602001858c60200151611ffe9190613121565b905261208c565b5091509150604051806040016040528083836120219190613121565b8152602001848b602001516120369190613121565b81525088858151811061204b5761204b613080565b6020908102919091010152612061600185613121565b935061206d8183613121565b6120779084613121565b92505050611fc1565b50845250919392505050565b5f5f5f5f845f0151116120b15760405162461bcd60e51b81526004016104279061347f565b602084015180515f1a607f81116120d3575f60015f945094509450505061272c565b60b7811161222c575f6120e7608083613174565b905080875f0151116121655760405162461bcd60e51b815260206004820152604e60248201525f5160206134f05f395f51905f5260448201527f742062652067726561746572207468616e20737472696e67206c656e6774682060648201526d2873686f727420737472696e672960901b608482015260a401610427565b6001838101516001600160f81b03191690821415806121925750600160ff1b6001600160f81b0319821610155b61221a5760405162461bcd60e51b815260206004820152604d60248201527f524c505265616465723a20696e76616c6964207072656669782c2073696e676c60448201527f652062797465203c203078383020617265206e6f74207072656669786564202860648201526c73686f727420737472696e672960981b608482015260a401610427565b506001955093505f925061272c915050565b60bf8111612465575f61224060b783613174565b905080875f0151116122c15760405162461bcd60e51b815260206004820152605160248201525f5160206134f05f395f51905f5260448201527f74206265203e207468616e206c656e677468206f6620737472696e67206c656e60648201527067746820286c6f6e6720737472696e672960781b608482015260a401610427565b60018301516001600160f81b0319165f8190036123465760405162461bcd60e51b815260206004820152604a60248201525f5160206134f05f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152696e6720737472696e672960b01b608482015260a401610427565b600184015160088302610100031c603781116123c85760405162461bcd60e51b815260206004820152604860248201525f5160206134f05f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e6760648201526720737472696e672960c01b608482015260a401610427565b6123d28184613121565b8951116124495760405162461bcd60e51b815260206004820152604c60248201525f5160206134f05f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e677468202860648201526b6c6f6e6720737472696e672960a01b608482015260a401610427565b612454836001613121565b975095505f945061272c9350505050565b60f78111612504575f61247960c083613174565b905080875f0151116124f35760405162461bcd60e51b815260206004820152604a60248201525f5160206134f05f395f51905f5260448201527f742062652067726561746572207468616e206c697374206c656e677468202873606482015269686f7274206c6973742960b01b608482015260a401610427565b60019550935084925061272c915050565b5f61251060f783613174565b905080875f01511161258d5760405162461bcd60e51b815260206004820152604d60248201525f5160206134f05f395f51905f5260448201527f74206265203e207468616e206c656e677468206f66206c697374206c656e677460648201526c6820286c6f6e67206c6973742960981b608482015260a401610427565b60018301516001600160f81b0319165f8190036126105760405162461bcd60e51b815260206004820152604860248201525f5160206134f05f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152676e67206c6973742960c01b608482015260a401610427565b600184015160088302610100031c603781116126905760405162461bcd60e51b815260206004820152604660248201525f5160206134f05f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e67606482015265206c6973742960d01b608482015260a401610427565b61269a8184613121565b89511161270f5760405162461bcd60e51b815260206004820152604a60248201525f5160206134f05f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e67746820286064820152696c6f6e67206c6973742960b01b608482015260a401610427565b61271a836001613121565b975095506001945061272c9350505050565b9193909250565b6060816001600160401b0381111561274d5761274d612f3e565b6040519080825280601f01601f191660200182016040528015612777576020820181803683370190505b5090508115611e17575f61278b8486613121565b9050602082015f5b848110156127ab578281015182820152602001612793565b848111156127b9575f858301525b5050509392505050565b5f5f60205f8451602086015f885af1806127e2576040513d5f823e3d81fd5b50505f513d915081156127f9578060011415612806565b6001600160a01b0384163b155b156112e657604051635274afe760e01b81526001600160a01b0385166004820152602401610427565b5f81815b848110156128675761285d8287878481811061285157612851613080565b90506020020135612ab3565b9150600101612833565b50949350505050565b8051606090806001600160401b0381111561288d5761288d612f3e565b6040519080825280602002602001820160405280156128d257816020015b60408051808201909152606080825260208201528152602001906001900390816128ab5790505b5091505f5b818110156129535760405180604001604052808583815181106128fc576128fc613080565b6020026020010151815260200161292b86848151811061291e5761291e613080565b6020026020010151611146565b81525083828151811061294057612940613080565b60209081029190910101526001016128d7565b5050919050565b606080604051905082518060011b603f8101601f191683016040528083525060208401602083015f5b838110156129b0578060011b8201818401515f1a8060041c8253600f811660018301535050600101612983565b509295945050505050565b60606020825f0151106129d6576129d18261115f565b611159565b61115982612adf565b60606111596129fd83602001515f815181106103ee576103ee613080565b61295a565b606082518210612a20575060408051602081019091525f8152611159565b611e178383848651612a329190613174565b612af3565b5f5f8251845110612a49578251612a4c565b83515b90505b8082108015612aa35750828281518110612a6b57612a6b613080565b602001015160f81c60f81b6001600160f81b031916848381518110612a9257612a92613080565b01602001516001600160f81b031916145b1561152357816001019150612a4f565b5f818310612acd575f828152602084905260409020611e17565b5f838152602083905260409020611e17565b606061115982602001515f845f0151612733565b60608182601f011015612b395760405162461bcd60e51b815260206004820152600e60248201526d736c6963655f6f766572666c6f7760901b6044820152606401610427565b828284011015612b7c5760405162461bcd60e51b815260206004820152600e60248201526d736c6963655f6f766572666c6f7760901b6044820152606401610427565b81830184511015612bc35760405162461bcd60e51b8152602060048201526011602482015270736c6963655f6f75744f66426f756e647360781b6044820152606401610427565b606082158015612be15760405191505f825260208201604052612867565b6040519150601f8416801560200281840101858101878315602002848b0101015b81831015612c1a578051835260209283019201612c02565b5050858452601f01601f1916604052505090509392505050565b5f5f83601f840112612c44575f5ffd5b5081356001600160401b03811115612c5a575f5ffd5b6020830191508360208260051b8501011115612c74575f5ffd5b9250929050565b5f5f5f5f5f60608688031215612c8f575f5ffd5b85356001600160401b03811115612ca4575f5ffd5b8601601f81018813612cb4575f5ffd5b80356001600160401b03811115612cc9575f5ffd5b886020828401011115612cda575f5ffd5b6020918201965094508601356001600160401b03811115612cf9575f5ffd5b612d0588828901612c34565b96999598509660400135949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f611e176020830184612d17565b6001600160401b0381168114612d6b575f5ffd5b50565b8035612d7981612d57565b919050565b5f60208284031215612d8e575f5ffd5b8135611e1781612d57565b80356001600160a01b0381168114612d79575f5ffd5b5f5f60408385031215612dc0575f5ffd5b612dc983612d99565b946020939093013593505050565b5f5f5f60408486031215612de9575f5ffd5b612df284612d99565b925060208401356001600160401b03811115612e0c575f5ffd5b612e1886828701612c34565b9497909650939450505050565b5f5f5f5f60808587031215612e38575f5ffd5b8435612e4381612d57565b9350612e5160208601612d99565b9250612e5f60408601612d99565b9396929550929360600135925050565b5f5f5f5f5f5f5f878903610240811215612e87575f5ffd5b6101a0811215612e95575f5ffd5b508796506101a0880135612ea881612d57565b9550612eb76101c08901612d99565b9450612ec66101e08901612d99565b935061020088013592506102208801356001600160401b03811115612ee9575f5ffd5b612ef58a828b01612c34565b989b979a50959850939692959293505050565b5f5f5f60408486031215612f1a575f5ffd5b8335612df281612d57565b5f60208284031215612f35575f5ffd5b611e1782612d99565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715612f7a57612f7a612f3e565b604052919050565b5f6001600160401b03821115612f9a57612f9a612f3e565b50601f01601f191660200190565b5f6001600160401b03831115612fc057612fc0612f3e565b8260051b612fd060208201612f52565b84815290830190602081019036831115612fe8575f5ffd5b845b838110156130675780356001600160401b03811115613007575f5ffd5b860136601f820112613017575f5ffd5b803561302a61302582612f82565b612f52565b81815236602083850101111561303e575f5ffd5b816020840160208301375f60208383010152808652505050602083019250602081019050612fea565b5095945050505050565b818382375f9101908152919050565b634e487b7160e01b5f52603260045260245ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f6109b9602083018486613094565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115611159576111596130cf565b6001600160401b038281168282160390811115611159576111596130cf565b80820180821115611159576111596130cf565b5f5f5f60608486031215613146575f5ffd5b83519250602084015161315881612d57565b604085015190925061316981612d57565b809150509250925092565b81810381811115611159576111596130cf565b803563ffffffff81168114612d79575f5ffd5b6101a081016131b9826131ac85612d6e565b6001600160401b03169052565b6131c560208401612d6e565b6001600160401b0316602083015260408381013590830152606080840135908301526080808401359083015260a0808401359083015261320760c08401612d6e565b6001600160401b031660c083015261322160e08401612d6e565b6001600160401b031660e083015261323c6101008401612d6e565b6001600160401b03166101008301526132586101208401613187565b63ffffffff16610120830152610140838101359083015261327c6101608401612d6e565b6001600160401b0381166101608401525061018092830135919092015290565b5f602082840312156132ac575f5ffd5b81518015158114611e17575f5ffd5b805160208201516001600160601b0319811691906014821015612953576001600160601b031960149290920360031b82901b161692915050565b634e487b7160e01b5f52602160045260245ffd5b606081525f61331b6060830187612d17565b82810360208401528085825260208201905060208660051b830101875f601e198a3603015b898210156133ad57858403601f19018552823581811261335e575f5ffd5b8b016020810190356001600160401b03811115613379575f5ffd5b803603821315613387575f5ffd5b613392868284613094565b95505050602083019250602085019450600182019150613340565b50505080935050505082604083015295945050505050565b5f602082840312156133d5575f5ffd5b81516001600160401b038111156133ea575f5ffd5b8201601f810184136133fa575f5ffd5b805161340861302582612f82565b81815285602083850101111561341c575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b5f60ff83168061345757634e487b7160e01b5f52601260045260245ffd5b8060ff84160691505092915050565b60ff8281168282160390811115611159576111596130cf565b6020808252604a908201527f524c505265616465723a206c656e677468206f6620616e20524c50206974656d60408201527f206d7573742062652067726561746572207468616e207a65726f20746f206265606082015269206465636f6461626c6560b01b608082015260a0019056fe524c505265616465723a206c656e677468206f6620636f6e74656e74206d7573a264697066735822122059b99dd86c23aabd81bab360b28e9fab7f429e66a85f91db8c99b2d2a35c49b764736f6c634300081e0033",
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
// the contract method with ID 0xaccbd1e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWithdrawal((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) batch, uint64 id, address from, address to, uint256 amount, bytes32[] proof) returns()
func (bridge *Bridge) PackClaimWithdrawal(batch RollupBatch, id uint64, from common.Address, to common.Address, amount *big.Int, proof [][32]byte) []byte {
	enc, err := bridge.abi.Pack("claimWithdrawal", batch, id, from, to, amount, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaccbd1e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWithdrawal((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) batch, uint64 id, address from, address to, uint256 amount, bytes32[] proof) returns()
func (bridge *Bridge) TryPackClaimWithdrawal(batch RollupBatch, id uint64, from common.Address, to common.Address, amount *big.Int, proof [][32]byte) ([]byte, error) {
	return bridge.abi.Pack("claimWithdrawal", batch, id, from, to, amount, proof)
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

// PackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43d726d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function close() returns()
func (bridge *Bridge) PackClose() []byte {
	enc, err := bridge.abi.Pack("close")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43d726d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function close() returns()
func (bridge *Bridge) TryPackClose() ([]byte, error) {
	return bridge.abi.Pack("close")
}

// PackClosed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x597e1fb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closed() view returns(bool)
func (bridge *Bridge) PackClosed() []byte {
	enc, err := bridge.abi.Pack("closed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClosed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x597e1fb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closed() view returns(bool)
func (bridge *Bridge) TryPackClosed() ([]byte, error) {
	return bridge.abi.Pack("closed")
}

// UnpackClosed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x597e1fb5.
//
// Solidity: function closed() view returns(bool)
func (bridge *Bridge) UnpackClosed(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("closed", data)
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

// PackDepositAccumulator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ac86594.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositAccumulator(uint64 ) view returns(bytes32)
func (bridge *Bridge) PackDepositAccumulator(arg0 uint64) []byte {
	enc, err := bridge.abi.Pack("depositAccumulator", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositAccumulator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ac86594.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositAccumulator(uint64 ) view returns(bytes32)
func (bridge *Bridge) TryPackDepositAccumulator(arg0 uint64) ([]byte, error) {
	return bridge.abi.Pack("depositAccumulator", arg0)
}

// UnpackDepositAccumulator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ac86594.
//
// Solidity: function depositAccumulator(uint64 ) view returns(bytes32)
func (bridge *Bridge) UnpackDepositAccumulator(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("depositAccumulator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackEscrowExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e45ee0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowExited(uint64 ) view returns(bool)
func (bridge *Bridge) PackEscrowExited(arg0 uint64) []byte {
	enc, err := bridge.abi.Pack("escrowExited", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57e45ee0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowExited(uint64 ) view returns(bool)
func (bridge *Bridge) TryPackEscrowExited(arg0 uint64) ([]byte, error) {
	return bridge.abi.Pack("escrowExited", arg0)
}

// UnpackEscrowExited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57e45ee0.
//
// Solidity: function escrowExited(uint64 ) view returns(bool)
func (bridge *Bridge) UnpackEscrowExited(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("escrowExited", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExitAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c3021b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitAccount(address account, bytes[] proof) returns()
func (bridge *Bridge) PackExitAccount(account common.Address, proof [][]byte) []byte {
	enc, err := bridge.abi.Pack("exitAccount", account, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c3021b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitAccount(address account, bytes[] proof) returns()
func (bridge *Bridge) TryPackExitAccount(account common.Address, proof [][]byte) ([]byte, error) {
	return bridge.abi.Pack("exitAccount", account, proof)
}

// PackExitEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d208e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitEscrow(uint64 mlsc, bytes[] proof) returns()
func (bridge *Bridge) PackExitEscrow(mlsc uint64, proof [][]byte) []byte {
	enc, err := bridge.abi.Pack("exitEscrow", mlsc, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d208e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitEscrow(uint64 mlsc, bytes[] proof) returns()
func (bridge *Bridge) TryPackExitEscrow(mlsc uint64, proof [][]byte) ([]byte, error) {
	return bridge.abi.Pack("exitEscrow", mlsc, proof)
}

// PackExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a54d51.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exited(address ) view returns(bool)
func (bridge *Bridge) PackExited(arg0 common.Address) []byte {
	enc, err := bridge.abi.Pack("exited", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a54d51.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exited(address ) view returns(bool)
func (bridge *Bridge) TryPackExited(arg0 common.Address) ([]byte, error) {
	return bridge.abi.Pack("exited", arg0)
}

// UnpackExited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7a54d51.
//
// Solidity: function exited(address ) view returns(bool)
func (bridge *Bridge) UnpackExited(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("exited", data)
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

// PackRefundDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ae3830c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundDeposit(uint64 nonce, address from, address to, uint256 amount) returns()
func (bridge *Bridge) PackRefundDeposit(nonce uint64, from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := bridge.abi.Pack("refundDeposit", nonce, from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ae3830c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundDeposit(uint64 nonce, address from, address to, uint256 amount) returns()
func (bridge *Bridge) TryPackRefundDeposit(nonce uint64, from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return bridge.abi.Pack("refundDeposit", nonce, from, to, amount)
}

// PackRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9794e574.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refunded(uint64 ) view returns(bool)
func (bridge *Bridge) PackRefunded(arg0 uint64) []byte {
	enc, err := bridge.abi.Pack("refunded", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9794e574.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refunded(uint64 ) view returns(bool)
func (bridge *Bridge) TryPackRefunded(arg0 uint64) ([]byte, error) {
	return bridge.abi.Pack("refunded", arg0)
}

// UnpackRefunded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9794e574.
//
// Solidity: function refunded(uint64 ) view returns(bool)
func (bridge *Bridge) UnpackRefunded(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("refunded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackVerifyStateEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0868155d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyStateEntry(bytes key, bytes[] proof, bytes32 root) pure returns(bytes value)
func (bridge *Bridge) PackVerifyStateEntry(key []byte, proof [][]byte, root [32]byte) []byte {
	enc, err := bridge.abi.Pack("verifyStateEntry", key, proof, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyStateEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0868155d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyStateEntry(bytes key, bytes[] proof, bytes32 root) pure returns(bytes value)
func (bridge *Bridge) TryPackVerifyStateEntry(key []byte, proof [][]byte, root [32]byte) ([]byte, error) {
	return bridge.abi.Pack("verifyStateEntry", key, proof, root)
}

// UnpackVerifyStateEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0868155d.
//
// Solidity: function verifyStateEntry(bytes key, bytes[] proof, bytes32 root) pure returns(bytes value)
func (bridge *Bridge) UnpackVerifyStateEntry(data []byte) ([]byte, error) {
	out, err := bridge.abi.Unpack("verifyStateEntry", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
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

// BridgeAccountExited represents a AccountExited event raised by the Bridge contract.
type BridgeAccountExited struct {
	Account common.Address
	Balance *big.Int
	Stake   *big.Int
	Minted  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeAccountExitedEventName = "AccountExited"

// ContractEventName returns the user-defined event name.
func (BridgeAccountExited) ContractEventName() string {
	return BridgeAccountExitedEventName
}

// UnpackAccountExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountExited(address indexed account, uint256 balance, uint256 stake, uint256 minted)
func (bridge *Bridge) UnpackAccountExitedEvent(log *types.Log) (*BridgeAccountExited, error) {
	event := "AccountExited"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeAccountExited)
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

// BridgeClosed represents a Closed event raised by the Bridge contract.
type BridgeClosed struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BridgeClosedEventName = "Closed"

// ContractEventName returns the user-defined event name.
func (BridgeClosed) ContractEventName() string {
	return BridgeClosedEventName
}

// UnpackClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Closed()
func (bridge *Bridge) UnpackClosedEvent(log *types.Log) (*BridgeClosed, error) {
	event := "Closed"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeClosed)
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

// BridgeDepositRefunded represents a DepositRefunded event raised by the Bridge contract.
type BridgeDepositRefunded struct {
	Nonce  uint64
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgeDepositRefundedEventName = "DepositRefunded"

// ContractEventName returns the user-defined event name.
func (BridgeDepositRefunded) ContractEventName() string {
	return BridgeDepositRefundedEventName
}

// UnpackDepositRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositRefunded(uint64 indexed nonce, address indexed from, uint256 amount)
func (bridge *Bridge) UnpackDepositRefundedEvent(log *types.Log) (*BridgeDepositRefunded, error) {
	event := "DepositRefunded"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeDepositRefunded)
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

// BridgeEscrowExited represents a EscrowExited event raised by the Bridge contract.
type BridgeEscrowExited struct {
	Mlsc    uint64
	Creator common.Address
	Amount  *big.Int
	Minted  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeEscrowExitedEventName = "EscrowExited"

// ContractEventName returns the user-defined event name.
func (BridgeEscrowExited) ContractEventName() string {
	return BridgeEscrowExitedEventName
}

// UnpackEscrowExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowExited(uint64 indexed mlsc, address indexed creator, uint256 amount, uint256 minted)
func (bridge *Bridge) UnpackEscrowExitedEvent(log *types.Log) (*BridgeEscrowExited, error) {
	event := "EscrowExited"
	if len(log.Topics) == 0 || log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(BridgeEscrowExited)
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["AlreadyExited"].ID.Bytes()[:4]) {
		return bridge.UnpackAlreadyExitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BatchNotFinalized"].ID.Bytes()[:4]) {
		return bridge.UnpackBatchNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BridgeClosed"].ID.Bytes()[:4]) {
		return bridge.UnpackBridgeClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DepositAlreadyRefunded"].ID.Bytes()[:4]) {
		return bridge.UnpackDepositAlreadyRefundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DepositConsumed"].ID.Bytes()[:4]) {
		return bridge.UnpackDepositConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["EscrowAlreadyExited"].ID.Bytes()[:4]) {
		return bridge.UnpackEscrowAlreadyExitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidStateProof"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidStateProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidWithdrawalProof"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidWithdrawalProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["MalformedStateEntry"].ID.Bytes()[:4]) {
		return bridge.UnpackMalformedStateEntryError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return bridge.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotRollup"].ID.Bytes()[:4]) {
		return bridge.UnpackNotRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NothingToExit"].ID.Bytes()[:4]) {
		return bridge.UnpackNothingToExitError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["RollupBridgeMismatch"].ID.Bytes()[:4]) {
		return bridge.UnpackRollupBridgeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return bridge.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["UnknownDeposit"].ID.Bytes()[:4]) {
		return bridge.UnpackUnknownDepositError(raw[4:])
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

// BridgeAlreadyExited represents a AlreadyExited error raised by the Bridge contract.
type BridgeAlreadyExited struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyExited(address account)
func BridgeAlreadyExitedErrorID() common.Hash {
	return common.HexToHash("0x7cb80570786b815ff1cbd300f74a059a9b8cf61ef05c2cce650a3a9cce3b230a")
}

// UnpackAlreadyExitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyExited(address account)
func (bridge *Bridge) UnpackAlreadyExitedError(raw []byte) (*BridgeAlreadyExited, error) {
	out := new(BridgeAlreadyExited)
	if err := bridge.abi.UnpackIntoInterface(out, "AlreadyExited", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// BridgeBridgeClosed represents a BridgeClosed error raised by the Bridge contract.
type BridgeBridgeClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BridgeClosed()
func BridgeBridgeClosedErrorID() common.Hash {
	return common.HexToHash("0x72b9f3232d9191c761c9e54ff1b7a36c96b4bedba34ba6ae56a48a597a7288d3")
}

// UnpackBridgeClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BridgeClosed()
func (bridge *Bridge) UnpackBridgeClosedError(raw []byte) (*BridgeBridgeClosed, error) {
	out := new(BridgeBridgeClosed)
	if err := bridge.abi.UnpackIntoInterface(out, "BridgeClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDepositAlreadyRefunded represents a DepositAlreadyRefunded error raised by the Bridge contract.
type BridgeDepositAlreadyRefunded struct {
	Nonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositAlreadyRefunded(uint64 nonce)
func BridgeDepositAlreadyRefundedErrorID() common.Hash {
	return common.HexToHash("0xff2b63b43a7ab2577b95afaad2be611110424879617cb52c2cd2a71344d4c6d1")
}

// UnpackDepositAlreadyRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositAlreadyRefunded(uint64 nonce)
func (bridge *Bridge) UnpackDepositAlreadyRefundedError(raw []byte) (*BridgeDepositAlreadyRefunded, error) {
	out := new(BridgeDepositAlreadyRefunded)
	if err := bridge.abi.UnpackIntoInterface(out, "DepositAlreadyRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDepositConsumed represents a DepositConsumed error raised by the Bridge contract.
type BridgeDepositConsumed struct {
	Nonce    uint64
	Consumed uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositConsumed(uint64 nonce, uint64 consumed)
func BridgeDepositConsumedErrorID() common.Hash {
	return common.HexToHash("0x93f2e2de5ab07ee80c9f6e20f1eaba411c01f4c2d964b9f983e63e3d8e4de5d4")
}

// UnpackDepositConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositConsumed(uint64 nonce, uint64 consumed)
func (bridge *Bridge) UnpackDepositConsumedError(raw []byte) (*BridgeDepositConsumed, error) {
	out := new(BridgeDepositConsumed)
	if err := bridge.abi.UnpackIntoInterface(out, "DepositConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeEscrowAlreadyExited represents a EscrowAlreadyExited error raised by the Bridge contract.
type BridgeEscrowAlreadyExited struct {
	Mlsc uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowAlreadyExited(uint64 mlsc)
func BridgeEscrowAlreadyExitedErrorID() common.Hash {
	return common.HexToHash("0x8b3995132c3503460d3150921b296b0475e47b053a318afd34399ca776e7acbf")
}

// UnpackEscrowAlreadyExitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowAlreadyExited(uint64 mlsc)
func (bridge *Bridge) UnpackEscrowAlreadyExitedError(raw []byte) (*BridgeEscrowAlreadyExited, error) {
	out := new(BridgeEscrowAlreadyExited)
	if err := bridge.abi.UnpackIntoInterface(out, "EscrowAlreadyExited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidStateProof represents a InvalidStateProof error raised by the Bridge contract.
type BridgeInvalidStateProof struct {
	Key []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidStateProof(bytes key)
func BridgeInvalidStateProofErrorID() common.Hash {
	return common.HexToHash("0x4aeee9903666c9cb9e6c4975cee0268789b2981e7cf393ea8af6b26d0f021bfc")
}

// UnpackInvalidStateProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidStateProof(bytes key)
func (bridge *Bridge) UnpackInvalidStateProofError(raw []byte) (*BridgeInvalidStateProof, error) {
	out := new(BridgeInvalidStateProof)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidStateProof", raw); err != nil {
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

// BridgeMalformedStateEntry represents a MalformedStateEntry error raised by the Bridge contract.
type BridgeMalformedStateEntry struct {
	Key []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedStateEntry(bytes key)
func BridgeMalformedStateEntryErrorID() common.Hash {
	return common.HexToHash("0xf05ba44aff35398067898ad10b6c6adad0f55c8d37efbeaad2e110004a81ae68")
}

// UnpackMalformedStateEntryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedStateEntry(bytes key)
func (bridge *Bridge) UnpackMalformedStateEntryError(raw []byte) (*BridgeMalformedStateEntry, error) {
	out := new(BridgeMalformedStateEntry)
	if err := bridge.abi.UnpackIntoInterface(out, "MalformedStateEntry", raw); err != nil {
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

// BridgeNotRollup represents a NotRollup error raised by the Bridge contract.
type BridgeNotRollup struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRollup(address caller)
func BridgeNotRollupErrorID() common.Hash {
	return common.HexToHash("0x8fe3dc5304c5cf10f2a6a5093c886f1a35fc4acb6e8f5e7a9f5967d58f90484f")
}

// UnpackNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRollup(address caller)
func (bridge *Bridge) UnpackNotRollupError(raw []byte) (*BridgeNotRollup, error) {
	out := new(BridgeNotRollup)
	if err := bridge.abi.UnpackIntoInterface(out, "NotRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNothingToExit represents a NothingToExit error raised by the Bridge contract.
type BridgeNothingToExit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToExit()
func BridgeNothingToExitErrorID() common.Hash {
	return common.HexToHash("0x943e431cd982ef785243ab2dbb7f3a9049fd2dc01089086ba34cb9c59cefee85")
}

// UnpackNothingToExitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToExit()
func (bridge *Bridge) UnpackNothingToExitError(raw []byte) (*BridgeNothingToExit, error) {
	out := new(BridgeNothingToExit)
	if err := bridge.abi.UnpackIntoInterface(out, "NothingToExit", raw); err != nil {
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

// BridgeUnknownDeposit represents a UnknownDeposit error raised by the Bridge contract.
type BridgeUnknownDeposit struct {
	Nonce uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDeposit(uint64 nonce)
func BridgeUnknownDepositErrorID() common.Hash {
	return common.HexToHash("0x8160b47b9c3959f3fcb88bffe9c2db735f6cb757c8c76903ffd8d6ba5cc50fea")
}

// UnpackUnknownDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDeposit(uint64 nonce)
func (bridge *Bridge) UnpackUnknownDepositError(raw []byte) (*BridgeUnknownDeposit, error) {
	out := new(BridgeUnknownDeposit)
	if err := bridge.abi.UnpackIntoInterface(out, "UnknownDeposit", raw); err != nil {
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

// DataChallengeMetaData contains all meta data concerning the DataChallenge contract.
var DataChallengeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRollup\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resolveWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"BadChunkProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"BadLeafCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"BadLeafFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"BadLeafProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"ChallengeExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ChunkIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"ChunkSizeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"DataHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"DataTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"LeafRequestExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"NoOpenChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"NoOpenLeafRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"NotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotRollup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dataChallenge\",\"type\":\"address\"}],\"name\":\"NotWired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"PaymentFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ResolveWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ResolveWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"steps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leaves\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paths\",\"type\":\"uint256\"}],\"name\":\"RevealLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"name\":\"StepIndexTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"UnknownRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resolveWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalizationPeriod\",\"type\":\"uint64\"}],\"name\":\"WindowsTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ChunkChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"inRange\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"resolverPaid\",\"type\":\"uint256\"}],\"name\":\"ChunkResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"ChunkUnavailable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"mcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"mnodes\",\"type\":\"bytes32[]\"}],\"indexed\":false,\"internalType\":\"structFaultProver.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealerPaid\",\"type\":\"uint256\"}],\"name\":\"LeafRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"}],\"name\":\"LeafUnrevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"steps\",\"type\":\"uint64[]\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"LeavesRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHUNK_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEAF_BOND_DIVISOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DATA_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LEAVES_PER_REQUEST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAY_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOLVE_FIXED_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RESOLVE_GAS_PER_BYTE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_FIXED_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_GAS_PER_WORD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVEAL_LEAF_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"challengeOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"openedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"dataHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"leafBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"record\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"leafRequestOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"openedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"reclaimLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"}],\"name\":\"removeUnavailable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"removeUnrevealed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"steps\",\"type\":\"uint64[]\"}],\"name\":\"requestLeaves\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"chunk\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resolveWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"steps\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"mcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"mnodes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFaultProver.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"paths\",\"type\":\"bytes32[][]\"}],\"name\":\"revealLeaves\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "7b934ea8b986cc458d4c671256d4e3f18c",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161350138038061350183398101604081905261002f916102a9565b6001600160a01b03841615806100b65750306001600160a01b0316846001600160a01b03166387900c426040518163ffffffff1660e01b8152600401602060405180830381865afa158015610086573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100aa91906102f3565b6001600160a01b031614155b1561016357836001600160a01b0381161561013057846001600160a01b03166387900c426040518163ffffffff1660e01b8152600401602060405180830381865afa158015610107573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012b91906102f3565b610132565b5f5b60405163163c95d760e21b81526001600160a01b039283166004820152911660248201526044015b60405180910390fd5b5f846001600160a01b031663c61ef4d66040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101c49190610315565b90506001600160401b0384161580159061021557506001600160401b03831615806102155750806001600160401b0316836001600160401b0316856001600160401b0316610212919061032e565b10155b1561024e57604051631b375b2160e21b81526001600160401b03808616600483015280851660248301528216604482015260640161015a565b506001600160a01b039093166080526001600160401b0391821660a0521660c05260e052610353565b6001600160a01b038116811461028b575f5ffd5b50565b80516001600160401b03811681146102a4575f5ffd5b919050565b5f5f5f5f608085870312156102bc575f5ffd5b84516102c781610277565b93506102d56020860161028e565b92506102e36040860161028e565b6060959095015193969295505050565b5f60208284031215610303575f5ffd5b815161030e81610277565b9392505050565b5f60208284031215610325575f5ffd5b61030e8261028e565b8082018082111561034d57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e0516130b761044a5f395f81816102e3015281816105c001528181610d48015281816111270152818161115b01528181611cdb0152611fd801525f81816102450152818161075501528181610bb001528181610d9a01528181610f7d01528181611489015281816119cd015261235101525f8181610400015281816111a401526116ab01525f81816101c2015281816104d7015281816108e10152818161099101528181610a3f01528181610cdc015281816110a9015281816111f5015281816116fc01528181611aab01528181611b5b01528181611c09015281816120b9015261216901526130b75ff3fe6080604052600436106101b2575f3560e01c80639db3e184116100e7578063cb23bcb511610087578063df18e04711610062578063df18e04714610545578063e91e13a914610570578063ec09fcd914610586578063fc3f636414610599575f5ffd5b8063cb23bcb5146104c6578063d2a3a4d614610511578063dd6546ff14610526575f5ffd5b8063bbbd1774116100c2578063bbbd17741461046b578063c0ea605014610480578063ca8cba1f14610493578063cacaeba8146104b2575f5ffd5b80639db3e18414610422578063aa65913a14610441578063adba145214610455575f5ffd5b806354753f77116101525780636e03ca541161012d5780636e03ca54146103925780637bf7285f146103b157806383c77ebf146103d0578063861a1412146103ef575f5ffd5b806354753f7714610305578063547545e41461031a5780635e0febed14610373575f5ffd5b80632afa63e71161018d5780632afa63e7146102955780633ccfd60b146102a95780634a7ebc6e146102bd57806352305151146102d2575f5ffd5b80630c37ea671461020d57806321cf39ee1461023457806322fce66f1461027f575f5ffd5b3661020957336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461020757604051638fe3dc5360e01b81523360048201526024015b60405180910390fd5b005b5f5ffd5b348015610218575f5ffd5b506102216105b8565b6040519081526020015b60405180910390f35b34801561023f575f5ffd5b506102677f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b03909116815260200161022b565b34801561028a575f5ffd5b506102216240000081565b3480156102a0575f5ffd5b50610221601081565b3480156102b4575f5ffd5b506102076105e9565b3480156102c8575f5ffd5b5061022161753081565b3480156102dd575f5ffd5b506102217f000000000000000000000000000000000000000000000000000000000000000081565b348015610310575f5ffd5b506102216104e281565b348015610325575f5ffd5b50610339610334366004612907565b610668565b604080516001600160a01b0390951685526001600160401b03909316602085015260ff90911691830191909152606082015260800161022b565b34801561037e575f5ffd5b5061020761038d36600461294c565b6107ad565b34801561039d575f5ffd5b506102216103ac366004612907565b610b51565b3480156103bc575f5ffd5b506102076103cb36600461294c565b610b9a565b3480156103db575f5ffd5b506102076103ea3660046129c0565b610d84565b3480156103fa575f5ffd5b506102677f000000000000000000000000000000000000000000000000000000000000000081565b34801561042d575f5ffd5b5061020761043c36600461294c565b610e94565b34801561044c575f5ffd5b50610221602881565b348015610460575f5ffd5b506102216201388081565b348015610476575f5ffd5b5061022161afc881565b61020761048e36600461294c565b611125565b34801561049e575f5ffd5b506102076104ad366004612aa0565b6114f3565b3480156104bd575f5ffd5b50610221601881565b3480156104d1575f5ffd5b506104f97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161022b565b34801561051c575f5ffd5b506102216180e881565b348015610531575f5ffd5b50610339610540366004612907565b6115e2565b348015610550575f5ffd5b5061022161055f366004612b51565b5f6020819052908152604090205481565b34801561057b575f5ffd5b506102216201000081565b610207610594366004612b77565b61160f565b3480156105a4575f5ffd5b506102076105b336600461294c565b611a21565b5f6105e460187f0000000000000000000000000000000000000000000000000000000000000000612bdc565b905090565b335f81815260208190526040808220805490839055905190929083908381818185875af1925050503d805f811461063b576040519150601f19603f3d011682016040523d82523d5f602084013e610640565b606091505b5050905080610664576040516306d133c960e31b81523360048201526024016101fe565b5050565b5f5f5f5f5f60015f88886040516020016106959291909182526001600160401b0316602082015260400190565b60408051808303601f1901815291815281516020928301208352828201939093529082015f20825160608101845281546001600160a01b0381168252600160a01b81046001600160401b03169382019390935292909190830190600160e01b900460ff16600481111561070a5761070a612bfb565b600481111561071b5761071b612bfb565b815250509050805f015181602001518260400151600481111561074057610740612bfb565b60208401516001600160401b03161561079a577f00000000000000000000000000000000000000000000000000000000000000006001600160401b031684602001516001600160401b03166107959190612c0f565b61079c565b5f5b929a91995097509095509350505050565b5f826040516020016107bf9190612d2d565b6040516020818303038152906040528051906020012090505f81836040516020016107fd9291909182526001600160401b0316602082015260400190565b60408051808303601f1901815282825280516020918201205f8181526002835283812060608601855280546001600160a01b0381168752600160a01b81046001600160401b0316948701949094529195509392909190830190600160e01b900460ff16600481111561087157610871612bfb565b600481111561088257610882612bfb565b905250905060018160400151600481111561089f5761089f612bfb565b146108de576108b16020860186612d3c565b60405163042d68a760e01b81526001600160401b03918216600482015290851660248201526044016101fe565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa15801561093b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061095f9190612d57565b6001600160401b03166109756020880188612d3c565b6001600160401b0316108015610a2b5750836001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016633fdeb0b86109c360208a018a612d3c565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015610a05573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a299190612d72565b145b9050808015610ad957506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663b9012d5a610a716020890189612d3c565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015610ab3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ad79190612d89565b155b15610b1857610aeb6020870187612d3c565b60405163a2df610d60e01b81526001600160401b03918216600482015290861660248201526044016101fe565b5f838152600260205260409020805460ff60e01b1916600160e21b1790558151610b4990610b446105b8565b611cfb565b505050505050565b5f8282604051602001610b7b92919091825260c01b6001600160c01b031916602082015260280190565b6040516020818303038152906040528051906020012090505b92915050565b5f5f5f610ba78585611d4a565b9250925092505f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031682602001516001600160401b0316610bf09190612c0f565b905080421015610c3b57610c076020870187612d3c565b604051630d8be53160e11b81526001600160401b0391821660048201529086166024820152604481018290526064016101fe565b5f83815260016020526040902080546003919060ff60e01b1916600160e01b83021790555083610c6e6020880188612d3c565b8351604080516001600160401b038a811682526001600160a01b03909316602082015292909116917fccf168ceb73c6fbd44090da97161396d82de6d1a3e5eaa7abc78b95df79fec3e910160405180910390a381516040516356d541c360e11b815247916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163adaa838691610d12918b9190600401612da8565b5f604051808303815f87803b158015610d29575f5ffd5b505af1158015610d3b573d5f5f3e3d5ffd5b50508451610d7b925090507f0000000000000000000000000000000000000000000000000000000000000000610d718447612dd0565b610b449190612c0f565b50505050505050565b5f5f5f610d918b8b611d4a565b9250925092505f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031682602001516001600160401b0316610dda9190612c0f565b9050804210610e2457610df060208d018d612d3c565b60405163d2a7ea4760e01b81526001600160401b039182166004820152908c166024820152604481018290526064016101fe565b5f610e358d8d8d8d8d8d8d8d611dd1565b5f858152600160205260409020805491925060029160ff60e01b1916600160e01b830217905550610e85610e6c60208f018f612d3c565b868e8d85610e7a575f610e7c565b8c5b88518790611fb0565b50505050505050505050505050565b5f610e9e8361208d565b90505f8183604051602001610ec69291909182526001600160401b0316602082015260400190565b60408051808303601f1901815282825280516020918201205f8181526002835283812060608601855280546001600160a01b0381168752600160a01b81046001600160401b0316948701949094529195509392909190830190600160e01b900460ff166004811115610f3a57610f3a612bfb565b6004811115610f4b57610f4b612bfb565b9052509050600181604001516004811115610f6857610f68612bfb565b14610f7a576108b16020860186612d3c565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031682602001516001600160401b0316610fbd9190612c0f565b90508042101561100857610fd46020870187612d3c565b60405163076d77cd60e41b81526001600160401b0391821660048201529086166024820152604481018290526064016101fe565b5f83815260026020526040902080546003919060ff60e01b1916600160e01b8302179055508361103b6020880188612d3c565b8351604080516001600160401b038a811682526001600160a01b03909316602082015292909116917f51a3d6f1ce23e1add2b385ffa66a6ca703003e01f749c99f61639706c7868e81910160405180910390a381516040516356d541c360e11b815247916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163adaa8386916110df918b9190600401612da8565b5f604051808303815f87803b1580156110f6575f5ffd5b505af1158015611108573d5f5f3e3d5ffd5b50505050610d7b835f015161111b6105b8565b610d718447612dd0565b7f0000000000000000000000000000000000000000000000000000000000000000341461118d5760405163062f01ed60e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201523460248201526044016101fe565b5f6111978361208d565b90505f6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166111d46040860160208701612d3c565b6001600160401b03166111e79190612c0f565b9050804210158061127357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ad1d0dcf6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561124f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112739190612d89565b156112b1576112856020850185612d3c565b604051632af737bf60e01b81526001600160401b039091166004820152602481018290526044016101fe565b6112c16201000062400000612bdc565b836001600160401b03161061130b57826112e16201000062400000612bdc565b604051638a9cc82160e01b81526001600160401b03909216600483015260248201526044016101fe565b5f82846040516020016113319291909182526001600160401b0316602082015260400190565b60408051601f19818403018152919052805160209091012090505f5f82815260016020526040902054600160e01b900460ff16600481111561137557611375612bfb565b146113b4576113876020860186612d3c565b604051630ac6ce5560e31b81526001600160401b03918216600482015290851660248201526044016101fe565b604080516060810182523381526001600160401b0342166020820152908101600190525f8281526001602090815260409182902083518154928501516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039091161791909117808255918301519091829060ff60e01b1916600160e01b83600481111561144457611444612bfb565b021790555084915061145b90506020870187612d3c565b6001600160401b03167fbeb36d02ae4750122f23b182a9ebd39598977ea0daa1a732daed7c8e9f69ab7c86337f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316426114bc9190612c0f565b604080516001600160401b0390941684526001600160a01b0390921660208401529082015260600160405180910390a35050505050565b82851415806115025750808514155b1561153157604051630125d64b60e21b81526004810186905260248101849052604481018290526064016101fe565b5f61153b8861208d565b90505f5b868110156115d7576115cf89838a8a8581811061155e5761155e612de3565b90506020020160208101906115739190612d3c565b89898681811061158557611585612de3565b90506020028101906115979190612df7565b8888878181106115a9576115a9612de3565b90506020028101906115bb9190612e15565b87156115c7575f612247565b61afc8612247565b60010161153f565b505050505050505050565b5f5f5f5f5f60025f88886040516020016106959291909182526001600160401b0316602082015260400190565b8080158061161d5750601081115b1561164557604051637cca087360e11b815260048101829052601060248201526044016101fe565b8061164e6105b8565b6116589190612e5a565b341461169457806116676105b8565b6116719190612e5a565b60405163062f01ed60e11b815260048101919091523460248201526044016101fe565b5f61169e8561208d565b90505f6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166116db6040880160208901612d3c565b6001600160401b03166116ee9190612c0f565b9050804210158061177a57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663ad1d0dcf6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611756573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061177a9190612d89565b1561178c576112856020870187612d3c565b60408051606081018252338152426001600160401b031660208201526001918101919091525f5b8481101561198f575f8787838181106117ce576117ce612de3565b90506020020160208101906117e39190612d3c565b90506117f76101808a016101608b01612d3c565b6001600160401b0316816001600160401b0316106118645761181c60208a018a612d3c565b8161182f6101808c016101608d01612d3c565b604051631cfb27f360e31b81526001600160401b039384166004820152918316602483015290911660448201526064016101fe565b5f858260405160200161188a9291909182526001600160401b0316602082015260400190565b60408051601f19818403018152919052805160209091012090505f5f82815260026020526040902054600160e01b900460ff1660048111156118ce576118ce612bfb565b1461190d576118e060208b018b612d3c565b6040516351809de560e01b81526001600160401b03918216600482015290831660248201526044016101fe565b5f8181526002602090815260409182902086518154928801516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039091161791909117808255918601518692829060ff60e01b1916600160e01b83600481111561197a5761197a612bfb565b021790555050600190930192506117b3915050565b508261199e6020890189612d3c565b6001600160401b03167f6f1e18d7bfd33beedf31333fcda35bb92c9180fa5df7993a6a487530821793808888337f00000000000000000000000000000000000000000000000000000000000000006001600160401b031642611a009190612c0f565b604051611a109493929190612e71565b60405180910390a350505050505050565b5f82604051602001611a339190612d2d565b6040516020818303038152906040528051906020012090505f8183604051602001611a719291909182526001600160401b0316602082015260400190565b6040516020818303038152906040528051906020012090505f611aa682865f016020810190611aa09190612d3c565b86612596565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015611b05573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b299190612d57565b6001600160401b0316611b3f6020880188612d3c565b6001600160401b0316108015611bf55750836001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016633fdeb0b8611b8d60208a018a612d3c565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015611bcf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bf39190612d72565b145b9050808015611ca357506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663b9012d5a611c3b6020890189612d3c565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015611c7d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ca19190612d89565b155b15611cb557610aeb6020870187612d3c565b5f838152600160205260409020805460ff60e01b1916600160e21b1790558151610b49907f00000000000000000000000000000000000000000000000000000000000000005b805f03611d06575050565b5f5f5f5f5f8587617530f1905080611d45576001600160a01b0383165f9081526020819052604081208054849290611d3f908490612c0f565b90915550505b505050565b5f5f611d6c604080516060810182525f80825260208201819052909182015290565b611d758561208d565b92508284604051602001611d9c9291909182526001600160401b0316602082015260400190565b60408051601f1981840301815291905280516020918201209250611dc8908390611aa090880188612d3c565b90509250925092565b5f5f611ddd8888610b51565b90508961018001358114611e2f57611df860208b018b612d3c565b60405163c061bdbd60e01b81526001600160401b0390911660048201526101808b01356024820152604481018290526064016101fe565b62400000876001600160401b03161115611e705760405163599fe2bb60e01b81526001600160401b03881660048201526240000060248201526044016101fe565b5f620100006001611e8a826001600160401b038c16612c0f565b611e949190612dd0565b611e9e9190612bdc565b9050808a6001600160401b031610611eba575f92505050611fa4565b5f611ed1620100006001600160401b038d16612e5a565b611ee4906001600160401b038b16612dd0565b905062010000811115611ef75750620100005b868114611f3057604051637b191d5d60e01b81526001600160401b038c16600482015260248101829052604481018890526064016101fe565b611f5e8a838d6001600160401b03168b8b604051611f4f929190612ed1565b60405180910390208a8a61267c565b611f9c57611f6f60208d018d612d3c565b604051634beade7d60e11b81526001600160401b039182166004820152908c1660248201526044016101fe565b600193505050505b98975050505050505050565b5f48611fbd602886612e5a565b611fca9062013880612c0f565b611fd49190612e5a565b90507f00000000000000000000000000000000000000000000000000000000000000005f8183106120055781612007565b825b604080516001600160401b038b811682523360208301528a81168284015288151560608301526080820184905291519293508b92918d16917f5c93d6da03c6603d97a8260fcb067c57fbbee6c7fca62a0a22048725a19772de9181900360a00190a36120733382611cfb565b61208184610b448385612dd0565b50505050505050505050565b5f8160405160200161209f9190612d2d565b6040516020818303038152906040528051906020012090507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015612113573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121379190612d57565b6001600160401b031661214d6020840184612d3c565b6001600160401b03161015806122045750806001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016633fdeb0b861219b6020860186612d3c565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa1580156121dd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122019190612d72565b14155b15612242576122166020830183612d3c565b604051631c79826560e11b81526001600160401b039091166004820152602481018290526044016101fe565b919050565b5f868660405160200161226d9291909182526001600160401b0316602082015260400190565b60408051808303601f1901815282825280516020918201205f8181526002835283812060608601855280546001600160a01b0381168752600160a01b81046001600160401b0316948701949094529195509392909190830190600160e01b900460ff1660048111156122e1576122e1612bfb565b60048111156122f2576122f2612bfb565b905250905060018160400151600481111561230f5761230f612bfb565b1461234e5761232160208a018a612d3c565b60405163042d68a760e01b81526001600160401b03918216600482015290881660248201526044016101fe565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031682602001516001600160401b03166123919190612c0f565b90508042106123db576123a760208b018b612d3c565b6040516346ddf9a360e11b81526001600160401b0391821660048201529089166024820152604481018290526064016101fe565b6123ed6101808b016101608c01612d3c565b6001600160401b0316886001600160401b031610158061244957506124476101408b01356124236101808d016101608e01612d3c565b6001600160401b03168a6001600160401b03166124408c8c61277b565b8a8a61267c565b155b156124885761245b60208b018b612d3c565b60405163171bc0a760e31b81526001600160401b03918216600482015290891660248201526044016101fe565b5f838152600260205260409020805460ff60e01b1916600160e11b1790556104e26124b660a0890189612e15565b90506124c560608a018a612e15565b6124d0915088612c0f565b6124da9190612c0f565b6124e49190612e5a565b6124f0906180e8612c0f565b6124fa9085612c0f565b93505f6125074886612e5a565b90505f6125126105b8565b90505f8183106125225781612524565b825b90508b61253460208f018f612d3c565b6001600160401b03167fa3f6f15ded963a5911f6c58bd46d7cbaeee9da6c154ba69da1b23d42a77205e88d8d8d8d87604051612574959493929190612f54565b60405180910390a36125863382611cfb565b8451610e8590610b448385612dd0565b6125b6604080516060810182525f80825260208201819052909182015290565b5f84815260016020908152604091829020825160608101845281546001600160a01b0381168252600160a01b81046001600160401b03169382019390935292909190830190600160e01b900460ff16600481111561261657612616612bfb565b600481111561262757612627612bfb565b905250905060018160400151600481111561264457612644612bfb565b146126755760405163cdd4e8c560e01b81526001600160401b038085166004830152831660248201526044016101fe565b9392505050565b5f805b86816001901b101561269d57806126958161302a565b91505061267f565b8281146126ad575f915050612771565b845f5b8281101561276a576001881615612710578585828181106126d3576126d3612de3565b90506020020135826040516020016126f5929190918252602082015260400190565b6040516020818303038152906040528051906020012061275b565b8186868381811061272357612723612de3565b90506020020135604051602001612744929190918252602082015260400190565b604051602081830303815290604052805190602001205b600198891c98909250016126b0565b5088149150505b9695505050505050565b5f6127896060830183612e15565b90506127a361279e6060850160408601612d3c565b6128b0565b1415806127d057506127b860a0830183612e15565b90506127cd61279e60a0850160808601612d3c565b14155b156127f9576040516370d9b69760e11b81526001600160401b03841660048201526024016101fe565b813560208301356128106060850160408601612d3c565b61281d6060860186612e15565b60405160200161282f93929190613042565b60408051601f19818403018152919052805160209091012061285760a0860160808701612d3c565b61286460a0870187612e15565b60405160200161287693929190613042565b60408051601f198184030181528282528051602091820120908301959095528101929092526060820152608081019190915260a001610b7b565b5f5b6001600160401b03821615612242576128ce6001831682612c0f565b90506001826001600160401b0316901c91506128b2565b6001600160401b03811681146128f9575f5ffd5b50565b8035612242816128e5565b5f5f60408385031215612918575f5ffd5b82359150602083013561292a816128e5565b809150509250929050565b5f6101a08284031215612946575f5ffd5b50919050565b5f5f6101c0838503121561295e575f5ffd5b6129688484612935565b91506101a083013561292a816128e5565b5f5f83601f840112612989575f5ffd5b5081356001600160401b0381111561299f575f5ffd5b6020830191508360208260051b85010111156129b9575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f610240898b0312156129d8575f5ffd5b6129e28a8a612935565b97506101a08901356129f3816128e5565b96506101c089013595506101e0890135612a0c816128e5565b94506102008901356001600160401b03811115612a27575f5ffd5b8901601f81018b13612a37575f5ffd5b80356001600160401b03811115612a4c575f5ffd5b8b6020828401011115612a5d575f5ffd5b602091909101945092506102208901356001600160401b03811115612a80575f5ffd5b612a8c8b828c01612979565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f5f610200888a031215612ab7575f5ffd5b612ac18989612935565b96506101a08801356001600160401b03811115612adc575f5ffd5b612ae88a828b01612979565b9097509550506101c08801356001600160401b03811115612b07575f5ffd5b612b138a828b01612979565b9095509350506101e08801356001600160401b03811115612b32575f5ffd5b612b3e8a828b01612979565b989b979a50959850939692959293505050565b5f60208284031215612b61575f5ffd5b81356001600160a01b0381168114612675575f5ffd5b5f5f5f6101c08486031215612b8a575f5ffd5b612b948585612935565b92506101a08401356001600160401b03811115612baf575f5ffd5b612bbb86828701612979565b9497909650939450505050565b634e487b7160e01b5f52601160045260245ffd5b5f82612bf657634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52602160045260245ffd5b80820180821115610b9457610b94612bc8565b803563ffffffff81168114612242575f5ffd5b612c4f82612c42836128fc565b6001600160401b03169052565b612c5b602082016128fc565b6001600160401b0316602083015260408181013590830152606080820135908301526080808201359083015260a08082013590830152612c9d60c082016128fc565b6001600160401b031660c0830152612cb760e082016128fc565b6001600160401b031660e0830152612cd261010082016128fc565b6001600160401b0316610100830152612cee6101208201612c22565b63ffffffff166101208301526101408181013590830152612d1261016082016128fc565b6001600160401b031661016083015261018090810135910152565b6101a08101610b948284612c35565b5f60208284031215612d4c575f5ffd5b8135612675816128e5565b5f60208284031215612d67575f5ffd5b8151612675816128e5565b5f60208284031215612d82575f5ffd5b5051919050565b5f60208284031215612d99575f5ffd5b81518015158114612675575f5ffd5b6101c08101612db78285612c35565b6001600160a01b03929092166101a09190910152919050565b81810381811115610b9457610b94612bc8565b634e487b7160e01b5f52603260045260245ffd5b5f823560be19833603018112612e0b575f5ffd5b9190910192915050565b5f5f8335601e19843603018112612e2a575f5ffd5b8301803591506001600160401b03821115612e43575f5ffd5b6020019150600581901b36038213156129b9575f5ffd5b8082028115828204841417610b9457610b94612bc8565b606080825281018490525f8560808301825b87811015612eb3578235612e96816128e5565b6001600160401b0316825260209283019290910190600101612e83565b506001600160a01b0395909516602084015250506040015292915050565b818382375f9101908152919050565b5f5f8335601e19843603018112612ef5575f5ffd5b83016020810192503590506001600160401b03811115612f13575f5ffd5b8060051b36038213156129b9575f5ffd5b8183525f6001600160fb1b03831115612f3b575f5ffd5b8260051b80836020870137939093016020019392505050565b6001600160401b03861681526080602080830182905286359183019190915285013560a08201525f6040860135612f8a816128e5565b6001600160401b031660c0830152612fa56060870187612ee0565b60c060e0850152612fbb61014085018284612f24565b9150506080870135612fcc816128e5565b6001600160401b0316610100840152612fe860a0880188612ee0565b848303607f1901610120860152613000838284612f24565b925050508281036040840152613017818688612f24565b9150508260608301529695505050505050565b5f6001820161303b5761303b612bc8565b5060010190565b60c084901b6001600160c01b03191681525f6001600160fb1b03831115613067575f5ffd5b8260051b808560088501379190910160080194935050505056fea26469706673582212205e840b6dba7424c346a3db5005d0c42db131069f0d8ab4165d65c40b6f5754dc64736f6c634300081e0033",
}

// DataChallenge is an auto generated Go binding around an Ethereum contract.
type DataChallenge struct {
	abi abi.ABI
}

// NewDataChallenge creates a new instance of DataChallenge.
func NewDataChallenge() *DataChallenge {
	parsed, err := DataChallengeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataChallenge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataChallenge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, uint64 challengeWindow_, uint64 resolveWindow_, uint256 challengeBond_) returns()
func (dataChallenge *DataChallenge) PackConstructor(rollup_ common.Address, challengeWindow_ uint64, resolveWindow_ uint64, challengeBond_ *big.Int) []byte {
	enc, err := dataChallenge.abi.Pack("", rollup_, challengeWindow_, resolveWindow_, challengeBond_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCHUNKSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe91e13a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHUNK_SIZE() view returns(uint256)
func (dataChallenge *DataChallenge) PackCHUNKSIZE() []byte {
	enc, err := dataChallenge.abi.Pack("CHUNK_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHUNKSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe91e13a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHUNK_SIZE() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackCHUNKSIZE() ([]byte, error) {
	return dataChallenge.abi.Pack("CHUNK_SIZE")
}

// UnpackCHUNKSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe91e13a9.
//
// Solidity: function CHUNK_SIZE() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackCHUNKSIZE(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("CHUNK_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLEAFBONDDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcacaeba8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LEAF_BOND_DIVISOR() view returns(uint256)
func (dataChallenge *DataChallenge) PackLEAFBONDDIVISOR() []byte {
	enc, err := dataChallenge.abi.Pack("LEAF_BOND_DIVISOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLEAFBONDDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcacaeba8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LEAF_BOND_DIVISOR() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackLEAFBONDDIVISOR() ([]byte, error) {
	return dataChallenge.abi.Pack("LEAF_BOND_DIVISOR")
}

// UnpackLEAFBONDDIVISOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcacaeba8.
//
// Solidity: function LEAF_BOND_DIVISOR() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackLEAFBONDDIVISOR(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("LEAF_BOND_DIVISOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDATASIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fce66f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (dataChallenge *DataChallenge) PackMAXDATASIZE() []byte {
	enc, err := dataChallenge.abi.Pack("MAX_DATA_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDATASIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fce66f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackMAXDATASIZE() ([]byte, error) {
	return dataChallenge.abi.Pack("MAX_DATA_SIZE")
}

// UnpackMAXDATASIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22fce66f.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackMAXDATASIZE(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("MAX_DATA_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLEAVESPERREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2afa63e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LEAVES_PER_REQUEST() view returns(uint256)
func (dataChallenge *DataChallenge) PackMAXLEAVESPERREQUEST() []byte {
	enc, err := dataChallenge.abi.Pack("MAX_LEAVES_PER_REQUEST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLEAVESPERREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2afa63e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LEAVES_PER_REQUEST() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackMAXLEAVESPERREQUEST() ([]byte, error) {
	return dataChallenge.abi.Pack("MAX_LEAVES_PER_REQUEST")
}

// UnpackMAXLEAVESPERREQUEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2afa63e7.
//
// Solidity: function MAX_LEAVES_PER_REQUEST() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackMAXLEAVESPERREQUEST(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("MAX_LEAVES_PER_REQUEST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7ebc6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) PackPAYGAS() []byte {
	enc, err := dataChallenge.abi.Pack("PAY_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a7ebc6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackPAYGAS() ([]byte, error) {
	return dataChallenge.abi.Pack("PAY_GAS")
}

// UnpackPAYGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a7ebc6e.
//
// Solidity: function PAY_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackPAYGAS(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("PAY_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRESOLVEFIXEDGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadba1452.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESOLVE_FIXED_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) PackRESOLVEFIXEDGAS() []byte {
	enc, err := dataChallenge.abi.Pack("RESOLVE_FIXED_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESOLVEFIXEDGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadba1452.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESOLVE_FIXED_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackRESOLVEFIXEDGAS() ([]byte, error) {
	return dataChallenge.abi.Pack("RESOLVE_FIXED_GAS")
}

// UnpackRESOLVEFIXEDGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadba1452.
//
// Solidity: function RESOLVE_FIXED_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackRESOLVEFIXEDGAS(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("RESOLVE_FIXED_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRESOLVEGASPERBYTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa65913a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESOLVE_GAS_PER_BYTE() view returns(uint256)
func (dataChallenge *DataChallenge) PackRESOLVEGASPERBYTE() []byte {
	enc, err := dataChallenge.abi.Pack("RESOLVE_GAS_PER_BYTE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESOLVEGASPERBYTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa65913a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESOLVE_GAS_PER_BYTE() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackRESOLVEGASPERBYTE() ([]byte, error) {
	return dataChallenge.abi.Pack("RESOLVE_GAS_PER_BYTE")
}

// UnpackRESOLVEGASPERBYTE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa65913a.
//
// Solidity: function RESOLVE_GAS_PER_BYTE() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackRESOLVEGASPERBYTE(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("RESOLVE_GAS_PER_BYTE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALFIXEDGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbbd1774.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_FIXED_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) PackREVEALFIXEDGAS() []byte {
	enc, err := dataChallenge.abi.Pack("REVEAL_FIXED_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALFIXEDGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbbd1774.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_FIXED_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackREVEALFIXEDGAS() ([]byte, error) {
	return dataChallenge.abi.Pack("REVEAL_FIXED_GAS")
}

// UnpackREVEALFIXEDGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbbd1774.
//
// Solidity: function REVEAL_FIXED_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackREVEALFIXEDGAS(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("REVEAL_FIXED_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALGASPERWORD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54753f77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_GAS_PER_WORD() view returns(uint256)
func (dataChallenge *DataChallenge) PackREVEALGASPERWORD() []byte {
	enc, err := dataChallenge.abi.Pack("REVEAL_GAS_PER_WORD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALGASPERWORD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54753f77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_GAS_PER_WORD() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackREVEALGASPERWORD() ([]byte, error) {
	return dataChallenge.abi.Pack("REVEAL_GAS_PER_WORD")
}

// UnpackREVEALGASPERWORD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54753f77.
//
// Solidity: function REVEAL_GAS_PER_WORD() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackREVEALGASPERWORD(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("REVEAL_GAS_PER_WORD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREVEALLEAFGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2a3a4d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_LEAF_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) PackREVEALLEAFGAS() []byte {
	enc, err := dataChallenge.abi.Pack("REVEAL_LEAF_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALLEAFGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2a3a4d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_LEAF_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackREVEALLEAFGAS() ([]byte, error) {
	return dataChallenge.abi.Pack("REVEAL_LEAF_GAS")
}

// UnpackREVEALLEAFGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2a3a4d6.
//
// Solidity: function REVEAL_LEAF_GAS() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackREVEALLEAFGAS(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("REVEAL_LEAF_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0ea6050.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk) payable returns()
func (dataChallenge *DataChallenge) PackChallenge(b RollupBatch, chunk uint64) []byte {
	enc, err := dataChallenge.abi.Pack("challenge", b, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0ea6050.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk) payable returns()
func (dataChallenge *DataChallenge) TryPackChallenge(b RollupBatch, chunk uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("challenge", b, chunk)
}

// PackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeBond() view returns(uint256)
func (dataChallenge *DataChallenge) PackChallengeBond() []byte {
	enc, err := dataChallenge.abi.Pack("challengeBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeBond() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackChallengeBond() ([]byte, error) {
	return dataChallenge.abi.Pack("challengeBond")
}

// UnpackChallengeBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackChallengeBond(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("challengeBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547545e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeOf(bytes32 record, uint64 chunk) view returns(address challenger, uint64 openedAt, uint8 status, uint256 deadline)
func (dataChallenge *DataChallenge) PackChallengeOf(record [32]byte, chunk uint64) []byte {
	enc, err := dataChallenge.abi.Pack("challengeOf", record, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547545e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeOf(bytes32 record, uint64 chunk) view returns(address challenger, uint64 openedAt, uint8 status, uint256 deadline)
func (dataChallenge *DataChallenge) TryPackChallengeOf(record [32]byte, chunk uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("challengeOf", record, chunk)
}

// ChallengeOfOutput serves as a container for the return parameters of contract
// method ChallengeOf.
type ChallengeOfOutput struct {
	Challenger common.Address
	OpenedAt   uint64
	Status     uint8
	Deadline   *big.Int
}

// UnpackChallengeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x547545e4.
//
// Solidity: function challengeOf(bytes32 record, uint64 chunk) view returns(address challenger, uint64 openedAt, uint8 status, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackChallengeOf(data []byte) (ChallengeOfOutput, error) {
	out, err := dataChallenge.abi.Unpack("challengeOf", data)
	outstruct := new(ChallengeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Challenger = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.OpenedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Deadline = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (dataChallenge *DataChallenge) PackChallengeWindow() []byte {
	enc, err := dataChallenge.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (dataChallenge *DataChallenge) TryPackChallengeWindow() ([]byte, error) {
	return dataChallenge.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (dataChallenge *DataChallenge) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := dataChallenge.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDataHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e03ca54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataHashOf(bytes32 root, uint64 length) pure returns(bytes32)
func (dataChallenge *DataChallenge) PackDataHashOf(root [32]byte, length uint64) []byte {
	enc, err := dataChallenge.abi.Pack("dataHashOf", root, length)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e03ca54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataHashOf(bytes32 root, uint64 length) pure returns(bytes32)
func (dataChallenge *DataChallenge) TryPackDataHashOf(root [32]byte, length uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("dataHashOf", root, length)
}

// UnpackDataHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e03ca54.
//
// Solidity: function dataHashOf(bytes32 root, uint64 length) pure returns(bytes32)
func (dataChallenge *DataChallenge) UnpackDataHashOf(data []byte) ([32]byte, error) {
	out, err := dataChallenge.abi.Unpack("dataHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLeafBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c37ea67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafBond() view returns(uint256)
func (dataChallenge *DataChallenge) PackLeafBond() []byte {
	enc, err := dataChallenge.abi.Pack("leafBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c37ea67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafBond() view returns(uint256)
func (dataChallenge *DataChallenge) TryPackLeafBond() ([]byte, error) {
	return dataChallenge.abi.Pack("leafBond")
}

// UnpackLeafBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c37ea67.
//
// Solidity: function leafBond() view returns(uint256)
func (dataChallenge *DataChallenge) UnpackLeafBond(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("leafBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLeafRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd6546ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafRequestOf(bytes32 record, uint64 step) view returns(address requester, uint64 openedAt, uint8 status, uint256 deadline)
func (dataChallenge *DataChallenge) PackLeafRequestOf(record [32]byte, step uint64) []byte {
	enc, err := dataChallenge.abi.Pack("leafRequestOf", record, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd6546ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafRequestOf(bytes32 record, uint64 step) view returns(address requester, uint64 openedAt, uint8 status, uint256 deadline)
func (dataChallenge *DataChallenge) TryPackLeafRequestOf(record [32]byte, step uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("leafRequestOf", record, step)
}

// LeafRequestOfOutput serves as a container for the return parameters of contract
// method LeafRequestOf.
type LeafRequestOfOutput struct {
	Requester common.Address
	OpenedAt  uint64
	Status    uint8
	Deadline  *big.Int
}

// UnpackLeafRequestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd6546ff.
//
// Solidity: function leafRequestOf(bytes32 record, uint64 step) view returns(address requester, uint64 openedAt, uint8 status, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackLeafRequestOf(data []byte) (LeafRequestOfOutput, error) {
	out, err := dataChallenge.abi.Unpack("leafRequestOf", data)
	outstruct := new(LeafRequestOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.OpenedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Deadline = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (dataChallenge *DataChallenge) PackOwed(arg0 common.Address) []byte {
	enc, err := dataChallenge.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (dataChallenge *DataChallenge) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return dataChallenge.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (dataChallenge *DataChallenge) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := dataChallenge.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc3f6364.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk) returns()
func (dataChallenge *DataChallenge) PackReclaim(b RollupBatch, chunk uint64) []byte {
	enc, err := dataChallenge.abi.Pack("reclaim", b, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc3f6364.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk) returns()
func (dataChallenge *DataChallenge) TryPackReclaim(b RollupBatch, chunk uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("reclaim", b, chunk)
}

// PackReclaimLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0febed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimLeaf((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 step) returns()
func (dataChallenge *DataChallenge) PackReclaimLeaf(b RollupBatch, step uint64) []byte {
	enc, err := dataChallenge.abi.Pack("reclaimLeaf", b, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0febed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimLeaf((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 step) returns()
func (dataChallenge *DataChallenge) TryPackReclaimLeaf(b RollupBatch, step uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("reclaimLeaf", b, step)
}

// PackRemoveUnavailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bf7285f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeUnavailable((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk) returns()
func (dataChallenge *DataChallenge) PackRemoveUnavailable(b RollupBatch, chunk uint64) []byte {
	enc, err := dataChallenge.abi.Pack("removeUnavailable", b, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveUnavailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bf7285f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeUnavailable((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk) returns()
func (dataChallenge *DataChallenge) TryPackRemoveUnavailable(b RollupBatch, chunk uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("removeUnavailable", b, chunk)
}

// PackRemoveUnrevealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9db3e184.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeUnrevealed((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 step) returns()
func (dataChallenge *DataChallenge) PackRemoveUnrevealed(b RollupBatch, step uint64) []byte {
	enc, err := dataChallenge.abi.Pack("removeUnrevealed", b, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveUnrevealed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9db3e184.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeUnrevealed((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 step) returns()
func (dataChallenge *DataChallenge) TryPackRemoveUnrevealed(b RollupBatch, step uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("removeUnrevealed", b, step)
}

// PackRequestLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec09fcd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestLeaves((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64[] steps) payable returns()
func (dataChallenge *DataChallenge) PackRequestLeaves(b RollupBatch, steps []uint64) []byte {
	enc, err := dataChallenge.abi.Pack("requestLeaves", b, steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec09fcd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestLeaves((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64[] steps) payable returns()
func (dataChallenge *DataChallenge) TryPackRequestLeaves(b RollupBatch, steps []uint64) ([]byte, error) {
	return dataChallenge.abi.Pack("requestLeaves", b, steps)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c77ebf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk, bytes32 root, uint64 length, bytes data, bytes32[] path) returns()
func (dataChallenge *DataChallenge) PackResolve(b RollupBatch, chunk uint64, root [32]byte, length uint64, data []byte, path [][32]byte) []byte {
	enc, err := dataChallenge.abi.Pack("resolve", b, chunk, root, length, data, path)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c77ebf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64 chunk, bytes32 root, uint64 length, bytes data, bytes32[] path) returns()
func (dataChallenge *DataChallenge) TryPackResolve(b RollupBatch, chunk uint64, root [32]byte, length uint64, data []byte, path [][32]byte) ([]byte, error) {
	return dataChallenge.abi.Pack("resolve", b, chunk, root, length, data, path)
}

// PackResolveWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21cf39ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveWindow() view returns(uint64)
func (dataChallenge *DataChallenge) PackResolveWindow() []byte {
	enc, err := dataChallenge.abi.Pack("resolveWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21cf39ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveWindow() view returns(uint64)
func (dataChallenge *DataChallenge) TryPackResolveWindow() ([]byte, error) {
	return dataChallenge.abi.Pack("resolveWindow")
}

// UnpackResolveWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21cf39ee.
//
// Solidity: function resolveWindow() view returns(uint64)
func (dataChallenge *DataChallenge) UnpackResolveWindow(data []byte) (uint64, error) {
	out, err := dataChallenge.abi.Unpack("resolveWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRevealLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca8cba1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealLeaves((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64[] steps, (bytes32,bytes32,uint64,bytes32[],uint64,bytes32[])[] leaves, bytes32[][] paths) returns()
func (dataChallenge *DataChallenge) PackRevealLeaves(b RollupBatch, steps []uint64, leaves []FaultProverLeaf, paths [][][32]byte) []byte {
	enc, err := dataChallenge.abi.Pack("revealLeaves", b, steps, leaves, paths)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca8cba1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealLeaves((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, uint64[] steps, (bytes32,bytes32,uint64,bytes32[],uint64,bytes32[])[] leaves, bytes32[][] paths) returns()
func (dataChallenge *DataChallenge) TryPackRevealLeaves(b RollupBatch, steps []uint64, leaves []FaultProverLeaf, paths [][][32]byte) ([]byte, error) {
	return dataChallenge.abi.Pack("revealLeaves", b, steps, leaves, paths)
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (dataChallenge *DataChallenge) PackRollup() []byte {
	enc, err := dataChallenge.abi.Pack("rollup")
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
func (dataChallenge *DataChallenge) TryPackRollup() ([]byte, error) {
	return dataChallenge.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (dataChallenge *DataChallenge) UnpackRollup(data []byte) (common.Address, error) {
	out, err := dataChallenge.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (dataChallenge *DataChallenge) PackWithdraw() []byte {
	enc, err := dataChallenge.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (dataChallenge *DataChallenge) TryPackWithdraw() ([]byte, error) {
	return dataChallenge.abi.Pack("withdraw")
}

// DataChallengeChunkChallenged represents a ChunkChallenged event raised by the DataChallenge contract.
type DataChallengeChunkChallenged struct {
	Index      uint64
	Record     [32]byte
	Chunk      uint64
	Challenger common.Address
	Deadline   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataChallengeChunkChallengedEventName = "ChunkChallenged"

// ContractEventName returns the user-defined event name.
func (DataChallengeChunkChallenged) ContractEventName() string {
	return DataChallengeChunkChallengedEventName
}

// UnpackChunkChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkChallenged(uint64 indexed index, bytes32 indexed record, uint64 chunk, address challenger, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackChunkChallengedEvent(log *types.Log) (*DataChallengeChunkChallenged, error) {
	event := "ChunkChallenged"
	if len(log.Topics) == 0 || log.Topics[0] != dataChallenge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DataChallengeChunkChallenged)
	if len(log.Data) > 0 {
		if err := dataChallenge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataChallenge.abi.Events[event].Inputs {
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

// DataChallengeChunkResolved represents a ChunkResolved event raised by the DataChallenge contract.
type DataChallengeChunkResolved struct {
	Index        uint64
	Record       [32]byte
	Chunk        uint64
	Resolver     common.Address
	Length       uint64
	InRange      bool
	ResolverPaid *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataChallengeChunkResolvedEventName = "ChunkResolved"

// ContractEventName returns the user-defined event name.
func (DataChallengeChunkResolved) ContractEventName() string {
	return DataChallengeChunkResolvedEventName
}

// UnpackChunkResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkResolved(uint64 indexed index, bytes32 indexed record, uint64 chunk, address resolver, uint64 length, bool inRange, uint256 resolverPaid)
func (dataChallenge *DataChallenge) UnpackChunkResolvedEvent(log *types.Log) (*DataChallengeChunkResolved, error) {
	event := "ChunkResolved"
	if len(log.Topics) == 0 || log.Topics[0] != dataChallenge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DataChallengeChunkResolved)
	if len(log.Data) > 0 {
		if err := dataChallenge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataChallenge.abi.Events[event].Inputs {
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

// DataChallengeChunkUnavailable represents a ChunkUnavailable event raised by the DataChallenge contract.
type DataChallengeChunkUnavailable struct {
	Index      uint64
	Record     [32]byte
	Chunk      uint64
	Challenger common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataChallengeChunkUnavailableEventName = "ChunkUnavailable"

// ContractEventName returns the user-defined event name.
func (DataChallengeChunkUnavailable) ContractEventName() string {
	return DataChallengeChunkUnavailableEventName
}

// UnpackChunkUnavailableEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkUnavailable(uint64 indexed index, bytes32 indexed record, uint64 chunk, address challenger)
func (dataChallenge *DataChallenge) UnpackChunkUnavailableEvent(log *types.Log) (*DataChallengeChunkUnavailable, error) {
	event := "ChunkUnavailable"
	if len(log.Topics) == 0 || log.Topics[0] != dataChallenge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DataChallengeChunkUnavailable)
	if len(log.Data) > 0 {
		if err := dataChallenge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataChallenge.abi.Events[event].Inputs {
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

// DataChallengeLeafRevealed represents a LeafRevealed event raised by the DataChallenge contract.
type DataChallengeLeafRevealed struct {
	Index        uint64
	Record       [32]byte
	Step         uint64
	Leaf         FaultProverLeaf
	Path         [][32]byte
	RevealerPaid *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const DataChallengeLeafRevealedEventName = "LeafRevealed"

// ContractEventName returns the user-defined event name.
func (DataChallengeLeafRevealed) ContractEventName() string {
	return DataChallengeLeafRevealedEventName
}

// UnpackLeafRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeafRevealed(uint64 indexed index, bytes32 indexed record, uint64 step, (bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]) leaf, bytes32[] path, uint256 revealerPaid)
func (dataChallenge *DataChallenge) UnpackLeafRevealedEvent(log *types.Log) (*DataChallengeLeafRevealed, error) {
	event := "LeafRevealed"
	if len(log.Topics) == 0 || log.Topics[0] != dataChallenge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DataChallengeLeafRevealed)
	if len(log.Data) > 0 {
		if err := dataChallenge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataChallenge.abi.Events[event].Inputs {
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

// DataChallengeLeafUnrevealed represents a LeafUnrevealed event raised by the DataChallenge contract.
type DataChallengeLeafUnrevealed struct {
	Index     uint64
	Record    [32]byte
	Step      uint64
	Requester common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataChallengeLeafUnrevealedEventName = "LeafUnrevealed"

// ContractEventName returns the user-defined event name.
func (DataChallengeLeafUnrevealed) ContractEventName() string {
	return DataChallengeLeafUnrevealedEventName
}

// UnpackLeafUnrevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeafUnrevealed(uint64 indexed index, bytes32 indexed record, uint64 step, address requester)
func (dataChallenge *DataChallenge) UnpackLeafUnrevealedEvent(log *types.Log) (*DataChallengeLeafUnrevealed, error) {
	event := "LeafUnrevealed"
	if len(log.Topics) == 0 || log.Topics[0] != dataChallenge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DataChallengeLeafUnrevealed)
	if len(log.Data) > 0 {
		if err := dataChallenge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataChallenge.abi.Events[event].Inputs {
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

// DataChallengeLeavesRequested represents a LeavesRequested event raised by the DataChallenge contract.
type DataChallengeLeavesRequested struct {
	Index     uint64
	Record    [32]byte
	Steps     []uint64
	Requester common.Address
	Deadline  *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataChallengeLeavesRequestedEventName = "LeavesRequested"

// ContractEventName returns the user-defined event name.
func (DataChallengeLeavesRequested) ContractEventName() string {
	return DataChallengeLeavesRequestedEventName
}

// UnpackLeavesRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LeavesRequested(uint64 indexed index, bytes32 indexed record, uint64[] steps, address requester, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackLeavesRequestedEvent(log *types.Log) (*DataChallengeLeavesRequested, error) {
	event := "LeavesRequested"
	if len(log.Topics) == 0 || log.Topics[0] != dataChallenge.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DataChallengeLeavesRequested)
	if len(log.Data) > 0 {
		if err := dataChallenge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataChallenge.abi.Events[event].Inputs {
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
func (dataChallenge *DataChallenge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["BadChunkProof"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackBadChunkProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["BadLeafCount"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackBadLeafCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["BadLeafFrontier"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackBadLeafFrontierError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["BadLeafProof"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackBadLeafProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["ChallengeExists"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackChallengeExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["ChunkIndexTooLarge"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackChunkIndexTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["ChunkSizeMismatch"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackChunkSizeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["DataHashMismatch"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackDataHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["DataTooLarge"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackDataTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["LeafRequestExists"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackLeafRequestExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["NoOpenChallenge"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackNoOpenChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["NoOpenLeafRequest"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackNoOpenLeafRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["NotReclaimable"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackNotReclaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["NotRollup"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackNotRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["NotWired"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackNotWiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["PaymentFailed"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackPaymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["ResolveWindowClosed"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackResolveWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["ResolveWindowOpen"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackResolveWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["RevealLengthMismatch"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackRevealLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["RevealWindowClosed"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackRevealWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["RevealWindowOpen"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackRevealWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["StepIndexTooLarge"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackStepIndexTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["UnknownRecord"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackUnknownRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["WindowsTooLong"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackWindowsTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataChallenge.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return dataChallenge.UnpackWrongBondError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataChallengeBadChunkProof represents a BadChunkProof error raised by the DataChallenge contract.
type DataChallengeBadChunkProof struct {
	Index uint64
	Chunk uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkProof(uint64 index, uint64 chunk)
func DataChallengeBadChunkProofErrorID() common.Hash {
	return common.HexToHash("0x97d5bcfa040967c1a47d0e5ec5e7e5aaa50773448d3718ce726d4f9e70e3eabc")
}

// UnpackBadChunkProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkProof(uint64 index, uint64 chunk)
func (dataChallenge *DataChallenge) UnpackBadChunkProofError(raw []byte) (*DataChallengeBadChunkProof, error) {
	out := new(DataChallengeBadChunkProof)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "BadChunkProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeBadLeafCount represents a BadLeafCount error raised by the DataChallenge contract.
type DataChallengeBadLeafCount struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLeafCount(uint256 count, uint256 max)
func DataChallengeBadLeafCountErrorID() common.Hash {
	return common.HexToHash("0xf99410e645a6fdd7cc2e1f6553c8961ea0cbcbcff3a14263a1ae46e8fa928c02")
}

// UnpackBadLeafCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLeafCount(uint256 count, uint256 max)
func (dataChallenge *DataChallenge) UnpackBadLeafCountError(raw []byte) (*DataChallengeBadLeafCount, error) {
	out := new(DataChallengeBadLeafCount)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "BadLeafCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeBadLeafFrontier represents a BadLeafFrontier error raised by the DataChallenge contract.
type DataChallengeBadLeafFrontier struct {
	Step uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLeafFrontier(uint64 step)
func DataChallengeBadLeafFrontierErrorID() common.Hash {
	return common.HexToHash("0xe1b36d2e16debccf5b36cb01d0d5f0dbcc7cf6bba3812cb51790725448ac9180")
}

// UnpackBadLeafFrontierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLeafFrontier(uint64 step)
func (dataChallenge *DataChallenge) UnpackBadLeafFrontierError(raw []byte) (*DataChallengeBadLeafFrontier, error) {
	out := new(DataChallengeBadLeafFrontier)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "BadLeafFrontier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeBadLeafProof represents a BadLeafProof error raised by the DataChallenge contract.
type DataChallengeBadLeafProof struct {
	Index uint64
	Step  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLeafProof(uint64 index, uint64 step)
func DataChallengeBadLeafProofErrorID() common.Hash {
	return common.HexToHash("0xb8de0538382e8b1116abd692e9b9067a072f915d9166be3f380b784347250603")
}

// UnpackBadLeafProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLeafProof(uint64 index, uint64 step)
func (dataChallenge *DataChallenge) UnpackBadLeafProofError(raw []byte) (*DataChallengeBadLeafProof, error) {
	out := new(DataChallengeBadLeafProof)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "BadLeafProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeChallengeExists represents a ChallengeExists error raised by the DataChallenge contract.
type DataChallengeChallengeExists struct {
	Index uint64
	Chunk uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeExists(uint64 index, uint64 chunk)
func DataChallengeChallengeExistsErrorID() common.Hash {
	return common.HexToHash("0x563672a8fdef2ca342472204f1c35fe0a17e3d9dfa8552b04ff3ffead558ee58")
}

// UnpackChallengeExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeExists(uint64 index, uint64 chunk)
func (dataChallenge *DataChallenge) UnpackChallengeExistsError(raw []byte) (*DataChallengeChallengeExists, error) {
	out := new(DataChallengeChallengeExists)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "ChallengeExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeChallengeWindowClosed represents a ChallengeWindowClosed error raised by the DataChallenge contract.
type DataChallengeChallengeWindowClosed struct {
	Index    uint64
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint64 index, uint256 closedAt)
func DataChallengeChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x2af737bf9e12bfc6a10c0320670fb20c69d8789eef7e2a00be44ccb43d37d460")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint64 index, uint256 closedAt)
func (dataChallenge *DataChallenge) UnpackChallengeWindowClosedError(raw []byte) (*DataChallengeChallengeWindowClosed, error) {
	out := new(DataChallengeChallengeWindowClosed)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeChunkIndexTooLarge represents a ChunkIndexTooLarge error raised by the DataChallenge contract.
type DataChallengeChunkIndexTooLarge struct {
	Chunk uint64
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkIndexTooLarge(uint64 chunk, uint256 max)
func DataChallengeChunkIndexTooLargeErrorID() common.Hash {
	return common.HexToHash("0x8a9cc8219f2ccabd3c4a9a6f07a87e75e206f152bc712f1d90a63f697ec3120e")
}

// UnpackChunkIndexTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkIndexTooLarge(uint64 chunk, uint256 max)
func (dataChallenge *DataChallenge) UnpackChunkIndexTooLargeError(raw []byte) (*DataChallengeChunkIndexTooLarge, error) {
	out := new(DataChallengeChunkIndexTooLarge)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "ChunkIndexTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeChunkSizeMismatch represents a ChunkSizeMismatch error raised by the DataChallenge contract.
type DataChallengeChunkSizeMismatch struct {
	Chunk    uint64
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkSizeMismatch(uint64 chunk, uint256 expected, uint256 got)
func DataChallengeChunkSizeMismatchErrorID() common.Hash {
	return common.HexToHash("0x7b191d5d5d641c0f2a6a241937898142c00b773a1016af34ced075edf8606b2c")
}

// UnpackChunkSizeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkSizeMismatch(uint64 chunk, uint256 expected, uint256 got)
func (dataChallenge *DataChallenge) UnpackChunkSizeMismatchError(raw []byte) (*DataChallengeChunkSizeMismatch, error) {
	out := new(DataChallengeChunkSizeMismatch)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "ChunkSizeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeDataHashMismatch represents a DataHashMismatch error raised by the DataChallenge contract.
type DataChallengeDataHashMismatch struct {
	Index    uint64
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataHashMismatch(uint64 index, bytes32 expected, bytes32 got)
func DataChallengeDataHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xc061bdbd43eb052fb844cbacb332ac465f8cc6dc22e20d3e6c242cc16ce386ba")
}

// UnpackDataHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataHashMismatch(uint64 index, bytes32 expected, bytes32 got)
func (dataChallenge *DataChallenge) UnpackDataHashMismatchError(raw []byte) (*DataChallengeDataHashMismatch, error) {
	out := new(DataChallengeDataHashMismatch)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "DataHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeDataTooLarge represents a DataTooLarge error raised by the DataChallenge contract.
type DataChallengeDataTooLarge struct {
	Length uint64
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataTooLarge(uint64 length, uint256 max)
func DataChallengeDataTooLargeErrorID() common.Hash {
	return common.HexToHash("0x599fe2bb4dcd4bb1fd8e8d80a0f0e896c83064ba50e6720e09c724c4643cd285")
}

// UnpackDataTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataTooLarge(uint64 length, uint256 max)
func (dataChallenge *DataChallenge) UnpackDataTooLargeError(raw []byte) (*DataChallengeDataTooLarge, error) {
	out := new(DataChallengeDataTooLarge)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "DataTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeLeafRequestExists represents a LeafRequestExists error raised by the DataChallenge contract.
type DataChallengeLeafRequestExists struct {
	Index uint64
	Step  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafRequestExists(uint64 index, uint64 step)
func DataChallengeLeafRequestExistsErrorID() common.Hash {
	return common.HexToHash("0x51809de5d654e7c3729394638a1605039fc8edb2d1c5aa28442afe4cfadd377b")
}

// UnpackLeafRequestExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafRequestExists(uint64 index, uint64 step)
func (dataChallenge *DataChallenge) UnpackLeafRequestExistsError(raw []byte) (*DataChallengeLeafRequestExists, error) {
	out := new(DataChallengeLeafRequestExists)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "LeafRequestExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeNoOpenChallenge represents a NoOpenChallenge error raised by the DataChallenge contract.
type DataChallengeNoOpenChallenge struct {
	Index uint64
	Chunk uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOpenChallenge(uint64 index, uint64 chunk)
func DataChallengeNoOpenChallengeErrorID() common.Hash {
	return common.HexToHash("0xcdd4e8c5bd30789b8fbb895582c65752bb08f368304668e3bc6a75a23ea04d55")
}

// UnpackNoOpenChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOpenChallenge(uint64 index, uint64 chunk)
func (dataChallenge *DataChallenge) UnpackNoOpenChallengeError(raw []byte) (*DataChallengeNoOpenChallenge, error) {
	out := new(DataChallengeNoOpenChallenge)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "NoOpenChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeNoOpenLeafRequest represents a NoOpenLeafRequest error raised by the DataChallenge contract.
type DataChallengeNoOpenLeafRequest struct {
	Index uint64
	Step  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOpenLeafRequest(uint64 index, uint64 step)
func DataChallengeNoOpenLeafRequestErrorID() common.Hash {
	return common.HexToHash("0x042d68a75ae6d8e701b6cf765d369f41bf46f01db4f43d739099baeffb647a58")
}

// UnpackNoOpenLeafRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOpenLeafRequest(uint64 index, uint64 step)
func (dataChallenge *DataChallenge) UnpackNoOpenLeafRequestError(raw []byte) (*DataChallengeNoOpenLeafRequest, error) {
	out := new(DataChallengeNoOpenLeafRequest)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "NoOpenLeafRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeNotReclaimable represents a NotReclaimable error raised by the DataChallenge contract.
type DataChallengeNotReclaimable struct {
	Index uint64
	Chunk uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReclaimable(uint64 index, uint64 chunk)
func DataChallengeNotReclaimableErrorID() common.Hash {
	return common.HexToHash("0xa2df610ded0df045a2d6e1759d7e693b61b4bd46f0b512a0cd38c9421534f6bc")
}

// UnpackNotReclaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReclaimable(uint64 index, uint64 chunk)
func (dataChallenge *DataChallenge) UnpackNotReclaimableError(raw []byte) (*DataChallengeNotReclaimable, error) {
	out := new(DataChallengeNotReclaimable)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "NotReclaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeNotRollup represents a NotRollup error raised by the DataChallenge contract.
type DataChallengeNotRollup struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRollup(address sender)
func DataChallengeNotRollupErrorID() common.Hash {
	return common.HexToHash("0x8fe3dc5304c5cf10f2a6a5093c886f1a35fc4acb6e8f5e7a9f5967d58f90484f")
}

// UnpackNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRollup(address sender)
func (dataChallenge *DataChallenge) UnpackNotRollupError(raw []byte) (*DataChallengeNotRollup, error) {
	out := new(DataChallengeNotRollup)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "NotRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeNotWired represents a NotWired error raised by the DataChallenge contract.
type DataChallengeNotWired struct {
	Rollup        common.Address
	DataChallenge common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWired(address rollup, address dataChallenge)
func DataChallengeNotWiredErrorID() common.Hash {
	return common.HexToHash("0x58f2575cbfc37f8b15d16c7545e526eb3c1d512c1c04cc7e17f57d9ab260fbd4")
}

// UnpackNotWiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWired(address rollup, address dataChallenge)
func (dataChallenge *DataChallenge) UnpackNotWiredError(raw []byte) (*DataChallengeNotWired, error) {
	out := new(DataChallengeNotWired)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "NotWired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengePaymentFailed represents a PaymentFailed error raised by the DataChallenge contract.
type DataChallengePaymentFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PaymentFailed(address to)
func DataChallengePaymentFailedErrorID() common.Hash {
	return common.HexToHash("0x36899e48161ee4504f5f89aa55f7aed73460d464cb62f64e03057df7dbcdd0aa")
}

// UnpackPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PaymentFailed(address to)
func (dataChallenge *DataChallenge) UnpackPaymentFailedError(raw []byte) (*DataChallengePaymentFailed, error) {
	out := new(DataChallengePaymentFailed)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "PaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeResolveWindowClosed represents a ResolveWindowClosed error raised by the DataChallenge contract.
type DataChallengeResolveWindowClosed struct {
	Index    uint64
	Chunk    uint64
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResolveWindowClosed(uint64 index, uint64 chunk, uint256 deadline)
func DataChallengeResolveWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xd2a7ea47dee63b8840b06fd139fe939ae94d367350b582f324a160a285c19e3d")
}

// UnpackResolveWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResolveWindowClosed(uint64 index, uint64 chunk, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackResolveWindowClosedError(raw []byte) (*DataChallengeResolveWindowClosed, error) {
	out := new(DataChallengeResolveWindowClosed)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "ResolveWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeResolveWindowOpen represents a ResolveWindowOpen error raised by the DataChallenge contract.
type DataChallengeResolveWindowOpen struct {
	Index    uint64
	Chunk    uint64
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResolveWindowOpen(uint64 index, uint64 chunk, uint256 deadline)
func DataChallengeResolveWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x1b17ca62b62c1c0ed1a6c1ca5dd6b00644cd14294e6d9d22104c576940b734c7")
}

// UnpackResolveWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResolveWindowOpen(uint64 index, uint64 chunk, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackResolveWindowOpenError(raw []byte) (*DataChallengeResolveWindowOpen, error) {
	out := new(DataChallengeResolveWindowOpen)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "ResolveWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeRevealLengthMismatch represents a RevealLengthMismatch error raised by the DataChallenge contract.
type DataChallengeRevealLengthMismatch struct {
	Steps  *big.Int
	Leaves *big.Int
	Paths  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealLengthMismatch(uint256 steps, uint256 leaves, uint256 paths)
func DataChallengeRevealLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x0497592c4903c52931e65f216430dad261ab3aafceba6492b8f02a2b75d77599")
}

// UnpackRevealLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealLengthMismatch(uint256 steps, uint256 leaves, uint256 paths)
func (dataChallenge *DataChallenge) UnpackRevealLengthMismatchError(raw []byte) (*DataChallengeRevealLengthMismatch, error) {
	out := new(DataChallengeRevealLengthMismatch)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "RevealLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeRevealWindowClosed represents a RevealWindowClosed error raised by the DataChallenge contract.
type DataChallengeRevealWindowClosed struct {
	Index    uint64
	Step     uint64
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowClosed(uint64 index, uint64 step, uint256 deadline)
func DataChallengeRevealWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x8dbbf346f3a6d010ed46e22fbfb229533a17aa2325188ccc12ffb853da085d27")
}

// UnpackRevealWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowClosed(uint64 index, uint64 step, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackRevealWindowClosedError(raw []byte) (*DataChallengeRevealWindowClosed, error) {
	out := new(DataChallengeRevealWindowClosed)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "RevealWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeRevealWindowOpen represents a RevealWindowOpen error raised by the DataChallenge contract.
type DataChallengeRevealWindowOpen struct {
	Index    uint64
	Step     uint64
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowOpen(uint64 index, uint64 step, uint256 deadline)
func DataChallengeRevealWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x76d77cd07d67f457fc6d9ef771440b1fcac4da691bb0dc0f11e4af76a81b97ef")
}

// UnpackRevealWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowOpen(uint64 index, uint64 step, uint256 deadline)
func (dataChallenge *DataChallenge) UnpackRevealWindowOpenError(raw []byte) (*DataChallengeRevealWindowOpen, error) {
	out := new(DataChallengeRevealWindowOpen)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "RevealWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeStepIndexTooLarge represents a StepIndexTooLarge error raised by the DataChallenge contract.
type DataChallengeStepIndexTooLarge struct {
	Index uint64
	Step  uint64
	Count uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepIndexTooLarge(uint64 index, uint64 step, uint64 count)
func DataChallengeStepIndexTooLargeErrorID() common.Hash {
	return common.HexToHash("0xe7d93f98aa033d5398db441b06ba785f7d63803ad9245f2745c3b1eaa92e5808")
}

// UnpackStepIndexTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepIndexTooLarge(uint64 index, uint64 step, uint64 count)
func (dataChallenge *DataChallenge) UnpackStepIndexTooLargeError(raw []byte) (*DataChallengeStepIndexTooLarge, error) {
	out := new(DataChallengeStepIndexTooLarge)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "StepIndexTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeUnknownRecord represents a UnknownRecord error raised by the DataChallenge contract.
type DataChallengeUnknownRecord struct {
	Index uint64
	Got   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRecord(uint64 index, bytes32 got)
func DataChallengeUnknownRecordErrorID() common.Hash {
	return common.HexToHash("0x38f304cab87021da6e8e3ea87917685eafb72d4fde803d5f225834fc68336a50")
}

// UnpackUnknownRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRecord(uint64 index, bytes32 got)
func (dataChallenge *DataChallenge) UnpackUnknownRecordError(raw []byte) (*DataChallengeUnknownRecord, error) {
	out := new(DataChallengeUnknownRecord)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "UnknownRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeWindowsTooLong represents a WindowsTooLong error raised by the DataChallenge contract.
type DataChallengeWindowsTooLong struct {
	ChallengeWindow    uint64
	ResolveWindow      uint64
	FinalizationPeriod uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowsTooLong(uint64 challengeWindow, uint64 resolveWindow, uint64 finalizationPeriod)
func DataChallengeWindowsTooLongErrorID() common.Hash {
	return common.HexToHash("0x6cdd6c84bcf7d831de637ad538163e1782d62226f76017ef91ee07dbdcabd382")
}

// UnpackWindowsTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowsTooLong(uint64 challengeWindow, uint64 resolveWindow, uint64 finalizationPeriod)
func (dataChallenge *DataChallenge) UnpackWindowsTooLongError(raw []byte) (*DataChallengeWindowsTooLong, error) {
	out := new(DataChallengeWindowsTooLong)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "WindowsTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataChallengeWrongBond represents a WrongBond error raised by the DataChallenge contract.
type DataChallengeWrongBond struct {
	Required *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 required, uint256 got)
func DataChallengeWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 required, uint256 got)
func (dataChallenge *DataChallenge) UnpackWrongBondError(raw []byte) (*DataChallengeWrongBond, error) {
	out := new(DataChallengeWrongBond)
	if err := dataChallenge.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultProverMetaData contains all meta data concerning the FaultProver contract.
var FaultProverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStepTrie\",\"name\":\"trie\",\"type\":\"address\"},{\"internalType\":\"contractStepRounds\",\"name\":\"rounds\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nodes\",\"type\":\"uint256\"}],\"name\":\"BadFrontier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"BadOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"InputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"appendWithdrawal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"mcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"mnodes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFaultProver.Leaf\",\"name\":\"last\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"globalsProof\",\"type\":\"bytes\"}],\"internalType\":\"structFaultProver.EndChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"encodeEndChallenge\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"mcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"mnodes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFaultProver.Leaf\",\"name\":\"pre\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"prePath\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"mcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"mnodes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFaultProver.Leaf\",\"name\":\"post\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"postPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"witness\",\"type\":\"bytes[]\"}],\"internalType\":\"structFaultProver.StepChallenge\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"encodeStepChallenge\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"}],\"internalType\":\"structFaultProver.BatchClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"challenge\",\"type\":\"bytes\"}],\"name\":\"endFraud\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"mcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"mnodes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structFaultProver.Leaf\",\"name\":\"l\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"targetUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burnBps\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"internalType\":\"structStepState.FeeRule\",\"name\":\"fees\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"internalType\":\"structStepState.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"}],\"internalType\":\"structFaultProver.BatchClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"challenge\",\"type\":\"bytes\"}],\"name\":\"stepFraud\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stepVerifier\",\"outputs\":[{\"internalType\":\"contractStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"verifyLeaf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"}],\"name\":\"waccOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"wcount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"wnodes\",\"type\":\"bytes32[]\"}],\"name\":\"withdrawalRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "84fc6f8f13c9854329c0f8e0af7e3b5813",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161a41138038061a41183398101604081905261002e916100a5565b818160405161003c90610081565b6001600160a01b03928316815291166020820152604001604051809103905ff08015801561006c573d5f5f3e3d5ffd5b506001600160a01b0316608052506100dd9050565b61888d80611b8483390190565b6001600160a01b03811681146100a2575f5ffd5b50565b5f5f604083850312156100b6575f5ffd5b82516100c18161008e565b60208401519092506100d28161008e565b809150509250929050565b608051611a816101035f395f8181610154015281816102fa01526106ed0152611a815ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063730eec2a11610063578063730eec2a1461012f578063828f504f1461014f5780638ac568ee1461018e578063aa36450f146101a1578063f7ce4203146101b4575f5ffd5b80630b8260af1461009f57806315ac239d146100c757806355658065146100e857806357191133146100fb57806361d4aaf01461010e575b5f5ffd5b6100b26100ad366004610c06565b6101c7565b60405190151581526020015b60405180910390f35b6100da6100d5366004610db5565b610422565b6040516100be929190610e0a565b6100b26100f6366004610e60565b610577565b6100b2610109366004610ec8565b61085d565b61012161011c366004610f38565b610990565b6040519081526020016100be565b61014261013d366004610f84565b610a01565b6040516100be9190610fe8565b6101767f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100be565b61012161019c36600461109e565b610a2a565b6101426101af3660046110cf565b610a94565b6101216101c2366004610f38565b610aa7565b5f6101d86040850160208601611105565b6001600160401b03165f036101ef5750600161041b565b5f6101fc8385018561118b565b905061024485356102136040880160208901611105565b600161022560408a0160208b01611105565b61022f919061125d565b845161023a90610a2a565b856020015161085d565b61028e57600161025a6040870160208801611105565b610264919061125d565b604051638d4b264160e01b81526001600160401b0390911660048201526024015b60405180910390fd5b80516020015160608601351415806102c05750805160408101516060909101516080870135916102bd91610aa7565b14155b806102e657508460a001356102e3825f015160800151835f015160a00151610aa7565b14155b156102f557600191505061041b565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e49ea6fd896060013586604001516040518363ffffffff1660e01b815260040161034e92919061127c565b606060405180830381865afa158015610369573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061038d9190611294565b919450925090506103a460e0890160c08a01611105565b6001600160401b0316836001600160401b03161415806103e657506103d0610100890160e08a01611105565b6001600160401b0316826001600160401b031614155b8061041457506103fe61012089016101008a01611105565b6001600160401b0316816001600160401b031614155b9450505050505b9392505050565b5f606061042f8585610990565b50825f865b6001808216900361048357610462878381518110610454576104546112de565b602002602001015184610b21565b92508161046e816112f2565b92505060011c677fffffffffffffff16610434565b5f828851610491919061130a565b61049c90600161131d565b6001600160401b038111156104b3576104b3610c79565b6040519080825280602002602001820160405280156104dc578160200160208202803683370190505b50905083815f815181106104f2576104f26112de565b6020908102919091010152825b885181101561055d5788818151811061051a5761051a6112de565b602002602001015182858361052f919061130a565b61053a90600161131d565b8151811061054a5761054a6112de565b60209081029190910101526001016104ff565b50610569896001611330565b999098509650505050505050565b5f80610585838501856113cd565b90506105b6853561059c6040880160208901611105565b835160608501516105ac90610a2a565b856080015161085d565b6105e1578051604051638d4b264160e01b81526001600160401b039091166004820152602401610285565b80516001600160401b03165f0361065d57846040013581602001516020015114158061061d57506020810151604001516001600160401b031615155b8061063857506020810151608001516001600160401b031615155b1561065857604051638d4b264160e01b81525f6004820152602401610285565b6106a9565b61069785356106726040880160208901611105565b83516106809060019061125d565b61068d8560200151610a2a565b856040015161085d565b6106a95780516102649060019061125d565b60608101515160a08201518051602090910120146106e8578051604051632d6a2b4d60e21b81526001600160401b039091166004820152602401610285565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663453a7ea58a8660200151602001518760a001518860c001516040518563ffffffff1660e01b815260040161074d949392919061157e565b606060405180830381865afa158015610768573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061078c919061166c565b9250925092508215806107a757508360600151602001518214155b156107b9576001945050505050610855565b6107d3846060015160800151856060015160a00151610990565b6107ed856020015160800151866020015160a00151610990565b146107ff576001945050505050610855565b60208401516040810151606090910151821561082657610820828285610422565b90925090505b610840866060015160400151876060015160600151610990565b61084a8383610990565b141596505050505050505b949350505050565b5f846001600160401b0316846001600160401b03161061087e57505f610987565b5f5b6001600160401b0386166001821b10156108a6578061089e816112f2565b915050610880565b808351146108b7575f915050610987565b836001600160401b0386165f5b8381101561097f576001821615610925578581815181106108e7576108e76112de565b60200260200101518360405160200161090a929190918252602082015260400190565b60405160208183030381529060405280519060200120610971565b82868281518110610938576109386112de565b602002602001015160405160200161095a929190918252602082015260400190565b604051602081830303815290604052805190602001205b9250600191821c91016108c4565b505087149150505b95945050505050565b5f815161099c84610b71565b146109cf5781516040516314ee921560e21b81526001600160401b03851660048201526024810191909152604401610285565b82826040516020016109e29291906116a4565b6040516020818303038152906040528051906020012090505b92915050565b606081604051602001610a14919061187d565b6040516020818303038152906040529050919050565b5f815f01518260200151610a4684604001518560600151610990565b610a5885608001518660a00151610990565b6040805160208101959095528401929092526060830152608082015260a001604051602081830303815290604052805190602001209050919050565b606081604051602001610a149190611943565b5f610ab28383610990565b5081515f03610ac257505f6109fb565b815f81518110610ad457610ad46112de565b602002602001015190505f600190505b8251811015610b1a57610b10838281518110610b0257610b026112de565b602002602001015183610b21565b9150600101610ae4565b5092915050565b5f818310610b585760408051602081018490529081018490526060016040516020818303038152906040528051906020012061041b565b60408051602081018590529081018390526060016109e2565b5f5b6001600160401b03821615610ba657610b8f600183168261131d565b90506001826001600160401b0316901c9150610b73565b919050565b5f6101208284031215610bbc575f5ffd5b50919050565b5f5f83601f840112610bd2575f5ffd5b5081356001600160401b03811115610be8575f5ffd5b602083019150836020828501011115610bff575f5ffd5b9250929050565b5f5f5f6101408486031215610c19575f5ffd5b610c238585610bab565b92506101208401356001600160401b03811115610c3e575f5ffd5b610c4a86828701610bc2565b9497909650939450505050565b6001600160401b0381168114610c6b575f5ffd5b50565b8035610ba681610c57565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715610caf57610caf610c79565b60405290565b604051606081016001600160401b0381118282101715610caf57610caf610c79565b60405160e081016001600160401b0381118282101715610caf57610caf610c79565b604051601f8201601f191681016001600160401b0381118282101715610d2157610d21610c79565b604052919050565b5f6001600160401b03821115610d4157610d41610c79565b5060051b60200190565b5f82601f830112610d5a575f5ffd5b8135610d6d610d6882610d29565b610cf9565b8082825260208201915060208360051b860101925085831115610d8e575f5ffd5b602085015b83811015610dab578035835260209283019201610d93565b5095945050505050565b5f5f5f60608486031215610dc7575f5ffd5b8335610dd281610c57565b925060208401356001600160401b03811115610dec575f5ffd5b610df886828701610d4b565b93969395505050506040919091013590565b5f604082016001600160401b0385168352604060208401528084518083526060850191506020860192505f5b81811015610e54578351835260209384019390920191600101610e36565b50909695505050505050565b5f5f5f5f848603610240811215610e75575f5ffd5b610100811215610e83575f5ffd5b50849350610e95866101008701610bab565b92506102208501356001600160401b03811115610eb0575f5ffd5b610ebc87828801610bc2565b95989497509550505050565b5f5f5f5f5f60a08688031215610edc575f5ffd5b853594506020860135610eee81610c57565b93506040860135610efe81610c57565b92506060860135915060808601356001600160401b03811115610f1f575f5ffd5b610f2b88828901610d4b565b9150509295509295909350565b5f5f60408385031215610f49575f5ffd5b8235610f5481610c57565b915060208301356001600160401b03811115610f6e575f5ffd5b610f7a85828601610d4b565b9150509250929050565b5f60208284031215610f94575f5ffd5b81356001600160401b03811115610fa9575f5ffd5b82016060818503121561041b575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61041b6020830184610fba565b5f60c0828403121561100a575f5ffd5b611012610c8d565b8235815260208084013590820152905061102e60408301610c6e565b604082015260608201356001600160401b0381111561104b575f5ffd5b61105784828501610d4b565b60608301525061106960808301610c6e565b608082015260a08201356001600160401b03811115611086575f5ffd5b61109284828501610d4b565b60a08301525092915050565b5f602082840312156110ae575f5ffd5b81356001600160401b038111156110c3575f5ffd5b61085584828501610ffa565b5f602082840312156110df575f5ffd5b81356001600160401b038111156110f4575f5ffd5b820160e0818503121561041b575f5ffd5b5f60208284031215611115575f5ffd5b813561041b81610c57565b5f82601f83011261112f575f5ffd5b81356001600160401b0381111561114857611148610c79565b61115b601f8201601f1916602001610cf9565b81815284602083860101111561116f575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6020828403121561119b575f5ffd5b81356001600160401b038111156111b0575f5ffd5b8201606081850312156111c1575f5ffd5b6111c9610cb5565b81356001600160401b038111156111de575f5ffd5b6111ea86828501610ffa565b82525060208201356001600160401b03811115611205575f5ffd5b61121186828501610d4b565b60208301525060408201356001600160401b0381111561122f575f5ffd5b61123b86828501611120565b604083015250949350505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0382811682821603908111156109fb576109fb611249565b828152604060208201525f6108556040830184610fba565b5f5f5f606084860312156112a6575f5ffd5b83516112b181610c57565b60208501519093506112c281610c57565b60408501519092506112d381610c57565b809150509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f6001820161130357611303611249565b5060010190565b818103818111156109fb576109fb611249565b808201808211156109fb576109fb611249565b6001600160401b0381811683821601908111156109fb576109fb611249565b5f82601f83011261135e575f5ffd5b813561136c610d6882610d29565b8082825260208201915060208360051b86010192508583111561138d575f5ffd5b602085015b83811015610dab5780356001600160401b038111156113af575f5ffd5b6113be886020838a0101611120565b84525060209283019201611392565b5f602082840312156113dd575f5ffd5b81356001600160401b038111156113f2575f5ffd5b820160e08185031215611403575f5ffd5b61140b610cd7565b61141482610c6e565b815260208201356001600160401b0381111561142e575f5ffd5b61143a86828501610ffa565b60208301525060408201356001600160401b03811115611458575f5ffd5b61146486828501610d4b565b60408301525060608201356001600160401b03811115611482575f5ffd5b61148e86828501610ffa565b60608301525060808201356001600160401b038111156114ac575f5ffd5b6114b886828501610d4b565b60808301525060a08201356001600160401b038111156114d6575f5ffd5b6114e286828501611120565b60a08301525060c08201356001600160401b03811115611500575f5ffd5b61150c8682850161134f565b60c083015250949350505050565b80356001600160a01b0381168114610ba6575f5ffd5b5f82825180855260208501945060208160051b830101602085015f5b83811015610e5457601f19858403018852611568838351610fba565b602098890198909350919091019060010161154c565b5f853561158a81610c57565b6001600160401b031682526001600160a01b036115a96020880161151a565b1660208301526001600160a01b036115c36040880161151a565b1660408301526060868101359083015260808601356115e181610c57565b6001600160401b0316608083015260a08601356115fd81610c57565b6001600160401b031660a08301526001600160a01b0361161f60c0880161151a565b1660c083015260e086810135908301526101008201859052610160610120830181905261164e90830185610fba565b8281036101408401526116618185611530565b979650505050505050565b5f5f5f6060848603121561167e575f5ffd5b8351801515811461168d575f5ffd5b602085015160409095015190969495509392505050565b6001600160401b0360c01b8360c01b1681525f600882018351602085015f5b828110156116e15781518452602093840193909101906001016116c3565b50919695505050505050565b5f823560be19833603018112611701575f5ffd5b90910192915050565b5f5f8335601e1984360301811261171f575f5ffd5b83016020810192503590506001600160401b0381111561173d575f5ffd5b8060051b3603821315610bff575f5ffd5b8183525f6001600160fb1b03831115611765575f5ffd5b8260051b80836020870137939093016020019392505050565b80358252602080820135908301525f604082013561179b81610c57565b6001600160401b031660408401526117b6606083018361170a565b60c060608601526117cb60c08601828461174e565b91505060808301356117dc81610c57565b6001600160401b031660808501526117f760a084018461170a565b85830360a087015261180a83828461174e565b9695505050505050565b5f5f8335601e19843603018112611829575f5ffd5b83016020810192503590506001600160401b03811115611847575f5ffd5b803603821315610bff575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61188c83846116ed565b606060208401526118a0608084018261177e565b90506118af602085018561170a565b848303601f190160408601526118c683828461174e565b925050506118d76040850185611814565b848303601f1901606086015261180a838284611855565b5f8383855260208501945060208460051b820101835f5b86811015610e5457838303601f190188526119208287611814565b61192b858284611855565b60209a8b019a90955093909301925050600101611905565b602081526119646020820161195784610c6e565b6001600160401b03169052565b5f61197260208401846116ed565b60e0604084015261198761010084018261177e565b9050611996604085018561170a565b848303601f190160608601526119ad83828461174e565b925050506119be60608501856116ed565b838203601f190160808501526119d4828261177e565b9150506119e4608085018561170a565b848303601f190160a08601526119fb83828461174e565b92505050611a0c60a0850185611814565b848303601f190160c0860152611a23838284611855565b92505050611a3460c085018561170a565b848303601f190160e086015261180a8382846118ee56fea2646970667358221220a17b13aeb67194fda08682244c748de4ba3af1c137cc3247c668b2b10af99a0964736f6c634300081e003360e060405234801561000f575f5ffd5b5060405161888d38038061888d83398101604081905261002e916100af565b6001600160a01b03821660808190526040516100499061008b565b6001600160a01b039091168152602001604051809103905ff080158015610072573d5f5f3e3d5ffd5b506001600160a01b0390811660a0521660c052506100e7565b61369d806151f083390190565b6001600160a01b03811681146100ac575f5ffd5b50565b5f5f604083850312156100c0575f5ffd5b82516100cb81610098565b60208401519092506100dc81610098565b809150509250929050565b60805160a05160c0516150b661013a5f395f818161012801528181610aa901526132e501525f8181610101015281816109f1015261338301525f818160c201528181611fc90152612f4b01526150b65ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80631992c7ae14610064578063453a7ea51461008d5780637005678d146100bd5780638820f6bd146100fc578063a2e800ad14610123578063e49ea6fd1461014a575b5f5ffd5b6100776100723660046142de565b610187565b604051610084919061443f565b60405180910390f35b6100a061009b366004614451565b610823565b604080519315158452602084019290925290820152606001610084565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610084565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b61015d610158366004614514565b610b2d565b604080516001600160401b0394851681529284166020840152921691810191909152606001610084565b61018f614233565b600283108015906101a35750620100008311155b6101dd5760405162461bcd60e51b81526020600482015260066024820152650d8cadccee8d60d31b60448201526064015b60405180910390fd5b83835f8181106101ef576101ef61455b565b919091013560f81c8083526101008301859052905061031f575f610252610219856001818961456f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610c2292505050565b905080516004146102755760405162461bcd60e51b81526004016101d490614596565b610299815f8151811061028a5761028a61455b565b60200260200101516008610c3b565b6001600160401b0316602083015280516102c0908290600190811061028a5761028a61455b565b608083015280516102de908290600290811061028a5761028a61455b565b6001600160401b031660c0830152805161031490829060039081106103055761030561455b565b60200260200101516020610cf8565b60e08301525061081c565b805160ff1660021901610411575f61033d610219856001818961456f565b905080516004146103605760405162461bcd60e51b81526004016101d490614596565b610375815f8151811061028a5761028a61455b565b6001600160401b0316602083015280516103a9908290600190811061039c5761039c61455b565b6020026020010151610d48565b6001600160a01b0316604083015280516103d0908290600290811061039c5761039c61455b565b6001600160a01b03166060830152805161040690829060039081106103f7576103f761455b565b60200260200101516020610c3b565b60808301525061081c565b805160ff16600919016104cd575f61042f610219856001818961456f565b905080516003146104525760405162461bcd60e51b81526004016101d490614596565b610467815f8151811061028a5761028a61455b565b6001600160401b03166020830152805161048e908290600190811061039c5761039c61455b565b6001600160a01b0316604083015280516104c290829060029081106104b5576104b561455b565b6020026020010151610d5d565b60a08301525061081c565b80516104d890610e86565b806104e75750805160ff166010145b806104f65750805160ff166011145b806105055750805160ff166007145b806105145750805160ff166008145b156107eb57604c8310156105525760405162461bcd60e51b81526020600482015260056024820152641cda1bdc9d60da1b60448201526064016101d4565b6001600160401b03821661056a60096001868861456f565b610573916145b6565b60c01c146105ae5760405162461bcd60e51b815260206004820152600860248201526718da185a5b881a5960c21b60448201526064016101d4565b5f6105d3856009866105c1604182614600565b926105ce9392919061456f565b610ebd565b610120840191909152825190915060ff16600714806105f65750815160ff166008145b15610677578484610608836009614613565b90610614604188614600565b926106219392919061456f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060a08301526106638585611036565b6001600160a01b031660408301525061081c565b5f6106a18686610688856009614613565b9061069460418a614600565b926102199392919061456f565b83519091505f9060ff16600514806106bd5750835160ff166006145b806106cc5750835160ff166011145b9050806106da5760036106dd565b60025b60ff168251146106ff5760405162461bcd60e51b81526004016101d490614596565b610714825f8151811061028a5761028a61455b565b6001600160401b03166020850152835160ff16601014806107395750835160ff166011145b15610768576107548260018151811061028a5761028a61455b565b6001600160401b0316610140850152610792565b80610792576107838260018151811061039c5761039c61455b565b6001600160a01b031660608501525b835160ff166011146107ca576107c482826107ae5760026107b1565b60015b60ff16815181106103f7576103f761455b565b60808501525b6107d48787611036565b6001600160a01b031660408501525061081c915050565b60405162461bcd60e51b81526004016101d4906020808252600490820152637479706560e01b604082015260600190565b9392505050565b6040805160e0810182525f60208201819052918101829052606081018290526080810182905260a0810182905260c081018290528681528190819086820361087457505f9250879150829050610b21565b5f88885f8181106108875761088761455b565b919091013560f81c915061089c905081611293565b6108a4614233565b306001600160a01b0316631992c7ae8b8b8f5f0160208101906108c79190614626565b6040518463ffffffff1660e01b81526004016108e593929190614669565b5f60405180830381865afa92505050801561092157506040513d5f823e601f3d908101601f1916820160405261091e91908101906147b7565b60015b610970573d80801561094e576040519150601f19603f3d011682016040523d82523d5f602084013e610953565b606091505b5061095d816112ec565b505f95508a9450859350610b2192505050565b905060ff821661098e576109878c848a8a85611323565b9550610af6565b60021960ff8316016109a7576109878c848a8a856115b6565b60091960ff8316016109c0576109878c848a8a85611850565b60ff8216601014806109d5575060ff82166011145b15610a785760405163ab3e16ad60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ab3e16ad90610a2e908f9087908d908d908890600401614948565b61010060405180830381865afa158015610a4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a6e9190614aa8565b9096509250610af6565b60ff821660071480610a8d575060ff82166008145b15610ae657604051631c7525f160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631c7525f190610a2e908f9087908d908d908890600401614948565b610af38c848a8a85611c62565b95505b85610b0d57505f9450899350849250610b21915050565b505080516040909101516001945090925090505b96509650969350505050565b5f5f5f5f5f610b7a610b3d611fa7565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508d9250611fc2915050565b9150915081610ba557610b8b611fa7565b604051635fe9b57760e01b81526004016101d49190614b51565b5f610baf82612103565b9050610bd5815f81518110610bc657610bc661455b565b602002602001015160086121e1565b9550610bed81600581518110610bc657610bc661455b565b94506008815111610bfe575f610c14565b610c1481600881518110610bc657610bc661455b565b935050505093509350939050565b6060610c35610c30836121f4565b612245565b92915050565b5f5f610c4684610d5d565b905082815111158015610c81575080511580610c815750805f81518110610c6f57610c6f61455b565b01602001516001600160f81b03191615155b610cb75760405162461bcd60e51b815260206004820152600760248201526634b73a32b3b2b960c91b60448201526064016101d4565b5f5b8151811015610cf057818181518110610cd457610cd461455b565b60209101015160f81c60089390931b9290921791600101610cb9565b505092915050565b5f5f610d0384610d5d565b905082815114610d3d5760405162461bcd60e51b8152602060048201526005602482015264199a5e195960da1b60448201526064016101d4565b602001519392505050565b5f610d54826014610cf8565b60601c92915050565b60605f5f5f610d6b85612462565b919450925090505f816001811115610d8557610d85614b63565b14610df85760405162461bcd60e51b815260206004820152603960248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206279746573206973206e6f7420612064617461206974656d0000000000000060648201526084016101d4565b610e028284614613565b855114610e6e5760405162461bcd60e51b815260206004820152603460248201527f524c505265616465723a2062797465732076616c756520636f6e7461696e732060448201527330b71034b73b30b634b2103932b6b0b4b73232b960611b60648201526084016101d4565b610e7d85602001518484612b09565b95945050505050565b5f60ff821660011480610e9c575060ff82166002145b80610eaa575060ff82166005145b80610c35575060ff821660061492915050565b5f5f5f84845f818110610ed257610ed261455b565b919091013560f81c9150506080811015610ef45760ff1691506001905061102f565b60a08160ff161115610f325760405162461bcd60e51b81526020600482015260076024820152660666565206361760cc1b60448201526064016101d4565b6080610f3f826001614b77565b610f499190614b90565b60ff169150818410801590610fc057508160011480610fc0575084846001818110610f7657610f7661455b565b909101356001600160f81b0319161580159150610fc057506002821180610fc05750608085856001818110610fad57610fad61455b565b9050013560f81c60f81b60f81c60ff1610155b610ff65760405162461bcd60e51b81526020600482015260076024820152660666565206361760cc1b60448201526064016101d4565b60015b8281101561102c578585828181106110135761101361455b565b60089690961b919095013560f81c179350600101610ff9565b50505b9250929050565b5f808383611045604182614600565b90611051602187614600565b9261105e9392919061456f565b61106791614ba9565b90505f8484611077602182614600565b90611083600188614600565b926110909392919061456f565b61109991614ba9565b90505f85856110a9600182614600565b8181106110b8576110b861455b565b919091013560f81c91505082158015906110e3575070014551231950b75fc4402da1732fc9bebe1983105b80156110ee57508115155b80156111165750611112600270014551231950b75fc4402da1732fc9bebe19614bda565b8211155b8015611126575060018160ff1611155b6111655760405162461bcd60e51b815260206004820152601060248201526f7369676e61747572652076616c75657360801b60448201526064016101d4565b5f61117460096001888a61456f565b88885f8181106111865761118661455b565b909101356001600160f81b03191690508960098a6111a5604182614600565b926111b29392919061456f565b6040516020016111c6959493929190614bed565b60405160208183030381529060405280519060200120905060018183601b6111ee9190614b77565b604080515f8152602081018083529390935260ff90911690820152606081018690526080810185905260a0016020604051602081039080840390855afa15801561123a573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b0385166112895760405162461bcd60e51b81526020600482015260096024820152687369676e617475726560b81b60448201526064016101d4565b5050505092915050565b8060ff16600414806112a857508060ff166009145b806112c65750600b8160ff16101580156112c65750600f8160ff1611155b156112e957604051637bb9ae1560e01b815260ff821660048201526024016101d4565b50565b60048151101580156113165750637bb9ae1560e01b61130a82614c31565b6001600160e01b031916145b156112e957805160208201fd5b5f5f5f611331878787612b99565b9150915061134b82600481518110610bc657610bc661455b565b1561136b57604051637bb9ae1560e01b81525f60048201526024016101d4565b611380825f81518110610bc657610bc661455b565b61138b906001614613565b84602001516001600160401b03161415806113be57506113b782600181518110610bc657610bc661455b565b8460800151105b806113ea57506113da82600281518110610bc657610bc661455b565b8460c001516001600160401b0316105b156113f9575f92505050610e7d565b61140f84602001516001600160401b0316612bdb565b825f815181106114215761142161455b565b60200260200101819052506114398460800151612bdb565b8260018151811061144c5761144c61455b565b602002602001018190525061146d8460c001516001600160401b0316612bdb565b826002815181106114805761148061455b565b60200260200101819052506114b98460e001516040516020016114a591815260200190565b604051602081830303815290604052612be9565b826003815181106114cc576114cc61455b565b60209081029190910101526114e760a0890160808a01614626565b6001600160401b03161561158b575f600a835111611505575f61152a565b61152a83600a8151811061151b5761151b61455b565b602002602001015160206121e1565b90505f600b84511161153c575f611552565b61155284600b81518110610bc657610bc661455b565b905061157584600a61157061156b8e6060018787612c53565b612bdb565b612d12565b935061158684600b6115705f612bdb565b935050505b6115a8878787611599611fa7565b6115a287612ea3565b86612ece565b506001979650505050505050565b5f5f5f6115c4878787612b99565b915091505f6115df83600581518110610bc657610bc661455b565b9050806001600160401b031685602001516001600160401b031614611609575f9350505050610e7d565b5f61161a60608b0160408c01614c6b565b90505f86602001516001600160401b03165f146116bc57816001600160a01b0316632ac86594600189602001516116519190614c86565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015611693573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116b79190614ca5565b6116be565b5f5b6020880151604051630ab2196560e21b81526001600160401b0390911660048201529091506001600160a01b03831690632ac8659490602401602060405180830381865afa158015611712573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117369190614ca5565b81886040015189606001518a6080015160405160200161177994939291909384526001600160a01b03928316602085015291166040830152606082015260800190565b60405160208183030381529060405280519060200120146117a1575f95505050505050610e7d565b6117bd6117af846001614cbc565b6001600160401b0316612bdb565b856005815181106117d0576117d061455b565b60200260200101819052506117f88a8a8a6117e9611fa7565b6117f28a612ea3565b89612ece565b5f5f61180a8c8c8c8c60600151613017565b915091508860800151826020018181516118249190614613565b9150818152505061183d8c8c8c8c60600151868661314c565b5060019c9b505050505050505050505050565b5f806118626040880160208901614c6b565b9050806001600160a01b031663935227ed6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156118a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118c49190614cdb565b6001600160401b031683602001516001600160401b0316106118e9575f915050610e7d565b6020830151604051633f3ae35f60e21b81526001600160401b0390911660048201525f906001600160a01b0383169063fceb8d7c906024016040805180830381865afa15801561193b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061195f9190614cf6565b5090505f5f85602001516001600160401b03161115611a0157826001600160a01b031663fceb8d7c600187602001516119989190614c86565b6040516001600160e01b031960e084901b1681526001600160401b0390911660048201526024016040805180830381865afa1580156119d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119fd9190614cf6565b5090505b60a085015180516020918201206040805192830184905282015282906060016040516020818303038152906040528051906020012014611a46575f9350505050610e7d565b611a4e614233565b60a08601515115801590611b6c57611a828760a001515f81518110611a7557611a7561455b565b016020015160f81c611293565b60a08701513090631992c7ae90611a9c60208f018f614626565b6040518363ffffffff1660e01b8152600401611ab9929190614d25565b5f60405180830381865afa925050508015611af557506040513d5f823e601f3d908101601f19168201604052611af291908101906147b7565b60015b611b3a573d808015611b22576040519150601f19603f3d011682016040523d82523d5f602084013e611b27565b606091505b50611b31816112ec565b5f915050611b6c565b8051909250829060ff1615801590611b575750805160ff16600314155b8015611b685750805160ff16600a14155b9150505b8015611c4357600160608b01526020808801516001600160401b031660808c01528a01518251611b9b90610e86565b611bbe57611bb18c8c8c8c878d60200151613279565b9650505050505050610e7d565b611bcb8c8c8c8c87611c62565b15611c0057825160ff1660011901611bf0578a60a00151159650505050505050610e7d565b611bb18b8b8b8b6020015161344c565b611c1060a08d0160808e01614626565b6001600160401b03165f03611c26576001611c29565b60025b611c369060ff1682614613565b60208c0152505f60c08b01525b611c538a8a8a8a6020015161344c565b9b9a5050505050505050505050565b5f5f5f611c7288888888886134ea565b915091505f5f611c888989898960400151613017565b91509150821580611cb25750815f01516001600160401b031686602001516001600160401b031614155b80611cc05750838260200151105b80611ccd57506080860151155b15611cde575f945050505050610e7d565b855160ff1660051901611d235760608201516001600160401b0316151580611d0d575085608001518260400151105b15611d1e575f945050505050610e7d565b611d4a565b8560800151848360200151611d389190614600565b1015611d4a575f945050505050610e7d565b855160ff166002148015611d69575060608601516001600160a01b0316155b15611d7a575f945050505050610e7d565b5f611d888b6060018661359d565b90508483602001818151611d9c9190614600565b90525082516001908490611db1908390614cbc565b6001600160401b0316905250865160ff1660051901611e0157866080015183604001818151611de09190614600565b9052506080870151602084018051611df9908390614613565b905250611e89565b865160ff1660041901611e3d57866080015183602001818151611e249190614600565b9052506080870151604084018051611df9908390614613565b865160ff1660021480611e6a575086604001516001600160a01b031687606001516001600160a01b031614155b15611e8957866080015183602001818151611e859190614600565b9052505b8015801590611ebc575060408701516001600160a01b0316611eb160e08d0160c08e01614c6b565b6001600160a01b0316145b15611eda578083602001818151611ed39190614613565b9052505f90505b611eec8a8a8a8a60400151878761314c565b865160ff1660011901611f0b57611f068b8b8b8b8b61361b565b611f52565b865160ff166001148015611f39575086604001516001600160a01b031687606001516001600160a01b031614155b15611f5257611f4f8b6060018b8b8b8b86613956565b90505b8015611f6857611f688b6060018b8b8b856139f9565b60c08a01516001600160401b031615801590611f8657508960600151155b15611f9657611f968a8a8a613a4c565b5060019a9950505050505050505050565b6040805180820190915260018152606760f81b602082015290565b5f60605f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663120c4a228888886040518463ffffffff1660e01b815260040161201793929190614d4f565b5f60405180830381865afa158015612031573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526120589190810190614d84565b915091508161207c575f60405180602001604052805f8152509350935050506120fb565b5f61208682610c22565b9050805160021415806120bb575087805190602001206120b1825f815181106104b5576104b561455b565b8051906020012014155b156120db5787604051635fe9b57760e01b81526004016101d49190614b51565b60016120f3826001815181106104b5576104b561455b565b945094505050505b935093915050565b60605f61210f83610c22565b905060088151108061212c5750612128600b6001614613565b8151115b1561213957610b8b611fa7565b80516001600160401b0381111561215257612152614695565b60405190808252806020026020018201604052801561218557816020015b60608152602001906001900390816121705790505b5091505f5b81518110156121da576121b58282815181106121a8576121a861455b565b6020026020010151613a84565b8382815181106121c7576121c761455b565b602090810291909101015260010161218a565b5050919050565b5f61081c6121ee846121f4565b83610c3b565b604080518082019091525f80825260208201525f8251116122275760405162461bcd60e51b81526004016101d490614dce565b50604080518082019091528151815260209182019181019190915290565b60605f5f5f61225385612462565b91945092509050600181600181111561226e5761226e614b63565b146122e15760405162461bcd60e51b815260206004820152603860248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206c697374206973206e6f742061206c697374206974656d000000000000000060648201526084016101d4565b84516122ed8385614613565b146123555760405162461bcd60e51b815260206004820152603260248201527f524c505265616465723a206c697374206974656d2068617320616e20696e76616044820152713634b2103230ba30903932b6b0b4b73232b960711b60648201526084016101d4565b604080516020808252610420820190925290816020015b604080518082019091525f808252602082015281526020019060019003908161236c5790505093505f835b8651811015612456575f5f6123db6040518060400160405280858c5f01516123bf9190614600565b8152602001858c602001516123d49190614613565b9052612462565b5091509150604051806040016040528083836123f79190614613565b8152602001848b6020015161240c9190614613565b8152508885815181106124215761242161455b565b6020908102919091010152612437600185614613565b93506124438183614613565b61244d9084614613565b92505050612397565b50845250919392505050565b5f5f5f5f845f0151116124875760405162461bcd60e51b81526004016101d490614dce565b602084015180515f1a607f81116124a9575f60015f9450945094505050612b02565b60b78111612602575f6124bd608083614600565b905080875f01511161253b5760405162461bcd60e51b815260206004820152604e60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20737472696e67206c656e6774682060648201526d2873686f727420737472696e672960901b608482015260a4016101d4565b6001838101516001600160f81b03191690821415806125685750600160ff1b6001600160f81b0319821610155b6125f05760405162461bcd60e51b815260206004820152604d60248201527f524c505265616465723a20696e76616c6964207072656669782c2073696e676c60448201527f652062797465203c203078383020617265206e6f74207072656669786564202860648201526c73686f727420737472696e672960981b608482015260a4016101d4565b506001955093505f9250612b02915050565b60bf811161283b575f61261660b783614600565b905080875f0151116126975760405162461bcd60e51b815260206004820152605160248201525f5160206150615f395f51905f5260448201527f74206265203e207468616e206c656e677468206f6620737472696e67206c656e60648201527067746820286c6f6e6720737472696e672960781b608482015260a4016101d4565b60018301516001600160f81b0319165f81900361271c5760405162461bcd60e51b815260206004820152604a60248201525f5160206150615f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152696e6720737472696e672960b01b608482015260a4016101d4565b600184015160088302610100031c6037811161279e5760405162461bcd60e51b815260206004820152604860248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e6760648201526720737472696e672960c01b608482015260a4016101d4565b6127a88184614613565b89511161281f5760405162461bcd60e51b815260206004820152604c60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e677468202860648201526b6c6f6e6720737472696e672960a01b608482015260a4016101d4565b61282a836001614613565b975095505f9450612b029350505050565b60f781116128da575f61284f60c083614600565b905080875f0151116128c95760405162461bcd60e51b815260206004820152604a60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e206c697374206c656e677468202873606482015269686f7274206c6973742960b01b608482015260a4016101d4565b600195509350849250612b02915050565b5f6128e660f783614600565b905080875f0151116129635760405162461bcd60e51b815260206004820152604d60248201525f5160206150615f395f51905f5260448201527f74206265203e207468616e206c656e677468206f66206c697374206c656e677460648201526c6820286c6f6e67206c6973742960981b608482015260a4016101d4565b60018301516001600160f81b0319165f8190036129e65760405162461bcd60e51b815260206004820152604860248201525f5160206150615f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152676e67206c6973742960c01b608482015260a4016101d4565b600184015160088302610100031c60378111612a665760405162461bcd60e51b815260206004820152604660248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e67606482015265206c6973742960d01b608482015260a4016101d4565b612a708184614613565b895111612ae55760405162461bcd60e51b815260206004820152604a60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e67746820286064820152696c6f6e67206c6973742960b01b608482015260a4016101d4565b612af0836001614613565b9750955060019450612b029350505050565b9193909250565b6060816001600160401b03811115612b2357612b23614695565b6040519080825280601f01601f191660200182016040528015612b4d576020820181803683370190505b509050811561081c575f612b618486614613565b9050602082015f5b84811015612b81578281015182820152602001612b69565b84811115612b8f575f858301525b5050509392505050565b60605f5f6060612bb2878787612bad611fa7565b613a98565b9450909250905081612bc657610b8b611fa7565b612bcf81612103565b93505050935093915050565b6060610c35612be983613b48565b606081516001148015612c1557506080825f81518110612c0b57612c0b61455b565b016020015160f81c105b15612c1e575090565b612c2a82516080613c64565b82604051602001612c3c929190614e55565b60405160208183030381529060405290505b919050565b5f80612c656040860160208701614626565b6001600160401b031690505f612c7c600883614e69565b905081841115612cce575f612c918386614600565b905082811115612c9e5750815b5f612caa878385613e01565b90508015612cb85780612cbb565b60015b612cc59088614613565b96505050612cf7565b81841015612cf757612cea85612ce48685614600565b83613e01565b612cf49086614600565b94505b85358510612d055784612d08565b85355b9695505050505050565b606082845111612dda575f612d28846001614613565b6001600160401b03811115612d3f57612d3f614695565b604051908082528060200260200182016040528015612d7257816020015b6060815260200190600190039081612d5d5790505b5090505f5b8151811015612dd65785518110612d9657612d915f612bdb565b612db1565b858181518110612da857612da861455b565b60200260200101515b828281518110612dc357612dc361455b565b6020908102919091010152600101612d77565b5093505b81848481518110612ded57612ded61455b565b602090810291909101015283515b600881118015612e2f575084612e12600183614600565b81518110612e2257612e2261455b565b6020026020010151516001145b8015612e82575084612e42600183614600565b81518110612e5257612e5261455b565b60200260200101515f81518110612e6b57612e6b61455b565b6020910101516001600160f81b031916600160ff1b145b15612e995780612e9181614e80565b915050612dfb565b8452509192915050565b6060612eae82613eb1565b9050612ebc815160c0613c64565b81604051602001612c3c929190614e55565b604080516002808252606082019092525f91816020015b6060815260200190600190039081612ee5579050509050612f0584612be9565b815f81518110612f1757612f1761455b565b6020026020010181905250612f2b83612be9565b81600181518110612f3e57612f3e61455b565b60200260200101819052507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cd4a769585612f8284612ea3565b898987818110612f9457612f9461455b565b9050602002810190612fa69190614e95565b8c516040516001600160e01b031960e088901b168152612fcd959493929190600401614ed7565b602060405180830381865afa158015612fe8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061300c9190614ca5565b909652505050505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f5f606160f81b84604051602001613053929190614f23565b60405160208183030381529060405290505f5f5f6130738a8a8a87613a98565b9250925092508094508261308a5750505050613143565b5f61309483610c22565b905080516004146130ba5784604051635fe9b57760e01b81526004016101d49190614b51565b6130cf815f8151811061028a5761028a61455b565b6001600160401b0316875280516130f390829060019081106103f7576103f761455b565b6020880152805161311190829060029081106103f7576103f761455b565b6040880152805161312f908290600390811061028a5761028a61455b565b6001600160401b0316606088015250505050505b94509492505050565b60408051600480825260a082019092525f91816020015b6060815260200190600190039081613163575050835190915061318e906001600160401b0316612bdb565b815f815181106131a0576131a061455b565b60200260200101819052506131b88360200151612bdb565b816001815181106131cb576131cb61455b565b60200260200101819052506131e38360400151612bdb565b816002815181106131f6576131f661455b565b602002602001018190525061321783606001516001600160401b0316612bdb565b8160038151811061322a5761322a61455b565b6020026020010181905250613270878787606160f81b88604051602001613252929190614f23565b60405160208183030381529060405261326a86612ea3565b87612ece565b50505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081018290528190845160ff16600714806132c95750845160ff166008145b1561336c57604051631c7525f160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631c7525f190613322908c908c908c908c908c90600401614948565b61010060405180830381865afa15801561333e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906133629190614aa8565b9092509050613406565b60405163ab3e16ad60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ab3e16ad906133c0908c908c908c908c908c90600401614948565b61010060405180830381865afa1580156133dc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134009190614aa8565b90925090505b8051602082015183613418575f61341e565b8260c001515b6001600160401b031660c08b015260208a0152885261343f8888888761344c565b9998505050505050505050565b5f5f5f61345a878787612b99565b915091505f600883511161346e575f613484565b61348483600881518110610bc657610bc661455b565b905080856001600160401b0316146134a1575f93505050506134e2565b6134b583600861157061156b856001614613565b92506134c18884613fcb565b92506134da8888886134d1611fa7565b61326a88612ea3565b600193505050505b949350505050565b5f806134fc60a0880160808901614626565b6001600160401b03165f0361351657505f90506001613593565b5f5f613526888888612bad611fa7565b50915091508161353857610b8b611fa7565b5f61354e8a60600161354984612103565b614044565b90506135598661406b565b6001600160401b031660c08a01819052613574908290614e69565b610120870151158061358b57508187610120015110155b945094505050505b9550959350505050565b5f806135af6080850160608601614c6b565b6001600160a01b031614806135de57506127106135d26060850160408601614626565b6001600160401b031610155b156135ea57505f610c35565b61081c826135fe6060860160408701614626565b613613906001600160401b0316612710614600565b612710613e01565b5f5f613628868686612b99565b915091505f61364383600681518110610bc657610bc661455b565b90505f61365b845f81518110610bc657610bc661455b565b905061367461156b6001600160401b0384166001614613565b846006815181106136875761368761455b565b60200260200101819052508760600151156136f8575f60088551116136ac575f6136c2565b6136c285600881518110610bc657610bc661455b565b905088608001516001600160401b031681146136e057600160a08a01525b6136f485600861157061156b856001614613565b9450505b6137028885613fcb565b9350613721888888613712611fa7565b61371b89612ea3565b88612ece565b60408051607760f81b602082015260c084901b6001600160c01b03191660218201528151600981830301815260299091019091525f6137628a8a8a85613a98565b60408051600580825260c082019092529194505f9350909150816020015b60608152602001906001900390816137805790505090506137a9856001600160401b0316612bdb565b815f815181106137bb576137bb61455b565b60200260200101819052506137d38860400151614093565b816001815181106137e6576137e661455b565b60200260200101819052506137fe8860600151614093565b816002815181106138115761381161455b565b60200260200101819052506138298860800151612bdb565b8160038151811061383c5761383c61455b565b6020026020010181905250613859846001600160401b0316612bdb565b8160048151811061386c5761386c61455b565b60200260200101819052506138878b8b8b8661326a86612ea3565b61389460208d018d614626565b6001600160401b03166138ad60408e0160208f01614c6b565b866001600160401b03168a604001518b606001518c6080015160405160200161390c969594939291909586526001600160a01b03948516602087015260408601939093529083166060850152909116608083015260a082015260c00190565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001208b6040018181525050505050505050505050505050565b5f5f5f6139698888888860600151613017565b915091508460800151826020018181516139839190614613565b90525083158015906139bc575084606001516001600160a01b03168960600160208101906139b19190614c6b565b6001600160a01b0316145b156139da5783826020018181516139d39190614613565b9052505f93505b6139ec8888888860600151868661314c565b5091979650505050505050565b5f80613a16868686613a1160808c0160608d01614c6b565b613017565b915091508282602001818151613a2c9190614613565b905250613270868686613a4560808c0160608d01614c6b565b868661314c565b5f5f613a59858585612b99565b91509150613a7d858585613a6b611fa7565b6115a2613a788b89613fcb565b612ea3565b5050505050565b6060610c3582602001515f845f0151612b09565b60208401515f90606090848110613ac557604051636c62c6b160e11b8152600481018690526024016101d4565b613ad0816001614613565b6020880152613b3984878784818110613aeb57613aeb61455b565b9050602002810190613afd9190614e95565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508b519150611fc29050565b90989097509095509350505050565b60605f82604051602001613b5e91815260200190565b60408051601f1981840301815291905290505f5b6020811015613baa57818181518110613b8d57613b8d61455b565b01602001516001600160f81b0319165f03613baa57600101613b72565b613bb5816020614600565b6001600160401b03811115613bcc57613bcc614695565b6040519080825280601f01601f191660200182016040528015613bf6576020820181803683370190505b5092505f5b8351811015613c5c578282613c0f81614f4f565b935081518110613c2157613c2161455b565b602001015160f81c60f81b848281518110613c3e57613c3e61455b565b60200101906001600160f81b03191690815f1a905350600101613bfb565b505050919050565b60606038831015613cc85760408051600180825281830190925290602082018180368337019050509050613c988284614b77565b60f81b815f81518110613cad57613cad61455b565b60200101906001600160f81b03191690815f1a905350610c35565b5f60015b613cd68186614bda565b15613cfc5781613ce581614f4f565b9250613cf5905061010082614e69565b9050613ccc565b613d07826001614613565b6001600160401b03811115613d1e57613d1e614695565b6040519080825280601f01601f191660200182016040528015613d48576020820181803683370190505b509250613d558483614b77565b613d60906037614b77565b60f81b835f81518110613d7557613d7561455b565b60200101906001600160f81b03191690815f1a905350600190505b818111610cf057610100613da48284614600565b613db090610100615042565b613dba9087614bda565b613dc4919061504d565b60f81b838281518110613dd957613dd961455b565b60200101906001600160f81b03191690815f1a90535080613df981614f4f565b915050613d90565b5f5f5f613e0e86866140bc565b91509150815f03613e3257838181613e2857613e28614bc6565b049250505061081c565b818411613e4957613e4960038515026011186140d8565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b606081515f03613ed357604080515f80825260208201909252905b5092915050565b5f805b8351811015613f0f57838181518110613ef157613ef161455b565b60200260200101515182613f059190614613565b9150600101613ed6565b816001600160401b03811115613f2757613f27614695565b6040519080825280601f01601f191660200182016040528015613f51576020820181803683370190505b5092505f9050602083015b8451821015613c5c575f858381518110613f7857613f7861455b565b602002602001015190505f602082019050613f95838284516140e9565b868481518110613fa757613fa761455b565b60200260200101515183613fbb9190614613565b6001909401939250613f5c915050565b60608260c001516001600160401b03165f03613fe8575080610c35565b5f600b835111613ff8575f61400e565b61400e83600b81518110610bc657610bc661455b565b905061403283600b6115708760c001516001600160401b03168561156b9190614613565b5f60c086015292508291505092915050565b5f600a82511161405557823561081c565b61081c82600a8151811061151b5761151b61455b565b5f816101000151601061407e9190614e69565b825161408990614145565b610c359190614613565b604051606082811b6bffffffffffffffffffffffff1916602083015290610c35906034016114a5565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b8282825b602081106141255781518352614104602084614613565b9250614111602083614613565b915061411e602082614600565b90506140ed565b905182516020929092036101000a5f190180199091169116179052505050565b5f8160ff166001148061415b57508160ff166005145b8061416957508160ff166006145b8061417757508160ff16600c145b8061418557508160ff16600f145b156141935750611388919050565b8160ff16600714806141a857508160ff16600d145b806141b657508160ff166010145b806141c457508160ff166011145b156141d25750612710919050565b8160ff16600214806141e757508160ff166008145b806141f557508160ff16600e145b156142035750614e20919050565b8160ff16600b03614217575061c350919050565b8160ff1660040361422c5750620186a0919050565b505f919050565b60408051610160810182525f8082526020820181905291810182905260608082018390526080820183905260a082015260c0810182905260e081018290526101008101829052610120810182905261014081019190915290565b5f5f83601f84011261429d575f5ffd5b5081356001600160401b038111156142b3575f5ffd5b60208301915083602082850101111561102f575f5ffd5b6001600160401b03811681146112e9575f5ffd5b5f5f5f604084860312156142f0575f5ffd5b83356001600160401b03811115614305575f5ffd5b6143118682870161428d565b9094509250506020840135614325816142ca565b809150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b805160ff1682525f602082015161438060208501826001600160401b03169052565b50604082015161439b60408501826001600160a01b03169052565b5060608201516143b660608501826001600160a01b03169052565b506080820151608084015260a082015161016060a08501526143dc610160850182614330565b905060c08301516143f860c08601826001600160401b03169052565b5060e083015160e08501526101008301516101008501526101208301516101208501526101408301516144376101408601826001600160401b03169052565b509392505050565b602081525f61081c602083018461435e565b5f5f5f5f5f5f868803610160811215614468575f5ffd5b610100811215614476575f5ffd5b5086955061010086013594506101208601356001600160401b0381111561449b575f5ffd5b6144a789828a0161428d565b9095509350506101408701356001600160401b038111156144c6575f5ffd5b8701601f810189136144d6575f5ffd5b80356001600160401b038111156144eb575f5ffd5b8960208260051b84010111156144ff575f5ffd5b60208201935080925050509295509295509295565b5f5f5f60408486031215614526575f5ffd5b8335925060208401356001600160401b03811115614542575f5ffd5b61454e8682870161428d565b9497909650939450505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561457d575f5ffd5b83861115614589575f5ffd5b5050820193919092039150565b6020808252600690820152656669656c647360d01b604082015260600190565b80356001600160c01b03198116906008841015613ecc576001600160c01b031960089490940360031b84901b1690921692915050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c3557610c356145ec565b80820180821115610c3557610c356145ec565b5f60208284031215614636575f5ffd5b813561081c816142ca565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61467c604083018587614641565b90506001600160401b0383166020830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b03811182821017156146cc576146cc614695565b60405290565b60405160e081016001600160401b03811182821017156146cc576146cc614695565b805160ff81168114612c4e575f5ffd5b8051612c4e816142ca565b6001600160a01b03811681146112e9575f5ffd5b8051612c4e8161470f565b5f82601f83011261473d575f5ffd5b81516001600160401b0381111561475657614756614695565b604051601f8201601f19908116603f011681016001600160401b038111828210171561478457614784614695565b60405281815283820160200185101561479b575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156147c7575f5ffd5b81516001600160401b038111156147dc575f5ffd5b820161016081850312156147ee575f5ffd5b6147f66146a9565b6147ff826146f4565b815261480d60208301614704565b602082015261481e60408301614723565b604082015261482f60608301614723565b60608201526080828101519082015260a08201516001600160401b03811115614856575f5ffd5b6148628682850161472e565b60a08301525061487460c08301614704565b60c082015260e08281015190820152610100808301519082015261012080830151908201526148a66101408301614704565b610140820152949350505050565b5f8383855260208501945060208460051b820101835f5b8681101561493c57838303601f19018852813536879003601e190181126148f0575f5ffd5b86016020810190356001600160401b0381111561490b575f5ffd5b803603821315614919575f5ffd5b614924858284614641565b60209a8b019a909550939093019250506001016148cb565b50909695505050505050565b5f8635614954816142ca565b6001600160401b03168252602087013561496d8161470f565b6001600160a01b0316602083015260408701356149898161470f565b6001600160a01b031660408301526060878101359083015260808701356149af816142ca565b6001600160401b0316608083015260a08701356149cb816142ca565b6001600160401b031660a083015260c08701356149e78161470f565b6001600160a01b031660c083015260e08781013590830152614a626101008301878051825260208101516020830152604081015160408301526060810151151560608301526001600160401b03608082015116608083015260a0810151151560a08301526001600160401b0360c08201511660c08301525050565b6102206101e0830152614a7a610220830185876148b4565b828103610200840152614a8d818561435e565b98975050505050505050565b80518015158114612c4e575f5ffd5b5f5f828403610100811215614abb575f5ffd5b614ac484614a99565b925060e0601f1982011215614ad7575f5ffd5b50614ae06146d2565b602084810151825260408086015191830191909152606085015190820152614b0a60808501614a99565b606082015260a0840151614b1d816142ca565b6080820152614b2e60c08501614a99565b60a082015260e0840151614b41816142ca565b60c0820152919491935090915050565b602081525f61081c6020830184614330565b634e487b7160e01b5f52602160045260245ffd5b60ff8181168382160190811115610c3557610c356145ec565b60ff8281168282160390811115610c3557610c356145ec565b80356020831015610c35575f19602084900360031b1b1692915050565b634e487b7160e01b5f52601260045260245ffd5b5f82614be857614be8614bc6565b500490565b6b0dccaeae4dedc5ad8645ae8f60a31b81528486600c8301375f85820160ff60f81b8616600c8201528385600d8301375f9301600d01928352509095945050505050565b805160208201516001600160e01b03198116919060048210156121da576001600160e01b031960049290920360031b82901b161692915050565b5f60208284031215614c7b575f5ffd5b813561081c8161470f565b6001600160401b038281168282160390811115610c3557610c356145ec565b5f60208284031215614cb5575f5ffd5b5051919050565b6001600160401b038181168382160190811115610c3557610c356145ec565b5f60208284031215614ceb575f5ffd5b815161081c816142ca565b5f5f60408385031215614d07575f5ffd5b82516020840151909250614d1a816142ca565b809150509250929050565b604081525f614d376040830185614330565b90506001600160401b03831660208301529392505050565b606081525f614d616060830186614330565b8281036020840152614d738186614330565b915050826040830152949350505050565b5f5f60408385031215614d95575f5ffd5b614d9e83614a99565b915060208301516001600160401b03811115614db8575f5ffd5b614dc48582860161472e565b9150509250929050565b6020808252604a908201527f524c505265616465723a206c656e677468206f6620616e20524c50206974656d60408201527f206d7573742062652067726561746572207468616e207a65726f20746f206265606082015269206465636f6461626c6560b01b608082015260a00190565b5f81518060208401855e5f93019283525090919050565b5f6134e2614e638386614e3e565b84614e3e565b8082028115828204841417610c3557610c356145ec565b5f81614e8e57614e8e6145ec565b505f190190565b5f5f8335601e19843603018112614eaa575f5ffd5b8301803591506001600160401b03821115614ec3575f5ffd5b60200191503681900382131561102f575f5ffd5b608081525f614ee96080830188614330565b8281036020840152614efb8188614330565b90508281036040840152614f10818688614641565b9150508260608301529695505050505050565b6001600160f81b031992909216825260601b6bffffffffffffffffffffffff1916600182015260150190565b5f60018201614f6057614f606145ec565b5060010190565b6001815b60018411156120fb57808504811115614f8657614f866145ec565b6001841615614f9457908102905b60019390931c928002614f6b565b5f82614fb057506001610c35565b81614fbc57505f610c35565b8160018114614fd25760028114614fdc57614ff8565b6001915050610c35565b60ff841115614fed57614fed6145ec565b50506001821b610c35565b5060208310610133831016604e8410600b841016171561501b575081810a610c35565b6150275f198484614f67565b805f190482111561503a5761503a6145ec565b029392505050565b5f61081c8383614fa2565b5f8261505b5761505b614bc6565b50069056fe524c505265616465723a206c656e677468206f6620636f6e74656e74206d7573a2646970667358221220f5e6e8000812f73fea91895278e380840a468e83318cb35c20dc87a0b343f91e64736f6c634300081e003360a0604052348015600e575f5ffd5b5060405161369d38038061369d833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161361261008b5f395f8181603d0152818161179f0152611b7901526136125ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80637005678d14610038578063ab3e16ad1461007c575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61008f61008a366004612fa7565b610105565b6040516100739291905f6101008201905083151582528251602083015260208301516040830152604083015160608301526060830151151560808301526001600160401b0360808401511660a083015260a0830151151560c08301526001600160401b0360c08401511660e08301529392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101829052825160ff1660101461015a576101558787878787610172565b610167565b6101678787878787610325565b979596505050505050565b5f5f5f61018288888888886105c7565b50915091505f5f610195898989896106d3565b915091505f5f6101ab8b8b8b8b60400151610815565b915091508415806101d55750815f01516001600160401b031688602001516001600160401b031614155b806101e35750858260200151105b806101ec575082155b156101ff575f965050505050505061031c565b5f61020d8d60600188610967565b90508387846020015161022091906130c5565b61022a91906130d8565b6020840152825160019084906102419083906130eb565b6001600160401b03169052508015801590610286575088604001516001600160a01b03168d606001606001602081019061027b919061310a565b6001600160a01b0316145b156102a457808360200181815161029d91906130d8565b9052505f90505b6102b68c8c8c8c6040015187876109ee565b6102cc8c8c8c8c6102c7898b6130d8565b610b1b565b80156102e2576102e28d6060018d8d8d85610b4e565b60c08c01516001600160401b03161580159061030057508b60600151155b15610310576103108c8c8c610ba1565b60019750505050505050505b95945050505050565b5f5f5f5f61033689898989896105c7565b9250925092505f61034e898989896101400151610bd9565b90505f5f6103628b8b8b8b60400151610815565b9150915084158061038c5750815f01516001600160401b031688602001516001600160401b031614155b8061039a5750858260200151105b156103ad575f965050505050505061031c565b825115806103c357508260400151886080015114155b806103e0575087608001518683602001516103de91906130c5565b105b156103f3575f965050505050505061031c565b5f610402848a60800151610da2565b90505f6104128e60600189610967565b905089608001518861042491906130d8565b8460200181815161043591906130c5565b9052508351600190859061044a9083906130eb565b6001600160401b031690525060408a015160208601516001600160a01b039182169116036104895781516020850180516104859083906130d8565b9052505b80158015906104c2575089604001516001600160a01b03168e60600160600160208101906104b7919061310a565b6001600160a01b0316145b156104e05780846020018181516104d991906130d8565b9052505f90505b6104f28d8d8d8d6040015188886109ee565b81511580159061051c575089604001516001600160a01b031685602001516001600160a01b031614155b156105505761054d8e6060018e8e8e8960200151875f6003811061054257610542613123565b602002015187610e0c565b90505b6105628d8d8d8d610140015186610e9d565b61056f8d8d8d8d8a610fb5565b8015610585576105858e6060018e8e8e85610b4e565b60c08d01516001600160401b0316158015906105a357508c60600151155b156105b3576105b38d8d8d610ba1565b5060019d9c50505050505050505050505050565b5f5f5f5f5f6105df8989896105da611144565b61115f565b509150915081610614576105f1611144565b604051635fe9b57760e01b815260040161060b9190613165565b60405180910390fd5b5f61061e8261120f565b9050610644815f8151811061063557610635613123565b602002602001015160086112ed565b935061065660a08c0160808d01613177565b6001600160401b03165f03610674575f6001955095505050506106c8565b5f6106828c60600183611300565b905061068d88611336565b6001600160401b031660c08c018190526106a8908290613190565b61012089015115806106bf57508189610120015110155b96509650505050505b955095509592505050565b5f5f5f6106e7878787876101400151610bd9565b90505f6106fb88888888610140015161135e565b5090505f5f61070f8a8a8a6105da8b61142f565b50915091508115610728576107258160206112ed565b95505b835161073b57505f935061080c92505050565b5f5f5f61074c878b60400151611468565b9250925092508261076757505f965061080c95505050505050565b5f82156107905761078d8760026020020151848a608001516001600160401b0316611563565b90505b5f821180156107ab57505f8860a001516001600160401b0316115b156107dc576107cf8760036020020151838a60a001516001600160401b0316611563565b6107d990826130d8565b90505b8981116107f457505f975061080c9650505050505050565b896107ff81836130c5565b9950995050505050505050505b94509492505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f5f606160f81b846040516020016108519291906131a7565b60405160208183030381529060405290505f5f5f6108718a8a8a8761115f565b92509250925080945082610888575050505061080c565b5f61089283611614565b905080516004146108b85784604051635fe9b57760e01b815260040161060b9190613165565b6108dc815f815181106108cd576108cd613123565b60200260200101516008611627565b6001600160401b03168752805161090f908290600190811061090057610900613123565b60200260200101516020611627565b6020880152805161092d908290600290811061090057610900613123565b6040880152805161094b90829060039081106108cd576108cd613123565b6001600160401b03166060880152505050505094509492505050565b5f80610979608085016060860161310a565b6001600160a01b031614806109a8575061271061099c6060850160408601613177565b6001600160401b031610155b156109b457505f6109e8565b6109e5826109c86060860160408701613177565b6109dd906001600160401b03166127106130c5565b612710611563565b90505b92915050565b60408051600480825260a082019092525f91816020015b6060815260200190600190039081610a055750508351909150610a30906001600160401b03166116e4565b815f81518110610a4257610a42613123565b6020026020010181905250610a5a83602001516116e4565b81600181518110610a6d57610a6d613123565b6020026020010181905250610a8583604001516116e4565b81600281518110610a9857610a98613123565b6020026020010181905250610ab983606001516001600160401b03166116e4565b81600381518110610acc57610acc613123565b6020026020010181905250610b12878787606160f81b88604051602001610af49291906131a7565b604051602081830303815290604052610b0c866116f7565b87611722565b50505050505050565b5f610b258361142f565b90505f610b348787878561115f565b92505050610b1287878785610b48886116e4565b86611722565b5f80610b6b868686610b6660808c0160608d0161310a565b610815565b915091508282602001818151610b8191906130d8565b905250610b12868686610b9a60808c0160608d0161310a565b86866109ee565b5f5f610bae85858561186b565b91509150610bd2858585610bc0611144565b610b48610bcd8b896118a8565b6116f7565b5050505050565b6040805160c0810182525f808252602082018190529181018290526060808201526080810182905260a08101919091526040515f90610c2290602360f91b9085906020016131ce565b60405160208183030381529060405290505f5f610c418888888661115f565b509150915081610c5357505050610d9a565b5f610c5d82611614565b90508051601014610c835783604051635fe9b57760e01b815260040161060b9190613165565b610ca681600181518110610c9957610c99613123565b6020026020010151611926565b6001600160a01b0316602086015280515f90610cde9083906002908110610ccf57610ccf613123565b60200260200101516001611627565b6001149050610cf982600b8151811061090057610900613123565b60408701528151610d24908390600c908110610d1757610d17613123565b602002602001015161193b565b8660600181905250610d4282600d815181106108cd576108cd613123565b6001600160401b031660808701528151610d69908390600e9081106108cd576108cd613123565b6001600160401b031660a0870152808015610d9057505f86608001516001600160401b0316115b1515865250505050505b949350505050565b610daa612cfa565b610db982611b58612710611563565b602082015260a08301516001600160401b031615610de657610de0826103e8612710611563565b60408201525b60408101516020820151610dfa90846130c5565b610e0491906130c5565b815292915050565b5f5f5f610e1b89898989610815565b915091508482602001818151610e3191906130d8565b9052508315801590610e6357506001600160a01b038616610e5860808c0160608d0161310a565b6001600160a01b0316145b15610e81578382602001818151610e7a91906130d8565b9052505f93505b610e8f8989898986866109ee565b509198975050505050505050565b5f5f610eab8787878761135e565b60408051600480825260a082019092529294509092505f9190816020015b6060815260200190600190039081610ec95750508351909150610ef690610ef19060016130d8565b6116e4565b815f81518110610f0857610f08613123565b60209081029190910101525f5b6003811015610f9257610f63858260038110610f3357610f33613123565b602002015185610f448460016130d8565b60048110610f5457610f54613123565b6020020151610ef191906130d8565b82610f6f8360016130d8565b81518110610f7f57610f7f613123565b6020908102919091010152600101610f15565b50610fab888888610fa289611b58565b610b0c866116f7565b5050505050505050565b61014082015160408084015190515f92610fd792605560f81b926020016131f5565b60405160208183030381529060405290505f5f5f610ff78989898761115f565b9250925092505f5f8415611066575f61100f85611614565b905080516003146110355786604051635fe9b57760e01b815260040161060b9190613165565b61104a815f815181106108cd576108cd613123565b92506110628160018151811061090057610900613123565b9150505b604080516003808252608082019092525f91816020015b606081526020019060019003908161107d5790505090506110a2610ef18460016130d8565b815f815181106110b4576110b4613123565b60200260200101819052506110d2896080015183610ef191906130d8565b816001815181106110e5576110e5613123565b6020026020010181905250611102886001600160401b03166116e4565b8160028151811061111557611115613123565b60200260200101819052506111368c8c8c8a611130866116f7565b89611722565b505050505050505050505050565b6040805180820190915260018152606760f81b602082015290565b60208401515f9060609084811061118c57604051636c62c6b160e11b81526004810186905260240161060b565b6111978160016130d8565b6020880152611200848787848181106111b2576111b2613123565b90506020028101906111c49190613231565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508b519150611b729050565b90989097509095509350505050565b60605f61121b83611614565b90506008815110806112385750611234600b60016130d8565b8151115b15611245576105f1611144565b80516001600160401b0381111561125e5761125e612d36565b60405190808252806020026020018201604052801561129157816020015b606081526020019060019003908161127c5790505b5091505f5b81518110156112e6576112c18282815181106112b4576112b4613123565b6020026020010151611cc0565b8382815181106112d3576112d3613123565b6020908102919091010152600101611296565b5050919050565b5f6109e56112fa84611cd4565b83611627565b5f600a8251116113115782356109e5565b6109e582600a8151811061132757611327613123565b602002602001015160206112ed565b5f81610100015160106113499190613190565b825161135490611d25565b6109e891906130d8565b611366612d18565b5f5f61137184611b58565b90505f5f5f6113828a8a8a8761115f565b92509250925080945082611399575050505061080c565b5f6113a383611614565b905080516004146113c95784604051635fe9b57760e01b815260040161060b9190613165565b6113de815f815181106108cd576108cd613123565b875260015b60048110156114205761140182828151811061090057610900613123565b88826004811061141357611413613123565b60200201526001016113e3565b50505050505094509492505050565b610140810151604080830151905160609261145292604560f81b926020016131f5565b6040516020818303038152906040529050919050565b5f8080805b856060015151811015611551575f61149487606001518381518110610d1757610d17613123565b905080516003146114e0576040516001600160601b0319606088901b16602082015260340160408051601f1981840301815290829052635fe9b57760e01b825261060b91600401613165565b856001600160a01b03166114ff825f81518110610c9957610c99613123565b6001600160a01b031603611548576001611525826001815181106108cd576108cd613123565b61153b836002815181106108cd576108cd613123565b945094509450505061155c565b5060010161146d565b505f5f5f9250925092505b9250925092565b5f5f5f6115708686611e13565b91509150815f036115945783818161158a5761158a613273565b049250505061160d565b8184116115ab576115ab6003851502601118611e2f565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b60606109e861162283611cd4565b61193b565b5f5f61163284611e40565b90508281511115801561166d57508051158061166d5750805f8151811061165b5761165b613123565b01602001516001600160f81b03191615155b6116a35760405162461bcd60e51b815260206004820152600760248201526634b73a32b3b2b960c91b604482015260640161060b565b5f5b81518110156116dc578181815181106116c0576116c0613123565b60209101015160f81c60089390931b92909217916001016116a5565b505092915050565b60606109e86116f283611f60565b61207c565b6060611702826120d4565b9050611710815160c06121e9565b8160405160200161145292919061329e565b604080516002808252606082019092525f91816020015b60608152602001906001900390816117395790505090506117598461207c565b815f8151811061176b5761176b613123565b602002602001018190525061177f8361207c565b8160018151811061179257611792613123565b60200260200101819052507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cd4a7695856117d6846116f7565b8989878181106117e8576117e8613123565b90506020028101906117fa9190613231565b8c516040516001600160e01b031960e088901b1681526118219594939291906004016132b2565b602060405180830381865afa15801561183c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118609190613312565b909652505050505050565b60605f5f606061187f8787876105da611144565b9450909250905081611893576105f1611144565b61189c8161120f565b93505050935093915050565b60608260c001516001600160401b03165f036118c55750806109e8565b5f600b8351116118d5575f6118eb565b6118eb83600b8151811061063557610635613123565b905061191483600b61190f8760c001516001600160401b031685610ef191906130d8565b612386565b5f60c086015292508291505092915050565b5f611932826014612517565b60601c92915050565b60605f5f5f61194985612567565b91945092509050600181600181111561196457611964613329565b146119d75760405162461bcd60e51b815260206004820152603860248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206c697374206973206e6f742061206c697374206974656d0000000000000000606482015260840161060b565b84516119e383856130d8565b14611a4b5760405162461bcd60e51b815260206004820152603260248201527f524c505265616465723a206c697374206974656d2068617320616e20696e76616044820152713634b2103230ba30903932b6b0b4b73232b960711b606482015260840161060b565b604080516020808252610420820190925290816020015b604080518082019091525f8082526020820152815260200190600190039081611a625790505093505f835b8651811015611b4c575f5f611ad16040518060400160405280858c5f0151611ab591906130c5565b8152602001858c60200151611aca91906130d8565b9052612567565b509150915060405180604001604052808383611aed91906130d8565b8152602001848b60200151611b0291906130d8565b815250888581518110611b1757611b17613123565b6020908102919091010152611b2d6001856130d8565b9350611b3981836130d8565b611b4390846130d8565b92505050611a8d565b50845250919392505050565b60405160609061145290600560fc1b9084906020016131ce565b5f60605f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663120c4a228888886040518463ffffffff1660e01b8152600401611bc79392919061333d565b5f60405180830381865afa158015611be1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611c089190810190613372565b9150915081611c2c575f60405180602001604052805f815250935093505050611cb8565b5f611c3682611614565b905080516002141580611c7857508780519060200120611c6e825f81518110611c6157611c61613123565b6020026020010151611e40565b8051906020012014155b15611c985787604051635fe9b57760e01b815260040161060b9190613165565b6001611cb082600181518110611c6157611c61613123565b945094505050505b935093915050565b60606109e882602001515f845f0151612c0e565b604080518082019091525f80825260208201525f825111611d075760405162461bcd60e51b815260040161060b906133fa565b50604080518082019091528151815260209182019181019190915290565b5f8160ff1660011480611d3b57508160ff166005145b80611d4957508160ff166006145b80611d5757508160ff16600c145b80611d6557508160ff16600f145b15611d735750611388919050565b8160ff1660071480611d8857508160ff16600d145b80611d9657508160ff166010145b80611da457508160ff166011145b15611db25750612710919050565b8160ff1660021480611dc757508160ff166008145b80611dd557508160ff16600e145b15611de35750614e20919050565b8160ff16600b03611df7575061c350919050565b8160ff16600403611e0c5750620186a0919050565b505f919050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60605f5f5f611e4e85612567565b919450925090505f816001811115611e6857611e68613329565b14611edb5760405162461bcd60e51b815260206004820152603960248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206279746573206973206e6f7420612064617461206974656d00000000000000606482015260840161060b565b611ee582846130d8565b855114611f515760405162461bcd60e51b815260206004820152603460248201527f524c505265616465723a2062797465732076616c756520636f6e7461696e732060448201527330b71034b73b30b634b2103932b6b0b4b73232b960611b606482015260840161060b565b61031c85602001518484612c0e565b60605f82604051602001611f7691815260200190565b60408051601f1981840301815291905290505f5b6020811015611fc257818181518110611fa557611fa5613123565b01602001516001600160f81b0319165f03611fc257600101611f8a565b611fcd8160206130c5565b6001600160401b03811115611fe457611fe4612d36565b6040519080825280601f01601f19166020018201604052801561200e576020820181803683370190505b5092505f5b83518110156120745782826120278161346a565b93508151811061203957612039613123565b602001015160f81c60f81b84828151811061205657612056613123565b60200101906001600160f81b03191690815f1a905350600101612013565b505050919050565b6060815160011480156120a857506080825f8151811061209e5761209e613123565b016020015160f81c105b156120b1575090565b6120bd825160806121e9565b8260405160200161145292919061329e565b919050565b606081515f036120f1575050604080515f81526020810190915290565b5f805b835181101561212d5783818151811061210f5761210f613123565b6020026020010151518261212391906130d8565b91506001016120f4565b816001600160401b0381111561214557612145612d36565b6040519080825280601f01601f19166020018201604052801561216f576020820181803683370190505b5092505f9050602083015b8451821015612074575f85838151811061219657612196613123565b602002602001015190505f6020820190506121b383828451612c9e565b8684815181106121c5576121c5613123565b602002602001015151836121d991906130d8565b600190940193925061217a915050565b6060603883101561224d576040805160018082528183019092529060208201818036833701905050905061221d8284613482565b60f81b815f8151811061223257612232613123565b60200101906001600160f81b03191690815f1a9053506109e8565b5f60015b61225b818661349b565b15612281578161226a8161346a565b925061227a905061010082613190565b9050612251565b61228c8260016130d8565b6001600160401b038111156122a3576122a3612d36565b6040519080825280601f01601f1916602001820160405280156122cd576020820181803683370190505b5092506122da8483613482565b6122e5906037613482565b60f81b835f815181106122fa576122fa613123565b60200101906001600160f81b03191690815f1a905350600190505b8181116116dc5761010061232982846130c5565b61233590610100613589565b61233f908761349b565b6123499190613594565b60f81b83828151811061235e5761235e613123565b60200101906001600160f81b03191690815f1a9053508061237e8161346a565b915050612315565b60608284511161244e575f61239c8460016130d8565b6001600160401b038111156123b3576123b3612d36565b6040519080825280602002602001820160405280156123e657816020015b60608152602001906001900390816123d15790505b5090505f5b815181101561244a578551811061240a576124055f6116e4565b612425565b85818151811061241c5761241c613123565b60200260200101515b82828151811061243757612437613123565b60209081029190910101526001016123eb565b5093505b8184848151811061246157612461613123565b602090810291909101015283515b6008811180156124a35750846124866001836130c5565b8151811061249657612496613123565b6020026020010151516001145b80156124f65750846124b66001836130c5565b815181106124c6576124c6613123565b60200260200101515f815181106124df576124df613123565b6020910101516001600160f81b031916600160ff1b145b1561250d5780612505816135a7565b91505061246f565b8452509192915050565b5f5f61252284611e40565b90508281511461255c5760405162461bcd60e51b8152602060048201526005602482015264199a5e195960da1b604482015260640161060b565b602001519392505050565b5f5f5f5f845f01511161258c5760405162461bcd60e51b815260040161060b906133fa565b602084015180515f1a607f81116125ae575f60015f9450945094505050612c07565b60b78111612707575f6125c26080836130c5565b905080875f0151116126405760405162461bcd60e51b815260206004820152604e60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20737472696e67206c656e6774682060648201526d2873686f727420737472696e672960901b608482015260a40161060b565b6001838101516001600160f81b031916908214158061266d5750600160ff1b6001600160f81b0319821610155b6126f55760405162461bcd60e51b815260206004820152604d60248201527f524c505265616465723a20696e76616c6964207072656669782c2073696e676c60448201527f652062797465203c203078383020617265206e6f74207072656669786564202860648201526c73686f727420737472696e672960981b608482015260a40161060b565b506001955093505f9250612c07915050565b60bf8111612940575f61271b60b7836130c5565b905080875f01511161279c5760405162461bcd60e51b815260206004820152605160248201525f5160206135bd5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f6620737472696e67206c656e60648201527067746820286c6f6e6720737472696e672960781b608482015260a40161060b565b60018301516001600160f81b0319165f8190036128215760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152696e6720737472696e672960b01b608482015260a40161060b565b600184015160088302610100031c603781116128a35760405162461bcd60e51b815260206004820152604860248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e6760648201526720737472696e672960c01b608482015260a40161060b565b6128ad81846130d8565b8951116129245760405162461bcd60e51b815260206004820152604c60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e677468202860648201526b6c6f6e6720737472696e672960a01b608482015260a40161060b565b61292f8360016130d8565b975095505f9450612c079350505050565b60f781116129df575f61295460c0836130c5565b905080875f0151116129ce5760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e206c697374206c656e677468202873606482015269686f7274206c6973742960b01b608482015260a40161060b565b600195509350849250612c07915050565b5f6129eb60f7836130c5565b905080875f015111612a685760405162461bcd60e51b815260206004820152604d60248201525f5160206135bd5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f66206c697374206c656e677460648201526c6820286c6f6e67206c6973742960981b608482015260a40161060b565b60018301516001600160f81b0319165f819003612aeb5760405162461bcd60e51b815260206004820152604860248201525f5160206135bd5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152676e67206c6973742960c01b608482015260a40161060b565b600184015160088302610100031c60378111612b6b5760405162461bcd60e51b815260206004820152604660248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e67606482015265206c6973742960d01b608482015260a40161060b565b612b7581846130d8565b895111612bea5760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e67746820286064820152696c6f6e67206c6973742960b01b608482015260a40161060b565b612bf58360016130d8565b9750955060019450612c079350505050565b9193909250565b6060816001600160401b03811115612c2857612c28612d36565b6040519080825280601f01601f191660200182016040528015612c52576020820181803683370190505b509050811561160d575f612c6684866130d8565b9050602082015f5b84811015612c86578281015182820152602001612c6e565b84811115612c94575f858301525b5050509392505050565b8282825b60208110612cda5781518352612cb96020846130d8565b9250612cc66020836130d8565b9150612cd36020826130c5565b9050612ca2565b905182516020929092036101000a5f190180199091169116179052505050565b60405180606001604052806003906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b0381118282101715612d6d57612d6d612d36565b60405290565b60405160e081016001600160401b0381118282101715612d6d57612d6d612d36565b604051601f8201601f191681016001600160401b0381118282101715612dbd57612dbd612d36565b604052919050565b8015158114612dd2575f5ffd5b50565b80356001600160401b03811681146120cf575f5ffd5b5f5f83601f840112612dfb575f5ffd5b5081356001600160401b03811115612e11575f5ffd5b6020830191508360208260051b8501011115612e2b575f5ffd5b9250929050565b803560ff811681146120cf575f5ffd5b80356001600160a01b03811681146120cf575f5ffd5b5f6001600160401b03821115612e7057612e70612d36565b50601f01601f191660200190565b5f82601f830112612e8d575f5ffd5b8135612ea0612e9b82612e58565b612d95565b818152846020838601011115612eb4575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6101608284031215612ee1575f5ffd5b612ee9612d4a565b9050612ef482612e32565b8152612f0260208301612dd5565b6020820152612f1360408301612e42565b6040820152612f2460608301612e42565b60608201526080828101359082015260a08201356001600160401b03811115612f4b575f5ffd5b612f5784828501612e7e565b60a083015250612f6960c08301612dd5565b60c082015260e0828101359082015261010080830135908201526101208083013590820152612f9b6101408301612dd5565b61014082015292915050565b5f5f5f5f5f858703610220811215612fbd575f5ffd5b610100811215612fcb575f5ffd5b86955060e060ff1982011215612fdf575f5ffd5b50612fe8612d73565b61010087013581526101208701356020820152610140870135604082015261016087013561301581612dc5565b60608201526130276101808801612dd5565b60808201526101a087013561303b81612dc5565b60a082015261304d6101c08801612dd5565b60c082015293506101e08601356001600160401b0381111561306d575f5ffd5b61307988828901612deb565b9094509250506102008601356001600160401b03811115613098575f5ffd5b6130a488828901612ed0565b9150509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109e8576109e86130b1565b808201808211156109e8576109e86130b1565b6001600160401b0381811683821601908111156109e8576109e86130b1565b5f6020828403121561311a575f5ffd5b6109e582612e42565b634e487b7160e01b5f52603260045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109e56020830184613137565b5f60208284031215613187575f5ffd5b6109e582612dd5565b80820281158282048414176109e8576109e86130b1565b6001600160f81b031992909216825260601b6001600160601b031916600182015260150190565b6001600160f81b031992909216825260c01b6001600160c01b031916600182015260090190565b6001600160f81b031993909316835260c09190911b6001600160c01b031916600183015260601b6001600160601b0319166009820152601d0190565b5f5f8335601e19843603018112613246575f5ffd5b8301803591506001600160401b0382111561325f575f5ffd5b602001915036819003821315612e2b575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f610d9a6132ac8386613287565b84613287565b608081525f6132c46080830188613137565b82810360208401526132d68188613137565b90508281036040840152848152848660208301375f602086830101526020601f19601f8701168201019150508260608301529695505050505050565b5f60208284031215613322575f5ffd5b5051919050565b634e487b7160e01b5f52602160045260245ffd5b606081525f61334f6060830186613137565b82810360208401526133618186613137565b915050826040830152949350505050565b5f5f60408385031215613383575f5ffd5b825161338e81612dc5565b60208401519092506001600160401b038111156133a9575f5ffd5b8301601f810185136133b9575f5ffd5b80516133c7612e9b82612e58565b8181528660208385010111156133db575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b6020808252604a908201527f524c505265616465723a206c656e677468206f6620616e20524c50206974656d60408201527f206d7573742062652067726561746572207468616e207a65726f20746f206265606082015269206465636f6461626c6560b01b608082015260a00190565b5f6001820161347b5761347b6130b1565b5060010190565b60ff81811683821601908111156109e8576109e86130b1565b5f826134a9576134a9613273565b500490565b6001815b6001841115611cb8578085048111156134cd576134cd6130b1565b60018416156134db57908102905b60019390931c9280026134b2565b5f826134f7575060016109e8565b8161350357505f6109e8565b816001811461351957600281146135235761353f565b60019150506109e8565b60ff841115613534576135346130b1565b50506001821b6109e8565b5060208310610133831016604e8410600b8410161715613562575081810a6109e8565b61356e5f1984846134ae565b805f1904821115613581576135816130b1565b029392505050565b5f6109e583836134e9565b5f826135a2576135a2613273565b500690565b5f816135b5576135b56130b1565b505f19019056fe524c505265616465723a206c656e677468206f6620636f6e74656e74206d7573a2646970667358221220ae94cf1553985af189ea38b177a7d997ae1720c3c809856785e3c59e93a7f59964736f6c634300081e0033",
}

// FaultProver is an auto generated Go binding around an Ethereum contract.
type FaultProver struct {
	abi abi.ABI
}

// NewFaultProver creates a new instance of FaultProver.
func NewFaultProver() *FaultProver {
	parsed, err := FaultProverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FaultProver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FaultProver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trie, address rounds) returns()
func (faultProver *FaultProver) PackConstructor(trie common.Address, rounds common.Address) []byte {
	enc, err := faultProver.abi.Pack("", trie, rounds)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAppendWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15ac239d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appendWithdrawal(uint64 wcount, bytes32[] wnodes, bytes32 leaf) pure returns(uint64, bytes32[])
func (faultProver *FaultProver) PackAppendWithdrawal(wcount uint64, wnodes [][32]byte, leaf [32]byte) []byte {
	enc, err := faultProver.abi.Pack("appendWithdrawal", wcount, wnodes, leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppendWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15ac239d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appendWithdrawal(uint64 wcount, bytes32[] wnodes, bytes32 leaf) pure returns(uint64, bytes32[])
func (faultProver *FaultProver) TryPackAppendWithdrawal(wcount uint64, wnodes [][32]byte, leaf [32]byte) ([]byte, error) {
	return faultProver.abi.Pack("appendWithdrawal", wcount, wnodes, leaf)
}

// AppendWithdrawalOutput serves as a container for the return parameters of contract
// method AppendWithdrawal.
type AppendWithdrawalOutput struct {
	Arg0 uint64
	Arg1 [][32]byte
}

// UnpackAppendWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15ac239d.
//
// Solidity: function appendWithdrawal(uint64 wcount, bytes32[] wnodes, bytes32 leaf) pure returns(uint64, bytes32[])
func (faultProver *FaultProver) UnpackAppendWithdrawal(data []byte) (AppendWithdrawalOutput, error) {
	out, err := faultProver.abi.Unpack("appendWithdrawal", data)
	outstruct := new(AppendWithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Arg1 = *abi.ConvertType(out[1], new([][32]byte)).(*[][32]byte)
	return *outstruct, nil
}

// PackEncodeEndChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x730eec2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeEndChallenge(((bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],bytes) c) pure returns(bytes)
func (faultProver *FaultProver) PackEncodeEndChallenge(c FaultProverEndChallenge) []byte {
	enc, err := faultProver.abi.Pack("encodeEndChallenge", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeEndChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x730eec2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeEndChallenge(((bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],bytes) c) pure returns(bytes)
func (faultProver *FaultProver) TryPackEncodeEndChallenge(c FaultProverEndChallenge) ([]byte, error) {
	return faultProver.abi.Pack("encodeEndChallenge", c)
}

// UnpackEncodeEndChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x730eec2a.
//
// Solidity: function encodeEndChallenge(((bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],bytes) c) pure returns(bytes)
func (faultProver *FaultProver) UnpackEncodeEndChallenge(data []byte) ([]byte, error) {
	out, err := faultProver.abi.Unpack("encodeEndChallenge", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackEncodeStepChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa36450f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeStepChallenge((uint64,(bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],(bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],bytes,bytes[]) c) pure returns(bytes)
func (faultProver *FaultProver) PackEncodeStepChallenge(c FaultProverStepChallenge) []byte {
	enc, err := faultProver.abi.Pack("encodeStepChallenge", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeStepChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa36450f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeStepChallenge((uint64,(bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],(bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],bytes,bytes[]) c) pure returns(bytes)
func (faultProver *FaultProver) TryPackEncodeStepChallenge(c FaultProverStepChallenge) ([]byte, error) {
	return faultProver.abi.Pack("encodeStepChallenge", c)
}

// UnpackEncodeStepChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa36450f.
//
// Solidity: function encodeStepChallenge((uint64,(bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],(bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]),bytes32[],bytes,bytes[]) c) pure returns(bytes)
func (faultProver *FaultProver) UnpackEncodeStepChallenge(data []byte) ([]byte, error) {
	out, err := faultProver.abi.Unpack("encodeStepChallenge", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackEndFraud is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b8260af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endFraud((bytes32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64) b, bytes challenge) view returns(bool)
func (faultProver *FaultProver) PackEndFraud(b FaultProverBatchClaim, challenge []byte) []byte {
	enc, err := faultProver.abi.Pack("endFraud", b, challenge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndFraud is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b8260af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endFraud((bytes32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64) b, bytes challenge) view returns(bool)
func (faultProver *FaultProver) TryPackEndFraud(b FaultProverBatchClaim, challenge []byte) ([]byte, error) {
	return faultProver.abi.Pack("endFraud", b, challenge)
}

// UnpackEndFraud is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b8260af.
//
// Solidity: function endFraud((bytes32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64) b, bytes challenge) view returns(bool)
func (faultProver *FaultProver) UnpackEndFraud(data []byte) (bool, error) {
	out, err := faultProver.abi.Unpack("endFraud", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ac568ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash((bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]) l) pure returns(bytes32)
func (faultProver *FaultProver) PackLeafHash(l FaultProverLeaf) []byte {
	enc, err := faultProver.abi.Pack("leafHash", l)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ac568ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash((bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]) l) pure returns(bytes32)
func (faultProver *FaultProver) TryPackLeafHash(l FaultProverLeaf) ([]byte, error) {
	return faultProver.abi.Pack("leafHash", l)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ac568ee.
//
// Solidity: function leafHash((bytes32,bytes32,uint64,bytes32[],uint64,bytes32[]) l) pure returns(bytes32)
func (faultProver *FaultProver) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := faultProver.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepFraud is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55658065.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepFraud((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64) b, bytes challenge) view returns(bool)
func (faultProver *FaultProver) PackStepFraud(ctx StepStateContext, b FaultProverBatchClaim, challenge []byte) []byte {
	enc, err := faultProver.abi.Pack("stepFraud", ctx, b, challenge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepFraud is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55658065.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepFraud((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64) b, bytes challenge) view returns(bool)
func (faultProver *FaultProver) TryPackStepFraud(ctx StepStateContext, b FaultProverBatchClaim, challenge []byte) ([]byte, error) {
	return faultProver.abi.Pack("stepFraud", ctx, b, challenge)
}

// UnpackStepFraud is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55658065.
//
// Solidity: function stepFraud((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64) b, bytes challenge) view returns(bool)
func (faultProver *FaultProver) UnpackStepFraud(data []byte) (bool, error) {
	out, err := faultProver.abi.Unpack("stepFraud", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackStepVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x828f504f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepVerifier() view returns(address)
func (faultProver *FaultProver) PackStepVerifier() []byte {
	enc, err := faultProver.abi.Pack("stepVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x828f504f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepVerifier() view returns(address)
func (faultProver *FaultProver) TryPackStepVerifier() ([]byte, error) {
	return faultProver.abi.Pack("stepVerifier")
}

// UnpackStepVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x828f504f.
//
// Solidity: function stepVerifier() view returns(address)
func (faultProver *FaultProver) UnpackStepVerifier(data []byte) (common.Address, error) {
	out, err := faultProver.abi.Unpack("stepVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57191133.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyLeaf(bytes32 root, uint64 count, uint64 index, bytes32 leaf, bytes32[] path) pure returns(bool)
func (faultProver *FaultProver) PackVerifyLeaf(root [32]byte, count uint64, index uint64, leaf [32]byte, path [][32]byte) []byte {
	enc, err := faultProver.abi.Pack("verifyLeaf", root, count, index, leaf, path)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57191133.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyLeaf(bytes32 root, uint64 count, uint64 index, bytes32 leaf, bytes32[] path) pure returns(bool)
func (faultProver *FaultProver) TryPackVerifyLeaf(root [32]byte, count uint64, index uint64, leaf [32]byte, path [][32]byte) ([]byte, error) {
	return faultProver.abi.Pack("verifyLeaf", root, count, index, leaf, path)
}

// UnpackVerifyLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57191133.
//
// Solidity: function verifyLeaf(bytes32 root, uint64 count, uint64 index, bytes32 leaf, bytes32[] path) pure returns(bool)
func (faultProver *FaultProver) UnpackVerifyLeaf(data []byte) (bool, error) {
	out, err := faultProver.abi.Unpack("verifyLeaf", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWaccOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d4aaf0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function waccOf(uint64 wcount, bytes32[] wnodes) pure returns(bytes32)
func (faultProver *FaultProver) PackWaccOf(wcount uint64, wnodes [][32]byte) []byte {
	enc, err := faultProver.abi.Pack("waccOf", wcount, wnodes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWaccOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d4aaf0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function waccOf(uint64 wcount, bytes32[] wnodes) pure returns(bytes32)
func (faultProver *FaultProver) TryPackWaccOf(wcount uint64, wnodes [][32]byte) ([]byte, error) {
	return faultProver.abi.Pack("waccOf", wcount, wnodes)
}

// UnpackWaccOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d4aaf0.
//
// Solidity: function waccOf(uint64 wcount, bytes32[] wnodes) pure returns(bytes32)
func (faultProver *FaultProver) UnpackWaccOf(data []byte) ([32]byte, error) {
	out, err := faultProver.abi.Unpack("waccOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawalRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7ce4203.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalRootOf(uint64 wcount, bytes32[] wnodes) pure returns(bytes32 r)
func (faultProver *FaultProver) PackWithdrawalRootOf(wcount uint64, wnodes [][32]byte) []byte {
	enc, err := faultProver.abi.Pack("withdrawalRootOf", wcount, wnodes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7ce4203.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalRootOf(uint64 wcount, bytes32[] wnodes) pure returns(bytes32 r)
func (faultProver *FaultProver) TryPackWithdrawalRootOf(wcount uint64, wnodes [][32]byte) ([]byte, error) {
	return faultProver.abi.Pack("withdrawalRootOf", wcount, wnodes)
}

// UnpackWithdrawalRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7ce4203.
//
// Solidity: function withdrawalRootOf(uint64 wcount, bytes32[] wnodes) pure returns(bytes32 r)
func (faultProver *FaultProver) UnpackWithdrawalRootOf(data []byte) ([32]byte, error) {
	out, err := faultProver.abi.Unpack("withdrawalRootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (faultProver *FaultProver) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], faultProver.abi.Errors["BadFrontier"].ID.Bytes()[:4]) {
		return faultProver.UnpackBadFrontierError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultProver.abi.Errors["BadOpening"].ID.Bytes()[:4]) {
		return faultProver.UnpackBadOpeningError(raw[4:])
	}
	if bytes.Equal(raw[:4], faultProver.abi.Errors["InputMismatch"].ID.Bytes()[:4]) {
		return faultProver.UnpackInputMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FaultProverBadFrontier represents a BadFrontier error raised by the FaultProver contract.
type FaultProverBadFrontier struct {
	Wcount uint64
	Nodes  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFrontier(uint64 wcount, uint256 nodes)
func FaultProverBadFrontierErrorID() common.Hash {
	return common.HexToHash("0x53ba48541c2ae9e75d09b95aa73f870221056beeb04bd03c5169c3713fdb9bef")
}

// UnpackBadFrontierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFrontier(uint64 wcount, uint256 nodes)
func (faultProver *FaultProver) UnpackBadFrontierError(raw []byte) (*FaultProverBadFrontier, error) {
	out := new(FaultProverBadFrontier)
	if err := faultProver.abi.UnpackIntoInterface(out, "BadFrontier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultProverBadOpening represents a BadOpening error raised by the FaultProver contract.
type FaultProverBadOpening struct {
	Step uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOpening(uint64 step)
func FaultProverBadOpeningErrorID() common.Hash {
	return common.HexToHash("0x8d4b2641c6637352b41eac1082226cf9328e22e8dccb7ad12e1f01df5c773d7d")
}

// UnpackBadOpeningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOpening(uint64 step)
func (faultProver *FaultProver) UnpackBadOpeningError(raw []byte) (*FaultProverBadOpening, error) {
	out := new(FaultProverBadOpening)
	if err := faultProver.abi.UnpackIntoInterface(out, "BadOpening", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FaultProverInputMismatch represents a InputMismatch error raised by the FaultProver contract.
type FaultProverInputMismatch struct {
	Step uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputMismatch(uint64 step)
func FaultProverInputMismatchErrorID() common.Hash {
	return common.HexToHash("0xb5a8ad34769c555b60955c55004ac1c82e72672b7dd765a872baa16a6d8be94c")
}

// UnpackInputMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputMismatch(uint64 step)
func (faultProver *FaultProver) UnpackInputMismatchError(raw []byte) (*FaultProverInputMismatch, error) {
	out := new(FaultProverInputMismatch)
	if err := faultProver.abi.UnpackIntoInterface(out, "InputMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LossCircuitsMetaData contains all meta data concerning the LossCircuits contract.
var LossCircuitsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"paramsKeys\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"circuits\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadTable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"circuitCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"layers\",\"type\":\"uint32[]\"},{\"internalType\":\"uint8\",\"name\":\"loss\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"sampleCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"datasetSize\",\"type\":\"uint64\"}],\"name\":\"circuitFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"circuitOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"claimedLossSum\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"internalType\":\"structLossCircuits.Claim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"claimDigest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"compress\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"depthOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"elems\",\"type\":\"uint256[]\"}],\"name\":\"hash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"layers\",\"type\":\"uint32[]\"},{\"internalType\":\"uint8\",\"name\":\"loss\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"depth\",\"type\":\"uint32\"}],\"name\":\"paramsKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"permute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "4c2f61f652f00b161a429ad3abe5318175",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611cb5380380611cb583398101604081905261002e9161020e565b805182511461005e5781516040516302e1e30760e11b815260040161005591815260200190565b60405180910390fd5b5f5b82518110156101535782818151811061007b5761007b610273565b60200260200101515f5f1b14806100ac575081818151811061009f5761009f610273565b60200260200101515f5f1b145b806100e257505f5f8483815181106100c6576100c6610273565b602002602001015181526020019081526020015f20545f5f1b14155b15610103576040516302e1e30760e11b815260048101829052602401610055565b81818151811061011557610115610273565b60200260200101515f5f85848151811061013157610131610273565b60209081029190910181015182528101919091526040015f2055600101610060565b505051608052610287565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610181575f5ffd5b81516001600160401b0381111561019a5761019a61015e565b604051600582901b90603f8201601f191681016001600160401b03811182821017156101c8576101c861015e565b6040529182526020818501810192908101868411156101e5575f5ffd5b6020860192505b838310156102045782518152602092830192016101ec565b5095945050505050565b5f5f6040838503121561021f575f5ffd5b82516001600160401b03811115610234575f5ffd5b61024085828601610172565b602085015190935090506001600160401b0381111561025d575f5ffd5b61026985828601610172565b9150509250929050565b634e487b7160e01b5f52603260045260245ffd5b608051611a1661029f5f395f61013f0152611a165ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80636c886076116100635780636c886076146100ff578063a68ea1b414610127578063d88b1f221461013a578063dd9ee8dc14610161578063f455836914610174575f5ffd5b806308bcdf05146100945780632f46a7b1146100ba57806340ec6e49146100d95780636882933d146100ec575b5f5ffd5b6100a76100a2366004611731565b61019c565b6040519081526020015b60405180910390f35b6100a76100c836600461179b565b5f9081526020819052604090205490565b6100a76100e73660046117b2565b6101c6565b6100a76100fa366004611821565b61020b565b61011261010d366004611841565b610216565b60405163ffffffff90911681526020016100b1565b6100a761013536600461185a565b610293565b6100a77f000000000000000000000000000000000000000000000000000000000000000081565b6100a761016f3660046118b9565b6102cb565b610187610182366004611821565b6104ab565b604080519283526020830191909152016100b1565b5f5f5f6101ae87878761013588610216565b81526020019081526020015f20549050949350505050565b5f6102028383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506104c292505050565b90505b92915050565b5f6102028383610501565b5f6002826001600160401b03161115806102415750678000000000000000826001600160401b031610155b1561024e57506001919050565b5f8061025b6001856118e7565b90505b6001600160401b0381161561028c578161027781611906565b92505060011c677fffffffffffffff1661025e565b5092915050565b5f848484846040516020016102ab949392919061192a565b604051602081830303815290604052805190602001209050949350505050565b60408051600980825261014082019092525f918291906020820161012080368337505081519192505083359082905f9061030757610307611992565b60200260200101818152505082602001355f1c8160018151811061032d5761032d611992565b60209081029190910101526103486060840160408501611841565b6001600160401b03168160028151811061036457610364611992565b60200260200101818152505082606001355f1c8160038151811061038a5761038a611992565b60209081029190910101526103a560a0840160808501611841565b6001600160401b0316816004815181106103c1576103c1611992565b6020026020010181815250508260a001355f1c816005815181106103e7576103e7611992565b602090810291909101015261040260e0840160c085016119a6565b6001600160a01b03168160068151811061041e5761041e611992565b602090810291909101015261043a610100840160e08501611841565b6001600160401b03168160078151811061045657610456611992565b602090810291909101015261047361012084016101008501611841565b6001600160401b03168160088151811061048f5761048f611992565b6020026020010181815250506104a4816104c2565b9392505050565b5f5f6104b78484610549565b915091509250929050565b5f805b82518110156104fb576104f1828483815181106104e4576104e4611992565b6020026020010151610501565b91506001016104c5565b50919050565b5f5f61050d8484610549565b9150507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018061053e5761053e6119cc565b838208949350505050565b5f5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000180848608818187089350818186089250817f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f85089350817f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c8408925081848509905081848383840909935081838409905081838383840909925050828201818185089350818184089250817f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea85089350817f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b28408925081848509905081848383840909935081838409905081838383840909925050828201818185089350818184089250817f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c0377363285089350817f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a498408925081848509905081848383840909935081838409905081838383840909925050828201818185089350818184089250817f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc85089350818485099050818483838409099350508183018181850893508181848501089250817e8e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e85089350818485099050818483838409099350508183018181850893508181848501089250817f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7885089350818485099050818483838409099350508183018181850893508181848501089250817f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b85089350818485099050818483838409099350508183018181850893508181848501089250817f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398385089350818485099050818483838409099350508183018181850893508181848501089250817f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2685089350818485099050818483838409099350508183018181850893508181848501089250817f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc85089350818485099050818483838409099350508183018181850893508181848501089250817f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb85089350818485099050818483838409099350508183018181850893508181848501089250817f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc85089350818485099050818483838409099350508183018181850893508181848501089250817f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c85089350818485099050818483838409099350508183018181850893508181848501089250817f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c85089350818485099050818483838409099350508183018181850893508181848501089250817f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c985089350818485099050818483838409099350508183018181850893508181848501089250817f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb685089350818485099050818483838409099350508183018181850893508181848501089250817f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a85089350818485099050818483838409099350508183018181850893508181848501089250817f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7485089350818485099050818483838409099350508183018181850893508181848501089250817f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc85089350818485099050818483838409099350508183018181850893508181848501089250817f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf85089350818485099050818483838409099350508183018181850893508181848501089250817f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2185089350818485099050818483838409099350508183018181850893508181848501089250817f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16585089350818485099050818483838409099350508183018181850893508181848501089250817f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02785089350818485099050818483838409099350508183018181850893508181848501089250817f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db85089350818485099050818483838409099350508183018181850893508181848501089250817f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc185089350818485099050818483838409099350508183018181850893508181848501089250817f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382785089350818485099050818483838409099350508183018181850893508181848501089250817f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c85089350818485099050818483838409099350508183018181850893508181848501089250817f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213885089350818485099050818483838409099350508183018181850893508181848501089250817f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e485089350818485099050818483838409099350508183018181850893508181848501089250817f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5585089350818485099050818483838409099350508183018181850893508181848501089250817f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e85089350818485099050818483838409099350508183018181850893508181848501089250817f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5685089350818485099050818483838409099350508183018181850893508181848501089250817f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b85089350818485099050818483838409099350508183018181850893508181848501089250817f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a485089350818485099050818483838409099350508183018181850893508181848501089250817f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37085089350818485099050818483838409099350508183018181850893508181848501089250817f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381285089350818485099050818483838409099350508183018181850893508181848501089250817f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49885089350818485099050818483838409099350508183018181850893508181848501089250817f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da485089350818485099050818483838409099350508183018181850893508181848501089250817f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a985089350818485099050818483838409099350508183018181850893508181848501089250817f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e85089350818485099050818483838409099350508183018181850893508181848501089250817f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0385089350818485099050818483838409099350508183018181850893508181848501089250817f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c85089350818485099050818483838409099350508183018181850893508181848501089250817f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d85089350818485099050818483838409099350508183018181850893508181848501089250817f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235985089350818485099050818483838409099350508183018181850893508181848501089250817f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070485089350818485099050818483838409099350508183018181850893508181848501089250817f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db85089350818485099050818483838409099350508183018181850893508181848501089250817f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f085089350818485099050818483838409099350508183018181850893508181848501089250817f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b685089350818485099050818483838409099350508183018181850893508181848501089250817f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd985089350818485099050818483838409099350508183018181850893508181848501089250817f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f85089350818485099050818483838409099350508183018181850893508181848501089250817f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb85089350818485099050818483838409099350508183018181850893508181848501089250817f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f185089350818485099050818483838409099350508183018181850893508181848501089250817f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66085089350818485099050818483838409099350508183018181850893508181848501089250817f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a85089350817f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f8408925081848509905081848383840909935081838409905081838383840909925050828201818185089350818184089250817f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e85089350817f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a8408925081848509905081848383840909935081838409905081838383840909925050828201818185089350818184089250817f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff85089350817f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2840892508184850990508184838384090993508183840990508183838384090992505082820181818508935081818408925050509250929050565b634e487b7160e01b5f52604160045260245ffd5b803563ffffffff81168114611665575f5ffd5b919050565b5f82601f830112611679575f5ffd5b81356001600160401b038111156116925761169261163e565b8060051b604051601f19603f83011681018181106001600160401b03821117156116be576116be61163e565b6040529182526020818501810192908101868411156116db575f5ffd5b6020860192505b83831015611701576116f383611652565b8152602092830192016116e2565b5095945050505050565b803560ff81168114611665575f5ffd5b80356001600160401b0381168114611665575f5ffd5b5f5f5f5f60808587031215611744575f5ffd5b84356001600160401b03811115611759575f5ffd5b6117658782880161166a565b9450506117746020860161170b565b925061178260408601611652565b91506117906060860161171b565b905092959194509250565b5f602082840312156117ab575f5ffd5b5035919050565b5f5f602083850312156117c3575f5ffd5b82356001600160401b038111156117d8575f5ffd5b8301601f810185136117e8575f5ffd5b80356001600160401b038111156117fd575f5ffd5b8560208260051b8401011115611811575f5ffd5b6020919091019590945092505050565b5f5f60408385031215611832575f5ffd5b50508035926020909101359150565b5f60208284031215611851575f5ffd5b6102028261171b565b5f5f5f5f6080858703121561186d575f5ffd5b84356001600160401b03811115611882575f5ffd5b61188e8782880161166a565b94505061189d6020860161170b565b92506118ab60408601611652565b915061179060608601611652565b5f6101208284031280156118cb575f5ffd5b509092915050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038281168282160390811115610205576102056118d3565b5f63ffffffff821663ffffffff8103611921576119216118d3565b60010192915050565b608080825285519082018190525f90602087019060a0840190835b8181101561196957835163ffffffff16835260209384019390920191600101611945565b505060ff969096166020840152505063ffffffff92831660408201529116606090910152919050565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156119b6575f5ffd5b81356001600160a01b03811681146104a4575f5ffd5b634e487b7160e01b5f52601260045260245ffdfea2646970667358221220a278ff9d7c9507852b6655a37191d2867b55a9e7e0276812d249ab0671cf8ff964736f6c634300081e0033",
}

// LossCircuits is an auto generated Go binding around an Ethereum contract.
type LossCircuits struct {
	abi abi.ABI
}

// NewLossCircuits creates a new instance of LossCircuits.
func NewLossCircuits() *LossCircuits {
	parsed, err := LossCircuitsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LossCircuits{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LossCircuits) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bytes32[] paramsKeys, bytes32[] circuits) returns()
func (lossCircuits *LossCircuits) PackConstructor(paramsKeys [][32]byte, circuits [][32]byte) []byte {
	enc, err := lossCircuits.abi.Pack("", paramsKeys, circuits)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCircuitCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88b1f22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitCount() view returns(uint256)
func (lossCircuits *LossCircuits) PackCircuitCount() []byte {
	enc, err := lossCircuits.abi.Pack("circuitCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd88b1f22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitCount() view returns(uint256)
func (lossCircuits *LossCircuits) TryPackCircuitCount() ([]byte, error) {
	return lossCircuits.abi.Pack("circuitCount")
}

// UnpackCircuitCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd88b1f22.
//
// Solidity: function circuitCount() view returns(uint256)
func (lossCircuits *LossCircuits) UnpackCircuitCount(data []byte) (*big.Int, error) {
	out, err := lossCircuits.abi.Unpack("circuitCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCircuitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08bcdf05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitFor(uint32[] layers, uint8 loss, uint32 sampleCount, uint64 datasetSize) view returns(bytes32)
func (lossCircuits *LossCircuits) PackCircuitFor(layers []uint32, loss uint8, sampleCount uint32, datasetSize uint64) []byte {
	enc, err := lossCircuits.abi.Pack("circuitFor", layers, loss, sampleCount, datasetSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08bcdf05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitFor(uint32[] layers, uint8 loss, uint32 sampleCount, uint64 datasetSize) view returns(bytes32)
func (lossCircuits *LossCircuits) TryPackCircuitFor(layers []uint32, loss uint8, sampleCount uint32, datasetSize uint64) ([]byte, error) {
	return lossCircuits.abi.Pack("circuitFor", layers, loss, sampleCount, datasetSize)
}

// UnpackCircuitFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08bcdf05.
//
// Solidity: function circuitFor(uint32[] layers, uint8 loss, uint32 sampleCount, uint64 datasetSize) view returns(bytes32)
func (lossCircuits *LossCircuits) UnpackCircuitFor(data []byte) ([32]byte, error) {
	out, err := lossCircuits.abi.Unpack("circuitFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCircuitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f46a7b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function circuitOf(bytes32 key) view returns(bytes32)
func (lossCircuits *LossCircuits) PackCircuitOf(key [32]byte) []byte {
	enc, err := lossCircuits.abi.Pack("circuitOf", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCircuitOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f46a7b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function circuitOf(bytes32 key) view returns(bytes32)
func (lossCircuits *LossCircuits) TryPackCircuitOf(key [32]byte) ([]byte, error) {
	return lossCircuits.abi.Pack("circuitOf", key)
}

// UnpackCircuitOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f46a7b1.
//
// Solidity: function circuitOf(bytes32 key) view returns(bytes32)
func (lossCircuits *LossCircuits) UnpackCircuitOf(data []byte) ([32]byte, error) {
	out, err := lossCircuits.abi.Unpack("circuitOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClaimDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd9ee8dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimDigest((bytes32,bytes32,uint64,bytes32,uint64,bytes32,address,uint64,uint64) c) pure returns(uint256)
func (lossCircuits *LossCircuits) PackClaimDigest(c LossCircuitsClaim) []byte {
	enc, err := lossCircuits.abi.Pack("claimDigest", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd9ee8dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimDigest((bytes32,bytes32,uint64,bytes32,uint64,bytes32,address,uint64,uint64) c) pure returns(uint256)
func (lossCircuits *LossCircuits) TryPackClaimDigest(c LossCircuitsClaim) ([]byte, error) {
	return lossCircuits.abi.Pack("claimDigest", c)
}

// UnpackClaimDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd9ee8dc.
//
// Solidity: function claimDigest((bytes32,bytes32,uint64,bytes32,uint64,bytes32,address,uint64,uint64) c) pure returns(uint256)
func (lossCircuits *LossCircuits) UnpackClaimDigest(data []byte) (*big.Int, error) {
	out, err := lossCircuits.abi.Unpack("claimDigest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6882933d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compress(uint256 a, uint256 b) pure returns(uint256)
func (lossCircuits *LossCircuits) PackCompress(a *big.Int, b *big.Int) []byte {
	enc, err := lossCircuits.abi.Pack("compress", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6882933d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compress(uint256 a, uint256 b) pure returns(uint256)
func (lossCircuits *LossCircuits) TryPackCompress(a *big.Int, b *big.Int) ([]byte, error) {
	return lossCircuits.abi.Pack("compress", a, b)
}

// UnpackCompress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6882933d.
//
// Solidity: function compress(uint256 a, uint256 b) pure returns(uint256)
func (lossCircuits *LossCircuits) UnpackCompress(data []byte) (*big.Int, error) {
	out, err := lossCircuits.abi.Unpack("compress", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepthOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c886076.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depthOf(uint64 n) pure returns(uint32)
func (lossCircuits *LossCircuits) PackDepthOf(n uint64) []byte {
	enc, err := lossCircuits.abi.Pack("depthOf", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepthOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c886076.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depthOf(uint64 n) pure returns(uint32)
func (lossCircuits *LossCircuits) TryPackDepthOf(n uint64) ([]byte, error) {
	return lossCircuits.abi.Pack("depthOf", n)
}

// UnpackDepthOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c886076.
//
// Solidity: function depthOf(uint64 n) pure returns(uint32)
func (lossCircuits *LossCircuits) UnpackDepthOf(data []byte) (uint32, error) {
	out, err := lossCircuits.abi.Unpack("depthOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40ec6e49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hash(uint256[] elems) pure returns(uint256)
func (lossCircuits *LossCircuits) PackHash(elems []*big.Int) []byte {
	enc, err := lossCircuits.abi.Pack("hash", elems)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40ec6e49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hash(uint256[] elems) pure returns(uint256)
func (lossCircuits *LossCircuits) TryPackHash(elems []*big.Int) ([]byte, error) {
	return lossCircuits.abi.Pack("hash", elems)
}

// UnpackHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40ec6e49.
//
// Solidity: function hash(uint256[] elems) pure returns(uint256)
func (lossCircuits *LossCircuits) UnpackHash(data []byte) (*big.Int, error) {
	out, err := lossCircuits.abi.Unpack("hash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParamsKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa68ea1b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsKey(uint32[] layers, uint8 loss, uint32 k, uint32 depth) pure returns(bytes32)
func (lossCircuits *LossCircuits) PackParamsKey(layers []uint32, loss uint8, k uint32, depth uint32) []byte {
	enc, err := lossCircuits.abi.Pack("paramsKey", layers, loss, k, depth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa68ea1b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsKey(uint32[] layers, uint8 loss, uint32 k, uint32 depth) pure returns(bytes32)
func (lossCircuits *LossCircuits) TryPackParamsKey(layers []uint32, loss uint8, k uint32, depth uint32) ([]byte, error) {
	return lossCircuits.abi.Pack("paramsKey", layers, loss, k, depth)
}

// UnpackParamsKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa68ea1b4.
//
// Solidity: function paramsKey(uint32[] layers, uint8 loss, uint32 k, uint32 depth) pure returns(bytes32)
func (lossCircuits *LossCircuits) UnpackParamsKey(data []byte) ([32]byte, error) {
	out, err := lossCircuits.abi.Unpack("paramsKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPermute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4558369.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permute(uint256 a, uint256 b) pure returns(uint256, uint256)
func (lossCircuits *LossCircuits) PackPermute(a *big.Int, b *big.Int) []byte {
	enc, err := lossCircuits.abi.Pack("permute", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4558369.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permute(uint256 a, uint256 b) pure returns(uint256, uint256)
func (lossCircuits *LossCircuits) TryPackPermute(a *big.Int, b *big.Int) ([]byte, error) {
	return lossCircuits.abi.Pack("permute", a, b)
}

// PermuteOutput serves as a container for the return parameters of contract
// method Permute.
type PermuteOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackPermute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf4558369.
//
// Solidity: function permute(uint256 a, uint256 b) pure returns(uint256, uint256)
func (lossCircuits *LossCircuits) UnpackPermute(data []byte) (PermuteOutput, error) {
	out, err := lossCircuits.abi.Unpack("permute", data)
	outstruct := new(PermuteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (lossCircuits *LossCircuits) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lossCircuits.abi.Errors["BadTable"].ID.Bytes()[:4]) {
		return lossCircuits.UnpackBadTableError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LossCircuitsBadTable represents a BadTable error raised by the LossCircuits contract.
type LossCircuitsBadTable struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTable(uint256 index)
func LossCircuitsBadTableErrorID() common.Hash {
	return common.HexToHash("0x05c3c60ebebe39d2b47717698bb9ed27f0af77b10a69e9f30e5e8334c94e16a6")
}

// UnpackBadTableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTable(uint256 index)
func (lossCircuits *LossCircuits) UnpackBadTableError(raw []byte) (*LossCircuitsBadTable, error) {
	out := new(LossCircuitsBadTable)
	if err := lossCircuits.abi.UnpackIntoInterface(out, "BadTable", raw); err != nil {
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

// ModelNFTMetaData contains all meta data concerning the ModelNFT contract.
var ModelNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIMessageRollup\",\"name\":\"rollup_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"BatchNotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"InvalidMessageProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"MessageField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"MessageUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"ProofNotOnL1\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"StringsInsufficientHexLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"messageId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"ModelMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KIND_MODEL_COMPLETED\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"cidString\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"kind\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"messageLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"batch\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"minted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"checkpointCid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"weights\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lossSum\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"messageBatch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"messageId\",\"type\":\"uint64\"}],\"internalType\":\"structModelNFT.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractIMessageRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "3f911bff40f54745577d7e5f1e437cde71",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516128af3803806128af83398101604081905261002e91610133565b6040518060400160405280600c81526020016b13995d5c9bdb88135bd9195b60a21b815250604051806040016040528060048152602001634e524e4d60e01b815250815f908161007e91906101f8565b50600161008b82826101f8565b5050506001600160a01b0381166100b55760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03811660808190526040805163d6ae3cd560e01b8152905163d6ae3cd5916004808201926020929091908290030181865afa1580156100fd573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012191906102b2565b6001600160401b031660a052506102d8565b5f60208284031215610143575f5ffd5b81516001600160a01b0381168114610159575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061018857607f821691505b6020821081036101a657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f357805f5260205f20601f840160051c810160208510156101d15750805b601f840160051c820191505b818110156101f0575f81556001016101dd565b50505b505050565b81516001600160401b0381111561021157610211610160565b6102258161021f8454610174565b846101ac565b6020601f821160018114610257575f83156102405750848201515b5f19600385901b1c1916600184901b1784556101f0565b5f84815260208120601f198516915b828110156102865787850151825560209485019460019092019101610266565b50848210156102a357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f602082840312156102c2575f5ffd5b81516001600160401b0381168114610159575f5ffd5b60805160a05161259361031c5f395f81816103060152818161064b0152610bde01525f81816102df01528181610675015281816109b40152610f8e01526125935ff3fe608060405234801561000f575f5ffd5b5060043610610132575f3560e01c80636352211e116100b4578063a22cb46511610079578063a22cb465146102a1578063b88d4fde146102b4578063c87b56dd146102c7578063cb23bcb5146102da578063d6ae3cd514610301578063e985e9c514610340575f5ffd5b80636352211e1461024d57806370a08231146102605780637951626a146102735780638bfb2a871461028657806395d89b4114610299575f5ffd5b806323b872dd116100fa57806323b872dd146101de57806342842e0e146101f15780634c5770d9146102045780634e7f316514610224578063542f1f3e14610245575f5ffd5b806301ffc9a71461013657806306fdde031461015e578063081812fc14610173578063095ea7b31461019e5780630b32d16e146101b3575b5f5ffd5b610149610144366004611a33565b610353565b60405190151581526020015b60405180910390f35b6101666103a4565b6040516101559190611a7c565b610186610181366004611a8e565b610433565b6040516001600160a01b039091168152602001610155565b6101b16101ac366004611ab9565b61045a565b005b6101496101c1366004611b07565b6001600160401b03165f9081526006602052604090205460ff1690565b6101b16101ec366004611b22565b610469565b6101b16101ff366004611b22565b6104f7565b610217610212366004611a8e565b610516565b6040516101559190611b60565b610237610232366004611c21565b610648565b604051908152602001610155565b610237600181565b61018661025b366004611a8e565b61072c565b61023761026e366004611c78565b610736565b610166610281366004611d30565b61077b565b610237610294366004611d61565b61098b565b610166610b7b565b6101b16102af366004611e3a565b610b8a565b6101b16102c2366004611e71565b610b95565b6101666102d5366004611a8e565b610bad565b6101867f000000000000000000000000000000000000000000000000000000000000000081565b6103287f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610155565b61014961034e366004611ed8565b610d9d565b5f6001600160e01b031982166380ac58cd60e01b148061038357506001600160e01b03198216635b5e139f60e01b145b8061039e57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f80546103b290611f04565b80601f01602080910402602001604051908101604052809291908181526020018280546103de90611f04565b80156104295780601f1061040057610100808354040283529160200191610429565b820191905f5260205f20905b81548152906001019060200180831161040c57829003601f168201915b5050505050905090565b5f61043d82610dca565b505f828152600460205260409020546001600160a01b031661039e565b610465828233610e02565b5050565b6001600160a01b03821661049757604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6104a3838333610e0f565b9050836001600160a01b0316816001600160a01b0316146104f1576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161048e565b50505050565b61051183838360405180602001604052805f815250610b95565b505050565b6040805160c08101825260608082525f6020830181905292820183905281018290526080810182905260a081019190915261055082610dca565b505f8281526007602052604090819020815160c0810190925280548290829061057890611f04565b80601f01602080910402602001604051908101604052809291908181526020018280546105a490611f04565b80156105ef5780601f106105c6576101008083540402835291602001916105ef565b820191905f5260205f20905b8154815290600101906020018083116105d257829003601f168201915b5050509183525050600182015460208201526002909101546001600160401b038082166040840152600160401b820481166060840152600160801b820481166080840152600160c01b9091041660a09091015292915050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03167f0000000000000000000000000000000000000000000000000000000000000000866001600160401b03168686866040516106af929190611f3c565b6040519081900381206106ef95949392916020019485526001600160a01b0393909316602085015260408401919091526060830152608082015260a00190565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050949350505050565b5f61039e82610dca565b5f6001600160a01b038216610760576040516322718ad960e21b81525f600482015260240161048e565b506001600160a01b03165f9081526003602052604090205490565b60605f6040518060400160405280602081526020017f6162636465666768696a6b6c6d6e6f707172737475767778797a32333435363781525090505f6005845160086107c79190611f5f565b6107d2906004611f76565b6107dc9190611f89565b6107e7906001611f76565b6001600160401b038111156107fe576107fe611c93565b6040519080825280601f01601f191660200182016040528015610828576020820181803683370190505b509050603160f91b815f8151811061084257610842611fa8565b60200101906001600160f81b03191690815f1a90535060015f80805b87518110156109235787818151811061087957610879611fa8565b60209101015160f81c600893841b17926108939083611f76565b91505b6005821061090a576108a9600583611fbc565b9150858284901c601f16815181106108c3576108c3611fa8565b01602001516001600160f81b03191685856108dd81611fcf565b9650815181106108ef576108ef611fa8565b60200101906001600160f81b03191690815f1a905350610896565b610917600180841b611fbc565b9092169160010161085e565b5080156109805784610936826005611fbc565b83901b601f168151811061094c5761094c611fa8565b602001015160f81c60f81b84848151811061096957610969611fa8565b60200101906001600160f81b03191690815f1a9053505b509195945050505050565b5f8061099a6020890189611b07565b60405163bc9fa0a560e01b81529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bc9fa0a5906109e9908b90600401611ffa565b602060405180830381865afa158015610a04573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a2891906120fc565b610a50576040516337f3119f60e01b81526001600160401b038216600482015260240161048e565b6001600160401b0387165f9081526006602052604090205460ff1615610a9457604051630917c9b760e01b81526001600160401b038816600482015260240161048e565b5f610aa28860018989610648565b9050610ab485858b60a0013584610f03565b610ae45760405163998b198360e01b81526001600160401b0380841660048301528916602482015260440161048e565b6001600160401b0388165f908152600660205260408120805460ff19166001179055610b12838a8a8a610f1a565b9094509050610b218185611142565b6040516001600160401b0384811682528a16906001600160a01b0383169086907f773cad9a02cbc3fb31037f45f968cde33b5904a928ebdae4e2a3a4be3254647b9060200160405180910390a45050509695505050505050565b6060600180546103b290611f04565b6104653383836111a3565b610ba0848484610469565b6104f13385858585611241565b6060610bb882610dca565b505f82815260076020526040812090610bd084611369565b610bd985611369565b610c0b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316611369565b610c9d855f018054610c1c90611f04565b80601f0160208091040260200160405190810160405280929190818152602001828054610c4890611f04565b8015610c935780601f10610c6a57610100808354040283529160200191610c93565b820191905f5260205f20905b815481529060010190602001808311610c7657829003601f168201915b505050505061077b565b6001860154610cad9060206113f8565b6002870154610cc4906001600160401b0316611369565b604051602001610cd99695949392919061212e565b60408051808303601f1901815291905260028301549091508190610d0c90600160401b90046001600160401b0316611369565b6002840154610d2a90600160801b90046001600160401b0316611369565b6002850154610d4890600160c01b90046001600160401b0316611369565b604051602001610d5b9493929190612230565b6040516020818303038152906040529050610d7581611571565b604051602001610d8591906122b9565b60405160208183030381529060405292505050919050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f818152600260205260408120546001600160a01b03168061039e57604051637e27328960e01b81526004810184905260240161048e565b6105118383836001611597565b5f828152600260205260408120546001600160a01b0390811690831615610e3b57610e3b81848661169b565b6001600160a01b03811615610e7557610e565f855f5f611597565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610ea3576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a490505b9392505050565b5f82610f108686856116ff565b1495945050505050565b5f80606081808080610f2e888a018a6122ea565b50969d50949b50929950909750955093509150506001600160401b03831115610f6d57604051631a0e9c3960e11b81526004810184905260240161048e565b6040516337fb454160e21b815260048101839052602481018290525f9081907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dfed1504906044016040805180830381865afa158015610fda573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ffe9190612386565b915091508161102a57604051630ed606ef60e41b8152600481018590526024810184905260440161048e565b6040518060c00160405280888152602001878152602001866001600160401b03168152602001826001600160401b031681526020018e6001600160401b031681526020018d6001600160401b031681525060075f8b81526020019081526020015f205f820151815f01908161109f91906123f7565b50602082015160018201556040820151600290910180546060840151608085015160a0909501516001600160401b03908116600160c01b026001600160c01b03968216600160801b02969096166fffffffffffffffffffffffffffffffff928216600160401b026fffffffffffffffffffffffffffffffff19909416919095161791909117169190911791909117905550969b959a509498505050505050505050565b6001600160a01b03821661116b57604051633250574960e11b81525f600482015260240161048e565b5f61117783835f610e0f565b90506001600160a01b03811615610511576040516339e3563760e11b81525f600482015260240161048e565b6001600160a01b0382166111d557604051630b61174360e31b81526001600160a01b038316600482015260240161048e565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561136257604051630a85bd0160e11b81526001600160a01b0384169063150b7a02906112839088908890879087906004016124b1565b6020604051808303815f875af19250505080156112bd575060408051601f3d908101601f191682019092526112ba918101906124ed565b60015b611324573d8080156112ea576040519150601f19603f3d011682016040523d82523d5f602084013e6112ef565b606091505b5080515f0361131c57604051633250574960e11b81526001600160a01b038516600482015260240161048e565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461136057604051633250574960e11b81526001600160a01b038516600482015260240161048e565b505b5050505050565b60605f61137583611740565b60010190505f816001600160401b0381111561139357611393611c93565b6040519080825280601f01601f1916602001820160405280156113bd576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846113c757509392505050565b6060825f611407846002611f5f565b611412906002611f76565b6001600160401b0381111561142957611429611c93565b6040519080825280601f01601f191660200182016040528015611453576020820181803683370190505b509050600360fc1b815f8151811061146d5761146d611fa8565b60200101906001600160f81b03191690815f1a905350600f60fb1b8160018151811061149b5761149b611fa8565b60200101906001600160f81b03191690815f1a9053505f6114bd856002611f5f565b6114c8906001611f76565b90505b600181111561153f576f181899199a1a9b1b9c1cb0b131b232b360811b83600f16601081106114fc576114fc611fa8565b1a60f81b82828151811061151257611512611fa8565b60200101906001600160f81b03191690815f1a90535060049290921c9161153881612508565b90506114cb565b5081156115695760405163e22e27eb60e01b8152600481018690526024810185905260440161048e565b949350505050565b606061039e8260405180606001604052806040815260200161251e604091396001611817565b80806115ab57506001600160a01b03821615155b1561166c575f6115ba84610dca565b90506001600160a01b038316158015906115e65750826001600160a01b0316816001600160a01b031614155b80156115f957506115f78184610d9d565b155b156116225760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161048e565b811561166a5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b6116a6838383611991565b610511576001600160a01b0383166116d457604051637e27328960e01b81526004810182905260240161048e565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161048e565b5f81815b848110156117375761172d8287878481811061172157611721611fa8565b905060200201356119f2565b9150600101611703565b50949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061177e5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106117aa576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106117c857662386f26fc10000830492506010015b6305f5e10083106117e0576305f5e100830492506008015b61271083106117f457612710830492506004015b60648310611806576064830492506002015b600a831061039e5760010192915050565b606083515f03611835575060408051602081019091525f8152610efc565b5f826118655760038551600461184b9190611f5f565b611856906002611f76565b6118609190611f89565b61188a565b6003855160026118759190611f76565b61187f9190611f89565b61188a906004611f5f565b90505f816001600160401b038111156118a5576118a5611c93565b6040519080825280601f01601f1916602001820160405280156118cf576020820181803683370190505b509050600185016020820187885189016020810180515f82525b82841015611944576003840193508351603f8160121c168701518653600186019550603f81600c1c168701518653600186019550603f8160061c168701518653600186019550603f81168701518653506001850194506118e9565b90525050851561198557600388510660018114611968576002811461197b57611983565b603d6001830353603d6002830353611983565b603d60018303535b505b50909695505050505050565b5f6001600160a01b038316158015906115695750826001600160a01b0316846001600160a01b031614806119ca57506119ca8484610d9d565b806115695750505f908152600460205260409020546001600160a01b03908116911614919050565b5f818310611a0c575f828152602084905260409020610efc565b505f9182526020526040902090565b6001600160e01b031981168114611a30575f5ffd5b50565b5f60208284031215611a43575f5ffd5b8135610efc81611a1b565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610efc6020830184611a4e565b5f60208284031215611a9e575f5ffd5b5035919050565b6001600160a01b0381168114611a30575f5ffd5b5f5f60408385031215611aca575f5ffd5b8235611ad581611aa5565b946020939093013593505050565b6001600160401b0381168114611a30575f5ffd5b8035611b0281611ae3565b919050565b5f60208284031215611b17575f5ffd5b8135610efc81611ae3565b5f5f5f60608486031215611b34575f5ffd5b8335611b3f81611aa5565b92506020840135611b4f81611aa5565b929592945050506040919091013590565b602081525f825160c06020840152611b7b60e0840182611a4e565b9050602084015160408401526001600160401b0360408501511660608401526001600160401b0360608501511660808401526001600160401b0360808501511660a08401526001600160401b0360a08501511660c08401528091505092915050565b5f5f83601f840112611bed575f5ffd5b5081356001600160401b03811115611c03575f5ffd5b602083019150836020828501011115611c1a575f5ffd5b9250929050565b5f5f5f5f60608587031215611c34575f5ffd5b8435611c3f81611ae3565b93506020850135925060408501356001600160401b03811115611c60575f5ffd5b611c6c87828801611bdd565b95989497509550505050565b5f60208284031215611c88575f5ffd5b8135610efc81611aa5565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112611cb6575f5ffd5b81356001600160401b03811115611ccf57611ccf611c93565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611cfd57611cfd611c93565b604052818152838201602001851015611d14575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f60208284031215611d40575f5ffd5b81356001600160401b03811115611d55575f5ffd5b61156984828501611ca7565b5f5f5f5f5f5f868803610200811215611d78575f5ffd5b6101a0811215611d86575f5ffd5b508695506101a0870135611d9981611ae3565b94506101c08701356001600160401b03811115611db4575f5ffd5b611dc089828a01611bdd565b9095509350506101e08701356001600160401b03811115611ddf575f5ffd5b8701601f81018913611def575f5ffd5b80356001600160401b03811115611e04575f5ffd5b8960208260051b8401011115611e18575f5ffd5b60208201935080925050509295509295509295565b8015158114611a30575f5ffd5b5f5f60408385031215611e4b575f5ffd5b8235611e5681611aa5565b91506020830135611e6681611e2d565b809150509250929050565b5f5f5f5f60808587031215611e84575f5ffd5b8435611e8f81611aa5565b93506020850135611e9f81611aa5565b92506040850135915060608501356001600160401b03811115611ec0575f5ffd5b611ecc87828801611ca7565b91505092959194509250565b5f5f60408385031215611ee9575f5ffd5b8235611ef481611aa5565b91506020830135611e6681611aa5565b600181811c90821680611f1857607f821691505b602082108103611f3657634e487b7160e01b5f52602260045260245ffd5b50919050565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761039e5761039e611f4b565b8082018082111561039e5761039e611f4b565b5f82611fa357634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561039e5761039e611f4b565b5f60018201611fe057611fe0611f4b565b5060010190565b803563ffffffff81168114611b02575f5ffd5b6101a081016120198261200c85611af7565b6001600160401b03169052565b61202560208401611af7565b6001600160401b0316602083015260408381013590830152606080840135908301526080808401359083015260a0808401359083015261206760c08401611af7565b6001600160401b031660c083015261208160e08401611af7565b6001600160401b031660e083015261209c6101008401611af7565b6001600160401b03166101008301526120b86101208401611fe7565b63ffffffff1661012083015261014083810135908301526120dc6101608401611af7565b6001600160401b0381166101608401525061018092830135919092015290565b5f6020828403121561210c575f5ffd5b8151610efc81611e2d565b5f81518060208401855e5f93019283525090919050565b7503d913730b6b2911d112732bab937b71036b7b232b6160551b81525f6121586016830189612117565b7f222c226465736372697074696f6e223a224d6f64656c206f66204d4c534320008152612188601f820189612117565b90507f20747261696e6564206f6e204e6575726f6e204c3220636861696e200000000081526121ba601c820188612117565b6f11161131b432b1b5b837b4b73a111d1160811b815290506121df6010820187612117565b6c1116113bb2b4b3b43a39911d1160991b81529050612201600d820186612117565b6c1116113637b9b9a9bab6911d1160991b81529050612223600d820185612117565b9998505050505050505050565b5f61223b8287612117565b6e111611383937b7b32130ba31b4111d60891b815261225d600f820187612117565b6f161136b2b9b9b0b3b2a130ba31b4111d60811b815290506122826010820186612117565b6c161136b2b9b9b0b3b2a4b2111d60991b815290506122a4600d820185612117565b607d60f81b8152600101979650505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f610efc601d830184612117565b5f5f5f5f5f5f5f5f5f6101208a8c031215612303575f5ffd5b8935985060208a013561231581611aa5565b975060408a01356001600160401b0381111561232f575f5ffd5b61233b8c828d01611ca7565b97505060608a0135955060808a0135945060a08a0135935060c08a0135925060e08a013591506101008a013560ff81168114612375575f5ffd5b809150509295985092959850929598565b5f5f60408385031215612397575f5ffd5b82516123a281611e2d565b6020840151909250611e6681611ae3565b601f82111561051157805f5260205f20601f840160051c810160208510156123d85750805b601f840160051c820191505b81811015611362575f81556001016123e4565b81516001600160401b0381111561241057612410611c93565b6124248161241e8454611f04565b846123b3565b6020601f821160018114612456575f831561243f5750848201515b5f19600385901b1c1916600184901b178455611362565b5f84815260208120601f198516915b828110156124855787850151825560209485019460019092019101612465565b50848210156124a257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906124e390830184611a4e565b9695505050505050565b5f602082840312156124fd575f5ffd5b8151610efc81611a1b565b5f8161251657612516611f4b565b505f19019056fe4142434445464748494a4b4c4d4e4f505152535455565758595a6162636465666768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2fa264697066735822122030216a822c7eac11c194038a34598ea415ef5c1ed954f39fb559bed7773a070d64736f6c634300081e0033",
}

// ModelNFT is an auto generated Go binding around an Ethereum contract.
type ModelNFT struct {
	abi abi.ABI
}

// NewModelNFT creates a new instance of ModelNFT.
func NewModelNFT() *ModelNFT {
	parsed, err := ModelNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_) returns()
func (modelNFT *ModelNFT) PackConstructor(rollup_ common.Address) []byte {
	enc, err := modelNFT.abi.Pack("", rollup_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackKINDMODELCOMPLETED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x542f1f3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_MODEL_COMPLETED() view returns(uint256)
func (modelNFT *ModelNFT) PackKINDMODELCOMPLETED() []byte {
	enc, err := modelNFT.abi.Pack("KIND_MODEL_COMPLETED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDMODELCOMPLETED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x542f1f3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_MODEL_COMPLETED() view returns(uint256)
func (modelNFT *ModelNFT) TryPackKINDMODELCOMPLETED() ([]byte, error) {
	return modelNFT.abi.Pack("KIND_MODEL_COMPLETED")
}

// UnpackKINDMODELCOMPLETED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x542f1f3e.
//
// Solidity: function KIND_MODEL_COMPLETED() view returns(uint256)
func (modelNFT *ModelNFT) UnpackKINDMODELCOMPLETED(data []byte) (*big.Int, error) {
	out, err := modelNFT.abi.Unpack("KIND_MODEL_COMPLETED", data)
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
// Solidity: function approve(address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (modelNFT *ModelNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := modelNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (modelNFT *ModelNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return modelNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (modelNFT *ModelNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := modelNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCidString is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7951626a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cidString(bytes cid) pure returns(string)
func (modelNFT *ModelNFT) PackCidString(cid []byte) []byte {
	enc, err := modelNFT.abi.Pack("cidString", cid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCidString is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7951626a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cidString(bytes cid) pure returns(string)
func (modelNFT *ModelNFT) TryPackCidString(cid []byte) ([]byte, error) {
	return modelNFT.abi.Pack("cidString", cid)
}

// UnpackCidString is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7951626a.
//
// Solidity: function cidString(bytes cid) pure returns(string)
func (modelNFT *ModelNFT) UnpackCidString(data []byte) (string, error) {
	out, err := modelNFT.abi.Unpack("cidString", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (modelNFT *ModelNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := modelNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (modelNFT *ModelNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return modelNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (modelNFT *ModelNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := modelNFT.abi.Unpack("isApprovedForAll", data)
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
func (modelNFT *ModelNFT) PackL2ChainId() []byte {
	enc, err := modelNFT.abi.Pack("l2ChainId")
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
func (modelNFT *ModelNFT) TryPackL2ChainId() ([]byte, error) {
	return modelNFT.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint64)
func (modelNFT *ModelNFT) UnpackL2ChainId(data []byte) (uint64, error) {
	out, err := modelNFT.abi.Unpack("l2ChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMessageLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e7f3165.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messageLeaf(uint64 id, uint256 kind, bytes data) view returns(bytes32)
func (modelNFT *ModelNFT) PackMessageLeaf(id uint64, kind *big.Int, data []byte) []byte {
	enc, err := modelNFT.abi.Pack("messageLeaf", id, kind, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessageLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e7f3165.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function messageLeaf(uint64 id, uint256 kind, bytes data) view returns(bytes32)
func (modelNFT *ModelNFT) TryPackMessageLeaf(id uint64, kind *big.Int, data []byte) ([]byte, error) {
	return modelNFT.abi.Pack("messageLeaf", id, kind, data)
}

// UnpackMessageLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e7f3165.
//
// Solidity: function messageLeaf(uint64 id, uint256 kind, bytes data) view returns(bytes32)
func (modelNFT *ModelNFT) UnpackMessageLeaf(data []byte) ([32]byte, error) {
	out, err := modelNFT.abi.Unpack("messageLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bfb2a87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) batch, uint64 id, bytes data, bytes32[] proof) returns(uint256 tokenId)
func (modelNFT *ModelNFT) PackMint(batch RollupBatch, id uint64, data []byte, proof [][32]byte) []byte {
	enc, err := modelNFT.abi.Pack("mint", batch, id, data, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bfb2a87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) batch, uint64 id, bytes data, bytes32[] proof) returns(uint256 tokenId)
func (modelNFT *ModelNFT) TryPackMint(batch RollupBatch, id uint64, data []byte, proof [][32]byte) ([]byte, error) {
	return modelNFT.abi.Pack("mint", batch, id, data, proof)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8bfb2a87.
//
// Solidity: function mint((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) batch, uint64 id, bytes data, bytes32[] proof) returns(uint256 tokenId)
func (modelNFT *ModelNFT) UnpackMint(data []byte) (*big.Int, error) {
	out, err := modelNFT.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b32d16e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minted(uint64 id) view returns(bool)
func (modelNFT *ModelNFT) PackMinted(id uint64) []byte {
	enc, err := modelNFT.abi.Pack("minted", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b32d16e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minted(uint64 id) view returns(bool)
func (modelNFT *ModelNFT) TryPackMinted(id uint64) ([]byte, error) {
	return modelNFT.abi.Pack("minted", id)
}

// UnpackMinted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b32d16e.
//
// Solidity: function minted(uint64 id) view returns(bool)
func (modelNFT *ModelNFT) UnpackMinted(data []byte) (bool, error) {
	out, err := modelNFT.abi.Unpack("minted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(uint256 tokenId) view returns((bytes,bytes32,uint64,uint64,uint64,uint64))
func (modelNFT *ModelNFT) PackModel(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("model", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model(uint256 tokenId) view returns((bytes,bytes32,uint64,uint64,uint64,uint64))
func (modelNFT *ModelNFT) TryPackModel(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("model", tokenId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 tokenId) view returns((bytes,bytes32,uint64,uint64,uint64,uint64))
func (modelNFT *ModelNFT) UnpackModel(data []byte) (ModelNFTModel, error) {
	out, err := modelNFT.abi.Unpack("model", data)
	if err != nil {
		return *new(ModelNFTModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelNFTModel)).(*ModelNFTModel)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (modelNFT *ModelNFT) PackName() []byte {
	enc, err := modelNFT.abi.Pack("name")
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
func (modelNFT *ModelNFT) TryPackName() ([]byte, error) {
	return modelNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (modelNFT *ModelNFT) UnpackName(data []byte) (string, error) {
	out, err := modelNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (modelNFT *ModelNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (modelNFT *ModelNFT) PackRollup() []byte {
	enc, err := modelNFT.abi.Pack("rollup")
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
func (modelNFT *ModelNFT) TryPackRollup() ([]byte, error) {
	return modelNFT.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (modelNFT *ModelNFT) UnpackRollup(data []byte) (common.Address, error) {
	out, err := modelNFT.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (modelNFT *ModelNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := modelNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (modelNFT *ModelNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return modelNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (modelNFT *ModelNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := modelNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (modelNFT *ModelNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return modelNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelNFT *ModelNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := modelNFT.abi.Pack("supportsInterface", interfaceId)
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
func (modelNFT *ModelNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return modelNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (modelNFT *ModelNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := modelNFT.abi.Unpack("supportsInterface", data)
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
func (modelNFT *ModelNFT) PackSymbol() []byte {
	enc, err := modelNFT.abi.Pack("symbol")
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
func (modelNFT *ModelNFT) TryPackSymbol() ([]byte, error) {
	return modelNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (modelNFT *ModelNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := modelNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (modelNFT *ModelNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (modelNFT *ModelNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (modelNFT *ModelNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := modelNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := modelNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (modelNFT *ModelNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return modelNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// ModelNFTApproval represents a Approval event raised by the ModelNFT contract.
type ModelNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ModelNFTApproval) ContractEventName() string {
	return ModelNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (modelNFT *ModelNFT) UnpackApprovalEvent(log *types.Log) (*ModelNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 || log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelNFTApproval)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
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

// ModelNFTApprovalForAll represents a ApprovalForAll event raised by the ModelNFT contract.
type ModelNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModelNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ModelNFTApprovalForAll) ContractEventName() string {
	return ModelNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (modelNFT *ModelNFT) UnpackApprovalForAllEvent(log *types.Log) (*ModelNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 || log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
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

// ModelNFTModelMinted represents a ModelMinted event raised by the ModelNFT contract.
type ModelNFTModelMinted struct {
	TokenId    *big.Int
	Creator    common.Address
	MessageId  uint64
	BatchIndex uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const ModelNFTModelMintedEventName = "ModelMinted"

// ContractEventName returns the user-defined event name.
func (ModelNFTModelMinted) ContractEventName() string {
	return ModelNFTModelMintedEventName
}

// UnpackModelMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelMinted(uint256 indexed tokenId, address indexed creator, uint64 indexed messageId, uint64 batchIndex)
func (modelNFT *ModelNFT) UnpackModelMintedEvent(log *types.Log) (*ModelNFTModelMinted, error) {
	event := "ModelMinted"
	if len(log.Topics) == 0 || log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelNFTModelMinted)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
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

// ModelNFTTransfer represents a Transfer event raised by the ModelNFT contract.
type ModelNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ModelNFTTransfer) ContractEventName() string {
	return ModelNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (modelNFT *ModelNFT) UnpackTransferEvent(log *types.Log) (*ModelNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 || log.Topics[0] != modelNFT.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelNFTTransfer)
	if len(log.Data) > 0 {
		if err := modelNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelNFT.abi.Events[event].Inputs {
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
func (modelNFT *ModelNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["BatchNotFinal"].ID.Bytes()[:4]) {
		return modelNFT.UnpackBatchNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return modelNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["InvalidMessageProof"].ID.Bytes()[:4]) {
		return modelNFT.UnpackInvalidMessageProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["MessageField"].ID.Bytes()[:4]) {
		return modelNFT.UnpackMessageFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["MessageUsed"].ID.Bytes()[:4]) {
		return modelNFT.UnpackMessageUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ProofNotOnL1"].ID.Bytes()[:4]) {
		return modelNFT.UnpackProofNotOnL1Error(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["StringsInsufficientHexLength"].ID.Bytes()[:4]) {
		return modelNFT.UnpackStringsInsufficientHexLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelNFT.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return modelNFT.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelNFTBatchNotFinal represents a BatchNotFinal error raised by the ModelNFT contract.
type ModelNFTBatchNotFinal struct {
	BatchIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinal(uint64 batchIndex)
func ModelNFTBatchNotFinalErrorID() common.Hash {
	return common.HexToHash("0x37f3119f95ae604fb645aed73f082e7d65168f0bbbd0579236bc31f302002005")
}

// UnpackBatchNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinal(uint64 batchIndex)
func (modelNFT *ModelNFT) UnpackBatchNotFinalError(raw []byte) (*ModelNFTBatchNotFinal, error) {
	out := new(ModelNFTBatchNotFinal)
	if err := modelNFT.abi.UnpackIntoInterface(out, "BatchNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ModelNFT contract.
type ModelNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ModelNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (modelNFT *ModelNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*ModelNFTERC721IncorrectOwner, error) {
	out := new(ModelNFTERC721IncorrectOwner)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ModelNFT contract.
type ModelNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ModelNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (modelNFT *ModelNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*ModelNFTERC721InsufficientApproval, error) {
	out := new(ModelNFTERC721InsufficientApproval)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ModelNFT contract.
type ModelNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ModelNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (modelNFT *ModelNFT) UnpackERC721InvalidApproverError(raw []byte) (*ModelNFTERC721InvalidApprover, error) {
	out := new(ModelNFTERC721InvalidApprover)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ModelNFT contract.
type ModelNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ModelNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (modelNFT *ModelNFT) UnpackERC721InvalidOperatorError(raw []byte) (*ModelNFTERC721InvalidOperator, error) {
	out := new(ModelNFTERC721InvalidOperator)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ModelNFT contract.
type ModelNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ModelNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (modelNFT *ModelNFT) UnpackERC721InvalidOwnerError(raw []byte) (*ModelNFTERC721InvalidOwner, error) {
	out := new(ModelNFTERC721InvalidOwner)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ModelNFT contract.
type ModelNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ModelNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (modelNFT *ModelNFT) UnpackERC721InvalidReceiverError(raw []byte) (*ModelNFTERC721InvalidReceiver, error) {
	out := new(ModelNFTERC721InvalidReceiver)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the ModelNFT contract.
type ModelNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ModelNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (modelNFT *ModelNFT) UnpackERC721InvalidSenderError(raw []byte) (*ModelNFTERC721InvalidSender, error) {
	out := new(ModelNFTERC721InvalidSender)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ModelNFT contract.
type ModelNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ModelNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (modelNFT *ModelNFT) UnpackERC721NonexistentTokenError(raw []byte) (*ModelNFTERC721NonexistentToken, error) {
	out := new(ModelNFTERC721NonexistentToken)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTInvalidMessageProof represents a InvalidMessageProof error raised by the ModelNFT contract.
type ModelNFTInvalidMessageProof struct {
	BatchIndex uint64
	Id         uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMessageProof(uint64 batchIndex, uint64 id)
func ModelNFTInvalidMessageProofErrorID() common.Hash {
	return common.HexToHash("0x998b19833e085830b70ebcd0b1b5e221603042905be9959de08437ce40c2cdeb")
}

// UnpackInvalidMessageProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMessageProof(uint64 batchIndex, uint64 id)
func (modelNFT *ModelNFT) UnpackInvalidMessageProofError(raw []byte) (*ModelNFTInvalidMessageProof, error) {
	out := new(ModelNFTInvalidMessageProof)
	if err := modelNFT.abi.UnpackIntoInterface(out, "InvalidMessageProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTMessageField represents a MessageField error raised by the ModelNFT contract.
type ModelNFTMessageField struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MessageField(uint256 value)
func ModelNFTMessageFieldErrorID() common.Hash {
	return common.HexToHash("0x341d3872d4b88eacd56e0888a20fb66e77a7fcd53ef2e84a6c4e8465a1924b2f")
}

// UnpackMessageFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MessageField(uint256 value)
func (modelNFT *ModelNFT) UnpackMessageFieldError(raw []byte) (*ModelNFTMessageField, error) {
	out := new(ModelNFTMessageField)
	if err := modelNFT.abi.UnpackIntoInterface(out, "MessageField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTMessageUsed represents a MessageUsed error raised by the ModelNFT contract.
type ModelNFTMessageUsed struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MessageUsed(uint64 id)
func ModelNFTMessageUsedErrorID() common.Hash {
	return common.HexToHash("0x0917c9b7ae0bdac3684c43692bc67d3f1b4bcfcf132cc8b3e47bf77f835b0961")
}

// UnpackMessageUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MessageUsed(uint64 id)
func (modelNFT *ModelNFT) UnpackMessageUsedError(raw []byte) (*ModelNFTMessageUsed, error) {
	out := new(ModelNFTMessageUsed)
	if err := modelNFT.abi.UnpackIntoInterface(out, "MessageUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTProofNotOnL1 represents a ProofNotOnL1 error raised by the ModelNFT contract.
type ModelNFTProofNotOnL1 struct {
	Circuit [32]byte
	Digest  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofNotOnL1(bytes32 circuit, bytes32 digest)
func ModelNFTProofNotOnL1ErrorID() common.Hash {
	return common.HexToHash("0xed606ef0e741566517fd8b0b0826392f7a8f8075158ef44014b2c994bb543cbe")
}

// UnpackProofNotOnL1Error is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofNotOnL1(bytes32 circuit, bytes32 digest)
func (modelNFT *ModelNFT) UnpackProofNotOnL1Error(raw []byte) (*ModelNFTProofNotOnL1, error) {
	out := new(ModelNFTProofNotOnL1)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ProofNotOnL1", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTStringsInsufficientHexLength represents a StringsInsufficientHexLength error raised by the ModelNFT contract.
type ModelNFTStringsInsufficientHexLength struct {
	Value  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func ModelNFTStringsInsufficientHexLengthErrorID() common.Hash {
	return common.HexToHash("0xe22e27eb9593f9947dc34771120a3349dd201c662753f0b60502fc1d8e422233")
}

// UnpackStringsInsufficientHexLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringsInsufficientHexLength(uint256 value, uint256 length)
func (modelNFT *ModelNFT) UnpackStringsInsufficientHexLengthError(raw []byte) (*ModelNFTStringsInsufficientHexLength, error) {
	out := new(ModelNFTStringsInsufficientHexLength)
	if err := modelNFT.abi.UnpackIntoInterface(out, "StringsInsufficientHexLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelNFTZeroAddress represents a ZeroAddress error raised by the ModelNFT contract.
type ModelNFTZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ModelNFTZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (modelNFT *ModelNFT) UnpackZeroAddressError(raw []byte) (*ModelNFTZeroAddress, error) {
	out := new(ModelNFTZeroAddress)
	if err := modelNFT.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
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

// Poseidon2MetaData contains all meta data concerning the Poseidon2 contract.
var Poseidon2MetaData = bind.MetaData{
	ABI: "[]",
	ID:  "dd463be0c0d6c0326a3519465b5cc083a9",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea264697066735822122058cf65224949a5d89f8fd73a6f93af37bf504a591eeb15f8fb227f20dec73f3864736f6c634300081e0033",
}

// Poseidon2 is an auto generated Go binding around an Ethereum contract.
type Poseidon2 struct {
	abi abi.ABI
}

// NewPoseidon2 creates a new instance of Poseidon2.
func NewPoseidon2() *Poseidon2 {
	parsed, err := Poseidon2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Poseidon2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Poseidon2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"l2ChainId_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"circuits_\",\"type\":\"bytes32[]\"},{\"internalType\":\"contractILossVerifier[]\",\"name\":\"verifiers_\",\"type\":\"address[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"alpha\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"betaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"gammaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"deltaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"k\",\"type\":\"uint256[6]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenG\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenSigmaNeg\",\"type\":\"uint256[4]\"}],\"internalType\":\"structRollup.VerifyingKey[]\",\"name\":\"keys_\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"sequencer_\",\"type\":\"address\"},{\"internalType\":\"contractIDepositQueue\",\"name\":\"bridge_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"genesisStateRoot_\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"finalizationPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"exodusDelay\",\"type\":\"uint64\"},{\"internalType\":\"contractFaultProver\",\"name\":\"faultProver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"sequencerBond\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"targetUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burnBps\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"internalType\":\"structStepState.FeeRule\",\"name\":\"fees\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"dataChallenge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.Settings\",\"name\":\"settings_\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"BatchFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"BatchRecordMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batches\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"finalized\",\"type\":\"uint64\"}],\"name\":\"BatchesPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"BondPaymentFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"BondTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"CircuitRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"DepositsConsumedDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deposits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"DepositsConsumedExceedDeposits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"DuplicateProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyCID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"idleSince\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"overdueAt\",\"type\":\"uint256\"}],\"name\":\"ExodusNotDue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"ExodusRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"ForcedConsumedDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"ForcedConsumedExceedQueue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"ForcedTxOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ForcedTxSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InExodus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"InvalidLossProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"L2HeightDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"circuits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"NoFraud\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDataChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInExodus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"PrevStateRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"ProofReplayed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"ProofsHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyProofs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"UnexpectedBatchIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"}],\"name\":\"UnknownCircuit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"UnknownForcedTx\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroChainId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroWindow\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"}],\"name\":\"BatchSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"end\",\"type\":\"bool\"}],\"name\":\"BatchesRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"posted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"BondChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"batches\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"idle\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"overdue\",\"type\":\"bool\"}],\"name\":\"ExodusEntered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"tx\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"accumulator\",\"type\":\"bytes32\"}],\"name\":\"ForcedTxQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proofIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"ProofVerified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"batch\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"fromKey\",\"type\":\"bool\"}],\"name\":\"VerifierRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FORCED_TX_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"batchHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"contractIDepositQueue\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"challenge\",\"type\":\"bytes\"}],\"name\":\"challengeEnd\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"challenge\",\"type\":\"bytes\"}],\"name\":\"challengeStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"checkBatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"final_\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"alpha\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"betaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"gammaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"deltaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"k\",\"type\":\"uint256[6]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenG\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenSigmaNeg\",\"type\":\"uint256[4]\"}],\"internalType\":\"structRollup.VerifyingKey\",\"name\":\"key\",\"type\":\"tuple\"}],\"name\":\"circuitIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dataChallenge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositsConsumed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"lastFinal\",\"type\":\"tuple\"}],\"name\":\"enterExodus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusBatches\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusDueAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"idleAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"overdueAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exodusState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"batches\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deposits\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"faultProver\",\"outputs\":[{\"internalType\":\"contractFaultProver\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRule\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minBaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"targetUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burnBps\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizationPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"finalizedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"tx_\",\"type\":\"bytes\"}],\"name\":\"forceInclude\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedConsumed\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"forcedEntry\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"accumulator\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"queuedAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"hashBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Height\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastStateRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"postBond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"name\":\"provenIn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"proven\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"alpha\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"betaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"gammaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"deltaNeg\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"k\",\"type\":\"uint256[6]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenG\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"pedersenSigmaNeg\",\"type\":\"uint256[4]\"}],\"internalType\":\"structRollup.VerifyingKey\",\"name\":\"key\",\"type\":\"tuple\"}],\"name\":\"registerVerifier\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"proofCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.Batch\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"removeUnavailable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"contractILossVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dataHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prevStateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"depositsConsumed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"l2Height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedConsumed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"proofsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"stepCount\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"messageRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollup.BatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"digest\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.LossProof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"circuit\",\"type\":\"bytes32\"}],\"name\":\"verifierOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"batch\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"fromKey\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"used\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c1a292ad6f2241204a54b3bf194fd64716",
	Bin: "0x610200604052348015610010575f5ffd5b5060405161838338038061838383398101604081905261002f91610c08565b886001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610067816102dc565b506001600160a01b038416158061008557506001600160a01b038316155b8061009b575060608101516001600160a01b0316155b806100b1575060c08101516001600160a01b0316155b156100cf5760405163d92e233d60e01b815260040160405180910390fd5b876001600160401b03165f036100f857604051633212217560e21b815260040160405180910390fd5b60208101516001600160401b0316158061011d575060408101516001600160401b0316155b1561013b57604051634acbbb6560e01b815260040160405180910390fd5b855187511461016a57865186516040516355c5b3e360e11b815260048101929092526024820152604401610055565b5f5b87518110156101bf576101b788828151811061018a5761018a610cf5565b60200260200101518883815181106101a4576101a4610cf5565b60200260200101516102f860201b60201c565b60010161016c565b505f5b85518110156101fd576101f38682815181106101e0576101e0610cf5565b602002602001015161044660201b60201c565b50506001016101c2565b506001600160a01b03938416608090815292841660a09081526001600160401b0398891660c09081526101008490526004939093558151891660e09081526020808401518b16610120526040808501518c1661014052606080860151891661018052968501516101a052928401518051600a5590810151600b805494830151918d166001600160801b03199095169490941768010000000000000000918d169190910217909255930151600c80546001600160a01b031916918616919091179055918201516101e0520151166101c05250505042166101605250610ec1565b600180546001600160a01b03191690556102f581610627565b50565b6001600160a01b03811661031f5760405163d92e233d60e01b815260040160405180910390fd5b5f828152600760205260409020546001600160a01b031615610376575f828152600760205260409081902054905163f961257360e01b8152600481018490526001600160a01b039091166024820152604401610055565b5f61038082610676565b604080516080810182526001600160a01b0385811680835284151560208085018281525f86880181815260608089018381528e8452600786528a842099518a549551935191511515600160b01b0260ff60b01b19921515600160a81b029290921661ffff60a81b19941515600160a01b026001600160a81b031990971691909a16179490941791909116969096179190911790955585519283528201529283019190915291925084915f5160206183635f395f51905f52910160405180910390a2505050565b5f8061045183610742565b5f81815260076020908152604091829020825160808101845290546001600160a01b03811680835260ff600160a01b83048116151594840194909452600160a81b82048416151594830194909452600160b01b900490911615156060820152919350158015906104cd57508060400151806104cd575080606001515b1561050057805160405163f961257360e01b8152600481018590526001600160a01b039091166024820152604401610055565b82845f015185602001518660400151876060015188608001518960a001518a60c0015160405161052f90610771565b61053f9796959493929190610d53565b8190604051809103905ff590508015801561055c573d5f5f3e3d5ffd5b50604080516080810182526001600160a01b03838116808352600160208085018281528587018381525f60608089018281528e835260078652918a9020985189549451935192511515600160b01b0260ff60b01b19931515600160a81b029390931661ffff60a81b19941515600160a01b026001600160a81b031990961691909916179390931791909116959095179490941790945584519182529281018390529283019190915291935084915f5160206183635f395f51905f52910160405180910390a250915091565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405163341cb5f360e21b60248201525f90819081906001600160a01b0385169060440160408051601f198184030181529181526020820180516001600160e01b03166301ffc9a760e01b179052516106cf9190610ddc565b5f60405180830381855afa9150503d805f8114610707576040519150601f19603f3d011682016040523d82523d5f602084013e61070c565b606091505b509150915081801561071f575080516020145b801561073a57508080602001905181019061073a9190610df2565b949350505050565b5f816040516020016107549190610e18565b604051602081830303815290604052805190602001209050919050565b61170180616c6283390190565b6001600160a01b03811681146102f5575f5ffd5b805161079d8161077e565b919050565b80516001600160401b038116811461079d575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156107ee576107ee6107b8565b60405290565b60405161010081016001600160401b03811182821017156107ee576107ee6107b8565b604051601f8201601f191681016001600160401b038111828210171561083f5761083f6107b8565b604052919050565b5f6001600160401b0382111561085f5761085f6107b8565b5060051b60200190565b5f82601f830112610878575f5ffd5b815161088b61088682610847565b610817565b8082825260208201915060208360051b8601019250858311156108ac575f5ffd5b602085015b838110156108c95780518352602092830192016108b1565b5095945050505050565b5f82601f8301126108e2575f5ffd5b81516108f061088682610847565b8082825260208201915060208360051b860101925085831115610911575f5ffd5b602085015b838110156108c95780516109298161077e565b835260209283019201610916565b5f6109426040610817565b9050806040830184811115610955575f5ffd5b835b8181101561096f578051835260209283019201610957565b50505092915050565b5f82601f830112610987575f5ffd5b5f6109926080610817565b90508060808401858111156109a5575f5ffd5b845b818110156109bf5780518352602092830192016109a7565b509195945050505050565b5f82601f8301126109d9575f5ffd5b5f6109e460c0610817565b90508060c08401858111156109a5575f5ffd5b5f82601f830112610a06575f5ffd5b8151610a1461088682610847565b8082825260208201915060206103808402860101925085831115610a36575f5ffd5b602085015b838110156108c9576103808188031215610a53575f5ffd5b610a5b6107cc565b87601f830112610a69575f5ffd5b610a738883610937565b8152610a828860408401610978565b6020820152610a948860c08401610978565b6040820152610aa7886101408401610978565b6060820152610aba886101c084016109ca565b6080820152610acd886102808401610978565b60a0820152610ae0886103008401610978565b60c0820152835260209092019161038001610a3b565b5f60808284031215610b06575f5ffd5b604051608081016001600160401b0381118282101715610b2857610b286107b8565b60405282518152905080610b3e602084016107a2565b6020820152610b4f604084016107a2565b60408201526060830151610b628161077e565b6060919091015292915050565b5f6101608284031215610b80575f5ffd5b610b886107f4565b9050610b93826107a2565b8152610ba1602083016107a2565b6020820152610bb2604083016107a2565b6040820152610bc360608301610792565b606082015260808281015190820152610bdf8360a08401610af6565b60a0820152610bf16101208301610792565b60c0820152610140919091015160e0820152919050565b5f5f5f5f5f5f5f5f5f6102608a8c031215610c21575f5ffd5b610c2a8a610792565b9850610c3860208b016107a2565b60408b01519098506001600160401b03811115610c53575f5ffd5b610c5f8c828d01610869565b60608c015190985090506001600160401b03811115610c7c575f5ffd5b610c888c828d016108d3565b60808c015190975090506001600160401b03811115610ca5575f5ffd5b610cb18c828d016109f7565b955050610cc060a08b01610792565b9350610cce60c08b01610792565b60e08b01519093509150610ce68b6101008c01610b6f565b90509295985092959850929598565b634e487b7160e01b5f52603260045260245ffd5b805f5b6004811015610d2b578151845260209384019390910190600101610d0c565b50505050565b805f5b6006811015610d2b578151845260209384019390910190600101610d34565b610380810181895f5b6002811015610d7b578151835260209283019290910190600101610d5c565b505050610d8b6040830189610d09565b610d9860c0830188610d09565b610da6610140830187610d09565b610db46101c0830186610d31565b610dc2610280830185610d09565b610dd0610300830184610d09565b98975050505050505050565b5f82518060208501845e5f920191825250919050565b5f60208284031215610e02575f5ffd5b81518015158114610e11575f5ffd5b9392505050565b8151610380820190825f5b6002811015610e42578251825260209283019290910190600101610e23565b5050506020830151610e576040840182610d09565b506040830151610e6a60c0840182610d09565b506060830151610e7e610140840182610d09565b506080830151610e926101c0840182610d31565b5060a0830151610ea6610280840182610d09565b5060c0830151610eba610300840182610d09565b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051615c7d610fe55f395f818161051c015261148101525f81816106ee01526115be01525f81816107f301528181611aaa01528181611b0701528181612921015261295801525f8181610abe015281816112e701526114a701525f8181610a8b0152610e0701525f818161074001528181610dba015261109a01525f818161086e01528181610e830152612d8801525f8181610a58015261110901525f81816108f30152818161172f015281816121af015261264a01525f818161096401526113e101525f8181610a2501528181611225015281816114100152611c3601525f81816105a20152818161176201526119d80152615c7d5ff3fe6080604052600436106102bf575f3560e01c80638da5cb5b1161016f578063c9e73d4c116100d8578063e5cb0d1711610092578063eae4c19f1161006d578063eae4c19f14610a7a578063f2b904b414610aad578063f2fde38b14610ae0578063fceb8d7c14610aff575f5ffd5b8063e5cb0d1714610a00578063e78cea9214610a14578063e886aeea14610a47575f5ffd5b8063c9e73d4c14610915578063ca288f1814610934578063d6ae3cd514610953578063dfed150414610986578063e30c3978146109c4578063e3f47483146109e1575f5ffd5b8063adaa838611610129578063adaa83861461083e578063aeb8823d1461085d578063b70de0d914610890578063b9012d5a146108a4578063bc9fa0a5146108c3578063c61ef4d6146108e2575f5ffd5b80638da5cb5b14610762578063935227ed1461077e5780639c1ad422146107a4578063a692b9ef146107c3578063a8608d18146107e2578063ad1d0dcf14610815575f5ffd5b80634ab08a671161022b578063715018a6116101e55780637c9c6bec116101c05780637c9c6bec146106be57806387900c42146106dd57806387be714f146107105780638ab0f2111461072f575f5ffd5b8063715018a614610677578063756ffb401461068b57806379ba5097146106aa575f5ffd5b80634ab08a671461055d5780635b2df9c6146105725780635c1bba381461059157806364c9ec6f146105dc57806369e8cb281461061a5780636d31161b14610653575f5ffd5b80632916acad1161027c5780632916acad146103ba5780632f878b2e14610443578063315139ab14610469578063353d7ab3146104de578063375b3c0a1461050b5780633fdeb0b81461053e575f5ffd5b806306f13056146102c35780630802e78f1461030657806309f8d4a8146103255780630efc31d31461032f578063165646b41461036b5780631eee7cc614610391575b5f5ffd5b3480156102ce575f5ffd5b506001546102e990600160a01b90046001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b348015610311575f5ffd5b506102e96103203660046138c7565b610b3b565b61032d610cf1565b005b34801561033a575f5ffd5b5061034e610349366004613905565b610d89565b604080519283526001600160a01b039091166020830152016102fd565b348015610376575f5ffd5b506002546102e990600160401b90046001600160401b031681565b34801561039c575f5ffd5b506103a5610dab565b604080519283526020830191909152016102fd565b3480156103c5575f5ffd5b506104116103d436600461391f565b5f908152600760205260409020546001600160a01b0381169160ff600160a01b8304811692600160a81b8104821692600160b01b90910490911690565b604080516001600160a01b039095168552921515602085015290151591830191909152151560608201526080016102fd565b34801561044e575f5ffd5b506002546102e990600160801b90046001600160401b031681565b348015610474575f5ffd5b50600a54600b54600c546104a592916001600160401b0380821692600160401b90920416906001600160a01b031684565b6040516102fd94939291909384526001600160401b039283166020850152911660408301526001600160a01b0316606082015260800190565b3480156104e9575f5ffd5b506104fd6104f8366004613a85565b610eb4565b6040519081526020016102fd565b348015610516575f5ffd5b506104fd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610549575f5ffd5b506104fd610558366004613b55565b610ee3565b348015610568575f5ffd5b506104fd61ffc081565b34801561057d575f5ffd5b506104fd61058c366004613b83565b610f41565b34801561059c575f5ffd5b506105c47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102fd565b3480156105e7575f5ffd5b5060035461060290600160481b90046001600160601b031681565b6040516001600160601b0390911681526020016102fd565b348015610625575f5ffd5b5061062e610f53565b604080519384526001600160401b0392831660208501529116908201526060016102fd565b34801561065e575f5ffd5b506003546102e99061010090046001600160401b031681565b348015610682575f5ffd5b5061032d610fdc565b348015610696575f5ffd5b506002546102e9906001600160401b031681565b3480156106b5575f5ffd5b5061032d610fef565b3480156106c9575f5ffd5b5061032d6106d8366004613c6d565b611033565b3480156106e8575f5ffd5b506105c47f000000000000000000000000000000000000000000000000000000000000000081565b34801561071b575f5ffd5b5061032d61072a366004613c88565b6112dc565b34801561073a575f5ffd5b506102e97f000000000000000000000000000000000000000000000000000000000000000081565b34801561076d575f5ffd5b505f546001600160a01b03166105c4565b348015610789575f5ffd5b506002546102e990600160c01b90046001600160401b031681565b3480156107af575f5ffd5b5061032d6107be366004613c88565b6113c4565b3480156107ce575f5ffd5b5061032d6107dd366004613ced565b611559565b3480156107ed575f5ffd5b506104fd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610820575f5ffd5b5060035461082e9060ff1681565b60405190151581526020016102fd565b348015610849575f5ffd5b5061032d610858366004613d1b565b6115b3565b348015610868575f5ffd5b506102e97f000000000000000000000000000000000000000000000000000000000000000081565b34801561089b575f5ffd5b506004546104fd565b3480156108af575f5ffd5b5061082e6108be366004613b55565b611617565b3480156108ce575f5ffd5b5061082e6108dd366004613c6d565b611674565b3480156108ed575f5ffd5b506102e97f000000000000000000000000000000000000000000000000000000000000000081565b348015610920575f5ffd5b506104fd61092f366004613b55565b6116ca565b34801561093f575f5ffd5b5061032d61094e366004613d48565b611757565b34801561095e575f5ffd5b506102e97f000000000000000000000000000000000000000000000000000000000000000081565b348015610991575f5ffd5b506109a56109a0366004613d72565b611949565b6040805192151583526001600160401b039091166020830152016102fd565b3480156109cf575f5ffd5b506001546001600160a01b03166105c4565b3480156109ec575f5ffd5b5061032d6109fb366004613d92565b6119cd565b348015610a0b575f5ffd5b506102e9612112565b348015610a1f575f5ffd5b506105c47f000000000000000000000000000000000000000000000000000000000000000081565b348015610a52575f5ffd5b506104fd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610a85575f5ffd5b506102e97f000000000000000000000000000000000000000000000000000000000000000081565b348015610ab8575f5ffd5b506105c47f000000000000000000000000000000000000000000000000000000000000000081565b348015610aeb575f5ffd5b5061032d610afa366004613e2a565b6121ff565b348015610b0a575f5ffd5b50610b1e610b19366004613b55565b61226f565b604080519283526001600160401b039091166020830152016102fd565b6003545f9060ff1615610b6157604051631287d50f60e31b815260040160405180910390fd5b811580610b6f575061ffc082115b15610b9d576040516358dca77b60e11b81526004810183905261ffc060248201526044015b60405180910390fd5b50600254600160c01b90046001600160401b03165f8115610be45760095f610bc6600185613e59565b6001600160401b0316815260208101919091526040015f2054610be6565b5f5b90505f818585604051610bfa929190613e78565b604051908190038120610c199291602001918252602082015260400190565b60408051808303601f1901815282825280516020918201208383018352808452426001600160401b039081168386019081528882165f9081526009909452939092209351845591516001938401805467ffffffffffffffff1916919092161790559150610c87908490613e87565b600280546001600160c01b0316600160c01b6001600160401b039384160217905560405133918516907f20a701c270418917f61ccde8d9c16a7df6f775e471428f8c297b5bfa16cd309390610ce190899089908790613ece565b60405180910390a3505092915050565b6003545f90610d11903490600160481b90046001600160601b0316613ef1565b6003805474ffffffffffffffffffffffff0000000000000000001916600160481b6001600160601b03841602179055604080513481526001602082015290810182905290915033907fc0af512a02c58123c6f5ec59ec11f461979e6b7a1b9460d740b74ce6b3f4ac7e9060600160405180910390a250565b5f80610da2610d9d36859003850185613a85565b6122f1565b91509150915091565b5f5f5f610db6612112565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316816001600160401b03165f14610e0557610e0061092f600184613e59565b610e30565b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b03165b610e3a9190613ef1565b6002549093506001600160401b03600160801b8204811691600160c01b900416811015610eae576001600160401b038181165f90815260096020526040902060010154610eab917f000000000000000000000000000000000000000000000000000000000000000081169116613ef1565b92505b50509091565b5f81604051602001610ec69190613f48565b604051602081830303815290604052805190602001209050919050565b6001545f906001600160401b03600160a01b909104811690831610610f26576040516329323fff60e01b81526001600160401b0383166004820152602401610b94565b506001600160401b03165f9081526006602052604090205490565b5f81604051602001610ec69190613ff1565b6003545f908190819060ff16610f7c576040516303aab9b960e41b815260040160405180910390fd5b600354600554935061010090046001600160401b031691508115610fd35760065f610fa8600185613e59565b6001600160401b03908116825260208201929092526040015f2060010154600160401b900416610fd5565b5f5b9050909192565b610fe46124e5565b610fed5f612511565b565b60015433906001600160a01b031681146110275760405163118cdaa760e01b81526001600160a01b0382166004820152602401610b94565b61103081612511565b50565b60035460ff161561105757604051631287d50f60e31b815260040160405180910390fd5b5f5f611061610dab565b9092509050428211155f821580159061107a5750824210155b905081158015611088575080155b156110e4576110c06001600160401b037f000000000000000000000000000000000000000000000000000000000000000016856140eb565b6040516333c7745760e11b8152600481019190915260248101849052604401610b94565b5f6110ed612112565b90505f6001600160401b0382161561110757600454611129565b7f00000000000000000000000000000000000000000000000000000000000000005b90506001600160401b0382161580159061115857506001546001600160401b03838116600160a01b9092041614155b156111e057611168600183613e59565b6001600160401b031661117e6020890189613b55565b6001600160401b0316146111d057611197600183613e59565b6111a46020890189613b55565b6040516343a4017160e01b81526001600160401b03928316600482015291166024820152604401610b94565b6111d98761252a565b5060608601355b600380546001600160401b0384166101000268ffffffffffffffffff199091161760011790556005819055604080516321eb936b60e11b815290516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916343d726d6916004808301925f92919082900301818387803b15801561126a575f5ffd5b505af115801561127c573d5f5f3e3d5ffd5b5050604080516001600160401b03861681526020810185905287151581830152861515606082015290517f08219a3d86f5c10ef3d52a112de69b233ee514ff62cf09282a749e07b1ab116d9350908190036080019150a150505050505050565b6112e5836125b3565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630b8260af61131d856126db565b84846040518463ffffffff1660e01b815260040161133d93929190614187565b602060405180830381865afa158015611358573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061137c91906141b3565b6113b25761138d6020840184613b55565b604051637adaca8f60e11b81526001600160401b039091166004820152602401610b94565b6113bf8360013333612807565b505050565b6113cd836125b3565b6040805160a0810182526001600160401b037f000000000000000000000000000000000000000000000000000000000000000081168252306020808401919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811684860152845160808082018752600a548252600b5480861694830194909452600160401b90930490931694830194909452600c5484166060838101919091528301919091527f000000000000000000000000000000000000000000000000000000000000000090820152907f0000000000000000000000000000000000000000000000000000000000000000166355658065826114d6876126db565b86866040518563ffffffff1660e01b81526004016114f794939291906141d2565b602060405180830381865afa158015611512573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061153691906141b3565b6115475761138d6020850185613b55565b611553845f3333612807565b50505050565b6115616124e5565b5f828152600760205260409020546001600160a01b031680156115a95760405163f961257360e01b8152600481018490526001600160a01b0382166024820152604401610b94565b6113bf8383612ad3565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146115fe5760405163a0e8aa3360e01b8152336004820152602401610b94565b611607826125b3565b611613825f8333612807565b5050565b6001545f906001600160401b03600160a01b90910481169083161061163d57505f919050565b60035460ff161561166257506003546001600160401b03610100909104811691161090565b61166b826116ca565b42101592915050565b6001545f90600160a01b90046001600160401b03166116966020840184613b55565b6001600160401b0316106116ab57505f919050565b6116b48261252a565b6116c46108be6020840184613b55565b92915050565b6001545f906001600160401b03600160a01b90910481169083161061170d576040516329323fff60e01b81526001600160401b0383166004820152602401610b94565b6001600160401b038281165f908152600660205260409020600101546116c4917f000000000000000000000000000000000000000000000000000000000000000081169116613ef1565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146117a257604051630596787760e01b8152336004820152602401610b94565b5f6117ab612112565b60035490915060ff161580156117d657506001546001600160401b03828116600160a01b9092041614155b1561181257600154604051630aa7209d60e01b8152600160a01b9091046001600160401b03908116600483015282166024820152604401610b94565b81600360098282829054906101000a90046001600160601b03166118369190614283565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550826001600160a01b03167fc0af512a02c58123c6f5ec59ec11f461979e6b7a1b9460d740b74ce6b3f4ac7e835f600360099054906101000a90046001600160601b03166040516118c69392919092835290151560208301526001600160601b0316604082015260600190565b60405180910390a25f836001600160a01b0316836040515f6040518083038185875af1925050503d805f8114611917576040519150601f19603f3d011682016040523d82523d5f602084013e61191c565b606091505b505090508061155357604051630c786cf760e01b81526001600160a01b0385166004820152602401610b94565b5f5f5f60085f868660405160200161196b929190918252602082015260400190565b60408051601f198184030181529181528151602092830120835290820192909252015f20546001600160801b031690506119a481612c34565b6119b4575f5f92509250506119c6565b60016119c08183613e59565b92509250505b9250929050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611a1857604051630596787760e01b8152336004820152602401610b94565b60035460ff1615611a3c57604051631287d50f60e31b815260040160405180910390fd5b600154600160a01b90046001600160401b031680611a5d6020860186613b55565b6001600160401b031614611aa55780611a796020860186613b55565b604051635dadd6f360e01b81526001600160401b03928316600482015291166024820152604401610b94565b6003547f0000000000000000000000000000000000000000000000000000000000000000600160481b9091046001600160601b03161015611b3357600354604051620155b560e01b8152600160481b9091046001600160601b031660048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610b94565b60045460608501358114611b6757604051635db1512d60e01b81526004810182905260608601356024820152604401610b94565b611b7460208601866142a2565b90505f03611b955760405163063ee91d60e41b815260040160405180910390fd5b6002546001600160401b0316611bb160e0870160c08801613b55565b6001600160401b03161015611c08576002546001600160401b0316611bdc60e0870160c08801613b55565b60405163a0e3493b60e01b81526001600160401b03928316600482015291166024820152604401610b94565b6002546001600160401b0316611c2460e0870160c08801613b55565b6001600160401b03161115611d1e575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316632dfdf0b56040518163ffffffff1660e01b8152600401602060405180830381865afa158015611c90573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cb491906142e4565b90506001600160401b038116611cd060e0880160c08901613b55565b6001600160401b03161115611d1c5780611cf060e0880160c08901613b55565b6040516380c41dc960e01b81526001600160401b03928316600482015291166024820152604401610b94565b505b600254600160401b90046001600160401b0316611d42610100870160e08801613b55565b6001600160401b03161015611da157600254600160401b90046001600160401b0316611d75610100870160e08801613b55565b60405163396db8a560e01b81526001600160401b03928316600482015291166024820152604401610b94565b611dbb611db661012087016101008801613b55565b612caa565b63ffffffff831115611de35760405163854bb1e360e01b815260048101849052602401610b94565b5f611def838686612de4565b90508561012001358114611e245760405163d7d4666160e01b8152610120870135600482015260248101829052604401610b94565b611e2e8585612fd2565b5f5b84811015611ece57858582818110611e4a57611e4a6142ff565b9050602002810190611e5c9190614313565b356001600160401b0385167fe0ec2e0a1589f07cbd82eb7e8dcf92405d96444831e1709007fbaaa2f478ae5b83898982818110611e9b57611e9b6142ff565b9050602002810190611ead9190614313565b604080519283529081013560208301520160405180910390a3600101611e30565b505f611edd61058c88876133dd565b6040805160a0810182528281526001600160401b03421660208201529192508101611f0e60e08a0160c08b01613b55565b6001600160401b03168152602001611f2d6101008a0160e08b01613b55565b6001600160401b03168152602001611f4d6101208a016101008b01613b55565b6001600160401b039081169091528581165f908152600660209081526040918290208451815590840151600191820180549386015160608701516080909701518616600160c01b026001600160c01b03978716600160801b02979097166001600160801b03918716600160401b026001600160801b0319909616939096169290921793909317169290921792909217909155611fea908590613e87565b600180546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b1990921691909117905561202660e0880160c08901613b55565b6002805467ffffffffffffffff19166001600160401b0392909216919091179055612058610100880160e08901613b55565b600280546001600160401b0392909216600160401b026fffffffffffffffff00000000000000001990921691909117905561209b61012088016101008901613b55565b6002805467ffffffffffffffff60801b1916600160801b6001600160401b03938416021790556080880135600481905560405163ffffffff8816815290918616907f17e1f085e9bc700d9e953dfbb9d10b1ae276f962c4a3cb568a1c339a466fd0569060200160405180910390a350505050505050565b6003545f908190819060ff1661213a57600154600160a01b90046001600160401b031661214c565b60035461010090046001600160401b03165b90505b806001600160401b0316826001600160401b031610156121f9575f60026121768484613e59565b6121809190614331565b61218a9084613e87565b6001600160401b038082165f908152600660205260409020600101549192506121d7917f000000000000000000000000000000000000000000000000000000000000000082169116613ef1565b42106121ef576121e8816001613e87565b92506121f3565b8091505b5061214f565b50919050565b6122076124e5565b600180546001600160a01b0383166001600160a01b031990911681179091556122375f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6002545f9081906001600160401b03600160c01b9091048116908416106122b457604051630edad19f60e31b81526001600160401b0384166004820152602401610b94565b50506001600160401b039081165f908152600960209081526040918290208251808401909352805480845260019091015490931691018190529091565b5f5f6122fc83610eb4565b5f81815260076020908152604091829020825160808101845290546001600160a01b03811680835260ff600160a01b83048116151594840194909452600160a81b82048416151594830194909452600160b01b900490911615156060820152919350158015906123785750806040015180612378575080606001515b156123ab57805160405163f961257360e01b8152600481018590526001600160a01b039091166024820152604401610b94565b82845f015185602001518660400151876060015188608001518960a001518a60c001516040516123da9061387d565b6123ea979695949392919061436a565b8190604051809103905ff5905080158015612407573d5f5f3e3d5ffd5b50604080516080810182526001600160a01b03838116808352600160208085018281528587018381525f60608089018281528e835260078652918a9020985189549451935192511515600160b01b0260ff60b01b19931515600160a81b029390931661ffff60a81b19941515600160a01b026001600160a81b031990961691909916179390931791909116959095179490941790945584519182529281018390529283019190915291935084917f61feaeb83e39dedb1ac6d59a76851537be8ce6538188ff8765c690b2c740e247910160405180910390a250915091565b5f546001600160a01b03163314610fed5760405163118cdaa760e01b8152336004820152602401610b94565b600180546001600160a01b03191690556110308161354c565b5f60068161253b6020850185613b55565b6001600160401b0316815260208101919091526040015f90812054915061256a61058c36859003850185613b83565b90508181146113bf576125806020840184613b55565b60405163574533e960e01b81526001600160401b0390911660048201526024810183905260448101829052606401610b94565b60035460ff16156125d757604051631287d50f60e31b815260040160405180910390fd5b600154600160a01b90046001600160401b03166125f76020830183613b55565b6001600160401b031610612637576126126020820182613b55565b6040516329323fff60e01b81526001600160401b039091166004820152602401610b94565b6126408161252a565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660065f61267a6020850185613b55565b6001600160401b03908116825260208201929092526040015f20600101546126a3929116613ef1565b4210611030576126b66020820182613b55565b604051630d243d1960e41b81526001600160401b039091166004820152602401610b94565b6127456040518061012001604052805f81526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681525090565b60408051610120810190915261014083013581526020810161276f61018085016101608601613b55565b6001600160401b031681526020018360400135815260200183606001358152602001836080013581526020018360a0013581526020018360e00160208101906127b89190613b55565b6001600160401b031681526020016127d660e0850160c08601613b55565b6001600160401b031681526020016127f661012085016101008601613b55565b6001600160401b0316905292915050565b5f6128156020860186613b55565b6001549091505f90612838908390600160a01b90046001600160401b0316613e59565b6001805467ffffffffffffffff60a01b1916600160a01b6001600160401b038616908102919091179091559091505f0361288157600280546001600160c01b0319169055612912565b5f600681612890600186613e59565b6001600160401b03908116825260208201929092526040015f2060010180546002805467ffffffffffffffff198116600160401b93849004861690811783558454600160801b9081900487169094026001600160801b031990921617178082559254600160c01b90049093160267ffffffffffffffff60801b19909116179055505b60408601356004556003545f907f0000000000000000000000000000000000000000000000000000000000000000600160481b9091046001600160601b03161061297c577f0000000000000000000000000000000000000000000000000000000000000000612990565b600354600160481b90046001600160601b03165b905080600360098282829054906101000a90046001600160601b03166129b69190614283565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550846001600160a01b0316836001600160401b03167f9f8988dff2710c7488f911a73992423f770580b1fcea072b4c78593268a9e5f284848a604051612a3f939291906001600160401b0393909316835260208301919091521515604082015260600190565b60405180910390a38015612aca575f846001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612a96576040519150601f19603f3d011682016040523d82523d5f602084013e612a9b565b606091505b5050905080612ac857604051630c786cf760e01b81526001600160a01b0386166004820152602401610b94565b505b50505050505050565b6001600160a01b038116612afa5760405163d92e233d60e01b815260040160405180910390fd5b5f828152600760205260409020546001600160a01b031615612b51575f828152600760205260409081902054905163f961257360e01b8152600481018490526001600160a01b039091166024820152604401610b94565b5f612b5b8261359b565b604080516080810182526001600160a01b0385811680835284151560208085018281525f86880181815260608089018381528e8452600786528a842099518a549551935191511515600160b01b0260ff60b01b19921515600160a81b029290921661ffff60a81b19941515600160a01b026001600160a81b031990971691909a16179490941791909116969096179190911790955585519283528201529283019190915291925084917f61feaeb83e39dedb1ac6d59a76851537be8ce6538188ff8765c690b2c740e247910160405180910390a2505050565b5f816001600160801b03165f03612c4c57505f919050565b5f612c58600184613e59565b6001549091506001600160401b03600160a01b9091048116908216108015612ca357506001600160401b038082165f9081526006602052604090819020600101549085901c82169116145b9392505050565b6002546001600160401b03600160801b90910481169082161015612cff57600254604051639bb0b48f60e01b8152600160801b9091046001600160401b03908116600483015282166024820152604401610b94565b6002546001600160401b03600160c01b9091048116908216811015612d4a57604051631e8082a560e31b81526001600160401b03808316600483015283166024820152604401610b94565b806001600160401b0316826001600160401b03161015611613576001600160401b038281165f908152600960205260408120600101549091612db0917f000000000000000000000000000000000000000000000000000000000000000082169116613ef1565b90508042106113bf57604051637823f1c160e11b81526001600160401b038416600482015260248101829052604401610b94565b5f8181612df28260406143f3565b6001600160401b03811115612e0957612e09613936565b6040519080825280601f01601f191660200182016040528015612e33576020820181803683370190505b5090505f612e42876001613e87565b6001600160401b03164260401b77ffffffffffffffffffffffffffffffff0000000000000000161790505f5b83811015612fb2575f878783818110612e8957612e896142ff565b9050602002810190612e9b9190614313565b3590505f888884818110612eb157612eb16142ff565b9050602002810190612ec39190614313565b60206040858102880182810186815293820135908201819052928190205f8181526008909352912054919250906001600160801b039081169086168103612f2e5760405163217f797360e21b8152600481018690526024810185905260448101849052606401610b94565b612f3781612c34565b15612f8157848484612f4a600185613e59565b6040516241836560e51b81526004810194909452602484019290925260448301526001600160401b03166064820152608401610b94565b505f90815260086020526040902080546001600160801b0319166001600160801b0386161790555050600101612e6e565b508215612fc55781516020830120612fc7565b5f5b979650505050505050565b805f816001600160401b03811115612fec57612fec613936565b604051908082528060200260200182016040528015613015578160200160208202803683370190505b5090505f5b828110156133d657818181518110613034576130346142ff565b60200260200101516133ce575f858583818110613053576130536142ff565b90506020028101906130659190614313565b355f81815260076020908152604091829020825160808101845290546001600160a01b03811680835260ff600160a01b83048116151594840194909452600160a81b82048416151594830194909452600160b01b9004909116151560608201529192506130ef5760405163746912c760e01b81526004810184905260248101839052604401610b94565b5f835b8681101561313b578389898381811061310d5761310d6142ff565b905060200281019061311f9190614313565b3503613133578161312f8161440a565b9250505b6001016130f2565b505f816001600160401b0381111561315557613155613936565b60405190808252806020026020018201604052801561317e578160200160208202803683370190505b505f92509050845b8781101561321057848a8a838181106131a1576131a16142ff565b90506020028101906131b39190614313565b3503613208578082846131c58161440a565b9550815181106131d7576131d76142ff565b60200260200101818152505060018782815181106131f7576131f76142ff565b911515602092830291909101909101525b600101613186565b50826040015115801561322557508260600151155b15613249575f848152600760205260409020805460ff60b01b1916600160b01b1790555b8260200151801561325a5750600182115b801561326f5750825161326f908a8a84613667565b1561327d57505050506133ce565b5f5b828110156133c8575f8a8a84848151811061329c5761329c6142ff565b60200260200101518181106132b3576132b36142ff565b90506020028101906132c59190614313565b604001359050845f01516001600160a01b0316638d8f8a5c8c8c8686815181106132f1576132f16142ff565b6020026020010151818110613308576133086142ff565b905060200281019061331a9190614313565b6133289060208101906142a2565b6040518060200160405280868152506040518463ffffffff1660e01b815260040161335593929190614422565b5f6040518083038186803b15801561336b575f5ffd5b505afa92505050801561337c575060015b6133bf57828281518110613392576133926142ff565b602002602001015181604051630992d59760e31b8152600401610b94929190918252602082015260400190565b5060010161327f565b50505050505b60010161301a565b5050505050565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101829052610180810191909152604080516101a081019091528061345f6020860186613b55565b6001600160401b03168152602001426001600160401b0316815260200184606001358152602001846080013581526020018460a00135815260200184610180013581526020018460c00160208101906134b89190613b55565b6001600160401b031681526020016134d7610100860160e08701613b55565b6001600160401b031681526020016134f761012086016101008701613b55565b6001600160401b0316815263ffffffff84166020820152610140850135604082015260600161352e61018086016101608701613b55565b6001600160401b031681526020018460400135815250905092915050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405163341cb5f360e21b60248201525f90819081906001600160a01b0385169060440160408051601f198184030181529181526020820180516001600160e01b03166301ffc9a760e01b179052516135f49190614468565b5f60405180830381855afa9150503d805f811461362c576040519150601f19603f3d011682016040523d82523d5f602084013e613631565b606091505b5091509150818015613644575080516020145b801561365f57508080602001905181019061365f91906141b3565b949350505050565b5f5f82516001600160401b0381111561368257613682613936565b6040519080825280602002602001820160405280156136b557816020015b60608152602001906001900390816136a05790505b5090505f83516001600160401b038111156136d2576136d2613936565b6040519080825280602002602001820160405280156136fb578160200160208202803683370190505b5090505f5b845181101561380c57868686838151811061371d5761371d6142ff565b6020026020010151818110613734576137346142ff565b90506020028101906137469190614313565b6137549060208101906142a2565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508551869250849150811061379b5761379b6142ff565b602002602001018190525086868683815181106137ba576137ba6142ff565b60200260200101518181106137d1576137d16142ff565b90506020028101906137e39190614313565b604001358282815181106137f9576137f96142ff565b6020908102919091010152600101613700565b5060405163341cb5f360e21b81526001600160a01b0388169063d072d7cc9061383b90859085906004016144b8565b5f6040518083038186803b158015613851575f5ffd5b505afa925050508015613862575060015b613870575f9250505061365f565b5060019695505050505050565b6117018061454783390190565b5f5f83601f84011261389a575f5ffd5b5081356001600160401b038111156138b0575f5ffd5b6020830191508360208285010111156119c6575f5ffd5b5f5f602083850312156138d8575f5ffd5b82356001600160401b038111156138ed575f5ffd5b6138f98582860161388a565b90969095509350505050565b5f610380828403128015613917575f5ffd5b509092915050565b5f6020828403121561392f575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b038111828210171561396c5761396c613936565b60405290565b6040516101a081016001600160401b038111828210171561396c5761396c613936565b604051601f8201601f191681016001600160401b03811182821017156139bd576139bd613936565b604052919050565b5f6139d06040613995565b90508060408301848111156139e3575f5ffd5b835b818110156139fd5780358352602092830192016139e5565b50505092915050565b5f82601f830112613a15575f5ffd5b5f613a206080613995565b9050806080840185811115613a33575f5ffd5b845b81811015613a4d578035835260209283019201613a35565b509195945050505050565b5f82601f830112613a67575f5ffd5b5f613a7260c0613995565b90508060c0840185811115613a33575f5ffd5b5f610380828403128015613a97575f5ffd5b50613aa061394a565b83601f840112613aae575f5ffd5b613ab884846139c5565b8152613ac78460408501613a06565b6020820152613ad98460c08501613a06565b6040820152613aec846101408501613a06565b6060820152613aff846101c08501613a58565b6080820152613b12846102808501613a06565b60a0820152613b25846103008501613a06565b60c08201529392505050565b6001600160401b0381168114611030575f5ffd5b8035613b5081613b31565b919050565b5f60208284031215613b65575f5ffd5b8135612ca381613b31565b803563ffffffff81168114613b50575f5ffd5b5f6101a0828403128015613b95575f5ffd5b50613b9e613972565b613ba783613b45565b8152613bb560208401613b45565b602082015260408381013590820152606080840135908201526080808401359082015260a08084013590820152613bee60c08401613b45565b60c0820152613bff60e08401613b45565b60e0820152613c116101008401613b45565b610100820152613c246101208401613b70565b6101208201526101408381013590820152613c426101608401613b45565b610160820152610180928301359281019290925250919050565b5f6101a082840312156121f9575f5ffd5b5f6101a08284031215613c7e575f5ffd5b612ca38383613c5c565b5f5f5f6101c08486031215613c9b575f5ffd5b613ca58585613c5c565b92506101a08401356001600160401b03811115613cc0575f5ffd5b613ccc8682870161388a565b9497909650939450505050565b6001600160a01b0381168114611030575f5ffd5b5f5f60408385031215613cfe575f5ffd5b823591506020830135613d1081613cd9565b809150509250929050565b5f5f6101c08385031215613d2d575f5ffd5b613d378484613c5c565b91506101a0830135613d1081613cd9565b5f5f60408385031215613d59575f5ffd5b8235613d6481613cd9565b946020939093013593505050565b5f5f60408385031215613d83575f5ffd5b50508035926020909101359150565b5f5f5f60408486031215613da4575f5ffd5b83356001600160401b03811115613db9575f5ffd5b613dc586828701613c5c565b93505060208401356001600160401b03811115613de0575f5ffd5b8401601f81018613613df0575f5ffd5b80356001600160401b03811115613e05575f5ffd5b8660208260051b8401011115613e19575f5ffd5b939660209190910195509293505050565b5f60208284031215613e3a575f5ffd5b8135612ca381613cd9565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0382811682821603908111156116c4576116c4613e45565b818382375f9101908152919050565b6001600160401b0381811683821601908111156116c4576116c4613e45565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f613ee1604083018587613ea6565b9050826020830152949350505050565b808201808211156116c4576116c4613e45565b805f5b6004811015611553578151845260209384019390910190600101613f07565b805f5b6006811015611553578151845260209384019390910190600101613f29565b8151610380820190825f5b6002811015613f72578251825260209283019290910190600101613f53565b5050506020830151613f876040840182613f04565b506040830151613f9a60c0840182613f04565b506060830151613fae610140840182613f04565b506080830151613fc26101c0840182613f26565b5060a0830151613fd6610280840182613f04565b5060c0830151613fea610300840182613f04565b5092915050565b81516001600160401b031681526101a08101602083015161401d60208401826001600160401b03169052565b5060408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015161406060c08401826001600160401b03169052565b5060e083015161407b60e08401826001600160401b03169052565b506101008301516140986101008401826001600160401b03169052565b506101208301516140b261012084018263ffffffff169052565b506101408301516101408301526101608301516140db6101608401826001600160401b03169052565b5061018092830151919092015290565b818103818111156116c4576116c4613e45565b805182526001600160401b03602082015116602083015260408101516040830152606081015160608301526080810151608083015260a081015160a08301526001600160401b0360c08201511660c083015260e081015161416a60e08401826001600160401b03169052565b506101008101516113bf6101008401826001600160401b03169052565b61419181856140fe565b6101406101208201525f6141aa61014083018486613ea6565b95945050505050565b5f602082840312156141c3575f5ffd5b81518015158114612ca3575f5ffd5b6001600160401b03855116815260018060a01b03602086015116602082015260018060a01b0360408601511660408201525f6060860151805160608401526001600160401b0360208201511660808401526001600160401b0360408201511660a084015260018060a01b0360608201511660c084015250608086015160e08301526142616101008301866140fe565b61024061022083015261427961024083018486613ea6565b9695505050505050565b6001600160601b0382811682821603908111156116c4576116c4613e45565b5f5f8335601e198436030181126142b7575f5ffd5b8301803591506001600160401b038211156142d0575f5ffd5b6020019150368190038213156119c6575f5ffd5b5f602082840312156142f4575f5ffd5b8151612ca381613b31565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112614327575f5ffd5b9190910192915050565b5f6001600160401b0383168061435557634e487b7160e01b5f52601260045260245ffd5b806001600160401b0384160491505092915050565b610380810181895f5b6002811015614392578151835260209283019290910190600101614373565b5050506143a26040830189613f04565b6143af60c0830188613f04565b6143bd610140830187613f04565b6143cb6101c0830186613f26565b6143d9610280830185613f04565b6143e7610300830184613f04565b98975050505050505050565b80820281158282048414176116c4576116c4613e45565b5f6001820161441b5761441b613e45565b5060010190565b604081525f614435604083018587613ea6565b905060208201835f5b600181101561445d57815183526020928301929091019060010161443e565b505050949350505050565b5f82518060208501845e5f920191825250919050565b5f8151808452602084019350602083015f5b828110156144ae578151865260209586019590910190600101614490565b5093949350505050565b5f604082016040835280855180835260608501915060608160051b8601019250602087015f5b8281101561453057605f19878603018452815180518087528060208301602089015e5f602082890101526020601f19601f830116880101965050506020820191506020840193506001810190506144de565b5050505082810360208401526141aa818561447e56fe610400604052348015610010575f5ffd5b5060405161170138038061170183398101604081905261002f9161020e565b865160209788015160a090815260809182528751888a01516040808b015160609b8c0151610120526101005260e09190915260c0919091528751888b015189830151998b01516101a0526101809990995261016098909852610140979097528551868a015187890151978a015161022052610200979097526101e0969096526101c09590955283518489015185880151868a01519387015196909701516102e0526102c0959095526102a091909152610280949094526102609290925261024092909252815182860151838501519386015161036052610340939093526103209290925261030091909152805193810151918101519201516103e0526103c0919091526103a052610380526102e8565b604051601f8201601f191681016001600160401b038111828210171561017357634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f61018660c061013f565b90508060c0830184811115610199575f5ffd5b835b818110156101b357805183526020928301920161019b565b50505092915050565b5f82601f8301126101cb575f5ffd5b5f6101d6608061013f565b90508060808401858111156101e9575f5ffd5b845b818110156102035780518352602092830192016101eb565b509195945050505050565b5f5f5f5f5f5f5f610380888a031215610225575f5ffd5b88601f890112610233575f5ffd5b5f61023e604061013f565b90508060408a018b811115610251575f5ffd5b8a5b8181101561026b578051835260209283019201610253565b508299506102798c826101bc565b985050505061028b8960c08a016101bc565b945061029b896101408a016101bc565b9350886101df8901126102ac575f5ffd5b6102ba896101c08a0161017b565b92506102ca896102808a016101bc565b91506102da896103008a016101bc565b905092959891949750929550565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516103405161036051610380516103a0516103c0516103e0516112da6104275f395f61098501525f61096401525f61094301525f61092201525f610a2801525f610a0701525f6109e601525f6109c501525f61082d01525f61080c01525f6107c501525f6107a401525f8181610707015261075901525f81816106e6015261073801525f61056a01525f61054901525f61052801525f61050701525f6108e301525f6108c201525f6108a101525f61088001525f6106b001525f61068f01525f61066e01525f61064d01525f81816105c3015261061501525f81816105a201526105f401526112da5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806301ffc9a71461004e57806319204986146100765780638d8f8a5c1461008d578063d072d7cc146100a2575b5f5ffd5b61006161005c366004610edb565b6100b5565b60405190151581526020015b60405180910390f35b61007f61018081565b60405190815260200161006d565b6100a061009b366004610f09565b610106565b005b6100a06100b0366004610fd7565b610185565b5f6001600160e01b0319821663341cb5f360e21b14806100e557506001600160e01b03198216632363e29760e21b145b8061010057506001600160e01b031982166301ffc9a760e01b145b92915050565b5f610111600161030b565b6040519091505f905f5160206112855f395f51905f529061013e9087908790873590600190602001611057565b604051602081830303815290604052805190602001205f1c6101609190611071565b9050610173825f878787356001876103c3565b61017e8260016104e6565b5050505050565b828015806101935750818114155b156101b157604051632bb9acf760e01b815260040160405180910390fd5b5f858585856040516020016101c994939291906110e8565b6040516020818303038152906040528051906020012090505f6101eb8361030b565b90505f5b838110156102f7575f811561024e5760408051602081018690529081018390525f60608201525f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102499190611071565b610251565b60015b6040805160208101879052908101849052600160608201529091505f905f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102a29190611071565b90506102ed84848c8c878181106102bb576102bb611043565b90506020028101906102cd919061119c565b8c8c898181106102df576102df611043565b9050602002013587876103c3565b50506001016101ef565b5061030281846104e6565b50505050505050565b610364604051806101800160405280606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61036f8260056111f3565b61037a906006611206565b67ffffffffffffffff8111156103925761039261121d565b6040519080825280602002602001820160405280156103bb578160200160208202803683370190505b508152919050565b610180841415806103e157505f5160206112855f395f51905f528310155b156103ff57604051632bb9acf760e01b815260040160405180910390fd5b865161041890610410886006611206565b878786610aa0565b61042487868685610ba4565b6104318786868585610bf8565b61043d87868684610c88565b5f5f5160206112855f395f51905f5261045c610140610100888a611231565b60405161046a929190611258565b60405190819003902061047d9190611071565b90505f5160206112855f395f51905f5283896101200151086101208901525f5160206112855f395f51905f5280858509896101400151086101408901525f5160206112855f395f51905f5280828509896101600151086101609098019790975250505050505050565b81515f6104f4836006611206565b905061058e8282866020015187604001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f8561012001516001146105f2576105ed7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610635565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b90925090506106d4846106498560066111f3565b84847f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b856101200151600114610736576107317f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610779565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b8092508193505050610795828288606001518960800151610e1d565b80925081935050505f5f6107ef7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101400151610dc9565b915091506107ff84848484610e1d565b80945081955050506108577f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101600151610dc9565b909250905061086884848484610e1d565b90945092506109078661087c87600c6111f3565b86867f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b6109a9866109168760126111f3565b8a60a001518b60c001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b610a4c866109b88760186111f3565b8a60e001518b61010001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f60405160208160208b510260208c0160085afa92508051915050811580610a76575080600114155b15610a9457604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050565b5f5f610aad85855f610e78565b9150915082600114610aca57610ac4828285610dc9565b90925090505b81878781518110610add57610add611043565b60209081029190910101528087610af58860016111f3565b81518110610b0557610b05611043565b60209081029190910101525f5b6004811015610b9a578585610b28836020611206565b610b339060406111f3565b90610b3f846020611206565b610b4a9060606111f3565b92610b5793929190611231565b610b6091611267565b8882610b6d8a60026111f3565b610b7791906111f3565b81518110610b8757610b87611043565b6020908102919091010152600101610b12565b5050505050505050565b5f5f610bb2858560c0610e78565b9150915082600114610bcf57610bc9828285610dc9565b90925090505b610be3866020015187604001518484610e1d565b60408801526020909601959095525050505050565b5f5f610c078686610100610e78565b915091505f5f85600114610c2557610c20848488610dc9565b610c28565b83835b91509150610c4089606001518a608001518484610e1d565b60808b015260608a0152610c55848487610dc9565b60a08b015160c08c0151929450909250610c70918484610e1d565b60c08b015260a0909901989098525050505050505050565b5f5f610c978585610140610e78565b91509150610ca6828285610dc9565b60e0880151610100890151929450909250610cc2918484610e1d565b61010088015260e0909601959095525050505050565b85888881518110610ceb57610ceb611043565b60209081029190910101528488610d038960016111f3565b81518110610d1357610d13611043565b60209081029190910101528388610d2b8960026111f3565b81518110610d3b57610d3b611043565b60209081029190910101528288610d538960036111f3565b81518110610d6357610d63611043565b60209081029190910101528188610d7b8960046111f3565b81518110610d8b57610d8b611043565b60209081029190910101528088610da38960056111f3565b81518110610db357610db3611043565b6020026020010181815250505050505050505050565b5f5f5f60405186815285602082015284604082015260408160608360075afa915080519350602081015192505080610e1457604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f5f60405187815286602082015285604082015284606082015260408160808360065afa915080519350602081015192505080610e6e57604051631ff3747d60e21b815260040160405180910390fd5b5094509492505050565b5f80848385610e888260206111f3565b92610e9593929190611231565b610e9e91611267565b91508484610ead8560206111f3565b90610eb98660406111f3565b92610ec693929190611231565b610ecf91611267565b5f1c9050935093915050565b5f60208284031215610eeb575f5ffd5b81356001600160e01b031981168114610f02575f5ffd5b9392505050565b5f5f5f60408486031215610f1b575f5ffd5b833567ffffffffffffffff811115610f31575f5ffd5b8401601f81018613610f41575f5ffd5b803567ffffffffffffffff811115610f57575f5ffd5b866020828401011115610f68575f5ffd5b602082019450809350505084604085011115610f82575f5ffd5b6020840190509250925092565b5f5f83601f840112610f9f575f5ffd5b50813567ffffffffffffffff811115610fb6575f5ffd5b6020830191508360208260051b8501011115610fd0575f5ffd5b9250929050565b5f5f5f5f60408587031215610fea575f5ffd5b843567ffffffffffffffff811115611000575f5ffd5b61100c87828801610f8f565b909550935050602085013567ffffffffffffffff81111561102b575f5ffd5b61103787828801610f8f565b95989497509550505050565b634e487b7160e01b5f52603260045260245ffd5b838582379092019081526020810191909152604001919050565b5f8261108b57634e487b7160e01b5f52601260045260245ffd5b500690565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b038311156110cf575f5ffd5b8260051b80836020870137939093016020019392505050565b604080825281018490525f6060600586901b830181019083018783601e1936839003015b8982101561117a57868503605f19018452823581811261112a575f5ffd5b8b0160208101903567ffffffffffffffff811115611146575f5ffd5b803603821315611154575f5ffd5b61115f878284611090565b9650505060208301925060208401935060018201915061110c565b5050505082810360208401526111918185876110b8565b979650505050505050565b5f5f8335601e198436030181126111b1575f5ffd5b83018035915067ffffffffffffffff8211156111cb575f5ffd5b602001915036819003821315610fd0575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610100576101006111df565b8082028115828204841417610100576101006111df565b634e487b7160e01b5f52604160045260245ffd5b5f5f8585111561123f575f5ffd5b8386111561124b575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b80356020831015610100575f19602084900360031b1b169291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220818792df6b56a276002303ab96853e6a11a229c3d1fe54a2448f051a52a827f564736f6c634300081e0033a26469706673582212208b918006e73973bc061a8f690f56665c441b4dcd7a5b08edb7cc0b881ce8b7fd64736f6c634300081e0033610400604052348015610010575f5ffd5b5060405161170138038061170183398101604081905261002f9161020e565b865160209788015160a090815260809182528751888a01516040808b015160609b8c0151610120526101005260e09190915260c0919091528751888b015189830151998b01516101a0526101809990995261016098909852610140979097528551868a015187890151978a015161022052610200979097526101e0969096526101c09590955283518489015185880151868a01519387015196909701516102e0526102c0959095526102a091909152610280949094526102609290925261024092909252815182860151838501519386015161036052610340939093526103209290925261030091909152805193810151918101519201516103e0526103c0919091526103a052610380526102e8565b604051601f8201601f191681016001600160401b038111828210171561017357634e487b7160e01b5f52604160045260245ffd5b604052919050565b5f61018660c061013f565b90508060c0830184811115610199575f5ffd5b835b818110156101b357805183526020928301920161019b565b50505092915050565b5f82601f8301126101cb575f5ffd5b5f6101d6608061013f565b90508060808401858111156101e9575f5ffd5b845b818110156102035780518352602092830192016101eb565b509195945050505050565b5f5f5f5f5f5f5f610380888a031215610225575f5ffd5b88601f890112610233575f5ffd5b5f61023e604061013f565b90508060408a018b811115610251575f5ffd5b8a5b8181101561026b578051835260209283019201610253565b508299506102798c826101bc565b985050505061028b8960c08a016101bc565b945061029b896101408a016101bc565b9350886101df8901126102ac575f5ffd5b6102ba896101c08a0161017b565b92506102ca896102808a016101bc565b91506102da896103008a016101bc565b905092959891949750929550565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516103405161036051610380516103a0516103c0516103e0516112da6104275f395f61098501525f61096401525f61094301525f61092201525f610a2801525f610a0701525f6109e601525f6109c501525f61082d01525f61080c01525f6107c501525f6107a401525f8181610707015261075901525f81816106e6015261073801525f61056a01525f61054901525f61052801525f61050701525f6108e301525f6108c201525f6108a101525f61088001525f6106b001525f61068f01525f61066e01525f61064d01525f81816105c3015261061501525f81816105a201526105f401526112da5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806301ffc9a71461004e57806319204986146100765780638d8f8a5c1461008d578063d072d7cc146100a2575b5f5ffd5b61006161005c366004610edb565b6100b5565b60405190151581526020015b60405180910390f35b61007f61018081565b60405190815260200161006d565b6100a061009b366004610f09565b610106565b005b6100a06100b0366004610fd7565b610185565b5f6001600160e01b0319821663341cb5f360e21b14806100e557506001600160e01b03198216632363e29760e21b145b8061010057506001600160e01b031982166301ffc9a760e01b145b92915050565b5f610111600161030b565b6040519091505f905f5160206112855f395f51905f529061013e9087908790873590600190602001611057565b604051602081830303815290604052805190602001205f1c6101609190611071565b9050610173825f878787356001876103c3565b61017e8260016104e6565b5050505050565b828015806101935750818114155b156101b157604051632bb9acf760e01b815260040160405180910390fd5b5f858585856040516020016101c994939291906110e8565b6040516020818303038152906040528051906020012090505f6101eb8361030b565b90505f5b838110156102f7575f811561024e5760408051602081018690529081018390525f60608201525f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102499190611071565b610251565b60015b6040805160208101879052908101849052600160608201529091505f905f5160206112855f395f51905f5290608001604051602081830303815290604052805190602001205f1c6102a29190611071565b90506102ed84848c8c878181106102bb576102bb611043565b90506020028101906102cd919061119c565b8c8c898181106102df576102df611043565b9050602002013587876103c3565b50506001016101ef565b5061030281846104e6565b50505050505050565b610364604051806101800160405280606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b61036f8260056111f3565b61037a906006611206565b67ffffffffffffffff8111156103925761039261121d565b6040519080825280602002602001820160405280156103bb578160200160208202803683370190505b508152919050565b610180841415806103e157505f5160206112855f395f51905f528310155b156103ff57604051632bb9acf760e01b815260040160405180910390fd5b865161041890610410886006611206565b878786610aa0565b61042487868685610ba4565b6104318786868585610bf8565b61043d87868684610c88565b5f5f5160206112855f395f51905f5261045c610140610100888a611231565b60405161046a929190611258565b60405190819003902061047d9190611071565b90505f5160206112855f395f51905f5283896101200151086101208901525f5160206112855f395f51905f5280858509896101400151086101408901525f5160206112855f395f51905f5280828509896101600151086101609098019790975250505050505050565b81515f6104f4836006611206565b905061058e8282866020015187604001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f8561012001516001146105f2576105ed7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610635565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b90925090506106d4846106498560066111f3565b84847f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b856101200151600114610736576107317f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000886101200151610dc9565b610779565b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000005b8092508193505050610795828288606001518960800151610e1d565b80925081935050505f5f6107ef7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101400151610dc9565b915091506107ff84848484610e1d565b80945081955050506108577f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000008a6101600151610dc9565b909250905061086884848484610e1d565b90945092506109078661087c87600c6111f3565b86867f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b6109a9866109168760126111f3565b8a60a001518b60c001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b610a4c866109b88760186111f3565b8a60e001518b61010001517f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000610cd8565b5f5f60405160208160208b510260208c0160085afa92508051915050811580610a76575080600114155b15610a9457604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050565b5f5f610aad85855f610e78565b9150915082600114610aca57610ac4828285610dc9565b90925090505b81878781518110610add57610add611043565b60209081029190910101528087610af58860016111f3565b81518110610b0557610b05611043565b60209081029190910101525f5b6004811015610b9a578585610b28836020611206565b610b339060406111f3565b90610b3f846020611206565b610b4a9060606111f3565b92610b5793929190611231565b610b6091611267565b8882610b6d8a60026111f3565b610b7791906111f3565b81518110610b8757610b87611043565b6020908102919091010152600101610b12565b5050505050505050565b5f5f610bb2858560c0610e78565b9150915082600114610bcf57610bc9828285610dc9565b90925090505b610be3866020015187604001518484610e1d565b60408801526020909601959095525050505050565b5f5f610c078686610100610e78565b915091505f5f85600114610c2557610c20848488610dc9565b610c28565b83835b91509150610c4089606001518a608001518484610e1d565b60808b015260608a0152610c55848487610dc9565b60a08b015160c08c0151929450909250610c70918484610e1d565b60c08b015260a0909901989098525050505050505050565b5f5f610c978585610140610e78565b91509150610ca6828285610dc9565b60e0880151610100890151929450909250610cc2918484610e1d565b61010088015260e0909601959095525050505050565b85888881518110610ceb57610ceb611043565b60209081029190910101528488610d038960016111f3565b81518110610d1357610d13611043565b60209081029190910101528388610d2b8960026111f3565b81518110610d3b57610d3b611043565b60209081029190910101528288610d538960036111f3565b81518110610d6357610d63611043565b60209081029190910101528188610d7b8960046111f3565b81518110610d8b57610d8b611043565b60209081029190910101528088610da38960056111f3565b81518110610db357610db3611043565b6020026020010181815250505050505050505050565b5f5f5f60405186815285602082015284604082015260408160608360075afa915080519350602081015192505080610e1457604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f5f60405187815286602082015285604082015284606082015260408160808360065afa915080519350602081015192505080610e6e57604051631ff3747d60e21b815260040160405180910390fd5b5094509492505050565b5f80848385610e888260206111f3565b92610e9593929190611231565b610e9e91611267565b91508484610ead8560206111f3565b90610eb98660406111f3565b92610ec693929190611231565b610ecf91611267565b5f1c9050935093915050565b5f60208284031215610eeb575f5ffd5b81356001600160e01b031981168114610f02575f5ffd5b9392505050565b5f5f5f60408486031215610f1b575f5ffd5b833567ffffffffffffffff811115610f31575f5ffd5b8401601f81018613610f41575f5ffd5b803567ffffffffffffffff811115610f57575f5ffd5b866020828401011115610f68575f5ffd5b602082019450809350505084604085011115610f82575f5ffd5b6020840190509250925092565b5f5f83601f840112610f9f575f5ffd5b50813567ffffffffffffffff811115610fb6575f5ffd5b6020830191508360208260051b8501011115610fd0575f5ffd5b9250929050565b5f5f5f5f60408587031215610fea575f5ffd5b843567ffffffffffffffff811115611000575f5ffd5b61100c87828801610f8f565b909550935050602085013567ffffffffffffffff81111561102b575f5ffd5b61103787828801610f8f565b95989497509550505050565b634e487b7160e01b5f52603260045260245ffd5b838582379092019081526020810191909152604001919050565b5f8261108b57634e487b7160e01b5f52601260045260245ffd5b500690565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8183525f6001600160fb1b038311156110cf575f5ffd5b8260051b80836020870137939093016020019392505050565b604080825281018490525f6060600586901b830181019083018783601e1936839003015b8982101561117a57868503605f19018452823581811261112a575f5ffd5b8b0160208101903567ffffffffffffffff811115611146575f5ffd5b803603821315611154575f5ffd5b61115f878284611090565b9650505060208301925060208401935060018201915061110c565b5050505082810360208401526111918185876110b8565b979650505050505050565b5f5f8335601e198436030181126111b1575f5ffd5b83018035915067ffffffffffffffff8211156111cb575f5ffd5b602001915036819003821315610fd0575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610100576101006111df565b8082028115828204841417610100576101006111df565b634e487b7160e01b5f52604160045260245ffd5b5f5f8585111561123f575f5ffd5b8386111561124b575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b80356020831015610100575f19602084900360031b1b169291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220818792df6b56a276002303ab96853e6a11a229c3d1fe54a2448f051a52a827f564736f6c634300081e003361feaeb83e39dedb1ac6d59a76851537be8ce6538188ff8765c690b2c740e247",
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
// Solidity: constructor(address owner_, uint64 l2ChainId_, bytes32[] circuits_, address[] verifiers_, (uint256[2],uint256[4],uint256[4],uint256[4],uint256[6],uint256[4],uint256[4])[] keys_, address sequencer_, address bridge_, bytes32 genesisStateRoot_, (uint64,uint64,uint64,address,uint256,(uint256,uint64,uint64,address),address,uint256) settings_) returns()
func (rollup *Rollup) PackConstructor(owner_ common.Address, l2ChainId_ uint64, circuits_ [][32]byte, verifiers_ []common.Address, keys_ []RollupVerifyingKey, sequencer_ common.Address, bridge_ common.Address, genesisStateRoot_ [32]byte, settings_ RollupSettings) []byte {
	enc, err := rollup.abi.Pack("", owner_, l2ChainId_, circuits_, verifiers_, keys_, sequencer_, bridge_, genesisStateRoot_, settings_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFORCEDTXSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab08a67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FORCED_TX_SIZE() view returns(uint256)
func (rollup *Rollup) PackMAXFORCEDTXSIZE() []byte {
	enc, err := rollup.abi.Pack("MAX_FORCED_TX_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFORCEDTXSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab08a67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FORCED_TX_SIZE() view returns(uint256)
func (rollup *Rollup) TryPackMAXFORCEDTXSIZE() ([]byte, error) {
	return rollup.abi.Pack("MAX_FORCED_TX_SIZE")
}

// UnpackMAXFORCEDTXSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ab08a67.
//
// Solidity: function MAX_FORCED_TX_SIZE() view returns(uint256)
func (rollup *Rollup) UnpackMAXFORCEDTXSIZE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_FORCED_TX_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fdeb0b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchHash(uint64 index) view returns(bytes32)
func (rollup *Rollup) PackBatchHash(index uint64) []byte {
	enc, err := rollup.abi.Pack("batchHash", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fdeb0b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchHash(uint64 index) view returns(bytes32)
func (rollup *Rollup) TryPackBatchHash(index uint64) ([]byte, error) {
	return rollup.abi.Pack("batchHash", index)
}

// UnpackBatchHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fdeb0b8.
//
// Solidity: function batchHash(uint64 index) view returns(bytes32)
func (rollup *Rollup) UnpackBatchHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("batchHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() view returns(uint96)
func (rollup *Rollup) PackBond() []byte {
	enc, err := rollup.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() view returns(uint96)
func (rollup *Rollup) TryPackBond() ([]byte, error) {
	return rollup.abi.Pack("bond")
}

// UnpackBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint96)
func (rollup *Rollup) UnpackBond(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("bond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackChallengeEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87be714f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeEnd((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, bytes challenge) returns()
func (rollup *Rollup) PackChallengeEnd(b RollupBatch, challenge []byte) []byte {
	enc, err := rollup.abi.Pack("challengeEnd", b, challenge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87be714f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeEnd((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, bytes challenge) returns()
func (rollup *Rollup) TryPackChallengeEnd(b RollupBatch, challenge []byte) ([]byte, error) {
	return rollup.abi.Pack("challengeEnd", b, challenge)
}

// PackChallengeStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c1ad422.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeStep((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, bytes challenge) returns()
func (rollup *Rollup) PackChallengeStep(b RollupBatch, challenge []byte) []byte {
	enc, err := rollup.abi.Pack("challengeStep", b, challenge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c1ad422.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeStep((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, bytes challenge) returns()
func (rollup *Rollup) TryPackChallengeStep(b RollupBatch, challenge []byte) ([]byte, error) {
	return rollup.abi.Pack("challengeStep", b, challenge)
}

// PackCheckBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc9fa0a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkBatch((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b) view returns(bool final_)
func (rollup *Rollup) PackCheckBatch(b RollupBatch) []byte {
	enc, err := rollup.abi.Pack("checkBatch", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc9fa0a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkBatch((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b) view returns(bool final_)
func (rollup *Rollup) TryPackCheckBatch(b RollupBatch) ([]byte, error) {
	return rollup.abi.Pack("checkBatch", b)
}

// UnpackCheckBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc9fa0a5.
//
// Solidity: function checkBatch((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b) view returns(bool final_)
func (rollup *Rollup) UnpackCheckBatch(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("checkBatch", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackDataChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87900c42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataChallenge() view returns(address)
func (rollup *Rollup) PackDataChallenge() []byte {
	enc, err := rollup.abi.Pack("dataChallenge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87900c42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataChallenge() view returns(address)
func (rollup *Rollup) TryPackDataChallenge() ([]byte, error) {
	return rollup.abi.Pack("dataChallenge")
}

// UnpackDataChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87900c42.
//
// Solidity: function dataChallenge() view returns(address)
func (rollup *Rollup) UnpackDataChallenge(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("dataChallenge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeployedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeae4c19f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployedAt() view returns(uint64)
func (rollup *Rollup) PackDeployedAt() []byte {
	enc, err := rollup.abi.Pack("deployedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeae4c19f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployedAt() view returns(uint64)
func (rollup *Rollup) TryPackDeployedAt() ([]byte, error) {
	return rollup.abi.Pack("deployedAt")
}

// UnpackDeployedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeae4c19f.
//
// Solidity: function deployedAt() view returns(uint64)
func (rollup *Rollup) UnpackDeployedAt(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("deployedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackEnterExodus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c9c6bec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enterExodus((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) lastFinal) returns()
func (rollup *Rollup) PackEnterExodus(lastFinal RollupBatch) []byte {
	enc, err := rollup.abi.Pack("enterExodus", lastFinal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnterExodus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c9c6bec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enterExodus((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) lastFinal) returns()
func (rollup *Rollup) TryPackEnterExodus(lastFinal RollupBatch) ([]byte, error) {
	return rollup.abi.Pack("enterExodus", lastFinal)
}

// PackExodus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad1d0dcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exodus() view returns(bool)
func (rollup *Rollup) PackExodus() []byte {
	enc, err := rollup.abi.Pack("exodus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExodus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad1d0dcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exodus() view returns(bool)
func (rollup *Rollup) TryPackExodus() ([]byte, error) {
	return rollup.abi.Pack("exodus")
}

// UnpackExodus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad1d0dcf.
//
// Solidity: function exodus() view returns(bool)
func (rollup *Rollup) UnpackExodus(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("exodus", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExodusBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d31161b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exodusBatches() view returns(uint64)
func (rollup *Rollup) PackExodusBatches() []byte {
	enc, err := rollup.abi.Pack("exodusBatches")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExodusBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d31161b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exodusBatches() view returns(uint64)
func (rollup *Rollup) TryPackExodusBatches() ([]byte, error) {
	return rollup.abi.Pack("exodusBatches")
}

// UnpackExodusBatches is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d31161b.
//
// Solidity: function exodusBatches() view returns(uint64)
func (rollup *Rollup) UnpackExodusBatches(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("exodusBatches", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExodusDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ab0f211.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exodusDelay() view returns(uint64)
func (rollup *Rollup) PackExodusDelay() []byte {
	enc, err := rollup.abi.Pack("exodusDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExodusDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ab0f211.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exodusDelay() view returns(uint64)
func (rollup *Rollup) TryPackExodusDelay() ([]byte, error) {
	return rollup.abi.Pack("exodusDelay")
}

// UnpackExodusDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ab0f211.
//
// Solidity: function exodusDelay() view returns(uint64)
func (rollup *Rollup) UnpackExodusDelay(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("exodusDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExodusDueAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1eee7cc6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exodusDueAt() view returns(uint256 idleAt, uint256 overdueAt)
func (rollup *Rollup) PackExodusDueAt() []byte {
	enc, err := rollup.abi.Pack("exodusDueAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExodusDueAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1eee7cc6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exodusDueAt() view returns(uint256 idleAt, uint256 overdueAt)
func (rollup *Rollup) TryPackExodusDueAt() ([]byte, error) {
	return rollup.abi.Pack("exodusDueAt")
}

// ExodusDueAtOutput serves as a container for the return parameters of contract
// method ExodusDueAt.
type ExodusDueAtOutput struct {
	IdleAt    *big.Int
	OverdueAt *big.Int
}

// UnpackExodusDueAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1eee7cc6.
//
// Solidity: function exodusDueAt() view returns(uint256 idleAt, uint256 overdueAt)
func (rollup *Rollup) UnpackExodusDueAt(data []byte) (ExodusDueAtOutput, error) {
	out, err := rollup.abi.Unpack("exodusDueAt", data)
	outstruct := new(ExodusDueAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.IdleAt = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.OverdueAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackExodusState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69e8cb28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exodusState() view returns(bytes32 stateRoot, uint64 batches, uint64 deposits)
func (rollup *Rollup) PackExodusState() []byte {
	enc, err := rollup.abi.Pack("exodusState")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExodusState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69e8cb28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exodusState() view returns(bytes32 stateRoot, uint64 batches, uint64 deposits)
func (rollup *Rollup) TryPackExodusState() ([]byte, error) {
	return rollup.abi.Pack("exodusState")
}

// ExodusStateOutput serves as a container for the return parameters of contract
// method ExodusState.
type ExodusStateOutput struct {
	StateRoot [32]byte
	Batches   uint64
	Deposits  uint64
}

// UnpackExodusState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69e8cb28.
//
// Solidity: function exodusState() view returns(bytes32 stateRoot, uint64 batches, uint64 deposits)
func (rollup *Rollup) UnpackExodusState(data []byte) (ExodusStateOutput, error) {
	out, err := rollup.abi.Unpack("exodusState", data)
	outstruct := new(ExodusStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.StateRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Batches = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Deposits = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackFaultProver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b904b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function faultProver() view returns(address)
func (rollup *Rollup) PackFaultProver() []byte {
	enc, err := rollup.abi.Pack("faultProver")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFaultProver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b904b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function faultProver() view returns(address)
func (rollup *Rollup) TryPackFaultProver() ([]byte, error) {
	return rollup.abi.Pack("faultProver")
}

// UnpackFaultProver is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2b904b4.
//
// Solidity: function faultProver() view returns(address)
func (rollup *Rollup) UnpackFaultProver(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("faultProver", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeeRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x315139ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRule() view returns(uint256 minBaseFee, uint64 targetUnits, uint64 burnBps, address recipient)
func (rollup *Rollup) PackFeeRule() []byte {
	enc, err := rollup.abi.Pack("feeRule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x315139ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRule() view returns(uint256 minBaseFee, uint64 targetUnits, uint64 burnBps, address recipient)
func (rollup *Rollup) TryPackFeeRule() ([]byte, error) {
	return rollup.abi.Pack("feeRule")
}

// FeeRuleOutput serves as a container for the return parameters of contract
// method FeeRule.
type FeeRuleOutput struct {
	MinBaseFee  *big.Int
	TargetUnits uint64
	BurnBps     uint64
	Recipient   common.Address
}

// UnpackFeeRule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x315139ab.
//
// Solidity: function feeRule() view returns(uint256 minBaseFee, uint64 targetUnits, uint64 burnBps, address recipient)
func (rollup *Rollup) UnpackFeeRule(data []byte) (FeeRuleOutput, error) {
	out, err := rollup.abi.Unpack("feeRule", data)
	outstruct := new(FeeRuleOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MinBaseFee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TargetUnits = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.BurnBps = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Recipient = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	return *outstruct, nil
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

// PackFinalizedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5cb0d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) PackFinalizedCount() []byte {
	enc, err := rollup.abi.Pack("finalizedCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5cb0d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) TryPackFinalizedCount() ([]byte, error) {
	return rollup.abi.Pack("finalizedCount")
}

// UnpackFinalizedCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5cb0d17.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) UnpackFinalizedCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("finalizedCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForceInclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0802e78f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forceInclude(bytes tx_) returns(uint64 index)
func (rollup *Rollup) PackForceInclude(tx []byte) []byte {
	enc, err := rollup.abi.Pack("forceInclude", tx)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForceInclude is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0802e78f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forceInclude(bytes tx_) returns(uint64 index)
func (rollup *Rollup) TryPackForceInclude(tx []byte) ([]byte, error) {
	return rollup.abi.Pack("forceInclude", tx)
}

// UnpackForceInclude is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0802e78f.
//
// Solidity: function forceInclude(bytes tx_) returns(uint64 index)
func (rollup *Rollup) UnpackForceInclude(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forceInclude", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f878b2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedConsumed() view returns(uint64)
func (rollup *Rollup) PackForcedConsumed() []byte {
	enc, err := rollup.abi.Pack("forcedConsumed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f878b2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedConsumed() view returns(uint64)
func (rollup *Rollup) TryPackForcedConsumed() ([]byte, error) {
	return rollup.abi.Pack("forcedConsumed")
}

// UnpackForcedConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f878b2e.
//
// Solidity: function forcedConsumed() view returns(uint64)
func (rollup *Rollup) UnpackForcedConsumed(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forcedConsumed", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x935227ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedCount() view returns(uint64)
func (rollup *Rollup) PackForcedCount() []byte {
	enc, err := rollup.abi.Pack("forcedCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x935227ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedCount() view returns(uint64)
func (rollup *Rollup) TryPackForcedCount() ([]byte, error) {
	return rollup.abi.Pack("forcedCount")
}

// UnpackForcedCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x935227ed.
//
// Solidity: function forcedCount() view returns(uint64)
func (rollup *Rollup) UnpackForcedCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forcedCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfceb8d7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedEntry(uint64 index) view returns(bytes32 accumulator, uint64 queuedAt)
func (rollup *Rollup) PackForcedEntry(index uint64) []byte {
	enc, err := rollup.abi.Pack("forcedEntry", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfceb8d7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedEntry(uint64 index) view returns(bytes32 accumulator, uint64 queuedAt)
func (rollup *Rollup) TryPackForcedEntry(index uint64) ([]byte, error) {
	return rollup.abi.Pack("forcedEntry", index)
}

// ForcedEntryOutput serves as a container for the return parameters of contract
// method ForcedEntry.
type ForcedEntryOutput struct {
	Accumulator [32]byte
	QueuedAt    uint64
}

// UnpackForcedEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfceb8d7c.
//
// Solidity: function forcedEntry(uint64 index) view returns(bytes32 accumulator, uint64 queuedAt)
func (rollup *Rollup) UnpackForcedEntry(data []byte) (ForcedEntryOutput, error) {
	out, err := rollup.abi.Unpack("forcedEntry", data)
	outstruct := new(ForcedEntryOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Accumulator = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.QueuedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackForcedWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb8823d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedWindow() view returns(uint64)
func (rollup *Rollup) PackForcedWindow() []byte {
	enc, err := rollup.abi.Pack("forcedWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaeb8823d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedWindow() view returns(uint64)
func (rollup *Rollup) TryPackForcedWindow() ([]byte, error) {
	return rollup.abi.Pack("forcedWindow")
}

// UnpackForcedWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaeb8823d.
//
// Solidity: function forcedWindow() view returns(uint64)
func (rollup *Rollup) UnpackForcedWindow(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forcedWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackHashBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b2df9c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashBatch((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) PackHashBatch(b RollupBatch) []byte {
	enc, err := rollup.abi.Pack("hashBatch", b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b2df9c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashBatch((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) TryPackHashBatch(b RollupBatch) ([]byte, error) {
	return rollup.abi.Pack("hashBatch", b)
}

// UnpackHashBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b2df9c6.
//
// Solidity: function hashBatch((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b) pure returns(bytes32)
func (rollup *Rollup) UnpackHashBatch(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("hashBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (rollup *Rollup) PackMinStake() []byte {
	enc, err := rollup.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (rollup *Rollup) TryPackMinStake() ([]byte, error) {
	return rollup.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (rollup *Rollup) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackPostBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f8d4a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postBond() payable returns()
func (rollup *Rollup) PackPostBond() []byte {
	enc, err := rollup.abi.Pack("postBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f8d4a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postBond() payable returns()
func (rollup *Rollup) TryPackPostBond() ([]byte, error) {
	return rollup.abi.Pack("postBond")
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

// PackRemoveUnavailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadaa8386.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeUnavailable((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, address challenger) returns()
func (rollup *Rollup) PackRemoveUnavailable(b RollupBatch, challenger common.Address) []byte {
	enc, err := rollup.abi.Pack("removeUnavailable", b, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveUnavailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadaa8386.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeUnavailable((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint32,bytes32,uint64,bytes32) b, address challenger) returns()
func (rollup *Rollup) TryPackRemoveUnavailable(b RollupBatch, challenger common.Address) ([]byte, error) {
	return rollup.abi.Pack("removeUnavailable", b, challenger)
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

// PackSequencerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8608d18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencerBond() view returns(uint256)
func (rollup *Rollup) PackSequencerBond() []byte {
	enc, err := rollup.abi.Pack("sequencerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8608d18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencerBond() view returns(uint256)
func (rollup *Rollup) TryPackSequencerBond() ([]byte, error) {
	return rollup.abi.Pack("sequencerBond")
}

// UnpackSequencerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8608d18.
//
// Solidity: function sequencerBond() view returns(uint256)
func (rollup *Rollup) UnpackSequencerBond(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("sequencerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// the contract method with ID 0xe3f47483.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch((uint64,bytes,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,bytes32,bytes32,uint64,bytes32) header, (bytes32,bytes,uint256)[] proofs) returns()
func (rollup *Rollup) PackSubmitBatch(header RollupBatchHeader, proofs []RollupLossProof) []byte {
	enc, err := rollup.abi.Pack("submitBatch", header, proofs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f47483.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch((uint64,bytes,bytes32,bytes32,bytes32,bytes32,uint64,uint64,uint64,bytes32,bytes32,uint64,bytes32) header, (bytes32,bytes,uint256)[] proofs) returns()
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

// PackWithdrawBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca288f18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawBond(address to, uint256 amount) returns()
func (rollup *Rollup) PackWithdrawBond(to common.Address, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("withdrawBond", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca288f18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawBond(address to, uint256 amount) returns()
func (rollup *Rollup) TryPackWithdrawBond(to common.Address, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("withdrawBond", to, amount)
}

// RollupBatchSubmitted represents a BatchSubmitted event raised by the Rollup contract.
type RollupBatchSubmitted struct {
	Index      uint64
	StateRoot  [32]byte
	ProofCount uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBatchSubmittedEventName = "BatchSubmitted"

// ContractEventName returns the user-defined event name.
func (RollupBatchSubmitted) ContractEventName() string {
	return RollupBatchSubmittedEventName
}

// UnpackBatchSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSubmitted(uint64 indexed index, bytes32 indexed stateRoot, uint32 proofCount)
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

// RollupBatchesRemoved represents a BatchesRemoved event raised by the Rollup contract.
type RollupBatchesRemoved struct {
	Index      uint64
	Count      uint64
	Challenger common.Address
	Paid       *big.Int
	End        bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBatchesRemovedEventName = "BatchesRemoved"

// ContractEventName returns the user-defined event name.
func (RollupBatchesRemoved) ContractEventName() string {
	return RollupBatchesRemovedEventName
}

// UnpackBatchesRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchesRemoved(uint64 indexed index, uint64 count, address indexed challenger, uint256 paid, bool end)
func (rollup *Rollup) UnpackBatchesRemovedEvent(log *types.Log) (*RollupBatchesRemoved, error) {
	event := "BatchesRemoved"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupBatchesRemoved)
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

// RollupBondChanged represents a BondChanged event raised by the Rollup contract.
type RollupBondChanged struct {
	From   common.Address
	Amount *big.Int
	Posted bool
	Bond   *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupBondChangedEventName = "BondChanged"

// ContractEventName returns the user-defined event name.
func (RollupBondChanged) ContractEventName() string {
	return RollupBondChangedEventName
}

// UnpackBondChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondChanged(address indexed from, uint256 amount, bool posted, uint256 bond)
func (rollup *Rollup) UnpackBondChangedEvent(log *types.Log) (*RollupBondChanged, error) {
	event := "BondChanged"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupBondChanged)
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

// RollupExodusEntered represents a ExodusEntered event raised by the Rollup contract.
type RollupExodusEntered struct {
	Batches   uint64
	StateRoot [32]byte
	Idle      bool
	Overdue   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupExodusEnteredEventName = "ExodusEntered"

// ContractEventName returns the user-defined event name.
func (RollupExodusEntered) ContractEventName() string {
	return RollupExodusEnteredEventName
}

// UnpackExodusEnteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExodusEntered(uint64 batches, bytes32 stateRoot, bool idle, bool overdue)
func (rollup *Rollup) UnpackExodusEnteredEvent(log *types.Log) (*RollupExodusEntered, error) {
	event := "ExodusEntered"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupExodusEntered)
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

// RollupForcedTxQueued represents a ForcedTxQueued event raised by the Rollup contract.
type RollupForcedTxQueued struct {
	Index       uint64
	From        common.Address
	Tx          []byte
	Accumulator [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupForcedTxQueuedEventName = "ForcedTxQueued"

// ContractEventName returns the user-defined event name.
func (RollupForcedTxQueued) ContractEventName() string {
	return RollupForcedTxQueuedEventName
}

// UnpackForcedTxQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTxQueued(uint64 indexed index, address indexed from, bytes tx, bytes32 accumulator)
func (rollup *Rollup) UnpackForcedTxQueuedEvent(log *types.Log) (*RollupForcedTxQueued, error) {
	event := "ForcedTxQueued"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupForcedTxQueued)
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchFinal"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchRecordMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchRecordMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchesPending"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchesPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BondPaymentFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackBondPaymentFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BondTooLow"].ID.Bytes()[:4]) {
		return rollup.UnpackBondTooLowError(raw[4:])
	}
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["ExodusNotDue"].ID.Bytes()[:4]) {
		return rollup.UnpackExodusNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ExodusRecord"].ID.Bytes()[:4]) {
		return rollup.UnpackExodusRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedConsumedDecreased"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedConsumedDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedConsumedExceedQueue"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedConsumedExceedQueueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedTxOverdue"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedTxOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedTxSize"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedTxSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InExodus"].ID.Bytes()[:4]) {
		return rollup.UnpackInExodusError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoFraud"].ID.Bytes()[:4]) {
		return rollup.UnpackNoFraudError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotDataChallenge"].ID.Bytes()[:4]) {
		return rollup.UnpackNotDataChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotInExodus"].ID.Bytes()[:4]) {
		return rollup.UnpackNotInExodusError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownForcedTx"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownForcedTxError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroChainId"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroWindow"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroWindowError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupBatchFinal represents a BatchFinal error raised by the Rollup contract.
type RollupBatchFinal struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchFinal(uint64 index)
func RollupBatchFinalErrorID() common.Hash {
	return common.HexToHash("0xd243d190fda7a795e2d8fbad6b66df5b195a529a7b5840addf552e7f47b53900")
}

// UnpackBatchFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchFinal(uint64 index)
func (rollup *Rollup) UnpackBatchFinalError(raw []byte) (*RollupBatchFinal, error) {
	out := new(RollupBatchFinal)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchRecordMismatch represents a BatchRecordMismatch error raised by the Rollup contract.
type RollupBatchRecordMismatch struct {
	Index    uint64
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchRecordMismatch(uint64 index, bytes32 expected, bytes32 got)
func RollupBatchRecordMismatchErrorID() common.Hash {
	return common.HexToHash("0x574533e966d5b764a92d4ea039febfb9c9736be6bcaa0e416ef563e15e3344be")
}

// UnpackBatchRecordMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchRecordMismatch(uint64 index, bytes32 expected, bytes32 got)
func (rollup *Rollup) UnpackBatchRecordMismatchError(raw []byte) (*RollupBatchRecordMismatch, error) {
	out := new(RollupBatchRecordMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchRecordMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchesPending represents a BatchesPending error raised by the Rollup contract.
type RollupBatchesPending struct {
	Batches   uint64
	Finalized uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchesPending(uint64 batches, uint64 finalized)
func RollupBatchesPendingErrorID() common.Hash {
	return common.HexToHash("0x0aa7209d70e9081d99365350c0e2146acb5f9eaef6dea0d8936ef4ec1ace6406")
}

// UnpackBatchesPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchesPending(uint64 batches, uint64 finalized)
func (rollup *Rollup) UnpackBatchesPendingError(raw []byte) (*RollupBatchesPending, error) {
	out := new(RollupBatchesPending)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchesPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBondPaymentFailed represents a BondPaymentFailed error raised by the Rollup contract.
type RollupBondPaymentFailed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondPaymentFailed(address to)
func RollupBondPaymentFailedErrorID() common.Hash {
	return common.HexToHash("0x0c786cf79f3943b4d833e1cd145d3354a3ad4e41e39de3185615098115e6a9d6")
}

// UnpackBondPaymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondPaymentFailed(address to)
func (rollup *Rollup) UnpackBondPaymentFailedError(raw []byte) (*RollupBondPaymentFailed, error) {
	out := new(RollupBondPaymentFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "BondPaymentFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBondTooLow represents a BondTooLow error raised by the Rollup contract.
type RollupBondTooLow struct {
	Bond     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLow(uint256 bond, uint256 required)
func RollupBondTooLowErrorID() common.Hash {
	return common.HexToHash("0x000155b5ebd7e31e61b2db21f595e5ecb1232ce27e1acf6160bc8d8a6f74ef24")
}

// UnpackBondTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLow(uint256 bond, uint256 required)
func (rollup *Rollup) UnpackBondTooLowError(raw []byte) (*RollupBondTooLow, error) {
	out := new(RollupBondTooLow)
	if err := rollup.abi.UnpackIntoInterface(out, "BondTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// RollupExodusNotDue represents a ExodusNotDue error raised by the Rollup contract.
type RollupExodusNotDue struct {
	IdleSince *big.Int
	OverdueAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExodusNotDue(uint256 idleSince, uint256 overdueAt)
func RollupExodusNotDueErrorID() common.Hash {
	return common.HexToHash("0x678ee8aee5093dac7c129a14a3c1e8c6343c97f39abef04dbec7c674e9c417ae")
}

// UnpackExodusNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExodusNotDue(uint256 idleSince, uint256 overdueAt)
func (rollup *Rollup) UnpackExodusNotDueError(raw []byte) (*RollupExodusNotDue, error) {
	out := new(RollupExodusNotDue)
	if err := rollup.abi.UnpackIntoInterface(out, "ExodusNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupExodusRecord represents a ExodusRecord error raised by the Rollup contract.
type RollupExodusRecord struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExodusRecord(uint64 expected, uint64 got)
func RollupExodusRecordErrorID() common.Hash {
	return common.HexToHash("0x43a401717761aef64c48cd35116362fe68920ea2f67ea02f6b7be021272e8a92")
}

// UnpackExodusRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExodusRecord(uint64 expected, uint64 got)
func (rollup *Rollup) UnpackExodusRecordError(raw []byte) (*RollupExodusRecord, error) {
	out := new(RollupExodusRecord)
	if err := rollup.abi.UnpackIntoInterface(out, "ExodusRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedConsumedDecreased represents a ForcedConsumedDecreased error raised by the Rollup contract.
type RollupForcedConsumedDecreased struct {
	Previous uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedConsumedDecreased(uint64 previous, uint64 got)
func RollupForcedConsumedDecreasedErrorID() common.Hash {
	return common.HexToHash("0x9bb0b48f26e02f0d1088ded17b94e60ff6252e4bc2f4c216d25d1a62e8597559")
}

// UnpackForcedConsumedDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedConsumedDecreased(uint64 previous, uint64 got)
func (rollup *Rollup) UnpackForcedConsumedDecreasedError(raw []byte) (*RollupForcedConsumedDecreased, error) {
	out := new(RollupForcedConsumedDecreased)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedConsumedDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedConsumedExceedQueue represents a ForcedConsumedExceedQueue error raised by the Rollup contract.
type RollupForcedConsumedExceedQueue struct {
	Queued uint64
	Got    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedConsumedExceedQueue(uint64 queued, uint64 got)
func RollupForcedConsumedExceedQueueErrorID() common.Hash {
	return common.HexToHash("0xf40415287022dc6c8477af3952750c714743ef73530b8d39dab33ad90467e3ea")
}

// UnpackForcedConsumedExceedQueueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedConsumedExceedQueue(uint64 queued, uint64 got)
func (rollup *Rollup) UnpackForcedConsumedExceedQueueError(raw []byte) (*RollupForcedConsumedExceedQueue, error) {
	out := new(RollupForcedConsumedExceedQueue)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedConsumedExceedQueue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedTxOverdue represents a ForcedTxOverdue error raised by the Rollup contract.
type RollupForcedTxOverdue struct {
	Index uint64
	Due   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTxOverdue(uint64 index, uint256 due)
func RollupForcedTxOverdueErrorID() common.Hash {
	return common.HexToHash("0xf047e3826c652d6732f4b9b8442d2ad1d89d4c069ad023daa6405581c3fac0c4")
}

// UnpackForcedTxOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTxOverdue(uint64 index, uint256 due)
func (rollup *Rollup) UnpackForcedTxOverdueError(raw []byte) (*RollupForcedTxOverdue, error) {
	out := new(RollupForcedTxOverdue)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedTxOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedTxSize represents a ForcedTxSize error raised by the Rollup contract.
type RollupForcedTxSize struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedTxSize(uint256 size, uint256 max)
func RollupForcedTxSizeErrorID() common.Hash {
	return common.HexToHash("0xb1b94ef60f840f8e44a783ad60ac0e4ba361338778a172ff06b2cfdb473e4d30")
}

// UnpackForcedTxSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedTxSize(uint256 size, uint256 max)
func (rollup *Rollup) UnpackForcedTxSizeError(raw []byte) (*RollupForcedTxSize, error) {
	out := new(RollupForcedTxSize)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedTxSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInExodus represents a InExodus error raised by the Rollup contract.
type RollupInExodus struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InExodus()
func RollupInExodusErrorID() common.Hash {
	return common.HexToHash("0x943ea87872a519f48b86ae75304976ad07193ece60fd0c2cd0d8f46433d799dd")
}

// UnpackInExodusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InExodus()
func (rollup *Rollup) UnpackInExodusError(raw []byte) (*RollupInExodus, error) {
	out := new(RollupInExodus)
	if err := rollup.abi.UnpackIntoInterface(out, "InExodus", raw); err != nil {
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

// RollupNoFraud represents a NoFraud error raised by the Rollup contract.
type RollupNoFraud struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFraud(uint64 index)
func RollupNoFraudErrorID() common.Hash {
	return common.HexToHash("0xf5b5951e7e61b9b70ca3169881201613688fd1a02744d92ed0a89ad3551e1183")
}

// UnpackNoFraudError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFraud(uint64 index)
func (rollup *Rollup) UnpackNoFraudError(raw []byte) (*RollupNoFraud, error) {
	out := new(RollupNoFraud)
	if err := rollup.abi.UnpackIntoInterface(out, "NoFraud", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotDataChallenge represents a NotDataChallenge error raised by the Rollup contract.
type RollupNotDataChallenge struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDataChallenge(address caller)
func RollupNotDataChallengeErrorID() common.Hash {
	return common.HexToHash("0xa0e8aa332ea6c6a26ad0250c0d986c89417568e1f719121ec012e07f701a79dd")
}

// UnpackNotDataChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDataChallenge(address caller)
func (rollup *Rollup) UnpackNotDataChallengeError(raw []byte) (*RollupNotDataChallenge, error) {
	out := new(RollupNotDataChallenge)
	if err := rollup.abi.UnpackIntoInterface(out, "NotDataChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotInExodus represents a NotInExodus error raised by the Rollup contract.
type RollupNotInExodus struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInExodus()
func RollupNotInExodusErrorID() common.Hash {
	return common.HexToHash("0x3aab9b9080a97b89d51f6290978e4fda20b3122b5f97d4b236c9f9aa7ed8e21d")
}

// UnpackNotInExodusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInExodus()
func (rollup *Rollup) UnpackNotInExodusError(raw []byte) (*RollupNotInExodus, error) {
	out := new(RollupNotInExodus)
	if err := rollup.abi.UnpackIntoInterface(out, "NotInExodus", raw); err != nil {
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

// RollupUnknownForcedTx represents a UnknownForcedTx error raised by the Rollup contract.
type RollupUnknownForcedTx struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownForcedTx(uint64 index)
func RollupUnknownForcedTxErrorID() common.Hash {
	return common.HexToHash("0x76d68cf8085d1ab4555aff5d18d21999b6930ad8720f8b86553f4a4177c40fb6")
}

// UnpackUnknownForcedTxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownForcedTx(uint64 index)
func (rollup *Rollup) UnpackUnknownForcedTxError(raw []byte) (*RollupUnknownForcedTx, error) {
	out := new(RollupUnknownForcedTx)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownForcedTx", raw); err != nil {
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

// RollupZeroWindow represents a ZeroWindow error raised by the Rollup contract.
type RollupZeroWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroWindow()
func RollupZeroWindowErrorID() common.Hash {
	return common.HexToHash("0x4acbbb65735ebcb75e546edde022e21caf0dc1d70da374d006de6ea05b2b92cf")
}

// UnpackZeroWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroWindow()
func (rollup *Rollup) UnpackZeroWindowError(raw []byte) (*RollupZeroWindow, error) {
	out := new(RollupZeroWindow)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepEconomyMetaData contains all meta data concerning the StepEconomy contract.
var StepEconomyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStepTrie\",\"name\":\"trie_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"MalformedEntry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"WitnessShort\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"targetUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burnBps\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"internalType\":\"structStepState.FeeRule\",\"name\":\"fees\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"internalType\":\"structStepState.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedIndex\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"forcedOutOfOrder\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"}],\"internalType\":\"structStepState.Exec\",\"name\":\"x\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"w\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"typ\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"inner\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"l1Number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1Hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"}],\"internalType\":\"structStepState.Tx\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"run\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedIndex\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"forcedOutOfOrder\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"}],\"internalType\":\"structStepState.Exec\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trie\",\"outputs\":[{\"internalType\":\"contractStepTrie\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "88d7da94b2cc9a53610fa73aa4d6a8dac0",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161369d38038061369d833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161361261008b5f395f8181603d0152818161179f0152611b7901526136125ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80637005678d14610038578063ab3e16ad1461007c575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61008f61008a366004612fa7565b610105565b6040516100739291905f6101008201905083151582528251602083015260208301516040830152604083015160608301526060830151151560808301526001600160401b0360808401511660a083015260a0830151151560c08301526001600160401b0360c08401511660e08301529392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101829052825160ff1660101461015a576101558787878787610172565b610167565b6101678787878787610325565b979596505050505050565b5f5f5f61018288888888886105c7565b50915091505f5f610195898989896106d3565b915091505f5f6101ab8b8b8b8b60400151610815565b915091508415806101d55750815f01516001600160401b031688602001516001600160401b031614155b806101e35750858260200151105b806101ec575082155b156101ff575f965050505050505061031c565b5f61020d8d60600188610967565b90508387846020015161022091906130c5565b61022a91906130d8565b6020840152825160019084906102419083906130eb565b6001600160401b03169052508015801590610286575088604001516001600160a01b03168d606001606001602081019061027b919061310a565b6001600160a01b0316145b156102a457808360200181815161029d91906130d8565b9052505f90505b6102b68c8c8c8c6040015187876109ee565b6102cc8c8c8c8c6102c7898b6130d8565b610b1b565b80156102e2576102e28d6060018d8d8d85610b4e565b60c08c01516001600160401b03161580159061030057508b60600151155b15610310576103108c8c8c610ba1565b60019750505050505050505b95945050505050565b5f5f5f5f61033689898989896105c7565b9250925092505f61034e898989896101400151610bd9565b90505f5f6103628b8b8b8b60400151610815565b9150915084158061038c5750815f01516001600160401b031688602001516001600160401b031614155b8061039a5750858260200151105b156103ad575f965050505050505061031c565b825115806103c357508260400151886080015114155b806103e0575087608001518683602001516103de91906130c5565b105b156103f3575f965050505050505061031c565b5f610402848a60800151610da2565b90505f6104128e60600189610967565b905089608001518861042491906130d8565b8460200181815161043591906130c5565b9052508351600190859061044a9083906130eb565b6001600160401b031690525060408a015160208601516001600160a01b039182169116036104895781516020850180516104859083906130d8565b9052505b80158015906104c2575089604001516001600160a01b03168e60600160600160208101906104b7919061310a565b6001600160a01b0316145b156104e05780846020018181516104d991906130d8565b9052505f90505b6104f28d8d8d8d6040015188886109ee565b81511580159061051c575089604001516001600160a01b031685602001516001600160a01b031614155b156105505761054d8e6060018e8e8e8960200151875f6003811061054257610542613123565b602002015187610e0c565b90505b6105628d8d8d8d610140015186610e9d565b61056f8d8d8d8d8a610fb5565b8015610585576105858e6060018e8e8e85610b4e565b60c08d01516001600160401b0316158015906105a357508c60600151155b156105b3576105b38d8d8d610ba1565b5060019d9c50505050505050505050505050565b5f5f5f5f5f6105df8989896105da611144565b61115f565b509150915081610614576105f1611144565b604051635fe9b57760e01b815260040161060b9190613165565b60405180910390fd5b5f61061e8261120f565b9050610644815f8151811061063557610635613123565b602002602001015160086112ed565b935061065660a08c0160808d01613177565b6001600160401b03165f03610674575f6001955095505050506106c8565b5f6106828c60600183611300565b905061068d88611336565b6001600160401b031660c08c018190526106a8908290613190565b61012089015115806106bf57508189610120015110155b96509650505050505b955095509592505050565b5f5f5f6106e7878787876101400151610bd9565b90505f6106fb88888888610140015161135e565b5090505f5f61070f8a8a8a6105da8b61142f565b50915091508115610728576107258160206112ed565b95505b835161073b57505f935061080c92505050565b5f5f5f61074c878b60400151611468565b9250925092508261076757505f965061080c95505050505050565b5f82156107905761078d8760026020020151848a608001516001600160401b0316611563565b90505b5f821180156107ab57505f8860a001516001600160401b0316115b156107dc576107cf8760036020020151838a60a001516001600160401b0316611563565b6107d990826130d8565b90505b8981116107f457505f975061080c9650505050505050565b896107ff81836130c5565b9950995050505050505050505b94509492505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f5f606160f81b846040516020016108519291906131a7565b60405160208183030381529060405290505f5f5f6108718a8a8a8761115f565b92509250925080945082610888575050505061080c565b5f61089283611614565b905080516004146108b85784604051635fe9b57760e01b815260040161060b9190613165565b6108dc815f815181106108cd576108cd613123565b60200260200101516008611627565b6001600160401b03168752805161090f908290600190811061090057610900613123565b60200260200101516020611627565b6020880152805161092d908290600290811061090057610900613123565b6040880152805161094b90829060039081106108cd576108cd613123565b6001600160401b03166060880152505050505094509492505050565b5f80610979608085016060860161310a565b6001600160a01b031614806109a8575061271061099c6060850160408601613177565b6001600160401b031610155b156109b457505f6109e8565b6109e5826109c86060860160408701613177565b6109dd906001600160401b03166127106130c5565b612710611563565b90505b92915050565b60408051600480825260a082019092525f91816020015b6060815260200190600190039081610a055750508351909150610a30906001600160401b03166116e4565b815f81518110610a4257610a42613123565b6020026020010181905250610a5a83602001516116e4565b81600181518110610a6d57610a6d613123565b6020026020010181905250610a8583604001516116e4565b81600281518110610a9857610a98613123565b6020026020010181905250610ab983606001516001600160401b03166116e4565b81600381518110610acc57610acc613123565b6020026020010181905250610b12878787606160f81b88604051602001610af49291906131a7565b604051602081830303815290604052610b0c866116f7565b87611722565b50505050505050565b5f610b258361142f565b90505f610b348787878561115f565b92505050610b1287878785610b48886116e4565b86611722565b5f80610b6b868686610b6660808c0160608d0161310a565b610815565b915091508282602001818151610b8191906130d8565b905250610b12868686610b9a60808c0160608d0161310a565b86866109ee565b5f5f610bae85858561186b565b91509150610bd2858585610bc0611144565b610b48610bcd8b896118a8565b6116f7565b5050505050565b6040805160c0810182525f808252602082018190529181018290526060808201526080810182905260a08101919091526040515f90610c2290602360f91b9085906020016131ce565b60405160208183030381529060405290505f5f610c418888888661115f565b509150915081610c5357505050610d9a565b5f610c5d82611614565b90508051601014610c835783604051635fe9b57760e01b815260040161060b9190613165565b610ca681600181518110610c9957610c99613123565b6020026020010151611926565b6001600160a01b0316602086015280515f90610cde9083906002908110610ccf57610ccf613123565b60200260200101516001611627565b6001149050610cf982600b8151811061090057610900613123565b60408701528151610d24908390600c908110610d1757610d17613123565b602002602001015161193b565b8660600181905250610d4282600d815181106108cd576108cd613123565b6001600160401b031660808701528151610d69908390600e9081106108cd576108cd613123565b6001600160401b031660a0870152808015610d9057505f86608001516001600160401b0316115b1515865250505050505b949350505050565b610daa612cfa565b610db982611b58612710611563565b602082015260a08301516001600160401b031615610de657610de0826103e8612710611563565b60408201525b60408101516020820151610dfa90846130c5565b610e0491906130c5565b815292915050565b5f5f5f610e1b89898989610815565b915091508482602001818151610e3191906130d8565b9052508315801590610e6357506001600160a01b038616610e5860808c0160608d0161310a565b6001600160a01b0316145b15610e81578382602001818151610e7a91906130d8565b9052505f93505b610e8f8989898986866109ee565b509198975050505050505050565b5f5f610eab8787878761135e565b60408051600480825260a082019092529294509092505f9190816020015b6060815260200190600190039081610ec95750508351909150610ef690610ef19060016130d8565b6116e4565b815f81518110610f0857610f08613123565b60209081029190910101525f5b6003811015610f9257610f63858260038110610f3357610f33613123565b602002015185610f448460016130d8565b60048110610f5457610f54613123565b6020020151610ef191906130d8565b82610f6f8360016130d8565b81518110610f7f57610f7f613123565b6020908102919091010152600101610f15565b50610fab888888610fa289611b58565b610b0c866116f7565b5050505050505050565b61014082015160408084015190515f92610fd792605560f81b926020016131f5565b60405160208183030381529060405290505f5f5f610ff78989898761115f565b9250925092505f5f8415611066575f61100f85611614565b905080516003146110355786604051635fe9b57760e01b815260040161060b9190613165565b61104a815f815181106108cd576108cd613123565b92506110628160018151811061090057610900613123565b9150505b604080516003808252608082019092525f91816020015b606081526020019060019003908161107d5790505090506110a2610ef18460016130d8565b815f815181106110b4576110b4613123565b60200260200101819052506110d2896080015183610ef191906130d8565b816001815181106110e5576110e5613123565b6020026020010181905250611102886001600160401b03166116e4565b8160028151811061111557611115613123565b60200260200101819052506111368c8c8c8a611130866116f7565b89611722565b505050505050505050505050565b6040805180820190915260018152606760f81b602082015290565b60208401515f9060609084811061118c57604051636c62c6b160e11b81526004810186905260240161060b565b6111978160016130d8565b6020880152611200848787848181106111b2576111b2613123565b90506020028101906111c49190613231565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508b519150611b729050565b90989097509095509350505050565b60605f61121b83611614565b90506008815110806112385750611234600b60016130d8565b8151115b15611245576105f1611144565b80516001600160401b0381111561125e5761125e612d36565b60405190808252806020026020018201604052801561129157816020015b606081526020019060019003908161127c5790505b5091505f5b81518110156112e6576112c18282815181106112b4576112b4613123565b6020026020010151611cc0565b8382815181106112d3576112d3613123565b6020908102919091010152600101611296565b5050919050565b5f6109e56112fa84611cd4565b83611627565b5f600a8251116113115782356109e5565b6109e582600a8151811061132757611327613123565b602002602001015160206112ed565b5f81610100015160106113499190613190565b825161135490611d25565b6109e891906130d8565b611366612d18565b5f5f61137184611b58565b90505f5f5f6113828a8a8a8761115f565b92509250925080945082611399575050505061080c565b5f6113a383611614565b905080516004146113c95784604051635fe9b57760e01b815260040161060b9190613165565b6113de815f815181106108cd576108cd613123565b875260015b60048110156114205761140182828151811061090057610900613123565b88826004811061141357611413613123565b60200201526001016113e3565b50505050505094509492505050565b610140810151604080830151905160609261145292604560f81b926020016131f5565b6040516020818303038152906040529050919050565b5f8080805b856060015151811015611551575f61149487606001518381518110610d1757610d17613123565b905080516003146114e0576040516001600160601b0319606088901b16602082015260340160408051601f1981840301815290829052635fe9b57760e01b825261060b91600401613165565b856001600160a01b03166114ff825f81518110610c9957610c99613123565b6001600160a01b031603611548576001611525826001815181106108cd576108cd613123565b61153b836002815181106108cd576108cd613123565b945094509450505061155c565b5060010161146d565b505f5f5f9250925092505b9250925092565b5f5f5f6115708686611e13565b91509150815f036115945783818161158a5761158a613273565b049250505061160d565b8184116115ab576115ab6003851502601118611e2f565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b60606109e861162283611cd4565b61193b565b5f5f61163284611e40565b90508281511115801561166d57508051158061166d5750805f8151811061165b5761165b613123565b01602001516001600160f81b03191615155b6116a35760405162461bcd60e51b815260206004820152600760248201526634b73a32b3b2b960c91b604482015260640161060b565b5f5b81518110156116dc578181815181106116c0576116c0613123565b60209101015160f81c60089390931b92909217916001016116a5565b505092915050565b60606109e86116f283611f60565b61207c565b6060611702826120d4565b9050611710815160c06121e9565b8160405160200161145292919061329e565b604080516002808252606082019092525f91816020015b60608152602001906001900390816117395790505090506117598461207c565b815f8151811061176b5761176b613123565b602002602001018190525061177f8361207c565b8160018151811061179257611792613123565b60200260200101819052507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cd4a7695856117d6846116f7565b8989878181106117e8576117e8613123565b90506020028101906117fa9190613231565b8c516040516001600160e01b031960e088901b1681526118219594939291906004016132b2565b602060405180830381865afa15801561183c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118609190613312565b909652505050505050565b60605f5f606061187f8787876105da611144565b9450909250905081611893576105f1611144565b61189c8161120f565b93505050935093915050565b60608260c001516001600160401b03165f036118c55750806109e8565b5f600b8351116118d5575f6118eb565b6118eb83600b8151811061063557610635613123565b905061191483600b61190f8760c001516001600160401b031685610ef191906130d8565b612386565b5f60c086015292508291505092915050565b5f611932826014612517565b60601c92915050565b60605f5f5f61194985612567565b91945092509050600181600181111561196457611964613329565b146119d75760405162461bcd60e51b815260206004820152603860248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206c697374206973206e6f742061206c697374206974656d0000000000000000606482015260840161060b565b84516119e383856130d8565b14611a4b5760405162461bcd60e51b815260206004820152603260248201527f524c505265616465723a206c697374206974656d2068617320616e20696e76616044820152713634b2103230ba30903932b6b0b4b73232b960711b606482015260840161060b565b604080516020808252610420820190925290816020015b604080518082019091525f8082526020820152815260200190600190039081611a625790505093505f835b8651811015611b4c575f5f611ad16040518060400160405280858c5f0151611ab591906130c5565b8152602001858c60200151611aca91906130d8565b9052612567565b509150915060405180604001604052808383611aed91906130d8565b8152602001848b60200151611b0291906130d8565b815250888581518110611b1757611b17613123565b6020908102919091010152611b2d6001856130d8565b9350611b3981836130d8565b611b4390846130d8565b92505050611a8d565b50845250919392505050565b60405160609061145290600560fc1b9084906020016131ce565b5f60605f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663120c4a228888886040518463ffffffff1660e01b8152600401611bc79392919061333d565b5f60405180830381865afa158015611be1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611c089190810190613372565b9150915081611c2c575f60405180602001604052805f815250935093505050611cb8565b5f611c3682611614565b905080516002141580611c7857508780519060200120611c6e825f81518110611c6157611c61613123565b6020026020010151611e40565b8051906020012014155b15611c985787604051635fe9b57760e01b815260040161060b9190613165565b6001611cb082600181518110611c6157611c61613123565b945094505050505b935093915050565b60606109e882602001515f845f0151612c0e565b604080518082019091525f80825260208201525f825111611d075760405162461bcd60e51b815260040161060b906133fa565b50604080518082019091528151815260209182019181019190915290565b5f8160ff1660011480611d3b57508160ff166005145b80611d4957508160ff166006145b80611d5757508160ff16600c145b80611d6557508160ff16600f145b15611d735750611388919050565b8160ff1660071480611d8857508160ff16600d145b80611d9657508160ff166010145b80611da457508160ff166011145b15611db25750612710919050565b8160ff1660021480611dc757508160ff166008145b80611dd557508160ff16600e145b15611de35750614e20919050565b8160ff16600b03611df7575061c350919050565b8160ff16600403611e0c5750620186a0919050565b505f919050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60605f5f5f611e4e85612567565b919450925090505f816001811115611e6857611e68613329565b14611edb5760405162461bcd60e51b815260206004820152603960248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206279746573206973206e6f7420612064617461206974656d00000000000000606482015260840161060b565b611ee582846130d8565b855114611f515760405162461bcd60e51b815260206004820152603460248201527f524c505265616465723a2062797465732076616c756520636f6e7461696e732060448201527330b71034b73b30b634b2103932b6b0b4b73232b960611b606482015260840161060b565b61031c85602001518484612c0e565b60605f82604051602001611f7691815260200190565b60408051601f1981840301815291905290505f5b6020811015611fc257818181518110611fa557611fa5613123565b01602001516001600160f81b0319165f03611fc257600101611f8a565b611fcd8160206130c5565b6001600160401b03811115611fe457611fe4612d36565b6040519080825280601f01601f19166020018201604052801561200e576020820181803683370190505b5092505f5b83518110156120745782826120278161346a565b93508151811061203957612039613123565b602001015160f81c60f81b84828151811061205657612056613123565b60200101906001600160f81b03191690815f1a905350600101612013565b505050919050565b6060815160011480156120a857506080825f8151811061209e5761209e613123565b016020015160f81c105b156120b1575090565b6120bd825160806121e9565b8260405160200161145292919061329e565b919050565b606081515f036120f1575050604080515f81526020810190915290565b5f805b835181101561212d5783818151811061210f5761210f613123565b6020026020010151518261212391906130d8565b91506001016120f4565b816001600160401b0381111561214557612145612d36565b6040519080825280601f01601f19166020018201604052801561216f576020820181803683370190505b5092505f9050602083015b8451821015612074575f85838151811061219657612196613123565b602002602001015190505f6020820190506121b383828451612c9e565b8684815181106121c5576121c5613123565b602002602001015151836121d991906130d8565b600190940193925061217a915050565b6060603883101561224d576040805160018082528183019092529060208201818036833701905050905061221d8284613482565b60f81b815f8151811061223257612232613123565b60200101906001600160f81b03191690815f1a9053506109e8565b5f60015b61225b818661349b565b15612281578161226a8161346a565b925061227a905061010082613190565b9050612251565b61228c8260016130d8565b6001600160401b038111156122a3576122a3612d36565b6040519080825280601f01601f1916602001820160405280156122cd576020820181803683370190505b5092506122da8483613482565b6122e5906037613482565b60f81b835f815181106122fa576122fa613123565b60200101906001600160f81b03191690815f1a905350600190505b8181116116dc5761010061232982846130c5565b61233590610100613589565b61233f908761349b565b6123499190613594565b60f81b83828151811061235e5761235e613123565b60200101906001600160f81b03191690815f1a9053508061237e8161346a565b915050612315565b60608284511161244e575f61239c8460016130d8565b6001600160401b038111156123b3576123b3612d36565b6040519080825280602002602001820160405280156123e657816020015b60608152602001906001900390816123d15790505b5090505f5b815181101561244a578551811061240a576124055f6116e4565b612425565b85818151811061241c5761241c613123565b60200260200101515b82828151811061243757612437613123565b60209081029190910101526001016123eb565b5093505b8184848151811061246157612461613123565b602090810291909101015283515b6008811180156124a35750846124866001836130c5565b8151811061249657612496613123565b6020026020010151516001145b80156124f65750846124b66001836130c5565b815181106124c6576124c6613123565b60200260200101515f815181106124df576124df613123565b6020910101516001600160f81b031916600160ff1b145b1561250d5780612505816135a7565b91505061246f565b8452509192915050565b5f5f61252284611e40565b90508281511461255c5760405162461bcd60e51b8152602060048201526005602482015264199a5e195960da1b604482015260640161060b565b602001519392505050565b5f5f5f5f845f01511161258c5760405162461bcd60e51b815260040161060b906133fa565b602084015180515f1a607f81116125ae575f60015f9450945094505050612c07565b60b78111612707575f6125c26080836130c5565b905080875f0151116126405760405162461bcd60e51b815260206004820152604e60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20737472696e67206c656e6774682060648201526d2873686f727420737472696e672960901b608482015260a40161060b565b6001838101516001600160f81b031916908214158061266d5750600160ff1b6001600160f81b0319821610155b6126f55760405162461bcd60e51b815260206004820152604d60248201527f524c505265616465723a20696e76616c6964207072656669782c2073696e676c60448201527f652062797465203c203078383020617265206e6f74207072656669786564202860648201526c73686f727420737472696e672960981b608482015260a40161060b565b506001955093505f9250612c07915050565b60bf8111612940575f61271b60b7836130c5565b905080875f01511161279c5760405162461bcd60e51b815260206004820152605160248201525f5160206135bd5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f6620737472696e67206c656e60648201527067746820286c6f6e6720737472696e672960781b608482015260a40161060b565b60018301516001600160f81b0319165f8190036128215760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152696e6720737472696e672960b01b608482015260a40161060b565b600184015160088302610100031c603781116128a35760405162461bcd60e51b815260206004820152604860248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e6760648201526720737472696e672960c01b608482015260a40161060b565b6128ad81846130d8565b8951116129245760405162461bcd60e51b815260206004820152604c60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e677468202860648201526b6c6f6e6720737472696e672960a01b608482015260a40161060b565b61292f8360016130d8565b975095505f9450612c079350505050565b60f781116129df575f61295460c0836130c5565b905080875f0151116129ce5760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e206c697374206c656e677468202873606482015269686f7274206c6973742960b01b608482015260a40161060b565b600195509350849250612c07915050565b5f6129eb60f7836130c5565b905080875f015111612a685760405162461bcd60e51b815260206004820152604d60248201525f5160206135bd5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f66206c697374206c656e677460648201526c6820286c6f6e67206c6973742960981b608482015260a40161060b565b60018301516001600160f81b0319165f819003612aeb5760405162461bcd60e51b815260206004820152604860248201525f5160206135bd5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152676e67206c6973742960c01b608482015260a40161060b565b600184015160088302610100031c60378111612b6b5760405162461bcd60e51b815260206004820152604660248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e67606482015265206c6973742960d01b608482015260a40161060b565b612b7581846130d8565b895111612bea5760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e67746820286064820152696c6f6e67206c6973742960b01b608482015260a40161060b565b612bf58360016130d8565b9750955060019450612c079350505050565b9193909250565b6060816001600160401b03811115612c2857612c28612d36565b6040519080825280601f01601f191660200182016040528015612c52576020820181803683370190505b509050811561160d575f612c6684866130d8565b9050602082015f5b84811015612c86578281015182820152602001612c6e565b84811115612c94575f858301525b5050509392505050565b8282825b60208110612cda5781518352612cb96020846130d8565b9250612cc66020836130d8565b9150612cd36020826130c5565b9050612ca2565b905182516020929092036101000a5f190180199091169116179052505050565b60405180606001604052806003906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b0381118282101715612d6d57612d6d612d36565b60405290565b60405160e081016001600160401b0381118282101715612d6d57612d6d612d36565b604051601f8201601f191681016001600160401b0381118282101715612dbd57612dbd612d36565b604052919050565b8015158114612dd2575f5ffd5b50565b80356001600160401b03811681146120cf575f5ffd5b5f5f83601f840112612dfb575f5ffd5b5081356001600160401b03811115612e11575f5ffd5b6020830191508360208260051b8501011115612e2b575f5ffd5b9250929050565b803560ff811681146120cf575f5ffd5b80356001600160a01b03811681146120cf575f5ffd5b5f6001600160401b03821115612e7057612e70612d36565b50601f01601f191660200190565b5f82601f830112612e8d575f5ffd5b8135612ea0612e9b82612e58565b612d95565b818152846020838601011115612eb4575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6101608284031215612ee1575f5ffd5b612ee9612d4a565b9050612ef482612e32565b8152612f0260208301612dd5565b6020820152612f1360408301612e42565b6040820152612f2460608301612e42565b60608201526080828101359082015260a08201356001600160401b03811115612f4b575f5ffd5b612f5784828501612e7e565b60a083015250612f6960c08301612dd5565b60c082015260e0828101359082015261010080830135908201526101208083013590820152612f9b6101408301612dd5565b61014082015292915050565b5f5f5f5f5f858703610220811215612fbd575f5ffd5b610100811215612fcb575f5ffd5b86955060e060ff1982011215612fdf575f5ffd5b50612fe8612d73565b61010087013581526101208701356020820152610140870135604082015261016087013561301581612dc5565b60608201526130276101808801612dd5565b60808201526101a087013561303b81612dc5565b60a082015261304d6101c08801612dd5565b60c082015293506101e08601356001600160401b0381111561306d575f5ffd5b61307988828901612deb565b9094509250506102008601356001600160401b03811115613098575f5ffd5b6130a488828901612ed0565b9150509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109e8576109e86130b1565b808201808211156109e8576109e86130b1565b6001600160401b0381811683821601908111156109e8576109e86130b1565b5f6020828403121561311a575f5ffd5b6109e582612e42565b634e487b7160e01b5f52603260045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109e56020830184613137565b5f60208284031215613187575f5ffd5b6109e582612dd5565b80820281158282048414176109e8576109e86130b1565b6001600160f81b031992909216825260601b6001600160601b031916600182015260150190565b6001600160f81b031992909216825260c01b6001600160c01b031916600182015260090190565b6001600160f81b031993909316835260c09190911b6001600160c01b031916600183015260601b6001600160601b0319166009820152601d0190565b5f5f8335601e19843603018112613246575f5ffd5b8301803591506001600160401b0382111561325f575f5ffd5b602001915036819003821315612e2b575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f610d9a6132ac8386613287565b84613287565b608081525f6132c46080830188613137565b82810360208401526132d68188613137565b90508281036040840152848152848660208301375f602086830101526020601f19601f8701168201019150508260608301529695505050505050565b5f60208284031215613322575f5ffd5b5051919050565b634e487b7160e01b5f52602160045260245ffd5b606081525f61334f6060830186613137565b82810360208401526133618186613137565b915050826040830152949350505050565b5f5f60408385031215613383575f5ffd5b825161338e81612dc5565b60208401519092506001600160401b038111156133a9575f5ffd5b8301601f810185136133b9575f5ffd5b80516133c7612e9b82612e58565b8181528660208385010111156133db575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b6020808252604a908201527f524c505265616465723a206c656e677468206f6620616e20524c50206974656d60408201527f206d7573742062652067726561746572207468616e207a65726f20746f206265606082015269206465636f6461626c6560b01b608082015260a00190565b5f6001820161347b5761347b6130b1565b5060010190565b60ff81811683821601908111156109e8576109e86130b1565b5f826134a9576134a9613273565b500490565b6001815b6001841115611cb8578085048111156134cd576134cd6130b1565b60018416156134db57908102905b60019390931c9280026134b2565b5f826134f7575060016109e8565b8161350357505f6109e8565b816001811461351957600281146135235761353f565b60019150506109e8565b60ff841115613534576135346130b1565b50506001821b6109e8565b5060208310610133831016604e8410600b8410161715613562575081810a6109e8565b61356e5f1984846134ae565b805f1904821115613581576135816130b1565b029392505050565b5f6109e583836134e9565b5f826135a2576135a2613273565b500690565b5f816135b5576135b56130b1565b505f19019056fe524c505265616465723a206c656e677468206f6620636f6e74656e74206d7573a2646970667358221220ae94cf1553985af189ea38b177a7d997ae1720c3c809856785e3c59e93a7f59964736f6c634300081e0033",
}

// StepEconomy is an auto generated Go binding around an Ethereum contract.
type StepEconomy struct {
	abi abi.ABI
}

// NewStepEconomy creates a new instance of StepEconomy.
func NewStepEconomy() *StepEconomy {
	parsed, err := StepEconomyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepEconomy{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepEconomy) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trie_) returns()
func (stepEconomy *StepEconomy) PackConstructor(trie_ common.Address) []byte {
	enc, err := stepEconomy.abi.Pack("", trie_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab3e16ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function run((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint256,bytes32,bool,uint64,bool,uint64) x, bytes[] w, (uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d) view returns(bool valid, (bytes32,uint256,bytes32,bool,uint64,bool,uint64))
func (stepEconomy *StepEconomy) PackRun(ctx StepStateContext, x StepStateExec, w [][]byte, d StepStateTx) []byte {
	enc, err := stepEconomy.abi.Pack("run", ctx, x, w, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRun is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab3e16ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function run((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint256,bytes32,bool,uint64,bool,uint64) x, bytes[] w, (uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d) view returns(bool valid, (bytes32,uint256,bytes32,bool,uint64,bool,uint64))
func (stepEconomy *StepEconomy) TryPackRun(ctx StepStateContext, x StepStateExec, w [][]byte, d StepStateTx) ([]byte, error) {
	return stepEconomy.abi.Pack("run", ctx, x, w, d)
}

// RunOutput serves as a container for the return parameters of contract
// method Run.
type RunOutput struct {
	Valid bool
	Arg1  StepStateExec
}

// UnpackRun is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab3e16ad.
//
// Solidity: function run((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint256,bytes32,bool,uint64,bool,uint64) x, bytes[] w, (uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d) view returns(bool valid, (bytes32,uint256,bytes32,bool,uint64,bool,uint64))
func (stepEconomy *StepEconomy) UnpackRun(data []byte) (RunOutput, error) {
	out, err := stepEconomy.abi.Unpack("run", data)
	outstruct := new(RunOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Valid = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(StepStateExec)).(*StepStateExec)
	return *outstruct, nil
}

// PackTrie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7005678d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trie() view returns(address)
func (stepEconomy *StepEconomy) PackTrie() []byte {
	enc, err := stepEconomy.abi.Pack("trie")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7005678d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trie() view returns(address)
func (stepEconomy *StepEconomy) TryPackTrie() ([]byte, error) {
	return stepEconomy.abi.Pack("trie")
}

// UnpackTrie is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7005678d.
//
// Solidity: function trie() view returns(address)
func (stepEconomy *StepEconomy) UnpackTrie(data []byte) (common.Address, error) {
	out, err := stepEconomy.abi.Unpack("trie", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stepEconomy *StepEconomy) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stepEconomy.abi.Errors["MalformedEntry"].ID.Bytes()[:4]) {
		return stepEconomy.UnpackMalformedEntryError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepEconomy.abi.Errors["WitnessShort"].ID.Bytes()[:4]) {
		return stepEconomy.UnpackWitnessShortError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StepEconomyMalformedEntry represents a MalformedEntry error raised by the StepEconomy contract.
type StepEconomyMalformedEntry struct {
	Key []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedEntry(bytes key)
func StepEconomyMalformedEntryErrorID() common.Hash {
	return common.HexToHash("0x5fe9b5770500c17e7df99aa09c63106796d43902a03ea6cdc6146252485c98ce")
}

// UnpackMalformedEntryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedEntry(bytes key)
func (stepEconomy *StepEconomy) UnpackMalformedEntryError(raw []byte) (*StepEconomyMalformedEntry, error) {
	out := new(StepEconomyMalformedEntry)
	if err := stepEconomy.abi.UnpackIntoInterface(out, "MalformedEntry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepEconomyWitnessShort represents a WitnessShort error raised by the StepEconomy contract.
type StepEconomyWitnessShort struct {
	Have *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessShort(uint256 have)
func StepEconomyWitnessShortErrorID() common.Hash {
	return common.HexToHash("0xd8c58d6207b748795d5c06a8e9a41e63a9631f8e0de88e67a233d918cf18d020")
}

// UnpackWitnessShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessShort(uint256 have)
func (stepEconomy *StepEconomy) UnpackWitnessShortError(raw []byte) (*StepEconomyWitnessShort, error) {
	out := new(StepEconomyWitnessShort)
	if err := stepEconomy.abi.UnpackIntoInterface(out, "WitnessShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepRoundsMetaData contains all meta data concerning the StepRounds contract.
var StepRoundsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStepTrie\",\"name\":\"trie_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"MalformedEntry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"WitnessShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"typ\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"body\",\"type\":\"bytes\"}],\"name\":\"decodeBody\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"checkpointCID\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"weights\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"traceCID\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lossSum\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structStepRounds.Body\",\"name\":\"b\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"targetUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burnBps\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"internalType\":\"structStepState.FeeRule\",\"name\":\"fees\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"internalType\":\"structStepState.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedIndex\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"forcedOutOfOrder\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"}],\"internalType\":\"structStepState.Exec\",\"name\":\"x\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"w\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"typ\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"inner\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"l1Number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1Hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"}],\"internalType\":\"structStepState.Tx\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"runRound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"forced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"forcedIndex\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"forcedOutOfOrder\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"}],\"internalType\":\"structStepState.Exec\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trie\",\"outputs\":[{\"internalType\":\"contractStepTrie\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "4b17eb3355dbe2465175bcfaef569c9fd0",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516143fd3803806143fd833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161437261008b5f395f818160fa0152818161299801526130fa01526143725ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631c7525f114610043578063379a80f0146100d55780637005678d146100f5575b5f5ffd5b610056610051366004613af1565b610134565b6040516100cc9291905f6101008201905083151582528251602083015260208301516040830152604083015160608301526060830151151560808301526001600160401b0360808401511660a083015260a0830151151560c08301526001600160401b0360c08401511660e08301529392505050565b60405180910390f35b6100e86100e3366004613bff565b61027e565b6040516100cc9190613c77565b61011c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100cc565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081018290526020860151835160a0850151604051630379a80f60e41b8152309263379a80f09261019892600401613d4f565b5f60405180830381865afa9250505080156101d457506040513d5f823e601f3d908101601f191682016040526101d19190810190613dc2565b60015b6101e0575f9250610272565b80516001600160401b03166020860152845160ff1660071461020f5761020a8989898989866104db565b61021d565b61021d89898989898661069d565b9350836102705761023460a08a0160808b01613ec8565b6001600160401b031615158061024f5750845160ff16600714155b61025a57600461025d565b60055b61026a9060ff1683613ef7565b60208901525b505b50909694955050505050565b6102f06040518061014001604052805f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f8152602001606081526020015f8152602001606081526020015f81526020015f6001600160401b031681526020015f81525090565b5f6102fa836107d1565b905060ff841660071461030e576009610311565b60045b60ff168151146103515760405162461bcd60e51b81526020600482015260066024820152656669656c647360d01b60448201526064015b60405180910390fd5b610375815f8151811061036657610366613f0a565b602002602001015160086107e4565b6001600160401b031682528051610399908290600190811061036657610366613f0a565b6001600160401b0316602083015280516103c0908290600290811061036657610366613f0a565b6001600160401b0316604083015260061960ff85160161040a576103ff816003815181106103f0576103f0613f0a565b602002602001015160206108a1565b6060830152506104d5565b61042d8160038151811061042057610420613f0a565b60200260200101516108f1565b826080018190525061044b816004815181106103f0576103f0613f0a565b60a08301528051610469908290600590811061042057610420613f0a565b8260c00181905250610487816006815181106103f0576103f0613f0a565b60e083015280516104a5908290600790811061036657610366613f0a565b6001600160401b031661010083015280516104cd90829060089081106103f0576103f0613f0a565b610120830152505b92915050565b5f5f61052a888888888888606360f81b8a60a001516040516020016105169291906001600160f81b0319929092168252600182015260210190565b604051602081830303815290604052610a1a565b90508060200151158061055b57508061012001515f01516001600160401b031684602001516001600160401b031614155b8061056f5750805161012082015160200151105b1561057d575f915050610693565b60608101515115806105ad575082604001516001600160401b03168160600151602001516001600160401b031614155b806105c15750600281606001516040015114155b806105ce57508061010001515b806105f857508060600151606001516001600160401b03168361010001516001600160401b031610155b15610606575f915050610693565b6106138360800151610b26565b158061062957506106278360c00151610b26565b155b15610637575f915050610693565b5f5f610644838787610b3c565b9150915081610658575f9350505050610693565b60018361012001516060018181516106709190613f1e565b6001600160401b031690525061068b8a8a8a8a8a8887610dc0565b600193505050505b9695505050505050565b5f5f6106d8888888888888606860f81b8a606001516040516020016105169291906001600160f81b0319929092168252600182015260210190565b90508060200151158061070957508061012001515f01516001600160401b031684602001516001600160401b031614155b8061071d5750805161012082015160200151105b1561072b575f915050610693565b606081015151158061075b575082604001516001600160401b03168160600151602001516001600160401b031614155b8061076f5750600181606001516040015114155b8061078657508760e0013581610120015160400151105b8061079357508061010001515b156107a1575f915050610693565b5f5f6107ae838787610f0e565b91509150816107c2575f9350505050610693565b61068b8a8a8a8a8a8887610dc0565b60606104d56107df83611018565b611069565b5f5f6107ef846108f1565b90508281511115801561082a57508051158061082a5750805f8151811061081857610818613f0a565b01602001516001600160f81b03191615155b6108605760405162461bcd60e51b815260206004820152600760248201526634b73a32b3b2b960c91b6044820152606401610348565b5f5b81518110156108995781818151811061087d5761087d613f0a565b60209101015160f81c60089390931b9290921791600101610862565b505092915050565b5f5f6108ac846108f1565b9050828151146108e65760405162461bcd60e51b8152602060048201526005602482015264199a5e195960da1b6044820152606401610348565b602001519392505050565b60605f5f5f6108ff85611286565b919450925090505f81600181111561091957610919613f3d565b1461098c5760405162461bcd60e51b815260206004820152603960248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206279746573206973206e6f7420612064617461206974656d000000000000006064820152608401610348565b6109968284613ef7565b855114610a025760405162461bcd60e51b815260206004820152603460248201527f524c505265616465723a2062797465732076616c756520636f6e7461696e732060448201527330b71034b73b30b634b2103932b6b0b4b73232b960611b6064820152608401610348565b610a118560200151848461192d565b95945050505050565b610a22613781565b610a3d8888888888600760ff168a5f015160ff1614156119be565b6001600160401b031660408401521515602080840191909152908252830151610a6b90889088908890611ae7565b60608201526020838101516040808601519051603960f91b938101939093526001600160c01b031960c092831b81166021850152911b1660298201526031016040516020818303038152906040528160800181905250610ad18787878460800151611c2d565b5060c0830152151560a082015260e08101829052610af187878785611c2d565b505015156101008201526040840151610b0f90889088908890611cdd565b610140830152610120820152979650505050505050565b5f81515f141580156104d5575050516080101590565b5f60605f610b4986611e21565b90505f610b5582611e87565b90505f5f5f610b8785600281518110610b7057610b70613f0a565b60200260200101518b608001518b60400151611f30565b9250925092505f198103610bb3575f60405180602001604052805f815250965096505050505050610db8565b5f610bbf603883613f51565b610bc99084613ef7565b905083610bd7826037613ef7565b81518110610be757610be7613f0a565b01602001516001600160f81b031916600160f81b03610c1f575f60405180602001604052805f81525097509750505050505050610db8565b5f89602001518a604001518b60a001518c60e001518d61010001518f604001518f6101200151604051602001610cc397969594939291906c1b995d5c9bdb8b58dbdb5b5a5d609a1b815260c097881b6001600160c01b0319908116600d83015296881b87166015820152601d810195909552603d850193909352941b909216605d82015260609290921b6001600160601b0319166065830152607982015260990190565b60408051601f19818403018152919052805160209091012060378684010151909150808214610d0d575f60405180602001604052805f815250995099505050505050505050610db8565b600160f81b86610d1e856037613ef7565b81518110610d2e57610d2e613f0a565b60200101906001600160f81b03191690815f1a9053508587600281518110610d5857610d58613f0a565b6020026020010181905250505050505050610da681610d838460058151811061036657610366613f0a565b610d968960400151898c60400151612136565b8861010001518b608001516122d7565b6001610db182612475565b9350935050505b935093915050565b5f610dd188606001845f01516124b6565b9050825f0151836101200151602001818151610ded9190613f68565b905250610120830151805160019190610e07908390613f1e565b6001600160401b03169052508015801590610e46575060408401516001600160a01b0316610e3b60e08a0160c08b01613f7b565b6001600160a01b0316145b15610e695780836101200151602001818151610e629190613ef7565b9052505f90505b610e858787878760400151876101200151886101400151612534565b610e96878787866080015186612661565b610ec08787878660e00151604051806040016040528060018152602001600160f81b815250612661565b8015610ed657610ed68860600188888885612688565b60c08701516001600160401b031615801590610ef457508660600151155b15610f0457610f048787876126db565b5050505050505050565b5f60605f610f1b86611e21565b90505f5f5f610f4d84600281518110610f3657610f36613f0a565b60200260200101518a608001518a60400151611f30565b9250925092505f198114610f78575f60405180602001604052805f8152509550955050505050610db8565b60406038838551610f899190613f68565b610f939190613fa8565b10610fb5575f60405180602001604052805f8152509550955050505050610db8565b5f610fbf85611e87565b9050610fde8484610fd98c604001518c606001515f612719565b6127c1565b81600281518110610ff157610ff1613f0a565b6020026020010181905250600161100782612475565b965096505050505050935093915050565b604080518082019091525f80825260208201525f82511161104b5760405162461bcd60e51b815260040161034890613fbb565b50604080518082019091528151815260209182019181019190915290565b60605f5f5f61107785611286565b91945092509050600181600181111561109257611092613f3d565b146111055760405162461bcd60e51b815260206004820152603860248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206c697374206973206e6f742061206c697374206974656d00000000000000006064820152608401610348565b84516111118385613ef7565b146111795760405162461bcd60e51b815260206004820152603260248201527f524c505265616465723a206c697374206974656d2068617320616e20696e76616044820152713634b2103230ba30903932b6b0b4b73232b960711b6064820152608401610348565b604080516020808252610420820190925290816020015b604080518082019091525f80825260208201528152602001906001900390816111905790505093505f835b865181101561127a575f5f6111ff6040518060400160405280858c5f01516111e39190613f68565b8152602001858c602001516111f89190613ef7565b9052611286565b50915091506040518060400160405280838361121b9190613ef7565b8152602001848b602001516112309190613ef7565b81525088858151811061124557611245613f0a565b602090810291909101015261125b600185613ef7565b93506112678183613ef7565b6112719084613ef7565b925050506111bb565b50845250919392505050565b5f5f5f5f845f0151116112ab5760405162461bcd60e51b815260040161034890613fbb565b602084015180515f1a607f81116112cd575f60015f9450945094505050611926565b60b78111611426575f6112e1608083613f68565b905080875f01511161135f5760405162461bcd60e51b815260206004820152604e60248201525f51602061431d5f395f51905f5260448201527f742062652067726561746572207468616e20737472696e67206c656e6774682060648201526d2873686f727420737472696e672960901b608482015260a401610348565b6001838101516001600160f81b031916908214158061138c5750600160ff1b6001600160f81b0319821610155b6114145760405162461bcd60e51b815260206004820152604d60248201527f524c505265616465723a20696e76616c6964207072656669782c2073696e676c60448201527f652062797465203c203078383020617265206e6f74207072656669786564202860648201526c73686f727420737472696e672960981b608482015260a401610348565b506001955093505f9250611926915050565b60bf811161165f575f61143a60b783613f68565b905080875f0151116114bb5760405162461bcd60e51b815260206004820152605160248201525f51602061431d5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f6620737472696e67206c656e60648201527067746820286c6f6e6720737472696e672960781b608482015260a401610348565b60018301516001600160f81b0319165f8190036115405760405162461bcd60e51b815260206004820152604a60248201525f51602061431d5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152696e6720737472696e672960b01b608482015260a401610348565b600184015160088302610100031c603781116115c25760405162461bcd60e51b815260206004820152604860248201525f51602061431d5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e6760648201526720737472696e672960c01b608482015260a401610348565b6115cc8184613ef7565b8951116116435760405162461bcd60e51b815260206004820152604c60248201525f51602061431d5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e677468202860648201526b6c6f6e6720737472696e672960a01b608482015260a401610348565b61164e836001613ef7565b975095505f94506119269350505050565b60f781116116fe575f61167360c083613f68565b905080875f0151116116ed5760405162461bcd60e51b815260206004820152604a60248201525f51602061431d5f395f51905f5260448201527f742062652067726561746572207468616e206c697374206c656e677468202873606482015269686f7274206c6973742960b01b608482015260a401610348565b600195509350849250611926915050565b5f61170a60f783613f68565b905080875f0151116117875760405162461bcd60e51b815260206004820152604d60248201525f51602061431d5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f66206c697374206c656e677460648201526c6820286c6f6e67206c6973742960981b608482015260a401610348565b60018301516001600160f81b0319165f81900361180a5760405162461bcd60e51b815260206004820152604860248201525f51602061431d5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152676e67206c6973742960c01b608482015260a401610348565b600184015160088302610100031c6037811161188a5760405162461bcd60e51b815260206004820152604660248201525f51602061431d5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e67606482015265206c6973742960d01b608482015260a401610348565b6118948184613ef7565b8951116119095760405162461bcd60e51b815260206004820152604a60248201525f51602061431d5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e67746820286064820152696c6f6e67206c6973742960b01b608482015260a401610348565b611914836001613ef7565b97509550600194506119269350505050565b9193909250565b6060816001600160401b0381111561194757611947613854565b6040519080825280601f01601f191660200182016040528015611971576020820181803683370190505b50905081156119b7575f6119858486613ef7565b9050602082015f5b848110156119a557828101518282015260200161198d565b848111156119b3575f858301525b5050505b9392505050565b5f8080806119d260a08b0160808c01613ec8565b6001600160401b03161580159150816119e9575084155b156119fe575f60015f93509350935050611adb565b5f5f611a138b8b8b611a0e612834565b611c2d565b509150915081611a3f57611a25612834565b604051635fe9b57760e01b8152600401610348919061402b565b5f611a498261284f565b9050611a6f815f81518110611a6057611a60613f0a565b60200260200101516008612920565b945083611a86575f60019650965050505050611adb565b5f611a948e60600183612933565b9050611a9f8a612969565b6001600160401b031660c08e01819052611aba908290613f51565b6101208b01511580611ad15750818b610120015110155b9750975050505050505b96509650969350505050565b604080516080810182525f808252602082018190529181018290526060810191909152604051606d60f81b60208201526001600160c01b031960c084901b1660218201525f9060290160405160208183030381529060405290505f5f611b4f88888886611c2d565b509150915081611b6157505050611c25565b5f611b6b826107d1565b90508051600c14158015611b8157508051600d14155b15611ba15783604051635fe9b57760e01b8152600401610348919061402b565b600185528051611bbe908290600490811061036657610366613f0a565b6001600160401b031660208601528051611bf49082906006908110611be557611be5613f0a565b602002602001015160016107e4565b60408601528051611c12908290600990811061036657610366613f0a565b6001600160401b03166060860152505050505b949350505050565b60208401515f90606090848110611c5a57604051636c62c6b160e11b815260048101869052602401610348565b611c65816001613ef7565b6020880152611cce84878784818110611c8057611c80613f0a565b9050602002810190611c92919061403d565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508b5191506129919050565b90989097509095509350505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f5f606160f81b84604051602001611d1992919061407f565b60405160208183030381529060405290505f5f5f611d398a8a8a87611c2d565b92509250925080945082611d505750505050611e18565b5f611d5a836107d1565b90508051600414611d805784604051635fe9b57760e01b8152600401610348919061402b565b611d95815f8151811061036657610366613f0a565b6001600160401b031687528051611dc89082906001908110611db957611db9613f0a565b602002602001015160206107e4565b60208801528051611de69082906002908110611db957611db9613f0a565b60408801528051611e04908290600390811061036657610366613f0a565b6001600160401b0316606088015250505050505b94509492505050565b60608160a00151611e4b578160800151604051635fe9b57760e01b8152600401610348919061402b565b611e588260c001516107d1565b90508051600814611e82578160800151604051635fe9b57760e01b8152600401610348919061402b565b919050565b606081516001600160401b03811115611ea257611ea2613854565b604051908082528060200260200182016040528015611ed557816020015b6060815260200190600190039081611ec05790505b5090505f5b8251811015611f2a57611f05838281518110611ef857611ef8613f0a565b6020026020010151612ad1565b828281518110611f1757611f17613f0a565b6020908102919091010152600101611eda565b50919050565b60605f5f611f3d86612ad1565b92505f5f5f611f4c865f612ae5565b925092509250801580611f6957508551611f668385613ef7565b14155b80611f7d5750611f7a6038836140a6565b15155b15611f9d5787604051635fe9b57760e01b8152600401610348919061402b565b9193505f1992508391825b865181101561212957868181518110611fc357611fc3613f0a565b6020910101516001600160f81b03191660f760f81b141580612014575086611fec826001613ef7565b81518110611ffc57611ffc613f0a565b6020910101516001600160f81b031916602560fa1b14155b8061204e575086612026826016613ef7565b8151811061203657612036613f0a565b6020910101516001600160f81b031916600560fd1b14155b806120c2575086612060826037613ef7565b8151811061207057612070613f0a565b6020910101516001600160f81b031916600160f81b148015906120c257508661209a826037613ef7565b815181106120aa576120aa613f0a565b6020910101516001600160f81b031916600160ff1b14155b156120e25788604051635fe9b57760e01b8152600401610348919061402b565b602287820101516001600160a01b038916606082901c036121165760386121098884613f68565b6121139190613fa8565b95505b50612122603882613ef7565b9050611fa8565b5050505093509350939050565b60408051600780825261010082019092526060915f9190816020015b606081526020019060019003908161215257905050905061217285612c04565b815f8151811061218457612184613f0a565b602002602001018190525061219c8460800151612c28565b816001815181106121af576121af613f0a565b60200260200101819052506121e88460a001516040516020016121d491815260200190565b604051602081830303815290604052612c28565b816002815181106121fb576121fb613f0a565b60200260200101819052506122138460c00151612c28565b8160038151811061222657612226613f0a565b602002602001018190525061224b8460e001516040516020016121d491815260200190565b8160048151811061225e5761225e613f0a565b60200260200101819052506122808461010001516001600160401b0316612c7b565b8160058151811061229357612293613f0a565b60200260200101819052506122b0836001600160401b0316612c7b565b816006815181106122c3576122c3613f0a565b6020026020010181905250610a1181612475565b5f856003815181106122eb576122eb613f0a565b602002602001015190505f5f5f612302845f612ae5565b92509250925080158061231f5750835161231c8385613ef7565b14155b1561233f5784604051635fe9b57760e01b8152600401610348919061402b565b5f80845b86518110156123c3575f5f6123588984612ae5565b50915091508480612368906140b9565b9550508c85036123a6576123a361239161238c8b866123878688613ef7565b612c8e565b6107d1565b60058151811061036657610366613f0a565b93505b6123b08183613ef7565b6123ba9084613ef7565b92505050612343565b8651811415806123d25750828b115b156123f25787604051635fe9b57760e01b8152600401610348919061402b565b8a1580612407575081896001600160401b0316105b1561243e5761241f61241a846001613ef7565b612c7b565b8c60058151811061243257612432613f0a565b60200260200101819052505b61244987878c6127c1565b8c60038151811061245c5761245c613f0a565b6020026020010181905250505050505050505050505050565b606061248082612d13565b905061248e815160c0612e30565b816040516020016124a09291906140e8565b6040516020818303038152906040529050919050565b5f806124c86080850160608601613f7b565b6001600160a01b031614806124f757506127106124eb6060850160408601613ec8565b6001600160401b031610155b1561250357505f6104d5565b6119b7826125176060860160408701613ec8565b61252c906001600160401b0316612710613f68565b612710612fcd565b60408051600480825260a082019092525f91816020015b606081526020019060019003908161254b5750508351909150612576906001600160401b0316612c7b565b815f8151811061258857612588613f0a565b60200260200101819052506125a08360200151612c7b565b816001815181106125b3576125b3613f0a565b60200260200101819052506125cb8360400151612c7b565b816002815181106125de576125de613f0a565b60200260200101819052506125ff83606001516001600160401b0316612c7b565b8160038151811061261257612612613f0a565b6020026020010181905250612658878787606160f81b8860405160200161263a92919061407f565b60405160208183030381529060405261265286612475565b8761307d565b50505050505050565b5f61266e86868686611c2d565b9250505061268086868686868661307d565b505050505050565b5f806126a58686866126a060808c0160608d01613f7b565b611cdd565b9150915082826020018181516126bb9190613ef7565b9052506126588686866126d460808c0160608d01613f7b565b8686612534565b5f5f6126e88585856131c6565b915091506127128585856126fa612834565b61270c6127078b89613203565b612475565b8661307d565b5050505050565b604080516003808252608082019092526060915f9190816020015b606081526020019060019003908161273457905050905061275485612c04565b815f8151811061276657612766613f0a565b6020026020010181905250612787846040516020016121d491815260200190565b8160018151811061279a5761279a613f0a565b60200260200101819052506127ae83613281565b816002815181106122c3576122c3613f0a565b60408051600280825260608281019093525f9190816020015b60608152602001906001900390816127da57905050905061280385858688516123879190613f68565b815f8151811061281557612815613f0a565b602002602001018190525082816001815181106122c3576122c3613f0a565b6040805180820190915260018152606760f81b602082015290565b60605f61285b836107d1565b90506008815110806128785750612874600b6001613ef7565b8151115b1561288557611a25612834565b80516001600160401b0381111561289e5761289e613854565b6040519080825280602002602001820160405280156128d157816020015b60608152602001906001900390816128bc5790505b5091505f5b8151811015612919576128f4828281518110611ef857611ef8613f0a565b83828151811061290657612906613f0a565b60209081029190910101526001016128d6565b5050919050565b5f6119b761292d84611018565b836107e4565b5f600a8251116129445782356119b7565b6119b782600a8151811061295a5761295a613f0a565b60200260200101516020612920565b5f816101000151601061297c9190613f51565b8251612987906132e4565b6104d59190613ef7565b5f60605f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663120c4a228888886040518463ffffffff1660e01b81526004016129e6939291906140fc565b5f60405180830381865afa158015612a00573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612a279190810190614131565b9150915081612a4b575f60405180602001604052805f815250935093505050610db8565b5f612a55826107d1565b905080516002141580612a8a57508780519060200120612a80825f8151811061042057610420613f0a565b8051906020012014155b15612aaa5787604051635fe9b57760e01b8152600401610348919061402b565b6001612ac28260018151811061042057610420613f0a565b94509450505050935093915050565b60606104d582602001515f845f015161192d565b5f5f5f84518410612b085760405162461bcd60e51b815260040161034890614174565b5f858581518110612b1b57612b1b613f0a565b016020015160f81c90506080811015612b3e575f60015f93509350935050612bfd565b60b78111612b60576001612b53608083613f68565b5f93509350935050612bfd565b60c0811015612b9f5760b7612b76826001613ef7565b612b809190613f68565b612b5387612b8f886001613ef7565b612b9a60b786613f68565b6133d2565b60f78111612bc2576001612bb460c083613f68565b600193509350935050612bfd565b60f7612bcf826001613ef7565b612bd99190613f68565b612bf387612be8886001613ef7565b612b9a60f786613f68565b6001935093509350505b9250925092565b604051606082811b6001600160601b0319166020830152906104d5906034016121d4565b606081516001148015612c5457506080825f81518110612c4a57612c4a613f0a565b016020015160f81c105b15612c5d575090565b612c6982516080612e30565b826040516020016124a09291906140e8565b60606104d5612c8983613453565b612c28565b8251606090612c9d8385613ef7565b1115612cbb5760405162461bcd60e51b815260040161034890614174565b816001600160401b03811115612cd357612cd3613854565b6040519080825280601f01601f191660200182016040528015612cfd576020820181803683370190505b50905081836020860101602083015e9392505050565b606081515f03612d30575050604080515f81526020810190915290565b5f805b8351811015612d6c57838181518110612d4e57612d4e613f0a565b60200260200101515182612d629190613ef7565b9150600101612d33565b816001600160401b03811115612d8457612d84613854565b6040519080825280601f01601f191660200182016040528015612dae576020820181803683370190505b5092505f9050602083015b8451821015612e28575f858381518110612dd557612dd5613f0a565b602002602001015190505f602082019050612df283828451613567565b868481518110612e0457612e04613f0a565b60200260200101515183612e189190613ef7565b6001909401939250612db9915050565b505050919050565b60606038831015612e945760408051600180825281830190925290602082018180368337019050509050612e648284614191565b60f81b815f81518110612e7957612e79613f0a565b60200101906001600160f81b03191690815f1a9053506104d5565b5f60015b612ea28186613fa8565b15612ec85781612eb1816140b9565b9250612ec1905061010082613f51565b9050612e98565b612ed3826001613ef7565b6001600160401b03811115612eea57612eea613854565b6040519080825280601f01601f191660200182016040528015612f14576020820181803683370190505b509250612f218483614191565b612f2c906037614191565b60f81b835f81518110612f4157612f41613f0a565b60200101906001600160f81b03191690815f1a905350600190505b81811161089957610100612f708284613f68565b612f7c90610100614285565b612f869087613fa8565b612f9091906140a6565b60f81b838281518110612fa557612fa5613f0a565b60200101906001600160f81b03191690815f1a90535080612fc5816140b9565b915050612f5c565b5f5f5f612fda86866135c3565b91509150815f03612ffe57838181612ff457612ff4613f94565b04925050506119b7565b8184116130155761301560038515026011186135df565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b604080516002808252606082019092525f91816020015b60608152602001906001900390816130945790505090506130b484612c28565b815f815181106130c6576130c6613f0a565b60200260200101819052506130da83612c28565b816001815181106130ed576130ed613f0a565b60200260200101819052507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cd4a76958561313184612475565b89898781811061314357613143613f0a565b9050602002810190613155919061403d565b8c516040516001600160e01b031960e088901b16815261317c959493929190600401614290565b602060405180830381865afa158015613197573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131bb91906142f0565b909652505050505050565b60605f5f60606131da878787611a0e612834565b94509092509050816131ee57611a25612834565b6131f78161284f565b93505050935093915050565b60608260c001516001600160401b03165f036132205750806104d5565b5f600b835111613230575f613246565b61324683600b81518110611a6057611a60613f0a565b905061326f83600b61326a8760c001516001600160401b03168561241a9190613ef7565b6135f0565b5f60c086015292508291505092915050565b604080516001808252818301909252606091602082018180368337019050509050816132b157600160ff1b6132b7565b600160f81b5b815f815181106132c9576132c9613f0a565b60200101906001600160f81b03191690815f1a905350919050565b5f8160ff16600114806132fa57508160ff166005145b8061330857508160ff166006145b8061331657508160ff16600c145b8061332457508160ff16600f145b156133325750611388919050565b8160ff166007148061334757508160ff16600d145b8061335557508160ff166010145b8061336357508160ff166011145b156133715750612710919050565b8160ff166002148061338657508160ff166008145b8061339457508160ff16600e145b156133a25750614e20919050565b8160ff16600b036133b6575061c350919050565b8160ff166004036133cb5750620186a0919050565b505f919050565b5f600882111580156133ee575083516133eb8385613ef7565b11155b61340a5760405162461bcd60e51b815260040161034890614174565b5f5b8281101561344b578461341f8286613ef7565b8151811061342f5761342f613f0a565b60209101015160f81c60089290921b919091179060010161340c565b509392505050565b60605f8260405160200161346991815260200190565b60408051601f1981840301815291905290505f5b60208110156134b55781818151811061349857613498613f0a565b01602001516001600160f81b0319165f036134b55760010161347d565b6134c0816020613f68565b6001600160401b038111156134d7576134d7613854565b6040519080825280601f01601f191660200182016040528015613501576020820181803683370190505b5092505f5b8351811015612e2857828261351a816140b9565b93508151811061352c5761352c613f0a565b602001015160f81c60f81b84828151811061354957613549613f0a565b60200101906001600160f81b03191690815f1a905350600101613506565b8282825b602081106135a35781518352613582602084613ef7565b925061358f602083613ef7565b915061359c602082613f68565b905061356b565b905182516020929092036101000a5f190180199091169116179052505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6060828451116136b8575f613606846001613ef7565b6001600160401b0381111561361d5761361d613854565b60405190808252806020026020018201604052801561365057816020015b606081526020019060019003908161363b5790505b5090505f5b81518110156136b457855181106136745761366f5f612c7b565b61368f565b85818151811061368657613686613f0a565b60200260200101515b8282815181106136a1576136a1613f0a565b6020908102919091010152600101613655565b5093505b818484815181106136cb576136cb613f0a565b602090810291909101015283515b60088111801561370d5750846136f0600183613f68565b8151811061370057613700613f0a565b6020026020010151516001145b8015613760575084613720600183613f68565b8151811061373057613730613f0a565b60200260200101515f8151811061374957613749613f0a565b6020910101516001600160f81b031916600160ff1b145b15613777578061376f81614307565b9150506136d9565b8452509192915050565b6040518061016001604052805f81526020015f151581526020015f6001600160401b031681526020016137e560405180608001604052805f151581526020015f6001600160401b031681526020015f81526020015f6001600160401b031681525090565b8152602001606081526020015f1515815260200160608152602001606081526020015f1515815260200161384860405180608001604052805f6001600160401b031681526020015f81526020015f81526020015f6001600160401b031681525090565b81526020015f81525090565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b038111828210171561388b5761388b613854565b60405290565b60405160e081016001600160401b038111828210171561388b5761388b613854565b60405161014081016001600160401b038111828210171561388b5761388b613854565b604051601f8201601f191681016001600160401b03811182821017156138fe576138fe613854565b604052919050565b8015158114613913575f5ffd5b50565b6001600160401b0381168114613913575f5ffd5b8035611e8281613916565b5f5f83601f840112613945575f5ffd5b5081356001600160401b0381111561395b575f5ffd5b6020830191508360208260051b8501011115613975575f5ffd5b9250929050565b803560ff81168114611e82575f5ffd5b80356001600160a01b0381168114611e82575f5ffd5b5f6001600160401b038211156139ba576139ba613854565b50601f01601f191660200190565b5f82601f8301126139d7575f5ffd5b81356139ea6139e5826139a2565b6138d6565b8181528460208386010111156139fe575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6101608284031215613a2b575f5ffd5b613a33613868565b9050613a3e8261397c565b8152613a4c6020830161392a565b6020820152613a5d6040830161398c565b6040820152613a6e6060830161398c565b60608201526080828101359082015260a08201356001600160401b03811115613a95575f5ffd5b613aa1848285016139c8565b60a083015250613ab360c0830161392a565b60c082015260e0828101359082015261010080830135908201526101208083013590820152613ae5610140830161392a565b61014082015292915050565b5f5f5f5f5f858703610220811215613b07575f5ffd5b610100811215613b15575f5ffd5b86955060e060ff1982011215613b29575f5ffd5b50613b32613891565b610100870135815261012087013560208201526101408701356040820152610160870135613b5f81613906565b6060820152610180870135613b7381613916565b60808201526101a0870135613b8781613906565b60a08201526101c0870135613b9b81613916565b60c082015293506101e08601356001600160401b03811115613bbb575f5ffd5b613bc788828901613935565b9094509250506102008601356001600160401b03811115613be6575f5ffd5b613bf288828901613a1a565b9150509295509295909350565b5f5f60408385031215613c10575f5ffd5b613c198361397c565b915060208301356001600160401b03811115613c33575f5ffd5b613c3f858286016139c8565b9150509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152613c916020820183516001600160401b03169052565b5f6020830151613cac60408401826001600160401b03169052565b5060408301516001600160401b03811660608401525060608301516080830152608083015161014060a0840152613ce7610160840182613c49565b905060a084015160c084015260c0840151601f198483030160e0850152613d0e8282613c49565b91505060e0840151610100840152610100840151613d386101208501826001600160401b03169052565b506101208401516101408401528091505092915050565b60ff83168152604060208201525f611c256040830184613c49565b8051611e8281613916565b5f82601f830112613d84575f5ffd5b8151613d926139e5826139a2565b818152846020838601011115613da6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215613dd2575f5ffd5b81516001600160401b03811115613de7575f5ffd5b82016101408185031215613df9575f5ffd5b613e016138b3565b613e0a82613d6a565b8152613e1860208301613d6a565b6020820152613e2960408301613d6a565b60408201526060828101519082015260808201516001600160401b03811115613e50575f5ffd5b613e5c86828501613d75565b60808301525060a0828101519082015260c08201516001600160401b03811115613e84575f5ffd5b613e9086828501613d75565b60c08301525060e08281015190820152613ead6101008301613d6a565b61010082015261012091820151918101919091529392505050565b5f60208284031215613ed8575f5ffd5b81356119b781613916565b634e487b7160e01b5f52601160045260245ffd5b808201808211156104d5576104d5613ee3565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0381811683821601908111156104d5576104d5613ee3565b634e487b7160e01b5f52602160045260245ffd5b80820281158282048414176104d5576104d5613ee3565b818103818111156104d5576104d5613ee3565b5f60208284031215613f8b575f5ffd5b6119b78261398c565b634e487b7160e01b5f52601260045260245ffd5b5f82613fb657613fb6613f94565b500490565b6020808252604a908201527f524c505265616465723a206c656e677468206f6620616e20524c50206974656d60408201527f206d7573742062652067726561746572207468616e207a65726f20746f206265606082015269206465636f6461626c6560b01b608082015260a00190565b602081525f6119b76020830184613c49565b5f5f8335601e19843603018112614052575f5ffd5b8301803591506001600160401b0382111561406b575f5ffd5b602001915036819003821315613975575f5ffd5b6001600160f81b031992909216825260601b6001600160601b031916600182015260150190565b5f826140b4576140b4613f94565b500690565b5f600182016140ca576140ca613ee3565b5060010190565b5f81518060208401855e5f93019283525090919050565b5f611c256140f683866140d1565b846140d1565b606081525f61410e6060830186613c49565b82810360208401526141208186613c49565b915050826040830152949350505050565b5f5f60408385031215614142575f5ffd5b825161414d81613906565b60208401519092506001600160401b03811115614168575f5ffd5b613c3f85828601613d75565b6020808252600390820152620726c760ec1b604082015260600190565b60ff81811683821601908111156104d5576104d5613ee3565b6001815b6001841115610db8578085048111156141c9576141c9613ee3565b60018416156141d757908102905b60019390931c9280026141ae565b5f826141f3575060016104d5565b816141ff57505f6104d5565b8160018114614215576002811461421f5761423b565b60019150506104d5565b60ff84111561423057614230613ee3565b50506001821b6104d5565b5060208310610133831016604e8410600b841016171561425e575081810a6104d5565b61426a5f1984846141aa565b805f190482111561427d5761427d613ee3565b029392505050565b5f6119b783836141e5565b608081525f6142a26080830188613c49565b82810360208401526142b48188613c49565b90508281036040840152848152848660208301375f602086830101526020601f19601f8701168201019150508260608301529695505050505050565b5f60208284031215614300575f5ffd5b5051919050565b5f8161431557614315613ee3565b505f19019056fe524c505265616465723a206c656e677468206f6620636f6e74656e74206d7573a2646970667358221220c215a7f2e9bd3658d91f76edcd9ba470d5557efd9f01484c4dcce44d04ee8cba64736f6c634300081e0033",
}

// StepRounds is an auto generated Go binding around an Ethereum contract.
type StepRounds struct {
	abi abi.ABI
}

// NewStepRounds creates a new instance of StepRounds.
func NewStepRounds() *StepRounds {
	parsed, err := StepRoundsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepRounds{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepRounds) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trie_) returns()
func (stepRounds *StepRounds) PackConstructor(trie_ common.Address) []byte {
	enc, err := stepRounds.abi.Pack("", trie_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecodeBody is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379a80f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decodeBody(uint8 typ, bytes body) pure returns((uint64,uint64,uint64,bytes32,bytes,bytes32,bytes,bytes32,uint64,bytes32) b)
func (stepRounds *StepRounds) PackDecodeBody(typ uint8, body []byte) []byte {
	enc, err := stepRounds.abi.Pack("decodeBody", typ, body)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecodeBody is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379a80f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decodeBody(uint8 typ, bytes body) pure returns((uint64,uint64,uint64,bytes32,bytes,bytes32,bytes,bytes32,uint64,bytes32) b)
func (stepRounds *StepRounds) TryPackDecodeBody(typ uint8, body []byte) ([]byte, error) {
	return stepRounds.abi.Pack("decodeBody", typ, body)
}

// UnpackDecodeBody is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x379a80f0.
//
// Solidity: function decodeBody(uint8 typ, bytes body) pure returns((uint64,uint64,uint64,bytes32,bytes,bytes32,bytes,bytes32,uint64,bytes32) b)
func (stepRounds *StepRounds) UnpackDecodeBody(data []byte) (StepRoundsBody, error) {
	out, err := stepRounds.abi.Unpack("decodeBody", data)
	if err != nil {
		return *new(StepRoundsBody), err
	}
	out0 := *abi.ConvertType(out[0], new(StepRoundsBody)).(*StepRoundsBody)
	return out0, nil
}

// PackRunRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7525f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runRound((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint256,bytes32,bool,uint64,bool,uint64) x, bytes[] w, (uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d) view returns(bool valid, (bytes32,uint256,bytes32,bool,uint64,bool,uint64))
func (stepRounds *StepRounds) PackRunRound(ctx StepStateContext, x StepStateExec, w [][]byte, d StepStateTx) []byte {
	enc, err := stepRounds.abi.Pack("runRound", ctx, x, w, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c7525f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runRound((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint256,bytes32,bool,uint64,bool,uint64) x, bytes[] w, (uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d) view returns(bool valid, (bytes32,uint256,bytes32,bool,uint64,bool,uint64))
func (stepRounds *StepRounds) TryPackRunRound(ctx StepStateContext, x StepStateExec, w [][]byte, d StepStateTx) ([]byte, error) {
	return stepRounds.abi.Pack("runRound", ctx, x, w, d)
}

// RunRoundOutput serves as a container for the return parameters of contract
// method RunRound.
type RunRoundOutput struct {
	Valid bool
	Arg1  StepStateExec
}

// UnpackRunRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c7525f1.
//
// Solidity: function runRound((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, (bytes32,uint256,bytes32,bool,uint64,bool,uint64) x, bytes[] w, (uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d) view returns(bool valid, (bytes32,uint256,bytes32,bool,uint64,bool,uint64))
func (stepRounds *StepRounds) UnpackRunRound(data []byte) (RunRoundOutput, error) {
	out, err := stepRounds.abi.Unpack("runRound", data)
	outstruct := new(RunRoundOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Valid = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(StepStateExec)).(*StepStateExec)
	return *outstruct, nil
}

// PackTrie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7005678d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trie() view returns(address)
func (stepRounds *StepRounds) PackTrie() []byte {
	enc, err := stepRounds.abi.Pack("trie")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7005678d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trie() view returns(address)
func (stepRounds *StepRounds) TryPackTrie() ([]byte, error) {
	return stepRounds.abi.Pack("trie")
}

// UnpackTrie is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7005678d.
//
// Solidity: function trie() view returns(address)
func (stepRounds *StepRounds) UnpackTrie(data []byte) (common.Address, error) {
	out, err := stepRounds.abi.Unpack("trie", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stepRounds *StepRounds) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stepRounds.abi.Errors["MalformedEntry"].ID.Bytes()[:4]) {
		return stepRounds.UnpackMalformedEntryError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepRounds.abi.Errors["WitnessShort"].ID.Bytes()[:4]) {
		return stepRounds.UnpackWitnessShortError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StepRoundsMalformedEntry represents a MalformedEntry error raised by the StepRounds contract.
type StepRoundsMalformedEntry struct {
	Key []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedEntry(bytes key)
func StepRoundsMalformedEntryErrorID() common.Hash {
	return common.HexToHash("0x5fe9b5770500c17e7df99aa09c63106796d43902a03ea6cdc6146252485c98ce")
}

// UnpackMalformedEntryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedEntry(bytes key)
func (stepRounds *StepRounds) UnpackMalformedEntryError(raw []byte) (*StepRoundsMalformedEntry, error) {
	out := new(StepRoundsMalformedEntry)
	if err := stepRounds.abi.UnpackIntoInterface(out, "MalformedEntry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepRoundsWitnessShort represents a WitnessShort error raised by the StepRounds contract.
type StepRoundsWitnessShort struct {
	Have *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessShort(uint256 have)
func StepRoundsWitnessShortErrorID() common.Hash {
	return common.HexToHash("0xd8c58d6207b748795d5c06a8e9a41e63a9631f8e0de88e67a233d918cf18d020")
}

// UnpackWitnessShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessShort(uint256 have)
func (stepRounds *StepRounds) UnpackWitnessShortError(raw []byte) (*StepRoundsWitnessShort, error) {
	out := new(StepRoundsWitnessShort)
	if err := stepRounds.abi.UnpackIntoInterface(out, "WitnessShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepTrieMetaData contains all meta data concerning the StepTrie contract.
var StepTrieMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"get\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"update\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ae8ad975032981d3abecb42b7d8459bc55",
	Bin: "0x6080604052348015600e575f5ffd5b506129628061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063120c4a2214610038578063cd4a769514610062575b5f5ffd5b61004b610046366004612594565b610083565b604051610059929190612600565b60405180910390f35b61007561007036600461263e565b61009e565b604051908152602001610059565b5f60606100918585856100b6565b915091505b935093915050565b5f6100ab858585856100dd565b90505b949350505050565b5f60605f6100c386610100565b90506100d0818686610132565b9250925050935093915050565b5f5f6100e886610100565b90506100f68186868661020c565b9695505050505050565b6060818051906020012060405160200161011c91815260200190565b6040516020818303038152906040529050919050565b5f60605f61013f856102a3565b90505f5f5f61014f848a8961038e565b815192955090935091501580806101635750815b6101b45760405162461bcd60e51b815260206004820152601a60248201527f50726f76696465642070726f6f6620697320696e76616c69642e00000000000060448201526064015b60405180910390fd5b5f816101ce5760405180602001604052805f8152506101fa565b6101fa866101dd6001886126e5565b815181106101ed576101ed6126f8565b602002602001015161078c565b919b919a509098505050505050505050565b6040805180820190915260018152600160ff1b6020909101525f7fa917e0e8e433aa59007cba196d3f0791a4b71fe46693523ffe9dd04a1c9c4bdf820161025e5761025785856107bc565b90506100ae565b5f610268846102a3565b90505f5f61027783898761038e565b50915091505f61028a84848b858c6107df565b9050610296818a610c2e565b9998505050505050505050565b60605f6102af83610dd8565b90505f81516001600160401b038111156102cb576102cb6124f7565b60405190808252806020026020018201604052801561031057816020015b60408051808201909152606080825260208201528152602001906001900390816102e95790505b5090505f5b8251811015610386575f610341848381518110610334576103346126f8565b6020026020010151610e0a565b9050604051806040016040528082815260200161035d83610dd8565b815250838381518110610372576103726126f8565b602090810291909101015250600101610315565b509392505050565b5f606081808061039d87610e97565b604080518082019091526060808252602082015290915086905f9081905f5b8c51811015610764578c81815181106103d7576103d76126f8565b6020026020010151915082846103ed919061270c565b93506103fa60018861270c565b9650835f036104545781518051602090910120851461044f5760405162461bcd60e51b8152602060048201526011602482015270092dcecc2d8d2c840e4dedee840d0c2e6d607b1b60448201526064016101ab565b610510565b8151516020116104b65781518051602090910120851461044f5760405162461bcd60e51b815260206004820152601b60248201527f496e76616c6964206c6172676520696e7465726e616c2068617368000000000060448201526064016101ab565b846104c3835f0151610fc3565b146105105760405162461bcd60e51b815260206004820152601a60248201527f496e76616c696420696e7465726e616c206e6f6465206861736800000000000060448201526064016101ab565b61051c6010600161270c565b8260200151510361058c5785518414610764575f868581518110610542576105426126f8565b602001015160f81c60f81b60f81c90505f83602001518260ff168151811061056c5761056c6126f8565b6020026020010151905061057f81610fea565b965060019450505061075c565b600282602001515103610714575f6105a383611025565b90505f815f815181106105b8576105b86126f8565b016020015160f81c90505f6105ce600283612733565b6105d9906002612754565b90505f6105e9848360ff16611048565b90505f6105f68b8a611048565b90505f6106038383611078565b905060ff85166002148061061a575060ff85166003145b156106545780835114801561062f5750808251145b156106415761063e818b61270c565b99505b50600160ff1b9950610764945050505050565b60ff85161580610667575060ff85166001145b156106bd57825181146106875750600160ff1b9950610764945050505050565b6106ae88602001516001815181106106a1576106a16126f8565b6020026020010151610fea565b9a50975061075c945050505050565b60405162461bcd60e51b815260206004820152602660248201527f52656365697665642061206e6f6465207769746820616e20756e6b6e6f776e206044820152650e0e4caccd2f60d31b60648201526084016101ab565b60405162461bcd60e51b815260206004820152601d60248201527f526563656976656420616e20756e706172736561626c65206e6f64652e00000060448201526064016101ab565b6001016103bc565b50600160ff1b8414866107778786611048565b909e909d50909b509950505050505050505050565b602081015180516060916107b6916107a6906001906126e5565b81518110610334576103346126f8565b92915050565b5f6107cf6107c984610e97565b836110f3565b5180516020909101209392505050565b6060825f876107ef6001896126e5565b815181106107ff576107ff6126f8565b602002602001015190505f610813826111a1565b604080516003808252608082019092529192505f9190816020015b604080518082019091526060808252602082015281526020019060019003908161082e5790505090505f80600284600281111561086d5761086d61276d565b0361095c578b515f9015610917575f5b60018e5161088b91906126e5565b811015610915575f6108b58f83815181106108a8576108a86126f8565b60200260200101516111a1565b60028111156108c6576108c661276d565b036108dd57816108d581612781565b92505061090d565b6108ff8e82815181106108f2576108f26126f8565b6020026020010151611278565b5161090a908361270c565b91505b60010161087d565b505b61092086611278565b5161094461092d88611278565b61093f6109398f610e97565b85611048565b611078565b14801561095057508651155b1561095a57600191505b505b80156109a35761097461096e86611278565b896110f3565b838381518110610986576109866126f8565b602090810291909101015261099c60018361270c565b9150610c08565b5f8460028111156109b6576109b661276d565b03610a065785515f036109cd57610974858961128b565b848383815181106109e0576109e06126f8565b60209081029190910101526109f660018361270c565b915061097461096e876001611048565b5f610a1086611278565b90505f610a1d8289611078565b90508015610a89575f610a31835f8461130d565b9050610a4581610a408d611463565b61148d565b868681518110610a5757610a576126f8565b6020908102919091010152610a6d60018661270c565b9450610a798383611048565b9250610a858983611048565b9850505b5f610a926114da565b905082515f03610ab557610aae81610aa98a61078c565b61128b565b9050610b53565b5f835f81518110610ac857610ac86126f8565b016020015160f81c9050610add846001611048565b93506002886002811115610af357610af361276d565b03610b2b575f610b0b85610b068c61078c565b6110f3565b9050610b238383610b1e845f0151611463565b6115a2565b925050610b51565b835115610b40575f610b0b85610a408c61078c565b610b4e8282610b1e8c61078c565b91505b505b88515f03610b9757610b65818c61128b565b905080868681518110610b7a57610b7a6126f8565b6020908102919091010152610b9060018661270c565b9450610c04565b610ba2896001611048565b985080868681518110610bb757610bb76126f8565b6020908102919091010152610bcd60018661270c565b9450610bd9898c6110f3565b868681518110610beb57610beb6126f8565b6020908102919091010152610c0160018661270c565b94505b5050505b610c1e8c610c1760018e6126e5565b858561162a565b9c9b505050505050505050505050565b5f5f610c3983610e97565b9050610c58604051806040016040528060608152602001606081525090565b84515f906060905b8015610dc35787610c726001836126e5565b81518110610c8257610c826126f8565b60200260200101519350610c95846111a1565b92506002836002811115610cab57610cab61276d565b03610cdc575f610cba85611278565b9050610cd4865f83518951610ccf91906126e5565b61130d565b955050610da4565b6001836002811115610cf057610cf061276d565b03610d31575f610cff85611278565b9050610d14865f83518951610ccf91906126e5565b835190965015610d2b57610d28858461173e565b94505b50610da4565b5f836002811115610d4457610d4461276d565b03610da457815115610da4575f8560018751610d6091906126e5565b81518110610d7057610d706126f8565b602001015160f81c60f81b60f81c9050610d93865f60018951610ccf91906126e5565b9550610da08582856115a2565b9450505b8351610daf90611463565b915080610dbb81612799565b915050610c60565b50509051805160209091012095945050505050565b6040805180820182525f808252602091820152815180830190925282518252808301908201526060906107b6906117fe565b60605f5f5f610e18856119e4565b919450925090505f816001811115610e3257610e3261276d565b14610e7f5760405162461bcd60e51b815260206004820152601860248201527f496e76616c696420524c502062797465732076616c75652e000000000000000060448201526064016101ab565b610e8e85602001518484611d1e565b95945050505050565b60605f82516002610ea891906127ae565b6001600160401b03811115610ebf57610ebf6124f7565b6040519080825280601f01601f191660200182016040528015610ee9576020820181803683370190505b5090505f5b8351811015610fbc576004848281518110610f0b57610f0b6126f8565b01602001516001600160f81b031916901c82610f288360026127ae565b81518110610f3857610f386126f8565b60200101906001600160f81b03191690815f1a9053506010848281518110610f6257610f626126f8565b0160200151610f74919060f81c612733565b60f81b82610f838360026127ae565b610f8e90600161270c565b81518110610f9e57610f9e6126f8565b60200101906001600160f81b03191690815f1a905350600101610eee565b5092915050565b5f602082511015610fd657506020015190565b818060200190518101906107b691906127c5565b5f60606020835f015110156110095761100283611dec565b9050611015565b61101283610e0a565b90505b61101e81610fc3565b9392505050565b60606107b661104383602001515f81518110610334576103346126f8565b610e97565b606082518210611066575060408051602081019091525f81526107b6565b61101e8383848651610ccf91906126e5565b5f805b80845111801561108b5750808351115b80156110dc57508281815181106110a4576110a46126f8565b602001015160f81c60f81b6001600160f81b0319168482815181106110cb576110cb6126f8565b01602001516001600160f81b031916145b1561101e57806110eb81612781565b91505061107b565b6040805180820182526060808252602082018190528251600280825291810190935290915f91816020015b606081526020019060019003908161111e5790505090505f611141856001611df7565b905061115461114f82611ed0565b611fcc565b825f81518110611166576111666126f8565b602002602001018190525061117a84611fcc565b8260018151811061118d5761118d6126f8565b6020026020010181905250610e8e8261203a565b5f6111ae6010600161270c565b826020015151036111c057505f919050565b60028260200151510361123c575f6111d783611025565b90505f815f815181106111ec576111ec6126f8565b016020015160f81c90506002811480611208575060ff81166003145b15611217575060029392505050565b60ff8116158061122a575060ff81166001145b15611239575060019392505050565b50505b60405162461bcd60e51b8152602060048201526011602482015270496e76616c6964206e6f6465207479706560781b60448201526064016101ab565b60606107b661128683611025565b61207d565b60408051808201909152606080825260208201525f6112a983611fcc565b6040805180820182525f80825260209182015281518083019092528251825280830190820152909150602085015180516112e5906001906126e5565b815181106112f5576112f56126f8565b60200260200101819052506100ae84602001516120c4565b60608161131b81601f61270c565b101561135a5760405162461bcd60e51b815260206004820152600e60248201526d736c6963655f6f766572666c6f7760901b60448201526064016101ab565b82611365838261270c565b10156113a45760405162461bcd60e51b815260206004820152600e60248201526d736c6963655f6f766572666c6f7760901b60448201526064016101ab565b6113ae828461270c565b845110156113f25760405162461bcd60e51b8152602060048201526011602482015270736c6963655f6f75744f66426f756e647360781b60448201526064016101ab565b6060821580156114105760405191505f82526020820160405261145a565b6040519150601f8416801560200281840101858101878315602002848b0101015b81831015611449578051835260209283019201611431565b5050858452601f01601f1916604052505b50949350505050565b6060602082511015611473575090565b818051906020012060405160200161011c91815260200190565b6040805180820182526060808252602082018190528251600280825291810190935290915f91816020015b60608152602001906001900390816114b85790505090505f611141855f611df7565b60408051808201909152606080825260208201525f6114fb6010600161270c565b6001600160401b03811115611512576115126124f7565b60405190808252806020026020018201604052801561154557816020015b60608152602001906001900390816115305790505b5090505f5b815181101561159257604051806040016040528060018152602001600160ff1b81525082828151811061157f5761157f6126f8565b602090810291909101015260010161154a565b5061159c8161203a565b91505090565b60408051808201909152606080825260208201525f60208351106115ce576115c983611fcc565b6115d0565b825b6040805180820182525f8082526020918201528151808301909252825182528083019082015290915085602001518560ff1681518110611612576116126126f8565b6020026020010181905250610e8e85602001516120c4565b60605f611637838661270c565b6001600160401b0381111561164e5761164e6124f7565b60405190808252806020026020018201604052801561169357816020015b604080518082019091526060808252602082015281526020019060019003908161166c5790505b5090505f5b858110156116df578681815181106116b2576116b26126f8565b60200260200101518282815181106116cc576116cc6126f8565b6020908102919091010152600101611698565b505f5b83811015611734578481815181106116fc576116fc6126f8565b6020026020010151828783611711919061270c565b81518110611721576117216126f8565b60209081029190910101526001016116e2565b5095945050505050565b6040805180820182526060808252602082018190528251600280825291810190935290915f91816020015b60608152602001906001900390816117695790505090505f61179361178d86611278565b5f611df7565b90506117a161114f82611ed0565b825f815181106117b3576117b36126f8565b60200260200101819052506020845110156117ec5783826001815181106117dc576117dc6126f8565b60200260200101819052506117f5565b61117a84611fcc565b610e8e8261203a565b60605f5f61180b846119e4565b919350909150600190508160018111156118275761182761276d565b146118745760405162461bcd60e51b815260206004820152601760248201527f496e76616c696420524c50206c6973742076616c75652e00000000000000000060448201526064016101ab565b60408051602080825261042082019092525f91816020015b604080518082019091525f808252602082015281526020019060019003908161188c5790505090505f835b86518110156119d957602082106119235760405162461bcd60e51b815260206004820152602a60248201527f50726f766964656420524c50206c6973742065786365656473206d6178206c6960448201526939ba103632b733ba341760b11b60648201526084016101ab565b5f5f61195e6040518060400160405280858c5f015161194291906126e5565b8152602001858c60200151611957919061270c565b90526119e4565b50915091506040518060400160405280838361197a919061270c565b8152602001848b6020015161198f919061270c565b8152508585815181106119a4576119a46126f8565b60209081029190910101526119ba60018561270c565b93506119c6818361270c565b6119d0908461270c565b925050506118b7565b508152949350505050565b5f5f5f5f845f015111611a395760405162461bcd60e51b815260206004820152601860248201527f524c50206974656d2063616e6e6f74206265206e756c6c2e000000000000000060448201526064016101ab565b602084015180515f1a607f8111611a5b575f60015f9450945094505050611d17565b60b78111611ad4575f611a6f6080836126e5565b905080875f015111611ac35760405162461bcd60e51b815260206004820152601960248201527f496e76616c696420524c502073686f727420737472696e672e0000000000000060448201526064016101ab565b6001955093505f9250611d17915050565b60bf8111611bc0575f611ae860b7836126e5565b905080875f015111611b3c5760405162461bcd60e51b815260206004820152601f60248201527f496e76616c696420524c50206c6f6e6720737472696e67206c656e6774682e0060448201526064016101ab565b600183015160208290036101000a9004611b56818361270c565b885111611ba55760405162461bcd60e51b815260206004820152601860248201527f496e76616c696420524c50206c6f6e6720737472696e672e000000000000000060448201526064016101ab565b611bb082600161270c565b965094505f9350611d1792505050565b60f78111611c39575f611bd460c0836126e5565b905080875f015111611c285760405162461bcd60e51b815260206004820152601760248201527f496e76616c696420524c502073686f7274206c6973742e00000000000000000060448201526064016101ab565b600195509350849250611d17915050565b5f611c4560f7836126e5565b905080875f015111611c995760405162461bcd60e51b815260206004820152601d60248201527f496e76616c696420524c50206c6f6e67206c697374206c656e6774682e00000060448201526064016101ab565b600183015160208290036101000a9004611cb3818361270c565b885111611cfb5760405162461bcd60e51b815260206004820152601660248201527524b73b30b634b210292628103637b733903634b9ba1760511b60448201526064016101ab565b611d0682600161270c565b9650945060019350611d1792505050565b9193909250565b60605f826001600160401b03811115611d3957611d396124f7565b6040519080825280601f01601f191660200182016040528015611d63576020820181803683370190505b50905080515f03611d7557905061101e565b5f611d80858761270c565b9050602082015f5b611d936020876127dc565b811015611dc05782518252611da960208461270c565b9250611db660208361270c565b9150600101611d88565b505f6001602087066020036101000a039050808251168119845116178252839450505050509392505050565b60606107b682612184565b60605f82611e05575f611e08565b60025b90505f60028551611e1991906127ef565b90505f611e27826002612754565b60ff166001600160401b03811115611e4157611e416124f7565b6040519080825280601f01601f191660200182016040528015611e6b576020820181803683370190505b509050611e788284612802565b60f81b815f81518110611e8d57611e8d6126f8565b60200101906001600160f81b03191690815f1a9053508086604051602001611eb6929190612832565b604051602081830303815290604052935050505092915050565b60605f60028351611ee191906127dc565b6001600160401b03811115611ef857611ef86124f7565b6040519080825280601f01601f191660200182016040528015611f22576020820181803683370190505b5090505f5b8151811015610fbc5783611f3c8260026127ae565b611f4790600161270c565b81518110611f5757611f576126f8565b01602001516001600160f81b031916600485611f748460026127ae565b81518110611f8457611f846126f8565b602001015160f81c60f81b6001600160f81b031916901b17828281518110611fae57611fae6126f8565b60200101906001600160f81b03191690815f1a905350600101611f27565b60608082516001148015611ff957506080835f81518110611fef57611fef6126f8565b016020015160f81c105b156120055750816107b6565b61201183516080612198565b83604051602001612023929190612832565b604051602081830303815290604052905092915050565b60408051808201909152606080825260208201525f61205883612340565b9050604051806040016040528082815260200161207483610dd8565b90529392505050565b60606002825f81518110612093576120936126f8565b01602001516120a5919060f81c612733565b60ff165f036120b9576107b6826002611048565b6107b6826001611048565b60408051808201909152606080825260208201525f82516001600160401b038111156120f2576120f26124f7565b60405190808252806020026020018201604052801561212557816020015b60608152602001906001900390816121105790505b5090505f5b835181101561217a57612155848281518110612148576121486126f8565b6020026020010151611dec565b828281518110612167576121676126f8565b602090810291909101015260010161212a565b5061101e8161203a565b60606107b682602001515f845f0151611d1e565b60608060388410156121fd57604080516001808252818301909252906020820181803683370190505090506121cd8385612802565b60f81b815f815181106121e2576121e26126f8565b60200101906001600160f81b03191690815f1a90535061101e565b5f60015b61220b81876127dc565b15612231578161221a81612781565b925061222a9050610100826127ae565b9050612201565b61223c82600161270c565b6001600160401b03811115612253576122536124f7565b6040519080825280601f01601f19166020018201604052801561227d576020820181803683370190505b50925061228a8583612802565b612295906037612802565b60f81b835f815181106122aa576122aa6126f8565b60200101906001600160f81b03191690815f1a905350600190505b818111612336576101006122d982846126e5565b6122e590610100612921565b6122ef90886127dc565b6122f991906127ef565b60f81b83828151811061230e5761230e6126f8565b60200101906001600160f81b03191690815f1a9053508061232e81612781565b9150506122c5565b5050905092915050565b60605f61234c83612383565b905061235a815160c0612198565b8160405160200161236c929190612832565b604051602081830303815290604052915050919050565b606081515f036123a257604080515f8082526020820190925290610fbc565b5f805b83518110156123de578381815181106123c0576123c06126f8565b602002602001015151826123d4919061270c565b91506001016123a5565b5f826001600160401b038111156123f7576123f76124f7565b6040519080825280601f01601f191660200182016040528015612421576020820181803683370190505b505f92509050602081015b855183101561145a575f868481518110612448576124486126f8565b602002602001015190505f6020820190506124658382845161249b565b878581518110612477576124776126f8565b6020026020010151518361248b919061270c565b600190950194925061242c915050565b8282825b602081106124d757815183526124b660208461270c565b92506124c360208361270c565b91506124d06020826126e5565b905061249f565b905182516020929092036101000a5f190180199091169116179052505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261251a575f5ffd5b81356001600160401b03811115612533576125336124f7565b604051601f8201601f19908116603f011681016001600160401b0381118282101715612561576125616124f7565b604052818152838201602001851015612578575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f606084860312156125a6575f5ffd5b83356001600160401b038111156125bb575f5ffd5b6125c78682870161250b565b93505060208401356001600160401b038111156125e2575f5ffd5b6125ee8682870161250b565b93969395505050506040919091013590565b8215158152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f5f5f5f60808587031215612651575f5ffd5b84356001600160401b03811115612666575f5ffd5b6126728782880161250b565b94505060208501356001600160401b0381111561268d575f5ffd5b6126998782880161250b565b93505060408501356001600160401b038111156126b4575f5ffd5b6126c08782880161250b565b949793965093946060013593505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156107b6576107b66126d1565b634e487b7160e01b5f52603260045260245ffd5b808201808211156107b6576107b66126d1565b634e487b7160e01b5f52601260045260245ffd5b5f60ff8316806127455761274561271f565b8060ff84160691505092915050565b60ff82811682821603908111156107b6576107b66126d1565b634e487b7160e01b5f52602160045260245ffd5b5f60018201612792576127926126d1565b5060010190565b5f816127a7576127a76126d1565b505f190190565b80820281158282048414176107b6576107b66126d1565b5f602082840312156127d5575f5ffd5b5051919050565b5f826127ea576127ea61271f565b500490565b5f826127fd576127fd61271f565b500690565b60ff81811683821601908111156107b6576107b66126d1565b5f81518060208401855e5f93019283525090919050565b5f6100ae612840838661281b565b8461281b565b6001815b600184111561009657808504811115612865576128656126d1565b600184161561287357908102905b60019390931c92800261284a565b5f8261288f575060016107b6565b8161289b57505f6107b6565b81600181146128b157600281146128bb576128d7565b60019150506107b6565b60ff8411156128cc576128cc6126d1565b50506001821b6107b6565b5060208310610133831016604e8410600b84101617156128fa575081810a6107b6565b6129065f198484612846565b805f1904821115612919576129196126d1565b029392505050565b5f61101e838361288156fea26469706673582212209e43b49d0ec7ae2c7370831b897296c71a2d591353fa81bd562dbe759def805064736f6c634300081e0033",
}

// StepTrie is an auto generated Go binding around an Ethereum contract.
type StepTrie struct {
	abi abi.ABI
}

// NewStepTrie creates a new instance of StepTrie.
func NewStepTrie() *StepTrie {
	parsed, err := StepTrieMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepTrie{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepTrie) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x120c4a22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function get(bytes key, bytes proof, bytes32 root) pure returns(bool, bytes)
func (stepTrie *StepTrie) PackGet(key []byte, proof []byte, root [32]byte) []byte {
	enc, err := stepTrie.abi.Pack("get", key, proof, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x120c4a22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function get(bytes key, bytes proof, bytes32 root) pure returns(bool, bytes)
func (stepTrie *StepTrie) TryPackGet(key []byte, proof []byte, root [32]byte) ([]byte, error) {
	return stepTrie.abi.Pack("get", key, proof, root)
}

// GetOutput serves as a container for the return parameters of contract
// method Get.
type GetOutput struct {
	Arg0 bool
	Arg1 []byte
}

// UnpackGet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x120c4a22.
//
// Solidity: function get(bytes key, bytes proof, bytes32 root) pure returns(bool, bytes)
func (stepTrie *StepTrie) UnpackGet(data []byte) (GetOutput, error) {
	out, err := stepTrie.abi.Unpack("get", data)
	outstruct := new(GetOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Arg1 = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd4a7695.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(bytes key, bytes value, bytes proof, bytes32 root) pure returns(bytes32)
func (stepTrie *StepTrie) PackUpdate(key []byte, value []byte, proof []byte, root [32]byte) []byte {
	enc, err := stepTrie.abi.Pack("update", key, value, proof, root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd4a7695.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(bytes key, bytes value, bytes proof, bytes32 root) pure returns(bytes32)
func (stepTrie *StepTrie) TryPackUpdate(key []byte, value []byte, proof []byte, root [32]byte) ([]byte, error) {
	return stepTrie.abi.Pack("update", key, value, proof, root)
}

// UnpackUpdate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd4a7695.
//
// Solidity: function update(bytes key, bytes value, bytes proof, bytes32 root) pure returns(bytes32)
func (stepTrie *StepTrie) UnpackUpdate(data []byte) ([32]byte, error) {
	out, err := stepTrie.abi.Unpack("update", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// StepVerifierMetaData contains all meta data concerning the StepVerifier contract.
var StepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractStepTrie\",\"name\":\"trie_\",\"type\":\"address\"},{\"internalType\":\"contractStepRounds\",\"name\":\"rounds_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"MalformedEntry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"txType\",\"type\":\"uint8\"}],\"name\":\"Unsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"}],\"name\":\"WitnessShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"decodeTx\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"typ\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"inner\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"l1Number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"l1Hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"mlsc\",\"type\":\"uint64\"}],\"internalType\":\"structStepState.Tx\",\"name\":\"d\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"economy\",\"outputs\":[{\"internalType\":\"contractStepEconomy\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"rollup\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBaseFee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"targetUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"burnBps\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"internalType\":\"structStepState.FeeRule\",\"name\":\"fees\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"internalType\":\"structStepState.Context\",\"name\":\"ctx\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"witness\",\"type\":\"bytes[]\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"postRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalLeaf\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"globalsAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deposits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forced\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rounds\",\"outputs\":[{\"internalType\":\"contractStepRounds\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trie\",\"outputs\":[{\"internalType\":\"contractStepTrie\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ad9867c25978ecf2727bf17afe59aa134c",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161888d38038061888d83398101604081905261002e916100af565b6001600160a01b03821660808190526040516100499061008b565b6001600160a01b039091168152602001604051809103905ff080158015610072573d5f5f3e3d5ffd5b506001600160a01b0390811660a0521660c052506100e7565b61369d806151f083390190565b6001600160a01b03811681146100ac575f5ffd5b50565b5f5f604083850312156100c0575f5ffd5b82516100cb81610098565b60208401519092506100dc81610098565b809150509250929050565b60805160a05160c0516150b661013a5f395f818161012801528181610aa901526132e501525f8181610101015281816109f1015261338301525f818160c201528181611fc90152612f4b01526150b65ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80631992c7ae14610064578063453a7ea51461008d5780637005678d146100bd5780638820f6bd146100fc578063a2e800ad14610123578063e49ea6fd1461014a575b5f5ffd5b6100776100723660046142de565b610187565b604051610084919061443f565b60405180910390f35b6100a061009b366004614451565b610823565b604080519315158452602084019290925290820152606001610084565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610084565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b61015d610158366004614514565b610b2d565b604080516001600160401b0394851681529284166020840152921691810191909152606001610084565b61018f614233565b600283108015906101a35750620100008311155b6101dd5760405162461bcd60e51b81526020600482015260066024820152650d8cadccee8d60d31b60448201526064015b60405180910390fd5b83835f8181106101ef576101ef61455b565b919091013560f81c8083526101008301859052905061031f575f610252610219856001818961456f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610c2292505050565b905080516004146102755760405162461bcd60e51b81526004016101d490614596565b610299815f8151811061028a5761028a61455b565b60200260200101516008610c3b565b6001600160401b0316602083015280516102c0908290600190811061028a5761028a61455b565b608083015280516102de908290600290811061028a5761028a61455b565b6001600160401b031660c0830152805161031490829060039081106103055761030561455b565b60200260200101516020610cf8565b60e08301525061081c565b805160ff1660021901610411575f61033d610219856001818961456f565b905080516004146103605760405162461bcd60e51b81526004016101d490614596565b610375815f8151811061028a5761028a61455b565b6001600160401b0316602083015280516103a9908290600190811061039c5761039c61455b565b6020026020010151610d48565b6001600160a01b0316604083015280516103d0908290600290811061039c5761039c61455b565b6001600160a01b03166060830152805161040690829060039081106103f7576103f761455b565b60200260200101516020610c3b565b60808301525061081c565b805160ff16600919016104cd575f61042f610219856001818961456f565b905080516003146104525760405162461bcd60e51b81526004016101d490614596565b610467815f8151811061028a5761028a61455b565b6001600160401b03166020830152805161048e908290600190811061039c5761039c61455b565b6001600160a01b0316604083015280516104c290829060029081106104b5576104b561455b565b6020026020010151610d5d565b60a08301525061081c565b80516104d890610e86565b806104e75750805160ff166010145b806104f65750805160ff166011145b806105055750805160ff166007145b806105145750805160ff166008145b156107eb57604c8310156105525760405162461bcd60e51b81526020600482015260056024820152641cda1bdc9d60da1b60448201526064016101d4565b6001600160401b03821661056a60096001868861456f565b610573916145b6565b60c01c146105ae5760405162461bcd60e51b815260206004820152600860248201526718da185a5b881a5960c21b60448201526064016101d4565b5f6105d3856009866105c1604182614600565b926105ce9392919061456f565b610ebd565b610120840191909152825190915060ff16600714806105f65750815160ff166008145b15610677578484610608836009614613565b90610614604188614600565b926106219392919061456f565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060a08301526106638585611036565b6001600160a01b031660408301525061081c565b5f6106a18686610688856009614613565b9061069460418a614600565b926102199392919061456f565b83519091505f9060ff16600514806106bd5750835160ff166006145b806106cc5750835160ff166011145b9050806106da5760036106dd565b60025b60ff168251146106ff5760405162461bcd60e51b81526004016101d490614596565b610714825f8151811061028a5761028a61455b565b6001600160401b03166020850152835160ff16601014806107395750835160ff166011145b15610768576107548260018151811061028a5761028a61455b565b6001600160401b0316610140850152610792565b80610792576107838260018151811061039c5761039c61455b565b6001600160a01b031660608501525b835160ff166011146107ca576107c482826107ae5760026107b1565b60015b60ff16815181106103f7576103f761455b565b60808501525b6107d48787611036565b6001600160a01b031660408501525061081c915050565b60405162461bcd60e51b81526004016101d4906020808252600490820152637479706560e01b604082015260600190565b9392505050565b6040805160e0810182525f60208201819052918101829052606081018290526080810182905260a0810182905260c081018290528681528190819086820361087457505f9250879150829050610b21565b5f88885f8181106108875761088761455b565b919091013560f81c915061089c905081611293565b6108a4614233565b306001600160a01b0316631992c7ae8b8b8f5f0160208101906108c79190614626565b6040518463ffffffff1660e01b81526004016108e593929190614669565b5f60405180830381865afa92505050801561092157506040513d5f823e601f3d908101601f1916820160405261091e91908101906147b7565b60015b610970573d80801561094e576040519150601f19603f3d011682016040523d82523d5f602084013e610953565b606091505b5061095d816112ec565b505f95508a9450859350610b2192505050565b905060ff821661098e576109878c848a8a85611323565b9550610af6565b60021960ff8316016109a7576109878c848a8a856115b6565b60091960ff8316016109c0576109878c848a8a85611850565b60ff8216601014806109d5575060ff82166011145b15610a785760405163ab3e16ad60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ab3e16ad90610a2e908f9087908d908d908890600401614948565b61010060405180830381865afa158015610a4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a6e9190614aa8565b9096509250610af6565b60ff821660071480610a8d575060ff82166008145b15610ae657604051631c7525f160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631c7525f190610a2e908f9087908d908d908890600401614948565b610af38c848a8a85611c62565b95505b85610b0d57505f9450899350849250610b21915050565b505080516040909101516001945090925090505b96509650969350505050565b5f5f5f5f5f610b7a610b3d611fa7565b88888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508d9250611fc2915050565b9150915081610ba557610b8b611fa7565b604051635fe9b57760e01b81526004016101d49190614b51565b5f610baf82612103565b9050610bd5815f81518110610bc657610bc661455b565b602002602001015160086121e1565b9550610bed81600581518110610bc657610bc661455b565b94506008815111610bfe575f610c14565b610c1481600881518110610bc657610bc661455b565b935050505093509350939050565b6060610c35610c30836121f4565b612245565b92915050565b5f5f610c4684610d5d565b905082815111158015610c81575080511580610c815750805f81518110610c6f57610c6f61455b565b01602001516001600160f81b03191615155b610cb75760405162461bcd60e51b815260206004820152600760248201526634b73a32b3b2b960c91b60448201526064016101d4565b5f5b8151811015610cf057818181518110610cd457610cd461455b565b60209101015160f81c60089390931b9290921791600101610cb9565b505092915050565b5f5f610d0384610d5d565b905082815114610d3d5760405162461bcd60e51b8152602060048201526005602482015264199a5e195960da1b60448201526064016101d4565b602001519392505050565b5f610d54826014610cf8565b60601c92915050565b60605f5f5f610d6b85612462565b919450925090505f816001811115610d8557610d85614b63565b14610df85760405162461bcd60e51b815260206004820152603960248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206279746573206973206e6f7420612064617461206974656d0000000000000060648201526084016101d4565b610e028284614613565b855114610e6e5760405162461bcd60e51b815260206004820152603460248201527f524c505265616465723a2062797465732076616c756520636f6e7461696e732060448201527330b71034b73b30b634b2103932b6b0b4b73232b960611b60648201526084016101d4565b610e7d85602001518484612b09565b95945050505050565b5f60ff821660011480610e9c575060ff82166002145b80610eaa575060ff82166005145b80610c35575060ff821660061492915050565b5f5f5f84845f818110610ed257610ed261455b565b919091013560f81c9150506080811015610ef45760ff1691506001905061102f565b60a08160ff161115610f325760405162461bcd60e51b81526020600482015260076024820152660666565206361760cc1b60448201526064016101d4565b6080610f3f826001614b77565b610f499190614b90565b60ff169150818410801590610fc057508160011480610fc0575084846001818110610f7657610f7661455b565b909101356001600160f81b0319161580159150610fc057506002821180610fc05750608085856001818110610fad57610fad61455b565b9050013560f81c60f81b60f81c60ff1610155b610ff65760405162461bcd60e51b81526020600482015260076024820152660666565206361760cc1b60448201526064016101d4565b60015b8281101561102c578585828181106110135761101361455b565b60089690961b919095013560f81c179350600101610ff9565b50505b9250929050565b5f808383611045604182614600565b90611051602187614600565b9261105e9392919061456f565b61106791614ba9565b90505f8484611077602182614600565b90611083600188614600565b926110909392919061456f565b61109991614ba9565b90505f85856110a9600182614600565b8181106110b8576110b861455b565b919091013560f81c91505082158015906110e3575070014551231950b75fc4402da1732fc9bebe1983105b80156110ee57508115155b80156111165750611112600270014551231950b75fc4402da1732fc9bebe19614bda565b8211155b8015611126575060018160ff1611155b6111655760405162461bcd60e51b815260206004820152601060248201526f7369676e61747572652076616c75657360801b60448201526064016101d4565b5f61117460096001888a61456f565b88885f8181106111865761118661455b565b909101356001600160f81b03191690508960098a6111a5604182614600565b926111b29392919061456f565b6040516020016111c6959493929190614bed565b60405160208183030381529060405280519060200120905060018183601b6111ee9190614b77565b604080515f8152602081018083529390935260ff90911690820152606081018690526080810185905260a0016020604051602081039080840390855afa15801561123a573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b0385166112895760405162461bcd60e51b81526020600482015260096024820152687369676e617475726560b81b60448201526064016101d4565b5050505092915050565b8060ff16600414806112a857508060ff166009145b806112c65750600b8160ff16101580156112c65750600f8160ff1611155b156112e957604051637bb9ae1560e01b815260ff821660048201526024016101d4565b50565b60048151101580156113165750637bb9ae1560e01b61130a82614c31565b6001600160e01b031916145b156112e957805160208201fd5b5f5f5f611331878787612b99565b9150915061134b82600481518110610bc657610bc661455b565b1561136b57604051637bb9ae1560e01b81525f60048201526024016101d4565b611380825f81518110610bc657610bc661455b565b61138b906001614613565b84602001516001600160401b03161415806113be57506113b782600181518110610bc657610bc661455b565b8460800151105b806113ea57506113da82600281518110610bc657610bc661455b565b8460c001516001600160401b0316105b156113f9575f92505050610e7d565b61140f84602001516001600160401b0316612bdb565b825f815181106114215761142161455b565b60200260200101819052506114398460800151612bdb565b8260018151811061144c5761144c61455b565b602002602001018190525061146d8460c001516001600160401b0316612bdb565b826002815181106114805761148061455b565b60200260200101819052506114b98460e001516040516020016114a591815260200190565b604051602081830303815290604052612be9565b826003815181106114cc576114cc61455b565b60209081029190910101526114e760a0890160808a01614626565b6001600160401b03161561158b575f600a835111611505575f61152a565b61152a83600a8151811061151b5761151b61455b565b602002602001015160206121e1565b90505f600b84511161153c575f611552565b61155284600b81518110610bc657610bc661455b565b905061157584600a61157061156b8e6060018787612c53565b612bdb565b612d12565b935061158684600b6115705f612bdb565b935050505b6115a8878787611599611fa7565b6115a287612ea3565b86612ece565b506001979650505050505050565b5f5f5f6115c4878787612b99565b915091505f6115df83600581518110610bc657610bc661455b565b9050806001600160401b031685602001516001600160401b031614611609575f9350505050610e7d565b5f61161a60608b0160408c01614c6b565b90505f86602001516001600160401b03165f146116bc57816001600160a01b0316632ac86594600189602001516116519190614c86565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa158015611693573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116b79190614ca5565b6116be565b5f5b6020880151604051630ab2196560e21b81526001600160401b0390911660048201529091506001600160a01b03831690632ac8659490602401602060405180830381865afa158015611712573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117369190614ca5565b81886040015189606001518a6080015160405160200161177994939291909384526001600160a01b03928316602085015291166040830152606082015260800190565b60405160208183030381529060405280519060200120146117a1575f95505050505050610e7d565b6117bd6117af846001614cbc565b6001600160401b0316612bdb565b856005815181106117d0576117d061455b565b60200260200101819052506117f88a8a8a6117e9611fa7565b6117f28a612ea3565b89612ece565b5f5f61180a8c8c8c8c60600151613017565b915091508860800151826020018181516118249190614613565b9150818152505061183d8c8c8c8c60600151868661314c565b5060019c9b505050505050505050505050565b5f806118626040880160208901614c6b565b9050806001600160a01b031663935227ed6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156118a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118c49190614cdb565b6001600160401b031683602001516001600160401b0316106118e9575f915050610e7d565b6020830151604051633f3ae35f60e21b81526001600160401b0390911660048201525f906001600160a01b0383169063fceb8d7c906024016040805180830381865afa15801561193b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061195f9190614cf6565b5090505f5f85602001516001600160401b03161115611a0157826001600160a01b031663fceb8d7c600187602001516119989190614c86565b6040516001600160e01b031960e084901b1681526001600160401b0390911660048201526024016040805180830381865afa1580156119d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119fd9190614cf6565b5090505b60a085015180516020918201206040805192830184905282015282906060016040516020818303038152906040528051906020012014611a46575f9350505050610e7d565b611a4e614233565b60a08601515115801590611b6c57611a828760a001515f81518110611a7557611a7561455b565b016020015160f81c611293565b60a08701513090631992c7ae90611a9c60208f018f614626565b6040518363ffffffff1660e01b8152600401611ab9929190614d25565b5f60405180830381865afa925050508015611af557506040513d5f823e601f3d908101601f19168201604052611af291908101906147b7565b60015b611b3a573d808015611b22576040519150601f19603f3d011682016040523d82523d5f602084013e611b27565b606091505b50611b31816112ec565b5f915050611b6c565b8051909250829060ff1615801590611b575750805160ff16600314155b8015611b685750805160ff16600a14155b9150505b8015611c4357600160608b01526020808801516001600160401b031660808c01528a01518251611b9b90610e86565b611bbe57611bb18c8c8c8c878d60200151613279565b9650505050505050610e7d565b611bcb8c8c8c8c87611c62565b15611c0057825160ff1660011901611bf0578a60a00151159650505050505050610e7d565b611bb18b8b8b8b6020015161344c565b611c1060a08d0160808e01614626565b6001600160401b03165f03611c26576001611c29565b60025b611c369060ff1682614613565b60208c0152505f60c08b01525b611c538a8a8a8a6020015161344c565b9b9a5050505050505050505050565b5f5f5f611c7288888888886134ea565b915091505f5f611c888989898960400151613017565b91509150821580611cb25750815f01516001600160401b031686602001516001600160401b031614155b80611cc05750838260200151105b80611ccd57506080860151155b15611cde575f945050505050610e7d565b855160ff1660051901611d235760608201516001600160401b0316151580611d0d575085608001518260400151105b15611d1e575f945050505050610e7d565b611d4a565b8560800151848360200151611d389190614600565b1015611d4a575f945050505050610e7d565b855160ff166002148015611d69575060608601516001600160a01b0316155b15611d7a575f945050505050610e7d565b5f611d888b6060018661359d565b90508483602001818151611d9c9190614600565b90525082516001908490611db1908390614cbc565b6001600160401b0316905250865160ff1660051901611e0157866080015183604001818151611de09190614600565b9052506080870151602084018051611df9908390614613565b905250611e89565b865160ff1660041901611e3d57866080015183602001818151611e249190614600565b9052506080870151604084018051611df9908390614613565b865160ff1660021480611e6a575086604001516001600160a01b031687606001516001600160a01b031614155b15611e8957866080015183602001818151611e859190614600565b9052505b8015801590611ebc575060408701516001600160a01b0316611eb160e08d0160c08e01614c6b565b6001600160a01b0316145b15611eda578083602001818151611ed39190614613565b9052505f90505b611eec8a8a8a8a60400151878761314c565b865160ff1660011901611f0b57611f068b8b8b8b8b61361b565b611f52565b865160ff166001148015611f39575086604001516001600160a01b031687606001516001600160a01b031614155b15611f5257611f4f8b6060018b8b8b8b86613956565b90505b8015611f6857611f688b6060018b8b8b856139f9565b60c08a01516001600160401b031615801590611f8657508960600151155b15611f9657611f968a8a8a613a4c565b5060019a9950505050505050505050565b6040805180820190915260018152606760f81b602082015290565b5f60605f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663120c4a228888886040518463ffffffff1660e01b815260040161201793929190614d4f565b5f60405180830381865afa158015612031573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526120589190810190614d84565b915091508161207c575f60405180602001604052805f8152509350935050506120fb565b5f61208682610c22565b9050805160021415806120bb575087805190602001206120b1825f815181106104b5576104b561455b565b8051906020012014155b156120db5787604051635fe9b57760e01b81526004016101d49190614b51565b60016120f3826001815181106104b5576104b561455b565b945094505050505b935093915050565b60605f61210f83610c22565b905060088151108061212c5750612128600b6001614613565b8151115b1561213957610b8b611fa7565b80516001600160401b0381111561215257612152614695565b60405190808252806020026020018201604052801561218557816020015b60608152602001906001900390816121705790505b5091505f5b81518110156121da576121b58282815181106121a8576121a861455b565b6020026020010151613a84565b8382815181106121c7576121c761455b565b602090810291909101015260010161218a565b5050919050565b5f61081c6121ee846121f4565b83610c3b565b604080518082019091525f80825260208201525f8251116122275760405162461bcd60e51b81526004016101d490614dce565b50604080518082019091528151815260209182019181019190915290565b60605f5f5f61225385612462565b91945092509050600181600181111561226e5761226e614b63565b146122e15760405162461bcd60e51b815260206004820152603860248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206c697374206973206e6f742061206c697374206974656d000000000000000060648201526084016101d4565b84516122ed8385614613565b146123555760405162461bcd60e51b815260206004820152603260248201527f524c505265616465723a206c697374206974656d2068617320616e20696e76616044820152713634b2103230ba30903932b6b0b4b73232b960711b60648201526084016101d4565b604080516020808252610420820190925290816020015b604080518082019091525f808252602082015281526020019060019003908161236c5790505093505f835b8651811015612456575f5f6123db6040518060400160405280858c5f01516123bf9190614600565b8152602001858c602001516123d49190614613565b9052612462565b5091509150604051806040016040528083836123f79190614613565b8152602001848b6020015161240c9190614613565b8152508885815181106124215761242161455b565b6020908102919091010152612437600185614613565b93506124438183614613565b61244d9084614613565b92505050612397565b50845250919392505050565b5f5f5f5f845f0151116124875760405162461bcd60e51b81526004016101d490614dce565b602084015180515f1a607f81116124a9575f60015f9450945094505050612b02565b60b78111612602575f6124bd608083614600565b905080875f01511161253b5760405162461bcd60e51b815260206004820152604e60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20737472696e67206c656e6774682060648201526d2873686f727420737472696e672960901b608482015260a4016101d4565b6001838101516001600160f81b03191690821415806125685750600160ff1b6001600160f81b0319821610155b6125f05760405162461bcd60e51b815260206004820152604d60248201527f524c505265616465723a20696e76616c6964207072656669782c2073696e676c60448201527f652062797465203c203078383020617265206e6f74207072656669786564202860648201526c73686f727420737472696e672960981b608482015260a4016101d4565b506001955093505f9250612b02915050565b60bf811161283b575f61261660b783614600565b905080875f0151116126975760405162461bcd60e51b815260206004820152605160248201525f5160206150615f395f51905f5260448201527f74206265203e207468616e206c656e677468206f6620737472696e67206c656e60648201527067746820286c6f6e6720737472696e672960781b608482015260a4016101d4565b60018301516001600160f81b0319165f81900361271c5760405162461bcd60e51b815260206004820152604a60248201525f5160206150615f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152696e6720737472696e672960b01b608482015260a4016101d4565b600184015160088302610100031c6037811161279e5760405162461bcd60e51b815260206004820152604860248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e6760648201526720737472696e672960c01b608482015260a4016101d4565b6127a88184614613565b89511161281f5760405162461bcd60e51b815260206004820152604c60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e677468202860648201526b6c6f6e6720737472696e672960a01b608482015260a4016101d4565b61282a836001614613565b975095505f9450612b029350505050565b60f781116128da575f61284f60c083614600565b905080875f0151116128c95760405162461bcd60e51b815260206004820152604a60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e206c697374206c656e677468202873606482015269686f7274206c6973742960b01b608482015260a4016101d4565b600195509350849250612b02915050565b5f6128e660f783614600565b905080875f0151116129635760405162461bcd60e51b815260206004820152604d60248201525f5160206150615f395f51905f5260448201527f74206265203e207468616e206c656e677468206f66206c697374206c656e677460648201526c6820286c6f6e67206c6973742960981b608482015260a4016101d4565b60018301516001600160f81b0319165f8190036129e65760405162461bcd60e51b815260206004820152604860248201525f5160206150615f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152676e67206c6973742960c01b608482015260a4016101d4565b600184015160088302610100031c60378111612a665760405162461bcd60e51b815260206004820152604660248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e67606482015265206c6973742960d01b608482015260a4016101d4565b612a708184614613565b895111612ae55760405162461bcd60e51b815260206004820152604a60248201525f5160206150615f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e67746820286064820152696c6f6e67206c6973742960b01b608482015260a4016101d4565b612af0836001614613565b9750955060019450612b029350505050565b9193909250565b6060816001600160401b03811115612b2357612b23614695565b6040519080825280601f01601f191660200182016040528015612b4d576020820181803683370190505b509050811561081c575f612b618486614613565b9050602082015f5b84811015612b81578281015182820152602001612b69565b84811115612b8f575f858301525b5050509392505050565b60605f5f6060612bb2878787612bad611fa7565b613a98565b9450909250905081612bc657610b8b611fa7565b612bcf81612103565b93505050935093915050565b6060610c35612be983613b48565b606081516001148015612c1557506080825f81518110612c0b57612c0b61455b565b016020015160f81c105b15612c1e575090565b612c2a82516080613c64565b82604051602001612c3c929190614e55565b60405160208183030381529060405290505b919050565b5f80612c656040860160208701614626565b6001600160401b031690505f612c7c600883614e69565b905081841115612cce575f612c918386614600565b905082811115612c9e5750815b5f612caa878385613e01565b90508015612cb85780612cbb565b60015b612cc59088614613565b96505050612cf7565b81841015612cf757612cea85612ce48685614600565b83613e01565b612cf49086614600565b94505b85358510612d055784612d08565b85355b9695505050505050565b606082845111612dda575f612d28846001614613565b6001600160401b03811115612d3f57612d3f614695565b604051908082528060200260200182016040528015612d7257816020015b6060815260200190600190039081612d5d5790505b5090505f5b8151811015612dd65785518110612d9657612d915f612bdb565b612db1565b858181518110612da857612da861455b565b60200260200101515b828281518110612dc357612dc361455b565b6020908102919091010152600101612d77565b5093505b81848481518110612ded57612ded61455b565b602090810291909101015283515b600881118015612e2f575084612e12600183614600565b81518110612e2257612e2261455b565b6020026020010151516001145b8015612e82575084612e42600183614600565b81518110612e5257612e5261455b565b60200260200101515f81518110612e6b57612e6b61455b565b6020910101516001600160f81b031916600160ff1b145b15612e995780612e9181614e80565b915050612dfb565b8452509192915050565b6060612eae82613eb1565b9050612ebc815160c0613c64565b81604051602001612c3c929190614e55565b604080516002808252606082019092525f91816020015b6060815260200190600190039081612ee5579050509050612f0584612be9565b815f81518110612f1757612f1761455b565b6020026020010181905250612f2b83612be9565b81600181518110612f3e57612f3e61455b565b60200260200101819052507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cd4a769585612f8284612ea3565b898987818110612f9457612f9461455b565b9050602002810190612fa69190614e95565b8c516040516001600160e01b031960e088901b168152612fcd959493929190600401614ed7565b602060405180830381865afa158015612fe8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061300c9190614ca5565b909652505050505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f5f606160f81b84604051602001613053929190614f23565b60405160208183030381529060405290505f5f5f6130738a8a8a87613a98565b9250925092508094508261308a5750505050613143565b5f61309483610c22565b905080516004146130ba5784604051635fe9b57760e01b81526004016101d49190614b51565b6130cf815f8151811061028a5761028a61455b565b6001600160401b0316875280516130f390829060019081106103f7576103f761455b565b6020880152805161311190829060029081106103f7576103f761455b565b6040880152805161312f908290600390811061028a5761028a61455b565b6001600160401b0316606088015250505050505b94509492505050565b60408051600480825260a082019092525f91816020015b6060815260200190600190039081613163575050835190915061318e906001600160401b0316612bdb565b815f815181106131a0576131a061455b565b60200260200101819052506131b88360200151612bdb565b816001815181106131cb576131cb61455b565b60200260200101819052506131e38360400151612bdb565b816002815181106131f6576131f661455b565b602002602001018190525061321783606001516001600160401b0316612bdb565b8160038151811061322a5761322a61455b565b6020026020010181905250613270878787606160f81b88604051602001613252929190614f23565b60405160208183030381529060405261326a86612ea3565b87612ece565b50505050505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081018290528190845160ff16600714806132c95750845160ff166008145b1561336c57604051631c7525f160e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631c7525f190613322908c908c908c908c908c90600401614948565b61010060405180830381865afa15801561333e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906133629190614aa8565b9092509050613406565b60405163ab3e16ad60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ab3e16ad906133c0908c908c908c908c908c90600401614948565b61010060405180830381865afa1580156133dc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134009190614aa8565b90925090505b8051602082015183613418575f61341e565b8260c001515b6001600160401b031660c08b015260208a0152885261343f8888888761344c565b9998505050505050505050565b5f5f5f61345a878787612b99565b915091505f600883511161346e575f613484565b61348483600881518110610bc657610bc661455b565b905080856001600160401b0316146134a1575f93505050506134e2565b6134b583600861157061156b856001614613565b92506134c18884613fcb565b92506134da8888886134d1611fa7565b61326a88612ea3565b600193505050505b949350505050565b5f806134fc60a0880160808901614626565b6001600160401b03165f0361351657505f90506001613593565b5f5f613526888888612bad611fa7565b50915091508161353857610b8b611fa7565b5f61354e8a60600161354984612103565b614044565b90506135598661406b565b6001600160401b031660c08a01819052613574908290614e69565b610120870151158061358b57508187610120015110155b945094505050505b9550959350505050565b5f806135af6080850160608601614c6b565b6001600160a01b031614806135de57506127106135d26060850160408601614626565b6001600160401b031610155b156135ea57505f610c35565b61081c826135fe6060860160408701614626565b613613906001600160401b0316612710614600565b612710613e01565b5f5f613628868686612b99565b915091505f61364383600681518110610bc657610bc661455b565b90505f61365b845f81518110610bc657610bc661455b565b905061367461156b6001600160401b0384166001614613565b846006815181106136875761368761455b565b60200260200101819052508760600151156136f8575f60088551116136ac575f6136c2565b6136c285600881518110610bc657610bc661455b565b905088608001516001600160401b031681146136e057600160a08a01525b6136f485600861157061156b856001614613565b9450505b6137028885613fcb565b9350613721888888613712611fa7565b61371b89612ea3565b88612ece565b60408051607760f81b602082015260c084901b6001600160c01b03191660218201528151600981830301815260299091019091525f6137628a8a8a85613a98565b60408051600580825260c082019092529194505f9350909150816020015b60608152602001906001900390816137805790505090506137a9856001600160401b0316612bdb565b815f815181106137bb576137bb61455b565b60200260200101819052506137d38860400151614093565b816001815181106137e6576137e661455b565b60200260200101819052506137fe8860600151614093565b816002815181106138115761381161455b565b60200260200101819052506138298860800151612bdb565b8160038151811061383c5761383c61455b565b6020026020010181905250613859846001600160401b0316612bdb565b8160048151811061386c5761386c61455b565b60200260200101819052506138878b8b8b8661326a86612ea3565b61389460208d018d614626565b6001600160401b03166138ad60408e0160208f01614c6b565b866001600160401b03168a604001518b606001518c6080015160405160200161390c969594939291909586526001600160a01b03948516602087015260408601939093529083166060850152909116608083015260a082015260c00190565b60408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001208b6040018181525050505050505050505050505050565b5f5f5f6139698888888860600151613017565b915091508460800151826020018181516139839190614613565b90525083158015906139bc575084606001516001600160a01b03168960600160208101906139b19190614c6b565b6001600160a01b0316145b156139da5783826020018181516139d39190614613565b9052505f93505b6139ec8888888860600151868661314c565b5091979650505050505050565b5f80613a16868686613a1160808c0160608d01614c6b565b613017565b915091508282602001818151613a2c9190614613565b905250613270868686613a4560808c0160608d01614c6b565b868661314c565b5f5f613a59858585612b99565b91509150613a7d858585613a6b611fa7565b6115a2613a788b89613fcb565b612ea3565b5050505050565b6060610c3582602001515f845f0151612b09565b60208401515f90606090848110613ac557604051636c62c6b160e11b8152600481018690526024016101d4565b613ad0816001614613565b6020880152613b3984878784818110613aeb57613aeb61455b565b9050602002810190613afd9190614e95565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508b519150611fc29050565b90989097509095509350505050565b60605f82604051602001613b5e91815260200190565b60408051601f1981840301815291905290505f5b6020811015613baa57818181518110613b8d57613b8d61455b565b01602001516001600160f81b0319165f03613baa57600101613b72565b613bb5816020614600565b6001600160401b03811115613bcc57613bcc614695565b6040519080825280601f01601f191660200182016040528015613bf6576020820181803683370190505b5092505f5b8351811015613c5c578282613c0f81614f4f565b935081518110613c2157613c2161455b565b602001015160f81c60f81b848281518110613c3e57613c3e61455b565b60200101906001600160f81b03191690815f1a905350600101613bfb565b505050919050565b60606038831015613cc85760408051600180825281830190925290602082018180368337019050509050613c988284614b77565b60f81b815f81518110613cad57613cad61455b565b60200101906001600160f81b03191690815f1a905350610c35565b5f60015b613cd68186614bda565b15613cfc5781613ce581614f4f565b9250613cf5905061010082614e69565b9050613ccc565b613d07826001614613565b6001600160401b03811115613d1e57613d1e614695565b6040519080825280601f01601f191660200182016040528015613d48576020820181803683370190505b509250613d558483614b77565b613d60906037614b77565b60f81b835f81518110613d7557613d7561455b565b60200101906001600160f81b03191690815f1a905350600190505b818111610cf057610100613da48284614600565b613db090610100615042565b613dba9087614bda565b613dc4919061504d565b60f81b838281518110613dd957613dd961455b565b60200101906001600160f81b03191690815f1a90535080613df981614f4f565b915050613d90565b5f5f5f613e0e86866140bc565b91509150815f03613e3257838181613e2857613e28614bc6565b049250505061081c565b818411613e4957613e4960038515026011186140d8565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b606081515f03613ed357604080515f80825260208201909252905b5092915050565b5f805b8351811015613f0f57838181518110613ef157613ef161455b565b60200260200101515182613f059190614613565b9150600101613ed6565b816001600160401b03811115613f2757613f27614695565b6040519080825280601f01601f191660200182016040528015613f51576020820181803683370190505b5092505f9050602083015b8451821015613c5c575f858381518110613f7857613f7861455b565b602002602001015190505f602082019050613f95838284516140e9565b868481518110613fa757613fa761455b565b60200260200101515183613fbb9190614613565b6001909401939250613f5c915050565b60608260c001516001600160401b03165f03613fe8575080610c35565b5f600b835111613ff8575f61400e565b61400e83600b81518110610bc657610bc661455b565b905061403283600b6115708760c001516001600160401b03168561156b9190614613565b5f60c086015292508291505092915050565b5f600a82511161405557823561081c565b61081c82600a8151811061151b5761151b61455b565b5f816101000151601061407e9190614e69565b825161408990614145565b610c359190614613565b604051606082811b6bffffffffffffffffffffffff1916602083015290610c35906034016114a5565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b8282825b602081106141255781518352614104602084614613565b9250614111602083614613565b915061411e602082614600565b90506140ed565b905182516020929092036101000a5f190180199091169116179052505050565b5f8160ff166001148061415b57508160ff166005145b8061416957508160ff166006145b8061417757508160ff16600c145b8061418557508160ff16600f145b156141935750611388919050565b8160ff16600714806141a857508160ff16600d145b806141b657508160ff166010145b806141c457508160ff166011145b156141d25750612710919050565b8160ff16600214806141e757508160ff166008145b806141f557508160ff16600e145b156142035750614e20919050565b8160ff16600b03614217575061c350919050565b8160ff1660040361422c5750620186a0919050565b505f919050565b60408051610160810182525f8082526020820181905291810182905260608082018390526080820183905260a082015260c0810182905260e081018290526101008101829052610120810182905261014081019190915290565b5f5f83601f84011261429d575f5ffd5b5081356001600160401b038111156142b3575f5ffd5b60208301915083602082850101111561102f575f5ffd5b6001600160401b03811681146112e9575f5ffd5b5f5f5f604084860312156142f0575f5ffd5b83356001600160401b03811115614305575f5ffd5b6143118682870161428d565b9094509250506020840135614325816142ca565b809150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b805160ff1682525f602082015161438060208501826001600160401b03169052565b50604082015161439b60408501826001600160a01b03169052565b5060608201516143b660608501826001600160a01b03169052565b506080820151608084015260a082015161016060a08501526143dc610160850182614330565b905060c08301516143f860c08601826001600160401b03169052565b5060e083015160e08501526101008301516101008501526101208301516101208501526101408301516144376101408601826001600160401b03169052565b509392505050565b602081525f61081c602083018461435e565b5f5f5f5f5f5f868803610160811215614468575f5ffd5b610100811215614476575f5ffd5b5086955061010086013594506101208601356001600160401b0381111561449b575f5ffd5b6144a789828a0161428d565b9095509350506101408701356001600160401b038111156144c6575f5ffd5b8701601f810189136144d6575f5ffd5b80356001600160401b038111156144eb575f5ffd5b8960208260051b84010111156144ff575f5ffd5b60208201935080925050509295509295509295565b5f5f5f60408486031215614526575f5ffd5b8335925060208401356001600160401b03811115614542575f5ffd5b61454e8682870161428d565b9497909650939450505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561457d575f5ffd5b83861115614589575f5ffd5b5050820193919092039150565b6020808252600690820152656669656c647360d01b604082015260600190565b80356001600160c01b03198116906008841015613ecc576001600160c01b031960089490940360031b84901b1690921692915050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c3557610c356145ec565b80820180821115610c3557610c356145ec565b5f60208284031215614636575f5ffd5b813561081c816142ca565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61467c604083018587614641565b90506001600160401b0383166020830152949350505050565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b03811182821017156146cc576146cc614695565b60405290565b60405160e081016001600160401b03811182821017156146cc576146cc614695565b805160ff81168114612c4e575f5ffd5b8051612c4e816142ca565b6001600160a01b03811681146112e9575f5ffd5b8051612c4e8161470f565b5f82601f83011261473d575f5ffd5b81516001600160401b0381111561475657614756614695565b604051601f8201601f19908116603f011681016001600160401b038111828210171561478457614784614695565b60405281815283820160200185101561479b575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156147c7575f5ffd5b81516001600160401b038111156147dc575f5ffd5b820161016081850312156147ee575f5ffd5b6147f66146a9565b6147ff826146f4565b815261480d60208301614704565b602082015261481e60408301614723565b604082015261482f60608301614723565b60608201526080828101519082015260a08201516001600160401b03811115614856575f5ffd5b6148628682850161472e565b60a08301525061487460c08301614704565b60c082015260e08281015190820152610100808301519082015261012080830151908201526148a66101408301614704565b610140820152949350505050565b5f8383855260208501945060208460051b820101835f5b8681101561493c57838303601f19018852813536879003601e190181126148f0575f5ffd5b86016020810190356001600160401b0381111561490b575f5ffd5b803603821315614919575f5ffd5b614924858284614641565b60209a8b019a909550939093019250506001016148cb565b50909695505050505050565b5f8635614954816142ca565b6001600160401b03168252602087013561496d8161470f565b6001600160a01b0316602083015260408701356149898161470f565b6001600160a01b031660408301526060878101359083015260808701356149af816142ca565b6001600160401b0316608083015260a08701356149cb816142ca565b6001600160401b031660a083015260c08701356149e78161470f565b6001600160a01b031660c083015260e08781013590830152614a626101008301878051825260208101516020830152604081015160408301526060810151151560608301526001600160401b03608082015116608083015260a0810151151560a08301526001600160401b0360c08201511660c08301525050565b6102206101e0830152614a7a610220830185876148b4565b828103610200840152614a8d818561435e565b98975050505050505050565b80518015158114612c4e575f5ffd5b5f5f828403610100811215614abb575f5ffd5b614ac484614a99565b925060e0601f1982011215614ad7575f5ffd5b50614ae06146d2565b602084810151825260408086015191830191909152606085015190820152614b0a60808501614a99565b606082015260a0840151614b1d816142ca565b6080820152614b2e60c08501614a99565b60a082015260e0840151614b41816142ca565b60c0820152919491935090915050565b602081525f61081c6020830184614330565b634e487b7160e01b5f52602160045260245ffd5b60ff8181168382160190811115610c3557610c356145ec565b60ff8281168282160390811115610c3557610c356145ec565b80356020831015610c35575f19602084900360031b1b1692915050565b634e487b7160e01b5f52601260045260245ffd5b5f82614be857614be8614bc6565b500490565b6b0dccaeae4dedc5ad8645ae8f60a31b81528486600c8301375f85820160ff60f81b8616600c8201528385600d8301375f9301600d01928352509095945050505050565b805160208201516001600160e01b03198116919060048210156121da576001600160e01b031960049290920360031b82901b161692915050565b5f60208284031215614c7b575f5ffd5b813561081c8161470f565b6001600160401b038281168282160390811115610c3557610c356145ec565b5f60208284031215614cb5575f5ffd5b5051919050565b6001600160401b038181168382160190811115610c3557610c356145ec565b5f60208284031215614ceb575f5ffd5b815161081c816142ca565b5f5f60408385031215614d07575f5ffd5b82516020840151909250614d1a816142ca565b809150509250929050565b604081525f614d376040830185614330565b90506001600160401b03831660208301529392505050565b606081525f614d616060830186614330565b8281036020840152614d738186614330565b915050826040830152949350505050565b5f5f60408385031215614d95575f5ffd5b614d9e83614a99565b915060208301516001600160401b03811115614db8575f5ffd5b614dc48582860161472e565b9150509250929050565b6020808252604a908201527f524c505265616465723a206c656e677468206f6620616e20524c50206974656d60408201527f206d7573742062652067726561746572207468616e207a65726f20746f206265606082015269206465636f6461626c6560b01b608082015260a00190565b5f81518060208401855e5f93019283525090919050565b5f6134e2614e638386614e3e565b84614e3e565b8082028115828204841417610c3557610c356145ec565b5f81614e8e57614e8e6145ec565b505f190190565b5f5f8335601e19843603018112614eaa575f5ffd5b8301803591506001600160401b03821115614ec3575f5ffd5b60200191503681900382131561102f575f5ffd5b608081525f614ee96080830188614330565b8281036020840152614efb8188614330565b90508281036040840152614f10818688614641565b9150508260608301529695505050505050565b6001600160f81b031992909216825260601b6bffffffffffffffffffffffff1916600182015260150190565b5f60018201614f6057614f606145ec565b5060010190565b6001815b60018411156120fb57808504811115614f8657614f866145ec565b6001841615614f9457908102905b60019390931c928002614f6b565b5f82614fb057506001610c35565b81614fbc57505f610c35565b8160018114614fd25760028114614fdc57614ff8565b6001915050610c35565b60ff841115614fed57614fed6145ec565b50506001821b610c35565b5060208310610133831016604e8410600b841016171561501b575081810a610c35565b6150275f198484614f67565b805f190482111561503a5761503a6145ec565b029392505050565b5f61081c8383614fa2565b5f8261505b5761505b614bc6565b50069056fe524c505265616465723a206c656e677468206f6620636f6e74656e74206d7573a2646970667358221220f5e6e8000812f73fea91895278e380840a468e83318cb35c20dc87a0b343f91e64736f6c634300081e003360a0604052348015600e575f5ffd5b5060405161369d38038061369d833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161361261008b5f395f8181603d0152818161179f0152611b7901526136125ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80637005678d14610038578063ab3e16ad1461007c575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61008f61008a366004612fa7565b610105565b6040516100739291905f6101008201905083151582528251602083015260208301516040830152604083015160608301526060830151151560808301526001600160401b0360808401511660a083015260a0830151151560c08301526001600160401b0360c08401511660e08301529392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101829052825160ff1660101461015a576101558787878787610172565b610167565b6101678787878787610325565b979596505050505050565b5f5f5f61018288888888886105c7565b50915091505f5f610195898989896106d3565b915091505f5f6101ab8b8b8b8b60400151610815565b915091508415806101d55750815f01516001600160401b031688602001516001600160401b031614155b806101e35750858260200151105b806101ec575082155b156101ff575f965050505050505061031c565b5f61020d8d60600188610967565b90508387846020015161022091906130c5565b61022a91906130d8565b6020840152825160019084906102419083906130eb565b6001600160401b03169052508015801590610286575088604001516001600160a01b03168d606001606001602081019061027b919061310a565b6001600160a01b0316145b156102a457808360200181815161029d91906130d8565b9052505f90505b6102b68c8c8c8c6040015187876109ee565b6102cc8c8c8c8c6102c7898b6130d8565b610b1b565b80156102e2576102e28d6060018d8d8d85610b4e565b60c08c01516001600160401b03161580159061030057508b60600151155b15610310576103108c8c8c610ba1565b60019750505050505050505b95945050505050565b5f5f5f5f61033689898989896105c7565b9250925092505f61034e898989896101400151610bd9565b90505f5f6103628b8b8b8b60400151610815565b9150915084158061038c5750815f01516001600160401b031688602001516001600160401b031614155b8061039a5750858260200151105b156103ad575f965050505050505061031c565b825115806103c357508260400151886080015114155b806103e0575087608001518683602001516103de91906130c5565b105b156103f3575f965050505050505061031c565b5f610402848a60800151610da2565b90505f6104128e60600189610967565b905089608001518861042491906130d8565b8460200181815161043591906130c5565b9052508351600190859061044a9083906130eb565b6001600160401b031690525060408a015160208601516001600160a01b039182169116036104895781516020850180516104859083906130d8565b9052505b80158015906104c2575089604001516001600160a01b03168e60600160600160208101906104b7919061310a565b6001600160a01b0316145b156104e05780846020018181516104d991906130d8565b9052505f90505b6104f28d8d8d8d6040015188886109ee565b81511580159061051c575089604001516001600160a01b031685602001516001600160a01b031614155b156105505761054d8e6060018e8e8e8960200151875f6003811061054257610542613123565b602002015187610e0c565b90505b6105628d8d8d8d610140015186610e9d565b61056f8d8d8d8d8a610fb5565b8015610585576105858e6060018e8e8e85610b4e565b60c08d01516001600160401b0316158015906105a357508c60600151155b156105b3576105b38d8d8d610ba1565b5060019d9c50505050505050505050505050565b5f5f5f5f5f6105df8989896105da611144565b61115f565b509150915081610614576105f1611144565b604051635fe9b57760e01b815260040161060b9190613165565b60405180910390fd5b5f61061e8261120f565b9050610644815f8151811061063557610635613123565b602002602001015160086112ed565b935061065660a08c0160808d01613177565b6001600160401b03165f03610674575f6001955095505050506106c8565b5f6106828c60600183611300565b905061068d88611336565b6001600160401b031660c08c018190526106a8908290613190565b61012089015115806106bf57508189610120015110155b96509650505050505b955095509592505050565b5f5f5f6106e7878787876101400151610bd9565b90505f6106fb88888888610140015161135e565b5090505f5f61070f8a8a8a6105da8b61142f565b50915091508115610728576107258160206112ed565b95505b835161073b57505f935061080c92505050565b5f5f5f61074c878b60400151611468565b9250925092508261076757505f965061080c95505050505050565b5f82156107905761078d8760026020020151848a608001516001600160401b0316611563565b90505b5f821180156107ab57505f8860a001516001600160401b0316115b156107dc576107cf8760036020020151838a60a001516001600160401b0316611563565b6107d990826130d8565b90505b8981116107f457505f975061080c9650505050505050565b896107ff81836130c5565b9950995050505050505050505b94509492505050565b604080516080810182525f8082526020820181905291810182905260608101919091525f5f606160f81b846040516020016108519291906131a7565b60405160208183030381529060405290505f5f5f6108718a8a8a8761115f565b92509250925080945082610888575050505061080c565b5f61089283611614565b905080516004146108b85784604051635fe9b57760e01b815260040161060b9190613165565b6108dc815f815181106108cd576108cd613123565b60200260200101516008611627565b6001600160401b03168752805161090f908290600190811061090057610900613123565b60200260200101516020611627565b6020880152805161092d908290600290811061090057610900613123565b6040880152805161094b90829060039081106108cd576108cd613123565b6001600160401b03166060880152505050505094509492505050565b5f80610979608085016060860161310a565b6001600160a01b031614806109a8575061271061099c6060850160408601613177565b6001600160401b031610155b156109b457505f6109e8565b6109e5826109c86060860160408701613177565b6109dd906001600160401b03166127106130c5565b612710611563565b90505b92915050565b60408051600480825260a082019092525f91816020015b6060815260200190600190039081610a055750508351909150610a30906001600160401b03166116e4565b815f81518110610a4257610a42613123565b6020026020010181905250610a5a83602001516116e4565b81600181518110610a6d57610a6d613123565b6020026020010181905250610a8583604001516116e4565b81600281518110610a9857610a98613123565b6020026020010181905250610ab983606001516001600160401b03166116e4565b81600381518110610acc57610acc613123565b6020026020010181905250610b12878787606160f81b88604051602001610af49291906131a7565b604051602081830303815290604052610b0c866116f7565b87611722565b50505050505050565b5f610b258361142f565b90505f610b348787878561115f565b92505050610b1287878785610b48886116e4565b86611722565b5f80610b6b868686610b6660808c0160608d0161310a565b610815565b915091508282602001818151610b8191906130d8565b905250610b12868686610b9a60808c0160608d0161310a565b86866109ee565b5f5f610bae85858561186b565b91509150610bd2858585610bc0611144565b610b48610bcd8b896118a8565b6116f7565b5050505050565b6040805160c0810182525f808252602082018190529181018290526060808201526080810182905260a08101919091526040515f90610c2290602360f91b9085906020016131ce565b60405160208183030381529060405290505f5f610c418888888661115f565b509150915081610c5357505050610d9a565b5f610c5d82611614565b90508051601014610c835783604051635fe9b57760e01b815260040161060b9190613165565b610ca681600181518110610c9957610c99613123565b6020026020010151611926565b6001600160a01b0316602086015280515f90610cde9083906002908110610ccf57610ccf613123565b60200260200101516001611627565b6001149050610cf982600b8151811061090057610900613123565b60408701528151610d24908390600c908110610d1757610d17613123565b602002602001015161193b565b8660600181905250610d4282600d815181106108cd576108cd613123565b6001600160401b031660808701528151610d69908390600e9081106108cd576108cd613123565b6001600160401b031660a0870152808015610d9057505f86608001516001600160401b0316115b1515865250505050505b949350505050565b610daa612cfa565b610db982611b58612710611563565b602082015260a08301516001600160401b031615610de657610de0826103e8612710611563565b60408201525b60408101516020820151610dfa90846130c5565b610e0491906130c5565b815292915050565b5f5f5f610e1b89898989610815565b915091508482602001818151610e3191906130d8565b9052508315801590610e6357506001600160a01b038616610e5860808c0160608d0161310a565b6001600160a01b0316145b15610e81578382602001818151610e7a91906130d8565b9052505f93505b610e8f8989898986866109ee565b509198975050505050505050565b5f5f610eab8787878761135e565b60408051600480825260a082019092529294509092505f9190816020015b6060815260200190600190039081610ec95750508351909150610ef690610ef19060016130d8565b6116e4565b815f81518110610f0857610f08613123565b60209081029190910101525f5b6003811015610f9257610f63858260038110610f3357610f33613123565b602002015185610f448460016130d8565b60048110610f5457610f54613123565b6020020151610ef191906130d8565b82610f6f8360016130d8565b81518110610f7f57610f7f613123565b6020908102919091010152600101610f15565b50610fab888888610fa289611b58565b610b0c866116f7565b5050505050505050565b61014082015160408084015190515f92610fd792605560f81b926020016131f5565b60405160208183030381529060405290505f5f5f610ff78989898761115f565b9250925092505f5f8415611066575f61100f85611614565b905080516003146110355786604051635fe9b57760e01b815260040161060b9190613165565b61104a815f815181106108cd576108cd613123565b92506110628160018151811061090057610900613123565b9150505b604080516003808252608082019092525f91816020015b606081526020019060019003908161107d5790505090506110a2610ef18460016130d8565b815f815181106110b4576110b4613123565b60200260200101819052506110d2896080015183610ef191906130d8565b816001815181106110e5576110e5613123565b6020026020010181905250611102886001600160401b03166116e4565b8160028151811061111557611115613123565b60200260200101819052506111368c8c8c8a611130866116f7565b89611722565b505050505050505050505050565b6040805180820190915260018152606760f81b602082015290565b60208401515f9060609084811061118c57604051636c62c6b160e11b81526004810186905260240161060b565b6111978160016130d8565b6020880152611200848787848181106111b2576111b2613123565b90506020028101906111c49190613231565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250508b519150611b729050565b90989097509095509350505050565b60605f61121b83611614565b90506008815110806112385750611234600b60016130d8565b8151115b15611245576105f1611144565b80516001600160401b0381111561125e5761125e612d36565b60405190808252806020026020018201604052801561129157816020015b606081526020019060019003908161127c5790505b5091505f5b81518110156112e6576112c18282815181106112b4576112b4613123565b6020026020010151611cc0565b8382815181106112d3576112d3613123565b6020908102919091010152600101611296565b5050919050565b5f6109e56112fa84611cd4565b83611627565b5f600a8251116113115782356109e5565b6109e582600a8151811061132757611327613123565b602002602001015160206112ed565b5f81610100015160106113499190613190565b825161135490611d25565b6109e891906130d8565b611366612d18565b5f5f61137184611b58565b90505f5f5f6113828a8a8a8761115f565b92509250925080945082611399575050505061080c565b5f6113a383611614565b905080516004146113c95784604051635fe9b57760e01b815260040161060b9190613165565b6113de815f815181106108cd576108cd613123565b875260015b60048110156114205761140182828151811061090057610900613123565b88826004811061141357611413613123565b60200201526001016113e3565b50505050505094509492505050565b610140810151604080830151905160609261145292604560f81b926020016131f5565b6040516020818303038152906040529050919050565b5f8080805b856060015151811015611551575f61149487606001518381518110610d1757610d17613123565b905080516003146114e0576040516001600160601b0319606088901b16602082015260340160408051601f1981840301815290829052635fe9b57760e01b825261060b91600401613165565b856001600160a01b03166114ff825f81518110610c9957610c99613123565b6001600160a01b031603611548576001611525826001815181106108cd576108cd613123565b61153b836002815181106108cd576108cd613123565b945094509450505061155c565b5060010161146d565b505f5f5f9250925092505b9250925092565b5f5f5f6115708686611e13565b91509150815f036115945783818161158a5761158a613273565b049250505061160d565b8184116115ab576115ab6003851502601118611e2f565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b60606109e861162283611cd4565b61193b565b5f5f61163284611e40565b90508281511115801561166d57508051158061166d5750805f8151811061165b5761165b613123565b01602001516001600160f81b03191615155b6116a35760405162461bcd60e51b815260206004820152600760248201526634b73a32b3b2b960c91b604482015260640161060b565b5f5b81518110156116dc578181815181106116c0576116c0613123565b60209101015160f81c60089390931b92909217916001016116a5565b505092915050565b60606109e86116f283611f60565b61207c565b6060611702826120d4565b9050611710815160c06121e9565b8160405160200161145292919061329e565b604080516002808252606082019092525f91816020015b60608152602001906001900390816117395790505090506117598461207c565b815f8151811061176b5761176b613123565b602002602001018190525061177f8361207c565b8160018151811061179257611792613123565b60200260200101819052507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663cd4a7695856117d6846116f7565b8989878181106117e8576117e8613123565b90506020028101906117fa9190613231565b8c516040516001600160e01b031960e088901b1681526118219594939291906004016132b2565b602060405180830381865afa15801561183c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118609190613312565b909652505050505050565b60605f5f606061187f8787876105da611144565b9450909250905081611893576105f1611144565b61189c8161120f565b93505050935093915050565b60608260c001516001600160401b03165f036118c55750806109e8565b5f600b8351116118d5575f6118eb565b6118eb83600b8151811061063557610635613123565b905061191483600b61190f8760c001516001600160401b031685610ef191906130d8565b612386565b5f60c086015292508291505092915050565b5f611932826014612517565b60601c92915050565b60605f5f5f61194985612567565b91945092509050600181600181111561196457611964613329565b146119d75760405162461bcd60e51b815260206004820152603860248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206c697374206973206e6f742061206c697374206974656d0000000000000000606482015260840161060b565b84516119e383856130d8565b14611a4b5760405162461bcd60e51b815260206004820152603260248201527f524c505265616465723a206c697374206974656d2068617320616e20696e76616044820152713634b2103230ba30903932b6b0b4b73232b960711b606482015260840161060b565b604080516020808252610420820190925290816020015b604080518082019091525f8082526020820152815260200190600190039081611a625790505093505f835b8651811015611b4c575f5f611ad16040518060400160405280858c5f0151611ab591906130c5565b8152602001858c60200151611aca91906130d8565b9052612567565b509150915060405180604001604052808383611aed91906130d8565b8152602001848b60200151611b0291906130d8565b815250888581518110611b1757611b17613123565b6020908102919091010152611b2d6001856130d8565b9350611b3981836130d8565b611b4390846130d8565b92505050611a8d565b50845250919392505050565b60405160609061145290600560fc1b9084906020016131ce565b5f60605f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663120c4a228888886040518463ffffffff1660e01b8152600401611bc79392919061333d565b5f60405180830381865afa158015611be1573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611c089190810190613372565b9150915081611c2c575f60405180602001604052805f815250935093505050611cb8565b5f611c3682611614565b905080516002141580611c7857508780519060200120611c6e825f81518110611c6157611c61613123565b6020026020010151611e40565b8051906020012014155b15611c985787604051635fe9b57760e01b815260040161060b9190613165565b6001611cb082600181518110611c6157611c61613123565b945094505050505b935093915050565b60606109e882602001515f845f0151612c0e565b604080518082019091525f80825260208201525f825111611d075760405162461bcd60e51b815260040161060b906133fa565b50604080518082019091528151815260209182019181019190915290565b5f8160ff1660011480611d3b57508160ff166005145b80611d4957508160ff166006145b80611d5757508160ff16600c145b80611d6557508160ff16600f145b15611d735750611388919050565b8160ff1660071480611d8857508160ff16600d145b80611d9657508160ff166010145b80611da457508160ff166011145b15611db25750612710919050565b8160ff1660021480611dc757508160ff166008145b80611dd557508160ff16600e145b15611de35750614e20919050565b8160ff16600b03611df7575061c350919050565b8160ff16600403611e0c5750620186a0919050565b505f919050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b60605f5f5f611e4e85612567565b919450925090505f816001811115611e6857611e68613329565b14611edb5760405162461bcd60e51b815260206004820152603960248201527f524c505265616465723a206465636f646564206974656d207479706520666f7260448201527f206279746573206973206e6f7420612064617461206974656d00000000000000606482015260840161060b565b611ee582846130d8565b855114611f515760405162461bcd60e51b815260206004820152603460248201527f524c505265616465723a2062797465732076616c756520636f6e7461696e732060448201527330b71034b73b30b634b2103932b6b0b4b73232b960611b606482015260840161060b565b61031c85602001518484612c0e565b60605f82604051602001611f7691815260200190565b60408051601f1981840301815291905290505f5b6020811015611fc257818181518110611fa557611fa5613123565b01602001516001600160f81b0319165f03611fc257600101611f8a565b611fcd8160206130c5565b6001600160401b03811115611fe457611fe4612d36565b6040519080825280601f01601f19166020018201604052801561200e576020820181803683370190505b5092505f5b83518110156120745782826120278161346a565b93508151811061203957612039613123565b602001015160f81c60f81b84828151811061205657612056613123565b60200101906001600160f81b03191690815f1a905350600101612013565b505050919050565b6060815160011480156120a857506080825f8151811061209e5761209e613123565b016020015160f81c105b156120b1575090565b6120bd825160806121e9565b8260405160200161145292919061329e565b919050565b606081515f036120f1575050604080515f81526020810190915290565b5f805b835181101561212d5783818151811061210f5761210f613123565b6020026020010151518261212391906130d8565b91506001016120f4565b816001600160401b0381111561214557612145612d36565b6040519080825280601f01601f19166020018201604052801561216f576020820181803683370190505b5092505f9050602083015b8451821015612074575f85838151811061219657612196613123565b602002602001015190505f6020820190506121b383828451612c9e565b8684815181106121c5576121c5613123565b602002602001015151836121d991906130d8565b600190940193925061217a915050565b6060603883101561224d576040805160018082528183019092529060208201818036833701905050905061221d8284613482565b60f81b815f8151811061223257612232613123565b60200101906001600160f81b03191690815f1a9053506109e8565b5f60015b61225b818661349b565b15612281578161226a8161346a565b925061227a905061010082613190565b9050612251565b61228c8260016130d8565b6001600160401b038111156122a3576122a3612d36565b6040519080825280601f01601f1916602001820160405280156122cd576020820181803683370190505b5092506122da8483613482565b6122e5906037613482565b60f81b835f815181106122fa576122fa613123565b60200101906001600160f81b03191690815f1a905350600190505b8181116116dc5761010061232982846130c5565b61233590610100613589565b61233f908761349b565b6123499190613594565b60f81b83828151811061235e5761235e613123565b60200101906001600160f81b03191690815f1a9053508061237e8161346a565b915050612315565b60608284511161244e575f61239c8460016130d8565b6001600160401b038111156123b3576123b3612d36565b6040519080825280602002602001820160405280156123e657816020015b60608152602001906001900390816123d15790505b5090505f5b815181101561244a578551811061240a576124055f6116e4565b612425565b85818151811061241c5761241c613123565b60200260200101515b82828151811061243757612437613123565b60209081029190910101526001016123eb565b5093505b8184848151811061246157612461613123565b602090810291909101015283515b6008811180156124a35750846124866001836130c5565b8151811061249657612496613123565b6020026020010151516001145b80156124f65750846124b66001836130c5565b815181106124c6576124c6613123565b60200260200101515f815181106124df576124df613123565b6020910101516001600160f81b031916600160ff1b145b1561250d5780612505816135a7565b91505061246f565b8452509192915050565b5f5f61252284611e40565b90508281511461255c5760405162461bcd60e51b8152602060048201526005602482015264199a5e195960da1b604482015260640161060b565b602001519392505050565b5f5f5f5f845f01511161258c5760405162461bcd60e51b815260040161060b906133fa565b602084015180515f1a607f81116125ae575f60015f9450945094505050612c07565b60b78111612707575f6125c26080836130c5565b905080875f0151116126405760405162461bcd60e51b815260206004820152604e60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20737472696e67206c656e6774682060648201526d2873686f727420737472696e672960901b608482015260a40161060b565b6001838101516001600160f81b031916908214158061266d5750600160ff1b6001600160f81b0319821610155b6126f55760405162461bcd60e51b815260206004820152604d60248201527f524c505265616465723a20696e76616c6964207072656669782c2073696e676c60448201527f652062797465203c203078383020617265206e6f74207072656669786564202860648201526c73686f727420737472696e672960981b608482015260a40161060b565b506001955093505f9250612c07915050565b60bf8111612940575f61271b60b7836130c5565b905080875f01511161279c5760405162461bcd60e51b815260206004820152605160248201525f5160206135bd5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f6620737472696e67206c656e60648201527067746820286c6f6e6720737472696e672960781b608482015260a40161060b565b60018301516001600160f81b0319165f8190036128215760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152696e6720737472696e672960b01b608482015260a40161060b565b600184015160088302610100031c603781116128a35760405162461bcd60e51b815260206004820152604860248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e6760648201526720737472696e672960c01b608482015260a40161060b565b6128ad81846130d8565b8951116129245760405162461bcd60e51b815260206004820152604c60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e677468202860648201526b6c6f6e6720737472696e672960a01b608482015260a40161060b565b61292f8360016130d8565b975095505f9450612c079350505050565b60f781116129df575f61295460c0836130c5565b905080875f0151116129ce5760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e206c697374206c656e677468202873606482015269686f7274206c6973742960b01b608482015260a40161060b565b600195509350849250612c07915050565b5f6129eb60f7836130c5565b905080875f015111612a685760405162461bcd60e51b815260206004820152604d60248201525f5160206135bd5f395f51905f5260448201527f74206265203e207468616e206c656e677468206f66206c697374206c656e677460648201526c6820286c6f6e67206c6973742960981b608482015260a40161060b565b60018301516001600160f81b0319165f819003612aeb5760405162461bcd60e51b815260206004820152604860248201525f5160206135bd5f395f51905f5260448201527f74206e6f74206861766520616e79206c656164696e67207a65726f7320286c6f6064820152676e67206c6973742960c01b608482015260a40161060b565b600184015160088302610100031c60378111612b6b5760405162461bcd60e51b815260206004820152604660248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20353520627974657320286c6f6e67606482015265206c6973742960d01b608482015260a40161060b565b612b7581846130d8565b895111612bea5760405162461bcd60e51b815260206004820152604a60248201525f5160206135bd5f395f51905f5260448201527f742062652067726561746572207468616e20746f74616c206c656e67746820286064820152696c6f6e67206c6973742960b01b608482015260a40161060b565b612bf58360016130d8565b9750955060019450612c079350505050565b9193909250565b6060816001600160401b03811115612c2857612c28612d36565b6040519080825280601f01601f191660200182016040528015612c52576020820181803683370190505b509050811561160d575f612c6684866130d8565b9050602082015f5b84811015612c86578281015182820152602001612c6e565b84811115612c94575f858301525b5050509392505050565b8282825b60208110612cda5781518352612cb96020846130d8565b9250612cc66020836130d8565b9150612cd36020826130c5565b9050612ca2565b905182516020929092036101000a5f190180199091169116179052505050565b60405180606001604052806003906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b60405161016081016001600160401b0381118282101715612d6d57612d6d612d36565b60405290565b60405160e081016001600160401b0381118282101715612d6d57612d6d612d36565b604051601f8201601f191681016001600160401b0381118282101715612dbd57612dbd612d36565b604052919050565b8015158114612dd2575f5ffd5b50565b80356001600160401b03811681146120cf575f5ffd5b5f5f83601f840112612dfb575f5ffd5b5081356001600160401b03811115612e11575f5ffd5b6020830191508360208260051b8501011115612e2b575f5ffd5b9250929050565b803560ff811681146120cf575f5ffd5b80356001600160a01b03811681146120cf575f5ffd5b5f6001600160401b03821115612e7057612e70612d36565b50601f01601f191660200190565b5f82601f830112612e8d575f5ffd5b8135612ea0612e9b82612e58565b612d95565b818152846020838601011115612eb4575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6101608284031215612ee1575f5ffd5b612ee9612d4a565b9050612ef482612e32565b8152612f0260208301612dd5565b6020820152612f1360408301612e42565b6040820152612f2460608301612e42565b60608201526080828101359082015260a08201356001600160401b03811115612f4b575f5ffd5b612f5784828501612e7e565b60a083015250612f6960c08301612dd5565b60c082015260e0828101359082015261010080830135908201526101208083013590820152612f9b6101408301612dd5565b61014082015292915050565b5f5f5f5f5f858703610220811215612fbd575f5ffd5b610100811215612fcb575f5ffd5b86955060e060ff1982011215612fdf575f5ffd5b50612fe8612d73565b61010087013581526101208701356020820152610140870135604082015261016087013561301581612dc5565b60608201526130276101808801612dd5565b60808201526101a087013561303b81612dc5565b60a082015261304d6101c08801612dd5565b60c082015293506101e08601356001600160401b0381111561306d575f5ffd5b61307988828901612deb565b9094509250506102008601356001600160401b03811115613098575f5ffd5b6130a488828901612ed0565b9150509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109e8576109e86130b1565b808201808211156109e8576109e86130b1565b6001600160401b0381811683821601908111156109e8576109e86130b1565b5f6020828403121561311a575f5ffd5b6109e582612e42565b634e487b7160e01b5f52603260045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109e56020830184613137565b5f60208284031215613187575f5ffd5b6109e582612dd5565b80820281158282048414176109e8576109e86130b1565b6001600160f81b031992909216825260601b6001600160601b031916600182015260150190565b6001600160f81b031992909216825260c01b6001600160c01b031916600182015260090190565b6001600160f81b031993909316835260c09190911b6001600160c01b031916600183015260601b6001600160601b0319166009820152601d0190565b5f5f8335601e19843603018112613246575f5ffd5b8301803591506001600160401b0382111561325f575f5ffd5b602001915036819003821315612e2b575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f610d9a6132ac8386613287565b84613287565b608081525f6132c46080830188613137565b82810360208401526132d68188613137565b90508281036040840152848152848660208301375f602086830101526020601f19601f8701168201019150508260608301529695505050505050565b5f60208284031215613322575f5ffd5b5051919050565b634e487b7160e01b5f52602160045260245ffd5b606081525f61334f6060830186613137565b82810360208401526133618186613137565b915050826040830152949350505050565b5f5f60408385031215613383575f5ffd5b825161338e81612dc5565b60208401519092506001600160401b038111156133a9575f5ffd5b8301601f810185136133b9575f5ffd5b80516133c7612e9b82612e58565b8181528660208385010111156133db575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b6020808252604a908201527f524c505265616465723a206c656e677468206f6620616e20524c50206974656d60408201527f206d7573742062652067726561746572207468616e207a65726f20746f206265606082015269206465636f6461626c6560b01b608082015260a00190565b5f6001820161347b5761347b6130b1565b5060010190565b60ff81811683821601908111156109e8576109e86130b1565b5f826134a9576134a9613273565b500490565b6001815b6001841115611cb8578085048111156134cd576134cd6130b1565b60018416156134db57908102905b60019390931c9280026134b2565b5f826134f7575060016109e8565b8161350357505f6109e8565b816001811461351957600281146135235761353f565b60019150506109e8565b60ff841115613534576135346130b1565b50506001821b6109e8565b5060208310610133831016604e8410600b8410161715613562575081810a6109e8565b61356e5f1984846134ae565b805f1904821115613581576135816130b1565b029392505050565b5f6109e583836134e9565b5f826135a2576135a2613273565b500690565b5f816135b5576135b56130b1565b505f19019056fe524c505265616465723a206c656e677468206f6620636f6e74656e74206d7573a2646970667358221220ae94cf1553985af189ea38b177a7d997ae1720c3c809856785e3c59e93a7f59964736f6c634300081e0033",
}

// StepVerifier is an auto generated Go binding around an Ethereum contract.
type StepVerifier struct {
	abi abi.ABI
}

// NewStepVerifier creates a new instance of StepVerifier.
func NewStepVerifier() *StepVerifier {
	parsed, err := StepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address trie_, address rounds_) returns()
func (stepVerifier *StepVerifier) PackConstructor(trie_ common.Address, rounds_ common.Address) []byte {
	enc, err := stepVerifier.abi.Pack("", trie_, rounds_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecodeTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1992c7ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decodeTx(bytes b, uint64 chainId) pure returns((uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d)
func (stepVerifier *StepVerifier) PackDecodeTx(b []byte, chainId uint64) []byte {
	enc, err := stepVerifier.abi.Pack("decodeTx", b, chainId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecodeTx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1992c7ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decodeTx(bytes b, uint64 chainId) pure returns((uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d)
func (stepVerifier *StepVerifier) TryPackDecodeTx(b []byte, chainId uint64) ([]byte, error) {
	return stepVerifier.abi.Pack("decodeTx", b, chainId)
}

// UnpackDecodeTx is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1992c7ae.
//
// Solidity: function decodeTx(bytes b, uint64 chainId) pure returns((uint8,uint64,address,address,uint256,bytes,uint64,bytes32,uint256,uint256,uint64) d)
func (stepVerifier *StepVerifier) UnpackDecodeTx(data []byte) (StepStateTx, error) {
	out, err := stepVerifier.abi.Unpack("decodeTx", data)
	if err != nil {
		return *new(StepStateTx), err
	}
	out0 := *abi.ConvertType(out[0], new(StepStateTx)).(*StepStateTx)
	return out0, nil
}

// PackEconomy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8820f6bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function economy() view returns(address)
func (stepVerifier *StepVerifier) PackEconomy() []byte {
	enc, err := stepVerifier.abi.Pack("economy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEconomy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8820f6bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function economy() view returns(address)
func (stepVerifier *StepVerifier) TryPackEconomy() ([]byte, error) {
	return stepVerifier.abi.Pack("economy")
}

// UnpackEconomy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8820f6bd.
//
// Solidity: function economy() view returns(address)
func (stepVerifier *StepVerifier) UnpackEconomy(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("economy", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x453a7ea5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, bytes32 preRoot, bytes input, bytes[] witness) view returns(bool valid, bytes32 postRoot, bytes32 withdrawalLeaf)
func (stepVerifier *StepVerifier) PackExecute(ctx StepStateContext, preRoot [32]byte, input []byte, witness [][]byte) []byte {
	enc, err := stepVerifier.abi.Pack("execute", ctx, preRoot, input, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x453a7ea5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, bytes32 preRoot, bytes input, bytes[] witness) view returns(bool valid, bytes32 postRoot, bytes32 withdrawalLeaf)
func (stepVerifier *StepVerifier) TryPackExecute(ctx StepStateContext, preRoot [32]byte, input []byte, witness [][]byte) ([]byte, error) {
	return stepVerifier.abi.Pack("execute", ctx, preRoot, input, witness)
}

// ExecuteOutput serves as a container for the return parameters of contract
// method Execute.
type ExecuteOutput struct {
	Valid          bool
	PostRoot       [32]byte
	WithdrawalLeaf [32]byte
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x453a7ea5.
//
// Solidity: function execute((uint64,address,address,(uint256,uint64,uint64,address),uint256) ctx, bytes32 preRoot, bytes input, bytes[] witness) view returns(bool valid, bytes32 postRoot, bytes32 withdrawalLeaf)
func (stepVerifier *StepVerifier) UnpackExecute(data []byte) (ExecuteOutput, error) {
	out, err := stepVerifier.abi.Unpack("execute", data)
	outstruct := new(ExecuteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Valid = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.PostRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.WithdrawalLeaf = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackGlobalsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe49ea6fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function globalsAt(bytes32 root, bytes proof) view returns(uint64 height, uint64 deposits, uint64 forced)
func (stepVerifier *StepVerifier) PackGlobalsAt(root [32]byte, proof []byte) []byte {
	enc, err := stepVerifier.abi.Pack("globalsAt", root, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGlobalsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe49ea6fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function globalsAt(bytes32 root, bytes proof) view returns(uint64 height, uint64 deposits, uint64 forced)
func (stepVerifier *StepVerifier) TryPackGlobalsAt(root [32]byte, proof []byte) ([]byte, error) {
	return stepVerifier.abi.Pack("globalsAt", root, proof)
}

// GlobalsAtOutput serves as a container for the return parameters of contract
// method GlobalsAt.
type GlobalsAtOutput struct {
	Height   uint64
	Deposits uint64
	Forced   uint64
}

// UnpackGlobalsAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe49ea6fd.
//
// Solidity: function globalsAt(bytes32 root, bytes proof) view returns(uint64 height, uint64 deposits, uint64 forced)
func (stepVerifier *StepVerifier) UnpackGlobalsAt(data []byte) (GlobalsAtOutput, error) {
	out, err := stepVerifier.abi.Unpack("globalsAt", data)
	outstruct := new(GlobalsAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Height = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Deposits = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Forced = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2e800ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rounds() view returns(address)
func (stepVerifier *StepVerifier) PackRounds() []byte {
	enc, err := stepVerifier.abi.Pack("rounds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2e800ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rounds() view returns(address)
func (stepVerifier *StepVerifier) TryPackRounds() ([]byte, error) {
	return stepVerifier.abi.Pack("rounds")
}

// UnpackRounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2e800ad.
//
// Solidity: function rounds() view returns(address)
func (stepVerifier *StepVerifier) UnpackRounds(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("rounds", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTrie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7005678d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trie() view returns(address)
func (stepVerifier *StepVerifier) PackTrie() []byte {
	enc, err := stepVerifier.abi.Pack("trie")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrie is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7005678d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trie() view returns(address)
func (stepVerifier *StepVerifier) TryPackTrie() ([]byte, error) {
	return stepVerifier.abi.Pack("trie")
}

// UnpackTrie is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7005678d.
//
// Solidity: function trie() view returns(address)
func (stepVerifier *StepVerifier) UnpackTrie(data []byte) (common.Address, error) {
	out, err := stepVerifier.abi.Unpack("trie", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stepVerifier *StepVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["MalformedEntry"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackMalformedEntryError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["Unsupported"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackUnsupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stepVerifier.abi.Errors["WitnessShort"].ID.Bytes()[:4]) {
		return stepVerifier.UnpackWitnessShortError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StepVerifierMalformedEntry represents a MalformedEntry error raised by the StepVerifier contract.
type StepVerifierMalformedEntry struct {
	Key []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedEntry(bytes key)
func StepVerifierMalformedEntryErrorID() common.Hash {
	return common.HexToHash("0x5fe9b5770500c17e7df99aa09c63106796d43902a03ea6cdc6146252485c98ce")
}

// UnpackMalformedEntryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedEntry(bytes key)
func (stepVerifier *StepVerifier) UnpackMalformedEntryError(raw []byte) (*StepVerifierMalformedEntry, error) {
	out := new(StepVerifierMalformedEntry)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "MalformedEntry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierUnsupported represents a Unsupported error raised by the StepVerifier contract.
type StepVerifierUnsupported struct {
	TxType uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unsupported(uint8 txType)
func StepVerifierUnsupportedErrorID() common.Hash {
	return common.HexToHash("0x7bb9ae153fd53d27fdb1d737c98425435d2739cc2a594cfacfd7858c6949f329")
}

// UnpackUnsupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unsupported(uint8 txType)
func (stepVerifier *StepVerifier) UnpackUnsupportedError(raw []byte) (*StepVerifierUnsupported, error) {
	out := new(StepVerifierUnsupported)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "Unsupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StepVerifierWitnessShort represents a WitnessShort error raised by the StepVerifier contract.
type StepVerifierWitnessShort struct {
	Have *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessShort(uint256 have)
func StepVerifierWitnessShortErrorID() common.Hash {
	return common.HexToHash("0xd8c58d6207b748795d5c06a8e9a41e63a9631f8e0de88e67a233d918cf18d020")
}

// UnpackWitnessShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessShort(uint256 have)
func (stepVerifier *StepVerifier) UnpackWitnessShortError(raw []byte) (*StepVerifierWitnessShort, error) {
	out := new(StepVerifierWitnessShort)
	if err := stepVerifier.abi.UnpackIntoInterface(out, "WitnessShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}
