/* The "namespaces" sandbox, loaded through the real plugin loader, running
 * real processes in a busybox rootfs made by each test case. Needs root. */
#include "tap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <grp.h>

#include "strata/error.h"
#include "strata/plugin.h"

#define SANDBOX_SO STRATA_TEST_PLUGIN_DIR "/../../lib/strata/plugins/sandbox-namespaces.so"

static const struct strata_sandbox *sandbox;

static void write_file(const char *root, const char *rel, const char *text)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", root, rel);
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		diag("write %s: %s", path, strerror(errno));
		exit(1);
	}
}

static int exists(const char *root, const char *rel)
{
	char path[4096];
	struct stat st;
	snprintf(path, sizeof path, "%s/%s", root, rel);
	return lstat(path, &st) == 0;
}

/* A fresh rootfs: /bin/busybox and its applets, /etc/passwd and group. */
static const char *make_rootfs(void)
{
	static char root[2048];
	snprintf(root, sizeof root, "%s/root", tap_tmpdir());
	char path[4096];
	mkdir(root, 0755);
	snprintf(path, sizeof path, "%s/bin", root);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/etc", root);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/tmp", root);
	mkdir(path, 01777);

	snprintf(path, sizeof path, "%s/bin/busybox", root);
	int in = open("/bin/busybox", O_RDONLY | O_CLOEXEC);
	int out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
	char buf[65536];
	ssize_t n;
	while (in >= 0 && out >= 0 && (n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n)
			break;
	close(in);
	close(out);

	static const char *const applets[] = {"sh",    "cat",   "id",    "ls",    "hostname",
	                                      "ip",    "env",   "pwd",   "echo",  "true",
	                                      "sleep", "mknod", "touch", "mkdir", NULL};
	for (size_t i = 0; applets[i]; i++) {
		snprintf(path, sizeof path, "%s/bin/%s", root, applets[i]);
		if (symlink("busybox", path) < 0) {
			diag("symlink %s: %s", path, strerror(errno));
			exit(1);
		}
	}
	write_file(root, "etc/passwd",
	           "root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000::/home/user:/bin/sh\n");
	write_file(root, "etc/group", "root:x:0:\nuser:x:1000:\nextra:x:2000:user\n");
	return root;
}

/* The names in a directory, sorted, each followed by a space. */
static const char *list_dir(const char *path, char *out, size_t len)
{
	struct dirent **v;
	int n = scandir(path, &v, NULL, alphasort);
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (v[i]->d_name[0] != '.')
			snprintf(out + strlen(out), len - strlen(out), "%s ", v[i]->d_name);
		free(v[i]);
	}
	if (n >= 0)
		free(v);
	return out;
}

struct result {
	int r;      /* run()'s return */
	int status; /* the process's */
	char *out;  /* its stdout */
	char *err;  /* its stderr */
	char *msg;  /* run()'s error message */
	int errnum;
};

static void result_release(struct result *res)
{
	free(res->out);
	free(res->err);
	free(res->msg);
	memset(res, 0, sizeof *res);
}

static char *drain(int fd)
{
	char *s = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&s, &len);
	char buf[4096];
	ssize_t n;
	while ((n = read(fd, buf, sizeof buf)) > 0)
		fwrite(buf, 1, (size_t)n, f);
	fclose(f);
	close(fd);
	return s;
}

static const char *const default_env[] = {"PATH=/bin", NULL};

/* Run spec with stdout and stderr captured through pipes (the outputs here
 * are small enough for a pipe's buffer). */
static struct result run_spec(struct strata_sandbox_spec *spec)
{
	struct result res = {0};
	int out[2], err[2];
	if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0)
		exit(1);
	spec->stdout_fd = out[1];
	spec->stderr_fd = err[1];
	if (!spec->env)
		spec->env = default_env;
	struct strata_error *e = NULL;
	res.status = -1;
	res.r = sandbox->run(sandbox->self, spec, &res.status, &e);
	close(out[1]);
	close(err[1]);
	res.out = drain(out[0]);
	res.err = drain(err[0]);
	if (e) {
		res.msg = strdup(e->msg);
		res.errnum = e->errnum;
	}
	if (res.r)
		diag("run: %s", res.msg ? res.msg : "(no message)");
	else if (res.err[0])
		diag("stderr: %s", res.err);
	strata_error_free(e);
	return res;
}

static struct result run_argv(const char *root, const char *const *argv)
{
	struct strata_sandbox_spec spec = {.rootfs = root, .argv = argv, .stdin_fd = -1};
	return run_spec(&spec);
}

#define ARGV(...) ((const char *const[]){__VA_ARGS__, NULL})

static void test_exit_codes(void)
{
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("true"));
	is_int(res.r, 0, "true runs");
	is_int(res.status, 0, "true: status 0");
	result_release(&res);
	res = run_argv(root, ARGV("sh", "-c", "exit 3"));
	is_int(res.r, 0, "exit 3 runs");
	is_int(res.status, 3, "exit 3: status 3");
	result_release(&res);
	res = run_argv(root, ARGV("/bin/echo", "hello", "world"));
	is_str(res.out, "hello world\n", "stdout through a pipe, argv[0] with a slash");
	result_release(&res);
	res = run_argv(root, ARGV("sh", "-c", "echo oops >&2"));
	is_str(res.err, "oops\n", "stderr through a pipe");
	is_str(res.out, "", "and nothing on stdout");
	result_release(&res);
}

static void test_signal_status(void)
{
	const char *root = make_rootfs();
	/* a signal from inside the namespace cannot kill its init, so a helper
	 * outside kills the process the way a user's ^C would reach it */
	pid_t helper = fork();
	if (helper == 0) {
		for (int tries = 0; tries < 500; tries++) {
			DIR *d = opendir("/proc");
			struct dirent *de;
			while (d && (de = readdir(d))) {
				char path[300], cmd[64] = {0};
				snprintf(path, sizeof path, "/proc/%s/cmdline", de->d_name);
				int fd = open(path, O_RDONLY);
				if (fd < 0)
					continue;
				ssize_t n = read(fd, cmd, sizeof cmd - 1);
				close(fd);
				if (n == 12 && memcmp(cmd,
				                      "sleep\0"
				                      "31337",
				                      12) == 0) {
					kill(atoi(de->d_name), SIGKILL);
					_exit(0);
				}
			}
			if (d)
				closedir(d);
			usleep(10000);
		}
		_exit(1);
	}
	struct result res = run_argv(root, ARGV("sleep", "31337"));
	int ws;
	waitpid(helper, &ws, 0);
	ok(WIFEXITED(ws) && WEXITSTATUS(ws) == 0, "the helper found the process");
	is_int(res.r, 0, "a killed process still ran");
	is_int(res.status, 128 + SIGKILL, "status 128+signal");
	result_release(&res);
}

static void test_env_cwd_stdin(void)
{
	const char *root = make_rootfs();
	struct strata_sandbox_spec spec = {
	        .rootfs = root,
	        .argv = ARGV("env"),
	        .env = (const char *const[]){"PATH=/nowhere:/bin", "FOO=bar baz", "EMPTY=", NULL},
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "env runs, found through the env's PATH");
	is_str(res.out, "PATH=/nowhere:/bin\nFOO=bar baz\nEMPTY=\n", "exactly the spec's env");
	result_release(&res);

	spec = (struct strata_sandbox_spec){
	        .rootfs = root,
	        .argv = ARGV("pwd"),
	        .env = (const char *const[]){NULL},
	        .cwd = "/work/../work/app/",
	        .stdin_fd = -1,
	};
	res = run_spec(&spec);
	is_int(res.status, 0, "pwd in a missing cwd, found in the default PATH");
	is_str(res.out, "/work/app\n", "cwd created and entered");
	ok(exists(root, "work/app"), "the working directory stays in the rootfs");
	result_release(&res);

	int in[2];
	if (pipe(in) < 0 || write(in[1], "from stdin\n", 11) != 11)
		exit(1);
	close(in[1]);
	spec = (struct strata_sandbox_spec){.rootfs = root, .argv = ARGV("cat"), .stdin_fd = in[0]};
	res = run_spec(&spec);
	close(in[0]);
	is_str(res.out, "from stdin\n", "stdin from the spec's fd");
	result_release(&res);

	res = run_argv(root, ARGV("cat"));
	is_int(res.status, 0, "stdin -1 reads /dev/null");
	is_str(res.out, "", "and gets nothing");
	result_release(&res);

	/* stdout and stderr swapped: the dup2 order must not clobber one */
	int out[2], err[2];
	if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0)
		exit(1);
	spec = (struct strata_sandbox_spec){
	        .rootfs = root,
	        .argv = ARGV("sh", "-c", "echo to-out; echo to-err >&2"),
	        .env = default_env,
	        .stdin_fd = -1,
	        .stdout_fd = 2,
	        .stderr_fd = 1,
	};
	int save1 = dup(1), save2 = dup(2);
	fflush(stdout);
	dup2(out[1], 1);
	dup2(err[1], 2);
	int status = -1;
	int r = sandbox->run(sandbox->self, &spec, &status, NULL);
	dup2(save1, 1);
	dup2(save2, 2);
	close(save1);
	close(save2);
	close(out[1]);
	close(err[1]);
	char *o = drain(out[0]), *e = drain(err[0]);
	is_int(r, 0, "swapped stdio runs");
	is_str(o, "to-err\n", "stderr_fd 1 writes to our fd 1");
	is_str(e, "to-out\n", "stdout_fd 2 writes to our fd 2");
	free(o);
	free(e);
}

static void test_user(void)
{
	const char *root = make_rootfs();
	gid_t groups[] = {2000};
	struct strata_sandbox_spec spec = {
	        .rootfs = root,
	        .argv = ARGV("sh", "-c", "id -u; id -g; id -G; cat /proc/self/status"),
	        .uid = 1000,
	        .gid = 1000,
	        .groups = groups,
	        .ngroups = 1,
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "id as user 1000");
	ok(strncmp(res.out, "1000\n1000\n", 10) == 0, "uid and gid 1000");
	like(res.out, "\n1000 2000\n", "groups: the gid and the supplementary 2000");
	like(res.out, "CapEff:\t0000000000000000", "a non-root user has no capabilities");
	result_release(&res);

	res = run_argv(root, ARGV("sh", "-c", "id; id -G; cat /proc/self/status"));
	ok(strncmp(res.out, "uid=0(root) gid=0(root)\n0\n", 26) == 0,
	   "root by default, without the host's supplementary groups");
	like(res.out, "CapBnd:\t00000000a80425fb", "bounding set: Docker's default");
	like(res.out, "CapEff:\t00000000a80425fb", "root's effective set: the same");
	like(res.out, "CapInh:\t0000000000000000", "no inheritable capabilities");
	like(res.out, "NoNewPrivs:\t1", "no_new_privs");
	result_release(&res);

	/* what the caller's thread ignores or blocks must not reach the
	 * process (a SIGPIPE ignored by strata would break "yes | head") */
	sigset_t block, saved;
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, &saved);
	void (*old_pipe)(int) = signal(SIGPIPE, SIG_IGN);
	res = run_argv(root, ARGV("cat", "/proc/self/status"));
	signal(SIGPIPE, old_pipe);
	sigprocmask(SIG_SETMASK, &saved, NULL);
	like(res.out, "SigBlk:\t0000000000000000", "no blocked signals");
	like(res.out, "SigIgn:\t0000000000000000", "no ignored signals");
	like(res.out, "Umask:\t0022\n", "umask 022");
	result_release(&res);
}

static void test_hostname(void)
{
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("hostname"));
	is_str(res.out, "strata\n", "default hostname");
	result_release(&res);
	struct strata_sandbox_spec spec = {
	        .rootfs = root, .argv = ARGV("hostname"), .hostname = "box", .stdin_fd = -1};
	res = run_spec(&spec);
	is_str(res.out, "box\n", "the spec's hostname");
	result_release(&res);
}

static void test_proc_and_fds(void)
{
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("ls", "/proc"));
	is_int(res.status, 0, "ls /proc");
	char digits[256] = "";
	for (char *line = strtok(res.out, "\n"); line; line = strtok(NULL, "\n"))
		if (line[0] >= '0' && line[0] <= '9' && strspn(line, "0123456789") == strlen(line))
			snprintf(digits + strlen(digits), sizeof digits - strlen(digits), "%s ",
			         line);
	is_str(digits, "1 ", "/proc shows the sandbox's process only: pid 1");
	result_release(&res);

	/* an fd the caller left open without CLOEXEC must not leak in */
	int leak = open("/dev/null", O_RDONLY);
	res = run_argv(root, ARGV("ls", "/proc/self/fd"));
	close(leak);
	is_str(res.out, "0\n1\n2\n3\n", "fds: 0 1 2 and ls's own dir fd");
	result_release(&res);

	res = run_argv(root, ARGV("sh", "-c", "echo 1 > /proc/sys/kernel/hostname"));
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

static void test_network(void)
{
	const char *root = make_rootfs();
	struct strata_sandbox_spec spec = {.rootfs = root,
	                                   .argv = ARGV("sh", "-c", "cat /proc/net/dev; ip link"),
	                                   .network = STRATA_NET_NONE,
	                                   .stdin_fd = -1};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "network none: runs");
	like(res.out, "lo:", "network none: lo is there");
	ok(!strstr(res.out, "eth0") && !strstr(res.out, "ifb0"), "network none: only lo");
	like(res.out, "<LOOPBACK,UP,LOWER_UP>", "network none: lo is up");
	ok(!exists(root, "etc/resolv.conf"), "network none: no resolv.conf made");
	result_release(&res);

	char *host = NULL;
	size_t len = 0;
	FILE *f = fopen("/etc/resolv.conf", "r");
	if (f) {
		FILE *m = open_memstream(&host, &len);
		int c;
		while ((c = fgetc(f)) != EOF)
			fputc(c, m);
		fclose(m);
		fclose(f);
	}
	res = run_argv(root, ARGV("cat", "/etc/resolv.conf"));
	if (host) {
		is_str(res.out, host, "host network: the host's resolv.conf");
		ok(!exists(root, "etc/resolv.conf"), "the resolv.conf mount point is removed");
	} else {
		ok(res.status != 0, "host network, no host resolv.conf: none");
	}
	free(host);
	result_release(&res);
	res = run_argv(root, ARGV("sh", "-c", "echo x > /etc/hosts"));
	ok(res.status != 0, "/etc/hosts is read-only");
	result_release(&res);
}

static void test_isolation_and_cleanup(void)
{
	const char *root = make_rootfs();
	char marker[4096];
	snprintf(marker, sizeof marker, "/tmp/strata-marker-%d", (int)getpid());
	close(open(marker, O_CREAT | O_WRONLY, 0644));
	char cmd[8192];
	snprintf(cmd, sizeof cmd, "ls %s; ls /", marker);
	struct result res = run_argv(root, ARGV("sh", "-c", cmd));
	ok(res.status == 0 && !strstr(res.out, "strata-marker"), "a host file is not visible");
	like(res.out, "bin\n", "the rootfs is /");
	unlink(marker);
	result_release(&res);

	ok(!exists(root, "proc") && !exists(root, "dev") && !exists(root, "sys"),
	   "no /proc, /dev, /sys left in the rootfs");
	ok(!exists(root, "etc/hosts"), "no /etc/hosts left in the rootfs");

	/* mount points the rootfs already had stay */
	char path[4096];
	snprintf(path, sizeof path, "%s/dev", root);
	mkdir(path, 0700);
	res = run_argv(root, ARGV("true"));
	struct stat st;
	ok(stat(path, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0700,
	   "an existing /dev stays, untouched");
	ok(!exists(root, "proc"), "/proc made again and removed again");
	result_release(&res);

	/* a symlink in the rootfs cannot send a mount point out of it */
	char hostdir[2048];
	snprintf(hostdir, sizeof hostdir, "%s/hostdir", tap_tmpdir());
	mkdir(hostdir, 0755);
	snprintf(path, sizeof path, "%s/evil", root);
	if (symlink(hostdir, path) < 0)
		exit(1);
	struct strata_mount_spec m = {.type = "tmpfs", .target = "/evil/sub"};
	struct strata_sandbox_spec spec = {.rootfs = root,
	                                   .argv = ARGV("ls", "-d", "/evil/sub"),
	                                   .mounts = &m,
	                                   .nmounts = 1,
	                                   .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, 0, "a mount through an absolute symlink");
	is_int(res.status, 0, "is there, inside the rootfs");
	snprintf(path, sizeof path, "%s/sub", hostdir);
	ok(!exists(path, ""), "nothing was made at the host path the symlink names");
	ok(!exists(root, hostdir + 1), "its mount point was removed from the rootfs");
	snprintf(path, sizeof path, "%s/tmp", root);
	char names[1024];
	is_str(list_dir(path, names, sizeof names), "", "and the directories made on its way");
	result_release(&res);
}

/* The rootfs as strata gives it: an overlay whose upper dir becomes a layer.
 * The layer must hold what the process wrote and nothing else. */
static void test_overlay_upper(void)
{
	const char *lower = make_rootfs();
	const char *dir = tap_tmpdir();
	char upper[4096], work[4096], merged[4096], opts[16384];
	snprintf(upper, sizeof upper, "%s/upper", dir);
	snprintf(work, sizeof work, "%s/work", dir);
	snprintf(merged, sizeof merged, "%s/merged", dir);
	mkdir(upper, 0755);
	mkdir(work, 0755);
	mkdir(merged, 0755);
	snprintf(opts, sizeof opts, "lowerdir=%s,upperdir=%s,workdir=%s", lower, upper, work);
	if (mount("overlay", merged, "overlay", 0, opts) < 0) {
		ok(1, "# SKIP overlay: %s", strerror(errno));
		return;
	}
	struct strata_sandbox_spec spec = {
	        .rootfs = merged,
	        .argv = ARGV("sh", "-c", "echo hi > /new; ls /proc/1 >/dev/null"),
	        .cwd = "/app",
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "overlay rootfs: runs");
	umount2(merged, MNT_DETACH);
	/* /etc was copied up to make the resolv.conf mount point (when the host
	 * has one), and must keep its times */
	char names[1024];
	list_dir(upper, names, sizeof names);
	ok(strcmp(names, "app new ") == 0 || strcmp(names, "app etc new ") == 0,
	   "the upper dir holds the process's file, the cwd and at most /etc (got '%s')", names);
	char le[4200], ue[4200];
	snprintf(le, sizeof le, "%s/etc", lower);
	snprintf(ue, sizeof ue, "%s/etc", upper);
	struct stat ls, us;
	if (stat(ue, &us) == 0) {
		ok(stat(le, &ls) == 0 && ls.st_mtim.tv_sec == us.st_mtim.tv_sec &&
		           ls.st_mtim.tv_nsec == us.st_mtim.tv_nsec,
		   "the copied-up /etc has the lower's mtime");
		is_str(list_dir(ue, names, sizeof names), "", "and holds nothing");
	}
	result_release(&res);
}

static void test_mounts(void)
{
	const char *root = make_rootfs();
	char ro[4096], rw[4096];
	snprintf(ro, sizeof ro, "%s/ro", tap_tmpdir());
	snprintf(rw, sizeof rw, "%s/rw", tap_tmpdir());
	mkdir(ro, 0755);
	mkdir(rw, 0755);
	write_file(ro, "file", "read me\n");
	char rofile[4200];
	snprintf(rofile, sizeof rofile, "%s/file", ro);
	struct strata_mount_spec mounts[] = {
	        {.type = "bind", .source = ro, .target = "/mnt/ro", .readonly = 1},
	        {.type = "bind", .source = rw, .target = "/data"},
	        {.type = "tmpfs", .target = "/scratch"},
	        {.type = "bind", .source = rofile, .target = "/etc/single", .readonly = 1},
	};
	struct strata_sandbox_spec spec = {
	        .rootfs = root,
	        .argv = ARGV("sh", "-c",
	                     "cat /mnt/ro/file; touch /mnt/ro/x || echo ro-refused; "
	                     "echo written > /data/out; touch /scratch/t && echo tmpfs-ok; "
	                     "cat /etc/single"),
	        .mounts = mounts,
	        .nmounts = 4,
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "mounts: runs");
	is_str(res.out, "read me\nro-refused\ntmpfs-ok\nread me\n",
	       "bind ro, bind rw, tmpfs, and a file bind");
	ok(!exists(ro, "x"), "the read-only bind was not written");
	ok(exists(rw, "out"), "the read-write bind was");
	ok(!exists(root, "mnt") && !exists(root, "data") && !exists(root, "scratch") &&
	           !exists(root, "etc/single"),
	   "mount points made for the run are removed, parents too");
	result_release(&res);
}

static void test_errors(void)
{
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("nope"));
	is_int(res.r, STRATA_EIO, "a missing binary: STRATA_EIO");
	like(res.msg, "exec 'nope': ", "names the command");
	is_int(res.errnum, ENOENT, "with ENOENT");
	ok(!exists(root, "proc") && !exists(root, "dev"), "mount points removed after a failure");
	result_release(&res);

	res = run_argv(root, ARGV("/etc/passwd"));
	is_int(res.r, STRATA_EIO, "a file that is not executable");
	is_int(res.errnum, EACCES, "with EACCES");
	result_release(&res);

	struct strata_sandbox_spec spec = {
	        .rootfs = root, .argv = ARGV("true"), .cwd = "relative", .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "a relative cwd");
	like(res.msg, "'relative': not an absolute path", "says so");
	result_release(&res);

	struct strata_mount_spec m = {.type = "nfs", .target = "/x"};
	spec = (struct strata_sandbox_spec){
	        .rootfs = root, .argv = ARGV("true"), .mounts = &m, .nmounts = 1, .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "an unknown mount type");
	is_str(res.msg, "mount on '/x': unknown type 'nfs'", "says so");
	result_release(&res);

	m = (struct strata_mount_spec){.type = "bind", .source = "/nonexistent", .target = "/x"};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "a missing bind source");
	like(res.msg, "bind mount '/nonexistent' on '/x': ", "says so");
	result_release(&res);

	char missing[4096];
	snprintf(missing, sizeof missing, "%s/missing", tap_tmpdir());
	res = run_argv(missing, ARGV("true"));
	is_int(res.r, STRATA_EIO, "a missing rootfs");
	like(res.msg, "rootfs '", "names it");
	result_release(&res);

	spec = (struct strata_sandbox_spec){.rootfs = root, .argv = ARGV(""), .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "an empty command");
	result_release(&res);
}

/* run() on several threads at once, as the solver does: each process gets
 * its own output and nothing of the others'. */
struct job {
	const char *root;
	char word[16];
	struct result res;
};

static void *job_run(void *arg)
{
	struct job *j = arg;
	j->res = run_argv(j->root,
	                  ARGV("sh", "-c", "sleep 0.2; echo $0; ls /proc/self/fd", j->word));
	return NULL;
}

static void test_threads(void)
{
	struct job jobs[4];
	pthread_t th[4];
	char roots[4][2048];
	/* all rootfs first: a busybox copied while another thread clones can
	 * be held open for writing by that child (ETXTBSY at exec) */
	for (int i = 0; i < 4; i++) {
		snprintf(roots[i], sizeof roots[i], "%s", make_rootfs());
		jobs[i].root = roots[i];
		snprintf(jobs[i].word, sizeof jobs[i].word, "job%d", i);
	}
	for (int i = 0; i < 4; i++)
		pthread_create(&th[i], NULL, job_run, &jobs[i]);
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		char want[64];
		snprintf(want, sizeof want, "job%d\n0\n1\n2\n3\n", i);
		is_str(jobs[i].res.out, want, "thread %d: its own output, no fd of the others", i);
		result_release(&jobs[i].res);
	}
}

/* probe() as a user without privileges says why not. */
static void test_probe_unprivileged(void)
{
	int p[2];
	if (pipe(p) < 0)
		exit(1);
	pid_t pid = fork();
	if (pid == 0) {
		char why[256] = "";
		if (setgroups(0, NULL) < 0 || setresgid(65534, 65534, 65534) < 0 ||
		    setresuid(65534, 65534, 65534) < 0)
			_exit(2);
		int r = sandbox->probe(sandbox->self, why, sizeof why);
		if (write(p[1], why, strlen(why)) < 0)
			_exit(3);
		_exit(r ? 1 : 0);
	}
	close(p[1]);
	char *why = drain(p[0]);
	int ws = 0;
	waitpid(pid, &ws, 0);
	is_int(WIFEXITED(ws) ? WEXITSTATUS(ws) : -1, 1, "probe fails for an unprivileged user");
	is_str(why, "needs root or CAP_SYS_ADMIN", "and says why");
	free(why);
}

int main(void)
{
	if (geteuid() != 0)
		skip_all("the namespaces sandbox needs root");
	struct strata_plugins *p = NULL;
	struct strata_error *err = NULL;
	if (strata_plugins_new(&p, &err) || strata_plugins_load(p, SANDBOX_SO, &err)) {
		printf("Bail out! %s\n", err ? err->msg : "?");
		return 1;
	}
	sandbox = strata_plugins_sandbox(p, "namespaces");
	ok(sandbox != NULL, "the namespaces sandbox is registered");
	if (!sandbox)
		return done_testing();
	char why[256] = "";
	int pr = sandbox->probe(sandbox->self, why, sizeof why);
	if (pr)
		skip_all(why);
	is_int(pr, 0, "probe: works here");

	test_exit_codes();
	test_signal_status();
	test_env_cwd_stdin();
	test_user();
	test_hostname();
	test_proc_and_fds();
	test_network();
	test_isolation_and_cleanup();
	test_mounts();
	test_overlay_upper();
	test_errors();
	test_threads();
	test_probe_unprivileged();
	strata_plugins_free(p);
	return done_testing();
}
