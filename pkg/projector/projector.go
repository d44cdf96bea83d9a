// Package projector keeps a bbolt projection (pkg/store) in step with the
// EVENTS stream, the aggregate service's hot path.
//
// The projection owns its position, like a catch-up subscription: it reads
// EVENTS from the sequence after its own checkpoint with nats.go's batched
// reader (pkg/bus Read, not Watermill: one message at a time is ten times
// slower), and each batch is applied in one bbolt transaction together with
// the sequence it reaches. Acks play no part in exactness: after a crash it
// resumes from what the store says it has, so nothing is counted twice or
// lost. Each aggregate replica runs its own projector into its own file.
package projector

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/store"
	"github.com/prometheus/client_golang/prometheus"
)

// Options tune the projector.
type Options struct {
	MaxBatch int // events per bbolt transaction at most; default 10000 (a live stream gives smaller batches: a partial batch is applied as soon as the stream is idle)
	// UntilSeq stops after this sequence (point-in-time rebuilds); 0 = none.
	UntilSeq uint64
	// StopAtEnd returns once the stream's last message at start is applied
	// (rebuild, replay); otherwise the projector follows the live stream.
	StopAtEnd bool
	// AfterBatch, when set, is called after each batch is committed, with
	// the raw messages and their decoded records (alert rules evaluate
	// there; message types the store ignores, such as rule changes, are
	// only in msgs).
	AfterBatch func(ctx context.Context, msgs []bus.Msg, recs []store.Record) error
	Registry   prometheus.Registerer
	Log        *slog.Logger
}

// Projector applies EVENTS to a store.
type Projector struct {
	bus     *bus.Bus
	store   *store.Store
	opt     Options
	applied prometheus.Counter
	skipped prometheus.Counter
	lastSeq prometheus.Gauge
}

// New builds a projector.
func New(b *bus.Bus, st *store.Store, opt Options) *Projector {
	if opt.MaxBatch <= 0 {
		opt.MaxBatch = 10000
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	p := &Projector{bus: b, store: st, opt: opt,
		applied: prometheus.NewCounter(prometheus.CounterOpts{Name: "geotrack_projector_records_total", Help: "EVENTS messages applied to the projection."}),
		skipped: prometheus.NewCounter(prometheus.CounterOpts{Name: "geotrack_projector_undecodable_total", Help: "EVENTS messages that could not be decoded (skipped, position still advances)."}),
		lastSeq: prometheus.NewGauge(prometheus.GaugeOpts{Name: "geotrack_projector_checkpoint_seq", Help: "Last EVENTS sequence applied to the projection."}),
	}
	if opt.Registry != nil {
		opt.Registry.MustRegister(p.applied, p.skipped, p.lastSeq)
	}
	return p
}

// Run applies the stream from the store's checkpoint on. In follow mode it
// retries after errors (with backoff) until ctx ends; with StopAtEnd it
// returns the first error.
func (p *Projector) Run(ctx context.Context) error {
	backoff := 100 * time.Millisecond
	for {
		err := p.runOnce(ctx)
		if err == nil || p.opt.StopAtEnd || ctx.Err() != nil {
			if ctx.Err() != nil && !p.opt.StopAtEnd {
				return nil
			}
			return err
		}
		p.opt.Log.Warn("projector: read failed, resuming from checkpoint", "err", err, "backoff", backoff)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

func (p *Projector) runOnce(ctx context.Context) error {
	seq, _, err := p.store.Checkpoint()
	if err != nil {
		return fmt.Errorf("projector: read checkpoint: %w", err)
	}
	if p.opt.UntilSeq > 0 && seq >= p.opt.UntilSeq {
		return nil
	}
	p.lastSeq.Set(float64(seq))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// A pipeline: one batch is applied (and its AfterBatch run) while the
	// next is read and decoded, the decoding spread over the CPUs. JSON
	// decoding costs about as much as applying, so this roughly halves the
	// time of a catch-up or rebuild on two cores; order is kept because
	// batches are applied one at a time, in sequence.
	type batch struct {
		msgs []bus.Msg
		recs []store.Record
	}
	// A few batches of slack: a bulk-loading store (rebuild, replay)
	// pauses for its periodic commit, and reading and decoding go on.
	batches := make(chan batch, 4)
	applyErr := make(chan error, 1)
	go func() {
		var err error
		for bt := range batches {
			if err != nil {
				continue // drain so the reader is never stuck
			}
			if err = p.apply(ctx, bt.msgs, bt.recs); err != nil {
				cancel()
			}
		}
		applyErr <- err
	}()
	readErr := p.bus.Read(ctx, bus.ReadOptions{
		Stream:    bus.StreamEvents,
		StartSeq:  seq + 1,
		MaxBatch:  p.opt.MaxBatch,
		StopAtEnd: p.opt.StopAtEnd,
		UntilSeq:  p.opt.UntilSeq,
	}, func(msgs []bus.Msg) error {
		recs := p.decodeAll(msgs)
		select {
		case batches <- batch{msgs, recs}:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(batches)
	if err := <-applyErr; err != nil {
		return err
	}
	if errors.Is(readErr, context.Canceled) && !p.opt.StopAtEnd {
		return nil
	}
	return readErr
}

// decodeAll decodes a batch, in parallel chunks when it is large.
func (p *Projector) decodeAll(msgs []bus.Msg) []store.Record {
	recs := make([]store.Record, len(msgs))
	workers := 1
	if len(msgs) >= 256 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunk := (len(msgs) + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < len(msgs); lo += chunk {
		hi := min(lo+chunk, len(msgs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				rec, err := Decode(msgs[i])
				if err != nil {
					// A message we cannot read must not stop the
					// projection forever; it still takes its place in
					// the sequence.
					p.skipped.Inc()
					p.opt.Log.Error("projector: undecodable EVENTS message skipped", "seq", msgs[i].Seq, "err", err)
				}
				recs[i] = rec
			}
		}()
	}
	wg.Wait()
	return recs
}

// apply writes one batch and its checkpoint, then runs AfterBatch.
func (p *Projector) apply(ctx context.Context, msgs []bus.Msg, recs []store.Record) error {
	if err := p.store.Apply(recs); err != nil {
		return fmt.Errorf("projector: apply batch ending at %d: %w", msgs[len(msgs)-1].Seq, err)
	}
	p.applied.Add(float64(len(recs)))
	p.lastSeq.Set(float64(msgs[len(msgs)-1].Seq))
	if p.opt.AfterBatch != nil {
		if err := p.opt.AfterBatch(ctx, msgs, recs); err != nil {
			return fmt.Errorf("projector: after batch: %w", err)
		}
	}
	return nil
}

// Decode turns one EVENTS message into a store record. A message of a type
// the store does not know yields a record with only Seq and Time set, so the
// checkpoint still moves past it.
func Decode(m bus.Msg) (store.Record, error) {
	rec := store.Record{Seq: m.Seq, Time: m.Time}
	if ev, err := decodeCodedFast(m.Data); err == nil {
		rec.Coded = ev
		return rec, nil
	}
	return decodeSlow(m, rec)
}

// decodeSlow is Decode through encoding/json: every message type, and the
// reference the fast path is tested against.
func decodeSlow(m bus.Msg, rec store.Record) (store.Record, error) {
	env, err := events.DecodeEnvelope(m.Data)
	if err != nil {
		return rec, err
	}
	switch env.Type {
	case events.TypeEventCoded:
		var ev events.EventCoded
		if err := env.DecodeData(env.Type, &ev); err != nil {
			return rec, err
		}
		rec.Coded = &ev
	case events.TypeEventRetracted:
		var r events.EventRetracted
		if err := env.DecodeData(env.Type, &r); err != nil {
			return rec, err
		}
		rec.Retracted = &r
	default:
		return rec, nil
	}
	return rec, nil
}
