// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepTrie} from "./StepTrie.sol";
import {StepDeltaBase} from "./StepDeltaBase.sol";
import {DeltaProofs} from "./DeltaProofs.sol";
import {DatasetLeavesV2} from "./DatasetLeavesV2.sol";

/// @title StepDeltaData
/// @notice Re-executes delta-data (0x0d, applyDeltaData) for StepDeltas, which forwards it with
///         the signed transaction, bare or inside a forced entry (consumed by the StepVerifier's
///         globals write): one step of a patch (a chunk or a removal group, in order) against
///         the proposal's running root. Chunk decoding, leaves and the tree steps are
///         DeltaProofs'.
/// @dev Keys, in witness order (rollup.StepKeys, deltaKeys): globals, MLSC, epoch, the proposal,
///      its manifest (DeltaManifestKey), all read only, then account(sender); if it applies: the proposal, [if it rejects the
///      delta: the MLSC (the deposit to its escrow), or once the MLSC is done the creator's
///      account unless it is the sender's, credited its fee too when it is the paid fee
///      recipient]; then [account(fee recipient), unless credited], [globals: units]. A chunk of
///      a cross-entropy model has version-2 leaves (DatasetLeavesV2).
contract StepDeltaData is StepDeltaBase {
    /// @dev DeltaPending, DeltaReady; mlp.CrossEntropy.
    uint256 private constant DELTA_PENDING = 1;
    uint256 private constant DELTA_READY = 2;
    uint256 private constant CROSS_ENTROPY = 2;

    /// @notice The manifest, chunk and multiproof code.
    DeltaProofs public immutable proofs;
    /// @notice A cross-entropy model's chunk leaves (the wide sponge).
    DatasetLeavesV2 public immutable leavesV2;

    /// @notice A delta-data body as rollup decodes it: [nonce, mlsc, proposal, chunk (the
    ///         step), data, leaves, siblings, count, first, path]; proof is the leaves then the
    ///         siblings, proofLen of them leaves; count and first the chunk's entry, path its
    ///         path in the chunk tree.
    struct Body {
        uint64 nonce;
        uint64 mlsc;
        uint64 proposal;
        uint32 chunk;
        bytes data;
        uint256[] proof;
        uint256 proofLen;
        uint32 count;
        uint64 first;
        uint256[] path;
    }

    constructor(StepTrie trie_, uint64 deltaPeriod_, DeltaProofs proofs_, DatasetLeavesV2 leavesV2_)
        StepDeltaBase(trie_, deltaPeriod_)
    {
        proofs = proofs_;
        leavesV2 = leavesV2_;
    }

    /// @notice Re-executes d (signature checked by the StepVerifier, its RLP body in d.inner)
    ///         from exec x with witness w, as StepDeltas.runDeltas does the votes.
    function runData(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool valid, Exec memory)
    {
        uint256 g = gasleft();
        try this.decodeBody(d.inner) returns (Body memory b) {
            d.nonce = b.nonce;
            valid = _deltaData(ctx, x, w, d, b);
            if (!valid) x.units = 0;
        } catch {
            _notStarved(g);
            valid = false;
        }
        return (valid, x);
    }

    /// @notice Decodes a delta-data body as go-ethereum's rlp decodes rollup.DeltaData; reverts
    ///         on anything it rejects.
    function decodeBody(bytes memory body) external view returns (Body memory b) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == 10, "fields");
        b.nonce = uint64(_intItem(f[0], 8));
        b.mlsc = uint64(_intItem(f[1], 8));
        b.proposal = uint64(_intItem(f[2], 8));
        b.chunk = uint32(_intItem(f[3], 4));
        b.data = RLPReader.readBytes(f[4]);
        (b.proof, b.proofLen) = proofs.decodeHashes(RLPReader.readRawBytes(f[5]), RLPReader.readRawBytes(f[6]));
        b.count = uint32(_intItem(f[7], 4));
        b.first = uint64(_intItem(f[8], 8));
        (b.path,) = proofs.decodeHashes(RLPReader.readRawBytes(f[9]), hex"c0");
    }

    // ---------------------------------------------------------------------------------------
    // Delta-data.

    /// @dev What a delta-data decides on: the manifest's fields the step reads, the running
    ///      tree's depth, and whether it rejects the delta.
    struct Data {
        DeltaProofs.StepInfo info;
        uint256 depth;
        uint256 root;
        uint256 added;
        bool forfeit;
    }

    /// @dev applyDeltaData: a proposal of the MLSC's open epoch, pending; the step its next
    ///      (Manifest.StepAt); a chunk whose bytes hash to its CID, or a removal group with no
    ///      data. Bytes that are not examples of the manifest's shape reject the delta; else the
    ///      proof must open the step's writes in the running root (or the step is invalid), and
    ///      the running root, step count and added count are rewritten; after the last step the
    ///      running root must be the claimed one, lifted (ready), or the delta is rejected.
    function _deltaData(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b)
        private
        view
        returns (bool)
    {
        (bool ok, Reads memory q) = _reads(ctx, x, w, d, b.mlsc, true, b.proposal);
        if (!ok || q.m.length == 0 || !_listed(q, b.proposal)) return false;
        if (q.p.length != P_FIELDS) revert MalformedEntry(_proposalKey(b.mlsc, b.proposal));
        if (_int(q.p[P_STATUS], 1) != DELTA_PENDING) return false;
        if (q.man.length == 0) revert MalformedEntry(abi.encodePacked(bytes1(0x76), b.mlsc, b.proposal)); // written when proposed
        if (b.chunk != _int(q.p[16], 8)) return false;
        Data memory v;
        v.info = proofs.stepInfo(q.man, b.chunk);
        if (v.info.isChunk) {
            if (!_pathOk(b, v.info)) return false;
        } else if (b.data.length != 0 || b.count != 0 || b.first != 0 || b.path.length != 0) {
            return false;
        }
        v.depth = proofs.depthOf(_int(q.p[8], 8), _int(q.p[10], 8));
        if (!_decide(b, q, v)) return false;
        bool done = _int(q.m[6], 1) == PHASE_DONE;
        address creator = _addr(RLPReader.toRLPItem(q.m[1]));
        uint256 deposit = _int(q.p[11], 32);
        uint256 paid = _pay(ctx, d, q);
        if (v.forfeit && done && creator == d.from) q.a.balance += deposit;
        _writeAccount(x, w, d.from, q.a, q.slot);
        _rewrite(x, w, _proposalKey(b.mlsc, b.proposal), RLPWriter.writeList(q.p));
        if (v.forfeit && !done) {
            unchecked {
                q.m[3] = RLPWriter.writeUint(_int(q.m[3], 32) + deposit); // Escrow (uint256.Int: wraps)
            }
            _rewrite(x, w, _mlscKey(b.mlsc), RLPWriter.writeList(q.m));
        } else if (v.forfeit && creator != d.from) {
            (Account memory c, uint256 slot) = _readAccount(x, w, creator);
            unchecked {
                c.balance += deposit;
            }
            if (creator == ctx.fees.recipient) {
                c.balance += paid; // the paid fee recipient: one key, its forfeit and its fee
                paid = 0;
            }
            _writeAccount(x, w, creator, c, slot);
        }
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev The proposal after the step (q.p rewritten), or the delta rejected (v.forfeit); false
    ///      if the step is invalid (its proof does not open the running root).
    function _decide(Body memory b, Reads memory q, Data memory v) private view returns (bool) {
        v.root = uint256(bytes32(RLPReader.readBytes(RLPReader.toRLPItem(q.p[15]))));
        v.added = _int(q.p[17], 8);
        bool ok;
        uint256 root;
        uint256 count;
        if (v.info.isChunk) {
            if (!_fits(b, v)) {
                _forfeit(q, v, bytes.concat("chunk ", _decimal(v.info.chunk), "'s entry does not fit the patch"));
                return true;
            }
            uint256[] memory leaves;
            (ok, leaves) = _int(RLPReader.readRawBytes(RLPReader.readList(q.m[2])[1]), 1) == CROSS_ENTROPY
                ? leavesV2.chunkLeavesV2(b.data, v.info.width, v.info.classes, b.count)
                : proofs.chunkLeaves(b.data, v.info.width, v.info.classes, b.count);
            if (!ok) {
                _forfeit(q, v, bytes.concat("chunk ", _decimal(v.info.chunk), " does not hold the patch's examples"));
                return true;
            }
            (ok, root) = proofs.chunkStep(_in(q, v, leaves, b));
            count = leaves.length;
        } else {
            (ok, root) = proofs.tailStep(_in(q, v, new uint256[](0), b));
        }
        if (!ok) return false;
        uint256 next = _int(q.p[16], 8) + 1;
        q.p[15] = RLPWriter.writeBytes(abi.encodePacked(root));
        q.p[16] = RLPWriter.writeUint(next);
        q.p[17] = RLPWriter.writeUint(v.added + count);
        if (next < _int(q.p[6], 8)) return true;
        bytes32 claimed = bytes32(RLPReader.readBytes(RLPReader.toRLPItem(q.p[9])));
        if (root != proofs.lift(uint256(claimed), proofs.depthOf(_int(q.p[10], 8), 1), v.depth)) {
            _forfeit(q, v, bytes.concat("the patch does not lead to root ", _hex(claimed)));
        } else {
            q.p[P_STATUS] = RLPWriter.writeUint(DELTA_READY);
        }
        return true;
    }

    /// @dev delta.EntryPath: the entry (the data's sha256, count, first) and path open the
    ///      manifest's chunk root at the step's index, the path as long as the chunk tree of
    ///      the manifest's chunks is deep (delta.ChunkDepth).
    function _pathOk(Body memory b, DeltaProofs.StepInfo memory i) private pure returns (bool) {
        uint256 d;
        for (uint256 n = i.chunks - 1; n != 0; n >>= 1) d++;
        if (b.path.length != d) return false;
        bytes32 h = keccak256(abi.encodePacked(sha256(b.data), b.count, b.first));
        for (uint256 l = 0; l < d; l++) {
            bytes32 s = bytes32(b.path[l]);
            h = (i.chunk >> l) & 1 == 1 ? keccak256(abi.encodePacked(s, h)) : keccak256(abi.encodePacked(h, s));
        }
        return h == i.chunkRoot;
    }

    /// @dev delta.Manifest.CheckEntry: the committed entry starts at the added examples so far,
    ///      holds 1..4,096 examples within the added count (the last chunk ending at it) and
    ///      its step fits the work bound (MaxStepWork 1,900).
    function _fits(Body memory b, Data memory v) private view returns (bool) {
        uint256 end = uint256(b.first) + b.count;
        if (b.first != v.added || b.count < 1 || b.count > 4096 || end > v.info.total) return false;
        if (v.info.chunk == v.info.chunks - 1 && end != v.info.total) return false;
        return proofs.chunkWork(v.info.width, v.info.r, v.depth, b.first, b.count) <= 1900;
    }

    /// @dev The step's input to DeltaProofs: at a removal group, every added example is in
    ///      (the groups follow the chunks), so the added count is the patch's.
    function _in(Reads memory q, Data memory v, uint256[] memory leaves, Body memory b)
        private
        pure
        returns (DeltaProofs.StepIn memory)
    {
        return DeltaProofs.StepIn({
            man: q.man,
            baseSize: v.info.baseSize,
            r: v.info.r,
            added: v.added,
            depth: v.depth,
            start: v.added,
            leaves: leaves,
            g: v.info.g,
            root: v.root,
            proof: b.proof,
            proofLen: b.proofLen
        });
    }

    /// @dev State.forfeit's record: rejected with reason.
    function _forfeit(Reads memory q, Data memory v, bytes memory reason) private pure {
        v.forfeit = true;
        q.p[P_STATUS] = RLPWriter.writeUint(DELTA_REJECTED);
        q.p[14] = RLPWriter.writeBytes(reason);
    }

    function _decimal(uint256 v) private pure returns (bytes memory out) {
        if (v == 0) return "0";
        for (; v != 0; v /= 10) {
            out = bytes.concat(bytes1(uint8(48 + (v % 10))), out);
        }
    }

    /// @dev fmt's %x of 32 bytes: 64 lowercase hex digits.
    function _hex(bytes32 h) private pure returns (bytes memory out) {
        out = new bytes(64);
        bytes16 digits = "0123456789abcdef";
        for (uint256 i = 0; i < 32; i++) {
            out[2 * i] = digits[uint8(h[i]) >> 4];
            out[2 * i + 1] = digits[uint8(h[i]) & 15];
        }
    }
}
