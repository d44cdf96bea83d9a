//go:build soak

package cluster_test

// defaultRounds under -tags soak: ten kills of each service kind.
const defaultRounds = 10
