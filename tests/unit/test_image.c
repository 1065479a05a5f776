/* Tests for OCI images (core/image.c): config, manifest, index. */
#include "tap.h"

#include <sys/utsname.h>

#include "strata/error.h"
#include "strata/image.h"
#include "strata/store.h"
#include "util.h"

#define EPOCH     1795712400 /* 2026-11-26T17:00:00Z */
#define EPOCH_STR "2026-11-26T17:00:00Z"

static struct strata_store *open_store(const char *root)
{
	struct strata_store *st = NULL;
	struct strata_error *err = NULL;
	if (strata_store_open(root, &st, &err) < 0) {
		diag("open store: %s", err->msg);
		strata_error_free(err);
	}
	return st;
}

/* A layer descriptor whose digests are of made-up bytes (an image does not
 * look at its layers' blobs). */
static struct strata_layer_desc fake_layer(const char *seed, int64_t size)
{
	struct strata_layer_desc d = {0};
	AUTOFREE char *b = xasprintf("blob:%s", seed), *t = xasprintf("tar:%s", seed);
	strata_digest_buffer(b, strlen(b), d.digest);
	strata_digest_buffer(t, strlen(t), d.diffid);
	d.size = size;
	return d;
}

/* Store a JSON text as a blob. */
static void put_text(struct strata_store *st, const char *text, char digest[STRATA_DIGEST_LEN])
{
	struct strata_error *err = NULL;
	if (strata_store_put_blob(st, text, strlen(text), digest, &err) < 0) {
		diag("put: %s", err->msg);
		strata_error_free(err);
	}
}

static json_t *load_blob_json(struct strata_store *st, const char *digest, char **raw)
{
	char *buf = NULL;
	size_t len = 0;
	if (strata_store_read_blob(st, digest, &buf, &len, NULL) < 0)
		return NULL;
	json_t *v = json_loadb(buf, len, 0, NULL);
	if (raw)
		*raw = buf;
	else
		free(buf);
	return v;
}

/* A manifest (OCI unless docker) over a stored config text with n layers. */
static void put_manifest(struct strata_store *st, const char *config_text, int docker,
                         const struct strata_layer_desc *layers, size_t n,
                         char digest[STRATA_DIGEST_LEN])
{
	char cfg[STRATA_DIGEST_LEN];
	put_text(st, config_text, cfg);
	json_t *ls = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(
		        ls,
		        json_pack("{s:s, s:s, s:I}", "mediaType",
		                  docker ? STRATA_MEDIA_DOCKER_LAYER : STRATA_MEDIA_LAYER_GZIP,
		                  "digest", layers[i].digest, "size", (json_int_t)layers[i].size));
	json_t *m =
	        json_pack("{s:i, s:s, s:{s:s, s:s, s:I}, s:o}", "schemaVersion", 2, "mediaType",
	                  docker ? STRATA_MEDIA_DOCKER_MANIFEST : STRATA_MEDIA_MANIFEST, "config",
	                  "mediaType", docker ? STRATA_MEDIA_DOCKER_CONFIG : STRATA_MEDIA_CONFIG,
	                  "digest", cfg, "size", (json_int_t)strlen(config_text), "layers", ls);
	AUTOFREE char *text = json_dumps(m, JSON_SORT_KEYS | JSON_COMPACT);
	json_decref(m);
	put_text(st, text, digest);
}

/* --- tests --------------------------------------------------------------- */

static void test_platform(void)
{
	struct utsname u;
	uname(&u);
	const char *want = !strcmp(u.machine, "x86_64")    ? "amd64"
	                   : !strcmp(u.machine, "aarch64") ? "arm64"
	                                                   : NULL;
	if (want)
		is_str(strata_platform_arch(), want, "arch of a %s host", u.machine);
	else
		ok(strata_platform_arch()[0] != '\0', "arch is something");
	is_str(strata_platform_os(), "linux", "os");
}

static void test_new(void)
{
	struct strata_image *img = NULL;
	struct strata_error *err = NULL;
	is_int(strata_image_new(&img, &err), 0, "new image");
	if (!img)
		return;
	json_t *doc = strata_image_document(img);
	is_str(json_string_value(json_object_get(doc, "architecture")), strata_platform_arch(),
	       "architecture of this host");
	is_str(json_string_value(json_object_get(doc, "os")), "linux", "os");
	ok(json_is_object(json_object_get(doc, "config")) &&
	           json_object_size(strata_image_config(img)) == 0,
	   "empty config object");
	json_t *rootfs = json_object_get(doc, "rootfs");
	is_str(json_string_value(json_object_get(rootfs, "type")), "layers", "rootfs type");
	ok(json_array_size(json_object_get(rootfs, "diff_ids")) == 0 &&
	           json_is_array(json_object_get(rootfs, "diff_ids")),
	   "no diff_ids");
	ok(json_is_array(json_object_get(doc, "history")), "history array");
	const char *created = json_string_value(json_object_get(doc, "created"));
	ok(created && strlen(created) == 20 && created[10] == 'T' && created[19] == 'Z',
	   "created is RFC 3339 UTC");
	is_int(strata_image_layer_count(img), 0, "no layers");
	ok(strata_image_layer(img, 0) == NULL, "layer(0) is NULL");
	is_str(strata_image_config_digest(img), "", "no config digest before save");

	/* config() recreates a config that is not an object */
	json_object_set_new(doc, "config", json_string("junk"));
	ok(json_is_object(strata_image_config(img)), "config() repairs a non-object config");
	strata_image_free(img);
	strata_image_free(NULL);
	strata_error_free(err);
}

static void test_roundtrip(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	struct strata_error *err = NULL;
	struct strata_image *img = NULL;
	strata_image_new(&img, &err);
	strata_image_set_created(img, EPOCH);
	struct strata_layer_desc l1 = fake_layer("one", 111), l2 = fake_layer("two", 222);
	is_int(strata_image_add_layer(img, &l1, "ADD rootfs.tar /", &err), 0, "add a layer");
	is_int(strata_image_add_history(img, "ENV A=1", &err), 0, "add a history entry");
	is_int(strata_image_add_layer(img, &l2, NULL, &err), 0, "add a layer without created_by");
	struct strata_layer_desc bad = l1;
	bad.diffid[0] = 'x';
	is_int(strata_image_add_layer(img, &bad, NULL, &err), STRATA_EINVAL,
	       "add a layer with a malformed diffID: EINVAL");
	is_int(strata_image_layer_count(img), 2, "two layers");

	json_t *patch = json_pack("{s:[s], s:[s,s], s:s, s:{s:s}}", "Env", "A=1", "Cmd", "sh", "-c",
	                          "WorkingDir", "/app", "Labels", "k", "v");
	is_int(strata_image_config_patch(img, patch, &err), 0, "patch the config");
	json_decref(patch);
	patch = json_pack("{s:n, s:s}", "WorkingDir", "User", "nobody");
	is_int(strata_image_config_patch(img, patch, &err), 0, "patch with a null");
	json_decref(patch);
	json_t *cfg = strata_image_config(img);
	ok(json_object_get(cfg, "WorkingDir") == NULL, "null removes the field");
	is_str(json_string_value(json_object_get(cfg, "User")), "nobody", "new field set");
	ok(json_object_get(cfg, "Env") != NULL, "untouched fields stay");
	json_t *arr = json_array();
	is_int(strata_image_config_patch(img, arr, &err), STRATA_EINVAL,
	       "a non-object patch: EINVAL");
	json_decref(arr);

	json_t *doc = strata_image_document(img);
	json_t *hist = json_object_get(doc, "history");
	is_int(json_array_size(hist), 3, "three history entries");
	is_str(json_string_value(json_object_get(json_array_get(hist, 0), "created")), EPOCH_STR,
	       "history created is RFC 3339 UTC");
	is_str(json_string_value(json_object_get(json_array_get(hist, 0), "created_by")),
	       "ADD rootfs.tar /", "history created_by");
	ok(json_is_true(json_object_get(json_array_get(hist, 1), "empty_layer")),
	   "config-only step is an empty_layer");
	ok(!json_object_get(json_array_get(hist, 2), "empty_layer") &&
	           !json_object_get(json_array_get(hist, 2), "created_by"),
	   "a layer's history has no empty_layer and no created_by when NULL");

	char md[STRATA_DIGEST_LEN];
	is_int(strata_image_save(st, img, md, &err), 0, "save");
	ok(strata_digest_valid(md), "save returns the manifest digest");
	is_str(json_string_value(json_object_get(doc, "created")), EPOCH_STR, "created written");

	char *raw = NULL;
	json_t *m = load_blob_json(st, md, &raw);
	ok(m != NULL, "manifest blob is JSON");
	AUTOFREE char *canon = json_dumps(m, JSON_SORT_KEYS | JSON_COMPACT);
	is_str(raw, canon, "manifest is sorted and compact");
	free(raw);
	is_int(json_integer_value(json_object_get(m, "schemaVersion")), 2, "schemaVersion 2");
	is_str(json_string_value(json_object_get(m, "mediaType")), STRATA_MEDIA_MANIFEST,
	       "OCI manifest media type");
	json_t *mc = json_object_get(m, "config");
	is_str(json_string_value(json_object_get(mc, "mediaType")), STRATA_MEDIA_CONFIG,
	       "config media type");
	is_str(json_string_value(json_object_get(mc, "digest")), strata_image_config_digest(img),
	       "config digest in the manifest");
	is_int(json_integer_value(json_object_get(mc, "size")),
	       strata_store_blob_size(st, strata_image_config_digest(img)), "config size");
	json_t *ml = json_object_get(m, "layers");
	is_int(json_array_size(ml), 2, "two layer descriptors");
	is_str(json_string_value(json_object_get(json_array_get(ml, 1), "digest")), l2.digest,
	       "layer digest");
	is_int(json_integer_value(json_object_get(json_array_get(ml, 1), "size")), 222,
	       "layer size");
	is_str(json_string_value(json_object_get(json_array_get(ml, 0), "mediaType")),
	       STRATA_MEDIA_LAYER_GZIP, "layer media type");
	json_decref(m);

	char *craw = NULL;
	json_t *c = load_blob_json(st, strata_image_config_digest(img), &craw);
	AUTOFREE char *ccanon = json_dumps(c, JSON_SORT_KEYS | JSON_COMPACT);
	is_str(craw, ccanon, "config is sorted and compact");
	free(craw);
	json_decref(c);

	struct strata_image *back = NULL;
	is_int(strata_image_load(st, md, &back, &err), 0, "load it back");
	if (back) {
		is_int(strata_image_layer_count(back), 2, "loaded: two layers");
		const struct strata_layer_desc *b1 = strata_image_layer(back, 0);
		const struct strata_layer_desc *b2 = strata_image_layer(back, 1);
		ok(b1 && !strcmp(b1->digest, l1.digest) && !strcmp(b1->diffid, l1.diffid) &&
		           b1->size == 111,
		   "loaded: first layer digest, diffID, size");
		ok(b2 && !strcmp(b2->digest, l2.digest) && !strcmp(b2->diffid, l2.diffid) &&
		           b2->size == 222,
		   "loaded: second layer");
		ok(json_equal(strata_image_document(back), doc), "loaded: the same config");
		is_str(strata_image_config_digest(back), strata_image_config_digest(img),
		       "loaded: the same config digest");
		char md2[STRATA_DIGEST_LEN];
		strata_image_set_created(back, EPOCH);
		strata_image_save(st, back, md2, &err);
		is_str(md2, md, "saved again: the same manifest digest");
	}

	/* clone is deep */
	struct strata_image *cl = strata_image_clone(img);
	patch = json_pack("{s:s}", "User", "root");
	strata_image_config_patch(cl, patch, &err);
	json_decref(patch);
	is_str(json_string_value(json_object_get(strata_image_config(img), "User")), "nobody",
	       "patching a clone leaves the original");
	is_int(strata_image_layer_count(cl), 2, "clone has the layers");
	is_str(strata_image_config_digest(cl), strata_image_config_digest(img),
	       "clone has the config digest");

	strata_store_tag_set(st, "app:v1", md, &err);
	struct strata_image *tagged = NULL;
	is_int(strata_image_load_tag(st, "app:v1", &tagged, &err), 0, "load by tag");
	is_int(tagged ? strata_image_layer_count(tagged) : 0, 2, "tagged image has its layers");
	is_int(strata_image_load_tag(st, "app:v2", &tagged, &err), STRATA_ENOENT,
	       "load of a missing tag: ENOENT");
	like(err ? err->msg : NULL, "app:v2", "the error names the tag");

	strata_image_free(tagged);
	strata_image_free(cl);
	strata_image_free(back);
	strata_image_free(img);
	strata_error_free(err);
	strata_store_free(st);
}

static void test_unknown_fields(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	struct strata_error *err = NULL;
	struct strata_layer_desc l = fake_layer("base", 10);
	AUTOFREE char *config = xasprintf(
	        "{\"architecture\":\"amd64\",\"os\":\"linux\",\"X-Foo\":{\"deep\":[1,2]},"
	        "\"created\":\"2020-01-01T00:00:00Z\",\"config\":{\"Env\":[\"PATH=/bin\"],"
	        "\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"],\"Interval\":30000000000},"
	        "\"OnBuild\":[\"RUN echo hi\"],\"Shell\":[\"/bin/bash\",\"-c\"]},"
	        "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"%s\"]},\"history\":[{}]}",
	        l.diffid);
	char md[STRATA_DIGEST_LEN];
	put_manifest(st, config, 0, &l, 1, md);
	struct strata_image *img = NULL;
	is_int(strata_image_load(st, md, &img, &err), 0, "load an image with unknown fields");
	if (!img) {
		diag("%s", err ? err->msg : "?");
		return;
	}
	json_t *patch = json_pack("{s:s}", "User", "app");
	strata_image_config_patch(img, patch, &err);
	json_decref(patch);
	struct strata_layer_desc l2 = fake_layer("mine", 20);
	strata_image_add_layer(img, &l2, "RUN make", &err);
	char md2[STRATA_DIGEST_LEN];
	is_int(strata_image_save(st, img, md2, &err), 0, "save it");
	struct strata_image *back = NULL;
	is_int(strata_image_load(st, md2, &back, &err), 0, "load the saved one");
	if (!back)
		return;
	json_t *doc = strata_image_document(back), *cfg = strata_image_config(back);
	json_t *orig = json_loads(config, 0, NULL);
	json_t *ocfg = json_object_get(orig, "config");
	ok(json_equal(json_object_get(cfg, "Healthcheck"), json_object_get(ocfg, "Healthcheck")),
	   "Healthcheck survives");
	ok(json_equal(json_object_get(cfg, "OnBuild"), json_object_get(ocfg, "OnBuild")),
	   "OnBuild survives");
	ok(json_equal(json_object_get(cfg, "Shell"), json_object_get(ocfg, "Shell")),
	   "Shell survives");
	ok(json_equal(json_object_get(doc, "X-Foo"), json_object_get(orig, "X-Foo")),
	   "a made-up top-level X-Foo survives");
	is_str(json_string_value(json_object_get(cfg, "User")), "app", "the patch is there");
	is_int(json_array_size(json_object_get(json_object_get(doc, "rootfs"), "diff_ids")), 2,
	       "diff_ids grew");
	is_int(json_array_size(json_object_get(doc, "history")), 2, "history grew");
	json_decref(orig);
	strata_image_free(back);
	strata_image_free(img);
	strata_error_free(err);
	strata_store_free(st);
}

static void put_index(struct strata_store *st, const char *media, const char *const *plats,
                      const char *const *digests, size_t n, char out[STRATA_DIGEST_LEN])
{
	json_t *ms = json_array();
	for (size_t i = 0; i < n; i++) {
		AUTOFREE char *os = xstrndup(plats[i], strcspn(plats[i], "/"));
		const char *arch = strchr(plats[i], '/') + 1;
		json_array_append_new(ms,
		                      json_pack("{s:s, s:s, s:i, s:{s:s, s:s}}", "mediaType",
		                                STRATA_MEDIA_MANIFEST, "digest", digests[i], "size",
		                                100, "platform", "os", os, "architecture", arch));
	}
	json_t *idx = media ? json_pack("{s:i, s:s, s:o}", "schemaVersion", 2, "mediaType", media,
	                                "manifests", ms)
	                    : json_pack("{s:i, s:o}", "schemaVersion", 2, "manifests", ms);
	AUTOFREE char *text = json_dumps(idx, JSON_COMPACT);
	json_decref(idx);
	put_text(st, text, out);
}

static void test_index(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	struct strata_error *err = NULL;
	struct strata_layer_desc l = fake_layer("x", 1);
	const char *other = !strcmp(strata_platform_arch(), "arm64") ? "amd64" : "arm64";
	AUTOFREE char *cfg_host =
	        xasprintf("{\"architecture\":\"%s\",\"os\":\"linux\",\"config\":{},"
	                  "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"%s\"]}}",
	                  strata_platform_arch(), l.diffid);
	AUTOFREE char *cfg_other =
	        xasprintf("{\"architecture\":\"%s\",\"os\":\"linux\",\"config\":{},"
	                  "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"%s\"]}}",
	                  other, l.diffid);
	char mh[STRATA_DIGEST_LEN], mo[STRATA_DIGEST_LEN];
	put_manifest(st, cfg_host, 0, &l, 1, mh);
	put_manifest(st, cfg_other, 0, &l, 1, mo);
	AUTOFREE char *host = xasprintf("linux/%s", strata_platform_arch());
	AUTOFREE char *oth = xasprintf("linux/%s", other);

	const char *media[] = {STRATA_MEDIA_INDEX, STRATA_MEDIA_DOCKER_LIST, NULL};
	const char *mname[] = {"OCI index", "docker manifest list", "index without mediaType"};
	for (int k = 0; k < 3; k++) {
		const char *plats[] = {oth, host};
		const char *digs[] = {mo, mh};
		char idx[STRATA_DIGEST_LEN];
		put_index(st, media[k], plats, digs, 2, idx);
		struct strata_image *img = NULL;
		is_int(strata_image_load(st, idx, &img, &err), 0, "%s: load", mname[k]);
		const char *arch = img ? json_string_value(json_object_get(
		                                 strata_image_document(img), "architecture"))
		                       : NULL;
		is_str(arch, strata_platform_arch(), "%s: picks this host's platform", mname[k]);
		strata_image_free(img);
	}

	const char *plats[] = {oth, "windows/amd64"};
	const char *digs[] = {mo, mo};
	char idx[STRATA_DIGEST_LEN];
	put_index(st, STRATA_MEDIA_INDEX, plats, digs, 2, idx);
	struct strata_image *img = NULL;
	is_int(strata_image_load(st, idx, &img, &err), STRATA_ENOENT,
	       "index without this platform: ENOENT");
	like(err ? err->msg : NULL, "windows/amd64", "the error names the platforms there");
	like(err ? err->msg : NULL, oth, "all of them");

	/* an index pointing at an index */
	const char *p1[] = {host};
	const char *d1[] = {idx};
	char outer[STRATA_DIGEST_LEN];
	put_index(st, STRATA_MEDIA_INDEX, p1, d1, 1, outer);
	is_int(strata_image_load(st, outer, &img, &err), STRATA_ENOENT,
	       "nested index is followed (and still finds nothing)");
	strata_error_free(err);
	strata_store_free(st);
}

static void test_docker(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	struct strata_error *err = NULL;
	struct strata_layer_desc l[2] = {fake_layer("d1", 5), fake_layer("d2", 6)};
	AUTOFREE char *config = xasprintf(
	        "{\"architecture\":\"amd64\",\"os\":\"linux\",\"docker_version\":\"20.10.7\","
	        "\"container\":\"abc\",\"container_config\":{\"Cmd\":[\"/bin/sh\"]},"
	        "\"created\":\"2021-06-15T17:19:52.144578Z\",\"config\":{\"Cmd\":[\"sh\"]},"
	        "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"%s\",\"%s\"]}}",
	        l[0].diffid, l[1].diffid);
	char md[STRATA_DIGEST_LEN];
	put_manifest(st, config, 1, l, 2, md);
	struct strata_image *img = NULL;
	is_int(strata_image_load(st, md, &img, &err), 0, "load a docker schema 2 image");
	if (!img) {
		diag("%s", err ? err->msg : "?");
		return;
	}
	const struct strata_layer_desc *d = strata_image_layer(img, 1);
	ok(d && !strcmp(d->digest, l[1].digest) && !strcmp(d->diffid, l[1].diffid) && d->size == 6,
	   "docker layer: digest, diffID, size");
	is_str(json_string_value(json_object_get(strata_image_document(img), "docker_version")),
	       "20.10.7", "docker fields kept");
	char out[STRATA_DIGEST_LEN];
	strata_image_save(st, img, out, &err);
	json_t *m = load_blob_json(st, out, NULL);
	is_str(json_string_value(json_object_get(m, "mediaType")), STRATA_MEDIA_MANIFEST,
	       "saved as an OCI manifest");
	is_str(json_string_value(json_object_get(json_array_get(json_object_get(m, "layers"), 0),
	                                         "mediaType")),
	       STRATA_MEDIA_LAYER_GZIP, "docker gzip layers written as OCI gzip");
	json_decref(m);
	strata_image_free(img);
	strata_error_free(err);
	strata_store_free(st);
}

static void test_bad(void)
{
	const char *dir = tap_tmpdir();
	struct strata_store *st = open_store(dir);
	struct strata_error *err = NULL;
	struct strata_layer_desc l[2] = {fake_layer("a", 1), fake_layer("b", 2)};
	AUTOFREE char *one = xasprintf("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},"
	                               "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"%s\"]}}",
	                               l[0].diffid);
	char md[STRATA_DIGEST_LEN];
	put_manifest(st, one, 0, l, 2, md);
	struct strata_image *img = NULL;
	is_int(strata_image_load(st, md, &img, &err), STRATA_ECORRUPT,
	       "2 layers, 1 diff_id: ECORRUPT");
	like(err ? err->msg : NULL, "2 layers but 1 diff_ids", "the error says so");
	ok(img == NULL, "no image handed out");

	char junk[STRATA_DIGEST_LEN];
	put_text(st, "{not json", junk);
	is_int(strata_image_load(st, junk, &img, &err), STRATA_ECORRUPT, "bad JSON: ECORRUPT");
	put_text(st, "[1,2]", junk);
	is_int(strata_image_load(st, junk, &img, &err), STRATA_ECORRUPT,
	       "JSON but not an object: ECORRUPT");
	put_text(st, "{\"schemaVersion\":2,\"mediaType\":\"" STRATA_MEDIA_MANIFEST "\"}", junk);
	is_int(strata_image_load(st, junk, &img, &err), STRATA_ECORRUPT,
	       "a manifest without config: ECORRUPT");
	put_text(st, "{\"schemaVersion\":1,\"fsLayers\":[]}", junk);
	is_int(strata_image_load(st, junk, &img, &err), STRATA_EUNSUPPORTED,
	       "schema 1: EUNSUPPORTED");

	char missing[STRATA_DIGEST_LEN];
	strata_digest_buffer("nowhere", 7, missing);
	is_int(strata_image_load(st, missing, &img, &err), STRATA_ENOENT,
	       "missing manifest blob: ENOENT");
	/* a manifest whose config blob is gone */
	char cfg[STRATA_DIGEST_LEN];
	put_text(st, one, cfg);
	put_manifest(st, one, 0, l, 1, md);
	AUTOFREE char *cpath = NULL;
	strata_store_blob_path(st, cfg, &cpath, NULL);
	unlink(cpath);
	is_int(strata_image_load(st, md, &img, &err), STRATA_ENOENT, "missing config blob: ENOENT");
	/* a tampered manifest */
	put_manifest(st, one, 0, l, 1, md);
	AUTOFREE char *mpath = NULL;
	strata_store_blob_path(st, md, &mpath, NULL);
	FILE *f = fopen(mpath, "a");
	if (f) {
		fputs(" ", f);
		fclose(f);
	}
	is_int(strata_image_load(st, md, &img, &err), STRATA_ECORRUPT,
	       "tampered manifest blob: ECORRUPT");
	strata_error_free(err);
	strata_store_free(st);
}

int main(void)
{
	test_platform();
	test_new();
	test_roundtrip();
	test_unknown_fields();
	test_index();
	test_docker();
	test_bad();
	return done_testing();
}
