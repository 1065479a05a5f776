#!/usr/bin/env bash
# RUN's network (issue 11). A service listens on the host's 127.0.0.1 only
# (busybox httpd, holding a secret); a default RUN — a namespace of its own,
# outbound through slirp4netns — must not reach it, neither as 127.0.0.1 nor
# through the stack's gateway 10.0.2.2, while `--network=host` and
# `RUN --network=host` do; `RUN --network=none` has only lo. Outbound works
# by default: the Debian mirror named in /etc/apt/sources.list* is fetched
# by name (DNS through the stack's forwarder), through every sandbox backend
# that works here. Without slirp4netns the build fails naming --network=host,
# and `strata sandboxes` says so.
# When the conformance harness's debootstrap base is cached, `apt-get update`
# runs in it with the default network.
. "$(dirname "$0")/lib.sh"
need_root
need_cmd busybox
need_cmd slirp4netns
import_busybox

# --- the host's loopback service -------------------------------------------
www="$T_DIR/www"
mkdir -p "$www"
secret="host-only-secret-$$"
echo "$secret" > "$www/secret.txt"
port="" httpd_pid=""
for _ in 1 2 3 4 5; do
  p=$((20000 + RANDOM % 20000))
  busybox httpd -f -p "127.0.0.1:$p" -h "$www" &
  httpd_pid=$!
  sleep 0.3
  if kill -0 "$httpd_pid" 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || tap_skip_all "could not start busybox httpd on 127.0.0.1"
trap 'kill "$httpd_pid" 2>/dev/null; t_cleanup' EXIT
tap_like "$(busybox wget -q -O - "http://127.0.0.1:$port/secret.txt" 2>&1)" "$secret" \
  "the host reaches its own 127.0.0.1 service"

# --- the Debian mirror ------------------------------------------------------
# The first http:// mirror and its first suite: deb822 .sources files, then
# one-line "deb URI SUITE ..." lists.
mirror_release() {
  local f uri="" suite=""
  for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    case $f in
      *.sources)
        uri=$(awk '$1 == "URIs:" { print $2; exit }' "$f")
        suite=$(awk '$1 == "Suites:" { print $2; exit }' "$f") ;;
      *)
        read -r uri suite < <(awk '$1 == "deb" { for (i = 2; i < NF; i++) if ($i ~ /^http:\/\//) { print $i, $(i + 1); exit } }' "$f") ;;
    esac
    case $uri in
      http://*) [ -n "$suite" ] && { echo "${uri%/}/dists/$suite/Release"; return 0; } ;;
    esac
  done
  return 1
}
release=$(mirror_release) || release=""
if [ -n "$release" ] && ! busybox wget -q -O /dev/null "$release" 2>/dev/null; then
  echo "# the host cannot fetch $release: no outbound tests"
  release=""
fi

# --- the probe --------------------------------------------------------------
# /probe/ifaces: interfaces; loopback: what 127.0.0.1:PORT answered; gateway:
# what the stack's gateway answered on that port (only asked with GW=1: on
# the host's network 10.0.2.2 is no address of ours); release: the mirror's
# Release file; resolv.conf: the run's, and user-resolv.conf as another user
# reads it.
ctx=$(mkctx probe)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
ARG PORT
ARG GW=
ARG RELEASE=
RUN mkdir -m 1777 /probe; grep -c ':' /proc/net/dev > /probe/ifaces; \
    (printf 'GET /secret.txt HTTP/1.0\r\n\r\n' | nc -w 5 127.0.0.1 "$PORT") > /probe/loopback 2>&1; \
    if [ -n "$GW" ]; then (printf 'GET /secret.txt HTTP/1.0\r\n\r\n' | nc -w 5 10.0.2.2 "$PORT") > /probe/gateway 2>&1; fi; \
    if [ -n "$RELEASE" ]; then wget -q -O /probe/release "$RELEASE" 2> /probe/release.err; fi; \
    cat /etc/resolv.conf > /probe/resolv.conf 2>/dev/null; true
USER nobody
RUN cat /etc/resolv.conf > /probe/user-resolv.conf 2>&1; true
DF
probe() { # OUT BUILD-OPTIONS...: the probe's files in $T_DIR/OUT/probe
  local out="$T_DIR/$1"; shift
  st build --no-cache --build-arg "PORT=$port" --output "type=local,dest=$out" "$@" "$ctx" \
    > "$out.log" 2>&1 || sed 's/^/#   /' "$out.log" | tail -5
}

probe default --build-arg GW=1 --build-arg "RELEASE=$release"
tap_unlike "$(cat "$T_DIR/default/probe/loopback" 2>&1)" "$secret" \
  "default: RUN does not reach the host's 127.0.0.1"
tap_ok "default: and the probe did run" test -e "$T_DIR/default/probe/loopback"
tap_unlike "$(cat "$T_DIR/default/probe/gateway" 2>&1)" "$secret" \
  "default: nor the host's loopback through the stack's gateway 10.0.2.2"
tap_is "$(cat "$T_DIR/default/probe/ifaces" 2>&1)" "2" "default: lo and the stack's tap0"
tap_like "$(cat "$T_DIR/default/probe/resolv.conf" 2>&1)" "nameserver 10.0.2.3" \
  "default: resolv.conf names the stack's DNS forwarder"
tap_unlike "$(grep nameserver "$T_DIR/default/probe/resolv.conf" 2>&1 | grep -v 10.0.2.3)" \
  "nameserver" "default: and no other nameserver"
tap_fails "default: no resolv.conf left in the image" test -e "$T_DIR/default/etc/resolv.conf"

probe host --network=host
tap_like "$(cat "$T_DIR/host/probe/loopback" 2>&1)" "$secret" \
  "--network=host: RUN reaches the host's 127.0.0.1"

cli=$(mkctx runflag)
cat > "$cli/Dockerfile" <<'DF'
FROM busybox:local
ARG PORT
RUN --network=host (printf 'GET /secret.txt HTTP/1.0\r\n\r\n' | nc -w 5 127.0.0.1 "$PORT") > /host-loopback 2>&1; true
RUN --network=none grep -c ':' /proc/net/dev > /none-ifaces; \
    (printf 'GET /secret.txt HTTP/1.0\r\n\r\n' | nc -w 5 127.0.0.1 "$PORT") > /none-loopback 2>&1; true
DF
st build --no-cache --build-arg "PORT=$port" --output "type=local,dest=$T_DIR/runflag-out" "$cli" \
  > "$T_DIR/runflag.log" 2>&1
tap_like "$(cat "$T_DIR/runflag-out/host-loopback" 2>&1)" "$secret" \
  "RUN --network=host reaches the host's 127.0.0.1"
tap_is "$(cat "$T_DIR/runflag-out/none-ifaces" 2>&1)" "1" "RUN --network=none: only lo"
tap_unlike "$(cat "$T_DIR/runflag-out/none-loopback" 2>&1)" "$secret" \
  "RUN --network=none: not the host's 127.0.0.1"

# --- outbound, through every backend that works here -------------------------
if [ -z "$release" ]; then
  tap_skip_rest "no http:// Debian mirror in /etc/apt/sources.list* that the host reaches"
fi
tap_like "$(cat "$T_DIR/default/probe/release" 2>&1)" "Suite:" \
  "default: RUN fetches the mirror's Release by name ($release)"

listing=$(st sandboxes | tail -n +2)
for name in namespaces chroot bwrap oci proot; do
  ok=$(printf '%s\n' "$listing" | awk -v n="$name" '$1 == n { print $2 }')
  if [ "$ok" != yes ]; then
    T_N=$((T_N + 1))
    echo "ok $T_N - $name # SKIP not usable here"
    continue
  fi
  probe "sbx-$name" --sandbox "$name" --build-arg GW=1 --build-arg "RELEASE=$release"
  got="$T_DIR/sbx-$name/probe"
  tap_ok "$name: the probe ran" test -e "$got/loopback"
  tap_unlike "$(cat "$got/loopback" "$got/gateway" 2>&1)" "$secret" \
    "$name: default RUN does not reach the host's 127.0.0.1"
  tap_like "$(cat "$got/release" 2>&1)" "Suite:" "$name: default RUN reaches the mirror"
  tap_like "$(cat "$got/user-resolv.conf" 2>&1)" "nameserver 10.0.2.3" \
    "$name: a RUN as another user reads the run's resolv.conf"
done

# --- without slirp4netns ----------------------------------------------------
tap_like "$(st sandboxes)" "RUN's default network (its own, outbound only): slirp4netns at /" \
  "strata sandboxes says where slirp4netns is"
tap_like "$(PATH=/nonexistent "$STRATA" --root "$STRATA_ROOT" sandboxes)" \
  "slirp4netns not found in PATH" "  or that it is missing"
err=$(PATH=/nonexistent "$STRATA" --root "$STRATA_ROOT" build --no-cache --sandbox namespaces \
  --build-arg "PORT=$port" "$ctx" 2>&1)
tap_like "$err" "slirp4netns not found" "without slirp4netns: the build says what is missing"
tap_like "$err" "--network=host" "  and names --network=host"
tap_like "$err" "Dockerfile:5" "  and the RUN's line"
tap_ok "  and --network=host still builds" \
  env PATH=/nonexistent "$STRATA" --root "$STRATA_ROOT" build --no-cache --sandbox namespaces \
  --network=host --build-arg "PORT=$port" "$ctx"

# --- apt-get update in a Debian base ----------------------------------------
base=${STRATA_TEST_DEBIAN_TAR:-/var/cache/strata-conformance/bases/bookworm-minbase.tar}
if [ ! -s "$base" ]; then
  tap_skip_rest "no debootstrap base at $base (tests/conformance/run makes one)"
fi
st import "$base" -t debian:local > "$T_DIR/debian.log" 2>&1
deb=$(mkctx debian)
printf 'FROM debian:local\nRUN apt-get update\n' > "$deb/Dockerfile"
tap_ok "default: apt-get update in a Debian base" st build --no-cache "$deb"

tap_done
