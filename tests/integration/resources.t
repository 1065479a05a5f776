#!/usr/bin/env bash
# Shared and scarce resources: cache mounts two builds use at once
# (sharing=locked waits, shared writers do not corrupt each other, private
# gets a copy of its own), and a store on a full disk (a clear error, the
# store still consistent, the previous image intact). The full-disk RUN
# writes 28 MB into a 48 MB store: the step itself fits, strata's layer of
# it does not.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

# --- cache mounts, two builds at once -------------------------------------
# Each RUN makes /c/busy with mkdir (which fails when it exists), waits, then
# removes it: two RUNs inside the locked cache at once make one of them fail.
# The two builds run at the same time; each RUN also records its own name.
meet() { # NAME SHARING -> a context whose RUN uses cache "meet-SHARING"
  local ctx
  ctx=$(mkctx "$1")
  cat > "$ctx/Dockerfile" <<DF
FROM busybox:local
RUN --mount=type=cache,id=meet-$2,target=/c,sharing=$2 \\
    mkdir /c/busy && echo $1 >> /c/names && sleep 1 && rmdir /c/busy && echo ran > /ran-$1
DF
  echo "$ctx"
}
a=$(meet la locked) b=$(meet lb locked)
st build --no-cache "$a" > "$T_DIR/la.log" 2>&1 & pa=$!
st build --no-cache "$b" > "$T_DIR/lb.log" 2>&1 & pb=$!
wait $pa; ra=$?
wait $pb; rb=$?
tap_is "$ra $rb" "0 0" "sharing=locked: two builds' RUNs never in the cache together (both succeed)"
names=$(ls "$STRATA_ROOT"/cache-mounts/*/names 2>/dev/null | while read -r f; do sort "$f"; done | tr '\n' ' ')
tap_is "$names" "la lb " "sharing=locked: both wrote the same cache"

# shared: both write at once; the cache holds both lines whole
sh_ctx() {
  local ctx
  ctx=$(mkctx "$1")
  cat > "$ctx/Dockerfile" <<DF
FROM busybox:local
RUN --mount=type=cache,id=meet-shared,target=/c,sharing=shared \\
    for i in \$(seq 1 200); do echo $1-\$i >> /c/lines; done
DF
  echo "$ctx"
}
a=$(sh_ctx sa) b=$(sh_ctx sb)
st build --no-cache "$a" > /dev/null 2>&1 & pa=$!
st build --no-cache "$b" > /dev/null 2>&1 & pb=$!
wait $pa; ra=$?
wait $pb; rb=$?
tap_is "$ra $rb" "0 0" "sharing=shared: two writers at once both succeed"
lines=$(cat "$STRATA_ROOT"/cache-mounts/*/lines 2>/dev/null)
tap_is "$(printf '%s\n' "$lines" | grep -cE '^s[ab]-[0-9]+$')" "400" \
  "sharing=shared: every line of both is there, none torn"

# private: while one RUN holds the cache, the other gets an empty one of its own
a=$(meet pa private) b=$(meet pb private)
st build --no-cache "$a" > /dev/null 2>&1 & pa=$!
st build --no-cache "$b" > /dev/null 2>&1 & pb=$!
wait $pa; ra=$?
wait $pb; rb=$?
tap_is "$ra $rb" "0 0" "sharing=private: two builds at once both succeed"

# --- a full disk ---------------------------------------------------------
small="$T_DIR/small"
mkdir -p "$small"
if ! mount -t tmpfs -o size=48m strata-test "$small" 2>/dev/null; then
  tap_skip_rest "cannot mount a tmpfs for the full-disk case"
fi
trap 'umount -l "$small" 2>/dev/null; t_cleanup' EXIT
export STRATA_ROOT="$small/store"
import_busybox
ok_ctx=$(mkctx fits)
printf 'FROM busybox:local\nRUN echo fits > /fits\n' > "$ok_ctx/Dockerfile"
tap_ok "a build that fits" st build -t fits:1 "$ok_ctx"
big=$(mkctx big)
printf 'FROM busybox:local\nRUN head -c 28000000 /dev/urandom > /big\n' > "$big/Dockerfile"
out=$(st build -t fits:1 "$big" 2>&1)
rc=$?
tap_ok "a build that fills the disk fails (exit $rc)" test "$rc" != 0
tap_like "$out" "no space left on device" "and says the disk is full"
tap_like "$out" "Dockerfile:2" "naming the Dockerfile line"
tap_is "$(st run fits:1 cat /fits 2>&1)" "fits" "the previous image under the tag is intact"
tap_ok "fsck finds the store consistent" st fsck
tap_is "$(st build -t fits:2 "$ok_ctx" > /dev/null 2>&1; echo $?)" "0" \
  "the store is usable: the next build succeeds"
umount -l "$small"
tap_done
