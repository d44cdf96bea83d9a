package events

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestArticleIDFoldsWhiteSpace(t *testing.T) {
	base := ArticleID("China backs CSTO", "Wang Yi said China supports the deployment.\nIt is welcome.")
	for _, v := range [][2]string{
		{"  China backs CSTO ", "Wang Yi said China supports the deployment. It is welcome."},
		{"China\tbacks\u00a0CSTO", "Wang Yi  said China supports\r\nthe deployment.\n\nIt is welcome.  "},
		{"\nChina backs CSTO\n", "\u2003Wang Yi said China supports the deployment.\u3000It is welcome."},
	} {
		if got := ArticleID(v[0], v[1]); got != base {
			t.Errorf("ArticleID(%q, %q) = %s, want %s", v[0], v[1], got, base)
		}
	}
}

// The id is persisted (it keys the ARTICLES stream's dedup and every coded
// event), so its definition is pinned here independently of the code.
func TestArticleIDDefinition(t *testing.T) {
	sum := sha256.Sum256([]byte("geotrack/article/v1\nالصين تدعم\nنص الخبر"))
	want := hex.EncodeToString(sum[:])
	if got := ArticleID(" الصين  تدعم ", "نص\tالخبر\n"); got != want {
		t.Fatalf("ArticleID = %s, want %s", got, want)
	}
}

func TestArticleIDDistinguishes(t *testing.T) {
	ids := map[string][2]string{}
	for _, v := range [][2]string{
		{"Title", "Body text"},
		{"Title", "Body  text."},
		{"title", "Body text"},
		{"Title Body", "text"},  // the title/body boundary matters
		{"", "Title Body text"}, // so does an absent title
		{"Title", "Bodytext"},   // removing a space is not folding it
	} {
		id := ArticleID(v[0], v[1])
		if len(id) != 64 {
			t.Fatalf("ArticleID length %d", len(id))
		}
		if prev, ok := ids[id]; ok {
			t.Errorf("ArticleID(%q) == ArticleID(%q)", v, prev)
		}
		ids[id] = v
	}
}

func TestEventIDDeterministicAndSensitive(t *testing.T) {
	type in struct {
		article string
		index   int
		src     Actor
		tgt     Actor
		cameo   string
		negated bool
		version string
		dict    string
	}
	base := in{"art", 2, Actor{Code: "CHNGOV", Country: "CHN"}, Actor{Code: "IGOCSTO", Org: "CSTO"}, "051", false, "v1", "sha256:d"}
	id := func(x in) string {
		return EventID(x.article, x.index, x.src, x.tgt, x.cameo, x.negated, x.version, x.dict)
	}
	first := id(base)
	if len(first) != 32 {
		t.Fatalf("EventID length %d", len(first))
	}
	if id(base) != first {
		t.Fatal("EventID not deterministic")
	}
	// Name and role are not part of the identity: re-resolving "the minister"
	// to a name must not change the event's id.
	same := base
	same.src.Name, same.tgt.Role = "Wang Yi", "GOV"
	if id(same) != first {
		t.Error("EventID depends on actor name/role")
	}
	for name, mutate := range map[string]func(*in){
		"article":        func(x *in) { x.article = "art2" },
		"sentence":       func(x *in) { x.index = 3 },
		"source code":    func(x *in) { x.src.Code = "CHN" },
		"source country": func(x *in) { x.src.Country = "KAZ" },
		"target org":     func(x *in) { x.tgt.Org = "UN" },
		"target absent":  func(x *in) { x.tgt = Actor{} },
		"swap actors":    func(x *in) { x.src, x.tgt = x.tgt, x.src },
		"cameo":          func(x *in) { x.cameo = "050" },
		"negated":        func(x *in) { x.negated = true },
		"coder version":  func(x *in) { x.version = "v2" },
		"dictionary":     func(x *in) { x.dict = "sha256:e" },
		// Field boundaries are delimited: moving a character from one field
		// to the next is a different event.
		"boundary": func(x *in) { x.version, x.dict = "v1s", "ha256:d" },
	} {
		x := base
		mutate(&x)
		if id(x) == first {
			t.Errorf("changing %s did not change the EventID", name)
		}
	}
}
