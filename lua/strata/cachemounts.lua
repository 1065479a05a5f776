-- strata: `strata cache-mounts` — list, export and import the contents of
-- RUN --mount=type=cache dirs, to move them between machines (CI runners,
-- a laptop and a build farm). BuildKit has been asked for this since 2020
-- (moby/buildkit#1474).
--
-- An export is a gzipped tar of the store's cache-mounts/ dir, made and read
-- with the layer code (owners, modes, links kept; no path leaves the dir on
-- import). Import merges into what is there.
local core = require("strata.core")
local args = require("strata.args")

local M = {}

local SPEC = {
  { name = "help", short = "h", help = "show this help" },
}

local USAGE = [[
usage: strata cache-mounts ls
       strata cache-mounts export FILE
       strata cache-mounts import FILE

List the cache mounts in the store (RUN --mount=type=cache), write all of
them to FILE (a .tar.gz), or merge such a file into this store's. A build on
another machine then starts with warm caches (compilers, package managers).
]]

local human = require("strata.fmt").human

local function copy_file(from, to)
  local src, err = io.open(from, "rb")
  if not src then return nil, err end
  local dst
  dst, err = io.open(to, "wb")
  if not dst then src:close(); return nil, err end
  while true do
    local chunk = src:read(1 << 20)
    if not chunk then break end
    local ok, werr = dst:write(chunk)
    if not ok then src:close(); dst:close(); return nil, werr end
  end
  src:close()
  local ok, cerr = dst:close()
  if not ok then return nil, cerr end
  return true
end

local function ls(session, st)
  local dir = st:path("cache_mounts")
  io.stdout:write(string.format("%-40s %s\n", "ID", "HEX"))
  local names = core.list_dir(dir) or {}
  table.sort(names)
  for _, name in ipairs(names) do
    local hex = name:match("^(%x+)%.id$")
    if hex then
      local f = io.open(st:path("cache_mounts", name), "r")
      local id = f and f:read("a") or "?"
      if f then f:close() end
      io.stdout:write(string.format("%-40s %s\n", id, hex:sub(1, 12)))
    end
  end
  return 0
end

local function export(session, st, file)
  local dir = st:path("cache_mounts")
  if not core.isdir(dir) then return session:fail("cache-mounts: there are no cache mounts to export") end
  local desc, err = core.layer_create(st, dir, { source = "tree" })
  if not desc then return session:fail("cache-mounts export: " .. err) end
  local blob
  blob, err = st:blob_path(desc.digest)
  if not blob then return session:fail(err) end
  local ok, cerr = copy_file(blob, file)
  if not ok then return session:fail(string.format("cache-mounts export: write '%s': %s", file, cerr)) end
  io.stdout:write(string.format("exported %s of cache mounts to %s\n", human(desc.size), file))
  return 0
end

local function import(session, st, file)
  -- read where it is: the archive is no blob of any image, so not kept
  local dir = st:path("cache_mounts")
  local tmp, err = st:mkdtemp("cache-import")
  if not tmp then return session:fail(err) end
  -- unpack beside first: a bad archive leaves the caches as they were
  local ok
  ok, err = core.layer_apply(nil, file, tmp, "merge")
  core.rmtree(tmp)
  if ok then ok, err = core.mkdir_p(dir) end
  if ok then ok, err = core.layer_apply(nil, file, dir, "merge") end
  if not ok then return session:fail(string.format("cache-mounts import '%s': %s", file, err)) end
  io.stdout:write(string.format("imported cache mounts from %s\n", file))
  return 0
end

function M.run(_, argv, session)
  local o, pos = args.parse(argv, SPEC)
  if not o then return session:fail("cache-mounts: " .. pos) end
  if o.help or #pos == 0 then
    io.stdout:write(USAGE)
    return o.help and 0 or 2
  end
  local st, err = session:store()
  if not st then return session:fail(err) end
  local sub = pos[1]
  if sub == "ls" and #pos == 1 then return ls(session, st) end
  if sub == "export" and #pos == 2 then return export(session, st, pos[2]) end
  if sub == "import" and #pos == 2 then return import(session, st, pos[2]) end
  return session:fail("cache-mounts: expected ls, export FILE or import FILE (see --help)")
end

return M
