package sequencer

import "github.com/neuron-rollup/neuron/rpcapi"

// Errors the sequencer returns that cross the RPC. Package rpcapi defines
// them with their codes, so that a client gets the same sentinels back;
// these are those sentinels, under the names the sequencer's callers use.
var (
	// ErrNotFound is returned for absent blocks, receipts and batches.
	ErrNotFound = rpcapi.ErrNotFound

	// Mempool errors. Every refused transaction returns one of these (or a
	// rollup sentinel), wrapped with the details.
	ErrNonceTooLow = rpcapi.ErrNonceTooLow
	ErrNonceGap    = rpcapi.ErrNonceGap
	ErrAccountFull = rpcapi.ErrAccountFull
	ErrPoolFull    = rpcapi.ErrPoolFull
	ErrKnownTx     = rpcapi.ErrKnownTx
	ErrCannotPay   = rpcapi.ErrCannotPay
	ErrGapBudget   = rpcapi.ErrGapBudget

	// Limits of the RPC server (RPCConfig).
	ErrRequestTimeout   = rpcapi.ErrRequestTimeout
	ErrResponseTooLarge = rpcapi.ErrResponseTooLarge
	ErrRateLimited      = rpcapi.ErrRateLimited
	ErrHostNotAllowed   = rpcapi.ErrHostNotAllowed
	ErrBadPage          = rpcapi.ErrBadPage
)
