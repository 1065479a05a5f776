#!/usr/bin/env bash
# strata fsck [--repair]: a clean store passes; damage (a blob that does not
# hash to its name, a tag or cache record reaching no whole image, leftovers
# no sweep removes) is named one line each, path and cause, with exit 1;
# --repair removes it and the next build remakes what went.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx f)
printf 'FROM busybox:local\nRUN echo hello > /hello\n' > "$ctx/Dockerfile"
export SOURCE_DATE_EPOCH=1700000000
want=$(st build -t a:1 "$ctx" 2>/dev/null)
tap_ok "a build" test -n "$want"

out=$(st fsck 2>&1)
tap_is "$?" "0" "fsck of a fresh store exits 0"
tap_like "$out" "clean" "and says it is clean"

# damage the RUN layer's blob (same length, one byte changed)
layer=$(st inspect a:1 2>/dev/null | grep -o 'sha256:[0-9a-f]\{64\}' | while read -r d; do
  f="$STRATA_ROOT/blobs/sha256/${d#sha256:}"
  [ -f "$f" ] && [ "$(head -c2 "$f" | od -An -tx1 | tr -d " ")" = 1f8b ] && echo "$f"
done | tail -1)
tap_ok "found the layer blob" test -f "$layer"
printf 'X' | dd of="$layer" bs=1 seek=100 conv=notrunc 2>/dev/null
# litter no sweep takes: a half-written record as older versions left it,
# a stray file among the layers, a tag holding no digest
touch "$STRATA_ROOT/cache/0123.tmp" "$STRATA_ROOT/layers/stray"
echo nonsense > "$STRATA_ROOT/tags/broken%3Atag"

err=$(st fsck 2>&1 >/dev/null)
tap_is "$?" "1" "fsck of a damaged store exits 1"
tap_like "$err" "'$layer': content hashes to 'sha256:" "the damaged blob, by path and cause"
tap_like "$err" "tags/a%3A1': tag '" "the tag that reaches it"
tap_like "$err" "is missing or damaged" "with why"
tap_like "$err" "cache/0123.tmp': a half-written cache record" "the half-written record"
tap_like "$err" "layers/stray': not an unpacked layer" "the stray entry among layers"
tap_like "$err" "tags/broken%3Atag': tag holds no digest" "the tag without a digest"
tap_is "$(echo "$err" | grep -vc '^strata: fsck: ')" "0" "one line per problem, each naming path and cause"
tap_unlike "$err" "busybox%3Alocal" "the intact base image is not blamed"

out=$(st fsck --repair 2>&1)
tap_is "$?" "0" "fsck --repair exits 0 when it removed every problem"
tap_like "$out" "(removed)" "it says what it removed"
tap_ok "then fsck is clean" st fsck
tap_fails "the broken tag is gone" st inspect a:1
tap_is "$(st build -t a:1 "$ctx" 2>/dev/null)" "$want" "the next build remakes the same image"
tap_is "$(st run a:1 cat /hello)" "hello" "and it runs"
tap_ok "fsck is clean after the rebuild" st fsck

# what writers beside their targets leave when killed goes with the next
# command's sweep
mkdir -p "$STRATA_ROOT/explain" "$STRATA_ROOT/statcache"
touch "$STRATA_ROOT/cache/abc.tmp.77" "$STRATA_ROOT/explain/x.tmp.123" "$STRATA_ROOT/statcache/y.tmp.9"
st images >/dev/null
tap_is "$(ls "$STRATA_ROOT/cache" "$STRATA_ROOT/explain" "$STRATA_ROOT/statcache" | grep -c '\.tmp\.')" "0" \
  "side temp files (<name>.tmp.<pid>) are swept by the next command"

# an index may list manifests the store does not hold (a pull keeps one
# platform's); one must be there
put_index() { # TAG MANIFEST-DIGEST...: an index of those manifests, tagged
  local tag=$1 json='' d h; shift
  for d in "$@"; do json="$json${json:+,}{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"$d\",\"size\":1}"; done
  json="{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[$json]}"
  h=$(printf '%s' "$json" | sha256sum | cut -d' ' -f1)
  printf '%s' "$json" > "$STRATA_ROOT/blobs/sha256/$h"
  echo "sha256:$h" > "$STRATA_ROOT/tags/$tag"
}
absent=sha256:$(echo absent | sha256sum | cut -d' ' -f1)
put_index "idx%3A1" "$want" "$absent"
tap_ok "an index with one of its manifests in the store is whole" st fsck
put_index "idx%3A2" "$absent"
tap_like "$(st fsck 2>&1)" "tags/idx%3A2': tag 'sha256:" "an index with none of them is not"
tap_like "$(st fsck 2>&1)" "none of its manifests is in the store" "and fsck says why"
st rmi idx:1 idx:2 >/dev/null

refused_while_building "fsck, as prune, refuses while a build runs" st fsck
tap_done
