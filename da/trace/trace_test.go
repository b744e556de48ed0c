package trace

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRoundTrip(t *testing.T) {
	in := []uint64{0, 1, 1 << 40, 7}
	b, err := Encode(in)
	require.NoError(t, err)
	out, err := Decode(b)
	require.NoError(t, err)
	require.Equal(t, in, out)
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"short", b[:10]},
		{"magic", append([]byte("XXXX"), b[4:]...)},
		{"truncated", b[:len(b)-5]},
		{"checksum", append(bytes.Clone(b[:len(b)-1]), b[len(b)-1]^1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.b)
			require.ErrorIs(t, err, ErrFormat)
		})
	}
	_, err = Encode(nil)
	require.ErrorIs(t, err, ErrFormat)
}

func FuzzDecode(f *testing.F) {
	b, _ := Encode([]uint64{3, 4, 5})
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		losses, err := Decode(b)
		if err != nil {
			return
		}
		again, err := Encode(losses)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatal("decoded trace re-encodes differently")
		}
	})
}
