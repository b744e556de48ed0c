// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RLPReader} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPReader.sol";
import {RLPWriter} from "@eth-optimism/contracts-bedrock/src/libraries/rlp/RLPWriter.sol";
import {StepState} from "./StepState.sol";
import {StepTrie} from "./StepTrie.sol";

/// @title BlockDeltas
/// @notice What a block start (StepBlocks) does for an MLSC whose training set took a delta:
///         rollup adoptDataset when a round opens, and rollup complete's delta proposers as
///         contributors. Pure; a contract apart from StepBlocks for EIP-170, deployed by
///         deploy.Deploy and given to StepBlocks' constructor. It reads no trie (StepState for
///         its RLP helpers only).
contract BlockDeltas is StepState {
    constructor() StepState(StepTrie(address(0))) {}

    /// @dev rollup adoptDataset: an opening round moves onto the training-set record's set (CID,
    ///      root, size) if its root or size is not the spec's; the best loss sum (unless none,
    ///      2^64 - 1) and the target loss (unless 0; at least 1) scaled by new size / old size,
    ///      rounded down, capped at 2^64 - 2.
    ///      spec is the MLSC's rollup.MLSCSpec, data its rollup.DataState, bestLoss its BestLossSum;
    ///      returns whether the set moved, the spec after, the best loss sum and target loss after.
    function adopt(bytes memory spec, bytes memory data, uint64 bestLoss)
        external
        pure
        returns (bool moved, bytes memory, uint64, uint64 target)
    {
        bytes[] memory d = _rawList(data, 8, data);
        bytes[] memory sp = _rawList(spec, RLPReader.readList(spec).length, spec);
        if (sp.length < 16) revert MalformedEntry(spec);
        target = uint64(_int(sp[15], 8));
        if (keccak256(bytes.concat(d[1], d[2])) == keccak256(bytes.concat(sp[4], sp[5]))) {
            return (false, spec, bestLoss, target);
        }
        uint256 from = _int(sp[5], 8);
        uint256 to = _int(d[2], 8);
        if (bestLoss != type(uint64).max) bestLoss = _scale(bestLoss, to, from);
        if (target > 0) {
            target = _scale(target, to, from);
            if (target == 0) target = 1;
            sp[15] = RLPWriter.writeUint(target);
        }
        (sp[3], sp[4], sp[5]) = (d[0], d[1], d[2]);
        return (true, RLPWriter.writeList(sp), bestLoss, target);
    }

    /// @dev v * to / from as the STF's uint256 (0 if from is 0), capped at 2^64 - 2.
    function _scale(uint64 v, uint256 to, uint256 from) private pure returns (uint64) {
        uint256 x = from == 0 ? 0 : uint256(v) * to / from;
        return x >= type(uint64).max ? type(uint64).max - 1 : uint64(x);
    }

    /// @dev rollup complete's delta proposers: each applied delta (rollup.AppliedDelta, walked
    ///      in place; its proposer is field 6) counts one delta for its proposer (a contributor
    ///      inserted in address order if new) and one to the model's DeltaWeight.
    ///      contributors is the model's Contributors, deltaWeight its DeltaWeight, data the
    ///      MLSC's rollup.DataState (all raw RLP); returns the two after.
    function proposers(bytes memory contributors, bytes memory deltaWeight, bytes memory data)
        external
        pure
        returns (bytes memory, bytes memory)
    {
        bytes memory applied = _rawList(data, 8, data)[7];
        uint256 n;
        for (uint256 i = _start(applied, data); i < applied.length; n++) {
            bytes memory a = _next(applied, i);
            i += a.length;
            contributors = _addDelta(contributors, _addr(RLPReader.toRLPItem(_rawList(a, 8, data)[6])), data);
        }
        return (contributors, RLPWriter.writeUint(_int(deltaWeight, 8) + n));
    }

    /// @dev The contributors list l (rlp([[addr, rounds, deltas]...]), sorted by address, walked
    ///      in place) with who's deltas + 1, inserted as [who, 0, 1] if absent.
    function _addDelta(bytes memory l, address who, bytes memory key) private pure returns (bytes memory) {
        uint256 i = _start(l, key);
        bytes[] memory out = new bytes[](l.length / 24 + 1); // an entry takes at least 24 bytes
        uint256 k;
        bool done;
        while (i < l.length) {
            bytes memory c = _next(l, i);
            i += c.length;
            bytes[] memory cf = _rawList(c, 3, key);
            address a = _addr(RLPReader.toRLPItem(cf[0]));
            if (!done && a >= who) {
                done = true;
                if (a == who) {
                    out[k++] = _entry(who, cf[1], _int(cf[2], 8) + 1);
                    continue;
                }
                out[k++] = _entry(who, hex"80", 1);
            }
            out[k++] = c;
        }
        if (!done) out[k++] = _entry(who, hex"80", 1);
        assembly ("memory-safe") {
            mstore(out, k)
        }
        return RLPWriter.writeList(out);
    }

    /// @dev The offset of list l's first item (l is one whole list).
    function _start(bytes memory l, bytes memory key) private pure returns (uint256 off) {
        (uint256 o, uint256 len, bool isList) = _header(l, 0);
        if (!isList || o + len != l.length) revert MalformedEntry(key);
        return o;
    }

    /// @dev The raw item of l at offset i.
    function _next(bytes memory l, uint256 i) private pure returns (bytes memory) {
        (uint256 o, uint256 ln,) = _header(l, i);
        return _slice(l, i, o + ln);
    }

    /// @dev A contributor entry rlp([who, rounds (raw), deltas]).
    function _entry(address who, bytes memory rounds, uint256 deltas) private pure returns (bytes memory) {
        bytes[] memory e = new bytes[](3);
        (e[0], e[1], e[2]) = (RLPWriter.writeAddress(who), rounds, RLPWriter.writeUint(deltas));
        return RLPWriter.writeList(e);
    }

}
