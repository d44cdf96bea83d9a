package cluster

import "syscall"

// sysProcAttr kills the child when the test process dies, so a test stopped
// by its timeout leaves no nats-server or service running.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
