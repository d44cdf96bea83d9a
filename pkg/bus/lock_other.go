//go:build !unix

package bus

import "os"

// lockDir does nothing where flock is unavailable: keep one process per
// data dir by other means there.
func lockDir(string) (*os.File, error) { return nil, nil }
