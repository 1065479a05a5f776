#!/usr/bin/env bash
# RUN in real builds: its environment, working directory, user, shell,
# heredocs and network; the files it leaves in the image.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/dockerfile_lib.sh"
need_root
import_busybox

ctx=$(df_ctx run)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
ENV GREETING="hello there"
ARG BUILD_ONLY=yes
WORKDIR /work
RUN echo "$GREETING" > greeting && echo "$BUILD_ONLY" > arg && pwd > pwd
RUN ["/bin/sh", "-c", "echo exec $GREETING > /work/exec"]
RUN echo "svc:x:1234:1234::/home/svc:/bin/sh" >> /etc/passwd && echo "svc:x:1234:" >> /etc/group
USER svc
WORKDIR /home/svc/data
RUN id -u > uid && touch mine
USER root
SHELL ["/bin/sh", "-ec"]
RUN case "$-" in *e*) echo errexit ;; *) echo plain ;; esac > /work/shell
RUN <<EOF
echo one > /work/heredoc
echo two >> /work/heredoc
EOF
RUN cat <<ONE > /work/first && cat <<-'TWO' > /work/second
$GREETING
ONE
	$GREETING
	TWO
RUN --network=none cat /proc/net/dev | grep -c : > /work/ifaces
DF
df_build run
tap_ok "the build succeeds" test -f "$T_DIR/run.root/work/greeting"
r=$T_DIR/run.root
tap_is "$(cat "$r/work/greeting")" "hello there" "RUN sees ENV"
tap_is "$(cat "$r/work/arg")" "yes" "RUN sees ARGs in scope"
tap_is "$(cat "$r/work/pwd")" "/work" "RUN runs in WORKDIR"
tap_is "$(cat "$r/work/exec")" "exec hello there" "exec-form RUN"
tap_is "$(cat "$r/home/svc/data/uid")" "1234" "RUN runs as USER"
tap_is "$(stat -c %u "$r/home/svc/data/mine")" "1234" "files RUN makes are the user's"
tap_is "$(stat -c %u "$r/home/svc/data")" "1234" "WORKDIR after USER is owned by the user"
tap_is "$(cat "$r/work/shell")" "errexit" "SHELL sets the shell of later RUNs"
tap_is "$(cat "$r/work/heredoc")" "one
two" "RUN <<EOF runs the heredoc as a script"
tap_is "$(cat "$r/work/first")" "hello there" "a heredoc on a RUN line: the shell expands it"
tap_is "$(cat "$r/work/second")" '$GREETING' "a quoted <<-'TWO' heredoc stays as written, tabs stripped"
tap_is "$(cat "$r/work/ifaces")" "1" "RUN --network=none has only loopback"
tap_unlike "$(df_config run)" "BUILD_ONLY=" "ARG values are not in the image's Env"

ctx=$(df_ctx mounts)
echo "from the context" > "$ctx/input.txt"
echo "s3cr3t" > "$T_DIR/token"
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local AS tools
RUN mkdir /out && echo "tool output" > /out/tool

FROM busybox:local
WORKDIR /work
RUN --mount=type=bind,from=tools,source=/out,target=/in cat /in/tool > from-stage
RUN --mount=type=bind,target=ctx cat ctx/input.txt > from-context
RUN --mount=type=cache,target=/cache echo cached > /cache/c && cat /cache/c > from-cache
RUN --mount=type=secret,id=tok cat /run/secrets/tok > secret-seen
DF
df_build mounts --secret "id=tok,src=$T_DIR/token"
r=$T_DIR/mounts.root/work
tap_is "$(cat "$r/from-stage" 2>&1)" "tool output" "RUN --mount=type=bind,from=<stage>"
tap_is "$(cat "$r/from-context" 2>&1)" "from the context" "RUN --mount=type=bind of the context, target against WORKDIR"
tap_is "$(cat "$r/from-cache" 2>&1)" "cached" "RUN --mount=type=cache"
tap_ok "a cache mount's files are not in the image" test ! -e "$T_DIR/mounts.root/cache/c"
tap_is "$(cat "$r/secret-seen" 2>&1)" "s3cr3t" "RUN --mount=type=secret"
tap_ok "the secret is not in the image" test ! -e "$T_DIR/mounts.root/run/secrets/tok"

ctx=$(df_ctx bad)
printf 'FROM busybox:local\nRUN exit 3\n' > "$ctx/Dockerfile"
tap_fails "a failing RUN fails the build" df_build bad
tap_like "$(df_log bad)" "Dockerfile:2" "and names its line"
tap_done
