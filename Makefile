# genaicost - GNU make build.  `make`, `make check`, `make demo`,
# `make install PREFIX=... DESTDIR=...`, `make uninstall`.

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR    ?= $(PREFIX)/share/genaicost
# the bundled sheets, compiled into the library (gac_pricing_dir)
PRICINGDIR ?= $(DATADIR)/pricing
MANDIR     ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
COMPLETIONDIR ?= $(PREFIX)/share/bash-completion/completions
BASHCOMPLETIONDIR ?= $(COMPLETIONDIR)
ZSHCOMPLETIONDIR ?= $(PREFIX)/share/zsh/vendor-completions
FISHCOMPLETIONDIR ?= $(PREFIX)/share/fish/vendor_completions.d

VERSION := $(shell sed -n 's/^\#define GAC_VERSION_STRING "\(.*\)"/\1/p' include/genaicost.h)
# The ABI number, the soname's: bumped once for an incompatible change to
# the library's interface (abi/libgenaicost.abi, make abi-check), then kept
# whatever VERSION says.  The real file is libgenaicost.so.ABI.VERSION.
ABI     := 1

CC      ?= cc
PKG_CONFIG ?= pkg-config
# xlsxwriter: libxlsxwriter (Debian libxlsxwriter-dev), --format xlsx
DEPS    := yaml-0.1 jansson gsl zlib cairo xlsxwriter
WERROR  ?= -Werror
OPT     ?= -O2 -g
WARN    := -Wall -Wextra -pedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes $(WERROR)
CFLAGS  ?=
override CFLAGS += -std=c11 $(OPT) $(WARN)
DEP_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(DEPS) 2>/dev/null)
# libcsv (Debian libcsv-dev) ships no pkg-config file
DEP_LIBS   = $(shell $(PKG_CONFIG) --libs $(DEPS) 2>/dev/null || echo -lyaml -ljansson -lgsl -lgslcblas -lz -lcairo -lxlsxwriter) -lcsv -lm -pthread
CHECK_LIBS = $(shell $(PKG_CONFIG) --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -lpthread -lm)

# LeakSanitizer (SAN=1 and the fault test's sanitized build) leaves out
# the font caches cairo and fontconfig keep for the process (tests/lsan.supp)
export LSAN_OPTIONS ?= suppressions=$(CURDIR)/tests/lsan.supp

# SAN=1 builds everything with AddressSanitizer + UBSan in build-san/;
# COV=1 with gcov instrumentation, unoptimised, in build-cov/ (make coverage).
ifeq ($(SAN),1)
BUILD   ?= build-san
override CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
else ifeq ($(COV),1)
BUILD   ?= build-cov
OPT     := -O0 -g
override CFLAGS += --coverage -fprofile-update=atomic
LDFLAGS += --coverage
else
BUILD   ?= build
endif

LIB_SRC := $(sort $(wildcard lib/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o) $(BUILD)/tests/check_main.o
CLI_LIB_OBJ := $(filter-out $(BUILD)/cli/main.o,$(CLI_OBJ))

STATIC := $(BUILD)/libgenaicost.a
SHARED := $(BUILD)/libgenaicost.so.$(ABI).$(VERSION)
SONAME := libgenaicost.so.$(ABI)
# every exported symbol is gac_* and carries version node GENAICOST_$(ABI)
LIBMAP := lib/libgenaicost.map
BIN    := $(BUILD)/genaicost
UNIT   := $(BUILD)/tests/unit

MANPAGES := $(wildcard man/*.1 man/*.3 man/*.5 man/*.7)
# bash, zsh and fish completions, generated from cli/completion.spec
COMPLETIONS := $(BUILD)/completion/genaicost $(BUILD)/completion/_genaicost $(BUILD)/completion/genaicost.fish

.PHONY: all check unit-test cli-test header-test header-doc-test man-lint install-test ci-example-test install uninstall \
        demo deps clean valgrind-check bench bench-smoke output-test finite-test fault-test completion-test coverage \
        fault-build fault-cases abi-check abi-baseline abi-test shared
all: $(STATIC) $(SHARED) $(BIN) $(BUILD)/genaicost.pc
all: $(COMPLETIONS)

$(BUILD)/lib/%.o: lib/%.c lib/*.h include/genaicost.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -fPIC -fvisibility=hidden -Iinclude $(DEP_CFLAGS) -c $< -o $@

$(BUILD)/cli/%.o: cli/%.c cli/*.h include/genaicost.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Iinclude $(DEP_CFLAGS) -c $< -o $@

# datadir.o holds PRICINGDIR: rebuilt when it changes (install PREFIX=...)
$(BUILD)/lib/datadir.o: lib/datadir.c lib/*.h include/genaicost.h $(BUILD)/pricingdir
	$(CC) $(CPPFLAGS) -DGAC_PRICINGDIR='"$(PRICINGDIR)"' $(CFLAGS) -fPIC -fvisibility=hidden -Iinclude \
	    $(DEP_CFLAGS) -c $< -o $@
$(BUILD)/pricingdir: FORCE
	@mkdir -p $(BUILD)/lib
	@echo '$(PRICINGDIR)' | cmp -s - $@ || echo '$(PRICINGDIR)' > $@
FORCE:

$(BUILD)/tests/%.o: tests/%.c tests/*.h lib/*.h include/genaicost.h cli/*.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Iinclude -Ilib -Icli $(DEP_CFLAGS) $(shell $(PKG_CONFIG) --cflags check 2>/dev/null) -c $< -o $@

$(STATIC): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(SHARED): $(LIB_OBJ) $(LIBMAP)
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=$(LIBMAP) $(LDFLAGS) -o $@ $(LIB_OBJ) $(DEP_LIBS)
	ln -sf libgenaicost.so.$(ABI).$(VERSION) $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $(BUILD)/libgenaicost.so

$(BIN): $(CLI_OBJ) $(STATIC)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(STATIC) $(DEP_LIBS)

$(BUILD)/genaicost.pc: genaicost.pc.in include/genaicost.h $(BUILD)/pricingdir FORCE
	@mkdir -p $(BUILD)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' \
	    -e 's|@DATADIR@|$(DATADIR)|' -e 's|@PRICINGDIR@|$(PRICINGDIR)|' \
	    -e 's|@VERSION@|$(VERSION)|' $< > $@

$(BUILD)/completion/genaicost: cli/completion.spec cli/completion.awk
	@mkdir -p $(dir $@)
	awk -v shell=bash -f cli/completion.awk cli/completion.spec > $@.tmp && mv $@.tmp $@
$(BUILD)/completion/_genaicost: cli/completion.spec cli/completion.awk
	@mkdir -p $(dir $@)
	awk -v shell=zsh -f cli/completion.awk cli/completion.spec > $@.tmp && mv $@.tmp $@
$(BUILD)/completion/genaicost.fish: cli/completion.spec cli/completion.awk
	@mkdir -p $(dir $@)
	awk -v shell=fish -f cli/completion.awk cli/completion.spec > $@.tmp && mv $@.tmp $@

$(UNIT): $(TEST_OBJ) $(CLI_LIB_OBJ) $(STATIC)
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(CLI_LIB_OBJ) $(STATIC) $(DEP_LIBS) $(CHECK_LIBS)

# ---- tests ----
check: all unit-test cli-test header-test man-lint install-test ci-example-test completion-test progress-test \
       output-test finite-test bench-smoke fault-cases abi-check abi-test
	@echo "make check: all test groups passed"

unit-test: $(UNIT)
	GAC_TEST_ROOT=$(CURDIR) GAC_TEST_BIN=$(CURDIR)/$(BIN) GAC_TEST_PRICINGDIR='$(PRICINGDIR)' $(RUNNER) $(UNIT)

# the CLI cases in CLI_JOBS shards at once (each case has its own scratch
# directory, so the order never matters)
CLI_JOBS ?= 2
cli-test: $(BIN)
	GAC_CLI_JOBS=$(CLI_JOBS) GENAICOST="$(RUNNER) $(CURDIR)/$(BIN)" sh tests/cli/run.sh

completion-test: $(BIN) $(COMPLETIONS)
	sh tests/completion_test.sh $(BIN) $(BUILD)/completion

output-test: $(BIN)
	sh tests/output_test.sh $(BIN)

# --format xlsx read back with openpyxl (Debian python3-openpyxl): values,
# formulas (=Dn*Fn, SUM, cross-sheet references) evaluated against the
# JSON reports, and the bad cases (exit 2 and 4, nothing left behind)
.PHONY: xlsx-test
check: xlsx-test
xlsx-test: $(BIN)
	/usr/bin/python3 tests/xlsx_test.py $(BIN)

# no inf or NaN in any report of the examples and edge volumes (issue 16)
finite-test: $(BIN)
	sh tests/finite_test.sh $(BIN)

# every chart the tool draws parsed as XML and checked against the same
# command's JSON report (series, categories, marks, no script or link),
# and its PNG and PDF (issue 20)
check: chart-test
.PHONY: chart-test charts
chart-test: $(BIN)
	/usr/bin/python3 tests/chart_test.py $(BIN)

# every --format html page: a document with only the tags a report may
# hold, the same table cells and headings as the command's Markdown, the
# footer's sheet and scenario; rendered by headless Chromium (Debian
# chromium-headless-shell) into a PNG that is not blank, laid out within
# A4's width, one printed to an A4 PDF (issue 20)
check: html-test
.PHONY: html-test
html-test: $(BIN)
	/usr/bin/python3 tests/html_test.py $(BIN)

# make charts: the README's pictures, one PNG per kind of chart, under
# examples/charts/
charts: $(BIN)
	@mkdir -p examples/charts
	./$(BIN) estimate examples/document-pipeline.yaml --chart examples/charts/estimate.png >/dev/null
	./$(BIN) compare examples/mixed-deployment.yaml --chart examples/charts/compare.png >/dev/null
	./$(BIN) simulate examples/uncertain-demand.yaml --trials 20000 --budget 12000 \
	    --chart examples/charts/simulate.png >/dev/null
	./$(BIN) sensitivity examples/chatbot.yaml --chart examples/charts/sensitivity.png >/dev/null
	./$(BIN) break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month \
	    --between baseline --and pt-6-month --chart examples/charts/break-even.png >/dev/null
	./$(BIN) what-if examples/chatbot-options.yaml --sweep workloads.chat.requests_per_month=100k:10M:40:log \
	    --format csv --chart examples/charts/sweep.png >/dev/null
	./$(BIN) what-if examples/chatbot.yaml --sweep workloads.chat.requests_per_month=250k:2M:8 \
	    --sweep workloads.chat.output_tokens=100:800:8 --format csv --chart examples/charts/sweep-grid.png >/dev/null
	./$(BIN) forecast examples/growing-assistant.yaml --months 24 --chart examples/charts/forecast.png >/dev/null
	@mkdir -p examples/reports
	./$(BIN) compare examples/mixed-deployment.yaml --explain --format html -o examples/reports/compare.html
	./$(BIN) simulate examples/uncertain-demand.yaml --trials 20000 --budget 12000 --format html \
	    -o examples/reports/simulate.html
	chromium-headless-shell --no-sandbox --disable-gpu --hide-scrollbars --window-size=794,1400 \
	    --user-data-dir=$(BUILD)/chromium-profile --screenshot=examples/charts/html-report.png \
	    file://$(CURDIR)/examples/reports/simulate.html 2>/dev/null

progress-test: $(BIN)
	sh tests/progress_test.sh $(BIN)

# every public declaration documented in the header's fixed shape (issue 21)
check: header-doc-test
header-doc-test:
	sh tests/header_doc_selftest.sh
	python3 tests/header_doc_test.py --allow tests/header_doc_allow.txt include/genaicost.h

# The built library against the committed ABI baseline (abi/check.sh:
# abidw, abidiff with abi/public.supp; Debian abigail-tools): fails on any
# change but added functions, and when the soname moved without the
# baseline.  make abi-baseline records the build (additions, or a soname
# bump); FORCE=1 records a change at the same soname, for what the struct
# policy of libgenaicost(3) allows.  make abi-test proves the check
# catches a removed function and a retyped struct member.
shared: $(SHARED)
abi-check: $(SHARED)
	sh abi/check.sh check $(SHARED)
abi-baseline: $(SHARED)
	sh abi/check.sh baseline $(SHARED) $(FORCE)
abi-test: $(SHARED)
	sh tests/abi_test.sh $(SHARED)

header-test:
	@mkdir -p $(BUILD)
	printf '#include <genaicost.h>\nint main(void) { return gac_strerror(GAC_OK) == 0; }\n' > $(BUILD)/headertest.c
	$(CC) -std=c11 -Wall -Wextra -pedantic -Werror -Iinclude -c $(BUILD)/headertest.c -o $(BUILD)/headertest.o
	@if command -v clang >/dev/null; then \
	    clang -std=c11 -Wall -Wextra -pedantic -Werror -Iinclude -c $(BUILD)/headertest.c -o $(BUILD)/headertest-clang.o \
	    && echo "header test: self-contained under gcc and clang"; \
	else echo "header test: clang not installed, gcc only"; fi

man-lint:
	@if command -v mandoc >/dev/null; then \
	    mandoc -T lint -W warning $(MANPAGES) && echo "man pages: lint clean"; \
	else echo "mandoc not installed: man lint skipped"; fi

# the Python package: pytest against the library just built (its figures
# and the tool's JSON reports), then pip install offline and make install
# into scratch directories, each used from another directory
.PHONY: python-test python-install python-uninstall
check: python-test
python-test: all
	GENAICOST_LIBRARY=$(CURDIR)/$(SHARED) GENAICOST_CLI=$(CURDIR)/$(BIN) PYTHONPATH=$(CURDIR)/python \
	    PYTHONDONTWRITEBYTECODE=1 $(PYTHON) -m pytest -q -p no:cacheprovider python/tests
	sh tests/python_install_test.sh $(BUILD) "$(PYTHON)"

# examples/ci: cost-gate.sh run for real, the GitHub workflow parsed and its
# gate step run in a copy of the tree
ci-example-test: $(BIN)
	GENAICOST=$(CURDIR)/$(BIN) sh tests/ci_example_test.sh

# examples/usage/reconcile.sh run for real: a quarter of CUR 2.0 set beside
# the scenario it should match (exit 0), one month off (exit 1)
check: reconcile-example-test
.PHONY: reconcile-example-test
reconcile-example-test: $(BIN)
	GENAICOST=$(CURDIR)/$(BIN) sh tests/reconcile_example_test.sh

# Install into a scratch DESTDIR with PREFIX=/usr and into a real scratch
# PREFIX, each from a copy of the objects (only datadir.o, which holds
# PRICINGDIR, is rebuilt), then tests/install_test.sh: the layout, and
# examples/embed.c built against the installed genaicost.pc and run from
# another directory.
ITEST := $(BUILD)/itest
install-test: all
	rm -rf $(ITEST) && mkdir -p $(ITEST)/usr $(ITEST)/real
	cp -pR $(BUILD)/lib $(BUILD)/cli $(ITEST)/usr/ && cp -pR $(BUILD)/lib $(BUILD)/cli $(ITEST)/real/
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/$(ITEST)/stage PREFIX=/usr BUILD=$(ITEST)/usr >/dev/null
	$(MAKE) --no-print-directory install PREFIX=$(CURDIR)/$(ITEST)/prefix BUILD=$(ITEST)/real >/dev/null
	sh tests/install_test.sh $(CURDIR)/$(ITEST)/stage $(CURDIR)/$(ITEST)/prefix "$(CC)"
	$(MAKE) --no-print-directory uninstall DESTDIR=$(CURDIR)/$(ITEST)/stage PREFIX=/usr BUILD=$(ITEST)/usr >/dev/null
	@left=$$(find $(ITEST)/stage -type f | wc -l); test $$left -eq 0 || { echo "uninstall left $$left files"; exit 1; }
	@echo "install test: ok"

# make bench: analysis throughput (bench/bench.c), then how near the bare
# sampling loop a simulation could come with a free engine
# (bench/ceiling.c: simulate.c's calls to the engine, the parameter stores
# and the sort are wrapped at link time), then the largest inputs the
# limits allow (bench/scale.sh: 20,000 options, 1,000 workloads, a 10^7-
# point sweep, at a tenth of the size and in full, time and peak RSS),
# then calibrate over 10^6 (gzip and plain) and 10^7 (gzip) generated
# invocation-log records, three runs each, after zlib's inflate alone over
# the same file (bench/calibrate.sh, bench/inflate.c: records/s, CPU time
# and peak RSS, and their ranges), and a 1,000 x 1,000 sweep
# as CSV through the CLI against the library run (bench/sweep_csv.c, issue
# 20: within 3x); not part of check, whose bench-smoke builds them and runs
# them on small counts
CEILING_WRAP := -Wl,--wrap=gac_estimate_total_ws,--wrap=gac_plan_eval,--wrap=gac_plan_eval_block,--wrap=gac_param_store,--wrap=gac_rank_split_for,--wrap=gac_rank_count,--wrap=gac_rank_scatter,--wrap=gac_rank_bucket,--wrap=gac_rank_gather
$(BUILD)/bench: bench/bench.c bench/common.h $(STATIC)
	$(CC) $(CPPFLAGS) $(CFLAGS) -O2 -Iinclude bench/bench.c $(LDFLAGS) $(STATIC) $(DEP_LIBS) -o $@
$(BUILD)/bench-ceiling: bench/ceiling.c bench/common.h lib/internal.h lib/plan.h $(STATIC)
	$(CC) $(CPPFLAGS) $(CFLAGS) -O2 -Iinclude $(DEP_CFLAGS) bench/ceiling.c $(LDFLAGS) $(STATIC) $(CEILING_WRAP) $(DEP_LIBS) -o $@
# BENCH_LOGNORMAL_MAX: the single-lognormal runs' largest trial count (1e8
# takes minutes a run)
BENCH_LOGNORMAL_MAX ?= 1e7
$(BUILD)/bench-sweep-csv: bench/sweep_csv.c $(STATIC)
	$(CC) $(CPPFLAGS) $(CFLAGS) -O2 -Iinclude bench/sweep_csv.c $(LDFLAGS) $(STATIC) $(DEP_LIBS) -o $@
$(BUILD)/bench-inflate: bench/inflate.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -O2 bench/inflate.c $(LDFLAGS) $(shell $(PKG_CONFIG) --libs zlib 2>/dev/null || echo -lz) -o $@
bench: $(BUILD)/bench $(BUILD)/bench-ceiling $(BUILD)/bench-sweep-csv $(BUILD)/bench-inflate $(BIN)
	./$(BUILD)/bench bench/three-workloads.yaml pricing/aws-bedrock.yaml 1000 bench/mc-reference.yaml 1000000 \
	  examples/uncertain-demand.yaml 1e8 1000 $(BIN) bench/single-lognormal.yaml $(BENCH_LOGNORMAL_MAX)
	./$(BUILD)/bench-ceiling pricing/aws-bedrock.yaml bench/mc-reference.yaml 1000000
	sh bench/scale.sh $(BUILD) 10
	sh bench/scale.sh $(BUILD)
	sh bench/calibrate.sh $(BUILD) 1000000 3 plain
	sh bench/calibrate.sh $(BUILD) 10000000 3
	./$(BUILD)/bench-sweep-csv bench/three-workloads.yaml pricing/aws-bedrock.yaml $(BIN) 1000 3
# issue 19's Monte Carlo figures alone (the single lognormal against numpy,
# then the ceiling): what make bench runs first, in a few minutes
bench-mc: $(BUILD)/bench $(BUILD)/bench-ceiling $(BIN)
	./$(BUILD)/bench --lognormal-only - 0 - - - - - $(BIN) bench/single-lognormal.yaml $(BENCH_LOGNORMAL_MAX)
	./$(BUILD)/bench-ceiling pricing/aws-bedrock.yaml bench/mc-reference.yaml 1000000
bench-smoke: $(BUILD)/bench $(BUILD)/bench-ceiling $(BUILD)/bench-sweep-csv $(BUILD)/bench-inflate $(BIN)
	sh tests/bench_smoke.sh $(BUILD)

# every allocation of load-and-estimate failed in turn, under ASan + UBSan
# (tests/fault_test.sh), of every command line in tests/fault/commands: a
# plain -O1 build (build-fault-plain/) runs four allocation indices in five,
# the ASan + UBSan build (build-fault/) every fifth.  `make -jN fault-test`
# (or FAULT_JOBS=N) runs N at a time; FAULT_ONLY=TEXT only the command lines
# containing TEXT; FAULT_MAX=N (default 2000, 0 = all) fails at most N
# allocations of a line, evenly spread over its run.  fault-cases, part of check, are the regression cases of
# the defects it found (tests/fault/cases/*.t, GAC_FAIL_ALLOC_IN).
FAULT_JOBS ?=
FAULT_ONLY ?=
FAULT_MAX ?= 2000
fault-build:
	$(MAKE) --no-print-directory BUILD=build-fault-plain OPT="-O1 -g" CFLAGS="-DGAC_FAULT_INJECTION" all >/dev/null
fault-cases: fault-build
	GAC_CLI_CASES=$(CURDIR)/tests/fault/cases GENAICOST="$(RUNNER) $(CURDIR)/build-fault-plain/genaicost" \
	    sh tests/cli/run.sh
fault-test: fault-cases
	$(MAKE) --no-print-directory SAN=1 BUILD=build-fault CFLAGS="-DGAC_FAULT_INJECTION" all >/dev/null
	@jobs='$(FAULT_JOBS)'; [ -n "$$jobs" ] || jobs=$$(echo " $$MAKEFLAGS" | sed -n 's/.* -j *\([0-9][0-9]*\).*/\1/p'); \
	echo "sh tests/fault_test.sh -j $${jobs:-1} ..."; \
	sh tests/fault_test.sh -j "$${jobs:-1}" -m '$(FAULT_MAX)' -o '$(FAULT_ONLY)' tests/fault/commands \
	    build-fault-plain/genaicost build-fault/genaicost

# make coverage: line and branch coverage of lib/ from the unit tests, the
# CLI cases and the allocation-failure runs (build-cov/, build-cov-fault/);
# summary on stdout, HTML in build-cov/coverage/.  Needs gcovr, installed
# with .ci/deps.sh when missing.
GCOVR_LIB := gcovr --root . --filter 'lib/' --exclude-unreachable-branches
# the floor the issue set for lib/ line coverage; under it make coverage fails
COVERAGE_MIN ?= 90
coverage:
	@command -v gcovr >/dev/null 2>&1 || GAC_DEPS_EXTRA=gcovr sh .ci/deps.sh || { echo "make coverage:" \
	    "needs gcovr (Debian package gcovr, or pip install gcovr); install it and run again" >&2; exit 1; }
	@mkdir -p build-cov build-cov-fault
	find build-cov build-cov-fault -name '*.gcda' -delete
	$(MAKE) --no-print-directory COV=1 all build-cov/tests/unit >/dev/null
	$(MAKE) --no-print-directory COV=1 unit-test cli-test
	$(MAKE) --no-print-directory COV=1 BUILD=build-cov-fault CFLAGS="-DGAC_FAULT_INJECTION" all >/dev/null
	ASAN_OPTIONS= sh tests/fault_test.sh tests/fault/commands build-cov-fault/genaicost
	@rm -rf build-cov/coverage && mkdir -p build-cov/coverage
	$(GCOVR_LIB) build-cov --json build-cov/coverage/tests.json
	$(GCOVR_LIB) build-cov-fault --json build-cov/coverage/fault.json
	@$(GCOVR_LIB) --add-tracefile build-cov/coverage/tests.json --add-tracefile build-cov/coverage/fault.json \
	    --txt --html-details build-cov/coverage/index.html --print-summary --sort-percentage \
	    --fail-under-line $(COVERAGE_MIN) || { echo "make coverage: lib/ lines under $(COVERAGE_MIN)%" >&2; exit 1; }
	@echo "make coverage: HTML report in build-cov/coverage/index.html; lines at or over $(COVERAGE_MIN)%"

# (the plan suite's perturbations: 500 of each option, not make check's 10,000)
# the unit suites (one process) beside the CLI cases (two): three at once
# keep both cores busy until the longer ends, where one after the other
# left one idle through the unit suites
valgrind-check: all $(UNIT)
	CK_FORK=no GAC_TEST_PERTURBATIONS=500 $(MAKE) --no-print-directory -j2 unit-test cli-test \
	    RUNNER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --suppressions=$(CURDIR)/tests/valgrind.supp"

include tests/fuzz/fuzz.mk
include debian/deb.mk

# ---- install ----
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) \
	    $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(PRICINGDIR) \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
	    $(DESTDIR)$(BASHCOMPLETIONDIR) $(DESTDIR)$(ZSHCOMPLETIONDIR) $(DESTDIR)$(FISHCOMPLETIONDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/genaicost
	install -m 644 $(STATIC) $(DESTDIR)$(LIBDIR)/libgenaicost.a
	install -m 755 $(SHARED) $(DESTDIR)$(LIBDIR)/libgenaicost.so.$(ABI).$(VERSION)
	ln -sf libgenaicost.so.$(ABI).$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libgenaicost.so
	install -m 644 include/genaicost.h $(DESTDIR)$(INCLUDEDIR)/genaicost.h
	install -m 644 $(BUILD)/genaicost.pc $(DESTDIR)$(PKGCONFIGDIR)/genaicost.pc
	install -m 644 pricing/*.yaml $(DESTDIR)$(PRICINGDIR)/
	install -m 644 lib/schema/report.schema.json $(DESTDIR)$(DATADIR)/report.schema.json
	install -m 644 $(BUILD)/completion/genaicost $(DESTDIR)$(BASHCOMPLETIONDIR)/genaicost
	install -m 644 $(BUILD)/completion/_genaicost $(DESTDIR)$(ZSHCOMPLETIONDIR)/_genaicost
	install -m 644 $(BUILD)/completion/genaicost.fish $(DESTDIR)$(FISHCOMPLETIONDIR)/genaicost.fish
	for m in $(MANPAGES); do s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/; done
	@# a new soname in a directory the dynamic linker searches (/usr/local/lib)
	@# is found only once its cache knows it: refresh it when installing for real as root
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" = 0 ] && command -v ldconfig >/dev/null 2>&1; then ldconfig; fi

# the Python package (python/): Debian's python3 and the directory its
# sys.path holds for PREFIX (/usr: python3/dist-packages; else
# pythonX.Y/dist-packages, on PYTHONPATH for a prefix Python does not know)
PYTHON     ?= /usr/bin/python3
PYTHONDIR  ?= $(if $(filter /usr,$(PREFIX)),$(PREFIX)/lib/python3/dist-packages,$(PREFIX)/lib/python$(PYVER)/dist-packages)
PYVER       = $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
# make install runs python-install: the Python package into PYTHONDIR with
# pip (offline, nothing compiled), told where the library and the sheets
# are; skipped without pip (PYTHON= skips it too)
install: python-install
uninstall: python-uninstall
python-install:
	@if [ -z "$(PYTHON)" ]; then echo "python-install: PYTHON= given: Python package not installed"; exit 0; fi; \
	if ! $(PYTHON) -m pip --version >/dev/null 2>&1; then \
	    echo "python-install: no '$(PYTHON) -m pip' (Debian python3-pip): Python package not installed"; exit 0; fi; \
	rm -rf $(BUILD)/python-src && mkdir -p $(BUILD) && cp -R python $(BUILD)/python-src && \
	echo "$(PYTHON) -m pip install --target $(DESTDIR)$(PYTHONDIR) python" && \
	$(PYTHON) -m pip install -q --root-user-action=ignore --no-cache-dir --no-build-isolation --no-index --no-deps --no-compile \
	    --upgrade --target $(DESTDIR)$(PYTHONDIR) $(BUILD)/python-src && \
	printf '# written by make install\nLIBRARY = "%s"\nPRICINGDIR = "%s"\n' "$(LIBDIR)/$(SONAME)" "$(PRICINGDIR)" \
	    > $(DESTDIR)$(PYTHONDIR)/genaicost/_config.py
python-uninstall:
	rm -rf $(DESTDIR)$(PYTHONDIR)/genaicost $(DESTDIR)$(PYTHONDIR)/genaicost-*.dist-info

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/genaicost $(DESTDIR)$(LIBDIR)/libgenaicost.a \
	    $(DESTDIR)$(LIBDIR)/libgenaicost.so.$(ABI).$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME) \
	    $(DESTDIR)$(LIBDIR)/libgenaicost.so $(DESTDIR)$(INCLUDEDIR)/genaicost.h \
	    $(DESTDIR)$(PKGCONFIGDIR)/genaicost.pc
	for f in pricing/*.yaml; do rm -f $(DESTDIR)$(PRICINGDIR)/$${f##*/}; done
	rm -f $(DESTDIR)$(DATADIR)/report.schema.json $(DESTDIR)$(BASHCOMPLETIONDIR)/genaicost \
	    $(DESTDIR)$(ZSHCOMPLETIONDIR)/_genaicost $(DESTDIR)$(FISHCOMPLETIONDIR)/genaicost.fish
	for m in $(MANPAGES); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	-rmdir $(DESTDIR)$(PRICINGDIR) $(DESTDIR)$(DATADIR) 2>/dev/null

# ---- refreshing the bundled prices (maintainers; not part of check) ----
# make pricing-refresh: download AWS's Price List offer files for Bedrock
# (curl; fails clearly offline), import them with genaicost import-prices,
# merge into pricing/aws-bedrock.yaml, validate and diff, and cross-check
# with pricing/tools/genai-prices-check.mjs when present; everything in
# REFRESH_DIR, nothing under pricing/ changed (pricing/tools/refresh.sh,
# pricing/README.md "Refreshing the sheet").  REFRESH_OFFER_FILES="F..."
# uses offer files already at hand; REFRESH_OFFERS and REFRESH_REGIONS
# narrow the download.
REFRESH_DIR ?= $(BUILD)/pricing-refresh
.PHONY: pricing-refresh
pricing-refresh: $(BIN)
	sh pricing/tools/refresh.sh $(BIN) $(REFRESH_DIR)

# ---- first run on a fresh machine ----
deps:
	@sh .ci/deps.sh

demo: deps
	$(MAKE) --no-print-directory all
	./$(BIN) estimate examples/chatbot.yaml

clean:
	rm -rf build build-san build-fault build-fault-plain build-clang build-cov build-cov-fault build-fuzz
