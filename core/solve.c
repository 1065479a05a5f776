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
#include <limits.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <time.h>
#include <unistd.h>

#include "cache_private.h"
#include "statcache_private.h"
#include "graph_private.h"
#include "snapshot_private.h"
#include "strata/copy.h"
#include "strata/error.h"
#include "strata/image.h"
#include "strata/layer.h"
#include "strata/plugin.h"
#include "strata/store.h"
#include "util.h"

#include "solve_private.h"

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void solve_emit(struct solve_ctx *c, enum strata_event_kind kind, const struct strata_node *n,
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

/* --- the walk ------------------------------------------------------------ */

/* The cache key of n, once its dependencies are solved. Returns 0 with key
 * set, or 1 when n is not cached (FROM and SCRATCH are cheap to redo,
 * CONFIG takes its parent's time, so none of them needs a record). */
static int node_key(struct solve_ctx *c, struct strata_node *n, char key[STRATA_DIGEST_LEN],
                    json_t *parts, struct strata_error **err)
{
	if (n->op == STRATA_OP_FROM || n->op == STRATA_OP_SCRATCH || n->op == STRATA_OP_CONFIG)
		return 1;
	struct cache_key k;
	if (n->op == STRATA_OP_INLINE) {
		cache_key_init(&k, "inline");
		k.parts = parts;
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
			int r = ops_fetch_download(c, n, err);
			if (r < 0)
				return r;
		}
		cache_key_init(&k, "fetch");
		k.parts = parts;
		cache_key_str(&k, 'n', n->name);
		cache_key_str(&k, 'c', n->checksum ? n->checksum : c->res[n->index].fetch_digest);
		cache_key_int(&k, 't', n->checksum ? -1 : c->res[n->index].fetch_mtime);
		cache_key_final(&k, key);
		return 0;
	}
	cache_key_init(&k, n->op == STRATA_OP_RUN    ? "run"
	                   : n->op == STRATA_OP_COPY ? "copy"
	                                             : "mkdir");
	k.parts = parts;
	cache_key_str(&k, 'p', c->res[n->parent->index].key);
	switch (n->op) {
	case STRATA_OP_RUN:
		cache_key_strv(&k, 'a', n->argv);
		cache_key_strv(&k, 'e', n->env);
		cache_key_str(&k, 'c', n->cwd);
		cache_key_str(&k, 'u', n->user);
		cache_key_int(&k, 'n', n->network);
		int mr = ops_mounts_key(c, n, &k, err);
		if (mr < 0) {
			cache_key_final(&k, key);
			return mr;
		}
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
			        .statcache = c->statcache,
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
		cache_key_int(&k, 'D', n->document);
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

/* Solve nodes, each on a thread of its own (the first on this one). */
static int solve_list(struct solve_ctx *c, struct strata_node *const *all, size_t nd,
                      struct strata_error **err)
{
	if (nd == 0)
		return 0;
	AUTOFREE struct dep_thread *t = xzalloc(nd * sizeof(*t));
	AUTOFREE pthread_t *th = xzalloc(nd * sizeof(*th));
	AUTOFREE char *spawned = xzalloc(nd);
	for (size_t i = 1; i < nd; i++) {
		t[i] = (struct dep_thread){.c = c, .n = all[i]};
		spawned[i] = pthread_create(&th[i], NULL, dep_main, &t[i]) == 0;
	}
	t[0] = (struct dep_thread){.c = c, .n = all[0]};
	t[0].r = solve_node(c, all[0], &t[0].err);
	int r = 0;
	for (size_t i = 0; i < nd; i++) {
		if (i > 0 && spawned[i])
			pthread_join(th[i], NULL);
		else if (i > 0)
			t[i].r = solve_node(c, all[i], &t[i].err);
		/* report the first real failure, not a "cancelled" echo of it */
		if (t[i].r < 0 &&
		    (r == 0 || (r == STRATA_ECANCELED && t[i].r != STRATA_ECANCELED))) {
			r = t[i].r;
			if (err) {
				strata_error_free(*err);
				*err = t[i].err;
				t[i].err = NULL;
			}
		}
		strata_error_free(t[i].err);
	}
	return r;
}

/* Solve the parent and every other dependency, at the same time. */
static int solve_deps(struct solve_ctx *c, struct strata_node *n, struct strata_error **err)
{
	size_t nd = (n->parent ? 1 : 0) + n->ndeps;
	AUTOFREE struct strata_node **all = xzalloc((nd + 1) * sizeof(*all));
	size_t k = 0;
	if (n->parent)
		all[k++] = n->parent;
	for (size_t i = 0; i < n->ndeps; i++)
		all[k++] = n->deps[i];
	return solve_list(c, all, nd, err);
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
		r = ops_execute(c, n, &img, err);
	} else if (n->op == STRATA_OP_FETCH) {
		r = ops_execute(c, n, &img, err);
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
		r = ops_execute(c, n, &img, err);
	}
	if (r < 0) {
		strata_image_free(img);
		return r;
	}
	*out = img;
	return 0;
}

/* --no-cache, or --no-cache-filter naming this node's stage */
static int no_cache_for(struct solve_ctx *c, const struct strata_node *n)
{
	if (c->o->no_cache)
		return 1;
	for (size_t i = 0; c->o->no_cache_stages && c->o->no_cache_stages[i]; i++)
		if (n->info.stage && strcmp(n->info.stage, c->o->no_cache_stages[i]) == 0)
			return 1;
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
	int hit = 0, uncached = 1;
	json_t *parts = NULL;
	double t0 = now_seconds();
	if (r == 0 && c->failed)
		r = strata_error_set(err, STRATA_ECANCELED, 0, "an earlier step failed");
	if (r == 0) {
		parts = json_object();
		uncached = node_key(c, n, res->key, parts, err);
		if (uncached < 0) {
			r = uncached;
		} else if (!uncached && !no_cache_for(c, n)) {
			char manifest[STRATA_DIGEST_LEN];
			if (cache_get(c->o->store, res->key, manifest) == 0 &&
			    strata_image_load(c->o->store, manifest, &res->img, NULL) == 0)
				hit = 1;
		}
	}
	if (r == 0 && hit) {
		solve_emit(c, STRATA_EV_CACHED, n, NULL, 0, 0);
	} else if (r == 0) {
		if (!uncached) {
			/* say why (when an earlier build of this step is on record)
			 * and record this one for the next build */
			AUTOFREE char *step =
			        xasprintf("%s\n%d\n%d\n%s", n->info.stage ? n->info.stage : "",
			                  n->info.step, (int)n->op,
			                  n->info.stage  ? ""
			                  : n->info.desc ? n->info.desc
			                                 : "");
			AUTOFREE char *why = cache_explain(c->o->store, step, parts, c->o->explain);
			if (c->o->no_cache || no_cache_for(c, n))
				solve_emit(c, STRATA_EV_MISS, n, "--no-cache", 10, 0);
			else if (why)
				solve_emit(c, STRATA_EV_MISS, n, why, strlen(why), 0);
		}
		int heavy = n->op != STRATA_OP_FROM && n->op != STRATA_OP_SCRATCH &&
		            n->op != STRATA_OP_CONFIG;
		if (heavy)
			job_acquire(c);
		solve_emit(c, STRATA_EV_START, n, NULL, 0, 0);
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
			solve_emit(c, STRATA_EV_DONE, n, NULL, 0, now_seconds() - t0);
	}
	if (r < 0 && r != STRATA_ECANCELED && !(err && *err && (*err)->where)) {
		/* this node's own failure (a dependency's already has its where) */
		strata_error_set_where(err, n->info.where);
		if (err && *err)
			solve_emit(c, STRATA_EV_FAILED, n, (*err)->msg, strlen((*err)->msg),
			           now_seconds() - t0);
	}
	if (parts)
		json_decref(parts);
	pthread_mutex_lock(&c->lock);
	res->state = r == 0 ? NODE_DONE : NODE_FAILED;
	if (r < 0 && r != STRATA_ECANCELED)
		c->failed = 1;
	pthread_cond_broadcast(&c->cond);
	pthread_mutex_unlock(&c->lock);
	return r;
}

/* Mark what the roots need; report stages with no needed node as skipped. */
static void report_skipped(struct solve_ctx *c, struct strata_node *const *roots, size_t nroots)
{
	size_t n = c->g->n;
	AUTOFREE char *need = xzalloc(n + 1);
	/* nodes are appended after their dependencies, so one pass from the
	 * end finds everything reachable */
	for (size_t i = 0; i < nroots; i++)
		need[roots[i]->index] = 1;
	for (size_t i = n; i > 0; i--) {
		struct strata_node *x = c->g->nodes[i - 1];
		if (!need[i - 1])
			continue;
		if (x->parent)
			need[x->parent->index] = 1;
		for (size_t d = 0; d < x->ndeps; d++)
			need[x->deps[d]->index] = 1;
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
			solve_emit(c, STRATA_EV_SKIPPED, x, NULL, 0, 0);
	}
}

int strata_solve(struct strata_graph *g, struct strata_node *target,
                 const struct strata_solve_opts *opts, char manifest_digest_out[STRATA_DIGEST_LEN],
                 struct strata_error **err)
{
	if (!target || target->graph != g)
		return strata_error_set(err, STRATA_EINVAL, 0, "solve: target not in this graph");
	struct solve_ctx c = {.g = g, .o = opts};
	int r = 0;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	c.jobs_free = opts->jobs > 0 ? opts->jobs : (cores > 0 ? (int)cores : 1);
	c.res = xzalloc((g->n + 1) * sizeof(*c.res));
	pthread_mutex_init(&c.ev_lock, NULL);
	pthread_mutex_init(&c.lock, NULL);
	pthread_cond_init(&c.cond, NULL);
	if (opts->context_dir)
		c.statcache = statcache_open(opts->store, opts->context_dir);
	AUTOFREE struct strata_node **roots = xzalloc((opts->nalso + 1) * sizeof(*roots));
	roots[0] = target;
	for (size_t i = 0; i < opts->nalso; i++) {
		if (!opts->also[i] || opts->also[i]->graph != g) {
			r = strata_error_set(err, STRATA_EINVAL, 0,
			                     "solve: extra target not in this graph");
			goto done;
		}
		roots[i + 1] = opts->also[i];
	}
	report_skipped(&c, roots, opts->nalso + 1);
	r = solve_list(&c, roots, opts->nalso + 1, err);
	if (r == 0)
		r = strata_image_save(opts->store, c.res[target->index].img, manifest_digest_out,
		                      err);
done:
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
	statcache_close(c.statcache);
	strata_error_free(c.sandbox_err);
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
