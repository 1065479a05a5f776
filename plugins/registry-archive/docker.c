/* registry-archive: "docker-archive" — the tar `docker save` writes and
 * `docker load` / `podman load` read:
 *
 *   <diffID hex>/layer.tar    each layer, uncompressed
 *   <config hex>.json         the image config
 *   manifest.json             [{"Config", "RepoTags", "Layers"}]
 *   repositories              {"name": {"tag": "<top layer dir>"}}
 *
 * A reference is "FILE[:NAME:TAG]" (split at the first ':'); pulling takes
 * the image NAME:TAG names, "@N" for the N-th (from 0), or the only one.
 * Newer docker writes layers as blobs/sha256/<hex> (maybe compressed), and
 * symlinks between entries: both are read. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/evp.h>

#include "archive.h"
#include "image_ref.h"
#include "util.h"

/* The canonical form of an image name, for comparing RepoTags. */
static char *canonical(const char *name)
{
	struct image_ref r;
	char *s = image_ref_parse(name, &r, NULL) == 0 ? image_ref_string(&r) : NULL;
	image_ref_release(&r);
	return s;
}

/* --- pull ------------------------------------------------------------------- */

struct dpull {
	const struct strata_host *h;
	struct strata_store *st;
	const char *path;
	char *manifest; /* manifest.json */
	size_t manifest_len;
	char **links; /* pairs: name, target (cleaned, from the archive's root) */
	size_t nlinks;
	/* pass 2 */
	char *config_name;
	char *config;
	size_t config_len;
	char **layer_names; /* unique */
	size_t nlayer_names;
	struct arc_blob *blobs; /* one per unique layer name */
};

static void dpull_release(struct dpull *d)
{
	free(d->manifest);
	util_strv_free(d->links);
	free(d->config_name);
	free(d->config);
	util_strv_free(d->layer_names);
	arc_blobs_free(d->h, d->blobs, d->nlayer_names);
	free(d->blobs);
}

static int pass1(void *ud, struct archive *a, struct archive_entry *e, const char *name,
                 struct strata_error **err)
{
	struct dpull *d = ud;
	if (archive_entry_filetype(e) == AE_IFLNK) {
		const char *target = archive_entry_symlink(e);
		if (!target)
			return 0;
		AUTOFREE char *dir = xstrdup(name);
		char *slash = strrchr(dir, '/');
		AUTOFREE char *joined =
		        slash ? (*slash = '\0', util_path_join(dir, target)) : xstrdup(target);
		d->links = xrealloc(d->links, (2 * d->nlinks + 3) * sizeof(char *));
		d->links[2 * d->nlinks] = xstrdup(name);
		d->links[2 * d->nlinks + 1] = util_path_clean(joined);
		d->links[2 * ++d->nlinks] = NULL;
		return 0;
	}
	if (strcmp(name, "manifest.json") == 0) {
		free(d->manifest);
		return arc_read_entry(d->h, a, d->path, name, ARC_JSON_MAX, &d->manifest,
		                      &d->manifest_len, err);
	}
	return 0;
}

/* Follow the archive's symlinks (a few hops) from name. */
static char *resolve(const struct dpull *d, const char *name)
{
	char *cur = util_path_clean(name);
	for (int hop = 0; hop < 8; hop++) {
		size_t i = 0;
		while (i < d->nlinks && strcmp(d->links[2 * i], cur) != 0)
			i++;
		if (i == d->nlinks)
			break;
		free(cur);
		cur = xstrdup(d->links[2 * i + 1]);
	}
	return cur;
}

static int pass2(void *ud, struct archive *a, struct archive_entry *e, const char *name,
                 struct strata_error **err)
{
	struct dpull *d = ud;
	if (archive_entry_filetype(e) != AE_IFREG)
		return 0;
	if (!d->config && strcmp(name, d->config_name) == 0)
		return arc_read_entry(d->h, a, d->path, name, ARC_JSON_MAX, &d->config,
		                      &d->config_len, err);
	for (size_t i = 0; i < d->nlayer_names; i++)
		if (!d->blobs[i].w && strcmp(name, d->layer_names[i]) == 0)
			return arc_stream_blob(d->h, d->st, a, d->path, name, &d->blobs[i], err);
	return 0;
}

/* The manifest.json entry the name asks for. */
static int pick_entry(struct dpull *d, json_t *list, const char *want, json_t **out,
                      struct strata_error **err)
{
	const struct strata_host *h = d->h;
	size_t n = json_array_size(list);
	if (!json_is_array(list) || n == 0)
		return h->error_set(err, STRATA_ECORRUPT, 0,
		                    "docker-archive '%s': manifest.json lists no images", d->path);
	if (!want) {
		if (n > 1)
			return h->error_set(err, STRATA_EINVAL, 0,
			                    "docker-archive '%s': %zu images; name one "
			                    "(docker-archive:FILE:NAME:TAG or FILE:@N)",
			                    d->path, n);
		*out = json_array_get(list, 0);
		return 0;
	}
	if (want[0] == '@') {
		char *end = NULL;
		unsigned long i = strtoul(want + 1, &end, 10);
		if (!*(want + 1) || *end || i >= n)
			return h->error_set(err, STRATA_ENOENT, 0,
			                    "docker-archive '%s': no image '%s' (it has %zu)",
			                    d->path, want, n);
		*out = json_array_get(list, i);
		return 0;
	}
	AUTOFREE char *cw = canonical(want);
	if (!cw)
		return h->error_set(err, STRATA_EINVAL, 0,
		                    "docker-archive: invalid image name '%s'", want);
	size_t i, k;
	json_t *entry, *tag;
	json_array_foreach(list, i, entry)
	{
		json_array_foreach(json_object_get(entry, "RepoTags"), k, tag)
		{
			AUTOFREE char *ct =
			        json_is_string(tag) ? canonical(json_string_value(tag)) : NULL;
			if (ct && strcmp(ct, cw) == 0) {
				*out = entry;
				return 0;
			}
		}
	}
	return h->error_set(err, STRATA_ENOENT, 0, "docker-archive '%s': no image '%s'", d->path,
	                    want);
}

/* A config named like its digest ("<hex>.json", "blobs/sha256/<hex>") must
 * have that digest. */
static int check_config(struct dpull *d, char digest[STRATA_DIGEST_LEN], struct strata_error **err)
{
	arc_digest(d->config, d->config_len, digest);
	const char *base = strrchr(d->config_name, '/');
	base = base ? base + 1 : d->config_name;
	if (strspn(base, "0123456789abcdef") == 64 &&
	    (base[64] == '\0' || !strcmp(base + 64, ".json")) && strncmp(base, digest + 7, 64) != 0)
		return d->h->error_set(err, STRATA_ECORRUPT, 0,
		                       "docker-archive '%s': config '%s' has digest '%s'", d->path,
		                       d->config_name, digest);
	return 0;
}

/* The manifest's layer descriptors, checking uncompressed layers against
 * the config's diff_ids. */
static int layer_descs(struct dpull *d, json_t *layers, json_t *diff_ids, json_t **out,
                       struct strata_error **err)
{
	const struct strata_host *h = d->h;
	if (json_array_size(diff_ids) != json_array_size(layers))
		return h->error_set(err, STRATA_ECORRUPT, 0,
		                    "docker-archive '%s': %zu layers but %zu diff_ids", d->path,
		                    json_array_size(layers), json_array_size(diff_ids));
	*out = json_array();
	size_t i;
	json_t *l;
	json_array_foreach(layers, i, l)
	{
		AUTOFREE char *name = resolve(d, json_string_value(l));
		size_t k = 0;
		while (k < d->nlayer_names && strcmp(d->layer_names[k], name) != 0)
			k++;
		struct arc_blob *b = &d->blobs[k];
		const char *media = arc_layer_media(b->magic);
		const char *diffid = json_string_value(json_array_get(diff_ids, i));
		if (!strcmp(media, STRATA_MEDIA_LAYER_TAR) &&
		    (!diffid || strcmp(diffid, b->digest)))
			return h->error_set(err, STRATA_ECORRUPT, 0,
			                    "docker-archive '%s': layer '%s' is '%s', the config "
			                    "says '%s'",
			                    d->path, name, b->digest, diffid ? diffid : "nothing");
		json_array_append_new(*out,
		                      json_pack("{s:s, s:s, s:I}", "mediaType", media, "digest",
		                                b->digest, "size", (json_int_t)b->size));
	}
	return 0;
}

int docker_archive_pull(void *self, const struct strata_host *h, struct strata_store *st,
                        const char *ref, char digest_out[STRATA_DIGEST_LEN],
                        struct strata_error **err)
{
	AUTOFREE char *path = NULL, *want = NULL;
	int r = arc_split_ref(h, "docker-archive", ref, &path, &want, err);
	struct dpull d = {.h = h, .st = st, .path = path};
	if (r == 0)
		r = arc_scan(h, path, pass1, &d, err);
	if (r == 0 && !d.manifest)
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "docker-archive '%s': no manifest.json (not a docker save tar?)",
		                 path);
	json_t *list = NULL, *entry = NULL, *layers = NULL, *descs = NULL, *config = NULL;
	if (r == 0) {
		json_error_t je;
		list = json_loadb(d.manifest, d.manifest_len, 0, &je);
		r = pick_entry(&d, list, want, &entry, err);
	}
	const char *cname = json_string_value(json_object_get(entry, "Config"));
	layers = json_object_get(entry, "Layers");
	if (r == 0 && (!cname || !json_is_array(layers)))
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "docker-archive '%s': an image without Config or Layers", path);
	if (r == 0) {
		d.config_name = resolve(&d, cname);
		size_t i;
		json_t *l;
		d.layer_names = xzalloc((json_array_size(layers) + 1) * sizeof(char *));
		json_array_foreach(layers, i, l)
		{
			if (!json_is_string(l)) {
				r = h->error_set(err, STRATA_ECORRUPT, 0,
				                 "docker-archive '%s': a layer is not a file name",
				                 path);
				break;
			}
			AUTOFREE char *name = resolve(&d, json_string_value(l));
			size_t k = 0;
			while (k < d.nlayer_names && strcmp(d.layer_names[k], name) != 0)
				k++;
			if (k == d.nlayer_names)
				d.layer_names[d.nlayer_names++] = steal_pointer(&name);
		}
		d.blobs = xzalloc((d.nlayer_names + 1) * sizeof *d.blobs);
	}
	if (r == 0)
		r = arc_scan(h, path, pass2, &d, err);
	if (r == 0 && !d.config)
		r = h->error_set(err, STRATA_ECORRUPT, 0, "docker-archive '%s': no config '%s'",
		                 path, d.config_name);
	for (size_t i = 0; r == 0 && i < d.nlayer_names; i++)
		if (!d.blobs[i].w)
			r = h->error_set(err, STRATA_ECORRUPT, 0,
			                 "docker-archive '%s': no layer '%s'", path,
			                 d.layer_names[i]);
	char cdigest[STRATA_DIGEST_LEN];
	if (r == 0)
		r = check_config(&d, cdigest, err);
	if (r == 0) {
		json_error_t je;
		config = json_loadb(d.config, d.config_len, 0, &je);
		json_t *diff_ids = json_object_get(json_object_get(config, "rootfs"), "diff_ids");
		r = layer_descs(&d, layers, diff_ids, &descs, err);
	}
	if (r == 0) {
		AUTOFREE char *m = arc_manifest_dump(cdigest, d.config_len, descs);
		r = arc_commit(h, st, d.blobs, d.nlayer_names, d.config, d.config_len, m, strlen(m),
		               digest_out, err);
	}
	json_decref(descs);
	json_decref(config);
	json_decref(list);
	dpull_release(&d);
	return r;
}

/* --- push ------------------------------------------------------------------- */

/* "busybox:latest" for docker.io/library/busybox:latest, as docker writes. */
static char *familiar(const struct image_ref *r)
{
	if (strcmp(r->domain, "docker.io") == 0) {
		const char *p = strncmp(r->path, "library/", 8) == 0 ? r->path + 8 : r->path;
		return xasprintf("%s:%s", p, r->tag);
	}
	return xasprintf("%s/%s:%s", r->domain, r->path, r->tag);
}

/* An empty temp file beside path (unnamed when the filesystem allows). */
static int temp_beside(const char *path, struct strata_error **err, const struct strata_host *h)
{
	const char *slash = strrchr(path, '/');
	AUTOFREE char *dir = !slash          ? xstrdup(".")
	                     : slash == path ? xstrdup("/")
	                                     : xstrndup(path, (size_t)(slash - path));
	int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd >= 0)
		return fd;
	AUTOFREE char *tmp = xasprintf("%s/.strata-layer-XXXXXX", dir);
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0)
		return h->error_set(err, STRATA_EIO, errno, "create a temp file in '%s'", dir);
	unlink(tmp);
	return fd;
}

/* Decompress a stored layer into a temp file, checking its diffID. */
static int uncompress_layer(const struct strata_host *h, struct strata_store *st,
                            const char *digest, const char *diffid, const char *dest, int *fd_out,
                            int64_t *size, struct strata_error **err)
{
	AUTOCLOSE int in = -1;
	int r = h->open_blob(st, digest, &in, err);
	if (r < 0)
		return r;
	int out = temp_beside(dest, err, h);
	if (out < 0)
		return out;
	struct archive *a = archive_read_new();
	archive_read_support_filter_all(a);
	archive_read_support_format_raw(a);
	struct archive_entry *e;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	*size = 0;
	if (archive_read_open_fd(a, in, 65536) != ARCHIVE_OK ||
	    archive_read_next_header(a, &e) != ARCHIVE_OK)
		r = h->error_set(err, STRATA_ECORRUPT, 0, "layer '%s': %s", digest,
		                 archive_error_string(a));
	char buf[65536];
	while (r == 0) {
		la_ssize_t n = archive_read_data(a, buf, sizeof buf);
		if (n < 0)
			r = h->error_set(err, STRATA_ECORRUPT, 0, "layer '%s': %s", digest,
			                 archive_error_string(a));
		if (n <= 0)
			break;
		EVP_DigestUpdate(md, buf, (size_t)n);
		if (util_write_all(out, buf, (size_t)n) < 0)
			r = h->error_set(err, STRATA_EIO, errno, "write a temp file for '%s'",
			                 dest);
		*size += n;
	}
	archive_read_free(a);
	unsigned char sum[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(md, sum, &n);
	EVP_MD_CTX_free(md);
	char got[STRATA_DIGEST_LEN] = "sha256:";
	util_hex(sum, n, got + 7);
	if (r == 0 && strcmp(got, diffid) != 0)
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "layer '%s': uncompressed it is '%s', its diffID says '%s'",
		                 digest, got, diffid);
	if (r == 0 && lseek(out, 0, SEEK_SET) < 0)
		r = h->error_set(err, STRATA_EIO, errno, "seek a temp file");
	if (r < 0) {
		close(out);
		return r;
	}
	*fd_out = out;
	return 0;
}

/* "<hex>/layer.tar" for each layer, uncompressed; names go to names. */
static int write_layers(const struct strata_host *h, struct strata_store *st, struct arc_out *o,
                        json_t *layers, json_t *diff_ids, json_t *names, struct strata_error **err)
{
	size_t i;
	json_t *l;
	json_array_foreach(layers, i, l)
	{
		const char *digest = json_string_value(json_object_get(l, "digest"));
		const char *diffid = json_string_value(json_array_get(diff_ids, i));
		if (!arc_digest_valid(digest) || !arc_digest_valid(diffid))
			return h->error_set(err, STRATA_ECORRUPT, 0, "layer %zu: malformed digest",
			                    i + 1);
		AUTOFREE char *dir = xasprintf("%s/", diffid + 7);
		AUTOFREE char *name = xasprintf("%slayer.tar", dir);
		int seen = 0;
		size_t k;
		json_t *prev;
		json_array_foreach(names, k, prev) seen |= !strcmp(json_string_value(prev), name);
		json_array_append_new(names, json_string(name));
		if (seen)
			continue;
		int r = arc_out_dir(h, o, dir, err);
		if (r < 0)
			return r;
		if (strcmp(digest, diffid) == 0) {
			r = arc_out_blob(h, st, o, name, digest, err);
		} else {
			int fd = -1;
			int64_t size = 0;
			r = uncompress_layer(h, st, digest, diffid, o->path, &fd, &size, err);
			if (r == 0)
				r = arc_out_fd(h, o, name, fd, size, NULL, err);
			if (fd >= 0)
				close(fd);
		}
		if (r < 0)
			return r;
	}
	return 0;
}

static int dump_entry(const struct strata_host *h, struct arc_out *o, const char *name, json_t *j,
                      struct strata_error **err)
{
	AUTOFREE char *text = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	return arc_out_buf(h, o, name, text, strlen(text), err);
}

int docker_archive_push(void *self, const struct strata_host *h, struct strata_store *st,
                        const char *manifest_digest, const char *ref, struct strata_error **err)
{
	AUTOFREE char *path = NULL, *want = NULL, *tag = NULL;
	int r = arc_split_ref(h, "docker-archive", ref, &path, &want, err);
	struct image_ref dr = {0};
	if (r == 0 && want) {
		const char *why = NULL;
		if (image_ref_parse(want, &dr, &why) < 0)
			r = h->error_set(err, STRATA_EINVAL, 0,
			                 "docker-archive: invalid name '%s': %s", want, why);
		else if (!dr.tag || strchr(want, '@'))
			r = h->error_set(err, STRATA_EINVAL, 0,
			                 "docker-archive: name '%s': RepoTags need NAME:TAG, not a "
			                 "digest",
			                 want);
		else
			tag = familiar(&dr);
	}
	struct arc_image img = {0};
	if (r == 0)
		r = arc_image_load(h, st, manifest_digest, &img, err);
	json_t *layers = json_object_get(img.manifest, "layers");
	json_t *diff_ids = json_object_get(json_object_get(img.config, "rootfs"), "diff_ids");
	if (r == 0 && json_array_size(layers) != json_array_size(diff_ids))
		r = h->error_set(err, STRATA_ECORRUPT, 0, "image '%s': %zu layers but %zu diff_ids",
		                 img.digest, json_array_size(layers), json_array_size(diff_ids));
	struct arc_out o = {.fd = -1};
	if (r == 0)
		r = arc_out_open(h, path, &o, err);
	json_t *names = json_array();
	if (r == 0)
		r = write_layers(h, st, &o, layers, diff_ids, names, err);
	const char *cd = json_string_value(
	        json_object_get(json_object_get(img.manifest, "config"), "digest"));
	AUTOFREE char *cname = cd ? xasprintf("%s.json", cd + 7) : NULL;
	if (r == 0)
		r = arc_out_buf(h, &o, cname, img.config_bytes, img.config_len, err);
	if (r == 0) {
		json_t *m = json_pack("[{s:s, s:o, s:O}]", "Config", cname, "RepoTags",
		                      tag ? json_pack("[s]", tag) : json_null(), "Layers", names);
		r = dump_entry(h, &o, "manifest.json", m, err);
	}
	size_t nl = json_array_size(names);
	if (r == 0 && tag && nl) {
		/* the legacy map: repository -> tag -> the top layer's directory */
		const char *top = json_string_value(json_array_get(names, nl - 1));
		AUTOFREE char *repo = xstrndup(tag, (size_t)(strrchr(tag, ':') - tag));
		json_t *j = json_pack("{s:{s:s%}}", repo, dr.tag, top, (size_t)64);
		r = dump_entry(h, &o, "repositories", j, err);
	}
	if (r == 0)
		r = arc_out_commit(h, &o, err);
	arc_out_abort(&o);
	json_decref(names);
	arc_image_release(&img);
	image_ref_release(&dr);
	return r;
}
