// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepTrie} from "./StepTrie.sol";
import {StepDeltaBase} from "./StepDeltaBase.sol";
import {DeltaProofs} from "./DeltaProofs.sol";
import {LossCircuits} from "./LossCircuits.sol";
import {Poseidon2} from "./Poseidon2.sol";

/// @title StepProposals
/// @notice Re-executes propose-delta (0x0b, applyProposeDelta) for StepDeltas, which forwards it
///         with the signed transaction, bare or inside a forced entry (consumed by the
///         StepVerifier's globals write). The manifest, renumbering and multiproof are
///         DeltaProofs'.
/// @dev Keys, in witness order (rollup.StepKeys, deltaKeys): globals, MLSC, epoch, all read
///      only, then account(sender); if it applies: the MLSC (NextProposal, its training-set
///      record created if absent), the epoch, [the due record at its end, if it opens it], the
///      proposal, [its manifest, if it is pending]; then [account(fee recipient)], [globals:
///      units].
contract StepProposals is StepDeltaBase {
    uint8 private constant TX_PROPOSE_DELTA = 0x0b;
    /// @dev rollup.MaxDeltaProposals, MaxCIDLen; DeltaPending, DeltaReady.
    uint256 private constant MAX_DELTA_PROPOSALS = 16;
    uint256 private constant MAX_CID_LEN = 128;
    uint256 private constant DELTA_PENDING = 1;
    uint256 private constant DELTA_READY = 2;

    /// @notice rollup.Config.MinDeltaDepositOrDefault: the least deposit of a delta proposal.
    uint256 public immutable minDeltaDeposit;
    /// @notice The manifest, renumbering, multiproof and chunk code.
    DeltaProofs public immutable proofs;
    /// @notice The chain's circuit table: a proposal's new size must have a circuit.
    LossCircuits public immutable circuits;

    /// @notice A propose-delta body as rollup decodes it: [nonce, mlsc, cid, manifest, newRoot,
    ///         newSize, deposit (amount), leaves, siblings], the proof leaves then siblings.
    struct Body {
        uint64 nonce;
        uint64 mlsc;
        uint256 amount;
        bytes cid;
        bytes manifest;
        bytes32 newRoot;
        uint64 newSize;
        uint256[] proof;
        uint256 proofLen;
    }

    constructor(StepTrie trie_, uint64 deltaPeriod_, uint256 minDeltaDeposit_, DeltaProofs proofs_, LossCircuits circuits_)
        StepDeltaBase(trie_, deltaPeriod_)
    {
        minDeltaDeposit = minDeltaDeposit_;
        proofs = proofs_;
        circuits = circuits_;
    }

    /// @notice Re-executes d (signature checked by the StepVerifier, its RLP body in d.inner)
    ///         from exec x with witness w, as StepDeltas.runDeltas does the votes.
    function runProposals(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool valid, Exec memory)
    {
        uint256 g = gasleft();
        try this.decodeBody(d.inner) returns (Body memory b) {
            d.nonce = b.nonce;
            valid = _proposeDelta(ctx, x, w, d, b);
            if (!valid) x.units = 0;
        } catch {
            _notStarved(g);
            valid = false;
        }
        return (valid, x);
    }

    /// @notice Decodes a propose-delta body as go-ethereum's rlp decodes rollup.ProposeDelta;
    ///         reverts on anything it rejects.
    function decodeBody(bytes memory body) external view returns (Body memory b) {
        DeltaProofs.ProposalBody memory p = proofs.decodeProposal(body);
        (b.nonce, b.mlsc, b.cid, b.manifest, b.newRoot) = (p.nonce, p.mlsc, p.cid, p.manifest, p.newRoot);
        (b.newSize, b.amount, b.proof, b.proofLen) = (p.newSize, p.deposit, p.proof, p.proofLen);
    }

    // ---------------------------------------------------------------------------------------
    // Propose-delta.

    /// @dev What a proposal decides on: its manifest, the MLSC's current set and next id.
    struct Proposal {
        DeltaProofs.Manifest man;
        bytes headCID;
        bytes32 headRoot;
        uint64 headSize;
        uint64 id;
        bool ready;
        uint256 steps;
        uint256 root;
    }

    /// @dev applyProposeDelta: a live MLSC; the deposit at least minDeltaDeposit and at most
    ///      the balance after the fee; a CID of at most 128 bytes, cid.Cast and da.Verify of the
    ///      manifest; the manifest decodes and patches the MLSC's current set, with the model's
    ///      width and at most its outputs as classes, to the claimed size; a circuit for that
    ///      size; fewer than 16 proposals in the epoch; the proof opens the current root (and a
    ///      removal-only patch leads to the claimed root). Then the deposit is taken, the MLSC's
    ///      NextProposal counted, the epoch opened or appended to, and the proposal recorded.
    function _proposeDelta(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b)
        private
        view
        returns (bool)
    {
        (bool ok, Reads memory q) = _reads(ctx, x, w, d, b.mlsc, false, 0);
        if (!ok) return false;
        Proposal memory pr;
        (ok, pr) = _proposalOk(b, q);
        if (!ok) return false;
        uint256 paid = _pay(ctx, d, q);
        q.a.balance -= b.amount;
        _writeAccount(x, w, d.from, q.a, q.slot);
        bytes[] memory m = _withData(q.m);
        {
            RLPReader.RLPItem[] memory ds = RLPReader.readList(m[MLSC_FIELDS]);
            bytes[] memory dsf = new bytes[](8);
            for (uint256 i = 0; i < 8; i++) {
                dsf[i] = RLPReader.readRawBytes(ds[i]);
            }
            dsf[6] = RLPWriter.writeUint(uint256(pr.id) + 1);
            m[MLSC_FIELDS] = RLPWriter.writeList(dsf);
        }
        _rewrite(x, w, _mlscKey(b.mlsc), RLPWriter.writeList(m));
        uint64 epoch;
        if (q.e.length != 0) {
            epoch = uint64(_int(q.e[1], 8));
            q.e[E_PROPOSALS] = RLPWriter.writeList(_push(_items(q.e[E_PROPOSALS]), RLPWriter.writeUint(pr.id)));
            _rewrite(x, w, _epochKey(b.mlsc), RLPWriter.writeList(q.e));
        } else {
            uint64 end;
            (epoch, end) = _epochAt(m, uint64(_int(q.g[G_HEIGHT], 8)));
            bytes[] memory e = new bytes[](6);
            e[0] = RLPWriter.writeUint(b.mlsc);
            e[1] = RLPWriter.writeUint(epoch);
            e[2] = RLPWriter.writeUint(end);
            bytes[] memory one = new bytes[](1);
            one[0] = RLPWriter.writeUint(pr.id);
            (e[3], e[4], e[5]) = (RLPWriter.writeList(one), hex"c0", hex"c0");
            _rewrite(x, w, _epochKey(b.mlsc), RLPWriter.writeList(e));
            _fileEpoch(x, w, end, b.mlsc);
        }
        _rewrite(x, w, _proposalKey(b.mlsc, pr.id), _proposalRecord(d, b, q, pr, epoch));
        if (!pr.ready) _rewrite(x, w, abi.encodePacked(bytes1(0x76), b.mlsc, pr.id), RLPWriter.writeBytes(b.manifest)); // DeltaManifestKey
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev Whether propose-delta b may apply on the reads q (the fee paid).
    function _proposalOk(Body memory b, Reads memory q) private view returns (bool, Proposal memory pr) {
        if (q.m.length < MLSC_FIELDS || _int(q.m[6], 1) == PHASE_DONE) return (false, pr);
        if (b.amount < minDeltaDeposit || q.a.balance - q.fee < b.amount || b.cid.length > MAX_CID_LEN) return (false, pr);
        (bool ok, bytes32 digest) = proofs.cidDigest(b.cid);
        if (!ok || sha256(b.manifest) != digest) return (false, pr);
        (ok, pr.man) = proofs.checkManifest(b.manifest);
        if (!ok) return (false, pr);
        RLPReader.RLPItem[] memory spec = RLPReader.readList(q.m[2]);
        if (q.m.length > MLSC_FIELDS) {
            RLPReader.RLPItem[] memory ds = RLPReader.readList(q.m[MLSC_FIELDS]);
            (pr.headCID, pr.headRoot, pr.headSize) = (RLPReader.readBytes(ds[0]), _fixed(ds[1], 32), uint64(_intItem(ds[2], 8)));
            pr.id = uint64(_intItem(ds[6], 8));
        } else {
            (pr.headCID, pr.headRoot, pr.headSize) = (RLPReader.readBytes(spec[3]), _fixed(spec[4], 32), uint64(_intItem(spec[5], 8)));
        }
        if (keccak256(pr.man.parent) != keccak256(pr.headCID)) return (false, pr);
        if (pr.man.baseRoot != pr.headRoot || pr.man.baseSize != pr.headSize) return (false, pr);
        if (!_shapeOk(spec, pr.man, b.newSize)) return (false, pr);
        if (q.e.length != 0 && _items(q.e[E_PROPOSALS]).length >= MAX_DELTA_PROPOSALS) return (false, pr);
        return (_rootOk(b, pr), pr);
    }

    /// @dev The model's width, at most its outputs as classes, the patch's size claimed, and a
    ///      circuit for the spec at that size (Verifier.Supports).
    function _shapeOk(RLPReader.RLPItem[] memory spec, DeltaProofs.Manifest memory man, uint64 newSize)
        private
        view
        returns (bool)
    {
        RLPReader.RLPItem[] memory ls = RLPReader.readList(spec[0]);
        uint32[] memory layers = new uint32[](ls.length);
        for (uint256 i = 0; i < ls.length; i++) {
            layers[i] = uint32(_intItem(ls[i], 4));
        }
        if (man.width != layers[0] || man.classes > layers[ls.length - 1]) return false;
        if (newSize != man.baseSize - man.r + man.added) return false;
        uint8 loss = uint8(_intItem(spec[1], 1));
        return circuits.circuitFor(layers, loss, uint32(_intItem(spec[10], 4)), newSize) != 0;
    }

    /// @dev The running root: the current root lifted to the patch's depth and, for a small
    ///      removal (Manifest.ProposalApplies), every write applied with the proof (none
    ///      otherwise); with no delta-data step left it must be the claimed root, lifted (ready).
    function _rootOk(Body memory b, Proposal memory pr) private view returns (bool) {
        if (uint256(b.newRoot) >= Poseidon2.R || uint256(pr.headRoot) >= Poseidon2.R) return false;
        DeltaProofs.Manifest memory m = pr.man;
        uint256 d = proofs.depthOf(m.baseSize, b.newSize);
        pr.root = proofs.lift(uint256(pr.headRoot), proofs.depthOf(m.baseSize, 1), d);
        bool ok;
        bool inProposal;
        (,, inProposal, pr.steps) = proofs.steps(m.r, m.added, m.c, d);
        if (inProposal) {
            (ok, pr.root) = proofs.tailStep(
                DeltaProofs.StepIn({
                    man: b.manifest,
                    baseSize: m.baseSize,
                    r: m.r,
                    added: 0,
                    depth: d,
                    start: 0,
                    leaves: new uint256[](0),
                    g: type(uint256).max, // DeltaProofs.WHOLE: every removal unit
                    root: pr.root,
                    proof: b.proof,
                    proofLen: b.proofLen
                })
            );
            if (!ok) return false;
        } else {
            for (uint256 i = 0; i < b.proof.length; i++) {
                if (b.proof[i] >= Poseidon2.R) return false;
            }
            if (b.proof.length != 0) return false;
        }
        pr.ready = pr.steps == 0;
        return !pr.ready || pr.root == proofs.lift(uint256(b.newRoot), proofs.depthOf(b.newSize, 1), d);
    }

    /// @dev rollup.DeltaProposal as the Go STF records a new one (DeltaProofs.proposalRecord).
    function _proposalRecord(Tx memory d, Body memory b, Reads memory q, Proposal memory pr, uint64 epoch)
        private
        view
        returns (bytes memory)
    {
        DeltaProofs.NewProposal memory n = DeltaProofs.NewProposal({
            mlsc: b.mlsc,
            id: pr.id,
            epoch: epoch,
            height: q.g[G_HEIGHT],
            proposer: d.from,
            cid: b.cid,
            steps: pr.steps,
            baseRoot: pr.headRoot,
            baseSize: pr.headSize,
            newRoot: b.newRoot,
            newSize: b.newSize,
            deposit: b.amount,
            ready: pr.ready,
            root: pr.root
        });
        return proofs.proposalRecord(n);
    }
}
