// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepDeltaBase} from "./StepDeltaBase.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepEpochs
/// @notice Re-executes a block start that does epoch work (rollup EpochWorkAt: its due record
///         lists epochs and no MLSC, or its height is even; rollup closeEpochs) for StepBlocks,
///         which forwards the whole call to it: the header against the globals (and the base
///         fee) as StepBlocks checks it, then the first MLSC X the due record's epochs list:
///         if X has a closed epoch being settled (DeltaClosingKey), its items up to
///         MAX_EPOCH_WORK (rollup settleEpoch: each proposal, a pending one forfeited to the escrow
///         or a done MLSC's creator, a ready one refunded and perhaps leading; the winner applied
///         with the delta reward minted into Issued; each delta vote released; each period
///         voter's stake lock released), else its open epoch closed if it has ended (rollup
///         beginClose: the period proposal backed by more than half of TotalStake taking
///         effect, the record moved from DeltaEpochKey, deleted, to DeltaClosingKey); then the
///         MLSCs due at h carried to the front of h + 1's list and the epochs rotated (the
///         others first, X last while its closed epoch is being settled).
/// @dev Keys, in witness order (rollup epochKeys): globals ro, due(h) ro, closing(X) ro; when
///      settling: [MLSC(X) ro, with a proposal or the winner item], each proposal settled now (read and written at once) and
///      each vote record settled now (deleted: rollup DeltaVoteKey, PeriodVoteKey, from the
///      head of its list), in item order, the accounts (increasing address, each read and written at once), [MLSC(X)], closing(X)
///      (written, or deleted with StepTrie.remove: its proof, then its branch's sibling node);
///      else epoch(X) ro and, once it has ended, [MLSC(X), read and written at once, if a period
///      wins], epoch(X) deleted, closing(X) written; then [due(h + 1)], globals.
contract StepEpochs is StepDeltaBase {
    /// @dev rollup.MaxEpochWork: a block start settles items while their work (a proposal 2, the
    ///      winner 3, a vote or period voter 2, its record and its account: rollup
    ///      epochItemWork) is at most this.
    uint256 private constant MAX_EPOCH_WORK = 4;
    /// @dev rollup.DeltaStatus; DeltaProposal's fields (StepDeltaBase's P_ and these).
    uint256 private constant DELTA_PENDING = 1;
    uint256 private constant DELTA_READY = 2;
    uint256 private constant DELTA_APPLIED = 4;
    uint256 private constant DELTA_LOST = 5;
    uint256 private constant P_ID = 1;
    uint256 private constant P_PROPOSER = 4;
    uint256 private constant P_CID = 5;
    uint256 private constant P_BASE_ROOT = 7;
    uint256 private constant P_BASE_SIZE = 8;
    uint256 private constant P_NEW_ROOT = 9;
    uint256 private constant P_NEW_SIZE = 10;
    uint256 private constant P_DEPOSIT = 11;
    uint256 private constant P_REASON = 14;
    /// @dev The globals' Time and Issued.
    uint256 private constant G_TIME = 1;
    uint256 private constant G_ISSUED = 7;
    /// @dev rollup forfeit's reason at an epoch's close.
    string private constant INCOMPLETE = "its data was not complete when the epoch closed";

    /// @notice rollup.Config.DeltaRewardDivisor (or its default), GenesisTime and HalvingSeconds:
    ///         an applied delta mints Issued / deltaRewardDivisor, halved every halvingSeconds
    ///         of L2 time after genesisTime (rollup.Config.DeltaReward).
    uint64 public immutable deltaRewardDivisor;
    uint64 public immutable genesisTime;
    uint64 public immutable halvingSeconds;

    /// @dev What the block start does to one account.
    struct Delta {
        address who;
        uint256 credit;
        uint64 claimsDown;
    }

    /// @dev The epoch block start being re-executed.
    struct Run {
        uint64 h;
        bytes[] g;
        uint64 id; // X
        bytes[] m; // MLSC(X)'s fields, when read
        bool mChanged;
        Delta[] deltas;
        uint256 n; // deltas used
        bool back; // X still has a closed epoch to settle: last in h + 1's epochs
    }

    /// @notice The StepBlocks that forwards block starts here, the only caller: it has checked
    ///      the first two witness proofs (globals, due(h)) against x.root, which this reads
    ///      without checking them again (two proofs, about 0.8M gas, saved).
    address public immutable blocks;

    /// @notice The caller is not the StepBlocks.
    error NotStepBlocks();

    constructor(
        StepTrie trie_,
        uint64 deltaPeriod_,
        uint64 deltaRewardDivisor_,
        uint64 genesisTime_,
        uint64 halvingSeconds_,
        address blocks_
    ) StepDeltaBase(trie_, deltaPeriod_) {
        require(deltaRewardDivisor_ != 0 && halvingSeconds_ != 0, "reward rule");
        blocks = blocks_;
        deltaRewardDivisor = deltaRewardDivisor_;
        genesisTime = genesisTime_;
        halvingSeconds = halvingSeconds_;
    }

    /// @notice rollup.Config.DeltaReward: the NRN minted for a delta applied at L2 time t with
    ///         issued NRN so far.
    function deltaReward(uint256 issued, uint64 t) public view returns (uint256 r) {
        r = issued / deltaRewardDivisor;
        if (t > genesisTime) {
            uint256 k = (t - genesisTime) / halvingSeconds;
            r = k >= 256 ? 0 : r >> k;
        }
    }

    /// @notice StepBlocks.runBlock's call (its arguments as they came), forwarded when the block
    ///         start does epoch work: block
    ///         start d (number in nonce, time in amount, L1 number and hash) from exec x with
    ///         witness w (x.next at the globals' proof). Returns whether it applies (false only
    ///         for a header that does not follow the globals), the exec after it and no message.
    function runEpochs(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool, Exec memory, bytes32[] memory messages)
    {
        if (msg.sender != blocks) revert NotStepBlocks();
        Run memory r;
        {
            bool ok;
            (ok, r.g) = _beginGlobals(ctx.fees, _globals(_checked(x, w, _globalsKey())), d);
            if (!ok) return (false, x, messages);
        }
        r.h = d.nonce;
        (uint64[] memory ids, bytes[] memory eps) = _due(x, w, r.h);
        r.id = uint64(_int(eps[0], 8));
        r.deltas = new Delta[](2 * MAX_EPOCH_WORK);
        _work(x, w, r);
        _fileNext(x, w, r, ids, eps);
        _rewrite(x, w, _globalsKey(), RLPWriter.writeList(r.g));
        return (true, x, messages);
    }

    /// @dev due(h), read only: its MLSCs and its epochs' raw items (epoch work: some).
    function _due(Exec memory x, bytes[] calldata w, uint64 h) private pure returns (uint64[] memory ids, bytes[] memory eps) {
        bytes memory dkey = _dueKey(h);
        bytes memory epochs;
        (ids, epochs) = _dueRecord(_checked(x, w, dkey), dkey);
        if (epochs.length <= 1 || (ids.length != 0 && h % 2 != 0)) revert MalformedEntry(dkey); // round work
        eps = _items(epochs);
    }

    /// @dev closing(X) ro, then settleEpoch or beginClose.
    function _work(Exec memory x, bytes[] calldata w, Run memory r) private view {
        (bool settling, bytes memory closing,) = _read(x, w, _closingKey(r.id));
        if (settling) _settle(x, w, r, _fields(closing));
        else _close(x, w, r);
    }

    // ---------------------------------------------------------------------------------------
    // beginClose.

    /// @dev rollup beginClose of X's open epoch if it has ended. Keys: epoch(X) ro, [MLSC(X)],
    ///      epoch(X) deleted, closing(X).
    function _close(Exec memory x, bytes[] calldata w, Run memory r) private view {
        bytes memory ekey = _epochKey(r.id);
        (bool ok, bytes memory rec,) = _read(x, w, ekey);
        if (!ok) return;
        bytes[] memory e = _fields(rec);
        if (e.length != 6) revert MalformedEntry(ekey);
        uint64 end = uint64(_int(e[2], 8));
        if (end > r.h) return;
        (bool wins, uint64 period) = _periodWinner(r.g, e[E_PERIODS]);
        if (wins) _setPeriod(x, w, r.id, period, end, _int(e[1], 8) + 1);
        _delete(x, w, ekey);
        _rewrite(x, w, _closingKey(r.id), rec); // the same record (Cursor, Winner unset)
        r.back = true;
    }

    /// @dev The MLSC's epochs from now on: period blocks from anchor, numbered from
    ///      anchorEpoch (its DataState). Keys: MLSC, read and written at once.
    function _setPeriod(Exec memory x, bytes[] calldata w, uint64 id, uint64 period, uint64 anchor, uint256 anchorEpoch)
        private
        view
    {
        bytes memory mkey = _mlscKey(id);
        (bool ok, bytes memory mrec, uint256 slot) = _read(x, w, mkey);
        if (!ok) revert MalformedEntry(mkey);
        bytes[] memory m = _fields(mrec);
        if (m.length != MLSC_FIELDS + 1) revert MalformedEntry(mkey);
        bytes[] memory ds = _fields(m[MLSC_FIELDS]);
        if (ds.length != 8) revert MalformedEntry(mkey);
        ds[3] = RLPWriter.writeUint(period);
        ds[4] = RLPWriter.writeUint(anchor);
        ds[5] = RLPWriter.writeUint(anchorEpoch);
        m[MLSC_FIELDS] = RLPWriter.writeList(ds);
        _write(x, w, mkey, RLPWriter.writeList(m), slot);
    }

    /// @dev rollup periodWinner: whether a period proposal of the raw list periods is backed by
    ///      more than half of the globals' TotalStake (the most-backed, the earliest of equals),
    ///      and its length.
    function _periodWinner(bytes[] memory g, bytes memory periods) private pure returns (bool wins, uint64 period) {
        uint256 total = _totalStake(g);
        uint256 bestYes;
        bytes[] memory ps = _items(periods);
        for (uint256 i = 0; i < ps.length; i++) {
            bytes[] memory pp = _fields(ps[i]); // Proposer, Blocks, Stake (its voters' sum)
            if (pp.length != 3) revert MalformedEntry(periods);
            uint256 yes = _int(pp[2], 32);
            if (2 * yes > total && (!wins || yes > bestYes)) {
                (wins, bestYes, period) = (true, yes, uint64(_int(pp[1], 8)));
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // settleEpoch.

    /// @dev A closed epoch being settled: its lists (raw items), item count and settlement state.
    struct Closing {
        bytes[] props;
        bytes[] tally; // rollup.DeltaTally's four raw items: the heads move as votes are settled
        uint256 voters;
        uint256 total;
        uint256 cursor;
        uint256 winner;
        uint256 winVotes;
    }

    /// @dev rollup settleEpoch of X's closed epoch c (its raw fields). Keys: [MLSC(X) ro, if a
    ///      proposal or the winner item is settled now], the proposals, the accounts,
    ///      [MLSC(X)], closing(X) (written or deleted).
    function _settle(Exec memory x, bytes[] calldata w, Run memory r, bytes[] memory c) private view {
        if (c.length < 6 || c.length > 9) revert MalformedEntry(_closingKey(r.id));
        Closing memory s;
        s.props = _items(c[E_PROPOSALS]);
        s.cursor = c.length > 6 ? _int(c[6], 8) : 0;
        if (s.cursor <= s.props.length) { // a proposal or the winner item: the MLSC is read
            bytes memory mkey = _mlscKey(r.id);
            (bool ok, bytes memory mrec,) = _read(x, w, mkey);
            if (!ok) revert MalformedEntry(mkey);
            r.m = _fields(mrec);
            if (r.m.length != MLSC_FIELDS + 1) revert MalformedEntry(mkey);
        }
        s.tally = _tally(c[E_VOTES]);
        s.voters = _int(s.tally[0], 8);
        s.total = s.props.length + 1 + s.voters + _int(s.tally[2], 8);
        s.winner = c.length > 7 ? _int(c[7], 8) : 0;
        s.winVotes = c.length > 8 ? _int(c[8], 32) : 0;
        for (uint256 used = 0; s.cursor < s.total; s.cursor++) {
            uint256 cost = s.cursor == s.props.length ? 3 : 2;
            if (used > 0 && used + cost > MAX_EPOCH_WORK) break; // the winner item starts a block start
            used += cost;
            _item(x, w, r, s, _int(c[1], 8));
        }
        _writeAccounts(x, w, r);
        if (r.mChanged) _rewrite(x, w, _mlscKey(r.id), RLPWriter.writeList(r.m));
        if (s.cursor == s.total) {
            _delete(x, w, _closingKey(r.id));
            return;
        }
        bytes[] memory out = new bytes[](s.winner == 0 ? 7 : 9);
        for (uint256 i = 0; i < 6; i++) {
            out[i] = c[i];
        }
        out[E_VOTES] = _tallyList(s.tally);
        out[6] = RLPWriter.writeUint(s.cursor);
        if (s.winner != 0) {
            out[7] = RLPWriter.writeUint(s.winner);
            out[8] = RLPWriter.writeUint(s.winVotes);
        }
        _rewrite(x, w, _closingKey(r.id), RLPWriter.writeList(out));
        r.back = true;
    }

    /// @dev Settles item s.cursor of epoch number epoch.
    function _item(Exec memory x, bytes[] calldata w, Run memory r, Closing memory s, uint256 epoch) private view {
        uint256 k = s.cursor;
        uint256 np = s.props.length;
        if (k < np) {
            (bool leads, uint256 v) = _settleProposal(x, w, r, uint64(_int(s.props[k], 8)), s.winner == 0, s.winVotes);
            if (leads) (s.winner, s.winVotes) = (k + 1, v);
        } else if (k == np) {
            if (s.winner != 0) _applyWinner(x, w, r, uint64(_int(s.props[s.winner - 1], 8)), epoch);
        } else {
            // the head of the delta voters' list (its NRN released) or, after them, of the period
            // voters' (its stake lock released); its record deleted, the next its head
            bool isDelta = k < np + 1 + s.voters;
            uint256 h = isDelta ? 1 : 3;
            address who = _addrRaw(s.tally[h]);
            bytes[] memory v = _take(x, w, _voteKey(isDelta ? bytes1(0x6f) : bytes1(0x71), r.id, uint64(epoch), who));
            if (v.length != 3) revert MalformedEntry(_closingKey(r.id));
            if (isDelta) _delta(r, who, _int(v[1], 32), 0);
            else _delta(r, who, 0, 1);
            s.tally[h] = v[2];
        }
    }

    /// @dev A proposal item: a pending proposal forfeited (rollup forfeit), a ready one refunded
    ///      (DeltaLost) and leading if it has more votes than the leader so far (none: noLeader),
    ///      more than zero, and patches the MLSC's current set. Keys: the proposal, read and
    ///      written at once.
    function _settleProposal(Exec memory x, bytes[] calldata w, Run memory r, uint64 pid, bool noLeader, uint256 winVotes)
        private
        view
        returns (bool leads, uint256 votes)
    {
        bytes memory pkey = _proposalKey(r.id, pid);
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, pkey);
        if (!ok) revert MalformedEntry(pkey);
        bytes[] memory p = _fields(rec);
        if (p.length != P_FIELDS) revert MalformedEntry(pkey);
        uint256 status = _int(p[P_STATUS], 1);
        if (status == DELTA_PENDING) {
            p[P_STATUS] = RLPWriter.writeUint(DELTA_REJECTED);
            p[P_REASON] = RLPWriter.writeString(INCOMPLETE); // the running root and step counts are kept
            uint256 deposit = _int(p[P_DEPOSIT], 32);
            if (_int(r.m[6], 1) == PHASE_DONE) {
                _delta(r, _addrRaw(r.m[1]), deposit, 0);
            } else {
                r.m[3] = RLPWriter.writeUint(_int(r.m[3], 32) + deposit);
                r.mChanged = true;
            }
        } else if (status == DELTA_READY) {
            p[P_STATUS] = RLPWriter.writeUint(DELTA_LOST);
            _delta(r, _addrRaw(p[P_PROPOSER]), _int(p[P_DEPOSIT], 32), 0);
            bytes[] memory ds = _fields(r.m[MLSC_FIELDS]);
            votes = _int(p[P_VOTES], 32);
            bool stale = keccak256(p[P_BASE_ROOT]) != keccak256(ds[1]) || keccak256(p[P_BASE_SIZE]) != keccak256(ds[2]);
            leads = !stale && votes != 0 && (noLeader || votes > winVotes);
        } else {
            return (false, 0);
        }
        _write(x, w, pkey, RLPWriter.writeList(p), slot);
    }

    /// @dev The winner item: proposal pid applied (DeltaApplied), its proposer paid the delta
    ///      reward (minted: Issued), the MLSC's set its CID, root and size, the AppliedDelta
    ///      appended. Keys: the proposal, read and written at once.
    function _applyWinner(Exec memory x, bytes[] calldata w, Run memory r, uint64 pid, uint256 epoch) private view {
        bytes memory pkey = _proposalKey(r.id, pid);
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, pkey);
        if (!ok) revert MalformedEntry(pkey);
        bytes[] memory p = _fields(rec);
        if (p.length != P_FIELDS) revert MalformedEntry(pkey);
        p[P_STATUS] = RLPWriter.writeUint(DELTA_APPLIED);
        _write(x, w, pkey, RLPWriter.writeList(p), slot);
        uint256 issued = _int(r.g[G_ISSUED], 32);
        uint256 reward = deltaReward(issued, uint64(_int(r.g[G_TIME], 8)));
        r.g[G_ISSUED] = RLPWriter.writeUint(issued + reward);
        _delta(r, _addrRaw(p[P_PROPOSER]), reward, 0);
        bytes[] memory ds = _fields(r.m[MLSC_FIELDS]);
        (ds[0], ds[1], ds[2]) = (p[P_CID], p[P_NEW_ROOT], p[P_NEW_SIZE]);
        bytes[] memory a = new bytes[](8); // rollup.AppliedDelta
        a[0] = p[P_ID];
        a[1] = RLPWriter.writeUint(epoch);
        a[2] = RLPWriter.writeUint(r.h);
        (a[3], a[4], a[5], a[6]) = (p[P_CID], p[P_NEW_ROOT], p[P_NEW_SIZE], p[P_PROPOSER]);
        a[7] = RLPWriter.writeUint(reward);
        ds[7] = _joinLists(ds[7], RLPWriter.writeList(_one(RLPWriter.writeList(a))));
        r.m[MLSC_FIELDS] = RLPWriter.writeList(ds);
        r.mChanged = true;
    }

    function _one(bytes memory item) private pure returns (bytes[] memory l) {
        l = new bytes[](1);
        l[0] = item;
    }

    /// @dev Adds a change of account who.
    function _delta(Run memory r, address who, uint256 credit, uint64 claimsDown) private pure {
        uint256 i = 0;
        while (i < r.n && r.deltas[i].who != who) i++;
        if (i == r.n) {
            r.deltas[i].who = who;
            r.n++;
        }
        r.deltas[i].credit += credit;
        r.deltas[i].claimsDown += claimsDown;
    }

    /// @dev Writes every account an item named, in increasing address order.
    function _writeAccounts(Exec memory x, bytes[] calldata w, Run memory r) private view {
        Delta[] memory ds = r.deltas;
        for (uint256 i = 1; i < r.n; i++) {
            for (uint256 j = i; j > 0 && ds[j - 1].who > ds[j].who; j--) {
                (ds[j - 1], ds[j]) = (ds[j], ds[j - 1]);
            }
        }
        for (uint256 i = 0; i < r.n; i++) {
            (Account memory a, uint256 slot) = _readAccount(x, w, ds[i].who);
            a.balance += ds[i].credit;
            a.openClaims -= ds[i].claimsDown;
            _writeAccount(x, w, ds[i].who, a, slot);
        }
    }

    // ---------------------------------------------------------------------------------------
    // The due record at h + 1, deletion, keys.

    /// @dev rollup carry and carryEpochs: due(h + 1) with the MLSCs ids first, and the epochs
    ///      eps[1:] first and X last (r.back); not written if nothing is added.
    function _fileNext(Exec memory x, bytes[] calldata w, Run memory r, uint64[] memory ids, bytes[] memory eps)
        private
        view
    {
        if (ids.length == 0 && eps.length == 1 && !r.back) return;
        bytes memory key = _dueKey(r.h + 1);
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        _write(x, w, key, _nextRecord(ok, rec, key, r, ids, eps), slot);
    }

    /// @dev The due record rec (ok: present) at h + 1 with ids before its MLSCs, eps[1:] before
    ///      its epochs and X after them if r.back.
    function _nextRecord(bool ok, bytes memory rec, bytes memory key, Run memory r, uint64[] memory ids, bytes[] memory eps)
        private
        pure
        returns (bytes memory)
    {
        uint64[] memory have;
        bytes memory haveEpochs;
        if (ok) (have, haveEpochs) = _dueRecord(rec, key);
        bytes[] memory ms = new bytes[](ids.length + have.length);
        for (uint256 i = 0; i < ms.length; i++) {
            ms[i] = RLPWriter.writeUint(i < ids.length ? ids[i] : have[i - ids.length]);
        }
        bytes[] memory front = new bytes[](eps.length - 1);
        for (uint256 i = 1; i < eps.length; i++) {
            front[i - 1] = eps[i];
        }
        bytes memory epochs = _joinLists(RLPWriter.writeList(front), haveEpochs);
        if (r.back) epochs = _joinLists(epochs, RLPWriter.writeList(_one(RLPWriter.writeUint(r.id))));
        bytes[] memory f = new bytes[](epochs.length > 1 ? 2 : 1);
        f[0] = RLPWriter.writeList(ms);
        if (f.length == 2) f[1] = epochs;
        return RLPWriter.writeList(f);
    }

    /// @dev The record at key from the next witness proof, which StepBlocks checked against
    ///      the root: read from its leaf (the last node, rlp([path, rlp([key, record])])).
    function _checked(Exec memory x, bytes[] calldata w, bytes memory key) private pure returns (bytes memory) {
        if (x.next >= w.length) revert WitnessShort(w.length);
        RLPReader.RLPItem[] memory nodes = RLPReader.readList(w[x.next]);
        x.next++;
        RLPReader.RLPItem[] memory leaf = RLPReader.readList(RLPReader.readBytes(nodes[nodes.length - 1]));
        if (leaf.length != 2) revert MalformedEntry(key);
        RLPReader.RLPItem[] memory kv = RLPReader.readList(RLPReader.readBytes(leaf[1]));
        if (kv.length != 2 || keccak256(RLPReader.readBytes(kv[0])) != keccak256(key)) revert MalformedEntry(key);
        return RLPReader.readBytes(kv[1]);
    }

    /// @dev Deletes key (present): its proof against the current root, then the node its
    ///      branch collapses into (StepTrie.remove; empty if none).
    function _delete(Exec memory x, bytes[] calldata w, bytes memory key) private view {
        _take(x, w, key);
    }

    /// @dev Deletes key (present) as _delete does; returns its record's raw items.
    function _take(Exec memory x, bytes[] calldata w, bytes memory key) private view returns (bytes[] memory) {
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        if (!ok) revert MalformedEntry(key);
        if (x.next >= w.length) revert WitnessShort(w.length);
        x.root = trie.remove(key, w[slot], w[x.next], x.root);
        x.next++;
        return _fields(rec);
    }

    function _closingKey(uint64 id) private pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x7a), id); // rollup.DeltaClosingKey
    }

    /// @dev An address from its raw RLP item.
    function _addrRaw(bytes memory raw) private pure returns (address) {
        return _addr(RLPReader.toRLPItem(raw));
    }
}
