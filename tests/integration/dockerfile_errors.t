#!/usr/bin/env bash
# What `strata build` says about Dockerfiles it refuses: FILE:LINE, the
# line, a caret, and a suggestion where there is one. None of these needs
# an image, a sandbox or root.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/dockerfile_lib.sh"

refused() { # NAME EXPECTED... : the Dockerfile in $T_DIR/NAME fails with each text
  local name=$1; shift
  T_N=$((T_N + 1))
  if df_build "$name"; then
    T_FAIL=$((T_FAIL + 1)); echo "not ok $T_N - $name: refused"
  else
    echo "ok $T_N - $name: refused"
  fi
  local i=0
  for want in "$@"; do
    i=$((i + 1))
    tap_like "$(df_log "$name")" "$want" "$name: message, part $i"
  done
}

dockerfile() { mkdir -p "$T_DIR/$1"; cat > "$T_DIR/$1/Dockerfile"; }

dockerfile typo <<'DF'
FROM scratch
COPPY . /app
DF
refused typo "Dockerfile:2: unknown instruction 'COPPY' (did you mean COPY?)" "
COPPY . /app
^~~~~"

dockerfile flag <<'DF'
FROM scratch
COPY --chwon=1 a /b
DF
refused flag "Dockerfile:2: unknown flag '--chwon' for COPY (did you mean --chown?)" "
     ^~~~~~~"

dockerfile from <<'DF'
FROM scratch AS build
FROM scratch
COPY --from=biuld /x /y
DF
refused from "Dockerfile:3: COPY --from=biuld: no stage or image named 'biuld' (stages: build, 1; did you mean build?)"

dockerfile cycle <<'DF'
FROM scratch AS a
COPY --from=b /x /y
FROM a AS b
DF
refused cycle "Dockerfile:2: COPY --from=b: a cycle between stages: a -> b -> a"

dockerfile later <<'DF'
FROM scratch AS a
COPY --from=b /x /y
FROM scratch AS b
FROM a
DF
refused later "Dockerfile:2: COPY --from=b: stage 'b' is defined after the current stage 'a'"

dockerfile target <<'DF'
FROM scratch AS build
DF
tap_fails "an unknown --target is refused" df_build target --target=biuld
tap_like "$(df_log target)" "target stage 'biuld' could not be found (stages: build; did you mean build?)" \
  "and the stages are named"

dockerfile noarg <<'DF'
FROM scratch
WORKDIR
DF
refused noarg "Dockerfile:2: WORKDIR requires exactly one argument"

dockerfile health <<'DF'
FROM scratch AS unused
HEALTHCHECK --interval=5 CMD true
FROM scratch
DF
refused health 'Dockerfile:2: HEALTHCHECK --interval: time: missing unit in duration "5"'

dockerfile heredoc <<'DF'
FROM scratch
RUN ["sh", "-c", "<<EOF"]
echo hi
EOF
DF
refused heredoc "line 2 starts a heredoc in JSON (exec) form"

dockerfile before <<'DF'
ENV A=1
FROM scratch
DF
refused before "Dockerfile:1: ENV before the first FROM: only ARG may come before FROM"

dockerfile expand <<'DF'
FROM scratch
ARG NAME
WORKDIR /${NAME:?set NAME with --build-arg}
DF
refused expand "Dockerfile:3:" "set NAME with --build-arg"

# a frontend the build file picks with `# syntax=` is its line's error
dockerfile syntax <<'DF'
# syntax=dRUN
FROM scratch
DF
refused syntax "Dockerfile:1: # syntax=dRUN: frontend 'dRUN' not found: no dRUN/init.lua in the frontends path"

dockerfile syntax2 <<'DF'
# check=skip=all
# syntax=no.such
FROM scratch
DF
refused syntax2 "Dockerfile:2: # syntax=no.such: invalid frontend name 'no.such'"

# an unknown word of 64,000 characters: refused at once, no suggestion
mkdir -p "$T_DIR/longword"
head -c 64000 /dev/zero | tr '\0' A > "$T_DIR/longword/Dockerfile"
refused longword "Dockerfile:1: unknown instruction 'AAAA"
# no did-you-mean for it: the suggestion's edit distance over a 64,000-character
# word took 1.6 s before words that long were left out (bench, not a clock here)
tap_unlike "$(df_log longword)" "did you mean" "longword: no suggestion for a word no instruction is near"

# ADD of a damaged tar whose entry has no name (found by fuzzing the layer
# reader: it crashed ADD's unpacker and the layer reader alike)
dockerfile addtar <<'DF'
FROM scratch
ADD x.tar /
DF
cp "$T_REPO/tests/fuzz/corpus/layer/entry-without-name.tar" "$T_DIR/addtar/x.tar"
refused addtar "Dockerfile:2: unpack 'x.tar': an entry without a name"
tap_done
