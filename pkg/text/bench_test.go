package text

import (
	"strings"
	"testing"
	"time"

	"github.com/clipperhouse/uax29/v2/sentences"
	"github.com/clipperhouse/uax29/v2/words"
)

// newsSentences: English and Arabic news sentences of about 25 words.
var newsSentences = []string{
	"Russian President Vladimir Putin said on Monday that Moscow would send more troops to Kazakhstan at the request of the CSTO, officials in Nur-Sultan said.",
	"The U.S. State Department condemned the strikes on Tuesday and called on both sides to return to talks in Geneva under the auspices of the U.N.",
	"China's foreign ministry spokesman Wang Wenbin told reporters in Beijing that China supports the deployment and opposes any outside interference in Kazakhstan's affairs.",
	"Iran's Supreme Leader Ali Khamenei accused Washington of plotting against the Islamic Republic, according to a statement published by his office on Wednesday.",
	"Turkish President Recep Tayyip Erdoğan met his Azerbaijani counterpart Ilham Aliyev in Ankara and signed 3 agreements worth $1.5 billion, state media reported.",
	"قال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن موسكو سترسل مزيدا من القوات إلى كازاخستان بناء على طلب منظمة معاهدة الأمن الجماعي.",
	"أدانت وزارة الخارجية الأمريكية الضربات يوم الثلاثاء ودعت الطرفين إلى العودة إلى المحادثات في جنيف تحت رعاية الأمم المتحدة وبالتنسيق مع الاتحاد الأوروبي.",
	"وأكد المتحدث باسم الخارجية الصينية وانغ ون بين أن الصين تدعم نشر القوات وترفض أي تدخل خارجي في الشؤون الداخلية لكازاخستان.",
	"اتهم المرشد الأعلى الإيراني علي خامنئي واشنطن بالتآمر على الجمهورية الإسلامية، وفقا لبيان نشره مكتبه يوم الأربعاء في العاصمة طهران.",
	"والتقى الرئيس التركي رجب طيب أردوغان نظيره الأذربيجاني إلهام علييف في أنقرة ووقعا ٣ اتفاقيات بقيمة ١٫٥ مليار دولار، بحسب وسائل الإعلام الرسمية.",
}

// BenchmarkTokens reports ns per sentence for Tokens (normalisation and
// Arabic bases included), the same for a bare UAX#29 word iteration over
// the same sentences (the ceiling: what segmentation alone costs, measured
// in the same run), their ratio, and the ratio to the 5 µs/sentence budget.
func BenchmarkTokens(b *testing.B) {
	benchTokens(b, Tokens)
}

// BenchmarkTokenizer is BenchmarkTokens with a reused Tokenizer.
func BenchmarkTokenizer(b *testing.B) {
	var z Tokenizer
	benchTokens(b, z.Tokens)
}

func benchTokens(b *testing.B, tokens func(string, Span) []Token) {
	n := len(newsSentences)
	words0 := 0
	for _, s := range newsSentences {
		words0 += len(tokens(s, Span{0, len(s)}))
	}
	start := time.Now()
	for i := range b.N {
		it := words.FromString(newsSentences[i%n])
		for it.Next() {
		}
	}
	rawNs := float64(time.Since(start).Nanoseconds()) / float64(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		s := newsSentences[i%n]
		tokens(s, Span{0, len(s)})
	}
	b.StopTimer()
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(ns, "ns/sentence")
	b.ReportMetric(ns/(float64(words0)/float64(n)), "ns/word")
	b.ReportMetric(rawNs, "uax29-ns/sentence")
	b.ReportMetric(ns/rawNs, "x-uax29")
	b.ReportMetric(ns/5000, "x-budget")
}

// BenchmarkNormalize: whole-text normalisation with offset map of an
// article made of the news sentences.
func BenchmarkNormalize(b *testing.B) {
	article := strings.Join(newsSentences, " ")
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(article)
	}
}

// BenchmarkSentences splits an article of the news sentences separated
// by paragraphs, against bare UAX#29 sentence iteration as the ceiling.
func BenchmarkSentences(b *testing.B) {
	article := strings.Join(newsSentences, " ") + "\n\n" + strings.Join(newsSentences, "\n")
	start := time.Now()
	for range b.N {
		it := sentences.FromString(article)
		for it.Next() {
		}
	}
	rawNs := float64(time.Since(start).Nanoseconds()) / float64(b.N)
	b.SetBytes(int64(len(article)))
	b.ReportAllocs()
	b.ResetTimer()
	count := 0
	for range b.N {
		count = len(Sentences(article))
	}
	b.StopTimer()
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(ns/float64(count), "ns/sentence")
	b.ReportMetric(ns/rawNs, "x-uax29")
}

// BenchmarkDetectLanguage on an English and an Arabic paragraph.
func BenchmarkDetectLanguage(b *testing.B) {
	en := strings.Join(newsSentences[:5], " ")
	ar := strings.Join(newsSentences[5:], " ")
	b.ReportAllocs()
	for b.Loop() {
		DetectLanguage(en)
		DetectLanguage(ar)
	}
}

func BenchmarkStem(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Stem("en", "supporting")
		Stem("ar", "العقوبات")
	}
}
