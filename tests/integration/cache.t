#!/usr/bin/env bash
# The op cache: what must hit, what must miss, and that a cached build gives
# the same image digest as the first. Parallel stages finish together.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx cache)
echo "v1" > "$ctx/file.txt"
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
ARG USED=a
COPY file.txt /f
RUN echo "run saw $USED" > /used && echo "out: $USED" && cat /proc/sys/kernel/random/uuid > /stamp
ENV DONE=1
DF
b() { st build --progress plain "$@" "$ctx" 2>"$T_DIR/log"; }

d1=$(b)
tap_ok "first build" test -n "$d1"
d2=$(b)
tap_is "$d2" "$d1" "a no-change rebuild gives the same image digest"
tap_like "$(cat "$T_DIR/log")" "CACHED RUN" "and runs nothing (RUN is CACHED)"
tap_unlike "$(cat "$T_DIR/log")" "| out:" "the RUN's output does not appear"

touch -d '2001-01-01' "$ctx/file.txt"
d3=$(b)
tap_is "$d3" "$d1" "an mtime-only change is a hit"

# same size, same mtime, other bytes
m=$(stat -c %Y "$ctx/file.txt")
echo "v2" > "$ctx/file.txt"
touch -d "@$m" "$ctx/file.txt"
d4=$(b)
tap_unlike "$d4" "$d1" "a content change with the same size and mtime is a miss"
tap_like "$(cat "$T_DIR/log")" "COPY file.txt /f" "the COPY ran again"
tap_unlike "$(cat "$T_DIR/log")" "CACHED COPY" "and was not cached"

d5=$(b --build-arg UNUSED=zzz)
tap_is "$d5" "$d4" "a build arg no instruction uses is a hit"
d6=$(b --build-arg USED=b)
tap_unlike "$d6" "$d4" "a build arg that RUN uses is a miss"
tap_is "$(st run "$d6" cat /used)" "run saw b" "and RUN saw the new value"

d7=$(b --no-cache)
tap_unlike "$d7" "$d4" "--no-cache runs everything again"
tap_unlike "$(cat "$T_DIR/log")" "CACHED" "nothing is CACHED with --no-cache"

# a failed RUN is not cached
fctx=$(mkctx failing)
printf 'FROM busybox:local\nRUN test -e /tmp/flag-ok || exit 4\n' > "$fctx/Dockerfile"
st build "$fctx" >/dev/null 2>&1
tap_fails "a failing RUN fails" st build "$fctx"
tap_unlike "$(st build "$fctx" 2>&1)" "CACHED RUN" "a failed RUN is never cached"

# two independent stages that each sleep 1 finish well under 2 s together
pctx=$(mkctx parallel)
cat > "$pctx/Dockerfile" <<'DF'
FROM busybox:local AS a
RUN sleep 1 && echo a > /a
FROM busybox:local AS b
RUN sleep 1 && echo b > /b
FROM busybox:local
COPY --from=a /a /a
COPY --from=b /b /b
DF
start=$(date +%s%N)
st build --no-cache "$pctx" >/dev/null 2>&1
ms=$(( ($(date +%s%N) - start) / 1000000 ))
tap_ok "two 1 s stages in parallel take under 1.9 s (took ${ms} ms)" test "$ms" -lt 1900
tap_done
