-- strata: the API frontends build with.
--
-- A frontend gets a builder `b` and only describes: every call adds a node to
-- the build graph, carrying its source location (info.where), and returns a
-- new immutable State. Nothing runs until the CLI solves the target. Misuse
-- (a bad argument) raises an error; lookups that can fail for operational
-- reasons (image_config, read_context) return nil, message.
--
--   local s = b.from("busybox:local", info)        -- or b.scratch(info)
--   s = s:run({ argv = {...}, env = {...}, cwd = "/", user = "app",
--               network = "default", mounts = { { type = "cache", target = "/root/.cache",
--               id = "pip", sharing = "locked" }, { type = "bind", from = other_state,
--               source = "/src", target = "/src" }, { type = "secret", id = "tok",
--               target = "/run/secrets/tok", env = "TOK" }, { type = "tmpfs", target = "/t" } } },
--             info)
--   s = s:copy({ sources = {"a", "b/*"}, dest = "/app/", from = other_state,
--                chown = "app:app", chmod = 493, excludes = {...} }, info)
--   s = s:mkdir("/app", { mode = 493, chown = "app" }, info)
--   s = s:config({ Env = b.array{...}, Cmd = b.null }, info)
--   local f = b.inline({ { path = "EOF", data = "text", mode = 420 } }, info)
--   local u = b.fetch("https://…/x.tgz", "x.tgz", "sha256:…" or nil, info)
--   s = s:copy({ from = u, sources = {"x.tgz"}, dest = "/opt/", unpack = false }, info)
--
-- info = { where = "Dockerfile:4", stage = "builder", desc = "RUN make",
--          step = 2, steps = 4 }
--
-- b.platform = { os = "linux", arch = "amd64", variant = nil }: the host's
-- platform, which is both the build and the target platform (strata does
-- not cross-build).
local core = require("strata.core")

local M = {}

local State = {}
State.__index = State

local function wrap(builder, node, parent)
  return setmetatable({ node = node, builder = builder, parent = parent }, State)
end

local function check(node, msg)
  if not node then error(msg, 3) end
  return node
end

function State:run(args, info)
  assert(type(args) == "table", "run: args must be a table")
  local a = args
  if args.mounts then
    -- mounts from another state carry its node
    a = {}
    for k, v in pairs(args) do a[k] = v end
    a.mounts = {}
    for i, m in ipairs(args.mounts) do
      local mm = {}
      for k, v in pairs(m) do mm[k] = v end
      if getmetatable(m.from) == State then mm.from = m.from.node end
      a.mounts[i] = mm
    end
  end
  local g = self.builder.graph
  return wrap(self.builder, check(g:run(self.node, a, info)), self)
end

function State:copy(args, info)
  assert(type(args) == "table", "copy: args must be a table")
  local a = {}
  for k, v in pairs(args) do a[k] = v end
  if getmetatable(args.from) == State then a.from = args.from.node end
  local g = self.builder.graph
  return wrap(self.builder, check(g:copy(self.node, a, info)), self)
end

function State:mkdir(path, opts, info)
  opts = opts or {}
  local g = self.builder.graph
  return wrap(self.builder, check(g:mkdir(self.node, path, opts.mode or 493, opts.chown, info)), self)
end

function State:config(patch, info)
  assert(type(patch) == "table", "config: patch must be a table")
  local g = self.builder.graph
  return wrap(self.builder, check(g:config(self.node, patch, info)), self)
end

-- Top-level image fields: author, comment (MAINTAINER).
function State:document(patch, info)
  assert(type(patch) == "table", "document: patch must be a table")
  local g = self.builder.graph
  return wrap(self.builder, check(g:document(self.node, patch, info)), self)
end

function M.is_state(v) return getmetatable(v) == State end

-- new{graph=, store=, plugins=, context=, warn=fn} -> builder
function M.new(o)
  local b = { graph = o.graph, array = core.array, null = core.null, warnings = {}, extra_targets = {},
              skipped = {} }
  local resolved = {}

  -- the platform core stamps on a new image is this host's
  do
    local img = assert(core.image_new())
    local doc = img:document()
    img:close()
    b.platform = { os = doc.os, arch = doc.architecture, variant = doc.variant }
  end

  function b.from(ref, info)
    assert(type(ref) == "string", "from: image reference must be a string")
    return wrap(b, check(o.graph:from(ref, info)))
  end

  function b.scratch(info)
    return wrap(b, check(o.graph:scratch(info)))
  end

  -- A state holding just these files ({ {path=, data=, mode=}, ... }), to
  -- copy from (heredocs: COPY <<EOF /dest).
  function b.inline(files, info)
    assert(type(files) == "table", "inline: files must be a table")
    return wrap(b, check(o.graph:inline(files, info)))
  end

  -- A state holding one file, name, downloaded from url (ADD <url>); with a
  -- checksum ("sha256:…") the download must match it.
  function b.fetch(url, name, checksum, info)
    return wrap(b, check(o.graph:fetch(url, name, checksum, info)))
  end

  -- The config document of an image (resolving — pulling — it when needed),
  -- for frontends that expand variables against a base image's Env.
  function b.image_config(ref)
    if resolved[ref] then return resolved[ref] end
    local digest, err = core.resolve(o.store, o.plugins, ref)
    if not digest then return nil, err end
    local img, lerr = core.image_load(o.store, digest)
    if not img then return nil, lerr end
    local doc = img:document()
    img:close()
    resolved[ref] = doc
    return doc
  end

  -- A file of the build context, read inside it (never outside).
  function b.read_context(path)
    if not o.context then return nil, "no build context" end
    return core.read_in_root(o.context, path)
  end

  -- A stage the target does not need (listed in the progress output).
  function b.skip(name)
    b.skipped[#b.skipped + 1] = name
  end

  -- MAINTAINER: the image's author.
  function b.set_author(state, author, info)
    return state:document({ author = author }, info)
  end

  -- Build this state too, alongside the target (--all-stages).
  function b.also(state)
    assert(M.is_state(state), "also: expected a state")
    b.extra_targets[#b.extra_targets + 1] = state
  end

  function b.warn(msg)
    b.warnings[#b.warnings + 1] = msg
    if o.warn then o.warn(msg) end
  end

  b.json_encode = core.json_encode
  b.json_decode = core.json_decode
  return b
end

return M
