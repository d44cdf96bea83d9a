package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/geotrack/geotrack/events"
	"github.com/geotrack/geotrack/pkg/coder"
	"github.com/geotrack/geotrack/pkg/ingest"
)

func init() {
	register(command{name: "extract", usage: "extract [--published YYYY-MM-DD] [--lang xx] [--jsonl] FILE|-",
		help: "code an article (or a JSONL file of documents) without NATS; prints event.coded JSON lines", run: runExtract})
}

// maxInput bounds what extract reads, so a wrong file cannot exhaust memory.
const maxInput = 64 << 20

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "extract", "extract [flags] FILE|-")
	published := fs.String("published", "", "publication date (YYYY-MM-DD or RFC 3339) relative dates resolve against; default today")
	lang := fs.String("lang", "", "language of the text (ISO 639-1); default: detected")
	jsonl := fs.Bool("jsonl", false, `input is JSON lines {"id","text","published"?,"lang"?}; events carry input_id`)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"want exactly one FILE or -"}
	}
	pub := time.Now().UTC()
	if *published != "" {
		t, err := ingest.ParseDate(*published)
		if err != nil {
			return usageError{"--published: " + err.Error()}
		}
		pub = t
	}
	data, err := readInput(env, fs.Arg(0))
	if err != nil {
		return err
	}
	c, err := coder.New()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if !*jsonl {
		doc := ArticleDocument(string(data), *lang, pub)
		evs, err := c.Code(doc)
		if err != nil {
			return err
		}
		for i := range evs {
			if err := enc.Encode(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	return extractJSONL(ctx, c, data, *lang, pub, enc, env)
}

func readInput(env *Env, name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = env.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxInput {
		return nil, fmt.Errorf("%s is larger than %d MiB", name, maxInput>>20)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s is not valid UTF-8", name)
	}
	return data, nil
}

// ArticleDocument turns a plain-text article into a coder document: the
// first line is the title when a blank line follows it, and the title is
// not coded (headlines are abbreviated restatements of the lead); the
// document id is the article id ingest would give the same text.
func ArticleDocument(s, lang string, published time.Time) coder.Document {
	title, body := "", s
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		rest := s[i+1:]
		if j := strings.IndexByte(rest, '\n'); j >= 0 && strings.TrimSpace(rest[:j]) == "" {
			title, body = s[:i], rest[j+1:]
		}
	}
	body = strings.TrimSpace(body)
	return coder.Document{ID: events.ArticleID(strings.TrimSpace(title), body), Text: body, Lang: lang, Published: published}
}

type jsonlDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

func extractJSONL(ctx context.Context, c *coder.Coder, data []byte, lang string, pub time.Time, enc *json.Encoder, env *Env) error {
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), maxInput)
	line, bad := 0, 0
	for sc.Scan() {
		line++
		if ctx.Err() != nil {
			return ctx.Err()
		}
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var d jsonlDoc
		if err := json.Unmarshal([]byte(raw), &d); err != nil {
			bad++
			fmt.Fprintf(env.Stderr, "line %d: malformed JSON: %v\n", line, err)
			continue
		}
		doc := coder.Document{ID: d.ID, Text: d.Text, Lang: d.Lang, Published: pub}
		if doc.Lang == "" {
			doc.Lang = lang
		}
		if d.Published != "" {
			t, err := ingest.ParseDate(d.Published)
			if err != nil {
				bad++
				fmt.Fprintf(env.Stderr, "line %d: %v\n", line, err)
				continue
			}
			doc.Published = t
		}
		evs, err := c.Code(doc)
		if err != nil {
			if errors.Is(err, coder.ErrEmptyText) || errors.Is(err, coder.ErrUnsupportedLanguage) {
				fmt.Fprintf(env.Stderr, "line %d (%s): %v\n", line, d.ID, err)
				continue
			}
			return fmt.Errorf("line %d: %w", line, err)
		}
		for i := range evs {
			evs[i].InputID = d.ID
			if err := enc.Encode(&evs[i]); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	if bad > 0 {
		return exitCode{code: 1, msg: fmt.Sprintf("%d malformed line(s) skipped", bad)}
	}
	return nil
}
