// Package audit answers an auditor's questions about geotrack's figures:
// what was known at a point of the log (Replay, SeqAt; the query API's
// as_of answers the same from the live store, see store/asof.go), has the
// log been edited since it was written (Merkle checkpoints, Verify), do
// the live projections follow from the log (Verify's rebuild and dump
// comparison), where does one event come from (LogView, for the query
// API's provenance), and what changes with a new coder version (Recode,
// Diff).
//
// # Why Merkle checkpoints rather than a hash chain in each message
//
// Several extract instances publish to EVENTS concurrently, so no publisher
// knows its predecessor: a hash of the previous message carried inside each
// message would need a single writer. Instead an auditor process (the
// Checkpointer) reads EVENTS in stream order and keeps an RFC 6962 Merkle
// tree over it: leaf i is the message at stream sequence i+1, hashed as
// SHA-256(0x00 || seq || subject || Nats-Msg-Id || data) with length
// prefixes (LeafHash). The server timestamp is left out so that a copy of
// the log (an export, a new cluster) hashes the same. Every Every messages
// or Interval, the Checkpointer signs the tree head (size, root) with an
// ed25519 key kept in the data folder and publishes it as an
// "audit.checkpoint" event to the AUDIT stream. A checkpoint also carries
// the leaf hashes of the messages it adds to the previous one, so a later
// verification can name the exact sequence that changed, not only the
// range, and the compact range (the roots of the perfect subtrees), so the
// Checkpointer resumes after a restart without re-reading the log.
//
// # Verify
//
// Verify reads every checkpoint, checks its signature and that each one
// extends the previous, re-reads EVENTS in order, recomputes the leaves and
// compares the tree head at each checkpoint size. The first difference is
// reported at its sequence: a missing sequence (a gap), a leaf that differs
// from the signed one (altered or reordered message), or a log shorter
// than a checkpoint (truncation). Messages after the last checkpoint are
// counted as not yet covered, which is not a failure. With a live store it
// also replays the log into a temporary store up to the live store's
// checkpoint, in the background while the log is checked (the two passes
// overlap; a bad log stops the replay), and then compares the two stores
// entry by entry in canonical dump order (store.Compare: raw keys and
// values, without rendering a dump), reporting the first differing bucket
// and key (store.KeyString).
package audit
