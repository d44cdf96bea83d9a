package coder

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/geotrack/geotrack/events"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// code codes one text and fails the test on error.
func code(t *testing.T, lang, published, txt string) []events.EventCoded {
	t.Helper()
	c := newTestCoder(t)
	evs, err := c.Code(Document{ID: "t-" + lang, Text: txt, Lang: lang, Published: day(published)})
	if err != nil {
		t.Fatalf("Code(%q): %v", txt, err)
	}
	return evs
}

func describe(evs []events.EventCoded) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "\n  %s>%s %s neg=%v rule=%s date=%s", e.Source.Key(), e.Target.Key(), e.CAMEO, e.Negated, e.Coder.Rule, e.Date)
	}
	return b.String()
}

// find returns the first event with these keys whose code starts with
// codePrefix (a root or a full code).
func find(evs []events.EventCoded, src, tgt, codePrefix string) *events.EventCoded {
	for i, e := range evs {
		if e.Source.Key() == src && e.Target.Key() == tgt && strings.HasPrefix(e.CAMEO, codePrefix) {
			return &evs[i]
		}
	}
	return nil
}

// want asserts that an event src -> tgt with the code prefix is found and
// returns it.
func want(t *testing.T, evs []events.EventCoded, src, tgt, codePrefix string) *events.EventCoded {
	t.Helper()
	e := find(evs, src, tgt, codePrefix)
	if e == nil {
		t.Fatalf("no %s -> %s %s event; got:%s", src, tgt, codePrefix, describe(evs))
	}
	return e
}

func wantNone(t *testing.T, evs []events.EventCoded, src, tgt, codePrefix string) {
	t.Helper()
	if e := find(evs, src, tgt, codePrefix); e != nil {
		t.Fatalf("unexpected %s -> %s %s event (rule %s); got:%s", src, tgt, codePrefix, e.Coder.Rule, describe(evs))
	}
}

type featureCase struct {
	name, lang, text     string
	src, tgt, codePrefix string
	negated              bool
}

func runCases(t *testing.T, cases []featureCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			evs := code(t, tc.lang, "2024-05-15", tc.text)
			e := want(t, evs, tc.src, tc.tgt, tc.codePrefix)
			if e.Negated != tc.negated {
				t.Fatalf("negated = %v, want %v:%s", e.Negated, tc.negated, describe(evs))
			}
		})
	}
}

func TestWordOrder(t *testing.T) {
	runCases(t, []featureCase{
		{"en SVO", "en", "Turkey sharply criticised Sweden over the burning of a Koran.", "TUR", "SWE", "111", false},
		{"ar VSO", "ar", "انتقدت تركيا السويد بسبب حرق نسخة من القرآن.", "TUR", "SWE", "111", false},
		{"ar SVO imperfect", "ar", "تركيا تنتقد السويد بسبب حرق نسخة من القرآن.", "TUR", "SWE", "111", false},
		{"ar VSO long subject", "ar", "فرضت وزارة الخزانة الأمريكية عقوبات جديدة على كيانات روسية.", "USA", "RUS", "163", false},
		{"en phrasal", "en", "Germany called on Serbia to withdraw its troops from the border.", "DEU", "SRB", "02", false},
		{"ar defective verb", "ar", "دعت ألمانيا صربيا إلى سحب قواتها من الحدود.", "DEU", "SRB", "02", false},
	})
}

func TestPassive(t *testing.T) {
	evs := code(t, "en", "2024-05-15", "A Ukrainian village was shelled by Russian forces overnight.")
	want(t, evs, "RUS", "UKR", "19")
	wantNone(t, evs, "UKR", "RUS", "19")
	// Without an agent the source is unknown: no event.
	evs = code(t, "en", "2024-05-15", "Ukraine was attacked overnight.")
	if len(evs) != 0 {
		t.Fatalf("agentless passive coded:%s", describe(evs))
	}
}

func TestReportedSpeech(t *testing.T) {
	runCases(t, []featureCase{
		{"en said that", "en", "The spokesman said that Germany supports Ukraine.", "DEU", "UKR", "051", false},
		{"ar قال إن", "ar", "قال المتحدث إن ألمانيا تدعم أوكرانيا.", "DEU", "UKR", "051", false},
	})
	// The brief's example: the saying is TUR -> RUS, the content TUR -> UN.
	evs := code(t, "ar", "2024-05-15", "قال وزير الخارجية التركي هاكان فيدان لنظيره الروسي إن تركيا تدعم جهود الأمم المتحدة لوقف إطلاق النار في سوريا")
	want(t, evs, "TUR", "RUS", "01")
	want(t, evs, "TUR", "UN", "051")
	// The speaker is not the supporter.
	evs = code(t, "en", "2024-05-15", "Russia said that China supports the plan of the UN.")
	wantNone(t, evs, "RUS", "UN", "05")
}

func TestNegation(t *testing.T) {
	runCases(t, []featureCase{
		{"en did not", "en", "France did not condemn Israel.", "FRA", "ISR", "111", true},
		{"en never", "en", "Brazil has never recognised Taiwan.", "BRA", "TWN", "054", true},
		{"en refused to", "en", "Egypt refused to receive the Israeli delegation.", "EGY", "ISR", "043", true},
		{"ar لم", "ar", "لم تدن فرنسا إسرائيل.", "FRA", "ISR", "111", true},
		{"ar لن", "ar", "لن تعترف البرازيل بتايوان.", "BRA", "TWN", "054", true},
		{"en affirmative", "en", "France condemned Israel.", "FRA", "ISR", "111", false},
	})
}

func TestCompoundActors(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"en", "Egypt and Jordan condemned Israel on Sunday."},
		{"ar", "أدانت مصر والأردن إسرائيل يوم الأحد."},
	} {
		evs := code(t, tc.lang, "2024-05-15", tc.text)
		want(t, evs, "EGY", "ISR", "111")
		want(t, evs, "JOR", "ISR", "111")
	}
	for _, tc := range []struct{ lang, text string }{
		{"en", "The United Nations urged Armenia and Azerbaijan to show restraint."},
		{"ar", "حثت الأمم المتحدة أرمينيا وأذربيجان على ضبط النفس."},
	} {
		evs := code(t, tc.lang, "2024-05-15", tc.text)
		want(t, evs, "UN", "ARM", "02")
		want(t, evs, "UN", "AZE", "02")
	}
	// A compound subject acting together.
	evs := code(t, "ar", "2024-05-15", "وقعت مصر والسودان اتفاقية للتعاون العسكري.")
	want(t, evs, "EGY", "SDN", "05")
}

func TestOfficeHoldersByDate(t *testing.T) {
	evs := code(t, "en", "2019-06-01", "Trump criticised Iran.")
	e := want(t, evs, "USA", "IRN", "111")
	if e.Source.Role != "GOV" || e.Source.Code != "USAGOV" {
		t.Fatalf("Trump in 2019 = %+v, want USA GOV", e.Source)
	}
	// Out of office in 2023: not an actor, so no event.
	evs = code(t, "en", "2023-06-01", "Trump criticised Iran.")
	wantNone(t, evs, "USA", "IRN", "111")
	evs = code(t, "ar", "2022-06-01", "انتقد لافروف الناتو.")
	want(t, evs, "RUS", "NATO", "111")
}

func TestRoleNounsAndCoreference(t *testing.T) {
	// A role noun alone takes the country in focus.
	evs := code(t, "en", "2024-05-15", "Kenyan police arrested dozens of protesters in Nairobi. The police also detained two journalists.")
	want(t, evs, "KEN", "KEN", "173")
	// "his Qatari counterpart" / "نظيره القطري".
	evs = code(t, "en", "2024-05-15", "Turkish Foreign Minister Hakan Fidan spoke by phone with his Qatari counterpart.")
	want(t, evs, "TUR", "QAT", "04")
	evs = code(t, "ar", "2024-05-15", "بحث وزير الخارجية التركي مع نظيره القطري الأوضاع في غزة.")
	want(t, evs, "TUR", "QAT", "04")
	// "he" points back to the last office holder named.
	evs = code(t, "en", "2024-05-15", "Russian President Vladimir Putin arrived in Beijing on Thursday. He praised China for its position.")
	want(t, evs, "RUS", "CHN", "051")
	// "the two sides".
	evs = code(t, "en", "2024-05-15", "Saudi Arabia and Iran restored ties in March. The two sides signed an agreement.")
	want(t, evs, "SAU", "IRN", "05")
	// Possessive: "China's ambassador" / "سفير الصين".
	evs = code(t, "en", "2024-05-15", "Manila summoned China's ambassador.")
	want(t, evs, "PHL", "CHN", "11")
	evs = code(t, "ar", "2024-05-15", "استدعت مانيلا سفير الصين.")
	want(t, evs, "PHL", "CHN", "11")
}

func TestDates(t *testing.T) {
	// 2024-05-15 is a Wednesday.
	for _, tc := range []struct{ lang, text, date string }{
		{"en", "Peru declared a state of emergency on Monday.", "2024-05-13"},
		{"en", "Peru declared a state of emergency on Wednesday.", "2024-05-15"},
		{"en", "Peru declared a state of emergency yesterday.", "2024-05-14"},
		{"en", "Peru declared a state of emergency on 10 January 2022.", "2022-01-10"},
		{"en", "Peru declared a state of emergency on January 10, 2022.", "2022-01-10"},
		{"en", "Peru declared a state of emergency.", "2024-05-15"},
		{"ar", "أعلنت البيرو حالة الطوارئ مساء الاثنين.", "2024-05-13"},
		{"ar", "أعلنت البيرو حالة الطوارئ يوم الجمعة.", "2024-05-10"},
		{"ar", "أعلنت البيرو حالة الطوارئ أمس.", "2024-05-14"},
		{"ar", "أعلنت البيرو حالة الطوارئ اليوم.", "2024-05-15"},
		{"ar", "أعلنت البيرو حالة الطوارئ في 10 يناير/كانون الثاني 2022.", "2022-01-10"},
		{"ar", "أعلنت البيرو حالة الطوارئ في 10 كانون الثاني 2022.", "2022-01-10"},
	} {
		evs := code(t, tc.lang, "2024-05-15", tc.text)
		e := want(t, evs, "PER", "PER", "1724")
		if e.Date != tc.date {
			t.Errorf("%s: date %s, want %s", tc.text, e.Date, tc.date)
		}
	}
}

func TestPlaces(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"en", "Peruvian President Dina Boluarte declared a state of emergency in Lima on Wednesday."},
		{"ar", "أعلنت الرئيسة البيروفية دينا بولوارتي حالة الطوارئ في ليما يوم الأربعاء."},
	} {
		evs := code(t, tc.lang, "2024-05-16", tc.text)
		e := want(t, evs, "PER", "PER", "1724")
		if e.Location == nil || e.Location.Name != "Lima" || e.Location.Country != "PER" || e.Location.Lat > -10 {
			t.Fatalf("%s: location %+v, want Lima, PER", tc.text, e.Location)
		}
		if e.Date != "2024-05-15" {
			t.Fatalf("%s: date %s, want 2024-05-15", tc.text, e.Date)
		}
	}
}

func TestEventFields(t *testing.T) {
	c := newTestCoder(t)
	txt := "Preamble sentence here. Japan praised Australia."
	evs, err := c.Code(Document{ID: "art-1", Text: txt, Lang: "en", Published: day("2024-05-15")})
	if err != nil {
		t.Fatal(err)
	}
	e := want(t, evs, "JPN", "AUS", "051")
	if e.ArticleID != "art-1" || e.Lang != "en" || e.Root != "05" || e.PLOVER == "" || e.QuadClass != 1 {
		t.Fatalf("fields: %+v", e)
	}
	if e.Sentence.Index != 1 || txt[e.Sentence.Start:e.Sentence.End] != e.Sentence.Text || e.Sentence.Text != "Japan praised Australia." {
		t.Fatalf("sentence: %+v", e.Sentence)
	}
	if e.Coder.Version != c.Version() || e.Coder.Dict != c.DictHash() || !strings.HasPrefix(e.Coder.Dict, "sha256:") || e.Coder.Rule == "" {
		t.Fatalf("coder: %+v", e.Coder)
	}
	if e.ID != events.EventID("art-1", 1, e.Source, e.Target, e.CAMEO, false, c.Version(), c.DictHash()) {
		t.Fatalf("id %s is not events.EventID", e.ID)
	}
}

// TestDeterministicIDs: the same input gives the same events and ids, from
// one coder and from a second one.
func TestDeterministicIDs(t *testing.T) {
	c1 := newTestCoder(t)
	c2, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := Document{ID: "a", Lang: "ar", Published: day("2024-01-01"),
		Text: "فرضت الولايات المتحدة عقوبات على إيران. وأدانت مصر والأردن الغارات الإسرائيلية على لبنان."}
	a, _ := c1.Code(doc)
	b, _ := c2.Code(doc)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("events: %d vs %d", len(a), len(b))
	}
	seen := map[string]bool{}
	for i := range a {
		if a[i].ID != b[i].ID {
			t.Fatalf("id %d differs: %s vs %s", i, a[i].ID, b[i].ID)
		}
		if seen[a[i].ID] {
			t.Fatalf("duplicate id %s", a[i].ID)
		}
		seen[a[i].ID] = true
	}
}

func TestPrecisionSafeguards(t *testing.T) {
	// No event without a resolved source.
	evs := code(t, "en", "2024-05-15", "Someone condemned Israel.")
	if len(evs) != 0 {
		t.Fatalf("event without source:%s", describe(evs))
	}
	// No self-event for a code that cannot be domestic.
	evs = code(t, "en", "2024-05-15", "France praised France.")
	wantNone(t, evs, "FRA", "FRA", "05")
	// A relative clause does not lend its antecedent's verb a subject.
	evs = code(t, "en", "2024-03-02", "India did not support the resolution condemning Russia.")
	wantNone(t, evs, "IND", "RUS", "11")
	evs = code(t, "ar", "2024-03-02", "لم تؤيد الهند القرار الذي يدين روسيا.")
	wantNone(t, evs, "IND", "RUS", "11")
	// What is demanded has not happened.
	evs = code(t, "en", "2024-03-25", "The Security Council demanded that Israel allow aid into Gaza.")
	want(t, evs, "UN", "ISR", "10")
	if len(triples(evs)) != 1 {
		t.Fatalf("demand complement coded:%s", describe(evs))
	}
	// A government does not "protest" in the street.
	evs = code(t, "en", "2024-03-25", "The foreign ministry summoned China's ambassador to protest the incident.")
	wantNone(t, evs, "CHN", "CHN", "14")
}

// TestConcurrent codes from several goroutines with one coder (run with
// -race): the results equal the sequential ones.
func TestConcurrent(t *testing.T) {
	c := newTestCoder(t)
	docs := benchSentences
	want := make([]int, len(docs))
	for i, d := range docs {
		d.Published = day("2024-03-06")
		evs, err := c.Code(d)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = len(evs)
	}
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for k := 0; k < 50; k++ {
				i := (g + k) % len(docs)
				d := docs[i]
				d.Published = day("2024-03-06")
				evs, err := c.Code(d)
				if err == nil && len(evs) != want[i] {
					err = fmt.Errorf("doc %d: %d events, want %d", i, len(evs), want[i])
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}(g)
	}
	for g := 0; g < 8; g++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

func TestArabicMorphology(t *testing.T) {
	// "تعرض ل..." is the Arabic passive of news: the subject is the target.
	evs := code(t, "ar", "2024-05-15", "وتعرضت مدينة خاركيف لقصف روسي عنيف ليل الثلاثاء.")
	e := want(t, evs, "RUS", "UKR", "19")
	if e.Date != "2024-05-14" || e.Location == nil || e.Location.Name != "Kharkiv" {
		t.Fatalf("date %s location %+v", e.Date, e.Location)
	}
	// A verb form after a preposition is a verbal noun, not a verb with
	// its own subject: "على دعمها" is the Emirates' support.
	evs = code(t, "ar", "2024-01-08", "شكر الرئيس الكيني الإمارات على دعمها لمهمة هايتي.")
	want(t, evs, "KEN", "ARE", "05")
	wantNone(t, evs, "KEN", "HTI", "05")
	// ة marks a noun: "ضربة" is not the verb ضرب with a pronoun.
	evs = code(t, "ar", "2024-01-17", "أدانت باكستان ضربة صاروخية إيرانية على أراضيها.")
	want(t, evs, "PAK", "IRN", "111")
	wantNone(t, evs, "PAK", "IRN", "19")
	// Object pronouns and the feminine plural of a verbal noun.
	evs = code(t, "ar", "2024-01-17", "استقبلها الرئيس الجزائري، ثم فرضت الجزائر عقوبات على مالي.")
	want(t, evs, "DZA", "MLI", "163")
}

func TestEnglishSafeguards(t *testing.T) {
	// "who" is not the WHO; "Iranian-backed" is no verb.
	evs := code(t, "en", "2024-02-18", "Police in Moscow detained dozens of people who laid flowers.")
	want(t, evs, "RUS", "RUS", "173")
	wantNone(t, evs, "RUS", "WHO", "")
	evs = code(t, "en", "2024-02-02", "The United States carried out air strikes on Iranian-backed militias in Iraq and Syria.")
	want(t, evs, "USA", "IRN", "19")
	wantNone(t, evs, "IRN", "IRQ", "05")
	// A place after "in" stands for its country as the target of force.
	evs = code(t, "en", "2024-01-16", "Israeli warplanes struck targets in southern Lebanon at dawn.")
	want(t, evs, "ISR", "LBN", "19")
	// Coordinated verbs share their subject; an object is nobody's agent.
	evs = code(t, "en", "2024-01-17", "Pakistan condemned an Iranian missile strike on its territory and recalled its ambassador from Tehran.")
	want(t, evs, "PAK", "IRN", "111")
	want(t, evs, "PAK", "IRN", "161")
	wantNone(t, evs, "IRN", "IRN", "")
}

func TestNegationFalseFriends(t *testing.T) {
	evs := code(t, "ar", "2024-05-15", "لا تزال الصين ترفض إدانة روسيا.")
	e := want(t, evs, "CHN", "RUS", "12")
	if e.Negated {
		t.Fatalf("لا تزال (still) read as a negation")
	}
	evs = code(t, "en", "2024-05-15", "Mexico will not send its ambassador back to Ecuador.")
	wantNone(t, evs, "MEX", "ECU", "05")
}
