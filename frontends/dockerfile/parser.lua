-- dockerfile.parser: a Dockerfile's text into a list of instruction nodes,
-- with BuildKit's parser semantics (moby/buildkit frontend/dockerfile/parser):
-- parser directives, comments, line continuation, heredocs, JSON (exec) form
-- with the fallback to shell form, --flags. It only takes the text apart;
-- turning nodes into build steps is the dispatcher's job (init.lua), and
-- argument checks BuildKit makes after parsing are in parser.validate().
--
-- This file walks the lines (directives, comments, continuation, heredoc
-- bodies) and is the frontend's one entry point to the parser; the parts
-- live next to it: instruction.lua (one instruction into a node), json.lua
-- (exec form), heredoc.lua, validate.lua, parse_error.lua (errors and
-- format_error), suggest.lua, text.lua (whitespace as Go sees it).
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

local heredoc = require("dockerfile.heredoc")
local instruction = require("dockerfile.instruction")
local parse_error = require("dockerfile.parse_error")
local suggest = require("dockerfile.suggest")
local text = require("dockerfile.text")
local validate = require("dockerfile.validate")

local M = {}

local byte, sub, find, concat = string.byte, string.sub, string.find, table.concat
local fail = parse_error.fail
local leading_space, trim, is_comment, is_blank = text.leading_space, text.trim, text.is_comment, text.is_blank
local RE_SPACE = text.RE_SPACE

M.MAX_LINE = 65535
M.INSTRUCTIONS = instruction.INSTRUCTIONS
M.distance = suggest.distance
M.suggest = suggest.suggest
M.chomp_heredoc = heredoc.chomp
M.format_error = parse_error.format
M.validate = validate.validate

-- Parser directives ------------------------------------------------------------

local DIRECTIVES = { syntax = true, escape = true, check = true }

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
	local body = text.trim_left(sub(tok, 2))
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
	local j = text.last_byte_not(s, 0x20, 0x09)
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

local function split_lines(source)
	local lines, pos, len = {}, 1, #source
	while pos <= len do
		local nl = find(source, "\n", pos, true)
		local stop = nl or len
		lines[#lines + 1] = sub(source, pos, stop)
		pos = stop + 1
	end
	return lines
end

local function parse(source, file)
	local lines = split_lines(source)
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
		return raw, text.trim_newline(raw)
	end

	local nodes, warnings, comments = {}, {}, {}
	while true do
		local raw, content = read_line()
		if not raw then
			break
		end
		if idx == 1 then
			content = text.strip_bom(content)
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
			local ok, node = pcall(instruction.node, line, {
				line = start,
				escape = st.escape,
				col = lead + 1,
				first_len = first_len,
			})
			if not ok then
				if parse_error.is(node) then
					node.end_line = idx
				end
				error(node, 0)
			end
			if node then
				if heredoc.allowed(node) and find(line, "<<", 1, true) then
					for _, doc in ipairs(heredoc.markers(line, start)) do
						if not heredoc.read_body(doc, read_line) then
							fail("unterminated heredoc", start, { end_line = idx })
						end
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

function M.parse(source, opts)
	opts = opts or {}
	local file = opts.file or "Dockerfile"
	if type(source) ~= "string" then
		return nil, { file = file, line = 1, end_line = 1, message = "expected the Dockerfile as a string, got " .. type(source) }
	end
	return parse_error.run(file, parse, source, file)
end

return M
