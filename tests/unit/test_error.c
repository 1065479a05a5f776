/* strata: errors and the small helpers every room shares. */
#include <errno.h>

#include "tap.h"
#include "util.h"

#include "strata/error.h"

static void clean(const char *in, const char *want)
{
	char *got = util_path_clean(in);
	is_str(got, want, "path_clean('%s')", in);
	free(got);
}

int main(void)
{
	struct strata_error *err = NULL;
	is_int(strata_error_set(&err, STRATA_ENOENT, 0, "open '%s'", "x"), STRATA_ENOENT,
	       "error_set returns its code");
	is_str(err->msg, "open 'x'", "message formatted");
	is_int(strata_error_wrap(&err, "copy '%s'", "src/"), STRATA_ENOENT, "wrap keeps the code");
	is_str(err->msg, "copy 'src/': open 'x'", "wrap prefixes context");
	strata_error_set_where(&err, "Dockerfile:3");
	strata_error_set_where(&err, "Dockerfile:9");
	is_str(err->where, "Dockerfile:3", "the first location wins");
	strata_error_set(&err, STRATA_EIO, EACCES, "open '%s'", "y");
	is_str(err->msg, "open 'y': permission denied", "errno text appended, lowercase");
	ok(err->where == NULL, "a new error replaces the old one");
	strata_error_free(err);
	err = NULL;
	is_int(strata_error_wrap(&err, "nothing below"), STRATA_EIO, "wrap with no error is EIO");
	is_str(err->msg, "nothing below", "and keeps the context");
	strata_error_free(err);
	is_int(strata_error_set(NULL, STRATA_EINVAL, 0, "x"), STRATA_EINVAL, "NULL err is fine");
	strata_error_free(NULL);
	is_str(strata_strerror(STRATA_ECORRUPT), "corrupt content", "strerror");

	clean("/a/b/../c", "/a/c");
	clean("/../..//x/./y/", "/x/y");
	clean("a/../../b", "../b");
	clean("./", ".");
	clean("/", "/");
	clean("a//b/.", "a/b");

	char *j = util_path_join("/a/", "/b");
	is_str(j, "/a/b", "path_join drops extra slashes");
	free(j);
	j = util_path_join("/", "b");
	is_str(j, "/b", "path_join at the root");
	free(j);

	const char *v[] = {"a", "b", NULL};
	char **d = util_strv_dup(v);
	is_int(util_strv_len((const char *const *)d), 2, "strv_dup");
	is_str(d[1], "b", "strv_dup copies");
	util_strv_free(d);
	return done_testing();
}
