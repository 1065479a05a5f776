#!/usr/bin/env bash
# Registries and image transports, against Debian's docker-registry on
# 127.0.0.1 (a config of the test's own: a free port, storage in the test's
# directory), started three times: with no auth, with htpasswd Basic auth,
# and behind a token service (tests/helpers/token-server). Push, pull into a
# fresh store, build FROM, digests that round-trip, skopeo's view; faults
# (wrong password, missing tag, closed port, a tampered blob) that must fail
# clearly and leave no blob behind; docker-archive and oci-archive outputs,
# loaded by docker and podman where they are installed. Network: 127.0.0.1.
. "$(dirname "$0")/lib.sh"
need_root
need_cmd docker-registry
need_cmd htpasswd
need_cmd openssl
need_cmd curl

HELPERS=${STRATA_HELPERS:-$T_REPO/build/tests/helpers}
[ -x "$HELPERS/token-server" ] || tap_skip_all "no $HELPERS/token-server (build first)"

export HOME="$T_DIR/home"
unset DOCKER_CONFIG REGISTRY_AUTH_FILE
mkdir -p "$HOME" "$XDG_CONFIG_HOME/strata" "$T_DIR/bin"
export PATH="$T_DIR/bin:$PATH"

# A strata command on a store of its own, bounded in time.
S() { local root=$1; shift; timeout 300 "$STRATA" --root "$root" "$@"; }
nblobs() { find "$1/blobs" -type f 2>/dev/null | wc -l; }

# The config every strata run reads: the three registries are plain HTTP.
write_config() {
  {
    echo "registries = {"
    echo "  timeout = 10, retries = 2,"
    for r in "$@"; do echo "  [\"$r\"] = { insecure = true, chunk_size = 262144 },"; done
    echo "}"
  } > "$XDG_CONFIG_HOME/strata/config.lua"
}

import_busybox
IMG=$(st images -q | head -1)
tap_ok "the base image is imported" test -n "$IMG"

tap_ok "tag a stored image" st tag busybox:local alias:1
tap_like "$(st images)" "alias:1" "  the new name is listed"
tap_is "$(st inspect alias:1 | grep -c "\"Digest\": \"$IMG\"")" 1 "  for the same digest"
tap_like "$(st rmi alias:1)" "Untagged: alias:1" "rmi removes a name"
tap_unlike "$(st images)" "alias:1" "  it is gone"
tap_like "$(st images)" "busybox:local" "  the other name stays"
tap_fails "rmi of a missing name fails" st rmi alias:1
tap_like "$(st tag nothere:1 x:1 2>&1)" "no image 'nothere:1'" "tag of a missing image says so"

ctx=$(mkctx ctx)
echo hello > "$ctx/hello"

#### 1. no auth ################################################################
start_registry_retry open "" || tap_skip_all "docker-registry does not start here"
OPEN=$REG OPENDIR=$REGDIR
CLOSED=$(free_port)
write_config "$OPEN"

out=$(S "$STRATA_ROOT" push busybox:local "$OPEN/test/bb:1" 2>&1)
tap_like "$out" "$IMG" "push prints the pushed digest"
tap_like "$out" "pushed $OPEN/test/bb:1" "and says where it went"
if command -v skopeo >/dev/null; then
  sk=$(timeout 60 skopeo inspect --tls-verify=false "docker://$OPEN/test/bb:1" 2>&1)
  tap_like "$sk" "\"Digest\": \"$IMG\"" "skopeo inspect sees the pushed digest"
fi
tap_like "$(curl -s "http://$OPEN/v2/test/bb/tags/list")" '"1"' "the registry lists the tag"
tap_ok "a blob over chunk_size went up in PATCH chunks" grep -q 'http.request.method=PATCH' "$OPENDIR/log"

tap_is "$(S "$T_DIR/s1" pull -q "$OPEN/test/bb:1" 2>&1)" "$IMG" "pull into a fresh store: the same digest"
tap_like "$(S "$T_DIR/s1" images)" "$OPEN/test/bb:1" "the pulled image is tagged under its name"
tap_is "$(S "$T_DIR/s1" pull -q "$OPEN/test/bb@$IMG" 2>&1)" "$IMG" "pull by digest"
tap_is "$(S "$T_DIR/s1" run "$OPEN/test/bb:1" echo pulled-runs 2>&1)" "pulled-runs" "the pulled image runs"

insp=$(S "$T_DIR/s-inspect" inspect "$OPEN/test/bb:1" 2>&1)
tap_like "$insp" "\"Digest\": \"$IMG\"" "inspect a remote image: its digest"
tap_like "$insp" '"diff_ids"' "and its config"
tap_is "$(nblobs "$T_DIR/s-inspect")" 0 "remote inspect leaves the store empty"
tap_like "$(S "$STRATA_ROOT" inspect busybox:local)" '"Manifest"' "inspect a local image"

# build FROM the registry image, push the result to two repositories: the
# second push mounts every blob from the first
printf 'FROM %s/test/bb:1\nCOPY hello /hello\n' "$OPEN" > "$ctx/Dockerfile"
built=$(S "$T_DIR/s2" build -t built:1 --output "type=registry,name=$OPEN/test/built:1" \
  --output "type=registry,name=$OPEN/other/built:2" "$ctx" 2>"$T_DIR/build.err")
tap_ok "build FROM the registry image, output type=registry" test -n "$built"
[ -n "$built" ] || sed 's/^/#   /' "$T_DIR/build.err" | tail -5
tap_is "$(S "$T_DIR/s2" run built:1 cat /hello 2>&1)" "hello" "the built image has both layers"
mounts=$(grep '"response completed"' "$OPENDIR/log" | grep -c 'other/built/blobs/uploads/?mount=.*status=201')
tap_is "$mounts" 3 "the second push mounted its 3 blobs from the first repository"
tap_is "$(S "$T_DIR/s3" pull -q "$OPEN/other/built:2" 2>&1)" "$built" "the built image round-trips"
if command -v skopeo >/dev/null; then
  sk=$(timeout 60 skopeo inspect --tls-verify=false "docker://$OPEN/other/built:2" 2>&1)
  tap_like "$sk" "\"Digest\": \"$built\"" "skopeo sees the built image"
fi

# faults: each fails with a clear message and leaves no blob behind
out=$(S "$T_DIR/f1" pull "$OPEN/test/bb:nope" 2>&1)
tap_like "$out" "manifest unknown" "a missing tag is named as such"
tap_is "$(nblobs "$T_DIR/f1")" 0 "  and leaves no blob"
t0=$(date +%s)
out=$(S "$T_DIR/f2" pull "127.0.0.1:$CLOSED/x/y:1" 2>&1)
tap_like "$out" "Couldn't connect to server" "an unreachable registry says so"
tap_ok "  after bounded retries" test $(($(date +%s) - t0)) -lt 30
tap_is "$(nblobs "$T_DIR/f2")" 0 "  and leaves no blob"
out=$(S "$T_DIR/f2" pull "$OPEN/Bad:1" 2>&1)
tap_like "$out" "must be lowercase" "a malformed reference is refused"

# mirrors: a registry that is down, served by its mirror; a dead mirror
# falls through to the registry itself
cat > "$XDG_CONFIG_HOME/strata/config.lua" <<EOF
registries = {
  retries = 0,
  ["$OPEN"] = { insecure = true, mirrors = { "127.0.0.1:$CLOSED" } },
  ["127.0.0.1:$CLOSED"] = { insecure = true, mirrors = { "http://$OPEN" } },
}
EOF
tap_is "$(S "$T_DIR/m1" pull -q "127.0.0.1:$CLOSED/other/built:2" 2>&1)" "$built" "a mirror serves a registry that is down"
tap_is "$(S "$T_DIR/m2" pull -q "$OPEN/other/built:2" 2>&1)" "$built" "a dead mirror falls through to the registry"
echo 'registries = { ["x:1"] = { insecure = "yes" } }' > "$XDG_CONFIG_HOME/strata/config.lua"
tap_like "$(S "$T_DIR/m3" pull "x:1/a" 2>&1)" "registries['x:1'].insecure: expected a boolean" "a bad registries setting is named"
echo 'registries = { ["x:1"] = { mirror = {} } }' > "$XDG_CONFIG_HOME/strata/config.lua"
tap_like "$(S "$T_DIR/m3" pull "x:1/a" 2>&1)" "unknown setting 'mirror'" "an unknown one too"

# TLS: the same storage behind a certificate for 127.0.0.1
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T_DIR/tls.key" -out "$T_DIR/tls.crt" \
  -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1
if start_registry tls "" "  tls:
    certificate: $T_DIR/tls.crt
    key: $T_DIR/tls.key" "$OPENDIR/data"; then
  TLS=$REG
  echo "registries = { }" > "$XDG_CONFIG_HOME/strata/config.lua"
  tap_like "$(S "$T_DIR/c1" pull "$TLS/test/bb:1" 2>&1)" "certificate" "TLS: an unknown CA is refused"
  echo "registries = { [\"$TLS\"] = { ca_file = \"$T_DIR/tls.crt\" } }" > "$XDG_CONFIG_HOME/strata/config.lua"
  tap_is "$(S "$T_DIR/c2" pull -q "$TLS/test/bb:1" 2>&1)" "$IMG" "TLS: ca_file makes it trusted"
  echo "registries = { [\"$TLS\"] = { tls_verify = false } }" > "$XDG_CONFIG_HOME/strata/config.lua"
  tap_is "$(S "$T_DIR/c3" pull -q "$TLS/test/bb:1" 2>&1)" "$IMG" "TLS: tls_verify = false skips the check"
else
  tap_ok "# SKIP docker-registry does not start with TLS" true
fi
write_config "$OPEN"

# tamper with the base layer in the registry's storage (same length)
# (the manifest's "layers" array: the config's rootfs also says "layers")
layer=$(S "$STRATA_ROOT" inspect busybox:local | sed -n '/"layers": \[/,$p' | sed -n 's/.*"digest": "\(sha256:[0-9a-f]*\)".*/\1/p' | head -1)
data="$OPENDIR/data/docker/registry/v2/blobs/sha256/${layer:7:2}/${layer:7}/data"
if [ -f "$data" ]; then
  printf 'X' | dd of="$data" bs=1 seek=100 conv=notrunc 2>/dev/null
  out=$(S "$T_DIR/f3" pull "$OPEN/test/bb:1" 2>&1)
  tap_like "$out" "digest mismatch" "a tampered blob is caught"
  tap_like "$out" "$layer" "  naming its digest"
  tap_is "$(nblobs "$T_DIR/f3")" 0 "  and nothing is stored, not even the good blobs"
  tap_unlike "$(S "$T_DIR/f3" images 2>&1)" "test/bb" "  nor tagged"
  # inspect reads the manifest and config, never a layer: the tampered one
  # does not stop it
  insp=$(S "$T_DIR/f4" inspect "$OPEN/test/bb:1" 2>&1)
  tap_like "$insp" "\"Digest\": \"$IMG\"" "remote inspect downloads no layer (the tampered one is not read)"
  tap_like "$insp" "\"$layer\"" "  and still lists it"
  tap_is "$(nblobs "$T_DIR/f4")" 0 "  leaving the store empty"
else
  tap_ok "# SKIP the base layer's file in the registry storage not found ($layer)" true
fi

#### 2. archives: docker-archive and oci-archive #################################
printf 'FROM busybox:local\nCOPY hello /hello\nCMD ["cat", "/hello"]\n' > "$ctx/Dockerfile"
arch=$(st build -t arch:1 --output "type=docker,dest=$T_DIR/arch.tar" \
  --output "type=oci,dest=$T_DIR/arch-oci.tar" "$ctx" 2>"$T_DIR/build.err")
tap_ok "build with docker and oci tar outputs" test -n "$arch"
tap_like "$(tar xOf "$T_DIR/arch.tar" manifest.json 2>&1)" '"RepoTags":["arch:1"]' "docker-archive: manifest.json names the tag"
tap_like "$(tar tf "$T_DIR/arch.tar" 2>&1)" "/layer.tar" "docker-archive: layer.tar files"
tap_ok "docker-archive: repositories" tar xOf "$T_DIR/arch.tar" repositories
tap_is "$(S "$T_DIR/a1" pull -q "oci-archive:$T_DIR/arch-oci.tar:1" 2>&1)" "$arch" "oci-archive round-trips the digest"
dig=$(S "$T_DIR/a1" pull -q -t from-docker:1 "docker-archive:$T_DIR/arch.tar:arch:1" 2>&1)
tap_like "$dig" "sha256:" "docker-archive pulls back"
tap_is "$(S "$T_DIR/a1" run from-docker:1 2>&1)" "hello" "  and runs"
out=$(S "$T_DIR/a2" pull "docker-archive:$T_DIR/arch.tar:other:1" 2>&1)
tap_like "$out" "no image 'other:1'" "docker-archive: a missing name is named"
tap_is "$(nblobs "$T_DIR/a2")" 0 "  and leaves no blob"
if command -v skopeo >/dev/null; then
  tap_ok "skopeo reads the docker-archive" timeout 60 skopeo inspect "docker-archive:$T_DIR/arch.tar"
  tap_ok "skopeo reads the oci-archive" timeout 60 skopeo inspect "oci-archive:$T_DIR/arch-oci.tar:1"
fi
printf 'FROM oci-archive:%s:1\nCOPY hello /again\n' "$T_DIR/arch-oci.tar" > "$ctx/Dockerfile"
tap_ok "FROM oci-archive:FILE:TAG" S "$T_DIR/a3" build -t again:1 "$ctx"
tap_is "$(S "$T_DIR/a3" run again:1 cat /again 2>&1)" "hello" "  builds on the archived image"
printf 'FROM docker-archive:%s\nCOPY hello /again\n' "$T_DIR/arch.tar" > "$ctx/Dockerfile"
tap_ok "FROM docker-archive:FILE" S "$T_DIR/a3" build -t again:2 "$ctx"

# docker load, with a dockerd of the test's own
if [ -x /usr/bin/docker ] && command -v dockerd >/dev/null; then
  DK="$T_DIR/dk"
  mkdir -p "$DK"
  dockerd --host "unix://$DK/docker.sock" --data-root "$DK/docker" --exec-root "$DK/exec" \
    --pidfile "$DK/pid" --bridge=none --iptables=false > "$DK/log" 2>&1 &
  dpid=$!
  D() { timeout 120 /usr/bin/docker -H "unix://$DK/docker.sock" "$@"; }
  for _ in $(seq 100); do D version >/dev/null 2>&1 && break; sleep 0.3; done
  if D version >/dev/null 2>&1; then
    tap_like "$(D load -i "$T_DIR/arch.tar" 2>&1)" "Loaded image: arch:1" "docker load takes strata's docker-archive"
    tap_is "$(D run --rm --network none arch:1 2>&1)" "hello" "  and docker runs it"
  else
    echo "# SKIP docker load: dockerd did not start: $(tail -1 "$DK/log")"
  fi
  kill "$dpid" 2>/dev/null
  for _ in $(seq 100); do kill -0 "$dpid" 2>/dev/null || break; sleep 0.2; done
else
  echo "# SKIP docker load: /usr/bin/docker and dockerd are not installed (apt-get install docker.io)"
fi
if command -v podman >/dev/null; then
  PM="$T_DIR/pm"
  P() { timeout 120 podman --root "$PM/root" --runroot "$PM/run" --storage-driver vfs "$@"; }
  tap_like "$(P load -i "$T_DIR/arch.tar" 2>&1)" "Loaded image: localhost/arch:1" "podman load takes strata's docker-archive"
  tap_like "$(P image inspect localhost/arch:1 2>&1)" '"cat"' "  with its config"
  P rmi -a -f >/dev/null 2>&1
else
  echo "# SKIP podman load: podman is not installed"
fi

#### 3. htpasswd Basic auth #####################################################
htpasswd -Bbn alice s3cret > "$T_DIR/htpasswd"
start_registry_retry basic "auth:
  htpasswd:
    realm: strata-test
    path: $T_DIR/htpasswd" || tap_skip_rest "docker-registry with htpasswd does not start"
BASIC=$REG
write_config "$OPEN" "$BASIC"

out=$(S "$STRATA_ROOT" push busybox:local "$BASIC/p/bb:1" 2>&1)
tap_like "$out" "requires authentication" "push without credentials is refused"
tap_like "$out" "strata login $BASIC" "  with the way out"
# login asks the registry before it keeps anything
tap_fails "login with a wrong password fails" st login -u alice -p wrong "$BASIC"
tap_like "$(st login -u alice -p wrong "$BASIC" 2>&1)" "wrong username or password" "  and says why"
tap_fails "  and saves nothing (no auth file was there)" test -e "$HOME/.docker/config.json"
# credentials gone stale since a login (the password changed): named on use
mkdir -p "$HOME/.docker"
printf '{"auths": {"%s": {"auth": "%s"}}}\n' "$BASIC" "$(printf alice:wrong | base64)" \
  >"$HOME/.docker/config.json"
out=$(S "$STRATA_ROOT" push busybox:local "$BASIC/p/bb:1" 2>&1)
tap_like "$out" "wrong username or password" "stale credentials: a wrong password is named"
before=$(cat "$HOME/.docker/config.json")
st login -u alice -p wrong2 "$BASIC" >/dev/null 2>&1
tap_is "$(cat "$HOME/.docker/config.json")" "$before" "a refused login leaves the auth file as it was"
out=$(sh -c "echo s3cret | '$STRATA' login -u alice --password-stdin '$BASIC'" 2>&1)
tap_like "$out" "logged in to $BASIC" "login with --password-stdin: the registry took it"
tap_like "$(stat -c %a "$HOME/.docker/config.json")" "600" "the auth file is private"
tap_like "$(cat "$HOME/.docker/config.json")" "YWxpY2U6czNjcmV0" "it holds base64(alice:s3cret)"
tap_like "$(S "$STRATA_ROOT" push busybox:local "$BASIC/p/bb:1" 2>&1)" "$IMG" "push with Basic auth"
tap_is "$(S "$T_DIR/b1" pull -q "$BASIC/p/bb:1" 2>&1)" "$IMG" "pull with Basic auth: the same digest"
if command -v skopeo >/dev/null; then
  sk=$(timeout 60 skopeo inspect --tls-verify=false --creds alice:s3cret "docker://$BASIC/p/bb:1" 2>&1)
  tap_like "$sk" "\"Digest\": \"$IMG\"" "skopeo sees it with the same credentials"
fi
st logout "$BASIC" >/dev/null 2>&1
tap_unlike "$(cat "$HOME/.docker/config.json")" "$BASIC" "logout removes the entry"
out=$(S "$T_DIR/b2" pull "$BASIC/p/bb:1" 2>&1)
tap_like "$out" "requires authentication" "after logout, pulling is refused"
tap_is "$(nblobs "$T_DIR/b2")" 0 "  and leaves no blob"
tap_fails "logout twice fails" st logout "$BASIC"

#### 4. Bearer tokens ###########################################################
TK="$T_DIR/token"
mkdir -p "$TK"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TK/key.pem" -out "$TK/cert.pem" \
  -days 2 -subj /CN=strata-token >/dev/null 2>&1
"$HELPERS/token-server" --key "$TK/key.pem" --cert "$TK/cert.pem" --issuer strata-test \
  --user bob --password t0ken --port-file "$TK/port" --log "$TK/log" \
  --fail-file "$TK/fail" 2>"$TK/err" &
T_PIDS+=("$!")
for _ in $(seq 200); do [ -s "$TK/port" ] && break; sleep 0.1; done
TP=$(cat "$TK/port" 2>/dev/null)
[ -n "$TP" ] || tap_skip_rest "the token service did not start: $(cat "$TK/err")"
start_registry_retry token "auth:
  token:
    realm: http://127.0.0.1:$TP/token
    service: strata-registry
    issuer: strata-test
    rootcertbundle: $TK/cert.pem" || tap_skip_rest "docker-registry with token auth does not start"
TOKEN=$REG
write_config "$OPEN" "$BASIC" "$TOKEN"

out=$(S "$STRATA_ROOT" push busybox:local "$TOKEN/t/bb:1" 2>&1)
tap_like "$out" "refused by 'http://127.0.0.1:$TP/token'" "no credentials: the token service refuses"
tap_like "$(st login -u bob -p nope "$TOKEN" 2>&1)" "refused by 'http://127.0.0.1:$TP/token'" \
  "login with a wrong password: the token service refuses it"
# as if the password had changed since a login
mkdir -p "$HOME/.docker"
printf '{"auths": {"%s": {"auth": "%s"}}}\n' "$TOKEN" "$(printf bob:nope | base64)" \
  >"$HOME/.docker/config.json"
out=$(S "$T_DIR/t0" pull "$TOKEN/t/bb:1" 2>&1)
tap_like "$out" "wrong username or password" "a wrong password: the token service refuses"
tap_is "$(nblobs "$T_DIR/t0")" 0 "  and no blob is left"
tap_like "$(st login -u bob -p t0ken "$TOKEN" 2>&1)" "logged in to $TOKEN" \
  "login through the token service"
tap_like "$(S "$STRATA_ROOT" push busybox:local "$TOKEN/t/bb:1" 2>&1)" "$IMG" "push with a Bearer token"
# the push asked for a token that may push (the registry's challenge names
# the actions; their order is the registry's)
push_scope=$(grep -E "scope=repository%3At%2Fbb%3A(pull%2Cpush|push%2Cpull|push)( |&|$)" "$TK/log" | head -1)
tap_like "${push_scope:-$(cat "$TK/log")}" "%3At%2Fbb%3A" "  the token was asked for push access"
tap_like "$push_scope" "push" "  (the scope names push)"
tap_is "$(S "$T_DIR/t1" pull -q "$TOKEN/t/bb:1" 2>&1)" "$IMG" "pull with a Bearer token: the same digest"

# transient failures are retried, a bounded number of times
echo 2 > "$TK/fail"
tap_is "$(S "$T_DIR/t4" pull -q "$TOKEN/t/bb:1" 2>&1)" "$IMG" "two 503s from the token service are retried"
tap_is "$(grep -c '^503' "$TK/log")" 2 "  both were seen"
echo 5 > "$TK/fail"
out=$(S "$T_DIR/t5" pull "$TOKEN/t/bb:1" 2>&1)
tap_like "$out" "HTTP 503" "five are not: retries are bounded (2)"
tap_is "$(nblobs "$T_DIR/t5")" 0 "  and leave no blob"
echo 0 > "$TK/fail"

# a credential helper instead of auths
st logout "$TOKEN" >/dev/null 2>&1
cat > "$T_DIR/bin/docker-credential-strata-test" <<EOF
#!/bin/sh
read -r url
[ "\$1" = get ] && [ "\$url" = "$TOKEN" ] && echo '{"ServerURL":"$TOKEN","Username":"bob","Secret":"t0ken"}' && exit 0
echo "credentials not found in native keychain"; exit 1
EOF
chmod +x "$T_DIR/bin/docker-credential-strata-test"
echo "{\"auths\": {}, \"credHelpers\": {\"$TOKEN\": \"strata-test\"}}" > "$HOME/.docker/config.json"
tap_is "$(S "$T_DIR/t2" pull -q "$TOKEN/t/bb:1" 2>&1)" "$IMG" "credentials from a credHelpers helper"
echo "{\"credsStore\": \"strata-test\"}" > "$HOME/.docker/config.json"
tap_is "$(S "$T_DIR/t3" pull -q "$TOKEN/t/bb:1" 2>&1)" "$IMG" "credentials from a credsStore helper"

stop_all
tap_done
