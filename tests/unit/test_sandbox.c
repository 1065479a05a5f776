/* What only the native sandboxes ("namespaces", "chroot": plugins/common's
 * native runner) do, loaded through the real plugin loader, running real
 * processes in a busybox rootfs made by each test case: Docker's /proc and
 * /sys masks, its /dev. What every backend does (env, cwd, user, mounts,
 * network, cleanup, errors, threads…) is the suite in
 * test_sandbox_backends.c, which runs these two too. Needs root. */
#include "sandbox_helpers.h"

/* Docker's masks and read-only paths in /proc and /sys, the minimal /dev,
 * and a rootfs where device nodes do not work. */
static void test_proc_sys_dev(void)
{
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("sh", "-c", "echo 1 > /proc/sys/kernel/hostname"));
	ok(res.status != 0, "/proc/sys is read-only");
	result_release(&res);
	/* the masked files this kernel has */
	const char *masked[] = {"cat", NULL, NULL, NULL, NULL};
	int nm = 1;
	static const char *const maybe[] = {"/proc/kcore", "/proc/keys", "/proc/timer_list"};
	for (size_t i = 0; i < 3; i++)
		if (access(maybe[i], F_OK) == 0)
			masked[nm++] = maybe[i];
	if (nm > 1) {
		res = run_argv(root, masked);
		is_int(res.status, 0, "/proc/kcore, keys, timer_list (%d here) read…", nm - 1);
		is_str(res.out, "", "…as /dev/null: masked");
		result_release(&res);
	}
	res = run_argv(root, ARGV("sh", "-c", "ls /sys/firmware; touch /sys/x"));
	is_str(res.out, "", "/sys/firmware is masked");
	ok(res.status != 0, "/sys is read-only");
	result_release(&res);
	res = run_argv(root, ARGV("sh", "-c", "echo x > /dev/null; ls -l /dev/ptmx /dev/fd"));
	is_int(res.status, 0, "/dev/null is writable");
	like(res.out, "/dev/ptmx -> pts/ptmx", "/dev/ptmx links to the private devpts");
	like(res.out, "/dev/fd -> /proc/self/fd", "/dev/fd");
	result_release(&res);
	res = run_argv(root, ARGV("sh", "-c", "mknod /tmp/null c 1 3 && cat /tmp/null"));
	ok(res.status != 0, "a device node made in the rootfs cannot be opened");
	like(res.err, "ermission denied", "(permission denied)");
	result_release(&res);
}

int main(void)
{
	if (geteuid() != 0)
		skip_all("the native sandboxes need root");
	struct strata_plugins *p = NULL;
	struct strata_error *err = NULL;
	if (strata_plugins_new(&p, &err) || strata_plugins_load_dir(p, SANDBOX_PLUGIN_DIR, &err)) {
		printf("Bail out! %s\n", err ? err->msg : "?");
		return 1;
	}
	static const char *const names[] = {"namespaces", "chroot"};
	for (size_t i = 0; i < 2; i++) {
		sandbox = strata_plugins_sandbox(p, names[i]);
		ok(sandbox != NULL, "the %s sandbox is registered", names[i]);
		char why[256] = "";
		if (!sandbox)
			continue;
		if (sandbox->probe(sandbox->self, why, sizeof why) != 0) {
			ok(1, "%s # SKIP %s", names[i], why);
			continue;
		}
		diag("%s", names[i]);
		test_proc_sys_dev();
	}
	strata_plugins_free(p);
	return done_testing();
}
