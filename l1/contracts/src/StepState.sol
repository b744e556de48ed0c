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
    /// @notice The L2 fee rule (rollup.FeeRule): a signed transaction of `size` encoded bytes
    ///         pays perTx + perByte × size (mod 2^256, as uint256 arithmetic in Go), taken before
    ///         it runs and refunded if it is rejected; of an applied one's fee the recipient gets
    ///         floor(fee × (10000 − burnBps) / 10000) (nothing if recipient is zero), the rest
    ///         is burnt. The zero rule charges nothing.
    struct FeeRule {
        uint256 perTx;
        uint256 perByte;
        uint64 burnBps;
        address recipient;
    }

    /// @notice The chain the step runs on: what ApplyTx takes from rollup.Config, and where the
    ///         deposit and forced queues are.
    struct Context {
        uint64 chainId;
        address rollup;
        address bridge;
        FeeRule fees;
    }

    /// @notice A decoded transaction: for transfers and withdrawals (nonce, sender, to, amount);
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

    /// @notice The trie reader and writer every step contract of this chain uses.
    StepTrie public immutable trie;

    constructor(StepTrie trie_) {
        trie = trie_;
    }

    // ---------------------------------------------------------------------------------------
    // Fees (rollup/fees.go).

    /// @dev Config.Fee of a signed transaction of `size` bytes.
    function _fee(FeeRule calldata f, uint256 size) internal pure returns (uint256 fee) {
        unchecked {
            fee = f.perByte * size + f.perTx; // uint256.Int wraps
        }
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
    ///      DepositsConsumed, NextWithdrawal, Issued[, ForcedConsumed].
    function _globals(bytes memory rec) internal pure returns (bytes[] memory g) {
        RLPReader.RLPItem[] memory f = RLPReader.readList(rec);
        if (f.length != 8 && f.length != 9) revert MalformedEntry(_globalsKey());
        g = new bytes[](f.length);
        for (uint256 i = 0; i < f.length; i++) {
            g[i] = RLPReader.readRawBytes(f[i]);
        }
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
}
