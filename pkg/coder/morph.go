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
	arImpfPrefix  = []string{"ي", "ت", "ن", "ا"}
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
