package cluster

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Article is the JSON body of POST /v1/articles.
type Article struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Body      string `json:"body"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

var (
	states = []string{"China", "Russia", "Turkey", "Egypt", "France", "Japan", "India", "Brazil", "Kazakhstan", "Iran",
		"Germany", "Pakistan", "Nigeria", "Mexico", "Ukraine", "Poland", "Israel", "Jordan", "Qatar", "Spain"}
	// verbs the English patterns code (as pkg/app's pipeline benchmark).
	verbs = []string{"condemned", "praised", "accused", "met with", "threatened", "criticised", "thanked", "called on", "rejected", "supported"}
	vocab = strings.Fields(`harbour ledger quarry orchard turbine
		cistern meadow lantern granary foundry beacon vineyard bazaar
		aqueduct railway pipeline corridor reservoir plateau estuary
		tariff subsidy ration census budget pension mortgage dividend
		ferry convoy freighter tanker barge glacier monsoon drought
		harvest wheat cotton copper lithium cobalt uranium timber
		clinic school library stadium museum archive tribunal council
		festival election referendum verdict petition strike boycott`)
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// NewsArticle is article i of a synthetic feed: `sentences` sentences, of
// which the first `coded` report an act between two states that the coder
// codes, the rest news filler with no codable pair. Words are drawn from a
// vocabulary with a generator seeded by i, so articles are distinct (no
// near-duplicates for ingest's MinHash index) and the same i always gives
// the same article (a retried post is an exact duplicate).
func NewsArticle(i, sentences, coded int) Article {
	r := rand.New(rand.NewPCG(uint64(i), 0x9e0))
	w := func() string { return vocab[r.IntN(len(vocab))] }
	var sb strings.Builder
	for s := range sentences {
		if s < coded {
			a := r.IntN(len(states))
			b := (a + 1 + r.IntN(len(states)-1)) % len(states)
			fmt.Fprintf(&sb, "%s %s %s on %s over the %s %s dispute number %d. ",
				states[a], verbs[r.IntN(len(verbs))], states[b], weekdays[r.IntN(len(weekdays))], w(), w(), i*100+s)
			continue
		}
		fmt.Fprintf(&sb, "The %s near the %s and the %s %s were discussed for item %d. ", w(), w(), w(), w(), i*100+s)
	}
	pub := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly)
	return Article{URL: fmt.Sprintf("https://example.org/news/%d", i), Title: fmt.Sprintf("Report %d", i),
		Body: strings.TrimSpace(sb.String()), Published: pub, Lang: "en"}
}

// Accepted is an article ingest took (201 new, or 200 for a retry whose
// first try had stored it already).
type Accepted struct {
	Index    int
	ID       string
	Status   int
	Match    string // "exact"/"url" on a 200
	At       time.Time
	Latency  time.Duration // first try to answer, retries included
	Attempts int
}

// Failure is one failed try (connection refused or reset, 5xx, timeout).
type Failure struct {
	At     time.Time
	Target string
	Err    string
}

// Loader posts articles to ingest instances like a client behind a load
// balancer: articles go round robin, and a try that fails with a
// connection error or a 5xx is retried on the next instance after a short
// pause, until it is answered. It stops on ctx or after Limit articles.
type Loader struct {
	Targets []string // ingest base URLs
	// Rate is articles per second over all workers; 0 = as fast as they go.
	Rate    float64
	Workers int // 0 = 4
	Limit   int // 0 = no limit
	// Article makes article i; nil = NewsArticle(i, 4, 3).
	Article func(i int) Article
	// Start is the first article index (several loaders on one cluster).
	Start int

	client   *http.Client
	next     atomic.Int64
	mu       sync.Mutex
	accepted []Accepted
	failures []Failure
	rejected []string // 4xx answers: a test bug or a service bug
}

// Run posts until ctx ends or Limit articles are accepted.
func (l *Loader) Run(ctx context.Context) {
	if l.Workers <= 0 {
		l.Workers = 4
	}
	if l.Article == nil {
		l.Article = func(i int) Article { return NewsArticle(i, 4, 3) }
	}
	l.client = &http.Client{Timeout: 15 * time.Second}
	var tokens chan struct{}
	if l.Rate > 0 {
		tokens = make(chan struct{}, l.Workers)
		go func() {
			t := time.NewTicker(time.Duration(float64(time.Second) / l.Rate))
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					select {
					case tokens <- struct{}{}:
					default: // workers are behind: do not pile up a burst
					}
				}
			}
		}()
	}
	var wg sync.WaitGroup
	for range l.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				n := int(l.next.Add(1)) - 1
				if l.Limit > 0 && n >= l.Limit {
					return
				}
				if tokens != nil {
					select {
					case <-ctx.Done():
						return
					case <-tokens:
					}
				}
				if !l.post(ctx, l.Start+n) {
					return
				}
			}
		}()
	}
	wg.Wait()
}

// post sends article i until it is answered; false when ctx ended first.
//
// Once sent, an article is followed to its answer even after the loader is
// told to stop (ctx): a client that gives up mid-request cannot know whether
// ingest stored the article, and the fault tests compare what the client
// was told with what the log holds. Two minutes bound the follow-through.
func (l *Loader) post(stop context.Context, i int) bool {
	body, err := json.Marshal(l.Article(i))
	if err != nil {
		panic(err) // a struct of strings always marshals
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(stop), 2*time.Minute)
	defer cancel()
	start := time.Now()
	for attempt := 0; ; attempt++ {
		if ctx.Err() != nil {
			return false
		}
		target := l.Targets[(i+attempt)%len(l.Targets)]
		status, ans, err := l.try(ctx, target, body)
		switch {
		case err == nil && (status == http.StatusCreated || status == http.StatusOK):
			l.mu.Lock()
			l.accepted = append(l.accepted, Accepted{Index: i, ID: ans.ID, Status: status, Match: ans.Match,
				At: time.Now(), Latency: time.Since(start), Attempts: attempt + 1})
			l.mu.Unlock()
			return true
		case err == nil && status >= 400 && status < 500 && status != http.StatusTooManyRequests:
			l.mu.Lock()
			l.rejected = append(l.rejected, fmt.Sprintf("article %d: HTTP %d from %s", i, status, target))
			l.mu.Unlock()
			return true
		}
		if err == nil {
			err = fmt.Errorf("HTTP %d", status)
		}
		if ctx.Err() != nil {
			return false
		}
		l.mu.Lock()
		l.failures = append(l.failures, Failure{At: time.Now(), Target: target, Err: err.Error()})
		l.mu.Unlock()
		select {
		case <-ctx.Done():
			return false
		case <-time.After(time.Duration(min(attempt+1, 10)) * 50 * time.Millisecond):
		}
	}
}

type postAnswer struct {
	ID        string `json:"id"`
	Duplicate bool   `json:"duplicate"`
	Match     string `json:"match"`
}

func (l *Loader) try(ctx context.Context, target string, body []byte) (int, postAnswer, error) {
	var ans postAnswer
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target+"/v1/articles", bytes.NewReader(body))
	if err != nil {
		return 0, ans, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := l.client.Do(req)
	if err != nil {
		return 0, ans, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, ans, err
	}
	if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated {
		if err := json.Unmarshal(b, &ans); err != nil || ans.ID == "" {
			return 0, ans, fmt.Errorf("bad answer %q: %v", b, err)
		}
	}
	return resp.StatusCode, ans, nil
}

// Accepted is every article taken so far, in the order answered.
func (l *Loader) Accepted() []Accepted {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Accepted(nil), l.accepted...)
}

// Failures is every failed try so far.
func (l *Loader) Failures() []Failure {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Failure(nil), l.failures...)
}

// Rejected lists the 4xx answers.
func (l *Loader) Rejected() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.rejected...)
}

// Window summarises the articles answered and the failed tries in [from, to).
type Window struct {
	Accepted   int
	Failures   int
	MaxLatency time.Duration // of the articles answered in the window
	PerSecond  float64
	// LongestGap is the longest time in the window without an answered
	// article (the window's edges count): how long the client saw no
	// throughput at all.
	LongestGap time.Duration
}

// Window counts what happened between from and to.
func (l *Loader) Window(from, to time.Time) Window {
	l.mu.Lock()
	defer l.mu.Unlock()
	var w Window
	last := from
	for _, a := range l.accepted { // in the order answered
		if !a.At.Before(from) && a.At.Before(to) {
			w.Accepted++
			w.MaxLatency = max(w.MaxLatency, a.Latency)
			w.LongestGap = max(w.LongestGap, a.At.Sub(last))
			last = a.At
		}
	}
	w.LongestGap = max(w.LongestGap, to.Sub(last))
	for _, f := range l.failures {
		if !f.At.Before(from) && f.At.Before(to) {
			w.Failures++
		}
	}
	if d := to.Sub(from).Seconds(); d > 0 {
		w.PerSecond = float64(w.Accepted) / d
	}
	return w
}
