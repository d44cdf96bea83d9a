package audit

import (
	"context"
	"errors"
	"fmt"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/query"
)

// LogView serves the query API's provenance: the EVENTS message at a
// sequence, its leaf hash, and the first checkpoint covering it.
type LogView struct{ Bus *bus.Bus }

var _ query.Log = LogView{}

// Entry implements query.Log.
func (v LogView) Entry(ctx context.Context, seq uint64) (*query.LogEntry, error) {
	m, err := v.Bus.GetMsg(ctx, bus.StreamEvents, seq)
	if err != nil {
		return nil, fmt.Errorf("audit: provenance: %w", err)
	}
	leaf := LeafHash(*m)
	e := &query.LogEntry{Seq: m.Seq, Subject: m.Subject, MsgID: m.Header.Get("Nats-Msg-Id"), Time: m.Time, ChainHash: leaf.String()}
	if env, err := events.DecodeEnvelope(m.Data); err == nil {
		e.EnvelopeID = env.ID
	}
	cp, auditSeq, err := v.covering(ctx, seq)
	if err != nil {
		return nil, err
	}
	if cp != nil {
		ref := &query.LogCheckpoint{AuditSeq: auditSeq, Size: cp.Size, Root: cp.Root, Key: cp.Key, Signature: cp.Signature}
		if leaves, err := leavesOf(cp); err == nil && int64(seq) > cp.PrevSize {
			ref.Listed = leaves[int64(seq)-cp.PrevSize-1] == leaf
		}
		e.Checkpoint = ref
	}
	return e, nil
}

// covering finds the first checkpoint whose size reaches seq: checkpoints
// are appended in size order, so a binary search over AUDIT.
func (v LogView) covering(ctx context.Context, seq uint64) (*events.AuditCheckpoint, uint64, error) {
	last, err := v.Bus.LastSeq(ctx, bus.StreamAudit)
	if err != nil {
		return nil, 0, err
	}
	get := func(s uint64) (*events.AuditCheckpoint, error) {
		m, err := v.Bus.GetMsg(ctx, bus.StreamAudit, s)
		if err != nil {
			return nil, err
		}
		return decodeCheckpoint(m.Data)
	}
	lo, hi := uint64(1), last+1 // first AUDIT seq in [lo, hi) with size >= seq
	for lo < hi {
		mid := lo + (hi-lo)/2
		cp, err := get(mid)
		if errors.Is(err, bus.ErrMsgNotFound) {
			lo = mid + 1
			continue
		}
		if err != nil {
			return nil, 0, err
		}
		if uint64(cp.Size) >= seq {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	if lo > last {
		return nil, 0, nil
	}
	cp, err := get(lo)
	if err != nil {
		return nil, 0, err
	}
	return cp, lo, nil
}
