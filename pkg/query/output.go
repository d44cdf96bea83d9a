package query

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/geotrack/geotrack/pkg/httpx"
)

// Receipt headers: CSV and JSONL bodies have no place for the receipt, so
// it travels in the response headers (JSON answers carry them too).
const (
	HeaderAsOfSeq       = "X-Geotrack-As-Of-Seq"
	HeaderAsOfTime      = "X-Geotrack-As-Of-Time"
	HeaderCoderVersions = "X-Geotrack-Coder-Versions"
	HeaderQuery         = "X-Geotrack-Query"
	HeaderNextCursor    = "X-Geotrack-Next-Cursor"
)

func setReceipt(w http.ResponseWriter, rc Receipt) {
	h := w.Header()
	h.Set(HeaderAsOfSeq, strconv.FormatUint(rc.AsOf.Seq, 10))
	h.Set(HeaderAsOfTime, rc.AsOf.Time.Format(time.RFC3339Nano))
	h.Set(HeaderCoderVersions, strings.Join(rc.CoderVersions, ","))
	h.Set(HeaderQuery, rc.Query)
}

func startCSV(w http.ResponseWriter, name string) *csv.Writer {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	w.WriteHeader(http.StatusOK)
	return csv.NewWriter(w)
}

func startJSONL(w http.ResponseWriter) *json.Encoder {
	w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func writeTimeline(w http.ResponseWriter, r *http.Request, format string, a *TimelineAnswer) {
	// CSV is wide: one row per period, one column per breakdown key seen
	// anywhere in the range ("by_<key>", the chosen metric), zeros where a
	// period has none of it.
	seen := map[string]struct{}{}
	for _, b := range a.Buckets {
		for k := range b.By {
			seen[k] = struct{}{}
		}
	}
	byKeys := keys(seen)
	head := []string{"start", "end", "events", "mentions", "goldstein"}
	for _, k := range byKeys {
		head = append(head, "by_"+k)
	}
	writeList(w, format, "timeline", a.Receipt, a, head, a.Buckets, func(b *TimelineBucket) []string {
		row := []string{b.Start, b.End, i64(b.Events), i64(b.Mentions), num(b.Goldstein)}
		for _, k := range byKeys {
			row = append(row, num(b.By[k]))
		}
		return row
	})
}

// writeList answers a list in the requested format: JSON (the whole
// answer), JSON lines (one row each) or CSV (head, then record of each
// row); the receipt always travels in the headers.
func writeList[T any](w http.ResponseWriter, format, name string, rc Receipt, answer any, head []string, rows []T, record func(*T) []string) {
	setReceipt(w, rc)
	switch format {
	case "csv":
		cw := startCSV(w, name)
		_ = cw.Write(head)
		for i := range rows {
			_ = cw.Write(record(&rows[i]))
		}
		cw.Flush()
	case "jsonl":
		enc := startJSONL(w)
		for i := range rows {
			_ = enc.Encode(&rows[i])
		}
	default:
		httpx.WriteJSON(w, http.StatusOK, answer)
	}
}

func i64(n int64) string { return strconv.FormatInt(n, 10) }

// EventColumns are the CSV columns of /v1/events, documented in CSV.md.
var EventColumns = []string{
	"GLOBALEVENTID", "SQLDATE",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
	"EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
	"ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
	"SOURCEURL", "actor1_key", "actor2_key", "plover", "negated", "lang", "article_id",
	"sentence", "sentence_index", "sentence_start", "sentence_end",
	"coder_version", "coder_dict", "coder_rule", "story_id", "seq", "logged",
}

func eventRecord(e *EventOut) []string {
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	geo := []string{"", "", "", ""}
	if l := e.Location; l != nil {
		geo = []string{l.Name, l.Country, num(l.Lat), num(l.Lon)}
	}
	return append(append([]string{
		e.ID, strings.ReplaceAll(e.Date, "-", ""),
		e.Source.Code, e.Source.Name, e.Source.Country, e.Source.Org, e.Source.Role,
		e.Target.Code, e.Target.Name, e.Target.Country, e.Target.Org, e.Target.Role,
		e.CAMEO, base, e.Root, strconv.Itoa(e.QuadClass), num(e.Goldstein), strconv.FormatInt(e.StoryMentions, 10),
	}, geo...),
		e.SourceURL, e.Source.Key(), e.Target.Key(), e.PLOVER, strconv.FormatBool(e.Negated), e.Lang, e.ArticleID,
		e.Sentence.Text, strconv.Itoa(e.Sentence.Index), strconv.Itoa(e.Sentence.Start), strconv.Itoa(e.Sentence.End),
		e.Coder.Version, e.Coder.Dict, e.Coder.Rule, e.StoryID, strconv.FormatUint(e.Seq, 10), e.Logged.Format(time.RFC3339Nano),
	)
}

func writeEvents(w http.ResponseWriter, r *http.Request, format string, a *EventsAnswer) {
	if a.Next != "" {
		w.Header().Set(HeaderNextCursor, a.Next)
	}
	writeList(w, format, "events", a.Receipt, a, EventColumns, a.Events, eventRecord)
}

func writeActors(w http.ResponseWriter, r *http.Request, format string, a *ActorsAnswer) {
	head := []string{"key", "name", "events", "mentions", "goldstein", "cooperation", "conflict"}
	writeList(w, format, "actors", a.Receipt, a, head, a.Actors, func(x *ActorOut) []string {
		return []string{x.Key, x.Name, i64(x.Events), i64(x.Mentions), num(x.Goldstein), i64(x.Cooperation), i64(x.Conflict)}
	})
}

func writeDyads(w http.ResponseWriter, r *http.Request, format string, a *DyadsAnswer) {
	head := []string{"actor", "partner", "name", "events", "mentions", "goldstein", "cooperation", "conflict",
		"out_events", "out_cooperation", "out_conflict", "in_events", "in_cooperation", "in_conflict"}
	writeList(w, format, "dyads", a.Receipt, a, head, a.Partners, func(x *PartnerOut) []string {
		return []string{a.Actor, x.Partner, x.Name, i64(x.Events), i64(x.Mentions), num(x.Goldstein), i64(x.Cooperation), i64(x.Conflict),
			i64(x.Outgoing.Events), i64(x.Outgoing.Cooperation), i64(x.Outgoing.Conflict), i64(x.Incoming.Events), i64(x.Incoming.Cooperation), i64(x.Incoming.Conflict)}
	})
}
