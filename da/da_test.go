package da_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/neuron-rollup/neuron/da"
	"github.com/neuron-rollup/neuron/da/storetest"
)

func TestSumMatchesKubo(t *testing.T) {
	// `printf '' | ipfs block put --cid-codec=raw --mhtype=sha2-256`
	const emptyRaw = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	if got := da.Sum(nil).String(); got != emptyRaw {
		t.Fatalf("Sum(empty) = %s, want %s", got, emptyRaw)
	}
	data := []byte("neuron")
	c := da.Sum(data)
	dec, err := mh.Decode(c.Hash())
	if err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256(data)
	if c.Version() != 1 || c.Type() != cid.Raw || dec.Code != mh.SHA2_256 || string(dec.Digest) != string(want[:]) {
		t.Fatalf("Sum: %s is not CIDv1 raw sha2-256 of the data", c)
	}
}

func TestVerify(t *testing.T) {
	data := []byte("batch 1")
	c := da.Sum(data)
	if err := da.Verify(c, data); err != nil {
		t.Fatal(err)
	}
	if err := da.Verify(c, []byte("batch 2")); !errors.Is(err, da.ErrCorrupt) {
		t.Fatalf("err = %v, want ErrCorrupt", err)
	}
	if _, err := da.ParseCID("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"); !errors.Is(err, da.ErrBadCID) {
		t.Fatalf("ParseCID(v0): err = %v, want ErrBadCID", err)
	}
	if got, err := da.ParseCID(c.String()); err != nil || !got.Equals(c) {
		t.Fatalf("ParseCID round trip = %s, %v", got, err)
	}
}

func TestMemory(t *testing.T) {
	storetest.Run(t, func(*testing.T) da.Store { return da.NewMemory() })
}

func TestMemoryCorrupt(t *testing.T) {
	ctx := context.Background()
	m := da.NewMemory()
	c, _ := m.Put(ctx, []byte("good"))
	m.Tamper(c, []byte("evil"))
	if _, err := m.Get(ctx, c); !errors.Is(err, da.ErrCorrupt) {
		t.Fatalf("err = %v, want ErrCorrupt", err)
	}
}

func ExampleSum() {
	c := da.Sum([]byte{})
	fmt.Println(c)
	// Output: bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku
}

func FuzzParseCID(f *testing.F) {
	f.Add("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	f.Add("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := da.ParseCID(s)
		if err != nil {
			if !errors.Is(err, da.ErrBadCID) {
				t.Fatalf("ParseCID(%q): error %v does not wrap ErrBadCID", s, err)
			}
			return
		}
		if da.CheckCID(c) != nil {
			t.Fatalf("ParseCID(%q) accepted %s that CheckCID rejects", s, c)
		}
	})
}
