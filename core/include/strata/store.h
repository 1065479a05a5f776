/* strata: the content-addressed store.
 *
 * Every write is a temp file (fsync'd) renamed into place, and every removal
 * of a tree a rename into trash/ first, so an interrupted process leaves only
 * tmp/ and trash/ litter (and "<name>.tmp.<tid>" files beside the few writers
 * that rename in place), never a half blob, tag or layer dir.
 *
 * The layout under the root (default /var/lib/strata) is enum
 * strata_store_area below; core/store.c alone spells the names, and every
 * other file asks strata_store_path() for them. */
#ifndef STRATA_STORE_H
#define STRATA_STORE_H

#include <sys/types.h>
#include "common.h"

struct strata_store;
struct strata_blob_writer;

/* The areas of the store: each a file or directory directly under the root.
 * Made when the store opens: blobs, tags, layers, cache, tmp, trash, lock.
 * The rest are made by their first writer, mode 0700. */
enum strata_store_area {
	STRATA_STORE_BLOBS,        /* blobs/sha256/<hex>: blobs, by the sha256 of their bytes */
	STRATA_STORE_TAGS,         /* tags/<escaped name>: a manifest digest per tag */
	STRATA_STORE_LAYERS,       /* layers/<diffID hex>/: unpacked layers (overlay lower
	                            * dirs); layers/<hex>.complete, the marker written
	                            * last: a dir without it is an interrupted commit */
	STRATA_STORE_CACHE,        /* cache/<key hex>: an op's cache record, the digest of
	                            * the manifest of its result */
	STRATA_STORE_TMP,          /* temp files and work dirs (snapshots, unpacking);
	                            * swept on open when no other process has the store */
	STRATA_STORE_TRASH,        /* what is being removed: moved here in one rename,
	                            * then deleted; swept like tmp/ */
	STRATA_STORE_LOGS,         /* logs/<key hex>.log: a RUN step's output */
	STRATA_STORE_EXPLAIN,      /* explain/<step id hex>: a step's last cache key parts,
	                            * for --explain-cache */
	STRATA_STORE_STATCACHE,    /* statcache/<context root hex>: file metadata -> sums */
	STRATA_STORE_CACHE_MOUNTS, /* cache-mounts/<id hex>/: RUN --mount=type=cache dirs,
	                            * with <hex>.id (the id in clear) and <hex>.lock */
	STRATA_STORE_LOCK,         /* lock: flock, shared while open, exclusive for
	                            * sweeps, prune and fsck */
	STRATA_STORE_LAYERS_LOCK,  /* layers.lock: flock held by layer commits */
	STRATA_STORE_NAREAS
};

/* The path of an area: root/<area>, or root/<area>/<name> when name is not
 * NULL (name is used as given: callers pass a file name, not a path).
 * Ownership: the caller's (free()). Thread: safe. */
STRATA_API char *strata_store_path(const struct strata_store *st, enum strata_store_area area,
                                   const char *name);

/* Callback for strata_store_tag_list(); return non-zero to stop. */
typedef int (*strata_tag_fn)(void *ud, const char *name, const char *digest);

/* Open (creating if missing) the store at root; takes a shared lock held until
 * strata_store_free(). When no other process holds the store, stale tmp/
 * entries left by an interrupted run are removed.
 * Ownership: *out is the caller's; free with strata_store_free().
 * Errors: STRATA_EIO (cannot create/lock), STRATA_EINVAL (root not a dir).
 * Thread: the handle may be shared between threads once open. */
STRATA_API int strata_store_open(const char *root, struct strata_store **out,
                                 struct strata_error **err);

/* Take the store for this process alone (for prune): no other process may
 * have it open. Held until strata_store_free().
 * Errors: STRATA_EBUSY when another process has it open. */
STRATA_API int strata_store_lock_exclusive(struct strata_store *st, struct strata_error **err);

/* What the store holds, by kind, in bytes on disk (strata_store_usage). */
struct strata_store_usage {
	int64_t blobs;         /* every blob */
	int64_t blobs_unused;  /* blobs no tag and no cache record reaches */
	int64_t layers;        /* unpacked layer dirs */
	int64_t layers_unused; /* unpacked dirs of layers nothing reaches */
	int64_t cache;         /* blobs only the build cache reaches */
	int64_t cache_mounts;  /* RUN --mount=type=cache dirs */
	int64_t tmp;           /* work space and leftovers */
	size_t nblobs, ntags, nrecords;
};

/* Measure the store. Errors: STRATA_EIO. */
STRATA_API int strata_store_usage(struct strata_store *st, struct strata_store_usage *u,
                                  struct strata_error **err);

struct strata_prune_opts {
	/* keep build cache records, newest first, while what they alone reach
	 * fits in this many bytes; -1 removes every record */
	int64_t keep_storage;
	int all; /* also the cache mounts and the miss-explanation records */
};

/* Prune (see docs in README "Store and prune"): build cache records beyond
 * keep_storage (oldest first), then every blob and unpacked layer that no tag
 * and no remaining record reaches, and tmp/. Tagged images are never
 * removed. Needs strata_store_lock_exclusive() first.
 * freed_out (may be NULL): bytes removed.
 * Errors: STRATA_EBUSY (not locked), STRATA_EIO. */
STRATA_API int strata_store_prune(struct strata_store *st, const struct strata_prune_opts *o,
                                  int64_t *freed_out, struct strata_error **err);

/* Ownership: releases the lock and frees st; accepts NULL. */
/* Called by strata_store_fsck() for each problem: the path, the cause
 * ("content hashes to 'sha256:…'"), and whether the repair removed it. */
typedef void (*strata_fsck_fn)(void *ud, const char *path, const char *cause, int repaired);

struct strata_fsck_opts {
	int repair; /* remove what is broken, so the next build remakes it */
	strata_fsck_fn report;
	void *ud;
};

/* Check the store: every tag reaches a manifest (or index) whose config and
 * layers are present and hash to their digests; every blob hashes to its
 * name; unpacked layers carry their completion marker; cache records reach
 * whole images; nothing half-written (temp files, trash, a mount) is left.
 * Takes the store for this process alone (as prune), so what opening an idle
 * store sweeps is gone already. *problems: how many were found; *left: how
 * many remain (all of them without repair).
 * Errors: STRATA_EBUSY (the store is in use), STRATA_EIO. */
STRATA_API int strata_store_fsck(struct strata_store *st, const struct strata_fsck_opts *o,
                                 size_t *problems, size_t *left, struct strata_error **err);

STRATA_API void strata_store_free(struct strata_store *st);

/* The absolute, symlink-free root path. Ownership: borrowed from st. */
STRATA_API const char *strata_store_root(const struct strata_store *st);

/* --- blobs --------------------------------------------------------------- */

/* Start a streamed blob. Bytes go to a temp file under tmp/ and are hashed as
 * they arrive. Ownership: *out is the caller's: commit it, or free it to abort.
 * Errors: STRATA_EIO. Thread: a writer belongs to one thread. */
STRATA_API int strata_blob_writer_new(struct strata_store *st, struct strata_blob_writer **out,
                                      struct strata_error **err);
STRATA_API int strata_blob_writer_write(struct strata_blob_writer *w, const void *buf, size_t len,
                                        struct strata_error **err);
/* Bytes written so far. */
STRATA_API int64_t strata_blob_writer_size(const struct strata_blob_writer *w);

/* fsync and rename into blobs/. When expected is not NULL and the bytes hash to
 * something else, nothing is stored and the error names both digests.
 * digest_out (may be NULL) receives "sha256:<hex>". The writer is spent after
 * this call either way; still free it.
 * Errors: STRATA_ECORRUPT (mismatch), STRATA_EIO. */
STRATA_API int strata_blob_writer_commit(struct strata_blob_writer *w, const char *expected,
                                         char digest_out[STRATA_DIGEST_LEN],
                                         struct strata_error **err);

/* Ownership: aborts an uncommitted writer (removes its temp file); accepts NULL. */
STRATA_API void strata_blob_writer_free(struct strata_blob_writer *w);

/* Store a buffer as a blob. Errors: STRATA_EIO. */
STRATA_API int strata_store_put_blob(struct strata_store *st, const void *buf, size_t len,
                                     char digest_out[STRATA_DIGEST_LEN], struct strata_error **err);

/* 1 when the blob is present, 0 when not (or digest is malformed). */
STRATA_API int strata_store_has_blob(struct strata_store *st, const char *digest);

/* Open a blob for reading (not verified: stream readers hash what they read).
 * Ownership: *fd is the caller's to close.
 * Errors: STRATA_ENOENT, STRATA_EINVAL (malformed digest), STRATA_EIO. */
STRATA_API int strata_store_open_blob(struct strata_store *st, const char *digest, int *fd,
                                      struct strata_error **err);

/* Read a whole blob and verify it against its digest.
 * Ownership: *buf is the caller's (free()); it is NUL-terminated past *len.
 * Errors: STRATA_ENOENT, STRATA_ECORRUPT (bytes do not match), STRATA_EIO. */
STRATA_API int strata_store_read_blob(struct strata_store *st, const char *digest, char **buf,
                                      size_t *len, struct strata_error **err);

/* Size in bytes of a stored blob, or -1 when missing. */
STRATA_API int64_t strata_store_blob_size(struct strata_store *st, const char *digest);

/* Path of a blob (which may not exist). Ownership: *path is the caller's.
 * Errors: STRATA_EINVAL (malformed digest). */
STRATA_API int strata_store_blob_path(struct strata_store *st, const char *digest, char **path,
                                      struct strata_error **err);

/* 1 when s is "sha256:" followed by 64 lowercase hex digits, else 0. */
STRATA_API int strata_digest_valid(const char *s);

/* sha256 of a buffer as "sha256:<hex>". Thread: safe. */
STRATA_API void strata_digest_buffer(const void *buf, size_t len,
                                     char digest_out[STRATA_DIGEST_LEN]);

/* --- tags ---------------------------------------------------------------- */

/* Normalise an image name for use as a tag: adds ":latest" when there is no tag
 * or digest ("busybox" -> "busybox:latest"). Ownership: result is the caller's.
 * Errors: NULL for an empty or malformed name. */
STRATA_API char *strata_tag_normalize(const char *name);

/* Point a tag (normalised first) at a manifest digest, atomically.
 * Errors: STRATA_EINVAL (bad name/digest), STRATA_EIO. */
STRATA_API int strata_store_tag_set(struct strata_store *st, const char *name, const char *digest,
                                    struct strata_error **err);
/* Errors: STRATA_ENOENT when there is no such tag. */
STRATA_API int strata_store_tag_get(struct strata_store *st, const char *name,
                                    char digest_out[STRATA_DIGEST_LEN], struct strata_error **err);
STRATA_API int strata_store_tag_remove(struct strata_store *st, const char *name,
                                       struct strata_error **err);
/* Calls fn for every tag, in name order. */
STRATA_API int strata_store_tag_list(struct strata_store *st, strata_tag_fn fn, void *ud,
                                     struct strata_error **err);

/* --- work space ---------------------------------------------------------- */

/* Make a fresh directory under tmp/ ("<prefix>-XXXXXX").
 * Ownership: *path is the caller's; removing the directory is too (see
 * strata_rmtree), though an interrupted run's leftovers are swept on open. */
STRATA_API int strata_store_mkdtemp(struct strata_store *st, const char *prefix, char **path,
                                    struct strata_error **err);

/* Path of the unpacked layer directory for a diffID (which may not exist yet).
 * Ownership: *path is the caller's. Errors: STRATA_EINVAL (malformed diffID). */
STRATA_API int strata_store_layer_dir(struct strata_store *st, const char *diffid, char **path,
                                      struct strata_error **err);

/* Move a fully written directory into layers/<diffid hex>: synced to disk,
 * renamed, then marked complete. When a complete layer dir is already there
 * (another build won the race), dir is removed instead; an incomplete one (an
 * interruption's leftover) is replaced. Errors: STRATA_EIO. */
STRATA_API int strata_store_layer_commit(struct strata_store *st, const char *dir,
                                         const char *diffid, struct strata_error **err);

/* 1 when the unpacked layer dir of diffid is there and marked complete. */
STRATA_API int strata_store_layer_ready(struct strata_store *st, const char *diffid);

/* Remove a directory tree, not following symlinks, staying on one filesystem.
 * Errors: STRATA_EIO. */
STRATA_API int strata_rmtree(const char *path, struct strata_error **err);

#endif
