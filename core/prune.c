/* strata: what the store holds, and pruning it (store.h: strata_store_usage,
 * strata_store_prune).
 *
 * Reachability: tags and build cache records are the roots; a manifest
 * reaches its config and layers, an index its manifests, a config its
 * layers' diffIDs (and so their unpacked dirs). Everything else is garbage. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "strata/error.h"
#include "store_private.h"
#include "strata/store.h"
#include "util.h"

struct marks {
	json_t *blobs;   /* digest -> true */
	json_t *diffids; /* diffID -> true */
};

static void marks_init(struct marks *m)
{
	m->blobs = json_object();
	m->diffids = json_object();
}

static void marks_release(struct marks *m)
{
	json_decref(m->blobs);
	json_decref(m->diffids);
}

static void mark_string(json_t *set, json_t *v)
{
	const char *s = json_string_value(v);
	if (s && strata_digest_valid(s))
		json_object_set_new(set, s, json_true());
}

/* Mark digest and what it reaches. A blob that is missing or not JSON (a
 * layer) reaches nothing more. */
static void mark(struct strata_store *st, struct marks *m, const char *digest, int depth)
{
	if (!strata_digest_valid(digest) || json_object_get(m->blobs, digest) || depth > 8)
		return;
	json_object_set_new(m->blobs, digest, json_true());
	char *buf = NULL;
	size_t len = 0;
	if (strata_store_blob_size(st, digest) > 4 * 1024 * 1024 ||
	    strata_store_read_blob(st, digest, &buf, &len, NULL) < 0)
		return;
	json_t *doc = json_loadb(buf, len, 0, NULL);
	free(buf);
	if (!doc)
		return;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(doc, "manifests"), i, v)
	{
		const char *d = json_string_value(json_object_get(v, "digest"));
		if (d)
			mark(st, m, d, depth + 1);
	}
	json_t *cfg = json_object_get(doc, "config");
	const char *cd = json_string_value(json_object_get(cfg, "digest"));
	if (cd)
		mark(st, m, cd, depth + 1);
	json_array_foreach(json_object_get(doc, "layers"), i, v)
	{
		mark_string(m->blobs, json_object_get(v, "digest"));
	}
	json_array_foreach(json_object_get(json_object_get(doc, "rootfs"), "diff_ids"), i, v)
	{
		mark_string(m->diffids, v);
	}
	json_decref(doc);
}

static int mark_tag(void *ud, const char *name, const char *digest)
{
	(void)name;
	void **a = ud;
	mark(a[0], a[1], digest, 0);
	return 0;
}

/* A build cache record: cache/<key hex>, holding a manifest digest. */
struct record {
	char *path;
	char digest[STRATA_DIGEST_LEN];
	int64_t mtime;
};

static int record_cmp_newest(const void *a, const void *b)
{
	const struct record *x = a, *y = b;
	return x->mtime < y->mtime ? 1 : x->mtime > y->mtime ? -1 : strcmp(x->path, y->path);
}

static void records_free(struct record *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(r[i].path);
	free(r);
}

static struct record *records_list(struct strata_store *st, size_t *n)
{
	*n = 0;
	AUTOFREE char *dir = strata_store_path(st, STRATA_STORE_CACHE, NULL);
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	struct record *r = NULL;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || strchr(e->d_name, '.'))
			continue;
		AUTOFREE char *path = xasprintf("%s/%s", dir, e->d_name);
		AUTOFREE char *buf = NULL;
		struct stat sb;
		if (util_read_file(path, &buf, NULL) < 0 || stat(path, &sb) < 0)
			continue;
		buf[strcspn(buf, "\n ")] = '\0';
		if (!strata_digest_valid(buf))
			continue;
		r = xrealloc(r, (*n + 1) * sizeof(*r));
		r[*n].path = steal_pointer(&path);
		memcpy(r[*n].digest, buf, STRATA_DIGEST_LEN);
		r[*n].mtime = (int64_t)sb.st_mtime;
		(*n)++;
	}
	closedir(d);
	if (*n > 1)
		qsort(r, *n, sizeof(*r), record_cmp_newest);
	return r;
}

/* Bytes on disk below path (not following symlinks). */
static int64_t disk_usage(int dirfd, const char *name)
{
	struct stat sb;
	if (fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) < 0)
		return 0;
	int64_t total = (int64_t)sb.st_blocks * 512;
	if (!S_ISDIR(sb.st_mode))
		return total;
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return total;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return total;
	}
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			total += disk_usage(fd, e->d_name);
	closedir(d);
	return total;
}

static int64_t path_usage(struct strata_store *st, enum strata_store_area area)
{
	AUTOFREE char *p = strata_store_path(st, area, NULL);
	return disk_usage(AT_FDCWD, p);
}

/* Calls fn(ud, name, path) for every entry of an area. */
static void each_entry(struct strata_store *st, enum strata_store_area area,
                       void (*fn)(void *ud, const char *name, const char *path), void *ud)
{
	AUTOFREE char *dir = strata_store_path(st, area, NULL);
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		AUTOFREE char *path = xasprintf("%s/%s", dir, e->d_name);
		fn(ud, e->d_name, path);
	}
	closedir(d);
}

struct usage_walk {
	struct strata_store *st;
	struct strata_store_usage *u;
	struct marks *tags, *all;
	int prune; /* remove what all does not reach */
	int64_t freed;
};

static void blob_entry(void *ud, const char *name, const char *path)
{
	struct usage_walk *w = ud;
	AUTOFREE char *digest = xasprintf("sha256:%s", name);
	struct stat sb;
	if (lstat(path, &sb) < 0)
		return;
	int64_t size = (int64_t)sb.st_blocks * 512;
	int in_tags = json_object_get(w->tags->blobs, digest) != NULL;
	int in_all = json_object_get(w->all->blobs, digest) != NULL;
	w->u->blobs += size;
	w->u->nblobs++;
	if (!in_all) {
		w->u->blobs_unused += size;
		if (w->prune && unlink(path) == 0)
			w->freed += size;
	} else if (!in_tags) {
		w->u->cache += size;
	}
}

/* An unpacked layer that nothing reaches, or that was never completed, goes
 * (its marker first); markers without their dir are swept after. */
static void layer_entry(void *ud, const char *name, const char *path)
{
	struct usage_walk *w = ud;
	if (store_layer_entry_kind(name) != STORE_LAYER_DIR)
		return;
	AUTOFREE char *diffid = xasprintf("sha256:%s", name);
	int64_t size = disk_usage(AT_FDCWD, path);
	w->u->layers += size;
	if (!json_object_get(w->all->diffids, diffid) || !strata_store_layer_ready(w->st, diffid)) {
		w->u->layers_unused += size;
		if (w->prune && store_layer_remove(w->st, path, NULL) == 0)
			w->freed += size;
	}
}

static void mark_roots(struct strata_store *st, struct marks *tags, struct marks *all,
                       struct record *recs, size_t nrecs)
{
	void *a[2] = {st, tags};
	strata_store_tag_list(st, mark_tag, a, NULL);
	a[1] = all;
	strata_store_tag_list(st, mark_tag, a, NULL);
	for (size_t i = 0; i < nrecs; i++)
		mark(st, all, recs[i].digest, 0);
}

static int count_tag(void *ud, const char *name, const char *digest)
{
	(void)name;
	(void)digest;
	(*(size_t *)ud)++;
	return 0;
}

static int walk(struct strata_store *st, struct strata_store_usage *u, struct record *recs,
                size_t nrecs, int prune, int64_t *freed)
{
	struct marks tags, all;
	marks_init(&tags);
	marks_init(&all);
	memset(u, 0, sizeof(*u));
	mark_roots(st, &tags, &all, recs, nrecs);
	strata_store_tag_list(st, count_tag, &u->ntags, NULL);
	u->nrecords = nrecs;
	struct usage_walk w = {.st = st, .u = u, .tags = &tags, .all = &all, .prune = prune};
	each_entry(st, STRATA_STORE_BLOBS, blob_entry, &w);
	each_entry(st, STRATA_STORE_LAYERS, layer_entry, &w);
	u->cache_mounts = path_usage(st, STRATA_STORE_CACHE_MOUNTS);
	u->tmp = path_usage(st, STRATA_STORE_TMP) + path_usage(st, STRATA_STORE_TRASH);
	if (freed)
		*freed = w.freed;
	marks_release(&tags);
	marks_release(&all);
	return 0;
}

int strata_store_usage(struct strata_store *st, struct strata_store_usage *u,
                       struct strata_error **err)
{
	(void)err;
	size_t nrecs = 0;
	struct record *recs = records_list(st, &nrecs);
	walk(st, u, recs, nrecs, 0, NULL);
	records_free(recs, nrecs);
	return 0;
}

struct remove_walk {
	struct strata_store *st;
	int64_t freed;
};

/* Through trash/, so an interruption leaves no half-deleted cache mount. */
static void remove_entry(void *ud, const char *name, const char *path)
{
	(void)name;
	struct remove_walk *w = ud;
	int64_t size = disk_usage(AT_FDCWD, path);
	if (store_remove(w->st, path, NULL) == 0)
		w->freed += size;
}

/* logs/<key>.log whose cache record is gone (or a step that failed) */
static void remove_orphan_log(void *ud, const char *name, const char *path)
{
	struct remove_walk *w = ud;
	AUTOFREE char *key = xstrndup(name, strcspn(name, "."));
	AUTOFREE char *rec = strata_store_path(w->st, STRATA_STORE_CACHE, key);
	if (access(rec, F_OK) != 0)
		remove_entry(ud, name, path);
}

int strata_store_prune(struct strata_store *st, const struct strata_prune_opts *o,
                       int64_t *freed_out, struct strata_error **err)
{
	int r = strata_store_lock_exclusive(st, err);
	if (r < 0)
		return r;
	int64_t freed = 0;
	size_t nrecs = 0;
	struct record *recs = records_list(st, &nrecs);
	/* keep the newest records while what they add beyond the tags (and
	 * the newer kept records) fits in keep_storage */
	size_t keep = 0;
	if (o->keep_storage >= 0) {
		struct marks tags, acc;
		marks_init(&tags);
		marks_init(&acc);
		mark_roots(st, &tags, &acc, NULL, 0);
		int64_t used = 0;
		for (; keep < nrecs; keep++) {
			json_t *before = json_deep_copy(acc.blobs);
			mark(st, &acc, recs[keep].digest, 0);
			const char *d;
			json_t *v;
			int64_t add = 0;
			json_object_foreach(acc.blobs, d, v)
			{
				if (!json_object_get(before, d)) {
					int64_t sz = strata_store_blob_size(st, d);
					add += sz > 0 ? sz : 0;
				}
			}
			json_decref(before);
			if (used + add > o->keep_storage)
				break;
			used += add;
		}
		marks_release(&tags);
		marks_release(&acc);
	}
	for (size_t i = keep; i < nrecs; i++) {
		struct stat sb;
		if (stat(recs[i].path, &sb) == 0 && unlink(recs[i].path) == 0)
			freed += (int64_t)sb.st_blocks * 512;
	}
	struct strata_store_usage u;
	int64_t gc = 0;
	walk(st, &u, recs, keep, 1, &gc);
	struct remove_walk rw = {.st = st, .freed = freed + gc};
	rw.freed += path_usage(st, STRATA_STORE_TMP) + path_usage(st, STRATA_STORE_TRASH);
	each_entry(st, STRATA_STORE_LOGS, o->all ? remove_entry : remove_orphan_log, &rw);
	if (o->all) {
		each_entry(st, STRATA_STORE_CACHE_MOUNTS, remove_entry, &rw);
		each_entry(st, STRATA_STORE_EXPLAIN, remove_entry, &rw);
	}
	records_free(recs, nrecs);
	/* what an interrupted run left, and the markers of removed layers */
	r = store_sweep(st, err);
	if (freed_out)
		*freed_out = rw.freed;
	return r;
}
