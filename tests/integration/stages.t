#!/usr/bin/env bash
# COPY --from by name and by index, FROM another stage, COPY --chown, ENV,
# WORKDIR, ENTRYPOINT/CMD.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx stages)
echo "first" > "$ctx/a.txt"
mkdir -p "$ctx/dir/sub" && echo "deep" > "$ctx/dir/sub/f"
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local AS one
RUN echo one > /one.txt

FROM busybox:local AS two
COPY a.txt /data/
COPY dir /tree
RUN echo two > /two.txt

FROM one AS three
ENV WHO=three
WORKDIR /work
RUN echo "$WHO in $(pwd)" > here.txt

FROM busybox:local
COPY --from=one /one.txt /got/
COPY --from=1 /two.txt /got/
COPY --from=1 /data/a.txt /got/
COPY --from=three /work/here.txt /got/
COPY --from=three /one.txt /got/one-via-three.txt
COPY --chown=app:app a.txt /owned.txt
COPY --from=two /tree /tree
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["cat /got/*"]
DF
st build -t stages:1 --output "type=local,dest=$T_DIR/rootfs" "$ctx" >/dev/null 2>"$T_DIR/log"
tap_ok "the build succeeds" test -d "$T_DIR/rootfs/got"
tap_is "$(cat "$T_DIR/rootfs/got/one.txt" 2>&1)" "one" "COPY --from by stage name"
tap_is "$(cat "$T_DIR/rootfs/got/two.txt" 2>&1)" "two" "COPY --from by stage index"
tap_is "$(cat "$T_DIR/rootfs/got/a.txt" 2>&1)" "first" "a context file copied into a dir/"
tap_is "$(cat "$T_DIR/rootfs/got/here.txt" 2>&1)" "three in /work" "ENV and WORKDIR reach RUN"
tap_is "$(cat "$T_DIR/rootfs/got/one-via-three.txt" 2>&1)" "one" "FROM another stage keeps its files"
tap_is "$(stat -c %u:%g "$T_DIR/rootfs/owned.txt" 2>&1)" "1000:1000" "COPY --chown by name"
tap_is "$(stat -c %u:%g "$T_DIR/rootfs/got/a.txt" 2>&1)" "0:0" "context files are owned by root"
tap_is "$(cat "$T_DIR/rootfs/tree/sub/f" 2>&1)" "deep" "a directory copies its contents"
tap_is "$(st run stages:1 | sort | tr '\n' ' ')" "first one one three in /work two " "ENTRYPOINT + CMD run"
tap_is "$(st run stages:1 'echo replaced')" "replaced" "run's COMMAND replaces CMD, keeps ENTRYPOINT"
# only what the target needs is built; the rest is listed as skipped
sk=$(mkctx skip)
printf 'FROM busybox:local AS a\nRUN echo a > /a\nFROM busybox:local AS unused\nRUN echo unused-ran\nFROM busybox:local\nCOPY --from=a /a /a\n' > "$sk/Dockerfile"
log=$(st build --no-cache "$sk" 2>&1)
tap_like "$log" "[unused] skipped: not needed for the target" "an unneeded stage is listed as skipped"
tap_unlike "$log" "unused-ran" "and never runs"
log=$(st build --no-cache --all-stages "$sk" 2>&1)
tap_like "$log" "| unused-ran" "--all-stages builds it"
# a COPY --from a later stage is refused in every stage, built or not (as
# current BuildKit checks the order before it picks the target's stages)
lt=$(mkctx later)
printf 'FROM busybox:local\nCOPY --from=later /etc/passwd /p\nFROM busybox:local AS later\n' > "$lt/Dockerfile"
tap_fails "COPY --from a later stage in an unneeded stage is refused" st build "$lt"
tap_like "$(st build "$lt" 2>&1)" "Dockerfile:2: COPY --from=later: stage 'later' is defined after the current stage" \
  "  naming the line and the order"
tap_done
