/* strata: core.solve — run the solver from Lua, rendering progress in C (the
 * solver never calls back into Lua while it works). */
#include <string.h>

#include "bind.h"

/* core.solve(graph, node, {store=, plugins=, sandbox=, context=, jobs=,
 *                          no_cache=, progress="plain"|"quiet",
 *                          source_date_epoch=}) -> manifest digest */
static int l_solve(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	struct strata_node *n = bind_check(L, 2, BIND_NODE);
	luaL_checktype(L, 3, LUA_TTABLE);
	lua_getfield(L, 3, "store");
	struct strata_store *st = bind_check(L, -1, BIND_STORE);
	lua_getfield(L, 3, "plugins");
	struct strata_plugins *p = lua_isnil(L, -1) ? NULL : bind_check(L, -1, BIND_PLUGINS);
	/* secrets: { {id=, data=}, ... } — borrowed from the table */
	lua_getfield(L, 3, "secrets");
	int sidx = lua_gettop(L);
	size_t nsec = lua_istable(L, sidx) ? (size_t)luaL_len(L, sidx) : 0;
	struct strata_secret *secrets =
	        lua_newuserdatauv(L, (nsec ? nsec : 1) * sizeof(*secrets), 0);
	for (size_t i = 0; i < nsec; i++) {
		lua_geti(L, sidx, (lua_Integer)i + 1);
		secrets[i].id = bind_optstring(L, -1, "id", "");
		lua_getfield(L, -1, "data");
		secrets[i].data = luaL_checklstring(L, -1, &secrets[i].len);
		lua_pop(L, 2);
	}
	lua_getfield(L, 3, "sandboxes");
	const char **sandboxes = bind_strv(L, -1, "sandboxes");
	lua_getfield(L, 3, "no_cache_stages");
	const char **ncs = bind_strv(L, -1, "no_cache_stages");
	/* also: { Node, ... } built alongside the target */
	lua_getfield(L, 3, "also");
	int aidx = lua_gettop(L);
	size_t nalso = lua_istable(L, aidx) ? (size_t)luaL_len(L, aidx) : 0;
	struct strata_node **also = lua_newuserdatauv(L, (nalso ? nalso : 1) * sizeof(*also), 0);
	for (size_t i = 0; i < nalso; i++) {
		lua_geti(L, aidx, (lua_Integer)i + 1);
		also[i] = bind_check(L, -1, BIND_NODE);
		lua_pop(L, 1); /* anchored by the list */
	}
	const char *mode = bind_optstring(L, 3, "progress", "plain");
	struct progress *pr = progress_new(2, strcmp(mode, "quiet") == 0);
	struct strata_solve_opts o = {
	        .store = st,
	        .plugins = p,
	        .sandbox = bind_optstring(L, 3, "sandbox", NULL),
	        .sandboxes = sandboxes,
	        .context_dir = bind_optstring(L, 3, "context", NULL),
	        .on_event = progress_event,
	        .event_ud = pr,
	        .jobs = (int)bind_optinteger(L, 3, "jobs", 0),
	        .no_cache = bind_optboolean(L, 3, "no_cache", 0),
	        .source_date_epoch = (int64_t)bind_optinteger(L, 3, "source_date_epoch", -1),
	        .secrets = secrets,
	        .nsecrets = nsec,
	        .no_cache_stages = ncs,
	        .also = also,
	        .nalso = nalso,
	        .explain = bind_optboolean(L, 3, "explain", 0),
	};
	char d[STRATA_DIGEST_LEN];
	struct strata_error *err = NULL;
	int r = strata_solve(g, n, &o, d, &err);
	progress_free(pr);
	if (r < 0)
		return bind_fail(L, err);
	lua_pushstring(L, d);
	return 1;
}

void bind_solve_register(lua_State *L)
{
	lua_pushcfunction(L, l_solve);
	lua_setfield(L, -2, "solve");
}
