/* sandbox-proot: the "proot" sandbox — Debian's proot (-r ROOT -b binds -w
 * cwd), which fakes chroot and bind mounts with ptrace, for hosts where the
 * user has no privileges at all. It is not an isolation boundary, and this
 * backend says so rather than pretend:
 *   - the network is isolated the way every backend does it (net.h): proot
 *     itself starts inside the run's own network namespace — for the
 *     default network (with slirp4netns) and for NONE (only lo) — made by
 *     strata, inside a user namespace of its own when strata is not root;
 *   - no pid namespace: /proc is the host's (bound in), the process is not
 *     pid 1;
 *   - no hostname of its own: run() refuses one;
 *   - no read-only mounts: run() refuses them (the host's resolv.conf and
 *     hosts are handed over as copies, so writes cannot reach the host);
 *   - tmpfs mounts are emulated by empty temporary directories;
 *   - a process killed by a signal reads as proot's exit status (255).
 * Identity: when strata is root, proot itself runs as the spec's uid, gid and
 * groups (a real change; the rootfs and binds are staged where that user can
 * reach them) with Docker's capabilities as its bounding set and
 * no_new_privs. Without root, uid and gid are faked with proot -i (files are
 * really the caller's) and supplementary groups are not possible. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sandbox.h"
#include "util.h"

static const struct sbx_point proot_points[] = {
        {"/proc", 0},       {"/dev/null", 1},    {"/dev/zero", 1}, {"/dev/full", 1},
        {"/dev/random", 1}, {"/dev/urandom", 1}, {"/dev/tty", 1},
};
#define NPOINTS (sizeof proot_points / sizeof proot_points[0])

/* What proot cannot do, refused before anything is made. */
static int refuse(const struct strata_host *h, const struct strata_sandbox_spec *spec,
                  struct strata_error **err)
{
	if (spec->hostname && *spec->hostname)
		return h->error_set(err, STRATA_EINVAL, 0, "proot cannot set the hostname '%s'",
		                    spec->hostname);
	for (size_t i = 0; i < spec->nmounts; i++)
		if (spec->mounts[i].readonly)
			return h->error_set(err, STRATA_EINVAL, 0,
			                    "proot cannot make the read-only mount on '%s'",
			                    spec->mounts[i].target ? spec->mounts[i].target : "");
	if (geteuid() != 0 && spec->ngroups)
		return h->error_set(err, STRATA_EINVAL, 0,
		                    "proot without root cannot set supplementary groups");
	return 0;
}

/* Copy the host file src to dst: what the process may change of it. */
static int copy_file(const char *src, const char *dst)
{
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_file(src, &buf, &len) < 0)
		return -1;
	AUTOCLOSE int fd = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	return fd < 0 ? -1 : util_write_all(fd, buf, len);
}

/* -b HOST:GUEST; proot splits at the first ':' of the argument. */
static int add_bind(const struct strata_host *h, struct sbx_argv *a, const char *host,
                    const char *guest, struct strata_error **err)
{
	if (strchr(host, ':') || strchr(guest, ':'))
		return h->error_set(err, STRATA_EINVAL, 0, "proot cannot bind '%s' on '%s': a ':'",
		                    host, guest);
	sbx_argv_add(a, "-b");
	sbx_argv_addf(a, "%s:%s", host, guest);
	return 0;
}

/* The binds: host devices and /proc, then the spec's mounts, with tmpfs as
 * empty directories and host files as copies, all made in tmp. */
static int add_binds(const struct strata_host *h, struct sbx_argv *a, const struct sbx_prep *p,
                     struct sbx_stager *st, const char *tmp, struct strata_error **err)
{
	int r = 0;
	for (size_t i = 0; r == 0 && i < NPOINTS; i++)
		r = add_bind(h, a, proot_points[i].path, proot_points[i].path, err);
	for (size_t i = 0; r == 0 && i < p->nmounts; i++) {
		const struct sbx_mount *m = &p->mounts[i];
		AUTOFREE char *made = xasprintf("%s/%zu", tmp, i);
		const char *src = m->source;
		if (m->tmpfs && mkdir(made, 0755) < 0)
			return h->error_set(err, STRATA_EIO, errno, "mkdir '%s'", made);
		if (m->host_file && copy_file(m->source, made) < 0)
			return h->error_set(err, STRATA_EIO, errno, "copy '%s'", m->source);
		if (m->tmpfs || m->host_file)
			src = made;
		r = add_bind(h, a, sbx_stager_path(st, src, m->file), m->target, err);
	}
	return r;
}

static int proot_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                     struct strata_error **err)
{
	const struct strata_host *h = self;
	char why[256];
	int r = spec ? refuse(h, spec, err) : 0;
	if (r < 0)
		return r;
	struct sbx_prep p;
	struct sbx_argv a = {0};
	struct sbx_stager st = {0};
	AUTOFREE char *proot = NULL;
	AUTOFREE char *prog = NULL;
	AUTOFREE char *tmp = NULL;
	int root = geteuid() == 0;
	r = sbx_prep_init(&p, h, spec, proot_points, NPOINTS, err);
	/* proot has no namespaces: NONE is a namespace of strata's too */
	if (r == 0 && spec->network == STRATA_NET_NONE)
		r = sbx_net_start(&p.net, h, STRATA_NET_NONE, err);
	if (r == 0)
		r = sbx_prep_program(&p, h, &prog, err);
	if (r == 0 && !(proot = sbx_find_program("proot", why, sizeof why)))
		r = h->error_set(err, STRATA_EPLUGIN, 0, "%s", why);
	if (r == 0 && !(tmp = sbx_tmpdir("strata-proot-")))
		r = h->error_set(err, STRATA_EIO, errno, "create a temporary directory");
	if (r == 0) {
		st.on = root && spec->uid != 0;
		sbx_argv_add(&a, "proot");
		/* quiet but for fatal errors: warnings would land in the log */
		sbx_argv_add(&a, "-v");
		sbx_argv_add(&a, "-1");
		sbx_argv_add(&a, "-r");
		sbx_argv_add(&a, sbx_stager_path(&st, p.root, 0));
		sbx_argv_add(&a, "-w");
		sbx_argv_add(&a, p.cwd);
		if (!root && (spec->uid != getuid() || spec->gid != getgid())) {
			sbx_argv_add(&a, "-i");
			sbx_argv_addf(&a, "%u:%u", (unsigned)spec->uid, (unsigned)spec->gid);
		}
		r = add_binds(h, &a, &p, &st, tmp, err);
	}
	if (r == 0) {
		sbx_argv_add(&a, prog);
		for (size_t i = 1; spec->argv[i]; i++)
			sbx_argv_add(&a, spec->argv[i]);
		struct sbx_spawn sp = {
		        .path = proot,
		        .argv = a.v,
		        /* proot hands its own environment to the process */
		        .envp = (char *const *)spec->env,
		        .stdio = {spec->stdin_fd, spec->stdout_fd, spec->stderr_fd},
		        .stage_dir = st.on ? SBX_STAGE_DIR : NULL,
		        .stage = st.v,
		        .nstage = st.n,
		        .set_ids = root,
		        .ruid = spec->uid,
		        .euid = spec->uid,
		        .gid = spec->gid,
		        .groups = spec->groups,
		        .ngroups = spec->ngroups,
		        .cap_bounding = root ? sbx_docker_caps() : 0,
		        .no_new_privs = 1,
		        /* the run's own network, when it has one */
		        .net = &p.net,
		};
		int ws = 0;
		r = sbx_spawn_wait(h, &sp, &ws, err);
		if (r == 0)
			*status = sbx_status(ws);
	}
	if (tmp)
		sbx_rmtree(tmp);
	sbx_stager_release(&st);
	sbx_argv_release(&a);
	return sbx_prep_finish(&p, h, r, err);
}

static int proot_probe(void *self, char *why, size_t whylen)
{
	(void)self;
	AUTOFREE char *proot = sbx_find_program("proot", why, whylen);
	if (!proot)
		return 1;
	/* ptrace may be forbidden (a seccomp profile): run proot under itself */
	char *const argv[] = {"proot", "-v", "-1", "-r", "/", proot, "-V", NULL};
	return sbx_probe_tool(proot, argv, why, whylen);
}

SBX_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	return sbx_register(host, "proot",
	                    "proot, for hosts without privileges; not an isolation boundary: "
	                    "no pid isolation (the network is, in namespaces strata makes), no "
	                    "hostname, no read-only mounts, tmpfs as a temporary directory; "
	                    "without root, uid/gid are only faked (proot -i)",
	                    proot_probe, proot_run, err);
}
