package auth

import "strings"

// Policy maps a ServeMux pattern ("GET /v1/timeline") to the role it needs.
type Policy map[string]Role

// Routes is geotrack's route table: every /v1/ route and the role it
// needs. It is the one place to review who may do what; a /v1/ route
// missing here needs admin (fail closed) and fails TestEveryRouteHasARole.
//
//   - read: researchers. Queries, exports, the OpenAPI document, alert
//     rules (secrets are redacted by the engine), live streams (SSE).
//   - write: ingest clients. Articles and GDELT events in, feeds managed
//     and listed (feed URLs can carry keys), ingest status.
//   - admin: operators. Alert rules changed, deliveries listed (webhook
//     URLs and errors) and re-sent, and anything that recodes the log.
var Routes = Policy{
	"GET /v1/timeline":                          Read,
	"GET /v1/events":                            Read,
	"GET /v1/events/stream":                     Read,
	"GET /v1/events/{id}":                       Read,
	"GET /v1/events/{id}/provenance":            Read,
	"GET /v1/articles/{id}":                     Read,
	"GET /v1/actors":                            Read,
	"GET /v1/dyads":                             Read,
	"GET /v1/openapi.json":                      Read,
	"GET /v1/alerts/rules":                      Read,
	"GET /v1/alerts/rules/{id}":                 Read,
	"GET /v1/alerts/stream":                     Read,
	"POST /v1/articles":                         Write,
	"POST /v1/gdelt/events":                     Write,
	"POST /v1/feeds":                            Write,
	"GET /v1/feeds":                             Write,
	"DELETE /v1/feeds/{id}":                     Write,
	"GET /v1/ingest/status":                     Write,
	"POST /v1/alerts/rules":                     Admin,
	"PUT /v1/alerts/rules/{id}":                 Admin,
	"DELETE /v1/alerts/rules/{id}":              Admin,
	"GET /v1/alerts/deliveries":                 Admin,
	"POST /v1/alerts/deliveries/{id}/redeliver": Admin,
}

// Open reports whether a matched pattern is served without a token: the
// probes and metrics an orchestrator scrapes, the web page's static files,
// and the JSON 404/405 fallback (it reveals no data). Everything under
// /v1/ is the API and is never open.
func Open(pattern string) bool {
	_, path, _ := strings.Cut(pattern, " ")
	if path == "" {
		path = pattern
	}
	return !strings.HasPrefix(path, "/v1")
}

// Need is the role a matched pattern needs: None for open routes, the
// table's role, or Admin for an API route the table does not know.
func (p Policy) Need(pattern string) (role Role, known bool) {
	if Open(pattern) {
		return None, true
	}
	if r, ok := p[pattern]; ok {
		return r, true
	}
	return Admin, false
}
