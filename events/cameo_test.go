package events

import (
	"regexp"
	"strings"
	"testing"
)

var codePattern = regexp.MustCompile(`^[0-9]{3,4}$`)

func TestCAMEOTableIntegrity(t *testing.T) {
	if n := len(cameoTable); n < 280 {
		t.Fatalf("table has %d codes, want at least 280", n)
	}
	seen := map[string]bool{}
	for _, c := range cameoTable {
		if seen[c.Code] {
			t.Errorf("%s: duplicate code", c.Code)
		}
		seen[c.Code] = true
		if !codePattern.MatchString(c.Code) {
			t.Errorf("%q: not a 3- or 4-digit code", c.Code)
			continue
		}
		root := c.Root()
		if RootName(root) == "" {
			t.Errorf("%s: root %q is not one of 01-20", c.Code, root)
			continue
		}
		if c.Name == "" || strings.TrimSpace(c.Name) != c.Name {
			t.Errorf("%s: bad name %q", c.Code, c.Name)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: goldstein %v outside [-10, 10]", c.Code, c.Goldstein)
		}
		q, err := RootQuadClass(root)
		if err != nil {
			t.Fatal(err)
		}
		if c.QuadClass != q {
			t.Errorf("%s: quad class %d, root %s has %d", c.Code, c.QuadClass, root, q)
		}
		if !IsPLOVER(c.PLOVER) {
			t.Errorf("%s: %q is not a PLOVER type", c.Code, c.PLOVER)
		}
		if want, _ := ploverRule(c.Code); c.PLOVER != want {
			t.Errorf("%s: PLOVER %s, the crosswalk in plover.go says %s", c.Code, c.PLOVER, want)
		}
	}
	// Every code's parent exists: a 4-digit code's 3-digit prefix, and for a
	// 3-digit code its root's "not specified below" code (root + "0").
	for _, c := range cameoTable {
		var parent string
		switch len(c.Code) {
		case 4:
			parent = c.Code[:3]
		case 3:
			parent = c.Code[:2] + "0"
		}
		if !seen[parent] {
			t.Errorf("%s: parent %s missing", c.Code, parent)
		}
	}
	for code := range ploverExceptions {
		if !seen[code] {
			t.Errorf("ploverExceptions names %s, which is not in the table", code)
		}
	}
}

// The number of codes per root in the CAMEO 1.1b3 codebook: the table is
// complete only if every root has all of its codes.
func TestCAMEOTableComplete(t *testing.T) {
	want := map[string]int{
		"01": 10, "02": 27, "03": 28, "04": 7, "05": 8, "06": 5, "07": 6,
		"08": 25, "09": 5, "10": 27, "11": 12, "12": 26, "13": 22, "14": 26,
		"15": 6, "16": 13, "17": 13, "18": 14, "19": 9, "20": 7,
	}
	got := map[string]int{}
	for _, c := range AllCAMEO() {
		got[c.Root()]++
	}
	total := 0
	for _, root := range CAMEORoots() {
		total += want[root]
		if got[root] != want[root] {
			t.Errorf("root %s (%s): %d codes, the codebook has %d", root, RootName(root), got[root], want[root])
		}
		if ploverByRoot[root] == "" {
			t.Errorf("root %s has no PLOVER type", root)
		}
	}
	if len(cameoTable) != total {
		t.Errorf("table has %d codes, codebook %d", len(cameoTable), total)
	}
}

func TestCAMEOValues(t *testing.T) {
	for _, tc := range []struct {
		code      string
		name      string
		goldstein float64
		quad      int
		plover    string
	}{
		{"010", "Make statement, not specified below", 0.0, 1, "CONSULT"},
		{"016", "Deny responsibility", -2.0, 1, "REJECT"},
		{"0214", "Appeal for intelligence", 3.4, 1, "REQUEST"},
		{"042", "Make a visit", 1.9, 1, "CONSULT"},
		{"043", "Host a visit", 2.8, 1, "CONSULT"},
		{"051", "Praise or endorse", 3.4, 1, "SUPPORT"},
		{"057", "Sign formal agreement", 8.0, 1, "SUPPORT"},
		{"073", "Provide humanitarian aid", 7.4, 2, "AID"},
		{"0841", "Return, release person(s)", 7.0, 2, "RETREAT"},
		{"0874", "Retreat or surrender militarily", 10.0, 2, "RETREAT"},
		{"094", "Investigate war crimes", -2.0, 3, "ACCUSE"},
		{"1056", "Demand de-escalation of military engagement", -5.0, 3, "REQUEST"},
		{"111", "Criticize or denounce", -2.0, 3, "ACCUSE"},
		{"112", "Accuse, not specified below", -2.0, 3, "ACCUSE"},
		{"1246", "Refuse to de-escalate military engagement", -4.0, 3, "REJECT"},
		{"130", "Threaten, not specified below", -4.4, 3, "THREATEN"},
		{"1384", "Threaten conventional attack", -7.0, 3, "THREATEN"},
		{"145", "Protest violently, riot, not specified below", -7.5, 4, "PROTEST"},
		{"154", "Mobilize or increase armed forces", -7.2, 4, "MOBILIZE"},
		{"163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION"},
		{"173", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE"},
		{"1724", "Impose state of emergency or martial law", -5.0, 4, "COERCE"},
		{"182", "Physically assault, not specified below", -9.5, 4, "ASSAULT"},
		{"1823", "Kill by physical assault", -10.0, 4, "ASSAULT"},
		{"190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT"},
		{"192", "Occupy territory", -9.5, 4, "COERCE"},
		{"1952", "Employ remotely piloted aerial munitions", -10.0, 4, "ASSAULT"},
		{"2042", "Detonate nuclear weapons", -10.0, 4, "ASSAULT"},
	} {
		c, err := LookupCAMEO(tc.code)
		if err != nil {
			t.Errorf("%s: %v", tc.code, err)
			continue
		}
		want := CAMEOCode{tc.code, tc.name, tc.goldstein, tc.quad, tc.plover}
		if c != want {
			t.Errorf("LookupCAMEO(%s) = %+v, want %+v", tc.code, c, want)
		}
	}
}

func TestLookupCAMEORejectsUnknown(t *testing.T) {
	for _, code := range []string{"", "0", "01", "19", "20", "000", "009", "021 ", " 021", "0215", "0257", "1213", "177", "197", "205", "2043", "999", "abc", "05a"} {
		if c, err := LookupCAMEO(code); err == nil {
			t.Errorf("LookupCAMEO(%q) = %+v, want an error", code, c)
		}
		if p, err := PLOVERForCAMEO(code); err == nil {
			t.Errorf("PLOVERForCAMEO(%q) = %q, want an error", code, p)
		}
	}
}

func TestAllCAMEOSortedCopy(t *testing.T) {
	all := AllCAMEO()
	if len(all) != len(cameoTable) {
		t.Fatalf("AllCAMEO: %d codes, table %d", len(all), len(cameoTable))
	}
	for i := 1; i < len(all); i++ {
		if all[i-1].Code >= all[i].Code {
			t.Fatalf("AllCAMEO not ascending at %s, %s", all[i-1].Code, all[i].Code)
		}
	}
	all[0].Name = "changed"
	if c, _ := LookupCAMEO(all[0].Code); c.Name == "changed" {
		t.Fatal("AllCAMEO returned the table itself, not a copy")
	}
}

func TestRootsAndQuadClasses(t *testing.T) {
	roots := CAMEORoots()
	if len(roots) != 20 || roots[0] != "01" || roots[19] != "20" {
		t.Fatalf("CAMEORoots = %v", roots)
	}
	for root, want := range map[string]int{"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4} {
		if q, err := RootQuadClass(root); err != nil || q != want {
			t.Errorf("RootQuadClass(%s) = %d, %v; want %d", root, q, err, want)
		}
	}
	for _, root := range []string{"", "00", "1", "21", "010"} {
		if _, err := RootQuadClass(root); err == nil {
			t.Errorf("RootQuadClass(%q): want an error", root)
		}
		if RootName(root) != "" {
			t.Errorf("RootName(%q) = %q, want empty", root, RootName(root))
		}
	}
	if RootName("19") != "Fight" || RootName("09") != "Investigate" {
		t.Errorf("RootName: 19 %q, 09 %q", RootName("19"), RootName("09"))
	}
	for q, want := range map[int]string{0: "", 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict", 5: ""} {
		if got := QuadClassName(q); got != want {
			t.Errorf("QuadClassName(%d) = %q, want %q", q, got, want)
		}
	}
}

func TestPLOVER(t *testing.T) {
	if len(PLOVERTypes) != 16 {
		t.Fatalf("%d PLOVER types, want 16", len(PLOVERTypes))
	}
	used := map[string]bool{}
	for _, c := range cameoTable {
		used[c.PLOVER] = true
	}
	seen := map[string]bool{}
	for i, typ := range PLOVERTypes {
		if seen[typ] {
			t.Errorf("%s listed twice", typ)
		}
		seen[typ] = true
		q, err := PLOVERQuad(typ)
		if err != nil {
			t.Errorf("PLOVERQuad(%s): %v", typ, err)
		}
		// The list is in the codebook's order: quads never decrease.
		if i > 0 {
			if prev, _ := PLOVERQuad(PLOVERTypes[i-1]); q < prev {
				t.Errorf("%s (quad %d) after %s (quad %d)", typ, q, PLOVERTypes[i-1], prev)
			}
		}
		if !used[typ] {
			t.Errorf("no CAMEO code maps to %s", typ)
		}
	}
	if len(ploverQuad) != len(PLOVERTypes) {
		t.Errorf("ploverQuad has %d types, PLOVERTypes %d", len(ploverQuad), len(PLOVERTypes))
	}
	for _, bad := range []string{"", "DEMAND", "assault", "FIGHT", "INVESTIGATE"} {
		if IsPLOVER(bad) {
			t.Errorf("IsPLOVER(%q) = true", bad)
		}
		if _, err := PLOVERQuad(bad); err == nil {
			t.Errorf("PLOVERQuad(%q): want an error", bad)
		}
	}
	for code, want := range map[string]string{"020": "REQUEST", "036": "AGREE", "080": "CONCEDE", "0871": "RETREAT", "090": "ACCUSE", "116": "SANCTION", "155": "MOBILIZE", "1712": "ASSAULT", "191": "COERCE"} {
		if got, err := PLOVERForCAMEO(code); err != nil || got != want {
			t.Errorf("PLOVERForCAMEO(%s) = %q, %v; want %s", code, got, err, want)
		}
	}
}

// A PLOVER type's own quad differs from the CAMEO code's QuadClass only
// where the crosswalk moves a code across quads on purpose. This pins that
// list: a new mismatch is a mapping mistake until someone documents it here.
func TestPLOVERQuadAgreesWithCAMEOExceptDocumented(t *testing.T) {
	expected := map[string]bool{}
	for _, c := range []string{"011", "012", "016"} { // 01 comments mapped to conflict types
		expected[c] = true
	}
	for _, c := range cameoTable {
		if c.Root() == "02" { // appeals -> REQUEST
			expected[c.Code] = true
		}
		if c.Root() == "08" && c.PLOVER == "CONCEDE" { // verbal half of YIELD
			expected[c.Code] = true
		}
	}
	expected["116"] = true // find guilty -> SANCTION
	for _, c := range cameoTable {
		q, _ := PLOVERQuad(c.PLOVER)
		mismatch := q != c.QuadClass
		if mismatch != expected[c.Code] {
			t.Errorf("%s %q: CAMEO quad %d, PLOVER %s quad %d; documented cross-quad: %v",
				c.Code, c.Name, c.QuadClass, c.PLOVER, q, expected[c.Code])
		}
	}
}

func TestFill(t *testing.T) {
	e := EventCoded{CAMEO: "1951"}
	if err := e.Fill(); err != nil {
		t.Fatal(err)
	}
	if e.Root != "19" || e.PLOVER != "ASSAULT" || e.QuadClass != 4 || e.Goldstein != -10 {
		t.Fatalf("Fill(1951) = root %s plover %s quad %d goldstein %v", e.Root, e.PLOVER, e.QuadClass, e.Goldstein)
	}
	bad := EventCoded{CAMEO: "1953", Root: "x"}
	if err := bad.Fill(); err == nil {
		t.Fatal("Fill(1953): want an error")
	}
	if bad.Root != "x" || bad.PLOVER != "" {
		t.Fatalf("failed Fill changed the event: %+v", bad)
	}
}
