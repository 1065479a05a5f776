/* strata: the program — a Lua host.
 *
 * It finds its Lua sources and plugins relative to its own executable
 * (<prefix>/bin/strata -> <prefix>/share/strata, <prefix>/lib/strata/plugins),
 * which is the same in the build tree and when installed, and hands the
 * command line to lua/strata/cli.lua. Only this file exits. */
#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bind.h"
#include "util.h"

static char *prefix_dir(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return xstrdup("/usr/local");
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (slash)
		*slash = '\0'; /* .../bin */
	slash = strrchr(exe, '/');
	if (slash)
		*slash = '\0'; /* prefix */
	return xstrdup(exe[0] ? exe : "/");
}

/* share/bytecode/<rel>c for the source share/<rel>, when it is there and
 * not older than the source (build/CMakeLists.txt compiles them); else NULL.
 * Ownership: the caller's. */
static char *bytecode_for(const char *share, const char *src)
{
	size_t n = strlen(share);
	if (strncmp(src, share, n) != 0 || src[n] != '/')
		return NULL;
	char *bc = xasprintf("%s/bytecode%sc", share, src + n);
	struct stat s, b;
	if (stat(src, &s) < 0 || stat(bc, &b) < 0 || b.st_mtim.tv_sec < s.st_mtim.tv_sec ||
	    (b.st_mtim.tv_sec == s.st_mtim.tv_sec && b.st_mtim.tv_nsec < s.st_mtim.tv_nsec)) {
		free(bc);
		return NULL;
	}
	return bc;
}

/* core.bytecode(path) -> the compiled form of one of our sources, or nil
 * (frontend.lua loads the bundled frontends with it). */
static int l_bytecode(lua_State *L)
{
	AUTOFREE char *bc =
	        bytecode_for(lua_tostring(L, lua_upvalueindex(1)), luaL_checkstring(L, 1));
	if (bc)
		lua_pushstring(L, bc);
	else
		lua_pushnil(L);
	return 1;
}

/* A package.searchers entry before Lua's own: strata's modules from their
 * compiled form; nothing (Lua's searcher reads the text) when there is none
 * or it does not load (a liblua of another version). */
static int bytecode_searcher(lua_State *L)
{
	const char *share = lua_tostring(L, lua_upvalueindex(1));
	const char *name = luaL_checkstring(L, 1);
	const char *rel = luaL_gsub(L, name, ".", "/");
	AUTOFREE char *src = xasprintf("%s/lua/%s.lua", share, rel);
	AUTOFREE char *bc = bytecode_for(share, src);
	if (!bc || luaL_loadfilex(L, bc, "b") != LUA_OK)
		return 0;
	lua_pushstring(L, src);
	return 2;
}

static int traceback(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);
	luaL_traceback(L, L, msg ? msg : "(error object is not a string)", 1);
	return 1;
}

int main(int argc, char **argv)
{
	AUTOFREE char *prefix = prefix_dir();
	const char *e = getenv("STRATA_SHARE_DIR");
	AUTOFREE char *share = e && *e ? xstrdup(e) : xasprintf("%s/share/strata", prefix);
	e = getenv("STRATA_PLUGIN_DIR");
	AUTOFREE char *plugins = e && *e ? xstrdup(e) : xasprintf("%s/lib/strata/plugins", prefix);

	lua_State *L = luaL_newstate();
	if (!L) {
		fputs("strata: cannot create a Lua state\n", stderr);
		return 1;
	}
	luaL_openlibs(L);
	luaL_requiref(L, "strata.core", luaopen_strata_core, 0);
	lua_pushstring(L, share);
	lua_pushcclosure(L, l_bytecode, 1);
	lua_setfield(L, -2, "bytecode");
	lua_pop(L, 1);

	/* only our own Lua sources; no C modules from elsewhere */
	lua_getglobal(L, "package");
	lua_pushfstring(L, "%s/lua/?.lua;%s/lua/?/init.lua", share, share);
	lua_setfield(L, -2, "path");
	lua_pushstring(L, "");
	lua_setfield(L, -2, "cpath");
	lua_getfield(L, -1, "searchers");
	for (lua_Integer i = (lua_Integer)luaL_len(L, -1); i >= 2; i--) {
		lua_geti(L, -1, i);
		lua_seti(L, -2, i + 1);
	}
	lua_pushstring(L, share);
	lua_pushcclosure(L, bytecode_searcher, 1);
	lua_seti(L, -2, 2);
	lua_pop(L, 2);

	lua_pushcfunction(L, traceback);
	lua_getglobal(L, "require");
	lua_pushstring(L, "strata.cli");
	if (lua_pcall(L, 1, 1, 1) != LUA_OK) {
		fprintf(stderr, "strata: cannot load the CLI from '%s': %s\n", share,
		        lua_tostring(L, -1));
		lua_close(L);
		return 1;
	}
	lua_getfield(L, -1, "main");
	lua_createtable(L, argc, 0);
	for (int i = 1; i < argc; i++) {
		lua_pushstring(L, argv[i]);
		lua_seti(L, -2, i);
	}
	lua_createtable(L, 0, 3);
	lua_pushstring(L, share);
	lua_setfield(L, -2, "share_dir");
	lua_pushstring(L, plugins);
	lua_setfield(L, -2, "plugin_dir");
	lua_pushstring(L, prefix);
	lua_setfield(L, -2, "prefix");
	int status = 1;
	if (lua_pcall(L, 2, 1, 1) != LUA_OK) {
		fprintf(stderr, "strata: internal error: %s\n", lua_tostring(L, -1));
	} else {
		status = (int)luaL_optinteger(L, -1, 0);
	}
	lua_close(L);
	return status;
}
