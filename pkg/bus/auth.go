package bus

import (
	"errors"
	"fmt"
	"os"

	"github.com/nats-io/nats.go"
)

// Auth is how a process proves itself to an external NATS server and
// secures the connection: at most one of user/password, token, nkey seed
// file or credentials file (JWT + seed, as `nsc` writes them), plus
// optional TLS (a CA to verify the server, a client certificate and key for
// mutual TLS). The zero value adds nothing.
type Auth struct {
	User, Password string
	Token          string
	NKeySeedFile   string
	CredsFile      string
	TLSCAFile      string
	TLSCertFile    string
	TLSKeyFile     string
}

// IsZero reports whether a has nothing to pass on.
func (a Auth) IsZero() bool { return a == Auth{} }

// Options maps a to nats.Connect options. Files are checked here, so a
// missing or unreadable one is an error at start-up naming the flag, not a
// connect failure that retries until the start timeout.
func (a Auth) Options() ([]nats.Option, error) {
	var opts []nats.Option
	n := 0
	if a.User != "" || a.Password != "" {
		if a.User == "" {
			return nil, errors.New("bus: a NATS password needs a user")
		}
		n++
		opts = append(opts, nats.UserInfo(a.User, a.Password))
	}
	if a.Token != "" {
		n++
		opts = append(opts, nats.Token(a.Token))
	}
	if a.NKeySeedFile != "" {
		n++
		o, err := nats.NkeyOptionFromSeed(a.NKeySeedFile)
		if err != nil {
			return nil, fmt.Errorf("bus: NATS nkey seed file: %w", err)
		}
		opts = append(opts, o)
	}
	if a.CredsFile != "" {
		n++
		if err := readable("NATS credentials file", a.CredsFile); err != nil {
			return nil, err
		}
		opts = append(opts, nats.UserCredentials(a.CredsFile))
	}
	if n > 1 {
		// The server accepts one method per connection; guessing which
		// one the operator meant would hide a configuration mistake.
		return nil, errors.New("bus: give one NATS authentication method: user/password, token, nkey seed or credentials file")
	}
	if a.TLSCAFile != "" {
		if err := readable("NATS TLS CA file", a.TLSCAFile); err != nil {
			return nil, err
		}
		opts = append(opts, nats.RootCAs(a.TLSCAFile))
	}
	if (a.TLSCertFile == "") != (a.TLSKeyFile == "") {
		return nil, errors.New("bus: a NATS TLS client certificate needs both the certificate and the key file")
	}
	if a.TLSCertFile != "" {
		for _, f := range []struct{ what, path string }{{"NATS TLS certificate", a.TLSCertFile}, {"NATS TLS key", a.TLSKeyFile}} {
			if err := readable(f.what, f.path); err != nil {
				return nil, err
			}
		}
		opts = append(opts, nats.ClientCert(a.TLSCertFile, a.TLSKeyFile))
	}
	return opts, nil
}

func readable(what, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("bus: %s: %w", what, err)
	}
	return f.Close()
}
