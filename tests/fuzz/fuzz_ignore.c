/* Fuzz the .dockerignore matcher (core/ignore.c).
 *
 * Input: the text of a .dockerignore, then a NUL byte, then paths to match,
 * one per line (without a NUL, the text is also read as the paths).
 *
 * Properties checked: parsing never fails; compiling fails only with a
 * message; matching answers 0 or 1, always 0 for "."; a directory that may
 * be skipped whole (strata_ignore_may_reinclude() says 0) is excluded, and
 * so is everything below it (the walker relies on this to skip it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <strata/error.h>
#include <strata/ignore.h>

#include "fuzz.h"
#include "util.h"

static void match_path(const struct strata_ignore *ig, const char *path)
{
	int m = strata_ignore_match(ig, path);
	if (m != 0 && m != 1)
		fuzz_fail("match '%s' answered %d", path, m);
	int may = strata_ignore_may_reinclude(ig, path);
	if (may != 0 && may != 1)
		fuzz_fail("may_reinclude '%s' answered %d", path, may);
	/* (only for a clean relative path: "a/.." and "a/../x" are not parent and
	 * child) */
	AUTOFREE char *clean = util_path_clean(path);
	if (m == 1 && may == 0 && !strcmp(clean, path) && path[0] != '/' && strcmp(path, "..") &&
	    strncmp(path, "../", 3)) {
		/* skipped whole: what is below must be excluded too */
		AUTOFREE char *child = xasprintf("%s/x", path);
		if (strata_ignore_match(ig, child) != 1)
			fuzz_fail("'%s' is excluded and may be skipped whole, but '%s' is not "
			          "excluded",
			          path, child);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nul = memchr(data, 0, size);
	size_t tlen = nul ? (size_t)(nul - (const char *)data) : size;
	AUTOFREE char *text = xstrndup((const char *)data, tlen);
	const char *pstart = nul ? nul + 1 : (const char *)data;
	size_t plen = nul ? size - tlen - 1 : size;
	AUTOFREE char *paths = xstrndup(pstart, plen);

	char **patterns = NULL;
	if (strata_ignore_parse(text, &patterns) != 0)
		fuzz_fail("parse failed");
	struct strata_ignore *ig = NULL;
	struct strata_error *err = NULL;
	int r = strata_ignore_new((const char *const *)patterns, &ig, &err);
	util_strv_free(patterns);
	if (r < 0) {
		if (!err || !err->msg || !*err->msg)
			fuzz_fail("compile failed (%d) without a message", r);
		strata_error_free(err);
		return 0;
	}
	if (strata_ignore_match(ig, ".") != 0)
		fuzz_fail("'.' is excluded");
	char *save = NULL;
	for (char *p = strtok_r(paths, "\n", &save); p; p = strtok_r(NULL, "\n", &save))
		if (*p)
			match_path(ig, p);
	strata_ignore_free(ig);
	return 0;
}
