// Package query is the researcher-facing HTTP API over the projection
// (pkg/store), under /v1/, described by the embedded OpenAPI 3.1 document
// openapi.json (served at GET /v1/openapi.json).
//
// Routes: GET /v1/timeline, /v1/events, /v1/events/{id}, /v1/articles/{id},
// /v1/actors, /v1/dyads, /v1/openapi.json. Lists answer JSON by default and
// format=csv or format=jsonl on request; CSV columns of /v1/events are in
// CSV.md.
//
// # Counting
//
// `events` are distinct real-world events (stories), `mentions` the
// articles reporting them; a story is counted once, on the date of its
// first report, whatever the number of articles (see pkg/store for the
// distinct-event rule). goldstein sums the Goldstein value once per story.
// Event lists (/v1/events) list coded events, one per sentence, each with
// its story id and the story's mention count.
//
// # Time
//
// Dates are UTC calendar days, YYYY-MM-DD. interval=week buckets are ISO
// weeks starting Monday; month and year are calendar periods. Every period
// in [from, to] is present, with zeros when nothing happened, so a chart
// has every point; a bucket's start and end are the calendar bounds of its
// period, but only its days inside [from, to] are counted. Without from and
// to a timeline covers the year up to today (UTC); the defaults chosen are
// in the receipt. A range over 100 years is refused.
//
// # Figure receipts
//
// Every answer carries as_of (the EVENTS stream sequence and log time the
// projection reflected when it answered, read in the same transaction as
// the data), coder_versions (the coder versions of the events counted or
// listed) and query (the canonical query: parameters sorted, keys upper
// case, defaults filled in). CSV and JSONL answers carry the same in the
// X-Geotrack-As-Of-Seq, X-Geotrack-As-Of-Time, X-Geotrack-Coder-Versions
// and X-Geotrack-Query headers. Re-running the canonical query against a
// projection rebuilt to the same sequence gives the same figure.
//
// # Bad input
//
// Unknown or repeated parameters, malformed dates and keys, from after to,
// unknown enum values, limits outside 1..1000 and altered cursors are 400
// problems (RFC 9457, application/problem+json) whose param names the
// parameter; nothing is changed by a query.
//
// # Pagination
//
// /v1/events is ordered by (event date, stream sequence), a stable order:
// new events never reorder what came before. next is a cursor holding the
// last position, the hash of the filters it belongs to and an HMAC-SHA256
// tag under Options.CursorKey (default: a random key kept in the store
// file). A cursor used with other filters, or altered, is a 400.
package query
