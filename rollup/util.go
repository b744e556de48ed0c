package rollup

import "encoding/binary"

func putU64(b []byte, v uint64) { binary.BigEndian.PutUint64(b, v) }
