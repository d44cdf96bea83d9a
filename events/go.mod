module github.com/geotrack/geotrack/events

go 1.26
