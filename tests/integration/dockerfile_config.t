#!/usr/bin/env bash
# Dockerfile instructions that set the image config: what ends up in the
# built image's config JSON (read back with skopeo from the OCI output).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/dockerfile_lib.sh"
need_root
need_cmd skopeo
import_busybox

ctx=$(df_ctx meta)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
ARG VERSION=1.2
LABEL org.example.version=$VERSION "org.example.title"="two words"
LABEL legacy value with spaces
MAINTAINER Jane Doe <jane@example.com>
EXPOSE 80 53/udp 8000-8001
ENV A=1 B="b c"
ENV LEGACY form value
VOLUME ["/data"]
VOLUME /cache /logs
USER 1000:1000
WORKDIR /srv/app
STOPSIGNAL SIGINT
HEALTHCHECK --interval=30s --timeout=5s --start-period=1m --start-interval=2s --retries=4 CMD wget -q -O- http://localhost/
SHELL ["/bin/sh", "-ec"]
ONBUILD RUN echo triggered
ENTRYPOINT echo
CMD ["hello"]
DF
df_build meta
tap_ok "the build succeeds" test -d "$T_DIR/meta.oci"
cfg=$(df_config meta)
tap_like "$cfg" '"org.example.version":"1.2"' "LABEL: a value with an ARG expanded"
tap_like "$cfg" '"org.example.title":"two words"' "LABEL: quoted key and value"
tap_like "$cfg" '"legacy":"value with spaces"' "LABEL: the legacy form"
tap_like "$cfg" '"author":"Jane Doe <jane@example.com>"' "MAINTAINER: the image's author"
tap_like "$cfg" '"80/tcp":{}' "EXPOSE: tcp by default"
tap_like "$cfg" '"53/udp":{}' "EXPOSE: udp"
tap_like "$cfg" '"8001/tcp":{}' "EXPOSE: a range"
tap_like "$cfg" '"A=1","B=b c","LEGACY=form value"' "ENV: both forms, after the base's"
tap_like "$cfg" '"PATH=' "ENV: the base's PATH stays"
tap_like "$cfg" '"/data":{}' "VOLUME: JSON form"
tap_like "$cfg" '"/logs":{}' "VOLUME: several"
tap_like "$cfg" '"User":"1000:1000"' "USER"
tap_like "$cfg" '"WorkingDir":"/srv/app"' "WORKDIR"
tap_like "$cfg" '"StopSignal":"SIGINT"' "STOPSIGNAL"
tap_like "$cfg" '"Test":["CMD-SHELL","wget -q -O- http://localhost/"]' "HEALTHCHECK: the command"
tap_like "$cfg" '"Interval":30000000000' "HEALTHCHECK: --interval in nanoseconds"
tap_like "$cfg" '"Timeout":5000000000' "HEALTHCHECK: --timeout"
tap_like "$cfg" '"StartPeriod":60000000000' "HEALTHCHECK: --start-period"
tap_like "$cfg" '"StartInterval":2000000000' "HEALTHCHECK: --start-interval"
tap_like "$cfg" '"Retries":4' "HEALTHCHECK: --retries"
tap_like "$cfg" '"Shell":["/bin/sh","-ec"]' "SHELL"
tap_like "$cfg" '"OnBuild":["RUN echo triggered"]' "ONBUILD: the trigger is kept"
tap_like "$cfg" '"Entrypoint":["/bin/sh","-ec","echo"]' "ENTRYPOINT: shell form with SHELL"
tap_like "$cfg" '"Cmd":["hello"]' "CMD: set after ENTRYPOINT, kept"
tap_is "$(stat -c %u:%g "$T_DIR/meta.root/srv/app" 2>&1)" "1000:1000" "WORKDIR: created, owned by USER"

# WORKDIR's dir takes USER as --chown reads it (BuildKit; the conformance
# case sem-workdir-user): a number is uid and gid, an unknown name 0:0
ctx=$(df_ctx wduser)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
RUN echo 'odd:x:2000:3000::/:/bin/sh' >> /etc/passwd
USER 2000
WORKDIR /w1
USER odd
WORKDIR /w2
USER nosuch
WORKDIR /w3
DF
df_build wduser
r=$T_DIR/wduser.root
tap_is "$(stat -c %u:%g "$r/w1" "$r/w2" "$r/w3" 2>&1 | tr '\n' ' ')" "2000:2000 2000:3000 0:0 " \
  "WORKDIR for USER 2000, odd (gid 3000), an unknown name"
tap_unlike "$(df_log meta)" "warning" "no warnings"

# ENTRYPOINT drops an inherited CMD; HEALTHCHECK NONE; ENTRYPOINT [] clears
ctx=$(df_ctx clear)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local
HEALTHCHECK NONE
ENTRYPOINT ["/bin/echo"]
DF
df_build clear
cfg=$(df_config clear)
tap_unlike "$cfg" '"Cmd"' "ENTRYPOINT drops the base's CMD"
tap_like "$cfg" '"Healthcheck":{"Test":["NONE"]}' "HEALTHCHECK NONE"
tap_is "$(st run clear:t hi there)" "hi there" "the image runs with the new ENTRYPOINT"

ctx=$(df_ctx scratchy)
cat > "$ctx/Dockerfile" <<'DF'
FROM scratch
COPY Dockerfile /
DF
df_build scratchy
tap_like "$(df_config scratchy)" '"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]' \
  "FROM scratch: the image gets the default PATH, as with BuildKit"
tap_like "$(df_config scratchy)" '"WorkingDir":"/"' "FROM scratch: WorkingDir is /, as with BuildKit"
tap_done
