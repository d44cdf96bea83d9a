// Package gdelt reads GDELT 2.0 event exports (the tab-separated,
// 61-column *.export.CSV files) and turns each row into an event.coded
// with Coder.Version "gdelt", so GDELT's coding of the news can be laid
// next to geotrack's own in the same timelines.
//
// Mapping decisions:
//   - id: the first 32 hex digits of sha256("geotrack/gdelt/v1", GLOBALEVENTID):
//     deterministic, so loading a file twice is deduplicated (by the
//     server within its window, by the projections' event-id keys beyond).
//   - article_id: GDELT's article is not in geotrack's log; the field holds
//     SourceArticleID(SOURCEURL) (a hash of the URL) so events of one
//     source group together, and SourceURL keeps the URL as provenance.
//     The sentence is empty: GDELT does not publish it.
//   - actors: Actor*CountryCode is CAMEO's country code (ISO 3166-1
//     alpha-3 for states); Actor*KnownGroupCode gives Org for IGOs and
//     known groups; Actor*Type1Code the role. An actor GDELT left
//     unresolved (no country, no group) is left empty, as geotrack does.
//   - cameo: EventCode (falling back to EventBaseCode, then EventRootCode,
//     when the table does not know the full code); root, plover follow
//     from the table; quad_class and goldstein are GDELT's own values.
//   - date: SQLDATE; location: ActionGeo_FullName, Lat, Long. GDELT gives
//     FIPS 10-4 country codes there, which are not ISO alpha-3, so
//     Location.Country is filled only through the small FIPS table below
//     and left empty otherwise rather than guessed.
package gdelt

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/geotrack/geotrack/events"
)

// Columns is the number of tab-separated columns of a GDELT 2.0 event row.
const Columns = 61

// CoderVersion is the coder.version of every event from GDELT.
const CoderVersion = "gdelt"

// Column indexes of the GDELT 2.0 event table used here.
const (
	colGlobalEventID     = 0
	colSQLDate           = 1
	colActor1Code        = 5
	colActor1Name        = 6
	colActor1Country     = 7
	colActor1KnownGroup  = 8
	colActor1Type1       = 12
	colActor2Code        = 15
	colActor2Name        = 16
	colActor2Country     = 17
	colActor2KnownGroup  = 18
	colActor2Type1       = 22
	colEventCode         = 26
	colEventBaseCode     = 27
	colEventRootCode     = 28
	colQuadClass         = 29
	colGoldstein         = 30
	colActionGeoFullName = 52
	colActionGeoCountry  = 53
	colActionGeoLat      = 56
	colActionGeoLong     = 57
	colSourceURL         = 60
)

// SourceArticleID is the article_id given to GDELT events: a hash of the
// source URL in the same 64-hex form as geotrack's article ids, under its
// own prefix so it never equals the id of a stored article.
func SourceArticleID(sourceURL string) string {
	h := sha256.Sum256([]byte("geotrack/gdelt-source/v1\n" + sourceURL))
	return hex.EncodeToString(h[:])
}

// EventID is the id of the event coded from a GDELT row.
func EventID(globalEventID string) string {
	h := sha256.Sum256([]byte("geotrack/gdelt/v1\x00" + globalEventID))
	return hex.EncodeToString(h[:])[:32]
}

// ParseRow turns one tab-separated row (without its line end) into an
// event. Errors say which column is wrong.
func ParseRow(row string) (events.EventCoded, error) {
	row = strings.TrimRight(row, "\r\n")
	cols := strings.Split(row, "\t")
	if len(cols) != Columns {
		return events.EventCoded{}, fmt.Errorf("%d columns, want %d (GDELT 2.0 event export, tab-separated)", len(cols), Columns)
	}
	id := strings.TrimSpace(cols[colGlobalEventID])
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		return events.EventCoded{}, fmt.Errorf("GLOBALEVENTID %q is not a number", id)
	}
	day, err := time.Parse("20060102", cols[colSQLDate])
	if err != nil {
		return events.EventCoded{}, fmt.Errorf("SQLDATE %q is not YYYYMMDD", cols[colSQLDate])
	}
	e := events.EventCoded{
		ID:        EventID(id),
		Date:      day.Format(time.DateOnly),
		Source:    actor(cols, colActor1Code, colActor1Name, colActor1Country, colActor1KnownGroup, colActor1Type1),
		Target:    actor(cols, colActor2Code, colActor2Name, colActor2Country, colActor2KnownGroup, colActor2Type1),
		SourceURL: strings.TrimSpace(cols[colSourceURL]),
		Coder:     events.Coder{Version: CoderVersion, Rule: "gdelt:" + id},
	}
	e.ArticleID = SourceArticleID(e.SourceURL)
	var fillErr error
	for _, c := range []int{colEventCode, colEventBaseCode, colEventRootCode} {
		code := strings.TrimSpace(cols[c])
		if code == "" {
			continue
		}
		e.CAMEO = code
		if fillErr = e.Fill(); fillErr == nil {
			break
		}
	}
	if e.CAMEO == "" || fillErr != nil {
		return events.EventCoded{}, fmt.Errorf("EventCode %q is not a CAMEO code geotrack knows", cols[colEventCode])
	}
	if q, err := strconv.Atoi(cols[colQuadClass]); err == nil && q >= 1 && q <= 4 {
		e.QuadClass = q
	}
	if g, err := strconv.ParseFloat(cols[colGoldstein], 64); err == nil && g >= -10 && g <= 10 {
		e.Goldstein = g
	}
	if name := strings.TrimSpace(cols[colActionGeoFullName]); name != "" {
		lat, err1 := strconv.ParseFloat(cols[colActionGeoLat], 64)
		lon, err2 := strconv.ParseFloat(cols[colActionGeoLong], 64)
		if err1 == nil && err2 == nil && math.Abs(lat) <= 90 && math.Abs(lon) <= 180 {
			e.Location = &events.Location{Name: name, Country: fipsToISO3[cols[colActionGeoCountry]], Lat: lat, Lon: lon}
		}
	}
	return e, nil
}

func actor(cols []string, code, name, country, group, typ int) events.Actor {
	a := events.Actor{Code: strings.TrimSpace(cols[code]), Name: strings.TrimSpace(cols[name]), Role: strings.TrimSpace(cols[typ])}
	if c := strings.TrimSpace(cols[country]); isAlpha3(c) {
		a.Country = c
	}
	a.Org = strings.TrimSpace(cols[group])
	if a.Country == "" && a.Org == "" {
		return events.Actor{} // unresolved: left out rather than guessed
	}
	return a
}

func isAlpha3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// fipsToISO3 maps the FIPS 10-4 codes of ActionGeo_CountryCode to ISO
// 3166-1 alpha-3 for the countries geotrack's dictionaries cover most; a
// code not listed leaves Location.Country empty.
var fipsToISO3 = map[string]string{
	"AF": "AFG", "AG": "DZA", "AJ": "AZE", "AM": "ARM", "AS": "AUS", "AU": "AUT", "BA": "BHR", "BE": "BEL",
	"BG": "BGD", "BO": "BLR", "BR": "BRA", "BU": "BGR", "CA": "CAN", "CH": "CHN", "CI": "CHL", "CO": "COL",
	"CU": "CUB", "DA": "DNK", "EG": "EGY", "EN": "EST", "ET": "ETH", "FI": "FIN", "FR": "FRA", "GG": "GEO",
	"GM": "DEU", "GR": "GRC", "HU": "HUN", "IN": "IND", "ID": "IDN", "IR": "IRN", "IZ": "IRQ", "IS": "ISR",
	"IT": "ITA", "JA": "JPN", "JO": "JOR", "KE": "KEN", "KG": "KGZ", "KN": "PRK", "KS": "KOR", "KU": "KWT",
	"KZ": "KAZ", "LE": "LBN", "LG": "LVA", "LH": "LTU", "LY": "LBY", "MD": "MDA", "MO": "MAR", "MX": "MEX",
	"MU": "OMN", "NI": "NGA", "NL": "NLD", "NO": "NOR", "PK": "PAK", "PL": "POL", "PO": "PRT", "QA": "QAT",
	"RO": "ROU", "RS": "RUS", "SA": "SAU", "SF": "ZAF", "SP": "ESP", "SU": "SDN", "SW": "SWE", "SY": "SYR",
	"SZ": "CHE", "TC": "ARE", "TI": "TJK", "TU": "TUR", "TW": "TWN", "TX": "TKM", "UK": "GBR", "UP": "UKR",
	"US": "USA", "UZ": "UZB", "VE": "VEN", "VM": "VNM", "YM": "YEM", "WE": "PSE", "GZ": "PSE", "MG": "MNG",
}
