// Package auth guards geotrack's HTTP API: bearer tokens with roles (read,
// write, admin), the table of which role each route needs, per-client rate
// limits, and the decision whether the API may run without tokens at all.
//
// Tokens are kept only as SHA-256 digests and compared in constant time;
// neither a token nor a digest is ever logged (a token's name is).
package auth

import (
	"fmt"
	"strings"
)

// Role is what a token may do. Roles are ordered: admin implies write,
// write implies read.
type Role int

// Roles, weakest first. None is the zero value: no access at all.
const (
	None Role = iota
	Read
	Write
	Admin
)

func (r Role) String() string {
	switch r {
	case Read:
		return "read"
	case Write:
		return "write"
	case Admin:
		return "admin"
	}
	return "none"
}

// Allows reports whether a token of role r may use a route needing need.
func (r Role) Allows(need Role) bool { return need != None && r >= need }

// ParseRole reads "read", "write" or "admin" (any case).
func ParseRole(s string) (Role, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "read":
		return Read, nil
	case "write":
		return Write, nil
	case "admin":
		return Admin, nil
	}
	if len(s) > 8 {
		// Not echoed: a line written TOKEN ROLE would put the token in
		// the error, and so in logs.
		return None, fmt.Errorf("unknown role of %d characters (want read, write or admin, first on the line)", len(s))
	}
	return None, fmt.Errorf("unknown role %q (want read, write or admin)", s)
}
