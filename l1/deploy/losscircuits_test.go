package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	ethereum "github.com/ethereum/go-ethereum"

	"github.com/neuron-rollup/neuron/circuits/poseidon"
	"github.com/neuron-rollup/neuron/circuits/sampledloss"
	"github.com/neuron-rollup/neuron/da/dataset"
	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/deploy"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/lossverify"
	"github.com/neuron-rollup/neuron/rollup"
)

// lossCircuits is a LossCircuits contract on a simulated chain of its own.
type lossCircuits struct {
	chain *simchain.Chain
	c     *bindings.LossCircuits
	inst  *bind.BoundContract
	addr  common.Address
}

// newLossCircuits deploys a LossCircuits with the table (keys, circuits).
func newLossCircuits(tb testing.TB, keys, circuits []common.Hash) *lossCircuits {
	tb.Helper()
	c := bindings.NewLossCircuits()
	chain, addr := deployAlone(tb, "loss circuits", bindings.LossCircuitsMetaData.Bin, c.PackConstructor(toWords(keys), toWords(circuits)), "LossCircuits")
	return &lossCircuits{chain: chain, c: c, inst: c.Instance(chain, addr), addr: addr}
}

func toWords(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func lcCall[T any](tb testing.TB, l *lossCircuits, data []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := bind.Call(l.inst, nil, data, unpack)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// gas is eth_estimateGas of calling the contract with data.
func (l *lossCircuits) gas(tb testing.TB, data []byte) uint64 {
	tb.Helper()
	g, err := l.chain.EstimateGas(context.Background(), ethereum.CallMsg{To: &l.addr, Data: data})
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func elem(b *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(b)
	return e
}

func frInt(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// checkPoseidon fails unless the contract's permute, compress and hash of xs equal the Go
// functions' (gnark-crypto's permutation, circuits/poseidon), every input reduced mod r.
func checkPoseidon(tb testing.TB, l *lossCircuits, xs []*big.Int) {
	tb.Helper()
	a, b := new(big.Int), new(big.Int)
	if len(xs) > 0 {
		a = xs[0]
	}
	if len(xs) > 1 {
		b = xs[1]
	}
	st := [2]fr.Element{elem(a), elem(b)}
	if err := p2.NewDefaultPermutation().Permutation(st[:]); err != nil {
		tb.Fatal(err)
	}
	perm := lcCall(tb, l, l.c.PackPermute(a, b), l.c.UnpackPermute)
	if perm.Arg0.Cmp(frInt(st[0])) != 0 || perm.Arg1.Cmp(frInt(st[1])) != 0 {
		tb.Fatalf("permute(%x, %x) = (%x, %x), Go (%x, %x)", a, b, perm.Arg0, perm.Arg1, frInt(st[0]), frInt(st[1]))
	}
	if got, want := lcCall(tb, l, l.c.PackCompress(a, b), l.c.UnpackCompress), frInt(poseidon.Compress(elem(a), elem(b))); got.Cmp(want) != 0 {
		tb.Fatalf("compress(%x, %x) = %x, Go %x", a, b, got, want)
	}
	es := make([]fr.Element, len(xs))
	for i, x := range xs {
		es[i] = elem(x)
	}
	if got, want := lcCall(tb, l, l.c.PackHash(xs), l.c.UnpackHash), frInt(poseidon.Hash(es...)); got.Cmp(want) != 0 {
		tb.Fatalf("hash of %d elements = %x, Go %x", len(xs), got, want)
	}
}

// TestPoseidon2 checks the Solidity Poseidon2 (l1/contracts/src/Poseidon2.sol) against
// circuits/poseidon on fixed vectors (zero, small, r - 1, r, 2^256 - 1: inputs are reduced as
// fr.Element.SetBytes reduces) and a real claim's digest, and logs its gas.
func TestPoseidon2(t *testing.T) {
	l := newLossCircuits(t, nil, nil)
	r := fr.Modulus()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	rm1 := new(big.Int).Sub(r, big.NewInt(1))
	n := func(v int64) *big.Int { return big.NewInt(v) }
	for _, xs := range [][]*big.Int{
		nil, {n(0)}, {n(1)}, {n(0), n(0)}, {n(1), n(2)}, {rm1, rm1}, {r, n(1)}, {max, max},
		{n(1), n(2), n(3)}, {rm1, n(0), r, max, n(7), n(8), n(9), n(10), n(11)},
	} {
		checkPoseidon(t, l, xs)
	}

	// A real claim: the devnet circuit's weight commitment and dataset and trace roots, a seed
	// above r (reduced), a trainer, MLSC and round.
	p := sampledloss.DevnetParams()
	rng := rand.New(rand.NewPCG(14, 3))
	weights := randomWeights(p, rng)
	claim := newLossSet(t, p, rng, 200).claimOf(weights)
	claim.Trainer, claim.MLSC, claim.Round = [20]byte{0x4e, 0x52, 0x4e, 19: 0xff}, 3, 7
	for i := range claim.Seed {
		claim.Seed[i] = 0xff - byte(i)
	}
	lc := bindings.LossCircuitsClaim{WeightCommitment: claim.WeightCommitment, DatasetRoot: claim.DatasetRoot, N: claim.N,
		TraceRoot: claim.TraceRoot, ClaimedLossSum: claim.ClaimedLossSum, Seed: claim.Seed, Trainer: claim.Trainer,
		Mlsc: claim.MLSC, Round: claim.Round}
	want := claim.Digest()
	if got := lcCall(t, l, l.c.PackClaimDigest(lc), l.c.UnpackClaimDigest); common.BigToHash(got) != want {
		t.Fatalf("claimDigest = %x, sampledloss.Claim.Digest %x", got, want)
	}

	// Gas: a call's intrinsic cost (21,000 and its calldata) is in each estimate; the
	// difference between hashing 18 and 9 elements is 9 compressions and 9 words of calldata.
	words := func(k int) []*big.Int {
		out := make([]*big.Int, k)
		for i := range out {
			out[i] = new(big.Int).Sub(r, big.NewInt(int64(i+1)))
		}
		return out
	}
	g9, g18 := l.gas(t, l.c.PackHash(words(9))), l.gas(t, l.c.PackHash(words(18)))
	t.Logf("gas: permute call %d, claimDigest call %d, hash of 9 words call %d, per further element %d (with 32 bytes of calldata, 512)",
		l.gas(t, l.c.PackPermute(rm1, rm1)), l.gas(t, l.c.PackClaimDigest(lc)), g9, (g18-g9)/9)
}

// FuzzPoseidon2: the Solidity Poseidon2 equals circuits/poseidon on random inputs (up to 12
// words from the fuzz bytes, the first two permuted and compressed).
func FuzzPoseidon2(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, 64))
	f.Add(bytesOf(0xff, 96))
	l := newLossCircuits(f, nil, nil)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 12*32 {
			raw = raw[:12*32]
		}
		var xs []*big.Int
		for len(raw) > 0 {
			k := min(len(raw), 32)
			xs = append(xs, new(big.Int).SetBytes(raw[:k]))
			raw = raw[k:]
		}
		checkPoseidon(t, l, xs)
	})
}

func bytesOf(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}

// tableParams are circuits the table tests put in a chain's key set: the devnet circuit, two
// more of its shape, a cross-entropy one and one no spec maps to (squared error in version 2).
var tableParams = []string{
	sampledloss.DevnetParams().String(), "16-8-4/mse k=8 depth=1", "16-8-4/mse k=1024 depth=32",
	"784-100-10/xent k=32 depth=16 v2", "16-8-4/mse k=8 depth=9 v2",
}

// TestCircuitTable: LossCircuits (deployed by deploy.Deploy from the chain's key set) maps a
// spec to the circuit id lossverify.Verifier.CircuitID gives, and to zero exactly when
// Verifier.Supports refuses a spec that passes MLSCSpec.Validate; paramsKey and depthOf are
// l1.ParamsKey's and dataset.Depth's twins.
func TestCircuitTable(t *testing.T) {
	keys := map[string][]byte{}
	for _, s := range tableParams {
		keys[s] = sampledloss.DevnetVerifyingKey()
	}
	e := newEnvWith(t, func(c *deploy.Config) { c.Circuits = keys })
	lc := &lossCircuits{chain: e.chain, c: e.d.LossCircuits.Binding, inst: e.d.LossCircuits.Instance, addr: e.d.LossCircuits.Address}
	v := lossverify.New(keys)

	if got := lcCall(t, lc, lc.c.PackCircuitCount(), lc.c.UnpackCircuitCount); got.Int64() != int64(len(tableParams)-1) {
		t.Errorf("circuitCount = %d, want %d (the v2 squared-error circuit left out)", got, len(tableParams)-1)
	}
	for _, s := range append(tableParams, "8-2/xent k=3 depth=5 v2", "4096-4096-4096-4096-4096-4096-4096-4096/mse k=1024 depth=32") {
		p, err := sampledloss.ParseParams(s)
		if err != nil {
			t.Fatal(err)
		}
		layers := make([]uint32, len(p.Shape.Layers))
		for i, n := range p.Shape.Layers {
			layers[i] = uint32(n)
		}
		if got := lcCall(t, lc, lc.c.PackParamsKey(layers, uint8(p.Shape.Loss), uint32(p.K), uint32(p.Depth)), lc.c.UnpackParamsKey); common.Hash(got) != l1.ParamsKey(p) {
			t.Errorf("paramsKey(%s) = %x, l1.ParamsKey %x", s, got, l1.ParamsKey(p))
		}
	}
	for _, n := range []uint64{0, 1, 2, 3, 4, 5, 200, 255, 256, 257, 60000, 1 << 32, 1<<32 + 1, 1<<63 - 1, 1 << 63, 1<<64 - 1} {
		if got, want := lcCall(t, lc, lc.c.PackDepthOf(n), lc.c.UnpackDepthOf), dataset.Depth(int(n)); int(got) != want {
			t.Errorf("depthOf(%d) = %d, dataset.Depth %d", n, got, want)
		}
	}

	rng := rand.New(rand.NewPCG(14, 2))
	shapes := [][]uint32{{16, 8, 4}, {784, 100, 10}, {16, 8}, {16, 0, 4}, {}, {16, 8, 4, 2}, {4097, 2}}
	ks := []uint32{0, 1, 7, 8, 32, 1024, 1025}
	sizes := []uint64{0, 1, 2, 3, 200, 256, 257, 511, 60000, 1 << 32, 1 << 63, 1<<64 - 1}
	supported := 0
	for range 300 {
		spec := &rollup.MLSCSpec{Layers: shapes[rng.IntN(len(shapes))], Loss: uint8(rng.IntN(4)), DatasetCID: []byte{1},
			DatasetSize: sizes[rng.IntN(len(sizes))], Optimizer: 1, BatchSize: 1, SampleCount: ks[rng.IntN(len(ks))],
			CommitBlocks: 1, RevealBlocks: 1, ProofBlocks: 1, MaxRounds: 1}
		if spec.Validate() != nil {
			continue
		}
		got := lcCall(t, lc, lc.c.PackCircuitFor(spec.Layers, spec.Loss, spec.SampleCount, spec.DatasetSize), lc.c.UnpackCircuitFor)
		id, err := v.CircuitID(spec)
		if supErr := v.Supports(spec); (supErr == nil) != (err == nil) {
			t.Fatalf("%+v: Supports %v but CircuitID %v", spec, supErr, err)
		}
		switch {
		case err != nil && got != [32]byte{}:
			t.Errorf("spec %v/%d k=%d n=%d: L1 circuit %x, L2 does not support it (%v)", spec.Layers, spec.Loss, spec.SampleCount, spec.DatasetSize, got, err)
		case err == nil && common.Hash(got) != id:
			t.Errorf("spec %v/%d k=%d n=%d: L1 circuit %x, L2 %x", spec.Layers, spec.Loss, spec.SampleCount, spec.DatasetSize, got, id)
		case err == nil:
			supported++
		}
	}
	if supported == 0 {
		t.Error("no random spec was supported")
	}

	// Distinct ids land under their own params.
	ids := map[string]common.Hash{}
	for i, s := range tableParams {
		ids[s] = common.Hash{byte(i + 1)}
	}
	tk, tc, err := l1.CircuitTable(ids)
	if err != nil {
		t.Fatal(err)
	}
	own := newLossCircuits(t, tk, tc)
	for i, s := range tableParams[:len(tableParams)-1] {
		p, _ := sampledloss.ParseParams(s)
		if got := lcCall(t, own, own.c.PackCircuitOf(l1.ParamsKey(p)), own.c.UnpackCircuitOf); got != [32]byte{byte(i + 1)} {
			t.Errorf("circuitOf(%s) = %x, want %x", s, got, byte(i+1))
		}
	}
}

// TestCircuitTableRefused: LossCircuits' constructor refuses a table whose arrays differ in
// length, with a zero key or id, or a key twice; CircuitTable a parameter string that does not
// parse or a zero id; Deploy a key set with a key that has no circuit id.
func TestCircuitTableRefused(t *testing.T) {
	a, b := common.Hash{1}, common.Hash{2}
	for name, tab := range map[string][2][]common.Hash{
		"lengths":   {{a, b}, {a}},
		"zero key":  {{{}}, {a}},
		"zero id":   {{a}, {{}}},
		"key twice": {{a, a}, {a, b}},
	} {
		key, _ := crypto.GenerateKey()
		from := crypto.PubkeyToAddress(key.PublicKey)
		chain := simchain.New(types.GenesisAlloc{from: {Balance: nrn(1)}})
		_, _, err := bind.DeployContract(bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID)), common.FromHex(bindings.LossCircuitsMetaData.Bin),
			chain, bindings.NewLossCircuits().PackConstructor(toWords(tab[0]), toWords(tab[1])))
		_ = chain.Close()
		if err == nil {
			t.Errorf("%s: deployed", name)
		} else {
			wantRevert(t, err, crypto.Keccak256Hash([]byte("BadTable(uint256)")))
		}
	}
	for name, ids := range map[string]map[string]common.Hash{
		"bad params": {"16-8-4/mse k=8": a},
		"zero id":    {sampledloss.DevnetParams().String(): {}},
	} {
		if _, _, err := l1.CircuitTable(ids); !errors.Is(err, l1.ErrBadTable) {
			t.Errorf("%s: %v, want ErrBadTable", name, err)
		}
	}
	cfg := deploy.Config{L2ChainID: 1, Sequencer: a20, GenesisHolder: a20, InitialSupply: nrn(1),
		Circuits: map[string][]byte{sampledloss.DevnetParams().String(): {1, 2, 3}}}
	if err := cfg.Check(); !errors.Is(err, deploy.ErrInvalidConfig) || !strings.Contains(err.Error(), "circuit table") {
		t.Errorf("Check with a key that does not parse: %v", err)
	}
}

var a20 = common.Address{0xa}

// TestCheckCircuits: CheckCircuits accepts the key set and minimum bounty the deployment was
// made with and refuses another key set (fewer circuits, or as many with other parameters)
// or minimum bounty, with ErrCircuitsMismatch.
func TestCheckCircuits(t *testing.T) {
	e := newEnvWith(t, func(c *deploy.Config) { c.Circuits, c.MinBounty = testCircuits(), big.NewInt(5) })
	if err := e.d.CheckCircuits(e.ctx, testCircuits(), big.NewInt(5)); err != nil {
		t.Fatalf("the deployment's own: %v", err)
	}
	vk := sampledloss.DevnetVerifyingKey()
	for name, tc := range map[string]struct {
		keys      map[string][]byte
		minBounty *big.Int
	}{
		"fewer circuits":   {map[string][]byte{sampledloss.DevnetParams().String(): vk}, big.NewInt(5)},
		"other parameters": {map[string][]byte{sampledloss.DevnetParams().String(): vk, "16-8-4/mse k=4 depth=9": vk}, big.NewInt(5)},
		"other bounty":     {testCircuits(), nil},
	} {
		if err := e.d.CheckCircuits(e.ctx, tc.keys, tc.minBounty); !errors.Is(err, deploy.ErrCircuitsMismatch) {
			t.Errorf("%s: %v, want ErrCircuitsMismatch", name, err)
		}
	}
}
