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

# two independent stages run at the same time: each waits (up to 20 s) in a
# shared cache mount for the other's mark, so run one after the other the
# first gives up and the build fails; no clock is read
pctx=$(mkctx parallel)
cat > "$pctx/Dockerfile" <<'DF'
FROM busybox:local AS a
RUN --mount=type=cache,id=meet,target=/m,sharing=shared touch /m/a && i=0 && while [ ! -e /m/b ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i+1)); done && test -e /m/b && echo a > /a
FROM busybox:local AS b
RUN --mount=type=cache,id=meet,target=/m,sharing=shared touch /m/b && i=0 && while [ ! -e /m/a ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i+1)); done && test -e /m/a && echo b > /b
FROM busybox:local
COPY --from=a /a /a
COPY --from=b /b /b
DF
tap_ok "two independent stages run at the same time (each saw the other's mark)" \
  st build --no-cache "$pctx"
tap_done
