#!/usr/bin/env bash
# Fault injection (issue 11): strata is killed (SIGKILL, through strace's
# syscall injection) at the points where it changes the store — each rename,
# fsync, syncfs, mount, umount, unlink and rmdir that build, import (a dir
# and a tar), pull, push, tag, rmi and prune make — and then the store must
# be consistent:
#   - no mount of the killed run is left (/proc/self/mountinfo);
#   - the next command sweeps what it left: tmp/ and trash/ are empty and no
#     layer dir is without its completion marker;
#   - `strata fsck` finds nothing (it runs after that sweep, as every command
#     would: see README "strata fsck");
#   - the command, run again, makes what it makes without a fault (the same
#     digest), and the same build gives the same image, whose RUN layer has
#     every file.
# Points are counted by a traced run of each command, then every k-th of
# each command is tried so that the file stays near STRATA_FAULTS_BUDGET
# points (default 48, about a minute); STRATA_FAULTS_ALL=1 tries every point
# (several minutes), STRATA_FAULTS_OFFSET=N picks another sample. Pull and push need Debian's
# docker-registry (lib.sh's start_registry); without it they are skipped.
. "$(dirname "$0")/lib.sh"
need_root
need_cmd strace

export SOURCE_DATE_EPOCH=1700000000
SYSCALLS="rename renameat renameat2 fsync fdatasync syncfs mount umount2 unlink unlinkat rmdir"

S() { local root=$1; shift; timeout 120 "$STRATA" --root "$root" "$@"; }

"$T_REPO/examples/busybox-rootfs.sh" "$T_DIR/bbroot" >/dev/null
tar -C "$T_DIR/bbroot" -cf "$T_DIR/bb.tar" .
ctx=$(mkctx w)
echo hello > "$ctx/hello"
printf 'FROM busybox:local\nRUN mkdir /w && for i in $(seq 1 50); do echo $i > /w/f$i; done\nCOPY hello /hello\n' > "$ctx/Dockerfile"

# the stores each command starts from, and what each makes without a fault
S "$T_DIR/t-empty" images >/dev/null
REF_BB=$(S "$T_DIR/t-base" import "$T_DIR/bbroot" -t busybox:local)
REF_TAR=$(S "$T_DIR/t-tar" import "$T_DIR/bb.tar" -t busybox:local)
cp -a "$T_DIR/t-base" "$T_DIR/t-built"
REF=$(S "$T_DIR/t-built" build -t a:1 "$ctx" 2>/dev/null)
cp -a "$T_DIR/t-built" "$T_DIR/t-rmi"
S "$T_DIR/t-rmi" rmi a:1 >/dev/null
tap_ok "the reference build" test -n "$REF" -a -n "$REF_BB" -a -n "$REF_TAR"

SCENARIOS="build import import-tar tag rmi prune"
REG=
if command -v docker-registry >/dev/null && command -v curl >/dev/null; then
  if start_registry_retry faults ""; then
    mkdir -p "$XDG_CONFIG_HOME/strata"
    echo "registries = { timeout = 10, retries = 1, [\"$REG\"] = { insecure = true } }" \
      > "$XDG_CONFIG_HOME/strata/config.lua"
    if S "$T_DIR/t-built" push a:1 "$REG/f/a:1" >/dev/null 2>&1; then
      SCENARIOS="$SCENARIOS pull push"
    fi
  fi
fi
[ -n "$REG" ] || echo "# faults: no docker-registry here: pull and push are not tried"

# scenario NAME -> TEMPLATE and ARGS of the command under test
scenario() {
  case $1 in
    build) TEMPLATE=t-base ARGS=(build -t a:1 "$ctx") ;;
    import) TEMPLATE=t-empty ARGS=(import "$T_DIR/bbroot" -t busybox:local) ;;
    import-tar) TEMPLATE=t-empty ARGS=(import "$T_DIR/bb.tar" -t busybox:local) ;;
    tag) TEMPLATE=t-built ARGS=(tag a:1 b:1) ;;
    rmi) TEMPLATE=t-built ARGS=(rmi a:1) ;;
    prune) TEMPLATE=t-rmi ARGS=(prune) ;;
    pull) TEMPLATE=t-empty ARGS=(pull "$REG/f/a:1") ;;
    push) TEMPLATE=t-built ARGS=(push a:1 "$REG/f/p:1") ;;
  esac
}

# count the points: "scenario syscall n" for each call a traced run makes
: > "$T_DIR/points"
for sc in $SCENARIOS; do
  scenario "$sc"
  rm -rf "$T_DIR/s" && cp -a "$T_DIR/$TEMPLATE" "$T_DIR/s"
  traced -f -qq -o "$T_DIR/trace" -e trace="${SYSCALLS// /,}" \
    timeout 120 "$STRATA" --root "$T_DIR/s" "${ARGS[@]}" >/dev/null 2>&1
  for sys in $SYSCALLS; do
    c=$(grep -cE "^[0-9]+ +$sys\(" "$T_DIR/trace")
    for n in $(seq 1 "$c"); do echo "$sc $sys $n" >> "$T_DIR/points"; done
  done
done
total=$(wc -l < "$T_DIR/points")
nsc=$(echo $SCENARIOS | wc -w)
per=$(((${STRATA_FAULTS_BUDGET:-48} + nsc - 1) / nsc))
offset=${STRATA_FAULTS_OFFSET:-0}
# every k-th point of each scenario, k chosen so that each gets about $per
: > "$T_DIR/sample"
for sc in $SCENARIOS; do
  c=$(grep -c "^$sc " "$T_DIR/points")
  k=1
  [ -n "${STRATA_FAULTS_ALL:-}" ] || k=$(((c + per - 1) / per))
  [ "$k" -ge 1 ] || k=1
  grep "^$sc " "$T_DIR/points" | awk -v k="$k" -v o="$offset" '(NR - 1) % k == o % k' >> "$T_DIR/sample"
  echo "# faults: $sc: $c points, 1 in $k tried"
done

# check_store SCENARIO: the checks above, on $T_DIR/s; prints why it is not
# consistent (and returns 1) or nothing
check_store() {
  local sc=$1 s="$T_DIR/s" d n
  if grep -q " $s/" /proc/self/mountinfo; then echo "a mount is left"; return 1; fi
  S "$s" images >/dev/null 2>&1 || { echo "the next command fails"; return 1; }
  if [ -n "$(find "$s/tmp" "$s/trash" -mindepth 1 -maxdepth 1)" ]; then echo "tmp/ or trash/ not swept"; return 1; fi
  for d in "$s"/layers/*; do
    case $d in *.complete | */layers/\*) continue ;; esac
    [ -f "$d.complete" ] || { echo "layer without marker: $d"; return 1; }
  done
  S "$s" fsck >/dev/null 2>"$T_DIR/fsck.err" || { echo "fsck: $(head -3 "$T_DIR/fsck.err")"; return 1; }
  # the command again makes what it makes without a fault
  case $sc in
    import) d=$(S "$s" import "$T_DIR/bbroot" -t busybox:local 2>&1); [ "$d" = "$REF_BB" ] || { echo "import again: $d"; return 1; } ;;
    import-tar)
      d=$(S "$s" import "$T_DIR/bb.tar" -t busybox:local 2>&1); [ "$d" = "$REF_TAR" ] || { echo "import again: $d"; return 1; }
      n=$(S "$s" run busybox:local sh -c 'ls /bin | wc -l' 2>&1)
      [ "$n" = "$(ls "$T_DIR/bbroot/bin" | wc -l)" ] || { echo "the imported image has $n files in /bin"; return 1; }
      return 0 ;;
    pull)
      d=$(S "$s" pull -q "$REG/f/a:1" 2>&1); [ "$d" = "$REF" ] || { echo "pull again: $d"; return 1; }
      n=$(S "$s" run "$REG/f/a:1" sh -c 'ls /w | wc -l' 2>&1); [ "$n" = 50 ] || { echo "the pulled image has $n files in /w"; return 1; }
      return 0 ;;
    push) d=$(S "$s" push a:1 "$REG/f/p:1" 2>/dev/null); [ "$d" = "$REF" ] || { echo "push again: $d"; return 1; } ;;
    tag) S "$s" tag a:1 b:1 >/dev/null 2>&1 || { echo "tag again fails"; return 1; } ;;
    rmi) S "$s" rmi a:1 >/dev/null 2>&1 ;;
    prune) S "$s" prune >/dev/null 2>&1 || { echo "prune again fails"; return 1; } ;;
  esac
  d=$(S "$s" build -t a:1 "$ctx" 2>"$T_DIR/build.err")
  [ "$d" = "$REF" ] || { echo "the build makes '$d': $(tail -2 "$T_DIR/build.err")"; return 1; }
  n=$(S "$s" run a:1 sh -c 'ls /w | wc -l; cat /hello' 2>&1 | tr '\n' ' ')
  [ "$n" = "50 hello " ] || { echo "the built image has: $n"; return 1; }
  S "$s" fsck >/dev/null 2>"$T_DIR/fsck.err" || { echo "fsck after the build: $(head -3 "$T_DIR/fsck.err")"; return 1; }
}

tried=0
consistent=0
killed=0
declare -A sc_tried sc_ok
while read -r sc sys n <&3; do
  scenario "$sc"
  rm -rf "$T_DIR/s" && cp -a "$T_DIR/$TEMPLATE" "$T_DIR/s"
  # the status through a command substitution, whose shell's "Killed"
  # report goes to /dev/null
  rc=$({ timeout 120 env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -f -qq -o /dev/null -e trace="$sys" -e inject="$sys:signal=KILL:when=$n" \
    "$STRATA" --root "$T_DIR/s" "${ARGS[@]}" >/dev/null 2>&1; echo $?; } 2>/dev/null)
  [ "$rc" = 137 ] && killed=$((killed + 1))
  tried=$((tried + 1))
  sc_tried[$sc]=$((${sc_tried[$sc]:-0} + 1))
  if why=$(check_store "$sc"); then
    consistent=$((consistent + 1))
    sc_ok[$sc]=$((${sc_ok[$sc]:-0} + 1))
  else
    echo "# faults: $sc killed at $sys #$n: $why"
  fi
done 3< "$T_DIR/sample"

for sc in $SCENARIOS; do
  [ -n "${sc_tried[$sc]:-}" ] || { echo "# faults: $sc: no point in this sample"; continue; }
  tap_is "${sc_ok[$sc]:-0}/${sc_tried[$sc]:-0}" "${sc_tried[$sc]:-0}/${sc_tried[$sc]:-0}" \
    "$sc: the store is consistent after each kill"
done
echo "# faults: $tried points tried of $total ($killed killed there, the others ran to the end), $consistent consistent"
tap_ok "some points were tried" test "$tried" -gt 0
tap_done
