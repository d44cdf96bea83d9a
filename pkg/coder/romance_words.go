package coder

import (
	"strings"
	"time"
)

// langWords are the function words the engine reads in French and Spanish
// text, where its English lists would be wrong: French "a" is "has", not
// the article; Spanish "no" is the negation, not a determiner. Words are
// folded as text.Tokens folds them (lower case, no accents).
type langWords struct {
	clause      map[string]bool // open a clause (que, qui; que, quien)
	speech      map[string]bool // verbs of saying, as inflected in text
	free        map[string]bool // days and amounts: never a gap
	negators    map[string]bool
	determiners map[string]bool // before a word, make it a noun
	locative    map[string]bool // the actor after it is a place
	conditional map[string]bool
	passiveAux  map[string]bool // always a passive: été, fue
	beForms     map[string]bool // a passive when an agent (par, por) follows
	agent       map[string]bool // by
	of          map[string]bool // joins a role to its state: président de
	and         map[string]bool // joins two actors
	possessives map[string]bool // sus tropas: the subject's own
	from        map[string]bool // a place after it is the state left (08)
	to          map[string]bool // a place after it is the destination (04, 07, 15)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var romance = map[string]*langWords{
	"fr": {
		clause: set("que", "qu", "qui", "dont", "lorsque", "lorsqu", "quand", "si", "mais", "tandis", "puisque", "bien", "apres", "avant", "alors"),
		speech: set("dit", "disent", "declare", "declarent", "affirme", "affirment", "indique", "indiquent", "annonce", "annoncent",
			"estime", "estiment", "souligne", "soulignent", "ajoute", "ajoutent", "assure", "assurent", "explique", "precise",
			"averti", "avertit", "prevenu", "previent", "rappele", "rappelle", "confirme", "confirment", "insiste"),
		free: set("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "soir", "matin",
			"nuit", "dernier", "derniere", "apres-midi", "plus",
			"million", "millions", "milliard", "milliards", "dollars", "euros", "tonnes", "moins", "environ", "pres", "quelque", "quelques"),
		negators:    set("ne", "n", "pas", "jamais", "aucun", "aucune", "sans", "ni", "refuse", "refusent"),
		determiners: set("le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "aucun", "aucune"),
		locative:    set("en", "au", "aux", "dans", "pres", "depuis"),
		conditional: set("si", "sinon"),
		passiveAux:  set("ete", "fut", "furent"),
		beForms:     set("est", "sont", "etait", "etaient", "sera", "seront"),
		agent:       set("par"),
		of:          set("de", "du", "des"),
		and:         set("et"),
		possessives: set("son", "sa", "ses", "leur", "leurs"),
		from:        set("de", "du", "des", "d'", "depuis"),
		to:          set("a", "au", "aux", "vers", "en"),
	},
	"es": {
		clause: set("que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya", "donde", "cuando", "si", "pero", "aunque", "mientras", "porque", "tras", "antes", "despues"),
		speech: set("dijo", "dice", "dicen", "dijeron", "declaro", "declara", "afirmo", "afirma", "afirmaron", "indico", "indica",
			"anuncio", "anuncia", "senalo", "senala", "aseguro", "asegura", "agrego", "anadio", "explico", "advirtio", "advierte",
			"subrayo", "destaco", "insistio", "confirmo", "sostuvo", "manifesto"),
		free: set("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "ayer", "hoy", "anoche",
			"madrugada", "noche", "tarde", "manana", "pasado", "mas",
			"millon", "millones", "mil", "dolares", "euros", "toneladas", "menos", "unos", "unas", "cerca", "casi"),
		negators:    set("no", "nunca", "jamas", "ni", "tampoco", "sin", "nego", "negaron"),
		determiners: set("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "estas", "ese", "esa", "del", "al", "ningun", "ninguna"),
		locative:    set("en", "cerca", "desde"),
		conditional: set("si"),
		passiveAux:  set("fue", "fueron", "sido", "siendo"),
		beForms:     set("es", "son", "era", "eran", "sera", "seran", "esta", "estan"),
		agent:       set("por"),
		of:          set("de", "del"),
		and:         set("y", "e"),
		possessives: set("su", "sus"),
		from:        set("de", "del", "desde"),
		to:          set("a", "al", "hacia", "en"),
	},
}

// original is token k as written (before folding).
func (s *sentence) original(k int) string { return s.doc[s.toks[k].Start:s.toks[k].End] }

// lw is the sentence's French or Spanish word lists, nil for English.
func (s *sentence) lw() *langWords { return s.words }

// romanceDates are the day and month names of French and Spanish, added to
// the date tables at start (dates.go). French "mars" (March) is left out:
// in English text it is the planet.
var romanceWeekdays = map[string]int{
	"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
	"domingo": 0, "lunes": 1, "martes": 2, "miercoles": 3, "jueves": 4, "viernes": 5, "sabado": 6,
}

var romanceRelativeDays = map[string]int{"hier": -1, "aujourd'hui": 0, "ayer": -1, "hoy": 0, "anoche": -1}

var romanceMonths = map[string]int{
	"janvier": 1, "fevrier": 2, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8, "septembre": 9,
	"octobre": 10, "novembre": 11, "decembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

// romanceNegated reports a French or Spanish negation within the three
// tokens before head (n'a pas condamné, no condenó).
func romanceNegated(s *sentence, head int) bool {
	w := s.lw()
	if w == nil {
		return false
	}
	if s.latin == "fr" && strings.HasPrefix(s.toks[head].Norm, "n'") {
		return true // "n'enverra pas": the verb carries the ne
	}
	for k := head - 1; k >= 0 && k >= head-3; k-- {
		if s.clause[k] || s.punct[k+1] == punctStrong {
			return false
		}
		n := s.toks[k].Norm
		if w.negators[n] || s.latin == "fr" && strings.HasPrefix(n, "n'") {
			return true
		}
	}
	return false
}

// romancePassive: "X a été attaqué (par Y)", "X fue atacado (por Y)"; with
// est/sont, es/son only when the agent follows ("est visé par"), since
// French also builds the active past of motion verbs with être (il est
// arrivé).
func romancePassive(s *sentence, head int) bool {
	w := s.lw()
	if w == nil {
		return false
	}
	for k := head - 1; k >= 0 && k >= head-3; k-- {
		n := s.toks[k].Norm
		if w.passiveAux[n] {
			return true
		}
		if w.beForms[n] {
			for j := head + 1; j < len(s.toks) && j <= head+4; j++ {
				if s.punct[j] != punctNone || s.clause[j] {
					break
				}
				if w.agent[s.toks[j].Norm] {
					return true
				}
			}
			return false
		}
		if !(strings.HasSuffix(n, "ment") || w.negators[n]) {
			return false
		}
	}
	return false
}

func init() {
	for w, d := range romanceWeekdays {
		weekdays[w] = time.Weekday(d)
	}
	for w, d := range romanceRelativeDays {
		relativeDays[w] = d
	}
	for w, m := range romanceMonths {
		months[w] = time.Month(m)
	}
}

// romancePlaceSlot: a French or Spanish pattern ending in a locative word
// (en, dans), "de" for a withdrawal (08) or "à"/"a" for a visit, aid or
// deployment (04, 07, 15) lets its final slot take a place for its state,
// as "in", "from" and "to" do in English: "cerró su embajada en Caracas",
// "envió ayuda a Gaza".
func (s *sentence) romancePlaceSlot(lastLit, root string) bool {
	w := s.lw()
	if w == nil {
		return false
	}
	// Recalling an ambassador "à Paris", "a Madrid" (16) names the state
	// by its capital too.
	return w.locative[lastLit] || w.from[lastLit] && root == "08" || w.to[lastLit] && (toRoots[root] || root == "16")
}

// isA reports whether token k is French "à" (written with its accent):
// folding makes it "a", the auxiliary of "a condamné".
func (s *sentence) isA(k int) bool {
	o := s.doc[s.toks[k].Start:s.toks[k].End]
	return o == "à" || o == "À"
}

func init() {
	// Light verbs of French and Spanish news (see lightVerbs): "la UE
	// aprobó un paquete de sanciones contra Rusia", "Israël a lancé des
	// frappes".
	for _, w := range []string{
		"annonce", "annoncent", "annoncait", "approuve", "approuvent", "lance", "lancent", "ordonne", "ordonnent",
		"signe", "signent", "revendique", "revendiquent", "entame", "entament", "commence", "mene", "menent", "effectue", "effectuent",
		"procede", "emis", "emet", "envoye", "envoie", "envoient", "livre", "livrent", "adopte", "adoptent",
		"anuncio", "anuncia", "anunciaron", "anuncian", "aprobo", "aprueba", "aprobaron", "lanzo", "lanza", "lanzaron",
		"ordeno", "ordena", "ordenaron", "firmo", "firma", "firmaron", "inicio", "inicia", "iniciaron", "comenzo",
		"realizo", "realiza", "realizaron", "llevo", "emitio", "envio", "envia", "enviaron", "entrego", "adopto", "decidio",
	} {
		lightVerbs[w] = true
	}
}
