package sequencer

import "github.com/ipfs/go-cid"

func cidString(b []byte) string {
	c, err := cid.Cast(b)
	if err != nil {
		return ""
	}
	return c.String()
}
