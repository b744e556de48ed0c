// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

/// @title NRN
/// @notice The Neuron token. The whole initial supply goes to one genesis holder (the sale);
///         afterwards only MINTER_ROLE mints, and the Bridge is the only minter: NRN issued on
///         L2 as rewards is minted on L1 when it is withdrawn.
/// @dev The admin (DEFAULT_ADMIN_ROLE, a multisig on real networks) may grant and revoke
///      MINTER_ROLE. It changes hands in two steps after a delay (OpenZeppelin
///      AccessControlDefaultAdminRules: beginDefaultAdminTransfer, then acceptDefaultAdminTransfer
///      by the new admin once adminDelay has passed), so a mistyped address cannot take it.
contract NRN is ERC20, AccessControlDefaultAdminRules {
    /// @notice The role allowed to mint. Granted to the Bridge at construction.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice The minter is the zero address.
    error ZeroMinter();
    /// @notice The initial supply is positive but the genesis holder is the zero address.
    error ZeroGenesisHolder();

    /// @param admin receives DEFAULT_ADMIN_ROLE (may grant and revoke MINTER_ROLE); zero reverts
    ///        AccessControlInvalidDefaultAdmin.
    /// @param adminDelay seconds between starting and accepting an admin transfer.
    /// @param minter receives MINTER_ROLE (the Bridge).
    /// @param genesisHolder receives the initial supply.
    /// @param initialSupply the initial supply, in wei (18 decimals).
    constructor(address admin, uint48 adminDelay, address minter, address genesisHolder, uint256 initialSupply)
        ERC20("Neuron", "NRN")
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        if (minter == address(0)) revert ZeroMinter();
        if (initialSupply > 0) {
            if (genesisHolder == address(0)) revert ZeroGenesisHolder();
            _mint(genesisHolder, initialSupply);
        }
        _grantRole(MINTER_ROLE, minter);
    }

    /// @notice Mints amount to `to`. Only MINTER_ROLE.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }
}
