/* registry-distribution: the transport, its settings and the HTTP client.
 *
 * One struct dist_transport per loaded plugin (the transport's self): the
 * settings handed to configure() and the memory of which repository holds
 * which blob (for cross-repository mounts). One struct dist_client per pull
 * or push of one repository on one endpoint: its auth state is shared by the
 * threads that download that image's layers, each with its own CURL handle. */
#ifndef STRATA_DIST_CLIENT_H
#define STRATA_DIST_CLIENT_H

#include <pthread.h>
#include <curl/curl.h>

#include "strata/plugin.h"
#include "dist.h"
#include "util.h"

/* Settings for one registry host (a `registries` entry), defaults filled. */
struct dist_settings {
	int insecure;       /* plain HTTP */
	int tls_verify;     /* verify the server's certificate (default 1) */
	char *ca_file;      /* extra CA bundle, or NULL */
	char **mirrors;     /* pull mirrors, tried in order before the registry */
	int64_t chunk_size; /* push blobs larger than this in PATCH chunks of it; 0: never */
	int retries;        /* further attempts after a transient failure */
	long timeout;       /* seconds: connect, and a transfer making no progress */
	int parallel;       /* concurrent layer downloads */
};
void dist_settings_release(struct dist_settings *s);

struct dist_hint {
	char digest[80];
	char *domain;
	char *repo;
};

struct dist_transport {
	struct strata_transport t;
	pthread_rwlock_t lock; /* guards config */
	json_t *config;        /* the `registries` object, or NULL */
	pthread_mutex_t hints_mu;
	struct dist_hint *hints; /* a ring: where blobs were last seen */
	size_t nhints, hint_next;
};

/* The settings for domain (a copy, safe to keep during a pull). */
void dist_transport_settings(struct dist_transport *tr, const char *domain,
                             struct dist_settings *out);
/* The auth file to read: the config's auth_file, $REGISTRY_AUTH_FILE,
 * $DOCKER_CONFIG/config.json, ~/.docker/config.json. Ownership: caller's. */
char *dist_transport_auth_file(struct dist_transport *tr);
/* Remember that domain/repo holds digest; find another repo on domain that
 * does (for a mount). Ownership: *repo is the caller's. */
void dist_transport_hint_add(struct dist_transport *tr, const char *digest, const char *domain,
                             const char *repo);
char *dist_transport_hint_find(struct dist_transport *tr, const char *digest, const char *domain,
                               const char *not_repo);

struct dist_client {
	const struct strata_host *host;
	struct dist_transport *tr;
	char *domain; /* credentials and messages: "localhost:5000" */
	char *base;   /* "http://localhost:5000" */
	char *repo;   /* "library/busybox" */
	struct dist_settings set;
	pthread_mutex_t mu;  /* guards what follows */
	char *authorization; /* the Authorization header value, or NULL */
	unsigned auth_gen;   /* bumped on each change of authorization */
	int creds_state;     /* 0 not looked up, 1 have creds, -1 none */
	struct dist_creds creds;
	char *extra_scope;       /* a further token scope (a mount's source) */
	pthread_mutex_t auth_mu; /* one token fetch at a time */
};

/* base: "http[s]://host[:port]" for the endpoint; domain: for credentials.
 * Ownership: release with dist_client_release(). */
void dist_client_init(struct dist_client *c, const struct strata_host *host,
                      struct dist_transport *tr, const char *domain, const char *base,
                      const char *repo, const struct dist_settings *set);
void dist_client_release(struct dist_client *c);

/* Where a 2xx response body goes. write returns 0 to abort the transfer,
 * with the reason in *err. reset (may be NULL) runs before every attempt. */
struct dist_sink {
	int (*write)(void *ud, const void *buf, size_t len, struct strata_error **err);
	int (*reset)(void *ud, struct strata_error **err);
	void *ud;
};

/* What to send: a buffer, or len bytes of fd from off. */
struct dist_body {
	const void *buf;
	int fd;
	int64_t off;
	int64_t len;
};

struct dist_resp {
	long status;
	char *location;
	char *www_auth;
	char *content_type;
	char *docker_digest;
	char *range;
	int64_t content_length;
	struct util_buf errbody; /* a non-2xx body, capped */
	/* private */
	const struct dist_sink *sink;
	struct strata_error *sink_err;
	const struct dist_body *body;
	int64_t body_pos;
	int aborted;
};
void dist_resp_release(struct dist_resp *r);
/* Free an error this plugin made and will not hand out (a mirror's failure
 * before the registry itself answered). Accepts NULL. */
void dist_error_discard(struct strata_error *e);

enum {
	DIST_REQ_RETRY = 1 << 0,   /* safe to send again on a transient failure */
	DIST_REQ_NO_AUTH = 1 << 1, /* never send our Authorization (token server) */
};

struct dist_req {
	const char *method; /* GET HEAD PUT POST PATCH */
	const char *url;    /* a full URL */
	const char *accept;
	const char *content_type;
	const char *content_range;
	const char *authorization; /* overrides the client's (token fetches) */
	const struct dist_body *body;
	const struct dist_sink *sink;
	int flags;
};

/* Send req with the client's auth; answer a 401 by authenticating (once) and
 * retry transient failures with backoff. Returns 0 with *resp filled whatever
 * the status, or a STRATA_E* code (ENET, EAUTH…) with err set.
 * Thread: one curl handle per thread; c is shared. */
int dist_request(struct dist_client *c, CURL *curl, const struct dist_req *req,
                 struct dist_resp *resp, struct strata_error **err);

/* An error for an unexpected status: 404 -> ENOENT, 401/403 -> EAUTH, else
 * ENET, with the registry's own error text. what: "manifest 'x:1'". */
int dist_status_error(struct dist_client *c, const struct dist_resp *resp, const char *what,
                      struct strata_error **err);

/* dist_request, then dist_status_error unless the status is ok1 or ok2. */
int dist_request_ok(struct dist_client *c, CURL *curl, const struct dist_req *req,
                    struct dist_resp *resp, long ok1, long ok2, const char *what,
                    struct strata_error **err);

/* "<base>/v2/<repo>/<kind>/<ref>". Ownership: caller's. */
char *dist_client_url(const struct dist_client *c, const char *kind, const char *ref);

/* A new CURL handle, or NULL (with err) when libcurl cannot make one. */
CURL *dist_curl_new(struct dist_client *c, struct strata_error **err);

/* "https://host", "http://host" for an insecure one; a mirror may say its
 * own scheme ("http://mirror:5000"). Ownership: caller's. */
char *dist_endpoint_base(const char *host, const struct dist_settings *set);

/* pull.c, push.c */
/* layers 0: the manifest and config only (strata_transport.pull_metadata). */
int dist_pull(struct dist_transport *tr, const struct strata_host *host, struct strata_store *st,
              const char *ref, int layers, char digest_out[STRATA_DIGEST_LEN],
              struct strata_error **err);
int dist_push(struct dist_transport *tr, const struct strata_host *host, struct strata_store *st,
              const char *manifest_digest, const char *ref, struct strata_error **err);

/* check.c: 0 when server ("host[:port]", "docker.io") answers /v2/ with the
 * credentials this transport holds for it (strata_transport.check).
 * Errors: STRATA_EAUTH (refused: the message says why), STRATA_ENET. */
int dist_check(struct dist_transport *tr, const struct strata_host *host, const char *server,
               struct strata_error **err);

#endif
