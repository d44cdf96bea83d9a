// Package demo holds a handful of short news articles, written for the
// project, that `geotrack demo` feeds through the pipeline so a fresh
// install shows coded events, timelines and alerts without network access.
//
// Two of the articles (01 and 02) report the same real-world event from
// different outlets, so the demo shows distinct events versus mentions.
package demo

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
)

//go:embed articles/*.json
var articleFiles embed.FS

// Article is one demo article as stored in articles/*.json. Published is an
// RFC 3339 timestamp; Lang an ISO 639-1 code.
type Article struct {
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Body      string `json:"body"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

// Articles returns the embedded demo articles sorted by file name, so the
// demo ingests them in a stable order. A malformed file is an error rather
// than a skipped article: the files ship with the binary and must all load.
func Articles() ([]Article, error) {
	names, err := fs.Glob(articleFiles, "articles/*.json")
	if err != nil {
		return nil, fmt.Errorf("demo: list articles: %w", err)
	}
	slices.Sort(names) // fs.Glob sorts today; the order is part of the contract
	out := make([]Article, 0, len(names))
	for _, name := range names {
		raw, err := articleFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("demo: read %s: %w", name, err)
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		// Unknown fields mean a typo in a hand-written file; fail loudly.
		dec.DisallowUnknownFields()
		var a Article
		if err := dec.Decode(&a); err != nil {
			return nil, fmt.Errorf("demo: parse %s: %w", path.Base(name), err)
		}
		out = append(out, a)
	}
	return out, nil
}
