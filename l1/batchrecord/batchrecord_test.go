package batchrecord_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/l1/bindings"
)

func randomHeader(r *rand.Rand) bindings.RollupBatchHeader {
	h := bindings.RollupBatchHeader{Index: r.Uint64(), Cid: make([]byte, 36), DepositsConsumed: r.Uint64(), L2Height: r.Uint64(),
		ForcedConsumed: r.Uint64(), StepCount: r.Uint64()}
	for _, b := range [][]byte{h.Cid, h.DataHash[:], h.PrevStateRoot[:], h.StateRoot[:], h.WithdrawalRoot[:], h.ProofsHash[:], h.StepRoot[:], h.MessageRoot[:]} {
		for i := range b {
			b[i] = byte(r.Uint32())
		}
	}
	return h
}

// TestHash: Hash is keccak256 of the ABI encoding of the record's thirteen fields, as go-ethereum's
// ABI packs the Batch tuple (the Rollup's hashBatch; l1/deploy's TestSubmitBatch compares it with
// the contract's).
func TestHash(t *testing.T) {
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	args := parsed.Methods["hashBatch"].Inputs
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		h := randomHeader(r)
		b := batchrecord.Of(h, r.Uint32(), r.Uint64())
		enc, err := args.Pack(b)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := batchrecord.Hash(b), crypto.Keccak256Hash(enc); got != want || len(enc) != 13*32 || b.DataHash != h.DataHash {
			t.Fatalf("record %d: Hash = %s, keccak256(abi.encode) = %s (%d bytes), data hash %s of header's %s", i, got, want, len(enc), b.DataHash, h.DataHash)
		}
	}
}

// TestDecodeSubmitBatch: the header and proofs of a submitBatch call come back as packed; other
// data is ErrBatchRecord.
func TestDecodeSubmitBatch(t *testing.T) {
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	h := randomHeader(r)
	proofs := []bindings.RollupLossProof{{Circuit: [32]byte{1}, Proof: []byte{2, 3}, Digest: bigOne()}}
	data := bindings.NewRollup().PackSubmitBatch(h, proofs)
	gotH, gotP, err := batchrecord.DecodeSubmitBatch(parsed, data)
	if err != nil || !reflect.DeepEqual(gotH, h) || len(gotP) != 1 || gotP[0].Circuit != proofs[0].Circuit || gotP[0].Digest.Cmp(proofs[0].Digest) != 0 {
		t.Fatalf("DecodeSubmitBatch = %+v, %+v, %v; want %+v", gotH, gotP, err, h)
	}
	for name, bad := range map[string][]byte{
		"empty":         nil,
		"other method":  bindings.NewRollup().PackBatchCount(),
		"truncated":     data[:len(data)/2],
		"selector only": data[:4],
	} {
		if _, _, err := batchrecord.DecodeSubmitBatch(parsed, bad); !errors.Is(err, batchrecord.ErrBatchRecord) {
			t.Errorf("%s: %v, want ErrBatchRecord", name, err)
		}
	}
}

// FuzzDecodeSubmitBatch: any calldata decodes or fails with ErrBatchRecord, never panics; what
// decodes re-encodes to a call that decodes the same.
func FuzzDecodeSubmitBatch(f *testing.F) {
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		f.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	f.Add(bindings.NewRollup().PackSubmitBatch(randomHeader(r), []bindings.RollupLossProof{}))
	f.Add(bindings.NewRollup().PackSubmitBatch(randomHeader(r), []bindings.RollupLossProof{{Proof: []byte{1}, Digest: bigOne()}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, proofs, err := batchrecord.DecodeSubmitBatch(parsed, data)
		if err != nil {
			if !errors.Is(err, batchrecord.ErrBatchRecord) {
				t.Fatalf("error %v is not ErrBatchRecord", err)
			}
			return
		}
		again, proofs2, err := batchrecord.DecodeSubmitBatch(parsed, bindings.NewRollup().PackSubmitBatch(h, proofs))
		if err != nil || !reflect.DeepEqual(again, h) || len(proofs2) != len(proofs) {
			t.Fatalf("re-encoded call decodes to %+v (%v), first %+v", again, err, h)
		}
	})
}

func bigOne() *big.Int { return big.NewInt(1) }
