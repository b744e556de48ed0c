// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {Poseidon2} from "./Poseidon2.sol";

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
    uint256 private constant MAX_REMOVED = 1 << 16;
    uint256 private constant MAX_CHUNKS = 1 << 12;
    uint256 private constant MAX_SET = 1 << 24;
    uint256 private constant MAX_WIDTH = 4096;
    uint256 private constant MAX_CLASSES = 4096;
    uint256 private constant MAX_CHUNK_EXAMPLES = 4096;
    /// @dev The binary CIDv1 raw sha2-256 prefix (version 1, codec 0x55, multihash 0x12/32).
    uint32 private constant CID_PREFIX = 0x01551220;
    /// @dev merkle.TagExample: the big-endian integer of "neuron/example/v1".
    uint256 private constant TAG_EXAMPLE = uint256(bytes32(bytes17("neuron/example/v1"))) >> 120;

    /// @notice A decoded patch manifest (delta.Manifest): chunk CIDs as their sha256 digests.
    struct Manifest {
        uint64 baseSize;
        bytes32 baseRoot;
        uint32 width;
        uint32 classes;
        bytes parent;
        uint64[] removed;
        uint32[] counts;
        bytes32[] digests;
        uint64 added;
    }

    /// @notice delta.DecodeManifest: ok false for any manifest it rejects.
    function decodeManifest(bytes calldata b) external pure returns (bool ok, Manifest memory m) {
        if (b.length < 56 || bytes4(b[0:4]) != "NDLM" || _le(b, 4, 2) != 1 || _le(b, 6, 2) != 0) return (false, m);
        m.baseSize = uint64(_le(b, 8, 8));
        m.baseRoot = bytes32(b[16:48]);
        m.width = uint32(_le(b, 48, 4));
        m.classes = uint32(_le(b, 52, 4));
        uint256 p = 56;
        bytes32 digest;
        (ok, p, digest) = _cid(b, p);
        if (!ok) return (false, m);
        m.parent = b[p - 36:p];
        if (p + 4 > b.length) return (false, m);
        uint256 nr = _le(b, p, 4);
        p += 4;
        if (nr > MAX_REMOVED || nr * 8 > b.length - p) return (false, m);
        m.removed = new uint64[](nr);
        for (uint256 i = 0; i < nr; i++) {
            m.removed[i] = uint64(_le(b, p, 8));
            p += 8;
        }
        if (p + 4 > b.length) return (false, m);
        uint256 nc = _le(b, p, 4);
        p += 4;
        if (nc > MAX_CHUNKS || nc * 5 > b.length - p) return (false, m);
        m.counts = new uint32[](nc);
        m.digests = new bytes32[](nc);
        for (uint256 i = 0; i < nc; i++) {
            if (p + 4 > b.length) return (false, m);
            m.counts[i] = uint32(_le(b, p, 4));
            (ok, p, m.digests[i]) = _cid(b, p + 4);
            if (!ok) return (false, m);
            m.added += m.counts[i];
        }
        if (p != b.length) return (false, m);
        return (_check(m), m);
    }

    /// @dev Manifest.Check (the parent's and chunks' CIDs are checked by _cid).
    function _check(Manifest memory m) private pure returns (bool) {
        if (m.width < 1 || m.width > MAX_WIDTH || m.classes < 1 || m.classes > MAX_CLASSES) return false;
        for (uint256 i = 0; i < m.counts.length; i++) {
            if (m.counts[i] < 1 || m.counts[i] > MAX_CHUNK_EXAMPLES) return false;
        }
        if (m.baseSize < 1 || m.baseSize > MAX_SET) return false;
        for (uint256 i = 0; i < m.removed.length; i++) {
            if (m.removed[i] >= m.baseSize || (i > 0 && m.removed[i] <= m.removed[i - 1])) return false;
        }
        if (m.removed.length == 0 && m.counts.length == 0) return false;
        uint256 n = m.baseSize - m.removed.length + m.added;
        return n >= 1 && n <= MAX_SET;
    }

    /// @dev A length-prefixed binary CID at b[p] that cid.Cast and da.CheckCID accept (exactly
    ///      the 36 bytes of a CIDv1 raw sha2-256): ok, the offset past it, its digest.
    function _cid(bytes calldata b, uint256 p) private pure returns (bool, uint256, bytes32) {
        if (p + 37 > b.length || uint8(b[p]) != 36 || uint32(bytes4(b[p + 1:p + 5])) != CID_PREFIX) return (false, p, 0);
        return (true, p + 37, bytes32(b[p + 5:p + 37]));
    }

    /// @notice Whether cid is a binary CID cid.Cast and da.CheckCID accept, and its digest.
    function cidDigest(bytes calldata cid) external pure returns (bool, bytes32) {
        if (cid.length != 36 || uint32(bytes4(cid[0:4])) != CID_PREFIX) return (false, 0);
        return (true, bytes32(cid[4:36]));
    }

    function _le(bytes calldata b, uint256 p, uint256 n) private pure returns (uint256 v) {
        for (uint256 i = n; i > 0; i--) {
            v = (v << 8) | uint8(b[p + i - 1]);
        }
    }

    // ---------------------------------------------------------------------------------------
    // The root (rollup's deltaRoot: delta.Plan, then delta.NewRoot).

    /// @dev A source: kind (0 none: padding, 1 added, 2 base) << 128 | index.
    uint256 private constant ADDED = 1 << 128;
    uint256 private constant BASE = 2 << 128;

    /// @notice deltaRoot: the root of the base set (baseRoot, baseSize) patched by removed and
    ///         `leaves.length` added examples whose dataset leaves are `leaves`, from the proof
    ///         (its first proofLen elements the base leaves, the rest siblings); ok false where
    ///         the Go STF errs (a non-canonical element, a proof that does not open baseRoot or
    ///         has too few or too many elements).
    function newRoot(
        uint256 baseRoot,
        uint64 baseSize,
        uint64[] calldata removed,
        uint256[] calldata leaves,
        uint256[] calldata proof,
        uint256 proofLen
    ) external pure returns (bool, uint256) {
        if (baseRoot >= R || proofLen > proof.length) return (false, 0);
        for (uint256 i = 0; i < proof.length; i++) {
            if (proof[i] >= R) return (false, 0);
        }
        Walk memory wk;
        (wk.baseRoot, wk.baseSize, wk.proof, wk.proofLen, wk.added) = (baseRoot, baseSize, proof, proofLen, leaves);
        (uint256[] memory pos, uint256[] memory src, uint256 newSize) = _plan(baseSize, removed, leaves.length);
        wk.newSize = newSize;
        return _newRoot(wk, pos, src);
    }

    /// @dev delta.Plan: the changed positions in increasing order, their sources, the new size.
    function _plan(uint256 baseSize, uint64[] calldata removed, uint256 added)
        private
        pure
        returns (uint256[] memory pos, uint256[] memory src, uint256 n)
    {
        uint256 r = removed.length;
        n = baseSize;
        if (added >= r) {
            pos = new uint256[](added);
            src = new uint256[](added);
            for (uint256 i = 0; i < r; i++) {
                (pos[i], src[i]) = (removed[i], ADDED | i);
            }
            for (uint256 i = r; i < added; i++) {
                (pos[i], src[i]) = (n++, ADDED | i);
            }
            return (pos, src, n);
        }
        // More removed than added: fill the first holes, then move the last examples down.
        pos = new uint256[](2 * r);
        src = new uint256[](2 * r);
        uint256 k;
        for (uint256 i = 0; i < added; i++) {
            (pos[k], src[k]) = (removed[i], ADDED | i);
            k++;
        }
        for (uint256 j = r; j > added; j--) {
            uint256 h = removed[j - 1];
            n--;
            uint256 last = BASE | n;
            uint256 at = type(uint256).max;
            for (uint256 i = 0; i < k; i++) {
                if (pos[i] == n) (last, at) = (src[i], i);
            }
            if (h != n) k = _put(pos, src, k, h, last);
            if (at == type(uint256).max) (pos[k], src[k], k) = (n, 0, k + 1);
            else src[at] = 0;
        }
        assembly ("memory-safe") {
            mstore(pos, k)
            mstore(src, k)
        }
        // insertion sort by position (positions are distinct)
        for (uint256 i = 1; i < k; i++) {
            (uint256 p, uint256 s) = (pos[i], src[i]);
            uint256 j = i;
            for (; j > 0 && pos[j - 1] > p; j--) {
                (pos[j], src[j]) = (pos[j - 1], src[j - 1]);
            }
            (pos[j], src[j]) = (p, s);
        }
    }

    /// @dev Sets position p's source to s (appended if new); returns the count.
    function _put(uint256[] memory pos, uint256[] memory src, uint256 k, uint256 p, uint256 s)
        private
        pure
        returns (uint256)
    {
        for (uint256 i = 0; i < k; i++) {
            if (pos[i] == p) {
                src[i] = s;
                return k;
            }
        }
        (pos[k], src[k]) = (p, s);
        return k + 1;
    }

    struct Walk {
        uint256 baseRoot;
        uint256 baseSize;
        uint256 newSize;
        uint256[] proof;
        uint256 proofLen;
        uint256[] added;
        uint256 si; // the next sibling in proof
        uint256 at0; // the node at position 0 of height nd
        bool haveAt0;
        uint256[] pos; // the level's nodes: positions, base and new values
        uint256[] old;
        uint256[] next;
    }

    /// @dev delta.NewRoot over the writes (pos, src) of Plan.
    function _newRoot(Walk memory wk, uint256[] memory pos, uint256[] memory src) private pure returns (bool, uint256) {
        uint256 k = pos.length;
        uint256[] memory old = new uint256[](k);
        uint256[] memory next = new uint256[](k);
        if (!_leaves(wk, pos, src, old, next)) return (false, 0);
        (wk.pos, wk.old, wk.next) = (pos, old, next);
        uint256 bd = _depth(wk.baseSize);
        uint256 nd = _depth(wk.newSize);
        uint256 depth = bd > nd ? bd : nd;
        uint256[] memory z = new uint256[](depth + 1);
        for (uint256 l = 1; l <= depth; l++) {
            z[l] = Poseidon2.compress(z[l - 1], z[l - 1]);
        }
        wk.si = wk.proofLen;
        for (uint256 l = 0; l < depth; l++) {
            if (l == nd && pos[0] == 0) (wk.at0, wk.haveAt0) = (next[0], true);
            bool ok;
            (ok, k) = _level(wk, l, l == nd, z[l], k);
            if (!ok) return (false, 0);
        }
        if (wk.si != wk.proof.length) return (false, 0);
        uint256 lifted = wk.baseRoot;
        for (uint256 l = bd; l < depth; l++) {
            lifted = Poseidon2.compress(lifted, z[l]);
        }
        if (old[0] != lifted) return (false, 0);
        if (nd == depth) return (true, next[0]);
        return (wk.haveAt0, wk.at0);
    }

    /// @dev The base leaves (old) and the new ones (next) at the changed positions.
    function _leaves(Walk memory wk, uint256[] memory pos, uint256[] memory src, uint256[] memory old, uint256[] memory next)
        private
        pure
        returns (bool)
    {
        uint256 k = pos.length;
        uint256 li;
        for (uint256 i = 0; i < k; i++) {
            if (pos[i] < wk.baseSize) {
                if (li == wk.proofLen) return false;
                old[i] = wk.proof[li++];
            }
        }
        if (li != wk.proofLen) return false;
        for (uint256 i = 0; i < k; i++) {
            uint256 s = src[i];
            uint256 idx = uint128(s);
            if (s >> 128 == 1) {
                if (idx >= wk.added.length) return false;
                next[i] = wk.added[idx];
            } else if (s >> 128 == 2) {
                bool found;
                for (uint256 j = 0; j < k; j++) {
                    if (pos[j] == idx && idx < wk.baseSize) (next[i], found) = (old[j], true);
                }
                if (!found) return false;
            }
        }
        return true;
    }

    /// @dev One level up from height l (zl: its padding node): k nodes in, the count out.
    function _level(Walk memory wk, uint256 l, bool want, uint256 zl, uint256 k) private pure returns (bool, uint256 m) {
        for (uint256 i = 0; i < k; i++) {
            uint256 p = wk.pos[i];
            if (i + 1 < k && wk.pos[i + 1] == p ^ 1) {
                wk.old[m] = Poseidon2.compress(wk.old[i], wk.old[i + 1]);
                wk.next[m] = Poseidon2.compress(wk.next[i], wk.next[i + 1]);
                i++;
            } else {
                uint256 sv = zl;
                if (((p ^ 1) << l) < wk.baseSize) {
                    if (wk.si == wk.proof.length) return (false, 0);
                    sv = wk.proof[wk.si++];
                }
                if (want && (p ^ 1) == 0) (wk.at0, wk.haveAt0) = (sv, true);
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
    function _depth(uint256 n) private pure returns (uint256 d) {
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
        (ok, label, p) = _uvarint(b, p);
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
            for { let i := 0 } lt(i, cnt) { i := add(i, 1) } {
                let w := calldataload(add(b.offset, p))
                let v := 0
                let k := 0
                let done := 0
                for {} lt(k, 4) { k := add(k, 1) } {
                    if iszero(lt(add(p, k), n)) { break }
                    let c := byte(k, w)
                    v := or(v, shl(mul(7, k), and(c, 0x7f)))
                    if lt(c, 0x80) {
                        done := or(iszero(k), iszero(iszero(c)))
                        break
                    }
                }
                if iszero(done) {
                    ok := 0
                    break
                }
                p := add(p, add(k, 1))
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

    /// @dev A minimal uvarint of at most 4 bytes at b[p] (any longer one is out of range for a
    ///      label below 4,096 or a 25-bit input, or not minimal): ok, value, the offset past it.
    function _uvarint(bytes calldata b, uint256 p) private pure returns (bool ok, uint256 v, uint256 q) {
        assembly ("memory-safe") {
            let n := b.length
            let word := calldataload(add(b.offset, p))
            for { let i := 0 } lt(i, 4) { i := add(i, 1) } {
                if iszero(lt(add(p, i), n)) { break }
                let c := byte(i, word)
                v := or(v, shl(mul(7, i), and(c, 0x7f)))
                if lt(c, 0x80) {
                    ok := or(iszero(i), iszero(iszero(c)))
                    q := add(add(p, i), 1)
                    break
                }
            }
        }
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
        bytes manifest;
        bytes32 baseRoot;
        uint64 baseSize;
        bytes32 newRoot;
        uint64 newSize;
        uint256 deposit;
        bool ready;
        uint256 chunks;
        uint256 added;
        uint256[] proof;
        uint256 proofLen;
    }

    /// @notice rollup.DeltaProposal's RLP as go-ethereum encodes a new one: no votes, no reason;
    ///         pending with every chunk missing, zero leaves for the added examples and the
    ///         proof, or ready (a removal-only patch) with those cleared.
    function proposalRecord(NewProposal calldata n) external pure returns (bytes memory) {
        bytes[] memory f = new bytes[](19);
        f[0] = RLPWriter.writeUint(n.mlsc);
        f[1] = RLPWriter.writeUint(n.id);
        f[2] = RLPWriter.writeUint(n.epoch);
        f[3] = n.height;
        f[4] = RLPWriter.writeAddress(n.proposer);
        f[5] = RLPWriter.writeBytes(n.cid);
        f[6] = RLPWriter.writeBytes(n.manifest);
        f[7] = RLPWriter.writeBytes(abi.encodePacked(n.baseRoot));
        f[8] = RLPWriter.writeUint(n.baseSize);
        f[9] = RLPWriter.writeBytes(abi.encodePacked(n.newRoot));
        f[10] = RLPWriter.writeUint(n.newSize);
        f[11] = RLPWriter.writeUint(n.deposit);
        (f[12], f[14]) = (hex"80", hex"80");
        if (n.ready) {
            f[13] = RLPWriter.writeUint(2); // DeltaReady
            (f[15], f[16], f[17], f[18]) = (hex"c0", hex"c0", hex"c0", hex"80");
        } else {
            f[13] = RLPWriter.writeUint(1); // DeltaPending
            bytes memory got = new bytes(n.chunks);
            for (uint256 i = 0; i < got.length; i++) {
                got[i] = 0x80; // false
            }
            f[15] = _list(got);
            bytes memory zeros = new bytes(33 * n.added);
            for (uint256 i = 0; i < n.added; i++) {
                zeros[33 * i] = 0xa0;
            }
            f[16] = _list(zeros);
            bytes memory hs = new bytes(33 * n.proof.length);
            for (uint256 i = 0; i < n.proof.length; i++) {
                uint256 v = n.proof[i];
                hs[33 * i] = 0xa0;
                assembly ("memory-safe") {
                    mstore(add(add(hs, 33), mul(33, i)), v)
                }
            }
            f[17] = _list(hs);
            f[18] = RLPWriter.writeUint(n.proofLen);
        }
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
