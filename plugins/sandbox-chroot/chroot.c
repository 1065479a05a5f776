/* sandbox-chroot: the "chroot" sandbox — chroot(2) into the rootfs inside a
 * private mount namespace, for hosts where the namespaces backend cannot
 * work: no pid, uts or ipc namespaces (each is used when the kernel allows
 * it, and left out when it does not), or a rootfs pivot_root refuses (one on
 * the initramfs).
 *
 * What it gives up, as its description says: without a pid namespace there
 * is no /proc (one would show the host's processes, and /proc/1/root leads
 * out of any chroot); without a uts namespace the hostname is the host's.
 * Root in a chroot keeps Docker's capabilities but CAP_SYS_CHROOT, which the
 * classic escape (chroot into a subdirectory, then "..") needs: the host's
 * mount tree is still there below the rootfs. The runner is plugins/common's
 * native one. */
#include <errno.h>
#include <linux/capability.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "sandbox.h"

static const struct sbx_native_opts chroot_opts = {
        .pivot = 0,
        .clone_flags = CLONE_NEWNS,
        /* each left out when the kernel refuses it */
        .optional_flags = CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC,
        .cap_drop = UINT64_C(1) << CAP_SYS_CHROOT,
};

static int chroot_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                      struct strata_error **err)
{
	return sbx_native_run(self, spec, &chroot_opts, status, err);
}

static int try_mount_namespace(void *arg, struct sbx_report *rep)
{
	(void)arg;
	if (unshare(CLONE_NEWNS) < 0)
		sbx_report_set(rep, errno, "unshare(CLONE_NEWNS)");
	else if (close(fsopen("tmpfs", FSOPEN_CLOEXEC)) < 0)
		sbx_report_set(rep, errno, "fsopen(\"tmpfs\")");
	else if (chroot("/") < 0)
		sbx_report_set(rep, errno, "chroot");
	else
		return 0;
	return -1;
}

static int chroot_probe(void *self, char *why, size_t whylen)
{
	(void)self;
	if (geteuid() != 0 && !(sbx_has_cap(CAP_SYS_ADMIN) && sbx_has_cap(CAP_SYS_CHROOT))) {
		snprintf(why, whylen, "needs root or CAP_SYS_ADMIN and CAP_SYS_CHROOT");
		return 1;
	}
	return sbx_try_in_child(try_mount_namespace, NULL, why, whylen);
}

SBX_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	return sbx_register(host, "chroot",
	                    "chroot in a private mount namespace (needs root); pid, uts, ipc "
	                    "namespaces when the kernel allows, else no /proc and the host's "
	                    "hostname; no CAP_SYS_CHROOT inside",
	                    chroot_probe, chroot_run, err);
}
