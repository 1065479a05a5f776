-- strata: commands on stored images — import, images, run — and sandboxes.
local core = require("strata.core")
local args = require("strata.args")

local M = {}

local SPECS = {
  import = {
    usage = "strata import DIR|TAR -t NAME",
    about = "Make a one-layer image from a root filesystem: a directory, or a tar\n" ..
      "(plain or compressed). Its config sets a default PATH and, with --cmd, a Cmd.",
    { name = "tag", short = "t", arg = true, multi = true, metavar = "NAME", help = "name:tag for the image (repeatable)" },
    { name = "cmd", arg = true, metavar = "JSON", help = 'default command, e.g. \'["/bin/sh"]\'' },
    { name = "help", short = "h", help = "show this help" },
  },
  images = {
    usage = "strata images",
    about = "List the tagged images in the store.",
    { name = "quiet", short = "q", help = "only the digests" },
    { name = "help", short = "h", help = "show this help" },
  },
  run = {
    usage = "strata run [OPTIONS] IMAGE [COMMAND [ARG...]]",
    about = "Run a command in a throwaway container made from IMAGE: its Entrypoint\n" ..
      "and Cmd (COMMAND replaces the Cmd), Env, WorkingDir and User. Exits with\n" ..
      "the command's status.",
    { name = "entrypoint", arg = true, metavar = "CMD", help = "replace the image's entrypoint" },
    { name = "network", arg = true, metavar = "MODE", help = "default (its own, outbound only), none or host" },
    { name = "help", short = "h", help = "show this help" },
  },
  sandboxes = {
    usage = "strata sandboxes",
    about = "List the sandbox backends the loaded plugins offer, whether each works\n" ..
      "on this host, and why not when it does not.",
    { name = "help", short = "h", help = "show this help" },
  },
}

local function help(name)
  local s = SPECS[name]
  io.stdout:write("usage: ", s.usage, "\n\n", s.about, "\n\noptions:\n", args.help(s), "\n")
  return 0
end

local human = require("strata.fmt").human

local function import(session, o, pos)
  if #pos ~= 1 then return session:fail("import: give one DIR or TAR (see --help)") end
  if #o.tag == 0 then return session:fail("import: give the image a name with -t NAME") end
  local src = pos[1]
  local st, err = session:store()
  if not st then return session:fail(err) end
  local cmd
  if o.cmd then
    cmd = core.json_decode(o.cmd)
    if type(cmd) ~= "table" then return session:fail("import: --cmd must be a JSON array of strings") end
  end
  -- SOURCE_DATE_EPOCH, as for build: the image's time, and no file newer
  local epoch = tonumber(os.getenv("SOURCE_DATE_EPOCH") or "")
  epoch = epoch and math.floor(epoch) or nil
  local desc
  if core.isdir(src) then
    desc, err = core.layer_create(st, src, { source = "tree", clamp_mtime = epoch })
  else
    -- a tar: unpack it into the store's work space (straight from the file:
    -- the raw tar is no blob of the image, so it is not kept), write a
    -- normalised layer of it, and keep the tree as that layer's unpacked
    -- dir, so the first build on this base does not unpack it again (not
    -- when SOURCE_DATE_EPOCH clamped the layer's times: the tree has others)
    local tmp
    tmp, err = st:mkdtemp("import")
    if not tmp then return session:fail(err) end
    local ok
    ok, err = core.layer_apply(nil, src, tmp, "overlay")
    if ok then desc, err = core.layer_create(st, tmp, { source = "tree", clamp_mtime = epoch }) end
    if not desc or epoch or not core.layer_commit(st, tmp, desc.diffid) then core.rmtree(tmp) end
  end
  if not desc then return session:fail(string.format("import '%s': %s", src, err)) end
  local img = assert(core.image_new())
  if epoch then img:set_created(epoch) end
  assert(img:add_layer(desc, "strata import " .. src))
  local patch = { Env = core.array({ "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" }) }
  if cmd then patch.Cmd = core.array(cmd) end
  assert(img:patch(patch))
  local digest
  digest, err = img:save(st)
  img:close()
  if not digest then return session:fail(err) end
  for _, t in ipairs(o.tag) do
    local ok, terr = st:tag_set(t, digest)
    if not ok then return session:fail(terr) end
  end
  io.stdout:write(digest, "\n")
  return 0
end

local function images(session, o)
  local st, err = session:store()
  if not st then return session:fail(err) end
  local tags
  tags, err = st:tags()
  if not tags then return session:fail(err) end
  if o.quiet then
    for _, t in ipairs(tags) do io.stdout:write(t.digest, "\n") end
    return 0
  end
  io.stdout:write(string.format("%-40s %-19s %-21s %s\n", "NAME", "DIGEST", "CREATED", "SIZE"))
  for _, t in ipairs(tags) do
    local img = core.image_load(st, t.digest)
    local created, size = "?", 0
    if img then
      local doc = img:document()
      created = (doc.created or "?"):gsub("T", " "):gsub("Z$", ""):sub(1, 19)
      for _, l in ipairs(img:layers()) do size = size + l.size end
      img:close()
    end
    io.stdout:write(string.format("%-40s %-19s %-21s %s\n", t.name, t.digest:sub(8, 19), created, human(size)))
  end
  return 0
end

local function run(session, o, pos)
  if #pos < 1 then return session:fail("run: give an IMAGE (see --help)") end
  local st, err = session:store()
  if not st then return session:fail(err) end
  local p
  p, err = session:plugins()
  if not p then return session:fail(err) end
  
  local digest
  digest, err = core.resolve(st, p, pos[1])
  if not digest then return session:fail(err) end
  local ok, ierr = core.isolate()
  if not ok then return session:fail(ierr) end
  local cmd = #pos > 1 and table.move(pos, 2, #pos, 1, {}) or nil
  local status
  status, err = core.image_run(st, p, digest, {
    -- chosen by the core, probing only the configured candidates
    sandbox = session.sandbox_opt, sandboxes = session.cfg.sandbox,
    cmd = cmd,
    entrypoint = o.entrypoint and { o.entrypoint } or nil,
    network = o.network,
  })
  if not status then return session:fail(err) end
  return status
end

-- The first executable file called name in $PATH, or nil. (io.open tells a
-- readable file only; slirp4netns is installed readable by all.)
local function in_path(name)
  for dir in (os.getenv("PATH") or ""):gmatch("[^:]+") do
    local f = io.open(dir .. "/" .. name, "rb")
    if f then
      f:close()
      return dir .. "/" .. name
    end
  end
  return nil
end

local function sandboxes(session)
  local p, err = session:plugins()
  if not p then return session:fail(err) end
  local configured = {}
  for i, n in ipairs(session.cfg.sandbox) do configured[n] = i end
  local lerr = p:load_error()
  if lerr then io.stderr:write("strata: warning: ", lerr, "\n") end
  io.stdout:write(string.format("%-12s %-4s %s\n", "NAME", "OK", "DETAIL"))
  for _, sb in ipairs(p:sandboxes()) do
    local detail = sb.ok and sb.description or sb.why
    if configured[sb.name] then detail = detail .. string.format(" [config #%d]", configured[sb.name]) end
    io.stdout:write(string.format("%-12s %-4s %s\n", sb.name, sb.ok and "yes" or "no", detail))
  end
  -- what every backend needs for RUN's default network (README: Security)
  local slirp = in_path("slirp4netns")
  io.stdout:write("\nRUN's default network (its own, outbound only): ",
    slirp and ("slirp4netns at " .. slirp)
      or "slirp4netns not found in PATH: install it (Debian: slirp4netns), or build with --network=host or --network=none",
    "\n")
  return 0
end

local RUNNERS = { import = import, images = images, run = run, sandboxes = sandboxes }

function M.run(name, argv, session)
  local o, pos = args.parse(argv, SPECS[name], { stop_at_positional = name == "run" })
  if not o then return session:fail(name .. ": " .. pos) end
  if o.help then return help(name) end
  return RUNNERS[name](session, o, pos)
end

return M
