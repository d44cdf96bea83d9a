package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// ServiceMain is the whole main of a single-service binary (services/ingest,
// services/extract, services/aggregate): the same flags as `geotrack run`,
// with the service list fixed to one.
func ServiceMain(service string, args []string) int {
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var f serverFlags
	fs := newFlags(env, service, "[flags]")
	f.bind(env, fs, service)
	if err := parse(fs, args); err != nil {
		return 2
	}
	cfg := f.config(env)
	cfg.Services = []string{service}
	if err := Serve(ctx, env, cfg, nil); err != nil {
		fmt.Fprintf(env.Stderr, "geotrack-%s: %s\n", service, oneLine(err.Error()))
		return 1
	}
	return 0
}
