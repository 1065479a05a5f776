/* registry-distribution: the pure parts — registry hosts, WWW-Authenticate,
 * config.json lookups, base64, Location. No I/O here, so the unit test
 * compiles this file directly. (References and manifest kinds, which the
 * archive plugin reads too, are in plugins/common: image_ref.c, manifest.c.) */
#include <ctype.h>
#include <string.h>

#include <openssl/evp.h>

#include "dist.h"
#include "util.h"

/* --- registry hosts ------------------------------------------------------- */

const char *dist_registry_host(const char *domain)
{
	return strcmp(domain, "docker.io") == 0 ? "registry-1.docker.io" : domain;
}

/* A failure with its reason in *why. */
static int why_fail(const char **why, const char *reason)
{
	if (why)
		*why = reason;
	return -1;
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
		return why_fail(why, "its entry is not an object");
	const char *auth = json_string_value(json_object_get(entry, "auth"));
	if (auth && *auth) {
		size_t n;
		AUTOFREE char *dec = dist_base64_decode(auth, &n);
		char *colon = dec ? memchr(dec, ':', n) : NULL;
		if (!colon)
			return why_fail(why, "its \"auth\" is not base64 of user:password");
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
