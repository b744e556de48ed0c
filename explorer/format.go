package explorer

import (
	"fmt"
	"html/template"
	"math"
	"math/big"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/circuits/fixedpoint"
	"github.com/neuron-rollup/neuron/circuits/mlp"
)

func (e *Explorer) funcs() template.FuncMap {
	return template.FuncMap{
		"short":   shortHex,
		"nrn":     func(v any) string { return formatAmount(v, e.cfg.NRNDecimals) },
		"cidtext": cidText,
		"utc":     utc,
		"meanloss": func(sum, size uint64) string {
			if sum == math.MaxUint64 {
				return "—"
			}
			return fmt.Sprintf("%.5f", meanLoss(sum, size))
		},
		"group":    groupDigits,
		"lossname": func(l uint8) string { return mlp.Loss(l).String() },
		"sub1":     func(n uint64) uint64 { return n - 1 },
	}
}

// meanLoss is a loss sum over a dataset of size examples as a real number
// (the sum is fixed point, fixedpoint.FracBits fractional bits).
func meanLoss(sum, size uint64) float64 {
	return float64(sum) / float64(max(size, 1)) / float64(fixedpoint.One)
}

// shortHex shortens a hash or address to 0x1234…abcd.
func shortHex(v any) string {
	var s string
	switch x := v.(type) {
	case common.Hash:
		s = x.Hex()
	case common.Address:
		s = x.Hex()
	case string:
		s = x
	default:
		s = fmt.Sprint(v)
	}
	if len(s) <= 14 {
		return s
	}
	return s[:6] + "…" + s[len(s)-4:]
}

// formatAmount writes an amount of a token with decimals as 1,234.5 NRN.
func formatAmount(v any, decimals int) string {
	var b *big.Int
	switch x := v.(type) {
	case *big.Int:
		b = x
	case *hexutil.Big:
		b = x.ToInt()
	case *uint256.Int:
		if x != nil {
			b = x.ToBig()
		}
	}
	if b == nil {
		return "—"
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(b), unit, new(big.Int))
	s := groupDigits(q.String())
	if r.Sign() != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%0*s", decimals, r.String()), "0")
	}
	if b.Sign() < 0 {
		s = "-" + s
	}
	return s + " NRN"
}

// groupDigits puts a comma between groups of three digits.
func groupDigits(v any) string {
	s := fmt.Sprint(v)
	if len(s) <= 3 {
		return s
	}
	var out strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out.WriteByte(',')
		}
		out.WriteRune(c)
	}
	return out.String()
}

// maxOpaque bounds how much of bytes that are not a CID a page shows.
const maxOpaque = 96

// cidText shows a CID field: the CID's string form, or, when the bytes are
// not a CID (anyone may put any bytes there), the bytes Go-quoted and cut
// to maxOpaque characters. Pages escape it like any other text.
func cidText(b []byte) string {
	if len(b) == 0 {
		return "—"
	}
	if c, err := cid.Cast(b); err == nil {
		return c.String()
	}
	s := fmt.Sprintf("%q", b)
	if utf8.RuneCountInString(s) > maxOpaque {
		s = string([]rune(s)[:maxOpaque]) + "…"
	}
	return "not a CID: " + s
}

// utc writes a Unix time in seconds (uint64 or hexutil.Uint64).
func utc(v any) string {
	var t uint64
	switch x := v.(type) {
	case uint64:
		t = x
	case hexutil.Uint64:
		t = uint64(x)
	default:
		return fmt.Sprint(v)
	}
	return time.Unix(int64(t), 0).UTC().Format("2006-01-02 15:04:05 UTC")
}
