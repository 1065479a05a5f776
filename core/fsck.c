/* strata: checking the store (store.h: strata_store_fsck).
 *
 * Every blob is read and hashed once; an image is whole when its manifest,
 * config and layers are blobs that hash right and its config lists one
 * diffID per layer. Repairs only remove: a tag or cache record that reaches
 * no whole image, a blob that does not hash to its name, an unpacked layer
 * without its marker, leftovers. The next build or pull remakes the rest. */
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "store_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

struct fsck {
	struct strata_store *st;
	const struct strata_fsck_opts *o;
	json_t *blobs;  /* digest -> true (hashes right) */
	json_t *images; /* digest -> "" (whole) or the cause */
	size_t problems, left;
};

/* Report a problem; with repair, undo it with fix (0 on success). */
static void problem(struct fsck *f, const char *path, const char *cause,
                    int (*fix)(struct fsck *, const char *))
{
	int repaired = f->o->repair && fix && fix(f, path) == 0;
	f->problems++;
	if (!repaired)
		f->left++;
	if (f->o->report)
		f->o->report(f->o->ud, path, cause, repaired);
}

static int fix_remove(struct fsck *f, const char *path)
{
	return store_remove(f->st, path, NULL);
}

static int fix_layer(struct fsck *f, const char *path)
{
	size_t n = strlen(path);
	size_t m = strlen(STORE_LAYER_MARKER);
	if (n > m && !strcmp(path + n - m, STORE_LAYER_MARKER))
		return unlink(path) < 0 && errno != ENOENT ? -1 : 0;
	return store_layer_remove(f->st, path, NULL);
}

static int fix_unmount(struct fsck *f, const char *path)
{
	(void)f;
	return umount2(path, MNT_DETACH);
}

static void names_of(struct fsck *f, enum strata_store_area area, char ***names, size_t *n)
{
	AUTOFREE char *dir = strata_store_path(f->st, area, NULL);
	AUTOCLOSE int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	*names = NULL;
	*n = 0;
	if (fd < 0 || util_dir_names(fd, names, n) < 0) {
		AUTOFREE char *c = xasprintf("read: %s", strerror(errno));
		problem(f, dir, c, NULL);
	}
}

/* The sha256 of a file, or -1 with errno. */
static int hash_file(const char *path, char out[STRATA_DIGEST_LEN])
{
	AUTOCLOSE int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return -1;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		abort(); /* libcrypto out of memory: as xmalloc */
	char buf[65536];
	ssize_t r;
	while ((r = read(fd, buf, sizeof buf)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			EVP_MD_CTX_free(md);
			errno = e;
			return -1;
		}
		EVP_DigestUpdate(md, buf, (size_t)r);
	}
	unsigned char bin[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(md, bin, &n);
	EVP_MD_CTX_free(md);
	memcpy(out, "sha256:", 7);
	util_hex(bin, 32, out + 7);
	return 0;
}

static void check_blobs(struct fsck *f)
{
	AUTOSTRV char **names = NULL;
	size_t n;
	names_of(f, STRATA_STORE_BLOBS, &names, &n);
	for (size_t i = 0; i < n; i++) {
		AUTOFREE char *path = strata_store_path(f->st, STRATA_STORE_BLOBS, names[i]);
		AUTOFREE char *digest = xasprintf("sha256:%s", names[i]);
		struct stat sb;
		char got[STRATA_DIGEST_LEN];
		if (!strata_digest_valid(digest)) {
			problem(f, path, "not a blob name (a leftover?)", fix_remove);
		} else if (lstat(path, &sb) < 0 || !S_ISREG(sb.st_mode)) {
			problem(f, path, "not a regular file", fix_remove);
		} else if (hash_file(path, got) < 0) {
			AUTOFREE char *c = xasprintf("read: %s", strerror(errno));
			problem(f, path, c, NULL);
		} else if (strcmp(got, digest) != 0) {
			AUTOFREE char *c = xasprintf("content hashes to '%s'", got);
			problem(f, path, c, fix_remove);
		} else {
			json_object_set_new(f->blobs, digest, json_true());
		}
	}
}

/* NULL when digest is a whole image (index, manifest); else the cause. */
static const char *image_cause(struct fsck *f, const char *digest, int depth)
{
	json_t *known = json_object_get(f->images, digest);
	if (known)
		return *json_string_value(known) ? json_string_value(known) : NULL;
	AUTOFREE char *cause = NULL;
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	json_t *doc = NULL;
	if (!strata_digest_valid(digest) || !json_object_get(f->blobs, digest))
		cause = xasprintf("blob '%s' is missing or damaged", digest);
	else if (depth > 4)
		cause = xasprintf("'%s': indexes nested too deep", digest);
	else if (strata_store_read_blob(f->st, digest, &buf, &len, NULL) < 0 ||
	         !(doc = json_loadb(buf, len, 0, NULL)) || !json_is_object(doc))
		cause = xasprintf("'%s' is not a JSON manifest", digest);
	size_t i;
	json_t *v;
	/* an index: the manifests it lists may be absent (a pull keeps one
	 * platform's), but those present must be whole, and one must be */
	json_t *children = cause ? NULL : json_object_get(doc, "manifests");
	size_t present = 0;
	json_array_foreach(children, i, v)
	{
		const char *d = json_string_value(json_object_get(v, "digest"));
		if (!strata_store_has_blob(f->st, d) && !json_object_get(f->blobs, d ? d : ""))
			continue;
		present++;
		const char *c = image_cause(f, d, depth + 1);
		if (c && !cause)
			cause = xstrdup(c);
	}
	if (!cause && json_is_array(children) && present == 0)
		cause = xasprintf("index '%s': none of its manifests is in the store", digest);
	json_t *layers = json_object_get(doc, "layers");
	const char *cfg =
	        json_string_value(json_object_get(json_object_get(doc, "config"), "digest"));
	if (!cause && json_is_array(layers)) {
		AUTOFREE char *cbuf = NULL;
		json_t *config = NULL;
		if (!cfg || !json_object_get(f->blobs, cfg))
			cause = xasprintf("config '%s' is missing or damaged", cfg ? cfg : "");
		else if (strata_store_read_blob(f->st, cfg, &cbuf, &len, NULL) < 0 ||
		         !(config = json_loadb(cbuf, len, 0, NULL)))
			cause = xasprintf("config '%s' is not JSON", cfg);
		json_array_foreach(cause ? NULL : layers, i, v)
		{
			const char *d = json_string_value(json_object_get(v, "digest"));
			if (!cause && (!d || !json_object_get(f->blobs, d)))
				cause = xasprintf("layer '%s' is missing or damaged", d ? d : "");
		}
		json_t *ids = json_object_get(json_object_get(config, "rootfs"), "diff_ids");
		if (!cause && json_array_size(ids) != json_array_size(layers))
			cause = xasprintf("config '%s' lists %zu diffIDs for %zu layers", cfg,
			                  json_array_size(ids), json_array_size(layers));
		json_decref(config);
	} else if (!cause && !json_object_get(doc, "manifests")) {
		cause = xasprintf("'%s' is neither a manifest nor an index", digest);
	}
	json_decref(doc);
	json_object_set_new(f->images, digest, json_string(cause ? cause : ""));
	return cause ? json_string_value(json_object_get(f->images, digest)) : NULL;
}

/* tags/ and cache/: files holding a manifest digest. */
static void check_refs(struct fsck *f, enum strata_store_area area, const char *what)
{
	AUTOSTRV char **names = NULL;
	size_t n;
	names_of(f, area, &names, &n);
	for (size_t i = 0; i < n; i++) {
		AUTOFREE char *path = strata_store_path(f->st, area, names[i]);
		AUTOFREE char *buf = NULL;
		size_t len = 0;
		if (area == STRATA_STORE_CACHE && strchr(names[i], '.')) {
			problem(f, path, "a half-written cache record", fix_remove);
			continue;
		}
		if (util_read_file(path, &buf, &len) < 0) {
			AUTOFREE char *c = xasprintf("read: %s", strerror(errno));
			problem(f, path, c, fix_remove);
			continue;
		}
		buf[strcspn(buf, "\n ")] = '\0';
		if (!strata_digest_valid(buf)) {
			AUTOFREE char *c = xasprintf("%s holds no digest", what);
			problem(f, path, c, fix_remove);
			continue;
		}
		const char *cause = image_cause(f, buf, 0);
		if (cause) {
			AUTOFREE char *c = xasprintf("%s '%s': %s", what, buf, cause);
			problem(f, path, c, fix_remove);
		}
	}
}

static void check_layers(struct fsck *f)
{
	AUTOSTRV char **names = NULL;
	size_t n;
	names_of(f, STRATA_STORE_LAYERS, &names, &n);
	AUTOFREE char *layers = strata_store_path(f->st, STRATA_STORE_LAYERS, NULL);
	for (size_t i = 0; i < n; i++) {
		AUTOFREE char *path = util_path_join(layers, names[i]);
		int kind = store_layer_entry_kind(names[i]);
		if (kind == STORE_LAYER_OTHER) {
			problem(f, path, "not an unpacked layer (a leftover?)", fix_remove);
			continue;
		}
		AUTOFREE char *dir = xstrndup(path, strlen(layers) + 65);
		AUTOFREE char *marker = store_layer_marker(dir);
		struct stat sb;
		if (kind == STORE_LAYER_DIR && lstat(marker, &sb) < 0)
			problem(f, path, "unpacked layer without its completion marker", fix_layer);
		else if (kind == STORE_LAYER_MARK && (lstat(dir, &sb) < 0 || !S_ISDIR(sb.st_mode)))
			problem(f, path, "completion marker without its layer", fix_layer);
	}
}

/* What only an interrupted run leaves: entries of tmp/ and trash/ that the
 * sweep on open could not remove, and mounts below the store. */
static void check_leftovers(struct fsck *f)
{
	/* mounts first: one in tmp/ keeps its dir from being removed */
	FILE *mi = fopen("/proc/self/mountinfo", "re");
	if (mi) {
		AUTOFREE char *prefix = xasprintf("%s/", strata_store_root(f->st));
		char *line = NULL;
		size_t cap = 0;
		while (getline(&line, &cap, mi) > 0) {
			char mnt[4096];
			/* id parent major:minor root mount-point ... */
			if (sscanf(line, "%*s %*s %*s %*s %4095s", mnt) == 1 &&
			    !strncmp(mnt, prefix, strlen(prefix)))
				problem(f, mnt, "mounted (left by an interrupted run)",
				        fix_unmount);
		}
		free(line);
		fclose(mi);
	}
	static const enum strata_store_area areas[] = {STRATA_STORE_TMP, STRATA_STORE_TRASH};
	for (size_t s = 0; s < 2; s++) {
		AUTOSTRV char **names = NULL;
		size_t n;
		names_of(f, areas[s], &names, &n);
		for (size_t i = 0; i < n; i++) {
			AUTOFREE char *path = strata_store_path(f->st, areas[s], names[i]);
			problem(f, path, "left by an interrupted run", fix_remove);
		}
	}
}

int strata_store_fsck(struct strata_store *st, const struct strata_fsck_opts *o, size_t *problems,
                      size_t *left, struct strata_error **err)
{
	int r = strata_store_lock_exclusive(st, err);
	if (r < 0)
		return r;
	struct fsck f = {.st = st, .o = o, .blobs = json_object(), .images = json_object()};
	check_leftovers(&f);
	check_layers(&f);
	check_blobs(&f);
	check_refs(&f, STRATA_STORE_TAGS, "tag");
	check_refs(&f, STRATA_STORE_CACHE, "cache record");
	json_decref(f.blobs);
	json_decref(f.images);
	*problems = f.problems;
	*left = f.left;
	return 0;
}
