/* Helpers for the sandbox tests (test_sandbox.c, test_sandbox_backends.c):
 * a busybox rootfs made fresh for each case, and a run() of the sandbox under
 * test with stdout and stderr captured. The sandbox under test is `sandbox`,
 * set by the test program (like tap.h's counters, test-only state). */
#ifndef STRATA_TEST_SANDBOX_HELPERS_H
#define STRATA_TEST_SANDBOX_HELPERS_H

#include "tap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "strata/error.h"
#include "strata/plugin.h"

#define SANDBOX_PLUGIN_DIR STRATA_TEST_PLUGIN_DIR "/../../lib/strata/plugins"

#define ARGV(...) ((const char *const[]){__VA_ARGS__, NULL})

static const struct strata_sandbox *sandbox;

static inline void write_file(const char *root, const char *rel, const char *text)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", root, rel);
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
		diag("write %s: %s", path, strerror(errno));
		exit(1);
	}
}

static inline int exists(const char *root, const char *rel)
{
	char path[4096];
	struct stat st;
	snprintf(path, sizeof path, "%s/%s", root, rel);
	return lstat(path, &st) == 0;
}

/* A fresh rootfs: /bin/busybox and its applets, /etc/passwd and group. */
static inline const char *make_rootfs(void)
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
	chmod(path, 01777);

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
static inline const char *list_dir(const char *path, char *out, size_t len)
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

static inline void result_release(struct result *res)
{
	free(res->out);
	free(res->err);
	free(res->msg);
	memset(res, 0, sizeof *res);
}

static inline char *drain(int fd)
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
static inline struct result run_spec(struct strata_sandbox_spec *spec)
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

static inline struct result run_argv(const char *root, const char *const *argv)
{
	struct strata_sandbox_spec spec = {.rootfs = root, .argv = argv, .stdin_fd = -1};
	return run_spec(&spec);
}

#endif
