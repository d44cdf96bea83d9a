package demo

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// sentenceEnd matches the end of a sentence in English or Arabic copy.
var sentenceEnd = regexp.MustCompile(`[.!?؟](\s|$)`)

func TestArticlesParseAndAreComplete(t *testing.T) {
	arts, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 6 {
		t.Fatalf("got %d articles, want 6", len(arts))
	}
	langs := map[string]int{}
	urls := map[string]bool{}
	for i, a := range arts {
		for field, v := range map[string]string{"url": a.URL, "outlet": a.Outlet, "title": a.Title, "body": a.Body, "published": a.Published, "lang": a.Lang} {
			if strings.TrimSpace(v) == "" {
				t.Errorf("article %d (%s): empty %s", i, a.URL, field)
			}
		}
		if !strings.HasPrefix(a.URL, "https://example.org/") {
			t.Errorf("article %d: URL %q is not a demo URL", i, a.URL)
		}
		if urls[a.URL] {
			t.Errorf("article %d: duplicate URL %q", i, a.URL)
		}
		urls[a.URL] = true
		if _, err := time.Parse(time.RFC3339, a.Published); err != nil {
			t.Errorf("article %d: published %q: %v", i, a.Published, err)
		}
		langs[a.Lang]++
		if n := len(sentenceEnd.FindAllStringIndex(a.Body, -1)); n < 3 || n > 6 {
			t.Errorf("article %d: body has %d sentences, want 3-6", i, n)
		}
	}
	if langs["en"] != 3 || langs["ar"] != 3 {
		t.Errorf("languages %v, want 3 en and 3 ar", langs)
	}
}

func TestArticlesSortedByFileName(t *testing.T) {
	arts, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	// File names start 01..06; the first two are the same event from two
	// outlets, which the distinct-events feature relies on.
	if arts[0].Outlet == arts[1].Outlet || arts[0].Published[:10] != arts[1].Published[:10] {
		t.Errorf("articles 0 and 1 should be one day's event from two outlets: %q %s, %q %s",
			arts[0].Outlet, arts[0].Published, arts[1].Outlet, arts[1].Published)
	}
	order := []string{"Nagorno-Karabakh", "Nagorno-Karabakh", "Quito", "روسيا", "سيول", "بيشكيك"}
	for i, w := range order {
		if !strings.Contains(arts[i].Body, w) {
			t.Errorf("article %d body does not mention %q: files not in name order?", i, w)
		}
	}
}
