// Package text is the text layer of the event coder: normalisation with
// offsets back into the original, sentence splitting, word tokens with
// Arabic proclitic candidates, stemming and language identification.
//
// # Folding (NormalizeWord, Normalize, Token.Norm)
//
// Matching happens on folded text; output always quotes the original, so
// every folded form keeps a way back (Token offsets, Normalized.Orig).
// Folding is applied per NFKC segment, in this order:
//
//   - NFKC (full-width Latin, ligatures, Arabic presentation forms ﻻ -> لا).
//   - Latin: lower case, with the diacritics removed (Sánchez = sanchez,
//     Erdoğan = erdogan, ß -> ss, ø -> o, ł -> l, ı -> i). Spelling
//     variants stay distinct (Zelenskyy vs Zelenskiy): those are aliases.
//   - Other cased scripts: lower case; Greek final ς -> σ; Russian ё -> е
//     (lossy, but Russian news mostly writes е). Cyrillic й is kept.
//   - Arabic: أ إ آ ٱ -> ا, ى -> ي, ة -> ه, Persian ی -> ي and ک -> ك;
//     tatweel, harakat (U+064B-U+065F) and dagger alef (U+0670) deleted;
//     Arabic-Indic and Persian digits -> ASCII, ٫ -> '.', ٬ -> ','.
//     Lossy on purpose: ة/ه and ى/ي collide (news mixes both styles), and
//     both hamza seats ؤ and ئ fold to ي, because wire copy writes one for
//     the other (الشئون / الشؤون, مسئول / مسؤول); folding ؤ to و as often
//     suggested would keep exactly those pairs apart.
//   - Apostrophes ’ ‘ ʼ ʻ ′ -> '.
//   - Format characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, BOM, bidi controls, soft
//     hyphen, Arabic letter mark) deleted. A run of invalid UTF-8 bytes becomes one U+FFFD.
//
// Folding is idempotent, and NormalizeWord(w) equals the folding of w
// inside Normalize(text), so whole-string and token matching agree.
//
// # Tokens
//
// Words are UAX#29 word segments (github.com/clipperhouse/uax29/v2) that
// contain a letter or digit. UAX#29 keeps inner dots and apostrophes, so
// "U.S." is the token "u.s" both in text and in NormalizePhrase("U.S."):
// we keep the dots rather than fold to "us", which is an English pronoun.
// Numbers stay whole (3.5, 1,000). Arabic proclitics stay attached
// (وبالعاصمة is one token); Token.Bases lists the stripped candidates
// most specific first, so a dictionary lookup that walks Bases finds وزير
// before the bogus زير. The rules are Light10's prefix rules (و only on
// words of 4 letters or more, at least 2 letters left), with لل read both
// as ل+ال (للقوات) and ل+ل (للبنان), and one exception: و/ف before a
// two-letter particle (ولم، فإن، وقد) is stripped, so negation and
// complementisers are visible in Bases[1]. Enclitic pronouns are offered
// separately by ArabicEnclitics, because stripping them is only right for
// verbs and nouns, never for names. English possessives and elided
// articles get a second base too (russia's -> russia, l'armee -> armee).
//
// A Tokenizer reuses its buffers between calls; it matters: on this
// machine allocation, not folding, is most of the cost of Tokens.
//
// # Sentences
//
// A hand-written scanner (see Sentences) rather than UAX#29 sentences:
// UAX#29 ends a sentence after "Mr." or "U.S." before a capital and does
// not know ؛ as a break.
//
// # Stemming and language
//
// Stem uses Snowball and must not be applied to names. DetectLanguage
// decides by script, then by stop-word profiles for Latin script.
//
// All functions take arbitrary input (invalid UTF-8, empty, megabytes)
// without panicking, in linear time.
package text
