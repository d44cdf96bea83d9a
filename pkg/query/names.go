package query

import (
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// orgNames are the English names of the organisation keys the coder emits
// most (facts, written down here; an unknown key is listed without a name).
var orgNames = map[string]string{
	"UN": "United Nations", "EU": "European Union", "NATO": "North Atlantic Treaty Organization",
	"CSTO": "Collective Security Treaty Organization", "IAEA": "International Atomic Energy Agency",
	"AU": "African Union", "ASEAN": "Association of Southeast Asian Nations",
	"OPEC": "Organization of the Petroleum Exporting Countries", "WHO": "World Health Organization",
	"IMF": "International Monetary Fund", "WB": "World Bank", "SCO": "Shanghai Cooperation Organisation",
	"GCC": "Gulf Cooperation Council", "ARL": "Arab League", "OSCE": "Organization for Security and Co-operation in Europe",
	"ICC": "International Criminal Court", "WTO": "World Trade Organization", "OIC": "Organisation of Islamic Cooperation",
	"BRICS": "BRICS", "EAEU": "Eurasian Economic Union", "CIS": "Commonwealth of Independent States",
	"ICRC": "International Committee of the Red Cross", "UNHCR": "UN High Commissioner for Refugees",
	"UNSC": "UN Security Council", "ECOWAS": "Economic Community of West African States",
}

var regionNamer = display.English.Regions()

// actorName is the English name of a key: an ISO 3166-1 alpha-3 country
// (from CLDR via x/text) or a known organisation.
func actorName(key string) string {
	if n, ok := orgNames[key]; ok {
		return n
	}
	if len(key) == 3 {
		if r, err := language.ParseRegion(key); err == nil && r.IsCountry() {
			return regionNamer.Name(r)
		}
	}
	return ""
}
