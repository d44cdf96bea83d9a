package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/geotrack/geotrack/pkg/app"
)

func init() {
	register(command{name: "run", usage: "run [--data DIR] [--addr HOST:PORT] [--nats-url URL] [--services ingest,extract,aggregate]",
		help: "run geotrack: embedded NATS and all services in one process (or against --nats-url)", run: runRun})
}

// serverFlags are shared by run, demo and the service binaries.
type serverFlags struct {
	data, addr, natsURL, services, logLevel string
	maxBody                                 int64
	syncInterval                            time.Duration
	storyWindow, replicas                   int
	allowPrivate                            bool
	noCheckpoints                           bool
	sec                                     securityFlags
}

func (f *serverFlags) bind(env *Env, fs interface {
	StringVar(*string, string, string, string)
	Int64Var(*int64, string, int64, string)
	DurationVar(*time.Duration, string, time.Duration, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
	Float64Var(*float64, string, float64, string)
	Var(flag.Value, string, string)
}, defServices string) {
	fs.StringVar(&f.data, "data", envOr(env, "GEOTRACK_DATA", "./geotrack-data"), "data folder: embedded JetStream store and bbolt projection (env GEOTRACK_DATA)")
	fs.StringVar(&f.addr, "addr", envOr(env, "GEOTRACK_ADDR", "127.0.0.1:8080"), "HTTP listen address (env GEOTRACK_ADDR)")
	fs.StringVar(&f.natsURL, "nats-url", envOr(env, "GEOTRACK_NATS_URL", ""), "external NATS URL; empty starts an embedded server (env GEOTRACK_NATS_URL)")
	fs.StringVar(&f.services, "services", envOr(env, "GEOTRACK_SERVICES", defServices), "comma-separated services to run (env GEOTRACK_SERVICES)")
	fs.Int64Var(&f.maxBody, "max-body", 1<<20, "HTTP request body limit in bytes")
	fs.DurationVar(&f.syncInterval, "sync-interval", envDuration(env, "GEOTRACK_SYNC_INTERVAL", 0), "embedded JetStream fsync interval (0 = default; see README: durability)")
	fs.IntVar(&f.storyWindow, "story-window", 1, "distinct-event window in days (+-)")
	fs.IntVar(&f.replicas, "nats-replicas", 0, "replicas of each JetStream stream (0 = 3 on a NATS cluster, 1 on a single server; an existing stream keeps its count)")
	fs.BoolVar(&f.allowPrivate, "allow-private", envOr(env, "GEOTRACK_ALLOW_PRIVATE", "") == "1", "let feeds and alert webhooks reach loopback and private addresses (env GEOTRACK_ALLOW_PRIVATE=1)")
	fs.BoolVar(&f.noCheckpoints, "no-checkpoints", envOr(env, "GEOTRACK_NO_CHECKPOINTS", "") == "1", "do not sign audit checkpoints in this aggregate (run exactly one checkpointer per deployment; env GEOTRACK_NO_CHECKPOINTS=1)")
	fs.StringVar(&f.logLevel, "log-level", envOr(env, "GEOTRACK_LOG_LEVEL", "info"), "debug, info, warn or error")
	f.sec.bind(env, fs)
}

func (f *serverFlags) config(env *Env) app.Config {
	var svcs []string
	for _, s := range strings.Split(f.services, ",") {
		if s = strings.TrimSpace(s); s != "" {
			svcs = append(svcs, s)
		}
	}
	return app.Config{
		DataDir: f.data, Addr: f.addr, NATSURL: f.natsURL, Services: svcs,
		MaxBody: f.maxBody, SyncInterval: f.syncInterval, StoryWindowDays: f.storyWindow,
		Replicas:      f.replicas,
		AllowPrivate:  f.allowPrivate,
		NoCheckpoints: f.noCheckpoints,
		Auth:          f.sec.auth(),
		NATSAuth:      f.sec.natsAuth(),
		Log:           newLogger(env.Stderr, f.logLevel),
	}
}

func runRun(ctx context.Context, env *Env, args []string) error {
	var f serverFlags
	fs := newFlags(env, "run", "run [flags]")
	f.bind(env, fs, "ingest,extract,aggregate")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	return Serve(ctx, env, f.config(env), nil)
}

// Serve starts the app and blocks until ctx ends (SIGINT/SIGTERM), then
// shuts down in order. ready, when set, runs once the app is up.
func Serve(ctx context.Context, env *Env, cfg app.Config, ready func(*app.App) error) error {
	a, err := app.Start(ctx, cfg)
	if err != nil {
		return err
	}
	if ready != nil {
		if err := ready(a); err != nil {
			_ = a.Close()
			return err
		}
	} else {
		fmt.Fprintf(env.Stdout, "geotrack is running: %s (Ctrl-C to stop)\n", a.URL())
	}
	<-ctx.Done()
	fmt.Fprintln(env.Stderr, "geotrack: shutting down")
	if err := a.Close(); err != nil {
		return err
	}
	return a.Err()
}
