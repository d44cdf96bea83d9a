package webui

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// DefaultRegistry is the npm registry used when neither InstallOptions nor
// $npm_config_registry names one.
const DefaultRegistry = "https://registry.npmjs.org/"

// maxTarball bounds one downloaded package (echarts is about 7 MB packed).
const maxTarball = 64 << 20

// ErrIntegrity is returned (wrapped) when a downloaded tarball does not
// match the integrity the lockfile records.
var ErrIntegrity = errors.New("webui: integrity mismatch")

// LockedPackage is one entry of package-lock.json (lockfileVersion 2 or 3).
type LockedPackage struct {
	// Path is the lockfile key: "node_modules/echarts", or nested
	// "node_modules/a/node_modules/b".
	Path      string `json:"-"`
	Version   string `json:"version"`
	Resolved  string `json:"resolved"`
	Integrity string `json:"integrity"`
	Link      bool   `json:"link"`
	Dev       bool   `json:"dev"`
}

// Name is the package name the lockfile path installs (after the last
// node_modules/), scoped names included.
func (p LockedPackage) Name() string {
	i := strings.LastIndex(p.Path, "node_modules/")
	return p.Path[i+len("node_modules/"):]
}

// ParseLock reads the installable packages of a package-lock.json (v2/v3),
// sorted by path. Dev dependencies are left out: the page needs none.
func ParseLock(data []byte) ([]LockedPackage, error) {
	var lock struct {
		LockfileVersion int                      `json:"lockfileVersion"`
		Packages        map[string]LockedPackage `json:"packages"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("webui: read package-lock.json: %w", err)
	}
	if lock.LockfileVersion < 2 {
		return nil, fmt.Errorf("webui: package-lock.json version %d has no \"packages\" map (want 2 or 3; regenerate with npm 7+)", lock.LockfileVersion)
	}
	var out []LockedPackage
	for k, p := range lock.Packages {
		if k == "" || p.Link || p.Dev {
			continue
		}
		if !strings.HasPrefix(k, "node_modules/") || strings.Contains(k, "..") {
			return nil, fmt.Errorf("webui: package-lock.json: unexpected package path %q", k)
		}
		if p.Version == "" || p.Integrity == "" {
			return nil, fmt.Errorf("webui: package-lock.json: %s has no version or integrity", k)
		}
		p.Path = k
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// InstallOptions configure Install.
type InstallOptions struct {
	// CacheDir holds verified node_modules trees, one per lockfile.
	CacheDir string
	// Registry is the npm registry base URL; "" means $npm_config_registry,
	// else DefaultRegistry. It is used for entries without "resolved".
	Registry string
	Client   *http.Client
	Log      *slog.Logger
}

func (o *InstallOptions) registry() string {
	r := o.Registry
	if r == "" {
		r = os.Getenv("npm_config_registry")
	}
	if r == "" {
		r = DefaultRegistry
	}
	return strings.TrimSuffix(r, "/") + "/"
}

// TarballURL is where a locked package is downloaded from: its "resolved"
// URL, or the registry's conventional tarball path for name and version.
func TarballURL(registry string, p LockedPackage) string {
	if p.Resolved != "" {
		return p.Resolved
	}
	name := p.Name()
	base := name
	if i := strings.LastIndex(name, "/"); i >= 0 {
		base = name[i+1:]
	}
	return strings.TrimSuffix(registry, "/") + "/" + name + "/-/" + base + "-" + p.Version + ".tgz"
}

// Install lays out the packages of a lockfile as a node_modules tree under
// CacheDir and returns its path. Each tarball is checked against the
// lockfile's integrity (sha512) before anything is unpacked; a tree is
// reused only when it was completed for the same lockfile.
func Install(ctx context.Context, lock []byte, opt InstallOptions) (string, error) {
	pkgs, err := ParseLock(lock)
	if err != nil {
		return "", err
	}
	if opt.Client == nil {
		opt.Client = &http.Client{Timeout: 2 * time.Minute}
	}
	if opt.Log == nil {
		opt.Log = slog.Default()
	}
	sum := sha256.Sum256(lock)
	root := filepath.Join(opt.CacheDir, "npm", hex.EncodeToString(sum[:8]))
	nm := filepath.Join(root, "node_modules")
	if _, err := os.Stat(filepath.Join(root, ".complete")); err == nil {
		return nm, nil
	}
	if err := os.MkdirAll(filepath.Dir(root), 0o750); err != nil {
		return "", fmt.Errorf("webui: create cache dir: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(root), "tmp-")
	if err != nil {
		return "", fmt.Errorf("webui: create temp dir: %w", err)
	}
	defer os.RemoveAll(tmp)
	reg := opt.registry()
	for _, p := range pkgs {
		u := TarballURL(reg, p)
		data, err := download(ctx, opt.Client, u)
		if err != nil {
			return "", fmt.Errorf("webui: %s@%s: %w", p.Name(), p.Version, err)
		}
		if err := VerifyIntegrity(data, p.Integrity); err != nil {
			return "", fmt.Errorf("webui: %s@%s from %s: %w", p.Name(), p.Version, redactURL(u), err)
		}
		if err := untar(data, filepath.Join(tmp, filepath.FromSlash(p.Path))); err != nil {
			return "", fmt.Errorf("webui: unpack %s@%s: %w", p.Name(), p.Version, err)
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, ".complete"), lock, 0o640); err != nil {
		return "", fmt.Errorf("webui: mark npm tree: %w", err)
	}
	// Another process (a second geotrack on this cache) may have completed
	// the same tree meanwhile and be reading it: keep that one.
	if _, err := os.Stat(filepath.Join(root, ".complete")); err == nil {
		return nm, nil
	}
	_ = os.RemoveAll(root) // an incomplete tree of an earlier, interrupted run
	if err := os.Rename(tmp, root); err != nil {
		if _, serr := os.Stat(filepath.Join(root, ".complete")); serr == nil {
			return nm, nil
		}
		return "", fmt.Errorf("webui: move npm tree into place: %w", err)
	}
	opt.Log.Info("webui: npm packages installed", "packages", len(pkgs), "dir", nm)
	return nm, nil
}

func download(ctx context.Context, c *http.Client, rawURL string) ([]byte, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, fmt.Errorf("bad tarball URL %q", redactURL(rawURL))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download %s: %s", u.Redacted(), resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxTarball+1))
	if err != nil {
		return nil, fmt.Errorf("download %s: %w", u.Redacted(), err)
	}
	if len(data) > maxTarball {
		return nil, fmt.Errorf("download %s: larger than %d bytes", u.Redacted(), maxTarball)
	}
	return data, nil
}

// redactURL is rawURL with any password replaced by "xxxxx": a mirror URL
// may carry credentials, and a build error is logged and shown on the
// page anyone may open.
func redactURL(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// VerifyIntegrity checks data against a Subresource-Integrity string as npm
// writes it ("sha512-<base64>"; several space-separated hashes allowed, the
// sha512 ones are checked). Only sha512 is accepted: sha1 is too weak.
func VerifyIntegrity(data []byte, integrity string) error {
	sum := sha512.Sum512(data)
	got := base64.StdEncoding.EncodeToString(sum[:])
	checked := false
	for _, h := range strings.Fields(integrity) {
		want, ok := strings.CutPrefix(h, "sha512-")
		if !ok {
			continue
		}
		checked = true
		if want == got {
			return nil
		}
	}
	if !checked {
		return fmt.Errorf("%w: no sha512 in %q", ErrIntegrity, integrity)
	}
	return fmt.Errorf("%w: got sha512-%s, lockfile has %s", ErrIntegrity, got, integrity)
}

// untar unpacks a gzipped npm tarball into dir, dropping the top folder
// ("package/") every npm tarball wraps its files in. Only regular files and
// folders are written, and no path may leave dir.
func untar(data []byte, dir string) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		name := path.Clean(strings.TrimPrefix(h.Name, "/"))
		if name == ".." || strings.HasPrefix(name, "../") {
			return fmt.Errorf("tarball path %q leaves the package", h.Name)
		}
		_, rest, ok := strings.Cut(name, "/")
		if !ok || rest == "" {
			continue
		}
		if !filepath.IsLocal(rest) {
			return fmt.Errorf("tarball path %q leaves the package", h.Name)
		}
		dst := filepath.Join(dir, filepath.FromSlash(rest))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(dst, 0o750); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(dst), 0o750); err != nil {
				return err
			}
			f, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640)
			if err != nil {
				return err
			}
			_, err = io.Copy(f, io.LimitReader(tr, maxTarball))
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
	}
}
