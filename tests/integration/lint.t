#!/usr/bin/env bash
# .ci/lint refuses a goto that jumps past a cleanup-attribute declaration
# (AUTOFREE runs free() on an uninitialised pointer at the label: gcc builds
# it without a word), and passes the same function written safely.
. "$(dirname "$0")/lib.sh"
command -v clang >/dev/null 2>&1 || tap_skip_all "clang is not installed"
command -v clang-format >/dev/null 2>&1 || tap_skip_all "clang-format is not installed"

# sample FILE DECL_FIRST: a core-style function, its AUTOFREE declared after
# the first goto (0) or before it (1)
sample() {
  {
    printf '#include <stdlib.h>\n\n#include "util.h"\n\nint sample(int fail);\n\n'
    printf 'int sample(int fail)\n{\n\tint r = 0;\n'
    [ "$2" = 1 ] && printf '\tAUTOFREE char *p = NULL;\n'
    printf '\tif (fail) {\n\t\tr = -1;\n\t\tgoto out;\n\t}\n'
    [ "$2" = 0 ] && printf '\tAUTOFREE char *p = NULL;\n'
    printf '\tp = malloc(1);\nout:\n\treturn r;\n}\n'
  } >"$1"
}

sample "$T_DIR/bad.c" 0
sample "$T_DIR/good.c" 1
out=$("$T_REPO/.ci/lint" "$T_DIR/bad.c" 2>&1)
tap_is "$?" 1 "lint fails on a goto past an AUTOFREE declaration"
tap_like "$out" "bad.c:12:3: error: cannot jump from this goto statement to its label" \
  "and names the file and the line of the goto"
tap_like "$out" "bad.c:14:17: note: jump bypasses initialization of variable with __attribute__((cleanup))" \
  "and the declaration it jumps past"
tap_like "$out" "lint: a goto jumps past a cleanup-attribute declaration" "and says what is wrong"
tap_ok "lint passes the same function with the declaration first" "$T_REPO/.ci/lint" "$T_DIR/good.c"
tap_done
