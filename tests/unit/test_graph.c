/* strata: graph unit tests — nodes record their arguments, bad arguments are
 * refused with a message, and the dump is canonical. */
#include "tap.h"

#include "strata/strata.h"

static struct strata_node_info info(const char *desc)
{
	struct strata_node_info i = {.stage = "s", .desc = desc, .where = "Dockerfile:1"};
	return i;
}

int main(void)
{
	struct strata_graph *g = NULL;
	struct strata_error *err = NULL;
	ok(strata_graph_new(&g, &err) == 0, "graph_new");

	struct strata_node *base = NULL, *run = NULL, *cp = NULL, *cfg = NULL, *dir = NULL;
	struct strata_node_info i = info("FROM busybox");
	is_int(strata_graph_from(g, "busybox:local", &i, &base, &err), 0, "from");
	is_int(strata_node_op(base), STRATA_OP_FROM, "from node op");
	ok(strata_node_parent(base) == NULL, "from has no parent");

	const char *argv[] = {"/bin/sh", "-c", "echo hi", NULL};
	const char *env[] = {"A=1", NULL};
	struct strata_run_args ra = {.argv = argv, .env = env, .cwd = "/src"};
	i = info("RUN echo hi");
	is_int(strata_graph_run(g, base, &ra, &i, &run, &err), 0, "run");
	ok(strata_node_parent(run) == base, "run's parent is from");
	is_str(strata_node_info(run)->desc, "RUN echo hi", "info is kept");

	const char *srcs[] = {"a.txt", NULL};
	struct strata_copy_args ca = {.from = base, .sources = srcs, .dest = "/x/", .chmod = -1};
	i = info("COPY");
	is_int(strata_graph_copy(g, run, &ca, &i, &cp, &err), 0, "copy from another state");
	is_int(strata_graph_mkdir(g, cp, "/a/../b/./c", 0755, "app", &i, &dir, &err), 0, "mkdir");
	is_int(strata_graph_config(g, dir, "{\"Cmd\":[\"sh\"],\"User\":null}", &i, &cfg, &err), 0,
	       "config");
	is_int(strata_graph_node_count(g), 5, "five nodes");

	char *dump = strata_graph_dump(g, cfg);
	is_str(dump,
	       "1 from ref=\"busybox:local\"\n"
	       "2 run parent=1 argv=[\"/bin/sh\",\"-c\",\"echo hi\"] env=[\"A=1\"] cwd=\"/src\" "
	       "network=0\n"
	       "3 copy parent=2 from=1 src=[\"a.txt\"] dest=\"/x/\"\n"
	       "4 mkdir parent=3 path=\"/b/c\" mode=0755 chown=\"app\"\n"
	       "5 config parent=4 patch={\"Cmd\":[\"sh\"],\"User\":null}\n",
	       "dump lists dependencies first, paths cleaned, keys sorted");
	free(dump);
	dump = strata_graph_dump(g, run);
	like(dump, "2 run", "a dump of run holds run");
	ok(strstr(dump, "copy") == NULL, "and not what comes after it");
	free(dump);

	/* refusals */
	struct strata_node *n = NULL;
	const char *empty[] = {NULL};
	struct strata_run_args bad = {.argv = empty};
	is_int(strata_graph_run(g, base, &bad, &i, &n, &err), STRATA_EINVAL, "empty argv refused");
	like(err ? err->msg : NULL, "empty command", "with a message");
	struct strata_run_args relcwd = {.argv = argv, .cwd = "src"};
	is_int(strata_graph_run(g, base, &relcwd, &i, &n, &err), STRATA_EINVAL,
	       "relative cwd refused");
	like(err ? err->msg : NULL, "'src' is not absolute", "naming it");
	struct strata_copy_args rel = {.sources = srcs, .dest = "x", .chmod = -1};
	is_int(strata_graph_copy(g, base, &rel, &i, &n, &err), STRATA_EINVAL,
	       "relative dest refused");
	is_int(strata_graph_config(g, base, "[1]", &i, &n, &err), STRATA_EINVAL,
	       "non-object patch refused");
	is_int(strata_graph_config(g, base, "{bad", &i, &n, &err), STRATA_EINVAL,
	       "bad JSON refused");
	like(err ? err->msg : NULL, "bad JSON", "saying so");
	is_int(strata_graph_run(g, NULL, &ra, &i, &n, &err), STRATA_EINVAL, "no parent refused");

	struct strata_graph *g2 = NULL;
	strata_graph_new(&g2, NULL);
	is_int(strata_graph_run(g2, base, &ra, &i, &n, &err), STRATA_EINVAL,
	       "parent from another graph refused");
	like(err ? err->msg : NULL, "another graph", "saying so");
	strata_graph_free(g2);
	is_int(strata_graph_node_count(g), 5, "refusals add no nodes");

	/* inline and fetch states */
	struct strata_inline_file files[] = {{.path = "a/../b/EOF", .data = "hi\n", .len = 3}};
	struct strata_node *inl = NULL, *fet = NULL;
	is_int(strata_graph_inline(g, files, 1, &i, &inl, &err), 0, "inline");
	char *d2 = strata_graph_dump(g, inl);
	is_str(d2, "1 inline file=\"b/EOF\" mode=0644 data=\"hi\\n\"\n",
	       "inline cleans the path, defaults the mode, copies the data");
	free(d2);
	struct strata_inline_file escape[] = {{.path = "../x", .data = "", .len = 0}};
	is_int(strata_graph_inline(g, escape, 1, &i, &n, &err), STRATA_EINVAL,
	       "an inline path leaving its root is refused");
	is_int(strata_graph_fetch(g, "https://example.invalid/x.tgz", "x.tgz", NULL, &i, &fet,
	                          &err),
	       0, "fetch");
	is_int(strata_node_op(fet), STRATA_OP_FETCH, "fetch op");
	is_int(strata_graph_fetch(g, "ftp://x/y", "y", NULL, &i, &n, &err), STRATA_EINVAL,
	       "fetch refuses other schemes");
	like(err ? err->msg : NULL, "not an http, https or file URL", "saying so");
	is_int(strata_graph_fetch(g, "http://x/y", "a/b", NULL, &i, &n, &err), STRATA_EINVAL,
	       "fetch refuses a name with a slash");
	is_int(strata_graph_fetch(g, "http://x/y", "y", "md5:abc", &i, &n, &err), STRATA_EINVAL,
	       "fetch refuses a malformed checksum");

	strata_error_free(err);
	strata_graph_free(g);
	strata_graph_free(NULL);
	return done_testing();
}
