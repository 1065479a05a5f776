-- dockerfile.errors: located errors of the dispatcher.
--
-- Anything the Dockerfile gets wrong is raised as a table carrying the line
-- (and, when known, the column and length of the offending text); catch()
-- turns it into parser.format_error's "FILE:LINE: message", the source line
-- and a caret. A plain string raised while a node is being dispatched (the
-- builder refusing an argument) is located at that node too.
--
--   errors.fail(node, fmt, ...)         raise at node's first line
--   errors.raise(err)                   raise a parser/flags error table
--   errors.catch(ctx, fn, ...)          -> true | nil, message

local parser = require("dockerfile.parser")

local M = {}

local TAG = {}

function M.fail(node, fmt, ...)
	local msg = select("#", ...) > 0 and fmt:format(...) or fmt
	error({ [TAG] = true, line = node and node.start_line, message = msg }, 0)
end

-- err: {line=, col=, len=, message=} as parser.parse, parser.validate and
-- flags.parse return them.
function M.raise(err)
	error({ [TAG] = true, line = err.line, col = err.col, len = err.len, message = err.message }, 0)
end

function M.is_located(e)
	return type(e) == "table" and e[TAG] == true
end

-- Run fn(...); a located error becomes nil, the rendered message. ctx.node
-- (the instruction being dispatched) locates other errors.
function M.catch(ctx, fn, ...)
	local ok, e = pcall(fn, ...)
	if ok then
		return true
	end
	local err
	if M.is_located(e) then
		err = { line = e.line, col = e.col, len = e.len, message = e.message }
	elseif ctx.node then
		err = { line = ctx.node.start_line, message = tostring(e) }
	else
		error(e, 0)
	end
	err.file = ctx.file
	return nil, parser.format_error(err, ctx.source)
end

return M
