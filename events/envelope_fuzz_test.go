package events

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

// FuzzDecodeEnvelope feeds arbitrary bytes to the decoder every consumer
// runs on what it reads from the log: it must never panic; an envelope it
// accepts must be valid, survive a marshal/decode round trip unchanged, and
// its payload decoders must fail cleanly on whatever data it carries.
func FuzzDecodeEnvelope(f *testing.F) {
	at := time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC)
	for _, p := range []struct {
		typ  string
		data any
	}{
		{TypeEventCoded, EventCoded{ID: "e1", ArticleID: "a1", Date: "2022-01-10", CAMEO: "051", Source: Actor{Code: "CHNGOV", Country: "CHN", Role: "GOV"}, Target: Actor{Code: "IGOCSTO", Org: "CSTO"}}},
		{TypeArticleIngested, ArticleIngested{ID: "a1", URL: "https://example.org/a", Title: "t", Body: "الصين تدعم كازاخستان", Lang: "ar", Published: at, Ingested: at}},
		{TypeEventRetracted, EventRetracted{EventID: "e1"}},
		{TypeAlertFired, AlertFired{}},
	} {
		env, err := NewEnvelope(p.typ, "id-"+p.typ, "geotrack/test", at, p.data)
		if err != nil {
			f.Fatal(err)
		}
		b, err := json.Marshal(env)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"specversion":"1.0","id":"x","type":"event.coded","source":"s","time":"2022-01-10T00:00:00+05:00","dataversion":1,"data":{"cameo":"999"}}`))
	f.Add([]byte(`{"specversion":"1.0","id":"x","type":"t","source":"s","time":"0001-01-01T00:00:00Z","data":null}`))
	f.Add([]byte(`{"specversion":"1.0","dataversion":2}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		env, err := DecodeEnvelope(b)
		if err != nil {
			return
		}
		if err := env.Validate(); err != nil {
			t.Fatalf("DecodeEnvelope accepted an invalid envelope: %v", err)
		}
		out, err := json.Marshal(env)
		if err != nil {
			t.Fatalf("an accepted envelope does not marshal: %v", err)
		}
		again, err := DecodeEnvelope(out)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		// A missing data attribute marshals as null, and Marshal escapes
		// <, > and & in strings: the same payload either way.
		var c1, c2 bytes.Buffer
		json.HTMLEscape(&c1, compact(orNull(env.Data)))
		json.HTMLEscape(&c2, compact(orNull(again.Data)))
		if again.ID != env.ID || again.Type != env.Type || again.Source != env.Source || !again.Time.Equal(env.Time) ||
			again.DataVersion != env.DataVersion || !bytes.Equal(c1.Bytes(), c2.Bytes()) {
			t.Fatalf("round trip changed the envelope:\n%+v\n%+v", env, again)
		}
		var ec EventCoded
		if env.DecodeData(TypeEventCoded, &ec) == nil {
			_ = ec.Fill()
			_ = ec.Source.Key()
		}
		var art ArticleIngested
		_ = env.DecodeData(TypeArticleIngested, &art)
		var rule Rule
		_ = env.DecodeData(env.Type, &rule)
		var af AlertFired
		_ = env.DecodeData(TypeAlertFired, &af)
	})
}

func orNull(b json.RawMessage) json.RawMessage {
	if len(b) == 0 {
		return json.RawMessage("null")
	}
	return b
}

func compact(b []byte) []byte {
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return b
	}
	return buf.Bytes()
}
