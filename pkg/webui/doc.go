// Package webui is geotrack's web page for researchers, served by the
// aggregate service at / : actor search, timelines (actor or dyad, stacked
// by CAMEO root or QuadClass), top partners, the events of a period with
// their sentences highlighted in their articles, alert rules and a live
// feed of events and alerts. It calls only the public HTTP API (/v1/...),
// sending the user's bearer token when one is entered.
//
// # How the page is built, and why this way
//
// The page uses npm packages (Apache ECharts, tree-shaken), pinned with
// integrity hashes in package-lock.json. Two constraints shape the build:
// no third-party file may be committed (neither node_modules nor the built
// bundle, which contains ECharts), and `go run ./services/geotrack demo`
// must work on a machine with only Go. So the build is Go code:
//
//   - Install reads package-lock.json, downloads each tarball from the npm
//     registry ($npm_config_registry, else registry.npmjs.org; the
//     lockfile's "resolved" URL when present), checks its sha512 integrity
//     before unpacking, and keeps the tree in os.UserCacheDir()/geotrack/npm.
//   - Build bundles web/main.ts with esbuild's Go API (pinned in pkg/go.mod)
//     into index.html and assets/main-<hash>.js|.css (plus .gz twins and the
//     bundled packages' license texts). No node, no npm needed.
//
// `make web` (go run ./pkg/webui/build) writes that into pkg/webui/dist,
// which the binary embeds; dist/ is git-ignored except placeholder.txt, so
// embed compiles on a fresh clone. When the embedded dist has no
// index.html (fresh clone, plain go run), the server builds the page once
// into os.UserCacheDir()/geotrack/webui/<source hash>, logs one line, and
// serves it from there; later starts reuse it. If that build fails (no
// registry reachable), / answers 503 with a page saying how to build it,
// and the API keeps working.
//
// # Safety
//
// Every text from articles and the API is inserted as text (textContent,
// text nodes), never as markup; the page's Content-Security-Policy allows
// scripts, styles, images and connections from geotrack's own origin only,
// so the page loads nothing from elsewhere (no CDN, no web fonts).
//
// The page and its assets need no token; the API behind them may.
package webui
