// Command extract runs geotrack's extract service alone, against an external NATS
// (--nats-url) or an embedded one. All logic is in pkg/.
package main

import (
	"os"

	"github.com/geotrack/geotrack/pkg/cli"
)

func main() { os.Exit(cli.ServiceMain("extract", os.Args[1:])) }
