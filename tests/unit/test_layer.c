/* Tests for layers (core/layer.c): create, apply, whiteouts, hostile tars. */
#include "tap.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <openssl/sha.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/xattr.h>

#include "strata/error.h"
#include "strata/layer.h"
#include "strata/store.h"
#include "util.h"

/* the diffID of a tar with no entries: 1024 zero bytes */
#define EMPTY_TAR_DIFFID "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"

/* --- helpers ------------------------------------------------------------- */

static char *pj(const char *a, const char *b)
{
	return util_path_join(a, b);
}

static void put_file(const char *dir, const char *rel, const char *content, mode_t mode)
{
	AUTOFREE char *p = pj(dir, rel);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || util_write_all(fd, content, strlen(content)) < 0)
		diag("write %s: %s", p, strerror(errno));
	if (fd >= 0)
		close(fd);
	chmod(p, mode);
}

static void put_dir(const char *dir, const char *rel, mode_t mode)
{
	AUTOFREE char *p = pj(dir, rel);
	if (mkdir(p, mode) < 0 && errno != EEXIST)
		diag("mkdir %s: %s", p, strerror(errno));
	chmod(p, mode);
}

static void set_mtime(const char *dir, const char *rel, time_t t)
{
	AUTOFREE char *p = pj(dir, rel);
	struct timespec ts[2] = {{t, 0}, {t, 0}};
	utimensat(AT_FDCWD, p, ts, AT_SYMLINK_NOFOLLOW);
}

static int lstat_rel(const char *dir, const char *rel, struct stat *sb)
{
	AUTOFREE char *p = pj(dir, rel);
	return lstat(p, sb);
}

static int exists(const char *dir, const char *rel)
{
	struct stat sb;
	return lstat_rel(dir, rel, &sb) == 0;
}

static char *read_rel(const char *dir, const char *rel)
{
	AUTOFREE char *p = pj(dir, rel);
	char *buf = NULL;
	if (util_read_file(p, &buf, NULL) < 0)
		return NULL;
	return buf;
}

static char *xattr_rel(const char *dir, const char *rel, const char *name)
{
	AUTOFREE char *p = pj(dir, rel);
	char buf[256];
	ssize_t n = lgetxattr(p, name, buf, sizeof buf - 1);
	if (n < 0)
		return NULL;
	char *v = xmalloc((size_t)n + 1); /* values may hold NULs */
	memcpy(v, buf, (size_t)n);
	v[n] = '\0';
	return v;
}

static struct strata_store *open_store(const char *root)
{
	struct strata_store *st = NULL;
	struct strata_error *err = NULL;
	if (strata_store_open(root, &st, &err) < 0) {
		diag("open store: %s", err->msg);
		strata_error_free(err);
	}
	return st;
}

static int create(struct strata_store *st, const char *dir, int source, int64_t clamp,
                  struct strata_layer_desc *d)
{
	struct strata_error *err = NULL;
	struct strata_layer_opts o = {.source = source, .clamp_mtime = clamp};
	memset(d, 0, sizeof(*d));
	int r = strata_layer_create(st, dir, &o, d, &err);
	if (r < 0)
		diag("create layer: %s", err->msg);
	strata_error_free(err);
	return r;
}

static int apply(struct strata_store *st, const char *digest, const char *dest, int mode,
                 char diffid[STRATA_DIGEST_LEN])
{
	struct strata_error *err = NULL;
	int r = strata_layer_apply(st, digest, dest, mode, diffid, &err);
	if (r < 0)
		diag("apply layer: %s", err->msg);
	strata_error_free(err);
	return r;
}

static char *blob_path(struct strata_store *st, const char *digest)
{
	char *p = NULL;
	strata_store_blob_path(st, digest, &p, NULL);
	return p;
}

/* The entry names of a stored (gzip) layer blob, "name;" each, trailing '/'
 * dropped; with xattrs, " [x=y]" after the name for each. */
static char *tar_names(struct strata_store *st, const char *digest, int with_xattrs)
{
	AUTOFREE char *p = blob_path(st, digest);
	struct archive *a = archive_read_new();
	archive_read_support_filter_gzip(a);
	archive_read_support_format_tar(a);
	struct util_buf b = {0};
	util_buf_add(&b, "", 0);
	if (archive_read_open_filename(a, p, 10240) != ARCHIVE_OK) {
		diag("open %s: %s", p, archive_error_string(a));
		archive_read_free(a);
		return b.data;
	}
	struct archive_entry *e;
	int r;
	/* WARN: a name libarchive could not convert to this locale */
	while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		AUTOFREE char *n = xstrdup(archive_entry_pathname(e));
		size_t l = strlen(n);
		if (l > 1 && n[l - 1] == '/')
			n[l - 1] = '\0';
		util_buf_addstr(&b, n);
		const char *xn;
		const void *xv;
		size_t xl;
		if (with_xattrs && archive_entry_xattr_reset(e))
			while (archive_entry_xattr_next(e, &xn, &xv, &xl) == ARCHIVE_OK)
				util_buf_printf(&b, " [%s=%.*s]", xn, (int)xl, (const char *)xv);
		util_buf_addstr(&b, ";");
	}
	archive_read_free(a);
	return b.data;
}

/* A tar (uncompressed) built entry by entry, in memory. */
struct tarbuf {
	struct archive *a;
	char *mem;
	size_t cap;
	size_t used;
};

static void tar_begin(struct tarbuf *t)
{
	t->cap = 1 << 20;
	t->mem = xzalloc(t->cap);
	t->a = archive_write_new();
	archive_write_set_format_pax_restricted(t->a);
	archive_write_open_memory(t->a, t->mem, t->cap, &t->used);
}

/* type: 'f' file (content), 'd' dir, 'l' symlink (content = target),
 * 'h' hard link (content = target). */
static void tar_add(struct tarbuf *t, char type, const char *name, const char *content)
{
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, name);
	archive_entry_set_mtime(e, 1000, 0);
	switch (type) {
	case 'd': archive_entry_set_mode(e, AE_IFDIR | 0755); break;
	case 'l':
		archive_entry_set_mode(e, AE_IFLNK | 0777);
		archive_entry_set_symlink(e, content);
		break;
	case 'h':
		archive_entry_set_mode(e, AE_IFREG | 0644);
		archive_entry_set_hardlink(e, content);
		break;
	default:
		archive_entry_set_mode(e, AE_IFREG | 0644);
		archive_entry_set_size(e, (la_int64_t)strlen(content));
	}
	archive_write_header(t->a, e);
	if (type == 'f')
		archive_write_data(t->a, content, strlen(content));
	archive_entry_free(e);
}

static void tar_end(struct tarbuf *t)
{
	archive_write_close(t->a);
	archive_write_free(t->a);
}

static int apply_tar(struct tarbuf *t, const char *dest, int mode, struct strata_error **err)
{
	char diffid[STRATA_DIGEST_LEN];
	return strata_layer_apply_buffer(t->mem, t->used, dest, mode, diffid, err);
}

/* --- tests --------------------------------------------------------------- */

/* a security.capability value: v2, effective, cap_net_bind_service */
static const unsigned char capability[20] = {0x01, 0, 0, 0x02, 0x00, 0x04};

static void make_tree(const char *src)
{
	put_dir(src, "d", 0750);
	put_file(src, "d/f", "hello", 0640);
	put_file(src, "exec", "#!/bin/sh\n", 04755);
	put_file(src, "empty", "", 0600);
	put_file(src, "caf\xc3\xa9", "utf-8 name", 0644);
	put_file(src, "lat\xe9n", "latin-1 name", 0644);
	AUTOFREE char *lnk = pj(src, "d/link");
	symlink("../exec", lnk);
	AUTOFREE char *f = pj(src, "d/f"), *hl = pj(src, "d/hl"), *hl2 = pj(src, "hl2");
	link(f, hl);
	link(f, hl2);
	AUTOFREE char *fifo = pj(src, "fifo"), *dev = pj(src, "d/null");
	mkfifo(fifo, 0620);
	chmod(fifo, 0620);
	mknod(dev, S_IFCHR | 0666, makedev(1, 3));
	AUTOFREE char *ex = pj(src, "exec");
	setxattr(f, "user.color", "blue", 4, 0);
	setxattr(f, "trusted.secret", "x", 1, 0);
	if (setxattr(ex, "security.capability", capability, sizeof capability, 0) < 0)
		diag("setxattr security.capability: %s", strerror(errno));
	lchown(f, 1234, 5678);
	AUTOFREE char *d = pj(src, "d");
	lchown(d, 1234, 5678);
	lchown(lnk, 42, 43);
	chmod(ex, 04755); /* chown cleared the bit on some kernels */
	set_mtime(src, "d/f", 1000000000);
	set_mtime(src, "d/link", 1000000001);
	set_mtime(src, "exec", 1000000002);
	set_mtime(src, "d", 1000000003);
}

static void test_roundtrip(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *src = pj(dir, "src"), *dst = pj(dir, "dst"), *root = pj(dir, "store");
	mkdir(src, 0755);
	mkdir(dst, 0755);
	make_tree(src);
	struct strata_store *st = open_store(root);
	struct strata_layer_desc d;
	is_int(create(st, src, STRATA_LAYER_FROM_TREE, -1, &d), 0, "create a layer from a tree");
	ok(strata_digest_valid(d.digest) && strata_digest_valid(d.diffid), "digest and diffID set");
	ok(!d.empty, "not empty");
	is_int(d.size, strata_store_blob_size(st, d.digest), "size is the blob's size");
	AUTOFREE char *tmp = pj(root, "tmp");
	DIR *td = opendir(tmp);
	int left = 0;
	for (struct dirent *de; td && (de = readdir(td));)
		left += de->d_name[0] != '.';
	if (td)
		closedir(td);
	is_int(left, 0, "nothing left in tmp/");

	AUTOFREE char *names = tar_names(st, d.digest, 1);
	is_str(names,
	       "caf\xc3\xa9;d;d/f [user.color=blue];d/hl;d/link;d/null;empty;exec "
	       "[security.capability=\x01];fifo;hl2;lat\xe9n;",
	       "entries sorted, parent first, trusted.* dropped");

	char diffid[STRATA_DIGEST_LEN];
	is_int(apply(st, d.digest, dst, STRATA_APPLY_MERGE, diffid), 0, "apply it to a new dir");
	is_str(diffid, d.diffid, "apply computes the same diffID");

	struct stat sb, sb2;
	ok(lstat_rel(dst, "d", &sb) == 0 && S_ISDIR(sb.st_mode) && (sb.st_mode & 07777) == 0750,
	   "dir and its mode");
	ok(sb.st_uid == 1234 && sb.st_gid == 5678, "dir owner");
	is_int(sb.st_mtime, 1000000003, "dir mtime");
	AUTOFREE char *content = read_rel(dst, "d/f");
	is_str(content, "hello", "file content");
	ok(lstat_rel(dst, "d/f", &sb) == 0 && (sb.st_mode & 07777) == 0640 && sb.st_uid == 1234 &&
	           sb.st_gid == 5678,
	   "file mode and owner");
	is_int(sb.st_mtime, 1000000000, "file mtime");
	ok(lstat_rel(dst, "d/hl", &sb2) == 0 && sb2.st_ino == sb.st_ino &&
	           lstat_rel(dst, "hl2", &sb2) == 0 && sb2.st_ino == sb.st_ino,
	   "hard links are hard links");
	is_int(sb.st_nlink, 3, "link count 3");
	char target[64] = {0};
	AUTOFREE char *lnk = pj(dst, "d/link");
	ok(readlink(lnk, target, sizeof target - 1) > 0 && !strcmp(target, "../exec"),
	   "symlink target");
	ok(lstat(lnk, &sb) == 0 && sb.st_uid == 42 && sb.st_gid == 43, "symlink owner");
	is_int(sb.st_mtime, 1000000001, "symlink mtime");
	ok(lstat_rel(dst, "exec", &sb) == 0 && (sb.st_mode & 07777) == 04755, "setuid kept");
	ok(lstat_rel(dst, "fifo", &sb) == 0 && S_ISFIFO(sb.st_mode) && (sb.st_mode & 0777) == 0620,
	   "fifo");
	ok(lstat_rel(dst, "d/null", &sb) == 0 && S_ISCHR(sb.st_mode) && sb.st_rdev == makedev(1, 3),
	   "char device 1/3");
	ok(lstat_rel(dst, "empty", &sb) == 0 && sb.st_size == 0 && (sb.st_mode & 0777) == 0600,
	   "empty file");
	AUTOFREE char *utf = read_rel(dst, "caf\xc3\xa9");
	is_str(utf, "utf-8 name", "UTF-8 name kept byte for byte");
	AUTOFREE char *lat = read_rel(dst, "lat\xe9n");
	is_str(lat, "latin-1 name", "a name that is not UTF-8 kept byte for byte");
	AUTOFREE char *color = xattr_rel(dst, "d/f", "user.color");
	is_str(color, "blue", "user.* xattr restored");
	AUTOFREE char *secret = xattr_rel(dst, "d/f", "trusted.secret");
	ok(secret == NULL, "trusted.* xattr not restored");
	AUTOFREE char *capv = xattr_rel(dst, "exec", "security.capability");
	ok(capv && !memcmp(capv, capability, 6), "security.capability restored");
	strata_store_free(st);
}

static void test_determinism(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *src = pj(dir, "src"), *root = pj(dir, "store");
	mkdir(src, 0755);
	make_tree(src);
	struct strata_store *st = open_store(root);
	struct strata_layer_desc a, b;
	create(st, src, STRATA_LAYER_FROM_TREE, -1, &a);
	sleep(1); /* a gzip header with a timestamp would now differ */
	create(st, src, STRATA_LAYER_FROM_TREE, -1, &b);
	is_str(a.digest, b.digest, "same tree twice: same digest");
	is_str(a.diffid, b.diffid, "same tree twice: same diffID");
	struct strata_layer_desc u;
	if (setlocale(LC_ALL, "C.UTF-8")) {
		create(st, src, STRATA_LAYER_FROM_TREE, -1, &u);
		is_str(u.digest, a.digest, "the same layer under another locale");
		setlocale(LC_ALL, "C");
	}

	AUTOFREE char *p = blob_path(st, a.digest);
	char *blob = NULL;
	size_t len = 0;
	util_read_file(p, &blob, &len);
	unsigned char md[SHA256_DIGEST_LENGTH];
	SHA256((const unsigned char *)blob, len, md);
	char hex[65];
	util_hex(md, sizeof md, hex);
	is_str(a.digest + 7, hex, "the blob's own sha256 is the digest");
	ok(len > 18 && (unsigned char)blob[0] == 0x1f && (unsigned char)blob[1] == 0x8b, "gzip");
	ok(len > 18 && !blob[4] && !blob[5] && !blob[6] && !blob[7], "no gzip timestamp");
	ok(len > 18 && !(blob[3] & 0x08), "no file name in the gzip header");
	/* the stream ends the blob: ISIZE (last 4 bytes) is the tar length */
	struct archive *ar = archive_read_new();
	archive_read_support_filter_gzip(ar);
	archive_read_support_format_raw(ar);
	archive_read_open_memory(ar, blob, len);
	struct archive_entry *e;
	archive_read_next_header(ar, &e);
	struct util_buf tar = {0};
	char buf[8192];
	la_ssize_t n;
	while ((n = archive_read_data(ar, buf, sizeof buf)) > 0)
		util_buf_add(&tar, buf, (size_t)n);
	archive_read_free(ar);
	uint32_t isize = (uint32_t)(unsigned char)blob[len - 4] |
	                 (uint32_t)(unsigned char)blob[len - 3] << 8 |
	                 (uint32_t)(unsigned char)blob[len - 2] << 16 |
	                 (uint32_t)(unsigned char)blob[len - 1] << 24;
	is_int(isize, tar.len, "no padding after the gzip stream");
	SHA256((const unsigned char *)tar.data, tar.len, md);
	util_hex(md, sizeof md, hex);
	is_str(a.diffid + 7, hex, "the diffID is the sha256 of the tar");
	util_buf_release(&tar);
	free(blob);

	/* SOURCE_DATE_EPOCH: later mtimes are clamped, so touching them does
	 * not change the layer */
	struct strata_layer_desc c1, c2;
	create(st, src, STRATA_LAYER_FROM_TREE, 900000000, &c1);
	ok(strcmp(c1.digest, a.digest) != 0, "clamping changes the layer");
	set_mtime(src, "d/f", 1900000000);
	create(st, src, STRATA_LAYER_FROM_TREE, 900000000, &c2);
	is_str(c1.digest, c2.digest, "mtimes past the clamp do not matter");
	AUTOFREE char *dst = pj(dir, "dst");
	mkdir(dst, 0755);
	apply(st, c2.digest, dst, STRATA_APPLY_MERGE, NULL);
	struct stat sb;
	ok(lstat_rel(dst, "d/f", &sb) == 0 && sb.st_mtime == 900000000, "mtime clamped");

	AUTOFREE char *empty = pj(dir, "empty");
	mkdir(empty, 0755);
	struct strata_layer_desc e1;
	is_int(create(st, empty, STRATA_LAYER_FROM_TREE, -1, &e1), 0, "layer of an empty dir");
	ok(e1.empty, "it is empty");
	is_str(e1.diffid, EMPTY_TAR_DIFFID, "its diffID is the 1024-zero-byte tar's");
	strata_store_free(st);
}

static void make_rootfs(const char *rootfs)
{
	put_dir(rootfs, "gone", 0755);
	put_file(rootfs, "gone/inside", "x", 0644);
	put_dir(rootfs, "dir", 0755);
	put_file(rootfs, "dir/old1", "o", 0644);
	put_dir(rootfs, "dir/sub", 0755);
	put_file(rootfs, "dir/sub/old2", "o", 0644);
	put_file(rootfs, "keep", "old", 0644);
	put_file(rootfs, "other", "stays", 0644);
}

static void test_whiteouts(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *upper = pj(dir, "upper"), *root = pj(dir, "store");
	AUTOFREE char *rootfs = pj(dir, "rootfs"), *lower = pj(dir, "lower");
	mkdir(upper, 0755);
	mkdir(rootfs, 0755);
	mkdir(lower, 0755);
	AUTOFREE char *gone = pj(upper, "gone"), *odir = pj(upper, "dir");
	ok(mknod(gone, S_IFCHR | 0, makedev(0, 0)) == 0, "upper: whiteout char device");
	put_dir(upper, "dir", 0755);
	ok(setxattr(odir, "trusted.overlay.opaque", "y", 1, 0) == 0, "upper: opaque dir");
	setxattr(odir, "trusted.overlay.origin", "zz", 2, 0);
	put_file(upper, "dir/new", "n", 0644);
	put_dir(upper, "dir/sub", 0700);
	put_file(upper, "dir/sub/new2", "n2", 0644);
	put_file(upper, "keep", "new", 0644);

	struct strata_store *st = open_store(root);
	struct strata_layer_desc d;
	is_int(create(st, upper, STRATA_LAYER_FROM_UPPER, -1, &d), 0, "create from an upper dir");
	AUTOFREE char *names = tar_names(st, d.digest, 1);
	is_str(names, ".wh.gone;dir;dir/.wh..wh..opq;dir/new;dir/sub;dir/sub/new2;keep;",
	       "whiteout and opaque entries, no overlay xattrs");

	/* the same dir as a plain tree: the char device stays one */
	struct strata_layer_desc t;
	create(st, upper, STRATA_LAYER_FROM_TREE, -1, &t);
	AUTOFREE char *tnames = tar_names(st, t.digest, 0);
	is_str(tnames, "dir;dir/new;dir/sub;dir/sub/new2;gone;keep;", "FROM_TREE: no whiteouts");

	make_rootfs(rootfs);
	is_int(apply(st, d.digest, rootfs, STRATA_APPLY_MERGE, NULL), 0, "MERGE apply");
	ok(!exists(rootfs, "gone"), "MERGE: whited-out dir removed");
	ok(!exists(rootfs, "dir/old1") && !exists(rootfs, "dir/sub/old2"),
	   "MERGE: opaque dir lost its old contents");
	ok(exists(rootfs, "dir/new") && exists(rootfs, "dir/sub/new2"),
	   "MERGE: the layer's own entries under the opaque dir stay");
	AUTOFREE char *keep = read_rel(rootfs, "keep");
	is_str(keep, "new", "MERGE: replaced file");
	ok(exists(rootfs, "other"), "MERGE: untouched file stays");
	ok(!exists(rootfs, ".wh.gone") && !exists(rootfs, "dir/.wh..wh..opq"),
	   "MERGE: no marker files written");
	AUTOFREE char *opq = xattr_rel(rootfs, "dir", "trusted.overlay.opaque");
	ok(opq == NULL, "MERGE: no opaque xattr");

	is_int(apply(st, d.digest, lower, STRATA_APPLY_OVERLAY, NULL), 0, "OVERLAY apply");
	struct stat sb;
	ok(lstat_rel(lower, "gone", &sb) == 0 && S_ISCHR(sb.st_mode) && sb.st_rdev == 0,
	   "OVERLAY: whiteout is a 0/0 char device");
	AUTOFREE char *opq2 = xattr_rel(lower, "dir", "trusted.overlay.opaque");
	is_str(opq2, "y", "OVERLAY: opaque xattr set");
	AUTOFREE char *origin = xattr_rel(lower, "dir", "trusted.overlay.origin");
	ok(origin == NULL, "OVERLAY: other overlay xattrs not carried");
	ok(!exists(lower, ".wh.gone") && !exists(lower, "dir/.wh..wh..opq"),
	   "OVERLAY: no marker files written");
	ok(lstat_rel(lower, "dir/sub", &sb) == 0 && (sb.st_mode & 0777) == 0700,
	   "OVERLAY: the rest as usual");

	/* a lower dir round trip: FROM_UPPER of it gives the same layer */
	struct strata_layer_desc again;
	create(st, lower, STRATA_LAYER_FROM_UPPER, -1, &again);
	is_str(again.diffid, d.diffid, "OVERLAY dir re-archived gives the same diffID");
	strata_store_free(st);
}

static int dir_empty(const char *p)
{
	DIR *d = opendir(p);
	if (!d)
		return 0;
	int n = 0;
	for (struct dirent *de; (de = readdir(d));)
		n += strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
	closedir(d);
	return n == 0;
}

static void test_opaque_after_entries(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *rootfs = pj(dir, "rootfs"), *lower = pj(dir, "lower");
	mkdir(rootfs, 0755);
	mkdir(lower, 0755);
	put_dir(rootfs, "dir", 0755);
	put_file(rootfs, "dir/old", "o", 0644);
	put_file(rootfs, "dir/.a", "old", 0644);
	put_file(rootfs, "top", "old", 0644);
	struct tarbuf t;
	tar_begin(&t);
	tar_add(&t, 'f', "dir/.a", "new");
	tar_add(&t, 'f', "dir/.wh..wh..opq", "");
	tar_add(&t, 'f', "dir/z", "z");
	tar_add(&t, 'f', "./.wh.top", "");
	tar_add(&t, 'f', "top", "again"); /* the same layer writes it anew */
	tar_add(&t, 'f', ".wh.missing", "");
	tar_add(&t, 'f', "nodir/.wh.x", "");
	tar_add(&t, 'f', ".wh..wh.plnk", "");
	tar_end(&t);
	struct strata_error *err = NULL;
	is_int(apply_tar(&t, rootfs, STRATA_APPLY_MERGE, &err), 0,
	       "MERGE: opaque marker after entries of its own layer");
	AUTOFREE char *a = read_rel(rootfs, "dir/.a");
	is_str(a, "new", "an entry before the marker is kept");
	ok(exists(rootfs, "dir/z") && !exists(rootfs, "dir/old"), "the old entry goes, later stay");
	AUTOFREE char *top = read_rel(rootfs, "top");
	is_str(top, "again", "a whiteout then a new file of the same name");
	ok(!exists(rootfs, "nodir") && !exists(rootfs, ".wh..wh.plnk"),
	   "whiteouts of missing things are no-ops, aufs metadata skipped");

	/* entries that replace what is there */
	put_dir(rootfs, "wasdir", 0755);
	put_file(rootfs, "wasdir/child", "c", 0644);
	put_file(rootfs, "wasfile", "f", 0644);
	AUTOFREE char *outside = pj(dir, "outside");
	mkdir(outside, 0755);
	struct tarbuf r;
	tar_begin(&r);
	tar_add(&r, 'f', "wasdir", "now a file");
	tar_add(&r, 'd', "wasfile", "");
	tar_add(&r, 'l', "sl1", outside);
	tar_add(&r, 'f', "sl1", "replaces the link");
	tar_add(&r, 'l', "sl2", outside);
	tar_add(&r, 'd', "sl2", "");
	tar_end(&r);
	is_int(apply_tar(&r, rootfs, STRATA_APPLY_MERGE, &err), 0, "MERGE: replace entries");
	AUTOFREE char *wd = read_rel(rootfs, "wasdir");
	is_str(wd, "now a file", "a file replaces a non-empty dir");
	struct stat sb;
	ok(lstat_rel(rootfs, "wasfile", &sb) == 0 && S_ISDIR(sb.st_mode), "a dir replaces a file");
	ok(lstat_rel(rootfs, "sl1", &sb) == 0 && S_ISREG(sb.st_mode) &&
	           lstat_rel(rootfs, "sl2", &sb) == 0 && S_ISDIR(sb.st_mode),
	   "a symlink is replaced, not followed");
	ok(dir_empty(outside), "nothing written where the symlinks pointed");
	free(r.mem);

	/* an entry below a lower layer's symlink or file: the layer's dir hides
	 * it, as overlayfs shows the build (export applies by the same rules) */
	AUTOFREE char *lowlink = pj(rootfs, "lowlink");
	ok(symlink(outside, lowlink) == 0, "a lower layer's symlink");
	put_file(rootfs, "lowfile", "f", 0644);
	struct tarbuf h;
	tar_begin(&h);
	tar_add(&h, 'f', "lowlink/x", "under the link");
	tar_add(&h, 'f', "lowfile/deep/y", "under the file");
	tar_end(&h);
	is_int(apply_tar(&h, rootfs, STRATA_APPLY_MERGE, &err), 0,
	       "MERGE: entries below a lower layer's symlink and file");
	AUTOFREE char *hx = read_rel(rootfs, "lowlink/x");
	AUTOFREE char *hy = read_rel(rootfs, "lowfile/deep/y");
	ok(lstat_rel(rootfs, "lowlink", &sb) == 0 && S_ISDIR(sb.st_mode) && hx &&
	           !strcmp(hx, "under the link"),
	   "the symlink became this layer's directory");
	ok(hy && !strcmp(hy, "under the file"), "so did the file");
	ok(dir_empty(outside), "nothing written where the lower symlink pointed");
	free(h.mem);

	is_int(apply_tar(&t, lower, STRATA_APPLY_OVERLAY, &err), 0, "OVERLAY of the same tar");
	ok(lstat_rel(lower, "nodir/x", &sb) == 0 && S_ISCHR(sb.st_mode),
	   "OVERLAY: whiteout in a dir the layer does not hold creates the dir");
	ok(!exists(lower, ".wh..wh.plnk"), "OVERLAY: aufs metadata skipped");
	free(t.mem);
	strata_error_free(err);
}

static void test_hostile(void)
{
	for (int mode = 0; mode < 2; mode++) {
		const char *m = mode == STRATA_APPLY_MERGE ? "MERGE" : "OVERLAY";
		const char *dir = tap_tmpdir();
		AUTOFREE char *outside = pj(dir, "outside");
		mkdir(outside, 0755);
		AUTOFREE char *victim = pj(dir, "victim");
		put_file(dir, "victim", "v", 0644);
		AUTOFREE char *abs = pj(dir, "abs-evil");
		AUTOFREE char *abs_in = xasprintf("%s/escaped", abs);
		struct {
			const char *what;
			char type[3];
			const char *name[3];
			const char *content[3];
		} cases[] = {
		        {"'../evil'", "f", {"../evil"}, {"x"}},
		        {"'a/../../evil'", "df", {"a", "a/../../evil"}, {"", "x"}},
		        {"an absolute path", "f", {abs_in}, {"x"}},
		        {"a write through a symlink", "lf", {"link", "link/x"}, {outside, "x"}},
		        {"a dir through a symlink", "ld", {"link", "link/sub"}, {outside, ""}},
		        {"a hard link to '../victim'", "h", {"h"}, {"../victim"}},
		        {"a hard link through a symlink",
		         "lh",
		         {"link", "h"},
		         {dir, "link/victim"}},
		        {"a whiteout of '.'", "f", {".wh.."}, {""}},
		        {"a whiteout of '..'", "f", {".wh..."}, {""}},
		        {"a nested whiteout of '.'", "df", {"sub", "sub/.wh.."}, {"", ""}},
		        {"a whiteout through a symlink",
		         "lf",
		         {"link", "link/.wh.victim"},
		         {dir, ""}},
		        {"an opaque dir through a symlink",
		         "lf",
		         {"link", "link/.wh..wh..opq"},
		         {outside, ""}},
		};
		for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
			AUTOFREE char *dname = xasprintf("dest%zu", i);
			AUTOFREE char *dest = pj(dir, dname);
			mkdir(dest, 0755);
			struct tarbuf t;
			tar_begin(&t);
			for (int k = 0; cases[i].type[k]; k++)
				tar_add(&t, cases[i].type[k], cases[i].name[k],
				        cases[i].content[k]);
			tar_end(&t);
			struct strata_error *err = NULL;
			is_int(apply_tar(&t, dest, mode, &err), STRATA_ESECURITY, "%s: %s fails", m,
			       cases[i].what);
			if (err)
				diag("%s", err->msg);
			strata_error_free(err);
			free(t.mem);
		}
		AUTOFREE char *evil = pj(dir, "evil");
		ok(!exists(dir, "evil") && !exists(dir, "abs-evil"), "%s: nothing written outside",
		   m);
		ok(dir_empty(outside), "%s: nothing written through the symlink", m);
		AUTOFREE char *v = read_rel(dir, "victim");
		struct stat sb;
		ok(v && !strcmp(v, "v") && stat(victim, &sb) == 0 && sb.st_nlink == 1,
		   "%s: the victim file is untouched and unlinked", m);
		ok(exists(dir, "dest0") && exists(dir, "outside"), "%s: whiteouts removed nothing",
		   m);
	}
}

/* A store in dir/store holding a layer of one file. */
static struct strata_store *small_layer(const char *dir, const char *content,
                                        struct strata_layer_desc *d)
{
	AUTOFREE char *src = pj(dir, "src"), *root = pj(dir, "store");
	mkdir(src, 0755);
	put_file(src, "f", content, 0644);
	struct strata_store *st = open_store(root);
	create(st, src, STRATA_LAYER_FROM_TREE, -1, d);
	return st;
}

static void test_corrupt(void)
{
	const char *dir = tap_tmpdir();
	struct strata_layer_desc d;
	struct strata_store *st =
	        small_layer(dir, "some bytes to compress, some bytes to compress", &d);
	AUTOFREE char *p = blob_path(st, d.digest);
	char *blob = NULL;
	size_t len = 0;
	util_read_file(p, &blob, &len);

	/* a trailing byte: the tar still reads, the digest does not match */
	int fd = open(p, O_WRONLY | O_APPEND);
	ok(fd >= 0 && write(fd, "\0", 1) == 1, "append a byte to the blob");
	if (fd >= 0)
		close(fd);
	AUTOFREE char *dst = pj(dir, "dst");
	mkdir(dst, 0755);
	struct strata_error *err = NULL;
	is_int(strata_layer_apply(st, d.digest, dst, STRATA_APPLY_MERGE, NULL, &err),
	       STRATA_ECORRUPT, "apply of an altered blob: ECORRUPT");
	like(err ? err->msg : NULL, d.digest, "the error names the digest");

	/* a flipped byte in the deflate data */
	blob[len / 2] ^= 0x55;
	fd = open(p, O_WRONLY | O_TRUNC);
	util_write_all(fd, blob, len);
	close(fd);
	is_int(strata_layer_apply(st, d.digest, dst, STRATA_APPLY_MERGE, NULL, &err),
	       STRATA_ECORRUPT, "apply of a blob with a flipped byte: ECORRUPT");
	free(blob);

	is_int(strata_layer_apply(st, EMPTY_TAR_DIFFID, dst, STRATA_APPLY_MERGE, NULL, &err),
	       STRATA_ENOENT, "apply of a missing blob: ENOENT");
	AUTOFREE char *nodest = pj(dir, "nodest");
	is_int(strata_layer_apply_buffer("x", 1, nodest, STRATA_APPLY_MERGE, NULL, &err),
	       STRATA_ENOENT, "apply to a missing dir: ENOENT");
	is_int(strata_layer_apply_buffer("not a tar at all, not at all", 28, dst,
	                                 STRATA_APPLY_MERGE, NULL, &err),
	       STRATA_ECORRUPT, "apply of garbage: ECORRUPT");
	is_int(strata_layer_apply_buffer("", 0, dst, STRATA_APPLY_MERGE, NULL, &err),
	       STRATA_ECORRUPT, "apply of nothing: ECORRUPT");
	is_int(strata_layer_apply_buffer("", 0, dst, 7, NULL, &err), STRATA_EINVAL,
	       "apply in an unknown mode: EINVAL");
	strata_error_free(err);
	strata_store_free(st);
}

static void test_plain_tar_blob(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *root = pj(dir, "store"), *dst = pj(dir, "dst");
	mkdir(dst, 0755);
	struct strata_store *st = open_store(root);
	struct tarbuf t;
	tar_begin(&t);
	tar_add(&t, 'd', "etc", "");
	tar_add(&t, 'f', "etc/motd", "hi");
	tar_end(&t);
	char digest[STRATA_DIGEST_LEN], diffid[STRATA_DIGEST_LEN];
	strata_store_put_blob(st, t.mem, t.used, digest, NULL);
	is_int(apply(st, digest, dst, STRATA_APPLY_OVERLAY, diffid), 0,
	       "apply an uncompressed tar blob");
	is_str(diffid, digest, "its diffID is its digest");
	AUTOFREE char *motd = read_rel(dst, "etc/motd");
	is_str(motd, "hi", "content");
	free(t.mem);
	strata_store_free(st);
}

static void test_unpack(void)
{
	const char *dir = tap_tmpdir();
	struct strata_layer_desc d;
	struct strata_store *st = small_layer(dir, "data", &d);
	struct strata_error *err = NULL;

	char *u = NULL;
	is_int(strata_layer_unpack(st, d.digest, EMPTY_TAR_DIFFID, &u, &err), STRATA_ECORRUPT,
	       "unpack with the wrong diffID: ECORRUPT");
	AUTOFREE char *wrong = NULL;
	strata_store_layer_dir(st, EMPTY_TAR_DIFFID, &wrong, NULL);
	struct stat sb;
	ok(stat(wrong, &sb) < 0, "no layer dir committed");
	AUTOFREE char *tmp = pj(strata_store_root(st), "tmp");
	ok(dir_empty(tmp), "the temp dir is removed");

	AUTOFREE char *first = NULL;
	is_int(strata_layer_unpack(st, d.digest, d.diffid, &first, &err), 0, "unpack");
	AUTOFREE char *want = NULL;
	strata_store_layer_dir(st, d.diffid, &want, NULL);
	is_str(first, want, "unpacked into layers/<diffid hex>");
	AUTOFREE char *f = read_rel(first ? first : "/nonexistent", "f");
	is_str(f, "data", "content unpacked");
	ok(stat(first, &sb) == 0 && (sb.st_mode & 0777) == 0755, "layer dir is 0755");

	AUTOFREE char *bp = blob_path(st, d.digest);
	unlink(bp);
	AUTOFREE char *second = NULL;
	is_int(strata_layer_unpack(st, d.digest, d.diffid, &second, &err), 0,
	       "unpack again without the blob");
	is_str(second, first, "same dir, from the cache");
	is_int(strata_layer_unpack(st, d.digest, "sha256:nope", &u, &err), STRATA_EINVAL,
	       "unpack with a malformed diffID: EINVAL");
	strata_error_free(err);
	strata_store_free(st);
}

struct worker {
	struct strata_store *st;
	char *src;
	char *dst;
	struct strata_layer_desc d;
	int rc;
	char diffid[STRATA_DIGEST_LEN];
};

static void *worker_run(void *p)
{
	struct worker *w = p;
	for (int i = 0; i < 5 && w->rc == 0; i++) {
		w->rc = create(w->st, w->src, STRATA_LAYER_FROM_TREE, -1, &w->d);
		if (w->rc == 0)
			w->rc = apply(w->st, w->d.digest, w->dst, STRATA_APPLY_MERGE, w->diffid);
	}
	return NULL;
}

static void test_threads(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *root = pj(dir, "store");
	struct strata_store *st = open_store(root);
	struct worker w[2] = {0};
	pthread_t th[2];
	for (int i = 0; i < 2; i++) {
		AUTOFREE char *s = xasprintf("src%d", i), *d = xasprintf("dst%d", i);
		w[i].st = st;
		w[i].src = pj(dir, s);
		w[i].dst = pj(dir, d);
		mkdir(w[i].src, 0755);
		mkdir(w[i].dst, 0755);
		make_tree(w[i].src);
		AUTOFREE char *own = xasprintf("thread %d", i);
		put_file(w[i].src, "own", own, 0644);
		pthread_create(&th[i], NULL, worker_run, &w[i]);
	}
	for (int i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i < 2; i++) {
		is_int(w[i].rc, 0, "thread %d: create and apply five times", i);
		is_str(w[i].diffid, w[i].d.diffid, "thread %d: diffID agrees", i);
		AUTOFREE char *own = read_rel(w[i].dst, "own");
		AUTOFREE char *want = xasprintf("thread %d", i);
		is_str(own, want, "thread %d: its own tree", i);
		free(w[i].src);
		free(w[i].dst);
	}
	ok(strcmp(w[0].d.digest, w[1].d.digest) != 0, "different trees, different layers");
	strata_store_free(st);
}

int main(void)
{
	if (geteuid() != 0)
		skip_all("needs root (chown, mknod, trusted.* xattrs)");
	test_roundtrip();
	test_determinism();
	test_whiteouts();
	test_opaque_after_entries();
	test_hostile();
	test_corrupt();
	test_plain_tar_blob();
	test_unpack();
	test_threads();
	return done_testing();
}
