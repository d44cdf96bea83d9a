// Package dedup recognises copies of articles already stored: exact copies
// by canonical URL (tracking parameters removed), and near-duplicates
// (syndicated wire stories with a dateline added, a word changed) by
// MinHash over 3-word shingles.
//
// Decisions:
//   - MinHash, not SimHash: SimHash was tried first and measured too noisy
//     on news-length texts here (an 80-word story with a dateline and one
//     word changed moved 11 of 64 bits; 250 words with two edits, 8), so
//     any threshold that caught copies came close to unrelated texts.
//     MinHash estimates the Jaccard similarity of the shingle sets
//     directly (those copies: about 0.85 and 0.93), and the threshold is a
//     similarity a researcher can reason about.
//   - 64 hashes in 16 bands of 4 for the lookup (LSH): each band is one
//     map entry; the newest article wins a shared band value, which only
//     costs recall when many near-identical articles are stored, and the
//     copies are recorded as mentions, not added.
//   - Shingles of 3 words, lower-cased letters and digits only (any
//     script), so punctuation, case and white space edits do not count.
//   - Short texts (fewer than MinWords words) are not compared: their few
//     shingles cannot tell a copy from another brief on the same topic.
//     They are still deduplicated exactly.
//   - The index is bounded (Capacity, oldest out first): syndication
//     happens within days, and memory must not grow with the log.
package dedup

import (
	"hash/fnv"
	"net/url"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Defaults of Options.
const (
	DefaultThreshold = 0.7
	DefaultCapacity  = 50_000
	DefaultMinWords  = 20
	shingleWords     = 3
)

// trackingParams are query parameters that identify a campaign or a click,
// never the page. Prefixes end with "_".
var trackingParams = []string{"utm_", "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid",
	"igshid", "_ga", "_gl", "ocid", "cmpid", "ncid", "ito", "mkt_tok", "spm", "ref_src", "ref_url", "at_medium", "at_campaign", "wt_mc", "s_cid"}

// CanonicalURL is the form two URLs of the same page share: scheme and host
// lower-cased, default port and fragment dropped, tracking parameters
// removed, remaining parameters sorted, "www." kept (it can be another
// site). It returns raw unchanged when it does not parse as an absolute URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port != "" && !(u.Scheme == "http" && port == "80") && !(u.Scheme == "https" && port == "443") {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	q := u.Query()
	for k := range q {
		if isTracking(k) {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	u.RawQuery = b.String()
	u.ForceQuery = false
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

func isTracking(k string) bool {
	k = strings.ToLower(k)
	for _, p := range trackingParams {
		if strings.HasSuffix(p, "_") && strings.HasPrefix(k, p) || k == p {
			return true
		}
	}
	return false
}

// Words splits text into lower-cased runs of letters and digits (any
// script; Arabic included).
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// Hashes is the number of MinHash values in a signature; Bands x Rows of
// them are banded for the index lookup.
const (
	Hashes = 64
	Bands  = 16
	Rows   = Hashes / Bands
)

// Signature is the MinHash signature of a text's 3-word shingles: for each
// of Hashes seeded hash functions, the smallest hash of any shingle. The
// share of equal positions of two signatures estimates the Jaccard
// similarity of the two shingle sets (standard error sqrt(J(1-J)/64),
// about 0.05 at J = 0.8).
type Signature [Hashes]uint32

// seeds of the hash functions: fixed, so signatures are comparable across
// processes and restarts.
var seeds = func() (s [Hashes]uint64) {
	x := uint64(0x6a09e667f3bcc908)
	for i := range s {
		x = splitmix(x)
		s[i] = x
	}
	return s
}()

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// MinHash computes the signature of text. ok is false for a text of fewer
// than minWords words, too short for its shingles to tell a copy from
// another short dispatch on the same topic.
func MinHash(text string, minWords int) (sig Signature, ok bool) {
	words := Words(text)
	if len(words) < minWords || len(words) < shingleWords {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleWords <= len(words); i++ {
		h.Reset()
		for j := 0; j < shingleWords; j++ {
			h.Write([]byte(words[i+j]))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			if v := uint32(splitmix(x^seeds[k]) >> 32); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, true
}

// Similarity is the estimated Jaccard similarity of the shingle sets of two
// signatures: the share of equal positions.
func Similarity(a, b *Signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / Hashes
}

func (sig *Signature) band(i int) uint64 {
	x := uint64(i) + 1
	for _, v := range sig[i*Rows : (i+1)*Rows] {
		x = splitmix(x ^ uint64(v))
	}
	return x
}

// Options configure an Index.
type Options struct {
	// Threshold is the lowest estimated Jaccard similarity of the 3-word
	// shingles still a near-duplicate, in (0, 1]; 0 means DefaultThreshold
	// (0.7). Negative disables near-duplicate matching. The banding (16
	// bands of 4) finds pairs at 0.7 with probability 0.98 and at 0.8 with
	// 0.9996; below about 0.5 it starts to miss pairs, so a threshold
	// under 0.5 finds fewer copies than it allows.
	Threshold float64
	// Capacity bounds the articles and URLs kept (oldest evicted first);
	// 0 means DefaultCapacity. Each entry costs about 1 KB.
	Capacity int
	// MinWords is the fewest words a text needs to be compared; 0 means
	// DefaultMinWords.
	MinWords int
}

type entry struct {
	sig Signature
	id  string
	url string
	has bool // sig is set
}

// Index remembers recent articles' signatures and canonical URLs. It is
// safe for concurrent use.
type Index struct {
	opt  Options
	mu   sync.RWMutex
	band map[uint64]int32 // band hash (band index mixed in) -> latest ring slot
	urls map[string]int32 // canonical URL -> ring slot
	ring []entry
	next int
	full bool
}

// NewIndex makes an empty index.
func NewIndex(opt Options) *Index {
	if opt.Threshold == 0 {
		opt.Threshold = DefaultThreshold
	}
	if opt.Threshold > 1 {
		opt.Threshold = 1
	}
	if opt.Capacity <= 0 {
		opt.Capacity = DefaultCapacity
	}
	if opt.MinWords <= 0 {
		opt.MinWords = DefaultMinWords
	}
	return &Index{opt: opt, band: map[uint64]int32{}, urls: map[string]int32{}, ring: make([]entry, opt.Capacity)}
}

// Options returns the effective options.
func (ix *Index) Options() Options { return ix.opt }

// Signature is MinHash with the index's MinWords.
func (ix *Index) Signature(text string) (Signature, bool) { return MinHash(text, ix.opt.MinWords) }

// Match is a stored article a text or URL repeats.
type Match struct {
	ID         string
	Similarity float64
}

// LookupURL returns the article stored under a canonical URL.
func (ix *Index) LookupURL(canonical string) (string, bool) {
	if canonical == "" {
		return "", false
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	slot, ok := ix.urls[canonical]
	if !ok {
		return "", false
	}
	return ix.ring[slot].id, true
}

// Near returns the most similar stored article at or above the threshold.
func (ix *Index) Near(sig *Signature) (Match, bool) {
	if ix.opt.Threshold < 0 {
		return Match{}, false
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var best Match
	for i := 0; i < Bands; i++ {
		slot, ok := ix.band[sig.band(i)]
		if !ok {
			continue
		}
		e := &ix.ring[slot]
		if !e.has {
			continue
		}
		if sim := Similarity(sig, &e.sig); sim >= ix.opt.Threshold && sim > best.Similarity {
			best = Match{ID: e.id, Similarity: sim}
		}
	}
	return best, best.ID != ""
}

// Add remembers an article: its id, canonical URL (may be "") and
// signature (hasSig false when the text was too short). The oldest entry
// is evicted when the index is full. The slot it returns lets Remove undo
// the addition (a publish that failed).
func (ix *Index) Add(id, canonical string, sig *Signature, hasSig bool) int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	slot := int32(ix.next)
	if ix.full {
		ix.evict(slot)
	}
	e := entry{id: id, url: canonical, has: hasSig && sig != nil}
	if e.has {
		e.sig = *sig
	}
	ix.ring[slot] = e
	if canonical != "" {
		ix.urls[canonical] = slot
	}
	if e.has {
		for i := 0; i < Bands; i++ {
			ix.band[e.sig.band(i)] = slot
		}
	}
	ix.next++
	if ix.next == len(ix.ring) {
		ix.next, ix.full = 0, true
	}
	return int(slot)
}

// Remove forgets the entry Add put in slot, if it still holds id.
func (ix *Index) Remove(slot int, id string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if slot < 0 || slot >= len(ix.ring) || ix.ring[slot].id != id {
		return
	}
	ix.evict(int32(slot))
}

func (ix *Index) evict(slot int32) {
	old := &ix.ring[slot]
	if old.url != "" && ix.urls[old.url] == slot {
		delete(ix.urls, old.url)
	}
	if old.has {
		for i := 0; i < Bands; i++ {
			k := old.sig.band(i)
			if ix.band[k] == slot {
				delete(ix.band, k)
			}
		}
	}
	ix.ring[slot] = entry{}
}

// Len is the number of entries held.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.full {
		return len(ix.ring)
	}
	return ix.next
}
