package explorer

import (
	"fmt"
	"net/http"
	"os"
	"strconv"
	"testing"
	"time"
)

// benchBlocks is the length of the benchmark's chain (NRN_EXPLORER_BENCH_BLOCKS
// overrides it).
const benchBlocks = 10_000

// BenchmarkPages measures the render time of the home and blocks pages
// (ms/page: request to last byte, through the sequencer's RPC and the
// simulated L1) on a chain of 10,000 blocks, one in ten with a transfer,
// sealed and settled on L1 every 100 blocks. It also reports how long the
// first request took, which builds the index of the whole chain (index-ms).
func BenchmarkPages(b *testing.B) {
	blocks := benchBlocks
	if s := os.Getenv("NRN_EXPLORER_BENCH_BLOCKS"); s != "" {
		var err error
		if blocks, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	n := newTestNet(b)
	start := time.Now()
	for i := 1; n.seq.Head().Number < uint64(blocks); i++ {
		if i%10 == 0 {
			n.step(n.transfer(i%testKeys, (i+1)%testKeys, 1))
		} else {
			n.step()
		}
		if i%100 == 0 {
			n.seal()
			n.post()
		}
	}
	b.Logf("chain of %d blocks built in %s", n.seq.Head().Number, time.Since(start).Round(time.Millisecond))
	_, srv := n.explorer(0)
	start = time.Now()
	if status, body := get(b, srv.URL, "/"); status != http.StatusOK {
		b.Fatalf("home: %d %s", status, body)
	}
	index := time.Since(start)
	for _, page := range []string{"/", "/blocks"} {
		b.Run(fmt.Sprintf("page=%s", page), func(b *testing.B) {
			for b.Loop() {
				if status, body := get(b, srv.URL, page); status != http.StatusOK {
					b.Fatalf("%s: %d %s", page, status, body)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/page")
			b.ReportMetric(float64(index.Milliseconds()), "index-ms")
		})
	}
}
