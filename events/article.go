package events

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// ArticleIngested is the payload of "article.ingested": one news article as
// it entered the system. Its ID is derived from its content alone
// (ArticleID), so the same text posted twice, or from two URLs, is one
// article.
type ArticleIngested struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title,omitempty"`
	Body      string    `json:"body"`
	Lang      string    `json:"lang,omitempty"`
	Published time.Time `json:"published"`
	Ingested  time.Time `json:"ingested"`
}

// ArticleID is the hex sha256 of the article's canonical content: title and
// body with runs of white space folded to one space and the ends trimmed.
// The URL, outlet and dates are not part of it: a syndicated copy of the
// same text is the same article.
func ArticleID(title, body string) string {
	h := sha256.New()
	h.Write([]byte("geotrack/article/v1\n"))
	h.Write([]byte(foldSpace(title)))
	h.Write([]byte{'\n'})
	h.Write([]byte(foldSpace(body)))
	return hex.EncodeToString(h.Sum(nil))
}

func foldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
