# strata: TAP helpers for the integration tests (bash). Each test file:
#   . "$(dirname "$0")/lib.sh"; need_root; ...; tap_done
# runs the real strata binary ($STRATA, default build/bin/strata) on a store
# of its own in a fresh temporary directory, removed at exit.
set -u

T_N=0
T_FAIL=0
T_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STRATA=${STRATA:-$T_REPO/build/bin/strata}
T_DIR=$(mktemp -d "${TMPDIR:-/tmp}/strata-it-XXXXXX")
export STRATA_ROOT="$T_DIR/store"
# keep the user's config files out of the tests
export STRATA_SYSTEM_CONFIG=/nonexistent XDG_CONFIG_HOME="$T_DIR/xdg"

# Daemons a test starts (registries, token servers): stopped by pid at exit.
T_PIDS=()
stop_all() {
  local p
  for p in "${T_PIDS[@]}"; do
    kill "$p" 2>/dev/null && for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
  done
  T_PIDS=()
}

t_cleanup() {
  stop_all
  [ -n "${STRATA_TEST_KEEP:-}" ] && { echo "# kept $T_DIR"; return; }
  rm -rf "$T_DIR"
}
trap t_cleanup EXIT

st() { "$STRATA" --root "$STRATA_ROOT" "$@"; }

# strace ARGS...: strace, with LeakSanitizer off for what it traces (it
# cannot work under ptrace, and says so as a fatal error at exit, which
# make check-asan counts as a report); ASan itself stays on
traced() { ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace "$@"; }

tap_ok() { # NAME CMD... : passes when CMD exits 0
  local name=$1; shift
  T_N=$((T_N + 1))
  if "$@" >"$T_DIR/.out" 2>&1; then
    echo "ok $T_N - $name"
  else
    T_FAIL=$((T_FAIL + 1))
    echo "not ok $T_N - $name"
    sed 's/^/#   /' "$T_DIR/.out" | tail -20
  fi
}

tap_fails() { # NAME CMD... : passes when CMD exits non-zero
  local name=$1; shift
  T_N=$((T_N + 1))
  if "$@" >"$T_DIR/.out" 2>&1; then
    T_FAIL=$((T_FAIL + 1))
    echo "not ok $T_N - $name (succeeded, expected a failure)"
    sed 's/^/#   /' "$T_DIR/.out" | tail -20
  else
    echo "ok $T_N - $name"
  fi
}

tap_is() { # GOT WANT NAME
  T_N=$((T_N + 1))
  if [ "$1" = "$2" ]; then
    echo "ok $T_N - $3"
  else
    T_FAIL=$((T_FAIL + 1))
    echo "not ok $T_N - $3"
    printf '#   got:  %s\n#   want: %s\n' "$1" "$2"
  fi
}

tap_like() { # GOT SUBSTRING NAME
  T_N=$((T_N + 1))
  case "$1" in
    *"$2"*) echo "ok $T_N - $3" ;;
    *)
      T_FAIL=$((T_FAIL + 1))
      echo "not ok $T_N - $3"
      printf '#   %s\n' "does not contain: $2" "got:"
      printf '%s\n' "$1" | sed 's/^/#     /' | tail -20
      ;;
  esac
}

tap_unlike() { # GOT SUBSTRING NAME
  T_N=$((T_N + 1))
  case "$1" in
    *"$2"*)
      T_FAIL=$((T_FAIL + 1))
      echo "not ok $T_N - $3"
      printf '#   unexpected: %s\n' "$2"
      ;;
    *) echo "ok $T_N - $3" ;;
  esac
}

tap_skip_all() { echo "1..0 # SKIP $1"; exit 0; }

# Skip what is left of a file that has already run tests: one skipped test
# line with the reason, then the plan of what ran (1..0 would be a bad plan).
tap_skip_rest() {
  T_N=$((T_N + 1))
  echo "ok $T_N # SKIP $1"
  tap_done
  exit $?
}

tap_done() {
  echo "1..$T_N"
  [ "$T_FAIL" -eq 0 ]
}

need_root() { [ "$(id -u)" = 0 ] || tap_skip_all "needs root (namespaces, overlayfs)"; }

need_cmd() { command -v "$1" >/dev/null 2>&1 || tap_skip_all "$1 is not installed"; }

# Import the busybox base image as busybox:local into the test's store.
import_busybox() {
  "$T_REPO/examples/busybox-rootfs.sh" "$T_DIR/bbroot" >/dev/null
  st import "$T_DIR/bbroot" -t busybox:local >/dev/null
}

# A build context: mkctx NAME, then write files into $T_DIR/NAME.
mkctx() { mkdir -p "$T_DIR/$1"; echo "$T_DIR/$1"; }

# refused_while_building NAME CMD...: CMD, run while a build holds the store
# (busybox:local imported), must refuse with "in use by another strata process".
refused_while_building() {
  local name=$1 slow out bpid; shift
  slow=$(mkctx slow)
  printf 'FROM busybox:local\nRUN sleep 3\n' > "$slow/Dockerfile"
  st build --no-cache "$slow" >/dev/null 2>&1 &
  bpid=$!
  sleep 1
  out=$("$@" 2>&1)
  tap_like "$out" "in use by another strata process" "$name"
  wait $bpid
}

# Debian's docker-registry on 127.0.0.1, with a config of the test's own.
# A TCP port nothing listens on (bash's /dev/tcp connects or fails fast).
free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

# start_registry NAME AUTH_YAML [HTTP_YAML [DATA_DIR]] -> sets REG (host:port),
# REGDIR; HTTP_YAML goes under http: (tls), DATA_DIR shares another's storage
start_registry() {
  local name=$1 auth=$2 http=${3:-} port scheme=http
  port=$(free_port) || return 1
  REGDIR="$T_DIR/reg-$name"
  local data=${4:-$REGDIR/data}
  mkdir -p "$REGDIR" "$data"
  [ -n "$http" ] && scheme=https
  cat > "$REGDIR/config.yml" <<EOF
version: 0.1
log:
  level: info
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  secret: strata-test-$RANDOM
$http
$auth
EOF
  docker-registry serve "$REGDIR/config.yml" > "$REGDIR/log" 2>&1 &
  T_PIDS+=("$!")
  REG="127.0.0.1:$port"
  local pid=$!
  for _ in $(seq 200); do
    curl -sk -o /dev/null --max-time 1 "$scheme://$REG/v2/" && return 0
    # it died (a port taken since free_port looked): try another port
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "# registry $name did not start:"; sed 's/^/#   /' "$REGDIR/log" | tail -5
  kill "$pid" 2>/dev/null
  return 1
}

# start_registry, with up to three ports
start_registry_retry() {
  local i
  for i in 1 2 3; do start_registry "$@" && return 0; done
  return 1
}
