// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IBatchLossVerifier, ILossVerifier} from "./ILossVerifier.sol";

/// @notice What the Rollup needs from the Bridge: how many deposits L1 has queued.
interface IDepositQueue {
    /// @notice The number of deposits made so far; deposit nonces are 0 .. depositCount()-1.
    function depositCount() external view returns (uint64);
}

/// @title Rollup
/// @notice Accepts L2 batches from the sequencer, checks their loss proofs with the
///         gnark-exported LossVerifier and finalizes each batch a fixed time after submission.
/// @dev There is no fraud or validity proof of the state transition yet: the finalization
///      window is where a challenge will go. The contract is not upgradeable and has no owner;
///      the sequencer, verifier, bridge and window are fixed at construction.
contract Rollup {
    /// @notice The L1 commitment to one L2 batch.
    struct BatchHeader {
        /// @dev batch number, 0 for the first batch; must equal batchCount().
        uint64 index;
        /// @dev the batch's content identifier (CIDv1 bytes) on the DA layer.
        bytes cid;
        /// @dev keccak256 of the batch bytes addressed by cid.
        bytes32 dataHash;
        /// @dev the state root before the batch; must equal lastStateRoot().
        bytes32 prevStateRoot;
        /// @dev the state root after the batch.
        bytes32 stateRoot;
        /// @dev root of the batch's withdrawals (OpenZeppelin MerkleProof tree), zero if none.
        bytes32 withdrawalRoot;
        /// @dev total L1 deposits applied on L2 so far: monotonic, at most Bridge.depositCount().
        uint64 depositsConsumed;
        /// @dev the L2 block height at the end of the batch: monotonic.
        uint64 l2Height;
    }

    /// @notice One Groth16 proof of a sampled-loss claim and its single public input.
    struct LossProof {
        /// @dev gnark's Proof.MarshalSolidity() bytes.
        bytes proof;
        /// @dev the circuit's public input, below the BN254 scalar field modulus.
        uint256 digest;
    }

    /// @notice What the contract keeps for each accepted batch.
    struct Batch {
        bytes32 stateRoot;
        bytes32 withdrawalRoot;
        uint64 submittedAt;
        uint64 depositsConsumed;
        uint64 l2Height;
        uint32 proofCount;
    }

    /// @notice A constructor argument is the zero address.
    error ZeroAddress();
    /// @notice Only the sequencer may submit batches.
    error NotSequencer(address caller);
    /// @notice The batch index is not the next one.
    error UnexpectedBatchIndex(uint64 expected, uint64 got);
    /// @notice The batch does not build on the last accepted state root.
    error PrevStateRootMismatch(bytes32 expected, bytes32 got);
    /// @notice The batch has no content identifier.
    error EmptyCID();
    /// @notice depositsConsumed went down.
    error DepositsConsumedDecreased(uint64 previous, uint64 got);
    /// @notice depositsConsumed counts deposits that the Bridge has not seen.
    error DepositsConsumedExceedDeposits(uint64 deposits, uint64 got);
    /// @notice The L2 height went down.
    error L2HeightDecreased(uint64 previous, uint64 got);
    /// @notice More loss proofs than a batch record can count.
    error TooManyProofs(uint256 count);
    /// @notice The verifier rejected loss proof number proofIndex of the batch.
    error InvalidLossProof(uint256 proofIndex, uint256 digest);
    /// @notice No batch with this index has been accepted.
    error UnknownBatch(uint64 index);

    /// @notice A batch was accepted.
    event BatchSubmitted(
        uint64 indexed index,
        bytes32 indexed stateRoot,
        bytes32 prevStateRoot,
        bytes32 withdrawalRoot,
        bytes32 dataHash,
        bytes cid,
        uint64 depositsConsumed,
        uint64 l2Height,
        uint32 proofCount
    );

    /// @notice Loss proof number proofIndex of batch batchIndex passed the verifier.
    event ProofVerified(uint64 indexed batchIndex, uint256 indexed proofIndex, uint256 digest);

    /// @notice The Groth16 verifier of the sampled-loss circuit.
    ILossVerifier public immutable verifier;
    /// @notice Whether the verifier checks many proofs in one call (IBatchLossVerifier, asked
    ///         through ERC-165 at construction); then a batch's proofs are verified together.
    bool public immutable batchVerifier;
    /// @notice The only address allowed to submit batches.
    address public immutable sequencer;
    /// @notice The Bridge whose deposits the batches consume.
    IDepositQueue public immutable bridge;
    /// @notice Seconds from submission until a batch is final.
    uint64 public immutable finalizationPeriod;
    /// @notice The L2 state root before the first batch.
    bytes32 public immutable genesisStateRoot;

    // The three counters share one storage slot.
    /// @notice The number of accepted batches, which is also the index of the next one.
    uint64 public batchCount;
    /// @notice depositsConsumed of the last accepted batch.
    uint64 public depositsConsumed;
    /// @notice l2Height of the last accepted batch.
    uint64 public l2Height;
    /// @notice The state root after the last accepted batch (the genesis root before any).
    bytes32 public lastStateRoot;

    mapping(uint64 => Batch) private _batches;

    /// @param verifier_ the LossVerifier.
    /// @param sequencer_ the sequencer's L1 address.
    /// @param bridge_ the Bridge (deployed after this contract, so its address is precomputed).
    /// @param finalizationPeriod_ seconds until a batch is final.
    /// @param genesisStateRoot_ the L2 genesis state root.
    constructor(
        ILossVerifier verifier_,
        address sequencer_,
        IDepositQueue bridge_,
        uint64 finalizationPeriod_,
        bytes32 genesisStateRoot_
    ) {
        if (address(verifier_) == address(0) || sequencer_ == address(0) || address(bridge_) == address(0)) {
            revert ZeroAddress();
        }
        verifier = verifier_;
        batchVerifier = _supportsBatch(address(verifier_));
        sequencer = sequencer_;
        bridge = bridge_;
        finalizationPeriod = finalizationPeriod_;
        genesisStateRoot = genesisStateRoot_;
        lastStateRoot = genesisStateRoot_;
    }

    /// @notice Accepts the next batch. Reverts (the whole batch) if any loss proof is invalid.
    function submitBatch(BatchHeader calldata header, LossProof[] calldata proofs) external {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        uint64 index = batchCount;
        if (header.index != index) revert UnexpectedBatchIndex(index, header.index);
        if (header.prevStateRoot != lastStateRoot) revert PrevStateRootMismatch(lastStateRoot, header.prevStateRoot);
        if (header.cid.length == 0) revert EmptyCID();
        if (header.depositsConsumed < depositsConsumed) {
            revert DepositsConsumedDecreased(depositsConsumed, header.depositsConsumed);
        }
        if (header.depositsConsumed > depositsConsumed) {
            uint64 deposits = bridge.depositCount();
            if (header.depositsConsumed > deposits) {
                revert DepositsConsumedExceedDeposits(deposits, header.depositsConsumed);
            }
        }
        if (header.l2Height < l2Height) revert L2HeightDecreased(l2Height, header.l2Height);
        if (proofs.length > type(uint32).max) revert TooManyProofs(proofs.length);

        // All proofs in one call when the verifier can; if that fails (or it cannot), one by
        // one, which names the first invalid proof.
        if (!(batchVerifier && proofs.length > 1 && _verifyAll(proofs))) {
            for (uint256 i = 0; i < proofs.length; i++) {
                uint256 digest = proofs[i].digest;
                try verifier.verifyProof(proofs[i].proof, [digest]) {}
                catch {
                    revert InvalidLossProof(i, digest);
                }
            }
        }
        for (uint256 i = 0; i < proofs.length; i++) {
            emit ProofVerified(index, i, proofs[i].digest);
        }

        _batches[index] = Batch({
            stateRoot: header.stateRoot,
            withdrawalRoot: header.withdrawalRoot,
            submittedAt: uint64(block.timestamp),
            depositsConsumed: header.depositsConsumed,
            l2Height: header.l2Height,
            proofCount: uint32(proofs.length)
        });
        batchCount = index + 1;
        lastStateRoot = header.stateRoot;
        depositsConsumed = header.depositsConsumed;
        l2Height = header.l2Height;

        emit BatchSubmitted(
            index,
            header.stateRoot,
            header.prevStateRoot,
            header.withdrawalRoot,
            header.dataHash,
            header.cid,
            header.depositsConsumed,
            header.l2Height,
            uint32(proofs.length)
        );
    }

    /// @dev Whether every proof passes IBatchLossVerifier.verifyProofs.
    function _verifyAll(LossProof[] calldata proofs) private view returns (bool) {
        bytes[] memory ps = new bytes[](proofs.length);
        uint256[] memory ds = new uint256[](proofs.length);
        for (uint256 i = 0; i < proofs.length; i++) {
            ps[i] = proofs[i].proof;
            ds[i] = proofs[i].digest;
        }
        try IBatchLossVerifier(address(verifier)).verifyProofs(ps, ds) {
            return true;
        } catch {
            return false;
        }
    }

    /// @dev Whether v answers ERC-165 for IBatchLossVerifier (a gnark-exported verifier has no
    ///      such function; the call fails and the answer is no).
    function _supportsBatch(address v) private view returns (bool) {
        (bool ok, bytes memory ret) =
            v.staticcall(abi.encodeCall(IERC165.supportsInterface, (type(IBatchLossVerifier).interfaceId)));
        return ok && ret.length == 32 && abi.decode(ret, (bool));
    }

    /// @notice The record of an accepted batch. Reverts UnknownBatch otherwise.
    function getBatch(uint64 index) public view returns (Batch memory) {
        if (index >= batchCount) revert UnknownBatch(index);
        return _batches[index];
    }

    /// @notice The withdrawal root of an accepted batch. Reverts UnknownBatch otherwise.
    function withdrawalRoot(uint64 index) external view returns (bytes32) {
        return getBatch(index).withdrawalRoot;
    }

    /// @notice When an accepted batch is (or was) final. Reverts UnknownBatch otherwise.
    function finalizedAt(uint64 index) public view returns (uint256) {
        return uint256(getBatch(index).submittedAt) + finalizationPeriod;
    }

    /// @notice Whether batch index was accepted and its finalization window has passed.
    function isFinalized(uint64 index) external view returns (bool) {
        if (index >= batchCount) return false;
        return block.timestamp >= finalizedAt(index);
    }
}
