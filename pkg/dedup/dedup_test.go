package dedup

import (
	"fmt"
	"strings"
	"testing"
)

func TestCanonicalURL(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://Example.ORG:443/a/b?utm_source=x&b=2&a=1&fbclid=zz#top": "https://example.org/a/b?a=1&b=2",
		"http://example.org":                             "http://example.org/",
		"http://example.org:8080/x?gclid=1":              "http://example.org:8080/x",
		"https://news.example/story?id=7&UTM_MEDIUM=rss": "https://news.example/story?id=7",
		"not a url": "not a url",
	} {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}

const wire = `Kazakhstan's president said on Thursday that troops from the Collective Security Treaty Organisation would begin leaving the country within two days, after a week of unrest in which dozens of people were killed and hundreds detained. The Russian-led alliance sent more than two thousand soldiers at his request after protests over fuel prices turned violent in Almaty and other cities. Officials said order had been restored across the country and that the mission had fulfilled its task.`

const other = `The central bank raised its main interest rate by half a point on Friday, citing inflation that has stayed above its target for a year, and signalled that further increases were likely if food and energy prices kept rising through the winter months, according to a statement published after the meeting of its board in the capital.`

func sig(t *testing.T, text string) *Signature {
	t.Helper()
	s, ok := MinHash(text, DefaultMinWords)
	if !ok {
		t.Fatalf("not signed: %q", text)
	}
	return &s
}

func TestMinHashSimilarity(t *testing.T) {
	a := sig(t, wire)
	// Syndicated copies: a dateline, other punctuation and case, a word changed.
	for _, c := range []string{
		"ALMATY (Reuters) - " + wire,
		strings.ToUpper(strings.ReplaceAll(wire, ",", "")),
		"ALMATY (AP) — " + strings.Replace(wire, "dozens", "scores", 1),
	} {
		if s := Similarity(a, sig(t, c)); s < DefaultThreshold {
			t.Errorf("copy at similarity %.2f: %.40q", s, c)
		}
	}
	if s := Similarity(a, sig(t, other)); s > 0.2 {
		t.Errorf("unrelated story at similarity %.2f", s)
	}
	// Half the story rewritten is not a copy.
	half := wire[:len(wire)/2] + " " + other
	if s := Similarity(a, sig(t, half)); s >= DefaultThreshold {
		t.Errorf("half-rewritten story at similarity %.2f", s)
	}
	if _, ok := MinHash("Too short to compare.", DefaultMinWords); ok {
		t.Error("short text signed")
	}
	// Arabic is split into words too.
	if w := Words("قالت وزارة الخارجية، اليوم"); len(w) != 4 {
		t.Errorf("Arabic words %q", w)
	}
}

func TestIndexNearAndEviction(t *testing.T) {
	ix := NewIndex(Options{Capacity: 4})
	ix.Add("first", "https://a.example/1", sig(t, wire), true)
	if m, ok := ix.Near(sig(t, "ALMATY (Reuters) - "+wire)); !ok || m.ID != "first" || m.Similarity < 0.7 {
		t.Fatalf("copy not found: %+v %v", m, ok)
	}
	if m, ok := ix.Near(sig(t, other)); ok {
		t.Fatalf("unrelated matched: %+v", m)
	}
	if id, ok := ix.LookupURL("https://a.example/1"); !ok || id != "first" {
		t.Errorf("url lookup %q %v", id, ok)
	}
	for i := 0; i < 4; i++ {
		ix.Add(fmt.Sprint("other", i), fmt.Sprintf("https://b.example/%d", i), sig(t, fmt.Sprint(other, " number ", i)), true)
	}
	if _, ok := ix.LookupURL("https://a.example/1"); ok {
		t.Error("evicted URL still found")
	}
	if m, ok := ix.Near(sig(t, wire)); ok {
		t.Errorf("evicted article still found: %+v", m)
	}
	if ix.Len() != 4 {
		t.Errorf("len %d", ix.Len())
	}
	// The threshold is configurable: a strict index refuses the edited copy.
	strict := NewIndex(Options{Threshold: 0.99})
	strict.Add("x", "", sig(t, wire), true)
	if m, ok := strict.Near(sig(t, "ALMATY (AP) — "+strings.Replace(wire, "dozens", "scores", 1))); ok {
		t.Errorf("threshold 0.99 matched %+v", m)
	}
	off := NewIndex(Options{Threshold: -1})
	off.Add("x", "", sig(t, wire), true)
	if _, ok := off.Near(sig(t, wire)); ok {
		t.Error("disabled index matched")
	}
}

func TestIndexRemove(t *testing.T) {
	ix := NewIndex(Options{Capacity: 8})
	s := sig(t, wire)
	slot := ix.Add("a", "https://x.example/a", s, true)
	ix.Remove(slot, "other") // wrong id: kept
	if _, ok := ix.Near(s); !ok {
		t.Fatal("removed by a wrong id")
	}
	ix.Remove(slot, "a")
	if _, ok := ix.Near(s); ok {
		t.Fatal("signature kept after Remove")
	}
	if _, ok := ix.LookupURL("https://x.example/a"); ok {
		t.Fatal("URL kept after Remove")
	}
}

func BenchmarkMinHash(b *testing.B) {
	text := strings.Repeat(wire+" ", 4)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		MinHash(text, DefaultMinWords)
	}
}
