/* sandbox-namespaces: what the parent prepares for the child, and the
 * helpers both sides share. Private to this plugin. */
#ifndef STRATA_NS_H
#define STRATA_NS_H

#include <stddef.h>
#include <time.h>

#include "strata/plugin.h"

/* One mount the child makes under the new root, after /proc, /sys, /dev. */
struct ns_mount {
	int tmpfs;          /* 1: a tmpfs; 0: a recursive bind of source */
	const char *source; /* host path (bind) */
	const char *target; /* absolute path inside the rootfs, cleaned */
	int file;           /* the target is a file (a bind of a file) */
	int readonly;
	int optional; /* skipped when its mount point cannot be made */
};

/* Everything the child needs, prepared by the parent so the child never
 * allocates: it is a copy of a possibly threaded process, where another
 * thread may have held the malloc lock at the moment of the clone. */
struct ns_child {
	const struct strata_sandbox_spec *spec;
	const char *rootfs; /* absolute */
	const char *hostname;
	const char *cwd;
	const struct ns_mount *mounts;
	size_t nmounts;
	const char *const *exec_paths; /* candidates for argv[0], in PATH order */
	int errfd;                     /* CLOEXEC pipe: a struct ns_report on failure */
};

/* What the child sends when a step fails. The parent turns it into
 * "<msg>: <strerror(errnum)>". */
struct ns_report {
	int errnum;
	char msg[1020];
};

/* Open path (absolute inside the root, or relative to it) as an O_PATH fd,
 * resolving symlinks and ".." as if rootfd were "/", so the rootfs cannot
 * send a lookup outside itself. When create is 'd' or 'f', missing components
 * are made: directories, and the last one a directory ('d') or an empty file
 * ('f'); created(ud, path, kind, times) is told each one made, outermost
 * first, with the access and modification times its parent had before (may
 * be NULL). Returns the fd, or -1 with errno set.
 * Thread: system calls and stack buffers only, so the child can use it. */
typedef void (*ns_created_fn)(void *ud, const char *path, int kind,
                              const struct timespec parent_times[2]);
int ns_root_open(int rootfd, const char *path, int create, ns_created_fn created, void *ud);

/* The child's body: set up the sandbox, exec. Never returns. */
__attribute__((noreturn)) void ns_child_main(const struct ns_child *c);

/* Fill r from a failed step. */
void ns_report_set(struct ns_report *r, int errnum, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

#endif
