module github.com/geotrack/geotrack/services/ingest

go 1.26

require (
	github.com/geotrack/geotrack/events v0.0.0
	github.com/geotrack/geotrack/pkg v0.0.0
)

replace (
	github.com/geotrack/geotrack/events => ../../events
	github.com/geotrack/geotrack/pkg => ../../pkg
)
