// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Lib_SecureMerkleTrie} from "@eth-optimism/contracts/libraries/trie/Lib_SecureMerkleTrie.sol";

/// @title StepTrie
/// @notice Reads and rewrites one entry of the L2 state trie against a Merkle-Patricia proof:
///         Optimism's Lib_SecureMerkleTrie (npm eth-optimism/contracts 0.5.19, the OVM 1.0
///         fraud-proof trie with update) behind an external interface, deployed once and called
///         by every step contract (StepVerifier and the tx-family contracts beside it), so that
///         none of them carries the trie code (about 10.6 kB) and each stays under EIP-170.
/// @dev Pure: it holds no state. A proof that does not open the key against root reverts
///      (Lib_MerkleTrie's "Invalid ... hash" messages).
contract StepTrie {
    /// @notice Whether key is in the trie at root, and its value (raw bytes as stored).
    function get(bytes memory key, bytes memory proof, bytes32 root) external pure returns (bool, bytes memory) {
        return Lib_SecureMerkleTrie.get(key, proof, root);
    }

    /// @notice The root after writing value at key, given the proof of key against root.
    function update(bytes memory key, bytes memory value, bytes memory proof, bytes32 root)
        external
        pure
        returns (bytes32)
    {
        return Lib_SecureMerkleTrie.update(key, value, proof, root);
    }
}
