-- dockerfile.suggest: "did you mean ...?" for misspelt instruction names,
-- flags and stage names.
--
--   suggest.distance(a, b)              -> edits between a and b
--   suggest.suggest(word, candidates)   -> the nearest candidate, or nil

local M = {}

local byte = string.byte

-- Edit distance (optimal string alignment: a swap of two neighbours is one
-- edit) between two ASCII strings, compared case-insensitively.
local function distance(a, b)
	a, b = a:lower(), b:lower()
	local la, lb = #a, #b
	local prev2, prev, cur = {}, {}, {}
	for j = 0, lb do
		prev[j] = j
	end
	for i = 1, la do
		cur = { [0] = i }
		for j = 1, lb do
			local cost = byte(a, i) == byte(b, j) and 0 or 1
			local d = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
			if i > 1 and j > 1 and byte(a, i) == byte(b, j - 1) and byte(a, i - 1) == byte(b, j) then
				d = math.min(d, prev2[j - 2] + 1)
			end
			cur[j] = d
		end
		prev2, prev = prev, cur
	end
	return prev[lb]
end
M.distance = distance

-- The candidate nearest to word, if it is near enough to be a typo: at most
-- one edit per three characters of word, and never more than two.
function M.suggest(word, candidates)
	local best, best_d
	for _, c in ipairs(candidates) do
		local d = distance(word, c)
		if d > 0 and d <= 2 and d * 3 <= #word and (not best_d or d < best_d) then
			best, best_d = c, d
		end
	end
	return best
end

return M
