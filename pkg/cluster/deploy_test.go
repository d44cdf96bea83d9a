package cluster_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/geotrack/geotrack/pkg/auth"
	"github.com/geotrack/geotrack/pkg/cluster"
	"github.com/nats-io/nats-server/v2/server"
	"go.yaml.in/yaml/v3"
)

// The deployment files are checked here, next to the process tests that
// run the same topology: they must describe 3 NATS nodes, 2 extract, 2
// aggregate (each with its own volume, one signing checkpoints) and ingest,
// with non-root static images and API tokens from a file or Secret.

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := cluster.WorkspaceRoot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return root
}

type composeFile struct {
	Services map[string]struct {
		Build *struct {
			Context    string            `yaml:"context"`
			Dockerfile string            `yaml:"dockerfile"`
			Args       map[string]string `yaml:"args"`
		} `yaml:"build"`
		Image       string            `yaml:"image"`
		Command     []string          `yaml:"command"`
		Environment map[string]string `yaml:"environment"`
		Volumes     []string          `yaml:"volumes"`
		Secrets     []string          `yaml:"secrets"`
		Profiles    []string          `yaml:"profiles"`
	} `yaml:"services"`
	Secrets map[string]struct {
		File string `yaml:"file"`
	} `yaml:"secrets"`
	Volumes map[string]any `yaml:"volumes"`
}

// envDefault resolves "${VAR:-default}" to its default.
func envDefault(s string) string {
	if strings.HasPrefix(s, "${") && strings.HasSuffix(s, "}") {
		if _, def, ok := strings.Cut(s[2:len(s)-1], ":-"); ok {
			return def
		}
	}
	return s
}

func TestComposeTopology(t *testing.T) {
	root := repoRoot(t)
	raw, err := os.ReadFile(filepath.Join(root, "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var cf composeFile
	if err := yaml.Unmarshal(raw, &cf); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	byKind := map[string][]string{}
	volumeOwner := map[string]string{}
	for name, s := range cf.Services {
		if slices.Contains(s.Profiles, "monitoring") {
			continue
		}
		if s.Build == nil {
			t.Errorf("service %s is not built from deploy/", name)
			continue
		}
		if _, err := os.Stat(filepath.Join(root, s.Build.Context, s.Build.Dockerfile)); err != nil {
			t.Errorf("service %s: %v", name, err)
		}
		kind := s.Build.Args["SERVICE"]
		if s.Build.Dockerfile == "deploy/nats/Dockerfile" {
			kind = "nats"
			if s.Environment["SERVER_NAME"] != name {
				t.Errorf("NATS service %s has SERVER_NAME %q", name, s.Environment["SERVER_NAME"])
			}
		}
		byKind[kind] = append(byKind[kind], name)
		for _, v := range s.Volumes {
			vol, _, _ := strings.Cut(v, ":")
			if prev, ok := volumeOwner[vol]; ok {
				t.Errorf("volume %s shared by %s and %s", vol, prev, name)
			}
			volumeOwner[vol] = name
		}
		if kind == "nats" {
			continue
		}
		env := s.Environment
		for _, n := range []string{"nats-0", "nats-1", "nats-2"} {
			if !strings.Contains(env["GEOTRACK_NATS_URL"], "nats://"+n+":4222") {
				t.Errorf("%s: GEOTRACK_NATS_URL %q does not list %s", name, env["GEOTRACK_NATS_URL"], n)
			}
		}
		if env["GEOTRACK_TOKENS_FILE"] != "/run/secrets/api-tokens" || !slices.Contains(s.Secrets, "api-tokens") {
			t.Errorf("%s: API tokens not given as the api-tokens secret file", name)
		}
		if env["GEOTRACK_NATS_USER"] == "" || env["GEOTRACK_NATS_PASSWORD"] == "" {
			t.Errorf("%s: no NATS credentials", name)
		}
	}
	want := map[string]int{"nats": 3, "ingest": 1, "extract": 2, "aggregate": 2}
	for kind, n := range want {
		if len(byKind[kind]) != n {
			t.Errorf("%d %s services (%v), want %d", len(byKind[kind]), kind, byKind[kind], n)
		}
	}
	signers := 0
	for _, name := range byKind["aggregate"] {
		s := cf.Services[name]
		if !slices.Contains(s.Command, "--no-checkpoints") {
			signers++
		}
		if len(s.Volumes) == 0 {
			t.Errorf("aggregate %s keeps its projection on no volume", name)
		}
	}
	if signers != 1 {
		t.Errorf("%d aggregates sign checkpoints, want exactly 1", signers)
	}
	// The default tokens file exists and is one the services accept.
	var tokens auth.Tokens
	if err := tokens.LoadFile(filepath.Join(root, envDefault(cf.Secrets["api-tokens"].File))); err != nil {
		t.Fatalf("api-tokens secret: %v", err)
	}
	if tokens.Len() == 0 {
		t.Fatal("the example tokens file holds no token")
	}
}

// TestComposeConfig runs `docker compose config` (or docker-compose) on
// the file when a client is installed; CI installs docker-compose from
// Debian for it (deploy/README.md).
func TestComposeConfig(t *testing.T) {
	root := repoRoot(t)
	var cmd *exec.Cmd
	if p, err := exec.LookPath("docker-compose"); err == nil {
		cmd = exec.Command(p, "-f", "docker-compose.yml", "config", "-q")
	} else if p, err := exec.LookPath("docker"); err == nil && exec.Command(p, "compose", "version").Run() == nil {
		cmd = exec.Command(p, "compose", "-f", "docker-compose.yml", "config", "-q")
	} else {
		t.Skip("no docker compose client installed (apt-get install docker-compose)")
	}
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "COMPOSE_PROJECT_NAME=geotrack-test")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, out)
	}
}

// TestDockerfiles: multi-stage, static, non-root.
func TestDockerfiles(t *testing.T) {
	root := repoRoot(t)
	for _, path := range []string{"deploy/Dockerfile", "deploy/nats/Dockerfile"} {
		f, err := os.Open(filepath.Join(root, path))
		if err != nil {
			t.Fatal(err)
		}
		stages, static, user := 0, false, ""
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			switch {
			case strings.HasPrefix(line, "FROM "):
				stages++
				user = "" // USER is per stage: only the last one's counts
			case strings.HasPrefix(line, "USER "):
				user = strings.TrimSpace(strings.TrimPrefix(line, "USER "))
			}
			if strings.Contains(line, "CGO_ENABLED=0") {
				static = true
			}
		}
		f.Close()
		if stages < 2 {
			t.Errorf("%s: %d stages, want a build stage and a runtime stage", path, stages)
		}
		if !static {
			t.Errorf("%s: the binary is not built with CGO_ENABLED=0", path)
		}
		uid, _, _ := strings.Cut(user, ":")
		if uid == "" || uid == "0" || uid == "root" {
			t.Errorf("%s: the runtime stage runs as %q, want a non-root user", path, user)
		}
	}
}

// checkNATSConfig parses a node configuration with the nats-server the
// cluster runs and checks it is a JetStream cluster node of three.
func checkNATSConfig(t *testing.T, path string, routeHosts []string) {
	t.Helper()
	opts, err := server.ProcessConfigFile(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if !opts.JetStream || opts.StoreDir != "/data" {
		t.Errorf("%s: JetStream %v in %q, want on in /data", path, opts.JetStream, opts.StoreDir)
	}
	if opts.Cluster.Name != cluster.ClusterName || opts.Cluster.Port != 6222 {
		t.Errorf("%s: cluster %q port %d", path, opts.Cluster.Name, opts.Cluster.Port)
	}
	var hosts []string
	for _, r := range opts.Routes {
		hosts = append(hosts, r.Hostname())
	}
	if !slices.Equal(hosts, routeHosts) {
		t.Errorf("%s: routes to %v, want %v", path, hosts, routeHosts)
	}
	if opts.ServerName != "node-x" || opts.Username != "u" || opts.Password != "p" {
		t.Errorf("%s: server name %q, user %q: not taken from the environment", path, opts.ServerName, opts.Username)
	}
	if opts.HTTPPort != 8222 || opts.Port != 4222 {
		t.Errorf("%s: client port %d, monitoring port %d", path, opts.Port, opts.HTTPPort)
	}
}

func TestNATSConfigs(t *testing.T) {
	root := repoRoot(t)
	t.Setenv("SERVER_NAME", "node-x")
	t.Setenv("POD_NAME", "node-x")
	t.Setenv("NATS_USER", "u")
	t.Setenv("NATS_PASSWORD", "p")
	checkNATSConfig(t, filepath.Join(root, "deploy/nats/nats.conf"), []string{"nats-0", "nats-1", "nats-2"})

	// The Kubernetes ConfigMap holds its own copy (routes by pod DNS name).
	for _, obj := range k8sObjects(t, root) {
		if obj.Kind == "ConfigMap" && obj.Metadata.Name == "nats-config" {
			path := filepath.Join(t.TempDir(), "nats.conf")
			if err := os.WriteFile(path, []byte(obj.Data["nats.conf"]), 0o644); err != nil {
				t.Fatal(err)
			}
			checkNATSConfig(t, path, []string{"nats-0.nats", "nats-1.nats", "nats-2.nats"})
			return
		}
	}
	t.Fatal("deploy/k8s has no ConfigMap nats-config")
}

// k8sObject is the part of a manifest the checks read.
type k8sObject struct {
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Data map[string]string `yaml:"data"`
	Spec struct {
		ClusterIP            string `yaml:"clusterIP"`
		Replicas             *int   `yaml:"replicas"`
		ServiceName          string `yaml:"serviceName"`
		VolumeClaimTemplates []any  `yaml:"volumeClaimTemplates"`
		Selector             struct {
			MatchLabels map[string]string `yaml:"matchLabels"`
		} `yaml:"selector"`
		Template struct {
			Metadata struct {
				Labels map[string]string `yaml:"labels"`
			} `yaml:"metadata"`
			Spec struct {
				SecurityContext struct {
					RunAsNonRoot bool `yaml:"runAsNonRoot"`
					RunAsUser    int  `yaml:"runAsUser"`
				} `yaml:"securityContext"`
				Containers []k8sContainer `yaml:"containers"`
				Volumes    []struct {
					Name   string `yaml:"name"`
					Secret *struct {
						SecretName string `yaml:"secretName"`
					} `yaml:"secret"`
				} `yaml:"volumes"`
			} `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

type k8sProbe struct {
	HTTPGet *struct {
		Path string `yaml:"path"`
	} `yaml:"httpGet"`
}

type k8sContainer struct {
	Name  string   `yaml:"name"`
	Image string   `yaml:"image"`
	Args  []string `yaml:"args"`
	Env   []struct {
		Name      string `yaml:"name"`
		Value     string `yaml:"value"`
		ValueFrom *struct {
			SecretKeyRef *struct {
				Name string `yaml:"name"`
			} `yaml:"secretKeyRef"`
		} `yaml:"valueFrom"`
	} `yaml:"env"`
	LivenessProbe  *k8sProbe `yaml:"livenessProbe"`
	ReadinessProbe *k8sProbe `yaml:"readinessProbe"`
	Resources      struct {
		Requests map[string]string `yaml:"requests"`
	} `yaml:"resources"`
}

func k8sObjects(t *testing.T, root string) []k8sObject {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(root, "deploy/k8s/*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests in deploy/k8s: %v", err)
	}
	var objs []k8sObject
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(fh)
		for {
			var o k8sObject
			err := dec.Decode(&o)
			if err != nil {
				if errors.Is(err, io.EOF) {
					break
				}
				t.Fatalf("%s: %v", f, err)
			}
			if o.Kind == "" {
				t.Fatalf("%s: a document without kind", f)
			}
			objs = append(objs, o)
		}
		fh.Close()
	}
	return objs
}

func TestK8sManifests(t *testing.T) {
	root := repoRoot(t)
	objs := k8sObjects(t, root)
	find := func(kind, name string) *k8sObject {
		for i := range objs {
			if objs[i].Kind == kind && objs[i].Metadata.Name == name {
				return &objs[i]
			}
		}
		t.Errorf("no %s %s", kind, name)
		return nil
	}
	replicas := func(o *k8sObject) int {
		if o == nil || o.Spec.Replicas == nil {
			return 1
		}
		return *o.Spec.Replicas
	}
	if n := find("StatefulSet", "nats"); n != nil {
		if replicas(n) != 3 || len(n.Spec.VolumeClaimTemplates) == 0 || n.Spec.ServiceName != "nats" {
			t.Errorf("nats StatefulSet: %d replicas, %d volume templates, service %q", replicas(n), len(n.Spec.VolumeClaimTemplates), n.Spec.ServiceName)
		}
	}
	if s := find("Service", "nats"); s != nil && s.Spec.ClusterIP != "None" {
		t.Errorf("Service nats is not headless (clusterIP %q)", s.Spec.ClusterIP)
	}
	if d := find("Deployment", "ingest"); replicas(d) != 2 {
		t.Errorf("ingest: %d replicas, want 2", replicas(d))
	}
	if d := find("Deployment", "extract"); replicas(d) != 2 {
		t.Errorf("extract: %d replicas, want 2", replicas(d))
	}
	find("Service", "ingest")
	find("Service", "aggregate")
	aggregates, signers := 0, 0
	for i := range objs {
		o := &objs[i]
		if o.Kind != "StatefulSet" || o.Spec.Template.Metadata.Labels["app.kubernetes.io/name"] != "aggregate" {
			continue
		}
		aggregates += replicas(o)
		if len(o.Spec.VolumeClaimTemplates) == 0 {
			t.Errorf("aggregate StatefulSet %s has no volume per replica", o.Metadata.Name)
		}
		if !slices.Contains(o.Spec.Template.Spec.Containers[0].Args, "--no-checkpoints") {
			signers += replicas(o)
		}
	}
	if aggregates != 2 || signers != 1 {
		t.Errorf("%d aggregate replicas of which %d sign checkpoints, want 2 and 1", aggregates, signers)
	}
	// Every geotrack workload: non-root, probes, requests, tokens Secret.
	for i := range objs {
		o := &objs[i]
		if o.Kind != "Deployment" && o.Kind != "StatefulSet" {
			continue
		}
		ps := o.Spec.Template.Spec
		if !ps.SecurityContext.RunAsNonRoot || ps.SecurityContext.RunAsUser == 0 {
			t.Errorf("%s %s: not run as non-root", o.Kind, o.Metadata.Name)
		}
		for k, v := range o.Spec.Selector.MatchLabels {
			if o.Spec.Template.Metadata.Labels[k] != v {
				t.Errorf("%s %s: selector %s=%s does not match the pod labels", o.Kind, o.Metadata.Name, k, v)
			}
		}
		for _, c := range ps.Containers {
			if len(c.Resources.Requests) == 0 {
				t.Errorf("%s/%s: no resource requests", o.Metadata.Name, c.Name)
			}
			if c.LivenessProbe == nil || c.ReadinessProbe == nil || c.LivenessProbe.HTTPGet == nil || c.ReadinessProbe.HTTPGet == nil {
				t.Errorf("%s/%s: no HTTP liveness and readiness probes", o.Metadata.Name, c.Name)
				continue
			}
			if o.Metadata.Name == "nats" {
				continue
			}
			if c.LivenessProbe.HTTPGet.Path != "/healthz" || c.ReadinessProbe.HTTPGet.Path != "/readyz" {
				t.Errorf("%s/%s: probes on %s and %s", o.Metadata.Name, c.Name, c.LivenessProbe.HTTPGet.Path, c.ReadinessProbe.HTTPGet.Path)
			}
			tokensFile, natsSecret := "", false
			for _, e := range c.Env {
				if e.Name == "GEOTRACK_TOKENS_FILE" {
					tokensFile = e.Value
				}
				if e.Name == "GEOTRACK_NATS_PASSWORD" && e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
					natsSecret = true
				}
			}
			tokensSecret := false
			for _, v := range ps.Volumes {
				if v.Secret != nil && v.Secret.SecretName == "geotrack-api-tokens" {
					tokensSecret = true
				}
			}
			if tokensFile == "" || !tokensSecret || !natsSecret {
				t.Errorf("%s/%s: API tokens file %q from Secret %v, NATS password from a Secret %v", o.Metadata.Name, c.Name, tokensFile, tokensSecret, natsSecret)
			}
		}
	}
	// kustomization lists every manifest.
	raw, err := os.ReadFile(filepath.Join(root, "deploy/k8s/kustomization.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var k struct {
		Resources []string `yaml:"resources"`
	}
	if err := yaml.Unmarshal(raw, &k); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(root, "deploy/k8s/*.yaml"))
	for _, f := range files {
		if b := filepath.Base(f); b != "kustomization.yaml" && !slices.Contains(k.Resources, b) {
			t.Errorf("kustomization.yaml does not list %s", b)
		}
	}
}

// TestPrometheusConfig: the scrape configs parse and name every service.
func TestPrometheusConfig(t *testing.T) {
	root := repoRoot(t)
	raw, err := os.ReadFile(filepath.Join(root, "deploy/prometheus/prometheus.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		ScrapeConfigs []struct {
			JobName       string `yaml:"job_name"`
			StaticConfigs []struct {
				Targets []string `yaml:"targets"`
			} `yaml:"static_configs"`
		} `yaml:"scrape_configs"`
	}
	if err := yaml.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	var targets []string
	for _, sc := range p.ScrapeConfigs {
		for _, s := range sc.StaticConfigs {
			targets = append(targets, s.Targets...)
		}
	}
	for _, want := range []string{"ingest:8080", "extract-1:8080", "extract-2:8080", "aggregate-1:8080", "aggregate-2:8080"} {
		if !slices.Contains(targets, want) {
			t.Errorf("prometheus.yml does not scrape %s", want)
		}
	}
	var k8s map[string]any
	raw, err = os.ReadFile(filepath.Join(root, "deploy/prometheus/kubernetes.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(raw, &k8s); err != nil || k8s["scrape_configs"] == nil {
		t.Fatalf("kubernetes.yml: %v", err)
	}
}
