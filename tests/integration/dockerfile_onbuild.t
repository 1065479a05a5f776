#!/usr/bin/env bash
# ONBUILD: triggers stored by one build run at the start of a build that
# uses the image as its base, and are gone from that second image.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/dockerfile_lib.sh"
need_root
import_busybox

ctx=$(df_ctx parent)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
ONBUILD ENV TRIGGERED=yes
ONBUILD COPY app.txt /app/
ONBUILD RUN echo "ran in $TRIGGERED" > /app/ran
DF
df_build parent
tap_like "$(df_config parent)" '"OnBuild":["ENV TRIGGERED=yes","COPY app.txt /app/","RUN echo \"ran in $TRIGGERED\" > /app/ran"]' \
  "the triggers are stored in OnBuild"
tap_ok "they do not run in the image that defines them" test ! -e "$T_DIR/parent.root/app"

ctx=$(df_ctx child)
echo "from the child's context" > "$ctx/app.txt"
cat > "$ctx/Dockerfile" <<'DF'
FROM parent:t
RUN cat /app/ran > /app/after
DF
df_build child
r=$T_DIR/child.root/app
tap_is "$(cat "$r/app.txt" 2>&1)" "from the child's context" "a COPY trigger copies from the child's context"
tap_is "$(cat "$r/ran" 2>&1)" "ran in yes" "triggers run in order, before the child's instructions"
tap_is "$(cat "$r/after" 2>&1)" "ran in yes" "the child's own instructions come after"
cfg=$(df_config child)
tap_like "$cfg" '"TRIGGERED=yes"' "a trigger's ENV stays in the image"
tap_unlike "$cfg" '"OnBuild"' "the triggers are gone from the child"

ctx=$(df_ctx badchild)
cat > "$ctx/Dockerfile" <<'DF'
FROM parent:t
DF
tap_fails "a trigger that fails fails the build" df_build badchild
tap_like "$(df_log badchild)" "[stage-0 2/4] ONBUILD ENV TRIGGERED=yes" "progress shows the triggers as steps"
tap_like "$(df_log badchild)" "Dockerfile:1: copy 'app.txt'" "the error names the FROM line"
tap_done
