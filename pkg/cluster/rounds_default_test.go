//go:build !soak

package cluster_test

// defaultRounds: each service kind is killed twice in the default run
// (about two minutes on two cores, most of it the two NATS node faults
// and, when a killed extract held articles, their 30 s AckWait).
const defaultRounds = 2
