package text

import (
	"strings"
	"testing"
)

func TestDetectLanguage(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "The president said on Monday that the government would not accept the proposal, and officials added that talks with Russia were over."},
		{"fr", "Le président de la République a annoncé lundi que le gouvernement ne céderait pas."},
		{"es", "El presidente del Gobierno dijo que las sanciones contra Rusia se mantendrán por ahora."},
		{"de", "Der Bundeskanzler sagte am Montag, dass die Regierung die Sanktionen nicht aufheben wird."},
		{"pt", "O presidente disse que o governo não vai aceitar a proposta da oposição."},
		{"it", "Il presidente del Consiglio ha detto che il governo non accetterà la proposta."},
		{"tr", "Cumhurbaşkanı Erdoğan, hükümetin bu teklifi kabul etmeyeceğini söyledi ve daha sonra açıklama yaptı."},
		{"id", "Presiden mengatakan bahwa pemerintah tidak akan menerima usulan itu dan akan terus berunding."},
		{"nl", "De minister zei dat het kabinet het voorstel niet zal steunen en dat er geen akkoord is."},
		{"pl", "Prezydent powiedział, że rząd nie przyjmie tej propozycji i że rozmowy są zakończone."},
		{"ar", "قال وزير الخارجية إن الحكومة لن تقبل الاقتراح"},
		{"fa", "این کشور در سال گذشته با مشکلات اقتصادی روبرو شد و دولت گفت که"},
		{"ur", "پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت یہ تجویز قبول نہیں کرے گی"},
		{"ru", "Президент заявил, что правительство не примет это предложение."},
		{"uk", "Україна і Польща підписали угоду про співпрацю в галузі енергетики."},
		{"zh", "中国外交部发言人表示支持哈萨克斯坦。"},
		{"ja", "日本の首相は会談で支持を表明した。"},
		{"he", "ראש הממשלה אמר כי"},
		{"el", "Ο πρωθυπουργός είπε ότι"},
		{"ko", "대통령은 말했다"},
		// mixed: the majority of letters decides
		{"ar", "قال المتحدث باسم وزارة الخارجية الروسية إن موسكو (Moscow) لن تقبل"},
		{"en", "The spokesman, quoted by the agency as saying «لا», said the talks would continue."},
	}
	for _, c := range cases {
		got, conf := DetectLanguage(c.text)
		if got != c.lang || conf <= 0 || conf > 1 {
			t.Errorf("DetectLanguage(%.40q) = %q %.2f, want %q", c.text, got, conf, c.lang)
		}
	}
	for _, s := range []string{"", "12345 !!! ---", "٢٠٢٤", "Biden visits Kazakhstan", "\xff\xfe"} {
		if got, conf := DetectLanguage(s); got != "" || conf != 0 {
			t.Errorf("DetectLanguage(%q) = %q %.2f, want \"\" 0", s, got, conf)
		}
	}
	// Longer text is more confident than a fragment.
	_, short := DetectLanguage("la guerre de")
	_, long := DetectLanguage("Le président de la République a annoncé lundi que le gouvernement ne céderait pas sur la réforme des retraites.")
	if !(long > short) {
		t.Errorf("confidence long %.2f <= short %.2f", long, short)
	}
}

func TestDetectLanguageBounded(t *testing.T) {
	// Only the beginning counts: 4096 letters of Arabic then English.
	s := strings.Repeat("قال الوزير ", 1000) + strings.Repeat("the minister said that ", 100000)
	if got, _ := DetectLanguage(s); got != "ar" {
		t.Errorf("got %q, want ar from the first letters", got)
	}
}
