package cluster

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ClusterName is the NATS cluster name the harness uses (and deploy/nats).
const ClusterName = "geotrack"

// NATSNode is one nats-server process of a cluster.
type NATSNode struct {
	Name        string // server_name, also the JetStream peer name
	ClientPort  int
	ClusterPort int
	HTTPPort    int // monitoring
	Dir         string
	proc        *proc
}

// ClientURL is the node's client URL.
func (n *NATSNode) ClientURL() string { return fmt.Sprintf("nats://127.0.0.1:%d", n.ClientPort) }

// PID is the process id of the node's current run.
func (n *NATSNode) PID() int { return n.proc.pid() }

// Running reports whether the node's process is up.
func (n *NATSNode) Running() bool { return n.proc.running() }

// LogTail is the end of the node's log.
func (n *NATSNode) LogTail(lines int) string { return n.proc.logTail(lines) }

// NATSCluster is a JetStream cluster of nats-server processes on loopback.
type NATSCluster struct {
	Nodes []*NATSNode
}

// StartNATS writes a config per node (the shape of deploy/nats: JetStream,
// cluster routes to every node, monitoring port), starts n nodes under dir
// and waits until they agree on a JetStream meta leader.
func StartNATS(ctx context.Context, bin *Binaries, dir string, n int) (*NATSCluster, error) {
	ports, err := freePorts(3 * n)
	if err != nil {
		return nil, err
	}
	c := &NATSCluster{}
	var routes []string
	for i := range n {
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", ports[3*i+1]))
	}
	for i := range n {
		node := &NATSNode{
			Name:        fmt.Sprintf("n%d", i),
			ClientPort:  ports[3*i],
			ClusterPort: ports[3*i+1],
			HTTPPort:    ports[3*i+2],
			Dir:         filepath.Join(dir, fmt.Sprintf("nats-n%d", i)),
		}
		if err := os.MkdirAll(node.Dir, 0o755); err != nil {
			return nil, fmt.Errorf("cluster: %w", err)
		}
		conf := filepath.Join(node.Dir, "nats.conf")
		if err := os.WriteFile(conf, []byte(nodeConfig(node, routes)), 0o644); err != nil {
			return nil, fmt.Errorf("cluster: write %s: %w", conf, err)
		}
		node.proc = &proc{name: "nats " + node.Name, path: bin.NATSServer, args: []string{"-c", conf},
			logPath: filepath.Join(node.Dir, "nats.log")}
		c.Nodes = append(c.Nodes, node)
	}
	for _, node := range c.Nodes {
		if err := node.proc.start(); err != nil {
			c.Close()
			return nil, err
		}
	}
	if err := c.WaitMetaLeader(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// nodeConfig is one node's nats-server configuration.
func nodeConfig(n *NATSNode, routes []string) string {
	return fmt.Sprintf(`server_name: %q
listen: "127.0.0.1:%d"
http: "127.0.0.1:%d"
jetstream {
  store_dir: %q
}
cluster {
  name: %q
  listen: "127.0.0.1:%d"
  routes: [%s]
}
`, n.Name, n.ClientPort, n.HTTPPort, filepath.Join(n.Dir, "jetstream"), ClusterName, n.ClusterPort,
		`"`+strings.Join(routes, `", "`)+`"`)
}

// URLs are the client URLs of every node.
func (c *NATSCluster) URLs() []string {
	var urls []string
	for _, n := range c.Nodes {
		urls = append(urls, n.ClientURL())
	}
	return urls
}

// URL is every node's client URL, comma separated, as --nats-url takes it:
// a client connects to any node and moves to another when it goes away.
func (c *NATSCluster) URL() string { return strings.Join(c.URLs(), ",") }

// Node returns the node with the given server name, or nil.
func (c *NATSCluster) Node(name string) *NATSNode {
	for _, n := range c.Nodes {
		if n.Name == name {
			return n
		}
	}
	return nil
}

// Kill is kill -9 of node i.
func (c *NATSCluster) Kill(i int) error { return c.Nodes[i].proc.kill() }

// Stop shuts node i down cleanly (SIGTERM; the server steps down from any
// leadership first).
func (c *NATSCluster) Stop(i int) error { return c.Nodes[i].proc.stop() }

// Restart starts node i again on the same ports and store.
func (c *NATSCluster) Restart(i int) error { return c.Nodes[i].proc.start() }

// Close kills every node.
func (c *NATSCluster) Close() {
	for _, n := range c.Nodes {
		_ = n.proc.kill()
	}
}

// jsz is the part of a node's /jsz answer the harness reads.
type jsz struct {
	Meta *struct {
		Leader string `json:"leader"`
		Size   int    `json:"cluster_size"`
	} `json:"meta_cluster"`
}

// httpClient bounds every request of the harness: a process under test
// that stops answering must fail a wait, not hang it.
var httpClient = &http.Client{Timeout: 10 * time.Second}

func getJSON(ctx context.Context, url string, v any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if v != nil {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			return resp.StatusCode, fmt.Errorf("decode %s: %w", url, err)
		}
	}
	return resp.StatusCode, nil
}

// MetaLeader is the JetStream meta leader every running node reports, ""
// while they do not agree or have none.
func (c *NATSCluster) MetaLeader(ctx context.Context) string {
	leader := ""
	for _, n := range c.Nodes {
		if !n.Running() {
			continue
		}
		var j jsz
		if _, err := getJSON(ctx, fmt.Sprintf("http://127.0.0.1:%d/jsz", n.HTTPPort), &j); err != nil || j.Meta == nil || j.Meta.Leader == "" {
			return ""
		}
		if j.Meta.Size != len(c.Nodes) {
			return ""
		}
		if leader != "" && leader != j.Meta.Leader {
			return ""
		}
		leader = j.Meta.Leader
	}
	return leader
}

// WaitMetaLeader waits until the running nodes agree on a meta leader.
func (c *NATSCluster) WaitMetaLeader(ctx context.Context) error {
	return poll(ctx, "a JetStream meta leader", 60*time.Second, func() error {
		for _, n := range c.Nodes {
			if !n.Running() && n.proc.exitErr() != nil {
				return fmt.Errorf("nats %s exited: %v\n%s", n.Name, n.proc.exitErr(), n.LogTail(20))
			}
		}
		if c.MetaLeader(ctx) == "" {
			return errNotYet
		}
		return nil
	})
}

// WaitHealthy waits until node i answers /healthz with 200: it runs, is
// connected to the meta leader and its streams and consumers are current
// (caught up with their leaders).
func (c *NATSCluster) WaitHealthy(ctx context.Context, i int) error {
	n := c.Nodes[i]
	return poll(ctx, "nats "+n.Name+" healthy", 120*time.Second, func() error {
		code, err := getJSON(ctx, fmt.Sprintf("http://127.0.0.1:%d/healthz", n.HTTPPort), nil)
		if err != nil || code != http.StatusOK {
			return errNotYet
		}
		return nil
	})
}
