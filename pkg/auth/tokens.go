package auth

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"
)

// MinTokenLen is the shortest token accepted. Tokens are bearer secrets
// compared by digest, so their strength is all in their length and
// randomness: `openssl rand -hex 32` gives 64 characters.
const MinTokenLen = 16

// Identity is who a request authenticated as.
type Identity struct {
	// Name identifies the token in logs and rate-limit keys; never the
	// token itself.
	Name string
	Role Role
}

type entry struct {
	digest [sha256.Size]byte
	id     Identity
}

// Tokens is a set of API tokens, kept as SHA-256 digests. The zero value
// (and nil) holds none.
type Tokens struct {
	entries []entry
}

// Len is the number of tokens.
func (t *Tokens) Len() int {
	if t == nil {
		return 0
	}
	return len(t.entries)
}

// Add adds a token. name may be empty ("<role>-<n>" is used).
func (t *Tokens) Add(role Role, token, name string) error {
	if role == None {
		return errors.New("a token needs a role (read, write or admin)")
	}
	if len(token) < MinTokenLen {
		return fmt.Errorf("the %s token is %d characters; use at least %d (e.g. openssl rand -hex 32)", role, len(token), MinTokenLen)
	}
	if strings.IndexFunc(token, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0 {
		return fmt.Errorf("the %s token contains white space or control characters", role)
	}
	d := sha256.Sum256([]byte(token))
	for _, e := range t.entries {
		if e.digest == d {
			return fmt.Errorf("the same token is given twice (as %s and %s)", e.id.Name, nameOr(name, role, len(t.entries)+1))
		}
		if name != "" && e.id.Name == name {
			return fmt.Errorf("token name %q is used twice", name)
		}
	}
	t.entries = append(t.entries, entry{digest: d, id: Identity{Name: nameOr(name, role, len(t.entries)+1), Role: role}})
	return nil
}

func nameOr(name string, role Role, n int) string {
	if name != "" {
		return name
	}
	return fmt.Sprintf("%s-%d", role, n)
}

// AddFlag adds a token given as ROLE:TOKEN (the --token server flag).
func (t *Tokens) AddFlag(s string) error {
	role, tok, ok := strings.Cut(s, ":")
	if !ok {
		return errors.New("--token wants ROLE:TOKEN (role read, write or admin)")
	}
	r, err := ParseRole(role)
	if err != nil {
		return fmt.Errorf("--token: %w", err)
	}
	if err := t.Add(r, tok, ""); err != nil {
		return fmt.Errorf("--token: %w", err)
	}
	return nil
}

// LoadFile adds the tokens of a tokens file: one "ROLE TOKEN [NAME]" per
// line, fields separated by white space; blank lines and lines starting
// with # are skipped. An error names the file and line, never the token.
func (t *Tokens) LoadFile(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("tokens file: %w", err)
	}
	return t.parseFile(path, raw)
}

func (t *Tokens) parseFile(path string, raw []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(raw))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("tokens file %s line %d: want ROLE TOKEN [NAME], got %d fields", path, n, len(f))
		}
		role, err := ParseRole(f[0])
		if err != nil {
			return fmt.Errorf("tokens file %s line %d: %w", path, n, err)
		}
		name := ""
		if len(f) == 3 {
			name = f[2]
		}
		if err := t.Add(role, f[1], name); err != nil {
			return fmt.Errorf("tokens file %s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("tokens file %s: %w", path, err)
	}
	return nil
}

// Lookup finds the identity of a presented token. Every stored digest is
// compared, in constant time, whether or not one already matched, so the
// answer time says nothing about which token (or how much of one) matched.
func (t *Tokens) Lookup(token string) (Identity, bool) {
	if t == nil || token == "" {
		return Identity{}, false
	}
	d := sha256.Sum256([]byte(token))
	var found Identity
	hit := 0
	for i := range t.entries {
		if subtle.ConstantTimeCompare(d[:], t.entries[i].digest[:]) == 1 {
			found = t.entries[i].id
			hit = 1
		}
	}
	return found, hit == 1
}
