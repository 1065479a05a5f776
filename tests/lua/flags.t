#!/usr/bin/env lua5.4
-- dockerfile.flags: typed flag values and their errors.
local tap = dofile((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/tap.lua")
tap.setup(arg[0])
local parser = require("dockerfile.parser")
local flags = require("dockerfile.flags")

local COPY = { from = "string", chown = "string", chmod = "string", link = "bool", exclude = "list" }

local function node_of(text, index)
	local ast, err = parser.parse(text)
	if not ast then
		tap.diag(parser.format_error(err, text))
		return { flags = {} }
	end
	return ast.nodes[index or 1]
end

do
	local v, given = flags.parse(node_of("COPY --from=build --chown=1:2 --link --exclude=*.md --exclude=.git a b"), COPY)
	tap.is_deeply(v, { from = "build", chown = "1:2", link = true, exclude = { "*.md", ".git" } }, "values of every type")
	tap.is_deeply(given, { from = true, chown = true, link = true, exclude = true }, "given flags")

	v, given = flags.parse(node_of("COPY a b"), COPY)
	tap.is_deeply(v, { link = false, exclude = {} }, "defaults: bool false, list empty, string absent")
	tap.is_deeply(given, {}, "nothing given")

	tap.is(flags.parse(node_of("COPY --link=false a b"), COPY).link, false, "--link=false")
	tap.is(flags.parse(node_of("COPY --link=TRUE a b"), COPY).link, true, "--link=TRUE")
	tap.is(flags.parse(node_of("COPY --from= a b"), COPY).from, "", "empty string value")
	tap.is(flags.parse(node_of('COPY --chown="a b" a b'), COPY).chown, "a b", "quoted value")
	tap.is(flags.parse(node_of("COPY --chmod=a=b a b"), COPY).chmod, "a=b", "value keeps later =")
end

local function refused(text, spec, line, pattern, name, index, nested)
	local node = node_of(text, index)
	if nested then
		node = node.sub or node
	end
	local v, err = flags.parse(node, spec, { file = "df" })
	tap.ok(v == nil, name .. ": refused")
	tap.is(err and err.line, line, name .. ": line")
	tap.like(err and err.message, pattern, name .. ": message")
	tap.is(err and err.file, "df", name .. ": file")
	return err
end

do
	local text = "FROM a\nCOPY --foo a b\n"
	local err = refused(text, COPY, 2, "^unknown flag '%-%-foo' for COPY$", "unknown flag", 2)
	tap.is(err and parser.format_error(err, text), "df:2: unknown flag '--foo' for COPY\nCOPY --foo a b\n     ^~~~~",
		"unknown flag rendered with a caret under it")
	refused("FROM a\nCOPY --chwon=1 a b\n", COPY, 2, "did you mean %-%-chown%?", "misspelt flag suggests", 2)
	refused("FROM a\n\nCOPY --link=maybe a b\n", COPY, 3, "expecting a boolean value for flag '%-%-link' of COPY, not 'maybe'", "bad bool", 2)
	refused("COPY --from a b\n", COPY, 1, "missing a value on flag '%-%-from' of COPY", "string without value")
	refused("COPY --exclude a b\n", COPY, 1, "missing a value", "list without value")
	refused("COPY --from=a --from=b a b\n", COPY, 1, "duplicate flag '%-%-from' for COPY", "duplicate string")
	refused("COPY --link --link a b\n", COPY, 1, "duplicate flag", "duplicate bool")
	refused("CMD --doit [\"a\"]\n", {}, 1, "unknown flag '%-%-doit' for CMD", "instruction without flags")
	local e = refused("FROM a\nONBUILD RUN \\\n  --bad x\n", { mount = "list" }, 2, "for RUN", "ONBUILD trigger", 2, true)
	tap.is(e and e.col, nil, "no column when the flag is on a continuation line")
end

do
	local node = node_of("FROM a\nONBUILD RUN --mount=type=cache,target=/x --mount=type=tmpfs,target=/t make", 2)
	local v = flags.parse(node.sub, { mount = "list", network = "string" })
	tap.is_deeply(v and v.mount, { "type=cache,target=/x", "type=tmpfs,target=/t" }, "list flag under ONBUILD")
	local ok, msg = pcall(flags.parse, node.sub, { mount = "array" })
	tap.ok(not ok and tostring(msg):find("unknown type 'array'"), "a bad spec is a programming error and raises")
end

tap.done_testing()
