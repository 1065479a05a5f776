-- dockerfile.shell: BuildKit's shell-word lexer (frontend/dockerfile/shell),
-- re-implemented in plain Lua: quotes, escapes, $VAR / ${VAR} expansion with
-- the modifiers BuildKit accepts, and word splitting after expansion.
--
-- It runs inside the restricted frontend environment: strings in, values out,
-- no io/os. Public functions never raise: bad input gives nil, message.
--
--   shell.process_word(text, env, opts)  -> string, used, unmatched | nil, msg
--   shell.process_words(text, env, opts) -> {words}, used, unmatched | nil, msg
--   shell.process(text, env, opts)       -> {result=, words=, used=, unmatched=}
--                                           | nil, msg
--
-- env is a map {NAME = "value"}, a list {"NAME=value", "FLAG"} (a name
-- without "=" is set and empty, the last duplicate wins), or a function
-- name -> value|nil. `used` is the set of names that were looked up and found
-- ({NAME = true}); `unmatched` the names looked up and not found. "ARG values
-- only count where an instruction uses them" is answered with `used`.
--
-- opts (all optional):
--   escape      = "\\" or "`"   escape token (default "\\")
--   raw_quotes  = bool  keep quote characters in the result
--   raw_escapes = bool  keep escape tokens in the result
--   skip_unset  = bool  leave references to unset variables as written
--   skip_quotes = bool  quotes are ordinary characters (heredoc bodies)
--
-- Two deliberate departures from BuildKit, both where it follows Go rather
-- than the shell: pattern wildcards (* and ?) match newlines, and a "$" in
-- the replacement of ${V/p/r} is literal (Go's regexp would expand it).
-- Non-ASCII characters are classified with small built-in tables (Lua has
-- no Unicode database): every non-ASCII character that is not a space,
-- punctuation or symbol counts as a letter in variable names.

local M = {}

local byte, sub, concat = string.byte, string.sub, table.concat

-- UTF-8 -----------------------------------------------------------------------

-- Splits s into characters: valid UTF-8 sequences stay whole, any other byte
-- is a character of its own (so bytes survive the lexer unchanged).
local function split_chars(s)
	local out, n, i, len = {}, 0, 1, #s
	while i <= len do
		local c = byte(s, i)
		local size = 1
		if c >= 0xC2 and c <= 0xF4 then
			local lo, hi = 0x80, 0xBF
			if c <= 0xDF then
				size = 2
			elseif c <= 0xEF then
				size = 3
				if c == 0xE0 then
					lo = 0xA0
				elseif c == 0xED then
					hi = 0x9F
				end
			else
				size = 4
				if c == 0xF0 then
					lo = 0x90
				elseif c == 0xF4 then
					hi = 0x8F
				end
			end
			local b = byte(s, i + 1)
			if not b or b < lo or b > hi then
				size = 1
			else
				for k = 2, size - 1 do
					b = byte(s, i + k)
					if not b or b < 0x80 or b > 0xBF then
						size = 1
						break
					end
				end
			end
		end
		n = n + 1
		out[n] = sub(s, i, i + size - 1)
		i = i + size
	end
	return out, n
end
M.split_chars = split_chars

-- Code point of a character from split_chars, or nil for a stray byte.
local function codepoint(ch)
	local c = byte(ch, 1)
	if c < 0x80 then
		return c
	end
	if #ch == 1 then
		return nil
	end
	return utf8.codepoint(ch)
end
M.codepoint = codepoint

-- Whether cp is in one of the sorted, inclusive {lo, hi, lo, hi, ...} ranges.
local function in_ranges(cp, ranges)
	for i = 1, #ranges, 2 do
		if cp < ranges[i] then
			return false
		end
		if cp <= ranges[i + 1] then
			return true
		end
	end
	return false
end
M.in_ranges = in_ranges

-- Go's unicode.IsSpace.
local SPACE_RANGES = {
	0x09, 0x0D, 0x20, 0x20, 0x85, 0x85, 0xA0, 0xA0, 0x1680, 0x1680,
	0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F,
	0x3000, 0x3000,
}
local function is_space_cp(cp)
	return cp ~= nil and in_ranges(cp, SPACE_RANGES)
end
M.is_space_cp = is_space_cp

local function is_space(ch)
	local c = byte(ch, 1)
	if c < 0x80 then
		return c == 0x20 or (c >= 0x09 and c <= 0x0D)
	end
	return is_space_cp(codepoint(ch))
end
M.is_space = is_space

-- Non-ASCII code points that are not letters: Latin-1 punctuation and
-- symbols, general punctuation, currency, arrows, maths, technical, box
-- drawing, shapes, dingbats, CJK punctuation, fullwidth ASCII punctuation,
-- specials and emoji.
local NON_LETTER_RANGES = {
	0x80, 0xA9, 0xAB, 0xB4, 0xB6, 0xB9, 0xBB, 0xBF, 0xD7, 0xD7, 0xF7, 0xF7,
	0x2000, 0x206F, 0x20A0, 0x20FF, 0x2190, 0x2BFF, 0x3000, 0x3004,
	0x3008, 0x3020, 0x3030, 0x3030, 0xFE10, 0xFE1F, 0xFE30, 0xFE4F,
	0xFF01, 0xFF0F, 0xFF1A, 0xFF20, 0xFF3B, 0xFF40, 0xFF5B, 0xFF65,
	0xFFF0, 0xFFFF, 0x1F000, 0x1FAFF,
}

local function is_digit(ch)
	local c = byte(ch, 1)
	return c >= 0x30 and c <= 0x39 and #ch == 1
end

-- unicode.IsLetter, approximated for non-ASCII (see the top of this file).
local function is_letter(ch)
	local c = byte(ch, 1)
	if c < 0x80 then
		return (c >= 0x41 and c <= 0x5A) or (c >= 0x61 and c <= 0x7A)
	end
	local cp = codepoint(ch)
	if cp == nil or is_space_cp(cp) then
		return false
	end
	return not in_ranges(cp, NON_LETTER_RANGES)
end

-- Errors ----------------------------------------------------------------------

-- Lexing errors travel as a tagged table through error() and are turned into
-- nil, message at the public boundary; anything else is a bug and is
-- reported as an internal error rather than raised into the frontend.
local LEX_ERROR = {}

local function fail(msg)
	error({ [LEX_ERROR] = true, message = msg }, 0)
end

local function is_lex_error(e)
	return type(e) == "table" and e[LEX_ERROR] == true
end

-- Word accumulator -------------------------------------------------------------

-- Mirrors BuildKit's wordsStruct: characters that came from expansions split
-- words on whitespace, characters that were quoted or escaped never do.
local function words_new()
	return { list = {}, buf = {}, len = 0, in_word = false }
end

local function words_flush(w)
	if w.len > 0 then
		w.list[#w.list + 1] = concat(w.buf)
	end
	w.buf, w.len = {}, 0
end

local function words_add_raw(w, s)
	w.buf[#w.buf + 1] = s
	w.len = w.len + #s
	w.in_word = true
end

-- Whitespace ends a non-empty word; whitespace before any word is dropped.
local function words_add_char(w, ch)
	if is_space(ch) then
		if w.in_word and w.len > 0 then
			words_flush(w)
			w.in_word = false
		end
	else
		words_add_raw(w, ch)
	end
end

local function words_add_string(w, s)
	local chars, n = split_chars(s)
	for i = 1, n do
		words_add_char(w, chars[i])
	end
end

local function words_get(w)
	words_flush(w)
	w.in_word = false
	return w.list
end

-- Patterns for ${V#p} ${V%p} ${V/p/r} -----------------------------------------

local STAR, ANY = {}, {}

-- A shell pattern as a list of STAR, ANY or literal characters. A backslash
-- quotes *, ? or itself; before } or / it only protected the character from
-- ending the ${...} and is dropped.
local function pattern_compile(pattern)
	local chars, n = split_chars(pattern)
	local elems, i = {}, 1
	while i <= n do
		local ch = chars[i]
		if ch == "*" then
			if elems[#elems] ~= STAR then -- "**" matches what "*" does
				elems[#elems + 1] = STAR
			end
		elseif ch == "?" then
			elems[#elems + 1] = ANY
		elseif ch == "\\" then
			local nx = chars[i + 1]
			if nx == "}" or nx == "/" then
				elems[#elems + 1] = nx
			elseif nx == "*" or nx == "?" or nx == "\\" then
				elems[#elems + 1] = nx
			else
				return nil, ("invalid pattern (%s) in substitution: invalid escape '\\%s'"):format(
					pattern,
					nx or ""
				)
			end
			i = i + 1
		else
			elems[#elems + 1] = ch
		end
		i = i + 1
	end
	return elems
end

-- Matches elems against the characters vals[1..nv]: returns a function
-- giving, for a start index, the index just past the first match beginning
-- there, in the priority order of a backtracking regex (stars longest-first
-- when greedy, shortest-first otherwise), or nil. Computed bottom-up, one
-- row per pattern element, so any pattern costs O(#elems * nv) steps and no
-- recursion.
local MATCH_BUDGET = 2e7

local function matcher(elems, vals, nv, greedy)
	if #elems * (nv + 1) > MATCH_BUDGET then
		-- a pathological ${V#...} would otherwise hold the build for minutes
		fail(("pattern of %d elements is too complex for a value of %d characters"):format(#elems, nv))
	end
	-- row[vi]: end of the first match of elems[pi..] from vals[vi], or false
	local row = {}
	for vi = 1, nv + 1 do
		row[vi] = vi
	end
	for pi = #elems, 1, -1 do
		local e, cur = elems[pi], {}
		if e == STAR then
			-- a star either takes vals[vi] and stays, or is done
			cur[nv + 1] = row[nv + 1]
			for vi = nv, 1, -1 do
				if greedy then
					cur[vi] = cur[vi + 1] or row[vi]
				else
					cur[vi] = row[vi] or cur[vi + 1]
				end
			end
		else
			cur[nv + 1] = false
			for vi = nv, 1, -1 do
				cur[vi] = (e == ANY or vals[vi] == e) and row[vi + 1]
			end
		end
		row = cur
	end
	return function(start)
		return row[start] or nil
	end
end

local function reverse(list, n)
	local out = {}
	for i = 1, n do
		out[i] = list[n + 1 - i]
	end
	return out
end

-- The compiled pattern, and the value as characters and their count.
local function pattern_and_value(pattern, value)
	local elems, err = pattern_compile(pattern)
	if not elems then
		fail(err)
	end
	return elems, split_chars(value)
end

-- ${V#p} / ${V##p} (greedy) trim a prefix; ${V%p} / ${V%%p} (suffix) trim
-- a suffix: the shortest (longest) suffix is the shortest (longest) prefix
-- of the reversed value matched by the reversed pattern.
local function trim_match(pattern, value, greedy, suffix)
	local elems, vals, nv = pattern_and_value(pattern, value)
	if not suffix then
		local stop = matcher(elems, vals, nv, greedy)(1)
		return stop and concat(vals, "", stop, nv) or value
	end
	local stop = matcher(reverse(elems, #elems), reverse(vals, nv), nv, greedy)(1)
	return stop and concat(vals, "", 1, nv - (stop - 1)) or value
end

-- ${V/p/r} and ${V//p/r}: leftmost, longest matches; after an empty match
-- the search moves on by one character, as Go's ReplaceAll does.
local function replace(pattern, value, replacement, all)
	local elems, vals, nv = pattern_and_value(pattern, value)
	local match = matcher(elems, vals, nv, true)
	local function search(from)
		for s = from, nv + 1 do
			local e = match(s)
			if e then
				return s, e
			end
		end
	end
	if not all then
		local s, e = search(1)
		if not s then
			return value
		end
		return concat(vals, "", 1, s - 1) .. replacement .. concat(vals, "", e, nv)
	end
	local out, last, pos = {}, 1, 1
	while pos <= nv + 1 do
		local s, e = search(pos)
		if not s then
			break
		end
		out[#out + 1] = concat(vals, "", last, s - 1)
		if e > last or s == 1 then
			out[#out + 1] = replacement
		end
		last = e
		if e == pos then
			pos = pos + 1
		else
			pos = e
		end
	end
	out[#out + 1] = concat(vals, "", last, nv)
	return concat(out)
end

-- The lexer ----------------------------------------------------------------------

local SPECIAL_PARAM = {
	["@"] = true, ["*"] = true, ["#"] = true, ["?"] = true,
	["-"] = true, ["$"] = true, ["!"] = true, ["0"] = true,
}

local function getenv(st, name)
	local env, v = st.env, nil
	if type(env) == "function" then
		v = env(name)
	elseif env ~= nil then
		v = env[name]
	end
	if v ~= nil and v ~= false then
		st.used[name] = true
		return tostring(v), true
	end
	st.unmatched[name] = true
	return "", false
end

local process_stop_on

-- Appends characters to buf while pred holds for them; returns buf.
local function take_while(st, pred, buf)
	local chars = st.chars
	while chars[st.pos] and pred(chars[st.pos]) do
		buf[#buf + 1] = chars[st.pos]
		st.pos = st.pos + 1
	end
	return buf
end

local function is_name_char(ch)
	return is_letter(ch) or is_digit(ch) or ch == "_"
end

-- $name: digits make a positional parameter, one special character a
-- special parameter, otherwise letters, digits and underscores.
local function process_name(st)
	local ch = st.chars[st.pos]
	if ch and is_digit(ch) then
		return concat(take_while(st, is_digit, {}))
	end
	if ch and SPECIAL_PARAM[ch] then
		st.pos = st.pos + 1
		return ch
	end
	return concat(take_while(st, is_name_char, {}))
end

-- Reads up to the closing `stop`, reporting a missing one as `missing`.
local function read_until(st, stop, raw_escapes, missing)
	local ok, word = pcall(process_stop_on, st, stop, raw_escapes)
	if not ok then
		if is_lex_error(word) and st.chars[st.pos] == nil then
			fail(missing)
		end
		error(word, 0)
	end
	return word
end

local function process_dollar(st)
	local chars = st.chars
	st.pos = st.pos + 1 -- the "$"
	if chars[st.pos] ~= "{" then
		local name = process_name(st)
		if name == "" then
			return "$"
		end
		local value, set = getenv(st, name)
		if not set and st.skip_unset then
			return "$" .. name
		end
		return value
	end
	st.pos = st.pos + 1 -- the "{"
	local p = chars[st.pos]
	if p == nil then
		fail("syntax error: missing '}'")
	elseif p == "{" or p == "}" or p == ":" then
		fail("syntax error: bad substitution")
	end
	local name = process_name(st)
	local ch = chars[st.pos]
	if ch == nil then
		fail("syntax error: missing '}'")
	end
	st.pos = st.pos + 1
	local mod = ch

	if ch == "}" then
		local value, set = getenv(st, name)
		if not set and st.skip_unset then
			return "${" .. name .. "}"
		end
		return value
	end

	if ch == "/" then
		local all = chars[st.pos] == "/"
		if all then
			st.pos = st.pos + 1
			mod = "//"
		end
		local pattern = read_until(st, "/", true, "syntax error: missing '/' in ${}")
		local replacement = read_until(st, "}", true, "syntax error: missing '}'")
		local value, set = getenv(st, name)
		if not set and st.skip_unset then
			return "${" .. name .. mod .. pattern .. "/" .. replacement .. "}"
		end
		return replace(pattern, value, replacement, all)
	end

	local null_is_unset = false
	if ch == ":" then
		-- "${V:" always reads a word up to "}", whatever follows the
		-- colon; an unknown modifier is reported once that word is read.
		null_is_unset = true
		ch = chars[st.pos]
		if ch ~= nil then
			st.pos = st.pos + 1
			mod = mod .. ch
		end
	elseif not (ch == "+" or ch == "-" or ch == "?" or ch == "#" or ch == "%") then
		fail(("unsupported modifier (%s) in substitution"):format(mod))
	end

	local word = read_until(st, "}", ch == "#" or ch == "%", "syntax error: missing '}'")
	local value, set = getenv(st, name)
	if not set and st.skip_unset then
		return "${" .. name .. mod .. word .. "}"
	end
	local empty = not set or (null_is_unset and value == "")
	if ch == "-" then
		return empty and word or value
	elseif ch == "+" then
		return empty and "" or word
	elseif ch == "?" then
		if not set then
			fail(("%s: %s"):format(name, word ~= "" and word or "is not allowed to be unset"))
		end
		if empty then
			fail(("%s: %s"):format(name, word ~= "" and word or "is not allowed to be empty"))
		end
		return value
	elseif ch == "#" or ch == "%" then
		local greedy = sub(word, 1, 1) == ch
		if greedy then
			word = sub(word, 2)
		end
		return trim_match(word, value, greedy, ch == "%")
	end
	fail(("unsupported modifier (%s) in substitution"):format(mod))
end

-- Single quotes keep everything as written. Inside double quotes "$"
-- expands, and the escape token escapes ", $ and itself only; before
-- anything else it stays.
local function process_quoted(st, q)
	local chars, out = st.chars, {}
	local double = q == '"'
	st.pos = st.pos + 1
	if st.raw_quotes then
		out[1] = q
	end
	while true do
		local ch = chars[st.pos]
		if ch == nil then
			fail(
				"unexpected end of statement while looking for matching "
					.. (double and "double-quote" or "single-quote")
			)
		elseif ch == q then
			st.pos = st.pos + 1
			if st.raw_quotes then
				out[#out + 1] = ch
			end
			return concat(out)
		elseif double and ch == "$" then
			out[#out + 1] = process_dollar(st)
		else
			st.pos = st.pos + 1
			if double and ch == st.escape then
				local nx = chars[st.pos]
				if nx == '"' or nx == "$" or nx == st.escape then
					if st.raw_escapes then
						out[#out + 1] = ch
					end
					ch = nx
					st.pos = st.pos + 1
				elseif nx == nil then
					ch = nil -- dropped; the missing quote is reported next
				end
			end
			if ch then
				out[#out + 1] = ch
			end
		end
	end
end

local function is_heredoc_blank(ch)
	return ch == " " or ch == "\t" or ch == "\r"
end

-- "<<" keeps the blanks after it in the same word, so that "<<  EOF" is one
-- heredoc word, as in BuildKit; "<<- EOF" likewise.
local function process_possible_heredoc(st)
	local chars = st.chars
	st.pos = st.pos + 1
	if chars[st.pos] ~= "<" then
		return "<"
	end
	st.pos = st.pos + 1
	local out = { "<<" }
	-- "<<- EOF" too (BuildKit only joins "<<  EOF"; bash takes both)
	if chars[st.pos] == "-" and chars[st.pos + 1] and is_heredoc_blank(chars[st.pos + 1]) then
		out[2] = "-"
		st.pos = st.pos + 1
	end
	return concat(take_while(st, is_heredoc_blank, out))
end

-- Processes characters up to `stop` (consumed) or the end of input when stop
-- is nil; returns the expanded text and its words.
process_stop_on = function(st, stop, raw_escapes)
	local saved = st.raw_escapes
	st.raw_escapes = raw_escapes
	local chars, out, w = st.chars, {}, words_new()
	while true do
		local ch = chars[st.pos]
		if ch == nil then
			break
		end
		if stop and ch == stop then
			st.pos = st.pos + 1
			st.raw_escapes = saved
			return concat(out), words_get(w)
		end
		if ch == "$" then
			local tmp = process_dollar(st)
			out[#out + 1] = tmp
			words_add_string(w, tmp)
		elseif ch == "<" then
			local tmp = process_possible_heredoc(st)
			out[#out + 1] = tmp
			words_add_raw(w, tmp)
		elseif (ch == "'" or ch == '"') and not st.skip_quotes then
			local tmp = process_quoted(st, ch)
			out[#out + 1] = tmp
			words_add_raw(w, tmp)
		else
			st.pos = st.pos + 1
			if ch == st.escape then
				if st.raw_escapes then
					words_add_raw(w, ch)
					out[#out + 1] = ch
				end
				-- the escape token escapes the next character; at the
				-- end of input it is dropped
				ch = chars[st.pos]
				if ch == nil then
					break
				end
				st.pos = st.pos + 1
				words_add_raw(w, ch)
			else
				words_add_char(w, ch)
			end
			out[#out + 1] = ch
		end
	end
	st.raw_escapes = saved
	if stop then
		fail("unexpected end of statement while looking for matching " .. stop)
	end
	return concat(out), words_get(w)
end

-- BuildKit's BuildEnvs: "k=v" sets k, a bare "k" sets k to "".
local function normalise_env(env)
	if type(env) ~= "table" or env[1] == nil then
		return env
	end
	local map = {}
	for _, e in ipairs(env) do
		local k, v = string.match(e, "^([^=]*)=(.*)$")
		if k then
			map[k] = v
		else
			map[e] = ""
		end
	end
	return map
end

function M.process(text, env, opts)
	opts = opts or {}
	if type(text) ~= "string" then
		return nil, "expected a string to process, got " .. type(text)
	end
	local escape = opts.escape or "\\"
	if escape ~= "\\" and escape ~= "`" then
		return nil, ("invalid escape token '%s' does not match ` or \\"):format(tostring(escape))
	end
	local chars = split_chars(text)
	local st = {
		chars = chars,
		pos = 1,
		env = normalise_env(env),
		escape = escape,
		raw_quotes = opts.raw_quotes and true or false,
		raw_escapes = opts.raw_escapes and true or false,
		skip_unset = opts.skip_unset and true or false,
		skip_quotes = opts.skip_quotes and true or false,
		used = {},
		unmatched = {},
	}
	local ok, result, words = pcall(process_stop_on, st, nil, st.raw_escapes)
	if not ok then
		if is_lex_error(result) then
			return nil, result.message
		end
		return nil, "internal error while processing '" .. text .. "': " .. tostring(result)
	end
	return { result = result, words = words, used = st.used, unmatched = st.unmatched }
end

-- process() narrowed to one of its results, plus the variable sets.
local function processing(field)
	return function(text, env, opts)
		local r, err = M.process(text, env, opts)
		if not r then
			return nil, err
		end
		return r[field], r.used, r.unmatched
	end
end

M.process_word = processing("result")
M.process_words = processing("words")

return M
