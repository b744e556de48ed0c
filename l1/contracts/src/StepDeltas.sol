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
///      proposal voted for], [vote-delta, vote-period: the sender's vote record of the open
///      epoch, if the epoch has the proposal], all read only, then account(sender); if it
///      applies: vote-delta [the proposal the sender's earlier vote backed, if another], the
///      proposal, the vote record, [the epoch, for a first vote]; propose-period [the MLSC, if
///      it opens the epoch], the epoch, [the due record at its end, if it opens it];
///      vote-period the vote record, the epoch; then [account(fee recipient)], [globals: units].
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
        uint256 g = gasleft();
        try this.decodeBody(d.typ, d.inner) returns (Body memory b) {
            d.nonce = b.nonce;
            valid = _run(ctx, x, w, d, b);
            if (!valid) x.units = 0;
        } catch {
            _notStarved(g);
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

    /// @dev The sender's vote record of the open epoch (rollup DeltaVoteKey, PeriodVoteKey),
    ///      read only, present or not, for a vote-delta whose proposal the epoch lists and a
    ///      vote-period whose proposal index it has.
    function _readVote(Exec memory x, bytes[] calldata w, Tx memory d, uint64 mlsc, uint64 arg, Reads memory q)
        internal
        view
        override
    {
        if (q.e.length == 0) return;
        uint64 epoch = uint64(_int(q.e[1], 8));
        if (d.typ == TX_VOTE_DELTA && _listed(q, arg)) {
            q.vkey = _voteKey(0x6f, mlsc, epoch, d.from);
        } else if (d.typ == TX_VOTE_PERIOD && arg < _items(q.e[E_PERIODS]).length) {
            q.vkey = _voteKey(0x71, mlsc, epoch, d.from);
        } else {
            return;
        }
        (bool ok, bytes memory rec,) = _read(x, w, q.vkey);
        if (!ok) return;
        q.v = _fields(rec); // [proposal, amount or stake, next]
        if (q.v.length != 3) revert MalformedEntry(q.vkey);
    }

    /// @dev applyVoteDelta: a proposal of the MLSC's open epoch, not rejected; a first vote
    ///      locks NRN (at most MAX_DELTA_VOTERS voters) and heads the epoch's list of voters, a
    ///      re-vote moves the whole vote (and adds amount) and must change something; amount at
    ///      most the balance after the fee. Writes: the sender, [the proposal the earlier vote
    ///      backed], the proposal, the vote record, [the epoch's tally, for a first vote].
    function _voteDelta(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b, Reads memory q)
        private
        view
        returns (bool)
    {
        if (q.m.length == 0 || !_listed(q, b.arg)) return false;
        // every proposal an epoch lists has a record
        if (q.p.length != P_FIELDS) revert MalformedEntry(_proposalKey(b.mlsc, b.arg));
        if (_int(q.p[P_STATUS], 1) == DELTA_REJECTED) return false;
        bool voted = q.v.length != 0;
        uint64 oldProposal;
        uint256 oldAmount;
        bytes[] memory t = _tally(q.e[E_VOTES]);
        if (voted) {
            oldProposal = uint64(_int(q.v[0], 8));
            oldAmount = _int(q.v[1], 32);
            if (oldProposal == b.arg && b.amount == 0) return false;
        } else if (b.amount == 0 || _int(t[0], 8) >= MAX_DELTA_VOTERS) {
            return false;
        }
        if (q.a.balance - q.fee < b.amount) return false;
        uint256 paid = _pay(ctx, d, q);
        q.a.balance -= b.amount;
        _writeAccount(x, w, d.from, q.a, q.slot);
        uint256 pv = _int(q.p[P_VOTES], 32);
        bytes[] memory v = new bytes[](3);
        v[0] = RLPWriter.writeUint(b.arg);
        unchecked {
            // uint256.Int arithmetic, as the Go STF's (wrapping; never reached by real votes)
            if (!voted) {
                pv += b.amount;
                v[1] = RLPWriter.writeUint(b.amount);
                v[2] = t[1]; // the head so far
            } else {
                if (oldProposal != b.arg) _unvote(x, w, _proposalKey(b.mlsc, oldProposal), oldAmount);
                else pv -= oldAmount;
                pv += oldAmount + b.amount;
                v[1] = RLPWriter.writeUint(oldAmount + b.amount);
                v[2] = q.v[2];
            }
        }
        q.p[P_VOTES] = RLPWriter.writeUint(pv);
        _rewrite(x, w, _proposalKey(b.mlsc, b.arg), RLPWriter.writeList(q.p));
        _rewrite(x, w, q.vkey, RLPWriter.writeList(v));
        if (!voted) {
            t[0] = RLPWriter.writeUint(_int(t[0], 8) + 1);
            t[1] = RLPWriter.writeAddress(d.from);
            q.e[E_VOTES] = _tallyList(t);
            _rewrite(x, w, _epochKey(b.mlsc), RLPWriter.writeList(q.e));
        }
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev The proposal at key, which an earlier vote of amount backed, loses it.
    function _unvote(Exec memory x, bytes[] calldata w, bytes memory key, uint256 amount) private view {
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        if (!ok) revert MalformedEntry(key);
        bytes[] memory o = _fields(rec);
        if (o.length != P_FIELDS) revert MalformedEntry(key);
        unchecked {
            o[P_VOTES] = RLPWriter.writeUint(_int(o[P_VOTES], 32) - amount);
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
        pp[2] = hex"80"; // Stake

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
    ///      sender is staked and does not back it yet; its vote, with its stake now, moves
    ///      there from any other (each proposal's Stake the sum of its voters'); a first period
    ///      vote of the epoch locks the stake (OpenClaims + 1) and heads the epoch's list of
    ///      period voters. Writes: the sender, the vote record, the epoch.
    function _votePeriod(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, Body memory b, Reads memory q)
        private
        view
        returns (bool)
    {
        if (q.m.length == 0 || q.e.length == 0) return false;
        bytes[] memory periods = _items(q.e[E_PERIODS]);
        if (b.arg >= periods.length || q.a.stake == 0) return false;
        bool voted = q.v.length != 0;
        if (voted && _int(q.v[0], 8) == b.arg) return false; // already voting for it
        uint256 paid = _pay(ctx, d, q);
        if (!voted) q.a.openClaims += 1;
        _writeAccount(x, w, d.from, q.a, q.slot);
        bytes[] memory t = _tally(q.e[E_VOTES]);
        bytes[] memory v = new bytes[](3);
        v[0] = RLPWriter.writeUint(b.arg);
        v[1] = RLPWriter.writeUint(q.a.stake);
        if (voted) {
            uint256 old = _int(q.v[0], 8);
            if (old >= periods.length) revert MalformedEntry(q.vkey);
            periods[old] = _addStake(periods[old], _int(q.v[1], 32), false, b.mlsc);
            v[2] = q.v[2];
        } else {
            v[2] = t[3]; // the head so far
            t[2] = RLPWriter.writeUint(_int(t[2], 8) + 1);
            t[3] = RLPWriter.writeAddress(d.from);
        }
        periods[b.arg] = _addStake(periods[b.arg], q.a.stake, true, b.mlsc);
        _rewrite(x, w, q.vkey, RLPWriter.writeList(v));
        q.e[E_VOTES] = _tallyList(t);
        q.e[E_PERIODS] = RLPWriter.writeList(periods);
        _rewrite(x, w, _epochKey(b.mlsc), RLPWriter.writeList(q.e));
        _finish(ctx, x, w, paid);
        return true;
    }

    /// @dev Period proposal rec ([proposer, blocks, stake]) with stake added (add) or taken away,
    ///      in uint256.Int arithmetic.
    function _addStake(bytes memory rec, uint256 stake, bool add, uint64 mlsc) private pure returns (bytes memory) {
        bytes[] memory pp = _fields(rec);
        if (pp.length != 3) revert MalformedEntry(_epochKey(mlsc));
        uint256 sum = _int(pp[2], 32);
        unchecked {
            sum = add ? sum + stake : sum - stake;
        }
        pp[2] = RLPWriter.writeUint(sum);
        return RLPWriter.writeList(pp);
    }
}
