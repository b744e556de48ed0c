package fixedpoint

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// PackWidth is the number of values packed into one BN254 field element:
// each value v is stored as the unsigned ValueBits-bit digit v - MinValue, and
// PackWidth*ValueBits = 250 bits < 253, so packing is injective.
const PackWidth = 10

// PackedLen is the number of field elements Pack returns for n values.
func PackedLen(n int) int { return (n + PackWidth - 1) / PackWidth }

// Pack packs values into field elements: element j is
// sum_{i<PackWidth} (vals[j*PackWidth+i] - MinValue) * 2^(i*ValueBits),
// the last element holding the remainder. It returns an error wrapping
// ErrRange if a value is outside [MinValue, MaxValue].
func Pack(vals []int64) ([]fr.Element, error) {
	if err := CheckValues(vals); err != nil {
		return nil, err
	}
	out := make([]fr.Element, PackedLen(len(vals)))
	acc, digit := new(big.Int), new(big.Int)
	for j := range out {
		acc.SetUint64(0)
		end := min((j+1)*PackWidth, len(vals))
		for i := end - 1; i >= j*PackWidth; i-- {
			acc.Lsh(acc, ValueBits)
			digit.SetInt64(vals[i] - MinValue)
			acc.Or(acc, digit)
		}
		out[j].SetBigInt(acc)
	}
	return out, nil
}
