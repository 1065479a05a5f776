/* strata: .dockerignore matching (core/ignore.c), against moby's rules. */
#include "tap.h"

#include <string.h>
#include <time.h>

#include <strata/error.h>
#include <strata/ignore.h>

#include "util.h"

#define P(...) ((const char *const[]){__VA_ARGS__, NULL})

struct match_case {
	const char *const *patterns;
	const char *path;
	int excluded;
};

/* Most single-pattern cases are moby's patternmatcher TestMatches, read with
 * MatchesOrParentMatches (a match on a parent counts). */
static const struct match_case match_cases[] = {
        {P("**"), "file", 1},
        {P("**"), "dir/file", 1},
        {P("**/"), "file", 1},
        {P("**/**"), "dir/file", 1},
        {P("dir/**"), "dir/file", 1},
        {P("dir/**"), "dir/dir2/file", 1},
        {P("dir/**"), "dir", 0},
        {P("**/dir"), "dir", 1},
        {P("**/dir"), "dir/file", 1},
        {P("**/dir"), "a/b/dir/file", 1},
        {P("**/dir2/*"), "dir/dir2/file", 1},
        {P("**/dir2/**"), "dir/dir2/dir3/file", 1},
        {P("**file"), "file", 1},
        {P("**file"), "dir/file", 1},
        /* docker 20.10 matches "**" + text by its regex (.*\/)?text, not as a
         * suffix as later patternmatchers do (sem-ignore-suffix) */
        {P("**file"), "dir/xfile", 0},
        {P("**.go"), "a/b/c.go", 0},
        {P("**.go"), "a/b/.go", 1},
        {P("**.go"), ".go", 1},
        {P("**.go"), "a/b/c.goo", 0},
        /* a path below a directory the walk skipped is out, whichever
         * parent the pattern matched */
        {P("**/x"), "a/b/x/f", 1},
        {P("sub/*/deep"), "sub/a/deep/in/g", 1},
        {P("**/dir"), "a/xdir", 0},
        {P("**/file*.txt"), "dir/dir/file.txt", 1},
        {P("**/**/*.txt2"), "dir/dir/file.txt", 0},
        {P("**/*.txt"), "file.txt", 1},
        {P("a**/*.txt"), "a/file.txt", 1},
        {P("a**/*.txt"), "a/dir/dir/file.txt", 1},
        {P("a/*.txt"), "a/dir/file.txt", 0},
        {P("a/*.txt"), "a/file.txt", 1},
        {P("a/*.txt**"), "a/file.txt", 1},
        {P("a[b-d]e"), "ae", 0},
        {P("a[b-d]e"), "ace", 1},
        {P("a[b-d]e"), "aae", 0},
        {P("a[^b-d]e"), "aze", 1},
        {P("a[^b-d]e"), "a/e", 0},
        {P("[\\]a]"), "]", 1},
        {P("[x\\-]"), "-", 1},
        {P("[x\\-]"), "z", 0},
        {P(".*"), ".foo", 1},
        {P(".*"), "foo", 0},
        {P("*"), ".hidden", 1},
        {P("abc.def"), "abcZdef", 0},
        {P("abc?def"), "abcZdef", 1},
        {P("abc?def"), "abcdef", 0},
        {P("a?b"),
         "a\xe2\x98\xba"
         "b",
         1}, /* "?" is one character, not one byte */
        {P("a???b"),
         "a\xe2\x98\xba"
         "b",
         0},
        {P("a*b"), "a/b", 0},
        {P("a?b"), "a/b", 0},
        {P("**/foo/bar"), "foo/bar", 1},
        {P("**/foo/bar"), "dir/dir2/foo/bar", 1},
        {P("abc/**"), "abc", 0},
        {P("abc/**"), "abc/def/ghi", 1},
        {P("**/.foo"), ".foo", 1},
        {P("**/.foo"), "bar.foo", 0},
        {P("a(b)c/def"), "a(b)c/def", 1},
        {P("a.|)$(}+{bc"), "a.|)$(}+{bc", 1},
        {P("a\\\\"), "a\\", 1},
        {P("a\\*b"), "a*b", 1},
        {P("a\\*b"), "axb", 0},
        {P("*x"), "xxx", 1},
        {P("*.go"), ".", 0},
        /* a pattern naming a directory excludes what is inside it */
        {P("docs"), "docs/README.md", 1},
        {P("docs/"), "docs/sub/README.md", 1},
        {P("docs"), "docsier", 0},
        /* exceptions, last match wins */
        {P("*.go", "!fileutils.go"), "fileutils.go", 0},
        {P("!fileutils.go", "*.go"), "fileutils.go", 1},
        {P("docs", "!docs/README.md"), "docs/README.md", 0},
        {P("docs", "!docs/README.md"), "docs/other.md", 1},
        {P("docs/*", "!docs/README.md"), "docs/README.md", 0},
        {P("**", "!util/docker/web"), "util/docker/web/foo", 0},
        {P("**", "!util/docker/web", "util/docker/web/foo"), "util/docker/web/foo", 1},
        {P("**", "!dist/*.whl"), "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", 0},
        /* cleaning: leading "/", "..", ".", doubled slashes, spaces */
        {P("/docs"), "docs/x", 1},
        {P("docs/../src"), "src/main.c", 1},
        {P("docs/../src"), "docs/x", 0},
        {P("./a//b/"), "a/b", 1},
        {P("  a  "), "a", 1},
        {P("  !a", "b"), "a", 0},
        {P("../x"), "x", 0},
        {P("x"), "./x", 1},
        {P("x"), "/x/y", 1},
};

static int match_with(const char *const *patterns, const char *path)
{
	struct strata_ignore *ig = NULL;
	struct strata_error *err = NULL;
	if (strata_ignore_new(patterns, &ig, &err) < 0) {
		diag("strata_ignore_new: %s", err->msg);
		strata_error_free(err);
		return -1;
	}
	int r = strata_ignore_match(ig, path);
	strata_ignore_free(ig);
	return r;
}

static char *join_patterns(const char *const *p)
{
	struct util_buf b = {0};
	for (; *p; p++)
		util_buf_printf(&b, "%s\"%s\"", b.len ? " " : "", *p);
	return b.data;
}

static void test_matches(void)
{
	for (size_t i = 0; i < sizeof match_cases / sizeof match_cases[0]; i++) {
		const struct match_case *c = &match_cases[i];
		AUTOFREE char *desc = join_patterns(c->patterns);
		is_int(match_with(c->patterns, c->path), c->excluded, "[%s] %s '%s'", desc,
		       c->excluded ? "excludes" : "keeps", c->path);
	}
}

static void test_bad_patterns(void)
{
	static const char *const bad[] = {"!",    "[",       "a[", "[^bc", "[]a]", "[-x]",
	                                  "[x-]", "[a-b-c]", "\\", "ok/[", "  !  "};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct strata_ignore *ig = NULL;
		struct strata_error *err = NULL;
		const char *pats[] = {"fine", bad[i], NULL};
		is_int(strata_ignore_new(pats, &ig, &err), STRATA_EINVAL,
		       "bad pattern '%s' rejected", bad[i]);
		ok(ig == NULL, "no matcher for '%s'", bad[i]);
		like(err ? err->msg : NULL, "ignore pattern '", "message names the pattern");
		strata_error_free(err);
	}
	struct strata_ignore *ig = NULL;
	is_int(strata_ignore_new(NULL, &ig, NULL), 0, "NULL pattern list is empty");
	is_int(strata_ignore_match(ig, "anything"), 0, "empty set excludes nothing");
	is_int(strata_ignore_may_reinclude(ig, "dir"), 0, "empty set re-includes nothing");
	strata_ignore_free(ig);
	is_int(strata_ignore_match(NULL, "x"), 0, "NULL set excludes nothing");
	strata_ignore_free(NULL);
}

static void test_parse(void)
{
	const char *text = "\xef\xbb\xbf# a comment\n"
	                   "\n"
	                   "   \n"
	                   "node_modules\r\n"
	                   "  *.log  \n"
	                   " # not a comment: only column 1 counts\n"
	                   "/abs/path\n"
	                   "a/../b\n"
	                   "../up\n"
	                   "/../../root\n"
	                   "!  keep.log\n"
	                   "!/docs/../README.md\n"
	                   "!\n"
	                   "/\n"
	                   "last";
	static const char *const want[] = {"node_modules",
	                                   "*.log",
	                                   "# not a comment: only column 1 counts",
	                                   "abs/path",
	                                   "b",
	                                   "../up",
	                                   "root",
	                                   "!keep.log",
	                                   "!README.md",
	                                   "!",
	                                   "/",
	                                   "last",
	                                   NULL};
	char **got = NULL;
	is_int(strata_ignore_parse(text, &got), 0, "parse succeeds");
	size_t n = util_strv_len((const char *const *)got);
	is_int(n, util_strv_len(want), "parse yields every pattern line");
	for (size_t i = 0; i < n && want[i]; i++)
		is_str(got[i], want[i], "pattern %zu", i);
	util_strv_free(got);

	got = NULL;
	is_int(strata_ignore_parse("", &got), 0, "empty text");
	ok(got && got[0] == NULL, "empty text yields no patterns");
	util_strv_free(got);
}

/* A .dockerignore, parsed then compiled: the path the context walk takes. */
static void test_parsed_file(void)
{
	char **pats = NULL;
	strata_ignore_parse("# build junk\n*.o\n/build\n!build/keep.txt\n**/.git\n", &pats);
	struct strata_ignore *ig = NULL;
	is_int(strata_ignore_new((const char *const *)pats, &ig, NULL), 0, "parsed file compiles");
	is_int(strata_ignore_match(ig, "main.o"), 1, "*.o excluded");
	is_int(strata_ignore_match(ig, "src/main.o"), 0, "*.o is not recursive");
	is_int(strata_ignore_match(ig, "build/out"), 1, "/build excludes its contents");
	is_int(strata_ignore_match(ig, "build/keep.txt"), 0, "!build/keep.txt re-includes");
	is_int(strata_ignore_match(ig, "a/b/.git/config"), 1, "**/.git at depth");
	is_int(strata_ignore_match(ig, "main.c"), 0, "main.c kept");
	strata_ignore_free(ig);
	util_strv_free(pats);
}

/* docker 20.10's context walk (fsutil): an excluded directory is walked, and
 * is in the context itself, when an exception's text starts with its path -
 * literally, whatever wildcards either holds (sem-ignore-except). */
static void test_may_reinclude(void)
{
	struct strata_ignore *ig = NULL;
	strata_ignore_new(P("build", "!build/keep/*.txt"), &ig, NULL);
	is_int(strata_ignore_may_reinclude(ig, "build"), 1, "exception below build");
	is_int(strata_ignore_may_reinclude(ig, "build/keep"), 1, "exception below build/keep");
	is_int(strata_ignore_may_reinclude(ig, "build/other"), 0, "nothing below build/other");
	is_int(strata_ignore_may_reinclude(ig, "src"), 0, "unrelated dir");
	strata_ignore_free(ig);

	strata_ignore_new(P("dir1", "!dir1/keep", "!dir1/**/keep"), &ig, NULL);
	is_int(strata_ignore_may_reinclude(ig, "dir1"), 1, "dir1: its exceptions start with it");
	is_int(strata_ignore_may_reinclude(ig, "dir1/sub"), 0,
	       "dir1/sub: no exception starts with it (** is not expanded)");
	is_int(strata_ignore_match(ig, "dir1/keep"), 0, "dir1/keep re-included");
	is_int(strata_ignore_match(ig, "dir1/sub/keep"), 1,
	       "dir1/sub/keep out: the walk skipped dir1/sub, though !dir1/**/keep matches it");
	strata_ignore_free(ig);

	strata_ignore_new(P("dir2/**", "!dir2/**/*.go"), &ig, NULL);
	is_int(strata_ignore_match(ig, "dir2"), 0, "dir2/** does not match dir2");
	is_int(strata_ignore_match(ig, "dir2/x.go"), 0, "dir2/x.go re-included");
	is_int(strata_ignore_match(ig, "dir2/a/b.go"), 1, "dir2/a/b.go: dir2/a was skipped");
	strata_ignore_free(ig);

	strata_ignore_new(P("!build/keep", "build"), &ig, NULL);
	is_int(strata_ignore_may_reinclude(ig, "build"), 1,
	       "the order does not count for the walk: build is walked");
	is_int(strata_ignore_match(ig, "build/keep"), 1, "but build/keep stays out");
	strata_ignore_free(ig);

	strata_ignore_new(P("*", "!x"), &ig, NULL);
	is_int(strata_ignore_may_reinclude(ig, "."), 1, "the root, with an exception");
	strata_ignore_free(ig);
	strata_ignore_new(P("*"), &ig, NULL);
	is_int(strata_ignore_may_reinclude(ig, "."), 0, "the root, without one");
	strata_ignore_free(ig);
}

/* "*a*a*…*a*b" on "aaa…a": each star tried every place its run could end
 * took exponential time (found by fuzzing: seconds for one path) */
static void test_many_stars(void)
{
	struct util_buf pat = {0};
	for (int i = 0; i < 30; i++)
		util_buf_addstr(&pat, "*a");
	util_buf_addstr(&pat, "*b");
	char path[301];
	memset(path, 'a', 300);
	path[300] = '\0';
	struct strata_ignore *ig = NULL;
	const char *const pats[] = {pat.data, "**a**a**a**a**a**a**a**a**a**a**a**a**b", NULL};
	ok(strata_ignore_new(pats, &ig, NULL) == 0, "patterns of many stars compile");
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	is_int(strata_ignore_match(ig, path), 0, "no match for many stars on a long name");
	path[299] = 'b';
	is_int(strata_ignore_match(ig, path), 1, "and a match where there is one");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	ok(s < 1.0, "in %.3f s (under 1 s)", s);
	strata_ignore_free(ig);
	util_buf_release(&pat);
}

int main(void)
{
	test_many_stars();
	test_matches();
	test_bad_patterns();
	test_parse();
	test_parsed_file();
	test_may_reinclude();
	return done_testing();
}
