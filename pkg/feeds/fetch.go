package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/time/rate"
)

// ErrForbiddenAddress is returned for a fetch that would reach a loopback,
// link-local, private or otherwise internal address while
// Options.AllowPrivate is off: a feed list must not become a way to probe
// the machine's own network.
var ErrForbiddenAddress = errors.New("address is loopback, link-local or private")

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// forbidden reports whether ip is not a public unicast address.
func forbidden(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || cgnat.Contains(ip) ||
		(ip.Is4() && ip.As4()[0] == 0)
}

// fetcher is the HTTP side of the poller: one client whose dialer refuses
// internal addresses at connect time (after DNS, so a name that resolves to
// 127.0.0.1 is caught too, and every redirect hop is checked), bounded
// redirects, a timeout per request, and a token bucket per host.
type fetcher struct {
	client    *http.Client
	userAgent string
	rate      rate.Limit
	burst     int

	mu    sync.Mutex
	hosts map[string]*rate.Limiter
}

func newFetcher(opt Options) *fetcher {
	dialer := &net.Dialer{Timeout: opt.Timeout, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("dial %s: %w", address, err)
			}
			if forbidden(ap.Addr()) {
				return fmt.Errorf("dial %s: %w", address, ErrForbiddenAddress)
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the address the dialer checks
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opt.Timeout,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   8,
		IdleConnTimeout:       90 * time.Second,
	}
	max := opt.MaxRedirects
	client := &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("stopped after %d redirects (a redirect loop?)", max)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %q URL", req.URL.Scheme)
			}
			return nil
		},
	}
	return &fetcher{client: client, userAgent: opt.UserAgent, rate: rate.Limit(opt.HostRate), burst: opt.HostBurst, hosts: map[string]*rate.Limiter{}}
}

// wait blocks until the host's token bucket allows one more request.
func (f *fetcher) wait(ctx context.Context, host string) error {
	f.mu.Lock()
	l, ok := f.hosts[host]
	if !ok {
		l = rate.NewLimiter(f.rate, f.burst)
		f.hosts[host] = l
	}
	f.mu.Unlock()
	return l.Wait(ctx)
}

// response is a fetched body with what the poller needs from the headers.
type response struct {
	status       int
	body         []byte
	contentType  string
	etag         string
	lastModified string
	finalURL     string
}

// get fetches u (rate-limited per host), reading at most limit bytes; a
// longer body is an error rather than a silently cut text.
func (f *fetcher) get(ctx context.Context, u string, limit int64, hdr http.Header) (*response, error) {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL: %q", u)
	}
	if err := f.wait(ctx, strings.ToLower(pu.Host)); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", f.userAgent)
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) && ue.Timeout() {
			return nil, fmt.Errorf("GET %s: timed out", u)
		}
		return nil, fmt.Errorf("GET %s: %w", u, unwrapURL(err))
	}
	defer resp.Body.Close()
	out := &response{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"),
		etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified"), finalURL: resp.Request.URL.String()}
	if resp.StatusCode == http.StatusNotModified {
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return out, fmt.Errorf("GET %s: HTTP %d", u, resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return out, fmt.Errorf("GET %s: reading the body: %w", u, unwrapURL(err))
	}
	if int64(len(body)) > limit {
		return out, fmt.Errorf("GET %s: body over the limit of %d bytes", u, limit)
	}
	out.body = body
	return out, nil
}

// unwrapURL drops url.Error's repetition of the method and URL.
func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
