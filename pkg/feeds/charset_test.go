package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/pkg/bus"
	"github.com/geotrack/geotrack/pkg/ingest"
	"golang.org/x/text/encoding/charmap"
)

// An Arabic feed in windows-1256 (declared in the XML prolog) whose item
// page is ISO-8859-6 (declared in the HTTP header): both end up as UTF-8.
func TestArabicFeedCharsets(t *testing.T) {
	const title = "موسكو تدعم مهمة المنظمة"
	const text = "أعلنت وزارة الخارجية الروسية اليوم أن موسكو تدعم مهمة منظمة معاهدة الأمن الجماعي في كازاخستان."
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/ar.rss", func(w http.ResponseWriter, r *http.Request) {
		feed := `<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>أخبار</title>
<item><title>` + title + `</title><link>` + base + `/ar/1</link><guid>ar-1</guid></item></channel></rss>`
		b, _ := charmap.Windows1256.NewEncoder().String(feed)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, b)
	})
	mux.HandleFunc("/ar/1", func(w http.ResponseWriter, r *http.Request) {
		b, _ := charmap.ISO8859_6.NewEncoder().String(`<html><body><article><p>` + text + `</p></article></body></html>`)
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-6")
		fmt.Fprint(w, b)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL
	b := openBus(t)
	p := New(b, ingest.New(b, ingest.Options{}), Options{AllowPrivate: true, Interval: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() { cancel(); <-done }()
	if _, err := p.Add(ctx, srv.URL+"/ar.rss", 0, ""); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the Arabic feed polled", func() bool { f := p.Feeds(); return len(f) == 1 && f[0].Polls > 0 })
	if f := p.Feeds()[0]; f.Articles != 1 || f.Error != "" || len(f.ItemErrors) > 0 {
		t.Fatalf("%+v", f)
	}
	var got []string
	b.Read(ctx, bus.ReadOptions{Stream: bus.StreamArticles, FilterSubject: bus.SubjectArticleIngested + ".>", StopAtEnd: true}, func(msgs []bus.Msg) error {
		for _, m := range msgs {
			got = append(got, string(m.Data))
		}
		return nil
	})
	if len(got) != 1 || !strings.Contains(got[0], text) || !strings.Contains(got[0], title) || !strings.Contains(got[0], `"outlet":"أخبار"`) || !strings.Contains(got[0], `"lang":"ar"`) {
		t.Fatalf("stored %v", got)
	}
}
