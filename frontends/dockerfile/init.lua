-- strata: the Dockerfile frontend.
--
-- Parses the Dockerfile (dockerfile.parser), splits it into stages, and
-- describes the stages the target needs through the builder `b` it is given
-- (see lua/strata/api.lua). It tracks each stage's image config itself — as
-- BuildKit's dockerfile2llb does — so it can expand variables against the
-- base image's Env and hand RUN its exact environment; every change it makes
-- to the config is also recorded in the graph as a config op, so the solver's
-- image and this frontend's view never differ.
--
-- Instructions dispatch through the table `dispatch`, keyed by lowercase name.
local parser = require("dockerfile.parser")
local shell = require("dockerfile.shell")
local flags = require("dockerfile.flags")

local M = {}

local DEFAULT_SHELL = { "/bin/sh", "-c" }
local DEFAULT_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

-- A frontend error: carries the node so the message names file:line.
local function fail(ctx, node, fmt, ...)
  error({ strata_frontend_error = true, line = node and node.start_line, message = string.format(fmt, ...) }, 0)
end

-- Typed flag values, or a located error.
local function flag_values(ctx, node, spec)
  local f, err = flags.parse(node, spec, { file = ctx.file })
  if not f then
    error({ strata_frontend_error = true, line = err.line or node.start_line, col = err.col,
            len = err.len, message = err.message }, 0)
  end
  return f
end

local function copy_list(t)
  local r = {}
  for i, v in ipairs(t or {}) do r[i] = v end
  return r
end

local function deep_copy(v)
  if type(v) ~= "table" then return v end
  local r = {}
  for k, x in pairs(v) do r[k] = deep_copy(x) end
  return setmetatable(r, getmetatable(v))
end

-- Env list ("K=V") <-> lookups
local function env_get(list, key)
  for _, kv in ipairs(list) do
    local k, v = kv:match("^([^=]*)=(.*)$")
    if k == key then return v end
  end
end

local function env_set(list, key, value)
  local r = {}
  local done = false
  for _, kv in ipairs(list) do
    local k = kv:match("^([^=]*)=")
    if k == key then
      if not done then r[#r + 1] = key .. "=" .. value; done = true end
    else
      r[#r + 1] = kv
    end
  end
  if not done then r[#r + 1] = key .. "=" .. value end
  return r
end

-- The variables visible to expansion and to RUN: the image's Env, then the
-- stage's ARGs (which Env overrides, as in docker).
local function expansion_env(st)
  local env = {}
  for name, value in pairs(st.args) do env[name] = value end
  for _, kv in ipairs(st.config.Env or {}) do
    local k, v = kv:match("^([^=]*)=(.*)$")
    if k then env[k] = v end
  end
  return env
end

local function expand(ctx, st, node, word)
  local v, err = shell.process_word(word, expansion_env(st), { escape = ctx.escape })
  if v == nil then fail(ctx, node, "%s", err) end
  return v
end

local function where(ctx, node) return string.format("%s:%d", ctx.file, node.start_line) end

local function info(ctx, st, node)
  st.step = st.step + 1
  return {
    where = where(ctx, node),
    stage = st.display,
    desc = node.original,
    step = st.step,
    steps = st.steps,
  }
end

-- Record a config change: in our view, and as a graph op.
local function set_config(ctx, st, node, patch)
  for k, v in pairs(patch) do
    if v == ctx.b.null then st.config[k] = nil else st.config[k] = deep_copy(v) end
  end
  st.state = st.state:config(patch, info(ctx, st, node))
end

-- shell form -> Shell + {text}; exec form -> args
local function command(ctx, st, node)
  if node.json then return copy_list(node.args) end
  local argv = copy_list(st.config.Shell or DEFAULT_SHELL)
  argv[#argv + 1] = node.args[1]
  return argv
end

local function run_env(st)
  local env = copy_list(st.config.Env or {})
  if not env_get(env, "PATH") then table.insert(env, 1, DEFAULT_PATH) end
  -- ARGs in scope are in RUN's environment, but not in the image
  local names = {}
  for name in pairs(st.args) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    if env_get(st.config.Env or {}, name) == nil and st.args[name] ~= nil then
      env[#env + 1] = name .. "=" .. st.args[name]
    end
  end
  return env
end

local function join_path(base, p)
  if p:sub(1, 1) == "/" then return p end
  if base == "" or base == nil then base = "/" end
  if base:sub(-1) ~= "/" then base = base .. "/" end
  return base .. p
end

local dispatch = {}

function dispatch.run(ctx, st, node)
  local f = flag_values(ctx, node, { network = "string", mount = "list", security = "string" })
  if f.mount and #f.mount > 0 then fail(ctx, node, "RUN --mount is not supported yet") end
  if f.security then fail(ctx, node, "RUN --security is not supported yet") end
  local network = f.network or ctx.network
  if network and network ~= "default" and network ~= "none" and network ~= "host" then
    fail(ctx, node, "RUN --network=%s: expected default, none or host", network)
  end
  if node.heredocs and #node.heredocs > 0 then fail(ctx, node, "RUN with a heredoc is not supported yet") end
  st.state = st.state:run({
    argv = command(ctx, st, node),
    env = run_env(st),
    cwd = st.config.WorkingDir ~= "" and st.config.WorkingDir or "/",
    user = st.config.User,
    network = network,
  }, info(ctx, st, node))
end

function dispatch.copy(ctx, st, node)
  local f = flag_values(ctx, node, { from = "string", chown = "string", chmod = "string", link = "bool" })
  if node.heredocs and #node.heredocs > 0 then fail(ctx, node, "COPY with a heredoc is not supported yet") end
  local words = {}
  for i, a in ipairs(node.args) do words[i] = expand(ctx, st, node, a) end
  if #words < 2 then fail(ctx, node, "COPY requires at least two arguments: a source and a destination") end
  local dest = table.remove(words)
  local abs = join_path(st.config.WorkingDir or "/", dest)
  if dest:sub(-1) == "/" and abs:sub(-1) ~= "/" then abs = abs .. "/" end
  local from
  if f.from then
    -- beyond BuildKit: --from and --chown expand variables in scope
    local ref = expand(ctx, st, node, f.from)
    from = ctx.stage_state(ref, node)
  end
  local chmod
  if f.chmod then
    chmod = tonumber(expand(ctx, st, node, f.chmod), 8)
    if not chmod or chmod > 4095 then fail(ctx, node, "COPY --chmod=%s: expected an octal mode", f.chmod) end
  end
  st.state = st.state:copy({
    from = from,
    sources = words,
    dest = abs,
    chown = f.chown and expand(ctx, st, node, f.chown) or nil,
    chmod = chmod,
    excludes = from == nil and ctx.excludes or nil,
  }, info(ctx, st, node))
end

function dispatch.workdir(ctx, st, node)
  local p = expand(ctx, st, node, node.args[1] or "")
  if p == "" then fail(ctx, node, "WORKDIR requires a path") end
  local dir = join_path(st.config.WorkingDir or "/", p)
  st.state = st.state:mkdir(dir, { mode = 493, chown = st.config.User }, {
    where = where(ctx, node), stage = st.display, desc = node.original .. " (mkdir)",
    step = st.step + 1, steps = st.steps,
  })
  set_config(ctx, st, node, { WorkingDir = dir })
end

function dispatch.env(ctx, st, node)
  local env = copy_list(st.config.Env or {})
  for _, p in ipairs(node.pairs) do
    local key = p.key
    local value = expand(ctx, st, node, p.value)
    env = env_set(env, key, value)
    -- later pairs of the same ENV see earlier ones
    st.config.Env = env
  end
  set_config(ctx, st, node, { Env = ctx.b.array(env) })
end

function dispatch.cmd(ctx, st, node)
  st.cmd_set = true
  set_config(ctx, st, node, { Cmd = ctx.b.array(command(ctx, st, node)) })
end

function dispatch.entrypoint(ctx, st, node)
  local patch = { Entrypoint = ctx.b.array(command(ctx, st, node)) }
  -- ENTRYPOINT drops an inherited CMD (not one this stage set)
  if not st.cmd_set then patch.Cmd = ctx.b.null end
  set_config(ctx, st, node, patch)
end

function dispatch.arg(ctx, st, node)
  for _, a in ipairs(node.args) do
    local name, default = a:match("^([^=]+)=(.*)$")
    name = name or a
    if default then default = expand(ctx, st, node, default) end
    local value = ctx.build_args[name]
    if value == nil then value = default end
    if value == nil and ctx.meta_args[name] ~= nil then value = ctx.meta_args[name] end
    ctx.used_args[name] = true
    st.args[name] = value
  end
end

-- Parse errors are data; everything else raised inside is a bug.
local function catch(ctx, fn, ...)
  local ok, err = pcall(fn, ...)
  if ok then return true end
  if type(err) == "table" and err.strata_frontend_error then
    return nil, parser.format_error({ file = ctx.file, line = err.line, col = err.col, len = err.len,
                                      message = err.message }, ctx.source)
  end
  error(err, 0)
end

-- Split the AST into the global ARGs and the stages.
local function split_stages(ctx, ast)
  local stages, globals = {}, {}
  for _, node in ipairs(ast.nodes) do
    if node.name == "from" then
      stages[#stages + 1] = { from = node, nodes = {}, index = #stages }
    elseif #stages == 0 then
      if node.name ~= "arg" then
        fail(ctx, node, "%s before the first FROM: only ARG may come before FROM", node.name:upper())
      end
      globals[#globals + 1] = node
    else
      table.insert(stages[#stages].nodes, node)
    end
  end
  if #stages == 0 then fail(ctx, nil, "no FROM instruction: a Dockerfile starts a stage with FROM") end
  return stages, globals
end

local function find_stage(ctx, name)
  local lname = name:lower()
  for _, s in ipairs(ctx.stages) do
    if s.name and s.name == lname then return s end
  end
  local n = tonumber(name)
  if n and math.type(n) == "integer" and ctx.stages[n + 1] then return ctx.stages[n + 1] end
end

local function stage_names(ctx)
  local names = {}
  for _, s in ipairs(ctx.stages) do names[#names + 1] = s.name or tostring(s.index) end
  return table.concat(names, ", ")
end

local compile_stage

-- The state a name refers to in FROM or COPY --from: a stage, or an image.
local function stage_state(ctx, ref, node, allow_image)
  local s = find_stage(ctx, ref)
  if s then
    if ctx.building[s] then fail(ctx, node, "stage '%s' depends on itself (a cycle between stages)", ref) end
    return compile_stage(ctx, s).state, s
  end
  if allow_image == false then return nil end
  -- an image: a state of its own, not a stage
  if not ctx.images[ref] then
    local doc, err = ctx.b.image_config(ref)
    if not doc then fail(ctx, node, "image '%s': %s", ref, err) end
    ctx.images[ref] = ctx.b.from(ref, { where = where(ctx, node), stage = ref, desc = "FROM " .. ref })
  end
  return ctx.images[ref]
end

compile_stage = function(ctx, s)
  if s.st then return s.st end
  ctx.building[s] = true
  local node = s.from
  local st = {
    name = s.name, display = s.name or ("stage-" .. s.index), args = {}, step = 0,
    steps = #s.nodes + 1, cmd_set = false,
  }
  local meta = {}
  for k, v in pairs(ctx.meta_args) do meta[k] = v end
  local base = shell.process_word(s.base, meta, { escape = ctx.escape })
  if not base or base == "" then fail(ctx, node, "FROM requires an image name (got '%s')", s.base) end
  local from_info = { where = where(ctx, node), stage = st.display, desc = node.original, step = 1, steps = st.steps }
  st.step = 1
  if base:lower() == "scratch" then
    st.state = ctx.b.scratch(from_info)
    st.config = {}
  else
    local other = find_stage(ctx, base)
    if other and other.index < s.index then
      local ost = compile_stage(ctx, other)
      st.state = ost.state
      st.config = deep_copy(ost.config)
    elseif other then
      fail(ctx, node, "FROM '%s': a stage can only build on an earlier stage", base)
    else
      local doc, err = ctx.b.image_config(base)
      if not doc then fail(ctx, node, "FROM '%s': %s", base, err) end
      st.config = deep_copy(doc.config or {})
      st.state = ctx.b.from(base, from_info)
    end
  end
  for _, n in ipairs(s.nodes) do
    local fn = dispatch[n.name]
    if not fn then
      fail(ctx, n, "%s is not supported yet", n.name:upper())
    end
    fn(ctx, st, n)
  end
  s.st = st
  ctx.building[s] = nil
  return st
end

-- build(b, opts) -> state | nil, message
function M.build(b, opts)
  local ctx = {
    b = b, file = opts.file or "Dockerfile", source = opts.source,
    build_args = opts.build_args or {}, network = opts.network,
    meta_args = {}, used_args = {}, images = {}, building = {},
  }
  local ast, perr = parser.parse(opts.source, { file = ctx.file })
  if not ast then return nil, parser.format_error(perr, opts.source) end
  ctx.escape = ast.escape_token
  local result
  local ok, err = catch(ctx, function()
    local stages, globals = split_stages(ctx, ast)
    ctx.stages = stages
    for _, s in ipairs(stages) do
      local f = s.from
      flag_values(ctx, f, { platform = "string" })
      local args = f.args
      if #args == 3 and args[2]:lower() == "as" then
        s.name = args[3]:lower()
      elseif #args ~= 1 then
        fail(ctx, f, "FROM takes an image and an optional 'AS name'")
      end
      s.base = args[1]
    end
    for _, g in ipairs(globals) do
      for _, a in ipairs(g.args) do
        local name, default = a:match("^([^=]+)=(.*)$")
        name = name or a
        if default then default = shell.process_word(default, ctx.meta_args, { escape = ctx.escape }) end
        local v = ctx.build_args[name]
        if v == nil then v = default end
        ctx.meta_args[name] = v
        ctx.used_args[name] = true
      end
    end
    ctx.stage_state = function(ref, node) return stage_state(ctx, ref, node) end
    local target = stages[#stages]
    if opts.target then
      target = find_stage(ctx, opts.target)
      if not target then
        fail(ctx, nil, "target stage '%s' not found (stages: %s)", opts.target, stage_names(ctx))
      end
    end
    -- .dockerignore patterns (parsed by the CLI) apply to every copy from the context
    ctx.excludes = opts.excludes
    result = compile_stage(ctx, target).state
    for name in pairs(ctx.build_args) do
      if not ctx.used_args[name] then
        b.warn(string.format("build argument '%s' is not used by any instruction", name))
      end
    end
  end)
  if not ok then return nil, err end
  return result
end

return M
