package projector

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/store"
)

func codedEnvelope(t testing.TB, ev *events.EventCoded) []byte {
	t.Helper()
	env, err := events.NewEnvelope(events.TypeEventCoded, ev.ID, "test", time.Date(2026, 3, 1, 12, 30, 0, 123456789, time.UTC), ev)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func sampleEvent(i int) *events.EventCoded {
	ev := &events.EventCoded{
		ID: fmt.Sprintf("%032x", i), ArticleID: fmt.Sprintf("%064x", i/3), Date: "2022-01-10", Lang: "ar",
		Source:   events.Actor{Code: "CHNGOV", Country: "CHN", Role: "GOV", Name: "Wang Yi"},
		Target:   events.Actor{Code: "IGOCSTO", Org: "CSTO", Name: "منظمة معاهدة الأمن الجماعي"},
		CAMEO:    "051",
		Sentence: events.Sentence{Index: i % 7, Text: "قال وانغ يي إن الصين تدعم نشر قوات المنظمة في كازاخستان.", Start: 120, End: 310},
		Coder:    events.Coder{Version: "0.3.1", Dict: "sha256:0123abcd", Rule: "ar.051.02"},
	}
	if err := ev.Fill(); err != nil {
		panic(err)
	}
	if i%2 == 0 {
		ev.Location = &events.Location{Name: "Nur-Sultan", Country: "KAZ", Lat: 51.1694, Lon: -71.4491e-3}
	}
	if i%5 == 0 {
		ev.Negated = true
		ev.InputID = "in-1"
		ev.SourceURL = "https://example.org/a?b=1&c=<2>"
	}
	return ev
}

// The fast path decodes what geotrack writes, and gives exactly what
// encoding/json gives.
func TestFastDecodeMatchesEncodingJSON(t *testing.T) {
	texts := []string{
		"plain",
		`quotes " and \ backslash / slash`,
		"tab\tnewline\ncarriage\rcontrol\x01\x1f",
		"html <b>&amp;</b> \u2028 \u2029",
		"emoji 🌍 and a surrogate pair 𝄞",
		"كازاخستان، روسيا؛ الصين؟",
		"",
	}
	for i, text := range texts {
		ev := sampleEvent(i)
		ev.Sentence.Text = text
		data := codedEnvelope(t, ev)
		fast, err := decodeCodedFast(data)
		if err != nil {
			t.Fatalf("text %q: fast path refused %s", text, data)
		}
		if !reflect.DeepEqual(fast, ev) {
			t.Fatalf("text %q:\nfast %+v\nwant %+v", text, fast, ev)
		}
		slow, err := decodeSlow(bus.Msg{Data: data}, store.Record{})
		if err != nil || !reflect.DeepEqual(slow.Coded, fast) {
			t.Fatalf("text %q: slow %+v (%v)", text, slow.Coded, err)
		}
	}
}

// What the fast path does not take falls back to encoding/json, with its
// answer (or its error).
func TestFastDecodeFallsBack(t *testing.T) {
	base := string(codedEnvelope(t, sampleEvent(2)))
	cases := map[string]string{
		"unknown field":       strings.Replace(base, `"lang":`, `"extra":[1,{"x":null}],"lang":`, 1),
		"other case":          strings.Replace(base, `"cameo":`, `"CAMEO":`, 1),
		"null location":       strings.Replace(base, `"location":{`, `"location":null,"x":{`, 1),
		"duplicate key":       strings.Replace(base, `"lang":"ar"`, `"lang":"ar","lang":"en"`, 1),
		"data before type":    `{"data":{"id":"x"},"specversion":"1.0","id":"x","type":"event.coded","source":"s","time":"2026-01-01T00:00:00Z"}`,
		"retraction":          mustJSON(t, events.TypeEventRetracted, events.EventRetracted{EventID: "e1", ArticleID: "a1", OldVersion: "1", NewVersion: "2"}),
		"float for an int":    strings.Replace(base, `"quad_class":1`, `"quad_class":1.5`, 1),
		"lone surrogate":      strings.Replace(base, `"lang":"ar"`, `"lang":"\ud800x"`, 1),
		"invalid utf-8":       strings.Replace(base, `"lang":"ar"`, "\"lang\":\"a\xffr\"", 1),
		"trailing bytes":      base + " x",
		"bad number":          strings.Replace(base, `"quad_class":1`, `"quad_class":01`, 1),
		"newer dataversion":   strings.Replace(base, `"dataversion":1`, `"dataversion":9`, 1),
		"no time":             strings.Replace(base, `"time":"2026-03-01T12:30:00.123456789Z",`, ``, 1),
		"truncated":           base[:len(base)/2],
		"escaped key":         strings.Replace(base, `"lang":`, `"l\u0061ng":`, 1),
		"white space":         strings.ReplaceAll(strings.ReplaceAll(base, ",\"", " ,\n \""), "\":", "\"\t: "),
		"escaped slash/quote": strings.Replace(base, `"lang":"ar"`, `"lang":"a\/\"r"`, 1),
	}
	if !strings.Contains(base, `"quad_class":1`) || !strings.Contains(base, `"time":"2026-03-01T12:30:00.123456789Z",`) {
		t.Fatalf("fixture changed shape: %s", base)
	}
	for name, data := range cases {
		got, gotErr := Decode(bus.Msg{Seq: 7, Data: []byte(data)})
		want, wantErr := decodeSlow(bus.Msg{Seq: 7, Data: []byte(data)}, store.Record{Seq: 7})
		if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Decode %+v (%v), encoding/json %+v (%v)", name, got.Coded, gotErr, want.Coded, wantErr)
		}
	}
	// White space and escapes are on the fast path.
	for _, name := range []string{"white space", "escaped slash/quote"} {
		if _, err := decodeCodedFast([]byte(cases[name])); err != nil {
			t.Errorf("%s: not on the fast path", name)
		}
	}
}

func mustJSON(t testing.TB, typ string, payload any) string {
	env, err := events.NewEnvelope(typ, "id1", "test", time.Unix(1, 0), payload)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(env)
	return string(b)
}

// FuzzDecode: whatever the bytes, the fast path answers as encoding/json
// does or not at all.
func FuzzDecode(f *testing.F) {
	for i := range 4 {
		f.Add(codedEnvelope(f, sampleEvent(i)))
	}
	f.Add([]byte(`{"specversion":"1.0","id":"x","type":"event.coded","source":"s","time":"2026-01-01T00:00:00Z","dataversion":1,"data":{"sentence":{"text":"\u00e9\ud83c\udf0d"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fast, err := decodeCodedFast(data)
		if err != nil {
			return
		}
		slow, serr := decodeSlow(bus.Msg{Data: data}, store.Record{})
		if serr != nil || !reflect.DeepEqual(slow.Coded, fast) {
			t.Fatalf("fast %+v, encoding/json %+v (%v) for %q", fast, slow.Coded, serr, data)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	data := codedEnvelope(b, sampleEvent(2))
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			if _, err := Decode(bus.Msg{Data: data}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			if _, err := decodeSlow(bus.Msg{Data: data}, store.Record{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
