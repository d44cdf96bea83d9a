package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/geotrack/geotrack/pkg/eval"
	"github.com/geotrack/geotrack/pkg/ingest"
)

func init() {
	register(command{name: "eval", usage: "eval [--min-f1 X] [--show-errors] [--json] GOLD.jsonl...",
		help: "score the coder against gold sentences (precision, recall, F1 per language, en/ar pair agreement)", run: runEval})
}

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", "eval [flags] GOLD.jsonl...")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when the overall F1 or any language's F1 is below this")
	showErrors := fs.Bool("show-errors", false, "list misses and false positives per sentence")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"want at least one gold file"}
	}
	var docs []eval.GoldDoc
	for _, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		d, err := eval.ReadGold(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		docs = append(docs, d...)
	}
	c, err := coder.New()
	if err != nil {
		return err
	}
	rep, err := eval.Score(docs, func(g eval.GoldDoc) ([]events.EventCoded, error) {
		pub, err := ingest.ParseDate(g.Published)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", g.ID, err)
		}
		return c.Code(coder.Document{ID: g.ID, Text: g.Text, Lang: g.Lang, Published: pub})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "coder %s, dictionaries %s\n", c.Version(), c.DictHash())
	if *asJSON {
		b, err := rep.JSON()
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, string(b))
	} else {
		rep.WriteText(env.Stdout, *showErrors)
	}
	if *minF1 > 0 {
		for _, lang := range rep.Languages() {
			if f := rep.F1(lang); f < *minF1 {
				return exitCode{code: 1, msg: fmt.Sprintf("F1 %.3f for %q is below --min-f1 %.3f", f, lang, *minF1)}
			}
		}
		if f := rep.F1(""); f < *minF1 {
			return exitCode{code: 1, msg: fmt.Sprintf("overall F1 %.3f is below --min-f1 %.3f", f, *minF1)}
		}
	}
	return nil
}
