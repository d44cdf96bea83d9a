package events

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Event types of ingest bookkeeping. They live on the ARTICLES stream under
// subjects the extract service does not read (articles.mentions.>,
// articles.feeds.>), so they never produce coded events themselves.
const (
	TypeArticleMention = "article.mention"
	TypeFeedAdded      = "feed.added"
	TypeFeedRemoved    = "feed.removed"
)

// Ways a copy was recognised as an article already stored.
const (
	MatchExact = "exact" // same canonical content (same article id)
	MatchNear  = "near"  // near-duplicate: MinHash similarity of word shingles at or above the threshold
)

// ArticleMention is the payload of "article.mention": another copy of an
// article already stored (a syndicated wire story on another site, the same
// text under another URL). It is not a new article: extract does not code it
// again, but the copy's URL and outlet are kept, so "how many outlets ran
// this story" can be answered from the log.
type ArticleMention struct {
	// ID is deterministic (MentionID): the same copy posted twice is one
	// mention.
	ID string `json:"id"`
	// ArticleID is the first stored article this copy repeats.
	ArticleID string `json:"article_id"`
	// ContentID is the id the copy's own text would have had
	// (events.ArticleID of its title and body); equal to ArticleID for an
	// exact match.
	ContentID string `json:"content_id"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	// Match is MatchExact or MatchNear; Similarity the estimated Jaccard
	// similarity of the two texts' 3-word shingles (1 for an exact match).
	Match      string    `json:"match"`
	Similarity float64   `json:"similarity"`
	Published  time.Time `json:"published"`
	Ingested   time.Time `json:"ingested"`
}

// MentionID is the deterministic id of a mention: the first article, the
// copy's canonical URL and the copy's content id. 32 hex digits.
func MentionID(articleID, canonicalURL, contentID string) string {
	h := sha256.New()
	for _, p := range []string{"geotrack/mention/v1", articleID, canonicalURL, contentID} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// FeedAdded is the payload of "feed.added": an RSS or Atom feed the ingest
// service polls. Feeds are events so the feed list replays from the log on
// any instance.
type FeedAdded struct {
	ID  string `json:"id"`
	URL string `json:"url"`
	// Interval is the polling interval in seconds; 0 means the service's
	// default.
	Interval int `json:"interval"`
	// Outlet names the publisher for articles from this feed; "" means the
	// feed's own title, or else its host.
	Outlet string    `json:"outlet,omitempty"`
	Added  time.Time `json:"added"`
}

// FeedRemoved is the payload of "feed.removed": the feed is no longer polled.
// Articles already ingested from it stay.
type FeedRemoved struct {
	ID      string    `json:"id"`
	Removed time.Time `json:"removed"`
}

// FeedID is the deterministic id of a feed: 16 hex digits of the sha256 of
// its URL as given (callers canonicalise first), so adding a feed twice is
// one feed.
func FeedID(url string) string {
	h := sha256.Sum256([]byte("geotrack/feed/v1\n" + url))
	return hex.EncodeToString(h[:8])
}
