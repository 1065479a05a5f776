-- dockerfile.suggest: "did you mean ...?" for misspelt instruction names,
-- flags and stage names.
--
--   suggest.distance(a, b [, limit])    -> edits between a and b
--   suggest.suggest(word, candidates)   -> the nearest candidate, or nil

local M = {}

local byte = string.byte

-- Most edits a suggestion may be away from the word.
local MAX_EDITS = 2

-- Edit distance (optimal string alignment: a swap of two neighbours is one
-- edit) between two ASCII strings, compared case-insensitively.
--
-- With a limit, only the band of cells within `limit` of the diagonal is
-- computed (a cell further out costs more than `limit` edits already), and
-- any result above the limit is returned as limit + 1: the cost is
-- O(#a * limit) instead of O(#a * #b), so a 64,000-character word from a
-- Dockerfile costs a few milliseconds, not seconds.
local function distance(a, b, limit)
	a, b = a:lower(), b:lower()
	local la, lb = #a, #b
	local inf = la + lb + 1
	local k = limit or inf
	if limit and math.abs(la - lb) > limit then
		return limit + 1
	end
	local prev2, prev, cur = {}, {}, {}
	for j = 0, math.min(lb, k) do
		prev[j] = j
	end
	for i = 1, la do
		local lo, hi = math.max(1, i - k), math.min(lb, i + k)
		cur = { [0] = i <= k and i or inf }
		if lo > 1 then
			cur[lo - 1] = inf
		end
		local row_min = cur[0]
		local ai, ai1 = byte(a, i), byte(a, i - 1)
		for j = lo, hi do
			local bj = byte(b, j)
			local cost = ai == bj and 0 or 1
			local d = math.min((prev[j] or inf) + 1, (cur[j - 1] or inf) + 1, (prev[j - 1] or inf) + cost)
			if i > 1 and j > 1 and ai == byte(b, j - 1) and ai1 == bj then
				d = math.min(d, (prev2[j - 2] or inf) + 1)
			end
			cur[j] = d
			if d < row_min then
				row_min = d
			end
		end
		if limit and row_min > limit then
			return limit + 1
		end
		prev2, prev = prev, cur
	end
	local d = prev[lb] or inf
	if limit and d > limit then
		return limit + 1
	end
	return d
end
M.distance = distance

-- The candidate nearest to word, if it is near enough to be a typo: at most
-- one edit per three characters of word, and never more than two.
function M.suggest(word, candidates)
	local best, best_d
	for _, c in ipairs(candidates) do
		local d = distance(word, c, MAX_EDITS)
		if d > 0 and d <= MAX_EDITS and d * 3 <= #word and (not best_d or d < best_d) then
			best, best_d = c, d
		end
	end
	return best
end

return M
