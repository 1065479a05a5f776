/* strata: the op cache — keys and records.
 *
 * A key is a sha256 over framed fields ("<tag><len>:<bytes>"), so no two
 * different field lists hash the same input. Keys hold no local paths, inode
 * numbers or store ids, so they are stable across machines (for a cache shared
 * through a registry later). A record maps a key to the manifest digest of the
 * op's result image, stored under cache/<key hex>. */
#ifndef STRATA_CACHE_PRIVATE_H
#define STRATA_CACHE_PRIVATE_H

#include <jansson.h>
#include <openssl/evp.h>
#include <stdint.h>

#include "strata/common.h"

struct strata_store;
struct strata_error;

struct cache_key {
	EVP_MD_CTX *md;
	/* when not NULL, every field is also recorded here for explaining a
	 * miss: parts["<section>.<tag>"] = [values] (long or binary values as
	 * their digest) */
	json_t *parts;
	const char *section;
};

void cache_key_init(struct cache_key *k, const char *kind);
void cache_key_add(struct cache_key *k, char tag, const void *buf, size_t len);
void cache_key_str(struct cache_key *k, char tag, const char *s); /* NULL is distinct from "" */
void cache_key_strv(struct cache_key *k, char tag, char **v);
void cache_key_int(struct cache_key *k, char tag, int64_t v);
/* Finish into out ("sha256:<hex>") and release the context. */
void cache_key_final(struct cache_key *k, char out[STRATA_DIGEST_LEN]);

/* Why a step missed: compare this key's parts with the last record of the
 * same step (step_id) and return a phrase ("the command changed"), or NULL
 * when there is no earlier record; with detail, old and new values follow.
 * Then record these parts for the next build. Ownership: the caller's.
 * Thread: safe (one file per step). */
char *cache_explain(struct strata_store *st, const char *step_id, json_t *parts, int detail);

/* Look up a record. Errors: STRATA_ENOENT when there is none (or it points at
 * a manifest no longer in the store). */
int cache_get(struct strata_store *st, const char *key, char manifest[STRATA_DIGEST_LEN]);

/* Write a record atomically. Errors: STRATA_EIO. */
int cache_put(struct strata_store *st, const char *key, const char *manifest,
              struct strata_error **err);

#endif
