#!/usr/bin/env bash
# ARG in real builds: global ARGs in FROM, stage scope, --build-arg, the
# predefined platform and proxy ARGs, and the warning for an unused one.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/dockerfile_lib.sh"
need_root
import_busybox

ctx=$(df_ctx args)
cat > "$ctx/Dockerfile" <<'DF'
ARG BASE=busybox
ARG TAG=nope
FROM ${BASE}:${TAG} AS first
ARG TAG
ARG STAGE_ONLY=default
ARG TARGETPLATFORM
ARG TARGETARCH
RUN mkdir /out && echo "tag=$TAG base=${BASE:-unset} stage=$STAGE_ONLY" > /out/args && \
    echo "$TARGETPLATFORM $TARGETARCH" > /out/platform && \
    echo "${http_proxy:-none}" > /out/proxy

FROM first
RUN echo "inherited=$STAGE_ONLY" > /out/second
DF
df_build args --build-arg TAG=local --build-arg STAGE_ONLY=cli --build-arg http_proxy=http://proxy.invalid:3128 \
  --build-arg NOT_DECLARED=1
tap_ok "the build succeeds" test -f "$T_DIR/args.root/out/args"
r=$T_DIR/args.root/out
tap_is "$(cat "$r/args" 2>&1)" "tag=local base=unset stage=cli" \
  "a global ARG in FROM, redeclared to use in the stage; --build-arg overrides"
arch=$(uname -m); case $arch in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; esac
tap_is "$(cat "$r/platform" 2>&1)" "linux/$arch $arch" "TARGETPLATFORM and TARGETARCH: the host's"
tap_is "$(cat "$r/proxy" 2>&1)" "http://proxy.invalid:3128" "a proxy --build-arg reaches RUN undeclared"
tap_is "$(cat "$r/second" 2>&1)" "inherited=cli" "ARGs carry into a stage built FROM the stage"
tap_like "$(df_log args)" "build argument 'NOT_DECLARED' is not used" "an unused --build-arg is reported"
tap_unlike "$(df_log args)" "'http_proxy' is not used" "proxy ARGs are not reported"
tap_unlike "$(df_config args)" "proxy.invalid:3128\"" "the proxy is not in the image's Env"
tap_done
