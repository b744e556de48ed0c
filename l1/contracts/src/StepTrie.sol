// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Lib_SecureMerkleTrie} from "@eth-optimism/contracts/libraries/trie/Lib_SecureMerkleTrie.sol";
import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";

/// @title StepTrie
/// @notice Reads and rewrites one entry of the L2 state trie against a Merkle-Patricia proof:
///         Optimism's Lib_SecureMerkleTrie (npm eth-optimism/contracts 0.5.19, the OVM 1.0
///         fraud-proof trie with update) behind an external interface, deployed once and called
///         by every step contract (StepVerifier and the tx-family contracts beside it), so that
///         none of them carries the trie code (about 10.6 kB) and each stays under EIP-170.
/// @dev Pure: it holds no state. A proof that does not open the key against root reverts
///      (Lib_MerkleTrie's "Invalid ... hash" messages, or "trie: bad node hash" where StepTrie
///      walks the proof itself: remove, and update of a key the proof shows present).
contract StepTrie {
    /// @notice Whether key is in the trie at root, and its value (raw bytes as stored).
    function get(bytes memory key, bytes memory proof, bytes32 root) external pure returns (bool, bytes memory) {
        return Lib_SecureMerkleTrie.get(key, proof, root);
    }

    /// @notice The root after writing value at key, given the proof of key against root.
    /// @dev A key the proof shows present (the common case: a step rewrites a record it read) is
    ///      rewritten here (_rewrite): 146k gas at two nodes a proof and 30k a node more, where
    ///      Lib_MerkleTrie.update takes 436k and 97k (TestStepTrieGasVsDepth); an insertion (the
    ///      key absent), an empty trie or an embedded node (under 32 bytes; never in the L2
    ///      state) goes to Lib_SecureMerkleTrie.update. A proof that does not open the trie
    ///      reverts either way.
    function update(bytes memory key, bytes memory value, bytes memory proof, bytes32 root)
        external
        pure
        returns (bytes32)
    {
        if (root != keccak256(hex"80")) {
            (bool found, bytes32 updated) = _rewrite(_nibbles(abi.encodePacked(keccak256(key))), value, proof, root);
            if (found) return updated;
        }
        return Lib_SecureMerkleTrie.update(key, value, proof, root);
    }

    /// @dev The root after the leaf of path, which proof shows present, is given value: found
    ///      false if proof shows path absent (it ends at a branch or an extension, or departs
    ///      from path) or the new leaf is under 32 bytes. Each node is checked against the hash
    ///      its parent names, as _walk checks it, and keeps its encoding: every node above the
    ///      leaf is a branch or extension whose child on the path is a 32-byte hash, so that
    ///      hash is overwritten in place (the node's length unchanged) and the node rehashed,
    ///      with no decoding or re-encoding of the other children.
    function _rewrite(bytes memory path, bytes memory value, bytes memory proof, bytes32 root)
        private
        pure
        returns (bool found, bytes32 updated)
    {
        RLPReader.RLPItem[] memory items = RLPReader.readList(proof);
        uint256 n = items.length;
        require(n > 0, "trie: empty proof");
        bytes[] memory enc = new bytes[](n);
        uint256[] memory at = new uint256[](n); // where node i holds its child's hash
        updated = root;
        uint256 d;
        for (uint256 i = 0; i < n; i++) {
            enc[i] = RLPReader.readBytes(items[i]);
            require(keccak256(enc[i]) == updated, "trie: bad node hash");
            uint256 a;
            (a, d) = _open(enc[i], path, d, i + 1 == n);
            if (a == 0) return (false, 0); // path absent
            if (a == 1) { // the leaf
                require(i + 1 == n, "trie: bad leaf");
                break;
            }
            at[i] = a;
            assembly ("memory-safe") {
                updated := mload(a)
            }
        }
        bytes[] memory leaf = new bytes[](2);
        leaf[0] = RLPReader.readRawBytes(RLPReader.readList(enc[n - 1])[0]);
        leaf[1] = RLPWriter.writeBytes(value);
        bytes memory cur = RLPWriter.writeList(leaf);
        if (cur.length < 32) return (false, 0);
        updated = keccak256(cur);
        for (uint256 i = n - 1; i > 0; i--) {
            uint256 a = at[i - 1];
            assembly ("memory-safe") {
                mstore(a, updated)
            }
            updated = keccak256(enc[i - 1]);
        }
        return (true, updated);
    }

    /// @dev Node enc of _rewrite's walk, reached after d nibbles of path (last: the proof's
    ///      last node), and the nibbles of path after it: at is the memory address where enc
    ///      holds the hash of its child on path (a branch or extension on path); 1 for the leaf
    ///      of path; 0 if path is absent (the proof ends at a branch or extension, or the node's
    ///      path departs from path) or that child is embedded (under 32 bytes: never in the L2
    ///      state), both left to Lib_SecureMerkleTrie.update.
    function _open(bytes memory enc, bytes memory path, uint256 d, bool last)
        private
        pure
        returns (uint256 at, uint256 after_)
    {
        RLPReader.RLPItem[] memory f = RLPReader.readList(enc);
        RLPReader.RLPItem memory child;
        if (f.length == 17) {
            if (last) return (0, d);
            child = f[uint8(path[d])];
            after_ = d + 1;
        } else {
            require(f.length == 2, "trie: bad node");
            (bytes memory np, bool leaf) = _hp(RLPReader.readBytes(f[0]));
            for (uint256 k = 0; k < np.length; k++) {
                if (d + k >= 64 || np[k] != path[d + k]) return (0, d);
            }
            after_ = d + np.length;
            if (leaf) {
                require(after_ == 64, "trie: bad leaf");
                return (1, after_);
            }
            if (last) return (0, d);
            child = f[1];
        }
        uint256 p = RLPReader.MemoryPointer.unwrap(child.ptr);
        bool isHash;
        assembly ("memory-safe") {
            isHash := eq(byte(0, mload(p)), 0xa0)
        }
        if (child.length != 33 || !isHash) return (0, d); // an embedded child: the library's case
        at = p + 1;
    }

    /// @notice The root after deleting key from the trie at root (Lib_MerkleTrie has no
    ///         delete), as go-ethereum's trie deletes it: proof is the key's inclusion proof
    ///         (the nodes from the root to its leaf, rollup.Tracer's witness); sibling is the
    ///         node of the one child its branch keeps, when it keeps one (the branch then
    ///         collapses into it, and an extension above merges with the result), else empty.
    /// @dev The trie is the L2 state's: keys are keccak256(key) (64 nibbles), so a branch never
    ///      holds a value, and every node is referenced by its hash (no embedded node: each
    ///      leaf is over 32 bytes). A proof or sibling that does not open the trie reverts.
    function remove(bytes memory key, bytes memory proof, bytes memory sibling, bytes32 root)
        external
        pure
        returns (bytes32)
    {
        bytes memory path = _nibbles(abi.encodePacked(keccak256(key)));
        (bytes[][] memory nodes, uint256[] memory depth) = _walk(path, proof, root);
        uint256 n = nodes.length;
        if (n == 1) return keccak256(hex"80"); // the trie is empty
        bytes[] memory b = nodes[n - 2];
        require(b.length == 17, "trie: leaf under an extension");
        b[uint8(path[depth[n - 2]])] = hex"80";
        uint256 kept;
        uint256 j;
        for (uint256 k = 0; k < 16; k++) {
            if (b[k].length > 1) {
                kept++;
                j = k;
            }
        }
        bytes memory cur;
        uint256 i = n - 2; // nodes above i are rewritten with cur's hash
        if (kept >= 2) {
            cur = RLPWriter.writeList(b);
        } else {
            require(kept == 1 && keccak256(sibling) == _ref(b[j]), "trie: bad sibling");
            bytes memory above;
            if (i > 0 && nodes[i - 1].length == 2) { // an extension above: merged
                i--;
                (above,) = _hp(RLPReader.readBytes(RLPReader.toRLPItem(nodes[i][0])));
            }
            cur = _collapse(j, b[j], sibling, above);
        }
        while (i > 0) {
            i--;
            bytes[] memory up = nodes[i];
            bytes memory h = RLPWriter.writeBytes(abi.encodePacked(keccak256(cur)));
            if (up.length == 17) up[uint8(path[depth[i]])] = h;
            else up[1] = h;
            cur = RLPWriter.writeList(up);
        }
        return keccak256(cur);
    }

    /// @dev The nodes of proof from root to the leaf of path (checked: each the hash its parent
    ///      names, the leaf's path the rest of path), raw items, and the depth (nibbles) of each.
    function _walk(bytes memory path, bytes memory proof, bytes32 root)
        private
        pure
        returns (bytes[][] memory nodes, uint256[] memory depth)
    {
        RLPReader.RLPItem[] memory items = RLPReader.readList(proof);
        uint256 n = items.length;
        require(n > 0, "trie: empty proof");
        nodes = new bytes[][](n);
        depth = new uint256[](n);
        bytes32 expected = root;
        uint256 d;
        for (uint256 i = 0; i < n; i++) {
            bytes memory enc = RLPReader.readBytes(items[i]);
            require(keccak256(enc) == expected, "trie: bad node hash");
            nodes[i] = _raw(enc);
            depth[i] = d;
            if (nodes[i].length == 17) {
                require(i + 1 < n, "trie: key absent");
                expected = _ref(nodes[i][uint8(path[d])]);
                d += 1;
                continue;
            }
            require(nodes[i].length == 2, "trie: bad node");
            (bytes memory np, bool leaf) = _hp(RLPReader.readBytes(RLPReader.toRLPItem(nodes[i][0])));
            for (uint256 k = 0; k < np.length; k++) {
                require(d + k < 64 && np[k] == path[d + k], "trie: key absent");
            }
            d += np.length;
            if (leaf) {
                require(i + 1 == n && d == 64, "trie: bad leaf");
            } else {
                require(i + 1 < n, "trie: key absent");
                expected = _ref(nodes[i][1]);
            }
        }
    }

    /// @dev The node a branch left with one child (at nibble j, raw reference ref, node sibling)
    ///      collapses into, with the extension path above (if any) merged in front.
    function _collapse(uint256 j, bytes memory ref, bytes memory sibling, bytes memory above)
        private
        pure
        returns (bytes memory)
    {
        bytes[] memory sn = _raw(sibling);
        bytes[] memory f = new bytes[](2);
        bytes memory np;
        bool leaf;
        if (sn.length == 17) {
            np = abi.encodePacked(bytes1(uint8(j)));
            f[1] = ref;
        } else {
            require(sn.length == 2, "trie: bad sibling");
            bytes memory q;
            (q, leaf) = _hp(RLPReader.readBytes(RLPReader.toRLPItem(sn[0])));
            np = bytes.concat(bytes1(uint8(j)), q);
            f[1] = sn[1];
        }
        f[0] = RLPWriter.writeBytes(_hpEncode(bytes.concat(above, np), leaf));
        return RLPWriter.writeList(f);
    }

    /// @dev The raw items of node enc.
    function _raw(bytes memory enc) private pure returns (bytes[] memory out) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(enc);
        out = new bytes[](f.length);
        for (uint256 i = 0; i < f.length; i++) {
            out[i] = RLPReader.readRawBytes(f[i]);
        }
    }

    /// @dev The hash a raw child reference holds (a 32-byte string).
    function _ref(bytes memory raw) private pure returns (bytes32 h) {
        require(raw.length == 33 && raw[0] == 0xa0, "trie: not a hash reference");
        assembly ("memory-safe") {
            h := mload(add(raw, 33))
        }
    }

    /// @dev The nibbles of b.
    function _nibbles(bytes memory b) private pure returns (bytes memory out) {
        out = new bytes(b.length * 2);
        for (uint256 i = 0; i < b.length; i++) {
            out[2 * i] = bytes1(uint8(b[i]) >> 4);
            out[2 * i + 1] = bytes1(uint8(b[i]) & 0x0f);
        }
    }

    /// @dev A hex-prefix (compact) path: its nibbles and whether it is a leaf's.
    function _hp(bytes memory c) private pure returns (bytes memory np, bool leaf) {
        require(c.length > 0, "trie: empty path");
        uint8 flag = uint8(c[0]) >> 4;
        require(flag < 4, "trie: bad path");
        leaf = flag >= 2;
        bytes memory all = _nibbles(c);
        uint256 skip = flag & 1 == 1 ? 1 : 2;
        np = new bytes(all.length - skip);
        for (uint256 i = 0; i < np.length; i++) {
            np[i] = all[i + skip];
        }
    }

    /// @dev The hex-prefix encoding of nibbles np.
    function _hpEncode(bytes memory np, bool leaf) private pure returns (bytes memory c) {
        uint256 flag = (leaf ? 2 : 0) + (np.length % 2);
        c = new bytes(np.length / 2 + 1);
        uint256 k;
        if (np.length % 2 == 1) {
            c[0] = bytes1(uint8(flag << 4) | uint8(np[0]));
            k = 1;
        } else {
            c[0] = bytes1(uint8(flag << 4));
        }
        for (uint256 i = 1; i < c.length; i++) {
            c[i] = bytes1((uint8(np[k]) << 4) | uint8(np[k + 1]));
            k += 2;
        }
    }
}
