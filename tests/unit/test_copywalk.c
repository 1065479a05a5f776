/* strata: the walk COPY and its cache key share (core/copywalk.c), walked
 * in parts on several threads as the signature walk does. Real files in a
 * fresh tap_tmpdir(). */
#include "tap.h"

#include <string.h>

#include <strata/copy.h>
#include <strata/error.h>

#include "copy_helpers.h"
#include "copy_private.h"
#include "util.h"

/* --- the walk in parts (copywalk_run_split, the signature walk's) ---------- */

struct split_part {
	struct util_buf names; /* "dst;" per entry, in visit order */
	const char *fail_at;   /* this dst's visit fails */
};

struct split_ctx {
	struct split_part main; /* first: ctx points at it too */
	struct split_part *parts;
	size_t began, ended, ok;
};

static int split_visit(void *ctx, const struct copy_entry *e, int leaving,
                       struct strata_error **err)
{
	struct split_part *p = ctx;
	if (leaving)
		return 0;
	if (p->fail_at && !strcmp(e->dst, p->fail_at))
		return strata_error_set(err, STRATA_EIO, 0, "visit '%s': refused", e->dst);
	util_buf_printf(&p->names, "%s;", e->dst);
	return 0;
}

static void split_begin(void *ctx, size_t n)
{
	struct split_ctx *c = ctx;
	c->parts = xzalloc(n * sizeof(*c->parts));
	for (size_t k = 0; k < n; k++)
		c->parts[k].fail_at = c->main.fail_at;
	c->began = n;
}

static void *split_part_ctx(void *ctx, size_t k)
{
	return &((struct split_ctx *)ctx)->parts[k];
}

static void split_end(void *ctx, size_t n, int ok)
{
	struct split_ctx *c = ctx;
	for (size_t k = 0; k < n; k++) {
		if (c->parts[k].names.len)
			util_buf_add(&c->main.names, c->parts[k].names.data, c->parts[k].names.len);
		util_buf_release(&c->parts[k].names);
	}
	free(c->parts);
	c->ended = n;
	c->ok = (size_t)ok;
}

/* Walk src's "." in parts on threads workers; the names seen, in order. */
static int split_walk(const char *src, int threads, const char *fail_at, struct split_ctx *c,
                      struct strata_error **err)
{
	struct strata_copy_opts o = {.sources = V("."), .dest = "/x/", .chmod = -1};
	struct copy_plan plan;
	*c = (struct split_ctx){.main.fail_at = fail_at};
	int r = copywalk_plan_init(&plan, src, &o, err);
	struct copy_split sp = {.threads = threads,
	                        .parts_begin = split_begin,
	                        .part_ctx = split_part_ctx,
	                        .parts_end = split_end};
	if (r == 0)
		r = copywalk_run_split(&plan, NULL, split_visit, c, &sp, err);
	copywalk_plan_release(&plan);
	return r;
}

static void test_split_walk(void)
{
	const char *src = tap_tmpdir();
	for (int d = 0; d < 20; d++)
		for (int f = 0; f < 5; f++) {
			char rel[32];
			snprintf(rel, sizeof rel, "d%02d/f%d", d, f);
			put(src, rel, rel, 0644);
		}
	put(src, "top1", "t", 0644);
	put(src, "top2", "t", 0644);

	/* the order a whole walk visits in */
	struct strata_copy_opts o = {.sources = V("."), .dest = "/x/", .chmod = -1};
	struct copy_plan plan;
	struct strata_error *err = NULL;
	struct split_part whole = {0};
	if (copywalk_plan_init(&plan, src, &o, &err) == 0)
		copywalk_run(&plan, NULL, split_visit, &whole, 1, &err);
	copywalk_plan_release(&plan);
	like(whole.names.data, "d19/f4;top1;top2;", "a whole walk sees every entry");

	for (int threads = 1; threads <= 4; threads *= 2) {
		struct split_ctx c;
		is_int(split_walk(src, threads, NULL, &c, &err), 0, "walk in parts, %d thread(s)",
		       threads);
		is_str(c.main.names.data, whole.names.data,
		       "  the parts, in order, are the whole walk's order");
		ok(c.began > 1 && c.ended == c.began && c.ok, "  in %zu parts, all handed back",
		   c.began);
		util_buf_release(&c.main.names);
	}

	struct split_ctx c;
	is_int(split_walk(src, 2, "d13/f2", &c, &err), STRATA_EIO,
	       "a visit failing in a part: its code");
	like(err ? err->msg : NULL, "visit 'd13/f2': refused", "  and its message");
	ok(c.ended == c.began && !c.ok, "  the parts are handed back, marked failed");
	util_buf_release(&c.main.names);
	strata_error_free(err);
	util_buf_release(&whole.names);
}

int main(void)
{
	test_split_walk();
	return done_testing();
}
