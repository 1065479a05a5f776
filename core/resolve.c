/* strata: image references -> stored images (strata_image_resolve). */
#include <string.h>

#include "strata/error.h"
#include "strata/plugin.h"
#include "strata/solve.h"
#include "strata/store.h"
#include "util.h"

/* "oci:dir:tag" -> transport "oci" and rest "dir:tag", when a transport has
 * that scheme; a plain name ("busybox:1", "localhost:5000/x") has none. */
static const struct strata_transport *ref_transport(struct strata_plugins *p, const char *ref,
                                                    const char **rest)
{
	const char *colon = strchr(ref, ':');
	if (!p || !colon)
		return NULL;
	AUTOFREE char *scheme = xstrndup(ref, (size_t)(colon - ref));
	/* "docker:24" is the image docker, tag 24: the registry transport is
	 * named only as "docker://…" (a plain name reaches it anyway) */
	if (strcmp(scheme, "docker") == 0 && strncmp(colon + 1, "//", 2) != 0)
		return NULL;
	const struct strata_transport *t = strata_plugins_transport(p, scheme);
	if (!t)
		return NULL;
	*rest = colon + 1;
	/* "docker://host/x" */
	if (strncmp(*rest, "//", 2) == 0)
		*rest += 2;
	return t;
}

int strata_image_resolve(struct strata_store *st, struct strata_plugins *plugins, const char *ref,
                         char manifest_digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	/* an image by its manifest digest, bare or as name@digest */
	const char *at = strrchr(ref, '@');
	const char *digest = at ? at + 1 : ref;
	if (strata_digest_valid(digest) && strata_store_has_blob(st, digest)) {
		memcpy(manifest_digest_out, digest, STRATA_DIGEST_LEN);
		return 0;
	}
	/* a local tag first: it costs one file read, and looking for a transport
	 * scheme ("deb" in "deb:1") would load the transport plugins */
	AUTOFREE char *name = strata_tag_normalize(ref);
	int r = STRATA_ENOENT;
	if (name) {
		struct strata_error *e = NULL;
		r = strata_store_tag_get(st, name, manifest_digest_out, &e);
		if (r != STRATA_ENOENT) {
			if (r < 0 && err) {
				strata_error_free(*err);
				*err = e;
			} else {
				strata_error_free(e);
			}
			return r;
		}
		strata_error_free(e);
	}
	const char *rest = NULL;
	const struct strata_transport *t = ref_transport(plugins, ref, &rest);
	if (t && !t->pull)
		return strata_error_set(err, STRATA_EUNSUPPORTED, 0,
		                        "'%s:' references are not images (transport '%s' only "
		                        "downloads files)",
		                        t->scheme, t->name);
	if (t) {
		r = t->pull(t->self, strata_plugins_host(plugins), st, rest, manifest_digest_out,
		            err);
		return r < 0 ? strata_error_wrap(err, "pull '%s'", ref) : 0;
	}
	if (!name)
		return strata_error_set(err, STRATA_EINVAL, 0, "invalid image reference '%s'", ref);
	t = plugins ? strata_plugins_transport(plugins, "docker") : NULL;
	if (!t)
		return strata_error_set(err, STRATA_ENOENT, 0,
		                        "image '%s' not found in the store (no registry transport "
		                        "is loaded to pull it)",
		                        ref);
	r = t->pull(t->self, strata_plugins_host(plugins), st, ref, manifest_digest_out, err);
	if (r < 0)
		return strata_error_wrap(err, "pull '%s'", ref);
	return strata_store_tag_set(st, name, manifest_digest_out, err);
}
