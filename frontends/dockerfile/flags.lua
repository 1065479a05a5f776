-- dockerfile.flags: typed values for an instruction's --flags.
--
--   flags.parse(node, spec, opts) -> values, given | nil, err
--
-- node is a parser node (its `flags` are "--name=value" or "--name"). spec
-- maps each flag the instruction accepts to its type:
--   "string"  --name=value (value may be empty); "--name" alone is an error
--   "bool"    --name, --name=true, --name=false (any case)
--   "list"    --name=value, repeatable; values in order
-- values holds every flag of the spec: strings are nil when absent, bools
-- false, lists {}. given is the set of flags that were written. A flag not
-- in the spec, a repeated string or bool flag, or a bad value gives
-- nil, err with err = {file =, line =, col =, len =, message =} as from
-- parser.parse, e.g. "unknown flag '--chwon' for COPY (did you mean --chown?)".
-- opts.file names the Dockerfile in err (default "Dockerfile").

local parser = require("dockerfile.parser")

local M = {}

local TYPES = { string = true, bool = true, list = true }

-- Column of flag text on the node's first line, when it is written there as
-- is (quotes or escapes in the flag make it unfindable; then nil).
local function flag_col(node, text)
	if not node.col or not node.original then
		return nil
	end
	local at = node.original:find(text, 1, true)
	if at and at + #text - 1 <= (node.first_len or 0) then
		return node.col + at - 1
	end
end

function M.parse(node, spec, opts)
	local file = (opts and opts.file) or "Dockerfile"
	local keyword = (node.keyword or node.name or "?"):upper()
	local values, given = {}, {}
	local names = {}
	for name, typ in pairs(spec) do
		if not TYPES[typ] then
			error(("flags.parse: unknown type '%s' for flag '%s'"):format(tostring(typ), name), 2)
		end
		names[#names + 1] = name
		if typ == "bool" then
			values[name] = false
		elseif typ == "list" then
			values[name] = {}
		end
	end
	table.sort(names)

	local function err(text, message)
		return nil, {
			file = file,
			line = node.start_line,
			end_line = node.end_line,
			col = flag_col(node, text),
			len = #text,
			message = message,
		}
	end

	for _, flag in ipairs(node.flags or {}) do
		local body = flag:match("^%-%-(.*)$") or flag
		local name, value = body:match("^([^=]*)=(.*)$")
		if not name then
			name = body
		end
		local shown = "--" .. name
		local typ = spec[name]
		if not typ then
			local msg = ("unknown flag '%s' for %s"):format(shown, keyword)
			local guess = parser.suggest(name, names)
			if guess then
				msg = msg .. (" (did you mean --%s?)"):format(guess)
			end
			return err(shown, msg)
		end
		if given[name] and typ ~= "list" then
			return err(shown, ("duplicate flag '%s' for %s"):format(shown, keyword))
		end
		given[name] = true
		if typ == "bool" then
			local v = value and value:lower()
			if v == nil or v == "true" then
				values[name] = true
			elseif v == "false" then
				values[name] = false
			else
				return err(
					shown,
					("expecting a boolean value for flag '%s' of %s, not '%s'"):format(shown, keyword, value)
				)
			end
		elseif value == nil then
			return err(shown, ("missing a value on flag '%s' of %s (use %s=<value>)"):format(shown, keyword, shown))
		elseif typ == "string" then
			values[name] = value
		else
			local list = values[name]
			list[#list + 1] = value
		end
	end
	return values, given
end

return M
