// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepTrie} from "./StepTrie.sol";
import {StepDeltaBase} from "./StepDeltaBase.sol";
import {StepProposals} from "./StepProposals.sol";
import {StepDeltaData} from "./StepDeltaData.sol";

/// @title StepDeltas
/// @notice Re-executes the training-set votes for the StepVerifier (rollup/delta.go): vote-delta
///         (0x0c, applyVoteDelta), propose-period (0x0e, applyProposePeriod, with openEpoch: the
///         MLSC's training-set record created if it has none, the epoch opened and filed in the
///         due record of its end) and vote-period (0x0f, applyVotePeriod), with the nonce and the
///         L2 fee as ApplyTx takes them. The StepVerifier checks the signature and calls runDeltas with
///         the body. Propose-delta (0x0b) and delta-data (0x0d) are not re-executed here.
/// @dev Keys, in witness order (rollup.StepKeys, deltaKeys): globals, MLSC, epoch, [vote-delta:
///      proposal voted for], all read only, then account(sender); if it applies: vote-delta
///      [the proposal the sender's earlier vote backed, if another], the proposal, the epoch;
///      propose-period [the MLSC, if it opens the epoch], the epoch, [the due record at its end,
///      if it opens it]; vote-period the epoch; then [account(fee recipient)], [globals: units].
///      Every rejection is decided on the reads, before any write. Records are rewritten field
///      by field from their raw RLP items, as go-ethereum encodes rollup's structs.
contract StepDeltas is StepDeltaBase {
    uint8 private constant TX_VOTE_DELTA = 0x0c;
    uint8 private constant TX_PROPOSE_PERIOD = 0x0e;
    uint8 private constant TX_VOTE_PERIOD = 0x0f;
    /// @dev rollup.MaxPeriodProposals, MaxDeltaVoters, MaxPeriod; PhaseDone; DeltaRejected.
    uint256 private constant MAX_PERIOD_PROPOSALS = 8;
    uint256 private constant MAX_DELTA_VOTERS = 1024;
    uint256 private constant MAX_PERIOD = 1 << 24;

    /// @notice Re-execute propose-delta and delta-data.
    StepProposals public immutable proposals;
    StepDeltaData public immutable deltaData;

    /// @notice A body as rollup decodes it: vote-delta [nonce, mlsc, proposal, amount];
    ///         propose-period [nonce, mlsc, blocks]; vote-period [nonce, mlsc, proposal]. arg is
    ///         the proposal or the blocks.
    struct Body {
        uint64 nonce;
        uint64 mlsc;
        uint64 arg;
        uint256 amount;
    }

    constructor(StepTrie trie_, uint64 deltaPeriod_, StepProposals proposals_, StepDeltaData deltaData_)
        StepDeltaBase(trie_, deltaPeriod_)
    {
        proposals = proposals_;
        deltaData = deltaData_;
    }

    /// @notice Re-executes d (signature checked by the StepVerifier, its RLP body in d.inner)
    ///         from exec x with witness w; returns whether it applies and the exec after it. A
    ///         body rollup.DecodeTx rejects is not valid and reads nothing; a rejected one leaves
    ///         the cursor past its reads (all read only), as a forced entry that wraps it spends
    ///         them. Nothing here consumes a forced entry: the StepVerifier's globals write does.
    function runDeltas(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool valid, Exec memory)
    {
        if (d.typ == 0x0b) return proposals.runProposals(ctx, x, w, d);
        if (d.typ == 0x0d) return deltaData.runData(ctx, x, w, d);
        try this.decodeBody(d.typ, d.inner) returns (Body memory b) {
            d.nonce = b.nonce;
            valid = _run(ctx, x, w, d, b);
            if (!valid) x.units = 0;
        } catch {
            valid = false;
        }
        return (valid, x);
    }

    /// @notice Decodes a vote-delta, propose-period or vote-period body as go-ethereum's rlp
    ///         decodes rollup's; reverts on anything it rejects.
    function decodeBody(uint8 typ, bytes memory body) external pure returns (Body memory b) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(body);
        require(f.length == (typ == TX_VOTE_DELTA ? 4 : 3), "fields");
        b.nonce = uint64(_intItem(f[0], 8));
        b.mlsc = uint64(_intItem(f[1], 8));
        b.arg = uint64(_intItem(f[2], 8));
        if (typ == TX_VOTE_DELTA) b.amount = _intItem(f[3], 32);
    }

    function _run(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b)
        private
        view
        returns (bool)
    {
        (bool ok, Reads memory q) = _reads(ctx, x, w, d, b.mlsc, d.typ == TX_VOTE_DELTA, b.arg);
        if (!ok) return false;
        if (d.typ == TX_VOTE_DELTA) return _voteDelta(ctx, x, w, d, b, q);
        if (d.typ == TX_PROPOSE_PERIOD) return _proposePeriod(ctx, x, w, d, b, q);
        return _votePeriod(ctx, x, w, d, b, q);
    }

    // ---------------------------------------------------------------------------------------
    // The three rules.

    /// @dev A vote-delta's decision: the epoch's votes, the sender's among them (NONE if it has
    ///      none) and what it backed.
    struct Vote {
        bytes[] votes;
        uint256 vi;
        uint64 oldProposal;
        uint256 oldAmount;
    }

    uint256 private constant NONE = type(uint256).max;

    /// @dev applyVoteDelta: a proposal of the MLSC's open epoch, not rejected; a first vote
    ///      locks NRN (at most MAX_DELTA_VOTERS voters), a re-vote moves the whole vote (and
    ///      adds amount) and must change something; amount at most the balance after the fee.
    function _voteDelta(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b, Reads memory q)
        private
        view
        returns (bool)
    {
        (bool ok, Vote memory v) = _voteOk(d, b, q);
        if (!ok) return false;
        uint256 paid = _pay(ctx, d, q);
        q.a.balance -= b.amount;
        _writeAccount(x, w, d.from, q.a, q.slot);
        uint256 pv = _int(q.p[P_VOTES], 32);
        unchecked {
            // uint256.Int arithmetic, as the Go STF's (wrapping; never reached by real votes)
            if (v.vi == NONE) {
                v.votes = _push(v.votes, _vote(d.from, b.arg, b.amount));
                pv += b.amount;
            } else {
                if (v.oldProposal != b.arg) _unvote(x, w, b.mlsc, v);
                else pv -= v.oldAmount;
                v.votes[v.vi] = _vote(d.from, b.arg, v.oldAmount + b.amount);
                pv += v.oldAmount + b.amount;
            }
        }
        q.p[P_VOTES] = RLPWriter.writeUint(pv);
        _rewrite(x, w, _proposalKey(b.mlsc, b.arg), RLPWriter.writeList(q.p));
        q.e[E_VOTES] = RLPWriter.writeList(v.votes);
        _rewrite(x, w, _epochKey(b.mlsc), RLPWriter.writeList(q.e));
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev Whether vote-delta d may apply, on the reads q (the fee paid), and the vote it moves.
    function _voteOk(Tx memory d, Body memory b, Reads memory q) private pure returns (bool, Vote memory v) {
        if (q.m.length == 0 || !_listed(q, b.arg)) return (false, v);
        // every proposal an epoch lists has a record
        if (q.p.length != P_FIELDS) revert MalformedEntry(_proposalKey(b.mlsc, b.arg));
        if (_int(q.p[P_STATUS], 1) == DELTA_REJECTED) return (false, v);
        v.votes = _items(q.e[E_VOTES]);
        v.vi = NONE;
        for (uint256 i = 0; i < v.votes.length; i++) {
            RLPReader.RLPItem[] memory r = RLPReader.readList(v.votes[i]);
            if (r.length != 3) revert MalformedEntry(_epochKey(b.mlsc));
            if (_addr(r[0]) == d.from) {
                v.vi = i;
                v.oldProposal = uint64(_intItem(r[1], 8));
                v.oldAmount = _intItem(r[2], 32);
            }
        }
        if (v.vi == NONE) {
            if (b.amount == 0 || v.votes.length >= MAX_DELTA_VOTERS) return (false, v);
        } else if (v.oldProposal == b.arg && b.amount == 0) {
            return (false, v);
        }
        return (q.a.balance - q.fee >= b.amount, v);
    }

    /// @dev The proposal v's earlier vote backed loses it.
    function _unvote(Exec memory x, bytes[] calldata w, uint64 id, Vote memory v) private view {
        bytes memory key = _proposalKey(id, v.oldProposal);
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        if (!ok) revert MalformedEntry(key);
        bytes[] memory o = _fields(rec);
        if (o.length != P_FIELDS) revert MalformedEntry(key);
        unchecked {
            o[P_VOTES] = RLPWriter.writeUint(_int(o[P_VOTES], 32) - v.oldAmount);
        }
        _write(x, w, key, RLPWriter.writeList(o), slot);
    }

    /// @dev applyProposePeriod: a live MLSC, 1..MAX_PERIOD blocks, a staked sender, fewer than
    ///      MAX_PERIOD_PROPOSALS in the epoch; then openEpoch and the proposal appended.
    function _proposePeriod(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b, Reads memory q)
        private
        view
        returns (bool)
    {
        if (q.m.length < MLSC_FIELDS || _int(q.m[6], 1) == PHASE_DONE) return false;
        if (b.arg < 1 || b.arg > MAX_PERIOD || q.a.stake == 0) return false;
        if (q.e.length != 0 && _items(q.e[E_PERIODS]).length >= MAX_PERIOD_PROPOSALS) return false;
        uint256 paid = _pay(ctx, d, q);
        _writeAccount(x, w, d.from, q.a, q.slot);
        bytes[] memory pp = new bytes[](3);
        pp[0] = RLPWriter.writeAddress(d.from);
        pp[1] = RLPWriter.writeUint(b.arg);
        pp[2] = hex"c0";
        if (q.e.length != 0) {
            q.e[E_PERIODS] = RLPWriter.writeList(_push(_items(q.e[E_PERIODS]), RLPWriter.writeList(pp)));
            _rewrite(x, w, _epochKey(b.mlsc), RLPWriter.writeList(q.e));
        } else {
            _openEpoch(x, w, b.mlsc, q, RLPWriter.writeList(pp));
        }
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev openEpoch, with period proposal pp as its first item: the MLSC's training-set record
    ///      (DataState: the spec's dataset, no period, anchor or proposals yet) if it has none
    ///      (rewritten as it was if it has one), the epoch (Config.EpochAt of the height), and
    ///      the MLSC filed in the due record of its end.
    function _openEpoch(Exec memory x, bytes[] calldata w, uint64 id, Reads memory q, bytes memory pp) private view {
        bytes[] memory m = _withData(q.m);
        _rewrite(x, w, _mlscKey(id), RLPWriter.writeList(m));
        (uint64 epoch, uint64 end) = _epochAt(m, uint64(_int(q.g[G_HEIGHT], 8)));
        bytes[] memory e = new bytes[](6);
        e[0] = RLPWriter.writeUint(id);
        e[1] = RLPWriter.writeUint(epoch);
        e[2] = RLPWriter.writeUint(end);
        (e[3], e[4]) = (hex"c0", hex"c0");
        bytes[] memory one = new bytes[](1);
        one[0] = pp;
        e[5] = RLPWriter.writeList(one);
        _rewrite(x, w, _epochKey(id), RLPWriter.writeList(e));
        _fileEpoch(x, w, end, id);
    }

    /// @dev applyVotePeriod: the MLSC exists, its open epoch has period proposal arg, the
    ///      sender is staked and does not back it yet; its vote, with its stake now
    ///      (PeriodProposal.Stakes, parallel to Voters, written only when there are voters),
    ///      moves there from any other; a first period vote of the epoch locks the stake
    ///      (OpenClaims + 1).
    function _votePeriod(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b, Reads memory q)
        private
        view
        returns (bool)
    {
        if (q.m.length == 0 || q.e.length == 0) return false;
        bytes[] memory periods = _items(q.e[E_PERIODS]);
        if (b.arg >= periods.length || q.a.stake == 0) return false;
        bytes memory me = RLPWriter.writeAddress(d.from);
        bool moved;
        for (uint256 i = 0; i < periods.length; i++) {
            bool found;
            (periods[i], found) = _periodVote(periods[i], me, i == b.arg ? RLPWriter.writeUint(q.a.stake) : bytes(""), b.mlsc);
            if (found && i == b.arg) return false; // already voting for it
            moved = moved || found;
        }
        uint256 paid = _pay(ctx, d, q);
        if (!moved) q.a.openClaims += 1;
        _writeAccount(x, w, d.from, q.a, q.slot);
        q.e[E_PERIODS] = RLPWriter.writeList(periods);
        _rewrite(x, w, _epochKey(b.mlsc), RLPWriter.writeList(q.e));
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev Period proposal rec with voter me (and its stake) removed, and, if stake is not
    ///      empty, me appended with it; found: whether me was a voter.
    function _periodVote(bytes memory rec, bytes memory me, bytes memory stake, uint64 mlsc)
        private
        pure
        returns (bytes memory, bool found)
    {
        RLPReader.RLPItem[] memory pp = RLPReader.readList(rec);
        if (pp.length != 3 && pp.length != 4) revert MalformedEntry(_epochKey(mlsc));
        bytes[] memory voters = _items(RLPReader.readRawBytes(pp[2]));
        bytes[] memory stakes = pp.length == 4 ? _items(RLPReader.readRawBytes(pp[3])) : new bytes[](0);
        if (stakes.length != voters.length) revert MalformedEntry(_epochKey(mlsc));
        bytes[] memory kv = new bytes[](voters.length + 1);
        bytes[] memory ks = new bytes[](voters.length + 1);
        uint256 n;
        for (uint256 j = 0; j < voters.length; j++) {
            if (keccak256(voters[j]) == keccak256(me)) {
                found = true;
            } else {
                (kv[n], ks[n]) = (voters[j], stakes[j]);
                n++;
            }
        }
        if (stake.length != 0) {
            (kv[n], ks[n]) = (me, stake);
            n++;
        }
        assembly ("memory-safe") {
            mstore(kv, n)
            mstore(ks, n)
        }
        bytes[] memory f = new bytes[](n == 0 ? 3 : 4);
        f[0] = RLPReader.readRawBytes(pp[0]);
        f[1] = RLPReader.readRawBytes(pp[1]);
        f[2] = RLPWriter.writeList(kv);
        if (n != 0) f[3] = RLPWriter.writeList(ks);
        return (RLPWriter.writeList(f), found);
    }
}
