// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ILossVerifier
/// @notice The interface of the gnark-exported Groth16 verifier for the sampled-loss circuit
///         (contract LossVerifier in LossVerifier.sol). The circuit has one public input: a
///         digest of the claim (checkpoint, dataset root, trace root, loss, seed), hashed into
///         one field element so that L1 pays for a single public input.
interface ILossVerifier {
    /// @notice Reverts unless proof is a valid Groth16 proof for the public input.
    /// @param proof gnark's Proof.MarshalSolidity(): A, B, C (256 bytes), then the Pedersen
    ///        commitments and their proof of knowledge if the circuit commits.
    /// @param input the public inputs, each below the BN254 scalar field modulus.
    function verifyProof(bytes calldata proof, uint256[1] calldata input) external view;
}

/// @title IBatchLossVerifier
/// @notice A loss verifier that also checks many proofs in one call (BatchLossVerifier).
///         It answers ERC-165 supportsInterface for this interface's id, which is how the
///         Rollup learns at construction that it may verify a batch's proofs together.
interface IBatchLossVerifier is ILossVerifier {
    /// @notice Reverts unless every proofs[i] is a valid proof for digests[i].
    function verifyProofs(bytes[] calldata proofs, uint256[] calldata digests) external view;
}
