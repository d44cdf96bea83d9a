package coder

import (
	"strconv"
	"time"

	"github.com/geotrack/geotrack/pkg/text"
)

// Date words, normalised as text.Tokens normalises them.
var (
	weekdays = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
		"الاحد": time.Sunday, "الاثنين": time.Monday, "الثلاثاء": time.Tuesday, "الاربعاء": time.Wednesday,
		"الخميس": time.Thursday, "الجمعه": time.Friday, "السبت": time.Saturday,
	}
	// relativeDays are offsets from the publication day.
	relativeDays = map[string]int{
		"yesterday": -1, "today": 0, "tonight": 0, "اليوم": 0, "امس": -1, "البارحه": -1, "الليله": 0,
	}
	months = map[string]time.Month{
		"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
		"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
		"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
		"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
		"يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
		"شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
	}
	// Levantine two-word months: كانون الثاني (January) ...
	twoWordMonths = map[[2]string]time.Month{
		{"كانون", "الثاني"}: 1, {"تشرين", "الاول"}: 10, {"تشرين", "الثاني"}: 11, {"كانون", "الاول"}: 12,
	}
)

// monthAt reads a month name at token i and returns it and the number of
// tokens it takes; a doubled Arabic form ("يناير/كانون الثاني") counts as one.
func monthAt(toks []text.Token, i int) (time.Month, int) {
	if i >= len(toks) {
		return 0, 0
	}
	var m time.Month
	n := 0
	if i+1 < len(toks) {
		if x, ok := twoWordMonths[[2]string{toks[i].Norm, toks[i+1].Norm}]; ok {
			m, n = x, 2
		}
	}
	if n == 0 {
		if x, ok := months[toks[i].Norm]; ok {
			m, n = x, 1
		}
	}
	if n == 0 {
		return 0, 0
	}
	// The second name of a doubled month.
	j := i + n
	if j+1 < len(toks) {
		if x, ok := twoWordMonths[[2]string{toks[j].Norm, toks[j+1].Norm}]; ok && x == m {
			return m, n + 2
		}
	}
	if j < len(toks) {
		if x, ok := months[toks[j].Norm]; ok && x == m && toks[j].Norm != toks[i].Norm {
			return m, n + 1
		}
	}
	return m, n
}

func number(t text.Token, lo, hi int) (int, bool) {
	if len(t.Norm) > 4 {
		return 0, false
	}
	v, err := strconv.Atoi(t.Norm)
	if err != nil || v < lo || v > hi {
		return 0, false
	}
	return v, true
}

// resolveDate returns the date a sentence gives for its events, resolved
// against the publication day (zero when the sentence names none or the
// publication day is unknown and the date is relative): explicit dates
// ("10 January 2022", "January 10, 2022", "10 يناير/كانون الثاني 2022"),
// weekdays (the one on or before publication), yesterday/today/أمس/اليوم,
// "last week"/"الأسبوع الماضي".
func resolveDate(toks []text.Token, pub time.Time) time.Time {
	for i := 0; i < len(toks); i++ {
		// day month [year]
		if d, ok := number(toks[i], 1, 31); ok {
			if m, n := monthAt(toks, i+1); n > 0 {
				y := pub.Year()
				if k := i + 1 + n; k < len(toks) {
					if v, ok := number(toks[k], 1900, 2100); ok {
						y = v
					}
				}
				if y > 0 && (y != pub.Year() || !pub.IsZero()) {
					return validDate(y, m, d)
				}
			}
		}
		// month day[,] [year]
		if m, n := monthAt(toks, i); n > 0 && !toks[i].Arabic {
			if k := i + n; k < len(toks) {
				if d, ok := number(toks[k], 1, 31); ok {
					y := pub.Year()
					if k+1 < len(toks) {
						if v, ok := number(toks[k+1], 1900, 2100); ok {
							y = v
						}
					}
					if y > 0 && (y != pub.Year() || !pub.IsZero()) {
						return validDate(y, m, d)
					}
				}
			}
		}
		if pub.IsZero() {
			continue
		}
		norm := toks[i].Norm
		if wd, ok := weekdays[norm]; ok || weekdayBase(toks[i], &wd) {
			back := (int(pub.Weekday()) - int(wd) + 7) % 7
			return pub.AddDate(0, 0, -back)
		}
		if off, ok := relativeDays[norm]; ok {
			return pub.AddDate(0, 0, off)
		}
		if i+1 < len(toks) {
			a, b := norm, toks[i+1].Norm
			if (a == "last" && b == "week") || (a == "الاسبوع" && b == "الماضي") {
				return pub.AddDate(0, 0, -7)
			}
		}
	}
	return time.Time{}
}

// weekdayBase accepts a weekday with the conjunction و attached (والاثنين).
func weekdayBase(t text.Token, wd *time.Weekday) bool {
	if !t.Arabic || len(t.Bases) < 2 {
		return false
	}
	if x, ok := weekdays[t.Bases[1]]; ok && t.Norm == "و"+t.Bases[1] {
		*wd = x
		return true
	}
	return false
}

func validDate(y int, m time.Month, d int) time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{} // 31 February
	}
	return t
}
