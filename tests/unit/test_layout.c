/* The "oci" transport (plugins/registry-layout), loaded through the real
 * loader, pushing from and pulling into real stores; the layouts it writes
 * are checked with skopeo and umoci when they are installed. */
#include "tap.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "strata/error.h"
#include "strata/image.h"
#include "strata/plugin.h"
#include "strata/store.h"
#include "util.h"

#define LAYOUT_SO STRATA_TEST_PLUGIN_DIR "/../../lib/strata/plugins/registry-layout.so"

static struct strata_plugins *plugins;
static const struct strata_transport *oci;

static struct strata_store *store_new(void)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/store", tap_tmpdir());
	struct strata_store *st = NULL;
	struct strata_error *err = NULL;
	if (strata_store_open(path, &st, &err) < 0) {
		printf("Bail out! %s\n", err ? err->msg : "?");
		exit(1);
	}
	return st;
}

/* A small image, put into st by hand: one gzip layer holding hello.txt
 * (with text), its config and its manifest. */
struct image {
	char layer[STRATA_DIGEST_LEN];
	char config[STRATA_DIGEST_LEN];
	char manifest[STRATA_DIGEST_LEN];
};

static void put(struct strata_store *st, const void *buf, size_t len, char *digest)
{
	struct strata_error *err = NULL;
	if (strata_store_put_blob(st, buf, len, digest, &err) < 0) {
		printf("Bail out! put blob: %s\n", err ? err->msg : "?");
		exit(1);
	}
}

static void tar_of(const char *text, int gzip, char **buf, size_t *len)
{
	size_t cap = 65536;
	*buf = xzalloc(cap);
	struct archive *a = archive_write_new();
	if (gzip)
		archive_write_add_filter_gzip(a);
	archive_write_set_format_pax_restricted(a);
	archive_write_open_memory(a, *buf, cap, len);
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, "hello.txt");
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, (la_int64_t)strlen(text));
	archive_entry_set_mtime(e, 1700000000, 0);
	archive_write_header(a, e);
	archive_write_data(a, text, strlen(text));
	archive_entry_free(e);
	archive_write_close(a);
	archive_write_free(a);
}

static void make_image(struct strata_store *st, const char *text, struct image *img)
{
	AUTOFREE char *tgz = NULL, *tar = NULL;
	size_t tgz_len = 0, tar_len = 0;
	tar_of(text, 1, &tgz, &tgz_len);
	tar_of(text, 0, &tar, &tar_len);
	char diffid[STRATA_DIGEST_LEN];
	strata_digest_buffer(tar, tar_len, diffid);
	put(st, tgz, tgz_len, img->layer);

	json_t *config =
	        json_pack("{s:s, s:s, s:{s:[s]}, s:{s:s, s:[s]}}", "architecture",
	                  strata_platform_arch(), "os", strata_platform_os(), "config", "Cmd",
	                  "/bin/sh", "rootfs", "type", "layers", "diff_ids", diffid);
	AUTOFREE char *config_text = json_dumps(config, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(config);
	put(st, config_text, strlen(config_text), img->config);

	json_t *manifest = json_pack("{s:i, s:s, s:{s:s, s:s, s:I}, s:[{s:s, s:s, s:I}]}",
	                             "schemaVersion", 2, "mediaType", STRATA_MEDIA_MANIFEST,
	                             "config", "mediaType", STRATA_MEDIA_CONFIG, "digest",
	                             img->config, "size", (json_int_t)strlen(config_text), "layers",
	                             "mediaType", STRATA_MEDIA_LAYER_GZIP, "digest", img->layer,
	                             "size", (json_int_t)tgz_len);
	AUTOFREE char *manifest_text = json_dumps(manifest, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(manifest);
	put(st, manifest_text, strlen(manifest_text), img->manifest);
}

/* An index in st naming two manifests: m_host for this host's platform and
 * m_other for os/arch. */
static void make_index(struct strata_store *st, const char *m_host, const char *m_other,
                       const char *os, const char *arch, char *digest)
{
	json_t *index = json_pack(
	        "{s:i, s:s, s:[{s:s, s:s, s:I, s:{s:s, s:s}}, {s:s, s:s, s:I, s:{s:s, s:s}}]}",
	        "schemaVersion", 2, "mediaType", STRATA_MEDIA_INDEX, "manifests", "mediaType",
	        STRATA_MEDIA_MANIFEST, "digest", m_other, "size",
	        (json_int_t)strata_store_blob_size(st, m_other), "platform", "os", os,
	        "architecture", arch, "mediaType", STRATA_MEDIA_MANIFEST, "digest", m_host, "size",
	        (json_int_t)strata_store_blob_size(st, m_host), "platform", "os",
	        strata_platform_os(), "architecture", strata_platform_arch());
	AUTOFREE char *text = json_dumps(index, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(index);
	put(st, text, strlen(text), digest);
}

static int push(struct strata_store *st, const char *digest, const char *ref, char **msg)
{
	struct strata_error *err = NULL;
	int r = oci->push(oci->self, strata_plugins_host(plugins), st, digest, ref, &err);
	if (msg)
		*msg = err ? xstrdup(err->msg) : NULL;
	else if (r)
		diag("push '%s': %s", ref, err ? err->msg : "(no message)");
	strata_error_free(err);
	return r;
}

static int pull(struct strata_store *st, const char *ref, char *digest, char **msg)
{
	struct strata_error *err = NULL;
	int r = oci->pull(oci->self, strata_plugins_host(plugins), st, ref, digest, &err);
	if (msg)
		*msg = err ? xstrdup(err->msg) : NULL;
	else if (r)
		diag("pull '%s': %s", ref, err ? err->msg : "(no message)");
	strata_error_free(err);
	return r;
}

static json_t *load_json(const char *dir, const char *name)
{
	AUTOFREE char *path = util_path_join(dir, name);
	return json_load_file(path, 0, NULL);
}

static int blob_in_layout(const char *dir, const char *digest)
{
	AUTOFREE char *path = xasprintf("%s/blobs/sha256/%s", dir, digest + 7);
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* The ref name of each descriptor in index.json, with its digest:
 * "v1=sha256:… v2=sha256:… ". */
static char *layout_tags(const char *dir)
{
	json_t *top = load_json(dir, "index.json");
	struct util_buf b = {0};
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(top, "manifests"), i, m)
	{
		const char *name = json_string_value(json_object_get(
		        json_object_get(m, "annotations"), "org.opencontainers.image.ref.name"));
		util_buf_printf(&b, "%s=%s ", name ? name : "",
		                json_string_value(json_object_get(m, "digest")));
	}
	util_buf_add(&b, "", 0);
	json_decref(top);
	return b.data;
}

static void tags_are(const char *dir, const char *name, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static void tags_are(const char *dir, const char *name, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	AUTOFREE char *want = xvasprintf(fmt, ap);
	va_end(ap);
	AUTOFREE char *tags = layout_tags(dir);
	is_str(tags, want, "%s", name);
}

/* Run a program, stdout captured; its exit status, or -1 when it is not
 * installed. */
static int run_prog(const char *const *argv, char **out)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		int null = open("/dev/null", O_WRONLY);
		dup2(null, 2);
		execvp(argv[0], (char *const *)argv);
		_exit(126);
	}
	close(p[1]);
	util_read_fd(p[0], out, NULL);
	close(p[0]);
	int ws = 0;
	waitpid(pid, &ws, 0);
	if (WIFEXITED(ws) && WEXITSTATUS(ws) == 126)
		return -1;
	return WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
}

static void test_push_layout(void)
{
	struct strata_store *st = store_new();
	struct image img;
	make_image(st, "hello from strata\n", &img);
	AUTOFREE char *dir = util_path_join(tap_tmpdir(), "layout");
	AUTOFREE char *image = xasprintf("%s:v1", dir);

	is_int(push(st, img.manifest, image, NULL), 0, "push to DIR:v1");
	json_t *marker = load_json(dir, "oci-layout");
	is_str(json_string_value(json_object_get(marker, "imageLayoutVersion")), "1.0.0",
	       "oci-layout file");
	json_decref(marker);
	ok(blob_in_layout(dir, img.layer) && blob_in_layout(dir, img.config) &&
	           blob_in_layout(dir, img.manifest),
	   "manifest, config and layer blobs in blobs/sha256");
	json_t *top = load_json(dir, "index.json");
	is_int(json_integer_value(json_object_get(top, "schemaVersion")), 2, "index schemaVersion");
	json_t *d = json_array_get(json_object_get(top, "manifests"), 0);
	is_int(json_array_size(json_object_get(top, "manifests")), 1, "one descriptor");
	is_str(json_string_value(json_object_get(d, "mediaType")), STRATA_MEDIA_MANIFEST,
	       "descriptor mediaType");
	is_str(json_string_value(json_object_get(d, "digest")), img.manifest, "descriptor digest");
	is_int(json_integer_value(json_object_get(d, "size")),
	       strata_store_blob_size(st, img.manifest), "descriptor size");
	is_str(json_string_value(json_object_get(json_object_get(d, "annotations"),
	                                         "org.opencontainers.image.ref.name")),
	       "v1", "descriptor ref name");
	json_decref(top);

	AUTOFREE char *ref = xasprintf("oci:%s:v1", dir);
	AUTOFREE char *out = NULL;
	int r = run_prog((const char *const[]){"skopeo", "inspect", ref, NULL}, &out);
	if (r < 0) {
		ok(1, "# SKIP skopeo is not installed");
	} else {
		is_int(r, 0, "skopeo inspect accepts the layout");
		like(out, img.manifest, "skopeo sees the manifest digest");
		like(out, img.layer, "skopeo sees the layer");
	}
	AUTOFREE char *bundle = util_path_join(tap_tmpdir(), "bundle");
	free(out);
	out = NULL;
	r = run_prog((const char *const[]){"umoci", "unpack", "--image", image, bundle, NULL},
	             &out);
	if (r < 0) {
		ok(1, "# SKIP umoci is not installed");
	} else {
		is_int(r, 0, "umoci unpacks the layout");
		AUTOFREE char *hello = util_path_join(bundle, "rootfs/hello.txt");
		AUTOFREE char *text = NULL;
		util_read_file(hello, &text, NULL);
		is_str(text, "hello from strata\n", "umoci's rootfs has the layer's file");
	}

	/* the same tag again: replaced, not duplicated; another tag: added */
	is_int(push(st, img.manifest, image, NULL), 0, "push DIR:v1 again");
	tags_are(dir, "still one descriptor for v1", "v1=%s ", img.manifest);
	struct image img2;
	make_image(st, "second image\n", &img2);
	AUTOFREE char *v2 = xasprintf("%s:v2", dir);
	is_int(push(st, img2.manifest, v2, NULL), 0, "push another image to DIR:v2");
	tags_are(dir, "v1 kept, v2 added", "v1=%s v2=%s ", img.manifest, img2.manifest);
	is_int(push(st, img2.manifest, image, NULL), 0, "push the second image as v1");
	tags_are(dir, "v1 replaced, v2 kept", "v2=%s v1=%s ", img2.manifest, img2.manifest);
	is_int(push(st, img.manifest, dir, NULL), 0, "push without a tag");
	tags_are(dir, "an untagged descriptor is added", "v2=%s v1=%s =%s ", img2.manifest,
	         img2.manifest, img.manifest);
	strata_store_free(st);
}

static void test_pull(void)
{
	struct strata_store *a = store_new();
	struct image img, img2;
	make_image(a, "pull me\n", &img);
	make_image(a, "or me\n", &img2);
	AUTOFREE char *dir = util_path_join(tap_tmpdir(), "layout");
	AUTOFREE char *v1 = xasprintf("%s:v1", dir), *v2 = xasprintf("%s:v2", dir);
	push(a, img.manifest, v1, NULL);

	struct strata_store *b = store_new();
	char digest[STRATA_DIGEST_LEN] = "";
	is_int(pull(b, v1, digest, NULL), 0, "pull DIR:v1 into a second store");
	is_str(digest, img.manifest, "the same manifest digest");
	ok(strata_store_has_blob(b, img.manifest) && strata_store_has_blob(b, img.config) &&
	           strata_store_has_blob(b, img.layer),
	   "manifest, config and layer are in the second store");
	is_int(strata_store_blob_size(b, img.layer), strata_store_blob_size(a, img.layer),
	       "the layer blob whole");
	digest[0] = '\0';
	is_int(pull(b, dir, digest, NULL), 0, "pull DIR: the only image, without a tag");
	is_str(digest, img.manifest, "the same digest");

	push(a, img2.manifest, v2, NULL);
	char *msg = NULL;
	is_int(pull(b, dir, digest, &msg), STRATA_ENOENT, "no tag and two images");
	AUTOFREE char *want =
	        xasprintf("oci layout '%s': 2 images and no tag given (tags: 'v1', 'v2')", dir);
	is_str(msg, want, "lists the tags");
	free(msg);
	AUTOFREE char *nope = xasprintf("%s:nope", dir);
	is_int(pull(b, nope, digest, &msg), STRATA_ENOENT, "a missing tag");
	free(want);
	want = xasprintf("oci layout '%s': no image tagged 'nope' (tags: 'v1', 'v2')", dir);
	is_str(msg, want, "names it and lists the tags");
	free(msg);
	AUTOFREE char *missing = xasprintf("%s/missing:v1", tap_tmpdir());
	is_int(pull(b, missing, digest, &msg), STRATA_ENOENT, "a missing layout");
	like(msg, "index.json", "says which file");
	free(msg);

	/* a corrupt layer in the layout: nothing of it gets stored */
	AUTOFREE char *layer = xasprintf("%s/blobs/sha256/%s", dir, img2.layer + 7);
	AUTOFREE char *bytes = NULL;
	size_t len = 0;
	util_read_file(layer, &bytes, &len);
	bytes[len / 2] ^= 1;
	int fd = open(layer, O_WRONLY | O_TRUNC);
	util_write_all(fd, bytes, len);
	close(fd);
	struct strata_store *c = store_new();
	is_int(pull(c, v2, digest, &msg), STRATA_ECORRUPT, "a corrupt layer: ECORRUPT");
	like(msg, img2.layer, "names the digest");
	ok(!strata_store_has_blob(c, img2.layer), "the corrupt layer is not stored");
	free(msg);
	/* one byte too many: the descriptor's size catches it */
	fd = open(layer, O_WRONLY | O_APPEND);
	util_write_all(fd, "x", 1);
	close(fd);
	is_int(pull(c, v2, digest, &msg), STRATA_ECORRUPT, "a longer layer: ECORRUPT");
	like(msg, "its descriptor says", "says so");
	free(msg);
	ok(!strata_store_has_blob(c, img2.layer), "still not stored");

	/* a layout written by another tool: skopeo's copy of ours */
	AUTOFREE char *src = xasprintf("oci:%s:v1", dir);
	AUTOFREE char *copy = xasprintf("%s/copy", tap_tmpdir());
	AUTOFREE char *dst = xasprintf("oci:%s:copied", copy);
	AUTOFREE char *out = NULL;
	int r = run_prog((const char *const[]){"skopeo", "copy", "-q", src, dst, NULL}, &out);
	if (r < 0) {
		ok(1, "# SKIP skopeo is not installed");
	} else {
		is_int(r, 0, "skopeo copies our layout");
		AUTOFREE char *copied = xasprintf("%s:copied", copy);
		struct strata_store *d = store_new();
		is_int(pull(d, copied, digest, NULL), 0, "pull skopeo's layout");
		tags_are(copy, "the digest skopeo's index.json names", "copied=%s ", digest);
		strata_store_free(d);
	}
	strata_store_free(a);
	strata_store_free(b);
	strata_store_free(c);
}

static void test_index(void)
{
	struct strata_store *a = store_new();
	struct image img, other;
	make_image(a, "for this host\n", &img);
	make_image(a, "for another\n", &other);
	char index[STRATA_DIGEST_LEN], foreign[STRATA_DIGEST_LEN];
	make_index(a, img.manifest, other.manifest, "linux", "s390x", index);
	AUTOFREE char *dir = util_path_join(tap_tmpdir(), "layout");
	AUTOFREE char *multi = xasprintf("%s:multi", dir);
	is_int(push(a, index, multi, NULL), 0, "push an index");
	ok(blob_in_layout(dir, index) && blob_in_layout(dir, img.layer) &&
	           blob_in_layout(dir, other.layer),
	   "the index and both images' blobs are in the layout");
	tags_are(dir, "index.json names the index", "multi=%s ", index);
	json_t *top = load_json(dir, "index.json");
	is_str(json_string_value(json_object_get(
	               json_array_get(json_object_get(top, "manifests"), 0), "mediaType")),
	       STRATA_MEDIA_INDEX, "with the index media type");
	json_decref(top);

	struct strata_store *b = store_new();
	char digest[STRATA_DIGEST_LEN] = "";
	is_int(pull(b, multi, digest, NULL), 0, "pull the index");
	is_str(digest, img.manifest, "this host's manifest is picked");
	ok(strata_store_has_blob(b, img.layer), "its layer is stored");
	ok(!strata_store_has_blob(b, other.layer), "the other platform's is not");

	/* an index in index.json with nothing for this platform */
	make_index(a, other.manifest, img.manifest, "linux", "s390x", foreign);
	/* rewrite the host entry's platform: both entries foreign */
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	struct strata_error *err = NULL;
	strata_store_read_blob(a, foreign, &buf, &len, &err);
	json_t *j = json_loadb(buf, len, 0, NULL);
	json_t *p = json_object_get(json_array_get(json_object_get(j, "manifests"), 1), "platform");
	json_object_set_new(p, "architecture", json_string("riscv64"));
	AUTOFREE char *text = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	put(a, text, strlen(text), foreign);
	AUTOFREE char *none = xasprintf("%s:none", dir);
	is_int(push(a, foreign, none, NULL), 0, "push an index without this platform");
	char *msg = NULL;
	is_int(pull(b, none, digest, &msg), STRATA_ENOENT, "pulling it: ENOENT");
	AUTOFREE char *expect = xasprintf("no manifest for %s/%s (has: linux/s390x, linux/riscv64)",
	                                  strata_platform_os(), strata_platform_arch());
	like(msg, expect, "lists the platforms it has");
	free(msg);
	strata_store_free(a);
	strata_store_free(b);
}

static void test_push_errors(void)
{
	struct strata_store *st = store_new();
	AUTOFREE char *dir = util_path_join(tap_tmpdir(), "layout");
	AUTOFREE char *ref = xasprintf("%s:v1", dir);
	char *msg = NULL;
	const char *absent =
	        "sha256:0000000000000000000000000000000000000000000000000000000000000000";
	is_int(push(st, absent, ref, &msg), STRATA_ENOENT, "push of a manifest not in the store");
	ok(msg != NULL, "says why (%s)", msg ? msg : "");
	free(msg);
	AUTOFREE char *index = util_path_join(dir, "index.json");
	ok(access(index, F_OK) < 0, "and writes no index.json");
	is_int(push(st, absent, ":v1", &msg), STRATA_EINVAL, "a reference without a directory");
	is_str(msg, "oci reference ':v1': no directory", "says so");
	free(msg);
	is_int(push(st, "md5:abc", ref, &msg), STRATA_EUNSUPPORTED, "a digest that is not sha256");
	free(msg);

	/* a manifest whose layer is missing from the store */
	struct image img;
	make_image(st, "partial\n", &img);
	AUTOFREE char *layer_path = NULL;
	strata_store_blob_path(st, img.layer, &layer_path, NULL);
	unlink(layer_path);
	is_int(push(st, img.manifest, ref, &msg), STRATA_ENOENT, "a layer missing from the store");
	free(msg);
	ok(!blob_in_layout(dir, img.manifest), "the manifest is not written without its layer");

	/* a broken index.json is not overwritten */
	make_image(st, "fine\n", &img);
	util_mkdir_p(dir, 0755);
	int fd = open(index, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	util_write_all(fd, "{broken", 7);
	close(fd);
	is_int(push(st, img.manifest, ref, &msg), STRATA_ECORRUPT, "a broken index.json");
	like(msg, "index.json", "names it");
	free(msg);
	AUTOFREE char *text = NULL;
	util_read_file(index, &text, NULL);
	is_str(text, "{broken", "and leaves it alone");
	strata_store_free(st);
}

int main(void)
{
	struct strata_error *err = NULL;
	if (strata_plugins_new(&plugins, &err) || strata_plugins_load(plugins, LAYOUT_SO, &err)) {
		printf("Bail out! %s\n", err ? err->msg : "?");
		return 1;
	}
	oci = strata_plugins_transport(plugins, "oci");
	ok(oci != NULL, "the oci transport is registered");
	if (!oci)
		return done_testing();
	is_str(oci->name, "oci-layout", "named oci-layout");
	test_push_layout();
	test_pull();
	test_index();
	test_push_errors();
	strata_plugins_free(plugins);
	return done_testing();
}
