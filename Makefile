# The two commands a newcomer needs:
#   make        install what is missing, build, check guides/ and write the guides into output/
#   make test   install what is missing and run the whole test suite
SWIFT ?= swift
# Where the site will be served (the sheets' QR codes point here) is pathguide.yaml's base-url;
# to build for another address: make BASE_URL=https://help.example.com/
BASE_URL ?=

.PHONY: all setup build check site test fuzz clean static install install-strip uninstall test-install

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

# Installing: a release binary with the Swift runtime and Foundation linked in, so it runs on a
# Debian machine without a Swift toolchain, plus shell completions and a man page.
#   make install                                    under /usr/local (sudo when it is not yours)
#   make install PREFIX=$HOME/.local                for one user
#   make install PREFIX=/usr DESTDIR=/tmp/package   for packaging
#   make uninstall                                  (same PREFIX and DESTDIR) removes those files only
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
INSTALL ?= install
INSTALL_PROGRAM ?= $(INSTALL) -m 755
INSTALL_DATA ?= $(INSTALL) -m 644
# A build folder of its own: linking the standard library statically changes how every module
# is compiled, so sharing .build/release with `make build` would rebuild everything at each switch.
STATIC_BUILD_PATH ?= .build/install
STATIC_BUILD = $(SWIFT) build --scratch-path $(STATIC_BUILD_PATH) -c release -Xswiftc -static-stdlib
STATIC_BIN = $(STATIC_BUILD_PATH)/release
STAGED = $(STATIC_BUILD_PATH)/staged
# The man page is dated by the last commit, so the same sources give the same page.
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null)

INSTALLED_FILES = \
	$(DESTDIR)$(BINDIR)/pathguide \
	$(DESTDIR)$(DATADIR)/bash-completion/completions/pathguide \
	$(DESTDIR)$(DATADIR)/zsh/site-functions/_pathguide \
	$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/pathguide.fish \
	$(DESTDIR)$(MANDIR)/man1/pathguide.1

# The static binary, its completions and its man page, in $(STAGED). The man page comes from
# swift-argument-parser's generate-manual, the tool behind its generate-manual plugin: the plugin
# itself builds every target, and PathguideTestSupport cannot build against the static runtime,
# which has no Testing module.
static: setup
	@bash scripts/install-static-link-dependencies.sh
	$(STATIC_BUILD) --product pathguide
	$(STATIC_BUILD) --product generate-manual
	mkdir -p $(STAGED)
	$(STATIC_BIN)/pathguide --generate-completion-script bash > $(STAGED)/pathguide.bash
	$(STATIC_BIN)/pathguide --generate-completion-script zsh > $(STAGED)/_pathguide
	$(STATIC_BIN)/pathguide --generate-completion-script fish > $(STAGED)/pathguide.fish
	$(STATIC_BIN)/generate-manual $(STATIC_BIN)/pathguide $(if $(MAN_DATE),--date $(MAN_DATE)) --output-directory $(STAGED)

install: static
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions $(DESTDIR)$(DATADIR)/fish/vendor_completions.d \
		$(DESTDIR)$(MANDIR)/man1
	$(INSTALL_PROGRAM) $(STATIC_BIN)/pathguide $(DESTDIR)$(BINDIR)/pathguide
	$(INSTALL_DATA) $(STAGED)/pathguide.bash $(DESTDIR)$(DATADIR)/bash-completion/completions/pathguide
	$(INSTALL_DATA) $(STAGED)/_pathguide $(DESTDIR)$(DATADIR)/zsh/site-functions/_pathguide
	$(INSTALL_DATA) $(STAGED)/pathguide.fish $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/pathguide.fish
	$(INSTALL_DATA) $(STAGED)/pathguide.1 $(DESTDIR)$(MANDIR)/man1/pathguide.1

# The same, with the binary's symbols stripped (about a quarter smaller).
install-strip:
	$(MAKE) install INSTALL_PROGRAM='$(INSTALL_PROGRAM) -s'

# Only the files `install` wrote; the folders may hold other programs' files.
uninstall:
	rm -f $(INSTALLED_FILES)

# Installs into a temporary folder and checks the result: no Swift library linked, completions
# and man page in place, the binary running without the toolchain. Not part of `make test`: the
# static build takes minutes the first time.
test-install: static
	PATHGUIDE_TEST_INSTALL=1 $(SWIFT) test --filter InstallTests
