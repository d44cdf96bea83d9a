package app_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/geotrack/geotrack/pkg/app"
	"github.com/geotrack/geotrack/pkg/bus"
)

// TestServicesSeparately runs ingest, extract and aggregate as separate
// apps against one NATS server (as separate processes would), stops and
// restarts extract and aggregate one at a time while articles flow, and
// checks that no acked article was coded again and that the aggregate's
// projection equals a rebuild from the log.
func TestServicesSeparately(t *testing.T) {
	ctx := context.Background()
	nats, err := bus.Open(ctx, bus.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer nats.Close()
	url := nats.ClientURL()
	startSvc := func(dir, svc string) *app.App {
		t.Helper()
		a, err := app.Start(ctx, app.Config{DataDir: dir, Addr: "127.0.0.1:0", NATSURL: url, Services: []string{svc}})
		if err != nil {
			t.Fatalf("start %s: %v", svc, err)
		}
		return a
	}
	ing := startSvc(t.TempDir(), app.Ingest)
	defer ing.Close()
	extDir, aggDir := t.TempDir(), t.TempDir()
	ext := startSvc(extDir, app.Extract)
	agg := startSvc(aggDir, app.Aggregate)

	const n = 60
	for i := 0; i < n; i++ {
		if code, m := post(t, ing.URL(), articleN(i)); code != http.StatusCreated {
			t.Fatalf("post %d: %d %v", i, code, m)
		}
		switch i {
		case 15: // extract stops mid-stream and comes back
			if err := ext.Close(); err != nil {
				t.Fatal(err)
			}
			ext = startSvc(extDir, app.Extract)
		case 30: // aggregate stops mid-stream and comes back
			if err := agg.Close(); err != nil {
				t.Fatal(err)
			}
			agg = startSvc(aggDir, app.Aggregate)
		case 45: // both at once
			ext.Close()
			agg.Close()
			ext = startSvc(extDir, app.Extract)
			agg = startSvc(aggDir, app.Aggregate)
		}
	}
	defer func() { ext.Close(); agg.Close() }()

	cons, err := nats.JS.Consumer(ctx, bus.StreamArticles, "extract")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "all articles coded", func() bool {
		info, err := cons.Info(ctx)
		return err == nil && info.AckFloor.Stream >= n && info.NumAckPending == 0 && info.NumPending == 0
	})
	if info, _ := cons.Info(ctx); info.NumRedelivered != 0 {
		t.Errorf("%d acked or in-flight articles were delivered again after clean stops", info.NumRedelivered)
	}
	last, err := nats.LastSeq(ctx, bus.StreamEvents)
	if err != nil || last == 0 {
		t.Fatalf("EVENTS last seq %d, %v", last, err)
	}
	waitFor(t, "aggregate caught up", func() bool {
		seq, _, err := agg.Store.Checkpoint()
		return err == nil && seq >= last
	})
	snapshot(t, agg.URL()) // fails when nothing was projected
	assertEqualsRebuild(t, nats, agg.Store)
}
