package coder

import (
	"strings"
	"testing"

	"github.com/geotrack/geotrack/events"
)

// noneLike fails on an event matching src, tgt (either "*" for any) and the
// code prefix.
func noneLike(t *testing.T, evs []events.EventCoded, src, tgt, codePrefix string) {
	t.Helper()
	for _, e := range evs {
		if (src == "*" || e.Source.Key() == src) && (tgt == "*" || e.Target.Key() == tgt) && strings.HasPrefix(e.CAMEO, codePrefix) {
			t.Fatalf("unexpected %s -> %s %s (rule %s); got:%s", e.Source.Key(), e.Target.Key(), e.CAMEO, e.Coder.Rule, describe(evs))
		}
	}
}

// TestCoverage040 pins the rules added in 0.4.0: unvocalised Arabic harm
// passives and the attack that names their agent, victim-subject patterns,
// English passives "killed in a X attack", sponsors in descriptions, plural
// nouns that look like -s verbs, Arabic possessive and dropped subjects,
// apposition of a title and a name, and a comma before an Arabic VSO verb.
func TestCoverage040(t *testing.T) {
	// Unvocalised passive: the victims follow the verb, the attack names
	// the agent; without an agent there is no event.
	for _, c := range []struct{ lang, text, src, tgt string }{
		{"ar", "قتل جندي إسرائيلي في هجوم لحماس.", "PSE", "ISR"},
		{"ar", "قتل خمسة جنود في كمين نصبه مسلحون شمال بوركينا فاسو.", "BFA", "BFA"},
		{"ar", "قتل مدني أوكراني في ضربة صاروخية روسية على مدينة أوديسا.", "RUS", "UKR"},
		{"ar", "لقي ثلاثة جنود أتراك حتفهم في هجوم لحزب العمال الكردستاني شمال العراق.", "TUR", "TUR"},
		{"en", "Four Israeli soldiers were killed in a Hamas ambush in northern Gaza.", "PSE", "ISR"},
		{"en", "Three Turkish soldiers died in a PKK attack in northern Iraq.", "TUR", "TUR"},
	} {
		evs := code(t, c.lang, "2025-03-10", c.text)
		e := want(t, evs, c.src, c.tgt, "18")
		if c.text == "قتل خمسة جنود في كمين نصبه مسلحون شمال بوركينا فاسو." && e.Source.Role == "MIL" {
			t.Errorf("%s: the soldiers are the victims, got source %+v", c.text, e.Source)
		}
	}
	evs := code(t, "ar", "2025-03-10", "قتل جندي إسرائيلي في هجوم لحماس.")
	noneLike(t, evs, "ISR", "*", "")
	evs = code(t, "en", "2025-03-10", "Four Israeli soldiers were killed in a Hamas ambush in northern Gaza.")
	noneLike(t, evs, "*", "PSE", "")
	// The army as the killer is not read as a victim.
	evs = code(t, "ar", "2025-03-10", "قتل الجيش في ميانمار أكثر من 100 مدني في غارة جوية.")
	if e := want(t, evs, "MMR", "MMR", "18"); e.Source.Role != "MIL" {
		t.Errorf("the army is the killer: %+v", e.Source)
	}
	// A sponsor in a description is not the subject.
	evs = code(t, "en", "2025-02-16", "M23 rebels backed by Rwanda seized the city of Bukavu in eastern Congo.")
	noneLike(t, evs, "RWA", "*", "")
	// A plural noun after a modifier is no present-tense verb.
	evs = code(t, "en", "2025-03-10", "Russian forces pounded Ukrainian positions near Pokrovsk with artillery and glide bombs, the Ukrainian general staff said.")
	want(t, evs, "RUS", "UKR", "19")
	noneLike(t, evs, "UKR", "*", "")
	// Arabic: the possessive on an event noun, and a dropped subject.
	evs = code(t, "ar", "2025-03-10", "قطعت بوليفيا علاقاتها الدبلوماسية مع إسرائيل بسبب هجومها على قطاع غزة.")
	want(t, evs, "BOL", "ISR", "16")
	noneLike(t, evs, "BOL", "PSE", "")
	evs = code(t, "ar", "2025-03-10", "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط. وجاء ذلك خلال لقائه وزير الخارجية العماني.")
	want(t, evs, "IRN", "OMN", "04")
	evs = code(t, "ar", "2025-03-10", "زارت روسيا كوريا الشمالية. وأجرت محادثات مع الصين.")
	want(t, evs, "RUS", "CHN", "04")
	noneLike(t, evs, "PRK", "*", "")
	// A title and a name are one actor, not subject and object.
	evs = code(t, "ar", "2024-06-14", "التقى رئيس الوزراء الصيني لي تشيانغ رئيس الوزراء الأسترالي أنتوني ألبانيزي في كانبيرا.")
	want(t, evs, "CHN", "AUS", "04")
	// A comma ends a subordinate clause: the Arabic subject follows the verb.
	evs = code(t, "ar", "2025-03-10", "بينما تقدمت القوات الروسية في الشرق، قصفت أوكرانيا مستودعا للنفط في منطقة بيلغورود.")
	want(t, evs, "UKR", "RUS", "19")
	evs = code(t, "en", "2025-03-10", "While Russian troops advanced in the east, Ukraine struck an oil depot in the Belgorod region.")
	want(t, evs, "UKR", "RUS", "19")
	// "he" continues the subject of the previous clause.
	evs = code(t, "en", "2024-02-22", "Brazilian President Lula met US Secretary of State Antony Blinken in Brasilia. He criticised Israel's offensive in Gaza.")
	noneLike(t, evs, "USA", "ISR", "")
	// Mediators are not parties of the ceasefire they mediate.
	evs = code(t, "en", "2025-03-10", "Qatar and Egypt mediated a ceasefire between Israel and Hamas.")
	want(t, evs, "QAT", "ISR", "04")
	noneLike(t, evs, "QAT", "EGY", "")
	noneLike(t, evs, "EGY", "QAT", "")
	// أضرب is a strike, not a blow.
	evs = code(t, "ar", "2025-03-10", "أضرب آلاف العمال في نيجيريا احتجاجا على الحد الأدنى للأجور.")
	want(t, evs, "NGA", "NGA", "14")
	noneLike(t, evs, "*", "*", "19")
}

// TestTrainingGold keeps the tuning sets above a floor in each language, so
// that a rule added for one weakness does not quietly cost another: the
// 100 pairs of testdata/gold/train.jsonl and the 89 pairs written for 0.4.0
// in testdata/gold/train2.jsonl (F1 0.917/0.934 and 0.918/0.952 ar/en when
// 0.4.0 was released).
func TestTrainingGold(t *testing.T) {
	c := newTestCoder(t)
	for _, path := range []string{"testdata/gold/train.jsonl", "testdata/gold/train2.jsonl"} {
		res := scoreGold(t, c, readGold(t, path))
		for _, lang := range []string{"en", "ar"} {
			s := res[lang]
			if s == nil || s.req == 0 {
				t.Fatalf("%s: no %s reports", path, lang)
			}
			p, r, f := s.f1()
			t.Logf("%s %s: P=%.3f R=%.3f F1=%.3f", path, lang, p, r, f)
			if f < 0.88 {
				t.Errorf("%s %s: F1 %.3f < 0.88", path, lang, f)
			}
		}
	}
}
