package trainer

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/rollup"
)

// ClaimState is where a journaled claim stands.
type ClaimState string

// Claim states, in order. A claim ends in ClaimRevealed or ClaimAbandoned.
const (
	// ClaimCommitting: the Commit is signed and journaled; it may or may not
	// have reached the sequencer.
	ClaimCommitting ClaimState = "committing"
	// ClaimCommitted: the Commit is on L2.
	ClaimCommitted ClaimState = "committed"
	// ClaimRevealed: the Reveal is on L2.
	ClaimRevealed ClaimState = "revealed"
	// ClaimAbandoned: a window closed or L2 rejected the claim; Reason says why.
	ClaimAbandoned ClaimState = "abandoned"
)

// Claim is one round's claim as the journal records it: everything needed to
// reveal it after a restart.
type Claim struct {
	MLSC             uint64         `json:"mlsc"`
	Round            uint64         `json:"round"`
	Trainer          common.Address `json:"trainer"`
	Salt             common.Hash    `json:"salt"`
	CheckpointCID    string         `json:"checkpointCid"`
	TraceCID         string         `json:"traceCid"`
	WeightCommitment common.Hash    `json:"weightCommitment"`
	TraceRoot        common.Hash    `json:"traceRoot"`
	LossSum          uint64         `json:"lossSum"`
	Commitment       common.Hash    `json:"commitment"`
	CommitTx         common.Hash    `json:"commitTx"`
	RevealTx         common.Hash    `json:"revealTx,omitempty"`
	State            ClaimState     `json:"state"`
	Reason           string         `json:"reason,omitempty"`
	// Settled is how the round of a revealed claim ended, once it has
	// (SettledWon, SettledBeaten, SettledSlashed); empty before.
	Settled string `json:"settled,omitempty"`
}

// Commit is the Commit transaction body of the claim for nonce.
func (c *Claim) Commit(nonce uint64) *rollup.Commit {
	return &rollup.Commit{Nonce: nonce, MLSC: c.MLSC, Round: c.Round, Commitment: c.Commitment}
}

// Reveal is the Reveal transaction body of the claim for nonce.
func (c *Claim) Reveal(nonce uint64) (*rollup.Reveal, error) {
	ck, err := cid.Decode(c.CheckpointCID)
	if err != nil {
		return nil, fmt.Errorf("journal: checkpoint CID: %w", err)
	}
	tr, err := cid.Decode(c.TraceCID)
	if err != nil {
		return nil, fmt.Errorf("journal: trace CID: %w", err)
	}
	return &rollup.Reveal{
		Nonce: nonce, MLSC: c.MLSC, Round: c.Round, CheckpointCID: ck.Bytes(),
		WeightCommitment: c.WeightCommitment, TraceCID: tr.Bytes(), TraceRoot: c.TraceRoot,
		ClaimedLossSum: c.LossSum, Salt: c.Salt,
	}, nil
}

func (c *Claim) check() error {
	want := rollup.CommitmentHash(c.MLSC, c.Round, c.WeightCommitment, c.TraceRoot, c.LossSum, c.Trainer, c.Salt)
	if want != c.Commitment {
		return fmt.Errorf("journal: claim for MLSC %d round %d does not open its commitment", c.MLSC, c.Round)
	}
	if _, err := c.Reveal(0); err != nil {
		return err
	}
	switch c.Settled {
	case "", SettledWon, SettledBeaten, SettledSlashed:
	default:
		return fmt.Errorf("journal: unknown round outcome %q", c.Settled)
	}
	if c.Settled != "" && c.State != ClaimRevealed {
		return fmt.Errorf("journal: a %s claim has a round outcome (%s)", c.State, c.Settled)
	}
	switch c.State {
	case ClaimCommitting, ClaimCommitted, ClaimRevealed, ClaimAbandoned:
		return nil
	}
	return fmt.Errorf("journal: unknown claim state %q", c.State)
}

// journal keeps one JSON file per claim under dir. Every write goes to a
// temporary file that is fsync'd, renamed over the claim's file, and followed
// by an fsync of the directory, so a crash at any point leaves either the old
// or the new record. It is used by one goroutine.
type journal struct {
	dir string
}

const journalTmp = ".tmp"

func openJournal(dir string) (*journal, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	for _, e := range ents { // a crash before rename leaves only a temporary file
		if strings.HasSuffix(e.Name(), journalTmp) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return nil, fmt.Errorf("journal: %w", err)
			}
		}
	}
	return &journal{dir: dir}, nil
}

func (j *journal) path(mlsc, round uint64) string {
	return filepath.Join(j.dir, fmt.Sprintf("claim-%d-%d.json", mlsc, round))
}

// put durably records c.
func (j *journal) put(c *Claim) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	dst := j.path(c.MLSC, c.Round)
	tmp := dst + journalTmp
	if err := writeSync(tmp, append(b, '\n')); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if err := syncDir(j.dir); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}

// load returns every claim, ordered by MLSC and round.
func (j *journal) load() ([]*Claim, error) {
	ents, err := os.ReadDir(j.dir)
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	var out []*Claim
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "claim-") || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(j.dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("journal: %w", err)
		}
		c := new(Claim)
		if err := json.Unmarshal(b, c); err != nil {
			return nil, fmt.Errorf("journal: %s: %w", e.Name(), err)
		}
		if err := c.check(); err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		if e.Name() != filepath.Base(j.path(c.MLSC, c.Round)) {
			return nil, fmt.Errorf("journal: %s holds MLSC %d round %d", e.Name(), c.MLSC, c.Round)
		}
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].MLSC != out[b].MLSC {
			return out[a].MLSC < out[b].MLSC
		}
		return out[a].Round < out[b].Round
	})
	return out, nil
}

func writeSync(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	return errors.Join(d.Sync(), d.Close())
}
