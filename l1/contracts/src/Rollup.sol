// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {BatchLossVerifier} from "./BatchLossVerifier.sol";
import {IBatchLossVerifier, ILossVerifier} from "./ILossVerifier.sol";

/// @notice What the Rollup needs from the Bridge: how many deposits L1 has queued.
interface IDepositQueue {
    /// @notice The number of deposits made so far; deposit nonces are 0 .. depositCount()-1.
    function depositCount() external view returns (uint64);
}

/// @title Rollup
/// @notice Accepts L2 batches from the sequencer, checks that each batch carries exactly the
///         loss proofs its header commits to, each with the verifier registered for its
///         circuit, and finalizes each batch a fixed time after submission.
/// @dev There is no fraud or validity proof of the state transition yet: the finalization
///      window is where a challenge will go. The contract is not upgradeable. A circuit id is
///      the hash of its verifying key (circuitIdOf); anyone may register a version-2 key, for
///      which this contract deploys a BatchLossVerifier with CREATE2, so an id names exactly one
///      key and our verifier code, and nobody can squat it. Verifiers of other code are
///      registered only at construction (the devnet verifier) or by the owner for an id that has
///      none; a key registration replaces such a verifier while it has verified no proof, and
///      nothing else is ever replaced. The sequencer, bridge, L2 chain id and window are fixed
///      at construction.
contract Rollup is Ownable2Step {
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
        /// @dev keccak256 of the concatenated (circuit, digest) pairs of the loss proofs that the
        ///      batch's blocks applied, in order, zero if none: the proofs submitBatch must
        ///      receive, exactly.
        bytes32 proofsHash;
    }

    /// @notice One Groth16 proof of a sampled-loss claim and its single public input.
    struct LossProof {
        /// @dev the circuit that the proof is for: circuitIdOf its verifying key.
        bytes32 circuit;
        /// @dev gnark's Proof.MarshalSolidity() bytes.
        bytes proof;
        /// @dev the circuit's public input, below the BN254 scalar field modulus.
        uint256 digest;
    }

    /// @notice A version-2 verifying key: BatchLossVerifier's constructor arguments (G2 points
    ///         in EIP-197 order). Its circuit id is keccak256(abi.encode(key)), 28 words.
    struct VerifyingKey {
        uint256[2] alpha;
        uint256[4] betaNeg;
        uint256[4] gammaNeg;
        uint256[4] deltaNeg;
        uint256[6] k;
        uint256[4] pedersenG;
        uint256[4] pedersenSigmaNeg;
    }

    /// @notice The verifier registered for a circuit (one storage slot).
    struct CircuitVerifier {
        ILossVerifier verifier;
        /// @dev whether it answered ERC-165 for IBatchLossVerifier at registration: then the
        ///      batch's proofs of this circuit are verified in one call.
        bool batch;
        /// @dev whether this contract deployed it from the circuit's key (never replaced).
        bool fromKey;
        /// @dev whether it has verified a proof of an accepted batch (then never replaced).
        bool used;
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
    /// @notice The L2 chain id is zero.
    error ZeroChainId();
    /// @notice The circuits and verifiers given to the constructor differ in number.
    error LengthMismatch(uint256 circuits, uint256 verifiers);
    /// @notice The circuit has a verifier that may not be replaced: one deployed from its key,
    ///         or one that has verified a proof.
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
    /// @notice The loss proofs passed are not the list the header commits to (one missing,
    ///         extra or out of order): expected is header.proofsHash, got that of the proofs.
    error ProofsHashMismatch(bytes32 expected, bytes32 got);
    /// @notice Loss proof number proofIndex repeats an earlier proof of the same batch.
    error DuplicateProof(uint256 proofIndex, bytes32 circuit, uint256 digest);
    /// @notice Loss proof number proofIndex was already verified in accepted batch batchIndex.
    error ProofReplayed(uint256 proofIndex, bytes32 circuit, uint256 digest, uint64 batchIndex);
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
        uint32 proofCount,
        bytes32 proofsHash
    );

    /// @notice Loss proof number proofIndex of batch batchIndex passed its circuit's verifier.
    event ProofVerified(uint64 indexed batchIndex, bytes32 indexed circuit, uint256 proofIndex, uint256 digest);

    /// @notice A verifier was registered for a circuit (fromKey: deployed here from its key).
    event VerifierRegistered(bytes32 indexed circuit, address verifier, bool batch, bool fromKey);

    /// @notice The only address allowed to submit batches.
    address public immutable sequencer;
    /// @notice The Bridge whose deposits the batches consume.
    IDepositQueue public immutable bridge;
    /// @notice The L2 chain id (rollup.Config.ChainID) that this contract settles.
    uint64 public immutable l2ChainId;
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
    /// @dev keccak256(circuit, digest) => 1 + the index of the batch that verified it.
    mapping(bytes32 => uint64) private _proven;

    /// @param owner_ the account that may add verifiers of other code for new circuits
    ///        (Ownable2Step: transferOwnership, then acceptOwnership by the new owner).
    /// @param l2ChainId_ the L2 chain id.
    /// @param circuits_ circuit ids of verifiers of other code to register at once (the devnet
    ///        verifier on devnets only).
    /// @param verifiers_ those verifiers, in the same order.
    /// @param keys_ version-2 verifying keys: a BatchLossVerifier is deployed for each.
    /// @param sequencer_ the sequencer's L1 address.
    /// @param bridge_ the Bridge (deployed after this contract, so its address is precomputed).
    /// @param finalizationPeriod_ seconds until a batch is final.
    /// @param genesisStateRoot_ the L2 genesis state root.
    constructor(
        address owner_,
        uint64 l2ChainId_,
        bytes32[] memory circuits_,
        ILossVerifier[] memory verifiers_,
        VerifyingKey[] memory keys_,
        address sequencer_,
        IDepositQueue bridge_,
        uint64 finalizationPeriod_,
        bytes32 genesisStateRoot_
    ) Ownable(owner_) {
        if (sequencer_ == address(0) || address(bridge_) == address(0)) revert ZeroAddress();
        if (l2ChainId_ == 0) revert ZeroChainId();
        if (circuits_.length != verifiers_.length) revert LengthMismatch(circuits_.length, verifiers_.length);
        for (uint256 i = 0; i < circuits_.length; i++) {
            _setVerifier(circuits_[i], verifiers_[i]);
        }
        for (uint256 i = 0; i < keys_.length; i++) {
            _registerKey(keys_[i]);
        }
        sequencer = sequencer_;
        bridge = bridge_;
        l2ChainId = l2ChainId_;
        finalizationPeriod = finalizationPeriod_;
        genesisStateRoot = genesisStateRoot_;
        lastStateRoot = genesisStateRoot_;
    }

    /// @notice The circuit id of a version-2 verifying key: keccak256(abi.encode(key)).
    function circuitIdOf(VerifyingKey memory key) public pure returns (bytes32) {
        return keccak256(abi.encode(key));
    }

    /// @notice Deploys a BatchLossVerifier for key with CREATE2 (salt: its circuit id) and
    ///         registers it under circuitIdOf(key). Anyone may call. Reverts CircuitRegistered
    ///         if the circuit has a key-deployed verifier or one that has verified a proof.
    function registerVerifier(VerifyingKey calldata key) external returns (bytes32 circuit, address verifier) {
        return _registerKey(key);
    }

    /// @notice Registers a verifier of other code (e.g. a gnark-exported one) for a circuit
    ///         that has none. Only the owner. A registerVerifier(key) of the same circuit
    ///         replaces it while it has verified no proof.
    function setVerifier(bytes32 circuit, ILossVerifier verifier_) external onlyOwner {
        address have = address(_verifiers[circuit].verifier);
        if (have != address(0)) revert CircuitRegistered(circuit, have);
        _setVerifier(circuit, verifier_);
    }

    /// @notice The verifier registered for circuit (zero if none), whether it verifies many
    ///         proofs in one call, whether this contract deployed it from the circuit's key and
    ///         whether it has verified a proof.
    function verifierOf(bytes32 circuit) external view returns (address verifier, bool batch, bool fromKey, bool used) {
        CircuitVerifier storage v = _verifiers[circuit];
        return (address(v.verifier), v.batch, v.fromKey, v.used);
    }

    /// @notice Whether an accepted batch verified a loss proof of circuit with digest, and
    ///         which batch.
    function provenIn(bytes32 circuit, uint256 digest) external view returns (bool proven, uint64 batchIndex) {
        uint64 b = _proven[keccak256(abi.encode(circuit, digest))];
        return (b != 0, b == 0 ? 0 : b - 1);
    }

    function _registerKey(VerifyingKey memory key) private returns (bytes32 circuit, address verifier) {
        circuit = circuitIdOf(key);
        CircuitVerifier memory have = _verifiers[circuit];
        if (address(have.verifier) != address(0) && (have.fromKey || have.used)) {
            revert CircuitRegistered(circuit, address(have.verifier));
        }
        verifier = address(
            new BatchLossVerifier{salt: circuit}(
                key.alpha, key.betaNeg, key.gammaNeg, key.deltaNeg, key.k, key.pedersenG, key.pedersenSigmaNeg
            )
        );
        _verifiers[circuit] = CircuitVerifier({verifier: ILossVerifier(verifier), batch: true, fromKey: true, used: false});
        emit VerifierRegistered(circuit, verifier, true, true);
    }

    function _setVerifier(bytes32 circuit, ILossVerifier verifier_) private {
        if (address(verifier_) == address(0)) revert ZeroAddress();
        if (address(_verifiers[circuit].verifier) != address(0)) {
            revert CircuitRegistered(circuit, address(_verifiers[circuit].verifier));
        }
        bool batch = _supportsBatch(address(verifier_));
        _verifiers[circuit] = CircuitVerifier({verifier: verifier_, batch: batch, fromKey: false, used: false});
        emit VerifierRegistered(circuit, address(verifier_), batch, false);
    }

    /// @notice Accepts the next batch. Reverts (the whole batch) unless the proofs are exactly
    ///         the list header.proofsHash commits to, none repeats a proof of this or an
    ///         earlier batch, and each passes its circuit's verifier.
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

        bytes32 got = _recordProofs(index, proofs);
        if (got != header.proofsHash) revert ProofsHashMismatch(header.proofsHash, got);
        _verifyProofs(proofs);
        for (uint256 i = 0; i < proofs.length; i++) {
            emit ProofVerified(index, proofs[i].circuit, i, proofs[i].digest);
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
            uint32(proofs.length),
            header.proofsHash
        );
    }

    /// @dev Marks each (circuit, digest) as proven in batch index, reverting on one proven
    ///      before (DuplicateProof in this batch, ProofReplayed in an earlier one), and returns
    ///      the list's proofsHash: keccak256 of the concatenated 64-byte (circuit, digest) pairs,
    ///      zero for no proofs, as l1.ProofsHash computes it.
    function _recordProofs(uint64 index, LossProof[] calldata proofs) private returns (bytes32) {
        uint256 n = proofs.length;
        bytes memory pairs = new bytes(64 * n);
        for (uint256 i = 0; i < n; i++) {
            bytes32 circuit = proofs[i].circuit;
            uint256 digest = proofs[i].digest;
            bytes32 key;
            assembly ("memory-safe") {
                let at := add(add(pairs, 0x20), mul(i, 0x40))
                mstore(at, circuit)
                mstore(add(at, 0x20), digest)
                key := keccak256(at, 0x40)
            }
            uint64 seen = _proven[key];
            if (seen != 0) {
                if (seen == index + 1) revert DuplicateProof(i, circuit, digest);
                revert ProofReplayed(i, circuit, digest, seen - 1);
            }
            _proven[key] = index + 1;
        }
        return n == 0 ? bytes32(0) : keccak256(pairs);
    }

    /// @dev Verifies every proof with its circuit's verifier. The proofs of one circuit go
    ///      in one call when its verifier can and there are several; if that call fails (or it
    ///      cannot), they go one by one, which names the first invalid proof. Grouping by
    ///      circuit costs one pass over the proofs per distinct circuit.
    function _verifyProofs(LossProof[] calldata proofs) private {
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
            if (!v.fromKey && !v.used) _verifiers[circuit].used = true;
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
