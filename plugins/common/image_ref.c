/* plugins/common: image references, parsed as docker parses them (see
 * image_ref.h). Pure: no I/O, no host table, so tests and fuzzers link it. */
#include "image_ref.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void image_ref_release(struct image_ref *r)
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

int image_ref_parse(const char *s, struct image_ref *out, const char **why)
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

char *image_ref_string(const struct image_ref *r)
{
	if (r->digest)
		return xasprintf("%s/%s@%s", r->domain, r->path, r->digest);
	return xasprintf("%s/%s:%s", r->domain, r->path, r->tag);
}

const char *image_ref_reference(const struct image_ref *r)
{
	return r->digest ? r->digest : r->tag;
}
