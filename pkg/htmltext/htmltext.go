// Package htmltext turns bytes handed to geotrack (a web page, a text file)
// into UTF-8 text: the character set declared by the HTTP header or the
// page (windows-1256 and ISO-8859-6 Arabic, windows-1251 Russian, Latin-1
// ...) is converted with golang.org/x/net/html/charset, invalid UTF-8 is
// repaired with U+FFFD and flagged, binary content is refused, and the main
// text of an HTML page is extracted with go-readability (a maintained port
// of Mozilla's Readability) together with its title and published date.
package htmltext

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html/charset"
)

// ErrBinary is returned for content that is not text (NUL bytes or mostly
// control characters): an image or a PDF posted by mistake.
var ErrBinary = errors.New("content is binary, not text")

// ErrNoText is returned for an HTML page without readable text.
var ErrNoText = errors.New("the page has no readable text")

// Text is decoded text.
type Text struct {
	Text string
	// Charset is the name of the encoding the bytes were read as
	// ("utf-8", "windows-1256", ...).
	Charset string
	// Repaired is true when invalid byte sequences were replaced by U+FFFD.
	Repaired bool
}

// Decode converts body to UTF-8. contentType is the HTTP Content-Type (may
// be ""); for HTML the page's <meta charset> is honoured too. Bytes that
// are valid UTF-8 and declare nothing else are kept as they are.
func Decode(body []byte, contentType string) (Text, error) {
	if looksBinary(body) {
		return Text{}, ErrBinary
	}
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" || (!certain && utf8.Valid(body)) || enc == nil {
		s := string(body)
		if utf8.ValidString(s) {
			return Text{Text: s, Charset: "utf-8"}, nil
		}
		return Text{Text: strings.ToValidUTF8(s, "\uFFFD"), Charset: "utf-8", Repaired: true}, nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return Text{}, fmt.Errorf("htmltext: decode %s: %w", name, err)
	}
	s := string(out)
	repaired := bytes.ContainsRune(out, utf8.RuneError)
	if !utf8.ValidString(s) {
		s, repaired = strings.ToValidUTF8(s, "\uFFFD"), true
	}
	return Text{Text: s, Charset: name, Repaired: repaired}, nil
}

// looksBinary: a NUL byte in the first 8 KiB, or more than 10% of it
// control characters other than white space.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return len(b) > 0 && ctl*10 > len(b)
}

// Page is the readable part of an HTML page.
type Page struct {
	Title string
	// Text is the main text, paragraphs separated by blank lines.
	Text      string
	Published time.Time // zero when the page does not say
	Lang      string    // from <html lang>, "" when absent
	SiteName  string
	Charset   string
	Repaired  bool
}

// Extract decodes an HTML page and extracts its main text, title and
// published date. pageURL (may be nil) resolves relative links.
func Extract(body []byte, contentType string, pageURL *url.URL) (*Page, error) {
	t, err := Decode(body, contentType)
	if err != nil {
		return nil, err
	}
	art, err := readability.FromReader(strings.NewReader(t.Text), pageURL)
	if err != nil {
		return nil, fmt.Errorf("htmltext: parse page: %w", err)
	}
	p := &Page{Title: strings.Join(strings.Fields(art.Title()), " "), Lang: art.Language(), SiteName: art.SiteName(),
		Charset: t.Charset, Repaired: t.Repaired}
	if art.Node != nil {
		var b strings.Builder
		if err := art.RenderText(&b); err != nil {
			return nil, fmt.Errorf("htmltext: render text: %w", err)
		}
		p.Text = tidy(b.String())
	}
	if !hasLetter(p.Text) {
		return nil, ErrNoText
	}
	if pub, err := art.PublishedTime(); err == nil && pub.Year() >= 1900 {
		p.Published = pub.UTC()
	}
	return p, nil
}

// tidy folds white space inside lines and keeps one blank line between
// paragraphs.
func tidy(s string) string {
	var paras []string
	for _, line := range strings.Split(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			paras = append(paras, strings.Join(f, " "))
		}
	}
	return strings.Join(paras, "\n\n")
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
