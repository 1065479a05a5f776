/* strata: plain-text progress on stderr, rendered from solver events.
 *
 * One line when a step starts and one when it ends (with its time); the
 * step's output in between, each line prefixed with the step's label so the
 * output of steps running at the same time stays readable. The core never
 * prints; this is the CLI's renderer. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "bind.h"
#include "util.h"

struct partial {
	const struct strata_node_info *info;
	struct util_buf buf;
};

struct progress {
	int fd;
	int quiet;
	struct partial *p;
	size_t n;
};

struct progress *progress_new(int fd, int quiet)
{
	struct progress *p = xzalloc(sizeof(*p));
	p->fd = fd;
	p->quiet = quiet;
	return p;
}

void progress_free(struct progress *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++)
		util_buf_release(&p->p[i].buf);
	free(p->p);
	free(p);
}

static char *label(const struct strata_node_info *i)
{
	if (!i)
		return xstrdup("");
	if (i->stage && i->steps > 0)
		return xasprintf("[%s %d/%d]", i->stage, i->step, i->steps);
	if (i->stage)
		return xasprintf("[%s]", i->stage);
	return xstrdup("[build]");
}

static void out(struct progress *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(struct progress *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	AUTOFREE char *s = xvasprintf(fmt, ap);
	va_end(ap);
	if (util_write_all(p->fd, s, strlen(s)) < 0) {
		/* progress is best effort: a closed stderr must not fail a build */
	}
}

static struct util_buf *partial_for(struct progress *p, const struct strata_node_info *info)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->p[i].info == info)
			return &p->p[i].buf;
	p->p = xrealloc(p->p, (p->n + 1) * sizeof(*p->p));
	memset(&p->p[p->n], 0, sizeof(p->p[p->n]));
	p->p[p->n].info = info;
	return &p->p[p->n++].buf;
}

/* Print the complete lines in b (all of it when flush). */
static void drain(struct progress *p, const char *lab, struct util_buf *b, int flush)
{
	size_t start = 0;
	for (size_t i = 0; i < b->len; i++) {
		if (b->data[i] != '\n')
			continue;
		out(p, "%s | %.*s\n", lab, (int)(i - start), b->data + start);
		start = i + 1;
	}
	if (flush && start < b->len) {
		out(p, "%s | %.*s\n", lab, (int)(b->len - start), b->data + start);
		start = b->len;
	}
	/* nothing buffered yet: data is NULL, and memmove(NULL, NULL, 0) is
	 * undefined behaviour (UBSan reports it) */
	if (start > 0)
		memmove(b->data, b->data + start, b->len - start);
	b->len -= start;
}

void progress_event(void *ud, const struct strata_event *ev)
{
	struct progress *p = ud;
	if (p->quiet)
		return;
	AUTOFREE char *lab = label(ev->info);
	const char *desc = ev->info && ev->info->desc ? ev->info->desc : "";
	switch (ev->kind) {
	case STRATA_EV_START: out(p, "%s %s\n", lab, desc); break;
	case STRATA_EV_OUTPUT: {
		struct util_buf *b = partial_for(p, ev->info);
		util_buf_add(b, ev->data, ev->len);
		drain(p, lab, b, 0);
		break;
	}
	case STRATA_EV_DONE:
		drain(p, lab, partial_for(p, ev->info), 1);
		out(p, "%s done %.2fs\n", lab, ev->seconds);
		break;
	case STRATA_EV_CACHED: out(p, "%s CACHED %s\n", lab, desc); break;
	case STRATA_EV_FAILED:
		drain(p, lab, partial_for(p, ev->info), 1);
		out(p, "%s failed after %.2fs\n", lab, ev->seconds);
		break;
	case STRATA_EV_SKIPPED:
		out(p, "[%s] skipped: not needed for the target\n",
		    ev->info && ev->info->stage ? ev->info->stage : "?");
		break;
	case STRATA_EV_MISS: out(p, "%s cache miss: %.*s\n", lab, (int)ev->len, ev->data); break;
	case STRATA_EV_NOTE: out(p, "%.*s\n", (int)ev->len, ev->data ? ev->data : ""); break;
	}
}
