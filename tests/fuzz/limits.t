#!/usr/bin/env bash
# Big Dockerfiles stay within bounds: a 100,000-line Dockerfile parses, and
# 1,000 stages are checked and described, in bounded memory (peak RSS) and
# CPU time (user + system, not wall time: the machine may be busy),
# measured with /usr/bin/time. The bounds are generous — a few times what
# was measured (2026-12, the strata binary of a RelWithDebInfo build: 100,000
# lines 170-225 MB and 3.5-4.5 s; 1,000 stages 43 MB and 0.3 s) — so they
# catch what grows out of bounds (a quadratic step, a copy per line), not
# noise.
. "$(dirname "$0")/../integration/lib.sh"
need_cmd /usr/bin/time

# under ASan (make check-asan sets ASAN_OPTIONS) memory is about 3-7 times
# as much (measured 649 MB and 290 MB): double the memory bounds there
mem_scale=1
[ -n "${ASAN_OPTIONS:-}" ] && mem_scale=2

# measured NAME MAX_MB MAX_S CMD...: CMD succeeds within MAX_MB peak RSS and
# MAX_S seconds of CPU
measured() {
  local name=$1 max_mb=$(($2 * mem_scale)) max_s=$3; shift 3
  T_N=$((T_N + 1))
  if ! /usr/bin/time -f '%M %U %S' -o "$T_DIR/$name.time" "$@" >"$T_DIR/$name.out" 2>"$T_DIR/$name.err"; then
    T_FAIL=$((T_FAIL + 1)); echo "not ok $T_N - $name: failed"
    tail -5 "$T_DIR/$name.err" | sed 's/^/#   /'
    return
  fi
  read -r kb user sys < <(tail -1 "$T_DIR/$name.time")
  local mb=$((kb / 1024)) cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  if [ "$mb" -le "$max_mb" ] && awk -v c="$cpu" -v m="$max_s" 'BEGIN { exit !(c <= m) }'; then
    echo "ok $T_N - $name: ${mb} MB peak, ${cpu} s CPU (bounds ${max_mb} MB, ${max_s} s)"
  else
    T_FAIL=$((T_FAIL + 1))
    echo "not ok $T_N - $name: ${mb} MB peak, ${cpu} s CPU (bounds ${max_mb} MB, ${max_s} s)"
  fi
}

# 100,000 lines: RUN, ENV, LABEL, COPY, continuation lines and heredocs
big=$(mkctx big)
awk 'BEGIN {
  print "FROM busybox AS base"
  n = 1
  for (i = 0; n < 100000; i++) {
    k = i % 6
    if (k == 0)      { print "RUN echo " i " && true"; n += 1 }
    else if (k == 1) { print "ENV K" i "=v" i " OTHER=\"x y\""; n += 1 }
    else if (k == 2) { print "LABEL l" i "=\"" i "\""; n += 1 }
    else if (k == 3) { print "COPY --chown=1:1 a" i " /b" i "/"; n += 1 }
    else if (k == 4) { print "RUN set -e; \\"; print "    echo " i; n += 2 }
    else             { print "RUN <<EOF"; print "echo " i; print "EOF"; n += 3 }
  }
}' > "$big/Dockerfile"
tap_is "$(wc -l < "$big/Dockerfile")" 100000 "the big Dockerfile has 100,000 lines"
measured "100,000 lines parse" 1024 60 "$STRATA" dockerfile parse "$big/Dockerfile"
tap_is "$(grep -c '' "$T_DIR/100,000 lines parse.out")" \
  "$(grep -c -E '^(FROM|RUN|ENV|LABEL|COPY) ' "$big/Dockerfile")" "  and every instruction is in the dump"

# 1,000 stages, each built (--all-stages) from scratch with config steps
stages=$(mkctx stages)
awk 'BEGIN { for (i = 0; i < 1000; i++) {
  print "FROM scratch AS s" i; print "ENV I=" i; print "LABEL stage=s" i } }' > "$stages/Dockerfile"
measured "1,000 stages build" 512 30 "$STRATA" --root "$STRATA_ROOT" build --all-stages "$stages"
tap_done
