// Package app assembles geotrack's services: in one process (geotrack run,
// with an embedded NATS server) or one service per process against an
// external NATS. Nothing in a service knows which.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
	"github.com/geotrack/geotrack/pkg/audit"
	"github.com/geotrack/geotrack/pkg/auth"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/geotrack/geotrack/pkg/extract"
	"github.com/geotrack/geotrack/pkg/feeds"
	"github.com/geotrack/geotrack/pkg/httpx"
	"github.com/geotrack/geotrack/pkg/ingest"
	"github.com/geotrack/geotrack/pkg/projector"
	"github.com/geotrack/geotrack/pkg/query"
	"github.com/geotrack/geotrack/pkg/store"
	"github.com/geotrack/geotrack/pkg/webui"
	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Service names.
const (
	Ingest    = "ingest"
	Extract   = "extract"
	Aggregate = "aggregate"
)

// AllServices is what `geotrack run` starts.
var AllServices = []string{Ingest, Extract, Aggregate}

// Config is the configuration of a process.
type Config struct {
	// DataDir holds the embedded JetStream store (DataDir/nats) and the
	// aggregate's projection (DataDir/geotrack.db).
	DataDir string
	// Addr is the HTTP listen address; port 0 picks a free port.
	Addr string
	// NATSURL is an external NATS; "" starts an embedded server in DataDir.
	NATSURL     string
	NATSOptions []nats.Option
	// NATSAuth is the external NATS's credentials and TLS, added to
	// NATSOptions (see pkg/bus Auth).
	NATSAuth bus.Auth
	// Auth is the HTTP API's tokens, rate limit and the no-token policy
	// (pkg/auth): off only on loopback with no tokens, or when
	// InsecureNoAuth says so.
	Auth auth.Config
	// Replicas of each stream (0 = pkg/bus's choice: 3 on a cluster, 1
	// on a single server).
	Replicas int
	// SyncInterval is the embedded JetStream fsync interval (0 = pkg/bus
	// default); see pkg/bus for the durability trade-off.
	SyncInterval time.Duration
	MaxBody      int64
	Services     []string
	// StoryWindowDays is the distinct-event window (+- days).
	StoryWindowDays int
	Log             *slog.Logger
	// NoCheckpoints turns off the audit checkpointer of the aggregate
	// service: run exactly one per deployment (one aggregate replica
	// keeps it, the others set this).
	NoCheckpoints bool
	// AllowPrivate lets feeds and alert webhooks reach loopback, link-local
	// and private addresses (off by default: a server-side fetch of an
	// arbitrary URL must not reach the intranet).
	AllowPrivate bool
	// Feeds configures the ingest service's feed poller (interval,
	// timeouts, per-host rate, AllowPrivate); zero values are its defaults.
	Feeds feeds.Options
}

// App is a running process.
type App struct {
	Bus   *bus.Bus
	Store *store.Store
	Coder *coder.Coder

	cfg    Config
	srv    *http.Server
	ln     net.Listener
	cancel context.CancelFunc
	// onShutdown runs when the HTTP server shuts down (ends long-lived
	// streams such as SSE).
	onShutdown []func()
	wg         sync.WaitGroup
	errMu      sync.Mutex
	firstErr   error
}

func (c *Config) defaults() {
	if c.DataDir == "" {
		c.DataDir = "geotrack-data"
	}
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if len(c.Services) == 0 {
		c.Services = AllServices
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
}

func (c *Config) has(s string) bool { return slices.Contains(c.Services, s) }

// Start opens the bus, starts the configured services and the HTTP listener,
// and returns once everything accepts work.
func Start(ctx context.Context, cfg Config) (*App, error) {
	cfg.defaults()
	for _, s := range cfg.Services {
		if !slices.Contains(AllServices, s) {
			return nil, fmt.Errorf("app: unknown service %q (want %v)", s, AllServices)
		}
	}
	// Access is decided before anything is opened: a refused start-up
	// (no tokens on a public address) leaves nothing behind.
	// A process without ingest or aggregate (extract alone) serves only
	// probes and metrics, so it needs no tokens wherever it listens.
	guard, err := auth.NewNoAPI(cfg.Auth, cfg.Log)
	if cfg.has(Ingest) || cfg.has(Aggregate) {
		guard, err = auth.New(cfg.Auth, cfg.Addr, cfg.Log)
	}
	if err != nil {
		return nil, err
	}
	natsOpts, err := cfg.NATSAuth.Options()
	if err != nil {
		return nil, err
	}
	if len(natsOpts) > 0 && cfg.NATSURL == "" {
		return nil, errors.New("app: NATS credentials and TLS options need an external server (--nats-url); the embedded one takes no credentials")
	}
	if err := os.MkdirAll(cfg.DataDir, 0o750); err != nil {
		return nil, fmt.Errorf("app: create data dir: %w", err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	a := &App{cfg: cfg, cancel: cancel}
	ok := false
	defer func() {
		if !ok {
			_ = a.Close()
		}
	}()

	b, err := bus.Open(ctx, bus.Config{
		URL:          cfg.NATSURL,
		DataDir:      filepath.Join(cfg.DataDir, "nats"),
		SyncInterval: cfg.SyncInterval,
		Replicas:     cfg.Replicas,
		Options:      append(slices.Clone(cfg.NATSOptions), natsOpts...),
		Name:         "geotrack " + fmt.Sprint(cfg.Services),
		Logger:       cfg.Log,
		Registry:     reg,
	})
	if err != nil {
		return nil, err
	}
	a.Bus = b

	mux := http.NewServeMux()
	var probes []httpx.Probe
	probes = append(probes, httpx.Probe{Ready: func() error {
		if !b.Conn.IsConnected() {
			return errors.New("not connected to NATS")
		}
		return nil
	}})

	if cfg.has(Ingest) || cfg.has(Extract) {
		c, err := coder.New()
		if err != nil {
			return nil, fmt.Errorf("app: load coder: %w", err)
		}
		a.Coder = c
	}
	if cfg.has(Ingest) {
		svc := ingest.New(b, ingest.Options{MaxBody: cfg.MaxBody, Coded: a.Coder.Languages(), Registry: reg, Log: cfg.Log})
		if _, err := svc.LoadIndex(ctx); err != nil { // duplicate index from the ARTICLES tail
			return nil, err
		}
		svc.Register(mux)
		cfg.Feeds.Log = cfg.Log
		cfg.Feeds.AllowPrivate = cfg.Feeds.AllowPrivate || cfg.AllowPrivate
		poller := feeds.New(b, svc, cfg.Feeds)
		poller.Register(mux) // /v1/feeds, /v1/ingest/status
		a.goRun(runCtx, "feeds", poller.Run)
	}
	if cfg.has(Extract) {
		x := extract.New(b, a.Coder, reg, cfg.Log)
		a.goRun(runCtx, "extract", x.Run)
	}
	if cfg.has(Aggregate) {
		st, err := store.Open(filepath.Join(cfg.DataDir, "geotrack.db"), store.Options{StoryWindowDays: cfg.StoryWindowDays})
		if err != nil {
			return nil, err
		}
		a.Store = st
		// Alerts: their own projection (DataDir/alerts.db) fed after each
		// committed batch; the engine closes only once the projector, which
		// calls it, has stopped.
		eng, err := alert.Open(alert.Options{Path: filepath.Join(cfg.DataDir, "alerts.db"), Bus: b, Stories: st, Checkpoint: st.Checkpoint,
			AllowPrivateTargets: cfg.AllowPrivate, Log: cfg.Log})
		if err != nil {
			return nil, err
		}
		p := projector.New(b, st, projector.Options{Registry: reg, Log: cfg.Log, AfterBatch: eng.Process})
		projDone := make(chan struct{})
		a.goRun(runCtx, "projector", func(ctx context.Context) error { defer close(projDone); return p.Run(ctx) })
		a.goRun(runCtx, "alerts", func(ctx context.Context) error {
			err := eng.Run(ctx)
			<-projDone
			return errors.Join(err, eng.Close())
		})
		eng.Register(mux)
		a.onShutdown = append(a.onShutdown, eng.CloseStreams) // end SSE streams so Shutdown need not wait
		qs := query.New(st, articles{b}, query.Options{Log: audit.LogView{Bus: b}})
		qs.Register(mux)
		a.onShutdown = append(a.onShutdown, qs.CloseStreams) // and /v1/events/stream
		webui.New(webui.Options{Log: cfg.Log}).Register(mux) // GET / and /assets/: the researcher page
		if !cfg.NoCheckpoints {
			// Signed Merkle checkpoints of EVENTS (pkg/audit): one
			// checkpointer per deployment, since each signs with its own key.
			key, err := audit.LoadOrCreateKey(filepath.Join(cfg.DataDir, "audit"))
			if err != nil {
				return nil, err
			}
			a.goRun(runCtx, "audit-checkpointer", audit.NewCheckpointer(b, key, audit.CheckpointerOptions{Log: cfg.Log}).Run)
		}
	}
	mux.HandleFunc("/", httpx.Fallback(mux))
	httpx.Register(mux, reg, probes...)

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("app: listen on %s: %w", cfg.Addr, err)
	}
	a.ln = ln
	a.srv = &http.Server{
		Handler:           httpx.NewMetrics(reg).Wrap(guard.Wrap(mux)),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	for _, f := range a.onShutdown {
		a.srv.RegisterOnShutdown(f)
	}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		if err := a.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.fail(fmt.Errorf("app: http: %w", err))
		}
	}()
	cfg.Log.Info("geotrack started", "services", cfg.Services, "http", a.URL(), "nats", b.ClientURL(), "data", cfg.DataDir)
	ok = true
	return a, nil
}

func (a *App) goRun(ctx context.Context, name string, fn func(context.Context) error) {
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		if err := fn(ctx); err != nil && ctx.Err() == nil {
			a.fail(fmt.Errorf("app: %s: %w", name, err))
		}
	}()
}

func (a *App) fail(err error) {
	a.cfg.Log.Error("service stopped", "err", err)
	a.errMu.Lock()
	if a.firstErr == nil {
		a.firstErr = err
	}
	a.errMu.Unlock()
}

// Err is the first error a background service stopped with, if any.
func (a *App) Err() error {
	a.errMu.Lock()
	defer a.errMu.Unlock()
	return a.firstErr
}

// URL is the base URL of the HTTP listener.
func (a *App) URL() string {
	if a.ln == nil {
		return ""
	}
	return "http://" + a.ln.Addr().String()
}

// Close stops the HTTP server, then the consumers, then closes the store and
// the bus (and the embedded server), in that order so nothing in flight is
// cut off half-way.
func (a *App) Close() error {
	var errs []error
	if a.srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		errs = append(errs, a.srv.Shutdown(ctx))
		cancel()
	}
	if a.cancel != nil {
		a.cancel()
	}
	a.wg.Wait()
	if a.Store != nil {
		errs = append(errs, a.Store.Close())
	}
	if a.Bus != nil {
		errs = append(errs, a.Bus.Close())
	}
	return errors.Join(errs...)
}

// articles serves stored articles to the query API from the log.
type articles struct{ b *bus.Bus }

func (s articles) Article(ctx context.Context, id string) (*events.ArticleIngested, error) {
	art, err := ingest.Lookup(ctx, s.b, id)
	if errors.Is(err, ingest.ErrNoArticle) {
		return nil, fmt.Errorf("article %s: %w", id, query.ErrNotFound)
	}
	return art, err
}
