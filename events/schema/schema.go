// Package schema holds the JSON Schemas (draft 2020-12) of geotrack's event
// contract: the envelope every message on the log carries, and one schema
// per payload type. They are for consumers outside Go (a pandas pipeline, a
// webhook receiver, a validator in CI) and are kept in step with the Go
// types of package events by this package's tests.
//
// The schemas' $id URIs (https://geotrack.invalid/events/v1/...) are
// identifiers, not addresses to fetch: the envelope refers to the payload
// schemas by relative $ref ("event.coded.json"), so a validator needs all
// five loaded, which Schema and Types make easy.
package schema

import (
	"embed"
	"fmt"
	"sort"
)

//go:embed *.json
var files embed.FS

// Envelope is the name Schema takes for the envelope's schema; payload
// schemas go by their event type (events.TypeEventCoded ...).
const Envelope = "envelope"

// Types lists every name Schema accepts: "envelope" and the event types.
func Types() []string {
	entries, err := files.ReadDir(".")
	if err != nil {
		// The embedded directory always exists; a failure here is a build defect.
		panic(fmt.Sprintf("schema: read embedded schemas: %v", err))
	}
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		name := e.Name()
		out = append(out, name[:len(name)-len(".json")])
	}
	sort.Strings(out)
	return out
}

// Schema returns the JSON Schema of one event type ("article.ingested",
// "event.coded", "event.retracted", "alert.fired") or of the envelope
// ("envelope"). An unknown name is an error.
func Schema(typ string) ([]byte, error) {
	b, err := files.ReadFile(typ + ".json")
	if err != nil {
		return nil, fmt.Errorf("schema: no schema for %q (have %v)", typ, Types())
	}
	return b, nil
}
