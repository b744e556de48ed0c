package bindings

import "github.com/ethereum/go-ethereum/common"

// LossVerifierCodeHash is keccak256 of LossVerifier's runtime code in
// ../contracts/out/combined.json: the code hash of every deployed devnet verifier, since the
// devnet key is compiled into the contract. A node checks the devnet circuit's registered
// verifier against it (deploy.Deployment.CheckVerifier). TestLossVerifierCodeHash fails when
// it is stale and prints the new value.
var LossVerifierCodeHash = common.HexToHash("0xbe434ae9bbcabf5858fa67889938f13001ccb6cb10f596ef760e05f60ab4cb3e")
