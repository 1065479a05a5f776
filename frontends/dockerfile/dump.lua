-- dockerfile.dump: a parse printed in BuildKit's dump format, one line per
-- instruction:
--
--   (from "ubuntu:14.04")
--   (copy ["--from=a"] "x" "y")
--   (onbuild (run "echo" "test"))
--
-- Every string is quoted as Go's strconv.Quote quotes it, so the dump of a
-- BuildKit test file equals its `result` byte for byte.
--
--   dump.dump(ast)   -> the whole dump, lines joined by "\n" (no trailing newline)
--   dump.node(node)  -> one instruction, without the newline
--   dump.quote(s)    -> Go's strconv.Quote(s)

local shell = require("dockerfile.shell")

local M = {}

local byte, format, concat = string.byte, string.format, table.concat

local ESCAPES = {
	[0x07] = "\\a", [0x08] = "\\b", [0x0C] = "\\f", [0x0A] = "\\n",
	[0x0D] = "\\r", [0x09] = "\\t", [0x0B] = "\\v",
	[0x22] = '\\"', [0x5C] = "\\\\",
}

-- Code points strconv.IsPrint rejects above ASCII: C1 controls, spaces
-- other than U+0020, format characters, surrogates, private use and
-- noncharacters. (Unassigned code points are not known here and print as
-- themselves.)
local NON_PRINT = {
	0x80, 0xA0, 0xAD, 0xAD, 0x600, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD,
	0x70F, 0x70F, 0x890, 0x891, 0x8E2, 0x8E2, 0x1680, 0x1680, 0x180E, 0x180E,
	0x2000, 0x200F, 0x2028, 0x202F, 0x205F, 0x2064, 0x2066, 0x206F,
	0x3000, 0x3000, 0xD800, 0xF8FF, 0xFDD0, 0xFDEF, 0xFEFF, 0xFEFF,
	0xFFF0, 0xFFFB, 0xFFFE, 0xFFFF, 0x110BD, 0x110BD, 0x110CD, 0x110CD,
	0x13430, 0x1343F, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0000, 0xE00FF,
	0xF0000, 0x10FFFF,
}

local function printable(cp)
	-- the last two code points of every plane are noncharacters
	return cp % 0x10000 < 0xFFFE and not shell.in_ranges(cp, NON_PRINT)
end

function M.quote(s)
	local out = { '"' }
	for _, ch in ipairs(shell.split_chars(s)) do
		local c = byte(ch)
		if c >= 0x80 and #ch == 1 then
			out[#out + 1] = format("\\x%02x", c) -- not UTF-8
		elseif c < 0x80 then
			if ESCAPES[c] then
				out[#out + 1] = ESCAPES[c]
			elseif c < 0x20 or c == 0x7F then
				out[#out + 1] = format("\\x%02x", c)
			else
				out[#out + 1] = ch
			end
		else
			local cp = utf8.codepoint(ch)
			if printable(cp) then
				out[#out + 1] = ch
			elseif cp < 0x10000 then
				out[#out + 1] = format("\\u%04x", cp)
			else
				out[#out + 1] = format("\\U%08x", cp)
			end
		end
	end
	out[#out + 1] = '"'
	return concat(out)
end

function M.node(node)
	local parts = { node.name }
	if node.flags and #node.flags > 0 then
		local q = {}
		for i, f in ipairs(node.flags) do
			q[i] = M.quote(f)
		end
		parts[#parts + 1] = "[" .. concat(q, " ") .. "]"
	end
	if node.sub then
		parts[#parts + 1] = M.node(node.sub)
	end
	for _, a in ipairs(node.args or {}) do
		parts[#parts + 1] = M.quote(a)
	end
	return "(" .. concat(parts, " ") .. ")"
end

function M.dump(ast)
	local lines = {}
	for i, node in ipairs(ast.nodes) do
		lines[i] = M.node(node)
	end
	return concat(lines, "\n")
end

return M
