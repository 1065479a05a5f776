/* strata: writing a layer (strata_layer_create): tar + gzip with
 * libarchive, in one streaming pass.
 *
 * A pax tar writer's output callback hashes the tar bytes (the diffID) and
 * hands them to a second libarchive writer in "raw" format with the gzip
 * filter, whose output goes to a store blob writer (which hashes it: the
 * digest). */
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

static int strcmp_p(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct hardlink {
	dev_t dev;
	ino_t ino;
	char *path;
};

static int hardlink_cmp(const void *a, const void *b)
{
	const struct hardlink *x = a, *y = b;
	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	if (x->ino != y->ino)
		return x->ino < y->ino ? -1 : 1;
	return 0;
}

static void hardlink_free(void *p)
{
	struct hardlink *h = p;
	free(h->path);
	free(h);
}

struct creator {
	const char *root; /* the dir being archived */
	int source;
	int64_t clamp;
	struct archive *tar;
	struct archive *gz;
	EVP_MD_CTX *tar_md;
	struct strata_blob_writer *blob;
	struct strata_error *cb_err; /* set by the output callbacks */
	void *links;                 /* tsearch tree of struct hardlink */
	int64_t entries;
};

static la_ssize_t creator_gz_out(struct archive *a, void *ud, const void *buf, size_t n)
{
	struct creator *c = ud;
	if (strata_blob_writer_write(c->blob, buf, n, &c->cb_err) < 0) {
		archive_set_error(a, EIO, "%s", c->cb_err->msg);
		return -1;
	}
	return (la_ssize_t)n;
}

static la_ssize_t creator_tar_out(struct archive *a, void *ud, const void *buf, size_t n)
{
	struct creator *c = ud;
	EVP_DigestUpdate(c->tar_md, buf, n);
	la_ssize_t w = archive_write_data(c->gz, buf, n);
	if (w < 0) {
		archive_set_error(a, archive_errno(c->gz), "%s", archive_error_string(c->gz));
		return -1;
	}
	return (la_ssize_t)n;
}

/* The error of a failed archive_write_*: a callback's own error if it set
 * one, else libarchive's message. */
static int creator_fail(struct creator *c, struct archive *a, const char *what, const char *path,
                        struct strata_error **err)
{
	if (c->cb_err) {
		int code = c->cb_err->code;
		if (!err)
			return code;
		strata_error_free(*err);
		*err = steal_pointer(&c->cb_err);
		return strata_error_wrap(err, "%s '%s'", what, path);
	}
	return strata_error_set(err, STRATA_EIO, 0, "%s '%s': %s", what, path,
	                        archive_error_string(a) ? archive_error_string(a)
	                                                : "unknown error");
}

struct child {
	char *name;    /* on disk */
	char *tarname; /* in the tar: name, or ".wh.<name>" for a whiteout */
	struct stat sb;
	int whiteout;
};

static int child_cmp(const void *a, const void *b)
{
	return strcmp(((const struct child *)a)->tarname, ((const struct child *)b)->tarname);
}

static void children_free(struct child *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].tarname);
	}
	free(v);
}

/* Copy the kept xattrs of path into e, sorted by name so the tar is stable. */
static int creator_xattrs(const char *path, struct archive_entry *e, struct strata_error **err)
{
	ssize_t n = llistxattr(path, NULL, 0);
	if (n < 0) {
		if (errno == ENOTSUP)
			return 0;
		return strata_error_set(err, STRATA_EIO, errno, "list xattrs of '%s'", path);
	}
	if (n == 0)
		return 0;
	AUTOFREE char *list = xmalloc((size_t)n);
	n = llistxattr(path, list, (size_t)n);
	if (n < 0)
		return strata_error_set(err, STRATA_EIO, errno, "list xattrs of '%s'", path);
	AUTOFREE const char **names = xmalloc(((size_t)n + 1) * sizeof(*names));
	size_t k = 0;
	for (char *p = list; p < list + n; p += strlen(p) + 1)
		if (layer_xattr_keep(p))
			names[k++] = p;
	qsort(names, k, sizeof(*names), strcmp_p);
	for (size_t i = 0; i < k; i++) {
		ssize_t vn = lgetxattr(path, names[i], NULL, 0);
		if (vn < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read xattr '%s' of '%s'",
			                        names[i], path);
		AUTOFREE char *val = xmalloc((size_t)vn + 1);
		vn = lgetxattr(path, names[i], val, (size_t)vn);
		if (vn < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read xattr '%s' of '%s'",
			                        names[i], path);
		archive_entry_xattr_add_entry(e, names[i], val, (size_t)vn);
	}
	return 0;
}

/* 1 when the dir at path is an overlayfs opaque dir. */
static int creator_is_opaque(const char *path)
{
	char v[4];
	ssize_t n = lgetxattr(path, OPAQUE_XATTR, v, sizeof v);
	if (n < 0)
		n = lgetxattr(path, UOPAQUE_XATTR, v, sizeof v);
	return n == 1 && v[0] == 'y';
}

static void creator_times(struct creator *c, struct archive_entry *e, time_t mtime)
{
	/* seconds only: sub-second times differ between filesystems and make
	 * the same tree hash differently */
	if (c->clamp >= 0 && (int64_t)mtime > c->clamp)
		mtime = (time_t)c->clamp;
	archive_entry_set_mtime(e, mtime, 0);
}

/* Write a header (and no data): a whiteout or opaque marker, a dir, a link. */
static int creator_header(struct creator *c, struct archive_entry *e, const char *rel,
                          struct strata_error **err)
{
	if (archive_write_header(c->tar, e) < ARCHIVE_WARN)
		return creator_fail(c, c->tar, "write layer entry", rel, err);
	c->entries++;
	return 0;
}

static int creator_marker(struct creator *c, const char *rel, time_t mtime,
                          struct strata_error **err)
{
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, rel);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0);
	archive_entry_set_size(e, 0);
	creator_times(c, e, mtime);
	int r = creator_header(c, e, rel, err);
	archive_entry_free(e);
	return r;
}

static int creator_file_data(struct creator *c, int dfd, const char *name, const char *rel,
                             struct strata_error **err)
{
	AUTOCLOSE int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return strata_error_set(err, STRATA_EIO, errno, "open '%s/%s'", c->root, rel);
	char buf[65536];
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read '%s/%s'", c->root,
			                        rel);
		if (n == 0)
			return 0;
		if (archive_write_data(c->tar, buf, (size_t)n) < 0)
			return creator_fail(c, c->tar, "write layer entry", rel, err);
	}
}

/* One entry: its header, and for a regular file its bytes. */
static int creator_entry(struct creator *c, int dfd, const struct child *ch, const char *rel,
                         struct strata_error **err)
{
	const struct stat *sb = &ch->sb;
	if (ch->whiteout)
		return creator_marker(c, rel, sb->st_mtime, err);

	AUTOFREE char *full = util_path_join(c->root, rel);
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, rel);
	archive_entry_set_mode(e, sb->st_mode);
	archive_entry_set_uid(e, sb->st_uid);
	archive_entry_set_gid(e, sb->st_gid);
	creator_times(c, e, sb->st_mtime);
	int r = 0, data = 0;

	if (!S_ISDIR(sb->st_mode) && sb->st_nlink > 1) {
		struct hardlink key = {.dev = sb->st_dev, .ino = sb->st_ino};
		struct hardlink **found = tfind(&key, &c->links, hardlink_cmp);
		if (found) {
			archive_entry_set_hardlink(e, (*found)->path);
			archive_entry_set_size(e, 0);
			r = creator_header(c, e, rel, err);
			archive_entry_free(e);
			return r;
		}
		struct hardlink *h = xmalloc(sizeof(*h));
		*h = key;
		h->path = xstrdup(rel);
		if (!tsearch(h, &c->links, hardlink_cmp))
			abort(); /* tsearch only fails without memory */
	}
	if (S_ISREG(sb->st_mode)) {
		archive_entry_set_size(e, sb->st_size);
		data = sb->st_size > 0;
	} else if (S_ISLNK(sb->st_mode)) {
		char target[4097];
		ssize_t n = readlinkat(dfd, ch->name, target, sizeof target - 1);
		if (n < 0)
			r = strata_error_set(err, STRATA_EIO, errno, "read link '%s'", full);
		else {
			target[n] = '\0';
			archive_entry_set_symlink(e, target);
		}
	} else if (S_ISCHR(sb->st_mode) || S_ISBLK(sb->st_mode)) {
		archive_entry_set_rdevmajor(e, major(sb->st_rdev));
		archive_entry_set_rdevminor(e, minor(sb->st_rdev));
	}
	if (r == 0)
		r = creator_xattrs(full, e, err);
	if (r == 0)
		r = creator_header(c, e, rel, err);
	archive_entry_free(e);
	if (r == 0 && data)
		r = creator_file_data(c, dfd, ch->name, rel, err);
	return r;
}

/* The entries of directory fd (rel: its path in the tar, "" for the root),
 * sorted by their name in the tar; sockets are left out. */
static int creator_list(struct creator *c, int fd, const char *rel, struct child **out,
                        size_t *count, struct strata_error **err)
{
	AUTOSTRV char **names = NULL;
	size_t nn = 0;
	if (util_dir_names(fd, &names, &nn) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read '%s/%s'", c->root, rel);
	struct child *v = xzalloc((nn + 1) * sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < nn; i++) {
		struct stat sb;
		if (fstatat(fd, names[i], &sb, AT_SYMLINK_NOFOLLOW) < 0) {
			int e = errno;
			children_free(v, n);
			return strata_error_set(err, STRATA_EIO, e, "stat '%s/%s/%s'", c->root, rel,
			                        names[i]);
		}
		if (S_ISSOCK(sb.st_mode))
			continue;
		struct child *ch = &v[n++];
		ch->name = xstrdup(names[i]);
		ch->sb = sb;
		ch->whiteout = c->source == STRATA_LAYER_FROM_UPPER && S_ISCHR(sb.st_mode) &&
		               sb.st_rdev == makedev(0, 0);
		ch->tarname =
		        ch->whiteout ? xasprintf(WH_PREFIX "%s", names[i]) : xstrdup(names[i]);
	}
	if (n > 1)
		qsort(v, n, sizeof(*v), child_cmp);
	*out = v;
	*count = n;
	return 0;
}

/* Parent before children, each dir's entries in bytewise order of their
 * names in the tar. */
static int creator_walk(struct creator *c, int fd, const char *rel, struct strata_error **err)
{
	struct child *v = NULL;
	size_t n = 0;
	int r = creator_list(c, fd, rel, &v, &n, err);
	for (size_t i = 0; r == 0 && i < n; i++) {
		AUTOFREE char *crel =
		        *rel ? xasprintf("%s/%s", rel, v[i].tarname) : xstrdup(v[i].tarname);
		r = creator_entry(c, fd, &v[i], crel, err);
		if (r < 0 || v[i].whiteout || !S_ISDIR(v[i].sb.st_mode))
			continue;
		if (c->source == STRATA_LAYER_FROM_UPPER) {
			AUTOFREE char *full = util_path_join(c->root, crel);
			if (creator_is_opaque(full)) {
				AUTOFREE char *m = xasprintf("%s/" WH_OPAQUE, crel);
				r = creator_marker(c, m, v[i].sb.st_mtime, err);
				if (r < 0)
					break;
			}
		}
		int cfd = openat(fd, v[i].name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (cfd < 0) {
			r = strata_error_set(err, STRATA_EIO, errno, "open '%s/%s'", c->root, crel);
			break;
		}
		r = creator_walk(c, cfd, crel, err);
		close(cfd);
	}
	children_free(v, n);
	return r;
}

/* The gzip writer: raw format (no container, just the filter), no
 * timestamp in the gzip header, nothing padded after the stream. */
static int creator_open_gz(struct creator *c, struct strata_error **err)
{
	c->gz = archive_write_new();
	if (archive_write_add_filter_gzip(c->gz) != ARCHIVE_OK ||
	    archive_write_set_filter_option(c->gz, "gzip", "timestamp", NULL) != ARCHIVE_OK ||
	    archive_write_set_format_raw(c->gz) != ARCHIVE_OK ||
	    archive_write_set_bytes_per_block(c->gz, 0) != ARCHIVE_OK ||
	    archive_write_open2(c->gz, c, NULL, creator_gz_out, NULL, NULL) != ARCHIVE_OK)
		return creator_fail(c, c->gz, "set up gzip for", c->root, err);
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, "layer.tar");
	archive_entry_set_filetype(e, AE_IFREG);
	int r = archive_write_header(c->gz, e);
	archive_entry_free(e);
	if (r != ARCHIVE_OK)
		return creator_fail(c, c->gz, "set up gzip for", c->root, err);
	return 0;
}

/* The tar writer: pax (ustar unless a header needs more), xattrs only as
 * SCHILY.xattr (what other tools read), and no padding past the two end
 * blocks, so an empty layer is the 1024 zero bytes every other tool makes. */
static int creator_open_tar(struct creator *c, struct strata_error **err)
{
	c->tar = archive_write_new();
	if (archive_write_set_format_pax_restricted(c->tar) != ARCHIVE_OK ||
	    archive_write_set_format_option(c->tar, "pax", "xattrheader", "SCHILY") != ARCHIVE_OK ||
	    archive_write_add_filter_none(c->tar) != ARCHIVE_OK ||
	    archive_write_set_bytes_in_last_block(c->tar, 1) != ARCHIVE_OK ||
	    archive_write_open2(c->tar, c, NULL, creator_tar_out, NULL, NULL) != ARCHIVE_OK)
		return creator_fail(c, c->tar, "set up tar for", c->root, err);
	return 0;
}

int strata_layer_create(struct strata_store *st, const char *dir,
                        const struct strata_layer_opts *opts, struct strata_layer_desc *out,
                        struct strata_error **err)
{
	if (!dir || !out)
		return strata_error_set(err, STRATA_EINVAL, 0, "create layer: no directory");
	AUTOCLOSE int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return strata_error_set(err, STRATA_EIO, errno, "create layer: open '%s'", dir);
	struct creator c = {
	        .root = dir,
	        .source = opts ? opts->source : STRATA_LAYER_FROM_TREE,
	        .clamp = opts ? opts->clamp_mtime : -1,
	};
	int r = strata_blob_writer_new(st, &c.blob, err);
	if (r < 0)
		return strata_error_wrap(err, "create layer from '%s'", dir);
	c.tar_md = layer_md_new();
	struct layer_utf8 loc;
	layer_utf8_enter(&loc);
	r = creator_open_gz(&c, err);
	if (r == 0)
		r = creator_open_tar(&c, err);
	if (r == 0)
		r = creator_walk(&c, fd, "", err);
	if (r == 0 && archive_write_close(c.tar) != ARCHIVE_OK)
		r = creator_fail(&c, c.tar, "finish layer tar of", dir, err);
	if (r == 0 && archive_write_close(c.gz) != ARCHIVE_OK)
		r = creator_fail(&c, c.gz, "finish layer gzip of", dir, err);
	if (r == 0) {
		layer_md_final(c.tar_md, out->diffid);
		out->size = strata_blob_writer_size(c.blob);
		out->empty = c.entries == 0;
		r = strata_blob_writer_commit(c.blob, NULL, out->digest, err);
	}
	archive_write_free(c.tar);
	archive_write_free(c.gz);
	layer_utf8_leave(&loc);
	strata_blob_writer_free(c.blob);
	EVP_MD_CTX_free(c.tar_md);
	tdestroy(c.links, hardlink_free);
	strata_error_free(c.cb_err);
	return r;
}
