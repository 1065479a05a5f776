# strata: helpers for the tests/integration/dockerfile_*.t files (after lib.sh).
#
#   ctx=$(df_ctx NAME) ; cat > "$ctx/Dockerfile" <<'DF' ... DF
#   df_build NAME [strata build options]   build $T_DIR/NAME as NAME:t into
#                                          $T_DIR/NAME.oci (OCI layout) and
#                                          $T_DIR/NAME.root (the rootfs);
#                                          stderr in $T_DIR/NAME.log
#   df_config NAME     the image's config blob as stored (compact JSON, keys
#                      sorted: "Cmd":["sh","-c"]), read from the OCI layout
#                      (skopeo inspect --config re-encodes it and drops
#                      Docker's fields: Healthcheck, Shell, OnBuild)
#   df_log NAME        what the build printed on stderr

df_ctx() { mkctx "$1"; }

df_build() {
  local name=$1; shift
  rm -rf "$T_DIR/$name.oci" "$T_DIR/$name.root"
  st build -t "$name:t" --output "type=oci,dest=$T_DIR/$name.oci" \
    --output "type=local,dest=$T_DIR/$name.root" "$@" "$T_DIR/$name" \
    >"$T_DIR/$name.out" 2>"$T_DIR/$name.log"
}

df_config() {
  local d
  d=$(skopeo inspect --raw "oci:$T_DIR/$1.oci:t" 2>&1 | grep -o 'sha256:[0-9a-f]\{64\}' | head -1)
  cat "$T_DIR/$1.oci/blobs/sha256/${d#sha256:}" 2>&1
}

df_log() { cat "$T_DIR/$1.log"; }

# tap_todo_like GOT SUBSTRING NAME REASON: a check for something not done
# yet: "not ok ... # TODO REASON" while it fails (prove passes it), "ok" once
# it holds.
tap_todo_like() {
  T_N=$((T_N + 1))
  case "$1" in
    *"$2"*) echo "ok $T_N - $3 # TODO $4" ;;
    *) echo "not ok $T_N - $3 # TODO $4" ;;
  esac
}
