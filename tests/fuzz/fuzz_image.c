/* Fuzz the image readers: OCI/Docker index, manifest and config documents
 * through strata_image_load() (core/image.c), and the registry plugins'
 * own manifest readers (manifest_kind, manifest_index_pick:
 * plugins/common/manifest.c).
 *
 * Input: up to three JSON documents separated by NUL bytes. The first is
 * loaded (an index or a manifest); "@1" and "@2" anywhere in a document are
 * replaced by the digests of the second and third (so an index can point at
 * a manifest that points at a config: the fuzzer cannot forge sha256
 * digests). All three are stored as blobs of a store of the harness's own.
 *
 * Properties checked: a failure comes with an error message; a loaded image
 * saves, and the saved image loads again with the same layers. */
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <strata/error.h>
#include <strata/image.h>
#include <strata/store.h>

#include "manifest.h"
#include "fuzz.h"
#include "util.h"

#define MAX_DOCS 3

static struct strata_store *store;
static char root[4096];

static int rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	remove(path);
	return 0;
}

static void clean_up(void)
{
	strata_store_free(store);
	nftw(root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	snprintf(root, sizeof root, "%s/strata-fuzz-image-XXXXXX", fuzz_tmpdir());
	if (!mkdtemp(root))
		fuzz_fail("mkdtemp '%s': %s", root, strerror(errno));
	atexit(clean_up);
	struct strata_error *err = NULL;
	if (strata_store_open(root, &store, &err) < 0)
		fuzz_fail("open store '%s': %s", root, err->msg);
	return 0;
}

/* doc with every "@1"/"@2" replaced by digests[0]/[1] */
static char *substitute(const char *doc, size_t len, char digests[][STRATA_DIGEST_LEN],
                        size_t *out_len)
{
	struct util_buf b = {0};
	for (size_t i = 0; i < len; i++) {
		if (doc[i] == '@' && i + 1 < len && (doc[i + 1] == '1' || doc[i + 1] == '2')) {
			util_buf_addstr(&b, digests[doc[i + 1] - '1']);
			i++;
		} else {
			util_buf_add(&b, &doc[i], 1);
		}
	}
	util_buf_add(&b, "", 1);
	*out_len = b.len - 1;
	return b.data;
}

static void forget_blob(const char *digest)
{
	char *path = NULL;
	if (strata_store_blob_path(store, digest, &path, NULL) == 0)
		unlink(path);
	free(path);
}

static void check_failure(int r, struct strata_error *err, const char *what)
{
	if (r < 0 && (!err || !err->msg || !*err->msg))
		fuzz_fail("%s failed (%d) without an error message", what, r);
}

/* The registry client's readers, on the first document. */
static void dist_readers(const char *doc, size_t len)
{
	json_t *v = json_loadb(doc, len, 0, NULL);
	if (!v)
		return;
	const char *mt = json_string_value(json_object_get(v, "mediaType"));
	enum manifest_kind k = manifest_kind(mt, v);
	if (k == MANIFEST_INDEX) {
		manifest_index_pick(v, "linux", "amd64", NULL);
		manifest_index_pick(v, "linux", "arm64", "v8");
		manifest_index_pick(v, "linux", "arm", "v7");
	}
	json_decref(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *docs[MAX_DOCS] = {"", "", ""};
	size_t lens[MAX_DOCS] = {0, 0, 0};
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= size && n < MAX_DOCS; i++) {
		if (i == size || data[i] == 0) {
			docs[n] = (const char *)data + start;
			lens[n++] = i - start;
			start = i + 1;
		}
	}
	/* digests[0] is "@1" (the second document), digests[1] "@2" (the third) */
	char digests[2][STRATA_DIGEST_LEN] = {"sha256:", "sha256:"};
	char stored[MAX_DOCS][STRATA_DIGEST_LEN];
	struct strata_error *err = NULL;
	for (int d = MAX_DOCS - 1; d >= 0; d--) {
		size_t len;
		AUTOFREE char *text = substitute(docs[d], lens[d], digests, &len);
		if (strata_store_put_blob(store, text, len, stored[d], &err) < 0)
			fuzz_fail("put blob: %s", err->msg);
		if (d > 0)
			memcpy(digests[d - 1], stored[d], STRATA_DIGEST_LEN);
		if (d == 0)
			dist_readers(text, len);
	}

	struct strata_image *img = NULL;
	int r = strata_image_load(store, stored[0], &img, &err);
	check_failure(r, err, "load");
	strata_error_free(err);
	err = NULL;
	if (r == 0) {
		size_t layers = strata_image_layer_count(img);
		for (size_t i = 0; i < layers; i++)
			if (!strata_digest_valid(strata_image_layer(img, i)->digest))
				fuzz_fail("layer %zu has a malformed digest", i);
		strata_image_config(img);
		struct strata_image *copy = strata_image_clone(img);
		char saved[STRATA_DIGEST_LEN];
		if (strata_image_save(store, copy, saved, &err) < 0)
			fuzz_fail("a loaded image does not save: %s", err->msg);
		struct strata_image *again = NULL;
		if (strata_image_load(store, saved, &again, &err) < 0)
			fuzz_fail("a saved image does not load: %s", err->msg);
		if (strata_image_layer_count(again) != layers)
			fuzz_fail("saved and loaded again: %zu layers, not %zu",
			          strata_image_layer_count(again), layers);
		for (size_t i = 0; i < layers; i++)
			if (strcmp(strata_image_layer(again, i)->diffid,
			           strata_image_layer(img, i)->diffid))
				fuzz_fail("saved and loaded again: layer %zu changed", i);
		forget_blob(strata_image_config_digest(copy));
		forget_blob(saved);
		strata_image_free(again);
		strata_image_free(copy);
		strata_image_free(img);
	}
	for (int d = 0; d < MAX_DOCS; d++)
		forget_blob(stored[d]);
	return 0;
}
