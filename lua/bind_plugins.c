/* strata: strata.Plugins — the plugin host, for Lua. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "bind.h"
#include "util.h"

static int plugins_gc(lua_State *L)
{
	void **box = luaL_checkudata(L, 1, BIND_PLUGINS);
	strata_plugins_free(*box);
	*box = NULL;
	return 0;
}

static int l_new(lua_State *L)
{
	void **box = bind_box_new(L, BIND_PLUGINS);
	struct strata_error *err = NULL;
	if (strata_plugins_new((struct strata_plugins **)box, &err) < 0)
		return bind_fail(L, err);
	return 1;
}

static int l_load_dir(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	struct strata_error *err = NULL;
	if (strata_plugins_load_dir(p, luaL_checkstring(L, 2), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* p:add_dir(dir): plugins there load on first use */
static int l_add_dir(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	struct strata_error *err = NULL;
	if (strata_plugins_add_dir(p, luaL_checkstring(L, 2), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* p:load_error() -> message of the first plugin that failed to load, or nil */
static int l_load_error(lua_State *L)
{
	const char *m = strata_plugins_load_error(bind_check(L, 1, BIND_PLUGINS));
	lua_pushstring(L, m);
	return 1;
}

static int l_load(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	struct strata_error *err = NULL;
	if (strata_plugins_load(p, luaL_checkstring(L, 2), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* p:sandboxes() -> { {name=, description=, ok=bool, why=}, ... } */
static int l_sandboxes(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	size_t n = strata_plugins_sandbox_count(p);
	lua_createtable(L, (int)n, 0);
	for (size_t i = 0; i < n; i++) {
		const struct strata_sandbox *sb = strata_plugins_sandbox_at(p, i);
		char why[512] = "";
		int bad = sb->probe ? sb->probe(sb->self, why, sizeof why) : 0;
		lua_createtable(L, 0, 4);
		lua_pushstring(L, sb->name);
		lua_setfield(L, -2, "name");
		lua_pushstring(L, sb->description ? sb->description : "");
		lua_setfield(L, -2, "description");
		lua_pushboolean(L, bad == 0);
		lua_setfield(L, -2, "ok");
		lua_pushstring(L, why);
		lua_setfield(L, -2, "why");
		lua_seti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* p:transports() -> { {name=, scheme=}, ... } */
static int l_transports(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	size_t n = strata_plugins_transport_count(p);
	lua_createtable(L, (int)n, 0);
	for (size_t i = 0; i < n; i++) {
		const struct strata_transport *t = strata_plugins_transport_at(p, i);
		lua_createtable(L, 0, 2);
		lua_pushstring(L, t->name);
		lua_setfield(L, -2, "name");
		lua_pushstring(L, t->scheme);
		lua_setfield(L, -2, "scheme");
		lua_seti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* p:push(store, manifest_digest, "scheme:rest") */
static int l_push(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	struct strata_store *st = bind_check(L, 2, BIND_STORE);
	const char *digest = luaL_checkstring(L, 3);
	const char *scheme = luaL_checkstring(L, 4);
	const char *ref = luaL_checkstring(L, 5);
	struct strata_error *err = NULL;
	const struct strata_transport *t = strata_plugins_transport(p, scheme);
	if (!t) {
		strata_error_set(&err, STRATA_EUNSUPPORTED, 0, "no transport for '%s:'", scheme);
		return bind_fail(L, err);
	}
	if (!t->push || t->push(t->self, strata_plugins_host(p), st, digest, ref, &err) < 0) {
		if (!err)
			strata_error_set(&err, STRATA_EUNSUPPORTED, 0, "transport '%s' cannot push",
			                 t->name);
		return bind_fail(L, err);
	}
	lua_pushboolean(L, 1);
	return 1;
}

/* The transport for scheme; NULL with err set when none is loaded. */
static const struct strata_transport *transport_of(struct strata_plugins *p, const char *scheme,
                                                   struct strata_error **err)
{
	const struct strata_transport *t = strata_plugins_transport(p, scheme);
	if (!t)
		strata_error_set(err, STRATA_EUNSUPPORTED, 0, "no transport for '%s:'", scheme);
	return t;
}

/* p:pull(store, "scheme", "rest" [, metadata_only]) -> manifest digest |
 * nil, msg, code. metadata_only: no layers where the transport can leave
 * them out (for describing an image in a throwaway store). */
static int l_pull(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	struct strata_store *st = bind_check(L, 2, BIND_STORE);
	const char *scheme = luaL_checkstring(L, 3);
	const char *ref = luaL_checkstring(L, 4);
	int metadata = lua_toboolean(L, 5);
	struct strata_error *err = NULL;
	const struct strata_transport *t = transport_of(p, scheme, &err);
	char d[STRATA_DIGEST_LEN];
	int r = -1;
	if (t && metadata && STRATA_TRANSPORT_HAS(t, pull_metadata))
		r = t->pull_metadata(t->self, strata_plugins_host(p), st, ref, d, &err);
	else if (t)
		r = t->pull(t->self, strata_plugins_host(p), st, ref, d, &err);
	if (r < 0)
		return bind_fail(L, err);
	lua_pushstring(L, d);
	return 1;
}

/* p:check("scheme", server) -> true | false when the transport cannot
 * check | nil, msg, code (the registry refused, or was not reached) */
static int l_check(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	const char *scheme = luaL_checkstring(L, 2);
	const char *server = luaL_checkstring(L, 3);
	struct strata_error *err = NULL;
	const struct strata_transport *t = transport_of(p, scheme, &err);
	if (!t)
		return bind_fail(L, err);
	if (!STRATA_TRANSPORT_HAS(t, check)) {
		lua_pushboolean(L, 0);
		return 1;
	}
	if (t->check(t->self, strata_plugins_host(p), server, &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* p:configure("scheme", json) -> true | false when the transport takes no
 * settings | nil, msg, code */
static int l_configure(lua_State *L)
{
	struct strata_plugins *p = bind_check(L, 1, BIND_PLUGINS);
	const char *scheme = luaL_checkstring(L, 2);
	const char *json = luaL_checkstring(L, 3);
	struct strata_error *err = NULL;
	const struct strata_transport *t = transport_of(p, scheme, &err);
	if (!t)
		return bind_fail(L, err);
	if (!STRATA_TRANSPORT_HAS(t, configure)) {
		lua_pushboolean(L, 0);
		return 1;
	}
	if (t->configure(t->self, json, &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* core.auth_file_write(path, text) -> true | nil, msg, code: a docker
 * config.json holds passwords, so it is written 0600 (its directory made
 * 0700 when missing), through a temp file renamed into place. */
static int l_auth_file_write(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	size_t len;
	const char *text = luaL_checklstring(L, 2, &len);
	struct strata_error *err = NULL;
	AUTOFREE char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		if (util_mkdir_p(dir, 0700) < 0) {
			strata_error_set(&err, STRATA_EIO, errno, "create '%s'", dir);
			return bind_fail(L, err);
		}
	}
	AUTOFREE char *tmp = xasprintf("%s.tmp-XXXXXX", path);
	AUTOCLOSE int fd = mkostemp(tmp, O_CLOEXEC); /* mode 0600 */
	if (fd < 0 || util_write_all(fd, text, len) < 0 || fsync(fd) < 0 || rename(tmp, path) < 0) {
		strata_error_set(&err, STRATA_EIO, errno, "write '%s'", path);
		if (fd >= 0)
			unlink(tmp);
		return bind_fail(L, err);
	}
	lua_pushboolean(L, 1);
	return 1;
}

/* core.base64(s) -> s in base64 (a config.json "auth": user:password) */
static int l_base64(lua_State *L)
{
	size_t len;
	const char *s = luaL_checklstring(L, 1, &len);
	if (len > (size_t)(INT_MAX / 4 * 3 - 3))
		return luaL_error(L, "base64: %zu bytes is too long", len);
	AUTOFREE char *out = xmalloc(4 * ((len + 2) / 3) + 1);
	int n = EVP_EncodeBlock((unsigned char *)out, (const unsigned char *)s, (int)len);
	lua_pushlstring(L, out, (size_t)n);
	return 1;
}

/* core.resolve(store, plugins, ref) -> manifest digest | nil, msg, code */
static int l_resolve(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_plugins *p = lua_isnoneornil(L, 2) ? NULL : bind_check(L, 2, BIND_PLUGINS);
	struct strata_error *err = NULL;
	char d[STRATA_DIGEST_LEN];
	if (strata_image_resolve(st, p, luaL_checkstring(L, 3), d, &err) < 0)
		return bind_fail(L, err);
	lua_pushstring(L, d);
	return 1;
}

void bind_plugins_register(lua_State *L)
{
	static const luaL_Reg methods[] = {
	        {"load_dir", l_load_dir},
	        {"add_dir", l_add_dir},
	        {"load_error", l_load_error},
	        {"load", l_load},
	        {"sandboxes", l_sandboxes},
	        {"transports", l_transports},
	        {"push", l_push},
	        {"pull", l_pull},
	        {"check", l_check},
	        {"configure", l_configure},
	        {"close", plugins_gc},
	        {NULL, NULL},
	};
	bind_class(L, BIND_PLUGINS, methods, plugins_gc);
	lua_pushcfunction(L, l_new);
	lua_setfield(L, -2, "plugins_new");
	lua_pushcfunction(L, l_resolve);
	lua_setfield(L, -2, "resolve");
	lua_pushcfunction(L, l_auth_file_write);
	lua_setfield(L, -2, "auth_file_write");
	lua_pushcfunction(L, l_base64);
	lua_setfield(L, -2, "base64");
}
