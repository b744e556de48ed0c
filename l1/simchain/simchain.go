// Package simchain is an in-process L1 for devnets and tests: ethclient/simulated with a
// block mined for every transaction sent, so code written for a real L1 (send, then wait for
// the receipt) runs on it unchanged.
package simchain

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// ChainID is the chain id of every simulated chain.
const ChainID = 1337

// Chain is a simulated L1 that mines each transaction it is sent in its own block. It
// implements bind.ContractBackend and bind.DeployBackend, and is safe for concurrent use.
// Close it when done.
type Chain struct {
	simulated.Client

	mu  sync.Mutex // serializes sending, mining and time travel
	sim *simulated.Backend
}

var (
	_ bind.ContractBackend = (*Chain)(nil)
	_ bind.DeployBackend   = (*Chain)(nil)
)

// New starts a chain whose genesis holds alloc; options are those of ethclient/simulated.
func New(alloc types.GenesisAlloc, options ...func(*node.Config, *ethconfig.Config)) *Chain {
	// The simulated beacon's Commit waits for the payload builder's signal that a full
	// block is ready (miner.Payload.WaitFull); when the builder finishes before the wait
	// starts, only its next rebuild signals again. Rebuilding every 100 ms (default 2 s,
	// and never on a loaded machine) bounds that wait.
	options = append([]func(*node.Config, *ethconfig.Config){func(_ *node.Config, ec *ethconfig.Config) {
		ec.Miner.Recommit = 100 * time.Millisecond
	}}, options...)
	sim := simulated.NewBackend(alloc, options...)
	return &Chain{Client: sim.Client(), sim: sim}
}

// SendTransaction sends tx and, if the chain accepted it, mines a block. A transaction that
// reverts is still mined: its receipt has status 0.
func (c *Chain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.sim.Commit()
	return nil
}

// Commit mines a block with whatever is pending and returns its hash.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sim.Commit()
}

// Fork makes the block parent the head, as an L1 reorg does: the blocks above it leave the
// canonical chain and the next Commit builds on parent. As on a real node, the dropped
// blocks' transactions go back to the pool and are mined again unless a transaction with the
// same sender and nonce and a higher fee replaces them.
//
// The simulated beacon finalizes by block number only: a block whose number is a multiple of
// 32 is finalized when it is mined, and stays the finalized block until the next multiple of
// 32 (see FinalizedAt). Fork does not check finality, so a test must not fork below the
// finalized block if it wants the reorg to look like a real L1.
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sim.Fork(parent)
}

// EpochLength is how often the simulated beacon finalizes: every block whose number is a
// multiple of EpochLength is finalized as it is mined.
const EpochLength = 32

// FinalizedAt is the block the simulated beacon reports as finalized (the "finalized"
// block tag) while head is the head: head itself at a multiple of EpochLength, else the last
// multiple below it. Finality thus lags the head by 0 to EpochLength-1 blocks.
func FinalizedAt(head uint64) uint64 {
	if head%EpochLength == 0 {
		return head
	}
	return (head - 1) / EpochLength * EpochLength
}

// AdjustTime moves the clock on: it mines a block with whatever is pending, then an empty
// block d (rounded down to seconds) later than that one.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	// The simulated beacon refuses to adjust time while its transaction pool still lists
	// transactions, which it does until the pool's background reset after the last block
	// has run. Committing first waits for that reset (and mines anything really pending).
	c.sim.Commit()
	return c.sim.AdjustTime(d)
}

// Close stops the chain; it cannot be used afterwards.
func (c *Chain) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sim.Close()
}

// WithHTTP serves the chain's JSON-RPC (eth, net, web3) over HTTP on host:port, for
// processes outside this one. Transactions sent that way wait in the pool until the next
// Commit.
func WithHTTP(host string, port int) func(*node.Config, *ethconfig.Config) {
	return func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = host, port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"*"}
	}
}
