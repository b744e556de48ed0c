package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseNRN(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		bad      bool
	}{
		{in: "1", want: "1000000000000000000"},
		{in: "1.5", want: "1500000000000000000"},
		{in: "0.000000000000000001", want: "1"},
		{in: "0", bad: true},
		{in: "-1", bad: true},
		{in: "1.0000000000000000001", bad: true},
		{in: "abc", bad: true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			v, err := parseNRN(tc.in)
			if tc.bad {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, v.String())
		})
	}
}
