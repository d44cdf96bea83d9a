package alert

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	bolt "go.etcd.io/bbolt"
)

// Delivery targets and states.
const (
	TargetNATS    = "nats"
	TargetWebhook = "webhook"

	StatusPending = "pending"
	StatusDone    = "done"
	StatusFailed  = "failed" // dead letter: MaxAttempts failed; redeliver by hand
)

// SignatureHeader carries "t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
// t + "." + body)>" on every webhook POST.
const SignatureHeader = "Geotrack-Signature"

// Delivery is one alert's delivery to one target.
type Delivery struct {
	ID        string    `json:"id"` // "<alert seq>-<target>"
	Seq       uint64    `json:"seq"`
	Target    string    `json:"target"`
	RuleID    string    `json:"rule_id"`
	AlertID   string    `json:"alert_id"`
	Revision  int       `json:"revision"`
	URL       string    `json:"url,omitempty"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	LastError string    `json:"last_error,omitempty"`
	NextAt    time.Time `json:"next_at"`
	Created   time.Time `json:"created"`
	Updated   time.Time `json:"updated,omitempty"`
}

func deliveryID(seq uint64, target string) string { return strconv.FormatUint(seq, 10) + "-" + target }

func deliveryKey(seq uint64, target string) []byte { return append(seqKey(seq), target...) }

func parseDeliveryID(id string) (uint64, string, bool) {
	s, t, ok := strings.Cut(id, "-")
	n, err := strconv.ParseUint(s, 10, 64)
	return n, t, ok && err == nil && (t == TargetNATS || t == TargetWebhook)
}

func putDelivery(deliv, pending *bolt.Bucket, d *Delivery) error {
	v, err := json.Marshal(d)
	if err != nil {
		return err
	}
	k := deliveryKey(d.Seq, d.Target)
	if err := deliv.Put(k, v); err != nil {
		return err
	}
	if d.Status == StatusPending {
		return pending.Put(k, nil)
	}
	return pending.Delete(k)
}

// Sign computes the signature header value of body at time t.
func Sign(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + mac(secret, ts, body)
}

func mac(secret, ts string, body []byte) string {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte(ts))
	h.Write([]byte{'.'})
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// Verify checks a signature header against body, for receivers: the MAC
// must match and the timestamp be within tolerance of now (replay guard).
func Verify(secret, header string, body []byte, now time.Time, tolerance time.Duration) error {
	var ts string
	var sigs []string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sigs = append(sigs, v)
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || len(sigs) == 0 {
		return errors.New("alert: malformed signature header")
	}
	if d := now.Sub(time.Unix(sec, 0)); tolerance > 0 && (d > tolerance || d < -tolerance) {
		return fmt.Errorf("alert: signature timestamp %s is outside the tolerance", time.Unix(sec, 0).UTC())
	}
	want := mac(secret, ts, body)
	for _, s := range sigs {
		if hmac.Equal([]byte(s), []byte(want)) {
			return nil
		}
	}
	return errors.New("alert: signature does not match")
}

// Run catches the engine up with the projection, then delivers the outbox
// until ctx ends: every pending delivery whose time has come, webhooks
// concurrently (a slow receiver does not hold up the others).
func (e *Engine) Run(ctx context.Context) error {
	for {
		err := e.CatchUp(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		e.log.Warn("alert: catch-up failed, retrying", "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Second):
		}
	}
	sem := make(chan struct{}, 16)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		ch := e.changes()
		next, err := e.dispatch(ctx, sem, &wg)
		if err != nil {
			e.log.Error("alert: read outbox", "err", err)
			next = time.Now().Add(time.Second)
		}
		wait := time.Hour
		if !next.IsZero() {
			wait = max(time.Until(next), time.Millisecond)
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case <-ch:
		case <-timer.C:
		}
		timer.Stop()
	}
}

// dispatch starts every due delivery not already in flight and returns
// when the next one falls due (zero if none is waiting).
func (e *Engine) dispatch(ctx context.Context, sem chan struct{}, wg *sync.WaitGroup) (time.Time, error) {
	var due []Delivery
	var next time.Time
	now := time.Now()
	err := e.db.View(func(tx *bolt.Tx) error {
		deliv := tx.Bucket(bDeliv)
		return tx.Bucket(bPending).ForEach(func(k, _ []byte) error {
			if _, busy := e.inflight.Load(string(k)); busy {
				return nil
			}
			var d Delivery
			if err := json.Unmarshal(deliv.Get(k), &d); err != nil {
				return fmt.Errorf("delivery %x: %w", k, err)
			}
			if d.NextAt.After(now) {
				if next.IsZero() || d.NextAt.Before(next) {
					next = d.NextAt
				}
				return nil
			}
			due = append(due, d)
			return nil
		})
	})
	if err != nil {
		return time.Time{}, err
	}
	for _, d := range due {
		k := string(deliveryKey(d.Seq, d.Target))
		e.inflight.Store(k, struct{}{})
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			e.inflight.Delete(k)
			return next, nil
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.attempt(ctx, d)
			<-sem
			// Out of flight first, then wake the dispatcher, so it sees
			// the delivery's new state and not a busy marker.
			e.inflight.Delete(k)
			e.notify()
		}()
	}
	return next, nil
}

// attempt makes one delivery attempt and records its outcome.
func (e *Engine) attempt(ctx context.Context, d Delivery) {
	var rec alertRecord
	err := e.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bAlerts).Get(seqKey(d.Seq))
		if v == nil {
			return fmt.Errorf("alert %d missing", d.Seq)
		}
		return json.Unmarshal(v, &rec)
	})
	if err == nil {
		// An attempt under way finishes even when shutdown begins (bounded
		// by the timeouts below): cancelling it after the receiver took the
		// alert but before its answer arrived would send the alert twice.
		ctx := context.WithoutCancel(ctx)
		switch d.Target {
		case TargetNATS:
			err = e.publish(ctx, rec)
		case TargetWebhook:
			err = e.post(ctx, rec)
		}
	}
	// Run waits for this goroutine, so a clean stop never sends an alert
	// twice. Only a crash between the receiver's answer and this write can
	// (at-least-once; receivers deduplicate on alert id and revision).
	d.Attempts++
	d.Updated = time.Now().UTC()
	if err == nil {
		d.Status, d.LastError = StatusDone, ""
	} else {
		d.LastError = err.Error()
		if d.Attempts >= e.opt.MaxAttempts {
			d.Status = StatusFailed
			e.log.Warn("alert: delivery dead-lettered", "delivery", d.ID, "rule", d.RuleID, "attempts", d.Attempts, "err", err)
		} else {
			d.NextAt = d.Updated.Add(e.backoff(d.Attempts))
			e.log.Info("alert: delivery failed, will retry", "delivery", d.ID, "attempt", d.Attempts, "next", d.NextAt, "err", err)
		}
	}
	if err := e.db.Update(func(tx *bolt.Tx) error {
		return putDelivery(tx.Bucket(bDeliv), tx.Bucket(bPending), &d)
	}); err != nil {
		e.log.Error("alert: record delivery", "delivery", d.ID, "err", err)
	}
}

// backoff is exponential from BackoffBase, capped at BackoffMax, with full
// +-50% jitter so receivers coming back are not hit by every sender at once.
func (e *Engine) backoff(attempt int) time.Duration {
	d := e.opt.BackoffBase << min(attempt-1, 30)
	if d <= 0 || d > e.opt.BackoffMax {
		d = e.opt.BackoffMax
	}
	return time.Duration(float64(d) * (0.5 + rand.Float64()))
}

// publish puts the alert on ALERTS (alerts.<rule-id>). The envelope id
// (alert id and revision) is the Nats-Msg-Id, so a re-sent delivery inside
// the duplicate window is dropped by the server.
func (e *Engine) publish(ctx context.Context, rec alertRecord) error {
	var env events.Envelope
	if err := json.Unmarshal(rec.Envelope, &env); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return e.opt.Bus.PublishEnvelope(ctx, bus.AlertSubject(rec.RuleID), env)
}

func (e *Engine) post(ctx context.Context, rec alertRecord) error {
	if rec.Webhook == nil {
		return errors.New("no webhook")
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rec.Webhook.URL, bytes.NewReader(rec.Envelope))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "geotrack-alerts/1")
	req.Header.Set(SignatureHeader, Sign(rec.Webhook.Secret, time.Now(), rec.Envelope))
	req.Header.Set("Geotrack-Alert-Id", rec.AlertID)
	req.Header.Set("Geotrack-Alert-Revision", strconv.Itoa(rec.Revision))
	req.Header.Set("Geotrack-Delivery", deliveryID(rec.Seq, TargetWebhook))
	client, err := e.webhookClient(ctx, req.URL.Hostname())
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return nil
}

// Deliveries lists deliveries, newest first, optionally only of one status
// and rule.
func (e *Engine) Deliveries(status, rule string, limit int) ([]Delivery, error) {
	if limit <= 0 {
		limit = 100
	}
	var out []Delivery
	err := e.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bDeliv).Cursor()
		for k, v := c.Last(); k != nil && len(out) < limit; k, v = c.Prev() {
			var d Delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return err
			}
			if (status == "" || d.Status == status) && (rule == "" || d.RuleID == rule) {
				out = append(out, d)
			}
		}
		return nil
	})
	return out, err
}

// ErrNoDelivery is returned by Redeliver for an unknown delivery id.
var ErrNoDelivery = errors.New("alert: no such delivery")

// Redeliver puts a delivery (typically a dead letter) back in the queue
// with a fresh attempt count.
func (e *Engine) Redeliver(id string) (*Delivery, error) {
	seq, target, ok := parseDeliveryID(id)
	if !ok {
		return nil, ErrNoDelivery
	}
	var d Delivery
	err := e.db.Update(func(tx *bolt.Tx) error {
		v := tx.Bucket(bDeliv).Get(deliveryKey(seq, target))
		if v == nil {
			return ErrNoDelivery
		}
		if err := json.Unmarshal(v, &d); err != nil {
			return err
		}
		d.Status, d.Attempts, d.NextAt, d.Updated = StatusPending, 0, time.Now().UTC(), time.Now().UTC()
		return putDelivery(tx.Bucket(bDeliv), tx.Bucket(bPending), &d)
	})
	if err != nil {
		return nil, err
	}
	e.notify()
	return &d, nil
}

// Webhook targets are checked twice. Validate refuses a rule whose host is
// private when the rule is made; but a name can resolve to a public
// address then and to 127.0.0.1 or 169.254.169.254 later (DNS rebinding),
// so unless AllowPrivateTargets is set every connection a delivery makes,
// redirects included, is checked again on the address actually dialed.

// errPrivateTarget is a delivery refused because the address dialed is
// loopback, private, link-local or otherwise internal.
var errPrivateTarget = errors.New("webhook target resolves to a private or loopback address (refused unless private targets are allowed; geotrack run --allow-private)")

// blockedAddr reports whether ip is an address a webhook must not reach.
func blockedAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if nat64.Contains(ip) {
		// On an IPv6-only host with DNS64/NAT64 this address is the IPv4
		// address in its last 32 bits, reached through the gateway.
		b := ip.As16()
		ip = netip.AddrFrom4([4]byte(b[12:]))
	}
	return !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() ||
		thisNetwork.Contains(ip) || sharedAddressSpace.Contains(ip)
}

var (
	// 0.0.0.0/8: connecting to 0.x.x.x reaches this host on Linux.
	thisNetwork = netip.MustParsePrefix("0.0.0.0/8")
	// 100.64.0.0/10: carrier-grade NAT, internal to a provider.
	sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")
	// 64:ff9b::/96: the NAT64 well-known prefix (RFC 6052).
	nat64 = netip.MustParsePrefix("64:ff9b::/96")
)

// checkDialed is a net.Dialer Control func: it runs after name resolution,
// on the very address about to be connected to.
func checkDialed(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("webhook dial %s: %w", address, err)
	}
	if blockedAddr(ap.Addr()) {
		return fmt.Errorf("%w: %s", errPrivateTarget, ap.Addr())
	}
	return nil
}

// publicTransport dials only public addresses. It ignores HTTP(S)_PROXY:
// through a proxy the dial check would see only the proxy, and the proxy
// would reach whatever the target name resolves to.
var publicTransport = newPublicTransport(nil)

func newPublicTransport(base *http.Transport) *http.Transport {
	var t *http.Transport
	if base != nil {
		t = base.Clone()
	} else {
		t = http.DefaultTransport.(*http.Transport).Clone()
	}
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: checkDialed}
	t.Proxy = nil
	t.DialContext = d.DialContext
	t.DialTLSContext = nil
	// The deprecated DialTLS of a caller's transport would otherwise dial
	// every https target itself, past the check.
	t.DialTLS = nil
	return t
}

// guardedTransports holds the checked copy of each caller-supplied
// *http.Transport (one per Options.HTTPClient in practice).
var guardedTransports sync.Map // *http.Transport -> *http.Transport

// webhookClient is the configured client, its transport replaced by one
// that checks every dialed address unless private targets are allowed. A
// transport that is not an *http.Transport cannot be checked at dial time;
// then the host's current addresses are checked before the request (this
// narrows, but cannot close, the rebinding window).
func (e *Engine) webhookClient(ctx context.Context, host string) (*http.Client, error) {
	base := e.opt.HTTPClient
	if e.opt.AllowPrivateTargets {
		return base, nil
	}
	c := *base
	switch t := base.Transport.(type) {
	case nil:
		c.Transport = publicTransport
	case *http.Transport:
		g, ok := guardedTransports.Load(t)
		if !ok {
			g, _ = guardedTransports.LoadOrStore(t, newPublicTransport(t))
		}
		c.Transport = g.(*http.Transport)
	default:
		addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		if err != nil {
			return nil, fmt.Errorf("webhook host %q: %w", host, err)
		}
		for _, a := range addrs {
			if blockedAddr(a) {
				return nil, fmt.Errorf("%w: %s is %s", errPrivateTarget, host, a)
			}
		}
	}
	return &c, nil
}
