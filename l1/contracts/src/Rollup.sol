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
/// @notice Accepts L2 batches from the sequencer, checks their loss proofs with the verifier
///         registered for each proof's circuit and finalizes each batch a fixed time after
///         submission.
/// @dev There is no fraud or validity proof of the state transition yet: the finalization
///      window is where a challenge will go. The contract is not upgradeable. Its owner may
///      register a verifier for a circuit that has none (a new model shape), never replace
///      one: a trainer's proof that L1 accepted once stays acceptable. The sequencer, bridge
///      and window are fixed at construction.
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
        /// @dev the circuit that the proof is for: keccak256 of its parameter string
        ///      (sampledloss.Params.String(), e.g. "784-100-10/xent k=8 depth=16 v2").
        bytes32 circuit;
        /// @dev gnark's Proof.MarshalSolidity() bytes.
        bytes proof;
        /// @dev the circuit's public input, below the BN254 scalar field modulus.
        uint256 digest;
    }

    /// @notice The verifier registered for a circuit.
    struct CircuitVerifier {
        ILossVerifier verifier;
        /// @dev whether it answered ERC-165 for IBatchLossVerifier at registration: then the
        ///      batch's proofs of this circuit are verified in one call.
        bool batch;
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
    /// @notice Only the owner may register verifiers.
    error NotOwner(address caller);
    /// @notice The circuits and verifiers given to the constructor differ in number.
    error LengthMismatch(uint256 circuits, uint256 verifiers);
    /// @notice The circuit already has a verifier; verifiers are never replaced.
    error CircuitRegistered(bytes32 circuit, address verifier);
    /// @notice Loss proof number proofIndex is for a circuit with no registered verifier.
    error UnknownCircuit(uint256 proofIndex, bytes32 circuit);
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

    /// @notice Loss proof number proofIndex of batch batchIndex passed its circuit's verifier.
    event ProofVerified(uint64 indexed batchIndex, uint256 indexed proofIndex, bytes32 indexed circuit, uint256 digest);

    /// @notice A verifier was registered for a circuit.
    event VerifierRegistered(bytes32 indexed circuit, address verifier, bool batch);

    /// @notice The account that may register verifiers for new circuits.
    address public immutable owner;
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
    mapping(bytes32 => CircuitVerifier) private _verifiers;

    /// @param owner_ the account that may register verifiers later.
    /// @param circuits_ circuit ids (keccak256 of the parameter strings) to register at once.
    /// @param verifiers_ their verifiers, in the same order.
    /// @param sequencer_ the sequencer's L1 address.
    /// @param bridge_ the Bridge (deployed after this contract, so its address is precomputed).
    /// @param finalizationPeriod_ seconds until a batch is final.
    /// @param genesisStateRoot_ the L2 genesis state root.
    constructor(
        address owner_,
        bytes32[] memory circuits_,
        ILossVerifier[] memory verifiers_,
        address sequencer_,
        IDepositQueue bridge_,
        uint64 finalizationPeriod_,
        bytes32 genesisStateRoot_
    ) {
        if (owner_ == address(0) || sequencer_ == address(0) || address(bridge_) == address(0)) {
            revert ZeroAddress();
        }
        if (circuits_.length != verifiers_.length) revert LengthMismatch(circuits_.length, verifiers_.length);
        owner = owner_;
        for (uint256 i = 0; i < circuits_.length; i++) {
            _register(circuits_[i], verifiers_[i]);
        }
        sequencer = sequencer_;
        bridge = bridge_;
        finalizationPeriod = finalizationPeriod_;
        genesisStateRoot = genesisStateRoot_;
        lastStateRoot = genesisStateRoot_;
    }

    /// @notice Registers the verifier of a circuit that has none. Only the owner.
    function registerVerifier(bytes32 circuit, ILossVerifier verifier_) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _register(circuit, verifier_);
    }

    /// @notice The verifier registered for circuit (zero if none) and whether it verifies
    ///         many proofs in one call.
    function verifierOf(bytes32 circuit) external view returns (address verifier, bool batch) {
        CircuitVerifier storage v = _verifiers[circuit];
        return (address(v.verifier), v.batch);
    }

    function _register(bytes32 circuit, ILossVerifier verifier_) private {
        if (address(verifier_) == address(0)) revert ZeroAddress();
        address have = address(_verifiers[circuit].verifier);
        if (have != address(0)) revert CircuitRegistered(circuit, have);
        bool batch = _supportsBatch(address(verifier_));
        _verifiers[circuit] = CircuitVerifier({verifier: verifier_, batch: batch});
        emit VerifierRegistered(circuit, address(verifier_), batch);
    }

    /// @notice Accepts the next batch. Reverts (the whole batch) if any loss proof is invalid
    ///         or is for a circuit with no verifier.
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

        _verifyProofs(proofs);
        for (uint256 i = 0; i < proofs.length; i++) {
            emit ProofVerified(index, i, proofs[i].circuit, proofs[i].digest);
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

    /// @dev Verifies every proof with its circuit's verifier. The proofs of one circuit go
    ///      in one call when its verifier can and there are several; if that call fails (or it
    ///      cannot), they go one by one, which names the first invalid proof. A batch holds a
    ///      handful of proofs, so grouping by circuit is a quadratic scan.
    function _verifyProofs(LossProof[] calldata proofs) private view {
        uint256 n = proofs.length;
        bool[] memory done = new bool[](n);
        for (uint256 i = 0; i < n; i++) {
            if (done[i]) continue;
            bytes32 circuit = proofs[i].circuit;
            CircuitVerifier memory v = _verifiers[circuit];
            if (address(v.verifier) == address(0)) revert UnknownCircuit(i, circuit);
            uint256 m = 0;
            for (uint256 j = i; j < n; j++) {
                if (proofs[j].circuit == circuit) m++;
            }
            uint256[] memory idx = new uint256[](m);
            m = 0;
            for (uint256 j = i; j < n; j++) {
                if (proofs[j].circuit == circuit) {
                    idx[m++] = j;
                    done[j] = true;
                }
            }
            if (v.batch && m > 1 && _verifyAll(IBatchLossVerifier(address(v.verifier)), proofs, idx)) continue;
            for (uint256 k = 0; k < m; k++) {
                uint256 digest = proofs[idx[k]].digest;
                try v.verifier.verifyProof(proofs[idx[k]].proof, [digest]) {}
                catch {
                    revert InvalidLossProof(idx[k], digest);
                }
            }
        }
    }

    /// @dev Whether the proofs at idx all pass v.verifyProofs.
    function _verifyAll(IBatchLossVerifier v, LossProof[] calldata proofs, uint256[] memory idx)
        private
        view
        returns (bool)
    {
        bytes[] memory ps = new bytes[](idx.length);
        uint256[] memory ds = new uint256[](idx.length);
        for (uint256 k = 0; k < idx.length; k++) {
            ps[k] = proofs[idx[k]].proof;
            ds[k] = proofs[idx[k]].digest;
        }
        try v.verifyProofs(ps, ds) {
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
