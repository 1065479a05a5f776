# strata — the two commands: `make demo` and `make check` (see README.md).
# Both install what is missing (Debian packages), then build with CMake.

BUILD     ?= build
BUILDTYPE ?= RelWithDebInfo
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
STRATA    := $(CURDIR)/$(BUILD)/bin/strata
# the demo uses the default store, as a user would; override with DEMO_ROOT=DIR
DEMO_ROOT ?= /var/lib/strata
# the conformance data handed to us, when it is there
STRATA_SHARED ?= $(abspath $(CURDIR)/../shared)

# the test suite, the same for `make check` and `make check-asan`; $(1) is
# the build directory whose unit tests run
SUITE = $(1)/tests/unit tests/lua tests/fuzz tests/integration $(wildcard tests/conformance)

# `make check-asan`: the whole suite against an ASan+UBSan build of its own
# (of the conformance cases, every fourth of cases/: docker's references are
# already cached by `make check`, and realworld/ is apt-get time, not ours).
# Every report goes to a file under ASAN_LOG (pid-suffixed), not to stderr:
# a test that expects a command to fail, or that reads its stderr, would
# otherwise swallow it; any report there fails the target after prove.
ASAN_BUILD ?= build-asan
# the lines of LeakSanitizer failing to stop the process's threads (it cannot
# under ptrace, and its tracer thread sometimes crashes): not a finding
LSAN_TRACER = ^(Tracer caught signal [0-9]+.*|==[0-9]+==LeakSanitizer has encountered a fatal error\.|==[0-9]+==HINT: .*)$$
ASAN_LOG   ?= $(CURDIR)/$(ASAN_BUILD)/sanitizer-logs
ASAN_ENV    = ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:log_path=$(ASAN_LOG)/asan \
              LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp:print_suppressions=0 \
              UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=$(ASAN_LOG)/ubsan

.PHONY: all deps build demo check check-asan unit lint clean fuzz

all: build

deps:
	@./.ci/deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILDTYPE) >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

demo: build
	@STRATA=$(STRATA) STRATA_ROOT=$(DEMO_ROOT) ./examples/demo.sh

check: build lint
	@STRATA=$(STRATA) STRATA_SHARED=$(STRATA_SHARED) prove -j1 $(call SUITE,$(BUILD))

check-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=$(BUILDTYPE) -DSTRATA_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)
	@rm -rf $(ASAN_LOG) && mkdir -p $(ASAN_LOG)
	@status=0; $(ASAN_ENV) STRATA=$(CURDIR)/$(ASAN_BUILD)/bin/strata \
	  STRATA_HELPERS=$(CURDIR)/$(ASAN_BUILD)/tests/helpers \
	  STRATA_CONFORMANCE_SETS=cases STRATA_CONFORMANCE_SAMPLE=4 STRATA_SHARED=$(STRATA_SHARED) prove -j1 $(call SUITE,$(ASAN_BUILD)) || status=1; \
	for f in $(ASAN_LOG)/*; do \
	  [ -e "$$f" ] || continue; echo "== $$f"; cat "$$f"; \
	  if grep -vqE '$(LSAN_TRACER)' "$$f"; then status=1; \
	  else echo "check-asan: $$f: LeakSanitizer's tracer failed (ptrace), no finding" >&2; fi; \
	done; \
	[ $$status = 0 ] || echo "check-asan: sanitizer reports in $(ASAN_LOG)" >&2; exit $$status

lint:
	@./.ci/lint

# `make fuzz`: the libFuzzer harnesses of tests/fuzz/ (clang, ASan+UBSan)
# into $(FUZZ_BUILD)/tests/fuzz/; `bench/fuzz SECONDS` runs them
FUZZ_BUILD ?= build-fuzz
fuzz: deps
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DSTRATA_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS) --target fuzz

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
