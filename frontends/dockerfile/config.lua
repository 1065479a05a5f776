-- dockerfile.config: a stage's image config as the dispatcher tracks it, and
-- its build-time environment.
--
-- BuildKit's dockerfile2llb keeps two things per stage and so do we:
--   st.config  the image config (Env, Cmd, Labels, ...), starting from the
--              base's; every change is applied here *and* recorded in the
--              graph as a config op, so the solver's image and this view
--              never differ;
--   st.env     the environment instructions see: the config's Env plus the
--              ARGs in scope, as an ordered "K=V" list (ENV and ARG both set
--              it, the later one wins, as AddEnv does in BuildKit). Words are
--              expanded against it and RUN gets it.
--
-- A stage may owe its image a change it has no instruction for (the default
-- PATH, dropping OnBuild after the triggers ran): st.pending holds it until
-- the next config op, or until the stage ends (config.flush).

local errors = require("dockerfile.errors")
local shell = require("dockerfile.shell")

local M = {}

M.DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
M.DEFAULT_SHELL = { "/bin/sh", "-c" }

function M.copy_list(t)
	local r = {}
	for i, v in ipairs(t or {}) do
		r[i] = v
	end
	return r
end

function M.deep_copy(v)
	if type(v) ~= "table" then
		return v
	end
	local r = {}
	for k, x in pairs(v) do
		r[k] = M.deep_copy(x)
	end
	return setmetatable(r, getmetatable(v))
end

-- "K=V" lists ----------------------------------------------------------------------

local function split_kv(kv)
	local k, v = kv:match("^([^=]*)=(.*)$")
	if k then
		return k, v
	end
	return kv, ""
end
M.split_kv = split_kv

function M.env_get(list, key)
	for _, kv in ipairs(list or {}) do
		local k, v = split_kv(kv)
		if k == key then
			return v
		end
	end
end

-- A copy of list with key set to value: replaced in place, else appended.
function M.env_set(list, key, value)
	local r, done = {}, false
	for _, kv in ipairs(list or {}) do
		if split_kv(kv) == key then
			if not done then
				r[#r + 1] = key .. "=" .. value
				done = true
			end
		else
			r[#r + 1] = kv
		end
	end
	if not done then
		r[#r + 1] = key .. "=" .. value
	end
	return r
end

-- Expansion -------------------------------------------------------------------------

local function lookup(list)
	return function(name)
		return M.env_get(list, name)
	end
end

local function process(fn, ctx, st, node, word, opts)
	local o = { escape = ctx.escape }
	for k, v in pairs(opts or {}) do
		o[k] = v
	end
	local v, err = fn(word, lookup(st.env), o)
	if v == nil then
		errors.fail(node, "%s", err)
	end
	return v
end

-- One word expanded against the stage's environment (BuildKit's
-- ProcessWord); errors are located at node.
function M.expand(ctx, st, node, word, opts)
	return process(shell.process_word, ctx, st, node, word, opts)
end

-- Several words (EXPOSE: a variable may hold several ports).
function M.expand_words(ctx, st, node, word)
	return process(shell.process_words, ctx, st, node, word)
end

-- Recording changes ----------------------------------------------------------------

-- The node info the builder records (progress, history, error locations).
-- Each instruction is one step, however many nodes it makes.
function M.info(ctx, st, node, desc)
	if st.step_node ~= node then
		st.step_node = node
		st.step = st.step + 1
	end
	return {
		where = ("%s:%d"):format(ctx.file, node.start_line),
		stage = st.display,
		desc = desc or node.original,
		step = st.step,
		steps = st.steps,
	}
end

-- For a node outside the stage's steps (an image COPY --from reads): no
-- step number.
function M.aux_info(ctx, st, node, desc)
	return { where = ("%s:%d"):format(ctx.file, node.start_line), stage = st.display, desc = desc, step = 0, steps = 0 }
end

local function apply(ctx, st, patch)
	for k, v in pairs(patch) do
		if v == ctx.b.null then
			st.config[k] = nil
		else
			st.config[k] = M.deep_copy(v)
		end
	end
end

-- A change the image owes without an instruction of its own.
function M.owe(ctx, st, patch)
	apply(ctx, st, patch)
	for k, v in pairs(patch) do
		st.pending[k] = v
	end
end

-- Apply patch to the stage's config and record it (with what is owed).
function M.set(ctx, st, node, patch, desc)
	apply(ctx, st, patch)
	local all = {}
	for k, v in pairs(st.pending) do
		all[k] = v
	end
	for k, v in pairs(patch) do
		all[k] = v
	end
	st.pending = {}
	st.state = st.state:config(all, M.info(ctx, st, node, desc))
end

-- Record what is still owed when the stage ends.
function M.flush(ctx, st, node)
	if next(st.pending) then
		local patch = st.pending
		st.pending = {}
		st.state = st.state:config(patch, {
			where = ("%s:%d"):format(ctx.file, node.start_line),
			stage = st.display,
			desc = node.original,
			step = st.step,
			steps = st.steps,
		})
	end
end

-- The Env list as the image stores it (an array even when empty).
function M.env_array(ctx, list)
	return ctx.b.array(M.copy_list(list))
end

-- The shell a shell-form command runs with: SHELL, else /bin/sh -c.
function M.with_shell(st, text)
	local argv = M.copy_list(st.config.Shell)
	if #argv == 0 then
		argv = M.copy_list(M.DEFAULT_SHELL)
	end
	argv[#argv + 1] = text
	return argv
end

return M
