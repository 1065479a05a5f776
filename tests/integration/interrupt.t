#!/usr/bin/env bash
# An interrupted build (Ctrl-C, or killed outright) loses nothing: the
# previous image of the tag is intact, no mount is left behind, the store's
# leftovers are swept at the next open, and the next build works.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx int)
printf 'FROM busybox:local\nRUN echo first > /v\n' > "$ctx/Dockerfile"
st build -t app:1 "$ctx" >/dev/null 2>&1
before=$(st images -q)

printf 'FROM busybox:local\nRUN echo second > /v && sleep 37\n' > "$ctx/Dockerfile"
# job control: a background job of a script otherwise ignores SIGINT, and
# Ctrl-C is what this simulates
set -m
for sig in INT TERM KILL; do
  "$STRATA" --root "$STRATA_ROOT" build -t app:1 "$ctx" >/dev/null 2>&1 &
  pid=$! # strata itself (st is a function: its $! would be a subshell)
  # wait until the RUN is running (its sleep is in the build's process tree)
  for _ in $(seq 1 50); do pgrep -f "sleep 3[7]" >/dev/null && break; sleep 0.1; done
  kill -s "$sig" "$pid"
  wait "$pid" 2>/dev/null
  tap_ok "SIG$sig stops the build" test -z "$(ps -o pid= -p "$pid")"
  for _ in $(seq 1 50); do pgrep -f "sleep 3[7]" >/dev/null || break; sleep 0.1; done
  tap_ok "  and its RUN process with it" sh -c '! pgrep -f "sleep 3[7]" >/dev/null'
  tap_is "$(st images -q)" "$before" "  the tag still names the previous image"
  tap_is "$(st run app:1 cat /v)" "first" "  which still runs"
  tap_ok "  no mount of the store is left" sh -c "! grep -q '$STRATA_ROOT' /proc/mounts"
done
tap_ok "the next open sweeps the leftovers in tmp/" sh -c "st() { \"$STRATA\" --root \"$STRATA_ROOT\" \"\$@\"; }; st images >/dev/null && test -z \"\$(ls -A '$STRATA_ROOT/tmp')\""
printf 'FROM busybox:local\nRUN echo third > /v\n' > "$ctx/Dockerfile"
st build -t app:1 "$ctx" >/dev/null 2>&1
tap_is "$(st run app:1 cat /v)" "third" "the next build works and tags"
tap_done
