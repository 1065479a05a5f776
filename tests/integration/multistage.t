#!/usr/bin/env bash
# The walking skeleton end to end: the multi-stage example builds, its OCI
# layout output is accepted by skopeo and umoci, the final rootfs holds only
# what was copied, the image runs, and --target builds the builder stage.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ex="$T_REPO/examples/multistage"
out=$(st build -t demo:1 --output "type=oci,dest=$T_DIR/oci" "$ex" 2>"$T_DIR/progress")
tap_ok "build the multi-stage example" test -n "$out"
tap_like "$(cat "$T_DIR/progress")" "[builder 5/5] RUN sh hello.sh" "progress names stage and step"
tap_like "$(st images)" "demo:1" "the image is tagged in the store"

if command -v skopeo >/dev/null; then
  tap_ok "skopeo inspects the OCI layout" skopeo inspect "oci:$T_DIR/oci:1"
  cfg=$(skopeo inspect --config "oci:$T_DIR/oci:1")
  tap_like "$cfg" '"/bin/busybox"' "skopeo sees the CMD"
fi
if command -v umoci >/dev/null; then
  tap_ok "umoci unpacks the OCI layout" umoci unpack --image "$T_DIR/oci:1" "$T_DIR/bundle"
  files=$(cd "$T_DIR/bundle/rootfs" && find . -mindepth 1 | sort | tr '\n' ' ')
  tap_is "$files" "./bin ./bin/busybox ./out.txt " "final rootfs holds only the copied files"
  tap_like "$(cat "$T_DIR/bundle/rootfs/out.txt")" "hello from strata" "out.txt was made by the builder's RUN"
fi

tap_is "$(st run demo:1 | head -1)" "hello from strata" "strata run prints what the program prints"

st build --target builder -t demo:builder --output "type=local,dest=$T_DIR/builder" "$ex" >/dev/null 2>&1
tap_ok "--target builder yields the builder stage" test -f "$T_DIR/builder/src/hello.sh"
tap_ok "the builder image has /dist/out.txt" test -f "$T_DIR/builder/dist/out.txt"
tap_ok "the builder image has its shell" test -e "$T_DIR/builder/bin/sh"
tap_is "$(st run demo:builder cat /src/hello.sh | head -1)" "$(head -1 "$ex/hello.sh")" "the builder image runs"
tap_done
