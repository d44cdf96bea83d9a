package audit

import (
	"crypto/sha256"
	"fmt"
	"testing"
)

// naiveRoot is RFC 6962 section 2.1 written literally.
func naiveRoot(leaves []Hash) Hash {
	switch len(leaves) {
	case 0:
		return sha256.Sum256(nil)
	case 1:
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	return nodeHash(naiveRoot(leaves[:k]), naiveRoot(leaves[k:]))
}

func TestTreeMatchesRFC6962(t *testing.T) {
	var tr Tree
	var leaves []Hash
	for i := range 130 {
		if got, want := tr.Root(), naiveRoot(leaves); got != want {
			t.Fatalf("size %d: root %s, want %s", i, got, want)
		}
		// Resuming from the compact range gives the same head.
		r, err := ResumeTree(tr.Size(), tr.Peaks())
		if err != nil {
			t.Fatal(err)
		}
		if r.Root() != tr.Root() {
			t.Fatalf("size %d: resumed root differs", i)
		}
		l := Hash(sha256.Sum256([]byte(fmt.Sprint(i))))
		leaves = append(leaves, l)
		tr.Append(l)
	}
	if _, err := ResumeTree(7, tr.Peaks()); err == nil {
		t.Fatal("ResumeTree accepted a compact range of the wrong size")
	}
}

// The empty tree's head and a one-leaf tree follow RFC 6962 exactly (the
// known SHA-256 of the empty string).
func TestTreeKnownValues(t *testing.T) {
	var tr Tree
	if got := tr.Root().String(); got != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Fatalf("empty root %s", got)
	}
}
