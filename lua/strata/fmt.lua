-- strata: formatting for people.
local M = {}

-- 1234567 -> "1.2MB" (decimal units, as docker and du -h --si)
function M.human(n)
  local units = { "B", "kB", "MB", "GB", "TB" }
  local i = 1
  while n >= 1000 and i < #units do n = n / 1000; i = i + 1 end
  return i == 1 and string.format("%d%s", n, units[i]) or string.format("%.1f%s", n, units[i])
end

return M
