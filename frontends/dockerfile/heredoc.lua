-- dockerfile.heredoc: heredocs in RUN, COPY and ADD (BuildKit's parser):
-- which instructions take them, the "<<EOF" markers on the instruction
-- line, and the bodies that follow it.
--
--   heredoc.allowed(node)              node (or ONBUILD's sub) may have some
--   heredoc.markers(line, line_no)     -> { {name =, expand =, chomp =,
--                                           fd =}, ... } in line order
--   heredoc.read_body(doc, read_line)  sets doc.raw, doc.content; false when
--                                      the input ends before the delimiter
--   heredoc.chomp(content)             the body without leading tabs (<<-)
--
-- Errors in a marker are raised with parse_error.fail.

local parse_error = require("dockerfile.parse_error")
local shell = require("dockerfile.shell")
local text = require("dockerfile.text")

local M = {}

local concat = table.concat
local fail = parse_error.fail

local INSTRUCTIONS = { run = true, copy = true, add = true }

-- Only the shell form takes heredocs: in ["a", "<<EOF"] it is a word.
function M.allowed(node)
	if node.name == "onbuild" and node.sub then
		node = node.sub
	end
	return INSTRUCTIONS[node.name] and not node.json
end

-- One word of the instruction line, if it is a heredoc marker.
local function parse_marker(word, line_no)
	local fd, dash, rest = word:match("^(%d*)<<(%-?)" .. text.RE_SPACE .. "*([^<]*)$")
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

function M.markers(line, line_no)
	local words = shell.process_words(line, {}, { raw_quotes = true, raw_escapes = true, skip_unset = true })
	local docs = {}
	for _, w in ipairs(words or {}) do
		local doc = parse_marker(w, line_no)
		if doc then
			docs[#docs + 1] = doc
		end
	end
	return docs
end

-- <<- strips the leading tabs of every line of the body.
function M.chomp(content)
	return (content:gsub("^\t+", ""):gsub("\n\t+", "\n"))
end

-- The body: lines from read_line() (which returns a line with its newline,
-- and the line without it) up to the delimiter alone on a line (after
-- leading tabs for <<-).
function M.read_body(doc, read_line)
	local body = {}
	while true do
		local raw, content = read_line()
		if not raw then
			return false
		end
		if doc.chomp then
			content = content:gsub("^\t+", "")
		end
		if content == doc.name then
			break
		end
		body[#body + 1] = raw
	end
	doc.raw = concat(body)
	doc.content = doc.chomp and M.chomp(doc.raw) or doc.raw
	return true
end

return M
