#!/usr/bin/env lua5.4
-- dockerfile.shell against BuildKit's envVarTest and wordsTest vectors, plus
-- cases of our own for the pattern modifiers, errors and variable tracking.
local tap = dofile((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/tap.lua")
tap.setup(arg[0])
local conf, why = tap.conformance()
local shell = require("dockerfile.shell")

local function trim(s)
	return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

local function split(s, sep)
	local out, start = {}, 1
	while true do
		local i = s:find(sep, start, true)
		if not i then
			out[#out + 1] = s:sub(start)
			return out
		end
		out[#out + 1] = s:sub(start, i - 1)
		start = i + #sep
	end
end

-- envVarTest: PLATFORM|input|expected; W lines are Windows-only.
if not conf then
	tap.skip("BuildKit envVarTest and wordsTest", why)
end
if conf then
	local path = conf .. "/buildkit/shell/envVarTest"
	local data = assert(tap.read_file(path), path)
	local env = { "PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL=" }
	local n = 0
	for line in data:gmatch("([^\n]*)\n?") do
		n = n + 1
		if line:sub(1, 1) ~= "#" and trim(line) ~= "" then
			local f = split(trim(line), "|")
			local platform, source, expected = trim(f[1]), trim(f[2]), trim(f[3] or "")
			if platform == "A" or platform == "U" then
				local name = ("envVarTest:%d %s"):format(n, source)
				local got, err = shell.process_word(source, env)
				if expected == "error" then
					if not tap.ok(got == nil and type(err) == "string", name .. " fails") then
						tap.diag("got " .. tostring(got))
					end
				elseif not tap.is(got, expected, name) then
					tap.diag("error: " .. tostring(err))
				end
			end
		end
	end
end

-- wordsTest: "ENV k=v" lines grow the environment, then input | w1,w2,...
if conf then
	local path = conf .. "/buildkit/shell/wordsTest"
	local data = assert(tap.read_file(path), path)
	local env, n = {}, 0
	for line in data:gmatch("([^\n]*)\n") do
		n = n + 1
		if line:sub(1, 1) == "#" then
			goto continue
		end
		if line:sub(1, 4) == "ENV " then
			env[#env + 1] = (line:sub(4):gsub("^ +", ""))
			goto continue
		end
		do
			local f = split(line, "|")
			assert(#f == 2, "wordsTest line " .. n)
			local input = trim(f[1])
			local expected = split((f[2]:gsub("^ +", "")), ",")
			local got, err = shell.process_words(input, env)
			if not got then
				got = { "error" }
			end
			if not tap.is_deeply(got, expected, ("wordsTest:%d %s"):format(n, input)) then
				tap.diag("error: " .. tostring(err))
			end
		end
		::continue::
	end
end

-- Our own cases ---------------------------------------------------------------

local function word(text, env, want, name)
	local got, err = shell.process_word(text, env)
	if not tap.is(got, want, name or text) then
		tap.diag("error: " .. tostring(err))
	end
end

local function fails(text, env, pattern, name)
	local got, err = shell.process_word(text, env)
	tap.ok(got == nil, (name or text) .. " fails")
	tap.like(err, pattern, (name or text) .. " error message")
end

-- the four defaulting modifiers, with and without the colon
local E = { SET = "x", EMPTY = "" }
word("${SET-d}|${EMPTY-d}|${UNSET-d}", E, "x||d", "${V-x}")
word("${SET:-d}|${EMPTY:-d}|${UNSET:-d}", E, "x|d|d", "${V:-x}")
word("${SET+a}|${EMPTY+a}|${UNSET+a}", E, "a|a|", "${V+x}")
word("${SET:+a}|${EMPTY:+a}|${UNSET:+a}", E, "a||", "${V:+x}")
word("${SET?m}|${EMPTY?m}", E, "x|", "${V?msg} set")
word("${SET:?m}", E, "x", "${V:?msg} set")
fails("${UNSET:?msg}", E, "^UNSET: msg$", "${V:?msg} unset")
fails("${EMPTY:?msg}", E, "^EMPTY: msg$", "${V:?msg} empty")
fails("${UNSET?msg}", E, "^UNSET: msg$", "${V?msg} unset")
fails("${UNSET:?}", E, "^UNSET: is not allowed to be unset$", "${V:?} unset")
fails("${EMPTY:?}", E, "^EMPTY: is not allowed to be empty$", "${V:?} empty")
fails("${V:?message here$ARG}", { ARG = "x" }, "^V: message herex$", "${V:?msg} expands msg")

-- patterns: prefix / suffix, shortest / longest, escapes
local P = { FOO = "xxyy", SPECIAL = "()[]{}^$.*?|\\x", STARS = "a***yy*", PATH = "/usr/local/bin" }
word("${FOO#*x*y}", P, "y")
word("${FOO#*}", P, "xxyy")
word("${FOO#x}", P, "xyy")
word("${FOO##*x}", P, "yy")
word("${FOO#}", P, "xxyy")
word("${FOO##}", P, "xxyy")
word("${FOO%y}", P, "xxy")
word("${FOO%%y*}", P, "xx")
word("${FOO%y*}", P, "xxy")
word("${FOO%%*x*}", P, "")
word("${FOO%}", P, "xxyy")
word("${PATH%/*}", P, "/usr/local")
word("${PATH##*/}", P, "bin")
word("${PATH#/*/}", P, "local/bin")
word("${FOO#?\\?}", { FOO = "???y" }, "?y")
word("${SPECIAL#()[]{\\}^$.\\*\\?|\\\\}", P, "x", "regex metacharacters are literal")
word("${FOO%%\\**}", { FOO = "xx**" }, "xx")
word("${STARS%%\\**\\*}", P, "a")
word("${FOO#$BAR}", { FOO = "xxyy", BAR = "x" }, "xyy", "pattern from a variable")
word("${ABC:-.}${FOO%x}${ABC:-.}", P, ".xxyy.")
word("${K#한}", { K = "한국어" }, "국어", "multibyte characters match as one")
word("${K%?}", { K = "한국어" }, "한국", "? matches one multibyte character")
fails("${FOO#\\x}", P, "invalid escape", "bad escape in a pattern")
word("${V#" .. ("*?"):rep(200) .. "b}", { V = ("a"):rep(300) .. "b" }, "", "many wildcards stay fast")
fails("${V#" .. ("?"):rep(5000) .. "}", { V = ("a"):rep(5000) }, "too complex", "a pathological pattern is refused")

-- replacement
word("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", { FOO = "/foo*/*/*.txt", NEEDLE = "\\*/" },
	"/foo.*/*.txt - /foo..*.txt", "replace with an escaped star")
word("${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", { FOO = "/tmp/tmp/bar.txt", NEEDLE = "/tmp" },
	"/tmp/bar.txt - /bar.txt", "slashes in a pattern from a variable")
word("${FOO/$N/$R} - ${FOO//$N/$R}", { FOO = "/a/foo/b/c.txt", N = "/?/", R = "/" },
	"/foo/b/c.txt - /foo/c.txt", "? in a replacement pattern")
word("${FOO/$N/$R}", { FOO = "http://google.de", N = "http://", R = "https://" }, "https://google.de")
word("${FOO//\\//\\/}", { FOO = "/tmp/foo.txt" }, "\\/tmp\\/foo.txt", "escaped separators")
word("${FOO/a*/X}", { FOO = "banana" }, "bX", "star is greedy in a replacement")
word("${FOO/$BAR/ww}", { FOO = "xxyy", BAR = "" }, "wwxxyy", "empty pattern")
word("${FOO///}", { FOO = "xxyy" }, "xxyy")
word("${FOO///}", {}, "")
fails("${FOO//ww}", { FOO = "xxyy" }, "missing '/'", "replacement without its slash")
fails("${FOO//}", { FOO = "xxyy" }, "missing '/'", "empty replace-all")

-- syntax errors
fails("${FOO=x}", { FOO = "x" }, "unsupported modifier %(=%)")
fails("${FOO:=x}", { FOO = "x" }, "unsupported modifier %(:=%)")
fails("${FOO", {}, "missing '}'")
fails("${FOO:-x", {}, "missing '}'")
fails("${}", {}, "bad substitution")
fails("'abc", {}, "single%-quote")
fails('"abc', {}, "double%-quote")
word("abc}", {}, "abc}", "a stray } is literal")

-- tracking used variables
do
	local got, used, unmatched = shell.process_word("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", { FOO = "xxx", BAR = "" })
	tap.is(got, "xxx  ccc", "tracking: expansion")
	tap.is_deeply(used, { FOO = true, BAR = true }, "tracking: used names")
	tap.is_deeply(unmatched, { BAZ = true }, "tracking: unmatched names")
	local _, used2 = shell.process_word("plain text", { FOO = "x" })
	tap.is_deeply(used2, {}, "tracking: nothing used")
	local _, used3 = shell.process_word("'$FOO' \\$FOO", { FOO = "x" })
	tap.is_deeply(used3, {}, "tracking: quoted and escaped references do not count")
	local words, used4 = shell.process_words("a $FOO", { FOO = "b c" })
	tap.is_deeply(words, { "a", "b", "c" }, "process_words splits expansions")
	tap.is_deeply(used4, { FOO = true }, "process_words tracks use too")
end

-- options
do
	local env = { FOO = "v" }
	tap.is(shell.process_word("a`$FOO", env, { escape = "`" }), "a$FOO", "backtick escape token")
	tap.is(shell.process_word("a\\b", env, { escape = "`" }), "a\\b", "backslash is literal with ` escape")
	tap.is(shell.process_word("'a' \"b\"", env, { raw_quotes = true }), "'a' \"b\"", "raw_quotes keeps quotes")
	tap.is(shell.process_word("a\\ b", env, { raw_escapes = true }), "a\\ b", "raw_escapes keeps escapes")
	tap.is(shell.process_word("$FOO $BAR ${BAZ:-x}", env, { skip_unset = true }), "v $BAR ${BAZ:-x}",
		"skip_unset leaves unset references")
	tap.is(shell.process_word("echo '$FOO' \"$FOO\"", env, { skip_quotes = true }), "echo 'v' \"v\"",
		"skip_quotes expands inside quotes and keeps them")
	tap.is(shell.process_word("$FOO", function(n)
		return n == "FOO" and "fn" or nil
	end), "fn", "env as a function")
	tap.is(shell.process_word("$A$B", { "A=1", "B" }), "1", "env as a KEY=value list")
	local words = shell.process_words("RUN <<  EOF > x", {}, { raw_quotes = true })
	tap.is_deeply(words, { "RUN", "<<  EOF", ">", "x" }, "<< keeps following blanks in its word")
	local r, err = shell.process_word("x", {}, { escape = "!" })
	tap.ok(r == nil and err:find("invalid escape token"), "invalid escape token refused")
	local r2, err2 = shell.process_word(42, {})
	tap.ok(r2 == nil and type(err2) == "string", "non-string input is refused, not raised")
end

tap.done_testing()
