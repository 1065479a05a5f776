-- strata: `strata build` and `strata dockerfile parse`.
local core = require("strata.core")
local args = require("strata.args")
local api = require("strata.api")
local frontend = require("strata.frontend")

local M = {}

local BUILD = {
  { name = "tag", short = "t", arg = true, multi = true, metavar = "NAME", help = "name:tag for the result (repeatable)" },
  { name = "file", short = "f", arg = true, metavar = "FILE", help = "build file (default CONTEXT/Dockerfile)" },
  { name = "target", arg = true, metavar = "STAGE", help = "build this stage, not the last" },
  { name = "output", short = "o", arg = true, multi = true, metavar = "SPEC",
    help = "type=oci,dest=DIR|FILE.tar | type=docker,dest=FILE | type=registry,name=REF | type=local,dest=DIR (repeatable)" },
  { name = "build-arg", arg = true, multi = true, metavar = "K=V", help = "set a build argument (repeatable)" },
  { name = "frontend", arg = true, metavar = "NAME", help = "frontend (default: # syntax= line, else dockerfile)" },
  { name = "no-cache", help = "run every step" },
  { name = "no-cache-filter", arg = true, multi = true, metavar = "STAGE", help = "run every step of this stage (repeatable)" },
  { name = "all-stages", help = "build every stage, not only what the target needs" },
  { name = "explain-cache", help = "on a cache miss, show what changed (old and new values)" },
  { name = "progress", arg = true, metavar = "MODE", help = "plain (default) or quiet" },
  { name = "network", arg = true, metavar = "MODE", help = "RUN's network: default (its own, outbound only), none, host" },
  { name = "sandbox", arg = true, metavar = "NAME", help = "sandbox backend for this build" },
  { name = "jobs", short = "j", arg = true, metavar = "N", help = "parallel steps (default: cores)" },
  { name = "secret", arg = true, multi = true, metavar = "SPEC",
    help = "id=ID,src=FILE or id=ID,env=VAR: a secret for RUN --mount=type=secret" },
  { name = "help", short = "h", help = "show this help" },
}

local PARSE = {
  { name = "help", short = "h", help = "show this help" },
}

local function read_file(path)
  local f, err = io.open(path, "r")
  if not f then return nil, err end
  local s = f:read("a")
  f:close()
  return s
end

-- "k=v,k2=v2" (the form of --output and --secret) -> {k=v, k2=v2}
local function kv_pairs(spec, what)
  local o = {}
  for kv in spec:gmatch("[^,]+") do
    local k, v = kv:match("^%s*([%w%-_]+)%s*=%s*(.-)%s*$")
    if not k then return nil, string.format("%s '%s': expected key=value pairs", what, spec) end
    o[k] = v
  end
  return o
end

-- "type=oci,dest=out" -> {type="oci", dest="out"}; "DIR" -> type=local
local function parse_output(spec)
  if not spec:find("=") then return { type = "local", dest = spec } end
  local o, err = kv_pairs(spec, "output")
  if not o then return nil, err end
  if not o.type then return nil, string.format("output '%s': no type=", spec) end
  return o
end

-- --secret id=x,src=FILE | id=x,env=VAR -> {id=, data=}; the bytes are read
-- here and only ever handed to the RUN that mounts them.
local function read_secret(spec)
  local o, err = kv_pairs(spec, "--secret")
  if not o then return nil, err end
  local id = o.id
  if not id or id == "" then return nil, string.format("--secret '%s': no id=", spec) end
  local src = o.src or o.source
  if src then
    local data, err = read_file(src)
    if not data then return nil, string.format("--secret %s: read '%s': %s", id, src, err) end
    return { id = id, data = data }
  end
  local var = o.env or id
  local data = os.getenv(var)
  if not data then return nil, string.format("--secret %s: environment variable '%s' is not set", id, var) end
  return { id = id, data = data }
end

local function tag_of(name)
  local t = name and name:match(":([%w_.%-]+)$")
  return t or "latest"
end

local function write_output(session, st, digest, out, tags)
  local registry = require("strata.registry")
  if out.type == "oci" then
    if not out.dest then return nil, "output type=oci needs dest=DIR or dest=FILE.tar" end
    local tag = out.tag or tag_of(tags[1])
    if out.dest:match("%.tar$") then
      return registry.push_ref(session, st, digest, "oci-archive:" .. out.dest .. ":" .. tag)
    end
    local p, err = session:plugins()
    if not p then return nil, err end
    return p:push(st, digest, "oci", out.dest .. ":" .. tag)
  elseif out.type == "docker" then
    if not out.dest then return nil, "output type=docker needs dest=FILE" end
    local name = out.name or tags[1]
    local ref = "docker-archive:" .. out.dest
    if name then ref = ref .. ":" .. (core.tag_normalize(name) or name) end
    return registry.push_ref(session, st, digest, ref)
  elseif out.type == "registry" or out.type == "image" then
    local name = out.name or tags[1]
    if not name then return nil, "output type=registry needs name=REF (or a -t NAME)" end
    if out.type == "image" and out.push ~= "true" then return true end
    return registry.push_ref(session, st, digest, name:match("^docker://") and name or ("docker://" .. name))
  elseif out.type == "local" then
    if not out.dest then return nil, "output type=local needs dest=DIR" end
    return core.export_rootfs(st, digest, out.dest)
  end
  return nil, string.format("output type '%s' is not supported (oci, docker, registry, local)", out.type)
end

local function build(session, o, pos)
  if #pos ~= 1 then return session:fail("build: give one CONTEXT directory (see --help)") end
  local context, err = core.realpath(pos[1])
  if not context or not core.isdir(context) then
    return session:fail(string.format("build: context '%s' is not a directory", pos[1]))
  end
  local file = o.file or (pos[1]:gsub("/+$", "") .. "/Dockerfile")
  local display = o.file or "Dockerfile"
  local source
  source, err = read_file(file)
  if not source then return session:fail(string.format("build: read '%s': %s", file, err)) end
  local outputs = {}
  for _, spec in ipairs(o.output) do
    local out, oerr = parse_output(spec)
    if not out then return session:fail("build: " .. oerr) end
    outputs[#outputs + 1] = out
  end
  for _, t in ipairs(o.tag) do
    if not core.tag_normalize(t) then return session:fail(string.format("build: invalid tag '%s'", t)) end
  end
  local secrets = {}
  for _, spec in ipairs(o.secret) do
    local sec, serr = read_secret(spec)
    if not sec then return session:fail("build: " .. serr) end
    secrets[#secrets + 1] = sec
  end
  local build_args = {}
  for _, kv in ipairs(o.build_arg) do
    local k, v = kv:match("^([^=]+)=(.*)$")
    build_args[k or kv] = v -- "--build-arg K" alone: from the environment
    if not k then build_args[kv] = os.getenv(kv) end
  end
  -- <Dockerfile>.dockerignore next to the build file wins over CONTEXT/.dockerignore
  local excludes
  local ignore_text = read_file(file .. ".dockerignore") or read_file(context .. "/.dockerignore")
  if ignore_text then
    local perr
    excludes, perr = core.ignore_parse(ignore_text)
    if not excludes then return session:fail("build: " .. perr) end
  end

  local st
  st, err = session:store()
  if not st then return session:fail(err) end
  local plugins
  plugins, err = session:plugins()
  if not plugins then return session:fail(err) end
  if o.sandbox then session.sandbox_opt = o.sandbox end

  -- a frontend by name (frontends/<name>/), or a directory of one's own
  -- ("--frontend ./mydsl" or "# syntax=./mydsl", relative to the context)
  local syntax, syntax_line = frontend.from_syntax(source)
  local name = o.frontend or syntax or "dockerfile"
  -- a frontend the build file picked is its error: name the file and line
  local function frontend_fail(msg)
    if not o.frontend and syntax then
      msg = string.format("%s:%d: # syntax=%s: %s", display, syntax_line, syntax, msg)
    end
    return session:fail(msg)
  end
  local dirs = session:frontend_dirs()
  if name:find("/", 1, true) then
    local path = name:sub(1, 1) == "/" and name or (o.frontend and name or (context .. "/" .. name))
    local real = core.realpath(path)
    if not real or not core.isdir(real) then
      return frontend_fail(string.format("frontend directory '%s' not found", name))
    end
    name = real:match("([^/]+)$")
    table.insert(dirs, 1, real:match("^(.*)/[^/]+$"))
  end
  local fe, ferr = frontend.load(name, dirs)
  if not fe then return frontend_fail(ferr) end
  local graph = assert(core.graph_new())
  local b = api.new({
    graph = graph, store = st, plugins = plugins, context = context,
    warn = function(msg) io.stderr:write("warning: ", msg, "\n") end,
  })
  local ok, target, terr = pcall(fe.build, b, {
    source = source,
    file = display,
    target = o.target,
    build_args = build_args,
    excludes = excludes,
    all_stages = o.all_stages,
    network = o.network,
  })
  if not ok then return session:fail(string.format("frontend '%s' failed: %s", name, tostring(target))) end
  if not target then return session:fail(tostring(terr)) end
  if not api.is_state(target) then
    return session:fail(string.format("frontend '%s' returned no build state", name))
  end

  if o.progress ~= "quiet" then
    for _, name in ipairs(b.skipped) do
      io.stderr:write(string.format("[%s] skipped: not needed for the target\n", name))
    end
  end
  -- the sandbox is chosen by the solver, at the first RUN that runs: a
  -- cached build probes no backend
  local iok, ierr = core.isolate()
  if not iok then return session:fail(ierr) end
  local epoch = tonumber(os.getenv("SOURCE_DATE_EPOCH") or "")
  local digest
  digest, err = core.solve(graph, target.node, {
    store = st, plugins = plugins, context = context,
    sandbox = session.sandbox_opt, sandboxes = session.cfg.sandbox,
    jobs = tonumber(o.jobs) or session.cfg.jobs, no_cache = o.no_cache,
    progress = o.progress or "plain", source_date_epoch = epoch and math.floor(epoch) or nil,
    secrets = secrets,
    no_cache_stages = o.no_cache_filter, explain = o.explain_cache,
    also = (function()
      local nodes = {}
      for _, st in ipairs(b.extra_targets) do nodes[#nodes + 1] = st.node end
      return nodes
    end)(),
  })
  graph:close()
  if not digest then return session:fail(err) end
  for _, t in ipairs(o.tag) do
    local tok, tagerr = st:tag_set(t, digest)
    if not tok then return session:fail(tagerr) end
  end
  for _, out in ipairs(outputs) do
    local wok, werr = write_output(session, st, digest, out, o.tag)
    if not wok then return session:fail(string.format("output type=%s: %s", out.type, werr)) end
  end
  io.stderr:write("strata: built ", digest, #o.tag > 0 and (" as " .. table.concat(o.tag, ", ")) or "", "\n")
  io.stdout:write(digest, "\n")
  return 0
end

local function dockerfile(session, sub, o, pos)
  if sub ~= "parse" or #pos ~= 1 then
    return session:fail("usage: strata dockerfile parse FILE")
  end
  local source, err = read_file(pos[1])
  if not source then return session:fail(string.format("read '%s': %s", pos[1], err)) end
  local env = frontend.env(session:frontend_dirs())
  local parser = env.require("dockerfile.parser")
  local dump = env.require("dockerfile.dump")
  local name = pos[1]:match("[^/]+$")
  local ast, perr = parser.parse(source, { file = name })
  if not ast then
    io.stderr:write(parser.format_error(perr, source), "\n")
    return 1
  end
  io.stdout:write(dump.dump(ast))
  return 0
end

function M.run(name, argv, session)
  if name == "dockerfile" then
    local sub = argv[1]
    local o, pos = args.parse(table.move(argv, 2, #argv, 1, {}), PARSE)
    if not o then return session:fail(pos) end
    if o.help or not sub then
      io.stdout:write("usage: strata dockerfile parse FILE\n\nPrint the parse of a Dockerfile in BuildKit's dump format.\n")
      return o.help and 0 or 2
    end
    return dockerfile(session, sub, o, pos)
  end
  local o, pos = args.parse(argv, BUILD)
  if not o then return session:fail("build: " .. pos) end
  if o.help then
    io.stdout:write("usage: strata build [OPTIONS] CONTEXT\n\n",
      "Build the image a Dockerfile (or another frontend's build file) describes,\n",
      "store it, tag it, and write the requested outputs.\n\noptions:\n", args.help(BUILD), "\n")
    return 0
  end
  return build(session, o, pos)
end

return M
