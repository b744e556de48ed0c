// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Rollup} from "./Rollup.sol";
import {FaultProver} from "./FaultProver.sol";

/// @title DataChallenge
/// @notice The data-availability game of the Rollup's batches, after OP Stack's Alt-DA
///         DataAvailabilityChallenge, sized for our batches (up to 4 MiB, more than one L1
///         transaction can carry). A batch's data hash (rollup.DataHash) is
///         keccak256(root ‖ uint64 length), root being a positional Merkle tree over keccak256
///         of the data's 64 KiB chunks. While a batch is young (challengeWindow after its
///         submission) anyone may challenge one chunk of it, posting challengeBond. Anyone
///         holding the data (the sequencer) resolves the challenge by posting the chunk and its
///         path in calldata within resolveWindow; the resolver is paid its cost from the bond
///         and the challenger gets the rest back. A chunk index past the data's end is resolved
///         by showing the length. A challenge left unresolved lets anyone remove the batch and
///         every later one through the Rollup (removeUnavailable), which pays the sequencer's
///         bond to the challenger; the challenger's own bond comes back too.
///         The leaf-reveal game, on the same windows and rules, makes the sequencer open its step
///         trace: data that matches the data hash may still hold a trace that does not open the
///         batch's stepRoot (the sequencer committed to leaves it never published), and then no
///         challengeStep could open a leaf. Anyone may request the sequencer's committed leaves
///         at up to MAX_LEAVES_PER_REQUEST steps per call, posting leafBond() per leaf; anyone
///         holding them reveals each with its path against stepRoot (revealLeaves), which
///         emits the whole leaf (FaultProver.Leaf, frontiers included) for challengeStep and
///         challengeEnd, and pays the revealer's cost from the leaf's bond. A leaf left
///         unrevealed past its deadline removes the batch and every later one
///         (removeUnrevealed), as an unresolved chunk does.
/// @dev challengeWindow + resolveWindow < finalizationPeriod (checked at construction), so every
///      challenge and leaf request is decided, and its removal possible, before the batch is
///      final: the Rollup needs no finality hook, only removeUnavailable.
contract DataChallenge {
    /// @notice The bytes in one chunk: rollup.DataChunkSize.
    uint256 public constant CHUNK_SIZE = 65536;
    /// @notice The longest batch data: rollup.MaxBatchSize (4 MiB), 64 chunks.
    uint256 public constant MAX_DATA_SIZE = 4194304;
    /// @notice The gas a resolution is priced at besides its chunk (measured: see
    ///         docs/contracts.md), and per chunk byte (EIP-7623's calldata floor).
    uint256 public constant RESOLVE_FIXED_GAS = 80000;
    uint256 public constant RESOLVE_GAS_PER_BYTE = 40;

    /// @notice The most leaves one requestLeaves call asks for (a caller may send several).
    uint256 public constant MAX_LEAVES_PER_REQUEST = 16;
    /// @notice leafBond() is challengeBond / LEAF_BOND_DIVISOR: a chunk's resolution costs
    ///         about 2.7M gas, a lone leaf's reveal under 110k (measured: docs/contracts.md).
    uint256 public constant LEAF_BOND_DIVISOR = 24;
    /// @notice The gas a reveal is priced at: REVEAL_FIXED_GAS once per call (charged to its
    ///         first leaf: the transaction and the record check), REVEAL_LEAF_GAS per leaf and
    ///         REVEAL_GAS_PER_WORD per path and frontier node (measured: see docs/contracts.md).
    uint256 public constant REVEAL_FIXED_GAS = 45000;
    uint256 public constant REVEAL_LEAF_GAS = 36000;
    uint256 public constant REVEAL_GAS_PER_WORD = 1250;

    /// @notice One challenge of one chunk of one accepted batch (one storage slot); also one
    ///         request of one leaf (Resolved: revealed).
    struct Challenge {
        address challenger;
        /// @dev when it was opened; zero: no challenge.
        uint64 openedAt;
        /// @dev Open, Resolved, Removed (the batch removed through it) or Reclaimed.
        Status status;
    }

    enum Status {
        None,
        Open,
        Resolved,
        Removed,
        Reclaimed
    }

    /// @notice The Rollup whose batches are challenged.
    Rollup public immutable rollup;
    /// @notice Seconds after a batch's submission during which its chunks may be challenged.
    uint64 public immutable challengeWindow;
    /// @notice Seconds after a challenge within which it must be resolved.
    uint64 public immutable resolveWindow;
    /// @notice The bond (wei) a challenge must post, exactly.
    uint256 public immutable challengeBond;

    /// @notice Wei owed to an account whose payment could not be pushed (its code refused it or
    ///         ran out of PAY_GAS): it takes it with withdraw().
    mapping(address => uint256) public owed;

    /// @notice The gas a pushed payment may use; a receiver that needs more is paid through owed.
    uint256 public constant PAY_GAS = 30000;

    /// @dev keccak256(record hash, chunk) => challenge. The record hash names one acceptance of
    ///      a batch: a removed and resubmitted index is another batch.
    mapping(bytes32 => Challenge) private _challenges;
    /// @dev keccak256(record hash, step) => the request of that leaf of the trace.
    mapping(bytes32 => Challenge) private _leafRequests;

    /// @notice A constructor argument is the zero address, or the Rollup does not name this
    ///         contract as its dataChallenge.
    error NotWired(address rollup, address dataChallenge);
    /// @notice challengeWindow + resolveWindow must be below the Rollup's finalization period
    ///         (and resolveWindow non-zero), so that every challenge is decided in time.
    error WindowsTooLong(uint64 challengeWindow, uint64 resolveWindow, uint64 finalizationPeriod);
    /// @notice The record is not accepted batch `index`'s (forged, removed, or never accepted).
    error UnknownRecord(uint64 index, bytes32 got);
    /// @notice A challenge must post exactly challengeBond.
    error WrongBond(uint256 required, uint256 got);
    /// @notice Batch `index` may be challenged only until `closedAt` (and never in exodus).
    error ChallengeWindowClosed(uint64 index, uint256 closedAt);
    /// @notice A batch has at most MAX_DATA_SIZE / CHUNK_SIZE chunks.
    error ChunkIndexTooLarge(uint64 chunk, uint256 max);
    /// @notice This chunk of this batch is (or was) challenged already.
    error ChallengeExists(uint64 index, uint64 chunk);
    /// @notice No open challenge of this chunk of this batch.
    error NoOpenChallenge(uint64 index, uint64 chunk);
    /// @notice The challenge's resolve window ended at `deadline`.
    error ResolveWindowClosed(uint64 index, uint64 chunk, uint256 deadline);
    /// @notice The challenge can still be resolved until `deadline`.
    error ResolveWindowOpen(uint64 index, uint64 chunk, uint256 deadline);
    /// @notice keccak256(root ‖ length) is `got`, not the batch's data hash `expected`.
    error DataHashMismatch(uint64 index, bytes32 expected, bytes32 got);
    /// @notice The length claimed is beyond MAX_DATA_SIZE.
    error DataTooLarge(uint64 length, uint256 max);
    /// @notice Chunk `chunk` of data of the committed length has `expected` bytes, not `got`.
    error ChunkSizeMismatch(uint64 chunk, uint256 expected, uint256 got);
    /// @notice The chunk's bytes and path do not lead to the committed root.
    error BadChunkProof(uint64 index, uint64 chunk);
    /// @notice The bond can be reclaimed only for a challenge whose batch no longer stands, or
    ///         that expired unresolved and the batch finalized without being removed.
    error NotReclaimable(uint64 index, uint64 chunk);
    /// @notice Only the Rollup sends ether here (the sequencer's bond, during a removal).
    error NotRollup(address sender);
    /// @notice withdraw() could not pay `to`.
    error PaymentFailed(address to);

    /// @notice A leaf request must ask for 1 to MAX_LEAVES_PER_REQUEST leaves.
    error BadLeafCount(uint256 count, uint256 max);
    /// @notice Batch `index`'s trace has `count` steps: there is no leaf `step`.
    error StepIndexTooLarge(uint64 index, uint64 step, uint64 count);
    /// @notice This leaf of this batch is (or was) requested already.
    error LeafRequestExists(uint64 index, uint64 step);
    /// @notice No open request of this leaf of this batch.
    error NoOpenLeafRequest(uint64 index, uint64 step);
    /// @notice The leaf request's reveal window ended at `deadline`.
    error RevealWindowClosed(uint64 index, uint64 step, uint256 deadline);
    /// @notice The leaf can still be revealed until `deadline`.
    error RevealWindowOpen(uint64 index, uint64 step, uint256 deadline);
    /// @notice revealLeaves needs one leaf and one path per step.
    error RevealLengthMismatch(uint256 steps, uint256 leaves, uint256 paths);
    /// @notice A frontier does not have one node per set bit of its count.
    error BadLeafFrontier(uint64 step);
    /// @notice The leaf and path do not open step `step` of the batch's stepRoot.
    error BadLeafProof(uint64 index, uint64 step);
    /// @notice The leaf-data proof shows nothing wrong: the leaf's input is where and what the
    ///         data says, or it chains with its neighbour, or it ends where it must.
    error NoLeafFraud(uint64 index, uint64 step);
    /// @notice The chunks given do not hold the data bytes [from, to) the proof reads.
    error DataNotOpened(uint64 index, uint256 from, uint256 to);

    /// @notice Chunk `chunk` of batch `index` (record hash `record`) was challenged, to be
    ///         resolved by `deadline`.
    event ChunkChallenged(uint64 indexed index, bytes32 indexed record, uint64 chunk, address challenger, uint256 deadline);
    /// @notice The challenge was resolved: the chunk's bytes are in this transaction's calldata
    ///         (resolve's `data`), or the chunk lies past the data's `length` bytes (inRange
    ///         false). The resolver got `resolverPaid`, the challenger the rest of the bond.
    event ChunkResolved(
        uint64 indexed index, bytes32 indexed record, uint64 chunk, address resolver, uint64 length, bool inRange, uint256 resolverPaid
    );
    /// @notice The challenge was not resolved in time: the batch and all later ones were
    ///         removed, and the challenger paid (Rollup.BatchesRemoved says how much).
    event ChunkUnavailable(uint64 indexed index, bytes32 indexed record, uint64 chunk, address challenger);

    /// @notice The leaves at `steps` of batch `index`'s trace were requested, each to be
    ///         revealed by `deadline`.
    event LeavesRequested(uint64 indexed index, bytes32 indexed record, uint64[] steps, address requester, uint256 deadline);
    /// @notice Leaf `step` of batch `index`'s trace, opened against its stepRoot by `path`
    ///         (rollup.StepTreeProof); the revealer got `revealerPaid` of the leaf's bond.
    event LeafRevealed(
        uint64 indexed index, bytes32 indexed record, uint64 step, FaultProver.Leaf leaf, bytes32[] path, uint256 revealerPaid
    );
    /// @notice The leaf was not revealed in time: the batch and all later ones were removed.
    event LeafUnrevealed(uint64 indexed index, bytes32 indexed record, uint64 step, address requester);
    /// @notice Leaf `step` of batch `index`'s trace was shown not to be over the data's step
    ///         input there (kind 1: the bytes or length prefix at its offset differ; 2: its
    ///         offset does not follow the leaf before, or leaf 0 is not at the first input;
    ///         3: it ends past the step inputs, or is the last and does not end them): the batch
    ///         and all later ones were removed (Rollup.BatchesRemoved says what was paid).
    event LeafDataRefuted(uint64 indexed index, bytes32 indexed record, uint64 step, uint8 kind, address challenger);

    /// @param rollup_ the Rollup, whose dataChallenge must be this contract.
    /// @param challengeWindow_ seconds after a batch's submission during which it may be
    ///        challenged; zero disables challenges (devnets with a finalization period too
    ///        short for the game).
    /// @param resolveWindow_ seconds a challenge has to be resolved.
    /// @param challengeBond_ wei each challenge posts: it should cover a full chunk's resolution
    ///        (RESOLVE_FIXED_GAS + CHUNK_SIZE * RESOLVE_GAS_PER_BYTE gas) at a high base fee.
    constructor(Rollup rollup_, uint64 challengeWindow_, uint64 resolveWindow_, uint256 challengeBond_) {
        if (address(rollup_) == address(0) || rollup_.dataChallenge() != address(this)) {
            revert NotWired(address(rollup_), address(rollup_) == address(0) ? address(0) : rollup_.dataChallenge());
        }
        uint64 f = rollup_.finalizationPeriod();
        if (challengeWindow_ != 0 && (resolveWindow_ == 0 || uint256(challengeWindow_) + resolveWindow_ >= f)) {
            revert WindowsTooLong(challengeWindow_, resolveWindow_, f);
        }
        rollup = rollup_;
        challengeWindow = challengeWindow_;
        resolveWindow = resolveWindow_;
        challengeBond = challengeBond_;
    }

    /// @notice keccak256(root ‖ uint64 length): a batch's data hash (rollup.DataHashOf).
    function dataHashOf(bytes32 root, uint64 length) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(root, length));
    }

    /// @notice Challenges the availability of chunk `chunk` of batch b (its record, held to the
    ///         Rollup's batchHash), posting challengeBond. Anyone may, once per chunk of a
    ///         batch, within challengeWindow of its submission and not in exodus.
    function challenge(Rollup.Batch calldata b, uint64 chunk) external payable {
        if (msg.value != challengeBond) revert WrongBond(challengeBond, msg.value);
        bytes32 rec = _standing(b);
        uint256 closedAt = uint256(b.submittedAt) + challengeWindow;
        if (block.timestamp >= closedAt || rollup.exodus()) revert ChallengeWindowClosed(b.index, closedAt);
        if (chunk >= MAX_DATA_SIZE / CHUNK_SIZE) revert ChunkIndexTooLarge(chunk, MAX_DATA_SIZE / CHUNK_SIZE);
        bytes32 key = keccak256(abi.encode(rec, chunk));
        if (_challenges[key].status != Status.None) revert ChallengeExists(b.index, chunk);
        _challenges[key] = Challenge({challenger: msg.sender, openedAt: uint64(block.timestamp), status: Status.Open});
        emit ChunkChallenged(b.index, rec, chunk, msg.sender, block.timestamp + resolveWindow);
    }

    /// @notice Resolves the open challenge of chunk `chunk` of batch b: root and length are the
    ///         batch's chunk tree root and data length (keccak256(root ‖ length) must be its
    ///         dataHash); data is the chunk's bytes and path its siblings from the leaf up in
    ///         the tree over ceil(length / CHUNK_SIZE) chunks. A chunk past the data's end needs
    ///         neither (data and path are ignored). Anyone may, before the challenge's deadline;
    ///         the caller is paid the resolution's cost from the challenger's bond (at most the
    ///         bond), the challenger gets the rest back.
    function resolve(
        Rollup.Batch calldata b,
        uint64 chunk,
        bytes32 root,
        uint64 length,
        bytes calldata data,
        bytes32[] calldata path
    ) external {
        (bytes32 rec, bytes32 key, Challenge memory c) = _find(b, chunk);
        uint256 deadline = uint256(c.openedAt) + resolveWindow;
        if (block.timestamp >= deadline) revert ResolveWindowClosed(b.index, chunk, deadline);
        bool inRange = _checkChunk(b, chunk, root, length, data, path);
        _challenges[key].status = Status.Resolved;
        _settle(b.index, rec, chunk, length, inRange ? data.length : 0, inRange, c.challenger);
    }

    /// @dev Pays a resolution: its cost (RESOLVE_FIXED_GAS + n * RESOLVE_GAS_PER_BYTE gas at
    ///      the base fee, at most the bond) to the resolver, the rest of the bond to the
    ///      challenger.
    function _settle(uint64 index, bytes32 rec, uint64 chunk, uint64 length, uint256 n, bool inRange, address challenger)
        private
    {
        uint256 cost = (RESOLVE_FIXED_GAS + n * RESOLVE_GAS_PER_BYTE) * block.basefee;
        uint256 bond = challengeBond;
        uint256 paid = cost < bond ? cost : bond;
        emit ChunkResolved(index, rec, chunk, msg.sender, length, inRange, paid);
        _pay(msg.sender, paid);
        _pay(challenger, bond - paid);
    }

    /// @notice Removes batch b and every later batch through the Rollup once the challenge of
    ///         its chunk `chunk` went unresolved past its deadline (and b is not final: the
    ///         Rollup checks). Anyone may call; the challenger gets the sequencer's bond (paid by
    ///         the Rollup) and its own challenge bond back.
    function removeUnavailable(Rollup.Batch calldata b, uint64 chunk) external {
        (bytes32 rec, bytes32 key, Challenge memory c) = _find(b, chunk);
        uint256 deadline = uint256(c.openedAt) + resolveWindow;
        if (block.timestamp < deadline) revert ResolveWindowOpen(b.index, chunk, deadline);
        _challenges[key].status = Status.Removed;
        emit ChunkUnavailable(b.index, rec, chunk, c.challenger);
        uint256 before = address(this).balance;
        rollup.removeUnavailable(b, c.challenger); // pays the sequencer's bond here
        _pay(c.challenger, address(this).balance - before + challengeBond);
    }

    /// @notice Takes what this contract owes the caller (payments it could not push).
    function withdraw() external {
        uint256 amount = owed[msg.sender];
        owed[msg.sender] = 0;
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert PaymentFailed(msg.sender);
    }

    /// @notice Takes the sequencer's bond from the Rollup during a removal.
    receive() external payable {
        if (msg.sender != address(rollup)) revert NotRollup(msg.sender);
    }

    /// @notice Pays the challenger of chunk `chunk` of batch b its bond back when the challenge
    ///         can no longer be decided: the batch was removed (another challenge, a fault proof)
    ///         while it was open, or it expired unresolved and nobody removed the batch before it
    ///         finalized. Anyone may call.
    function reclaim(Rollup.Batch calldata b, uint64 chunk) external {
        bytes32 rec = keccak256(abi.encode(b));
        bytes32 key = keccak256(abi.encode(rec, chunk));
        Challenge memory c = _open(key, b.index, chunk);
        bool stands = b.index < rollup.batchCount() && rollup.batchHash(b.index) == rec;
        if (stands && !rollup.isFinalized(b.index)) revert NotReclaimable(b.index, chunk);
        _challenges[key].status = Status.Reclaimed;
        _pay(c.challenger, challengeBond);
    }

    /// @notice The challenge of chunk `chunk` of the batch with record hash `record`
    ///         (Rollup.hashBatch): who opened it, when (zero: never), its status (0 none, 1 open,
    ///         2 resolved, 3 removed the batch, 4 bond reclaimed) and its resolve deadline.
    function challengeOf(bytes32 record, uint64 chunk)
        external
        view
        returns (address challenger, uint64 openedAt, uint8 status, uint256 deadline)
    {
        Challenge memory c = _challenges[keccak256(abi.encode(record, chunk))];
        return (c.challenger, c.openedAt, uint8(c.status), c.openedAt == 0 ? 0 : uint256(c.openedAt) + resolveWindow);
    }

    // ---------------------------------------------------------------------------------------
    // The leaf-reveal game.

    /// @notice The bond (wei) each requested leaf posts: challengeBond / LEAF_BOND_DIVISOR.
    function leafBond() public view returns (uint256) {
        return challengeBond / LEAF_BOND_DIVISOR;
    }

    /// @notice Requests the sequencer's committed leaves at `steps` of batch b's trace (its
    ///         record, held to the Rollup's batchHash), posting leafBond() per leaf. Anyone may,
    ///         once per leaf of a batch, within challengeWindow of its submission and not in
    ///         exodus; each step must be below b.stepCount.
    function requestLeaves(Rollup.Batch calldata b, uint64[] calldata steps) external payable {
        uint256 n = steps.length;
        if (n == 0 || n > MAX_LEAVES_PER_REQUEST) revert BadLeafCount(n, MAX_LEAVES_PER_REQUEST);
        if (msg.value != leafBond() * n) revert WrongBond(leafBond() * n, msg.value);
        bytes32 rec = _standing(b);
        uint256 closedAt = uint256(b.submittedAt) + challengeWindow;
        if (block.timestamp >= closedAt || rollup.exodus()) revert ChallengeWindowClosed(b.index, closedAt);
        Challenge memory c = Challenge({challenger: msg.sender, openedAt: uint64(block.timestamp), status: Status.Open});
        for (uint256 i = 0; i < n; i++) {
            uint64 step = steps[i];
            if (step >= b.stepCount) revert StepIndexTooLarge(b.index, step, b.stepCount);
            bytes32 key = keccak256(abi.encode(rec, step));
            if (_leafRequests[key].status != Status.None) revert LeafRequestExists(b.index, step);
            _leafRequests[key] = c;
        }
        emit LeavesRequested(b.index, rec, steps, msg.sender, block.timestamp + resolveWindow);
    }

    /// @notice Reveals the requested leaves at `steps` of batch b's trace: leaves[i] and its
    ///         path paths[i] (siblings from the leaf up, rollup.StepTreeProof) must open step
    ///         steps[i] of b.stepRoot over b.stepCount leaves. Anyone may, before each request's
    ///         deadline; the revealer is paid each leaf's cost from its bond (REVEAL_LEAF_GAS +
    ///         REVEAL_GAS_PER_WORD per path and frontier node, REVEAL_FIXED_GAS more for the
    ///         first leaf, at the base fee, at most the bond), the requester gets the rest back.
    function revealLeaves(
        Rollup.Batch calldata b,
        uint64[] calldata steps,
        FaultProver.Leaf[] calldata leaves,
        bytes32[][] calldata paths
    ) external {
        if (leaves.length != steps.length || paths.length != steps.length) {
            revert RevealLengthMismatch(steps.length, leaves.length, paths.length);
        }
        bytes32 rec = _standing(b);
        for (uint256 i = 0; i < steps.length; i++) {
            _reveal(b, rec, steps[i], leaves[i], paths[i], i == 0 ? REVEAL_FIXED_GAS : 0);
        }
    }

    /// @dev Checks and records the reveal of leaf `step` of batch b (record hash rec) and pays
    ///      for it.
    function _reveal(
        Rollup.Batch calldata b,
        bytes32 rec,
        uint64 step,
        FaultProver.Leaf calldata l,
        bytes32[] calldata path,
        uint256 gas
    ) private {
        bytes32 key = keccak256(abi.encode(rec, step));
        Challenge memory c = _leafRequests[key];
        if (c.status != Status.Open) revert NoOpenLeafRequest(b.index, step);
        uint256 deadline = uint256(c.openedAt) + resolveWindow;
        if (block.timestamp >= deadline) revert RevealWindowClosed(b.index, step, deadline);
        if (step >= b.stepCount || !_verifyLeaf(b.stepRoot, b.stepCount, step, _leafHash(step, l), path)) {
            revert BadLeafProof(b.index, step);
        }
        _leafRequests[key].status = Status.Resolved;
        gas += REVEAL_LEAF_GAS + (path.length + l.wnodes.length + l.mnodes.length) * REVEAL_GAS_PER_WORD;
        uint256 cost = gas * block.basefee;
        uint256 bond = leafBond();
        uint256 paid = cost < bond ? cost : bond;
        emit LeafRevealed(b.index, rec, step, l, path, paid);
        _pay(msg.sender, paid);
        _pay(c.challenger, bond - paid);
    }

    /// @notice Removes batch b and every later batch through the Rollup once the request of its
    ///         leaf `step` went unrevealed past its deadline (and b is not final: the Rollup
    ///         checks). Anyone may call; the requester gets the sequencer's bond and the leaf's
    ///         bond back.
    function removeUnrevealed(Rollup.Batch calldata b, uint64 step) external {
        bytes32 rec = _standing(b);
        bytes32 key = keccak256(abi.encode(rec, step));
        Challenge memory c = _leafRequests[key];
        if (c.status != Status.Open) revert NoOpenLeafRequest(b.index, step);
        uint256 deadline = uint256(c.openedAt) + resolveWindow;
        if (block.timestamp < deadline) revert RevealWindowOpen(b.index, step, deadline);
        _leafRequests[key].status = Status.Removed;
        emit LeafUnrevealed(b.index, rec, step, c.challenger);
        uint256 before = address(this).balance;
        rollup.removeUnavailable(b, c.challenger); // pays the sequencer's bond here
        _pay(c.challenger, address(this).balance - before + leafBond());
    }

    /// @notice Pays the requester of leaf `step` of batch b its bond back when the request can
    ///         no longer be decided: the batch was removed while it was open, or it expired
    ///         unrevealed and the batch finalized without being removed. Anyone may call.
    function reclaimLeaf(Rollup.Batch calldata b, uint64 step) external {
        bytes32 rec = keccak256(abi.encode(b));
        bytes32 key = keccak256(abi.encode(rec, step));
        Challenge memory c = _leafRequests[key];
        if (c.status != Status.Open) revert NoOpenLeafRequest(b.index, step);
        bool stands = b.index < rollup.batchCount() && rollup.batchHash(b.index) == rec;
        if (stands && !rollup.isFinalized(b.index)) revert NotReclaimable(b.index, step);
        _leafRequests[key].status = Status.Reclaimed;
        _pay(c.challenger, leafBond());
    }

    /// @notice The request of leaf `step` of the batch with record hash `record`: who made it,
    ///         when (zero: never), its status (0 none, 1 open, 2 revealed, 3 removed the batch,
    ///         4 bond reclaimed) and its reveal deadline.
    function leafRequestOf(bytes32 record, uint64 step)
        external
        view
        returns (address requester, uint64 openedAt, uint8 status, uint256 deadline)
    {
        Challenge memory c = _leafRequests[keccak256(abi.encode(record, step))];
        return (c.challenger, c.openedAt, uint8(c.status), c.openedAt == 0 ? 0 : uint256(c.openedAt) + resolveWindow);
    }

    // ---------------------------------------------------------------------------------------
    // Leaf-data proofs: a committed leaf held to the batch's data (rollup batch version 3).
    //
    // A version-3 batch's data begins with its step inputs, position-addressably: a version
    // byte, the section's length (uint32), then each step's input after its own uint32 length.
    // A leaf commits to its input's hash, offset and length. If leaf 0 is at the first input,
    // each next leaf starts a prefix after the one before ends, the last ends the section, and
    // each leaf's prefix and bytes are its length and input, then leaf k is over the data's
    // step k. Each function below refutes one of those with the leaf (or two adjacent ones)
    // and at most the data chunks under it, and removes the batch as removeUnrevealed does,
    // paying the sequencer's bond to the caller: with these, the first leaf of a hidden trace
    // that differs from re-execution is over the data's own input, and challengeStep decides it.

    /// @notice Where a batch's step inputs begin (rollup.StepInputsStart: the version byte and
    ///         the section's uint32 length come first) and the length prefix of each input.
    uint256 public constant STEP_INPUTS_START = 5;
    uint256 public constant STEP_PREFIX_SIZE = 4;
    /// @notice The longest step input (rollup.MaxTxSize: a block start's is far shorter), so a
    ///         proof opens at most 3 chunks.
    uint256 public constant MAX_STEP_INPUT = 65536;

    /// @notice Consecutive chunks of a batch's data: root and length as resolve takes them
    ///         (keccak256(root ‖ length) is the data hash), chunks[i] the bytes of chunk
    ///         first + i and paths[i] its path.
    struct DataOpening {
        bytes32 root;
        uint64 length;
        uint64 first;
        bytes[] chunks;
        bytes32[][] paths;
    }

    /// @notice Removes batch b and every later batch when leaf `step` of its trace (l, opened
    ///         against stepRoot by path) is not over the data's bytes at its place: it is longer
    ///         than MAX_STEP_INPUT, its range starts before the first input or ends past the
    ///         data, or the chunks of d (which
    ///         must cover [offset - 4, offset + length)) show a length prefix other than
    ///         l.length or bytes whose keccak256 is not l.input. Anyone may, while b is not
    ///         final; the caller gets the sequencer's bond. NoLeafFraud otherwise.
    function proveLeafInput(
        Rollup.Batch calldata b,
        uint64 step,
        FaultProver.Leaf calldata l,
        bytes32[] calldata path,
        DataOpening calldata d
    ) external {
        bytes32 rec = _openLeaf(b, step, l, path);
        bytes32 got = dataHashOf(d.root, d.length);
        if (got != b.dataHash) revert DataHashMismatch(b.index, b.dataHash, got);
        uint256 end = uint256(l.offset) + l.length;
        bool fraud = l.length > MAX_STEP_INPUT || l.offset < STEP_INPUTS_START + STEP_PREFIX_SIZE || end > d.length;
        if (!fraud) {
            bytes memory s = _read(b, d, l.offset - STEP_PREFIX_SIZE, end);
            uint256 prefix;
            bytes32 h;
            uint256 n = l.length;
            assembly ("memory-safe") {
                prefix := shr(224, mload(add(s, 32)))
                h := keccak256(add(s, 36), n)
            }
            fraud = prefix != n || h != l.input;
        }
        if (!fraud) revert NoLeafFraud(b.index, step);
        _removeForLeaf(b, rec, step, 1);
    }

    /// @notice Removes batch b and every later batch when leaf `step` of its trace (post) does
    ///         not start where the leaf before it (pre) says the next input starts (its offset +
    ///         length + 4), or, for step 0 (pre ignored), not at the first input
    ///         (STEP_INPUTS_START + 4). Both leaves open stepRoot by their paths. Anyone may,
    ///         while b is not final; the caller gets the sequencer's bond.
    function proveLeafOrder(
        Rollup.Batch calldata b,
        uint64 step,
        FaultProver.Leaf calldata pre,
        bytes32[] calldata prePath,
        FaultProver.Leaf calldata post,
        bytes32[] calldata postPath
    ) external {
        bytes32 rec = _openLeaf(b, step, post, postPath);
        uint256 want = STEP_INPUTS_START + STEP_PREFIX_SIZE;
        if (step > 0) {
            _openLeaf(b, step - 1, pre, prePath);
            want = uint256(pre.offset) + pre.length + STEP_PREFIX_SIZE;
        }
        if (post.offset == want) revert NoLeafFraud(b.index, step);
        _removeForLeaf(b, rec, step, 2);
    }

    /// @notice Removes batch b and every later batch when leaf `step` of its trace ends past
    ///         the step inputs, or is the last leaf and does not end them exactly: d opens
    ///         chunk 0, whose bytes 1-4 are the section's length. Anyone may, while b is not
    ///         final; the caller gets the sequencer's bond.
    function proveLeafEnd(
        Rollup.Batch calldata b,
        uint64 step,
        FaultProver.Leaf calldata l,
        bytes32[] calldata path,
        DataOpening calldata d
    ) external {
        bytes32 rec = _openLeaf(b, step, l, path);
        bytes memory head = _read(b, d, 0, STEP_INPUTS_START);
        uint256 sectionEnd;
        assembly ("memory-safe") {
            sectionEnd := add(5, shr(224, mload(add(head, 33))))
        }
        uint256 end = uint256(l.offset) + l.length;
        if (end <= sectionEnd && (step + 1 != b.stepCount || end == sectionEnd)) revert NoLeafFraud(b.index, step);
        _removeForLeaf(b, rec, step, 3);
    }

    /// @dev Opens leaf `step` of standing batch b against its stepRoot; b's record hash.
    function _openLeaf(Rollup.Batch calldata b, uint64 step, FaultProver.Leaf calldata l, bytes32[] calldata path)
        private
        view
        returns (bytes32 rec)
    {
        rec = _standing(b);
        if (step >= b.stepCount || !_verifyLeaf(b.stepRoot, b.stepCount, step, _leafHash(step, l), path)) {
            revert BadLeafProof(b.index, step);
        }
    }

    /// @dev The data bytes [from, to) of batch b, from d's chunks, each checked against b's data
    ///      hash (_checkChunk); DataNotOpened unless they cover the range inside the data.
    function _read(Rollup.Batch calldata b, DataOpening calldata d, uint256 from, uint256 to)
        private
        pure
        returns (bytes memory out)
    {
        uint256 k = d.chunks.length;
        uint256 start = uint256(d.first) * CHUNK_SIZE;
        if (d.paths.length != k || from < start || to > start + k * CHUNK_SIZE || to > d.length) {
            revert DataNotOpened(b.index, from, to);
        }
        out = new bytes(to - from);
        for (uint256 i = 0; i < k; i++) {
            bytes calldata c = d.chunks[i];
            if (!_checkChunk(b, d.first + uint64(i), d.root, d.length, c, d.paths[i])) revert DataNotOpened(b.index, from, to);
            uint256 cs = start + i * CHUNK_SIZE;
            uint256 lo = from > cs ? from : cs;
            uint256 hi = to < cs + c.length ? to : cs + c.length;
            if (lo < hi) {
                assembly ("memory-safe") {
                    calldatacopy(add(add(out, 32), sub(lo, from)), add(c.offset, sub(lo, cs)), sub(hi, lo))
                }
            }
        }
    }

    /// @dev Removes batch b (record hash rec) for a refuted leaf and pays the caller the
    ///      sequencer's bond, which the Rollup pays here.
    function _removeForLeaf(Rollup.Batch calldata b, bytes32 rec, uint64 step, uint8 kind) private {
        emit LeafDataRefuted(b.index, rec, step, kind, msg.sender);
        uint256 before = address(this).balance;
        rollup.removeUnavailable(b, msg.sender);
        _pay(msg.sender, address(this).balance - before);
    }

    /// @dev FaultProver.leafHash of l, reverting BadLeafFrontier unless each frontier has one
    ///      node per set bit of its count.
    function _leafHash(uint64 step, FaultProver.Leaf calldata l) private pure returns (bytes32) {
        if (_popcount(l.wcount) != l.wnodes.length || _popcount(l.mcount) != l.mnodes.length) revert BadLeafFrontier(step);
        return keccak256(
            abi.encode(
                l.input,
                l.offset,
                l.length,
                l.root,
                keccak256(abi.encodePacked(l.wcount, l.wnodes)),
                keccak256(abi.encodePacked(l.mcount, l.mnodes))
            )
        );
    }

    function _popcount(uint64 v) private pure returns (uint256 n) {
        while (v != 0) {
            n += v & 1;
            v >>= 1;
        }
    }

    /// @dev b's record hash, reverting UnknownRecord unless b is the record of a batch the Rollup
    ///      holds now.
    function _standing(Rollup.Batch calldata b) private view returns (bytes32 rec) {
        rec = keccak256(abi.encode(b));
        if (b.index >= rollup.batchCount() || rollup.batchHash(b.index) != rec) revert UnknownRecord(b.index, rec);
    }

    /// @dev Checks a resolution against batch b's data hash; returns whether the chunk is in
    ///      the data (else it lies past the end, which resolves the challenge too).
    function _checkChunk(
        Rollup.Batch calldata b,
        uint64 chunk,
        bytes32 root,
        uint64 length,
        bytes calldata data,
        bytes32[] calldata path
    ) private pure returns (bool) {
        bytes32 got = dataHashOf(root, length);
        if (got != b.dataHash) revert DataHashMismatch(b.index, b.dataHash, got);
        if (length > MAX_DATA_SIZE) revert DataTooLarge(length, MAX_DATA_SIZE);
        uint256 count = (uint256(length) + CHUNK_SIZE - 1) / CHUNK_SIZE;
        if (chunk >= count) return false;
        uint256 want = uint256(length) - uint256(chunk) * CHUNK_SIZE;
        if (want > CHUNK_SIZE) want = CHUNK_SIZE;
        if (data.length != want) revert ChunkSizeMismatch(chunk, want, data.length);
        if (!_verifyLeaf(root, count, chunk, keccak256(data), path)) revert BadChunkProof(b.index, chunk);
        return true;
    }

    /// @dev The open challenge of chunk `chunk` of standing batch b, its record hash and key.
    function _find(Rollup.Batch calldata b, uint64 chunk) private view returns (bytes32 rec, bytes32 key, Challenge memory c) {
        rec = _standing(b);
        key = keccak256(abi.encode(rec, chunk));
        c = _open(key, b.index, chunk);
    }

    function _open(bytes32 key, uint64 index, uint64 chunk) private view returns (Challenge memory c) {
        c = _challenges[key];
        if (c.status != Status.Open) revert NoOpenChallenge(index, chunk);
    }

    /// @dev Pays `to`, or, when it refuses or needs more than PAY_GAS, owes it (withdraw): a
    ///      challenger or resolver that cannot receive never blocks a resolution or a removal.
    ///      No return data is copied.
    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        bool ok;
        assembly ("memory-safe") {
            ok := call(PAY_GAS, to, amount, 0, 0, 0, 0)
        }
        if (!ok) owed[to] += amount;
    }

    /// @dev Whether leaf is leaf `index` of the positional tree with root `root` over count
    ///      leaves (keccak256(left ‖ right), zero leaves padding to the next power of two;
    ///      rollup.StepTreeRoot's tree, as FaultProver.verifyLeaf). path: the siblings from the
    ///      leaf up, ceil(log2(count)) of them.
    function _verifyLeaf(bytes32 root, uint256 count, uint256 index, bytes32 leaf, bytes32[] calldata path)
        private
        pure
        returns (bool)
    {
        uint256 depth = 0;
        while ((uint256(1) << depth) < count) depth++;
        if (path.length != depth) return false;
        bytes32 h = leaf;
        for (uint256 d = 0; d < depth; d++) {
            h = index & 1 == 0 ? keccak256(abi.encodePacked(h, path[d])) : keccak256(abi.encodePacked(path[d], h));
            index >>= 1;
        }
        return h == root;
    }
}
