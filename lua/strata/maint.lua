-- strata: looking after the store — `strata du`, `strata prune`, `strata fsck`.
local args = require("strata.args")

local M = {}

local SPECS = {
  du = {
    usage = "strata du",
    about = "Show what the store holds: image blobs (and how much of them only the\n" ..
      "build cache or nothing at all reaches), unpacked layers, cache mounts, temp.",
    { name = "help", short = "h", help = "show this help" },
  },
  prune = {
    usage = "strata prune [--keep-storage SIZE] [--all]",
    about = "Remove build cache and everything nothing uses. Policy:\n" ..
      "  - tagged images are never removed (use `strata rmi`);\n" ..
      "  - build cache records are removed oldest first, all of them unless\n" ..
      "    --keep-storage SIZE keeps the newest ones whose own blobs fit in SIZE;\n" ..
      "  - then every blob and unpacked layer that no tag and no remaining record\n" ..
      "    reaches, and the temp space;\n" ..
      "  - --all also empties RUN --mount=type=cache dirs and the records that\n" ..
      "    explain cache misses.\n" ..
      "It needs the store to itself: it refuses while a build is running.",
    { name = "keep-storage", arg = true, metavar = "SIZE", help = "keep this much build cache (e.g. 500MB, 2GB)" },
    { name = "all", help = "also cache mounts and miss records" },
    { name = "help", short = "h", help = "show this help" },
  },
  fsck = {
    usage = "strata fsck [--repair]",
    about = "Check the store: every tag reaches a manifest whose config and layers\n" ..
      "are present and hash to their digests, every blob hashes to its name,\n" ..
      "unpacked layers carry their completion marker, cache records reach whole\n" ..
      "images, and nothing half-written (temp files, trash, mounts) is left.\n" ..
      "Each problem is one line on stderr: the path and the cause.\n" ..
      "Opening an idle store sweeps what interrupted runs left in tmp/ and trash/\n" ..
      "(every command does), so fsck reports only what such a sweep cannot fix.\n" ..
      "--repair removes what is broken, so the next build or pull remakes it.\n" ..
      "Exit status: 0 when no problem is left, 1 otherwise. Like prune, it\n" ..
      "refuses while another strata process uses the store.",
    { name = "repair", help = "remove what is broken" },
    { name = "help", short = "h", help = "show this help" },
  },
}

local human = require("strata.fmt").human

-- "500MB", "2g", "1024" -> bytes (decimal units, as docker's --keep-storage)
local function parse_size(s)
  local num, unit = s:lower():match("^%s*([%d%.]+)%s*([kmgt]?)i?b?%s*$")
  num = tonumber(num)
  if not num then return nil end
  local mult = ({ [""] = 1, k = 1e3, m = 1e6, g = 1e9, t = 1e12 })[unit]
  return math.floor(num * mult)
end

local function du(session)
  local st, err = session:store()
  if not st then return session:fail(err) end
  local u
  u, err = st:usage()
  if not u then return session:fail(err) end
  local rows = {
    { "image blobs", u.blobs, string.format("%d blobs, %d tags", u.nblobs, u.ntags) },
    { "  only build cache", u.cache, string.format("%d cache records", u.nrecords) },
    { "  unused", u.blobs_unused, "removed by prune" },
    { "unpacked layers", u.layers, "" },
    { "  unused", u.layers_unused, "removed by prune" },
    { "cache mounts", u.cache_mounts, "removed by prune --all" },
    { "temp", u.tmp, "removed by prune" },
  }
  io.stdout:write(string.format("%-20s %10s  %s\n", "KIND", "SIZE", ""))
  for _, r in ipairs(rows) do
    io.stdout:write(string.format("%-20s %10s  %s\n", r[1], human(r[2]), r[3]))
  end
  return 0
end

local function prune(session, o)
  local keep
  if o.keep_storage then
    keep = parse_size(o.keep_storage)
    if not keep then return session:fail(string.format("prune: bad size '%s' (e.g. 500MB)", o.keep_storage)) end
  end
  local st, err = session:store()
  if not st then return session:fail(err) end
  local freed
  freed, err = st:prune({ keep_storage = keep, all = o.all })
  if not freed then return session:fail(err) end
  io.stdout:write("freed ", human(freed), "\n")
  return 0
end

local function fsck(session, o)
  local st, err = session:store()
  if not st then return session:fail(err) end
  local found, left = st:fsck({ repair = o.repair })
  if not found then return session:fail("fsck: " .. left) end
  for _, p in ipairs(found) do
    io.stderr:write(string.format("strata: fsck: '%s': %s%s\n", p.path, p.cause,
      p.repaired and " (removed)" or ""))
  end
  if #found == 0 then
    io.stdout:write("fsck: the store is clean\n")
  else
    io.stdout:write(string.format("fsck: %d problems, %d repaired\n", #found, #found - left))
  end
  return left == 0 and 0 or 1
end

function M.run(name, argv, session)
  local spec = SPECS[name]
  local o, pos = args.parse(argv, spec)
  if not o then return session:fail(name .. ": " .. pos) end
  if o.help then
    io.stdout:write("usage: ", spec.usage, "\n\n", spec.about, "\n\noptions:\n", args.help(spec), "\n")
    return 0
  end
  if #pos > 0 then return session:fail(name .. ": unexpected argument '" .. pos[1] .. "'") end
  if name == "du" then return du(session) end
  if name == "fsck" then return fsck(session, o) end
  return prune(session, o)
end

return M
