package coder

import "strings"

// French and Spanish inflection. Pattern words are written as the
// dictionary form: the infinitive of a verb (condamner, soutenir,
// condenar, apoyar), the singular of a noun (sanction, sanción). Text and
// patterns are both folded without accents (condamné -> condamne, condenó
// -> condeno), so the forms here are unaccented. Regular conjugation is
// generated for the tenses news uses in the third person (present,
// passé composé / pretérito perfecto through the participle, passé simple
// and pretérito indefinido, imperfect, future, conditional, gerund);
// irregular verbs list their real forms in the pattern with =form
// (=soutient|=soutenu, =tuvo). Over-generation is harmless: a form that is
// not a word only makes a key no text holds.

// frenchForms returns the forms of a French verb (by its infinitive
// ending) or noun (plural).
func frenchForms(w string) []string {
	out := formList{w}
	if len(w) < 3 || strings.ContainsAny(w, " '") {
		return out
	}
	add := out.add
	switch {
	case strings.HasSuffix(w, "er") && len(w) > 3:
		st := w[:len(w)-2]
		add(st, "e", "es", "ent", "ons", "ez", // present
			"e", "ee", "es", "ees", // participle (accents folded: é -> e)
			"a", "erent", "ait", "aient", // passé simple, imperfect
			"era", "eront", "erait", "eraient", // future, conditional
			"ant")
		// -cer, -ger keep the soft consonant before a and o: menaça,
		// menaçant (folded: menaca), mangea.
		if strings.HasSuffix(st, "c") || strings.HasSuffix(st, "g") {
			soft := st
			if strings.HasSuffix(st, "g") {
				soft = st + "e"
			}
			add(soft, "a", "ait", "aient", "ant", "ons")
		}
		// -eler, -eter double the consonant (appelle, rejette), -e?er
		// takes a grave accent (lève, folded leve: same letters).
		if strings.HasSuffix(st, "el") || strings.HasSuffix(st, "et") {
			dbl := st + st[len(st)-1:]
			add(dbl, "e", "es", "ent", "era", "eront", "erait")
		}
		// -yer: emploie, envoie (envoyer's future enverra is irregular).
		if strings.HasSuffix(st, "y") {
			add(st[:len(st)-1]+"i", "e", "es", "ent", "era", "eront", "erait")
		}
	case strings.HasSuffix(w, "ir") && len(w) > 3:
		st := w[:len(w)-2]
		add(st, "it", "issent", "issons", "i", "ie", "is", "ies", // finir
			"irent", "issait", "issaient", "ira", "iront", "irait", "issant",
			"t", "ent", "ait", "aient", "ant") // partir: part, partent, partait
	case strings.HasSuffix(w, "re") && len(w) > 3:
		st := w[:len(w)-2]
		add(st, "", "s", "ent", "u", "ue", "us", "ues", "it", "irent", "ait", "aient", "ra", "ront", "rait", "ant")
	}
	// Every word may be a noun (pourparlers, prisonniers, militaires are
	// nouns that end like infinitives): plural, and the -al/-eau plurals.
	switch {
	case strings.HasSuffix(w, "al"):
		add(w[:len(w)-2], "aux")
		add(w, "s", "e", "es")
	case strings.HasSuffix(w, "eau"), strings.HasSuffix(w, "eu"):
		add(w, "x")
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"):
	default:
		add(w, "s")
	}
	return out
}

// spanishForms returns the forms of a Spanish verb (by its infinitive
// ending, with an attached se: reunirse -> se reunió is written reunir)
// or noun (plural).
func spanishForms(w string) []string {
	out := formList{w}
	if len(w) < 3 || strings.ContainsAny(w, " '") {
		return out
	}
	add := out.add
	switch {
	case strings.HasSuffix(w, "ar") && len(w) > 3:
		st := w[:len(w)-2]
		add(st, "a", "an", "amos", "o", "aron", // present, preterite (condenó folded condeno)
			"ado", "ada", "ados", "adas", // participle
			"aba", "aban", "ara", "aran", "ase", "asen", // imperfect, subjunctive
			"ara", "aran", "aria", "arian", // future (condenará folded), conditional
			"e", "en", "ando", "arse", "andose", "ado")
		// -car, -gar, -zar change the consonant before e: ataque, pague, alcance.
		switch {
		case strings.HasSuffix(st, "c"):
			add(st[:len(st)-1]+"qu", "e", "en")
		case strings.HasSuffix(st, "g"):
			add(st+"u", "e", "en")
		case strings.HasSuffix(st, "z"):
			add(st[:len(st)-1]+"c", "e", "en")
		}
	case (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")) && len(w) > 3:
		st := w[:len(w)-2]
		v := w[len(w)-2 : len(w)-1]                       // e or i
		add(st, "e", "en", "emos", "imos", "io", "ieron", // present, preterite
			"ido", "ida", "idos", "idas",
			"ia", "ian", "iera", "ieran", "iese", "iesen",
			v+"ra", v+"ran", v+"ria", v+"rian", // future, conditional
			"a", "an", "iendo", v+"rse", "iendose")
		// A vowel before the ending gives -yó, -yeron, -yendo (leer,
		// construir: construyó).
		if n := len(st); n > 0 && strings.IndexByte("aeiou", st[n-1]) >= 0 {
			add(st, "yo", "yeron", "yendo")
		}
		if strings.HasSuffix(st, "u") && v == "i" {
			add(st, "ye", "yen", "yo", "yeron", "yendo")
		}
	default: // a noun or adjective: plural, feminine
		last := w[len(w)-1]
		switch {
		case strings.IndexByte("aeiou", last) >= 0:
			add(w, "s")
			if last == 'o' {
				add(w[:len(w)-1], "a", "as")
			}
		case last == 'z':
			add(w[:len(w)-1], "ces")
		case last == 's':
		default:
			add(w, "es")
		}
	}
	return out
}

// formList collects generated forms.
type formList []string

// add appends stem+end for every end.
func (f *formList) add(stem string, ends ...string) {
	for _, e := range ends {
		*f = append(*f, stem+e)
	}
}
