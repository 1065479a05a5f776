/* strata: errors.
 *
 * Every fallible function returns 0 or a negative STRATA_E* code, and puts the
 * detail in its last parameter, `struct strata_error **err` (which may be NULL
 * when the caller does not want it). There is no "last error" anywhere: the
 * solver runs ops on several threads. */
#ifndef STRATA_ERROR_H
#define STRATA_ERROR_H

#include "common.h"

enum strata_errcode {
	STRATA_OK = 0,
	STRATA_EINVAL = -1,       /* bad argument or bad input */
	STRATA_ENOENT = -2,       /* no such blob, tag, file, stage */
	STRATA_EIO = -3,          /* a system call failed; errnum says which */
	STRATA_ECORRUPT = -4,     /* content does not match its digest, or is malformed */
	STRATA_EBUSY = -5,        /* the store is locked by another process */
	STRATA_EPLUGIN = -6,      /* a plugin failed to load or has another ABI */
	STRATA_EUNSUPPORTED = -7, /* not supported (yet, or on this host) */
	STRATA_EPROCESS = -8,     /* a process in a sandbox did not complete */
	STRATA_ESECURITY = -9,    /* a path would escape its root */
	STRATA_ECANCELED = -10,   /* interrupted */
	STRATA_ENET = -11,        /* network or remote failure */
	STRATA_EAUTH = -12,       /* authentication refused */
};

struct strata_error {
	int code;    /* a STRATA_E* code */
	int errnum;  /* errno when the cause was a system call, else 0 */
	char *msg;   /* "open 'src/x': permission denied" */
	char *where; /* the frontend's "file:line" of the graph node that failed, or NULL */
};

/* Set *err (replacing what was there) to a new error. The message is formatted
 * with printf rules; when errnum is not 0, ": <strerror(errnum)>" is appended.
 * Ownership: *err is the caller's, freed with strata_error_free().
 * Errors: returns code, so `return strata_error_set(err, ...);` is one line.
 * Thread: safe (no shared state). */
STRATA_API int strata_error_set(struct strata_error **err, int code, int errnum, const char *fmt,
                                ...) __attribute__((format(printf, 4, 5)));

/* Prefix context to *err's message: "<ctx>: <old message>". When *err is NULL
 * (a callee that set nothing), creates an STRATA_EIO error with just ctx.
 * Errors: returns (*err)->code (or STRATA_EIO when err is NULL). */
STRATA_API int strata_error_wrap(struct strata_error **err, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));

/* Record the frontend location ("Dockerfile:7") unless one is already set.
 * Errors: returns (*err)->code, or 0 when there is no error. */
STRATA_API int strata_error_set_where(struct strata_error **err, const char *where);

/* Ownership: frees err and its strings; accepts NULL. */
STRATA_API void strata_error_free(struct strata_error *err);

/* A static, lowercase name for a code ("digest mismatch", "not found"). */
STRATA_API const char *strata_strerror(int code);

#endif
