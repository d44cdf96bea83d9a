package auth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	tokRead  = "read-token-0123456789abcdef"
	tokWrite = "write-token-0123456789abcdef"
	tokAdmin = "admin-token-0123456789abcdef"
)

func TestRoleOrder(t *testing.T) {
	cases := []struct {
		have, need Role
		want       bool
	}{
		{Read, Read, true}, {Read, Write, false}, {Read, Admin, false},
		{Write, Read, true}, {Write, Write, true}, {Write, Admin, false},
		{Admin, Read, true}, {Admin, Write, true}, {Admin, Admin, true},
		{None, Read, false}, {Admin, None, false},
	}
	for _, c := range cases {
		if got := c.have.Allows(c.need); got != c.want {
			t.Errorf("%s.Allows(%s) = %v, want %v", c.have, c.need, got, c.want)
		}
	}
	for _, s := range []string{"read", "WRITE", " admin "} {
		if _, err := ParseRole(s); err != nil {
			t.Errorf("ParseRole(%q): %v", s, err)
		}
	}
	if _, err := ParseRole("root"); err == nil {
		t.Error("ParseRole(root) accepted")
	}
}

func TestTokensLookup(t *testing.T) {
	var ts Tokens
	for _, f := range []string{"read:" + tokRead, "write:" + tokWrite, "admin:" + tokAdmin} {
		if err := ts.AddFlag(f); err != nil {
			t.Fatal(err)
		}
	}
	for tok, want := range map[string]Role{tokRead: Read, tokWrite: Write, tokAdmin: Admin} {
		id, ok := ts.Lookup(tok)
		if !ok || id.Role != want {
			t.Errorf("Lookup(%s) = %+v %v, want role %s", tok[:5], id, ok, want)
		}
		if strings.Contains(id.Name, tok) {
			t.Errorf("identity name %q contains the token", id.Name)
		}
	}
	for _, bad := range []string{"", tokRead + "x", tokRead[:len(tokRead)-1], strings.ToUpper(tokRead)} {
		if _, ok := ts.Lookup(bad); ok {
			t.Errorf("Lookup(%q) matched", bad)
		}
	}
	var nilTokens *Tokens
	if _, ok := nilTokens.Lookup(tokRead); ok || nilTokens.Len() != 0 {
		t.Error("a nil Tokens matched")
	}
}

func TestTokenFlagErrors(t *testing.T) {
	for flag, want := range map[string]string{
		tokRead:                  "ROLE:TOKEN",
		"root:" + tokRead:        "unknown role",
		"read:short":             "at least 16",
		"read:" + tokRead + " x": "white space",
	} {
		var ts Tokens
		err := ts.AddFlag(flag)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("AddFlag(%q) = %v, want an error mentioning %q", flag, err, want)
			continue
		}
		if strings.Contains(err.Error(), tokRead) || strings.Contains(err.Error(), "short") {
			t.Errorf("error %q shows the token", err)
		}
	}
	var ts Tokens
	_ = ts.AddFlag("read:" + tokRead)
	if err := ts.AddFlag("admin:" + tokRead); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("the same token twice: %v", err)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "tokens")
	content := "# geotrack API tokens\n\nread " + tokRead + " alice\n  write\t" + tokWrite + "\nADMIN " + tokAdmin + " ops # not a comment: a 4th field\n"
	if err := os.WriteFile(good, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	var ts Tokens
	err := ts.LoadFile(good)
	if err == nil || err.Error() != "tokens file "+good+" line 5: want ROLE TOKEN [NAME], got 10 fields" {
		t.Fatalf("a 10-field line: %v", err)
	}
	content = strings.Replace(content, " # not a comment: a 4th field", "", 1)
	if err := os.WriteFile(good, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	ts = Tokens{}
	if err := ts.LoadFile(good); err != nil {
		t.Fatal(err)
	}
	if id, ok := ts.Lookup(tokRead); !ok || id.Name != "alice" || id.Role != Read {
		t.Errorf("alice: %+v %v", id, ok)
	}
	if id, ok := ts.Lookup(tokWrite); !ok || id.Name != "write-2" {
		t.Errorf("unnamed write token: %+v %v", id, ok)
	}
	if id, ok := ts.Lookup(tokAdmin); !ok || id.Name != "ops" || id.Role != Admin {
		t.Errorf("ops: %+v %v", id, ok)
	}

	// Every error is one line naming file and line, never the token.
	for body, want := range map[string]string{
		"read\n":                                 "line 1: want ROLE TOKEN [NAME], got 1 fields",
		"# c\nsuper " + tokRead + "\n":           `line 2: unknown role "super"`,
		"read abc\n":                             "line 1: the read token is 3 characters",
		"read " + tokRead + "\nadmin " + tokRead: "line 2: the same token is given twice",
		"read " + tokRead + " a\nwrite " + tokWrite + " a\n": `line 2: token name "a" is used twice`,
	} {
		f := filepath.Join(dir, "bad")
		if err := os.WriteFile(f, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		var ts Tokens
		err := ts.LoadFile(f)
		if err == nil || !strings.Contains(err.Error(), "tokens file "+f+" "+want) {
			t.Errorf("%q: %v, want %q", body, err, want)
			continue
		}
		if strings.ContainsAny(err.Error(), "\n") || strings.Contains(err.Error(), tokRead) || strings.Contains(err.Error(), "abc") {
			t.Errorf("error is not one line without the token: %q", err)
		}
	}
	var none Tokens
	if err := none.LoadFile(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "tokens file") {
		t.Errorf("missing file: %v", err)
	}
}
