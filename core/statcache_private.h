/* strata: the stat cache — what a context file hashed to, keyed by its stat.
 *
 * Hashing a build context is the bulk of a no-change rebuild. A file whose
 * size, mtime, ctime, inode and device are what they were when it was last
 * hashed has the same bytes (and xattrs: changing them moves ctime), so its
 * sums are reused without opening it. One cache per context directory, kept
 * in the store (statcache/<sha256 of the path>); it is a local shortcut and
 * never part of a cache key. */
#ifndef STRATA_STATCACHE_PRIVATE_H
#define STRATA_STATCACHE_PRIVATE_H

#include <stdint.h>
#include <sys/stat.h>
#include <time.h>

#include "strata/store.h"

struct strata_store;
struct strata_statcache;

/* What a regular file contributes to a copy digest. */
struct statcache_sums {
	uint64_t size;
	char content[65]; /* sha256 hex of the bytes */
	char xattrs[65];  /* sha256 hex of the sorted xattrs */
};

/* Load (or start empty) the cache of the context at root. Never fails: a
 * missing or unreadable cache file is an empty cache.
 * Ownership: the caller's; save and free with statcache_close(). */
struct strata_statcache *statcache_open(struct strata_store *st, const char *root);

/* 1 and *out filled when path (relative to the root) is cached with this
 * stat, else 0. Thread: safe. */
int statcache_get(struct strata_statcache *sc, const char *path, const struct stat *sb,
                  struct statcache_sums *out);

/* Remember path's sums, stat taken after since (see statcache_racy).
 * Thread: safe. */
void statcache_put(struct strata_statcache *sc, const char *path, const struct stat *sb,
                   const struct timespec *since, const struct statcache_sums *sums);

/* Whether a stat taken after since (CLOCK_REALTIME) is too fresh to trust:
 * the file could be written again without its mtime or ctime moving past
 * what the stat said (as "racy git"). Changed within 100 ms before since
 * (2 s on a filesystem with whole-second times). */
int statcache_racy(const struct stat *sb, const struct timespec *since);

/* The walk memo: a whole COPY source's digest keyed by its signature (a
 * hash of the walk with each regular file's stat in place of its sums, see
 * copydigest.c), so a rebuild that finds every stat unchanged neither
 * reads the table above nor hashes a file. 1 and digest filled on a hit.
 * Thread: safe. */
int statcache_sig_get(struct strata_statcache *sc, const char sig[65],
                      char digest[STRATA_DIGEST_LEN]);
void statcache_sig_put(struct strata_statcache *sc, const char sig[65],
                       const char digest[STRATA_DIGEST_LEN]);

/* Write the cache back when it changed (temp + rename), and free it.
 * Accepts NULL. */
void statcache_close(struct strata_statcache *sc);

#endif
