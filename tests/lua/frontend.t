#!/usr/bin/env lua5.4
-- strata.frontend (lua/strata/frontend.lua): the `# syntax=` line that picks
-- a frontend, and what loading one that is not there says. The C module
-- strata.core is replaced by a stand-in that knows no bytecode, so the
-- frontends are read as text.
local tap = dofile((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/tap.lua")
local root = tap.setup(arg[0])
package.path = root .. "/lua/?.lua;" .. package.path
package.preload["strata.core"] = function()
	return { bytecode = function() return nil end }
end
local frontend = require("strata.frontend")

local function syntax(text)
	return { frontend.from_syntax(text) }
end

tap.is_deeply(syntax("# syntax=dRUN\nFROM scratch\n"), { "dRUN", 1 }, "syntax on line 1")
tap.is_deeply(syntax("# check=skip=all\n#syntax = mine \nFROM a\n"), { "mine", 2 }, "syntax on line 2, spaces")
tap.is_deeply(syntax("\239\187\191# syntax=docker/dockerfile:1.7\nFROM a\n"), { "dockerfile", 1 },
	"BuildKit's image maps to ours, after a byte order mark")
tap.is_deeply(syntax("FROM a\n# syntax=x\n"), {}, "after an instruction: not a directive")
tap.is_deeply(syntax("\n# syntax=x\n"), {}, "after a blank line: not a directive")
tap.is_deeply(syntax(""), {}, "an empty file")

local dirs = { root .. "/frontends" }
local fe, err = frontend.load("dockerfile", dirs)
tap.ok(type(fe) == "table" and type(fe.build) == "function", "the dockerfile frontend loads" .. (err and (": " .. err) or ""))

fe, err = frontend.load("dRUN", dirs)
tap.is(fe, nil, "a missing frontend is not loaded")
tap.is(err, ("frontend 'dRUN' not found: no dRUN/init.lua in the frontends path (%s)"):format(dirs[1]),
	"a missing frontend: its name, what was looked for, and where")

fe, err = frontend.load("a.b", dirs)
tap.like(err, "^invalid frontend name 'a%.b'", "a name that is no frontend name")

tap.done_testing()
