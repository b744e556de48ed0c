// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";
import {BlockDeltas} from "./BlockDeltas.sol";
import {StepEpochs} from "./StepEpochs.sol";

/// @title StepBlocks
/// @notice Re-executes a block start (rollup.State.BeginBlock) on a state that has MLSCs, for
///         the StepVerifier: the header against the globals (and the base fee), then the round
///         lifecycle of the first MLSC the due index files at the block's height
///         (rollup.DueKey(h); MaxBlockMLSCs is 1): commit → reveal, reveal → proof (the round's
///         seed, rollup.RoundSeed, from the header's L1 hash), reveal with no reveal → the next
///         round, proof window passed → the best revealer slashed min(minStake, stake) into the
///         escrow (or, from the block start after its loss proof, a proven round: StepProofs),
///         then, a block start each, MAX_BLOCK_RELEASES revealers' open claims released,
///         then the round settled (rollup nextRound): the next round opened or the MLSC completed
///         (its model fixed, its L2→L1 completion message made if a round was won, the escrow
///         refunded to the creator); the MLSC filed at its next boundary, the other MLSCs of
///         the height carried to the front of the next height's list. A contract of its own
///         beside the StepVerifier (EIP-170), sharing its StepTrie.
/// @dev Keys, in witness order (rollup blockKeys): globals ro, due(h) ro; if it files MLSCs:
///      mlsc(id) ro, [round(id, round), read and written at once, at a reveal end or in the proof
///      phase], [account(best revealer) ro, if it is slashed now]; then
///      each key whose value changes: the round, the accounts (increasing address), the model,
///      the message, the next round, the MLSC, the due records (h + 1, then the MLSC's new
///      height); then the globals. A height at which the block start does epoch work (rollup
///      EpochWorkAt: the due record's second list is not empty, and it files no MLSC or the
///      height is even) is forwarded to StepEpochs, with the same arguments; at one where it
///      does round work instead, the epochs are carried to the front of due(h + 1)'s second
///      list. An MLSC with a training-set record (rollup.DataState) adopts its set when a round
///      opens and counts its delta proposers when it completes (BlockDeltas).
contract StepBlocks is StepState {
    /// @dev rollup.Phase.
    uint256 private constant PHASE_COMMIT = 1;
    uint256 private constant PHASE_REVEAL = 2;
    uint256 private constant PHASE_PROOF = 3;
    uint256 private constant PHASE_DONE = 4;
    /// @dev rollup.MaxBlockReleases.
    uint256 private constant MAX_BLOCK_RELEASES = 2;
    /// @dev The globals' NextMessage (rollup.Globals, optional).
    uint256 private constant G_NEXT_MESSAGE = 9;
    /// @dev rollup.MsgModelCompleted.
    uint256 private constant MSG_MODEL_COMPLETED = 1;

    /// @dev An MLSC record, rlp([ID, Creator, Spec, Escrow, Round, RoundStart, Phase,
    ///      BestCheckpointCID, BestWeights, BestLossSum, BestTrainer, RoundsWon]): its raw fields
    ///      and what the lifecycle reads of them and of its spec.
    struct Mlsc {
        bytes rec;
        bytes[] raw;
        address creator;
        uint256 escrow;
        uint64 round;
        uint64 roundStart;
        uint256 phase;
        uint64 commitBlocks;
        uint64 revealBlocks;
        uint64 proofBlocks;
        uint64 maxRounds;
        uint64 targetLoss;
        uint64 deadlineL1;
        uint64 bestLoss;
        bytes useFee; // the spec's UseFee, raw (0x80 if unset)
    }

    /// @dev A round record, rlp([MLSC, Round, Commits, Reveals, Seed, Best, Proven, Slashed[,
    ///      Released]]): its raw fields, the reveals (raw, walked in place) and their trainers.
    struct Round {
        bytes[] raw;
        address[] trainers;
        uint256 best;
        bool proven;
        bool slashed;
        uint64 released; // before this block start
        uint64 releasedNow; // after it
        bool changed;
    }

    /// @dev What the block start does to one account.
    struct Delta {
        address who;
        uint256 stakeDown;
        uint64 claimsDown;
        uint256 credit;
    }

    /// @dev The block start being re-executed.
    struct Run {
        uint64 h;
        uint64 l1Number;
        bytes32 l1Hash;
        bytes[] g;
        uint64 id;
        uint64[] carried;
        bytes epochs; // due(h)'s epochs list, raw: carried to h + 1 at round work
        Mlsc m;
        Round r;
        Delta[] deltas;
        uint256 n; // deltas used
        bool opened;
        uint8 reason; // completed, why (0: not)
    }

    /// @notice rollup adoptDataset and complete's delta proposers (EIP-170: a contract apart).
    BlockDeltas public immutable blockDeltas;

    /// @notice StepEpochs: a block start that does epoch work (the call forwarded as it came).
    address public immutable stepEpochs;

    constructor(StepTrie trie_, BlockDeltas blockDeltas_, address stepEpochs_) StepState(trie_) {
        blockDeltas = blockDeltas_;
        stepEpochs = stepEpochs_;
    }

    /// @notice Re-executes block start d (number in nonce, time in amount, L1 number and hash)
    ///         from exec x with witness w (x.next at the globals' proof); returns whether it
    ///         applies (false only for a header that does not follow the globals), the exec
    ///         after it and the leaves of the L2→L1 messages it made (rollup.MessageLeaf).
    function runBlock(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool, Exec memory, bytes32[] memory messages)
    {
        Run memory b;
        {
            (bool ok, bytes memory rec,) = _read(x, w, _globalsKey());
            if (!ok) revert MalformedEntry(_globalsKey());
            (ok, b.g) = _beginGlobals(ctx.fees, _globals(rec), d);
            if (!ok) return (false, x, messages);
        }
        (b.h, b.l1Number, b.l1Hash) = (d.nonce, d.l1Number, d.l1Hash);
        uint64[] memory ids;
        (ids, b.epochs) = _dueAt(x, w, b.h);
        // rollup EpochWorkAt: epoch work (StepEpochs) when epochs are listed and no MLSC, or at
        // an even height; else round work, the epochs carried to the front of h + 1's list.
        if (b.epochs.length > 1 && (ids.length == 0 || b.h % 2 == 0)) {
            // The same arguments (StepEpochs.runEpochs).
            (bool ok, bytes memory ret) = stepEpochs.staticcall(bytes.concat(StepEpochs.runEpochs.selector, msg.data[4:]));
            assembly ("memory-safe") {
                if iszero(ok) { revert(add(ret, 32), mload(ret)) }
                return(add(ret, 32), mload(ret))
            }
        }
        if (ids.length != 0) {
            b.id = ids[0];
            b.carried = new uint64[](ids.length - 1);
            for (uint256 i = 1; i < ids.length; i++) {
                b.carried[i - 1] = ids[i];
            }
            messages = _visit(ctx, x, w, b);
        }
        _rewrite(x, w, _globalsKey(), RLPWriter.writeList(b.g));
        return (true, x, messages);
    }

    /// @dev The MLSCs filed at height h and its epochs list, raw (due(h), read only).
    function _dueAt(Exec memory x, bytes[] calldata w, uint64 h)
        private
        view
        returns (uint64[] memory ids, bytes memory epochs)
    {
        bytes memory key = _dueKey(h);
        (bool ok, bytes memory rec,) = _read(x, w, key);
        if (ok) (ids, epochs) = _dueRecord(rec, key);
    }

    /// @dev Advances MLSC b.id (rollup advance, schedule and carry) and writes what changes.
    function _visit(Context calldata ctx, Exec memory x, bytes[] calldata w, Run memory b)
        private
        view
        returns (bytes32[] memory messages)
    {
        bytes memory rkey = _readMlsc(x, w, b);
        Mlsc memory m = b.m;
        uint64 revealEnd = m.roundStart + m.commitBlocks + m.revealBlocks;
        if ((m.phase == PHASE_REVEAL && b.h >= revealEnd) || m.phase == PHASE_PROOF) {
            // The round is read and written at once (one proof of its record, the largest).
            (bool ok, bytes memory rec, uint256 slot) = _read(x, w, rkey);
            if (!ok) revert MalformedEntry(rkey);
            _parseRound(b.r, rec, rkey);
            _roundChanges(ctx, b);
            if (b.r.changed) _write(x, w, rkey, RLPWriter.writeList(b.r.raw), slot);
        }
        b.deltas = new Delta[](MAX_BLOCK_RELEASES + 2);
        _advance(ctx, x, w, b);
        // The writes, in rollup blockKeys's order.
        _writeAccounts(x, w, b);
        if (b.reason != 0) messages = _complete(ctx, x, w, b);
        if (b.opened) {
            bytes[] memory f = new bytes[](8);
            f[0] = RLPWriter.writeUint(b.id);
            f[1] = RLPWriter.writeUint(b.m.round);
            f[2] = hex"c0";
            f[3] = hex"c0";
            f[4] = RLPWriter.writeBytes(abi.encodePacked(bytes32(0)));
            f[5] = RLPWriter.writeUint(0);
            f[6] = RLPWriter.writeBool(false);
            f[7] = RLPWriter.writeBool(false);
            _rewrite(x, w, _roundKey(b.id, b.m.round), RLPWriter.writeList(f));
        }
        bytes memory mrec = _mlscRecord(b.m);
        if (keccak256(mrec) != keccak256(b.m.rec)) _rewrite(x, w, abi.encodePacked(bytes1(0x6d), b.id), mrec);
        _file(x, w, b);
    }

    /// @dev Reads MLSC b.id (read only) into b.m; returns its current round's key.
    function _readMlsc(Exec memory x, bytes[] calldata w, Run memory b) private view returns (bytes memory) {
        bytes memory key = abi.encodePacked(bytes1(0x6d), b.id); // rollup.MLSCKey
        (bool ok, bytes memory rec,) = _read(x, w, key);
        if (!ok) revert MalformedEntry(key);
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length != 12 && f.length != 13) revert MalformedEntry(key);
        Mlsc memory m = b.m;
        m.rec = rec;
        m.raw = new bytes[](f.length);
        for (uint256 i = 0; i < f.length; i++) {
            m.raw[i] = RLPReader.readRawBytes(f[i]);
        }
        m.creator = _addr(f[1]);
        m.escrow = _intItem(f[3], 32);
        m.round = uint64(_intItem(f[4], 8));
        m.roundStart = uint64(_intItem(f[5], 8));
        m.phase = _intItem(f[6], 1);
        m.bestLoss = uint64(_intItem(f[9], 8));
        RLPReader.RLPItem[] memory sp = RLPReader.readList(f[2]); // rollup.MLSCSpec
        if (sp.length < 16 || sp.length > 19) revert MalformedEntry(key);
        m.commitBlocks = uint64(_intItem(sp[11], 8));
        m.revealBlocks = uint64(_intItem(sp[12], 8));
        m.proofBlocks = uint64(_intItem(sp[13], 8));
        m.maxRounds = uint64(_intItem(sp[14], 4));
        m.targetLoss = uint64(_intItem(sp[15], 8));
        m.deadlineL1 = sp.length > 16 ? uint64(_intItem(sp[16], 8)) : 0;
        m.useFee = sp.length > 18 ? RLPReader.readRawBytes(sp[18]) : RLPWriter.writeUint(0);
        return _roundKey(b.id, m.round);
    }

    /// @dev Parses round record rec into r: its raw fields and the reveals' trainers, walked in
    ///      place (the reveals may be more than the 32 items RLPReader.readList takes).
    function _parseRound(Round memory r, bytes memory rec, bytes memory key) private pure {
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length != 8 && f.length != 9) revert MalformedEntry(key);
        r.raw = new bytes[](9);
        for (uint256 i = 0; i < f.length; i++) {
            r.raw[i] = RLPReader.readRawBytes(f[i]);
        }
        r.best = _intItem(f[5], 8);
        r.proven = _intItem(f[6], 1) == 1;
        r.slashed = _intItem(f[7], 1) == 1;
        r.released = f.length == 9 ? uint64(_intItem(f[8], 8)) : 0;
        if (f.length == 8) {
            bytes[] memory raw = r.raw;
            assembly ("memory-safe") {
                mstore(raw, 8)
            }
        }
        bytes memory rl = r.raw[3];
        (uint256 off, uint256 len, bool isList) = _header(rl, 0);
        if (!isList || off + len != rl.length) revert MalformedEntry(key);
        uint256 n;
        for (uint256 i = off; i < rl.length; n++) {
            (uint256 o, uint256 l,) = _header(rl, i);
            i += o + l;
        }
        r.trainers = new address[](n);
        n = 0;
        for (uint256 i = off; i < rl.length; n++) {
            (uint256 o, uint256 l, bool il) = _header(rl, i);
            if (!il || rl[i + o] != 0x94) revert MalformedEntry(key); // [trainer, ...]
            bytes32 word;
            assembly ("memory-safe") {
                word := mload(add(add(rl, 33), add(i, o)))
            }
            r.trainers[n] = address(bytes20(word));
            i += o + l;
        }
        r.releasedNow = r.released;
        if (r.best > n || r.released > n) revert MalformedEntry(key);
    }

    /// @dev What the block start changes in the round it read: the seed at the reveal end
    ///      (with reveals), and once the proof window passed the Slashed flag and up to
    ///      MAX_BLOCK_RELEASES more claims released; a proven round (its loss proof applied)
    ///      is not slashed and has its claims released from the block start after the proof.
    function _roundChanges(Context calldata ctx, Run memory b) private pure {
        Round memory r = b.r;
        if (b.m.phase == PHASE_REVEAL) {
            if (r.best == 0) return;
            r.raw[4] = RLPWriter.writeBytes(abi.encodePacked(_seed(ctx, b)));
            r.changed = true;
            return;
        }
        Mlsc memory m = b.m;
        if (!r.proven && b.h < m.roundStart + m.commitBlocks + m.revealBlocks + m.proofBlocks) return;
        if (!r.slashed && !r.proven) { // this block start slashes; the claims are released from the next on
            r.raw[7] = RLPWriter.writeBool(true);
            r.changed = true;
            return;
        }
        uint256 n = r.trainers.length;
        r.releasedNow = uint64(n - r.released > MAX_BLOCK_RELEASES ? r.released + MAX_BLOCK_RELEASES : n);
        if (r.releasedNow != r.released) {
            bytes[] memory raw = r.raw;
            assembly ("memory-safe") {
                mstore(raw, 9)
            }
            raw[8] = RLPWriter.writeUint(r.releasedNow);
            r.changed = true;
        }
    }

    /// @dev rollup advance for b.m at height b.h (one boundary: a window that ends late does
    ///      not shorten the next, as RoundStart moves on by the delay), with the best revealer's
    ///      stake read (read only) when it is slashed now.
    function _advance(Context calldata ctx, Exec memory x, bytes[] calldata w, Run memory b) private view {
        Mlsc memory m = b.m;
        uint64 h = b.h;
        if (m.phase == PHASE_COMMIT) {
            uint64 end = m.roundStart + m.commitBlocks;
            if (h < end) return;
            m.roundStart += h - end;
            m.phase = PHASE_REVEAL;
        } else if (m.phase == PHASE_REVEAL) {
            uint64 end = m.roundStart + m.commitBlocks + m.revealBlocks;
            if (h < end) return;
            if (b.r.best == 0) {
                _settle(b); // nobody revealed: the next round, or completion
                return;
            }
            m.roundStart += h - end; // the seed: _roundChanges
            m.phase = PHASE_PROOF;
        } else if (m.phase == PHASE_PROOF) {
            if (h < m.roundStart + m.commitBlocks + m.revealBlocks + m.proofBlocks && !b.r.proven) return;
            if (!b.r.slashed && !b.r.proven) {
                address best = b.r.trainers[b.r.best - 1];
                (Account memory a,) = _readAccount(x, w, best);
                uint256 slash = a.stake < ctx.minStake ? a.stake : ctx.minStake;
                m.escrow += slash;
                b.g = _setGlobal(b.g, G_TOTAL_STAKE, RLPWriter.writeUint(_totalStake(b.g) - slash));
                _delta(b, best, slash, 0, 0);
                return;
            }
            _settle(b);
        }
    }

    /// @dev rollup.RoundSeed of the round, with the header's L1 hash: keccak256("neuron-seed-v2" ‖
    ///      chain id ‖ rollup ‖ L1 hash ‖ mlsc ‖ round ‖ per reveal trainer ‖ weights ‖ trace root).
    function _seed(Context calldata ctx, Run memory b) private pure returns (bytes32) {
        bytes memory rl = b.r.raw[3];
        bytes memory buf = new bytes(b.r.trainers.length * 84);
        (uint256 off,,) = _header(rl, 0);
        uint256 p;
        for (uint256 i = off; i < rl.length;) {
            (uint256 o, uint256 l,) = _header(rl, i);
            uint256 q = i + o; // trainer, checkpoint CID, weights, trace CID, trace root
            bytes32 trainer;
            assembly ("memory-safe") {
                trainer := mload(add(add(rl, 33), q))
            }
            q += 21;
            (uint256 co, uint256 cl,) = _header(rl, q);
            q += co + cl;
            bytes32 weights = _word32(rl, q);
            q += 33;
            (co, cl,) = _header(rl, q);
            q += co + cl;
            bytes32 traceRoot = _word32(rl, q);
            assembly ("memory-safe") {
                let d := add(add(buf, 32), p)
                mstore(d, trainer)
                mstore(add(d, 20), weights)
                mstore(add(d, 52), traceRoot)
            }
            p += 84;
            i += o + l;
        }
        return keccak256(abi.encodePacked("neuron-seed-v2", ctx.chainId, ctx.rollup, b.l1Hash, b.id, b.m.round, buf));
    }

    /// @dev The 32-byte string item at b[q] (0xa0 ‖ 32 bytes).
    function _word32(bytes memory b, uint256 q) private pure returns (bytes32 v) {
        require(q + 33 <= b.length && b[q] == 0xa0, "rlp");
        assembly ("memory-safe") {
            v := mload(add(add(b, 33), q))
        }
    }

    /// @dev rollup nextRound from a block start: releases up to MAX_BLOCK_RELEASES claims if any
    ///      are left (and settles nothing); with none left, completes the MLSC (completionReason;
    ///      the escrow back to the creator) or opens its next round.
    function _settle(Run memory b) private view {
        Round memory r = b.r;
        uint256 n = r.trainers.length;
        for (uint256 i = r.released; i < r.releasedNow; i++) {
            _delta(b, r.trainers[i], 0, 1, 0);
        }
        if (r.released < n) return; // claims were left: a later block start settles the round
        Mlsc memory m = b.m;
        if (m.targetLoss > 0 && m.bestLoss <= m.targetLoss) b.reason = 1;
        else if (m.round >= m.maxRounds) b.reason = 2;
        else if (m.deadlineL1 > 0 && b.l1Number >= m.deadlineL1) b.reason = 3;
        if (b.reason != 0) {
            m.phase = PHASE_DONE;
            if (m.escrow != 0) {
                _delta(b, m.creator, 0, 0, m.escrow);
                m.escrow = 0;
            }
            return;
        }
        b.opened = true;
        if (m.raw.length == 13) { // rollup adoptDataset (BlockDeltas.adopt)
            bool moved;
            (moved, m.raw[2], m.bestLoss, m.targetLoss) = blockDeltas.adopt(m.raw[2], m.raw[12], m.bestLoss);
            if (moved) m.raw[9] = RLPWriter.writeUint(m.bestLoss);
        }
        m.round += 1;
        m.roundStart = b.h;
        m.phase = PHASE_COMMIT;
    }

    /// @dev Adds a change of account who.
    function _delta(Run memory b, address who, uint256 stakeDown, uint64 claimsDown, uint256 credit) private pure {
        uint256 i = 0;
        while (i < b.n && b.deltas[i].who != who) i++;
        if (i == b.n) {
            b.deltas[i].who = who;
            b.n++;
        }
        Delta memory dl = b.deltas[i];
        dl.stakeDown += stakeDown;
        dl.claimsDown += claimsDown;
        dl.credit += credit;
    }

    /// @dev Writes every account that changes, in increasing address order.
    function _writeAccounts(Exec memory x, bytes[] calldata w, Run memory b) private view {
        Delta[] memory ds = b.deltas;
        for (uint256 i = 1; i < b.n; i++) {
            for (uint256 j = i; j > 0 && ds[j - 1].who > ds[j].who; j--) {
                (ds[j - 1], ds[j]) = (ds[j], ds[j - 1]);
            }
        }
        for (uint256 i = 0; i < b.n; i++) {
            Delta memory dl = ds[i];
            if (dl.stakeDown == 0 && dl.claimsDown == 0 && dl.credit == 0) continue;
            (Account memory a, uint256 slot) = _readAccount(x, w, dl.who);
            a.stake -= dl.stakeDown;
            a.openClaims -= dl.claimsDown;
            a.balance += dl.credit;
            _writeAccount(x, w, dl.who, a, slot);
        }
    }

    /// @dev rollup complete: fixes the model (created if no round was won) and, if it is
    ///      proven, makes its completion message. Keys: model, [message].
    function _complete(Context calldata ctx, Exec memory x, bytes[] calldata w, Run memory b)
        private
        view
        returns (bytes32[] memory messages)
    {
        bytes memory key = abi.encodePacked(bytes1(0x46), b.id); // rollup.ModelKey
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        bytes[] memory f = ok ? _rawList(rec, 16, key) : _newModel(b.id, b.m.creator);
        Mlsc memory m = b.m;
        f[2] = RLPWriter.writeBool(true);
        f[3] = RLPWriter.writeUint(b.reason);
        f[4] = RLPWriter.writeUint(b.h);
        f[5] = RLPWriter.writeUint(b.l1Number);
        f[6] = m.raw[7];
        f[7] = m.raw[8];
        f[8] = m.raw[9];
        f[11] = m.useFee;
        if (m.raw.length == 13) (f[12], f[14]) = blockDeltas.proposers(f[12], f[14], m.raw[12]);
        bool proven = _int(f[13], 8) > 0;
        uint64 id;
        bytes memory data;
        if (proven) {
            id = b.g.length > G_NEXT_MESSAGE ? uint64(_int(b.g[G_NEXT_MESSAGE], 8)) : 0;
            f[15] = RLPWriter.writeUint(uint256(id) + 1);
            data = _completedData(b, f[9]);
        }
        _write(x, w, key, RLPWriter.writeList(f), slot);
        if (!proven) return messages;
        messages = new bytes32[](1);
        messages[0] = _message(ctx, x, w, b, id, data);
    }

    /// @dev rollup queueMessage of completion message id with data: its record, NextMessage, and
    ///      its leaf (rollup.MessageLeaf). Keys: [message].
    function _message(Context calldata ctx, Exec memory x, bytes[] calldata w, Run memory b, uint64 id, bytes memory data)
        private
        view
        returns (bytes32)
    {
        bytes[] memory mf = new bytes[](4);
        mf[0] = RLPWriter.writeUint(id);
        mf[1] = RLPWriter.writeUint(MSG_MODEL_COMPLETED);
        mf[2] = RLPWriter.writeBytes(data);
        mf[3] = RLPWriter.writeUint(b.h);
        _rewrite(x, w, abi.encodePacked(bytes1(0x58), id), RLPWriter.writeList(mf)); // rollup.MessageKey
        b.g = _setGlobal(b.g, G_NEXT_MESSAGE, RLPWriter.writeUint(uint256(id) + 1));
        bytes32 inner = keccak256(abi.encode(uint256(ctx.chainId), ctx.rollup, uint256(id), MSG_MODEL_COMPLETED, keccak256(data)));
        return keccak256(bytes.concat(inner));
    }

    /// @dev rollup.ModelCompletedData of the model being completed (proof: its raw [circuit,
    ///      digest]).
    function _completedData(Run memory b, bytes memory proof) private pure returns (bytes memory) {
        Mlsc memory m = b.m;
        RLPReader.RLPItem[] memory p = RLPReader.readList(proof);
        if (p.length != 2) revert MalformedEntry(proof);
        return abi.encode(
            uint256(b.id),
            m.creator,
            RLPReader.readBytes(RLPReader.toRLPItem(m.raw[7])),
            _fixed(RLPReader.toRLPItem(m.raw[8]), 32),
            uint256(m.bestLoss),
            _fixed(p[0], 32),
            _fixed(p[1], 32),
            uint256(b.h),
            b.reason
        );
    }

    /// @dev Files the MLSC at its next boundary (rollup schedule, unless it is done) and the
    ///      carried MLSCs first at h + 1 (rollup carry): due(h + 1), then due(at).
    function _file(Exec memory x, bytes[] calldata w, Run memory b) private view {
        Mlsc memory m = b.m;
        uint64 at;
        if (m.phase != PHASE_DONE) {
            uint64 next = m.roundStart + m.commitBlocks;
            if (m.phase >= PHASE_REVEAL) next += m.revealBlocks;
            if (m.phase == PHASE_PROOF) next += m.proofBlocks;
            at = next > b.h + 1 && !(m.phase == PHASE_PROOF && b.r.proven) ? next : b.h + 1;
        }
        if (b.carried.length != 0 || at == b.h + 1 || b.epochs.length > 1) {
            _fileAt(x, w, b.h + 1, b.carried, at == b.h + 1 ? b.id : type(uint64).max, b.epochs);
        }
        if (at > b.h + 1) _fileAt(x, w, at, new uint64[](0), b.id);
    }

    /// @dev The MLSC record with its lifecycle fields set.
    function _mlscRecord(Mlsc memory m) private pure returns (bytes memory) {
        bytes[] memory f = m.raw;
        f[3] = RLPWriter.writeUint(m.escrow);
        f[4] = RLPWriter.writeUint(m.round);
        f[5] = RLPWriter.writeUint(m.roundStart);
        f[6] = RLPWriter.writeUint(m.phase);
        return RLPWriter.writeList(f);
    }
}
