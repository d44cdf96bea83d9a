package events

import "time"

// TypeAuditCheckpoint is the type of a signed Merkle checkpoint of the
// EVENTS log (pkg/audit).
const TypeAuditCheckpoint = "audit.checkpoint"

// AuditCheckpoint is the payload of "audit.checkpoint": a signed head of
// the RFC 6962 Merkle tree over the first Size messages of Stream (leaf i
// is the message at stream sequence i+1). It extends the checkpoint of
// size PrevSize and carries the leaf hashes of messages PrevSize+1..Size, so
// a verifier can name the exact sequence that no longer matches, and the
// compact range (Peaks) so the tree can be resumed without the log.
type AuditCheckpoint struct {
	Stream   string `json:"stream"`
	Size     int64  `json:"size"`
	Root     string `json:"root"` // hex SHA-256 tree head
	PrevSize int64  `json:"prev_size"`
	// Leaves is the base64 (standard, padded) concatenation of the 32-byte
	// leaf hashes of messages PrevSize+1..Size.
	Leaves string   `json:"leaves"`
	Peaks  []string `json:"peaks"` // hex roots of the perfect subtrees, left first
	// LogTime is when the stream stored message Size.
	LogTime time.Time `json:"log_time"`
	// Key is the hex ed25519 public key; Signature the base64 signature
	// over the checkpoint's signed text (pkg/audit SignedText).
	Key       string `json:"key"`
	Signature string `json:"signature"`
}
