// Package dict holds the event coder's dictionaries — actors (countries, their
// adjectives and capitals, international organisations, named groups, office
// holders, role nouns) and places — as TSV data files a researcher edits
// without touching Go, and the loader that parses, completes and validates
// them. The content hash of the files is the dictionary version carried on
// every coded event, so a change to any file changes the version.
package dict

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"
)

// FS is the dictionary tree compiled into the binary. The verbs/ folder
// belongs to the coder engine but is embedded (and hashed) here so that one
// hash versions every dictionary the coder uses.
//
//go:embed README.md actors places verbs
var FS embed.FS

// Kind says what a phrase names, which tells the coder how to use it
// ("Chinese" modifies a role noun, "Beijing" stands for the government ...).
type Kind string

const (
	KindCountry Kind = "country" // a state's name: China, الصين
	KindAdj     Kind = "adj"     // adjective: Chinese, الصيني, الصينية
	KindCapital Kind = "capital" // capital used for the government: Beijing
	KindPeople  Kind = "people"  // demonym plural: Kenyans, الكينيين
	KindOrg     Kind = "org"     // international organisation: UN, NATO
	KindGroup   Kind = "group"   // named non-state or sub-state actor: Hamas
	KindPerson  Kind = "person"  // office holder: Antony Blinken
	KindRole    Kind = "role"    // role noun: president, army, الشرطة
)

// ActorEntry is one actor the coder can recognise, with every surface form
// that names it.
type ActorEntry struct {
	Kind    Kind
	Country string // ISO 3166-1 alpha-3 ("" for orgs and role nouns)
	Org     string // short org code (UN, EU, NATO ...), "" for states
	Role    string // CAMEO role code (GOV, MIL, COP ...), "" for a bare state
	Code    string // CAMEO actor code to emit (USAGOV, IGOUNO, PSEHMS)
	Name    string // canonical display name (English)
	Office  string // persons and role nouns: "president", "foreign minister"
	From    string // start of validity, YYYY-MM-DD; "" = open
	To      string // end of validity, YYYY-MM-DD; "" = open
	// Phrases are the surface forms in any language or script, raw: the
	// coder normalises them the same way it normalises text.
	Phrases []string
	// Ambiguous lists the phrases (a subset of Phrases) that were marked
	// with "?" in the data: they also name another actor of the same kind
	// and the coder must disambiguate (by date, context or country in focus).
	Ambiguous []string
	Source    string // "actors/people.tsv:42", for error messages
}

// Key is the actor's key in timelines and gold sets: the Org if it has one,
// else the Country (the same rule as events.Actor.Key).
func (a ActorEntry) Key() string {
	if a.Org != "" {
		return a.Org
	}
	return a.Country
}

// ValidOn reports whether the entry applies on the given day (an office
// holder in office). Entries without dates are always valid.
func (a ActorEntry) ValidOn(day time.Time) bool {
	d := day.Format(dateLayout)
	return (a.From == "" || a.From <= d) && (a.To == "" || d <= a.To)
}

// Place is a location the coder can attach to an event.
type Place struct {
	Name      string // canonical display name (English)
	Country   string // ISO 3166-1 alpha-3
	Lat, Lon  float64
	Kind      string // capital | city | region | country
	Phrases   []string
	Ambiguous []string // phrases marked "?" (they also name another place)
	Source    string
}

// Dict is the loaded dictionary set.
type Dict struct {
	Actors []ActorEntry
	Places []Place
	// Hash is "sha256:<hex>" over every file of the tree (names and bytes, in
	// sorted order, verbs included): the dictionary version.
	Hash string
}

// Load parses the embedded dictionaries.
func Load() (*Dict, error) {
	return LoadFS(FS)
}

// LoadFS parses a dictionary tree with the embedded layout (README.md,
// actors/, places/, verbs/) — typically a researcher's working copy opened
// with os.DirFS — and validates it.
func LoadFS(fsys fs.FS) (*Dict, error) {
	files, err := treeFiles(fsys)
	if err != nil {
		return nil, err
	}
	d := &Dict{Hash: hashFiles(files)}
	l := newLoader()
	for _, f := range files {
		if !strings.HasSuffix(f.name, ".tsv") {
			continue
		}
		if err := l.loadTable(f.name, f.data); err != nil {
			return nil, err
		}
	}
	if err := l.finish(d); err != nil {
		return nil, err
	}
	return d, nil
}

// treeFile is one file of the dictionary tree.
type treeFile struct {
	name string
	data []byte
}

// treeRoots are the entries of the tree that are read and hashed: the same
// set go:embed includes, so Load and LoadFS(os.DirFS(copy)) hash alike.
var treeRoots = []string{"README.md", "actors", "places", "verbs"}

// treeFiles returns the files of the tree in sorted order, skipping names
// that go:embed skips (leading "." or "_") so an editor's swap file does
// not change the version.
func treeFiles(fsys fs.FS) ([]treeFile, error) {
	var out []treeFile
	for _, root := range treeRoots {
		err := fs.WalkDir(fsys, root, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			base := de.Name()
			if path != root && (strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
				if de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if de.IsDir() {
				return nil
			}
			b, err := fs.ReadFile(fsys, path)
			if err != nil {
				return err
			}
			out = append(out, treeFile{name: path, data: b})
			return nil
		})
		if err != nil {
			if root == "verbs" || root == "README.md" {
				if _, statErr := fs.Stat(fsys, root); statErr != nil {
					continue // optional in a researcher's copy
				}
			}
			return nil, fmt.Errorf("dict: read %s: %w", root, err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// IsAcronym reports whether a phrase is written as an acronym: Latin capital
// letters with optional digits, dots, "+" or "-", at least two characters
// and one letter (UN, U.N., WHO, G7, OPEC+). The data convention is that such phrases are matched
// case-sensitively, so "WHO" never matches "who" and "US" never matches "us".
func IsAcronym(phrase string) bool {
	upper := 0
	for _, r := range phrase {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= '0' && r <= '9', r == '.', r == '+', r == '-':
		default:
			return false
		}
	}
	return upper >= 1 && len(phrase) >= 2
}
