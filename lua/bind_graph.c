/* strata: strata.Graph and strata.Node — describing a build, for Lua.
 * A Node userdata keeps its Graph alive through its user value. */
#include <stdlib.h>
#include <string.h>

#include "bind.h"

static int graph_gc(lua_State *L)
{
	void **box = luaL_checkudata(L, 1, BIND_GRAPH);
	strata_graph_free(*box);
	*box = NULL;
	return 0;
}

static int node_gc(lua_State *L)
{
	/* nodes belong to their graph */
	void **box = luaL_checkudata(L, 1, BIND_NODE);
	*box = NULL;
	return 0;
}

static int l_graph_new(lua_State *L)
{
	void **box = bind_box_new(L, BIND_GRAPH);
	struct strata_error *err = NULL;
	if (strata_graph_new((struct strata_graph **)box, &err) < 0)
		return bind_fail(L, err);
	return 1;
}

static struct strata_node *check_node(lua_State *L, int idx, struct strata_graph *g)
{
	struct strata_node *n = bind_check(L, idx, BIND_NODE);
	lua_getiuservalue(L, idx, 1);
	void **gbox = luaL_checkudata(L, -1, BIND_GRAPH);
	if (!*gbox || *gbox != g)
		luaL_error(L, "node belongs to another (or a closed) graph");
	lua_pop(L, 1);
	return n;
}

static struct strata_node *opt_node(lua_State *L, int idx, struct strata_graph *g)
{
	return lua_isnoneornil(L, idx) ? NULL : check_node(L, idx, g);
}

/* info table: {stage=, desc=, where=, step=, steps=} (strings borrowed) */
static void get_info(lua_State *L, int idx, struct strata_node_info *info)
{
	memset(info, 0, sizeof(*info));
	if (lua_isnoneornil(L, idx))
		return;
	luaL_checktype(L, idx, LUA_TTABLE);
	info->stage = bind_optstring(L, idx, "stage", NULL);
	info->desc = bind_optstring(L, idx, "desc", NULL);
	info->where = bind_optstring(L, idx, "where", NULL);
	info->step = (int)bind_optinteger(L, idx, "step", 0);
	info->steps = (int)bind_optinteger(L, idx, "steps", 0);
}

/* Push the new node (graph at index 1), or nil, msg, code. */
static int push_node(lua_State *L, int r, struct strata_node *n, struct strata_error *err)
{
	if (r < 0)
		return bind_fail(L, err);
	void **box = bind_box_new(L, BIND_NODE);
	*box = n;
	lua_pushvalue(L, 1);
	lua_setiuservalue(L, -2, 1);
	return 1;
}

static int l_from(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	const char *ref = luaL_checkstring(L, 2);
	struct strata_node_info info;
	get_info(L, 3, &info);
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = strata_graph_from(g, ref, &info, &n, &err);
	return push_node(L, r, n, err);
}

static int l_scratch(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	struct strata_node_info info;
	get_info(L, 2, &info);
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = strata_graph_scratch(g, &info, &n, &err);
	return push_node(L, r, n, err);
}

static int network_mode(lua_State *L, const char *s)
{
	if (!s || strcmp(s, "default") == 0)
		return STRATA_NET_DEFAULT;
	if (strcmp(s, "none") == 0)
		return STRATA_NET_NONE;
	if (strcmp(s, "host") == 0)
		return STRATA_NET_HOST;
	return luaL_error(L, "unknown network mode '%s' (default, none or host)", s);
}

static int mount_kind(lua_State *L, const char *s)
{
	static const char *const names[] = {"bind", "cache", "tmpfs", "secret", NULL};
	for (int i = 0; names[i]; i++)
		if (strcmp(s, names[i]) == 0)
			return STRATA_RUN_MOUNT_BIND + i;
	return luaL_error(L, "unknown mount type '%s' (bind, cache, tmpfs, secret)", s);
}

static int sharing_mode(lua_State *L, const char *s)
{
	if (!s || strcmp(s, "shared") == 0)
		return STRATA_SHARING_SHARED;
	if (strcmp(s, "private") == 0)
		return STRATA_SHARING_PRIVATE;
	if (strcmp(s, "locked") == 0)
		return STRATA_SHARING_LOCKED;
	return luaL_error(L, "unknown cache sharing '%s' (shared, private, locked)", s);
}

/* The mounts list at idx: { {type=, target=, from=Node, source=, rw=, id=,
 * sharing=, uid=, gid=, mode=, env=, required=, size=}, ... }; the strings
 * stay anchored by the list, the array lives in a userdata on the stack. */
static struct strata_run_mount *get_mounts(lua_State *L, int idx, struct strata_graph *g, size_t *n)
{
	*n = 0;
	if (lua_isnoneornil(L, idx))
		return NULL;
	luaL_checktype(L, idx, LUA_TTABLE);
	lua_Integer len = luaL_len(L, idx);
	struct strata_run_mount *ms =
	        lua_newuserdatauv(L, (size_t)(len > 0 ? len : 1) * sizeof(*ms), 0);
	for (lua_Integer i = 1; i <= len; i++) {
		lua_geti(L, idx, i);
		int t = lua_gettop(L);
		luaL_checktype(L, t, LUA_TTABLE);
		struct strata_run_mount *m = &ms[i - 1];
		memset(m, 0, sizeof(*m));
		m->kind = mount_kind(L, bind_optstring(L, t, "type", "bind"));
		m->target = bind_optstring(L, t, "target", NULL);
		lua_getfield(L, t, "from");
		m->from = opt_node(L, -1, g);
		lua_pop(L, 1);
		m->source = bind_optstring(L, t, "source", NULL);
		m->readwrite = bind_optboolean(L, t, "rw", 0);
		m->id = bind_optstring(L, t, "id", NULL);
		m->sharing = sharing_mode(L, bind_optstring(L, t, "sharing", NULL));
		m->uid = (int)bind_optinteger(L, t, "uid", -1);
		m->gid = (int)bind_optinteger(L, t, "gid", -1);
		m->mode = (int)bind_optinteger(L, t, "mode", -1);
		m->env = bind_optstring(L, t, "env", NULL);
		m->required = bind_optboolean(L, t, "required", 0);
		m->size = (int64_t)bind_optinteger(L, t, "size", 0);
		lua_pop(L, 1);
	}
	*n = (size_t)len;
	return ms;
}

/* g:run(parent, {argv=, env=, cwd=, user=, network=, mounts=}, info) */
static int l_run(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	struct strata_node *parent = check_node(L, 2, g);
	luaL_checktype(L, 3, LUA_TTABLE);
	struct strata_node_info info;
	get_info(L, 4, &info);
	lua_getfield(L, 3, "argv");
	const char **argv = bind_strv(L, -1, "run argv");
	lua_getfield(L, 3, "env");
	const char **env = bind_strv(L, -1, "run env");
	lua_getfield(L, 3, "mounts");
	size_t nmounts = 0;
	struct strata_run_mount *mounts = get_mounts(L, lua_gettop(L), g, &nmounts);
	struct strata_run_args a = {
	        .argv = argv,
	        .env = env,
	        .cwd = bind_optstring(L, 3, "cwd", NULL),
	        .user = bind_optstring(L, 3, "user", NULL),
	        .network = network_mode(L, bind_optstring(L, 3, "network", NULL)),
	        .mounts = mounts,
	        .nmounts = nmounts,
	};
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = strata_graph_run(g, parent, &a, &info, &n, &err);
	return push_node(L, r, n, err);
}

/* g:copy(parent, {from=Node|nil, context=, sources=, dest=, chown=, chmod=,
 *                 excludes=, unpack=, parents=}, info) */
static int l_copy(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	struct strata_node *parent = check_node(L, 2, g);
	luaL_checktype(L, 3, LUA_TTABLE);
	struct strata_node_info info;
	get_info(L, 4, &info);
	lua_getfield(L, 3, "from");
	struct strata_node *from = opt_node(L, -1, g);
	lua_getfield(L, 3, "sources");
	const char **sources = bind_strv(L, -1, "copy sources");
	lua_getfield(L, 3, "excludes");
	const char **excludes = bind_strv(L, -1, "copy excludes");
	struct strata_copy_args a = {
	        .from = from,
	        .context = bind_optstring(L, 3, "context", NULL),
	        .sources = sources,
	        .dest = bind_optstring(L, 3, "dest", NULL),
	        .chown = bind_optstring(L, 3, "chown", NULL),
	        .chmod = (int)bind_optinteger(L, 3, "chmod", -1),
	        .excludes = excludes,
	        .unpack = bind_optboolean(L, 3, "unpack", 0),
	        .parents = bind_optboolean(L, 3, "parents", 0),
	};
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = strata_graph_copy(g, parent, &a, &info, &n, &err);
	return push_node(L, r, n, err);
}

/* g:mkdir(parent, path, mode, chown, info) */
static int l_mkdir(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	struct strata_node *parent = check_node(L, 2, g);
	const char *path = luaL_checkstring(L, 3);
	mode_t mode = (mode_t)luaL_optinteger(L, 4, 0755);
	const char *chown = luaL_optstring(L, 5, NULL);
	struct strata_node_info info;
	get_info(L, 6, &info);
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = strata_graph_mkdir(g, parent, path, mode, chown, &info, &n, &err);
	return push_node(L, r, n, err);
}

typedef int (*patch_op_fn)(struct strata_graph *g, struct strata_node *parent,
                           const char *patch_json, const struct strata_node_info *info,
                           struct strata_node **out, struct strata_error **err);

/* g:config / g:document(parent, patch_table, info): a JSON patch op */
static int patch_op(lua_State *L, patch_op_fn op)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	struct strata_node *parent = check_node(L, 2, g);
	luaL_checktype(L, 3, LUA_TTABLE);
	struct strata_node_info info;
	get_info(L, 4, &info);
	json_t *patch = bind_json_from(L, 3);
	char *text = json_dumps(patch, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(patch);
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = op(g, parent, text, &info, &n, &err);
	free(text);
	return push_node(L, r, n, err);
}

static int l_config(lua_State *L)
{
	return patch_op(L, strata_graph_config);
}

/* g:inline({ {path=, data=, mode=}, ... }, info) */
static int l_inline(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	luaL_checktype(L, 2, LUA_TTABLE);
	struct strata_node_info info;
	get_info(L, 3, &info);
	lua_Integer nf = luaL_len(L, 2);
	struct strata_inline_file *files =
	        lua_newuserdatauv(L, (size_t)(nf > 0 ? nf : 1) * sizeof(*files), 0);
	for (lua_Integer i = 1; i <= nf; i++) {
		lua_geti(L, 2, i);
		int t = lua_gettop(L);
		luaL_checktype(L, t, LUA_TTABLE);
		struct strata_inline_file *f = &files[i - 1];
		f->path = bind_optstring(L, t, "path", NULL);
		lua_getfield(L, t, "data");
		f->data = luaL_optlstring(L, -1, "", &f->len); /* anchored by the file table */
		lua_pop(L, 1);
		f->mode = (mode_t)bind_optinteger(L, t, "mode", 0644);
		lua_pop(L, 1); /* the file table stays anchored by the list */
	}
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = strata_graph_inline(g, files, (size_t)nf, &info, &n, &err);
	return push_node(L, r, n, err);
}

/* g:fetch(url, name, checksum|nil, info) */
static int l_fetch(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	const char *url = luaL_checkstring(L, 2);
	const char *name = luaL_checkstring(L, 3);
	const char *checksum = luaL_optstring(L, 4, NULL);
	struct strata_node_info info;
	get_info(L, 5, &info);
	struct strata_node *n = NULL;
	struct strata_error *err = NULL;
	int r = strata_graph_fetch(g, url, name, checksum, &info, &n, &err);
	return push_node(L, r, n, err);
}

/* g:document(parent, {author=, comment=}, info) */
static int l_document(lua_State *L)
{
	return patch_op(L, strata_graph_document);
}

/* g:dump(node) -> canonical text of everything node depends on */
static int l_dump(lua_State *L)
{
	struct strata_graph *g = bind_check(L, 1, BIND_GRAPH);
	struct strata_node *n = check_node(L, 2, g);
	char *s = strata_graph_dump(g, n);
	lua_pushstring(L, s);
	free(s);
	return 1;
}

void bind_graph_register(lua_State *L)
{
	static const luaL_Reg gm[] = {
	        {"from", l_from},   {"scratch", l_scratch}, {"run", l_run},
	        {"copy", l_copy},   {"mkdir", l_mkdir},     {"config", l_config},
	        {"dump", l_dump},   {"inline", l_inline},   {"document", l_document},
	        {"fetch", l_fetch}, {"close", graph_gc},    {NULL, NULL},
	};
	static const luaL_Reg nm[] = {{NULL, NULL}};
	bind_class(L, BIND_GRAPH, gm, graph_gc);
	bind_class(L, BIND_NODE, nm, node_gc);
	lua_pushcfunction(L, l_graph_new);
	lua_setfield(L, -2, "graph_new");
}
