// Package eval scores an event coder against gold sentences, as
// ../shared/gold/README.md defines it: per text, the coder's distinct
// (source key, target key, root) triples of non-negated events are matched
// one-to-one to the gold events; recall counts the required gold events
// matched, precision the triples that matched a gold event. Scores are
// reported per language and overall, with cross-language agreement on
// texts that are renderings of the same report.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/geotrack/geotrack/events"
)

// GoldEvent is one event a good coder finds in a gold text. Source and
// Target list the actor keys accepted (an actor's org if it has one, else
// its ISO 3166-1 alpha-3 country; "" accepts no target or an unresolved
// actor); Roots the two-digit CAMEO roots accepted. A required event that is
// not found costs recall; an optional one only excuses a coder that finds it.
type GoldEvent struct {
	Source   []string `json:"source"`
	Target   []string `json:"target"`
	Roots    []string `json:"roots"`
	Required bool     `json:"required"`
}

// GoldDoc is one gold text. Pair links renderings of the same report in
// different languages; Published is the publication date relative dates
// resolve against.
type GoldDoc struct {
	ID        string      `json:"id"`
	Pair      string      `json:"pair"`
	Lang      string      `json:"lang"`
	Published string      `json:"published"`
	Text      string      `json:"text"`
	Events    []GoldEvent `json:"events"`
}

// Accepts reports whether the gold event accepts a coder triple.
func (g GoldEvent) Accepts(t Triple) bool {
	return contains(g.Source, t.Source) && contains(g.Target, t.Target) && contains(g.Roots, t.Root)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Validate checks what scoring relies on: an id and a language, a text, a
// publication date that parses, and gold events that can each accept
// something (a source, a target and valid CAMEO roots).
func (d GoldDoc) Validate() error {
	switch {
	case d.ID == "":
		return errors.New("no id")
	case d.Lang == "":
		return fmt.Errorf("%s: no lang", d.ID)
	case d.Text == "":
		return fmt.Errorf("%s: no text", d.ID)
	}
	if d.Published != "" {
		if _, err := time.Parse(time.DateOnly, d.Published); err != nil {
			if _, err2 := time.Parse(time.RFC3339, d.Published); err2 != nil {
				return fmt.Errorf("%s: published %q is neither YYYY-MM-DD nor RFC 3339", d.ID, d.Published)
			}
		}
	}
	for i, e := range d.Events {
		switch {
		case len(e.Source) == 0:
			return fmt.Errorf("%s: event %d: empty source list", d.ID, i+1)
		case len(e.Target) == 0:
			return fmt.Errorf("%s: event %d: empty target list (use [\"\"] for no target)", d.ID, i+1)
		case len(e.Roots) == 0:
			return fmt.Errorf("%s: event %d: empty roots list", d.ID, i+1)
		}
		for _, r := range e.Roots {
			if events.RootName(r) == "" {
				return fmt.Errorf("%s: event %d: %q is not a CAMEO root (01-20)", d.ID, i+1, r)
			}
		}
	}
	return nil
}

// rawDoc and rawEvent are the wire form, with pointers where a missing key
// must be an error rather than a zero value: a gold event without
// "required" would otherwise silently become optional.
type rawDoc struct {
	ID        string      `json:"id"`
	Pair      string      `json:"pair"`
	Lang      string      `json:"lang"`
	Published string      `json:"published"`
	Text      string      `json:"text"`
	Events    *[]rawEvent `json:"events"`
}

type rawEvent struct {
	Source   []string `json:"source"`
	Target   []string `json:"target"`
	Roots    []string `json:"roots"`
	Required *bool    `json:"required"`
}

// ReadGold reads gold documents, one JSON object a line; blank lines are
// skipped. A malformed line, an unknown or missing key, an invalid document
// or a repeated id is an error naming the line.
func ReadGold(r io.Reader) ([]GoldDoc, error) {
	br := bufio.NewReader(r)
	var docs []GoldDoc
	firstLine := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("gold line %d: read: %w", n, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			doc, perr := parseGoldLine(trimmed)
			if perr != nil {
				return nil, fmt.Errorf("gold line %d: %w", n, perr)
			}
			if prev, dup := firstLine[doc.ID]; dup {
				return nil, fmt.Errorf("gold line %d: id %q already used on line %d", n, doc.ID, prev)
			}
			firstLine[doc.ID] = n
			docs = append(docs, doc)
		}
		if err == io.EOF {
			break
		}
	}
	if len(docs) == 0 {
		return nil, errors.New("gold: no documents")
	}
	return docs, nil
}

func parseGoldLine(b []byte) (GoldDoc, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var raw rawDoc
	if err := dec.Decode(&raw); err != nil {
		return GoldDoc{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if dec.InputOffset() != int64(len(b)) {
		return GoldDoc{}, errors.New("invalid JSON: more than one value on the line")
	}
	if raw.Events == nil {
		return GoldDoc{}, fmt.Errorf("%s: no \"events\" (use [] for a text with none)", raw.ID)
	}
	doc := GoldDoc{ID: raw.ID, Pair: raw.Pair, Lang: raw.Lang, Published: raw.Published, Text: raw.Text}
	doc.Events = make([]GoldEvent, 0, len(*raw.Events))
	for i, e := range *raw.Events {
		if e.Required == nil {
			return GoldDoc{}, fmt.Errorf("%s: event %d: no \"required\"", raw.ID, i+1)
		}
		doc.Events = append(doc.Events, GoldEvent{Source: e.Source, Target: e.Target, Roots: e.Roots, Required: *e.Required})
	}
	if err := doc.Validate(); err != nil {
		return GoldDoc{}, err
	}
	return doc, nil
}
