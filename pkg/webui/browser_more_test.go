package webui_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/geotrack/geotrack/pkg/app"
	"github.com/geotrack/geotrack/pkg/auth"
)

// call makes one API request with an optional bearer token and returns the
// status and body.
func call(t *testing.T, method, url, token string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func getJSONWith(t *testing.T, url, token string, v any) {
	t.Helper()
	code, b := call(t, http.MethodGet, url, token, nil)
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", url, code, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// startKaz starts the whole app with cfg's auth, loads the Kazakhstan
// articles (with token) and waits until the projection has their events.
func startKaz(t *testing.T, authCfg auth.Config, token string) string {
	t.Helper()
	a, err := app.Start(context.Background(), app.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", AllowPrivate: true, Auth: authCfg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	base := a.URL()
	for _, art := range kazArticles {
		b, _ := json.Marshal(art)
		if code, body := call(t, http.MethodPost, base+"/v1/articles", token, b); code != http.StatusCreated {
			t.Fatalf("post article: %d %s", code, body)
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		var all eventsAnswer
		getJSONWith(t, base+"/v1/events?actor=KAZ", token, &all)
		if len(all.Events) >= len(kazArticles) {
			return base
		}
		if time.Now().After(deadline) {
			t.Fatalf("projection has %d KAZ events, want %d", len(all.Events), len(kazArticles))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type timelineAnswer struct {
	Buckets []struct {
		Start  string `json:"start"`
		End    string `json:"end"`
		Events int    `json:"events"`
	} `json:"buckets"`
}

// checkChart compares the timeline chart with the API's answer to the
// chart's own query: one slot per bucket, one bar per non-empty bucket.
// It returns the answer and the bars ([bucket index, x, y] in the chart).
func checkChart(t *testing.T, ctx context.Context, base, token string) (timelineAnswer, [][3]float64) {
	t.Helper()
	query := eval[string](t, ctx, `document.querySelector('#timeline').dataset.query`)
	var tl timelineAnswer
	getJSONWith(t, base+"/v1/timeline?"+query, token, &tl)
	if points := eval[string](t, ctx, `document.querySelector('#timeline').dataset.points`); points != fmt.Sprint(len(tl.Buckets)) {
		t.Fatalf("chart has %s points, the API %d buckets (query %s)", points, len(tl.Buckets), query)
	}
	var bars [][3]float64
	if err := json.Unmarshal([]byte(eval[string](t, ctx, `document.querySelector('#timeline').dataset.bars`)), &bars); err != nil {
		t.Fatal(err)
	}
	nonEmpty := 0
	for _, b := range tl.Buckets {
		if b.Events > 0 {
			nonEmpty++
		}
	}
	if len(bars) != nonEmpty {
		t.Fatalf("chart draws %d bars, the API has %d non-empty buckets (query %s)", len(bars), nonEmpty, query)
	}
	return tl, bars
}

// checkTable compares the events table with GET /v1/events for the same
// subject and period (the table's own query minus paging).
func checkTable(t *testing.T, ctx context.Context, base, token, subject, from, to string) {
	t.Helper()
	var want eventsAnswer
	getJSONWith(t, base+"/v1/events?"+subject+"&limit=25&from="+from+"&to="+to, token, &want)
	ids := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#events tbody tr[data-id]')).map(r => r.dataset.id)`)
	if len(ids) != len(want.Events) {
		t.Fatalf("table lists %d events for %s %s..%s, the API %d", len(ids), subject, from, to, len(want.Events))
	}
	for i, e := range want.Events {
		if ids[i] != e.ID {
			t.Errorf("row %d is %s, the API's %s", i, ids[i], e.ID)
		}
	}
}

// chartOrigin is the top-left corner of a chart in the viewport, after
// scrolling it into view.
func chartOrigin(t *testing.T, ctx context.Context, sel string) (x, y, w, h float64) {
	t.Helper()
	do(t, ctx, "scroll to "+sel, chromedp.ScrollIntoView(chromedp.CSS(sel)))
	r := eval[[]float64](t, ctx, `(() => { const r = document.querySelector('`+sel+`').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
	return r[0], r[1], r[2], r[3]
}

// TestBrushAndPartner picks a period of several bars with the chart's brush
// and checks that the table lists exactly that period's events; then clicks
// the largest partner and checks the dyad chart and table against the API.
func TestBrushAndPartner(t *testing.T) {
	ctx := browser(t)
	shots := artifacts(t)
	base := startKaz(t, auth.Config{}, "")

	do(t, ctx, "load", chromedp.Navigate(base+"/?actor=KAZ"))
	waitJS(t, ctx, "timeline", `document.querySelector('#timeline').dataset.state === 'ready' && document.querySelector('#events').dataset.state === 'ready' && document.querySelector('#dyads').dataset.state === 'ready'`)
	tl, bars := checkChart(t, ctx, base, "")
	if len(bars) < 3 {
		t.Fatalf("want at least 3 bars to brush two of them, have %d", len(bars))
	}

	// 1. The brush: its toolbox button (ECharts draws it at the chart's top
	// right: toolbox right 8 px, padding 15, two 15 px icons 10 px apart),
	// then a drag over the first two bars.
	left, top, width, _ := chartOrigin(t, ctx, "#timeline")
	bx, by := left+width-8-15-15-10-7.5, top+15+7.5
	do(t, ctx, "hover brush button", chromedp.MouseEvent(chromedp.MouseMoved, bx, by))
	if cur := eval[string](t, ctx, `document.querySelector('#timeline > div').style.cursor`); cur != "pointer" {
		t.Fatalf("no button under the brush icon's place (%.0f,%.0f): cursor %q", bx, by, cur)
	}
	do(t, ctx, "brush button", chromedp.MouseClickXY(bx, by))
	slot := bars[1][1] - bars[0][1]
	if d := bars[2][1] - bars[1][1]; d < slot {
		slot = d
	}
	x0, x1, y := left+bars[0][1]-slot*0.3, left+bars[1][1]+slot*0.3, top+bars[0][2]
	held := func(p *input.DispatchMouseEventParams) { p.Button = input.MouseButtonLeft; p.Buttons = 1 }
	steps := []chromedp.Action[chromedp.Void]{chromedp.MouseEvent(chromedp.MouseMoved, x0, y), chromedp.MouseEvent(chromedp.MousePressed, x0, y, held, chromedp.ClickCount(1))}
	for i := 1; i <= 8; i++ {
		steps = append(steps, chromedp.MouseEvent(chromedp.MouseMoved, x0+(x1-x0)*float64(i)/8, y, held))
	}
	steps = append(steps, chromedp.MouseEvent(chromedp.MouseReleased, x1, y, held, chromedp.ClickCount(1)))
	do(t, ctx, "brush two bars", steps...)
	from, to := tl.Buckets[int(bars[0][0])].Start, tl.Buckets[int(bars[1][0])].End
	waitJS(t, ctx, "events of the brushed period", fmt.Sprintf(`document.querySelector('#events').dataset.from === %q && document.querySelector('#events').dataset.to === %q && document.querySelector('#events').dataset.state === 'ready'`, from, to))
	checkTable(t, ctx, base, "", "actor=KAZ", from, to)
	if rows := eval[int](t, ctx, `document.querySelectorAll('#events tbody tr[data-id]').length`); rows < 2 {
		t.Errorf("two brushed bars list %d events", rows)
	}
	if q := eval[string](t, ctx, `location.search`); !strings.Contains(q, "pfrom="+from) || !strings.Contains(q, "pto="+to) {
		t.Errorf("the picked period is not in the URL: %s", q)
	}
	shoot(t, ctx, shots, "9-brush")

	// 4. A partner: the largest is drawn on top. Its dyad opens in the
	// direction with more events.
	var dy struct {
		Partners []struct {
			Partner  string `json:"partner"`
			Outgoing struct {
				Events int `json:"events"`
			} `json:"outgoing"`
			Incoming struct {
				Events int `json:"events"`
			} `json:"incoming"`
		} `json:"partners"`
	}
	getJSONWith(t, base+"/v1/dyads?actor=KAZ&limit=10", "", &dy)
	if n := eval[string](t, ctx, `document.querySelector('#dyads').dataset.points`); len(dy.Partners) < 2 || n != fmt.Sprint(len(dy.Partners)) {
		t.Fatalf("partners chart has %s, the API %d", n, len(dy.Partners))
	}
	p := dy.Partners[0]
	src, tgt := "KAZ", p.Partner
	if p.Incoming.Events > p.Outgoing.Events {
		src, tgt = p.Partner, "KAZ"
	}
	// The partners chart's grid: 150 px left, 28 top, 24 bottom (main.ts).
	left, top, _, height := chartOrigin(t, ctx, "#dyads")
	n := float64(len(dy.Partners))
	do(t, ctx, "click partner", chromedp.MouseClickXY(left+160, top+28+(height-28-24)*0.5/n))
	subject := "source=" + src + "&target=" + tgt
	waitJS(t, ctx, "dyad timeline", fmt.Sprintf(`document.querySelector('#timeline').dataset.state === 'ready' && document.querySelector('#timeline').dataset.query.startsWith(%q) && document.querySelector('#events').dataset.state === 'ready' && document.querySelector('#events').dataset.query.startsWith(%q)`, subject, subject))
	title := eval[string](t, ctx, `document.querySelector('#timeline-title').textContent`)
	if a, b, ok := strings.Cut(title, " → "); !ok || !strings.HasPrefix(a, src) || !strings.HasPrefix(b, tgt) {
		t.Errorf("dyad chart title %q, want %s → %s", title, src, tgt)
	}
	_, dyBars := checkChart(t, ctx, base, "")
	if len(dyBars) == 0 {
		t.Errorf("the dyad %s → %s opens on an empty chart", src, tgt)
	}
	evQuery, err := url.ParseQuery(eval[string](t, ctx, `document.querySelector('#events').dataset.query`))
	if err != nil {
		t.Fatal(err)
	}
	checkTable(t, ctx, base, "", subject, evQuery.Get("from"), evQuery.Get("to"))
	if rows := eval[int](t, ctx, `document.querySelectorAll('#events tbody tr[data-id]').length`); rows == 0 {
		t.Errorf("no events listed for %s → %s", src, tgt)
	}
	if hidden := eval[bool](t, ctx, `document.querySelector('#dyad-swap').hidden`); hidden {
		t.Error("no swap button on a dyad")
	}
	shoot(t, ctx, shots, "10-dyad")
}

const (
	readToken  = "read-token-for-the-browser-test"
	adminToken = "admin-token-for-the-browser-test"
)

// setToken types a token into the page's API token field and leaves it,
// as a user would (the page acts on the field's change).
func setToken(t *testing.T, ctx context.Context, tok string) {
	t.Helper()
	eval[bool](t, ctx, `(document.querySelector('#token-input').value = '', true)`)
	do(t, ctx, "token", chromedp.SendKeys(chromedp.CSS("#token-input"), tok))
	eval[bool](t, ctx, `(document.querySelector('#token-input').blur(), true)`)
}

// setTokenReloadRules enters a token on the rules view and waits until the
// list it reloads is rendered with want rules.
func setTokenReloadRules(t *testing.T, ctx context.Context, tok string, want int) {
	t.Helper()
	eval[bool](t, ctx, `(document.querySelector('#rules').dataset.count = '', true)`)
	setToken(t, ctx, tok)
	waitJS(t, ctx, "rules reloaded", fmt.Sprintf(`document.querySelector('#rules').dataset.count === '%d'`, want))
}

type rulesAnswer struct {
	Rules []struct {
		ID string `json:"id"`
	} `json:"rules"`
}

func ruleIDs(t *testing.T, base string) []string {
	t.Helper()
	var rules rulesAnswer
	getJSONWith(t, base+"/v1/alerts/rules", readToken, &rules)
	var ids []string
	for _, r := range rules.Rules {
		ids = append(ids, r.ID)
	}
	return ids
}

// TestTokens runs the page against a server with a read and an admin
// token: without a token the page says it needs one; with the read token
// the timeline loads but making or deleting a rule is refused with the
// reason shown; with the admin token rules are made and deleted.
func TestTokens(t *testing.T) {
	ctx := browser(t)
	shots := artifacts(t)
	base := startKaz(t, auth.Config{Tokens: []string{"read:" + readToken, "admin:" + adminToken}}, adminToken)

	// No token: a clear message, an error state, not a broken page.
	do(t, ctx, "load", chromedp.Navigate(base+"/?actor=KAZ"))
	waitJS(t, ctx, "token message", `document.body.dataset.ready === 'true' && !document.querySelector('#auth-status').hidden && document.querySelector('#timeline').dataset.state === 'error'`)
	if msg := eval[string](t, ctx, `document.querySelector('#auth-status').textContent`); !strings.Contains(msg, "needs an API token") || !strings.Contains(msg, "401") {
		t.Errorf("message without a token: %q", msg)
	}
	if r := eval[string](t, ctx, `document.querySelector('#timeline-receipt').textContent`); !strings.Contains(r, "bearer token") {
		t.Errorf("timeline's error: %q", r)
	}
	if s := eval[string](t, ctx, `document.querySelector('#events').dataset.state`); s != "error" {
		t.Errorf("events table state %q without a token", s)
	}
	shoot(t, ctx, shots, "11-needs-token")

	// The read token: entering it loads the timeline and the table.
	setToken(t, ctx, readToken)
	waitJS(t, ctx, "timeline with the read token", `document.querySelector('#auth-status').hidden && document.querySelector('#timeline').dataset.state === 'ready' && document.querySelector('#events').dataset.state === 'ready'`)
	if _, bars := checkChart(t, ctx, base, readToken); len(bars) < 3 {
		t.Errorf("chart with the read token has %d bars", len(bars))
	}
	if rows := eval[int](t, ctx, `document.querySelectorAll('#events tbody tr[data-id]').length`); rows != len(kazArticles) {
		t.Errorf("table lists %d events with the read token, want %d", rows, len(kazArticles))
	}
	shoot(t, ctx, shots, "12-read-token")

	// A rule with the read token: the 403 is shown at the form.
	do(t, ctx, "alerts view", chromedp.Click(chromedp.CSS(`nav button[data-view="alerts"]`)))
	waitJS(t, ctx, "rules list", `document.querySelector('#rules-status').textContent === 'No rules yet.'`)
	fill := func(id, actor string) {
		t.Helper()
		do(t, ctx, "rule "+id,
			chromedp.SetValue(chromedp.CSS(`#rule-form [name=id]`), id),
			chromedp.SetValue(chromedp.CSS(`#rule-form [name=actor]`), actor),
			chromedp.Click(chromedp.CSS(`#rule-form button[type=submit]`)))
	}
	fill("kaz-watch", "KAZ")
	waitJS(t, ctx, "refusal", `document.querySelector('#rule-form').dataset.state === 'rejected'`)
	if msg := eval[string](t, ctx, `document.querySelector('#rule-form .err[data-for="form"]').textContent`); !strings.Contains(msg, "needs admin") {
		t.Errorf("form's message for a read token: %q", msg)
	}
	if msg := eval[string](t, ctx, `document.querySelector('#auth-status').textContent`); !strings.Contains(msg, "403") {
		t.Errorf("page's message for a read token: %q", msg)
	}
	if ids := ruleIDs(t, base); len(ids) != 0 {
		t.Fatalf("a read token made rules %v", ids)
	}
	shoot(t, ctx, shots, "13-rule-forbidden")

	// The admin token: the same form succeeds; two rules are listed.
	setToken(t, ctx, adminToken)
	waitJS(t, ctx, "message cleared", `document.querySelector('#auth-status').hidden`)
	fill("kaz-watch", "KAZ")
	waitJS(t, ctx, "kaz-watch listed", `document.querySelector('#rule-form').dataset.state === 'created' && document.querySelector('#rules tr[data-id="kaz-watch"]')`)
	fill("kgz-watch", "KGZ")
	waitJS(t, ctx, "kgz-watch listed", `document.querySelector('#rules tr[data-id="kgz-watch"]')`)
	if ids := ruleIDs(t, base); strings.Join(ids, ",") != "kaz-watch,kgz-watch" && strings.Join(ids, ",") != "kgz-watch,kaz-watch" {
		t.Fatalf("rules in the API: %v", ids)
	}

	// 2. Deleting: refused with the read token (and said so), done with the
	// admin token, and only the rule clicked goes.
	deleteBtn := `#rules tr[data-id="kaz-watch"] button`
	// A new token reloads the list; click only once the reload has
	// rendered, or the button clicked is the one being replaced.
	setTokenReloadRules(t, ctx, readToken, 2)
	do(t, ctx, "delete with the read token", chromedp.Click(chromedp.CSS(deleteBtn)))
	waitJS(t, ctx, "delete refused", `document.querySelector('#rules-status').textContent.includes('needs admin')`)
	if n := eval[int](t, ctx, `document.querySelectorAll('#rules tr[data-id="kaz-watch"]').length`); n != 1 {
		t.Errorf("a refused delete took the rule off the page")
	}
	if ids := ruleIDs(t, base); len(ids) != 2 {
		t.Fatalf("a read token deleted a rule: %v left", ids)
	}
	setTokenReloadRules(t, ctx, adminToken, 2)
	do(t, ctx, "delete with the admin token", chromedp.Click(chromedp.CSS(deleteBtn)))
	waitJS(t, ctx, "rule gone", `!document.querySelector('#rules tr[data-id="kaz-watch"]') && document.querySelector('#rules').dataset.count === '1'`)
	if n := eval[int](t, ctx, `document.querySelectorAll('#rules tr[data-id="kgz-watch"]').length`); n != 1 {
		t.Error("the other rule left the page too")
	}
	if ids := ruleIDs(t, base); len(ids) != 1 || ids[0] != "kgz-watch" {
		t.Errorf("rules in the API after the delete: %v, want [kgz-watch]", ids)
	}
	if s := eval[string](t, ctx, `document.querySelector('#rules-status').textContent`); s != "" {
		t.Errorf("status after a successful delete: %q", s)
	}
	shoot(t, ctx, shots, "14-rule-deleted")
}
