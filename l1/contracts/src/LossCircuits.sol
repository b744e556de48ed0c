// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2} from "./Poseidon2.sol";

/// @title LossCircuits
/// @notice What L1 knows of the chain's sampled-loss circuits, for the fault proofs of the steps
///         that need it (create-mlsc, loss proofs): which circuit proves an MLSC spec's claims
///         (lossverify.Verifier.CircuitID) and a claim's digest (sampledloss.Claim.Digest, the
///         proof's public input).
/// @dev The table maps a circuit's parameters (paramsKey: the model shape, the sample count K and
///      the dataset tree depth, what lossverify.ParamsFor takes from a spec) to the circuit id
///      (Rollup.circuitIdOf of its verifying key) under which the Rollup holds its verifier. It
///      is the chain file's verifying key set (chainfile.File.KeySet), written by deploy.Deploy
///      at construction and immutable after: nobody can change it, as nobody can change the key
///      set the L2 verifies with. A spec the table has no entry for is one the L2's
///      Verifier.Supports refuses.
contract LossCircuits {
    /// @notice The public statement of a loss proof (sampledloss.Claim).
    struct Claim {
        bytes32 weightCommitment;
        bytes32 datasetRoot;
        uint64 n;
        bytes32 traceRoot;
        uint64 claimedLossSum;
        bytes32 seed;
        address trainer;
        uint64 mlsc;
        uint64 round;
    }

    /// @notice The constructor's arrays differ in length, or a key or circuit id repeats or is zero.
    error BadTable(uint256 index);

    /// @dev paramsKey => circuit id.
    mapping(bytes32 => bytes32) private _circuits;
    /// @notice The number of circuits in the table.
    uint256 public immutable circuitCount;

    /// @param paramsKeys paramsKey of each circuit's parameters.
    /// @param circuits the circuit id of each, the Rollup's id of its verifying key.
    constructor(bytes32[] memory paramsKeys, bytes32[] memory circuits) {
        if (paramsKeys.length != circuits.length) revert BadTable(paramsKeys.length);
        for (uint256 i = 0; i < paramsKeys.length; i++) {
            if (paramsKeys[i] == 0 || circuits[i] == 0 || _circuits[paramsKeys[i]] != 0) revert BadTable(i);
            _circuits[paramsKeys[i]] = circuits[i];
        }
        circuitCount = paramsKeys.length;
    }

    /// @notice The table's key of a circuit's parameters (lossverify.ParamsKey):
    ///         keccak256(abi.encode(layers, loss, k, depth)).
    function paramsKey(uint32[] memory layers, uint8 loss, uint32 k, uint32 depth) public pure returns (bytes32) {
        return keccak256(abi.encode(layers, loss, k, depth));
    }

    /// @notice The circuit registered for paramsKey, zero if the chain has none.
    function circuitOf(bytes32 key) external view returns (bytes32) {
        return _circuits[key];
    }

    /// @notice The circuit that proves the claims of an MLSC spec with these fields
    ///         (lossverify.Verifier.CircuitID): zero if the chain has none, which is when the
    ///         L2's Verifier.Supports refuses a spec that passes MLSCSpec.Validate.
    function circuitFor(uint32[] memory layers, uint8 loss, uint32 sampleCount, uint64 datasetSize)
        external
        view
        returns (bytes32)
    {
        return _circuits[paramsKey(layers, loss, sampleCount, depthOf(datasetSize))];
    }

    /// @notice The depth of a dataset tree of n examples (da/dataset.Depth(int(n))): 1 for n up
    ///         to 2, else the bit length of n - 1; 1 too for n of 2^63 or more, which Go's int
    ///         conversion makes negative.
    function depthOf(uint64 n) public pure returns (uint32) {
        if (n <= 2 || n >= 1 << 63) return 1;
        uint32 d = 0;
        for (uint64 v = n - 1; v != 0; v >>= 1) d++;
        return d;
    }

    /// @notice sampledloss.Claim.Digest: the Poseidon2 Hash of the claim's nine elements
    ///         (weight commitment, dataset root, N, trace root, claimed loss sum, seed, trainer,
    ///         MLSC, round), each reduced mod the field modulus.
    function claimDigest(Claim calldata c) external pure returns (uint256) {
        uint256[] memory e = new uint256[](9);
        e[0] = uint256(c.weightCommitment);
        e[1] = uint256(c.datasetRoot);
        e[2] = c.n;
        e[3] = uint256(c.traceRoot);
        e[4] = c.claimedLossSum;
        e[5] = uint256(c.seed);
        e[6] = uint160(c.trainer);
        e[7] = c.mlsc;
        e[8] = c.round;
        return Poseidon2.hash(e);
    }

    /// @notice circuits/poseidon.Hash of elems.
    function hash(uint256[] calldata elems) external pure returns (uint256) {
        return Poseidon2.hash(elems);
    }

    /// @notice circuits/poseidon.Compress(a, b).
    function compress(uint256 a, uint256 b) external pure returns (uint256) {
        return Poseidon2.compress(a, b);
    }

    /// @notice The Poseidon2 permutation of (a, b).
    function permute(uint256 a, uint256 b) external pure returns (uint256, uint256) {
        return Poseidon2.permute(a, b);
    }
}
