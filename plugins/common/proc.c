/* plugins/common: processes — registering a backend, cloning and waiting,
 * child reports, host programs and temporary directories, and starting a
 * tool (bwrap, runc, crun, proot) with exactly the fds and identity asked. */
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <linux/capability.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

int sbx_register(const struct strata_host *host, const char *name, const char *description,
                 int (*probe)(void *, char *, size_t),
                 int (*run)(void *, const struct strata_sandbox_spec *, int *,
                            struct strata_error **),
                 struct strata_error **err)
{
	if (STRATA_ABI_MAJOR_OF(host->abi_version) != STRATA_ABI_MAJOR ||
	    host->struct_size < sizeof(struct strata_host))
		return host->error_set(
		        err, STRATA_EPLUGIN, 0, "sandbox '%s': host ABI %u.%u, plugin speaks %u.%u",
		        name, STRATA_ABI_MAJOR_OF(host->abi_version), host->abi_version & 0xffff,
		        STRATA_ABI_MAJOR, STRATA_ABI_MINOR);
	struct strata_sandbox sb = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(sb),
	        .name = name,
	        .description = description,
	        /* the host table lives as long as the registered copy */
	        .self = (void *)host,
	        .probe = probe,
	        .run = run,
	};
	return host->register_sandbox(host->ctx, &sb, err);
}

void sbx_report_set(struct sbx_report *r, int errnum, const char *fmt, ...)
{
	/* vsnprintf into a stack buffer takes no lock and, for %s and %d,
	 * allocates nothing: safe in a child */
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->msg, sizeof r->msg, fmt, ap);
	va_end(ap);
	r->errnum = errnum;
}

void sbx_report_die(int fd, const struct sbx_report *r)
{
	ssize_t w;
	do
		w = write(fd, r, sizeof *r);
	while (w < 0 && errno == EINTR);
	_exit(127);
}

int sbx_report_read(int fd, struct sbx_report *r)
{
	size_t got = 0;
	while (got < sizeof *r) {
		ssize_t n = read(fd, (char *)r + got, sizeof *r - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	return got == sizeof *r;
}

int sbx_wait(pid_t pid, int *ws)
{
	while (waitpid(pid, ws, 0) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

int sbx_status(int ws)
{
	return WIFSIGNALED(ws) ? 128 + WTERMSIG(ws) : WEXITSTATUS(ws);
}

pid_t sbx_clone(int flags)
{
	struct clone_args ca = {.flags = (uint64_t)flags, .exit_signal = SIGCHLD};
	pid_t pid = (pid_t)syscall(SYS_clone3, &ca, sizeof ca);
	if (pid >= 0 || errno != ENOSYS)
		return pid;
	/* clone3 is older than some kernels, and some seccomp profiles refuse
	 * it with ENOSYS so that callers fall back: clone, with fork's
	 * arguments (no stack: the child runs on a copy of ours) */
	return (pid_t)syscall(SYS_clone, (unsigned long)flags | SIGCHLD, NULL, NULL, NULL, 0UL);
}

/* Docker's default capability set: what a RUN step keeps as root. */
static const struct {
	int cap;
	const char *name;
} docker_caps[] = {
        {CAP_CHOWN, "CAP_CHOWN"},
        {CAP_DAC_OVERRIDE, "CAP_DAC_OVERRIDE"},
        {CAP_FOWNER, "CAP_FOWNER"},
        {CAP_FSETID, "CAP_FSETID"},
        {CAP_KILL, "CAP_KILL"},
        {CAP_SETGID, "CAP_SETGID"},
        {CAP_SETUID, "CAP_SETUID"},
        {CAP_SETPCAP, "CAP_SETPCAP"},
        {CAP_NET_BIND_SERVICE, "CAP_NET_BIND_SERVICE"},
        {CAP_NET_RAW, "CAP_NET_RAW"},
        {CAP_SYS_CHROOT, "CAP_SYS_CHROOT"},
        {CAP_MKNOD, "CAP_MKNOD"},
        {CAP_AUDIT_WRITE, "CAP_AUDIT_WRITE"},
        {CAP_SETFCAP, "CAP_SETFCAP"},
};

uint64_t sbx_docker_caps(void)
{
	uint64_t m = 0;
	for (size_t i = 0; i < sizeof docker_caps / sizeof docker_caps[0]; i++)
		m |= UINT64_C(1) << docker_caps[i].cap;
	return m;
}

const char *sbx_docker_cap_name(size_t i)
{
	return i < sizeof docker_caps / sizeof docker_caps[0] ? docker_caps[i].name : NULL;
}

int sbx_has_cap(int cap)
{
	struct __user_cap_header_struct hd = {.version = _LINUX_CAPABILITY_VERSION_3};
	struct __user_cap_data_struct d[2];
	if (syscall(SYS_capget, &hd, d) < 0)
		return 0;
	return (d[CAP_TO_INDEX(cap)].effective & CAP_TO_MASK(cap)) != 0;
}

int sbx_try_in_child(int (*fn)(void *arg, struct sbx_report *rep), void *arg, char *why,
                     size_t whylen)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0) {
		snprintf(why, whylen, "pipe: %s", strerror(errno));
		return 1;
	}
	pid_t pid = sbx_clone(0);
	if (pid == 0) {
		struct sbx_report rep = {0};
		if (fn(arg, &rep) != 0)
			sbx_report_die(p[1], &rep);
		_exit(0);
	}
	close(p[1]);
	if (pid < 0) {
		snprintf(why, whylen, "fork: %s", strerror(errno));
		close(p[0]);
		return 1;
	}
	struct sbx_report rep;
	int failed = sbx_report_read(p[0], &rep);
	close(p[0]);
	int ws = 0;
	sbx_wait(pid, &ws);
	if (failed) {
		if (rep.errnum)
			snprintf(why, whylen, "%s: %s", rep.msg, strerror(rep.errnum));
		else
			snprintf(why, whylen, "%s", rep.msg);
		return 1;
	}
	if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0) {
		snprintf(why, whylen, "the probe process failed");
		return 1;
	}
	return 0;
}

char *sbx_find_program(const char *name, char *why, size_t whylen)
{
	struct stat st;
	if (strchr(name, '/')) {
		if (access(name, X_OK) == 0 && stat(name, &st) == 0 && S_ISREG(st.st_mode))
			return xstrdup(name);
		snprintf(why, whylen, "'%s' is not an executable file", name);
		return NULL;
	}
	const char *path = getenv("PATH");
	if (!path || !*path)
		path = SBX_DEFAULT_PATH;
	for (const char *s = path;; s++) {
		const char *e = strchr(s, ':');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (len) {
			AUTOFREE char *cand = xasprintf("%.*s/%s", (int)len, s, name);
			if (access(cand, X_OK) == 0 && stat(cand, &st) == 0 && S_ISREG(st.st_mode))
				return steal_pointer(&cand);
		}
		if (!e)
			break;
		s = e;
	}
	snprintf(why, whylen, "%s not found in PATH", name);
	return NULL;
}

void sbx_argv_add(struct sbx_argv *a, const char *s)
{
	a->v = xrealloc(a->v, (a->n + 2) * sizeof(*a->v));
	a->v[a->n++] = xstrdup(s);
	a->v[a->n] = NULL;
}

void sbx_argv_addf(struct sbx_argv *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	AUTOFREE char *s = xvasprintf(fmt, ap);
	va_end(ap);
	sbx_argv_add(a, s);
}

void sbx_argv_release(struct sbx_argv *a)
{
	util_strv_free(a->v);
	*a = (struct sbx_argv){0};
}

char *sbx_tmpdir(const char *prefix)
{
	const char *t = getenv("TMPDIR");
	AUTOFREE char *dir = xasprintf("%s/%sXXXXXX", t && *t ? t : "/tmp", prefix);
	if (!mkdtemp(dir))
		return NULL;
	return steal_pointer(&dir);
}

static int rm_one(const char *path, const struct stat *sb, int flag, struct FTW *f)
{
	(void)sb;
	(void)f;
	return (flag == FTW_DP ? rmdir(path) : unlink(path)) < 0 && errno != ENOENT ? -1 : 0;
}

int sbx_rmtree(const char *path)
{
	return nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}

const char *sbx_stager_path(struct sbx_stager *st, const char *source, int file)
{
	if (!st->on)
		return source;
	st->v = xrealloc(st->v, (st->n + 1) * sizeof(*st->v));
	sbx_argv_add(&st->strings, source);
	sbx_argv_addf(&st->strings, "strata-%zu", st->n);
	sbx_argv_addf(&st->strings, "%s/strata-%zu", SBX_STAGE_DIR, st->n);
	char **s = st->strings.v + st->strings.n - 3;
	st->v[st->n++] = (struct sbx_stage){.source = s[0], .name = s[1], .file = file};
	return s[2];
}

void sbx_stager_release(struct sbx_stager *st)
{
	free(st->v);
	sbx_argv_release(&st->strings);
	*st = (struct sbx_stager){0};
}

/* --- spawning a tool ----------------------------------------------------- */

void sbx_child_signals(void)
{
	/* the raw system call: glibc's sigaction() refuses signals 32 and 33
	 * (its own SIGCANCEL and SIGSETXID), and a parent may have left them
	 * ignored — GNU make does — which a container must not inherit */
	struct {
		void *handler; /* SIG_DFL */
		unsigned long flags;
		void *restorer;
		unsigned long mask;
	} dfl = {0};
	for (int sig = 1; sig < _NSIG; sig++)
		syscall(SYS_rt_sigaction, sig, &dfl, NULL,
		        sizeof(dfl.mask)); /* KILL, STOP refuse */
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

int sbx_child_stdio(const int fds[3], struct sbx_report *rep)
{
	/* first move each above 2, so that dup2 cannot clobber one that
	 * another is yet to be copied from (stdout_fd == 2 and so on) */
	int from[3];
	for (int i = 0; i < 3; i++) {
		from[i] = fds[i] < 0 ? open("/dev/null", O_RDWR | O_CLOEXEC)
		                     : fcntl(fds[i], F_DUPFD_CLOEXEC, 3);
		if (from[i] < 0)
			goto fail;
	}
	for (int i = 0; i < 3; i++)
		if (dup2(from[i], i) < 0)
			goto fail;
	if (close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) < 0) {
		sbx_report_set(rep, errno, "close_range");
		return -1;
	}
	return 0;
fail:
	sbx_report_set(rep, errno, "set up stdio");
	return -1;
}

int sbx_child_caps(uint64_t keep, struct sbx_report *rep)
{
	for (int cap = 0; cap < 64; cap++) {
		if (prctl(PR_CAPBSET_READ, cap, 0, 0, 0) < 0)
			break; /* past the kernel's last capability */
		if (!(keep >> cap & 1) && prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0) {
			sbx_report_set(rep, errno, "drop capability %d", cap);
			return -1;
		}
	}
	/* for root the bounding set decides what execve grants, but only
	 * together with empty inheritable and ambient sets */
	struct __user_cap_header_struct h = {.version = _LINUX_CAPABILITY_VERSION_3};
	struct __user_cap_data_struct d[2];
	if (syscall(SYS_capget, &h, d) < 0) {
		sbx_report_set(rep, errno, "capget");
		return -1;
	}
	d[0].inheritable = d[1].inheritable = 0;
	if (syscall(SYS_capset, &h, d) < 0) {
		sbx_report_set(rep, errno, "clear inheritable capabilities");
		return -1;
	}
	if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL) {
		sbx_report_set(rep, errno, "clear ambient capabilities");
		return -1;
	}
	return 0;
}

/* The raw system calls, not glibc's wrappers: in a multi-threaded process
 * those signal every thread to change its ids too and wait for them, and
 * a cloned copy of the process has only one thread left to answer. */
#ifdef SYS_setresuid32 /* 32-bit ids on the old 32-bit ABIs */
#define SBX_SYS_SETGROUPS SYS_setgroups32
#define SBX_SYS_SETRESGID SYS_setresgid32
#define SBX_SYS_SETRESUID SYS_setresuid32
#else
#define SBX_SYS_SETGROUPS SYS_setgroups
#define SBX_SYS_SETRESGID SYS_setresgid
#define SBX_SYS_SETRESUID SYS_setresuid
#endif

int sbx_child_ids(const gid_t *groups, size_t ngroups, gid_t gid, uid_t ruid, uid_t euid,
                  struct sbx_report *rep)
{
	if (syscall(SBX_SYS_SETGROUPS, ngroups, ngroups ? groups : NULL) < 0)
		sbx_report_set(rep, errno, "setgroups");
	else if (syscall(SBX_SYS_SETRESGID, gid, gid, gid) < 0)
		sbx_report_set(rep, errno, "setgid %u", (unsigned)gid);
	else if (syscall(SBX_SYS_SETRESUID, ruid, euid, euid) < 0)
		sbx_report_set(rep, errno, "setuid %u", (unsigned)ruid);
	else
		return 0;
	return -1;
}

#define SPAWN_DIE(fd, rep, errnum, ...)                       \
	do {                                                  \
		sbx_report_set((rep), (errnum), __VA_ARGS__); \
		sbx_report_die((fd), (rep));                  \
	} while (0)

/* The tool's mount namespace (already unshared by the clone): private, with
 * detach gone and the stage bound under a fresh tmpfs. The stage's sources
 * are cloned first: the tmpfs may cover them (a rootfs under /tmp). */
static void spawn_mounts(const struct sbx_spawn *sp, int errfd, struct sbx_report *rep)
{
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		SPAWN_DIE(errfd, rep, errno, "make '/' private");
	if (sp->detach && umount2(sp->detach, MNT_DETACH) < 0)
		SPAWN_DIE(errfd, rep, errno, "detach '%s'", sp->detach);
	if (!sp->stage_dir)
		return;
	int trees[SBX_STAGE_MAX];
	if (sp->nstage > SBX_STAGE_MAX)
		SPAWN_DIE(errfd, rep, E2BIG, "stage %zu paths", sp->nstage);
	for (size_t i = 0; i < sp->nstage; i++) {
		trees[i] = open_tree(AT_FDCWD, sp->stage[i].source,
		                     OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
		if (trees[i] < 0)
			SPAWN_DIE(errfd, rep, errno, "bind '%s'", sp->stage[i].source);
	}
	if (mount("tmpfs", sp->stage_dir, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777") < 0)
		SPAWN_DIE(errfd, rep, errno, "mount tmpfs on '%s'", sp->stage_dir);
	for (size_t i = 0; i < sp->nstage; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", sp->stage_dir, sp->stage[i].name);
		int r = sp->stage[i].file
		                ? open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)
		                : mkdir(path, 0755);
		if (r < 0)
			SPAWN_DIE(errfd, rep, errno, "create '%s'", path);
		if (sp->stage[i].file)
			close(r);
		if (move_mount(trees[i], "", AT_FDCWD, path, MOVE_MOUNT_F_EMPTY_PATH) < 0)
			SPAWN_DIE(errfd, rep, errno, "bind '%s' on '%s'", sp->stage[i].source,
			          path);
		close(trees[i]);
	}
}

__attribute__((noreturn)) static void spawn_child(const struct sbx_spawn *sp, int errfd)
{
	struct sbx_report rep = {0};
	sbx_child_signals();
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) < 0)
		SPAWN_DIE(errfd, &rep, errno, "set the parent-death signal");
	if (sp->net && sbx_net_enter(sp->net, &rep) < 0)
		sbx_report_die(errfd, &rep);
	if (sp->detach || sp->stage_dir)
		spawn_mounts(sp, errfd, &rep);
	if (sbx_child_stdio(sp->stdio, &rep) < 0)
		sbx_report_die(errfd, &rep);
	for (size_t i = 0; i < sp->nkeep; i++)
		if (fcntl(sp->keep[i], F_SETFD, 0) < 0)
			SPAWN_DIE(errfd, &rep, errno, "pass fd %d", sp->keep[i]);
	if (sp->cap_bounding && sbx_child_caps(sp->cap_bounding, &rep) < 0)
		sbx_report_die(errfd, &rep);
	if (sp->set_ids &&
	    sbx_child_ids(sp->groups, sp->ngroups, sp->gid, sp->ruid, sp->euid, &rep) < 0)
		sbx_report_die(errfd, &rep);
	if (sp->no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		SPAWN_DIE(errfd, &rep, errno, "set no_new_privs");
	static char *const no_env[] = {NULL};
	execve(sp->path, sp->argv, sp->envp ? sp->envp : no_env);
	SPAWN_DIE(errfd, &rep, errno, "exec '%s'", sp->path);
}

int sbx_spawn_start(const struct sbx_spawn *sp, pid_t *pidp, struct sbx_report *rep)
{
	int p[2];
	*pidp = -1;
	if (pipe2(p, O_CLOEXEC) < 0) {
		sbx_report_set(rep, errno, "pipe");
		return -1;
	}
	pid_t pid = sbx_clone(sp->detach || sp->stage_dir ? CLONE_NEWNS : 0);
	if (pid == 0)
		spawn_child(sp, p[1]);
	int e = errno;
	close(p[1]);
	if (pid < 0) {
		close(p[0]);
		sbx_report_set(rep, e, "start '%s'", sp->path);
		return -1;
	}
	int failed = sbx_report_read(p[0], rep);
	close(p[0]);
	*pidp = pid;
	return failed ? -1 : 0;
}

/* sbx_spawn_wait without a host table: -1 with rep filled on failure. */
static int spawn_start(const struct sbx_spawn *sp, int *ws, struct sbx_report *rep)
{
	pid_t pid = -1;
	int failed = sbx_spawn_start(sp, &pid, rep) < 0;
	if (pid < 0)
		return -1;
	if (sbx_wait(pid, ws) < 0) {
		sbx_report_set(rep, errno, "wait for '%s'", sp->path);
		return -1;
	}
	return failed ? -1 : 0;
}

int sbx_spawn_wait(const struct strata_host *h, const struct sbx_spawn *sp, int *ws,
                   struct strata_error **err)
{
	struct sbx_report rep;
	if (spawn_start(sp, ws, &rep) < 0)
		return h->error_set(err, STRATA_EIO, rep.errnum, "%s", rep.msg);
	return 0;
}

int sbx_probe_tool(const char *path, char *const *argv, char *why, size_t whylen)
{
	AUTOCLOSE int errfd = memfd_create("strata-probe", MFD_CLOEXEC);
	if (errfd < 0) {
		snprintf(why, whylen, "memfd_create: %s", strerror(errno));
		return 1;
	}
	struct sbx_spawn sp = {.path = path, .argv = argv, .stdio = {-1, -1, errfd}};
	int ws = 0;
	struct sbx_report rep;
	if (spawn_start(&sp, &ws, &rep) < 0) {
		snprintf(why, whylen, "%s: %s", rep.msg, strerror(rep.errnum));
		return 1;
	}
	if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0)
		return 0;
	char out[512] = "";
	ssize_t n = pread(errfd, out, sizeof out - 1, 0);
	out[n > 0 ? n : 0] = '\0';
	out[strcspn(out, "\n")] = '\0';
	if (out[0])
		snprintf(why, whylen, "%s", out);
	else
		snprintf(why, whylen, "'%s' failed with status %d", argv[0], sbx_status(ws));
	return 1;
}
