package text_test

import (
	"fmt"

	"github.com/geotrack/geotrack/pkg/text"
)

func ExampleTokens() {
	s := "وقال وزير الخارجية للقوات بالعاصمة."
	for _, t := range text.Tokens(s, text.Span{Start: 0, End: len(s)}) {
		fmt.Println(s[t.Start:t.End], t.Bases)
	}
	// Output:
	// وقال [وقال قال]
	// وزير [وزير زير]
	// الخارجية [الخارجيه خارجيه]
	// للقوات [للقوات القوات لقوات قوات]
	// بالعاصمة [بالعاصمه العاصمه عاصمه]
}

func ExampleSentences() {
	s := "Mr. Smith met U.S. officials. قال د. محمد إن المحادثات مستمرة؟ نعم"
	for _, sp := range text.Sentences(s) {
		fmt.Println(s[sp.Start:sp.End])
	}
	// Output:
	// Mr. Smith met U.S. officials.
	// قال د. محمد إن المحادثات مستمرة؟
	// نعم
}

func ExampleNormalize() {
	s := "Pedro SÁNCHEZ visited إِيرَان"
	n := text.Normalize(s)
	fmt.Println(n.Text)
	i := len("pedro sanchez visited ")
	fmt.Println(s[n.Orig(i):n.Orig(len(n.Text))])
	// Output:
	// pedro sanchez visited ايران
	// إِيرَان
}

func ExampleNormalizePhrase() {
	fmt.Println(text.NormalizePhrase("the U.S. Department of State"))
	fmt.Println(text.NormalizePhrase("الولايات المتحدة الأمريكية"))
	// Output:
	// [the u.s department of state]
	// [الولايات المتحده الامريكيه]
}
