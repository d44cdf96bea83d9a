package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/events"
)

var orgs = map[string]bool{"EU": true, "UN": true, "IAEA": true, "NATO": true, "CSTO": true}

func actor(key string) events.Actor {
	switch {
	case key == "":
		return events.Actor{}
	case orgs[key]:
		return events.Actor{Code: "IGO" + key, Org: key}
	default:
		return events.Actor{Code: key, Country: key}
	}
}

// ev is a coded event from src to tgt with a full CAMEO code, filled from
// the events tables like a real coder's.
func ev(t *testing.T, src, tgt, cameo string) events.EventCoded {
	t.Helper()
	e := events.EventCoded{Source: actor(src), Target: actor(tgt), CAMEO: cameo}
	if err := e.Fill(); err != nil {
		t.Fatal(err)
	}
	return e
}

func negated(e events.EventCoded) events.EventCoded {
	e.Negated = true
	return e
}

func gold(src, tgt, roots string, required bool) GoldEvent {
	return GoldEvent{Source: strings.Split(src, ","), Target: strings.Split(tgt, ","), Roots: strings.Split(roots, ","), Required: required}
}

// fixed is a coder that returns canned output per document id.
func fixed(out map[string][]events.EventCoded, fail map[string]error) CodeFunc {
	return func(d GoldDoc) ([]events.EventCoded, error) {
		if err := fail[d.ID]; err != nil {
			return nil, err
		}
		return out[d.ID], nil
	}
}

func TestScoreDocument(t *testing.T) {
	for _, tc := range []struct {
		name            string
		gold            []GoldEvent
		coded           []events.EventCoded
		required        int
		matched         int
		optionalMatched int
		triples         int
		falsePositives  int
		misses          int
	}{
		{
			name:    "one gold event takes one triple, not two",
			gold:    []GoldEvent{gold("ISR", "LBN", "18,19", true)},
			coded:   []events.EventCoded{ev(t, "ISR", "LBN", "183"), ev(t, "ISR", "LBN", "195")},
			triples: 2, required: 1, matched: 1, falsePositives: 1,
		},
		{
			name:    "codes of one root are one triple",
			gold:    []GoldEvent{gold("CHN", "CSTO", "05", true)},
			coded:   []events.EventCoded{ev(t, "CHN", "CSTO", "051"), ev(t, "CHN", "CSTO", "050"), ev(t, "CHN", "CSTO", "057")},
			triples: 1, required: 1, matched: 1,
		},
		{
			// Taken in order, gold 1 would grab ARM->AZE 04 and leave gold 2
			// nothing; the maximum matching gives each its own triple.
			name: "matching is maximum, not first come",
			gold: []GoldEvent{gold("ARM,AZE", "AZE,ARM", "03,04", true), gold("ARM", "AZE", "04", true)},
			coded: []events.EventCoded{
				ev(t, "ARM", "AZE", "046"), ev(t, "AZE", "ARM", "036"),
			},
			triples: 2, required: 2, matched: 2,
		},
		{
			// The optional event comes first and accepts the only triple, but
			// the required one must get it or recall is understated.
			name:    "required events are preferred",
			gold:    []GoldEvent{gold("USA", "IRN", "16,17", false), gold("USA", "IRN", "16", true)},
			coded:   []events.EventCoded{ev(t, "USA", "IRN", "163")},
			triples: 1, required: 1, matched: 1,
		},
		{
			name:    "optional event excuses its triple",
			gold:    []GoldEvent{gold("EGY", "USA", "04", true), gold("USA", "EGY", "04", false)},
			coded:   []events.EventCoded{ev(t, "EGY", "USA", "043"), ev(t, "USA", "EGY", "042")},
			triples: 2, required: 1, matched: 1, optionalMatched: 1,
		},
		{
			name:    "optional event alone does not make recall",
			gold:    []GoldEvent{gold("EGY", "USA", "04", true), gold("USA", "EGY", "04", false)},
			coded:   []events.EventCoded{ev(t, "USA", "EGY", "042")},
			triples: 1, required: 1, optionalMatched: 1, misses: 1,
		},
		{
			name:    "negated events are ignored",
			gold:    []GoldEvent{gold("IND", "RUS", "11", true)},
			coded:   []events.EventCoded{negated(ev(t, "IND", "RUS", "111")), negated(ev(t, "IND", "UN", "051"))},
			triples: 0, required: 1, misses: 1,
		},
		{
			name:    "a negated and an asserted event of the same triple count once",
			gold:    []GoldEvent{gold("IND", "RUS", "11", true)},
			coded:   []events.EventCoded{negated(ev(t, "IND", "RUS", "111")), ev(t, "IND", "RUS", "112")},
			triples: 1, required: 1, matched: 1,
		},
		{
			name:    "no gold events: every triple is false",
			gold:    []GoldEvent{},
			coded:   []events.EventCoded{ev(t, "IND", "RUS", "111"), ev(t, "RUS", "IND", "040")},
			triples: 2, falsePositives: 2,
		},
		{
			name:    "no gold events, none coded",
			gold:    nil,
			coded:   nil,
			triples: 0,
		},
		{
			name:    "empty target key matches \"\"",
			gold:    []GoldEvent{gold("SDN", "SDN,", "14", true)},
			coded:   []events.EventCoded{ev(t, "SDN", "", "141")},
			triples: 1, required: 1, matched: 1,
		},
		{
			name:    "org is the key, not the seat country",
			gold:    []GoldEvent{gold("EU", "ARM", "02,10", true)},
			coded:   []events.EventCoded{{Source: events.Actor{Country: "BEL", Org: "EU"}, Target: actor("ARM"), CAMEO: "026", Root: "02"}},
			triples: 1, required: 1, matched: 1,
		},
		{
			name:    "root taken from the CAMEO code when Root is empty",
			gold:    []GoldEvent{gold("RUS", "FIN", "15", true)},
			coded:   []events.EventCoded{{Source: actor("RUS"), Target: actor("FIN"), CAMEO: "154"}},
			triples: 1, required: 1, matched: 1,
		},
		{
			name:    "wrong direction is a miss and a false positive",
			gold:    []GoldEvent{gold("POL", "BLR", "11", true)},
			coded:   []events.EventCoded{ev(t, "BLR", "POL", "112")},
			triples: 1, required: 1, misses: 1, falsePositives: 1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := GoldDoc{ID: "d", Lang: "en", Text: "text", Events: tc.gold}
			r, err := Score([]GoldDoc{doc}, fixed(map[string][]events.EventCoded{"d": tc.coded}, nil))
			if err != nil {
				t.Fatal(err)
			}
			d := r.Docs[0]
			got := [6]int{d.Required, d.Matched, d.OptionalMatched, len(d.Triples), len(d.FalsePositives), len(d.Misses)}
			want := [6]int{tc.required, tc.matched, tc.optionalMatched, tc.triples, tc.falsePositives, tc.misses}
			if got != want {
				t.Fatalf("required, matched, optional, triples, false positives, misses = %v, want %v\n%+v", got, want, d)
			}
			c := r.Overall
			if c.Correct != tc.triples-tc.falsePositives || c.Matched != tc.matched || c.Required != tc.required {
				t.Fatalf("overall %+v", c)
			}
		})
	}
}

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreLanguagesPairsAndErrors(t *testing.T) {
	docs := []GoldDoc{
		// pair 1: both languages code the same triple: agree.
		{ID: "en-1", Pair: "1", Lang: "en", Text: "Saudi Arabia condemned Israel.", Events: []GoldEvent{gold("SAU", "ISR", "11", true)}},
		{ID: "ar-1", Pair: "1", Lang: "ar", Text: "أدانت السعودية إسرائيل.", Events: []GoldEvent{gold("SAU", "ISR", "11", true)}},
		// pair 2: Arabic misses the event: disagree.
		{ID: "en-2", Pair: "2", Lang: "en", Text: "Japan sent aid to Ukraine.", Events: []GoldEvent{gold("JPN", "UKR", "07,03", true)}},
		{ID: "ar-2", Pair: "2", Lang: "ar", Text: "أرسلت اليابان مساعدات إلى أوكرانيا.", Events: []GoldEvent{gold("JPN", "UKR", "07,03", true)}},
		// pair 3: same (empty) output, but the coder failed on English: disagree.
		{ID: "en-3", Pair: "3", Lang: "en", Text: "Russia deployed troops.", Events: []GoldEvent{gold("RUS", "FIN", "15", true)}},
		{ID: "ar-3", Pair: "3", Lang: "ar", Text: "نشرت روسيا قوات.", Events: []GoldEvent{gold("RUS", "FIN", "15", true)}},
		// pair 4 has one language only: not a pair for agreement.
		{ID: "en-4", Pair: "4", Lang: "en", Text: "India abstained.", Events: nil},
		// no pair.
		{ID: "en-5", Lang: "en", Text: "Poland accused Belarus.", Events: []GoldEvent{gold("POL", "BLR", "11", true)}},
	}
	out := map[string][]events.EventCoded{
		"en-1": {ev(t, "SAU", "ISR", "111")},
		"ar-1": {ev(t, "SAU", "ISR", "111")},
		"en-2": {ev(t, "JPN", "UKR", "073")},
		"ar-2": {ev(t, "JPN", "UKR", "010")},
		"en-4": {ev(t, "IND", "UN", "010")},
		"en-5": {ev(t, "POL", "BLR", "1125"), ev(t, "POL", "BLR", "163")},
	}
	r, err := Score(docs, fixed(out, map[string]error{"en-3": errors.New("tokeniser\nexploded")}))
	if err != nil {
		t.Fatal(err)
	}

	en, ar := r.ByLang["en"], r.ByLang["ar"]
	// en: required 4 (1,2,3,5), matched 3 (1,2,5); triples 1+1+0+1+2 = 5, correct 3.
	if en.Documents != 5 || en.Required != 4 || en.Matched != 3 || en.Triples != 5 || en.Correct != 3 || en.Errors != 1 {
		t.Errorf("en counts %+v", *en)
	}
	if !approx(en.Recall, 0.75) || !approx(en.Precision, 0.6) || !approx(en.F1, 2*0.75*0.6/1.35) {
		t.Errorf("en scores %+v", *en)
	}
	// ar: required 3, matched 1; triples 2, correct 1.
	if ar.Documents != 3 || ar.Required != 3 || ar.Matched != 1 || ar.Triples != 2 || ar.Correct != 1 || ar.Errors != 0 {
		t.Errorf("ar counts %+v", *ar)
	}
	o := r.Overall
	if o.Documents != 8 || o.Required != 7 || o.Matched != 4 || o.Triples != 7 || o.Correct != 4 || o.Errors != 1 {
		t.Errorf("overall counts %+v", o)
	}
	if langs := r.Languages(); !reflect.DeepEqual(langs, []string{"ar", "en"}) {
		t.Errorf("Languages() = %v", langs)
	}
	if f := r.F1("en"); f != en.F1 || f == 0 {
		t.Errorf("F1(en) = %v, want %v", f, en.F1)
	}
	if f := r.F1(""); f != r.OverallF1() || !approx(f, 2*(4.0/7)*(4.0/7)/(8.0/7)) {
		t.Errorf("F1(\"\") = %v; overall %v", f, r.OverallF1())
	}
	if f := r.F1("fr"); f != 0 {
		t.Errorf("F1(fr) = %v for a language not in the gold set, want 0", f)
	}

	var en3 DocResult
	for _, d := range r.Docs {
		if d.ID == "en-3" {
			en3 = d
		}
	}
	if en3.Error != "tokeniser\nexploded" || len(en3.Misses) != 1 || len(en3.Triples) != 0 {
		t.Errorf("en-3 %+v", en3)
	}

	p := r.Pairs
	if p.Pairs != 3 || p.Agree != 1 || !approx(p.Rate, 1.0/3) {
		t.Errorf("pairs %+v", p)
	}
	if len(p.Disagreements) != 2 || p.Disagreements[0].Pair != "2" || p.Disagreements[1].Pair != "3" {
		t.Fatalf("disagreements %+v", p.Disagreements)
	}
	if rd := p.Disagreements[1].Renderings; len(rd) != 2 || rd[0].Error == "" {
		t.Errorf("pair 3 renderings %+v", rd)
	}

	// JSON carries everything and reads back the same.
	b, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, r) {
		t.Errorf("JSON round trip differs:\n%s", b)
	}

	var short, long bytes.Buffer
	if err := r.WriteText(&short, false); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteText(&long, true); err != nil {
		t.Fatal(err)
	}
	s := short.String()
	lines := strings.Split(s, "\n")
	if len(lines) < 4 || !strings.Contains(lines[0], "precision") || !strings.HasPrefix(strings.TrimSpace(lines[1]), "ar ") ||
		!strings.HasPrefix(strings.TrimSpace(lines[2]), "en ") || !strings.HasPrefix(strings.TrimSpace(lines[3]), "all ") {
		t.Fatalf("table:\n%s", s)
	}
	for _, l := range lines[1:4] {
		if len(l) != len(lines[0]) {
			t.Errorf("table not aligned:\n%s", s)
			break
		}
	}
	if !strings.Contains(lines[2], "0.750") || !strings.Contains(lines[2], "0.600") {
		t.Errorf("en row %q lacks recall 0.750 and precision 0.600", lines[2])
	}
	if !strings.Contains(s, "pair agreement: 1 of 3 reports (0.333)") {
		t.Errorf("no pair agreement line:\n%s", s)
	}
	if strings.Contains(s, "missed") || strings.Contains(s, "false positive") {
		t.Errorf("errors shown without showErrors:\n%s", s)
	}
	l := long.String()
	for _, want := range []string{
		"ar-2 [ar] أرسلت اليابان مساعدات إلى أوكرانيا.",
		"missed:         JPN -> UKR 07|03",
		"false positive: JPN -> UKR 01",
		"en-3 [en] Russia deployed troops.",
		"coder error: tokeniser exploded",
		"en-4 [en] India abstained.",
		"false positive: IND -> UN 01",
		"false positive: POL -> BLR 16",
		"pair 2\n    en-2 [en]: JPN -> UKR 07\n    ar-2 [ar]: JPN -> UKR 01\n",
		"en-3 [en]: coder error: tokeniser exploded",
	} {
		if !strings.Contains(l, want) {
			t.Errorf("showErrors output lacks %q:\n%s", want, l)
		}
	}
	if strings.Contains(l, "en-1 [en]") {
		t.Errorf("a correct document is listed among errors:\n%s", l)
	}
}

func TestScoreRejectsBadInput(t *testing.T) {
	ok := GoldDoc{ID: "a", Lang: "en", Text: "t"}
	none := fixed(nil, nil)
	for name, tc := range map[string]struct {
		docs []GoldDoc
		code CodeFunc
	}{
		"no documents": {nil, none},
		"no coder":     {[]GoldDoc{ok}, nil},
		"duplicate id": {[]GoldDoc{ok, ok}, none},
		"no lang":      {[]GoldDoc{{ID: "b", Text: "t"}}, none},
		"bad root":     {[]GoldDoc{{ID: "b", Lang: "en", Text: "t", Events: []GoldEvent{gold("A", "B", "99", true)}}}, none},
	} {
		if _, err := Score(tc.docs, tc.code); err == nil {
			t.Errorf("%s: Score accepted it", name)
		}
	}
}

func TestWriteTextReportsWriteErrors(t *testing.T) {
	r, err := Score([]GoldDoc{{ID: "a", Lang: "en", Text: "t"}}, fixed(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.WriteText(failingWriter{}, true); err == nil {
		t.Fatal("write error not reported")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("pipe closed") }

// An oracle that codes exactly the first alternative of every required gold
// event scores 1 everywhere on the dev set, and a coder that finds nothing
// scores recall 0: the scorer and the gold file agree with each other.
func TestDevGoldOracleAndEmpty(t *testing.T) {
	docs := readDev(t)
	oracle := func(d GoldDoc) ([]events.EventCoded, error) {
		var out []events.EventCoded
		for _, g := range d.Events {
			if g.Required {
				out = append(out, events.EventCoded{Source: actor(g.Source[0]), Target: actor(g.Target[0]), CAMEO: g.Roots[0] + "0", Root: g.Roots[0]})
			}
		}
		return out, nil
	}
	r, err := Score(docs, oracle)
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Recall != 1 || r.Overall.Precision != 1 || r.Overall.F1 != 1 || r.Pairs.Pairs != 30 || r.Pairs.Rate != 1 {
		var b bytes.Buffer
		_ = r.WriteText(&b, true)
		t.Fatalf("oracle: %+v pairs %+v\n%s", r.Overall, r.Pairs, b.String())
	}
	empty, err := Score(docs, fixed(nil, nil))
	if err != nil {
		t.Fatal(err)
	}
	if empty.Overall.Recall != 0 || empty.Overall.Triples != 0 || empty.Overall.F1 != 0 || empty.Overall.Required == 0 {
		t.Fatalf("empty coder: %+v", empty.Overall)
	}
}
