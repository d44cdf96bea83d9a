package audit

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
)

// KeyFile is the checkpoint signing key's file name in the audit folder
// (DATA/audit): the hex ed25519 seed, readable by the owner only.
const KeyFile = "checkpoint.ed25519"

// LoadOrCreateKey reads the signing key from dir, creating dir and a new
// key on first use.
func LoadOrCreateKey(dir string) (ed25519.PrivateKey, error) {
	path := filepath.Join(dir, KeyFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("audit: create %s: %w", dir, err)
		}
		seed := make([]byte, ed25519.SeedSize)
		if _, err := rand.Read(seed); err != nil {
			return nil, fmt.Errorf("audit: new key: %w", err)
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("audit: write key: %w", err)
		}
		_, werr := f.WriteString(hex.EncodeToString(seed) + "\n")
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return nil, fmt.Errorf("audit: write key %s: %w", path, werr)
		}
		return ed25519.NewKeyFromSeed(seed), nil
	}
	if err != nil {
		return nil, fmt.Errorf("audit: read key: %w", err)
	}
	seed, err := hex.DecodeString(string(trimSpace(b)))
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("audit: %s is not a hex ed25519 seed", path)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == ' ') {
		b = b[:len(b)-1]
	}
	return b
}

// PublicKeyHex is how a public key is written in checkpoints and flags.
func PublicKeyHex(k ed25519.PrivateKey) string {
	return hex.EncodeToString(k.Public().(ed25519.PublicKey))
}

// SignedText is what a checkpoint's signature covers: the stream, the tree
// size, the head, the previous size and the hash of the leaves it adds (so
// the leaf list cannot be swapped under a valid signature), one per line.
func SignedText(cp *events.AuditCheckpoint) []byte {
	leaves, _ := base64.StdEncoding.DecodeString(cp.Leaves)
	lh := Hash(sha256Sum(leaves))
	return []byte("geotrack audit checkpoint v1\n" +
		"stream " + cp.Stream + "\n" +
		"size " + strconv.FormatInt(cp.Size, 10) + "\n" +
		"root " + cp.Root + "\n" +
		"prev " + strconv.FormatInt(cp.PrevSize, 10) + "\n" +
		"leaves " + lh.String() + "\n" +
		"log_time " + cp.LogTime.UTC().Format(time.RFC3339Nano) + "\n")
}

// checkSignature verifies cp's signature with pub (or, when pub is nil,
// with the key the checkpoint names).
func checkSignature(cp *events.AuditCheckpoint, pub ed25519.PublicKey) error {
	key, err := hex.DecodeString(cp.Key)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return fmt.Errorf("checkpoint %d: bad key %q", cp.Size, cp.Key)
	}
	if pub != nil && !pub.Equal(ed25519.PublicKey(key)) {
		return fmt.Errorf("checkpoint %d: signed by key %s, not the trusted key %s", cp.Size, cp.Key, hex.EncodeToString(pub))
	}
	sig, err := base64.StdEncoding.DecodeString(cp.Signature)
	if err != nil || !ed25519.Verify(ed25519.PublicKey(key), SignedText(cp), sig) {
		return fmt.Errorf("checkpoint %d: bad signature", cp.Size)
	}
	return nil
}

// leavesOf decodes a checkpoint's leaf list.
func leavesOf(cp *events.AuditCheckpoint) ([]Hash, error) {
	b, err := base64.StdEncoding.DecodeString(cp.Leaves)
	if err != nil || len(b) != int(cp.Size-cp.PrevSize)*32 {
		return nil, fmt.Errorf("checkpoint %d: leaf list does not hold %d hashes", cp.Size, cp.Size-cp.PrevSize)
	}
	out := make([]Hash, len(b)/32)
	for i := range out {
		copy(out[i][:], b[i*32:])
	}
	return out, nil
}

// CheckpointerOptions tune how often checkpoints are made.
type CheckpointerOptions struct {
	// Every makes a checkpoint after this many new messages; 0 means 1000.
	// It bounds a checkpoint's size (32 bytes of leaf hash per message).
	Every int
	// Interval makes a checkpoint of whatever is new after this long; 0
	// means one minute. It bounds how long a message stays unsigned.
	Interval time.Duration
	// Poll is how often the end of the log is looked at; 0 means 1 s.
	Poll time.Duration
	Log  *slog.Logger
}

// Checkpointer keeps the Merkle tree over EVENTS and publishes signed
// checkpoints to AUDIT. One runs per deployment (two would only publish
// duplicate checkpoints, deduplicated by id within the window).
type Checkpointer struct {
	b       *bus.Bus
	key     ed25519.PrivateKey
	opt     CheckpointerOptions
	tree    *Tree
	pending []Hash // leaves after the last checkpoint
	logTime time.Time
	lastCP  time.Time
	loaded  bool
}

// NewCheckpointer makes a checkpointer signing with key.
func NewCheckpointer(b *bus.Bus, key ed25519.PrivateKey, opt CheckpointerOptions) *Checkpointer {
	if opt.Every <= 0 {
		opt.Every = 1000
	}
	if opt.Interval <= 0 {
		opt.Interval = time.Minute
	}
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	return &Checkpointer{b: b, key: key, opt: opt}
}

// ErrIntegrity is what stops the checkpointer for good: the log or the
// last checkpoint does not check out.
var ErrIntegrity = errors.New("audit: integrity")

// load resumes the tree from the newest checkpoint in AUDIT.
func (c *Checkpointer) load(ctx context.Context) error {
	if c.loaded {
		return nil
	}
	c.tree = &Tree{}
	m, err := c.b.LastMsgForSubject(ctx, bus.StreamAudit, bus.SubjectAuditCheckpoint)
	if err != nil && !errors.Is(err, bus.ErrMsgNotFound) {
		return fmt.Errorf("audit: last checkpoint: %w", err)
	}
	if m != nil {
		cp, err := decodeCheckpoint(m.Data)
		if err != nil {
			return err
		}
		if err := checkSignature(cp, c.key.Public().(ed25519.PublicKey)); err != nil {
			return fmt.Errorf("%w: resume from last checkpoint: %w", ErrIntegrity, err)
		}
		peaks := make([]Hash, len(cp.Peaks))
		for i, p := range cp.Peaks {
			if peaks[i], err = ParseHash(p); err != nil {
				return err
			}
		}
		if c.tree, err = ResumeTree(uint64(cp.Size), peaks); err != nil {
			return err
		}
		if c.tree.Root().String() != cp.Root {
			return fmt.Errorf("%w: last checkpoint %d: peaks do not fold to its root", ErrIntegrity, cp.Size)
		}
	}
	c.loaded, c.lastCP = true, time.Now()
	return nil
}

// Size is the number of messages covered by the tree (signed or pending).
func (c *Checkpointer) Size() uint64 {
	if c.tree == nil {
		return 0
	}
	return c.tree.Size()
}

// Run follows EVENTS until ctx ends, checkpointing every Every messages
// and, when something is pending, every Interval.
//
// A read or publish error (a NATS node restarting, a leader election) is
// retried with backoff, up to 30 s apart: the checkpointer must outlive
// the faults the log itself survives (pkg/cluster kills nodes under it).
// Only an integrity error (a gap in EVENTS, a checkpoint that does not
// verify) stops it, since signing past one would bless the edit.
func (c *Checkpointer) Run(ctx context.Context) error {
	backoff := time.Duration(0)
	for {
		err := c.catchUp(ctx, false)
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrIntegrity):
			return err
		case err != nil:
			backoff = min(max(2*backoff, c.opt.Poll), 30*time.Second)
			c.opt.Log.Warn("audit checkpointer: retrying", "err", err, "in", backoff)
		default:
			backoff = 0
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(max(backoff, c.opt.Poll)):
		}
	}
}

// Once reads EVENTS to its current end and signs everything read: after it
// returns, a checkpoint covers the whole log (the CLI's `audit checkpoint`).
func (c *Checkpointer) Once(ctx context.Context) error { return c.catchUp(ctx, true) }

func (c *Checkpointer) catchUp(ctx context.Context, flush bool) error {
	if err := c.load(ctx); err != nil {
		return err
	}
	err := c.b.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StartSeq: c.tree.Size() + 1, StopAtEnd: true, MaxBatch: 5000},
		func(msgs []bus.Msg) error {
			for _, m := range msgs {
				if want := c.tree.Size() + 1; m.Seq != want {
					// EVENTS refuses deletes: a gap means the store was
					// edited. Signing past it would bless the edit.
					return fmt.Errorf("%w: EVENTS sequence %d is missing (next message is %d); not checkpointing past it", ErrIntegrity, want, m.Seq)
				}
				h := LeafHash(m)
				c.tree.Append(h)
				c.pending = append(c.pending, h)
				c.logTime = m.Time
				if len(c.pending) >= c.opt.Every {
					if err := c.publish(ctx); err != nil {
						return err
					}
				}
			}
			return nil
		})
	if err != nil {
		return err
	}
	if len(c.pending) > 0 && (flush || time.Since(c.lastCP) >= c.opt.Interval) {
		return c.publish(ctx)
	}
	return nil
}

func (c *Checkpointer) publish(ctx context.Context) error {
	size := c.tree.Size()
	leaves := make([]byte, 0, 32*len(c.pending))
	for _, h := range c.pending {
		leaves = append(leaves, h[:]...)
	}
	cp := events.AuditCheckpoint{
		Stream: bus.StreamEvents, Size: int64(size), Root: c.tree.Root().String(),
		PrevSize: int64(size) - int64(len(c.pending)),
		Leaves:   base64.StdEncoding.EncodeToString(leaves),
		LogTime:  c.logTime.UTC(), Key: PublicKeyHex(c.key),
	}
	for _, p := range c.tree.peaks {
		cp.Peaks = append(cp.Peaks, p.String())
	}
	cp.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(c.key, SignedText(&cp)))
	id := fmt.Sprintf("checkpoint-%s-%d-%s", cp.Stream, cp.Size, cp.Root[:16])
	env, err := events.NewEnvelope(events.TypeAuditCheckpoint, id, "geotrack/audit", time.Now(), cp)
	if err != nil {
		return err
	}
	if err := c.b.PublishEnvelope(ctx, bus.SubjectAuditCheckpoint, env); err != nil {
		return fmt.Errorf("audit: publish checkpoint %d: %w", size, err)
	}
	c.opt.Log.Debug("audit: checkpoint", "size", size, "root", cp.Root)
	c.pending = c.pending[:0]
	c.lastCP = time.Now()
	return nil
}

func decodeCheckpoint(data []byte) (*events.AuditCheckpoint, error) {
	env, err := events.DecodeEnvelope(data)
	if err != nil {
		return nil, fmt.Errorf("audit: checkpoint: %w", err)
	}
	var cp events.AuditCheckpoint
	if err := env.DecodeData(events.TypeAuditCheckpoint, &cp); err != nil {
		return nil, fmt.Errorf("audit: checkpoint: %w", err)
	}
	return &cp, nil
}

// Checkpoints reads every checkpoint in AUDIT, in log order.
func Checkpoints(ctx context.Context, b *bus.Bus) ([]*events.AuditCheckpoint, error) {
	var out []*events.AuditCheckpoint
	err := b.Read(ctx, bus.ReadOptions{Stream: bus.StreamAudit, FilterSubject: bus.SubjectAuditCheckpoint, StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			cp, err := decodeCheckpoint(m.Data)
			if err != nil {
				return fmt.Errorf("AUDIT sequence %d: %w", m.Seq, err)
			}
			out = append(out, cp)
		}
		return nil
	})
	return out, err
}

// ExportCheckpoints writes every checkpoint as one JSON line (the payload),
// for keeping outside the system: `audit verify --checkpoints FILE` later
// checks a log against them even if AUDIT itself was replaced.
func ExportCheckpoints(ctx context.Context, b *bus.Bus, w interface{ Write([]byte) (int, error) }) (int, error) {
	cps, err := Checkpoints(ctx, b)
	if err != nil {
		return 0, err
	}
	enc := json.NewEncoder(w)
	for _, cp := range cps {
		if err := enc.Encode(cp); err != nil {
			return 0, err
		}
	}
	return len(cps), nil
}
