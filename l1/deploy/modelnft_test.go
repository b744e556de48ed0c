package deploy_test

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/neuron-rollup/neuron/l1"
	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/rollup"
)

// modelMsg is a model completion message with the model it describes.
type modelMsg struct {
	msg   rollup.Message
	model rollup.Model
	cid   cid.Cid
}

func newModelMsg(t *testing.T, id, mlsc uint64, creator common.Address, proof rollup.AppliedProof) modelMsg {
	t.Helper()
	mh, err := multihash.Sum([]byte{byte(mlsc), byte(id)}, multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	c := cid.NewCidV1(cid.Raw, mh)
	m := rollup.Model{MLSC: mlsc, Creator: creator, Done: true, Reason: rollup.CompletedMaxRounds, Height: 40 + mlsc,
		CheckpointCID: c.Bytes(), Weights: root("weights"), LossSum: 1234 + mlsc, Proof: proof}
	return modelMsg{msg: rollup.Message{ID: id, Kind: rollup.MsgModelCompleted, Data: rollup.ModelCompletedData(&m), Height: m.Height},
		model: m, cid: c}
}

// TestModelNFT mints model tokens from completion messages of final batches through the real
// Rollup: a message mints once, to the creator, with a token URI naming the checkpoint, its
// commitment, the loss and the batch of the final proof; a forged message (other data, other
// id, a leaf of another chain, an unproven loss proof) and a batch that is not final are
// refused.
func TestModelNFT(t *testing.T) {
	proof, digest := lossProof(t)
	e := newEnv(t)
	r, nft := e.d.Rollup, e.d.ModelNFT
	cfg := &rollup.Config{ChainID: testL2ChainID, Rollup: r.Address}
	other := &rollup.Config{ChainID: testL2ChainID + 1, Rollup: r.Address}
	proven := rollup.AppliedProof{Circuit: devnetCircuit, Digest: common.BigToHash(digest)}
	unproven := rollup.AppliedProof{Circuit: devnetCircuit, Digest: root("never proven")}

	msgs := []modelMsg{
		newModelMsg(t, 0, 7, e.alice.addr, proven),
		newModelMsg(t, 1, 8, e.bob.addr, proven),
		newModelMsg(t, 2, 9, e.alice.addr, proven),    // its leaf is another chain's
		newModelMsg(t, 3, 10, e.alice.addr, unproven), // names a loss proof L1 never verified
	}
	leaves := [][32]byte{rollup.MessageLeaf(cfg, &msgs[0].msg), rollup.MessageLeaf(cfg, &msgs[1].msg),
		rollup.MessageLeaf(other, &msgs[2].msg), rollup.MessageLeaf(cfg, &msgs[3].msg)}
	late := newModelMsg(t, 4, 11, e.alice.addr, proven)

	genesis := [32]byte(e.cfg.GenesisStateRoot)
	h0 := bindings.RollupBatchHeader{Index: 0, Cid: []byte("bafk"), PrevStateRoot: genesis, StateRoot: root("s1"), L2Height: 1,
		MessageRoot: l1.MerkleRoot(leaves)}
	e.mustSend(e.sequencer, r.Instance, packSubmit(r, h0, []bindings.RollupLossProof{{Circuit: devnetCircuit, Proof: proof, Digest: digest}}))

	// recordOf is batch's record as L1 holds it, or one naming a batch never accepted.
	recordOf := func(batch uint64) bindings.RollupBatch {
		if batch >= call(e, r.Instance, r.Binding.PackBatchCount(), r.Binding.UnpackBatchCount) {
			return bindings.RollupBatch{Index: batch}
		}
		return e.record(batch)
	}
	mint := func(batch uint64, m modelMsg, proof [][32]byte) error {
		_, err := e.send(e.bob, nft.Instance, nft.Binding.PackMint(recordOf(batch), m.msg.ID, m.msg.Data, proof))
		return err
	}
	proofOf := func(ls [][32]byte, i int) [][32]byte { return l1.MerkleProof(ls, i) }

	// Not final yet.
	wantRevert(t, mint(0, msgs[0], proofOf(leaves, 0)), bindings.ModelNFTBatchNotFinalErrorID())
	if err := e.chain.AdjustTime(testPeriod); err != nil {
		t.Fatal(err)
	}
	// Batch 1 is submitted now: not final while batch 0 is.
	h1 := bindings.RollupBatchHeader{Index: 1, Cid: []byte("bafk"), PrevStateRoot: root("s1"), StateRoot: root("s2"), L2Height: 2,
		MessageRoot: l1.MerkleRoot([][32]byte{rollup.MessageLeaf(cfg, &late.msg)})}
	e.mustSend(e.sequencer, r.Instance, packSubmit(r, h1, nil))

	t.Run("batch not final", func(t *testing.T) {
		wantRevert(t, mint(1, late, nil), bindings.ModelNFTBatchNotFinalErrorID())
		wantRevert(t, mint(5, late, nil), bindings.ModelNFTBatchNotFinalErrorID()) // never accepted
	})
	t.Run("forged record", func(t *testing.T) {
		for name, forge := range forgeries() { // "index" names batch 1, accepted
			rec := e.record(0)
			forge(&rec)
			_, err := e.send(e.bob, nft.Instance, nft.Binding.PackMint(rec, msgs[0].msg.ID, msgs[0].msg.Data, proofOf(leaves, 0)))
			if err == nil {
				t.Fatalf("mint with a forged %s", name)
			}
			wantRevert(t, err, bindings.RollupBatchRecordMismatchErrorID())
		}
	})
	t.Run("wrong data", func(t *testing.T) {
		forged := msgs[0]
		m := forged.model
		m.Creator = e.bob.addr
		forged.msg.Data = rollup.ModelCompletedData(&m)
		wantRevert(t, mint(0, forged, proofOf(leaves, 0)), bindings.ModelNFTInvalidMessageProofErrorID())
	})
	t.Run("wrong id", func(t *testing.T) {
		forged := msgs[0]
		forged.msg.ID = 1
		wantRevert(t, mint(0, forged, proofOf(leaves, 0)), bindings.ModelNFTInvalidMessageProofErrorID())
		forged.msg.ID = 5
		wantRevert(t, mint(0, forged, proofOf(leaves, 0)), bindings.ModelNFTInvalidMessageProofErrorID())
	})
	t.Run("other chain's leaf", func(t *testing.T) {
		// The proof is valid for the leaf of chain id+1 in the batch's tree.
		wantRevert(t, mint(0, msgs[2], proofOf(leaves, 2)), bindings.ModelNFTInvalidMessageProofErrorID())
	})
	t.Run("other batch", func(t *testing.T) {
		wantRevert(t, mint(1, msgs[0], proofOf(leaves, 0)), bindings.ModelNFTBatchNotFinalErrorID())
	})
	t.Run("loss proof not on L1", func(t *testing.T) {
		wantRevert(t, mint(0, msgs[3], proofOf(leaves, 3)), bindings.ModelNFTProofNotOnL1ErrorID())
	})

	rcpt, err := e.send(e.bob, nft.Instance, nft.Binding.PackMint(e.record(0), 0, msgs[0].msg.Data, proofOf(leaves, 0)))
	if err != nil {
		t.Fatalf("mint: %v", err)
	}
	t.Logf("ModelNFT.mint: %d gas (a %d-byte CID, a proof of %d hashes, calldata included)", rcpt.GasUsed, len(msgs[0].model.CheckpointCID), len(proofOf(leaves, 0)))
	owner := call(e, nft.Instance, nft.Binding.PackOwnerOf(big.NewInt(7)), nft.Binding.UnpackOwnerOf)
	if owner != e.alice.addr {
		t.Fatalf("token 7 owned by %v, want the creator %v", owner, e.alice.addr)
	}
	wantRevert(t, mint(0, msgs[0], proofOf(leaves, 0)), bindings.ModelNFTMessageUsedErrorID())
	if !call(e, nft.Instance, nft.Binding.PackMinted(0), nft.Binding.UnpackMinted) {
		t.Fatal("minted(0) = false after the mint")
	}

	uri := call(e, nft.Instance, nft.Binding.PackTokenURI(big.NewInt(7)), nft.Binding.UnpackTokenURI)
	const prefix = "data:application/json;base64,"
	if !strings.HasPrefix(uri, prefix) {
		t.Fatalf("tokenURI %q", uri)
	}
	raw, err := base64.StdEncoding.DecodeString(uri[len(prefix):])
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		Name         string `json:"name"`
		Checkpoint   string `json:"checkpoint"`
		Weights      string `json:"weights"`
		LossSum      string `json:"lossSum"`
		ProofBatch   uint64 `json:"proofBatch"`
		MessageBatch uint64 `json:"messageBatch"`
		MessageID    uint64 `json:"messageId"`
	}
	if err := json.Unmarshal(raw, &meta); err != nil {
		t.Fatalf("token URI JSON %s: %v", raw, err)
	}
	want := msgs[0]
	if meta.Name != "Neuron model 7" || meta.Checkpoint != want.cid.String() || meta.Weights != want.model.Weights.Hex() ||
		meta.LossSum != "1241" || meta.ProofBatch != 0 || meta.MessageBatch != 0 || meta.MessageID != 0 {
		t.Fatalf("token URI JSON %s, want checkpoint %s weights %s", raw, want.cid, want.model.Weights.Hex())
	}

	// A second message of the same batch mints its own token.
	if _, err := e.send(e.alice, nft.Instance, nft.Binding.PackMint(e.record(0), 1, msgs[1].msg.Data, proofOf(leaves, 1))); err != nil {
		t.Fatalf("mint message 1: %v", err)
	}
	if owner := call(e, nft.Instance, nft.Binding.PackOwnerOf(big.NewInt(8)), nft.Binding.UnpackOwnerOf); owner != e.bob.addr {
		t.Fatalf("token 8 owned by %v, want %v", owner, e.bob.addr)
	}
}

// TestModelNFTCIDString checks the contract's base32 CID text against go-cid for CIDs of
// every length mod 5.
func TestModelNFTCIDString(t *testing.T) {
	e := newEnv(t)
	nft := e.d.ModelNFT
	for n := range 5 {
		mh, err := multihash.Sum([]byte{byte(n)}, multihash.SHA2_256, -1)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []cid.Cid{cid.NewCidV1(cid.Raw, mh), cid.NewCidV1(cid.DagProtobuf, mh)} {
			b := append(c.Bytes(), make([]byte, n)...)[:len(c.Bytes())+n]
			got := call(e, nft.Instance, nft.Binding.PackCidString(b), nft.Binding.UnpackCidString)
			if n == 0 && got != c.String() {
				t.Fatalf("cidString(%x) = %s, want %s", b, got, c.String())
			}
			if want := "b" + strings.ToLower(strings.TrimRight(base32.StdEncoding.EncodeToString(b), "=")); got != want {
				t.Fatalf("cidString(%x) = %s, want %s", b, got, want)
			}
		}
	}
}
