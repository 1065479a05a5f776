/* registry-archive: the private declarations of the "docker-archive" and
 * "oci-archive" transports.
 *
 * Both read a tar in two sequential passes (libarchive reads streams, and a
 * `docker save` tar puts manifest.json last): the first collects the small
 * JSON documents, the second streams the layers into blob writers. Every blob
 * is hashed as it arrives and all of them are committed only once all are
 * verified, the manifest last, so a failed pull leaves nothing behind. Both
 * write a tar next to the destination and rename it into place. */
#ifndef STRATA_ARCHIVE_H
#define STRATA_ARCHIVE_H

#include <archive.h>
#include <archive_entry.h>
#include <jansson.h>

#include "strata/plugin.h"

#define ARC_JSON_MAX (4 << 20) /* manifests, configs, indexes */

/* "FILE[:REST]", split at the first ':' (as containers/image does):
 * *rest is NULL when there is none. Ownership: both the caller's. */
int arc_split_ref(const struct strata_host *h, const char *scheme, const char *ref, char **path,
                  char **rest, struct strata_error **err);

/* --- reading (archive.c) --------------------------------------------------- */

/* Called for each regular file or symlink of the tar, with its name cleaned
 * ("./a/b" -> "a/b"). Read the entry's data or not; return < 0 to stop. */
typedef int (*arc_entry_fn)(void *ud, struct archive *a, struct archive_entry *e, const char *name,
                            struct strata_error **err);

/* One pass over the tar at path (compressed or not). */
int arc_scan(const struct strata_host *h, const char *path, arc_entry_fn fn, void *ud,
             struct strata_error **err);

/* The current entry's bytes, NUL-terminated (at most max of them).
 * Ownership: *buf is the caller's. */
int arc_read_entry(const struct strata_host *h, struct archive *a, const char *path,
                   const char *name, size_t max, char **buf, size_t *len,
                   struct strata_error **err);

/* A blob streaming out of a tar into the store, hashed on the way. */
struct arc_blob {
	char want[STRATA_DIGEST_LEN];   /* the digest it must have ("" for any) */
	char digest[STRATA_DIGEST_LEN]; /* what it had */
	int64_t size;
	unsigned char magic[4]; /* its first bytes: gzip, zstd or tar */
	struct strata_blob_writer *w;
};

/* Stream the current entry into a new writer of b (not committed). */
int arc_stream_blob(const struct strata_host *h, struct strata_store *st, struct archive *a,
                    const char *path, const char *name, struct arc_blob *b,
                    struct strata_error **err);

/* Commit every blob (checking want), then store manifest bytes, whose digest
 * goes to digest_out. On failure the writers are freed: nothing stored
 * except blobs committed before (which are complete, verified blobs). */
int arc_commit(const struct strata_host *h, struct strata_store *st, struct arc_blob *blobs,
               size_t n, const char *config, size_t config_len, const char *manifest,
               size_t manifest_len, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err);
void arc_blobs_free(const struct strata_host *h, struct arc_blob *blobs, size_t n);

/* The layer media type its first bytes say: gzip, zstd or plain tar. */
const char *arc_layer_media(const unsigned char magic[4]);

/* sha256 of a buffer as "sha256:<hex>". */
void arc_digest(const void *buf, size_t len, char out[STRATA_DIGEST_LEN]);

/* 1 when s is "sha256:" and 64 lowercase hex digits. */
int arc_digest_valid(const char *s);

/* --- writing (archive.c) --------------------------------------------------- */

struct arc_out {
	struct archive *a;
	char *path; /* the destination */
	char *tmp;  /* the file being written, renamed to path at the end */
	int fd;
};

/* Start a tar at a temp name beside path. */
int arc_out_open(const struct strata_host *h, const char *path, struct arc_out *o,
                 struct strata_error **err);
int arc_out_dir(const struct strata_host *h, struct arc_out *o, const char *name,
                struct strata_error **err);
int arc_out_buf(const struct strata_host *h, struct arc_out *o, const char *name, const void *buf,
                size_t len, struct strata_error **err);
/* size bytes of fd from its current offset; when digest is not NULL they must
 * hash to it (the store's bytes are not verified on open). */
int arc_out_fd(const struct strata_host *h, struct arc_out *o, const char *name, int fd,
               int64_t size, const char *digest, struct strata_error **err);
/* A stored blob as an entry, verified. */
int arc_out_blob(const struct strata_host *h, struct strata_store *st, struct arc_out *o,
                 const char *name, const char *digest, struct strata_error **err);
/* Finish, fsync, rename into place. */
int arc_out_commit(const struct strata_host *h, struct arc_out *o, struct strata_error **err);
/* Drop an unfinished tar (removes the temp file); accepts a finished one. */
void arc_out_abort(struct arc_out *o);

/* --- images in the store (archive.c) ---------------------------------------- */

/* A stored image: the manifest chosen for this platform (through an index
 * when digest names one) and its config. */
struct arc_image {
	char digest[STRATA_DIGEST_LEN]; /* the manifest's */
	json_t *manifest;
	json_t *config;
	char *config_bytes;
	size_t config_len;
};
int arc_image_load(const struct strata_host *h, struct strata_store *st, const char *digest,
                   struct arc_image *img, struct strata_error **err);
void arc_image_release(struct arc_image *img);

/* An OCI image manifest for config and layers (an array of descriptors),
 * as compact JSON with sorted keys. Ownership: the caller's. */
char *arc_manifest_dump(const char *config_digest, size_t config_len, json_t *layers);

/* --- the transports (docker.c, oci.c) -------------------------------------- */

int docker_archive_pull(void *self, const struct strata_host *h, struct strata_store *st,
                        const char *ref, char digest_out[STRATA_DIGEST_LEN],
                        struct strata_error **err);
int docker_archive_push(void *self, const struct strata_host *h, struct strata_store *st,
                        const char *manifest_digest, const char *ref, struct strata_error **err);
int oci_archive_pull(void *self, const struct strata_host *h, struct strata_store *st,
                     const char *ref, char digest_out[STRATA_DIGEST_LEN],
                     struct strata_error **err);
int oci_archive_push(void *self, const struct strata_host *h, struct strata_store *st,
                     const char *manifest_digest, const char *ref, struct strata_error **err);

#endif
