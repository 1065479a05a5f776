-- dockerfile.stages: the stages of a Dockerfile, and compiling the ones a
-- target needs.
--
--   stages.split(ctx, ast)             -> stages, global ARG nodes
--   stages.find(ctx, name, before)     -> the stage a name refers to
--   stages.compile(ctx, s)             -> st (see dockerfile.config)
--   stages.ref_state(ctx, st, ref, node, what) -> the State a --from=ref
--                                      (COPY, RUN --mount) reads
--
-- A stage is compiled once, when something needs it (the target, a FROM
-- or a COPY --from of a stage being compiled), so stages nothing needs are
-- never described. As in BuildKit, a stage can only use the stages defined
-- before it: FROM looks a name up among the earlier stages (a later one,
-- or its own name, is an image), COPY --from among all of them and refuses
-- a later one — reporting a cycle when there is one.
--
-- FROM starts the stage's config from its base (an image's config, an
-- earlier stage's, or BuildKit's empty image for scratch: WorkingDir "/"),
-- gives the environment a PATH when the base has none, and runs the base's ONBUILD triggers first.

local config = require("dockerfile.config")
local dispatch = require("dockerfile.dispatch")
local errors = require("dockerfile.errors")
local parser = require("dockerfile.parser")
local shell = require("dockerfile.shell")
local values = require("dockerfile.values")

local M = {}

local fail = errors.fail

local function display(s)
	return s.name or ("stage-" .. s.index)
end

local function stage_list(ctx)
	local names = {}
	for _, s in ipairs(ctx.stages) do
		names[#names + 1] = s.name or tostring(s.index)
	end
	return table.concat(names, ", ")
end

local function stage_names(ctx)
	local names = {}
	for _, s in ipairs(ctx.stages) do
		names[#names + 1] = s.name
	end
	return names
end

-- " (stages: a, b; did you mean a?)" for a name that is not a stage.
local function stages_hint(ctx, name)
	local guess = parser.suggest(name, stage_names(ctx))
	return (" (stages: %s%s)"):format(stage_list(ctx), guess and ("; did you mean %s?"):format(guess) or "")
end
M.stages_hint = stages_hint

-- Splitting ------------------------------------------------------------------------

function M.split(ctx, ast)
	local stages, globals, seen = {}, {}, {}
	for _, node in ipairs(ast.nodes) do
		if node.name == "from" then
			ctx.node = node
			local f = dispatch.flags(ctx, node)
			local s = { index = #stages, from = node, nodes = {}, base = node.args[1], platform = f.platform }
			if #node.args == 3 then
				local name, err = values.stage_name(node.args[3])
				if not name then
					fail(node, "%s", err)
				end
				if seen[name] then
					ctx.b.warn(("%s:%d: duplicate stage name '%s' (also on line %d): the later one wins"):format(
						ctx.file, node.start_line, name, seen[name].from.start_line))
				end
				seen[name] = s
				s.name = name
			end
			stages[#stages + 1] = s
		elseif #stages == 0 then
			if node.name ~= "arg" then
				fail(node, "%s before the first FROM: only ARG may come before FROM", node.keyword:upper())
			end
			globals[#globals + 1] = node
		else
			table.insert(stages[#stages].nodes, node)
		end
	end
	ctx.node = nil
	if #stages == 0 then
		fail(ast.nodes[#ast.nodes], "no FROM instruction: a Dockerfile's first stage starts with FROM")
	end
	return stages, globals
end

-- The last stage called name (case-insensitive) defined before index
-- `before` (any stage when before is nil).
function M.find(ctx, name, before)
	local lname = name:lower()
	local found
	for _, s in ipairs(ctx.stages) do
		if before and s.index >= before then
			break
		end
		if s.name == lname then
			found = s
		end
	end
	return found
end

-- Cycles ----------------------------------------------------------------------------

-- The stages s names literally: its base, and its COPY --from values.
local function literal_deps(ctx, s)
	local deps = {}
	local base = M.find(ctx, s.base, s.index)
	if base then
		deps[#deps + 1] = base
	end
	for _, node in ipairs(s.nodes) do
		local n = node.name == "onbuild" and node.sub or node
		if n.name == "copy" then
			for _, fl in ipairs(n.flags) do
				local ref = fl:match("^%-%-from=(.*)$")
				local idx = ref and ref:match("^%d+$") and tonumber(ref)
				local d = idx and ctx.stages[idx + 1] or (ref and M.find(ctx, ref))
				if d then
					deps[#deps + 1] = d
				end
			end
		end
	end
	return deps
end

-- The chain of stages from `from` to `to` through literal dependencies.
local function path_to(ctx, from, to, seen)
	if from == to then
		return { display(to) }
	end
	seen = seen or {}
	if seen[from] then
		return nil
	end
	seen[from] = true
	for _, d in ipairs(literal_deps(ctx, from)) do
		local rest = path_to(ctx, d, to, seen)
		if rest then
			table.insert(rest, 1, display(from))
			return rest
		end
	end
end

-- Sources of COPY --from ------------------------------------------------------------------

local function image_state(ctx, ref, node, what)
	if not ctx.images[ref] then
		local doc, err = ctx.b.image_config(ref)
		if not doc then
			fail(node, "%s: no stage or image named '%s'%s: %s", what, ref, stages_hint(ctx, ref), err)
		end
		ctx.images[ref] = ctx.b.from(ref, config.aux_info(ctx, { display = ref }, node, "FROM " .. ref))
	end
	return ctx.images[ref]
end

-- Refuse stage s (shown as sdisplay) reading a stage defined at or after it:
-- a cycle when target leads back to s, else the order.
local function refuse_order(ctx, s, sdisplay, target, node, what)
	local chain = path_to(ctx, target, s)
	if chain then
		table.insert(chain, 1, sdisplay)
		fail(node, "%s: a cycle between stages: %s", what, table.concat(chain, " -> "))
	end
	fail(node, "%s: stage '%s' is defined after the current stage '%s' (a stage can only use the stages before it)",
		what, display(target), sdisplay)
end

-- Every stage, built or not: a literal COPY --from (a name or an index
-- without variables) must name an earlier stage when it names a stage, as
-- current BuildKit checks before it picks the stages a target needs.
function M.check_order(ctx)
	for _, s in ipairs(ctx.stages) do
		for _, node in ipairs(s.nodes) do
			if node.name == "copy" then
				for _, fl in ipairs(node.flags) do
					local ref = fl:match("^%-%-from=(.*)$")
					if ref and not ref:find("$", 1, true) then
						local idx = ref:match("^%d+$") and tonumber(ref)
						local d = idx and ctx.stages[idx + 1] or (not idx and M.find(ctx, ref))
						if d and d.index >= s.index then
							ctx.node = node
							refuse_order(ctx, s, display(s), d, node, "COPY --from=" .. ref)
						end
					end
				end
			end
		end
	end
	ctx.node = nil
end

-- The state a --from=ref (already expanded) of stage st reads: a stage by
-- name or index, defined before st, or an image. what names the flag in
-- messages ("COPY --from=x").
function M.ref_state(ctx, st, ref, node, what)
	local target
	if ref:match("^%d+$") then
		local idx = tonumber(ref)
		target = ctx.stages[idx + 1]
		if not target then
			fail(node, "%s: invalid stage index %s (there are %d stages)", what, ref, #ctx.stages)
		end
	else
		target = M.find(ctx, ref)
	end
	if not target then
		return image_state(ctx, ref, node, what)
	end
	if target.index >= st.index then
		refuse_order(ctx, st.stage, st.display, target, node, what)
	end
	local saved = ctx.node
	local state = M.compile(ctx, target).state
	ctx.node = saved
	return state
end

-- ONBUILD triggers ---------------------------------------------------------------------

local function run_triggers(ctx, st, s, triggers, base)
	for _, text in ipairs(triggers) do
		local what = ("ONBUILD trigger '%s' of '%s'"):format(text:match("^[^\n]*"), base)
		local ast, perr = parser.parse(text, { file = ctx.file })
		if not ast then
			fail(s.from, "%s: %s", what, perr.message)
		end
		if #ast.nodes ~= 1 then
			fail(s.from, "%s: onbuild trigger should be a single expression", what)
		end
		local node = ast.nodes[1]
		node.start_line, node.end_line, node.col = s.from.start_line, s.from.end_line, nil
		node.original = "ONBUILD " .. node.original
		if node.name == "onbuild" or node.name == "from" or node.name == "maintainer" then
			fail(s.from, "%s: %s isn't allowed as an ONBUILD trigger", what, node.name:upper())
		end
		local ok, verr = parser.validate(node)
		if not ok then
			fail(s.from, "%s: %s", what, verr.message)
		end
		local done, e = pcall(function()
			ctx.node = node
			dispatch.check(ctx, node)
			dispatch.handlers[node.name](ctx, st, node)
		end)
		if not done then
			if errors.is_located(e) then
				e.message = what .. ": " .. e.message
				e.col, e.len = nil, nil
			end
			error(e, 0)
		end
	end
end

-- Compiling ----------------------------------------------------------------------------

local function globals_lookup(ctx)
	return function(name)
		return config.env_get(ctx.globals, name)
	end
end

-- FROM's words are expanded with the global ARGs only.
local function expand_global(ctx, node, word)
	local v, err = shell.process_word(word, globals_lookup(ctx), { escape = ctx.escape })
	if v == nil then
		fail(node, "%s", err)
	end
	return v
end

local function check_platform(ctx, s)
	if not s.platform then
		return
	end
	local node = s.from
	local text = expand_global(ctx, node, s.platform)
	if text == "" then
		fail(node, "empty platform value from expression %s", s.platform)
	end
	local p, err = values.platform(text)
	if not p then
		fail(node, "FROM --platform: %s", err)
	end
	local host = ctx.b.platform
	if p.os ~= host.os or (p.arch and p.arch ~= host.arch) or (p.variant and p.variant ~= (host.variant or "")) then
		fail(node, "FROM --platform=%s: strata builds for this host's platform (%s) only",
			text, values.format_platform(host))
	end
end

-- The base of stage s: st.state, st.config, st.env, and the base's
-- ONBUILD triggers (counted in st.steps before FROM's step is numbered).
local function start(ctx, st, s)
	local node = s.from
	local base = expand_global(ctx, node, s.base)
	if base == "" then
		fail(node, "base name (%s) should not be blank", s.base)
	end
	check_platform(ctx, s)
	local base_stage = M.find(ctx, base, s.index)
	if base_stage then
		local b = M.compile(ctx, base_stage)
		st.state = b.state
		st.config = config.deep_copy(b.config)
		st.env = config.copy_list(b.env)
		st.author = b.author
		st.steps = st.steps + #(b.config.OnBuild or {})
		config.info(ctx, st, node)
		return b.config.OnBuild, display(base_stage)
	end
	st.env = {}
	if base == "scratch" then
		-- BuildKit's empty image: WorkingDir "/" (and the default PATH,
		-- added below as for any base without one)
		st.config = {}
		st.state = ctx.b.scratch(config.info(ctx, st, node))
		config.owe(ctx, st, { WorkingDir = "/" })
		return nil
	end
	local doc, err = ctx.b.image_config(base)
	if not doc then
		fail(node, "FROM %s: %s%s", base, err, ctx.stages[2] and stages_hint(ctx, base) or "")
	end
	st.config = config.deep_copy(type(doc.config) == "table" and doc.config or {})
	st.author = doc.author
	st.steps = st.steps + #(st.config.OnBuild or {})
	st.state = ctx.b.from(base, config.info(ctx, st, node))
	return st.config.OnBuild, base
end

-- How many steps progress shows for a stage: FROM and every instruction but
-- ARG, which changes no state (as BuildKit counts them).
function M.step_count(s)
	local n = 1
	for _, node in ipairs(s.nodes) do
		if node.name ~= "arg" then
			n = n + 1
		end
	end
	return n
end

function M.compile(ctx, s)
	if s.st then
		return s.st
	end
	if ctx.building[s] then
		fail(s.from, "stage '%s' depends on itself", display(s))
	end
	ctx.building[s] = true
	local st = {
		stage = s, name = s.name, display = display(s), index = s.index, step = 0,
		steps = M.step_count(s), cmd_set = false, pending = {},
	}
	ctx.node = s.from
	local triggers, base = start(ctx, st, s)
	-- the environment instructions see starts from the config's Env
	for _, kv in ipairs(st.config.Env or {}) do
		st.env = config.env_set(st.env, config.split_kv(kv))
	end
	if config.env_get(st.config.Env, "PATH") == nil then
		local env = config.copy_list(st.config.Env)
		env[#env + 1] = "PATH=" .. config.DEFAULT_PATH
		config.owe(ctx, st, { Env = config.env_array(ctx, env) })
		st.env = config.env_set(st.env, "PATH", config.DEFAULT_PATH)
	end
	if st.config.OnBuild ~= nil then
		config.owe(ctx, st, { OnBuild = ctx.b.null })
	end
	if triggers and #triggers > 0 then
		run_triggers(ctx, st, s, config.copy_list(triggers), base)
	end
	for _, node in ipairs(s.nodes) do
		ctx.node = node
		local fn = dispatch.handlers[node.name]
		if not fn then
			fail(node, "%s is not supported", node.keyword:upper())
		end
		fn(ctx, st, node)
	end
	config.flush(ctx, st, s.from)
	ctx.node = nil
	ctx.building[s] = nil
	s.st = st
	return st
end

return M
