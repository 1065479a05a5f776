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

tap_skip_one() { # NAME REASON
  T_N=$((T_N + 1))
  echo "ok $T_N - $1 # SKIP $2"
}

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
# --- hostname and /etc/hosts -------------------------------------------------
# docker build names every RUN's sandbox buildkitsandbox, and writes an
# /etc/hosts of its own (not the host's)
ctx=$(df_ctx names)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN hostname > /hostname.out && cat /etc/hosts > /hosts.out
DF
hosts_want=$(printf '127.0.0.1\tlocalhost buildkitsandbox\n::1\tlocalhost ip6-localhost ip6-loopback')
for b in $backends; do
  df_build names --sandbox "$b" --no-cache
  if [ "$b" = proot ]; then
    tap_skip_one "$b: the hostname" "proot has no hostname of its own"
  else
    tap_is "$(cat "$T_DIR/names.root/hostname.out" 2>&1)" buildkitsandbox "$b: the hostname is docker build's"
  fi
  tap_is "$(cat "$T_DIR/names.root/hosts.out" 2>&1)" "$hosts_want" "$b: /etc/hosts is docker build's"
done

# --- setuid programs ---------------------------------------------------------
# docker runs a RUN without no_new_privs: a setuid-root program run by a user
# gets euid 0 (su, gosu, sudo work)
if command -v gcc >/dev/null 2>&1; then
  ctx=$(df_ctx suid)
  printf '#include <stdio.h>\n#include <unistd.h>\nint main(void) { printf("%%d %%d\\n", (int)getuid(), (int)geteuid()); return 0; }\n' > "$T_DIR/suid.c"
  gcc -static -O2 -o "$ctx/suidprog" "$T_DIR/suid.c" 2>"$T_DIR/gcc.log"
  cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
COPY suidprog /bin/suidprog
RUN chmod 4755 /bin/suidprog
USER app
RUN /bin/suidprog > /tmp/suid.out
DF
  for b in $backends; do
    case $b in
      bwrap) tap_skip_one "$b: a setuid program" "bwrap always sets no_new_privs" ;;
      proot) tap_skip_one "$b: a setuid program" "the kernel ignores setuid bits under ptrace" ;;
      *)
        df_build suid --sandbox "$b" --no-cache
        tap_is "$(cat "$T_DIR/suid.root/tmp/suid.out" 2>&1)" "1000 0" "$b: a setuid-root program gets euid 0"
        ;;
    esac
  done
else
  tap_skip_one "setuid programs" "gcc is not installed (a static test program)"
fi
# --- HOME ------------------------------------------------------------------
# HOME comes from the user's passwd entry in the image (runc's rule, which
# docker's is), "/" without one, unless ENV sets it; whatever the backend
ctx=$(df_ctx home)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN echo "$HOME" > /home.root
USER app
RUN echo "$HOME" > /tmp/home.app
USER nobody
RUN echo "$HOME" > /tmp/home.nobody
USER 1234
RUN echo "$HOME" > /tmp/home.1234
USER root
ENV HOME=/custom
RUN echo "$HOME" > /home.env
USER app
CMD ["sh", "-c", "echo $HOME"]
DF
for b in $backends; do
  df_build home --sandbox "$b" --no-cache
  r=$T_DIR/home.root
  got="$(cat "$r/home.root" "$r/tmp/home.app" "$r/tmp/home.nobody" "$r/tmp/home.1234" "$r/home.env" 2>&1 | tr '\n' ' ')"
  tap_is "$got" "/root /home/app /nonexistent / /custom " "$b: RUN's HOME for root, app, nobody, uid 1234, ENV HOME"
done
ctx=$(df_ctx homerun)
printf 'FROM busybox:local\nUSER app\nCMD ["sh", "-c", "echo $HOME"]\n' > "$ctx/Dockerfile"
df_build homerun
for b in $backends; do
  tap_is "$(st --sandbox "$b" run homerun:t 2>&1)" "/home/app" "$b: strata run: HOME of the image's USER"
done
tap_is "$(st run home:t 2>&1)" "/custom" "strata run: the image's ENV HOME stays"
# --- what RUN --mount leaves -------------------------------------------------
# docker build leaves the directories it made as mount targets (and their
# parents) in the layer, empty; not the stub files of file mounts (a bind of
# a file, a secret), whose directories stay
ctx=$(df_ctx mounts)
echo "context file" > "$ctx/f"
echo "s3cr3t" > "$T_DIR/secret"
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN --mount=type=cache,target=/root/.cache true
RUN --mount=type=cache,target=/newdir/sub/cache true
RUN --mount=type=tmpfs,target=/tmpfsdir/x true
RUN --mount=type=bind,target=/bindt true
RUN --mount=type=bind,source=f,target=/bindf/f true
RUN --mount=type=secret,id=x true
RUN --mount=type=secret,id=nosuch true
RUN --mount=type=secret,id=x,target=/sec/x true
DF
mount_dirs="bindf bindt newdir/sub/cache root/.cache run/secrets sec tmpfsdir/x"
for b in $backends; do
  if [ "$b" = proot ]; then
    tap_skip_one "$b: RUN --mount's mount points" "proot refuses read-only binds"
    continue
  fi
  df_build mounts --sandbox "$b" --no-cache --secret "id=x,src=$T_DIR/secret"
  r=$T_DIR/mounts.root
  got=""
  for d in $mount_dirs; do
    if [ -d "$r/$d" ] && [ -z "$(ls -A "$r/$d")" ]; then got="$got $d"; else got="$got $d:$(ls -A "$r/$d" 2>&1 | tr '\n' ,)"; fi
  done
  tap_is "$got" " $mount_dirs" "$b: the mount points stay, as empty directories"
  tap_ok "$b: no stub files of file mounts" test ! -e "$r/bindf/f" -a ! -e "$r/run/secrets/x" -a ! -e "$r/sec/x"
  tap_ok "$b: a secret that was not given leaves nothing" test ! -e "$r/run/secrets/nosuch"
done
# --- what a RUN that changes nothing leaves ----------------------------------
# the entries of layer N (1: the first) of image NAME built by df_build
layer_entries() {
  local d
  d=$(layers "$1" | sed -n "${2}p")
  tar -tzf "$T_DIR/$1.oci/blobs/sha256/${d#sha256:}" | sort | tr '\n' ' '
}
# overlay copies /etc up for the resolv.conf and hosts mount points, and a
# file whose metadata is set to what it was; neither is a change (containerd's
# differ, BuildKit's layers); docker build still gives each RUN a layer
ctx=$(df_ctx nochange)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN true
RUN chmod 644 /etc/passwd && chown 0:0 /etc/group
RUN chmod 600 /etc/passwd
RUN rm /etc/group
RUN mkdir -p /a/b && rmdir /a/b
RUN rm -r /home && mkdir /home
RUN cat /etc/passwd > /tmp/p && cat /tmp/p > /etc/passwd && rm /tmp/p
RUN echo a > /f && touch -d @0 /f
RUN echo b > /f && touch -d @0 /f
RUN echo b > /f && touch -d @0 /f
DF
for b in $backends; do
  df_build nochange --sandbox "$b" --no-cache
  tap_is "$(layers nochange | wc -l)" 11 "$b: every RUN has a layer"
  tap_is "$(layer_entries nochange 2)" "" "$b: RUN true leaves an empty layer"
  tap_is "$(layer_entries nochange 3)" "" "$b: so does a chmod and a chown to the same"
  tap_is "$(layer_entries nochange 4)" "etc/ etc/passwd " "$b: a chmod that changes the mode"
  tap_is "$(layer_entries nochange 5)" "etc/ etc/.wh.group " "$b: a removed file"
  tap_is "$(layer_entries nochange 6)" "a/ " "$b: a new dir, what was made in it and removed left out"
  tap_is "$(layer_entries nochange 7)" "home/ home/.wh..wh..opq " "$b: a dir removed and made again is opaque"
  tap_is "$(layer_entries nochange 8)" "etc/ etc/passwd " "$b: a file rewritten with its content: a new mtime"
  # mtimes without sub-second parts may have been truncated: the content decides
  tap_is "$(layer_entries nochange 10)" "f " "$b: same size and whole-second mtime, other content"
  tap_is "$(layer_entries nochange 11)" "" "$b: same size, whole-second mtime and content"
done
# an image without /proc, /sys, /dev, /etc gets them from its first RUN, as
# docker build's runc makes them (the /etc/hosts stub goes, /etc stays)
ctx=$(df_ctx scratch)
cp "$T_DIR/bbroot/bin/busybox" "$ctx/busybox"
printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "true"]\n' > "$ctx/Dockerfile"
for b in $backends; do
  df_build scratch --sandbox "$b" --no-cache
  tap_is "$(layer_entries scratch 2)" "dev/ etc/ proc/ sys/ " "$b: a RUN on scratch leaves /dev, /etc, /proc, /sys"
done
# a hard link to a file of a lower layer: overlay copies the file up to link
# it; unchanged as it is, the layer needs it for the link (docker's has both)
ctx=$(df_ctx hardlink)
printf 'FROM busybox:local\nRUN echo shared > /a\nRUN ln /a /b\n' > "$ctx/Dockerfile"
df_build hardlink
tap_is "$(layer_entries hardlink 3)" "a b " "a hard link's layer holds both names"
tap_is "$(stat -c %h "$T_DIR/hardlink.root/a" "$T_DIR/hardlink.root/b" 2>&1 | tr '\n' ' ')" "2 2 " \
  "and they are one file in the image"
tap_done
