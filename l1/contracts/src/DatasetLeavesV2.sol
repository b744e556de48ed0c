// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2Wide} from "./Poseidon2Wide.sol";

/// @title DatasetLeavesV2
/// @notice Version-2 dataset leaves on L1 (a cross-entropy model's: merkle.ExampleLeafV2 =
///         poseidon.SpongeHash(TagExampleV2, fixedpoint.Pack(x)..., label)) of a delta's chunk,
///         for StepDeltaData; and the wide sponge and permutation themselves (poseidon.SpongeHash,
///         gnark-crypto's width-16 Poseidon2), which tests hold to the Go code.
/// @dev Pure; deployed apart by deploy.Deploy (its code does not fit beside StepDeltaData's).
///      Every external function claims the sponge's fixed memory first (_reserve). The chunk
///      format is DeltaProofs.chunkLeaves' (dataset.DecodeChunk), decoded the same way.
contract DatasetLeavesV2 is Poseidon2Wide {
    /// @dev dataset.MaxChunkExamples.
    uint256 private constant MAX_CHUNK_EXAMPLES = 4096;
    /// @dev merkle.TagExampleV2: the big-endian integer of "neuron/example/v2".
    uint256 private constant TAG_EXAMPLE_V2 = uint256(bytes32(bytes17("neuron/example/v2"))) >> 120;
    /// @dev fixedpoint.PackWidth: inputs packed an element.
    uint256 private constant PACK_WIDTH = 10;

    /// @notice The width-16 permutation of s (each lane reduced mod R first).
    function permute(uint256[16] calldata s) external pure returns (uint256[] memory out) {
        _reserve();
        assembly ("memory-safe") {
            for { let i := 0 } lt(i, 16) { i := add(i, 1) } {
                mstore(add(0x80, shl(5, i)), mod(calldataload(add(s, shl(5, i))), R))
            }
        }
        _permute();
        out = new uint256[](16);
        assembly ("memory-safe") {
            mcopy(add(out, 0x20), 0x80, 0x200)
        }
    }

    /// @notice poseidon.SpongeHash(elems...) (each element reduced mod R, as fr.Element.SetBytes
    ///         reduces a 32-byte big-endian value).
    function spongeHash(uint256[] calldata elems) external pure returns (uint256) {
        _reserve();
        uint256 n = elems.length;
        _spongeInit(n);
        uint256 pos;
        for (uint256 i = 0; i < n; i++) {
            pos = _absorb(pos, elems[i]);
        }
        return _squeeze(pos, n);
    }

    /// @notice dataset.DecodeChunk(b, width, classes) holding `count` examples, and their
    ///         version-2 dataset leaves (merkle.ExampleLeafV2); ok false where the Go STF
    ///         rejects the chunk. DeltaProofs.chunkLeaves with the other leaf.
    function chunkLeavesV2(bytes calldata b, uint32 width, uint32 classes, uint32 count)
        external
        pure
        returns (bool ok, uint256[] memory leaves)
    {
        _reserve();
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

    /// @dev The little-endian n-byte integer at b[p] (in range: the caller checked b's length).
    function _le(bytes calldata b, uint256 p, uint256 n) private pure returns (uint256 v) {
        for (uint256 i = 0; i < n; i++) {
            v |= uint256(uint8(b[p + i])) << (8 * i);
        }
    }

    /// @dev One example at b[p] and its leaf: ok, the leaf, the offset past it.
    function _example(bytes calldata b, uint256 p, uint256 width, uint256 classes)
        private
        pure
        returns (bool ok, uint256, uint256)
    {
        uint256 label;
        (ok, label, p) = _uvarint(b, p);
        if (!ok || label >= classes) return (false, 0, p);
        uint256 elems = (width + PACK_WIDTH - 1) / PACK_WIDTH + 2;
        _spongeInit(elems);
        uint256 pos = _absorb(0, TAG_EXAMPLE_V2);
        for (uint256 j = 0; j * PACK_WIDTH < width; j++) {
            uint256 acc;
            (ok, acc, p) = _pack(b, p, width - j * PACK_WIDTH < PACK_WIDTH ? width - j * PACK_WIDTH : PACK_WIDTH);
            if (!ok) return (false, 0, p);
            pos = _absorb(pos, acc);
        }
        pos = _absorb(pos, label);
        return (true, _squeeze(pos, elems), p);
    }

    /// @dev fixedpoint.Pack of the next cnt inputs at b[p] (minimal zigzag varints, each in
    ///      fixedpoint's [-2^24, 2^24 - 1]; each packed as its value + 2^24 in 25 bits): ok, the
    ///      packed element, the offset past them. As DeltaProofs._pack.
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
    ///      label below 4,096, or not minimal): ok, value, the offset past it. As
    ///      DeltaProofs._uvarint.
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
}
