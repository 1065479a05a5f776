/* strata: COPY semantics, paths inside roots, users (core/copy.c). Real files
 * in a fresh tap_tmpdir() per case; needs root (chown, mknod). */
#include "tap.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

#include <strata/copy.h>
#include <strata/error.h>

#include "copy_helpers.h"
#include "util.h"

/* --- fixtures (and copy_helpers.h) ------------------------------------ */

/* A fresh case: tmp/src and tmp/dst. */
struct fx {
	char *src;
	char *dst;
	const char *tmp;
};

static struct fx fx_new(void)
{
	struct fx f;
	f.tmp = tap_tmpdir();
	f.src = at(f.tmp, "src");
	f.dst = at(f.tmp, "dst");
	mkdir(f.src, 0755);
	mkdir(f.dst, 0755);
	return f;
}

static void fx_free(struct fx *f)
{
	free(f->src);
	free(f->dst);
}

/* strata_copy with o; err text goes to *msg when asked, else to diag. */
static int copy_msg(const struct fx *f, const struct strata_copy_opts *o, char **msg)
{
	struct strata_error *err = NULL;
	int r = strata_copy(f->src, f->dst, o, &err);
	if (r < 0 && !msg)
		diag("copy failed: %s", err ? err->msg : "?");
	if (msg)
		*msg = err ? xstrdup(err->msg) : NULL;
	strata_error_free(err);
	return r;
}

/* strata_copy with the common options. */
static int copy(const struct fx *f, const char *const *sources, const char *dest, char **msg)
{
	struct strata_copy_opts o = {.sources = sources, .dest = dest, .chmod = -1};
	return copy_msg(f, &o, msg);
}

static int copy_opts(const struct fx *f, struct strata_copy_opts *o)
{
	struct strata_error *err = NULL;
	int r = strata_copy(f->src, f->dst, o, &err);
	if (r < 0)
		diag("copy failed: %s", err ? err->msg : "?");
	strata_error_free(err);
	return r;
}

/* --- where things land --------------------------------------------------- */

static void test_file_to_file(void)
{
	struct fx f = fx_new();
	put(f.src, "a.txt", "alpha", 04751);
	set_mtime(f.src, "a.txt", 1234567890);
	is_int(copy(&f, V("a.txt"), "/b.txt", NULL), 0, "file to file");
	AUTOFREE char *got = slurp(f.dst, "b.txt");
	is_str(got, "alpha", "content copied under the new name");
	ok(!exists(f.dst, "a.txt"), "not under the old name");
	struct stat st;
	lstat_at(f.dst, "b.txt", &st);
	is_int(st.st_mode & 07777, 04751, "mode kept, setuid included");
	is_int(st.st_mtim.tv_sec, 1234567890, "mtime kept");
	is_int(st.st_uid, 0, "owned by root without chown or keep_owner");

	/* an existing file is replaced, not written through its inode */
	put(f.dst, "old.txt", "previous", 0644);
	AUTOFREE char *old = at(f.dst, "old.txt");
	AUTOFREE char *other = at(f.dst, "other-link");
	link(old, other);
	is_int(copy(&f, V("a.txt"), "/old.txt", NULL), 0, "copy over an existing file");
	AUTOFREE char *replaced = slurp(f.dst, "old.txt");
	AUTOFREE char *kept = slurp(f.dst, "other-link");
	is_str(replaced, "alpha", "existing file replaced");
	is_str(kept, "previous", "its other hard link untouched");
	fx_free(&f);
}

static void test_file_into_dir(void)
{
	struct fx f = fx_new();
	put(f.src, "a.txt", "alpha", 0644);
	is_int(copy(&f, V("a.txt"), "/app/sub/", NULL), 0, "file to dir/");
	AUTOFREE char *got = slurp(f.dst, "app/sub/a.txt");
	is_str(got, "alpha", "lands inside the directory");
	struct stat st;
	lstat_at(f.dst, "app", &st);
	is_int(st.st_mode & 07777, 0755, "created parent is 0755");
	is_int(st.st_uid, 0, "created parent owned by root");

	/* no trailing slash, but the destination is an existing directory */
	mkdirs(f.dst, "existing");
	is_int(copy(&f, V("a.txt"), "/existing", NULL), 0, "file onto an existing dir");
	AUTOFREE char *in = slurp(f.dst, "existing/a.txt");
	is_str(in, "alpha", "lands inside the existing directory");

	/* a directory may not be replaced by a file */
	mkdirs(f.dst, "d/a.txt");
	AUTOFREE char *msg = NULL;
	ok(copy(&f, V("a.txt"), "/d/", &msg) < 0, "file onto a directory of its name fails");
	like(msg, "/d/a.txt", "the error names the destination");
	fx_free(&f);
}

static void test_dir_contents(void)
{
	struct fx f = fx_new();
	put(f.src, "dir/x", "x", 0644);
	put(f.src, "dir/sub/y", "y", 0600);
	put_link(f.src, "dir/abs", "/etc/passwd");
	put_link(f.src, "dir/rel", "../outside");
	AUTOFREE char *sd = at(f.src, "dir");
	chmod(sd, 0750);
	set_mtime(f.src, "dir/sub", 1111111111);
	set_mtime(f.src, "dir", 1222222222);
	is_int(copy(&f, V("dir"), "/app", NULL), 0, "dir to /app");
	AUTOFREE char *x = slurp(f.dst, "app/x");
	AUTOFREE char *y = slurp(f.dst, "app/sub/y");
	is_str(x, "x", "contents copied");
	is_str(y, "y", "recursively");
	ok(!exists(f.dst, "app/dir"), "the directory itself is not nested");
	struct stat st;
	lstat_at(f.dst, "app", &st);
	is_int(st.st_mode & 07777, 0755,
	       "created destination is 0755, not the source dir's mode (BuildKit)");
	is_int(st.st_mtim.tv_sec, 1222222222, "and its mtime, set after its contents");
	lstat_at(f.dst, "app/sub", &st);
	is_int(st.st_mtim.tv_sec, 1111111111, "subdir mtime kept");
	char buf[64] = {0};
	AUTOFREE char *abs = at(f.dst, "app/abs");
	AUTOFREE char *rel = at(f.dst, "app/rel");
	readlink(abs, buf, sizeof buf - 1);
	is_str(buf, "/etc/passwd", "absolute symlink copied unchanged");
	memset(buf, 0, sizeof buf);
	readlink(rel, buf, sizeof buf - 1);
	is_str(buf, "../outside", "relative symlink copied unchanged");

	/* into an existing directory: merged, its own metadata left alone */
	mkdirs(f.dst, "merge");
	put(f.dst, "merge/keep", "k", 0644);
	AUTOFREE char *md = at(f.dst, "merge");
	chmod(md, 0711);
	is_int(copy(&f, V("dir/"), "/merge", NULL), 0, "dir into an existing dir");
	AUTOFREE char *k = slurp(f.dst, "merge/keep");
	AUTOFREE char *mx = slurp(f.dst, "merge/x");
	is_str(k, "k", "existing file kept");
	is_str(mx, "x", "new file merged in");
	lstat_at(f.dst, "merge", &st);
	is_int(st.st_mode & 07777, 0711, "existing destination keeps its mode");

	/* "." is the whole source root */
	is_int(copy(&f, V("."), "/all", NULL), 0, "source '.'");
	ok(exists(f.dst, "all/dir/sub/y"), "whole root copied");

	/* a directory onto a file */
	put(f.dst, "file", "f", 0644);
	AUTOFREE char *msg = NULL;
	ok(copy(&f, V("dir"), "/file", &msg) < 0, "dir onto a file fails");
	like(msg, "'/file'", "naming the destination");
	fx_free(&f);
}

static void test_several_and_globs(void)
{
	struct fx f = fx_new();
	put_files(f.src, V("a.txt", "a", "b.txt", "b", ".hidden.txt", "h", "c.md", "c", "dir/x",
	                   "x", "src/p/a", "pa", "src/q/a/inner", "qa", "src/q/x", "qx"));

	is_int(copy(&f, V("a.txt", "dir"), "/out", NULL), 0, "several sources");
	ok(exists(f.dst, "out/a.txt") && exists(f.dst, "out/x"),
	   "several sources go into dest as a directory");

	is_int(copy(&f, V("*.txt"), "/g/", NULL), 0, "glob *.txt");
	ok(exists(f.dst, "g/a.txt") && exists(f.dst, "g/b.txt"), "matches copied");
	ok(exists(f.dst, "g/.hidden.txt"), "* matches hidden files");
	ok(!exists(f.dst, "g/c.md"), "non-matching not copied");

	is_int(copy(&f, V("src/*/a"), "/h/", NULL), 0, "glob src/*/a");
	AUTOFREE char *pa = slurp(f.dst, "h/a");
	AUTOFREE char *qa = slurp(f.dst, "h/inner");
	is_str(pa, "pa", "file match copied by name");
	is_str(qa, "qa", "directory match has its contents copied");
	ok(!exists(f.dst, "h/x"), "sibling not matched");

	is_int(copy(&f, V("*.md"), "/renamed", NULL), 0, "glob with one match, no slash");
	AUTOFREE char *md = slurp(f.dst, "renamed");
	is_str(md, "c", "one match is renamed to dest");

	is_int(copy(&f, V("[ab].txt"), "/multi", NULL), 0, "glob with two matches");
	ok(exists(f.dst, "multi/a.txt") && exists(f.dst, "multi/b.txt"),
	   "several matches make dest a directory");

	is_int(copy(&f, V("a.txt", "nomatch*.zzz"), "/y/", NULL), 0,
	       "a glob matching nothing is no error (BuildKit's AllowEmptyWildcard)");
	ok(exists(f.dst, "y/a.txt"), "the other sources are copied");
	is_int(copy(&f, V("nomatch*", "src/*/none"), "/e/", NULL), 0,
	       "only globs matching nothing: no error");
	ok(!exists(f.dst, "e"), "and nothing done: dest not made");
	char d[STRATA_DIGEST_LEN];
	struct strata_copy_opts none = {.sources = V("nomatch*"), .dest = "/e", .chmod = -1};
	is_int(strata_copy_digest(f.src, &none, d, NULL), 0, "the digest of an empty glob");

	AUTOFREE char *msg = NULL;
	is_int(copy(&f, V("a.txt", "src/missing"), "/z/", &msg), STRATA_ENOENT,
	       "a missing plain source is ENOENT");
	like(msg, "copy 'src/missing': no such file or directory", "the message names it");
	ok(!exists(f.dst, "z/a.txt"), "nothing copied when a source is missing");
	fx_free(&f);
}

/* COPY's wildcards are Go's filepath.Match, per component (BuildKit) */
static void test_go_globs(void)
{
	struct fx f = fx_new();
	put_files(f.src, V("g/a1", "a", "g/b1", "b", "g/!x", "!", "g/[x].txt", "x", "g/*star", "s",
	                   "g/xstar", "xs", "g/^c", "c", "d/e/c.txt", "c", "d/b.txt", "b"));
	is_int(copy(&f, V("g/[!a]*"), "/n1/", NULL), 0, "[!a]*");
	ok(exists(f.dst, "n1/a1") && exists(f.dst, "n1/!x"), "[!a] is \"!\" or \"a\", as in Go");
	ok(!exists(f.dst, "n1/b1"), "[!a] is no negation");
	is_int(copy(&f, V("g/[^a]1"), "/n2/", NULL), 0, "[^a]1");
	ok(exists(f.dst, "n2/b1") && !exists(f.dst, "n2/a1"), "[^a] negates");
	is_int(copy(&f, V("g/[[]x].txt"), "/e1/", NULL), 0, "[[]x].txt");
	ok(exists(f.dst, "e1/[x].txt"), "a class holding \"[\" matches it");
	is_int(copy(&f, V("g/\\**"), "/e2/", NULL), 0, "\\**");
	ok(exists(f.dst, "e2/*star") && !exists(f.dst, "e2/xstar"), "\\* is a plain *");
	is_int(copy(&f, V("g/\\*star"), "/e3/", NULL), STRATA_ENOENT,
	       "with no wildcard left, a path is plain (ContainsWildcards), and missing");
	is_int(copy(&f, V("**/*.txt"), "/s1/", NULL), 0, "**/*.txt");
	ok(exists(f.dst, "s1/b.txt") && !exists(f.dst, "s1/c.txt") && !exists(f.dst, "s1/x"),
	   "** is two *: one component, d/b.txt only");
	is_int(copy(&f, V("**/**/*.txt"), "/s2/", NULL), 0, "**/**/*.txt");
	ok(exists(f.dst, "s2/c.txt") && !exists(f.dst, "s2/b.txt"), "**/** is two components");
	is_int(copy(&f, V("g/[a-"), "/bad/", NULL), 0, "a malformed class matches nothing");
	ok(!exists(f.dst, "bad"), "nothing copied");
	fx_free(&f);
}

/* --- staying inside the roots -------------------------------------------- */

static void test_source_symlink_escape(void)
{
	struct fx f = fx_new();
	/* the same relative paths inside and outside the source root */
	put(f.src, "etc/passwd", "inside-passwd", 0644);
	put(f.src, "marker", "inside-marker", 0644);
	put(f.tmp, "marker", "outside-marker", 0644);
	put_link(f.src, "evil", "/etc/passwd");
	put_link(f.src, "up", "../../..");

	static const struct {
		const char *source, *dest, *read, *what;
	} cases[] = {
	        {"evil", "/out1", "out1", "evil -> /etc/passwd reads the root's /etc/passwd"},
	        {"up/marker", "/out2", "out2", "up -> ../../.. stays in the source root"},
	        {"../marker", "/out3", "out3", "'..' in a source cannot leave the root"},
	        {"/../../marker", "/out4", "out4", "nor can a leading '/' and '..'"},
	        {"up", "/out5", "out5/marker", "a symlink to '..' as the source dir"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		is_int(copy(&f, V(cases[i].source), cases[i].dest, NULL), 0, "copy '%s'",
		       cases[i].source);
		AUTOFREE char *got = slurp(f.dst, cases[i].read);
		ok(got && strncmp(got, "inside-", 7) == 0, "%s", cases[i].what);
	}
	fx_free(&f);
}

static void test_dest_symlink_escape(void)
{
	struct fx f = fx_new();
	char name[64];
	snprintf(name, sizeof name, "strata-copy-test-%d", (int)getpid());
	put(f.src, "a.txt", "alpha", 0644);
	mkdirs(f.dst, "etc");
	put_link(f.dst, "app", "/etc");
	put_link(f.dst, "up", "../../../../../..");
	AUTOFREE char *dest = xasprintf("/app/%s", name);
	is_int(copy(&f, V("a.txt"), dest, NULL), 0, "dest through /app -> /etc");
	AUTOFREE char *in = at("etc", name);
	AUTOFREE char *got = slurp(f.dst, in);
	is_str(got, "alpha", "landed in dest_root/etc");
	AUTOFREE char *host = at("/etc", name);
	ok(access(host, F_OK) < 0, "the host's /etc untouched");

	AUTOFREE char *dest2 = xasprintf("/up/tmp/%s/", name);
	is_int(copy(&f, V("a.txt"), dest2, NULL), 0, "dest through a '..' symlink");
	AUTOFREE char *in2 = xasprintf("tmp/%s/a.txt", name);
	ok(exists(f.dst, in2), "created inside dest_root");
	AUTOFREE char *host2 = at("/tmp", name);
	ok(access(host2, F_OK) < 0, "not in the host's /tmp");

	/* a dangling link as the final component: followed inside the root */
	put_link(f.dst, "dangle", "/nowhere/file");
	is_int(copy(&f, V("a.txt"), "/dangle", NULL), 0, "dest is a dangling symlink");
	AUTOFREE char *d = slurp(f.dst, "nowhere/file");
	is_str(d, "alpha", "written at its target inside the root");
	ok(access("/nowhere", F_OK) < 0, "not on the host");
	fx_free(&f);
}

static void test_open_mkdir_in_root(void)
{
	const char *root = tap_tmpdir();
	struct strata_error *err = NULL;
	put(root, "etc/hostname", "inside", 0644);
	put_link(root, "lnk", "/etc");
	put_link(root, "esc", "../../../../..");
	int fd = -1;
	is_int(strata_open_in_root(root, "/esc/etc/hostname", O_RDONLY, &fd, &err), 0,
	       "open through an escaping link");
	char *buf = NULL;
	util_read_fd(fd, &buf, NULL);
	is_str(buf, "inside", "resolved inside the root");
	free(buf);
	close(fd);
	is_int(strata_open_in_root(root, "/nope", O_RDONLY, &fd, &err), STRATA_ENOENT,
	       "missing file is ENOENT");
	like(err ? err->msg : NULL, "'/nope'", "naming it");
	strata_error_free(err);
	err = NULL;

	is_int(strata_mkdir_in_root(root, "/lnk/x/y", 0700, 5, 6, &err), 0,
	       "mkdir -p through /lnk -> /etc");
	struct stat st;
	ok(lstat_at(root, "etc/x/y", &st) == 0 && S_ISDIR(st.st_mode), "created in root/etc");
	is_int(st.st_mode & 07777, 0700, "with the mode, umask aside");
	ok(st.st_uid == 5 && st.st_gid == 6, "and the owner");
	lstat_at(root, "etc", &st);
	is_int(st.st_uid, 0, "an existing dir is left as it is");
	is_int(strata_mkdir_in_root(root, "/lnk/x/y", 0700, 5, 6, &err), 0, "again: no error");
	put(root, "file", "f", 0644);
	ok(strata_mkdir_in_root(root, "/file/sub", 0755, (uid_t)-1, (gid_t)-1, &err) < 0,
	   "mkdir under a file fails");
	like(err ? err->msg : NULL, "mkdir '", "with a mkdir message");
	strata_error_free(err);
}

/* --- owners, modes, links ------------------------------------------------ */

static void write_etc(const char *root)
{
	put(root, "etc/passwd",
	    "root:x:0:0:root:/root:/bin/sh\n"
	    "# a comment\n"
	    "bob:x:1234:2345:Bob:/home/bob:/bin/sh\n"
	    "broken line\n"
	    "alice:x:1300:1300::/home/alice:/bin/sh\n",
	    0644);
	put(root, "etc/group",
	    "root:x:0:\n"
	    "bobs:x:2345:\n"
	    "extra:x:3000:alice,bob\n"
	    "wheel:x:10:bob\n"
	    "other:x:11:alice\n",
	    0644);
}

static void test_user_resolve(void)
{
	const char *root = tap_tmpdir();
	write_etc(root);
	struct strata_error *err = NULL;
	uid_t u = 99;
	gid_t g = 99;
	gid_t *groups = NULL;
	size_t ng = 0;
	is_int(strata_user_resolve(root, "bob", &u, &g, &groups, &ng, &err), 0, "user by name");
	ok(u == 1234 && g == 2345, "uid and primary gid from passwd");
	is_int(ng, 2, "two supplementary groups");
	ok(ng == 2 && groups[0] == 3000 && groups[1] == 10, "extra and wheel, in file order");
	free(groups);
	is_int(strata_user_resolve(root, "bob:extra", &u, &g, &groups, &ng, &err), 0, "user:group");
	ok(u == 1234 && g == 3000, "group by name");
	ok(ng == 0 && !groups, "USER user:group: no supplementary groups, as under docker");
	free(groups);
	is_int(strata_chown_resolve(root, "1234", &u, &g, &err), 0, "--chown by number");
	ok(u == 1234 && g == 1234, "--chown: a number is the gid too, unlike USER");
	is_int(strata_chown_resolve(root, "nobody2", &u, &g, &err), 0, "--chown: unknown name");
	ok(u == 0 && g == 0, "--chown: an unknown name is 0:0");
	is_int(strata_user_resolve(root, "bob:77", &u, &g, NULL, NULL, &err), 0, "user:gid");
	ok(u == 1234 && g == 77, "numeric group");
	is_int(strata_user_resolve(root, "1234", &u, &g, NULL, NULL, &err), 0, "uid in passwd");
	ok(u == 1234 && g == 2345, "takes that user's primary gid");
	is_int(strata_user_resolve(root, "4000", &u, &g, &groups, &ng, &err), 0,
	       "uid not in passwd");
	ok(u == 4000 && g == 0 && ng == 0, "gid 0, no groups");
	free(groups);
	is_int(strata_user_resolve(root, "4000:5000", &u, &g, NULL, NULL, &err), 0, "uid:gid");
	ok(u == 4000 && g == 5000, "both numbers as they are");
	is_int(strata_user_resolve(root, "1300:wheel", &u, &g, NULL, NULL, &err), 0, "uid:group");
	ok(u == 1300 && g == 10, "group name resolved");

	is_int(strata_user_resolve(root, "nobody2", &u, &g, NULL, NULL, &err), STRATA_ENOENT,
	       "unknown user");
	is_str(err ? err->msg : NULL, "unknown user 'nobody2'", "message names the user");
	is_int(strata_user_resolve(root, "bob:nogroup", &u, &g, NULL, NULL, &err), STRATA_ENOENT,
	       "unknown group");
	like(err ? err->msg : NULL, "unknown group 'nogroup'", "message names the group");
	static const char *const bad[] = {"", ":", "bob:", ":bobs", "bob:bobs:x"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		is_int(strata_user_resolve(root, bad[i], &u, &g, NULL, NULL, &err), STRATA_EINVAL,
		       "'%s' is invalid", bad[i]);
	strata_error_free(err);
	err = NULL;

	/* no /etc/passwd at all: numbers still work, names do not */
	const char *empty = tap_tmpdir();
	is_int(strata_user_resolve(empty, "10:20", &u, &g, NULL, NULL, &err), 0,
	       "numbers without passwd");
	ok(u == 10 && g == 20, "as given");
	is_int(strata_user_resolve(empty, "bob", &u, &g, NULL, NULL, &err), STRATA_ENOENT,
	       "names without passwd");
	strata_error_free(err);
	/* passwd is opened in the root: a link climbing out lands in the root */
	const char *linked = tap_tmpdir();
	put(linked, "realpasswd", "bob:x:1:1::/:/bin/sh\n", 0644);
	mkdirs(linked, "etc");
	put_link(linked, "etc/passwd", "../../../../../../../../realpasswd");
	err = NULL;
	is_int(strata_user_resolve(linked, "bob", &u, &g, NULL, NULL, &err), 0,
	       "passwd through a climbing symlink");
	ok(u == 1 && g == 1, "read from inside the root");
	is_int(strata_user_resolve(linked, "root", &u, &g, NULL, NULL, &err), STRATA_ENOENT,
	       "the host's passwd is never read");
	strata_error_free(err);
}

static void test_owners(void)
{
	struct fx f = fx_new();
	write_etc(f.dst);
	put(f.src, "dir/file", "f", 0644);
	AUTOFREE char *sf = at(f.src, "dir/file");
	AUTOFREE char *sd = at(f.src, "dir");
	chown(sf, 777, 888);
	chown(sd, 555, 666);
	put_link(f.src, "dir/link", "file");
	AUTOFREE char *sl = at(f.src, "dir/link");
	lchown(sl, 777, 888);

	struct strata_copy_opts o = {.sources = V("dir"), .dest = "/new/a", .chmod = -1};
	struct stat st;
	is_int(copy_opts(&f, &o), 0, "copy without chown, keep_owner off");
	lstat_at(f.dst, "new/a/file", &st);
	ok(st.st_uid == 0 && st.st_gid == 0, "file 0:0");
	lstat_at(f.dst, "new/a/link", &st);
	ok(st.st_uid == 0 && st.st_gid == 0, "symlink 0:0");

	o.keep_owner = 1;
	o.dest = "/kept";
	is_int(copy_opts(&f, &o), 0, "keep_owner on");
	lstat_at(f.dst, "kept/file", &st);
	ok(st.st_uid == 777 && st.st_gid == 888, "file keeps the source owner");
	lstat_at(f.dst, "kept/link", &st);
	ok(st.st_uid == 777 && st.st_gid == 888, "symlink keeps the source owner");
	lstat_at(f.dst, "kept", &st);
	ok(st.st_uid == 0 && st.st_gid == 0 && (st.st_mode & 07777) == 0755,
	   "dest made for a dir's contents is 0755 root's, not the source dir's (BuildKit)");

	o.chown = "bob";
	o.dest = "/byname/deep/dir";
	is_int(copy_opts(&f, &o), 0, "chown by name wins over keep_owner");
	lstat_at(f.dst, "byname/deep/dir/file", &st);
	ok(st.st_uid == 1234 && st.st_gid == 2345, "file owned per dest_root's passwd");
	lstat_at(f.dst, "byname/deep/dir/link", &st);
	ok(st.st_uid == 1234 && st.st_gid == 2345, "symlink too");
	lstat_at(f.dst, "byname", &st);
	ok(st.st_uid == 1234 && st.st_gid == 2345, "created parents too");
	is_int(st.st_mode & 07777, 0755, "created parents are 0755");

	o.chown = "4000:extra";
	o.dest = "/bynum";
	is_int(copy_opts(&f, &o), 0, "chown uid:group");
	lstat_at(f.dst, "bynum/file", &st);
	ok(st.st_uid == 4000 && st.st_gid == 3000, "numeric uid, named group");

	/* what BuildKit's file op makes of each (checked with docker 20.10) */
	static const struct {
		const char *spec, *dest;
		uid_t uid;
		gid_t gid;
		const char *what;
	} owners[] = {
	        {"4000", "/n1", 4000, 4000, "a number is the uid and the gid"},
	        {"1234", "/n2", 1234, 1234, "even when passwd gives that uid another group"},
	        {"alice", "/n3", 1300, 1300, "a name: its passwd uid and primary gid"},
	        {"nobody2", "/n4", 0, 0, "an unknown name is 0:0, no error"},
	        {"4000:nosuch", "/n5", 4000, 4000, "an unknown group leaves the gid"},
	        {"bob:nosuch", "/n6", 1234, 2345, "an unknown group leaves the primary gid"},
	        {":extra", "/n7", 0, 3000, "no user: uid 0"},
	        {"bob:", "/n8", 1234, 2345, "an empty group is no group"},
	        {"bob:11", "/n9", 1234, 11, "a numeric group"},
	};
	for (size_t i = 0; i < sizeof owners / sizeof *owners; i++) {
		o.chown = owners[i].spec;
		o.dest = owners[i].dest;
		is_int(copy_opts(&f, &o), 0, "chown %s", owners[i].spec);
		AUTOFREE char *file = xasprintf("%s/file", owners[i].dest + 1);
		lstat_at(f.dst, file, &st);
		ok(st.st_uid == owners[i].uid && st.st_gid == owners[i].gid, "%s (%s: %d:%d)",
		   owners[i].what, owners[i].spec, (int)st.st_uid, (int)st.st_gid);
	}
	fx_free(&f);
}

/* a name needs the file to look it up in: BuildKit fails to open it */
static void test_owners_no_etc(void)
{
	struct fx f = fx_new();
	put(f.src, "file", "f", 0644);
	struct strata_copy_opts o = {
	        .sources = V("file"), .dest = "/x", .chmod = -1, .chown = "7:8"};
	is_int(copy_opts(&f, &o), 0, "numbers need no /etc");
	struct strata_error *err = NULL;
	o.chown = "bob";
	is_int(strata_copy(f.src, f.dst, &o, &err), STRATA_ENOENT,
	       "a user name with no /etc/passwd");
	like(err ? err->msg : NULL, "chown to 'bob': open '/etc/passwd'",
	     "names the user and the file");
	strata_error_free(err);
	err = NULL;
	o.chown = "7:grp";
	is_int(strata_copy(f.src, f.dst, &o, &err), STRATA_ENOENT,
	       "a group name with no /etc/group");
	like(err ? err->msg : NULL, "chown to 'grp': open '/etc/group'",
	     "names the group and the file");
	strata_error_free(err);
	fx_free(&f);
}

static void test_chmod_and_links(void)
{
	struct fx f = fx_new();
	put(f.src, "dir/a", "a", 0644);
	put(f.src, "dir/sub/b", "b", 0600);
	AUTOFREE char *a = at(f.src, "dir/a");
	AUTOFREE char *h = at(f.src, "dir/sub/hard");
	link(a, h);
	put_link(f.src, "dir/sym", "a");

	struct strata_copy_opts o = {.sources = V("dir"), .dest = "/m", .chmod = 0750};
	is_int(copy_opts(&f, &o), 0, "copy with chmod");
	struct stat st, st2;
	lstat_at(f.dst, "m/a", &st);
	is_int(st.st_mode & 07777, 0750, "chmod on files");
	lstat_at(f.dst, "m/sub", &st);
	is_int(st.st_mode & 07777, 0750, "chmod on dirs");
	lstat_at(f.dst, "m/sym", &st);
	ok(S_ISLNK(st.st_mode), "symlink still a symlink");

	lstat_at(f.dst, "m/a", &st);
	lstat_at(f.dst, "m/sub/hard", &st2);
	ok(st.st_ino == st2.st_ino, "hard links preserved");
	is_int(st.st_nlink, 2, "link count 2");

	/* hard links between two top-level sources */
	is_int(copy(&f, V("dir/a", "dir/sub/hard"), "/top/", NULL), 0, "two sources, one inode");
	lstat_at(f.dst, "top/a", &st);
	lstat_at(f.dst, "top/hard", &st2);
	ok(st.st_ino == st2.st_ino, "linked in the destination too");

	o.chmod = 010000;
	struct strata_error *err = NULL;
	is_int(strata_copy(f.src, f.dst, &o, &err), STRATA_EINVAL, "chmod out of range");
	strata_error_free(err);
	fx_free(&f);
}

static void test_special_files(void)
{
	struct fx f = fx_new();
	AUTOFREE char *fifo = at(f.src, "d/fifo");
	AUTOFREE char *dev = at(f.src, "d/null");
	mkdirs(f.src, "d");
	mkfifo(fifo, 0640);
	int have_dev = mknod(dev, S_IFCHR | 0666, makedev(1, 3)) == 0;
	is_int(copy(&f, V("d"), "/s", NULL), 0, "copy a fifo and a device");
	struct stat st;
	ok(lstat_at(f.dst, "s/fifo", &st) == 0 && S_ISFIFO(st.st_mode), "fifo recreated");
	is_int(st.st_mode & 07777, 0640, "with its mode");
	if (have_dev) {
		ok(lstat_at(f.dst, "s/null", &st) == 0 && S_ISCHR(st.st_mode) &&
		           major(st.st_rdev) == 1 && minor(st.st_rdev) == 3,
		   "char device recreated with its numbers");
	} else {
		ok(1, "# SKIP mknod not permitted here");
	}

	/* xattrs: user.* kept, trusted.* not */
	put(f.src, "x/file", "x", 0644);
	AUTOFREE char *xf = at(f.src, "x/file");
	if (setxattr(xf, "user.strata", "yes", 3, 0) < 0) {
		ok(1, "# SKIP no user xattrs on this filesystem");
	} else {
		setxattr(xf, "trusted.strata", "host", 4, 0);
		is_int(copy(&f, V("x"), "/x", NULL), 0, "copy with xattrs");
		AUTOFREE char *df = at(f.dst, "x/file");
		char v[16] = {0};
		is_int(getxattr(df, "user.strata", v, sizeof v), 3, "user xattr kept");
		is_str(v, "yes", "with its value");
		ok(getxattr(df, "trusted.strata", v, sizeof v) < 0, "trusted xattr not copied");
	}
	fx_free(&f);
}

static void test_excludes(void)
{
	struct fx f = fx_new();
	put_files(f.src, V("dir/x", "x", "dir/a.log", "log", "dir/sub/y", "y", "dir/sub/keep.txt",
	                   "keep", "dir/gone/z", "z", "top.log", "log"));
	struct strata_copy_opts o = {
	        .sources = V("dir"),
	        .dest = "/e",
	        .chmod = -1,
	        .excludes = V("dir/*.log", "dir/sub", "!dir/sub/keep.txt", "dir/gone"),
	};
	is_int(copy_opts(&f, &o), 0, "copy with excludes");
	ok(exists(f.dst, "e/x"), "unexcluded file copied");
	ok(!exists(f.dst, "e/a.log"), "excluded file skipped");
	ok(!exists(f.dst, "e/sub/y"), "file in an excluded dir skipped");
	ok(exists(f.dst, "e/sub/keep.txt"), "'!' re-includes inside an excluded dir");
	ok(!exists(f.dst, "e/gone"), "excluded dir skipped whole");

	/* an excluded source is not there, as in docker's context */
	o.sources = V("top.log");
	o.excludes = V("*.log");
	o.dest = "/t";
	struct strata_error *err = NULL;
	is_int(strata_copy(f.src, f.dst, &o, &err), STRATA_ENOENT, "excluded source not found");
	strata_error_free(err);
	err = NULL;
	o.sources = V("*");
	is_int(copy_opts(&f, &o), 0, "glob skips excluded matches");
	ok(!exists(f.dst, "t/top.log"), "excluded match not copied");
	ok(exists(f.dst, "t/x"), "the rest copied");

	/* the source dir itself excluded, with an exception inside */
	o.sources = V("dir");
	o.dest = "/r";
	o.excludes = V("dir", "!dir/sub/keep.txt");
	is_int(copy_opts(&f, &o), 0, "excluded source dir with an exception");
	ok(exists(f.dst, "r/sub/keep.txt"), "the exception is copied");
	ok(!exists(f.dst, "r/x") && !exists(f.dst, "r/sub/y"), "nothing else");

	o.excludes = V("[");
	is_int(strata_copy(f.src, f.dst, &o, &err), STRATA_EINVAL, "bad exclude pattern");
	strata_error_free(err);
	fx_free(&f);
}

/* --- the cache key ------------------------------------------------------- */

static int digest_of(const char *src, const struct strata_copy_opts *o, char out[STRATA_DIGEST_LEN])
{
	struct strata_error *err = NULL;
	int r = strata_copy_digest(src, o, out, &err);
	if (r < 0)
		diag("digest failed: %s", err ? err->msg : "?");
	strata_error_free(err);
	return r;
}

static void make_tree(const char *root)
{
	put(root, "app/main.c", "int main;", 0644);
	put(root, "app/lib/util.c", "util", 0600);
	put_link(root, "app/lnk", "main.c");
	AUTOFREE char *m = at(root, "app/main.c");
	AUTOFREE char *h = at(root, "app/lib/hard");
	link(m, h);
}

static void test_digest(void)
{
	const char *t1 = tap_tmpdir();
	const char *t2 = tap_tmpdir();
	AUTOFREE char *a = at(t1, "a");
	AUTOFREE char *b = at(t2, "deeper/b");
	util_mkdir_p(a, 0755);
	util_mkdir_p(b, 0755);
	make_tree(a);
	make_tree(b);
	set_mtime(a, "app/main.c", 1000);
	set_mtime(b, "app/main.c", 2000);
	set_mtime(b, "app", 3000);
	struct strata_copy_opts o = {.sources = V("app"), .dest = "/srv", .chmod = -1};
	char d1[STRATA_DIGEST_LEN], d2[STRATA_DIGEST_LEN], d3[STRATA_DIGEST_LEN];
	is_int(digest_of(a, &o, d1), 0, "digest");
	like(d1, "sha256:", "an OCI-style digest");
	is_int(strlen(d1), STRATA_DIGEST_LEN - 1, "of full length");
	is_int(digest_of(b, &o, d2), 0, "digest elsewhere");
	is_str(d2, d1, "same tree at other paths and mtimes: same digest");

	put(b, "app/lib/util.c", "utiL", 0600);
	digest_of(b, &o, d2);
	ok(strcmp(d1, d2) != 0, "one byte changed: different digest");
	put(b, "app/lib/util.c", "util", 0600);
	digest_of(b, &o, d2);
	is_str(d2, d1, "changed back: same again");

	AUTOFREE char *u = at(b, "app/lib/util.c");
	chmod(u, 0644);
	digest_of(b, &o, d2);
	ok(strcmp(d1, d2) != 0, "a mode change: different digest");
	chmod(u, 0600);

	o.chmod = 0644;
	digest_of(a, &o, d3);
	ok(strcmp(d1, d3) != 0, "chmod option: different digest");
	o.chmod = -1;

	AUTOFREE char *mc = at(a, "app/main.c");
	chown(mc, 42, 42);
	digest_of(a, &o, d3);
	is_str(d3, d1, "source owner ignored without keep_owner");
	o.keep_owner = 1;
	digest_of(a, &o, d3);
	ok(strcmp(d1, d3) != 0, "source owner counts with keep_owner");
	o.keep_owner = 0;
	o.chown = "bob";
	digest_of(a, &o, d3);
	ok(strcmp(d1, d3) != 0, "chown spec counts");
	o.chown = NULL;

	o.excludes = V("app/lib/util.c");
	digest_of(a, &o, d3);
	ok(strcmp(d1, d3) != 0, "excludes change what is hashed");
	o.excludes = NULL;

	put_link(b, "app/lnk2", "x");
	digest_of(b, &o, d2);
	ok(strcmp(d1, d2) != 0, "an added symlink: different digest");

	/* renaming one file: the name is dest's, so only the bytes count */
	o.sources = V("app/main.c");
	o.dest = "/one";
	digest_of(a, &o, d1);
	o.sources = V("app/lib/hard");
	digest_of(a, &o, d2);
	is_str(d2, d1, "same bytes renamed to the same dest: same digest");
	o.dest = "/dir/";
	digest_of(a, &o, d2);
	ok(strcmp(d1, d2) != 0, "copied by its own name into a dir: different");

	o.sources = V("nothing");
	struct strata_error *err = NULL;
	is_int(strata_copy_digest(a, &o, d1, &err), STRATA_ENOENT,
	       "digest of a missing source is ENOENT");
	like(err ? err->msg : NULL, "'nothing'", "naming the source");
	strata_error_free(err);
}

/* --- ADD: archives ---------------------------------------------------------- */

/* One entry of a test archive: type 'd', 'f', 'l' (symlink), 'h' (hard
 * link); for 'l' and 'h' text is the target. */
struct tent {
	char type;
	const char *path;
	const char *text;
	int uid;
};

/* Write a tar (gzip-compressed when gz) of ents at dir/rel. */
static void put_tar(const char *dir, const char *rel, const struct tent *ents, size_t n, int gz)
{
	AUTOFREE char *p = at(dir, rel);
	struct archive *a = archive_write_new();
	if (gz)
		archive_write_add_filter_gzip(a);
	archive_write_set_format_pax_restricted(a);
	if (archive_write_open_filename(a, p) != ARCHIVE_OK)
		diag("open %s: %s", p, archive_error_string(a));
	for (size_t i = 0; i < n; i++) {
		struct archive_entry *e = archive_entry_new();
		archive_entry_set_pathname(e, ents[i].path);
		archive_entry_set_uid(e, (la_int64_t)ents[i].uid);
		archive_entry_set_gid(e, (la_int64_t)ents[i].uid);
		archive_entry_set_mtime(e, 1000000, 0);
		size_t len = 0;
		switch (ents[i].type) {
		case 'd':
			archive_entry_set_filetype(e, AE_IFDIR);
			archive_entry_set_perm(e, 0750);
			break;
		case 'l':
			archive_entry_set_filetype(e, AE_IFLNK);
			archive_entry_set_symlink(e, ents[i].text);
			break;
		case 'h':
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_hardlink(e, ents[i].text);
			break;
		default:
			len = strlen(ents[i].text);
			archive_entry_set_filetype(e, AE_IFREG);
			archive_entry_set_perm(e, 0640);
			archive_entry_set_size(e, (la_int64_t)len);
		}
		if (archive_write_header(a, e) != ARCHIVE_OK)
			diag("tar header %s: %s", ents[i].path, archive_error_string(a));
		if (len)
			archive_write_data(a, ents[i].text, len);
		archive_entry_free(e);
	}
	archive_write_close(a);
	archive_write_free(a);
}

static int unpack_copy(const struct fx *f, const char *const *sources, const char *dest,
                       const char *chown, char **msg)
{
	struct strata_copy_opts o = {
	        .sources = sources, .dest = dest, .chmod = -1, .unpack = 1, .chown = chown};
	return copy_msg(f, &o, msg);
}

static void test_unpack(void)
{
	struct fx f = fx_new();
	const struct tent tree[] = {
	        {'d', "d/", NULL, 1234},          {'f', "d/f", "inside", 1234},
	        {'h', "d/h", "d/f", 1234},        {'f', "./top", "top", 0},
	        {'d', "real/", NULL, 0},          {'l', "etc", "/real", 0},
	        {'f', "etc/evil", "confined", 0}, {'l', "abs", "/d/f", 0},
	};
	put_tar(f.src, "t.tar.gz", tree, sizeof tree / sizeof tree[0], 1);
	is_int(unpack_copy(&f, V("t.tar.gz"), "/out", NULL, NULL), 0, "unpack: a .tar.gz");
	AUTOFREE char *in = slurp(f.dst, "out/d/f");
	is_str(in, "inside", "unpack: extracted into dest (a directory, no trailing slash needed)");
	ok(!exists(f.dst, "out/t.tar.gz"), "unpack: the archive itself is not copied");
	struct stat a, b;
	lstat_at(f.dst, "out/d/f", &a);
	is_int(a.st_uid, 1234, "unpack: the archive's owners are kept");
	is_int(a.st_mode & 07777, 0640, "unpack: and its modes");
	is_int(a.st_mtime, 1000000, "unpack: and its mtimes");
	lstat_at(f.dst, "out/d", &b);
	is_int(b.st_mode & 07777, 0750, "unpack: directory modes");
	is_int(b.st_mtime, 1000000, "unpack: directory times, set last");
	lstat_at(f.dst, "out/d/h", &b);
	ok(a.st_ino == b.st_ino, "unpack: hard links stay links");
	AUTOFREE char *conf = slurp(f.dst, "out/real/evil");
	is_str(conf, "confined",
	       "unpack: a symlink in the archive resolves inside the destination");
	ok(!exists("/", "real/evil") && !exists(f.tmp, "real"), "unpack: never outside it");
	AUTOFREE char *top = slurp(f.dst, "out/top");
	is_str(top, "top", "unpack: ./ prefixes dropped");

	is_int(unpack_copy(&f, V("t.tar.gz"), "/own/", "7:8", NULL), 0, "unpack with chown");
	lstat_at(f.dst, "own/d/f", &a);
	ok(a.st_uid == 1234 && a.st_gid == 1234,
	   "unpack: --chown leaves the archive's owners (docker 20.10)");
	lstat_at(f.dst, "own", &a);
	ok(a.st_uid == 7 && a.st_gid == 8, "unpack: but owns the dest dir it makes");

	struct strata_copy_opts co = {
	        .sources = V("t.tar.gz"), .dest = "/mode/", .chmod = 0600, .unpack = 1};
	is_int(copy_opts(&f, &co), 0, "unpack with chmod");
	lstat_at(f.dst, "mode/d/f", &a);
	is_int(a.st_mode & 07777, 0640,
	       "unpack: ADD --chmod leaves extracted modes alone (docker)");

	put(f.src, "plain.gz", "not a tar", 0644);
	is_int(unpack_copy(&f, V("plain.gz"), "/plain", NULL, NULL), 0, "a file that is no tar");
	AUTOFREE char *plain = slurp(f.dst, "plain");
	is_str(plain, "not a tar", "unpack: a non-archive is copied as it is");
	put_tar(f.src, "empty.tar", NULL, 0, 0);
	is_int(unpack_copy(&f, V("empty.tar"), "/empty.tar", NULL, NULL), 0, "an empty tar");
	ok(lstat_at(f.dst, "empty.tar", &a) == 0 && S_ISREG(a.st_mode),
	   "unpack: an empty tar is a file, as in docker");
	fx_free(&f);

	/* docker's chrooted untar: what it does is checked with the
	 * sem-add-tar-* conformance cases */
	f = fx_new();
	const struct tent dots[] = {{'f', "ok", "x", 0},
	                            {'f', "a/../../escape", "e", 0},
	                            {'f', "../up", "u", 0},
	                            {'f', "/abs", "a", 0}};
	put_tar(f.src, "dots.tar", dots, 4, 0);
	is_int(unpack_copy(&f, V("dots.tar"), "/x/", NULL, NULL), 0,
	       "unpack: entries with .. are cleaned against the destination");
	ok(exists(f.dst, "x/escape") && exists(f.dst, "x/up") && exists(f.dst, "x/abs"),
	   "and land inside it, as in docker");
	ok(!exists(f.dst, "x/a") && !exists(f.tmp, "escape") && !exists(f.dst, "escape") &&
	           !exists(f.dst, "up"),
	   "nothing outside, no dir for a/..");

	const struct tent clash[] = {{'f', "sub", "file over dir", 0},
	                             {'d', "file/", NULL, 0},
	                             {'f', "file/in", "in", 0},
	                             {'f', "keep/new", "new", 0}};
	put_tar(f.src, "clash.tar", clash, 4, 0);
	mkdirs(f.dst, "y/sub/keep/deep");
	put(f.dst, "y/sub/keep/deep/f", "old", 0644);
	put(f.dst, "y/file", "old file", 0644);
	put(f.dst, "y/keep/old", "old", 0644);
	is_int(unpack_copy(&f, V("clash.tar"), "/y", NULL, NULL), 0,
	       "unpack: entries over what is there of another type");
	AUTOFREE char *sub = slurp(f.dst, "y/sub");
	is_str(sub, "file over dir", "a file replaces a whole directory");
	AUTOFREE char *fin = slurp(f.dst, "y/file/in");
	is_str(fin, "in", "a directory replaces a file");
	ok(exists(f.dst, "y/keep/old") && exists(f.dst, "y/keep/new"),
	   "a directory over a directory is merged");

	const struct tent dangling[] = {{'l', "own", "/nowhere", 0}, {'f', "own/h", "h", 0}};
	put_tar(f.src, "dangling.tar", dangling, 2, 0);
	char *msg = NULL;
	is_int(unpack_copy(&f, V("dangling.tar"), "/z/", NULL, &msg), STRATA_ENOENT,
	       "unpack: an entry below a dangling symlink fails, as in docker");
	like(msg, "open 'own/h': no such file or directory", "naming the entry");
	free(msg);
	ok(!exists(f.dst, "nowhere") && !exists(f.dst, "z/nowhere"), "nothing made for it");
	fx_free(&f);
}

static void test_unpack_digest(void)
{
	struct fx f = fx_new();
	const struct tent one[] = {{'f', "a", "one", 0}};
	const struct tent two[] = {{'f', "a", "two", 0}};
	put_tar(f.src, "x.tar", one, 1, 0);
	struct strata_copy_opts o = {.sources = V("x.tar"), .dest = "/d/", .chmod = -1};
	char plain[STRATA_DIGEST_LEN], d1[STRATA_DIGEST_LEN], d2[STRATA_DIGEST_LEN];
	digest_of(f.src, &o, plain);
	o.unpack = 1;
	is_int(digest_of(f.src, &o, d1), 0, "digest of an unpacked archive");
	ok(strcmp(plain, d1) != 0, "unpacking changes the digest");
	put_tar(f.src, "x.tar", two, 1, 0);
	digest_of(f.src, &o, d2);
	ok(strcmp(d1, d2) != 0, "the archive's bytes count");
	o.chown = "1:1";
	digest_of(f.src, &o, d1);
	ok(strcmp(d1, d2) != 0, "so does --chown");
	put(f.src, "t.txt", "text", 0644);
	o.sources = V("t.txt");
	o.chown = NULL;
	digest_of(f.src, &o, d1);
	o.unpack = 0;
	digest_of(f.src, &o, d2);
	is_str(d1, d2, "unpack of a non-archive: the plain copy's digest");
	fx_free(&f);
}

/* --- COPY --parents ------------------------------------------------------------ */

static void test_parents(void)
{
	struct fx f = fx_new();
	put_files(f.src, V("a/b/c.txt", "c", "a/b/d.txt", "d", "a/e.md", "e", "x/y/z.txt", "z"));
	AUTOFREE char *ab = at(f.src, "a/b");
	chmod(ab, 0700);
	struct strata_copy_opts o = {.sources = V("a/b/*.txt", "x/./y/z.txt", "a/e.md"),
	                             .dest = "/dst",
	                             .chmod = -1,
	                             .parents = 1};
	is_int(copy_opts(&f, &o), 0, "copy --parents");
	AUTOFREE char *c = slurp(f.dst, "dst/a/b/c.txt");
	AUTOFREE char *d = slurp(f.dst, "dst/a/b/d.txt");
	AUTOFREE char *e = slurp(f.dst, "dst/a/e.md");
	is_str(c, "c", "--parents: a glob's matches keep their paths");
	is_str(d, "d", "--parents: every match");
	is_str(e, "e", "--parents: a plain file too");
	AUTOFREE char *z = slurp(f.dst, "dst/y/z.txt");
	is_str(z, "z", "--parents: the path after /./ is kept");
	ok(!exists(f.dst, "dst/x"), "--parents: not what comes before /./");
	struct stat st;
	lstat_at(f.dst, "dst/a/b", &st);
	is_int(st.st_mode & 07777, 0700,
	       "--parents: directories on the way are copied, modes and all");

	o.sources = V("a/b");
	o.dest = "/tree/";
	is_int(copy_opts(&f, &o), 0, "copy --parents of a directory");
	AUTOFREE char *t = slurp(f.dst, "tree/a/b/c.txt");
	is_str(t, "c", "--parents: a directory lands at its own path, contents and all");

	char d1[STRATA_DIGEST_LEN], d2[STRATA_DIGEST_LEN];
	digest_of(f.src, &o, d1);
	o.parents = 0;
	digest_of(f.src, &o, d2);
	ok(strcmp(d1, d2) != 0, "--parents changes the digest");
	fx_free(&f);
}

static int open_fds(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/fd");
	while (d && readdir(d))
		n++;
	if (d)
		closedir(d);
	return n;
}

int main(void)
{
	if (geteuid() != 0)
		skip_all("needs root (chown, mknod)");
	int fds = open_fds();
	test_file_to_file();
	test_file_into_dir();
	test_dir_contents();
	test_several_and_globs();
	test_go_globs();
	test_source_symlink_escape();
	test_dest_symlink_escape();
	test_open_mkdir_in_root();
	test_user_resolve();
	test_owners();
	test_owners_no_etc();
	test_chmod_and_links();
	test_special_files();
	test_excludes();
	test_digest();
	test_unpack();
	test_unpack_digest();
	test_parents();
	is_int(open_fds(), fds, "no file descriptor leaked");
	return done_testing();
}
