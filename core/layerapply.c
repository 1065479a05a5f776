/* strata: reading and applying a layer (strata_layer_apply*): entries
 * checked, whiteouts turned into overlayfs markers or removals.
 *
 * Reading mirrors the writer: an outer libarchive reader ("raw" format, any
 * supported filter) turns the blob into tar bytes, which are hashed on their
 * way to an inner tar reader through its read callback; the blob bytes
 * themselves are hashed as they come off the file. Every entry is checked
 * here before archive_write_disk sees it (no "..", no absolute path, no
 * symlink among its parents), so an escape is a STRATA_ESECURITY and not
 * whatever libarchive would say; libarchive's own SECURE flags stay on as a
 * second guard. */
#include "strata/layer.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "layer_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

struct applier {
	const char *dest; /* realpath of the destination */
	int mode;         /* enum strata_apply_mode */
	struct archive *outer;
	struct archive *inner;
	struct archive *disk;
	EVP_MD_CTX *tar_md;
	void *written; /* MERGE: tsearch set of paths this layer wrote (+ parents) */
	char buf[65536];
};

static int str_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void applier_note_written(struct applier *a, const char *rel)
{
	AUTOFREE char *p = xstrdup(rel);
	for (;;) {
		if (tfind(p, &a->written, str_cmp))
			return; /* it, and so its parents, are known */
		char *k = xstrdup(p);
		if (!tsearch(k, &a->written, str_cmp))
			abort();
		char *s = strrchr(p, '/');
		if (!s)
			return;
		*s = '\0';
	}
}

static int applier_was_written(struct applier *a, const char *rel)
{
	return tfind(rel, &a->written, str_cmp) != NULL;
}

/* Feed the inner tar reader with the tar bytes the outer reader yields,
 * hashing them on the way (the diffID). */
static la_ssize_t applier_inner_read(struct archive *ar, void *ud, const void **buf)
{
	struct applier *a = ud;
	la_ssize_t n = archive_read_data(a->outer, a->buf, sizeof a->buf);
	if (n < 0) {
		archive_set_error(ar, archive_errno(a->outer), "%s",
		                  archive_error_string(a->outer));
		return -1;
	}
	EVP_DigestUpdate(a->tar_md, a->buf, (size_t)n);
	*buf = a->buf;
	return n;
}

/* The entry name as a clean relative path ("" for the root itself), or
 * STRATA_ESECURITY when it is absolute or has a ".." component. */
static int applier_clean_name(const char *name, char **out, struct strata_error **err)
{
	if (name[0] == '/')
		return strata_error_set(err, STRATA_ESECURITY, 0, "layer entry '%s': absolute path",
		                        name);
	for (const char *p = name; *p;) {
		const char *e = strchr(p, '/');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == 2 && p[0] == '.' && p[1] == '.')
			return strata_error_set(err, STRATA_ESECURITY, 0,
			                        "layer entry '%s': '..' in path", name);
		p += len;
		while (*p == '/')
			p++;
	}
	char *c = util_path_clean(name);
	if (!strcmp(c, "."))
		c[0] = '\0';
	*out = c;
	return 0;
}

/* Check that no parent of rel under dest is a symlink (nor, with last, rel
 * itself). With create, missing parents are made (0755); without, the walk
 * stops at the first missing one. Returns 0, or 1 when something was missing
 * (and not created), or an error. */
static int applier_check_path(struct applier *a, const char *rel, int last, int create,
                              struct strata_error **err)
{
	AUTOFREE char *p = util_path_join(a->dest, rel);
	char *start = p + strlen(p) - strlen(rel); /* rel inside p, even when dest is "/" */
	for (char *s = start;; s++) {
		char *slash = strchr(s, '/');
		if (!slash && !last)
			return 0;
		if (slash)
			*slash = '\0';
		struct stat sb;
		if (lstat(p, &sb) < 0) {
			if (errno != ENOENT)
				return strata_error_set(err, STRATA_EIO, errno, "stat '%s'", p);
			if (!create)
				return 1;
			if (mkdir(p, 0755) < 0)
				return strata_error_set(err, STRATA_EIO, errno, "create '%s'", p);
		} else if (S_ISLNK(sb.st_mode)) {
			return strata_error_set(err, STRATA_ESECURITY, 0,
			                        "layer entry '%s': '%s' is a symlink", rel, start);
		} else if (slash && !S_ISDIR(sb.st_mode)) {
			if (!create)
				return 1;
			return strata_error_set(err, STRATA_ECORRUPT, 0,
			                        "layer entry '%s': '%s' is not a directory", rel,
			                        start);
		}
		if (!slash)
			return 0;
		*slash = '/';
		s = slash;
	}
}

/* MERGE: a parent of rel that a lower layer made a symlink or a file, this
 * layer's entry hides, as overlayfs (the build's view) does: the layer has a
 * directory there. So it is replaced by an empty directory, from the top
 * down, each level checked before the next is looked at; one that this layer
 * wrote itself stays, for applier_check_path to refuse. */
static int applier_hide_lower(struct applier *a, const char *rel, struct strata_error **err)
{
	AUTOFREE char *p = util_path_join(a->dest, rel);
	char *start = p + strlen(p) - strlen(rel);
	for (char *slash = strchr(start, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		struct stat sb;
		int gone = lstat(p, &sb) < 0;
		if (gone && errno != ENOENT)
			return strata_error_set(err, STRATA_EIO, errno, "stat '%s'", p);
		if (!gone && !S_ISDIR(sb.st_mode) && !applier_was_written(a, start)) {
			if (unlink(p) < 0 || mkdir(p, 0755) < 0)
				return strata_error_set(err, STRATA_EIO, errno,
				                        "replace '%s' with a directory", p);
		}
		*slash = '/';
		if (gone)
			break; /* nothing below to hide */
	}
	return 0;
}

/* MERGE, opaque dir: remove what dir (relative, "" for dest) holds that this
 * layer did not write itself, descending into the dirs it did write. */
static int applier_clear_dir(struct applier *a, const char *rel, struct strata_error **err)
{
	AUTOFREE char *path = util_path_join(a->dest, rel);
	AUTOCLOSE int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	AUTOSTRV char **names = NULL;
	size_t n = 0;
	if (fd < 0 && (errno == ENOENT || errno == ENOTDIR))
		return 0;
	if (fd < 0 || util_dir_names(fd, &names, &n) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read '%s'", path);
	for (size_t i = 0; i < n; i++) {
		AUTOFREE char *crel = *rel ? xasprintf("%s/%s", rel, names[i]) : xstrdup(names[i]);
		AUTOFREE char *cpath = util_path_join(a->dest, crel);
		int r;
		if (!applier_was_written(a, crel)) {
			r = strata_rmtree(cpath, err);
		} else {
			struct stat sb;
			r = lstat(cpath, &sb) == 0 && S_ISDIR(sb.st_mode)
			            ? applier_clear_dir(a, crel, err)
			            : 0;
		}
		if (r < 0)
			return r;
	}
	return 0;
}

/* A whiteout entry (rel ends in ".wh.<x>" or is ".wh..wh..opq"). */
static int applier_whiteout(struct applier *a, const char *rel, struct strata_error **err)
{
	const char *slash = strrchr(rel, '/');
	const char *base = slash ? slash + 1 : rel;
	AUTOFREE char *dir = slash ? xstrndup(rel, (size_t)(slash - rel)) : xstrdup("");

	if (!strcmp(base, WH_OPAQUE)) {
		if (a->mode == STRATA_APPLY_MERGE) {
			int r = *dir ? applier_check_path(a, dir, 1, 0, err) : 0;
			return r == 0 ? applier_clear_dir(a, dir, err) : r < 0 ? r : 0;
		}
		int r = *dir ? applier_check_path(a, dir, 1, 1, err) : 0;
		if (r < 0)
			return r;
		AUTOFREE char *path = util_path_join(a->dest, dir);
		if (lsetxattr(path, OPAQUE_XATTR, "y", 1, 0) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "set opaque on '%s'", path);
		return 0;
	}
	if (!strncmp(base, WH_META, strlen(WH_META)))
		return 0; /* other aufs metadata (.wh..wh.plnk…): not ours to apply */

	const char *victim = base + strlen(WH_PREFIX);
	if (!*victim || !strcmp(victim, ".") || !strcmp(victim, ".."))
		return strata_error_set(err, STRATA_ESECURITY, 0,
		                        "layer entry '%s': whiteout of '%s'", rel, victim);
	AUTOFREE char *vrel = *dir ? xasprintf("%s/%s", dir, victim) : xstrdup(victim);
	int r = applier_check_path(a, vrel, 0, a->mode == STRATA_APPLY_OVERLAY, err);
	if (r != 0)
		return r < 0 ? r : 0; /* (MERGE) a parent is missing: nothing to remove */
	AUTOFREE char *path = util_path_join(a->dest, vrel);
	if (a->mode == STRATA_APPLY_MERGE) {
		/* a whiteout hides lower layers only, never its own layer's entries */
		if (applier_was_written(a, vrel))
			return 0;
		return strata_rmtree(path, err);
	}
	r = strata_rmtree(path, err);
	if (r < 0)
		return r;
	if (mknod(path, S_IFCHR | 0, makedev(0, 0)) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "create whiteout '%s'", path);
	return 0;
}

/* Keep only the xattrs a layer may carry (see layer_xattr_keep). */
static void applier_filter_xattrs(struct archive_entry *e)
{
	if (archive_entry_xattr_reset(e) == 0)
		return;
	struct util_buf names = {0};
	struct {
		size_t name; /* offset in names */
		const void *val;
		size_t len;
	} *kept = NULL;
	size_t n = 0;
	const char *name;
	const void *val;
	size_t len;
	int dropped = 0;
	while (archive_entry_xattr_next(e, &name, &val, &len) == ARCHIVE_OK) {
		if (!layer_xattr_keep(name)) {
			dropped = 1;
			continue;
		}
		kept = xrealloc(kept, (n + 1) * sizeof(*kept));
		kept[n].name = names.len;
		util_buf_add(&names, name, strlen(name) + 1);
		kept[n].val = xmalloc(len ? len : 1);
		memcpy((void *)kept[n].val, val, len);
		kept[n++].len = len;
	}
	if (dropped) {
		archive_entry_xattr_clear(e);
		for (size_t i = 0; i < n; i++)
			archive_entry_xattr_add_entry(e, names.data + kept[i].name, kept[i].val,
			                              kept[i].len);
	}
	for (size_t i = 0; i < n; i++)
		free((void *)kept[i].val);
	free(kept);
	util_buf_release(&names);
}

static int applier_entry(struct applier *a, struct archive_entry *e, struct strata_error **err)
{
	AUTOFREE char *rel = NULL;
	const char *name = archive_entry_pathname(e);
	if (!name) /* libarchive gives none for a damaged header it still reads */
		return strata_error_set(err, STRATA_ECORRUPT, 0,
		                        "read layer: an entry without a name");
	int r = applier_clean_name(name, &rel, err);
	if (r < 0)
		return r;
	if (!*rel)
		return 0; /* the root itself: dest's own attributes stay */
	const char *base = strrchr(rel, '/');
	base = base ? base + 1 : rel;
	if (a->mode == STRATA_APPLY_MERGE && (r = applier_hide_lower(a, rel, err)) < 0)
		return r;
	if (!strncmp(base, WH_PREFIX, strlen(WH_PREFIX)))
		return applier_whiteout(a, rel, err);

	r = applier_check_path(a, rel, 0, 0, err);
	if (r < 0)
		return r;
	AUTOFREE char *full = util_path_join(a->dest, rel);
	struct stat sb;
	if (archive_entry_filetype(e) != AE_IFDIR && lstat(full, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		/* a file replacing a dir of a lower layer: libarchive would
		 * only rmdir it, which fails when it is not empty */
		r = strata_rmtree(full, err);
		if (r < 0)
			return r;
	}
	archive_entry_set_pathname(e, full);
	const char *hl = archive_entry_hardlink(e);
	if (hl) {
		AUTOFREE char *hrel = NULL;
		r = applier_clean_name(hl, &hrel, err);
		if (r == 0 && !*hrel)
			r = strata_error_set(err, STRATA_ESECURITY, 0,
			                     "layer entry '%s': hard link to the root", rel);
		if (r == 0)
			r = applier_check_path(a, hrel, 0, 0, err);
		if (r < 0)
			return r;
		AUTOFREE char *hfull = util_path_join(a->dest, hrel);
		archive_entry_set_hardlink(e, hfull);
	}
	applier_filter_xattrs(e);

	if (archive_write_header(a->disk, e) < ARCHIVE_WARN)
		return strata_error_set(err, STRATA_EIO, archive_errno(a->disk),
		                        "write layer entry '%s': %s", rel,
		                        archive_error_string(a->disk));
	const void *buf;
	size_t len;
	la_int64_t off;
	while ((r = archive_read_data_block(a->inner, &buf, &len, &off)) == ARCHIVE_OK) {
		if (archive_write_data_block(a->disk, buf, len, off) < ARCHIVE_WARN)
			return strata_error_set(err, STRATA_EIO, archive_errno(a->disk),
			                        "write '%s': %s", rel,
			                        archive_error_string(a->disk));
	}
	if (r != ARCHIVE_EOF)
		return strata_error_set(err, STRATA_ECORRUPT, 0, "read layer entry '%s': %s", rel,
		                        archive_error_string(a->inner));
	if (archive_write_finish_entry(a->disk) < ARCHIVE_WARN)
		return strata_error_set(err, STRATA_EIO, archive_errno(a->disk),
		                        "write layer entry '%s': %s", rel,
		                        archive_error_string(a->disk));
	if (a->mode == STRATA_APPLY_MERGE)
		applier_note_written(a, rel);
	return 0;
}

/* Everything after the outer reader is open: read the tar, write the
 * entries, drain the rest of the tar bytes into the diffID. */
static int applier_run_utf8(struct applier *a, char diffid_out[STRATA_DIGEST_LEN],
                            struct strata_error **err)
{
	struct archive_entry *e;
	int r = archive_read_next_header(a->outer, &e);
	if (r != ARCHIVE_OK)
		return strata_error_set(err, STRATA_ECORRUPT, 0, "read layer: %s",
		                        r == ARCHIVE_EOF ? "empty blob"
		                                         : archive_error_string(a->outer));
	a->inner = archive_read_new();
	archive_read_support_format_tar(a->inner);
	if (archive_read_open(a->inner, a, NULL, applier_inner_read, NULL) != ARCHIVE_OK)
		return strata_error_set(err, STRATA_ECORRUPT, 0, "read layer: %s",
		                        archive_error_string(a->inner));
	a->disk = archive_write_disk_new();
	archive_write_disk_set_options(
	        a->disk, ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_OWNER | ARCHIVE_EXTRACT_TIME |
	                         ARCHIVE_EXTRACT_XATTR | ARCHIVE_EXTRACT_SECURE_NODOTDOT |
	                         ARCHIVE_EXTRACT_SECURE_SYMLINKS);
	for (;;) {
		r = archive_read_next_header(a->inner, &e);
		if (r == ARCHIVE_EOF)
			break;
		if (r < ARCHIVE_WARN)
			return strata_error_set(err, STRATA_ECORRUPT, 0, "read layer: %s",
			                        archive_error_string(a->inner));
		r = applier_entry(a, e, err);
		if (r < 0)
			return r;
	}
	/* directory modes and times are set last, by close */
	if (archive_write_close(a->disk) < ARCHIVE_WARN)
		return strata_error_set(err, STRATA_EIO, archive_errno(a->disk),
		                        "apply layer to '%s': %s", a->dest,
		                        archive_error_string(a->disk));
	/* what follows the end-of-archive blocks is still part of the tar */
	la_ssize_t n;
	while ((n = archive_read_data(a->outer, a->buf, sizeof a->buf)) > 0)
		EVP_DigestUpdate(a->tar_md, a->buf, (size_t)n);
	if (n < 0)
		return strata_error_set(err, STRATA_ECORRUPT, 0, "read layer: %s",
		                        archive_error_string(a->outer));
	char diffid[STRATA_DIGEST_LEN];
	layer_md_final(a->tar_md, diffid);
	if (diffid_out)
		memcpy(diffid_out, diffid, STRATA_DIGEST_LEN);
	return 0;
}

/* (names as raw bytes: see struct layer_utf8) */
static int applier_run(struct applier *a, char diffid_out[STRATA_DIGEST_LEN],
                       struct strata_error **err)
{
	struct layer_utf8 loc;
	layer_utf8_enter(&loc);
	int r = applier_run_utf8(a, diffid_out, err);
	layer_utf8_leave(&loc);
	return r;
}

static void applier_release(struct applier *a)
{
	archive_write_free(a->disk);
	archive_read_free(a->inner);
	archive_read_free(a->outer);
	EVP_MD_CTX_free(a->tar_md);
	tdestroy(a->written, free);
}

/* The outer reader: any (built-in) compression we accept, "raw" format. */
static struct archive *applier_outer_new(void)
{
	struct archive *ar = archive_read_new();
	archive_read_support_filter_gzip(ar);
	archive_read_support_format_raw(ar);
	return ar;
}

/* Resolve dest (which must exist), so the symlink checks start from a
 * symlink-free root. */
static int applier_init(struct applier *a, const char *dest, int mode, char **real,
                        struct strata_error **err)
{
	if (mode != STRATA_APPLY_OVERLAY && mode != STRATA_APPLY_MERGE)
		return strata_error_set(err, STRATA_EINVAL, 0, "apply layer: unknown mode %d",
		                        mode);
	*real = realpath(dest, NULL);
	if (!*real)
		return strata_error_set(err, errno == ENOENT ? STRATA_ENOENT : STRATA_EIO, errno,
		                        "apply layer to '%s'", dest);
	a->dest = *real;
	a->mode = mode;
	a->tar_md = layer_md_new();
	a->outer = applier_outer_new();
	return 0;
}

int strata_layer_apply_buffer(const void *buf, size_t len, const char *dest, int mode,
                              char diffid_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct applier *a = xzalloc(sizeof(*a));
	AUTOFREE char *real = NULL;
	int r = applier_init(a, dest, mode, &real, err);
	if (r == 0 && archive_read_open_memory(a->outer, buf, len) != ARCHIVE_OK)
		r = strata_error_set(err, STRATA_ECORRUPT, 0, "read layer: %s",
		                     archive_error_string(a->outer));
	if (r == 0)
		r = applier_run(a, diffid_out, err);
	applier_release(a);
	free(a);
	return r;
}

struct blob_src {
	int fd;
	EVP_MD_CTX *md; /* the blob digest, over every byte read */
	char buf[65536];
};

static la_ssize_t blob_src_read(struct archive *ar, void *ud, const void **buf)
{
	struct blob_src *s = ud;
	for (;;) {
		ssize_t n = read(s->fd, s->buf, sizeof s->buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			archive_set_error(ar, errno, "read blob");
			return -1;
		}
		EVP_DigestUpdate(s->md, s->buf, (size_t)n);
		*buf = s->buf;
		return n;
	}
}

/* Hash what the readers left unread, so the digest covers the whole file. */
static int blob_src_drain(struct blob_src *s, struct strata_error **err)
{
	for (;;) {
		ssize_t n = read(s->fd, s->buf, sizeof s->buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read blob");
		if (n == 0)
			return 0;
		EVP_DigestUpdate(s->md, s->buf, (size_t)n);
	}
}

/* Apply the tar read from fd to dest; with blob_digest, the bytes must hash
 * to it. what names the source in errors. fd is closed. */
static int apply_fd(int fd, const char *blob_digest, const char *what, const char *dest, int mode,
                    char diffid_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct blob_src *s = xzalloc(sizeof(*s));
	s->fd = fd;
	s->md = layer_md_new();
	struct applier *a = xzalloc(sizeof(*a));
	AUTOFREE char *real = NULL;
	int r = applier_init(a, dest, mode, &real, err);
	if (r == 0 && archive_read_open(a->outer, s, NULL, blob_src_read, NULL) != ARCHIVE_OK)
		r = strata_error_set(err, STRATA_ECORRUPT, 0, "read layer: %s",
		                     archive_error_string(a->outer));
	if (r == 0)
		r = applier_run(a, diffid_out, err);
	if (r == 0 && blob_digest)
		r = blob_src_drain(s, err);
	if (blob_digest && (r == 0 || r == STRATA_ECORRUPT)) {
		/* a bad archive is most often bad bytes: say so when they are */
		char got[STRATA_DIGEST_LEN];
		if (r < 0)
			blob_src_drain(s, NULL);
		layer_md_final(s->md, got);
		if (strcmp(got, blob_digest) != 0)
			r = strata_error_set(err, STRATA_ECORRUPT, 0,
			                     "layer blob '%s': content hashes to '%s'", blob_digest,
			                     got);
	}
	if (r < 0)
		strata_error_wrap(err, "apply layer '%s' to '%s'", what, dest);
	applier_release(a);
	free(a);
	close(s->fd);
	EVP_MD_CTX_free(s->md);
	free(s);
	return r;
}

int strata_layer_apply(struct strata_store *st, const char *blob_digest, const char *dest, int mode,
                       char diffid_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	int fd = -1;
	int r = strata_store_open_blob(st, blob_digest, &fd, err);
	if (r < 0)
		return r;
	return apply_fd(fd, blob_digest, blob_digest, dest, mode, diffid_out, err);
}

int strata_layer_apply_file(const char *path, const char *dest, int mode,
                            char diffid_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return strata_error_set(err, errno == ENOENT ? STRATA_ENOENT : STRATA_EIO, errno,
		                        "open '%s'", path);
	return apply_fd(fd, NULL, path, dest, mode, diffid_out, err);
}
