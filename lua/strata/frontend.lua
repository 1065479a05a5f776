-- strata: loading frontends into a restricted Lua environment.
--
-- A frontend is frontends/<name>/init.lua plus its own modules
-- (require("<name>.x") loads frontends/<name>/x.lua). It runs with only the
-- pure parts of the standard library — no io, os, debug, package, load of
-- bytecode, or file access — so a DSL from an untrusted repository can only
-- describe a build through the builder it is handed.
local M = {}

local SAFE_GLOBALS = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "select", "tonumber",
  "tostring", "type", "xpcall", "setmetatable", "getmetatable", "rawequal",
  "rawget", "rawset", "rawlen", "_VERSION",
}
local SAFE_LIBS = { "string", "table", "math", "utf8", "coroutine" }

local function copy(t)
  local r = {}
  for k, v in pairs(t) do r[k] = v end
  return r
end

local core = require("strata.core")

local function read_binary(path)
  local f = io.open(path, "rb")
  if not f then return "" end
  local s = f:read("a")
  f:close()
  return s
end

local function read(path)
  local f = io.open(path, "r")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

-- env(dirs) -> a fresh environment whose require() finds modules under dirs
-- (the frontends directories), sharing one module cache per environment.
function M.env(dirs)
  local env = {}
  for _, k in ipairs(SAFE_GLOBALS) do env[k] = _G[k] end
  for _, k in ipairs(SAFE_LIBS) do env[k] = copy(_G[k]) end
  env._G = env
  -- the string metatable is shared with the CLI: a frontend must not reach
  -- (and rewrite) the real string library through it
  env.getmetatable = function(v)
    if type(v) == "string" then return nil end
    return getmetatable(v)
  end
  -- load() for DSLs written in Lua: source text only (no bytecode), and
  -- always in an environment the frontend hands over (never this one by
  -- default), so a build file sees only what its frontend gives it
  env.load = function(chunk, name, mode, chunk_env)
    if type(chunk) ~= "string" then error("load: only source text", 2) end
    if mode ~= nil and mode ~= "t" then error("load: only mode 't'", 2) end
    if type(chunk_env) ~= "table" then error("load: give the chunk an environment table", 2) end
    return load(chunk, name, "t", chunk_env)
  end
  local loaded = {}
  env.print = function(...)
    local t = table.pack(...)
    for i = 1, t.n do t[i] = tostring(t[i]) end
    io.stderr:write(table.concat(t, "\t"), "\n")
  end
  env.require = function(name)
    if loaded[name] ~= nil then return loaded[name] end
    assert(type(name) == "string" and name:match("^[%w_%.%-]+$"), "require: bad module name")
    local rel = name:gsub("%.", "/")
    for _, dir in ipairs(dirs) do
      for _, cand in ipairs({ dir .. "/" .. rel .. ".lua", dir .. "/" .. rel .. "/init.lua" }) do
        -- our own bundled frontends come compiled (strata.core.bytecode
        -- finds only those); everything else is read as text
        local bc = core.bytecode(cand)
        local chunk = bc and load(read_binary(bc), "@" .. cand, "b", env)
        local src = not chunk and read(cand)
        if chunk or src then
          local err
          if not chunk then chunk, err = load(src, "@" .. cand, "t", env) end
          if not chunk then error(err, 2) end
          local v = chunk(name)
          if v == nil then v = true end
          loaded[name] = v
          return v
        end
      end
    end
    error(string.format("module '%s' not found in the frontends path", name), 2)
  end
  return env
end

-- Whether frontends/<name>/init.lua (or <name>.lua) is in one of dirs.
local function exists(name, dirs)
  for _, dir in ipairs(dirs) do
    for _, cand in ipairs({ dir .. "/" .. name .. "/init.lua", dir .. "/" .. name .. ".lua" }) do
      if core.bytecode(cand) or read(cand) then return true end
    end
  end
  return false
end

-- load(name, dirs) -> the frontend module | nil, message
function M.load(name, dirs)
  if not name:match("^[%w_%-]+$") then
    return nil, string.format("invalid frontend name '%s' (letters, digits, '_' and '-', or a directory path)", name)
  end
  if not exists(name, dirs) then
    return nil, string.format("frontend '%s' not found: no %s/init.lua in the frontends path (%s)",
      name, name, table.concat(dirs, ":"))
  end
  local env = M.env(dirs)
  local ok, mod = pcall(env.require, name)
  if not ok then return nil, string.format("frontend '%s': %s", name, tostring(mod)) end
  if type(mod) ~= "table" or type(mod.build) ~= "function" then
    return nil, string.format("frontend '%s' has no build function", name)
  end
  return mod, nil, env
end

-- The frontend a build file asks for: `# syntax=NAME` among its first
-- comment lines; BuildKit's docker/dockerfile images map to ours.
-- Returns the name and the line it is on (for errors), or nil.
function M.from_syntax(text)
  local n = 0
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    local l = n == 1 and line:gsub("^\239\187\191", "") or line
    if not l:match("^%s*#") then break end
    local v = l:match("^%s*#%s*syntax%s*=%s*(%S+)")
    if v then
      if v:match("docker/dockerfile") or v:match("^dockerfile") then return "dockerfile", n end
      return v, n
    end
  end
  return nil
end

return M
