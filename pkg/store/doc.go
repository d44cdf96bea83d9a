// Package store keeps the bbolt projections of the EVENTS log that the
// query API, alerts and audit read: events by id, by article and by day,
// stories (distinct real-world events), and daily aggregates per actor key,
// per directed dyad and per place country.
//
// # Log position
//
// Apply takes a batch of log records and writes them, together with the
// highest stream sequence of the batch (the checkpoint) and its log time,
// in ONE bbolt transaction. Records at or below the checkpoint are skipped,
// so redelivery, overlapping batches and a crash between the write and the
// ack are harmless; a coded event whose id is already projected is skipped
// too (re-publication after the JetStream duplicate window). Every event
// records the sequence it was applied at. A record the store cannot project
// (no id, a date that is not YYYY-MM-DD) is kept in the "rejected" bucket
// with the reason and does not stop the projector.
//
// # Distinct events (stories)
//
// GDELT counts one real event once per article that mentions it. Here the
// mentions of one event are joined into a story: two coded events belong
// to the same story when they have the same source key, target key
// (events.Actor.Key), full CAMEO code and place country, and the date of
// the later one is within StoryWindowDays (default 1, so +-1 day) of the
// story's anchor. The anchor is the date of the mention that opened the
// story and never moves, so a run of daily reports of a recurring action
// makes one story per window rather than one endless story. When several
// stories qualify the nearest anchor wins, then the earlier. Assignment
// follows log order only, so a rebuild cuts exactly the same stories as the
// live projection, and the story id (anchor day + hash of the founding
// event's id) is stable. A retraction removes the event from its story; a
// story left empty is deleted.
//
// # What the counts mean
//
// Aggregates count stories, each on its anchor day:
//   - events: distinct stories;
//   - mentions: distinct articles reporting those stories (two sentences of
//     one article reporting the same story are one mention);
//   - goldstein: the sum of the Goldstein value of the stories' CAMEO code,
//     once per story (not per mention), kept in thousandths so sums under
//     retraction stay exact.
//
// A story counts for an actor when the actor is its source or target (once
// if both), for a dyad when it is source -> target, and for a place when
// the event's location country is that place. Each daily aggregate is kept
// broken down by CAMEO code with the root, QuadClass and PLOVER type the
// code had, so every breakdown rolls up at query time, and counts the
// coded events behind it per coder version for figure receipts.
//
// # Time
//
// All dates are UTC calendar days. Weeks are ISO weeks starting on Monday;
// months and years are calendar months and years, rolled up from the daily
// aggregates at query time. A timeline has a bucket for every period in the
// range, with zeros where nothing happened.
//
// # Layout (buckets and keys), format 2
//
//	meta       seq, at (checkpoint), format, story_window_days, secret (cursor key)
//	ev         seq (8 bytes, big-endian) -> event record (filter fields first)
//	id         event id (hashKey) -> seq
//	art        article id (hashKey) -> posting list of seqs
//	ix_date    day (yyyymmdd, uint32 BE) -> posting list of seqs
//	story      anchor day | source \0 target \0 cameo \0 place \0 | story id -> story
//	agg_actor  month | key \0 | day -> aggregate + posting list (source or target)
//	agg_dyad   month | source \0 target \0 | day -> aggregate + posting list
//	agg_place  month | country \0 | day -> aggregate + posting list
//	actors     key -> all-time aggregate by QuadClass, with partners (both directions)
//	rejected   seq -> reason
//	gone       seq -> retracting seq (8 bytes) + the retracted event record
//
// Time comes first in every key that a batch of recent news writes many
// of (month, yyyymm as uint32 BE; days as yyyymmdd uint32 BE): a batch
// dirties the pages of the months it covers, not a page in every
// entity's region of the file, so its cost does not grow with the file
// (keys.go explains the measurements). One series over a year is twelve
// short range scans. Event and article ids, hex content hashes, are keyed
// by their bytes. A file of another format is refused by Open with a
// message to run `geotrack rebuild`.
//
// A daily aggregate value holds the stories counted on that day (anchor
// day) and, first, the posting list of the events dated that day: one key
// per (entity, day) serves both timelines and event lists. Posting lists
// are delta-encoded uvarint sequences; values are a compact binary format
// with a leading format byte (see codec.go). A batch reads each aggregate,
// posting list and story it touches once, changes it in memory and writes
// it once, in key order; the number of distinct keys a batch touches, not
// the number of events, is what a batch costs. A bulk load (Options.NoSync:
// rebuild, replay) keeps that state across Apply calls and commits every
// Options.BulkEvents events, with pages packed full.
//
// A retracted event leaves ev, id and its posting lists but is kept in
// gone, so TimelineAsOf and EventsAsOf can answer what was known at any
// earlier log sequence without a replay (asof.go).
//
// The projection is derived data: delete the file and rebuild from the log
// at any time. Dump writes a canonical text form of every bucket; two files
// built from the same log dump identically.
package store
