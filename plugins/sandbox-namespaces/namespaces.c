/* sandbox-namespaces: the "namespaces" sandbox — one process in new mount,
 * pid, uts, ipc (and, for STRATA_NET_NONE, net) namespaces, pivot_root'ed into
 * the prepared rootfs. This file is the parent's side: it checks the spec,
 * makes the mount points the rootfs lacks (and removes them afterwards, so
 * they do not end up in the layer made from the rootfs), prepares everything
 * the child needs, clones, and waits. The child's side is child.c. */
#include "ns.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/capability.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

#define DEFAULT_PATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

/* Mount points this run made in the rootfs, outermost first, with the times
 * their parent directories had before. */
struct created {
	struct created_entry {
		char *path;
		int kind;
		struct timespec parent_times[2];
	} * v;
	size_t n;
};

static void created_note(void *ud, const char *path, int kind,
                         const struct timespec parent_times[2])
{
	struct created *cr = ud;
	cr->v = xrealloc(cr->v, (cr->n + 1) * sizeof(*cr->v));
	cr->v[cr->n++] = (struct created_entry){
	        .path = xstrdup(path),
	        .kind = kind,
	        .parent_times = {parent_times[0], parent_times[1]},
	};
}

/* Put a directory's times back after removing what we made in it, so that a
 * layer made from an overlay upper dir sees it unchanged (BuildKit's mount
 * stub cleaner does the same). */
static void restore_times(int dirfd, const struct timespec times[2])
{
	int d = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (d >= 0) {
		futimens(d, times);
		close(d);
	}
}

/* Remove what created_note recorded, innermost first, and restore the times
 * of the directories they were made in. A directory the process filled (a
 * parent of a mount target) stays: it is the process's work now.
 * Returns 0 or an errno. */
static int created_remove(struct created *cr, int rootfd, const char **failed)
{
	int first = 0;
	for (size_t i = cr->n; i-- > 0;) {
		struct created_entry *c = &cr->v[i];
		char *slash = strrchr(c->path, '/');
		const char *name = slash ? slash + 1 : c->path;
		if (slash)
			*slash = '\0';
		int dirfd = ns_root_open(rootfd, slash ? c->path : "", 0, NULL, NULL);
		if (slash)
			*slash = '/';
		int r = dirfd < 0 ? -1 : unlinkat(dirfd, name, c->kind == 'd' ? AT_REMOVEDIR : 0);
		int e = errno;
		if (r == 0)
			restore_times(dirfd, c->parent_times);
		if (dirfd >= 0)
			close(dirfd);
		if (r < 0 && e != ENOENT && e != ENOTEMPTY && e != EEXIST && !first) {
			first = e;
			*failed = c->path;
		}
	}
	return first;
}

static void created_release(struct created *cr)
{
	for (size_t i = 0; i < cr->n; i++)
		free(cr->v[i].path);
	free(cr->v);
	*cr = (struct created){0};
}

/* What a run owns besides the spec. */
struct run_ctx {
	struct ns_child child;
	struct ns_mount *mounts;
	char **strings; /* the cleaned targets, freed at the end */
	char **exec_paths;
	struct created made;
};

static void run_ctx_release(struct run_ctx *rc)
{
	free(rc->mounts);
	util_strv_free(rc->strings);
	util_strv_free(rc->exec_paths);
	created_release(&rc->made);
}

static char *keep(struct run_ctx *rc, char *s)
{
	size_t n = util_strv_len((const char *const *)rc->strings);
	rc->strings = xrealloc(rc->strings, (n + 2) * sizeof(*rc->strings));
	rc->strings[n] = s;
	rc->strings[n + 1] = NULL;
	return s;
}

/* The spec's mounts, then /etc/resolv.conf and /etc/hosts from the host when
 * the process shares its network. */
static int prepare_mounts(const struct strata_host *h, struct run_ctx *rc,
                          const struct strata_sandbox_spec *spec, struct strata_error **err)
{
	rc->mounts = xzalloc((spec->nmounts + 2) * sizeof(*rc->mounts));
	size_t n = 0;
	for (size_t i = 0; i < spec->nmounts; i++) {
		const struct strata_mount_spec *m = &spec->mounts[i];
		struct ns_mount *nm = &rc->mounts[n++];
		if (!m->target || m->target[0] != '/')
			return h->error_set(err, STRATA_EINVAL, 0,
			                    "mount '%s': target is not an absolute path",
			                    m->target ? m->target : "");
		nm->target = keep(rc, util_path_clean(m->target));
		nm->readonly = m->readonly;
		if (m->type && strcmp(m->type, "tmpfs") == 0) {
			nm->tmpfs = 1;
		} else if (m->type && strcmp(m->type, "bind") == 0) {
			struct stat st;
			if (!m->source || stat(m->source, &st) < 0)
				return h->error_set(err, STRATA_EINVAL, m->source ? errno : 0,
				                    "bind mount '%s' on '%s'",
				                    m->source ? m->source : "", m->target);
			nm->source = m->source;
			nm->file = !S_ISDIR(st.st_mode);
		} else {
			return h->error_set(err, STRATA_EINVAL, 0,
			                    "mount on '%s': unknown type '%s'", m->target,
			                    m->type ? m->type : "");
		}
	}
	if (spec->network != STRATA_NET_NONE) {
		static const char *const files[] = {"/etc/resolv.conf", "/etc/hosts"};
		for (size_t i = 0; i < 2; i++) {
			if (access(files[i], R_OK) < 0)
				continue;
			rc->mounts[n++] = (struct ns_mount){
			        .source = files[i],
			        .target = files[i],
			        .file = 1,
			        .readonly = 1,
			        .optional = 1,
			};
		}
	}
	rc->child.mounts = rc->mounts;
	rc->child.nmounts = n;
	return 0;
}

/* Make every mount point the child needs that the rootfs lacks, noting each
 * one made; and the working directory, which stays. */
static int prepare_mount_points(const struct strata_host *h, struct run_ctx *rc, int rootfd,
                                struct strata_error **err)
{
	static const char *const system[] = {"/proc", "/sys", "/dev"};
	for (size_t i = 0; i < 3; i++) {
		int fd = ns_root_open(rootfd, system[i], 'd', created_note, &rc->made);
		if (fd < 0)
			return h->error_set(err, STRATA_EIO, errno, "mount point '%s' in '%s'",
			                    system[i], rc->child.rootfs);
		close(fd);
	}
	size_t kept = 0;
	for (size_t i = 0; i < rc->child.nmounts; i++) {
		struct ns_mount *m = &rc->mounts[i];
		int fd = ns_root_open(rootfd, m->target, m->file ? 'f' : 'd', created_note,
		                      &rc->made);
		int e = errno;
		if (fd >= 0)
			close(fd);
		if (fd < 0 && m->optional)
			continue; /* resolv.conf as a dangling symlink: leave it be */
		if (fd < 0)
			return h->error_set(err, STRATA_EIO, e, "mount point '%s' in '%s'",
			                    m->target, rc->child.rootfs);
		rc->mounts[kept++] = *m;
	}
	rc->child.nmounts = kept;
	int fd = ns_root_open(rootfd, rc->child.cwd, 'd', NULL, NULL);
	if (fd < 0)
		return h->error_set(err, STRATA_EIO, errno, "create working directory '%s'",
		                    rc->child.cwd);
	close(fd);
	return 0;
}

/* Where execve will look for argv[0] inside the new root: the PATH of the
 * spec's environment, not ours. */
static char **exec_candidates(const struct strata_sandbox_spec *spec)
{
	const char *prog = spec->argv[0];
	if (strchr(prog, '/'))
		return util_strv_dup((const char *const[]){prog, NULL});
	const char *path = DEFAULT_PATH;
	for (size_t i = 0; spec->env && spec->env[i]; i++) {
		if (strncmp(spec->env[i], "PATH=", 5) == 0) {
			path = spec->env[i] + 5;
			break;
		}
	}
	size_t n = 1;
	for (const char *p = path; *p; p++)
		n += *p == ':';
	char **v = xzalloc((n + 1) * sizeof(*v));
	size_t k = 0;
	for (const char *p = path;; p++) {
		const char *e = strchr(p, ':');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		/* an empty entry is the working directory (POSIX) */
		v[k++] = len ? xasprintf("%.*s/%s", (int)len, p, prog) : xstrdup(prog);
		if (!e)
			break;
		p = e;
	}
	return v;
}

static int read_report(int fd, struct ns_report *rep)
{
	size_t got = 0;
	while (got < sizeof *rep) {
		ssize_t r = read(fd, (char *)rep + got, sizeof *rep - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	return got == sizeof *rep;
}

static int wait_child(pid_t pid, int *ws)
{
	while (waitpid(pid, ws, 0) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

static pid_t clone_child(int flags)
{
	struct clone_args ca = {.flags = (uint64_t)flags, .exit_signal = SIGCHLD};
	return (pid_t)syscall(SYS_clone3, &ca, sizeof ca);
}

static int ns_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                  struct strata_error **err)
{
	const struct strata_host *h = self;
	if (!spec || !spec->rootfs || !spec->argv || !spec->argv[0] || !spec->argv[0][0])
		return h->error_set(err, STRATA_EINVAL, 0, "sandbox: no rootfs or no command");
	if (spec->cwd && spec->cwd[0] != '/')
		return h->error_set(err, STRATA_EINVAL, 0,
		                    "working directory '%s': not an absolute path", spec->cwd);

	AUTOFREE char *root = realpath(spec->rootfs, NULL);
	if (!root)
		return h->error_set(err, STRATA_EIO, errno, "rootfs '%s'", spec->rootfs);
	AUTOCLOSE int rootfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (rootfd < 0)
		return h->error_set(err, STRATA_EIO, errno, "open rootfs '%s'", root);
	AUTOFREE char *cwd = util_path_clean(spec->cwd ? spec->cwd : "/");

	struct run_ctx rc = {0};
	rc.child = (struct ns_child){
	        .spec = spec,
	        .rootfs = root,
	        .hostname = spec->hostname && *spec->hostname ? spec->hostname : "strata",
	        .cwd = cwd,
	        .errfd = -1,
	};
	int r = prepare_mounts(h, &rc, spec, err);
	if (r == 0)
		r = prepare_mount_points(h, &rc, rootfd, err);
	int pipefd[2] = {-1, -1};
	pid_t pid = -1;
	if (r == 0) {
		rc.exec_paths = exec_candidates(spec);
		rc.child.exec_paths = (const char *const *)rc.exec_paths;
		if (pipe2(pipefd, O_CLOEXEC) < 0)
			r = h->error_set(err, STRATA_EIO, errno, "pipe");
	}
	if (r == 0) {
		rc.child.errfd = pipefd[1];
		int flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC;
		if (spec->network == STRATA_NET_NONE)
			flags |= CLONE_NEWNET;
		pid = clone_child(flags);
		if (pid == 0)
			ns_child_main(&rc.child);
		if (pid < 0)
			r = h->error_set(err, STRATA_EIO, errno, "clone the sandbox process");
		close(pipefd[1]);
	}
	if (pid > 0) {
		struct ns_report rep;
		int failed = read_report(pipefd[0], &rep);
		int ws = 0;
		if (wait_child(pid, &ws) < 0)
			r = h->error_set(err, STRATA_EIO, errno, "wait for the sandbox process");
		else if (failed)
			r = h->error_set(err, STRATA_EIO, rep.errnum, "%s", rep.msg);
		else if (WIFSIGNALED(ws))
			*status = 128 + WTERMSIG(ws);
		else
			*status = WEXITSTATUS(ws);
	}
	if (pipefd[0] >= 0)
		close(pipefd[0]);

	const char *failed_path = NULL;
	int e = created_remove(&rc.made, rootfd, &failed_path);
	if (e && r == 0)
		r = h->error_set(err, STRATA_EIO, e, "remove mount point '/%s' from '%s'",
		                 failed_path, root);
	run_ctx_release(&rc);
	return r;
}

static int has_cap_sys_admin(void)
{
	struct __user_cap_header_struct hd = {.version = _LINUX_CAPABILITY_VERSION_3};
	struct __user_cap_data_struct d[2];
	if (syscall(SYS_capget, &hd, d) < 0)
		return 0;
	return (d[CAP_TO_INDEX(CAP_SYS_ADMIN)].effective & CAP_TO_MASK(CAP_SYS_ADMIN)) != 0;
}

static int ns_probe(void *self, char *why, size_t whylen)
{
	if (geteuid() != 0 && !has_cap_sys_admin()) {
		snprintf(why, whylen, "needs root or CAP_SYS_ADMIN");
		return 1;
	}
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0) {
		snprintf(why, whylen, "pipe: %s", strerror(errno));
		return 1;
	}
	/* try in a child: unshare() cannot be undone */
	pid_t pid = fork();
	if (pid == 0) {
		struct ns_report rep = {0};
		if (unshare(CLONE_NEWNS | CLONE_NEWPID) < 0)
			ns_report_set(&rep, errno, "unshare(CLONE_NEWNS|CLONE_NEWPID)");
		else if (close(fsopen("tmpfs", FSOPEN_CLOEXEC)) < 0)
			ns_report_set(&rep, errno, "fsopen(\"tmpfs\")");
		if (rep.errnum && write(p[1], &rep, sizeof rep) < 0)
			_exit(2);
		_exit(rep.errnum ? 1 : 0);
	}
	close(p[1]);
	if (pid < 0) {
		snprintf(why, whylen, "fork: %s", strerror(errno));
		close(p[0]);
		return 1;
	}
	struct ns_report rep;
	int failed = read_report(p[0], &rep);
	close(p[0]);
	int ws = 0;
	wait_child(pid, &ws);
	if (failed) {
		snprintf(why, whylen, "%s: %s", rep.msg, strerror(rep.errnum));
		return 1;
	}
	if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0) {
		snprintf(why, whylen, "the probe process failed");
		return 1;
	}
	return 0;
}

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	if (STRATA_ABI_MAJOR_OF(host->abi_version) != STRATA_ABI_MAJOR ||
	    host->struct_size < sizeof(struct strata_host))
		return host->error_set(err, STRATA_EPLUGIN, 0,
		                       "sandbox 'namespaces': host ABI %u.%u, plugin speaks %u.%u",
		                       STRATA_ABI_MAJOR_OF(host->abi_version),
		                       host->abi_version & 0xffff, STRATA_ABI_MAJOR,
		                       STRATA_ABI_MINOR);
	struct strata_sandbox sb = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(sb),
	        .name = "namespaces",
	        .description = "native Linux namespaces and pivot_root (needs root)",
	        /* the host table lives as long as the registered copy */
	        .self = (void *)host,
	        .probe = ns_probe,
	        .run = ns_run,
	};
	return host->register_sandbox(host->ctx, &sb, err);
}
