package webui_test

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/app"
)

type sseMsg struct {
	id, event, data string
}

// readSSE reads messages from an event stream until stop says so or the
// time is up.
func readSSE(t *testing.T, ctx context.Context, url, lastID string, stop func([]sseMsg) bool) []sseMsg {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var msgs []sseMsg
	var cur sseMsg
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.event != "" || cur.data != "" {
				msgs = append(msgs, cur)
				if stop(msgs) {
					return msgs
				}
			}
			cur = sseMsg{}
		case strings.HasPrefix(line, "id: "):
			cur.id = line[4:]
		case strings.HasPrefix(line, "event: "):
			cur.event = line[7:]
		case strings.HasPrefix(line, "data: "):
			cur.data = line[6:]
		}
	}
	t.Fatalf("stream %s ended after %d messages without the expected ones: %v", url, len(msgs), sc.Err())
	return nil
}

func coded(msgs []sseMsg) []sseMsg {
	var out []sseMsg
	for _, m := range msgs {
		if m.event == "event.coded" {
			out = append(out, m)
		}
	}
	return out
}

// GET /v1/events/stream (pkg/query/live.go) against the whole system: a new
// connection sends only events projected after it, each once, with its log
// sequence as id; Last-Event-ID resumes; actor= filters; bad input is a 400.
func TestEventStream(t *testing.T) {
	a, err := app.Start(context.Background(), app.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", AllowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	base := a.URL()
	postArticle(t, base, kazArticles[0]) // before the stream: not sent
	var before eventsAnswer
	for deadline := time.Now().Add(30 * time.Second); len(before.Events) == 0; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("first article not projected")
		}
		getJSON(t, base+"/v1/events?actor=KAZ", &before)
	}

	ctx := context.Background()
	got := readSSE(t, ctx, base+"/v1/events/stream", "", func(m []sseMsg) bool {
		if len(m) == 1 {
			if m[0].event != "ready" {
				t.Errorf("first message %+v, want ready", m[0])
			}
			postArticle(t, base, kazArticles[2]) // KAZ -> RUS
			postArticle(t, base, kazArticles[3]) // KAZ -> KGZ
		}
		return len(coded(m)) >= 2
	})
	ev := coded(got)
	var seqs []uint64
	for _, m := range ev {
		var out struct {
			ID  string `json:"id"`
			Seq uint64 `json:"seq"`
		}
		if err := json.Unmarshal([]byte(m.data), &out); err != nil {
			t.Fatal(err)
		}
		if out.ID == before.Events[0].ID {
			t.Errorf("stream sent %s, projected before it started", out.ID)
		}
		if strconv.FormatUint(out.Seq, 10) != m.id {
			t.Errorf("message id %s, event seq %d", m.id, out.Seq)
		}
		seqs = append(seqs, out.Seq)
	}
	if len(seqs) != 2 || seqs[0] >= seqs[1] {
		t.Fatalf("sequences %v", seqs)
	}

	// Resume after the first: the second comes again, alone among coded.
	again := readSSE(t, ctx, base+"/v1/events/stream", strconv.FormatUint(seqs[0], 10), func(m []sseMsg) bool { return len(coded(m)) >= 1 })
	if c := coded(again); c[0].id != strconv.FormatUint(seqs[1], 10) {
		t.Errorf("resumed stream starts at %s, want %d", c[0].id, seqs[1])
	}

	// since=0 with actor=KGZ: from the start of the log, only the KGZ event.
	kgz := readSSE(t, ctx, base+"/v1/events/stream?since=0&actor=kgz", "", func(m []sseMsg) bool { return len(coded(m)) >= 1 })
	var first struct {
		Target struct {
			Country string `json:"country"`
		} `json:"target"`
	}
	_ = json.Unmarshal([]byte(coded(kgz)[0].data), &first)
	if first.Target.Country != "KGZ" {
		t.Errorf("actor=KGZ sent %s", coded(kgz)[0].data)
	}

	for _, bad := range []string{"/v1/events/stream?since=x", "/v1/events/stream?actor=k@z", "/v1/events/stream?color=red"} {
		resp, err := http.Get(base + bad)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, resp.StatusCode)
		}
	}
}
