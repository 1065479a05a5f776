/* strata: .dockerignore patterns, with the rules of docker 20.10 (moby's
 * fileutils and the fsutil context walk; checked against docker itself).
 *
 * A pattern is a slash-separated path relative to the context root:
 *   *      any run of characters except "/"
 *   ?      one character except "/"
 *   [a-z]  a class ("[^...]" negates), never matching "/"
 *   **     any number of directories, zero included ("**" at the end:
 *          anything); "**.go" is ".go" in any directory, not every .go file
 *   \x     x itself
 * A pattern matching a directory matches everything below it. Patterns are
 * applied in order and the last one that matches a path wins; "!" in front
 * makes a pattern an exception that re-includes what it matches. An
 * excluded directory is left out whole unless an exception's text starts
 * with its path: then it is in the context itself (even if empty) and its
 * entries are matched one by one. */
#ifndef STRATA_IGNORE_H
#define STRATA_IGNORE_H

#include "common.h"

struct strata_ignore;

/* Split the text of a .dockerignore into patterns: one per line; a line whose
 * first character is "#" is a comment; lines are trimmed, blank ones dropped;
 * each pattern (after a leading "!", kept) is cleaned like Go's filepath.Clean
 * ("a/../b" is "b", ".." at the start stays) and loses a leading "/".
 * Patterns are not validated here: strata_ignore_new() does that.
 * Ownership: *patterns is the caller's, NULL-terminated, each string and the
 * array freed with free().
 * Errors: none; returns 0. Thread: safe. */
STRATA_API int strata_ignore_parse(const char *text, char ***patterns);

/* Compile patterns (NULL-terminated; NULL means none), as written in a
 * .dockerignore or passed by a frontend. Each is trimmed, blank ones skipped,
 * cleaned as strata_ignore_parse() does.
 * Ownership: *out is the caller's; free with strata_ignore_free().
 * Errors: STRATA_EINVAL naming the pattern ("!" alone, an unterminated or
 * empty "[...]", a trailing "\").
 * Thread: a compiled set is read-only: share it between threads freely. */
STRATA_API int strata_ignore_new(const char *const *patterns, struct strata_ignore **out,
                                 struct strata_error **err);

/* 1 when relpath (relative to the context root, "/"-separated) is excluded:
 * a directory above it is left out whole, or the last pattern matching it
 * (or its parent with as many components as the pattern) is not an
 * exception. 0 otherwise, and always for "." and an empty set. */
STRATA_API int strata_ignore_match(const struct strata_ignore *ig, const char *relpath);

/* For an excluded directory: 1 when the context walk still enters it (an
 * exception's text starts with "dir_relpath/"), so it is kept, and what is
 * below it is matched entry by entry; 0 when it is left out whole. For "."
 * 1 when there is any exception. */
STRATA_API int strata_ignore_may_reinclude(const struct strata_ignore *ig, const char *dir_relpath);

/* Ownership: frees ig; accepts NULL. */
STRATA_API void strata_ignore_free(struct strata_ignore *ig);

#endif
