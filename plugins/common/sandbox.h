/* plugins/common: what every sandbox backend shares. A static library linked
 * into each plugin (never into the core), so a plugin still reaches the core
 * only through the host table.
 *
 * A backend's run() is, in every case:
 *
 *     sbx_prep_init()    check the spec, open the rootfs, list the mounts,
 *                        make the mount points the rootfs lacks
 *     ...start the process: natively (sbx_native_run), or through a tool
 *        (bwrap, runc, proot) started with sbx_spawn_wait()
 *     sbx_prep_finish()  remove the stub files made as mount points again,
 *                        restoring their parents' times, so they do not end
 *                        up in the layer made from the rootfs (an overlay's
 *                        upper dir); the directories made stay, as docker
 *                        build leaves them in the layer too
 *
 * Names: sbx_<object>_<verb>. Thread: everything here may run on several
 * threads at once; what a cloned child calls is marked "child-safe" (system
 * calls and stack buffers only: the child is a copy of a threaded process). */
#ifndef STRATA_SANDBOX_COMMON_H
#define STRATA_SANDBOX_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "net.h"
#include "strata/plugin.h"

#define SBX_DEFAULT_PATH "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

#define SBX_EXPORT __attribute__((visibility("default")))

/* --- registration -------------------------------------------------------- */

/* Check the host's ABI and register a sandbox whose self is the host table.
 * Errors: STRATA_EPLUGIN (another ABI major), or register_sandbox's. */
int sbx_register(const struct strata_host *host, const char *name, const char *description,
                 int (*probe)(void *, char *, size_t),
                 int (*run)(void *, const struct strata_sandbox_spec *, int *,
                            struct strata_error **),
                 struct strata_error **err);

/* --- reports from a child ------------------------------------------------ */

/* What a child sends through a CLOEXEC pipe when a step before execve fails.
 * The parent turns it into "<msg>: <strerror(errnum)>". */
struct sbx_report {
	int errnum;
	char msg[1020];
};

/* Fill r. Child-safe for %s, %d, %u. */
void sbx_report_set(struct sbx_report *r, int errnum, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* Write r to fd and _exit(127). Child-safe. */
__attribute__((noreturn)) void sbx_report_die(int fd, const struct sbx_report *r);

/* Read a whole report: 1 when one came, 0 at EOF (the exec happened). */
int sbx_report_read(int fd, struct sbx_report *r);

/* waitpid, retrying on EINTR. 0 or -1 (errno set). */
int sbx_wait(pid_t pid, int *ws);

/* A wait status as the spec's status: the exit code, or 128+signal. */
int sbx_status(int ws);

/* fork() without the atfork handlers: clone3 with flags (CLONE_NEW*) and
 * SIGCHLD. Returns 0 in the child, as fork does. */
pid_t sbx_clone(int flags);

/* Child-safe steps before execve. */
/* Every signal to its default, none blocked. */
void sbx_child_signals(void);
/* 0, 1, 2 from fds (-1: "/dev/null" as this process sees it); every other fd
 * marked close-on-exec. 0, or -1 with rep filled. */
int sbx_child_stdio(const int fds[3], struct sbx_report *rep);
/* The bounding set cut to keep; inheritable and ambient sets emptied. */
int sbx_child_caps(uint64_t keep, struct sbx_report *rep);
/* Supplementary groups, then gid, then real and effective uid. 0, or -1. */
int sbx_child_ids(const gid_t *groups, size_t ngroups, gid_t gid, uid_t ruid, uid_t euid,
                  struct sbx_report *rep);

/* --- paths inside the rootfs -------------------------------------------- */

/* Open path (absolute inside the root, or relative to it) as an O_PATH fd,
 * resolving symlinks and ".." as if rootfd were "/", so the rootfs cannot
 * send a lookup outside itself. When create is 'd' or 'f', missing components
 * are made: directories, and the last one a directory ('d') or an empty file
 * ('f'); created(ud, path, kind, times) is told each one made, outermost
 * first, with the access and modification times its parent had before (may
 * be NULL). Returns the fd, or -1 with errno set. Child-safe. */
typedef void (*sbx_created_fn)(void *ud, const char *path, int kind,
                               const struct timespec parent_times[2]);
int sbx_root_open(int rootfd, const char *path, int create, sbx_created_fn created, void *ud);

/* Mount points made in a rootfs, outermost first, with the times their
 * parent directories had before. */
struct sbx_created {
	struct sbx_created_entry {
		char *path;
		int kind;
		struct timespec parent_times[2];
	} * v;
	size_t n;
};

/* An sbx_created_fn: ud is a struct sbx_created. */
void sbx_created_note(void *ud, const char *path, int kind, const struct timespec parent_times[2]);

/* Remove what was noted (only the entries of kind only_kind, 'd' or 'f',
 * unless it is 0), innermost first, restoring the times of the directories
 * they were made in. A directory the process filled (a parent of a mount
 * target) stays: it is the process's work now.
 * Returns 0 or an errno, with *failed naming the path. */
int sbx_created_remove(struct sbx_created *cr, int rootfd, int only_kind, const char **failed);
void sbx_created_release(struct sbx_created *cr);

/* --- one run's preparation ------------------------------------------------ */

/* One mount under the new root. */
struct sbx_mount {
	int tmpfs;          /* 1: a tmpfs; 0: a bind of source */
	const char *source; /* host path (bind) */
	const char *target; /* absolute inside the rootfs, without symlinks */
	int file;           /* the target is a file (a bind of a file) */
	int readonly;
	int host_file; /* /etc/resolv.conf or /etc/hosts from the host; skipped
	                  when its mount point cannot be made */
};

/* A mount point a backend needs besides the spec's: "/proc", "/dev"... */
struct sbx_point {
	const char *path;
	int file;
};

struct sbx_prep {
	const struct strata_sandbox_spec *spec;
	char *root;           /* the rootfs, absolute, without symlinks */
	int rootfd;           /* O_PATH */
	char *cwd;            /* clean, absolute */
	const char *hostname; /* the spec's, or "buildkitsandbox" */
	struct sbx_mount *mounts;
	size_t nmounts;
	char **strings;          /* owned strings the mounts point into */
	struct sbx_created made; /* mount points made: files removed, dirs kept */
	char *tmpdir;            /* the generated /etc/hosts is in it; NULL until made */
	/* STRATA_NET_DEFAULT: the run's own network (net.h), which the backend
	 * runs the process, or its tool, in (sbx_net_enter) */
	struct sbx_net net;
};

/* Check spec, open its rootfs, make the run's own network for
 * STRATA_NET_DEFAULT (p->net), list its mounts (then /etc/resolv.conf — that
 * network's, or the host's for HOST — and an /etc/hosts naming localhost and
 * the hostname, read-only, unless the network is NONE), and make
 * every mount point the rootfs lacks — the points given, then the mounts' —
 * and the working directory (which stays). Always pair with
 * sbx_prep_finish(), also when this fails.
 * Errors: STRATA_EINVAL (a bad spec), STRATA_EIO, sbx_net_start's. */
int sbx_prep_init(struct sbx_prep *p, const struct strata_host *h,
                  const struct strata_sandbox_spec *spec, const struct sbx_point *points,
                  size_t npoints, struct strata_error **err);

/* Remove the stub files made as mount points and release p. The directories
 * made (mount targets, their parents, /proc, /sys, /dev) stay, as under
 * docker build (its runc makes them; BuildKit's stub cleaner removes only
 * files). Returns r, or, when r is 0 and a stub cannot be removed,
 * STRATA_EIO. */
int sbx_prep_finish(struct sbx_prep *p, const struct strata_host *h, int r,
                    struct strata_error **err);

/* The value of name in the spec's environment, or NULL. */
const char *sbx_env_get(const struct strata_sandbox_spec *spec, const char *name);

/* Where execve should look for argv[0] inside the root: argv[0] itself when
 * it has a slash, else each directory of the environment's PATH (default
 * SBX_DEFAULT_PATH) + "/" + argv[0]. Ownership: the caller's. */
char **sbx_exec_candidates(const struct strata_sandbox_spec *spec);

/* For a backend that hands the command to a tool: find argv[0] in the root
 * now, so that a missing command fails with a clear error before anything
 * starts, and say what the tool should run. *prog is argv[0] itself when the
 * tool's own PATH lookup finds the same file (the environment has PATH), else
 * the absolute path found (tools search no default PATH of ours).
 * Ownership: *prog is the caller's.
 * Errors: STRATA_EIO "exec 'x'" with ENOENT or EACCES. */
int sbx_prep_program(struct sbx_prep *p, const struct strata_host *h, char **prog,
                     struct strata_error **err);

/* --- vectors ------------------------------------------------------------ */

/* A growing NULL-terminated vector of owned strings (a tool's argv). */
struct sbx_argv {
	char **v;
	size_t n;
};
void sbx_argv_add(struct sbx_argv *a, const char *s);
void sbx_argv_addf(struct sbx_argv *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sbx_argv_release(struct sbx_argv *a);

/* --- host programs ------------------------------------------------------- */

/* name looked up in the host's PATH (a name with a slash is taken as is).
 * Ownership: the caller's. NULL when not found, with why filled. */
char *sbx_find_program(const char *name, char *why, size_t whylen);

/* A fresh directory "<$TMPDIR or /tmp>/<prefix>XXXXXX". Ownership: caller.
 * NULL with errno set. */
char *sbx_tmpdir(const char *prefix);

/* rm -r path (not following symlinks, not crossing mounts). 0 or -1. */
int sbx_rmtree(const char *path);

/* --- starting a tool ----------------------------------------------------- */

/* A host path bound at stage_dir/name in the tool's mount namespace. */
#define SBX_STAGE_MAX 256
struct sbx_stage {
	const char *source;
	const char *name;
	int file;
};

/* Where a tool that runs as a user other than root finds host paths only
 * root may traverse (a rootfs in the store): each one bound, in the tool's
 * own mount namespace, under a tmpfs on SBX_STAGE_DIR. A stager that is not
 * on hands the paths back as they are. */
#define SBX_STAGE_DIR "/tmp"
struct sbx_stager {
	int on;
	struct sbx_stage *v;
	size_t n;
	struct sbx_argv strings;
};
/* The path the tool should be given for source (copied when staged).
 * Ownership: borrowed from st, or source itself. */
const char *sbx_stager_path(struct sbx_stager *st, const char *source, int file);
void sbx_stager_release(struct sbx_stager *st);

struct sbx_spawn {
	const char *path; /* the program, absolute on the host */
	char *const *argv;
	char *const *envp; /* NULL: empty */
	int stdio[3];      /* -1: /dev/null */
	const int *keep;   /* fds (>= 3) the program inherits; all others close */
	size_t nkeep;
	/* the program's own mount namespace, private, when any of these is set */
	const char *detach; /* a mount to detach there (may be NULL) */
	/* a tmpfs (mode 1777) on stage_dir there, with stage[] bound under it:
	 * how a program that drops root reaches paths only root can traverse */
	const char *stage_dir;
	const struct sbx_stage *stage;
	size_t nstage;
	/* identity: set when set_ids (needs root); groups first, then gid,
	 * then real uid ruid and effective uid euid */
	int set_ids;
	uid_t ruid, euid;
	gid_t gid;
	const gid_t *groups;
	size_t ngroups;
	/* when not 0: the bounding set (what a root program can have) */
	uint64_t cap_bounding;
	int no_new_privs; /* set no_new_privs before the exec */
	/* the run's own network (struct sbx_prep's net), entered before
	 * anything else; NULL or one without a namespace: the caller's */
	const struct sbx_net *net;
};

/* Start sp (signals reset, killed when the calling thread ends, its own
 * stdio, no other fd) and wait for it. *ws: its wait status.
 * Errors: STRATA_EIO when it could not be started (the step that failed). */
int sbx_spawn_wait(const struct strata_host *h, const struct sbx_spawn *sp, int *ws,
                   struct strata_error **err);

/* Start sp as sbx_spawn_wait does, but return once it has exec'd, with its
 * pid in *pid, for the caller to wait for (sbx_wait) or kill. 0, or -1 with
 * rep filled; *pid is set (>= 0) whenever a child was made, also when its
 * setup failed and it has exited, so that the caller reaps it. */
int sbx_spawn_start(const struct sbx_spawn *sp, pid_t *pid, struct sbx_report *rep);

/* Run a tool as a check (argv[0] its name, for messages): 0 when it exits 0,
 * else 1 with why filled with the first line of its stderr. */
int sbx_probe_tool(const char *path, char *const *argv, char *why, size_t whylen);

/* --- the native backends (namespaces, chroot) ---------------------------- */

struct sbx_native_opts {
	int pivot;          /* 1: pivot_root into the rootfs; 0: chroot */
	int clone_flags;    /* CLONE_NEW* always asked for (net is added for NONE) */
	int optional_flags; /* CLONE_NEW* each left out when the kernel refuses it */
	uint64_t cap_drop;  /* capabilities taken out of Docker's default set */
};

/* Run spec in a cloned child that mounts /proc (with a pid namespace), /sys
 * and /dev, the spec's mounts, enters the rootfs and execs. */
int sbx_native_run(const struct strata_host *h, const struct strata_sandbox_spec *spec,
                   const struct sbx_native_opts *o, int *status, struct strata_error **err);

/* Docker's default capability set, as a mask; and the name of its i-th
 * member ("CAP_CHOWN"), NULL past the last. */
uint64_t sbx_docker_caps(void);
const char *sbx_docker_cap_name(size_t i);

/* 1 when the effective set holds cap. */
int sbx_has_cap(int cap);

/* Run fn(arg) in a forked child as a test (namespaces that cannot be undone):
 * 0 when it returned 0, else 1 with why filled from its report. */
int sbx_try_in_child(int (*fn)(void *arg, struct sbx_report *rep), void *arg, char *why,
                     size_t whylen);

#endif
