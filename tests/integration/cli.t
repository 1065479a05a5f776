#!/usr/bin/env bash
# The command line: help for every command, errors for bad usage.
. "$(dirname "$0")/lib.sh"

tap_like "$(st --help)" "usage: strata" "strata --help"
for c in build import images run sandboxes; do
  tap_like "$(st "$c" --help)" "usage: strata $c" "strata $c --help"
done
tap_like "$(st --version)" "strata " "strata --version"
tap_fails "an unknown command fails" st frobnicate
tap_like "$(st frobnicate 2>&1)" "unknown command 'frobnicate'" "and says so"
tap_like "$(st build --bogus . 2>&1)" "unknown option '--bogus'" "an unknown option is named"
tap_like "$(st build "$T_DIR/nope" 2>&1)" "is not a directory" "a missing context is named"
tap_like "$(st sandboxes)" "namespaces" "sandboxes lists the namespaces backend"
tap_done
