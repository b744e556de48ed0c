package sampledloss

import (
	"bytes"
	_ "embed"
	"encoding/json"
)

// DevnetKeyDir is the committed devnet key directory, relative to the
// repository root (the proving key is only on disk: load it with
// LoadOrSetup(DevnetKeyDir, DevnetParams())).
const DevnetKeyDir = "circuits/sampledloss/keys/devnet"

//go:embed keys/devnet/vk.bin
var devnetVK []byte

//go:embed keys/devnet/meta.json
var devnetMeta []byte

// DevnetVerifyingKey returns the committed INSECURE devnet verifying key
// (DevnetParams), in the encoding Verify takes; the devnet genesis embeds it
// and l1/contracts/src/LossVerifier.sol is exported from it. The caller owns
// the returned slice.
func DevnetVerifyingKey() []byte { return bytes.Clone(devnetVK) }

// DevnetMeta describes the committed devnet keys.
func DevnetMeta() Meta {
	var m Meta
	if err := json.Unmarshal(devnetMeta, &m); err != nil {
		panic("sampledloss: committed devnet meta.json is corrupt: " + err.Error())
	}
	return m
}
