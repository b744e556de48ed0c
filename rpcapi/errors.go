package rpcapi

import (
	"errors"
	"net/http"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/rollup"
)

// Errors of the nrn_ API. The server sends each with its code (ToRPC) and
// a client turns the code back into the same sentinel (FromRPC): match them
// with errors.Is; nobody matches error strings. The sequencer returns them
// under the same names.
var (
	// ErrNotFound: no such block, receipt, batch, round or withdrawal.
	ErrNotFound = errors.New("sequencer: not found")

	// Admission: every transaction the mempool refuses wraps one of these.
	ErrNonceTooLow = errors.New("sequencer: nonce too low")
	ErrNonceGap    = errors.New("sequencer: nonce too far ahead")
	ErrAccountFull = errors.New("sequencer: too many pending transactions for account")
	ErrPoolFull    = errors.New("sequencer: mempool full")
	ErrKnownTx     = errors.New("sequencer: transaction already known")
	// ErrCannotPay: the sender's balance does not cover what its pending
	// transactions and this one cost, or the sender holds nothing at all.
	ErrCannotPay = errors.New("sequencer: sender cannot pay")
	// ErrGapBudget: the account has as many nonce-gapped transactions
	// pending as it may.
	ErrGapBudget = errors.New("sequencer: too many nonce-gapped transactions for account")

	// Limits of the RPC server.

	// ErrRequestTimeout: the server answered the call (or a batch's
	// remaining calls) with a timeout error (JSON-RPC code -32002); a
	// batch's calls answered before it stand.
	ErrRequestTimeout = errors.New("sequencer: RPC request timed out")
	// ErrResponseTooLarge: a batch's responses passed the server's
	// response-size limit (code -32003).
	ErrResponseTooLarge = errors.New("sequencer: RPC batch response too large")
	// ErrRateLimited: the client sent more calls than its rate allows
	// (HTTP 429, code -32005); retry after the Retry-After header.
	ErrRateLimited = errors.New("sequencer: RPC rate limit exceeded")
	// ErrHostNotAllowed: the request's Host header names no allowed
	// virtual host (HTTP 403).
	ErrHostNotAllowed = errors.New("sequencer: RPC host not allowed")
	// ErrBadPage: a list call's limit is 0 or over MaxPage.
	ErrBadPage = errors.New("sequencer: bad page request")
)

// JSON-RPC error codes. The first three are go-ethereum's; the nrn_ API's
// own codes lie in -39000…-39999, outside the range JSON-RPC reserves.
const (
	CodeRequestTimeout   = -32002
	CodeResponseTooLarge = -32003
	CodeRateLimited      = -32005
	CodeNotFound         = -39001
	CodeBadPage          = -39002
	codeTx               = -39100 // minus n: the n-th admission or state-transition sentinel
)

// codes pairs each sentinel that crosses the RPC with its code. The server
// sends the code of the first sentinel an error wraps; the client turns the
// code back into the same sentinel. Codes never change meaning: append,
// never reorder.
var codes = []struct {
	code int
	err  error
}{
	{CodeRequestTimeout, ErrRequestTimeout},
	{CodeResponseTooLarge, ErrResponseTooLarge},
	{CodeRateLimited, ErrRateLimited},
	{CodeNotFound, ErrNotFound},
	{CodeBadPage, ErrBadPage},
	{codeTx - 1, ErrNonceTooLow},
	{codeTx - 2, ErrNonceGap},
	{codeTx - 3, ErrAccountFull},
	{codeTx - 4, ErrPoolFull},
	{codeTx - 5, ErrKnownTx},
	{codeTx - 6, rollup.ErrTxTooLarge},
	{codeTx - 7, rollup.ErrTxType},
	{codeTx - 8, rollup.ErrTxEncoding},
	{codeTx - 9, rollup.ErrBadSignature},
	{codeTx - 10, rollup.ErrChainID},
	{codeTx - 11, rollup.ErrNonce},
	{codeTx - 12, rollup.ErrBalance},
	{codeTx - 13, rollup.ErrStake},
	{codeTx - 14, rollup.ErrUnknownMLSC},
	{codeTx - 15, rollup.ErrBadSpec},
	{codeTx - 16, rollup.ErrNoClaim},
	{codeTx - 17, ErrCannotPay},
	{codeTx - 18, ErrGapBudget},
	{codeTx - 19, rollup.ErrLowBounty},
	{codeTx - 20, rollup.ErrFeeCap},
	{codeTx - 21, rollup.ErrRoundFull},
}

// codedError is an error the RPC server sends with its code.
type codedError struct {
	code int
	err  error
}

func (e *codedError) Error() string  { return e.err.Error() }
func (e *codedError) ErrorCode() int { return e.code }
func (e *codedError) Unwrap() error  { return e.err }

var _ rpc.Error = (*codedError)(nil)

// ToRPC is the server's side: it gives err the code of the first sentinel
// in codes it wraps (an rpc.Error); an error that wraps none goes as is
// (code -32000).
func ToRPC(err error) error {
	if err == nil {
		return nil
	}
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return &codedError{code: c.code, err: err}
		}
	}
	return err
}

// RemoteError is an error the server sent: its code and message, and the
// sentinel the code stands for (errors.Is matches it), if any.
type RemoteError struct {
	Code    int
	Message string
	err     error
}

func (e *RemoteError) Error() string { return e.Message }
func (e *RemoteError) Unwrap() error { return e.err }

// FromRPC is the client's side: it turns the errors of the server's codes
// and HTTP limits into *RemoteError wrapping their sentinels; others are
// returned as they are.
func FromRPC(err error) error {
	if err == nil {
		return nil
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		switch he.StatusCode {
		case http.StatusTooManyRequests:
			return &RemoteError{Code: CodeRateLimited, Message: err.Error(), err: ErrRateLimited}
		case http.StatusForbidden:
			return &RemoteError{Code: he.StatusCode, Message: err.Error(), err: ErrHostNotAllowed}
		}
		return err
	}
	var re rpc.Error
	if !errors.As(err, &re) {
		return err
	}
	for _, c := range codes {
		if c.code == re.ErrorCode() {
			return &RemoteError{Code: c.code, Message: err.Error(), err: c.err}
		}
	}
	return err
}
