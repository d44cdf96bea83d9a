package coder

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

// TestProbeFile codes every line of the file named by GEOTRACK_PROBE and
// prints one line per sentence with its events (or NONE), so that a pattern
// author can check many phrasings of a CAMEO code at once. Skipped unless
// the variable is set.
func TestProbeFile(t *testing.T) {
	name := os.Getenv("GEOTRACK_PROBE")
	if name == "" {
		t.Skip("set GEOTRACK_PROBE to a file of sentences, one a line")
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := newTestCoder(t)
	day := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang := "en"
		if strings.ContainsAny(line, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
			lang = "ar"
		}
		evs, err := c.Code(Document{ID: "probe", Lang: lang, Text: line, Published: day})
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		var b strings.Builder
		for _, e := range evs {
			b.WriteString(" [" + e.Source.Code + ">" + e.Target.Code + " " + e.CAMEO + " " + e.Coder.Rule + "]")
		}
		if len(evs) == 0 {
			b.WriteString(" NONE")
		}
		t.Logf("%s ::%s", line, b.String())
	}
}
