package gdelt

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	wmnats "github.com/ThreeDotsLabs/watermill-nats/v2/pkg/nats"
	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Source is the CloudEvents source of GDELT events.
const Source = "geotrack/ingest/gdelt"

// RowError is a row that could not be read, with its 1-based line number.
type RowError struct {
	Line int
	Err  error
}

func (e RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// MaxLine bounds one row (GDELT rows are well under 2 KB; SOURCEURL is the
// only long field).
const MaxLine = 64 << 10

// Scan reads a GDELT export and calls fn for each row, in batches of up to
// batch events; a bad row becomes a RowError in the batch's errors and does
// not stop the file. firstLine numbers the first row (1 for a whole file).
func Scan(r io.Reader, firstLine, batch int, fn func(evs []events.EventCoded, bad []RowError) error) error {
	if batch <= 0 {
		batch = 1000
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	var evs []events.EventCoded
	var bad []RowError
	line := firstLine - 1
	flush := func() error {
		if len(evs) == 0 && len(bad) == 0 {
			return nil
		}
		err := fn(evs, bad)
		evs, bad = nil, nil
		return err
	}
	for sc.Scan() {
		line++
		text := sc.Text()
		if len(text) == 0 {
			continue
		}
		e, err := ParseRow(text)
		if err != nil {
			bad = append(bad, RowError{Line: line, Err: err})
		} else {
			evs = append(evs, e)
		}
		if len(evs)+len(bad) >= batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("line %d: longer than %d bytes", line+1, MaxLine)
		}
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	return flush()
}

// Publish appends events to the EVENTS stream (events.coded) with their ids
// as Nats-Msg-Id, asynchronously, and waits for every acknowledgement.
func Publish(ctx context.Context, b *bus.Bus, evs []events.EventCoded, now time.Time) error {
	futs := make([]jetstream.PubAckFuture, 0, len(evs))
	for i := range evs {
		env, err := events.NewEnvelope(events.TypeEventCoded, evs[i].ID, Source, now, &evs[i])
		if err != nil {
			return err
		}
		data, err := jsonMarshal(env)
		if err != nil {
			return err
		}
		msg := &nats.Msg{Subject: bus.SubjectEventCoded, Data: data, Header: nats.Header{}}
		msg.Header.Set(wmnats.WatermillUUIDHdr, env.ID)
		msg.Header.Set(nats.MsgIdHdr, env.ID)
		msg.Header.Set(bus.HeaderType, env.Type)
		f, err := b.JS.PublishMsgAsync(msg)
		if err != nil {
			return fmt.Errorf("gdelt: publish event %s: %w", env.ID, err)
		}
		futs = append(futs, f)
	}
	for _, f := range futs {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return fmt.Errorf("gdelt: publish event: %w", err)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
