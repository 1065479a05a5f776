/* strata: OCI images — config document, manifest and index through jansson
 * (see include/strata/image.h).
 *
 * The config document is kept whole as loaded, so fields strata has no
 * business with (Docker's Healthcheck, OnBuild, Shell, or anything a newer
 * tool adds) come out of a round trip as they went in. */
#include "strata/image.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

#define DUMP_FLAGS (JSON_SORT_KEYS | JSON_COMPACT)

/* A tar with no entries (1024 zero bytes): what "empty" means when loaded. */
#define EMPTY_TAR_DIFFID "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"

/* An index may point at an index; deeper than this is a loop or a joke. */
#define MAX_INDEX_DEPTH 4

struct strata_image {
	json_t *doc; /* the config document */
	struct strata_layer_desc *layers;
	char **media; /* per layer: the media type to write in the manifest */
	size_t n, cap;
	int64_t created;
	char config_digest[STRATA_DIGEST_LEN];
};

/* --- platform ------------------------------------------------------------ */

const char *strata_platform_os(void)
{
	return "linux";
}

/* The architecture this binary was built for: the fallback when uname
 * names a machine the table below does not know. */
static const char *platform_compiled_arch(void)
{
#if defined(__x86_64__)
	return "amd64";
#elif defined(__aarch64__)
	return "arm64";
#elif defined(__arm__)
	return "arm";
#elif defined(__i386__)
	return "386";
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return "ppc64le";
#elif defined(__s390x__)
	return "s390x";
#elif defined(__riscv) && __riscv_xlen == 64
	return "riscv64";
#else
	return "unknown";
#endif
}

const char *strata_platform_arch(void)
{
	static const char *const map[][2] = {
	        {"x86_64", "amd64"},    {"amd64", "amd64"},
	        {"aarch64", "arm64"},   {"arm64", "arm64"},
	        {"armv8l", "arm"},      {"armv7l", "arm"},
	        {"armv6l", "arm"},      {"i386", "386"},
	        {"i486", "386"},        {"i586", "386"},
	        {"i686", "386"},        {"ppc64le", "ppc64le"},
	        {"s390x", "s390x"},     {"riscv64", "riscv64"},
	        {"mips64", "mips64le"}, {"loongarch64", "loong64"},
	};
	struct utsname u;
	if (uname(&u) == 0)
		for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
			if (!strcmp(u.machine, map[i][0]))
				return map[i][1];
	return platform_compiled_arch();
}

/* --- small helpers ------------------------------------------------------- */

static char *rfc3339(int64_t epoch)
{
	time_t t = (time_t)epoch;
	struct tm tm;
	char buf[64];
	if (!gmtime_r(&t, &tm) || !strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm))
		return xstrdup("1970-01-01T00:00:00Z");
	return xstrdup(buf);
}

static void obj_set_str(json_t *o, const char *key, const char *val)
{
	json_object_set_new(o, key, json_string(val));
}

static void doc_set_created(struct strata_image *img)
{
	AUTOFREE char *c = rfc3339(img->created);
	obj_set_str(img->doc, "created", c);
}

/* The array at doc[key] (created empty when missing or not an array). */
static json_t *doc_array(json_t *obj, const char *key)
{
	json_t *a = json_object_get(obj, key);
	if (!json_is_array(a)) {
		a = json_array();
		json_object_set_new(obj, key, a);
	}
	return a;
}

static void image_push_layer(struct strata_image *img, const struct strata_layer_desc *d,
                             const char *media)
{
	if (img->n == img->cap) {
		img->cap = img->cap ? img->cap * 2 : 8;
		img->layers = xrealloc(img->layers, img->cap * sizeof(*img->layers));
		img->media = xrealloc(img->media, img->cap * sizeof(*img->media));
	}
	img->layers[img->n] = *d;
	img->media[img->n] = xstrdup(media);
	img->n++;
}

/* The document's own "created" ("2026-11-26T17:00:00Z", maybe with
 * fractions or an offset we read as UTC), or 0 when it has none: a loaded
 * image keeps its time, so saving it again gives the same digest. */
static int64_t doc_created(json_t *doc)
{
	const char *s = json_string_value(json_object_get(doc, "created"));
	struct tm tm = {0};
	if (!s || !strptime(s, "%Y-%m-%dT%H:%M:%S", &tm))
		return 0;
	return (int64_t)timegm(&tm);
}

static struct strata_image *image_alloc(json_t *doc)
{
	struct strata_image *img = xzalloc(sizeof(*img));
	img->doc = doc;
	img->created = (int64_t)time(NULL);
	return img;
}

/* --- lifecycle ----------------------------------------------------------- */

int strata_image_new(struct strata_image **out, struct strata_error **err)
{
	json_t *doc = json_pack("{s:s, s:s, s:{}, s:{s:s, s:[]}, s:[]}", "architecture",
	                        strata_platform_arch(), "os", strata_platform_os(), "config",
	                        "rootfs", "type", "layers", "diff_ids", "history");
	if (!doc)
		return strata_error_set(err, STRATA_EIO, 0, "new image: cannot build its config");
	struct strata_image *img = image_alloc(doc);
	doc_set_created(img);
	*out = img;
	return 0;
}

void strata_image_free(struct strata_image *img)
{
	if (!img)
		return;
	json_decref(img->doc);
	for (size_t i = 0; i < img->n; i++)
		free(img->media[i]);
	free(img->media);
	free(img->layers);
	free(img);
}

struct strata_image *strata_image_clone(const struct strata_image *img)
{
	struct strata_image *c = xzalloc(sizeof(*c));
	c->doc = json_deep_copy(img->doc);
	if (!c->doc)
		abort(); /* jansson out of memory: as xmalloc */
	c->created = img->created;
	memcpy(c->config_digest, img->config_digest, sizeof c->config_digest);
	for (size_t i = 0; i < img->n; i++)
		image_push_layer(c, &img->layers[i], img->media[i]);
	return c;
}

size_t strata_image_layer_count(const struct strata_image *img)
{
	return img->n;
}

const struct strata_layer_desc *strata_image_layer(const struct strata_image *img, size_t i)
{
	return i < img->n ? &img->layers[i] : NULL;
}

const char *strata_image_config_digest(const struct strata_image *img)
{
	return img->config_digest;
}

void strata_image_set_created(struct strata_image *img, int64_t epoch)
{
	img->created = epoch;
	doc_set_created(img);
}

json_t *strata_image_document(struct strata_image *img)
{
	return img->doc;
}

json_t *strata_image_config(struct strata_image *img)
{
	json_t *c = json_object_get(img->doc, "config");
	if (!json_is_object(c)) {
		c = json_object();
		json_object_set_new(img->doc, "config", c);
	}
	return c;
}

/* --- editing ------------------------------------------------------------- */

static void image_history(struct strata_image *img, const char *created_by, int empty_layer)
{
	json_t *h = json_object();
	AUTOFREE char *c = rfc3339(img->created);
	obj_set_str(h, "created", c);
	if (created_by)
		obj_set_str(h, "created_by", created_by);
	if (empty_layer)
		json_object_set_new(h, "empty_layer", json_true());
	json_array_append_new(doc_array(img->doc, "history"), h);
}

int strata_image_add_layer(struct strata_image *img, const struct strata_layer_desc *desc,
                           const char *created_by, struct strata_error **err)
{
	if (!strata_digest_valid(desc->digest) || !strata_digest_valid(desc->diffid))
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "add layer '%s': malformed digest or diffID", desc->digest);
	json_t *rootfs = json_object_get(img->doc, "rootfs");
	if (!json_is_object(rootfs)) {
		rootfs = json_pack("{s:s}", "type", "layers");
		json_object_set_new(img->doc, "rootfs", rootfs);
	}
	json_array_append_new(doc_array(rootfs, "diff_ids"), json_string(desc->diffid));
	image_push_layer(img, desc, STRATA_MEDIA_LAYER_GZIP);
	image_history(img, created_by, 0);
	return 0;
}

int strata_image_add_history(struct strata_image *img, const char *created_by,
                             struct strata_error **err)
{
	image_history(img, created_by, 1);
	return 0;
}

int strata_image_config_patch(struct strata_image *img, const json_t *patch,
                              struct strata_error **err)
{
	if (!json_is_object(patch))
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "patch image config: the patch is not an object");
	json_t *cfg = strata_image_config(img);
	const char *key;
	json_t *val;
	/* jansson's iteration macro takes a non-const object; it only reads */
	json_object_foreach((json_t *)patch, key, val)
	{
		if (json_is_null(val))
			json_object_del(cfg, key);
		else
			json_object_set_new(cfg, key, json_deep_copy(val));
	}
	return 0;
}

/* --- save ---------------------------------------------------------------- */

/* Store a JSON value as a blob (sorted keys, compact). */
static int put_json(struct strata_store *st, const json_t *v, char digest[STRATA_DIGEST_LEN],
                    size_t *size, struct strata_error **err)
{
	AUTOFREE char *s = json_dumps(v, DUMP_FLAGS);
	if (!s)
		return strata_error_set(err, STRATA_EINVAL, 0, "cannot serialise JSON");
	*size = strlen(s);
	return strata_store_put_blob(st, s, *size, digest, err);
}

int strata_image_save(struct strata_store *st, struct strata_image *img,
                      char manifest_digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	doc_set_created(img);
	char cfg_digest[STRATA_DIGEST_LEN];
	size_t cfg_size = 0;
	int r = put_json(st, img->doc, cfg_digest, &cfg_size, err);
	if (r < 0)
		return strata_error_wrap(err, "save image config");

	json_t *layers = json_array();
	for (size_t i = 0; i < img->n; i++)
		json_array_append_new(layers,
		                      json_pack("{s:s, s:s, s:I}", "mediaType", img->media[i],
		                                "digest", img->layers[i].digest, "size",
		                                (json_int_t)img->layers[i].size));
	json_t *m = json_pack("{s:i, s:s, s:{s:s, s:s, s:I}, s:o}", "schemaVersion", 2, "mediaType",
	                      STRATA_MEDIA_MANIFEST, "config", "mediaType", STRATA_MEDIA_CONFIG,
	                      "digest", cfg_digest, "size", (json_int_t)cfg_size, "layers", layers);
	char digest[STRATA_DIGEST_LEN];
	size_t msize;
	r = put_json(st, m, digest, &msize, err);
	json_decref(m);
	if (r < 0)
		return strata_error_wrap(err, "save image manifest");
	memcpy(img->config_digest, cfg_digest, sizeof cfg_digest);
	if (manifest_digest_out)
		memcpy(manifest_digest_out, digest, STRATA_DIGEST_LEN);
	return 0;
}

/* --- load ---------------------------------------------------------------- */

/* Read a blob (verified) and parse it as a JSON object. */
static int load_json(struct strata_store *st, const char *digest, json_t **out,
                     struct strata_error **err)
{
	AUTOFREE char *buf = NULL;
	size_t len;
	int r = strata_store_read_blob(st, digest, &buf, &len, err);
	if (r < 0)
		return r;
	json_error_t jerr;
	json_t *v = json_loadb(buf, len, 0, &jerr);
	if (!v)
		return strata_error_set(err, STRATA_ECORRUPT, 0, "blob '%s': bad JSON: %d:%d: %s",
		                        digest, jerr.line, jerr.column, jerr.text);
	if (!json_is_object(v)) {
		json_decref(v);
		return strata_error_set(err, STRATA_ECORRUPT, 0, "blob '%s': not a JSON object",
		                        digest);
	}
	*out = v;
	return 0;
}

static const char *str_field(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static int is_index(const json_t *m)
{
	const char *mt = str_field(m, "mediaType");
	if (mt)
		return !strcmp(mt, STRATA_MEDIA_INDEX) || !strcmp(mt, STRATA_MEDIA_DOCKER_LIST);
	return json_is_array(json_object_get(m, "manifests"));
}

/* The digest of the index entry for this host, or NULL (with the error
 * naming what the index offers). An entry without a platform is taken
 * when nothing matches (an OCI layout's index.json). */
static const char *index_pick(const json_t *idx, const char *digest, struct strata_error **err)
{
	const char *os = strata_platform_os(), *arch = strata_platform_arch();
	json_t *list = json_object_get(idx, "manifests");
	size_t i;
	json_t *e;
	const char *fallback = NULL;
	struct util_buf seen = {0};
	json_array_foreach(list, i, e)
	{
		const char *d = str_field(e, "digest");
		json_t *p = json_object_get(e, "platform");
		if (!strata_digest_valid(d))
			continue;
		if (!json_is_object(p)) {
			if (!fallback)
				fallback = d;
			continue;
		}
		const char *pos = str_field(p, "os"), *parch = str_field(p, "architecture");
		if (pos && parch && !strcmp(pos, os) && !strcmp(parch, arch)) {
			util_buf_release(&seen);
			return d;
		}
		util_buf_printf(&seen, "%s%s/%s", seen.len ? ", " : "", pos ? pos : "?",
		                parch ? parch : "?");
	}
	if (!fallback)
		strata_error_set(err, STRATA_ENOENT, 0,
		                 "image index '%s': no manifest for %s/%s (it has: %s)", digest, os,
		                 arch, seen.len ? seen.data : "nothing");
	util_buf_release(&seen);
	return fallback;
}

/* OCI and Docker media types for the same gzip tar: written as OCI. */
static const char *layer_media(const char *mt)
{
	if (!mt || !strcmp(mt, STRATA_MEDIA_DOCKER_LAYER))
		return STRATA_MEDIA_LAYER_GZIP;
	return mt;
}

static int image_from_manifest(struct strata_store *st, const char *digest, json_t *m,
                               struct strata_image **out, struct strata_error **err)
{
	const char *mt = str_field(m, "mediaType");
	json_t *sv = json_object_get(m, "schemaVersion");
	if (json_integer_value(sv) != 2)
		return strata_error_set(err, STRATA_EUNSUPPORTED, 0,
		                        "manifest '%s': schema version %lld is not supported",
		                        digest, (long long)json_integer_value(sv));
	if (mt && strcmp(mt, STRATA_MEDIA_MANIFEST) && strcmp(mt, STRATA_MEDIA_DOCKER_MANIFEST))
		return strata_error_set(err, STRATA_EUNSUPPORTED, 0,
		                        "manifest '%s': media type '%s' is not supported", digest,
		                        mt);
	const char *cfg_digest = str_field(json_object_get(m, "config"), "digest");
	json_t *layers = json_object_get(m, "layers");
	if (!strata_digest_valid(cfg_digest) || !json_is_array(layers))
		return strata_error_set(err, STRATA_ECORRUPT, 0,
		                        "manifest '%s': no config digest or layers", digest);
	json_t *doc = NULL;
	int r = load_json(st, cfg_digest, &doc, err);
	if (r < 0)
		return r;
	struct strata_image *img = image_alloc(doc);
	memcpy(img->config_digest, cfg_digest, STRATA_DIGEST_LEN);
	json_t *diff_ids = json_object_get(json_object_get(doc, "rootfs"), "diff_ids");
	size_t nd = json_array_size(diff_ids), nl = json_array_size(layers);
	if (!json_is_array(diff_ids) || nd != nl) {
		strata_image_free(img);
		return strata_error_set(err, STRATA_ECORRUPT, 0,
		                        "image '%s': %zu layers but %zu diff_ids", digest, nl, nd);
	}
	size_t i;
	json_t *l;
	json_array_foreach(layers, i, l)
	{
		struct strata_layer_desc d = {0};
		const char *ld = str_field(l, "digest");
		const char *di = json_string_value(json_array_get(diff_ids, i));
		if (!strata_digest_valid(ld) || !strata_digest_valid(di)) {
			strata_image_free(img);
			return strata_error_set(err, STRATA_ECORRUPT, 0,
			                        "image '%s': layer %zu: malformed digest", digest,
			                        i);
		}
		memcpy(d.digest, ld, STRATA_DIGEST_LEN);
		memcpy(d.diffid, di, STRATA_DIGEST_LEN);
		d.size = json_integer_value(json_object_get(l, "size"));
		d.empty = !strcmp(di, EMPTY_TAR_DIFFID);
		image_push_layer(img, &d, layer_media(str_field(l, "mediaType")));
	}
	img->created = doc_created(img->doc);
	*out = img;
	return 0;
}

int strata_image_load(struct strata_store *st, const char *manifest_digest,
                      struct strata_image **out, struct strata_error **err)
{
	AUTOFREE char *digest = xstrdup(manifest_digest);
	for (int depth = 0;; depth++) {
		json_t *m = NULL;
		int r = load_json(st, digest, &m, err);
		if (r < 0)
			return r;
		if (!is_index(m)) {
			r = image_from_manifest(st, digest, m, out, err);
			json_decref(m);
			return r;
		}
		const char *pick = depth < MAX_INDEX_DEPTH ? index_pick(m, digest, err) : NULL;
		if (!pick) {
			json_decref(m);
			if (depth >= MAX_INDEX_DEPTH)
				return strata_error_set(err, STRATA_ECORRUPT, 0,
				                        "image index '%s': nested too deep",
				                        digest);
			return STRATA_ENOENT;
		}
		free(digest);
		digest = xstrdup(pick);
		json_decref(m);
	}
}

int strata_image_load_tag(struct strata_store *st, const char *name, struct strata_image **out,
                          struct strata_error **err)
{
	char digest[STRATA_DIGEST_LEN];
	int r = strata_store_tag_get(st, name, digest, err);
	if (r == 0)
		r = strata_image_load(st, digest, out, err);
	if (r < 0)
		return strata_error_wrap(err, "load image '%s'", name);
	return 0;
}
