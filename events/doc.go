// Package events is geotrack's typed event contract: the versioned envelope
// every message on the log carries, the payloads of each event type, and the
// fixed CAMEO and PLOVER tables the payloads refer to.
//
// It imports nothing of geotrack's own, so any service, tool or third party
// can depend on it alone.
package events
