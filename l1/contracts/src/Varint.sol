// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Varint
/// @notice Decoding of the dataset chunks' varints (da/dataset codec), shared by the contracts
///         that read chunks (DeltaProofs, DatasetLeavesV2). Internal: inlined into each.
library Varint {
    /// @dev A minimal uvarint of at most 4 bytes at b[p] (any longer one is out of range for a
    ///      label below 4,096 or a 25-bit input, or not minimal): ok, value, the offset past it.
    function uvarint(bytes calldata b, uint256 p) internal pure returns (bool ok, uint256 v, uint256 q) {
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
