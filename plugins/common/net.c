/* plugins/common: a RUN's own network — the namespace, the user-mode stack
 * (slirp4netns) that gives it outbound access, and its resolv.conf. See
 * net.h for what is reachable from inside and why slirp4netns. */
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

/* How long the stack may take to come up: it is ready within milliseconds
 * (net.h); a stack that is not after this is stuck. */
#define STACK_READY_MS 10000

/* What every "cannot" message ends with: the user's way out. */
#define NET_WAYOUT                                                                          \
	"pass --network=host to give RUN the host's network (its 127.0.0.1 services too), " \
	"or --network=none for no network"

int sbx_net_enter(const struct sbx_net *n, struct sbx_report *rep)
{
	if (n->usernsfd >= 0 && setns(n->usernsfd, CLONE_NEWUSER) < 0) {
		sbx_report_set(rep, errno, "enter the run's user namespace");
		return -1;
	}
	if (n->nsfd < 0 || setns(n->nsfd, CLONE_NEWNET) == 0)
		return 0;
	sbx_report_set(rep, errno, "enter the run's network namespace");
	return -1;
}

int sbx_net_lo_up(struct sbx_report *rep)
{
	int sk = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct ifreq ifr = {0};
	memcpy(ifr.ifr_name, "lo", 3);
	if (sk < 0 || ioctl(sk, SIOCGIFFLAGS, &ifr) < 0)
		goto fail;
	ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
	if (ioctl(sk, SIOCSIFFLAGS, &ifr) < 0)
		goto fail;
	close(sk);
	return 0;
fail:
	sbx_report_set(rep, errno, "bring 'lo' up");
	if (sk >= 0)
		close(sk);
	return -1;
}

/* Open /proc/PID/ns/NAME as an fd >= 3 (sbx_spawn keeps 0-2 for stdio).
 * -1 with errno set. */
static int open_ns(pid_t pid, const char *name)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/ns/%s", (int)pid, name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int hi = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	int e = errno;
	close(fd);
	errno = e;
	return hi;
}

/* Write s to /proc/PID/NAME. 0 or -1 (errno set). */
static int write_proc(pid_t pid, const char *name, const char *s)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, name);
	AUTOCLOSE int fd = open(path, O_WRONLY | O_CLOEXEC);
	return fd < 0 ? -1 : util_write_all(fd, s, strlen(s));
}

/* The stopped child's user namespace: the caller's uid and gid as 0. */
static int map_ids(pid_t pid)
{
	char uid[64], gid[64];
	snprintf(uid, sizeof uid, "0 %u 1\n", (unsigned)geteuid());
	snprintf(gid, sizeof gid, "0 %u 1\n", (unsigned)getegid());
	if (write_proc(pid, "setgroups", "deny\n") < 0 && errno != ENOENT)
		return -1;
	return write_proc(pid, "uid_map", uid) < 0 ? -1 : write_proc(pid, "gid_map", gid);
}

/* The stopped child's namespaces into n. */
static int hold_namespaces(struct sbx_net *n, const struct strata_host *h, pid_t pid, int flags,
                           struct strata_error **err)
{
	if ((flags & CLONE_NEWUSER) && map_ids(pid) < 0)
		return h->error_set(err, STRATA_EIO, errno, "map ids in the run's user namespace");
	if ((flags & CLONE_NEWUSER) && (n->usernsfd = open_ns(pid, "user")) < 0)
		return h->error_set(err, STRATA_EIO, errno, "open the run's user namespace");
	if ((n->nsfd = open_ns(pid, "net")) < 0)
		return h->error_set(err, STRATA_EIO, errno, "open the run's network namespace");
	return 0;
}

/* A new network namespace, held by n->nsfd (and, for a caller without root,
 * inside a new user namespace held by n->usernsfd): a child is cloned into
 * it, brings lo up and stops itself; its namespaces are opened, and it is
 * killed (the fds keep the namespaces alive). */
static int make_namespace(struct sbx_net *n, const struct strata_host *h, struct strata_error **err)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return h->error_set(err, STRATA_EIO, errno, "pipe");
	int flags = CLONE_NEWNET;
	pid_t pid = sbx_clone(flags);
	if (pid < 0 && errno == EPERM && geteuid() != 0) {
		flags |= CLONE_NEWUSER;
		pid = sbx_clone(flags);
	}
	if (pid == 0) {
		struct sbx_report rep = {0};
		/* a caller that changed its ids (strata started as root, then
		 * nobody) makes children whose /proc files are root's: the
		 * parent could not write the id maps */
		if ((flags & CLONE_NEWUSER) && prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) < 0)
			sbx_report_set(&rep, errno, "set dumpable"), sbx_report_die(p[1], &rep);
		if (sbx_net_lo_up(&rep) < 0)
			sbx_report_die(p[1], &rep);
		/* kill(), not raise(): this is a raw clone of a threaded process */
		kill(getpid(), SIGSTOP);
		_exit(0);
	}
	int e = errno;
	close(p[1]);
	if (pid < 0) {
		close(p[0]);
		return h->error_set(err, STRATA_EPLUGIN, 0,
		                    "RUN's own network: make a network namespace: %s; " NET_WAYOUT,
		                    strerror(e));
	}
	int ws = 0, r = 0;
	while (waitpid(pid, &ws, WUNTRACED) < 0)
		if (errno != EINTR) {
			r = h->error_set(err, STRATA_EIO, errno, "wait for the network namespace");
			break;
		}
	if (r == 0 && WIFSTOPPED(ws)) {
		r = hold_namespaces(n, h, pid, flags, err);
		kill(pid, SIGKILL);
		sbx_wait(pid, &ws);
	} else if (r == 0) {
		struct sbx_report rep;
		if (sbx_report_read(p[0], &rep))
			r = h->error_set(err, STRATA_EIO, rep.errnum, "%s", rep.msg);
		else
			r = h->error_set(err, STRATA_EIO, 0,
			                 "the network namespace's process ended (status %d)",
			                 sbx_status(ws));
	}
	close(p[0]);
	return r;
}

/* 1 when line (ll bytes) is "<word> <value>". */
static int is_keyword_line(const char *line, size_t ll, const char *word)
{
	size_t wl = strlen(word);
	return ll > wl + 1 && strncmp(line, word, wl) == 0 && (line[wl] == ' ' || line[wl] == '\t');
}

/* The run's resolv.conf: the host's search, domain and options lines, and
 * the stack's DNS forwarder as the only nameserver — the host's own may be
 * on its loopback (127.0.0.53), which the run cannot reach. */
static int write_resolv_conf(struct sbx_net *n, const struct strata_host *h,
                             struct strata_error **err)
{
	n->dir = sbx_tmpdir("strata-net-");
	if (!n->dir)
		return h->error_set(err, STRATA_EIO, errno, "create a temporary directory");
	/* a backend that drops root (bwrap, proot) stages it: the run's user
	 * must be able to read it */
	if (chmod(n->dir, 0755) < 0)
		return h->error_set(err, STRATA_EIO, errno, "chmod '%s'", n->dir);
	n->resolv_conf = util_path_join(n->dir, "resolv.conf");
	struct util_buf b = {0};
	AUTOFREE char *host = NULL;
	size_t len = 0;
	if (util_read_file("/etc/resolv.conf", &host, &len) == 0) {
		for (char *line = host; line && *line;) {
			char *nl = strchr(line, '\n');
			size_t ll = nl ? (size_t)(nl - line) : strlen(line);
			if (is_keyword_line(line, ll, "search") ||
			    is_keyword_line(line, ll, "domain") ||
			    is_keyword_line(line, ll, "options"))
				util_buf_printf(&b, "%.*s\n", (int)ll, line);
			line = nl ? nl + 1 : NULL;
		}
	}
	util_buf_printf(&b, "nameserver %s\n", SBX_NET_DNS);
	AUTOCLOSE int fd = open(n->resolv_conf, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	int r = fd < 0 ? -1 : util_write_all(fd, b.data, b.len);
	int e = errno;
	util_buf_release(&b);
	if (r < 0)
		return h->error_set(err, STRATA_EIO, e, "write '%s'", n->resolv_conf);
	return 0;
}

/* What a failed slirp4netns wrote to fd (a memfd), its lines joined with
 * "; ", without its progress notes ("sent tapfd=5 for tap0"), or "". */
static void stack_message(int fd, char *out, size_t outlen)
{
	char buf[4096];
	ssize_t got = pread(fd, buf, sizeof buf - 1, 0);
	buf[got > 0 ? got : 0] = '\0';
	size_t used = 0;
	out[0] = '\0';
	char *save = NULL;
	for (char *line = strtok_r(buf, "\n", &save); line && used + 1 < outlen;
	     line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "sent tapfd", 10) == 0 ||
		    strncmp(line, "received tapfd", 14) == 0 || strncmp(line, "WARNING", 7) == 0)
			continue;
		int w = snprintf(out + used, outlen - used, "%s%s", used ? "; " : "", line);
		used += w > 0 ? (size_t)w : 0;
	}
}

/* slirp4netns attached to the namespace: tap0 configured as 10.0.2.100 with
 * a default route, no way to the host's loopback, in a seccomp filter and
 * (for root) a sandbox of its own. Returns once it says it is ready. */
static int start_stack(struct sbx_net *n, const struct strata_host *h, struct strata_error **err)
{
	char why[256];
	AUTOFREE char *slirp = sbx_find_program("slirp4netns", why, sizeof why);
	if (!slirp)
		return h->error_set(
		        err, STRATA_EPLUGIN, 0,
		        "RUN's own network: %s (Debian package slirp4netns); " NET_WAYOUT, why);
	int ready[2] = {-1, -1};
	AUTOCLOSE int errfd = memfd_create("strata-slirp4netns", MFD_CLOEXEC);
	if (errfd < 0)
		return h->error_set(err, STRATA_EIO, errno, "memfd_create");
	if (pipe2(ready, O_CLOEXEC) < 0)
		return h->error_set(err, STRATA_EIO, errno, "pipe");
	/* the ready fd is passed by number: keep it clear of stdio */
	int w = fcntl(ready[1], F_DUPFD_CLOEXEC, 3);
	close(ready[1]);
	ready[1] = w;
	struct sbx_argv a = {0};
	sbx_argv_add(&a, "slirp4netns");
	sbx_argv_add(&a, "--configure");
	sbx_argv_add(&a, "--mtu=65520");
	sbx_argv_add(&a, "--disable-host-loopback");
	/* its sandbox (pivot_root into an empty tree, capabilities dropped)
	 * fails inside a user namespace of ours ("setegid(0)"): without root
	 * it keeps its seccomp filter only */
	if (n->usernsfd < 0)
		sbx_argv_add(&a, "--enable-sandbox");
	sbx_argv_add(&a, "--enable-seccomp");
	sbx_argv_addf(&a, "--ready-fd=%d", ready[1]);
	if (n->usernsfd >= 0)
		sbx_argv_addf(&a, "--userns-path=/proc/self/fd/%d", n->usernsfd);
	sbx_argv_add(&a, "--netns-type=path");
	sbx_argv_addf(&a, "/proc/self/fd/%d", n->nsfd);
	sbx_argv_add(&a, "tap0");
	int keep[3] = {ready[1], n->nsfd, n->usernsfd};
	struct sbx_spawn sp = {
	        .path = slirp,
	        .argv = a.v,
	        .stdio = {-1, -1, errfd},
	        .keep = keep,
	        .nkeep = n->usernsfd >= 0 ? 3 : 2,
	};
	struct sbx_report rep;
	int r = ready[1] < 0 ? h->error_set(err, STRATA_EIO, errno, "dup") : 0;
	if (r == 0 && sbx_spawn_start(&sp, &n->stack, &rep) < 0)
		r = h->error_set(err, STRATA_EIO, rep.errnum, "%s", rep.msg);
	sbx_argv_release(&a);
	if (ready[1] >= 0)
		close(ready[1]);
	char c = 0;
	if (r == 0) {
		struct pollfd pfd = {.fd = ready[0], .events = POLLIN};
		int pr;
		while ((pr = poll(&pfd, 1, STACK_READY_MS)) < 0 && errno == EINTR)
			;
		if (pr == 0)
			r = h->error_set(err, STRATA_EIO, 0,
			                 "slirp4netns: not ready after %d ms (RUN's own network)",
			                 STACK_READY_MS);
		else if (pr < 0 || read(ready[0], &c, 1) != 1) {
			int ws = 0;
			char line[512];
			kill(n->stack, SIGKILL);
			sbx_wait(n->stack, &ws);
			n->stack = -1;
			stack_message(errfd, line, sizeof line);
			r = h->error_set(
			        err, STRATA_EIO, 0,
			        "RUN's own network: slirp4netns: %s (status %d); " NET_WAYOUT,
			        line[0] ? line : "exited before it was ready", sbx_status(ws));
		}
	}
	close(ready[0]);
	return r;
}

int sbx_net_start(struct sbx_net *n, const struct strata_host *h, int mode,
                  struct strata_error **err)
{
	*n = (struct sbx_net)SBX_NET_INIT;
	int r = make_namespace(n, h, err);
	if (r == 0 && mode == STRATA_NET_DEFAULT)
		r = start_stack(n, h, err);
	if (r == 0 && mode == STRATA_NET_DEFAULT)
		r = write_resolv_conf(n, h, err);
	return r;
}

void sbx_net_unlink(struct sbx_net *n)
{
	if (n->resolv_conf)
		unlink(n->resolv_conf);
	if (n->dir)
		rmdir(n->dir);
}

void sbx_net_stop(struct sbx_net *n)
{
	if (n->stack > 0) {
		int ws;
		kill(n->stack, SIGKILL);
		sbx_wait(n->stack, &ws);
	}
	if (n->nsfd >= 0)
		close(n->nsfd);
	if (n->usernsfd >= 0)
		close(n->usernsfd);
	sbx_net_unlink(n);
	free(n->resolv_conf);
	free(n->dir);
	*n = (struct sbx_net)SBX_NET_INIT;
}
