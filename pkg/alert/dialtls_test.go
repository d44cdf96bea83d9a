package alert

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
)

// A caller's *http.Transport that still sets the deprecated DialTLS dials
// https targets itself; the guarded copy must not keep it, or an https
// webhook to loopback would skip the dial check.
func TestWebhookCallerDialTLSChecked(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // the test server's own certificate
		DialTLS: func(network, addr string) (net.Conn, error) {
			return tls.Dial(network, addr, &tls.Config{InsecureSkipVerify: true})
		},
	}
	e := &Engine{opt: Options{HTTPClient: &http.Client{Timeout: 5 * time.Second, Transport: tr}}}
	rec := alertRecord{Seq: 1, RuleID: "r", AlertID: "a", Envelope: []byte(`{"id":"a"}`),
		Webhook: &events.RuleWebhook{URL: "https://localhost:" + u.Port() + "/hook", Secret: "s"}}
	if err := e.post(context.Background(), rec); !errors.Is(err, errPrivateTarget) {
		t.Errorf("post = %v, want a refusal (errPrivateTarget)", err)
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the loopback listener got %d requests through the caller's DialTLS", n)
	}
}

// Through NAT64 (64:ff9b::/96) an IPv6 address reaches the IPv4 address in
// its last 32 bits: a name resolving to 64:ff9b::a9fe:a9fe on an IPv6-only
// host is the metadata service.
func TestBlockedAddrNAT64(t *testing.T) {
	for addr, want := range map[string]bool{
		"64:ff9b::7f00:1": true, "64:ff9b::a9fe:a9fe": true, "64:ff9b::a00:1": true,
		"64:ff9b::808:808": false,
	} {
		if got := blockedAddr(netip.MustParseAddr(addr)); got != want {
			t.Errorf("blockedAddr(%s) = %v, want %v", addr, got, want)
		}
	}
}
