# The two commands a newcomer needs:
#   make        install what is missing, build, check guides/ and write the guides into output/
#   make test   install what is missing and run the whole test suite
SWIFT ?= swift
# Where the site will be served (the sheets' QR codes point here) is pathguide.yaml's base-url;
# to build for another address: make BASE_URL=https://help.example.com/
BASE_URL ?=

.PHONY: all setup build check site test clean

all: site

setup:
	@bash scripts/install-dependencies.sh

build: setup
	$(SWIFT) build -c release --product pathguide

check: build
	$(SWIFT) run -c release --skip-build pathguide check guides

# The main job: check the guides, then write output/markdown and output/site.
site: build
	$(SWIFT) run -c release --skip-build pathguide build $(if $(BASE_URL),--base-url $(BASE_URL))

test:
	@bash scripts/install-dependencies.sh --test
	$(SWIFT) test

clean:
	rm -rf .build
