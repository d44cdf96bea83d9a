package schema

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
)

// goTypes are the Go types each schema describes.
var goTypes = map[string]reflect.Type{
	Envelope:                   reflect.TypeFor[events.Envelope](),
	events.TypeArticleIngested: reflect.TypeFor[events.ArticleIngested](),
	events.TypeEventCoded:      reflect.TypeFor[events.EventCoded](),
	events.TypeEventRetracted:  reflect.TypeFor[events.EventRetracted](),
	events.TypeAlertFired:      reflect.TypeFor[events.AlertFired](),
	events.TypeArticleMention:  reflect.TypeFor[events.ArticleMention](),
	events.TypeFeedAdded:       reflect.TypeFor[events.FeedAdded](),
	events.TypeFeedRemoved:     reflect.TypeFor[events.FeedRemoved](),
	events.TypeRuleCreated:     reflect.TypeFor[events.Rule](),
	events.TypeRuleUpdated:     reflect.TypeFor[events.Rule](),
	events.TypeRuleDeleted:     reflect.TypeFor[events.RuleDeleted](),
	events.TypeAuditCheckpoint: reflect.TypeFor[events.AuditCheckpoint](),
}

func loadSchema(t *testing.T, name string) map[string]any {
	t.Helper()
	b, err := Schema(name)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

func TestTypesAndLookup(t *testing.T) {
	want := []string{Envelope, events.TypeAlertFired, events.TypeArticleIngested, events.TypeEventCoded, events.TypeEventRetracted, events.TypeArticleMention, events.TypeFeedAdded, events.TypeFeedRemoved, events.TypeRuleCreated, events.TypeRuleUpdated, events.TypeRuleDeleted, events.TypeAuditCheckpoint}
	sort.Strings(want)
	if got := Types(); !slices.Equal(got, want) {
		t.Fatalf("Types() = %v, want %v", got, want)
	}
	for _, bad := range []string{"", "event", "event.coded.json", "../schema", "rule.changed"} {
		if _, err := Schema(bad); err == nil {
			t.Errorf("Schema(%q): want an error", bad)
		}
	}
}

func TestSchemasWellFormed(t *testing.T) {
	for _, name := range Types() {
		doc := loadSchema(t, name)
		if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $schema %v", name, doc["$schema"])
		}
		if id, _ := doc["$id"].(string); !strings.HasSuffix(id, "/v1/"+name+".json") {
			t.Errorf("%s: $id %q does not name the file and data version", name, id)
		}
		if doc["type"] != "object" {
			t.Errorf("%s: type %v", name, doc["type"])
		}
	}
}

type jsonField struct {
	name     string
	required bool
	typ      reflect.Type
}

// jsonFields lists a struct's fields as encoding/json writes them.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		omit := false
		for _, o := range strings.Split(opts, ",") {
			omit = omit || o == "omitempty" || o == "omitzero"
		}
		out = append(out, jsonField{name, !omit, f.Type})
	}
	return out
}

var (
	timeType = reflect.TypeFor[time.Time]()
	rawType  = reflect.TypeFor[json.RawMessage]()
)

// wantKind is the JSON Schema type a Go type marshals to; "" for any.
func wantKind(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == rawType:
		return ""
	case t == timeType:
		return "string"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "integer"
	case reflect.Float64, reflect.Float32:
		return "number"
	case reflect.Bool:
		return "boolean"
	case reflect.Slice:
		return "array"
	case reflect.Struct:
		return "object"
	}
	return "unknown " + t.String()
}

// kindOf is the JSON type a property schema admits, following $ref and
// reading const or enum when there is no "type".
func kindOf(t *testing.T, v *validator, base string, prop map[string]any) (string, string, map[string]any) {
	if ref, ok := prop["$ref"].(string); ok {
		b, target, err := v.resolve(base, ref)
		if err != nil {
			t.Fatal(err)
		}
		return kindOf(t, v, b, target)
	}
	if typ, ok := prop["type"].(string); ok {
		return typ, base, prop
	}
	if c, ok := prop["const"]; ok {
		return typeOf(c), base, prop
	}
	if e, ok := prop["enum"].([]any); ok && len(e) > 0 {
		return typeOf(e[0]), base, prop
	}
	return "", base, prop
}

// compareStruct checks that an object schema lists exactly the struct's JSON
// fields as properties, requires exactly those without omitempty, gives each
// the JSON type its Go type marshals to, and recurses into nested structs.
func compareStruct(t *testing.T, v *validator, where, base string, s map[string]any, typ reflect.Type) {
	props, _ := s["properties"].(map[string]any)
	var required []string
	for _, r := range s["required"].([]any) {
		required = append(required, r.(string))
	}
	var goProps, goRequired []string
	for _, f := range jsonFields(typ) {
		goProps = append(goProps, f.name)
		if f.required {
			goRequired = append(goRequired, f.name)
		}
		prop, ok := props[f.name].(map[string]any)
		if !ok {
			continue // reported below
		}
		kind, pbase, resolved := kindOf(t, v, base, prop)
		if want := wantKind(f.typ); kind != want {
			t.Errorf("%s.%s: schema type %q, Go %s marshals to %q", where, f.name, kind, f.typ, want)
		}
		if f.typ == timeType && resolved["format"] != "date-time" {
			t.Errorf("%s.%s: a time.Time must be format date-time", where, f.name)
		}
		st := f.typ
		if st.Kind() == reflect.Pointer {
			st = st.Elem()
		}
		if st.Kind() == reflect.Struct && st != timeType {
			compareStruct(t, v, where+"."+f.name, pbase, resolved, st)
		}
	}
	schemaProps := make([]string, 0, len(props))
	for p := range props {
		schemaProps = append(schemaProps, p)
	}
	for _, l := range [][]string{goProps, goRequired, schemaProps, required} {
		sort.Strings(l)
	}
	if !slices.Equal(schemaProps, goProps) {
		t.Errorf("%s: schema properties %v, Go %s has JSON fields %v", where, schemaProps, typ, goProps)
	}
	if !slices.Equal(required, goRequired) {
		t.Errorf("%s: schema requires %v, Go %s always writes %v", where, required, typ, goRequired)
	}
}

func TestSchemasMatchGoTypes(t *testing.T) {
	v, err := newValidator()
	if err != nil {
		t.Fatal(err)
	}
	if len(goTypes) != len(Types()) {
		t.Fatalf("goTypes covers %d schemas, there are %d", len(goTypes), len(Types()))
	}
	for name, typ := range goTypes {
		id, doc := v.docByName(name)
		compareStruct(t, v, name, id, doc, typ)
	}
}

func TestSchemaConstantsMatchGo(t *testing.T) {
	env := loadSchema(t, Envelope)["properties"].(map[string]any)
	if got := env["specversion"].(map[string]any)["const"]; got != events.SpecVersion {
		t.Errorf("envelope specversion const %v, Go %s", got, events.SpecVersion)
	}
	if got := env["dataversion"].(map[string]any)["maximum"]; got != float64(events.DataVersion) {
		t.Errorf("envelope dataversion maximum %v, Go DataVersion %d", got, events.DataVersion)
	}
	coded := loadSchema(t, events.TypeEventCoded)["properties"].(map[string]any)
	var enum []string
	for _, e := range coded["plover"].(map[string]any)["enum"].([]any) {
		enum = append(enum, e.(string))
	}
	if !slices.Equal(enum, events.PLOVERTypes) {
		t.Errorf("plover enum %v, events.PLOVERTypes %v", enum, events.PLOVERTypes)
	}
	// Every code of the CAMEO table passes the schema's cameo and root patterns.
	v, err := newValidator()
	if err != nil {
		t.Fatal(err)
	}
	_, doc := v.docByName(events.TypeEventCoded)
	props := doc["properties"].(map[string]any)
	for _, c := range events.AllCAMEO() {
		for field, val := range map[string]any{"cameo": c.Code, "root": c.Root(), "plover": c.PLOVER, "quad_class": float64(c.QuadClass), "goldstein": c.Goldstein} {
			if errs := v.check(doc["$id"].(string), props[field].(map[string]any), val, field); len(errs) > 0 {
				t.Errorf("%s: %v", c.Code, errs)
			}
		}
	}
}

// examples builds one valid envelope per payload type from the Go types.
func examples(t *testing.T) map[string][]byte {
	t.Helper()
	at := time.Date(2022, 1, 10, 9, 0, 0, 0, time.UTC)
	body := "Wang Yi said China supports the CSTO deployment in Kazakhstan."
	articleID := events.ArticleID("", body)
	src := events.Actor{Code: "CHNGOV", Country: "CHN", Role: "GOV", Name: "Wang Yi"}
	tgt := events.Actor{Code: "IGOCSTO", Org: "CSTO", Name: "CSTO"}
	coded := events.EventCoded{
		ID:        events.EventID(articleID, 0, src, tgt, "051", false, "v1", "sha256:00"),
		ArticleID: articleID,
		Date:      "2022-01-10",
		Lang:      "en",
		Source:    src,
		Target:    tgt,
		CAMEO:     "051",
		Location:  &events.Location{Name: "Kazakhstan", Country: "KAZ", Lat: 48, Lon: 68},
		Sentence:  events.Sentence{Text: body, End: len(body)},
		Coder:     events.Coder{Version: "v1", Dict: "sha256:00", Rule: "en.praise.3"},
	}
	if err := coded.Fill(); err != nil {
		t.Fatal(err)
	}
	payloads := map[string]any{
		events.TypeArticleIngested: events.ArticleIngested{ID: articleID, Body: body, Lang: "en", Published: at, Ingested: at.Add(time.Minute)},
		events.TypeEventCoded:      coded,
		events.TypeEventRetracted:  events.EventRetracted{EventID: coded.ID, ArticleID: articleID, OldVersion: "v1", NewVersion: "v2"},
		events.TypeAlertFired:      events.AlertFired{ID: "a1", RuleID: "r1", EventIDs: []string{coded.ID}, WindowStart: "2022-01-10T00:00:00Z", WindowEnd: "2022-01-11T00:00:00Z", Value: 1},
		events.TypeArticleMention:  events.ArticleMention{ID: events.MentionID(articleID, "https://example.org/copy", articleID), ArticleID: articleID, ContentID: articleID, URL: "https://example.org/copy", Match: events.MatchExact, Published: at, Ingested: at},
		events.TypeFeedAdded:       events.FeedAdded{ID: events.FeedID("https://example.org/rss"), URL: "https://example.org/rss", Added: at},
		events.TypeFeedRemoved:     events.FeedRemoved{ID: events.FeedID("https://example.org/rss"), Removed: at},
		events.TypeRuleCreated:     events.Rule{ID: "kaz-mil", Filter: events.RuleFilter{Actor: []string{"KAZ"}, CAMEO: []string{"15"}}, Trigger: events.RuleTrigger{Kind: events.TriggerEach}, Webhook: &events.RuleWebhook{URL: "https://example.org/hook", Secret: "s3cret"}},
		events.TypeRuleUpdated:     events.Rule{ID: "kaz-mil", Filter: events.RuleFilter{Dyad: []string{"CHN-KAZ"}, QuadClass: []int{4}}, Trigger: events.RuleTrigger{Kind: events.TriggerSpike, WindowDays: 7, BaselineDays: 90, Ratio: 3, MinCount: 3}},
		events.TypeRuleDeleted:     events.RuleDeleted{ID: "kaz-mil"},
	}
	out := map[string][]byte{}
	for typ, p := range payloads {
		env, err := events.NewEnvelope(typ, "id-"+typ, "geotrack/test", at, p)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(env)
		if err != nil {
			t.Fatal(err)
		}
		out[typ] = b
	}
	return out
}

func TestExamplesValidate(t *testing.T) {
	v, err := newValidator()
	if err != nil {
		t.Fatal(err)
	}
	for typ, b := range examples(t) {
		if errs := v.Validate(Envelope, b); len(errs) > 0 {
			t.Errorf("%s envelope: %v\n%s", typ, errs, b)
		}
		var env events.Envelope
		if err := json.Unmarshal(b, &env); err != nil {
			t.Fatal(err)
		}
		if errs := v.Validate(typ, env.Data); len(errs) > 0 {
			t.Errorf("%s payload: %v", typ, errs)
		}
	}
}

// edit applies a change to the decoded JSON at a dotted path ("data.source.country").
func edit(t *testing.T, b []byte, path string, fn func(obj map[string]any, key string)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(path, ".")
	obj := m
	for _, p := range parts[:len(parts)-1] {
		obj = obj[p].(map[string]any)
	}
	fn(obj, parts[len(parts)-1])
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func set(v any) func(map[string]any, string) {
	return func(o map[string]any, k string) { o[k] = v }
}

func del(o map[string]any, k string) { delete(o, k) }

func TestBadExamplesFail(t *testing.T) {
	v, err := newValidator()
	if err != nil {
		t.Fatal(err)
	}
	ex := examples(t)
	for _, tc := range []struct {
		name, typ, path string
		fn              func(map[string]any, string)
	}{
		{"envelope without id", events.TypeEventCoded, "id", del},
		{"envelope wrong specversion", events.TypeEventCoded, "specversion", set("0.3")},
		{"envelope time not RFC 3339", events.TypeEventCoded, "time", set("10/01/2022")},
		{"envelope newer dataversion", events.TypeEventCoded, "dataversion", set(2)},
		{"envelope without data", events.TypeAlertFired, "data", del},
		{"payload of another type", events.TypeEventCoded, "type", set(events.TypeArticleIngested)},
		{"article id not sha256", events.TypeArticleIngested, "data.id", set("abc")},
		{"article without body", events.TypeArticleIngested, "data.body", del},
		{"article extra field", events.TypeArticleIngested, "data.author", set("x")},
		{"event cameo 2 digits", events.TypeEventCoded, "data.cameo", set("05")},
		{"event unknown plover", events.TypeEventCoded, "data.plover", set("FIGHT")},
		{"event quad 5", events.TypeEventCoded, "data.quad_class", set(5)},
		{"event quad not integer", events.TypeEventCoded, "data.quad_class", set(1.5)},
		{"event goldstein 11", events.TypeEventCoded, "data.goldstein", set(11)},
		{"event date with time", events.TypeEventCoded, "data.date", set("2022-01-10T00:00:00Z")},
		{"event date impossible", events.TypeEventCoded, "data.date", set("2022-13-40")},
		{"event negated as string", events.TypeEventCoded, "data.negated", set("false")},
		{"event without target", events.TypeEventCoded, "data.target", del},
		{"actor country alpha-2", events.TypeEventCoded, "data.source.country", set("CN")},
		{"actor without org", events.TypeEventCoded, "data.target.org", del},
		{"location latitude", events.TypeEventCoded, "data.location.lat", set(95)},
		{"sentence negative start", events.TypeEventCoded, "data.sentence.start", set(-1)},
		{"coder extra field", events.TypeEventCoded, "data.coder.model", set("x")},
		{"retracted without new version", events.TypeEventRetracted, "data.new_version", del},
		{"alert event ids null", events.TypeAlertFired, "data.event_ids", set(nil)},
		{"alert event id malformed", events.TypeAlertFired, "data.event_ids", set([]any{"zz"})},
		{"rule id with a dot", events.TypeRuleCreated, "data.id", set("a.b")},
		{"rule unknown trigger", events.TypeRuleCreated, "data.trigger.kind", set("often")},
		{"rule unknown filter field", events.TypeRuleCreated, "data.filter.colour", set("red")},
		{"rule quad 5", events.TypeRuleUpdated, "data.filter.quad_class", set([]any{5})},
		{"rule deleted without id", events.TypeRuleDeleted, "data.id", del},
	} {
		b := edit(t, ex[tc.typ], tc.path, tc.fn)
		if errs := v.Validate(Envelope, b); len(errs) == 0 {
			t.Errorf("%s: accepted %s", tc.name, b)
		}
	}
}
