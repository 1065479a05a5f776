/* registry-archive: tar reading and writing through libarchive, stored
 * images, and the plugin's registration of its two transports. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/evp.h>

#include "archive.h"
#include "manifest.h"
#include "util.h"

#define BUFSZ 65536

void arc_digest(const void *buf, size_t len, char out[STRATA_DIGEST_LEN])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_Digest(buf, len, md, &n, EVP_sha256(), NULL);
	memcpy(out, "sha256:", 7);
	util_hex(md, n, out + 7);
}

static void md_final(EVP_MD_CTX *md, char out[STRATA_DIGEST_LEN])
{
	unsigned char sum[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(md, sum, &n);
	memcpy(out, "sha256:", 7);
	util_hex(sum, n, out + 7);
}

int arc_digest_valid(const char *s)
{
	if (!s || strncmp(s, "sha256:", 7) != 0 || strlen(s) != 71)
		return 0;
	for (const char *p = s + 7; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return 0;
	return 1;
}

const char *arc_layer_media(const unsigned char m[4])
{
	if (m[0] == 0x1f && m[1] == 0x8b)
		return STRATA_MEDIA_LAYER_GZIP;
	if (m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd)
		return "application/vnd.oci.image.layer.v1.tar+zstd";
	return STRATA_MEDIA_LAYER_TAR;
}

int arc_split_ref(const struct strata_host *h, const char *scheme, const char *ref, char **path,
                  char **rest, struct strata_error **err)
{
	const char *colon = strchr(ref, ':');
	*path = colon ? xstrndup(ref, (size_t)(colon - ref)) : xstrdup(ref);
	*rest = colon && colon[1] ? xstrdup(colon + 1) : NULL;
	if (!**path)
		return h->error_set(err, STRATA_EINVAL, 0, "%s '%s': no file name", scheme, ref);
	return 0;
}

/* --- reading --------------------------------------------------------------- */

/* "./a//b" -> "a/b"; NULL for a name that climbs ("../x") or none at all. */
static char *clean_name(const char *name)
{
	if (!name) /* a damaged header libarchive still reads */
		return NULL;
	while (name[0] == '.' && name[1] == '/')
		name += 2;
	while (*name == '/')
		name++;
	char *c = util_path_clean(*name ? name : ".");
	if (strcmp(c, "..") == 0 || strncmp(c, "../", 3) == 0) {
		free(c);
		return NULL;
	}
	return c;
}

int arc_scan(const struct strata_host *h, const char *path, arc_entry_fn fn, void *ud,
             struct strata_error **err)
{
	struct archive *a = archive_read_new();
	archive_read_support_format_tar(a);
	archive_read_support_filter_all(a);
	int r = 0;
	if (archive_read_open_filename(a, path, BUFSZ) != ARCHIVE_OK) {
		int e = archive_errno(a);
		if (e > 0)
			r = h->error_set(err, e == ENOENT ? STRATA_ENOENT : STRATA_EIO, e,
			                 "open archive '%s'", path);
		else
			r = h->error_set(err, STRATA_EIO, 0, "open archive '%s': %s", path,
			                 archive_error_string(a));
		archive_read_free(a);
		return r;
	}
	struct archive_entry *e;
	for (;;) {
		int ar = archive_read_next_header(a, &e);
		if (ar == ARCHIVE_EOF)
			break;
		if (ar < ARCHIVE_WARN) {
			r = h->error_set(err, STRATA_ECORRUPT, 0, "read archive '%s': %s", path,
			                 archive_error_string(a));
			break;
		}
		mode_t type = archive_entry_filetype(e);
		if (type != AE_IFREG && type != AE_IFLNK)
			continue;
		AUTOFREE char *name = clean_name(archive_entry_pathname(e));
		if (!name)
			continue;
		r = fn(ud, a, e, name, err);
		if (r < 0)
			break;
	}
	archive_read_free(a);
	return r;
}

int arc_read_entry(const struct strata_host *h, struct archive *a, const char *path,
                   const char *name, size_t max, char **buf, size_t *len, struct strata_error **err)
{
	struct util_buf b = {0};
	char chunk[BUFSZ];
	for (;;) {
		la_ssize_t n = archive_read_data(a, chunk, sizeof chunk);
		if (n < 0) {
			util_buf_release(&b);
			return h->error_set(err, STRATA_ECORRUPT, 0, "archive '%s': read '%s': %s",
			                    path, name, archive_error_string(a));
		}
		if (n == 0)
			break;
		if (b.len + (size_t)n > max) {
			util_buf_release(&b);
			return h->error_set(err, STRATA_ECORRUPT, 0,
			                    "archive '%s': '%s' is larger than %zu bytes", path,
			                    name, max);
		}
		util_buf_add(&b, chunk, (size_t)n);
	}
	util_buf_add(&b, "", 1);
	*len = b.len - 1;
	*buf = b.data;
	return 0;
}

int arc_stream_blob(const struct strata_host *h, struct strata_store *st, struct archive *a,
                    const char *path, const char *name, struct arc_blob *b,
                    struct strata_error **err)
{
	int r = h->blob_writer_new(st, &b->w, err);
	if (r < 0)
		return r;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	char chunk[BUFSZ];
	b->size = 0;
	memset(b->magic, 0, sizeof b->magic);
	for (;;) {
		la_ssize_t n = archive_read_data(a, chunk, sizeof chunk);
		if (n < 0) {
			r = h->error_set(err, STRATA_ECORRUPT, 0, "archive '%s': read '%s': %s",
			                 path, name, archive_error_string(a));
			break;
		}
		if (n == 0)
			break;
		for (la_ssize_t i = 0; i < n && b->size + i < 4; i++)
			b->magic[b->size + i] = (unsigned char)chunk[i];
		b->size += n;
		EVP_DigestUpdate(md, chunk, (size_t)n);
		r = h->blob_writer_write(b->w, chunk, (size_t)n, err);
		if (r < 0)
			break;
	}
	md_final(md, b->digest);
	EVP_MD_CTX_free(md);
	if (r == 0 && b->want[0] && strcmp(b->want, b->digest) != 0)
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "archive '%s': '%s': digest mismatch: expected '%s', got '%s'",
		                 path, name, b->want, b->digest);
	return r;
}

void arc_blobs_free(const struct strata_host *h, struct arc_blob *blobs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h->blob_writer_free(blobs[i].w);
		blobs[i].w = NULL;
	}
}

static int store_bytes(const struct strata_host *h, struct strata_store *st, const void *buf,
                       size_t len, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct strata_blob_writer *w = NULL;
	int r = h->blob_writer_new(st, &w, err);
	if (r == 0)
		r = h->blob_writer_write(w, buf, len, err);
	if (r == 0)
		r = h->blob_writer_commit(w, NULL, digest_out, err);
	h->blob_writer_free(w);
	return r;
}

int arc_commit(const struct strata_host *h, struct strata_store *st, struct arc_blob *blobs,
               size_t n, const char *config, size_t config_len, const char *manifest,
               size_t manifest_len, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	int r = 0;
	for (size_t i = 0; r == 0 && i < n; i++)
		if (blobs[i].w)
			r = h->blob_writer_commit(blobs[i].w, blobs[i].digest, NULL, err);
	char cd[STRATA_DIGEST_LEN];
	if (r == 0 && config)
		r = store_bytes(h, st, config, config_len, cd, err);
	if (r == 0)
		r = store_bytes(h, st, manifest, manifest_len, digest_out, err);
	arc_blobs_free(h, blobs, n);
	return r;
}

/* --- writing ---------------------------------------------------------------- */

int arc_out_open(const struct strata_host *h, const char *path, struct arc_out *o,
                 struct strata_error **err)
{
	memset(o, 0, sizeof *o);
	o->fd = -1;
	o->path = xstrdup(path);
	o->tmp = xasprintf("%s.tmp-XXXXXX", path);
	o->fd = mkostemp(o->tmp, O_CLOEXEC);
	if (o->fd < 0) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		return h->error_set(err, STRATA_EIO, e, "create '%s'", path);
	}
	fchmod(o->fd, 0644);
	o->a = archive_write_new();
	archive_write_set_format_pax_restricted(o->a);
	archive_write_set_bytes_in_last_block(o->a, 1);
	if (archive_write_open_fd(o->a, o->fd) != ARCHIVE_OK)
		return h->error_set(err, STRATA_EIO, 0, "write '%s': %s", o->tmp,
		                    archive_error_string(o->a));
	return 0;
}

static struct archive_entry *new_entry(const char *name, mode_t type, mode_t perm, int64_t size)
{
	struct archive_entry *e = archive_entry_new();
	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, type);
	archive_entry_set_perm(e, perm);
	archive_entry_set_size(e, size);
	/* fixed times and owners: the same image makes the same tar */
	archive_entry_set_mtime(e, 0, 0);
	archive_entry_set_uid(e, 0);
	archive_entry_set_gid(e, 0);
	return e;
}

static int write_header(const struct strata_host *h, struct arc_out *o, struct archive_entry *e,
                        struct strata_error **err)
{
	int r = 0;
	if (archive_write_header(o->a, e) < ARCHIVE_WARN)
		r = h->error_set(err, STRATA_EIO, 0, "write '%s': %s", o->path,
		                 archive_error_string(o->a));
	archive_entry_free(e);
	return r;
}

int arc_out_dir(const struct strata_host *h, struct arc_out *o, const char *name,
                struct strata_error **err)
{
	return write_header(h, o, new_entry(name, AE_IFDIR, 0755, 0), err);
}

static int write_data(const struct strata_host *h, struct arc_out *o, const void *buf, size_t len,
                      struct strata_error **err)
{
	if (archive_write_data(o->a, buf, len) != (la_ssize_t)len)
		return h->error_set(err, STRATA_EIO, 0, "write '%s': %s", o->path,
		                    archive_error_string(o->a));
	return 0;
}

int arc_out_buf(const struct strata_host *h, struct arc_out *o, const char *name, const void *buf,
                size_t len, struct strata_error **err)
{
	int r = write_header(h, o, new_entry(name, AE_IFREG, 0644, (int64_t)len), err);
	return r < 0 ? r : write_data(h, o, buf, len, err);
}

int arc_out_fd(const struct strata_host *h, struct arc_out *o, const char *name, int fd,
               int64_t size, const char *digest, struct strata_error **err)
{
	int r = write_header(h, o, new_entry(name, AE_IFREG, 0644, size), err);
	if (r < 0)
		return r;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	char chunk[BUFSZ];
	int64_t left = size;
	while (r == 0 && left > 0) {
		ssize_t n = read(fd, chunk, left < BUFSZ ? (size_t)left : BUFSZ);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			r = h->error_set(err, n < 0 ? STRATA_EIO : STRATA_ECORRUPT,
			                 n < 0 ? errno : 0, "read '%s' for '%s': %s",
			                 digest ? digest : name, o->path,
			                 n < 0 ? "read failed" : "shorter than its size");
			break;
		}
		EVP_DigestUpdate(md, chunk, (size_t)n);
		r = write_data(h, o, chunk, (size_t)n, err);
		left -= n;
	}
	char got[STRATA_DIGEST_LEN];
	md_final(md, got);
	EVP_MD_CTX_free(md);
	if (r == 0 && digest && strcmp(got, digest) != 0)
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "blob '%s' in the store: digest mismatch: got '%s'", digest, got);
	return r;
}

int arc_out_blob(const struct strata_host *h, struct strata_store *st, struct arc_out *o,
                 const char *name, const char *digest, struct strata_error **err)
{
	int64_t size = h->blob_size(st, digest);
	if (size < 0)
		return h->error_set(err, STRATA_ENOENT, 0, "blob '%s' is not in the store", digest);
	AUTOCLOSE int fd = -1;
	int r = h->open_blob(st, digest, &fd, err);
	return r < 0 ? r : arc_out_fd(h, o, name, fd, size, digest, err);
}

int arc_out_commit(const struct strata_host *h, struct arc_out *o, struct strata_error **err)
{
	int r = 0;
	if (archive_write_close(o->a) != ARCHIVE_OK)
		r = h->error_set(err, STRATA_EIO, 0, "write '%s': %s", o->path,
		                 archive_error_string(o->a));
	if (r == 0 && fsync(o->fd) < 0)
		r = h->error_set(err, STRATA_EIO, errno, "fsync '%s'", o->tmp);
	if (r == 0 && rename(o->tmp, o->path) < 0)
		r = h->error_set(err, STRATA_EIO, errno, "rename '%s' to '%s'", o->tmp, o->path);
	if (r == 0) {
		free(o->tmp);
		o->tmp = NULL;
	}
	arc_out_abort(o);
	return r;
}

void arc_out_abort(struct arc_out *o)
{
	if (o->a)
		archive_write_free(o->a);
	if (o->fd >= 0)
		close(o->fd);
	if (o->tmp)
		unlink(o->tmp);
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof *o);
	o->fd = -1;
}

/* --- stored images ---------------------------------------------------------- */

static int load_json(const struct strata_host *h, struct strata_store *st, const char *digest,
                     json_t **out, char **bytes, size_t *blen, struct strata_error **err)
{
	char *buf = NULL;
	size_t len = 0;
	int r = h->read_blob(st, digest, &buf, &len, err);
	if (r < 0)
		return r;
	json_error_t je;
	*out = json_loadb(buf, len, 0, &je);
	if (!json_is_object(*out)) {
		json_decref(*out);
		*out = NULL;
		free(buf);
		return h->error_set(err, STRATA_ECORRUPT, 0, "blob '%s': not a JSON object: %s",
		                    digest, je.text);
	}
	if (bytes) {
		*bytes = buf;
		*blen = len;
	} else {
		free(buf);
	}
	return 0;
}

void arc_image_release(struct arc_image *img)
{
	json_decref(img->manifest);
	json_decref(img->config);
	free(img->config_bytes);
	memset(img, 0, sizeof *img);
}

int arc_image_load(const struct strata_host *h, struct strata_store *st, const char *digest,
                   struct arc_image *img, struct strata_error **err)
{
	memset(img, 0, sizeof *img);
	snprintf(img->digest, sizeof img->digest, "%s", digest);
	int r = load_json(h, st, digest, &img->manifest, NULL, NULL, err);
	if (r == 0 && manifest_kind(NULL, img->manifest) == MANIFEST_INDEX) {
		const char *os = h->platform_os(), *arch = h->platform_arch();
		json_t *pick = manifest_index_pick(img->manifest, os, arch, NULL);
		const char *child = json_string_value(json_object_get(pick, "digest"));
		if (!child)
			r = h->error_set(err, STRATA_ENOENT, 0, "index '%s': no manifest for %s/%s",
			                 digest, os, arch);
		else
			snprintf(img->digest, sizeof img->digest, "%s", child);
		json_decref(img->manifest);
		img->manifest = NULL;
		if (r == 0)
			r = load_json(h, st, img->digest, &img->manifest, NULL, NULL, err);
	}
	const char *cd = NULL;
	if (r == 0) {
		cd = json_string_value(
		        json_object_get(json_object_get(img->manifest, "config"), "digest"));
		if (!arc_digest_valid(cd) ||
		    !json_is_array(json_object_get(img->manifest, "layers")))
			r = h->error_set(err, STRATA_ECORRUPT, 0,
			                 "manifest '%s': no config or no layers", img->digest);
	}
	if (r == 0)
		r = load_json(h, st, cd, &img->config, &img->config_bytes, &img->config_len, err);
	if (r < 0)
		arc_image_release(img);
	return r;
}

char *arc_manifest_dump(const char *config_digest, size_t config_len, json_t *layers)
{
	json_t *m = json_pack("{s:i, s:s, s:{s:s, s:s, s:I}, s:O}", "schemaVersion", 2, "mediaType",
	                      STRATA_MEDIA_MANIFEST, "config", "mediaType", STRATA_MEDIA_CONFIG,
	                      "digest", config_digest, "size", (json_int_t)config_len, "layers",
	                      layers);
	char *s = json_dumps(m, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(m);
	return s;
}

/* --- registration ------------------------------------------------------------ */

__attribute__((visibility("default"))) int strata_plugin_init(const struct strata_host *host,
                                                              struct strata_error **err)
{
	if (STRATA_ABI_MAJOR_OF(host->abi_version) != STRATA_ABI_MAJOR ||
	    host->struct_size < sizeof(struct strata_host))
		return host->error_set(err, STRATA_EPLUGIN, 0,
		                       "plugin 'registry-archive': host ABI %u.%u, plugin speaks "
		                       "%u.%u",
		                       STRATA_ABI_MAJOR_OF(host->abi_version),
		                       host->abi_version & 0xffff, STRATA_ABI_MAJOR,
		                       STRATA_ABI_MINOR);
	const struct strata_transport docker = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof docker,
	        .name = "docker-archive",
	        .scheme = "docker-archive",
	        .pull = docker_archive_pull,
	        .push = docker_archive_push,
	};
	const struct strata_transport oci = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof oci,
	        .name = "oci-archive",
	        .scheme = "oci-archive",
	        .pull = oci_archive_pull,
	        .push = oci_archive_push,
	};
	int r = host->register_transport(host->ctx, &docker, err);
	return r < 0 ? r : host->register_transport(host->ctx, &oci, err);
}
