# The two commands a newcomer needs:
#   make        install what is missing, build, check guides/ and write the guides into output/
#   make test   install what is missing and run the whole test suite
SWIFT ?= swift
# Where the site will be served; the sheets' QR codes point here. Set it for your deployment:
#   make BASE_URL=https://help.example.com/
BASE_URL ?= https://help.example.org/

.PHONY: all setup build check site test fuzz clean

all: site

setup:
	@bash scripts/install-dependencies.sh

build: setup
	$(SWIFT) build -c release --product pathguide

check: build
	$(SWIFT) run -c release --skip-build pathguide check guides

# The main job: check the guides, then write output/markdown and output/site.
site: build
	$(SWIFT) run -c release --skip-build pathguide build --base-url $(BASE_URL)

test:
	@bash scripts/install-dependencies.sh --test
	$(SWIFT) test

# Coverage-guided fuzzing (Fuzz/): bytes as a guide file, and bytes as an HTML page.
#   make fuzz                 each target for FUZZ_SECONDS seconds
#   make fuzz FUZZ_RUNS=2000  each target for that many inputs instead
# FUZZ_FLAGS passes more libFuzzer flags (e.g. -seed=1); Fuzz/fuzz.sh says what else there is.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?=
FUZZ_FLAGS ?=
fuzz: setup
	FUZZ_SECONDS='$(FUZZ_SECONDS)' FUZZ_RUNS='$(FUZZ_RUNS)' FUZZ_FLAGS='$(FUZZ_FLAGS)' bash Fuzz/fuzz.sh run

clean:
	rm -rf .build
