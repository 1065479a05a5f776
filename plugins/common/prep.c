/* plugins/common: one run's preparation — the spec checked, the rootfs
 * opened, the mounts listed and their mount points made — and its undoing. */
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static char *keep(struct sbx_prep *p, char *s)
{
	size_t n = util_strv_len((const char *const *)p->strings);
	p->strings = xrealloc(p->strings, (n + 2) * sizeof(*p->strings));
	p->strings[n] = s;
	p->strings[n + 1] = NULL;
	return s;
}

/* The /etc/hosts a RUN sees under docker build (BuildKit writes its own,
 * whatever the host's holds): localhost and the sandbox's hostname. Written
 * to a temp dir of p's. Returns its path, or NULL with errno set. */
static const char *hosts_file(struct sbx_prep *p)
{
	if (!p->tmpdir && !(p->tmpdir = sbx_tmpdir("strata-hosts-")))
		return NULL;
	chmod(p->tmpdir, 0755);
	char *path = keep(p, util_path_join(p->tmpdir, "hosts"));
	AUTOFREE char *text = xasprintf("127.0.0.1\tlocalhost %s\n"
	                                "::1\tlocalhost ip6-localhost ip6-loopback\n",
	                                p->hostname);
	AUTOCLOSE int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0 || util_write_all(fd, text, strlen(text)) < 0)
		return NULL;
	return path;
}

/* The spec's mounts, then /etc/resolv.conf (the run's own network's, or the
 * host's) and an /etc/hosts of the sandbox's own, unless the network is NONE. */
static int list_mounts(struct sbx_prep *p, const struct strata_host *h, struct strata_error **err)
{
	const struct strata_sandbox_spec *spec = p->spec;
	p->mounts = xzalloc((spec->nmounts + 2) * sizeof(*p->mounts));
	for (size_t i = 0; i < spec->nmounts; i++) {
		const struct strata_mount_spec *m = &spec->mounts[i];
		struct sbx_mount *sm = &p->mounts[p->nmounts++];
		if (!m->target || m->target[0] != '/')
			return h->error_set(err, STRATA_EINVAL, 0,
			                    "mount '%s': target is not an absolute path",
			                    m->target ? m->target : "");
		sm->target = keep(p, util_path_clean(m->target));
		sm->readonly = m->readonly;
		if (m->type && strcmp(m->type, "tmpfs") == 0) {
			sm->tmpfs = 1;
		} else if (m->type && strcmp(m->type, "bind") == 0) {
			struct stat st;
			if (!m->source || stat(m->source, &st) < 0)
				return h->error_set(err, STRATA_EINVAL, m->source ? errno : 0,
				                    "bind mount '%s' on '%s'",
				                    m->source ? m->source : "", m->target);
			sm->source = m->source;
			sm->file = !S_ISDIR(st.st_mode);
		} else {
			return h->error_set(err, STRATA_EINVAL, 0,
			                    "mount on '%s': unknown type '%s'", m->target,
			                    m->type ? m->type : "");
		}
	}
	if (spec->network != STRATA_NET_NONE) {
		const char *hosts = hosts_file(p);
		if (!hosts)
			return h->error_set(err, STRATA_EIO, errno,
			                    "write /etc/hosts for the sandbox");
		const char *const files[][2] = {{"/etc/resolv.conf", "/etc/resolv.conf"},
		                                {hosts, "/etc/hosts"}};
		for (size_t i = 0; i < 2; i++) {
			/* the run's own network has a resolv.conf of its own */
			const char *source =
			        i == 0 && p->net.resolv_conf ? p->net.resolv_conf : files[i][0];
			if (access(source, R_OK) < 0)
				continue;
			p->mounts[p->nmounts++] = (struct sbx_mount){
			        .source = source,
			        .target = files[i][1],
			        .file = 1,
			        .readonly = 1,
			        .host_file = 1,
			};
		}
	}
	return 0;
}

/* The path of fd (opened inside the root) relative to the root, without
 * symlinks: what a tool that does not resolve in the root should be given.
 * NULL when fd is not under the root. */
static char *path_in_root(const struct sbx_prep *p, int fd)
{
	char link[64], buf[PATH_MAX];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, buf, sizeof buf - 1);
	if (n < 0)
		return NULL;
	buf[n] = '\0';
	size_t rl = strlen(p->root);
	if (strcmp(p->root, "/") == 0)
		return xstrdup(buf);
	if (strncmp(buf, p->root, rl) != 0 || (buf[rl] != '/' && buf[rl] != '\0'))
		return NULL;
	return xstrdup(buf[rl] ? buf + rl : "/");
}

/* Make every mount point the run needs that the rootfs lacks, noting each
 * one made; and the working directory, which stays. /proc, /sys and /dev are
 * made whatever the backend needs, as docker build's runc makes them (an
 * image without them gets them in its first RUN's layer); best effort, as a
 * backend that does not mount one does not need it. */
static int make_points(struct sbx_prep *p, const struct strata_host *h,
                       const struct sbx_point *points, size_t npoints, struct strata_error **err)
{
	static const char *const docker_dirs[] = {"/proc", "/sys", "/dev"};
	for (size_t i = 0; i < sizeof docker_dirs / sizeof *docker_dirs; i++) {
		int fd = sbx_root_open(p->rootfd, docker_dirs[i], 'd', sbx_created_note, &p->made);
		if (fd >= 0)
			close(fd);
	}
	for (size_t i = 0; i < npoints; i++) {
		int fd = sbx_root_open(p->rootfd, points[i].path, points[i].file ? 'f' : 'd',
		                       sbx_created_note, &p->made);
		if (fd < 0)
			return h->error_set(err, STRATA_EIO, errno, "mount point '%s' in '%s'",
			                    points[i].path, p->root);
		close(fd);
	}
	size_t kept = 0;
	for (size_t i = 0; i < p->nmounts; i++) {
		struct sbx_mount *m = &p->mounts[i];
		int fd = sbx_root_open(p->rootfd, m->target, m->file ? 'f' : 'd', sbx_created_note,
		                       &p->made);
		int e = errno;
		struct stat st;
		/* a directory where a file is bound, or the other way round: every
		 * backend would fail differently, or (proot) not at all */
		if (fd >= 0 && (fstat(fd, &st) < 0 || S_ISDIR(st.st_mode) == (m->file != 0))) {
			close(fd);
			fd = -1;
			e = m->file ? EISDIR : ENOTDIR;
			if (!m->host_file)
				return h->error_set(err, STRATA_EINVAL, e, "mount on '%s'",
				                    m->target);
		}
		if (fd < 0 && m->host_file)
			continue; /* resolv.conf as a dangling symlink: leave it be */
		if (fd < 0)
			return h->error_set(err, STRATA_EIO, e, "mount point '%s' in '%s'",
			                    m->target, p->root);
		char *canon = path_in_root(p, fd);
		close(fd);
		if (canon)
			m->target = keep(p, canon);
		p->mounts[kept++] = *m;
	}
	p->nmounts = kept;
	int fd = sbx_root_open(p->rootfd, p->cwd, 'd', NULL, NULL);
	if (fd < 0)
		return h->error_set(err, STRATA_EIO, errno, "create working directory '%s'",
		                    p->cwd);
	close(fd);
	return 0;
}

int sbx_prep_init(struct sbx_prep *p, const struct strata_host *h,
                  const struct strata_sandbox_spec *spec, const struct sbx_point *points,
                  size_t npoints, struct strata_error **err)
{
	*p = (struct sbx_prep){.spec = spec, .rootfd = -1, .net = SBX_NET_INIT};
	if (!spec || !spec->rootfs || !spec->argv || !spec->argv[0] || !spec->argv[0][0])
		return h->error_set(err, STRATA_EINVAL, 0, "sandbox: no rootfs or no command");
	if (spec->cwd && spec->cwd[0] != '/')
		return h->error_set(err, STRATA_EINVAL, 0,
		                    "working directory '%s': not an absolute path", spec->cwd);
	p->root = realpath(spec->rootfs, NULL);
	if (!p->root)
		return h->error_set(err, STRATA_EIO, errno, "rootfs '%s'", spec->rootfs);
	p->rootfd = open(p->root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (p->rootfd < 0)
		return h->error_set(err, STRATA_EIO, errno, "open rootfs '%s'", p->root);
	p->cwd = util_path_clean(spec->cwd ? spec->cwd : "/");
	/* docker build's name for every RUN's sandbox */
	p->hostname = spec->hostname && *spec->hostname ? spec->hostname : "buildkitsandbox";
	int r = 0;
	if (spec->network == STRATA_NET_DEFAULT)
		r = sbx_net_start(&p->net, h, STRATA_NET_DEFAULT, err);
	if (r == 0)
		r = list_mounts(p, h, err);
	if (r == 0)
		r = make_points(p, h, points, npoints, err);
	return r;
}

int sbx_prep_finish(struct sbx_prep *p, const struct strata_host *h, int r,
                    struct strata_error **err)
{
	const char *failed = NULL;
	/* docker build removes the stub files it made for mounts, and leaves
	 * the directories (its runc makes them, BuildKit's stub cleaner takes
	 * only files out) */
	int e = p->rootfd >= 0 ? sbx_created_remove(&p->made, p->rootfd, 'f', &failed) : 0;
	if (e && r == 0)
		r = h->error_set(err, STRATA_EIO, e, "remove mount point '/%s' from '%s'", failed,
		                 p->root);
	sbx_created_release(&p->made);
	sbx_net_stop(&p->net);
	if (p->rootfd >= 0)
		close(p->rootfd);
	free(p->root);
	free(p->cwd);
	free(p->mounts);
	util_strv_free(p->strings);
	if (p->tmpdir)
		sbx_rmtree(p->tmpdir);
	free(p->tmpdir);
	*p = (struct sbx_prep){.rootfd = -1, .net = SBX_NET_INIT};
	return r;
}

const char *sbx_env_get(const struct strata_sandbox_spec *spec, const char *name)
{
	size_t n = strlen(name);
	for (size_t i = 0; spec->env && spec->env[i]; i++)
		if (strncmp(spec->env[i], name, n) == 0 && spec->env[i][n] == '=')
			return spec->env[i] + n + 1;
	return NULL;
}

char **sbx_exec_candidates(const struct strata_sandbox_spec *spec)
{
	const char *prog = spec->argv[0];
	if (strchr(prog, '/'))
		return util_strv_dup((const char *const[]){prog, NULL});
	const char *path = sbx_env_get(spec, "PATH");
	if (!path)
		path = SBX_DEFAULT_PATH;
	size_t n = 1;
	for (const char *s = path; *s; s++)
		n += *s == ':';
	char **v = xzalloc((n + 1) * sizeof(*v));
	size_t k = 0;
	for (const char *s = path;; s++) {
		const char *e = strchr(s, ':');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		/* an empty entry is the working directory (POSIX) */
		v[k++] = len ? xasprintf("%.*s/%s", (int)len, s, prog) : xstrdup(prog);
		if (!e)
			break;
		s = e;
	}
	return v;
}

int sbx_prep_program(struct sbx_prep *p, const struct strata_host *h, char **prog,
                     struct strata_error **err)
{
	const struct strata_sandbox_spec *spec = p->spec;
	AUTOSTRV char **cands = sbx_exec_candidates(spec);
	int saved = ENOENT;
	for (size_t i = 0; cands[i]; i++) {
		AUTOFREE char *abs =
		        cands[i][0] == '/' ? xstrdup(cands[i]) : util_path_join(p->cwd, cands[i]);
		int fd = sbx_root_open(p->rootfd, abs, 0, NULL, NULL);
		struct stat st;
		if (fd < 0) {
			/* execvp's rules: keep looking past a missing file */
			if (errno == ENOENT || errno == ENOTDIR)
				continue;
			if (errno != EACCES) {
				saved = errno;
				break;
			}
			saved = EACCES;
			continue;
		}
		int r = fstat(fd, &st);
		close(fd);
		if (r < 0 || !S_ISREG(st.st_mode) || !(st.st_mode & 0111)) {
			saved = EACCES;
			continue;
		}
		int tool_finds_it = !strchr(spec->argv[0], '/') && sbx_env_get(spec, "PATH");
		*prog = xstrdup(strchr(spec->argv[0], '/') || tool_finds_it ? spec->argv[0] : abs);
		return 0;
	}
	return h->error_set(err, STRATA_EIO, saved, "exec '%s'", spec->argv[0]);
}
