package dict

import "strings"

// arabicNisba derives the relational adjectives (nisba) of a one-word Arabic
// country name by the rule in the shared Arabic notes: drop the article ال;
// a final يا drops its ا; a final ا or ة drops; a final ي is the nisba
// ending already. Then the singular adjectives ال...ي, ال...ية, ...ي, ...ية
// and the plurals ال...يون, ال...يين, ...يون, ...يين (people, and adjectives
// as well, since a plural noun takes a plural adjective). Names of more than one
// word, and names the rule gets wrong (a final و: الكونغو -> الكونغولي) yield
// nothing: hand entries cover them.
func arabicNisba(name string) (adj, people []string) {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, " -()") {
		return nil, nil
	}
	stem := strings.TrimPrefix(name, "ال")
	switch {
	case strings.HasSuffix(stem, "يا"):
		stem = strings.TrimSuffix(stem, "ا")
		stem = strings.TrimSuffix(stem, "ي")
	case strings.HasSuffix(stem, "ا"), strings.HasSuffix(stem, "ة"), strings.HasSuffix(stem, "ى"):
		stem = stem[:len(stem)-len("ا")]
	case strings.HasSuffix(stem, "ي"):
		stem = strings.TrimSuffix(stem, "ي")
	case strings.HasSuffix(stem, "و"):
		return nil, nil
	}
	if len([]rune(stem)) < 2 {
		return nil, nil
	}
	people = []string{"ال" + stem + "يون", "ال" + stem + "يين", stem + "يون", stem + "يين"}
	adj = []string{"ال" + stem + "ي", "ال" + stem + "ية", stem + "ي", stem + "ية"}
	// The plurals are adjectives too: دبلوماسيين فرنسيين "French diplomats".
	adj = append(adj, people...)
	// Duals: "شركتين روسيتين" (two Russian companies), "جنديان إسرائيليان".
	adj = append(adj, "ال"+stem+"يتين", "ال"+stem+"يتان", stem+"يتين", stem+"يتان", stem+"يان", "ال"+stem+"يان")
	return adj, people
}
