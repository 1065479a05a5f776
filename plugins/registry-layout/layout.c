/* registry-layout: the "oci" transport — images in an OCI image layout
 * directory (https://github.com/opencontainers/image-spec/blob/main/image-layout.md).
 *
 * A reference is "DIR[:TAG]", split at the first ':' as skopeo and
 * containers/image do, so DIR holds no ':' and TAG may. The TAG is the
 * descriptor's "org.opencontainers.image.ref.name" annotation in index.json.
 *
 * Every blob read from a layout goes into the store through the host's blob
 * writer with its expected digest, so nothing unverified is stored; every blob
 * written to a layout is hashed while copied, and files appear by rename. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "strata/plugin.h"
#include "util.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

#define REF_NAME       "org.opencontainers.image.ref.name"
#define MAX_JSON_BYTES (4 << 20) /* manifests and indexes are small; refuse giants */
#define MAX_DEPTH      4         /* nested indexes */

/* One push or pull. */
struct layout {
	const struct strata_host *h;
	struct strata_store *st;
	char *dir; /* the layout directory */
	char *tag; /* NULL: none given */
};

static void layout_release(struct layout *l)
{
	free(l->dir);
	free(l->tag);
}

static int layout_init(struct layout *l, const struct strata_host *h, struct strata_store *st,
                       const char *ref, struct strata_error **err)
{
	*l = (struct layout){.h = h, .st = st};
	const char *colon = strchr(ref, ':');
	l->dir = colon ? xstrndup(ref, (size_t)(colon - ref)) : xstrdup(ref);
	l->tag = colon && colon[1] ? xstrdup(colon + 1) : NULL;
	if (!*l->dir)
		return h->error_set(err, STRATA_EINVAL, 0, "oci reference '%s': no directory", ref);
	return 0;
}

static int is_index_type(const char *media_type)
{
	return media_type && (strcmp(media_type, STRATA_MEDIA_INDEX) == 0 ||
	                      strcmp(media_type, STRATA_MEDIA_DOCKER_LIST) == 0);
}

/* "blobs/sha256/<hex>" for a digest, or NULL when it is not one: a digest
 * from a file must not become a path that climbs out of the layout. */
static char *blob_rel(const char *digest)
{
	if (!digest || strncmp(digest, "sha256:", 7) != 0 || strlen(digest) != 71)
		return NULL;
	for (const char *p = digest + 7; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return NULL;
	return xasprintf("blobs/sha256/%s", digest + 7);
}

/* A descriptor's digest, media type and size. */
struct desc {
	const char *digest;
	const char *media_type;
	int64_t size; /* -1 when absent */
};

static int desc_parse(const struct layout *l, json_t *j, const char *what, struct desc *d,
                      struct strata_error **err)
{
	d->digest = json_string_value(json_object_get(j, "digest"));
	d->media_type = json_string_value(json_object_get(j, "mediaType"));
	json_t *size = json_object_get(j, "size");
	d->size = json_is_integer(size) ? (int64_t)json_integer_value(size) : -1;
	AUTOFREE char *rel = blob_rel(d->digest);
	if (rel)
		return 0;
	/* another algorithm is valid OCI, just not one this store keeps */
	int other = d->digest && strchr(d->digest, ':') && strncmp(d->digest, "sha256:", 7) != 0;
	return l->h->error_set(err, other ? STRATA_EUNSUPPORTED : STRATA_ECORRUPT, 0,
	                       "oci layout '%s': %s: bad digest '%s'", l->dir, what,
	                       d->digest ? d->digest : "");
}

static int parse_json(const struct layout *l, const char *buf, size_t len, const char *what,
                      json_t **out, struct strata_error **err)
{
	json_error_t jerr;
	*out = json_loadb(buf, len, 0, &jerr);
	if (!*out || !json_is_object(*out)) {
		json_decref(*out);
		*out = NULL;
		return l->h->error_set(err, STRATA_ECORRUPT, 0, "oci layout '%s': %s: %s", l->dir,
		                       what, jerr.text[0] ? jerr.text : "not a JSON object");
	}
	return 0;
}

/* --- pull: layout -> store ----------------------------------------------- */

/* Copy blob d from the layout into the store, verified (unless the store has
 * it already). */
static int blob_fetch(const struct layout *l, const struct desc *d, struct strata_error **err)
{
	const struct strata_host *h = l->h;
	if (h->has_blob(l->st, d->digest))
		return 0;
	AUTOFREE char *rel = blob_rel(d->digest);
	AUTOFREE char *path = util_path_join(l->dir, rel);
	AUTOCLOSE int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return h->error_set(err, errno == ENOENT ? STRATA_ENOENT : STRATA_EIO, errno,
		                    "oci layout '%s': blob '%s'", l->dir, d->digest);
	struct strata_blob_writer *w = NULL;
	int r = h->blob_writer_new(l->st, &w, err);
	if (r < 0)
		return r;
	char buf[65536];
	int64_t total = 0;
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			r = h->error_set(err, STRATA_EIO, errno, "read '%s'", path);
			break;
		}
		if (n == 0)
			break;
		total += n;
		r = h->blob_writer_write(w, buf, (size_t)n, err);
		if (r < 0)
			break;
	}
	if (r == 0 && d->size >= 0 && total != d->size)
		r = h->error_set(
		        err, STRATA_ECORRUPT, 0,
		        "oci layout '%s': blob '%s' has %lld bytes, its descriptor says %lld",
		        l->dir, d->digest, (long long)total, (long long)d->size);
	if (r == 0 && (r = h->blob_writer_commit(w, d->digest, NULL, err)) < 0)
		h->error_wrap(err, "oci layout '%s'", l->dir);
	h->blob_writer_free(w);
	return r;
}

/* Fetch a JSON blob (manifest, index) into the store and parse it. */
static int json_fetch(const struct layout *l, const struct desc *d, const char *what, json_t **out,
                      struct strata_error **err)
{
	if (d->size > MAX_JSON_BYTES)
		return l->h->error_set(err, STRATA_ECORRUPT, 0,
		                       "oci layout '%s': %s '%s' is too big", l->dir, what,
		                       d->digest);
	int r = blob_fetch(l, d, err);
	if (r < 0)
		return r;
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	r = l->h->read_blob(l->st, d->digest, &buf, &len, err);
	if (r < 0)
		return r;
	return parse_json(l, buf, len, what, out, err);
}

/* An index entry's platform, "?" for what it lacks. */
static void entry_platform(json_t *entry, const char **os, const char **arch)
{
	json_t *p = json_object_get(entry, "platform");
	*os = json_string_value(json_object_get(p, "os"));
	*arch = json_string_value(json_object_get(p, "architecture"));
	*os = *os ? *os : "?";
	*arch = *arch ? *arch : "?";
}

/* The manifests of an index, as "os/arch" text for an error message. */
static char *index_platforms(json_t *manifests)
{
	struct util_buf b = {0};
	size_t i;
	json_t *m;
	json_array_foreach(manifests, i, m)
	{
		const char *os, *arch;
		entry_platform(m, &os, &arch);
		util_buf_printf(&b, "%s%s/%s", i ? ", " : "", os, arch);
	}
	util_buf_add(&b, "", 0);
	return b.data;
}

/* The entry of an index for this host's platform. */
static int index_pick(const struct layout *l, json_t *index, const char *index_digest,
                      json_t **entry, struct strata_error **err)
{
	const char *want_os = l->h->platform_os(), *want_arch = l->h->platform_arch();
	json_t *manifests = json_object_get(index, "manifests");
	size_t i;
	json_t *m;
	json_array_foreach(manifests, i, m)
	{
		const char *os, *arch;
		entry_platform(m, &os, &arch);
		if (strcmp(os, want_os) == 0 && strcmp(arch, want_arch) == 0) {
			*entry = m;
			return 0;
		}
	}
	AUTOFREE char *have = index_platforms(manifests);
	return l->h->error_set(err, STRATA_ENOENT, 0,
	                       "oci layout '%s': index '%s' has no manifest for %s/%s (has: %s)",
	                       l->dir, index_digest, want_os, want_arch, *have ? have : "none");
}

/* The descriptor in index.json named by the tag, or the only one. */
static int top_pick(const struct layout *l, json_t *top, json_t **entry, struct strata_error **err)
{
	json_t *manifests = json_object_get(top, "manifests");
	if (!json_is_array(manifests))
		return l->h->error_set(err, STRATA_ECORRUPT, 0,
		                       "oci layout '%s': index.json has no manifests array",
		                       l->dir);
	size_t n = json_array_size(manifests);
	if (n == 0)
		return l->h->error_set(err, STRATA_ENOENT, 0, "oci layout '%s': no images", l->dir);
	if (!l->tag && n == 1) {
		*entry = json_array_get(manifests, 0);
		return 0;
	}
	struct util_buf tags = {0};
	size_t i;
	json_t *m;
	json_array_foreach(manifests, i, m)
	{
		const char *name = json_string_value(
		        json_object_get(json_object_get(m, "annotations"), REF_NAME));
		if (l->tag && name && strcmp(name, l->tag) == 0) {
			util_buf_release(&tags);
			*entry = m;
			return 0;
		}
		util_buf_printf(&tags, "%s'%s'", tags.len ? ", " : "", name ? name : "");
	}
	util_buf_add(&tags, "", 0);
	int r;
	if (l->tag)
		r = l->h->error_set(err, STRATA_ENOENT, 0,
		                    "oci layout '%s': no image tagged '%s' (tags: %s)", l->dir,
		                    l->tag, tags.data);
	else
		r = l->h->error_set(err, STRATA_ENOENT, 0,
		                    "oci layout '%s': %zu images and no tag given (tags: %s)",
		                    l->dir, n, tags.data);
	util_buf_release(&tags);
	return r;
}

static int manifest_fetch(const struct layout *l, json_t *manifest, struct strata_error **err)
{
	struct desc d;
	int r = desc_parse(l, json_object_get(manifest, "config"), "config", &d, err);
	if (r < 0)
		return r;
	r = blob_fetch(l, &d, err);
	json_t *layers = json_object_get(manifest, "layers");
	if (r == 0 && !json_is_array(layers))
		r = l->h->error_set(err, STRATA_ECORRUPT, 0,
		                    "oci layout '%s': manifest has no layers array", l->dir);
	size_t i;
	json_t *layer;
	json_array_foreach(layers, i, layer)
	{
		if (r < 0)
			break;
		r = desc_parse(l, layer, "layer", &d, err);
		if (r == 0)
			r = blob_fetch(l, &d, err);
	}
	return r;
}

static int layout_pull(void *self, const struct strata_host *h, struct strata_store *st,
                       const char *ref, char digest_out[STRATA_DIGEST_LEN],
                       struct strata_error **err)
{
	struct layout l;
	int r = layout_init(&l, h, st, ref, err);
	AUTOFREE char *path = util_path_join(l.dir, "index.json");
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (r == 0 && util_read_file(path, &buf, &len) < 0)
		r = h->error_set(err, errno == ENOENT ? STRATA_ENOENT : STRATA_EIO, errno,
		                 "oci layout '%s': index.json", l.dir);
	json_t *top = NULL;
	if (r == 0)
		r = parse_json(&l, buf, len, "index.json", &top, err);
	json_t *entry = NULL;
	if (r == 0)
		r = top_pick(&l, top, &entry, err);
	json_incref(entry);
	json_t *doc = NULL;
	for (int depth = 0; r == 0; depth++) {
		struct desc d;
		r = desc_parse(&l, entry, "manifest", &d, err);
		if (r < 0)
			break;
		json_decref(doc);
		doc = NULL;
		r = json_fetch(&l, &d, "manifest", &doc, err);
		if (r < 0)
			break;
		const char *mt = json_string_value(json_object_get(doc, "mediaType"));
		if (!mt)
			mt = d.media_type;
		if (!is_index_type(mt) && !json_object_get(doc, "manifests")) {
			r = manifest_fetch(&l, doc, err);
			if (r == 0)
				memcpy(digest_out, d.digest, strlen(d.digest) + 1);
			break;
		}
		if (depth == MAX_DEPTH) {
			r = h->error_set(err, STRATA_ECORRUPT, 0,
			                 "oci layout '%s': indexes nested too deep", l.dir);
			break;
		}
		json_t *next = NULL;
		r = index_pick(&l, doc, d.digest, &next, err);
		json_incref(next);
		json_decref(entry);
		entry = next;
	}
	json_decref(entry);
	json_decref(doc);
	json_decref(top);
	layout_release(&l);
	return r;
}

/* --- push: store -> layout ----------------------------------------------- */

/* Write len bytes from fd (or from buf when fd < 0) to a temp file next to
 * path, checking that they hash to digest, then rename it into place. */
static int file_put(const struct layout *l, const char *path, int fd, const char *buf, size_t len,
                    const char *digest, struct strata_error **err)
{
	const struct strata_host *h = l->h;
	AUTOFREE char *tmp = xasprintf("%s.tmp-XXXXXX", path);
	AUTOCLOSE int out = mkostemp(tmp, O_CLOEXEC);
	if (out < 0)
		return h->error_set(err, STRATA_EIO, errno, "create '%s'", tmp);
	fchmod(out, 0644);
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	int r = 0;
	char chunk[65536];
	size_t off = 0;
	for (;;) {
		ssize_t n;
		if (fd >= 0) {
			n = read(fd, chunk, sizeof chunk);
			if (n < 0 && errno == EINTR)
				continue;
		} else {
			n = (ssize_t)(len - off < sizeof chunk ? len - off : sizeof chunk);
			memcpy(chunk, buf + off, (size_t)n);
			off += (size_t)n;
		}
		if (n < 0) {
			r = h->error_set(err, STRATA_EIO, errno, "read blob '%s'", digest);
			break;
		}
		if (n == 0)
			break;
		EVP_DigestUpdate(md, chunk, (size_t)n);
		if (util_write_all(out, chunk, (size_t)n) < 0) {
			r = h->error_set(err, STRATA_EIO, errno, "write '%s'", tmp);
			break;
		}
	}
	unsigned char sum[EVP_MAX_MD_SIZE];
	unsigned int sumlen = 0;
	EVP_DigestFinal_ex(md, sum, &sumlen);
	EVP_MD_CTX_free(md);
	char got[STRATA_DIGEST_LEN] = "sha256:";
	util_hex(sum, sumlen, got + 7);
	if (r == 0 && digest && strcmp(got, digest) != 0)
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "blob digest mismatch: expected '%s', got '%s'", digest, got);
	if (r == 0 && fsync(out) < 0)
		r = h->error_set(err, STRATA_EIO, errno, "fsync '%s'", tmp);
	if (r == 0 && rename(tmp, path) < 0)
		r = h->error_set(err, STRATA_EIO, errno, "rename '%s'", path);
	if (r < 0)
		unlink(tmp);
	return r;
}

/* Copy a stored blob into the layout unless a file is there already. */
static int blob_put(const struct layout *l, const char *digest, struct strata_error **err)
{
	AUTOFREE char *rel = blob_rel(digest);
	if (!rel)
		return l->h->error_set(err, STRATA_EUNSUPPORTED, 0,
		                       "blob '%s': not a sha256 digest", digest ? digest : "");
	AUTOFREE char *path = util_path_join(l->dir, rel);
	struct stat sb;
	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		return 0;
	AUTOCLOSE int fd = -1;
	int r = l->h->open_blob(l->st, digest, &fd, err);
	if (r < 0)
		return r;
	return file_put(l, path, fd, NULL, 0, digest, err);
}

/* Push the manifest or index with this digest and everything it refers to;
 * *doc_out gets its parsed JSON. */
static int tree_put(const struct layout *l, const char *digest, int depth, json_t **doc_out,
                    struct strata_error **err)
{
	const struct strata_host *h = l->h;
	AUTOFREE char *rel = blob_rel(digest);
	if (!rel)
		return h->error_set(err, STRATA_EUNSUPPORTED, 0,
		                    "manifest '%s': not a sha256 digest", digest ? digest : "");
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	int r = h->read_blob(l->st, digest, &buf, &len, err);
	if (r < 0)
		return r;
	json_t *doc = NULL;
	r = parse_json(l, buf, len, digest, &doc, err);
	if (r < 0)
		return r;
	const char *mt = json_string_value(json_object_get(doc, "mediaType"));
	json_t *children = json_object_get(doc, "manifests");
	size_t i;
	json_t *j;
	struct desc d;
	if (is_index_type(mt) || json_is_array(children)) {
		if (depth == MAX_DEPTH)
			r = h->error_set(err, STRATA_ECORRUPT, 0, "index '%s': nested too deep",
			                 digest);
		json_array_foreach(children, i, j)
		{
			json_t *child = NULL;
			if (r == 0)
				r = desc_parse(l, j, "manifest", &d, err);
			if (r == 0)
				r = tree_put(l, d.digest, depth + 1, &child, err);
			json_decref(child);
		}
	} else {
		r = desc_parse(l, json_object_get(doc, "config"), "config", &d, err);
		if (r == 0)
			r = blob_put(l, d.digest, err);
		json_array_foreach(json_object_get(doc, "layers"), i, j)
		{
			if (r == 0)
				r = desc_parse(l, j, "layer", &d, err);
			if (r == 0)
				r = blob_put(l, d.digest, err);
		}
	}
	/* the manifest last: a layout never names what it does not hold */
	AUTOFREE char *path = util_path_join(l->dir, rel);
	struct stat sb;
	if (r == 0 && !(stat(path, &sb) == 0 && S_ISREG(sb.st_mode)))
		r = file_put(l, path, -1, buf, len, digest, err);
	if (r < 0) {
		json_decref(doc);
		return r;
	}
	*doc_out = doc;
	return 0;
}

static int json_put(const struct layout *l, const char *name, json_t *j, struct strata_error **err)
{
	AUTOFREE char *text = json_dumps(j, JSON_INDENT(2));
	if (!text)
		return l->h->error_set(err, STRATA_EIO, 0, "oci layout '%s': encode %s", l->dir,
		                       name);
	AUTOFREE char *path = util_path_join(l->dir, name);
	return file_put(l, path, -1, text, strlen(text), NULL, err);
}

/* index.json with desc in place of any entry of the same ref name (or, with
 * no tag, of any entry without one); other entries kept, in order. */
static int index_update(const struct layout *l, json_t *desc, struct strata_error **err)
{
	AUTOFREE char *path = util_path_join(l->dir, "index.json");
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	json_t *top = NULL;
	if (util_read_file(path, &buf, &len) == 0) {
		int r = parse_json(l, buf, len, "index.json", &top, err);
		if (r < 0)
			return r;
	} else if (errno != ENOENT) {
		return l->h->error_set(err, STRATA_EIO, errno, "oci layout '%s': index.json",
		                       l->dir);
	} else {
		top = json_pack("{s:i, s:s}", "schemaVersion", 2, "mediaType", STRATA_MEDIA_INDEX);
	}
	json_t *old = json_object_get(top, "manifests");
	json_t *manifests = json_array();
	size_t i;
	json_t *m;
	json_array_foreach(old, i, m)
	{
		const char *name = json_string_value(
		        json_object_get(json_object_get(m, "annotations"), REF_NAME));
		int same = l->tag ? name && strcmp(name, l->tag) == 0 : !name;
		if (!same)
			json_array_append(manifests, m);
	}
	json_array_append(manifests, desc);
	json_object_set_new(top, "manifests", manifests);
	int r = json_put(l, "index.json", top, err);
	json_decref(top);
	return r;
}

static int layout_push(void *self, const struct strata_host *h, struct strata_store *st,
                       const char *manifest_digest, const char *ref, struct strata_error **err)
{
	struct layout l;
	int r = layout_init(&l, h, st, ref, err);
	AUTOFREE char *blobs = r == 0 ? util_path_join(l.dir, "blobs/sha256") : NULL;
	if (r == 0 && util_mkdir_p(blobs, 0755) < 0)
		r = h->error_set(err, STRATA_EIO, errno, "oci layout '%s': create '%s'", l.dir,
		                 blobs);
	/* two pushes into one layout take turns on index.json */
	AUTOCLOSE int lock = r == 0 ? open(l.dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (r == 0 && (lock < 0 || flock(lock, LOCK_EX) < 0))
		r = h->error_set(err, STRATA_EIO, errno, "oci layout '%s': lock", l.dir);
	json_t *doc = NULL;
	if (r == 0)
		r = tree_put(&l, manifest_digest, 0, &doc, err);
	AUTOFREE char *marker = r == 0 ? util_path_join(l.dir, "oci-layout") : NULL;
	if (r == 0 && access(marker, F_OK) < 0) {
		json_t *j = json_pack("{s:s}", "imageLayoutVersion", "1.0.0");
		r = json_put(&l, "oci-layout", j, err);
		json_decref(j);
	}
	if (r == 0) {
		const char *mt = json_string_value(json_object_get(doc, "mediaType"));
		if (!mt)
			mt = json_object_get(doc, "manifests") ? STRATA_MEDIA_INDEX
			                                       : STRATA_MEDIA_MANIFEST;
		json_t *desc =
		        json_pack("{s:s, s:s, s:I}", "mediaType", mt, "digest", manifest_digest,
		                  "size", (json_int_t)h->blob_size(st, manifest_digest));
		if (l.tag)
			json_object_set_new(desc, "annotations",
			                    json_pack("{s:s}", REF_NAME, l.tag));
		r = index_update(&l, desc, err);
		json_decref(desc);
	}
	json_decref(doc);
	layout_release(&l);
	return r;
}

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	if (STRATA_ABI_MAJOR_OF(host->abi_version) != STRATA_ABI_MAJOR ||
	    host->struct_size < sizeof(struct strata_host))
		return host->error_set(
		        err, STRATA_EPLUGIN, 0,
		        "transport 'oci-layout': host ABI %u.%u, plugin speaks %u.%u",
		        STRATA_ABI_MAJOR_OF(host->abi_version), host->abi_version & 0xffff,
		        STRATA_ABI_MAJOR, STRATA_ABI_MINOR);
	struct strata_transport t = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(t),
	        .name = "oci-layout",
	        .scheme = "oci",
	        .pull = layout_pull,
	        .push = layout_push,
	};
	return host->register_transport(host->ctx, &t, err);
}
