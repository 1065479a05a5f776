/* plugins/common: what kind of manifest a document is, and an index's
 * manifest for a platform (see manifest.h). Pure: no I/O. */
#include "manifest.h"

#include <string.h>

enum manifest_kind manifest_kind(const char *media_type, json_t *doc)
{
	static const struct {
		const char *type;
		enum manifest_kind kind;
	} types[] = {
	        {"application/vnd.oci.image.manifest.v1+json", MANIFEST_IMAGE},
	        {"application/vnd.docker.distribution.manifest.v2+json", MANIFEST_IMAGE},
	        {"application/vnd.oci.image.index.v1+json", MANIFEST_INDEX},
	        {"application/vnd.docker.distribution.manifest.list.v2+json", MANIFEST_INDEX},
	        {"application/vnd.docker.distribution.manifest.v1+prettyjws", MANIFEST_SCHEMA1},
	        {"application/vnd.docker.distribution.manifest.v1+json", MANIFEST_SCHEMA1},
	};
	size_t n = media_type ? strcspn(media_type, "; \t") : 0;
	if (n == 0 || (n == 16 && strncmp(media_type, "application/json", 16) == 0) ||
	    (n == 10 && strncmp(media_type, "text/plain", 10) == 0)) {
		/* no (useful) type: the document's own, else its shape */
		const char *own = json_string_value(json_object_get(doc, "mediaType"));
		if (own && *own)
			return manifest_kind(own, NULL);
		if (json_is_array(json_object_get(doc, "manifests")))
			return MANIFEST_INDEX;
		if (json_is_object(json_object_get(doc, "config")))
			return MANIFEST_IMAGE;
		if (json_integer_value(json_object_get(doc, "schemaVersion")) == 1)
			return MANIFEST_SCHEMA1;
		return MANIFEST_UNKNOWN;
	}
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strlen(types[i].type) == n && strncmp(types[i].type, media_type, n) == 0)
			return types[i].kind;
	return MANIFEST_UNKNOWN;
}

json_t *manifest_index_pick(json_t *index, const char *os, const char *arch, const char *variant)
{
	json_t *list = json_object_get(index, "manifests");
	json_t *best = NULL;
	int best_score = 0;
	if (!variant && strcmp(arch, "arm64") == 0)
		variant = "v8";
	size_t i;
	json_t *m;
	json_array_foreach(list, i, m)
	{
		json_t *pf = json_object_get(m, "platform");
		const char *mos = json_string_value(json_object_get(pf, "os"));
		const char *march = json_string_value(json_object_get(pf, "architecture"));
		const char *mvar = json_string_value(json_object_get(pf, "variant"));
		if (!json_is_string(json_object_get(m, "digest")) || !mos || !march)
			continue;
		if (strcmp(mos, os) != 0 || strcmp(march, arch) != 0)
			continue;
		int score;
		if (mvar && variant && strcmp(mvar, variant) == 0)
			score = 3;
		else if (!mvar || !*mvar)
			score = 2;
		else if (!variant)
			score = 1;
		else
			continue;
		if (score > best_score) {
			best = m;
			best_score = score;
		}
	}
	return best;
}
