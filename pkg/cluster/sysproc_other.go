//go:build !linux

package cluster

import "syscall"

// sysProcAttr: without Pdeathsig, children of a killed test process must be
// cleaned up by hand.
func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }
