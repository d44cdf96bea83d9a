package dict

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
)

// hashFiles hashes the sorted files as name, NUL, 8-byte length, bytes —
// lengths framed so that moving bytes between two files changes the hash.
func hashFiles(files []treeFile) string {
	h := sha256.New()
	var n [8]byte
	for _, f := range files {
		h.Write([]byte(f.name))
		h.Write([]byte{0})
		binary.BigEndian.PutUint64(n[:], uint64(len(f.data)))
		h.Write(n[:])
		h.Write(f.data)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
