package bus

import (
	"context"
	"fmt"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// TestTransient: which start-up errors Open retries. A cluster still
// forming answers 503 or "no suitable peers for placement" (a 400) for an
// R3 stream; both must be retried, while a stream config the server
// rejects, bad credentials and a cancelled start must not.
func TestTransient(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&jetstream.APIError{Code: 503, Description: "JetStream system temporarily unavailable"}, true},
		{fmt.Errorf("ensure stream AUDIT: %w", &jetstream.APIError{Code: 400, ErrorCode: 10005, Description: "no suitable peers for placement"}), true},
		{&jetstream.APIError{Code: 400, ErrorCode: jetstream.JSErrCodeBadRequest, Description: "bad request"}, false},
		{nats.ErrAuthorization, false},
		{context.Canceled, false},
		{nats.ErrNoServers, true},
	} {
		if got := transient(c.err); got != c.want {
			t.Errorf("transient(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
