// Package keys loads the secp256k1 key a Neuron command signs with: one key
// works on L1 and L2.
package keys

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// Load reads a key from a hex string (development only) or from an
// Ethereum keystore file and a file holding its password. Exactly one of
// hexKey and keystoreFile must be set.
func Load(hexKey, keystoreFile, passwordFile string) (*ecdsa.PrivateKey, error) {
	switch {
	case hexKey != "" && keystoreFile != "":
		return nil, errors.New("keys: give a private key or a keystore, not both")
	case hexKey != "":
		k, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
		if err != nil {
			return nil, fmt.Errorf("keys: private key: %w", err)
		}
		return k, nil
	case keystoreFile == "":
		return nil, errors.New("keys: no private key or keystore given")
	case passwordFile == "":
		return nil, errors.New("keys: a keystore needs a password file")
	}
	blob, err := os.ReadFile(keystoreFile)
	if err != nil {
		return nil, fmt.Errorf("keys: read keystore: %w", err)
	}
	pw, err := os.ReadFile(passwordFile)
	if err != nil {
		return nil, fmt.Errorf("keys: read password file: %w", err)
	}
	k, err := keystore.DecryptKey(blob, strings.TrimRight(string(pw), "\r\n"))
	if err != nil {
		return nil, fmt.Errorf("keys: decrypt keystore %s: %w", keystoreFile, err)
	}
	return k.PrivateKey, nil
}
