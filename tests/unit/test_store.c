/* Tests for the content-addressed store (core/store.c). */
#include "tap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

#define EMPTY_SHA "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
#define HELLO_SHA "sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"

static struct strata_store *open_store(const char *root)
{
	struct strata_store *st = NULL;
	struct strata_error *err = NULL;
	int r = strata_store_open(root, &st, &err);
	if (r < 0) {
		diag("open store '%s': %s", root, err ? err->msg : "?");
		strata_error_free(err);
	}
	return st;
}

/* Number of entries in dir besides "." and "..", or -1. */
static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

static int exists(const char *p)
{
	struct stat sb;
	return lstat(p, &sb) == 0;
}

static void write_file(const char *path, const char *content)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || util_write_all(fd, content, strlen(content)) < 0)
		diag("write %s: %s", path, strerror(errno));
	if (fd >= 0)
		close(fd);
}

static void test_digests(void)
{
	char d[STRATA_DIGEST_LEN];
	strata_digest_buffer("", 0, d);
	is_str(d, EMPTY_SHA, "digest of the empty buffer");
	strata_digest_buffer("hello", 5, d);
	is_str(d, HELLO_SHA, "digest of 'hello'");
	ok(strata_digest_valid(HELLO_SHA), "a digest is valid");
	ok(!strata_digest_valid(
	           "sha256:2CF24DBA5FB0A30E26E83B2AC5B9E29E1B161E5C1FA7425E73043362938B9824"),
	   "uppercase hex is not");
	ok(!strata_digest_valid("sha256:abc"), "a short one is not");
	ok(!strata_digest_valid(HELLO_SHA "0"), "a long one is not");
	ok(!strata_digest_valid(
	           "sha512:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
	   "another algorithm is not");
	ok(!strata_digest_valid(NULL), "NULL is not");
}

static void test_blob_roundtrip(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *root = util_path_join(dir, "store");
	struct strata_store *st = open_store(root);
	ok(st != NULL, "open creates a store");
	if (!st)
		return;
	AUTOFREE char *blobs = util_path_join(root, "blobs/sha256");
	ok(count_entries(blobs) == 0, "layout: blobs/sha256 exists and is empty");
	ok(exists(root) && count_entries(root) >= 6, "layout: tags, layers, cache, tmp, lock");

	struct strata_error *err = NULL;
	char d[STRATA_DIGEST_LEN];
	ok(!strata_store_has_blob(st, HELLO_SHA), "no blob before put");
	is_int(strata_store_blob_size(st, HELLO_SHA), -1, "no size before put");
	is_int(strata_store_put_blob(st, "hello", 5, d, &err), 0, "put a blob");
	is_str(d, HELLO_SHA, "put returns the sha256 digest");
	ok(strata_store_has_blob(st, HELLO_SHA), "has the blob after put");
	ok(!strata_store_has_blob(st, "sha256:zz"), "has of a malformed digest is 0");
	is_int(strata_store_blob_size(st, HELLO_SHA), 5, "blob size");

	AUTOFREE char *path = NULL;
	is_int(strata_store_blob_path(st, HELLO_SHA, &path, &err), 0, "blob path");
	AUTOFREE char *want = xasprintf("%s/blobs/sha256/%s", strata_store_root(st), HELLO_SHA + 7);
	is_str(path, want, "blob path is blobs/sha256/<hex>");
	struct stat sb;
	ok(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0644, "blob file is 0644");

	char *buf = NULL;
	size_t len = 0;
	is_int(strata_store_read_blob(st, HELLO_SHA, &buf, &len, &err), 0, "read the blob");
	ok(len == 5 && buf && memcmp(buf, "hello", 5) == 0 && buf[5] == '\0',
	   "read returns the bytes, NUL-terminated");
	free(buf);

	int fd = -1;
	is_int(strata_store_open_blob(st, HELLO_SHA, &fd, &err), 0, "open the blob");
	char rb[8] = {0};
	ok(fd >= 0 && read(fd, rb, sizeof rb) == 5 && !memcmp(rb, "hello", 5), "open_blob reads");
	if (fd >= 0)
		close(fd);

	/* putting the same bytes again keeps the blob */
	is_int(strata_store_put_blob(st, "hello", 5, d, &err), 0, "put the same blob again");
	is_int(count_entries(blobs), 1, "still one blob");
	AUTOFREE char *tmp = util_path_join(root, "tmp");
	is_int(count_entries(tmp), 0, "nothing left in tmp/");

	is_int(strata_store_read_blob(st, EMPTY_SHA, &buf, &len, &err), STRATA_ENOENT,
	       "read of a missing blob: ENOENT");
	like(err ? err->msg : NULL, EMPTY_SHA, "the error names the digest");
	is_int(strata_store_open_blob(st, "sha256:nope", &fd, &err), STRATA_EINVAL,
	       "open of a malformed digest: EINVAL");
	is_int(strata_store_blob_path(st, "md5:x", &path, &err), STRATA_EINVAL,
	       "path of a malformed digest: EINVAL");
	strata_error_free(err);
	strata_store_free(st);
}

static void test_tampered_blob(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	if (!ok(st != NULL, "open a store in an existing dir"))
		return;
	struct strata_error *err = NULL;
	char d[STRATA_DIGEST_LEN];
	strata_store_put_blob(st, "hello", 5, d, &err);
	AUTOFREE char *path = NULL;
	strata_store_blob_path(st, d, &path, &err);
	chmod(path, 0644);
	write_file(path, "jello");
	char *buf = NULL;
	size_t len;
	is_int(strata_store_read_blob(st, d, &buf, &len, &err), STRATA_ECORRUPT,
	       "read of a tampered blob: ECORRUPT");
	ok(buf == NULL, "no buffer handed out");
	like(err ? err->msg : NULL, HELLO_SHA, "the error names the digest");
	strata_error_free(err);
	strata_store_free(st);
}

static void test_writer(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	if (!st)
		return;
	struct strata_error *err = NULL;
	AUTOFREE char *tmp = util_path_join(dir, "tmp");
	AUTOFREE char *blobs = util_path_join(dir, "blobs/sha256");

	struct strata_blob_writer *w = NULL;
	is_int(strata_blob_writer_new(st, &w, &err), 0, "new writer");
	is_int(count_entries(tmp), 1, "the writer's temp file is under tmp/");
	strata_blob_writer_write(w, "hel", 3, &err);
	strata_blob_writer_write(w, "lo", 2, &err);
	is_int(strata_blob_writer_size(w), 5, "writer counts its bytes");
	char d[STRATA_DIGEST_LEN];
	is_int(strata_blob_writer_commit(w, EMPTY_SHA, d, &err), STRATA_ECORRUPT,
	       "commit with the wrong expected digest: ECORRUPT");
	like(err ? err->msg : NULL,
	     "blob digest mismatch: expected '" EMPTY_SHA "', got '" HELLO_SHA "'",
	     "the error names both digests");
	is_int(strata_blob_writer_commit(w, NULL, d, &err), STRATA_EINVAL,
	       "a spent writer cannot commit again");
	strata_blob_writer_free(w);
	is_int(count_entries(blobs), 0, "no blob stored on mismatch");
	is_int(count_entries(tmp), 0, "nothing left in tmp/ on mismatch");

	w = NULL;
	strata_blob_writer_new(st, &w, &err);
	strata_blob_writer_write(w, "hello", 5, &err);
	is_int(strata_blob_writer_commit(w, HELLO_SHA, d, &err), 0, "commit with the right digest");
	is_str(d, HELLO_SHA, "commit returns the digest");
	strata_blob_writer_free(w);
	ok(strata_store_has_blob(st, HELLO_SHA), "blob stored");
	is_int(count_entries(tmp), 0, "temp file renamed away");

	w = NULL;
	strata_blob_writer_new(st, &w, &err);
	strata_blob_writer_write(w, "abandoned", 9, &err);
	strata_blob_writer_free(w);
	is_int(count_entries(tmp), 0, "freeing an uncommitted writer removes its temp file");
	is_int(count_entries(blobs), 1, "and stores nothing");

	strata_error_free(err);
	strata_store_free(st);
}

struct tag_seen {
	struct util_buf names;
	int calls;
	int stop_after;
};

static int collect_tag(void *ud, const char *name, const char *digest)
{
	struct tag_seen *s = ud;
	util_buf_printf(&s->names, "%s=%.13s;", name, digest);
	return ++s->calls == s->stop_after;
}

static void test_normalize(void)
{
	static const char *const cases[][2] = {
	        {"busybox", "busybox:latest"},
	        {"busybox:1.36", "busybox:1.36"},
	        {"library/busybox", "library/busybox:latest"},
	        {"localhost:5000/a/b", "localhost:5000/a/b:latest"},
	        {"localhost:5000/a/b:v1", "localhost:5000/a/b:v1"},
	        {"registry.example.com/team/app:Release_1.0-rc",
	         "registry.example.com/team/app:Release_1.0-rc"},
	        {"x@" HELLO_SHA, "x@" HELLO_SHA},
	        {"x:t@" HELLO_SHA, "x:t@" HELLO_SHA},
	        {"my-app.v2_x", "my-app.v2_x:latest"},
	        {"localhost:5000", "localhost:5000"}, /* repo "localhost", tag "5000" */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		AUTOFREE char *n = strata_tag_normalize(cases[i][0]);
		is_str(n, cases[i][1], "normalize '%s'", cases[i][0]);
	}
	static const char *const bad[] = {
	        "",      "Busybox", "busy box",        "busybox:",         "a//b",
	        "/a",    "a/",      "busybox:la test", "x@sha256:abc",     "localhost:/a",
	        "a:b:c", "a/b:.x",  "tab\tx",          "LocalHost:5000/a", "a:-x",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		AUTOFREE char *n = strata_tag_normalize(bad[i]);
		ok(n == NULL, "normalize rejects '%s'", bad[i]);
	}
	ok(strata_tag_normalize(NULL) == NULL, "normalize rejects NULL");
}

static void test_tags(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	if (!st)
		return;
	struct strata_error *err = NULL;
	char d[STRATA_DIGEST_LEN];

	is_int(strata_store_tag_get(st, "busybox", d, &err), STRATA_ENOENT, "missing tag: ENOENT");
	like(err ? err->msg : NULL, "busybox:latest", "the error names the normalised tag");
	is_int(strata_store_tag_set(st, "busybox", HELLO_SHA, &err), 0, "set busybox");
	is_int(strata_store_tag_get(st, "busybox:latest", d, &err), 0, "get busybox:latest");
	is_str(d, HELLO_SHA, "tag holds the digest");
	is_int(strata_store_tag_set(st, "busybox:latest", EMPTY_SHA, &err), 0, "move a tag");
	strata_store_tag_get(st, "busybox", d, &err);
	is_str(d, EMPTY_SHA, "tag moved");
	/* setting what it holds writes nothing (a no-change rebuild) */
	AUTOFREE char *bb = util_path_join(dir, "tags/busybox%3Alatest");
	struct stat before, after;
	stat(bb, &before);
	is_int(strata_store_tag_set(st, "busybox", EMPTY_SHA, &err), 0,
	       "set a tag to what it holds");
	stat(bb, &after);
	ok(before.st_ino == after.st_ino, "the tag file was not rewritten");
	write_file(bb, "garbage\n");
	is_int(strata_store_tag_set(st, "busybox", EMPTY_SHA, &err), 0, "over a damaged tag file");
	strata_store_tag_get(st, "busybox", d, &err);
	is_str(d, EMPTY_SHA, "it is written again");

	is_int(strata_store_tag_set(st, "localhost:5000/a/b", HELLO_SHA, &err), 0,
	       "set a host:port tag");
	is_int(strata_store_tag_set(st, "localhost:5000/a/b:v%1", HELLO_SHA, &err), STRATA_EINVAL,
	       "a malformed name: EINVAL");
	is_int(strata_store_tag_set(st, "x@" HELLO_SHA, EMPTY_SHA, &err), 0, "set a digest ref");
	is_int(strata_store_tag_set(st, "ok", "sha256:short", &err), STRATA_EINVAL,
	       "a malformed digest: EINVAL");
	is_int(strata_store_tag_get(st, "localhost:5000/a/b:latest", d, &err), 0,
	       "get the host:port tag");
	is_str(d, HELLO_SHA, "host:port tag digest");

	AUTOFREE char *tags = util_path_join(dir, "tags");
	is_int(count_entries(tags), 3, "one file per tag");
	AUTOFREE char *f = util_path_join(tags, "localhost%3A5000%2Fa%2Fb%3Alatest");
	ok(exists(f), "tag file name is percent-encoded");
	AUTOFREE char *tmp = util_path_join(dir, "tmp");
	is_int(count_entries(tmp), 0, "tags leave no temp files");

	struct tag_seen seen = {0};
	is_int(strata_store_tag_list(st, collect_tag, &seen, &err), 0, "list tags");
	is_str(seen.names.data,
	       "busybox:latest=sha256:e3b0c4;localhost:5000/a/b:latest=sha256:2cf24d;x@" HELLO_SHA
	       "=sha256:e3b0c4;",
	       "tags listed decoded and in name order");
	util_buf_release(&seen.names);
	struct tag_seen first = {.stop_after = 1};
	strata_store_tag_list(st, collect_tag, &first, &err);
	is_int(first.calls, 1, "a non-zero return stops the listing");
	util_buf_release(&first.names);

	is_int(strata_store_tag_remove(st, "busybox", &err), 0, "remove a tag");
	is_int(strata_store_tag_get(st, "busybox", d, &err), STRATA_ENOENT, "removed tag is gone");
	is_int(strata_store_tag_remove(st, "busybox", &err), STRATA_ENOENT,
	       "removing it again: ENOENT");

	/* a tag file with garbage in it */
	AUTOFREE char *junk = util_path_join(tags, "junk%3Alatest");
	write_file(junk, "not a digest\n");
	is_int(strata_store_tag_get(st, "junk", d, &err), STRATA_ECORRUPT,
	       "a tag file without a digest: ECORRUPT");
	strata_error_free(err);
	strata_store_free(st);
}

static void test_sweep_and_shared_lock(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *tmp = util_path_join(dir, "tmp");
	struct strata_store *st = open_store(dir);
	if (!st)
		return;
	strata_store_free(st);

	/* litter of an interrupted run, with a dir nobody may enter */
	AUTOFREE char *f = util_path_join(tmp, "blob-abc123");
	write_file(f, "half");
	AUTOFREE char *sub = util_path_join(tmp, "layer-xyz/a/b");
	util_mkdir_p(sub, 0755);
	AUTOFREE char *deep = util_path_join(sub, "file");
	write_file(deep, "x");
	AUTOFREE char *locked = util_path_join(tmp, "layer-xyz/a");
	chmod(locked, 0);
	/* a symlink out of the store: sweeping must not follow it */
	AUTOFREE char *outside = util_path_join(dir, "outside");
	mkdir(outside, 0755);
	AUTOFREE char *keep = util_path_join(outside, "keep");
	write_file(keep, "k");
	AUTOFREE char *link = util_path_join(tmp, "link");
	ok(symlink(outside, link) == 0, "litter includes a symlink to outside");

	struct strata_store *a = open_store(dir);
	ok(a != NULL, "reopen the store");
	is_int(count_entries(tmp), 0, "stale tmp/ entries swept on open");
	ok(exists(keep), "the symlink's target was not followed");

	/* a second open while the first is held: both work, and no sweep */
	struct strata_error *err = NULL;
	struct strata_blob_writer *w = NULL;
	strata_blob_writer_new(a, &w, &err);
	struct strata_store *b = open_store(dir);
	ok(b != NULL, "a second open of the same store works (shared lock)");
	is_int(count_entries(tmp), 1, "the live writer's temp file was not swept");
	char d[STRATA_DIGEST_LEN];
	ok(b && strata_store_put_blob(b, "hello", 5, d, &err) == 0, "the second handle writes");
	strata_blob_writer_write(w, "x", 1, &err);
	is_int(strata_blob_writer_commit(w, NULL, d, &err), 0, "the first handle still writes");
	strata_blob_writer_free(w);
	strata_store_free(b);
	strata_store_free(a);
	strata_error_free(err);
}

static void test_open_errors(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *file = util_path_join(dir, "file");
	write_file(file, "x");
	struct strata_store *st = NULL;
	struct strata_error *err = NULL;
	is_int(strata_store_open(file, &st, &err), STRATA_EINVAL, "open on a file: EINVAL");
	like(err ? err->msg : NULL, file, "the error names the path");

	/* the root is resolved: no symlink in strata_store_root() */
	AUTOFREE char *real = util_path_join(dir, "real");
	mkdir(real, 0755);
	AUTOFREE char *link = util_path_join(dir, "link");
	symlink(real, link);
	AUTOFREE char *via = util_path_join(link, ".");
	st = open_store(via);
	ok(st != NULL, "open through a symlink");
	AUTOFREE char *want = realpath(real, NULL);
	is_str(st ? strata_store_root(st) : NULL, want, "root is the resolved path");
	strata_store_free(st);
	strata_store_free(NULL);
	strata_blob_writer_free(NULL);
	strata_error_free(err);
}

/* dir's inode flags, or -1 where the filesystem has none. */
static int inode_flags(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int flags = 0;
	int r = fd >= 0 && ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 ? flags : -1;
	if (fd >= 0)
		close(fd);
	return r;
}

/* tmp/ is marked a top of unrelated trees (chattr +T) where the filesystem
 * knows the flag, so new snapshots spread over the disk. */
static void test_tmp_topdir(void)
{
	const char *dir = tap_tmpdir();
	/* does this filesystem keep the flag at all? */
	AUTOFREE char *probe = util_path_join(dir, "probe");
	mkdir(probe, 0755);
	int fd = open(probe, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int flags = 0, supported = 0;
	if (fd >= 0 && ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
		flags |= FS_TOPDIR_FL;
		supported = ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0 &&
		            (inode_flags(probe) & FS_TOPDIR_FL);
	}
	if (fd >= 0)
		close(fd);
	AUTOFREE char *root = util_path_join(dir, "store");
	struct strata_store *st = open_store(root);
	ok(st != NULL, "open a store");
	AUTOFREE char *tmp = util_path_join(root, "tmp");
	if (supported) {
		ok(inode_flags(tmp) & FS_TOPDIR_FL, "tmp/ is marked a top directory");
		/* an older store without the mark gets it on the next open */
		int f = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		int cur = inode_flags(tmp) & ~FS_TOPDIR_FL;
		ioctl(f, FS_IOC_SETFLAGS, &cur);
		close(f);
		strata_store_free(st);
		st = open_store(root);
		ok(inode_flags(tmp) & FS_TOPDIR_FL, "and marked again when reopened");
	} else {
		ok(1, "# skip: this filesystem has no top-directory flag");
		ok(st != NULL, "# skip: the store opens without it");
	}
	strata_store_free(st);
}

static void test_workspace(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	if (!st)
		return;
	struct strata_error *err = NULL;
	AUTOFREE char *t1 = NULL;
	is_int(strata_store_mkdtemp(st, "layer", &t1, &err), 0, "mkdtemp");
	AUTOFREE char *pre = xasprintf("%s/tmp/layer-", strata_store_root(st));
	ok(t1 && strncmp(t1, pre, strlen(pre)) == 0, "temp dir under tmp/ with the prefix");
	struct stat sb;
	ok(t1 && stat(t1, &sb) == 0 && S_ISDIR(sb.st_mode), "temp dir exists");
	AUTOFREE char *bad = NULL;
	is_int(strata_store_mkdtemp(st, "a/b", &bad, &err), STRATA_EINVAL,
	       "prefix with '/': EINVAL");

	AUTOFREE char *ld = NULL;
	is_int(strata_store_layer_dir(st, HELLO_SHA, &ld, &err), 0, "layer dir path");
	AUTOFREE char *want = xasprintf("%s/layers/%s", strata_store_root(st), HELLO_SHA + 7);
	is_str(ld, want, "layers/<hex>");
	AUTOFREE char *ld2 = NULL;
	is_int(strata_store_layer_dir(st, "sha256:x", &ld2, &err), STRATA_EINVAL,
	       "layer dir of a malformed diffID: EINVAL");

	AUTOFREE char *f1 = util_path_join(t1, "one");
	write_file(f1, "1");
	is_int(strata_store_layer_commit(st, t1, HELLO_SHA, &err), 0, "commit a layer dir");
	AUTOFREE char *c1 = util_path_join(ld, "one");
	ok(exists(c1) && !exists(t1), "the dir moved into layers/");

	AUTOFREE char *t2 = NULL;
	strata_store_mkdtemp(st, "layer", &t2, &err);
	AUTOFREE char *f2 = util_path_join(t2, "two");
	write_file(f2, "2");
	is_int(strata_store_layer_commit(st, t2, HELLO_SHA, &err), 0,
	       "commit when the layer exists: fine");
	AUTOFREE char *c2 = util_path_join(ld, "two");
	ok(exists(c1) && !exists(c2), "the first layer dir is kept");
	ok(!exists(t2), "the losing dir is removed");

	/* an empty layer dir must not be replaced by another empty one */
	AUTOFREE char *e1 = NULL, *e2 = NULL, *eld = NULL;
	strata_store_mkdtemp(st, "layer", &e1, &err);
	strata_store_layer_commit(st, e1, EMPTY_SHA, &err);
	strata_store_layer_dir(st, EMPTY_SHA, &eld, &err);
	struct stat before, after;
	stat(eld, &before);
	strata_store_mkdtemp(st, "layer", &e2, &err);
	is_int(strata_store_layer_commit(st, e2, EMPTY_SHA, &err), 0, "commit an empty dir twice");
	stat(eld, &after);
	ok(before.st_ino == after.st_ino && !exists(e2), "the first empty layer dir is kept");

	/* the completion marker: written by the commit, and a dir without it
	 * (an interrupted commit or removal) is not trusted but replaced */
	ok(strata_store_layer_ready(st, HELLO_SHA), "a committed layer is ready");
	AUTOFREE char *marker = xasprintf("%s.complete", ld);
	ok(exists(marker), "its marker is next to it");
	unlink(marker);
	ok(!strata_store_layer_ready(st, HELLO_SHA), "without its marker it is not");
	AUTOFREE char *t3 = NULL;
	strata_store_mkdtemp(st, "layer", &t3, &err);
	AUTOFREE char *f3 = util_path_join(t3, "three");
	write_file(f3, "3");
	is_int(strata_store_layer_commit(st, t3, HELLO_SHA, &err), 0,
	       "commit over a marker-less dir");
	AUTOFREE char *c3 = util_path_join(ld, "three");
	ok(exists(c3) && !exists(c1) && strata_store_layer_ready(st, HELLO_SHA),
	   "the marker-less dir was replaced, and the new one is ready");
	AUTOFREE char *trash = util_path_join(strata_store_root(st), "trash");
	is_int(count_entries(trash), 0, "the replaced dir went through trash/ and is gone");
	strata_error_free(err);
	strata_store_free(st);

	/* reopening an idle store sweeps marker-less layer dirs and stray markers */
	unlink(marker);
	AUTOFREE char *stray = xasprintf("%s.complete", eld);
	AUTOFREE char *orphan_dir = NULL;
	AUTOFREE char *orphan = NULL;
	st = open_store(dir);
	strata_store_layer_dir(
	        st, "sha256:0000000000000000000000000000000000000000000000000000000000000000",
	        &orphan_dir, NULL);
	strata_store_free(st);
	orphan = xasprintf("%s.complete", orphan_dir);
	write_file(orphan, "x");
	st = open_store(dir);
	ok(!exists(ld), "a marker-less layer dir is swept on open");
	ok(exists(eld) && exists(stray), "a complete one stays");
	ok(!exists(orphan), "a marker without its dir is swept");
	strata_store_free(st);
}

static void test_rmtree(void)
{
	const char *dir = tap_tmpdir();
	struct strata_error *err = NULL;
	AUTOFREE char *top = util_path_join(dir, "top");
	AUTOFREE char *deep = util_path_join(dir, "top/a/b/c");
	util_mkdir_p(deep, 0755);
	AUTOFREE char *f = util_path_join(deep, "f");
	write_file(f, "x");
	AUTOFREE char *outside = util_path_join(dir, "outside");
	mkdir(outside, 0755);
	AUTOFREE char *keep = util_path_join(outside, "keep");
	write_file(keep, "k");
	AUTOFREE char *l = util_path_join(dir, "top/a/out");
	symlink(outside, l);
	AUTOFREE char *ro = util_path_join(dir, "top/a/b");
	chmod(ro, 0);
	is_int(strata_rmtree(top, &err), 0, "rmtree a tree with a mode-0 dir and a symlink");
	ok(!exists(top), "the tree is gone");
	ok(exists(keep), "the symlink target is untouched");
	is_int(strata_rmtree(top, &err), 0, "rmtree of a missing path is fine");
	AUTOFREE char *lone = util_path_join(dir, "lone");
	write_file(lone, "x");
	is_int(strata_rmtree(lone, &err), 0, "rmtree of a file removes it");
	ok(!exists(lone), "file gone");
	strata_error_free(err);
}

/* The layout is what stores on disk already hold: a store an older strata
 * wrote must open and read the same, so the names are checked here, once. */
static void test_layout(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	if (!st)
		return;
	static const struct {
		enum strata_store_area area;
		const char *name;
		int on_open; /* made by strata_store_open */
	} want[] = {
	        {STRATA_STORE_BLOBS, "blobs/sha256", 1},
	        {STRATA_STORE_TAGS, "tags", 1},
	        {STRATA_STORE_LAYERS, "layers", 1},
	        {STRATA_STORE_CACHE, "cache", 1},
	        {STRATA_STORE_TMP, "tmp", 1},
	        {STRATA_STORE_TRASH, "trash", 1},
	        {STRATA_STORE_LOGS, "logs", 0},
	        {STRATA_STORE_EXPLAIN, "explain", 0},
	        {STRATA_STORE_STATCACHE, "statcache", 0},
	        {STRATA_STORE_CACHE_MOUNTS, "cache-mounts", 0},
	        {STRATA_STORE_LOCK, "lock", 1},
	        {STRATA_STORE_LAYERS_LOCK, "layers.lock", 0},
	};
	is_int(sizeof want / sizeof want[0], STRATA_STORE_NAREAS, "every area is checked");
	const char *root = strata_store_root(st);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		AUTOFREE char *path = strata_store_path(st, want[i].area, NULL);
		AUTOFREE char *expect = xasprintf("%s/%s", root, want[i].name);
		is_str(path, expect, "area path: %s", want[i].name);
		AUTOFREE char *file = strata_store_path(st, want[i].area, "x");
		AUTOFREE char *expect_file = xasprintf("%s/%s/x", root, want[i].name);
		is_str(file, expect_file, "a name in the area");
		if (want[i].on_open)
			ok(exists(path), "made on open: %s", want[i].name);
		else
			ok(!exists(path), "made by its first writer, not on open: %s",
			   want[i].name);
	}
	AUTOFREE char *blob = NULL;
	AUTOFREE char *in_area = strata_store_path(st, STRATA_STORE_BLOBS, HELLO_SHA + 7);
	is_int(strata_store_blob_path(st, HELLO_SHA, &blob, NULL), 0, "blob path");
	is_str(blob, in_area, "a blob is named by its hex in the blobs area");
	strata_store_free(st);
}

int main(void)
{
	test_digests();
	test_blob_roundtrip();
	test_tampered_blob();
	test_writer();
	test_normalize();
	test_tags();
	test_sweep_and_shared_lock();
	test_open_errors();
	test_tmp_topdir();
	test_workspace();
	test_rmtree();
	test_layout();
	return done_testing();
}
