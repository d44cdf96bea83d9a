package dict

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// row is one data line of a TSV table.
type row struct {
	file string
	line int
	cols map[string]string
}

func (r row) get(col string) string { return r.cols[col] }

func (r row) src() string { return r.file + ":" + strconv.Itoa(r.line) }

func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("dict: %s: %s", r.src(), fmt.Sprintf(format, args...))
}

// parseTable reads a TSV table: "#" starts a comment line, blank lines are
// ignored, the first other line names the columns. Every required column
// must be in the header; a header column that is neither required nor
// optional is an error (a misspelt column would otherwise be ignored).
// Rows may omit trailing empty fields but may not have more fields than the
// header.
func parseTable(file string, data []byte, required, optional []string) ([]row, error) {
	known := map[string]bool{}
	for _, c := range required {
		known[c] = true
	}
	for _, c := range optional {
		known[c] = true
	}
	var header []string
	var rows []row
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	for i, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimRight(raw, "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header == nil {
			seen := map[string]bool{}
			for _, h := range fields {
				h = strings.TrimSpace(h)
				if !known[h] {
					return nil, fmt.Errorf("dict: %s:%d: unknown column %q (want %s; optional %s)",
						file, i+1, h, strings.Join(required, ", "), strings.Join(optional, ", "))
				}
				if seen[h] {
					return nil, fmt.Errorf("dict: %s:%d: column %q twice", file, i+1, h)
				}
				seen[h] = true
				header = append(header, h)
			}
			for _, c := range required {
				if !seen[c] {
					return nil, fmt.Errorf("dict: %s:%d: header lacks column %q", file, i+1, c)
				}
			}
			continue
		}
		if len(fields) > len(header) {
			return nil, fmt.Errorf("dict: %s:%d: %d fields, header has %d columns (a stray tab?)",
				file, i+1, len(fields), len(header))
		}
		r := row{file: file, line: i + 1, cols: make(map[string]string, len(header))}
		for j, f := range fields {
			r.cols[header[j]] = strings.TrimSpace(f)
		}
		rows = append(rows, r)
	}
	if header == nil {
		return nil, fmt.Errorf("dict: %s: no header line", file)
	}
	return rows, nil
}

// splitPhrases splits a "|"-separated phrase list. A phrase written with a
// leading "?" is returned without it and also in ambiguous.
func splitPhrases(s string) (phrases, ambiguous []string) {
	for _, p := range strings.Split(s, "|") {
		p = strings.TrimSpace(p)
		amb := strings.HasPrefix(p, "?")
		if amb {
			p = strings.TrimSpace(p[1:])
		}
		if p == "" {
			continue
		}
		phrases = append(phrases, p)
		if amb {
			ambiguous = append(ambiguous, p)
		}
	}
	return phrases, ambiguous
}
