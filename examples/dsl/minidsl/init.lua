-- minidsl: an example frontend — a build described in Lua, not a Dockerfile.
--
-- A frontend is a Lua module with build(b, opts): it reads the build file
-- (opts.source), and describes stages through the builder b (see
-- lua/strata/api.lua). It runs in a restricted Lua: no io, no os, no file
-- access but b.read_context. Use it with:
--
--   strata build --frontend examples/dsl/minidsl -f examples/dsl/app/build.lua examples/dsl/app
--
-- The build file:
--
--   stage "builder" {
--     from = "busybox:local",
--     workdir = "/src",
--     env = { GREETING = "hi" },
--     copy "hello.sh",                 -- to the workdir
--     run "sh hello.sh > /out.txt",
--   }
--   stage "final" {
--     from = "scratch",
--     copy { from = "builder", "/out.txt", "/bin/busybox", to = "/" },
--     cmd { "/busybox", "cat", "/out.txt" },
--   }
--
-- The last stage is the target (or --target NAME).
local M = {}

local function fail(file, msg) return nil, string.format("%s: %s", file, msg) end

-- The build file's vocabulary: each word returns a step table.
local function vocabulary(steps_of)
  local env = {}
  function env.copy(spec)
    if type(spec) == "string" then spec = { spec } end
    return { kind = "copy", spec = spec }
  end
  function env.run(cmd) return { kind = "run", cmd = cmd } end
  function env.cmd(argv) return { kind = "cmd", argv = argv } end
  function env.stage(name)
    return function(body)
      body.name = name
      steps_of[#steps_of + 1] = body
    end
  end
  return env
end

function M.build(b, opts)
  local file = opts.file or "build.lua"
  local stages = {}
  local chunk, err = load(opts.source, "@" .. file, "t", vocabulary(stages))
  if not chunk then return nil, err end
  local ok, rerr = pcall(chunk)
  if not ok then return nil, tostring(rerr) end
  if #stages == 0 then return fail(file, "no stage") end

  local built = {}
  for i, st in ipairs(stages) do
    local info = function(desc, step)
      return { stage = st.name, desc = desc, where = file, step = step, steps = #st + 3 }
    end
    local s, config
    if st.from == "scratch" then
      s, config = b.scratch(info("from scratch", 1)), {}
    elseif built[st.from] then
      s, config = built[st.from].state, built[st.from].config
    else
      local doc, derr = b.image_config(st.from)
      if not doc then return fail(file, string.format("stage '%s': %s", st.name, derr)) end
      s, config = b.from(st.from, info("from " .. st.from, 1)), doc.config or {}
    end
    local envlist = {}
    for _, kv in ipairs(config.Env or {}) do envlist[#envlist + 1] = kv end
    local keys = {}
    for k in pairs(st.env or {}) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do envlist[#envlist + 1] = k .. "=" .. st.env[k] end
    local wd = st.workdir or config.WorkingDir or "/"
    if st.workdir then s = s:mkdir(wd, {}, info("workdir " .. wd, 2)) end
    local patch = { Env = b.array(envlist), WorkingDir = wd }
    for n, step in ipairs(st) do
      if step.kind == "copy" then
        local spec = step.spec
        local sources = {}
        for _, p in ipairs(spec) do sources[#sources + 1] = p end
        local from = spec.from and built[spec.from] and built[spec.from].state
        if spec.from and not from then
          return fail(file, string.format("stage '%s': no stage '%s' before it", st.name, spec.from))
        end
        local dest = spec.to or (wd:sub(-1) == "/" and wd or wd .. "/")
        s = s:copy({ from = from, sources = sources, dest = dest }, info("copy " .. table.concat(sources, " "), n + 2))
      elseif step.kind == "run" then
        s = s:run({ argv = { "/bin/sh", "-c", step.cmd }, env = envlist, cwd = wd }, info("run " .. step.cmd, n + 2))
      elseif step.kind == "cmd" then
        patch.Cmd = b.array(step.argv)
      end
    end
    s = s:config(patch, info("config", #st + 3))
    built[st.name] = { state = s, config = { Env = envlist, WorkingDir = wd, Cmd = patch.Cmd } }
    if opts.target == st.name or (not opts.target and i == #stages) then return s end
  end
  return fail(file, string.format("no stage '%s'", opts.target))
end

return M
