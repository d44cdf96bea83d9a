# geotrack developer tasks. The README's two commands need only Go; make is
# a convenience on top.
MODULES := $(shell go list -f '{{.Dir}}/...' -m)
BENCHTIME ?= 1x

.PHONY: test vet bench run demo build fuzz

test:
	go test $(MODULES)

vet:
	go vet $(MODULES)
	@test -z "$$(gofmt -l events pkg services)" || (gofmt -l events pkg services; exit 1)

# Benchmarks: every package's Go benchmarks. The pipeline benchmark runs for
# 60 s (PIPELINE_SECONDS) as the issue asks; BENCHTIME=3s etc. for longer.
bench: export PIPELINE_SECONDS ?= 60
bench:
	go test -run='^$$' -bench=. -benchmem -timeout 60m $(MODULES)

run:
	go run ./services/geotrack run

demo:
	go run ./services/geotrack demo

build:
	mkdir -p bin
	for s in geotrack ingest extract aggregate; do go build -o bin/$$s ./services/$$s || exit 1; done

# Each fuzz target for FUZZTIME (default 60s).
FUZZTIME ?= 60s
fuzz:
	cd pkg && for t in $$(go test -list 'Fuzz.*' ./text/ ./coder/ | grep ^Fuzz); do \
	  pkg=$$(grep -l "func $$t" text/*_test.go coder/*_test.go | head -1 | xargs dirname); \
	  go test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) ./$$pkg/ || exit 1; done
