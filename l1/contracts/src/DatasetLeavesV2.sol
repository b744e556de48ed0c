// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2Wide} from "./Poseidon2Wide.sol";
import {Varint} from "./Varint.sol";

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
        (ok, label, p) = Varint.uvarint(b, p);
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
    ///      fixedpoint's [-2^24, 2^24 - 1], so at most 4 bytes; each packed as its value + 2^24 in
    ///      25 bits): ok, the packed element, the offset past them. Accepts what
    ///      DeltaProofs._pack accepts (dataset.DecodeChunk's inputs). Branch-free a varint: the
    ///      length from the first three bytes' continuation bits, the 7-bit groups of all four
    ///      bytes masked to it; bytes past b may be read, but then p ends past b.length (the
    ///      offset only grows), which refuses them.
    function _pack(bytes calldata b, uint256 p, uint256 cnt) private pure returns (bool ok, uint256 acc, uint256) {
        assembly ("memory-safe") {
            let off := b.offset
            let bad := 0
            for {
                let sh := 0
                let end := mul(25, cnt)
            } lt(sh, end) { sh := add(sh, 25) } {
                let x := shr(224, calldataload(add(off, p)))
                let c1 := and(shr(23, x), shr(31, x)) // bytes 0 and 1 continue
                let c2 := and(shr(15, x), c1) // and byte 2
                let k := add(add(1, shr(31, x)), add(c1, c2))
                let v := and(
                    or(
                        or(and(shr(24, x), 0x7f), and(shr(9, x), 0x3f80)),
                        or(and(shl(6, x), 0x1fc000), and(shl(21, x), 0xfe00000))
                    ),
                    sub(shl(mul(7, k), 1), 1)
                )
                // five bytes or more (out of range), a last byte of zero (not minimal), out of
                // range (zigzag of at least 2^25)
                bad := or(
                    bad,
                    or(
                        and(shr(7, x), c2),
                        or(and(gt(k, 1), iszero(shr(mul(7, sub(k, 1)), v))), gt(v, 0x1ffffff))
                    )
                )
                p := add(p, k)
                // zigzag decoded, plus 2^24
                acc := or(acc, shl(sh, add(xor(shr(1, v), sub(0, and(v, 1))), 0x1000000)))
            }
            ok := iszero(or(bad, gt(p, b.length)))
        }
        return (ok, acc, p);
    }
}
