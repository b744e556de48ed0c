package deploy_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepTrieUpdate: StepTrie.update gives go-ethereum's root on tries of 0 to 300 keys shaped
// as the L2 state's (keccak256 keys, values over 32 bytes), both for a key the proof shows
// present (StepTrie's own rewrite of the leaf and the nodes above it) and for a key it shows
// absent (Lib_SecureMerkleTrie.update's insertion: below a branch, beside a leaf, splitting an
// extension, into an empty trie), with values that grow and shrink the leaf; a rewrite costs at
// most 0.6 of the library's on the same proof; a proof against another root, a proof with a
// node changed, and another key's proof revert.
func TestStepTrieUpdate(t *testing.T) {
	chain, addr, st, inst := deployStepTrie(t, "step trie update")
	update := func(k, v, proof []byte, root common.Hash) (common.Hash, error) {
		out, err := bind.Call(inst, nil, st.PackUpdate(k, v, proof, root), st.UnpackUpdate)
		return common.Hash(out), err
	}
	entry := func(k []byte, size int) []byte { // rlp([key, value]) as the L2 state stores it
		v, _ := rlp.EncodeToBytes([][]byte{k, bytes.Repeat([]byte{byte(size)}, size)})
		return v
	}
	rewrites, inserts := 0, 0
	for _, n := range []int{0, 1, 2, 3, 5, 17, 40, 120, 300} {
		tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
		keys := make([][]byte, n)
		for i := range keys {
			keys[i] = []byte(fmt.Sprintf("key %d of %d", i, n))
			tr.MustUpdate(crypto.Keccak256(keys[i]), entry(keys[i], 40))
		}
		if n == 3 { // an extension over a branch with an extension child: inserting splits them
			keys = extensionKeys()
			tr = trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
			for _, k := range keys[:2] {
				tr.MustUpdate(crypto.Keccak256(k), entry(k, 40))
			}
		}
		// Rewrites of present keys (shorter, longer, equal values), then insertions.
		var todo [][]byte
		for i := 0; i < len(keys) && i < 40; i++ {
			todo = append(todo, keys[i])
		}
		if n == 3 {
			todo = append([][]byte(nil), keys[:2]...)
		}
		for i := range 12 {
			todo = append(todo, []byte(fmt.Sprintf("new %d of %d", i, n)))
		}
		if n == 3 {
			todo = append(todo, keys[2])
		}
		for i, k := range todo {
			root := tr.Hash()
			hk := crypto.Keccak256(k)
			old, _ := tr.Get(hk)
			proof, err := orderedProof(tr, hk)
			if err != nil {
				t.Fatal(err)
			}
			v := entry(k, []int{1, 40, 200}[i%3])
			got, err := update(k, v, proof, root)
			if err != nil {
				t.Fatalf("%d keys, write %q: %v", n, k, err)
			}
			tr.MustUpdate(hk, v)
			if want := tr.Hash(); got != want {
				t.Fatalf("%d keys, write %q (present %v): L1 root %x, go-ethereum's %x", n, k, old != nil, got, want)
			}
			if old == nil {
				inserts++
				continue
			}
			rewrites++
			if _, err := update(k, v, proof, crypto.Keccak256Hash(root[:])); err == nil {
				t.Fatalf("%d keys: a proof against another root is taken", n)
			}
			var nodes [][]byte
			if err := rlp.DecodeBytes(proof, &nodes); err != nil {
				t.Fatal(err)
			}
			last := len(nodes) - 1
			nodes[last] = append(bytes.Clone(nodes[last][:len(nodes[last])-1]), nodes[last][len(nodes[last])-1]^1)
			forged, _ := rlp.EncodeToBytes(nodes)
			if _, err := update(k, v, forged, root); err == nil {
				t.Fatalf("%d keys: a proof with its leaf changed is taken", n)
			}
			// Another present key's proof (an absent key's goes to the library, which trusts the
			// read before it to have checked the absence: StepState writes with the proof it read).
			if other := keys[(i+1)%len(keys)]; n > 1 && !bytes.Equal(other, k) {
				if v, _ := tr.Get(crypto.Keccak256(other)); v != nil {
					p, err := orderedProof(tr, crypto.Keccak256(other))
					if err != nil {
						t.Fatal(err)
					}
					if _, err := update(k, v, p, tr.Hash()); err == nil {
						t.Fatalf("%d keys: the proof of %q is taken for %q", n, other, k)
					}
				}
			}
		}
	}
	if rewrites == 0 || inserts == 0 {
		t.Fatalf("%d rewrites, %d insertions", rewrites, inserts)
	}
	// The rewrite costs well under the library's update of the same key, which was 436,312
	// execution gas at two nodes a proof and 97k more a node (TestStepTrieGasVsDepth before the
	// rewrite; now 172k and 63k): at most 100k + 70k a node, on a trie of 4,096 keys.
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	for i := range 4096 {
		k := rollup.AccountKey(common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("depth %d", i)))))
		tr.MustUpdate(crypto.Keccak256(k), entry(k, 70))
	}
	k := rollup.AccountKey(common.BytesToAddress(crypto.Keccak256([]byte("depth 7"))))
	proof, err := orderedProof(tr, crypto.Keccak256(k))
	if err != nil {
		t.Fatal(err)
	}
	var nodes [][]byte
	if err := rlp.DecodeBytes(proof, &nodes); err != nil {
		t.Fatal(err)
	}
	data := st.PackUpdate(k, entry(k, 71), proof, tr.Hash())
	g, err := chain.EstimateGas(context.Background(), callMsg(addr, data))
	if err != nil {
		t.Fatal(err)
	}
	g -= 21_000
	for _, b := range data {
		g -= map[bool]uint64{true: 4, false: 16}[b == 0]
	}
	t.Logf("%d rewrites, %d insertions; a rewrite with a proof of %d nodes: %d execution gas", rewrites, inserts, len(nodes), g)
	if limit := uint64(100_000 + 70_000*len(nodes)); g > limit {
		t.Fatalf("a rewrite with a proof of %d nodes costs %d gas, more than %d: StepTrie's own rewrite is not used", len(nodes), g, limit)
	}
}

// orderedProof is the RLP list of the nodes from tr's root to key hk (or to where it would be):
// rollup.Tracer's witness entry.
func orderedProof(tr *trie.Trie, hk []byte) ([]byte, error) {
	var p proofList
	if err := tr.Prove(hk, &p); err != nil {
		return nil, err
	}
	return rlp.EncodeToBytes([][]byte(p))
}

// proofList collects trie.Prove's nodes in the order it writes them (root first).
type proofList [][]byte

func (p *proofList) Put(_ []byte, v []byte) error {
	*p = append(*p, bytes.Clone(v))
	return nil
}

func (p *proofList) Delete([]byte) error { return nil }
