package events

// Alert rule event types. Rules are facts in the EVENTS log like everything
// else (subject events.rules), so an alert engine replaying the log sees each
// rule appear, change and go at the same place among the coded events as the
// live engine did, and evaluates them identically.
const (
	TypeRuleCreated = "rule.created"
	TypeRuleUpdated = "rule.updated"
	TypeRuleDeleted = "rule.deleted"
)

// Trigger kinds of an alert rule.
const (
	TriggerEach  = "each"  // every matching story (later mentions are updates)
	TriggerCount = "count" // >= Count matching stories within WindowDays
	TriggerSpike = "spike" // window count against a trailing baseline
)

// RuleFilter selects coded events. Every non-empty field must match (AND);
// the values of one list field are alternatives (OR). Actors are keys as in
// timelines (events.Actor.Key: ISO alpha-3 country or organisation code).
type RuleFilter struct {
	// Actor matches either side of the event.
	Actor  []string `json:"actor,omitempty"`
	Source []string `json:"source,omitempty"`
	Target []string `json:"target,omitempty"`
	// Dyad entries are "A-B": source A and target B, or source B and target A.
	Dyad []string `json:"dyad,omitempty"`
	// Place is the country of the event's location.
	Place []string `json:"place,omitempty"`
	// CAMEO holds code prefixes ("19" = any fight, "0871").
	CAMEO     []string `json:"cameo,omitempty"`
	Root      []string `json:"root,omitempty"`
	QuadClass []int    `json:"quad_class,omitempty"`
	PLOVER    []string `json:"plover,omitempty"`
	// GoldsteinMin and GoldsteinMax bound the Goldstein score, inclusive.
	GoldsteinMin *float64 `json:"goldstein_min,omitempty"`
	GoldsteinMax *float64 `json:"goldstein_max,omitempty"`
	Lang         []string `json:"lang,omitempty"`
	// MinMentions is the number of distinct articles that must report a
	// story (among its matching events) before it counts; 0 or 1 = one.
	MinMentions int `json:"min_mentions,omitempty"`
	// IncludeNegated lets negated events ("X did not attack Y") match;
	// by default they never do.
	IncludeNegated bool `json:"include_negated,omitempty"`
}

// RuleTrigger says when matching events raise an alert. Windows are whole
// UTC days of the event's date (see pkg/alert for why not log time).
type RuleTrigger struct {
	Kind string `json:"kind"`
	// Count is the threshold of a count trigger.
	Count int `json:"count,omitempty"`
	// WindowDays is the sliding window of count and spike (days ending on
	// the event's date, inclusive).
	WindowDays int `json:"window_days,omitempty"`
	// BaselineDays is the trailing baseline of a spike, right before the
	// window.
	BaselineDays int `json:"baseline_days,omitempty"`
	// A spike fires when the window count is at least Ratio times the
	// baseline's expectation for a window, or (if ZScore is set) at least
	// ZScore standard deviations above it; and at least MinCount.
	Ratio    float64 `json:"ratio,omitempty"`
	ZScore   float64 `json:"z_score,omitempty"`
	MinCount int     `json:"min_count,omitempty"`
}

// RuleWebhook is where a rule's alerts are POSTed. Secret signs each
// delivery (HMAC-SHA256); it is kept in the log so a replay can sign too,
// and never returned by the API after creation.
type RuleWebhook struct {
	URL    string `json:"url"`
	Secret string `json:"secret"`
}

// Rule is the payload of "rule.created" and "rule.updated" (a full
// replacement of the rule with the same ID).
type Rule struct {
	ID      string      `json:"id"`
	Name    string      `json:"name,omitempty"`
	Filter  RuleFilter  `json:"filter"`
	Trigger RuleTrigger `json:"trigger"`
	// CooldownSeconds suppresses new alerts of the rule for this long (log
	// time) after one fired; updates of an alert already sent still go out.
	CooldownSeconds int          `json:"cooldown_seconds,omitempty"`
	Webhook         *RuleWebhook `json:"webhook,omitempty"`
}

// RuleDeleted is the payload of "rule.deleted".
type RuleDeleted struct {
	ID string `json:"id"`
}
