/* strata: strata.Image, layers and image use (run, rootfs), for Lua. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bind.h"
#include "util.h"

static int image_gc(lua_State *L)
{
	void **box = luaL_checkudata(L, 1, BIND_IMAGE);
	strata_image_free(*box);
	*box = NULL;
	return 0;
}

static void push_desc(lua_State *L, const struct strata_layer_desc *d)
{
	lua_createtable(L, 0, 4);
	lua_pushstring(L, d->digest);
	lua_setfield(L, -2, "digest");
	lua_pushstring(L, d->diffid);
	lua_setfield(L, -2, "diffid");
	lua_pushinteger(L, (lua_Integer)d->size);
	lua_setfield(L, -2, "size");
	lua_pushboolean(L, d->empty);
	lua_setfield(L, -2, "empty");
}

static void get_desc(lua_State *L, int idx, struct strata_layer_desc *d)
{
	luaL_checktype(L, idx, LUA_TTABLE);
	memset(d, 0, sizeof(*d));
	const char *digest = bind_optstring(L, idx, "digest", "");
	const char *diffid = bind_optstring(L, idx, "diffid", "");
	if (!strata_digest_valid(digest) || !strata_digest_valid(diffid))
		luaL_error(L, "layer: malformed digest or diffid");
	memcpy(d->digest, digest, strlen(digest) + 1);
	memcpy(d->diffid, diffid, strlen(diffid) + 1);
	d->size = (int64_t)bind_optinteger(L, idx, "size", 0);
	d->empty = bind_optboolean(L, idx, "empty", 0);
}

/* core.image_new() -> Image */
static int l_new(lua_State *L)
{
	void **box = bind_box_new(L, BIND_IMAGE);
	struct strata_error *err = NULL;
	if (strata_image_new((struct strata_image **)box, &err) < 0)
		return bind_fail(L, err);
	return 1;
}

/* core.image_load(store, manifest_digest) -> Image */
static int l_load(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	const char *digest = luaL_checkstring(L, 2);
	void **box = bind_box_new(L, BIND_IMAGE);
	struct strata_error *err = NULL;
	if (strata_image_load(st, digest, (struct strata_image **)box, &err) < 0)
		return bind_fail(L, err);
	return 1;
}

static int l_add_layer(lua_State *L)
{
	struct strata_image *img = bind_check(L, 1, BIND_IMAGE);
	struct strata_layer_desc d;
	get_desc(L, 2, &d);
	struct strata_error *err = NULL;
	if (strata_image_add_layer(img, &d, luaL_optstring(L, 3, NULL), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

static int l_add_history(lua_State *L)
{
	struct strata_image *img = bind_check(L, 1, BIND_IMAGE);
	struct strata_error *err = NULL;
	if (strata_image_add_history(img, luaL_optstring(L, 2, NULL), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

static int l_patch(lua_State *L)
{
	struct strata_image *img = bind_check(L, 1, BIND_IMAGE);
	json_t *patch = bind_json_from(L, 2);
	struct strata_error *err = NULL;
	int r = strata_image_config_patch(img, patch, &err);
	json_decref(patch);
	if (r < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

static int l_set_created(lua_State *L)
{
	strata_image_set_created(bind_check(L, 1, BIND_IMAGE), (int64_t)luaL_checkinteger(L, 2));
	return 0;
}

/* img:document() -> the config document as a Lua table */
static int l_document(lua_State *L)
{
	bind_json_push(L, strata_image_document(bind_check(L, 1, BIND_IMAGE)));
	return 1;
}

static int l_layers(lua_State *L)
{
	struct strata_image *img = bind_check(L, 1, BIND_IMAGE);
	size_t n = strata_image_layer_count(img);
	lua_createtable(L, (int)n, 0);
	for (size_t i = 0; i < n; i++) {
		push_desc(L, strata_image_layer(img, i));
		lua_seti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

static int l_save(lua_State *L)
{
	struct strata_image *img = bind_check(L, 1, BIND_IMAGE);
	struct strata_store *st = bind_check(L, 2, BIND_STORE);
	struct strata_error *err = NULL;
	char d[STRATA_DIGEST_LEN];
	if (strata_image_save(st, img, d, &err) < 0)
		return bind_fail(L, err);
	lua_pushstring(L, d);
	lua_pushstring(L, strata_image_config_digest(img));
	return 2;
}

/* core.layer_create(store, dir, {source="tree"|"upper", clamp_mtime=}) */
static int l_layer_create(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	const char *dir = luaL_checkstring(L, 2);
	const char *src = bind_optstring(L, 3, "source", "tree");
	struct strata_layer_opts o = {
	        .source = strcmp(src, "upper") == 0 ? STRATA_LAYER_FROM_UPPER
	                                            : STRATA_LAYER_FROM_TREE,
	        .clamp_mtime = (int64_t)bind_optinteger(L, 3, "clamp_mtime", -1),
	};
	struct strata_layer_desc d;
	struct strata_error *err = NULL;
	if (strata_layer_create(st, dir, &o, &d, &err) < 0)
		return bind_fail(L, err);
	push_desc(L, &d);
	return 1;
}

/* core.layer_apply(store, blob_digest, dest, "merge"|"overlay") -> diffid
 * core.layer_apply(nil, tar_path, dest, mode): a tar outside the store */
static int l_layer_apply(lua_State *L)
{
	/* a store and a blob digest, or (store ignored) nil and a file path */
	struct strata_store *st = lua_isnil(L, 1) ? NULL : bind_check(L, 1, BIND_STORE);
	const char *src = luaL_checkstring(L, 2);
	const char *dest = luaL_checkstring(L, 3);
	int mode = strcmp(luaL_optstring(L, 4, "merge"), "overlay") == 0 ? STRATA_APPLY_OVERLAY
	                                                                 : STRATA_APPLY_MERGE;
	struct strata_error *err = NULL;
	char diffid[STRATA_DIGEST_LEN];
	int r = st ? strata_layer_apply(st, src, dest, mode, diffid, &err)
	           : strata_layer_apply_file(src, dest, mode, diffid, &err);
	if (r < 0)
		return bind_fail(L, err);
	lua_pushstring(L, diffid);
	return 1;
}

/* core.layer_commit(store, dir, diffid): keep dir as the layer's unpacked dir */
static int l_layer_commit(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_error *err = NULL;
	if (strata_store_layer_commit(st, luaL_checkstring(L, 2), luaL_checkstring(L, 3), &err) < 0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* core.blob_put_file(store, path) -> digest: stream a file into the store */
static int l_blob_put_file(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	const char *path = luaL_checkstring(L, 2);
	struct strata_error *err = NULL;
	AUTOCLOSE int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		strata_error_set(&err, STRATA_EIO, errno, "open '%s'", path);
		return bind_fail(L, err);
	}
	struct strata_blob_writer *w = NULL;
	if (strata_blob_writer_new(st, &w, &err) < 0)
		return bind_fail(L, err);
	char buf[65536];
	for (;;) {
		ssize_t r = read(fd, buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			strata_blob_writer_free(w);
			strata_error_set(&err, STRATA_EIO, errno, "read '%s'", path);
			return bind_fail(L, err);
		}
		if (r == 0)
			break;
		if (strata_blob_writer_write(w, buf, (size_t)r, &err) < 0) {
			strata_blob_writer_free(w);
			return bind_fail(L, err);
		}
	}
	char d[STRATA_DIGEST_LEN];
	int r = strata_blob_writer_commit(w, NULL, d, &err);
	strata_blob_writer_free(w);
	if (r < 0)
		return bind_fail(L, err);
	lua_pushstring(L, d);
	return 1;
}

/* core.export_rootfs(store, manifest_digest, dest) */
static int l_export_rootfs(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_error *err = NULL;
	if (strata_image_export_rootfs(st, luaL_checkstring(L, 2), luaL_checkstring(L, 3), &err) <
	    0)
		return bind_fail(L, err);
	lua_pushboolean(L, 1);
	return 1;
}

/* core.image_run(store, plugins, digest, {sandbox=, cmd=, entrypoint=, network=})
 * -> status: the process inherits strata's stdin/stdout/stderr */
static int l_image_run(lua_State *L)
{
	struct strata_store *st = bind_check(L, 1, BIND_STORE);
	struct strata_plugins *p = bind_check(L, 2, BIND_PLUGINS);
	const char *digest = luaL_checkstring(L, 3);
	luaL_checktype(L, 4, LUA_TTABLE);
	lua_getfield(L, 4, "cmd");
	const char **cmd = bind_strv(L, -1, "cmd");
	lua_getfield(L, 4, "entrypoint");
	const char **ep = bind_strv(L, -1, "entrypoint");
	lua_getfield(L, 4, "sandboxes");
	const char **sandboxes = bind_strv(L, -1, "sandboxes");
	const char *net = bind_optstring(L, 4, "network", "default");
	struct strata_run_opts o = {
	        .store = st,
	        .plugins = p,
	        .sandbox = bind_optstring(L, 4, "sandbox", NULL),
	        .sandboxes = sandboxes,
	        .cmd = cmd,
	        .entrypoint = ep,
	        .network = strcmp(net, "none") == 0   ? STRATA_NET_NONE
	                   : strcmp(net, "host") == 0 ? STRATA_NET_HOST
	                                              : STRATA_NET_DEFAULT,
	        .stdin_fd = 0,
	        .stdout_fd = 1,
	        .stderr_fd = 2,
	};
	int status = -1;
	struct strata_error *err = NULL;
	if (strata_image_run(digest, &o, &status, &err) < 0)
		return bind_fail(L, err);
	lua_pushinteger(L, status);
	return 1;
}

void bind_image_register(lua_State *L)
{
	static const luaL_Reg methods[] = {
	        {"add_layer", l_add_layer},
	        {"add_history", l_add_history},
	        {"patch", l_patch},
	        {"set_created", l_set_created},
	        {"document", l_document},
	        {"layers", l_layers},
	        {"save", l_save},
	        {"close", image_gc},
	        {NULL, NULL},
	};
	bind_class(L, BIND_IMAGE, methods, image_gc);
	static const luaL_Reg fns[] = {
	        {"image_new", l_new},
	        {"image_load", l_load},
	        {"layer_create", l_layer_create},
	        {"layer_apply", l_layer_apply},
	        {"layer_commit", l_layer_commit},
	        {"blob_put_file", l_blob_put_file},
	        {"export_rootfs", l_export_rootfs},
	        {"image_run", l_image_run},
	        {NULL, NULL},
	};
	luaL_setfuncs(L, fns, 0);
}
