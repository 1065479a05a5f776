-- dockerfile.values: the typed values instructions carry, parsed the way
-- BuildKit (and the Go libraries it uses) parse them: durations, ports,
-- signals, platforms, modes, stage names, URLs.
--
-- Every parser returns the value, or nil and a message in BuildKit's words
-- (the dispatcher adds the location). Pure functions, no state.
--
--   values.duration("1m30s")        -> 90000000000 (nanoseconds, as Go's
--                                      time.ParseDuration)
--   values.ports("8000-8001/udp")   -> {"8000/udp", "8001/udp"}
--   values.signal("SIGKILL")        -> true (STOPSIGNAL keeps the text)
--   values.platform("linux/arm/v7") -> {os=, arch=, variant=}
--   values.octal_mode("0755")       -> 493
--   values.stage_name("Build")      -> "build"
--   values.is_url(s), values.is_git(s), values.url_basename(s)

local dump = require("dockerfile.dump")

local M = {}

local quote = dump.quote

-- Durations ---------------------------------------------------------------------

local UNITS = {
	ns = 1,
	us = 1000,
	["\xC2\xB5s"] = 1000, -- U+00B5 micro sign
	["\xCE\xBCs"] = 1000, -- U+03BC Greek mu
	ms = 1000000,
	s = 1000000000,
	m = 60 * 1000000000,
	h = 3600 * 1000000000,
}

local MAX_INT64 = math.maxinteger

-- Go's time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+, or "0".
function M.duration(s)
	local orig = s
	local function invalid()
		return nil, ("time: invalid duration %s"):format(quote(orig))
	end
	local neg = false
	local c = s:sub(1, 1)
	if c == "-" or c == "+" then
		neg = c == "-"
		s = s:sub(2)
	end
	if s == "0" then
		return 0
	end
	if s == "" then
		return invalid()
	end
	local total = 0
	while s ~= "" do
		local int, frac, rest = s:match("^(%d*)%.?(%d*)(.*)$")
		local had_dot = s:sub(#int + 1, #int + 1) == "."
		if int == "" and frac == "" then
			return invalid() -- no digits at all (".s", "s")
		end
		local unit = rest:match("^[^%d%.]+")
		if not unit then
			return nil, ("time: missing unit in duration %s"):format(quote(orig))
		end
		local scale = UNITS[unit]
		if not scale then
			return nil, ("time: unknown unit %s in duration %s"):format(quote(unit), quote(orig))
		end
		local whole = tonumber(int ~= "" and int or "0")
		if math.type(whole) ~= "integer" or whole > MAX_INT64 // scale then
			return invalid() -- overflow
		end
		local v = whole * scale
		if had_dot and frac ~= "" then
			-- Go scales the fraction in floating point, then truncates
			local f = tonumber("0." .. frac)
			v = v + math.floor(f * scale)
		end
		if v < 0 or total > MAX_INT64 - v then
			return invalid()
		end
		total = total + v
		s = rest:sub(#unit + 1)
	end
	return neg and -total or total
end

-- Ports ---------------------------------------------------------------------------

local function port_number(s)
	if s == "" then
		return nil, "value is empty"
	end
	if not s:match("^[+-]?%d+$") then
		return nil, "invalid syntax"
	end
	local n = tonumber(s)
	if not n or n < 0 or n > 65535 then
		return nil, "value out of range (0\xE2\x80\x9365535)"
	end
	return n
end

local function port_range(s)
	if s == "" then
		return nil, nil, "empty string specified for ports"
	end
	local start, stop = s:match("^([^-]*)%-(.*)$")
	start = start or s
	local a, err = port_number(start)
	if not a then
		return nil, nil, ("invalid start port '%s': %s"):format(start, err)
	end
	if not stop or stop == start then
		return a, a
	end
	local b
	b, err = port_number(stop)
	if not b then
		return nil, nil, ("invalid end port '%s': %s"):format(stop, err)
	end
	if b < a then
		return nil, nil, "invalid port range: " .. s
	end
	return a, b
end

-- One EXPOSE word ("[ip:][hostport:]port[-port][/proto]") as "port/proto"
-- entries, as BuildKit's parsePort: ranges expand, the protocol is lowered.
function M.ports(raw)
	local parts = {}
	for p in (raw .. ":"):gmatch("([^:]*):") do
		parts[#parts + 1] = p
	end
	local container = parts[#parts]
	local host = #parts >= 2 and parts[#parts - 1] or ""
	local port, proto = container:match("^([^/]*)/(.*)$")
	port, proto = port or container, proto or ""
	if port == "" then
		return nil, ("invalid port: %s: no port specified"):format(quote(raw))
	end
	local lproto = proto:lower()
	if lproto == "" then
		lproto = "tcp"
	elseif lproto ~= "tcp" and lproto ~= "udp" and lproto ~= "sctp" then
		return nil, ("invalid port: %s: invalid proto: %s"):format(quote(raw), proto)
	end
	local a, b = port_range(port)
	if not a then
		return nil, "invalid containerPort: " .. port
	end
	if host ~= "" then
		local ha, hb = port_range(host)
		if not ha then
			return nil, "invalid hostPort: " .. host
		end
		if b - a ~= hb - ha and a ~= b then
			return nil, ("invalid ranges specified for container and host Ports: %s and %s"):format(port, host)
		end
	end
	local out = {}
	for n = a, b do
		out[#out + 1] = n .. "/" .. lproto
	end
	return out
end

-- Signals ------------------------------------------------------------------------

-- moby/sys/signal's SignalMap for Linux.
local SIGNALS = {
	ABRT = 6, ALRM = 14, BUS = 7, CHLD = 17, CLD = 17, CONT = 18, FPE = 8,
	HUP = 1, ILL = 4, INT = 2, IO = 29, IOT = 6, KILL = 9, PIPE = 13,
	POLL = 29, PROF = 27, PWR = 30, QUIT = 3, SEGV = 11, STKFLT = 16,
	STOP = 19, SYS = 31, TERM = 15, TRAP = 5, TSTP = 20, TTIN = 21, TTOU = 22,
	URG = 23, USR1 = 10, USR2 = 12, VTALRM = 26, WINCH = 28, XCPU = 24,
	XFSZ = 25,
}
for i = 0, 30 do
	SIGNALS["RTMIN+" .. i] = 34 + i
	SIGNALS["RTMAX-" .. i] = 64 - i
end
SIGNALS.RTMIN = 34
SIGNALS.RTMAX = 64

-- moby/sys/signal.ParseSignal: a number, or a name with or without "SIG".
function M.signal(raw)
	local n = raw:match("^%d+$") and tonumber(raw)
	if n then
		-- strconv.ParseUint(raw, 10, 8): any byte but 0
		if n == 0 or n > 255 then
			return nil, ("invalid signal: %s"):format(raw)
		end
		return n
	end
	local name = raw:upper():gsub("^SIG", "")
	local v = SIGNALS[name]
	if not v then
		return nil, ("invalid signal: %s"):format(raw)
	end
	return v
end

-- Platforms ---------------------------------------------------------------------

local ARCH_ALIASES = {
	x86_64 = "amd64", ["x86-64"] = "amd64", aarch64 = "arm64", armhf = "arm",
	armel = "arm", i386 = "386", i686 = "386",
}

-- "os[/arch[/variant]]" normalised as containerd's platforms.Parse does for
-- the common spellings.
function M.platform(s)
	local parts = {}
	for p in (s .. "/"):gmatch("([^/]*)/") do
		parts[#parts + 1] = p:lower()
	end
	if #parts < 1 or #parts > 3 or parts[1] == "" then
		return nil, ("%s: invalid platform: expected os[/arch[/variant]]"):format(quote(s))
	end
	local arch = parts[2] and (ARCH_ALIASES[parts[2]] or parts[2])
	local variant = parts[3]
	if arch == "arm64" and variant == "v8" then
		variant = nil
	end
	return { os = parts[1], arch = arch, variant = variant ~= "" and variant or nil }
end

function M.format_platform(p)
	local s = p.os .. "/" .. p.arch
	if p.variant and p.variant ~= "" then
		s = s .. "/" .. p.variant
	end
	return s
end

-- Modes, names, sources -----------------------------------------------------------

-- COPY --chmod: octal, 0 to 07777 (BuildKit's message otherwise).
function M.octal_mode(s)
	local n = s:match("^[0-7]+$") and tonumber(s, 8)
	if not n or n > 4095 then
		return nil, ("invalid chmod parameter: '%s'. it should be octal string and between 0 and 07777"):format(s)
	end
	return n
end

-- FROM ... AS name: lowercased, ^[a-z][a-z0-9-_.]*$.
function M.stage_name(s)
	local name = s:lower()
	if not name:match("^[a-z][a-z0-9%-_%.]*$") then
		return nil,
			("invalid name for build stage: %s, name can't start with a number or contain symbols"):format(quote(s))
	end
	return name
end

-- Git sources ADD would clone (BuildKit's dfgitutil.ParseGitRef, in its
-- unambiguous forms).
function M.is_git(s)
	if s:match("^git@[^:]+:") or s:match("^git://") or s:match("^ssh://") then
		return true
	end
	if s:match("^https?://") then
		local path = s:match("^https?://[^/]+(/[^?#]*)") or ""
		return path:match("%.git$") ~= nil or path:match("%.git/") ~= nil
	end
	return false
end

function M.is_url(s)
	return s:match("^https?://") ~= nil and not M.is_git(s)
end

-- The file name ADD gives a download: the URL path's last component, else
-- "__unnamed__" (BuildKit).
function M.url_basename(s)
	local path = s:match("^https?://[^/?#]*([^?#]*)") or ""
	path = path:gsub("/+$", "")
	local base = path:match("([^/]+)$")
	if not base or base == "." then
		return "__unnamed__"
	end
	return base
end

return M
