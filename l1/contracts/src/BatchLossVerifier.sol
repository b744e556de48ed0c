// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IBatchLossVerifier, ILossVerifier} from "./ILossVerifier.sol";

/// @title BatchLossVerifier
/// @notice Groth16 verifier (BN254) for version-2 sampled-loss proofs: one public input (the
///         claim digest) and one BSB22 Pedersen commitment, in gnark's Solidity proof format
///         (A, B, C, commitment D, proof of knowledge P: 384 bytes, proofs made with gnark's
///         WithProverTargetSolidityVerifier, so the commitment challenge is keccak256(D) mod r).
///         Unlike gnark's exported verifier, the verification key is given at deployment, so
///         one compiled contract serves every model shape, and proofs can be checked in batches.
/// @dev    One proof is checked with one pairing call of 6 pairs: the Groth16 equation
///             e(A, B) e(C, -delta) e(alpha, -beta) e(L, -gamma) = 1,
///             L = K0 + digest K1 + h K2 + D,  h = keccak256(D) mod r,
///         and the commitment's proof of knowledge e(D, -sigma G) e(P, G) = 1, folded together
///         with a random weight s. A batch of n proofs takes n + 5 pairs: with weights r_i
///         (r_0 = 1) and s_i derived from every proof and digest of the batch (Fiat-Shamir),
///             prod_i e(r_i A_i, B_i) e(sum r_i C_i, -delta) e((sum r_i) alpha, -beta)
///               e(sum r_i L_i, -gamma) e(sum s_i D_i, -sigma G) e(sum s_i P_i, G) = 1,
///         which a batch with any invalid proof passes only with probability about n / r.
///         sum r_i L_i is (sum r_i) K0 + (sum r_i digest_i) K1 + (sum r_i h_i) K2 + sum r_i D_i,
///         so each proof costs five scalar multiplications and one pair.
contract BatchLossVerifier is IBatchLossVerifier, IERC165 {
    /// @notice The BN254 scalar field modulus.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice The serialized size of one proof.
    uint256 public constant PROOF_SIZE = 384;

    /// @notice A proof is not PROOF_SIZE bytes, a digest is not below R, or the batch is empty
    ///         or its proofs and digests differ in number.
    error BadInput();
    /// @notice The pairing check failed, or a point of a proof is not on the curve.
    error ProofInvalid();

    // Verification key. G2 points are in EIP-197 order (x.a1, x.a0, y.a1, y.a0).
    uint256 internal immutable ALPHA_X;
    uint256 internal immutable ALPHA_Y;
    uint256 internal immutable BETA_NEG_0;
    uint256 internal immutable BETA_NEG_1;
    uint256 internal immutable BETA_NEG_2;
    uint256 internal immutable BETA_NEG_3;
    uint256 internal immutable GAMMA_NEG_0;
    uint256 internal immutable GAMMA_NEG_1;
    uint256 internal immutable GAMMA_NEG_2;
    uint256 internal immutable GAMMA_NEG_3;
    uint256 internal immutable DELTA_NEG_0;
    uint256 internal immutable DELTA_NEG_1;
    uint256 internal immutable DELTA_NEG_2;
    uint256 internal immutable DELTA_NEG_3;
    uint256 internal immutable K0_X;
    uint256 internal immutable K0_Y;
    uint256 internal immutable K1_X;
    uint256 internal immutable K1_Y;
    uint256 internal immutable K2_X;
    uint256 internal immutable K2_Y;
    uint256 internal immutable PED_G_0;
    uint256 internal immutable PED_G_1;
    uint256 internal immutable PED_G_2;
    uint256 internal immutable PED_G_3;
    uint256 internal immutable PED_SIGMA_NEG_0;
    uint256 internal immutable PED_SIGMA_NEG_1;
    uint256 internal immutable PED_SIGMA_NEG_2;
    uint256 internal immutable PED_SIGMA_NEG_3;

    /// @param alpha vk alpha (G1).
    /// @param betaNeg -beta, gammaNeg -gamma, deltaNeg -delta (G2, EIP-197 order).
    /// @param k the public-input bases K0 (constant), K1 (digest), K2 (commitment challenge) as x, y pairs.
    /// @param pedersenG the commitment key's G and pedersenSigmaNeg its -sigma G (G2, EIP-197 order).
    constructor(
        uint256[2] memory alpha,
        uint256[4] memory betaNeg,
        uint256[4] memory gammaNeg,
        uint256[4] memory deltaNeg,
        uint256[6] memory k,
        uint256[4] memory pedersenG,
        uint256[4] memory pedersenSigmaNeg
    ) {
        (ALPHA_X, ALPHA_Y) = (alpha[0], alpha[1]);
        (BETA_NEG_0, BETA_NEG_1, BETA_NEG_2, BETA_NEG_3) = (betaNeg[0], betaNeg[1], betaNeg[2], betaNeg[3]);
        (GAMMA_NEG_0, GAMMA_NEG_1, GAMMA_NEG_2, GAMMA_NEG_3) = (gammaNeg[0], gammaNeg[1], gammaNeg[2], gammaNeg[3]);
        (DELTA_NEG_0, DELTA_NEG_1, DELTA_NEG_2, DELTA_NEG_3) = (deltaNeg[0], deltaNeg[1], deltaNeg[2], deltaNeg[3]);
        (K0_X, K0_Y, K1_X, K1_Y, K2_X, K2_Y) = (k[0], k[1], k[2], k[3], k[4], k[5]);
        (PED_G_0, PED_G_1, PED_G_2, PED_G_3) = (pedersenG[0], pedersenG[1], pedersenG[2], pedersenG[3]);
        (PED_SIGMA_NEG_0, PED_SIGMA_NEG_1, PED_SIGMA_NEG_2, PED_SIGMA_NEG_3) =
            (pedersenSigmaNeg[0], pedersenSigmaNeg[1], pedersenSigmaNeg[2], pedersenSigmaNeg[3]);
    }

    /// @dev Running sums of a batch; points are (x, y) with (0, 0) the identity.
    struct Acc {
        uint256[] pairs; // pairing input, 6 words per pair
        uint256 cx; // sum r_i C_i
        uint256 cy;
        uint256 dx; // sum r_i D_i
        uint256 dy;
        uint256 sdx; // sum s_i D_i
        uint256 sdy;
        uint256 spx; // sum s_i P_i
        uint256 spy;
        uint256 rSum; // sum r_i
        uint256 rDigest; // sum r_i digest_i
        uint256 rChallenge; // sum r_i h_i
    }

    /// @inheritdoc ILossVerifier
    function verifyProof(bytes calldata proof, uint256[1] calldata input) external view {
        Acc memory acc = _newAcc(1);
        uint256 s = uint256(keccak256(abi.encodePacked(proof, input[0], uint256(1)))) % R;
        _add(acc, 0, proof, input[0], 1, s);
        _finish(acc, 1);
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IBatchLossVerifier).interfaceId || interfaceId == type(ILossVerifier).interfaceId
            || interfaceId == type(IERC165).interfaceId;
    }

    /// @inheritdoc IBatchLossVerifier
    /// @dev proofs are in gnark's Solidity format, PROOF_SIZE bytes each; digests below R.
    function verifyProofs(bytes[] calldata proofs, uint256[] calldata digests) external view {
        uint256 n = proofs.length;
        if (n == 0 || digests.length != n) revert BadInput();
        bytes32 seed = keccak256(abi.encode(proofs, digests));
        Acc memory acc = _newAcc(n);
        for (uint256 i = 0; i < n; i++) {
            uint256 r = i == 0 ? 1 : uint256(keccak256(abi.encodePacked(seed, i, uint256(0)))) % R;
            uint256 s = uint256(keccak256(abi.encodePacked(seed, i, uint256(1)))) % R;
            _add(acc, i, proofs[i], digests[i], r, s);
        }
        _finish(acc, n);
    }

    function _newAcc(uint256 n) private pure returns (Acc memory acc) {
        acc.pairs = new uint256[](6 * (n + 5));
    }

    /// @dev Adds proof i with weights r (main equation) and s (proof of knowledge).
    function _add(Acc memory acc, uint256 i, bytes calldata proof, uint256 digest, uint256 r, uint256 s)
        private
        view
    {
        if (proof.length != PROOF_SIZE || digest >= R) revert BadInput();
        _pairA(acc.pairs, 6 * i, proof, r);
        _sumC(acc, proof, r);
        _sumD(acc, proof, r, s);
        _sumP(acc, proof, s);
        // scalars
        uint256 h = uint256(keccak256(proof[256:320])) % R;
        acc.rSum = addmod(acc.rSum, r, R);
        acc.rDigest = addmod(acc.rDigest, mulmod(r, digest, R), R);
        acc.rChallenge = addmod(acc.rChallenge, mulmod(r, h, R), R);
    }

    /// @dev Writes the pair e(r A, B) of a proof at word o.
    function _pairA(uint256[] memory pairs, uint256 o, bytes calldata proof, uint256 r) private view {
        (uint256 ax, uint256 ay) = _word2(proof, 0);
        if (r != 1) (ax, ay) = _mul(ax, ay, r);
        pairs[o] = ax;
        pairs[o + 1] = ay;
        for (uint256 j = 0; j < 4; j++) {
            pairs[o + 2 + j] = uint256(bytes32(proof[64 + 32 * j:96 + 32 * j]));
        }
    }

    function _sumC(Acc memory acc, bytes calldata proof, uint256 r) private view {
        (uint256 x, uint256 y) = _word2(proof, 192);
        if (r != 1) (x, y) = _mul(x, y, r);
        (acc.cx, acc.cy) = _ecAdd(acc.cx, acc.cy, x, y);
    }

    function _sumD(Acc memory acc, bytes calldata proof, uint256 r, uint256 s) private view {
        (uint256 dx, uint256 dy) = _word2(proof, 256);
        (uint256 x, uint256 y) = r == 1 ? (dx, dy) : _mul(dx, dy, r);
        (acc.dx, acc.dy) = _ecAdd(acc.dx, acc.dy, x, y);
        (x, y) = _mul(dx, dy, s);
        (acc.sdx, acc.sdy) = _ecAdd(acc.sdx, acc.sdy, x, y);
    }

    function _sumP(Acc memory acc, bytes calldata proof, uint256 s) private view {
        (uint256 x, uint256 y) = _word2(proof, 320);
        (x, y) = _mul(x, y, s);
        (acc.spx, acc.spy) = _ecAdd(acc.spx, acc.spy, x, y);
    }

    /// @dev Appends the five shared pairs and runs the pairing check.
    function _finish(Acc memory acc, uint256 n) private view {
        uint256[] memory pairs = acc.pairs;
        uint256 o = 6 * n;
        // e(sum r_i C_i, -delta)
        _put(pairs, o, acc.cx, acc.cy, DELTA_NEG_0, DELTA_NEG_1, DELTA_NEG_2, DELTA_NEG_3);
        // e((sum r_i) alpha, -beta)
        // (a one-proof batch has sum r_i = 1: no multiplication)
        (uint256 x, uint256 y) = acc.rSum == 1 ? (ALPHA_X, ALPHA_Y) : _mul(ALPHA_X, ALPHA_Y, acc.rSum);
        _put(pairs, o + 6, x, y, BETA_NEG_0, BETA_NEG_1, BETA_NEG_2, BETA_NEG_3);
        // e(sum r_i L_i, -gamma)
        (x, y) = acc.rSum == 1 ? (K0_X, K0_Y) : _mul(K0_X, K0_Y, acc.rSum);
        (x, y) = _ecAdd(x, y, acc.dx, acc.dy);
        (uint256 px, uint256 py) = _mul(K1_X, K1_Y, acc.rDigest);
        (x, y) = _ecAdd(x, y, px, py);
        (px, py) = _mul(K2_X, K2_Y, acc.rChallenge);
        (x, y) = _ecAdd(x, y, px, py);
        _put(pairs, o + 12, x, y, GAMMA_NEG_0, GAMMA_NEG_1, GAMMA_NEG_2, GAMMA_NEG_3);
        // proofs of knowledge
        _put(pairs, o + 18, acc.sdx, acc.sdy, PED_SIGMA_NEG_0, PED_SIGMA_NEG_1, PED_SIGMA_NEG_2, PED_SIGMA_NEG_3);
        _put(pairs, o + 24, acc.spx, acc.spy, PED_G_0, PED_G_1, PED_G_2, PED_G_3);

        bool ok;
        uint256 out;
        assembly ("memory-safe") {
            let f := mload(0x40)
            ok := staticcall(gas(), 0x08, add(pairs, 0x20), mul(mload(pairs), 0x20), f, 0x20)
            out := mload(f)
        }
        if (!ok || out != 1) revert ProofInvalid();
    }

    function _put(uint256[] memory pairs, uint256 o, uint256 x, uint256 y, uint256 a, uint256 b, uint256 c, uint256 d)
        private
        pure
    {
        pairs[o] = x;
        pairs[o + 1] = y;
        pairs[o + 2] = a;
        pairs[o + 3] = b;
        pairs[o + 4] = c;
        pairs[o + 5] = d;
    }

    function _word2(bytes calldata b, uint256 at) private pure returns (uint256 x, uint256 y) {
        x = uint256(bytes32(b[at:at + 32]));
        y = uint256(bytes32(b[at + 32:at + 64]));
    }

    /// @dev s * (x, y) through the ECMUL precompile; reverts for a point off the curve.
    function _mul(uint256 x, uint256 y, uint256 s) private view returns (uint256 rx, uint256 ry) {
        bool ok;
        assembly ("memory-safe") {
            let f := mload(0x40)
            mstore(f, x)
            mstore(add(f, 0x20), y)
            mstore(add(f, 0x40), s)
            ok := staticcall(gas(), 0x07, f, 0x60, f, 0x40)
            rx := mload(f)
            ry := mload(add(f, 0x20))
        }
        if (!ok) revert ProofInvalid();
    }

    /// @dev (x1, y1) + (x2, y2) through the ECADD precompile; reverts for a point off the curve.
    function _ecAdd(uint256 x1, uint256 y1, uint256 x2, uint256 y2) private view returns (uint256 rx, uint256 ry) {
        bool ok;
        assembly ("memory-safe") {
            let f := mload(0x40)
            mstore(f, x1)
            mstore(add(f, 0x20), y1)
            mstore(add(f, 0x40), x2)
            mstore(add(f, 0x60), y2)
            ok := staticcall(gas(), 0x06, f, 0x80, f, 0x40)
            rx := mload(f)
            ry := mload(add(f, 0x20))
        }
        if (!ok) revert ProofInvalid();
    }
}
