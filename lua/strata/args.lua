-- strata: command-line option parsing.
--
-- A spec lists options: { name = "tag", short = "t", arg = true, multi = true }.
-- Accepts "--name value", "--name=value", "-t value", "-tvalue" and bare
-- "--flag"; "--" ends options. With stop_at_positional, everything from the
-- first positional on is left alone (for `strata run IMAGE CMD...`).
local M = {}

local function find(spec, long, short)
  for _, o in ipairs(spec) do
    if (long and o.name == long) or (short and o.short == short) then return o end
  end
end

local function key(o) return (o.name:gsub("-", "_")) end

-- parse(argv, spec, opts) -> options table, positionals | nil, message
function M.parse(argv, spec, opts)
  opts = opts or {}
  local out, pos = {}, {}
  for _, o in ipairs(spec) do
    if o.multi then out[key(o)] = {} end
  end
  local i = 1
  while i <= #argv do
    local a = argv[i]
    if a == "--" then
      for j = i + 1, #argv do pos[#pos + 1] = argv[j] end
      break
    end
    local long, value = a:match("^%-%-([^=]+)=(.*)$")
    if not long then long = a:match("^%-%-(.+)$") end
    local short
    if not long and a:match("^%-[^-]") then
      short, value = a:sub(2, 2), a:sub(3)
      if value == "" then value = nil end
    end
    if long or short then
      local o = find(spec, long, short)
      if not o then
        return nil, string.format("unknown option '%s'", long and ("--" .. long) or ("-" .. short))
      end
      if o.arg then
        if value == nil then
          i = i + 1
          value = argv[i]
          if value == nil then return nil, string.format("option '--%s' needs a value", o.name) end
        end
        if o.multi then table.insert(out[key(o)], value) else out[key(o)] = value end
      else
        if value ~= nil and short == nil then
          if value == "true" then out[key(o)] = true
          elseif value == "false" then out[key(o)] = false
          else return nil, string.format("option '--%s' takes no value", o.name) end
        else
          out[key(o)] = true
        end
      end
    else
      pos[#pos + 1] = a
      if opts.stop_at_positional then
        for j = i + 1, #argv do pos[#pos + 1] = argv[j] end
        break
      end
    end
    i = i + 1
  end
  return out, pos
end

-- help(spec) -> the options part of a usage text
function M.help(spec)
  local lines = {}
  for _, o in ipairs(spec) do
    local names = (o.short and ("-" .. o.short .. ", ") or "    ") .. "--" .. o.name
    if o.arg then names = names .. " " .. (o.metavar or "VALUE") end
    lines[#lines + 1] = string.format("  %-28s %s", names, o.help or "")
  end
  return table.concat(lines, "\n")
end

return M
