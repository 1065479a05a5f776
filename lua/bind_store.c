/* strata: strata.Store — the content-addressed store, for Lua. */
#include <stdlib.h>
#include <string.h>

#include "bind.h"

static int store_gc(lua_State *L)
{
	void **box = luaL_checkudata(L, 1, BIND_STORE);
	strata_store_free(*box);
	*box = NULL;
	return 0;
}

/* core.store_open(root) -> Store | nil, msg, code */
static int l_open(lua_State *L)
{
	const char *root = luaL_checkstring(L, 1);
	void **box = bind_box_new(L, BIND_STORE);
	struct strata_error *err = NULL;
	if (strata_store_open(root, (struct strata_store **)box, &err) < 0)
		return bind_fail(L, err);
	return 1;
}

static int l_root(lua_State *L)
{
	lua_pushstring(L, strata_store_root(bind_check(L, 1, BIND_STORE)));
	return 1;
}

static int l_tag_set(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_error *err = NULL;
	if (strata_store_tag_set(st, luaL_checkstring(L, 2), luaL_checkstring(L, 3), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

static int l_tag_get(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_error *err = NULL;
	char d[STRATA_DIGEST_LEN];
	if (strata_store_tag_get(st, luaL_checkstring(L, 2), d, &err) < 0)
		return bind_fail(L, err);
	lua_pushstring(L, d);
	return 1;
}

static int l_tag_remove(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_error *err = NULL;
	if (strata_store_tag_remove(st, luaL_checkstring(L, 2), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

static int add_tag(void *ud, const char *name, const char *digest)
{
	lua_State *L = ud;
	lua_createtable(L, 0, 2);
	lua_pushstring(L, name);
	lua_setfield(L, -2, "name");
	lua_pushstring(L, digest);
	lua_setfield(L, -2, "digest");
	lua_seti(L, -2, (lua_Integer)luaL_len(L, -2) + 1);
	return 0;
}

/* st:tags() -> { {name=, digest=}, ... } in name order */
static int l_tags(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_error *err = NULL;
	lua_newtable(L);
	if (strata_store_tag_list(st, add_tag, L, &err) < 0)
		return bind_fail(L, err);
	return 1;
}

/* st:read_blob(digest) -> bytes (verified) */
static int l_read_blob(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_error *err = NULL;
	char *buf = NULL;
	size_t len = 0;
	if (strata_store_read_blob(st, luaL_checkstring(L, 2), &buf, &len, &err) < 0)
		return bind_fail(L, err);
	lua_pushlstring(L, buf, len);
	free(buf);
	return 1;
}

static int l_put_blob(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	size_t len;
	const char *s = luaL_checklstring(L, 2, &len);
	struct strata_error *err = NULL;
	char d[STRATA_DIGEST_LEN];
	if (strata_store_put_blob(st, s, len, d, &err) < 0)
		return bind_fail(L, err);
	lua_pushstring(L, d);
	return 1;
}

static int l_blob_size(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	lua_pushinteger(L, (lua_Integer)strata_store_blob_size(st, luaL_checkstring(L, 2)));
	return 1;
}

/* st:usage() -> {blobs=, blobs_unused=, layers=, layers_unused=, cache=,
 *                 cache_mounts=, tmp=, nblobs=, ntags=, nrecords=} (bytes) */
static int l_usage(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_store_usage u;
	struct strata_error *err = NULL;
	if (strata_store_usage(st, &u, &err) < 0)
		return bind_fail(L, err);
	lua_createtable(L, 0, 10);
	const struct {
		const char *k;
		int64_t v;
	} f[] = {{"blobs", u.blobs},
	         {"blobs_unused", u.blobs_unused},
	         {"layers", u.layers},
	         {"layers_unused", u.layers_unused},
	         {"cache", u.cache},
	         {"cache_mounts", u.cache_mounts},
	         {"tmp", u.tmp},
	         {"nblobs", (int64_t)u.nblobs},
	         {"ntags", (int64_t)u.ntags},
	         {"nrecords", (int64_t)u.nrecords}};
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		lua_pushinteger(L, (lua_Integer)f[i].v);
		lua_setfield(L, -2, f[i].k);
	}
	return 1;
}

/* st:prune({keep_storage=bytes|nil, all=bool}) -> bytes freed */
static int l_prune(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_prune_opts o = {
	        .keep_storage = (int64_t)bind_optinteger(L, 2, "keep_storage", -1),
	        .all = bind_optboolean(L, 2, "all", 0),
	};
	int64_t freed = 0;
	struct strata_error *err = NULL;
	if (strata_store_prune(st, &o, &freed, &err) < 0)
		return bind_fail(L, err);
	lua_pushinteger(L, (lua_Integer)freed);
	return 1;
}

static void fsck_report(void *ud, const char *path, const char *cause, int repaired)
{
	lua_State *L = ud;
	lua_createtable(L, 0, 3);
	lua_pushstring(L, path);
	lua_setfield(L, -2, "path");
	lua_pushstring(L, cause);
	lua_setfield(L, -2, "cause");
	lua_pushboolean(L, repaired);
	lua_setfield(L, -2, "repaired");
	lua_rawseti(L, -2, (lua_Integer)luaL_len(L, -2) + 1);
}

/* st:fsck({repair=bool}) -> {{path=, cause=, repaired=}...}, problems left */
static int l_fsck(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_fsck_opts o = {
	        .repair = bind_optboolean(L, 2, "repair", 0),
	        .report = fsck_report,
	        .ud = L,
	};
	lua_newtable(L);
	size_t problems = 0, left = 0;
	struct strata_error *err = NULL;
	if (strata_store_fsck(st, &o, &problems, &left, &err) < 0)
		return bind_fail(L, err);
	lua_pushinteger(L, (lua_Integer)left);
	return 2;
}

/* st:mkdtemp(prefix) -> a fresh dir in the store's work space */
static int l_mkdtemp(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	char *path = NULL;
	struct strata_error *err = NULL;
	if (strata_store_mkdtemp(st, luaL_optstring(L, 2, "work"), &path, &err) < 0)
		return bind_fail(L, err);
	lua_pushstring(L, path);
	free(path);
	return 1;
}

/* st:blob_path(digest) -> the blob's file */
static int l_blob_path(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	char *path = NULL;
	struct strata_error *err = NULL;
	if (strata_store_blob_path(st, luaL_checkstring(L, 2), &path, &err) < 0)
		return bind_fail(L, err);
	lua_pushstring(L, path);
	free(path);
	return 1;
}

/* st:path(area[, name]) -> root/<area>[/name]; the areas by their Lua names
 * (enum strata_store_area). name is one file name, never a path. */
static int l_path(lua_State *L)
{
	static const char *const areas[STRATA_STORE_NAREAS + 1] = {
	        [STRATA_STORE_BLOBS] = "blobs",
	        [STRATA_STORE_TAGS] = "tags",
	        [STRATA_STORE_LAYERS] = "layers",
	        [STRATA_STORE_CACHE] = "cache",
	        [STRATA_STORE_TMP] = "tmp",
	        [STRATA_STORE_TRASH] = "trash",
	        [STRATA_STORE_LOGS] = "logs",
	        [STRATA_STORE_EXPLAIN] = "explain",
	        [STRATA_STORE_STATCACHE] = "statcache",
	        [STRATA_STORE_CACHE_MOUNTS] = "cache_mounts",
	        [STRATA_STORE_LOCK] = "lock",
	        [STRATA_STORE_LAYERS_LOCK] = "layers_lock",
	        [STRATA_STORE_NAREAS] = NULL,
	};
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	int area = luaL_checkoption(L, 2, NULL, areas);
	const char *name = luaL_optstring(L, 3, NULL);
	if (name && (!*name || strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, "..")))
		return luaL_argerror(L, 3, "a file name, not a path");
	char *path = strata_store_path(st, (enum strata_store_area)area, name);
	lua_pushstring(L, path);
	free(path);
	return 1;
}

/* core.tag_normalize(name) -> name | nil */
static int l_normalize(lua_State *L)
{
	char *n = strata_tag_normalize(luaL_checkstring(L, 1));
	if (!n) {
		lua_pushnil(L);
		return 1;
	}
	lua_pushstring(L, n);
	free(n);
	return 1;
}

void bind_store_register(lua_State *L)
{
	static const luaL_Reg methods[] = {
	        {"root", l_root},
	        {"path", l_path},
	        {"tag_set", l_tag_set},
	        {"tag_get", l_tag_get},
	        {"tag_remove", l_tag_remove},
	        {"tags", l_tags},
	        {"read_blob", l_read_blob},
	        {"put_blob", l_put_blob},
	        {"usage", l_usage},
	        {"mkdtemp", l_mkdtemp},
	        {"blob_path", l_blob_path},
	        {"prune", l_prune},
	        {"blob_size", l_blob_size},
	        {"fsck", l_fsck},
	        {"close", store_gc},
	        {NULL, NULL},
	};
	bind_class(L, BIND_STORE, methods, store_gc);
	lua_pushcfunction(L, l_open);
	lua_setfield(L, -2, "store_open");
	lua_pushcfunction(L, l_normalize);
	lua_setfield(L, -2, "tag_normalize");
}
