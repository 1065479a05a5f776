/* registry-distribution: HTTP through libcurl — requests, auth, retries.
 *
 * A request that gets 401 reads the WWW-Authenticate challenge, looks up
 * credentials (config.json `auths`, credHelpers, credsStore), and either sends
 * them as Basic or trades them at the challenge's realm for a Bearer token,
 * then sends the request once more. 5xx, 429, timeouts and reset connections
 * are retried with exponential backoff, a bounded number of times. */
#include <errno.h>
#include <string.h>
#include <time.h>

#include "client.h"
#include "util.h"

#define ERRBODY_MAX (64 * 1024)

void dist_error_discard(struct strata_error *e)
{
	/* what strata_error_free() does: the host table has no error_free, and
	 * the struct's fields are public (error.h); core and plugin share malloc */
	if (!e)
		return;
	free(e->msg);
	free(e->where);
	free(e);
}

void dist_resp_release(struct dist_resp *r)
{
	free(r->location);
	free(r->www_auth);
	free(r->content_type);
	free(r->docker_digest);
	free(r->range);
	util_buf_release(&r->errbody);
	dist_error_discard(r->sink_err);
	memset(r, 0, sizeof *r);
	r->content_length = -1;
}

void dist_client_init(struct dist_client *c, const struct strata_host *host,
                      struct dist_transport *tr, const char *domain, const char *base,
                      const char *repo, const struct dist_settings *set)
{
	memset(c, 0, sizeof *c);
	c->host = host;
	c->tr = tr;
	c->domain = xstrdup(domain);
	c->base = xstrdup(base);
	c->repo = xstrdup(repo);
	c->set = *set;
	c->set.ca_file = set->ca_file ? xstrdup(set->ca_file) : NULL;
	c->set.mirrors = NULL; /* the client talks to one endpoint */
	pthread_mutex_init(&c->mu, NULL);
	pthread_mutex_init(&c->auth_mu, NULL);
}

void dist_client_release(struct dist_client *c)
{
	free(c->domain);
	free(c->base);
	free(c->repo);
	dist_settings_release(&c->set);
	if (c->authorization)
		memset(c->authorization, 0, strlen(c->authorization));
	free(c->authorization);
	dist_creds_release(&c->creds);
	free(c->extra_scope);
	pthread_mutex_destroy(&c->mu);
	pthread_mutex_destroy(&c->auth_mu);
}

char *dist_client_url(const struct dist_client *c, const char *kind, const char *ref)
{
	return xasprintf("%s/v2/%s/%s/%s", c->base, c->repo, kind, ref);
}

CURL *dist_curl_new(struct dist_client *c, struct strata_error **err)
{
	CURL *curl = curl_easy_init();
	if (!curl)
		c->host->error_set(err, STRATA_EIO, 0, "libcurl: cannot create a handle");
	return curl;
}

/* --- callbacks ------------------------------------------------------------ */

static void set_header(char **slot, const char *v, size_t n, int append)
{
	while (n && (v[n - 1] == '\r' || v[n - 1] == '\n' || v[n - 1] == ' '))
		n--;
	if (append && *slot) {
		char *s = xasprintf("%s, %.*s", *slot, (int)n, v);
		free(*slot);
		*slot = s;
		return;
	}
	free(*slot);
	*slot = xstrndup(v, n);
}

static size_t on_header(char *buf, size_t size, size_t n, void *ud)
{
	struct dist_resp *r = ud;
	size_t len = size * n;
	if (len > 5 && strncmp(buf, "HTTP/", 5) == 0) {
		/* a new response (after a redirect or a 100 Continue): start over */
		const char *sp = memchr(buf, ' ', len);
		r->status = sp ? strtol(sp + 1, NULL, 10) : 0;
		free(r->location), r->location = NULL;
		free(r->www_auth), r->www_auth = NULL;
		free(r->content_type), r->content_type = NULL;
		free(r->docker_digest), r->docker_digest = NULL;
		free(r->range), r->range = NULL;
		r->content_length = -1;
		return len;
	}
	const char *colon = memchr(buf, ':', len);
	if (!colon)
		return len;
	size_t kn = (size_t)(colon - buf);
	const char *v = colon + 1;
	while (v < buf + len && (*v == ' ' || *v == '\t'))
		v++;
	size_t vn = (size_t)(buf + len - v);
	static const struct {
		const char *name;
		size_t off;
	} known[] = {
	        {"location", offsetof(struct dist_resp, location)},
	        {"www-authenticate", offsetof(struct dist_resp, www_auth)},
	        {"content-type", offsetof(struct dist_resp, content_type)},
	        {"docker-content-digest", offsetof(struct dist_resp, docker_digest)},
	        {"range", offsetof(struct dist_resp, range)},
	};
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
		if (strlen(known[i].name) == kn && strncasecmp(buf, known[i].name, kn) == 0) {
			char **slot = (char **)((char *)r + known[i].off);
			set_header(slot, v, vn, i == 1);
			return len;
		}
	}
	if (kn == 14 && strncasecmp(buf, "content-length", kn) == 0)
		r->content_length = strtoll(v, NULL, 10);
	return len;
}

static size_t on_write(char *buf, size_t size, size_t n, void *ud)
{
	struct dist_resp *r = ud;
	size_t len = size * n;
	if (r->status >= 200 && r->status < 300 && r->sink) {
		if (!r->sink->write(r->sink->ud, buf, len, &r->sink_err)) {
			r->aborted = 1;
			return 0; /* CURLE_WRITE_ERROR */
		}
		return len;
	}
	if (r->errbody.len < ERRBODY_MAX)
		util_buf_add(&r->errbody, buf, len < ERRBODY_MAX ? len : ERRBODY_MAX);
	return len;
}

static size_t on_read(char *buf, size_t size, size_t n, void *ud)
{
	struct dist_resp *r = ud;
	const struct dist_body *b = r->body;
	int64_t left = b->len - r->body_pos;
	size_t want = size * n;
	if (left <= 0)
		return 0;
	if ((int64_t)want > left)
		want = (size_t)left;
	if (b->buf) {
		memcpy(buf, (const char *)b->buf + r->body_pos, want);
		r->body_pos += (int64_t)want;
		return want;
	}
	ssize_t got;
	do
		got = pread(b->fd, buf, want, (off_t)(b->off + r->body_pos));
	while (got < 0 && errno == EINTR);
	if (got <= 0)
		return CURL_READFUNC_ABORT;
	r->body_pos += got;
	return (size_t)got;
}

static int on_seek(void *ud, curl_off_t offset, int origin)
{
	struct dist_resp *r = ud;
	if (origin != SEEK_SET || offset < 0 || offset > r->body->len)
		return CURL_SEEKFUNC_CANTSEEK;
	r->body_pos = offset;
	return CURL_SEEKFUNC_OK;
}

/* --- one attempt ---------------------------------------------------------- */

static struct curl_slist *add_header(struct curl_slist *l, const char *name, const char *v)
{
	if (!v)
		return l;
	AUTOFREE char *h = xasprintf("%s: %s", name, v);
	return curl_slist_append(l, h);
}

static CURLcode perform(struct dist_client *c, CURL *curl, const struct dist_req *req,
                        const char *authorization, struct dist_resp *resp, char *errbuf)
{
	curl_easy_reset(curl);
	struct curl_slist *hdrs = NULL;
	hdrs = add_header(hdrs, "Accept", req->accept);
	hdrs = add_header(hdrs, "Content-Type", req->content_type);
	hdrs = add_header(hdrs, "Content-Range", req->content_range);
	hdrs = add_header(hdrs, "Authorization", authorization);
	hdrs = curl_slist_append(hdrs, "Expect:");
	curl_easy_setopt(curl, CURLOPT_URL, req->url);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_USERAGENT, "strata/" STRATA_VERSION);
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, c->set.timeout);
	/* no total timeout (layers can be large): abort a stalled transfer */
	curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, c->set.timeout);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(curl, CURLOPT_HEADERDATA, resp);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_write);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, resp);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, c->set.tls_verify ? 1L : 0L);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, c->set.tls_verify ? 2L : 0L);
	if (c->set.ca_file)
		curl_easy_setopt(curl, CURLOPT_CAINFO, c->set.ca_file);
	int is_get = strcmp(req->method, "GET") == 0, is_head = strcmp(req->method, "HEAD") == 0;
	if (is_get || is_head) {
		/* blobs may redirect to storage; curl drops our Authorization
		 * header when the redirect leaves the host */
		curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
		curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
		if (is_head)
			curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
	} else {
		static const struct dist_body empty = {.fd = -1};
		resp->body = req->body ? req->body : &empty;
		resp->body_pos = 0;
		curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
		curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, req->method);
		curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)resp->body->len);
		curl_easy_setopt(curl, CURLOPT_READFUNCTION, on_read);
		curl_easy_setopt(curl, CURLOPT_READDATA, resp);
		curl_easy_setopt(curl, CURLOPT_SEEKFUNCTION, on_seek);
		curl_easy_setopt(curl, CURLOPT_SEEKDATA, resp);
	}
	CURLcode cc = curl_easy_perform(curl);
	curl_slist_free_all(hdrs);
	return cc;
}

static int transient_curl(CURLcode cc)
{
	switch (cc) {
	case CURLE_COULDNT_CONNECT:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM: return 1;
	default: return 0;
	}
}

static void backoff(int attempt)
{
	/* 250 ms, 500 ms, 1 s, … capped at 8 s, with up to 25 % jitter */
	long ms = 250L << (attempt < 5 ? attempt : 5);
	ms += (long)(((unsigned)time(NULL) * 2654435761u + (unsigned)attempt) % (unsigned)(ms / 4));
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* --- authentication ------------------------------------------------------- */

/* Look up the client's credentials once. 0 (c->creds_state set), or an error
 * (a malformed auth file, a failing helper). Called with auth_mu held. */
static int load_creds(struct dist_client *c, struct strata_error **err)
{
	if (c->creds_state)
		return 0;
	const struct strata_host *h = c->host;
	AUTOFREE char *file = dist_transport_auth_file(c->tr);
	AUTOFREE char *text = NULL;
	c->creds_state = -1;
	if (util_read_file(file, &text, NULL) < 0) {
		if (errno == ENOENT)
			return 0;
		return h->error_set(err, STRATA_EIO, errno, "read auth file '%s'", file);
	}
	json_error_t je;
	json_t *cfg = json_loads(text, 0, &je);
	if (!cfg)
		return h->error_set(err, STRATA_EINVAL, 0, "auth file '%s': line %d: %s", file,
		                    je.line, je.text);
	const char *helper = NULL, *why = NULL;
	int r = dist_auth_lookup(cfg, c->domain, &c->creds, &helper, &why);
	if (r < 0) {
		json_decref(cfg);
		return h->error_set(err, STRATA_EINVAL, 0, "auth file '%s': entry for '%s': %s",
		                    file, c->domain, why);
	}
	if (r == 2) {
		char msg[512];
		AUTOFREE char *name = xstrdup(helper);
		json_decref(cfg);
		r = dist_helper_get(name, dist_auth_key(c->domain), &c->creds, msg, sizeof msg);
		if (r < 0)
			return h->error_set(err, STRATA_EAUTH, 0, "credentials for '%s': %s",
			                    c->domain, msg);
	} else {
		json_decref(cfg);
	}
	if (r == 1)
		c->creds_state = 1;
	else
		dist_creds_release(&c->creds);
	return 0;
}

static char *basic_header(const struct dist_creds *cr)
{
	AUTOFREE char *up = xasprintf("%s:%s", cr->username, cr->password);
	AUTOFREE char *b64 = dist_base64_encode(up, strlen(up));
	memset(up, 0, strlen(up));
	return xasprintf("Basic %s", b64);
}

static int buf_sink_write(void *ud, const void *buf, size_t len, struct strata_error **err)
{
	struct util_buf *b = ud;
	if (b->len + len > (1 << 20))
		return 0;
	util_buf_add(b, buf, len);
	return 1;
}

static char *url_escape(CURL *curl, const char *s)
{
	char *e = curl_easy_escape(curl, s, 0);
	char *r = xstrdup(e ? e : "");
	curl_free(e);
	return r;
}

/* Trade credentials (or nothing) for a token at the challenge's realm. */
static int fetch_token(struct dist_client *c, CURL *curl, const struct dist_challenge *ch,
                       char **token, struct strata_error **err)
{
	const struct strata_host *h = c->host;
	struct util_buf url = {0};
	util_buf_addstr(&url, ch->realm);
	char sep = strchr(ch->realm, '?') ? '&' : '?';
	if (ch->service) {
		AUTOFREE char *e = url_escape(curl, ch->service);
		util_buf_printf(&url, "%cservice=%s", sep, e);
		sep = '&';
	}
	const char *scopes[2] = {ch->scope, c->extra_scope};
	for (int i = 0; i < 2; i++) {
		if (!scopes[i])
			continue;
		AUTOFREE char *e = url_escape(curl, scopes[i]);
		util_buf_printf(&url, "%cscope=%s", sep, e);
		sep = '&';
	}
	util_buf_add(&url, "", 1);
	AUTOFREE char *authz = c->creds_state == 1 && strcmp(c->creds.username, "<token>") != 0
	                               ? basic_header(&c->creds)
	                               : NULL;
	struct util_buf body = {0};
	struct dist_sink sink = {buf_sink_write, NULL, &body};
	struct dist_req req = {
	        .method = "GET",
	        .url = url.data,
	        .accept = "application/json",
	        .authorization = authz,
	        .sink = &sink,
	        .flags = DIST_REQ_RETRY | DIST_REQ_NO_AUTH,
	};
	struct dist_resp resp = {0};
	int r = dist_request(c, curl, &req, &resp, err);
	if (r == 0 && resp.status != 200) {
		if (resp.status == 401 || resp.status == 403)
			r = h->error_set(err, STRATA_EAUTH, 0,
			                 "authentication to '%s' refused by '%s': HTTP %ld%s",
			                 c->domain, ch->realm, resp.status,
			                 c->creds_state == 1 ? " (wrong username or password?)"
			                                     : " (no credentials: strata login)");
		else
			r = h->error_set(err, STRATA_ENET, 0, "token from '%s': HTTP %ld",
			                 ch->realm, resp.status);
	}
	dist_resp_release(&resp);
	if (r == 0) {
		json_error_t je;
		json_t *j = json_loadb(body.data ? body.data : "", body.len, 0, &je);
		const char *t = json_string_value(json_object_get(j, "token"));
		if (!t || !*t)
			t = json_string_value(json_object_get(j, "access_token"));
		if (t && *t)
			*token = xstrdup(t);
		else
			r = h->error_set(err, STRATA_EAUTH, 0,
			                 "token from '%s': no token in the answer", ch->realm);
		json_decref(j);
	}
	util_buf_release(&url);
	util_buf_release(&body);
	return r;
}

/* Answer a 401: set c->authorization from the challenge. gen is the
 * generation the failed request used: when another thread has changed the
 * authorization since, just try again with that. */
static int authenticate(struct dist_client *c, CURL *curl, const char *www_auth, unsigned gen,
                        struct strata_error **err)
{
	const struct strata_host *h = c->host;
	pthread_mutex_lock(&c->auth_mu);
	pthread_mutex_lock(&c->mu);
	unsigned now = c->auth_gen;
	pthread_mutex_unlock(&c->mu);
	if (now != gen) {
		pthread_mutex_unlock(&c->auth_mu);
		return 0;
	}
	struct dist_challenge ch;
	int r = 0;
	char *value = NULL;
	if (dist_challenge_parse(www_auth, &ch) < 0) {
		r = h->error_set(err, STRATA_EAUTH, 0,
		                 "'%s' refused access (HTTP 401) with no usable challenge '%s'",
		                 c->domain, www_auth ? www_auth : "");
		goto out;
	}
	r = load_creds(c, err);
	if (r < 0)
		goto out;
	if (ch.scheme == DIST_AUTH_BASIC) {
		if (c->creds_state != 1) {
			r = h->error_set(err, STRATA_EAUTH, 0,
			                 "'%s' requires authentication and no credentials are "
			                 "configured for it (strata login %s)",
			                 c->domain, c->domain);
			goto out;
		}
		value = basic_header(&c->creds);
	} else {
		AUTOFREE char *token = NULL;
		r = fetch_token(c, curl, &ch, &token, err);
		if (r < 0)
			goto out;
		value = xasprintf("Bearer %s", token);
	}
	pthread_mutex_lock(&c->mu);
	free(c->authorization);
	c->authorization = value;
	c->auth_gen++;
	pthread_mutex_unlock(&c->mu);
out:
	dist_challenge_release(&ch);
	pthread_mutex_unlock(&c->auth_mu);
	return r;
}

/* --- requests ------------------------------------------------------------- */

int dist_request(struct dist_client *c, CURL *curl, const struct dist_req *req,
                 struct dist_resp *resp, struct strata_error **err)
{
	const struct strata_host *h = c->host;
	int authed = 0;
	for (int attempt = 0;; attempt++) {
		dist_resp_release(resp);
		resp->sink = req->sink;
		if (req->sink && req->sink->reset) {
			int r = req->sink->reset(req->sink->ud, err);
			if (r < 0)
				return r;
		}
		AUTOFREE char *authz = NULL;
		unsigned gen = 0;
		if (req->flags & DIST_REQ_NO_AUTH) {
			authz = req->authorization ? xstrdup(req->authorization) : NULL;
		} else {
			pthread_mutex_lock(&c->mu);
			authz = c->authorization ? xstrdup(c->authorization) : NULL;
			gen = c->auth_gen;
			pthread_mutex_unlock(&c->mu);
		}
		char errbuf[CURL_ERROR_SIZE] = "";
		CURLcode cc = perform(c, curl, req, authz, resp, errbuf);
		if (authz)
			memset(authz, 0, strlen(authz));
		if (cc != CURLE_OK) {
			if (resp->aborted && resp->sink_err) {
				/* the sink refused the bytes: its reason */
				int code = resp->sink_err->code;
				if (err) {
					h->error_set(err, code, 0, "%s", resp->sink_err->msg);
				}
				return code;
			}
			if (transient_curl(cc) && attempt < c->set.retries &&
			    (req->flags & DIST_REQ_RETRY)) {
				backoff(attempt);
				continue;
			}
			return h->error_set(err, STRATA_ENET, 0, "%s '%s': %s%s", req->method,
			                    req->url, errbuf[0] ? errbuf : curl_easy_strerror(cc),
			                    attempt ? " (after retries)" : "");
		}
		if (resp->status == 401 && !(req->flags & DIST_REQ_NO_AUTH) && !authed) {
			authed = 1;
			int r = authenticate(c, curl, resp->www_auth, gen, err);
			if (r < 0)
				return r;
			attempt--; /* not a retry of a failure */
			continue;
		}
		if ((resp->status >= 500 || resp->status == 429) && attempt < c->set.retries &&
		    (req->flags & DIST_REQ_RETRY)) {
			backoff(attempt);
			continue;
		}
		return 0;
	}
}

/* "manifest unknown (MANIFEST_UNKNOWN)" from the registry's error JSON. */
static char *registry_message(const struct dist_resp *resp)
{
	if (!resp->errbody.len)
		return NULL;
	json_error_t je;
	json_t *j = json_loadb(resp->errbody.data, resp->errbody.len, 0, &je);
	json_t *e0 = json_array_get(json_object_get(j, "errors"), 0);
	const char *msg = json_string_value(json_object_get(e0, "message"));
	const char *code = json_string_value(json_object_get(e0, "code"));
	char *r = NULL;
	if (msg || code)
		r = xasprintf("%s%s%s%s", msg ? msg : "", msg && code ? " (" : "", code ? code : "",
		              msg && code ? ")" : "");
	json_decref(j);
	return r;
}

int dist_status_error(struct dist_client *c, const struct dist_resp *resp, const char *what,
                      struct strata_error **err)
{
	AUTOFREE char *msg = registry_message(resp);
	int code = STRATA_ENET;
	const char *hint = "";
	if (resp->status == 404) {
		code = STRATA_ENOENT;
	} else if (resp->status == 401 || resp->status == 403) {
		code = STRATA_EAUTH;
		hint = c->creds_state == 1 ? ": access refused (wrong username or password?)"
		                           : ": access refused (no credentials: strata login)";
	}
	return c->host->error_set(err, code, 0, "%s on '%s': HTTP %ld%s%s%s", what, c->domain,
	                          resp->status, hint, msg ? ": " : "", msg ? msg : "");
}

int dist_request_ok(struct dist_client *c, CURL *curl, const struct dist_req *req,
                    struct dist_resp *resp, long ok1, long ok2, const char *what,
                    struct strata_error **err)
{
	int r = dist_request(c, curl, req, resp, err);
	if (r == 0 && resp->status != ok1 && resp->status != ok2)
		r = dist_status_error(c, resp, what, err);
	return r;
}
