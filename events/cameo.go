package events

import (
	"fmt"
	"sort"
)

// CAMEOCode is one entry of the CAMEO event-code table (Gerner, Schrodt et
// al., CAMEO manual 1.1b3) with the Goldstein scale value, the QuadClass and
// the PLOVER event type it maps to.
type CAMEOCode struct {
	Code      string  `json:"code"`
	Name      string  `json:"name"`
	Goldstein float64 `json:"goldstein"`
	// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal
	// conflict, 4 material conflict.
	QuadClass int    `json:"quad_class"`
	PLOVER    string `json:"plover"`
}

// Root is the two-digit root of the code ("051" -> "05").
func (c CAMEOCode) Root() string { return c.Code[:2] }

var cameoIndex = func() map[string]CAMEOCode {
	m := make(map[string]CAMEOCode, len(cameoTable))
	for _, c := range cameoTable {
		m[c.Code] = c
	}
	return m
}()

// LookupCAMEO returns the table entry for a full CAMEO code; unknown codes
// are an error, never a guess.
func LookupCAMEO(code string) (CAMEOCode, error) {
	c, ok := cameoIndex[code]
	if !ok {
		return CAMEOCode{}, fmt.Errorf("events: unknown CAMEO code %q", code)
	}
	return c, nil
}

// AllCAMEO returns every code in ascending order.
func AllCAMEO() []CAMEOCode {
	out := append([]CAMEOCode(nil), cameoTable...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
