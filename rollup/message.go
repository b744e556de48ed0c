package rollup

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/neuron-rollup/neuron/l1"
)

// L2→L1 messages. A withdrawal is the first kind of message the L1 acts on
// once a batch is final; it keeps its own record, leaf and root (the
// Bridge checks them unchanged). Every other kind is a Message: the STF
// numbers them in order (Globals.NextMessage) and keeps each in the state
// under MessageKey, and a batch commits to the messages its blocks made
// with MessageRoot, built exactly as the withdrawal root is (OpenZeppelin
// sorted-pair Merkle tree over double-hashed leaves), so the L1 verifies a
// message with MerkleProof against the batch's message root once the batch
// is finalized. docs/protocol.md says what the L1 checks.

// MessageKind says what the L1 does with a message.
type MessageKind uint8

// Message kinds.
const (
	// MsgModelCompleted: an MLSC completed with a proven model; L1 mints
	// its ModelNFT to the creator. Data is ModelCompletedData.
	MsgModelCompleted MessageKind = 1
)

// Message is an L2→L1 message: its id (from 0, in the order the STF made
// them), kind, ABI-encoded data and the L2 height that made it.
type Message struct {
	ID     uint64
	Kind   MessageKind
	Data   []byte
	Height uint64
}

// MessageKey is the state key of a message.
func MessageKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte{prefixMessage}, id) }

// Message returns a copy of message id.
func (s *State) Message(id uint64) (Message, bool) {
	m, ok := s.econ.messages[id]
	if !ok {
		return Message{}, false
	}
	c := *m
	c.Data = append([]byte(nil), m.Data...)
	return c, true
}

// queueMessage records a new message and returns its id.
func (s *State) queueMessage(kind MessageKind, data []byte) uint64 {
	id := s.g.NextMessage
	s.econ.messages[id] = &Message{ID: id, Kind: kind, Data: data, Height: s.g.Height}
	s.g.NextMessage++
	s.touch(MessageKey(id))
	s.touch(keyGlobals)
	return id
}

var modelCompletedArgs = func() abi.Arguments {
	t := func(s string) abi.Type {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return ty
	}
	return abi.Arguments{
		{Name: "mlsc", Type: t("uint256")}, {Name: "creator", Type: t("address")}, {Name: "checkpointCid", Type: t("bytes")},
		{Name: "weights", Type: t("bytes32")}, {Name: "lossSum", Type: t("uint256")}, {Name: "circuit", Type: t("bytes32")},
		{Name: "digest", Type: t("bytes32")}, {Name: "l2Height", Type: t("uint256")}, {Name: "reason", Type: t("uint8")},
	}
}()

// ModelCompletedData is the data of a model's completion message:
// abi.encode(uint256 mlsc, address creator, bytes checkpointCid, bytes32
// weights, uint256 lossSum, bytes32 circuit, bytes32 digest, uint256
// l2Height, uint8 reason), where (circuit, digest) is the model's last
// applied loss proof (Rollup.provenIn(circuit, digest) names the batch that
// verified it) and weights the checkpoint's weight commitment.
func ModelCompletedData(m *Model) []byte {
	b, err := modelCompletedArgs.Pack(new(big.Int).SetUint64(m.MLSC), m.Creator, m.CheckpointCID, [32]byte(m.Weights),
		new(big.Int).SetUint64(m.LossSum), [32]byte(m.Proof.Circuit), [32]byte(m.Proof.Digest),
		new(big.Int).SetUint64(m.Height), uint8(m.Reason))
	if err != nil {
		panic(fmt.Sprintf("rollup: encode model completion: %v", err)) // static types: cannot fail
	}
	return b
}

// ModelCompleted is a decoded MsgModelCompleted data.
type ModelCompleted struct {
	MLSC          uint64
	Creator       common.Address
	CheckpointCID []byte
	Weights       common.Hash
	LossSum       uint64
	Proof         AppliedProof
	L2Height      uint64
	Reason        CompletionReason
}

// DecodeModelCompleted parses ModelCompletedData, as the L1 will; it
// refuses data that does not re-encode to the same bytes.
func DecodeModelCompleted(data []byte) (*ModelCompleted, error) {
	v, err := modelCompletedArgs.Unpack(data)
	if err != nil {
		return nil, fmt.Errorf("rollup: model completion message: %w", err)
	}
	u64 := func(x any) (uint64, bool) {
		b := x.(*big.Int)
		return b.Uint64(), b.IsUint64()
	}
	var mc ModelCompleted
	var ok1, ok2, ok3 bool
	mc.MLSC, ok1 = u64(v[0])
	mc.Creator = v[1].(common.Address)
	mc.CheckpointCID = v[2].([]byte)
	mc.Weights = v[3].([32]byte)
	mc.LossSum, ok2 = u64(v[4])
	mc.Proof = AppliedProof{Circuit: v[5].([32]byte), Digest: v[6].([32]byte)}
	mc.L2Height, ok3 = u64(v[7])
	mc.Reason = CompletionReason(v[8].(uint8))
	if !ok1 || !ok2 || !ok3 {
		return nil, fmt.Errorf("rollup: model completion message: a number exceeds 64 bits")
	}
	return &mc, nil
}

// MessageLeaf is the message tree leaf of msg on the chain cfg names:
// keccak256(keccak256(abi.encode(uint256 l2ChainId, address rollup,
// uint256 id, uint256 kind, bytes32 keccak256(data)))), hashed twice as
// withdrawal leaves are (l1.Withdrawal.Leaf) so that no inner node is a
// leaf. The chain id and Rollup bind it to one chain.
func MessageLeaf(cfg *Config, msg *Message) [32]byte {
	var enc [5 * 32]byte
	binary.BigEndian.PutUint64(enc[24:32], cfg.ChainID)
	copy(enc[32+12:64], cfg.Rollup[:])
	binary.BigEndian.PutUint64(enc[64+24:96], msg.ID)
	enc[127] = byte(msg.Kind)
	dh := crypto.Keccak256Hash(msg.Data)
	copy(enc[128:], dh[:])
	inner := crypto.Keccak256Hash(enc[:])
	return crypto.Keccak256Hash(inner[:])
}

// MessageLeaves are the leaves of the messages [from, to) in st.
func MessageLeaves(cfg *Config, st *State, from, to uint64) ([][32]byte, error) {
	leaves := make([][32]byte, 0, to-from)
	for id := from; id < to; id++ {
		m, ok := st.econ.messages[id]
		if !ok {
			return nil, fmt.Errorf("rollup: message %d missing from the state", id)
		}
		leaves = append(leaves, MessageLeaf(cfg, m))
	}
	return leaves, nil
}

// MessageRoot is the root of the message tree (l1.MerkleRoot) over the
// messages [from, to) in st: what a batch that made them commits to. It is
// the zero hash for none.
func MessageRoot(cfg *Config, st *State, from, to uint64) (common.Hash, error) {
	leaves, err := MessageLeaves(cfg, st, from, to)
	if err != nil {
		return common.Hash{}, err
	}
	return l1.MerkleRoot(leaves), nil
}
