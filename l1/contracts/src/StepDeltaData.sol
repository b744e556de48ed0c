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
///         globals write). Chunk decoding, leaves and the root are DeltaProofs'.
/// @dev Keys, in witness order (rollup.StepKeys, deltaKeys): globals, MLSC, epoch, the proposal,
///      all read only, then account(sender); if it applies: the proposal, [if it rejects the
///      delta: the MLSC (the deposit to its escrow), or once the MLSC is done the creator's
///      account unless it is the sender's]; then [account(fee recipient)], [globals: units]. A
///      chunk of a cross-entropy model has version-2 leaves (DatasetLeavesV2). A forfeit paying
///      a done MLSC's creator who is the paid fee recipient reverts Unsupported(0x0d).
contract StepDeltaData is StepDeltaBase {
    /// @dev DeltaPending, DeltaReady; mlp.CrossEntropy.
    uint256 private constant DELTA_PENDING = 1;
    uint256 private constant DELTA_READY = 2;
    uint256 private constant CROSS_ENTROPY = 2;

    /// @notice The manifest, chunk and multiproof code.
    DeltaProofs public immutable proofs;
    /// @notice A cross-entropy model's chunk leaves (the wide sponge).
    DatasetLeavesV2 public immutable leavesV2;

    /// @notice A step L1 cannot decide.
    error Unsupported(uint8 txType);

    /// @notice A delta-data body as rollup decodes it: [nonce, mlsc, proposal, chunk, data].
    struct Body {
        uint64 nonce;
        uint64 mlsc;
        uint64 proposal;
        uint32 chunk;
        bytes data;
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
        try this.decodeBody(d.inner) returns (Body memory b) {
            d.nonce = b.nonce;
            valid = _deltaData(ctx, x, w, d, b);
            if (!valid) x.units = 0;
        } catch {
            valid = false;
        }
        return (valid, x);
    }

    /// @notice Decodes a delta-data body as go-ethereum's rlp decodes rollup.DeltaData; reverts
    ///         on anything it rejects.
    function decodeBody(bytes memory body) external pure returns (Body memory b) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == 5, "fields");
        b.nonce = uint64(_intItem(f[0], 8));
        b.mlsc = uint64(_intItem(f[1], 8));
        b.proposal = uint64(_intItem(f[2], 8));
        b.chunk = uint32(_intItem(f[3], 4));
        b.data = RLPReader.readBytes(f[4]);
    }

    // ---------------------------------------------------------------------------------------
    // Delta-data.

    /// @dev What a delta-data decides: the proposal's fields rewritten, and whether it rejects
    ///      the delta (its deposit then leaves).
    struct Data {
        DeltaProofs.Manifest man;
        bytes[] got;
        bool forfeit;
        bytes reason;
    }

    /// @dev applyDeltaData: a proposal of the MLSC's open epoch, pending; a chunk of its
    ///      manifest not received yet whose bytes hash to the chunk's CID. Then the chunk's
    ///      examples' leaves are recorded (or, if they are not examples of the manifest's shape,
    ///      the delta is rejected); with the last chunk in, the root of the patched set must be
    ///      the claimed one (ready, the pending fields cleared) or the delta is rejected.
    function _deltaData(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b)
        private
        view
        returns (bool)
    {
        (bool ok, Reads memory q) = _reads(ctx, x, w, d, b.mlsc, true, b.proposal);
        if (!ok || q.m.length == 0 || !_listed(q, b.proposal)) return false;
        if (q.p.length != P_FIELDS) revert MalformedEntry(_proposalKey(b.mlsc, b.proposal));
        if (_int(q.p[P_STATUS], 1) != DELTA_PENDING) return false;
        Data memory v;
        (ok, v.man) = proofs.decodeManifest(RLPReader.readBytes(RLPReader.toRLPItem(q.p[6])));
        if (!ok) return false; // checked when proposed
        v.got = _items(q.p[15]);
        if (b.chunk >= v.man.counts.length || v.got[b.chunk][0] != 0x80) return false;
        if (sha256(b.data) != v.man.digests[b.chunk]) return false;
        _decide(b, q, v);
        bool done = _int(q.m[6], 1) == PHASE_DONE;
        address creator = _addr(RLPReader.toRLPItem(q.m[1]));
        uint256 deposit = _int(q.p[11], 32);
        uint256 paid = _pay(ctx, d, q);
        if (v.forfeit && done) {
            if (creator == ctx.fees.recipient && paid != 0 && creator != d.from) revert Unsupported(0x0d);
            if (creator == d.from) q.a.balance += deposit;
        }
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
            _writeAccount(x, w, creator, c, slot);
        }
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev The proposal after chunk b.chunk (q.p rewritten): its leaves recorded, and with the
    ///      last chunk the root checked; or the delta rejected (v.forfeit, v.reason).
    function _decide(Body memory b, Reads memory q, Data memory v) private view {
        (bool ok, uint256[] memory leaves) = _int(RLPReader.readRawBytes(RLPReader.readList(q.m[2])[1]), 1)
            == CROSS_ENTROPY
            ? leavesV2.chunkLeavesV2(b.data, v.man.width, v.man.classes, v.man.counts[b.chunk])
            : proofs.chunkLeaves(b.data, v.man.width, v.man.classes, v.man.counts[b.chunk]);
        if (!ok) {
            _forfeit(q, v, bytes.concat("chunk ", _decimal(b.chunk), " does not hold the patch's examples"));
            return;
        }
        bytes[] memory all = _items(q.p[16]);
        uint256 start;
        for (uint256 i = 0; i < b.chunk; i++) {
            start += v.man.counts[i];
        }
        for (uint256 j = 0; j < leaves.length; j++) {
            all[start + j] = abi.encodePacked(bytes1(0xa0), leaves[j]);
        }
        v.got[b.chunk] = hex"01";
        bool complete = true;
        for (uint256 i = 0; i < v.got.length; i++) {
            if (v.got[i][0] != 0x01) complete = false;
        }
        if (!complete) {
            q.p[15] = RLPWriter.writeList(v.got);
            q.p[16] = RLPWriter.writeList(all);
            return;
        }
        uint256 root = _root(q, v, all);
        bytes32 claimed = bytes32(RLPReader.readBytes(RLPReader.toRLPItem(q.p[9])));
        if (bytes32(root) != claimed) {
            _forfeit(q, v, bytes.concat("the patch leads to root ", _hex(bytes32(root)), ", not ", _hex(claimed)));
            return;
        }
        q.p[P_STATUS] = RLPWriter.writeUint(DELTA_READY);
        (q.p[15], q.p[16], q.p[17], q.p[18]) = (hex"c0", hex"c0", hex"c0", hex"80");
    }

    /// @dev The root the proposal's proof and its added leaves (all, raw items) lead to.
    function _root(Reads memory q, Data memory v, bytes[] memory all) private view returns (uint256 root) {
        uint256[] memory added = new uint256[](all.length);
        for (uint256 i = 0; i < all.length; i++) {
            added[i] = uint256(bytes32(RLPReader.readBytes(RLPReader.toRLPItem(all[i]))));
        }
        bytes[] memory ps = _items(q.p[17]);
        uint256[] memory proof = new uint256[](ps.length);
        for (uint256 i = 0; i < ps.length; i++) {
            proof[i] = uint256(bytes32(RLPReader.readBytes(RLPReader.toRLPItem(ps[i]))));
        }
        bool ok;
        (ok, root) = proofs.newRoot(
            uint256(bytes32(RLPReader.readBytes(RLPReader.toRLPItem(q.p[7])))),
            uint64(_int(q.p[8], 8)),
            v.man.removed,
            added,
            proof,
            _int(q.p[18], 8)
        );
        if (!ok) revert Unsupported(0x0d); // the proof opened the base root when proposed
    }

    /// @dev State.forfeit's record: rejected with reason, the pending fields cleared.
    function _forfeit(Reads memory q, Data memory v, bytes memory reason) private pure {
        v.forfeit = true;
        q.p[P_STATUS] = RLPWriter.writeUint(DELTA_REJECTED);
        q.p[14] = RLPWriter.writeBytes(reason);
        (q.p[15], q.p[16], q.p[17], q.p[18]) = (hex"c0", hex"c0", hex"c0", hex"80");
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
