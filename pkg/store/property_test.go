package store

import (
	"fmt"
	"github.com/geotrack/geotrack/events"
	"math/rand/v2"
	"path/filepath"
	"testing"
)

// genLog makes a log of coded events over a small world (few actors, codes,
// days and articles, so stories merge often), re-publications of earlier
// events under new sequences, retractions (some of unknown ids, some twice)
// and records of types the store does not project.
func genLog(r *rand.Rand, n int) []Record {
	actors := []string{"CHN", "KAZ", "RUS", "USA"}
	codes := []string{"051", "057", "190", "141"}
	places := []string{"", "KAZ", "CHN"}
	var log []Record
	var ids []string
	var evs []Record
	for seq := uint64(1); len(log) < n; seq++ {
		switch x := r.IntN(100); {
		case x < 70 || len(ids) == 0:
			src := actors[r.IntN(len(actors))]
			tgt := actors[r.IntN(len(actors))]
			day := fmt.Sprintf("2022-01-%02d", 1+r.IntN(6))
			e := coded(fmt.Sprintf("a%d", r.IntN(n/3+1)), r.IntN(3), src, tgt, codes[r.IntN(len(codes))], day, places[r.IntN(len(places))])
			if r.IntN(10) == 0 {
				e.Source = e.Target // self dyads
				e.ID += "self"
			}
			if r.IntN(15) == 0 {
				e.Target = events.Actor{Name: "someone"}
				e.ID += "untargeted"
			}
			ids = append(ids, e.ID)
			rc := rec(seq, e)
			evs = append(evs, rc)
			log = append(log, rc)
		case x < 80:
			// Re-published after the server's duplicate window: new seq, same event.
			old := evs[r.IntN(len(evs))]
			log = append(log, rec(seq, old.Coded))
		case x < 95:
			id := ids[r.IntN(len(ids))]
			if r.IntN(10) == 0 {
				id = "never-coded"
			}
			log = append(log, retract(seq, id))
		default:
			log = append(log, Record{Seq: seq, Time: t0})
		}
	}
	return log
}

func applyAll(t *testing.T, s *Store, log []Record, batch int) {
	t.Helper()
	for i := 0; i < len(log); i += batch {
		if err := s.Apply(log[i:min(len(log), i+batch)]); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRedeliveryEqualsRebuild: whatever the delivery (random batch sizes,
// batches that overlap what was already applied, whole duplicated batches,
// restarts of the store between batches), the projection equals a clean
// rebuild, bucket for bucket.
func TestRedeliveryEqualsRebuild(t *testing.T) {
	for iter := range 30 {
		r := rand.New(rand.NewPCG(uint64(iter), 7))
		log := genLog(r, 50+r.IntN(400))
		clean := openTemp(t, Options{})
		applyAll(t, clean, log, len(log))
		want := dump(t, clean)

		one := openTemp(t, Options{})
		one.bulk = 0 // one transaction per Apply, as live
		applyAll(t, one, log, 1)
		if got := dump(t, one); got != want {
			t.Fatalf("iter %d: one record per batch differs from one batch:\n%s", iter, diffLines(want, got))
		}

		// Even iterations apply one transaction per batch (live); odd ones
		// bulk-load (a rebuild), committing every few dozen events, so a
		// commit falls inside, between and after redelivered batches.
		path := filepath.Join(t.TempDir(), "live.db")
		opt := Options{NoSync: true, BulkEvents: 1 + r.IntN(60)}
		reopen := func() (*Store, error) {
			s, err := Open(path, opt)
			if err == nil && iter%2 == 0 {
				s.bulk = 0
			}
			return s, err
		}
		live, err := reopen()
		if err != nil {
			t.Fatal(err)
		}
		next := 0 // index of the first record not yet applied
		for next < len(log) {
			start := max(0, next-r.IntN(20)) // redeliver some already applied
			end := min(len(log), next+1+r.IntN(40))
			b := append([]Record(nil), log[start:end]...)
			if r.IntN(4) == 0 {
				b = append(b, b...) // duplicate delivery within a batch
				r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
			}
			if err := live.Apply(b); err != nil {
				t.Fatal(err)
			}
			if r.IntN(3) == 0 {
				if err := live.Apply(log[start:end]); err != nil { // the whole batch again
					t.Fatal(err)
				}
			}
			next = end
			if r.IntN(4) == 0 { // a stale batch, entirely below the checkpoint, arrives late
				from := r.IntN(next)
				if err := live.Apply(log[from:min(next, from+1+r.IntN(30))]); err != nil {
					t.Fatal(err)
				}
			}
			if r.IntN(5) == 0 { // stop and restart
				if err := live.Close(); err != nil {
					t.Fatal(err)
				}
				if live, err = reopen(); err != nil {
					t.Fatal(err)
				}
			}
			seq, _, err := live.Checkpoint()
			if err != nil {
				t.Fatal(err)
			}
			if seq != log[end-1].Seq {
				t.Fatalf("checkpoint %d, want %d", seq, log[end-1].Seq)
			}
		}
		got := dump(t, live)
		live.Close()
		if got != want {
			t.Fatalf("iter %d: live projection differs from the rebuild:\n%s", iter, diffLines(want, got))
		}
	}
}

func diffLines(a, b string) string {
	as, bs := splitLines(a), splitLines(b)
	inA := map[string]bool{}
	for _, l := range as {
		inA[l] = true
	}
	inB := map[string]bool{}
	for _, l := range bs {
		inB[l] = true
	}
	out := ""
	n := 0
	for _, l := range as {
		if !inB[l] && n < 10 {
			out += "- " + l + "\n"
			n++
		}
	}
	for _, l := range bs {
		if !inA[l] && n < 20 {
			out += "+ " + l + "\n"
			n++
		}
	}
	return out
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
