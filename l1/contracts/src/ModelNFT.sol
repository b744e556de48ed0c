// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {Rollup} from "./Rollup.sol";

/// @notice What ModelNFT reads of the Rollup.
interface IMessageRollup {
    function l2ChainId() external view returns (uint64);
    function checkBatch(Rollup.Batch calldata b) external view returns (bool final_);
    function provenIn(bytes32 circuit, uint256 digest) external view returns (bool proven, uint64 batchIndex);
}

/// @title ModelNFT
/// @notice One ERC-721 token per finished Neuron model. When an MLSC completes with a proven
///         loss, the L2 makes a "model completed" message (rollup.MsgModelCompleted, kind 1);
///         once the batch that carries it is final on L1, anyone may mint the model's token
///         with that message and its proof against the batch's message root. The token goes to
///         the MLSC's creator, its id is the MLSC id, and each message mints once.
/// @dev The message leaf is keccak256(bytes.concat(keccak256(abi.encode(uint256 l2ChainId,
///      address rollup, uint256 id, uint256 kind, keccak256(data))))) (rollup.MessageLeaf), in
///      an OpenZeppelin sorted-pair tree whose root the Rollup stores per batch. data is
///      abi.encode(uint256 mlsc, address creator, bytes checkpointCid, bytes32 weights, uint256
///      lossSum, bytes32 circuit, bytes32 digest, uint256 l2Height, uint8 reason)
///      (rollup.ModelCompletedData). The contract is not upgradeable and has no owner.
contract ModelNFT is ERC721 {
    /// @notice The message kind this contract acts on: model completed.
    uint256 public constant KIND_MODEL_COMPLETED = 1;

    /// @notice What a token records of its model; tokenURI names it.
    struct Model {
        /// @dev the final checkpoint's CID bytes on DA.
        bytes checkpointCid;
        /// @dev the checkpoint's weight commitment.
        bytes32 weights;
        /// @dev the proven loss sum of the final checkpoint (fixed point, as the L2 keeps it).
        uint64 lossSum;
        /// @dev the L1 batch that verified the final loss proof (Rollup.provenIn).
        uint64 proofBatch;
        /// @dev the L1 batch whose message root holds the completion message.
        uint64 messageBatch;
        /// @dev the message id.
        uint64 messageId;
    }

    /// @notice The Rollup whose final batches' messages this contract mints from.
    IMessageRollup public immutable rollup;
    /// @notice The L2 chain id (the Rollup's), bound into every leaf.
    uint64 public immutable l2ChainId;

    mapping(uint256 => bool) private _used;
    mapping(uint256 => Model) private _models;

    /// @notice A model's token was minted from message id of batch batchIndex.
    event ModelMinted(uint256 indexed tokenId, address indexed creator, uint64 indexed messageId, uint64 batchIndex);

    /// @notice The Rollup address is zero.
    error ZeroAddress();
    /// @notice The batch is not final on L1 (not yet, removed by a fault proof, or never
    ///         accepted).
    error BatchNotFinal(uint64 batchIndex);
    /// @notice The message was minted before.
    error MessageUsed(uint64 id);
    /// @notice The message (id, kind 1, data) with this chain's id and Rollup is not in the
    ///         batch's message root with this proof.
    error InvalidMessageProof(uint64 batchIndex, uint64 id);
    /// @notice No accepted batch verified the loss proof that the message names.
    error ProofNotOnL1(bytes32 circuit, bytes32 digest);
    /// @notice A number in the message does not fit in 64 bits.
    error MessageField(uint256 value);

    constructor(IMessageRollup rollup_) ERC721("Neuron Model", "NRNM") {
        if (address(rollup_) == address(0)) revert ZeroAddress();
        rollup = rollup_;
        l2ChainId = rollup_.l2ChainId();
    }

    /// @notice The leaf of message (id, kind, data) of this chain (rollup.MessageLeaf).
    function messageLeaf(uint64 id, uint256 kind, bytes calldata data) public view returns (bytes32) {
        return keccak256(
            bytes.concat(keccak256(abi.encode(uint256(l2ChainId), address(rollup), uint256(id), kind, keccak256(data))))
        );
    }

    /// @notice Whether message id has minted.
    function minted(uint64 id) external view returns (bool) {
        return _used[id];
    }

    /// @notice Mints the model token of completion message id, carried by the batch of record
    ///         `batch` (nrn_getMessageProof gives its index, id and the proof; batchrecord.Read the
    ///         record, which the Rollup holds to the hash it accepted: BatchRecordMismatch). Anyone may call; the token goes to
    ///         the MLSC's creator named in data, its id is the MLSC id. Reverts unless the
    ///         batch is final, the leaf of (id, kind 1, data) verifies against its message root
    ///         with proof, the message has not minted, and the loss proof it names was verified
    ///         by an accepted batch.
    /// @return tokenId the MLSC id.
    function mint(Rollup.Batch calldata batch, uint64 id, bytes calldata data, bytes32[] calldata proof)
        external
        returns (uint256 tokenId)
    {
        uint64 batchIndex = batch.index;
        if (!rollup.checkBatch(batch)) revert BatchNotFinal(batchIndex);
        if (_used[id]) revert MessageUsed(id);
        bytes32 leaf = messageLeaf(id, KIND_MODEL_COMPLETED, data);
        if (!MerkleProof.verifyCalldata(proof, batch.messageRoot, leaf)) {
            revert InvalidMessageProof(batchIndex, id);
        }
        _used[id] = true;
        address creator;
        (tokenId, creator) = _record(batchIndex, id, data);
        _mint(creator, tokenId);
        emit ModelMinted(tokenId, creator, id, batchIndex);
    }

    /// @dev Decodes data and stores the token's Model.
    function _record(uint64 batchIndex, uint64 id, bytes calldata data)
        private
        returns (uint256 mlsc, address creator)
    {
        bytes memory cid;
        bytes32 weights;
        uint256 lossSum;
        bytes32 circuit;
        bytes32 digest;
        (mlsc, creator, cid, weights, lossSum, circuit, digest,,) =
            abi.decode(data, (uint256, address, bytes, bytes32, uint256, bytes32, bytes32, uint256, uint8));
        if (lossSum > type(uint64).max) revert MessageField(lossSum);
        (bool proven, uint64 proofBatch) = rollup.provenIn(circuit, uint256(digest));
        if (!proven) revert ProofNotOnL1(circuit, digest);
        _models[mlsc] = Model({
            checkpointCid: cid,
            weights: weights,
            lossSum: uint64(lossSum),
            proofBatch: proofBatch,
            messageBatch: batchIndex,
            messageId: id
        });
    }

    /// @notice The record of a minted model. Reverts ERC721NonexistentToken otherwise.
    function model(uint256 tokenId) external view returns (Model memory) {
        _requireOwned(tokenId);
        return _models[tokenId];
    }

    /// @notice A data: URI of JSON naming the model's final checkpoint (CID, base32 CIDv1),
    ///         its weight commitment, the proven loss sum and the L1 batch that verified the
    ///         final loss proof.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        _requireOwned(tokenId);
        Model storage m = _models[tokenId];
        bytes memory json = abi.encodePacked(
            '{"name":"Neuron model ',
            Strings.toString(tokenId),
            '","description":"Model of MLSC ',
            Strings.toString(tokenId),
            " trained on Neuron L2 chain ",
            Strings.toString(l2ChainId),
            '","checkpoint":"',
            cidString(m.checkpointCid),
            '","weights":"',
            Strings.toHexString(uint256(m.weights), 32),
            '","lossSum":"',
            Strings.toString(m.lossSum)
        );
        json = abi.encodePacked(
            json,
            '","proofBatch":',
            Strings.toString(m.proofBatch),
            ',"messageBatch":',
            Strings.toString(m.messageBatch),
            ',"messageId":',
            Strings.toString(m.messageId),
            "}"
        );
        return string.concat("data:application/json;base64,", Base64.encode(json));
    }

    /// @notice A CID's bytes in multibase base32 (lower case, no padding, prefix "b"), the
    ///         usual text form of a CIDv1.
    function cidString(bytes memory cid) public pure returns (string memory) {
        bytes memory alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        bytes memory out = new bytes(1 + (cid.length * 8 + 4) / 5);
        out[0] = "b";
        uint256 j = 1;
        uint256 buffer;
        uint256 bits;
        for (uint256 i = 0; i < cid.length; i++) {
            buffer = (buffer << 8) | uint8(cid[i]);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[j++] = alphabet[(buffer >> bits) & 31];
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) out[j] = alphabet[(buffer << (5 - bits)) & 31];
        return string(out);
    }
}
