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

.PHONY: all deps build demo check unit lint clean

all: build

deps:
	@./.ci/deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILDTYPE) >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

demo: build
	@STRATA=$(STRATA) STRATA_ROOT=$(DEMO_ROOT) ./examples/demo.sh

check: build lint
	@STRATA=$(STRATA) STRATA_SHARED=$(STRATA_SHARED) prove -j1 \
	  $(BUILD)/tests/unit tests/lua tests/integration

lint:
	@./.ci/lint

clean:
	rm -rf $(BUILD)
