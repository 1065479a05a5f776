-- dockerfile.dispatch: one function per instruction, keyed by lowercase name
-- (BuildKit's dispatch), each turning a node into builder calls and changes
-- to the stage's config (see dockerfile.config for `st`).
--
--   dispatch.handlers[name](ctx, st, node)
--                                     the instructions of a stage (FROM is
--                                     dockerfile.stages' business)
--   dispatch.FLAGS[name]              the --flags each instruction takes
--   dispatch.check(ctx, node)         what BuildKit checks when it parses an
--                                     instruction, for every stage (built or
--                                     not): flags, stage names, HEALTHCHECK
--                                     values, RUN modes
--
-- Words are expanded exactly where BuildKit expands them: ENV, LABEL (keys
-- and values), ADD/COPY (sources, destination, --chown, --chmod,
-- --checksum, heredoc bodies unless the delimiter is quoted), WORKDIR, USER,
-- VOLUME, STOPSIGNAL, EXPOSE, ARG defaults. Beyond BuildKit: COPY --from is
-- expanded too (moby/moby#34482).

local args = require("dockerfile.args")
local config = require("dockerfile.config")
local dump = require("dockerfile.dump")
local errors = require("dockerfile.errors")
local flags = require("dockerfile.flags")
local mounts = require("dockerfile.mounts")
local values = require("dockerfile.values")

local M = {}

-- The instructions of a stage, by lowercase name.
local H = {}
M.handlers = H

local fail = errors.fail

M.FLAGS = {
	run = { mount = "list", network = "string", security = "string" },
	copy = { from = "string", chown = "string", chmod = "string", link = "bool", parents = "bool", exclude = "list" },
	add = {
		chown = "string", chmod = "string", link = "bool", checksum = "string", ["keep-git-dir"] = "bool",
		exclude = "list", unpack = "bool",
	},
	from = { platform = "string" },
	healthcheck = {
		interval = "string", timeout = "string", ["start-period"] = "string", ["start-interval"] = "string",
		retries = "string",
	},
}

-- Typed flag values (and the set of flags written), or a located error.
function M.flags(ctx, node)
	local spec = M.FLAGS[node.name] or {}
	if node.name == "healthcheck" and (node.args[1] or ""):upper() == "NONE" then
		spec = {}
	end
	local f, given = flags.parse(node, spec, { file = ctx.file })
	if not f then
		errors.raise(given)
	end
	return f, given
end

-- Paths ---------------------------------------------------------------------------

-- Go's path.Clean for an absolute path.
local function clean(p)
	local out = {}
	for comp in p:gmatch("[^/]+") do
		if comp == ".." then
			out[#out] = nil
		elseif comp ~= "." then
			out[#out + 1] = comp
		end
	end
	return "/" .. table.concat(out, "/")
end
M.clean_path = clean

local function names_dir(p)
	return p == "" or p == "." or p:sub(-1) == "/" or p:sub(-2) == "/."
end

-- A COPY/ADD destination made absolute against WORKDIR; a trailing "/" (or
-- "." for the workdir itself) still says "a directory".
local function dest_path(st, p)
	local abs = p:sub(1, 1) == "/" and p or ((st.config.WorkingDir or "/") .. "/" .. p)
	local c = clean(abs)
	if names_dir(p) and c ~= "/" then
		c = c .. "/"
	end
	return c
end

-- Heredocs --------------------------------------------------------------------------

local function heredoc_marker(word)
	return word:match("^%d*<<%-?%s*[^<%s][^<]*$") ~= nil
end

-- The heredoc documents a node's marker words stand for, by position.
local function heredoc_docs(node)
	local docs, i = {}, 0
	for pos, w in ipairs(node.args) do
		if not node.json and heredoc_marker(w) and node.heredocs and node.heredocs[i + 1] then
			i = i + 1
			docs[pos] = node.heredocs[i]
		end
	end
	return docs
end

-- Commands --------------------------------------------------------------------------

-- CMD, ENTRYPOINT: the exec-form list, or SHELL plus the shell-form text.
local function command(st, node)
	if node.json then
		return config.copy_list(node.args)
	end
	return config.with_shell(st, table.concat(node.args, " "))
end

-- RUN's command line. A lone heredoc (`RUN <<EOF`) is the script itself;
-- otherwise the heredocs are put back after the line and the shell reads
-- them, as BuildKit does in shell form.
local function run_argv(st, node)
	if node.json then
		return config.copy_list(node.args)
	end
	local text = node.args[1] or ""
	local docs = node.heredocs or {}
	if #docs == 1 and heredoc_marker(text:match("^%s*(.-)%s*$")) then
		local data = docs[1].content
		if data:sub(1, 2) == "#!" then
			fail(node, "RUN with a heredoc script that starts with '#!' is not supported yet: "
				.. "run the interpreter yourself (RUN <<EOF python3 - ...)")
		end
		text = data
	elseif #docs > 0 then
		local parts = { text }
		for _, d in ipairs(docs) do
			parts[#parts + 1] = "\n" .. d.raw .. d.name
		end
		text = table.concat(parts)
	end
	return config.with_shell(st, text)
end

local NETWORKS = { default = true, none = true, host = true }
local SECURITY = { sandbox = true, insecure = true }

-- RUN --mount: each spec parsed (dockerfile.mounts), its values expanded,
-- a relative target made absolute against WORKDIR, from= mapped to a stage
-- or image state (a bind without from= mounts the build context).
local MOUNT_WORDS = { "target", "source", "from", "id", "env" }

local function run_mounts(ctx, st, node, specs)
	local list = {}
	for i, spec in ipairs(specs) do
		local m, err = mounts.parse(spec)
		if not m then
			fail(node, "%s", err)
		end
		for _, k in ipairs(MOUNT_WORDS) do
			if m[k] then
				m[k] = config.expand(ctx, st, node, m[k])
			end
		end
		if m.target and m.target:sub(1, 1) ~= "/" then
			m.target = clean((st.config.WorkingDir or "/") .. "/" .. m.target)
		end
		if m.from then
			m.from = ctx.ref_state(st, m.from, node, "RUN --mount from=" .. m.from)
		end
		list[i] = m
	end
	return list
end

-- RUN's working dir: the config's, cleaned when absolute (WORKDIR keeps
-- "/a/../b" as written, and /a need not exist).
local function run_cwd(st)
	local wd = st.config.WorkingDir
	if wd == nil or wd == "" then
		return "/"
	end
	return wd:sub(1, 1) == "/" and clean(wd) or wd
end

function H.run(ctx, st, node)
	local f = M.flags(ctx, node)
	if f.security == "insecure" then
		fail(node, "RUN --security=insecure is not supported: strata runs every step sandboxed")
	end
	st.state = st.state:run({
		argv = run_argv(st, node),
		env = args.run_env(ctx, st),
		cwd = run_cwd(st),
		user = st.config.User ~= "" and st.config.User or nil,
		-- "default" is the build's default (BuildKit: as if no flag was given)
		network = f.network ~= "default" and f.network or ctx.network,
		mounts = #f.mount > 0 and run_mounts(ctx, st, node, f.mount) or nil,
	}, config.info(ctx, st, node))
end

function H.cmd(ctx, st, node)
	st.cmd_set = true
	config.set(ctx, st, node, { Cmd = ctx.b.array(command(st, node)), ArgsEscaped = true })
end

function H.entrypoint(ctx, st, node)
	local argv = command(st, node)
	local patch = { Entrypoint = #argv > 0 and ctx.b.array(argv) or ctx.b.null }
	-- an inherited CMD goes; one this stage set stays
	if not st.cmd_set then
		patch.Cmd = ctx.b.null
	end
	config.set(ctx, st, node, patch)
end

function H.shell(ctx, st, node)
	config.set(ctx, st, node, { Shell = ctx.b.array(config.copy_list(node.args)) })
end

-- HEALTHCHECK ------------------------------------------------------------------------

local DURATIONS = { { "interval", "Interval" }, { "timeout", "Timeout" }, { "start-period", "StartPeriod" },
	{ "start-interval", "StartInterval" } }

-- The Healthcheck object docker stores: zero values left out, durations in
-- nanoseconds.
local function healthcheck(ctx, node)
	local f = M.flags(ctx, node)
	local typ = node.args[1]:upper()
	if typ == "NONE" then
		return { Test = ctx.b.array({ "NONE" }) }
	end
	local test = { node.json and "CMD" or "CMD-SHELL" }
	for i = 2, #node.args do
		test[#test + 1] = node.args[i]
	end
	local hc = { Test = ctx.b.array(test) }
	for _, d in ipairs(DURATIONS) do
		local s = f[d[1]]
		if s and s ~= "" then
			local ns, err = values.duration(s)
			if not ns then
				fail(node, "HEALTHCHECK --%s: %s", d[1], err)
			elseif ns ~= 0 and ns < 1000000 then
				fail(node, "Interval %s cannot be less than 1ms", dump.quote(d[1]))
			end
			if ns ~= 0 then
				hc[d[2]] = ns
			end
		end
	end
	if f.retries and f.retries ~= "" then
		local n = f.retries:match("^[+-]?%d+$") and tonumber(f.retries)
		if not n or n > 2147483647 or n < -2147483648 then
			fail(node, 'HEALTHCHECK --retries: strconv.ParseInt: parsing "%s": invalid syntax', f.retries)
		elseif n < 0 then
			fail(node, "--retries cannot be negative (%d)", n)
		end
		if n > 0 then
			hc.Retries = n
		end
	end
	return hc
end

function H.healthcheck(ctx, st, node)
	config.set(ctx, st, node, { Healthcheck = healthcheck(ctx, node) })
end

-- Environment and metadata -----------------------------------------------------------------

-- ENV: every pair is expanded first, against the environment before this
-- instruction (`ENV A=1 B=$A` gives B the old A, as in docker).
function H.env(ctx, st, node)
	local pairs_ = {}
	for i, p in ipairs(node.pairs) do
		pairs_[i] = { config.expand(ctx, st, node, p.key), config.expand(ctx, st, node, p.value) }
	end
	local env = config.copy_list(st.config.Env)
	for _, kv in ipairs(pairs_) do
		env = config.env_set(env, kv[1], kv[2])
		st.env = config.env_set(st.env, kv[1], kv[2])
	end
	config.set(ctx, st, node, { Env = config.env_array(ctx, env) })
end

function H.arg(ctx, st, node)
	args.declare(ctx, st, node)
end

function H.label(ctx, st, node)
	local labels = config.deep_copy(st.config.Labels or {})
	local set = {}
	for i, p in ipairs(node.pairs) do
		set[i] = { config.expand(ctx, st, node, p.key), config.expand(ctx, st, node, p.value) }
	end
	for _, kv in ipairs(set) do
		labels[kv[1]] = kv[2]
	end
	config.set(ctx, st, node, { Labels = labels })
end

-- MAINTAINER is the image's author (a top-level field of the image, not of
-- its config): recorded with the config op under the "author" key the
-- builder understands when it can (see README).
function H.maintainer(ctx, st, node)
	st.author = node.args[1]
	if ctx.b.set_author then
		st.state = ctx.b.set_author(st.state, st.author, config.info(ctx, st, node))
	end
end

function H.expose(ctx, st, node)
	local ports = config.deep_copy(st.config.ExposedPorts or {})
	for _, a in ipairs(node.args) do
		for _, word in ipairs(config.expand_words(ctx, st, node, a)) do
			local list, err = values.ports(word)
			if not list then
				fail(node, "EXPOSE %s: %s", word, err)
			end
			for _, p in ipairs(list) do
				ports[p] = {}
			end
		end
	end
	config.set(ctx, st, node, { ExposedPorts = ports })
end

function H.volume(ctx, st, node)
	local vols = config.deep_copy(st.config.Volumes or {})
	for _, a in ipairs(node.args) do
		local v = config.expand(ctx, st, node, a)
		if v == "" then
			fail(node, "VOLUME specified can not be an empty string")
		end
		vols[v] = {}
	end
	config.set(ctx, st, node, { Volumes = vols })
end

function H.user(ctx, st, node)
	config.set(ctx, st, node, { User = config.expand(ctx, st, node, node.args[1]) })
end

function H.stopsignal(ctx, st, node)
	local sig = config.expand(ctx, st, node, node.args[1])
	local ok, err = values.signal(sig)
	if not ok then
		fail(node, "STOPSIGNAL: %s", err)
	end
	config.set(ctx, st, node, { StopSignal = sig })
end

-- WORKDIR: as BuildKit, an absolute path goes into the config as written
-- ("/tmp/" keeps its slash), a relative one is joined to the current one
-- and cleaned (Go's path.Join); the cleaned dir is created (with its
-- missing parents, owned by USER) unless it is "/".
function H.workdir(ctx, st, node)
	local p = config.expand(ctx, st, node, node.args[1])
	if p == "" then
		fail(node, "WORKDIR: cannot normalize nothing")
	end
	local dir = p:sub(1, 1) == "/" and p or clean((st.config.WorkingDir or "/") .. "/" .. p)
	if clean(dir) ~= "/" then
		local user = st.config.User
		st.state = st.state:mkdir(clean(dir), { mode = 493, chown = user ~= "" and user or nil },
			config.info(ctx, st, node))
	end
	config.set(ctx, st, node, { WorkingDir = dir })
end

-- ONBUILD: the trigger's text, run when the image is used as a base.
function H.onbuild(ctx, st, node)
	local expr = node.original:gsub("^%s*[Oo][Nn][Bb][Uu][Ii][Ll][Dd]%s*", "")
	for _, d in ipairs(node.heredocs or {}) do
		expr = expr .. "\n" .. d.raw .. d.name
	end
	local list = config.copy_list(st.config.OnBuild)
	list[#list + 1] = expr
	config.set(ctx, st, node, { OnBuild = ctx.b.array(list) })
end

-- COPY and ADD -------------------------------------------------------------------------

-- --exclude patterns are relative to each source, as in BuildKit; the
-- builder matches excludes from the source root, so each is put below the
-- sources it applies to.
local function excludes_for(sources, patterns)
	local out = {}
	for _, src in ipairs(sources) do
		local rel = src:gsub("^[/%.]*/", ""):gsub("/+$", "")
		if rel == "." or rel == "/" then
			rel = ""
		end
		for _, p in ipairs(patterns) do
			local neg, body = p:match("^(!?)(.*)$")
			body = body:gsub("^/+", "")
			out[#out + 1] = neg .. (rel ~= "" and (rel .. "/") or "") .. body
		end
	end
	return out
end

local function concat_lists(a, b)
	local r = config.copy_list(a)
	for _, v in ipairs(b or {}) do
		r[#r + 1] = v
	end
	return r
end

local function need(ctx, node, fn, what)
	if type(ctx.b[fn]) ~= "function" then
		fail(node, "%s needs b.%s, which this strata does not have yet", what, fn)
	end
end

function H.copy(ctx, st, node)
	local is_add = node.name == "add"
	local keyword = is_add and "ADD" or "COPY"
	local f, given = M.flags(ctx, node)
	local docs = heredoc_docs(node)
	local n = #node.args
	if docs[n] then
		fail(node, "%s cannot accept a heredoc as a destination", keyword)
	end
	local dest_word = config.expand(ctx, st, node, node.args[n])
	-- several sources always go into a directory
	if n > 2 and not names_dir(dest_word) then
		dest_word = dest_word .. "/"
	end
	local dest = dest_path(st, dest_word)
	local chown = f.chown and f.chown ~= "" and config.expand(ctx, st, node, f.chown) or nil
	local chmod
	if f.chmod and f.chmod ~= "" then
		local err
		chmod, err = values.octal_mode(config.expand(ctx, st, node, f.chmod))
		if not chmod then
			fail(node, "%s", err)
		end
	end
	local checksum = f.checksum and f.checksum ~= "" and config.expand(ctx, st, node, f.checksum) or nil

	local locals, urls, inline = {}, {}, {}
	for i = 1, n - 1 do
		local d = docs[i]
		if d then
			local data = d.content
			if d.expand then
				data = config.expand(ctx, st, node, data, { skip_quotes = true, escape = "\\" })
			end
			inline[#inline + 1] = { path = d.name, data = data, mode = 420 }
		else
			local src = config.expand(ctx, st, node, node.args[i])
			if values.is_git(src) then
				if not is_add then
					fail(node, "source can't be a git ref for COPY")
				end
				fail(node, "ADD from a git repository ('%s') is not supported yet", src)
			elseif values.is_url(src) then
				if not is_add then
					fail(node, "source can't be a URL for COPY")
				end
				urls[#urls + 1] = src
			else
				locals[#locals + 1] = src
			end
		end
	end
	if is_add and given["keep-git-dir"] then
		fail(node, "ADD --keep-git-dir applies to git sources, which are not supported yet")
	end
	if checksum then
		if n - 1 ~= 1 then
			fail(node, "checksum can't be specified for multiple sources")
		elseif #urls ~= 1 then
			fail(node, "checksum requires HTTP(S) or Git sources")
		elseif not checksum:match("^sha256:%x+$") or #checksum ~= 71 then
			fail(node, "ADD --checksum=%s: expected sha256:<64 hex digits>", checksum)
		end
	end

	local base = {
		dest = dest,
		chown = chown,
		chmod = chmod,
		parents = f.parents or nil,
	}
	local function copy(from, sources, extra)
		local a = {}
		for k, v in pairs(base) do
			a[k] = v
		end
		for k, v in pairs(extra or {}) do
			a[k] = v
		end
		a.from, a.sources = from, sources
		st.state = st.state:copy(a, config.info(ctx, st, node))
	end
	if #locals > 0 then
		local from, excludes
		if f.from then
			local ref = config.expand(ctx, st, node, f.from)
			from = ctx.ref_state(st, ref, node, "COPY --from=" .. ref)
			excludes = excludes_for(locals, f.exclude)
		else
			excludes = concat_lists(ctx.excludes, excludes_for(locals, f.exclude))
		end
		copy(from, locals, {
			excludes = #excludes > 0 and excludes or nil,
			unpack = is_add and (not given.unpack or f.unpack) or nil,
		})
	end
	for _, url in ipairs(urls) do
		need(ctx, node, "fetch", "ADD from a URL")
		local name = values.url_basename(url)
		local fetched = ctx.b.fetch(url, name, checksum, config.info(ctx, st, node, "ADD " .. url))
		copy(fetched, { name }, { unpack = (given.unpack and f.unpack) or nil })
	end
	if #inline > 0 then
		need(ctx, node, "inline", keyword .. " with a heredoc")
		local names = {}
		for i, file in ipairs(inline) do
			names[i] = file.path
		end
		local files = ctx.b.inline(inline, config.info(ctx, st, node, "preparing inline document"))
		copy(files, names)
	end
end

H.add = H.copy

-- Static checks ---------------------------------------------------------------------

-- What BuildKit rejects when it parses an instruction, whether or not its
-- stage is built.
function M.check(ctx, node)
	M.flags(ctx, node)
	if node.name == "onbuild" and node.sub then
		M.check(ctx, node.sub)
	elseif node.name == "healthcheck" then
		healthcheck(ctx, node)
	elseif node.name == "run" then
		local f = M.flags(ctx, node)
		if f.network and not NETWORKS[f.network] then
			fail(node, "RUN --network=%s: expected default, none or host", f.network)
		end
		if f.security and not SECURITY[f.security] then
			fail(node, "RUN --security=%s: expected sandbox or insecure", f.security)
		end
	elseif node.name == "copy" or node.name == "add" then
		if heredoc_docs(node)[#node.args] then
			fail(node, "%s cannot accept a heredoc as a destination", node.name:upper())
		end
	end
end

return M
