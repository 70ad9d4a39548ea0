# Fuzzing (included from the Makefile).  `make fuzz` builds the libFuzzer
# harnesses of tests/fuzz/ with clang under ASan + UBSan in build-fuzz/
# and runs each for FUZZ_SECONDS; `make fuzz-regress` replays the inputs
# fuzzing once broke the library with (tests/data/bad/fuzz-*).

FUZZ_CC      ?= clang
FUZZ_BUILD   := build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS  := -std=c11 -O1 -g $(WARN) $(FUZZ_SAN) -DGAC_FUZZ_SHEET_PATH='"$(CURDIR)/pricing/aws-bedrock.yaml"'
FUZZ_HARNESSES := sheet scenario number baseline csv
FUZZ_BINS    := $(FUZZ_HARNESSES:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=$(FUZZ_BUILD)/%.o)
# per harness: longest input worth mutating (the bundled sheet is ~60 KiB)
FUZZ_MAXLEN_sheet    := 65536
FUZZ_MAXLEN_scenario := 16384
FUZZ_MAXLEN_number   := 256
FUZZ_MAXLEN_baseline := 16384
FUZZ_MAXLEN_csv      := 16384
FUZZ_DICT_sheet      := tests/fuzz/yaml.dict
FUZZ_DICT_scenario   := tests/fuzz/yaml.dict
FUZZ_DICT_baseline   := tests/fuzz/json.dict
FUZZ_DICT_csv        := tests/fuzz/csv.dict
FUZZ_ENV := ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: fuzz fuzz-build fuzz-corpus fuzz-regress

$(FUZZ_BUILD)/lib/%.o: lib/%.c lib/*.h include/genaicost.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -Iinclude $(DEP_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB_OBJ) include/genaicost.h lib/internal.h
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Iinclude -Ilib $(DEP_CFLAGS) -o $@ $< $(FUZZ_LIB_OBJ) $(DEP_LIBS)

# the objects outlive the link, so a rebuild only recompiles what changed
.SECONDARY: $(FUZZ_LIB_OBJ)

fuzz-build: $(FUZZ_BINS)

fuzz-corpus: $(BIN)
	sh tests/fuzz/corpus.sh $(FUZZ_BUILD)/seeds $(BIN)

# Findings land in build-fuzz/findings/, the grown corpus in
# build-fuzz/corpus/HARNESS/, each run's log in build-fuzz/fuzz_HARNESS.log.
fuzz: $(FUZZ_HARNESSES:%=fuzz-run-%)

fuzz-run-%: $(FUZZ_BUILD)/fuzz_% fuzz-corpus
	@mkdir -p $(FUZZ_BUILD)/findings $(FUZZ_BUILD)/corpus/$*
	@echo "== fuzz_$* for $(FUZZ_SECONDS) s =="
	@$(FUZZ_ENV) ./$(FUZZ_BUILD)/fuzz_$* $(FUZZ_BUILD)/corpus/$* $(FUZZ_BUILD)/seeds/$* \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAXLEN_$*) -rss_limit_mb=2048 -timeout=10 \
	    -print_final_stats=1 -artifact_prefix=$(CURDIR)/$(FUZZ_BUILD)/findings/$*- \
	    $(if $(FUZZ_DICT_$*),-dict=$(FUZZ_DICT_$*)) > $(FUZZ_BUILD)/fuzz_$*.log 2>&1 \
	    || { tail -n 60 $(FUZZ_BUILD)/fuzz_$*.log; echo "fuzz_$*: FAILED, see $(FUZZ_BUILD)/findings/"; exit 1; }
	@grep -E '^stat::(number_of_executed_units|peak_rss_mb)' $(FUZZ_BUILD)/fuzz_$*.log | sed 's/^/fuzz_$*: /'

# Every seed and every input fuzzing once broke the library with, run
# once through its harness (no mutation): seconds, for CI.
fuzz-regress: fuzz-build fuzz-corpus
	@for h in $(FUZZ_HARNESSES); do \
	    $(FUZZ_ENV) ./$(FUZZ_BUILD)/fuzz_$$h -runs=0 -rss_limit_mb=2048 -timeout=10 \
	        $(FUZZ_BUILD)/seeds/$$h $$(ls tests/data/bad/fuzz-$$h-* 2>/dev/null) \
	        > $(FUZZ_BUILD)/regress_$$h.log 2>&1 \
	    || { tail -n 60 $(FUZZ_BUILD)/regress_$$h.log; exit 1; }; \
	    echo "fuzz_$$h: $$(ls $(FUZZ_BUILD)/seeds/$$h | wc -l) seeds and $$(ls tests/data/bad/fuzz-$$h-* 2>/dev/null | wc -l) regression inputs replayed"; \
	done
