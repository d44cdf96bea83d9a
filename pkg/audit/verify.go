package audit

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

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

	// The rebuild of the projection reads the log on its own while the
	// log is checked here: the two passes overlap instead of adding up. A
	// problem in the log stops the rebuild (deferred cleanup).
	var rb *rebuild
	if opt.StorePath != "" {
		var err error
		if rb, err = startRebuild(ctx, b, opt); err != nil {
			return nil, err
		}
		defer rb.cleanup()
	}

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
	if rb == nil {
		return rep, nil
	}
	return rep, rb.compare(rep)
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

// rebuild is a replay of the log into a temporary store, up to the live
// projection's checkpoint, running in the background.
type rebuild struct {
	live   *store.Store
	seq    uint64
	tmp    string
	path   string
	cancel context.CancelFunc
	done   chan struct{}
	err    error
}

func startRebuild(ctx context.Context, b *bus.Bus, opt VerifyOptions) (*rebuild, error) {
	live, err := store.Open(opt.StorePath, store.Options{StoryWindowDays: opt.StoryWindowDays, Timeout: 0})
	if err != nil {
		return nil, fmt.Errorf("audit: open live projection: %w", err)
	}
	seq, _, err := live.Checkpoint()
	if err != nil {
		live.Close()
		return nil, err
	}
	tmp, err := os.MkdirTemp(opt.TempDir, "geotrack-verify-")
	if err != nil {
		live.Close()
		return nil, fmt.Errorf("audit: temp folder: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	rb := &rebuild{live: live, seq: seq, tmp: tmp, path: filepath.Join(tmp, "rebuild.db"), cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(rb.done)
		if seq > 0 {
			_, rb.err = Replay(ctx, b, rb.path, seq, live.StoryWindowDays())
		}
	}()
	return rb, nil
}

func (rb *rebuild) cleanup() {
	rb.cancel()
	<-rb.done
	rb.live.Close()
	os.RemoveAll(rb.tmp)
}

// compare waits for the rebuild and compares it with the live store.
func (rb *rebuild) compare(rep *Report) error {
	rep.StoreSeq = rb.seq
	if rb.seq > rep.Messages {
		rep.Bad = &Problem{Kind: "projection", Bucket: "meta", Key: "seq", Detail: fmt.Sprintf("the projection claims sequence %d, the log ends at %d", rb.seq, rep.Messages)}
		return nil
	}
	<-rb.done
	if rb.err != nil {
		return rb.err
	}
	rebuilt, err := store.Open(rb.path, store.Options{StoryWindowDays: rb.live.StoryWindowDays()})
	if err != nil {
		return err
	}
	defer rebuilt.Close()
	n, p, err := CompareDumps(rb.live, rebuilt)
	rep.DumpLines = n
	rep.Bad = p
	return err
}

// CompareDumps compares the live projection with a rebuild entry by entry
// (store.Compare: the raw keys and values of the canonical dump, without
// rendering them) and returns the number of equal entries and the first
// difference (nil if none).
func CompareDumps(live, rebuilt *store.Store) (int, *Problem, error) {
	n, d, err := store.Compare(live, rebuilt)
	if err != nil || d == nil {
		return n, nil, err
	}
	p := &Problem{Kind: "projection", Bucket: d.Bucket, Key: store.KeyString(d.Bucket, d.Key)}
	switch d.Side {
	case "a":
		p.Detail = "in the live projection, not in the rebuild"
	case "b":
		p.Detail = "in the rebuild, missing from the live projection"
	default:
		p.Detail = fmt.Sprintf("value differs (live %d bytes, rebuilt %d bytes)", d.LenA, d.LenB)
	}
	return n, p, nil
}
