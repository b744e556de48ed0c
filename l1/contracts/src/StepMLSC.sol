// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {ILossVerifier} from "./ILossVerifier.sol";
import {LossCircuits} from "./LossCircuits.sol";
import {StepProofs} from "./StepProofs.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepMLSC
/// @notice Re-executes create-mlsc (0x04, rollup/stf.go applyCreate) for the StepVerifier, which
///         checks the signature and calls runCreate with the body: nonce and L2 fee, the spec's
///         rules (MLSCSpec.Validate, mlp.Shape.Validate), the chain's support for its circuit
///         (LossCircuits.circuitFor, the L2 verifier's Supports), the deadline after the block's
///         L1 view, the bounty at least minBounty and at most the balance left after the fee;
///         then the bounty escrowed, the MLSC record and its first round written as the Go STF
///         encodes them, the MLSC filed in the due index and NextMLSC counted up.
/// @dev Keys, in witness order (rollup.StepKeys): globals ro, account(sender), then if it applies
///      mlsc(id), round(id, 1), due(height + commitBlocks), [account(fee recipient)], globals
///      (NextMLSC, units; inside a forced entry also ForcedConsumed). Every rejection is decided
///      on the first two, before any write.
/// @notice What a loss-proof step asks the Rollup: the verifier registered for a circuit.
interface ICircuitRegistry {
    function verifierOf(bytes32 circuit) external view returns (address verifier, bool batch, bool fromKey, bool used);
}

contract StepMLSC is StepState {
    /// @dev rollup.MaxCIDLen, MaxSampleCount, MaxWindow; mlp.MaxLayers, MaxLayerSize.
    uint256 private constant MAX_CID_LEN = 128;
    uint256 private constant MAX_SAMPLE_COUNT = 1024;
    uint256 private constant MAX_WINDOW = 1 << 20;
    uint256 private constant MAX_LAYERS = 8;
    uint256 private constant MAX_LAYER_SIZE = 4096;
    /// @dev rollup.MLSCSpec's fields: 16 required, then DeadlineL1, InitWeights, UseFee (optional).
    uint256 private constant SPEC_FIELDS = 16;

    /// @notice A create-mlsc's body as rollup.CreateMLSC decodes it: the fields StepMLSC decides
    ///         on, and the spec as the MLSC record encodes it.
    struct Create {
        uint64 nonce;
        uint256 bounty;
        uint32[] layers;
        uint8 loss;
        uint256 initCIDLen;
        bytes initCID;
        uint256 datasetCIDLen;
        uint64 datasetSize;
        uint8 optimizer;
        uint32 batchSize;
        uint32 sampleCount;
        uint64 commitBlocks;
        uint64 revealBlocks;
        uint64 proofBlocks;
        uint32 maxRounds;
        uint64 deadlineL1;
        bytes32 initWeights;
        /// @dev rlp(spec) as go-ethereum writes rollup.MLSCSpec (the body's, which must be
        ///      canonical: trailing optional fields at their zero value left out).
        bytes spec;
    }

    /// @notice A loss proof's body (rollup.LossProof): [nonce, mlsc, round, proof[, rewardTo]].
    struct LossBody {
        uint64 nonce;
        uint64 mlsc;
        uint64 round;
        bytes proof;
        address rewardTo;
    }

    /// @notice The proof verifier ran out of gas: the challenge gave too little to decide.
    error VerifierOutOfGas();

    /// @dev The gas a proof's verification gets: several times what the Rollup's verifiers use
    ///      (about 220k for a version-1 proof, 330k for a version-2 one with its commitment).
    uint256 private constant VERIFY_GAS = 2_000_000;
    /// @dev rollup.PhaseProof.
    uint256 private constant PHASE_PROOF = 3;

    /// @notice The chain's circuit table (which specs the L2 verifier supports).
    LossCircuits public immutable circuits;
    /// @notice rollup.Config.MinBountyOrDefault: the least bounty a create-mlsc escrows.
    uint256 public immutable minBounty;
    /// @notice The contract that re-executes an applied loss proof's effects for this one.
    StepProofs public immutable proofs;

    constructor(StepTrie trie_, LossCircuits circuits_, uint256 minBounty_, StepProofs proofs_) StepState(trie_) {
        circuits = circuits_;
        minBounty = minBounty_;
        proofs = proofs_;
    }

    /// @notice Re-executes create-mlsc d (signature checked by the StepVerifier, its RLP body in
    ///         d.inner) from exec x with witness w; returns whether it applies and the exec after
    ///         it. A body rollup.DecodeTx rejects is not valid and reads nothing; a rejected one
    ///         leaves the cursor past the two reads it decides on (globals, sender), as a forced
    ///         entry that wraps it spends them. Inside a forced entry (x.forced) an applied one's
    ///         globals write consumes the entry (x.forcedOutOfOrder if it is not the next).
    function runCreate(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool valid, Exec memory)
    {
        uint256 at = x.next;
        uint256 g = gasleft();
        try this.decodeCreate(d.inner) returns (Create memory c) {
            d.nonce = c.nonce;
            valid = _create(ctx, x, w, d, c);
            if (!valid) {
                x.next = at + 2;
                x.units = 0;
            }
        } catch {
            _notStarved(g);
            valid = false;
        }
        return (valid, x);
    }

    /// @notice Decodes a create-mlsc body ([nonce, spec, bounty]) as rollup.DecodeTx decodes
    ///         rollup.CreateMLSC (go-ethereum's rlp, then checkCanonicalSpec); reverts on
    ///         anything it rejects.
    function decodeCreate(bytes memory body) external pure returns (Create memory c) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == 3, "fields");
        c.nonce = uint64(_intItem(f[0], 8));
        c.bounty = _intItem(f[2], 32);
        RLPReader.RLPItem[] memory s = RLPReader.readList(f[1]);
        require(s.length >= SPEC_FIELDS && s.length <= SPEC_FIELDS + 3, "spec fields");
        RLPReader.RLPItem[] memory l = RLPReader.readList(s[0]);
        c.layers = new uint32[](l.length);
        for (uint256 i = 0; i < l.length; i++) {
            c.layers[i] = uint32(_intItem(l[i], 4));
        }
        c.loss = uint8(_intItem(s[1], 1));
        c.initCID = RLPReader.readBytes(s[2]);
        c.initCIDLen = c.initCID.length;
        c.datasetCIDLen = RLPReader.readBytes(s[3]).length;
        _fixed(s[4], 32); // DatasetRoot
        c.datasetSize = uint64(_intItem(s[5], 8));
        c.optimizer = uint8(_intItem(s[6], 1));
        _intItem(s[7], 4); // LearningRate
        c.batchSize = uint32(_intItem(s[8], 4));
        _intItem(s[9], 4); // Epochs
        c.sampleCount = uint32(_intItem(s[10], 4));
        c.commitBlocks = uint64(_intItem(s[11], 8));
        c.revealBlocks = uint64(_intItem(s[12], 8));
        c.proofBlocks = uint64(_intItem(s[13], 8));
        c.maxRounds = uint32(_intItem(s[14], 4));
        _intItem(s[15], 8); // TargetLoss
        // DecodeTx refuses a spec that spells out a trailing optional field at its zero value
        // (checkCanonicalSpec: go-ethereum writes up to the last one that is not zero, by
        // reflect's IsZero, so a UseFee present at all counts): the spec is then what the
        // record holds, byte for byte.
        uint256 n = SPEC_FIELDS;
        if (s.length > 16) {
            c.deadlineL1 = uint64(_intItem(s[16], 8));
            if (c.deadlineL1 != 0) n = 17;
        }
        if (s.length > 17) {
            c.initWeights = _fixed(s[17], 32);
            if (c.initWeights != 0) n = 18;
        }
        if (s.length > 18) {
            _intItem(s[18], 32); // UseFee
            n = 19;
        }
        require(n == s.length, "spec not canonical");
        c.spec = RLPReader.readRawBytes(f[1]);
    }

    /// @notice Decides loss proof d (signature checked by the StepVerifier, its RLP body in
    ///         d.inner) from exec x with witness w as applyLossProof does up to its first write:
    ///         nonce (a loss proof pays no fee), State.ClaimOf (the MLSC's current round in its
    ///         proof phase, a best claim, not slashed), the circuit (LossCircuits.circuitFor) and
    ///         Claim.Validate, then the proof against the claim's digest (LossCircuits.claimDigest)
    ///         with the verifier the Rollup holds for the circuit. A step that fails any of them
    ///         is not valid (the cursor past its three reads); one that passes applies, its
    ///         effects re-executed by StepProofs.runApplied. A proof of a circuit the Rollup has
    ///         no verifier for is not valid: verifiers are only ever added, and submitBatch
    ///         verifies every proof a batch lists, so no batch that lists its applied proofs
    ///         (an honest one) ever applied it (docs/contracts.md, the 0x09 row).
    /// @dev Keys: mlsc(id) ro, account(sender) ro, round(id, round) (read only unless the proof
    ///      applies: then StepProofs writes it with the same proof), then StepProofs'.
    function runLossProof(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool, Exec memory)
    {
        uint256 at = x.next;
        LossBody memory b;
        uint256 g = gasleft();
        try this.decodeLossProof(d.inner) returns (LossBody memory got) {
            b = got;
        } catch {
            _notStarved(g);
            return (false, x);
        }
        (bool ok, StepProofs.Applied memory p) = _lossProofOk(ctx, x, w, d.from, b);
        if (ok) return (true, proofs.runApplied(x, w, p));
        x.next = at + 3;
        x.units = 0;
        return (false, x);
    }

    /// @notice Decodes a loss proof's body as rollup.DecodeTx does (a zero rewardTo spelled out
    ///         is not canonical); reverts on anything it rejects.
    function decodeLossProof(bytes memory body) external pure returns (LossBody memory b) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == 4 || f.length == 5, "fields");
        b.nonce = uint64(_intItem(f[0], 8));
        b.mlsc = uint64(_intItem(f[1], 8));
        b.round = uint64(_intItem(f[2], 8));
        b.proof = RLPReader.readBytes(f[3]);
        if (f.length == 5) {
            b.rewardTo = _addr(f[4]);
            require(b.rewardTo != address(0), "reward address not canonical");
        }
    }

    /// @dev Whether loss proof b from `from` passes every check of applyLossProof, and if so
    ///      what StepProofs applies.
    function _lossProofOk(Context calldata ctx, Exec memory x, bytes[] calldata w, address from, LossBody memory b)
        private
        view
        returns (bool, StepProofs.Applied memory p)
    {
        bool mok;
        bool rok;
        (mok, p.mrec,) = _read(x, w, abi.encodePacked(bytes1(0x6d), b.mlsc)); // rollup.MLSCKey
        (Account memory a,) = _readAccount(x, w, from);
        // The round last: an applied proof writes it with this proof (StepProofs, roundSlot).
        (rok, p.rrec, p.roundSlot) = _read(x, w, abi.encodePacked(bytes1(0x72), b.mlsc, b.round)); // rollup.RoundKey
        if (b.nonce != a.nonce || !mok) return (false, p);
        LossCircuits.Claim memory c;
        (mok, c, p.circuit) = _claimOf(b, p.mrec, rok, p.rrec);
        if (!mok) return (false, p);
        p.digest = circuits.claimDigest(c);
        if (!_verify(ctx, p.circuit, b.proof, p.digest)) return (false, p);
        (p.mlsc, p.round, p.from, p.rewardTo) = (b.mlsc, b.round, from, b.rewardTo);
        p.best = _intItem(RLPReader.readList(p.rrec)[5], 8);
        return (true, p);
    }

    /// @dev State.ClaimOf(b.mlsc, b.round) from the MLSC and round records, its circuit and
    ///      Claim.Validate; false where applyLossProof rejects the step.
    function _claimOf(LossBody memory b, bytes memory mrec, bool rok, bytes memory rrec)
        private
        view
        returns (bool, LossCircuits.Claim memory c, bytes32 circuit)
    {
        bytes memory rkey = abi.encodePacked(bytes1(0x72), b.mlsc, b.round);
        RLPReader.RLPItem[] memory m = RLPReader.readList(mrec);
        if (m.length != 12 && m.length != 13) revert MalformedEntry(abi.encodePacked(bytes1(0x6d), b.mlsc));
        if (_intItem(m[4], 8) != b.round || _intItem(m[6], 1) != PHASE_PROOF) return (false, c, 0); // roundFor
        if (!rok) revert MalformedEntry(rkey); // the MLSC's current round has a record
        RLPReader.RLPItem[] memory r = RLPReader.readList(rrec);
        if (r.length != 8 && r.length != 9) revert MalformedEntry(rkey);
        uint256 best = _intItem(r[5], 8);
        if (best == 0 || _intItem(r[7], 1) != 0 || _intItem(r[6], 1) != 0) return (false, c, 0); // ErrNoClaim; slashed; proven
        c = _claim(m[2], RLPReader.readRawBytes(r[3]), best - 1, rkey);
        c.seed = _fixed(r[4], 32);
        c.mlsc = b.mlsc;
        c.round = b.round;
        circuit = _circuitOfSpec(m[2]);
        if (circuit == 0) return (false, c, 0); // Verify: no key for the spec's circuit
        // Claim.Validate: canonical field elements, 1 <= N <= 2^depth.
        uint256 fr = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
        if (uint256(c.weightCommitment) >= fr || uint256(c.datasetRoot) >= fr || uint256(c.traceRoot) >= fr) {
            return (false, c, 0);
        }
        if (c.n == 0 || c.n > uint256(1) << circuits.depthOf(c.n)) return (false, c, 0);
        return (true, c, circuit);
    }

    /// @dev The claim's fields from the MLSC's spec (dataset root and size) and reveal i of the
    ///      round's reveals list (trainer, weight commitment, trace root, claimed loss sum).
    function _claim(RLPReader.RLPItem memory specItem, bytes memory reveals, uint256 i, bytes memory rkey)
        private
        pure
        returns (LossCircuits.Claim memory c)
    {
        RLPReader.RLPItem[] memory s = RLPReader.readList(specItem);
        c.datasetRoot = _fixed(s[4], 32);
        c.n = uint64(_intItem(s[5], 8));
        (uint256 off, uint256 len,) = _header(reveals, 0);
        uint256 p = off;
        for (uint256 k = 0; k < i; k++) {
            (uint256 o, uint256 l,) = _header(reveals, p);
            p += o + l;
        }
        if (p >= off + len) revert MalformedEntry(rkey);
        (uint256 ro, uint256 rl,) = _header(reveals, p);
        bytes memory rec = new bytes(ro + rl);
        for (uint256 k = 0; k < rec.length; k++) {
            rec[k] = reveals[p + k];
        }
        RLPReader.RLPItem[] memory v = RLPReader.readList(rec); // rollup.RevealRecord
        c.trainer = _addr(v[0]);
        c.weightCommitment = _fixed(v[2], 32);
        c.traceRoot = _fixed(v[4], 32);
        c.claimedLossSum = uint64(_intItem(v[5], 8));
    }

    /// @dev LossCircuits.circuitFor of the spec's layers, loss, sample count and dataset size.
    function _circuitOfSpec(RLPReader.RLPItem memory specItem) private view returns (bytes32) {
        RLPReader.RLPItem[] memory s = RLPReader.readList(specItem);
        RLPReader.RLPItem[] memory l = RLPReader.readList(s[0]);
        uint32[] memory layers = new uint32[](l.length);
        for (uint256 i = 0; i < l.length; i++) {
            layers[i] = uint32(_intItem(l[i], 4));
        }
        return circuits.circuitFor(layers, uint8(_intItem(s[1], 1)), uint32(_intItem(s[10], 4)), uint64(_intItem(s[5], 8)));
    }

    /// @dev Whether proof verifies for digest with the Rollup's verifier of circuit, given
    ///      VERIFY_GAS. False when the Rollup has none (runLossProof says why); reverts
    ///      VerifierOutOfGas when less than that is left (a challenger must not make an honest
    ///      proof look invalid by starving its verifier).
    function _verify(Context calldata ctx, bytes32 circuit, bytes memory proof, uint256 digest) private view returns (bool) {
        (address v,,,) = ICircuitRegistry(ctx.rollup).verifierOf(circuit);
        if (v == address(0)) return false;
        // A fixed budget, all of it forwarded (EIP-150 keeps 1/64 back), so that a failure is
        // the proof's, not the gas the challenger sent.
        if (gasleft() < VERIFY_GAS + VERIFY_GAS / 63 + 10_000) revert VerifierOutOfGas();
        try ILossVerifier(v).verifyProof{gas: VERIFY_GAS}(proof, [digest]) {
            return true;
        } catch {
            return false;
        }
    }

    /// @dev MLSCSpec.Validate (mlp.Shape.Validate included), then the chain's support for its
    ///      circuit.
    function _specOk(Create memory c) private view returns (bool) {
        uint256 n = c.layers.length;
        if (n < 2 || n > MAX_LAYERS) return false;
        for (uint256 i = 0; i < n; i++) {
            if (c.layers[i] < 1 || c.layers[i] > MAX_LAYER_SIZE) return false;
        }
        if (c.loss != 1 && !(c.loss == 2 && c.layers[n - 1] >= 2)) return false;
        if (c.datasetCIDLen == 0 || c.datasetCIDLen > MAX_CID_LEN || c.initCIDLen > MAX_CID_LEN) return false;
        if (c.initWeights != 0 && c.initCIDLen == 0) return false;
        if (c.datasetSize == 0 || (c.optimizer != 1 && c.optimizer != 2) || c.batchSize == 0) return false;
        if (c.sampleCount == 0 || c.sampleCount > MAX_SAMPLE_COUNT) return false;
        if (c.commitBlocks == 0 || c.revealBlocks == 0 || c.proofBlocks == 0) return false;
        if (c.commitBlocks > MAX_WINDOW || c.revealBlocks > MAX_WINDOW || c.proofBlocks > MAX_WINDOW) return false;
        if (c.maxRounds == 0) return false;
        return circuits.circuitFor(c.layers, c.loss, c.sampleCount, c.datasetSize) != 0;
    }

    /// @dev What a create reads before it decides: the globals' fields, the sender's account and
    ///      its proof's slot, the fee.
    struct Reads {
        bytes[] g;
        Account a;
        uint256 slot;
        uint256 fee;
    }

    function _create(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Create memory c)
        private
        view
        returns (bool)
    {
        Reads memory q;
        (bool ok, bytes memory rec,) = _read(x, w, _globalsKey()); // read only
        if (!ok) revert MalformedEntry(_globalsKey());
        q.g = _globals(rec);
        (q.a, q.slot) = _readAccount(x, w, d.from);
        if (ctx.fees.targetUnits != 0) {
            uint256 base = _baseFee(ctx.fees, q.g);
            if (d.feeCap != 0 && d.feeCap < base) return false;
            x.units = _units(d);
            q.fee = x.units * base;
        }
        if (d.nonce != q.a.nonce || q.a.balance < q.fee) return false;
        if (!_specOk(c)) return false;
        if (c.deadlineL1 != 0 && c.deadlineL1 <= _int(q.g[2], 8)) return false; // L1Number
        if (c.bounty < minBounty || q.a.balance - q.fee < c.bounty) return false;
        _apply(ctx, x, w, d, c, q);
        return true;
    }

    /// @dev The writes of an applied create: the sender (fee, bounty, nonce), the MLSC, its first
    ///      round, the due record, [the fee recipient], the globals.
    function _apply(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Create memory c, Reads memory q)
        private
        view
    {
        uint64 id = uint64(_int(q.g[G_NEXT_MLSC], 8));
        uint64 height = uint64(_int(q.g[G_HEIGHT], 8));
        uint256 paid = _feePaid(ctx.fees, q.fee);
        q.a.balance -= q.fee + c.bounty;
        q.a.nonce += 1;
        if (paid != 0 && ctx.fees.recipient == d.from) {
            q.a.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, d.from, q.a, q.slot);
        _newEntry(x, w, abi.encodePacked(bytes1(0x6d), id), _record(d.from, c, id, height)); // rollup.MLSCKey
        _newEntry(x, w, abi.encodePacked(bytes1(0x72), id, uint64(1)), _firstRound(id)); // rollup.RoundKey
        _fileDue(x, w, height + c.commitBlocks, id);
        if (paid != 0) _creditRecipient(ctx.fees, x, w, paid);
        (bytes[] memory g, uint256 gslot) = _readGlobals(x, w);
        g[G_NEXT_MLSC] = RLPWriter.writeUint(id + 1);
        if (x.forced) {
            // This write also consumes the forced entry (a key is written once per step).
            uint256 consumed = g.length > G_FORCED ? _int(g[G_FORCED], 8) : 0;
            if (consumed != x.forcedIndex) x.forcedOutOfOrder = true;
            g = _setGlobal(g, G_FORCED, RLPWriter.writeUint(consumed + 1));
        }
        g = _addUnits(x, g);
        _write(x, w, _globalsKey(), RLPWriter.writeList(g), gslot);
    }

    /// @dev Writes rec at key, which must not exist (a new MLSC's records).
    function _newEntry(Exec memory x, bytes[] calldata w, bytes memory key, bytes memory rec) private view {
        (bool ok,, uint256 slot) = _read(x, w, key);
        if (ok) revert MalformedEntry(key);
        _write(x, w, key, rec, slot);
    }

    /// @dev rollup.MLSC of a new MLSC: rlp([ID, Creator, Spec, Escrow, Round 1, RoundStart
    ///      height, Phase commit, BestCheckpointCID = InitCheckpointCID, BestWeights =
    ///      InitWeights, BestLossSum = 2^64 - 1, BestTrainer zero, RoundsWon 0]).
    function _record(address from, Create memory c, uint64 id, uint64 height) private pure returns (bytes memory) {
        bytes[] memory f = new bytes[](12);
        f[0] = RLPWriter.writeUint(id);
        f[1] = RLPWriter.writeAddress(from);
        f[2] = c.spec;
        f[3] = RLPWriter.writeUint(c.bounty);
        f[4] = RLPWriter.writeUint(1);
        f[5] = RLPWriter.writeUint(height);
        f[6] = RLPWriter.writeUint(1); // rollup.PhaseCommit
        f[7] = RLPWriter.writeBytes(c.initCID);
        f[8] = RLPWriter.writeBytes(abi.encodePacked(c.initWeights));
        f[9] = RLPWriter.writeUint(type(uint64).max);
        f[10] = RLPWriter.writeAddress(address(0));
        f[11] = RLPWriter.writeUint(0);
        return RLPWriter.writeList(f);
    }

    /// @dev rollup.Round{MLSC: id, Round: 1}: rlp([id, 1, [], [], zero seed, 0, false, false]).
    function _firstRound(uint64 id) private pure returns (bytes memory) {
        bytes[] memory f = new bytes[](8);
        f[0] = RLPWriter.writeUint(id);
        f[1] = RLPWriter.writeUint(1);
        f[2] = hex"c0";
        f[3] = hex"c0";
        f[4] = RLPWriter.writeBytes(abi.encodePacked(bytes32(0)));
        f[5] = RLPWriter.writeUint(0);
        f[6] = hex"80";
        f[7] = hex"80";
        return RLPWriter.writeList(f);
    }

    /// @dev State.schedule of a new MLSC: id into the due record at h (rollup.Due: rlp([MLSCs[,
    ///      Epochs]])), created if absent. Every MLSC filed has a lower id than NextMLSC, so the
    ///      id goes at the end of the sorted list.
    function _fileDue(Exec memory x, bytes[] calldata w, uint64 h, uint64 id) private view {
        bytes memory key = abi.encodePacked(bytes1(0x64), h); // rollup.DueKey
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        bytes[] memory out;
        if (!ok) {
            bytes[] memory one = new bytes[](1);
            one[0] = RLPWriter.writeUint(id);
            out = new bytes[](1);
            out[0] = RLPWriter.writeList(one);
        } else {
            RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
            if (f.length != 1 && f.length != 2) revert MalformedEntry(key);
            out = new bytes[](f.length);
            bytes memory ids = RLPReader.readRawBytes(f[0]);
            if (ids.length == 0 || uint8(ids[0]) < 0xc0) revert MalformedEntry(key);
            bytes[] memory parts = new bytes[](2);
            parts[0] = _payload(ids);
            parts[1] = RLPWriter.writeUint(id);
            out[0] = RLPWriter.writeList(parts);
            if (f.length == 2) out[1] = RLPReader.readRawBytes(f[1]);
        }
        _write(x, w, key, RLPWriter.writeList(out), slot);
    }

    /// @dev The payload of RLP list l (its items, without the header).
    function _payload(bytes memory l) private pure returns (bytes memory p) {
        uint256 h = uint8(l[0]) <= 0xf7 ? 1 : 1 + uint8(l[0]) - 0xf7;
        p = new bytes(l.length - h);
        for (uint256 i = 0; i < p.length; i++) {
            p[i] = l[h + i];
        }
    }
}
