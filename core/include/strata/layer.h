/* strata: layers — filesystem change sets stored as tar blobs.
 *
 * A layer is written as an OCI tar (pax, sorted entries, normalised headers),
 * compressed with gzip in the same streaming pass that computes both its diffID
 * (sha256 of the tar) and its digest (sha256 of the gzip blob). */
#ifndef STRATA_LAYER_H
#define STRATA_LAYER_H

#include "common.h"

struct strata_layer_desc {
	char digest[STRATA_DIGEST_LEN]; /* blob digest (compressed) */
	char diffid[STRATA_DIGEST_LEN]; /* digest of the uncompressed tar */
	int64_t size;                   /* blob size in bytes */
	int empty;                      /* 1 when the tar holds no entries */
};

/* What the directory given to strata_layer_create() is. */
enum strata_layer_source {
	/* an overlayfs upper dir: char device 0/0 becomes a ".wh.<name>" entry,
	 * a dir with trusted.overlay.opaque=y gets a ".wh..wh..opq" entry */
	STRATA_LAYER_FROM_UPPER = 0,
	/* a plain tree (an import): every entry as it is */
	STRATA_LAYER_FROM_TREE = 1,
};

struct strata_layer_opts {
	int source;          /* enum strata_layer_source */
	int64_t clamp_mtime; /* when >= 0, mtimes later than this are set to it
	                        (SOURCE_DATE_EPOCH); -1: keep */
};

/* How strata_layer_apply() writes whiteouts. */
enum strata_apply_mode {
	/* produce an overlayfs lower dir: ".wh.x" becomes a 0/0 char device,
	 * ".wh..wh..opq" sets trusted.overlay.opaque=y on its dir */
	STRATA_APPLY_OVERLAY = 0,
	/* apply onto an existing rootfs: ".wh.x" removes x, ".wh..wh..opq" removes
	 * what the dir held before this layer */
	STRATA_APPLY_MERGE = 1,
};

/* Walk dir (sorted), write its tar + gzip blob into the store.
 * Hard links within dir stay hard links; xattrs in the trusted.overlay.*
 * namespace are never written; security.capability is kept.
 * Ownership: out is the caller's struct, filled in.
 * Errors: STRATA_EIO (naming the path), STRATA_EINVAL.
 * Thread: safe for different dirs. */
STRATA_API int strata_layer_create(struct strata_store *st, const char *dir,
                                   const struct strata_layer_opts *opts,
                                   struct strata_layer_desc *out, struct strata_error **err);

/* Unpack a stored layer blob (gzip, zstd-less tar, or plain tar) into dest.
 * Entries may never land outside dest (no "..", no absolute paths, no writing
 * through symlinks). The blob's bytes are hashed while read and must match
 * blob_digest; diffid_out (may be NULL) receives the tar's digest.
 * Errors: STRATA_ENOENT, STRATA_ECORRUPT (digest mismatch, bad archive),
 * STRATA_ESECURITY (an entry would escape dest), STRATA_EIO. */
STRATA_API int strata_layer_apply(struct strata_store *st, const char *blob_digest,
                                  const char *dest, int mode, char diffid_out[STRATA_DIGEST_LEN],
                                  struct strata_error **err);

/* The same tar reader on a file outside the store (`strata import FILE.tar`):
 * no digest check, nothing kept in the store. Errors: as strata_layer_apply. */
STRATA_API int strata_layer_apply_file(const char *path, const char *dest, int mode,
                                       char diffid_out[STRATA_DIGEST_LEN],
                                       struct strata_error **err);

/* The same tar reader on a byte buffer (fuzzing, tests): no digest check.
 * Errors: as strata_layer_apply. */
STRATA_API int strata_layer_apply_buffer(const void *buf, size_t len, const char *dest, int mode,
                                         char diffid_out[STRATA_DIGEST_LEN],
                                         struct strata_error **err);

/* The unpacked (STRATA_APPLY_OVERLAY) directory for a layer, unpacking it on
 * first use into tmp/ and committing it to layers/<diffid hex>, so a base is
 * unpacked once per store. The unpacked tar must hash to diffid.
 * Ownership: *dir is the caller's string.
 * Errors: as strata_layer_apply, plus STRATA_ECORRUPT on a diffID mismatch. */
STRATA_API int strata_layer_unpack(struct strata_store *st, const char *blob_digest,
                                   const char *diffid, char **dir, struct strata_error **err);

#endif
