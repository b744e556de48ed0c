// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepBlocks} from "./StepBlocks.sol";
import {StepDeltas} from "./StepDeltas.sol";
import {StepEconomy} from "./StepEconomy.sol";
import {StepMLSC} from "./StepMLSC.sol";
import {StepRounds} from "./StepRounds.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @notice What a step reads from L1 to check deposits and forced entries.
interface IStepSources {
    /// @notice Bridge: the deposit accumulator after deposit nonce.
    function depositAccumulator(uint64 nonce) external view returns (bytes32);
    /// @notice Rollup: forced entry index's accumulator and queue time.
    function forcedEntry(uint64 index) external view returns (bytes32 accumulator, uint64 queuedAt);
    /// @notice Rollup: the number of forced entries queued.
    function forcedCount() external view returns (uint64);
}

/// @title StepVerifier
/// @notice Re-executes one step of the L2 state-transition function (rollup.State: a block's
///         BeginBlock or one ApplyTx) against Merkle-Patricia proofs of the entries it touches,
///         and computes the state root after it, so that the Rollup can tell a wrong
///         intermediate root from a right one.
/// @dev State entries, fees and RLP values come from StepState; reads and writes go through the
///      StepTrie this contract deploys (trie). Each touched key is read and then written once,
///      in the order rollup.StepKeys lists, with one proof per key against the root left by the
///      writes before it (witness[i]). Every signed transaction pays the L2 fee of ctx.fees
///      (StepState.FeeRule) as rollup.State does: taken before it runs, refunded (nothing
///      written) if it is rejected, the recipient's part credited after it applied.
///      execute returns valid=false only when the STF positively rejects the step (a
///      transaction that does not decode, is signed badly or for another chain, has a wrong
///      nonce, too little balance, a zero amount or recipient, a deposit or forced entry that
///      is out of order or not the one L1 queued). It reverts for a witness that does not
///      prove what it must: that is no evidence against the sequencer. FaultProver holds the trace around it.
contract StepVerifier is StepState {

    uint8 private constant TX_BEGIN = 0x00;
    uint8 private constant TX_TRANSFER = 0x01;
    uint8 private constant TX_WITHDRAW = 0x02;
    uint8 private constant TX_DEPOSIT = 0x03;
    uint8 private constant TX_CREATE = 0x04;
    uint8 private constant TX_LOSS_PROOF = 0x09;
    uint8 private constant TX_STAKE = 0x05;
    uint8 private constant TX_UNSTAKE = 0x06;
    uint8 private constant TX_USE_MODEL = 0x10;
    uint8 private constant TX_CLAIM_EARNINGS = 0x11;
    uint8 private constant TX_COMMIT = 0x07;
    uint8 private constant TX_REVEAL = 0x08;
    uint8 private constant TX_FORCED = 0x0a;
    /// @dev rollup.MaxTxSize.
    uint256 private constant MAX_TX_SIZE = 65536;
    uint256 private constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    /// @notice The contract that re-executes paid use (use-model, claim-earnings) for this one.
    StepEconomy public immutable economy;

    /// @notice The contract that re-executes commits and reveals for this one.
    StepRounds public immutable rounds;

    /// @notice The contract that re-executes create-mlsc and loss proofs (their effects through
    ///         its StepProofs) for this one.
    StepMLSC public immutable mlsc;

    /// @notice The contract that re-executes vote-delta, propose-period and vote-period for
    ///         this one.
    StepDeltas public immutable deltas;

    /// @notice The contract that re-executes block starts once an MLSC exists for this one.
    StepBlocks public immutable blocks;

    /// @notice Uses trie_ (the StepTrie every step of this verifier reads and writes through)
    ///         and rounds_, mlsc_, deltas_ and blocks_ (deployed apart on the same trie), and
    ///         deploys the StepEconomy beside it with the same trie.
    constructor(StepTrie trie_, StepRounds rounds_, StepMLSC mlsc_, StepDeltas deltas_, StepBlocks blocks_)
        StepState(trie_)
    {
        economy = new StepEconomy(trie);
        rounds = rounds_;
        mlsc = mlsc_;
        deltas = deltas_;
        blocks = blocks_;
    }

    /// @notice Re-executes step `input` on the state at preRoot.
    /// @param input the step's bytes: a transaction's encoding (rollup.Tx.Encode), or 0x00 ‖
    ///        rlp([number, time, l1Number, l1Hash]) for a block start (rollup.BeginStepInput).
    /// @param witness per touched key, the RLP list of trie nodes from the root to it
    ///        (rollup.StepWitness).
    /// @return valid whether the STF applies the step.
    /// @return postRoot the state root after it (preRoot if it is not valid).
    /// @return withdrawalLeaf the Bridge's withdrawal leaf of the withdrawal the step made,
    ///         zero if none.
    /// @return messageLeaves the leaves of the L2→L1 messages the step made (rollup.MessageLeaf),
    ///         in id order: only a block start that completes an MLSC makes one.
    function execute(Context calldata ctx, bytes32 preRoot, bytes calldata input, bytes[] calldata witness)
        external
        view
        returns (bool valid, bytes32 postRoot, bytes32 withdrawalLeaf, bytes32[] memory messageLeaves)
    {
        Exec memory x;
        x.root = preRoot;
        (bool decoded, Tx memory tx_) = _decode(input, ctx.chainId);
        if (!decoded) return (false, preRoot, bytes32(0), messageLeaves);
        uint8 t = tx_.typ;
        if (t == TX_BEGIN) (valid, messageLeaves) = _begin(ctx, x, witness, tx_);
        else if (t == TX_DEPOSIT) valid = _deposit(ctx, x, witness, tx_);
        else if (t == TX_FORCED) valid = _forced(ctx, x, witness, tx_);
        else if (t == TX_USE_MODEL || t == TX_CLAIM_EARNINGS) (valid, x) = economy.run(ctx, x, witness, tx_);
        else if (t == TX_COMMIT || t == TX_REVEAL) (valid, x) = rounds.runRound(ctx, x, witness, tx_);
        else if (t == TX_CREATE) (valid, x) = mlsc.runCreate(ctx, x, witness, tx_);
        else if (t == TX_LOSS_PROOF) (valid, x) = mlsc.runLossProof(ctx, x, witness, tx_);
        else if (_deltaVote(t)) (valid, x) = deltas.runDeltas(ctx, x, witness, tx_);
        else valid = _signed(ctx, x, witness, tx_);
        if (!valid) return (false, preRoot, bytes32(0), new bytes32[](0));
        return (true, x.root, x.withdrawalLeaf, messageLeaves);
    }

    /// @dev The step input decoded (decodeTx), or ok false if it does not decode.
    function _decode(bytes calldata input, uint64 chainId) private view returns (bool ok, Tx memory d) {
        if (input.length == 0) return (false, d);
        uint256 g = gasleft();
        try this.decodeTx(input, chainId) returns (Tx memory t) {
            return (true, t);
        } catch {
            _notStarved(g);
            return (false, d);
        }
    }

    /// @notice The Height, DepositsConsumed and ForcedConsumed of the globals entry proven
    ///         against root (proof: the RLP list of trie nodes).
    function globalsAt(bytes32 root, bytes calldata proof)
        external
        view
        returns (uint64 height, uint64 deposits, uint64 forced)
    {
        (bool ok, bytes memory rec) = _get(_globalsKey(), proof, root);
        if (!ok) revert MalformedEntry(_globalsKey());
        bytes[] memory g = _globals(rec);
        height = uint64(_int(g[0], 8));
        deposits = uint64(_int(g[5], 8));
        forced = g.length > 8 ? uint64(_int(g[8], 8)) : 0;
    }

    // ---------------------------------------------------------------------------------------
    // Decoding (external so that execute can catch the RLP library's reverts).

    /// @notice Decodes a step input as rollup.DecodeTx does (and a block start), recovering a
    ///         signed transaction's sender. Reverts on anything DecodeTx rejects, on a bad
    ///         signature and on a transaction signed for another chain than chainId.
    function decodeTx(bytes calldata b, uint64 chainId) external pure returns (Tx memory d) {
        require(b.length >= 2 && b.length <= MAX_TX_SIZE, "length");
        d.typ = uint8(b[0]);
        d.size = b.length;
        if (d.typ == TX_BEGIN) {
            RLPReader.RLPItem[] memory f = RLPReader.readList(b[1:]);
            require(f.length == 4, "fields");
            d.nonce = uint64(_intItem(f[0], 8));
            d.amount = _intItem(f[1], 8);
            d.l1Number = uint64(_intItem(f[2], 8));
            d.l1Hash = bytes32(_fixed(f[3], 32));
        } else if (d.typ == TX_DEPOSIT) {
            RLPReader.RLPItem[] memory f = RLPReader.readList(b[1:]);
            require(f.length == 4, "fields");
            d.nonce = uint64(_intItem(f[0], 8));
            d.from = _addr(f[1]);
            d.to = _addr(f[2]);
            d.amount = _intItem(f[3], 32);
        } else if (d.typ == TX_FORCED) {
            RLPReader.RLPItem[] memory f = RLPReader.readList(b[1:]);
            require(f.length == 3, "fields");
            d.nonce = uint64(_intItem(f[0], 8));
            d.from = _addr(f[1]);
            d.inner = RLPReader.readBytes(f[2]);
        } else if (_plainSigned(d.typ) || d.typ == TX_USE_MODEL || d.typ == TX_CLAIM_EARNINGS || _bodied(d.typ)) {
            require(b.length >= 1 + 8 + 1 + 1 + 65, "short");
            require(uint64(bytes8(b[1:9])) == chainId, "chain id");
            uint256 capLen;
            (d.feeCap, capLen) = _feeCap(b[9:b.length - 65]);
            if (_bodied(d.typ)) {
                d.inner = b[9 + capLen:b.length - 65]; // the body: StepRounds or StepMLSC decodes it
                d.from = _signer(b);
                return d;
            }
            RLPReader.RLPItem[] memory f = RLPReader.readList(b[9 + capLen:b.length - 65]);
            // transfer and withdraw: [nonce, to, amount]; stake and unstake: [nonce, amount];
            // use-model: [nonce, mlsc, fee]; claim-earnings: [nonce, mlsc]
            bool two = d.typ == TX_STAKE || d.typ == TX_UNSTAKE || d.typ == TX_CLAIM_EARNINGS;
            require(f.length == (two ? 2 : 3), "fields");
            d.nonce = uint64(_intItem(f[0], 8));
            if (d.typ == TX_USE_MODEL || d.typ == TX_CLAIM_EARNINGS) d.mlsc = uint64(_intItem(f[1], 8));
            else if (!two) d.to = _addr(f[1]);
            if (d.typ != TX_CLAIM_EARNINGS) d.amount = _intItem(f[two ? 1 : 2], 32);
            d.from = _signer(b);
        } else {
            revert("type"); // unknown to DecodeTx (execute refuses the unsupported ones first)
        }
    }

    /// @dev The signer of signed transaction b: the signature (its last 65 bytes, low s) over
    ///      keccak256("neuron-l2-tx" ‖ chain id ‖ type ‖ everything between the chain id and
    ///      the signature: the fee cap and the body).
    function _signer(bytes calldata b) private pure returns (address from) {
        uint256 r = uint256(bytes32(b[b.length - 65:b.length - 33]));
        uint256 s = uint256(bytes32(b[b.length - 33:b.length - 1]));
        uint8 v = uint8(b[b.length - 1]);
        require(r != 0 && r < SECP256K1_N && s != 0 && s <= SECP256K1_N / 2 && v <= 1, "signature values");
        bytes32 h = keccak256(abi.encodePacked("neuron-l2-tx", b[1:9], b[0], b[9:b.length - 65]));
        from = ecrecover(h, v + 27, bytes32(r), bytes32(s));
        require(from != address(0), "signature");
    }

    /// @dev The fee cap at the start of b (rlp of a uint256, canonical as go-ethereum's rlp
    ///      reads it) and its encoded length.
    function _feeCap(bytes calldata b) private pure returns (uint256 v, uint256 n) {
        uint8 p = uint8(b[0]);
        if (p < 0x80) return (p, 1);
        require(p <= 0xa0, "fee cap");
        n = 1 + p - 0x80;
        require(b.length >= n && (n == 1 || (b[1] != 0 && (n > 2 || uint8(b[1]) >= 0x80))), "fee cap");
        for (uint256 i = 1; i < n; i++) {
            v = (v << 8) | uint8(b[i]);
        }
    }

    // ---------------------------------------------------------------------------------------
    // The step, type by type (rollup/stf.go, rollup/forced.go).

    /// @dev The signed types whose body another contract decodes: commit, reveal (StepRounds),
    ///      create-mlsc and loss proofs (StepMLSC), vote-delta, propose-period, vote-period
    ///      (StepDeltas).
    function _bodied(uint8 t) private pure returns (bool) {
        return t == TX_COMMIT || t == TX_REVEAL || t == TX_CREATE || t == TX_LOSS_PROOF || _deltaVote(t);
    }

    /// @dev propose-delta, vote-delta, delta-data, propose-period, vote-period (StepDeltas).
    function _deltaVote(uint8 t) private pure returns (bool) {
        return t >= 0x0b && t <= 0x0f;
    }

    /// @dev The signed types _signed re-executes: transfer, withdraw, stake, unstake.
    function _plainSigned(uint8 t) private pure returns (bool) {
        return t == TX_TRANSFER || t == TX_WITHDRAW || t == TX_STAKE || t == TX_UNSTAKE;
    }

    /// @dev BeginBlock: with no MLSC in the state (NextMLSC 0), checks the header against the
    ///      globals and records it (_beginGlobals: with fees on, the base fee's update). Keys:
    ///      [globals]. With an MLSC, StepBlocks re-executes it from the globals' proof again
    ///      (read only there) and returns the messages it made.
    function _begin(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        private
        view
        returns (bool ok, bytes32[] memory messages)
    {
        (bytes[] memory g, uint256 slot) = _readGlobals(x, w);
        if (_int(g[G_NEXT_MLSC], 8) != 0) {
            x.next = slot;
            Exec memory y;
            (ok, y, messages) = blocks.runBlock(ctx, x, w, d);
            (x.root, x.next) = (y.root, y.next);
            return (ok, messages);
        }
        (ok, g) = _beginGlobals(ctx.fees, g, d);
        if (ok) _write(x, w, _globalsKey(), RLPWriter.writeList(g), slot);
    }

    /// @dev applyDeposit: the next deposit in L1 order, and the one the Bridge recorded. Keys:
    ///      [globals, account(to)].
    function _deposit(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d) private view returns (bool) {
        (bytes[] memory g, uint256 slot) = _readGlobals(x, w);
        uint64 consumed = uint64(_int(g[5], 8));
        if (d.nonce != consumed) return false;
        IStepSources bridge = IStepSources(ctx.bridge);
        bytes32 prev = d.nonce == 0 ? bytes32(0) : bridge.depositAccumulator(d.nonce - 1);
        if (keccak256(abi.encode(prev, d.from, d.to, d.amount)) != bridge.depositAccumulator(d.nonce)) return false;
        g[5] = RLPWriter.writeUint(consumed + 1);
        _write(x, w, _globalsKey(), RLPWriter.writeList(g), slot);
        (Account memory a, uint256 s2) = _readAccount(x, w, d.to);
        a.balance += d.amount;
        _writeAccount(x, w, d.to, a, s2);
        return true;
    }

    /// @dev applyForced: the next forced entry, the bytes L1 queued; the inner transaction
    ///      applies if it is valid, else the entry is consumed alone. Keys: the inner
    ///      transaction's, with globals where it reads them or last. The inner transaction runs
    ///      before the entry's index is checked (the consuming globals write): the witness of an
    ///      entry out of order is that of the same bytes at the right index.
    function _forced(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d) private view returns (bool) {
        IStepSources rollup = IStepSources(ctx.rollup);
        if (d.nonce >= rollup.forcedCount()) return false; // never queued
        (bytes32 acc,) = rollup.forcedEntry(d.nonce);
        bytes32 prev;
        if (d.nonce > 0) (prev,) = rollup.forcedEntry(d.nonce - 1);
        if (keccak256(abi.encodePacked(prev, keccak256(d.inner))) != acc) return false;
        Tx memory inner;
        bool ok = d.inner.length > 0;
        if (ok) {
            uint256 g = gasleft();
            try this.decodeTx(d.inner, ctx.chainId) returns (Tx memory t) {
                inner = t;
                // deposits, forced and begin are not signed
                ok = t.typ != TX_BEGIN && t.typ != TX_DEPOSIT && t.typ != TX_FORCED;
            } catch {
                _notStarved(g);
                ok = false;
            }
        }
        if (ok) {
            // The inner transaction writes its keys (and globals, for a withdrawal) only if
            // it applies; the entry is consumed either way.
            x.forced = true;
            x.forcedIndex = d.nonce;
            uint256 at = x.next;
            if (!_plainSigned(inner.typ)) return _forcedApart(ctx, x, w, inner, d.nonce);
            if (_signed(ctx, x, w, inner)) {
                if (inner.typ == TX_WITHDRAW) return !x.forcedOutOfOrder; // it consumed the entry
                return _consumeForced(x, w, d.nonce);
            }
            // Failed: it read the base fee (with fees on) and the sender's account and wrote
            // nothing; those proofs are spent.
            x.next = at + (ctx.fees.targetUnits != 0 ? 2 : 1);
            x.units = 0; // a rejected transaction uses none of the block
        }
        return _consumeForced(x, w, d.nonce);
    }

    /// @dev A forced commit or reveal (StepRounds), use-model or claim-earnings (StepEconomy) or
    ///      create-mlsc (StepMLSC): the contract applies it or leaves a rejected one's cursor past
    ///      the reads it decided on (all read only); the entry is consumed either way, with the
    ///      units of an applied one (an applied create's globals write consumes it itself).
    function _forcedApart(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory inner, uint64 index)
        private
        view
        returns (bool)
    {
        bool ok;
        Exec memory y;
        if (inner.typ == TX_COMMIT || inner.typ == TX_REVEAL) (ok, y) = rounds.runRound(ctx, x, w, inner);
        else if (inner.typ == TX_CREATE) (ok, y) = mlsc.runCreate(ctx, x, w, inner);
        else if (inner.typ == TX_LOSS_PROOF) (ok, y) = mlsc.runLossProof(ctx, x, w, inner);
        else if (_deltaVote(inner.typ)) (ok, y) = deltas.runDeltas(ctx, x, w, inner);
        else (ok, y) = economy.run(ctx, x, w, inner);
        (x.root, x.next, x.units) = (y.root, y.next, ok ? y.units : 0);
        if (ok && (inner.typ == TX_CREATE || inner.typ == TX_LOSS_PROOF)) return !y.forcedOutOfOrder; // it consumed the entry
        return _consumeForced(x, w, index);
    }

    /// @dev Bumps ForcedConsumed, checking the entry is the next (and counts the units of the
    ///      transfer it applied, x.units).
    function _consumeForced(Exec memory x, bytes[] calldata w, uint64 index) private view returns (bool) {
        (bytes[] memory g, uint256 slot) = _readGlobals(x, w);
        uint256 consumed = g.length > G_FORCED ? _int(g[G_FORCED], 8) : 0;
        if (index != consumed) return false;
        g = _setGlobal(g, G_FORCED, RLPWriter.writeUint(consumed + 1));
        g = _addUnits(x, g);
        _write(x, w, _globalsKey(), RLPWriter.writeList(g), slot);
        return true;
    }

    /// @dev A transfer, withdrawal, stake or unstake from d.from (ApplyTx): nonce, the fee (takeFee: the fee
    ///      cap against the base fee, the fee against the balance), then the type's rules
    ///      against the balance left, then nonce + 1, the recipient's part of the fee and the
    ///      block's units (payFee). Every rejection is decided on the base fee and the sender's
    ///      account alone, before any write (a rejected transaction's fee is refunded: nothing
    ///      changes). Keys, with fees on: globals (read only, for the base fee) first; then
    ///      transfer [account(from), account(to)] (one if they are equal); withdrawal
    ///      [account(from), globals, withdrawal(id)]; stake and unstake [account(from)]
    ///      (applyStake: the amount from the balance left after the fee to the stake;
    ///      applyUnstake: a non-zero amount, no open claims, at most the stake, back to the
    ///      balance); then account(fee recipient) if it is paid and is not one of those (its
    ///      part is added to that account's write instead); then, but for a withdrawal, with
    ///      fees on or for a stake or unstake, and not in a forced entry, globals (the units
    ///      and TotalStake; in a forced entry the consuming write adds them). Inside a forced entry (x.forced) a
    ///      withdrawal's globals write also consumes the entry.
    function _signed(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        private
        view
        returns (bool)
    {
        (uint256 fee, bool capOk) = _priceFee(ctx, x, w, d);
        (Account memory a, uint256 slot) = _readAccount(x, w, d.from);
        if (!capOk || d.nonce != a.nonce || a.balance < fee || d.amount == 0) return false;
        if (d.typ == TX_UNSTAKE) {
            if (a.openClaims != 0 || a.stake < d.amount) return false;
        } else if (a.balance - fee < d.amount) {
            return false;
        }
        if (d.typ == TX_WITHDRAW && d.to == address(0)) return false;
        uint256 paid = _feePaid(ctx.fees, fee);
        a.balance -= fee;
        a.nonce += 1;
        if (d.typ == TX_UNSTAKE) {
            a.stake -= d.amount;
            a.balance += d.amount;
            x.stakeOut = d.amount;
        } else if (d.typ == TX_STAKE) {
            a.balance -= d.amount;
            a.stake += d.amount;
            x.stakeIn = d.amount;
        } else if (d.typ == TX_WITHDRAW || d.to != d.from) {
            a.balance -= d.amount;
        }
        if (paid != 0 && ctx.fees.recipient == d.from) {
            a.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, d.from, a, slot);
        if (d.typ == TX_WITHDRAW) _withdraw(ctx, x, w, d);
        else if (d.typ == TX_TRANSFER && d.to != d.from) paid = _receive(ctx.fees, x, w, d, paid);
        if (paid != 0) _creditRecipient(ctx.fees, x, w, paid);
        if ((x.units != 0 || x.stakeIn != 0 || x.stakeOut != 0) && !x.forced) _countUnits(x, w);
        return true;
    }

    /// @dev Credits a transfer's amount to d.to, with the fee recipient's part if d.to is the
    ///      recipient; returns the part still to pay.
    function _receive(FeeRule calldata f, Exec memory x, bytes[] calldata w, Tx memory d, uint256 paid)
        private
        view
        returns (uint256)
    {
        (Account memory b, uint256 slot) = _readAccount(x, w, d.to);
        b.balance += d.amount;
        if (paid != 0 && f.recipient == d.to) {
            b.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, d.to, b, slot);
        return paid;
    }

    /// @dev The withdrawal record and NextWithdrawal (and, inside a forced entry, ForcedConsumed).
    function _withdraw(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d) private view {
        (bytes[] memory g, uint256 slot) = _readGlobals(x, w);
        uint64 id = uint64(_int(g[6], 8));
        uint64 height = uint64(_int(g[0], 8));
        g[6] = RLPWriter.writeUint(uint256(id) + 1);
        if (x.forced) {
            uint256 consumed = g.length > G_FORCED ? _int(g[G_FORCED], 8) : 0;
            if (consumed != x.forcedIndex) x.forcedOutOfOrder = true;
            g = _setGlobal(g, G_FORCED, RLPWriter.writeUint(consumed + 1));
        }
        g = _addUnits(x, g);
        _write(x, w, _globalsKey(), RLPWriter.writeList(g), slot);
        bytes memory key = abi.encodePacked(bytes1(0x77), id); // rollup.WithdrawalKey
        (, , uint256 s3) = _read(x, w, key);
        bytes[] memory rec = new bytes[](5);
        rec[0] = RLPWriter.writeUint(id);
        rec[1] = RLPWriter.writeAddress(d.from);
        rec[2] = RLPWriter.writeAddress(d.to);
        rec[3] = RLPWriter.writeUint(d.amount);
        rec[4] = RLPWriter.writeUint(height);
        _write(x, w, key, RLPWriter.writeList(rec), s3);
        x.withdrawalLeaf = keccak256(
            bytes.concat(keccak256(abi.encode(uint256(ctx.chainId), ctx.rollup, uint256(id), d.from, d.to, d.amount)))
        );
    }
}
