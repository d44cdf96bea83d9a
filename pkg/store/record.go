package store

import (
	"encoding/hex"
	"time"

	"github.com/geotrack/geotrack/events"
)

// Leading format bytes of values. Event records are at 2 (the story key
// moved to the end); the other values kept their layout.
const (
	formatV1 = 1
	formatV2 = 2
)

// stored is one coded event as kept in the "ev" bucket (keyed by the stream
// sequence it was applied at).
type stored struct {
	Seq    uint64
	Logged time.Time // log time of the record that carried it
	Story  string    // key of the story in the story bucket
	Ev     events.EventCoded
}

func putActor(e *enc, a events.Actor) {
	e.str(a.Code)
	e.str(a.Country)
	e.str(a.Org)
	e.str(a.Role)
	e.str(a.Name)
}

func getActor(d *dec) events.Actor {
	return events.Actor{Code: d.str(), Country: d.str(), Org: d.str(), Role: d.str(), Name: d.str()}
}

func encodeStored(s *stored) []byte {
	return appendStoryKey(encodeEvent(s.Logged, &s.Ev), s.Story)
}

// encodeEvent encodes an event record up to its story key, which comes
// last: everything but the story depends on the event alone, so Apply
// encodes it before its transaction, in parallel (prepare), and appends
// the story key once the event is assigned. The capacity left is the
// story key's length, which the event's fields determine.
func encodeEvent(logged time.Time, ev *events.EventCoded) []byte {
	sum := summaryOf(ev)
	storyLen := 4 + len(ev.Source.Key()) + len(ev.Target.Key()) + len(ev.CAMEO) + len(placeOf(ev)) + 4 + 16
	e := enc{b: make([]byte, 0, 200+len(sum)+len(ev.Sentence.Text)+len(ev.ID)+len(ev.ArticleID)+len(ev.SourceURL)+storyLen+2)}
	e.byte1(formatV2)
	// The filter fields come first, so a list query can test an event
	// without decoding the rest.
	e.uvarint(uint64(len(sum)))
	e.b = append(e.b, sum...)
	e.varint(nanos(logged))
	e.str(ev.ID)
	e.str(ev.ArticleID)
	e.str(ev.InputID)
	e.str(ev.Date)
	e.str(ev.Lang)
	putActor(&e, ev.Source)
	putActor(&e, ev.Target)
	e.str(ev.CAMEO)
	e.str(ev.Root)
	e.str(ev.PLOVER)
	e.varint(int64(ev.QuadClass))
	e.float(ev.Goldstein)
	e.boolean(ev.Negated)
	if l := ev.Location; l != nil {
		e.boolean(true)
		e.str(l.Name)
		e.str(l.Country)
		e.float(l.Lat)
		e.float(l.Lon)
	} else {
		e.boolean(false)
	}
	e.varint(int64(ev.Sentence.Index))
	e.str(ev.Sentence.Text)
	e.varint(int64(ev.Sentence.Start))
	e.varint(int64(ev.Sentence.End))
	e.str(ev.Coder.Version)
	e.str(ev.Coder.Dict)
	e.str(ev.Coder.Rule)
	e.str(ev.SourceURL)
	return e.b
}

func appendStoryKey(b []byte, story string) []byte {
	e := enc{b: b}
	e.str(story)
	return e.b
}

func decodeStored(seq uint64, b []byte) (*stored, error) {
	d := dec{b: b}
	if d.byte1() != formatV2 {
		return nil, errCorrupt
	}
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		return nil, errCorrupt
	}
	d.b = d.b[n:]
	s := &stored{Seq: seq}
	s.Logged = fromNanos(d.varint())
	ev := &s.Ev
	ev.ID = d.str()
	ev.ArticleID = d.str()
	ev.InputID = d.str()
	ev.Date = d.str()
	ev.Lang = d.str()
	ev.Source = getActor(&d)
	ev.Target = getActor(&d)
	ev.CAMEO = d.str()
	ev.Root = d.str()
	ev.PLOVER = d.str()
	ev.QuadClass = int(d.varint())
	ev.Goldstein = d.float()
	ev.Negated = d.boolean()
	if d.boolean() {
		ev.Location = &events.Location{Name: d.str(), Country: d.str(), Lat: d.float(), Lon: d.float()}
	}
	ev.Sentence.Index = int(d.varint())
	ev.Sentence.Text = d.str()
	ev.Sentence.Start = int(d.varint())
	ev.Sentence.End = int(d.varint())
	ev.Coder.Version = d.str()
	ev.Coder.Dict = d.str()
	ev.Coder.Rule = d.str()
	ev.SourceURL = d.str()
	s.Story = d.str()
	if d.err != nil {
		return nil, d.err
	}
	return s, nil
}

func placeOf(ev *events.EventCoded) string {
	if ev.Location == nil {
		return ""
	}
	return ev.Location.Country
}

// summaryOf encodes the filter fields of an event; they head the event
// record so a list query can test an event without decoding the rest
// (EventQuery.matchStored).
func summaryOf(ev *events.EventCoded) []byte {
	e := enc{b: make([]byte, 0, 40)}
	e.byte1(byte(ev.QuadClass))
	e.str(ev.CAMEO)
	e.str(ev.Root)
	e.str(ev.PLOVER)
	e.str(ev.Lang)
	e.str(ev.Source.Key())
	e.str(ev.Target.Key())
	e.str(placeOf(ev))
	return e.b
}

// storyHex is the API id of the story with key k: its last 16 bytes (the
// anchor day and a hash of the founding event).
func storyHex(k string) string {
	if len(k) < 16 {
		return ""
	}
	return hex.EncodeToString([]byte(k[len(k)-16:]))
}
