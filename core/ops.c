/* strata: what each op does — RUN (with its mounts and sandbox), COPY, MKDIR,
 * CONFIG, INLINE, FETCH — to the image of its parent. The walk that calls
 * them, and the cache around them, are in solve.c. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <time.h>
#include <unistd.h>
#include "cache_private.h"
#include "copy_private.h"
#include "statcache_private.h"
#include "graph_private.h"
#include "snapshot_private.h"
#include "store_private.h"
#include "strata/copy.h"
#include "strata/error.h"
#include "strata/image.h"
#include "strata/layer.h"
#include "strata/plugin.h"
#include "strata/store.h"
#include "util.h"
#include "plugin_private.h"
#include "solve_private.h"

/* The unpacked dirs of img's layers, bottom first. Ownership: the caller's. */
static int image_lowers(struct solve_ctx *c, const struct strata_image *img, char ***out,
                        struct strata_error **err)
{
	size_t n = strata_image_layer_count(img);
	char **v = xzalloc((n + 1) * sizeof(*v));
	for (size_t i = 0; i < n; i++) {
		const struct strata_layer_desc *l = strata_image_layer(img, i);
		int r = strata_layer_unpack(c->o->store, l->digest, l->diffid, &v[i], err);
		if (r < 0) {
			util_strv_free(v);
			return strata_error_wrap(err, "unpack layer '%s'", l->digest);
		}
	}
	*out = v;
	return 0;
}

/* Mount img's layers as a snapshot: writable (a fresh upper dir that becomes
 * the next layer) or a read-only view. snap is zeroed first, so releasing it
 * is safe whatever this returns. */
static int mount_image(struct solve_ctx *c, const struct strata_image *img, int writable,
                       struct snapshot *snap, struct strata_error **err)
{
	memset(snap, 0, sizeof(*snap));
	AUTOSTRV char **lowers = NULL;
	int r = image_lowers(c, img, &lowers, err);
	if (r < 0)
		return r;
	return snapshot_mount(c->o->store, (const char *const *)lowers,
	                      util_strv_len((const char *const *)lowers), writable, snap, err);
}

/* Turn a finished writable snapshot into a layer on img. An empty one is
 * only a history entry, unless keep_empty (a RUN: docker build gives every
 * RUN a layer, an empty tar when it changed nothing). */
static int commit_snapshot(struct solve_ctx *c, const struct strata_node *n, struct snapshot *snap,
                           struct strata_image *img, int keep_empty, struct strata_error **err)
{
	int r = snapshot_unmount(snap, err);
	if (r < 0)
		return r;
	struct strata_layer_opts lo = {
	        .source = STRATA_LAYER_FROM_UPPER,
	        .clamp_mtime = c->o->source_date_epoch,
	};
	struct strata_layer_desc desc;
	r = strata_layer_create(c->o->store, snap->upper, &lo, &desc, err);
	if (r < 0)
		return strata_error_wrap(err, "create layer");
	if (desc.empty && !keep_empty)
		return strata_image_add_history(img, n->info.desc, err);
	AUTOFREE char *upper = snapshot_take_upper(snap);
	if (upper) {
		r = strata_store_layer_commit(c->o->store, upper, desc.diffid, err);
		if (r < 0)
			return r;
	}
	return strata_image_add_layer(img, &desc, n->info.desc, err);
}

/* --- RUN ----------------------------------------------------------------- */

/* Unmount a RUN's snapshot and leave out of its upper dir what the step did
 * not change (what overlay copied up for the mount points, or a file
 * rewritten the same), against a read-only view of img, the image it started
 * from. */
static int leave_out_unchanged(struct solve_ctx *c, const struct strata_image *img,
                               struct snapshot *snap, struct strata_error **err)
{
	int r = snapshot_unmount(snap, err);
	if (r < 0 || strata_image_layer_count(img) == 0)
		return r; /* from scratch: everything in the upper dir is new */
	struct snapshot view;
	r = mount_image(c, img, 0, &view, err);
	if (r == 0)
		r = snapshot_prune_upper(snap, view.merged, err);
	snapshot_release(&view);
	return r < 0 ? strata_error_wrap(err, "compare the step's changes with its image") : 0;
}

struct output_pump {
	struct solve_ctx *c;
	const struct strata_node *n;
	int fd;
	int log_fd; /* the step's full log in the store, or -1 */
};

static void *pump_output(void *arg)
{
	struct output_pump *p = arg;
	char buf[16384];
	for (;;) {
		ssize_t r = read(p->fd, buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		solve_emit(p->c, STRATA_EV_OUTPUT, p->n, buf, (size_t)r, 0);
		/* the whole log, never clipped (BuildKit clips at 1 MiB) */
		if (p->log_fd >= 0 && util_write_all(p->log_fd, buf, (size_t)r) < 0) {
			close(p->log_fd);
			p->log_fd = -1;
		}
	}
	return NULL;
}

static char *argv_text(char **argv)
{
	struct util_buf b = {0};
	for (size_t i = 0; argv[i]; i++) {
		if (i)
			util_buf_addstr(&b, " ");
		util_buf_addstr(&b, argv[i]);
	}
	util_buf_add(&b, "", 0);
	return b.data;
}

/* --- RUN --mount ---------------------------------------------------------- */

/* What a RUN's mounts hold while it runs; released afterwards. */
struct run_mounts {
	struct strata_mount_spec *specs;
	size_t n;
	char **strings; /* owned strings the specs point at */
	size_t nstrings;
	struct snapshot *snaps; /* read-only views of states */
	size_t nsnaps;
	int *fds; /* flocks held (locked caches) */
	size_t nfds;
	char **dirs; /* temp dirs to remove (secrets, private caches) */
	size_t ndirs;
	char **env; /* extra "K=V" for secrets given as env (never logged) */
	size_t nenv;
};

static const char *rm_keep(struct run_mounts *rm, char *s)
{
	rm->strings = xrealloc(rm->strings, (rm->nstrings + 1) * sizeof(char *));
	rm->strings[rm->nstrings++] = s;
	return s;
}

static void rm_add(struct run_mounts *rm, const char *type, const char *source, const char *target,
                   int readonly)
{
	rm->specs = xrealloc(rm->specs, (rm->n + 1) * sizeof(*rm->specs));
	rm->specs[rm->n++] = (struct strata_mount_spec){
	        .type = type, .source = source, .target = target, .readonly = readonly};
}

static void rm_release(struct run_mounts *rm)
{
	for (size_t i = 0; i < rm->nsnaps; i++)
		snapshot_release(&rm->snaps[i]);
	for (size_t i = 0; i < rm->nfds; i++)
		close(rm->fds[i]);
	for (size_t i = 0; i < rm->ndirs; i++) {
		strata_rmtree(rm->dirs[i], NULL);
		free(rm->dirs[i]);
	}
	for (size_t i = 0; i < rm->nstrings; i++)
		free(rm->strings[i]);
	for (size_t i = 0; i < rm->nenv; i++) {
		/* secrets: do not leave them in freed memory */
		explicit_bzero(rm->env[i], strlen(rm->env[i]));
		free(rm->env[i]);
	}
	free(rm->specs);
	free(rm->strings);
	free(rm->snaps);
	free(rm->fds);
	free(rm->dirs);
	free(rm->env);
	memset(rm, 0, sizeof(*rm));
}

/* The host path of path inside root, every symlink resolved inside root. */
static int path_in_root(const char *root, const char *path, char **out, struct strata_error **err)
{
	AUTOCLOSE int fd = -1;
	int r = strata_open_in_root(root, path && *path ? path : "/", O_PATH | O_CLOEXEC, &fd, err);
	if (r < 0)
		return r;
	AUTOFREE char *link = xasprintf("/proc/self/fd/%d", fd);
	char buf[PATH_MAX];
	ssize_t len = readlink(link, buf, sizeof buf - 1);
	if (len < 0)
		return strata_error_set(err, STRATA_EIO, errno, "resolve '%s'", path);
	buf[len] = '\0';
	*out = xstrdup(buf);
	return 0;
}

static const struct strata_secret *find_secret(struct solve_ctx *c, const char *id)
{
	for (size_t i = 0; i < c->o->nsecrets; i++)
		if (strcmp(c->o->secrets[i].id, id) == 0)
			return &c->o->secrets[i];
	return NULL;
}

static int mount_cache(struct solve_ctx *c, const struct strata_run_mount *m, struct run_mounts *rm,
                       struct strata_error **err)
{
	const char *id = m->id && *m->id ? m->id : m->target;
	char idd[STRATA_DIGEST_LEN];
	strata_digest_buffer(id, strlen(id), idd);
	int made = store_area_mkdir(c->o->store, STRATA_STORE_CACHE_MOUNTS, err);
	if (made < 0)
		return made;
	AUTOFREE char *dir = strata_store_path(c->o->store, STRATA_STORE_CACHE_MOUNTS, idd + 7);
	AUTOFREE char *lock = xasprintf("%s.lock", dir);
	/* <hex>.id names the cache for `strata cache-mounts ls` (the dir itself is
	 * the mount, so nothing of strata's can live inside it) */
	AUTOFREE char *idfile = xasprintf("%s.id", dir);
	if (access(idfile, F_OK) != 0) {
		AUTOFREE char *tmp = xasprintf("%s.tmp.%ld", idfile, (long)gettid());
		AUTOCLOSE int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (fd >= 0 && util_write_all(fd, id, strlen(id)) == 0)
			rename(tmp, idfile);
		else
			unlink(tmp);
	}
	if (mkdir(dir, m->mode >= 0 ? (mode_t)m->mode : 0755) == 0) {
		/* a new cache dir takes the mount's owner and mode */
		if (chown(dir, m->uid >= 0 ? (uid_t)m->uid : 0, m->gid >= 0 ? (gid_t)m->gid : 0) <
		            0 ||
		    chmod(dir, m->mode >= 0 ? (mode_t)m->mode : 0755) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "set up cache '%s'", id);
	} else if (errno != EEXIST) {
		return strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", dir);
	}
	if (m->sharing != STRATA_SHARING_SHARED) {
		int fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (fd < 0)
			return strata_error_set(err, STRATA_EIO, errno, "open '%s'", lock);
		int busy = flock(fd, LOCK_EX | LOCK_NB) < 0;
		if (busy && m->sharing == STRATA_SHARING_LOCKED) {
			while (flock(fd, LOCK_EX) < 0 && errno == EINTR)
				;
			busy = 0;
		}
		rm->fds = xrealloc(rm->fds, (rm->nfds + 1) * sizeof(int));
		rm->fds[rm->nfds++] = fd;
		if (busy) {
			/* private: another RUN has it; this one gets its own */
			char *tmp = NULL;
			int r = strata_store_mkdtemp(c->o->store, "cache", &tmp, err);
			if (r < 0)
				return r;
			rm->dirs = xrealloc(rm->dirs, (rm->ndirs + 1) * sizeof(char *));
			rm->dirs[rm->ndirs++] = tmp;
			rm_add(rm, "bind", tmp, m->target, 0);
			return 0;
		}
	}
	rm_add(rm, "bind", rm_keep(rm, steal_pointer(&dir)), m->target, 0);
	return 0;
}

static int mount_secret(struct solve_ctx *c, const struct strata_run_mount *m, uid_t uid, gid_t gid,
                        struct run_mounts *rm, struct strata_error **err)
{
	const struct strata_secret *sec = find_secret(c, m->id);
	if (!sec) {
		if (m->required)
			return strata_error_set(err, STRATA_ENOENT, 0,
			                        "secret '%s' is required but was not given "
			                        "(strata build --secret id=%s,src=FILE)",
			                        m->id, m->id);
		return 0;
	}
	if (m->env) {
		rm->env = xrealloc(rm->env, (rm->nenv + 1) * sizeof(char *));
		char *kv = xmalloc(strlen(m->env) + 1 + sec->len + 1);
		memcpy(kv, m->env, strlen(m->env));
		kv[strlen(m->env)] = '=';
		memcpy(kv + strlen(m->env) + 1, sec->data, sec->len);
		kv[strlen(m->env) + 1 + sec->len] = '\0';
		rm->env[rm->nenv++] = kv;
	}
	if (!m->target)
		return 0;
	char *dir = NULL;
	int r = strata_store_mkdtemp(c->o->store, "secret", &dir, err);
	if (r < 0)
		return r;
	rm->dirs = xrealloc(rm->dirs, (rm->ndirs + 1) * sizeof(char *));
	rm->dirs[rm->ndirs++] = dir;
	chmod(dir, 0700);
	char *file = util_path_join(dir, "secret");
	rm_keep(rm, file);
	AUTOCLOSE int fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0400);
	if (fd < 0 || util_write_all(fd, sec->data, sec->len) < 0 || fchown(fd, uid, gid) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "write secret '%s'", m->id);
	rm_add(rm, "bind", file, m->target, 1);
	return 0;
}

static int mount_bind(struct solve_ctx *c, const struct strata_run_mount *m, struct run_mounts *rm,
                      struct strata_error **err)
{
	const char *root = c->o->context_dir;
	if (m->from) {
		rm->snaps = xrealloc(rm->snaps, (rm->nsnaps + 1) * sizeof(*rm->snaps));
		struct snapshot *snap = &rm->snaps[rm->nsnaps];
		/* a writable view when writes are allowed: they land in its
		 * upper dir and are thrown away with it */
		int r = mount_image(c, c->res[m->from->index].img, m->readwrite, snap, err);
		if (r < 0) {
			snapshot_release(snap);
			return r;
		}
		rm->nsnaps++;
		root = snap->merged;
	} else if (!root) {
		return strata_error_set(err, STRATA_EINVAL, 0, "bind mount: no build context");
	}
	char *src = NULL;
	int r = path_in_root(root, m->source, &src, err);
	if (r < 0)
		return strata_error_wrap(err, "bind mount '%s'", m->source ? m->source : "/");
	rm_add(rm, "bind", rm_keep(rm, src), m->target, !m->readwrite);
	return 0;
}

static int mounts_prepare(struct solve_ctx *c, struct strata_node *n, uid_t uid, gid_t gid,
                          struct run_mounts *rm, struct strata_error **err)
{
	rm->snaps = xzalloc(sizeof(*rm->snaps) * (n->nmounts + 1));
	for (size_t i = 0; i < n->nmounts; i++) {
		const struct strata_run_mount *m = &n->mounts[i];
		int r = 0;
		switch (m->kind) {
		case STRATA_RUN_MOUNT_BIND: r = mount_bind(c, m, rm, err); break;
		case STRATA_RUN_MOUNT_CACHE: r = mount_cache(c, m, rm, err); break;
		case STRATA_RUN_MOUNT_TMPFS: rm_add(rm, "tmpfs", NULL, m->target, 0); break;
		case STRATA_RUN_MOUNT_SECRET: r = mount_secret(c, m, uid, gid, rm, err); break;
		}
		if (r < 0)
			return r;
	}
	return 0;
}

/* The key part of a RUN's mounts: what they are, never what a cache or a
 * secret holds; a bind's content through its source state's key, or the
 * context's content digest. */
int ops_mounts_key(struct solve_ctx *c, struct strata_node *n, struct cache_key *k,
                   struct strata_error **err)
{
	k->section = "mount";
	for (size_t i = 0; i < n->nmounts; i++) {
		const struct strata_run_mount *m = &n->mounts[i];
		cache_key_int(k, 'M', m->kind);
		cache_key_str(k, 't', m->target);
		cache_key_str(k, 's', m->source);
		cache_key_str(k, 'i', m->id);
		cache_key_str(k, 'v', m->env);
		cache_key_int(k, 'w', m->readwrite);
		cache_key_int(k, 'S', m->sharing);
		cache_key_int(k, 'u', m->uid);
		cache_key_int(k, 'g', m->gid);
		cache_key_int(k, 'o', m->mode);
		cache_key_int(k, 'q', m->required);
		cache_key_int(k, 'z', m->size);
		if (m->kind != STRATA_RUN_MOUNT_BIND)
			continue;
		if (m->from) {
			cache_key_str(k, 'F', c->res[m->from->index].key);
		} else if (c->o->context_dir) {
			const char *src[] = {m->source && *m->source ? m->source : ".", NULL};
			struct strata_copy_opts co = {.sources = src,
			                              .dest = "/",
			                              .chmod = -1,
			                              .statcache = c->statcache};
			char d[STRATA_DIGEST_LEN];
			int r = strata_copy_digest(c->o->context_dir, &co, d, err);
			if (r < 0)
				return strata_error_wrap(err, "bind mount '%s'", src[0]);
			cache_key_str(k, 'C', d);
		}
	}
	return 0;
}

/* The sandbox: --sandbox, else the first candidate that works here. Chosen
 * once, at the first RUN that runs (a cached build probes nothing). */
static int pick_sandbox(struct solve_ctx *c, const struct strata_sandbox **out,
                        struct strata_error **err)
{
	pthread_mutex_lock(&c->lock);
	if (!c->sandbox_picked) {
		c->sandbox_picked = 1;
		plugin_pick_sandbox(c->o->plugins, c->o->sandbox, c->o->sandboxes, &c->sandbox,
		                    &c->sandbox_err);
	}
	*out = c->sandbox;
	int r = 0;
	if (!c->sandbox)
		r = strata_error_set(err, c->sandbox_err->code, 0, "%s", c->sandbox_err->msg);
	pthread_mutex_unlock(&c->lock);
	return r;
}

static int op_run(struct solve_ctx *c, struct strata_node *n, struct strata_image *img,
                  struct strata_error **err)
{
	struct run_mounts rm = {0};
	AUTOFREE char **env = NULL; /* n->env, HOME, secrets as env; strings borrowed */
	AUTOFREE char *home = NULL; /* "HOME=..." unless n->env has it */
	/* set before any goto out: cleanup runs on them there */
	AUTOFREE char *log = NULL, *log_tmp = NULL, *logname = NULL;
	AUTOFREE gid_t *groups = NULL;
	size_t ngroups = 0;
	uid_t uid = 0;
	gid_t gid = 0;
	struct snapshot snap;
	int r = mount_image(c, img, 1, &snap, err);
	if (r < 0)
		goto out;
	if (n->user) {
		r = strata_user_resolve(snap.merged, n->user, &uid, &gid, &groups, &ngroups, err);
		if (r < 0)
			goto out;
	}
	r = mounts_prepare(c, n, uid, gid, &rm, err);
	if (r < 0)
		goto out;
	r = root_home_env(snap.merged, (const char *const *)n->env, uid, &home, err);
	if (r < 0)
		goto out;
	size_t ne = util_strv_len((const char *const *)n->env), k = 0;
	env = xzalloc((ne + 1 + rm.nenv + 1) * sizeof(char *));
	for (size_t i = 0; i < ne; i++)
		env[k++] = n->env[i];
	if (home)
		env[k++] = home;
	for (size_t i = 0; i < rm.nenv; i++)
		env[k++] = rm.env[i];
	int pfd[2];
	if (pipe2(pfd, O_CLOEXEC) < 0) {
		r = strata_error_set(err, STRATA_EIO, errno, "pipe");
		goto out;
	}
	/* logs/<key>.log: written under a temp name, renamed when the step ends */
	logname = xasprintf("%s.log", c->res[n->index].key + 7);
	log = strata_store_path(c->o->store, STRATA_STORE_LOGS, logname);
	log_tmp = xasprintf("%s.tmp.%ld", log, (long)gettid());
	/* when it cannot be made, no log; the output still streams */
	(void)store_area_mkdir(c->o->store, STRATA_STORE_LOGS, NULL);
	struct output_pump pump = {c, n, pfd[0],
	                           open(log_tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)};
	pthread_t th;
	if (pthread_create(&th, NULL, pump_output, &pump) != 0) {
		close(pfd[0]);
		close(pfd[1]);
		r = strata_error_set(err, STRATA_EIO, 0, "start output thread");
		goto out;
	}
	struct strata_sandbox_spec spec = {
	        .rootfs = snap.merged,
	        .argv = (const char *const *)n->argv,
	        .env = (const char *const *)env,
	        .cwd = n->cwd,
	        .uid = uid,
	        .gid = gid,
	        .groups = groups,
	        .ngroups = ngroups,
	        .network = n->network,
	        .mounts = rm.specs,
	        .nmounts = rm.n,
	        .stdin_fd = -1,
	        .stdout_fd = pfd[1],
	        .stderr_fd = pfd[1],
	};
	int status = -1;
	const struct strata_sandbox *sb = NULL;
	r = pick_sandbox(c, &sb, err);
	if (r < 0) {
		close(pfd[1]);
		pthread_join(th, NULL);
		close(pfd[0]);
		if (pump.log_fd >= 0)
			close(pump.log_fd);
		unlink(log_tmp);
		goto out;
	}
	r = sb->run(sb->self, &spec, &status, err);
	close(pfd[1]);
	pthread_join(th, NULL);
	close(pfd[0]);
	int logged = pump.log_fd >= 0 && close(pump.log_fd) == 0 && rename(log_tmp, log) == 0;
	if (!logged)
		unlink(log_tmp);
	if (r < 0) {
		strata_error_wrap(err, "sandbox '%s'", sb->name);
		goto out;
	}
	if (status != 0) {
		AUTOFREE char *cmd = argv_text(n->argv);
		r = strata_error_set(
		        err, STRATA_EPROCESS, 0,
		        "process \"%s\" did not complete successfully: exit code %d%s%s%s", cmd,
		        status, logged ? " (full log: " : "", logged ? log : "", logged ? ")" : "");
		goto out;
	}
	r = leave_out_unchanged(c, img, &snap, err);
	if (r == 0)
		r = commit_snapshot(c, n, &snap, img, 1, err);
out:
	rm_release(&rm);
	snapshot_release(&snap);
	return r;
}

/* --- COPY / MKDIR -------------------------------------------------------- */

static int op_copy(struct solve_ctx *c, struct strata_node *n, struct strata_image *img,
                   struct strata_error **err)
{
	struct snapshot src = {0}, dst = {0};
	const char *src_root;
	int r;
	if (n->from) {
		r = mount_image(c, c->res[n->from->index].img, 0, &src, err);
		if (r < 0)
			goto out;
		src_root = src.merged;
	} else {
		if (strcmp(n->context, "context") != 0) {
			r = strata_error_set(err, STRATA_EUNSUPPORTED, 0,
			                     "copy: named context '%s' is not supported yet",
			                     n->context);
			goto out;
		}
		if (!c->o->context_dir) {
			r = strata_error_set(err, STRATA_EINVAL, 0, "copy: no build context");
			goto out;
		}
		src_root = c->o->context_dir;
	}
	r = mount_image(c, img, 1, &dst, err);
	if (r < 0)
		goto out;
	struct strata_copy_opts co = {
	        .sources = (const char *const *)n->sources,
	        .dest = n->dest,
	        .chown = n->chown,
	        .keep_owner = n->from != NULL,
	        .chmod = n->chmod,
	        .excludes = (const char *const *)n->excludes,
	        .unpack = n->unpack,
	        .parents = n->parents,
	};
	r = strata_copy(src_root, dst.merged, &co, err);
	if (r < 0)
		goto out;
	r = commit_snapshot(c, n, &dst, img, 0, err);
out:
	snapshot_release(&src);
	snapshot_release(&dst);
	return r;
}

static int op_mkdir(struct solve_ctx *c, struct strata_node *n, struct strata_image *img,
                    struct strata_error **err)
{
	struct snapshot snap;
	int r = mount_image(c, img, 1, &snap, err);
	if (r < 0) {
		snapshot_release(&snap);
		return r;
	}
	uid_t uid = 0;
	gid_t gid = 0;
	/* BuildKit's mkdir reads its owner as --chown does, not as RUN's USER */
	if (n->chown)
		r = strata_chown_resolve(snap.merged, n->chown, &uid, &gid, err);
	if (r == 0)
		r = strata_mkdir_in_root(snap.merged, n->path, n->mode, uid, gid, err);
	if (r == 0)
		r = commit_snapshot(c, n, &snap, img, 0, err);
	snapshot_release(&snap);
	return r;
}

/* --- INLINE / FETCH: a one-layer image of files made here ------------------ */

/* The time stamped on files and images made from nothing: fixed, so the
 * same content gives the same layer. */
static int64_t fixed_time(struct solve_ctx *c)
{
	return c->o->source_date_epoch >= 0 ? c->o->source_date_epoch : 0;
}

static int image_of_tree(struct solve_ctx *c, struct strata_node *n, const char *dir,
                         struct strata_image **out, struct strata_error **err)
{
	struct strata_layer_opts lo = {.source = STRATA_LAYER_FROM_TREE,
	                               .clamp_mtime = c->o->source_date_epoch};
	struct strata_layer_desc desc;
	int r = strata_layer_create(c->o->store, dir, &lo, &desc, err);
	if (r < 0)
		return strata_error_wrap(err, "create layer");
	struct strata_image *img = NULL;
	r = strata_image_new(&img, err);
	if (r < 0)
		return r;
	strata_image_set_created(img, fixed_time(c));
	r = strata_image_add_layer(img, &desc, n->info.desc, err);
	if (r < 0) {
		strata_image_free(img);
		return r;
	}
	*out = img;
	return 0;
}

static int op_inline(struct solve_ctx *c, struct strata_node *n, struct strata_image **out,
                     struct strata_error **err)
{
	AUTOFREE char *dir = NULL;
	int r = strata_store_mkdtemp(c->o->store, "inline", &dir, err);
	if (r < 0)
		return r;
	struct timespec ts[2] = {{.tv_sec = fixed_time(c)}, {.tv_sec = fixed_time(c)}};
	for (size_t i = 0; i < n->nfiles && r == 0; i++) {
		const struct strata_inline_file *f = &n->files[i];
		AUTOFREE char *path = util_path_join(dir, f->path);
		AUTOFREE char *parent = xstrdup(path);
		*strrchr(parent, '/') = '\0';
		if (util_mkdir_p(parent, 0755) < 0) {
			r = strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", f->path);
			break;
		}
		AUTOCLOSE int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (fd < 0 || util_write_all(fd, f->data, f->len) < 0 || fchmod(fd, f->mode) < 0 ||
		    futimens(fd, ts) < 0)
			r = strata_error_set(err, STRATA_EIO, errno, "write '%s'", f->path);
	}
	if (r == 0)
		r = image_of_tree(c, n, dir, out, err);
	strata_rmtree(dir, NULL);
	return r;
}

/* Download n's URL into a fresh dir (res->fetch_dir), once. */
int ops_fetch_download(struct solve_ctx *c, struct strata_node *n, struct strata_error **err)
{
	struct node_result *res = &c->res[n->index];
	if (res->fetch_dir)
		return 0;
	int r = strata_store_mkdtemp(c->o->store, "fetch", &res->fetch_dir, err);
	if (r < 0)
		return r;
	AUTOFREE char *path = util_path_join(res->fetch_dir, n->name);
	/* the URL's scheme names the transport that fetches it (fetch-http) */
	AUTOFREE char *scheme = xstrndup(n->url, strcspn(n->url, ":"));
	const struct strata_transport *t =
	        c->o->plugins ? strata_plugins_transport(c->o->plugins, scheme) : NULL;
	if (!t || !STRATA_TRANSPORT_HAS(t, fetch))
		r = strata_error_set(err, STRATA_EUNSUPPORTED, 0,
		                     "download '%s': no plugin fetches %s URLs", n->url, scheme);
	else
		r = t->fetch(t->self, strata_plugins_host(c->o->plugins), n->url, path,
		             &res->fetch_mtime, res->fetch_digest, err);
	if (r == 0 && n->checksum && strcmp(n->checksum, res->fetch_digest) != 0)
		r = strata_error_set(err, STRATA_ECORRUPT, 0,
		                     "checksum of '%s' does not match: expected '%s', got '%s'",
		                     n->url, n->checksum, res->fetch_digest);
	if (r == 0 && res->fetch_mtime >= 0) {
		struct timespec ts[2] = {{.tv_sec = res->fetch_mtime},
		                         {.tv_sec = res->fetch_mtime}};
		if (utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW) < 0)
			r = strata_error_set(err, STRATA_EIO, errno, "set the time of '%s'",
			                     n->name);
	}
	return r;
}

static int op_fetch(struct solve_ctx *c, struct strata_node *n, struct strata_image **out,
                    struct strata_error **err)
{
	int r = ops_fetch_download(c, n, err);
	if (r == 0)
		r = image_of_tree(c, n, c->res[n->index].fetch_dir, out, err);
	return r;
}

int ops_execute(struct solve_ctx *c, struct strata_node *n, struct strata_image **img,
                struct strata_error **err)
{
	switch (n->op) {
	case STRATA_OP_FROM:
	case STRATA_OP_SCRATCH:
	case STRATA_OP_INLINE: return op_inline(c, n, img, err);
	case STRATA_OP_FETCH: return op_fetch(c, n, img, err);
	case STRATA_OP_RUN: return op_run(c, n, *img, err);
	case STRATA_OP_COPY: return op_copy(c, n, *img, err);
	case STRATA_OP_MKDIR: return op_mkdir(c, n, *img, err);
	case STRATA_OP_CONFIG: {
		if (n->document) {
			json_object_update(strata_image_document(*img), n->patch);
			return strata_image_add_history(*img, n->info.desc, err);
		}
		int r = strata_image_config_patch(*img, n->patch, err);
		if (r == 0)
			r = strata_image_add_history(*img, n->info.desc, err);
		return r;
	}
	}
	return strata_error_set(err, STRATA_EINVAL, 0, "unknown op %d", (int)n->op);
}
