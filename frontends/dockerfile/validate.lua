-- dockerfile.validate: the argument checks BuildKit makes after parsing,
-- when it turns nodes into instructions (instructions/parse.go): counts,
-- the JSON form SHELL needs, HEALTHCHECK's type, ONBUILD's triggers.
-- Flags are checked by flags.parse.
--
--   validate.validate(ast_or_node, {file =}) -> true | nil, err
--
-- err as parser.parse returns it; parser.validate is this function.

local dump = require("dockerfile.dump")
local text = require("dockerfile.text")

local M = {}

local function verr(node, message)
	return { line = node.start_line, end_line = node.end_line, col = node.col, len = node.keyword and #node.keyword, message = message }
end

local VALIDATORS = {}

local function exactly_one(node)
	if #node.args ~= 1 then
		return verr(node, node.keyword:upper() .. " requires exactly one argument")
	end
end

local function at_least_one(node)
	if #node.args < 1 then
		return verr(node, node.keyword:upper() .. " requires at least one argument")
	end
end

VALIDATORS.from = function(node)
	local n = #node.args
	if n == 1 then
		return
	end
	if n == 3 and node.args[2]:lower() == "as" then
		return
	end
	if n == 3 then
		return verr(node, "FROM expects 'AS' before the stage name, not '" .. node.args[2] .. "'")
	end
	return verr(node, "FROM requires either one argument, or three: FROM <image> AS <name>")
end
-- RUN takes no argument too (BuildKit runs `/bin/sh -c ""`: instructions/parse.go
-- checks no count for it)
VALIDATORS.expose = at_least_one
VALIDATORS.user = exactly_one
VALIDATORS.workdir = exactly_one
VALIDATORS.stopsignal = exactly_one
VALIDATORS.maintainer = exactly_one
-- ENV, LABEL, ARG: at least one, and no "=value" without a name.
local function named_pairs(node)
	local keyword = node.keyword:upper()
	if #node.args == 0 then
		return verr(node, keyword .. " requires at least one argument")
	end
	for _, p in ipairs(node.pairs) do
		if p.key == "" then
			return verr(node, keyword .. " names can not be blank")
		end
	end
end
VALIDATORS.env = named_pairs
VALIDATORS.label = named_pairs
VALIDATORS.arg = named_pairs
local function copy_like(node)
	if #node.args < 2 then
		return verr(node, node.keyword:upper() .. " requires at least two arguments, but only one was provided. Destination could not be determined")
	end
end
VALIDATORS.copy = copy_like
VALIDATORS.add = copy_like
VALIDATORS.volume = function(node)
	if #node.args == 0 then
		return verr(node, "VOLUME requires at least one argument")
	end
	for _, v in ipairs(node.args) do
		if text.trim(v) == "" then
			return verr(node, "VOLUME specified can not be an empty string")
		end
	end
end
VALIDATORS.shell = function(node)
	if not node.json then
		return verr(node, "SHELL requires the arguments to be in JSON form")
	end
	if #node.args == 0 then
		return verr(node, "SHELL requires at least one argument")
	end
end
VALIDATORS.healthcheck = function(node)
	local typ = node.args[1]
	if not typ then
		return verr(node, "HEALTHCHECK requires an argument: CMD <command> or NONE")
	end
	typ = typ:upper()
	if typ == "NONE" then
		if #node.args > 1 or #node.flags > 0 then
			return verr(node, "HEALTHCHECK NONE takes no arguments")
		end
	elseif typ == "CMD" then
		if #node.args < 2 then
			return verr(node, "Missing command after HEALTHCHECK CMD")
		end
	else
		return verr(node, ("Unknown type %s in HEALTHCHECK (try CMD)"):format(dump.quote(node.args[1])))
	end
end
VALIDATORS.onbuild = function(node)
	local s = node.sub
	if not s then
		return verr(node, "ONBUILD requires at least one argument")
	end
	if s.name == "onbuild" then
		return verr(node, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")
	end
	if s.name == "from" or s.name == "maintainer" then
		return verr(node, s.keyword:upper() .. " isn't allowed as an ONBUILD trigger")
	end
	local f = VALIDATORS[s.name]
	return f and f(s)
end

-- Checks the argument counts and forms BuildKit checks when it turns nodes
-- into instructions (flags are checked by flags.parse). Takes an ast or one
-- node; returns true, or nil, err (err as from parse).
function M.validate(x, opts)
	local file = (opts and opts.file) or x.file or "Dockerfile"
	local list = x.nodes or { x }
	for _, node in ipairs(list) do
		local f = VALIDATORS[node.name]
		local err = f and f(node)
		if err then
			err.file = file
			return nil, err
		end
	end
	return true
end

return M
