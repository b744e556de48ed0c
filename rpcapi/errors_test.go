package rpcapi

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/neuron-rollup/neuron/rollup"
)

// TestRPCCodes checks that every sentinel in codes has its own code and
// comes back from its code as itself.
func TestRPCCodes(t *testing.T) {
	seen := map[int]error{}
	for _, c := range codes {
		require.NotContains(t, seen, c.code, "code %d used twice", c.code)
		seen[c.code] = c.err
		sent := ToRPC(fmt.Errorf("call failed: %w", c.err))
		var re rpc.Error
		require.True(t, errors.As(sent, &re))
		require.Equal(t, c.code, re.ErrorCode())
		got := FromRPC(sent)
		require.ErrorIs(t, got, c.err)
		var remote *RemoteError
		require.ErrorAs(t, got, &remote)
	}
	require.NoError(t, ToRPC(nil))
	plain := errors.New("no sentinel")
	require.Equal(t, plain, ToRPC(plain))
	require.Equal(t, plain, FromRPC(plain))
	require.ErrorIs(t, FromRPC(ToRPC(fmt.Errorf("%w: nonce 3", rollup.ErrNonce))), rollup.ErrNonce)
}

// TestHTTPLimits: the server's HTTP refusals come back as their sentinels.
func TestHTTPLimits(t *testing.T) {
	for _, tc := range []struct {
		status int
		want   error
	}{
		{http.StatusTooManyRequests, ErrRateLimited},
		{http.StatusForbidden, ErrHostNotAllowed},
		{http.StatusInternalServerError, nil},
	} {
		t.Run(http.StatusText(tc.status), func(t *testing.T) {
			sent := rpc.HTTPError{StatusCode: tc.status, Status: http.StatusText(tc.status)}
			got := FromRPC(fmt.Errorf("call: %w", sent))
			if tc.want == nil {
				var remote *RemoteError
				require.False(t, errors.As(got, &remote))
				return
			}
			require.ErrorIs(t, got, tc.want)
		})
	}
}
