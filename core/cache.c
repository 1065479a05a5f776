/* strata: the op cache (see cache_private.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache_private.h"
#include "store_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

void cache_key_init(struct cache_key *k, const char *kind)
{
	k->parts = NULL;
	k->section = NULL;
	k->md = EVP_MD_CTX_new();
	if (!k->md || EVP_DigestInit_ex(k->md, EVP_sha256(), NULL) != 1)
		abort(); /* libcrypto without sha256: nothing works */
	cache_key_str(k, 'K', "strata-cache-v1");
	cache_key_str(k, 'k', kind);
}

static void record_part(struct cache_key *k, char tag, const void *buf, size_t len)
{
	char name[64];
	snprintf(name, sizeof name, "%s.%c", k->section ? k->section : "", tag);
	json_t *list = json_object_get(k->parts, name);
	if (!list) {
		list = json_array();
		json_object_set_new(k->parts, name, list);
	}
	json_t *v = len < 512 ? json_stringn(buf, len) : NULL; /* NULL: not UTF-8 */
	if (!v) {
		char d[STRATA_DIGEST_LEN];
		strata_digest_buffer(buf, len, d);
		v = json_string(d);
	}
	json_array_append_new(list, v);
}

void cache_key_add(struct cache_key *k, char tag, const void *buf, size_t len)
{
	char head[32];
	int n = snprintf(head, sizeof head, "%c%zu:", tag, len);
	EVP_DigestUpdate(k->md, head, (size_t)n);
	if (len)
		EVP_DigestUpdate(k->md, buf, len);
	if (k->parts)
		record_part(k, tag, buf, len);
}

void cache_key_str(struct cache_key *k, char tag, const char *s)
{
	if (!s) {
		EVP_DigestUpdate(k->md, "~", 1);
		EVP_DigestUpdate(k->md, &tag, 1);
		return;
	}
	cache_key_add(k, tag, s, strlen(s));
}

void cache_key_strv(struct cache_key *k, char tag, char **v)
{
	size_t n = util_strv_len((const char *const *)v);
	/* the length frames the list in the key, but is no value to explain */
	json_t *parts = k->parts;
	k->parts = NULL;
	cache_key_int(k, tag, (int64_t)n);
	k->parts = parts;
	for (size_t i = 0; i < n; i++)
		cache_key_str(k, tag, v[i]);
}

void cache_key_int(struct cache_key *k, char tag, int64_t v)
{
	char s[32];
	int n = snprintf(s, sizeof s, "%lld", (long long)v);
	cache_key_add(k, tag, s, (size_t)n);
}

void cache_key_final(struct cache_key *k, char out[STRATA_DIGEST_LEN])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(k->md, md, &n);
	EVP_MD_CTX_free(k->md);
	k->md = NULL;
	memcpy(out, "sha256:", 7);
	util_hex(md, n, out + 7);
}

/* What a part is, for people. */
static const char *part_name(const char *part)
{
	static const struct {
		const char *part, *name;
	} names[] = {
	        {".p", "the previous step"},
	        {".a", "the command"},
	        {".e", "the environment"},
	        {".c", "the working directory"},
	        {".u", "the user"},
	        {".n", "the network mode"},
	        {".s", "the source paths"},
	        {".d", "the destination"},
	        {".o", "the owner (--chown)"},
	        {".m", "the mode"},
	        {".x", "the excluded paths"},
	        {".C", "the content of the copied files"},
	        {".f", "the source stage"},
	        {".P", "the path"},
	        {".U", "unpacking"},
	        {".n", "the file name"},
	        {".k", "the kind of step"},
	        {".K", "the cache format"},
	};
	if (strncmp(part, "mount", 5) == 0)
		return strstr(part, ".C") || strstr(part, ".F") ? "the content of a bind mount"
		                                                : "the mounts";
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(part, names[i].part) == 0)
			return names[i].name;
	return "an input";
}

static char *values_text(json_t *list)
{
	if (!list)
		return xstrdup("(none)");
	char *s = json_dumps(list, JSON_COMPACT | JSON_ENCODE_ANY);
	if (strlen(s) > 300)
		memcpy(s + 297, "...", 4);
	return s;
}

char *cache_explain(struct strata_store *st, const char *step_id, json_t *parts, int detail)
{
	if (store_area_mkdir(st, STRATA_STORE_EXPLAIN, NULL) < 0)
		return NULL;
	char id[STRATA_DIGEST_LEN];
	strata_digest_buffer(step_id, strlen(step_id), id);
	AUTOFREE char *path = strata_store_path(st, STRATA_STORE_EXPLAIN, id + 7);
	json_t *old = json_load_file(path, 0, NULL);
	char *why = NULL;
	if (old) {
		/* the first part, in recording order, whose values differ */
		const char *name;
		json_t *v;
		json_object_foreach(parts, name, v)
		{
			json_t *o = json_object_get(old, name);
			if (o && json_equal(o, v))
				continue;
			/* a parent's key or a digest says nothing to a person */
			if (detail && strcmp(name, ".p") != 0 && strcmp(name, ".C") != 0) {
				AUTOFREE char *was = values_text(o);
				AUTOFREE char *now = values_text(v);
				why = xasprintf("%s changed: was %s, now %s", part_name(name), was,
				                now);
			} else {
				why = xasprintf("%s changed", part_name(name));
			}
			break;
		}
		json_decref(old);
	}
	AUTOFREE char *tmp = xasprintf("%s.tmp.%ld", path, (long)gettid());
	if (json_dump_file(parts, tmp, JSON_COMPACT | JSON_PRESERVE_ORDER) == 0)
		rename(tmp, path);
	else
		unlink(tmp);
	return why;
}

static char *record_path(struct strata_store *st, const char *key)
{
	return strata_store_path(st, STRATA_STORE_CACHE, key + 7);
}

int cache_get(struct strata_store *st, const char *key, char manifest[STRATA_DIGEST_LEN])
{
	AUTOFREE char *path = record_path(st, key);
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_file(path, &buf, &len) < 0)
		return STRATA_ENOENT;
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == ' '))
		buf[--len] = '\0';
	if (!strata_digest_valid(buf) || !strata_store_has_blob(st, buf))
		return STRATA_ENOENT;
	memcpy(manifest, buf, len + 1);
	return 0;
}

int cache_put(struct strata_store *st, const char *key, const char *manifest,
              struct strata_error **err)
{
	int r = store_area_mkdir(st, STRATA_STORE_CACHE, err);
	if (r < 0)
		return r;
	/* through tmp/, which sweeps take care of: no half record in cache/ */
	AUTOFREE char *path = record_path(st, key);
	return store_put_line(st, "record", manifest, path, err);
}
