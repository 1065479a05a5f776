/* strata: the build graph (see include/strata/graph.h).
 *
 * Nodes are appended to one array owned by the graph; an op only records its
 * arguments. Everything is copied, so a frontend's strings can go away. */
#include "strata/graph.h"

#include <jansson.h>
#include <string.h>

#include "graph_private.h"
#include "strata/error.h"
#include "strata/plugin.h"
#include "strata/store.h"
#include "util.h"

int strata_graph_new(struct strata_graph **out, struct strata_error **err)
{
	(void)err;
	*out = xzalloc(sizeof(**out));
	return 0;
}

static void node_free(struct strata_node *n)
{
	free(n->info.stage);
	free(n->info.desc);
	free(n->info.where);
	free(n->ref);
	util_strv_free(n->argv);
	util_strv_free(n->env);
	free(n->cwd);
	free(n->user);
	free(n->context);
	util_strv_free(n->sources);
	free(n->dest);
	free(n->chown);
	util_strv_free(n->excludes);
	free(n->path);
	if (n->patch)
		json_decref(n->patch);
	for (size_t i = 0; i < n->nfiles; i++) {
		free((char *)n->files[i].path);
		free((char *)n->files[i].data);
	}
	free(n->files);
	free(n->url);
	free(n->name);
	free(n->checksum);
	for (size_t i = 0; i < n->nmounts; i++) {
		free((char *)n->mounts[i].target);
		free((char *)n->mounts[i].source);
		free((char *)n->mounts[i].id);
		free((char *)n->mounts[i].env);
	}
	free(n->mounts);
	free(n->deps);
	free(n);
}

void strata_graph_free(struct strata_graph *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n; i++)
		node_free(g->nodes[i]);
	free(g->nodes);
	free(g);
}

static struct strata_node *node_add(struct strata_graph *g, enum strata_op op,
                                    struct strata_node *parent, const struct strata_node_info *info)
{
	struct strata_node *n = xzalloc(sizeof(*n));
	n->graph = g;
	n->op = op;
	n->parent = parent;
	n->index = g->n;
	if (info) {
		n->info.stage = info->stage ? xstrdup(info->stage) : NULL;
		n->info.desc = info->desc ? xstrdup(info->desc) : NULL;
		n->info.where = info->where ? xstrdup(info->where) : NULL;
		n->info.step = info->step;
		n->info.steps = info->steps;
	}
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 16;
		g->nodes = xrealloc(g->nodes, g->cap * sizeof(*g->nodes));
	}
	g->nodes[g->n++] = n;
	return n;
}

static void dep_add(struct strata_node *n, struct strata_node *dep)
{
	for (size_t i = 0; i < n->ndeps; i++)
		if (n->deps[i] == dep)
			return;
	n->deps = xrealloc(n->deps, (n->ndeps + 1) * sizeof(*n->deps));
	n->deps[n->ndeps++] = dep;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static int check_mount(struct strata_graph *g, const struct strata_run_mount *m,
                       struct strata_error **err)
{
	if (m->kind < STRATA_RUN_MOUNT_BIND || m->kind > STRATA_RUN_MOUNT_SECRET)
		return strata_error_set(err, STRATA_EINVAL, 0, "run: unknown mount type %d",
		                        m->kind);
	int need_target = !(m->kind == STRATA_RUN_MOUNT_SECRET && m->env);
	if ((need_target || m->target) && (!m->target || m->target[0] != '/'))
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "run: mount target '%s' is not absolute",
		                        m->target ? m->target : "");
	if (m->from && m->from->graph != g)
		return strata_error_set(err, STRATA_EINVAL, 0, "run: mount from another graph");
	if (m->kind == STRATA_RUN_MOUNT_SECRET && (!m->id || !*m->id))
		return strata_error_set(err, STRATA_EINVAL, 0, "run: secret mount without an id");
	if (m->kind == STRATA_RUN_MOUNT_CACHE &&
	    (m->sharing < STRATA_SHARING_SHARED || m->sharing > STRATA_SHARING_LOCKED))
		return strata_error_set(err, STRATA_EINVAL, 0, "run: unknown cache sharing %d",
		                        m->sharing);
	return 0;
}

static int check_parent(struct strata_graph *g, struct strata_node *parent, const char *what,
                        struct strata_error **err)
{
	if (!parent)
		return strata_error_set(err, STRATA_EINVAL, 0, "%s: no parent state", what);
	if (parent->graph != g)
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "%s: parent state from another graph", what);
	return 0;
}

int strata_graph_from(struct strata_graph *g, const char *ref, const struct strata_node_info *info,
                      struct strata_node **out, struct strata_error **err)
{
	if (!ref || !*ref)
		return strata_error_set(err, STRATA_EINVAL, 0, "from: empty image reference");
	struct strata_node *n = node_add(g, STRATA_OP_FROM, NULL, info);
	n->ref = xstrdup(ref);
	*out = n;
	return 0;
}

int strata_graph_scratch(struct strata_graph *g, const struct strata_node_info *info,
                         struct strata_node **out, struct strata_error **err)
{
	(void)err;
	*out = node_add(g, STRATA_OP_SCRATCH, NULL, info);
	return 0;
}

int strata_graph_run(struct strata_graph *g, struct strata_node *parent,
                     const struct strata_run_args *a, const struct strata_node_info *info,
                     struct strata_node **out, struct strata_error **err)
{
	int r = check_parent(g, parent, "run", err);
	if (r < 0)
		return r;
	if (!a->argv || !a->argv[0] || !a->argv[0][0])
		return strata_error_set(err, STRATA_EINVAL, 0, "run: empty command");
	if (a->cwd && a->cwd[0] != '/')
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "run: working directory '%s' is not absolute", a->cwd);
	if (a->network < STRATA_NET_DEFAULT || a->network > STRATA_NET_HOST)
		return strata_error_set(err, STRATA_EINVAL, 0, "run: unknown network mode %d",
		                        a->network);
	for (size_t i = 0; i < a->nmounts; i++) {
		r = check_mount(g, &a->mounts[i], err);
		if (r < 0)
			return r;
	}
	struct strata_node *n = node_add(g, STRATA_OP_RUN, parent, info);
	n->argv = util_strv_dup(a->argv);
	n->env = util_strv_dup(a->env);
	n->cwd = xstrdup(a->cwd ? a->cwd : "/");
	n->user = a->user && *a->user ? xstrdup(a->user) : NULL;
	n->network = a->network;
	if (a->nmounts) {
		n->mounts = xzalloc(a->nmounts * sizeof(*n->mounts));
		n->nmounts = a->nmounts;
	}
	for (size_t i = 0; i < a->nmounts; i++) {
		struct strata_run_mount *m = &n->mounts[i];
		*m = a->mounts[i];
		m->target = a->mounts[i].target ? util_path_clean(a->mounts[i].target) : NULL;
		m->source = dup_or_null(a->mounts[i].source);
		m->id = dup_or_null(a->mounts[i].id);
		m->env = dup_or_null(a->mounts[i].env);
		if (m->from)
			dep_add(n, m->from);
	}
	*out = n;
	return 0;
}

int strata_graph_copy(struct strata_graph *g, struct strata_node *parent,
                      const struct strata_copy_args *a, const struct strata_node_info *info,
                      struct strata_node **out, struct strata_error **err)
{
	int r = check_parent(g, parent, "copy", err);
	if (r < 0)
		return r;
	if (a->from && a->from->graph != g)
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "copy: source state from another graph");
	if (!a->sources || !a->sources[0])
		return strata_error_set(err, STRATA_EINVAL, 0, "copy: no source paths");
	if (!a->dest || a->dest[0] != '/')
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "copy: destination '%s' is not absolute",
		                        a->dest ? a->dest : "");
	struct strata_node *n = node_add(g, STRATA_OP_COPY, parent, info);
	n->from = a->from;
	if (a->from)
		dep_add(n, a->from);
	n->context = a->from ? NULL : xstrdup(a->context ? a->context : "context");
	n->sources = util_strv_dup(a->sources);
	n->dest = xstrdup(a->dest);
	n->chown = a->chown && *a->chown ? xstrdup(a->chown) : NULL;
	n->chmod = a->chmod;
	n->excludes = a->excludes ? util_strv_dup(a->excludes) : NULL;
	n->unpack = a->unpack;
	n->parents = a->parents;
	*out = n;
	return 0;
}

int strata_graph_inline(struct strata_graph *g, const struct strata_inline_file *files,
                        size_t nfiles, const struct strata_node_info *info,
                        struct strata_node **out, struct strata_error **err)
{
	if (nfiles == 0)
		return strata_error_set(err, STRATA_EINVAL, 0, "inline: no files");
	for (size_t i = 0; i < nfiles; i++) {
		AUTOFREE char *clean = files[i].path ? util_path_clean(files[i].path) : NULL;
		if (!clean || clean[0] == '/' || strncmp(clean, "..", 2) == 0 ||
		    !strcmp(clean, "."))
			return strata_error_set(err, STRATA_EINVAL, 0, "inline: bad file name '%s'",
			                        files[i].path ? files[i].path : "");
	}
	struct strata_node *n = node_add(g, STRATA_OP_INLINE, NULL, info);
	n->files = xzalloc(nfiles * sizeof(*n->files));
	n->nfiles = nfiles;
	for (size_t i = 0; i < nfiles; i++) {
		char *data = xmalloc(files[i].len + 1);
		memcpy(data, files[i].data, files[i].len);
		data[files[i].len] = '\0';
		n->files[i].path = util_path_clean(files[i].path);
		n->files[i].data = data;
		n->files[i].len = files[i].len;
		n->files[i].mode = files[i].mode ? files[i].mode & 07777 : 0644;
	}
	*out = n;
	return 0;
}

int strata_graph_fetch(struct strata_graph *g, const char *url, const char *name,
                       const char *checksum, const struct strata_node_info *info,
                       struct strata_node **out, struct strata_error **err)
{
	if (!url || !(strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0 ||
	              strncmp(url, "file://", 7) == 0))
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "fetch: '%s' is not an http, https or file URL",
		                        url ? url : "");
	if (!name || !*name || strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, ".."))
		return strata_error_set(err, STRATA_EINVAL, 0, "fetch: bad file name '%s'",
		                        name ? name : "");
	if (checksum && !strata_digest_valid(checksum))
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "fetch: checksum '%s' is not sha256:<64 hex digits>",
		                        checksum);
	struct strata_node *n = node_add(g, STRATA_OP_FETCH, NULL, info);
	n->url = xstrdup(url);
	n->name = xstrdup(name);
	n->checksum = checksum ? xstrdup(checksum) : NULL;
	*out = n;
	return 0;
}

int strata_graph_mkdir(struct strata_graph *g, struct strata_node *parent, const char *path,
                       mode_t mode, const char *chown, const struct strata_node_info *info,
                       struct strata_node **out, struct strata_error **err)
{
	int r = check_parent(g, parent, "mkdir", err);
	if (r < 0)
		return r;
	if (!path || path[0] != '/')
		return strata_error_set(err, STRATA_EINVAL, 0, "mkdir: path '%s' is not absolute",
		                        path ? path : "");
	struct strata_node *n = node_add(g, STRATA_OP_MKDIR, parent, info);
	n->path = util_path_clean(path);
	n->mode = mode & 07777;
	n->chown = chown && *chown ? xstrdup(chown) : NULL;
	*out = n;
	return 0;
}

int strata_graph_config(struct strata_graph *g, struct strata_node *parent, const char *patch_json,
                        const struct strata_node_info *info, struct strata_node **out,
                        struct strata_error **err)
{
	int r = check_parent(g, parent, "config", err);
	if (r < 0)
		return r;
	json_error_t je;
	json_t *patch = json_loads(patch_json ? patch_json : "", 0, &je);
	if (!patch)
		return strata_error_set(err, STRATA_EINVAL, 0, "config: bad JSON patch: %s",
		                        je.text);
	if (!json_is_object(patch)) {
		json_decref(patch);
		return strata_error_set(err, STRATA_EINVAL, 0,
		                        "config: patch is not a JSON object");
	}
	struct strata_node *n = node_add(g, STRATA_OP_CONFIG, parent, info);
	n->patch = patch;
	*out = n;
	return 0;
}

int strata_graph_document(struct strata_graph *g, struct strata_node *parent,
                          const char *patch_json, const struct strata_node_info *info,
                          struct strata_node **out, struct strata_error **err)
{
	json_t *probe = json_loads(patch_json ? patch_json : "", 0, NULL);
	const char *key;
	json_t *v;
	int bad = 0;
	json_object_foreach(probe, key, v)
	{
		if (strcmp(key, "author") != 0 && strcmp(key, "comment") != 0) {
			bad = strata_error_set(
			        err, STRATA_EINVAL, 0,
			        "document: '%s' is not a field a frontend sets (author, "
			        "comment)",
			        key);
			break;
		}
	}
	json_decref(probe);
	if (bad < 0)
		return bad;
	int r = strata_graph_config(g, parent, patch_json, info, out, err);
	if (r == 0)
		(*out)->document = 1;
	return r;
}

enum strata_op strata_node_op(const struct strata_node *n)
{
	return n->op;
}
struct strata_node *strata_node_parent(const struct strata_node *n)
{
	return n->parent;
}
const struct strata_node_info *strata_node_info(const struct strata_node *n)
{
	return (const struct strata_node_info *)&n->info;
}
size_t strata_graph_node_count(const struct strata_graph *g)
{
	return g->n;
}
struct strata_node *strata_graph_node_at(const struct strata_graph *g, size_t i)
{
	return i < g->n ? g->nodes[i] : NULL;
}

/* --- dump ---------------------------------------------------------------- */

static void dump_strv(struct util_buf *b, const char *name, char **v)
{
	json_t *a = json_array();
	for (size_t i = 0; v && v[i]; i++)
		json_array_append_new(a, json_string(v[i]));
	char *s = json_dumps(a, JSON_COMPACT);
	util_buf_printf(b, " %s=%s", name, s);
	free(s);
	json_decref(a);
}

static void dump_str(struct util_buf *b, const char *name, const char *v)
{
	if (!v)
		return;
	json_t *s = json_string(v);
	char *d = json_dumps(s, JSON_ENCODE_ANY);
	util_buf_printf(b, " %s=%s", name, d);
	free(d);
	json_decref(s);
}

static const char *op_name(enum strata_op op)
{
	switch (op) {
	case STRATA_OP_FROM: return "from";
	case STRATA_OP_SCRATCH: return "scratch";
	case STRATA_OP_RUN: return "run";
	case STRATA_OP_COPY: return "copy";
	case STRATA_OP_MKDIR: return "mkdir";
	case STRATA_OP_CONFIG: return "config";
	case STRATA_OP_INLINE: return "inline";
	case STRATA_OP_FETCH: return "fetch";
	}
	return "?";
}

/* Depth-first over the dependencies, so each line only names earlier lines. */
static void dump_node(struct util_buf *b, const struct strata_node *n, int *ids, int *next)
{
	if (ids[n->index])
		return;
	if (n->parent)
		dump_node(b, n->parent, ids, next);
	for (size_t i = 0; i < n->ndeps; i++)
		dump_node(b, n->deps[i], ids, next);
	int id = ids[n->index] = ++*next;
	util_buf_printf(b, "%d %s", id, op_name(n->op));
	if (n->parent)
		util_buf_printf(b, " parent=%d", ids[n->parent->index]);
	switch (n->op) {
	case STRATA_OP_FROM: dump_str(b, "ref", n->ref); break;
	case STRATA_OP_SCRATCH: break;
	case STRATA_OP_RUN:
		dump_strv(b, "argv", n->argv);
		dump_strv(b, "env", n->env);
		dump_str(b, "cwd", n->cwd);
		dump_str(b, "user", n->user);
		util_buf_printf(b, " network=%d", n->network);
		for (size_t i = 0; i < n->nmounts; i++) {
			const struct strata_run_mount *m = &n->mounts[i];
			util_buf_printf(b, " mount=%d", m->kind);
			dump_str(b, "target", m->target);
			if (m->from)
				util_buf_printf(b, " from=%d", ids[m->from->index]);
			dump_str(b, "source", m->source);
			dump_str(b, "id", m->id);
			dump_str(b, "env", m->env);
			if (m->readwrite)
				util_buf_addstr(b, " rw");
			if (m->kind == STRATA_RUN_MOUNT_CACHE)
				util_buf_printf(b, " sharing=%d uid=%d gid=%d mode=%04o",
				                m->sharing, m->uid, m->gid, (unsigned)m->mode);
			if (m->required)
				util_buf_addstr(b, " required");
			if (m->size)
				util_buf_printf(b, " size=%lld", (long long)m->size);
		}
		break;
	case STRATA_OP_COPY:
		if (n->from)
			util_buf_printf(b, " from=%d", ids[n->from->index]);
		dump_str(b, "context", n->context);
		dump_strv(b, "src", n->sources);
		dump_str(b, "dest", n->dest);
		dump_str(b, "chown", n->chown);
		if (n->chmod >= 0)
			util_buf_printf(b, " chmod=%04o", n->chmod);
		if (n->excludes)
			dump_strv(b, "exclude", n->excludes);
		if (n->unpack)
			util_buf_addstr(b, " unpack");
		if (n->parents)
			util_buf_addstr(b, " parents");
		break;
	case STRATA_OP_INLINE:
		for (size_t i = 0; i < n->nfiles; i++) {
			dump_str(b, "file", n->files[i].path);
			util_buf_printf(b, " mode=%04o", (unsigned)n->files[i].mode);
			dump_str(b, "data", n->files[i].data);
		}
		break;
	case STRATA_OP_FETCH:
		dump_str(b, "url", n->url);
		dump_str(b, "name", n->name);
		dump_str(b, "checksum", n->checksum);
		break;
	case STRATA_OP_MKDIR:
		dump_str(b, "path", n->path);
		util_buf_printf(b, " mode=%04o", (unsigned)n->mode);
		dump_str(b, "chown", n->chown);
		break;
	case STRATA_OP_CONFIG: {
		char *s = json_dumps(n->patch, JSON_COMPACT | JSON_SORT_KEYS);
		util_buf_printf(b, " %s=%s", n->document ? "document" : "patch", s);
		free(s);
		break;
	}
	}
	util_buf_addstr(b, "\n");
}

char *strata_graph_dump(const struct strata_graph *g, const struct strata_node *target)
{
	struct util_buf b = {0};
	AUTOFREE int *ids = xzalloc((g->n + 1) * sizeof(int));
	int next = 0;
	if (target)
		dump_node(&b, target, ids, &next);
	util_buf_add(&b, "", 0);
	return b.data;
}
