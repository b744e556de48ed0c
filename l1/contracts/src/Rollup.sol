// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {BatchLossVerifier} from "./BatchLossVerifier.sol";
import {IBatchLossVerifier, ILossVerifier} from "./ILossVerifier.sol";
import {FaultProver} from "./FaultProver.sol";
import {StepState} from "./StepState.sol";
import {StepVerifier} from "./StepVerifier.sol";

/// @notice What the Rollup needs from the Bridge: how many deposits L1 has queued, and a way
///         to stop new ones once the chain is in exodus.
interface IDepositQueue {
    /// @notice The number of deposits made so far; deposit nonces are 0 .. depositCount()-1.
    function depositCount() external view returns (uint64);
    /// @notice Refuses every later deposit. Only the Rollup, when it enters exodus.
    function close() external;
}

/// @title Rollup
/// @notice Accepts L2 batches from the sequencer, checks that each batch carries exactly the
///         loss proofs its header commits to, each with the verifier registered for its
///         circuit, and finalizes each batch a fixed time after submission.
///         Anyone may queue an L2 transaction here (forceInclude); a batch past the forced
///         window of the oldest entry it leaves unconsumed is refused. If no batch finalizes
///         for exodusDelay, or a queued entry is overdue, anyone may put the chain into exodus
///         (enterExodus): no batch is accepted after that, and the Bridge pays every account
///         its L2 balance at the last finalized state root against a state proof.
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
        /// @dev the commitment to the batch bytes addressed by cid (rollup.DataHash): keccak256 of
        ///      the root of their 64 KiB chunks' Merkle tree and their length, so that
        ///      DataChallenge can check one chunk at a time.
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
        /// @dev total forced-queue entries consumed on L2 so far: monotonic, at most
        ///      forcedCount(); must be past every entry whose forced window has ended.
        uint64 forcedConsumed;
        /// @dev keccak256 of the concatenated (circuit, digest) pairs of the loss proofs that the
        ///      batch's blocks applied, in order, zero if none: the proofs submitBatch must
        ///      receive, exactly.
        bytes32 proofsHash;
        /// @dev root of the batch's step trace (rollup.StepTree): one leaf per step (each block's
        ///      start and each transaction), StepVerifier.leafHash of (input hash, state root
        ///      after the step, withdrawal and message trees so far). What a challenge opens.
        bytes32 stepRoot;
        /// @dev the number of steps (leaves) in the trace; a batch without one (zero) can be
        ///      removed by anyone during its window (challengeEnd).
        uint64 stepCount;
        /// @dev root of the batch's L2→L1 messages other than withdrawals (rollup.MessageRoot:
        ///      OpenZeppelin MerkleProof tree over messageLeaf in id order), zero if none. What
        ///      ModelNFT.mint proves a message against once the batch is final.
        bytes32 messageRoot;
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

    /// @notice The record of an accepted batch: what withdrawal claims, model mints, challenges
    ///         and exodus read of it. The contract keeps only its hash (batchHash) and what it
    ///         needs without a record (Stored); a reader passes the record and checkBatch holds
    ///         it to the hash. Every field but submittedAt and proofCount is the header's, so
    ///         anyone rebuilds it from the submitBatch call and its block (batchrecord.Read).
    struct Batch {
        uint64 index;
        /// @dev the timestamp of the L1 block that accepted the batch.
        uint64 submittedAt;
        bytes32 prevStateRoot;
        bytes32 stateRoot;
        bytes32 withdrawalRoot;
        bytes32 messageRoot;
        uint64 depositsConsumed;
        uint64 l2Height;
        uint64 forcedConsumed;
        /// @dev the number of loss proofs the batch verified.
        uint32 proofCount;
        /// @dev the step trace that challenges open (header.stepRoot, header.stepCount).
        bytes32 stepRoot;
        uint64 stepCount;
        /// @dev header.dataHash: what a data-availability challenge's resolution is checked
        ///      against (DataChallenge).
        bytes32 dataHash;
    }

    /// @notice What the contract keeps of an accepted batch (two storage slots): the hash of its
    ///         record, and what finality, exodus and a removal read without one.
    struct Stored {
        /// @dev hashBatch of the record.
        bytes32 hash;
        uint64 submittedAt;
        uint64 depositsConsumed;
        uint64 l2Height;
        uint64 forcedConsumed;
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
    /// @notice The forced window or the exodus delay given to the constructor is zero.
    error ZeroWindow();
    /// @notice forcedConsumed went down.
    error ForcedConsumedDecreased(uint64 previous, uint64 got);
    /// @notice forcedConsumed counts forced entries that were never queued.
    error ForcedConsumedExceedQueue(uint64 queued, uint64 got);
    /// @notice The batch leaves forced entry `index` unconsumed, and its window ended at `due`.
    error ForcedTxOverdue(uint64 index, uint256 due);
    /// @notice A forced transaction must be 1 to MAX_FORCED_TX_SIZE bytes.
    error ForcedTxSize(uint256 size, uint256 max);
    /// @notice No forced entry with this index has been queued.
    error UnknownForcedTx(uint64 index);
    /// @notice The chain is in exodus: no batch and no forced transaction is accepted.
    error InExodus();
    /// @notice The chain is not in exodus.
    error NotInExodus();
    /// @notice The sequencer's bond is below sequencerBond: it may not submit.
    error BondTooLow(uint256 bond, uint256 required);
    /// @notice The batch is final (or the chain in exodus): it can no longer be challenged.
    error BatchFinal(uint64 index);
    /// @notice The batch record given is not the one accepted as batch `index`: its hash is
    ///         `got`, the accepted record's `expected` (a forged field, or another batch's).
    error BatchRecordMismatch(uint64 index, bytes32 expected, bytes32 got);
    /// @notice The challenge shows nothing wrong with the batch.
    error NoFraud(uint64 index);
    /// @notice Paying the bond to the challenger failed.
    error BondPaymentFailed(address to);
    /// @notice Only the DataChallenge contract may remove a batch for unavailable data.
    error NotDataChallenge(address caller);
    /// @notice The bond may be withdrawn only while no batch can be challenged.
    error BatchesPending(uint64 batches, uint64 finalized);
    /// @notice enterExodus was given the record of batch `got`; the exit state is batch
    ///         `expected`'s (the newest final one).
    error ExodusRecord(uint64 expected, uint64 got);
    /// @notice Neither exodus trigger holds yet: nothing finalized since idleSince (exodus at
    ///         idleSince + exodusDelay), and no forced entry is overdue (overdueAt: when the
    ///         oldest unconsumed one will be, 0 if none is queued).
    error ExodusNotDue(uint256 idleSince, uint256 overdueAt);

    /// @notice A batch was accepted with proofCount loss proofs. The rest of its header is in the
    ///         submitBatch calldata only (logging it would cost every batch gas); its record is
    ///         that header, proofCount and the block's timestamp (batchrecord.Read).
    event BatchSubmitted(uint64 indexed index, bytes32 indexed stateRoot, uint32 proofCount);

    /// @notice A challenge proved batch `index` wrong (or DataChallenge found a chunk of its data
    ///         unavailable: end false, and DataChallenge logs ChunkUnavailable): it and the
    ///         `count` - 1 batches after it were removed, and `paid` of the sequencer's bond went
    ///         to the challenger.
    event BatchesRemoved(uint64 indexed index, uint64 count, address indexed challenger, uint256 paid, bool end);

    /// @notice The sequencer's bond changed by amount (posted by from, or withdrawn to it).
    event BondChanged(address indexed from, uint256 amount, bool posted, uint256 bond);

    /// @notice Anyone (from, an L1 account) queued an L2 transaction: the raw signed bytes
    ///         (rollup.Tx.Encode) that the L2 must apply, or record as failed, in index order.
    event ForcedTxQueued(uint64 indexed index, address indexed from, bytes tx, bytes32 accumulator);

    /// @notice The chain entered exodus at the state after `batches` finalized batches (zero:
    ///         genesis); idle/overdue say which trigger held.
    event ExodusEntered(uint64 batches, bytes32 stateRoot, bool idle, bool overdue);

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
    /// @notice Seconds the sequencer has to consume a forced entry after it is queued.
    uint64 public immutable forcedWindow;
    /// @notice Seconds without a newly finalized batch after which anyone may enter exodus.
    uint64 public immutable exodusDelay;
    /// @notice When this contract was deployed: the exodus clock's start before any batch
    ///         finalizes.
    uint64 public immutable deployedAt;
    /// @notice Decides challenges (and re-executes challenged steps with its StepVerifier).
    FaultProver public immutable faultProver;
    /// @notice The bond (wei) the sequencer must hold here to submit; a removed batch pays it to
    ///         its challenger.
    uint256 public immutable sequencerBond;
    /// @notice The data-availability game: it removes a batch whose challenged data chunk was
    ///         not posted on L1 in time (removeUnavailable).
    address public immutable dataChallenge;

    /// @notice The most bytes a forced transaction may have: rollup.MaxForcedTxSize, so that
    ///         the L2 system transaction that carries it stays within rollup.MaxTxSize.
    uint256 public constant MAX_FORCED_TX_SIZE = 65472;

    /// @notice A queued forced transaction: keccak256(previous accumulator, keccak256(tx))
    ///         (zero before entry 0) and when it was queued.
    struct ForcedEntry {
        bytes32 accumulator;
        uint64 queuedAt;
    }

    // The four counters share one storage slot.
    /// @notice The number of accepted batches, which is also the index of the next one.
    uint64 public batchCount;
    /// @notice depositsConsumed of the last accepted batch.
    uint64 public depositsConsumed;
    /// @notice l2Height of the last accepted batch.
    uint64 public l2Height;
    /// @notice forcedConsumed of the last accepted batch.
    uint64 public forcedConsumed;
    // The forced queue's length and the exodus record share one storage slot.
    /// @notice The number of forced transactions queued; indices are 0 .. forcedCount()-1.
    uint64 public forcedCount;
    /// @notice Whether the chain is in exodus.
    bool public exodus;
    /// @notice In exodus: the number of batches whose state stands (those finalized when it
    ///         began); the exit state is the one after batch exodusBatches-1, or genesis.
    uint64 public exodusBatches;
    /// @notice The sequencer's bond (wei), anyone's to add to (postBond).
    uint96 public bond;

    /// @dev The state root after the last accepted batch (genesisStateRoot before any).
    bytes32 private _lastStateRoot;
    /// @dev In exodus: the state root after batch exodusBatches-1 (genesisStateRoot if none).
    bytes32 private _exodusStateRoot;

    mapping(uint64 => Stored) private _batches;
    mapping(bytes32 => CircuitVerifier) private _verifiers;
    /// @dev keccak256(circuit, digest) => (submittedAt << 64) | (1 + the index of the batch that
    ///      verified it). A record whose batch was removed (index at or past batchCount, or the
    ///      batch there submitted at another time) no longer counts.
    mapping(bytes32 => uint128) private _proven;
    mapping(uint64 => ForcedEntry) private _forced;
    /// @notice The L2 fee rule challenged steps are re-executed with (Settings.fees).
    StepState.FeeRule public feeRule;
    /// @notice The stake an L2 commit needs (rollup.Config.MinStake, Settings.minStake), which
    ///         challenged steps are re-executed with.
    uint256 public immutable minStake;

    /// @notice The constructor's windows and dispute settings.
    struct Settings {
        /// @dev seconds until a batch is final: the window in which it can be challenged.
        uint64 finalizationPeriod;
        /// @dev seconds within which a forced entry must be consumed (non-zero).
        uint64 forcedWindow;
        /// @dev seconds without a newly finalized batch before exodus (non-zero).
        uint64 exodusDelay;
        /// @dev the contract that decides challenges (non-zero).
        FaultProver faultProver;
        /// @dev the bond (wei) the sequencer must hold to submit.
        uint256 sequencerBond;
        /// @dev the L2 fee rule (the chain file's fees), which challenged steps are re-executed with.
        StepState.FeeRule fees;
        /// @dev the data-availability game (DataChallenge), the only caller of removeUnavailable.
        address dataChallenge;
        /// @dev the L2's MinStake (the chain file's), which challenged steps are re-executed with.
        uint256 minStake;
    }

    /// @param owner_ the account that may add verifiers of other code for new circuits
    ///        (Ownable2Step: transferOwnership, then acceptOwnership by the new owner).
    /// @param l2ChainId_ the L2 chain id.
    /// @param circuits_ circuit ids of verifiers of other code to register at once (the devnet
    ///        verifier on devnets only).
    /// @param verifiers_ those verifiers, in the same order.
    /// @param keys_ version-2 verifying keys: a BatchLossVerifier is deployed for each.
    /// @param sequencer_ the sequencer's L1 address.
    /// @param bridge_ the Bridge (deployed after this contract, so its address is precomputed).
    /// @param genesisStateRoot_ the L2 genesis state root.
    /// @param settings_ the windows, the fault prover and the sequencer's bond.
    constructor(
        address owner_,
        uint64 l2ChainId_,
        bytes32[] memory circuits_,
        ILossVerifier[] memory verifiers_,
        VerifyingKey[] memory keys_,
        address sequencer_,
        IDepositQueue bridge_,
        bytes32 genesisStateRoot_,
        Settings memory settings_
    ) Ownable(owner_) {
        if (
            sequencer_ == address(0) || address(bridge_) == address(0) || address(settings_.faultProver) == address(0)
                || settings_.dataChallenge == address(0)
        ) {
            revert ZeroAddress();
        }
        if (l2ChainId_ == 0) revert ZeroChainId();
        if (settings_.forcedWindow == 0 || settings_.exodusDelay == 0) revert ZeroWindow();
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
        genesisStateRoot = genesisStateRoot_;
        _lastStateRoot = genesisStateRoot_;
        finalizationPeriod = settings_.finalizationPeriod;
        forcedWindow = settings_.forcedWindow;
        exodusDelay = settings_.exodusDelay;
        faultProver = settings_.faultProver;
        sequencerBond = settings_.sequencerBond;
        feeRule = settings_.fees;
        minStake = settings_.minStake;
        dataChallenge = settings_.dataChallenge;
        deployedAt = uint64(block.timestamp);
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
        uint128 rec = _proven[keccak256(abi.encode(circuit, digest))];
        if (!_recordStands(rec)) return (false, 0);
        return (true, uint64(rec) - 1);
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
    ///         It also reverts once the chain is in exodus, and when the oldest forced entry the
    ///         batch leaves unconsumed is past its window (ForcedTxOverdue).
    function submitBatch(BatchHeader calldata header, LossProof[] calldata proofs) external {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        if (exodus) revert InExodus();
        uint64 index = batchCount;
        if (header.index != index) revert UnexpectedBatchIndex(index, header.index);
        if (bond < sequencerBond) revert BondTooLow(bond, sequencerBond);
        bytes32 prevRoot = _lastStateRoot;
        if (header.prevStateRoot != prevRoot) revert PrevStateRootMismatch(prevRoot, header.prevStateRoot);
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
        _checkForced(header.forcedConsumed);
        if (proofs.length > type(uint32).max) revert TooManyProofs(proofs.length);

        bytes32 got = _recordProofs(index, proofs);
        if (got != header.proofsHash) revert ProofsHashMismatch(header.proofsHash, got);
        _verifyProofs(proofs);
        for (uint256 i = 0; i < proofs.length; i++) {
            emit ProofVerified(index, proofs[i].circuit, i, proofs[i].digest);
        }

        bytes32 h = hashBatch(_recordOf(header, uint32(proofs.length)));
        _batches[index] = Stored({
            hash: h,
            submittedAt: uint64(block.timestamp),
            depositsConsumed: header.depositsConsumed,
            l2Height: header.l2Height,
            forcedConsumed: header.forcedConsumed
        });
        batchCount = index + 1;
        depositsConsumed = header.depositsConsumed;
        l2Height = header.l2Height;
        forcedConsumed = header.forcedConsumed;
        _lastStateRoot = header.stateRoot;

        emit BatchSubmitted(index, header.stateRoot, uint32(proofs.length));
    }

    /// @dev The record of header accepted now with proofCount proofs.
    function _recordOf(BatchHeader calldata header, uint32 proofCount) private view returns (Batch memory) {
        return Batch({
            index: header.index,
            submittedAt: uint64(block.timestamp),
            prevStateRoot: header.prevStateRoot,
            stateRoot: header.stateRoot,
            withdrawalRoot: header.withdrawalRoot,
            messageRoot: header.messageRoot,
            depositsConsumed: header.depositsConsumed,
            l2Height: header.l2Height,
            forcedConsumed: header.forcedConsumed,
            proofCount: proofCount,
            stepRoot: header.stepRoot,
            stepCount: header.stepCount,
            dataHash: header.dataHash
        });
    }

    /// @notice The hash the contract keeps of a batch record: keccak256(abi.encode(b)), thirteen
    ///         words (batchrecord.Hash).
    function hashBatch(Batch memory b) public pure returns (bytes32) {
        return keccak256(abi.encode(b));
    }

    /// @notice The hash of accepted batch index's record. Reverts UnknownBatch otherwise.
    function batchHash(uint64 index) external view returns (bytes32) {
        if (index >= batchCount) revert UnknownBatch(index);
        return _batches[index].hash;
    }

    /// @notice Whether the batch of record b is final, after holding b to the hash accepted at
    ///         b.index: false for a batch not (or no longer) accepted, BatchRecordMismatch for a
    ///         record that is not the accepted one. Bridge and ModelNFT read a batch this way.
    function checkBatch(Batch calldata b) public view returns (bool final_) {
        if (b.index >= batchCount) return false;
        _checkRecord(b);
        return isFinalized(b.index);
    }

    /// @dev Reverts BatchRecordMismatch unless b is accepted batch b.index's record (b.index
    ///      below batchCount).
    function _checkRecord(Batch calldata b) private view {
        bytes32 want = _batches[b.index].hash;
        bytes32 got = hashBatch(b);
        if (got != want) revert BatchRecordMismatch(b.index, want, got);
    }

    /// @dev Reverts unless a batch may leave the forced queue consumed up to `consumed`: not
    ///      below the last batch's count, not above the queue's, and the oldest entry it leaves
    ///      (if any) still inside its window.
    function _checkForced(uint64 consumed) private view {
        if (consumed < forcedConsumed) revert ForcedConsumedDecreased(forcedConsumed, consumed);
        uint64 queued = forcedCount;
        if (consumed > queued) revert ForcedConsumedExceedQueue(queued, consumed);
        if (consumed < queued) {
            uint256 due = uint256(_forced[consumed].queuedAt) + forcedWindow;
            if (block.timestamp >= due) revert ForcedTxOverdue(consumed, due);
        }
    }

    /// @notice Queues an L2 transaction (its raw signed bytes, rollup.Tx.Encode) that the
    ///         sequencer must apply within forcedWindow, after every entry queued before it.
    ///         Anyone may call, for any transaction; no fee beyond L1 gas. The L2 applies the
    ///         transaction if it is valid then and records its failure otherwise; either way
    ///         the entry is consumed, so a bad entry never blocks the queue.
    /// @return index the entry's position in the queue.
    function forceInclude(bytes calldata tx_) external returns (uint64 index) {
        if (exodus) revert InExodus();
        if (tx_.length == 0 || tx_.length > MAX_FORCED_TX_SIZE) revert ForcedTxSize(tx_.length, MAX_FORCED_TX_SIZE);
        index = forcedCount;
        bytes32 prev = index == 0 ? bytes32(0) : _forced[index - 1].accumulator;
        bytes32 acc = keccak256(abi.encodePacked(prev, keccak256(tx_)));
        _forced[index] = ForcedEntry({accumulator: acc, queuedAt: uint64(block.timestamp)});
        forcedCount = index + 1;
        emit ForcedTxQueued(index, msg.sender, tx_, acc);
    }

    /// @notice Forced entry `index`: its accumulator and when it was queued. Reverts
    ///         UnknownForcedTx for an index not yet queued.
    function forcedEntry(uint64 index) external view returns (bytes32 accumulator, uint64 queuedAt) {
        if (index >= forcedCount) revert UnknownForcedTx(index);
        ForcedEntry memory f = _forced[index];
        return (f.accumulator, f.queuedAt);
    }

    /// @notice The number of accepted batches that are final now (batches finalize in order).
    function finalizedCount() public view returns (uint64) {
        uint64 lo = 0;
        uint64 hi = exodus ? exodusBatches : batchCount;
        while (lo < hi) {
            uint64 mid = lo + (hi - lo) / 2;
            if (block.timestamp >= uint256(_batches[mid].submittedAt) + finalizationPeriod) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// @notice When each exodus trigger holds: idleAt is exodusDelay after the newest final
    ///         batch finalized (after deployment if none has); overdueAt is when the oldest
    ///         unconsumed forced entry's window ends, zero if the queue is consumed.
    function exodusDueAt() public view returns (uint256 idleAt, uint256 overdueAt) {
        uint64 k = finalizedCount();
        idleAt = (k == 0 ? uint256(deployedAt) : finalizedAt(k - 1)) + exodusDelay;
        uint64 consumed = forcedConsumed;
        if (consumed < forcedCount) overdueAt = uint256(_forced[consumed].queuedAt) + forcedWindow;
    }

    /// @notice Puts the chain into exodus. Anyone may call once no batch has finalized for
    ///         exodusDelay, or a forced entry is past its window unconsumed. The exit state is
    ///         the one after the batches final now; later batches never finalize. The Bridge
    ///         stops taking deposits and pays exits (Bridge.exitAccount, exitEscrow,
    ///         refundDeposit).
    /// @param lastFinal the record of the newest final batch (finalizedCount() - 1), whose state
    ///        root is the exit state; ignored when no batch is final or every accepted one is
    ///        (the state root is then genesis's or the last one's). Reverts ExodusRecord for a
    ///        record of another batch, BatchRecordMismatch for a forged one.
    function enterExodus(Batch calldata lastFinal) external {
        if (exodus) revert InExodus();
        (uint256 idleAt, uint256 overdueAt) = exodusDueAt();
        bool idle = block.timestamp >= idleAt;
        bool overdue = overdueAt != 0 && block.timestamp >= overdueAt;
        if (!idle && !overdue) revert ExodusNotDue(idleAt - exodusDelay, overdueAt);
        uint64 k = finalizedCount();
        bytes32 root = k == 0 ? genesisStateRoot : _lastStateRoot;
        if (k != 0 && k != batchCount) {
            if (lastFinal.index != k - 1) revert ExodusRecord(k - 1, lastFinal.index);
            _checkRecord(lastFinal);
            root = lastFinal.stateRoot;
        }
        exodus = true;
        exodusBatches = k;
        _exodusStateRoot = root;
        bridge.close();
        emit ExodusEntered(k, root, idle, overdue);
    }

    /// @notice In exodus, the state every exit is proven against: its root, the number of
    ///         batches behind it and the deposits it consumed. Reverts NotInExodus otherwise.
    function exodusState() external view returns (bytes32 stateRoot, uint64 batches, uint64 deposits) {
        if (!exodus) revert NotInExodus();
        batches = exodusBatches;
        stateRoot = _exodusStateRoot;
        deposits = batches == 0 ? 0 : _batches[batches - 1].depositsConsumed;
    }

    /// @dev Marks each (circuit, digest) as proven in batch index, reverting on one proven
    ///      before (DuplicateProof in this batch, ProofReplayed in an earlier one), and returns
    ///      the list's proofsHash: keccak256 of the concatenated 64-byte (circuit, digest) pairs,
    ///      zero for no proofs, as l1.ProofsHash computes it.
    function _recordProofs(uint64 index, LossProof[] calldata proofs) private returns (bytes32) {
        uint256 n = proofs.length;
        bytes memory pairs = new bytes(64 * n);
        uint128 mine = (uint128(block.timestamp) << 64) | (index + 1);
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
            uint128 seen = _proven[key];
            if (seen == mine) revert DuplicateProof(i, circuit, digest);
            if (_recordStands(seen)) revert ProofReplayed(i, circuit, digest, uint64(seen) - 1);
            _proven[key] = mine;
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

    /// @dev Whether a proof record names a batch that is still accepted (not removed since).
    function _recordStands(uint128 rec) private view returns (bool) {
        if (rec == 0) return false;
        uint64 i = uint64(rec) - 1;
        return i < batchCount && uint64(rec >> 64) == _batches[i].submittedAt;
    }

    /// @notice The state root after the last accepted batch (the genesis root before any).
    function lastStateRoot() external view returns (bytes32) {
        return _lastStateRoot;
    }

    /// @notice Adds msg.value to the sequencer's bond. Anyone may.
    function postBond() external payable {
        uint256 b = uint256(bond) + msg.value;
        bond = uint96(b); // 2^96 wei is far beyond all ether
        emit BondChanged(msg.sender, msg.value, true, b);
    }

    /// @notice The sequencer takes amount of its bond back, only while no batch is open to a
    ///         challenge (all final, or the chain in exodus).
    function withdrawBond(address payable to, uint256 amount) external {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        uint64 fin = finalizedCount();
        if (!exodus && fin != batchCount) revert BatchesPending(batchCount, fin);
        bond -= uint96(amount); // reverts (checked arithmetic) beyond the bond
        emit BondChanged(to, amount, false, bond);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert BondPaymentFailed(to);
    }

    /// @notice Proves one step of batch b (its record, held to batchHash) wrong and removes the
    ///         batch and every batch after it, paying the sequencer's bond to the caller. Anyone
    ///         may, while the batch is not final. challenge: an ABI-encoded FaultProver.StepChallenge; the step is
    ///         wrong if the StepVerifier finds it invalid, or computes another state root or
    ///         withdrawal tree than the leaf after it claims. Reverts (NoFraud) otherwise: a
    ///         failed challenge changes nothing and costs only its gas.
    function challengeStep(Batch calldata b, bytes calldata challenge) external {
        _openDispute(b);
        StepState.Context memory ctx =
            StepState.Context({chainId: l2ChainId, rollup: address(this), bridge: address(bridge), fees: feeRule, minStake: minStake});
        if (!faultProver.stepFraud(ctx, _claim(b), challenge)) revert NoFraud(b.index);
        _remove(b, false, msg.sender, msg.sender);
    }

    /// @notice Proves the end of batch b's trace wrong (b: its record, held to batchHash;
    ///         challenge: an ABI-encoded FaultProver.EndChallenge): its last leaf's root is not the batch's state root, its
    ///         withdrawal or message tree not the batch's withdrawal or message root, or the globals at the state root
    ///         disagree with the batch's L2 height, deposits or forced entries consumed; or the
    ///         batch has no trace. Removes it and every later batch, paying the bond to the
    ///         caller, as challengeStep.
    function challengeEnd(Batch calldata b, bytes calldata challenge) external {
        _openDispute(b);
        if (!faultProver.endFraud(_claim(b), challenge)) revert NoFraud(b.index);
        _remove(b, true, msg.sender, msg.sender);
    }

    /// @notice Removes batch b (its record, held to batchHash) and every batch after it, exactly
    ///         as a proven-wrong batch is removed; the event names challenger, and the
    ///         sequencer's bond is paid to the DataChallenge contract, which owes it to the
    ///         challenger (so that a challenger that cannot receive ether cannot block the
    ///         removal). Only the DataChallenge contract, when a chunk of b's data it was
    ///         challenged to reveal was not posted within the resolve window (and b is not final).
    function removeUnavailable(Batch calldata b, address challenger) external {
        if (msg.sender != dataChallenge) revert NotDataChallenge(msg.sender);
        _openDispute(b);
        _remove(b, false, challenger, msg.sender);
    }

    /// @dev What the fault prover checks a challenge of batch record b against.
    function _claim(Batch calldata b) private pure returns (FaultProver.BatchClaim memory) {
        return FaultProver.BatchClaim({
            stepRoot: b.stepRoot,
            stepCount: b.stepCount,
            prevRoot: b.prevStateRoot,
            stateRoot: b.stateRoot,
            withdrawalRoot: b.withdrawalRoot,
            messageRoot: b.messageRoot,
            l2Height: b.l2Height,
            depositsConsumed: b.depositsConsumed,
            forcedConsumed: b.forcedConsumed
        });
    }

    /// @dev Reverts unless b is the record of an accepted batch that may be challenged now.
    function _openDispute(Batch calldata b) private view {
        if (exodus) revert InExodus();
        if (b.index >= batchCount) revert UnknownBatch(b.index);
        _checkRecord(b);
        if (block.timestamp >= uint256(_batches[b.index].submittedAt) + finalizationPeriod) revert BatchFinal(b.index);
    }

    /// @dev Removes batch b and every later one, restores the counters and the last state root
    ///      to those after batch b.index - 1, and pays the sequencer's bond (up to
    ///      sequencerBond) to `to` (the event names `challenger`).
    function _remove(Batch calldata b, bool end, address challenger, address to) private {
        uint64 index = b.index;
        uint64 count = batchCount - index;
        batchCount = index;
        if (index == 0) {
            depositsConsumed = 0;
            l2Height = 0;
            forcedConsumed = 0;
        } else {
            Stored storage p = _batches[index - 1];
            depositsConsumed = p.depositsConsumed;
            l2Height = p.l2Height;
            forcedConsumed = p.forcedConsumed;
        }
        _lastStateRoot = b.prevStateRoot;
        uint256 paid = bond < sequencerBond ? bond : sequencerBond;
        bond -= uint96(paid);
        emit BatchesRemoved(index, count, challenger, paid, end);
        if (paid > 0) {
            (bool ok,) = to.call{value: paid}("");
            if (!ok) revert BondPaymentFailed(to);
        }
    }

    /// @notice When an accepted batch is (or was) final. Reverts UnknownBatch otherwise.
    function finalizedAt(uint64 index) public view returns (uint256) {
        if (index >= batchCount) revert UnknownBatch(index);
        return uint256(_batches[index].submittedAt) + finalizationPeriod;
    }

    /// @notice Whether batch index was accepted and its finalization window has passed. In
    ///         exodus, only the batches final when it began are (and stay) final.
    function isFinalized(uint64 index) public view returns (bool) {
        if (index >= batchCount) return false;
        if (exodus) return index < exodusBatches;
        return block.timestamp >= finalizedAt(index);
    }
}
