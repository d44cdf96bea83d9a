// Package cluster runs geotrack the way a deployment does, for tests and
// benchmarks: a real 3-node NATS JetStream cluster of nats-server
// processes on loopback ports, and the ingest, extract and aggregate
// binaries as separate processes against it. It can kill -9 and restart any
// of them and reads an aggregate's state through its HTTP API.
//
// It is test support: nothing in the services imports it. Build compiles
// the binaries once per test binary (go build of ./services/... from the
// workspace root, and of github.com/nats-io/nats-server/v2 at the version
// pkg/go.mod pins), so the processes run exactly the code in the tree.
//
// Every child process gets SIGKILL when the test process dies (Linux
// Pdeathsig), so a test killed by its timeout leaves no servers behind.
//
// The fault and scale tests of issue 9 live in this package's tests; see
// deploy/README.md for what they check and how to run the longer rounds.
package cluster
