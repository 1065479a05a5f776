#!/usr/bin/env bash
# The stat cache's walk memo (core/copydigest.c, core/statcache.c): a COPY
# source whose every stat is unchanged takes its digest from the memo
# without reading the stat table or a file; any change to a selected file
# (bytes, mode, a new or removed name) walks and hashes again, and the
# digest is always the one the contents give.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx memo)
# enough top-level names for the signature walk to split them in parts
for d in $(seq 1 12); do
  mkdir -p "$ctx/d$d"
  for f in $(seq 1 5); do echo "file $d/$f" >"$ctx/d$d/f$f"; done
  echo "top $d" >"$ctx/t$d"
done
printf 'FROM busybox:local\nCOPY . /ctx\n' >"$ctx/Dockerfile"
b() { st build --progress plain "$ctx" 2>"$T_DIR/log"; }
table() { ls "$STRATA_ROOT"/statcache/ | grep -v '\.sig$' | grep -v '\.tmp\.' || true; }
# files changed in the last 2 s are never memoised (their times could
# still move within the same tick): let the context age first
sleep 3

d1=$(b)
tap_ok "first build" test -n "$d1"
tap_ok "it memoised the walk" sh -c "ls '$STRATA_ROOT'/statcache/*.sig"
tap_is "$(table | wc -l)" "1" "and kept the stat table"

rm -f "$STRATA_ROOT/statcache/$(table)"
d2=$(b)
tap_is "$d2" "$d1" "a no-change rebuild gives the same digest"
tap_like "$(cat "$T_DIR/log")" "CACHED COPY" "the COPY is CACHED"
tap_is "$(table)" "" "without hashing a file (the stat table was not needed)"

# same size and mtime, other bytes: ctime moved, so the memo misses
f=$ctx/d7/f3
m=$(stat -c %Y "$f")
echo "file 7/X" >"$f"
touch -d "@$m" "$f"
d3=$(b)
tap_unlike "$d3" "$d1" "a content change with the same size and mtime is a miss"
tap_is "$(table | wc -l)" "1" "it hashed again (the stat table is back)"

# the old bytes again: the memo misses, the digest is the first one's
echo "file 7/3" >"$f"
touch -d "@$m" "$f"
d4=$(b)
tap_is "$d4" "$d1" "the old bytes back: the first digest, from the contents"
tap_like "$(cat "$T_DIR/log")" "CACHED COPY" "and the first COPY's cache"

chmod 600 "$ctx/t3"
tap_unlike "$(b)" "$d1" "a mode change is a miss"
chmod 644 "$ctx/t3"
echo new >"$ctx/d2/new"
tap_unlike "$(b)" "$d1" "a new file is a miss"
rm "$ctx/d2/new"
tap_is "$(b)" "$d1" "removed again: the first digest"

# once those edits have aged, the memo holds this state too
sleep 3
b >/dev/null
rm -f "$STRATA_ROOT/statcache/$(table)"
tap_is "$(b)" "$d1" "the aged state is memoised"
tap_is "$(table)" "" "and read from the memo"

# a damaged memo is only a miss
for s in "$STRATA_ROOT"/statcache/*.sig; do printf 'garbage\nzz sha256:00\n' >"$s"; done
tap_is "$(b)" "$d1" "a damaged memo: the same digest"
tap_is "$(table | wc -l)" "1" "hashed from the files"
tap_done
