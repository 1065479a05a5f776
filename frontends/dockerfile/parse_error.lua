-- dockerfile.parse_error: the located errors of the parser, and how any
-- located error (parser, validate, flags, dispatcher) is shown.
--
-- The parser's modules raise with fail() deep inside a line; run() is the
-- one place that catches, so a parse never raises on bad input.
--
--   parse_error.fail(message, line, {col =, len =, end_line =})  raises
--   parse_error.is(e)                  e was raised by fail()
--   parse_error.run(file, fn, ...)     -> fn's result | nil, err
--   parse_error.format(err, source)    -> "FILE:LINE: message", the source
--                                         line and a caret
--
-- err = { file =, line =, col = (or nil), len = (or nil), end_line =,
--         message = }

local text = require("dockerfile.text")

local M = {}

local sub = string.sub

local PARSE_ERROR = {}

function M.fail(message, line, extra)
	local e = { [PARSE_ERROR] = true, message = message, line = line }
	for k, v in pairs(extra or {}) do
		e[k] = v
	end
	error(e, 0)
end

function M.is(e)
	return type(e) == "table" and e[PARSE_ERROR] == true
end

local function to_err(e, file)
	if M.is(e) then
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

-- Runs fn(...); what it raises (a fail() or a bug) becomes nil, err.
function M.run(file, fn, ...)
	local ok, res = pcall(fn, ...)
	if not ok then
		return nil, to_err(res, file)
	end
	return res
end

local function source_line(source, n)
	if type(source) ~= "string" or not n or n < 1 then
		return nil
	end
	local i = 0
	for raw in source:gmatch("[^\n]*\n?") do
		if raw == "" then
			break
		end
		i = i + 1
		if i == n then
			local s = text.trim_newline(raw)
			return n == 1 and text.strip_bom(s) or s
		end
	end
end

-- "FILE:LINE: message", then the source line and a caret under err.col (or
-- under the line's first non-blank character).
function M.format(err, source)
	local head
	if err.line then
		head = ("%s:%d: %s"):format(err.file or "Dockerfile", err.line, err.message)
	else
		head = ("%s: %s"):format(err.file or "Dockerfile", err.message)
	end
	local src = source_line(source, err.line)
	if not src or text.is_blank(src) then
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

return M
