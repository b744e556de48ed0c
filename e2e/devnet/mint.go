package devnet

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ipfs/go-cid"

	"github.com/neuron-rollup/neuron/l1/batchrecord"
	"github.com/neuron-rollup/neuron/rollup"
	"github.com/neuron-rollup/neuron/rpcapi"
)

// ErrMint: the devnet's model token was minted wrong or could not be.
var ErrMint = errors.New("devnet: model mint")

// mintFlow tracks minting the devnet MLSC's finished model on L1.
type mintFlow struct {
	minted bool
	gas    uint64 // the L1 gas of the mint
}

// stepMint mints the MLSC's model token on L1 once the MLSC is done and the
// batch carrying its completion message is final (what `nrn model mint`
// does: nrn_getMessageProof, then ModelNFT.mint), then checks that the
// token belongs to the MLSC's creator and that its tokenURI names the final
// checkpoint. It returns nil while there is nothing to do yet.
func (n *network) stepMint(ctx context.Context, f *mintFlow, m *rpcapi.MLSCView) error {
	if f.minted || m.Phase != rollup.PhaseDone {
		return nil
	}
	var (
		md rollup.Model
		ok bool
	)
	if err := n.seq.View(func(st *rollup.State, _ *rollup.Header) error {
		md, ok = st.Model(n.mlscID)
		return nil
	}); err != nil {
		return err
	}
	if !ok || !md.Done {
		return fmt.Errorf("%w: MLSC %d is done but its model record is not", ErrMint, n.mlscID)
	}
	if md.Message == 0 {
		return fmt.Errorf("%w: MLSC %d completed (%s) with no message: no round was won", ErrMint, n.mlscID, md.Reason)
	}
	p, err := n.client.MessageProof(ctx, md.Message-1)
	if err != nil || !p.Settled {
		return nil // not batched or not on L1 yet
	}
	co := &bind.CallOpts{Context: ctx}
	r, nft := n.dep.Rollup, n.dep.ModelNFT
	final, err := bind.Call(r.Instance, co, r.Binding.PackIsFinalized(uint64(p.BatchIndex)), r.Binding.UnpackIsFinalized)
	if err != nil || !final {
		return err
	}
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	rec, err := batchrecord.Read(ctx, n.chain, r.Address, n.dep.Block, uint64(p.BatchIndex))
	if err != nil {
		return fmt.Errorf("%w: message %d in batch %d: %w", ErrMint, p.ID, p.BatchIndex, err)
	}
	rc, err := n.send(ctx, n.user, nft.Instance, nft.Binding.PackMint(rec, uint64(p.ID), p.Data, proof))
	if err != nil {
		return fmt.Errorf("%w: message %d in batch %d: %w", ErrMint, p.ID, p.BatchIndex, err)
	}
	token := new(big.Int).SetUint64(n.mlscID)
	owner, err := bind.Call(nft.Instance, co, nft.Binding.PackOwnerOf(token), nft.Binding.UnpackOwnerOf)
	if err != nil {
		return err
	}
	if owner != md.Creator || owner != n.user.addr {
		return fmt.Errorf("%w: token %d owned by %s, want the MLSC's creator %s", ErrMint, token, owner, n.user.addr)
	}
	ckpt, err := cid.Cast(md.CheckpointCID)
	if err != nil {
		return fmt.Errorf("%w: final checkpoint CID: %w", ErrMint, err)
	}
	uri, err := bind.Call(nft.Instance, co, nft.Binding.PackTokenURI(token), nft.Binding.UnpackTokenURI)
	if err != nil {
		return err
	}
	got, err := uriCheckpoint(uri)
	if err != nil {
		return fmt.Errorf("%w: token %d: %w", ErrMint, token, err)
	}
	if got != ckpt.String() {
		return fmt.Errorf("%w: token %d's tokenURI names checkpoint %s, want the final %s", ErrMint, token, got, ckpt)
	}
	f.minted, f.gas = true, rc.GasUsed
	n.printf("model of MLSC %d minted on L1 (ModelNFT token %d, %d gas) to its creator %s from final batch %d, message %d; tokenURI names checkpoint %s",
		n.mlscID, token, rc.GasUsed, owner, p.BatchIndex, p.ID, got)
	return nil
}

// uriCheckpoint is the checkpoint CID a ModelNFT tokenURI names (a
// base64 JSON data: URI).
func uriCheckpoint(uri string) (string, error) {
	const prefix = "data:application/json;base64,"
	if !strings.HasPrefix(uri, prefix) {
		return "", fmt.Errorf("tokenURI %.40q is not a base64 JSON data URI", uri)
	}
	raw, err := base64.StdEncoding.DecodeString(uri[len(prefix):])
	if err != nil {
		return "", fmt.Errorf("tokenURI: %w", err)
	}
	var meta struct {
		Checkpoint string `json:"checkpoint"`
	}
	if err := json.Unmarshal(raw, &meta); err != nil {
		return "", fmt.Errorf("tokenURI JSON %s: %w", raw, err)
	}
	return meta.Checkpoint, nil
}
