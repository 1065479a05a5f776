#!/usr/bin/env lua5.4
-- RUN --mount spec parsing (frontends/dockerfile/mounts.lua).
local here = arg[0]:match("^(.*)/[^/]*$") or "."
package.path = here .. "/../../frontends/?.lua;" .. here .. "/../../frontends/?/init.lua;" .. here .. "/?.lua;" .. package.path
local mounts = require("dockerfile.mounts")
local n, failed = 0, 0
local function ok(c, name, diag)
  n = n + 1
  print((c and "ok " or "not ok ") .. n .. " - " .. name)
  if not c then failed = failed + 1; if diag then print("#   " .. diag) end end
end
local function is(got, want, name) ok(got == want, name, string.format("got %s, want %s", tostring(got), tostring(want))) end

local m = mounts.parse("type=cache,target=/root/.cache,id=pip,sharing=locked,uid=1000,gid=1000,mode=0700")
is(m.type, "cache", "cache type"); is(m.target, "/root/.cache", "cache target"); is(m.id, "pip", "cache id")
is(m.sharing, "locked", "sharing"); is(m.uid, 1000, "uid"); is(m.mode, 448, "mode is octal")
m = mounts.parse("target=/src")
is(m.type, "bind", "bind is the default type"); is(m.rw, false, "bind is read-only by default")
m = mounts.parse("type=bind,from=builder,src=/out,dst=/in,rw")
is(m.from, "builder", "bind from a stage"); is(m.source, "/out", "src alias"); is(m.target, "/in", "dst alias")
is(m.rw, true, "rw")
m = mounts.parse("type=bind,target=/x,readonly=false")
is(m.rw, true, "readonly=false means writable")
m = mounts.parse("type=secret,id=tok")
is(m.target, "/run/secrets/tok", "secret default target")
m = mounts.parse("type=secret,target=/etc/tok")
is(m.id, "tok", "secret id from the target's name")
m = mounts.parse("type=secret,id=tok,env=TOKEN,required")
is(m.env, "TOKEN", "secret env"); is(m.target, nil, "env only: no file"); is(m.required, true, "required")
m = mounts.parse("type=tmpfs,target=/t,size=64m")
is(m.size, 64 * 1024 * 1024, "tmpfs size")
m = mounts.parse('type=bind,"source=a,b",target=/x')
is(m.source, "a,b", "CSV quoting")
local function bad(spec, want)
  local r, err = mounts.parse(spec)
  ok(r == nil and err and err:find(want, 1, true), "refused: " .. spec, tostring(err))
end
bad("type=nfs,target=/x", "unknown type 'nfs'")
bad("type=cache", "target= is required")
bad("type=cache,target=/x,sharing=sometimes", "sharing")
bad("type=cache,target=/x,mode=999", "octal")
bad("type=bind,target=/x,bogus=1", "unknown field 'bogus'")
bad("type=tmpfs,target=/x,from=a", "from= does not apply")
bad('type=bind,"target=/x', "unterminated quote")
print("1.." .. n)
os.exit(failed == 0 and 0 or 1)
