/* Fuzz the Dockerfile parser (frontends/dockerfile, Lua) in an embedded Lua
 * state: parse only — parser.parse, then parser.validate and dump.dump on
 * what parses, parser.format_error on what does not.
 *
 * Properties checked: the parser never raises (its contract: "it never
 * raises on bad input"), a refusal is a table with a message and a line, and
 * every step returns strings where strings are due. Slowness is libFuzzer's
 * -timeout's to catch (an unknown 64,000-character instruction took 1.6 s in
 * the did-you-mean before it was bounded).
 *
 * libFuzzer sees only C coverage, and the interpreter's C says little about
 * which Lua lines ran: in the libFuzzer build a line hook feeds Lua's own
 * edges (previous line, this line, per chunk) to libFuzzer through its extra
 * counters, so inputs that reach new parser code are kept. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "fuzz.h"

#ifndef STRATA_FUZZ_FRONTENDS
#error "STRATA_FUZZ_FRONTENDS: the frontends/ directory of the source tree"
#endif

static lua_State *L;

/* function(text) that runs the parser on text, as a Lua chunk: parsing is
 * Lua's business, the checks on what it returns too */
static const char RUN[] =
        "local parser = require('dockerfile.parser')\n"
        "local dump = require('dockerfile.dump')\n"
        "return function(text)\n"
        "  local ast, err = parser.parse(text, { file = 'Dockerfile' })\n"
        "  if ast then\n"
        "    assert(type(ast.nodes) == 'table', 'an ast without nodes')\n"
        "    local ok, verr = parser.validate(ast, { file = 'Dockerfile' })\n"
        "    if not ok then\n"
        "      assert(type(verr) == 'table' and type(verr.message) == 'string', 'validate: no "
        "message')\n"
        "      assert(type(parser.format_error(verr, text)) == 'string', 'format_error: no "
        "string')\n"
        "    end\n"
        "    assert(type(dump.dump(ast)) == 'string', 'dump: no string')\n"
        "  else\n"
        "    assert(type(err) == 'table' and type(err.message) == 'string' and\n"
        "           math.type(err.line) == 'integer', 'a refusal without a message and a line')\n"
        "    assert(type(parser.format_error(err, text)) == 'string', 'format_error: no string')\n"
        "  end\n"
        "end\n";

#ifdef STRATA_FUZZ_LIBFUZZER
#define LUA_EDGES 65536
__attribute__((used, section("__libfuzzer_extra_counters"))) static uint8_t lua_edges[LUA_EDGES];
static uintptr_t prev_line;

static void line_hook(lua_State *l, lua_Debug *ar)
{
	if (!lua_getinfo(l, "S", ar))
		return;
	uintptr_t cur = ((uintptr_t)ar->source * 31u + (uintptr_t)ar->currentline) * 2654435761u;
	cur ^= cur >> 15;
	lua_edges[(cur ^ prev_line) % LUA_EDGES]++;
	prev_line = cur >> 1;
}
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	L = luaL_newstate();
	luaL_openlibs(L);
	lua_getglobal(L, "package");
	lua_pushstring(L, STRATA_FUZZ_FRONTENDS "/?.lua;" STRATA_FUZZ_FRONTENDS "/?/init.lua");
	lua_setfield(L, -2, "path");
	lua_pop(L, 1);
	if (luaL_loadbuffer(L, RUN, sizeof RUN - 1, "=fuzz_dockerfile") != LUA_OK ||
	    lua_pcall(L, 0, 1, 0) != LUA_OK)
		fuzz_fail("load the parser: %s", lua_tostring(L, -1));
	lua_setglobal(L, "fuzz_run");
#ifdef STRATA_FUZZ_LIBFUZZER
	lua_sethook(L, line_hook, LUA_MASKLINE, 0);
#endif
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!L)
		LLVMFuzzerInitialize(NULL, NULL);
	lua_getglobal(L, "fuzz_run");
	lua_pushlstring(L, (const char *)data, size);
#ifdef STRATA_FUZZ_LIBFUZZER
	prev_line = 0;
#endif
	if (lua_pcall(L, 1, 0, 0) != LUA_OK)
		fuzz_fail("the parser raised: %s", lua_tostring(L, -1));
	return 0;
}
