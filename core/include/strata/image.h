/* strata: OCI images — config, manifest and index, through jansson.
 *
 * An image in memory is its config document (kept whole, so fields strata does
 * not know — Docker's Healthcheck, OnBuild, Shell… — survive a round trip) and
 * its list of layer descriptors. Saving writes the config blob and an OCI
 * manifest blob and returns the manifest's digest, the image's identity. */
#ifndef STRATA_IMAGE_H
#define STRATA_IMAGE_H

#include <jansson.h>
#include "common.h"
#include "layer.h"

struct strata_image;

/* A new empty image (FROM scratch): architecture and os of this host,
 * rootfs {type: layers, diff_ids: []}, config {}, no history.
 * Ownership: *out is the caller's; free with strata_image_free(). */
STRATA_API int strata_image_new(struct strata_image **out, struct strata_error **err);

/* Load the image whose manifest has this digest. Accepts OCI and Docker v2
 * schema 2 manifests; when the digest names an index (OCI or Docker list), the
 * manifest for this host's platform is chosen.
 * Errors: STRATA_ENOENT (blob missing), STRATA_ECORRUPT (bad JSON, digest
 * mismatch, layers and diff_ids of different lengths). */
STRATA_API int strata_image_load(struct strata_store *st, const char *manifest_digest,
                                 struct strata_image **out, struct strata_error **err);

/* Load by tag name ("busybox:local") from the store. Errors: + STRATA_ENOENT. */
STRATA_API int strata_image_load_tag(struct strata_store *st, const char *name,
                                     struct strata_image **out, struct strata_error **err);

/* Ownership: a deep copy, the caller's. */
STRATA_API struct strata_image *strata_image_clone(const struct strata_image *img);

/* Ownership: accepts NULL. */
STRATA_API void strata_image_free(struct strata_image *img);

STRATA_API size_t strata_image_layer_count(const struct strata_image *img);
/* Ownership: borrowed; valid until img changes. NULL past the end. */
STRATA_API const struct strata_layer_desc *strata_image_layer(const struct strata_image *img,
                                                              size_t i);

/* Append a layer (its digest, diffID, size) and a history entry for it.
 * created_by may be NULL. An empty layer (desc->empty) is still added. */
STRATA_API int strata_image_add_layer(struct strata_image *img,
                                      const struct strata_layer_desc *desc, const char *created_by,
                                      struct strata_error **err);

/* Append a history entry with empty_layer: true (a config-only step). */
STRATA_API int strata_image_add_history(struct strata_image *img, const char *created_by,
                                        struct strata_error **err);

/* Set the time written in "created" and in the history entries added after this
 * call (seconds since the epoch). The default is the time of the call to _new,
 * and for _load the document's own "created" (so loading and saving an image
 * gives the same digest). For SOURCE_DATE_EPOCH and stable cached builds. */
STRATA_API void strata_image_set_created(struct strata_image *img, int64_t epoch);

/* The whole config document (architecture, os, config, rootfs, history…).
 * Ownership: borrowed; valid until img changes or is freed. */
STRATA_API json_t *strata_image_document(struct strata_image *img);

/* The "config" object inside the document (Env, Cmd, WorkingDir…), created
 * empty when missing. Ownership: borrowed. */
STRATA_API json_t *strata_image_config(struct strata_image *img);

/* Merge patch into the "config" object: each key replaces the field, a JSON
 * null removes it. Errors: STRATA_EINVAL when patch is not an object. */
STRATA_API int strata_image_config_patch(struct strata_image *img, const json_t *patch,
                                         struct strata_error **err);

/* Write the config blob and the OCI manifest blob to the store (JSON with
 * sorted keys, compact), and return the manifest digest.
 * Errors: STRATA_EIO. */
STRATA_API int strata_image_save(struct strata_store *st, struct strata_image *img,
                                 char manifest_digest_out[STRATA_DIGEST_LEN],
                                 struct strata_error **err);

/* Digest of the config blob as of the last save/load ("" before either).
 * Ownership: borrowed. */
STRATA_API const char *strata_image_config_digest(const struct strata_image *img);

/* This host's platform in OCI terms ("amd64", "arm64", …; "linux"). */
STRATA_API const char *strata_platform_arch(void);
STRATA_API const char *strata_platform_os(void);

#endif
