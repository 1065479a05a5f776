/* sandbox-bwrap: the "bwrap" sandbox — the process runs under Debian's
 * bubblewrap, started with fork+exec (no shell) and every part of the spec
 * given as its options: the rootfs bound on /, a new /proc and /dev, the
 * spec's binds and tmpfs mounts, --unshare-pid/ipc/uts (and net for NONE; for
 * the default network bwrap starts in the run's own, net.h),
 * --hostname, --chdir, --clearenv and --setenv, --as-pid-1 (the command is
 * pid 1, as under the namespaces backend), --die-with-parent.
 *
 * Identity, when strata is root:
 *   - uid 0: bwrap runs as root with the spec's gid and groups, and keeps
 *     Docker's capabilities (--cap-drop ALL, --cap-add each);
 *   - another uid: bwrap runs the way a setuid-root bwrap does (real uid the
 *     spec's, effective uid 0), so it sets everything up privileged and then
 *     drops to the real uid for good — the only way bwrap changes to an
 *     arbitrary uid without mapping it onto root in a user namespace. A bwrap
 *     run so resolves paths as that user, so the rootfs and bind sources are
 *     staged (sbx_stager) where it can reach them.
 * When strata is not root: --unshare-user with --uid/--gid mapped onto the
 * caller; no supplementary groups (run() fails when the spec has some).
 *
 * What bwrap itself adds: PWD=<cwd> in the environment (bubblewrap always
 * sets it). Whether the command ran at all comes from --json-status-fd: an
 * "exit-code" record only follows a successful exec; without one, bwrap's own
 * message is in the process's stderr. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sandbox.h"
#include "util.h"

static const struct sbx_point bwrap_points[] = {{"/proc", 0}, {"/dev", 0}};

static void add_env(struct sbx_argv *a, const struct strata_sandbox_spec *spec)
{
	sbx_argv_add(a, "--clearenv");
	for (size_t i = 0; spec->env && spec->env[i]; i++) {
		const char *eq = strchr(spec->env[i], '=');
		if (!eq)
			continue;
		sbx_argv_add(a, "--setenv");
		sbx_argv_addf(a, "%.*s", (int)(eq - spec->env[i]), spec->env[i]);
		sbx_argv_add(a, eq + 1);
	}
}

/* resolv_fd: the run's own resolv.conf, open (-1: none), handed to bwrap as
 * data, so that no file of it need outlive bwrap's start (net.h). */
static void add_mounts(struct sbx_argv *a, const struct sbx_prep *p, struct sbx_stager *st,
                       int resolv_fd)
{
	sbx_argv_add(a, "--bind");
	sbx_argv_add(a, sbx_stager_path(st, p->root, 0));
	sbx_argv_add(a, "/");
	sbx_argv_add(a, "--proc");
	sbx_argv_add(a, "/proc");
	sbx_argv_add(a, "--dev");
	sbx_argv_add(a, "/dev");
	for (size_t i = 0; i < p->nmounts; i++) {
		const struct sbx_mount *m = &p->mounts[i];
		if (m->tmpfs) {
			sbx_argv_add(a, "--tmpfs");
			sbx_argv_add(a, m->target);
			if (m->readonly) {
				sbx_argv_add(a, "--remount-ro");
				sbx_argv_add(a, m->target);
			}
			continue;
		}
		if (resolv_fd >= 0 && m->source == p->net.resolv_conf) {
			/* readable by a RUN user other than root (bwrap's is 0600) */
			sbx_argv_add(a, "--perms");
			sbx_argv_add(a, "0644");
			sbx_argv_add(a, "--ro-bind-data");
			sbx_argv_addf(a, "%d", resolv_fd);
			sbx_argv_add(a, m->target);
			continue;
		}
		sbx_argv_add(a, m->readonly ? "--ro-bind" : "--bind");
		sbx_argv_add(a, sbx_stager_path(st, m->source, m->file));
		sbx_argv_add(a, m->target);
	}
}

/* The "exit-code" of bwrap's JSON status stream (one document a line), or -1
 * when there is none: the command never ran. */
static int status_exit_code(int fd)
{
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_fd(fd, &buf, &len) < 0)
		return -1;
	int code = -1;
	for (char *line = buf; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		json_t *doc = json_loads(line, 0, NULL);
		json_t *v = json_object_get(doc, "exit-code");
		if (json_is_integer(v))
			code = (int)json_integer_value(v);
		json_decref(doc);
		line = nl ? nl + 1 : NULL;
	}
	return code;
}

static int bwrap_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                     struct strata_error **err)
{
	const struct strata_host *h = self;
	char why[256];
	struct sbx_prep p;
	struct sbx_argv a = {0};
	struct sbx_stager st = {0};
	AUTOFREE char *bwrap = NULL;
	AUTOFREE char *prog = NULL;
	int sfd[2] = {-1, -1};
	AUTOCLOSE int resolv_fd = -1;
	int r = sbx_prep_init(&p, h, spec, bwrap_points, 2, err);
	if (r == 0)
		r = sbx_prep_program(&p, h, &prog, err);
	if (r == 0 && !(bwrap = sbx_find_program("bwrap", why, sizeof why)))
		r = h->error_set(err, STRATA_EPLUGIN, 0, "%s", why);
	int root = geteuid() == 0;
	if (r == 0 && !root && spec->ngroups)
		r = h->error_set(err, STRATA_EINVAL, 0,
		                 "bwrap without root cannot set supplementary groups");
	if (r == 0 && pipe2(sfd, O_CLOEXEC) < 0)
		r = h->error_set(err, STRATA_EIO, errno, "pipe");
	if (r == 0) {
		/* the status fd is passed by number: keep it clear of stdio */
		int hi = fcntl(sfd[1], F_DUPFD_CLOEXEC, 3);
		close(sfd[1]);
		sfd[1] = hi;
		if (hi < 0)
			r = h->error_set(err, STRATA_EIO, errno, "dup");
	}
	if (r == 0) {
		st.on = root && spec->uid != 0;
		sbx_argv_add(&a, "bwrap");
		sbx_argv_add(&a, "--die-with-parent");
		sbx_argv_add(&a, "--unshare-pid");
		sbx_argv_add(&a, "--as-pid-1");
		sbx_argv_add(&a, "--unshare-ipc");
		sbx_argv_add(&a, "--unshare-uts");
		sbx_argv_add(&a, "--hostname");
		sbx_argv_add(&a, p.hostname);
		if (spec->network == STRATA_NET_NONE)
			sbx_argv_add(&a, "--unshare-net");
		if (!root) {
			sbx_argv_add(&a, "--unshare-user");
			sbx_argv_add(&a, "--uid");
			sbx_argv_addf(&a, "%u", (unsigned)spec->uid);
			sbx_argv_add(&a, "--gid");
			sbx_argv_addf(&a, "%u", (unsigned)spec->gid);
		} else if (spec->uid == 0) {
			sbx_argv_add(&a, "--cap-drop");
			sbx_argv_add(&a, "ALL");
			for (size_t i = 0; sbx_docker_cap_name(i); i++) {
				sbx_argv_add(&a, "--cap-add");
				sbx_argv_add(&a, sbx_docker_cap_name(i));
			}
		}
		sbx_argv_add(&a, "--json-status-fd");
		sbx_argv_addf(&a, "%d", sfd[1]);
		/* passed by number too: clear of stdio */
		if (p.net.resolv_conf) {
			AUTOCLOSE int fd = open(p.net.resolv_conf, O_RDONLY | O_CLOEXEC);
			resolv_fd = fd < 0 ? -1 : fcntl(fd, F_DUPFD_CLOEXEC, 3);
			if (resolv_fd >= 0)
				sbx_net_unlink(&p.net);
		}
		add_mounts(&a, &p, &st, resolv_fd);
		sbx_argv_add(&a, "--chdir");
		sbx_argv_add(&a, p.cwd);
		add_env(&a, spec);
		sbx_argv_add(&a, "--");
		sbx_argv_add(&a, prog);
		for (size_t i = 1; spec->argv[i]; i++)
			sbx_argv_add(&a, spec->argv[i]);

		struct sbx_spawn sp = {
		        .path = bwrap,
		        .argv = a.v,
		        .stdio = {spec->stdin_fd, spec->stdout_fd, spec->stderr_fd},
		        .keep = (const int[]){sfd[1], resolv_fd},
		        .nkeep = resolv_fd >= 0 ? 2 : 1,
		        .stage_dir = st.on ? SBX_STAGE_DIR : NULL,
		        .stage = st.v,
		        .nstage = st.n,
		        .set_ids = root,
		        .ruid = spec->uid,
		        .euid = 0,
		        .gid = spec->gid,
		        .groups = spec->groups,
		        .ngroups = spec->ngroups,
		        /* the run's own network, when it has one */
		        .net = &p.net,
		};
		int ws = 0;
		r = sbx_spawn_wait(h, &sp, &ws, err);
		close(sfd[1]);
		sfd[1] = -1;
		int code = r == 0 ? status_exit_code(sfd[0]) : -1;
		if (r == 0 && code < 0)
			r = h->error_set(err, STRATA_EIO, 0,
			                 "bwrap could not run '%s' (status %d; its message is in "
			                 "the output)",
			                 spec->argv[0], sbx_status(ws));
		else if (r == 0)
			*status = code;
	}
	for (int i = 0; i < 2; i++)
		if (sfd[i] >= 0)
			close(sfd[i]);
	sbx_stager_release(&st);
	sbx_argv_release(&a);
	return sbx_prep_finish(&p, h, r, err);
}

static int bwrap_probe(void *self, char *why, size_t whylen)
{
	(void)self;
	AUTOFREE char *bwrap = sbx_find_program("bwrap", why, whylen);
	if (!bwrap)
		return 1;
	/* the namespaces a run asks for, around bwrap's own --version */
	char *const argv[] = {"bwrap",
	                      "--ro-bind",
	                      "/",
	                      "/",
	                      "--unshare-pid",
	                      "--unshare-ipc",
	                      "--unshare-uts",
	                      "--",
	                      bwrap,
	                      "--version",
	                      NULL};
	return sbx_probe_tool(bwrap, argv, why, whylen);
}

SBX_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	return sbx_register(host, "bwrap",
	                    "bubblewrap (bwrap); adds PWD to the environment; without root, "
	                    "ids are mapped in a user namespace and supplementary groups "
	                    "are refused",
	                    bwrap_probe, bwrap_run, err);
}
