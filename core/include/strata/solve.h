/* strata: the solver — turns a graph node into a stored image.
 *
 * It walks only what the target needs, looks each op up in the cache, runs
 * what is missing, and emits events; it never prints. */
#ifndef STRATA_SOLVE_H
#define STRATA_SOLVE_H

#include "common.h"
#include "graph.h"

struct strata_plugins;

enum strata_event_kind {
	STRATA_EV_START = 1, /* a step begins */
	STRATA_EV_OUTPUT,    /* bytes a step's process wrote (data, len) */
	STRATA_EV_DONE,      /* a step finished (seconds) */
	STRATA_EV_CACHED,    /* a step was found in the cache */
	STRATA_EV_FAILED,    /* a step failed (data: the message) */
	STRATA_EV_SKIPPED,   /* a stage the target does not need (info->stage) */
	STRATA_EV_NOTE,      /* informational text (data) */
	STRATA_EV_MISS,      /* why a step missed the cache (data), before its START */
};

struct strata_event {
	enum strata_event_kind kind;
	const struct strata_node_info *info; /* the node's info (NULL for NOTE) */
	const char *data;
	size_t len;
	double seconds;
};

/* Called from the solver's threads, one call at a time. */
typedef void (*strata_event_fn)(void *ud, const struct strata_event *ev);

/* A secret for RUN --mount=type=secret (never stored, logged or hashed). */
struct strata_secret {
	const char *id;
	const char *data;
	size_t len;
};

struct strata_solve_opts {
	struct strata_store *store;
	struct strata_plugins *plugins;
	const char *sandbox; /* sandbox backend name; NULL: see sandboxes */
	/* ordered candidates when sandbox is NULL (a site's fallback list): the
	 * first whose probe says it works here is used. Probed only when a RUN
	 * actually runs, so a cached build probes nothing. NULL: "namespaces" */
	const char *const *sandboxes;
	const char *context_dir;  /* the local build context ("context") */
	strata_event_fn on_event; /* may be NULL */
	void *event_ud;
	int jobs;                            /* parallel ops; 0: the number of cores */
	int no_cache;                        /* 1: run everything */
	int64_t source_date_epoch;           /* >= 0: image times (and layer mtimes) clamped */
	const struct strata_secret *secrets; /* --secret, may be NULL */
	size_t nsecrets;
	/* stages (node info's stage) whose steps never use the cache
	 * (--no-cache-filter), NULL-terminated, may be NULL */
	const char *const *no_cache_stages;
	/* more nodes to build alongside the target (--all-stages), in
	 * parallel with it; their images are not saved as the result */
	struct strata_node *const *also;
	size_t nalso;
	/* 1: a miss also says what changed in detail (old and new values);
	 * a miss always names which input changed when an earlier build of
	 * the same step is on record (--explain-cache) */
	int explain;
};

/* Build target and save its image in the store.
 * Ownership: digest_out is the caller's buffer.
 * Errors: the failing op's error, its where set to the node's location. A
 * failed build stores no tag and leaves every earlier image intact. */
STRATA_API int strata_solve(struct strata_graph *g, struct strata_node *target,
                            const struct strata_solve_opts *opts,
                            char manifest_digest_out[STRATA_DIGEST_LEN], struct strata_error **err);

/* Find an image by reference: a tag in the store first, then a transport
 * ("oci:DIR", "docker-archive:FILE", "docker://…", or a registry name when a
 * "docker" transport is loaded), pulling it into the store.
 * Errors: STRATA_ENOENT naming the reference. */
STRATA_API int strata_image_resolve(struct strata_store *st, struct strata_plugins *plugins,
                                    const char *ref, char manifest_digest_out[STRATA_DIGEST_LEN],
                                    struct strata_error **err);

/* Make the calling process's mounts private to it (a new mount namespace with
 * / made rprivate), so overlay mounts the solver makes vanish when it exits.
 * Call once, before any thread starts. Errors: STRATA_EIO. */
STRATA_API int strata_process_isolate(struct strata_error **err);

#endif
