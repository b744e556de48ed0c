// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepDeltaBase
/// @notice What StepDeltas (the votes) and StepProposals (propose-delta, delta-data) share: the
///         reads every training-set step starts with, the epoch clock and due record, the fee,
///         keys and records rewritten from their raw RLP items (rollup/delta.go).
abstract contract StepDeltaBase is StepState {
    /// @dev PhaseDone; DeltaRejected.
    uint256 internal constant PHASE_DONE = 4;
    uint256 internal constant DELTA_REJECTED = 3;
    /// @dev rollup.MLSC's fields without the optional Data; DeltaProposal's fields, Votes, Status.
    uint256 internal constant MLSC_FIELDS = 12;
    uint256 internal constant P_FIELDS = 18;
    uint256 internal constant P_VOTES = 12;
    uint256 internal constant P_STATUS = 13;
    /// @dev rollup.DeltaEpoch's fields: MLSC, Epoch, End, Proposals, Tally (rollup.DeltaTally:
    ///      [Voters, Head, PeriodVoters, PeriodHead], trailing zeros left out), Periods.
    uint256 internal constant E_PROPOSALS = 3;
    uint256 internal constant E_VOTES = 4;
    uint256 internal constant E_PERIODS = 5;

    /// @notice rollup.Config.DeltaPeriodOrDefault: an epoch's length in blocks for an MLSC that
    ///         set none.
    uint64 public immutable deltaPeriod;

    /// @dev What a step reads before it decides: the globals' fields, the MLSC's and the
    ///      epoch's (raw items; none if absent), the proposal (vote-delta, delta-data), the
    ///      sender's vote record and its key (vote-delta, vote-period: _readVote), the
    ///      sender's account and its proof's slot, the fee.
    struct Reads {
        bytes[] g;
        bytes[] m;
        bytes[] e;
        bytes[] p;
        bytes man;
        bytes[] v;
        bytes vkey;
        Account a;
        uint256 slot;
        uint256 fee;
    }

    constructor(StepTrie trie_, uint64 deltaPeriod_) StepState(trie_) {
        require(deltaPeriod_ != 0, "period");
        deltaPeriod = deltaPeriod_;
    }

    /// @dev The reads, in witness order: globals, MLSC, epoch, [the proposal, if withProposal;
    ///      for a delta-data also its manifest (q.man)], all read only, then the sender's account; and the fee (with fees on). False if the
    ///      fee cap, the nonce or the balance refuses it.
    function _reads(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d, uint64 mlsc, bool withProposal, uint64 proposal)
        internal
        view
        returns (bool, Reads memory q)
    {
        (bool ok, bytes memory rec,) = _read(x, w, _globalsKey()); // read only
        if (!ok) revert MalformedEntry(_globalsKey());
        q.g = _globals(rec);
        (ok, rec,) = _read(x, w, _mlscKey(mlsc));
        if (ok) q.m = _fields(rec);
        (ok, rec,) = _read(x, w, _epochKey(mlsc));
        if (ok) q.e = _fields(rec);
        if (q.e.length != 0 && q.e.length != 6) revert MalformedEntry(_epochKey(mlsc));
        if (withProposal) {
            (ok, rec,) = _read(x, w, _proposalKey(mlsc, proposal));
            if (ok) q.p = _fields(rec);
            if (d.typ == 0x0d) {
                (ok, rec,) = _read(x, w, abi.encodePacked(bytes1(0x76), mlsc, proposal)); // DeltaManifestKey
                if (ok) q.man = RLPReader.readBytes(RLPReader.toRLPItem(rec));
            }
        }
        _readVote(x, w, d, mlsc, proposal, q);
        (q.a, q.slot) = _readAccount(x, w, d.from);
        if (ctx.fees.targetUnits != 0) {
            uint256 base = _baseFee(ctx.fees, q.g);
            if (d.feeCap != 0 && d.feeCap < base) return (false, q);
            x.units = _units(d);
            q.fee = x.units * base;
        }
        return (d.nonce == q.a.nonce && q.a.balance >= q.fee, q);
    }

    /// @dev A read after the proposal's and before the sender's (StepDeltas: the sender's vote
    ///      record); none here.
    function _readVote(Exec memory x, bytes[] calldata w, Tx memory d, uint64 mlsc, uint64 arg, Reads memory q)
        internal
        view
        virtual
    {}

    /// @dev Whether the epoch q.e lists proposal id.
    function _listed(Reads memory q, uint64 id) internal pure returns (bool found) {
        if (q.e.length == 0) return false;
        bytes[] memory props = _items(q.e[E_PROPOSALS]);
        for (uint256 i = 0; i < props.length; i++) {
            if (_int(props[i], 8) == id) found = true;
        }
    }

    /// @dev The MLSC's fields with its training-set record (DataState: the spec's dataset, no
    ///      period, anchor or proposals yet) if it has none.
    function _withData(bytes[] memory m) internal pure returns (bytes[] memory) {
        if (m.length != MLSC_FIELDS) return m;
        RLPReader.RLPItem[] memory s = RLPReader.readList(m[2]);
        bytes[] memory ds = new bytes[](8);
        ds[0] = RLPReader.readRawBytes(s[3]); // CID
        ds[1] = RLPReader.readRawBytes(s[4]); // Root
        ds[2] = RLPReader.readRawBytes(s[5]); // Size
        (ds[3], ds[4], ds[5], ds[6], ds[7]) = (hex"80", hex"80", hex"80", hex"80", hex"c0");
        return _push(m, RLPWriter.writeList(ds));
    }

    /// @dev Config.EpochAt: the epoch at height h of the MLSC whose fields are m (with its
    ///      DataState) and the height at which it ends, in uint64 arithmetic as Go's.
    function _epochAt(bytes[] memory m, uint64 h) internal view returns (uint64 epoch, uint64 end) {
        RLPReader.RLPItem[] memory ds = RLPReader.readList(m[MLSC_FIELDS]);
        if (ds.length != 8) revert MalformedEntry(_mlscKey(uint64(_int(m[0], 8))));
        uint256 p = _intItem(ds[3], 8);
        uint256 anchor = _intItem(ds[4], 8);
        uint256 first = _intItem(ds[5], 8);
        if (p == 0) p = deltaPeriod;
        uint256 height = h < anchor ? anchor : h;
        uint256 k = (height - anchor) / p;
        epoch = uint64(first + k);
        end = uint64(anchor + (k + 1) * p);
    }

    /// @dev State.fileEpoch: id appended to the Epochs of the due record at h (rollup.Due:
    ///      rlp([MLSCs[, Epochs]]); one entry per epoch, in filing order), the record created if
    ///      absent.
    function _fileEpoch(Exec memory x, bytes[] calldata w, uint64 h, uint64 id) internal view {
        bytes memory key = abi.encodePacked(bytes1(0x64), h); // rollup.DueKey
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        bytes[] memory out = new bytes[](2);
        bytes[] memory epochs;
        if (!ok) {
            out[0] = hex"c0";
        } else {
            bytes[] memory f = _items(rec);
            if (f.length != 1 && f.length != 2) revert MalformedEntry(key);
            out[0] = f[0];
            if (f.length == 2) epochs = _items(f[1]);
        }
        out[1] = RLPWriter.writeList(_push(epochs, RLPWriter.writeUint(id)));
        _write(x, w, key, RLPWriter.writeList(out), slot);
    }

    // ---------------------------------------------------------------------------------------
    // Fee, keys, records.

    /// @dev takeFee and payFee on the sender's account (nonce + 1); returns the fee
    ///      recipient's part still to credit (none if the sender is the recipient).
    function _pay(Context calldata ctx, Tx memory d, Reads memory q) internal pure returns (uint256 paid) {
        paid = _feePaid(ctx.fees, q.fee);
        q.a.balance -= q.fee;
        q.a.nonce += 1;
        if (paid != 0 && ctx.fees.recipient == d.from) {
            q.a.balance += paid;
            paid = 0;
        }
    }

    /// @dev The fee recipient's part, then the units (not inside a forced entry: its consuming
    ///      globals write counts them).
    function _finish(Context calldata ctx, Exec memory x, bytes[] calldata w, uint256 paid) internal view {
        if (paid != 0) _creditRecipient(ctx.fees, x, w, paid);
        if (x.units != 0 && !x.forced) _countUnits(x, w);
    }

    function _mlscKey(uint64 id) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x6d), id); // rollup.MLSCKey
    }

    function _epochKey(uint64 id) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x79), id); // rollup.DeltaEpochKey
    }

    function _proposalKey(uint64 id, uint64 p) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x78), id, p); // rollup.DeltaProposalKey
    }

    /// @dev rollup.DeltaVoteKey (prefix 0x6f) and PeriodVoteKey (0x71): prefix, MLSC, epoch, voter.
    function _voteKey(bytes1 prefix, uint64 id, uint64 epoch, address voter) internal pure returns (bytes memory) {
        return abi.encodePacked(prefix, id, epoch, voter);
    }

    /// @dev The four raw items of an epoch's tally (rollup.DeltaTally), the ones left out zero.
    function _tally(bytes memory raw) internal pure returns (bytes[] memory t) {
        bytes[] memory f = _fields(raw);
        if (f.length > 4) revert MalformedEntry(raw);
        t = new bytes[](4);
        for (uint256 i = 0; i < 4; i++) {
            t[i] = i < f.length ? f[i] : i % 2 == 0 ? bytes(hex"80") : RLPWriter.writeAddress(address(0));
        }
    }

    /// @dev An epoch's tally t as go-ethereum writes rollup.DeltaTally: its optional fields up to
    ///      the last that is not zero.
    function _tallyList(bytes[] memory t) internal pure returns (bytes memory) {
        uint256 n = 4;
        bytes32 zeroAddr = keccak256(RLPWriter.writeAddress(address(0)));
        while (n > 0 && (keccak256(t[n - 1]) == keccak256(hex"80") || keccak256(t[n - 1]) == zeroAddr)) n--;
        assembly ("memory-safe") {
            mstore(t, n)
        }
        return RLPWriter.writeList(t);
    }

    /// @dev The raw items of a record (an RLP list of at most 32 items).
    function _fields(bytes memory rec) internal pure returns (bytes[] memory out) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        out = new bytes[](f.length);
        for (uint256 i = 0; i < f.length; i++) {
            out[i] = RLPReader.readRawBytes(f[i]);
        }
    }

    /// @dev The raw items of RLP list l, however many (RLPReader.readList takes at most 32):
    ///      walked by their headers, each in bounds, the list exactly covered.
    function _items(bytes memory l) internal pure returns (bytes[] memory out) {
        (uint256 off, uint256 len, bool isList) = _header(l, 0);
        require(isList && off + len == l.length, "rlp list");
        uint256 n;
        for (uint256 p = off; p < l.length; n++) {
            (uint256 o, uint256 ln,) = _header(l, p);
            p += o + ln;
            require(p <= l.length, "rlp item");
        }
        out = new bytes[](n);
        uint256 i;
        for (uint256 p = off; p < l.length; i++) {
            (uint256 o, uint256 ln,) = _header(l, p);
            out[i] = _slice(l, p, o + ln);
            p += o + ln;
        }
    }

    /// @dev l with item appended (a new array).
    function _push(bytes[] memory l, bytes memory item) internal pure returns (bytes[] memory out) {
        out = new bytes[](l.length + 1);
        for (uint256 i = 0; i < l.length; i++) {
            out[i] = l[i];
        }
        out[l.length] = item;
    }
}
