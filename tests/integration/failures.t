#!/usr/bin/env bash
# Bad input: a failing RUN names the step and exit code and leaves the previous
# image of that tag alone; Dockerfile errors name file:line; a missing context
# file names its path.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx ok)
printf 'FROM busybox:local\nRUN echo good > /v\n' > "$ctx/Dockerfile"
st build -t app:1 "$ctx" >/dev/null 2>&1
before=$(st images -q)
good=$(st build -t app:1 "$ctx" 2>/dev/null)

bad=$(mkctx bad)
printf 'FROM busybox:local\n# a comment\nRUN echo about to fail && \\\n    exit 3\n' > "$bad/Dockerfile"
err=$(st build -t app:1 "$bad" 2>&1)
tap_fails "a RUN that exits 3 fails the build" st build -t app:1 "$bad"
tap_like "$err" "Dockerfile:3" "the error names the Dockerfile line"
tap_like "$err" "exit code 3" "the error names the exit code"
tap_like "$err" 'process "/bin/sh -c echo about to fail' "the error names the process"
tap_is "$(st images -q)" "$before" "the tag still points at the previous image"
tap_is "$(st run app:1 cat /v)" "good" "the previous image still runs"

typo=$(mkctx typo)
printf 'FROM busybox:local\n\n\n\n\n\nCOPPY a b\n' > "$typo/Dockerfile"
err=$(st build "$typo" 2>&1)
tap_like "$err" "Dockerfile:7: unknown instruction 'COPPY'" "an unknown instruction names file:line"
tap_like "$err" "COPY" "and suggests the nearest one"

miss=$(mkctx missing)
printf 'FROM busybox:local\nCOPY nothere.txt /x\n' > "$miss/Dockerfile"
err=$(st build "$miss" 2>&1)
tap_like "$err" "nothere.txt" "a missing context file is named"
tap_like "$err" "Dockerfile:2" "with its Dockerfile line"

nobase=$(mkctx nobase)
printf 'FROM nosuchimage:1\n' > "$nobase/Dockerfile"
err=$(st build "$nobase" 2>&1)
tap_like "$err" "nosuchimage:1" "a missing base image is named"

unsup=$(mkctx unsupported)
printf 'FROM busybox:local\nADD git@github.com:o/r.git /src\n' > "$unsup/Dockerfile"
err=$(st build "$unsup" 2>&1)
tap_like "$err" "Dockerfile:2" "an unsupported feature names its line"
tap_like "$err" "not supported yet" "and says it is not supported yet"

# every step's whole log is kept in the store, never clipped
big=$(mkctx biglog)
printf 'FROM busybox:local\nRUN seq 1 300000 && exit 5\n' > "$big/Dockerfile"
err=$(st build "$big" 2>&1)
log=$(printf '%s\n' "$err" | sed -n 's/.*(full log: \(.*\.log\)).*/\1/p' | tail -1)
tap_ok "the failure names the step's log file" test -f "$log"
tap_is "$(wc -l < "$log" 2>/dev/null)" "300000" "the log holds all 300,000 lines (more than 1 MiB)"

tap_ok "the store is still usable" st images
tap_done
