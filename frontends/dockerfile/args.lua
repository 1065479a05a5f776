-- dockerfile.args: build arguments and their scopes, as BuildKit has them.
--
--   * ARGs before the first FROM are global ("meta args"): they can be used
--     in FROM lines, and a stage sees one only after declaring it again
--     (`ARG NAME` without a value takes the global's).
--   * An ARG in a stage is in scope from there to the end of the stage (and
--     of stages built FROM it). Its value: the --build-arg, else its default
--     (expanded with what is in scope), else the global's.
--   * Predefined: BUILDPLATFORM BUILDOS BUILDARCH BUILDVARIANT TARGETPLATFORM
--     TARGETOS TARGETARCH TARGETVARIANT TARGETSTAGE are global without a
--     declaration (strata builds for the host, so BUILD* = TARGET*);
--     the proxy variables (HTTP_PROXY, https_proxy, NO_PROXY, ALL_PROXY, ...)
--     given as --build-arg reach every RUN without a declaration and are
--     kept out of the image.
--   * A --build-arg no ARG declares is reported (warn_unused).

local config = require("dockerfile.config")
local errors = require("dockerfile.errors")
local shell = require("dockerfile.shell")
local values = require("dockerfile.values")

local M = {}

local PROXY = { http_proxy = true, https_proxy = true, ftp_proxy = true, no_proxy = true, all_proxy = true }

function M.is_proxy(name)
	return PROXY[name:lower()] == true
end

-- The predefined global ARGs for the host platform p = {os=, arch=,
-- variant=}; a --build-arg of the same name wins.
function M.builtins(p, build_args, target)
	local platform = values.format_platform(p)
	local list = {
		{ "BUILDPLATFORM", platform }, { "BUILDOS", p.os }, { "BUILDARCH", p.arch },
		{ "BUILDVARIANT", p.variant or "" }, { "TARGETPLATFORM", platform }, { "TARGETOS", p.os },
		{ "TARGETARCH", p.arch }, { "TARGETVARIANT", p.variant or "" }, { "TARGETSTAGE", target or "" },
	}
	local env = {}
	for _, kv in ipairs(list) do
		local v = build_args[kv[1]]
		if v == nil then
			v = kv[2]
		end
		env = config.env_set(env, kv[1], v)
	end
	return env
end

local BUILTIN = {}
for _, name in ipairs({ "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS",
	"TARGETARCH", "TARGETVARIANT", "TARGETSTAGE" }) do
	BUILTIN[name] = true
end

function M.is_builtin(name)
	return BUILTIN[name] == true
end

-- The global ARGs (nodes before the first FROM) on top of the builtins:
-- ctx.globals, an ordered "K=V" list, as BuildKit's buildMetaArgs.
function M.globals(ctx, nodes)
	local env = M.builtins(ctx.b.platform, ctx.build_args, ctx.target_name)
	for _, node in ipairs(nodes) do
		ctx.node = node
		for _, p in ipairs(node.pairs) do
			local v = ctx.build_args[p.key]
			if v == nil and p.value ~= nil then
				local err
				v, err = shell.process_word(p.value, function(name)
					return config.env_get(env, name)
				end, { escape = ctx.escape })
				if v == nil then
					errors.fail(node, "%s", err)
				end
			end
			if v ~= nil then
				env = config.env_set(env, p.key, v)
			end
			ctx.declared[p.key] = true
		end
	end
	ctx.node = nil
	return env
end

-- ARG in a stage: each name comes into scope (st.env) with its value.
function M.declare(ctx, st, node)
	for _, p in ipairs(node.pairs) do
		local v = ctx.build_args[p.key]
		if v == nil then
			if p.value ~= nil then
				v = config.expand(ctx, st, node, p.value)
			else
				v = config.env_get(ctx.globals, p.key)
			end
		end
		if v ~= nil then
			st.env = config.env_set(st.env, p.key, v)
		end
		ctx.declared[p.key] = true
	end
end

-- RUN's environment: the stage's, plus the proxy --build-args it lacks.
function M.run_env(ctx, st)
	local env = config.copy_list(st.env)
	local names = {}
	for name in pairs(ctx.build_args) do
		if M.is_proxy(name) then
			names[#names + 1] = name
		end
	end
	table.sort(names)
	for _, name in ipairs(names) do
		if config.env_get(env, name) == nil then
			env[#env + 1] = name .. "=" .. ctx.build_args[name]
		end
	end
	return env
end

function M.warn_unused(ctx)
	local names = {}
	for name in pairs(ctx.build_args) do
		if not ctx.declared[name] and not M.is_proxy(name) and not M.is_builtin(name) then
			names[#names + 1] = name
		end
	end
	table.sort(names)
	for _, name in ipairs(names) do
		ctx.b.warn(("build argument '%s' is not used: no ARG in the stages built declares it"):format(name))
	end
end

return M
