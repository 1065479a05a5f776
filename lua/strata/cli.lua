-- strata: the command line. main(argv, paths) -> exit status.
--
-- Global options come before the command (`strata --root DIR build .`); each
-- command parses its own. Commands live in their own modules and receive a
-- session: the config, the paths, and the store and plugins opened on first
-- use.
local core = require("strata.core")
local args = require("strata.args")
local config = require("strata.config")

local M = {}

local GLOBAL = {
  { name = "root", arg = true, metavar = "DIR", help = "the store (default /var/lib/strata)" },
  { name = "sandbox", arg = true, metavar = "NAME", help = "sandbox backend for RUN" },
  { name = "help", short = "h", help = "show this help" },
  { name = "version", help = "print the version" },
}

M.commands = {
  { name = "build", module = "strata.build", summary = "build an image from a Dockerfile or a DSL" },
  { name = "import", module = "strata.images", summary = "make an image from a rootfs dir or tar" },
  { name = "images", module = "strata.images", summary = "list the images in the store" },
  { name = "run", module = "strata.images", summary = "run a command in a new container from an image" },
  { name = "sandboxes", module = "strata.images", summary = "list the sandbox backends and whether they work here" },
  { name = "dockerfile", module = "strata.build", summary = "Dockerfile tools: `strata dockerfile parse FILE`" },
  { name = "pull", module = "strata.registry", summary = "fetch an image from a registry or a transport" },
  { name = "push", module = "strata.registry", summary = "send a stored image to a registry or a transport" },
  { name = "tag", module = "strata.registry", summary = "give a stored image another name" },
  { name = "rmi", module = "strata.registry", summary = "remove image names from the store" },
  { name = "inspect", module = "strata.registry", summary = "print an image's manifest and config (local or remote)" },
  { name = "login", module = "strata.registry", summary = "save credentials for a registry" },
  { name = "logout", module = "strata.registry", summary = "remove saved credentials for a registry" },
  { name = "du", module = "strata.maint", summary = "show what the store holds" },
  { name = "cache-mounts", module = "strata.cachemounts", summary = "list, export and import RUN cache mounts" },
  { name = "prune", module = "strata.maint", summary = "remove build cache and unused data (see --help for the policy)" },
  { name = "fsck", module = "strata.maint", summary = "check the store (and --repair it)" },
}

local function usage()
  local lines = {
    "usage: strata [--root DIR] [--sandbox NAME] COMMAND [OPTIONS] [ARGS]",
    "",
    "strata builds OCI container images, without a daemon.",
    "",
    "commands:",
  }
  for _, c in ipairs(M.commands) do
    lines[#lines + 1] = string.format("  %-12s %s", c.name, c.summary)
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "global options:"
  lines[#lines + 1] = args.help(GLOBAL)
  lines[#lines + 1] = ""
  lines[#lines + 1] = "`strata COMMAND --help` tells more about a command."
  return table.concat(lines, "\n") .. "\n"
end

-- A session: what every command needs, opened lazily.
local Session = {}
Session.__index = Session

function Session:fail(msg)
  io.stderr:write("strata: ", msg, "\n")
  return 1
end

function Session:store()
  if self._store then return self._store end
  local st, err = core.store_open(self.root)
  if not st then return nil, err end
  self._store = st
  return st
end

function Session:plugins()
  if self._plugins then return self._plugins end
  local p = assert(core.plugins_new())
  local dirs = {}
  for _, d in ipairs(self.cfg.plugin_path) do dirs[#dirs + 1] = d end
  dirs[#dirs + 1] = self.paths.plugin_dir
  for _, d in ipairs(dirs) do
    local ok, err = p:add_dir(d)
    if not ok then return nil, err end
  end
  local ok, err = require("strata.registry").configure(p, self.cfg)
  if not ok then return nil, err end
  self._plugins = p
  return p
end

function Session:frontend_dirs()
  return { self.paths.share_dir .. "/frontends" }
end

function M.main(argv, paths)
  local cfg, cerr = config.load()
  if not cfg then
    io.stderr:write("strata: ", cerr, "\n")
    return 1
  end
  -- global options stop at the command name
  local gargs, rest = args.parse(argv, GLOBAL, { stop_at_positional = true })
  if not gargs then
    io.stderr:write("strata: ", rest, "\n", usage())
    return 2
  end
  if gargs.version then
    io.stdout:write("strata ", core.version, "\n")
    return 0
  end
  local name = rest[1]
  if gargs.help or not name or name == "help" then
    if name == "help" and rest[2] then name = rest[2]; rest = { name, "--help" }
    else
      io.stdout:write(usage())
      return (gargs.help or name == "help") and 0 or 2
    end
  end
  local cmd
  for _, c in ipairs(M.commands) do
    if c.name == name then cmd = c end
  end
  if not cmd then
    io.stderr:write(string.format("strata: unknown command '%s'\n\n", name), usage())
    return 2
  end
  local session = setmetatable({
    cfg = cfg,
    paths = paths,
    root = gargs.root or os.getenv("STRATA_ROOT") or cfg.root,
    sandbox_opt = gargs.sandbox,
  }, Session)
  local mod = require(cmd.module)
  local cmdargs = table.move(rest, 2, #rest, 1, {})
  local status = mod.run(name, cmdargs, session)
  if session._store then session._store:close() end
  return status
end

return M
