package events

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

var (
	testPublished = time.Date(2022, 1, 10, 8, 30, 0, 0, time.UTC)
	testIngested  = time.Date(2022, 1, 10, 9, 0, 5, 123000000, time.UTC)
)

func sampleArticle() ArticleIngested {
	body := "أعلن وزير الخارجية الصيني وانغ يي دعم بلاده لنشر قوات منظمة معاهدة الأمن الجماعي في كازاخستان."
	return ArticleIngested{
		ID:        ArticleID("الصين تدعم", body),
		URL:       "https://example.org/news/1",
		Outlet:    "example",
		Title:     "الصين تدعم",
		Body:      body,
		Lang:      "ar",
		Published: testPublished,
		Ingested:  testIngested,
	}
}

func sampleEvent(t *testing.T) EventCoded {
	t.Helper()
	src := Actor{Code: "CHNGOV", Country: "CHN", Role: "GOV", Name: "Wang Yi"}
	tgt := Actor{Code: "IGOCSTO", Org: "CSTO", Name: "منظمة معاهدة الأمن الجماعي"}
	a := sampleArticle()
	e := EventCoded{
		ID:        EventID(a.ID, 0, src, tgt, "051", false, "coder-1", "sha256:abc"),
		ArticleID: a.ID,
		InputID:   "input-7",
		Date:      "2022-01-10",
		Lang:      "ar",
		Source:    src,
		Target:    tgt,
		CAMEO:     "051",
		Location:  &Location{Name: "Kazakhstan", Country: "KAZ", Lat: 48, Lon: 68},
		Sentence:  Sentence{Index: 0, Text: a.Body, Start: 0, End: len(a.Body)},
		Coder:     Coder{Version: "coder-1", Dict: "sha256:abc", Rule: "ar.support.1"},
	}
	if err := e.Fill(); err != nil {
		t.Fatal(err)
	}
	return e
}

func sampleRetracted() EventRetracted {
	return EventRetracted{
		EventID:    strings.Repeat("ab", 16),
		ArticleID:  strings.Repeat("cd", 32),
		OldVersion: "coder-1",
		NewVersion: "coder-2",
		Reason:     "no longer produced",
	}
}

func sampleAlert() AlertFired {
	return AlertFired{
		ID:          "alert-1",
		RuleID:      "rule-kaz-mil",
		EventIDs:    []string{strings.Repeat("ab", 16), strings.Repeat("ef", 16)},
		WindowStart: "2022-01-10T00:00:00Z",
		WindowEnd:   "2022-01-11T00:00:00Z",
		Value:       2,
		Update:      true,
	}
}

// roundTrip wraps payload, marshals the envelope, decodes it back and
// decodes the payload into out.
func roundTrip(t *testing.T, typ string, payload, out any) Envelope {
	t.Helper()
	at := time.Date(2022, 1, 10, 12, 0, 0, 0, time.FixedZone("ALA", 6*3600))
	env, err := NewEnvelope(typ, "id-1", "geotrack/test", at, payload)
	if err != nil {
		t.Fatal(err)
	}
	if env.Time.Location() != time.UTC || !env.Time.Equal(at) {
		t.Fatalf("envelope time %v, want %v in UTC", env.Time, at)
	}
	b, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeEnvelope(b)
	if err != nil {
		t.Fatalf("DecodeEnvelope: %v\n%s", err, b)
	}
	if !reflect.DeepEqual(got, env) {
		t.Fatalf("envelope changed in a round trip:\n got %+v\nwant %+v", got, env)
	}
	if err := got.DecodeData(typ, out); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestRoundTripArticleIngested(t *testing.T) {
	in := sampleArticle()
	var out ArticleIngested
	roundTrip(t, TypeArticleIngested, in, &out)
	if !reflect.DeepEqual(out, in) {
		t.Fatalf("got %+v\nwant %+v", out, in)
	}
}

func TestRoundTripEventCoded(t *testing.T) {
	in := sampleEvent(t)
	var out EventCoded
	roundTrip(t, TypeEventCoded, in, &out)
	if !reflect.DeepEqual(out, in) {
		t.Fatalf("got %+v\nwant %+v", out, in)
	}
	// Without a location the field is left out, and comes back nil.
	in.Location = nil
	env, err := NewEnvelope(TypeEventCoded, "id-2", "geotrack/test", testIngested, in)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(env.Data), `"location"`) {
		t.Fatalf("nil location marshalled: %s", env.Data)
	}
	var out2 EventCoded
	if err := env.DecodeData(TypeEventCoded, &out2); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out2, in) {
		t.Fatalf("got %+v\nwant %+v", out2, in)
	}
}

func TestRoundTripEventRetracted(t *testing.T) {
	in := sampleRetracted()
	var out EventRetracted
	roundTrip(t, TypeEventRetracted, in, &out)
	if out != in {
		t.Fatalf("got %+v\nwant %+v", out, in)
	}
}

func TestRoundTripAlertFired(t *testing.T) {
	in := sampleAlert()
	var out AlertFired
	roundTrip(t, TypeAlertFired, in, &out)
	if !reflect.DeepEqual(out, in) {
		t.Fatalf("got %+v\nwant %+v", out, in)
	}
}

// The envelope is CloudEvents 1.0 structured mode: the attribute names on
// the wire are CloudEvents', and the payload is inline JSON, not a string.
func TestEnvelopeWireFormat(t *testing.T) {
	env, err := NewEnvelope(TypeEventRetracted, "id-1", "geotrack/extract", testIngested, sampleRetracted())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"specversion":     `"1.0"`,
		"id":              `"id-1"`,
		"type":            `"event.retracted"`,
		"source":          `"geotrack/extract"`,
		"time":            `"2022-01-10T09:00:05.123Z"`,
		"datacontenttype": `"application/json"`,
		"dataversion":     `1`,
	}
	for k, v := range want {
		if string(m[k]) != v {
			t.Errorf("%s = %s, want %s", k, m[k], v)
		}
	}
	if len(m) != len(want)+1 {
		t.Errorf("envelope has %d attributes, want %d: %s", len(m), len(want)+1, b)
	}
	if !strings.HasPrefix(string(m["data"]), `{"event_id":`) {
		t.Errorf("data is not inline JSON: %s", m["data"])
	}
}

func TestNewEnvelopeErrors(t *testing.T) {
	if _, err := NewEnvelope(TypeAlertFired, "", "s", testIngested, sampleAlert()); err == nil {
		t.Error("empty id: want an error")
	}
	if _, err := NewEnvelope(TypeAlertFired, "x", "s", testIngested, make(chan int)); err == nil {
		t.Error("unmarshalable payload: want an error")
	}
}

func TestValidateRejects(t *testing.T) {
	good, err := NewEnvelope(TypeAlertFired, "id-1", "geotrack/aggregate", testIngested, sampleAlert())
	if err != nil {
		t.Fatal(err)
	}
	if err := good.Validate(); err != nil {
		t.Fatalf("valid envelope rejected: %v", err)
	}
	older := good
	older.DataVersion = 0 // a log written before dataversion existed is still readable
	if err := older.Validate(); err != nil {
		t.Fatalf("older dataversion rejected: %v", err)
	}
	for name, mutate := range map[string]func(*Envelope){
		"specversion 0.3":   func(e *Envelope) { e.SpecVersion = "0.3" },
		"no specversion":    func(e *Envelope) { e.SpecVersion = "" },
		"no id":             func(e *Envelope) { e.ID = "" },
		"no type":           func(e *Envelope) { e.Type = "" },
		"no source":         func(e *Envelope) { e.Source = "" },
		"no time":           func(e *Envelope) { e.Time = time.Time{} },
		"newer dataversion": func(e *Envelope) { e.DataVersion = DataVersion + 1 },
		"year 0000":         func(e *Envelope) { e.Time = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC) },
		"no data":           func(e *Envelope) { e.Data = nil },
		"null data":         func(e *Envelope) { e.Data = json.RawMessage("null") },
	} {
		e := good
		mutate(&e)
		if err := e.Validate(); err == nil && !strings.Contains(name, "data") {
			t.Errorf("%s: Validate accepted it", name)
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeEnvelope(b); err == nil {
			t.Errorf("%s: DecodeEnvelope accepted %s", name, b)
		}
	}
}

func TestDecodeEnvelopeErrors(t *testing.T) {
	for name, in := range map[string]string{
		"not json":      `{"specversion":`,
		"array":         `[1,2]`,
		"empty object":  `{}`,
		"time not time": `{"specversion":"1.0","id":"a","type":"t","source":"s","time":"yesterday","data":{}}`,
	} {
		if _, err := DecodeEnvelope([]byte(in)); err == nil {
			t.Errorf("%s: DecodeEnvelope accepted %s", name, in)
		}
	}
}

func TestDecodeDataErrors(t *testing.T) {
	env, err := NewEnvelope(TypeEventRetracted, "id-1", "s", testIngested, sampleRetracted())
	if err != nil {
		t.Fatal(err)
	}
	var a AlertFired
	if err := env.DecodeData(TypeAlertFired, &a); err == nil {
		t.Error("type mismatch: want an error")
	}
	env.Data = json.RawMessage(`{"event_id": 7}`)
	var r EventRetracted
	if err := env.DecodeData(TypeEventRetracted, &r); err == nil {
		t.Error("malformed payload: want an error")
	}
}
