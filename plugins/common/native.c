/* plugins/common: the native runner's parent side, shared by the
 * "namespaces" and "chroot" backends — prepare the run, clone the child in
 * new namespaces (dropping the optional ones the kernel refuses), wait, undo.
 * The child's side is native_child.c. */
#include "native.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static const struct sbx_point native_points[] = {
        {"/proc", 0},
        {"/sys", 0},
        {"/dev", 0},
};

static int try_unshare(void *arg, struct sbx_report *rep)
{
	if (unshare(*(const int *)arg) == 0)
		return 0;
	sbx_report_set(rep, errno, "unshare");
	return -1;
}

/* Clone with every flag asked. When the kernel refuses (no such namespace
 * here, or not allowed to make one), find out which optional ones it allows,
 * each tried on its own in a throwaway child, and clone with those only.
 * c->flags is what the child got. */
static pid_t clone_child(struct sbx_child *c, int required, int optional)
{
	c->flags = required | optional;
	pid_t pid = sbx_clone(c->flags);
	if (pid >= 0 || !optional || (errno != EINVAL && errno != EPERM && errno != ENOSPC))
		return pid;
	c->flags = required;
	for (int bit = 0; bit < 31; bit++) {
		int f = optional & (1 << bit);
		char why[256];
		if (f && sbx_try_in_child(try_unshare, &f, why, sizeof why) == 0)
			c->flags |= f;
	}
	return sbx_clone(c->flags);
}

int sbx_native_run(const struct strata_host *h, const struct strata_sandbox_spec *spec,
                   const struct sbx_native_opts *o, int *status, struct strata_error **err)
{
	struct sbx_prep p;
	int r = sbx_prep_init(&p, h, spec, native_points, 3, err);
	AUTOSTRV char **exec_paths = NULL;
	int pipefd[2] = {-1, -1};
	pid_t pid = -1;
	if (r == 0) {
		exec_paths = sbx_exec_candidates(spec);
		if (pipe2(pipefd, O_CLOEXEC) < 0)
			r = h->error_set(err, STRATA_EIO, errno, "pipe");
	}
	if (r == 0) {
		struct sbx_child c = {
		        .spec = spec,
		        .prep = &p,
		        .opts = o,
		        .exec_paths = (const char *const *)exec_paths,
		        .errfd = pipefd[1],
		};
		int required = o->clone_flags | CLONE_NEWNS;
		if (spec->network == STRATA_NET_NONE)
			required |= CLONE_NEWNET;
		pid = clone_child(&c, required, o->optional_flags & ~required);
		if (pid == 0)
			sbx_child_main(&c);
		if (pid < 0)
			r = h->error_set(err, STRATA_EIO, errno, "clone the sandbox process");
		close(pipefd[1]);
	}
	if (pid > 0) {
		struct sbx_report rep;
		int failed = sbx_report_read(pipefd[0], &rep);
		/* the child has exec'd (or failed): its mounts are made */
		sbx_net_unlink(&p.net);
		int ws = 0;
		if (sbx_wait(pid, &ws) < 0)
			r = h->error_set(err, STRATA_EIO, errno, "wait for the sandbox process");
		else if (failed)
			r = h->error_set(err, STRATA_EIO, rep.errnum, "%s", rep.msg);
		else
			*status = sbx_status(ws);
	}
	if (pipefd[0] >= 0)
		close(pipefd[0]);
	return sbx_prep_finish(&p, h, r, err);
}
