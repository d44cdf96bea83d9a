package coder

import (
	"runtime"
	"testing"
	"time"
)

// benchSentences are news-length sentences in both languages (written for
// the benchmark, not gold).
var benchSentences = []Document{
	{Lang: "en", Text: "Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart in Moscow on Tuesday, the foreign ministry said in a statement."},
	{Lang: "ar", Text: "أدانت وزارة الخارجية المصرية بشدة الغارات الإسرائيلية على مخيم النصيرات وسط قطاع غزة، وطالبت المجتمع الدولي بالتدخل الفوري لوقف التصعيد."},
	{Lang: "en", Text: "The European Union imposed new sanctions on Belarus over the migrant crisis at its border with Poland, officials said on Monday."},
	{Lang: "ar", Text: "قال الرئيس التركي رجب طيب أردوغان إن بلاده مستعدة للتوسط بين روسيا وأوكرانيا من أجل التوصل إلى وقف لإطلاق النار."},
	{Lang: "en", Text: "Thousands of demonstrators marched through the streets of the capital on Friday to protest against rising fuel prices and corruption."},
	{Lang: "ar", Text: "اعتقلت قوات الأمن العراقية عشرات المحتجين في بغداد بعد اشتباكات عنيفة استمرت حتى ساعات الصباح الأولى."},
	{Lang: "en", Text: "Iran's supreme leader warned the United States against any military action, saying Tehran would respond forcefully to an attack."},
	{Lang: "ar", Text: "وقعت المملكة العربية السعودية والإمارات اتفاقية للتعاون الاقتصادي خلال زيارة ولي العهد إلى أبوظبي أمس."},
}

// BenchmarkCode reports sentences/s on mixed English and Arabic news
// sentences, one goroutine.
func BenchmarkCode(b *testing.B) {
	c := newTestCoder(b)
	pub := time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)
	for i := range benchSentences {
		benchSentences[i].Published = pub
		benchSentences[i].ID = "bench"
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		d := benchSentences[i%len(benchSentences)]
		if _, err := c.Code(d); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(n)/b.Elapsed().Seconds()/20000, "x_target_20k")
}

// BenchmarkNew measures building a coder (dictionaries and patterns) and
// reports the heap it holds.
func BenchmarkNew(b *testing.B) {
	var c *Coder
	for i := 0; i < b.N; i++ {
		var err error
		c, err = New()
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap_MiB")
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/0.2, "x_limit_200ms")
	runtime.KeepAlive(c)
}
