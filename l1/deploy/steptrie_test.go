package deploy_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// TestStepTrieRemove: StepTrie.remove gives go-ethereum's root after deleting a key, on tries
// of 1 to 300 keys shaped as the L2 state's (keccak256 keys, values over 32 bytes), for every
// kind of node a branch collapses into (a leaf, an extension, a branch: with an extension above
// it merged or not); a sibling that is not the branch's kept child, or none where one is
// needed, or a proof of another trie, reverts.
func TestStepTrieRemove(t *testing.T) {
	_, _, st, inst := deployStepTrie(t, "step trie")
	remove := func(k, proof, sibling []byte, root common.Hash) (common.Hash, error) {
		out, err := bind.Call(inst, nil, st.PackRemove(k, proof, sibling, root), st.UnpackRemove)
		return common.Hash(out), err
	}
	r := rand.New(rand.NewPCG(7, 7))
	kinds := map[string]int{}
	for _, n := range []int{0, 1, 2, 3, 5, 17, 40, 120, 300} {
		tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
		keys := make([][]byte, n)
		for i := range keys {
			keys[i] = []byte(fmt.Sprintf("key %d of %d", i, n))
		}
		if n == 0 { // three keys: a branch whose other child is an extension, under an extension
			keys = extensionKeys()
			n = len(keys)
		}
		for i := range keys {
			v, _ := rlp.EncodeToBytes([][]byte{keys[i], crypto.Keccak256(keys[i])}) // over 32 bytes
			tr.MustUpdate(crypto.Keccak256(keys[i]), v)
		}
		order := r.Perm(n)[:min(n, 80)]
		if len(keys) == 3 && string(keys[0][:3]) == "ext" {
			order = []int{2, 0, 1} // the third key first: its branch collapses into the extension
		}
		for _, i := range order {
			root := tr.Hash()
			proof, sibling, err := rollup.DeletionWitness(tr, keys[i])
			if err != nil {
				t.Fatal(err)
			}
			kinds[siblingKind(t, sibling)]++
			if sibling != nil { // a wrong sibling or none
				if _, err := remove(keys[i], proof, append([]byte{0xc1}, 0x80), root); err == nil {
					t.Fatalf("%d keys: a forged sibling is taken", n)
				}
				if _, err := remove(keys[i], proof, nil, root); err == nil {
					t.Fatalf("%d keys: no sibling is taken", n)
				}
			}
			if _, err := remove(keys[i], proof, sibling, crypto.Keccak256Hash(root[:])); err == nil {
				t.Fatalf("%d keys: a proof against another root is taken", n)
			}
			got, err := remove(keys[i], proof, sibling, root)
			if err != nil {
				t.Fatalf("%d keys, delete %q: %v", n, keys[i], err)
			}
			tr.MustDelete(crypto.Keccak256(keys[i]))
			if want := tr.Hash(); got != want {
				t.Fatalf("%d keys, delete %q: L1 root %x, go-ethereum's %x (sibling %s)", n, keys[i], got, want, siblingKind(t, sibling))
			}
		}
	}
	t.Logf("siblings by kind: %v", kinds)
	for _, k := range []string{"none", "leaf", "extension", "branch"} {
		if kinds[k] == 0 {
			t.Errorf("no deletion whose branch collapses into a %s", k)
		}
	}
}

// siblingKind names the node sibling is: none, leaf, extension or branch.
func siblingKind(t *testing.T, sibling []byte) string {
	if sibling == nil {
		return "none"
	}
	var items []rlp.RawValue
	if err := rlp.DecodeBytes(sibling, &items); err != nil {
		t.Fatal(err)
	}
	if len(items) == 17 {
		return "branch"
	}
	var path []byte
	if err := rlp.DecodeBytes(items[0], &path); err != nil {
		t.Fatal(err)
	}
	if path[0]>>4 >= 2 {
		return "leaf"
	}
	return "extension"
}

// extensionKeys are three keys whose hashes share their first nibble, two of them their first
// three: the trie is an extension over a branch whose children are the third key's leaf and an
// extension over the two others' branch, so deleting the third collapses the branch into that
// extension, merged with the one above.
func extensionKeys() [][]byte {
	byPrefix := map[[3]byte][]byte{}
	var a, b []byte
	for i := 0; a == nil; i++ {
		k := []byte(fmt.Sprintf("ext %d", i))
		h := crypto.Keccak256(k)
		p := [3]byte{h[0] >> 4, h[0] & 0x0f, h[1] >> 4}
		if o, ok := byPrefix[p]; ok {
			a, b = o, k
		}
		byPrefix[p] = k
	}
	ha := crypto.Keccak256(a)
	for i := 0; ; i++ {
		k := []byte(fmt.Sprintf("third %d", i))
		h := crypto.Keccak256(k)
		if h[0]>>4 == ha[0]>>4 && h[0]&0x0f != ha[0]&0x0f {
			return [][]byte{a, b, k}
		}
	}
}

// deployStepTrie deploys a StepTrie alone on a fresh simulated L1 (its deployer's key derived
// from seed) for the trie tests: the chain, the contract's address, its binding and instance.
func deployStepTrie(t *testing.T, seed string) (*simchain.Chain, common.Address, *bindings.StepTrie, *bind.BoundContract) {
	t.Helper()
	chain, addr := deployAlone(t, seed, bindings.StepTrieMetaData.Bin, nil, "StepTrie")
	st := bindings.NewStepTrie()
	return chain, addr, st, st.Instance(chain, addr)
}
