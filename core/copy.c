/* strata: COPY semantics between two roots (see include/strata/copy.h).
 *
 * Every path inside a root is looked up with root.c's openat2
 * (RESOLVE_IN_ROOT); everything else works on directory fds and single names
 * (mkdirat, openat with O_NOFOLLOW, linkat ...). No code here joins a root's
 * host path with a path from inside it.
 *
 * strata_copy and strata_copy_digest share one selection walk (copy_walk):
 * the first writes what the walk visits, the second hashes it, so the cache
 * key describes exactly what a copy would write. */
#include "strata/copy.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <limits.h>
#include <linux/openat2.h>
#include <openssl/evp.h>
#include <search.h>
#include <stdint.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "copy_private.h"
#include "statcache_private.h"
#include "strata/error.h"
#include "strata/ignore.h"
#include "util.h"

/* --- selecting what to copy ---------------------------------------------- */

struct strv {
	char **v; /* NULL-terminated once anything was added */
	size_t n;
};

static void strv_take(struct strv *s, char *str)
{
	s->v = xrealloc(s->v, (s->n + 2) * sizeof(*s->v));
	s->v[s->n++] = str;
	s->v[s->n] = NULL;
}

/* A source as Docker reads it: relative to the root, never above it. */
static char *source_clean(const char *src)
{
	AUTOFREE char *abs = xasprintf("/%s", src);
	char *c = util_path_clean(abs);
	if (!c[1]) {
		free(c);
		return xstrdup(".");
	}
	memmove(c, c + 1, strlen(c));
	return c;
}

static int has_glob(const char *s)
{
	for (; *s; s++) {
		if (*s == '\\' && s[1])
			s++;
		else if (*s == '*' || *s == '?' || *s == '[')
			return 1;
	}
	return 0;
}

static char *path_child(const char *dir, const char *name)
{
	return strcmp(dir, ".") == 0 ? xstrdup(name) : xasprintf("%s/%s", dir, name);
}

/* Whether rel exists in the source and survives the excludes: an excluded
 * directory still counts when an exception may re-include something in it
 * (the build context would hold it). */
static int source_visible(int srcfd, const struct strata_ignore *ig, const char *rel)
{
	AUTOCLOSE int fd = root_open(srcfd, rel, O_PATH, 0);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		return 0;
	if (!strata_ignore_match(ig, rel))
		return 1;
	return S_ISDIR(st.st_mode) && strata_ignore_may_reinclude(ig, rel);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in a directory, sorted bytewise so every host walks alike.
 * -1 and errno on failure. */
static int dir_names(int dirfd, struct strv *out)
{
	int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		errno = e;
		return -1;
	}
	struct dirent *de;
	for (errno = 0; (de = readdir(d)); errno = 0)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			strv_take(out, xstrdup(de->d_name));
	int e = errno;
	closedir(d);
	if (e) {
		errno = e;
		return -1;
	}
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), name_cmp);
	return 0;
}

/* Expand one cleaned source into out, a glob per path component ("*" does
 * not cross "/", and matches names starting with "." as Go's filepath.Match
 * does), matches in sorted order. */
static void source_expand(int srcfd, const struct strata_ignore *ig, const char *src,
                          struct strv *out)
{
	struct strv cur = {0};
	strv_take(&cur, xstrdup("."));
	for (const char *p = src; *p;) {
		size_t len = strcspn(p, "/");
		AUTOFREE char *comp = xstrndup(p, len);
		p += len + (p[len] == '/');
		if (!strcmp(comp, "."))
			continue;
		struct strv next = {0};
		for (size_t i = 0; i < cur.n; i++) {
			if (!has_glob(comp)) {
				strv_take(&next, path_child(cur.v[i], comp));
				continue;
			}
			AUTOCLOSE int fd = root_open(srcfd, cur.v[i], O_PATH | O_DIRECTORY, 0);
			struct strv names = {0};
			if (fd >= 0 && dir_names(fd, &names) == 0) {
				for (size_t k = 0; k < names.n; k++) {
					if (fnmatch(comp, names.v[k], 0) != 0)
						continue;
					char *m = path_child(cur.v[i], names.v[k]);
					if (source_visible(srcfd, ig, m))
						strv_take(&next, m);
					else
						free(m);
				}
			}
			util_strv_free(names.v);
		}
		util_strv_free(cur.v);
		cur = next;
	}
	for (size_t i = 0; i < cur.n; i++) {
		if (source_visible(srcfd, ig, cur.v[i]))
			strv_take(out, steal_pointer(&cur.v[i]));
	}
	for (size_t i = 0; i < cur.n; i++)
		free(cur.v[i]);
	free(cur.v);
}

/* What a copy would do, worked out from the source root and opts alone. */
struct copy_plan {
	int srcfd;
	struct strata_ignore *ig;
	struct strv matches;
	/* per match: --parents keeps its path below this prefix ("" for the
	 * root); unpack: it is an archive to extract */
	char **pivots;
	int *archives;
	int into;       /* dest names a directory the sources go into */
	int single_dir; /* !into: the one match is a directory */
};

static void copy_plan_release(struct copy_plan *p)
{
	if (p->srcfd >= 0)
		close(p->srcfd);
	strata_ignore_free(p->ig);
	for (size_t i = 0; p->pivots && i < p->matches.n; i++)
		free(p->pivots[i]);
	free(p->pivots);
	free(p->archives);
	util_strv_free(p->matches.v);
}

/* COPY --parents: "a/./b/x" keeps the path from after "/./" (BuildKit's
 * pivot), anything else the whole path. *pattern is what to match. */
static char *parents_pivot(const char *src, char **pattern)
{
	const char *mark = strstr(src, "/./");
	if (!mark) {
		*pattern = source_clean(src);
		return xstrdup("");
	}
	AUTOFREE char *pivot = xstrndup(src, (size_t)(mark - src));
	AUTOFREE char *full = xasprintf("%s/%s", pivot, mark + 3);
	*pattern = source_clean(full);
	char *c = source_clean(pivot);
	if (!strcmp(c, "."))
		c[0] = '\0';
	return c;
}

/* Which matches are archives to extract (opts->unpack). */
static int plan_archives(struct copy_plan *p, struct strata_error **err)
{
	p->archives = xzalloc((p->matches.n + 1) * sizeof(*p->archives));
	for (size_t i = 0; i < p->matches.n; i++) {
		AUTOCLOSE int fd =
		        root_open(p->srcfd, p->matches.v[i], O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
		struct stat st;
		if (fd < 0 || fstat(fd, &st) < 0)
			return strata_error_set(err, root_code(errno), errno, "open '%s'",
			                        p->matches.v[i]);
		if (!S_ISREG(st.st_mode))
			continue;
		int a = unpack_is_archive(fd);
		if (a < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read '%s'",
			                        p->matches.v[i]);
		p->archives[i] = a;
	}
	return 0;
}

/* A trailing "/" (or "/.") makes dest a directory whatever it holds. */
static int dest_names_dir(const char *dest)
{
	size_t n = strlen(dest);
	return n == 0 || dest[n - 1] == '/' || !strcmp(dest, ".") ||
	       (n >= 2 && !strcmp(dest + n - 2, "/."));
}

static int copy_plan_init(struct copy_plan *p, const char *src_root,
                          const struct strata_copy_opts *opts, struct strata_error **err)
{
	*p = (struct copy_plan){.srcfd = -1};
	if (!opts || !opts->sources || !opts->sources[0] || !opts->dest)
		return strata_error_set(err, STRATA_EINVAL, 0, "copy: no source or no destination");
	if (opts->chmod < -1 || opts->chmod > 07777)
		return strata_error_set(err, STRATA_EINVAL, 0, "copy: invalid chmod %#o",
		                        (unsigned)opts->chmod);
	int r = root_fd(src_root, &p->srcfd, err);
	if (r < 0 || (r = strata_ignore_new(opts->excludes, &p->ig, err)) < 0)
		return r;
	for (const char *const *s = opts->sources; *s; s++) {
		AUTOFREE char *clean = NULL;
		AUTOFREE char *pivot = opts->parents ? parents_pivot(*s, &clean) : NULL;
		if (!clean)
			clean = source_clean(*s);
		size_t before = p->matches.n;
		source_expand(p->srcfd, p->ig, clean, &p->matches);
		if (p->matches.n == before)
			return strata_error_set(err, STRATA_ENOENT, 0,
			                        "copy '%s': no such file or directory", *s);
		if (opts->parents) {
			p->pivots = xrealloc(p->pivots, (p->matches.n + 1) * sizeof(*p->pivots));
			for (size_t i = before; i < p->matches.n; i++)
				p->pivots[i] = xstrdup(pivot);
		}
	}
	if (opts->unpack && (r = plan_archives(p, err)) < 0)
		return r;
	/* --parents and an archive to extract both need a directory */
	p->into = dest_names_dir(opts->dest) || opts->sources[1] || p->matches.n > 1 ||
	          opts->parents || (p->archives && p->archives[0]);
	if (!p->into) {
		AUTOCLOSE int fd = root_open(p->srcfd, p->matches.v[0], O_PATH, 0);
		struct stat st;
		if (fd < 0 || fstat(fd, &st) < 0)
			return strata_error_set(err, root_code(errno), errno, "stat '%s'",
			                        p->matches.v[0]);
		p->single_dir = S_ISDIR(st.st_mode);
	}
	return 0;
}

/* --- the walk both copy and digest make ---------------------------------- */

struct copy_entry {
	const char *src;      /* relative to the source root */
	const char *dst;      /* relative to the destination: "." is dest itself */
	const char *name;     /* dst's last component */
	int depth;            /* 0 for a matched source itself */
	struct stat st;       /* lstat, except a source itself is followed */
	int fd;               /* regular files and dirs: open for reading; else -1 */
	const char *link;     /* symlinks: the target, unchanged */
	const char *hardlink; /* dst of an earlier entry on the same inode */
	int archive;          /* a source to extract into dest (unpack) */
	int dirfd;            /* lazy walk: a regular file's directory (fd is -1) */
};

/* Called for each entry in walk order; for a directory a second time, with
 * leaving set, after everything inside it. */
typedef int (*copy_visit_fn)(void *ctx, const struct copy_entry *e, int leaving,
                             struct strata_error **err);

struct copy_walk {
	const struct copy_plan *plan;
	copy_visit_fn visit;
	void *ctx;
	int lazy;     /* leave regular files closed (the digest opens what it must) */
	void *inodes; /* tsearch tree of struct copy_inode: hard links */
};

struct copy_frame {
	struct copy_frame *up;
	struct copy_entry e;
	int entered;
};

struct copy_inode {
	dev_t dev;
	ino_t ino;
	char *dst;
};

static int inode_cmp(const void *a, const void *b)
{
	const struct copy_inode *x = a, *y = b;
	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	return x->ino < y->ino ? -1 : x->ino > y->ino;
}

static void inode_free(void *p)
{
	struct copy_inode *n = p;
	free(n->dst);
	free(n);
}

/* Note a multiply-linked inode; a later entry on it becomes a hard link. */
static void walk_hardlink(struct copy_walk *w, struct copy_entry *e)
{
	struct copy_inode key = {e->st.st_dev, e->st.st_ino, NULL};
	struct copy_inode **found = tfind(&key, &w->inodes, inode_cmp);
	if (found) {
		if (strcmp((*found)->dst, e->dst) != 0)
			e->hardlink = (*found)->dst;
		return;
	}
	struct copy_inode *n = xmalloc(sizeof(*n));
	*n = key;
	n->dst = xstrdup(e->dst);
	if (!tsearch(n, &w->inodes, inode_cmp))
		abort(); /* only fails for memory, like xmalloc */
}

/* Visit f, first visiting the excluded parents walked only for exceptions
 * inside them: they are copied once something in them is. */
static int walk_enter(struct copy_walk *w, struct copy_frame *f, struct strata_error **err)
{
	if (f->entered)
		return 0;
	int r = f->up ? walk_enter(w, f->up, err) : 0;
	if (r < 0)
		return r;
	f->entered = 1;
	return w->visit(w->ctx, &f->e, 0, err);
}

static int walk_child(struct copy_walk *w, struct copy_frame *parent, const char *name,
                      struct strata_error **err);

static int walk_node(struct copy_walk *w, struct copy_frame *f, int excluded,
                     struct strata_error **err)
{
	struct copy_entry *e = &f->e;
	if (!S_ISDIR(e->st.st_mode)) {
		if (excluded)
			return 0;
		if (e->st.st_nlink > 1)
			walk_hardlink(w, e);
		return walk_enter(w, f, err);
	}
	if (excluded && !strata_ignore_may_reinclude(w->plan->ig, e->src))
		return 0;
	int r = excluded ? 0 : walk_enter(w, f, err);
	struct strv names = {0};
	if (r == 0 && dir_names(e->fd, &names) < 0)
		r = strata_error_set(err, STRATA_EIO, errno, "read directory '%s'", e->src);
	for (size_t i = 0; r == 0 && i < names.n; i++)
		r = walk_child(w, f, names.v[i], err);
	util_strv_free(names.v);
	if (r == 0 && f->entered)
		r = w->visit(w->ctx, e, 1, err);
	return r;
}

static int walk_child(struct copy_walk *w, struct copy_frame *parent, const char *name,
                      struct strata_error **err)
{
	AUTOFREE char *src = path_child(parent->e.src, name);
	AUTOFREE char *dst = path_child(parent->e.dst, name);
	AUTOCLOSE int fd = -1;
	AUTOFREE char *link = NULL;
	struct copy_frame f = {.up = parent};
	struct stat *st = &f.e.st;
	if (fstatat(parent->e.fd, name, st, AT_SYMLINK_NOFOLLOW) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "stat '%s'", src);
	/* a socket means nothing away from its host, and a tar cannot hold one */
	if (S_ISSOCK(st->st_mode))
		return 0;
	int excluded = strata_ignore_match(w->plan->ig, src);
	if (excluded && !S_ISDIR(st->st_mode))
		return 0;
	f.e.dirfd = -1;
	if (S_ISREG(st->st_mode) && w->lazy) {
		f.e.dirfd = parent->e.fd;
	} else if (S_ISREG(st->st_mode) || S_ISDIR(st->st_mode)) {
		int dir = S_ISDIR(st->st_mode) ? O_DIRECTORY : 0;
		fd = openat(parent->e.fd, name,
		            O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | dir);
		if (fd < 0 || fstat(fd, st) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "open '%s'", src);
	} else if (S_ISLNK(st->st_mode)) {
		size_t cap = (size_t)st->st_size + 1;
		link = xmalloc(cap);
		ssize_t n = readlinkat(parent->e.fd, name, link, cap);
		if (n < 0 || (size_t)n >= cap)
			return strata_error_set(err, STRATA_EIO, n < 0 ? errno : EAGAIN,
			                        "readlink '%s'", src);
		link[n] = '\0';
	}
	f.e.src = src;
	f.e.dst = dst;
	f.e.name = name;
	f.e.depth = parent->e.depth + 1;
	f.e.fd = fd;
	f.e.link = link;
	return walk_node(w, &f, excluded, err);
}

/* A source path, followed inside the root: its stat, and *fd open when it
 * is a regular file or a directory (a socket is refused). */
static int source_open(int srcfd, const char *rel, struct stat *st, int *fd,
                       struct strata_error **err)
{
	*fd = -1;
	AUTOCLOSE int pfd = root_open(srcfd, rel, O_PATH, 0);
	if (pfd < 0 || fstat(pfd, st) < 0)
		return strata_error_set(err, root_code(errno), errno, "open '%s'", rel);
	if (S_ISSOCK(st->st_mode))
		return strata_error_set(err, STRATA_EUNSUPPORTED, 0, "copy '%s': a socket", rel);
	if (!S_ISREG(st->st_mode) && !S_ISDIR(st->st_mode))
		return 0;
	int dir = S_ISDIR(st->st_mode) ? O_DIRECTORY : 0;
	AUTOCLOSE int f = root_open(srcfd, rel, O_RDONLY | O_NONBLOCK | O_NOCTTY | dir, 0);
	if (f < 0 || fstat(f, st) < 0)
		return strata_error_set(err, root_code(errno), errno, "open '%s'", rel);
	*fd = steal_fd(&f);
	return 0;
}

/* COPY --parents: match rel lands at dest/kept, and the directories kept
 * names on the way are copied first (themselves, not their contents). */
static int walk_kept(struct copy_walk *w, const char *rel, const char *kept,
                     struct strata_error **err)
{
	size_t n = 1, prefix = strlen(rel) - strlen(kept); /* rel = pivot + kept */
	for (const char *c = kept; *c; c++)
		n += *c == '/';
	struct copy_frame *f = xzalloc(n * sizeof(*f));
	char **paths = xzalloc(2 * n * sizeof(*paths)); /* src, dst per frame */
	int r = 0;
	for (size_t k = 0; k < n; k++)
		f[k].e.fd = -1;
	const char *end = kept;
	for (size_t k = 0; r == 0 && k < n; k++) {
		end = k + 1 < n ? strchr(end + (k > 0), '/') : kept + strlen(kept);
		size_t len = (size_t)(end - kept);
		paths[2 * k] = xstrndup(rel, prefix + len);
		paths[2 * k + 1] = xstrndup(kept, len);
		const char *name = strrchr(paths[2 * k + 1], '/');
		f[k].up = k ? &f[k - 1] : NULL;
		f[k].e.src = paths[2 * k];
		f[k].e.dst = paths[2 * k + 1];
		f[k].e.name = name ? name + 1 : paths[2 * k + 1];
		f[k].e.depth = (int)k + 1;
		r = source_open(w->plan->srcfd, f[k].e.src, &f[k].e.st, &f[k].e.fd, err);
	}
	if (r == 0)
		r = walk_node(w, &f[n - 1], strata_ignore_match(w->plan->ig, rel), err);
	for (size_t k = n - 1; k-- > 0;)
		if (r == 0 && f[k].entered)
			r = w->visit(w->ctx, &f[k].e, 1, err);
	for (size_t k = 0; k < n; k++) {
		if (f[k].e.fd >= 0)
			close(f[k].e.fd);
		free(paths[2 * k]);
		free(paths[2 * k + 1]);
	}
	free(paths);
	free(f);
	return r;
}

/* Match i: followed if it is a symlink (inside the root); a directory
 * stands for its contents ("."), anything else is named file_dst, or by its
 * own last component when file_dst is NULL. With --parents it keeps its
 * path below its pivot instead. */
static int walk_source(struct copy_walk *w, size_t i, const char *file_dst,
                       struct strata_error **err)
{
	const struct copy_plan *plan = w->plan;
	const char *rel = plan->matches.v[i];
	const char *pivot = plan->pivots ? plan->pivots[i] : NULL;
	if (pivot && strcmp(rel, ".") != 0 && strcmp(rel, pivot) != 0)
		return walk_kept(w, rel, *pivot ? rel + strlen(pivot) + 1 : rel, err);
	struct copy_frame f = {0};
	AUTOCLOSE int fd = -1;
	int r = source_open(plan->srcfd, rel, &f.e.st, &fd, err);
	if (r < 0)
		return r;
	const char *base = strrchr(rel, '/');
	base = base ? base + 1 : rel;
	const char *dst = S_ISDIR(f.e.st.st_mode) ? "." : file_dst ? file_dst : base;
	f.e.src = rel;
	f.e.dst = dst;
	f.e.name = dst;
	f.e.fd = fd;
	f.e.dirfd = -1;
	f.e.archive = plan->archives && plan->archives[i];
	return walk_node(w, &f, strata_ignore_match(plan->ig, rel), err);
}

static int copy_walk(const struct copy_plan *plan, const char *file_dst, copy_visit_fn visit,
                     void *ctx, int lazy, struct strata_error **err)
{
	struct copy_walk w = {.plan = plan, .visit = visit, .ctx = ctx, .lazy = lazy};
	int r = 0;
	for (size_t i = 0; r == 0 && i < plan->matches.n; i++)
		r = walk_source(&w, i, file_dst, err);
	tdestroy(w.inodes, inode_free);
	return r;
}

/* --- extended attributes ------------------------------------------------- */

struct xattr {
	char *name;
	char *value;
	size_t len;
};

static void xattrs_free(struct xattr *x, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(x[i].name);
		free(x[i].value);
	}
	free(x);
}

static int xattr_cmp(const void *a, const void *b)
{
	return strcmp(((const struct xattr *)a)->name, ((const struct xattr *)b)->name);
}

/* fd's xattrs but trusted.* (the host's, not the file's), sorted by name.
 * A filesystem without xattrs has none. -1 and errno on failure. */
static int xattrs_read(int fd, struct xattr **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	ssize_t size = flistxattr(fd, NULL, 0);
	if (size < 0)
		return errno == ENOTSUP ? 0 : -1;
	AUTOFREE char *names = xmalloc((size_t)size + 1);
	size = flistxattr(fd, names, (size_t)size);
	if (size < 0)
		return -1; /* ERANGE: changed under us; the caller reports it */
	for (char *p = names; p < names + size; p += strlen(p) + 1) {
		if (strncmp(p, "trusted.", 8) == 0)
			continue;
		ssize_t len = fgetxattr(fd, p, NULL, 0);
		char *v = len >= 0 ? xmalloc((size_t)len + 1) : NULL;
		if (len < 0 || (len = fgetxattr(fd, p, v, (size_t)len)) < 0) {
			int e = errno;
			free(v);
			xattrs_free(*out, *n);
			*out = NULL;
			*n = 0;
			errno = e;
			return -1;
		}
		*out = xrealloc(*out, (*n + 1) * sizeof(**out));
		(*out)[(*n)++] = (struct xattr){xstrdup(p), v, (size_t)len};
	}
	if (*n)
		qsort(*out, *n, sizeof(**out), xattr_cmp);
	return 0;
}

/* --- strata_copy: writing what the walk visits --------------------------- */

enum copy_owner { OWNER_ROOT, OWNER_CHOWN, OWNER_KEEP };

struct copy_dir {
	int fd;
	int meta; /* its times are set on leaving (not for a dest that existed) */
};

struct copy_out {
	const struct strata_copy_opts *opts;
	const char *dest;     /* cleaned opts->dest, for messages */
	int rename;           /* dest names the one file copied */
	int top_parent;       /* where depth-0 entries are created */
	const char *top_name; /* what a depth-0 directory is created as */
	int base;             /* the directory dst "." stands for, or -1 */
	enum copy_owner owner;
	uid_t uid;
	gid_t gid;
	struct copy_dir *dirs; /* the destination directories entered */
	size_t ndirs;
};

/* errno-carrying failure on the destination side, naming the dest path. */
static int out_fail(const struct copy_out *o, const struct copy_entry *e, const char *what,
                    struct strata_error **err)
{
	int e_no = errno;
	AUTOFREE char *path = o->rename || !strcmp(e->dst, ".") ? xstrdup(o->dest)
	                                                        : util_path_join(o->dest, e->dst);
	return strata_error_set(err, root_code(e_no), e_no, "%s '%s'", what, path);
}

static void out_owner(const struct copy_out *o, const struct stat *st, uid_t *uid, gid_t *gid)
{
	*uid = o->owner == OWNER_CHOWN ? o->uid : o->owner == OWNER_KEEP ? st->st_uid : 0;
	*gid = o->owner == OWNER_CHOWN ? o->gid : o->owner == OWNER_KEEP ? st->st_gid : 0;
}

static mode_t out_mode(const struct strata_copy_opts *opts, const struct stat *st)
{
	if (opts->chmod >= 0 && !S_ISLNK(st->st_mode))
		return (mode_t)opts->chmod;
	return st->st_mode & 07777;
}

/* Owner, xattrs, then mode on an open file or dir: chown clears setuid bits
 * and security.capability, so it goes first. */
static int out_meta(const struct copy_out *o, const struct copy_entry *e, int fd,
                    struct strata_error **err)
{
	uid_t uid;
	gid_t gid;
	struct xattr *x = NULL;
	size_t nx = 0;
	out_owner(o, &e->st, &uid, &gid);
	if (fchown(fd, uid, gid) < 0)
		return out_fail(o, e, "chown", err);
	if (xattrs_read(e->fd, &x, &nx) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read xattrs of '%s'", e->src);
	for (size_t i = 0; i < nx; i++) {
		if (fsetxattr(fd, x[i].name, x[i].value, x[i].len, 0) < 0 && errno != ENOTSUP) {
			int r = out_fail(o, e, "set xattrs on", err);
			xattrs_free(x, nx);
			return r;
		}
	}
	xattrs_free(x, nx);
	if (fchmod(fd, out_mode(o->opts, &e->st)) < 0)
		return out_fail(o, e, "chmod", err);
	return 0;
}

/* Copy in to out: copy_file_range (reflinks, in-kernel), else sendfile,
 * else read/write; each falls through when the files do not support it. */
static int copy_data(int in, int out)
{
	int how = 0; /* 0 copy_file_range, 1 sendfile, 2 read/write */
	char buf[65536];
	for (;;) {
		ssize_t n;
		if (how == 0)
			n = copy_file_range(in, NULL, out, NULL, 1 << 30, 0);
		else if (how == 1)
			n = sendfile(out, in, NULL, 1 << 30);
		else
			n = read(in, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && how < 2 &&
		    (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP)) {
			how++;
			continue;
		}
		if (n < 0)
			return -1;
		if (n == 0) {
			/* some filesystems (procfs-like) answer 0 at once to the
			 * in-kernel copies: make sure with a plain read */
			if (how == 2)
				return 0;
			how = 2;
			continue;
		}
		if (how == 2 && util_write_all(out, buf, (size_t)n) < 0)
			return -1;
	}
}

/* linkat to an earlier entry, found below base without following links. */
static int out_hardlink(const struct copy_out *o, const struct copy_entry *e, int parent,
                        const char *name, struct strata_error **err)
{
	const char *slash = strrchr(e->hardlink, '/');
	AUTOCLOSE int dir = -1;
	if (slash) {
		AUTOFREE char *d = xstrndup(e->hardlink, (size_t)(slash - e->hardlink));
		struct open_how how = {.flags = O_PATH | O_DIRECTORY | O_CLOEXEC,
		                       .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS};
		dir = (int)syscall(SYS_openat2, o->base, d, &how, sizeof how);
		if (dir < 0)
			return out_fail(o, e, "link", err);
	}
	if (linkat(slash ? dir : o->base, slash ? slash + 1 : e->hardlink, parent, name, 0) < 0)
		return out_fail(o, e, "link", err);
	return 0;
}

static int out_dir(struct copy_out *o, const struct copy_entry *e, int parent, const char *name,
                   struct strata_error **err)
{
	struct stat old;
	int created = 0;
	if (fstatat(parent, name, &old, AT_SYMLINK_NOFOLLOW) < 0) {
		if (errno != ENOENT || mkdirat(parent, name, 0700) < 0)
			return out_fail(o, e, "mkdir", err);
		created = 1;
	} else if (!S_ISDIR(old.st_mode)) {
		errno = ENOTDIR; /* docker: "cannot copy to non-directory" */
		return out_fail(o, e, "copy directory to", err);
	}
	AUTOCLOSE int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return out_fail(o, e, "open", err);
	/* a destination that existed keeps its metadata; one inside the
	 * copy takes the source's, as docker does */
	int meta = created || e->depth > 0;
	int r = meta ? out_meta(o, e, fd, err) : 0;
	if (r < 0)
		return r;
	if (o->base < 0 && (o->base = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0)
		return out_fail(o, e, "open", err);
	o->dirs = xrealloc(o->dirs, (o->ndirs + 1) * sizeof(*o->dirs));
	o->dirs[o->ndirs++] = (struct copy_dir){steal_fd(&fd), meta};
	return 0;
}

static int out_leave(struct copy_out *o, const struct copy_entry *e, struct strata_error **err)
{
	struct copy_dir d = o->dirs[--o->ndirs];
	struct timespec ts[2] = {e->st.st_atim, e->st.st_mtim};
	int r = d.meta && futimens(d.fd, ts) < 0 ? out_fail(o, e, "set times on", err) : 0;
	close(d.fd);
	return r;
}

static int out_file(struct copy_out *o, const struct copy_entry *e, int parent, const char *name,
                    struct strata_error **err)
{
	struct timespec ts[2] = {e->st.st_atim, e->st.st_mtim};
	AUTOCLOSE int fd =
	        openat(parent, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return out_fail(o, e, "create", err);
	if (copy_data(e->fd, fd) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "copy '%s'", e->src);
	int r = out_meta(o, e, fd, err);
	if (r == 0 && futimens(fd, ts) < 0)
		r = out_fail(o, e, "set times on", err);
	return r;
}

/* Symlinks, devices and fifos: made by name, owned and timed by name. */
static int out_special(struct copy_out *o, const struct copy_entry *e, int parent, const char *name,
                       struct strata_error **err)
{
	struct timespec ts[2] = {e->st.st_atim, e->st.st_mtim};
	uid_t uid;
	gid_t gid;
	out_owner(o, &e->st, &uid, &gid);
	if (S_ISLNK(e->st.st_mode)
	            ? symlinkat(e->link, parent, name)
	            : mknodat(parent, name, (e->st.st_mode & S_IFMT) | 0600, e->st.st_rdev))
		return out_fail(o, e, "create", err);
	if (fchownat(parent, name, uid, gid, AT_SYMLINK_NOFOLLOW) < 0)
		return out_fail(o, e, "chown", err);
	/* just made, so not a symlink: fchmodat cannot be led astray */
	if (!S_ISLNK(e->st.st_mode) && fchmodat(parent, name, out_mode(o->opts, &e->st), 0) < 0)
		return out_fail(o, e, "chmod", err);
	if (utimensat(parent, name, ts, AT_SYMLINK_NOFOLLOW) < 0)
		return out_fail(o, e, "set times on", err);
	return 0;
}

static int out_visit(void *ctx, const struct copy_entry *e, int leaving, struct strata_error **err)
{
	struct copy_out *o = ctx;
	if (leaving)
		return out_leave(o, e, err);
	int parent = o->ndirs ? o->dirs[o->ndirs - 1].fd : o->top_parent;
	int isdir = S_ISDIR(e->st.st_mode);
	const char *name = e->depth == 0 && isdir ? o->top_name : e->name;
	if (e->archive) {
		/* dest itself is the archive's root */
		struct unpack_opts uo = {
		        .chown = o->owner == OWNER_CHOWN,
		        .uid = o->uid,
		        .gid = o->gid,
		        .chmod = o->opts->chmod,
		};
		return unpack_archive(e->fd, parent, e->src, &uo, err);
	}
	if (isdir)
		return out_dir(o, e, parent, name, err);
	/* an existing file is replaced, never written through; a directory is
	 * not replaced by a file (docker refuses too) */
	struct stat old;
	if (fstatat(parent, name, &old, AT_SYMLINK_NOFOLLOW) == 0) {
		if (S_ISDIR(old.st_mode)) {
			errno = EISDIR;
			return out_fail(o, e, "replace", err);
		}
		if (unlinkat(parent, name, 0) < 0)
			return out_fail(o, e, "replace", err);
	} else if (errno != ENOENT) {
		return out_fail(o, e, "stat", err);
	}
	if (e->hardlink)
		return out_hardlink(o, e, parent, name, err);
	if (S_ISREG(e->st.st_mode))
		return out_file(o, e, parent, name, err);
	return out_special(o, e, parent, name, err);
}

/* Where the walk's depth-0 entries go: into dest, or as dest itself. */
static int out_prepare(struct copy_out *o, const struct copy_plan *plan, int dstfd,
                       const char **file_dst, char **leaf, struct strata_error **err)
{
	/* parents the copy creates: per chown, else root's */
	uid_t uid = o->owner == OWNER_CHOWN ? o->uid : 0;
	gid_t gid = o->owner == OWNER_CHOWN ? o->gid : 0;
	int r;
	*file_dst = NULL;
	if (plan->into) {
		r = root_mkdirs(dstfd, o->dest, 0755, uid, gid, &o->top_parent, err);
		*leaf = xstrdup(".");
	} else {
		r = root_resolve_leaf(dstfd, o->dest, 0755, uid, gid, &o->top_parent, leaf, err);
	}
	if (r < 0)
		return r;
	o->top_name = *leaf;
	struct stat st;
	if (!plan->into && !plan->single_dir) {
		if (fstatat(o->top_parent, *leaf, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISDIR(st.st_mode)) {
			/* a file onto an existing directory lands inside it */
			int d = openat(o->top_parent, *leaf,
			               O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (d < 0)
				return strata_error_set(err, STRATA_EIO, errno, "open '%s'",
				                        o->dest);
			close(o->top_parent);
			o->top_parent = d;
		} else {
			*file_dst = *leaf;
			o->rename = 1;
		}
	}
	if (plan->into || (!plan->single_dir && !o->rename)) {
		o->top_name = ".";
		o->base = fcntl(o->top_parent, F_DUPFD_CLOEXEC, 0);
	}
	return 0;
}

int strata_copy(const char *src_root, const char *dest_root, const struct strata_copy_opts *opts,
                struct strata_error **err)
{
	struct copy_plan plan;
	struct copy_out o = {.opts = opts, .top_parent = -1, .base = -1};
	AUTOCLOSE int dstfd = -1;
	AUTOFREE char *dest = NULL;
	AUTOFREE char *leaf = NULL;
	const char *file_dst = NULL;
	int r = copy_plan_init(&plan, src_root, opts, err);
	if (r == 0)
		r = root_fd(dest_root, &dstfd, err);
	if (r == 0 && opts->chown) {
		o.owner = OWNER_CHOWN;
		r = root_user_resolve(dstfd, opts->chown, &o.uid, &o.gid, NULL, NULL, err);
	} else if (r == 0) {
		o.owner = opts->keep_owner ? OWNER_KEEP : OWNER_ROOT;
	}
	if (r == 0) {
		AUTOFREE char *rel = source_clean(opts->dest);
		o.dest = dest = xasprintf("/%s", strcmp(rel, ".") ? rel : "");
		r = out_prepare(&o, &plan, dstfd, &file_dst, &leaf, err);
	}
	if (r == 0)
		r = copy_walk(&plan, file_dst, out_visit, &o, 0, err);
	while (o.ndirs)
		close(o.dirs[--o.ndirs].fd);
	free(o.dirs);
	if (o.top_parent >= 0)
		close(o.top_parent);
	if (o.base >= 0)
		close(o.base);
	copy_plan_release(&plan);
	return r;
}

/* --- strata_copy_digest: hashing what the walk visits -------------------- */

struct copy_digest {
	const struct strata_copy_opts *opts;
	EVP_MD_CTX *md;
};

/* Every field is its length (8 bytes, big-endian) then its bytes: no two
 * different entry lists hash the same stream. */
static void digest_field(EVP_MD_CTX *md, const void *p, size_t n)
{
	unsigned char len[8];
	for (int i = 0; i < 8; i++)
		len[i] = (unsigned char)((uint64_t)n >> (56 - 8 * i));
	EVP_DigestUpdate(md, len, sizeof len);
	EVP_DigestUpdate(md, p, n);
}

static void digest_str(EVP_MD_CTX *md, const char *s)
{
	digest_field(md, s, strlen(s));
}

static void digest_printf(EVP_MD_CTX *md, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
static void digest_printf(EVP_MD_CTX *md, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	AUTOFREE char *s = xvasprintf(fmt, ap);
	va_end(ap);
	digest_str(md, s);
}

/* sha256 of a file's bytes, as hex, and how many there were. */
static int digest_content(int fd, char hex[65], uint64_t *size)
{
	unsigned char buf[65536], sum[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		abort(); /* out of memory, as in xmalloc */
	*size = 0;
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int e = errno;
			EVP_DigestFinal_ex(md, sum, &len);
			EVP_MD_CTX_free(md);
			util_hex(sum, 32, hex);
			errno = e;
			return n < 0 ? -1 : 0;
		}
		EVP_DigestUpdate(md, buf, (size_t)n);
		*size += (uint64_t)n;
	}
}

static const char *entry_type(const struct copy_entry *e)
{
	mode_t m = e->st.st_mode;
	return e->hardlink  ? "hardlink"
	       : S_ISREG(m) ? "file"
	       : S_ISDIR(m) ? "dir"
	       : S_ISLNK(m) ? "symlink"
	       : S_ISCHR(m) ? "char"
	       : S_ISBLK(m) ? "block"
	                    : "fifo";
}

static int xattrs_read(int fd, struct xattr **out, size_t *n);

/* sha256 hex of a file's xattrs (count, then sorted names and values). */
static int xattrs_sum(int fd, char hex[65])
{
	struct xattr *x;
	size_t nx;
	if (xattrs_read(fd, &x, &nx) < 0)
		return -1;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		abort(); /* out of memory, as in xmalloc */
	digest_printf(md, "%zu", nx);
	for (size_t i = 0; i < nx; i++) {
		digest_str(md, x[i].name);
		digest_field(md, x[i].value, x[i].len);
	}
	xattrs_free(x, nx);
	unsigned char sum[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	EVP_DigestFinal_ex(md, sum, &len);
	EVP_MD_CTX_free(md);
	util_hex(sum, 32, hex);
	return 0;
}

/* A regular file's size, and the sha256 of its bytes and of its xattrs: from
 * the stat cache when its stat is unchanged, else read (opening it now when
 * the lazy walk left it closed). */
static int digest_file(struct copy_digest *d, const struct copy_entry *e, struct strata_error **err)
{
	struct statcache_sums s;
	if (!statcache_get(d->opts->statcache, e->src, &e->st, &s)) {
		AUTOCLOSE int own = -1;
		int fd = e->fd;
		if (fd < 0) {
			own = openat(e->dirfd, e->name,
			             O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
			fd = own;
		}
		if (fd < 0 || digest_content(fd, s.content, &s.size) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read '%s'", e->src);
		if (xattrs_sum(fd, s.xattrs) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read xattrs of '%s'",
			                        e->src);
		statcache_put(d->opts->statcache, e->src, &e->st, &s);
	}
	digest_printf(d->md, "%llu", (unsigned long long)s.size);
	digest_str(d->md, s.content);
	digest_str(d->md, s.xattrs);
	return 0;
}

/* One entry: dst, type, mode, owner, then what the type has (bytes, target,
 * device numbers) and the xattrs. Never times, inodes or host paths: the
 * digest must come out the same on another machine. */
static int digest_visit(void *ctx, const struct copy_entry *e, int leaving,
                        struct strata_error **err)
{
	struct copy_digest *d = ctx;
	const struct strata_copy_opts *opts = d->opts;
	if (leaving)
		return 0;
	digest_str(d->md, e->dst);
	if (e->archive) {
		/* what unpacking writes follows from the archive's bytes, the
		 * owner and the mode options */
		digest_str(d->md, "unpack");
		digest_printf(d->md, "%d", opts->chmod);
		digest_str(d->md, opts->chown ? opts->chown : "archive owners");
		return digest_file(d, e, err);
	}
	digest_str(d->md, entry_type(e));
	if (e->hardlink) {
		digest_str(d->md, e->hardlink);
		return 0;
	}
	digest_printf(d->md, "%o", (unsigned)out_mode(opts, &e->st));
	if (opts->chown)
		digest_str(d->md, opts->chown);
	else if (opts->keep_owner)
		digest_printf(d->md, "%u:%u", (unsigned)e->st.st_uid, (unsigned)e->st.st_gid);
	else
		digest_str(d->md, "0:0");
	if (S_ISREG(e->st.st_mode)) {
		int r = digest_file(d, e, err);
		if (r < 0)
			return r;
	} else if (S_ISLNK(e->st.st_mode)) {
		digest_str(d->md, e->link);
	} else if (S_ISCHR(e->st.st_mode) || S_ISBLK(e->st.st_mode)) {
		digest_printf(d->md, "%u,%u", major(e->st.st_rdev), minor(e->st.st_rdev));
	}
	if (e->fd >= 0 && !S_ISREG(e->st.st_mode)) {
		/* a regular file's xattrs are in its sums (digest_file) */
		struct xattr *x;
		size_t nx;
		if (xattrs_read(e->fd, &x, &nx) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read xattrs of '%s'",
			                        e->src);
		digest_printf(d->md, "%zu", nx);
		for (size_t i = 0; i < nx; i++) {
			digest_str(d->md, x[i].name);
			digest_field(d->md, x[i].value, x[i].len);
		}
		xattrs_free(x, nx);
	}
	return 0;
}

int strata_copy_digest(const char *src_root, const struct strata_copy_opts *opts,
                       char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct copy_plan plan;
	int r = copy_plan_init(&plan, src_root, opts, err);
	struct copy_digest d = {.opts = opts, .md = EVP_MD_CTX_new()};
	if (!d.md || !EVP_DigestInit_ex(d.md, EVP_sha256(), NULL))
		abort(); /* out of memory, as in xmalloc */
	/* the format's name, so a change to it cannot hit old cache keys */
	digest_str(d.md, "strata copy digest v2");
	/* the one file renamed to dest is "." like a directory's contents */
	if (r == 0)
		r = copy_walk(&plan, plan.into ? NULL : ".", digest_visit, &d, 1, err);
	if (r == 0) {
		unsigned char sum[EVP_MAX_MD_SIZE];
		unsigned int len = 0;
		char hex[65];
		EVP_DigestFinal_ex(d.md, sum, &len);
		util_hex(sum, 32, hex);
		snprintf(digest_out, STRATA_DIGEST_LEN, "sha256:%s", hex);
	}
	EVP_MD_CTX_free(d.md);
	copy_plan_release(&plan);
	return r;
}
