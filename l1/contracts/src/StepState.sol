// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title StepState
/// @notice What every contract that re-executes L2 steps shares: the step's context and decoded
///         transaction, the witness cursor, the L2 state entries (globals, accounts) read and
///         written through a StepTrie, the L2 fee rule, and go-ethereum-compatible RLP values.
/// @dev The state is the L2's trie: keccak256(key) => rlp([key, rlp(record)]). Each touched key
///      is read and then written once, in the order rollup.StepKeys lists, with one proof per
///      key against the root left by the writes before it (witness[i]). A tx family that does
///      not fit in StepVerifier (EIP-170) goes in its own contract that inherits this one, is
///      deployed beside it with the same StepTrie, and is called by StepVerifier.execute with
///      (ctx, exec, witness, tx), returning whether the step applies and the exec after it.
abstract contract StepState {
    /// @notice A body's decoding ran out of the gas it was given: the challenge gave too
    ///         little to decide the step (no evidence either way).
    error StarvedDecode();

    /// @dev Called in the catch of a try-call to a decoder begun with `before` gas left: reverts
    ///      StarvedDecode when the decoder used up what it was forwarded (EIP-150 leaves the
    ///      caller less than before / 64 then), so that a challenger cannot make an honest
    ///      step's body look malformed, and the step invalid, by starving its decoding. A body
    ///      that is malformed fails with most of the gas left.
    function _notStarved(uint256 before) internal view {
        if (gasleft() < before / 63) revert StarvedDecode();
    }

    /// @notice The L2 fee market (rollup.FeeRule): a signed transaction (but a loss proof) of
    ///         `size` encoded bytes has kindUnits(type) + 16 × size fee units and pays units ×
    ///         the block's base fee (globals BaseFee, NRN wei per unit), taken before it runs and
    ///         refunded if it is rejected; its signed fee cap, if not zero, must be at least the
    ///         base fee. Of an applied one's fee the recipient gets floor(fee × (10000 −
    ///         burnBps) / 10000) (nothing if recipient is zero), the rest is burnt; its units add
    ///         to the block's (globals BlockUnits). Each block start moves the base fee towards
    ///         targetUnits by at most 1/8 (_nextBaseFee), never below minBaseFee. targetUnits
    ///         zero (the zero rule) turns fees off.
    struct FeeRule {
        uint256 minBaseFee;
        uint64 targetUnits;
        uint64 burnBps;
        address recipient;
    }

    /// @notice The chain the step runs on: what ApplyTx takes from rollup.Config, and where the
    ///         deposit and forced queues are. minStake is rollup.Config.MinStake, the stake a
    ///         commit needs.
    struct Context {
        uint64 chainId;
        address rollup;
        address bridge;
        FeeRule fees;
        uint256 minStake;
    }

    /// @notice A decoded transaction: for transfers and withdrawals (nonce, sender, to, amount);
    ///         stakes and unstakes (nonce, sender, amount); use-model (nonce, sender, mlsc, the
    ///         use fee in amount); claim-earnings (nonce, sender, mlsc);
    ///         deposits (L1 nonce, depositor, to, amount); forced entries (index, L1 sender, the
    ///         queued bytes in inner); a block start (number in nonce, time in amount, L1 number
    ///         in l1Number, L1 hash in l1Hash). size is the encoding's length (the fee's bytes).
    struct Tx {
        uint8 typ;
        uint64 nonce;
        address from;
        address to;
        uint256 amount;
        bytes inner;
        uint64 l1Number;
        bytes32 l1Hash;
        uint256 size;
        uint256 feeCap;
        uint64 mlsc;
    }

    /// @dev The trie being rewritten: its current root and the next witness proof to use.
    struct Exec {
        bytes32 root;
        uint256 next;
        bytes32 withdrawalLeaf;
        // Inside a forced entry: its index, which the globals' ForcedConsumed must equal, and
        // whether they did not (then the whole step is invalid).
        bool forced;
        uint64 forcedIndex;
        bool forcedOutOfOrder;
        // The fee units of the signed transaction being applied, which the next globals write
        // adds to BlockUnits (then zeroes).
        uint64 units;
        // The stake an applied stake (stakeIn) or unstake (stakeOut) moved, which the next
        // globals write adds to or takes from TotalStake (then zeroes).
        uint256 stakeIn;
        uint256 stakeOut;
    }

    /// @dev An account: rlp([nonce, balance, stake, openClaims]).
    struct Account {
        uint64 nonce;
        uint256 balance;
        uint256 stake;
        uint64 openClaims;
    }

    /// @notice The witness has no proof for the next key the step touches.
    error WitnessShort(uint256 have);
    /// @notice A state entry the proof shows is not a record of the expected shape.
    error MalformedEntry(bytes key);

    /// @dev rollup.BasisPoints.
    uint256 internal constant BASIS_POINTS = 10_000;
    /// @dev rollup.FeeUnitsPerByte and BaseFeeChangeDenominator.
    uint256 internal constant FEE_UNITS_PER_BYTE = 16;
    uint256 internal constant BASE_FEE_CHANGE_DENOMINATOR = 8;
    /// @dev The globals' fields (rollup.Globals): those from G_FORCED on are optional, left out
    ///      of the record from the last non-zero one on.
    uint256 internal constant G_HEIGHT = 0;
    uint256 internal constant G_NEXT_MLSC = 4;
    uint256 internal constant G_DEPOSITS = 5;
    uint256 internal constant G_NEXT_WITHDRAWAL = 6;
    uint256 internal constant G_FORCED = 8;
    uint256 internal constant G_BASE_FEE = 10;
    uint256 internal constant G_BLOCK_UNITS = 11;
    uint256 internal constant G_TOTAL_STAKE = 12;

    /// @notice The trie reader and writer every step contract of this chain uses.
    StepTrie public immutable trie;

    constructor(StepTrie trie_) {
        trie = trie_;
    }

    // ---------------------------------------------------------------------------------------
    // Fees (rollup/fees.go).

    /// @dev rollup.KindUnits.
    function _kindUnits(uint8 typ) internal pure returns (uint256) {
        if (typ == 0x01 || typ == 0x05 || typ == 0x06 || typ == 0x0c || typ == 0x0f) return 5_000;
        if (typ == 0x07 || typ == 0x0d || typ == 0x10 || typ == 0x11) return 10_000;
        if (typ == 0x02 || typ == 0x08 || typ == 0x0e) return 20_000;
        if (typ == 0x0b) return 50_000;
        if (typ == 0x04) return 100_000;
        return 0;
    }

    /// @dev rollup.FeeUnits of a fee-paying transaction.
    function _units(Tx memory d) internal pure returns (uint64) {
        return uint64(_kindUnits(d.typ) + FEE_UNITS_PER_BYTE * d.size);
    }

    /// @dev The base fee in globals g (the floor before the first block with fees).
    function _baseFee(FeeRule calldata f, bytes[] memory g) internal pure returns (uint256) {
        return g.length > G_BASE_FEE ? _int(g[G_BASE_FEE], 32) : f.minBaseFee;
    }

    /// @dev FeeRule.NextBaseFee: EIP-1559's update from the parent's base fee and units, the
    ///      excess over the target bounded by the target, at least +1 wei over it, then no
    ///      less than the floor.
    function _nextBaseFee(FeeRule calldata f, uint256 base, uint256 units) internal pure returns (uint256) {
        uint256 target = f.targetUnits;
        uint256 denom = target * BASE_FEE_CHANGE_DENOMINATOR;
        if (units > target) {
            uint256 diff = units - target;
            if (diff > target) diff = target;
            uint256 delta = Math.mulDiv(base, diff, denom);
            base += delta == 0 ? 1 : delta;
        } else if (units < target) {
            base -= Math.mulDiv(base, target - units, denom);
        }
        return base < f.minBaseFee ? f.minBaseFee : base;
    }

    /// @dev BeginBlock's checks of block start d (number in nonce, time in amount) against the
    ///      globals g, and its writes to them: the number, time and L1 view, and with fees on the
    ///      base fee moved (beginFees: _nextBaseFee from the previous block's units, none yet
    ///      counting as zero) and the block's units zeroed. ok is false if d does not follow g.
    function _beginGlobals(FeeRule calldata f, bytes[] memory g, Tx memory d)
        internal
        pure
        returns (bool ok, bytes[] memory)
    {
        if (d.nonce != _int(g[G_HEIGHT], 8) + 1 || d.amount < _int(g[1], 8) || d.l1Number < _int(g[2], 8)) {
            return (false, g);
        }
        g[G_HEIGHT] = RLPWriter.writeUint(d.nonce);
        g[1] = RLPWriter.writeUint(d.amount);
        g[2] = RLPWriter.writeUint(d.l1Number);
        g[3] = RLPWriter.writeBytes(abi.encodePacked(d.l1Hash));
        if (f.targetUnits != 0) {
            uint256 base = g.length > G_BASE_FEE ? _int(g[G_BASE_FEE], 32) : 0;
            uint256 used = g.length > G_BLOCK_UNITS ? _int(g[G_BLOCK_UNITS], 8) : 0;
            g = _setGlobal(g, G_BASE_FEE, RLPWriter.writeUint(_nextBaseFee(f, base, used)));
            g = _setGlobal(g, G_BLOCK_UNITS, RLPWriter.writeUint(0));
        }
        return (true, g);
    }

    /// @dev Adds x.units to the globals' BlockUnits (then zeroes them): the applied signed
    ///      transaction's share of the block.
    ///      With it, the stake moved (x.stakeIn, x.stakeOut) to TotalStake.
    function _addUnits(Exec memory x, bytes[] memory g) internal pure returns (bytes[] memory) {
        if (x.stakeIn != 0 || x.stakeOut != 0) {
            g = _setGlobal(g, G_TOTAL_STAKE, RLPWriter.writeUint(_totalStake(g) + x.stakeIn - x.stakeOut));
            (x.stakeIn, x.stakeOut) = (0, 0);
        }
        if (x.units == 0) return g;
        uint256 used = g.length > G_BLOCK_UNITS ? _int(g[G_BLOCK_UNITS], 8) : 0;
        g = _setGlobal(g, G_BLOCK_UNITS, RLPWriter.writeUint(used + x.units));
        x.units = 0;
        return g;
    }

    /// @dev The recipient's part of fee (FeeRule.FeeSplit); the rest is burnt.
    function _feePaid(FeeRule calldata f, uint256 fee) internal pure returns (uint256) {
        if (f.recipient == address(0) || f.burnBps >= BASIS_POINTS) return 0;
        return Math.mulDiv(fee, BASIS_POINTS - f.burnBps, BASIS_POINTS);
    }

    /// @dev payFee's credit: adds paid to the recipient's account. Keys: [account(recipient)].
    function _creditRecipient(FeeRule calldata f, Exec memory x, bytes[] calldata w, uint256 paid) internal view {
        (Account memory r, uint256 slot) = _readAccount(x, w, f.recipient);
        r.balance += paid;
        _writeAccount(x, w, f.recipient, r, slot);
    }

    /// @dev Adds x.units to the globals' BlockUnits. Keys: [globals].
    function _countUnits(Exec memory x, bytes[] calldata w) internal view {
        (bytes[] memory g, uint256 slot) = _readGlobals(x, w);
        _write(x, w, _globalsKey(), RLPWriter.writeList(_addUnits(x, g)), slot);
    }

    /// @dev With fees on: reads the base fee (globals, read only) and returns d's fee at it and
    ///      whether d's cap allows it; sets x.units. With fees off: no fee, no read.
    function _priceFee(Context calldata ctx, Exec memory x, bytes[] calldata w, Tx memory d)
        internal
        view
        returns (uint256 fee, bool capOk)
    {
        if (ctx.fees.targetUnits == 0) return (0, true);
        (bool ok, bytes memory rec,) = _read(x, w, _globalsKey());
        if (!ok) revert MalformedEntry(_globalsKey());
        uint256 base = _baseFee(ctx.fees, _globals(rec));
        x.units = _units(d);
        return (x.units * base, d.feeCap == 0 || d.feeCap >= base);
    }

    // ---------------------------------------------------------------------------------------
    // State entries.

    function _globalsKey() internal pure returns (bytes memory) {
        return bytes("g");
    }

    function _readGlobals(Exec memory x, bytes[] calldata w) internal view returns (bytes[] memory g, uint256 slot) {
        bool ok;
        bytes memory rec;
        (ok, rec, slot) = _read(x, w, _globalsKey());
        if (!ok) revert MalformedEntry(_globalsKey());
        g = _globals(rec);
    }

    /// @dev The globals' fields as raw RLP items: Height, Time, L1Number, L1Hash, NextMLSC,
    ///      DepositsConsumed, NextWithdrawal, Issued[, ForcedConsumed[, NextMessage[, BaseFee[,
    ///      BlockUnits[, TotalStake]]]]].
    function _globals(bytes memory rec) internal pure returns (bytes[] memory g) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length < G_FORCED || f.length > G_TOTAL_STAKE + 1) revert MalformedEntry(_globalsKey());
        g = new bytes[](f.length);
        for (uint256 i = 0; i < f.length; i++) {
            g[i] = RLPReader.readRawBytes(f[i]);
        }
    }

    /// @dev The globals' TotalStake (rollup.Globals: every account's stake).
    function _totalStake(bytes[] memory g) internal pure returns (uint256) {
        return g.length > G_TOTAL_STAKE ? _int(g[G_TOTAL_STAKE], 32) : 0;
    }

    /// @dev The globals with field i set to the raw item v, as go-ethereum's RLP writes them:
    ///      optional fields up to i filled with zero (0x80), trailing zero optional fields
    ///      left out. g is not modified if it must grow.
    function _setGlobal(bytes[] memory g, uint256 i, bytes memory v) internal pure returns (bytes[] memory) {
        if (g.length <= i) {
            bytes[] memory h = new bytes[](i + 1);
            for (uint256 j = 0; j < h.length; j++) {
                h[j] = j < g.length ? g[j] : RLPWriter.writeUint(0);
            }
            g = h;
        }
        g[i] = v;
        uint256 n = g.length;
        while (n > G_FORCED && g[n - 1].length == 1 && g[n - 1][0] == 0x80) n--;
        assembly ("memory-safe") {
            mstore(g, n)
        }
        return g;
    }

    function _readAccount(Exec memory x, bytes[] calldata w, address who)
        internal
        view
        returns (Account memory a, uint256 slot)
    {
        bytes memory key = abi.encodePacked(bytes1(0x61), who); // rollup.AccountKey
        (bool ok, bytes memory rec, uint256 s) = _read(x, w, key);
        slot = s;
        if (!ok) return (a, slot); // absent: a zero account
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length != 4) revert MalformedEntry(key);
        a.nonce = uint64(_intItem(f[0], 8));
        a.balance = _intItem(f[1], 32);
        a.stake = _intItem(f[2], 32);
        a.openClaims = uint64(_intItem(f[3], 8));
    }

    function _writeAccount(Exec memory x, bytes[] calldata w, address who, Account memory a, uint256 slot)
        internal
        view
    {
        bytes[] memory f = new bytes[](4);
        f[0] = RLPWriter.writeUint(a.nonce);
        f[1] = RLPWriter.writeUint(a.balance);
        f[2] = RLPWriter.writeUint(a.stake);
        f[3] = RLPWriter.writeUint(a.openClaims);
        _write(x, w, abi.encodePacked(bytes1(0x61), who), RLPWriter.writeList(f), slot);
    }

    /// @dev Reads key with the next witness proof against the current root; returns whether it
    ///      exists, its record and the proof's slot (for the write).
    function _read(Exec memory x, bytes[] calldata w, bytes memory key)
        internal
        view
        returns (bool ok, bytes memory rec, uint256 slot)
    {
        slot = x.next;
        if (slot >= w.length) revert WitnessShort(w.length);
        x.next = slot + 1;
        (ok, rec) = _get(key, w[slot], x.root);
    }

    function _get(bytes memory key, bytes memory proof, bytes32 root) internal view returns (bool, bytes memory) {
        (bool exists, bytes memory kv) = trie.get(key, proof, root);
        if (!exists) return (false, "");
        RLPReader.RLPItem[] memory f = RLPReader.readList(kv);
        if (f.length != 2 || keccak256(RLPReader.readBytes(f[0])) != keccak256(key)) revert MalformedEntry(key);
        return (true, RLPReader.readBytes(f[1]));
    }

    /// @dev Writes rec at key with the proof that read it (no write in between).
    function _write(Exec memory x, bytes[] calldata w, bytes memory key, bytes memory rec, uint256 slot) internal view {
        bytes[] memory kv = new bytes[](2);
        kv[0] = RLPWriter.writeBytes(key);
        kv[1] = RLPWriter.writeBytes(rec);
        x.root = trie.update(key, RLPWriter.writeList(kv), w[slot], x.root);
    }

    // ---------------------------------------------------------------------------------------
    // RLP values, as go-ethereum's rlp decodes them.

    /// @dev A canonical unsigned integer of at most `size` bytes from a raw RLP item.
    function _int(bytes memory raw, uint256 size) internal pure returns (uint256) {
        return _intItem(RLPReader.toRLPItem(raw), size);
    }

    function _intItem(RLPReader.RLPItem memory item, uint256 size) internal pure returns (uint256 v) {
        bytes memory b = RLPReader.readBytes(item);
        require(b.length <= size && (b.length == 0 || b[0] != 0), "integer");
        for (uint256 i = 0; i < b.length; i++) {
            v = (v << 8) | uint8(b[i]);
        }
    }

    function _fixed(RLPReader.RLPItem memory item, uint256 size) internal pure returns (bytes32 v) {
        bytes memory b = RLPReader.readBytes(item);
        require(b.length == size, "fixed");
        assembly ("memory-safe") {
            v := mload(add(b, 32))
        }
    }

    function _addr(RLPReader.RLPItem memory item) internal pure returns (address) {
        return address(bytes20(_fixed(item, 20)));
    }

    /// @dev Reads key with the next proof and writes rec there: a key read before (read only)
    ///      and written after other writes.
    function _rewrite(Exec memory x, bytes[] calldata w, bytes memory key, bytes memory rec) internal view {
        (,, uint256 slot) = _read(x, w, key);
        _write(x, w, key, rec, slot);
    }

    // ---------------------------------------------------------------------------------------
    // Walking RLP lists of any length (RLPReader.readList takes at most 32 items).

    /// @dev b[start:start + len] (in bounds), copied.
    function _slice(bytes memory b, uint256 start, uint256 len) internal pure returns (bytes memory out) {
        require(start + len <= b.length, "rlp");
        out = new bytes(len);
        assembly ("memory-safe") {
            mcopy(add(out, 32), add(add(b, 32), start), len)
        }
    }

    /// @dev The RLP header at b[i]: the payload's offset from i, its length, and whether it is
    ///      a list.
    function _header(bytes memory b, uint256 i) internal pure returns (uint256 off, uint256 len, bool isList) {
        require(i < b.length, "rlp");
        uint256 p = uint8(b[i]);
        if (p < 0x80) return (0, 1, false);
        if (p <= 0xb7) return (1, p - 0x80, false);
        if (p < 0xc0) return (1 + p - 0xb7, _be(b, i + 1, p - 0xb7), false);
        if (p <= 0xf7) return (1, p - 0xc0, true);
        return (1 + p - 0xf7, _be(b, i + 1, p - 0xf7), true);
    }

    function _be(bytes memory b, uint256 i, uint256 n) internal pure returns (uint256 v) {
        require(n <= 8 && i + n <= b.length, "rlp");
        for (uint256 k = 0; k < n; k++) {
            v = (v << 8) | uint8(b[i + k]);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Records the round lifecycle shares (StepBlocks, StepProofs).

    /// @dev The fields of rollup modelOf's new record: [MLSC, Creator, Done, Reason, Height,
    ///      L1Number, CheckpointCID, Weights, LossSum (max), Proof [0, 0], ProofRound, UseFee,
    ///      Contributors, TrainerWeight, DeltaWeight, Message].
    function _newModel(uint64 id, address creator) internal pure returns (bytes[] memory f) {
        f = new bytes[](16);
        bytes memory zero = RLPWriter.writeUint(0);
        bytes memory zero32 = RLPWriter.writeBytes(abi.encodePacked(bytes32(0)));
        for (uint256 i = 0; i < 16; i++) {
            f[i] = zero;
        }
        f[0] = RLPWriter.writeUint(id);
        f[1] = RLPWriter.writeAddress(creator);
        f[2] = RLPWriter.writeBool(false);
        f[7] = zero32;
        f[8] = RLPWriter.writeUint(type(uint64).max);
        bytes[] memory p = new bytes[](2);
        (p[0], p[1]) = (zero32, zero32);
        f[9] = RLPWriter.writeList(p);
        f[12] = hex"c0";
    }

    /// @dev due(at) with front before its MLSCs and id (unless max) after them.
    function _fileAt(Exec memory x, bytes[] calldata w, uint64 at, uint64[] memory front, uint64 id) internal view {
        _fileAt(x, w, at, front, id, "");
    }

    /// @dev due(at) with front before its MLSCs and id (unless max) after them, and the epoch
    ///      entries of raw list lead (empty: none) before its epochs (rollup carryEpochs).
    function _fileAt(Exec memory x, bytes[] calldata w, uint64 at, uint64[] memory front, uint64 id, bytes memory lead)
        internal
        view
    {
        bytes memory key = _dueKey(at);
        (bool ok, bytes memory rec, uint256 slot) = _read(x, w, key);
        _write(x, w, key, _filed(ok, rec, key, front, id, lead), slot);
    }

    /// @dev Raw RLP lists a then b as one list (each empty or 0xc0: none).
    function _joinLists(bytes memory a, bytes memory b) internal pure returns (bytes memory) {
        if (a.length <= 1) return b;
        if (b.length <= 1) return a;
        (uint256 ao,,) = _header(a, 0);
        (uint256 bo,,) = _header(b, 0);
        bytes[] memory p = new bytes[](1);
        p[0] = bytes.concat(_slice(a, ao, a.length - ao), _slice(b, bo, b.length - bo));
        return RLPWriter.writeList(p);
    }

    /// @dev The due record rec (ok: present) with front before its MLSCs and id (unless max)
    ///      after them, and lead's epoch entries before its epochs.
    function _filed(bool ok, bytes memory rec, bytes memory key, uint64[] memory front, uint64 id, bytes memory lead)
        private
        pure
        returns (bytes memory)
    {
        uint64[] memory ids;
        bytes memory epochs;
        if (ok) (ids, epochs) = _dueRecord(rec, key);
        epochs = _joinLists(lead, epochs);
        bytes[] memory items = new bytes[](front.length + ids.length + (id == type(uint64).max ? 0 : 1));
        uint256 k;
        for (uint256 i = 0; i < front.length; i++) {
            items[k++] = RLPWriter.writeUint(front[i]);
        }
        for (uint256 i = 0; i < ids.length; i++) {
            items[k++] = RLPWriter.writeUint(ids[i]);
        }
        if (id != type(uint64).max) items[k] = RLPWriter.writeUint(id);
        bytes[] memory f = new bytes[](epochs.length > 1 ? 2 : 1);
        f[0] = RLPWriter.writeList(items);
        if (f.length == 2) f[1] = epochs;
        return RLPWriter.writeList(f);
    }

    /// @dev A due record rlp([[mlsc...], [epoch mlsc...]]) (the second list left out when empty):
    ///      its MLSC ids and its epochs list, raw (empty if absent; 0xc0 if empty).
    function _dueRecord(bytes memory rec, bytes memory key) internal pure returns (uint64[] memory ids, bytes memory epochs) {
        (uint256 off, uint256 len, bool isList) = _header(rec, 0);
        if (!isList || off + len != rec.length) revert MalformedEntry(key);
        (uint256 o, uint256 l, bool il) = _header(rec, off);
        if (!il) revert MalformedEntry(key);
        uint256 end = off + o + l;
        if (end < rec.length) {
            epochs = _slice(rec, end, rec.length - end);
            (uint256 eo, uint256 el, bool eil) = _header(epochs, 0);
            if (!eil || eo + el != epochs.length) revert MalformedEntry(key);
        }
        ids = _uints(rec, off + o, end, key);
    }

    /// @dev The uint64 items of b[start:end], an RLP list's payload.
    function _uints(bytes memory b, uint256 start, uint256 end, bytes memory key) internal pure returns (uint64[] memory ids) {
        uint256 n;
        for (uint256 i = start; i < end; n++) {
            (uint256 o, uint256 l,) = _header(b, i);
            i += o + l;
        }
        ids = new uint64[](n);
        n = 0;
        for (uint256 i = start; i < end; n++) {
            (uint256 o, uint256 l, bool isList) = _header(b, i);
            if (isList) revert MalformedEntry(key);
            ids[n] = uint64(_int(_slice(b, i, o + l), 8));
            i += o + l;
        }
    }

    /// @dev The raw fields of list rec, which must have n.
    function _rawList(bytes memory rec, uint256 n, bytes memory key) internal pure returns (bytes[] memory f) {
        RLPReader.RLPItem[] memory items = RLPReader.readList(rec);
        if (items.length != n) revert MalformedEntry(key);
        f = new bytes[](n);
        for (uint256 i = 0; i < n; i++) {
            f[i] = RLPReader.readRawBytes(items[i]);
        }
    }

    function _dueKey(uint64 h) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x64), h); // rollup.DueKey
    }

    function _roundKey(uint64 id, uint64 round) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(0x72), id, round); // rollup.RoundKey
    }
}
