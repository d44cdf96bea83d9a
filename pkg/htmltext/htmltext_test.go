package htmltext

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

const arabic = "أعلنت وزارة الخارجية الروسية اليوم أن موسكو تدعم مهمة منظمة معاهدة الأمن الجماعي في كازاخستان."
const russian = "Министерство иностранных дел России заявило, что Москва поддерживает миссию ОДКБ в Казахстане."

func page(metaCharset, title, body string) string {
	meta := ""
	if metaCharset != "" {
		meta = `<meta charset="` + metaCharset + `">`
	}
	return `<!doctype html><html lang="ar"><head>` + meta + `<title>` + title + `</title>
<meta property="article:published_time" content="2022-01-12T08:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>` + title + `</h1><p>` + body + `</p><p>` + body + `</p><p>` + body + `</p></article>
<footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>`
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractCharsets(t *testing.T) {
	for _, tc := range []struct {
		name, contentType, meta, text string
		enc                           encoding.Encoding
	}{
		{"windows-1256 in meta", "text/html", "windows-1256", arabic, charmap.Windows1256},
		{"iso-8859-6 in header", "text/html; charset=ISO-8859-6", "", arabic, charmap.ISO8859_6},
		{"windows-1251 in header", "text/html; charset=windows-1251", "", russian, charmap.Windows1251},
		{"latin-1 in meta", "text/html", "iso-8859-1", "Le ministère a annoncé une aide à l'Ukraine et salué la coopération européenne.", charmap.ISO8859_1},
		{"utf-8 undeclared", "text/html", "", arabic, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := page(tc.meta, "عنوان الخبر", tc.text)
			if tc.enc == charmap.Windows1251 || tc.enc == charmap.ISO8859_1 {
				src = page(tc.meta, "Title", tc.text)
			}
			raw := []byte(src)
			if tc.enc != nil {
				raw = encode(t, tc.enc, src)
			}
			p, err := Extract(raw, tc.contentType, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Text, tc.text) {
				t.Fatalf("text %q does not contain %q (charset %s)", p.Text, tc.text, p.Charset)
			}
			if strings.Contains(p.Text, "Copyright") || strings.Contains(p.Text, "Home") {
				t.Errorf("boilerplate kept: %q", p.Text)
			}
			if p.Repaired {
				t.Error("flagged as repaired")
			}
			if p.Published.Format("2006-01-02T15:04") != "2022-01-12T08:30" {
				t.Errorf("published %v", p.Published)
			}
			if p.Title == "" {
				t.Error("no title")
			}
		})
	}
}

func TestDecodeRepairsAndRefuses(t *testing.T) {
	got, err := Decode([]byte("Paris \xff\xfe condemned"), "text/plain; charset=utf-8")
	if err != nil || !got.Repaired || got.Text != "Paris \uFFFD condemned" {
		t.Fatalf("%+v %v", got, err)
	}
	if _, err := Decode([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "application/octet-stream"); !errors.Is(err, ErrBinary) {
		t.Fatalf("png: %v", err)
	}
	if _, err := Extract([]byte(`<html><body><script>var x=1;</script><img src="a.png"></body></html>`), "text/html", nil); !errors.Is(err, ErrNoText) {
		t.Fatalf("empty page: %v", err)
	}
	w := encode(t, charmap.Windows1256, arabic)
	got, err = Decode(w, "text/plain; charset=windows-1256")
	if err != nil || got.Text != arabic || got.Charset != "windows-1256" {
		t.Fatalf("windows-1256 text: %+v %v", got, err)
	}
}
