/* strata: .dockerignore patterns, with the rules of moby's patternmatcher.
 *
 * A pattern is a slash-separated path relative to the context root:
 *   *      any run of characters except "/"
 *   ?      one character except "/"
 *   [a-z]  a class ("[^...]" negates), never matching "/"
 *   **     any number of directories, zero included ("**" alone: anything)
 *   \x     x itself
 * A pattern matching a directory matches everything below it. Patterns are
 * applied in order and the last one that matches a path wins; "!" in front
 * makes a pattern an exception that re-includes what it matches. */
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
 * the last pattern matching it or one of its parent directories is not an
 * exception. 0 otherwise, and always for "." and an empty set. */
STRATA_API int strata_ignore_match(const struct strata_ignore *ig, const char *relpath);

/* 1 when an exception pattern could match dir_relpath itself or something below
 * it, so an excluded directory must still be walked (moby's rule; a "**" in an
 * exception makes this 1 for every directory it does not rule out). 0 when no
 * exception can apply, so an excluded directory can be skipped whole. */
STRATA_API int strata_ignore_may_reinclude(const struct strata_ignore *ig, const char *dir_relpath);

/* Ownership: frees ig; accepts NULL. */
STRATA_API void strata_ignore_free(struct strata_ignore *ig);

#endif
