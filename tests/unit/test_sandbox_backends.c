/* One RUN suite for every sandbox backend: each plugin in the build's plugin
 * directory, loaded through the real loader, runs the same processes in a
 * busybox rootfs made fresh for each case. A backend that does not work on
 * this machine gets a TAP skip line with its probe's reason; what a backend
 * cannot do by design (proot: pid isolation, a hostname…) is stated in the
 * table below and checked as a clear refusal or a skip with the reason.
 * Needs root (the backends that work without it are run as root too). */
#include "sandbox_helpers.h"

#include <grp.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>

/* What a backend does, as the suite expects it. */
struct backend {
	const char *name;        /* the registered name */
	const char *label;       /* in test names */
	const char *oci_runtime; /* STRATA_OCI_RUNTIME while it runs, or NULL */
	int pid_ns;              /* the command is pid 1; /proc shows its processes only */
	int net_none;            /* network NONE (else run() refuses it) */
	int hostname;            /* sets the hostname */
	int readonly;            /* read-only mounts (else run() refuses them) */
	int signal_status;       /* a killed process reads 128+signal */
	const char *extra_env;   /* "NAME=" the backend adds to the environment */
	const char *cap_bnd;     /* root's bounding set, or NULL: not checked */
	const char *cap_eff;     /* root's effective set */
	const char *cap_inh;     /* root's inheritable set */
	const char *why_not;     /* what it says it cannot do (for the skips) */
	/* 1: no_new_privs is set (setuid programs gain nothing): bwrap always
	 * sets it, proot's seccomp filter needs it; docker does not */
	int no_new_privs;
};

#define DOCKER_CAPS "00000000a80425fb"
#define NO_CAPS     "0000000000000000"

static const struct backend backends[] = {
        {"namespaces", "namespaces", NULL, 1, 1, 1, 1, 1, NULL, DOCKER_CAPS, DOCKER_CAPS, NO_CAPS,
         NULL, 0},
        /* Docker's set less CAP_SYS_CHROOT */
        {"chroot", "chroot", NULL, 1, 1, 1, 1, 1, NULL, "00000000a80025fb", "00000000a80025fb",
         NO_CAPS, NULL, 0},
        /* bubblewrap run by root keeps the full bounding set and puts the
         * kept capabilities in the inheritable (and ambient) sets too;
         * no_new_privs keeps an exec from gaining any beyond them */
        {"bwrap", "bwrap", NULL, 1, 1, 1, 1, 1, "PWD=", NULL, DOCKER_CAPS, DOCKER_CAPS,
         "bwrap run by root leaves the bounding set full", 1},
        {"oci", "oci (runc)", "runc", 1, 1, 1, 1, 1, "HOME=", DOCKER_CAPS, DOCKER_CAPS, NO_CAPS,
         NULL, 0},
        {"oci", "oci (crun)", "crun", 1, 1, 1, 1, 1, "HOME=", DOCKER_CAPS, DOCKER_CAPS, NO_CAPS,
         NULL, 0},
        {"proot", "proot", NULL, 0, 1, 0, 0, 0, "PWD=", DOCKER_CAPS, DOCKER_CAPS, NO_CAPS,
         "proot isolates no pids: /proc is the host's", 1},
};

/* 1 when root/path is a directory with nothing in it. */
static int is_empty_dir(const char *root, const char *path)
{
	char full[8192];
	snprintf(full, sizeof full, "%s/%s", root, path);
	DIR *d = opendir(full);
	if (!d)
		return 0;
	int n = 0;
	for (struct dirent *e; (e = readdir(d));)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n == 0;
}

/* out without the lines starting with prefix (may be NULL). */
static char *without_lines(const char *out, const char *prefix)
{
	char *s = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&s, &len);
	for (const char *line = out; line && *line;) {
		const char *nl = strchr(line, '\n');
		size_t n = nl ? (size_t)(nl - line) + 1 : strlen(line);
		if (!prefix || strncmp(line, prefix, strlen(prefix)) != 0)
			fwrite(line, 1, n, f);
		line += n;
	}
	fclose(f);
	return s;
}

static void skip_check(const struct backend *b, const char *what)
{
	ok(1, "%s: %s # SKIP %s", b->label, what, b->why_not);
}

static void t_exit_output(const struct backend *b)
{
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("true"));
	is_int(res.r, 0, "%s: true runs", b->label);
	is_int(res.status, 0, "%s: true: status 0", b->label);
	result_release(&res);
	res = run_argv(root, ARGV("sh", "-c", "exit 3"));
	is_int(res.r, 0, "%s: exit 3 runs", b->label);
	is_int(res.status, 3, "%s: exit 3: status 3", b->label);
	result_release(&res);
	res = run_argv(root, ARGV("/bin/echo", "hello", "world"));
	is_str(res.out, "hello world\n", "%s: stdout, argv[0] with a slash", b->label);
	result_release(&res);
	res = run_argv(root, ARGV("sh", "-c", "echo oops >&2; echo $0", "zero"));
	is_str(res.err, "oops\n", "%s: stderr", b->label);
	is_str(res.out, "zero\n", "%s: the arguments as given", b->label);
	result_release(&res);
}

static void t_env_cwd_stdin(const struct backend *b)
{
	const char *root = make_rootfs();
	struct strata_sandbox_spec spec = {
	        .rootfs = root,
	        .argv = ARGV("env"),
	        .env = (const char *const[]){"PATH=/nowhere:/bin", "FOO=bar baz", "EMPTY=", NULL},
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "%s: env runs, found through the env's PATH", b->label);
	char *env = without_lines(res.out, b->extra_env);
	is_str(env, "PATH=/nowhere:/bin\nFOO=bar baz\nEMPTY=\n", "%s: exactly the spec's env%s%s%s",
	       b->label, b->extra_env ? " (and its own " : "", b->extra_env ? b->extra_env : "",
	       b->extra_env ? ")" : "");
	free(env);
	result_release(&res);

	spec = (struct strata_sandbox_spec){
	        .rootfs = root,
	        .argv = ARGV("pwd"),
	        .env = (const char *const[]){NULL},
	        .cwd = "/work/../work/app/",
	        .stdin_fd = -1,
	};
	res = run_spec(&spec);
	is_int(res.status, 0, "%s: pwd in a missing cwd, found in the default PATH", b->label);
	is_str(res.out, "/work/app\n", "%s: cwd created and entered", b->label);
	ok(exists(root, "work/app"), "%s: the working directory stays in the rootfs", b->label);
	result_release(&res);

	int in[2];
	if (pipe(in) < 0 || write(in[1], "from stdin\n", 11) != 11)
		exit(1);
	close(in[1]);
	spec = (struct strata_sandbox_spec){.rootfs = root, .argv = ARGV("cat"), .stdin_fd = in[0]};
	res = run_spec(&spec);
	close(in[0]);
	is_str(res.out, "from stdin\n", "%s: stdin from the spec's fd", b->label);
	result_release(&res);
	res = run_argv(root, ARGV("cat"));
	is_int(res.status, 0, "%s: stdin -1 reads /dev/null", b->label);
	is_str(res.out, "", "%s: and gets nothing", b->label);
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
	is_int(r, 0, "%s: swapped stdio runs", b->label);
	is_str(o, "to-err\n", "%s: stderr_fd 1 writes to our fd 1", b->label);
	is_str(e, "to-out\n", "%s: stdout_fd 2 writes to our fd 2", b->label);
	free(o);
	free(e);
}

static void t_user(const struct backend *b)
{
	const char *root = make_rootfs();
	gid_t groups[] = {2000};
	struct strata_sandbox_spec spec = {
	        .rootfs = root,
	        .argv = ARGV("sh", "-c",
	                     "id -u; id -g; id -G; grep CapEff /proc/self/status; touch /tmp/mine; "
	                     "touch /etc/not-mine || echo refused"),
	        .uid = 1000,
	        .gid = 1000,
	        .groups = groups,
	        .ngroups = 1,
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "%s: as user 1000", b->label);
	ok(res.out && strncmp(res.out, "1000\n1000\n1000 2000\n", 20) == 0,
	   "%s: uid 1000, gid 1000, groups 1000 2000", b->label);
	like(res.out, "CapEff:\t0000000000000000", "%s: no capabilities for a user", b->label);
	like(res.out, "refused", "%s: a user cannot write root's /etc", b->label);
	char path[4096];
	struct stat st;
	snprintf(path, sizeof path, "%s/tmp/mine", root);
	ok(stat(path, &st) == 0 && st.st_uid == 1000 && st.st_gid == 1000,
	   "%s: a file it makes is owned by 1000:1000 on disk", b->label);
	result_release(&res);

	res = run_argv(root, ARGV("sh", "-c", "id -u; id -g; id -G"));
	is_str(res.out, "0\n0\n0\n", "%s: root by default, without the host's groups", b->label);
	result_release(&res);
	res = run_argv(root, ARGV("cat", "/proc/self/status"));
	const char *const sets[][2] = {
	        {"CapBnd", b->cap_bnd}, {"CapEff", b->cap_eff}, {"CapInh", b->cap_inh}};
	for (size_t i = 0; i < 3; i++) {
		char want[64];
		snprintf(want, sizeof want, "%s:\t%s", sets[i][0], sets[i][1] ? sets[i][1] : "");
		if (sets[i][1])
			like(res.out, want, "%s: root's %s", b->label, sets[i][0]);
		else
			skip_check(b, sets[i][0]);
	}
	like(res.out, b->no_new_privs ? "NoNewPrivs:\t1" : "NoNewPrivs:\t0", "%s: no_new_privs %s",
	     b->label, b->no_new_privs ? "set" : "not set, as under docker");
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
	like(res.out, "SigBlk:\t0000000000000000", "%s: no blocked signals", b->label);
	like(res.out, "SigIgn:\t0000000000000000", "%s: no ignored signals", b->label);
	like(res.out, "Umask:\t0022\n", "%s: umask 022", b->label);
	result_release(&res);
}

static void t_hostname(const struct backend *b)
{
	const char *root = make_rootfs();
	struct strata_sandbox_spec spec = {
	        .rootfs = root, .argv = ARGV("hostname"), .hostname = "box", .stdin_fd = -1};
	struct result res;
	if (!b->hostname) {
		res = run_spec(&spec);
		is_int(res.r, STRATA_EINVAL, "%s: a hostname is refused", b->label);
		like(res.msg, "hostname", "%s: and the refusal says why", b->label);
		result_release(&res);
		return;
	}
	res = run_argv(root, ARGV("hostname"));
	is_str(res.out, "buildkitsandbox\n", "%s: default hostname: docker build's", b->label);
	result_release(&res);
	res = run_spec(&spec);
	is_str(res.out, "box\n", "%s: the spec's hostname", b->label);
	result_release(&res);
	/* docker build's /etc/hosts, not the host's */
	spec.argv = ARGV("cat", "/etc/hosts");
	res = run_spec(&spec);
	is_str(res.out, "127.0.0.1\tlocalhost box\n::1\tlocalhost ip6-localhost ip6-loopback\n",
	       "%s: /etc/hosts names localhost and the hostname", b->label);
	result_release(&res);
}

static void t_network(const struct backend *b)
{
	const char *root = make_rootfs();
	struct strata_sandbox_spec spec = {.rootfs = root,
	                                   .argv = ARGV("cat", "/proc/net/dev"),
	                                   .network = STRATA_NET_NONE,
	                                   .stdin_fd = -1};
	struct result res = run_spec(&spec);
	if (b->net_none) {
		is_int(res.status, 0, "%s: network none runs", b->label);
		char *lines = without_lines(res.out, "Inter-|");
		char *rest = without_lines(lines, " face |");
		char *others = without_lines(rest, "    lo:");
		is_str(others, "", "%s: network none: only lo in /proc/net/dev", b->label);
		like(rest, "lo:", "%s: network none: lo is there", b->label);
		free(lines);
		free(rest);
		free(others);
		result_release(&res);
		spec.argv = ARGV("ip", "link");
		res = run_spec(&spec);
		like(res.out, "<LOOPBACK,UP,LOWER_UP>", "%s: network none: lo is up", b->label);
	} else {
		is_int(res.r, STRATA_EINVAL, "%s: network none is refused", b->label);
		like(res.msg, "network", "%s: and the refusal says why", b->label);
	}
	ok(!exists(root, "etc/resolv.conf"), "%s: network none: no resolv.conf made", b->label);
	result_release(&res);

	if (access("/etc/resolv.conf", R_OK) == 0) {
		res = run_argv(root, ARGV("sh", "-c", "grep nameserver /etc/resolv.conf"));
		is_str(res.out, "nameserver 10.0.2.3\n",
		       "%s: default network: a resolv.conf naming the stack's DNS forwarder",
		       b->label);
		ok(!exists(root, "etc/resolv.conf"), "%s: its mount point is removed", b->label);
		result_release(&res);
	}
	char before[8192] = "";
	FILE *f = fopen("/etc/hosts", "r");
	size_t n = f ? fread(before, 1, sizeof before - 1, f) : 0;
	before[n] = '\0';
	if (f)
		fclose(f);
	res = run_argv(root, ARGV("sh", "-c", "echo '# strata-test' >> /etc/hosts"));
	char after[8192] = "";
	f = fopen("/etc/hosts", "r");
	n = f ? fread(after, 1, sizeof after - 1, f) : 0;
	after[n] = '\0';
	if (f)
		fclose(f);
	is_str(after, before, "%s: the host's /etc/hosts cannot be changed", b->label);
	result_release(&res);
}

static void t_mounts(const struct backend *b)
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
	        {.type = "bind", .source = rw, .target = "/data"},
	        {.type = "tmpfs", .target = "/scratch"},
	        {.type = "bind", .source = ro, .target = "/mnt/ro", .readonly = 1},
	        {.type = "bind", .source = rofile, .target = "/etc/single", .readonly = 1},
	};
	struct strata_sandbox_spec spec = {
	        .rootfs = root,
	        .argv = ARGV("sh", "-c",
	                     "echo written > /data/out; touch /scratch/t && echo tmpfs-ok; "
	                     "ls /scratch"),
	        .mounts = mounts,
	        .nmounts = 2,
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "%s: bind and tmpfs mounts: runs", b->label);
	is_str(res.out, "tmpfs-ok\nt\n", "%s: a tmpfs", b->label);
	ok(exists(rw, "out"), "%s: a read-write bind is written", b->label);
	/* docker build leaves the directories it made as mount targets */
	ok(is_empty_dir(root, "data") && is_empty_dir(root, "scratch"),
	   "%s: their mount points stay, empty, as docker build leaves them", b->label);
	result_release(&res);

	spec.argv = ARGV("sh", "-c",
	                 "cat /mnt/ro/file; touch /mnt/ro/x || echo ro-refused; cat /etc/single");
	spec.mounts = mounts + 2;
	spec.nmounts = 2;
	res = run_spec(&spec);
	if (b->readonly) {
		is_int(res.status, 0, "%s: read-only binds: runs", b->label);
		is_str(res.out, "read me\nro-refused\nread me\n",
		       "%s: a read-only bind refuses writes; a file bind", b->label);
		ok(!exists(ro, "x"), "%s: the read-only bind was not written", b->label);
	} else {
		is_int(res.r, STRATA_EINVAL, "%s: a read-only bind is refused", b->label);
		like(res.msg, "read-only", "%s: and the refusal says why", b->label);
	}
	ok(!exists(root, "etc/single") &&
	           (b->readonly ? is_empty_dir(root, "mnt/ro") : !exists(root, "mnt")),
	   "%s: a file mount's stub is removed, the directories made for mounts stay", b->label);
	result_release(&res);
}

static void t_isolation(const struct backend *b)
{
	const char *root = make_rootfs();
	char marker[4096];
	snprintf(marker, sizeof marker, "/tmp/strata-marker-%d", (int)getpid());
	close(open(marker, O_CREAT | O_WRONLY, 0644));
	char cmd[8192];
	snprintf(cmd, sizeof cmd, "ls %s; ls /", marker);
	struct result res = run_argv(root, ARGV("sh", "-c", cmd));
	ok(res.status == 0 && !strstr(res.out, "strata-marker"), "%s: a host file is not visible",
	   b->label);
	like(res.out, "bin\n", "%s: the rootfs is /", b->label);
	unlink(marker);
	result_release(&res);

	/* docker build's runc makes them, and they stay in the layer */
	ok(is_empty_dir(root, "proc") && is_empty_dir(root, "dev") && is_empty_dir(root, "sys"),
	   "%s: /proc, /dev, /sys made, left as empty directories", b->label);
	ok(!exists(root, "etc/hosts"), "%s: no /etc/hosts left in the rootfs", b->label);

	/* mount points the rootfs already had stay */
	char path[4096];
	snprintf(path, sizeof path, "%s/dev", root);
	rmdir(path);
	mkdir(path, 0700);
	res = run_argv(root, ARGV("true"));
	struct stat st;
	ok(stat(path, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0700,
	   "%s: an existing /dev stays, untouched", b->label);
	ok(is_empty_dir(root, "proc"), "%s: /proc stays an empty directory", b->label);
	result_release(&res);
	rmdir(path);

	/* a symlink in the rootfs cannot send a mount point out of it */
	char hostdir[2048];
	snprintf(hostdir, sizeof hostdir, "%s/hostdir", tap_tmpdir());
	mkdir(hostdir, 0755);
	snprintf(path, sizeof path, "%s/evil", root);
	if (symlink(hostdir, path) < 0)
		exit(1);
	struct strata_mount_spec m = {.type = "bind", .source = hostdir, .target = "/evil/sub"};
	struct strata_sandbox_spec spec = {.rootfs = root,
	                                   .argv = ARGV("ls", "-d", "/evil/sub"),
	                                   .mounts = &m,
	                                   .nmounts = 1,
	                                   .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, 0, "%s: a mount through an absolute symlink", b->label);
	is_int(res.status, 0, "%s: is there, inside the rootfs", b->label);
	snprintf(path, sizeof path, "%s/sub", hostdir);
	ok(!exists(path, ""), "%s: nothing was made at the host path the symlink names", b->label);
	ok(is_empty_dir(root, path + 1), "%s: its mount point stays, inside the rootfs", b->label);
	result_release(&res);
	/* the directories made on its way, for the next checks */
	snprintf(path, sizeof path, "%s%s/sub", root, hostdir);
	for (char *slash; strlen(path) > strlen(root) + strlen("/tmp") && rmdir(path) == 0 &&
	                  (slash = strrchr(path, '/'));)
		*slash = '\0';
	snprintf(path, sizeof path, "%s/evil", root);
	unlink(path);

	/* an fd the caller left open without CLOEXEC must not leak in */
	int leak = open("/dev/null", O_RDONLY);
	res = run_argv(root, ARGV("ls", "/proc/self/fd"));
	close(leak);
	is_str(res.out, "0\n1\n2\n3\n", "%s: fds: 0 1 2 and ls's own dir fd", b->label);
	result_release(&res);

	if (!b->pid_ns) {
		skip_check(b, "/proc shows only the sandbox's processes");
		return;
	}
	res = run_argv(root, ARGV("ls", "/proc"));
	char digits[256] = "";
	for (char *line = strtok(res.out, "\n"); line; line = strtok(NULL, "\n"))
		if (strspn(line, "0123456789") == strlen(line))
			snprintf(digits + strlen(digits), sizeof digits - strlen(digits), "%s ",
			         line);
	is_str(digits, "1 ", "%s: /proc shows the sandbox's process only: pid 1", b->label);
	result_release(&res);
}

/* The rootfs as strata gives it: an overlay whose upper dir becomes a layer.
 * The layer must hold what the process wrote and nothing else. */
static void t_overlay_upper(const struct backend *b)
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
		ok(1, "%s: overlay # SKIP overlay: %s", b->label, strerror(errno));
		return;
	}
	struct strata_mount_spec m = {.type = "tmpfs", .target = "/var/cache/x"};
	struct strata_sandbox_spec spec = {
	        .rootfs = merged,
	        .argv = ARGV("sh", "-c", "echo hi > /new"),
	        .cwd = "/app",
	        .mounts = &m,
	        .nmounts = 1,
	        .stdin_fd = -1,
	};
	struct result res = run_spec(&spec);
	is_int(res.status, 0, "%s: overlay rootfs: runs", b->label);
	umount2(merged, MNT_DETACH);
	char names[1024];
	list_dir(upper, names, sizeof names);
	ok(strcmp(names, "app dev new proc sys var ") == 0 ||
	           strcmp(names, "app dev etc new proc sys var ") == 0,
	   "%s: the layer holds the process's file, the cwd, the mount points and at most /etc "
	   "(got '%s')",
	   b->label, names);
	char le[4200], ue[4200];
	snprintf(le, sizeof le, "%s/etc", lower);
	snprintf(ue, sizeof ue, "%s/etc", upper);
	struct stat ls, us;
	if (stat(ue, &us) == 0) {
		ok(stat(le, &ls) == 0 && ls.st_mtim.tv_sec == us.st_mtim.tv_sec &&
		           ls.st_mtim.tv_nsec == us.st_mtim.tv_nsec,
		   "%s: a copied-up /etc keeps the lower's mtime", b->label);
		is_str(list_dir(ue, names, sizeof names), "", "%s: and holds nothing", b->label);
	}
	result_release(&res);
}

static void t_signal(const struct backend *b)
{
	const char *root = make_rootfs();
	/* a helper outside kills the process the way a user's ^C would reach it */
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
	ok(WIFEXITED(ws) && WEXITSTATUS(ws) == 0, "%s: the helper found the process", b->label);
	is_int(res.r, 0, "%s: a killed process still ran", b->label);
	if (b->signal_status)
		is_int(res.status, 128 + SIGKILL, "%s: status 128+signal", b->label);
	else
		ok(res.status != 0, "%s: a killed process fails (status %d)", b->label, res.status);
	result_release(&res);
}

static void t_errors(const struct backend *b)
{
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("nope"));
	is_int(res.r, STRATA_EIO, "%s: a missing command: STRATA_EIO", b->label);
	like(res.msg, "exec 'nope'", "%s: names the command", b->label);
	is_int(res.errnum, ENOENT, "%s: with ENOENT", b->label);
	ok(is_empty_dir(root, "proc") && is_empty_dir(root, "dev") && !exists(root, "etc/hosts"),
	   "%s: after it, the mount points' directories only", b->label);
	result_release(&res);

	res = run_argv(root, ARGV("/etc/passwd"));
	is_int(res.r, STRATA_EIO, "%s: a file that is not executable", b->label);
	is_int(res.errnum, EACCES, "%s: with EACCES", b->label);
	result_release(&res);

	struct strata_sandbox_spec spec = {
	        .rootfs = root, .argv = ARGV("true"), .cwd = "relative", .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "%s: a relative cwd", b->label);
	like(res.msg, "'relative': not an absolute path", "%s: says so", b->label);
	result_release(&res);

	struct strata_mount_spec m = {.type = "nfs", .target = "/x"};
	spec = (struct strata_sandbox_spec){
	        .rootfs = root, .argv = ARGV("true"), .mounts = &m, .nmounts = 1, .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "%s: an unknown mount type", b->label);
	is_str(res.msg, "mount on '/x': unknown type 'nfs'", "%s: says so", b->label);
	result_release(&res);

	m = (struct strata_mount_spec){.type = "bind", .source = "/nonexistent", .target = "/x"};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "%s: a missing bind source", b->label);
	like(res.msg, "bind mount '/nonexistent' on '/x': ", "%s: says so", b->label);
	result_release(&res);

	/* a tmpfs on a file, a file bound on a directory */
	write_file(root, "etc/afile", "x\n");
	m = (struct strata_mount_spec){.type = "tmpfs", .target = "/etc/afile"};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "%s: a tmpfs on a file", b->label);
	is_str(res.msg, "mount on '/etc/afile': not a directory", "%s: says so", b->label);
	result_release(&res);
	char afile[4200];
	snprintf(afile, sizeof afile, "%s/etc/afile", root);
	m = (struct strata_mount_spec){.type = "bind", .source = afile, .target = "/etc"};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "%s: a file bound on a directory", b->label);
	is_str(res.msg, "mount on '/etc': is a directory", "%s: says so", b->label);
	result_release(&res);

	char missing[4096];
	snprintf(missing, sizeof missing, "%s/missing", tap_tmpdir());
	res = run_argv(missing, ARGV("true"));
	is_int(res.r, STRATA_EIO, "%s: a missing rootfs", b->label);
	like(res.msg, "rootfs '", "%s: names it", b->label);
	result_release(&res);

	spec = (struct strata_sandbox_spec){.rootfs = root, .argv = ARGV(""), .stdin_fd = -1};
	res = run_spec(&spec);
	is_int(res.r, STRATA_EINVAL, "%s: an empty command", b->label);
	result_release(&res);
}

/* run() on several threads at once, as the solver does. */
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

static void t_threads(const struct backend *b)
{
	struct job jobs[3];
	pthread_t th[3];
	char roots[3][2048];
	for (int i = 0; i < 3; i++) {
		snprintf(roots[i], sizeof roots[i], "%s", make_rootfs());
		jobs[i].root = roots[i];
		snprintf(jobs[i].word, sizeof jobs[i].word, "job%d", i);
	}
	for (int i = 0; i < 3; i++)
		pthread_create(&th[i], NULL, job_run, &jobs[i]);
	for (int i = 0; i < 3; i++) {
		pthread_join(th[i], NULL);
		char want[64];
		snprintf(want, sizeof want, "job%d\n0\n1\n2\n3\n", i);
		is_str(jobs[i].res.out, want, "%s: thread %d: its own output, no fd of the others",
		       b->label, i);
		result_release(&jobs[i].res);
	}
}

static void run_suite(const struct strata_plugins *p, const struct backend *b)
{
	sandbox = strata_plugins_sandbox(p, b->name);
	if (!sandbox) {
		ok(1, "%s # SKIP no plugin registers '%s'", b->label, b->name);
		return;
	}
	if (b->oci_runtime)
		setenv("STRATA_OCI_RUNTIME", b->oci_runtime, 1);
	char why[256] = "";
	if (sandbox->probe(sandbox->self, why, sizeof why) != 0) {
		ok(1, "%s # SKIP %s", b->label, why);
	} else {
		diag("%s: %s", b->label, sandbox->description);
		t_exit_output(b);
		t_env_cwd_stdin(b);
		t_user(b);
		t_hostname(b);
		t_network(b);
		t_mounts(b);
		t_isolation(b);
		t_overlay_upper(b);
		t_signal(b);
		t_errors(b);
		t_threads(b);
	}
	unsetenv("STRATA_OCI_RUNTIME");
}

/* probe() says why a backend cannot work: here, a PATH without its tool. */
static void t_probe_reasons(const struct strata_plugins *p)
{
	static const struct {
		const char *name, *runtime, *want;
	} cases[] = {
	        {"bwrap", NULL, "bwrap not found in PATH"},
	        {"proot", NULL, "proot not found in PATH"},
	        {"oci", "runc", "runc not found in PATH"},
	        {"oci", "no-such-runtime", "no-such-runtime not found in PATH"},
	};
	char *saved = strdup(getenv("PATH") ? getenv("PATH") : "");
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct strata_sandbox *sb = strata_plugins_sandbox(p, cases[i].name);
		if (!sb) {
			ok(1, "probe %s # SKIP no plugin", cases[i].name);
			continue;
		}
		setenv("PATH", tap_tmpdir(), 1);
		if (cases[i].runtime)
			setenv("STRATA_OCI_RUNTIME", cases[i].runtime, 1);
		char why[256] = "";
		int r = sb->probe(sb->self, why, sizeof why);
		setenv("PATH", saved, 1);
		unsetenv("STRATA_OCI_RUNTIME");
		ok(r != 0, "probe %s without its tool fails", cases[i].name);
		is_str(why, cases[i].want, "and says why");
	}
	free(saved);
}

/* An executable script named name in a fresh directory: a stand-in for a
 * backend's tool. Returns its path (static storage). */
static const char *fake_tool(const char *name, const char *script)
{
	static char path[4096];
	const char *dir = tap_tmpdir();
	write_file(dir, name, script);
	snprintf(path, sizeof path, "%s/%s", dir, name);
	chmod(path, 0755);
	return path;
}

/* The sandbox name registers, as the one under test; else a skip line. */
static int use_sandbox(const struct strata_plugins *p, const char *name, const char *what)
{
	sandbox = strata_plugins_sandbox(p, name);
	if (!sandbox)
		ok(1, "%s # SKIP no plugin registers '%s'", what, name);
	return sandbox != NULL;
}

/* The oci backend with a runtime that fails: its JSON log's error becomes
 * the message; a runtime that never started the process says so. */
static void t_oci_runtime_errors(const struct strata_plugins *p)
{
	if (!use_sandbox(p, "oci", "oci runtime errors"))
		return;
	/* finds --log FILE among its arguments and fails the way runc does */
	const char *fake = fake_tool(
	        "fake-runtime",
	        "#!/bin/sh\n"
	        "while [ $# -gt 0 ]; do [ \"$1\" = --log ] && log=$2; shift; done\n"
	        "[ -n \"$FAIL_QUIETLY\" ] && exit 1\n"
	        "echo '{\"level\":\"info\",\"msg\":\"starting\"}' > \"$log\"\n"
	        "echo '{\"level\":\"error\",\"msg\":\"boom: no such thing\"}' >> \"$log\"\n"
	        "exit 1\n");
	setenv("STRATA_OCI_RUNTIME", fake, 1);
	char *saved_tmp = getenv("TMPDIR") ? strdup(getenv("TMPDIR")) : NULL;
	char bundles[4096];
	snprintf(bundles, sizeof bundles, "%s", tap_tmpdir());
	setenv("TMPDIR", bundles, 1);
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("true"));
	is_int(res.r, STRATA_EIO, "oci: a runtime that fails: STRATA_EIO");
	like(res.msg, "fake-runtime: boom: no such thing", "oci: with its logged error");
	ok(is_empty_dir(root, "proc") && is_empty_dir(root, "sys"),
	   "oci: after it, the mount points' empty directories only");
	result_release(&res);
	setenv("FAIL_QUIETLY", "1", 1);
	res = run_argv(root, ARGV("true"));
	is_int(res.r, STRATA_EIO, "oci: a runtime that fails silently: STRATA_EIO");
	like(res.msg, "did not start 'true' (status 1)", "oci: says the process never started");
	result_release(&res);
	unsetenv("FAIL_QUIETLY");
	unsetenv("STRATA_OCI_RUNTIME");
	char names[1024];
	is_str(list_dir(bundles, names, sizeof names), "", "oci: no bundle directory left behind");
	if (saved_tmp)
		setenv("TMPDIR", saved_tmp, 1);
	else
		unsetenv("TMPDIR");
	free(saved_tmp);
}

/* The bwrap backend when bwrap fails before the exec: no "exit-code" in its
 * JSON status, so run() fails instead of reporting bwrap's status as the
 * process's. A fake bwrap first in PATH plays it. */
static void t_bwrap_setup_failure(const struct strata_plugins *p)
{
	if (!use_sandbox(p, "bwrap", "bwrap setup failure"))
		return;
	/* writes the first status record, as bwrap does, then fails */
	char dir[4096];
	snprintf(dir, sizeof dir, "%s",
	         fake_tool("bwrap", "#!/bin/sh\n"
	                            "while [ $# -gt 0 ]; do [ \"$1\" = --json-status-fd ] && "
	                            "fd=$2; shift; done\n"
	                            "echo '{ \"child-pid\": 2 }' > /proc/self/fd/$fd\n"
	                            "echo \"bwrap: Can't mount proc on /newroot/proc\" >&2\n"
	                            "exit 1\n"));
	*strrchr(dir, '/') = '\0';
	char *saved = strdup(getenv("PATH") ? getenv("PATH") : "");
	char path[8192];
	snprintf(path, sizeof path, "%s:%s", dir, saved);
	setenv("PATH", path, 1);
	const char *root = make_rootfs();
	struct result res = run_argv(root, ARGV("true"));
	setenv("PATH", saved, 1);
	free(saved);
	is_int(res.r, STRATA_EIO, "bwrap: a setup failure is an error, not a status");
	like(res.msg, "bwrap could not run 'true' (status 1", "bwrap: says the command never ran");
	like(res.err, "Can't mount proc", "bwrap: its own message is in the process's stderr");
	ok(is_empty_dir(root, "proc") && is_empty_dir(root, "dev"),
	   "bwrap: after it, the mount points' empty directories only");
	result_release(&res);
}

/* In a forked child, after prepare() (another identity, a seccomp filter):
 * probe, then run argv in root with the network mode given. Returns its
 * stdout, or "SKIP <why>" when the probe fails there, or "ERROR <message>"
 * when run() fails; *code: run()'s status (100: run() failed). */
static char *run_in_child(int (*prepare)(void), const char *root, const char *const *argv,
                          int network, int *code)
{
	int out[2];
	if (pipe(out) < 0)
		exit(1);
	pid_t pid = fork();
	if (pid == 0) {
		char why[256] = "";
		if (prepare() < 0)
			_exit(101);
		if (sandbox->probe(sandbox->self, why, sizeof why) != 0) {
			dprintf(out[1], "SKIP %s", why);
			_exit(0);
		}
		struct strata_sandbox_spec spec = {
		        .rootfs = root,
		        .argv = argv,
		        .env = default_env,
		        .stdin_fd = -1,
		        .stdout_fd = out[1],
		        .stderr_fd = 2,
		        .network = network,
		};
		int status = -1;
		struct strata_error *e = NULL;
		int r = sandbox->run(sandbox->self, &spec, &status, &e);
		if (r != 0)
			dprintf(out[1], "ERROR %s", e ? e->msg : "");
		_exit(r == 0 ? status : 100);
	}
	close(out[1]);
	char *got = drain(out[0]);
	int ws = 0;
	waitpid(pid, &ws, 0);
	*code = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
	return got;
}

static int become_nobody(void)
{
	if (setgroups(0, NULL) < 0 || setresgid(65534, 65534, 65534) < 0)
		return -1;
	return setresuid(65534, 65534, 65534);
}

static int chown_nobody(const char *path, const struct stat *sb, int flag, struct FTW *f)
{
	(void)sb;
	(void)flag;
	(void)f;
	return lchown(path, 65534, 65534);
}

/* bwrap and proot are for hosts without root too: strata run as nobody, on
 * a rootfs nobody owns. uid 0 in the spec is then only a mapping (bwrap's
 * user namespace) or a pretence (proot -i); files are really nobody's. */
static void t_unprivileged(const struct strata_plugins *p)
{
	static const char *const names[] = {"bwrap", "proot"};
	/* the test's directories are root's 0700: let nobody through */
	chmod(tap_tmp_root, 0711);
	for (size_t i = 0; i < 2; i++) {
		if (!use_sandbox(p, names[i], names[i]))
			continue;
		const char *root = make_rootfs();
		if (nftw(root, chown_nobody, 16, FTW_PHYS) != 0)
			exit(1);
		int code;
		/* the run's own network needs a tun device nobody may open (it
		 * is root's alone on some hosts): either it works, or the run
		 * is refused and the user told the way out */
		char *got =
		        run_in_child(become_nobody, root, ARGV("true"), STRATA_NET_DEFAULT, &code);
		if (strncmp(got, "SKIP ", 5) != 0)
			ok(code == 0 || (code == 100 && strstr(got, "--network=host")),
			   "%s as nobody: its own network works, or is refused naming "
			   "--network=host "
			   "(%s)",
			   names[i], code == 0 ? "works" : got);
		free(got);
		got = run_in_child(become_nobody, root, ARGV("sh", "-c", "id -u; touch /tmp/made"),
		                   STRATA_NET_HOST, &code);
		if (strncmp(got, "SKIP ", 5) == 0) {
			ok(1, "%s as nobody # SKIP %s", names[i], got + 5);
			free(got);
			continue;
		}
		is_int(code, 0, "%s as nobody: runs", names[i]);
		is_str(got, "0\n", "%s as nobody: the process sees uid 0", names[i]);
		char made[4200];
		struct stat st;
		snprintf(made, sizeof made, "%s/tmp/made", root);
		ok(stat(made, &st) == 0 && st.st_uid == 65534,
		   "%s as nobody: its files are really nobody's", names[i]);
		ok(is_empty_dir(root, "proc") && is_empty_dir(root, "dev"),
		   "%s as nobody: the mount points' empty directories only", names[i]);
		free(got);
	}
	chmod(tap_tmp_root, 0700);
}

/* A seccomp filter refusing what a locked-down host refuses: clone3 (ENOSYS,
 * as container profiles do), and a new pid namespace through clone or
 * unshare (EPERM). */
static int refuse_pid_namespaces(void)
{
	struct sock_filter f[] = {
	        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
	        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone3, 0, 1),
	        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
	        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 1, 0),
	        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_unshare, 0, 3),
	        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
	        BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_NEWPID, 0, 1),
	        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
	        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {.len = sizeof f / sizeof f[0], .filter = f};
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -1;
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
}

/* The chroot backend on a host without pid namespaces: it runs without one,
 * with no /proc (the host's would lead out), and the process is not pid 1. */
static void t_chroot_without_pid_namespaces(const struct strata_plugins *p)
{
	if (!use_sandbox(p, "chroot", "chroot without pid namespaces"))
		return;
	const char *root = make_rootfs();
	int code;
	char *got = run_in_child(refuse_pid_namespaces, root,
	                         ARGV("sh", "-c", "echo $$; ls /proc; hostname"),
	                         STRATA_NET_DEFAULT, &code);
	is_int(code, 0, "chroot without pid namespaces (nor clone3): runs");
	ok(strncmp(got, "1\n", 2) != 0, "chroot without pid namespaces: the process is not pid 1");
	const char *rest = strchr(got, '\n');
	is_str(rest, "\nbuildkitsandbox\n",
	       "chroot without pid namespaces: an empty /proc, its own hostname");
	ok(is_empty_dir(root, "proc"), "chroot without pid namespaces: /proc left empty");
	free(got);
}

/* probe() as a user without privileges says why not (the native ones). */
static void t_probe_unprivileged(const struct strata_plugins *p)
{
	static const struct {
		const char *name, *want;
	} cases[] = {
	        {"namespaces", "needs root or CAP_SYS_ADMIN"},
	        {"chroot", "needs root or CAP_SYS_ADMIN and CAP_SYS_CHROOT"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (!use_sandbox(p, cases[i].name, "probe as nobody"))
			continue;
		int code;
		char *got = run_in_child(become_nobody, "/nonexistent", ARGV("true"),
		                         STRATA_NET_DEFAULT, &code);
		char want[256];
		snprintf(want, sizeof want, "SKIP %s", cases[i].want);
		is_str(got, want, "probe %s fails for an unprivileged user, and says why",
		       cases[i].name);
		free(got);
	}
}

int main(void)
{
	if (geteuid() != 0)
		skip_all("the sandbox suite runs as root");
	struct strata_plugins *p = NULL;
	struct strata_error *err = NULL;
	if (strata_plugins_new(&p, &err) || strata_plugins_load_dir(p, SANDBOX_PLUGIN_DIR, &err)) {
		printf("Bail out! %s\n", err ? err->msg : "?");
		return 1;
	}
	for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++)
		run_suite(p, &backends[i]);
	t_oci_runtime_errors(p);
	t_bwrap_setup_failure(p);
	t_unprivileged(p);
	t_chroot_without_pid_namespaces(p);
	t_probe_reasons(p);
	t_probe_unprivileged(p);
	strata_plugins_free(p);
	return done_testing();
}
