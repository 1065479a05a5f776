#!/usr/bin/env bash
# COPY and ADD in real builds: where files land, their owners and modes,
# --from (stage, index, image, variable), .dockerignore and --exclude,
# --parents, heredocs, ADD's archives and URLs.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/dockerfile_lib.sh"
need_root
import_busybox

ctx=$(df_ctx copy)
mkdir -p "$ctx/src/lib" "$ctx/docs" "$ctx/tree/a/b"
echo main > "$ctx/src/main.c"
echo util > "$ctx/src/lib/util.c"
echo readme > "$ctx/docs/README.md"
echo notes > "$ctx/docs/notes.md"
echo guide > "$ctx/docs/guide.txt"
echo secret > "$ctx/secret.key"
echo c > "$ctx/tree/a/b/c.txt"
echo d > "$ctx/tree/a/b/d.txt"
chmod 700 "$ctx/tree/a"
printf '*.key\n' > "$ctx/.dockerignore"
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local AS build
RUN mkdir -p /out && echo built > /out/artifact

FROM busybox:local
ARG OWNER=app
ARG FROM_STAGE=build
WORKDIR /app
COPY src/main.c docs/guide.txt ./
COPY --chown=$OWNER:app --chmod=0640 src/lib /app/lib
COPY --from=$FROM_STAGE /out/artifact /from/by-variable
COPY --from=0 /out/artifact /from/by-index
COPY --from=busybox:local /bin/busybox /from/image-busybox
COPY --link . /ctx/
COPY --exclude=*.md docs /docs-no-md/
COPY --parents tree/./a/b/*.txt /parents/
COPY <<EOF <<'RAW' /heredoc/
owner=$OWNER
EOF
raw=$OWNER
RAW
DF
df_build copy
tap_ok "the build succeeds" test -d "$T_DIR/copy.root/app"
r=$T_DIR/copy.root
tap_is "$(cat "$r/app/main.c" "$r/app/guide.txt" 2>&1 | tr '\n' ' ')" "main guide " \
  "several sources go into a dir relative to WORKDIR"
tap_is "$(stat -c %u:%g:%a "$r/app/main.c" 2>&1)" "0:0:644" "context files are root's, modes kept"
tap_is "$(stat -c %u:%g:%a "$r/app/lib/util.c" 2>&1)" "1000:1000:640" "--chown (expanded) and --chmod"
tap_is "$(cat "$r/from/by-variable" 2>&1)" "built" "--from=\$ARG names a stage (beyond BuildKit)"
tap_is "$(cat "$r/from/by-index" 2>&1)" "built" "--from=0 names the first stage"
tap_ok "--from an image" cmp "$r/from/image-busybox" "$r/bin/busybox"
tap_ok "--link is accepted" test -f "$r/ctx/src/main.c"
tap_ok ".dockerignore keeps files out" test ! -e "$r/ctx/secret.key"
tap_ok "--exclude keeps matches out" test ! -e "$r/docs-no-md/README.md"
tap_ok "--exclude is relative to the source" test -f "$r/docs-no-md/guide.txt"
tap_is "$(cat "$r/parents/a/b/c.txt" "$r/parents/a/b/d.txt" 2>&1 | tr '\n' ' ')" "c d " \
  "--parents keeps the path after /./"
tap_is "$(stat -c %a "$r/parents/a" 2>&1)" "700" "--parents copies the directories on the way"
tap_is "$(cat "$r/heredoc/EOF" 2>&1)" "owner=app" "COPY <<EOF: a file named after the delimiter, expanded"
tap_is "$(cat "$r/heredoc/RAW" 2>&1)" 'raw=$OWNER' "COPY <<'RAW': not expanded"

# docker 20.10 (BuildKit) semantics, checked with tests/conformance/run:
# wildcards matching nothing, Go's globs, --chown lookups, the dir made for
# a directory's contents
ctx=$(df_ctx dockersem)
mkdir -p "$ctx/g" "$ctx/dir/sub"
for f in a1 b1 '!x'; do echo "$f" > "$ctx/g/$f"; done
echo s > "$ctx/dir/sub/s"
chmod 700 "$ctx/dir"
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN echo 'odd:x:2000:3000::/:/bin/sh' >> /etc/passwd
COPY g/a1 nomatch*.x /some/
COPY nothing-* /none/
COPY g/[!a]* /bang/
COPY --chown=2000 g/a1 /uid
COPY --chown=odd g/a1 /name
COPY --chown=nosuch g/a1 /unknown
COPY --chown=:100 g/a1 /group
COPY --chmod=750 dir /dir
DF
df_build dockersem
r=$T_DIR/dockersem.root
tap_ok "a wildcard matching nothing is no error" test -f "$r/some/a1"
tap_ok "wildcards matching nothing make no dest" test ! -e "$r/none"
tap_is "$(ls "$r/bang" 2>&1 | tr '\n' ' ')" "!x a1 " "[!a] is Go's: \"!\" or \"a\", no negation"
tap_is "$(stat -c %u:%g "$r/uid" 2>&1)" "2000:2000" "--chown=UID: gid = uid, whatever passwd says"
tap_is "$(stat -c %u:%g "$r/name" 2>&1)" "2000:3000" "--chown=NAME: the primary group"
tap_is "$(stat -c %u:%g "$r/unknown" 2>&1)" "0:0" "--chown=unknown name: 0:0"
tap_is "$(stat -c %u:%g "$r/group" 2>&1)" "0:100" "--chown=:GID: uid 0"
tap_is "$(stat -c %a "$r/dir" "$r/dir/sub" "$r/dir/sub/s" 2>&1 | tr "\n" " ")" "755 750 750 " \
  "a dir's contents: dest made 0755, --chmod on what is copied"
printf 'FROM scratch\nCOPY --chown=app g/a1 /x\n' > "$ctx/Dockerfile"
tap_fails "--chown=NAME on a dest with no /etc/passwd fails" df_build dockersem
tap_like "$(df_log dockersem)" "chown to 'app': open '/etc/passwd': no such file" "naming the user and the file"

# ADD: a local archive is unpacked; a URL is downloaded (not unpacked)
ctx=$(df_ctx add)
mkdir -p "$T_DIR/payload/pkg" "$T_DIR/www"
echo packed > "$T_DIR/payload/pkg/file"
tar -czf "$ctx/pkg.tar.gz" -C "$T_DIR/payload" pkg
tar -czf "$T_DIR/www/remote.tgz" -C "$T_DIR/payload" pkg
echo "plain text" > "$ctx/notes.txt"
port=$(( 20000 + $$ % 20000 ))
need_cmd python3
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$T_DIR/www" >/dev/null 2>&1 &
srv=$!
trap 'kill $srv 2>/dev/null; t_cleanup' EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do
  (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break
  sleep 0.2
done
sum=$(sha256sum "$T_DIR/www/remote.tgz" | cut -d' ' -f1)
cat > "$ctx/Dockerfile" <<DF
FROM busybox:local
ADD pkg.tar.gz /unpacked
ADD notes.txt /notes.txt
ADD --chmod=0600 http://127.0.0.1:$port/remote.tgz /downloads/
ADD --checksum=sha256:$sum http://127.0.0.1:$port/remote.tgz /checked.tgz
DF
df_build add
r=$T_DIR/add.root
tap_is "$(cat "$r/unpacked/pkg/file" 2>&1)" "packed" "ADD unpacks a local .tar.gz into the destination"
tap_is "$(cat "$r/notes.txt" 2>&1)" "plain text" "ADD copies a file that is no archive"
tap_ok "ADD of a URL downloads it, not unpacked" cmp "$r/downloads/remote.tgz" "$T_DIR/www/remote.tgz"
tap_is "$(stat -c %a "$r/downloads/remote.tgz" 2>&1)" "600" "ADD --chmod on a download"
tap_ok "ADD --checksum with the right sum" cmp "$r/checked.tgz" "$T_DIR/www/remote.tgz"

sed -i "s/sha256:$sum/sha256:$(printf '0%.0s' $(seq 64))/" "$ctx/Dockerfile"
tap_fails "ADD --checksum with a wrong sum fails" df_build add

# ADD of a local tar as docker 20.10 does it (tests/conformance sem-add-tar-*):
# entries replace what is there, ".." is cleaned inside the destination,
# --chown/--chmod leave the extracted entries alone
ctx=$(df_ctx addtar)
python3 - "$ctx/t.tar" <<'PY'
import io, sys, tarfile
with tarfile.open(sys.argv[1], "w") as t:
    d = tarfile.TarInfo("todir")
    d.type, d.mode = tarfile.DIRTYPE, 0o755
    t.addfile(d)
    for name, data, mode in [("tofile", b"file", 0o644), ("../up", b"up", 0o640), ("todir/in", b"in", 0o600)]:
        i = tarfile.TarInfo(name)
        i.size, i.mode, i.uid, i.gid = len(data), mode, 5, 6
        t.addfile(i, io.BytesIO(data))
PY
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN mkdir -p /d/tofile/inner && echo f > /d/tofile/inner/f && echo z > /d/todir
ADD t.tar /d/
ADD --chown=7:8 --chmod=0700 t.tar /o/
DF
df_build addtar
r=$T_DIR/addtar.root
tap_is "$(cat "$r/d/tofile" 2>&1)" "file" "ADD tar: a file entry replaces a whole directory"
tap_is "$(cat "$r/d/todir/in" 2>&1)" "in" "ADD tar: a directory entry replaces a file"
tap_is "$(cat "$r/d/up" 2>&1)" "up" "ADD tar: ../up lands inside the destination"
tap_is "$(stat -c %u:%g:%a "$r/o/up" 2>&1)" "5:6:640" "ADD tar: --chown and --chmod leave entries alone"
tap_is "$(stat -c %u:%g "$r/o" 2>&1)" "7:8" "ADD tar: the dest dir made is --chown's"
tap_done
