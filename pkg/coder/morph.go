package coder

import "strings"

// Inflection is generated at New() so that matching a sentence is one map
// lookup per token candidate: no stemming, no regular expressions on the hot
// path. Over-generation (a form that is not a real word) is harmless: it only
// makes a key no text will ever contain.

// englishForms returns the inflected forms of an English verb or noun lemma:
// -s/-es/-ies, -ed/-d/-ied, -ing, with and without consonant doubling.
func englishForms(w string) []string {
	out := []string{w}
	out = append(out, irregular[w]...)
	if len(w) < 3 || strings.ContainsAny(w, " '") {
		return out
	}
	last := w[len(w)-1]
	prev := w[len(w)-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'e':
		out = append(out, w+"s", w+"d", w[:len(w)-1]+"ing")
	case last == 'y' && !vowel(prev):
		out = append(out, w[:len(w)-1]+"ies", w[:len(w)-1]+"ied", w+"ing")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "z"):
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"s", w+"ed", w+"ing")
		if !vowel(last) && vowel(prev) && last != 'w' && last != 'y' {
			// stop -> stopped; also harmless for visit -> visitted.
			out = append(out, w+string(last)+"ed", w+string(last)+"ing")
		}
	}
	return out
}

// Arabic affixes. Proclitics (و ف ب ل ك, and ال handled by text.Tokens'
// Bases) are stripped from the text side; the suffixes are generated here.
var (
	arObjClitics  = []string{"", "ه", "ها", "هم", "هما", "كم", "نا", "ك", "ني", "هن"}
	arPerfSuffix  = []string{"", "ت", "وا", "و", "ا", "تا", "ن", "نا", "تم"}
	arImpfPrefix  = []string{"ي", "ت", "ن"} // no first person singular: أضرب "I strike" would read as أضرب "went on strike"
	arImpfSuffix  = []string{"", "ون", "ان", "وا", "و", "ين", "ن"}
	arNounClitics = []string{"", "ه", "ها", "هم", "هما", "كم", "نا", "ي"}
)

// arabicVerbForms returns the paradigm of a verb given its normalised
// third-person masculine singular perfect and imperfect ("اتهم", "يتهم"):
// perfect and imperfect persons, the future prefix س, and object pronouns.
func arabicVerbForms(perf, impf string) []string {
	var out []string
	for _, s := range arPerfSuffix {
		for _, c := range arObjClitics {
			if s == "وا" && c != "" {
				continue // the alif of -وا drops before a pronoun: اتهموه
			}
			out = append(out, perf+s+c)
		}
	}
	// Defective verbs drop their last letter before -ت and -وا:
	// دعا -> دعت، دعوا؛ استدعى -> استدعت؛ ألقى -> ألقت.
	if strings.HasSuffix(perf, "ا") || strings.HasSuffix(perf, "ي") {
		stem := perf[:len(perf)-len("ا")]
		for _, s := range []string{"ت", "وا", "و", "تا"} {
			for _, c := range arObjClitics {
				out = append(out, stem+s+c)
			}
		}
	}
	if impf != "" {
		stem := impf
		if strings.HasPrefix(stem, "ي") {
			stem = strings.TrimPrefix(stem, "ي")
		}
		for _, p := range arImpfPrefix {
			for _, s := range arImpfSuffix {
				for _, c := range arObjClitics {
					if s == "وا" && c != "" {
						continue
					}
					f := p + stem + s + c
					out = append(out, f)
					if c == "" {
						out = append(out, "س"+f) // future: سيدعو
					}
				}
			}
		}
		// Hollow verbs lose their long vowel in the jussive: لم يدن، لم تقم.
		if r := []rune(stem); len(r) >= 3 && strings.ContainsRune("يوا", r[len(r)-2]) {
			short := string(r[:len(r)-2]) + string(r[len(r)-1])
			for _, p := range arImpfPrefix {
				out = append(out, p+short)
			}
		}
		// Defective imperfects: يدعو -> يدعون، يلقي -> يلقون، لم يدع.
		if strings.HasSuffix(stem, "و") || strings.HasSuffix(stem, "ي") || strings.HasSuffix(stem, "ا") {
			short := stem[:len(stem)-len("و")]
			for _, p := range arImpfPrefix {
				for _, s := range []string{"", "ون", "وا", "ين", "ان"} {
					out = append(out, p+short+s, "س"+p+short+s)
				}
			}
		}
	}
	return out
}

// arabicNounForms returns the forms of a normalised Arabic noun or verbal
// noun: with and without the article, the accusative alif (اتفاقا), the
// feminine plural and construct forms of a final ه (= ة), and possessive
// pronouns (تعازيه).
func arabicNounForms(n string) []string {
	var out []string
	if strings.HasPrefix(n, "ال") && len([]rune(n)) >= 5 {
		// A pattern word written with the article ("الانسحاب من") also
		// matches the bare and possessive forms ("انسحابها الفوري من").
		// Over-generation ("الغاء" -> "غاء") only adds keys no text has.
		out = append(out, arabicNounForms(strings.TrimPrefix(n, "ال"))...)
	}
	add := func(f string) { out = append(out, f, "ال"+f) }
	for _, c := range arNounClitics {
		add(n + c)
	}
	add(n + "ا")
	if strings.HasSuffix(n, "ه") && len([]rune(n)) > 2 {
		stem := strings.TrimSuffix(n, "ه")
		add(stem + "ات")
		for _, c := range arNounClitics[1:] {
			add(stem + "ت" + c)
			add(stem + "ات" + c)
		}
	}
	if strings.HasSuffix(n, "ي") {
		// nisba adjectives: هاتفي -> هاتفيا, هاتفيه (ية)
		add(n + "ه")
		add(n + "ين")
		add(n + "ون")
	}
	return out
}

// irregular lists the past forms of irregular English verbs, so a pattern
// written with the lemma ("send") also matches "sent".
var irregular = map[string][]string{
	"arise": {"arose", "arisen"}, "beat": {"beaten"}, "begin": {"began", "begun"},
	"break": {"broke", "broken"}, "bring": {"brought"}, "build": {"built"},
	"buy": {"bought"}, "catch": {"caught"}, "choose": {"chose", "chosen"},
	"come": {"came"}, "deal": {"dealt"}, "drive": {"drove", "driven"},
	"fight": {"fought"}, "find": {"found"}, "fly": {"flew", "flown"},
	"forbid": {"forbade", "forbidden"}, "forgive": {"forgave", "forgiven"},
	"freeze": {"froze", "frozen"}, "give": {"gave", "given"}, "go": {"went", "gone"},
	"hold": {"held"}, "keep": {"kept"}, "lay": {"laid"}, "lead": {"led"},
	"leave": {"left"}, "lend": {"lent"}, "lose": {"lost"}, "make": {"made"},
	"meet": {"met"}, "overthrow": {"overthrew", "overthrown"}, "pay": {"paid"},
	"rise": {"rose", "risen"}, "run": {"ran"}, "say": {"said"}, "seek": {"sought"},
	"sell": {"sold"}, "send": {"sent"}, "shake": {"shook", "shaken"},
	"shoot": {"shot"}, "speak": {"spoke", "spoken"}, "spend": {"spent"},
	"stand": {"stood"}, "steal": {"stole", "stolen"}, "strike": {"struck", "stricken"},
	"swear": {"swore", "sworn"}, "take": {"took", "taken"}, "teach": {"taught"},
	"tell": {"told"}, "think": {"thought"}, "throw": {"threw", "thrown"},
	"undertake": {"undertook", "undertaken"}, "understand": {"understood"},
	"win": {"won"}, "withdraw": {"withdrew", "withdrawn"}, "write": {"wrote", "written"},
	"shut": {"shut"}, "put": {"put"}, "cut": {"cut"}, "set": {"set"}, "hit": {"hit"},
	"bid": {"bid"}, "quit": {"quit"}, "spread": {"spread"}, "upset": {"upset"},
	"outlaw": nil, "sit": {"sat"}, "sink": {"sank", "sunk"}, "slay": {"slew", "slain"},
	"forgo": {"forwent", "forgone"}, "foresee": {"foresaw", "foreseen"},
	"see": {"saw", "seen"}, "hide": {"hid", "hidden"}, "bear": {"bore", "borne"},
	"blow": {"blew", "blown"}, "draw": {"drew", "drawn"}, "grow": {"grew", "grown"},
	"know": {"knew", "known"}, "ride": {"rode", "ridden"}, "wake": {"woke", "woken"},
	"bind": {"bound"}, "feed": {"fed"}, "flee": {"fled"}, "hang": {"hung", "hanged"},
	"mislead": {"misled"}, "oversee": {"oversaw", "overseen"}, "overtake": {"overtook", "overtaken"},
	"uphold": {"upheld"}, "withhold": {"withheld"}, "split": {"split"}, "shed": {"shed"},
	"tear": {"tore", "torn"}, "wear": {"wore", "worn"}, "wage": nil,
}
