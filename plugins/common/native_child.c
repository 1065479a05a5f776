/* plugins/common: the native runner's child — from a fresh set of
 * namespaces to execve(). Only system calls and stack buffers here (see
 * struct sbx_child).
 *
 * Mounts use the file-descriptor mount API (fsopen/fsmount, open_tree,
 * move_mount, mount_setattr): every target inside the rootfs is opened with
 * openat2(RESOLVE_IN_ROOT) first and mounted on through its fd, so a symlink
 * in the image ("/proc -> /etc") can never send a mount outside the rootfs.
 *
 * Two ways in: pivot_root (the "namespaces" backend), after which nothing of
 * the host's mount tree is left in the namespace; or chroot (the "chroot"
 * backend), for hosts where pivot_root cannot work (a rootfs on the initramfs)
 * — there the host's tree stays below, so CAP_SYS_CHROOT is taken away (the
 * classic chroot escape needs it) and /proc is only mounted in a pid
 * namespace of its own (the host's /proc/1/root would lead out). */
#include "native.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/capability.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

struct child_state {
	const struct sbx_child *c;
	int rootfd;
	struct sbx_report rep;
};

#define DIE(s, errnum, ...)                                       \
	do {                                                      \
		sbx_report_set(&(s)->rep, (errnum), __VA_ARGS__); \
		sbx_report_die((s)->c->errfd, &(s)->rep);         \
	} while (0)

/* A new filesystem instance, detached: fsopen + options + fsmount.
 * opts: "key=value" or "flag" strings, NULL-terminated. */
static int fs_new(const char *type, const char *const *opts, unsigned attrs)
{
	int fsfd = fsopen(type, FSOPEN_CLOEXEC);
	if (fsfd < 0)
		return -1;
	for (size_t i = 0; opts && opts[i]; i++) {
		char key[64];
		const char *eq = strchr(opts[i], '=');
		size_t kn = eq ? (size_t)(eq - opts[i]) : strlen(opts[i]);
		if (kn >= sizeof key)
			kn = sizeof key - 1;
		memcpy(key, opts[i], kn);
		key[kn] = '\0';
		int r = eq ? fsconfig(fsfd, FSCONFIG_SET_STRING, key, eq + 1, 0)
		           : fsconfig(fsfd, FSCONFIG_SET_FLAG, key, NULL, 0);
		if (r < 0)
			goto fail;
	}
	if (fsconfig(fsfd, FSCONFIG_CMD_CREATE, NULL, NULL, 0) < 0)
		goto fail;
	int mfd = fsmount(fsfd, FSMOUNT_CLOEXEC, attrs);
	int e = errno;
	close(fsfd);
	errno = e;
	return mfd;
fail:
	e = errno;
	close(fsfd);
	errno = e;
	return -1;
}

/* A detached copy of the tree at dirfd/path (recursive when asked), with
 * attrs set on every mount in it. */
static int tree_clone(int dirfd, const char *path, int recursive, unsigned attrs)
{
	int t = open_tree(dirfd, path,
	                  OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | (recursive ? AT_RECURSIVE : 0) |
	                          (*path ? 0 : AT_EMPTY_PATH));
	if (t < 0 || !attrs)
		return t;
	struct mount_attr a = {.attr_set = attrs};
	if (mount_setattr(t, "", AT_EMPTY_PATH | (recursive ? AT_RECURSIVE : 0), &a, sizeof a) <
	    0) {
		int e = errno;
		close(t);
		errno = e;
		return -1;
	}
	return t;
}

/* Attach a detached mount on an fd opened with sbx_root_open, or on
 * dirfd/name inside a mount of ours. Closes mfd. */
static int attach(int mfd, int dirfd, const char *name)
{
	int r = move_mount(mfd, "", dirfd, name,
	                   MOVE_MOUNT_F_EMPTY_PATH | (*name ? 0 : MOVE_MOUNT_T_EMPTY_PATH));
	int e = errno;
	close(mfd);
	errno = e;
	return r;
}

/* Mount mfd at path inside the rootfs (created when missing). Closes mfd. */
static void attach_in_root(struct child_state *s, int mfd, const char *path, int kind,
                           const char *what)
{
	int t = sbx_root_open(s->rootfd, path, kind, NULL, NULL);
	if (t < 0)
		DIE(s, errno, "mount point '%s'", path);
	int r = attach(mfd, t, "");
	int e = errno;
	close(t);
	if (r < 0)
		DIE(s, e, "mount %s on '%s'", what, path);
}

/* A new mount of type at path inside the rootfs; returns its fd (the root of
 * the new mount) for populating it. */
static int mount_fs(struct child_state *s, const char *type, const char *const *opts,
                    unsigned attrs, const char *path)
{
	int mfd = fs_new(type, opts, attrs);
	if (mfd < 0)
		DIE(s, errno, "mount %s on '%s'", type, path);
	int keep = fcntl(mfd, F_DUPFD_CLOEXEC, 3);
	if (keep < 0)
		DIE(s, errno, "mount %s on '%s'", type, path);
	attach_in_root(s, mfd, path, 'd', type);
	return keep;
}

/* Docker's masks: what a root process could read or write on the host
 * through /proc and /sys without them. */
static const char *const proc_readonly[] = {"bus", "fs", "irq", "sys", "sysrq-trigger", NULL};
static const char *const proc_masked[] = {"acpi",          "asound",      "kcore", "keys",
                                          "latency_stats", "sched_debug", "scsi",  "timer_list",
                                          "timer_stats",   NULL};
static const char *const sys_masked[] = {"firmware", "devices/virtual/powercap", NULL};

/* Hide dirfd/name: an empty read-only tmpfs over a directory, /dev/null
 * over a file. Missing entries are fine. */
static void mask(struct child_state *s, int dirfd, const char *name, const char *where)
{
	struct stat sb;
	if (fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) < 0)
		return;
	int m = S_ISDIR(sb.st_mode) ? fs_new("tmpfs", NULL,
	                                     MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID |
	                                             MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC)
	                            : tree_clone(AT_FDCWD, "/dev/null", 0, 0);
	if (m < 0 || attach(m, dirfd, name) < 0)
		DIE(s, errno, "mask '%s/%s'", where, name);
}

/* /proc, read-only and masked where Docker does. */
static void setup_proc(struct child_state *s)
{
	int proc = mount_fs(s, "proc", NULL,
	                    MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC, "/proc");
	for (size_t i = 0; proc_readonly[i]; i++) {
		if (faccessat(proc, proc_readonly[i], F_OK, AT_SYMLINK_NOFOLLOW) < 0)
			continue;
		int t = tree_clone(proc, proc_readonly[i], 1, MOUNT_ATTR_RDONLY);
		if (t < 0 || attach(t, proc, proc_readonly[i]) < 0)
			DIE(s, errno, "make '/proc/%s' read-only", proc_readonly[i]);
	}
	for (size_t i = 0; proc_masked[i]; i++)
		mask(s, proc, proc_masked[i], "/proc");
	close(proc);
}

static void setup_sys(struct child_state *s)
{
	int sys = mount_fs(s, "sysfs", NULL,
	                   MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV |
	                           MOUNT_ATTR_NOEXEC,
	                   "/sys");
	for (size_t i = 0; sys_masked[i]; i++)
		mask(s, sys, sys_masked[i], "/sys");
	close(sys);
}

static const char *const dev_nodes[] = {"null", "zero", "full", "random", "urandom", "tty", NULL};
static const char *const dev_links[][2] = {
        {"ptmx", "pts/ptmx"},          {"fd", "/proc/self/fd"},       {"stdin", "/proc/self/fd/0"},
        {"stdout", "/proc/self/fd/1"}, {"stderr", "/proc/self/fd/2"},
};

/* A minimal /dev: a tmpfs with the host's harmless devices bound onto empty
 * files (no mknod, so it works wherever /dev does), a private devpts, shm. */
static void setup_dev(struct child_state *s)
{
	int dev = mount_fs(s, "tmpfs", (const char *const[]){"mode=755", "size=65536k", NULL},
	                   MOUNT_ATTR_NOSUID | MOUNT_ATTR_NOEXEC, "/dev");
	for (size_t i = 0; dev_nodes[i]; i++) {
		char host[64];
		snprintf(host, sizeof host, "/dev/%s", dev_nodes[i]);
		int f = openat(dev, dev_nodes[i], O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (f < 0)
			DIE(s, errno, "create '%s'", host);
		close(f);
		int t = tree_clone(AT_FDCWD, host, 0, 0);
		if (t < 0 || attach(t, dev, dev_nodes[i]) < 0)
			DIE(s, errno, "bind '%s'", host);
	}
	if (mkdirat(dev, "pts", 0755) < 0 || mkdirat(dev, "shm", 01777) < 0 ||
	    mkdirat(dev, "mqueue", 0755) < 0)
		DIE(s, errno, "populate '/dev'");
	int m = fs_new(
	        "devpts",
	        (const char *const[]){"newinstance", "ptmxmode=0666", "mode=0620", "gid=5", NULL},
	        MOUNT_ATTR_NOSUID | MOUNT_ATTR_NOEXEC);
	if (m < 0 || attach(m, dev, "pts") < 0)
		DIE(s, errno, "mount devpts on '/dev/pts'");
	m = fs_new("tmpfs", (const char *const[]){"mode=1777", "size=65536k", NULL},
	           MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC);
	if (m < 0 || attach(m, dev, "shm") < 0)
		DIE(s, errno, "mount tmpfs on '/dev/shm'");
	m = fs_new("mqueue", NULL, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC);
	if (m < 0 || attach(m, dev, "mqueue") < 0)
		DIE(s, errno, "mount mqueue on '/dev/mqueue'");
	for (size_t i = 0; i < sizeof dev_links / sizeof dev_links[0]; i++)
		if (symlinkat(dev_links[i][1], dev, dev_links[i][0]) < 0)
			DIE(s, errno, "symlink '/dev/%s'", dev_links[i][0]);
	close(dev);
}

static void setup_mounts(struct child_state *s)
{
	for (size_t i = 0; i < s->c->prep->nmounts; i++) {
		const struct sbx_mount *m = &s->c->prep->mounts[i];
		unsigned attrs = MOUNT_ATTR_NODEV | (m->readonly ? MOUNT_ATTR_RDONLY : 0);
		int mfd;
		if (m->tmpfs) {
			mfd = fs_new("tmpfs", (const char *const[]){"mode=755", NULL},
			             attrs | MOUNT_ATTR_NOSUID);
			if (mfd < 0)
				DIE(s, errno, "mount tmpfs on '%s'", m->target);
			attach_in_root(s, mfd, m->target, 'd', "tmpfs");
		} else {
			mfd = tree_clone(AT_FDCWD, m->source, 1, attrs);
			if (mfd < 0)
				DIE(s, errno, "bind '%s' on '%s'", m->source, m->target);
			attach_in_root(s, mfd, m->target, m->file ? 'f' : 'd', m->source);
		}
	}
}

/* The run's own network (net.h), made by the parent: entered first, so
 * that the /sys mounted below is the namespace's. */
static void join_network(struct child_state *s)
{
	if (sbx_net_enter(&s->c->prep->net, &s->rep) < 0)
		sbx_report_die(s->c->errfd, &s->rep);
}

static void enter_root(struct child_state *s)
{
	const char *root = s->c->prep->root;
	/* whatever the caller's mount namespace propagates, ours does not */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		DIE(s, errno, "make '/' private");
	/* the rootfs becomes a mount of its own (pivot_root needs one), where
	 * device nodes do not work: a root process with CAP_MKNOD cannot reach
	 * the host's disks through a node it made */
	int t = tree_clone(AT_FDCWD, root, 1, MOUNT_ATTR_NODEV);
	if (t < 0 || move_mount(t, "", AT_FDCWD, root, MOVE_MOUNT_F_EMPTY_PATH) < 0)
		DIE(s, errno, "bind rootfs '%s'", root);
	close(t);
	s->rootfd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (s->rootfd < 0)
		DIE(s, errno, "open rootfs '%s'", root);
}

/* Make the rootfs "/": pivot_root, the old root detached; or chroot, the
 * host's tree left below. */
static void enter(struct child_state *s)
{
	if (!s->c->opts->pivot) {
		if (fchdir(s->rootfd) < 0 || chroot(".") < 0)
			DIE(s, errno, "chroot into '%s'", s->c->prep->root);
		if (chdir("/") < 0)
			DIE(s, errno, "chdir '/'");
		close(s->rootfd);
		s->rootfd = -1;
		return;
	}
	if (fchdir(s->rootfd) < 0)
		DIE(s, errno, "chdir '%s'", s->c->prep->root);
	/* the old root ends up stacked under the new one, and is detached */
	if (syscall(SYS_pivot_root, ".", ".") < 0)
		DIE(s, errno, "pivot_root into '%s'", s->c->prep->root);
	if (umount2(".", MNT_DETACH) < 0)
		DIE(s, errno, "detach the old root");
	if (chdir("/") < 0)
		DIE(s, errno, "chdir '/'");
	close(s->rootfd);
	s->rootfd = -1;
}

__attribute__((noreturn)) static void exec_argv(struct child_state *s)
{
	const struct strata_sandbox_spec *sp = s->c->spec;
	static const char *const no_env[] = {NULL};
	char *const *env = (char *const *)(sp->env ? sp->env : no_env);
	int saved = ENOENT;
	for (size_t i = 0; s->c->exec_paths[i]; i++) {
		execve(s->c->exec_paths[i], (char *const *)sp->argv, env);
		/* ETXTBSY: another thread's child, cloned while this binary was
		 * open for writing (a layer being unpacked), still holds that fd
		 * until its own execve; it lets go within milliseconds */
		for (int t = 0; errno == ETXTBSY && t < 100; t++) {
			nanosleep(&(struct timespec){.tv_nsec = 10 * 1000 * 1000}, NULL);
			execve(s->c->exec_paths[i], (char *const *)sp->argv, env);
		}
		/* execvp's rules: keep looking past a missing or forbidden
		 * file, stop at anything else */
		if (errno == EACCES)
			saved = EACCES;
		else if (errno != ENOENT && errno != ENOTDIR) {
			saved = errno;
			break;
		}
	}
	DIE(s, saved, "exec '%s'", sp->argv[0]);
}

void sbx_child_main(const struct sbx_child *c)
{
	struct child_state s = {.c = c, .rootfd = -1};
	const struct strata_sandbox_spec *sp = c->spec;

	/* the process starts clean, as under docker */
	sbx_child_signals();
	umask(022);

	/* a build killed half-way takes its sandbox with it (the whole pid
	 * namespace dies with its init) */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
		DIE(&s, errno, "set the parent-death signal");
	join_network(&s);
	enter_root(&s);
	if ((c->flags & CLONE_NEWNET) && sbx_net_lo_up(&s.rep) < 0)
		sbx_report_die(c->errfd, &s.rep);
	/* a /proc of the host's pids would lead out of a chroot: /proc/1/root */
	if (c->flags & CLONE_NEWPID)
		setup_proc(&s);
	setup_sys(&s);
	setup_dev(&s);
	setup_mounts(&s);
	enter(&s);
	/* without a uts namespace of its own, the name is the host's */
	if ((c->flags & CLONE_NEWUTS) &&
	    sethostname(c->prep->hostname, strlen(c->prep->hostname)) < 0)
		DIE(&s, errno, "sethostname '%s'", c->prep->hostname);
	/* Docker's default set, less what the backend takes out of it: what
	 * a RUN step keeps as root */
	if (sbx_child_caps(sbx_docker_caps() & ~c->opts->cap_drop, &s.rep) < 0)
		sbx_report_die(c->errfd, &s.rep);
	if (sbx_child_ids(sp->groups, sp->ngroups, sp->gid, sp->uid, sp->uid, &s.rep) < 0)
		sbx_report_die(c->errfd, &s.rep);
	if (chdir(c->prep->cwd) < 0)
		DIE(&s, errno, "chdir '%s'", c->prep->cwd);
	/* no PR_SET_NO_NEW_PRIVS: docker lets a RUN's setuid programs (su,
	 * gosu, sudo) gain their owner's ids, within the bounding set cut
	 * above, and no seccomp filter here needs it */
	/* -1 is the sandbox's /dev/null now */
	if (sbx_child_stdio((const int[3]){sp->stdin_fd, sp->stdout_fd, sp->stderr_fd}, &s.rep) < 0)
		sbx_report_die(c->errfd, &s.rep);
	exec_argv(&s);
}
