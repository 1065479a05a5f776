-- dockerfile.mounts: BuildKit's RUN --mount specs into builder mounts.
--
--   mounts.parse(spec) -> mount | nil, message
--
-- spec is the flag's value, comma-separated key=value fields, quoted as CSV
-- ("type=bind,source=\"a,b\",target=/x"). The result is a table for
-- State:run's mounts (lua/strata/api.lua) with `from` still a name: the
-- dispatcher maps it to a stage or image state. BuildKit's defaults apply:
-- type bind (read-only), cache read-write with id = target, secret target
-- /run/secrets/<id> (unless only env= is given) and id = basename(target).
local M = {}

local KINDS = { bind = true, cache = true, tmpfs = true, secret = true }

-- CSV fields: commas split unless inside double quotes; "" is a quote.
local function fields(spec)
  local out, cur, q, i = {}, {}, false, 1
  while i <= #spec do
    local ch = spec:sub(i, i)
    if q then
      if ch == '"' and spec:sub(i + 1, i + 1) == '"' then
        cur[#cur + 1] = '"'; i = i + 1
      elseif ch == '"' then
        q = false
      else
        cur[#cur + 1] = ch
      end
    elseif ch == '"' then
      q = true
    elseif ch == "," then
      out[#out + 1] = table.concat(cur); cur = {}
    else
      cur[#cur + 1] = ch
    end
    i = i + 1
  end
  if q then return nil, "unterminated quote" end
  out[#out + 1] = table.concat(cur)
  return out
end

local function bool(v, key)
  if v == nil or v == "" or v:lower() == "true" then return true end
  if v:lower() == "false" then return false end
  return nil, string.format("%s: expected true or false, got '%s'", key, v)
end

local function octal(v, key)
  local n = tonumber(v, 8)
  if not n or n < 0 or n > 4095 then return nil, string.format("%s: expected an octal mode, got '%s'", key, v) end
  return math.tointeger(n)
end

local function int(v, key)
  local n = math.tointeger(tonumber(v))
  if not n or n < 0 then return nil, string.format("%s: expected a number, got '%s'", key, v) end
  return n
end

-- "64m", "1g", "1024" -> bytes
local function size(v)
  local num, unit = v:lower():match("^(%d+)%s*([kmgt]?)i?b?$")
  if not num then return nil, string.format("size: expected bytes (e.g. 64m), got '%s'", v) end
  local mult = ({ [""] = 1, k = 1024, m = 1024 ^ 2, g = 1024 ^ 3, t = 1024 ^ 4 })[unit]
  return math.tointeger(tonumber(num) * mult)
end

local ALIASES = {
  dst = "target", destination = "target", src = "source",
  readonly = "ro", ["read-only"] = "ro", readwrite = "rw",
}

function M.parse(spec)
  local list, err = fields(spec)
  if not list then return nil, string.format("--mount=%s: %s", spec, err) end
  local m = { type = "bind" }
  local seen = {}
  for _, f in ipairs(list) do
    local k, v = f:match("^%s*([%w%-_]+)%s*=(.*)$")
    if not k then k = f:match("^%s*([%w%-_]+)%s*$") end
    if not k then return nil, string.format("--mount=%s: bad field '%s'", spec, f) end
    k = ALIASES[k:lower()] or k:lower()
    seen[k] = v or true
  end
  local function fail(msg) return nil, string.format("--mount=%s: %s", spec, msg) end
  if seen.type then
    if not KINDS[seen.type] then
      return fail(string.format("unknown type '%s' (bind, cache, tmpfs, secret)", tostring(seen.type)))
    end
    m.type = seen.type
  end
  for k, v in pairs(seen) do
    if v == true then v = nil end
    local e
    if k == "type" then
    elseif k == "target" then m.target = v
    elseif k == "source" then m.source = v
    elseif k == "from" then m.from = v
    elseif k == "id" then m.id = v
    elseif k == "env" then m.env = v
    elseif k == "sharing" then
      if v ~= "shared" and v ~= "private" and v ~= "locked" then
        return fail(string.format("sharing: expected shared, private or locked, got '%s'", tostring(v)))
      end
      m.sharing = v
    elseif k == "ro" then
      local b; b, e = bool(v, "ro"); if b == nil then return fail(e) end; m.ro = b
    elseif k == "rw" then
      local b; b, e = bool(v, "rw"); if b == nil then return fail(e) end; m.ro = not b
    elseif k == "required" then
      local b; b, e = bool(v, "required"); if b == nil then return fail(e) end; m.required = b
    elseif k == "mode" then m.mode, e = octal(v or "", "mode"); if not m.mode then return fail(e) end
    elseif k == "uid" then m.uid, e = int(v or "", "uid"); if not m.uid then return fail(e) end
    elseif k == "gid" then m.gid, e = int(v or "", "gid"); if not m.gid then return fail(e) end
    elseif k == "size" or k == "tmpfs-size" then m.size, e = size(v or ""); if not m.size then return fail(e) end
    else
      return fail(string.format("unknown field '%s'", k))
    end
  end
  if m.type == "secret" then
    if not m.id and m.target then m.id = m.target:match("([^/]+)/*$") end
    if not m.id then return fail("a secret mount needs id= or target=") end
    if not m.target and not m.env then m.target = "/run/secrets/" .. m.id end
  elseif not m.target then
    return fail("target= is required")
  end
  if m.type ~= "bind" and m.type ~= "cache" and m.from then
    return fail(string.format("from= does not apply to type=%s", m.type))
  end
  -- builder mount: bind is read-only unless rw; cache is read-write
  local out = {
    type = m.type, target = m.target, source = m.source, from = m.from, id = m.id,
    sharing = m.sharing, uid = m.uid, gid = m.gid, mode = m.mode, env = m.env,
    required = m.required or false, size = m.size,
  }
  if m.type == "bind" then out.rw = m.ro == false end
  if m.type == "cache" and m.from then
    return fail("cache mounts seeded from= another stage are not supported yet")
  end
  return out
end

return M
