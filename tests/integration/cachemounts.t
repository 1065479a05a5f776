#!/usr/bin/env bash
# RUN --mount=type=cache persists across builds and stays out of the image;
# strata cache-mounts moves caches to another store (another machine).
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx cm)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN --mount=type=cache,target=/var/cache/thing,id=thing n=$(cat /var/cache/thing/n 2>/dev/null || echo 0); echo $((n + 1)) > /var/cache/thing/n; echo "count $((n + 1))"
DF
st build --no-cache -t cm:1 "$ctx" >/dev/null 2>&1
out=$(st build --no-cache -t cm:1 "$ctx" 2>&1)
tap_like "$out" "count 2" "a cache mount keeps its contents across builds"
tap_is "$(st run cm:1 sh -c 'test -e /var/cache/thing/n && echo present || echo absent')" "absent" "and its contents are not in the image"
tap_like "$(st cache-mounts ls)" "thing" "cache-mounts ls names it by id"

tap_ok "cache-mounts export" st cache-mounts export "$T_DIR/caches.tgz"
tap_ok "the export is a gzipped tar" sh -c "tar tzf '$T_DIR/caches.tgz' | grep -q '/n\$'"
other="$T_DIR/other-store"
"$STRATA" --root "$other" import "$T_DIR/bbroot" -t busybox:local >/dev/null
tap_ok "cache-mounts import into another store" "$STRATA" --root "$other" cache-mounts import "$T_DIR/caches.tgz"
out=$("$STRATA" --root "$other" build --no-cache "$ctx" 2>&1)
tap_like "$out" "count 3" "a build there starts from the imported cache"
echo "not a tar" > "$T_DIR/bad.tgz"
nblobs=$(find "$STRATA_ROOT/blobs/sha256" -type f | wc -l)
tap_fails "a bad archive is refused" st cache-mounts import "$T_DIR/bad.tgz"
tap_is "$(find "$STRATA_ROOT/blobs/sha256" -type f | wc -l)" "$nblobs" "and leaves no blob behind"
tap_like "$(st build --no-cache "$ctx" 2>&1)" "count 3" "and the caches are as they were"
tap_done
