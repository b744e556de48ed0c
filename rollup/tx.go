package rollup

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

// TxType is the first byte of every encoded transaction.
type TxType uint8

// Transaction types. Deposits are derived from L1 events by the sequencer and
// carry no signature; every other type is signed by its sender.
const (
	TxTransfer   TxType = 0x01
	TxWithdraw   TxType = 0x02
	TxDeposit    TxType = 0x03
	TxCreateMLSC TxType = 0x04
	TxStake      TxType = 0x05
	TxUnstake    TxType = 0x06
	TxCommit     TxType = 0x07
	TxReveal     TxType = 0x08
	TxLossProof  TxType = 0x09
	TxForced     TxType = 0x0a // an L1 forced-queue entry (forced.go)
)

// signed reports whether transactions of type t carry a chain id and a
// signature; deposits and forced entries come from L1 and carry neither.
func (t TxType) signed() bool { return t != TxDeposit && t != TxForced }

func (t TxType) String() string {
	switch t {
	case TxTransfer:
		return "transfer"
	case TxWithdraw:
		return "withdraw"
	case TxDeposit:
		return "deposit"
	case TxCreateMLSC:
		return "create-mlsc"
	case TxStake:
		return "stake"
	case TxUnstake:
		return "unstake"
	case TxCommit:
		return "commit"
	case TxReveal:
		return "reveal"
	case TxLossProof:
		return "loss-proof"
	case TxForced:
		return "forced"
	case TxUseModel:
		return "use-model"
	case TxClaimEarnings:
		return "claim-earnings"
	case TxProposeDelta:
		return "propose-delta"
	case TxVoteDelta:
		return "vote-delta"
	case TxDeltaData:
		return "delta-data"
	case TxProposePeriod:
		return "propose-period"
	case TxVotePeriod:
		return "vote-period"
	}
	return fmt.Sprintf("tx-type(%d)", uint8(t))
}

// MaxTxSize bounds an encoded transaction.
const MaxTxSize = 64 << 10

// SigDomain separates Neuron L2 signatures from every other use of a key.
const SigDomain = "neuron-l2-tx"

// Errors returned by transaction decoding and signature checks.
var (
	ErrTxTooLarge   = errors.New("rollup: transaction too large")
	ErrTxType       = errors.New("rollup: unknown transaction type")
	ErrTxEncoding   = errors.New("rollup: malformed transaction encoding")
	ErrBadSignature = errors.New("rollup: bad signature")
	// ErrChainID: the transaction is signed for another chain.
	ErrChainID = errors.New("rollup: wrong chain id")
)

// TxData is the body of one transaction type.
type TxData interface {
	txType() TxType
}

// Transfer moves NRN between L2 accounts.
type Transfer struct {
	Nonce  uint64
	To     common.Address
	Amount *uint256.Int
}

// Withdraw burns NRN on L2 and makes it claimable on L1 by To once the batch
// that holds it is finalized.
type Withdraw struct {
	Nonce  uint64
	To     common.Address
	Amount *uint256.Int
}

// Deposit credits NRN locked in the L1 bridge. L1Nonce is the bridge's
// deposit nonce; deposits apply strictly in nonce order.
type Deposit struct {
	L1Nonce uint64
	From    common.Address
	To      common.Address
	Amount  *uint256.Int
}

// CreateMLSC opens a machine-learning smart contract and escrows Bounty.
type CreateMLSC struct {
	Nonce  uint64
	Spec   MLSCSpec
	Bounty *uint256.Int
}

// Stake locks NRN as trainer stake; Unstake releases it.
type Stake struct {
	Nonce  uint64
	Amount *uint256.Int
}

// Unstake releases trainer stake that no open claim depends on.
type Unstake struct {
	Nonce  uint64
	Amount *uint256.Int
}

// Commit posts a trainer's sealed claim for a round; see CommitmentHash.
type Commit struct {
	Nonce      uint64
	MLSC       uint64
	Round      uint64
	Commitment common.Hash
}

// Reveal opens a commitment: the checkpoint and loss trace on DA and the
// claimed total loss over the dataset.
type Reveal struct {
	Nonce            uint64
	MLSC             uint64
	Round            uint64
	CheckpointCID    []byte
	WeightCommitment common.Hash
	TraceCID         []byte
	TraceRoot        common.Hash
	ClaimedLossSum   uint64
	Salt             common.Hash
}

// LossProof carries the Groth16 proof for a round's best reveal. Anyone may
// send it; the proof binds the trainer, so the sender gains nothing.
type LossProof struct {
	Nonce uint64
	MLSC  uint64
	Round uint64
	Proof []byte
	// RewardTo, if set, is paid the prover's share of the round's payout
	// instead of the sender (nrn-prover --reward-address), so the signing
	// key need hold nothing. Optional in the encoding: a zero address
	// spelled out is not canonical and is refused.
	RewardTo common.Address `rlp:"optional"`
}

func (*Transfer) txType() TxType   { return TxTransfer }
func (*Withdraw) txType() TxType   { return TxWithdraw }
func (*Deposit) txType() TxType    { return TxDeposit }
func (*CreateMLSC) txType() TxType { return TxCreateMLSC }
func (*Stake) txType() TxType      { return TxStake }
func (*Unstake) txType() TxType    { return TxUnstake }
func (*Commit) txType() TxType     { return TxCommit }
func (*Reveal) txType() TxType     { return TxReveal }
func (*LossProof) txType() TxType  { return TxLossProof }

// Tx is a transaction: its body plus, for signed types, the chain id it is
// signed for and a 65-byte [R || S || V] secp256k1 signature. A Tx is
// immutable once built and safe for concurrent reads; Sender caches the
// recovered address.
type Tx struct {
	data    TxData
	chainID uint64 // signed types only
	sig     []byte
	feeCap  []byte // signed types only: rlp(fee cap), the big-endian integer as an RLP string

	body   []byte // rlp(data), cached
	hash   common.Hash
	from   common.Address
	fromOK bool
}

// NewDeposit wraps an unsigned deposit.
func NewDeposit(d *Deposit) (*Tx, error) {
	return newTx(d, 0, nil)
}

// SignTx signs data for chainID with key, with no fee cap: the transaction
// pays whatever the base fee is when it applies. Wallets use SignTxCap.
func SignTx(data TxData, chainID uint64, key *ecdsa.PrivateKey) (*Tx, error) {
	return SignTxCap(data, chainID, nil, key)
}

// SignTxCap signs data for chainID with key and fee cap feeCap: the most NRN
// wei per fee unit the signer accepts as base fee (FeeRule); nil or zero
// means no cap.
func SignTxCap(data TxData, chainID uint64, feeCap *uint256.Int, key *ecdsa.PrivateKey) (*Tx, error) {
	if !data.txType().signed() {
		return nil, fmt.Errorf("%w: %s transactions are not signed", ErrTxType, data.txType())
	}
	body, err := rlp.EncodeToBytes(data)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", data.txType(), err)
	}
	capEnc := encodeFeeCap(feeCap)
	sig, err := crypto.Sign(sigHash(chainID, data.txType(), capEnc, body).Bytes(), key)
	if err != nil {
		return nil, fmt.Errorf("sign %s: %w", data.txType(), err)
	}
	tx := &Tx{data: data, chainID: chainID, sig: sig, feeCap: capEnc, body: body}
	tx.hash = crypto.Keccak256Hash(tx.Encode())
	tx.from, tx.fromOK = crypto.PubkeyToAddress(key.PublicKey), true
	return tx, nil
}

// encodeFeeCap is rlp(feeCap) (0x80 for none).
func encodeFeeCap(feeCap *uint256.Int) []byte {
	if feeCap == nil {
		feeCap = new(uint256.Int)
	}
	enc, _ := rlp.EncodeToBytes(feeCap)
	return enc
}

func newTx(data TxData, chainID uint64, sig []byte) (*Tx, error) {
	body, err := rlp.EncodeToBytes(data)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", data.txType(), err)
	}
	tx := &Tx{data: data, chainID: chainID, sig: sig, body: body}
	tx.hash = crypto.Keccak256Hash(tx.Encode())
	return tx, nil
}

// sigHash is what a signed transaction's signature covers: keccak256(SigDomain ‖ chain id
// (8 bytes) ‖ type ‖ rlp(fee cap) ‖ rlp(body)), every byte of its encoding between the
// chain id and the signature, under the domain.
func sigHash(chainID uint64, t TxType, feeCap, body []byte) common.Hash {
	var hdr [len(SigDomain) + 9]byte
	copy(hdr[:], SigDomain)
	binary.BigEndian.PutUint64(hdr[len(SigDomain):], chainID)
	hdr[len(hdr)-1] = byte(t)
	return crypto.Keccak256Hash(hdr[:], feeCap, body)
}

// FeeCap is the most NRN wei per fee unit a signed transaction's signer
// accepts as base fee; zero if it has no cap (and for unsigned types). The
// result is a new value.
func (tx *Tx) FeeCap() *uint256.Int {
	c := new(uint256.Int)
	if len(tx.feeCap) > 0 {
		_ = rlp.DecodeBytes(tx.feeCap, c) // checked when built or decoded
	}
	return c
}

// Type is the transaction type.
func (tx *Tx) Type() TxType { return tx.data.txType() }

// Data returns the body; callers must not modify it.
func (tx *Tx) Data() TxData { return tx.data }

// ChainID is the chain a signed transaction is signed for; 0 for deposits,
// which are not signed.
func (tx *Tx) ChainID() uint64 { return tx.chainID }

// Hash is keccak256 of the canonical encoding.
func (tx *Tx) Hash() common.Hash { return tx.hash }

// Nonce is the sender nonce, or the L1 deposit nonce for deposits.
func (tx *Tx) Nonce() uint64 {
	switch d := tx.data.(type) {
	case *Transfer:
		return d.Nonce
	case *Withdraw:
		return d.Nonce
	case *Deposit:
		return d.L1Nonce
	case *CreateMLSC:
		return d.Nonce
	case *Stake:
		return d.Nonce
	case *Unstake:
		return d.Nonce
	case *Commit:
		return d.Nonce
	case *Reveal:
		return d.Nonce
	case *LossProof:
		return d.Nonce
	case *Forced:
		return d.Index
	case *UseModel:
		return d.Nonce
	case *ClaimEarnings:
		return d.Nonce
	}
	if n, ok := deltaNonce(tx.data); ok {
		return n
	}
	panic("unreachable")
}

// chainIDLen is the size of the chain id in a signed transaction's encoding.
const chainIDLen = 8

// Encode returns the canonical encoding. A signed transaction is the type
// byte, the chain id as 8 bytes big-endian, rlp(fee cap) (an RLP string,
// 0x80 for none), rlp(body) and the 65-byte signature; a deposit or forced
// entry is the type byte and rlp(body).
func (tx *Tx) Encode() []byte {
	out := make([]byte, 0, tx.EncodedSize())
	out = append(out, byte(tx.Type()))
	if tx.Type().signed() {
		out = binary.BigEndian.AppendUint64(out, tx.chainID)
		out = append(out, tx.feeCap...)
	}
	out = append(out, tx.body...)
	return append(out, tx.sig...)
}

// EncodedSize is len(tx.Encode()), without encoding.
func (tx *Tx) EncodedSize() int {
	n := 1 + len(tx.body) + len(tx.sig)
	if tx.Type().signed() {
		n += chainIDLen + len(tx.feeCap)
	}
	return n
}

// CheckChainID returns an error wrapping ErrChainID, naming both ids, if a
// signed transaction is signed for a chain other than chainID.
func (tx *Tx) CheckChainID(chainID uint64) error {
	if tx.Type().signed() && tx.chainID != chainID {
		return fmt.Errorf("%w: %s is signed for chain %d, this chain is %d", ErrChainID, tx.Type(), tx.chainID, chainID)
	}
	return nil
}

// Sender recovers the signer of a transaction signed for chainID; one
// signed for another chain returns an error wrapping ErrChainID. Deposits
// return the L1 depositor.
func (tx *Tx) Sender(chainID uint64) (common.Address, error) {
	if d, ok := tx.data.(*Deposit); ok {
		return d.From, nil
	}
	if tx.Type() == TxForced {
		// Nobody signs a forced entry; its inner transaction has a sender.
		return common.Address{}, fmt.Errorf("%w: forced entries come from L1 and have no sender", ErrTxType)
	}
	if err := tx.CheckChainID(chainID); err != nil {
		return common.Address{}, err
	}
	if tx.fromOK {
		return tx.from, nil
	}
	pub, err := crypto.Ecrecover(sigHash(chainID, tx.Type(), tx.feeCap, tx.body).Bytes(), tx.sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	var from common.Address
	copy(from[:], crypto.Keccak256(pub[1:])[12:])
	tx.from, tx.fromOK = from, true
	return from, nil
}

// DecodeTx parses the canonical encoding (see Encode). It checks structure
// and signature shape (low S, V in {0,1}), not the chain id or the sender's
// recoverability; it never panics.
func DecodeTx(b []byte) (*Tx, error) {
	if len(b) > MaxTxSize {
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrTxTooLarge, len(b), MaxTxSize)
	}
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: %d bytes", ErrTxEncoding, len(b))
	}
	t := TxType(b[0])
	var data TxData
	switch t {
	case TxTransfer:
		data = new(Transfer)
	case TxWithdraw:
		data = new(Withdraw)
	case TxDeposit:
		data = new(Deposit)
	case TxCreateMLSC:
		data = new(CreateMLSC)
	case TxStake:
		data = new(Stake)
	case TxUnstake:
		data = new(Unstake)
	case TxCommit:
		data = new(Commit)
	case TxReveal:
		data = new(Reveal)
	case TxLossProof:
		data = new(LossProof)
	case TxForced:
		data = new(Forced)
	case TxUseModel:
		data = new(UseModel)
	case TxClaimEarnings:
		data = new(ClaimEarnings)
	default:
		if data = deltaTxData(t); data == nil {
			return nil, fmt.Errorf("%w: 0x%02x", ErrTxType, b[0])
		}
	}
	head := 1 // type byte, then the chain id and fee cap for signed types
	var chainID uint64
	var capLen int
	if t.signed() {
		if len(b) < 1+chainIDLen {
			return nil, fmt.Errorf("%w: %s of %d bytes has no chain id", ErrTxEncoding, t, len(b))
		}
		chainID = binary.BigEndian.Uint64(b[1:])
		head += chainIDLen
		kind, _, rest, err := rlp.Split(b[head:])
		if err != nil || kind == rlp.List {
			return nil, fmt.Errorf("%w: %s fee cap is not an RLP string (%v)", ErrTxEncoding, t, err)
		}
		capLen = len(b) - head - len(rest)
		if err := rlp.DecodeBytes(b[head:head+capLen], new(uint256.Int)); err != nil {
			return nil, fmt.Errorf("%w: %s fee cap: %v", ErrTxEncoding, t, err)
		}
		head += capLen
	}
	_, _, rest, err := rlp.Split(b[head:])
	if err != nil {
		return nil, fmt.Errorf("%w: %s body: %v", ErrTxEncoding, t, err)
	}
	body := b[head : len(b)-len(rest)]
	if err := rlp.DecodeBytes(body, data); err != nil {
		return nil, fmt.Errorf("%w: %s body: %v", ErrTxEncoding, t, err)
	}
	if err := checkCanonicalSpec(data, body); err != nil {
		return nil, err
	}
	if !t.signed() {
		if len(rest) != 0 {
			return nil, fmt.Errorf("%w: %s carries %d trailing bytes", ErrTxEncoding, t, len(rest))
		}
	} else {
		if len(rest) != crypto.SignatureLength {
			return nil, fmt.Errorf("%w: signature is %d bytes, want %d", ErrTxEncoding, len(rest), crypto.SignatureLength)
		}
		if !validSignatureValues(rest) {
			return nil, fmt.Errorf("%w: signature values out of range", ErrBadSignature)
		}
	}
	if err := checkAmounts(data); err != nil {
		return nil, err
	}
	// One copy of the input holds the fee cap, the body and the signature.
	own := bytes.Clone(b[head-capLen:])
	tx := &Tx{data: data, chainID: chainID, feeCap: own[:capLen:capLen], body: own[capLen : capLen+len(body) : capLen+len(body)]}
	if t.signed() {
		tx.sig = own[capLen+len(body):]
	} else {
		tx.feeCap = nil
	}
	tx.hash = crypto.Keccak256Hash(b)
	return tx, nil
}

// secp256k1 group order N and N/2, big-endian.
var (
	secp256k1N     = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secp256k1HalfN = new(uint256.Int).Rsh(secp256k1N, 1)
)

// validSignatureValues is crypto.ValidateSignatureValues with homestead
// rules (1 <= r < N, 1 <= s <= N/2, v in {0,1}) for a [R || S || V]
// signature, without converting to big.Int.
func validSignatureValues(sig []byte) bool {
	var r, s uint256.Int
	r.SetBytes32(sig[:32])
	s.SetBytes32(sig[32:64])
	v := sig[64]
	return !r.IsZero() && !s.IsZero() && r.Lt(secp256k1N) && !s.Gt(secp256k1HalfN) && (v == 0 || v == 1)
}

// checkAmounts rejects nil amounts so that later code never sees them.
func checkAmounts(data TxData) error {
	var amt *uint256.Int
	switch d := data.(type) {
	case *Transfer:
		amt = d.Amount
	case *Withdraw:
		amt = d.Amount
	case *Deposit:
		amt = d.Amount
	case *CreateMLSC:
		amt = d.Bounty
	case *Stake:
		amt = d.Amount
	case *Unstake:
		amt = d.Amount
	case *UseModel:
		amt = d.Fee
	case *ProposeDelta:
		amt = d.Deposit
	case *VoteDelta:
		amt = d.Amount
	default:
		return nil
	}
	if amt == nil {
		return fmt.Errorf("%w: %s has no amount", ErrTxEncoding, data.txType())
	}
	return nil
}

// SigningHash is the digest a signed transaction's signature covers when
// it is signed for chainID.
func SigningHash(tx *Tx, chainID uint64) common.Hash {
	return sigHash(chainID, tx.Type(), tx.feeCap, tx.body)
}
