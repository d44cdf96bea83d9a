package events

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Actor is one side of a coded event. Country is ISO 3166-1 alpha-3; Org the
// short code of an international organisation (UN, EU, NATO ...), empty for
// states; Role a CAMEO role (GOV, MIL, COP, OPP, REB ...). Code is the CAMEO
// actor code built from them (e.g. "CHNGOV", "IGOCSTO"). An actor with
// neither Country nor Org is unresolved and is not emitted.
type Actor struct {
	Code    string `json:"code"`
	Country string `json:"country"`
	Org     string `json:"org"`
	Role    string `json:"role"`
	Name    string `json:"name"`
}

// Key is the actor's key in timelines and gold sets: the Org if it has one,
// else the Country; "" for an unresolved or absent actor.
func (a Actor) Key() string {
	if a.Org != "" {
		return a.Org
	}
	return a.Country
}

// Location is where the event happened, when the text says.
type Location struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Sentence is the sentence an event was coded from. Start and End are byte
// offsets into the article body (as ingested), so the span can be highlighted.
type Sentence struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Coder records which coder produced the event: its version, the content
// hash of its dictionaries ("sha256:…"), and the rule (pattern id) that fired.
type Coder struct {
	Version string `json:"version"`
	Dict    string `json:"dict"`
	Rule    string `json:"rule"`
}

// EventCoded is the payload of "event.coded": one who-did-what-to-whom event
// with the sentence it came from.
type EventCoded struct {
	ID        string    `json:"id"`
	ArticleID string    `json:"article_id"`
	InputID   string    `json:"input_id,omitempty"`
	Date      string    `json:"date"`
	Lang      string    `json:"lang"`
	Source    Actor     `json:"source"`
	Target    Actor     `json:"target"`
	CAMEO     string    `json:"cameo"`
	Root      string    `json:"root"`
	PLOVER    string    `json:"plover"`
	QuadClass int       `json:"quad_class"`
	Goldstein float64   `json:"goldstein"`
	Negated   bool      `json:"negated"`
	Location  *Location `json:"location,omitempty"`
	Sentence  Sentence  `json:"sentence"`
	Coder     Coder     `json:"coder"`
	// SourceURL is the provenance of an event coded outside geotrack (a
	// GDELT row's SOURCEURL, Coder.Version "gdelt"): the article it was
	// coded from is not in geotrack's log, so ArticleID is then a hash of
	// this URL and Sentence is empty. Empty for geotrack's own events.
	SourceURL string `json:"source_url,omitempty"`
}

// EventID is the deterministic id of a coded event: the same article coded by
// the same coder version gives the same ids, so re-extraction is idempotent.
func EventID(articleID string, sentenceIndex int, source, target Actor, cameo string, negated bool, coderVersion, dict string) string {
	h := sha256.New()
	for _, p := range []string{
		"geotrack/event/v1", articleID, strconv.Itoa(sentenceIndex),
		source.Code, source.Key(), target.Code, target.Key(), cameo,
		strconv.FormatBool(negated), coderVersion, dict,
	} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Fill sets Root, PLOVER, QuadClass and Goldstein from CAMEO using the fixed
// tables of this package; it fails on a code the table does not know.
func (e *EventCoded) Fill() error {
	c, err := LookupCAMEO(e.CAMEO)
	if err != nil {
		return err
	}
	e.Root = c.Root()
	e.PLOVER = c.PLOVER
	e.QuadClass = c.QuadClass
	e.Goldstein = c.Goldstein
	return nil
}

// EventRetracted is the payload of "event.retracted": a later coder version
// no longer produces an event that an earlier one did. Nothing is deleted
// from the log; projections drop the event.
type EventRetracted struct {
	EventID    string `json:"event_id"`
	ArticleID  string `json:"article_id"`
	OldVersion string `json:"old_version"`
	NewVersion string `json:"new_version"`
	Reason     string `json:"reason,omitempty"`
}

// AlertFired is the payload of "alert.fired".
type AlertFired struct {
	ID       string   `json:"id"`
	RuleID   string   `json:"rule_id"`
	EventIDs []string `json:"event_ids"`
	// Window is the period the rule counted over, RFC 3339 start and end.
	WindowStart string  `json:"window_start"`
	WindowEnd   string  `json:"window_end"`
	Value       float64 `json:"value"`
	Update      bool    `json:"update,omitempty"`
	// Revision counts the updates of one alert id: 0 for the first alert,
	// 1, 2 ... for later events of the same story joining it. Receivers
	// deduplicate on (id, revision).
	Revision int `json:"revision,omitempty"`
	// Trigger is the rule's trigger kind (each, count, spike).
	Trigger string `json:"trigger,omitempty"`
	// StoryID is the story (distinct real-world event) of an each alert.
	StoryID string `json:"story_id,omitempty"`
	// Baseline is a spike's expected window count from its baseline.
	Baseline float64 `json:"baseline,omitempty"`
	// Events is the evidence: the triggering events with their sentences.
	Events []AlertEvidence `json:"events,omitempty"`
}

// AlertEvidence is one triggering event of an alert, with the sentence it
// was coded from and the path of its full record in the query API.
type AlertEvidence struct {
	ID        string `json:"id"`
	ArticleID string `json:"article_id"`
	Date      string `json:"date"`
	Source    string `json:"source"`
	Target    string `json:"target"`
	CAMEO     string `json:"cameo"`
	Sentence  string `json:"sentence"`
	Link      string `json:"link"`
}
