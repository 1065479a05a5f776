#!/usr/bin/env lua5.4
-- dockerfile.suggest: the edit distance, its bounded (banded) form against
-- the full one, the did-you-mean choice, and its cost on very long words.
local tap = dofile((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/tap.lua")
tap.setup(arg[0])
local suggest = require("dockerfile.suggest")
local instruction = require("dockerfile.instruction")

tap.is(suggest.distance("COPY", "copy"), 0, "case-insensitive")
tap.is(suggest.distance("COPPY", "COPY"), 1, "one insertion")
tap.is(suggest.distance("CPOY", "COPY"), 1, "a swap of neighbours is one edit")
tap.is(suggest.distance("", "RUN"), 3, "from nothing")
tap.is(suggest.distance("ENTRYPOINT", "EXPOSE"), 7, "unbounded distance")
tap.is(suggest.distance("ENTRYPOINT", "EXPOSE", 2), 3, "bounded: anything over the limit is limit + 1")
tap.is(suggest.distance("RUNNING", "RUN", 2), 3, "bounded: lengths apart by more than the limit")
tap.is(suggest.distance("COPPY", "COPY", 2), 1, "bounded: an answer under the limit is exact")

-- the banded distance agrees with the full one, capped, on random words
do
	local letters = { "a", "b", "c", "A", "d" }
	local seed = 12345
	local function rnd(n)
		seed = (seed * 1103515245 + 12345) % 2147483648
		return seed % n
	end
	local function word()
		local t = {}
		for i = 1, rnd(9) do
			t[i] = letters[rnd(#letters) + 1]
		end
		return table.concat(t)
	end
	local bad, first = 0, nil
	for _ = 1, 5000 do
		local a, b = word(), word()
		local full = suggest.distance(a, b)
		for limit = 0, 3 do
			local want = full > limit and limit + 1 or full
			if suggest.distance(a, b, limit) ~= want then
				bad = bad + 1
				first = first or ("%q %q limit %d"):format(a, b, limit)
			end
		end
	end
	tap.is(bad, 0, "banded distance matches the full one on 5,000 random pairs" .. (first and (": " .. first) or ""))
end

tap.is(suggest.suggest("COPPY", instruction.INSTRUCTIONS), "COPY", "a typo finds its instruction")
tap.is(suggest.suggest("biuld", { "build", "1" }), "build", "a stage name")
tap.is(suggest.suggest("AB", { "ABCD" }), nil, "two edits on a two-letter word is no typo")
tap.is(suggest.suggest("SOMETHING", instruction.INSTRUCTIONS), nil, "nothing near")

-- a 64,000-character word: no suggestion, and quickly (it took 1.6 s
-- when every candidate cost #word * #candidate steps)
do
	local long = string.rep("A", 64000)
	local t0 = os.clock()
	local got = suggest.suggest(long, instruction.INSTRUCTIONS)
	local near = suggest.suggest(long, { long .. "B", "RUN" })
	local took = os.clock() - t0
	tap.is(got, nil, "a 64,000-character word: no suggestion")
	tap.ok(near == long .. "B", "a 64,000-character candidate one edit away is still found")
	tap.ok(took < 1.0, ("both in %.3f s (under 1 s)"):format(took))
end

tap.done_testing()
