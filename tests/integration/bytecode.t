#!/usr/bin/env bash
# strata's own Lua sources load from their compiled form (share/strata/
# bytecode, made by luac at build time) only while it is at least as new as
# the source: an edited source is read as text, a compiled file that does
# not load falls back to the text, and user frontends are always text.
. "$(dirname "$0")/lib.sh"

share=$(cd "$(dirname "$STRATA")/../share/strata" 2>/dev/null && pwd)
[ -n "$share" ] && [ -f "$share/bytecode/lua/strata/cli.luac" ] ||
  tap_skip_all "no compiled Lua in the build (luac5.4 missing at build time)"

# a share dir of our own: the sources and their compiled forms, times kept
S=$T_DIR/share
cp -rL --preserve=timestamps "$share" "$S"
sts() { STRATA_SHARE_DIR=$S "$STRATA" --root "$STRATA_ROOT" "$@"; }
ctx=$(mkctx ctx)
printf 'FROM scratch\nFROBNICATE x\n' >"$ctx/Dockerfile"

tap_like "$(sts --version)" "strata " "the compiled CLI runs"
tap_like "$(sts build "$ctx" 2>&1)" "unknown instruction 'FROBNICATE'" \
  "the compiled Dockerfile frontend runs"

# edit the sources: newer than their compiled forms, so they are read
sed -i 's/io.stdout:write("strata ", core.version/io.stdout:write("edited ", core.version/' \
  "$S/lua/strata/cli.lua"
sed -i "s/unknown instruction '%s'/edited: no instruction '%s'/" \
  "$S/frontends/dockerfile/instruction.lua"
touch -d '+1 second' "$S/lua/strata/cli.lua" "$S/frontends/dockerfile/instruction.lua"
tap_like "$(sts --version)" "edited " "a CLI source newer than its bytecode is read as text"
tap_like "$(sts build "$ctx" 2>&1)" "edited: no instruction 'FROBNICATE'" \
  "a frontend source newer than its bytecode is read as text"

# the same edits, older than the compiled forms: the compiled ones win
touch -d '2001-01-01' "$S/lua/strata/cli.lua" "$S/frontends/dockerfile/instruction.lua"
tap_like "$(sts --version)" "strata " "a CLI source older than its bytecode: the bytecode"
tap_like "$(sts build "$ctx" 2>&1)" "unknown instruction 'FROBNICATE'" \
  "a frontend source older than its bytecode: the bytecode"

# compiled files that do not load (another liblua, damage): the text
printf 'not bytecode' >"$S/bytecode/lua/strata/cli.luac"
printf 'not bytecode' >"$S/bytecode/frontends/dockerfile/instruction.luac"
tap_like "$(sts --version)" "edited " "a CLI bytecode that does not load: the text"
tap_like "$(sts build "$ctx" 2>&1)" "edited: no instruction 'FROBNICATE'" \
  "a frontend bytecode that does not load: the text"

# a frontend of the user's, while the share dir holds bytecode by its name
mkdir -p "$T_DIR/fe/mine" "$S/bytecode/frontends/mine"
printf 'return { build = function(b) error("mine: text") end }\n' >"$T_DIR/fe/mine/init.lua"
printf 'return { build = function(b) error("mine: bytecode") end }\n' >"$T_DIR/mine.lua"
luac5.4 -o "$S/bytecode/frontends/mine/init.luac" "$T_DIR/mine.lua"
out=$(sts build --frontend "$T_DIR/fe/mine" "$ctx" 2>&1)
tap_like "$out" "mine: text" "a frontend outside the share dir is read as text"
tap_unlike "$out" "mine: bytecode" "never from the share dir's bytecode"
tap_done
