/* strata: the store's unpacked layers (store.h: strata_store_layer_dir,
 * strata_store_layer_commit, strata_store_layer_ready).
 *
 * layers/<hex>/ is an unpacked layer (an overlay lower dir) and
 * layers/<hex>.complete its marker, written last: the tree is synced to disk,
 * renamed into place, and only then is the marker written (temp file, fsync,
 * rename). A dir without its marker is what an interruption left (a commit
 * cut short, or a removal from before removals went through trash/), never
 * trusted: readers unpack the layer anew and the commit replaces the dir.
 * Commits hold layers.lock (flock) from the rename to the marker, so a
 * marker-less dir seen under that lock is no other process's commit in
 * progress. Removing a layer takes its marker away first, then moves the dir
 * into trash/ in one rename. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

int strata_store_layer_dir(struct strata_store *st, const char *diffid, char **path,
                           struct strata_error **err)
{
	if (!strata_digest_valid(diffid))
		return strata_error_set(err, STRATA_EINVAL, 0, "malformed diffID '%s'",
		                        diffid ? diffid : "");
	*path = strata_store_path(st, STRATA_STORE_LAYERS, diffid + 7);
	return 0;
}

char *store_layer_marker(const char *dir)
{
	return xasprintf("%s" STORE_LAYER_MARKER, dir);
}

int strata_store_layer_ready(struct strata_store *st, const char *diffid)
{
	AUTOFREE char *dir = NULL;
	if (strata_store_layer_dir(st, diffid, &dir, NULL) < 0)
		return 0;
	AUTOFREE char *marker = store_layer_marker(dir);
	struct stat sb;
	return lstat(marker, &sb) == 0 && S_ISREG(sb.st_mode) && lstat(dir, &sb) == 0 &&
	       S_ISDIR(sb.st_mode);
}

/* Take layers.lock exclusively (waiting for another commit): *fd holds it. */
static int layers_lock(struct strata_store *st, int *fd, struct strata_error **err)
{
	AUTOFREE char *path = strata_store_path(st, STRATA_STORE_LAYERS_LOCK, NULL);
	int f = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (f < 0)
		return strata_error_set(err, STRATA_EIO, errno, "open '%s'", path);
	while (flock(f, LOCK_EX) < 0) {
		if (errno == EINTR)
			continue;
		int e = errno;
		close(f);
		return strata_error_set(err, STRATA_EIO, e, "lock '%s'", path);
	}
	*fd = f;
	return 0;
}

/* Under layers.lock: move dir to dst, or find that another build has. A
 * marker-less dst goes to trash/ (*stale, for the caller to delete once the
 * lock is released). *won is 0 when dst was already complete. */
static int layer_place(struct strata_store *st, const char *dir, const char *dst,
                       const char *diffid, int *won, char **stale, struct strata_error **err)
{
	AUTOFREE char *marker = store_layer_marker(dst);
	AUTOFREE char *layers = strata_store_path(st, STRATA_STORE_LAYERS, NULL);
	for (int tries = 0;; tries++) {
		struct stat sb;
		if (lstat(dst, &sb) < 0 && errno == ENOENT) {
			if (rename(dir, dst) < 0)
				return strata_error_set(err, STRATA_EIO, errno,
				                        "rename '%s' to '%s'", dir, dst);
			break;
		}
		if (lstat(marker, &sb) == 0) {
			*won = 0;
			return 0;
		}
		if (tries > 0 || *stale)
			return strata_error_set(err, STRATA_EIO, EEXIST,
			                        "commit layer '%s': cannot clear '%s'", diffid,
			                        dst);
		int r = store_trash(st, dst, stale, err);
		if (r < 0)
			return r;
	}
	*won = 1;
	if (store_fsync_dir(layers) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "sync '%s'", layers);
	AUTOFREE char *marker_path = store_layer_marker(dst);
	return store_put_line(st, "marker", diffid, marker_path, err);
}

int strata_store_layer_commit(struct strata_store *st, const char *dir, const char *diffid,
                              struct strata_error **err)
{
	AUTOFREE char *dst = NULL;
	int r = strata_store_layer_dir(st, diffid, &dst, err);
	if (r < 0)
		return r;
	/* the tree is on disk before its name and marker are */
	{
		AUTOCLOSE int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0 || syncfs(fd) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "sync '%s'", dir);
	}
	AUTOFREE char *stale = NULL;
	int won = 0;
	{
		AUTOCLOSE int lock = -1;
		r = layers_lock(st, &lock, err);
		if (r < 0)
			return r;
		r = layer_place(st, dir, dst, diffid, &won, &stale, err);
	}
	if (stale)
		strata_rmtree(stale, NULL); /* else the next sweep of trash/ */
	if (r == 0 && !won)
		r = strata_rmtree(dir, err); /* another build won */
	return r;
}

int store_layer_remove(struct strata_store *st, const char *dir, struct strata_error **err)
{
	AUTOFREE char *marker = store_layer_marker(dir);
	if (unlink(marker) < 0 && errno != ENOENT)
		return strata_error_set(err, STRATA_EIO, errno, "remove '%s'", marker);
	return store_remove(st, dir, err);
}

/* 1 when name is 64 lowercase hex digits followed by suffix. */
static int hex_name(const char *name, const char *suffix)
{
	for (int i = 0; i < 64; i++)
		if (!((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'a' && name[i] <= 'f')))
			return 0;
	return !strcmp(name + 64, suffix);
}

int store_layer_entry_kind(const char *name)
{
	if (strlen(name) < 64)
		return STORE_LAYER_OTHER;
	if (hex_name(name, ""))
		return STORE_LAYER_DIR;
	if (hex_name(name, STORE_LAYER_MARKER))
		return STORE_LAYER_MARK;
	return STORE_LAYER_OTHER;
}

int store_layers_sweep(struct strata_store *st, struct strata_error **err)
{
	AUTOFREE char *layers = strata_store_path(st, STRATA_STORE_LAYERS, NULL);
	AUTOCLOSE int fd = open(layers, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	AUTOSTRV char **names = NULL;
	size_t n = 0;
	if (fd < 0 || util_dir_names(fd, &names, &n) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read '%s'", layers);
	for (size_t i = 0; i < n; i++) {
		int kind = store_layer_entry_kind(names[i]);
		if (kind == STORE_LAYER_OTHER)
			continue;
		AUTOFREE char *path = util_path_join(layers, names[i]);
		AUTOFREE char *dir = xstrndup(path, strlen(layers) + 65);
		AUTOFREE char *marker = store_layer_marker(dir);
		struct stat sb;
		int r = 0;
		if (kind == STORE_LAYER_DIR && lstat(marker, &sb) < 0)
			r = store_remove(st, dir, err); /* never completed */
		else if (kind == STORE_LAYER_MARK && lstat(dir, &sb) < 0 && unlink(path) < 0 &&
		         errno != ENOENT)
			r = strata_error_set(err, STRATA_EIO, errno, "remove '%s'", path);
		if (r < 0)
			return r;
	}
	return 0;
}
