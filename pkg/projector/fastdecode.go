package projector

import (
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/geotrack/geotrack/events"
)

// A direct decoder for the envelope of an event.coded message, the one
// message type a rebuild or replay reads millions of. encoding/json parses
// such an envelope twice (the envelope with its data as raw JSON, then the
// payload) through reflection, and that cost as much as projecting the
// event. This decoder reads the exact shape geotrack writes (the field
// names of events.Envelope and events.EventCoded in their own case) in
// one pass. Anything else, whether another type, a field it does not
// know, a null, a duplicate key, a malformed number or text, returns
// errSlow, and Decode falls back to encoding/json, which stays the
// reference: the fast path only ever answers what encoding/json would
// (FuzzDecode checks this).

var errSlow = errors.New("projector: not on the fast path")

type scanner struct {
	b   []byte
	i   int
	err error
}

func (s *scanner) fail() {
	if s.err == nil {
		s.err = errSlow
	}
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// expect consumes c after optional white space.
func (s *scanner) expect(c byte) {
	s.ws()
	if s.err != nil || s.i >= len(s.b) || s.b[s.i] != c {
		s.fail()
		return
	}
	s.i++
}

// peek is the next byte after white space, 0 at the end.
func (s *scanner) peek() byte {
	s.ws()
	if s.i >= len(s.b) {
		return 0
	}
	return s.b[s.i]
}

// rawString returns the bytes between the quotes of the next string, and
// whether it has escapes. The string is checked to be valid UTF-8 without
// control characters, as encoding/json requires (it would replace invalid
// bytes; those go to the slow path).
func (s *scanner) rawString() ([]byte, bool) {
	s.expect('"')
	if s.err != nil {
		return nil, false
	}
	start, esc := s.i, false
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			raw := s.b[start:s.i]
			s.i++
			return raw, esc
		case c == '\\':
			esc = true
			s.i += 2
		case c < 0x20:
			s.fail()
			return nil, false
		case c < utf8.RuneSelf:
			s.i++
		default:
			r, n := utf8.DecodeRune(s.b[s.i:])
			if r == utf8.RuneError && n == 1 {
				s.fail()
				return nil, false
			}
			s.i += n
		}
	}
	s.fail()
	return nil, false
}

func (s *scanner) str() string {
	raw, esc := s.rawString()
	if s.err != nil {
		return ""
	}
	if !esc {
		return string(raw)
	}
	return s.unescape(raw)
}

// unescape decodes the escapes of a JSON string as encoding/json does,
// including \u surrogate pairs; a lone surrogate becomes U+FFFD there
// too, but it is rare enough to leave to the slow path.
func (s *scanner) unescape(raw []byte) string {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(raw) {
			s.fail()
			return ""
		}
		switch raw[i+1] {
		case '"', '\\', '/':
			out = append(out, raw[i+1])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(raw[i+2:])
			if !ok {
				s.fail()
				return ""
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if i+6 > len(raw) || raw[i] != '\\' || raw[i+1] != 'u' {
					s.fail()
					return ""
				}
				r2, ok := hex4(raw[i+2:])
				dec := utf16.DecodeRune(r, r2)
				if !ok || dec == utf8.RuneError {
					s.fail()
					return ""
				}
				r = dec
				i += 6
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			s.fail()
			return ""
		}
		i += 2
	}
	return string(out)
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r*16 + rune(c)
	}
	return r, true
}

// number returns the literal of the next number, checked against the
// JSON grammar.
func (s *scanner) number() []byte {
	s.ws()
	start := s.i
	b := s.b
	i := s.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		s.fail()
		return nil
	}
	if i < len(b) && b[i] == '.' {
		i++
		d := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == d {
			s.fail()
			return nil
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		d := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == d {
			s.fail()
			return nil
		}
	}
	s.i = i
	return b[start:i]
}

func (s *scanner) int() int {
	lit := s.number()
	if s.err != nil {
		return 0
	}
	v, err := strconv.ParseInt(string(lit), 10, 64)
	if err != nil {
		s.fail()
	}
	return int(v)
}

func (s *scanner) float() float64 {
	lit := s.number()
	if s.err != nil {
		return 0
	}
	v, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		s.fail()
	}
	return v
}

func (s *scanner) boolean() bool {
	s.ws()
	switch {
	case len(s.b)-s.i >= 4 && string(s.b[s.i:s.i+4]) == "true":
		s.i += 4
		return true
	case len(s.b)-s.i >= 5 && string(s.b[s.i:s.i+5]) == "false":
		s.i += 5
		return false
	}
	s.fail()
	return false
}

// object reads {"key": value, ...}, calling field for each key, which
// must consume the value. seen catches duplicate keys (up to 32 fields).
func (s *scanner) object(field func(key []byte) int) {
	s.expect('{')
	if s.peek() == '}' {
		s.i++
		return
	}
	var seen uint32
	for s.err == nil {
		key, esc := s.rawString()
		if esc {
			s.fail()
		}
		s.expect(':')
		if s.err != nil {
			return
		}
		bit := field(key)
		if bit < 0 || seen&(1<<bit) != 0 {
			s.fail()
			return
		}
		seen |= 1 << bit
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			return
		default:
			s.fail()
		}
	}
}

func (s *scanner) actor(a *events.Actor) {
	s.object(func(k []byte) int {
		switch string(k) {
		case "code":
			a.Code = s.str()
			return 0
		case "country":
			a.Country = s.str()
			return 1
		case "org":
			a.Org = s.str()
			return 2
		case "role":
			a.Role = s.str()
			return 3
		case "name":
			a.Name = s.str()
			return 4
		}
		return -1
	})
}

func (s *scanner) coded(e *events.EventCoded) {
	s.object(func(k []byte) int {
		switch string(k) {
		case "id":
			e.ID = s.str()
			return 0
		case "article_id":
			e.ArticleID = s.str()
			return 1
		case "input_id":
			e.InputID = s.str()
			return 2
		case "date":
			e.Date = s.str()
			return 3
		case "lang":
			e.Lang = s.str()
			return 4
		case "source":
			s.actor(&e.Source)
			return 5
		case "target":
			s.actor(&e.Target)
			return 6
		case "cameo":
			e.CAMEO = s.str()
			return 7
		case "root":
			e.Root = s.str()
			return 8
		case "plover":
			e.PLOVER = s.str()
			return 9
		case "quad_class":
			e.QuadClass = s.int()
			return 10
		case "goldstein":
			e.Goldstein = s.float()
			return 11
		case "negated":
			e.Negated = s.boolean()
			return 12
		case "location":
			l := &events.Location{}
			s.object(func(k []byte) int {
				switch string(k) {
				case "name":
					l.Name = s.str()
					return 0
				case "country":
					l.Country = s.str()
					return 1
				case "lat":
					l.Lat = s.float()
					return 2
				case "lon":
					l.Lon = s.float()
					return 3
				}
				return -1
			})
			e.Location = l
			return 13
		case "sentence":
			st := &e.Sentence
			s.object(func(k []byte) int {
				switch string(k) {
				case "index":
					st.Index = s.int()
					return 0
				case "text":
					st.Text = s.str()
					return 1
				case "start":
					st.Start = s.int()
					return 2
				case "end":
					st.End = s.int()
					return 3
				}
				return -1
			})
			return 14
		case "coder":
			c := &e.Coder
			s.object(func(k []byte) int {
				switch string(k) {
				case "version":
					c.Version = s.str()
					return 0
				case "dict":
					c.Dict = s.str()
					return 1
				case "rule":
					c.Rule = s.str()
					return 2
				}
				return -1
			})
			return 15
		case "source_url":
			e.SourceURL = s.str()
			return 16
		}
		return -1
	})
}

// decodeCodedFast decodes an event.coded envelope, or returns errSlow.
func decodeCodedFast(data []byte) (*events.EventCoded, error) {
	s := &scanner{b: data}
	var env events.Envelope
	var ev *events.EventCoded
	s.object(func(k []byte) int {
		switch string(k) {
		case "specversion":
			env.SpecVersion = s.str()
			return 0
		case "id":
			env.ID = s.str()
			return 1
		case "type":
			env.Type = s.str()
			if env.Type != events.TypeEventCoded {
				s.fail()
			}
			return 2
		case "source":
			env.Source = s.str()
			return 3
		case "time":
			// time.Time's own JSON decoding, as encoding/json calls it.
			start := s.i
			s.rawString()
			if s.err == nil {
				if err := env.Time.UnmarshalJSON(trimWS(s.b[start:s.i])); err != nil {
					s.fail()
				}
			}
			return 4
		case "datacontenttype":
			env.DataContentType = s.str()
			return 5
		case "dataversion":
			env.DataVersion = s.int()
			return 6
		case "data":
			if env.Type != events.TypeEventCoded {
				s.fail() // type not known yet (or another type)
				return 7
			}
			ev = &events.EventCoded{}
			s.coded(ev)
			return 7
		}
		return -1
	})
	if s.err == nil && s.peek() != 0 {
		s.fail() // trailing bytes
	}
	if s.err != nil || ev == nil {
		return nil, errSlow
	}
	if env.Validate() != nil {
		return nil, errSlow // let the slow path word the error
	}
	return ev, nil
}

func trimWS(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}
