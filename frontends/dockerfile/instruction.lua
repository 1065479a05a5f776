-- dockerfile.instruction: one instruction's text (continuation lines
-- already joined) into a node: its keyword, its --flags, and its arguments
-- split the way BuildKit's per-instruction line parsers split them
-- (moby/buildkit frontend/dockerfile/parser/line_parsers.go). The node
-- fields and args per instruction are documented in parser.lua.
--
--   instruction.INSTRUCTIONS           the names, in suggestion order
--   instruction.node(line, ctx)        -> node | nil (blank line); raises
--                                         parse_error.fail on bad input

local dump = require("dockerfile.dump")
local json = require("dockerfile.json")
local parse_error = require("dockerfile.parse_error")
local shell = require("dockerfile.shell")
local suggest = require("dockerfile.suggest")
local text = require("dockerfile.text")

local M = {}

local byte, sub, find, concat = string.byte, string.sub, string.find, table.concat
local fail = parse_error.fail
local ascii_space, leading_space, trim, trim_left = text.ascii_space, text.leading_space, text.trim, text.trim_left
local split_ws, WS_CLASS = text.split_ws, text.WS_CLASS

-- The instructions, in the order suggestions prefer them.
M.INSTRUCTIONS = {
	"FROM", "RUN", "COPY", "ADD", "CMD", "ENTRYPOINT", "ENV", "ARG", "WORKDIR",
	"USER", "LABEL", "EXPOSE", "VOLUME", "SHELL", "HEALTHCHECK", "ONBUILD",
	"STOPSIGNAL", "MAINTAINER",
}

-- Line parsers (one per instruction family) ----------------------------------------

local NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only"

-- JSON form: the strings; "not json" when rest is no JSON array at all (the
-- caller falls back to shell form); an error for a JSON array of non-strings.
local function parse_json(rest, line_no)
	rest = trim_left(rest)
	if byte(rest, 1) ~= 0x5B then
		return nil
	end
	local items, all_strings = json.array(rest)
	if items == nil then
		return nil
	end
	if not all_strings then
		fail(NOT_STRING_ARRAY, line_no)
	end
	return items
end

local function parse_maybe_json(rest, ctx)
	if rest == "" then
		return {}
	end
	local items = parse_json(rest, ctx.line)
	if items then
		return items, true
	end
	return { rest }
end

local function parse_maybe_json_to_list(rest, ctx)
	local items = parse_json(rest, ctx.line)
	if items then
		return items, true
	end
	return split_ws(rest)
end

local function parse_whitespace_delimited(rest)
	return split_ws(rest)
end

local function parse_string(rest)
	if rest == "" then
		return {}
	end
	return { rest }
end

-- Words as BuildKit's parseWords splits them for ENV, LABEL and ARG: on
-- unquoted whitespace, keeping quotes and escapes in the words.
local function parse_words(rest, esc)
	local chars, n = shell.split_chars(rest)
	local words, buf = {}, {}
	local phase = "space"
	local quote
	local blank_ok = false
	local pos = 1
	while true do
		local ch = chars[pos]
		if phase == "space" then
			if ch == nil then
				break
			end
			if shell.is_space(ch) then
				pos = pos + 1
				goto continue
			end
			phase = "word"
		end
		if ch == nil then
			if blank_ok or #buf > 0 then
				words[#words + 1] = concat(buf)
			end
			break
		end
		local was_word = phase == "word"
		if was_word then
			if shell.is_space(ch) then
				phase = "space"
				if blank_ok or #buf > 0 then
					words[#words + 1] = concat(buf)
				end
				buf, blank_ok = {}, false
				pos = pos + 1
				goto continue
			end
			if ch == "'" or ch == '"' then
				quote, blank_ok, phase = ch, true, "quote"
			end
		elseif ch == quote then
			phase = "word"
		end
		-- the escape token keeps the next character in the word (quotes
		-- too); inside single quotes it is an ordinary character, and at
		-- the very end it is dropped
		if ch == esc and (was_word or quote ~= "'") then
			if pos == n then
				phase = "word"
				pos = pos + 1
				goto continue
			end
			buf[#buf + 1] = ch
			pos = pos + 1
			ch = chars[pos]
		end
		buf[#buf + 1] = ch
		pos = pos + 1
		::continue::
	end
	return words
end

-- ENV and LABEL: "k=v k2=v2" or the legacy "k the rest of the line".
local function parse_name_val(rest, ctx, keyword)
	local words = parse_words(rest, ctx.escape)
	if #words == 0 then
		return {}
	end
	local args, pairs_ = {}, {}
	if not find(words[1], "=", 1, true) then
		local key, value = rest:match("^(.-)" .. WS_CLASS .. "+(.*)$")
		if not key then
			fail(keyword .. " must have two arguments", ctx.line)
		end
		args = { key, value, "" }
		pairs_[1] = { key = key, value = value, sep = "" }
		return args, false, { pairs = pairs_ }
	end
	for _, w in ipairs(words) do
		local key, value = w:match("^(.-)=(.*)$")
		if not key then
			fail(
				("Syntax error - can't find = in %s. Must be of the form: name=value"):format(dump.quote(w)),
				ctx.line
			)
		end
		args[#args + 1], args[#args + 2], args[#args + 3] = key, value, "="
		pairs_[#pairs_ + 1] = { key = key, value = value, sep = "=" }
	end
	return args, false, { pairs = pairs_ }
end

local function parse_env(rest, ctx)
	return parse_name_val(rest, ctx, "ENV")
end

local function parse_label(rest, ctx)
	return parse_name_val(rest, ctx, "LABEL")
end

-- ARG: names, or name=value (value raw).
local function parse_arg(rest, ctx)
	local words = parse_words(rest, ctx.escape)
	local pairs_ = {}
	for i, w in ipairs(words) do
		local key, value = w:match("^(.-)=(.*)$")
		pairs_[i] = { key = key or w, value = value }
	end
	return words, false, { pairs = pairs_ }
end

-- HEALTHCHECK: a type word, then a command in JSON or shell form.
local function parse_healthcheck(rest, ctx)
	local sep = find(rest, "[\t\n\v\f\r ]") or (#rest + 1)
	if sep == 1 then
		return {} -- rest is empty
	end
	local typ = sub(rest, 1, sep - 1)
	local cmd = sub(rest, sep):gsub("^[\t\n\v\f\r ]+", "")
	local cargs, json = parse_maybe_json(cmd, ctx)
	local args = { typ }
	for _, a in ipairs(cargs) do
		args[#args + 1] = a
	end
	return args, json
end

local new_node

local function parse_onbuild(rest, ctx)
	if rest == "" then
		return {}
	end
	return {}, false, { sub = new_node(rest, ctx.sub_ctx()) }
end

local DISPATCH = {
	add = parse_maybe_json_to_list,
	arg = parse_arg,
	cmd = parse_maybe_json,
	copy = parse_maybe_json_to_list,
	entrypoint = parse_maybe_json,
	env = parse_env,
	expose = parse_whitespace_delimited,
	from = parse_whitespace_delimited,
	healthcheck = parse_healthcheck,
	label = parse_label,
	maintainer = parse_string,
	onbuild = parse_onbuild,
	run = parse_maybe_json,
	shell = parse_maybe_json,
	stopsignal = parse_string,
	user = parse_string,
	volume = parse_maybe_json_to_list,
	workdir = parse_string,
}

-- Flags --------------------------------------------------------------------------

-- Takes the leading --flags off an instruction's arguments, as BuildKit's
-- extractBuilderFlags does: words starting with "--" are flags (quotes and
-- backslashes processed), "--" alone ends them, anything else starts the
-- arguments. Returns the flags and the index in s where the arguments start
-- (#s + 1 when there are none).
local function extract_flags(s)
	local flags = {}
	local pos, len = 1, #s
	while true do
		while ascii_space(byte(s, pos)) do
			pos = pos + 1
		end
		if pos > len then
			return flags, pos
		end
		if sub(s, pos, pos + 1) ~= "--" then
			return flags, pos
		end
		local buf, blank_ok, quote = {}, false, nil
		while pos <= len do
			local c = byte(s, pos)
			if quote then
				if c == quote then
					quote = nil
				elseif c == 0x5C and pos < len then
					pos = pos + 1
					buf[#buf + 1] = sub(s, pos, pos)
				elseif c ~= 0x5C then
					buf[#buf + 1] = sub(s, pos, pos)
				elseif pos == len then
					quote = nil -- a trailing backslash is dropped
				end
			elseif ascii_space(c) then
				break
			elseif c == 0x27 or c == 0x22 then
				quote, blank_ok = c, true
			elseif c == 0x5C then
				if pos < len then
					pos = pos + 1
					buf[#buf + 1] = sub(s, pos, pos)
				end
			else
				buf[#buf + 1] = sub(s, pos, pos)
			end
			pos = pos + 1
		end
		local word = concat(buf)
		if word == "--" then
			return flags, pos
		end
		if blank_ok or word ~= "" then
			flags[#flags + 1] = word
		end
	end
end

-- Nodes ----------------------------------------------------------------------------

-- ctx: { line =, escape =, col = column of line[1] on the start line,
--        first_len = how many bytes of line are on the start line }
new_node = function(line, ctx)
	local lead = leading_space(line)
	local t = trim(line)
	if t == "" then
		return nil
	end
	local cmd_end = find(t, WS_CLASS) or (#t + 1)
	local keyword = sub(t, 1, cmd_end - 1)
	local name = keyword:lower()
	local _, ws_end = find(t, "^" .. WS_CLASS .. "*", cmd_end)
	local after = sub(t, ws_end + 1)
	local flags, args_at = extract_flags(after)
	local rest_raw = sub(after, args_at)
	local rest = trim(rest_raw)
	-- index in `line` where rest starts, for columns of nested instructions
	local rest_index = lead + ws_end + args_at + leading_space(rest_raw)

	local function col_at(index)
		if ctx.col and index <= ctx.first_len then
			return ctx.col + index - 1
		end
	end

	local node = {
		name = name,
		keyword = keyword,
		original = sub(line, lead + 1),
		flags = flags,
		args = {},
		json = false,
		heredocs = {},
		col = col_at(lead + 1),
		first_len = math.max(ctx.first_len - lead, 0),
	}

	local fn = DISPATCH[name]
	if not fn then
		local guess = suggest.suggest(keyword, M.INSTRUCTIONS)
		local msg = ("unknown instruction '%s'"):format(keyword)
		if guess then
			msg = msg .. (" (did you mean %s?)"):format(guess)
		end
		fail(msg, ctx.line, { col = node.col, len = #keyword })
	end

	local pctx = {
		line = ctx.line,
		escape = ctx.escape,
		sub_ctx = function()
			return {
				line = ctx.line,
				escape = ctx.escape,
				col = col_at(rest_index),
				first_len = ctx.first_len - rest_index + 1,
			}
		end,
	}
	local args, is_json, extra = fn(rest, pctx)
	node.args = args
	node.json = is_json and true or false
	if extra then
		node.pairs = extra.pairs
		node.sub = extra.sub
	end
	return node
end
M.node = new_node

return M
