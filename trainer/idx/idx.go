// Package idx reads IDX files, the format of the MNIST and Fashion-MNIST
// distributions, plain or gzip-compressed.
//
// An IDX file is: two zero bytes, a type byte (0x08 for unsigned bytes, the
// only type MNIST uses and the only one this package accepts), a dimension
// count d, d big-endian uint32 sizes, then the elements in row-major order.
package idx

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxSize bounds the decompressed size of one file (256 MiB; the Fashion-MNIST
// training images are 47 MB).
const MaxSize = 256 << 20

// TypeUbyte is the IDX element type of unsigned bytes.
const TypeUbyte = 0x08

// ErrFormat is wrapped by every decoding error.
var ErrFormat = errors.New("idx: bad file")

// File is a decoded IDX file of unsigned bytes.
type File struct {
	// Dims are the dimension sizes, outermost first: [N] for labels,
	// [N, rows, cols] for images.
	Dims []int
	// Data holds the product of Dims bytes, row-major.
	Data []byte
}

// Decode parses a plain IDX file. Data aliases b.
func Decode(b []byte) (*File, error) {
	if len(b) < 4 {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the 4-byte magic", ErrFormat, len(b))
	}
	if b[0] != 0 || b[1] != 0 {
		return nil, fmt.Errorf("%w: magic %02x%02x, want 0000", ErrFormat, b[0], b[1])
	}
	if b[2] != TypeUbyte {
		return nil, fmt.Errorf("%w: element type 0x%02x, only 0x08 (unsigned byte) is supported", ErrFormat, b[2])
	}
	d := int(b[3])
	if d == 0 {
		return nil, fmt.Errorf("%w: zero dimensions", ErrFormat)
	}
	hdr := 4 + 4*d
	if len(b) < hdr {
		return nil, fmt.Errorf("%w: header of %d dimensions truncated at %d bytes", ErrFormat, d, len(b))
	}
	f := &File{Dims: make([]int, d)}
	n := uint64(1)
	for i := range d {
		s := binary.BigEndian.Uint32(b[4+4*i:])
		f.Dims[i] = int(s)
		n *= uint64(s)
		if n > MaxSize {
			return nil, fmt.Errorf("%w: dimensions %v exceed %d elements", ErrFormat, b[4:hdr], MaxSize)
		}
	}
	if got := uint64(len(b) - hdr); got != n {
		return nil, fmt.Errorf("%w: dimensions %v need %d data bytes, file has %d", ErrFormat, f.Dims, n, got)
	}
	f.Data = b[hdr:]
	return f, nil
}

// Read reads a plain or gzip-compressed IDX file from r.
func Read(r io.Reader) (*File, error) {
	br := bufio.NewReader(r)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %v", ErrFormat, err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, MaxSize+64<<10+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if n > MaxSize+64<<10 {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrFormat, MaxSize)
	}
	return Decode(buf.Bytes())
}

// ReadFile reads a plain or gzip-compressed IDX file.
func ReadFile(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	f, err := Read(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// Set is a labelled image set such as the Fashion-MNIST training split.
type Set struct {
	N, Rows, Cols int
	// Images holds N*Rows*Cols pixels, image after image, row-major.
	Images []byte
	// Labels holds N class labels.
	Labels []byte
}

// Head keeps only the first n examples (all of them if n <= 0 or n >= N).
func (s *Set) Head(n int) {
	if n > 0 && n < s.N {
		s.N = n
		s.Images = s.Images[:n*s.Rows*s.Cols]
		s.Labels = s.Labels[:n]
	}
}

// Image returns the pixels of image i (aliasing Images).
func (s *Set) Image(i int) []byte {
	w := s.Rows * s.Cols
	return s.Images[i*w : (i+1)*w]
}

// LoadSet reads an images file ([N, rows, cols]) and a labels file ([N]).
func LoadSet(imagesPath, labelsPath string) (*Set, error) {
	img, err := ReadFile(imagesPath)
	if err != nil {
		return nil, err
	}
	lab, err := ReadFile(labelsPath)
	if err != nil {
		return nil, err
	}
	return NewSet(img, lab)
}

// NewSet pairs decoded image and label files, checking their dimensions.
func NewSet(images, labels *File) (*Set, error) {
	if len(images.Dims) != 3 {
		return nil, fmt.Errorf("%w: images have dimensions %v, want [N rows cols]", ErrFormat, images.Dims)
	}
	if len(labels.Dims) != 1 {
		return nil, fmt.Errorf("%w: labels have dimensions %v, want [N]", ErrFormat, labels.Dims)
	}
	if images.Dims[0] != labels.Dims[0] {
		return nil, fmt.Errorf("%w: %d images but %d labels", ErrFormat, images.Dims[0], labels.Dims[0])
	}
	return &Set{
		N: images.Dims[0], Rows: images.Dims[1], Cols: images.Dims[2],
		Images: images.Data, Labels: labels.Data,
	}, nil
}
