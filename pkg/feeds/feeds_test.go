package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/ingest"
	"golang.org/x/text/encoding/charmap"
)

const story1 = "France condemned the attack on the aid convoy near the border and called for an investigation by the United Nations."
const story2 = "Министерство иностранных дел России заявило, что Москва поддерживает миссию ОДКБ в Казахстане."

func htmlPage(title, text string) string {
	return `<html><head><title>` + title + `</title></head><body><nav><a href="/">Home</a></nav><article><h1>` + title +
		`</h1><p>` + text + `</p><p>` + text + `</p></article><footer>All rights reserved.</footer></body></html>`
}

// site is a local news site with good and broken feeds.
type site struct {
	*httptest.Server
	rssHits, rss304 atomic.Int64
	flaky           atomic.Int64
}

func newSite(t *testing.T) *site {
	s := &site{}
	mux := http.NewServeMux()
	rss := func(base string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example News</title><link>` + base + `</link>
<item><title>Convoy</title><link>` + base + `/page/1?utm_source=rss</link><guid>1</guid><pubDate>Mon, 10 Jan 2022 08:00:00 GMT</pubDate></item>
<item><title>Slow page</title><link>` + base + `/page/slow</link><guid>2</guid><description>&lt;p&gt;Germany welcomed the ceasefire agreement between the two sides.&lt;/p&gt;</description></item>
<item><title>No link</title><guid>3</guid><description>Japan announced new aid to Ukraine on Tuesday.</description></item>
<item><title>Empty page</title><link>` + base + `/page/empty</link><guid>4</guid></item>
</channel></rss>`
	}
	mux.HandleFunc("/good.rss", func(w http.ResponseWriter, r *http.Request) {
		s.rssHits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			s.rss304.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss(s.URL))
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title><id>urn:x</id><updated>2022-01-12T00:00:00Z</updated>
<entry><title>ОДКБ</title><id>urn:x:1</id><link href="`+s.URL+`/page/ru"/><updated>2022-01-12T09:00:00Z</updated></entry></feed>`)
	})
	mux.HandleFunc("/not-xml", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "this is not a feed at all") })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	slow := func(w http.ResponseWriter, r *http.Request) {
		select { // a 10-second slow server; the client gives up first
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}
	mux.HandleFunc("/slow.rss", slow)
	mux.HandleFunc("/page/slow", slow)
	mux.HandleFunc("/flaky.rss", func(w http.ResponseWriter, r *http.Request) {
		if s.flaky.Add(1) == 1 {
			http.Error(w, "try later", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Flaky</title></channel></rss>`)
	})
	mux.HandleFunc("/page/1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlPage("Convoy attacked", story1))
	})
	mux.HandleFunc("/page/ru", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		b, _ := charmap.Windows1251.NewEncoder().String(htmlPage("ОДКБ", story2))
		fmt.Fprint(w, b)
	})
	mux.HandleFunc("/page/empty", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><script>x()</script></body></html>`)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func openBus(t *testing.T) *bus.Bus {
	t.Helper()
	b, err := bus.Open(context.Background(), bus.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func byURL(p *Poller, suffix string) Status {
	for _, f := range p.Feeds() {
		if strings.HasSuffix(f.URL, suffix) {
			return f
		}
	}
	return Status{}
}

func TestPollerIngestsAndReports(t *testing.T) {
	s := newSite(t)
	b := openBus(t)
	svc := ingest.New(b, ingest.Options{})
	p := New(b, svc, Options{AllowPrivate: true, Interval: time.Hour, Timeout: 300 * time.Millisecond, RetryMin: 50 * time.Millisecond, HostRate: 1000, HostBurst: 100})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() { cancel(); <-done }()

	for _, path := range []string{"/good.rss", "/atom.xml", "/not-xml", "/loop", "/slow.rss", "/flaky.rss"} {
		if _, err := p.Add(ctx, s.URL+path, 0, ""); err != nil {
			t.Fatal(err)
		}
	}
	defer func() {
		if t.Failed() {
			for _, f := range p.Feeds() {
				t.Logf("%+v", f)
			}
		}
	}()
	waitFor(t, "all feeds polled", func() bool {
		for _, f := range p.Feeds() {
			if f.Polls == 0 {
				return false
			}
		}
		return byURL(p, "/flaky.rss").LastSuccess != nil
	})
	good := byURL(p, "/good.rss")
	if good.Error != "" || good.Items != 4 || good.Articles != 3 || good.HTTPStatus != 200 {
		t.Fatalf("good feed %+v", good)
	}
	// Item errors: the slow page (its summary ingested instead), the item
	// without a link (its description ingested), the page without text.
	errs := strings.Join(good.ItemErrors, "\n")
	for _, want := range []string{"page/slow: GET", "timed out", "has no link", "page/empty"} {
		if !strings.Contains(errs, want) {
			t.Errorf("item errors lack %q:\n%s", want, errs)
		}
	}
	if f := byURL(p, "/atom.xml"); f.Articles != 1 || f.Error != "" {
		t.Fatalf("atom feed %+v", f)
	}
	for path, want := range map[string]string{"/not-xml": "not an RSS, Atom or JSON feed", "/loop": "redirects", "/slow.rss": "timed out"} {
		if f := byURL(p, path); !strings.Contains(f.Error, want) || f.Failures == 0 {
			t.Errorf("%s: error %q, failures %d; want %q", path, f.Error, f.Failures, want)
		}
	}
	// The flaky feed failed once, was retried, and is fine now.
	if f := byURL(p, "/flaky.rss"); f.Error != "" || f.Polls < 2 {
		t.Errorf("flaky feed %+v", f)
	}

	// What was stored: the page texts (the Russian one converted from
	// windows-1251), the summaries standing in for the slow page and the
	// link-less item.
	var bodies []string
	err := b.Read(ctx, bus.ReadOptions{Stream: bus.StreamArticles, FilterSubject: bus.SubjectArticleIngested + ".>", StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			env, _ := events.DecodeEnvelope(m.Data)
			var a events.ArticleIngested
			if err := env.DecodeData(events.TypeArticleIngested, &a); err != nil {
				return err
			}
			bodies = append(bodies, a.Body)
			if strings.Contains(a.Body, "France condemned") && (a.Outlet != "Example News" || a.Published.Year() != 2022 || strings.Contains(a.Body, "rights reserved")) {
				t.Errorf("page article %+v", a)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(bodies, "\n")
	for _, want := range []string{"France condemned", story2, "Germany welcomed", "Japan announced"} {
		if !strings.Contains(all, want) {
			t.Errorf("stored articles lack %q", want)
		}
	}
	if len(bodies) != 4 {
		t.Errorf("%d articles stored", len(bodies))
	}

	// The next poll of the good feed is conditional: 304, nothing new.
	p.mu.Lock()
	for _, f := range p.feeds {
		f.st.NextPoll = time.Now()
	}
	p.mu.Unlock()
	p.wake <- struct{}{}
	waitFor(t, "a conditional request", func() bool { return s.rss304.Load() > 0 })
	waitFor(t, "the poll recorded", func() bool { return byURL(p, "/good.rss").HTTPStatus == http.StatusNotModified })

	// The status endpoint reports the broken feeds.
	mux := http.NewServeMux()
	p.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/v1/ingest/status")
	if err != nil {
		t.Fatal(err)
	}
	var st IngestStatus
	json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if st.Failing != 3 || len(st.Feeds) != 6 || st.Ingest.New != 4 {
		t.Fatalf("status: failing %d, feeds %d, ingest %+v", st.Failing, len(st.Feeds), st.Ingest)
	}
}

func TestFeedListReplaysAndHTTP(t *testing.T) {
	s := newSite(t)
	b := openBus(t)
	svc := ingest.New(b, ingest.Options{})
	p := New(b, svc, Options{AllowPrivate: true, Interval: time.Hour})
	mux := http.NewServeMux()
	p.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	post := func(body string) (int, map[string]any) {
		resp, err := http.Post(srv.URL+"/v1/feeds", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	st, a := post(`{"url":"` + s.URL + `/good.rss","interval":"15m","outlet":"Example"}`)
	if st != 201 || a["id"] == "" || a["interval"] != float64(900) {
		t.Fatalf("add: %d %v", st, a)
	}
	st2, _ := post(`{"url":"` + s.URL + `/atom.xml"}`)
	for body, param := range map[string]string{`{"url":"ftp://x/feed"}`: "url", `{"url":"` + s.URL + `/a","interval":"soon"}`: "interval", `{"url":""}`: "url"} {
		if st, m := post(body); st != 400 || m["param"] != param {
			t.Errorf("%s: %d %v", body, st, m)
		}
	}
	req, _ := http.NewRequest(http.MethodDelete, srv.URL+"/v1/feeds/"+events.FeedID(s.URL+"/atom.xml"), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 204 || st2 != 201 {
		t.Fatalf("delete: %v %v", resp, err)
	}
	resp, _ = http.DefaultClient.Do(req)
	if resp.StatusCode != 404 {
		t.Fatalf("second delete: %d", resp.StatusCode)
	}
	// Another poller on the same log replays the list: one feed, as added.
	p2 := New(b, svc, Options{AllowPrivate: true, Interval: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p2.Run(ctx) }()
	defer func() { cancel(); <-done }()
	waitFor(t, "the replayed feed list", func() bool { return len(p2.Feeds()) == 1 })
	if f := p2.Feeds()[0]; f.Outlet != "Example" || f.Interval != "15m0s" {
		t.Fatalf("replayed %+v", f)
	}
}

func TestPrivateAddressesRefused(t *testing.T) {
	s := newSite(t)
	b := openBus(t)
	p := New(b, ingest.New(b, ingest.Options{}), Options{})
	for _, u := range []string{s.URL + "/good.rss", "http://localhost/feed", "http://[::1]/feed", "http://169.254.169.254/latest", "http://10.1.2.3/rss"} {
		if _, err := p.Add(context.Background(), u, 0, ""); !errors.Is(err, ErrBadFeedURL) {
			t.Errorf("%s: %v", u, err)
		}
	}
	// A name is checked where it connects (after DNS, every redirect hop).
	f := newFetcher(Options{Timeout: time.Second, MaxRedirects: 5, HostRate: 10, HostBurst: 1})
	_, err := f.get(context.Background(), strings.Replace(s.URL, "127.0.0.1", "localhost", 1)+"/good.rss", 1<<20, nil)
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("fetch of localhost: %v", err)
	}
}
