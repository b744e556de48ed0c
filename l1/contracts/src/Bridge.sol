// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

import {NRN} from "./NRN.sol";
import {Rollup} from "./Rollup.sol";

/// @title Bridge
/// @notice Moves NRN between L1 and L2. Deposits lock NRN here and emit Deposited, which the
///         sequencer applies on L2 in nonce order. Withdrawals are claimed on L1 with a Merkle
///         proof against the withdrawal root of a finalized batch; they are paid from the locked
///         NRN, and any shortfall (NRN issued on L2 as rewards) is minted.
/// @dev Not done: an escape hatch (forced withdrawal or forced inclusion) if the sequencer stops.
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

    /// @notice NRN was locked for l2Recipient `to`; nonce is the deposit's position in the queue.
    event Deposited(uint64 indexed nonce, address indexed from, address indexed to, uint256 amount);
    /// @notice Withdrawal id of batch batchIndex was paid to `to`; minted of amount was new NRN.
    event WithdrawalClaimed(
        uint64 indexed id, uint64 indexed batchIndex, address indexed to, address from, uint256 amount, uint256 minted
    );

    /// @notice The bridged token.
    NRN public immutable token;
    /// @notice The Rollup whose finalized withdrawal roots authorize claims.
    Rollup public immutable rollup;
    /// @notice The L2 chain id, the Rollup's: with the Rollup's address it binds every
    ///         withdrawal leaf to this chain.
    uint64 public immutable l2ChainId;

    /// @notice The number of deposits so far; the next deposit gets this nonce.
    uint64 public depositCount;
    /// @notice NRN held for L2: deposited minus paid out of the lock.
    uint256 public lockedBalance;
    /// @notice Whether a withdrawal id has been claimed.
    mapping(uint64 => bool) public claimed;

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
    function deposit(address l2Recipient, uint256 amount) external returns (uint64 nonce) {
        if (l2Recipient == address(0)) revert ZeroRecipient();
        if (amount == 0) revert ZeroAmount();
        nonce = depositCount;
        depositCount = nonce + 1;
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
    /// @param proof sibling hashes from the leaf up, as OpenZeppelin MerkleProof expects.
    function claimWithdrawal(
        uint64 batchIndex,
        uint64 id,
        address from,
        address to,
        uint256 amount,
        bytes32[] calldata proof
    ) external {
        if (to == address(0)) revert ZeroRecipient();
        if (!rollup.isFinalized(batchIndex)) revert BatchNotFinalized(batchIndex);
        if (claimed[id]) revert WithdrawalAlreadyClaimed(id);
        bytes32 root = rollup.withdrawalRoot(batchIndex);
        if (!MerkleProof.verifyCalldata(proof, root, withdrawalLeaf(id, from, to, amount))) {
            revert InvalidWithdrawalProof(batchIndex, id);
        }
        claimed[id] = true;

        uint256 fromLock = amount <= lockedBalance ? amount : lockedBalance;
        uint256 minted = amount - fromLock;
        lockedBalance -= fromLock;
        if (fromLock > 0) IERC20(address(token)).safeTransfer(to, fromLock);
        if (minted > 0) token.mint(to, minted);
        emit WithdrawalClaimed(id, batchIndex, to, from, amount, minted);
    }
}
