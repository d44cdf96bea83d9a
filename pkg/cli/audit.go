package cli

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/audit"
	"github.com/geotrack/geotrack/pkg/bus"
)

func init() {
	register(command{name: "audit", usage: "audit verify|checkpoint|export [--data DIR] [--nats-url URL] [flags]",
		help: "sign Merkle checkpoints of the EVENTS log, export them, verify the log and the projections", run: runAudit})
}

// runAudit dispatches the audit subcommands. All open the bus the way
// rebuild does: the embedded server in --data (geotrack run must be
// stopped) or --nats-url.
func runAudit(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usageError{"want verify, checkpoint or export"}
	}
	sub := args[0]
	var f serverFlags
	fs := newFlags(env, "audit "+sub, "audit "+sub+" [flags]")
	f.bind(env, fs, "aggregate")
	var pubHex, cpFile, storePath, out *string
	var noStore, asJSON *bool
	switch sub {
	case "verify":
		pubHex = fs.String("pubkey", "", "trusted checkpoint key (hex ed25519); default: the key in DATA/audit")
		cpFile = fs.String("checkpoints", "", "verify against exported checkpoints (JSON lines) instead of the AUDIT stream")
		storePath = fs.String("store", "", "live projection to compare with a rebuild (default DATA/geotrack.db)")
		noStore = fs.Bool("no-store", false, "check the log only, not the projection")
		asJSON = fs.Bool("json", false, "print the report as JSON")
	case "checkpoint":
	case "export":
		out = fs.String("out", "", "file to write (default stdout)")
	default:
		return usageError{fmt.Sprintf("unknown audit command %q (want verify, checkpoint or export)", sub)}
	}
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	cfg := f.config(env)
	keyDir := filepath.Join(cfg.DataDir, "audit")
	b, err := bus.Open(ctx, bus.Config{URL: cfg.NATSURL, DataDir: filepath.Join(cfg.DataDir, "nats"), Logger: cfg.Log})
	if err != nil {
		return err
	}
	defer b.Close()

	switch sub {
	case "checkpoint":
		key, err := audit.LoadOrCreateKey(keyDir)
		if err != nil {
			return err
		}
		c := audit.NewCheckpointer(b, key, audit.CheckpointerOptions{Log: cfg.Log})
		if err := c.Once(ctx); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "EVENTS 1..%d signed with key %s\n", c.Size(), audit.PublicKeyHex(key))
		return nil
	case "export":
		w := env.Stdout
		if *out != "" {
			file, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer file.Close()
			w = file
		}
		bw := bufio.NewWriter(w)
		n, err := audit.ExportCheckpoints(ctx, b, bw)
		if err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "exported %d checkpoints\n", n)
		return nil
	}

	opt := audit.VerifyOptions{StoryWindowDays: cfg.StoryWindowDays}
	switch {
	case *pubHex != "":
		k, err := hex.DecodeString(*pubHex)
		if err != nil || len(k) != ed25519.PublicKeySize {
			return usageError{"--pubkey is not a hex ed25519 public key"}
		}
		opt.PublicKey = k
	default:
		if _, err := os.Stat(filepath.Join(keyDir, audit.KeyFile)); err == nil {
			key, err := audit.LoadOrCreateKey(keyDir)
			if err != nil {
				return err
			}
			opt.PublicKey = key.Public().(ed25519.PublicKey)
		}
	}
	if *cpFile != "" {
		if opt.Checkpoints, err = readCheckpoints(*cpFile); err != nil {
			return err
		}
	}
	if !*noStore {
		opt.StorePath = *storePath
		if opt.StorePath == "" {
			opt.StorePath = filepath.Join(cfg.DataDir, "geotrack.db")
			if _, err := os.Stat(opt.StorePath); errors.Is(err, os.ErrNotExist) {
				opt.StorePath = ""
			}
		}
	}
	start := time.Now()
	rep, err := audit.Verify(ctx, b, opt)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printVerify(env.Stdout, rep, opt, time.Since(start))
	}
	if rep.Bad != nil {
		return exitCode{code: 1, msg: "FAILED: " + rep.Bad.Error()}
	}
	return nil
}

func printVerify(w io.Writer, rep *audit.Report, opt audit.VerifyOptions, took time.Duration) {
	fmt.Fprintf(w, "EVENTS messages read   %d\n", rep.Messages)
	fmt.Fprintf(w, "signed checkpoints     %d (key %s)\n", rep.Checkpoints, rep.Key)
	fmt.Fprintf(w, "covered by checkpoints %d (%d not yet signed)\n", rep.Covered, rep.Messages-min(rep.Covered, rep.Messages))
	if opt.PublicKey == nil && rep.Checkpoints > 0 {
		fmt.Fprintln(w, "warning: no trusted key given; the checkpoints' own key was trusted")
	}
	switch {
	case opt.StorePath == "":
		fmt.Fprintln(w, "projection             not compared")
	case rep.Bad == nil || rep.StoreSeq > 0:
		fmt.Fprintf(w, "projection             %s at EVENTS %d, %d dump lines compared\n", opt.StorePath, rep.StoreSeq, rep.DumpLines)
	}
	if rep.Bad == nil {
		fmt.Fprintf(w, "OK (%s)\n", took.Round(time.Millisecond))
	}
}

func readCheckpoints(path string) ([]*events.AuditCheckpoint, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*events.AuditCheckpoint
	dec := json.NewDecoder(f)
	for {
		var cp events.AuditCheckpoint
		if err := dec.Decode(&cp); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: checkpoint %d: %w", path, len(out)+1, err)
		}
		out = append(out, &cp)
	}
	if out == nil {
		out = []*events.AuditCheckpoint{}
	}
	return out, nil
}
