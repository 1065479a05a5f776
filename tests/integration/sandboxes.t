#!/usr/bin/env bash
# The same small build through every sandbox backend that works here (`strata
# build --sandbox NAME --no-cache`): RUN sees ARG and ENV, WORKDIR, runs as
# root, RUN --network=none, and a failing RUN names its exit code. A backend
# that does not work here gets a TAP skip with the reason `strata sandboxes`
# gives; oci runs once with runc and once with crun. (USER is not in the
# Dockerfile frontend yet: uid, gid and groups are covered by the C suite,
# tests/unit/test_sandbox_backends.c.)
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx app)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
ARG WHO=world
ENV GREETING="hello $WHO"
WORKDIR /work/app
RUN echo "$GREETING" > /env.txt && pwd > /pwd.txt && id > /id.txt
RUN ["/bin/sh", "-c", "echo $WHO > /who.txt"]
DF
netctx=$(mkctx net)
cat > "$netctx/Dockerfile" <<'DF'
FROM busybox:local
RUN --network=none cat /proc/net/dev | grep -c ':' > /ifaces.txt
DF
bad=$(mkctx bad)
printf 'FROM busybox:local\nRUN echo failing && exit 3\n' > "$bad/Dockerfile"

tap_skip() { # NAME REASON
  T_N=$((T_N + 1))
  echo "ok $T_N - $1 # SKIP $2"
}

# "NAME yes|no DETAIL" from `strata sandboxes`
listing=$(st sandboxes | tail -n +2)

check_backend() { # LABEL NAME
  local label=$1 name=$2 line ok why out="$T_DIR/out-$1"
  line=$(printf '%s\n' "$listing" | awk -v n="$name" '$1 == n')
  if [ -z "$line" ]; then
    tap_skip "$label" "no plugin provides it"
    return
  fi
  ok=$(printf '%s\n' "$line" | awk '{print $2}')
  if [ "$ok" != yes ]; then
    why=$(printf '%s\n' "$line" | sed -E 's/^[^ ]+ +[^ ]+ +//')
    tap_skip "$label" "$why"
    return
  fi
  st build --sandbox "$name" --no-cache --build-arg WHO=strata -t "sbx-$label:1" \
    --output "type=local,dest=$out" "$ctx" >"$T_DIR/log-$label" 2>&1
  tap_ok "$label: the build succeeds" test -s "$out/who.txt"
  tap_is "$(cat "$out/env.txt" 2>&1)" "hello strata" "$label: RUN sees ARG and ENV"
  tap_is "$(cat "$out/pwd.txt" 2>&1)" "/work/app" "$label: RUN runs in WORKDIR"
  tap_like "$(cat "$out/id.txt" 2>&1)" "uid=0(root) gid=0(root)" "$label: RUN runs as root"
  tap_is "$(cat "$out/who.txt" 2>&1)" "strata" "$label: exec form RUN with the ARG in its env"
  tap_fails "$label: no resolv.conf or hosts left in the image" \
    test -e "$out/etc/resolv.conf" -o -e "$out/etc/hosts"

  st build --sandbox "$name" --no-cache --output "type=local,dest=$out-net" "$netctx" \
    >"$T_DIR/log-$label-net" 2>&1
  tap_is "$(cat "$out-net/ifaces.txt" 2>&1)" "1" "$label: RUN --network=none: only lo"

  local err
  err=$(st build --sandbox "$name" --no-cache "$bad" 2>&1)
  tap_like "$err" 'process "/bin/sh -c echo failing && exit 3" did not complete successfully: exit code 3' \
    "$label: a failing RUN names its exit code"
  tap_like "$err" "Dockerfile:2" "$label: and its line"
}

for name in namespaces chroot bwrap proot; do
  check_backend "$name" "$name"
done
for rt in runc crun; do
  listing=$(STRATA_OCI_RUNTIME=$rt st sandboxes | tail -n +2)
  STRATA_OCI_RUNTIME=$rt check_backend "oci-$rt" oci
done
tap_done
