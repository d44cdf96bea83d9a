package cluster_test

import (
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/cluster"
	"github.com/geotrack/geotrack/pkg/coder"
)

// TestNewsArticleIsCoded: the synthetic feed must give the coder events to
// find, or the process tests would compare empty projections.
func TestNewsArticleIsCoded(t *testing.T) {
	c, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	total, bodies := 0, map[string]bool{}
	for i := range 50 {
		a := cluster.NewsArticle(i, 4, 3)
		if bodies[a.Body] {
			t.Fatalf("article %d repeats an earlier body", i)
		}
		bodies[a.Body] = true
		if again := cluster.NewsArticle(i, 4, 3); again != a {
			t.Fatalf("article %d differs between calls", i)
		}
		pub, _ := time.Parse(time.DateOnly, a.Published)
		evs, err := c.Code(coder.Document{ID: "t", Text: a.Body, Lang: a.Lang, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		total += len(evs)
	}
	if total < 50 {
		t.Fatalf("50 articles with 3 codable sentences each gave %d events", total)
	}
	t.Logf("50 articles: %d events", total)
}
