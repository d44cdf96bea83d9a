package eval

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/geotrack/geotrack/events"
)

// CodeFunc runs the coder under test on one gold document.
type CodeFunc func(GoldDoc) ([]events.EventCoded, error)

// Triple is what scoring compares: who did what (root) to whom, by actor
// key (Actor.Key: org, else country; "" for no target).
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Root   string `json:"root"`
}

func (t Triple) String() string {
	return keyText(t.Source) + " -> " + keyText(t.Target) + " " + t.Root
}

func keyText(k string) string {
	if k == "" {
		return "-"
	}
	return k
}

// Counts are the scores of a set of documents.
type Counts struct {
	Documents int `json:"documents"`
	// Required gold events, and how many of them the coder matched.
	Required int `json:"required"`
	Matched  int `json:"matched"`
	// OptionalMatched counts triples excused by optional gold events.
	OptionalMatched int `json:"optional_matched"`
	// Triples the coder produced (distinct per document), and how many
	// matched a gold event.
	Triples int `json:"triples"`
	Correct int `json:"correct"`
	// Errors counts documents the coder failed on.
	Errors int `json:"errors"`
	// Precision = Correct/Triples, Recall = Matched/Required. An empty
	// denominator scores 1: nothing claimed is nothing wrong, nothing
	// required is nothing missed.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c *Counts) add(d DocResult) {
	c.Documents++
	c.Required += d.Required
	c.Matched += d.Matched
	c.OptionalMatched += d.OptionalMatched
	c.Triples += len(d.Triples)
	c.Correct += len(d.Triples) - len(d.FalsePositives)
	if d.Error != "" {
		c.Errors++
	}
}

func (c *Counts) finish() {
	c.Precision = ratio(c.Correct, c.Triples)
	c.Recall = ratio(c.Matched, c.Required)
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

func ratio(num, den int) float64 {
	if den == 0 {
		return 1
	}
	return float64(num) / float64(den)
}

// DocResult is the scoring of one document.
type DocResult struct {
	ID              string `json:"id"`
	Pair            string `json:"pair,omitempty"`
	Lang            string `json:"lang"`
	Text            string `json:"text"`
	Required        int    `json:"required"`
	Matched         int    `json:"matched"`
	OptionalMatched int    `json:"optional_matched"`
	// Triples are the coder's distinct triples, sorted.
	Triples []Triple `json:"triples"`
	// Misses are the required gold events left unmatched.
	Misses []GoldEvent `json:"misses"`
	// FalsePositives are the triples no gold event took.
	FalsePositives []Triple `json:"false_positives"`
	// Error is the coder's error on this document, if any; its required
	// events then count as missed.
	Error string `json:"error,omitempty"`
}

// Rendering is one language's version of a paired report.
type Rendering struct {
	ID      string   `json:"id"`
	Lang    string   `json:"lang"`
	Triples []Triple `json:"triples"`
	Error   string   `json:"error,omitempty"`
}

// PairResult is a report whose renderings did not give the same triples.
type PairResult struct {
	Pair       string      `json:"pair"`
	Renderings []Rendering `json:"renderings"`
}

// PairAgreement measures whether the coder says the same thing about the
// same report in different languages: over every pair with renderings in
// at least two languages, the fraction whose renderings all give the same
// set of triples. A rendering the coder failed on disagrees.
type PairAgreement struct {
	Pairs         int          `json:"pairs"`
	Agree         int          `json:"agree"`
	Rate          float64      `json:"rate"`
	Disagreements []PairResult `json:"disagreements"`
}

// Report is the outcome of Score.
type Report struct {
	// ByLang are the scores per language (the gold documents' lang).
	ByLang  map[string]*Counts `json:"languages"`
	Overall Counts             `json:"overall"`
	Pairs   PairAgreement      `json:"pairs"`
	Docs    []DocResult        `json:"docs"`
}

// Score runs code on every document and scores its output. A coder error
// on one document is recorded in the report (the document's required
// events count as missed) and scoring goes on; Score itself fails only on
// invalid input: no documents, no coder, an invalid document or a repeated
// id.
func Score(docs []GoldDoc, code CodeFunc) (*Report, error) {
	if len(docs) == 0 {
		return nil, errors.New("eval: no gold documents")
	}
	if code == nil {
		return nil, errors.New("eval: no coder")
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		if seen[d.ID] {
			return nil, fmt.Errorf("eval: id %q appears twice", d.ID)
		}
		seen[d.ID] = true
	}

	r := &Report{ByLang: map[string]*Counts{}, Docs: make([]DocResult, 0, len(docs))}
	for _, d := range docs {
		res := DocResult{ID: d.ID, Pair: d.Pair, Lang: d.Lang, Text: d.Text}
		coded, err := code(d)
		if err != nil {
			res.Error = err.Error()
			coded = nil
		}
		res.Triples = triples(coded)
		scoreDoc(d.Events, &res)
		r.Docs = append(r.Docs, res)

		c := r.ByLang[d.Lang]
		if c == nil {
			c = &Counts{}
			r.ByLang[d.Lang] = c
		}
		c.add(res)
		r.Overall.add(res)
	}
	for _, c := range r.ByLang {
		c.finish()
	}
	r.Overall.finish()
	r.Pairs = pairAgreement(r.Docs)
	return r, nil
}

// triples returns the distinct triples of the non-negated events, sorted.
// The root is the event's Root, or the first two digits of its CAMEO code
// when a coder left Root empty.
func triples(coded []events.EventCoded) []Triple {
	set := map[Triple]bool{}
	for _, e := range coded {
		if e.Negated {
			continue
		}
		root := e.Root
		if root == "" && len(e.CAMEO) >= 2 {
			root = e.CAMEO[:2]
		}
		set[Triple{Source: e.Source.Key(), Target: e.Target.Key(), Root: root}] = true
	}
	out := make([]Triple, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return tripleLess(out[i], out[j]) })
	return out
}

func tripleLess(a, b Triple) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Target != b.Target {
		return a.Target < b.Target
	}
	return a.Root < b.Root
}

// scoreDoc matches res.Triples one-to-one to the gold events and fills the
// counts, misses and false positives.
//
// The matching is a maximum bipartite matching (Kuhn's augmenting paths)
// that tries the required gold events first. An augmenting path never
// unmatches a gold event already matched, so the required events matched
// in the first pass stay matched; and since the sets of gold events that can
// be matched together form a matroid, taking them greedily matches as many
// required events as any matching can. The optional events are then added
// as far as possible, which maximises the triples excused. Recall is thus
// never understated by an unlucky assignment, and precision not either.
func scoreDoc(gold []GoldEvent, res *DocResult) {
	order := make([]int, 0, len(gold))
	for i, g := range gold {
		if g.Required {
			res.Required++
			order = append(order, i)
		}
	}
	for i, g := range gold {
		if !g.Required {
			order = append(order, i)
		}
	}

	tripleOwner := make([]int, len(res.Triples)) // gold index matched to each triple, -1 if none
	for j := range tripleOwner {
		tripleOwner[j] = -1
	}
	var augment func(g int, visited []bool) bool
	augment = func(g int, visited []bool) bool {
		for j, t := range res.Triples {
			if visited[j] || !gold[g].Accepts(t) {
				continue
			}
			visited[j] = true
			if tripleOwner[j] < 0 || augment(tripleOwner[j], visited) {
				tripleOwner[j] = g
				return true
			}
		}
		return false
	}
	matched := make([]bool, len(gold))
	for _, g := range order {
		matched[g] = augment(g, make([]bool, len(res.Triples)))
	}

	res.Misses = []GoldEvent{}
	for i, g := range gold {
		switch {
		case matched[i] && g.Required:
			res.Matched++
		case matched[i]:
			res.OptionalMatched++
		case g.Required:
			res.Misses = append(res.Misses, g)
		}
	}
	res.FalsePositives = []Triple{}
	for j, t := range res.Triples {
		if tripleOwner[j] < 0 {
			res.FalsePositives = append(res.FalsePositives, t)
		}
	}
}

func pairAgreement(docs []DocResult) PairAgreement {
	byPair := map[string][]DocResult{}
	var pairs []string
	for _, d := range docs {
		if d.Pair == "" {
			continue
		}
		if _, ok := byPair[d.Pair]; !ok {
			pairs = append(pairs, d.Pair)
		}
		byPair[d.Pair] = append(byPair[d.Pair], d)
	}
	sort.Strings(pairs)
	pa := PairAgreement{Disagreements: []PairResult{}}
	for _, p := range pairs {
		rs := byPair[p]
		langs := map[string]bool{}
		for _, d := range rs {
			langs[d.Lang] = true
		}
		if len(langs) < 2 {
			continue
		}
		pa.Pairs++
		agree := true
		first := tripleKey(rs[0].Triples)
		for _, d := range rs {
			if d.Error != "" || tripleKey(d.Triples) != first {
				agree = false
			}
		}
		if agree {
			pa.Agree++
			continue
		}
		pr := PairResult{Pair: p}
		for _, d := range rs {
			pr.Renderings = append(pr.Renderings, Rendering{ID: d.ID, Lang: d.Lang, Triples: d.Triples, Error: d.Error})
		}
		pa.Disagreements = append(pa.Disagreements, pr)
	}
	pa.Rate = ratio(pa.Agree, pa.Pairs)
	return pa
}

// tripleKey is a canonical string of a sorted triple list.
func tripleKey(ts []Triple) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.Source + "\x00" + t.Target + "\x00" + t.Root + "\x01")
	}
	return b.String()
}
