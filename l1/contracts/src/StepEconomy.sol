// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepEconomy
/// @notice Re-executes the paid-use steps of the L2 (rollup/economy.go) for the StepVerifier,
///         which decodes the transaction and calls run: use-model (0x10) and claim-earnings
///         (0x11), each with its L2 fee, nonce and every rejection ApplyTx has. A contract of its
///         own beside the StepVerifier (EIP-170), sharing its StepTrie.
/// @dev Keys, in witness order (rollup.StepKeys; "ro" is read only):
///      use-model: globals ro (base fee, height), model(mlsc) ro, account(sender),
///      [account(creator): its share, if not zero and the creator is not the sender],
///      pool(mlsc), use(mlsc, sender), [account(fee recipient)], [globals: units];
///      claim-earnings: globals ro, model ro, pool ro, claimed(mlsc, sender) ro, account(sender),
///      claimed(mlsc, sender), [account(fee recipient)], [globals: units]. Every rejection is
///      decided before the first write. A step that is not valid changes nothing (the
///      StepVerifier returns the root before it). Inside a forced entry (x.forced) the units are
///      left to the entry's globals write, and a rejected step's cursor is past its reads.
contract StepEconomy is StepState {
    /// @dev rollup.UseTrainerBps and UseDeltaBps.
    uint256 private constant USE_TRAINER_BPS = 7_000;
    uint256 private constant USE_DELTA_BPS = 1_000;
    uint8 private constant TX_USE_MODEL = 0x10;

    /// @dev What a step reads of rollup.Model: the record is rlp([MLSC, Creator, Done, Reason,
    ///      Height, L1Number, CheckpointCID, Weights, LossSum, [Circuit, Digest], ProofRound,
    ///      UseFee, [[Addr, Rounds, Deltas]...], TrainerWeight, DeltaWeight, Message]).
    struct Model {
        bool found; // finished and proven (finishedModel)
        address creator;
        uint256 useFee;
        RLPReader.RLPItem[] contributors;
        uint64 trainerWeight;
        uint64 deltaWeight;
    }

    constructor(StepTrie trie_) StepState(trie_) {}

    /// @notice Re-executes paid-use transaction d (decoded and signed-checked by the
    ///         StepVerifier) from exec x with witness w; returns whether it applies and the exec
    ///         after it (its root).
    function run(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        external
        view
        returns (bool valid, Exec memory)
    {
        valid = d.typ == TX_USE_MODEL ? _useModel(ctx, x, w, d) : _claimEarnings(ctx, x, w, d);
        return (valid, x);
    }

    /// @dev applyUseModel after takeFee: the model is finished and proven, the transaction pays
    ///      exactly its use fee, and the balance left after the L2 fee covers it; the fee is
    ///      split (UseSplit) between the creator (credited) and the pools (ModelPool), and the
    ///      sender's use is recorded (UseRecord).
    function _useModel(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d) private view returns (bool) {
        (uint256 fee, bool capOk, uint64 height) = _head(ctx, x, w, d);
        Model memory m = _model(x, w, d.mlsc);
        (Account memory a, uint256 slot) = _readAccount(x, w, d.from);
        if (!capOk || d.nonce != a.nonce || a.balance < fee) return false;
        if (!m.found || d.amount != m.useFee || a.balance - fee < d.amount) return false;
        uint256[3] memory split = _useSplit(m, d.amount);
        uint256 paid = _feePaid(ctx.fees, fee);
        a.balance -= fee + d.amount;
        a.nonce += 1;
        if (m.creator == d.from) a.balance += split[0]; // the creator's own account is written apart
        if (paid != 0 && ctx.fees.recipient == d.from) {
            a.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, d.from, a, slot);
        if (split[0] != 0 && m.creator != d.from) paid = _creditCreator(ctx.fees, x, w, m.creator, split[0], paid);
        _addToPool(x, w, d.mlsc, split);
        _recordUse(x, w, d, height);
        if (paid != 0) _creditRecipient(ctx.fees, x, w, paid);
        if (x.units != 0 && !x.forced) _countUnits(x, w);
        return true;
    }

    /// @dev UseSplit of a proven model's use fee: [creator, trainers, delta proposers]; the
    ///      trainers get 70 %, the proposers 10 % if any delta was applied, the creator the rest.
    function _useSplit(Model memory m, uint256 fee) private pure returns (uint256[3] memory s) {
        s[1] = Math.mulDiv(fee, USE_TRAINER_BPS, BASIS_POINTS); // a proven model has trainers
        if (m.deltaWeight > 0) s[2] = Math.mulDiv(fee, USE_DELTA_BPS, BASIS_POINTS);
        s[0] = fee - s[1] - s[2];
    }

    /// @dev Credits the creator's share to its account, with the fee recipient's part if it is
    ///      the recipient; returns the part still to pay.
    function _creditCreator(FeeRule calldata f, Exec memory x, bytes[] calldata w, address creator, uint256 share, uint256 paid)
        private
        view
        returns (uint256)
    {
        (Account memory c, uint256 slot) = _readAccount(x, w, creator);
        c.balance += share;
        if (paid != 0 && f.recipient == creator) {
            c.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, creator, c, slot);
        return paid;
    }

    /// @dev applyClaimEarnings after takeFee: the model is finished and proven, the sender is
    ///      one of its contributors and is owed something (rollup.Owed), which is credited to it
    ///      and added to what it claimed.
    function _claimEarnings(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        private
        view
        returns (bool)
    {
        (uint256 fee, bool capOk,) = _head(ctx, x, w, d);
        (uint256 claimed, uint256 owed) = _owed(x, w, d);
        (Account memory a, uint256 slot) = _readAccount(x, w, d.from);
        if (!capOk || d.nonce != a.nonce || a.balance < fee || owed == 0) return false;
        uint256 paid = _feePaid(ctx.fees, fee);
        a.balance = a.balance - fee + owed;
        a.nonce += 1;
        if (paid != 0 && ctx.fees.recipient == d.from) {
            a.balance += paid;
            paid = 0;
        }
        _writeAccount(x, w, d.from, a, slot);
        _setClaimed(x, w, d, claimed + owed);
        if (paid != 0) _creditRecipient(ctx.fees, x, w, paid);
        if (x.units != 0 && !x.forced) _countUnits(x, w);
        return true;
    }

    function _claimedKey(Tx memory d) private pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x45), d.mlsc, d.from); // rollup.ClaimedKey
    }

    /// @dev Writes what d.from has claimed from MLSC d.mlsc's model (a bare rlp integer).
    function _setClaimed(Exec memory x, bytes[] calldata w, Tx memory d, uint256 total) private view {
        bytes memory key = _claimedKey(d);
        (,, uint256 slot) = _read(x, w, key);
        _write(x, w, key, RLPWriter.writeUint(total), slot);
    }

    /// @dev What claim-earnings d is owed (rollup.Owed), from MLSC d.mlsc's model, its pool and
    ///      what d.from claimed (each read only): its claims so far and the rest of its due, zero
    ///      unless the model is finished and proven, d.from contributed to it and its due
    ///      exceeds its claims.
    function _owed(Exec memory x, bytes[] calldata w, Tx memory d) private view returns (uint256 claimed, uint256) {
        Model memory m = _model(x, w, d.mlsc);
        (uint256[4] memory p,) = _pool(x, w, d.mlsc);
        (bool has, bytes memory rec,) = _read(x, w, _claimedKey(d));
        if (has) claimed = _int(rec, 32);
        if (!m.found) return (claimed, 0);
        (bool isContributor, uint256 rounds, uint256 deltas) = _contributor(m, d.from);
        if (!isContributor) return (claimed, 0);
        uint256 due;
        if (rounds > 0) due = Math.mulDiv(p[2], rounds, m.trainerWeight); // the trainers' pool
        if (deltas > 0 && m.deltaWeight > 0) due += Math.mulDiv(p[3], deltas, m.deltaWeight); // the proposers'
        if (due <= claimed) return (claimed, 0); // nothing owed
        return (claimed, due - claimed);
    }

    /// @dev Reads the globals (read only): d's L2 fee at the base fee and whether its cap allows
    ///      it (none with fees off; sets x.units with fees on), and the block's height.
    function _head(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        private
        view
        returns (uint256 fee, bool capOk, uint64 height)
    {
        (bool ok, bytes memory rec,) = _read(x, w, _globalsKey());
        if (!ok) revert MalformedEntry(_globalsKey());
        bytes[] memory g = _globals(rec);
        height = uint64(_int(g[G_HEIGHT], 8));
        if (ctx.fees.targetUnits == 0) return (0, true, height);
        uint256 base = _baseFee(ctx.fees, g);
        x.units = _units(d);
        return (x.units * base, d.feeCap == 0 || d.feeCap >= base, height);
    }

    /// @dev MLSC id's model record (read only) and whether it is finished and proven
    ///      (finishedModel; an MLSC with a model record exists).
    function _model(Exec memory x, bytes[] calldata w, uint64 id) private view returns (Model memory m) {
        bytes memory key = abi.encodePacked(bytes1(0x46), id); // rollup.ModelKey
        (bool ok, bytes memory rec,) = _read(x, w, key);
        if (!ok) return m;
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length != 16) revert MalformedEntry(key);
        m.creator = _addr(f[1]);
        bool done = _intItem(f[2], 1) == 1;
        m.useFee = _intItem(f[11], 32);
        m.contributors = RLPReader.readList(f[12]);
        m.trainerWeight = uint64(_intItem(f[13], 8));
        m.deltaWeight = uint64(_intItem(f[14], 8));
        m.found = done && m.trainerWeight > 0;
    }

    /// @dev Whether who is one of m's contributors, with its rounds won and deltas applied.
    function _contributor(Model memory m, address who) private pure returns (bool, uint256, uint256) {
        for (uint256 i = 0; i < m.contributors.length; i++) {
            RLPReader.RLPItem[] memory c = RLPReader.readList(m.contributors[i]);
            if (c.length != 3) revert MalformedEntry(abi.encodePacked(who));
            if (_addr(c[0]) == who) return (true, _intItem(c[1], 8), _intItem(c[2], 8));
        }
        return (false, 0, 0);
    }

    function _poolKey(uint64 id) private pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x50), id); // rollup.ModelPoolKey
    }

    /// @dev The pool record's fields rlp([Uses, CreatorPaid, TrainerPaid, DeltaPaid]), zeros if
    ///      absent, and its proof's slot.
    function _pool(Exec memory x, bytes[] calldata w, uint64 id) private view returns (uint256[4] memory p, uint256 slot) {
        bytes memory key = _poolKey(id);
        (bool ok, bytes memory rec, uint256 s) = _read(x, w, key);
        slot = s;
        if (!ok) return (p, slot);
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length != 4) revert MalformedEntry(key);
        p[0] = _intItem(f[0], 8);
        for (uint256 i = 1; i < 4; i++) {
            p[i] = _intItem(f[i], 32);
        }
    }

    /// @dev One more use, and the shares of its fee, in MLSC id's pool.
    function _addToPool(Exec memory x, bytes[] calldata w, uint64 id, uint256[3] memory split) private view {
        (uint256[4] memory p, uint256 slot) = _pool(x, w, id);
        bytes[] memory f = new bytes[](4);
        f[0] = RLPWriter.writeUint(p[0] + 1);
        for (uint256 i = 0; i < 3; i++) {
            f[i + 1] = RLPWriter.writeUint(p[i + 1] + split[i]);
        }
        _write(x, w, _poolKey(id), RLPWriter.writeList(f), slot);
    }

    /// @dev The sender's use record rlp([Uses, Paid, LastHeight]): one more use, paid the use fee,
    ///      at this height.
    function _recordUse(Exec memory x, bytes[] calldata w, Tx memory d, uint64 height) private view {
        bytes memory key = abi.encodePacked(bytes1(0x55), d.mlsc, d.from); // rollup.UseKey
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        uint256 uses;
        uint256 paidSoFar;
        if (ok) {
            RLPReader.RLPItem[] memory r = RLPReader.readList(rec);
            if (r.length != 3) revert MalformedEntry(key);
            uses = _intItem(r[0], 8);
            paidSoFar = _intItem(r[1], 32);
        }
        bytes[] memory f = new bytes[](3);
        f[0] = RLPWriter.writeUint(uses + 1);
        f[1] = RLPWriter.writeUint(paidSoFar + d.amount);
        f[2] = RLPWriter.writeUint(height);
        _write(x, w, key, RLPWriter.writeList(f), slot);
    }
}
