package bus

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// readAll runs Read and returns the batches it delivered.
func readAll(t *testing.T, b *Bus, opt ReadOptions) [][]Msg {
	t.Helper()
	var batches [][]Msg
	err := b.Read(testCtx(t), opt, func(ms []Msg) error {
		batches = append(batches, ms)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%+v): %v", opt, err)
	}
	return batches
}

func flatten(batches [][]Msg) []uint64 {
	var seqs []uint64
	for _, bt := range batches {
		for _, m := range bt {
			seqs = append(seqs, m.Seq)
		}
	}
	return seqs
}

func wantSeqs(t *testing.T, got []uint64, from, to uint64) {
	t.Helper()
	if len(got) != int(to-from+1) {
		t.Fatalf("got %d messages %v, want seqs %d..%d", len(got), got, from, to)
	}
	for i, s := range got {
		if s != from+uint64(i) {
			t.Fatalf("message %d has seq %d, want %d (got %v)", i, s, from+uint64(i), got)
		}
	}
}

func TestReadFromSeqInBatches(t *testing.T) {
	b := openBus(t, t.TempDir())
	publishN(t, b, SubjectEventCoded, 0, 100)

	batches := readAll(t, b, ReadOptions{Stream: StreamEvents, StartSeq: 41, MaxBatch: 16, StopAtEnd: true})
	wantSeqs(t, flatten(batches), 41, 100)
	for _, bt := range batches {
		if len(bt) > 16 {
			t.Fatalf("batch of %d, MaxBatch 16", len(bt))
		}
	}
	if len(batches) < 4 {
		t.Fatalf("60 messages in %d batches of at most 16", len(batches))
	}
	m := batches[0][0]
	if m.Subject != SubjectEventCoded || m.Header.Get("Nats-Msg-Id") != "ev-0040" || m.Time.IsZero() || len(m.Data) == 0 {
		t.Fatalf("first message = %+v", m)
	}

	wantSeqs(t, flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, StopAtEnd: true})), 1, 100)
	wantSeqs(t, flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, StartSeq: 10, UntilSeq: 25})), 10, 25)
	wantSeqs(t, flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, StartSeq: 10, UntilSeq: 25, StopAtEnd: true, MaxBatch: 3})), 10, 25)
	wantSeqs(t, flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, StartSeq: 100, StopAtEnd: true})), 100, 100)
	if got := flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, StartSeq: 101, StopAtEnd: true})); len(got) != 0 {
		t.Fatalf("read past the end delivered %v", got)
	}
	if got := flatten(readAll(t, b, ReadOptions{Stream: StreamAlerts, StopAtEnd: true})); len(got) != 0 {
		t.Fatalf("read of an empty stream delivered %v", got)
	}
}

func TestReadFilterSubject(t *testing.T) {
	b := openBus(t, t.TempDir())
	// Alternate coded (odd seqs) and retracted (even seqs), then coded only.
	for i := range 10 {
		subj := SubjectEventCoded
		if i%2 == 1 {
			subj = SubjectEventRetracted
		}
		publishN(t, b, subj, i, 1)
	}
	publishN(t, b, SubjectEventCoded, 100, 3)
	got := flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, FilterSubject: SubjectEventRetracted, StopAtEnd: true}))
	want := []uint64{2, 4, 6, 8, 10}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("retracted seqs = %v, want %v", got, want)
	}
	got = flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, FilterSubject: SubjectEventRetracted, StartSeq: 5, StopAtEnd: true}))
	if fmt.Sprint(got) != fmt.Sprint([]uint64{6, 8, 10}) {
		t.Fatalf("retracted from 5 = %v", got)
	}
	// Nothing matches from 11 on: StopAtEnd returns at once.
	if got := flatten(readAll(t, b, ReadOptions{Stream: StreamEvents, FilterSubject: SubjectEventRetracted, StartSeq: 11, StopAtEnd: true})); len(got) != 0 {
		t.Fatalf("delivered %v", got)
	}
}

// TestReadStopAtEndIgnoresLaterMessages: messages published while a
// StopAtEnd read runs are not delivered.
func TestReadStopAtEndIgnoresLaterMessages(t *testing.T) {
	b := openBus(t, t.TempDir())
	publishN(t, b, SubjectEventCoded, 0, 10)
	var got []uint64
	err := b.Read(testCtx(t), ReadOptions{Stream: StreamEvents, StopAtEnd: true, MaxBatch: 2}, func(ms []Msg) error {
		if len(got) == 0 {
			publishN(t, b, SubjectEventCoded, 100, 5)
		}
		got = append(got, flatten([][]Msg{ms})...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wantSeqs(t, got, 1, 10)
}

func TestReadLiveTail(t *testing.T) {
	b := openBus(t, t.TempDir())
	publishN(t, b, SubjectEventCoded, 0, 5)
	ctx, cancel := context.WithCancel(testCtx(t))
	batches := make(chan []Msg, 100)
	done := make(chan error, 1)
	go func() {
		done <- b.Read(ctx, ReadOptions{Stream: StreamEvents, StartSeq: 3, MaxBatch: 1000}, func(ms []Msg) error {
			batches <- ms
			return nil
		})
	}()
	next := func() []Msg {
		t.Helper()
		select {
		case ms := <-batches:
			return ms
		case <-time.After(5 * time.Second):
			t.Fatal("no batch within 5s")
			return nil
		}
	}
	// The stored tail comes as one partial batch (MaxBatch 1000): the idle
	// timeout hands it over.
	var got []uint64
	for len(got) < 3 {
		got = append(got, flatten([][]Msg{next()})...)
	}
	wantSeqs(t, got, 3, 5)
	// A single live message is delivered on its own, not held for a batch.
	publishN(t, b, SubjectEventCoded, 5, 1)
	if ms := next(); len(ms) != 1 || ms[0].Seq != 6 {
		t.Fatalf("live batch = %v", flatten([][]Msg{ms}))
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Read after cancel returned %v, want context.Canceled", err)
	}
}

func TestReadFnErrorStops(t *testing.T) {
	b := openBus(t, t.TempDir())
	publishN(t, b, SubjectEventCoded, 0, 50)
	stopErr := errors.New("projection full")
	calls := 0
	err := b.Read(testCtx(t), ReadOptions{Stream: StreamEvents, MaxBatch: 10}, func([]Msg) error {
		calls++
		return stopErr
	})
	if !errors.Is(err, stopErr) || calls != 1 {
		t.Fatalf("Read returned %v after %d calls, want the fn error after 1", err, calls)
	}
	if err := b.Read(testCtx(t), ReadOptions{Stream: "NOPE"}, func([]Msg) error { return nil }); !errors.Is(err, ErrStreamNotFound) {
		t.Fatalf("Read of a missing stream: %v", err)
	}
}
