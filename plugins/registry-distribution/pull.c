/* registry-distribution: pull — tag -> manifest (through an index for this
 * platform) -> config and layers, downloaded in parallel.
 *
 * Nothing partial is ever visible in the store: every blob streams into a
 * blob writer while this file hashes it too; only when all of them match
 * their digests are they committed — config and layers first, the manifest
 * last — so a failure leaves no blob behind, and a stored manifest always
 * has its blobs. */
#include <string.h>

#include <openssl/evp.h>

#include "client.h"
#include "util.h"

#define MANIFEST_MAX (4 << 20)

static const char ACCEPT_MANIFESTS[] = "application/vnd.oci.image.index.v1+json, "
                                       "application/vnd.oci.image.manifest.v1+json, "
                                       "application/vnd.docker.distribution.manifest.list.v2+json, "
                                       "application/vnd.docker.distribution.manifest.v2+json";

/* --- manifests ------------------------------------------------------------ */

struct mem_sink {
	struct util_buf buf;
	const struct strata_host *host;
	const char *what;
};

static int mem_write(void *ud, const void *p, size_t len, struct strata_error **err)
{
	struct mem_sink *m = ud;
	if (m->buf.len + len > MANIFEST_MAX) {
		m->host->error_set(err, STRATA_ECORRUPT, 0, "%s: larger than %d bytes", m->what,
		                   MANIFEST_MAX);
		return 0;
	}
	util_buf_add(&m->buf, p, len);
	return 1;
}

static int mem_reset(void *ud, struct strata_error **err)
{
	struct mem_sink *m = ud;
	m->buf.len = 0;
	return 0;
}

/* A fetched manifest or index: its bytes, digest, kind and document. */
struct manifest {
	struct util_buf bytes;
	char digest[STRATA_DIGEST_LEN];
	char *media_type;
	enum manifest_kind kind;
	json_t *doc;
};

static void manifest_release(struct manifest *m)
{
	util_buf_release(&m->bytes);
	free(m->media_type);
	json_decref(m->doc);
	memset(m, 0, sizeof *m);
}

static void digest_of(const void *buf, size_t len, char out[STRATA_DIGEST_LEN])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_Digest(buf, len, md, &n, EVP_sha256(), NULL);
	memcpy(out, "sha256:", 7);
	util_hex(md, n, out + 7);
}

/* GET manifests/<reference>, verified against expected (a digest) or the
 * registry's Docker-Content-Digest. */
static int fetch_manifest(struct dist_client *c, CURL *curl, const char *reference,
                          const char *expected, struct manifest *out, struct strata_error **err)
{
	const struct strata_host *h = c->host;
	AUTOFREE char *url = dist_client_url(c, "manifests", reference);
	AUTOFREE char *what = xasprintf("manifest '%s:%s'", c->repo, reference);
	struct mem_sink ms = {.host = h, .what = what};
	struct dist_sink sink = {mem_write, mem_reset, &ms};
	struct dist_req req = {
	        .method = "GET",
	        .url = url,
	        .accept = ACCEPT_MANIFESTS,
	        .sink = &sink,
	        .flags = DIST_REQ_RETRY,
	};
	struct dist_resp resp = {0};
	int r = dist_request_ok(c, curl, &req, &resp, 200, 200, what, err);
	if (r < 0)
		goto out;
	memset(out, 0, sizeof *out);
	digest_of(ms.buf.data ? ms.buf.data : "", ms.buf.len, out->digest);
	const char *want = expected;
	if (!want && resp.docker_digest && strncmp(resp.docker_digest, "sha256:", 7) == 0)
		want = resp.docker_digest;
	if (want && strcmp(want, out->digest) != 0) {
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "%s on '%s': digest mismatch: expected '%s', got '%s'", what,
		                 c->domain, want, out->digest);
		goto out;
	}
	json_error_t je;
	out->doc = json_loadb(ms.buf.data ? ms.buf.data : "", ms.buf.len, 0, &je);
	if (!json_is_object(out->doc)) {
		r = h->error_set(err, STRATA_ECORRUPT, 0, "%s on '%s': not a JSON object: %s", what,
		                 c->domain, je.text);
		goto out;
	}
	out->kind = manifest_kind(resp.content_type, out->doc);
	const char *own = json_string_value(json_object_get(out->doc, "mediaType"));
	out->media_type = xstrdup(own && *own                   ? own
	                          : out->kind == MANIFEST_INDEX ? STRATA_MEDIA_INDEX
	                                                        : STRATA_MEDIA_MANIFEST);
	out->bytes = ms.buf;
	ms.buf = (struct util_buf){0};
	if (out->kind == MANIFEST_SCHEMA1)
		r = h->error_set(err, STRATA_EUNSUPPORTED, 0,
		                 "%s on '%s': Docker schema 1 manifests are not supported", what,
		                 c->domain);
	else if (out->kind == MANIFEST_UNKNOWN)
		r = h->error_set(err, STRATA_EUNSUPPORTED, 0,
		                 "%s on '%s': unknown manifest type '%s'", what, c->domain,
		                 resp.content_type ? resp.content_type : "");
out:
	util_buf_release(&ms.buf);
	dist_resp_release(&resp);
	return r;
}

/* --- blobs ---------------------------------------------------------------- */

struct blob_job {
	char digest[STRATA_DIGEST_LEN];
	int64_t size;
	struct strata_blob_writer *w; /* filled, hashed, not committed */
};

struct fetch {
	struct dist_client *c;
	struct strata_store *st;
	struct blob_job *jobs;
	size_t njobs;
	pthread_mutex_t mu; /* guards next, failed, err */
	size_t next;
	int failed;
	struct strata_error *err; /* the first failure */
};

/* One download into a writer, hashed as it arrives. */
struct blob_sink {
	struct fetch *f;
	struct blob_job *job;
	EVP_MD_CTX *md;
	int64_t got;
};

static int blob_reset(void *ud, struct strata_error **err)
{
	struct blob_sink *b = ud;
	const struct strata_host *h = b->f->c->host;
	h->blob_writer_free(b->job->w);
	b->job->w = NULL;
	b->got = 0;
	EVP_DigestInit_ex(b->md, EVP_sha256(), NULL);
	return h->blob_writer_new(b->f->st, &b->job->w, err);
}

static int blob_write(void *ud, const void *p, size_t len, struct strata_error **err)
{
	struct blob_sink *b = ud;
	const struct strata_host *h = b->f->c->host;
	pthread_mutex_lock(&b->f->mu);
	int failed = b->f->failed;
	pthread_mutex_unlock(&b->f->mu);
	if (failed) {
		h->error_set(err, STRATA_ECANCELED, 0, "canceled");
		return 0;
	}
	b->got += (int64_t)len;
	if (b->job->size >= 0 && b->got > b->job->size) {
		h->error_set(err, STRATA_ECORRUPT, 0,
		             "blob '%s' on '%s': more bytes than the %lld its descriptor says",
		             b->job->digest, b->f->c->domain, (long long)b->job->size);
		return 0;
	}
	EVP_DigestUpdate(b->md, p, len);
	return h->blob_writer_write(b->job->w, p, len, err) == 0;
}

static int fetch_blob(struct fetch *f, CURL *curl, struct blob_job *job, struct strata_error **err)
{
	struct dist_client *c = f->c;
	const struct strata_host *h = c->host;
	AUTOFREE char *url = dist_client_url(c, "blobs", job->digest);
	struct blob_sink bs = {.f = f, .job = job, .md = EVP_MD_CTX_new()};
	struct dist_sink sink = {blob_write, blob_reset, &bs};
	struct dist_req req = {.method = "GET", .url = url, .sink = &sink, .flags = DIST_REQ_RETRY};
	struct dist_resp resp = {0};
	AUTOFREE char *what = xasprintf("blob '%s'", job->digest);
	int r = dist_request_ok(c, curl, &req, &resp, 200, 200, what, err);
	if (r == 0 && job->size >= 0 && bs.got != job->size)
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "blob '%s' on '%s': %lld bytes, its descriptor says %lld",
		                 job->digest, c->domain, (long long)bs.got, (long long)job->size);
	if (r == 0) {
		unsigned char md[EVP_MAX_MD_SIZE];
		unsigned int n = 0;
		char got[STRATA_DIGEST_LEN];
		EVP_DigestFinal_ex(bs.md, md, &n);
		memcpy(got, "sha256:", 7);
		util_hex(md, n, got + 7);
		if (strcmp(got, job->digest) != 0)
			r = h->error_set(err, STRATA_ECORRUPT, 0,
			                 "blob '%s' on '%s': digest mismatch: the bytes are '%s'",
			                 job->digest, c->domain, got);
	}
	EVP_MD_CTX_free(bs.md);
	dist_resp_release(&resp);
	return r;
}

static void *fetch_worker(void *arg)
{
	struct fetch *f = arg;
	struct strata_error *err = NULL;
	CURL *curl = dist_curl_new(f->c, &err);
	for (;;) {
		pthread_mutex_lock(&f->mu);
		if (!curl && !f->failed) {
			f->failed = 1;
			f->err = steal_pointer(&err);
		}
		if (f->failed || f->next == f->njobs) {
			pthread_mutex_unlock(&f->mu);
			break;
		}
		struct blob_job *job = &f->jobs[f->next++];
		pthread_mutex_unlock(&f->mu);
		if (fetch_blob(f, curl, job, &err) < 0) {
			pthread_mutex_lock(&f->mu);
			if (!f->failed || (f->err && f->err->code == STRATA_ECANCELED)) {
				f->failed = 1;
				dist_error_discard(f->err);
				f->err = steal_pointer(&err);
			}
			pthread_mutex_unlock(&f->mu);
			dist_error_discard(err);
			err = NULL;
		}
	}
	dist_error_discard(err);
	if (curl)
		curl_easy_cleanup(curl);
	return NULL;
}

/* Download every job, on up to set.parallel threads. */
static int fetch_all(struct fetch *f, struct strata_error **err)
{
	const struct strata_host *h = f->c->host;
	size_t nthreads = (size_t)f->c->set.parallel;
	if (nthreads > f->njobs)
		nthreads = f->njobs;
	pthread_t *threads = xzalloc((nthreads ? nthreads : 1) * sizeof *threads);
	size_t started = 0;
	for (; started < nthreads; started++)
		if (pthread_create(&threads[started], NULL, fetch_worker, f) != 0)
			break;
	if (started == 0 && f->njobs)
		fetch_worker(f); /* no threads to be had: do it here */
	for (size_t i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	free(threads);
	if (!f->failed)
		return 0;
	int code = f->err ? f->err->code : STRATA_ENET;
	h->error_set(err, code, 0, "%s", f->err ? f->err->msg : "download failed");
	dist_error_discard(f->err);
	f->err = NULL;
	return code;
}

/* --- the image ------------------------------------------------------------ */

static int add_job(struct fetch *f, const struct strata_host *h, json_t *desc, const char *what,
                   struct strata_error **err)
{
	const char *d = json_string_value(json_object_get(desc, "digest"));
	json_t *size = json_object_get(desc, "size");
	if (!d || strncmp(d, "sha256:", 7) != 0 || strlen(d) != 71)
		return h->error_set(err, STRATA_ECORRUPT, 0, "%s: no sha256 digest", what);
	if (size && !json_is_integer(size))
		return h->error_set(err, STRATA_ECORRUPT, 0, "%s: size is not an integer", what);
	dist_transport_hint_add(f->c->tr, d, f->c->domain, f->c->repo);
	if (h->has_blob(f->st, d))
		return 0;
	for (size_t i = 0; i < f->njobs; i++)
		if (strcmp(f->jobs[i].digest, d) == 0)
			return 0;
	f->jobs = xrealloc(f->jobs, (f->njobs + 1) * sizeof *f->jobs);
	struct blob_job *j = &f->jobs[f->njobs++];
	memset(j, 0, sizeof *j);
	snprintf(j->digest, sizeof j->digest, "%s", d);
	j->size = size ? (int64_t)json_integer_value(size) : -1;
	return 0;
}

static int store_bytes(const struct strata_host *h, struct strata_store *st, const void *buf,
                       size_t len, const char *expected, struct strata_error **err)
{
	struct strata_blob_writer *w = NULL;
	int r = h->blob_writer_new(st, &w, err);
	if (r == 0)
		r = h->blob_writer_write(w, buf, len, err);
	if (r == 0)
		r = h->blob_writer_commit(w, expected, NULL, err);
	h->blob_writer_free(w);
	return r;
}

static int pull_image(struct dist_client *c, CURL *curl, struct strata_store *st,
                      const struct image_ref *ref, int with_layers,
                      char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	const struct strata_host *h = c->host;
	struct manifest top = {0}, img = {0};
	struct fetch f = {.c = c, .st = st};
	pthread_mutex_init(&f.mu, NULL);
	int r = fetch_manifest(c, curl, image_ref_reference(ref), ref->digest, &top, err);
	if (r < 0)
		goto out;
	struct manifest *m = &top;
	if (top.kind == MANIFEST_INDEX) {
		const char *os = h->platform_os(), *arch = h->platform_arch();
		json_t *pick = manifest_index_pick(top.doc, os, arch, NULL);
		if (!pick) {
			r = h->error_set(err, STRATA_ENOENT, 0,
			                 "image '%s/%s:%s' has no manifest for %s/%s", c->domain,
			                 c->repo, image_ref_reference(ref), os, arch);
			goto out;
		}
		const char *d = json_string_value(json_object_get(pick, "digest"));
		r = fetch_manifest(c, curl, d, d, &img, err);
		if (r < 0)
			goto out;
		if (img.kind != MANIFEST_IMAGE) {
			r = h->error_set(err, STRATA_EUNSUPPORTED, 0,
			                 "manifest '%s' on '%s': an index inside an index", d,
			                 c->domain);
			goto out;
		}
		m = &img;
	}
	json_t *config = json_object_get(m->doc, "config");
	json_t *layers = json_object_get(m->doc, "layers");
	if (!json_is_object(config) || !json_is_array(layers)) {
		r = h->error_set(err, STRATA_ECORRUPT, 0,
		                 "manifest '%s' on '%s': no config or no layers", m->digest,
		                 c->domain);
		goto out;
	}
	r = add_job(&f, h, config, "the manifest's config", err);
	size_t i;
	json_t *l;
	json_array_foreach(layers, i, l)
	{
		if (r < 0 || !with_layers)
			break;
		AUTOFREE char *what = xasprintf("the manifest's layer %zu", i + 1);
		r = add_job(&f, h, l, what, err);
	}
	if (r < 0) {
		h->error_wrap(err, "manifest '%s' on '%s'", m->digest, c->domain);
		goto out;
	}
	r = fetch_all(&f, err);
	/* all verified: now, and only now, into the store */
	for (size_t k = 0; r == 0 && k < f.njobs; k++)
		r = h->blob_writer_commit(f.jobs[k].w, f.jobs[k].digest, NULL, err);
	if (r == 0)
		r = store_bytes(h, st, m->bytes.data, m->bytes.len, m->digest, err);
	if (r == 0)
		memcpy(digest_out, m->digest, STRATA_DIGEST_LEN);
out:
	for (size_t k = 0; k < f.njobs; k++)
		h->blob_writer_free(f.jobs[k].w);
	free(f.jobs);
	pthread_mutex_destroy(&f.mu);
	manifest_release(&top);
	manifest_release(&img);
	return r;
}

char *dist_endpoint_base(const char *host, const struct dist_settings *set)
{
	if (strstr(host, "://")) {
		size_t n = strlen(host);
		while (n && host[n - 1] == '/')
			n--;
		return xstrndup(host, n);
	}
	return xasprintf("%s://%s", set->insecure ? "http" : "https", host);
}

/* Pull ref from one endpoint ("host:port", or a mirror's URL), whose
 * settings are those of key. */
static int pull_from(struct dist_transport *tr, const struct strata_host *host,
                     struct strata_store *st, const struct image_ref *ref, const char *endpoint,
                     const char *key, int layers, char digest_out[STRATA_DIGEST_LEN],
                     struct strata_error **err)
{
	struct dist_settings set;
	dist_transport_settings(tr, key, &set);
	AUTOFREE char *base = dist_endpoint_base(endpoint, &set);
	struct dist_client c;
	dist_client_init(&c, host, tr, ref->domain, base, ref->path, &set);
	dist_settings_release(&set);
	int r = STRATA_EIO;
	CURL *curl = dist_curl_new(&c, err);
	if (curl) {
		r = pull_image(&c, curl, st, ref, layers, digest_out, err);
		curl_easy_cleanup(curl);
	}
	dist_client_release(&c);
	return r;
}

int dist_pull(struct dist_transport *tr, const struct strata_host *host, struct strata_store *st,
              const char *ref, int layers, char digest_out[STRATA_DIGEST_LEN],
              struct strata_error **err)
{
	struct image_ref r;
	const char *why = NULL;
	if (image_ref_parse(ref, &r, &why) < 0) {
		image_ref_release(&r);
		return host->error_set(err, STRATA_EINVAL, 0, "invalid image reference '%s': %s",
		                       ref, why);
	}
	struct dist_settings set;
	dist_transport_settings(tr, r.domain, &set);
	/* mirrors first, in order, each failure falling through to the next,
	 * then the registry itself, whose error is the one reported */
	int rc = -1;
	for (size_t i = 0; rc < 0 && set.mirrors && set.mirrors[i]; i++) {
		const char *m = set.mirrors[i];
		const char *s = strstr(m, "://");
		AUTOFREE char *key = xstrndup(s ? s + 3 : m, strcspn(s ? s + 3 : m, "/"));
		struct strata_error *merr = NULL;
		rc = pull_from(tr, host, st, &r, m, key, layers, digest_out, &merr);
		dist_error_discard(merr);
	}
	if (rc < 0)
		rc = pull_from(tr, host, st, &r, dist_registry_host(r.domain), r.domain, layers,
		               digest_out, err);
	dist_settings_release(&set);
	image_ref_release(&r);
	return rc;
}
