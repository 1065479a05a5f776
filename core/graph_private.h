/* strata: the graph's insides, shared with the solver. */
#ifndef STRATA_GRAPH_PRIVATE_H
#define STRATA_GRAPH_PRIVATE_H

#include <jansson.h>
#include <sys/types.h>

#include "strata/graph.h"

/* struct strata_node_info with owned strings (same layout as the public one). */
struct graph_info {
	char *stage;
	char *desc;
	char *where;
	int step;
	int steps;
};

struct strata_node {
	struct strata_graph *graph;
	size_t index;
	enum strata_op op;
	struct strata_node *parent;
	struct graph_info info;
	/* FROM */
	char *ref;
	/* RUN */
	char **argv;
	char **env;
	char *cwd;
	char *user;
	int network;
	struct strata_run_mount *mounts; /* strings owned */
	size_t nmounts;
	/* COPY */
	struct strata_node *from;
	char *context;
	char **sources;
	char *dest;
	char *chown; /* COPY and MKDIR */
	int chmod;
	char **excludes;
	/* MKDIR */
	char *path;
	mode_t mode;
	/* CONFIG */
	json_t *patch;
	int document; /* the patch is for the top-level document */
	/* COPY (ADD) */
	int unpack;
	int parents;
	/* INLINE: files (path, data, len, mode) */
	struct strata_inline_file *files;
	size_t nfiles;
	/* every node this one needs besides its parent (COPY --from, RUN
	 * --mount=from=…), in order */
	struct strata_node **deps;
	size_t ndeps;
	/* FETCH */
	char *url;
	char *name;
	char *checksum;
};

struct strata_graph {
	struct strata_node **nodes;
	size_t n;
	size_t cap;
};

#endif
