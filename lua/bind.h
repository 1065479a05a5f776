/* strata: helpers shared by the Lua binding files (lua/bind_*.c).
 *
 * Every handle is a userdata "box" holding one pointer, created before the C
 * constructor runs (so a failing constructor leaves a box the finalizer can
 * handle), with one idempotent finalizer for __gc and __close (liolib.c). */
#ifndef STRATA_BIND_H
#define STRATA_BIND_H

#include <lauxlib.h>
#include <lua.h>

#include "strata/strata.h"

#define BIND_STORE   "strata.Store"
#define BIND_GRAPH   "strata.Graph"
#define BIND_NODE    "strata.Node"
#define BIND_PLUGINS "strata.Plugins"
#define BIND_IMAGE   "strata.Image"

/* Push a new box of metatable mt with a NULL pointer; returns the slot. */
void **bind_box_new(lua_State *L, const char *mt);
/* The pointer in the box at idx; raises an error when it was closed. */
void *bind_check(lua_State *L, int idx, const char *mt);
/* Register metatable mt with methods (also its __index), and gc as __gc and
 * __close. */
void bind_class(lua_State *L, const char *mt, const luaL_Reg *methods, lua_CFunction gc);

/* An operational failure: push nil, "where: message", code; free err.
 * Returns 3 (the number of results). */
int bind_fail(lua_State *L, struct strata_error *err);

/* A Lua array of strings at idx (or nil) as a NULL-terminated vector, whose
 * strings are borrowed from the table (keep it on the stack). The vector lives
 * in a userdata pushed on the stack. NULL when the value is nil. */
const char **bind_strv(lua_State *L, int idx, const char *what);

/* Optional fields of the table at idx. */
const char *bind_optstring(lua_State *L, int idx, const char *key, const char *def);
lua_Integer bind_optinteger(lua_State *L, int idx, const char *key, lua_Integer def);
int bind_optboolean(lua_State *L, int idx, const char *key, int def);

/* JSON bridge (bind_json.c). Arrays decode to tables whose metatable is the
 * registry's "strata.json.array"; JSON null is core.null (a light userdata). */
void bind_json_push(lua_State *L, json_t *j);
/* Ownership: a new reference, the caller's. Raises a Lua error when the value
 * cannot be encoded. */
json_t *bind_json_from(lua_State *L, int idx);

/* Per-file registration into the core table at the top of the stack. */
void bind_json_register(lua_State *L);
void bind_store_register(lua_State *L);
void bind_graph_register(lua_State *L);
void bind_plugins_register(lua_State *L);
void bind_image_register(lua_State *L);
void bind_solve_register(lua_State *L);

int luaopen_strata_core(lua_State *L);

/* Progress renderer (progress.c): plain text lines on a stream. */
struct progress;
struct progress *progress_new(int fd, int quiet);
void progress_free(struct progress *p);
void progress_event(void *ud, const struct strata_event *ev);

#endif
