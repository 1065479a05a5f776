-- strata: configuration.
--
-- Lua files read in order — /etc/strata/config.lua, then
-- $XDG_CONFIG_HOME/strata/config.lua (default ~/.config) — then the command
-- line. A config file assigns globals:
--
--   root = "/var/lib/strata"          -- the store
--   sandbox = { "namespaces", "chroot" } -- a backend, or an ordered fallback list
--   plugin_path = { "/usr/local/lib/strata/plugins" } -- searched before the built-in dir
--   jobs = 4                          -- parallel ops (default: the number of cores)
--   registries = { ["localhost:5000"] = { insecure = true, mirrors = { ... } } }
--
-- Config files are the site's and the user's own, so they run with the
-- standard library; frontends never do.
local M = {}

M.defaults = {
  root = "/var/lib/strata",
  sandbox = { "namespaces" },
  plugin_path = {},
  jobs = 0,
  registries = {},
}

local function copy(t)
  local r = {}
  for k, v in pairs(t) do r[k] = type(v) == "table" and copy(v) or v end
  return r
end

-- load_file(path, into) -> true | nil, message (a missing file is fine)
function M.load_file(path, into)
  local f = io.open(path, "r")
  if not f then return true end
  local text = f:read("a")
  f:close()
  local env = setmetatable({}, { __index = _G })
  local chunk, err = load(text, "@" .. path, "t", env)
  if not chunk then return nil, err end
  local ok, e = pcall(chunk)
  if not ok then return nil, tostring(e) end
  for k in pairs(M.defaults) do
    if rawget(env, k) ~= nil then into[k] = rawget(env, k) end
  end
  return true
end

-- files() -> the config files, in reading order
function M.files()
  local files = { os.getenv("STRATA_SYSTEM_CONFIG") or "/etc/strata/config.lua" }
  local xdg = os.getenv("XDG_CONFIG_HOME")
  if not xdg or xdg == "" then
    local home = os.getenv("HOME")
    xdg = home and (home .. "/.config") or nil
  end
  if xdg then files[#files + 1] = xdg .. "/strata/config.lua" end
  return files
end

-- load() -> config | nil, message
function M.load()
  local cfg = copy(M.defaults)
  for _, path in ipairs(M.files()) do
    local ok, err = M.load_file(path, cfg)
    if not ok then return nil, "config: " .. err end
  end
  if type(cfg.sandbox) == "string" then cfg.sandbox = { cfg.sandbox } end
  if type(cfg.plugin_path) == "string" then cfg.plugin_path = { cfg.plugin_path } end
  return cfg
end

return M
