#!/usr/bin/env bash
# The fuzz harnesses (tests/fuzz/fuzz_<name>.c) replay their seed corpus
# (tests/fuzz/corpus/<name>/: the seeds, and every crash fuzzing found, kept
# so it stays fixed). Uses the harnesses of the build $STRATA comes from,
# built there with the replaying main() of tests/fuzz/replay.c.
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
STRATA=${STRATA:-$repo/build/bin/strata}
bin=$(dirname "$STRATA")/../tests/fuzz
n=0
fail=0
# relative paths: the layer harness chroots (as root) and keeps the working
# directory outside, so only relative paths still reach the corpus
cd "$repo" || exit 1
for src in tests/fuzz/fuzz_*.c; do
  name=$(basename "$src" .c)
  name=${name#fuzz_}
  n=$((n + 1))
  files=$(find "tests/fuzz/corpus/$name" -type f ! -name '.*' 2>/dev/null | wc -l)
  if [ ! -x "$bin/$name" ]; then
    echo "not ok $n - $name: no harness at $bin/$name"; fail=$((fail + 1)); continue
  fi
  if [ "$files" -eq 0 ]; then
    echo "not ok $n - $name: no seed corpus in tests/fuzz/corpus/$name"; fail=$((fail + 1)); continue
  fi
  # -timeout: no input may take long (libFuzzer's default is 1200 s; ours
  # catches what was slow, like a 64,000-character word's did-you-mean)
  if out=$("$bin/$name" -timeout=5 "tests/fuzz/corpus/$name" 2>"${TMPDIR:-/tmp}/strata-replay.$$"); then
    case "$out" in
      "replayed $files inputs;"*) echo "ok $n - $name: $out" ;;
      *) echo "not ok $n - $name: replayed other than the $files files: $out"; fail=$((fail + 1)) ;;
    esac
  else
    echo "not ok $n - $name: the harness failed on its corpus"
    grep -v '^replay: ' "${TMPDIR:-/tmp}/strata-replay.$$" | tail -30 | sed 's/^/#   /'
    tail -1 "${TMPDIR:-/tmp}/strata-replay.$$" | sed 's/^/#   last: /'
    fail=$((fail + 1))
  fi
  rm -f "${TMPDIR:-/tmp}/strata-replay.$$"
done
echo "1..$n"
[ "$fail" -eq 0 ]
