/* strata: the content-addressed store (see include/strata/store.h).
 *
 * Everything lands through a temp file or dir under tmp/ and one rename(2), so
 * readers see a blob, tag or layer whole or not at all. The flock on root/lock
 * only guards the tmp/ sweep: a process that finds nobody else holding the lock
 * may treat what is under tmp/ as the litter of an interrupted run. */
#include "strata/store.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "store_private.h"
#include "strata/error.h"
#include "util.h"

struct strata_store {
	char *root;  /* realpath, no trailing slash */
	int lock_fd; /* holds the shared flock on root/lock */
};

struct strata_blob_writer {
	struct strata_store *st;
	int fd;
	char *tmp_path; /* NULL once renamed away or removed */
	EVP_MD_CTX *md;
	int64_t size;
};

/* The layout (enum strata_store_area): each area's name under the root; the
 * mode of the directories made when the store opens (0: made by their first
 * writer, or a file); whether writers there rename "<name>.tmp.<tid>" files
 * into place beside their target, which a sweep removes when they are killed.
 * The only place these names are spelled. */
static const struct store_area_def {
	const char *name;
	mode_t open_mode;
	int side_temps;
} store_areas[STRATA_STORE_NAREAS] = {
        [STRATA_STORE_BLOBS] = {"blobs/sha256", 0755, 0},
        [STRATA_STORE_TAGS] = {"tags", 0755, 0},
        [STRATA_STORE_LAYERS] = {"layers", 0755, 0},
        [STRATA_STORE_CACHE] = {"cache", 0755, 1},
        [STRATA_STORE_TMP] = {"tmp", 0755, 0},
        [STRATA_STORE_TRASH] = {"trash", 0755, 0},
        [STRATA_STORE_LOGS] = {"logs", 0, 1},
        [STRATA_STORE_EXPLAIN] = {"explain", 0, 1},
        [STRATA_STORE_STATCACHE] = {"statcache", 0, 1},
        [STRATA_STORE_CACHE_MOUNTS] = {"cache-mounts", 0, 1},
        [STRATA_STORE_LOCK] = {"lock", 0, 0},
        [STRATA_STORE_LAYERS_LOCK] = {"layers.lock", 0, 0},
};

char *strata_store_path(const struct strata_store *st, enum strata_store_area area,
                        const char *name)
{
	if ((unsigned)area >= STRATA_STORE_NAREAS)
		abort(); /* a caller's bug, as an out-of-range index */
	if (name)
		return xasprintf("%s/%s/%s", st->root, store_areas[area].name, name);
	return xasprintf("%s/%s", st->root, store_areas[area].name);
}

int store_area_mkdir(const struct strata_store *st, enum strata_store_area area,
                     struct strata_error **err)
{
	AUTOFREE char *dir = strata_store_path(st, area, NULL);
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", dir);
	return 0;
}

/* Mark tmp/ (where every snapshot, unpacked layer and cache dir starts) a
 * top of unrelated trees (chattr +T): ext4's Orlov allocator then spreads
 * each new tree over the disk instead of packing it next to the last ones.
 * Without it, on an ext4 with no journal, every file created after a prune
 * scans past the inodes the prune just freed (recently_deleted), and
 * writing 10,000 files took 2-5 s instead of 0.6 s (bench/README.md).
 * Filesystems without the flag say no; nothing is lost then. */
static void store_spread_tmp(const char *tmp)
{
	AUTOCLOSE int fd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
	int flags = 0;
	if (fd < 0 || ioctl(fd, FS_IOC_GETFLAGS, &flags) < 0 || (flags & FS_TOPDIR_FL))
		return;
	flags |= FS_TOPDIR_FL;
	(void)ioctl(fd, FS_IOC_SETFLAGS, &flags);
}

/* --- digests ------------------------------------------------------------- */

int strata_digest_valid(const char *s)
{
	if (!s || strncmp(s, "sha256:", 7) != 0)
		return 0;
	s += 7;
	for (int i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[64] == '\0';
}

static void digest_format(const unsigned char md[32], char out[STRATA_DIGEST_LEN])
{
	memcpy(out, "sha256:", 7);
	util_hex(md, 32, out + 7);
}

void strata_digest_buffer(const void *buf, size_t len, char digest_out[STRATA_DIGEST_LEN])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	/* EVP_Digest only fails when libcrypto itself is broken */
	if (!EVP_Digest(buf, len, md, &n, EVP_sha256(), NULL) || n != 32)
		abort();
	digest_format(md, digest_out);
}

/* --- small file-system helpers ------------------------------------------ */

int store_fsync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int r = fsync(fd);
	int e = errno;
	close(fd);
	errno = e;
	return r;
}

/* A temp file under tmp/ named "<prefix>-XXXXXX". Returns the fd (O_CLOEXEC). */
int store_tmpfile(struct strata_store *st, const char *prefix, char **path,
                  struct strata_error **err)
{
	AUTOFREE char *name = xasprintf("%s-XXXXXX", prefix);
	char *p = strata_store_path(st, STRATA_STORE_TMP, name);
	int fd = mkostemp(p, O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		strata_error_set(err, STRATA_EIO, e, "create temp file '%s'", p);
		free(p);
		return -1;
	}
	*path = p;
	return fd;
}

/* Write fd's temp file to disk and move it to dst (whose dir is then synced).
 * The temp file is gone afterwards either way. */
int store_install(const char *tmp, int fd, const char *dst, const char *dstdir,
                  struct strata_error **err)
{
	if (fchmod(fd, 0644) < 0 || fsync(fd) < 0) {
		int e = errno;
		unlink(tmp);
		return strata_error_set(err, STRATA_EIO, e, "sync '%s'", tmp);
	}
	if (rename(tmp, dst) < 0) {
		int e = errno;
		unlink(tmp);
		return strata_error_set(err, STRATA_EIO, e, "rename '%s' to '%s'", tmp, dst);
	}
	if (store_fsync_dir(dstdir) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "sync '%s'", dstdir);
	return 0;
}

int store_put_line(struct strata_store *st, const char *prefix, const char *line, const char *dst,
                   struct strata_error **err)
{
	AUTOFREE char *tmp = NULL;
	AUTOCLOSE int fd = store_tmpfile(st, prefix, &tmp, err);
	if (fd < 0)
		return STRATA_EIO;
	AUTOFREE char *text = xasprintf("%s\n", line);
	if (util_write_all(fd, text, strlen(text)) < 0) {
		int e = errno;
		unlink(tmp);
		return strata_error_set(err, STRATA_EIO, e, "write '%s'", tmp);
	}
	AUTOFREE char *dir = xstrndup(dst, (size_t)(strrchr(dst, '/') - dst));
	return store_install(tmp, fd, dst, dir, err);
}

/* --- rmtree -------------------------------------------------------------- */

/* 1 when name (in dfd) is the root of another mount than dev's. statx's
 * STATX_ATTR_MOUNT_ROOT also catches bind mounts of the same filesystem,
 * which a st_dev comparison alone would walk into. */
static int rmtree_is_mount(int dfd, const char *name, dev_t dev)
{
	struct statx sx;
	if (statx(dfd, name, AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &sx) < 0)
		return 0;
	if (sx.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT)
		if (sx.stx_attributes & STATX_ATTR_MOUNT_ROOT)
			return 1;
	return makedev(sx.stx_dev_major, sx.stx_dev_minor) != dev;
}

/* Open a directory entry without following symlinks; a directory its owner
 * locked (mode 0, or no x bit for us) is opened to rwx for the owner first. */
static int rmtree_opendir(int dfd, const char *name)
{
	int fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 && errno == EACCES) {
		if (fchmodat(dfd, name, 0700, 0) < 0)
			return -1;
		fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	}
	return fd;
}

/* Remove everything inside the directory fd (which stays open, and is
 * closed by the caller). path is only for messages. */
static int rmtree_contents(int fd, const char *path, dev_t dev, struct strata_error **err)
{
	struct stat sb;
	if (fstat(fd, &sb) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "stat '%s'", path);
	if ((sb.st_mode & 0700) != 0700 && fchmod(fd, (sb.st_mode & 07777) | 0700) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "chmod '%s'", path);

	/* read the names first, so at most one fd per level stays open */
	AUTOSTRV char **names = NULL;
	size_t n = 0;
	if (util_dir_names(fd, &names, &n) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read '%s'", path);

	for (size_t i = 0; i < n; i++) {
		const char *name = names[i];
		struct stat cs;
		if (fstatat(fd, name, &cs, AT_SYMLINK_NOFOLLOW) < 0) {
			if (errno == ENOENT)
				continue;
			return strata_error_set(err, STRATA_EIO, errno, "stat '%s/%s'", path, name);
		}
		if (!S_ISDIR(cs.st_mode)) {
			if (unlinkat(fd, name, 0) < 0 && errno != ENOENT)
				return strata_error_set(err, STRATA_EIO, errno, "remove '%s/%s'",
				                        path, name);
			continue;
		}
		if (rmtree_is_mount(fd, name, dev))
			return strata_error_set(err, STRATA_EIO, EBUSY, "remove '%s/%s'", path,
			                        name);
		AUTOFREE char *sub = xasprintf("%s/%s", path, name);
		int cfd = rmtree_opendir(fd, name);
		if (cfd < 0)
			return strata_error_set(err, STRATA_EIO, errno, "open '%s'", sub);
		int r = rmtree_contents(cfd, sub, dev, err);
		close(cfd);
		if (r < 0)
			return r;
		if (unlinkat(fd, name, AT_REMOVEDIR) < 0 && errno != ENOENT)
			return strata_error_set(err, STRATA_EIO, errno, "remove '%s'", sub);
	}
	return 0;
}

int strata_rmtree(const char *path, struct strata_error **err)
{
	struct stat sb;
	if (lstat(path, &sb) < 0) {
		if (errno == ENOENT)
			return 0;
		return strata_error_set(err, STRATA_EIO, errno, "stat '%s'", path);
	}
	if (!S_ISDIR(sb.st_mode)) {
		if (unlink(path) < 0 && errno != ENOENT)
			return strata_error_set(err, STRATA_EIO, errno, "remove '%s'", path);
		return 0;
	}
	int fd = rmtree_opendir(AT_FDCWD, path);
	if (fd < 0)
		return strata_error_set(err, STRATA_EIO, errno, "open '%s'", path);
	int r = rmtree_contents(fd, path, sb.st_dev, err);
	close(fd);
	if (r < 0)
		return r;
	if (rmdir(path) < 0 && errno != ENOENT)
		return strata_error_set(err, STRATA_EIO, errno, "remove '%s'", path);
	return 0;
}

/* --- open / free --------------------------------------------------------- */

/* Remove every entry of an area: called only while holding the lock
 * exclusively, so nothing there belongs to a live process. */
static int store_sweep_dir(struct strata_store *st, enum strata_store_area area,
                           struct strata_error **err)
{
	AUTOFREE char *dir = strata_store_path(st, area, NULL);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return strata_error_set(err, STRATA_EIO, errno, "open '%s'", dir);
	struct stat sb;
	int r = fstat(fd, &sb) < 0 ? strata_error_set(err, STRATA_EIO, errno, "stat '%s'", dir)
	                           : rmtree_contents(fd, dir, sb.st_dev, err);
	close(fd);
	return r;
}

/* 1 for "<name>.tmp.<digits>": the temp file of a write renamed into place
 * beside its target (statcache, explain, logs, cache mount ids). */
static int side_temp_name(const char *name)
{
	const char *t = strstr(name, ".tmp.");
	if (!t || t == name || !t[5])
		return 0;
	for (t += 5; *t; t++)
		if (*t < '0' || *t > '9')
			return 0;
	return 1;
}

/* Remove the side temp files that writers outside tmp/ leave when killed. */
static void store_sweep_side_temps(struct strata_store *st)
{
	for (int a = 0; a < STRATA_STORE_NAREAS; a++) {
		if (!store_areas[a].side_temps)
			continue;
		AUTOFREE char *dir = strata_store_path(st, a, NULL);
		AUTOCLOSE int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		AUTOSTRV char **names = NULL;
		size_t n = 0;
		if (fd < 0 || util_dir_names(fd, &names, &n) < 0)
			continue;
		for (size_t j = 0; j < n; j++)
			if (side_temp_name(names[j]))
				(void)unlinkat(fd, names[j], 0);
	}
}

int store_sweep(struct strata_store *st, struct strata_error **err)
{
	store_sweep_side_temps(st);
	int r = store_sweep_dir(st, STRATA_STORE_TMP, err);
	if (r == 0)
		r = store_sweep_dir(st, STRATA_STORE_TRASH, err);
	if (r == 0)
		r = store_layers_sweep(st, err);
	return r;
}

/* --- removal ------------------------------------------------------------- */

int store_trash(struct strata_store *st, const char *path, char **trashed,
                struct strata_error **err)
{
	if (trashed)
		*trashed = NULL;
	struct stat sb;
	if (lstat(path, &sb) < 0) {
		if (errno == ENOENT)
			return 0;
		return strata_error_set(err, STRATA_EIO, errno, "stat '%s'", path);
	}
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	/* a placeholder of the same kind, that the rename replaces */
	AUTOFREE char *placeholder = xasprintf("%.40s-XXXXXX", base);
	AUTOFREE char *dst = strata_store_path(st, STRATA_STORE_TRASH, placeholder);
	int made;
	if (S_ISDIR(sb.st_mode)) {
		made = mkdtemp(dst) ? 0 : -1;
	} else {
		int fd = mkostemp(dst, O_CLOEXEC);
		made = fd < 0 ? -1 : close(fd);
	}
	if (made < 0)
		return strata_error_set(err, STRATA_EIO, errno, "create '%s'", dst);
	if (rename(path, dst) < 0) {
		int e = errno;
		(void)(S_ISDIR(sb.st_mode) ? rmdir(dst) : unlink(dst));
		if (e == ENOENT)
			return 0; /* gone meanwhile */
		return strata_error_set(err, STRATA_EIO, e, "rename '%s' to '%s'", path, dst);
	}
	if (trashed)
		*trashed = steal_pointer(&dst);
	return 0;
}

int store_remove(struct strata_store *st, const char *path, struct strata_error **err)
{
	AUTOFREE char *trashed = NULL;
	int r = store_trash(st, path, &trashed, err);
	if (r < 0 || !trashed)
		return r;
	/* the rename reaches the disk before the deletions it protects from */
	const char *slash = strrchr(path, '/');
	AUTOFREE char *parent = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
	if (store_fsync_dir(parent) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "sync '%s'", parent);
	return strata_rmtree(trashed, err);
}

int strata_store_open(const char *root, struct strata_store **out, struct strata_error **err)
{
	if (!root || !*root)
		return strata_error_set(err, STRATA_EINVAL, 0, "open store: empty root path");
	if (util_mkdir_p(root, 0755) < 0) {
		if (errno == EEXIST || errno == ENOTDIR)
			return strata_error_set(err, STRATA_EINVAL, 0,
			                        "open store '%s': not a directory", root);
		return strata_error_set(err, STRATA_EIO, errno, "create store '%s'", root);
	}
	char *real = realpath(root, NULL);
	if (!real)
		return strata_error_set(err, STRATA_EIO, errno, "resolve store root '%s'", root);
	struct strata_store *st = xzalloc(sizeof(*st));
	st->root = real;
	st->lock_fd = -1;

	struct stat sb;
	if (stat(real, &sb) < 0 || !S_ISDIR(sb.st_mode)) {
		strata_store_free(st);
		return strata_error_set(err, STRATA_EINVAL, 0, "open store '%s': not a directory",
		                        root);
	}
	for (int a = 0; a < STRATA_STORE_NAREAS; a++) {
		if (!store_areas[a].open_mode)
			continue;
		AUTOFREE char *d = strata_store_path(st, a, NULL);
		if (util_mkdir_p(d, store_areas[a].open_mode) < 0) {
			int e = errno;
			strata_store_free(st);
			return strata_error_set(err, STRATA_EIO, e, "create '%s'", d);
		}
		if (a == STRATA_STORE_TMP)
			store_spread_tmp(d);
	}
	AUTOFREE char *lock = strata_store_path(st, STRATA_STORE_LOCK, NULL);
	st->lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (st->lock_fd < 0) {
		int e = errno;
		strata_store_free(st);
		return strata_error_set(err, STRATA_EIO, e, "open '%s'", lock);
	}
	if (flock(st->lock_fd, LOCK_EX | LOCK_NB) == 0) {
		int r = store_sweep(st, err);
		if (r < 0) {
			strata_store_free(st);
			return strata_error_wrap(err, "open store '%s'", root);
		}
	} else if (errno != EWOULDBLOCK) {
		int e = errno;
		strata_store_free(st);
		return strata_error_set(err, STRATA_EIO, e, "lock '%s'", lock);
	}
	/* downgrade (or wait out an exclusive holder such as a gc) */
	while (flock(st->lock_fd, LOCK_SH) < 0) {
		if (errno == EINTR)
			continue;
		int e = errno;
		strata_store_free(st);
		return strata_error_set(err, STRATA_EIO, e, "lock '%s'", lock);
	}
	*out = st;
	return 0;
}

int strata_store_lock_exclusive(struct strata_store *st, struct strata_error **err)
{
	if (flock(st->lock_fd, LOCK_EX | LOCK_NB) == 0)
		return 0;
	if (errno == EWOULDBLOCK)
		return strata_error_set(err, STRATA_EBUSY, 0,
		                        "the store '%s' is in use by another strata process",
		                        st->root);
	int e = errno;
	AUTOFREE char *lock = strata_store_path(st, STRATA_STORE_LOCK, NULL);
	return strata_error_set(err, STRATA_EIO, e, "lock '%s'", lock);
}

void strata_store_free(struct strata_store *st)
{
	if (!st)
		return;
	if (st->lock_fd >= 0)
		close(st->lock_fd); /* releases the flock */
	free(st->root);
	free(st);
}

const char *strata_store_root(const struct strata_store *st)
{
	return st->root;
}

/* --- blobs --------------------------------------------------------------- */

static char *store_blob_path(struct strata_store *st, const char *digest)
{
	return strata_store_path(st, STRATA_STORE_BLOBS, digest + 7);
}

int strata_store_blob_path(struct strata_store *st, const char *digest, char **path,
                           struct strata_error **err)
{
	if (!strata_digest_valid(digest))
		return strata_error_set(err, STRATA_EINVAL, 0, "malformed digest '%s'",
		                        digest ? digest : "");
	*path = store_blob_path(st, digest);
	return 0;
}

int strata_blob_writer_new(struct strata_store *st, struct strata_blob_writer **out,
                           struct strata_error **err)
{
	char *tmp;
	int fd = store_tmpfile(st, "blob", &tmp, err);
	if (fd < 0)
		return STRATA_EIO;
	struct strata_blob_writer *w = xzalloc(sizeof(*w));
	w->st = st;
	w->fd = fd;
	w->tmp_path = tmp;
	w->md = EVP_MD_CTX_new();
	if (!w->md || !EVP_DigestInit_ex(w->md, EVP_sha256(), NULL))
		abort(); /* libcrypto out of memory: as xmalloc */
	*out = w;
	return 0;
}

int strata_blob_writer_write(struct strata_blob_writer *w, const void *buf, size_t len,
                             struct strata_error **err)
{
	if (!w->tmp_path)
		return strata_error_set(err, STRATA_EINVAL, 0, "write blob: writer already spent");
	if (util_write_all(w->fd, buf, len) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "write '%s'", w->tmp_path);
	EVP_DigestUpdate(w->md, buf, len);
	w->size += (int64_t)len;
	return 0;
}

int64_t strata_blob_writer_size(const struct strata_blob_writer *w)
{
	return w->size;
}

int strata_blob_writer_commit(struct strata_blob_writer *w, const char *expected,
                              char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	if (!w->tmp_path)
		return strata_error_set(err, STRATA_EINVAL, 0, "commit blob: writer already spent");
	AUTOFREE char *tmp = steal_pointer(&w->tmp_path);
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	char got[STRATA_DIGEST_LEN];
	EVP_DigestFinal_ex(w->md, md, &n);
	digest_format(md, got);
	if (expected && strcmp(expected, got) != 0) {
		unlink(tmp);
		return strata_error_set(err, STRATA_ECORRUPT, 0,
		                        "blob digest mismatch: expected '%s', got '%s'", expected,
		                        got);
	}
	AUTOFREE char *dst = store_blob_path(w->st, got);
	struct stat sb;
	if (lstat(dst, &sb) == 0 && S_ISREG(sb.st_mode)) {
		/* the same bytes are already there: keep them */
		unlink(tmp);
	} else {
		AUTOFREE char *dir = strata_store_path(w->st, STRATA_STORE_BLOBS, NULL);
		int r = store_install(tmp, w->fd, dst, dir, err);
		if (r < 0)
			return r;
	}
	if (digest_out)
		memcpy(digest_out, got, STRATA_DIGEST_LEN);
	return 0;
}

void strata_blob_writer_free(struct strata_blob_writer *w)
{
	if (!w)
		return;
	if (w->fd >= 0)
		close(w->fd);
	if (w->tmp_path)
		unlink(w->tmp_path);
	free(w->tmp_path);
	EVP_MD_CTX_free(w->md);
	free(w);
}

int strata_store_put_blob(struct strata_store *st, const void *buf, size_t len,
                          char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct strata_blob_writer *w;
	int r = strata_blob_writer_new(st, &w, err);
	if (r < 0)
		return r;
	r = strata_blob_writer_write(w, buf, len, err);
	if (r == 0)
		r = strata_blob_writer_commit(w, NULL, digest_out, err);
	strata_blob_writer_free(w);
	return r;
}

int strata_store_has_blob(struct strata_store *st, const char *digest)
{
	if (!strata_digest_valid(digest))
		return 0;
	AUTOFREE char *p = store_blob_path(st, digest);
	struct stat sb;
	return lstat(p, &sb) == 0 && S_ISREG(sb.st_mode);
}

int64_t strata_store_blob_size(struct strata_store *st, const char *digest)
{
	if (!strata_digest_valid(digest))
		return -1;
	AUTOFREE char *p = store_blob_path(st, digest);
	struct stat sb;
	if (lstat(p, &sb) < 0 || !S_ISREG(sb.st_mode))
		return -1;
	return (int64_t)sb.st_size;
}

int strata_store_open_blob(struct strata_store *st, const char *digest, int *fd,
                           struct strata_error **err)
{
	AUTOFREE char *p = NULL;
	int r = strata_store_blob_path(st, digest, &p, err);
	if (r < 0)
		return r;
	int f = open(p, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (f < 0) {
		if (errno == ENOENT)
			return strata_error_set(err, STRATA_ENOENT, 0,
			                        "blob '%s': not in the store", digest);
		return strata_error_set(err, STRATA_EIO, errno, "open '%s'", p);
	}
	*fd = f;
	return 0;
}

int strata_store_read_blob(struct strata_store *st, const char *digest, char **buf, size_t *len,
                           struct strata_error **err)
{
	AUTOCLOSE int fd = -1;
	int r = strata_store_open_blob(st, digest, &fd, err);
	if (r < 0)
		return r;
	AUTOFREE char *data = NULL;
	size_t n = 0;
	if (util_read_fd(fd, &data, &n) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read blob '%s'", digest);
	char got[STRATA_DIGEST_LEN];
	strata_digest_buffer(data, n, got);
	if (strcmp(got, digest) != 0)
		return strata_error_set(err, STRATA_ECORRUPT, 0,
		                        "blob '%s': content hashes to '%s'", digest, got);
	*buf = steal_pointer(&data);
	if (len)
		*len = n;
	return 0;
}

/* --- tags ---------------------------------------------------------------- */

static int tag_char_ok(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '-';
}

/* The repository part: lowercase components of [a-z0-9._-] joined by single
 * '/'; the first component (a registry host) may end in ":<port>" when more
 * components follow. */
static int tag_repo_valid(const char *s, size_t n)
{
	size_t comp = 0;          /* length of the current component */
	int ncomp = 0, port = -1; /* port: digits seen after ':' in the host, or -1 */
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '/') {
			if (comp == 0 || port == 0)
				return 0;
			ncomp++;
			comp = 0;
			port = -1;
		} else if (c == ':') {
			if (ncomp > 0 || port >= 0 || comp == 0)
				return 0;
			port = 0;
		} else if (port >= 0) {
			if (!(c >= '0' && c <= '9'))
				return 0;
			port++;
		} else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
		           c == '_' || c == '-') {
			comp++;
		} else {
			return 0;
		}
	}
	/* a trailing "host:port" with nothing after it is no repository */
	return comp > 0 && port < 0;
}

char *strata_tag_normalize(const char *name)
{
	if (!name || !*name)
		return NULL;
	for (const char *p = name; *p; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f)
			return NULL;
	const char *at = strchr(name, '@');
	if (at && !strata_digest_valid(at + 1))
		return NULL;
	size_t end = at ? (size_t)(at - name) : strlen(name);
	/* a ':' after the last '/' starts the tag */
	const char *slash = memrchr(name, '/', end);
	size_t from = slash ? (size_t)(slash - name) : 0;
	const char *colon = memchr(name + from, ':', end - from);
	size_t repo_len = colon ? (size_t)(colon - name) : end;
	if (!tag_repo_valid(name, repo_len))
		return NULL;
	if (colon) {
		const char *t = colon + 1;
		size_t tn = end - repo_len - 1;
		if (tn == 0 || tn > 128 || t[0] == '.' || t[0] == '-')
			return NULL;
		for (size_t i = 0; i < tn; i++)
			if (!tag_char_ok(t[i]))
				return NULL;
	}
	if (colon || at)
		return xstrdup(name);
	return xasprintf("%s:latest", name);
}

/* A tag's file name: everything outside [A-Za-z0-9._-], and a leading '.',
 * percent-encoded, so every normalised name maps to one plain file name. */
static char *tag_escape(const char *name)
{
	struct util_buf b = {0};
	for (const char *p = name; *p; p++) {
		if (tag_char_ok(*p) && !(p == name && *p == '.'))
			util_buf_add(&b, p, 1);
		else
			util_buf_printf(&b, "%%%02X", (unsigned char)*p);
	}
	return b.data;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* NULL when fname is not something tag_escape() wrote. */
static char *tag_unescape(const char *fname)
{
	struct util_buf b = {0};
	for (const char *p = fname; *p; p++) {
		char c = *p;
		if (c == '%') {
			int hi = hexval(p[1]), lo = hi < 0 ? -1 : hexval(p[2]);
			if (lo < 0) {
				util_buf_release(&b);
				return NULL;
			}
			c = (char)(hi * 16 + lo);
			p += 2;
		} else if (!tag_char_ok(c) || (p == fname && c == '.')) {
			util_buf_release(&b);
			return NULL;
		}
		util_buf_add(&b, &c, 1);
	}
	return b.data;
}

/* The normalised name and the path of its tag file. */
static int tag_path(struct strata_store *st, const char *name, char **norm, char **path,
                    struct strata_error **err)
{
	char *n = strata_tag_normalize(name);
	if (!n)
		return strata_error_set(err, STRATA_EINVAL, 0, "malformed image name '%s'",
		                        name ? name : "");
	AUTOFREE char *esc = tag_escape(n);
	*path = strata_store_path(st, STRATA_STORE_TAGS, esc);
	if (norm)
		*norm = n;
	else
		free(n);
	return 0;
}

static int tag_read(const char *path, const char *name, char digest_out[STRATA_DIGEST_LEN],
                    struct strata_error **err);

int strata_store_tag_set(struct strata_store *st, const char *name, const char *digest,
                         struct strata_error **err)
{
	if (!strata_digest_valid(digest))
		return strata_error_set(err, STRATA_EINVAL, 0, "tag '%s': malformed digest '%s'",
		                        name ? name : "", digest ? digest : "");
	AUTOFREE char *path = NULL;
	int r = tag_path(st, name, NULL, &path, err);
	if (r < 0)
		return r;
	/* already so (a no-change rebuild): nothing to write or sync */
	char cur[STRATA_DIGEST_LEN];
	if (tag_read(path, name, cur, NULL) == 0 && !strcmp(cur, digest))
		return 0;
	return store_put_line(st, "tag", digest, path, err);
}

/* Read a tag file into digest_out; ENOENT when missing. */
static int tag_read(const char *path, const char *name, char digest_out[STRATA_DIGEST_LEN],
                    struct strata_error **err)
{
	AUTOFREE char *buf = NULL;
	size_t len;
	if (util_read_file(path, &buf, &len) < 0) {
		if (errno == ENOENT)
			return strata_error_set(err, STRATA_ENOENT, 0, "tag '%s': not found", name);
		return strata_error_set(err, STRATA_EIO, errno, "read '%s'", path);
	}
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == ' '))
		buf[--len] = '\0';
	if (!strata_digest_valid(buf))
		return strata_error_set(err, STRATA_ECORRUPT, 0,
		                        "tag '%s': malformed digest in '%s'", name, path);
	memcpy(digest_out, buf, STRATA_DIGEST_LEN);
	return 0;
}

int strata_store_tag_get(struct strata_store *st, const char *name,
                         char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	AUTOFREE char *path = NULL;
	AUTOFREE char *norm = NULL;
	int r = tag_path(st, name, &norm, &path, err);
	if (r < 0)
		return r;
	return tag_read(path, norm, digest_out, err);
}

int strata_store_tag_remove(struct strata_store *st, const char *name, struct strata_error **err)
{
	AUTOFREE char *path = NULL;
	AUTOFREE char *norm = NULL;
	int r = tag_path(st, name, &norm, &path, err);
	if (r < 0)
		return r;
	if (unlink(path) < 0) {
		if (errno == ENOENT)
			return strata_error_set(err, STRATA_ENOENT, 0, "tag '%s': not found", norm);
		return strata_error_set(err, STRATA_EIO, errno, "remove '%s'", path);
	}
	AUTOFREE char *dir = strata_store_path(st, STRATA_STORE_TAGS, NULL);
	if (store_fsync_dir(dir) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "sync '%s'", dir);
	return 0;
}

struct tag_entry {
	char *name;
	char digest[STRATA_DIGEST_LEN];
};

static int tag_entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct tag_entry *)a)->name, ((const struct tag_entry *)b)->name);
}

int strata_store_tag_list(struct strata_store *st, strata_tag_fn fn, void *ud,
                          struct strata_error **err)
{
	AUTOFREE char *dir = strata_store_path(st, STRATA_STORE_TAGS, NULL);
	AUTOCLOSE int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	AUTOSTRV char **files = NULL;
	size_t nf = 0;
	if (fd < 0 || util_dir_names(fd, &files, &nf) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read '%s'", dir);
	struct tag_entry *v = xzalloc((nf + 1) * sizeof(*v));
	size_t n = 0;
	int r = 0;
	for (size_t i = 0; i < nf && r == 0; i++) {
		char *name = tag_unescape(files[i]);
		if (!name)
			continue; /* not a file tag_set() wrote */
		AUTOFREE char *path = util_path_join(dir, files[i]);
		r = tag_read(path, name, v[n].digest, err);
		if (r == STRATA_ENOENT) {
			/* removed while we listed */
			free(name);
			r = 0;
			continue;
		}
		v[n++].name = name;
	}
	if (r == 0) {
		if (n > 1)
			qsort(v, n, sizeof(*v), tag_entry_cmp);
		for (size_t i = 0; i < n; i++)
			if (fn(ud, v[i].name, v[i].digest) != 0)
				break;
	}
	for (size_t i = 0; i < n; i++)
		free(v[i].name);
	free(v);
	return r;
}

/* --- work space ---------------------------------------------------------- */

int strata_store_mkdtemp(struct strata_store *st, const char *prefix, char **path,
                         struct strata_error **err)
{
	if (!prefix || !*prefix || strchr(prefix, '/'))
		return strata_error_set(err, STRATA_EINVAL, 0, "temp dir prefix '%s': malformed",
		                        prefix ? prefix : "");
	AUTOFREE char *name = xasprintf("%s-XXXXXX", prefix);
	char *p = strata_store_path(st, STRATA_STORE_TMP, name);
	if (!mkdtemp(p)) {
		int e = errno;
		strata_error_set(err, STRATA_EIO, e, "create temp dir '%s'", p);
		free(p);
		return STRATA_EIO;
	}
	*path = p;
	return 0;
}
