/* strata: layers — tar + gzip blobs written and applied with libarchive
 * (see include/strata/layer.h).
 *
 * Writing is one streaming pass: a pax tar writer whose output callback
 * hashes the tar bytes (the diffID) and hands them to a second libarchive
 * writer in "raw" format with the gzip filter, whose output goes to a store
 * blob writer (which hashes it: the digest).
 *
 * Reading mirrors it: an outer reader ("raw" format, any supported filter)
 * turns the blob into tar bytes, which are hashed on their way to an inner tar
 * reader through its read callback; the blob bytes themselves are hashed as
 * they come off the file. Every entry is checked here before
 * archive_write_disk sees it (no "..", no absolute path, no symlink among its
 * parents), so an escape is a STRATA_ESECURITY and not whatever libarchive
 * would say; libarchive's own SECURE flags stay on as a second guard. */
#include "strata/layer.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <openssl/evp.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

#define WH_PREFIX     ".wh."
#define WH_META       ".wh..wh."
#define WH_OPAQUE     ".wh..wh..opq"
#define OPAQUE_XATTR  "trusted.overlay.opaque"
#define UOPAQUE_XATTR "user.overlay.opaque" /* overlayfs mounted with userxattr */

static EVP_MD_CTX *md_new(void)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		abort(); /* libcrypto out of memory: as xmalloc */
	return md;
}

static void md_final(EVP_MD_CTX *md, char out[STRATA_DIGEST_LEN])
{
	unsigned char bin[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(md, bin, &n);
	memcpy(out, "sha256:", 7);
	util_hex(bin, 32, out + 7);
}

/* libarchive converts names between the locale's charset and the UTF-8 of
 * pax headers. Under a UTF-8 LC_CTYPE that is the identity, so names stay
 * the bytes on disk and the tar does not depend on the caller's locale
 * (invalid UTF-8 falls back to hdrcharset=BINARY for that entry alone).
 * uselocale() is per thread, so this leaves other threads alone. */
struct utf8_scope {
	locale_t mine, old;
};

static void utf8_enter(struct utf8_scope *s)
{
	s->mine = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	s->old = s->mine ? uselocale(s->mine) : (locale_t)0;
}

static void utf8_leave(struct utf8_scope *s)
{
	if (!s->mine)
		return;
	uselocale(s->old);
	freelocale(s->mine);
}

/* Which xattrs a layer carries: file capabilities and user.* (but not the
 * user.overlay.* of an unprivileged overlayfs). trusted.* (overlay's own
 * bookkeeping, or a hostile layer's attempt at it), security.selinux and
 * the rest are host business. */
static int xattr_keep(const char *name)
{
	if (!strcmp(name, "security.capability"))
		return 1;
	return !strncmp(name, "user.", 5) && strncmp(name, "user.overlay.", 13) != 0;
}

static int strcmp_p(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ========================================================================
 * create
 * ===================================================================== */

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
		if (xattr_keep(p))
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
	c.tar_md = md_new();
	struct utf8_scope loc;
	utf8_enter(&loc);
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
		md_final(c.tar_md, out->diffid);
		out->size = strata_blob_writer_size(c.blob);
		out->empty = c.entries == 0;
		r = strata_blob_writer_commit(c.blob, NULL, out->digest, err);
	}
	archive_write_free(c.tar);
	archive_write_free(c.gz);
	utf8_leave(&loc);
	strata_blob_writer_free(c.blob);
	EVP_MD_CTX_free(c.tar_md);
	tdestroy(c.links, hardlink_free);
	strata_error_free(c.cb_err);
	return r;
}

/* ========================================================================
 * apply
 * ===================================================================== */

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

/* Keep only the xattrs a layer may carry (see xattr_keep). */
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
		if (!xattr_keep(name)) {
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
	int r = applier_clean_name(archive_entry_pathname(e), &rel, err);
	if (r < 0)
		return r;
	if (!*rel)
		return 0; /* the root itself: dest's own attributes stay */
	const char *base = strrchr(rel, '/');
	base = base ? base + 1 : rel;
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
	md_final(a->tar_md, diffid);
	if (diffid_out)
		memcpy(diffid_out, diffid, STRATA_DIGEST_LEN);
	return 0;
}

/* (names as raw bytes: see struct utf8_scope) */
static int applier_run(struct applier *a, char diffid_out[STRATA_DIGEST_LEN],
                       struct strata_error **err)
{
	struct utf8_scope loc;
	utf8_enter(&loc);
	int r = applier_run_utf8(a, diffid_out, err);
	utf8_leave(&loc);
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
	a->tar_md = md_new();
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

int strata_layer_apply(struct strata_store *st, const char *blob_digest, const char *dest, int mode,
                       char diffid_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct blob_src *s = xzalloc(sizeof(*s));
	s->fd = -1;
	int r = strata_store_open_blob(st, blob_digest, &s->fd, err);
	if (r < 0) {
		free(s);
		return r;
	}
	s->md = md_new();
	struct applier *a = xzalloc(sizeof(*a));
	AUTOFREE char *real = NULL;
	r = applier_init(a, dest, mode, &real, err);
	if (r == 0 && archive_read_open(a->outer, s, NULL, blob_src_read, NULL) != ARCHIVE_OK)
		r = strata_error_set(err, STRATA_ECORRUPT, 0, "read layer: %s",
		                     archive_error_string(a->outer));
	if (r == 0)
		r = applier_run(a, diffid_out, err);
	if (r == 0)
		r = blob_src_drain(s, err);
	if (r == 0 || r == STRATA_ECORRUPT) {
		/* a bad archive is most often bad bytes: say so when they are */
		char got[STRATA_DIGEST_LEN];
		if (r < 0)
			blob_src_drain(s, NULL);
		md_final(s->md, got);
		if (strcmp(got, blob_digest) != 0)
			r = strata_error_set(err, STRATA_ECORRUPT, 0,
			                     "layer blob '%s': content hashes to '%s'", blob_digest,
			                     got);
	}
	if (r < 0)
		strata_error_wrap(err, "apply layer '%s' to '%s'", blob_digest, dest);
	applier_release(a);
	free(a);
	close(s->fd);
	EVP_MD_CTX_free(s->md);
	free(s);
	return r;
}

int strata_layer_unpack(struct strata_store *st, const char *blob_digest, const char *diffid,
                        char **dir, struct strata_error **err)
{
	AUTOFREE char *target = NULL;
	int r = strata_store_layer_dir(st, diffid, &target, err);
	if (r < 0)
		return r;
	struct stat sb;
	if (lstat(target, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		*dir = steal_pointer(&target);
		return 0;
	}
	AUTOFREE char *tmp = NULL;
	r = strata_store_mkdtemp(st, "layer", &tmp, err);
	if (r < 0)
		return r;
	/* mkdtemp made it 0700; a lower dir is the image's "/" */
	chmod(tmp, 0755);
	char got[STRATA_DIGEST_LEN];
	r = strata_layer_apply(st, blob_digest, tmp, STRATA_APPLY_OVERLAY, got, err);
	if (r == 0 && strcmp(got, diffid) != 0)
		r = strata_error_set(err, STRATA_ECORRUPT, 0,
		                     "unpack layer '%s': diffID is '%s', expected '%s'",
		                     blob_digest, got, diffid);
	if (r < 0) {
		strata_rmtree(tmp, NULL);
		return r;
	}
	r = strata_store_layer_commit(st, tmp, diffid, err);
	if (r < 0)
		return r;
	*dir = steal_pointer(&target);
	return 0;
}
