-- A tiny TAP producer for the Lua tests (run by `prove -v tests/lua/`).
-- Tests may use io/os; the modules under test may not.
--
--   local tap = dofile(<dir>/tap.lua)   -- or require("tap") once set up
--   tap.setup(arg[0])       -- package.path for frontends/ and tests/lua/
--   tap.is(got, want, name)  tap.ok(cond, name)  tap.like(s, pattern, name)
--   tap.is_deeply(got, want, name)  tap.diag(msg)  tap.done_testing()
--   tap.conformance()       -- the conformance dir, or nil, reason
--   tap.skip(name, reason)  -- one "ok N # SKIP reason" line

local M = {}

local count, failed = 0, 0

local function describe(v)
	if type(v) == "string" then
		return string.format("%q", v)
	end
	return tostring(v)
end

function M.diag(msg)
	for line in (tostring(msg) .. "\n"):gmatch("(.-)\n") do
		io.stdout:write("# ", line, "\n")
	end
end

function M.ok(cond, name)
	count = count + 1
	local clean = tostring(name or ""):gsub("\n", " ")
	if cond then
		io.stdout:write(("ok %d - %s\n"):format(count, clean))
	else
		failed = failed + 1
		io.stdout:write(("not ok %d - %s\n"):format(count, clean))
	end
	return cond and true or false
end

function M.is(got, want, name)
	local pass = got == want
	if not M.ok(pass, name) then
		M.diag("     got: " .. describe(got))
		M.diag("expected: " .. describe(want))
	end
	return pass
end

function M.like(got, pattern, name)
	local pass = type(got) == "string" and got:find(pattern) ~= nil
	if not M.ok(pass, name) then
		M.diag("     got: " .. describe(got))
		M.diag("    like: " .. describe(pattern))
	end
	return pass
end

local function deep_equal(a, b, path)
	if type(a) ~= type(b) then
		return false, path
	end
	if type(a) ~= "table" then
		return a == b, path
	end
	for k, v in pairs(a) do
		local same, where = deep_equal(v, b[k], path .. "." .. tostring(k))
		if not same then
			return false, where
		end
	end
	for k in pairs(b) do
		if a[k] == nil then
			return false, path .. "." .. tostring(k)
		end
	end
	return true
end

local function show(v, depth)
	depth = depth or 0
	if type(v) ~= "table" then
		return describe(v)
	end
	if depth > 4 then
		return "{...}"
	end
	local keys = {}
	for k in pairs(v) do
		keys[#keys + 1] = k
	end
	table.sort(keys, function(x, y)
		return tostring(x) < tostring(y)
	end)
	local parts = {}
	for _, k in ipairs(keys) do
		parts[#parts + 1] = tostring(k) .. "=" .. show(v[k], depth + 1)
	end
	return "{" .. table.concat(parts, ", ") .. "}"
end
M.show = show

function M.is_deeply(got, want, name)
	local pass, where = deep_equal(got, want, "")
	if not M.ok(pass, name) then
		M.diag("differs at " .. (where == "" and "top" or where))
		M.diag("     got: " .. show(got))
		M.diag("expected: " .. show(want))
	end
	return pass
end

function M.done_testing()
	io.stdout:write(("1..%d\n"):format(count))
	os.exit(failed == 0 and 0 or 1)
end

function M.skip(name, reason)
	count = count + 1
	io.stdout:write(("ok %d - %s # SKIP %s\n"):format(count, (tostring(name):gsub("\n", " ")), reason))
end

function M.skip_all(reason)
	io.stdout:write("1..0 # SKIP ", reason, "\n")
	os.exit(0)
end

-- The repository root, from the test's own path (tests/lua/<name>.t).
function M.setup(script)
	local dir = script:match("^(.*)/[^/]*$") or "."
	local root = dir .. "/../.."
	M.root = root
	package.path = table.concat({
		root .. "/frontends/?.lua",
		root .. "/frontends/?/init.lua",
		dir .. "/?.lua",
		package.path,
	}, ";")
	return root
end

function M.read_file(path)
	local f = io.open(path, "rb")
	if not f then
		return nil
	end
	local data = f:read("a")
	f:close()
	return data
end

local function exists(path)
	local f = io.open(path, "rb")
	if f then
		f:close()
		return true
	end
	return false
end

-- Directory holding buildkit/…: $STRATA_SHARED/conformance, $STRATA_SHARED
-- itself, or <repo>/../shared/conformance; nil and the reason when none is
-- there (the caller skips only the cases that need it).
function M.conformance()
	local candidates = {}
	local env = os.getenv("STRATA_SHARED")
	if env and env ~= "" then
		candidates[#candidates + 1] = env .. "/conformance"
		candidates[#candidates + 1] = env
	end
	candidates[#candidates + 1] = M.root .. "/../shared/conformance"
	for _, dir in ipairs(candidates) do
		if exists(dir .. "/buildkit/LICENSE") then
			return dir
		end
	end
	return nil, "../shared/conformance not found"
end

-- Entries of a directory, sorted (tests only; uses ls).
function M.list_dir(path)
	local p = io.popen("ls -1 '" .. path:gsub("'", "'\\''") .. "' 2>/dev/null")
	local out = {}
	for line in p:lines() do
		out[#out + 1] = line
	end
	p:close()
	table.sort(out)
	return out
end

return M
