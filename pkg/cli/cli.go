// Package cli is the geotrack command line: every subcommand's flags and
// logic. services/geotrack's main only calls Main.
//
// Conventions: configuration by flags whose defaults come from environment
// variables (GEOTRACK_DATA, GEOTRACK_ADDR, GEOTRACK_NATS_URL, ...); a
// failure prints one line on stderr and exits non-zero.
package cli

import (
	"bytes"
	"encoding/json"
	"net/http"

	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/geotrack/geotrack/pkg/httpx"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"
)

// Env is what a command runs with; tests pass their own.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

type command struct {
	name, usage, help string
	run               func(ctx context.Context, env *Env, args []string) error
}

var commands []command

func register(c command) { commands = append(commands, c) }

// usageError is printed with the command's usage line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Main runs the command line and returns the exit code.
func Main(args []string) int {
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return Run(ctx, env, args)
}

// Run is Main with an explicit environment.
func Run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printHelp(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	sort.Slice(commands, func(i, j int) bool { return commands[i].name < commands[j].name })
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		if err == nil || errors.Is(err, flag.ErrHelp) {
			return 0
		}
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(env.Stderr, "geotrack %s: %s\nusage: geotrack %s\n", c.name, ue.msg, c.usage)
			return 2
		}
		var ec exitCode
		if errors.As(err, &ec) {
			if ec.msg != "" {
				fmt.Fprintf(env.Stderr, "geotrack %s: %s\n", c.name, ec.msg)
			}
			return ec.code
		}
		fmt.Fprintf(env.Stderr, "geotrack %s: %s\n", c.name, oneLine(err.Error()))
		return 1
	}
	fmt.Fprintf(env.Stderr, "geotrack: unknown command %q (try geotrack help)\n", args[0])
	return 2
}

// exitCode lets a command choose its exit status (eval below threshold).
type exitCode struct {
	code int
	msg  string
}

func (e exitCode) Error() string { return e.msg }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "geotrack: an event-sourced geopolitical event tracker.")
	fmt.Fprintln(w, "\nCommands:")
	sort.Slice(commands, func(i, j int) bool { return commands[i].name < commands[j].name })
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.help)
	}
	fmt.Fprintln(w, "\nRun 'geotrack COMMAND -h' for a command's flags.")
}

// newFlags makes a FlagSet that reports errors instead of exiting.
func newFlags(env *Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: geotrack %s\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; flag errors become usage errors (already printed).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return exitCode{code: 2}
	}
	return nil
}

func envOr(env *Env, key, def string) string {
	if v := env.Getenv(key); v != "" {
		return v
	}
	return def
}

func envDuration(env *Env, key string, def time.Duration) time.Duration {
	if v := env.Getenv(key); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
	}
	return def
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments (geotrack feeds add URL --interval 15m) and returns
// the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return pos, nil
}

// apiCall sends one request to a running geotrack (the alerts and feeds
// commands); any 2xx is success and its JSON body is decoded into v.
func apiCall(ctx context.Context, method, u string, body []byte, v any) error {
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	authorize(ctx, req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%v (is geotrack run up? see --server)", err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if resp.StatusCode/100 != 2 {
		return problemError(method, u, resp.StatusCode, raw)
	}
	if v != nil && len(bytes.TrimSpace(raw)) > 0 {
		return json.Unmarshal(raw, v)
	}
	return nil
}

// problemError turns an error answer into one line: the JSON problem's
// detail naming its parameter when there is one, else the status.
func problemError(method, u string, status int, body []byte) error {
	var p httpx.Problem
	if json.Unmarshal(body, &p) == nil && p.Detail != "" {
		if p.Param != "" {
			return fmt.Errorf("%s (parameter %s)", p.Detail, p.Param)
		}
		return errors.New(p.Detail)
	}
	return fmt.Errorf("%s %s: HTTP %d: %s", method, u, status, oneLine(string(body)))
}
