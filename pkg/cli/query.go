package cli

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/geotrack/geotrack/pkg/query"
	"github.com/geotrack/geotrack/pkg/store"
)

func init() {
	register(command{name: "query", usage: "query timeline|events|dyads|actors [--server URL | --data DIR] [--csv] [key=value ...]",
		help: "query timelines, events, dyads or actors from a running server or a data folder (table or CSV)", run: runQuery})
}

// runQuery sends the same request the HTTP API answers, either to a running
// server or to the API served in-process over the data folder's store, and
// prints the CSV answer as an aligned table (or as is with --csv). Going
// through the API in both cases keeps one implementation of every filter,
// default and error message.
func runQuery(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		return usageError{"want one of timeline, events, dyads, actors"}
	}
	what := args[0]
	switch what {
	case "timeline", "events", "dyads", "actors":
	default:
		return usageError{fmt.Sprintf("unknown query %q (want timeline, events, dyads or actors)", what)}
	}
	fs := newFlags(env, "query", "query "+what+" [flags] [key=value ...]")
	server := fs.String("server", envOr(env, "GEOTRACK_SERVER", ""), "base URL of a running geotrack (env GEOTRACK_SERVER); empty reads --data directly")
	data := fs.String("data", envOr(env, "GEOTRACK_DATA", "./geotrack-data"), "data folder to read when no --server is given (geotrack run must not hold it)")
	asCSV := fs.Bool("csv", false, "print CSV instead of an aligned table")
	token := clientToken(env, fs)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	ctx = withToken(ctx, token())
	q := url.Values{}
	for _, kv := range fs.Args() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return usageError{fmt.Sprintf("argument %q is not key=value (e.g. actor=KAZ from=2022-01-01)", kv)}
		}
		q.Add(k, v)
	}
	q.Set("format", "csv")
	path := "/v1/" + what + "?" + q.Encode()

	var status int
	var body []byte
	if *server != "" {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(*server, "/")+path, nil)
		if err != nil {
			return err
		}
		authorize(ctx, req)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if body, err = io.ReadAll(resp.Body); err != nil {
			return err
		}
		status = resp.StatusCode
	} else {
		st, err := store.Open(filepath.Join(*data, "geotrack.db"), store.Options{Timeout: time.Second})
		if err != nil {
			return fmt.Errorf("open %s (is geotrack run using it? then pass --server): %w", *data, err)
		}
		defer st.Close()
		rec := httptest.NewRecorder()
		req := httptest.NewRequestWithContext(ctx, http.MethodGet, path, nil)
		query.New(st, nil, query.Options{}).Handler().ServeHTTP(rec, req)
		status, body = rec.Code, rec.Body.Bytes()
	}
	if status != http.StatusOK {
		return problemError(http.MethodGet, path, status, body)
	}
	if *asCSV {
		_, err := env.Stdout.Write(body)
		return err
	}
	return printTable(env.Stdout, body)
}

func printTable(w io.Writer, csvBody []byte) error {
	rows, err := csv.NewReader(strings.NewReader(string(csvBody))).ReadAll()
	if err != nil {
		return fmt.Errorf("read CSV answer: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		for i := range r {
			if rs := []rune(r[i]); len(rs) > 60 {
				r[i] = string(rs[:57]) + "..."
			}
			r[i] = strings.ReplaceAll(r[i], "\t", " ")
		}
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}
