/* registry-distribution: docker credential helpers (docker-credential-*).
 *
 * The helper protocol: `docker-credential-NAME get` reads a server URL on
 * stdin and writes {"ServerURL","Username","Secret"}; `store` reads that JSON;
 * `erase` reads the URL. The helper runs with fork/exec and pipes, never
 * through a shell, and is killed when it outlives its time. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include "dist.h"
#include "util.h"

extern char **environ;

/* The helper's full path through PATH; NULL when there is none. Looked up
 * before fork: the child only calls async-signal-safe functions. */
static char *helper_path(const char *helper)
{
	if (!*helper || strchr(helper, '/'))
		return NULL;
	const char *path = getenv("PATH");
	if (!path || !*path)
		path = "/usr/local/bin:/usr/bin:/bin";
	AUTOFREE char *dup = xstrdup(path);
	char *save = NULL;
	for (char *d = strtok_r(dup, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
		char *p = xasprintf("%s/docker-credential-%s", *d ? d : ".", helper);
		struct stat sb;
		if (stat(p, &sb) == 0 && S_ISREG(sb.st_mode) && access(p, X_OK) == 0)
			return p;
		free(p);
	}
	return NULL;
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Feed input to fds[0] (a socket: send() without SIGPIPE) while draining
 * fds[1] (stdout) and fds[2] (stderr), until both are closed or time runs
 * out. Returns 0, or -1 on timeout. */
static int helper_io(int fds[3], const char *input, struct util_buf *out, struct util_buf *errb,
                     int timeout_ms)
{
	size_t off = 0, len = input ? strlen(input) : 0;
	int64_t deadline = now_ms() + timeout_ms;
	if (len == 0) {
		close(fds[0]);
		fds[0] = -1;
	}
	while (fds[1] >= 0 || fds[2] >= 0) {
		struct pollfd pf[3];
		for (int i = 0; i < 3; i++) {
			pf[i].fd = fds[i];
			pf[i].events = i == 0 ? POLLOUT : POLLIN;
			pf[i].revents = 0;
		}
		int64_t left = deadline - now_ms();
		if (left <= 0)
			return -1;
		int n = poll(pf, 3, (int)left);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (fds[0] >= 0 && pf[0].revents) {
			ssize_t w = send(fds[0], input + off, len - off, MSG_NOSIGNAL);
			if (w > 0)
				off += (size_t)w;
			if (w < 0 && errno != EAGAIN && errno != EINTR)
				off = len; /* the helper stopped reading: its exit tells */
			if (off == len) {
				close(fds[0]);
				fds[0] = -1;
			}
		}
		for (int i = 1; i < 3; i++) {
			if (fds[i] < 0 || !pf[i].revents)
				continue;
			char buf[4096];
			ssize_t r = read(fds[i], buf, sizeof buf);
			if (r < 0 && (errno == EINTR || errno == EAGAIN))
				continue;
			if (r <= 0) {
				close(fds[i]);
				fds[i] = -1;
				continue;
			}
			struct util_buf *b = i == 1 ? out : errb;
			if (b->len < (1 << 20))
				util_buf_add(b, buf, (size_t)r);
		}
	}
	return 0;
}

int dist_helper_run(const char *helper, const char *verb, const char *input, char **output,
                    int timeout_ms, char *why, size_t whylen)
{
	AUTOFREE char *path = helper_path(helper);
	if (!path) {
		snprintf(why, whylen, "credential helper 'docker-credential-%s' not found in PATH",
		         helper);
		return -1;
	}
	int in[2], outp[2] = {-1, -1}, errp[2] = {-1, -1};
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) < 0) {
		snprintf(why, whylen, "socketpair: %s", strerror(errno));
		return -1;
	}
	if (pipe2(outp, O_CLOEXEC) < 0 || pipe2(errp, O_CLOEXEC) < 0) {
		snprintf(why, whylen, "pipe: %s", strerror(errno));
		close(in[0]);
		close(in[1]);
		for (int i = 0; i < 2; i++) {
			if (outp[i] >= 0)
				close(outp[i]);
			if (errp[i] >= 0)
				close(errp[i]);
		}
		return -1;
	}
	char *argv[] = {path, (char *)verb, NULL};
	pid_t pid = fork();
	if (pid == 0) {
		/* the child: async-signal-safe calls only */
		if (dup2(in[1], 0) < 0 || dup2(outp[1], 1) < 0 || dup2(errp[1], 2) < 0)
			_exit(127);
		execve(path, argv, environ);
		_exit(127);
	}
	int saved = errno;
	close(in[1]);
	close(outp[1]);
	close(errp[1]);
	if (pid < 0) {
		close(in[0]);
		close(outp[0]);
		close(errp[0]);
		snprintf(why, whylen, "fork: %s", strerror(saved));
		return -1;
	}
	fcntl(in[0], F_SETFL, O_NONBLOCK);
	int fds[3] = {in[0], outp[0], errp[0]};
	struct util_buf out = {0}, errb = {0};
	int timed_out = helper_io(fds, input, &out, &errb, timeout_ms) < 0;
	for (int i = 0; i < 3; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	if (timed_out)
		kill(pid, SIGKILL);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	util_buf_add(&out, "", 1);
	util_buf_add(&errb, "", 1);
	int r = 0;
	if (timed_out) {
		snprintf(why, whylen, "docker-credential-%s %s: no answer in %d ms", helper, verb,
		         timeout_ms);
		r = -1;
	} else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		/* helpers print their reason on stdout (docker-credential-helpers) */
		const char *msg = out.len > 1 ? out.data : errb.data;
		size_t mlen = strcspn(msg, "\n");
		if (WIFEXITED(status))
			snprintf(why, whylen, "docker-credential-%s %s: exit status %d%s%.*s",
			         helper, verb, WEXITSTATUS(status), mlen ? ": " : "", (int)mlen,
			         msg);
		else
			snprintf(why, whylen, "docker-credential-%s %s: killed by signal %d",
			         helper, verb, WTERMSIG(status));
		r = -1;
	}
	util_buf_release(&errb);
	if (r == 0 && output)
		*output = steal_pointer(&out.data);
	if (out.data)
		memset(out.data, 0, out.len);
	util_buf_release(&out);
	return r;
}

int dist_helper_get(const char *helper, const char *server_url, struct dist_creds *creds, char *why,
                    size_t whylen)
{
	memset(creds, 0, sizeof *creds);
	AUTOFREE char *out = NULL;
	if (dist_helper_run(helper, "get", server_url, &out, 10000, why, whylen) < 0) {
		/* docker-credential-helpers' "no credentials" answer */
		if (strstr(why, "credentials not found"))
			return 0;
		return -1;
	}
	json_error_t je;
	json_t *j = json_loads(out, 0, &je);
	memset(out, 0, strlen(out));
	const char *user = json_string_value(json_object_get(j, "Username"));
	const char *secret = json_string_value(json_object_get(j, "Secret"));
	if (!user || !secret) {
		json_decref(j);
		snprintf(why, whylen,
		         "docker-credential-%s get: the answer has no Username and Secret", helper);
		return -1;
	}
	creds->username = xstrdup(user);
	creds->password = xstrdup(secret);
	json_decref(j);
	return *creds->password ? 1 : 0;
}
