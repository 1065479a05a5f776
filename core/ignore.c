/* strata: .dockerignore patterns (see include/strata/ignore.h).
 *
 * The rules are moby's patternmatcher's, which compiles each pattern to a
 * regular expression: "*" is any run of non-slashes, "**" any run of
 * whole directories (or anything at all at the end). This is a direct
 * matcher with the same meaning, so no regex engine is needed. */
#include "strata/ignore.h"

#include <stdint.h>
#include <string.h>

#include "strata/error.h"
#include "util.h"

struct ignore_pattern {
	char *text;   /* cleaned, without the "!" */
	char **parts; /* text split at "/", for strata_ignore_may_reinclude() */
	size_t nparts;
	int exception;
	/* moby matches a pattern that is "**" and then no wildcard as a plain
	 * suffix: "**.go" is every .go file, "**file" also "dir/xfile" */
	int suffix;
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

/* A match in progress: the whole pattern and string, and which (pattern,
 * string) positions are known not to match. Each "*" tries every place its
 * run could end, so without the memo a pattern of many stars takes time
 * exponential in their number (fuzzing found "****…" lines that took
 * seconds on one path); with it each pair of positions is tried once. */
struct pattern_matcher {
	const char *p0, *s0;
	size_t slen;
	unsigned char *failed; /* a bit per (pattern, string) position pair */
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
			if (p[1] == '*') {
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
static int pattern_match(const char *p, const char *s)
{
	if (!strchr(p, '*'))
		return pattern_match_at(NULL, p, s); /* no backtracking */
	size_t plen = strlen(p), slen = strlen(s);
	struct pattern_matcher m = {p, s, slen, NULL};
	m.failed = xzalloc(((plen + 1) * (slen + 1) + 7) / 8);
	int r = pattern_match_at(&m, p, s);
	free(m.failed);
	return r;
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

static void split_parts(struct ignore_pattern *ip)
{
	ip->nparts = 1;
	for (const char *s = ip->text; *s; s++)
		ip->nparts += *s == '/';
	ip->parts = xzalloc((ip->nparts + 1) * sizeof(*ip->parts));
	const char *s = ip->text;
	for (size_t i = 0; i < ip->nparts; i++) {
		size_t len = strcspn(s, "/");
		ip->parts[i] = xstrndup(s, len);
		s += len + (s[len] == '/');
	}
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
		ip->suffix = strncmp(p, "**", 2) == 0 && !p[2 + strcspn(p + 2, "*?[]\\")];
		split_parts(ip);
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

static int ignore_pattern_match(const struct ignore_pattern *ip, const char *path)
{
	if (!ip->suffix)
		return pattern_match(ip->text, path);
	const char *suffix = ip->text + 2;
	size_t n = strlen(path), k = strlen(suffix);
	if (n >= k && strcmp(path + n - k, suffix) == 0)
		return 1;
	return suffix[0] == '/' &&
	       strcmp(path, suffix + 1) == 0; /* "**" "/foo" also matches "foo" */
}

/* 1 when ip matches path or one of its parent directories. path is
 * writable scratch; it is restored before returning. */
static int match_or_parent(const struct ignore_pattern *ip, char *path)
{
	if (ignore_pattern_match(ip, path))
		return 1;
	for (char *s = path; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		int m = ignore_pattern_match(ip, path);
		*s = '/';
		if (m)
			return 1;
	}
	return 0;
}

int strata_ignore_match(const struct strata_ignore *ig, const char *relpath)
{
	if (!ig || !ig->n)
		return 0;
	AUTOFREE char *path = ignore_relpath(relpath);
	if (strcmp(path, ".") == 0)
		return 0;
	int excluded = 0;
	for (size_t i = 0; i < ig->n; i++) {
		const struct ignore_pattern *ip = &ig->pats[i];
		/* last match wins: only a pattern that would change the
		 * verdict needs to be tried */
		if (ip->exception != excluded)
			continue;
		if (match_or_parent(ip, path))
			excluded = !ip->exception;
	}
	return excluded;
}

/* 1 when ip, an exception, could match the directory whose components are
 * dirs[0..nd), one of its parents, or something below it. */
static int could_match_below(const struct ignore_pattern *ip, char **dirs, size_t nd)
{
	for (size_t i = 0; i < nd; i++) {
		if (i >= ip->nparts)
			return 1; /* it matches a parent: all below is re-included */
		if (strstr(ip->parts[i], "**"))
			return 1; /* any depth: cannot rule it out */
		if (!pattern_match(ip->parts[i], dirs[i]))
			return 0;
	}
	return 1;
}

int strata_ignore_may_reinclude(const struct strata_ignore *ig, const char *dir_relpath)
{
	if (!ig || !ig->n)
		return 0;
	AUTOFREE char *path = ignore_relpath(dir_relpath);
	struct ignore_pattern dir = {.text = path};
	size_t from = 0;
	if (strcmp(path, ".") != 0) {
		split_parts(&dir);
		/* Every path below the dir is matched, through this dir, by the
		 * last plain pattern that matches the dir or a parent: only
		 * exceptions after that one can flip a verdict inside. */
		for (size_t i = ig->n; i-- > 0;) {
			if (!ig->pats[i].exception && match_or_parent(&ig->pats[i], path)) {
				from = i + 1;
				break;
			}
		}
	}
	int may = 0;
	for (size_t i = from; i < ig->n && !may; i++)
		if (ig->pats[i].exception)
			may = could_match_below(&ig->pats[i], dir.parts, dir.nparts);
	util_strv_free(dir.parts);
	return may;
}

void strata_ignore_free(struct strata_ignore *ig)
{
	if (!ig)
		return;
	for (size_t i = 0; i < ig->n; i++) {
		free(ig->pats[i].text);
		util_strv_free(ig->pats[i].parts);
	}
	free(ig->pats);
	free(ig);
}
