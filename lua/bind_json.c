/* strata: JSON <-> Lua through jansson.
 *
 * Lua has one table type for both arrays and objects, so arrays carry a
 * metatable ("strata.json.array") both ways: decoded arrays get it, and
 * core.array(t) marks a table to encode as one (needed for an empty array).
 * A table with keys 1..n and n >= 1 also encodes as an array. JSON null is the
 * light userdata core.null. */
#include <math.h>
#include <string.h>

#include "bind.h"

#define ARRAY_MT "strata.json.array"

static int is_null(lua_State *L, int idx)
{
	return lua_islightuserdata(L, idx) && lua_touserdata(L, idx) == NULL;
}

void bind_json_push(lua_State *L, json_t *j)
{
	luaL_checkstack(L, 4, "json too deep");
	switch (json_typeof(j)) {
	case JSON_OBJECT: {
		lua_createtable(L, 0, (int)json_object_size(j));
		const char *k;
		json_t *v;
		json_object_foreach(j, k, v)
		{
			bind_json_push(L, v);
			lua_setfield(L, -2, k);
		}
		break;
	}
	case JSON_ARRAY: {
		lua_createtable(L, (int)json_array_size(j), 0);
		for (size_t i = 0; i < json_array_size(j); i++) {
			bind_json_push(L, json_array_get(j, i));
			lua_seti(L, -2, (lua_Integer)i + 1);
		}
		luaL_setmetatable(L, ARRAY_MT);
		break;
	}
	case JSON_STRING: lua_pushlstring(L, json_string_value(j), json_string_length(j)); break;
	case JSON_INTEGER: lua_pushinteger(L, (lua_Integer)json_integer_value(j)); break;
	case JSON_REAL: lua_pushnumber(L, json_real_value(j)); break;
	case JSON_TRUE: lua_pushboolean(L, 1); break;
	case JSON_FALSE: lua_pushboolean(L, 0); break;
	case JSON_NULL: lua_pushlightuserdata(L, NULL); break;
	}
}

static int table_is_array(lua_State *L, int idx, size_t *n)
{
	if (lua_getmetatable(L, idx)) {
		luaL_getmetatable(L, ARRAY_MT);
		int marked = lua_rawequal(L, -1, -2);
		lua_pop(L, 2);
		if (marked) {
			*n = (size_t)lua_rawlen(L, idx);
			return 1;
		}
	}
	size_t count = 0;
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		lua_pop(L, 1);
		if (!lua_isinteger(L, -1)) {
			lua_pop(L, 1);
			return 0;
		}
		count++;
	}
	*n = count;
	return count > 0 && count == (size_t)lua_rawlen(L, idx);
}

json_t *bind_json_from(lua_State *L, int idx)
{
	idx = lua_absindex(L, idx);
	luaL_checkstack(L, 4, "table too deep for json");
	switch (lua_type(L, idx)) {
	case LUA_TNIL: return json_null();
	case LUA_TBOOLEAN: return json_boolean(lua_toboolean(L, idx));
	case LUA_TNUMBER:
		if (lua_isinteger(L, idx))
			return json_integer((json_int_t)lua_tointeger(L, idx));
		return json_real(lua_tonumber(L, idx));
	case LUA_TSTRING: {
		size_t len;
		const char *s = lua_tolstring(L, idx, &len);
		json_t *j = json_stringn(s, len);
		if (!j)
			luaL_error(L, "json: string is not valid UTF-8");
		return j;
	}
	case LUA_TLIGHTUSERDATA:
		if (is_null(L, idx))
			return json_null();
		break;
	case LUA_TTABLE: {
		size_t n;
		if (table_is_array(L, idx, &n)) {
			json_t *a = json_array();
			for (size_t i = 1; i <= n; i++) {
				lua_geti(L, idx, (lua_Integer)i);
				json_array_append_new(a, bind_json_from(L, -1));
				lua_pop(L, 1);
			}
			return a;
		}
		json_t *o = json_object();
		lua_pushnil(L);
		while (lua_next(L, idx)) {
			if (lua_type(L, -2) != LUA_TSTRING) {
				json_decref(o);
				luaL_error(L, "json: object key is not a string");
			}
			json_object_set_new(o, lua_tostring(L, -2), bind_json_from(L, -1));
			lua_pop(L, 1);
		}
		return o;
	}
	default: break;
	}
	luaL_error(L, "json: cannot encode a %s", luaL_typename(L, idx));
	return NULL;
}

/* core.json_decode(text) -> value | nil, msg */
static int l_decode(lua_State *L)
{
	size_t len;
	const char *s = luaL_checklstring(L, 1, &len);
	json_error_t je;
	json_t *j = json_loadb(s, len, JSON_DECODE_ANY, &je);
	if (!j) {
		lua_pushnil(L);
		lua_pushfstring(L, "json: line %d: %s", je.line, je.text);
		return 2;
	}
	bind_json_push(L, j);
	json_decref(j);
	return 1;
}

/* core.json_encode(value [, pretty]) -> text (keys sorted) */
static int l_encode(lua_State *L)
{
	json_t *j = bind_json_from(L, 1);
	size_t flags = JSON_ENCODE_ANY | JSON_SORT_KEYS;
	flags |= lua_toboolean(L, 2) ? JSON_INDENT(2) : JSON_COMPACT;
	char *s = json_dumps(j, flags);
	json_decref(j);
	lua_pushstring(L, s);
	free(s);
	return 1;
}

/* core.array(t) -> t marked as a JSON array */
static int l_array(lua_State *L)
{
	if (lua_isnoneornil(L, 1))
		lua_newtable(L);
	else
		luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 1);
	luaL_setmetatable(L, ARRAY_MT);
	return 1;
}

void bind_json_register(lua_State *L)
{
	luaL_newmetatable(L, ARRAY_MT);
	lua_pop(L, 1);
	lua_pushcfunction(L, l_decode);
	lua_setfield(L, -2, "json_decode");
	lua_pushcfunction(L, l_encode);
	lua_setfield(L, -2, "json_encode");
	lua_pushcfunction(L, l_array);
	lua_setfield(L, -2, "array");
	lua_pushlightuserdata(L, NULL);
	lua_setfield(L, -2, "null");
}
