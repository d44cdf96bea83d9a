package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"text/tabwriter"

	"github.com/geotrack/geotrack/pkg/feeds"
)

func init() {
	register(command{name: "feeds", usage: "feeds add URL [--interval 15m] [--outlet NAME] | list | remove ID | status  [--server URL]",
		help: "manage the RSS/Atom feeds a running geotrack polls, and show their status", run: runFeeds})
}

// runFeeds talks to a running geotrack: feeds are polled by its ingest
// service, so there is nothing to do without one.
func runFeeds(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usageError{"want add, list, remove or status"}
	}
	sub := args[0]
	fset := newFlags(env, "feeds", "feeds "+sub+" [flags]")
	server := fset.String("server", envOr(env, "GEOTRACK_SERVER", "http://"+envOr(env, "GEOTRACK_ADDR", "127.0.0.1:8080")), "base URL of the running geotrack (env GEOTRACK_SERVER)")
	interval := fset.String("interval", "", "add: polling interval (e.g. 15m); default the server's (5m)")
	outlet := fset.String("outlet", "", "add: outlet name for the feed's articles; default the feed's title")
	token := clientToken(env, fset)
	pos, err := parseInterspersed(fset, args[1:])
	if err != nil {
		return err
	}
	ctx = withToken(ctx, token())
	base := strings.TrimRight(*server, "/")
	switch sub {
	case "add":
		if len(pos) != 1 {
			return usageError{"feeds add wants exactly one URL"}
		}
		body, _ := json.Marshal(feeds.AddRequest{URL: pos[0], Interval: *interval, Outlet: *outlet})
		var fa struct {
			ID, URL string
		}
		if err := apiCall(ctx, http.MethodPost, base+"/v1/feeds", body, &fa); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s\t%s\n", fa.ID, fa.URL)
	case "remove":
		if len(pos) != 1 {
			return usageError{"feeds remove wants exactly one feed ID (see feeds list)"}
		}
		if err := apiCall(ctx, http.MethodDelete, base+"/v1/feeds/"+url.PathEscape(pos[0]), nil, nil); err != nil {
			return err
		}
	case "list", "status":
		if len(pos) != 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", pos[0])}
		}
		var st feeds.IngestStatus
		if err := apiCall(ctx, http.MethodGet, base+"/v1/ingest/status", nil, &st); err != nil {
			return err
		}
		tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tURL\tINTERVAL\tARTICLES\tFAILURES\tERROR")
		for _, f := range st.Feeds {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", f.ID, f.URL, f.Interval, f.Articles, f.Failures, f.Error)
		}
		tw.Flush()
		if sub == "status" {
			i := st.Ingest
			fmt.Fprintf(env.Stdout, "\ningest since start: %d new, %d duplicates, %d mentions, %d rejected, %d repaired, %d failed; %d feeds failing\n",
				i.New, i.Duplicates, i.Mentions, i.Rejected, i.Repaired, i.Failed, st.Failing)
			for _, f := range st.Feeds {
				for _, e := range f.ItemErrors {
					fmt.Fprintf(env.Stdout, "%s: %s\n", f.ID, e)
				}
			}
		}
	default:
		return usageError{fmt.Sprintf("unknown feeds command %q (want add, list, remove or status)", sub)}
	}
	return nil
}
