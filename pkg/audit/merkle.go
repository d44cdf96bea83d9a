package audit

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"

	"github.com/geotrack/geotrack/pkg/bus"
)

// Hash is a SHA-256 digest: a leaf, a subtree or a tree head.
type Hash [32]byte

func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// ParseHash reads a hex hash.
func ParseHash(s string) (Hash, error) {
	var h Hash
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("audit: %q is not a hex SHA-256 hash", s)
	}
	copy(h[:], b)
	return h, nil
}

// LeafHash is the RFC 6962 leaf hash of one EVENTS message: SHA-256 over
// 0x00, the stream sequence (8 bytes big-endian), then the subject, the
// Nats-Msg-Id header and the payload, each prefixed by its length (uvarint).
// The sequence is inside the leaf, so a message moved to another position
// changes the leaf at both positions. The server's timestamp is not: it is
// not what publishers wrote and it changes when a log is copied.
func LeafHash(m bus.Msg) Hash {
	h := sha256.New()
	var buf [binary.MaxVarintLen64 + 8]byte
	h.Write([]byte{0})
	h.Write(binary.BigEndian.AppendUint64(buf[:0], m.Seq))
	for _, part := range [][]byte{[]byte(m.Subject), []byte(m.Header.Get("Nats-Msg-Id")), m.Data} {
		h.Write(binary.AppendUvarint(buf[:0], uint64(len(part))))
		h.Write(part)
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

func nodeHash(l, r Hash) Hash {
	var b [65]byte
	b[0] = 1
	copy(b[1:], l[:])
	copy(b[33:], r[:])
	return sha256.Sum256(b[:])
}

// emptyRoot is RFC 6962's head of the empty tree: SHA-256 of nothing.
var emptyRoot = Hash(sha256.Sum256(nil))

// Tree is an append-only RFC 6962 Merkle tree kept as its compact range:
// the roots of its perfect subtrees, largest (leftmost) first. Appending is
// amortised O(1) and the head of a tree of any size is O(log n), without
// keeping the leaves.
type Tree struct {
	size  uint64
	peaks []Hash
}

// Size is the number of leaves.
func (t *Tree) Size() uint64 { return t.size }

// Peaks are the perfect subtree roots (for resuming a tree).
func (t *Tree) Peaks() []Hash { return append([]Hash(nil), t.peaks...) }

// Append adds one leaf hash.
func (t *Tree) Append(leaf Hash) {
	t.peaks = append(t.peaks, leaf)
	t.size++
	// Every trailing zero bit of the new size is a pair of equal-size
	// subtrees to merge.
	for s := t.size; s&1 == 0; s >>= 1 {
		n := len(t.peaks)
		t.peaks[n-2] = nodeHash(t.peaks[n-2], t.peaks[n-1])
		t.peaks = t.peaks[:n-1]
	}
}

// Root is the RFC 6962 tree head. The largest-power-of-two split of RFC
// 6962 makes it the right-to-left fold of the compact range.
func (t *Tree) Root() Hash {
	if len(t.peaks) == 0 {
		return emptyRoot
	}
	r := t.peaks[len(t.peaks)-1]
	for i := len(t.peaks) - 2; i >= 0; i-- {
		r = nodeHash(t.peaks[i], r)
	}
	return r
}

// ResumeTree rebuilds a tree from its size and compact range, checking that
// the number of peaks fits the size.
func ResumeTree(size uint64, peaks []Hash) (*Tree, error) {
	n := 0
	for s := size; s > 0; s &= s - 1 {
		n++
	}
	if n != len(peaks) {
		return nil, fmt.Errorf("audit: a tree of %d leaves has %d perfect subtrees, got %d", size, n, len(peaks))
	}
	return &Tree{size: size, peaks: append([]Hash(nil), peaks...)}, nil
}

func sha256Sum(b []byte) [32]byte { return sha256.Sum256(b) }
