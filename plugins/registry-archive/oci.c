/* registry-archive: "oci-archive" — an OCI image layout in a tar (what
 * skopeo and podman call oci-archive:). A reference is "FILE[:TAG]", TAG
 * being index.json's org.opencontainers.image.ref.name annotation.
 *
 * Pulling reads the tar twice: first index.json and every small JSON blob
 * (manifests, indexes, configs) into memory, verified against their names;
 * then only the layers the chosen image needs, streamed into the store. */
#include <string.h>

#include "archive.h"
#include "manifest.h"
#include "util.h"

#define REF_NAME "org.opencontainers.image.ref.name"

/* --- pull ------------------------------------------------------------------- */

struct jblob {
	char digest[STRATA_DIGEST_LEN];
	char *bytes;
	size_t len;
};

struct opull {
	const struct strata_host *h;
	struct strata_store *st;
	const char *path;
	char *index; /* index.json */
	size_t index_len;
	struct jblob *json; /* small JSON blobs */
	size_t njson;
	/* pass 2: the layers to stream */
	struct arc_blob *blobs;
	size_t nblobs;
};

/* "blobs/sha256/<hex>" -> "sha256:<hex>", else 0. */
static int blob_name(const char *name, char digest[STRATA_DIGEST_LEN])
{
	if (strncmp(name, "blobs/sha256/", 13) != 0)
		return 0;
	snprintf(digest, STRATA_DIGEST_LEN, "sha256:%s", name + 13);
	return arc_digest_valid(digest);
}

static int opass1(void *ud, struct archive *a, struct archive_entry *e, const char *name,
                  struct strata_error **err)
{
	struct opull *o = ud;
	if (archive_entry_filetype(e) != AE_IFREG)
		return 0;
	if (strcmp(name, "index.json") == 0) {
		free(o->index);
		return arc_read_entry(o->h, a, o->path, name, ARC_JSON_MAX, &o->index,
		                      &o->index_len, err);
	}
	char digest[STRATA_DIGEST_LEN];
	if (!blob_name(name, digest) || archive_entry_size(e) > ARC_JSON_MAX)
		return 0;
	/* peek: layers are tars or compressed, JSON starts with '{' */
	char *buf = NULL;
	size_t len = 0;
	int r = arc_read_entry(o->h, a, o->path, name, ARC_JSON_MAX, &buf, &len, err);
	if (r < 0)
		return r;
	size_t ws = strspn(buf, " \t\r\n");
	if (ws == len || buf[ws] != '{') {
		free(buf);
		return 0;
	}
	char got[STRATA_DIGEST_LEN];
	arc_digest(buf, len, got);
	if (strcmp(got, digest) != 0) {
		free(buf);
		return o->h->error_set(err, STRATA_ECORRUPT, 0,
		                       "oci-archive '%s': '%s': digest mismatch: got '%s'", o->path,
		                       name, got);
	}
	o->json = xrealloc(o->json, (o->njson + 1) * sizeof *o->json);
	struct jblob *j = &o->json[o->njson++];
	memcpy(j->digest, digest, STRATA_DIGEST_LEN);
	j->bytes = buf;
	j->len = len;
	return 0;
}

static int opass2(void *ud, struct archive *a, struct archive_entry *e, const char *name,
                  struct strata_error **err)
{
	struct opull *o = ud;
	char digest[STRATA_DIGEST_LEN];
	if (archive_entry_filetype(e) != AE_IFREG || !blob_name(name, digest))
		return 0;
	for (size_t i = 0; i < o->nblobs; i++)
		if (!o->blobs[i].w && strcmp(o->blobs[i].want, digest) == 0)
			return arc_stream_blob(o->h, o->st, a, o->path, name, &o->blobs[i], err);
	return 0;
}

static int find_json(struct opull *o, const char *digest, const char *what, struct jblob **out,
                     struct strata_error **err)
{
	for (size_t i = 0; digest && i < o->njson; i++) {
		if (strcmp(o->json[i].digest, digest) == 0) {
			*out = &o->json[i];
			return 0;
		}
	}
	return o->h->error_set(err, STRATA_ECORRUPT, 0, "oci-archive '%s': %s '%s' is not in it",
	                       o->path, what, digest ? digest : "?");
}

/* index.json's entry for tag (or its only one). */
static int pick_top(struct opull *o, json_t *top, const char *tag, json_t **out,
                    struct strata_error **err)
{
	json_t *list = json_object_get(top, "manifests");
	size_t n = json_array_size(list);
	*out = !tag && n == 1 ? json_array_get(list, 0) : NULL;
	size_t i;
	json_t *m;
	json_array_foreach(list, i, m)
	{
		const char *name = json_string_value(
		        json_object_get(json_object_get(m, "annotations"), REF_NAME));
		if (tag && name && strcmp(name, tag) == 0)
			*out = m;
	}
	if (*out)
		return 0;
	if (tag)
		return o->h->error_set(err, STRATA_ENOENT, 0,
		                       "oci-archive '%s': no image tagged '%s'", o->path, tag);
	return o->h->error_set(err, n ? STRATA_EINVAL : STRATA_ENOENT, 0,
	                       "oci-archive '%s': %zu images and no tag given", o->path, n);
}

/* The image manifest for this platform, from entry (maybe an index). */
static int pick_manifest(struct opull *o, json_t *entry, json_t **doc, struct jblob **out,
                         struct strata_error **err)
{
	const struct strata_host *h = o->h;
	for (int depth = 0; depth < 4; depth++) {
		const char *d = json_string_value(json_object_get(entry, "digest"));
		int r = find_json(o, d, "manifest", out, err);
		if (r < 0)
			return r;
		json_decref(*doc);
		json_error_t je;
		*doc = json_loadb((*out)->bytes, (*out)->len, 0, &je);
		enum manifest_kind kind = manifest_kind(NULL, *doc);
		if (kind == MANIFEST_IMAGE)
			return 0;
		if (kind != MANIFEST_INDEX)
			return h->error_set(err, STRATA_EUNSUPPORTED, 0,
			                    "oci-archive '%s': '%s' is no image manifest", o->path,
			                    d);
		entry = manifest_index_pick(*doc, h->platform_os(), h->platform_arch(), NULL);
		if (!entry)
			return h->error_set(err, STRATA_ENOENT, 0,
			                    "oci-archive '%s': index '%s' has no %s/%s", o->path, d,
			                    h->platform_os(), h->platform_arch());
	}
	return h->error_set(err, STRATA_ECORRUPT, 0, "oci-archive '%s': indexes nested too deep",
	                    o->path);
}

int oci_archive_pull(void *self, const struct strata_host *h, struct strata_store *st,
                     const char *ref, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	AUTOFREE char *path = NULL, *tag = NULL;
	int r = arc_split_ref(h, "oci-archive", ref, &path, &tag, err);
	struct opull o = {.h = h, .st = st, .path = path};
	if (r == 0)
		r = arc_scan(h, path, opass1, &o, err);
	if (r == 0 && !o.index)
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "oci-archive '%s': no index.json (not an OCI layout tar?)", path);
	json_t *top = NULL, *doc = NULL;
	struct jblob *man = NULL, *cfg = NULL;
	json_t *entry = NULL;
	if (r == 0) {
		json_error_t je;
		top = json_loadb(o.index, o.index_len, 0, &je);
		r = pick_top(&o, top, tag, &entry, err);
	}
	if (r == 0)
		r = pick_manifest(&o, entry, &doc, &man, err);
	if (r == 0)
		r = find_json(&o,
		              json_string_value(
		                      json_object_get(json_object_get(doc, "config"), "digest")),
		              "config", &cfg, err);
	size_t i;
	json_t *l;
	json_array_foreach(r == 0 ? json_object_get(doc, "layers") : NULL, i, l)
	{
		const char *d = json_string_value(json_object_get(l, "digest"));
		if (!arc_digest_valid(d)) {
			r = h->error_set(err, STRATA_ECORRUPT, 0,
			                 "oci-archive '%s': layer %zu: bad digest", path, i + 1);
			break;
		}
		if (h->has_blob(st, d))
			continue;
		o.blobs = xrealloc(o.blobs, (o.nblobs + 1) * sizeof *o.blobs);
		memset(&o.blobs[o.nblobs], 0, sizeof *o.blobs);
		memcpy(o.blobs[o.nblobs++].want, d, STRATA_DIGEST_LEN);
	}
	if (r == 0)
		r = arc_scan(h, path, opass2, &o, err);
	for (size_t k = 0; r == 0 && k < o.nblobs; k++)
		if (!o.blobs[k].w)
			r = h->error_set(err, STRATA_ECORRUPT, 0,
			                 "oci-archive '%s': layer '%s' is not in it", path,
			                 o.blobs[k].want);
	if (r == 0)
		r = arc_commit(h, st, o.blobs, o.nblobs, cfg->bytes, cfg->len, man->bytes, man->len,
		               digest_out, err);
	arc_blobs_free(h, o.blobs, o.nblobs);
	free(o.blobs);
	for (size_t k = 0; k < o.njson; k++)
		free(o.json[k].bytes);
	free(o.json);
	free(o.index);
	json_decref(doc);
	json_decref(top);
	return r;
}

/* --- push ------------------------------------------------------------------- */

struct opush {
	const struct strata_host *h;
	struct strata_store *st;
	struct arc_out out;
	char **written; /* digests already in the tar */
	size_t nwritten;
};

static int put_blob(struct opush *p, const char *digest, struct strata_error **err)
{
	if (!arc_digest_valid(digest))
		return p->h->error_set(err, STRATA_ECORRUPT, 0, "malformed digest '%s'",
		                       digest ? digest : "");
	for (size_t i = 0; i < p->nwritten; i++)
		if (strcmp(p->written[i], digest) == 0)
			return 0;
	p->written = xrealloc(p->written, (p->nwritten + 1) * sizeof(char *));
	p->written[p->nwritten++] = xstrdup(digest);
	AUTOFREE char *name = xasprintf("blobs/sha256/%s", digest + 7);
	return arc_out_blob(p->h, p->st, &p->out, name, digest, err);
}

/* A manifest (or index) and all it names; children of an index must all
 * be in the store. *media_type gets its media type. */
static int put_tree(struct opush *p, const char *digest, int depth, char **media_type,
                    struct strata_error **err)
{
	const struct strata_host *h = p->h;
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	int r = h->read_blob(p->st, digest, &buf, &len, err);
	if (r < 0)
		return r;
	json_error_t je;
	json_t *doc = json_loadb(buf, len, 0, &je);
	enum manifest_kind kind = manifest_kind(NULL, doc);
	const char *mt = json_string_value(json_object_get(doc, "mediaType"));
	*media_type = xstrdup(mt && *mt                ? mt
	                      : kind == MANIFEST_INDEX ? STRATA_MEDIA_INDEX
	                                               : STRATA_MEDIA_MANIFEST);
	size_t i;
	json_t *d;
	if (kind == MANIFEST_INDEX && depth < 4) {
		json_array_foreach(json_object_get(doc, "manifests"), i, d)
		{
			AUTOFREE char *cmt = NULL;
			if (r == 0)
				r = put_tree(p, json_string_value(json_object_get(d, "digest")),
				             depth + 1, &cmt, err);
		}
	} else if (kind == MANIFEST_IMAGE) {
		r = put_blob(p,
		             json_string_value(
		                     json_object_get(json_object_get(doc, "config"), "digest")),
		             err);
		json_array_foreach(json_object_get(doc, "layers"), i, d)
		{
			if (r == 0)
				r = put_blob(p, json_string_value(json_object_get(d, "digest")),
				             err);
		}
	} else {
		r = h->error_set(err, STRATA_ECORRUPT, 0, "blob '%s' is not an image manifest",
		                 digest);
	}
	if (r == 0)
		r = put_blob(p, digest, err);
	json_decref(doc);
	return r;
}

int oci_archive_push(void *self, const struct strata_host *h, struct strata_store *st,
                     const char *manifest_digest, const char *ref, struct strata_error **err)
{
	AUTOFREE char *path = NULL, *tag = NULL, *mt = NULL;
	int r = arc_split_ref(h, "oci-archive", ref, &path, &tag, err);
	struct opush p = {.h = h, .st = st, .out = {.fd = -1}};
	if (r == 0)
		r = arc_out_open(h, path, &p.out, err);
	static const char layout[] = "{\"imageLayoutVersion\":\"1.0.0\"}";
	if (r == 0)
		r = arc_out_buf(h, &p.out, "oci-layout", layout, strlen(layout), err);
	if (r == 0)
		r = arc_out_dir(h, &p.out, "blobs/", err);
	if (r == 0)
		r = arc_out_dir(h, &p.out, "blobs/sha256/", err);
	if (r == 0)
		r = put_tree(&p, manifest_digest, 0, &mt, err);
	if (r == 0) {
		json_t *desc =
		        json_pack("{s:s, s:s, s:I}", "mediaType", mt, "digest", manifest_digest,
		                  "size", (json_int_t)h->blob_size(st, manifest_digest));
		if (tag)
			json_object_set_new(desc, "annotations", json_pack("{s:s}", REF_NAME, tag));
		json_t *index = json_pack("{s:i, s:s, s:[o]}", "schemaVersion", 2, "mediaType",
		                          STRATA_MEDIA_INDEX, "manifests", desc);
		AUTOFREE char *text = json_dumps(index, JSON_COMPACT | JSON_SORT_KEYS);
		json_decref(index);
		r = arc_out_buf(h, &p.out, "index.json", text, strlen(text), err);
	}
	if (r == 0)
		r = arc_out_commit(h, &p.out, err);
	arc_out_abort(&p.out);
	for (size_t i = 0; i < p.nwritten; i++)
		free(p.written[i]);
	free(p.written);
	return r;
}
