package coder

import "testing"

// TestWireCopyRules covers the engine rules added for ordinary wire copy
// (coder 0.2.0); each case fails without its rule.
func TestWireCopyRules(t *testing.T) {
	// Sport borrows the words of force: a score makes it a match.
	evs := code(t, "en", "2022-12-10", "Morocco beat Portugal 1-0 in Doha to reach the World Cup semi-final.")
	wantNone(t, evs, "MAR", "PRT", "")
	// Something that happens only "if" has not happened.
	evs = code(t, "en", "2024-05-02", "North Korea threatened to retaliate if it was attacked by South Korea.")
	wantNone(t, evs, "KOR", "PRK", "19")
	// A pronoun subject after a speech verb is the speaker, in both languages.
	evs = code(t, "en", "2024-05-02", "Turkey said it was ready to expand cooperation with Iraq.")
	want(t, evs, "TUR", "IRQ", "03")
	evs = code(t, "ar", "2024-05-02", "قالت تركيا إنها مستعدة لتوسيع التعاون مع العراق.")
	want(t, evs, "TUR", "IRQ", "03")
	// "it" as a subject is the last state or organisation named.
	evs = code(t, "en", "2024-05-02", "ECOWAS held a summit in Abuja. It later suspended Guinea.")
	want(t, evs, "ECOWAS", "GIN", "16")
	// A parenthesised acronym does not cut the actor from its verb.
	evs = code(t, "ar", "2024-05-02", "نشر حلف شمال الأطلسي (الناتو) سفنا حربية إضافية في بحر البلطيق.")
	want(t, evs, "NATO", "", "15")
	// Arabic agent after a verbal noun: "من قبل".
	evs = code(t, "ar", "2024-05-02", "تم الإفراج عن مواطنين فرنسيين اثنين من قبل السلطات الإيرانية.")
	want(t, evs, "IRN", "FRA", "08")
	// A sea is no state: no Yemen -> Yemen attack.
	evs = code(t, "en", "2024-05-02", "Yemen's Houthis fired a missile at a tanker in the Red Sea.")
	wantNone(t, evs, "YEM", "YEM", "")
	want(t, evs, "YEM", "", "19")
	// "the Russian-led CSTO": the target is the organisation.
	evs = code(t, "en", "2024-02-23", "Armenia has frozen its participation in the Russian-led CSTO.")
	want(t, evs, "ARM", "CSTO", "16")
	wantNone(t, evs, "ARM", "RUS", "")
	// A court "at" which a case is filed is the venue, not the accuser.
	evs = code(t, "ar", "2023-12-29", "رفعت جنوب أفريقيا دعوى أمام محكمة العدل الدولية تتهم فيها إسرائيل بارتكاب إبادة جماعية.")
	wantNone(t, evs, "ICJ", "ISR", "")
	// Amounts and days are not gaps; "approved" takes the loan as object.
	evs = code(t, "en", "2023-03-20", "The IMF on Monday approved a $3 billion loan for Sri Lanka.")
	want(t, evs, "IMF", "LKA", "07")
	// "ما لا يقل عن" is "at least", not a verb of saying.
	evs = code(t, "ar", "2024-05-02", "قتل مسلحو بوكو حرام ما لا يقل عن 80 قرويا في ولاية بورنو.")
	want(t, evs, "NGA", "NGA", "18")
	// Strikes of workers are protest (14), not force.
	evs = code(t, "en", "2024-05-02", "Kenyan teachers went on strike against the government.")
	want(t, evs, "KEN", "KEN", "14")
	wantNone(t, evs, "KEN", "KEN", "19")
	// التقى is a verb, not ال + noun.
	evs = code(t, "ar", "2024-05-02", "الأمين العام لجامعة الدول العربية أحمد أبو الغيط التقى رئيس الوزراء اللبناني في بيروت.")
	want(t, evs, "ARL", "LBN", "04")
	// A place after "to"/"إلى" is the destination state of aid; a place
	// named in the sentence counts once for the country in focus.
	evs = code(t, "ar", "2024-05-02", "قالت مصر إن الحكومة سترسل مساعدات إلى غزة.")
	want(t, evs, "EGY", "PSE", "07")
	// A verb after a comma is not the second half of a compound actor.
	evs = code(t, "ar", "2024-11-27", "رحبت وزارة الخارجية المصرية باتفاق وقف إطلاق النار بين إسرائيل وحزب الله، ودعت إلى تنفيذه.")
	want(t, evs, "EGY", "LBN", "05")
	wantNone(t, evs, "LBN", "", "02")
	// "is ready to" is an adjective, not a passive; "the warring parties in
	// Myanmar" are Myanmar's.
	evs = code(t, "en", "2024-05-02", "China is ready to host talks between the warring parties in Myanmar.")
	want(t, evs, "CHN", "MMR", "03")
	// Crowds fighting the police at home are unrest (145), not war (19).
	evs = code(t, "en", "2024-05-02", "Protesters and police clashed in Nairobi.")
	want(t, evs, "KEN", "KEN", "145")
	wantNone(t, evs, "KEN", "KEN", "19")
	// Arabic pro-drop: the subject of the previous sentence.
	evs = code(t, "ar", "2024-05-02", "عقدت إيكواس قمة في أبوجا يوم الأحد. وعلقت لاحقا عضوية غينيا.")
	want(t, evs, "ECOWAS", "GIN", "16")
	// "the bloc", "الحلف": the last organisation named.
	evs = code(t, "en", "2024-05-02", "ECOWAS leaders met in Abuja. The bloc imposed sanctions on Niger.")
	want(t, evs, "ECOWAS", "NER", "16")
	evs = code(t, "ar", "2024-05-02", "اجتمع قادة حلف شمال الأطلسي في بروكسل. ووضع الحلف قواته في حالة تأهب.")
	want(t, evs, "NATO", "", "15")
	// Acronyms match only in capitals.
	evs = code(t, "en", "2024-05-02", "Nigerian protesters who marched in Lagos told us they would not stop.")
	for _, e := range evs {
		for _, k := range []string{e.Source.Key(), e.Target.Key()} {
			if k == "WHO" || k == "USA" {
				t.Fatalf("lower-case word read as an acronym: %s", describe(evs))
			}
		}
	}
}

// TestNewsSweepRules covers the engine rules of coder 0.3.0; each case
// fails without its rule.
func TestNewsSweepRules(t *testing.T) {
	// A participle clause after a comma takes the main clause's subject,
	// in both languages.
	evs := code(t, "en", "2024-04-02", "Iran condemned the strike, accusing Israel of violating its sovereignty.")
	want(t, evs, "IRN", "ISR", "112")
	evs = code(t, "ar", "2024-04-02", "أدانت إيران الضربة، متهمة إسرائيل بانتهاك سيادتها.")
	want(t, evs, "IRN", "ISR", "112")
	// ... but a killing after an attack by the same actor is its outcome.
	evs = code(t, "en", "2024-11-28", "Rebels attacked an army base in northern Mali, killing ten soldiers.")
	want(t, evs, "MLI", "MLI", "19")
	wantNone(t, evs, "MLI", "MLI", "18")
	// ... and a bare role read through the focus is not the subject's own
	// when the sentence happens in another state.
	evs = code(t, "en", "2024-05-02", "Russia pounded Kharkiv with missiles, killing four civilians.")
	wantNone(t, evs, "RUS", "RUS", "")
	// An Arabic dual verb after a comma: the two actors named before it.
	evs = code(t, "ar", "2023-06-05", "استقبل أمير قطر الرئيس التركي، ووقعا اتفاقيات للتعاون.")
	want(t, evs, "QAT", "TUR", "057")
	// "out of" a place names the state left.
	evs = code(t, "en", "2022-11-11", "Russia pulled its forces out of Kherson.")
	want(t, evs, "RUS", "UKR", "08")
	// "برصاص X": the agent of a killing written like the active.
	evs = code(t, "ar", "2024-09-10", "قتل ثلاثة فلسطينيين برصاص القوات الإسرائيلية في جنين.")
	want(t, evs, "ISR", "PSE", "18")
	wantNone(t, evs, "PSE", "ISR", "")
	// "طائرة مسيرة" is a drone, not a protest march.
	evs = code(t, "ar", "2024-07-09", "أعلنت وزارة الدفاع الروسية إسقاط 30 طائرة مسيرة أوكرانية.")
	want(t, evs, "RUS", "UKR", "19")
	wantNone(t, evs, "UKR", "UKR", "14")
	// Brussels is a place, not the EU: NATO sits there too.
	evs = code(t, "en", "2024-02-15", "Brussels imposed sanctions on Iran.")
	wantNone(t, evs, "EU", "IRN", "")
}

// TestPairsOfActors: a hyphenated pair and a "between" pair followed by a
// verb are one compound actor.
func TestPairsOfActors(t *testing.T) {
	evs := code(t, "en", "2025-05-10", "US-China talks resumed in Geneva on Saturday.")
	want(t, evs, "USA", "CHN", "04")
	evs = code(t, "en", "2025-04-12", "Talks between Iran and the United States ended without agreement.")
	want(t, evs, "IRN", "USA", "04")
}

// TestCoverage031 pins the rules added in 0.3.1: weapons as subjects, the
// victim of a condemned attack, nationality on the instrument of a passive
// killing, police against protesters, and البحرية as an adjective.
func TestCoverage031(t *testing.T) {
	evs := code(t, "en", "2025-03-10", "Russian missiles hit Kyiv overnight.")
	want(t, evs, "RUS", "UKR", "19")
	evs = code(t, "ar", "2025-03-10", "صواريخ روسية استهدفت كييف ليلا.")
	want(t, evs, "RUS", "UKR", "19")
	// The condemnation's target is the attacker; the victim is none.
	for _, c := range []struct{ lang, text string }{
		{"en", "France condemned the attack on Ukraine."},
		{"ar", "أدانت فرنسا الهجوم على أوكرانيا."},
	} {
		evs = code(t, c.lang, "2025-03-12", c.text)
		wantNone(t, evs, "FRA", "UKR", "")
	}
	evs = code(t, "ar", "2025-03-12", "أدانت مصر الهجوم الإسرائيلي على غزة.")
	want(t, evs, "EGY", "ISR", "111")
	// "بقصف روسي" after an unvocalised passive is its agent.
	evs = code(t, "ar", "2025-03-13", "قتل جندي أوكراني بقصف روسي.")
	want(t, evs, "RUS", "UKR", "18")
	wantNone(t, evs, "UKR", "RUS", "")
	// A bare victim role is of the state where the force landed.
	evs = code(t, "en", "2025-03-13", "Two civilians were killed by Russian shelling in Kharkiv.")
	want(t, evs, "RUS", "UKR", "18")
	wantNone(t, evs, "RUS", "RUS", "")
	// Police clashing with their own protesters is a riot (145), the crowd's.
	for _, c := range []struct{ lang, text string }{
		{"en", "Egyptian police clashed with protesters in Cairo."},
		{"ar", "اشتبكت الشرطة المصرية مع متظاهرين في القاهرة."},
	} {
		evs = code(t, c.lang, "2025-03-14", c.text)
		want(t, evs, "EGY", "EGY", "145")
		wantNone(t, evs, "EGY", "EGY", "19")
	}
	// Seafood is no navy (a ban on Japanese seafood targets Japan, not its
	// navy); the navy after a verb is.
	evs = code(t, "ar", "2025-03-15", "فرضت الصين حظرا على المأكولات البحرية اليابانية.")
	if e := want(t, evs, "CHN", "JPN", "16"); e.Target.Role == "MIL" {
		t.Errorf("seafood read as the navy: %+v", e.Target)
	}
	evs = code(t, "ar", "2025-03-15", "احتجزت البحرية الإيرانية ناقلة نفط بريطانية.")
	if e := want(t, evs, "IRN", "GBR", "17"); e.Source.Role != "MIL" {
		t.Errorf("navy not read as the navy: %+v", e.Source)
	}
}
