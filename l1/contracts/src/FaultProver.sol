// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";
import {StepBlocks} from "./StepBlocks.sol";
import {StepRounds} from "./StepRounds.sol";
import {StepMLSC} from "./StepMLSC.sol";
import {StepDeltas} from "./StepDeltas.sol";
import {StepVerifier} from "./StepVerifier.sol";

/// @title FaultProver
/// @notice Decides challenges of a batch's step trace for the Rollup: opens leaves of the trace
///         (a positional Merkle tree over one leaf per step, rollup.StepTree), has the
///         StepVerifier re-execute the challenged step, and compares the result with the leaf
///         after it; or checks the trace's end against the batch's record. It keeps no state:
///         the Rollup holds the batches and acts on the answer.
/// @dev A contract of its own, apart from the Rollup and the StepVerifier, so that each stays
///      under the 24,576-byte code limit. It deploys its StepVerifier on the StepTrie it is given.
contract FaultProver {
    /// @notice One leaf of a batch's step trace: the hash of the step's input and where those
    ///         bytes are in the batch's data (offset: the first byte after their 4-byte length
    ///         prefix; length: how many: DataChallenge's leaf-data proofs hold them to the data),
    ///         the state root after it, the batch's withdrawal tree so far (wcount leaves; wnodes
    ///         are the roots of its perfect subtrees, one per set bit of wcount, lowest bit first)
    ///         and its L2→L1 message tree so far (mcount, mnodes: the same kind of tree).
    struct Leaf {
        bytes32 input;
        uint32 offset;
        uint32 length;
        bytes32 root;
        uint64 wcount;
        bytes32[] wnodes;
        uint64 mcount;
        bytes32[] mnodes;
    }


    // ---------------------------------------------------------------------------------------
    // Step trace helpers (rollup/step.go).

    /// @notice The hash of a trace leaf: keccak256(abi.encode(input, offset, length, root,
    ///         waccOf(wcount, wnodes), waccOf(mcount, mnodes))) (rollup.StepLeaf.Hash).
    function leafHash(Leaf memory l) public pure returns (bytes32) {
        return keccak256(
            abi.encode(l.input, l.offset, l.length, l.root, waccOf(l.wcount, l.wnodes), waccOf(l.mcount, l.mnodes))
        );
    }

    /// @notice The commitment to a withdrawal tree in progress: keccak256 of wcount (8 bytes)
    ///         and its subtree roots. Reverts unless there is one node per set bit of wcount.
    function waccOf(uint64 wcount, bytes32[] memory wnodes) public pure returns (bytes32) {
        if (_popcount(wcount) != wnodes.length) revert BadFrontier(wcount, wnodes.length);
        return keccak256(abi.encodePacked(wcount, wnodes));
    }

    /// @notice The withdrawal tree after appending leaf to (wcount, wnodes): l1.MerkleRoot's tree
    ///         (OpenZeppelin's sorted-pair hash, an odd node carried up) grown one leaf.
    function appendWithdrawal(uint64 wcount, bytes32[] memory wnodes, bytes32 leaf)
        public
        pure
        returns (uint64, bytes32[] memory)
    {
        waccOf(wcount, wnodes);
        bytes32 carry = leaf;
        uint256 k = 0; // nodes consumed from the low end
        uint64 c = wcount;
        while (c & 1 == 1) {
            carry = _hashPair(wnodes[k], carry);
            k++;
            c >>= 1;
        }
        bytes32[] memory out = new bytes32[](wnodes.length - k + 1);
        out[0] = carry;
        for (uint256 i = k; i < wnodes.length; i++) {
            out[i - k + 1] = wnodes[i];
        }
        return (wcount + 1, out);
    }

    /// @notice The root of the withdrawal tree (wcount, wnodes): l1.MerkleRoot of its leaves,
    ///         zero for none.
    function withdrawalRootOf(uint64 wcount, bytes32[] memory wnodes) public pure returns (bytes32 r) {
        waccOf(wcount, wnodes);
        if (wnodes.length == 0) return bytes32(0);
        r = wnodes[0];
        for (uint256 i = 1; i < wnodes.length; i++) {
            r = _hashPair(wnodes[i], r);
        }
    }

    /// @notice Whether leaf is leaf number index of the positional step tree with root `root`
    ///         over count leaves (keccak256(left ‖ right), zero leaves padding the tree to the next
    ///         power of two). path: the siblings from the leaf up, ceil(log2(count)) of them.
    function verifyLeaf(bytes32 root, uint64 count, uint64 index, bytes32 leaf, bytes32[] memory path)
        public
        pure
        returns (bool)
    {
        if (index >= count) return false;
        uint256 depth = 0;
        while ((uint256(1) << depth) < count) depth++;
        if (path.length != depth) return false;
        bytes32 h = leaf;
        uint256 i = index;
        for (uint256 d = 0; d < depth; d++) {
            h = i & 1 == 0 ? keccak256(abi.encodePacked(h, path[d])) : keccak256(abi.encodePacked(path[d], h));
            i >>= 1;
        }
        return h == root;
    }


    /// @notice A challenge of one step (ABI-encoded as the bytes Rollup.challengeStep takes):
    ///         the leaves before and after it with their paths in the step tree (pre is ignored
    ///         for step 0: it is the previous batch's root and an empty withdrawal tree), the
    ///         step's input bytes and the state proofs to re-execute it (rollup.StepWitness).
    struct StepChallenge {
        uint64 step;
        Leaf pre;
        bytes32[] prePath;
        Leaf post;
        bytes32[] postPath;
        bytes input;
        bytes[] witness;
    }

    /// @notice A challenge of a trace's end (ABI-encoded as the bytes Rollup.challengeEnd
    ///         takes): the last leaf, its path and a proof of the globals entry at the batch's
    ///         state root.
    struct EndChallenge {
        Leaf last;
        bytes32[] path;
        bytes globalsProof;
    }

    /// @notice What the Rollup recorded of the challenged batch.
    struct BatchClaim {
        bytes32 stepRoot;
        uint64 stepCount;
        bytes32 prevRoot;
        bytes32 stateRoot;
        bytes32 withdrawalRoot;
        bytes32 messageRoot;
        uint64 l2Height;
        uint64 depositsConsumed;
        uint64 forcedConsumed;
    }

    /// @notice wnodes does not have one node per set bit of wcount.
    error BadFrontier(uint64 wcount, uint256 nodes);
    /// @notice A leaf and path do not open step `step` of the batch's trace.
    error BadOpening(uint64 step);
    /// @notice The input bytes are not the ones the step's leaf commits to.
    error InputMismatch(uint64 step);

    /// @notice The step re-executor this prover uses.
    StepVerifier public immutable stepVerifier;

    /// @param trie the StepTrie every step contract reads and writes through, deployed apart:
    ///        with it this contract's creation code (which holds the StepVerifier's and the
    ///        StepEconomy's) stays under EIP-3860's 49,152 bytes.
    /// @param rounds the StepRounds (commits and reveals) on that trie, deployed apart for the
    ///        same reason.
    /// @param mlsc the StepMLSC (create-mlsc) on that trie, deployed apart too.
    /// @param deltas the StepDeltas (vote-delta, propose-period, vote-period) on that trie, deployed apart too.
    /// @param blocks the StepBlocks (block starts with MLSCs) on that trie, deployed apart too.
    constructor(StepTrie trie, StepRounds rounds, StepMLSC mlsc, StepDeltas deltas, StepBlocks blocks) {
        stepVerifier = new StepVerifier(trie, rounds, mlsc, deltas, blocks);
    }

    /// @notice ABI-encodes a step challenge: the bytes Rollup.challengeStep takes.
    function encodeStepChallenge(StepChallenge calldata c) external pure returns (bytes memory) {
        return abi.encode(c);
    }

    /// @notice ABI-encodes an end challenge: the bytes Rollup.challengeEnd takes.
    function encodeEndChallenge(EndChallenge calldata c) external pure returns (bytes memory) {
        return abi.encode(c);
    }

    /// @notice Whether the challenge (an encoded StepChallenge) shows a step of batch b wrong:
    ///         the StepVerifier finds it invalid, or computes another state root or withdrawal
    ///         tree than the leaf after it, or the leaf after it has another message tree than
    ///         the leaf before grown by the messages the step made. Reverts when the challenge does not open the trace
    ///         (BadOpening, InputMismatch) or the step cannot be re-executed (the StepVerifier's
    ///         errors).
    function stepFraud(StepState.Context calldata ctx, BatchClaim calldata b, bytes calldata challenge)
        external
        view
        returns (bool)
    {
        StepChallenge memory c = abi.decode(challenge, (StepChallenge));
        if (!verifyLeaf(b.stepRoot, b.stepCount, c.step, leafHash(c.post), c.postPath)) revert BadOpening(c.step);
        if (c.step == 0) {
            if (c.pre.root != b.prevRoot || c.pre.wcount != 0 || c.pre.mcount != 0) revert BadOpening(0);
        } else if (!verifyLeaf(b.stepRoot, b.stepCount, c.step - 1, leafHash(c.pre), c.prePath)) {
            revert BadOpening(c.step - 1);
        }
        if (keccak256(c.input) != c.post.input) revert InputMismatch(c.step);
        (bool valid, bytes32 root, bytes32 wleaf, bytes32[] memory mleaves) =
            stepVerifier.execute(ctx, c.pre.root, c.input, c.witness);
        if (!valid || root != c.post.root) return true;
        // The message tree grows by the messages the step made (an MLSC's completion), no more.
        uint64 mc = c.pre.mcount;
        bytes32[] memory mn = c.pre.mnodes;
        for (uint256 i = 0; i < mleaves.length; i++) {
            (mc, mn) = appendWithdrawal(mc, mn, mleaves[i]);
        }
        if (waccOf(mc, mn) != waccOf(c.post.mcount, c.post.mnodes)) return true;
        uint64 wc = c.pre.wcount;
        bytes32[] memory wn = c.pre.wnodes;
        if (wleaf != bytes32(0)) (wc, wn) = appendWithdrawal(wc, wn, wleaf);
        return waccOf(wc, wn) != waccOf(c.post.wcount, c.post.wnodes);
    }

    /// @notice Whether the challenge (an encoded EndChallenge) shows the end of batch b's trace
    ///         wrong: no trace at all, a last root other than the state root, a withdrawal tree
    ///         other than the withdrawal root, a message tree other than the message root (so a
    ///         batch cannot mint ModelNFTs its steps did not make), or globals at the state root that disagree with
    ///         the batch's L2 height, deposits or forced entries consumed.
    function endFraud(BatchClaim calldata b, bytes calldata challenge) external view returns (bool) {
        if (b.stepCount == 0) return true;
        EndChallenge memory c = abi.decode(challenge, (EndChallenge));
        if (!verifyLeaf(b.stepRoot, b.stepCount, b.stepCount - 1, leafHash(c.last), c.path)) {
            revert BadOpening(b.stepCount - 1);
        }
        if (
            c.last.root != b.stateRoot || withdrawalRootOf(c.last.wcount, c.last.wnodes) != b.withdrawalRoot
                || withdrawalRootOf(c.last.mcount, c.last.mnodes) != b.messageRoot
        ) {
            return true;
        }
        (uint64 height, uint64 deposits, uint64 forced) = stepVerifier.globalsAt(b.stateRoot, c.globalsProof);
        return height != b.l2Height || deposits != b.depositsConsumed || forced != b.forcedConsumed;
    }

    function _popcount(uint64 v) private pure returns (uint256 n) {
        while (v != 0) {
            n += v & 1;
            v >>= 1;
        }
    }

    /// @dev OpenZeppelin's commutative pair hash (MerkleProof).
    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32) {
        return a < b ? keccak256(abi.encodePacked(a, b)) : keccak256(abi.encodePacked(b, a));
    }
}
