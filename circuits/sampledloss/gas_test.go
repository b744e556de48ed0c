package sampledloss

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/neuron-rollup/neuron/circuits/mlp"
)

// solcScript compiles the Solidity file argv[1] with the pinned solc-js of
// l1/contracts (optimizer 200 runs, cancun, as l1/contracts/scripts/compile.js)
// and prints {"abi":..., "bin":...} of contract LossVerifier.
const solcScript = `
const fs = require('fs'); const solc = require(process.argv[2]);
const input = {language: 'Solidity', sources: {'v.sol': {content: fs.readFileSync(process.argv[1], 'utf8')}},
  settings: {optimizer: {enabled: true, runs: 200}, evmVersion: 'cancun',
    outputSelection: {'*': {'*': ['abi', 'evm.bytecode.object']}}}};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
for (const e of out.errors || []) if (e.severity === 'error') { console.error(e.formattedMessage); process.exit(1); }
const c = out.contracts['v.sol'].LossVerifier;
console.log(JSON.stringify({abi: c.abi, bin: c.evm.bytecode.object}));
`

// TestL1GasV2 measures, on ethclient/simulated, the gas of a transaction
// calling verifyProof of the Solidity verifier exported for a version-2
// key (one public input, one Pedersen commitment). The verifier's cost does
// not depend on the circuit's size, so a small version-2 shape measures the
// Fashion-MNIST verifier's gas. It needs node and l1/contracts/node_modules
// (npm ci there); it skips otherwise and in -short mode.
func TestL1GasV2(t *testing.T) {
	if testing.Short() {
		t.Skip("sets up keys and compiles Solidity")
	}
	solcPath, _ := filepath.Abs(filepath.Join(repoRoot, "l1/contracts/node_modules/solc"))
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	if _, err := os.Stat(solcPath); err != nil {
		t.Skip("l1/contracts/node_modules/solc missing (npm ci in l1/contracts)")
	}
	for _, tc := range []struct {
		name string
		p    Params
	}{
		{"v1-devnet-shape", Params{Shape: mlp.Shape{Layers: []int{4, 3, 2}, Loss: mlp.SquaredError}, K: 1, Depth: 2}},
		{"v2", smallV2(mlp.CrossEntropy)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			k, err := LoadOrSetup(dir, tc.p)
			if err != nil {
				t.Fatal(err)
			}
			f := newFixture(t, tc.p, 4, 3)
			proof, err := k.Prove(f.assignment(t))
			if err != nil {
				t.Fatal(err)
			}
			var src bytes.Buffer
			if err := ExportSolidity(k.VerifyingKeyBytes(), &src); err != nil {
				t.Fatal(err)
			}
			solFile := filepath.Join(dir, "v.sol")
			if err := os.WriteFile(solFile, src.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(node, "-e", solcScript, solFile, solcPath).Output()
			if err != nil {
				t.Fatalf("solc: %v", err)
			}
			var compiled struct {
				ABI json.RawMessage `json:"abi"`
				Bin string          `json:"bin"`
			}
			if err := json.Unmarshal(out, &compiled); err != nil {
				t.Fatal(err)
			}
			parsed, err := abi.JSON(strings.NewReader(string(compiled.ABI)))
			if err != nil {
				t.Fatal(err)
			}
			code, err := hex.DecodeString(compiled.Bin)
			if err != nil {
				t.Fatal(err)
			}
			digest := f.claim.Digest()
			data, err := parsed.Pack("verifyProof", proof, [1]*big.Int{new(big.Int).SetBytes(digest[:])})
			if err != nil {
				t.Fatal(err)
			}
			gas := simulatedCallGas(t, code, data)
			t.Logf("%s: verifyProof transaction gas %d (proof %d bytes, calldata %d bytes, 21000 base included)", tc.p, gas, len(proof), len(data))
			bad := bytes.Clone(data)
			bad[len(bad)-1] ^= 1 // another digest
			if simulatedCallGas(t, code, bad) != 0 {
				t.Fatal("verifier accepted a proof for another digest")
			}
		})
	}
}

// simulatedCallGas deploys code on a fresh simulated chain and returns the
// estimated gas of a transaction calling it with data, or 0 if it reverts.
func simulatedCallGas(t *testing.T, code, data []byte) uint64 {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	defer sim.Close()
	c := sim.Client()
	ctx := context.Background()
	addr := sendTx(t, ctx, c, key, nil, code)
	sim.Commit()
	rec, err := c.TransactionReceipt(ctx, addr)
	if err != nil || rec.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy: %v", err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &rec.ContractAddress, Data: data})
	if err != nil {
		return 0
	}
	return gas
}

func sendTx(t *testing.T, ctx context.Context, c simulated.Client, key *ecdsa.PrivateKey, to *common.Address, data []byte) common.Hash {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 10_000_000, To: to, Data: data}), types.LatestSignerForChainID(chainID), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx.Hash()
}
