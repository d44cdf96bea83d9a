package events

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// SpecVersion is the CloudEvents specification version of every envelope.
const SpecVersion = "1.0"

// DataVersion is the version of the payload schemas in this package. A change
// that is not backwards compatible (a field renamed, removed or retyped)
// increments it, so a consumer replaying an old log can tell which shape a
// payload has.
const DataVersion = 1

// Event type names (the CloudEvents "type" attribute).
const (
	TypeArticleIngested = "article.ingested"
	TypeEventCoded      = "event.coded"
	TypeEventRetracted  = "event.retracted"
	TypeAlertFired      = "alert.fired"
)

// Envelope is a CloudEvents 1.0 event in structured JSON mode. Data holds the
// payload JSON; Decode turns it into the Go type named by Type.
type Envelope struct {
	SpecVersion     string    `json:"specversion"`
	ID              string    `json:"id"`
	Type            string    `json:"type"`
	Source          string    `json:"source"`
	Time            time.Time `json:"time"`
	DataContentType string    `json:"datacontenttype,omitempty"`
	// DataVersion is a CloudEvents extension attribute: the payload schema
	// version (see the DataVersion constant).
	DataVersion int             `json:"dataversion"`
	Data        json.RawMessage `json:"data"`
}

// NewEnvelope wraps a payload. id must be stable for the same fact (it is used
// as the JetStream Nats-Msg-Id so re-publishing is deduplicated).
func NewEnvelope(typ, id, source string, at time.Time, payload any) (Envelope, error) {
	if id == "" {
		return Envelope{}, errors.New("events: envelope id is empty")
	}
	data, err := json.Marshal(payload)
	if err != nil {
		return Envelope{}, fmt.Errorf("events: marshal %s payload: %w", typ, err)
	}
	return Envelope{
		SpecVersion:     SpecVersion,
		ID:              id,
		Type:            typ,
		Source:          source,
		Time:            at.UTC(),
		DataContentType: "application/json",
		DataVersion:     DataVersion,
		Data:            data,
	}, nil
}

// Validate checks the attributes every envelope must have.
func (e Envelope) Validate() error {
	switch {
	case e.SpecVersion != SpecVersion:
		return fmt.Errorf("events: specversion %q, want %q", e.SpecVersion, SpecVersion)
	case e.ID == "":
		return errors.New("events: envelope without id")
	case e.Type == "":
		return errors.New("events: envelope without type")
	case e.Source == "":
		return errors.New("events: envelope without source")
	case e.Time.IsZero():
		return errors.New("events: envelope without time")
	case e.Time.Year() < 1970 || e.Time.Year() > 9999:
		// An envelope's time is when geotrack recorded the fact, never
		// before the Unix epoch; "0000-01-01" is a writer's bug, not a date.
		return fmt.Errorf("events: envelope %s has time %s, before 1970", e.ID, e.Time.Format(time.RFC3339))
	case e.DataVersion > DataVersion:
		return fmt.Errorf("events: dataversion %d is newer than this build understands (%d)", e.DataVersion, DataVersion)
	}
	return nil
}

// DecodeEnvelope parses and validates one envelope.
func DecodeEnvelope(b []byte) (Envelope, error) {
	var e Envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return Envelope{}, fmt.Errorf("events: decode envelope: %w", err)
	}
	if err := e.Validate(); err != nil {
		return Envelope{}, err
	}
	// Checked here rather than in Validate, which also checks envelopes
	// whose payload a caller decodes on its own (pkg/projector's fast
	// path).
	if len(e.Data) == 0 || string(e.Data) == "null" {
		return Envelope{}, fmt.Errorf("events: envelope %s without data", e.ID)
	}
	return e, nil
}

// DecodeData unmarshals the payload into v after checking the type.
func (e Envelope) DecodeData(wantType string, v any) error {
	if e.Type != wantType {
		return fmt.Errorf("events: envelope %s has type %q, want %q", e.ID, e.Type, wantType)
	}
	if err := json.Unmarshal(e.Data, v); err != nil {
		return fmt.Errorf("events: decode %s payload of %s: %w", e.Type, e.ID, err)
	}
	return nil
}
