package dict

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// notISO3166 are two-letter codes x/text knows as countries that are not
// current ISO 3166-1 entries: withdrawn codes (BU, YU, ZR ...), exceptional
// reservations (AC, DG, EA, IC, TA, UK, UN, EZ) and old transitional ones.
var notISO3166 = map[string]bool{
	"AC": true, "AN": true, "BU": true, "CP": true, "CQ": true, "CS": true,
	"CT": true, "DD": true, "DG": true, "DY": true, "EA": true, "EZ": true,
	"FQ": true, "FX": true, "HV": true, "IC": true, "JT": true, "MI": true,
	"NH": true, "NQ": true, "NT": true, "PC": true, "PU": true, "PZ": true,
	"RH": true, "SU": true, "TA": true, "TP": true, "UK": true, "UN": true,
	"VD": true, "WK": true, "YD": true, "YU": true, "ZR": true,
}

// extraISO3 are alpha-3 codes in common use that ISO has not assigned but the
// news needs: Kosovo as XKX (the code the EU, IMF and UN agencies use; x/text
// only knows the user-assigned XK).
var extraISO3 = map[string]string{"XKX": "XK"}

type regionTable struct {
	byISO3 map[string]language.Region
	iso3s  []string // sorted
}

var regions = sync.OnceValue(func() *regionTable {
	t := &regionTable{byISO3: map[string]language.Region{}}
	var b [2]byte
	for b[0] = 'A'; b[0] <= 'Z'; b[0]++ {
		for b[1] = 'A'; b[1] <= 'Z'; b[1]++ {
			code := string(b[:])
			if notISO3166[code] {
				continue
			}
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.IsPrivateUse() || r.String() != code {
				continue
			}
			iso3 := r.ISO3()
			if len(iso3) != 3 || iso3 == "ZZZ" || display.English.Regions().Name(r) == "" {
				continue
			}
			t.byISO3[iso3] = r
		}
	}
	for iso3, two := range extraISO3 {
		t.byISO3[iso3] = language.MustParseRegion(two)
	}
	for k := range t.byISO3 {
		t.iso3s = append(t.iso3s, k)
	}
	sort.Strings(t.iso3s)
	return t
})

// ValidCountry reports whether iso3 is an ISO 3166-1 alpha-3 code the
// dictionaries accept.
func ValidCountry(iso3 string) bool {
	_, ok := regions().byISO3[iso3]
	return ok
}

// Countries returns every accepted ISO 3166-1 alpha-3 code, sorted.
func Countries() []string {
	return append([]string(nil), regions().iso3s...)
}

var namers sync.Map // language tag string -> display.Namer

// CountryName is the display name of a country in a language ("en", "ar",
// "ru", "fr", "es", "zh", or any BCP 47 tag CLDR knows), from the CLDR data
// in golang.org/x/text; English when the language is unknown, "" when the
// code is not a country.
func CountryName(iso3, lang string) string {
	r, ok := regions().byISO3[iso3]
	if !ok {
		return ""
	}
	n, ok := namers.Load(lang)
	if !ok {
		tag, err := language.Parse(lang)
		var nm display.Namer
		if err == nil {
			nm = display.Regions(tag)
		}
		if nm == nil {
			nm = display.English.Regions()
		}
		n, _ = namers.LoadOrStore(lang, nm)
	}
	name := n.(display.Namer).Name(r)
	if name == "" {
		name = display.English.Regions().Name(r)
	}
	return name
}

// CountryName is the display name of a country in a language; see the
// package-level CountryName. It is a method so the coder can hold one value.
func (d *Dict) CountryName(iso3, lang string) string { return CountryName(iso3, lang) }

// cldrPhrases are the generated surface forms of a CLDR name: the name, and
// for "Myanmar (Burma)" both parts, for "Bosnia & Herzegovina" the "and"
// form, for "Hong Kong SAR China" the short form. Names with " - " (the two
// Congos) are kept whole: the bare "Congo" is left to the hand entries.
func cldrPhrases(name string) []string {
	if name == "" {
		return nil
	}
	out := []string{name}
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		out = append(out, strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+2:len(name)-1]))
	}
	if strings.Contains(name, " & ") {
		out = append(out, strings.ReplaceAll(name, " & ", " and "))
	}
	if s, ok := strings.CutSuffix(name, " SAR China"); ok {
		out = append(out, s)
	}
	if s, ok := strings.CutSuffix(name, " الصينية (منطقة إدارية خاصة)"); ok {
		out = append(out, s)
	}
	return out
}
