package alert_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/alert"
)

// HEAD of the alert stream answers its headers and ends: a handler that
// went on streaming would keep the connection, which the client reuses for
// its next request, busy for good (that request would never be read).
func TestSSEHeadEnds(t *testing.T) {
	e := newEnv(t, t.TempDir(), alert.Options{}, withProjector)
	c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxConnsPerHost: 1}}
	defer c.CloseIdleConnections()
	res, err := c.Head(e.api.URL + "/v1/alerts/stream")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("HEAD: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	res, err = c.Get(e.api.URL + "/v1/alerts/rules")
	if err != nil {
		t.Fatalf("the request after HEAD on the same connection: %v", err)
	}
	res.Body.Close()
}
