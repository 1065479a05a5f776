-- dockerfile.json: the JSON decoder behind the exec form (RUN ["a", "b"]).
-- BuildKit hands the rest of the line to Go's encoding/json, so this follows
-- its rules, not a lenient Lua JSON library's: any JSON value may appear in
-- the array (the caller then refuses non-strings), invalid UTF-8 in strings
-- becomes U+FFFD, and so do lone surrogates.
--
--   json.array(s) -> items, all_strings | nil (s is not one JSON array)
--
-- items are the array's string elements in order; all_strings is false
-- when any element was something else. Never raises on bad input.

local shell = require("dockerfile.shell")

local M = {}

local byte, sub, find, concat = string.byte, string.sub, string.find, table.concat

local JSON_SYNTAX = {}
local JSON_MAX_DEPTH = 10000

local JSON_ESCAPES = {
	[0x22] = '"', [0x5C] = "\\", [0x2F] = "/", [0x62] = "\b",
	[0x66] = "\f", [0x6E] = "\n", [0x72] = "\r", [0x74] = "\t",
}

-- Parses s as one JSON array. Returns its elements and whether all were
-- strings, or nil when s is not valid JSON (Go's encoding/json rules:
-- invalid UTF-8 in strings becomes U+FFFD, lone surrogates too).
function M.array(s)
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

return M
