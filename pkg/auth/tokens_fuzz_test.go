package auth

import (
	"fmt"
	"strings"
	"testing"
)

// FuzzTokensFile: any tokens file either loads or fails with one line that
// names the file and never repeats a field that could be a token.
func FuzzTokensFile(f *testing.F) {
	f.Add([]byte("# comment\nread " + tokRead + " alice\nwrite " + tokWrite + "\n"))
	f.Add([]byte("admin " + tokAdmin + " ops extra\n"))
	f.Add([]byte("reader " + tokRead + "\n"))
	f.Add([]byte("read short\n\r\nread\t" + tokRead + "\x00\n"))
	f.Add([]byte("read " + tokRead + "\nadmin " + tokRead + "\n"))
	f.Add([]byte(tokRead + " read\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var ts Tokens
		err := ts.parseFile("tokens.txt", raw)
		if err == nil {
			for _, line := range strings.Split(string(raw), "\n") {
				if f := strings.Fields(line); len(f) >= 2 && !strings.HasPrefix(strings.TrimSpace(line), "#") {
					if _, ok := ts.Lookup(f[1]); !ok {
						t.Fatalf("token of line %q does not authenticate", line)
					}
				}
			}
			return
		}
		msg := err.Error()
		if strings.ContainsAny(msg, "\n\r") || !strings.HasPrefix(msg, "tokens file tokens.txt") {
			t.Fatalf("error is not one line naming the file: %q", msg)
		}
		// The line the error names must not have its token (or, in a
		// line written TOKEN ROLE, its first field) in the message.
		var n int
		if _, err := fmt.Sscanf(msg, "tokens file tokens.txt line %d:", &n); err != nil {
			return // a file-level error (a line too long for the scanner)
		}
		lines := strings.Split(string(raw), "\n")
		if n < 1 || n > len(lines) {
			t.Fatalf("error %q names line %d of %d", msg, n, len(lines))
		}
		for i, fld := range strings.Fields(lines[n-1]) {
			if i != 2 && len(fld) > 8 && strings.Contains(msg, fld) {
				t.Fatalf("error %q repeats the field %q", msg, fld)
			}
		}
	})
}
