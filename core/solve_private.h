/* strata: the solver's insides, shared by solve.c (the walk, the cache) and
 * ops.c (what each op does). */
#ifndef STRATA_SOLVE_PRIVATE_H
#define STRATA_SOLVE_PRIVATE_H

#include <pthread.h>

#include "cache_private.h"
#include "graph_private.h"
#include "strata/image.h"
#include "strata/plugin.h"
#include "strata/solve.h"

struct strata_statcache;

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
	const struct strata_sandbox *sandbox; /* chosen at the first RUN that runs */
	struct strata_error *sandbox_err;     /* why none could be chosen */
	int sandbox_picked;
	struct node_result *res; /* by node index */
	pthread_mutex_t ev_lock; /* one event at a time */
	pthread_mutex_t lock;    /* node states, jobs_free, failed */
	pthread_cond_t cond;
	int jobs_free;                      /* op slots left (--jobs) */
	int failed;                         /* a step failed: start nothing new */
	struct strata_statcache *statcache; /* the context's, for its digests */
};

/* Emit an event (one at a time, from any thread). */
void solve_emit(struct solve_ctx *c, enum strata_event_kind kind, const struct strata_node *n,
                const char *data, size_t len, double seconds);

/* Run n's op on img (a clone of its parent's image): RUN, COPY, MKDIR,
 * CONFIG change img; INLINE and FETCH make *img. FROM and SCRATCH are the
 * walk's. Errors: the op's. */
int ops_execute(struct solve_ctx *c, struct strata_node *n, struct strata_image **img,
                struct strata_error **err);

/* Add a RUN's mounts to its cache key (never a cache's or a secret's
 * content; a bind's through its source). Errors: a context digest's. */
int ops_mounts_key(struct solve_ctx *c, struct strata_node *n, struct cache_key *k,
                   struct strata_error **err);

/* Download a FETCH node's URL once (into its result's fetch_dir). */
int ops_fetch_download(struct solve_ctx *c, struct strata_node *n, struct strata_error **err);

#endif
