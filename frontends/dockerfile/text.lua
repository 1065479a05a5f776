-- dockerfile.text: whitespace and lines as BuildKit's parser sees them.
-- Trimming follows Go's unicode.IsSpace (so U+00A0, U+3000 ... are blanks
-- at the ends of a line), while arguments split on BuildKit's narrower
-- ASCII class, WS_CLASS; directives and heredoc markers use Go's regexp \s,
-- RE_SPACE. Every function takes a string and returns a new value.
--
--   text.ascii_space(c)            c (a byte) is \t \n \v \f \r or space
--   text.leading_space(s)          bytes of blanks at the start of s
--   text.trim_left(s)  text.trim(s)
--   text.last_byte_not(s, a, b)    index of the last byte that is neither
--   text.split_ws(s)               words between WS_CLASS runs
--   text.is_comment(s)  text.is_blank(s)
--   text.trim_newline(raw)         raw without its trailing \n / \r\n
--   text.strip_bom(s)              s without a leading UTF-8 BOM

local M = {}

local byte, sub = string.byte, string.sub

-- BuildKit splits arguments on this class, not on all Unicode spaces.
M.WS_CLASS = "[\t\v\f\r ]"
M.RE_SPACE = "[\t\n\f\r ]" -- Go's \s

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

-- The words between runs of WS_CLASS.
local function split_ws(s)
	local out = {}
	for w in s:gmatch("[^\t\v\f\r ]+") do
		out[#out + 1] = w
	end
	return out
end

local function is_comment(s)
	return byte(s, leading_space(s) + 1) == 0x23
end

local function is_blank(s)
	return leading_space(s) == #s
end

local function trim_newline(raw)
	return sub(raw, 1, last_byte_not(raw, 0x0A, 0x0D))
end

M.ascii_space, M.leading_space, M.last_byte_not = ascii_space, leading_space, last_byte_not
M.trim_left, M.trim, M.split_ws, M.trim_newline = trim_left, trim, split_ws, trim_newline
M.is_comment, M.is_blank = is_comment, is_blank

local BOM = "\xEF\xBB\xBF"

function M.strip_bom(s)
	if sub(s, 1, 3) == BOM then
		return sub(s, 4)
	end
	return s
end

return M
