package webui

import (
	"encoding/json"
	"net/http"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Name is an actor key's name in English and Arabic.
type Name struct {
	En string `json:"en"`
	Ar string `json:"ar,omitempty"`
}

// orgNames are the organisation keys the coder emits most, in English and
// Arabic (facts, written down here).
var orgNames = map[string]Name{
	"UN":     {"United Nations", "الأمم المتحدة"},
	"EU":     {"European Union", "الاتحاد الأوروبي"},
	"NATO":   {"North Atlantic Treaty Organization", "حلف شمال الأطلسي"},
	"CSTO":   {"Collective Security Treaty Organization", "منظمة معاهدة الأمن الجماعي"},
	"IAEA":   {"International Atomic Energy Agency", "الوكالة الدولية للطاقة الذرية"},
	"AU":     {"African Union", "الاتحاد الأفريقي"},
	"ASEAN":  {"Association of Southeast Asian Nations", "رابطة دول جنوب شرق آسيا"},
	"OPEC":   {"Organization of the Petroleum Exporting Countries", "منظمة الدول المصدرة للنفط"},
	"WHO":    {"World Health Organization", "منظمة الصحة العالمية"},
	"IMF":    {"International Monetary Fund", "صندوق النقد الدولي"},
	"WB":     {"World Bank", "البنك الدولي"},
	"SCO":    {"Shanghai Cooperation Organisation", "منظمة شنغهاي للتعاون"},
	"GCC":    {"Gulf Cooperation Council", "مجلس التعاون الخليجي"},
	"ARL":    {"Arab League", "جامعة الدول العربية"},
	"OSCE":   {"Organization for Security and Co-operation in Europe", "منظمة الأمن والتعاون في أوروبا"},
	"ICC":    {"International Criminal Court", "المحكمة الجنائية الدولية"},
	"WTO":    {"World Trade Organization", "منظمة التجارة العالمية"},
	"OIC":    {"Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي"},
	"BRICS":  {"BRICS", "بريكس"},
	"EAEU":   {"Eurasian Economic Union", "الاتحاد الاقتصادي الأوراسي"},
	"CIS":    {"Commonwealth of Independent States", "رابطة الدول المستقلة"},
	"ICRC":   {"International Committee of the Red Cross", "اللجنة الدولية للصليب الأحمر"},
	"UNHCR":  {"UN High Commissioner for Refugees", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"},
	"UNSC":   {"UN Security Council", "مجلس الأمن الدولي"},
	"ECOWAS": {"Economic Community of West African States", "الجماعة الاقتصادية لدول غرب أفريقيا"},
}

var (
	namesOnce sync.Once
	namesJSON []byte
)

// Names maps every actor key the page may show (ISO 3166-1 alpha-3
// countries from CLDR via x/text, and the organisations above) to its
// English and Arabic names, so the search box finds "Kazakhstan" and
// "كازاخستان" as well as KAZ.
func Names() map[string]Name {
	en, ar := display.English.Regions(), display.Arabic.Regions()
	out := make(map[string]Name, 300)
	var b [3]byte
	for b[0] = 'A'; b[0] <= 'Z'; b[0]++ {
		for b[1] = 'A'; b[1] <= 'Z'; b[1]++ {
			for b[2] = 'A'; b[2] <= 'Z'; b[2]++ {
				key := string(b[:])
				r, err := language.ParseRegion(key)
				if err != nil || !r.IsCountry() || r.ISO3() != key {
					continue
				}
				out[key] = Name{En: en.Name(r), Ar: ar.Name(r)}
			}
		}
	}
	for k, n := range orgNames {
		out[k] = n
	}
	return out
}

func serveNames(w http.ResponseWriter, r *http.Request) {
	namesOnce.Do(func() { namesJSON, _ = json.Marshal(Names()) })
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	_, _ = w.Write(namesJSON)
}
