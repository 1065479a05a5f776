/* strata: shared definitions for every public header. */
#ifndef STRATA_COMMON_H
#define STRATA_COMMON_H

#include <stddef.h>
#include <stdint.h>

#if defined(STRATA_BUILDING) || defined(STRATA_STATIC)
#define STRATA_API __attribute__((visibility("default")))
#else
#define STRATA_API
#endif

#define STRATA_VERSION "0.1.0"

/* "sha256:" + 64 hex digits + NUL. */
#define STRATA_DIGEST_LEN 72

#define STRATA_MEDIA_MANIFEST        "application/vnd.oci.image.manifest.v1+json"
#define STRATA_MEDIA_INDEX           "application/vnd.oci.image.index.v1+json"
#define STRATA_MEDIA_CONFIG          "application/vnd.oci.image.config.v1+json"
#define STRATA_MEDIA_LAYER_GZIP      "application/vnd.oci.image.layer.v1.tar+gzip"
#define STRATA_MEDIA_LAYER_TAR       "application/vnd.oci.image.layer.v1.tar"
#define STRATA_MEDIA_DOCKER_MANIFEST "application/vnd.docker.distribution.manifest.v2+json"
#define STRATA_MEDIA_DOCKER_LIST     "application/vnd.docker.distribution.manifest.list.v2+json"
#define STRATA_MEDIA_DOCKER_CONFIG   "application/vnd.docker.container.image.v1+json"
#define STRATA_MEDIA_DOCKER_LAYER    "application/vnd.docker.image.rootfs.diff.tar.gzip"

struct strata_error;
struct strata_store;

#endif
