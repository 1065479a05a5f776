#!/usr/bin/env bash
# A file or directory deleted in a later RUN is gone from the unpacked image,
# whichever tool unpacks it; a directory replaced wholesale keeps only its new
# contents (opaque whiteout).
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx wh)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN mkdir -p /d/old /keep && echo x > /gone.txt && echo y > /d/old/f && echo z > /keep/f
RUN rm /gone.txt && rm -rf /d && mkdir -p /d/new && echo n > /d/new/f
DF
st build -t wh:1 --output "type=local,dest=$T_DIR/local" --output "type=oci,dest=$T_DIR/oci" "$ctx" >/dev/null 2>"$T_DIR/log"
tap_ok "the build succeeds" test -d "$T_DIR/local/keep"
tap_ok "deleted file is gone (strata rootfs)" test ! -e "$T_DIR/local/gone.txt"
tap_ok "deleted dir is gone (strata rootfs)" test ! -e "$T_DIR/local/d/old"
tap_ok "new dir contents are there" test -f "$T_DIR/local/d/new/f"
tap_ok "untouched files stay" test -f "$T_DIR/local/keep/f"
tap_ok "no whiteout files leak into the rootfs" sh -c "! find '$T_DIR/local' -name '.wh.*' | grep -q ."
tap_is "$(st run wh:1 sh -c 'test -e /gone.txt && echo present; ls /d')" "new" "deleted file and dir are gone (strata run)"
if command -v umoci >/dev/null; then
  tap_ok "umoci unpacks the image" umoci unpack --image "$T_DIR/oci:1" "$T_DIR/bundle"
  tap_ok "deleted file is gone (umoci)" test ! -e "$T_DIR/bundle/rootfs/gone.txt"
  tap_ok "deleted dir is gone (umoci)" test ! -e "$T_DIR/bundle/rootfs/d/old"
  tap_ok "new dir is there (umoci)" test -f "$T_DIR/bundle/rootfs/d/new/f"
fi
tap_done
