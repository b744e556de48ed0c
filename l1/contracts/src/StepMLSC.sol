// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {LossCircuits} from "./LossCircuits.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepMLSC
/// @notice Re-executes create-mlsc (0x04, rollup/stf.go applyCreate) for the StepVerifier, which
///         checks the signature and calls runCreate with the body: nonce and L2 fee, the spec's
///         rules (MLSCSpec.Validate, mlp.Shape.Validate), the chain's support for its circuit
///         (LossCircuits.circuitFor, the L2 verifier's Supports), the deadline after the block's
///         L1 view, the bounty at least minBounty and at most the balance left after the fee;
///         then the bounty escrowed, the MLSC record and its first round written as the Go STF
///         encodes them, the MLSC filed in the due index and NextMLSC counted up.
/// @dev Keys, in witness order (rollup.StepKeys): globals ro, account(sender), then if it applies
///      mlsc(id), round(id, 1), due(height + commitBlocks), [account(fee recipient)], globals
///      (NextMLSC, units; inside a forced entry also ForcedConsumed). Every rejection is decided
///      on the first two, before any write.
contract StepMLSC is StepState {
    /// @dev rollup.MaxCIDLen, MaxSampleCount, MaxWindow; mlp.MaxLayers, MaxLayerSize.
    uint256 private constant MAX_CID_LEN = 128;
    uint256 private constant MAX_SAMPLE_COUNT = 1024;
    uint256 private constant MAX_WINDOW = 1 << 20;
    uint256 private constant MAX_LAYERS = 8;
    uint256 private constant MAX_LAYER_SIZE = 4096;
    /// @dev rollup.MLSCSpec's fields: 16 required, then DeadlineL1, InitWeights, UseFee (optional).
    uint256 private constant SPEC_FIELDS = 16;

    /// @notice A create-mlsc's body as rollup.CreateMLSC decodes it: the fields StepMLSC decides
    ///         on, and the spec as the MLSC record encodes it.
    struct Create {
        uint64 nonce;
        uint256 bounty;
        uint32[] layers;
        uint8 loss;
        uint256 initCIDLen;
        bytes initCID;
        uint256 datasetCIDLen;
        uint64 datasetSize;
        uint8 optimizer;
        uint32 batchSize;
        uint32 sampleCount;
        uint64 commitBlocks;
        uint64 revealBlocks;
        uint64 proofBlocks;
        uint32 maxRounds;
        uint64 deadlineL1;
        bytes32 initWeights;
        /// @dev rlp(spec) as go-ethereum writes rollup.MLSCSpec (the body's, which must be
        ///      canonical: trailing optional fields at their zero value left out).
        bytes spec;
    }

    /// @notice The chain's circuit table (which specs the L2 verifier supports).
    LossCircuits public immutable circuits;
    /// @notice rollup.Config.MinBountyOrDefault: the least bounty a create-mlsc escrows.
    uint256 public immutable minBounty;

    constructor(StepTrie trie_, LossCircuits circuits_, uint256 minBounty_) StepState(trie_) {
        circuits = circuits_;
        minBounty = minBounty_;
    }

    /// @notice Re-executes create-mlsc d (signature checked by the StepVerifier, its RLP body in
    ///         d.inner) from exec x with witness w; returns whether it applies and the exec after
    ///         it. A body rollup.DecodeTx rejects is not valid and reads nothing; a rejected one
    ///         leaves the cursor past the two reads it decides on (globals, sender), as a forced
    ///         entry that wraps it spends them. Inside a forced entry (x.forced) an applied one's
    ///         globals write consumes the entry (x.forcedOutOfOrder if it is not the next).
    function runCreate(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool valid, Exec memory)
    {
        uint256 at = x.next;
        try this.decodeCreate(d.inner) returns (Create memory c) {
            d.nonce = c.nonce;
            valid = _create(ctx, x, w, d, c);
            if (!valid) {
                x.next = at + 2;
                x.units = 0;
            }
        } catch {
            valid = false;
        }
        return (valid, x);
    }

    /// @notice Decodes a create-mlsc body ([nonce, spec, bounty]) as rollup.DecodeTx decodes
    ///         rollup.CreateMLSC (go-ethereum's rlp, then checkCanonicalSpec); reverts on
    ///         anything it rejects.
    function decodeCreate(bytes memory body) external pure returns (Create memory c) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == 3, "fields");
        c.nonce = uint64(_intItem(f[0], 8));
        c.bounty = _intItem(f[2], 32);
        RLPReader.RLPItem[] memory s = RLPReader.readList(f[1]);
        require(s.length >= SPEC_FIELDS && s.length <= SPEC_FIELDS + 3, "spec fields");
        RLPReader.RLPItem[] memory l = RLPReader.readList(s[0]);
        c.layers = new uint32[](l.length);
        for (uint256 i = 0; i < l.length; i++) {
            c.layers[i] = uint32(_intItem(l[i], 4));
        }
        c.loss = uint8(_intItem(s[1], 1));
        c.initCID = RLPReader.readBytes(s[2]);
        c.initCIDLen = c.initCID.length;
        c.datasetCIDLen = RLPReader.readBytes(s[3]).length;
        _fixed(s[4], 32); // DatasetRoot
        c.datasetSize = uint64(_intItem(s[5], 8));
        c.optimizer = uint8(_intItem(s[6], 1));
        _intItem(s[7], 4); // LearningRate
        c.batchSize = uint32(_intItem(s[8], 4));
        _intItem(s[9], 4); // Epochs
        c.sampleCount = uint32(_intItem(s[10], 4));
        c.commitBlocks = uint64(_intItem(s[11], 8));
        c.revealBlocks = uint64(_intItem(s[12], 8));
        c.proofBlocks = uint64(_intItem(s[13], 8));
        c.maxRounds = uint32(_intItem(s[14], 4));
        _intItem(s[15], 8); // TargetLoss
        // DecodeTx refuses a spec that spells out a trailing optional field at its zero value
        // (checkCanonicalSpec: go-ethereum writes up to the last one that is not zero, by
        // reflect's IsZero, so a UseFee present at all counts): the spec is then what the
        // record holds, byte for byte.
        uint256 n = SPEC_FIELDS;
        if (s.length > 16) {
            c.deadlineL1 = uint64(_intItem(s[16], 8));
            if (c.deadlineL1 != 0) n = 17;
        }
        if (s.length > 17) {
            c.initWeights = _fixed(s[17], 32);
            if (c.initWeights != 0) n = 18;
        }
        if (s.length > 18) {
            _intItem(s[18], 32); // UseFee
            n = 19;
        }
        require(n == s.length, "spec not canonical");
        c.spec = RLPReader.readRawBytes(f[1]);
    }

    /// @dev MLSCSpec.Validate (mlp.Shape.Validate included), then the chain's support for its
    ///      circuit.
    function _specOk(Create memory c) private view returns (bool) {
        uint256 n = c.layers.length;
        if (n < 2 || n > MAX_LAYERS) return false;
        for (uint256 i = 0; i < n; i++) {
            if (c.layers[i] < 1 || c.layers[i] > MAX_LAYER_SIZE) return false;
        }
        if (c.loss != 1 && !(c.loss == 2 && c.layers[n - 1] >= 2)) return false;
        if (c.datasetCIDLen == 0 || c.datasetCIDLen > MAX_CID_LEN || c.initCIDLen > MAX_CID_LEN) return false;
        if (c.initWeights != 0 && c.initCIDLen == 0) return false;
        if (c.datasetSize == 0 || (c.optimizer != 1 && c.optimizer != 2) || c.batchSize == 0) return false;
        if (c.sampleCount == 0 || c.sampleCount > MAX_SAMPLE_COUNT) return false;
        if (c.commitBlocks == 0 || c.revealBlocks == 0 || c.proofBlocks == 0) return false;
        if (c.commitBlocks > MAX_WINDOW || c.revealBlocks > MAX_WINDOW || c.proofBlocks > MAX_WINDOW) return false;
        if (c.maxRounds == 0) return false;
        return circuits.circuitFor(c.layers, c.loss, c.sampleCount, c.datasetSize) != 0;
    }

    /// @dev What a create reads before it decides: the globals' fields, the sender's account and
    ///      its proof's slot, the fee.
    struct Reads {
        bytes[] g;
        Account a;
        uint256 slot;
        uint256 fee;
    }

    function _create(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Create memory c)
        private
        view
        returns (bool)
    {
        Reads memory q;
        (bool ok, bytes memory rec,) = _read(x, w, _globalsKey()); // read only
        if (!ok) revert MalformedEntry(_globalsKey());
        q.g = _globals(rec);
        (q.a, q.slot) = _readAccount(x, w, d.from);
        if (ctx.fees.targetUnits != 0) {
            uint256 base = _baseFee(ctx.fees, q.g);
            if (d.feeCap != 0 && d.feeCap < base) return false;
            x.units = _units(d);
            q.fee = x.units * base;
        }
        if (d.nonce != q.a.nonce || q.a.balance < q.fee) return false;
        if (!_specOk(c)) return false;
        if (c.deadlineL1 != 0 && c.deadlineL1 <= _int(q.g[2], 8)) return false; // L1Number
        if (c.bounty < minBounty || q.a.balance - q.fee < c.bounty) return false;
        _apply(ctx, x, w, d, c, q);
        return true;
    }

    /// @dev The writes of an applied create: the sender (fee, bounty, nonce), the MLSC, its first
    ///      round, the due record, [the fee recipient], the globals.
    function _apply(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Create memory c, Reads memory q)
        private
        view
    {
        uint64 id = uint64(_int(q.g[G_NEXT_MLSC], 8));
        uint64 height = uint64(_int(q.g[G_HEIGHT], 8));
        uint256 paid = _feePaid(ctx.fees, q.fee);
        q.a.balance -= q.fee + c.bounty;
        q.a.nonce += 1;
        if (paid != 0 && ctx.fees.recipient == d.from) {
            q.a.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, d.from, q.a, q.slot);
        _newEntry(x, w, abi.encodePacked(bytes1(0x6d), id), _record(d.from, c, id, height)); // rollup.MLSCKey
        _newEntry(x, w, abi.encodePacked(bytes1(0x72), id, uint64(1)), _firstRound(id)); // rollup.RoundKey
        _fileDue(x, w, height + c.commitBlocks, id);
        if (paid != 0) _creditRecipient(ctx.fees, x, w, paid);
        (bytes[] memory g, uint256 gslot) = _readGlobals(x, w);
        g[G_NEXT_MLSC] = RLPWriter.writeUint(id + 1);
        if (x.forced) {
            // This write also consumes the forced entry (a key is written once per step).
            uint256 consumed = g.length > G_FORCED ? _int(g[G_FORCED], 8) : 0;
            if (consumed != x.forcedIndex) x.forcedOutOfOrder = true;
            g = _setGlobal(g, G_FORCED, RLPWriter.writeUint(consumed + 1));
        }
        g = _addUnits(x, g);
        _write(x, w, _globalsKey(), RLPWriter.writeList(g), gslot);
    }

    /// @dev Writes rec at key, which must not exist (a new MLSC's records).
    function _newEntry(Exec memory x, bytes[] calldata w, bytes memory key, bytes memory rec) private view {
        (bool ok,, uint256 slot) = _read(x, w, key);
        if (ok) revert MalformedEntry(key);
        _write(x, w, key, rec, slot);
    }

    /// @dev rollup.MLSC of a new MLSC: rlp([ID, Creator, Spec, Escrow, Round 1, RoundStart
    ///      height, Phase commit, BestCheckpointCID = InitCheckpointCID, BestWeights =
    ///      InitWeights, BestLossSum = 2^64 - 1, BestTrainer zero, RoundsWon 0]).
    function _record(address from, Create memory c, uint64 id, uint64 height) private pure returns (bytes memory) {
        bytes[] memory f = new bytes[](12);
        f[0] = RLPWriter.writeUint(id);
        f[1] = RLPWriter.writeAddress(from);
        f[2] = c.spec;
        f[3] = RLPWriter.writeUint(c.bounty);
        f[4] = RLPWriter.writeUint(1);
        f[5] = RLPWriter.writeUint(height);
        f[6] = RLPWriter.writeUint(1); // rollup.PhaseCommit
        f[7] = RLPWriter.writeBytes(c.initCID);
        f[8] = RLPWriter.writeBytes(abi.encodePacked(c.initWeights));
        f[9] = RLPWriter.writeUint(type(uint64).max);
        f[10] = RLPWriter.writeAddress(address(0));
        f[11] = RLPWriter.writeUint(0);
        return RLPWriter.writeList(f);
    }

    /// @dev rollup.Round{MLSC: id, Round: 1}: rlp([id, 1, [], [], zero seed, 0, false, false]).
    function _firstRound(uint64 id) private pure returns (bytes memory) {
        bytes[] memory f = new bytes[](8);
        f[0] = RLPWriter.writeUint(id);
        f[1] = RLPWriter.writeUint(1);
        f[2] = hex"c0";
        f[3] = hex"c0";
        f[4] = RLPWriter.writeBytes(abi.encodePacked(bytes32(0)));
        f[5] = RLPWriter.writeUint(0);
        f[6] = hex"80";
        f[7] = hex"80";
        return RLPWriter.writeList(f);
    }

    /// @dev State.schedule of a new MLSC: id into the due record at h (rollup.Due: rlp([MLSCs[,
    ///      Epochs]])), created if absent. Every MLSC filed has a lower id than NextMLSC, so the
    ///      id goes at the end of the sorted list.
    function _fileDue(Exec memory x, bytes[] calldata w, uint64 h, uint64 id) private view {
        bytes memory key = abi.encodePacked(bytes1(0x64), h); // rollup.DueKey
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        bytes[] memory out;
        if (!ok) {
            bytes[] memory one = new bytes[](1);
            one[0] = RLPWriter.writeUint(id);
            out = new bytes[](1);
            out[0] = RLPWriter.writeList(one);
        } else {
            RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
            if (f.length != 1 && f.length != 2) revert MalformedEntry(key);
            out = new bytes[](f.length);
            bytes memory ids = RLPReader.readRawBytes(f[0]);
            if (ids.length == 0 || uint8(ids[0]) < 0xc0) revert MalformedEntry(key);
            bytes[] memory parts = new bytes[](2);
            parts[0] = _payload(ids);
            parts[1] = RLPWriter.writeUint(id);
            out[0] = RLPWriter.writeList(parts);
            if (f.length == 2) out[1] = RLPReader.readRawBytes(f[1]);
        }
        _write(x, w, key, RLPWriter.writeList(out), slot);
    }

    /// @dev The payload of RLP list l (its items, without the header).
    function _payload(bytes memory l) private pure returns (bytes memory p) {
        uint256 h = uint8(l[0]) <= 0xf7 ? 1 : 1 + uint8(l[0]) - 0xf7;
        p = new bytes(l.length - h);
        for (uint256 i = 0; i < p.length; i++) {
            p[i] = l[h + i];
        }
    }
}
