// Package alert evaluates subscribers' alert rules over the EVENTS log and
// delivers the alerts: on NATS (ALERTS stream, subject alerts.<rule-id>),
// to signed webhooks with retries and a dead-letter list, and as
// Server-Sent Events.
//
// # Rules are events
//
// POST/PUT/DELETE /v1/alerts/rules validate a rule (an unknown actor, code,
// PLOVER type or field is a 400 naming it) and append rule.created,
// rule.updated or rule.deleted (payloads in package events) to EVENTS on
// subject events.rules. They are ordered with the coded events they apply
// to and replay with them; the API answers once the engine has applied the
// change (or 202 if it did not within Options.ApplyWait). An update starts
// the rule's windows afresh and bumps its version, which is part of every
// alert id, so old and new alerts never collide. The webhook secret is in
// the log (a replay must sign), is generated when not given, and is shown
// only in the answer that set it.
//
// # Its own projection
//
// The engine is a projection with its own position and its own bbolt file
// (DataDir/alerts.db): rules, per-rule story and day state, cooldowns, the
// alert outbox and the delivery states. Process (the projector's
// AfterBatch) skips messages at or below the position and writes state,
// new alerts, their deliveries and the new position in ONE transaction. If
// a batch starts beyond the position (the process stopped between the
// projection's commit and the engine's), the gap is read from the log
// first; Run also catches up to the projection's checkpoint at start. So a
// crash at any point neither loses nor re-evaluates an event.
//
// # Triggers and time
//
// Windows run on the event's date (UTC day), not on log time: "conflict
// events this week" means events that happened this week. What counts is
// distinct stories (the store's grouping of mentions of one real event),
// each on the day of the event that made it qualify (MinMentions distinct
// articles among its matching events). count fires when a new story brings
// the window ending on its day to Count (a crossing, so a burst gives one
// alert, not one per event); spike when the window count reaches MinCount
// and Ratio x the baseline's expectation (baseline daily mean x window) or
// ZScore above it (sd of daily counts x sqrt(window), floored by the
// Poisson sd). Late news does not fire count or spike: a window must end
// within one window length of the message's log time, so an old article
// about last year's events counts in last year's windows silently. The
// spike baseline is what the rule has seen since it was created (rules are
// not back-filled from the log).
//
// each alerts once per (rule, story): later matching events of the same
// story are updates (same alert id, update=true, revision 1, 2 ...), with
// the first and the latest events as evidence. Cooldown (log time)
// suppresses new alerts of a rule after one fired; updates still go out.
//
// Alert ids are deterministic: sha256 of rule id, rule version, trigger
// kind and story (each) or window end day (count, spike). The envelope id is
// "<alert id>.<revision>", its time the triggering message's log time, so
// a replay produces the same bytes. Every alert carries its evidence: the
// triggering events with their sentences and /v1/events/{id} links.
//
// # Delivery: at least once, deduplicable
//
// Delivery reads the outbox after the commit. NATS publishes carry the
// envelope id as Nats-Msg-Id (the server drops a re-send inside its
// duplicate window). Webhooks get a POST of the envelope with
// Geotrack-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t "." body)>
// (Verify checks it), Geotrack-Alert-Id and Geotrack-Alert-Revision; any
// non-2xx or transport error is retried with exponential backoff and +-50%
// jitter, and after MaxAttempts the delivery is dead-lettered:
// GET /v1/alerts/deliveries?status=failed lists it, POST
// /v1/alerts/deliveries/{id}/redeliver queues it again. An attempt in
// flight finishes before Run returns, so a clean stop never repeats an
// alert; a crash between a receiver's 2xx and the engine recording it does
// (receivers deduplicate on alert id and revision).
//
// GET /v1/alerts/stream?rule=a,b serves the outbox as SSE; the event id is
// the outbox sequence, so Last-Event-ID resumes exactly after the last
// alert seen.
package alert
