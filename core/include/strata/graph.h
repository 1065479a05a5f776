/* strata: the build graph.
 *
 * Frontends describe a build as a graph of lazy ops; nothing runs until
 * strata_solve(). Each op takes a parent state and makes a new one, so a node
 * *is* a state: a chain of layers plus an image config. Nodes are owned by
 * their graph and live until it is freed. */
#ifndef STRATA_GRAPH_H
#define STRATA_GRAPH_H

#include <sys/types.h>
#include "common.h"

struct strata_graph;
struct strata_node;

enum strata_op {
	STRATA_OP_FROM = 1, /* an image reference */
	STRATA_OP_SCRATCH,  /* the empty image */
	STRATA_OP_RUN,      /* a process in a sandbox; its changes are a layer */
	STRATA_OP_COPY,     /* files from the context or another state */
	STRATA_OP_MKDIR,    /* a directory (WORKDIR) */
	STRATA_OP_CONFIG,   /* a patch to the image config; no layer */
	STRATA_OP_INLINE,   /* files with given contents (COPY <<EOF) */
	STRATA_OP_FETCH,    /* one file downloaded from a URL (ADD URL) */
};

/* Where a node came from, for progress and errors. All strings are copied. */
struct strata_node_info {
	const char *stage; /* display name of the stage ("builder", "0") */
	const char *desc;  /* "RUN sh hello.sh"; also the history's created_by */
	const char *where; /* "Dockerfile:4" */
	int step;          /* 1-based position within the stage, 0 when unknown */
	int steps;         /* steps in the stage, 0 when unknown */
};

/* RUN --mount kinds. */
enum strata_run_mount_kind {
	STRATA_RUN_MOUNT_BIND = 1, /* a path of the context or of another state */
	STRATA_RUN_MOUNT_CACHE,    /* a directory that persists across builds */
	STRATA_RUN_MOUNT_TMPFS,    /* an empty tmpfs */
	STRATA_RUN_MOUNT_SECRET,   /* a secret given to the build, as a file or env */
};

enum strata_cache_sharing {
	STRATA_SHARING_SHARED = 0, /* every concurrent user sees the same dir */
	STRATA_SHARING_PRIVATE,    /* a concurrent user gets a fresh dir */
	STRATA_SHARING_LOCKED,     /* concurrent users wait their turn */
};

/* One RUN --mount. What a mount holds is never part of the RUN's layer;
 * the mount point itself is removed after the run when the rootfs lacked it. */
struct strata_run_mount {
	int kind;                 /* enum strata_run_mount_kind */
	const char *target;       /* absolute path inside the rootfs (secret:
	                             may be NULL with env set) */
	struct strata_node *from; /* bind: the state to mount from; NULL: the
	                             local context */
	const char *source;       /* bind: path inside from or the context
	                             (NULL or "": its root) */
	int readwrite;            /* bind: writes allowed (and thrown away) */
	const char *id;           /* cache: id (NULL: the target); secret: id */
	int sharing;              /* cache: enum strata_cache_sharing */
	int uid, gid, mode;       /* cache: owner and mode of a new cache dir
	                             (-1: 0, 0, 0755) */
	const char *env;          /* secret: also set this env var to it */
	int required;             /* secret: a missing secret is an error */
	int64_t size;             /* tmpfs: size limit in bytes, 0 none */
};

struct strata_run_args {
	const char *const *argv; /* NULL-terminated, argv[0] not empty */
	const char *const *env;  /* NULL-terminated "K=V" */
	const char *cwd;         /* absolute; NULL: "/" */
	const char *user;        /* "user[:group]", resolved in the rootfs; NULL: root */
	int network;             /* enum strata_network (plugin.h) */
	const struct strata_run_mount *mounts; /* may be NULL */
	size_t nmounts;
};

struct strata_copy_args {
	/* The state whose rootfs is the source, or NULL for a local context. */
	struct strata_node *from;
	/* The local context's name when from is NULL; NULL means "context". */
	const char *context;
	/* See struct strata_copy_opts (copy.h) for the meaning of these. */
	const char *const *sources;
	const char *dest;
	const char *chown;
	int chmod;
	const char *const *excludes;
	/* ADD: a source that is a local tar archive (plain, gzip, bzip2, xz,
	 * zstd) is extracted into dest instead of copied. Appended member. */
	int unpack;
	/* COPY --parents: each source keeps its path (the part before any glob
	 * character) below dest. Appended member. */
	int parents;
};

/* One file of an inline state. */
struct strata_inline_file {
	const char *path; /* relative, e.g. "EOF" or "app/config" */
	const char *data;
	size_t len;
	mode_t mode; /* 0644 when 0 */
};

/* Ownership: *out is the caller's; free with strata_graph_free(), which frees
 * every node. Thread: a graph is built on one thread; the solver only reads it. */
STRATA_API int strata_graph_new(struct strata_graph **out, struct strata_error **err);
STRATA_API void strata_graph_free(struct strata_graph *g);

/* Add ops. Every argument is copied; *out is borrowed from g.
 * Errors: STRATA_EINVAL (naming the bad argument), e.g. a parent from another
 * graph, an empty argv, a relative dest. */
STRATA_API int strata_graph_from(struct strata_graph *g, const char *ref,
                                 const struct strata_node_info *info, struct strata_node **out,
                                 struct strata_error **err);
STRATA_API int strata_graph_scratch(struct strata_graph *g, const struct strata_node_info *info,
                                    struct strata_node **out, struct strata_error **err);
STRATA_API int strata_graph_run(struct strata_graph *g, struct strata_node *parent,
                                const struct strata_run_args *args,
                                const struct strata_node_info *info, struct strata_node **out,
                                struct strata_error **err);
STRATA_API int strata_graph_copy(struct strata_graph *g, struct strata_node *parent,
                                 const struct strata_copy_args *args,
                                 const struct strata_node_info *info, struct strata_node **out,
                                 struct strata_error **err);
/* mkdir -p path (absolute), owned per chown ("user[:group]" or NULL for 0:0). */
STRATA_API int strata_graph_mkdir(struct strata_graph *g, struct strata_node *parent,
                                  const char *path, mode_t mode, const char *chown,
                                  const struct strata_node_info *info, struct strata_node **out,
                                  struct strata_error **err);
/* patch_json: a JSON object merged into the image's "config" (see
 * strata_image_config_patch). */
STRATA_API int strata_graph_config(struct strata_graph *g, struct strata_node *parent,
                                   const char *patch_json, const struct strata_node_info *info,
                                   struct strata_node **out, struct strata_error **err);

/* A state (no parent) whose rootfs holds just these files, owned 0:0: a
 * source for copies of heredoc contents. Every byte is copied. */
STRATA_API int strata_graph_inline(struct strata_graph *g, const struct strata_inline_file *files,
                                   size_t nfiles, const struct strata_node_info *info,
                                   struct strata_node **out, struct strata_error **err);

/* A state (no parent) whose rootfs holds one file, name (a single path
 * component), downloaded from url (http, https, or file for tests) with
 * mode 0600 and the server's Last-Modified time, as ADD does. When checksum
 * ("sha256:<hex>") is given the download must match it, and the cache key is
 * the checksum (no download on a rebuild); without one the file is fetched
 * on every build and keyed by its content. */
STRATA_API int strata_graph_fetch(struct strata_graph *g, const char *url, const char *name,
                                  const char *checksum, const struct strata_node_info *info,
                                  struct strata_node **out, struct strata_error **err);

/* patch_json: a JSON object of top-level image fields — "author" and
 * "comment" only (MAINTAINER); what else the document holds (config, rootfs,
 * history, platform, times) strata manages itself.
 * Errors: STRATA_EINVAL naming another key. */
STRATA_API int strata_graph_document(struct strata_graph *g, struct strata_node *parent,
                                     const char *patch_json, const struct strata_node_info *info,
                                     struct strata_node **out, struct strata_error **err);

/* Introspection, for tests and the graph dump. */
STRATA_API enum strata_op strata_node_op(const struct strata_node *n);
STRATA_API struct strata_node *strata_node_parent(const struct strata_node *n);
STRATA_API const struct strata_node_info *strata_node_info(const struct strata_node *n);
STRATA_API size_t strata_graph_node_count(const struct strata_graph *g);
STRATA_API struct strata_node *strata_graph_node_at(const struct strata_graph *g, size_t i);
/* A canonical, line-per-node text dump of everything target depends on, in
 * dependency order (for frontend tests). Ownership: the caller's (free()). */
STRATA_API char *strata_graph_dump(const struct strata_graph *g, const struct strata_node *target);

#endif
