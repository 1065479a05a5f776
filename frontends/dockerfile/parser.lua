-- dockerfile.parser: a Dockerfile's text into a list of instruction nodes,
-- with BuildKit's parser semantics (moby/buildkit frontend/dockerfile/parser):
-- parser directives, comments, line continuation, heredocs, JSON (exec) form
-- with the fallback to shell form, --flags. It only takes the text apart;
-- turning nodes into build steps is the dispatcher's job (init.lua), and
-- argument checks BuildKit makes after parsing are in parser.validate().
--
-- Runs in the restricted frontend environment: strings in, values out. It
-- never raises on bad input.
--
-- parser.parse(text, {file = "Dockerfile"}) -> ast | nil, err
--
-- ast = {
--   file         = "Dockerfile",
--   directives   = { syntax = "docker/dockerfile:1", escape = "`", check = "..." },
--                  (only those present; values as written, trimmed)
--   directive_lines = { syntax = 1, escape = 2, ... },
--   escape_token = "\\" or "`",
--   nodes        = { node, ... },     -- in source order
--   start_line, end_line               -- first node's start, last node's end
--   warnings     = { {line =, message =}, ... },  -- empty continuation lines
-- }
--
-- node = {
--   name       = "copy",            -- instruction, lowercase
--   keyword    = "COPY",            -- as written
--   original   = "COPY --from=a x y", -- the instruction's text: continuation
--                                   -- lines joined, escape tokens, comment
--                                   -- and blank lines inside it removed
--   flags      = { "--from=a" },    -- "--name=value" or "--name", quotes
--                                   -- and backslashes already processed
--   args       = { "x", "y" },      -- see below
--   json       = false,             -- exec (JSON array) form
--   start_line = 5, end_line = 7,   -- 1-based, including continuation lines
--                                   -- and heredoc bodies
--   col        = 1,                 -- column of the keyword on start_line
--   first_len  = 17,                -- bytes of `original` on start_line
--   heredocs   = { {name = "EOF", content = "echo hi\n", raw = "\techo hi\n",
--                   expand = true, chomp = true, fd = nil}, ... },
--   pairs      = { {key =, value =, sep =}, ... },  -- ENV, LABEL, ARG
--   sub        = node,              -- ONBUILD's instruction
--   comments   = { "comment text", ... },           -- comment lines before it
-- }
--
-- args, per instruction (exactly what BuildKit's dump prints):
--   RUN CMD ENTRYPOINT SHELL  shell form: { whole rest of the line }
--                             exec form: the JSON strings (json = true)
--   ADD COPY VOLUME           JSON strings, or whitespace-separated words
--   FROM EXPOSE               whitespace-separated words
--   ENV LABEL                 flat key, value, sep triples: sep is "=" for
--                             k=v, "" for the legacy "ENV k v" (value = rest
--                             of the line). Values are raw: quotes and
--                             escapes are still there for the shell lexer.
--                             pairs holds the same as {key, value, sep}.
--   ARG                       words, each "name" or "name=value" (raw);
--                             pairs = {key, value (nil without "=")}
--   MAINTAINER USER WORKDIR STOPSIGNAL  { rest of the line }
--   HEALTHCHECK               { TYPE, <cmd args as for CMD> } ("CMD"/"NONE")
--   ONBUILD                   {} and `sub`
-- An instruction with nothing after it has args = {}.
--
-- heredoc: RUN, COPY and ADD in shell form (also under ONBUILD) take
-- "<<EOF", "<<-EOF", "<<'EOF'", "<<\"EOF\"" words; their bodies follow the
-- instruction, in order. `content` is the body ready to use (for <<- with
-- leading tabs removed from each line), `raw` the body as written; `expand`
-- is false when any part of the delimiter was quoted; `fd` is N for N<<EOF.
-- The heredoc words stay in args ("<<EOF") for the dispatcher to match.
--
-- err = { file =, line =, col = (or nil), len = (or nil), end_line =,
--         message = } and parser.format_error(err, text) renders it:
--   Dockerfile:7: unknown instruction 'COPPY' (did you mean COPY?)
--   COPPY . /app
--   ^~~~~

local shell = require("dockerfile.shell")

local M = {}

local byte, sub, find, concat = string.byte, string.sub, string.find, table.concat

M.MAX_LINE = 65535

-- The instructions, in the order suggestions prefer them.
M.INSTRUCTIONS = {
	"FROM", "RUN", "COPY", "ADD", "CMD", "ENTRYPOINT", "ENV", "ARG", "WORKDIR",
	"USER", "LABEL", "EXPOSE", "VOLUME", "SHELL", "HEALTHCHECK", "ONBUILD",
	"STOPSIGNAL", "MAINTAINER",
}

-- Errors -------------------------------------------------------------------------

local PARSE_ERROR = {}

local function fail(message, line, extra)
	local e = { [PARSE_ERROR] = true, message = message, line = line }
	for k, v in pairs(extra or {}) do
		e[k] = v
	end
	error(e, 0)
end

-- Go's strconv.Quote, for messages that quote user text the way BuildKit's do.
local function go_quote(s)
	-- dump.lua owns the quoting rules; required lazily to keep the module
	-- graph one-way at load time
	return require("dockerfile.dump").quote(s)
end

-- Edit distance (optimal string alignment: a swap of two neighbours is one
-- edit) between two ASCII strings, compared case-insensitively.
local function distance(a, b)
	a, b = a:lower(), b:lower()
	local la, lb = #a, #b
	local prev2, prev, cur = {}, {}, {}
	for j = 0, lb do
		prev[j] = j
	end
	for i = 1, la do
		cur = { [0] = i }
		for j = 1, lb do
			local cost = byte(a, i) == byte(b, j) and 0 or 1
			local d = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
			if i > 1 and j > 1 and byte(a, i) == byte(b, j - 1) and byte(a, i - 1) == byte(b, j) then
				d = math.min(d, prev2[j - 2] + 1)
			end
			cur[j] = d
		end
		prev2, prev = prev, cur
	end
	return prev[lb]
end
M.distance = distance

-- The candidate nearest to word, if it is near enough to be a typo: at most
-- one edit per three characters of word, and never more than two.
function M.suggest(word, candidates)
	local best, best_d
	for _, c in ipairs(candidates) do
		local d = distance(word, c)
		if d > 0 and d <= 2 and d * 3 <= #word and (not best_d or d < best_d) then
			best, best_d = c, d
		end
	end
	return best
end

-- Text helpers -----------------------------------------------------------------

-- Multi-byte characters Go's unicode.IsSpace accepts.
local UNICODE_SPACES = {}
for _, cp in ipairs({ 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 }) do
	UNICODE_SPACES[utf8.char(cp)] = true
end
for cp = 0x2000, 0x200A do
	UNICODE_SPACES[utf8.char(cp)] = true
end

local function ascii_space(c)
	return c == 0x20 or (c ~= nil and c >= 0x09 and c <= 0x0D)
end

-- Length of the whitespace character at s[i], or 0.
local function space_at(s, i)
	local c = byte(s, i)
	if ascii_space(c) then
		return 1
	end
	if c == 0xC2 and UNICODE_SPACES[sub(s, i, i + 1)] then
		return 2
	end
	if (c == 0xE1 or c == 0xE2 or c == 0xE3) and UNICODE_SPACES[sub(s, i, i + 2)] then
		return 3
	end
	return 0
end

-- Length of the whitespace character ending at s[j], or 0.
local function space_before(s, j)
	if ascii_space(byte(s, j)) then
		return 1
	end
	if j >= 2 and UNICODE_SPACES[sub(s, j - 1, j)] then
		return 2
	end
	if j >= 3 and UNICODE_SPACES[sub(s, j - 2, j)] then
		return 3
	end
	return 0
end

local function leading_space(s)
	local i = 1
	while true do
		local k = space_at(s, i)
		if k == 0 then
			return i - 1
		end
		i = i + k
	end
end

local function trim_left(s)
	return sub(s, leading_space(s) + 1)
end

local function trim(s)
	local i = leading_space(s) + 1
	local j = #s
	while j >= i do
		local k = space_before(s, j)
		if k == 0 then
			break
		end
		j = j - k
	end
	return sub(s, i, j)
end

-- Index of the last byte of s that is neither a nor b (0 if none).
local function last_byte_not(s, a, b)
	local j = #s
	while j > 0 do
		local c = byte(s, j)
		if c ~= a and c ~= b then
			break
		end
		j = j - 1
	end
	return j
end

-- BuildKit splits arguments on this class, not on all Unicode spaces.
local WS_CLASS = "[\t\v\f\r ]"

local function split_ws(s)
	local out = {}
	for w in s:gmatch("[^\t\v\f\r ]+") do
		out[#out + 1] = w
	end
	return out
end

-- JSON ---------------------------------------------------------------------------

local JSON_SYNTAX = {}
local JSON_MAX_DEPTH = 10000

local JSON_ESCAPES = {
	[0x22] = '"', [0x5C] = "\\", [0x2F] = "/", [0x62] = "\b",
	[0x66] = "\f", [0x6E] = "\n", [0x72] = "\r", [0x74] = "\t",
}

-- Parses s as one JSON array. Returns its elements and whether all were
-- strings, or nil when s is not valid JSON (Go's encoding/json rules:
-- invalid UTF-8 in strings becomes U+FFFD, lone surrogates too).
local function json_array(s)
	local pos, len = 1, #s

	local function syntax()
		error(JSON_SYNTAX, 0)
	end

	local function ws()
		while true do
			local c = byte(s, pos)
			if c == 0x20 or c == 0x09 or c == 0x0A or c == 0x0D then
				pos = pos + 1
			else
				return c
			end
		end
	end

	local function hex4(at)
		local h = sub(s, at, at + 3)
		if #h == 4 and h:match("^%x%x%x%x$") then
			return tonumber(h, 16)
		end
	end

	local function str()
		pos = pos + 1 -- opening quote
		local buf = {}
		while true do
			local start = pos
			while true do
				local c = byte(s, pos)
				if c == nil or c == 0x22 or c == 0x5C or c < 0x20 then
					break
				end
				pos = pos + 1
			end
			if pos > start then
				local run = sub(s, start, pos - 1)
				if find(run, "[\128-\255]") then
					local chars = shell.split_chars(run)
					for i, ch in ipairs(chars) do
						if #ch == 1 and byte(ch) >= 0x80 then
							chars[i] = "\u{FFFD}"
						end
					end
					run = concat(chars)
				end
				buf[#buf + 1] = run
			end
			local c = byte(s, pos)
			if c == 0x22 then
				pos = pos + 1
				return concat(buf)
			elseif c == 0x5C then
				local e = byte(s, pos + 1)
				if JSON_ESCAPES[e] then
					buf[#buf + 1] = JSON_ESCAPES[e]
					pos = pos + 2
				elseif e == 0x75 then
					local cp = hex4(pos + 2)
					if not cp then
						syntax()
					end
					pos = pos + 6
					if cp >= 0xD800 and cp <= 0xDFFF then
						local lo = sub(s, pos, pos + 1) == "\\u" and hex4(pos + 2)
						if cp <= 0xDBFF and lo and lo >= 0xDC00 and lo <= 0xDFFF then
							cp = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00)
							pos = pos + 6
						else
							cp = 0xFFFD
						end
					end
					buf[#buf + 1] = utf8.char(cp)
				else
					syntax()
				end
			else
				syntax() -- end of input or a control character
			end
		end
	end

	local function number()
		local p = pos
		if byte(s, p) == 0x2D then
			p = p + 1
		end
		local c = byte(s, p)
		if c == 0x30 then
			p = p + 1
		elseif c and c >= 0x31 and c <= 0x39 then
			p = select(2, find(s, "^%d+", p)) + 1
		else
			syntax()
		end
		if byte(s, p) == 0x2E then
			local _, e = find(s, "^%d+", p + 1)
			if not e then
				syntax()
			end
			p = e + 1
		end
		c = byte(s, p)
		if c == 0x65 or c == 0x45 then
			p = p + 1
			c = byte(s, p)
			if c == 0x2B or c == 0x2D then
				p = p + 1
			end
			local _, e = find(s, "^%d+", p)
			if not e then
				syntax()
			end
			p = e + 1
		end
		pos = p
	end

	local value

	local function array(depth)
		pos = pos + 1 -- "["
		local items, all_strings = {}, true
		if ws() == 0x5D then
			pos = pos + 1
			return items, all_strings
		end
		while true do
			local v, is_string = value(depth)
			items[#items + 1] = v
			all_strings = all_strings and is_string
			local c = ws()
			if c == 0x2C then
				pos = pos + 1
				ws()
			elseif c == 0x5D then
				pos = pos + 1
				return items, all_strings
			else
				syntax()
			end
		end
	end

	local function object(depth)
		pos = pos + 1 -- "{"
		if ws() == 0x7D then
			pos = pos + 1
			return
		end
		while true do
			if ws() ~= 0x22 then
				syntax()
			end
			str()
			if ws() ~= 0x3A then
				syntax()
			end
			pos = pos + 1
			ws()
			value(depth)
			local c = ws()
			if c == 0x2C then
				pos = pos + 1
			elseif c == 0x7D then
				pos = pos + 1
				return
			else
				syntax()
			end
		end
	end

	-- One value at pos; returns it (strings only) and whether it is a string.
	value = function(depth)
		if depth > JSON_MAX_DEPTH then
			syntax()
		end
		local c = ws()
		if c == 0x22 then
			return str(), true
		elseif c == 0x5B then
			array(depth + 1)
		elseif c == 0x7B then
			object(depth + 1)
		elseif c == 0x74 and sub(s, pos, pos + 3) == "true" then
			pos = pos + 4
		elseif c == 0x66 and sub(s, pos, pos + 4) == "false" then
			pos = pos + 5
		elseif c == 0x6E and sub(s, pos, pos + 3) == "null" then
			pos = pos + 4
		elseif c == 0x2D or (c and c >= 0x30 and c <= 0x39) then
			number()
		else
			syntax()
		end
		return nil, false
	end

	local ok, items, all_strings = pcall(function()
		if ws() ~= 0x5B then
			syntax()
		end
		local items, all_strings = array(1)
		if ws() ~= nil then
			syntax()
		end
		return items, all_strings
	end)
	if not ok then
		if items == JSON_SYNTAX then
			return nil
		end
		error(items, 0)
	end
	return items, all_strings
end

-- Line parsers (one per instruction family) ----------------------------------------

local NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only"

-- JSON form: the strings; "not json" when rest is no JSON array at all (the
-- caller falls back to shell form); an error for a JSON array of non-strings.
local function parse_json(rest, line_no)
	rest = trim_left(rest)
	if byte(rest, 1) ~= 0x5B then
		return nil
	end
	local items, all_strings = json_array(rest)
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
				("Syntax error - can't find = in %s. Must be of the form: name=value"):format(go_quote(w)),
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
		local guess = M.suggest(keyword, M.INSTRUCTIONS)
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
	local args, json, extra = fn(rest, pctx)
	node.args = args
	node.json = json and true or false
	if extra then
		node.pairs = extra.pairs
		node.sub = extra.sub
	end
	return node
end

-- Parser directives ------------------------------------------------------------

local DIRECTIVES = { syntax = true, escape = true, check = true }
local RE_SPACE = "[\t\n\f\r ]" -- Go's \s

-- "# name = value" before the first instruction, blank line or comment that
-- is not a directive; the first such line ends the directives.
local function directive(st, tok, line_no)
	if st.directives_done then
		return
	end
	if byte(tok, 1) ~= 0x23 then
		st.directives_done = true
		return
	end
	local body = trim_left(sub(tok, 2))
	local name, after = body:match("^(%a[%w]*)" .. RE_SPACE .. "*=(.*)$")
	if not name then
		st.directives_done = true
		return
	end
	-- (.+?)\s*$ after "=\s*": the value is what is left after trimming, but
	-- at least one character
	local value = after:gsub("^" .. RE_SPACE .. "+", "")
	if value == "" then
		value = sub(after, -1)
	else
		value = value:gsub(RE_SPACE .. "+$", "")
	end
	if value == "" then
		st.directives_done = true
		return
	end
	local key = name:lower()
	if not DIRECTIVES[key] then
		st.directives_done = true
		return
	end
	if st.directives[key] then
		fail(("only one %s parser directive can be used"):format(key), line_no)
	end
	if key == "escape" then
		if value ~= "`" and value ~= "\\" then
			fail(("invalid escape token '%s' does not match ` or \\"):format(value), line_no)
		end
		st.escape = value
	end
	st.directives[key] = value
	st.directive_lines[key] = line_no
end

-- Line continuation: the escape token at the end of a line (blanks after it
-- allowed), unless it is itself escaped. Returns the line without it and
-- whether the instruction ends here.
local function trim_continuation(s, esc)
	local j = last_byte_not(s, 0x20, 0x09)
	if j == 0 or sub(s, j, j) ~= esc then
		return s, true
	end
	if j == 1 then
		return "", false
	end
	if sub(s, j - 1, j - 1) == esc then
		return s, true
	end
	return sub(s, 1, j - 1), false
end

local function is_comment(s)
	return byte(s, leading_space(s) + 1) == 0x23
end

local function is_blank(s)
	return leading_space(s) == #s
end

-- Heredocs -----------------------------------------------------------------------

local HEREDOC_INSTRUCTIONS = { run = true, copy = true, add = true }

local function can_contain_heredoc(node)
	if node.name == "onbuild" and node.sub then
		node = node.sub
	end
	return HEREDOC_INSTRUCTIONS[node.name] and not node.json
end

-- One word of the instruction line, if it is a heredoc marker.
local function parse_heredoc(word, line_no)
	local fd, dash, rest = word:match("^(%d*)<<(%-?)" .. RE_SPACE .. "*([^<]*)$")
	if not fd or rest == "" then
		return nil
	end
	-- Lexing the delimiter with and without quotes tells whether any of it
	-- was quoted: quotes that only the raw lexing keeps were real quotes.
	local words, err = shell.process_words(rest, {}, { skip_unset = true })
	if not words then
		fail(err, line_no)
	end
	if #words ~= 1 then
		return nil
	end
	local raw = shell.process_words(rest, {}, { skip_unset = true, raw_quotes = true })
	if not raw or #raw ~= 1 then
		fail("internal lexing of heredoc produced inconsistent results: " .. rest, line_no)
	end
	local function quotes(s)
		return select(2, s:gsub("['\"]", ""))
	end
	return {
		name = words[1],
		expand = quotes(words[1]) == quotes(raw[1]),
		chomp = dash == "-",
		fd = fd ~= "" and tonumber(fd) or nil,
	}
end

local function heredocs_from_line(line, line_no)
	local words = shell.process_words(line, {}, { raw_quotes = true, raw_escapes = true, skip_unset = true })
	local docs = {}
	for _, w in ipairs(words or {}) do
		local doc = parse_heredoc(w, line_no)
		if doc then
			docs[#docs + 1] = doc
		end
	end
	return docs
end

-- <<- strips the leading tabs of every line of the body.
function M.chomp_heredoc(content)
	return (content:gsub("^\t+", ""):gsub("\n\t+", "\n"))
end

-- The parser -----------------------------------------------------------------------

local BOM = "\xEF\xBB\xBF"

local function split_lines(text)
	local lines, pos, len = {}, 1, #text
	while pos <= len do
		local nl = find(text, "\n", pos, true)
		local stop = nl or len
		lines[#lines + 1] = sub(text, pos, stop)
		pos = stop + 1
	end
	return lines
end

local function trim_newline(raw)
	return sub(raw, 1, last_byte_not(raw, 0x0A, 0x0D))
end

local function parse(text, file)
	local lines = split_lines(text)
	local idx = 0
	local st = {
		escape = "\\",
		directives = {},
		directive_lines = {},
		directives_done = false,
	}

	-- The next physical line: raw (with its newline) and content (without).
	local function read_line()
		if idx >= #lines then
			return nil
		end
		idx = idx + 1
		local raw = lines[idx]
		local body = #raw - (byte(raw, #raw) == 0x0A and 1 or 0)
		if body > M.MAX_LINE then
			fail(("dockerfile line greater than max allowed size of %d"):format(M.MAX_LINE), idx)
		end
		return raw, trim_newline(raw)
	end

	local nodes, warnings, comments = {}, {}, {}
	while true do
		local raw, content = read_line()
		if not raw then
			break
		end
		if idx == 1 and sub(content, 1, 3) == BOM then
			content = sub(content, 4)
		end
		if is_comment(content) then
			comments[#comments + 1] = trim(sub(content, leading_space(content) + 2))
		end
		local lead = leading_space(content)
		local tok = sub(content, lead + 1)
		directive(st, tok, idx)
		if byte(tok, 1) == 0x23 then
			tok = ""
		end
		local start = idx
		local line, done = trim_continuation(tok, st.escape)
		if done and line == "" then
			goto continue
		end
		do
			local parts, first_len, empty_continuation = { line }, #line, false
			while not done do
				local raw2, c2 = read_line()
				if not raw2 then
					break
				end
				if is_comment(c2) then -- comment lines do not end a continuation
				elseif is_blank(c2) then
					empty_continuation = true
				else
					local part
					part, done = trim_continuation(c2, st.escape)
					parts[#parts + 1] = part
				end
			end
			line = concat(parts)
			if empty_continuation then
				warnings[#warnings + 1] = {
					line = start,
					message = "empty continuation line found in: " .. line,
				}
			end
			local ok, node = pcall(new_node, line, {
				line = start,
				escape = st.escape,
				col = lead + 1,
				first_len = first_len,
			})
			if not ok then
				if type(node) == "table" and node[PARSE_ERROR] then
					node.end_line = idx
				end
				error(node, 0)
			end
			if node then
				if can_contain_heredoc(node) and find(line, "<<", 1, true) then
					for _, doc in ipairs(heredocs_from_line(line, start)) do
						local body, terminated = {}, false
						while true do
							local hraw, hcontent = read_line()
							if not hraw then
								break
							end
							if doc.chomp then
								hcontent = hcontent:gsub("^\t+", "")
							end
							if hcontent == doc.name then
								terminated = true
								break
							end
							body[#body + 1] = hraw
						end
						if not terminated then
							fail("unterminated heredoc", start, { end_line = idx })
						end
						doc.raw = concat(body)
						doc.content = doc.chomp and M.chomp_heredoc(doc.raw) or doc.raw
						node.heredocs[#node.heredocs + 1] = doc
					end
				end
				node.start_line = start
				node.end_line = idx
				node.comments = comments
				if node.sub then
					node.sub.start_line, node.sub.end_line = start, idx
					node.sub.heredocs = node.heredocs
				end
				nodes[#nodes + 1] = node
				comments = {}
			end
		end
		::continue::
	end

	if #nodes == 0 then
		fail("file with no instructions", math.max(idx, 1))
	end
	return {
		file = file,
		start_line = nodes[1].start_line,
		end_line = nodes[#nodes].end_line,
		directives = st.directives,
		directive_lines = st.directive_lines,
		escape_token = st.escape,
		nodes = nodes,
		warnings = warnings,
	}
end

local function to_err(e, file)
	if type(e) == "table" and e[PARSE_ERROR] then
		local err = { file = file }
		for k, v in pairs(e) do
			if k ~= PARSE_ERROR then
				err[k] = v
			end
		end
		err.end_line = err.end_line or err.line
		return err
	end
	return { file = file, line = 1, end_line = 1, message = "internal parser error: " .. tostring(e) }
end

function M.parse(text, opts)
	opts = opts or {}
	local file = opts.file or "Dockerfile"
	if type(text) ~= "string" then
		return nil, { file = file, line = 1, end_line = 1, message = "expected the Dockerfile as a string, got " .. type(text) }
	end
	local ok, res = pcall(parse, text, file)
	if not ok then
		return nil, to_err(res, file)
	end
	return res
end

-- Error rendering ------------------------------------------------------------------

local function source_line(text, n)
	if type(text) ~= "string" or not n or n < 1 then
		return nil
	end
	local i = 0
	for raw in text:gmatch("[^\n]*\n?") do
		if raw == "" then
			break
		end
		i = i + 1
		if i == n then
			local s = trim_newline(raw)
			if n == 1 and sub(s, 1, 3) == BOM then
				s = sub(s, 4)
			end
			return s
		end
	end
end

-- "FILE:LINE: message", then the source line and a caret under err.col (or
-- under the line's first non-blank character).
function M.format_error(err, text)
	local head
	if err.line then
		head = ("%s:%d: %s"):format(err.file or "Dockerfile", err.line, err.message)
	else
		head = ("%s: %s"):format(err.file or "Dockerfile", err.message)
	end
	local src = source_line(text, err.line)
	if not src or is_blank(src) then
		return head
	end
	local prefix
	if err.col and err.col >= 1 and err.col <= #src + 1 then
		prefix = sub(src, 1, err.col - 1):gsub("[\xC0-\xF7][\x80-\xBF]*", " "):gsub("[^\t]", " ")
	else
		prefix = src:match("^[ \t]*")
	end
	local marker = "^" .. string.rep("~", math.max((err.len or 1) - 1, 0))
	return head .. "\n" .. src .. "\n" .. prefix .. marker
end

-- Argument checks BuildKit makes after parsing ----------------------------------

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
VALIDATORS.run = at_least_one
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
		if trim(v) == "" then
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
		return verr(node, ("Unknown type %s in HEALTHCHECK (try CMD)"):format(go_quote(node.args[1])))
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
