/* strata: what a COPY selects, and the walk strata_copy and
 * strata_copy_digest share (see copy_private.h).
 *
 * The plan expands the sources (globs per component, excludes with their
 * exceptions, --parents pivots) from the source root and opts alone; the
 * walk then visits every entry below the matches in sorted order. copy.c
 * writes what it visits and copydigest.c hashes it, so the cache key
 * describes exactly what a copy would write. Paths inside the root are
 * looked up with root.c's openat2 (RESOLVE_IN_ROOT), everything below on
 * directory fds and single names. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <search.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "copy_private.h"
#include "strata/error.h"
#include "strata/ignore.h"
#include "util.h"

/* --- selecting what to copy ---------------------------------------------- */

static void strv_take(struct copy_strv *s, char *str)
{
	if (s->n + 2 > s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = xrealloc(s->v, s->cap * sizeof(*s->v));
	}
	s->v[s->n++] = str;
	s->v[s->n] = NULL;
}

/* A source as Docker reads it: relative to the root, never above it. */
char *copywalk_clean(const char *src)
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

/* dir/name ("." is the root): once per entry walked, so no printf. */
static char *path_child(const char *dir, const char *name)
{
	if (dir[0] == '.' && !dir[1])
		return xstrdup(name);
	size_t d = strlen(dir), n = strlen(name);
	char *p = xmalloc(d + n + 2);
	memcpy(p, dir, d);
	p[d] = '/';
	memcpy(p + d + 1, name, n + 1);
	return p;
}

/* 1 when rel names a symlink that leads nowhere: a name a wildcard matches
 * (BuildKit lists names, then follows each match, and fails on this one). */
static int dangling_link(int srcfd, const char *rel)
{
	AUTOFREE char *dir = xstrdup(rel);
	char *slash = strrchr(dir, '/');
	const char *base = slash ? slash + 1 : rel;
	if (slash)
		*slash = '\0';
	AUTOCLOSE int pfd = root_open(srcfd, slash ? dir : ".", O_PATH | O_DIRECTORY, 0);
	struct stat st;
	return pfd >= 0 && fstatat(pfd, base, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
}

/* Whether rel exists in the source and survives the excludes: an excluded
 * directory still counts when an exception may re-include something in it
 * (the build context would hold it). */
static int source_visible(int srcfd, const struct strata_ignore *ig, const char *rel)
{
	AUTOCLOSE int fd = root_open(srcfd, rel, O_PATH, 0);
	struct stat st;
	if (fd < 0 && errno == ENOENT && dangling_link(srcfd, rel))
		return !strata_ignore_match(ig, rel); /* matched; copying it fails */
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
static int dir_names(int dirfd, struct copy_strv *out)
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

/* Expand one cleaned source into out, a glob per path component matched as
 * Go's filepath.Match does (BuildKit's rule: "*" does not cross "/" and
 * matches names starting with "."; "[!a]" is no negation), matches in
 * sorted order. */
static void source_expand(int srcfd, const struct strata_ignore *ig, const char *src,
                          struct copy_strv *out)
{
	struct copy_strv cur = {0};
	strv_take(&cur, xstrdup("."));
	for (const char *p = src; *p;) {
		size_t len = strcspn(p, "/");
		AUTOFREE char *comp = xstrndup(p, len);
		p += len + (p[len] == '/');
		if (!strcmp(comp, "."))
			continue;
		struct copy_strv next = {0};
		for (size_t i = 0; i < cur.n; i++) {
			if (!has_glob(comp)) {
				strv_take(&next, path_child(cur.v[i], comp));
				continue;
			}
			AUTOCLOSE int fd = root_open(srcfd, cur.v[i], O_PATH | O_DIRECTORY, 0);
			struct copy_strv names = {0};
			if (fd >= 0 && dir_names(fd, &names) == 0) {
				for (size_t k = 0; k < names.n; k++) {
					if (!ignore_glob_match(comp, names.v[k]))
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

void copywalk_plan_release(struct copy_plan *p)
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
		*pattern = copywalk_clean(src);
		return xstrdup("");
	}
	AUTOFREE char *pivot = xstrndup(src, (size_t)(mark - src));
	AUTOFREE char *full = xasprintf("%s/%s", pivot, mark + 3);
	*pattern = copywalk_clean(full);
	char *c = copywalk_clean(pivot);
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

int copywalk_plan_init(struct copy_plan *p, const char *src_root,
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
			clean = copywalk_clean(*s);
		size_t before = p->matches.n;
		source_expand(p->srcfd, p->ig, clean, &p->matches);
		/* a wildcard may match nothing (BuildKit's AllowEmptyWildcard);
		 * a plain path must exist */
		if (p->matches.n == before && !has_glob(clean))
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
	if (!p->into && p->matches.n) {
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

struct copy_walk {
	const struct copy_plan *plan;
	copy_visit_fn visit;
	void *ctx;
	int lazy;     /* leave regular files closed (the digest opens what it must) */
	void *inodes; /* tsearch tree of struct copy_inode: hard links */
	const struct copy_split *split; /* directory matches walked in parts */
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
static int walk_split(struct copy_walk *w, struct copy_frame *dir, struct copy_strv *names,
                      struct strata_error **err);

static int walk_node(struct copy_walk *w, struct copy_frame *f, int excluded,
                     struct strata_error **err)
{
	struct copy_entry *e = &f->e;
	if (!S_ISDIR(e->st.st_mode)) {
		if (excluded)
			return 0;
		if (e->st.st_nlink > 1 && !w->split)
			walk_hardlink(w, e);
		return walk_enter(w, f, err);
	}
	/* an excluded directory the context walk descends into (for an
	 * exception below it) is in the context itself, as in docker 20.10 */
	if (excluded && !strata_ignore_may_reinclude(w->plan->ig, e->src))
		return 0;
	int r = walk_enter(w, f, err);
	struct copy_strv names = {0};
	if (r == 0 && dir_names(e->fd, &names) < 0)
		r = strata_error_set(err, STRATA_EIO, errno, "read directory '%s'", e->src);
	if (r == 0 && w->split && f->entered && !f->up && names.n > 1)
		r = walk_split(w, f, &names, err);
	else
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
	/* its parent was entered: only its own verdict is left to know */
	int excluded = ignore_match_child(w->plan->ig, src);
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

/* --- a directory's children in parts, on several threads (copywalk_split) - */

struct split_run {
	struct copy_walk *w;
	struct copy_frame *dir;
	struct copy_strv *names;
	size_t per, nparts;
	atomic_size_t next;
	atomic_int failed;
	pthread_mutex_t lock;
	int code;                 /* the first failure's STRATA_E* code */
	struct strata_error *err; /* and its detail */
};

static void *split_worker(void *arg)
{
	struct split_run *s = arg;
	for (size_t k; !s->failed && (k = s->next++) < s->nparts;) {
		struct copy_walk w = *s->w;
		w.ctx = s->w->split->part_ctx(s->w->ctx, k);
		struct strata_error *err = NULL;
		int r = 0;
		size_t end = (k + 1) * s->per < s->names->n ? (k + 1) * s->per : s->names->n;
		for (size_t i = k * s->per; r == 0 && i < end; i++)
			r = walk_child(&w, s->dir, s->names->v[i], &err);
		if (r < 0) {
			pthread_mutex_lock(&s->lock);
			if (!s->code) {
				s->code = r;
				s->err = steal_pointer(&err);
			}
			pthread_mutex_unlock(&s->lock);
			strata_error_free(err);
			s->failed = 1;
		}
	}
	return NULL;
}

/* The children of dir (entered, not excluded) in parts of consecutive
 * names, each part walked in order by one of the workers with its own
 * visitor context; the parts are handed back in order. */
static int walk_split(struct copy_walk *w, struct copy_frame *dir, struct copy_strv *names,
                      struct strata_error **err)
{
	const struct copy_split *sp = w->split;
	struct split_run s = {.w = w, .dir = dir, .names = names};
	size_t threads = sp->threads > 1 ? (size_t)sp->threads : 1;
	/* a few parts per worker, so one big subtree does not hold the rest */
	size_t want = threads * 8;
	s.per = names->n / want + (names->n % want != 0);
	if (!s.per)
		s.per = 1;
	s.nparts = (names->n + s.per - 1) / s.per;
	sp->parts_begin(w->ctx, s.nparts);
	pthread_mutex_init(&s.lock, NULL);
	pthread_t *t = xzalloc(threads * sizeof(*t));
	size_t started = 0;
	for (; started + 1 < threads && started + 1 < s.nparts; started++)
		if (pthread_create(&t[started], NULL, split_worker, &s) != 0)
			break;
	split_worker(&s); /* this thread works too */
	for (size_t i = 0; i < started; i++)
		pthread_join(t[i], NULL);
	free(t);
	pthread_mutex_destroy(&s.lock);
	sp->parts_end(w->ctx, s.nparts, !s.failed);
	if (s.failed) {
		if (err) {
			strata_error_free(*err);
			*err = steal_pointer(&s.err);
		}
		strata_error_free(s.err);
		return s.code;
	}
	return 0;
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

int copywalk_run(const struct copy_plan *plan, const char *file_dst, copy_visit_fn visit, void *ctx,
                 int lazy, struct strata_error **err)
{
	struct copy_walk w = {.plan = plan, .visit = visit, .ctx = ctx, .lazy = lazy};
	int r = 0;
	for (size_t i = 0; r == 0 && i < plan->matches.n; i++)
		r = walk_source(&w, i, file_dst, err);
	tdestroy(w.inodes, inode_free);
	return r;
}

int copywalk_run_split(const struct copy_plan *plan, const char *file_dst, copy_visit_fn visit,
                       void *ctx, const struct copy_split *split, struct strata_error **err)
{
	struct copy_walk w = {.plan = plan, .visit = visit, .ctx = ctx, .lazy = 1, .split = split};
	int r = 0;
	for (size_t i = 0; r == 0 && i < plan->matches.n; i++)
		r = walk_source(&w, i, file_dst, err);
	return r;
}

/* --- extended attributes ------------------------------------------------- */

void copywalk_xattrs_free(struct copy_xattr *x, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(x[i].name);
		free(x[i].value);
	}
	free(x);
}

static int xattr_cmp(const void *a, const void *b)
{
	return strcmp(((const struct copy_xattr *)a)->name, ((const struct copy_xattr *)b)->name);
}

/* fd's xattrs but trusted.* (the host's, not the file's), sorted by name.
 * A filesystem without xattrs has none. -1 and errno on failure. */
int copywalk_xattrs_read(int fd, struct copy_xattr **out, size_t *n)
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
			copywalk_xattrs_free(*out, *n);
			*out = NULL;
			*n = 0;
			errno = e;
			return -1;
		}
		*out = xrealloc(*out, (*n + 1) * sizeof(**out));
		(*out)[(*n)++] = (struct copy_xattr){xstrdup(p), v, (size_t)len};
	}
	if (*n)
		qsort(*out, *n, sizeof(**out), xattr_cmp);
	return 0;
}
