#!/usr/bin/env bash
# Solver options and their error paths: why a step missed the cache
# (--explain-cache), --no-cache-filter, secrets (required, never stored),
# an unusable sandbox, a URL where an image is expected.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ctx=$(mkctx s)
cat > "$ctx/Dockerfile" <<'DF'
FROM busybox:local AS one
ARG V=1
RUN echo "v=$V" > /v
FROM busybox:local
COPY --from=one /v /v
RUN echo two > /two
DF
st build "$ctx" >/dev/null 2>&1
log=$(st build --build-arg V=2 "$ctx" 2>&1)
tap_like "$log" "[one 2/2] cache miss: the environment changed" "a miss names the input that changed (ARG is no step)"
tap_unlike "$log" "was [" "without --explain-cache, no values"
log=$(st build --explain-cache --build-arg V=3 "$ctx" 2>&1)
tap_like "$log" 'was ["PATH=' "--explain-cache shows the old values (no list lengths)"
tap_like "$log" 'V=3"' "and the new ones"
log=$(st build --build-arg V=3 --no-cache-filter one "$ctx" 2>&1)
tap_like "$log" "[one 2/2] cache miss: --no-cache" "--no-cache-filter runs the named stage's steps"
tap_like "$log" "CACHED RUN echo two" "and the other stages' steps still come from the cache"

sec=$(mkctx secret)
cat > "$sec/Dockerfile" <<'DF'
FROM busybox:local
RUN --mount=type=secret,id=tok,required=true cat /run/secrets/tok > /dev/null && echo "secret ok"
RUN --mount=type=secret,id=tok,env=TOKEN --mount=type=secret,id=tok,target=/t test "$TOKEN" = "$(cat /t)" && echo "env ok ${#TOKEN}"
DF
err=$(st build "$sec" 2>&1)
tap_like "$err" "secret 'tok' is required but was not given" "a required secret that is missing is named"
tap_like "$err" "--secret id=tok" "and how to give it"
printf 's3cr3t-v4lue' > "$T_DIR/tok"
log=$(st build --secret "id=tok,src=$T_DIR/tok" "$sec" 2>&1)
tap_like "$log" "secret ok" "the secret is readable as a file"
tap_like "$log" "env ok 12" "and as an env var"
tap_ok "the secret's bytes are in no blob, log or cache record" \
  sh -c "! grep -rl 's3cr3t-v4lue' '$STRATA_ROOT'/blobs '$STRATA_ROOT'/logs '$STRATA_ROOT'/cache '$STRATA_ROOT'/explain 2>/dev/null | grep -q ."
tap_like "$(st build --secret "id=tok,src=$T_DIR/nope" "$sec" 2>&1)" "nope" "an unreadable secret file is named"

sb=$(mkctx sandbox)
printf 'FROM busybox:local\nRUN true\n' > "$sb/Dockerfile"
tap_like "$(st build --no-cache --sandbox nosuch "$sb" 2>&1)" "no usable sandbox ('nosuch': no plugin provides it)" \
  "an unknown sandbox is named, with why"
tap_ok "a cached build does not need the sandbox" sh -c "st() { \"$STRATA\" --root \"$STRATA_ROOT\" \"\$@\"; }; st build \"$sb\" >/dev/null 2>&1 && st build --sandbox nosuch \"$sb\""

tap_like "$(st --sandbox nosuch run busybox:local true 2>&1)" "no usable sandbox ('nosuch'" \
  "strata run names an unusable sandbox the same way"
tap_like "$(st --sandbox nosuch build -o 'type=oci,=x' "$sb" 2>&1)" "expected key=value pairs" \
  "a malformed --output is named"

url=$(mkctx url)
printf 'FROM http://example.invalid/x\n' > "$url/Dockerfile"
tap_like "$(st build "$url" 2>&1)" "only downloads files" "a URL is not an image"
tap_done
