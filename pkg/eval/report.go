package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// Languages returns the languages scored, sorted.
func (r *Report) Languages() []string {
	out := make([]string, 0, len(r.ByLang))
	for l := range r.ByLang {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// F1 returns the F1 score of one language, or the overall score for lang
// "". A language with no gold document scores 0: a threshold on it fails
// rather than passing vacuously (Languages lists the ones scored).
func (r *Report) F1(lang string) float64 {
	if lang == "" {
		return r.Overall.F1
	}
	if c, ok := r.ByLang[lang]; ok {
		return c.F1
	}
	return 0
}

// OverallF1 is the F1 score over all documents.
func (r *Report) OverallF1() float64 { return r.Overall.F1 }

// JSON is the whole report, per-document results included, indented.
func (r *Report) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("eval: encode report: %w", err)
	}
	return b, nil
}

// WriteText writes a table of the scores per language and overall, and the
// pair agreement. With showErrors it then lists, per document, the required
// gold events missed, the false positives and coder errors, with the text;
// and the triples of each pair whose renderings disagree.
func (r *Report) WriteText(w io.Writer, showErrors bool) error {
	ew := &errWriter{w: w}
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lang\tdocs\trequired\tmatched\trecall\ttriples\tcorrect\tprecision\tF1\terrors\t")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%d\t%d\t%.3f\t%.3f\t%d\t\n",
			name, c.Documents, c.Required, c.Matched, c.Recall, c.Triples, c.Correct, c.Precision, c.F1, c.Errors)
	}
	for _, l := range r.Languages() {
		row(l, *r.ByLang[l])
	}
	row("all", r.Overall)
	tw.Flush()

	if r.Pairs.Pairs == 0 {
		fmt.Fprintln(ew, "\npair agreement: no report has renderings in two languages")
	} else {
		fmt.Fprintf(ew, "\npair agreement: %d of %d reports (%.3f) give the same triples in every language\n",
			r.Pairs.Agree, r.Pairs.Pairs, r.Pairs.Rate)
	}

	if showErrors {
		first := true
		for _, d := range r.Docs {
			if len(d.Misses) == 0 && len(d.FalsePositives) == 0 && d.Error == "" {
				continue
			}
			if first {
				fmt.Fprintln(ew, "\nerrors by document:")
				first = false
			}
			fmt.Fprintf(ew, "\n%s [%s] %s\n", d.ID, d.Lang, oneLine(d.Text))
			if d.Error != "" {
				fmt.Fprintf(ew, "  coder error: %s\n", oneLine(d.Error))
			}
			for _, m := range d.Misses {
				fmt.Fprintf(ew, "  missed:         %s\n", goldText(m))
			}
			for _, fp := range d.FalsePositives {
				fmt.Fprintf(ew, "  false positive: %s\n", fp)
			}
		}
		if len(r.Pairs.Disagreements) > 0 {
			fmt.Fprintln(ew, "\npairs that disagree:")
			for _, p := range r.Pairs.Disagreements {
				fmt.Fprintf(ew, "  pair %s\n", p.Pair)
				for _, rd := range p.Renderings {
					got := "(none)"
					if rd.Error != "" {
						got = "coder error: " + oneLine(rd.Error)
					} else if len(rd.Triples) > 0 {
						parts := make([]string, len(rd.Triples))
						for i, t := range rd.Triples {
							parts[i] = t.String()
						}
						got = strings.Join(parts, "; ")
					}
					fmt.Fprintf(ew, "    %s [%s]: %s\n", rd.ID, rd.Lang, got)
				}
			}
		}
	}
	if ew.err != nil {
		return fmt.Errorf("eval: write report: %w", ew.err)
	}
	return nil
}

// goldText renders a gold event as "KOR|USA -> USA|KOR 04|05", "-" for "".
func goldText(g GoldEvent) string {
	alt := func(keys []string) string {
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = keyText(k)
		}
		return strings.Join(parts, "|")
	}
	return alt(g.Source) + " -> " + alt(g.Target) + " " + strings.Join(g.Roots, "|")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// errWriter keeps the first write error so the report code can write
// freely and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
