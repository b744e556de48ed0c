// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepRounds
/// @notice Re-executes a trainer's per-round steps of the L2 (rollup/stf.go applyCommit and
///         applyReveal) for the StepVerifier, which checks the signature and calls runRound: commit
///         (0x07) and reveal (0x08), each with its L2 fee, nonce and every rejection ApplyTx has.
///         A contract of its own beside the StepVerifier (EIP-170), sharing its StepTrie and
///         deployed apart from it (EIP-3860: the FaultProver's creation code holds the
///         StepVerifier's).
/// @dev Keys, in witness order (rollup.StepKeys; "ro" is read only):
///      commit: [globals ro: base fee, with fees on], mlsc(id) ro, round(id, round) ro,
///      commitment(hash) ro, account(sender), round, commitment, [account(fee recipient)],
///      [globals: units];
///      reveal: globals ro (height; base fee), mlsc ro, round ro, checkpoint(weights) ro,
///      account(sender), round, checkpoint, [account(fee recipient)], [globals: units].
///      Every rejection is decided before the first write; a step that is not valid changes
///      nothing (the StepVerifier returns the root before it). The MLSC's phase is its
///      record's: only a block start moves it, and L1 does not re-execute one with an MLSC.
contract StepRounds is StepState {
    uint8 private constant TX_COMMIT = 0x07;
    /// @dev rollup.PhaseCommit, PhaseReveal; rollup.MaxCIDLen.
    uint256 private constant PHASE_COMMIT = 1;
    uint256 private constant PHASE_REVEAL = 2;
    uint256 private constant MAX_CID_LEN = 128;
    /// @dev The length of an encoded rollup.CommitRecord.
    uint256 private constant COMMIT_LEN = 56;
    /// @dev rollup.MaxRoundCommits: a round holds at most this many commitments.
    uint256 private constant MAX_ROUND_COMMITS = 64;

    /// @notice A commit's or reveal's body (rollup.Commit, rollup.Reveal): [nonce, mlsc, round,
    ///         commitment] or [nonce, mlsc, round, checkpointCID, weights, traceCID, traceRoot,
    ///         lossSum, salt].
    struct Body {
        uint64 nonce;
        uint64 mlsc;
        uint64 round;
        bytes32 commitment;
        bytes checkpointCID;
        bytes32 weights;
        bytes traceCID;
        bytes32 traceRoot;
        uint64 lossSum;
        bytes32 salt;
    }

    /// @dev What a step reads of rollup.MLSC: rlp([ID, Creator, Spec, Escrow, Round,
    ///      RoundStart, Phase, BestCheckpointCID, BestWeights, BestLossSum, BestTrainer,
    ///      RoundsWon[, Data]]).
    struct Mlsc {
        bool found;
        uint64 round;
        uint256 phase;
        uint64 bestLossSum;
    }

    /// @dev What a commit or reveal reads before it decides, in witness order.
    struct Reads {
        uint256 fee;
        bool capOk;
        uint64 height;
        Mlsc m;
        bytes rkey; // round(mlsc, round)
        bool rok;
        bytes rrec;
        bytes ckey; // commit: commitment(hash); reveal: checkpoint(weights)
        bool used;
        Account a;
        uint256 slot;
    }

    constructor(StepTrie trie_) StepState(trie_) {}

    /// @notice Re-executes commit or reveal d (signature checked by the StepVerifier, its RLP
    ///         body in d.inner) from exec x with witness w; returns whether it applies and the
    ///         exec after it (its root). A body rollup.DecodeTx rejects is not valid and reads
    ///         nothing; a rejected one leaves the cursor past the reads it decides on
    ///         ([globals], MLSC, round, marker, sender), as a forced entry that wraps it spends
    ///         them (x.forced: then the units are left to the entry's globals write).
    function runRound(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool valid, Exec memory)
    {
        uint256 at = x.next;
        uint256 g = gasleft();
        try this.decodeBody(d.typ, d.inner) returns (Body memory b) {
            d.nonce = b.nonce;
            valid = d.typ == TX_COMMIT ? _commit(ctx, x, w, d, b) : _reveal(ctx, x, w, d, b);
            if (!valid) x.next = at + (ctx.fees.targetUnits != 0 || d.typ != TX_COMMIT ? 5 : 4);
        } catch {
            _notStarved(g);
            valid = false;
        }
        return (valid, x);
    }

    /// @notice Decodes a commit's (typ 0x07) or reveal's body as go-ethereum's rlp decodes
    ///         rollup.Commit and rollup.Reveal; reverts on anything it rejects.
    function decodeBody(uint8 typ, bytes memory body) external pure returns (Body memory b) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == (typ == TX_COMMIT ? 4 : 9), "fields");
        b.nonce = uint64(_intItem(f[0], 8));
        b.mlsc = uint64(_intItem(f[1], 8));
        b.round = uint64(_intItem(f[2], 8));
        if (typ == TX_COMMIT) {
            b.commitment = _fixed(f[3], 32);
            return b;
        }
        b.checkpointCID = RLPReader.readBytes(f[3]);
        b.weights = _fixed(f[4], 32);
        b.traceCID = RLPReader.readBytes(f[5]);
        b.traceRoot = _fixed(f[6], 32);
        b.lossSum = uint64(_intItem(f[7], 8));
        b.salt = _fixed(f[8], 32);
    }

    /// @dev applyCommit after takeFee: the MLSC's current round is b.round and in its commit
    ///      phase, the sender has at least ctx.minStake staked and no commitment in the round,
    ///      the round has fewer than MAX_ROUND_COMMITS, and the commitment hash was never used; the round gets rlp([sender, commitment,
    ///      false]) at the end of its commits and the commitment is marked used.
    function _commit(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b)
        private
        view
        returns (bool)
    {
        Reads memory q = _reads(ctx, x, w, d, b, abi.encodePacked(bytes1(0x68), b.commitment)); // rollup.commitmentKey
        if (!q.capOk || d.nonce != q.a.nonce || q.a.balance < q.fee) return false;
        if (!q.m.found || q.m.round != b.round || q.m.phase != PHASE_COMMIT || q.a.stake < ctx.minStake || q.used) {
            return false;
        }
        (bool ok, bytes memory round) = _commitRound(q, d, b);
        if (!ok) return false;
        _apply(ctx, x, w, d, q, round);
        return true;
    }

    /// @dev The round after commit d, and false if d.from has a commitment in it already or
    ///      it has MAX_ROUND_COMMITS.
    function _commitRound(Reads memory q, Tx memory d, Body memory b) private pure returns (bool, bytes memory) {
        RLPReader.RLPItem[] memory r = _roundFields(q);
        (bytes memory cl, uint256 off, uint256 ci) = _commits(r[2], q.rkey, d.from);
        if (ci != type(uint256).max) return (false, ""); // one commitment a round
        if ((cl.length - off) / COMMIT_LEN >= MAX_ROUND_COMMITS) return (false, ""); // rollup.ErrRoundFull
        bytes[] memory out = _raw(r);
        out[2] = _append(cl, off, _commitRecord(d.from, b.commitment, false));
        return (true, RLPWriter.writeList(out));
    }

    /// @dev applyReveal after takeFee: the MLSC's current round is b.round and in its reveal
    ///      phase, both CIDs are 1 to 128 bytes, the sender committed in the round and has not
    ///      revealed, the reveal opens its commitment (rollup.CommitmentHash), the weights were
    ///      never revealed before and the claimed loss is below the MLSC's best. The commit is
    ///      marked revealed, the reveal appended (with the block's height), the round's best
    ///      moved to it if it is the lowest claim, the weights marked used and the sender's open
    ///      claims counted up.
    function _reveal(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b)
        private
        view
        returns (bool)
    {
        Reads memory q = _reads(ctx, x, w, d, b, abi.encodePacked(bytes1(0x63), b.weights)); // rollup.checkpointKey
        if (!q.capOk || d.nonce != q.a.nonce || q.a.balance < q.fee) return false;
        if (!q.m.found || q.m.round != b.round || q.m.phase != PHASE_REVEAL || q.used || b.lossSum >= q.m.bestLossSum) {
            return false;
        }
        if (!_cidOk(b.checkpointCID) || !_cidOk(b.traceCID)) return false;
        (bool ok, bytes memory round) = _revealRound(q, d, b);
        if (!ok) return false;
        q.a.openClaims += 1;
        _apply(ctx, x, w, d, q, round);
        return true;
    }

    /// @dev The round after reveal d, and false unless d.from committed in it, has not
    ///      revealed, and d opens its commitment.
    function _revealRound(Reads memory q, Tx memory d, Body memory b) private pure returns (bool, bytes memory) {
        RLPReader.RLPItem[] memory r = _roundFields(q);
        bytes[] memory out = _raw(r);
        {
            (bytes memory cl, uint256 off, uint256 ci) = _commits(r[2], q.rkey, d.from);
            if (ci == type(uint256).max) return (false, ""); // no commitment
            uint256 p = off + ci * COMMIT_LEN;
            if (cl[p + 55] == 0x01) return (false, ""); // revealed already
            bytes32 want = keccak256(
                abi.encodePacked("neuron-commit", b.mlsc, b.round, b.weights, b.traceRoot, b.lossSum, d.from, b.salt)
            );
            bytes32 have;
            assembly ("memory-safe") {
                have := mload(add(add(cl, 32), add(p, 23)))
            }
            if (have != want) return (false, "");
            cl[p + 55] = 0x01; // revealed
            out[2] = cl;
        }
        _addReveal(out, _intItem(r[5], 8), _revealRecord(d.from, b, q.height), b.lossSum, q.rkey);
        return (true, RLPWriter.writeList(out));
    }

    /// @dev Appends reveal rec (claiming lossSum) to the round's raw fields out (reveals
    ///      out[3]; best, the round's Best, out[5]) and makes it the best if it claims less than
    ///      the best so far (or there is none).
    function _addReveal(bytes[] memory out, uint256 best, bytes memory rec, uint64 lossSum, bytes memory key)
        private
        pure
    {
        bytes memory rl = out[3];
        (uint256 off, uint256 len, bool isList) = _header(rl, 0);
        if (!isList || off + len != rl.length) revert MalformedEntry(key);
        uint256 n;
        uint256 bestLoss;
        uint256 i = off;
        while (i < rl.length) {
            (uint256 o, uint256 l,) = _header(rl, i);
            n++;
            if (n == best) bestLoss = _intItem(RLPReader.readList(_slice(rl, i, o + l))[5], 8);
            i += o + l;
        }
        if (i != rl.length || best > n) revert MalformedEntry(key);
        if (best == 0 || lossSum < bestLoss) out[5] = RLPWriter.writeUint(n + 1);
        out[3] = _append(rl, off, rec);
    }

    /// @dev The writes of an applied commit or reveal: the sender's account (fee, nonce and
    ///      q.a's changes), the round, ckey marked used (0x01), then payFee's rest.
    function _apply(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Reads memory q, bytes memory round)
        private
        view
    {
        uint256 paid = _feePaid(ctx.fees, q.fee);
        q.a.balance -= q.fee;
        q.a.nonce += 1;
        if (paid != 0 && ctx.fees.recipient == d.from) {
            q.a.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, d.from, q.a, q.slot);
        _rewrite(x, w, q.rkey, round);
        _rewrite(x, w, q.ckey, hex"01");
        if (paid != 0) _creditRecipient(ctx.fees, x, w, paid);
        if (x.units != 0 && !x.forced) _countUnits(x, w);
    }

    /// @dev With fees on (or need, for the height), reads the globals (read only) and returns
    ///      d's fee at the base fee, whether d's cap allows it, and the block's height; sets
    ///      x.units. With fees off the fee is zero.
    function _head(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, bool need)
        private
        view
        returns (uint256 fee, bool capOk, uint64 height)
    {
        bool on = ctx.fees.targetUnits != 0;
        if (!on && !need) return (0, true, 0);
        (bool ok, bytes memory rec,) = _read(x, w, _globalsKey());
        if (!ok) revert MalformedEntry(_globalsKey());
        bytes[] memory g = _globals(rec);
        height = uint64(_int(g[G_HEIGHT], 8));
        if (!on) return (0, true, height);
        uint256 base = _baseFee(ctx.fees, g);
        x.units = _units(d);
        return (x.units * base, d.feeCap == 0 || d.feeCap >= base, height);
    }

    /// @dev The reads before a commit or reveal decides: [globals ro], mlsc ro, round ro, ckey
    ///      ro, account(sender). A reveal always reads the globals (the height).
    function _reads(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b, bytes memory ckey)
        private
        view
        returns (Reads memory q)
    {
        (q.fee, q.capOk, q.height) = _head(ctx, x, w, d, d.typ != TX_COMMIT);
        q.m = _mlsc(x, w, b.mlsc);
        q.rkey = abi.encodePacked(bytes1(0x72), b.mlsc, b.round); // rollup.RoundKey
        (q.rok, q.rrec,) = _read(x, w, q.rkey);
        q.ckey = ckey;
        (q.used,,) = _read(x, w, ckey);
        (q.a, q.slot) = _readAccount(x, w, d.from);
    }

    /// @dev Reads MLSC id's record (read only).
    function _mlsc(Exec memory x, bytes[] calldata w, uint64 id) private view returns (Mlsc memory m) {
        bytes memory key = abi.encodePacked(bytes1(0x6d), id); // rollup.MLSCKey
        (bool ok, bytes memory rec,) = _read(x, w, key);
        if (!ok) return m;
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length != 12 && f.length != 13) revert MalformedEntry(key);
        m.found = true;
        m.round = uint64(_intItem(f[4], 8));
        m.phase = _intItem(f[6], 1);
        m.bestLossSum = uint64(_intItem(f[9], 8));
    }

    /// @dev The round read (it exists while its MLSC is in it): rollup.Round, rlp([MLSC, Round,
    ///      Commits, Reveals, Seed, Best, Proven, Slashed]).
    function _roundFields(Reads memory q) private pure returns (RLPReader.RLPItem[] memory r) {
        if (!q.rok) revert MalformedEntry(q.rkey);
        r = RLPReader.readList(q.rrec);
        if (r.length != 8) revert MalformedEntry(q.rkey);
    }

    /// @dev A CommitRecord: rlp([trainer, commitment, revealed]).
    function _commitRecord(address trainer, bytes32 commitment, bool revealed) private pure returns (bytes memory) {
        bytes[] memory f = new bytes[](3);
        f[0] = RLPWriter.writeAddress(trainer);
        f[1] = RLPWriter.writeBytes(abi.encodePacked(commitment));
        f[2] = RLPWriter.writeBool(revealed);
        return RLPWriter.writeList(f);
    }

    /// @dev A RevealRecord: rlp([trainer, checkpointCID, weights, traceCID, traceRoot,
    ///      lossSum, height]).
    function _revealRecord(address trainer, Body memory b, uint64 height) private pure returns (bytes memory) {
        bytes[] memory f = new bytes[](7);
        f[0] = RLPWriter.writeAddress(trainer);
        f[1] = RLPWriter.writeBytes(b.checkpointCID);
        f[2] = RLPWriter.writeBytes(abi.encodePacked(b.weights));
        f[3] = RLPWriter.writeBytes(b.traceCID);
        f[4] = RLPWriter.writeBytes(abi.encodePacked(b.traceRoot));
        f[5] = RLPWriter.writeUint(b.lossSum);
        f[6] = RLPWriter.writeUint(height);
        return RLPWriter.writeList(f);
    }

    function _cidOk(bytes memory cid) private pure returns (bool) {
        return cid.length != 0 && cid.length <= MAX_CID_LEN;
    }

    /// @dev The raw items of r.
    function _raw(RLPReader.RLPItem[] memory r) private pure returns (bytes[] memory out) {
        out = new bytes[](r.length);
        for (uint256 i = 0; i < r.length; i++) {
            out[i] = RLPReader.readRawBytes(r[i]);
        }
    }

    /// @dev A round's commits list (raw, from item), the offset of its payload and the index
    ///      of trainer's commit (type(uint256).max if none). Every CommitRecord is 56 bytes as
    ///      go-ethereum's rlp writes it: 0xf7, 0x94 ‖ trainer, 0xa0 ‖ commitment, revealed (0x01
    ///      or 0x80), so that the list is walked at a fixed stride, however long it is
    ///      (RLPReader.readList takes at most 32 items; a round's commits are not bounded).
    function _commits(RLPReader.RLPItem memory item, bytes memory key, address trainer)
        private
        pure
        returns (bytes memory cl, uint256 off, uint256 ci)
    {
        cl = RLPReader.readRawBytes(item);
        (uint256 o, uint256 len, bool isList) = _header(cl, 0);
        if (!isList || o + len != cl.length || len % COMMIT_LEN != 0) revert MalformedEntry(key);
        off = o;
        ci = type(uint256).max;
        for (uint256 p = off; p < cl.length; p += COMMIT_LEN) {
            if (cl[p] != 0xf7 || cl[p + 1] != 0x94 || cl[p + 22] != 0xa0 || (cl[p + 55] != 0x01 && cl[p + 55] != 0x80)) {
                revert MalformedEntry(key);
            }
            bytes32 word;
            assembly ("memory-safe") {
                word := mload(add(add(cl, 32), add(p, 2)))
            }
            if (address(bytes20(word)) == trainer) ci = (p - off) / COMMIT_LEN;
        }
    }

    /// @dev RLP list `list` (its payload from off) with item appended.
    function _append(bytes memory list, uint256 off, bytes memory item) private pure returns (bytes memory) {
        bytes[] memory parts = new bytes[](2);
        parts[0] = _slice(list, off, list.length - off);
        parts[1] = item;
        return RLPWriter.writeList(parts); // the header of both's length, then both
    }
}
