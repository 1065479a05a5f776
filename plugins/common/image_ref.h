/* plugins/common: image references ("busybox", "quay.io/a/b:t@sha256:…"),
 * parsed in one place for every plugin that reads them: the distribution
 * transport (what to pull or push) and the archive transports (RepoTags of a
 * docker save tar). Linked into each plugin from the plugins' common static
 * library; not part of the core's API (plugins link no core symbols). */
#ifndef STRATA_PLUGINS_IMAGE_REF_H
#define STRATA_PLUGINS_IMAGE_REF_H

/* "busybox" -> domain "docker.io", path "library/busybox", tag "latest". */
struct image_ref {
	char *domain; /* "docker.io", "localhost:5000", "[::1]:5000" */
	char *path;   /* "library/busybox", "ns/name" */
	char *tag;    /* NULL when only a digest was given */
	char *digest; /* "sha256:<hex>" or NULL */
};

/* Parse s the way docker does: a first component with '.' or ':' or equal to
 * "localhost" is a registry, else docker.io (with "library/" before a single
 * component); the default tag is "latest" unless a digest is given.
 * Returns 0, or -1 with a static reason in *why. Ownership: release out with
 * image_ref_release(), also after a failure. Thread: safe. */
int image_ref_parse(const char *s, struct image_ref *out, const char **why);
void image_ref_release(struct image_ref *r);
/* "docker.io/library/busybox:latest" or "…@sha256:…". Ownership: caller's. */
char *image_ref_string(const struct image_ref *r);
/* The tag or, failing that, the digest: what goes after /manifests/.
 * Ownership: borrowed from r. */
const char *image_ref_reference(const struct image_ref *r);

#endif
