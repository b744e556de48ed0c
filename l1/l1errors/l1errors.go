// Package l1errors turns the revert data of a failed call or transaction to the Neuron L1
// contracts into the contract's custom error, by name and arguments, from the ABIs in
// l1/bindings: "Bridge reverted BatchNotFinalized(batchIndex=3)" instead of "execution
// reverted".
package l1errors

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/neuron-rollup/neuron/l1/bindings"
)

// RevertError is a revert of an L1 contract with its decoded reason. It wraps the error it
// was decoded from.
type RevertError struct {
	// Name is the custom error's name ("BatchNotFinalized"), "Error" for require messages,
	// "Panic" for Solidity panics, empty if the selector is unknown.
	Name string
	// Args are the error's arguments, by name ("arg0", ... when unnamed), in ABI order.
	Args []Arg
	// Data is the raw revert data.
	Data []byte
	err  error
}

// Arg is one argument of a custom error.
type Arg struct {
	Name  string
	Value any
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("execution reverted with unknown error data %s", hexutil.Encode(e.Data))
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = a.Name + "=" + format(a.Value)
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

// Unwrap returns the error the revert was decoded from.
func (e *RevertError) Unwrap() error { return e.err }

func format(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return hexutil.Encode(x)
	case *big.Int:
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

// errorsBySelector are the custom errors of every contract in l1/bindings.
func errorsBySelector() map[[4]byte]abi.Error {
	out := map[[4]byte]abi.Error{}
	for _, m := range []*bind.MetaData{&bindings.RollupMetaData, &bindings.BridgeMetaData, &bindings.NRNMetaData,
		&bindings.BatchLossVerifierMetaData, &bindings.LossVerifierMetaData, &bindings.ModelNFTMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic("l1errors: generated ABI does not parse: " + err.Error())
		}
		for _, e := range a.Errors {
			out[[4]byte(e.ID[:4])] = e
		}
	}
	return out
}

// Decode returns err with the revert it carries decoded as a *RevertError (which wraps err),
// or err itself if it carries no revert data (nil stays nil). Revert data comes with errors
// that implement rpc.DataError, as eth_call and eth_estimateGas failures do, so a transaction
// sent with bind.Transact (which estimates gas first) is decoded before it is sent.
func Decode(err error) error {
	if err == nil {
		return nil
	}
	var re *RevertError
	if errors.As(err, &re) {
		return err
	}
	data := RevertData(err)
	if data == nil {
		return err
	}
	return DecodeData(data, err)
}

// RevertData is the revert data carried by err; nil if none.
func RevertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, derr := hexutil.Decode(d)
		if derr != nil {
			return nil
		}
		data = b
	case []byte:
		data = d
	}
	if len(data) < 4 {
		return nil
	}
	return data
}

// DecodeData decodes revert data; cause is what the returned error wraps.
func DecodeData(data []byte, cause error) *RevertError {
	re := &RevertError{Data: data, err: cause}
	if len(data) < 4 {
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		sel := [4]byte(data[:4])
		if sel == [4]byte{0x08, 0xc3, 0x79, 0xa0} {
			re.Name, re.Args = "Error", []Arg{{Name: "message", Value: reason}}
		} else {
			re.Name, re.Args = "Panic", []Arg{{Name: "reason", Value: reason}}
		}
		return re
	}
	e, ok := errorsBySelector()[[4]byte(data[:4])]
	if !ok {
		return re
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return re
	}
	re.Name = e.Name
	for i, in := range e.Inputs {
		name := in.Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		re.Args = append(re.Args, Arg{Name: name, Value: vals[i]})
	}
	return re
}

// ErrReverted is what Replay wraps when it cannot recover a mined transaction's reason.
var ErrReverted = errors.New("l1errors: transaction reverted")

// Replay explains a mined transaction that reverted (rcpt.Status 0), which carries no revert
// data: it repeats the call from `from` on the state before the transaction's block and
// decodes the revert (Decode). The state may have moved on within the block, so the reason
// is the likely one; without a revert on replay it returns ErrReverted.
func Replay(ctx context.Context, c ethereum.ContractCaller, from common.Address, tx *types.Transaction, rcpt *types.Receipt) error {
	var at *big.Int
	if rcpt != nil && rcpt.BlockNumber != nil && rcpt.BlockNumber.Sign() > 0 {
		at = new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	}
	_, err := c.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}, at)
	if err == nil {
		return fmt.Errorf("%w: %v (no revert when replayed on the block before)", ErrReverted, tx.Hash())
	}
	if d := Decode(err); d != err {
		return d
	}
	return fmt.Errorf("%w: %v: %w", ErrReverted, tx.Hash(), err)
}
