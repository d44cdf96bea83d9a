package dict

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// lookup returns the actors of a kind that a phrase names on a day, compared
// with the validator's fold (the coder has its own normaliser; fold is at
// least as coarse).
func lookup(d *Dict, kind Kind, phrase string, day time.Time) []ActorEntry {
	want := fold(phrase)
	var out []ActorEntry
	for _, a := range d.Actors {
		if a.Kind != kind || !a.ValidOn(day) {
			continue
		}
		for _, p := range a.Phrases {
			if fold(p) == want {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

func mustLoad(t testing.TB) *Dict {
	t.Helper()
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func day(s string) time.Time {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestLoadEmbeddedSizes(t *testing.T) {
	d := mustLoad(t)
	count := map[Kind]int{}
	orgKeys := map[string]bool{}
	for _, a := range d.Actors {
		count[a.Kind]++
		if a.Kind == KindOrg {
			orgKeys[a.Org] = true
		}
	}
	if len(orgKeys) < 60 {
		t.Errorf("%d distinct organisations, want >= 60", len(orgKeys))
	}
	if count[KindGroup] < 50 {
		t.Errorf("%d groups, want >= 50", count[KindGroup])
	}
	if count[KindPerson] < 400 {
		t.Errorf("%d office-holder rows, want >= 400", count[KindPerson])
	}
	// CLDR covers every country by name, in English and Arabic.
	named := map[string]bool{}
	for _, a := range d.Actors {
		if a.Kind == KindCountry {
			named[a.Country] = true
		}
	}
	for _, iso3 := range Countries() {
		if !named[iso3] {
			t.Errorf("country %s (%s) has no name entry", iso3, CountryName(iso3, "en"))
		}
	}
	// Every UN member state's capital is a place (Israel and Palestine: the
	// status of Jerusalem is disputed, so it is a city row, not a capital).
	capital := map[string]bool{}
	for _, p := range d.Places {
		if p.Kind == "capital" {
			capital[p.Country] = true
		}
	}
	for _, iso3 := range strings.Fields(unMembers) {
		if !capital[iso3] && iso3 != "ISR" {
			t.Errorf("no capital for UN member %s (%s)", iso3, CountryName(iso3, "en"))
		}
	}
	// And an English adjective: CLDR has names, not adjectives.
	adj := map[string]bool{}
	for _, a := range d.Actors {
		for _, p := range a.Phrases {
			if a.Kind == KindAdj && p[0] < 0x80 {
				adj[a.Country] = true
			}
		}
	}
	for _, iso3 := range strings.Fields(unMembers) {
		if !adj[iso3] {
			t.Errorf("no English adjective for UN member %s (%s)", iso3, CountryName(iso3, "en"))
		}
	}
	if len(d.Places) < 500 {
		t.Errorf("%d places, want >= 500", len(d.Places))
	}
}

// unMembers are the 193 UN member states.
const unMembers = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN
BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG
CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH
FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB
SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE`

func TestUNMemberList(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range strings.Fields(unMembers) {
		if !ValidCountry(c) || seen[c] {
			t.Errorf("bad or repeated member %q", c)
		}
		seen[c] = true
	}
	if len(seen) != 193 {
		t.Errorf("%d members, want 193", len(seen))
	}
}

// TestGoldActors checks that the actors and places of the dev gold sentences
// (English and Arabic) resolve to the keys the gold expects.
func TestGoldActors(t *testing.T) {
	d := mustLoad(t)
	cases := []struct {
		kind   Kind
		phrase string
		date   string
		key    string
	}{
		{KindAdj, "Egyptian", "2024-03-04", "EGY"},
		{KindAdj, "المصري", "2024-03-04", "EGY"},
		{KindPerson, "Abdel Fattah al-Sisi", "2024-03-04", "EGY"},
		{KindPerson, "عبد الفتاح السيسي", "2024-03-04", "EGY"},
		{KindAdj, "US", "2024-03-04", "USA"},
		{KindAdj, "الأمريكي", "2024-03-04", "USA"},
		{KindAdj, "الأميركي", "2024-03-04", "USA"},
		{KindPerson, "Antony Blinken", "2024-03-04", "USA"},
		{KindPerson, "أنتوني بلينكن", "2024-03-04", "USA"},
		{KindCountry, "The United States", "2024-05-09", "USA"},
		{KindCountry, "الولايات المتحدة", "2024-05-09", "USA"},
		{KindAdj, "Iranian", "2024-05-09", "IRN"},
		{KindAdj, "إيرانية", "2024-05-09", "IRN"},
		{KindCountry, "Saudi Arabia", "2024-01-15", "SAU"},
		{KindCountry, "المملكة العربية السعودية", "2024-01-15", "SAU"},
		{KindCountry, "السعودية", "2024-01-15", "SAU"},
		{KindAdj, "Israeli", "2024-01-15", "ISR"},
		{KindAdj, "الإسرائيلية", "2024-01-15", "ISR"},
		{KindAdj, "إسرائيلية", "2024-01-15", "ISR"},
		{KindCountry, "Lebanon", "2024-01-15", "LBN"},
		{KindCountry, "لبنان", "2024-01-15", "LBN"},
		{KindCountry, "اليابان", "2023-02-20", "JPN"},
		{KindCountry, "أوكرانيا", "2023-02-20", "UKR"},
		{KindCountry, "North Korea", "2023-03-01", "PRK"},
		{KindCountry, "كوريا الشمالية", "2023-03-01", "PRK"},
		{KindCountry, "كوريا الجنوبية", "2023-03-01", "KOR"},
		{KindOrg, "The European Union", "2023-03-01", "EU"},
		{KindOrg, "الاتحاد الأوروبي", "2023-03-01", "EU"},
		{KindCountry, "أذربيجان", "2023-03-01", "AZE"},
		{KindOrg, "International Atomic Energy Agency", "2023-03-01", "IAEA"},
		{KindOrg, "الوكالة الدولية للطاقة الذرية", "2023-03-01", "IAEA"},
		{KindCountry, "الجزائر", "2023-03-01", "DZA"},
		{KindAdj, "French", "2023-03-01", "FRA"},
		{KindAdj, "فرنسيين", "2023-03-01", "FRA"},
		{KindCapital, "Paris", "2023-03-01", "FRA"},
		{KindCapital, "باريس", "2023-03-01", "FRA"},
		{KindAdj, "Tunisian", "2023-03-01", "TUN"},
		{KindAdj, "التونسية", "2023-03-01", "TUN"},
		{KindCountry, "Mali", "2023-03-01", "MLI"},
		{KindCountry, "مالي", "2023-03-01", "MLI"},
		{KindAdj, "Sudanese", "2023-04-20", "SDN"},
		{KindAdj, "السوداني", "2023-04-20", "SDN"},
		{KindGroup, "Rapid Support Forces", "2023-04-20", "SDN"},
		{KindGroup, "قوات الدعم السريع", "2023-04-20", "SDN"},
		{KindGroup, "Hamas", "2023-10-20", "PSE"},
		{KindGroup, "حركة حماس", "2023-10-20", "PSE"},
		{KindOrg, "UN Security Council", "2023-12-20", "UN"},
		{KindOrg, "مجلس الأمن الدولي", "2023-12-20", "UN"},
		{KindCountry, "فنلندا", "2023-12-20", "FIN"},
		{KindCapital, "Washington", "2023-12-20", "USA"},
		{KindCapital, "واشنطن", "2023-12-20", "USA"},
		{KindPeople, "أمريكيين", "2023-12-20", "USA"},
		{KindAdj, "Philippine", "2023-12-20", "PHL"},
		{KindAdj, "الفلبينية", "2023-12-20", "PHL"},
		{KindPerson, "Volodymyr Zelensky", "2023-12-20", "UKR"},
		{KindPerson, "فولوديمير زيلينسكي", "2023-12-20", "UKR"},
		{KindAdj, "الأوكراني", "2023-12-20", "UKR"},
		{KindAdj, "Azerbaijani", "2023-12-20", "AZE"},
		{KindAdj, "الأذربيجانية", "2023-12-20", "AZE"},
		{KindAdj, "الأرمينية", "2023-12-20", "ARM"},
		{KindAdj, "أرمينية", "2023-12-20", "ARM"},
		{KindPeople, "Kenyans", "2024-06-25", "KEN"},
		{KindPeople, "الكينيين", "2024-06-25", "KEN"},
		{KindPerson, "Mohammed VI", "2024-10-28", "MAR"},
		{KindPerson, "الملك محمد السادس", "2024-10-28", "MAR"},
		{KindAdj, "المغربي", "2024-10-28", "MAR"},
		{KindCountry, "Hungary", "2024-10-28", "HUN"},
		{KindCountry, "المجر", "2024-10-28", "HUN"},
		{KindGroup, "The Taliban", "2022-12-24", "AFG"},
		{KindGroup, "حركة طالبان", "2022-12-24", "AFG"},
		{KindCountry, "بيلاروسيا", "2021-11-10", "BLR"},
		{KindCountry, "Belarus", "2021-11-10", "BLR"},
		{KindAdj, "الأمريكية", "2023-04-27", "USA"},
		{KindPerson, "Hakan Fidan", "2024-01-10", "TUR"},
		{KindPerson, "هاكان فيدان", "2024-01-10", "TUR"},
		{KindAdj, "التركي", "2024-01-10", "TUR"},
		{KindAdj, "Qatari", "2024-01-10", "QAT"},
		{KindAdj, "القطري", "2024-01-10", "QAT"},
		// Names in other languages, from CLDR.
		{KindCountry, "Égypte", "2024-01-10", "EGY"},
		{KindCountry, "Россия", "2024-01-10", "RUS"},
		{KindCountry, "Marruecos", "2024-01-10", "MAR"},
		{KindCountry, "中国", "2024-01-10", "CHN"},
		{KindCountry, "Mısır", "2024-01-10", "EGY"},
		// Beyond the dev set: the -stan doublets and spellings of arabic.md.
		{KindCountry, "قازاقستان", "2024-01-10", "KAZ"},
		{KindAdj, "القازاقي", "2024-01-10", "KAZ"},
		{KindAdj, "الكازاخي", "2024-01-10", "KAZ"},
		{KindCountry, "روسيا", "2024-01-10", "RUS"},
		{KindAdj, "الروسي", "2024-01-10", "RUS"},
		{KindAdj, "السورية", "2024-01-10", "SYR"},
		{KindAdj, "الصيني", "2024-01-10", "CHN"},
		{KindAdj, "الصينية", "2024-01-10", "CHN"},
		{KindCapital, "Beijing", "2024-01-10", "CHN"},
		{KindGroup, "Houthis", "2024-01-10", "YEM"},
		{KindGroup, "أنصار الله", "2024-01-10", "YEM"},
		{KindGroup, "Hezbollah", "2024-01-10", "LBN"},
		{KindPerson, "Guterres", "2024-01-10", "UN"},
		{KindPerson, "Stoltenberg", "2024-01-10", "NATO"},
		{KindPerson, "Rutte", "2025-01-10", "NATO"},
		{KindPerson, "Rutte", "2023-01-10", "NLD"},
		{KindPerson, "Trump", "2019-01-10", "USA"},
		{KindPerson, "Trump", "2026-01-10", "USA"},
	}
	for _, c := range cases {
		got := lookup(d, c.kind, c.phrase, day(c.date))
		if len(got) == 0 {
			t.Errorf("%s %q on %s: no entry, want %s", c.kind, c.phrase, c.date, c.key)
			continue
		}
		for _, a := range got {
			if a.Key() != c.key {
				t.Errorf("%s %q on %s: %s (%s), want %s", c.kind, c.phrase, c.date, a.Key(), a.Source, c.key)
			}
		}
	}
}

func TestPlaces(t *testing.T) {
	d := mustLoad(t)
	find := func(phrase string) []Place {
		var out []Place
		for _, p := range d.Places {
			for _, ph := range p.Phrases {
				if fold(ph) == fold(phrase) {
					out = append(out, p)
					break
				}
			}
		}
		return out
	}
	for _, c := range []struct{ phrase, country, kind string }{
		{"القاهرة", "EGY", "capital"},
		{"Khartoum", "SDN", "capital"},
		{"الخرطوم", "SDN", "capital"},
		{"Nairobi", "KEN", "capital"},
		{"نيروبي", "KEN", "capital"},
		{"الرباط", "MAR", "capital"},
		{"Rabat", "MAR", "capital"},
		{"طرابلس", "LBY", "capital"},
		{"Tripoli", "LBY", "capital"},
		{"طرابلس الشام", "LBN", "city"},
		{"Zaporizhzhia", "UKR", "city"},
		{"محطة زابوريجيا النووية", "UKR", "region"},
		{"ألماتي", "KAZ", "city"},
		{"الماتا", "KAZ", "city"},
		{"El Fasher", "SDN", "city"},
		{"Donbas", "UKR", "region"},
		{"إقليم كردستان", "IRQ", "region"},
		{"جنوب لبنان", "LBN", "region"},
		{"southern Lebanon", "LBN", "region"},
		{"تونس", "TUN", "country"},
		{"Sudan", "SDN", "country"},
		{"Kuwait", "KWT", "country"},
		{"Kuwait City", "KWT", "capital"},
	} {
		got := find(c.phrase)
		if len(got) != 1 || got[0].Country != c.country || got[0].Kind != c.kind {
			t.Errorf("place %q: %+v, want one %s %s", c.phrase, got, c.kind, c.country)
		}
	}
	gaza := find("Gaza")
	if len(gaza) != 2 || len(gaza[0].Ambiguous) == 0 {
		t.Errorf("Gaza: %+v, want the city and the Strip, marked ambiguous", gaza)
	}
	for _, p := range d.Places {
		if p.Lat == 0 && p.Lon == 0 {
			t.Errorf("place %s (%s) at 0,0", p.Name, p.Source)
		}
	}
}

// TestDatedOffices checks that the article date picks the office holder.
func TestDatedOffices(t *testing.T) {
	d := mustLoad(t)
	for _, c := range []struct {
		phrase, date, name string
		want               bool
	}{
		{"Blinken", "2024-03-04", "Antony Blinken", true},
		{"Blinken", "2025-06-01", "Antony Blinken", false},
		{"Biden", "2023-06-01", "Joe Biden", true},
		{"Biden", "2026-06-01", "Joe Biden", false},
		{"Trump", "2022-06-01", "Donald Trump", false},
	} {
		got := lookup(d, KindPerson, c.phrase, day(c.date))
		found := false
		for _, a := range got {
			found = found || a.Name == c.name
		}
		if found != c.want {
			t.Errorf("%q on %s: found %s = %v, want %v", c.phrase, c.date, c.name, found, c.want)
		}
	}
	// Codes: a group's leader emits the group's code, an org official the org's.
	for _, c := range []struct{ phrase, date, code string }{
		{"Sinwar", "2024-01-01", "PSEHMS"},
		{"Nasrallah", "2024-01-01", "LBNHZB"},
		{"Guterres", "2024-01-01", "IGOUNO"},
		{"Lavrov", "2024-01-01", "RUSGOV"},
		{"Hemedti", "2024-01-01", "SDNRSF"},
		{"Hemedti", "2022-01-01", "SDNGOV"},
	} {
		got := lookup(d, KindPerson, c.phrase, day(c.date))
		if len(got) != 1 || got[0].Code != c.code {
			t.Errorf("%q on %s: %+v, want one entry with code %s", c.phrase, c.date, got, c.code)
		}
	}
}

func TestDerivedCodes(t *testing.T) {
	d := mustLoad(t)
	for _, a := range d.Actors {
		if a.Code == "" {
			t.Errorf("%s %q (%s): no code", a.Kind, a.Name, a.Source)
		}
		switch a.Kind {
		case KindCapital:
			if a.Code != a.Country+"GOV" {
				t.Errorf("capital %s: code %s", a.Source, a.Code)
			}
		case KindOrg:
			if a.Org == "" || a.Country != "" {
				t.Errorf("org %s: org %q country %q", a.Source, a.Org, a.Country)
			}
		case KindRole:
			if a.Country != "" || !KnownRole(a.Role) {
				t.Errorf("role %s: %+v", a.Source, a)
			}
		}
		if a.Kind != KindOrg && a.Kind != KindRole && a.Org == "" && !ValidCountry(a.Country) {
			t.Errorf("%s %s: country %q", a.Kind, a.Source, a.Country)
		}
		if len(a.Phrases) == 0 {
			t.Errorf("%s %s: no phrases", a.Kind, a.Source)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"الأمريكي":             "الامريكي",
		"إيران":                "ايران",
		"مكتبة":                "مكتبه",
		"الشؤون":               "الشوون",
		"فى":                   "في",
		"مُحَمَّد":             "محمد",
		"Côte d’Ivoire":        "cote d'ivoire",
		"  Al-Sisi ":           "al sisi",
		"ﻻ":                    "لا", // presentation form: NFKD path
		"Zaporizhzhia  region": "zaporizhzhia region",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestArabicNisba(t *testing.T) {
	for _, c := range []struct{ name, adj, people string }{
		{"الصين", "الصيني الصينية صيني صينية الصينيون الصينيين صينيون صينيين الصينيتين الصينيتان صينيتين صينيتان صينيان الصينيان", "الصينيون الصينيين صينيون صينيين"},
		{"روسيا", "الروسي الروسية روسي روسية الروسيون الروسيين روسيون روسيين الروسيتين الروسيتان روسيتين روسيتان روسيان الروسيان", "الروسيون الروسيين روسيون روسيين"},
		{"سوريا", "السوري السورية سوري سورية السوريون السوريين سوريون سوريين السوريتين السوريتان سوريتين سوريتان سوريان السوريان", "السوريون السوريين سوريون سوريين"},
		{"مصر", "المصري المصرية مصري مصرية المصريون المصريين مصريون مصريين المصريتين المصريتان مصريتين مصريتان مصريان المصريان", "المصريون المصريين مصريون مصريين"},
		{"إيران", "الإيراني الإيرانية إيراني إيرانية الإيرانيون الإيرانيين إيرانيون إيرانيين الإيرانيتين الإيرانيتان إيرانيتين إيرانيتان إيرانيان الإيرانيان", "الإيرانيون الإيرانيين إيرانيون إيرانيين"},
		{"فرنسا", "الفرنسي الفرنسية فرنسي فرنسية الفرنسيون الفرنسيين فرنسيون فرنسيين الفرنسيتين الفرنسيتان فرنسيتين فرنسيتان فرنسيان الفرنسيان", "الفرنسيون الفرنسيين فرنسيون فرنسيين"},
		{"جيبوتي", "الجيبوتي الجيبوتية جيبوتي جيبوتية الجيبوتيون الجيبوتيين جيبوتيون جيبوتيين الجيبوتيتين الجيبوتيتان جيبوتيتين جيبوتيتان جيبوتيان الجيبوتيان", "الجيبوتيون الجيبوتيين جيبوتيون جيبوتيين"},
		{"الكونغو", "", ""},
		{"كوريا الشمالية", "", ""},
	} {
		adj, people := arabicNisba(c.name)
		if strings.Join(adj, " ") != c.adj || strings.Join(people, " ") != c.people {
			t.Errorf("arabicNisba(%s) = %v %v, want %s / %s", c.name, adj, people, c.adj, c.people)
		}
	}
}

// TestNeverSuppressesGenerated: مالي/المالية are "financial", not "Malian".
func TestNeverSuppressesGenerated(t *testing.T) {
	d := mustLoad(t)
	for _, p := range []string{"المالية", "المالي", "مالية"} {
		if got := lookup(d, KindAdj, p, day("2024-01-01")); len(got) != 0 {
			t.Errorf("%q is an adjective of %s (%s)", p, got[0].Country, got[0].Source)
		}
	}
}

func TestCountryName(t *testing.T) {
	for _, c := range []struct{ iso3, lang, want string }{
		{"EGY", "en", "Egypt"},
		{"EGY", "ar", "مصر"},
		{"RUS", "ru", "Россия"},
		{"DEU", "fr", "Allemagne"},
		{"ESP", "es", "España"},
		{"CHN", "zh", "中国"},
		{"XKX", "en", "Kosovo"},
		{"USA", "xx-invalid!", "United States"},
		{"ZZZ", "en", ""},
	} {
		d := &Dict{}
		if got := d.CountryName(c.iso3, c.lang); got != c.want {
			t.Errorf("CountryName(%s, %s) = %q, want %q", c.iso3, c.lang, got, c.want)
		}
	}
}

func TestIsAcronym(t *testing.T) {
	for p, want := range map[string]bool{"UN": true, "U.N.": true, "G20": true, "OPEC+": true, "WHO": true,
		"Who": false, "A": false, "Hamas": false, "الأمم": false, "ISIS-K": true} {
		if IsAcronym(p) != want {
			t.Errorf("IsAcronym(%q) = %v", p, !want)
		}
	}
}

// minimal is a small valid tree; the validation tests change one file each.
func minimal() fstest.MapFS {
	return fstest.MapFS{
		"README.md":            {Data: []byte("dictionaries\n")},
		"verbs/README.md":      {Data: []byte("verbs\n")},
		"actors/countries.tsv": {Data: []byte("iso3\tkind\tphrases\nUSA\tadj\tAmerican\n")},
		"actors/orgs.tsv":      {Data: []byte("org\tcode\tname\tphrases\nUN\tIGOUNO\tUnited Nations\tUN\n")},
		"actors/groups.tsv":    {Data: []byte("country\trole\tcode\tname\tphrases\nPSE\tINS\tPSEHMS\tHamas\tحماس\n")},
		"actors/people.tsv": {Data: []byte("country\torg\trole\toffice\tfrom\tto\tname\tphrases\n" +
			"USA\t\tGOV\tpresident\t2021-01-20\t2025-01-20\tJoe Biden\tBiden\n")},
		"actors/roles.tsv":  {Data: []byte("role\toffice\tphrases\nMIL\tarmy\tarmy|الجيش\n")},
		"places/places.tsv": {Data: []byte("country\tkind\tlat\tlon\tname\tphrases\nEGY\tcapital\t30.04\t31.24\tCairo\tالقاهرة\n")},
	}
}

func TestLoadFSMinimal(t *testing.T) {
	d, err := LoadFS(minimal())
	if err != nil {
		t.Fatal(err)
	}
	if got := lookup(d, KindPerson, "Biden", day("2022-01-01")); len(got) != 1 || got[0].Code != "USAGOV" {
		t.Fatalf("Biden: %+v", got)
	}
}

func TestValidationErrors(t *testing.T) {
	for _, c := range []struct {
		name, file, data, want string
	}{
		{"unknown country", "actors/countries.tsv", "iso3\tkind\tphrases\nXYZ\tadj\tXyzian\n",
			"actors/countries.tsv:2: unknown ISO 3166-1 alpha-3 country \"XYZ\""},
		{"bad country kind", "actors/countries.tsv", "iso3\tkind\tphrases\nUSA\tadjective\tAmerican\n",
			"actors/countries.tsv:2: kind \"adjective\""},
		{"unknown role", "actors/roles.tsv", "# comment\n\nrole\toffice\tphrases\nDIP\tdiplomat\tdiplomat\n",
			"actors/roles.tsv:4: unknown CAMEO role \"DIP\""},
		{"bad date", "actors/people.tsv", "country\torg\trole\toffice\tfrom\tto\tname\tphrases\nUSA\t\tGOV\tpresident\t2021-13-01\t\tX Y\tXY\n",
			"actors/people.tsv:2: date \"2021-13-01\""},
		{"from after to", "actors/people.tsv", "country\torg\trole\toffice\tfrom\tto\tname\tphrases\nUSA\t\tGOV\tpresident\t2021-01-01\t2020-01-01\tX Y\tXY\n",
			"actors/people.tsv:2: from 2021-01-01 is after to 2020-01-01"},
		{"unknown org of a person", "actors/people.tsv", "country\torg\trole\toffice\tfrom\tto\tname\tphrases\n\tNATO\tIGO\tsecretary general\t\t\tX Y\tXY\n",
			"actors/people.tsv:2: org \"NATO\" is not in any orgs table"},
		{"unknown column", "actors/roles.tsv", "role\toffice\tphrase\nMIL\tarmy\tarmy\n",
			"actors/roles.tsv:1: unknown column \"phrase\""},
		{"missing column", "actors/roles.tsv", "role\tphrases\nMIL\tarmy\n",
			"actors/roles.tsv:1: header lacks column \"office\""},
		{"stray tab", "actors/roles.tsv", "role\toffice\tphrases\nMIL\tarmy\tarmy\textra\n",
			"actors/roles.tsv:2: 4 fields, header has 3 columns"},
		{"no phrases", "actors/groups.tsv", "country\trole\tcode\tname\tphrases\nPSE\tINS\t\t\t\n",
			"actors/groups.tsv:2: name is required"},
		{"org code type", "actors/orgs.tsv", "org\tcode\tname\tphrases\nUN\tXXXUNO\tUnited Nations\tUN\n",
			"actors/orgs.tsv:2: code \"XXXUNO\" does not start with IGO, NGO or MNC"},
		{"org code disagreement", "actors/orgs.tsv", "org\tcode\tname\tphrases\nUN\tIGOUNO\tUnited Nations\tUN\nUN\tIGOUN\tSecurity Council\tUNSC\n",
			"actors/orgs.tsv:3: org UN has code IGOUN here but IGOUNO elsewhere"},
		{"org name twice", "actors/orgs.tsv", "org\tcode\tname\tphrases\nUN\tIGOUNO\tUnited Nations\tUN\nUN\tIGOUNO\tUnited Nations\tU.N.\n",
			"org name \"United Nations\" already defined"},
		{"phrase names two groups", "actors/groups.tsv", "country\trole\tcode\tname\tphrases\nPSE\tINS\tPSEHMS\tHamas\tHMS\nLBN\tINS\tLBNHZB\tHezbollah\tHMS\n",
			"actors/groups.tsv:3: phrase \"HMS\""},
		{"folded phrase names two groups", "actors/groups.tsv", "country\trole\tcode\tname\tphrases\nPSE\tINS\tPSEHMS\tHamas\tالقاعدة\nLBN\tINS\tLBNHZB\tHezbollah\tالقاعده\n",
			"actors/groups.tsv:3: phrase \"القاعده\""},
		{"overlapping office holders", "actors/people.tsv", "country\torg\trole\toffice\tfrom\tto\tname\tphrases\n" +
			"USA\t\tGOV\tpresident\t2021-01-20\t2025-01-20\tJoe Biden\tBiden\nDEU\t\tGOV\tminister\t2024-01-01\t\tHans Biden\tBiden\n",
			"actors/people.tsv:3: phrase \"Biden\""},
		{"place phrase twice", "places/places.tsv", "country\tkind\tlat\tlon\tname\tphrases\nLBY\tcapital\t32.9\t13.2\tTripoli\tطرابلس\nLBN\tcity\t34.4\t35.8\tTripoli (Lebanon)\tطرابلس\n",
			"places/places.tsv:3: place phrase \"طرابلس\""},
		{"bad latitude", "places/places.tsv", "country\tkind\tlat\tlon\tname\tphrases\nEGY\tcapital\t130.04\t31.24\tCairo\t\n",
			"places/places.tsv:2: lat \"130.04\""},
		{"bad place kind", "places/places.tsv", "country\tkind\tlat\tlon\tname\tphrases\nEGY\ttown\t30\t31\tCairo\t\n",
			"places/places.tsv:2: kind \"town\""},
		{"unknown table", "actors/leaders.tsv", "a\tb\n", "actors/leaders.tsv: unknown table"},
		{"no header", "actors/roles.tsv", "# only a comment\n", "actors/roles.tsv: no header line"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := minimal()
			fsys[c.file] = &fstest.MapFile{Data: []byte(c.data)}
			_, err := LoadFS(fsys)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestAmbiguousMarks(t *testing.T) {
	ok := []struct{ name, file, data string }{
		{"marked in both rows", "actors/groups.tsv", "country\trole\tcode\tname\tphrases\nPSE\tINS\tPSEHMS\tHamas\t?HMS\nLBN\tINS\tLBNHZB\tHezbollah\t?HMS\n"},
		{"same actor, two offices", "actors/people.tsv", "country\torg\trole\toffice\tfrom\tto\tname\tphrases\n" +
			"SAU\t\tGOV\tcrown prince\t2017-06-21\t\tMohammed bin Salman\tMBS\nSAU\t\tGOV\tprime minister\t2022-09-27\t\tMohammed bin Salman\tMBS\n"},
		{"successive holders", "actors/people.tsv", "country\torg\trole\toffice\tfrom\tto\tname\tphrases\n" +
			"USA\t\tGOV\tpresident\t2021-01-20\t2025-01-20\tJoe Biden\tPOTUS\nUSA\t\tMIL\tgeneral\t2025-01-21\t\tX Y\tPOTUS\n"},
		{"places marked", "places/places.tsv", "country\tkind\tlat\tlon\tname\tphrases\nPSE\tcity\t31.5\t34.45\tGaza City\t?Gaza\nPSE\tregion\t31.4\t34.4\tGaza Strip\t?Gaza\n"},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			fsys := minimal()
			fsys[c.file] = &fstest.MapFile{Data: []byte(c.data)}
			d, err := LoadFS(fsys)
			if err != nil {
				t.Fatal(err)
			}
			if c.name == "marked in both rows" {
				got := lookup(d, KindGroup, "HMS", day("2024-01-01"))
				if len(got) != 2 || len(got[0].Ambiguous) != 1 || got[0].Ambiguous[0] != "HMS" {
					t.Fatalf("HMS: %+v", got)
				}
				if got[0].Phrases[1] != "HMS" {
					t.Fatalf("the ? mark stays in the phrase: %q", got[0].Phrases)
				}
			}
		})
	}
	// Marked in one row only is still an error.
	fsys := minimal()
	fsys["actors/groups.tsv"] = &fstest.MapFile{Data: []byte("country\trole\tcode\tname\tphrases\nPSE\tINS\tPSEHMS\tHamas\t?HMS\nLBN\tINS\tLBNHZB\tHezbollah\tHMS\n")}
	if _, err := LoadFS(fsys); err == nil {
		t.Fatal("a phrase marked ambiguous in one row only was accepted")
	}
}

// TestResearcherWorkflow: copy the dictionaries to a directory, add one
// office holder, load the directory — the new row is found, nothing else
// changed, and the version (hash) moved.
func TestResearcherWorkflow(t *testing.T) {
	base := mustLoad(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, FS); err != nil {
		t.Fatal(err)
	}
	same, err := LoadFS(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if same.Hash != base.Hash {
		t.Fatalf("an unchanged copy hashes %s, the embedded tree %s", same.Hash, base.Hash)
	}
	// An editor's swap file does not change the version.
	if err := os.WriteFile(filepath.Join(dir, "actors", ".people.tsv.swp"), []byte("junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	if d, err := LoadFS(os.DirFS(dir)); err != nil || d.Hash != base.Hash {
		t.Fatalf("swap file: err %v, hash %s", err, d.Hash)
	}

	path := filepath.Join(dir, "actors", "people.tsv")
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("KAZ\t\tGOV\tminister of energy\t2024-01-01\t\tAlmasadam Satkaliyev\tSatkaliyev|ساتكالييف\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	d, err := LoadFS(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	got := lookup(d, KindPerson, "ساتكالييف", day("2025-01-01"))
	if len(got) != 1 || got[0].Code != "KAZGOV" || !strings.HasPrefix(got[0].Source, "actors/people.tsv:") {
		t.Fatalf("the added row: %+v", got)
	}
	if len(d.Actors) != len(base.Actors)+1 {
		t.Fatalf("%d actors, want %d", len(d.Actors), len(base.Actors)+1)
	}
	if d.Hash == base.Hash {
		t.Fatal("the hash did not change with the data")
	}

	// A broken row names its file and line.
	if err := os.WriteFile(filepath.Join(dir, "actors", "people-extra.tsv"),
		[]byte("country\torg\trole\toffice\tfrom\tto\tname\tphrases\n# x\nKAZ\t\tGOV\tminister\t2024-02-30\t\tA B\tAB\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFS(os.DirFS(dir)); err == nil || !strings.Contains(err.Error(), "actors/people-extra.tsv:3:") {
		t.Fatalf("err = %v, want actors/people-extra.tsv:3", err)
	}
}

func TestHash(t *testing.T) {
	a, b := mustLoad(t), mustLoad(t)
	if a.Hash != b.Hash || !strings.HasPrefix(a.Hash, "sha256:") || len(a.Hash) != len("sha256:")+64 {
		t.Fatalf("hash %q / %q", a.Hash, b.Hash)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two loads of the same tree differ")
	}
	// The verbs folder is versioned too, and moving bytes between files
	// changes the hash.
	m1, m2 := minimal(), minimal()
	m2["verbs/README.md"] = &fstest.MapFile{Data: []byte("verbs!\n")}
	h1, err1 := LoadFS(m1)
	h2, err2 := LoadFS(m2)
	if err1 != nil || err2 != nil || h1.Hash == h2.Hash {
		t.Fatalf("verbs change: %v %v %v", err1, err2, h1.Hash == h2.Hash)
	}
	m3 := minimal()
	m3["README.md"] = &fstest.MapFile{Data: []byte("dictionaries\nverbs\n")}
	m3["verbs/README.md"] = &fstest.MapFile{Data: []byte("")}
	h3, err := LoadFS(m3)
	if err != nil || h3.Hash == h1.Hash {
		t.Fatalf("moved bytes: %v, same hash %v", err, h3.Hash == h1.Hash)
	}
	var _ fs.FS = FS
}

// BenchmarkLoad measures loading every embedded dictionary against the 50 ms
// budget, and against the floor of merely reading and hashing the files.
func BenchmarkLoad(b *testing.B) {
	files, err := treeFiles(FS)
	if err != nil {
		b.Fatal(err)
	}
	floorStart := time.Now()
	const floorRuns = 50
	for range floorRuns {
		fs, _ := treeFiles(FS)
		_ = hashFiles(fs)
	}
	floor := time.Since(floorStart) / floorRuns
	var bytes int64
	for _, f := range files {
		bytes += int64(len(f.data))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
	per := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(per)/float64(time.Millisecond), "ms/load")
	b.ReportMetric(float64(per)/float64(50*time.Millisecond), "budget_fraction")
	b.ReportMetric(float64(per)/float64(floor), "x_read_and_hash")
}
