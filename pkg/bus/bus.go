package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"
	"github.com/prometheus/client_golang/prometheus"
)

// Stream names. Each stream owns one subject tree (see Subject* below).
const (
	StreamArticles = "ARTICLES"
	StreamEvents   = "EVENTS"
	StreamAlerts   = "ALERTS"
	StreamPoison   = "POISON"
	// StreamAudit holds signed Merkle checkpoints of EVENTS (pkg/audit).
	StreamAudit = "AUDIT"
)

// Subjects and subject prefixes. ARTICLES holds "articles.ingested.<article-id>",
// EVENTS holds "events.coded" and "events.retracted", ALERTS holds
// "alerts.<rule-id>", POISON holds "poison.<durable>".
const (
	SubjectArticlesAll     = "articles.>"
	SubjectEventsAll       = "events.>"
	SubjectAlertsAll       = "alerts.>"
	SubjectPoisonAll       = "poison.>"
	SubjectArticleIngested = "articles.ingested"
	SubjectEventCoded      = "events.coded"
	SubjectEventRetracted  = "events.retracted"
	SubjectAlertsPrefix    = "alerts"
	SubjectPoisonPrefix    = "poison"
	SubjectAuditAll        = "audit.>"
	SubjectAuditCheckpoint = "audit.checkpoint"
)

// ArticleSubject is the subject of one ingested article. One subject per
// article lets PublishEnvelope(ExpectNew) tell a new article from a known one.
func ArticleSubject(articleID string) string { return SubjectArticleIngested + "." + articleID }

// AlertSubject is the subject alerts of one rule are published on.
func AlertSubject(ruleID string) string { return SubjectAlertsPrefix + "." + ruleID }

// PoisonSubject is the subject failed messages of one durable consumer go to.
func PoisonSubject(durable string) string { return SubjectPoisonPrefix + "." + durable }

// ErrDataDirLocked is returned (errors.Is) by Open when another embedded
// server (this process or another) already uses Config.DataDir.
var ErrDataDirLocked = errors.New("data dir locked")

// Defaults. See doc.go for the reasoning.
const (
	DefaultSyncInterval    = 10 * time.Second
	DefaultDuplicateWindow = 10 * time.Minute
	// DefaultReplicas is the replica count Config.Replicas == 0 gives a
	// new stream on a clustered server (one that reports a cluster name);
	// a standalone server gets 1.
	DefaultReplicas     = 3
	DefaultStartTimeout = 30 * time.Second
)

// Config says where the bus lives and how durable it is.
type Config struct {
	// URL of an external NATS server or cluster. "" starts an embedded
	// nats-server with JetStream in this process.
	URL string
	// DataDir is the embedded server's JetStream store directory (file
	// storage). Required when URL is "".
	DataDir string
	// SyncInterval is how often the embedded server fsyncs JetStream files.
	// 0 means DefaultSyncInterval (10s; the server's own default is 2 min).
	// A crash of the machine (not of the process: written data is in the OS
	// page cache) can lose up to this much acknowledged data. SyncAlways
	// fsyncs every write, which measured about 60x slower. In a cluster rely
	// on R3 replication instead: a message is acknowledged once a quorum has
	// it. Ignored for an external server (configure it there).
	SyncInterval time.Duration
	SyncAlways   bool
	// Replicas of each stream. A positive value is applied to every stream
	// (created, or updated in place). 0 means "auto": an existing stream
	// keeps the replica count it has (so a tool or service started without
	// the setting never scales an R3 log down to R1), and a new stream gets
	// DefaultReplicas (3) on a clustered server and 1 on a standalone one.
	Replicas int
	// DuplicateWindow is how long the server remembers Nats-Msg-Id values
	// to drop re-published messages; 0 means DefaultDuplicateWindow (10 min,
	// the server's default is 2 min). Beyond it, idempotence is the
	// consumers' job (deterministic ids, checkpoints) and ExpectNew.
	DuplicateWindow time.Duration
	// Logger receives connection and embedded-server logs; nil = slog.Default().
	Logger *slog.Logger
	// Options pass through to nats.Connect (credentials, TLS, ...).
	Options []nats.Option
	// Name is the NATS connection name shown in server monitoring.
	Name string
	// Registry, when set, gets the bus's Prometheus collectors.
	Registry prometheus.Registerer
	// StartTimeout bounds how long Open keeps retrying to connect and to
	// create the streams (a NATS container still starting, a cluster still
	// electing its leader); 0 means DefaultStartTimeout. ctx bounds it too.
	StartTimeout time.Duration
}

// Bus is a connection to JetStream plus, in embedded mode, the server itself.
type Bus struct {
	Conn *nats.Conn
	JS   jetstream.JetStream

	cfg     Config
	log     *slog.Logger
	srv     *server.Server // nil when connected to an external server
	lock    *os.File       // DataDir lock of the embedded server
	metrics *metrics
	closed  chan struct{} // closed by the connection's ClosedHandler

	pub *publisher

	closeOnce sync.Once
	closeErr  error
}

// Open starts the embedded server if cfg.URL is empty, connects, and makes
// sure the streams exist.
func Open(ctx context.Context, cfg Config) (*Bus, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Replicas < 0 {
		cfg.Replicas = 0
	}
	if cfg.DuplicateWindow <= 0 {
		cfg.DuplicateWindow = DefaultDuplicateWindow
	}
	if cfg.SyncInterval <= 0 {
		cfg.SyncInterval = DefaultSyncInterval
	}
	if cfg.Name == "" {
		cfg.Name = "geotrack"
	}
	if cfg.StartTimeout <= 0 {
		cfg.StartTimeout = DefaultStartTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.StartTimeout)
	defer cancel()
	b := &Bus{cfg: cfg, log: cfg.Logger.With("component", "bus"), closed: make(chan struct{})}
	b.metrics = newMetrics(cfg.Registry)

	url := cfg.URL
	if url == "" {
		srv, lock, err := startEmbedded(cfg, b.log)
		if err != nil {
			return nil, err
		}
		b.srv, b.lock = srv, lock
		url = srv.ClientURL()
	}

	opts := []nats.Option{
		nats.Name(cfg.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250 * time.Millisecond),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				b.log.Warn("nats disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { b.log.Info("nats reconnected", "url", c.ConnectedUrl()) }),
		nats.ErrorHandler(func(_ *nats.Conn, s *nats.Subscription, err error) {
			subj := ""
			if s != nil {
				subj = s.Subject
			}
			b.log.Warn("nats async error", "subject", subj, "err", err)
		}),
	}
	opts = append(opts, cfg.Options...)
	// Our ClosedHandler goes last so a caller's option cannot replace it:
	// Close waits on it.
	opts = append(opts, nats.ClosedHandler(func(*nats.Conn) { close(b.closed) }))
	var nc *nats.Conn
	err := retry(ctx, b.log, "connect to "+url, func() error {
		var err error
		nc, err = nats.Connect(url, opts...)
		return err
	})
	if err != nil {
		b.shutdownServer()
		return nil, fmt.Errorf("bus: connect to %s: %w", url, err)
	}
	b.Conn = nc
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		b.shutdownServer()
		return nil, fmt.Errorf("bus: jetstream context: %w", err)
	}
	b.JS = js
	b.pub, err = newPublisher(b)
	if err != nil {
		nc.Close()
		b.shutdownServer()
		return nil, err
	}
	if err := retry(ctx, b.log, "create streams", func() error { return b.EnsureStreams(ctx) }); err != nil {
		_ = b.Close()
		return nil, err
	}
	return b, nil
}

// retry calls fn until it succeeds, fails for good, or ctx ends. It covers
// the start of a deployment: NATS not listening yet, a JetStream cluster
// without a meta leader yet.
func retry(ctx context.Context, log *slog.Logger, what string, fn func() error) error {
	delay := 100 * time.Millisecond
	for {
		err := fn()
		if err == nil || !transient(err) {
			return err
		}
		log.Warn("bus: retrying", "what", what, "err", err, "in", delay)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (gave up: %w)", err, ctx.Err())
		case <-time.After(delay):
		}
		delay = min(2*delay, 2*time.Second)
	}
}

// jsErrClusterNoPeers is the server's JSClusterNoPeersErr (nats.go has no
// constant for it).
const jsErrClusterNoPeers jetstream.ErrorCode = 10005

// transient tells errors worth retrying at start from configuration errors
// (bad credentials, a stream config the server rejects).
func transient(err error) bool {
	var apiErr *jetstream.APIError
	switch {
	case errors.Is(err, context.Canceled):
		return false
	case errors.Is(err, nats.ErrAuthorization), errors.Is(err, nats.ErrAuthExpired),
		errors.Is(err, nats.ErrAuthRevoked), errors.Is(err, nats.ErrNkeysNotSupported):
		return false
	case errors.As(err, &apiErr):
		// 503: JetStream temporarily unavailable (no leader yet); a 4xx is
		// the server refusing the request as such, except "no suitable
		// peers for placement" (10005), which a cluster answers for an R3
		// stream while a node is still joining (seen in pkg/cluster).
		return apiErr.Code >= 500 || apiErr.ErrorCode == jsErrClusterNoPeers
	}
	return true
}

// startEmbedded runs a JetStream server on 127.0.0.1 with a port the kernel
// picks, so any number of instances (tests, two geotrack processes) coexist.
func startEmbedded(cfg Config, log *slog.Logger) (*server.Server, *os.File, error) {
	if cfg.DataDir == "" {
		return nil, nil, errors.New("bus: embedded server needs Config.DataDir")
	}
	dir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return nil, nil, fmt.Errorf("bus: data dir: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("bus: create data dir: %w", err)
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, nil, err
	}
	unlock := func() {
		if lock != nil {
			lock.Close()
		}
	}
	opts := &server.Options{
		// A unique name: the server name identifies it in JetStream advisories
		// and would clash if two embedded servers ever met.
		ServerName:   "geotrack-" + nuid.Next(),
		Host:         "127.0.0.1",
		Port:         server.RANDOM_PORT,
		JetStream:    true,
		StoreDir:     dir,
		SyncInterval: cfg.SyncInterval,
		SyncAlways:   cfg.SyncAlways,
		NoSigs:       true, // the host process owns signals
		// No HTTP monitoring port: geotrack exposes its own /metrics.
		HTTPPort: 0,
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		unlock()
		return nil, nil, fmt.Errorf("bus: embedded nats-server: %w", err)
	}
	srv.SetLoggerV2(serverLogger{log.With("component", "nats-server")}, false, false, false)
	go srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		srv.Shutdown()
		srv.WaitForShutdown()
		unlock()
		return nil, nil, fmt.Errorf("bus: embedded nats-server in %s not ready after 30s", dir)
	}
	log.Info("embedded nats-server started", "url", srv.ClientURL(), "store", dir,
		"sync_interval", cfg.SyncInterval, "sync_always", cfg.SyncAlways)
	return srv, lock, nil
}

// ClientURL is the URL other processes can connect to: the embedded server's
// address, or the URL the bus was opened with.
func (b *Bus) ClientURL() string {
	if b.srv != nil {
		return b.srv.ClientURL()
	}
	return b.cfg.URL
}

// Embedded reports whether the bus runs its own server.
func (b *Bus) Embedded() bool { return b.srv != nil }

// Close drains the connection (in-flight publishes and acks complete), then
// shuts the embedded server down and waits for it. Consume and Read calls
// should be stopped (their contexts cancelled) before Close.
func (b *Bus) Close() error {
	b.closeOnce.Do(func() {
		if b.Conn != nil {
			if err := b.Conn.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
				b.closeErr = fmt.Errorf("bus: drain: %w", err)
				b.Conn.Close()
			}
			select {
			case <-b.closed:
			case <-time.After(30 * time.Second):
				b.Conn.Close()
				<-b.closed
			}
		}
		b.shutdownServer()
	})
	return b.closeErr
}

func (b *Bus) shutdownServer() {
	if b.srv == nil {
		return
	}
	b.srv.Shutdown()
	b.srv.WaitForShutdown()
	if b.lock != nil {
		b.lock.Close()
	}
}

// streamConfigs are the streams geotrack's log is made of. No MaxAge: the log
// is the truth and kept for replay and audit.
func (b *Bus) streamConfigs() []jetstream.StreamConfig {
	mk := func(name, subjects string, appendOnly bool) jetstream.StreamConfig {
		return jetstream.StreamConfig{
			Name:       name,
			Subjects:   []string{subjects},
			Storage:    jetstream.FileStorage,
			Retention:  jetstream.LimitsPolicy,
			Discard:    jetstream.DiscardOld,
			MaxAge:     0,
			MaxMsgs:    -1,
			MaxBytes:   -1,
			Duplicates: b.cfg.DuplicateWindow,
			Replicas:   b.cfg.Replicas,
			// The fact log refuses deletes and purges through the API; the
			// POISON and ALERTS streams may be cleaned up by an operator.
			DenyDelete:  appendOnly,
			DenyPurge:   appendOnly,
			AllowDirect: true,
		}
	}
	return []jetstream.StreamConfig{
		mk(StreamArticles, SubjectArticlesAll, true),
		mk(StreamEvents, SubjectEventsAll, true),
		mk(StreamAlerts, SubjectAlertsAll, false),
		mk(StreamPoison, SubjectPoisonAll, false),
		// Checkpoints are evidence: as append-only as the log they sign.
		mk(StreamAudit, SubjectAuditAll, true),
	}
}

// EnsureStreams creates the streams or updates their configuration in place;
// an update keeps the stored messages. With Config.Replicas 0 the replica
// count is decided per stream by autoReplicas.
func (b *Bus) EnsureStreams(ctx context.Context) error {
	for _, sc := range b.streamConfigs() {
		if sc.Replicas == 0 {
			r, err := b.autoReplicas(ctx, sc.Name)
			if err != nil {
				return err
			}
			sc.Replicas = r
		}
		if _, err := b.JS.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("bus: ensure stream %s: %w", sc.Name, err)
		}
	}
	return nil
}

// autoReplicas is the replica count of a stream when Config.Replicas is 0:
// what an existing stream has, else DefaultReplicas on a clustered server
// (the connection reports a cluster name) and 1 on a standalone one.
func (b *Bus) autoReplicas(ctx context.Context, stream string) (int, error) {
	s, err := b.JS.Stream(ctx, stream)
	switch {
	case err == nil:
		if r := s.CachedInfo().Config.Replicas; r > 0 {
			return r, nil
		}
		return 1, nil
	case errors.Is(err, jetstream.ErrStreamNotFound):
		if b.Conn.ConnectedClusterName() != "" {
			return DefaultReplicas, nil
		}
		return 1, nil
	default:
		return 0, fmt.Errorf("bus: stream %s info: %w", stream, err)
	}
}

// serverLogger forwards the embedded server's logs to slog.
type serverLogger struct{ l *slog.Logger }

func (s serverLogger) Noticef(format string, v ...any) { s.l.Debug(fmt.Sprintf(format, v...)) }
func (s serverLogger) Warnf(format string, v ...any)   { s.l.Warn(fmt.Sprintf(format, v...)) }
func (s serverLogger) Fatalf(format string, v ...any)  { s.l.Error(fmt.Sprintf(format, v...)) }
func (s serverLogger) Errorf(format string, v ...any)  { s.l.Error(fmt.Sprintf(format, v...)) }
func (s serverLogger) Debugf(format string, v ...any)  { s.l.Debug(fmt.Sprintf(format, v...)) }
func (s serverLogger) Tracef(format string, v ...any)  { s.l.Debug(fmt.Sprintf(format, v...)) }
