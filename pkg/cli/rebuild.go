package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/projector"
	"github.com/geotrack/geotrack/pkg/store"
)

func init() {
	register(command{name: "rebuild", usage: "rebuild [--data DIR] [--nats-url URL]",
		help: "delete and rebuild every projection from the EVENTS log (stop geotrack run first)", run: runRebuild})
}

// runRebuild builds a fresh projection next to the live one and renames it
// over the old file only when it is complete, so an interrupted rebuild
// leaves the old projection untouched.
func runRebuild(ctx context.Context, env *Env, args []string) error {
	var f serverFlags
	fs := newFlags(env, "rebuild", "rebuild [flags]")
	f.bind(env, fs, "aggregate")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg := f.config(env)
	b, err := bus.Open(ctx, bus.Config{URL: cfg.NATSURL, DataDir: filepath.Join(cfg.DataDir, "nats"), Logger: cfg.Log})
	if err != nil {
		return err
	}
	defer b.Close()
	final := filepath.Join(cfg.DataDir, "geotrack.db")
	tmp := final + ".rebuild"
	_ = os.Remove(tmp)
	n, err := Rebuild(ctx, env, b, tmp, 0, cfg.StoryWindowDays)
	if err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, final); err != nil {
		return fmt.Errorf("replace %s: %w", final, err)
	}
	fmt.Fprintf(env.Stdout, "rebuilt %s from %d EVENTS messages\n", final, n)
	return nil
}

// Rebuild projects EVENTS (up to untilSeq, 0 = all) into a new store at
// path, printing progress to stderr, and returns the last sequence applied.
func Rebuild(ctx context.Context, env *Env, b *bus.Bus, path string, untilSeq uint64, window int) (uint64, error) {
	last, err := b.LastSeq(ctx, bus.StreamEvents)
	if err != nil {
		return 0, err
	}
	if untilSeq > 0 && untilSeq < last {
		last = untilSeq
	}
	st, err := store.Open(path, store.Options{StoryWindowDays: window, NoSync: true})
	if err != nil {
		return 0, err
	}
	done := make(chan struct{})
	start := time.Now()
	go progress(env, st, last, start, done)
	p := projector.New(b, st, projector.Options{StopAtEnd: true, UntilSeq: untilSeq, MaxBatch: 20000})
	err = p.Run(ctx)
	close(done)
	seq, _, cerr := st.Checkpoint()
	if cerr == nil && err == nil {
		fmt.Fprintf(env.Stderr, "\rapplied %d/%d in %s\n", seq, last, time.Since(start).Round(time.Millisecond))
	}
	if err := st.Close(); err != nil {
		return 0, err
	}
	return seq, err
}

// progress prints "applied N/M (rate/s, ETA)" on one line every second.
func progress(env *Env, st *store.Store, total uint64, start time.Time, done <-chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			seq, _, err := st.Checkpoint()
			if err != nil || total == 0 {
				continue
			}
			el := time.Since(start).Seconds()
			rate := float64(seq) / el
			eta := "?"
			if rate > 0 {
				eta = time.Duration(float64(total-min(seq, total)) / rate * float64(time.Second)).Round(time.Second).String()
			}
			fmt.Fprintf(env.Stderr, "\rapplied %d/%d (%3.0f%%, %.0f/s, ETA %s)   ", seq, total, 100*float64(seq)/float64(total), rate, eta)
		}
	}
}
