/* registry-distribution: the pure parts — references, WWW-Authenticate,
 * config.json lookups, platform choice, base64. No I/O here, so the unit test
 * compiles this file directly. */
#include <ctype.h>
#include <string.h>

#include <openssl/evp.h>

#include "dist.h"
#include "util.h"

/* --- references ----------------------------------------------------------- */

void dist_ref_release(struct dist_ref *r)
{
	if (!r)
		return;
	free(r->domain);
	free(r->path);
	free(r->tag);
	free(r->digest);
	memset(r, 0, sizeof *r);
}

static int is_lower_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* One path component: [a-z0-9]+ ((\.|_|__|-+) [a-z0-9]+)* (the distribution
 * grammar). */
static int component_valid(const char *s, size_t n)
{
	size_t i = 0;
	if (n == 0 || !is_lower_alnum(s[0]))
		return 0;
	while (i < n) {
		while (i < n && is_lower_alnum(s[i]))
			i++;
		if (i == n)
			return 1;
		size_t sep = i;
		if (s[i] == '.') {
			i++;
		} else if (s[i] == '_') {
			i++;
			if (i < n && s[i] == '_')
				i++;
		} else if (s[i] == '-') {
			while (i < n && s[i] == '-')
				i++;
		} else {
			return 0;
		}
		if (i == n || !is_lower_alnum(s[i]) || i == sep)
			return 0;
	}
	return 1;
}

/* host[:port] or [v6]:port; letters of either case, digits, '.', '-'. */
static int domain_valid(const char *s, size_t n)
{
	size_t i = 0;
	if (n == 0)
		return 0;
	if (s[0] == '[') {
		const char *close = memchr(s, ']', n);
		if (!close || close == s + 1)
			return 0;
		for (const char *p = s + 1; p < close; p++)
			if (!isxdigit((unsigned char)*p) && *p != ':' && *p != '.')
				return 0;
		i = (size_t)(close - s) + 1;
	} else {
		while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '.' || s[i] == '-'))
			i++;
		if (i == 0 || s[0] == '-' || s[0] == '.')
			return 0;
	}
	if (i == n)
		return 1;
	if (s[i] != ':' || i + 1 == n)
		return 0;
	for (i++; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static int tag_valid(const char *s, size_t n)
{
	if (n == 0 || n > 128 || s[0] == '.' || s[0] == '-')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '_' && s[i] != '.' && s[i] != '-')
			return 0;
	return 1;
}

static int digest_valid(const char *s)
{
	if (strncmp(s, "sha256:", 7) != 0 || strlen(s) != 7 + 64)
		return 0;
	for (const char *p = s + 7; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return 0;
	return 1;
}

static int ref_fail(const char **why, const char *reason)
{
	if (why)
		*why = reason;
	return -1;
}

int dist_ref_parse(const char *s, struct dist_ref *out, const char **why)
{
	memset(out, 0, sizeof *out);
	if (!s)
		return ref_fail(why, "empty reference");
	if (strncmp(s, "//", 2) == 0)
		s += 2;
	if (!*s)
		return ref_fail(why, "empty reference");
	const char *at = strchr(s, '@');
	size_t end = at ? (size_t)(at - s) : strlen(s);
	if (at) {
		if (!digest_valid(at + 1))
			return ref_fail(why, "the digest is not sha256:<64 lowercase hex digits>");
		out->digest = xstrdup(at + 1);
	}
	/* the tag: after a ':' that follows the last '/' */
	const char *slash = memrchr(s, '/', end);
	size_t from = slash ? (size_t)(slash - s) + 1 : 0;
	const char *colon = memchr(s + from, ':', end - from);
	size_t name_len = colon ? (size_t)(colon - s) : end;
	if (colon) {
		size_t tn = end - name_len - 1;
		if (!tag_valid(colon + 1, tn))
			return ref_fail(why, "the tag must be 1-128 of [A-Za-z0-9_.-], not "
			                     "starting with '.' or '-'");
		out->tag = xstrndup(colon + 1, tn);
	}
	if (name_len == 0)
		return ref_fail(why, "no repository name");
	if (name_len > 255)
		return ref_fail(why, "the name is longer than 255 characters");
	/* a first component with '.' or ':' or "localhost" names the registry */
	const char *first_slash = memchr(s, '/', name_len);
	const char *path = s;
	size_t path_len = name_len;
	if (first_slash) {
		size_t dn = (size_t)(first_slash - s);
		if (memchr(s, '.', dn) || memchr(s, ':', dn) ||
		    (dn == 9 && memcmp(s, "localhost", 9) == 0)) {
			if (!domain_valid(s, dn))
				return ref_fail(why, "the registry is not host[:port]");
			out->domain = xstrndup(s, dn);
			path = first_slash + 1;
			path_len = name_len - dn - 1;
		}
	}
	if (!out->domain || strcmp(out->domain, "index.docker.io") == 0) {
		free(out->domain);
		out->domain = xstrdup("docker.io");
	}
	for (size_t i = 0, start = 0; i <= path_len; i++) {
		if (i == path_len || path[i] == '/') {
			if (!component_valid(path + start, i - start)) {
				for (size_t k = 0; k < path_len; k++)
					if (isupper((unsigned char)path[k]))
						return ref_fail(why, "the repository name must be "
						                     "lowercase");
				return ref_fail(why, "the repository name must be '/'-separated "
				                     "[a-z0-9] words joined by '.', '_', '__' or "
				                     "'-'");
			}
			start = i + 1;
		}
	}
	if (strcmp(out->domain, "docker.io") == 0 && !memchr(path, '/', path_len))
		out->path = xasprintf("library/%.*s", (int)path_len, path);
	else
		out->path = xstrndup(path, path_len);
	/* docker checks the length of the whole name, "docker.io/library/"
	 * included (so "x" of 250 characters is too long): the name it prints
	 * must parse again (found by fuzzing) */
	if (strlen(out->domain) + 1 + strlen(out->path) > 255)
		return ref_fail(why, "the name is longer than 255 characters");
	if (!out->tag && !out->digest)
		out->tag = xstrdup("latest");
	return 0;
}

char *dist_ref_string(const struct dist_ref *r)
{
	if (r->digest)
		return xasprintf("%s/%s@%s", r->domain, r->path, r->digest);
	return xasprintf("%s/%s:%s", r->domain, r->path, r->tag);
}

const char *dist_ref_reference(const struct dist_ref *r)
{
	return r->digest ? r->digest : r->tag;
}

const char *dist_registry_host(const char *domain)
{
	return strcmp(domain, "docker.io") == 0 ? "registry-1.docker.io" : domain;
}

/* --- WWW-Authenticate ----------------------------------------------------- */

void dist_challenge_release(struct dist_challenge *c)
{
	if (!c)
		return;
	free(c->realm);
	free(c->service);
	free(c->scope);
	memset(c, 0, sizeof *c);
}

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

static int is_token_char(char c)
{
	return c && !strchr(" \t,=\"", c);
}

/* A quoted-string (backslash escapes) or a token. Ownership: caller's. */
static char *param_value(const char **pp)
{
	const char *p = *pp;
	struct util_buf b = {0};
	if (*p == '"') {
		for (p++; *p && *p != '"'; p++) {
			if (*p == '\\' && p[1])
				p++;
			util_buf_add(&b, p, 1);
		}
		if (*p == '"')
			p++;
	} else {
		const char *s = p;
		while (*p && *p != ',' && *p != ' ' && *p != '\t')
			p++;
		util_buf_add(&b, s, (size_t)(p - s));
	}
	util_buf_add(&b, "", 1);
	*pp = p;
	return b.data;
}

int dist_challenge_parse(const char *value, struct dist_challenge *out)
{
	memset(out, 0, sizeof *out);
	if (!value)
		return -1;
	struct dist_challenge cur = {0};
	const char *p = value;
	/* challenges: scheme [param=value {, param=value}] {, scheme …} */
	for (;;) {
		p = skip_ws(p);
		while (*p == ',')
			p = skip_ws(p + 1);
		if (!*p)
			break;
		const char *name = p;
		while (is_token_char(*p))
			p++;
		size_t nlen = (size_t)(p - name);
		const char *q = skip_ws(p);
		if (nlen && *q == '=') {
			/* a parameter of the current challenge */
			q = skip_ws(q + 1);
			char *v = param_value(&q);
			p = q;
			char **slot = NULL;
			if (nlen == 5 && strncasecmp(name, "realm", 5) == 0)
				slot = &cur.realm;
			else if (nlen == 7 && strncasecmp(name, "service", 7) == 0)
				slot = &cur.service;
			else if (nlen == 5 && strncasecmp(name, "scope", 5) == 0)
				slot = &cur.scope;
			if (slot && cur.scheme != DIST_AUTH_NONE) {
				free(*slot);
				*slot = v;
			} else {
				free(v);
			}
			continue;
		}
		if (!nlen) {
			p++;
			continue;
		}
		/* a new challenge: keep the best one seen so far */
		if (cur.scheme > out->scheme) {
			dist_challenge_release(out);
			*out = cur;
		} else {
			dist_challenge_release(&cur);
		}
		memset(&cur, 0, sizeof cur);
		if (nlen == 6 && strncasecmp(name, "bearer", 6) == 0)
			cur.scheme = DIST_AUTH_BEARER;
		else if (nlen == 5 && strncasecmp(name, "basic", 5) == 0)
			cur.scheme = DIST_AUTH_BASIC;
		else
			cur.scheme = DIST_AUTH_NONE;
	}
	if (cur.scheme > out->scheme) {
		dist_challenge_release(out);
		*out = cur;
	} else {
		dist_challenge_release(&cur);
	}
	if (out->scheme == DIST_AUTH_NONE || (out->scheme == DIST_AUTH_BEARER && !out->realm)) {
		dist_challenge_release(out);
		return -1;
	}
	return 0;
}

/* --- credentials ---------------------------------------------------------- */

void dist_creds_release(struct dist_creds *c)
{
	if (!c)
		return;
	if (c->password)
		OPENSSL_cleanse(c->password, strlen(c->password));
	free(c->username);
	free(c->password);
	memset(c, 0, sizeof *c);
}

const char *dist_auth_key(const char *domain)
{
	return strcmp(domain, "docker.io") == 0 ? "https://index.docker.io/v1/" : domain;
}

/* The host[:port] of an `auths` key: "https://host:5000/v1/" -> "host:5000". */
static char *auth_key_host(const char *key)
{
	const char *s = strstr(key, "://");
	s = s ? s + 3 : key;
	size_t n = strcspn(s, "/");
	return xstrndup(s, n);
}

static int is_docker_hub(const char *host)
{
	return strcmp(host, "docker.io") == 0 || strcmp(host, "index.docker.io") == 0 ||
	       strcmp(host, "registry-1.docker.io") == 0;
}

static int auth_key_matches(const char *key, const char *domain)
{
	AUTOFREE char *host = auth_key_host(key);
	if (is_docker_hub(domain))
		return is_docker_hub(host);
	return strcmp(host, domain) == 0;
}

static int creds_from_entry(json_t *entry, struct dist_creds *creds, const char **why)
{
	if (!json_is_object(entry))
		return ref_fail(why, "its entry is not an object");
	const char *auth = json_string_value(json_object_get(entry, "auth"));
	if (auth && *auth) {
		size_t n;
		AUTOFREE char *dec = dist_base64_decode(auth, &n);
		char *colon = dec ? memchr(dec, ':', n) : NULL;
		if (!colon)
			return ref_fail(why, "its \"auth\" is not base64 of user:password");
		creds->username = xstrndup(dec, (size_t)(colon - dec));
		creds->password = xstrdup(colon + 1);
		OPENSSL_cleanse(dec, n);
		return 1;
	}
	const char *user = json_string_value(json_object_get(entry, "username"));
	const char *pass = json_string_value(json_object_get(entry, "password"));
	const char *tok = json_string_value(json_object_get(entry, "identitytoken"));
	if (user && pass) {
		creds->username = xstrdup(user);
		creds->password = xstrdup(pass);
		return 1;
	}
	if (tok && *tok) {
		creds->username = xstrdup("<token>");
		creds->password = xstrdup(tok);
		return 1;
	}
	return 0;
}

int dist_auth_lookup(json_t *config, const char *domain, struct dist_creds *creds,
                     const char **helper, const char **why)
{
	memset(creds, 0, sizeof *creds);
	*helper = NULL;
	if (!json_is_object(config))
		return 0;
	/* a per-registry helper beats everything, then `auths`, then credsStore
	 * (docker's order) */
	json_t *helpers = json_object_get(config, "credHelpers");
	const char *k;
	json_t *v;
	if (json_is_object(helpers)) {
		json_object_foreach(helpers, k, v)
		{
			if (auth_key_matches(k, domain) && json_string_length(v) > 0) {
				*helper = json_string_value(v);
				return 2;
			}
		}
	}
	json_t *auths = json_object_get(config, "auths");
	if (json_is_object(auths)) {
		json_object_foreach(auths, k, v)
		{
			if (!auth_key_matches(k, domain))
				continue;
			int r = creds_from_entry(v, creds, why);
			if (r != 0)
				return r;
		}
	}
	const char *store = json_string_value(json_object_get(config, "credsStore"));
	if (store && *store) {
		*helper = store;
		return 2;
	}
	return 0;
}

/* --- manifests ------------------------------------------------------------ */

enum dist_media_kind dist_media_kind(const char *media_type, json_t *doc)
{
	static const struct {
		const char *type;
		enum dist_media_kind kind;
	} types[] = {
	        {"application/vnd.oci.image.manifest.v1+json", DIST_MEDIA_MANIFEST},
	        {"application/vnd.docker.distribution.manifest.v2+json", DIST_MEDIA_MANIFEST},
	        {"application/vnd.oci.image.index.v1+json", DIST_MEDIA_INDEX},
	        {"application/vnd.docker.distribution.manifest.list.v2+json", DIST_MEDIA_INDEX},
	        {"application/vnd.docker.distribution.manifest.v1+prettyjws", DIST_MEDIA_SCHEMA1},
	        {"application/vnd.docker.distribution.manifest.v1+json", DIST_MEDIA_SCHEMA1},
	};
	size_t n = media_type ? strcspn(media_type, "; \t") : 0;
	if (n == 0 || (n == 16 && strncmp(media_type, "application/json", 16) == 0) ||
	    (n == 10 && strncmp(media_type, "text/plain", 10) == 0)) {
		/* no (useful) type: the document's own, else its shape */
		const char *own = json_string_value(json_object_get(doc, "mediaType"));
		if (own && *own)
			return dist_media_kind(own, NULL);
		if (json_is_array(json_object_get(doc, "manifests")))
			return DIST_MEDIA_INDEX;
		if (json_is_object(json_object_get(doc, "config")))
			return DIST_MEDIA_MANIFEST;
		if (json_integer_value(json_object_get(doc, "schemaVersion")) == 1)
			return DIST_MEDIA_SCHEMA1;
		return DIST_MEDIA_UNKNOWN;
	}
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strlen(types[i].type) == n && strncmp(types[i].type, media_type, n) == 0)
			return types[i].kind;
	return DIST_MEDIA_UNKNOWN;
}

json_t *dist_index_pick(json_t *index, const char *os, const char *arch, const char *variant)
{
	json_t *list = json_object_get(index, "manifests");
	json_t *best = NULL;
	int best_score = 0;
	if (!variant && strcmp(arch, "arm64") == 0)
		variant = "v8";
	size_t i;
	json_t *m;
	json_array_foreach(list, i, m)
	{
		json_t *pf = json_object_get(m, "platform");
		const char *mos = json_string_value(json_object_get(pf, "os"));
		const char *march = json_string_value(json_object_get(pf, "architecture"));
		const char *mvar = json_string_value(json_object_get(pf, "variant"));
		if (!json_is_string(json_object_get(m, "digest")) || !mos || !march)
			continue;
		if (strcmp(mos, os) != 0 || strcmp(march, arch) != 0)
			continue;
		int score;
		if (mvar && variant && strcmp(mvar, variant) == 0)
			score = 3;
		else if (!mvar || !*mvar)
			score = 2;
		else if (!variant)
			score = 1;
		else
			continue;
		if (score > best_score) {
			best = m;
			best_score = score;
		}
	}
	return best;
}

/* --- base64 --------------------------------------------------------------- */

char *dist_base64_encode(const void *buf, size_t len)
{
	char *out = xmalloc(4 * ((len + 2) / 3) + 1);
	EVP_EncodeBlock((unsigned char *)out, buf, (int)len);
	return out;
}

char *dist_base64_decode(const char *s, size_t *len)
{
	size_t n = strlen(s);
	if (n == 0 || n % 4 != 0)
		return NULL;
	/* EVP_DecodeBlock skips blanks around the text: "\t\t\t\t" would
	 * decode to nothing, and a blank-padded string of another length not at
	 * all; Go's decoder (docker's) takes none */
	if (strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") != n)
		return NULL;
	unsigned char *out = xmalloc(n / 4 * 3 + 1);
	int r = EVP_DecodeBlock(out, (const unsigned char *)s, (int)n);
	if (r < 0) {
		free(out);
		return NULL;
	}
	/* EVP_DecodeBlock counts the '=' padding as zero bytes; more than two
	 * is no base64 (and "====" would take m below zero) */
	size_t pad = 0;
	while (pad < n && s[n - 1 - pad] == '=')
		pad++;
	if (pad > 2 || (size_t)r < pad) {
		free(out);
		return NULL;
	}
	size_t m = (size_t)r - pad;
	out[m] = '\0';
	if (len)
		*len = m;
	return (char *)out;
}

/* --- URLs ----------------------------------------------------------------- */

char *dist_url_resolve(const char *base, const char *location)
{
	if (strstr(location, "://"))
		return xstrdup(location);
	const char *scheme_end = strstr(base, "://");
	const char *host = scheme_end ? scheme_end + 3 : base;
	size_t origin = (size_t)(host - base) + strcspn(host, "/?");
	if (location[0] == '/')
		return xasprintf("%.*s%s", (int)origin, base, location);
	/* relative to the base's directory */
	const char *q = strchr(host, '?');
	size_t blen = q ? (size_t)(q - base) : strlen(base);
	const char *dir = memrchr(base + origin, '/', blen - origin);
	size_t keep = dir ? (size_t)(dir - base) + 1 : blen;
	return xasprintf("%.*s%s%s", (int)keep, base, dir ? "" : "/", location);
}
