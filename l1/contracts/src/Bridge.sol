// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SecureMerkleTrie} from "@eth-optimism/contracts-bedrock/src/libraries/trie/SecureMerkleTrie.sol";
import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";

import {NRN} from "./NRN.sol";
import {Rollup} from "./Rollup.sol";

/// @title Bridge
/// @notice Moves NRN between L1 and L2. Deposits lock NRN here and emit Deposited, which the
///         sequencer applies on L2 in nonce order. Withdrawals are claimed on L1 with a Merkle
///         proof against the withdrawal root of a finalized batch; they are paid from the locked
///         NRN, and any shortfall (NRN issued on L2 as rewards) is minted.
///         In exodus (Rollup.enterExodus) it takes no deposits and pays, once each, every
///         account's L2 balance and stake and every MLSC's escrow (to its creator) at the
///         Rollup's exit state, against a Merkle-Patricia proof of the L2 state trie, and
///         refunds the deposits that state had not consumed.
contract Bridge {
    using SafeERC20 for IERC20;

    /// @notice A constructor argument is the zero address.
    error ZeroAddress();
    /// @notice The Rollup was deployed for a different Bridge address.
    error RollupBridgeMismatch(address expected);
    /// @notice The token does not let this Bridge mint.
    error NotMinter();
    /// @notice The amount is zero.
    error ZeroAmount();
    /// @notice The recipient is the zero address.
    error ZeroRecipient();
    /// @notice The batch is unknown or still inside its finalization window.
    error BatchNotFinalized(uint64 batchIndex);
    /// @notice This withdrawal id was already claimed.
    error WithdrawalAlreadyClaimed(uint64 id);
    /// @notice The Merkle proof does not lead from the withdrawal to the batch's withdrawal root.
    error InvalidWithdrawalProof(uint64 batchIndex, uint64 id);
    /// @notice Only the Rollup may close the Bridge.
    error NotRollup(address caller);
    /// @notice The chain is in exodus: no deposits.
    error BridgeClosed();
    /// @notice The state proof does not show the L2 state entry under key at the exit root.
    error InvalidStateProof(bytes key);
    /// @notice The proven L2 state entry is not an RLP record of the expected shape.
    error MalformedStateEntry(bytes key);
    /// @notice This account has already exited.
    error AlreadyExited(address account);
    /// @notice This MLSC's escrow has already been paid out.
    error EscrowAlreadyExited(uint64 mlsc);
    /// @notice There is nothing to pay.
    error NothingToExit();
    /// @notice The deposit does not match the deposit record of its nonce.
    error UnknownDeposit(uint64 nonce);
    /// @notice The exit state consumed this deposit: it is part of an L2 balance.
    error DepositConsumed(uint64 nonce, uint64 consumed);
    /// @notice This deposit was already refunded.
    error DepositAlreadyRefunded(uint64 nonce);

    /// @notice NRN was locked for l2Recipient `to`; nonce is the deposit's position in the queue.
    event Deposited(uint64 indexed nonce, address indexed from, address indexed to, uint256 amount);
    /// @notice Withdrawal id of batch batchIndex was paid to `to`; minted of amount was new NRN.
    event WithdrawalClaimed(
        uint64 indexed id, uint64 indexed batchIndex, address indexed to, address from, uint256 amount, uint256 minted
    );
    /// @notice The Rollup entered exodus: deposits are closed.
    event Closed();
    /// @notice In exodus, account was paid its L2 balance and stake at the exit state.
    event AccountExited(address indexed account, uint256 balance, uint256 stake, uint256 minted);
    /// @notice In exodus, MLSC mlsc's escrow at the exit state was paid to its creator.
    event EscrowExited(uint64 indexed mlsc, address indexed creator, uint256 amount, uint256 minted);
    /// @notice In exodus, deposit nonce, which the exit state had not consumed, went back to from.
    event DepositRefunded(uint64 indexed nonce, address indexed from, uint256 amount);

    /// @notice The bridged token.
    NRN public immutable token;
    /// @notice The Rollup whose finalized withdrawal roots authorize claims.
    Rollup public immutable rollup;
    /// @notice The L2 chain id, the Rollup's: with the Rollup's address it binds every
    ///         withdrawal leaf to this chain.
    uint64 public immutable l2ChainId;

    /// @notice The number of deposits so far; the next deposit gets this nonce.
    uint64 public depositCount;
    /// @notice Whether the Rollup entered exodus (no more deposits). Shares depositCount's slot.
    bool public closed;
    /// @notice NRN held for L2: deposited minus paid out of the lock.
    uint256 public lockedBalance;
    /// @notice Whether a withdrawal id has been claimed.
    mapping(uint64 => bool) public claimed;
    /// @notice The deposit accumulator after deposit nonce:
    ///         keccak256(abi.encode(previous accumulator (zero before nonce 0), from, to, amount)).
    mapping(uint64 => bytes32) public depositAccumulator;
    /// @notice In exodus: whether an account has exited.
    mapping(address => bool) public exited;
    /// @notice In exodus: whether an MLSC's escrow has been paid out.
    mapping(uint64 => bool) public escrowExited;
    /// @notice In exodus: whether a deposit has been refunded.
    mapping(uint64 => bool) public refunded;

    constructor(NRN token_, Rollup rollup_) {
        if (address(token_) == address(0) || address(rollup_) == address(0)) revert ZeroAddress();
        if (address(rollup_.bridge()) != address(this)) revert RollupBridgeMismatch(address(rollup_.bridge()));
        if (!token_.hasRole(token_.MINTER_ROLE(), address(this))) revert NotMinter();
        token = token_;
        rollup = rollup_;
        l2ChainId = rollup_.l2ChainId();
    }

    /// @notice Locks amount NRN of the caller (who must have approved it) for l2Recipient on L2.
    /// @return nonce the deposit's nonce.
    ///         Reverts BridgeClosed once the chain is in exodus.
    function deposit(address l2Recipient, uint256 amount) external returns (uint64 nonce) {
        if (closed) revert BridgeClosed();
        if (l2Recipient == address(0)) revert ZeroRecipient();
        if (amount == 0) revert ZeroAmount();
        nonce = depositCount;
        depositCount = nonce + 1;
        bytes32 prev = nonce == 0 ? bytes32(0) : depositAccumulator[nonce - 1];
        depositAccumulator[nonce] = keccak256(abi.encode(prev, msg.sender, l2Recipient, amount));
        lockedBalance += amount;
        IERC20(address(token)).safeTransferFrom(msg.sender, address(this), amount);
        emit Deposited(nonce, msg.sender, l2Recipient, amount);
    }

    /// @notice The Merkle leaf of a withdrawal, hashed twice as in OpenZeppelin's
    ///         StandardMerkleTree so that no inner node (keccak256 of 64 bytes) is a leaf:
    ///         keccak256(bytes.concat(keccak256(abi.encode(uint256 l2ChainId, address rollup,
    ///         uint256 id, from, to, amount)))). The chain id and the Rollup (which has exactly one
    ///         Bridge, this one) bind the leaf to this chain, so a withdrawal of another chain or
    ///         deployment never verifies here.
    function withdrawalLeaf(uint64 id, address from, address to, uint256 amount) public view returns (bytes32) {
        return keccak256(
            bytes.concat(keccak256(abi.encode(uint256(l2ChainId), address(rollup), uint256(id), from, to, amount)))
        );
    }

    /// @notice Pays withdrawal id (from L2 account `from` to L1 account `to`) out of a finalized
    ///         batch. Anyone may call; the NRN always goes to `to`.
    /// @param batch the batch's record (batchrecord.Read), which the Rollup holds to the hash it
    ///        accepted (Rollup.checkBatch: BatchRecordMismatch for a forged one).
    /// @param proof sibling hashes from the leaf up, as OpenZeppelin MerkleProof expects.
    function claimWithdrawal(
        Rollup.Batch calldata batch,
        uint64 id,
        address from,
        address to,
        uint256 amount,
        bytes32[] calldata proof
    ) external {
        if (to == address(0)) revert ZeroRecipient();
        if (!rollup.checkBatch(batch)) revert BatchNotFinalized(batch.index);
        if (claimed[id]) revert WithdrawalAlreadyClaimed(id);
        if (!MerkleProof.verifyCalldata(proof, batch.withdrawalRoot, withdrawalLeaf(id, from, to, amount))) {
            revert InvalidWithdrawalProof(batch.index, id);
        }
        claimed[id] = true;
        uint256 minted = _pay(to, amount);
        emit WithdrawalClaimed(id, batch.index, to, from, amount, minted);
    }

    /// @notice Closes deposits. Only the Rollup, as it enters exodus.
    function close() external {
        if (msg.sender != address(rollup)) revert NotRollup(msg.sender);
        closed = true;
        emit Closed();
    }

    /// @notice In exodus, pays `account` (on L1, the same address) its L2 balance plus its
    ///         stake at the exit state (Rollup.exodusState), once. Anyone may call.
    /// @param proof the L2 state trie's nodes from the root to the account's leaf
    ///        (rollup.State.ProveOrdered(rollup.AccountKey(account)); nrn exit-proof).
    function exitAccount(address account, bytes[] calldata proof) external {
        (bytes32 root,,) = rollup.exodusState();
        if (exited[account]) revert AlreadyExited(account);
        bytes memory key = abi.encodePacked(bytes1(0x61), account); // rollup.AccountKey
        // Account: rlp([nonce, balance, stake, openClaims]).
        RLPReader.RLPItem[] memory f = _stateEntry(key, proof, root);
        if (f.length != 4) revert MalformedStateEntry(key);
        uint256 balance = _uint(f[1], key);
        uint256 stake = _uint(f[2], key);
        uint256 amount = balance + stake;
        if (amount == 0) revert NothingToExit();
        exited[account] = true;
        uint256 minted = _pay(account, amount);
        emit AccountExited(account, balance, stake, minted);
    }

    /// @notice In exodus, pays MLSC mlsc's unpaid escrow at the exit state to its creator, once.
    ///         Anyone may call.
    /// @param proof the L2 state trie's nodes from the root to the MLSC record's leaf
    ///        (rollup.MLSCKey(mlsc)).
    function exitEscrow(uint64 mlsc, bytes[] calldata proof) external {
        (bytes32 root,,) = rollup.exodusState();
        if (escrowExited[mlsc]) revert EscrowAlreadyExited(mlsc);
        bytes memory key = abi.encodePacked(bytes1(0x6d), mlsc); // rollup.MLSCKey
        // MLSC: rlp([id, creator, spec, escrow, ...]) (rollup.MLSC, 12 fields).
        RLPReader.RLPItem[] memory f = _stateEntry(key, proof, root);
        if (f.length != 12) revert MalformedStateEntry(key);
        bytes memory creatorBytes = RLPReader.readBytes(f[1]);
        if (creatorBytes.length != 20) revert MalformedStateEntry(key);
        address creator = address(bytes20(creatorBytes));
        uint256 amount = _uint(f[3], key);
        if (amount == 0) revert NothingToExit();
        escrowExited[mlsc] = true;
        uint256 minted = _pay(creator, amount);
        emit EscrowExited(mlsc, creator, amount, minted);
    }

    /// @notice In exodus, returns a deposit that the exit state had not consumed (nonce at or
    ///         above its deposit count) to its L1 depositor `from`, once. Anyone may call.
    function refundDeposit(uint64 nonce, address from, address to, uint256 amount) external {
        (,, uint64 consumed) = rollup.exodusState();
        if (nonce >= depositCount) revert UnknownDeposit(nonce);
        if (nonce < consumed) revert DepositConsumed(nonce, consumed);
        if (refunded[nonce]) revert DepositAlreadyRefunded(nonce);
        bytes32 prev = nonce == 0 ? bytes32(0) : depositAccumulator[nonce - 1];
        if (keccak256(abi.encode(prev, from, to, amount)) != depositAccumulator[nonce]) revert UnknownDeposit(nonce);
        refunded[nonce] = true;
        // Deposits are always in the lock, so this never mints.
        lockedBalance -= amount;
        IERC20(address(token)).safeTransfer(from, amount);
        emit DepositRefunded(nonce, from, amount);
    }

    /// @notice The value of the L2 state entry at key proven against root, or a revert
    ///         (InvalidStateProof with the trie's reason lost; MalformedStateEntry). External
    ///         only so that exits can catch the trie library's string reverts; it reads nothing.
    function verifyStateEntry(bytes calldata key, bytes[] calldata proof, bytes32 root)
        external
        pure
        returns (bytes memory value)
    {
        // The trie holds rlp([key, value]) at keccak256(key) (rollup.State.Commit).
        RLPReader.RLPItem[] memory kv = RLPReader.readList(SecureMerkleTrie.get(key, proof, root));
        if (kv.length != 2 || keccak256(RLPReader.readBytes(kv[0])) != keccak256(key)) revert MalformedStateEntry(key);
        return RLPReader.readBytes(kv[1]);
    }

    /// @dev The fields of the RLP list stored at key, proven against root.
    function _stateEntry(bytes memory key, bytes[] calldata proof, bytes32 root)
        private
        view
        returns (RLPReader.RLPItem[] memory)
    {
        try this.verifyStateEntry(key, proof, root) returns (bytes memory value) {
            return RLPReader.readList(value);
        } catch {
            revert InvalidStateProof(key);
        }
    }

    /// @dev An RLP big-endian unsigned integer, as go-ethereum's rlp encodes it: at most 32
    ///      bytes, no leading zero (zero is the empty string).
    function _uint(RLPReader.RLPItem memory item, bytes memory key) private pure returns (uint256 v) {
        bytes memory b = RLPReader.readBytes(item);
        if (b.length > 32 || (b.length > 0 && b[0] == 0)) revert MalformedStateEntry(key);
        for (uint256 i = 0; i < b.length; i++) {
            v = (v << 8) | uint8(b[i]);
        }
    }

    /// @dev Pays amount to `to` from the lock, minting what it cannot cover; returns the minted part.
    function _pay(address to, uint256 amount) private returns (uint256 minted) {
        uint256 fromLock = amount <= lockedBalance ? amount : lockedBalance;
        minted = amount - fromLock;
        lockedBalance -= fromLock;
        if (fromLock > 0) IERC20(address(token)).safeTransfer(to, fromLock);
        if (minted > 0) token.mint(to, minted);
    }
}
