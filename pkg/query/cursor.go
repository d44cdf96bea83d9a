package query

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"

	"github.com/geotrack/geotrack/pkg/httpx"
)

// A cursor is the store position of the last event returned, bound to the
// query it belongs to (a hash of the canonical query without the cursor)
// and signed with HMAC-SHA256, truncated to 16 bytes. A client cannot edit
// it to jump into another query's index or forge a position; an edited or
// foreign cursor is a 400, not a wrong page.
const cursorVersion = 1

func queryHash(canon string) []byte {
	h := sha256.Sum256([]byte("geotrack/cursor/v1\x00" + canon))
	return h[:8]
}

func (s *Server) sign(payload []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write(payload)
	return m.Sum(nil)[:16]
}

func (s *Server) encodeCursor(canon string, pos []byte) string {
	payload := append([]byte{cursorVersion}, queryHash(canon)...)
	payload = append(payload, pos...)
	return base64.RawURLEncoding.EncodeToString(append(payload, s.sign(payload)...))
}

func (s *Server) decodeCursor(canon, c string) ([]byte, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 1+8+16 {
		return nil, httpx.BadRequest("cursor", "the cursor is malformed; use the next value of the previous page as is")
	}
	payload, mac := b[:len(b)-16], b[len(b)-16:]
	if !hmac.Equal(mac, s.sign(payload)) || payload[0] != cursorVersion {
		return nil, httpx.BadRequest("cursor", "the cursor has been altered or was issued by another store")
	}
	if !bytes.Equal(payload[1:9], queryHash(canon)) {
		return nil, httpx.BadRequest("cursor", "the cursor belongs to a different query; keep the other parameters as they were")
	}
	return payload[9:], nil
}
