package rollup

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// L1 keeps a hash chain over each queue it feeds the L2, one link per entry:
// the Bridge over deposits (depositAccumulator), the Rollup over forced
// transactions (forcedEntry). With one L1 read anyone checks that an L2
// deposit or forced entry is the one L1 took at its position: L1's fault
// proofs (StepVerifier) and the light client do.

// DepositAccumulator is Bridge.depositAccumulator after deposit d, given
// prev, the accumulator after the deposit before it (zero before nonce 0):
// keccak256(abi.encode(prev, from, to, amount)).
func DepositAccumulator(prev common.Hash, d *Deposit) common.Hash {
	var buf [4 * 32]byte
	copy(buf[:32], prev[:])
	copy(buf[32+12:64], d.From[:])
	copy(buf[64+12:96], d.To[:])
	if d.Amount != nil {
		d.Amount.WriteToSlice(buf[96:])
	}
	return crypto.Keccak256Hash(buf[:])
}

// ForcedAccumulator is the Rollup's forced-queue accumulator after an entry
// queuing tx, given prev, the one after the entry before it (zero before
// entry 0): keccak256(prev ‖ keccak256(tx)).
func ForcedAccumulator(prev common.Hash, tx []byte) common.Hash {
	return crypto.Keccak256Hash(prev[:], crypto.Keccak256(tx))
}
