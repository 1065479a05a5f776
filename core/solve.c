/* strata: the solver (see include/strata/solve.h).
 *
 * A node's result is an image (config + layer list). The rootfs a RUN or COPY
 * works on is never materialised: it is an overlay of the layers' unpacked
 * dirs, which are derived from the image on demand, so layers nothing needs
 * locally are never unpacked. A RUN's upper dir becomes both the layer blob
 * and, renamed, the unpacked dir for that layer. */
#include "strata/solve.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <time.h>
#include <unistd.h>

#include "cache_private.h"
#include "fetch_private.h"
#include "graph_private.h"
#include "snapshot_private.h"
#include "strata/copy.h"
#include "strata/error.h"
#include "strata/image.h"
#include "strata/layer.h"
#include "strata/plugin.h"
#include "strata/store.h"
#include "util.h"

enum node_state { NODE_TODO = 0, NODE_RUNNING, NODE_DONE, NODE_FAILED };

struct node_result {
	enum node_state state;
	struct strata_image *img;
	char key[STRATA_DIGEST_LEN]; /* the op's cache key, once solved */
	/* FETCH without a checksum: downloaded while computing the key */
	char *fetch_dir;
	char fetch_digest[STRATA_DIGEST_LEN];
	int64_t fetch_mtime;
};

struct solve_ctx {
	struct strata_graph *g;
	const struct strata_solve_opts *o;
	const struct strata_sandbox *sandbox;
	struct node_result *res; /* by node index */
	pthread_mutex_t ev_lock; /* one event at a time */
	pthread_mutex_t lock;    /* node states, jobs_free, failed */
	pthread_cond_t cond;
	int jobs_free; /* op slots left (--jobs) */
	int failed;    /* a step failed: start nothing new */
};

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void emit(struct solve_ctx *c, enum strata_event_kind kind, const struct strata_node *n,
                 const char *data, size_t len, double seconds)
{
	if (!c->o->on_event)
		return;
	struct strata_event ev = {
	        .kind = kind,
	        .info = n ? strata_node_info(n) : NULL,
	        .data = data,
	        .len = len,
	        .seconds = seconds,
	};
	pthread_mutex_lock(&c->ev_lock);
	c->o->on_event(c->o->event_ud, &ev);
	pthread_mutex_unlock(&c->ev_lock);
}

/* The unpacked dirs of img's layers, bottom first. Ownership: the caller's. */
static int image_lowers(struct solve_ctx *c, const struct strata_image *img, char ***out,
                        struct strata_error **err)
{
	size_t n = strata_image_layer_count(img);
	char **v = xzalloc((n + 1) * sizeof(*v));
	for (size_t i = 0; i < n; i++) {
		const struct strata_layer_desc *l = strata_image_layer(img, i);
		int r = strata_layer_unpack(c->o->store, l->digest, l->diffid, &v[i], err);
		if (r < 0) {
			util_strv_free(v);
			return strata_error_wrap(err, "unpack layer '%s'", l->digest);
		}
	}
	*out = v;
	return 0;
}

/* Turn a finished writable snapshot into a layer on img. */
static int commit_snapshot(struct solve_ctx *c, const struct strata_node *n, struct snapshot *snap,
                           struct strata_image *img, struct strata_error **err)
{
	int r = snapshot_unmount(snap, err);
	if (r < 0)
		return r;
	struct strata_layer_opts lo = {
	        .source = STRATA_LAYER_FROM_UPPER,
	        .clamp_mtime = c->o->source_date_epoch,
	};
	struct strata_layer_desc desc;
	r = strata_layer_create(c->o->store, snap->upper, &lo, &desc, err);
	if (r < 0)
		return strata_error_wrap(err, "create layer");
	if (desc.empty)
		return strata_image_add_history(img, n->info.desc, err);
	AUTOFREE char *upper = snapshot_take_upper(snap);
	if (upper) {
		r = strata_store_layer_commit(c->o->store, upper, desc.diffid, err);
		if (r < 0)
			return r;
	}
	return strata_image_add_layer(img, &desc, n->info.desc, err);
}

/* --- RUN ----------------------------------------------------------------- */

struct output_pump {
	struct solve_ctx *c;
	const struct strata_node *n;
	int fd;
};

static void *pump_output(void *arg)
{
	struct output_pump *p = arg;
	char buf[16384];
	for (;;) {
		ssize_t r = read(p->fd, buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		emit(p->c, STRATA_EV_OUTPUT, p->n, buf, (size_t)r, 0);
	}
	return NULL;
}

static char *argv_text(char **argv)
{
	struct util_buf b = {0};
	for (size_t i = 0; argv[i]; i++) {
		if (i)
			util_buf_addstr(&b, " ");
		util_buf_addstr(&b, argv[i]);
	}
	util_buf_add(&b, "", 0);
	return b.data;
}

static int op_run(struct solve_ctx *c, struct strata_node *n, struct strata_image *img,
                  struct strata_error **err)
{
	AUTOSTRV char **lowers = NULL;
	int r = image_lowers(c, img, &lowers, err);
	if (r < 0)
		return r;
	struct snapshot snap;
	r = snapshot_mount(c->o->store, (const char *const *)lowers,
	                   util_strv_len((const char *const *)lowers), 1, &snap, err);
	if (r < 0)
		goto out;
	uid_t uid = 0;
	gid_t gid = 0;
	AUTOFREE gid_t *groups = NULL;
	size_t ngroups = 0;
	if (n->user) {
		r = strata_user_resolve(snap.merged, n->user, &uid, &gid, &groups, &ngroups, err);
		if (r < 0)
			goto out;
	}
	int pfd[2];
	if (pipe2(pfd, O_CLOEXEC) < 0) {
		r = strata_error_set(err, STRATA_EIO, errno, "pipe");
		goto out;
	}
	struct output_pump pump = {c, n, pfd[0]};
	pthread_t th;
	if (pthread_create(&th, NULL, pump_output, &pump) != 0) {
		close(pfd[0]);
		close(pfd[1]);
		r = strata_error_set(err, STRATA_EIO, 0, "start output thread");
		goto out;
	}
	struct strata_sandbox_spec spec = {
	        .rootfs = snap.merged,
	        .argv = (const char *const *)n->argv,
	        .env = (const char *const *)n->env,
	        .cwd = n->cwd,
	        .uid = uid,
	        .gid = gid,
	        .groups = groups,
	        .ngroups = ngroups,
	        .network = n->network,
	        .stdin_fd = -1,
	        .stdout_fd = pfd[1],
	        .stderr_fd = pfd[1],
	};
	int status = -1;
	r = c->sandbox->run(c->sandbox->self, &spec, &status, err);
	close(pfd[1]);
	pthread_join(th, NULL);
	close(pfd[0]);
	if (r < 0) {
		strata_error_wrap(err, "sandbox '%s'", c->sandbox->name);
		goto out;
	}
	if (status != 0) {
		AUTOFREE char *cmd = argv_text(n->argv);
		r = strata_error_set(err, STRATA_EPROCESS, 0,
		                     "process \"%s\" did not complete successfully: exit code %d",
		                     cmd, status);
		goto out;
	}
	r = commit_snapshot(c, n, &snap, img, err);
out:
	snapshot_release(&snap);
	return r;
}

/* --- COPY / MKDIR -------------------------------------------------------- */

static int op_copy(struct solve_ctx *c, struct strata_node *n, struct strata_image *img,
                   struct strata_error **err)
{
	struct snapshot src = {0}, dst = {0};
	AUTOSTRV char **lowers = NULL;
	AUTOSTRV char **src_lowers = NULL;
	const char *src_root;
	int r;
	if (n->from) {
		struct strata_image *from = c->res[n->from->index].img;
		r = image_lowers(c, from, &src_lowers, err);
		if (r < 0)
			goto out;
		r = snapshot_mount(c->o->store, (const char *const *)src_lowers,
		                   util_strv_len((const char *const *)src_lowers), 0, &src, err);
		if (r < 0)
			goto out;
		src_root = src.merged;
	} else {
		if (strcmp(n->context, "context") != 0) {
			r = strata_error_set(err, STRATA_EUNSUPPORTED, 0,
			                     "copy: named context '%s' is not supported yet",
			                     n->context);
			goto out;
		}
		if (!c->o->context_dir) {
			r = strata_error_set(err, STRATA_EINVAL, 0, "copy: no build context");
			goto out;
		}
		src_root = c->o->context_dir;
	}
	r = image_lowers(c, img, &lowers, err);
	if (r < 0)
		goto out;
	r = snapshot_mount(c->o->store, (const char *const *)lowers,
	                   util_strv_len((const char *const *)lowers), 1, &dst, err);
	if (r < 0)
		goto out;
	struct strata_copy_opts co = {
	        .sources = (const char *const *)n->sources,
	        .dest = n->dest,
	        .chown = n->chown,
	        .keep_owner = n->from != NULL,
	        .chmod = n->chmod,
	        .excludes = (const char *const *)n->excludes,
	        .unpack = n->unpack,
	        .parents = n->parents,
	};
	r = strata_copy(src_root, dst.merged, &co, err);
	if (r < 0)
		goto out;
	r = commit_snapshot(c, n, &dst, img, err);
out:
	snapshot_release(&src);
	snapshot_release(&dst);
	return r;
}

static int op_mkdir(struct solve_ctx *c, struct strata_node *n, struct strata_image *img,
                    struct strata_error **err)
{
	AUTOSTRV char **lowers = NULL;
	int r = image_lowers(c, img, &lowers, err);
	if (r < 0)
		return r;
	struct snapshot snap;
	r = snapshot_mount(c->o->store, (const char *const *)lowers,
	                   util_strv_len((const char *const *)lowers), 1, &snap, err);
	if (r < 0)
		return r;
	uid_t uid = 0;
	gid_t gid = 0;
	if (n->chown)
		r = strata_user_resolve(snap.merged, n->chown, &uid, &gid, NULL, NULL, err);
	if (r == 0)
		r = strata_mkdir_in_root(snap.merged, n->path, n->mode, uid, gid, err);
	if (r == 0)
		r = commit_snapshot(c, n, &snap, img, err);
	snapshot_release(&snap);
	return r;
}

/* --- INLINE / FETCH: a one-layer image of files made here ------------------ */

/* The time stamped on files and images made from nothing: fixed, so the
 * same content gives the same layer. */
static int64_t fixed_time(struct solve_ctx *c)
{
	return c->o->source_date_epoch >= 0 ? c->o->source_date_epoch : 0;
}

static int image_of_tree(struct solve_ctx *c, struct strata_node *n, const char *dir,
                         struct strata_image **out, struct strata_error **err)
{
	struct strata_layer_opts lo = {.source = STRATA_LAYER_FROM_TREE,
	                               .clamp_mtime = c->o->source_date_epoch};
	struct strata_layer_desc desc;
	int r = strata_layer_create(c->o->store, dir, &lo, &desc, err);
	if (r < 0)
		return strata_error_wrap(err, "create layer");
	struct strata_image *img = NULL;
	r = strata_image_new(&img, err);
	if (r < 0)
		return r;
	strata_image_set_created(img, fixed_time(c));
	r = strata_image_add_layer(img, &desc, n->info.desc, err);
	if (r < 0) {
		strata_image_free(img);
		return r;
	}
	*out = img;
	return 0;
}

static int op_inline(struct solve_ctx *c, struct strata_node *n, struct strata_image **out,
                     struct strata_error **err)
{
	AUTOFREE char *dir = NULL;
	int r = strata_store_mkdtemp(c->o->store, "inline", &dir, err);
	if (r < 0)
		return r;
	struct timespec ts[2] = {{.tv_sec = fixed_time(c)}, {.tv_sec = fixed_time(c)}};
	for (size_t i = 0; i < n->nfiles && r == 0; i++) {
		const struct strata_inline_file *f = &n->files[i];
		AUTOFREE char *path = util_path_join(dir, f->path);
		AUTOFREE char *parent = xstrdup(path);
		*strrchr(parent, '/') = '\0';
		if (util_mkdir_p(parent, 0755) < 0) {
			r = strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", f->path);
			break;
		}
		AUTOCLOSE int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (fd < 0 || util_write_all(fd, f->data, f->len) < 0 || fchmod(fd, f->mode) < 0 ||
		    futimens(fd, ts) < 0)
			r = strata_error_set(err, STRATA_EIO, errno, "write '%s'", f->path);
	}
	if (r == 0)
		r = image_of_tree(c, n, dir, out, err);
	strata_rmtree(dir, NULL);
	return r;
}

/* Download n's URL into a fresh dir (res->fetch_dir), once. */
static int fetch_download(struct solve_ctx *c, struct strata_node *n, struct strata_error **err)
{
	struct node_result *res = &c->res[n->index];
	if (res->fetch_dir)
		return 0;
	int r = strata_store_mkdtemp(c->o->store, "fetch", &res->fetch_dir, err);
	if (r < 0)
		return r;
	AUTOFREE char *path = util_path_join(res->fetch_dir, n->name);
	r = fetch_url(n->url, path, &res->fetch_mtime, res->fetch_digest, err);
	if (r == 0 && n->checksum && strcmp(n->checksum, res->fetch_digest) != 0)
		r = strata_error_set(err, STRATA_ECORRUPT, 0,
		                     "checksum of '%s' does not match: expected '%s', got '%s'",
		                     n->url, n->checksum, res->fetch_digest);
	if (r == 0 && res->fetch_mtime >= 0) {
		struct timespec ts[2] = {{.tv_sec = res->fetch_mtime},
		                         {.tv_sec = res->fetch_mtime}};
		if (utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW) < 0)
			r = strata_error_set(err, STRATA_EIO, errno, "set the time of '%s'",
			                     n->name);
	}
	return r;
}

static int op_fetch(struct solve_ctx *c, struct strata_node *n, struct strata_image **out,
                    struct strata_error **err)
{
	int r = fetch_download(c, n, err);
	if (r == 0)
		r = image_of_tree(c, n, c->res[n->index].fetch_dir, out, err);
	return r;
}

static int run_op(struct solve_ctx *c, struct strata_node *n, struct strata_image **img,
                  struct strata_error **err)
{
	switch (n->op) {
	case STRATA_OP_FROM:
	case STRATA_OP_SCRATCH:
	case STRATA_OP_INLINE:
	case STRATA_OP_FETCH: break; /* see execute() */
	case STRATA_OP_RUN: return op_run(c, n, *img, err);
	case STRATA_OP_COPY: return op_copy(c, n, *img, err);
	case STRATA_OP_MKDIR: return op_mkdir(c, n, *img, err);
	case STRATA_OP_CONFIG: {
		int r = strata_image_config_patch(*img, n->patch, err);
		if (r == 0)
			r = strata_image_add_history(*img, n->info.desc, err);
		return r;
	}
	}
	return strata_error_set(err, STRATA_EINVAL, 0, "unknown op %d", (int)n->op);
}

/* --- the walk ------------------------------------------------------------ */

/* The cache key of n, once its dependencies are solved. Returns 0 with key
 * set, or 1 when n is not cached (FROM and SCRATCH are cheap to redo,
 * CONFIG takes its parent's time, so none of them needs a record). */
static int node_key(struct solve_ctx *c, struct strata_node *n, char key[STRATA_DIGEST_LEN],
                    struct strata_error **err)
{
	if (n->op == STRATA_OP_FROM || n->op == STRATA_OP_SCRATCH || n->op == STRATA_OP_CONFIG)
		return 1;
	struct cache_key k;
	if (n->op == STRATA_OP_INLINE) {
		cache_key_init(&k, "inline");
		for (size_t i = 0; i < n->nfiles; i++) {
			cache_key_str(&k, 'f', n->files[i].path);
			cache_key_int(&k, 'm', (int64_t)n->files[i].mode);
			cache_key_add(&k, 'd', n->files[i].data, n->files[i].len);
		}
		cache_key_final(&k, key);
		return 0;
	}
	if (n->op == STRATA_OP_FETCH) {
		/* with a checksum the content is known without downloading;
		 * without one, download now and key on what arrived */
		if (!n->checksum) {
			int r = fetch_download(c, n, err);
			if (r < 0)
				return r;
		}
		cache_key_init(&k, "fetch");
		cache_key_str(&k, 'n', n->name);
		cache_key_str(&k, 'c', n->checksum ? n->checksum : c->res[n->index].fetch_digest);
		cache_key_int(&k, 't', n->checksum ? -1 : c->res[n->index].fetch_mtime);
		cache_key_final(&k, key);
		return 0;
	}
	cache_key_init(&k, n->op == STRATA_OP_RUN    ? "run"
	                   : n->op == STRATA_OP_COPY ? "copy"
	                                             : "mkdir");
	cache_key_str(&k, 'p', c->res[n->parent->index].key);
	switch (n->op) {
	case STRATA_OP_RUN:
		cache_key_strv(&k, 'a', n->argv);
		cache_key_strv(&k, 'e', n->env);
		cache_key_str(&k, 'c', n->cwd);
		cache_key_str(&k, 'u', n->user);
		cache_key_int(&k, 'n', n->network);
		break;
	case STRATA_OP_COPY: {
		cache_key_strv(&k, 's', n->sources);
		cache_key_str(&k, 'd', n->dest);
		cache_key_str(&k, 'o', n->chown);
		cache_key_int(&k, 'm', n->chmod);
		cache_key_strv(&k, 'x', n->excludes);
		cache_key_int(&k, 'U', n->unpack);
		cache_key_int(&k, 'P', n->parents);
		if (n->from) {
			cache_key_str(&k, 'f', c->res[n->from->index].key);
		} else {
			/* the content of the selected files, never their mtimes */
			struct strata_copy_opts co = {
			        .sources = (const char *const *)n->sources,
			        .dest = n->dest,
			        .chown = n->chown,
			        .keep_owner = 0,
			        .chmod = n->chmod,
			        .excludes = (const char *const *)n->excludes,
			        .unpack = n->unpack,
			        .parents = n->parents,
			};
			char d[STRATA_DIGEST_LEN];
			int r = c->o->context_dir
			                ? strata_copy_digest(c->o->context_dir, &co, d, err)
			                : strata_error_set(err, STRATA_EINVAL, 0,
			                                   "copy: no build context");
			if (r < 0) {
				cache_key_final(&k, key);
				return r;
			}
			cache_key_str(&k, 'C', d);
		}
		break;
	}
	case STRATA_OP_MKDIR:
		cache_key_str(&k, 'P', n->path);
		cache_key_int(&k, 'm', (int64_t)n->mode);
		cache_key_str(&k, 'o', n->chown);
		break;
	default: break;
	}
	cache_key_final(&k, key);
	return 0;
}

/* A key for the uncached ops, so that their children's keys still chain:
 * FROM by the resolved digest, SCRATCH constant, CONFIG by its patch. */
static void plain_key(struct solve_ctx *c, struct strata_node *n, const char *resolved,
                      char key[STRATA_DIGEST_LEN])
{
	struct cache_key k;
	cache_key_init(&k, n->op == STRATA_OP_FROM      ? "from"
	                   : n->op == STRATA_OP_SCRATCH ? "scratch"
	                                                : "config");
	if (n->op == STRATA_OP_FROM)
		cache_key_str(&k, 'r', resolved);
	if (n->op == STRATA_OP_CONFIG) {
		cache_key_str(&k, 'p', c->res[n->parent->index].key);
		AUTOFREE char *patch = json_dumps(n->patch, JSON_COMPACT | JSON_SORT_KEYS);
		cache_key_str(&k, 'j', patch);
	}
	cache_key_final(&k, key);
}

static int solve_node(struct solve_ctx *c, struct strata_node *n, struct strata_error **err);

struct dep_thread {
	struct solve_ctx *c;
	struct strata_node *n;
	struct strata_error *err;
	int r;
};

static void *dep_main(void *arg)
{
	struct dep_thread *t = arg;
	t->r = solve_node(t->c, t->n, &t->err);
	return NULL;
}

/* Solve parent and from; the two branches run at the same time. */
static int solve_deps(struct solve_ctx *c, struct strata_node *n, struct strata_error **err)
{
	struct strata_node *a = n->parent, *b = n->from;
	if (a && b && a != b) {
		struct dep_thread t = {.c = c, .n = b};
		pthread_t th;
		int spawned = pthread_create(&th, NULL, dep_main, &t) == 0;
		int r = solve_node(c, a, err);
		if (spawned)
			pthread_join(th, NULL);
		else
			t.r = solve_node(c, b, &t.err);
		if (r == 0 && t.r < 0 && err) {
			strata_error_free(*err);
			*err = t.err;
			t.err = NULL;
			r = t.r;
		}
		strata_error_free(t.err);
		return r < 0 ? r : t.r;
	}
	if (a) {
		int r = solve_node(c, a, err);
		if (r < 0)
			return r;
	}
	return b ? solve_node(c, b, err) : 0;
}

static void job_acquire(struct solve_ctx *c)
{
	pthread_mutex_lock(&c->lock);
	while (c->jobs_free == 0)
		pthread_cond_wait(&c->cond, &c->lock);
	c->jobs_free--;
	pthread_mutex_unlock(&c->lock);
}

static void job_release(struct solve_ctx *c)
{
	pthread_mutex_lock(&c->lock);
	c->jobs_free++;
	pthread_cond_broadcast(&c->cond);
	pthread_mutex_unlock(&c->lock);
}

/* Run n's op (not cached) and produce its image. */
static int execute(struct solve_ctx *c, struct strata_node *n, struct strata_image **out,
                   char resolved[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct strata_image *img = NULL;
	int r;
	if (n->op == STRATA_OP_FROM) {
		r = strata_image_resolve(c->o->store, c->o->plugins, n->ref, resolved, err);
		if (r == 0)
			r = strata_image_load(c->o->store, resolved, &img, err);
	} else if (n->op == STRATA_OP_INLINE) {
		r = op_inline(c, n, &img, err);
	} else if (n->op == STRATA_OP_FETCH) {
		r = op_fetch(c, n, &img, err);
	} else if (n->op == STRATA_OP_SCRATCH) {
		r = strata_image_new(&img, err);
		/* a fixed time, so a scratch image with only config is reproducible */
		if (r == 0)
			strata_image_set_created(
			        img, c->o->source_date_epoch >= 0 ? c->o->source_date_epoch : 0);
	} else {
		img = strata_image_clone(c->res[n->parent->index].img);
		/* config-only steps keep their parent's time: a rebuild gives the
		 * same digest; a step that makes a layer is stamped now */
		if (n->op != STRATA_OP_CONFIG)
			strata_image_set_created(img, c->o->source_date_epoch >= 0
			                                      ? c->o->source_date_epoch
			                                      : (int64_t)time(NULL));
		r = run_op(c, n, &img, err);
	}
	if (r < 0) {
		strata_image_free(img);
		return r;
	}
	*out = img;
	return 0;
}

static int solve_node(struct solve_ctx *c, struct strata_node *n, struct strata_error **err)
{
	struct node_result *res = &c->res[n->index];
	pthread_mutex_lock(&c->lock);
	while (res->state == NODE_RUNNING)
		pthread_cond_wait(&c->cond, &c->lock);
	if (res->state == NODE_DONE || res->state == NODE_FAILED) {
		int r = res->state == NODE_DONE ? 0 : STRATA_ECANCELED;
		pthread_mutex_unlock(&c->lock);
		if (r < 0)
			strata_error_set(err, r, 0, "an earlier step failed");
		return r;
	}
	res->state = NODE_RUNNING;
	pthread_mutex_unlock(&c->lock);

	int r = solve_deps(c, n, err);
	char resolved[STRATA_DIGEST_LEN] = "";
	int hit = 0;
	double t0 = now_seconds();
	if (r == 0 && c->failed)
		r = strata_error_set(err, STRATA_ECANCELED, 0, "an earlier step failed");
	if (r == 0) {
		int uncached = node_key(c, n, res->key, err);
		if (uncached < 0) {
			r = uncached;
		} else if (!uncached && !c->o->no_cache) {
			char manifest[STRATA_DIGEST_LEN];
			if (cache_get(c->o->store, res->key, manifest) == 0 &&
			    strata_image_load(c->o->store, manifest, &res->img, NULL) == 0)
				hit = 1;
		}
	}
	if (r == 0 && hit) {
		emit(c, STRATA_EV_CACHED, n, NULL, 0, 0);
	} else if (r == 0) {
		int heavy = n->op != STRATA_OP_FROM && n->op != STRATA_OP_SCRATCH &&
		            n->op != STRATA_OP_CONFIG;
		if (heavy)
			job_acquire(c);
		emit(c, STRATA_EV_START, n, NULL, 0, 0);
		r = execute(c, n, &res->img, resolved, err);
		if (heavy)
			job_release(c);
		if (r == 0 && heavy) {
			char manifest[STRATA_DIGEST_LEN];
			r = strata_image_save(c->o->store, res->img, manifest, err);
			if (r == 0)
				r = cache_put(c->o->store, res->key, manifest, err);
		}
		if (r == 0 && !heavy)
			plain_key(c, n, resolved, res->key);
		if (r == 0)
			emit(c, STRATA_EV_DONE, n, NULL, 0, now_seconds() - t0);
	}
	if (r < 0 && r != STRATA_ECANCELED && !(err && *err && (*err)->where)) {
		/* this node's own failure (a dependency's already has its where) */
		strata_error_set_where(err, n->info.where);
		if (err && *err)
			emit(c, STRATA_EV_FAILED, n, (*err)->msg, strlen((*err)->msg),
			     now_seconds() - t0);
	}
	pthread_mutex_lock(&c->lock);
	res->state = r == 0 ? NODE_DONE : NODE_FAILED;
	if (r < 0 && r != STRATA_ECANCELED)
		c->failed = 1;
	pthread_cond_broadcast(&c->cond);
	pthread_mutex_unlock(&c->lock);
	return r;
}

/* Mark what target needs; report stages with no needed node as skipped. */
static void report_skipped(struct solve_ctx *c, struct strata_node *target)
{
	size_t n = c->g->n;
	AUTOFREE char *need = xzalloc(n + 1);
	/* nodes are appended after their dependencies, so one pass from the
	 * end finds everything reachable */
	need[target->index] = 1;
	for (size_t i = n; i > 0; i--) {
		struct strata_node *x = c->g->nodes[i - 1];
		if (!need[i - 1])
			continue;
		if (x->parent)
			need[x->parent->index] = 1;
		if (x->from)
			need[x->from->index] = 1;
	}
	for (size_t i = 0; i < n; i++) {
		struct strata_node *x = c->g->nodes[i];
		if (need[i] || !x->info.stage)
			continue;
		int seen = 0, used = 0;
		for (size_t j = 0; j < n; j++) {
			struct strata_node *y = c->g->nodes[j];
			if (!y->info.stage || strcmp(y->info.stage, x->info.stage) != 0)
				continue;
			if (j < i)
				seen = 1;
			if (need[j])
				used = 1;
		}
		if (!seen && !used)
			emit(c, STRATA_EV_SKIPPED, x, NULL, 0, 0);
	}
}

int strata_solve(struct strata_graph *g, struct strata_node *target,
                 const struct strata_solve_opts *opts, char manifest_digest_out[STRATA_DIGEST_LEN],
                 struct strata_error **err)
{
	if (!target || target->graph != g)
		return strata_error_set(err, STRATA_EINVAL, 0, "solve: target not in this graph");
	const char *sbname = opts->sandbox ? opts->sandbox : "namespaces";
	struct solve_ctx c = {.g = g, .o = opts};
	c.sandbox = opts->plugins ? strata_plugins_sandbox(opts->plugins, sbname) : NULL;
	int r = 0;
	if (!c.sandbox) {
		/* only an error once a RUN needs it */
		for (size_t i = 0; i < g->n; i++) {
			if (g->nodes[i]->op == STRATA_OP_RUN) {
				r = strata_error_set(err, STRATA_EPLUGIN, 0,
				                     "sandbox '%s' is not available (no plugin "
				                     "registers it)",
				                     sbname);
				break;
			}
		}
		if (r < 0)
			return r;
	}
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	c.jobs_free = opts->jobs > 0 ? opts->jobs : (cores > 0 ? (int)cores : 1);
	c.res = xzalloc((g->n + 1) * sizeof(*c.res));
	pthread_mutex_init(&c.ev_lock, NULL);
	pthread_mutex_init(&c.lock, NULL);
	pthread_cond_init(&c.cond, NULL);
	report_skipped(&c, target);
	r = solve_node(&c, target, err);
	if (r == 0)
		r = strata_image_save(opts->store, c.res[target->index].img, manifest_digest_out,
		                      err);
	for (size_t i = 0; i < g->n; i++) {
		strata_image_free(c.res[i].img);
		if (c.res[i].fetch_dir)
			strata_rmtree(c.res[i].fetch_dir, NULL);
		free(c.res[i].fetch_dir);
	}
	free(c.res);
	pthread_mutex_destroy(&c.ev_lock);
	pthread_mutex_destroy(&c.lock);
	pthread_cond_destroy(&c.cond);
	return r;
}

int strata_process_isolate(struct strata_error **err)
{
	if (unshare(CLONE_NEWNS) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "unshare mount namespace");
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "make / private");
	return 0;
}
