-- strata: images and registries — pull, push, tag, rmi, inspect, login, logout.
--
-- A reference names a transport by its scheme ("oci:DIR:TAG",
-- "docker-archive:FILE", "docker://host/name:tag"); a plain name
-- ("busybox", "localhost:5000/app:1") is a registry image, served by the
-- "docker" transport. The registries table of the config reaches that
-- transport through M.configure():
--
--   registries = {
--     ["localhost:5000"] = {
--       insecure = true,          -- plain HTTP
--       tls_verify = false,       -- HTTPS without checking the certificate
--       ca_file = "/etc/ca.pem",  -- a CA bundle to trust as well
--       mirrors = { "mirror:5000", "http://other:5001" }, -- pulls try these first
--       chunk_size = 8388608,     -- push blobs bigger than this in chunks of it
--     },
--     auth_file = "/path/config.json", -- instead of ~/.docker/config.json
--     retries = 3, timeout = 30, parallel = 4, -- attempts after a transient
--     -- failure; seconds to connect or to make progress; layer downloads at once
--   }
local core = require("strata.core")
local args = require("strata.args")

local M = {}

local HELP = { name = "help", short = "h", help = "show this help" }

local SPECS = {
  pull = {
    usage = "strata pull [OPTIONS] REF",
    about = "Fetch an image into the store: from a registry (busybox, host:5000/app:1,\n" ..
      "name@sha256:...), or through a transport (oci:DIR[:TAG], oci-archive:FILE,\n" ..
      "docker-archive:FILE[:NAME:TAG]). A registry image is tagged under its name.",
    { name = "tag", short = "t", arg = true, multi = true, metavar = "NAME", help = "also tag it NAME (repeatable)" },
    { name = "quiet", short = "q", help = "print only the digest" },
    HELP,
  },
  push = {
    usage = "strata push IMAGE [DEST]",
    about = "Send a stored image to a registry (DEST defaults to IMAGE's name) or\n" ..
      "through a transport (oci:DIR:TAG, oci-archive:FILE, docker-archive:FILE:NAME:TAG).",
    HELP,
  },
  tag = {
    usage = "strata tag SOURCE TARGET",
    about = "Give a stored image (a name or a sha256: digest) another name.",
    HELP,
  },
  rmi = {
    usage = "strata rmi NAME...",
    about = "Remove names from the store. The blobs stay (they may be shared).",
    HELP,
  },
  inspect = {
    usage = "strata inspect [OPTIONS] REF",
    about = "Print an image's manifest and config as JSON: a stored image, else the\n" ..
      "remote one (fetched into a temporary store, leaving yours alone).",
    { name = "remote", help = "ask the registry even when the store has the name" },
    HELP,
  },
  login = {
    usage = "strata login [OPTIONS] [SERVER]",
    about = "Save credentials for SERVER (default docker.io) in the auth file\n" ..
      "(~/.docker/config.json, or $DOCKER_CONFIG/config.json) under `auths`,\n" ..
      "where docker, podman and skopeo read them too. The registry is asked\n" ..
      "first (GET /v2/ with them); if it refuses, the file is left as it was.",
    { name = "username", short = "u", arg = true, metavar = "USER", help = "user name" },
    { name = "password", short = "p", arg = true, metavar = "PASS", help = "password (visible to ps: prefer --password-stdin)" },
    { name = "password-stdin", help = "read the password from stdin" },
    HELP,
  },
  logout = {
    usage = "strata logout [SERVER]",
    about = "Remove the saved credentials for SERVER (default docker.io).",
    HELP,
  },
}

local function help(name)
  local s = SPECS[name]
  local opts = args.help(s)
  io.stdout:write("usage: ", s.usage, "\n\n", s.about, "\n\noptions:\n", opts, "\n")
  return 0
end

-- --- shared with build.lua and cli.lua ------------------------------------

-- configure(plugins, cfg) -> true | nil, msg: hand the config's `registries`
-- to the docker transport. Without settings nothing is done, so a build that
-- pulls nothing does not load the transport plugins (and libcurl) for it.
function M.configure(p, cfg)
  local reg = {}
  for host, v in pairs(cfg.registries or {}) do
    if type(v) == "table" then
      local e = {}
      for k, x in pairs(v) do e[k] = x end
      if type(e.mirrors) == "table" then e.mirrors = core.array(e.mirrors) end
      reg[host] = e
    else
      reg[host] = v
    end
  end
  if next(reg) == nil then return true end
  local ok, err = p:configure("docker", core.json_encode(reg))
  if ok == nil and not err:match("no transport for") then return nil, "config: " .. err end
  return true
end

-- split(plugins, ref) -> scheme, rest. "oci:dir:t" -> "oci", "dir:t";
-- "docker://h/x" -> "docker", "h/x"; a plain name -> "docker", name. The
-- "docker" scheme needs its "//": "docker:24" is the docker image, tag 24.
function M.split(p, ref)
  local scheme, rest = ref:match("^([%w][%w%-%.+]*):(.*)$")
  if scheme then
    local known = false
    for _, t in ipairs(p:transports()) do
      if t.scheme == scheme then known = true end
    end
    if known and (scheme ~= "docker" or rest:sub(1, 2) == "//") then
      if rest:sub(1, 2) == "//" then rest = rest:sub(3) end
      return scheme, rest
    end
  end
  return "docker", ref
end

-- push_ref(session, st, digest, dest) -> true | nil, msg
function M.push_ref(session, st, digest, dest)
  local p, err = session:plugins()
  if not p then return nil, err end
  local scheme, rest = M.split(p, dest)
  return p:push(st, digest, scheme, rest)
end

-- The digest a local name (or digest) stands for.
local function lookup(st, name)
  if name:match("^sha256:%x+$") then
    if st:blob_size(name) and st:blob_size(name) >= 0 then return name end
    return nil, string.format("no image '%s' in the store", name)
  end
  if not core.tag_normalize(name) then return nil, string.format("invalid image name '%s'", name) end
  local d = st:tag_get(name)
  if not d then return nil, string.format("no image '%s' in the store", name) end
  return d
end

local function open_both(session)
  local st, err = session:store()
  if not st then return nil, nil, err end
  local p
  p, err = session:plugins()
  if not p then return nil, nil, err end
  return st, p
end

-- The store, the plugins, and the one REF of a command split by transport.
local function open_ref(session, name, pos)
  if #pos ~= 1 then return nil, string.format("%s: give one REF (see --help)", name) end
  local st, p, err = open_both(session)
  if not st then return nil, err end
  local scheme, rest = M.split(p, pos[1])
  return { st = st, p = p, ref = pos[1], scheme = scheme, rest = rest }
end

-- --- commands ---------------------------------------------------------------

local function pull(session, o, pos)
  local r, err = open_ref(session, "pull", pos)
  if not r then return session:fail(err) end
  local st, ref, scheme, rest = r.st, r.ref, r.scheme, r.rest
  local digest
  digest, err = r.p:pull(st, scheme, rest)
  if not digest then return session:fail(string.format("pull '%s': %s", ref, err)) end
  local names = {}
  if scheme == "docker" then names[1] = rest end
  for _, t in ipairs(o.tag) do names[#names + 1] = t end
  for _, n in ipairs(names) do
    local ok, terr = st:tag_set(n, digest)
    if not ok then return session:fail(terr) end
  end
  if not o.quiet then io.stderr:write("strata: pulled ", ref, "\n") end
  io.stdout:write(digest, "\n")
  return 0
end

local function push(session, o, pos)
  if #pos < 1 or #pos > 2 then return session:fail("push: give IMAGE [DEST] (see --help)") end
  local st, p, err = open_both(session)
  if not st then return session:fail(err) end
  local digest
  digest, err = lookup(st, pos[1])
  if not digest then return session:fail("push: " .. err) end
  local dest = pos[2] or pos[1]
  local ok
  ok, err = M.push_ref(session, st, digest, dest)
  if not ok then return session:fail(string.format("push '%s': %s", dest, err)) end
  io.stderr:write("strata: pushed ", dest, "\n")
  io.stdout:write(digest, "\n")
  return 0
end

local function tag(session, o, pos)
  if #pos ~= 2 then return session:fail("tag: give SOURCE and TARGET (see --help)") end
  local st, err = session:store()
  if not st then return session:fail(err) end
  local digest
  digest, err = lookup(st, pos[1])
  if not digest then return session:fail("tag: " .. err) end
  local ok
  ok, err = st:tag_set(pos[2], digest)
  if not ok then return session:fail("tag: " .. err) end
  return 0
end

local function rmi(session, o, pos)
  if #pos == 0 then return session:fail("rmi: give at least one NAME (see --help)") end
  local st, err = session:store()
  if not st then return session:fail(err) end
  local status = 0
  for _, name in ipairs(pos) do
    local ok, rerr = st:tag_remove(name)
    if ok then
      io.stdout:write("Untagged: ", core.tag_normalize(name) or name, "\n")
    else
      session:fail("rmi: " .. rerr)
      status = 1
    end
  end
  return status
end

-- The manifest at digest, and the image's config document.
local function describe(st, name, digest)
  local bytes, err = st:read_blob(digest)
  if not bytes then return nil, err end
  local manifest = core.json_decode(bytes)
  local img
  img, err = core.image_load(st, digest)
  if not img then return nil, err end
  local out = { Name = name, Digest = digest, Manifest = manifest, Config = img:document() }
  img:close()
  return out
end

local function inspect(session, o, pos)
  local r, err = open_ref(session, "inspect", pos)
  if not r then return session:fail(err) end
  local st, p, ref, scheme, rest = r.st, r.p, r.ref, r.scheme, r.rest
  local digest = not o.remote and scheme == "docker" and lookup(st, ref)
  local out
  if digest then
    out, err = describe(st, ref, digest)
  else
    -- a throwaway store: inspecting must not fill the user's
    local dir
    dir, err = core.mkdtemp("strata-inspect")
    if not dir then return session:fail(err) end
    local tmp
    tmp, err = core.store_open(dir .. "/store")
    if tmp then
      -- the manifest and config only, where the transport can
      digest, err = p:pull(tmp, scheme, rest, true)
      if digest then out, err = describe(tmp, ref, digest) end
      tmp:close()
    end
    core.rmtree(dir)
  end
  if not out then return session:fail(string.format("inspect '%s': %s", ref, err)) end
  io.stdout:write(core.json_encode(out, true), "\n")
  return 0
end

-- --- the auth file ----------------------------------------------------------

local function auth_file(session)
  local reg = session.cfg.registries or {}
  if type(reg.auth_file) == "string" then return reg.auth_file end
  local env = os.getenv("REGISTRY_AUTH_FILE")
  if env and env ~= "" then return env end
  env = os.getenv("DOCKER_CONFIG")
  if env and env ~= "" then return env .. "/config.json" end
  return (os.getenv("HOME") or "/root") .. "/.docker/config.json"
end

-- The `auths` key docker uses for a server.
local function server_key(server)
  server = server:gsub("^https?://", ""):gsub("/.*$", "")
  if server == "docker.io" or server == "index.docker.io" or server == "registry-1.docker.io" then
    return "https://index.docker.io/v1/", "docker.io"
  end
  return server, server
end

local function read_auth(path)
  local f = io.open(path, "r")
  if not f then return {} end
  local text = f:read("a")
  f:close()
  if text:match("^%s*$") then return {} end
  local doc, err = core.json_decode(text)
  if type(doc) ~= "table" then return nil, string.format("auth file '%s': %s", path, err or "not an object") end
  return doc
end

-- Write doc to path: created 0600 (it holds passwords), renamed into place.
local function write_auth(path, doc)
  return core.auth_file_write(path, core.json_encode(doc, true) .. "\n")
end

local function login(session, o, pos)
  if #pos > 1 then return session:fail("login: give at most one SERVER (see --help)") end
  local key, host = server_key(pos[1] or "docker.io")
  local user, pass = o.username, o.password
  if o.password_stdin then
    if pass then return session:fail("login: --password and --password-stdin exclude each other") end
    pass = io.stdin:read("l")
  end
  if not user or user == "" then return session:fail("login: give a user name with -u USER") end
  if not pass or pass == "" then return session:fail("login: give a password with -p or --password-stdin") end
  local path = auth_file(session)
  local doc, err = read_auth(path)
  if not doc then return session:fail("login: " .. err) end
  local f = io.open(path, "r")
  local original = f and f:read("a")
  if f then f:close() end
  if type(doc.auths) ~= "table" then doc.auths = {} end
  doc.auths[key] = { auth = core.base64(user .. ":" .. pass) }
  local helper = type(doc.credHelpers) == "table" and doc.credHelpers[host]
  local ok
  ok, err = write_auth(path, doc)
  if not ok then return session:fail(string.format("login: write '%s': %s", path, err)) end
  if helper then
    io.stderr:write(string.format("warning: credHelpers names 'docker-credential-%s' for %s; it is asked first\n", helper, host))
  end
  -- ask the registry, as docker login does (the transport reads the file
  -- just written); refused or unreached, the file is as it was
  local p, checked
  p, err = session:plugins()
  if p then checked, err = p:check("docker", host) end
  if checked == nil then
    if original then core.auth_file_write(path, original) else os.remove(path) end
    return session:fail(string.format("login %s: %s", host, err))
  end
  if checked then
    io.stderr:write(string.format("strata: logged in to %s; credentials saved in %s\n", host, path))
  else
    io.stderr:write(string.format("strata: credentials for %s saved in %s (checked on the next pull or push)\n", host, path))
  end
  return 0
end

local function logout(session, o, pos)
  if #pos > 1 then return session:fail("logout: give at most one SERVER (see --help)") end
  local key, host = server_key(pos[1] or "docker.io")
  local path = auth_file(session)
  local doc, err = read_auth(path)
  if not doc then return session:fail("logout: " .. err) end
  local found = false
  for k in pairs(type(doc.auths) == "table" and doc.auths or {}) do
    local _, h = server_key(k)
    if k == key or h == host then doc.auths[k] = nil; found = true end
  end
  if not found then return session:fail(string.format("logout: not logged in to %s (in %s)", host, path)) end
  local ok
  ok, err = write_auth(path, doc)
  if not ok then return session:fail(string.format("logout: write '%s': %s", path, err)) end
  io.stderr:write("strata: removed the credentials for ", host, "\n")
  return 0
end

local RUNNERS = {
  pull = pull, push = push, tag = tag, rmi = rmi, inspect = inspect, login = login, logout = logout,
}

function M.run(name, argv, session)
  local o, pos = args.parse(argv, SPECS[name])
  if not o then return session:fail(name .. ": " .. pos) end
  if o.help then return help(name) end
  return RUNNERS[name](session, o, pos)
end

return M
