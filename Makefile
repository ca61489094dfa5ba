# The two commands a newcomer needs:
#   make        install what is missing, build, and check the guides in guides/
#   make test   install what is missing and run the whole test suite
SWIFT ?= swift

.PHONY: all setup build check test clean

all: check

setup:
	@bash scripts/install-dependencies.sh

build: setup
	$(SWIFT) build -c release --product pathguide

check: build
	$(SWIFT) run -c release --skip-build pathguide check guides

test: setup
	$(SWIFT) test

clean:
	rm -rf .build
