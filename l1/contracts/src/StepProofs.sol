// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepProofs
/// @notice Re-executes the effects of a loss proof that applies (rollup/stf.go applyLossProof),
///         for StepMLSC, which decided it valid (nonce, claim, circuit, Groth16 proof): the
///         round's reward minted (rollup.Config.Reward of the globals' Issued at their Time:
///         Issued / rewardDivisor, halved every halvingSeconds after genesisTime), the escrow's
///         share for the round (escrow / rounds left), of which proverBps basis points go to the
///         prover (its RewardTo if set), the rest and the reward to the best revealer; the
///         sender's nonce; the model's win (rollup recordWin: the contributor, its rounds, the
///         trainer weight, the proof and its round); the MLSC's best fields and RoundsWon; the
///         round marked proven; and the MLSC filed at the next height, whose block start
///         (StepBlocks) releases the round's claims and settles it. A contract of its own beside
///         the StepMLSC (EIP-170), sharing its StepTrie.
/// @dev Keys, after StepMLSC's three reads (mlsc ro, account(sender) ro, round: written here
///      with StepMLSC's proof, Proven set), in witness order (rollup lossKeys): globals (read and written at once: Issued; inside a forced
///      entry also ForcedConsumed, consuming it); the accounts
///      credited or counted up (best revealer, sender, and the payee of a non-zero prover
///      share), in increasing address order; the model; the MLSC; then, if its proof
///      window ends after the next height, due(h + 1) (the MLSC appended) and due(proof end)
///      (the MLSC taken out).
contract StepProofs is StepState {
    /// @notice What StepMLSC decided of an applied loss proof: the MLSC and round, the sender
    ///         and its reward address (zero: the sender), the MLSC and round records it read,
    ///         the best claim (1 + its index in the round's reveals), the circuit and the claim's
    ///         digest (rollup.AppliedProof).
    struct Applied {
        uint64 mlsc;
        uint64 round;
        address from;
        address rewardTo;
        bytes mrec;
        bytes rrec;
        uint256 best;
        bytes32 circuit;
        uint256 digest;
        uint256 roundSlot;
    }

    /// @dev What the step credits one account, and whether its nonce counts up.
    struct Credit {
        address who;
        uint256 amount;
        bool nonce;
    }

    /// @dev The proof being applied.
    struct Run {
        bytes[] m; // the MLSC record's raw fields
        bytes[] r; // the round record's raw fields
        address trainer;
        uint64 h;
        uint256 reward;
        uint256 share;
        uint256 pay;
        uint64 proofEnd;
    }

    /// @notice rollup.Config.RewardDivisor, GenesisTime, HalvingSeconds and ProverBps of the
    ///         chain (its chain file's), given at deployment.
    uint64 public immutable rewardDivisor;
    uint64 public immutable genesisTime;
    uint64 public immutable halvingSeconds;
    uint64 public immutable proverBps;

    /// @dev rollup.Globals' Time and Issued.
    uint256 private constant G_TIME = 1;
    uint256 private constant G_ISSUED = 7;

    constructor(StepTrie trie_, uint64 rewardDivisor_, uint64 genesisTime_, uint64 halvingSeconds_, uint64 proverBps_)
        StepState(trie_)
    {
        require(rewardDivisor_ != 0 && halvingSeconds_ != 0 && proverBps_ <= BASIS_POINTS, "reward rule");
        rewardDivisor = rewardDivisor_;
        genesisTime = genesisTime_;
        halvingSeconds = halvingSeconds_;
        proverBps = proverBps_;
    }

    /// @notice rollup.Config.Reward: the NRN minted for a round won at L2 time t with issued
    ///         NRN ever issued.
    function reward(uint256 issued, uint64 t) public view returns (uint256 r) {
        r = issued / rewardDivisor;
        if (t > genesisTime) {
            uint256 h = (t - genesisTime) / halvingSeconds;
            if (h >= 256) return 0;
            r >>= h;
        }
    }

    /// @notice Applies loss proof p (valid: StepMLSC decided it) from exec x, with witness w
    ///         at the globals' proof; returns the exec after it.
    function runApplied(Exec memory x, bytes[] calldata w, Applied memory p) external view returns (Exec memory) {
        Run memory b;
        b.m = _fields(p.mrec, abi.encodePacked(bytes1(0x6d), p.mlsc));
        b.r = _fields(p.rrec, _roundKey(p.mlsc, p.round));
        // The round, read last by StepMLSC (nothing written since), is proven with that proof:
        // its record, the largest, is proven once.
        b.r[6] = RLPWriter.writeBool(true); // Proven
        _write(x, w, _roundKey(p.mlsc, p.round), RLPWriter.writeList(b.r), p.roundSlot);
        {
            (bool ok, bytes memory rec, uint256 slot) = _read(x, w, _globalsKey());
            if (!ok) revert MalformedEntry(_globalsKey());
            bytes[] memory g = _globals(rec);
            uint256 issued = _int(g[G_ISSUED], 32);
            b.h = uint64(_int(g[G_HEIGHT], 8));
            b.reward = reward(issued, uint64(_int(g[G_TIME], 8)));
            g[G_ISSUED] = RLPWriter.writeUint(issued + b.reward);
            if (x.forced) { // inside a forced entry this write consumes it, as a withdrawal's does
                uint256 consumed = g.length > G_FORCED ? _int(g[G_FORCED], 8) : 0;
                if (consumed != x.forcedIndex) x.forcedOutOfOrder = true;
                g = _setGlobal(g, G_FORCED, RLPWriter.writeUint(consumed + 1));
            }
            _write(x, w, _globalsKey(), RLPWriter.writeList(g), slot);
        }
        bytes[] memory rv = _reveal(b.r[3], p.best - 1, _roundKey(p.mlsc, p.round));
        b.trainer = _addr(RLPReader.toRLPItem(rv[0]));
        {
            RLPReader.RLPItem[] memory sp = RLPReader.readList(b.m[2]); // rollup.MLSCSpec
            uint256 escrow = _int(b.m[3], 32);
            b.share = escrow / (_intItem(sp[14], 4) - p.round + 1); // rounds left, this one's too
            b.m[3] = RLPWriter.writeUint(escrow - b.share);
            b.pay = b.share * proverBps / BASIS_POINTS;
            b.share -= b.pay;
            b.proofEnd = uint64(_int(b.m[5], 8) + _intItem(sp[11], 8) + _intItem(sp[12], 8) + _intItem(sp[13], 8));
        }
        _credit(x, w, b, p);
        _win(x, w, b, p);
        (b.m[7], b.m[8], b.m[9], b.m[10]) = (rv[1], rv[2], rv[5], rv[0]); // the best claim's
        b.m[11] = RLPWriter.writeUint(_int(b.m[11], 8) + 1); // RoundsWon
        _rewrite(x, w, abi.encodePacked(bytes1(0x6d), p.mlsc), RLPWriter.writeList(b.m));
        if (b.proofEnd > b.h + 1) { // rollup schedule: from its proof end to the next height
            _fileAt(x, w, b.h + 1, new uint64[](0), p.mlsc);
            bytes memory key = _dueKey(b.proofEnd);
            (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
            if (!ok) revert MalformedEntry(key);
            _write(x, w, key, _unfiled(rec, key, p.mlsc), slot);
        }
        x.units = 0; // a loss proof pays no fee
        return x;
    }

    /// @dev The reward and share to the best revealer, the prover's pay to its payee, the
    ///      sender's nonce + 1: each account once, in increasing address order.
    function _credit(Exec memory x, bytes[] calldata w, Run memory b, Applied memory p) private view {
        Credit[] memory cs = new Credit[](3);
        uint256 n;
        n = _add(cs, n, b.trainer, b.reward + b.share, false);
        n = _add(cs, n, p.from, 0, true);
        if (b.pay != 0) n = _add(cs, n, p.rewardTo == address(0) ? p.from : p.rewardTo, b.pay, false);
        for (uint256 i = 1; i < n; i++) {
            for (uint256 j = i; j > 0 && cs[j - 1].who > cs[j].who; j--) {
                (cs[j - 1], cs[j]) = (cs[j], cs[j - 1]);
            }
        }
        for (uint256 i = 0; i < n; i++) {
            (Account memory a, uint256 slot) = _readAccount(x, w, cs[i].who);
            a.balance += cs[i].amount;
            if (cs[i].nonce) a.nonce += 1;
            _writeAccount(x, w, cs[i].who, a, slot);
        }
    }

    function _add(Credit[] memory cs, uint256 n, address who, uint256 amount, bool nonce) private pure returns (uint256) {
        uint256 i = 0;
        while (i < n && cs[i].who != who) i++;
        cs[i].who = who;
        cs[i].amount += amount;
        cs[i].nonce = cs[i].nonce || nonce;
        return i == n ? n + 1 : n;
    }

    /// @dev rollup recordWin: the model (created if absent) counts a round for the trainer (a
    ///      contributor inserted in address order if new), the trainer weight, and records the
    ///      proof and its round.
    function _win(Exec memory x, bytes[] calldata w, Run memory b, Applied memory p) private view {
        bytes memory key = abi.encodePacked(bytes1(0x46), p.mlsc); // rollup.ModelKey
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        bytes[] memory f =
            ok ? _rawList(rec, 16, key) : _newModel(p.mlsc, _addr(RLPReader.toRLPItem(b.m[1])));
        f[12] = _contributors(f[12], b.trainer, key);
        f[13] = RLPWriter.writeUint(_int(f[13], 8) + 1); // TrainerWeight
        bytes[] memory pr = new bytes[](2);
        pr[0] = RLPWriter.writeBytes(abi.encodePacked(p.circuit));
        pr[1] = RLPWriter.writeBytes(abi.encodePacked(p.digest));
        f[9] = RLPWriter.writeList(pr);
        f[10] = RLPWriter.writeUint(p.round); // ProofRound
        _write(x, w, key, RLPWriter.writeList(f), slot);
    }

    /// @dev The contributors list l (rlp([[addr, rounds, deltas]...]), sorted by address,
    ///      walked in place) with trainer's rounds + 1, inserted if absent.
    function _contributors(bytes memory l, address trainer, bytes memory key) private pure returns (bytes memory) {
        bytes[] memory items = _items(l, key);
        uint256 n = items.length;
        bytes[] memory all = new bytes[](n + 1);
        uint256 k;
        bool done;
        for (uint256 i = 0; i < n; i++) {
            (k, done) = _place(all, k, items[i], trainer, done, key);
        }
        items = all;
        if (!done) items[k++] = _contributor(trainer, 1, RLPWriter.writeUint(0));
        assembly ("memory-safe") {
            mstore(items, k)
        }
        return RLPWriter.writeList(items);
    }

    /// @dev The items of RLP list l, raw (walked in place: any number of them).
    function _items(bytes memory l, bytes memory key) private pure returns (bytes[] memory items) {
        (uint256 off, uint256 len, bool isList) = _header(l, 0);
        if (!isList || off + len != l.length) revert MalformedEntry(key);
        uint256 n;
        for (uint256 i = off; i < l.length; n++) {
            (uint256 o, uint256 ln,) = _header(l, i);
            i += o + ln;
        }
        items = new bytes[](n);
        n = 0;
        for (uint256 i = off; i < l.length; n++) {
            (uint256 o, uint256 ln,) = _header(l, i);
            items[n] = _slice(l, i, o + ln);
            i += o + ln;
        }
    }

    /// @dev Appends contributor c to items[k:], after trainer's new entry, or as trainer's
    ///      with one more round, where trainer belongs (done: placed already).
    function _place(bytes[] memory items, uint256 k, bytes memory c, address trainer, bool done, bytes memory key)
        private
        pure
        returns (uint256, bool)
    {
        RLPReader.RLPItem[] memory cf = RLPReader.readList(c);
        if (cf.length != 3) revert MalformedEntry(key);
        address a = _addr(cf[0]);
        if (!done && a >= trainer) {
            if (a == trainer) {
                items[k] = _contributor(trainer, _intItem(cf[1], 8) + 1, RLPReader.readRawBytes(cf[2]));
                return (k + 1, true);
            }
            items[k++] = _contributor(trainer, 1, RLPWriter.writeUint(0));
            done = true;
        }
        items[k] = c;
        return (k + 1, done);
    }

    function _contributor(address a, uint256 rounds, bytes memory deltas) private pure returns (bytes memory) {
        bytes[] memory f = new bytes[](3);
        f[0] = RLPWriter.writeAddress(a);
        f[1] = RLPWriter.writeUint(rounds);
        f[2] = deltas;
        return RLPWriter.writeList(f);
    }

    /// @dev The raw fields of reveal i of the round's reveals list rl (rollup.RevealRecord:
    ///      trainer, checkpoint CID, weights, trace CID, trace root, claimed loss sum, height).
    function _reveal(bytes memory rl, uint256 i, bytes memory key) private pure returns (bytes[] memory f) {
        (uint256 off, uint256 len, bool isList) = _header(rl, 0);
        if (!isList || off + len != rl.length) revert MalformedEntry(key);
        uint256 q = off;
        for (uint256 k = 0; k < i; k++) {
            (uint256 o, uint256 l,) = _header(rl, q);
            q += o + l;
        }
        if (q >= rl.length) revert MalformedEntry(key);
        (uint256 ro, uint256 rln,) = _header(rl, q);
        f = _rawList(_slice(rl, q, ro + rln), 7, key);
    }

    /// @dev The raw fields of record rec (an MLSC's 12 or 13, a round's 8 or 9).
    function _fields(bytes memory rec, bytes memory key) private pure returns (bytes[] memory f) {
        RLPReader.RLPItem[] memory items = RLPReader.readList(rec);
        f = new bytes[](items.length);
        for (uint256 i = 0; i < items.length; i++) {
            f[i] = RLPReader.readRawBytes(items[i]);
        }
        if (f.length < 8 || f.length > 13) revert MalformedEntry(key);
    }

    /// @dev Due record rec without MLSC id (its epochs kept).
    function _unfiled(bytes memory rec, bytes memory key, uint64 id) private pure returns (bytes memory) {
        (uint64[] memory ids, bytes memory epochs) = _dueRecord(rec, key);
        bytes[] memory items = new bytes[](ids.length);
        uint256 k;
        for (uint256 i = 0; i < ids.length; i++) {
            if (ids[i] != id) items[k++] = RLPWriter.writeUint(ids[i]);
        }
        if (k == ids.length) revert MalformedEntry(key); // the MLSC was filed there
        assembly ("memory-safe") {
            mstore(items, k)
        }
        bytes[] memory f = new bytes[](epochs.length > 1 ? 2 : 1);
        f[0] = RLPWriter.writeList(items);
        if (f.length == 2) f[1] = epochs;
        return RLPWriter.writeList(f);
    }
}
