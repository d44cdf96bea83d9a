package auth

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiters holds one token bucket per client key (a token's name, or the
// client IP when a request has no valid token). Idle buckets are dropped
// so a stream of distinct addresses cannot grow the map without bound.
type limiters struct {
	limit rate.Limit
	burst int
	idle  time.Duration

	mu        sync.Mutex
	m         map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	lim  *rate.Limiter
	last time.Time
}

func newLimiters(perSecond float64, burst int) *limiters {
	if perSecond <= 0 {
		return nil
	}
	if burst < 1 {
		burst = max(1, int(math.Ceil(perSecond)))
	}
	return &limiters{limit: rate.Limit(perSecond), burst: burst, idle: 10 * time.Minute, m: map[string]*bucket{}}
}

// allow takes one request from key's bucket. When the bucket is empty it
// returns false and how long until a request would be allowed.
func (l *limiters) allow(key string, now time.Time) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	l.mu.Lock()
	b, ok := l.m[key]
	if !ok {
		b = &bucket{lim: rate.NewLimiter(l.limit, l.burst)}
		l.m[key] = b
	}
	b.last = now
	if now.Sub(l.lastSweep) > l.idle {
		l.sweepLocked(now)
	}
	l.mu.Unlock()
	res := b.lim.ReserveN(now, 1)
	if !res.OK() {
		return false, time.Second
	}
	if d := res.DelayFrom(now); d > 0 {
		// Give the token back: a refused request must not push the
		// client's next allowed request further out.
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

func (l *limiters) sweepLocked(now time.Time) {
	for k, b := range l.m {
		if now.Sub(b.last) > l.idle {
			delete(l.m, k)
		}
	}
	l.lastSweep = now
}

func (l *limiters) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.m)
}
