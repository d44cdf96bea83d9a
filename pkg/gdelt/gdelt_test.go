package gdelt

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/bus"
)

// Row builds a GDELT 2.0 event row in the real 61-column layout with the
// fields these tests use; the rest hold plausible values.
func Row(id, date, a1code, a1country, a2code, a2country, a2group, code, goldstein, url string) string {
	c := make([]string, Columns)
	c[0], c[1], c[2], c[3], c[4] = id, date, date[:6], date[:4], date[:4]+".0274"
	c[5], c[6], c[7], c[12] = a1code, "ACTOR ONE", a1country, "GOV"
	c[15], c[16], c[17], c[18] = a2code, "ACTOR TWO", a2country, a2group
	c[25], c[26], c[27], c[28] = "1", code, code[:3], code[:2]
	c[29], c[30], c[31], c[32], c[33], c[34] = "1", goldstein, "10", "2", "10", "1.25"
	c[51], c[52], c[53], c[54], c[56], c[57], c[58] = "4", "Almaty, Almaty City, Kazakhstan", "KZ", "KZ02", "43.25", "76.95", "-2249"
	c[59], c[60] = date+"000000", url
	return strings.Join(c, "\t")
}

func TestParseRow(t *testing.T) {
	e, err := ParseRow(Row("1044231953", "20220110", "CHNGOV", "CHN", "IGOUNO", "", "UNO", "051", "3.4", "https://example.org/kz"))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != EventID("1044231953") || e.Date != "2022-01-10" || e.CAMEO != "051" || e.Root != "05" || e.Goldstein != 3.4 || e.QuadClass != 1 {
		t.Fatalf("%+v", e)
	}
	if e.Source.Country != "CHN" || e.Source.Role != "GOV" || e.Target.Org != "UNO" || e.Target.Country != "" {
		t.Fatalf("actors %+v %+v", e.Source, e.Target)
	}
	if e.Coder.Version != "gdelt" || e.SourceURL != "https://example.org/kz" || e.ArticleID != SourceArticleID(e.SourceURL) {
		t.Fatalf("provenance %+v %q %q", e.Coder, e.SourceURL, e.ArticleID)
	}
	if e.Location == nil || e.Location.Country != "KAZ" || e.Location.Lat != 43.25 {
		t.Fatalf("location %+v", e.Location)
	}
	// No second actor: left empty, not guessed.
	e, err = ParseRow(Row("2", "20220111", "RUS", "RUS", "", "", "", "190", "-10", "https://example.org/x"))
	if err != nil || e.Target != (events.Actor{}) || e.Goldstein != -10 || e.QuadClass != 1 {
		t.Fatalf("%+v %v", e, err)
	}
	for name, row := range map[string]string{
		"60 columns":      strings.Join(make([]string, 60), "\t"),
		"62 columns":      Row("3", "20220111", "RUS", "RUS", "", "", "", "190", "-10", "u") + "\textra",
		"comma separated": strings.ReplaceAll(Row("3", "20220111", "RUS", "RUS", "", "", "", "190", "-10", "u"), "\t", ","),
		"bad id":          Row("x3", "20220111", "RUS", "RUS", "", "", "", "190", "-10", "u"),
		"bad date":        Row("3", "2022011X", "RUS", "RUS", "", "", "", "190", "-10", "u"),
		"unknown code":    Row("3", "20220111", "RUS", "RUS", "", "", "", "999", "-10", "u"),
	} {
		if _, err := ParseRow(row); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestScanAndPublish(t *testing.T) {
	ctx := context.Background()
	b, err := bus.Open(ctx, bus.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	file := strings.Join([]string{
		Row("101", "20220110", "CHNGOV", "CHN", "KAZGOV", "KAZ", "", "051", "3.4", "https://example.org/1"),
		"too\tfew\tcolumns",
		"",
		Row("102", "20220111", "RUSMIL", "RUS", "KAZ", "KAZ", "", "1042", "-5", "https://example.org/2"),
	}, "\n") + "\n"
	var got []events.EventCoded
	var bad []RowError
	err = Scan(strings.NewReader(file), 1, 2, func(evs []events.EventCoded, rows []RowError) error {
		got = append(got, evs...)
		bad = append(bad, rows...)
		return Publish(ctx, b, evs, time.Now())
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(bad) != 1 || bad[0].Line != 2 || !strings.Contains(bad[0].Error(), "3 columns, want 61") {
		t.Fatalf("got %d events, bad %v", len(got), bad)
	}
	// Loading the same rows again is deduplicated by id.
	if err := Publish(ctx, b, got, time.Now()); err != nil {
		t.Fatal(err)
	}
	var stored []events.EventCoded
	err = b.Read(ctx, bus.ReadOptions{Stream: bus.StreamEvents, StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			env, err := events.DecodeEnvelope(m.Data)
			if err != nil {
				return err
			}
			var e events.EventCoded
			if err := env.DecodeData(events.TypeEventCoded, &e); err != nil {
				return err
			}
			stored = append(stored, e)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != 2 || stored[1].CAMEO != "1042" || stored[1].Source.Code != "RUSMIL" {
		js, _ := json.Marshal(stored)
		t.Fatalf("stored %s", js)
	}
}
