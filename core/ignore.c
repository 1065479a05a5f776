/* strata: .dockerignore patterns (see include/strata/ignore.h).
 *
 * The rules are those of docker 20.10, checked against it with the
 * sem-ignore-* conformance cases: moby's fileutils compiles each pattern to
 * a regular expression ("*" any run of non-slashes, "**" any run of whole
 * directories, or anything at all at the end), and the context walk of
 * fsutil skips an excluded directory unless an exception's text starts
 * with its path. This is a direct matcher with the same meaning, so no
 * regex engine is needed. */
#include "strata/ignore.h"

#include <stdint.h>
#include <string.h>

#include "copy_private.h"
#include "strata/error.h"
#include "util.h"

struct ignore_pattern {
	char *text;    /* cleaned, without the "!" */
	size_t nparts; /* its components */
	int exception;
};

struct strata_ignore {
	struct ignore_pattern *pats;
	size_t n;
};

/* Go's strings.TrimSpace, for the ASCII spaces a .dockerignore can hold. */
static char *ignore_trim(const char *s)
{
	static const char spaces[] = " \t\n\v\f\r";
	s += strspn(s, spaces);
	size_t n = strlen(s);
	while (n > 0 && strchr(spaces, s[n - 1]))
		n--;
	return xstrndup(s, n);
}

/* One line or pattern: trimmed, "!" split off, cleaned like filepath.Clean,
 * a leading "/" dropped (moby's ignorefile.ReadAll). NULL for a blank one;
 * "" for a "!" with nothing after it, which the caller rejects or keeps. */
static char *ignore_clean(const char *raw, int *exception)
{
	AUTOFREE char *t = ignore_trim(raw);
	if (!*t)
		return NULL;
	*exception = t[0] == '!';
	AUTOFREE char *body = *exception ? ignore_trim(t + 1) : xstrdup(t);
	if (!*body)
		return steal_pointer(&body);
	char *c = util_path_clean(body);
	if (c[0] == '/' && c[1]) {
		memmove(c, c + 1, strlen(c));
	}
	return c;
}

/* One UTF-8 character at s: its length, and *c its code point (a stray byte
 * stands for itself), so "?" and classes see characters as Go does. */
static size_t utf8_char(const char *s, uint32_t *c)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = u[0] < 0x80         ? 1
	           : (u[0] >> 5) == 6  ? 2
	           : (u[0] >> 4) == 14 ? 3
	           : (u[0] >> 3) == 30 ? 4
	                               : 0;
	if (n <= 1) {
		*c = u[0];
		return 1;
	}
	uint32_t v = u[0] & (0x7f >> n);
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80) {
			*c = u[0];
			return 1;
		}
		v = v << 6 | (u[i] & 0x3f);
	}
	*c = v;
	return n;
}

/* A class member: a character or "\"-escaped one; "-" and "]" must be
 * escaped (Go's filepath.Match). NULL when malformed. */
static const char *class_char(const char *p, uint32_t *c)
{
	if (*p == '\0' || *p == '-' || *p == ']')
		return NULL;
	if (*p == '\\' && !*++p)
		return NULL;
	return p + utf8_char(p, c);
}

/* p is just past a "[": scan the class, set *hit when c is in it, and return
 * what follows the "]", or NULL when the class is malformed. */
static const char *class_scan(const char *p, uint32_t c, int *hit)
{
	int negate = *p == '^', in = 0;
	p += negate;
	for (int terms = 0;; terms++) {
		if (*p == ']' && terms > 0)
			break;
		uint32_t lo, hi;
		if (!(p = class_char(p, &lo)))
			return NULL;
		hi = lo;
		if (*p == '-' && !(p = class_char(p + 1, &hi)))
			return NULL;
		in |= lo <= c && c <= hi;
	}
	*hit = in != negate;
	return p + 1;
}

/* 0 when the pattern is well formed (what moby checks with filepath.Match). */
static int pattern_check(const char *p)
{
	while (*p) {
		int hit;
		if (*p == '\\') {
			if (!p[1])
				return -1;
			p += 2;
		} else if (*p == '[') {
			if (!(p = class_scan(p + 1, 0, &hit)))
				return -1;
		} else {
			p++;
		}
	}
	return 0;
}

/* A match in progress (globstar: "**" is moby's any run of whole
 * directories; else it is two "*", as Go's filepath.Match has it): the whole pattern and string,
 * and which (pattern, string) positions are known not to match. Each "*" tries every place its run
 * could end, so without the memo a pattern of many stars takes time exponential in their number
 * (fuzzing found "****…" lines that took seconds on one path); with it each pair of positions is
 * tried once. */
struct pattern_matcher {
	const char *p0, *s0;
	size_t slen;
	unsigned char *failed; /* a bit per (pattern, string) position pair */
	int globstar;          /* "**" is moby's any run of whole directories */
};

static int pattern_match_at(struct pattern_matcher *m, const char *p, const char *s);

/* pattern_match_at, remembering a failure */
static int pattern_try(struct pattern_matcher *m, const char *p, const char *s)
{
	size_t bit = (size_t)(p - m->p0) * (m->slen + 1) + (size_t)(s - m->s0);
	if (m->failed[bit / 8] & (1u << (bit % 8)))
		return 0;
	if (pattern_match_at(m, p, s))
		return 1;
	m->failed[bit / 8] |= (unsigned char)(1u << (bit % 8));
	return 0;
}

static int pattern_match_at(struct pattern_matcher *m, const char *p, const char *s)
{
	for (;;) {
		uint32_t c;
		int hit;
		switch (*p) {
		case '\0': return *s == '\0';
		case '*':
			if (p[1] == '*' && m->globstar) {
				/* "**" is any run of whole directories, none
				 * included, or at the end anything at all */
				p += 2;
				if (*p == '/')
					p++;
				if (!*p)
					return 1;
				if (pattern_try(m, p, s))
					return 1;
				for (; *s; s++)
					if (*s == '/' && pattern_try(m, p, s + 1))
						return 1;
				return 0;
			}
			for (p++;; s++) {
				if (pattern_try(m, p, s))
					return 1;
				if (!*s || *s == '/')
					return 0;
			}
		case '?':
			if (!*s || *s == '/')
				return 0;
			s += utf8_char(s, &c);
			p++;
			break;
		case '[':
			/* unlike moby's regex, a class never matches "/": a
			 * pattern's components stay components */
			if (!*s || *s == '/')
				return 0;
			s += utf8_char(s, &c);
			p = class_scan(p + 1, c, &hit);
			if (!p || !hit)
				return 0;
			break;
		case '\\':
			if (p[1])
				p++;
			/* fallthrough */
		default:
			if (*p != *s)
				return 0;
			p++;
			s++;
		}
	}
}

/* 1 when all of s matches p. */
static int pattern_match(const char *p, const char *s, int globstar)
{
	if (!strchr(p, '*'))
		return pattern_match_at(NULL, p, s); /* no backtracking */
	size_t plen = strlen(p), slen = strlen(s);
	struct pattern_matcher m = {p, s, slen, NULL, globstar};
	m.failed = xzalloc(((plen + 1) * (slen + 1) + 7) / 8);
	int r = pattern_match_at(&m, p, s);
	free(m.failed);
	return r;
}

int ignore_glob_match(const char *pattern, const char *name)
{
	return pattern_match(pattern, name, 0);
}

int strata_ignore_parse(const char *text, char ***patterns)
{
	char **out = xzalloc(sizeof(*out));
	size_t n = 0;
	/* a UTF-8 byte order mark is not part of the first pattern */
	if (strncmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3;
	while (*text) {
		size_t len = strcspn(text, "\n");
		AUTOFREE char *line = xstrndup(text, len);
		text += len + (text[len] == '\n');
		/* only a "#" in the first column makes a comment (moby) */
		if (line[0] == '#')
			continue;
		int exception = 0;
		AUTOFREE char *p = ignore_clean(line, &exception);
		if (!p)
			continue;
		out = xrealloc(out, (n + 2) * sizeof(*out));
		out[n++] = exception ? xasprintf("!%s", p) : steal_pointer(&p);
		out[n] = NULL;
	}
	*patterns = out;
	return 0;
}

int strata_ignore_new(const char *const *patterns, struct strata_ignore **out,
                      struct strata_error **err)
{
	struct strata_ignore *ig = xzalloc(sizeof(*ig));
	size_t max = util_strv_len(patterns);
	ig->pats = xzalloc((max ? max : 1) * sizeof(*ig->pats));
	for (size_t i = 0; i < max; i++) {
		int exception = 0;
		char *p = ignore_clean(patterns[i], &exception);
		if (!p)
			continue;
		if (!*p || pattern_check(p) < 0) {
			const char *why =
			        *p ? "syntax error in pattern" : "exception names nothing";
			strata_error_set(err, STRATA_EINVAL, 0, "ignore pattern '%s': %s",
			                 patterns[i], why);
			free(p);
			strata_ignore_free(ig);
			return STRATA_EINVAL;
		}
		struct ignore_pattern *ip = &ig->pats[ig->n++];
		ip->text = p;
		ip->exception = exception;
		ip->nparts = 1;
		for (const char *c = p; *c; c++)
			ip->nparts += *c == '/';
	}
	*out = ig;
	return 0;
}

/* Clean relpath the way the patterns were: no "./", no leading "/". */
static char *ignore_relpath(const char *relpath)
{
	char *c = util_path_clean(relpath);
	if (c[0] == '/')
		memmove(c, c + 1, strlen(c));
	if (!*c) {
		free(c);
		c = xstrdup(".");
	}
	return c;
}

/* 1 when ip matches path, or the parent of path that has as many
 * components as ip (moby's Matches of docker 20.10, which tries that one
 * parent only). path is writable scratch; it is restored before returning. */
static int match_or_parent(const struct ignore_pattern *ip, char *path)
{
	if (pattern_match(ip->text, path, 1))
		return 1;
	size_t seen = 0;
	for (char *s = path; *s; s++) {
		if (*s != '/' || ++seen < ip->nparts)
			continue;
		*s = '\0';
		int m = pattern_match(ip->text, path, 1);
		*s = '/';
		return m;
	}
	return 0;
}

/* moby's verdict on a cleaned path: the last pattern that matches it (or
 * its parent, as above) decides. */
static int matches(const struct strata_ignore *ig, char *path)
{
	int excluded = 0;
	for (size_t i = 0; i < ig->n; i++) {
		const struct ignore_pattern *ip = &ig->pats[i];
		/* only a pattern that would change the verdict needs trying */
		if (ip->exception != excluded)
			continue;
		if (match_or_parent(ip, path))
			excluded = !ip->exception;
	}
	return excluded;
}

/* Whether the context walk descends into the excluded directory path:
 * fsutil's rule in docker 20.10, an exception whose text (plus "/") starts
 * with "path/" - literally, wildcards are not expanded. */
static int descends(const struct strata_ignore *ig, const char *path)
{
	size_t n = strlen(path);
	for (size_t i = 0; i < ig->n; i++) {
		const char *t = ig->pats[i].text;
		if (ig->pats[i].exception && strncmp(t, path, n) == 0 && (t[n] == '/' || !t[n]))
			return 1;
	}
	return 0;
}

int ignore_match_child(const struct strata_ignore *ig, const char *relpath)
{
	if (!ig || !ig->n)
		return 0;
	AUTOFREE char *path = ignore_relpath(relpath);
	return strcmp(path, ".") != 0 && matches(ig, path);
}

int strata_ignore_match(const struct strata_ignore *ig, const char *relpath)
{
	if (!ig || !ig->n)
		return 0;
	AUTOFREE char *path = ignore_relpath(relpath);
	if (strcmp(path, ".") == 0)
		return 0;
	/* the walk never reached path when it skipped a directory above it */
	for (char *s = path; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		int skipped = matches(ig, path) && !descends(ig, path);
		*s = '/';
		if (skipped)
			return 1;
	}
	return matches(ig, path);
}

int strata_ignore_may_reinclude(const struct strata_ignore *ig, const char *dir_relpath)
{
	if (!ig || !ig->n)
		return 0;
	AUTOFREE char *path = ignore_relpath(dir_relpath);
	if (strcmp(path, ".") == 0) {
		for (size_t i = 0; i < ig->n; i++)
			if (ig->pats[i].exception)
				return 1;
		return 0;
	}
	return descends(ig, path);
}

void strata_ignore_free(struct strata_ignore *ig)
{
	if (!ig)
		return;
	for (size_t i = 0; i < ig->n; i++) {
		free(ig->pats[i].text);
	}
	free(ig->pats);
	free(ig);
}
