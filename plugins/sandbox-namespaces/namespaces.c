/* sandbox-namespaces: the "namespaces" sandbox, the default — one process in
 * new mount, pid, uts, ipc and net namespaces (for the default network the
 * run's own, with slirp4netns: net.h; for STRATA_NET_NONE a bare one),
 * pivot_root'ed into the prepared rootfs. The runner is plugins/common's
 * native one (native.c, native_child.c), shared with the "chroot" backend. */
#include <errno.h>
#include <linux/capability.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "sandbox.h"

static int ns_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                  struct strata_error **err)
{
	static const struct sbx_native_opts opts = {
	        .pivot = 1,
	        .clone_flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC,
	};
	return sbx_native_run(self, spec, &opts, status, err);
}

static int try_namespaces(void *arg, struct sbx_report *rep)
{
	(void)arg;
	if (unshare(CLONE_NEWNS | CLONE_NEWPID) < 0)
		sbx_report_set(rep, errno, "unshare(CLONE_NEWNS|CLONE_NEWPID)");
	else if (close(fsopen("tmpfs", FSOPEN_CLOEXEC)) < 0)
		sbx_report_set(rep, errno, "fsopen(\"tmpfs\")");
	else
		return 0;
	return -1;
}

static int ns_probe(void *self, char *why, size_t whylen)
{
	(void)self;
	if (geteuid() != 0 && !sbx_has_cap(CAP_SYS_ADMIN)) {
		snprintf(why, whylen, "needs root or CAP_SYS_ADMIN");
		return 1;
	}
	/* try in a child: unshare() cannot be undone */
	return sbx_try_in_child(try_namespaces, NULL, why, whylen);
}

SBX_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	return sbx_register(host, "namespaces",
	                    "native Linux namespaces and pivot_root (needs root)", ns_probe, ns_run,
	                    err);
}
