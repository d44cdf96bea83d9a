package coder

import (
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/geotrack/geotrack/pkg/coder/dict"
)

// romanceCoder is the embedded dictionaries plus a few French and Spanish
// patterns of the test's own: the engine's handling of the two languages
// (word order, passives, negation, reported speech, day names) is tested
// apart from the dictionaries, which change.
func romanceCoder(t *testing.T) *Coder {
	t.Helper()
	m := fstest.MapFS{}
	if err := fsWalkCopy(dict.FS, m); err != nil {
		t.Fatal(err)
	}
	// The real French and Spanish patterns are left out: the test's own
	// stand in for them.
	delete(m, "verbs/fr.pat")
	delete(m, "verbs/es.pat")
	m["verbs/zz-test.pat"] = &fstest.MapFile{Data: []byte(
		"t.fr.111\tfr\t111\tcondamner {T}\n" +
			"t.fr.190\tfr\t190\tattaquer {T}\n" +
			"t.es.111\tes\t111\tcondenar {T}\n" +
			"t.es.190\tes\t190\tatacar {T}\n" +
			"t.es.073\tes\t073\tenviar ayuda a {T}\n")}
	// Made-up words for a role and a nationality, so the fixture never
	// collides with the real tables.
	m["actors/roles-zztest.tsv"] = &fstest.MapFile{Data: []byte("role\toffice\tphrases\nGOV\tzzchief\tzzchef|zzjefe\n")}
	m["actors/countries-zztest.tsv"] = &fstest.MapFile{Data: []byte("iso3\tkind\tphrases\nRUS\tadj\tzzrusse|zzruso\n")}
	c, err := NewFromFS(m)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestFrenchAndSpanish(t *testing.T) {
	c := romanceCoder(t)
	friday := time.Date(2024, 5, 10, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang, text string
		want       string // source code>target code:CAMEO:negated:date
	}{
		{"fr", "La France a condamné mercredi la Russie pour ses frappes.", "FRA>RUS:111:false:2024-05-08"},
		{"fr", "L'Ukraine a été attaquée par la Russie.", "RUS>UKR:190:false:2024-05-10"},
		{"fr", "La Chine n'a pas condamné la Russie.", "CHN>RUS:111:true:2024-05-10"},
		{"fr", "Le ministre a dit que l'Allemagne condamne l'Iran.", "DEU>IRN:111:false:2024-05-10"},
		{"fr", "Le président est arrivé au Caire et la France condamne l'Iran.", "FRA>IRN:111:false:2024-05-10"},
		{"es", "España no condenó a Rusia el martes.", "ESP>RUS:111:true:2024-05-07"},
		{"es", "Rusia fue atacada por Ucrania.", "UKR>RUS:190:false:2024-05-10"},
		{"es", "Ucrania atacó Rusia ayer.", "UKR>RUS:190:false:2024-05-09"},
		// A role noun takes the nationality after it or the state after de.
		{"fr", "Le zzchef zzrusse a condamné la France.", "RUSGOV>FRA:111:false:2024-05-10"},
		{"fr", "Le zzchef de la Russie a condamné la France.", "RUSGOV>FRA:111:false:2024-05-10"},
		{"es", "El zzjefe zzruso condenó a Francia.", "RUSGOV>FRA:111:false:2024-05-10"},
		// Coreference: "son homologue russe" needs the adjective after it.
		{"fr", "La France condamne son homologue zzrusse.", "FRA>RUSGOV:111:false:2024-05-10"},
		// Two subjects joined by et / y.
		{"fr", "La France et l'Allemagne ont condamné l'Iran.", "DEU>IRN:111:false:2024-05-10"},
		{"es", "Francia y Alemania condenaron a Irán.", "DEU>IRN:111:false:2024-05-10"},
		// Reported speech: the speaker is the subject of a clause whose
		// subject is a pronoun (qu'elle) or dropped (que + verb).
		{"fr", "La Chine a déclaré qu'elle condamne la Russie.", "CHN>RUS:111:false:2024-05-10"},
		{"es", "China anunció que condenará a Rusia.", "CHN>RUS:111:false:2024-05-10"},
		// A pattern ending in "a" takes a city for its state in aid.
		{"es", "España envió ayuda a Mosul.", "ESP>IRQ:073:false:2024-05-10"},
		// A gerund after a comma takes the main clause's subject.
		{"es", "Francia expulsó a diplomáticos, condenando a Rusia.", "FRAGOV>RUS:111:false:2024-05-10"},
		{"fr", "La France a expulsé des diplomates, condamnant la Russie.", "FRAGOV>RUS:111:false:2024-05-10"},
		// "Un" inside a name is no article: the verb after it is a verb.
		{"es", "Kim Jong Un condenó a Francia.", "PRKGOV>FRA:111:false:2024-05-10"},
		// Detected, not declared.
		{"", "Le gouvernement allemand et la France condamnent fermement l'Iran.", "FRA>IRN:111:false:2024-05-10"},
	} {
		evs, err := c.Code(Document{ID: "t", Text: tc.text, Lang: tc.lang, Published: friday})
		if err != nil {
			t.Fatalf("%s: %v", tc.text, err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.CAMEO+":"+map[bool]string{true: "true", false: "false"}[e.Negated]+":"+e.Date)
			if e.Lang != tc.lang && tc.lang != "" {
				t.Errorf("%s: event language %q, want %q", tc.text, e.Lang, tc.lang)
			}
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%s:\n got %v\nwant %s among them", tc.text, got, tc.want)
		}
	}
}

func TestRomanceForms(t *testing.T) {
	for _, tc := range []struct {
		forms func(string) []string
		lemma string
		want  []string
	}{
		{frenchForms, "condamner", []string{"condamne", "condamnent", "condamnee", "condamnera", "condamnait"}},
		{frenchForms, "menacer", []string{"menace", "menacant", "menacait"}},
		{frenchForms, "rejeter", []string{"rejette", "rejettent"}},
		{frenchForms, "sanction", []string{"sanctions"}},
		{spanishForms, "condenar", []string{"condena", "condeno", "condenaron", "condenado", "condenara"}},
		{spanishForms, "atacar", []string{"ataco", "atacaron", "ataque"}},
		{spanishForms, "construir", []string{"construyo", "construyeron"}},
		{spanishForms, "sancion", []string{"sanciones"}},
	} {
		got := tc.forms(tc.lemma)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q missing from %v", tc.lemma, w, got)
			}
		}
	}
}
