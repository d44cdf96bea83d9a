package alert_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/alert"
	"github.com/geotrack/geotrack/pkg/httpx"
)

// FuzzRuleDecode runs what POST and PUT /v1/alerts/rules do with a body:
// strict decoding into a Rule, then Validate. Arbitrary bytes must never
// panic; a refusal must be a 400 problem naming the field; an accepted rule
// must survive a JSON round trip and validate again unchanged (Validate
// fills defaults, so it must be idempotent). Private targets are allowed
// here so webhook hosts are not resolved (no DNS from a fuzzer).
func FuzzRuleDecode(f *testing.F) {
	for _, seed := range []string{
		`{"id":"kaz-mil","name":"KAZ military","filter":{"actor":["KAZ"],"cameo":["15","19"]},"trigger":{"kind":"each"}}`,
		`{"filter":{"dyad":["CHN-KAZ"],"quad_class":[4]},"trigger":{"kind":"count","count":3,"window_days":7},"cooldown_seconds":3600}`,
		`{"filter":{"place":["KAZ"],"goldstein_min":-10,"goldstein_max":-5},"trigger":{"kind":"spike","ratio":2.5,"window_days":7,"baseline_days":90}}`,
		`{"filter":{"actor":["KAZ"]},"trigger":{"kind":"spike","z_score":3}}`,
		`{"filter":{"actor":["KAZ"]},"trigger":{"kind":"each"},"webhook":{"url":"https://hooks.example.org/geo","secret":"whsec_x"}}`,
		`{"filter":{"actor":["ATLANTIS"]},"trigger":{"kind":"each"}}`,
		`{"trigger":{"kind":"spike","ratio":1e309}}`,
		`{"id":"../x","trigger":{}}`,
		`{"filter":{"lang":["ar"],"min_mentions":-1}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var r events.Rule
		err := httpx.DecodeJSON(b, &r)
		if err == nil {
			err = alert.Validate(&r, true)
		}
		if err != nil {
			var p *httpx.Problem
			if !errors.As(err, &p) || p.Status != 400 || p.Detail == "" {
				t.Fatalf("%q: refusal %v is not a 400 problem", b, err)
			}
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("%q: accepted rule does not marshal: %v", b, err)
		}
		var again events.Rule
		if err := httpx.DecodeJSON(out, &again); err != nil {
			t.Fatalf("accepted rule %s does not decode: %v", out, err)
		}
		if err := alert.Validate(&again, true); err != nil {
			t.Fatalf("accepted rule %s is refused the second time: %v", out, err)
		}
		if out2, _ := json.Marshal(again); string(out2) != string(out) {
			t.Fatalf("validating again changed the rule:\n%s\n%s", out, out2)
		}
	})
}
