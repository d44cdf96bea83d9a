package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/geotrack/geotrack/pkg/audit"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/coder"
)

func init() {
	register(command{name: "recode", usage: "recode [--dict DIR] [--dry-run] [--json] [--data DIR] [--nats-url URL]",
		help: "code the stored articles again with the current (or given) dictionaries; append new events and retractions", run: runRecode})
}

// runRecode appends, never overwrites: new events of the new coder and an
// event.retracted for each live event no longer produced (audit.Recode).
func runRecode(ctx context.Context, env *Env, args []string) error {
	var f serverFlags
	fs := newFlags(env, "recode", "recode [flags]")
	f.bind(env, fs, "aggregate")
	dictDir := fs.String("dict", "", "dictionary folder with the embedded layout (actors/, places/, verbs/); default: the built-in dictionaries")
	dry := fs.Bool("dry-run", false, "count what would be appended, append nothing")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	var c *coder.Coder
	var err error
	if *dictDir != "" {
		if st, serr := os.Stat(*dictDir); serr != nil || !st.IsDir() {
			return fmt.Errorf("--dict %s is not a folder", *dictDir)
		}
		c, err = coder.NewFromFS(os.DirFS(*dictDir))
	} else {
		c, err = coder.New()
	}
	if err != nil {
		return err
	}
	cfg := f.config(env)
	b, err := bus.Open(ctx, bus.Config{URL: cfg.NATSURL, DataDir: filepath.Join(cfg.DataDir, "nats"), Logger: cfg.Log})
	if err != nil {
		return err
	}
	defer b.Close()
	rep, err := audit.Recode(ctx, b, c, audit.RecodeOptions{DryRun: *dry, Log: cfg.Log})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	verb := "appended"
	if *dry {
		verb = "would append (dry run)"
	}
	fmt.Fprintf(env.Stdout, "coder %s\n%d articles coded, %d skipped\n%s %d events and %d retractions; %d events unchanged, %d old events kept next to a new twin\n",
		rep.NewVersion, rep.Articles, rep.Skipped, verb, rep.Added, rep.Retracted, rep.Unchanged, rep.Twins)
	for _, v := range rep.OldVersions {
		fmt.Fprintf(env.Stdout, "retracted from %s\n", v)
	}
	return nil
}
