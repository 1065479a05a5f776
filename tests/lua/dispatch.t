#!/usr/bin/env lua5.4
-- The Dockerfile frontend (frontends/dockerfile) against a fake builder that
-- records every call: what each instruction does to the image config and to
-- RUN's argv/env/cwd/user, ARG scoping, ONBUILD, SHELL, stages, and the
-- errors with their messages. Needs neither the strata binary nor ../shared.
local tap = dofile((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/tap.lua")
tap.setup(arg[0])
local dockerfile = require("dockerfile")

-- The fake builder ------------------------------------------------------------------

local ARRAY = {}
local NULL = setmetatable({}, { __name = "null" })

local IMAGES = {
	busybox = { config = { Env = { "PATH=/usr/bin:/bin", "HOME=/root" }, Cmd = { "sh" } } },
	nopath = { config = { Cmd = { "x" } } },
	workdir = { config = { Env = { "PATH=/bin" }, WorkingDir = "/srv", User = "app" } },
	triggers = { author = "someone", config = { Env = { "PATH=/bin" }, OnBuild = { "RUN echo triggered $T", "ENV T=1",
		"COPY --from=helper /h /h" } } },
	badtrigger = { config = { Env = { "PATH=/bin" }, OnBuild = { "MAINTAINER x" } } },
}

local function fake(opts)
	local f = { calls = {}, warnings = {} }
	local State = {}
	State.__index = State
	local function node(op, args, info, parent)
		local s = setmetatable({ id = #f.calls + 1, op = op, args = args, info = info, parent = parent }, State)
		f.calls[#f.calls + 1] = s
		return s
	end
	function State:run(a, info)
		return node("run", a, info, self)
	end
	function State:copy(a, info)
		return node("copy", a, info, self)
	end
	function State:mkdir(path, o, info)
		return node("mkdir", { path = path, mode = o.mode, chown = o.chown }, info, self)
	end
	function State:config(patch, info)
		return node("config", patch, info, self)
	end
	f.b = {
		array = function(t)
			return setmetatable(t, ARRAY)
		end,
		null = NULL,
		platform = { os = "linux", arch = "amd64" },
		from = function(ref, info)
			return node("from", { ref = ref }, info)
		end,
		scratch = function(info)
			return node("scratch", {}, info)
		end,
		image_config = function(ref)
			local img = IMAGES[ref:match("^[^:]*")]
			if not img then
				return nil, ("image '%s' not found"):format(ref)
			end
			return img
		end,
		inline = function(files, info)
			return node("inline", { files = files }, info)
		end,
		fetch = function(url, name, checksum, info)
			return node("fetch", { url = url, name = name, checksum = checksum }, info)
		end,
		warn = function(msg)
			f.warnings[#f.warnings + 1] = msg
		end,
	}
	for k, v in pairs(opts and opts.builder or {}) do
		f.b[k] = v
	end
	return f
end

local quote = require("dockerfile.dump").quote

-- Canonical text of a value: keys sorted, states by id.
local function canon(v)
	if v == NULL then
		return "null"
	elseif type(v) == "string" then
		return quote(v)
	elseif type(v) ~= "table" then
		return tostring(v)
	elseif v.op and v.id then
		return "n" .. v.id
	end
	if getmetatable(v) == ARRAY or (#v > 0) then
		local parts = {}
		for i, x in ipairs(v) do
			parts[i] = canon(x)
		end
		return "[" .. table.concat(parts, ",") .. "]"
	end
	local keys = {}
	for k in pairs(v) do
		keys[#keys + 1] = k
	end
	table.sort(keys)
	local parts = {}
	for _, k in ipairs(keys) do
		parts[#parts + 1] = k .. "=" .. canon(v[k])
	end
	return "{" .. table.concat(parts, " ") .. "}"
end

-- "nID op parent args" per call, in the order they were made.
local function dump(calls)
	local lines = {}
	for _, c in ipairs(calls) do
		lines[#lines + 1] = ("n%d %s%s %s"):format(c.id, c.op, c.parent and (" n" .. c.parent.id) or "", canon(c.args))
	end
	return table.concat(lines, "\n")
end

local function lines(t)
	return table.concat(t, "\n") .. "\n"
end

-- Build text (a list of lines, or a string); returns the result, the fake.
local function build(text, opts)
	opts = opts or {}
	local f = fake(opts)
	local src = type(text) == "table" and lines(text) or text
	local o = { source = src, build_args = opts.build_args, target = opts.target, excludes = opts.excludes,
		network = opts.network, file = opts.file }
	local st, err = dockerfile.build(f.b, o)
	f.err = err
	f.st = st
	return f
end

-- The image config the target ends with: the base's, then every config op.
local function image_config(f)
	local chain, s = {}, f.st
	while s do
		table.insert(chain, 1, s)
		s = s.parent
	end
	local cfg = {}
	if chain[1] and chain[1].op == "from" then
		for k, v in pairs(IMAGES[chain[1].args.ref:match("^[^:]*")].config) do
			cfg[k] = v
		end
	end
	for _, c in ipairs(chain) do
		if c.op == "config" then
			for k, v in pairs(c.args) do
				cfg[k] = v ~= NULL and v or nil
			end
		end
	end
	return cfg
end

-- canon() of the args of every call of op, in order.
local function all(f, op)
	local r = {}
	for _, c in ipairs(f.calls) do
		if c.op == op then
			r[#r + 1] = canon(c.args)
		end
	end
	return r
end

local function last(f, op)
	for i = #f.calls, 1, -1 do
		if f.calls[i].op == op then
			return f.calls[i].args, f.calls[i]
		end
	end
	return {}
end

local function ok_build(text, opts, name)
	local f = build(text, opts)
	if not tap.ok(f.st ~= nil, name .. ": builds") then
		tap.diag(tostring(f.err))
	end
	return f
end

local function fails(text, pattern, name, opts)
	local f = build(text, opts)
	tap.ok(f.st == nil, name .. ": refused")
	tap.like(f.err, pattern, name .. ": message")
	return f
end

local function cfg_is(text, key, want, name, opts)
	local f = ok_build(text, opts, name)
	tap.is(canon(image_config(f)[key]), want, name)
	return f
end

-- A whole graph ------------------------------------------------------------------------

do
	local f = ok_build({
		"FROM busybox AS base",
		"ENV A=1",
		"RUN echo $A",
		"FROM scratch",
		"COPY --from=base /x /y",
		'CMD ["x"]',
	}, nil, "two stages")
	tap.is(dump(f.calls), table.concat({
		'n1 scratch {}',
		'n2 from {ref="busybox"}',
		'n3 config n2 {Env=["PATH=/usr/bin:/bin","HOME=/root","A=1"]}',
		'n4 run n3 {argv=["/bin/sh","-c","echo $A"] cwd="/" env=["PATH=/usr/bin:/bin","HOME=/root","A=1"]}',
		'n5 copy n1 {dest="/y" from=n4 sources=["/x"]}',
		'n6 config n5 {ArgsEscaped=true Cmd=["x"] Env=["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] WorkingDir="/"}',
	}, "\n"), "the graph of a two-stage build, stage by stage as needed")
	tap.is(f.calls[4].info.where, "Dockerfile:3", "nodes carry FILE:LINE")
	tap.is(f.calls[4].info.desc, "RUN echo $A", "nodes carry the instruction")
	tap.is(f.calls[4].info.stage, "base", "nodes carry the stage name")
	tap.is(f.calls[6].info.stage, "stage-1", "an unnamed stage is stage-N")
end

do
	local f = ok_build({ "FROM busybox AS unused", "RUN exit 1", "FROM busybox", "RUN true" }, nil, "unused stage")
	tap.is(#f.calls, 2, "a stage the target does not need is not described")
	f = ok_build({ "FROM busybox AS a", "RUN a", "FROM busybox AS b", "RUN b" }, { target = "A" }, "--target")
	tap.like(last(f, "run").argv[3], "^a$", "--target picks a stage (case-insensitively)")
	fails({ "FROM busybox AS build", "FROM busybox" }, "target stage 'biuld' could not be found %(stages: build, 1; did you mean build%?%)",
		"--target unknown", { target = "biuld" })
end

-- RUN -----------------------------------------------------------------------------------

do
	local f = ok_build({ "FROM workdir", "RUN make" }, nil, "RUN inherits WORKDIR and USER")
	local r = last(f, "run")
	tap.is(r.cwd, "/srv", "RUN: cwd from the base image")
	tap.is(r.user, "app", "RUN: user from the base image")
	f = ok_build({ "FROM busybox", 'SHELL ["/bin/bash", "-eu", "-c"]', "RUN echo hi", 'RUN ["a", "b"]' }, nil, "SHELL")
	tap.is(canon(f.calls[#f.calls - 1].args.argv), '["/bin/bash","-eu","-c","echo hi"]', "SHELL: used by shell-form RUN")
	tap.is(canon(last(f, "run").argv), '["a","b"]', "exec form RUN: no shell")
	tap.is(canon(image_config(f).Shell), '["/bin/bash","-eu","-c"]', "SHELL: in the config")
	f = ok_build({ "FROM busybox", 'SHELL ["/bin/ash", "-c"]', "CMD run", "ENTRYPOINT serve", "HEALTHCHECK CMD check" }, nil,
		"SHELL for CMD/ENTRYPOINT")
	local c = image_config(f)
	tap.is(canon(c.Cmd), '["/bin/ash","-c","run"]', "SHELL: used by CMD")
	tap.is(canon(c.Entrypoint), '["/bin/ash","-c","serve"]', "SHELL: used by ENTRYPOINT")
	tap.is(canon(c.Healthcheck.Test), '["CMD-SHELL","check"]', "HEALTHCHECK CMD: CMD-SHELL (the shell applies at run time)")

	f = ok_build({ "FROM busybox", "RUN --network=none wget x", "RUN --network=host true", "RUN true",
		"RUN --network=default true" }, { network = "host" }, "RUN --network")
	tap.is(f.calls[2].args.network, "none", "RUN --network=none")
	tap.is(f.calls[3].args.network, "host", "RUN --network=host")
	tap.is(f.calls[4].args.network, "host", "the CLI's --network is the default")
	tap.is(f.calls[5].args.network, "host", "RUN --network=default is the CLI's too")
	fails({ "FROM busybox", "RUN --network=bridge true" }, "Dockerfile:2: RUN %-%-network=bridge: expected default, none or host",
		"RUN --network bad")
	f = ok_build({ "FROM busybox AS build", "RUN make", "FROM busybox", "WORKDIR /w", "ARG C=pip",
		"RUN --mount=type=cache,id=$C,target=.cache --mount=type=bind,from=build,source=/out,target=/in "
			.. "--mount=type=bind,target=/src,rw --mount=type=secret,id=tok --mount=type=tmpfs,target=/t,size=1m x" },
		nil, "RUN --mount")
	local m = last(f, "run").mounts or {}
	tap.is(canon(m[1]), '{id="pip" required=false target="/w/.cache" type="cache"}',
		"--mount=type=cache: values expanded, target against WORKDIR")
	tap.like(canon(m[2]), '^{from=n%d+ required=false rw=false source="/out" target="/in" type="bind"}$',
		"--mount=type=bind,from=<stage>: that stage's state, read-only")
	tap.is(canon(m[3]), '{required=false rw=true target="/src" type="bind"}', "--mount=type=bind without from: the context")
	tap.is(canon(m[4]), '{id="tok" required=false target="/run/secrets/tok" type="secret"}', "--mount=type=secret")
	tap.is(canon(m[5]), '{required=false size=1048576 target="/t" type="tmpfs"}', "--mount=type=tmpfs")
	fails({ "FROM busybox", "RUN --mount=type=nope,target=/x true" }, "Dockerfile:2: %-%-mount=type=nope,target=/x: unknown type 'nope'",
		"RUN --mount bad type")
	fails({ "FROM busybox AS first", "RUN --mount=from=later,target=/x true", "FROM busybox AS later" },
		"RUN %-%-mount from=later: stage 'later' is defined after the current stage 'first'", "RUN --mount from a later stage",
		{ target = "first" })
	fails({ "FROM busybox", "RUN --security=insecure true" }, "not supported", "RUN --security=insecure")
	ok_build({ "FROM busybox", "RUN --security=sandbox true" }, nil, "RUN --security=sandbox")
	fails({ "FROM busybox", "RUN --netwrok=none true" }, "unknown flag '%-%-netwrok' for RUN %(did you mean %-%-network%?%)",
		"RUN unknown flag")
end

do -- heredocs
	local f = ok_build({ "FROM busybox", "RUN <<EOF", "echo one", "echo two", "EOF" }, nil, "RUN <<EOF")
	tap.is(canon(last(f, "run").argv), '["/bin/sh","-c","echo one\\necho two\\n"]', "a lone heredoc is the script")
	f = ok_build({ "FROM busybox", "RUN cat <<EOF >/a && cat <<-'END' >/b", "$HOME", "EOF", "\tx", "END" }, nil,
		"RUN with heredocs")
	tap.is(last(f, "run").argv[3], "cat <<EOF >/a && cat <<-'END' >/b\n$HOME\nEOF\n\tx\nEND",
		"heredocs go back to the shell, which reads them")
	fails({ "FROM busybox", "RUN <<EOF", "#!/usr/bin/python3", "print(1)", "EOF" }, "starts with '#!' is not supported yet",
		"shebang heredoc")
	fails({ "FROM busybox", 'RUN ["cat", "<<EOF"]', "hello", "EOF" },
		"Dockerfile:3: unknown instruction 'hello'.*line 2 starts a heredoc in JSON %(exec%) form", "exec-form heredoc")
end

-- ENV and ARG ---------------------------------------------------------------------------

do
	local f = ok_build({ "FROM busybox", "ENV A=1 B=$A", "ENV B=${A}2 C=", "ENV D two words", "RUN x" }, nil, "ENV")
	local c = image_config(f)
	tap.is(canon(c.Env), '["PATH=/usr/bin:/bin","HOME=/root","A=1","B=12","C=","D=two words"]',
		"ENV: both forms; a pair sees the values before its instruction")
	fails({ "FROM busybox", "ENV C" }, "ENV must have two arguments", "ENV without a value")
	fails({ "FROM busybox", "ENV A=1 B" }, "can't find = in \"B\"", "ENV mixing the forms")
	f = ok_build({ "FROM busybox", "ENV PATH=/opt:$PATH", "RUN x" }, nil, "ENV PATH")
	tap.is(last(f, "run").env[1], "PATH=/opt:/usr/bin:/bin", "ENV replaces a variable in place")
	f = ok_build({ "FROM nopath", "RUN x" }, nil, "no PATH in the base")
	tap.is(last(f, "run").env[1], "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
		"RUN gets the default PATH")
	tap.is(canon(image_config(f).Env), '["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]',
		"and so does the image (as BuildKit)")
end

do
	local f = ok_build({
		"ARG V=1",
		"ARG IMG=busy${V}",
		"FROM busybox",
		"RUN echo $V",
		"ARG V",
		"RUN echo $V",
		"ARG W=$V-w X",
		"RUN echo $W",
	}, nil, "ARG scoping")
	local runs = {}
	for _, c in ipairs(f.calls) do
		if c.op == "run" then
			runs[#runs + 1] = c.args
		end
	end
	tap.is(canon(runs[1].env), '["PATH=/usr/bin:/bin","HOME=/root"]', "a global ARG is not in a stage's scope")
	tap.is(canon(runs[2].env), '["PATH=/usr/bin:/bin","HOME=/root","V=1"]', "ARG NAME takes the global's value")
	tap.is(canon(runs[3].env), '["PATH=/usr/bin:/bin","HOME=/root","V=1","W=1-w"]', "a default sees ARGs in scope; no value, no variable")
	tap.is(canon(image_config(f).Env), '["PATH=/usr/bin:/bin","HOME=/root"]', "ARGs are not in the image")

	f = ok_build({ "ARG TAG=latest", "FROM busybox:${TAG}", "ARG TAG", "ARG X=default", "RUN echo" },
		{ build_args = { TAG = "1.36", X = "cli" } }, "--build-arg")
	tap.is(f.calls[1].args.ref, "busybox:1.36", "--build-arg overrides a global used in FROM")
	tap.is(canon(last(f, "run").env), '["PATH=/usr/bin:/bin","HOME=/root","TAG=1.36","X=cli"]', "--build-arg overrides defaults")

	f = ok_build({ "FROM busybox", "ENV A=env", "ARG A=arg", "RUN x", "ENV A=env2", "RUN y" }, nil, "ARG vs ENV")
	tap.is(f.calls[#f.calls - 2].args.env[3], "A=arg", "the later of ENV and ARG wins in RUN (BuildKit)")
	tap.is(last(f, "run").env[3], "A=env2", "the later of ENV and ARG wins in RUN, again")

	f = ok_build({ "FROM busybox AS a", "ARG X=1", "FROM a", "RUN x" }, nil, "ARG through FROM <stage>")
	tap.is(canon(last(f, "run").env), '["PATH=/usr/bin:/bin","HOME=/root","X=1"]', "ARGs carry into a stage built FROM it")

	f = ok_build({ "FROM busybox", "RUN a" }, { build_args = { NOPE = "1", HTTP_PROXY = "http://p:3128", TARGETOS = "linux" } },
		"unused --build-arg")
	tap.is(#f.warnings, 1, "one warning")
	tap.like(f.warnings[1] or "", "build argument 'NOPE' is not used", "a --build-arg no ARG declares is reported")
	tap.is(canon(last(f, "run").env), '["PATH=/usr/bin:/bin","HOME=/root","HTTP_PROXY=http://p:3128"]',
		"proxy --build-args reach RUN undeclared")
	f = ok_build({ "ARG G", "FROM busybox", "RUN a" }, { build_args = { G = "1" } }, "global ARG use")
	tap.is(#f.warnings, 0, "a --build-arg a global ARG declares is used")

	f = ok_build({ "FROM busybox:$TARGETARCH", "ARG TARGETPLATFORM", "ARG BUILDOS", "ARG TARGETSTAGE", "RUN x" }, nil, "platform ARGs")
	tap.is(f.calls[1].args.ref, "busybox:amd64", "TARGETARCH in FROM without a declaration")
	tap.is(canon(last(f, "run").env), '["PATH=/usr/bin:/bin","HOME=/root","TARGETPLATFORM=linux/amd64","BUILDOS=linux","TARGETSTAGE="]',
		"TARGETPLATFORM, BUILDOS, TARGETSTAGE once declared")
	fails({ "FROM busybox", "ARG A=${B:?required}" }, "Dockerfile:2: .*required", "an expansion error")
end

-- Config instructions -----------------------------------------------------------------------

do
	local f = cfg_is({ "FROM busybox", "ARG L=v", 'LABEL "a b"=c d=$L', "LABEL legacy form value" }, "Labels",
		'{a b="c" d="v" legacy="form value"}', "LABEL: keys and values expanded, both forms")
	cfg_is({ "FROM busybox", "ARG P=81", "EXPOSE 80 $P/udp 8000-8001/TCP" }, "ExposedPorts",
		'{80/tcp={} 8000/tcp={} 8001/tcp={} 81/udp={}}', "EXPOSE: protocol, ranges, variables")
	fails({ "FROM busybox", "EXPOSE 80/xyz" }, "invalid proto: xyz", "EXPOSE bad protocol")
	cfg_is({ "FROM busybox", "ARG D=/data", 'VOLUME ["/a", "$D"]', "VOLUME /b /c" }, "Volumes",
		'{/a={} /b={} /c={} /data={}}', "VOLUME: both forms, variables")
	f = cfg_is({ "FROM busybox", "ARG U=app", "USER $U:grp", "RUN id" }, "User", '"app:grp"', "USER")
	tap.is(last(f, "run").user, "app:grp", "USER: RUN runs as the user")
	cfg_is({ "FROM busybox", "STOPSIGNAL SIGKILL" }, "StopSignal", '"SIGKILL"', "STOPSIGNAL")
	cfg_is({ "FROM busybox", "STOPSIGNAL 9" }, "StopSignal", '"9"', "STOPSIGNAL number")
	fails({ "FROM busybox", "STOPSIGNAL SIGNOPE" }, "invalid signal: SIGNOPE", "STOPSIGNAL bad")
	cfg_is({ "FROM busybox", "CMD echo hi" }, "Cmd", '["/bin/sh","-c","echo hi"]', "CMD shell form")
	f = cfg_is({ "FROM busybox", 'ENTRYPOINT ["/app"]' }, "Entrypoint", '["/app"]', "ENTRYPOINT exec form")
	tap.is(image_config(f).Cmd, nil, "ENTRYPOINT drops an inherited CMD")
	f = cfg_is({ "FROM busybox", 'CMD ["a"]', 'ENTRYPOINT ["/app"]' }, "Cmd", '["a"]', "ENTRYPOINT keeps this stage's CMD")
	f = cfg_is({ "FROM busybox", 'ENTRYPOINT ["/app"]', "ENTRYPOINT []" }, "Entrypoint", "nil", "ENTRYPOINT [] clears it")
	cfg_is({ "FROM busybox", "HEALTHCHECK NONE" }, "Healthcheck", '{Test=["NONE"]}', "HEALTHCHECK NONE")
	cfg_is({ "FROM busybox",
		'HEALTHCHECK --interval=30s --timeout=1.5s --start-period=1m --start-interval=500ms --retries=3 CMD ["curl", "-f", "x"]' },
		"Healthcheck", '{Interval=30000000000 Retries=3 StartInterval=500000000 StartPeriod=60000000000 Test=["CMD","curl","-f","x"] Timeout=1500000000}',
		"HEALTHCHECK: every flag, durations in nanoseconds")
	fails({ "FROM busybox", "HEALTHCHECK --interval=10 CMD x" }, 'missing unit in duration "10"', "HEALTHCHECK bad duration")
	fails({ "FROM busybox", "HEALTHCHECK --timeout=10us CMD x" }, 'Interval "timeout" cannot be less than 1ms',
		"HEALTHCHECK too short")
	fails({ "FROM busybox", "HEALTHCHECK --retries=-1 CMD x" }, "%-%-retries cannot be negative %(%-1%)", "HEALTHCHECK retries")
	fails({ "FROM busybox", "HEALTHCHECK --interval=5s NONE" }, "HEALTHCHECK NONE takes no arguments", "HEALTHCHECK NONE flags")
	fails({ "FROM busybox AS unused", "HEALTHCHECK --interval=x CMD y", "FROM busybox" }, 'invalid duration "x"',
		"values are checked in stages not built, as BuildKit")
end

do -- WORKDIR
	local f = ok_build({ "FROM workdir", "WORKDIR rel/../sub/", "ARG D=/abs", "WORKDIR $D", "WORKDIR /", "RUN pwd" }, nil, "WORKDIR")
	tap.is(table.concat(all(f, "mkdir"), " "), '{chown="app" mode=493 path="/srv/sub"} {chown="app" mode=493 path="/abs"}',
		"WORKDIR: relative to the last, cleaned, created owned by USER, not for /")
	tap.is(last(f, "run").cwd, "/", "WORKDIR: RUN's cwd")
	tap.is(image_config(f).WorkingDir, "/", "WORKDIR: in the config")
	f = ok_build({ "FROM busybox", "WORKDIR /tmp/" }, nil, "WORKDIR /tmp/")
	tap.is(image_config(f).WorkingDir, "/tmp/", "WORKDIR: an absolute path keeps its trailing slash, as BuildKit")
	f = ok_build({ "FROM busybox", "WORKDIR /a/../b//c/", "RUN pwd" }, nil, "WORKDIR unclean")
	tap.is(image_config(f).WorkingDir, "/a/../b//c/", "WORKDIR: an absolute path goes into the config as written")
	tap.is(table.concat(all(f, "mkdir"), " "), '{mode=493 path="/b/c"}', "WORKDIR: the cleaned path is created")
	tap.is(last(f, "run").cwd, "/b/c", "WORKDIR: RUN's cwd is the cleaned path")
	f = ok_build({ "FROM busybox", "WORKDIR /x/y/", "WORKDIR z/", "WORKDIR ../q/" }, nil, "WORKDIR relative")
	tap.is(image_config(f).WorkingDir, "/x/y/q", "WORKDIR: a relative path is joined to the last and cleaned")
	f = ok_build({ "FROM scratch", "COPY a /" }, nil, "scratch config")
	tap.is(image_config(f).WorkingDir, "/", "FROM scratch: WorkingDir is / as in BuildKit's empty image")
	f = ok_build({ "FROM scratch", "WORKDIR sub" }, nil, "scratch WORKDIR")
	tap.is(image_config(f).WorkingDir, "/sub", "FROM scratch: a relative WORKDIR joins to /")
end

do -- MAINTAINER, ONBUILD
	local f = ok_build({ "FROM busybox", "ONBUILD RUN echo hi", "ONBUILD COPY a b" }, nil, "ONBUILD")
	tap.is(canon(image_config(f).OnBuild), '["RUN echo hi","COPY a b"]', "ONBUILD: triggers in OnBuild")
	f = ok_build({ "FROM busybox AS helper", "RUN h", "FROM triggers", "RUN after" }, nil, "ONBUILD triggers run")
	tap.is(f.calls[2].args.argv[3], "echo triggered $T", "a trigger runs first, in order")
	tap.is(canon(f.calls[3].args), '{Env=["PATH=/bin","T=1"] OnBuild=null}', "then the next; OnBuild goes")
	tap.is(canon(last(f, "run").env), '["PATH=/bin","T=1"]', "a trigger's ENV applies before the stage's own")
	tap.like(canon(last(f, "copy")), "from=n%d", "a trigger's COPY --from names a stage of this Dockerfile")
	local cfg = image_config(f)
	tap.is(cfg.OnBuild, nil, "the triggers are gone from the image that ran them")
	tap.is(canon(cfg.Env), '["PATH=/bin","T=1"]', "and their config stays")
	f = ok_build({ "FROM busybox AS base", "ONBUILD RUN echo from-base", "FROM base", "RUN own" }, nil, "ONBUILD from a stage")
	tap.is(f.calls[3].args.argv[3], "echo from-base", "a stage's ONBUILD runs in a stage built FROM it")
	tap.is(image_config(f).OnBuild, nil, "and is dropped there")
	fails({ "FROM badtrigger" }, "Dockerfile:1: ONBUILD trigger 'MAINTAINER x' of 'badtrigger': MAINTAINER isn't allowed", "bad trigger")
	fails({ "FROM busybox", "ONBUILD ONBUILD RUN x" }, "Chaining ONBUILD", "ONBUILD ONBUILD")
end

-- COPY and ADD -----------------------------------------------------------------------------

do
	local f = ok_build({ "FROM workdir", "ARG O=1:2", "COPY --chown=$O --chmod=0640 a b/ rel", "COPY --link x ." }, { excludes = { "*.tmp" } },
		"COPY")
	local c1, c2 = f.calls[#f.calls - 1].args, last(f, "copy")
	tap.is(canon(c1), '{chmod=416 chown="1:2" dest="/srv/rel/" excludes=["*.tmp"] sources=["a","b/"]}',
		"COPY: sources, dest against WORKDIR, several sources into a dir, --chown/--chmod expanded, .dockerignore")
	tap.is(c2.dest, "/srv/", "COPY x . copies into WORKDIR; --link is accepted")
	f = ok_build({ "FROM busybox", "COPY --exclude=*.md --exclude=!README.md docs/ /d/", "COPY --exclude=x . /" }, nil, "--exclude")
	tap.is(canon(f.calls[#f.calls - 1].args.excludes), '["docs/*.md","!docs/README.md"]', "--exclude is relative to the source")
	tap.is(canon(last(f, "copy").excludes), '["x"]', "--exclude on the whole context")
	f = ok_build({ "FROM busybox", "COPY --parents a/./b/*.c /src/" }, nil, "--parents")
	tap.is(canon(last(f, "copy")), '{dest="/src/" parents=true sources=["a/./b/*.c"]}', "COPY --parents")
	fails({ "FROM busybox", "COPY --chmod=999 a b" }, "invalid chmod parameter: '999'", "COPY bad chmod")
	fails({ "FROM busybox", "COPY http://x/y /z" }, "source can't be a URL for COPY", "COPY from a URL")
	fails({ "FROM busybox", "COPY a <<EOF", "x", "EOF" }, "COPY cannot accept a heredoc as a destination", "heredoc dest")

	f = ok_build({ "FROM busybox", "ARG N=world", "COPY <<EOF <<'RAW' /etc/", "hello $N", "EOF", "keep $N", "RAW" }, nil,
		"COPY heredocs")
	tap.is(canon(last(f, "inline").files), '[{data="hello world\\n" mode=420 path="EOF"},{data="keep $N\\n" mode=420 path="RAW"}]',
		"COPY <<EOF: inline files, expanded unless the delimiter is quoted")
	tap.like(canon(last(f, "copy")), '^{dest="/etc/" from=n%d+ sources=%["EOF","RAW"%]}$', "copied from the inline state")

	f = ok_build({ "FROM busybox", "ADD arch.tar.gz https://example.com/dl/tool.tgz?x=1 /opt/" }, nil, "ADD")
	local copies = all(f, "copy")
	tap.is(copies[1], '{dest="/opt/" sources=["arch.tar.gz"] unpack=true}', "ADD: local archives are unpacked")
	tap.like(copies[2] or "", '^{dest="/opt/" from=n%d+ sources=%["tool.tgz"%]}$', "ADD URL: fetched, named after the URL's path, not unpacked")
	tap.is(canon(last(f, "fetch")), '{name="tool.tgz" url="https://example.com/dl/tool.tgz?x=1"}', "ADD URL: fetch")
	f = ok_build({ "FROM busybox", "ADD --unpack=false a.tar /x", "ADD --checksum=sha256:" .. ("ab"):rep(32) .. " https://h/f /f" },
		nil, "ADD flags")
	tap.is(f.calls[2].args.unpack, nil, "ADD --unpack=false")
	tap.is(last(f, "fetch").checksum, "sha256:" .. ("ab"):rep(32), "ADD --checksum reaches the fetch")
	fails({ "FROM busybox", "ADD --checksum=sha256:00 a /b" }, "checksum requires HTTP%(S%) or Git sources", "ADD checksum local")
	fails({ "FROM busybox", "ADD https://github.com/o/r.git /src" }, "git repository .* is not supported yet", "ADD git")
	fails({ "FROM busybox", "ADD --keep-git-dir a /b" }, "keep%-git%-dir", "ADD --keep-git-dir")
	fails({ "FROM busybox", "COPY --checksum=x a b" }, "unknown flag '%-%-checksum' for COPY", "COPY --checksum")
end

do -- COPY --from
	local f = ok_build({ "FROM busybox AS a", "RUN a", "FROM busybox", "ARG S=a", "COPY --from=$S /x /y", "COPY --from=0 /x /z" }, nil,
		"COPY --from expanded")
	local c = {}
	for _, n in ipairs(f.calls) do
		if n.op == "copy" then
			c[#c + 1] = n.args.from.id
		end
	end
	tap.ok(#c == 2 and c[1] == c[2], "COPY --from=$ARG and --from=index name the same stage (built once)")
	f = ok_build({ "FROM busybox", "COPY --from=busybox:1 /bin/sh /sh" }, nil, "COPY --from an image")
	tap.is(last(f, "copy").from.op, "from", "COPY --from an image reads the image")
	fails({ "FROM busybox AS build", "FROM busybox", "COPY --from=biuld /x /y" },
		"Dockerfile:3: COPY %-%-from=biuld: no stage or image named 'biuld' %(stages: build, 1; did you mean build%?%): image 'biuld' not found",
		"COPY --from unknown")
	fails({ "FROM busybox AS first", "COPY --from=later /x /y", "FROM busybox AS later" },
		"COPY %-%-from=later: stage 'later' is defined after the current stage 'first' %(a stage can only use the stages before it%)",
		"COPY --from later",
		{ target = "first" })
	fails({ "FROM busybox AS a", "COPY --from=b /x /y", "FROM a AS b" }, "a cycle between stages: a %-> b %-> a", "stage cycle")
	fails({ "FROM busybox AS a", "COPY --from=a /x /y" }, "a cycle between stages: a %-> a", "COPY --from itself")
	fails({ "FROM busybox", "COPY --from=5 /x /y" }, "invalid stage index 5", "COPY --from bad index")
	f = ok_build({ "FROM busybox AS busybox", "RUN x" }, nil, "FROM name AS name")
	tap.is(f.calls[1].op, "from", "a stage named like its base image builds on the image")
end

-- Errors ------------------------------------------------------------------------------------

do
	local f = build({ "FROM busybox", "COPPY . /app" })
	tap.is(f.err, "Dockerfile:2: unknown instruction 'COPPY' (did you mean COPY?)\nCOPPY . /app\n^~~~~",
		"unknown instruction: file:line, did you mean, caret")
	f = build({ "FROM busybox", "  COPY --chwon=1 a b" }, { file = "app.Dockerfile" })
	tap.is(f.err, "app.Dockerfile:2: unknown flag '--chwon' for COPY (did you mean --chown?)\n  COPY --chwon=1 a b\n       ^~~~~~~",
		"unknown flag: caret under the flag")
	fails({ "RUN x", "FROM busybox" }, "Dockerfile:1: RUN before the first FROM", "instruction before FROM")
	fails({ "FROM busybox AS 1st" }, 'invalid name for build stage: "1st"', "bad stage name")
	fails({ "FROM nosuch" }, "Dockerfile:1: FROM nosuch: image 'nosuch' not found\nFROM nosuch\n^", "FROM unknown image")
	fails({ "ARG X", "FROM $X" }, "base name %(%$X%) should not be blank", "FROM empty")
	fails({ "FROM --platform=linux/s390x busybox" }, "strata builds for this host's platform %(linux/amd64%) only", "FROM --platform")
	ok_build({ "FROM --platform=$BUILDPLATFORM busybox" }, nil, "FROM --platform=$BUILDPLATFORM")
	fails({ "FROM busybox", "WORKDIR" }, "WORKDIR requires exactly one argument", "validate() runs")
	f = build({ "FROM busybox AS a", "FROM busybox AS a" })
	tap.like(f.warnings[1] or "", "duplicate stage name 'a'", "duplicate stage names are reported")
	f = build({ "FROM busybox", "RUN x" }, {
		builder = {
			image_config = function()
				return nil, "registry down"
			end,
		},
	})
	tap.like(f.err, "^Dockerfile:1: FROM busybox: registry down", "a lookup failure names the line")
end

-- Values ----------------------------------------------------------------------------------

do
	local values = require("dockerfile.values")
	local function dur(s)
		local v, err = values.duration(s)
		return v or err
	end
	tap.is(dur("1h2m3.5s"), 3723500000000, "duration: units add up, fractions scale")
	tap.is(dur("1.5h"), 5400000000000, "duration: fractional hours")
	tap.is(dur("300ms"), 300000000, "duration: ms")
	tap.is(dur("2us") .. " " .. dur("2\xC2\xB5s") .. " " .. dur("2\xCE\xBCs"), "2000 2000 2000", "duration: us, µs, μs")
	tap.is(dur("0"), 0, "duration: a bare 0")
	tap.is(dur("-1.5s"), -1500000000, "duration: a sign")
	tap.is(dur("1x"), 'time: unknown unit "x" in duration "1x"', "duration: unknown unit")
	tap.is(dur(""), 'time: invalid duration ""', "duration: empty")
	tap.is(dur("3000000h"), 'time: invalid duration "3000000h"', "duration: overflow")
	local function ports(s)
		local v, err = values.ports(s)
		return v and table.concat(v, " ") or err
	end
	tap.is(ports("127.0.0.1:8080:80/UDP"), "80/udp", "ports: host parts dropped, protocol lowered")
	tap.is(ports("80-79"), "invalid containerPort: 80-79", "ports: a backwards range")
	tap.is(ports("65536"), "invalid containerPort: 65536", "ports: out of range")
	tap.is(ports("9000-9001:80"), "80/tcp", "ports: a host range for one port")
	tap.ok(values.signal("SIGRTMIN+3") == 37 and values.signal("term") == 15 and values.signal("9") == 9,
		"signals: names, lowercase, numbers")
	tap.is(select(2, values.signal("0")), "invalid signal: 0", "signals: 0 is not one")
	tap.is(values.url_basename("https://h/a/b.tgz?x=1#f") .. " " .. values.url_basename("https://h/"),
		"b.tgz __unnamed__", "url_basename: the path's last component, or __unnamed__")
	tap.ok(values.is_git("git@github.com:o/r.git") and values.is_git("https://h/o/r.git")
		and not values.is_git("https://h/o/r.tgz") and values.is_url("https://h/o/r.tgz"), "git and URL sources")
	tap.is(values.stage_name("Build-1.x"), "build-1.x", "stage names are lowercased")
end

do -- step numbering: one step per instruction, however many nodes it makes
	local f = ok_build({ "FROM busybox", "WORKDIR /a", "RUN x", "CMD y" }, nil, "steps")
	local steps = {}
	for _, c in ipairs(f.calls) do
		steps[#steps + 1] = c.op .. ":" .. c.info.step .. "/" .. c.info.steps
	end
	tap.is(table.concat(steps, " "), "from:1/4 mkdir:2/4 config:2/4 run:3/4 config:4/4", "each instruction is one step")
end

tap.done_testing()
