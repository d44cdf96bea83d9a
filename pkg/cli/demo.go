package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/geotrack/geotrack/pkg/app"
	"github.com/geotrack/geotrack/pkg/demo"
)

func init() {
	register(command{name: "demo", usage: "demo [run flags]",
		help: "run geotrack and post the bundled sample articles, then print URLs to try", run: runDemo})
}

func runDemo(ctx context.Context, env *Env, args []string) error {
	var f serverFlags
	fs := newFlags(env, "demo", "demo [flags]")
	f.bind(env, fs, "ingest,extract,aggregate")
	if err := parse(fs, args); err != nil {
		return err
	}
	arts, err := demo.Articles()
	if err != nil {
		return err
	}
	return Serve(ctx, env, f.config(env), func(a *app.App) error {
		for _, art := range arts {
			body, _ := json.Marshal(art)
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.URL()+"/v1/articles", bytes.NewReader(body))
			if err != nil {
				return err
			}
			req.Header.Set("Content-Type", "application/json")
			authorize(withToken(ctx, f.sec.writeToken()), req)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return fmt.Errorf("post sample %q: %w", art.Title, err)
			}
			msg, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
				return fmt.Errorf("post sample %q: %s: %s", art.Title, resp.Status, bytes.TrimSpace(msg))
			}
		}
		// Give the pipeline a moment so the first query shows the samples.
		time.Sleep(500 * time.Millisecond)
		u := a.URL()
		fmt.Fprintf(env.Stdout, `geotrack demo is running at %[1]s with %[2]d sample articles (Ctrl-C to stop).

Try:
  curl '%[1]s/v1/events?limit=5'
  curl '%[1]s/v1/timeline?actor=ARM&from=2023-09-15&to=2023-09-24&interval=day'
  curl '%[1]s/v1/timeline?source=USA&target=RUS&from=2022-01-01&to=2022-12-31&interval=month&by=root'
  curl '%[1]s/v1/events?actor=KOR&format=csv'
  curl '%[1]s/v1/actors'
  curl -X POST %[1]s/v1/articles -H 'Content-Type: application/json' \
    -d '{"url":"https://example.org/a1","title":"Talks","body":"China supports the CSTO deployment in Kazakhstan.","published":"2022-01-10"}'
  curl '%[1]s/v1/timeline?actor=CHN&from=2022-01-01&to=2022-01-31'
  curl %[1]s/metrics
`, u, len(arts))
		return nil
	})
}
