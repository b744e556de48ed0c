package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/neuron-rollup/neuron/l1/bindings"
	"github.com/neuron-rollup/neuron/lightclient"
)

// exitProofCommand is `nrn exit-proof`: the state proof an exodus exit needs, from L1 and
// DA alone.
func exitProofCommand() *cli.Command {
	return &cli.Command{
		Name:      "exit-proof",
		Usage:     "build the state proof the Bridge pays an exodus exit against, from L1 and DA alone",
		ArgsUsage: "ADDRESS",
		Description: "Re-executes, as nrn verify does, every batch up to the exit state (in exodus the Rollup's\n" +
			"exodusState; before it, the batches final now, which an exodus entered now would take), then proves\n" +
			"ADDRESS's account (balance + stake), or with --mlsc an MLSC's escrow (paid to its creator), against\n" +
			"that state root. Prints JSON: the proof, the amounts, and the calldata of Bridge.exitAccount or\n" +
			"Bridge.exitEscrow, which anyone may send once the chain is in exodus.",
		Flags: append(lightClientFlags("NRN_EXIT_"),
			&cli.Int64Flag{Name: "mlsc", Value: -1, Usage: "prove this MLSC's escrow instead of an account (ADDRESS is then not given)", EnvVars: []string{"NRN_EXIT_MLSC"}},
			&cli.StringFlag{Name: "out", Usage: "write the JSON here instead of stdout", EnvVars: []string{"NRN_EXIT_OUT"}},
		),
		Action: cmdExitProof,
	}
}

func cmdExitProof(c *cli.Context) error {
	var target lightclient.ExitTarget
	switch mlsc := c.Int64("mlsc"); {
	case mlsc >= 0 && c.NArg() == 0:
		id := uint64(mlsc)
		target.MLSC = &id
	case mlsc < 0 && c.NArg() == 1 && common.IsHexAddress(c.Args().First()):
		target.Account = common.HexToAddress(c.Args().First())
	default:
		return fmt.Errorf("usage: nrn exit-proof ADDRESS, or nrn exit-proof --mlsc ID")
	}
	lc, err := openLightClient(c)
	if err != nil {
		return err
	}
	defer lc.ec.Close()
	cp, inExodus, err := lc.replayExitState(c.Context)
	if err != nil {
		return err
	}
	batches := cp.NextBatch
	p, err := lightclient.BuildExitProof(cp, target)
	if err != nil {
		return err
	}
	b := bindings.NewBridge()
	var calldata []byte
	if p.MLSC != nil {
		calldata = b.PackExitEscrow(*p.MLSC, p.ProofBytes())
	} else {
		calldata = b.PackExitAccount(*p.Account, p.ProofBytes())
	}
	out := struct {
		*lightclient.ExitProof
		InExodus bool           `json:"inExodus"`
		Bridge   common.Address `json:"bridge"`
		Calldata hexutil.Bytes  `json:"calldata"`
	}{p, inExodus, lc.chain.L1.Contracts.Bridge, calldata}
	enc, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	if !inExodus {
		fmt.Fprintf(os.Stderr, "nrn exit-proof: the chain is not in exodus; this proof holds for an exodus entered while %d batches are final\n", batches)
	}
	if path := c.String("out"); path != "" {
		return os.WriteFile(path, append(enc, '\n'), 0o644)
	}
	fmt.Println(string(enc))
	return nil
}
