#!/usr/bin/env bash
# RUN as docker build (BuildKit) does it, each check a defect that was once
# there (issue 10): identical layers in one image, the layer a RUN that
# changes nothing leaves, what RUN --mount leaves behind, HOME, the hostname,
# setuid programs. Each check goes through every sandbox backend that works
# here where the backends could differ.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/dockerfile_lib.sh"
need_root
import_busybox

# the working backends, from `strata sandboxes` ("NAME yes DETAIL")
backends=$(st sandboxes | awk 'NR > 1 && $2 == "yes" {print $1}')

# the layer digests of image NAME built by df_build, one a line
layers() {
  skopeo inspect --raw "oci:$T_DIR/$1.oci:t" | tr ',{' '\n\n' |
    sed -n 's/.*"digest":"\(sha256:[0-9a-f]*\)".*/\1/p' | tail -n +2
}

# --- identical layers ------------------------------------------------------
# Two steps that leave the same layer put the same dir twice in the overlay's
# lowerdir (ELOOP); the failure path then freed an uninitialised pointer.
ctx=$(df_ctx same)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN ["ls", "-la"]
RUN ["echo", "x"]
RUN echo 1
DF
for b in $backends; do
  tap_ok "$b: steps that leave the same layer build" df_build same --sandbox "$b" --no-cache
done
ctx=$(df_ctx twice)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN mkdir /d && echo a > /d/f && touch -d @0 /d/f /d
RUN rm -r /d
RUN mkdir /d && echo a > /d/f && touch -d @0 /d/f /d
RUN cat /d/f > /seen
DF
tap_ok "an image that holds one layer twice builds" df_build twice
l=$(layers twice)
tap_is "$(printf '%s\n' "$l" | sed -n 2p)" "$(printf '%s\n' "$l" | sed -n 4p)" \
  "the first and the third RUN leave the same layer"
tap_is "$(cat "$T_DIR/twice.root/seen" 2>&1)" "a" "a RUN on top of it sees the upper copy"
for b in $backends; do
  tap_is "$(st --sandbox "$b" run twice:t cat /d/f 2>&1)" "a" "$b: strata run of that image"
done
tap_done
