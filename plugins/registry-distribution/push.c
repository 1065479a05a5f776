/* registry-distribution: push — blobs first (skipped when the registry has
 * them, mounted from another repository when this process has seen them
 * there, else uploaded whole or in chunks), the manifest last. */
#include <string.h>

#include "client.h"
#include "util.h"

/* PUT <location>?digest=<d>: the upload's end, with the last bytes (or none). */
static char *with_digest(CURL *curl, const char *location, const char *digest)
{
	char *e = curl_easy_escape(curl, digest, 0);
	char *u = xasprintf("%s%cdigest=%s", location, strchr(location, '?') ? '&' : '?',
	                    e ? e : digest);
	curl_free(e);
	return u;
}

/* Start an upload: POST uploads/ (with ?mount=&from= when from is set).
 * *location gets the session URL, or stays NULL when the mount did it. */
static int upload_start(struct dist_client *c, CURL *curl, const char *digest, const char *from,
                        char **location, struct strata_error **err)
{
	AUTOFREE char *url = NULL;
	if (from) {
		char *e = curl_easy_escape(curl, digest, 0);
		char *f = curl_easy_escape(curl, from, 0);
		url = xasprintf("%s/v2/%s/blobs/uploads/?mount=%s&from=%s", c->base, c->repo,
		                e ? e : "", f ? f : "");
		curl_free(e);
		curl_free(f);
	} else {
		url = xasprintf("%s/v2/%s/blobs/uploads/", c->base, c->repo);
	}
	struct dist_req req = {.method = "POST", .url = url};
	struct dist_resp resp = {0};
	AUTOFREE char *what = xasprintf("upload of blob '%s'", digest);
	int r = dist_request(c, curl, &req, &resp, err);
	if (r == 0 && resp.status == 201 && from) {
		*location = NULL; /* mounted */
	} else if (r == 0 && resp.status == 202 && resp.location) {
		*location = dist_url_resolve(url, resp.location);
	} else if (r == 0) {
		r = dist_status_error(c, &resp, what, err);
	}
	dist_resp_release(&resp);
	return r;
}

/* Send [off, off+len) of fd to location with method; expect status. On
 * success *next gets the Location to go on with (when there is one). */
static int upload_send(struct dist_client *c, CURL *curl, const char *method, const char *url,
                       int fd, int64_t off, int64_t len, int64_t total, long expect, char **next,
                       const char *what, struct strata_error **err)
{
	struct dist_body body = {.fd = fd, .off = off, .len = len};
	AUTOFREE char *range = NULL;
	if (strcmp(method, "PATCH") == 0)
		range = xasprintf("%lld-%lld", (long long)off, (long long)(off + len - 1));
	struct dist_req req = {
	        .method = method,
	        .url = url,
	        .content_type = "application/octet-stream",
	        .content_range = range,
	        .body = &body,
	};
	struct dist_resp resp = {0};
	int r = dist_request_ok(c, curl, &req, &resp, expect, expect, what, err);
	if (r == 0 && next)
		*next = resp.location ? dist_url_resolve(url, resp.location) : NULL;
	dist_resp_release(&resp);
	(void)total;
	return r;
}

static int upload_blob(struct dist_client *c, CURL *curl, int fd, const char *digest, int64_t size,
                       struct strata_error **err)
{
	AUTOFREE char *what = xasprintf("upload of blob '%s'", digest);
	AUTOFREE char *from = dist_transport_hint_find(c->tr, digest, c->domain, c->repo);
	AUTOFREE char *location = NULL;
	if (from) {
		/* a token for the mount must also let us pull from its source */
		pthread_mutex_lock(&c->mu);
		free(c->extra_scope);
		c->extra_scope = xasprintf("repository:%s:pull", from);
		pthread_mutex_unlock(&c->mu);
	}
	int r = upload_start(c, curl, digest, from, &location, err);
	if (r < 0 || !location)
		return r;
	int64_t chunk = c->set.chunk_size;
	if (chunk > 0 && size > chunk) {
		for (int64_t off = 0; off < size; off += chunk) {
			int64_t n = size - off < chunk ? size - off : chunk;
			char *next = NULL;
			r = upload_send(c, curl, "PATCH", location, fd, off, n, size, 202, &next,
			                what, err);
			if (r < 0)
				return r;
			if (next) {
				free(location);
				location = next;
			}
		}
		AUTOFREE char *url = with_digest(curl, location, digest);
		return upload_send(c, curl, "PUT", url, fd, 0, 0, size, 201, NULL, what, err);
	}
	AUTOFREE char *url = with_digest(curl, location, digest);
	return upload_send(c, curl, "PUT", url, fd, 0, size, size, 201, NULL, what, err);
}

static int push_blob(struct dist_client *c, CURL *curl, struct strata_store *st, json_t *desc,
                     struct strata_error **err)
{
	const struct strata_host *h = c->host;
	const char *digest = json_string_value(json_object_get(desc, "digest"));
	if (!digest)
		return h->error_set(err, STRATA_ECORRUPT, 0, "a descriptor has no digest");
	AUTOFREE char *url = dist_client_url(c, "blobs", digest);
	struct dist_req head = {.method = "HEAD", .url = url, .flags = DIST_REQ_RETRY};
	struct dist_resp resp = {0};
	int r = dist_request(c, curl, &head, &resp, err);
	long status = resp.status;
	dist_resp_release(&resp);
	if (r < 0)
		return r;
	if (status == 200) {
		dist_transport_hint_add(c->tr, digest, c->domain, c->repo);
		return 0;
	}
	int64_t size = h->blob_size(st, digest);
	if (size < 0)
		return h->error_set(err, STRATA_ENOENT, 0, "blob '%s' is not in the store", digest);
	int fd = -1;
	r = h->open_blob(st, digest, &fd, err);
	if (r < 0)
		return r;
	/* an upload session does not survive a broken connection: retry the
	 * whole upload, a bounded number of times */
	for (int attempt = 0;; attempt++) {
		struct strata_error *e = NULL;
		r = upload_blob(c, curl, fd, digest, size, &e);
		if (r == 0 || r != STRATA_ENET || attempt >= c->set.retries) {
			if (r < 0)
				h->error_set(err, r, 0, "%s", e ? e->msg : "upload failed");
			dist_error_discard(e);
			break;
		}
		dist_error_discard(e);
		struct timespec ts = {0, 250000000L << (attempt < 3 ? attempt : 3)};
		while (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		nanosleep(&ts, NULL);
	}
	close(fd);
	if (r == 0)
		dist_transport_hint_add(c->tr, digest, c->domain, c->repo);
	return r;
}

static int put_manifest(struct dist_client *c, CURL *curl, const char *reference,
                        const char *digest, const char *media_type, const char *bytes, size_t len,
                        struct strata_error **err)
{
	AUTOFREE char *url = dist_client_url(c, "manifests", reference);
	struct dist_body body = {.buf = bytes, .fd = -1, .len = (int64_t)len};
	struct dist_req req = {
	        .method = "PUT",
	        .url = url,
	        .content_type = media_type,
	        .body = &body,
	        .flags = DIST_REQ_RETRY,
	};
	struct dist_resp resp = {0};
	AUTOFREE char *what = xasprintf("manifest '%s:%s'", c->repo, reference);
	int r = dist_request_ok(c, curl, &req, &resp, 201, 200, what, err);
	if (r == 0 && resp.docker_digest && strcmp(resp.docker_digest, digest) != 0)
		r = c->host->error_set(err, STRATA_ECORRUPT, 0,
		                       "%s on '%s': the registry stored '%s', not '%s'", what,
		                       c->domain, resp.docker_digest, digest);
	dist_resp_release(&resp);
	return r;
}

/* Push the manifest (or index) digest and everything it names, then put it
 * under reference (a tag, or its own digest). */
static int push_tree(struct dist_client *c, CURL *curl, struct strata_store *st, const char *digest,
                     const char *reference, int depth, struct strata_error **err)
{
	const struct strata_host *h = c->host;
	AUTOFREE char *bytes = NULL;
	size_t len = 0;
	int r = h->read_blob(st, digest, &bytes, &len, err);
	if (r < 0)
		return h->error_wrap(err, "manifest '%s'", digest);
	json_error_t je;
	json_t *doc = json_loadb(bytes, len, 0, &je);
	enum manifest_kind kind = manifest_kind(NULL, doc);
	const char *mt = json_string_value(json_object_get(doc, "mediaType"));
	if (!mt || !*mt)
		mt = kind == MANIFEST_INDEX ? STRATA_MEDIA_INDEX : STRATA_MEDIA_MANIFEST;
	size_t i;
	json_t *d;
	if (kind == MANIFEST_INDEX && depth == 0) {
		json_array_foreach(json_object_get(doc, "manifests"), i, d)
		{
			const char *child = json_string_value(json_object_get(d, "digest"));
			if (!child || !h->has_blob(st, child)) {
				r = h->error_set(err, STRATA_ENOENT, 0,
				                 "index '%s': manifest '%s' is not in the store",
				                 digest, child ? child : "?");
				break;
			}
			r = push_tree(c, curl, st, child, child, depth + 1, err);
			if (r < 0)
				break;
		}
	} else if (kind == MANIFEST_IMAGE) {
		r = push_blob(c, curl, st, json_object_get(doc, "config"), err);
		json_array_foreach(json_object_get(doc, "layers"), i, d)
		{
			if (r < 0)
				break;
			r = push_blob(c, curl, st, d, err);
		}
	} else {
		r = h->error_set(err, STRATA_ECORRUPT, 0, "blob '%s' is not an image manifest",
		                 digest);
	}
	if (r == 0)
		r = put_manifest(c, curl, reference, digest, mt, bytes, len, err);
	json_decref(doc);
	return r;
}

int dist_push(struct dist_transport *tr, const struct strata_host *host, struct strata_store *st,
              const char *manifest_digest, const char *ref, struct strata_error **err)
{
	struct image_ref r;
	const char *why = NULL;
	if (image_ref_parse(ref, &r, &why) < 0) {
		image_ref_release(&r);
		return host->error_set(err, STRATA_EINVAL, 0, "invalid image reference '%s': %s",
		                       ref, why);
	}
	if (r.digest && strcmp(r.digest, manifest_digest) != 0) {
		image_ref_release(&r);
		return host->error_set(err, STRATA_EINVAL, 0,
		                       "push to '%s': the image is '%s', not that digest", ref,
		                       manifest_digest);
	}
	struct dist_settings set;
	dist_transport_settings(tr, r.domain, &set);
	AUTOFREE char *base = dist_endpoint_base(dist_registry_host(r.domain), &set);
	struct dist_client c;
	dist_client_init(&c, host, tr, r.domain, base, r.path, &set);
	dist_settings_release(&set);
	int rc = STRATA_EIO;
	CURL *curl = dist_curl_new(&c, err);
	if (curl) {
		rc = push_tree(&c, curl, st, manifest_digest, r.tag ? r.tag : r.digest, 0, err);
		curl_easy_cleanup(curl);
	}
	dist_client_release(&c);
	image_ref_release(&r);
	return rc;
}
