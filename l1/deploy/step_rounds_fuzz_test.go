package deploy_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/l1/simchain"
	"github.com/neuron-rollup/neuron/rollup"
)

// stepRoundsAlone deploys a StepTrie and a StepRounds on a fresh simulated L1.
func stepRoundsAlone(tb testing.TB) (*bindings.StepRounds, *bind.BoundContract) {
	tb.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	chain := simchain.New(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}})
	tb.Cleanup(func() { _ = chain.Close() })
	opts := bind.NewKeyedTransactor(key, big.NewInt(simchain.ChainID))
	deploy := func(meta *bind.MetaData, args []byte) common.Address {
		addr, tx, err := bind.DeployContract(opts, common.FromHex(meta.Bin), chain, args)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := bind.WaitMined(context.Background(), chain, tx.Hash()); err != nil {
			tb.Fatal(err)
		}
		return addr
	}
	sr := bindings.NewStepRounds()
	return sr, sr.Instance(chain, deploy(&bindings.StepRoundsMetaData, sr.PackConstructor(deploy(&bindings.StepTrieMetaData, nil))))
}

// FuzzStepRoundsDecode: StepRounds.decodeBody accepts exactly the commit and reveal bodies
// that rollup.DecodeTx accepts inside a transaction, with the same fields. A body one side
// read and the other refused would make a malformed step valid on one side only: an honest
// one removable, or a lie that stands.
func FuzzStepRoundsDecode(f *testing.F) {
	sr, inst := stepRoundsAlone(f)
	for _, d := range []rollup.TxData{
		&rollup.Commit{Nonce: 3, MLSC: 1, Round: 2, Commitment: common.Hash{1}},
		&rollup.Commit{},
		&rollup.Reveal{Nonce: 1, MLSC: 1 << 40, Round: 9, CheckpointCID: []byte("ckpt"), WeightCommitment: common.Hash{2},
			TraceCID: bytes.Repeat([]byte{0x7f}, 60), TraceRoot: common.Hash{3}, ClaimedLossSum: 1<<64 - 1, Salt: common.Hash{4}},
		&rollup.Reveal{CheckpointCID: []byte{0}, TraceCID: []byte{0x80}},
	} {
		body, err := rlp.EncodeToBytes(d)
		if err != nil {
			f.Fatal(err)
		}
		typ := byte(rollup.TxCommit)
		if _, ok := d.(*rollup.Reveal); ok {
			typ = byte(rollup.TxReveal)
		}
		f.Add(typ, body)
		f.Add(typ, append(body[:len(body)-1:len(body)-1], body[len(body)-1]^1)) // last byte changed
		f.Add(typ^0x0f, body)                                                   // the other type's body
	}
	// Hand-made edges: non-canonical integers and strings, a 33-byte hash, a list for a CID.
	h32 := append([]byte{0xa0}, make([]byte, 32)...)
	list := func(items ...[]byte) []byte { // payload under 256 bytes
		payload := bytes.Join(items, nil)
		if len(payload) < 56 {
			return append([]byte{0xc0 + byte(len(payload))}, payload...)
		}
		return append([]byte{0xf8, byte(len(payload))}, payload...)
	}
	for _, body := range [][]byte{
		list([]byte{0x00}, []byte{0x01}, []byte{0x01}, h32),                      // nonce 0x00
		list([]byte{0x81, 0x05}, []byte{0x01}, []byte{0x01}, h32),                // 5 as a string
		list([]byte{0x82, 0x00, 0x05}, []byte{0x01}, []byte{0x01}, h32),          // leading zero
		list([]byte{0x89, 1, 0, 0, 0, 0, 0, 0, 0, 0}, []byte{1}, []byte{1}, h32), // 2^64
		list([]byte{0x01}, []byte{0x01}, []byte{0x01}, append([]byte{0xa1}, make([]byte, 33)...)),
		list([]byte{0x01}, []byte{0x01}, []byte{0x01}, h32[:32]),
	} {
		f.Add(byte(rollup.TxCommit), body)
	}
	cid := func(b []byte) []byte { return append([]byte{0x80 + byte(len(b))}, b...) }
	for _, c := range [][]byte{{0x81, 0x05}, {0x81, 0x80}, {0xc1, 0x01}, {0x05}, cid([]byte("ckpt"))} {
		f.Add(byte(rollup.TxReveal), list([]byte{1}, []byte{1}, []byte{1}, c, h32, []byte{0x80}, h32, []byte{0x05}, h32))
	}
	// A signature of valid shape (r = s = 1, v = 0): DecodeTx checks its values, not the signer.
	sig := make([]byte, 65)
	sig[31], sig[63] = 1, 1
	f.Fuzz(func(t *testing.T, typ byte, body []byte) {
		typ = byte(rollup.TxCommit) + typ%2
		raw := binary.BigEndian.AppendUint64([]byte{typ}, testL2ChainID)
		raw = append(append(append(raw, 0x80), body...), sig...) // no fee cap
		tx, goErr := rollup.DecodeTx(raw)
		out, l1Err := inst.CallRaw(nil, sr.PackDecodeBody(typ, body))
		if (goErr == nil) != (l1Err == nil) {
			t.Fatalf("type %x body %x: DecodeTx says %v, StepRounds.decodeBody %v", typ, body, goErr, l1Err)
		}
		if goErr != nil {
			return
		}
		b, err := sr.UnpackDecodeBody(out)
		if err != nil {
			t.Fatal(err)
		}
		var want bindings.StepRoundsBody
		switch d := tx.Data().(type) {
		case *rollup.Commit:
			want = bindings.StepRoundsBody{Nonce: d.Nonce, Mlsc: d.MLSC, Round: d.Round, Commitment: d.Commitment, CheckpointCID: []byte{}, TraceCID: []byte{}}
		case *rollup.Reveal:
			want = bindings.StepRoundsBody{Nonce: d.Nonce, Mlsc: d.MLSC, Round: d.Round, CheckpointCID: d.CheckpointCID, Weights: d.WeightCommitment,
				TraceCID: d.TraceCID, TraceRoot: d.TraceRoot, LossSum: d.ClaimedLossSum, Salt: d.Salt}
		}
		if want.CheckpointCID == nil {
			want.CheckpointCID = []byte{}
		}
		if want.TraceCID == nil {
			want.TraceCID = []byte{}
		}
		if b.Nonce != want.Nonce || b.Mlsc != want.Mlsc || b.Round != want.Round || b.Commitment != want.Commitment ||
			!bytes.Equal(b.CheckpointCID, want.CheckpointCID) || b.Weights != want.Weights || !bytes.Equal(b.TraceCID, want.TraceCID) ||
			b.TraceRoot != want.TraceRoot || b.LossSum != want.LossSum || b.Salt != want.Salt {
			t.Fatalf("type %x body %x: StepRounds reads %+v, DecodeTx %+v", typ, body, b, want)
		}
	})
}
