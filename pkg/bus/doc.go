// Package bus is geotrack's transport: NATS JetStream, published and
// consumed through Watermill, with a direct nats.go path for the hot reads.
//
// # Streams
//
// Five file-storage streams, created or updated in place by EnsureStreams
// (Open calls it): ARTICLES (articles.>, one subject per article:
// articles.ingested.<article-id>), EVENTS (events.coded, events.retracted),
// ALERTS (alerts.<rule-id>), POISON (poison.<durable>) and AUDIT
// (audit.checkpoint: signed Merkle checkpoints of EVENTS, pkg/audit). None has a MaxAge:
// the log is the truth and is kept for replay and audit. ARTICLES, EVENTS and AUDIT
// refuse message deletes and purges through the API (DenyDelete/DenyPurge);
// ALERTS and POISON can be cleaned by an operator.
//
// # Embedded or external server
//
// Config.URL == "" starts an in-process nats-server with JetStream in
// Config.DataDir, on 127.0.0.1 and a port the kernel picks, under a unique
// server name, so several instances (tests, two geotrack processes) run side
// by side; ClientURL tells others where it is. The embedded server has no
// authentication and listens on loopback only. Open takes an exclusive lock
// on DataDir (nats-server itself would let two servers share one store and
// corrupt it): a second Open on the same directory fails with
// ErrDataDirLocked. Messages are limited to the server's max payload (1 MB
// by default; b.Conn.MaxPayload()), so ingest must bound article size. With a URL the same code runs
// against any server or cluster. Replicas 0 (the default) is "auto": an
// existing stream keeps its replica count, a new one is R3 when the server
// is clustered and R1 otherwise, so a service or tool started without the
// setting never scales a replicated log down; a positive Replicas is applied.
// Open keeps retrying the connection and the stream setup for StartTimeout
// (30 s), so services may start before NATS or before its cluster has a
// leader, while bad credentials or a refused stream config fail at once.
//
// # Durability: the sync interval
//
// JetStream writes every message to its files at once but fsyncs them only
// every SyncInterval (the server's default is 2 minutes). A process crash
// loses nothing (the data is in the OS page cache); a power loss or kernel
// crash of a single node can lose up to SyncInterval of acknowledged
// messages. fsync on every write (SyncAlways) measured about 60x slower here.
// The embedded default is 10 s: a bounded loss window at a negligible cost
// (one fsync per 10 s). In a cluster, rely on R3 replication: a publish is
// acknowledged once a quorum stored it, so one machine's lost page cache
// loses nothing. For a single machine that must lose nothing, set SyncAlways
// and accept the throughput.
//
// # Deduplication and "is it new?"
//
// PublishEnvelope sets Nats-Msg-Id to the envelope id; ids are deterministic
// (article content hash, event id from article/sentence/actors/code/coder),
// so a re-publish within the duplicate window is dropped by the server. The
// window is 10 minutes here (the server's default is 2): long enough to
// cover a restarted publisher retrying its last batch, short enough that the
// per-stream id table stays small. Beyond the window, idempotence is the
// consumers' job: projections keep their own stream position and events are
// keyed by id.
//
// ExpectNew answers "did this publish create the article?" exactly, for any
// number of ingest instances and beyond the window: it sends
// Nats-Expected-Last-Subject-Sequence: 0 and the server refuses the message
// if its subject already holds one; PublishEnvelope then returns ErrExists.
// A duplicate id inside the window is ErrExists too. This one path publishes
// with nats.go directly instead of Watermill: on a replicated stream the
// server checks Nats-Msg-Id before the subject sequence and answers a
// duplicate with a successful ack flagged "duplicate", which Watermill's
// Publish drops (a standalone server checks the subject first, and there
// Watermill does pass the refusal through; both are tested, the cluster case
// on an in-process 3-node cluster).
//
// # Publishing through Watermill
//
// Publisher uses watermill-nats pkg/jetstream (not pkg/nats, whose
// subscriber deletes its consumer on Close). Watermill topics are NATS
// subjects: its stream configurator is only used to name the subject to
// publish to, and the publisher never creates streams. The returned
// publisher's Close is a no-op because Watermill's would close the bus's
// connection. Watermill's Publish takes no context, so PublishEnvelope checks
// ctx first and the wait for the acknowledgement is bounded by the client's
// 5 s JetStream timeout.
//
// # Durable consumers and poison
//
// Consume creates (or updates) a durable pull consumer itself, with explicit
// acks, and hands it to a Watermill JetStream subscriber: Watermill's own
// consumer creation would make an ephemeral consumer, and a restart would
// redeliver everything. The consumer survives Close and restarts; several
// processes consuming the same durable share its messages (work queue).
//
// A handler returning nil acks; an error nacks with the delay of the
// ConsumerSpec.Backoff step for that attempt. The server keeps delivering
// without limit (its own MaxDeliver would silently park a message); Consume
// counts attempts instead: when the MaxDeliver-th attempt fails, when the
// handler returns Permanent(err), or when a message comes back more than
// MaxDeliver times without any answer (the handler hung past AckWait or
// crashed the process), the message goes to poison.<durable> with its
// original payload and headers plus Geotrack-Error, Geotrack-Original-Subject,
// Geotrack-Original-Stream, Geotrack-Original-Seq, Geotrack-Original-Msg-Id,
// Geotrack-Durable and Geotrack-Delivered, and is then acked, so the flow goes on. A handler
// panic counts as a failure. Backoff is applied as the nak delay rather than
// the server's BackOff, which would replace AckWait and redeliver messages
// still being handled. Deliveries cut short by a shutdown count as
// deliveries too (JetStream counts deliveries, not failures).
//
// On shutdown (ctx done) Consume lets the handlers finish, sends their acks,
// nacks what was prefetched so it is redelivered after the first Backoff
// step (not after AckWait), and only then
// cancels the Watermill subscription. The Watermill subscriber is never
// Closed: its Close drains the shared connection.
//
// Handlers find a message's stream, subject, sequence and attempt number
// with DeliveryOf (metadata keys Geotrack-Js-*); NATS headers are metadata
// too (Nats-Msg-Id is the envelope id, Ce-Type its type).
//
// # The hot path bypasses Watermill
//
// Watermill hands over one message at a time and acks each: about 16k msg/s
// here, against ~200k/s for an ordered consumer. Projections and replay do
// not need acks at all: they own their position (the last applied stream
// sequence, stored with the data in one bbolt transaction). Read therefore
// uses a nats.go ordered consumer from a start sequence and delivers
// batches: a batch is handed over when full or after Idle (10 ms) without a
// new message, which bounds the added live latency. StopAtEnd reads what
// existed when Read started (rebuild, replay, verify); UntilSeq replays to a
// point. On error the caller restarts Read from its own checkpoint.
//
// # Metrics
//
// With Config.Registry set, the bus registers geotrack_bus_published_total
// {stream}, geotrack_bus_consumed_total{durable}, geotrack_bus_failed_total
// {durable}, geotrack_bus_poisoned_total{durable} and
// geotrack_bus_read_total{stream}. Several buses may share one registry.
package bus
