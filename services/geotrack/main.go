// Command geotrack is the one-binary geotrack: `geotrack run` starts an
// embedded NATS and every service in one process; the other subcommands are
// the CLI (extract, eval, rebuild, ...). All logic is in pkg/cli.
package main

import (
	"os"

	"github.com/geotrack/geotrack/pkg/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:])) }
