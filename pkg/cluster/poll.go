package cluster

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// errNotYet tells poll to try again.
var errNotYet = errors.New("not yet")

// poll calls cond every 50 ms until it returns nil, a real error, ctx ends
// or limit passes.
func poll(ctx context.Context, what string, limit time.Duration, cond func() error) error {
	deadline := time.Now().Add(limit)
	for {
		err := cond()
		if err == nil {
			return nil
		}
		if !errors.Is(err, errNotYet) {
			return fmt.Errorf("cluster: waiting for %s: %w", what, err)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("cluster: no %s within %s", what, limit)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("cluster: waiting for %s: %w", what, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}
