package coder

import "testing"

// TestCoverage041 pins the rules added in 0.4.1: exchanges code both
// directions, leaving an organisation reduces relations (16), forces
// arriving abroad are a deployment (074), a capital that names a treaty is
// no actor, and the new reduce-relations, release, criticism and threat
// patterns in both languages.
func TestCoverage041(t *testing.T) {
	for _, c := range []struct{ lang, text, src, tgt, code string }{
		// Exchanges: each side releases the other's prisoners.
		{"en", "Russia and Ukraine swapped 95 prisoners of war on Friday.", "RUS", "UKR", "0841"},
		{"en", "Russia and Ukraine swapped 95 prisoners of war on Friday.", "UKR", "RUS", "0841"},
		{"en", "Armenia exchanged detainees with Azerbaijan on Thursday.", "AZE", "ARM", "0841"},
		{"ar", "تبادلت روسيا وأوكرانيا الأسرى يوم الجمعة.", "UKR", "RUS", "0841"},
		// Leaving an organisation: 16, not a military retreat.
		{"en", "Hungary said it would quit the ICC.", "HUN", "ICC", "160"},
		{"ar", "أعلنت بوركينا فاسو انسحابها من المحكمة الجنائية الدولية.", "BFA", "ICC", "160"},
		// Forces arriving abroad.
		{"en", "Kenyan police arrived in Haiti to lead a multinational security mission.", "KEN", "HTI", "074"},
		{"ar", "وصلت قوات الشرطة الكينية إلى هايتي لقيادة بعثة أمنية.", "KEN", "HTI", "074"},
		// Reduce relations.
		{"en", "The Gambia declared two Senegalese diplomats persona non grata.", "GMB", "SEN", "166"},
		{"ar", "أعلنت الإكوادور السفير المكسيكي شخصا غير مرغوب فيه.", "ECU", "MEX", "166"},
		{"en", "Niger gave the French ambassador 48 hours to leave the country.", "NER", "FRA", "166"},
		{"en", "Britain imposed sanctions on two people and a company linked to Iran.", "GBR", "IRN", "163"},
		{"ar", "فرضت بريطانيا عقوبات على شخصين وشركة مرتبطة بإيران.", "GBR", "IRN", "163"},
		{"ar", "علقت مصر اتفاق الغاز مع إسرائيل.", "EGY", "ISR", "160"},
		{"en", "Russia banned flights from Georgia.", "RUS", "GEO", "163"},
		// Releases and de-escalation.
		{"en", "Pakistan handed over the captured Indian pilot to India.", "PAK", "IND", "0841"},
		{"ar", "سلمت باكستان الطيار الهندي الأسير إلى الهند.", "PAK", "IND", "0841"},
		{"en", "South Korea switched off its loudspeakers along the border with North Korea.", "KOR", "PRK", "087"},
		{"ar", "أوقفت كوريا الجنوبية مكبرات الصوت على الحدود مع كوريا الشمالية.", "KOR", "PRK", "087"},
		// Criticism, rejection, threats, agreements.
		{"en", "Moscow dismissed the ICC arrest warrant as legally void.", "RUS", "ICC", "120"},
		{"ar", "وصفت المجر مذكرة المحكمة الجنائية الدولية بأنها باطلة.", "HUN", "ICC", "120"},
		{"en", "Beijing denounced the tariffs imposed by Washington as bullying.", "CHN", "USA", "111"},
		{"ar", "نددت إيران بالعقوبات التي فرضها الاتحاد الأوروبي.", "IRN", "EU", "111"},
		{"en", "The African Union condemned the coup in Niger.", "AU", "NER", "111"},
		{"en", "China warned that it would respond to any Philippine provocation.", "CHN", "PHL", "130"},
		{"ar", "قالت إيران إنها سترد بحزم على أي هجوم إسرائيلي.", "IRN", "ISR", "130"},
		{"en", "Egypt and Sudan agreed to coordinate on the Nile dam.", "EGY", "SDN", "030"},
		{"ar", "اتفقت مصر والسودان على التنسيق بشأن سد النيل.", "EGY", "SDN", "030"},
	} {
		evs := code(t, c.lang, "2025-03-10", c.text)
		if e := want(t, evs, c.src, c.tgt, c.code[:2]); e.CAMEO != c.code {
			t.Errorf("%s: %s -> %s coded %s, want %s", c.text, c.src, c.tgt, e.CAMEO, c.code)
		}
	}
	// A delegation arriving is a visit, not a deployment.
	evs := code(t, "en", "2025-03-10", "A Turkish delegation arrived in Damascus on Monday.")
	noneLike(t, evs, "*", "*", "074")
	// "The Paris agreement" is no French actor.
	evs = code(t, "en", "2025-03-10", "The United States pulled out of the Paris climate agreement.")
	noneLike(t, evs, "*", "FRA", "")
	// An exchange of fire is not doubled.
	evs = code(t, "en", "2025-03-10", "Indian and Pakistani troops exchanged fire along the Line of Control.")
	noneLike(t, evs, "PAK", "IND", "")
}
