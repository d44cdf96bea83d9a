package alert

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
)

// TestWebhookDialRefusesPrivateAddress: a rule's webhook host was public
// when the rule was made (Validate passed), and now resolves to loopback
// (DNS rebinding). The delivery must be refused at connect time, before
// the request reaches the listener, and go through when private targets
// are allowed.
func TestWebhookDialRefusesPrivateAddress(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	port := u.Port()
	// A redirect from a "public" server to loopback is the same attack by
	// another route; the dial check covers every hop.
	redirector := httptest.NewServer(http.RedirectHandler(srv.URL+"/hook", http.StatusFound))
	defer redirector.Close()

	targets := map[string]string{
		"name resolving to loopback": "http://localhost:" + port + "/hook",
		"IPv4-mapped IPv6 loopback":  "http://[::ffff:127.0.0.1]:" + port + "/hook",
	}
	rec := func(target string) alertRecord {
		return alertRecord{Seq: 1, RuleID: "r", AlertID: "a", Envelope: []byte(`{"id":"a"}`), Webhook: &events.RuleWebhook{URL: target, Secret: "s"}}
	}
	for _, transport := range []struct {
		name string
		rt   http.RoundTripper
	}{{"default transport", nil}, {"caller's *http.Transport", &http.Transport{}}} {
		e := &Engine{opt: Options{HTTPClient: &http.Client{Timeout: 5 * time.Second, Transport: transport.rt}}}
		for what, target := range targets {
			err := e.post(context.Background(), rec(target))
			if !errors.Is(err, errPrivateTarget) {
				t.Errorf("%s, %s: post = %v, want a refusal (errPrivateTarget)", transport.name, what, err)
			}
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the loopback listener got %d requests; the dial check let them through", n)
	}

	allowed := &Engine{opt: Options{HTTPClient: &http.Client{Timeout: 5 * time.Second}, AllowPrivateTargets: true}}
	if err := allowed.post(context.Background(), rec(targets["name resolving to loopback"])); err != nil {
		t.Fatalf("with AllowPrivateTargets: %v", err)
	}
	if err := allowed.post(context.Background(), rec(redirector.URL)); err != nil {
		t.Fatalf("redirect with AllowPrivateTargets: %v", err)
	}
	if n := hits.Load(); n != 2 {
		t.Fatalf("with AllowPrivateTargets the listener got %d requests, want 2", n)
	}
}

// TestWebhookCustomRoundTripperChecked: a transport the engine cannot
// hook at dial time still gets the host's addresses checked first.
func TestWebhookCustomRoundTripperChecked(t *testing.T) {
	var called atomic.Bool
	rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		called.Store(true)
		return &http.Response{StatusCode: 200, Body: http.NoBody, Request: r}, nil
	})
	e := &Engine{opt: Options{HTTPClient: &http.Client{Transport: rt}}}
	err := e.post(context.Background(), alertRecord{Envelope: []byte(`{}`), Webhook: &events.RuleWebhook{URL: "http://localhost:9/x", Secret: "s"}})
	if !errors.Is(err, errPrivateTarget) || called.Load() {
		t.Fatalf("post = %v, round tripper called %v; want a refusal before the request", err, called.Load())
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestBlockedAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1": true, "10.1.2.3": true, "172.16.0.1": true, "192.168.1.1": true, "169.254.169.254": true,
		"0.0.0.0": true, "0.1.2.3": true, "100.64.0.1": true, "::1": true, "fe80::1": true, "fc00::1": true,
		"::ffff:10.0.0.1": true, "224.0.0.1": true,
		"8.8.8.8": false, "1.1.1.1": false, "2001:4860:4860::8888": false, "100.128.0.1": false,
	} {
		if got := blockedAddr(netip.MustParseAddr(addr)); got != want {
			t.Errorf("blockedAddr(%s) = %v, want %v", addr, got, want)
		}
	}
}
