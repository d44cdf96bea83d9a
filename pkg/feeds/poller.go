// Package feeds polls RSS and Atom feeds and ingests each new item's page.
//
// Decisions:
//   - The feed list is events on the log (feed.added / feed.removed on
//     articles.feeds.<feed-id>): every instance replays it at start and
//     tails it, so a feed added through one instance is polled by all that
//     run the poller. (Run the poller in one instance, or accept that each
//     polls: ingest deduplicates what they fetch.)
//   - Poll state (ETag, Last-Modified, items seen, errors) is in memory. A
//     restart polls every feed once without validators; items whose URL
//     the ingest duplicate index already holds are not fetched again.
//   - Each new item's page is fetched and its main text extracted
//     (pkg/htmltext). When the page cannot be fetched or has no text, the
//     item's own summary or content is ingested instead and the item error
//     is reported: nothing the feed offers is lost.
//   - Fetches refuse loopback, link-local and private addresses unless
//     AllowPrivate (checked at connect time, every redirect hop included),
//     follow at most MaxRedirects redirects, time out after Timeout, and
//     wait for a per-host token bucket (HostRate, HostBurst).
//   - A failing feed is retried after RetryMin, doubling up to its
//     interval; it is reported in GET /v1/ingest/status with its error and
//     never holds up the others (a pool of Workers polls due feeds).
package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/dedup"
	"github.com/geotrack/geotrack/pkg/htmltext"
	"github.com/geotrack/geotrack/pkg/ingest"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// SubjectFeeds prefixes the feed events' subjects: articles.feeds.<feed-id>.
const SubjectFeeds = "articles.feeds"

// Source is the CloudEvents source of feed events.
const Source = "geotrack/ingest/feeds"

// Options configure the poller. Zero values take the defaults in brackets.
type Options struct {
	Interval     time.Duration // default polling interval [5m]
	Timeout      time.Duration // per request, connect to last byte [10s]
	MaxRedirects int           // [5]
	HostRate     float64       // requests per second per host [1]
	HostBurst    int           // [5]
	Workers      int           // feeds polled at once [8]
	MaxFeedBytes int64         // [5 MiB]
	MaxPageBytes int64         // [5 MiB]
	RetryMin     time.Duration // first retry of a failing feed [1m]
	// AllowPrivate lets fetches reach loopback, link-local and private
	// addresses (tests with local servers, an intranet feed).
	AllowPrivate bool
	UserAgent    string // ["geotrack-feeds/1 (+https://github.com/geotrack/geotrack)"]
	Log          *slog.Logger
}

func (o *Options) defaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.Interval, 5*time.Minute)
	def(&o.Timeout, 10*time.Second)
	def(&o.RetryMin, time.Minute)
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	if o.HostRate <= 0 {
		o.HostRate = 1
	}
	if o.HostBurst <= 0 {
		o.HostBurst = 5
	}
	if o.Workers <= 0 {
		o.Workers = 8
	}
	if o.MaxFeedBytes <= 0 {
		o.MaxFeedBytes = 5 << 20
	}
	if o.MaxPageBytes <= 0 {
		o.MaxPageBytes = 5 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = "geotrack-feeds/1 (+https://github.com/geotrack/geotrack)"
	}
	if o.Log == nil {
		o.Log = slog.Default()
	}
}

// Status is one feed as GET /v1/ingest/status and GET /v1/feeds report it.
type Status struct {
	ID       string    `json:"id"`
	URL      string    `json:"url"`
	Outlet   string    `json:"outlet,omitempty"`
	Interval string    `json:"interval"`
	Added    time.Time `json:"added"`
	// LastPoll is the last attempt; LastSuccess the last that worked.
	LastPoll    *time.Time `json:"last_poll,omitempty"`
	LastSuccess *time.Time `json:"last_success,omitempty"`
	NextPoll    time.Time  `json:"next_poll"`
	HTTPStatus  int        `json:"http_status,omitempty"`
	// Error is why the last poll failed ("" when it worked); Failures
	// counts consecutive failed polls.
	Error    string `json:"error,omitempty"`
	Failures int    `json:"failures"`
	Polls    int64  `json:"polls"`
	// Items counts items seen, Articles new articles ingested, Duplicates
	// items that were copies of stored articles.
	Items      int64 `json:"items"`
	Articles   int64 `json:"articles"`
	Duplicates int64 `json:"duplicates"`
	// ItemErrors are the latest problems with single items (no link, a
	// page that could not be fetched), newest last, at most 10.
	ItemErrors []string `json:"item_errors,omitempty"`
}

type feed struct {
	st            Status
	interval      time.Duration
	etag, lastMod string
	seen          map[string]struct{}
	seenOrder     []string
	busy          bool
	removed       bool
}

// Poller polls the feeds and hands their articles to an ingest service.
type Poller struct {
	bus   *bus.Bus
	svc   *ingest.Service
	opt   Options
	fetch *fetcher
	now   func() time.Time

	mu    sync.Mutex
	feeds map[string]*feed
	wake  chan struct{}
}

// New makes a poller; Run starts it.
func New(b *bus.Bus, svc *ingest.Service, opt Options) *Poller {
	opt.defaults()
	return &Poller{bus: b, svc: svc, opt: opt, fetch: newFetcher(opt), now: time.Now, feeds: map[string]*feed{}, wake: make(chan struct{}, 1)}
}

// ErrBadFeedURL wraps a feed URL Add refuses.
var ErrBadFeedURL = errors.New("bad feed URL")

// Add records a feed on the log (feed.added) and starts polling it.
// interval 0 means the poller's default.
func (p *Poller) Add(ctx context.Context, rawURL string, interval time.Duration, outlet string) (events.FeedAdded, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return events.FeedAdded{}, fmt.Errorf("%w: want an absolute http(s) URL, got %q", ErrBadFeedURL, rawURL)
	}
	if !p.opt.AllowPrivate {
		host := u.Hostname()
		if ip, err := netip.ParseAddr(host); (err == nil && forbidden(ip)) || strings.EqualFold(host, "localhost") {
			return events.FeedAdded{}, fmt.Errorf("%w: %s is a loopback, link-local or private address (refused unless the poller's AllowPrivate is set; geotrack run --allow-private)", ErrBadFeedURL, host)
		}
	}
	if interval < 0 || (interval > 0 && interval < time.Second) {
		return events.FeedAdded{}, fmt.Errorf("%w: interval %v is under one second", ErrBadFeedURL, interval)
	}
	canon := dedup.CanonicalURL(u.String())
	now := p.now().UTC()
	fa := events.FeedAdded{ID: events.FeedID(canon), URL: canon, Interval: int(interval / time.Second), Outlet: strings.TrimSpace(outlet), Added: now}
	env, err := events.NewEnvelope(events.TypeFeedAdded, fmt.Sprintf("feed-%s-%d", fa.ID, now.UnixNano()), Source, now, fa)
	if err != nil {
		return fa, err
	}
	if err := p.bus.PublishEnvelope(ctx, SubjectFeeds+"."+fa.ID, env); err != nil {
		return fa, fmt.Errorf("feeds: record feed %s: %w", fa.URL, err)
	}
	p.apply(env)
	return fa, nil
}

// ErrNoFeed is returned by Remove for an unknown feed id.
var ErrNoFeed = errors.New("no such feed")

// Remove records feed.removed; the feed is no longer polled.
func (p *Poller) Remove(ctx context.Context, id string) error {
	p.mu.Lock()
	f, ok := p.feeds[id]
	p.mu.Unlock()
	if !ok || f.removed {
		return ErrNoFeed
	}
	now := p.now().UTC()
	env, err := events.NewEnvelope(events.TypeFeedRemoved, fmt.Sprintf("feed-%s-removed-%d", id, now.UnixNano()), Source, now, events.FeedRemoved{ID: id, Removed: now})
	if err != nil {
		return err
	}
	if err := p.bus.PublishEnvelope(ctx, SubjectFeeds+"."+id, env); err != nil {
		return fmt.Errorf("feeds: record removal of %s: %w", id, err)
	}
	p.apply(env)
	return nil
}

// apply folds one feed event into the list (idempotent: replays, the tail
// and the local call may all deliver the same event).
func (p *Poller) apply(env events.Envelope) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch env.Type {
	case events.TypeFeedAdded:
		var fa events.FeedAdded
		if env.DecodeData(events.TypeFeedAdded, &fa) != nil {
			return
		}
		f, ok := p.feeds[fa.ID]
		if ok && !f.removed && !fa.Added.After(f.st.Added) {
			return
		}
		interval := time.Duration(fa.Interval) * time.Second
		if interval <= 0 {
			interval = p.opt.Interval
		}
		if !ok || f.removed {
			f = &feed{seen: map[string]struct{}{}}
			f.st.NextPoll = p.now()
			p.feeds[fa.ID] = f
		}
		f.removed = false
		f.interval = interval
		f.st.ID, f.st.URL, f.st.Outlet, f.st.Added, f.st.Interval = fa.ID, fa.URL, fa.Outlet, fa.Added, interval.String()
		select {
		case p.wake <- struct{}{}:
		default:
		}
	case events.TypeFeedRemoved:
		var fr events.FeedRemoved
		if env.DecodeData(events.TypeFeedRemoved, &fr) != nil {
			return
		}
		if f, ok := p.feeds[fr.ID]; ok && !fr.Removed.Before(f.st.Added) {
			f.removed = true
		}
	}
}

// Feeds lists the feeds being polled, by URL.
func (p *Poller) Feeds() []Status {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Status, 0, len(p.feeds))
	for _, f := range p.feeds {
		if f.removed {
			continue
		}
		st := f.st
		st.ItemErrors = slices.Clone(f.st.ItemErrors)
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out
}

// Run replays the feed list, then polls due feeds until ctx ends, while
// tailing the log for feeds added or removed elsewhere.
func (p *Poller) Run(ctx context.Context) error {
	last, err := p.bus.LastSeq(ctx, bus.StreamArticles)
	if err != nil {
		return fmt.Errorf("feeds: %w", err)
	}
	if last > 0 {
		err = p.bus.Read(ctx, bus.ReadOptions{Stream: bus.StreamArticles, FilterSubject: SubjectFeeds + ".>", StopAtEnd: true, UntilSeq: last}, p.applyMsgs)
		if err != nil {
			return fmt.Errorf("feeds: replay feed list: %w", err)
		}
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for ctx.Err() == nil {
			err := p.bus.Read(ctx, bus.ReadOptions{Stream: bus.StreamArticles, FilterSubject: SubjectFeeds + ".>", StartSeq: last + 1, Idle: 100 * time.Millisecond}, p.applyMsgs)
			if err != nil && ctx.Err() == nil {
				p.opt.Log.Warn("feeds: tailing the feed list failed; retrying", "err", err)
				select {
				case <-ctx.Done():
				case <-time.After(5 * time.Second):
				}
			}
		}
	}()
	work := make(chan *feed)
	for i := 0; i < p.opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				p.poll(ctx, f)
				// The feed's next poll time changed while the scheduler
				// slept: let it recompute when to wake.
				select {
				case p.wake <- struct{}{}:
				default:
				}
			}
		}()
	}
	defer wg.Wait()
	defer close(work)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-timer.C:
		case <-p.wake:
		}
		next := p.dispatch(ctx, work)
		timer.Reset(max(time.Until(next), 10*time.Millisecond))
	}
}

func (p *Poller) applyMsgs(msgs []bus.Msg) error {
	for _, m := range msgs {
		env, err := events.DecodeEnvelope(m.Data)
		if err != nil {
			continue // a malformed message cannot be a feed; the log keeps it
		}
		p.apply(env)
	}
	return nil
}

// dispatch hands every due, idle feed to the workers and returns when the
// next one is due.
func (p *Poller) dispatch(ctx context.Context, work chan<- *feed) time.Time {
	now := p.now()
	next := now.Add(time.Minute)
	p.mu.Lock()
	var due []*feed
	for _, f := range p.feeds {
		if f.removed || f.busy {
			continue
		}
		if !f.st.NextPoll.After(now) {
			f.busy = true
			due = append(due, f)
		} else if f.st.NextPoll.Before(next) {
			next = f.st.NextPoll
		}
	}
	p.mu.Unlock()
	for i, f := range due {
		select {
		case work <- f:
		case <-ctx.Done():
			p.mu.Lock()
			for _, g := range due[i:] {
				g.busy = false
			}
			p.mu.Unlock()
			return now
		}
	}
	return next
}

// poll fetches one feed and ingests its new items.
func (p *Poller) poll(ctx context.Context, f *feed) {
	p.mu.Lock()
	feedURL, etag, lastMod := f.st.URL, f.etag, f.lastMod
	p.mu.Unlock()
	hdr := http.Header{"Accept": {"application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"}}
	if etag != "" {
		hdr.Set("If-None-Match", etag)
	}
	if lastMod != "" {
		hdr.Set("If-Modified-Since", lastMod)
	}
	resp, err := p.fetch.get(ctx, feedURL, p.opt.MaxFeedBytes, hdr)
	var parsed *gofeed.Feed
	if err == nil && resp.status != http.StatusNotModified {
		parsed, err = gofeed.NewParser().Parse(bytes.NewReader(resp.body))
		if err != nil {
			err = fmt.Errorf("not an RSS, Atom or JSON feed: %v", err)
		}
	}
	if ctx.Err() != nil {
		p.mu.Lock()
		f.busy = false
		p.mu.Unlock()
		return
	}
	var items []itemResult
	if err == nil && parsed != nil {
		items = p.ingestItems(ctx, f, parsed)
	}
	now := p.now()
	p.mu.Lock()
	defer p.mu.Unlock()
	f.busy = false
	f.st.Polls++
	t := now.UTC()
	f.st.LastPoll = &t
	if resp != nil {
		f.st.HTTPStatus = resp.status
	}
	if err != nil {
		f.st.Failures++
		f.st.Error = err.Error()
		backoff := p.opt.RetryMin << min(f.st.Failures-1, 16)
		f.st.NextPoll = now.Add(min(backoff, f.interval))
		p.opt.Log.Warn("feed poll failed", "feed", feedURL, "failures", f.st.Failures, "err", err)
		return
	}
	f.st.Failures, f.st.Error = 0, ""
	f.st.LastSuccess = &t
	f.st.NextPoll = now.Add(f.interval)
	if resp.status != http.StatusNotModified {
		f.etag, f.lastMod = resp.etag, resp.lastModified
	}
	for _, it := range items {
		f.st.Items++
		switch it.outcome {
		case outcomeNew:
			f.st.Articles++
		case outcomeDuplicate:
			f.st.Duplicates++
		}
		if it.err != "" {
			f.st.ItemErrors = append(f.st.ItemErrors, it.err)
		}
	}
	if n := len(f.st.ItemErrors); n > 10 {
		f.st.ItemErrors = slices.Clone(f.st.ItemErrors[n-10:])
	}
}

type outcome int

const (
	outcomeNone outcome = iota
	outcomeNew
	outcomeDuplicate
)

type itemResult struct {
	outcome outcome
	err     string
}

// maxSeen bounds the item keys remembered per feed.
const maxSeen = 2000

// ingestItems ingests the items not seen before, oldest first.
func (p *Poller) ingestItems(ctx context.Context, f *feed, parsed *gofeed.Feed) []itemResult {
	p.mu.Lock()
	outlet := f.st.Outlet
	feedURL := f.st.URL
	p.mu.Unlock()
	if outlet == "" {
		outlet = strings.TrimSpace(parsed.Title)
	}
	if outlet == "" {
		if u, err := url.Parse(feedURL); err == nil {
			outlet = u.Hostname()
		}
	}
	var out []itemResult
	for i := len(parsed.Items) - 1; i >= 0; i-- {
		if ctx.Err() != nil {
			break
		}
		it := parsed.Items[i]
		link := strings.TrimSpace(it.Link)
		key := strings.TrimSpace(it.GUID)
		if key == "" {
			key = link
		}
		if key == "" {
			key = "title:" + it.Title
		}
		p.mu.Lock()
		_, seen := f.seen[key]
		if !seen {
			f.seen[key] = struct{}{}
			f.seenOrder = append(f.seenOrder, key)
			if len(f.seenOrder) > maxSeen {
				delete(f.seen, f.seenOrder[0])
				f.seenOrder = f.seenOrder[1:]
			}
		}
		p.mu.Unlock()
		if seen {
			continue
		}
		out = append(out, p.ingestItem(ctx, it, link, outlet))
	}
	return out
}

func (p *Poller) ingestItem(ctx context.Context, it *gofeed.Item, link, outlet string) itemResult {
	title := strings.TrimSpace(it.Title)
	published := ""
	if it.PublishedParsed != nil {
		published = it.PublishedParsed.UTC().Format(time.RFC3339)
	} else if it.UpdatedParsed != nil {
		published = it.UpdatedParsed.UTC().Format(time.RFC3339)
	}
	summary := snippetText(it.Content)
	if summary == "" {
		summary = snippetText(it.Description)
	}
	if link == "" {
		// No page to fetch and no URL to cite: keep the text if the item
		// carries any, and report it.
		msg := fmt.Sprintf("item %q has no link", title)
		if summary == "" {
			return itemResult{err: msg + " and no text: skipped"}
		}
		return p.submit(ctx, ingest.Request{Title: title, Body: summary, Published: published, Outlet: outlet}, msg+": its summary was ingested")
	}
	if p.svc.KnownURL(link) {
		return itemResult{outcome: outcomeDuplicate}
	}
	req := ingest.Request{URL: link, Title: title, Published: published, Outlet: outlet}
	page, err := p.page(ctx, link)
	if err == nil {
		req.Body = page.Text
		if req.Title == "" {
			req.Title = page.Title
		}
		if req.Published == "" && !page.Published.IsZero() {
			req.Published = page.Published.Format(time.RFC3339)
		}
		return p.submit(ctx, req, "")
	}
	if summary == "" {
		return itemResult{err: fmt.Sprintf("item %s: %v (and the item has no summary)", link, err)}
	}
	req.Body = summary
	return p.submit(ctx, req, fmt.Sprintf("item %s: %v: its summary was ingested", link, err))
}

func (p *Poller) page(ctx context.Context, link string) (*htmltext.Page, error) {
	resp, err := p.fetch.get(ctx, link, p.opt.MaxPageBytes, http.Header{"Accept": {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}})
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(resp.finalURL)
	return htmltext.Extract(resp.body, resp.contentType, base)
}

func (p *Poller) submit(ctx context.Context, req ingest.Request, note string) itemResult {
	resp, status, err := p.svc.Ingest(ctx, req)
	if err != nil {
		msg := fmt.Sprintf("item %s: %v", req.URL, err)
		if note != "" {
			msg = note + "; " + msg
		}
		return itemResult{err: msg}
	}
	r := itemResult{err: note, outcome: outcomeDuplicate}
	if status == http.StatusCreated {
		r.outcome = outcomeNew
	}
	_ = resp
	return r
}

// snippetText is the text of a feed item's HTML summary or content.
func snippetText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				skip++
			}
			b.WriteByte(' ')
		case html.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
			b.WriteByte(' ')
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		}
	}
}
