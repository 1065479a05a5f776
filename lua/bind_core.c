/* strata: the `strata.core` Lua module — the C side of the bindings.
 * Thin functions only; the friendly API is in the lua/strata modules. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bind.h"
#include "util.h"

void **bind_box_new(lua_State *L, const char *mt)
{
	void **box = lua_newuserdatauv(L, sizeof(void *), 1);
	*box = NULL;
	luaL_setmetatable(L, mt);
	return box;
}

void *bind_check(lua_State *L, int idx, const char *mt)
{
	void **box = luaL_checkudata(L, idx, mt);
	if (!*box)
		luaL_error(L, "attempt to use a closed %s", mt);
	return *box;
}

void bind_class(lua_State *L, const char *mt, const luaL_Reg *methods, lua_CFunction gc)
{
	luaL_newmetatable(L, mt);
	luaL_setfuncs(L, methods, 0);
	lua_pushvalue(L, -1);
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, gc);
	lua_setfield(L, -2, "__gc");
	lua_pushcfunction(L, gc);
	lua_setfield(L, -2, "__close");
	lua_pop(L, 1);
}

int bind_fail(lua_State *L, struct strata_error *err)
{
	lua_pushnil(L);
	if (!err) {
		lua_pushstring(L, "unknown error");
		lua_pushinteger(L, STRATA_EIO);
		return 3;
	}
	if (err->where)
		lua_pushfstring(L, "%s: %s", err->where, err->msg);
	else
		lua_pushstring(L, err->msg);
	lua_pushinteger(L, err->code);
	strata_error_free(err);
	return 3;
}

const char **bind_strv(lua_State *L, int idx, const char *what)
{
	idx = lua_absindex(L, idx);
	if (lua_isnoneornil(L, idx))
		return NULL;
	luaL_checktype(L, idx, LUA_TTABLE);
	lua_Integer n = luaL_len(L, idx);
	const char **v = lua_newuserdatauv(L, (size_t)(n + 1) * sizeof(char *), 0);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_geti(L, idx, i);
		if (lua_type(L, -1) != LUA_TSTRING)
			luaL_error(L, "%s: element %d is not a string", what, (int)i);
		v[i - 1] = lua_tostring(L, -1); /* anchored by the table */
		lua_pop(L, 1);
	}
	v[n] = NULL;
	return v;
}

const char *bind_optstring(lua_State *L, int idx, const char *key, const char *def)
{
	if (!lua_istable(L, idx))
		return def;
	lua_getfield(L, idx, key);
	const char *s = lua_isnil(L, -1) ? def : luaL_checkstring(L, -1);
	lua_pop(L, 1); /* the string stays anchored by the table */
	return s;
}

lua_Integer bind_optinteger(lua_State *L, int idx, const char *key, lua_Integer def)
{
	if (!lua_istable(L, idx))
		return def;
	lua_getfield(L, idx, key);
	lua_Integer v = lua_isnil(L, -1) ? def : luaL_checkinteger(L, -1);
	lua_pop(L, 1);
	return v;
}

int bind_optboolean(lua_State *L, int idx, const char *key, int def)
{
	if (!lua_istable(L, idx))
		return def;
	lua_getfield(L, idx, key);
	int v = lua_isnil(L, -1) ? def : lua_toboolean(L, -1);
	lua_pop(L, 1);
	return v;
}

/* core.isolate(): private mount namespace for this process (before mounts). */
static int l_isolate(lua_State *L)
{
	struct strata_error *err = NULL;
	if (strata_process_isolate(&err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* core.mkdtemp(prefix) -> path: a private temp dir outside the store. */
static int l_mkdtemp(lua_State *L)
{
	const char *prefix = luaL_optstring(L, 1, "strata");
	const char *t = getenv("TMPDIR");
	AUTOFREE char *tmpl = xasprintf("%s/%s-XXXXXX", t && *t ? t : "/tmp", prefix);
	if (!mkdtemp(tmpl)) {
		struct strata_error *err = NULL;
		strata_error_set(&err, STRATA_EIO, errno, "mkdtemp '%s'", tmpl);
		return bind_fail(L, err);
	}
	lua_pushstring(L, tmpl);
	return 1;
}

/* core.rmtree(path) */
static int l_rmtree(lua_State *L)
{
	struct strata_error *err = NULL;
	if (strata_rmtree(luaL_checkstring(L, 1), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* core.read_in_root(root, path) -> bytes | nil, msg, code
 * Read a file inside a root the way a chrooted process would see it: the only
 * file access frontends get (the context, the Dockerfile). */
static int l_read_in_root(lua_State *L)
{
	const char *root = luaL_checkstring(L, 1);
	const char *path = luaL_checkstring(L, 2);
	struct strata_error *err = NULL;
	AUTOCLOSE int fd = -1;
	if (strata_open_in_root(root, path, O_RDONLY | O_CLOEXEC, &fd, &err) < 0)
		return bind_fail(L, err);
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_fd(fd, &buf, &len) < 0) {
		strata_error_set(&err, STRATA_EIO, errno, "read '%s'", path);
		return bind_fail(L, err);
	}
	lua_pushlstring(L, buf, len);
	return 1;
}

/* core.realpath(path) -> absolute path | nil, msg, code */
static int l_realpath(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	AUTOFREE char *r = realpath(path, NULL);
	if (!r) {
		struct strata_error *err = NULL;
		strata_error_set(&err, errno == ENOENT ? STRATA_ENOENT : STRATA_EIO, errno, "'%s'",
		                 path);
		return bind_fail(L, err);
	}
	lua_pushstring(L, r);
	return 1;
}

/* core.isdir(path) -> bool */
static int l_isdir(lua_State *L)
{
	struct stat sb;
	lua_pushboolean(L, stat(luaL_checkstring(L, 1), &sb) == 0 && S_ISDIR(sb.st_mode));
	return 1;
}

/* core.ignore_parse(text) -> { pattern, ... } | nil, msg, code
 * The lines of a .dockerignore, cleaned as moby does. */
static int l_ignore_parse(lua_State *L)
{
	char **pats = NULL;
	int r = strata_ignore_parse(luaL_checkstring(L, 1), &pats);
	if (r < 0) {
		struct strata_error *err = NULL;
		strata_error_set(&err, r, 0, ".dockerignore: invalid pattern");
		return bind_fail(L, err);
	}
	lua_newtable(L);
	for (size_t i = 0; pats && pats[i]; i++) {
		lua_pushstring(L, pats[i]);
		lua_seti(L, -2, (lua_Integer)i + 1);
	}
	util_strv_free(pats);
	return 1;
}

/* core.list_dir(path) -> { name, ... } (not . and ..) | nil, msg, code */
static int l_list_dir(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	DIR *d = opendir(path);
	if (!d) {
		struct strata_error *err = NULL;
		strata_error_set(&err, errno == ENOENT ? STRATA_ENOENT : STRATA_EIO, errno,
		                 "read directory '%s'", path);
		return bind_fail(L, err);
	}
	lua_newtable(L);
	lua_Integer i = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		lua_pushstring(L, e->d_name);
		lua_seti(L, -2, ++i);
	}
	closedir(d);
	return 1;
}

/* core.mkdir_p(path) */
static int l_mkdir_p(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	if (util_mkdir_p(path, 0755) < 0) {
		struct strata_error *err = NULL;
		strata_error_set(&err, STRATA_EIO, errno, "mkdir '%s'", path);
		return bind_fail(L, err);
	}
	lua_pushboolean(L, 1);
	return 1;
}

/* core.isatty(fd) */
static int l_isatty(lua_State *L)
{
	lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
	return 1;
}

/* core.geteuid() */
static int l_geteuid(lua_State *L)
{
	lua_pushinteger(L, (lua_Integer)geteuid());
	return 1;
}

int luaopen_strata_core(lua_State *L)
{
	static const luaL_Reg fns[] = {
	        {"isolate", l_isolate},   {"mkdtemp", l_mkdtemp},
	        {"rmtree", l_rmtree},     {"read_in_root", l_read_in_root},
	        {"isatty", l_isatty},     {"list_dir", l_list_dir},
	        {"mkdir_p", l_mkdir_p},   {"ignore_parse", l_ignore_parse},
	        {"realpath", l_realpath}, {"isdir", l_isdir},
	        {"geteuid", l_geteuid},   {NULL, NULL},
	};
	luaL_newlib(L, fns);
	lua_pushstring(L, STRATA_VERSION);
	lua_setfield(L, -2, "version");
	bind_json_register(L);
	bind_store_register(L);
	bind_graph_register(L);
	bind_plugins_register(L);
	bind_image_register(L);
	bind_solve_register(L);
	return 1;
}
