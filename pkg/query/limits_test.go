package query

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/pkg/httpx"
)

// TestQueryCostLimits: questions whose answers would be too large are 400s
// naming the parameter to change; the nearest affordable ones are answered.
func TestQueryCostLimits(t *testing.T) {
	f := newFixture(t)
	words := func(n int) string { return url.QueryEscape(strings.TrimSpace(strings.Repeat("china ", n))) }
	refused := []struct{ path, param string }{
		// 22 years by day: about 8,000 buckets.
		{"/v1/timeline?actor=KAZ&from=2000-01-01&to=2022-01-01&interval=day", "interval"},
		// 4 years by day and full CAMEO code: about 450,000 cells.
		{"/v1/timeline?actor=KAZ&from=2019-01-01&to=2022-12-31&interval=day&by=cameo", "by"},
		{"/v1/events?q=" + words(maxWords+1), "q"},
		{"/v1/events?cursor=" + strings.Repeat("a", maxValueLen+1), "cursor"},
		{"/v1/actors?prefix=" + strings.Repeat("A", maxValueLen+1), "prefix"},
	}
	for _, c := range refused {
		res, body := f.get(t, c.path)
		var p httpx.Problem
		if err := json.Unmarshal(body, &p); err != nil || res.StatusCode != 400 || p.Param != c.param {
			t.Errorf("GET %.90s: %d %s, want 400 naming %q", c.path, res.StatusCode, body, c.param)
		}
	}
	answered := []string{
		"/v1/timeline?actor=KAZ&from=1925-01-01&to=2024-12-31&interval=week", // the whole 100-year range by week
		"/v1/timeline?actor=KAZ&from=2010-01-01&to=2022-12-31&interval=day&by=root",
		"/v1/timeline?actor=KAZ&from=2022-01-01&to=2022-12-31&interval=day&by=cameo",
		"/v1/events?q=" + words(maxWords),
	}
	for _, path := range answered {
		if res, body := f.get(t, path); res.StatusCode != 200 {
			t.Errorf("GET %s: %d %s, want 200", path, res.StatusCode, body)
		}
	}
}
