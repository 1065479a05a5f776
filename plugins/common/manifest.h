/* plugins/common: manifests as registries and archives hand them out — which
 * kind a document is, and which of an index's manifests fits a platform.
 * Shared by the distribution and archive transports (see image_ref.h for
 * why this is not in the core). */
#ifndef STRATA_PLUGINS_MANIFEST_H
#define STRATA_PLUGINS_MANIFEST_H

#include <jansson.h>

enum manifest_kind {
	MANIFEST_UNKNOWN = 0,
	MANIFEST_IMAGE,   /* OCI or Docker v2 schema 2 image manifest */
	MANIFEST_INDEX,   /* OCI index or Docker manifest list */
	MANIFEST_SCHEMA1, /* Docker v2 schema 1: not supported */
};

/* The kind of a manifest's media type (an HTTP Content-Type, parameters
 * allowed); when media_type is NULL or empty, guessed from doc's fields. */
enum manifest_kind manifest_kind(const char *media_type, json_t *doc);

/* The entry of an index's "manifests" for os/arch(/variant): an exact variant
 * match beats a missing variant; arm64 defaults to v8. NULL when none.
 * Ownership: borrowed from index. */
json_t *manifest_index_pick(json_t *index, const char *os, const char *arch, const char *variant);

#endif
