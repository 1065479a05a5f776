#!/usr/bin/env bash
# A frontend of one's own: the example Lua DSL builds and runs, and a
# frontend cannot reach io, os or files outside the context.
. "$(dirname "$0")/lib.sh"
need_root
import_busybox

ex="$T_REPO/examples/dsl"
out=$(st build --frontend "$ex/minidsl" -f "$ex/app/build.lua" -t dsl:1 "$ex/app" 2>"$T_DIR/log")
tap_ok "the DSL build succeeds" test -n "$out"
tap_is "$(st run dsl:1)" "hello from a Lua DSL" "its image runs"
tap_like "$(cat "$T_DIR/log")" "[builder" "progress names the DSL's stages"
out=$(st build --frontend "$ex/minidsl" -f "$ex/app/build.lua" --target builder "$ex/app" 2>&1)
tap_like "$out" "sha256:" "--target picks a DSL stage"

evil=$(mkctx evil)
mkdir -p "$T_DIR/fe/evil"
for what in 'io.open("/etc/passwd")' 'os.execute("true")' 'require("os")' 'load(string.dump(print))' 'debug.getinfo(1)' 'package.loadlib("x","y")' 'getmetatable("").__index.format'; do
  cat > "$T_DIR/fe/evil/init.lua" <<LUA
local M = {}
function M.build(b, opts) local x = $what; return b.scratch({}) end
return M
LUA
  echo x > "$evil/Dockerfile"
  tap_fails "a frontend cannot: $what" st build --frontend "$T_DIR/fe/evil" "$evil"
done
tap_done
