package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/geotrack/geotrack/pkg/audit"
	"github.com/geotrack/geotrack/pkg/bus"
)

func init() {
	register(command{name: "replay", usage: "replay (--until-seq N | --as-of TIME) --out DIR [--data DIR] [--nats-url URL]",
		help: "rebuild every projection from the EVENTS log up to a sequence or a time into a separate folder", run: runReplay})
}

// runReplay answers "what was known then": the projections as they were
// after the log reached a sequence (or the last message stored at or
// before a time), in DIR/geotrack.db, which `geotrack query --data DIR`
// reads. The live projection is not touched.
func runReplay(ctx context.Context, env *Env, args []string) error {
	var f serverFlags
	fs := newFlags(env, "replay", "replay (--until-seq N | --as-of TIME) --out DIR [flags]")
	f.bind(env, fs, "aggregate")
	until := fs.Uint64("until-seq", 0, "last EVENTS sequence to apply")
	asOf := fs.String("as-of", "", "time (RFC 3339, or YYYY-MM-DD for the end of that UTC day): replay what the log held then")
	out := fs.String("out", "", "folder for the replayed projection (created; must not hold one already)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	if (*until == 0) == (*asOf == "") {
		return usageError{"give exactly one of --until-seq and --as-of"}
	}
	if *out == "" {
		return usageError{"--out is required"}
	}
	var at time.Time
	if *asOf != "" {
		var err error
		if at, err = parseAsOf(*asOf); err != nil {
			return usageError{err.Error()}
		}
	}
	path := filepath.Join(*out, "geotrack.db")
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s already exists: replay into a new folder", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", *out, err)
	}
	cfg := f.config(env)
	b, err := bus.Open(ctx, bus.Config{URL: cfg.NATSURL, DataDir: filepath.Join(cfg.DataDir, "nats"), Logger: cfg.Log})
	if err != nil {
		return err
	}
	defer b.Close()
	if *asOf != "" {
		if *until, err = audit.SeqAt(ctx, b, bus.StreamEvents, at); err != nil {
			return err
		}
		if *until == 0 {
			return fmt.Errorf("the EVENTS log holds nothing at or before %s", at.Format(time.RFC3339Nano))
		}
		fmt.Fprintf(env.Stderr, "as of %s: EVENTS sequence %d\n", at.Format(time.RFC3339Nano), *until)
	}
	if last, err := b.LastSeq(ctx, bus.StreamEvents); err != nil {
		return err
	} else if *until > last {
		return fmt.Errorf("--until-seq %d is beyond the end of the log (%d)", *until, last)
	}
	start := time.Now()
	seq, err := audit.Replay(ctx, b, path, *until, cfg.StoryWindowDays)
	if err != nil {
		_ = os.Remove(path)
		return err
	}
	fmt.Fprintf(env.Stdout, "replayed EVENTS 1..%d into %s in %s\n", seq, path, time.Since(start).Round(time.Millisecond))
	return nil
}

// parseAsOf reads an RFC 3339 time, or a date meaning the end of that UTC
// day (what was known on that day, all of it).
func parseAsOf(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if d, err := time.Parse("2006-01-02", s); err == nil {
		return d.Add(24*time.Hour - time.Nanosecond), nil
	}
	return time.Time{}, fmt.Errorf("--as-of %q is neither RFC 3339 nor YYYY-MM-DD", s)
}
