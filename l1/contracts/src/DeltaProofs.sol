// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {Poseidon2} from "./Poseidon2.sol";
import {Varint} from "./Varint.sol";

/// @title DeltaProofs
/// @notice The pure parts of a training-set delta for StepDeltas (da/delta, rollup/delta.go):
///         the patch manifest's decoding and checks (delta.DecodeManifest, Manifest.Check, the
///         CIDs as cid.Cast and da.CheckCID accept them), the renumbering (delta.Plan), the new
///         root from the Poseidon2 multiproof (delta.NewRoot, rollup's deltaRoot) and the
///         version-1 dataset leaves of a chunk of added examples (dataset.DecodeChunk,
///         merkle.ExampleLeaf). A rule the Go code rejects returns false; nothing here reverts
///         on input (a revert would leave the step undecided, never invalid).
/// @dev Deployed on its own by deploy.Deploy and given to StepDeltas' constructor.
contract DeltaProofs {
    uint256 private constant R = Poseidon2.R;
    /// @dev delta.MaxRemoved, MaxChunks, MaxSetSize; mlp.MaxLayerSize (width), dataset.MaxClasses,
    ///      dataset.MaxChunkExamples.
    uint256 private constant MAX_REMOVED = 1 << 6;
    uint256 private constant MAX_CHUNKS = 1 << 16;
    /// @dev delta.MaxStepWork, MaxTailWork, MaxProposalWork, NodeWork: a step's work units
    ///      (ChunkWork, TailGroupSize, ProposalApplies).
    uint256 private constant MAX_STEP_WORK = 1900;
    uint256 private constant MAX_TAIL_WORK = 1900;
    uint256 private constant MAX_PROPOSAL_WORK = 900;
    uint256 private constant NODE_WORK = 26;
    uint256 private constant MAX_SET = 1 << 24;
    uint256 private constant MAX_WIDTH = 4096;
    uint256 private constant MAX_CLASSES = 4096;
    uint256 private constant MAX_CHUNK_EXAMPLES = 4096;
    /// @dev The binary CIDv1 raw sha2-256 prefix (version 1, codec 0x55, multihash 0x12/32).
    uint32 private constant CID_PREFIX = 0x01551220;
    /// @dev merkle.TagExample: the big-endian integer of "neuron/example/v1".
    uint256 private constant TAG_EXAMPLE = uint256(bytes32(bytes17("neuron/example/v1"))) >> 120;

    /// @notice What a proposal reads of a patch manifest (delta.Manifest, version 2): its
    ///         header, parent CID, removed and chunk counts and the number of added examples
    ///         (declared: the chunks are committed by their root, checked by their steps).
    struct Manifest {
        uint64 baseSize;
        bytes32 baseRoot;
        uint32 width;
        uint32 classes;
        bytes parent;
        uint256 r;
        uint256 c;
        uint64 added;
    }

    /// @notice delta.DecodeManifest and Manifest.Check in one pass over the bytes (no list is
    ///         built; O(removed indices)): ok false for any manifest it rejects.
    function checkManifest(bytes calldata b) external pure returns (bool ok, Manifest memory m) {
        if (b.length < 56 || bytes4(b[0:4]) != "NDLM" || _le(b, 4, 2) != 2 || _le(b, 6, 2) != 0) return (false, m);
        m.baseSize = uint64(_le(b, 8, 8));
        m.baseRoot = bytes32(b[16:48]);
        m.width = uint32(_le(b, 48, 4));
        m.classes = uint32(_le(b, 52, 4));
        if (m.width < 1 || m.width > MAX_WIDTH || m.classes < 1 || m.classes > MAX_CLASSES) return (false, m);
        if (m.baseSize < 1 || m.baseSize > MAX_SET) return (false, m);
        uint256 p;
        (ok, p,) = _cid(b, 56);
        if (!ok) return (false, m);
        m.parent = b[p - 36:p];
        if (p + 4 > b.length) return (false, m);
        m.r = _le(b, p, 4);
        p += 4;
        if (m.r > MAX_REMOVED || m.r * 8 > b.length - p) return (false, m);
        for (uint256 i = 0; i < m.r; i++) {
            uint256 v = _le(b, p, 8);
            if (v >= m.baseSize || (i > 0 && v <= _le(b, p - 8, 8))) return (false, m);
            p += 8;
        }
        if (p + 4 > b.length) return (false, m);
        m.c = _le(b, p, 4);
        p += 4;
        if (m.c > MAX_CHUNKS) return (false, m);
        if (m.c > 0) {
            // The added count, the chunk root, the chunk list's CID.
            if (p + 40 > b.length) return (false, m);
            m.added = uint64(_le(b, p, 8));
            if (m.added < m.c || m.added > m.c * MAX_CHUNK_EXAMPLES) return (false, m);
            (ok, p,) = _cid(b, p + 40);
            if (!ok) return (false, m);
        }
        if (p != b.length || (m.r == 0 && m.c == 0)) return (false, m);
        uint256 n = m.baseSize - m.r + m.added;
        if (n < 1 || n > MAX_SET) return (false, m);
        return (true, m);
    }

    /// @notice delta.Manifest.ChunkWork: the work of a chunk of k examples of width inputs whose
    ///         first is added example start, in a patch removing r indices, at depth d.
    function chunkWork(uint256 width, uint256 r, uint256 d, uint256 start, uint256 k) public pure returns (uint256) {
        uint256 holes;
        if (start < r) holes = r - start < k ? r - start : k;
        uint256 nodes = holes * d;
        if (k - holes == 1) nodes += d;
        else if (k - holes > 1) nodes += 2 * (k - holes) + 2 * d;
        return k * (10 * ((width + 9) / 10 + 2) + (width + 1) / 2) + nodes * NODE_WORK;
    }

    /// @notice delta.Manifest.Depth: the running tree's depth.
    function depthOf(uint256 baseSize, uint256 newSize) public pure returns (uint256) {
        uint256 b = _depth(baseSize);
        uint256 n = _depth(newSize);
        return b > n ? b : n;
    }

    /// @notice delta.Manifest.TailGroupSize, TailGroups, ProposalApplies and Steps of a patch
    ///         removing r indices, adding a examples in c chunks, at depth d.
    function steps(uint256 r, uint256 a, uint256 c, uint256 d)
        public
        pure
        returns (uint256 gs, uint256 groups, bool inProposal, uint256 n)
    {
        gs = MAX_TAIL_WORK / (2 * d * NODE_WORK);
        if (gs == 0) gs = 1;
        uint256 tail = r > a ? r - a : 0;
        groups = (tail + gs - 1) / gs;
        inProposal = c == 0 && tail * 2 * d * NODE_WORK <= MAX_PROPOSAL_WORK;
        n = inProposal ? 0 : c + groups;
    }

    /// @dev A length-prefixed binary CID at b[p] that cid.Cast and da.CheckCID accept (exactly
    ///      the 36 bytes of a CIDv1 raw sha2-256): ok, the offset past it, its digest.
    function _cid(bytes calldata b, uint256 p) private pure returns (bool ok, uint256, bytes32 digest) {
        if (p + 37 > b.length) return (false, p, 0);
        uint256 head;
        assembly ("memory-safe") {
            head := shr(216, calldataload(add(b.offset, p))) // length byte and the 4-byte prefix
            digest := calldataload(add(b.offset, add(p, 5)))
        }
        if (head != (36 << 32) | CID_PREFIX) return (false, p, 0);
        return (true, p + 37, digest);
    }

    /// @notice Whether cid is a binary CID cid.Cast and da.CheckCID accept, and its digest.
    function cidDigest(bytes calldata cid) external pure returns (bool, bytes32) {
        if (cid.length != 36 || uint32(bytes4(cid[0:4])) != CID_PREFIX) return (false, 0);
        return (true, bytes32(cid[4:36]));
    }

    /// @dev The n-byte (at most 32) little-endian integer at b[p]; the caller has checked that
    ///      b holds it.
    function _le(bytes calldata b, uint256 p, uint256 n) private pure returns (uint256 v) {
        assembly ("memory-safe") {
            let w := calldataload(add(b.offset, p))
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                v := or(v, shl(shl(3, i), byte(i, w)))
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // The running root (delta.StepRoot over Manifest.ChunkWrites and TailWrites).

    /// @dev A source: kind (0 none: padding, 1 added, 2 base) << 128 | index.
    uint256 private constant ADDED = 1 << 128;
    uint256 private constant BASE = 2 << 128;

    /// @notice delta.Lift: root, a tree of depth from, lifted to depth to over empty leaves.
    function lift(uint256 root, uint256 from, uint256 to) public pure returns (uint256) {
        uint256 z;
        for (uint256 l = 0; l < to; l++) {
            if (l >= from) root = Poseidon2.compress(root, z);
            z = Poseidon2.compress(z, z);
        }
        return root;
    }

    /// @notice A delta-data or proposal step: the patch (base size, removed indices, added
    ///         count), the running tree's depth, the first added example of a chunk and its
    ///         leaves, or the removal group, the running root and the proof (proofLen leaves,
    ///         then siblings).
    struct StepIn {
        bytes man;
        uint64 baseSize;
        uint256 r;
        uint256 added;
        uint256 depth;
        uint256 start;
        uint256[] leaves;
        uint256 g;
        uint256 root;
        uint256[] proof;
        uint256 proofLen;
    }

    /// @notice The step of a chunk: its writes (Manifest.ChunkWrites: added example start + j to
    ///         removed[start + j] while below their count, else appended) with its leaves, against
    ///         the running root; ok false where delta.StepRoot errs.
    function chunkStep(StepIn calldata s) external pure returns (bool, uint256) {
        uint256 k = s.leaves.length;
        uint256 r = s.r;
        uint256[] memory pos = new uint256[](k);
        uint256[] memory next = new uint256[](k);
        for (uint256 j = 0; j < k; j++) {
            uint256 i = s.start + j;
            pos[j] = i < r ? _removedAt(s.man, i) : s.baseSize + i - r;
            next[j] = s.leaves[j];
        }
        return _stepRoot(s, s.baseSize + (s.start > r ? s.start - r : 0), pos, new uint256[](0), next);
    }

    /// @notice s.g for a proposal's writes: every removal unit.
    uint256 public constant WHOLE = type(uint256).max;

    /// @notice The step of removal group s.g (Manifest.TailWrites; WHOLE: ProposalWrites),
    ///         against the running root; ok false where delta.StepRoot errs.
    function tailStep(StepIn calldata s) external pure returns (bool, uint256) {
        if (s.r <= s.added) return (false, 0);
        uint256 tail = s.r - s.added;
        (uint256 gs,,,) = steps(s.r, s.added, 1, s.depth);
        uint256 from = s.g == WHOLE ? 0 : s.g * gs; // WHOLE: the proposal's, every unit
        if (s.g == WHOLE) gs = tail;
        if (from >= tail) return (false, 0);
        (uint256[] memory pos, uint256[] memory src) = _tailWrites(s, tail, from, from + gs < tail ? from + gs : tail);
        return _stepRoot(s, s.baseSize, pos, src, new uint256[](pos.length));
    }

    /// @dev Removed index i of the manifest m (checked when proposed): after the 56-byte
    ///      header, the parent CID (37 bytes) and the removed count.
    function _removedAt(bytes calldata m, uint256 i) private pure returns (uint256) {
        return _le(m, 97 + 8 * i, 8);
    }

    /// @dev delta's tailWrites of removal units [from, to) of the tail holes left over (removed
    ///      indices s.added on), sorted by position: positions and sources.
    function _tailWrites(StepIn calldata s, uint256 tail, uint256 from, uint256 to)
        private
        pure
        returns (uint256[] memory pos, uint256[] memory src)
    {
        uint256 p = s.baseSize - tail; // the new size, then the end position walked
        uint256 h0 = s.added;
        uint256 low;
        while (low < tail && _removedAt(s.man, h0 + low) < p) low++;
        pos = new uint256[](2 * (to - from));
        src = new uint256[](2 * (to - from));
        uint256 k;
        uint256 hi = low;
        for (uint256 u = 0; u < to && u < low; u++) {
            while (hi < tail && _removedAt(s.man, h0 + hi) == p) {
                hi++;
                p++;
            }
            if (u >= from) {
                (pos[k], src[k]) = (_removedAt(s.man, h0 + u), BASE | p);
                (pos[k + 1], src[k + 1]) = (p, 0);
                k += 2;
            }
            p++;
        }
        for (uint256 u = from > low ? from : low; u < to; u++) {
            (pos[k], src[k]) = (_removedAt(s.man, h0 + u), 0);
            k++;
        }
        assembly ("memory-safe") {
            mstore(pos, k)
            mstore(src, k)
        }
        _sort(pos, src);
    }

    /// @notice What delta-data step s of a patch (its manifest m, checked when proposed) needs:
    ///         the base size, width, classes, removed and chunk counts, and for a chunk step
    ///         (Manifest.StepAt) its index, the added count and the chunk root, else the
    ///         removal group.
    struct StepInfo {
        uint64 baseSize;
        uint32 width;
        uint32 classes;
        uint256 r;
        uint256 chunks;
        bool isChunk;
        uint256 chunk;
        uint256 g;
        uint256 total;
        bytes32 chunkRoot;
    }

    /// @notice Manifest.StepAt and the fields step s reads, from the manifest bytes at their
    ///         fixed offsets (no full decoding: a step's cost does not grow with the manifest's
    ///         lists).
    function stepInfo(bytes calldata m, uint256 s) external pure returns (StepInfo memory i) {
        i.baseSize = uint64(_le(m, 8, 8));
        i.width = uint32(_le(m, 48, 4));
        i.classes = uint32(_le(m, 52, 4));
        i.r = _le(m, 93, 4);
        uint256 o = 97 + 8 * i.r;
        i.chunks = _le(m, o, 4);
        if (s < i.chunks) {
            (i.isChunk, i.chunk) = (true, s);
            i.total = _le(m, o + 4, 8);
            i.chunkRoot = bytes32(m[o + 12:o + 44]);
        } else {
            i.g = s - i.chunks;
        }
    }

    /// @dev Insertion sort of pos (distinct), src alongside.
    function _sort(uint256[] memory pos, uint256[] memory src) private pure {
        for (uint256 i = 1; i < pos.length; i++) {
            (uint256 q, uint256 s) = (pos[i], src[i]);
            uint256 j = i;
            for (; j > 0 && pos[j - 1] > q; j--) {
                (pos[j], src[j]) = (pos[j - 1], src[j - 1]);
            }
            (pos[j], src[j]) = (q, s);
        }
    }

    struct Walk {
        uint256[] proof;
        uint256 si; // the next sibling in proof
        uint256 zero;
        uint256[] pos; // the level's nodes: positions, old and new values
        uint256[] old;
        uint256[] next;
    }

    /// @dev delta.StepRoot: the writes at pos (increasing), new values next (or, with src given,
    ///      from src: padding or a base move), old leaves below zero from the proof's first
    ///      proofLen, the siblings after them; ok false if the proof does not open the running
    ///      root or is malformed.
    function _stepRoot(StepIn calldata s, uint256 zero, uint256[] memory pos, uint256[] memory src, uint256[] memory next)
        private
        pure
        returns (bool, uint256)
    {
        uint256 k = pos.length;
        if (k == 0 || s.proofLen > s.proof.length || s.depth > 64) return (false, 0);
        for (uint256 i = 0; i < s.proof.length; i++) {
            if (s.proof[i] >= R) return (false, 0);
        }
        uint256[] memory old = new uint256[](k);
        uint256 li;
        for (uint256 i = 0; i < k; i++) {
            if ((i > 0 && pos[i] <= pos[i - 1]) || pos[i] >> s.depth != 0) return (false, 0);
            if (pos[i] < zero) {
                if (li == s.proofLen) return (false, 0);
                old[i] = s.proof[li++];
            }
        }
        if (li != s.proofLen) return (false, 0);
        for (uint256 i = 0; i < src.length; i++) {
            if (src[i] >> 128 == 2) {
                uint256 idx = uint128(src[i]);
                bool found;
                for (uint256 j = 0; j < k; j++) {
                    if (pos[j] == idx) (next[i], found) = (old[j], true);
                }
                if (!found) return (false, 0);
            }
        }
        Walk memory wk = Walk({proof: s.proof, si: s.proofLen, zero: zero, pos: pos, old: old, next: next});
        uint256 z;
        for (uint256 l = 0; l < s.depth; l++) {
            bool ok;
            (ok, k) = _level(wk, l, z, k);
            if (!ok) return (false, 0);
            z = Poseidon2.compress(z, z);
        }
        if (wk.si != s.proof.length || old[0] != s.root) return (false, 0);
        return (true, next[0]);
    }

    /// @dev One level up from height l (zl: its padding node): k nodes in, the count out.
    function _level(Walk memory wk, uint256 l, uint256 zl, uint256 k) private pure returns (bool, uint256 m) {
        for (uint256 i = 0; i < k; i++) {
            uint256 p = wk.pos[i];
            if (i + 1 < k && wk.pos[i + 1] == p ^ 1) {
                wk.old[m] = Poseidon2.compress(wk.old[i], wk.old[i + 1]);
                wk.next[m] = Poseidon2.compress(wk.next[i], wk.next[i + 1]);
                i++;
            } else {
                uint256 sv = zl;
                if (((p ^ 1) << l) < wk.zero) {
                    if (wk.si == wk.proof.length) return (false, 0);
                    sv = wk.proof[wk.si++];
                }
                (wk.old[m], wk.next[m]) = p & 1 == 1
                    ? (Poseidon2.compress(sv, wk.old[i]), Poseidon2.compress(sv, wk.next[i]))
                    : (Poseidon2.compress(wk.old[i], sv), Poseidon2.compress(wk.next[i], sv));
            }
            wk.pos[m] = p >> 1;
            m++;
        }
        return (true, m);
    }

    /// @dev dataset.Depth(n): 1 for n up to 2, else the bit length of n - 1.
    function _depth(uint256 n) internal pure returns (uint256 d) {
        if (n <= 2) return 1;
        for (uint256 v = n - 1; v != 0; v >>= 1) d++;
    }

    // ---------------------------------------------------------------------------------------
    // A chunk's dataset leaves.

    /// @notice dataset.DecodeChunk(b, width, classes) holding `count` examples, and their
    ///         version-1 dataset leaves (merkle.ExampleLeaf: Hash(TagExample, packed inputs...,
    ///         label)); ok false where the Go STF rejects the chunk.
    function chunkLeaves(bytes calldata b, uint32 width, uint32 classes, uint32 count)
        external
        pure
        returns (bool ok, uint256[] memory leaves)
    {
        if (b.length < 16 || bytes4(b[0:4]) != "NDSC" || _le(b, 4, 2) != 1 || _le(b, 6, 2) != 0) return (false, leaves);
        if (_le(b, 8, 4) != width) return (false, leaves);
        uint256 n = _le(b, 12, 4);
        if (n == 0 || n > MAX_CHUNK_EXAMPLES || n != count) return (false, leaves);
        leaves = new uint256[](n);
        uint256 p = 16;
        for (uint256 e = 0; e < n; e++) {
            (ok, leaves[e], p) = _example(b, p, width, classes);
            if (!ok) return (false, leaves);
        }
        return (p == b.length, leaves);
    }

    /// @dev One example at b[p] and its leaf: ok, the leaf, the offset past it.
    function _example(bytes calldata b, uint256 p, uint256 width, uint256 classes)
        private
        pure
        returns (bool ok, uint256 state, uint256)
    {
        uint256 label;
        (ok, label, p) = Varint.uvarint(b, p);
        if (!ok || label >= classes) return (false, 0, p);
        state = Poseidon2.compress(0, TAG_EXAMPLE);
        for (uint256 j = 0; j * 10 < width; j++) {
            uint256 acc;
            (ok, acc, p) = _pack(b, p, width - j * 10 < 10 ? width - j * 10 : 10);
            if (!ok) return (false, 0, p);
            state = Poseidon2.compress(state, acc);
        }
        return (true, Poseidon2.compress(state, label), p);
    }

    /// @dev fixedpoint.Pack of the next cnt inputs at b[p] (minimal zigzag varints, each in
    ///      fixedpoint's [-2^24, 2^24 - 1]; each packed as its value + 2^24 in 25 bits): ok, the
    ///      packed element, the offset past them.
    function _pack(bytes calldata b, uint256 p, uint256 cnt) private pure returns (bool ok, uint256 acc, uint256) {
        assembly ("memory-safe") {
            ok := 1
            let n := b.length
            let off := b.offset
            for { let i := 0 } lt(i, cnt) { i := add(i, 1) } {
                // Up to four bytes, unrolled; the last one read must end the varint, be
                // non-zero unless alone (minimal) and lie within b.
                let w := calldataload(add(off, p))
                let c := byte(0, w)
                let v := and(c, 0x7f)
                let len := 1
                if gt(c, 0x7f) {
                    c := byte(1, w)
                    v := or(v, shl(7, and(c, 0x7f)))
                    len := 2
                    if gt(c, 0x7f) {
                        c := byte(2, w)
                        v := or(v, shl(14, and(c, 0x7f)))
                        len := 3
                        if gt(c, 0x7f) {
                            c := byte(3, w)
                            v := or(v, shl(21, and(c, 0x7f)))
                            len := 4
                        }
                    }
                }
                p := add(p, len)
                if or(or(gt(c, 0x7f), and(gt(len, 1), iszero(c))), gt(p, n)) {
                    ok := 0
                    break
                }
                let half := shr(1, v)
                let s := 0
                switch and(v, 1)
                case 0 {
                    if gt(half, 0xffffff) {
                        ok := 0
                        break
                    }
                    s := add(half, 0x1000000)
                }
                default {
                    if gt(add(half, 1), 0x1000000) {
                        ok := 0
                        break
                    }
                    s := sub(0x1000000, add(half, 1))
                }
                acc := or(acc, shl(mul(25, i), s))
            }
        }
        return (ok, acc, p);
    }

    // ---------------------------------------------------------------------------------------
    // A new proposal's record.

    /// @notice A proposal as applyProposeDelta records it; height is the globals' raw RLP item.
    struct NewProposal {
        uint64 mlsc;
        uint64 id;
        uint64 epoch;
        bytes height;
        address proposer;
        bytes cid;
        uint256 steps;
        bytes32 baseRoot;
        uint64 baseSize;
        bytes32 newRoot;
        uint64 newSize;
        uint256 deposit;
        bool ready;
        uint256 root;
    }

    /// @notice rollup.DeltaProposal's RLP as go-ethereum encodes a new one: no votes, no reason,
    ///         pending or ready (no step left), its running root, no step done.
    function proposalRecord(NewProposal calldata n) external pure returns (bytes memory) {
        bytes[] memory f = new bytes[](18);
        f[0] = RLPWriter.writeUint(n.mlsc);
        f[1] = RLPWriter.writeUint(n.id);
        f[2] = RLPWriter.writeUint(n.epoch);
        f[3] = n.height;
        f[4] = RLPWriter.writeAddress(n.proposer);
        f[5] = RLPWriter.writeBytes(n.cid);
        f[6] = RLPWriter.writeUint(n.steps);
        f[7] = RLPWriter.writeBytes(abi.encodePacked(n.baseRoot));
        f[8] = RLPWriter.writeUint(n.baseSize);
        f[9] = RLPWriter.writeBytes(abi.encodePacked(n.newRoot));
        f[10] = RLPWriter.writeUint(n.newSize);
        f[11] = RLPWriter.writeUint(n.deposit);
        (f[12], f[14], f[16], f[17]) = (hex"80", hex"80", hex"80", hex"80");
        f[13] = RLPWriter.writeUint(n.ready ? 2 : 1); // DeltaReady, DeltaPending
        f[15] = RLPWriter.writeBytes(abi.encodePacked(n.root));
        return RLPWriter.writeList(f);
    }

    /// @dev The RLP list whose payload is p.
    function _list(bytes memory p) private pure returns (bytes memory) {
        uint256 n = p.length;
        if (n < 56) return bytes.concat(bytes1(uint8(0xc0 + n)), p);
        uint256 k;
        for (uint256 v = n; v != 0; v >>= 8) k++;
        bytes memory h = new bytes(1 + k);
        h[0] = bytes1(uint8(0xf7 + k));
        for (uint256 i = 0; i < k; i++) {
            h[k - i] = bytes1(uint8(n >> (8 * i)));
        }
        return bytes.concat(h, p);
    }

    // ---------------------------------------------------------------------------------------
    // A propose-delta body.

    /// @notice rollup.ProposeDelta; proof is Leaves then Siblings, proofLen of them leaves.
    struct ProposalBody {
        uint64 nonce;
        uint64 mlsc;
        bytes cid;
        bytes manifest;
        bytes32 newRoot;
        uint64 newSize;
        uint256 deposit;
        uint256[] proof;
        uint256 proofLen;
    }

    /// @notice Decodes a propose-delta body as go-ethereum's rlp decodes rollup.ProposeDelta;
    ///         reverts on anything it rejects.
    function decodeProposal(bytes memory body) external pure returns (ProposalBody memory b) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == 9, "fields");
        b.nonce = uint64(_uint(f[0], 8));
        b.mlsc = uint64(_uint(f[1], 8));
        b.cid = RLPReader.readBytes(f[2]);
        b.manifest = RLPReader.readBytes(f[3]);
        bytes memory h = RLPReader.readBytes(f[4]);
        require(h.length == 32, "hash");
        b.newRoot = bytes32(h);
        b.newSize = uint64(_uint(f[5], 8));
        b.deposit = _uint(f[6], 32);
        bytes memory ls = _hashes(RLPReader.readRawBytes(f[7]));
        bytes memory ss = _hashes(RLPReader.readRawBytes(f[8]));
        b.proofLen = ls.length / 33;
        bytes memory all = bytes.concat(ls, ss);
        b.proof = new uint256[](all.length / 33);
        for (uint256 i = 0; i < b.proof.length; i++) {
            uint256 v;
            assembly ("memory-safe") {
                v := mload(add(add(all, 33), mul(33, i)))
            }
            b.proof[i] = v;
        }
    }

    /// @notice Two RLP lists of 32-byte strings (rollup's Leaves, Siblings) as one proof, the
    ///         leaves first; reverts on anything go-ethereum's rlp rejects.
    function decodeHashes(bytes memory leaves, bytes memory siblings) external pure returns (uint256[] memory proof, uint256 proofLen) {
        bytes memory ls = _hashes(leaves);
        bytes memory all = bytes.concat(ls, _hashes(siblings));
        proofLen = ls.length / 33;
        proof = new uint256[](all.length / 33);
        for (uint256 i = 0; i < proof.length; i++) {
            uint256 v;
            assembly ("memory-safe") {
                v := mload(add(add(all, 33), mul(33, i)))
            }
            proof[i] = v;
        }
    }

    /// @dev The payload of an RLP list of 32-byte strings (a []common.Hash), 33 bytes an item.
    function _hashes(bytes memory l) private pure returns (bytes memory p) {
        require(l.length > 0, "list");
        uint256 h = uint8(l[0]);
        uint256 off;
        uint256 n;
        if (h >= 0xc0 && h <= 0xf7) {
            (off, n) = (1, h - 0xc0);
        } else {
            require(h > 0xf7 && h - 0xf7 <= 8 && l.length > h - 0xf7, "list");
            off = 1 + h - 0xf7;
            for (uint256 i = 1; i < off; i++) {
                n = (n << 8) | uint8(l[i]);
            }
            require(uint8(l[1]) != 0 && n >= 56, "list"); // canonical
        }
        require(off + n == l.length && n % 33 == 0, "list");
        p = new bytes(n);
        for (uint256 i = 0; i < n; i++) {
            p[i] = l[off + i];
            require(i % 33 != 0 || p[i] == 0xa0, "hash");
        }
    }

    function _uint(RLPReader.RLPItem memory item, uint256 size) private pure returns (uint256 v) {
        bytes memory b = RLPReader.readBytes(item);
        require(b.length <= size && (b.length == 0 || b[0] != 0), "integer");
        for (uint256 i = 0; i < b.length; i++) {
            v = (v << 8) | uint8(b[i]);
        }
    }
}
