// Command build bundles geotrack's web page into pkg/webui/dist (make web):
// it downloads the npm packages of pkg/webui/package-lock.json, checks
// their integrity, and bundles with esbuild. Only Go is needed.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"

	"github.com/geotrack/geotrack/pkg/webui"
)

func main() {
	_, self, _, _ := runtime.Caller(0)
	def := filepath.Join(filepath.Dir(filepath.Dir(self)), "dist")
	out := flag.String("out", def, "output folder (index.html, assets/)")
	cache := flag.String("cache", webui.DefaultCacheDir(), "cache of verified npm packages")
	registry := flag.String("registry", "", "npm registry (default $npm_config_registry or "+webui.DefaultRegistry+")")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := webui.Build(ctx, webui.BuildOptions{OutDir: *out, CacheDir: *cache, Registry: *registry, Log: slog.Default()})
	if err != nil {
		fmt.Fprintln(os.Stderr, "webui build:", err)
		os.Exit(1)
	}
	fmt.Printf("webui: %d files in %s, first view %.1f KB gzipped\n", len(res.Files), *out, float64(res.GzipBytes)/1024)
}
