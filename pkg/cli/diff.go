package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/geotrack/geotrack/pkg/audit"
	"github.com/geotrack/geotrack/pkg/bus"
)

func init() {
	register(command{name: "diff", usage: "diff --from VERSION --to VERSION [--json] [--limit N] [--data DIR] [--nats-url URL]",
		help: "compare the events two coder versions produced: added, removed, changed, and the effect on timelines", run: runDiff})
}

// runDiff prints audit.Diff as tables (or JSON). A VERSION is a label
// "engine@sha256:dict", the engine version, or a dictionary hash (prefix).
func runDiff(ctx context.Context, env *Env, args []string) error {
	var f serverFlags
	fs := newFlags(env, "diff", "diff --from VERSION --to VERSION [flags]")
	f.bind(env, fs, "aggregate")
	from := fs.String("from", "", "old coder version (label, engine version or sha256:dict prefix)")
	to := fs.String("to", "", "new coder version")
	asJSON := fs.Bool("json", false, "print the whole report as JSON")
	limit := fs.Int("limit", 20, "rows per table (0 = all)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	if *from == "" || *to == "" {
		return usageError{"--from and --to are required"}
	}
	cfg := f.config(env)
	b, err := bus.Open(ctx, bus.Config{URL: cfg.NATSURL, DataDir: filepath.Join(cfg.DataDir, "nats"), Logger: cfg.Log})
	if err != nil {
		return err
	}
	defer b.Close()
	rep, err := audit.Diff(ctx, b, *from, *to)
	if err != nil {
		return err
	}
	if rep.FromEvents == 0 && rep.ToEvents == 0 {
		return fmt.Errorf("no events of %s or %s in the log", *from, *to)
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printDiff(env.Stdout, rep, *limit)
	return nil
}

func printDiff(w io.Writer, rep *audit.DiffReport, limit int) {
	fmt.Fprintf(w, "from %s: %d events\nto   %s: %d events\n", rep.From, rep.FromEvents, rep.To, rep.ToEvents)
	fmt.Fprintf(w, "added %d, removed %d, changed %d (article sentence and actors)\n", len(rep.Added), len(rep.Removed), len(rep.Changed))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, t := range []struct {
		name string
		rows []audit.DiffEvent
	}{{"ADDED", rep.Added}, {"REMOVED", rep.Removed}, {"CHANGED", rep.Changed}} {
		if len(t.rows) == 0 {
			continue
		}
		fmt.Fprintf(tw, "\n%s\tarticle\tsentence\tsource\ttarget\tfrom\tto\ttext\n", t.name)
		for i, r := range t.rows {
			if limit > 0 && i == limit {
				fmt.Fprintf(tw, "\t... %d more\n", len(t.rows)-limit)
				break
			}
			text := r.Text
			if rs := []rune(text); len(rs) > 50 {
				text = string(rs[:47]) + "..."
			}
			fmt.Fprintf(tw, "\t%.12s\t%d\t%s\t%s\t%s\t%s\t%s\n", r.ArticleID, r.Sentence, r.Source, r.Target,
				strings.Join(r.From, ","), strings.Join(r.To, ","), strings.ReplaceAll(text, "\t", " "))
		}
	}
	if len(rep.Timelines) > 0 {
		fmt.Fprintf(tw, "\nTIMELINES\tseries\tkey\troot\tfrom\tto\tdelta\n")
		for i, d := range rep.Timelines {
			if limit > 0 && i == limit {
				fmt.Fprintf(tw, "\t... %d more\n", len(rep.Timelines)-limit)
				break
			}
			fmt.Fprintf(tw, "\t%s\t%s\t%s\t%d\t%d\t%+d\n", d.Series, d.Key, d.Root, d.From, d.To, d.Delta)
		}
	}
	tw.Flush()
}
