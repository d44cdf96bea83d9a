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

// rootNames are the 20 CAMEO root categories ("cue categories").
var rootNames = map[string]string{
	"01": "Make public statement",
	"02": "Appeal",
	"03": "Express intent to cooperate",
	"04": "Consult",
	"05": "Engage in diplomatic cooperation",
	"06": "Engage in material cooperation",
	"07": "Provide aid",
	"08": "Yield",
	"09": "Investigate",
	"10": "Demand",
	"11": "Disapprove",
	"12": "Reject",
	"13": "Threaten",
	"14": "Protest",
	"15": "Exhibit force posture",
	"16": "Reduce relations",
	"17": "Coerce",
	"18": "Assault",
	"19": "Fight",
	"20": "Use unconventional mass violence",
}

// CAMEORoots returns the 20 two-digit roots in order, "01" to "20".
func CAMEORoots() []string {
	out := make([]string, 0, len(rootNames))
	for r := range rootNames {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

// RootName returns the name of a two-digit CAMEO root ("19" -> "Fight"), or
// "" if root is not one of the 20.
func RootName(root string) string { return rootNames[root] }

// RootQuadClass returns the QuadClass of a two-digit root, by GDELT's
// convention: 01-05 verbal cooperation (1), 06-08 material cooperation (2),
// 09-13 verbal conflict (3), 14-20 material conflict (4). Every code in the
// table has its root's QuadClass.
func RootQuadClass(root string) (int, error) {
	if _, ok := rootNames[root]; !ok {
		return 0, fmt.Errorf("events: unknown CAMEO root %q", root)
	}
	switch {
	case root <= "05":
		return 1, nil
	case root <= "08":
		return 2, nil
	case root <= "13":
		return 3, nil
	default:
		return 4, nil
	}
}

// QuadClassName names a QuadClass (1 "Verbal cooperation" ... 4 "Material
// conflict"), or "" for anything else.
func QuadClassName(q int) string {
	switch q {
	case 1:
		return "Verbal cooperation"
	case 2:
		return "Material cooperation"
	case 3:
		return "Verbal conflict"
	case 4:
		return "Material conflict"
	}
	return ""
}
