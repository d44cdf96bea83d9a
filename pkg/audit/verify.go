package audit

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/store"
)

// VerifyOptions say what Verify trusts and what it compares.
type VerifyOptions struct {
	// PublicKey is the trusted checkpoint key. nil trusts the key of the
	// first checkpoint and requires every other one to use it (the report
	// names it, to compare with a key kept elsewhere).
	PublicKey ed25519.PublicKey
	// Checkpoints, when not nil, are used instead of AUDIT's (an export).
	Checkpoints []*events.AuditCheckpoint
	// StorePath is the live projection to compare with a rebuild; "" skips
	// the comparison. The file must not be open in another process.
	StorePath string
	// TempDir holds the rebuild ("" = the system's temporary folder).
	TempDir         string
	StoryWindowDays int
}

// Problem is the first thing found wrong.
type Problem struct {
	// Kind is "log" (an EVENTS message differs from what was signed, is
	// missing or out of place), "checkpoint" (a checkpoint is not signed
	// by the trusted key or does not extend the previous one) or
	// "projection" (the live store differs from a rebuild).
	Kind   string `json:"kind"`
	Seq    uint64 `json:"seq,omitempty"`    // EVENTS sequence (log), checkpoint size (checkpoint)
	Bucket string `json:"bucket,omitempty"` // projection: the first differing bucket
	Key    string `json:"key,omitempty"`    // projection: its key (printable or hex)
	Detail string `json:"detail"`
}

func (p *Problem) Error() string {
	switch p.Kind {
	case "log":
		return fmt.Sprintf("log: EVENTS sequence %d: %s", p.Seq, p.Detail)
	case "projection":
		return fmt.Sprintf("projection: bucket %s key %s: %s", p.Bucket, p.Key, p.Detail)
	}
	return fmt.Sprintf("%s: %s", p.Kind, p.Detail)
}

// Report is what Verify found.
type Report struct {
	Messages    uint64   `json:"messages"`      // EVENTS messages read
	Checkpoints int      `json:"checkpoints"`   // signed checkpoints checked
	Covered     uint64   `json:"covered"`       // messages covered by a checkpoint
	Key         string   `json:"key"`           // the key the checkpoints are signed with
	StoreSeq    uint64   `json:"store_seq"`     // live store checkpoint compared (0 = not compared)
	DumpLines   int      `json:"dump_lines"`    // projection lines compared
	Bad         *Problem `json:"bad,omitempty"` // nil when everything matched
}

var errStop = errors.New("stop")

// Verify checks the EVENTS log against the signed checkpoints and, with
// StorePath, the live projection against a rebuild (see the package doc).
// It stops at the first problem, in Report.Bad; the error is for failures
// to check at all (no connection, unreadable file).
func Verify(ctx context.Context, b *bus.Bus, opt VerifyOptions) (*Report, error) {
	rep := &Report{}
	cps := opt.Checkpoints
	if cps == nil {
		var err error
		if cps, err = Checkpoints(ctx, b); err != nil {
			return nil, err
		}
	}
	cps, bad := checkChain(cps, opt.PublicKey, rep)
	if bad != nil {
		rep.Bad = bad
		return rep, nil
	}
	rep.Checkpoints = len(cps)

	tree := &Tree{}
	ci := 0
	var rng []Hash // leaves since the previous checkpoint
	err := b.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StopAtEnd: true, MaxBatch: 5000}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			want := tree.Size() + 1
			if m.Seq != want {
				rep.Bad = &Problem{Kind: "log", Seq: want, Detail: fmt.Sprintf("message missing (the log goes on at %d)", m.Seq)}
				return errStop
			}
			h := LeafHash(m)
			tree.Append(h)
			rep.Messages++
			if ci == len(cps) {
				continue
			}
			rng = append(rng, h)
			cp := cps[ci]
			if tree.Size() < uint64(cp.Size) {
				continue
			}
			if tree.Root().String() != cp.Root {
				rep.Bad = locate(cp, rng)
				return errStop
			}
			rep.Covered = uint64(cp.Size)
			rng = rng[:0]
			ci++
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, fmt.Errorf("audit: read EVENTS: %w", err)
	}
	if rep.Bad != nil {
		return rep, nil
	}
	if ci < len(cps) {
		rep.Bad = &Problem{Kind: "log", Seq: rep.Messages + 1, Detail: fmt.Sprintf("the log ends at %d but checkpoint %d signs %d messages", rep.Messages, cps[ci].Size, cps[ci].Size)}
		return rep, nil
	}
	if opt.StorePath == "" {
		return rep, nil
	}
	return rep, compareProjection(ctx, b, opt, rep)
}

// checkChain checks signatures and that each checkpoint extends the
// previous; identical re-publications are dropped.
func checkChain(in []*events.AuditCheckpoint, pub ed25519.PublicKey, rep *Report) ([]*events.AuditCheckpoint, *Problem) {
	var out []*events.AuditCheckpoint
	var prev *events.AuditCheckpoint
	for _, cp := range in {
		if pub == nil {
			k, err := hex.DecodeString(cp.Key)
			if err != nil || len(k) != ed25519.PublicKeySize {
				return nil, &Problem{Kind: "checkpoint", Seq: uint64(cp.Size), Detail: "bad key"}
			}
			pub = k
		}
		rep.Key = hex.EncodeToString(pub)
		if err := checkSignature(cp, pub); err != nil {
			return nil, &Problem{Kind: "checkpoint", Seq: uint64(cp.Size), Detail: err.Error()}
		}
		if prev != nil && cp.Size == prev.Size && cp.Root == prev.Root {
			continue
		}
		prevSize := int64(0)
		if prev != nil {
			prevSize = prev.Size
		}
		if cp.PrevSize != prevSize || cp.Size <= cp.PrevSize || cp.Stream != bus.StreamEvents {
			return nil, &Problem{Kind: "checkpoint", Seq: uint64(cp.Size), Detail: fmt.Sprintf("checkpoint of %s %d..%d does not extend the previous one (%d)", cp.Stream, cp.PrevSize, cp.Size, prevSize)}
		}
		if _, err := leavesOf(cp); err != nil {
			return nil, &Problem{Kind: "checkpoint", Seq: uint64(cp.Size), Detail: err.Error()}
		}
		out = append(out, cp)
		prev = cp
	}
	return out, nil
}

// locate names the first message of cp's range whose leaf differs from
// the signed one.
func locate(cp *events.AuditCheckpoint, got []Hash) *Problem {
	signed, _ := leavesOf(cp) // checked by checkChain
	for j := range signed {
		if j >= len(got) || got[j] != signed[j] {
			return &Problem{Kind: "log", Seq: uint64(cp.PrevSize) + uint64(j) + 1,
				Detail: fmt.Sprintf("message differs from the one signed in checkpoint %d (altered, replaced or moved)", cp.Size)}
		}
	}
	// Same leaves, different head: the checkpoint's own leaf list does not
	// fit its root, which the signature does cover.
	return &Problem{Kind: "checkpoint", Seq: uint64(cp.Size), Detail: "the signed leaves do not give the signed root"}
}

func compareProjection(ctx context.Context, b *bus.Bus, opt VerifyOptions, rep *Report) error {
	live, err := store.Open(opt.StorePath, store.Options{StoryWindowDays: opt.StoryWindowDays, Timeout: 0})
	if err != nil {
		return fmt.Errorf("audit: open live projection: %w", err)
	}
	defer live.Close()
	seq, _, err := live.Checkpoint()
	if err != nil {
		return err
	}
	rep.StoreSeq = seq
	if seq > rep.Messages {
		rep.Bad = &Problem{Kind: "projection", Bucket: "meta", Key: "seq", Detail: fmt.Sprintf("the projection claims sequence %d, the log ends at %d", seq, rep.Messages)}
		return nil
	}
	tmp, err := os.MkdirTemp(opt.TempDir, "geotrack-verify-")
	if err != nil {
		return fmt.Errorf("audit: temp folder: %w", err)
	}
	defer os.RemoveAll(tmp)
	path := filepath.Join(tmp, "rebuild.db")
	if seq > 0 {
		if _, err := Replay(ctx, b, path, seq, live.StoryWindowDays()); err != nil {
			return err
		}
	}
	rebuilt, err := store.Open(path, store.Options{StoryWindowDays: live.StoryWindowDays()})
	if err != nil {
		return err
	}
	defer rebuilt.Close()
	n, p, err := CompareDumps(live, rebuilt)
	rep.DumpLines = n
	rep.Bad = p
	return err
}

// CompareDumps streams both stores' canonical dumps and returns the number
// of equal lines and the first difference (nil if none). Dumps are
// streamed, not held: a million-event store dumps to about a gigabyte.
func CompareDumps(live, rebuilt *store.Store) (int, *Problem, error) {
	lr, lw := io.Pipe()
	rr, rw := io.Pipe()
	dump := func(st *store.Store, w *io.PipeWriter) {
		bw := bufio.NewWriterSize(w, 1<<16)
		err := st.Dump(bw)
		if err == nil {
			err = bw.Flush()
		}
		w.CloseWithError(err)
	}
	go dump(live, lw)
	go dump(rebuilt, rw)
	defer lr.Close()
	defer rr.Close()
	a, c := bufio.NewReaderSize(lr, 1<<16), bufio.NewReaderSize(rr, 1<<16)
	n := 0
	for {
		la, ea := a.ReadBytes('\n')
		lc, ec := c.ReadBytes('\n')
		if ea != nil && ea != io.EOF {
			return n, nil, fmt.Errorf("audit: dump live: %w", ea)
		}
		if ec != nil && ec != io.EOF {
			return n, nil, fmt.Errorf("audit: dump rebuild: %w", ec)
		}
		if !bytes.Equal(la, lc) {
			return n, dumpProblem(la, lc), nil
		}
		if ea == io.EOF {
			return n, nil, nil
		}
		n++
	}
}

// dumpProblem describes the first differing dump line. A key present on
// one side only sorts first on that side.
func dumpProblem(live, rebuilt []byte) *Problem {
	split := func(l []byte) (bucket, key, val string) {
		f := strings.Fields(string(l))
		for len(f) < 3 {
			f = append(f, "")
		}
		return f[0], f[1], f[2]
	}
	lb, lk, lv := split(live)
	rb, rk, rv := split(rebuilt)
	p := &Problem{Kind: "projection"}
	switch {
	case len(live) == 0:
		p.Bucket, p.Key, p.Detail = rb, printable(rk), "in the rebuild, missing from the live projection"
	case len(rebuilt) == 0:
		p.Bucket, p.Key, p.Detail = lb, printable(lk), "in the live projection, not in the rebuild"
	case lb != rb || lk != rk:
		if lb < rb || (lb == rb && lk < rk) {
			p.Bucket, p.Key, p.Detail = lb, printable(lk), "in the live projection, not in the rebuild"
		} else {
			p.Bucket, p.Key, p.Detail = rb, printable(rk), "in the rebuild, missing from the live projection"
		}
	default:
		p.Bucket, p.Key = lb, printable(lk)
		p.Detail = fmt.Sprintf("value differs (live %d bytes, rebuilt %d bytes)", len(lv)/2, len(rv)/2)
	}
	return p
}

// printable shows a hex key as text where it is text: its \0-separated
// text parts with "/" between them, and a binary tail (a day, a story
// hash) as hex after "/0x".
func printable(hexKey string) string {
	b, err := hex.DecodeString(hexKey)
	if err != nil {
		return hexKey
	}
	cut := 0 // end of the text parts (after their \0)
	for i, c := range b {
		if c == 0 {
			cut = i + 1
			continue
		}
		if !unicode.IsPrint(rune(c)) && c < 0x80 {
			break
		}
		if i == len(b)-1 {
			cut = len(b)
		}
	}
	text := strings.ReplaceAll(string(b[:cut]), "\x00", "/")
	if !utf8.ValidString(text) {
		return hexKey
	}
	if cut == len(b) {
		return strings.TrimSuffix(text, "/")
	}
	return text + "0x" + hex.EncodeToString(b[cut:])
}
