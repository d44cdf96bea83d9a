package webui_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/geotrack/geotrack/pkg/app"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts Debian's headless Chromium with a fresh profile. Without
// the background-networking flags Chromium keeps trying to reach Google
// services, which misbehaves on a closed network. A missing browser fails
// the test (CI installs it in .ci/run) unless GEOTRACK_SKIP_BROWSER=1.
func browser(tb testing.TB) context.Context {
	tb.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("GEOTRACK_SKIP_BROWSER") == "1" {
			tb.Skip("GEOTRACK_SKIP_BROWSER=1 and no " + chromiumPath)
		}
		tb.Fatalf("%s is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set GEOTRACK_SKIP_BROWSER=1 to skip the browser tests", chromiumPath)
	}
	// Chromium sometimes exits during start-up on a loaded machine (seen
	// once in CI right after another test's browser closed, with nothing
	// but dbus noise on stderr); a fresh profile on a second or third try
	// starts. A browser that never starts still fails the test.
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		ctx, stop, err := startChromium(tb.TempDir())
		if err == nil {
			tb.Cleanup(stop)
			return ctx
		}
		stop()
		lastErr = err
		tb.Logf("start chromium, attempt %d: %v", attempt, err)
		time.Sleep(time.Duration(attempt) * 500 * time.Millisecond)
	}
	tb.Fatalf("start chromium: %v", lastErr)
	return nil
}

func startChromium(profile string) (context.Context, func(), error) {
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1300, 1100),
	)
	ctx, cancel := chromedp.NewContext(actx)
	stop := func() { cancel(); cancelAlloc() }
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		return nil, stop, err
	}
	return ctx, stop, nil
}

// artifacts is where screenshots go: $GEOTRACK_ARTIFACTS, else a folder in
// the temp dir that outlives the test; also testdata/screenshots when
// GEOTRACK_SCREENSHOTS_TESTDATA=1 (for the docs; git-ignored otherwise by
// not being written).
func artifacts(tb testing.TB) []string {
	dir := os.Getenv("GEOTRACK_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "geotrack-webui-artifacts")
	}
	dirs := []string{dir}
	if os.Getenv("GEOTRACK_SCREENSHOTS_TESTDATA") == "1" {
		dirs = append(dirs, filepath.Join("testdata", "screenshots"))
	}
	for _, d := range dirs {
		if err := os.MkdirAll(d, 0o750); err != nil {
			tb.Fatal(err)
		}
	}
	tb.Logf("screenshots in %v", dirs)
	return dirs
}

func shoot(t *testing.T, ctx context.Context, dirs []string, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	for _, d := range dirs {
		if err := os.WriteFile(filepath.Join(d, name+".png"), png, 0o640); err != nil {
			t.Fatal(err)
		}
	}
}

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("eval %s: %v", js, err)
	}
	return v
}

// waitJS waits until a JavaScript expression is truthy.
func waitJS(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, js, err)
	}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

func postArticle(t *testing.T, base string, a map[string]string) string {
	t.Helper()
	b, _ := json.Marshal(a)
	resp, err := http.Post(base+"/v1/articles", "application/json", strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var out struct {
		ID string `json:"id"`
	}
	if resp.StatusCode != http.StatusCreated || json.Unmarshal(body, &out) != nil || out.ID == "" {
		t.Fatalf("post article: %d %s", resp.StatusCode, body)
	}
	return out.ID
}

type eventsAnswer struct {
	Events []struct {
		ID       string `json:"id"`
		Date     string `json:"date"`
		Lang     string `json:"lang"`
		Sentence struct {
			Text string `json:"text"`
		} `json:"sentence"`
	} `json:"events"`
}

// The known store: four articles about Kazakhstan in January and February
// 2022, one in Arabic whose title carries markup a news page could hold.
const injection = `<img src=x onerror="document.body.dataset.pwned='1'">`

var kazArticles = []map[string]string{
	{"url": "https://example.org/kz-1", "outlet": "example", "title": "Washington criticizes Astana", "published": "2022-01-05",
		"body": "The weather in Astana was cold on Tuesday. The United States criticized Kazakhstan over the arrest of journalists. More talks are planned next month."},
	{"url": "https://example.org/kz-2", "outlet": "example-ar", "title": "إدانة أمريكية " + injection, "published": "2022-01-12", "lang": "ar",
		"body": "أدانت الولايات المتحدة كازاخستان بسبب اعتقال الصحفيين."},
	{"url": "https://example.org/kz-3", "outlet": "example", "title": "Thanks to Moscow", "published": "2022-01-20",
		"body": "Kazakhstan thanked Russia for its help."},
	{"url": "https://example.org/kz-4", "outlet": "example", "title": "Border dispute", "published": "2022-02-03",
		"body": "Kazakhstan accused Kyrgyzstan of shelling its border posts."},
}

// TestResearcherPage drives the page in a real Chromium against the whole
// system (embedded NATS, bbolt, coder) with a known store: search an actor,
// check the chart against the API, click a bar, open events and see their
// sentences highlighted (Arabic right-to-left, markup shown as text), make
// an alert rule (and be told about a bad one), and see a new article's event
// and the rule's alert arrive live.
func TestResearcherPage(t *testing.T) {
	ctx := browser(t)
	shots := artifacts(t)
	a, err := app.Start(context.Background(), app.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", AllowPrivate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	base := a.URL()
	for _, art := range kazArticles {
		postArticle(t, base, art)
	}
	var all eventsAnswer
	deadline := time.Now().Add(30 * time.Second)
	for {
		getJSON(t, base+"/v1/events?actor=KAZ", &all)
		if len(all.Events) >= len(kazArticles) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("projection has %d KAZ events, want %d", len(all.Events), len(kazArticles))
		}
		time.Sleep(100 * time.Millisecond)
	}

	// The page itself: built at run time here unless `make web` embedded it.
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d: the page could not be built (run `make web` where the npm registry is reachable):\n%s", resp.StatusCode, page)
	}

	// 1. Search: typing "kaz" offers KAZ with its English and Arabic names.
	do(t, ctx, "load", chromedp.Navigate(base+"/"))
	waitJS(t, ctx, "page script", `document.body.dataset.ready === 'true'`)
	do(t, ctx, "type", chromedp.SendKeys(chromedp.CSS("#actor-input"), "kaz"))
	waitJS(t, ctx, "suggestion KAZ", `!document.querySelector('#actor-suggest').hidden && document.querySelector('#actor-suggest li[data-key="KAZ"]')`)
	if ar := eval[string](t, ctx, `document.querySelector('#actor-suggest li[data-key="KAZ"] .ar').textContent`); ar != "كازاخستان" {
		t.Errorf("Arabic name in the suggestion: %q", ar)
	}
	shoot(t, ctx, shots, "1-search")
	do(t, ctx, "choose KAZ", chromedp.Click(chromedp.CSS(`#actor-suggest li[data-key="KAZ"]`)))

	// 2. The chart has one bar slot per bucket of the same API query.
	waitJS(t, ctx, "timeline", `document.querySelector('#timeline').dataset.state === 'ready' && document.querySelector('#events').dataset.state === 'ready'`)
	query := eval[string](t, ctx, `document.querySelector('#timeline').dataset.query`)
	var tl struct {
		Buckets []struct {
			Start  string `json:"start"`
			End    string `json:"end"`
			Events int    `json:"events"`
		} `json:"buckets"`
	}
	getJSON(t, base+"/v1/timeline?"+query, &tl)
	points := eval[string](t, ctx, `document.querySelector('#timeline').dataset.points`)
	if points != fmt.Sprint(len(tl.Buckets)) || len(tl.Buckets) < 2 {
		t.Fatalf("chart has %s points, the API %d buckets (query %s)", points, len(tl.Buckets), query)
	}
	nonEmpty := 0
	for _, b := range tl.Buckets {
		if b.Events > 0 {
			nonEmpty++
		}
	}
	var bars [][3]float64 // bucket index, x, y in the chart
	if err := json.Unmarshal([]byte(eval[string](t, ctx, `document.querySelector('#timeline').dataset.bars`)), &bars); err != nil {
		t.Fatal(err)
	}
	if len(bars) != nonEmpty || nonEmpty < 3 {
		t.Fatalf("chart draws %d bars, the API has %d non-empty buckets", len(bars), nonEmpty)
	}
	if r := eval[string](t, ctx, `document.querySelector('#timeline-receipt').textContent`); !strings.Contains(r, "as of log seq") || !strings.Contains(r, "coder geotrack-coder") {
		t.Errorf("receipt under the chart: %q", r)
	}
	if href := eval[string](t, ctx, `document.querySelector('#timeline-csv').getAttribute('href')`); !strings.HasSuffix(href, "format=csv") {
		t.Errorf("CSV link %q", href)
	} else {
		resp, err := http.Get(base + href)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
			t.Errorf("CSV link answers %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	}
	shoot(t, ctx, shots, "2-timeline")

	// 3. Clicking a bar lists the events of its period, as the API does.
	clickBar := func(i int) (from, to string) {
		t.Helper()
		b := tl.Buckets[int(bars[i][0])]
		do(t, ctx, "scroll to chart", chromedp.ScrollIntoView(chromedp.CSS("#timeline")))
		rect := eval[[]float64](t, ctx, `(() => { const r = document.querySelector('#timeline').getBoundingClientRect(); return [r.left, r.top]; })()`)
		do(t, ctx, "click bar", chromedp.MouseClickXY(rect[0]+bars[i][1], rect[1]+bars[i][2]))
		waitJS(t, ctx, "events of "+b.Start, fmt.Sprintf(`document.querySelector('#events').dataset.from === %q && document.querySelector('#events').dataset.state === 'ready'`, b.Start))
		return b.Start, b.End
	}
	from, to := clickBar(0)
	var period eventsAnswer
	getJSON(t, base+"/v1/events?actor=KAZ&limit=25&from="+from+"&to="+to, &period)
	if len(period.Events) == 0 {
		t.Fatalf("no events %s..%s in the API", from, to)
	}
	ids := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#events tbody tr[data-id]')).map(r => r.dataset.id)`)
	if len(ids) != len(period.Events) {
		t.Fatalf("table lists %d events for %s..%s, the API %d", len(ids), from, to, len(period.Events))
	}
	for i, e := range period.Events {
		if ids[i] != e.ID {
			t.Errorf("row %d is %s, the API's %s", i, ids[i], e.ID)
		}
	}
	shoot(t, ctx, shots, "3-events")

	// 4. An event opens with its sentence highlighted in its article.
	openRow := func(id, sentence string) {
		t.Helper()
		do(t, ctx, "open event", chromedp.Click(chromedp.CSS(`#events tbody tr[data-id="`+id+`"]`)))
		waitJS(t, ctx, "detail", fmt.Sprintf(`document.querySelector('#detail-body').dataset.state === 'ready' && document.querySelector('#detail-body').dataset.id === %q`, id))
		marks := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#detail-body .article-body mark')).map(m => m.textContent)`)
		if len(marks) != 1 || marks[0] != sentence {
			t.Errorf("highlight %q, want exactly the sentence %q", marks, sentence)
		}
		if body := eval[string](t, ctx, `document.querySelector('#detail-body .article-body').textContent`); !strings.Contains(body, sentence) {
			t.Errorf("article body %q lacks the sentence", body)
		}
	}
	openRow(period.Events[0].ID, period.Events[0].Sentence.Text)
	if around := eval[[]string](t, ctx, `(() => { const m = document.querySelector('#detail-body .article-body mark'); return [m.previousSibling ? m.previousSibling.textContent : '', m.nextSibling ? m.nextSibling.textContent : '']; })()`); len(around) != 2 ||
		around[0] != "The weather in Astana was cold on Tuesday. " || around[1] != " More talks are planned next month." {
		t.Errorf("text around the highlight: %q", around)
	}
	if v := eval[string](t, ctx, `document.querySelector('#detail-body').textContent`); !strings.Contains(v, "geotrack-coder") || !strings.Contains(v, "Mentions") {
		t.Errorf("detail lacks coder version or mentions: %.300s", v)
	}
	do(t, ctx, "provenance", chromedp.Click(chromedp.CSS("#prov-btn")))
	waitJS(t, ctx, "provenance", `document.querySelector('#detail-body').textContent.includes('chain hash')`)
	shoot(t, ctx, shots, "4-detail")
	do(t, ctx, "close", chromedp.Click(chromedp.CSS("#detail .close button")))

	// 5. The Arabic article: right-to-left, and its title's markup is text.
	var arabic struct{ id, sentence, date string }
	for _, e := range all.Events {
		if e.Lang == "ar" {
			arabic.id, arabic.sentence, arabic.date = e.ID, e.Sentence.Text, e.Date
		}
	}
	if arabic.id == "" {
		t.Fatal("the Arabic article was not coded")
	}
	for i := range bars {
		b := tl.Buckets[int(bars[i][0])]
		if b.Start <= arabic.date && arabic.date <= b.End {
			clickBar(i)
			break
		}
	}
	openRow(arabic.id, arabic.sentence)
	if dir := eval[string](t, ctx, `document.querySelector('#detail-body .article-body').getAttribute('dir')`); dir != "rtl" {
		t.Errorf("Arabic article body dir=%q", dir)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#detail-body img').length`); n != 0 {
		t.Errorf("the article title's markup became %d <img> elements", n)
	}
	if h := eval[string](t, ctx, `document.querySelector('#detail-body h3').textContent`); !strings.Contains(h, injection) {
		t.Errorf("title not shown as text: %q", h)
	}
	if p := eval[bool](t, ctx, `document.body.dataset.pwned === '1'`); p {
		t.Error("markup from an article ran in the page")
	}
	shoot(t, ctx, shots, "5-detail-arabic")
	do(t, ctx, "close", chromedp.Click(chromedp.CSS("#detail .close button")))

	// 6. Alert rules: a bad rule is refused with the reason next to its
	// field (by the page, then by the server), a good one is listed.
	do(t, ctx, "alerts view", chromedp.Click(chromedp.CSS(`nav button[data-view="alerts"]`)))
	waitJS(t, ctx, "rules list", `document.querySelector('#rules-status').textContent !== ''`)
	do(t, ctx, "bad rule",
		chromedp.SetValue(chromedp.CSS(`#rule-form [name=actor]`), "k@z"),
		chromedp.Click(chromedp.CSS(`#rule-form button[type=submit]`)))
	waitJS(t, ctx, "form error", `document.querySelector('#rule-form').dataset.state === 'invalid'`)
	if msg := eval[string](t, ctx, `document.querySelector('#rule-form .err[data-for="filter.actor"]').textContent`); !strings.Contains(msg, "k@z") {
		t.Errorf("form error for a bad actor: %q", msg)
	}
	do(t, ctx, "unknown actor",
		chromedp.SetValue(chromedp.CSS(`#rule-form [name=actor]`), "QQQ"),
		chromedp.Click(chromedp.CSS(`#rule-form button[type=submit]`)))
	waitJS(t, ctx, "server refusal", `document.querySelector('#rule-form').dataset.state === 'rejected'`)
	if msg := eval[string](t, ctx, `document.querySelector('#rule-form .err[data-for="filter.actor"]').textContent`); !strings.Contains(msg, "QQQ") {
		t.Errorf("server's error for an unknown actor not shown at the field: %q", msg)
	}
	shoot(t, ctx, shots, "6-rule-invalid")
	do(t, ctx, "good rule",
		chromedp.SetValue(chromedp.CSS(`#rule-form [name=id]`), "kaz-watch"),
		chromedp.SetValue(chromedp.CSS(`#rule-form [name=name]`), "Anything about Kazakhstan"),
		chromedp.SetValue(chromedp.CSS(`#rule-form [name=actor]`), "KAZ"),
		chromedp.Click(chromedp.CSS(`#rule-form button[type=submit]`)))
	waitJS(t, ctx, "rule listed", `document.querySelector('#rules tr[data-id="kaz-watch"]')`)
	var rules struct {
		Rules []struct {
			ID string `json:"id"`
		} `json:"rules"`
	}
	getJSON(t, base+"/v1/alerts/rules", &rules)
	if len(rules.Rules) != 1 || rules.Rules[0].ID != "kaz-watch" {
		t.Errorf("rules in the API: %+v", rules.Rules)
	}
	shoot(t, ctx, shots, "7-rules")

	// 7. Live: a new article's event and the rule's alert arrive.
	do(t, ctx, "explore view", chromedp.Click(chromedp.CSS(`nav button[data-view="explore"]`)))
	waitJS(t, ctx, "live feed connected", `document.querySelector('#feed').dataset.state === 'live'`)
	artID := postArticle(t, base, map[string]string{"url": "https://example.org/kz-5", "outlet": "example", "title": "Astana and Bishkek",
		"published": "2022-02-10", "body": "Kazakhstan accused Kyrgyzstan of violating the ceasefire at the border on Thursday."})
	waitJS(t, ctx, "live event", `document.querySelector('#feed li.event')`)
	waitJS(t, ctx, "live alert", `document.querySelector('#feed li.alert[data-rule="kaz-watch"]')`)
	var art struct {
		Events []struct {
			ID string `json:"id"`
		} `json:"events"`
	}
	getJSON(t, base+"/v1/articles/"+url.PathEscape(artID), &art)
	liveID := eval[string](t, ctx, `document.querySelector('#feed li.event').dataset.id`)
	found := false
	for _, e := range art.Events {
		found = found || e.ID == liveID
	}
	if !found {
		t.Errorf("live feed shows %s, not an event of the new article (%+v)", liveID, art.Events)
	}
	do(t, ctx, "scroll to feed", chromedp.ScrollIntoView(chromedp.CSS("#feed-panel")))
	shoot(t, ctx, shots, "8-live")
}
