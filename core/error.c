/* strata: errors (see include/strata/error.h). */
#include "strata/error.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int error_vset(struct strata_error **err, int code, int errnum, const char *fmt, va_list ap)
{
	if (!err)
		return code;
	AUTOFREE char *m = xvasprintf(fmt, ap);
	struct strata_error *e = xzalloc(sizeof(*e));
	e->code = code;
	e->errnum = errnum;
	if (errnum) {
		char buf[128];
		/* house grammar is lowercase: "no such file or directory" */
		char *why = xstrdup(strerror_r(errnum, buf, sizeof buf));
		if (why[0] >= 'A' && why[0] <= 'Z' && !(why[1] >= 'A' && why[1] <= 'Z'))
			why[0] = (char)(why[0] - 'A' + 'a');
		e->msg = xasprintf("%s: %s", m, why);
		free(why);
	} else {
		e->msg = steal_pointer(&m);
	}
	strata_error_free(*err);
	*err = e;
	return code;
}

int strata_error_set(struct strata_error **err, int code, int errnum, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = error_vset(err, code, errnum, fmt, ap);
	va_end(ap);
	return r;
}

int strata_error_wrap(struct strata_error **err, const char *fmt, ...)
{
	if (!err)
		return STRATA_EIO;
	va_list ap;
	va_start(ap, fmt);
	AUTOFREE char *ctx = xvasprintf(fmt, ap);
	va_end(ap);
	if (!*err)
		return strata_error_set(err, STRATA_EIO, 0, "%s", ctx);
	char *m = xasprintf("%s: %s", ctx, (*err)->msg);
	free((*err)->msg);
	(*err)->msg = m;
	return (*err)->code;
}

int strata_error_set_where(struct strata_error **err, const char *where)
{
	if (!err || !*err)
		return 0;
	if (!(*err)->where && where && *where)
		(*err)->where = xstrdup(where);
	return (*err)->code;
}

void strata_error_free(struct strata_error *err)
{
	if (!err)
		return;
	free(err->msg);
	free(err->where);
	free(err);
}

const char *strata_strerror(int code)
{
	switch (code) {
	case STRATA_OK: return "success";
	case STRATA_EINVAL: return "invalid argument";
	case STRATA_ENOENT: return "not found";
	case STRATA_EIO: return "i/o error";
	case STRATA_ECORRUPT: return "corrupt content";
	case STRATA_EBUSY: return "store busy";
	case STRATA_EPLUGIN: return "plugin error";
	case STRATA_EUNSUPPORTED: return "not supported";
	case STRATA_EPROCESS: return "process failed";
	case STRATA_ESECURITY: return "path escapes its root";
	case STRATA_ECANCELED: return "interrupted";
	case STRATA_ENET: return "network error";
	case STRATA_EAUTH: return "authentication failed";
	default: return "unknown error";
	}
}
