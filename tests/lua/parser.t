#!/usr/bin/env lua5.4
-- dockerfile.parser and dockerfile.dump against BuildKit's parser test files,
-- plus cases of our own: heredocs, directives, escape=`, the line limit,
-- errors with line numbers and suggestions, validate().
local tap = dofile((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/tap.lua")
tap.setup(arg[0])
local conf, why = tap.conformance()
local parser = require("dockerfile.parser")
local dump = require("dockerfile.dump")

-- Conformance ----------------------------------------------------------------

if not conf then
	tap.skip("BuildKit parser test files", why)
else
local base = conf .. "/buildkit/parser"

for _, case in ipairs(tap.list_dir(base .. "/testfiles")) do
	local dir = base .. "/testfiles/" .. case
	local text = assert(tap.read_file(dir .. "/Dockerfile"), dir)
	local want = assert(tap.read_file(dir .. "/result"), dir)
	local ast, err = parser.parse(text)
	if ast then
		tap.is(dump.dump(ast) .. "\n", want, "testfiles/" .. case)
	else
		tap.ok(false, "testfiles/" .. case)
		tap.diag(parser.format_error(err, text))
	end
end

for _, case in ipairs(tap.list_dir(base .. "/testfiles-negative")) do
	local path = base .. "/testfiles-negative/" .. case .. "/Dockerfile"
	local text = assert(tap.read_file(path), path)
	local ast, err = parser.parse(text)
	tap.ok(ast == nil and type(err) == "table" and type(err.message) == "string" and err.line ~= nil,
		"testfiles-negative/" .. case .. " is rejected")
end

do
	local text = assert(tap.read_file(base .. "/testfile-line/Dockerfile"))
	local ast = parser.parse(text)
	tap.is_deeply(ast and { ast.start_line, ast.end_line }, { 5, 31 }, "testfile-line: the parse spans lines 5-31")
	local lines = {}
	for _, node in ipairs(ast and ast.nodes or {}) do
		lines[#lines + 1] = node.name .. ":" .. node.start_line .. "-" .. node.end_line
	end
	tap.is(table.concat(lines, " "), "from:5-5 env:11-12 run:17-31", "testfile-line: every node's lines")
end
end -- conformance

-- Helpers ------------------------------------------------------------------------

local function parse_ok(text, name)
	local ast, err = parser.parse(text)
	if not ast then
		tap.diag(name .. ": " .. parser.format_error(err, text))
	end
	return ast
end

-- The nodes of a file given as a list of lines.
local function nodes_of(lines, name)
	local ast = parse_ok(table.concat(lines, "\n") .. "\n", name)
	return ast and ast.nodes or {}, ast
end

local function dumps(text, want, name)
	local ast = parse_ok(text, name)
	tap.is(ast and dump.dump(ast), want, name)
	return ast
end

local function rejects(text, line, pattern, name)
	local ast, err = parser.parse(text)
	tap.ok(ast == nil, name .. ": rejected")
	tap.is(err and err.line, line, name .. ": error line")
	tap.like(err and err.message, pattern, name .. ": error message")
	return err
end

-- Heredocs ------------------------------------------------------------------------

do
	local n = nodes_of({
		"FROM alpine",
		"COPY <<FILE1 <<FILE2 /dest",
		"content 1",
		"FILE1",
		"content 2",
		"FILE2",
		"RUN <<-EOT",
		"\techo hi",
		"\t\tindented",
		"\tEOT",
		"RUN <<'EOF'",
		"echo $HOME",
		"EOF",
		'RUN <<"EOF" cat',
		"x",
		"EOF",
		"RUN 3<<EO'F'",
		"# not a comment",
		"EOF",
		"RUN <<eo\\'f",
		"eo'f",
		"RUN <<  EOF  > out",
		"EOF",
		"RUN <<- EOF",
		"\tEOF",
		'RUN "<<NOHEREDOC"',
		'RUN ["<<EOF"]',
		"USER <<X",
		"COPY <<X /x",
		"X",
	}, "heredocs")
	tap.is_deeply(n[2] and n[2].heredocs, {
		{ name = "FILE1", content = "content 1\n", raw = "content 1\n", expand = true, chomp = false },
		{ name = "FILE2", content = "content 2\n", raw = "content 2\n", expand = true, chomp = false },
	}, "heredoc: two on one line, read in order")
	tap.is_deeply(n[2] and n[2].args, { "<<FILE1", "<<FILE2", "/dest" }, "heredoc: markers stay in args")
	tap.is(n[2] and n[2].end_line, 6, "heredoc: end_line covers the bodies")
	tap.is_deeply(n[3] and n[3].heredocs, {
		{ name = "EOT", content = "echo hi\nindented\n", raw = "\techo hi\n\t\tindented\n", expand = true, chomp = true },
	}, "heredoc: <<- strips leading tabs, also before the delimiter")
	tap.is(n[4] and n[4].heredocs[1].expand, false, "heredoc: <<'EOF' does not expand")
	tap.is(n[4] and n[4].heredocs[1].content, "echo $HOME\n", "heredoc: body is kept as written")
	tap.is(n[5] and n[5].heredocs[1].expand, false, 'heredoc: <<"EOF" does not expand')
	tap.is_deeply(n[5] and n[5].args, { '<<"EOF" cat' }, "heredoc: RUN keeps its shell form text")
	tap.is(n[6] and n[6].heredocs[1].name, "EOF", "heredoc: partly quoted delimiter")
	tap.is(n[6] and n[6].heredocs[1].expand, false, "heredoc: partly quoted delimiter does not expand")
	tap.is(n[6] and n[6].heredocs[1].fd, 3, "heredoc: file descriptor")
	tap.is(n[6] and n[6].heredocs[1].content, "# not a comment\n", "heredoc: comment-like lines are body")
	tap.is(n[7] and n[7].heredocs[1].name, "eo'f", "heredoc: escaped quote is part of the name")
	tap.is(n[7] and n[7].heredocs[1].expand, true, "heredoc: escaped quote still expands")
	tap.is(n[8] and n[8].heredocs[1].name, "EOF", "heredoc: blanks after <<")
	tap.is_deeply(n[9] and n[9].heredocs[1], { name = "EOF", content = "", raw = "", expand = true, chomp = true },
		"heredoc: blanks after <<-")
	n = { table.unpack(n, 10) }
	tap.is(n[1] and #n[1].heredocs, 0, "heredoc: quoted marker is not a heredoc")
	tap.is(n[2] and #n[2].heredocs, 0, "heredoc: not in JSON form")
	tap.ok(n[2] and n[2].json, "heredoc: JSON form stays JSON")
	tap.is(n[3] and n[3].name, "user", "heredoc: USER takes none")
	tap.is(n[4] and n[4].name, "copy", "heredoc: USER's marker line is not consumed")
end

do
	-- the USER line above makes "X" an unknown instruction; check the rest
	-- in files of their own
	local ast = parse_ok("COPY <<X <<Y /dest\nY\nX\nX\nY\n", "heredoc order")
	local h = ast and ast.nodes[1].heredocs or {}
	tap.is(h[1] and h[1].content, "Y\n", "heredoc: first body ends at its own delimiter")
	tap.is(h[2] and h[2].content, "X\n", "heredoc: second body follows")

	ast = parse_ok("FROM a\nONBUILD RUN <<EOF\ninner\nEOF\nRUN echo done\n", "onbuild heredoc")
	local ob = ast and ast.nodes[2]
	tap.is(ob and ob.sub and ob.sub.heredocs[1] and ob.sub.heredocs[1].content, "inner\n", "heredoc: under ONBUILD")
	tap.is(ob and ob.end_line, 4, "heredoc: ONBUILD end_line")
	tap.is(ast and ast.nodes[3] and ast.nodes[3].start_line, 5, "heredoc: next instruction after the body")

	ast = parse_ok("FROM a\nRUN <<EOF\r\necho crlf\r\nEOF\r\n", "crlf heredoc")
	tap.is(ast and ast.nodes[2].heredocs[1].content, "echo crlf\r\n", "heredoc: CRLF delimiter line")

	rejects("FROM a\nRUN <<EOF\necho never ends\n", 2, "^unterminated heredoc$", "unterminated heredoc")
	ast = parse_ok("FROM a\nRUN cat <<'EOF\" x\n", "mismatched quotes")
	tap.is(ast and #ast.nodes[2].heredocs, 0, "heredoc: unterminated quote in the line is no heredoc")
end

-- Directives, BOM, escape -------------------------------------------------------

do
	local ast = dumps("\xEF\xBB\xBF# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all;error=true\n\nFROM a\nRUN echo `\n  hi\n",
		'(from "a")\n(run "echo   hi")', "BOM + directives")
	tap.is_deeply(ast and ast.directives, { syntax = "docker/dockerfile:1", escape = "`", check = "skip=all;error=true" },
		"directives are read after a BOM")
	tap.is(ast and ast.escape_token, "`", "escape token from the directive")
	tap.is_deeply(ast and ast.directive_lines, { syntax = 1, escape = 2, check = 3 }, "directive lines")

	ast = dumps("\xEF\xBB\xBFFROM scratch\n", '(from "scratch")', "BOM before an instruction")
	tap.is(ast and ast.nodes[1].col, 1, "BOM does not count in columns")

	ast = dumps("#  Syntax = x/y  \nFROM a\n", '(from "a")', "directive: case and blanks")
	tap.is(ast and ast.directives.syntax, "x/y", "directive: value trimmed, name lowercased")

	ast = dumps("FROM a\n# escape=`\nRUN a \\\n b\n", '(from "a")\n(run "a  b")', "directive after an instruction is a comment")
	tap.is(ast and ast.escape_token, "\\", "late escape directive ignored")
	ast = dumps("# hello\n# escape=`\nRUN a \\\n b\n", '(run "a  b")', "directive after a comment is a comment")
	ast = dumps("\n# escape=`\nRUN a \\\n b\n", '(run "a  b")', "directive after a blank line is a comment")
	ast = dumps("# foo=bar\n# escape=`\nRUN a \\\n b\n", '(run "a  b")', "unknown directive ends directives")

	rejects("# escape=`\n# escape=\\\nFROM a\n", 2, "only one escape parser directive", "duplicate directive")
	rejects("# syntax=a\n# SYNTAX=b\nFROM a\n", 2, "only one syntax parser directive", "duplicate directive, any case")
	rejects("# escape=x\nFROM a\n", 1, "invalid escape token 'x'", "invalid escape token")

	dumps("# escape=`\nFROM windows\nRUN dir c:\\\nWORKDIR c:\\Windows\nENV P C:\\a\\b `\n  C:\\c\n",
		'(from "windows")\n(run "dir c:\\\\")\n(workdir "c:\\\\Windows")\n(env "P" "C:\\\\a\\\\b   C:\\\\c" "")',
		"escape=`: backslashes are literal, ` continues")
	dumps("# escape=`\nENV a=x`\" b=y\n", '(env "a" "x`\\"" "=" "b" "y" "=")', "escape=`: escapes a quote in ENV words")
end

-- Continuations, comments, original text, columns --------------------------------

do
	local text = "FROM a\n  RUN echo a \\\n# comment\n\n     b \\\n  c\nCMD x\n"
	local ast = dumps(text, '(from "a")\n(run "echo a      b   c")\n(cmd "x")', "continuation with comment and blank lines")
	local run = ast and ast.nodes[2]
	tap.is(run and run.start_line, 2, "continuation: start_line")
	tap.is(run and run.end_line, 6, "continuation: end_line")
	tap.is(run and run.original, "RUN echo a      b   c", "continuation: original is the joined text")
	tap.is(run and run.col, 3, "keyword column counts indentation")
	tap.is(ast and #ast.warnings, 1, "empty continuation line warns")
	tap.is(ast and ast.warnings[1] and ast.warnings[1].line, 2, "warning names the instruction's line")

	ast = dumps("# the base\n# image\nFROM a\nRUN x\n", '(from "a")\n(run "x")', "comments")
	tap.is_deeply(ast and ast.nodes[1].comments, { "the base", "image" }, "comments before an instruction")
	tap.is_deeply(ast and ast.nodes[2].comments, {}, "no comments before the next")

	dumps("FROM a\r\nRUN b \\\r\n c\r\n", '(from "a")\n(run "b  c")', "CRLF line endings")
	dumps("from a\nrUn x\n", '(from "a")\n(run "x")', "instructions are case-insensitive")
	dumps("RUN a \\\\\nRUN b\n", '(run "a \\\\\\\\")\n(run "b")', "escaped escape token does not continue")
	dumps("RUN a\t\\ \t\n b\n", '(run "a\\t b")', "blanks after the escape token")
	dumps("FROM a\n\\\n", '(from "a")', "a lone escape token at the end")
end

-- Instructions ---------------------------------------------------------------------

do
	local n, ast = nodes_of({
		"FROM --platform=linux/amd64 golang:1.22 AS build",
		"ARG A B=2 C=\"x y\"",
		"ENV K1=v1 K2=\"v 2\"",
		"ENV OLD some value",
		"LABEL a=b",
		"RUN --mount=type=cache,target=/root/.cache --network=none go build",
		"RUN [\"go\", \"test\"]",
		"COPY --from=build --chown=1:1 /out /bin/",
		"ADD [\"a b\", \"/c\"]",
		"EXPOSE 80/tcp 443",
		"VOLUME [\"/data\"]",
		"USER app:app",
		"WORKDIR /src",
		"STOPSIGNAL SIGTERM",
		"HEALTHCHECK NONE",
		"HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"x\"]",
		"SHELL [\"/bin/bash\", \"-c\"]",
		"ENTRYPOINT exec app",
		"CMD [\"--help\"]",
		"MAINTAINER someone",
		"ONBUILD COPY --from=x a b",
		"RUN --mount=type=secret,id=\"a b\" -- --not-a-flag",
	}, "all instructions")
	tap.is(#n, 22, "all instructions parse")
	tap.is_deeply(n[1] and { n[1].flags, n[1].args }, { { "--platform=linux/amd64" }, { "golang:1.22", "AS", "build" } }, "FROM")
	tap.is_deeply(n[2] and n[2].pairs, { { key = "A" }, { key = "B", value = "2" }, { key = "C", value = '"x y"' } }, "ARG pairs")
	tap.is_deeply(n[3] and n[3].pairs, { { key = "K1", value = "v1", sep = "=" }, { key = "K2", value = '"v 2"', sep = "=" } }, "ENV pairs")
	tap.is_deeply(n[3] and n[3].args, { "K1", "v1", "=", "K2", '"v 2"', "=" }, "ENV args are triples")
	tap.is_deeply(n[4] and n[4].pairs, { { key = "OLD", value = "some value", sep = "" } }, "ENV legacy form")
	tap.is_deeply(n[5] and n[5].pairs, { { key = "a", value = "b", sep = "=" } }, "LABEL pairs")
	tap.is_deeply(n[6] and { n[6].flags, n[6].args, n[6].json }, {
		{ "--mount=type=cache,target=/root/.cache", "--network=none" }, { "go build" }, false }, "RUN shell form with flags")
	tap.is_deeply(n[7] and { n[7].args, n[7].json }, { { "go", "test" }, true }, "RUN exec form")
	tap.is_deeply(n[8] and { n[8].flags, n[8].args }, { { "--from=build", "--chown=1:1" }, { "/out", "/bin/" } }, "COPY")
	tap.is_deeply(n[9] and n[9].args, { "a b", "/c" }, "ADD JSON")
	tap.is_deeply(n[10] and n[10].args, { "80/tcp", "443" }, "EXPOSE")
	tap.is_deeply(n[11] and n[11].args, { "/data" }, "VOLUME JSON")
	tap.is_deeply(n[12] and n[12].args, { "app:app" }, "USER")
	tap.is_deeply(n[13] and n[13].args, { "/src" }, "WORKDIR")
	tap.is_deeply(n[14] and n[14].args, { "SIGTERM" }, "STOPSIGNAL")
	tap.is_deeply(n[15] and n[15].args, { "NONE" }, "HEALTHCHECK NONE")
	tap.is_deeply(n[16] and { n[16].flags, n[16].args, n[16].json }, { { "--interval=5s" }, { "CMD", "curl", "-f", "x" }, true }, "HEALTHCHECK CMD JSON")
	tap.is_deeply(n[17] and { n[17].args, n[17].json }, { { "/bin/bash", "-c" }, true }, "SHELL")
	tap.is_deeply(n[18] and { n[18].args, n[18].json }, { { "exec app" }, false }, "ENTRYPOINT shell form")
	tap.is_deeply(n[19] and n[19].args, { "--help" }, "CMD JSON")
	tap.is_deeply(n[20] and n[20].args, { "someone" }, "MAINTAINER")
	local sub = n[21] and n[21].sub
	tap.is_deeply(sub and { sub.name, sub.flags, sub.args, sub.start_line }, { "copy", { "--from=x" }, { "a", "b" }, 21 }, "ONBUILD nests one instruction")
	tap.is_deeply(n[22] and { n[22].flags, n[22].args }, { { "--mount=type=secret,id=a b" }, { "--not-a-flag" } }, "flags: quotes and --")
	tap.ok(ast and parser.validate(ast), "validate accepts them all")
	tap.is(n[21] and dump.node(n[21]), '(onbuild (copy ["--from=x"] "a" "b"))', "dump of ONBUILD with flags")
end

do
	tap.is(dump.quote("\a\v\x01\x7f\xff\u{a0}\u{200b}é😀\u{10ffff}\"\\"),
		'"\\a\\v\\x01\\x7f\\xff\\u00a0\\u200bé😀\\U0010ffff\\"\\\\"', "quote: Go's strconv.Quote rules")
end

do
	-- JSON details: Go's decoder rules
	dumps('CMD ["\\u00e9\\ud83d\\ude00", "\\ud800x"]', '(cmd "é😀" "\xEF\xBF\xBDx")', "JSON: \\u escapes and surrogates")
	dumps('CMD ["a"] trailing', '(cmd "[\\"a\\"] trailing")', "JSON: trailing text falls back to shell form")
	dumps('CMD ["a",]', '(cmd "[\\"a\\",]")', "JSON: trailing comma falls back")
	dumps('CMD ["a\tb"]', '(cmd "[\\"a\\tb\\"]")', "JSON: raw tab in a string falls back")
	dumps('CMD [ "a" ]   ', '(cmd "a")', "JSON: trailing blanks")
	rejects('CMD ["a", 1]', 1, "comprised of strings only", "JSON: number element")
	rejects('CMD ["a", {"b": [true, null, -1.5e3]}]', 1, "comprised of strings only", "JSON: object element")
	rejects('ENTRYPOINT [null]', 1, "comprised of strings only", "JSON: null element")
	dumps('VOLUME [1', '(volume "[1")', "JSON: broken list falls back to words")
	dumps("CMD " .. string.rep("[", 20000), '(cmd "' .. string.rep("[", 20000) .. '")', "JSON: deep nesting falls back")
end

-- Errors ------------------------------------------------------------------------------

do
	local text = "FROM alpine\n\nRUN echo hi\n\n# comment\n\nCOPPY . /app\n"
	local err = rejects(text, 7, "^unknown instruction 'COPPY' %(did you mean COPY%?%)$", "unknown instruction")
	tap.is(err and err.file, "Dockerfile", "error names the file")
	tap.is(err and err.col, 1, "error column")
	tap.is(parser.format_error(err, text), "Dockerfile:7: unknown instruction 'COPPY' (did you mean COPY?)\nCOPPY . /app\n^~~~~",
		"format_error: message, source line, caret")

	local _, err2 = parser.parse("FROM a\n\t  RUNN x\n", { file = "sub/Dockerfile.dev" })
	tap.is(err2 and parser.format_error(err2, "FROM a\n\t  RUNN x\n"),
		"sub/Dockerfile.dev:2: unknown instruction 'RUNN' (did you mean RUN?)\n\t  RUNN x\n\t  ^~~~", "caret keeps tabs")

	rejects("FROM a\nFORM b\n", 2, "did you mean FROM%?", "swapped letters suggest")
	rejects("FROM a\nENTRYPIONT x\n", 2, "did you mean ENTRYPOINT%?", "long instruction suggestion")
	local e3 = rejects("FROM a\nFROBNICATE x\n", 2, "^unknown instruction 'FROBNICATE'$", "no suggestion when nothing is near")
	local _, e4 = parser.parse("FROM a\nONBUILD  RUNX x\n")
	tap.is(e4 and e4.message, "unknown instruction 'RUNX' (did you mean RUN?)", "unknown instruction under ONBUILD")
	tap.is(e4 and e4.col, 10, "column of the nested instruction")
	tap.ok(e3 and e3.col == 1, "column set without suggestion")

	rejects("FROM a\nENV x\n", 2, "^ENV must have two arguments$", "ENV without a value")
	rejects("FROM a\nLABEL a=b c\n", 2, [[^Syntax error %- can't find = in "c"%. Must be of the form: name=value$]], "LABEL word without =")
	rejects("FROM a\nRUN a \\\n  b \\\n  c\nENV x\n", 5, "two arguments", "line numbers count continuation lines")

	local _, e5 = parser.parse("")
	tap.is(e5 and parser.format_error(e5, ""), "Dockerfile:1: file with no instructions", "empty file message")
	local ok, r, e6 = pcall(parser.parse, nil)
	tap.ok(ok and r == nil and e6 and e6.message:find("string"), "non-string input gives an error, not a raise")
end

-- The line limit ---------------------------------------------------------------------

do
	local long_ok = "RUN " .. string.rep("x", parser.MAX_LINE - 4)
	local ast = parse_ok("FROM a\n" .. long_ok .. "\n", "65535-byte line")
	tap.is(ast and #ast.nodes[2].args[1], parser.MAX_LINE - 4, "a 65535-byte line is accepted")
	local err = rejects("FROM a\n" .. long_ok .. "x\nRUN y\n", 2, "^dockerfile line greater than max allowed size of 65535$", "65536-byte line")
	tap.ok(err and err.col == nil, "line limit error has no column")
	rejects("FROM a\nRUN <<EOF\n" .. string.rep("y", 70000) .. "\nEOF\n", 3, "max allowed size", "line limit in a heredoc body")
	local joined = parse_ok("FROM a\nRUN " .. string.rep("x", 60000) .. " \\\n " .. string.rep("y", 60000) .. "\n", "long continued instruction")
	tap.is(joined and #joined.nodes[2].original, 4 + 60000 + 1 + 60001, "the limit is per line, not per instruction")
end

-- validate ---------------------------------------------------------------------------

do
	local function invalid(text, pattern, name)
		local ast = parse_ok(text, name)
		local ok, err = parser.validate(ast)
		tap.ok(not ok, name .. ": invalid")
		tap.like(err and err.message, pattern, name .. ": message")
		return err
	end
	local e = invalid("FROM a b\n", "FROM requires either one argument", "FROM with two words")
	tap.is(e and e.line, 1, "validate error line")
	for _, case in ipairs({
		{ "FROM a AT b\n", "expects 'AS'", "FROM a AT b" },
		{ "FROM a\nSHELL /bin/sh -c\n", "JSON form", "SHELL in shell form" },
		{ "FROM a\nONBUILD ONBUILD RUN x\n", "ONBUILD ONBUILD", "ONBUILD ONBUILD" },
		{ "FROM a\nONBUILD FROM b\n", "isn't allowed as an ONBUILD trigger", "ONBUILD FROM" },
		{ "FROM a\nONBUILD COPY x\n", "at least two arguments", "ONBUILD checks its trigger" },
		{ "FROM a\nHEALTHCHECK CONNECT TCP 7000\n", 'Unknown type "CONNECT"', "HEALTHCHECK type" },
		{ "FROM a\nHEALTHCHECK CMD\n", "Missing command", "HEALTHCHECK CMD without a command" },
		{ "FROM a\nHEALTHCHECK NONE x\n", "no arguments", "HEALTHCHECK NONE with arguments" },
		{ "FROM a\nCOPY x\n", "at least two arguments", "COPY with one argument" },
		{ "FROM a\nENV =x\n", "names can not be blank", "ENV without a name" },
		{ "FROM a\nUSER\n", "exactly one argument", "USER without a name" },
	}) do
		invalid(case[1], case[2], case[3])
	end
	-- a bare RUN is valid: BuildKit counts no arguments for it (sh -c '')
	tap.ok(parser.validate(parse_ok("FROM a\nRUN\n", "a bare RUN parses")), "a bare RUN is valid")
	local node = parse_ok("FROM a\nWORKDIR /x\n", "validate one node").nodes[2]
	tap.ok(parser.validate(node), "validate takes one node")
end

-- Robustness: the parser never raises -------------------------------------------------

do
	local seed = 12345
	local function rand(n)
		seed = (seed * 1103515245 + 12345) % 2147483648
		return seed % n + 1
	end
	local alphabet = { "RUN ", "COPY ", "FROM ", "ONBUILD ", "ENV ", "HEALTHCHECK ", "\\", "`", "\n", " ", "\t", "<<",
		"EOF", "-", "'", '"', "[", "]", ",", "=", "#", "--", "$", "{", "}", "\xEF\xBB\xBF", "\xC3", "é", "\r", "a", "x=y" }
	local raised, bad = 0, 0
	for _ = 1, 2000 do
		local parts = {}
		for k = 1, rand(30) do
			parts[k] = alphabet[rand(#alphabet)]
		end
		local text = table.concat(parts)
		local ok, ast, err = pcall(parser.parse, text)
		if not ok then
			raised = raised + 1
		elseif ast then
			local dok = pcall(dump.dump, ast)
			local vok = pcall(parser.validate, ast)
			if not (dok and vok) then
				raised = raised + 1
			end
		elseif not (type(err) == "table" and type(err.message) == "string" and err.line
			and not err.message:find("internal")) then
			bad = bad + 1
			tap.diag(("%q -> %s"):format(text, tap.show(err)))
		end
	end
	tap.is(raised, 0, "2000 random inputs: no raise")
	tap.is(bad, 0, "2000 random inputs: every error is well formed")
end

tap.done_testing()
