package audit

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/geotrack/geotrack/pkg/bus"
)

// SeqAt is the last sequence of stream whose message was stored at or
// before t (0 when the first message is later than t). JetStream stamps
// messages in sequence order, so it is a binary search over GetMsg: about
// log2(n) lookups (20 for a million messages). A sequence without a
// message (deleted in a stream that allows it) is stepped over.
func SeqAt(ctx context.Context, b *bus.Bus, stream string, t time.Time) (uint64, error) {
	last, err := b.LastSeq(ctx, stream)
	if err != nil {
		return 0, err
	}
	// Invariant: messages at or below lo are at or before t; above hi after.
	lo, hi := uint64(0), last
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		m, probe, err := msgAtOrAfter(ctx, b, stream, mid, hi)
		if err != nil {
			return 0, err
		}
		if m == nil || m.Time.After(t) {
			hi = mid - 1
			continue
		}
		lo = probe
	}
	return lo, nil
}

// msgAtOrAfter finds the first stored message in [seq, hi].
func msgAtOrAfter(ctx context.Context, b *bus.Bus, stream string, seq, hi uint64) (*bus.Msg, uint64, error) {
	for s := seq; s <= hi; s++ {
		m, err := b.GetMsg(ctx, stream, s)
		if errors.Is(err, bus.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return nil, 0, fmt.Errorf("audit: find sequence by time: %w", err)
		}
		return m, s, nil
	}
	return nil, 0, nil
}
