/* registry-distribution: the "docker" transport (OCI distribution over
 * libcurl) — registration, configuration, and the blob-location memory used
 * for cross-repository mounts. */
#include <string.h>

#include "client.h"
#include "util.h"

#define HINTS_MAX 4096

static const char *const global_keys[] = {"auth_file", "retries", "timeout", "parallel"};

static int is_global_key(const char *k)
{
	for (size_t i = 0; i < sizeof global_keys / sizeof global_keys[0]; i++)
		if (strcmp(k, global_keys[i]) == 0)
			return 1;
	return 0;
}

void dist_settings_release(struct dist_settings *s)
{
	free(s->ca_file);
	util_strv_free(s->mirrors);
	memset(s, 0, sizeof *s);
}

static int64_t int_or(json_t *o, const char *key, int64_t def)
{
	json_t *v = json_object_get(o, key);
	return json_is_integer(v) ? (int64_t)json_integer_value(v) : def;
}

void dist_transport_settings(struct dist_transport *tr, const char *domain,
                             struct dist_settings *out)
{
	memset(out, 0, sizeof *out);
	out->tls_verify = 1;
	out->chunk_size = 0;
	pthread_rwlock_rdlock(&tr->lock);
	json_t *cfg = tr->config;
	out->retries = (int)int_or(cfg, "retries", 3);
	out->timeout = (long)int_or(cfg, "timeout", 30);
	out->parallel = (int)int_or(cfg, "parallel", 4);
	json_t *e = json_object_get(cfg, domain);
	if (json_is_object(e)) {
		out->insecure = json_is_true(json_object_get(e, "insecure"));
		if (json_is_false(json_object_get(e, "tls_verify")))
			out->tls_verify = 0;
		const char *ca = json_string_value(json_object_get(e, "ca_file"));
		out->ca_file = ca ? xstrdup(ca) : NULL;
		out->chunk_size = int_or(e, "chunk_size", 0);
		json_t *m = json_object_get(e, "mirrors");
		size_t n = json_array_size(m);
		if (n) {
			out->mirrors = xzalloc((n + 1) * sizeof(char *));
			for (size_t i = 0; i < n; i++)
				out->mirrors[i] = xstrdup(json_string_value(json_array_get(m, i)));
		}
	}
	pthread_rwlock_unlock(&tr->lock);
	if (out->retries < 0)
		out->retries = 0;
	if (out->retries > 10)
		out->retries = 10;
	if (out->timeout <= 0)
		out->timeout = 30;
	if (out->parallel <= 0)
		out->parallel = 1;
	if (out->parallel > 16)
		out->parallel = 16;
}

char *dist_transport_auth_file(struct dist_transport *tr)
{
	pthread_rwlock_rdlock(&tr->lock);
	const char *f = json_string_value(json_object_get(tr->config, "auth_file"));
	char *r = f ? xstrdup(f) : NULL;
	pthread_rwlock_unlock(&tr->lock);
	if (r)
		return r;
	const char *env = getenv("REGISTRY_AUTH_FILE");
	if (env && *env)
		return xstrdup(env);
	env = getenv("DOCKER_CONFIG");
	if (env && *env)
		return util_path_join(env, "config.json");
	const char *home = getenv("HOME");
	return xasprintf("%s/.docker/config.json", home && *home ? home : "/root");
}

void dist_transport_hint_add(struct dist_transport *tr, const char *digest, const char *domain,
                             const char *repo)
{
	pthread_mutex_lock(&tr->hints_mu);
	for (size_t i = 0; i < tr->nhints; i++) {
		struct dist_hint *hh = &tr->hints[i];
		if (!strcmp(hh->digest, digest) && !strcmp(hh->domain, domain) &&
		    !strcmp(hh->repo, repo)) {
			pthread_mutex_unlock(&tr->hints_mu);
			return;
		}
	}
	struct dist_hint *slot;
	if (tr->nhints < HINTS_MAX) {
		tr->hints = xrealloc(tr->hints, (tr->nhints + 1) * sizeof *tr->hints);
		slot = &tr->hints[tr->nhints++];
	} else {
		slot = &tr->hints[tr->hint_next];
		tr->hint_next = (tr->hint_next + 1) % HINTS_MAX;
		free(slot->domain);
		free(slot->repo);
	}
	snprintf(slot->digest, sizeof slot->digest, "%s", digest);
	slot->domain = xstrdup(domain);
	slot->repo = xstrdup(repo);
	pthread_mutex_unlock(&tr->hints_mu);
}

char *dist_transport_hint_find(struct dist_transport *tr, const char *digest, const char *domain,
                               const char *not_repo)
{
	char *r = NULL;
	pthread_mutex_lock(&tr->hints_mu);
	for (size_t i = tr->nhints; i-- > 0 && !r;) {
		struct dist_hint *hh = &tr->hints[i];
		if (!strcmp(hh->digest, digest) && !strcmp(hh->domain, domain) &&
		    strcmp(hh->repo, not_repo) != 0)
			r = xstrdup(hh->repo);
	}
	pthread_mutex_unlock(&tr->hints_mu);
	return r;
}

/* --- the transport's members ---------------------------------------------- */

static int check_type(const struct strata_host *h, json_t *v, int type, const char *host,
                      const char *key, const char *what, struct strata_error **err)
{
	int ok = type == JSON_TRUE ? json_is_boolean(v) : (int)json_typeof(v) == type;
	if (v && !ok)
		return h->error_set(err, STRATA_EINVAL, 0, "registries['%s'].%s: expected %s", host,
		                    key, what);
	return 0;
}

/* The host table is only known in pull/push; configure reports through
 * the same error_set, which the host gave at init and is kept here. */
struct dist_plugin {
	struct dist_transport tr;
	const struct strata_host *host;
	struct dist_plugin *next;
};

/* Every instance this .so made. The one piece of mutable file-scope state,
 * on purpose: the transport ABI has no member to release self, the host
 * frees only its copy of the struct, and the .so is never unloaded, so an
 * instance lives as long as the process; anchored here it stays reachable
 * (leak checkers agree) instead of being lost when the host lets go. */
static struct dist_plugin *instances;
static pthread_mutex_t instances_mu = PTHREAD_MUTEX_INITIALIZER;

static int validate(const struct strata_host *h, json_t *cfg, struct strata_error **err)
{
	if (!json_is_object(cfg))
		return h->error_set(err, STRATA_EINVAL, 0, "registries: expected a table");
	const char *k;
	json_t *v;
	json_object_foreach(cfg, k, v)
	{
		if (strcmp(k, "auth_file") == 0) {
			if (!json_is_string(v))
				return h->error_set(err, STRATA_EINVAL, 0,
				                    "registries.auth_file: expected a string");
			continue;
		}
		if (is_global_key(k)) {
			if (!json_is_integer(v))
				return h->error_set(err, STRATA_EINVAL, 0,
				                    "registries.%s: expected an integer", k);
			continue;
		}
		if (!json_is_object(v))
			return h->error_set(err, STRATA_EINVAL, 0,
			                    "registries['%s']: expected a table of settings", k);
		static const struct {
			const char *key;
			int type;
			const char *what;
		} fields[] = {
		        {"insecure", JSON_TRUE, "a boolean"},
		        {"tls_verify", JSON_TRUE, "a boolean"},
		        {"ca_file", JSON_STRING, "a string"},
		        {"mirrors", JSON_ARRAY, "a list of hosts"},
		        {"chunk_size", JSON_INTEGER, "an integer"},
		};
		const char *fk;
		json_t *fv;
		json_object_foreach(v, fk, fv)
		{
			size_t i = 0;
			while (i < sizeof fields / sizeof fields[0] && strcmp(fields[i].key, fk))
				i++;
			if (i == sizeof fields / sizeof fields[0])
				return h->error_set(
				        err, STRATA_EINVAL, 0,
				        "registries['%s']: unknown setting '%s' (insecure, "
				        "tls_verify, ca_file, mirrors, chunk_size)",
				        k, fk);
			int r = check_type(h, fv, fields[i].type, k, fk, fields[i].what, err);
			if (r < 0)
				return r;
		}
		size_t i;
		json_t *m;
		json_array_foreach(json_object_get(v, "mirrors"), i, m)
		{
			if (!json_is_string(m) || !json_string_length(m))
				return h->error_set(
				        err, STRATA_EINVAL, 0,
				        "registries['%s'].mirrors[%zu]: expected a host", k, i + 1);
		}
	}
	return 0;
}

static int dist_configure(void *self, const char *json, struct strata_error **err)
{
	struct dist_plugin *p = self;
	const struct strata_host *h = p->host;
	json_error_t je;
	json_t *cfg = json_loads(json ? json : "{}", 0, &je);
	if (!cfg)
		return h->error_set(err, STRATA_EINVAL, 0, "registries: line %d: %s", je.line,
		                    je.text);
	int r = validate(h, cfg, err);
	if (r < 0) {
		json_decref(cfg);
		return r;
	}
	pthread_rwlock_wrlock(&p->tr.lock);
	json_decref(p->tr.config);
	p->tr.config = cfg;
	pthread_rwlock_unlock(&p->tr.lock);
	return 0;
}

static int dist_pull_member(void *self, const struct strata_host *host, struct strata_store *st,
                            const char *ref, char digest_out[STRATA_DIGEST_LEN],
                            struct strata_error **err)
{
	return dist_pull(&((struct dist_plugin *)self)->tr, host, st, ref, 1, digest_out, err);
}

static int dist_pull_metadata_member(void *self, const struct strata_host *host,
                                     struct strata_store *st, const char *ref,
                                     char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	return dist_pull(&((struct dist_plugin *)self)->tr, host, st, ref, 0, digest_out, err);
}

static int dist_check_member(void *self, const struct strata_host *host, const char *server,
                             struct strata_error **err)
{
	return dist_check(&((struct dist_plugin *)self)->tr, host, server, err);
}

static int dist_push_member(void *self, const struct strata_host *host, struct strata_store *st,
                            const char *manifest_digest, const char *ref, struct strata_error **err)
{
	return dist_push(&((struct dist_plugin *)self)->tr, host, st, manifest_digest, ref, err);
}

__attribute__((visibility("default"))) int strata_plugin_init(const struct strata_host *host,
                                                              struct strata_error **err)
{
	if (STRATA_ABI_MAJOR_OF(host->abi_version) != STRATA_ABI_MAJOR ||
	    host->struct_size < sizeof(struct strata_host))
		return host->error_set(
		        err, STRATA_EPLUGIN, 0,
		        "transport 'distribution': host ABI %u.%u, plugin speaks %u.%u",
		        STRATA_ABI_MAJOR_OF(host->abi_version), host->abi_version & 0xffff,
		        STRATA_ABI_MAJOR, STRATA_ABI_MINOR);
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return host->error_set(err, STRATA_EPLUGIN, 0, "libcurl: global init failed");
	struct dist_plugin *p = xzalloc(sizeof *p);
	p->host = host;
	pthread_mutex_lock(&instances_mu);
	p->next = instances;
	instances = p;
	pthread_mutex_unlock(&instances_mu);
	pthread_rwlock_init(&p->tr.lock, NULL);
	pthread_mutex_init(&p->tr.hints_mu, NULL);
	struct strata_transport *t = &p->tr.t;
	t->abi_version = STRATA_ABI_VERSION;
	t->struct_size = sizeof *t;
	t->name = "distribution";
	t->scheme = "docker";
	t->self = p;
	t->pull = dist_pull_member;
	t->push = dist_push_member;
	t->configure = dist_configure;
	t->pull_metadata = dist_pull_metadata_member;
	t->check = dist_check_member;
	return host->register_transport(host->ctx, t, err);
}
