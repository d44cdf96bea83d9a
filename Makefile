# geotrack developer tasks. The README's two commands need only Go; make is
# a convenience on top.
MODULES := $(shell go list -f '{{.Dir}}/...' -m)
BENCHTIME ?= 1x

.PHONY: test vet bench run demo build fuzz web

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

# The researcher page (pkg/webui): npm packages from package-lock.json,
# integrity-checked, bundled with esbuild's Go API into pkg/webui/dist,
# which the binaries embed. Needs only Go and the npm registry; without it
# the server builds the page at run time (see pkg/webui/doc.go).
web:
	go run ./pkg/webui/build -out pkg/webui/dist

run: web
	go run ./services/geotrack run

demo: web
	go run ./services/geotrack demo

build: web
	mkdir -p bin
	for s in geotrack ingest extract aggregate; do go build -o bin/$$s ./services/$$s || exit 1; done

# Each fuzz target for FUZZTIME (default 60s). -fuzzminimizetime keeps the
# query fuzzer from spending its time shrinking inputs.
FUZZTIME ?= 60s
FUZZPKGS := ./text/ ./coder/ ./query/ ./ingest/ ./alert/ ./auth/ ./projector/
fuzz:
	cd pkg && for p in $(FUZZPKGS); do \
	  for t in $$(go test -list 'Fuzz.*' $$p | grep ^Fuzz); do \
	    go test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s $$p || exit 1; done; done
	cd events && go test -run='^$$' -fuzz='^FuzzDecodeEnvelope$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=5s .
