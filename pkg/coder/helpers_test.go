package coder

import (
	"io/fs"
	"sync"
	"testing"
	"testing/fstest"
)

var (
	testCoderOnce sync.Once
	testCoder     *Coder
	testCoderErr  error
)

// newTestCoder returns one shared coder over the embedded dictionaries.
func newTestCoder(t testing.TB) *Coder {
	t.Helper()
	testCoderOnce.Do(func() { testCoder, testCoderErr = New() })
	if testCoderErr != nil {
		t.Fatalf("New: %v", testCoderErr)
	}
	return testCoder
}

// fsWalkCopy copies every file of src into dst.
func fsWalkCopy(src fs.FS, dst fstest.MapFS) error {
	return fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		dst[p] = &fstest.MapFile{Data: b}
		return nil
	})
}
