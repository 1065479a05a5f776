-- strata: the Dockerfile frontend.
--
-- build(b, opts) parses the Dockerfile (dockerfile.parser), checks it the
-- way BuildKit does before building anything (argument counts, flags,
-- stage names, HEALTHCHECK values — in every stage, built or not), works
-- out the global ARGs, and compiles the stages the target needs
-- (dockerfile.stages), each instruction through dockerfile.dispatch. It
-- only describes: every step is a call on the builder `b`
-- (lua/strata/api.lua), which records it in the build graph.
--
-- opts: source (the Dockerfile's text), file (its name in messages),
-- target (a stage name), build_args ({NAME = value}), excludes (the
-- .dockerignore patterns), network (RUN's default network mode).
--
-- Returns the target's State, or nil and an error message that names
-- FILE:LINE, shows the line and puts a caret under the problem.

local args = require("dockerfile.args")
local dispatch = require("dockerfile.dispatch")
local errors = require("dockerfile.errors")
local parser = require("dockerfile.parser")
local stages = require("dockerfile.stages")

local M = {}

-- A heredoc in an exec-form (JSON) RUN/COPY/ADD is not read as one, so its
-- body lines fail to parse as instructions: say why.
local function heredoc_hint(source, line)
	local n, prev = 0, {}
	for l in (source .. "\n"):gmatch("([^\n]*)\n") do
		n = n + 1
		if n >= line then
			break
		end
		prev[n] = l
	end
	for i = n - 1, math.max(1, n - 50), -1 do
		local l = prev[i] or ""
		local kw = l:match("^%s*(%a+)%s+%[")
		if kw and ({ run = 1, copy = 1, add = 1 })[kw:lower()] and l:find('"%d*<<') then
			return (" (line %d starts a heredoc in JSON (exec) form, where heredocs are not read: "
				.. "write the instruction in shell form)"):format(i)
		end
	end
	return ""
end

-- Everything BuildKit checks before it builds: parser.validate, then each
-- instruction's flags and values, in every stage.
local function check_all(ctx, ast)
	local ok, verr = parser.validate(ast, { file = ctx.file })
	if not ok then
		errors.raise(verr)
	end
	for _, node in ipairs(ast.nodes) do
		ctx.node = node
		dispatch.check(ctx, node)
	end
	ctx.node = nil
end

local function new_ctx(b, opts, ast)
	return {
		b = b,
		file = opts.file or "Dockerfile",
		source = opts.source,
		escape = ast.escape_token,
		build_args = opts.build_args or {},
		network = opts.network,
		excludes = opts.excludes or {},
		declared = {}, -- ARG names some ARG declared
		images = {}, -- COPY --from images, by reference
		building = {}, -- stages being compiled
	}
end

local function build(ctx, ast, opts)
	check_all(ctx, ast)
	local list, globals = stages.split(ctx, ast)
	ctx.stages = list
	stages.check_order(ctx)
	local target = list[#list]
	if opts.target then
		target = stages.find(ctx, opts.target)
		if not target then
			errors.fail(nil, "target stage '%s' could not be found%s", opts.target,
				stages.stages_hint(ctx, opts.target))
		end
	end
	ctx.target_name = target.name or ""
	ctx.globals = args.globals(ctx, globals)
	ctx.ref_state = function(st, ref, node, what)
		return stages.ref_state(ctx, st, ref, node, what)
	end
	local st = stages.compile(ctx, target)
	-- --all-stages: describe every stage, and ask for the others to be built
	-- alongside the target
	if opts.all_stages then
		for _, s in ipairs(list) do
			if s ~= target then
				ctx.b.also(stages.compile(ctx, s).state)
			end
		end
	end
	for _, s in ipairs(list) do
		if not s.st and ctx.b.skip then
			ctx.b.skip(s.name or ("stage-" .. s.index))
		end
	end
	args.warn_unused(ctx)
	return st.state
end

function M.build(b, opts)
	local file = opts.file or "Dockerfile"
	local ast, perr = parser.parse(opts.source, { file = file })
	if not ast then
		if perr.line and type(opts.source) == "string" then
			perr.message = perr.message .. heredoc_hint(opts.source, perr.line)
		end
		return nil, parser.format_error(perr, opts.source)
	end
	for _, w in ipairs(ast.warnings or {}) do
		b.warn(("%s:%d: %s"):format(file, w.line, w.message))
	end
	local ctx = new_ctx(b, opts, ast)
	local result
	local ok, err = errors.catch(ctx, function()
		result = build(ctx, ast, opts)
	end)
	if not ok then
		return nil, err
	end
	return result
end

return M
