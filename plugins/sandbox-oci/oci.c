/* sandbox-oci: the "oci" sandbox — the process runs under an OCI runtime,
 * runc (the default) or crun, chosen by the environment variable
 * STRATA_OCI_RUNTIME ("runc", "crun", or a path; see README.md here). Each
 * run writes a runtime bundle — config.json per the OCI runtime spec:
 * process (args, env, cwd, user with additional gids, Docker's capabilities,
 * RLIMIT_NOFILE as strata has it, noNewPrivileges off as under docker, so
 * setuid programs work), root (the prepared
 * rootfs, outside the bundle), mounts (/proc, /dev with devpts, shm and
 * mqueue, /sys read-only, the spec's, resolv.conf and hosts), hostname,
 * linux.namespaces (pid, ipc, uts, mount, and network for NONE; for the
 * default network the runtime starts in the run's own, net.h), Docker's
 * masked and read-only paths — into a temporary directory, and runs
 * `RUNTIME --root DIR/state --log DIR/log --log-format json run --bundle DIR
 * --pid-file DIR/pid ID` with fork+exec. The runtime's own errors come back
 * from its JSON log; otherwise its exit status is the process's (128+signal).
 *
 * cgroups: the config has no linux.cgroupsPath and no resources. crun runs
 * with --cgroup-manager=disabled; crun 1.8 still refuses a hybrid cgroup
 * layout whose cgroup2 hierarchy has controllers, so on such a host it is
 * started in a mount namespace of its own where that hierarchy is detached
 * (nothing of the host changes).
 *
 * What the runtimes add: HOME=/ in the environment when the spec has none.
 * runc relays stdio through pipes of its own (isatty is false inside). */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <linux/magic.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "sandbox.h"
#include "util.h"

static const struct sbx_point oci_points[] = {{"/proc", 0}, {"/dev", 0}, {"/sys", 0}};

/* Docker's defaults (moby's oci/defaults.go). */
static const char *const masked_paths[] = {"/proc/asound",
                                           "/proc/acpi",
                                           "/proc/kcore",
                                           "/proc/keys",
                                           "/proc/latency_stats",
                                           "/proc/timer_list",
                                           "/proc/timer_stats",
                                           "/proc/sched_debug",
                                           "/proc/scsi",
                                           "/sys/firmware",
                                           "/sys/devices/virtual/powercap",
                                           NULL};
static const char *const readonly_paths[] = {
        "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger", NULL};

static json_t *strv_json(const char *const *v)
{
	json_t *a = json_array();
	for (size_t i = 0; v && v[i]; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

static json_t *mount_json(const char *dest, const char *type, const char *source,
                          const char *const *options)
{
	return json_pack("{s:s, s:s, s:s, s:o}", "destination", dest, "type", type, "source",
	                 source, "options", strv_json(options));
}

static json_t *mounts_json(const struct sbx_prep *p)
{
	json_t *a = json_array();
	json_array_append_new(a,
	                      mount_json("/proc", "proc", "proc",
	                                 (const char *const[]){"nosuid", "noexec", "nodev", NULL}));
	json_array_append_new(a,
	                      mount_json("/dev", "tmpfs", "tmpfs",
	                                 (const char *const[]){"nosuid", "strictatime", "mode=755",
	                                                       "size=65536k", NULL}));
	json_array_append_new(
	        a, mount_json("/dev/pts", "devpts", "devpts",
	                      (const char *const[]){"nosuid", "noexec", "newinstance",
	                                            "ptmxmode=0666", "mode=0620", "gid=5", NULL}));
	json_array_append_new(a,
	                      mount_json("/dev/shm", "tmpfs", "shm",
	                                 (const char *const[]){"nosuid", "noexec", "nodev",
	                                                       "mode=1777", "size=65536k", NULL}));
	json_array_append_new(a,
	                      mount_json("/dev/mqueue", "mqueue", "mqueue",
	                                 (const char *const[]){"nosuid", "noexec", "nodev", NULL}));
	json_array_append_new(
	        a, mount_json("/sys", "sysfs", "sysfs",
	                      (const char *const[]){"nosuid", "noexec", "nodev", "ro", NULL}));
	for (size_t i = 0; i < p->nmounts; i++) {
		const struct sbx_mount *m = &p->mounts[i];
		const char *ro = m->readonly ? "ro" : "rw";
		if (m->tmpfs)
			json_array_append_new(
			        a, mount_json(m->target, "tmpfs", "tmpfs",
			                      (const char *const[]){"nosuid", "nodev", "mode=755",
			                                            ro, NULL}));
		else
			json_array_append_new(
			        a, mount_json(m->target, "bind", m->source,
			                      (const char *const[]){"rbind", "nodev", "rprivate",
			                                            ro, NULL}));
	}
	return a;
}

static json_t *caps_json(const struct strata_sandbox_spec *spec)
{
	json_t *docker = json_array();
	for (size_t i = 0; sbx_docker_cap_name(i); i++)
		json_array_append_new(docker, json_string(sbx_docker_cap_name(i)));
	/* a user other than root gets none in effect, as under docker */
	json_t *granted = spec->uid == 0 ? json_deep_copy(docker) : json_array();
	return json_pack("{s:o, s:o, s:o, s:[], s:[]}", "bounding", docker, "effective", granted,
	                 "permitted", json_deep_copy(granted), "inheritable", "ambient");
}

static json_t *config_json(const struct sbx_prep *p, const char *prog)
{
	const struct strata_sandbox_spec *spec = p->spec;
	json_t *args = json_array();
	json_array_append_new(args, json_string(prog));
	for (size_t i = 1; spec->argv[i]; i++)
		json_array_append_new(args, json_string(spec->argv[i]));
	json_t *gids = json_array();
	for (size_t i = 0; i < spec->ngroups; i++)
		json_array_append_new(gids, json_integer(spec->groups[i]));
	struct rlimit nofile = {1024, 1024};
	getrlimit(RLIMIT_NOFILE, &nofile);
	json_t *ns = json_pack("[{s:s}, {s:s}, {s:s}, {s:s}]", "type", "pid", "type", "ipc", "type",
	                       "uts", "type", "mount");
	if (spec->network == STRATA_NET_NONE)
		json_array_append_new(ns, json_pack("{s:s}", "type", "network"));
	json_t *process =
	        json_pack("{s:b, s:{s:I, s:I, s:o}, s:o, s:o, s:s, s:o, s:[{s:s, s:I, s:I}], s:b}",
	                  "terminal", 0, "user", "uid", (json_int_t)spec->uid, "gid",
	                  (json_int_t)spec->gid, "additionalGids", gids, "args", args, "env",
	                  strv_json(spec->env), "cwd", p->cwd, "capabilities", caps_json(spec),
	                  "rlimits", "type", "RLIMIT_NOFILE", "hard", (json_int_t)nofile.rlim_max,
	                  "soft", (json_int_t)nofile.rlim_cur, "noNewPrivileges", 0);
	return json_pack("{s:s, s:o, s:{s:s, s:b}, s:s, s:o, s:{s:o, s:o, s:o}}", "ociVersion",
	                 "1.0.2", "process", process, "root", "path", p->root, "readonly", 0,
	                 "hostname", p->hostname, "mounts", mounts_json(p), "linux", "namespaces",
	                 ns, "maskedPaths", strv_json(masked_paths), "readonlyPaths",
	                 strv_json(readonly_paths));
}

/* The runtime's first error in its JSON log (one document a line), or NULL.
 * Ownership: the caller's. */
static char *log_error(const char *path)
{
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_file(path, &buf, &len) < 0)
		return NULL;
	for (char *line = buf; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		json_t *doc = json_loads(line, 0, NULL);
		const char *level = json_string_value(json_object_get(doc, "level"));
		const char *msg = json_string_value(json_object_get(doc, "msg"));
		char *found = NULL;
		if (level && msg && (strcmp(level, "error") == 0 || strcmp(level, "fatal") == 0))
			found = xstrdup(msg);
		json_decref(doc);
		if (found)
			return found;
		line = nl ? nl + 1 : NULL;
	}
	return NULL;
}

/* crun 1.8 refuses a hybrid layout (cgroup v1 on a tmpfs, cgroup2 at
 * unified/) whose cgroup2 has controllers, even with cgroups disabled. */
static int crun_needs_unified_detached(void)
{
	struct statfs fs;
	if (statfs("/sys/fs/cgroup", &fs) < 0 || fs.f_type != TMPFS_MAGIC)
		return 0;
	if (statfs("/sys/fs/cgroup/unified", &fs) < 0 || fs.f_type != CGROUP2_SUPER_MAGIC)
		return 0;
	AUTOFREE char *ctl = NULL;
	size_t len = 0;
	return util_read_file("/sys/fs/cgroup/unified/cgroup.controllers", &ctl, &len) == 0 &&
	       len > 0 && ctl[0] != '\n';
}

static const char *runtime_name(void)
{
	const char *rt = getenv("STRATA_OCI_RUNTIME");
	return rt && *rt ? rt : "runc";
}

static int is_crun(const char *path)
{
	const char *base = strrchr(path, '/');
	return strcmp(base ? base + 1 : path, "crun") == 0;
}

/* Write the bundle, run the runtime, read what happened. */
static int run_bundle(const struct strata_host *h, struct sbx_prep *p, const char *runtime,
                      const char *dir, const char *prog, int *status, struct strata_error **err)
{
	const struct strata_sandbox_spec *spec = p->spec;
	AUTOFREE char *config = util_path_join(dir, "config.json");
	AUTOFREE char *log = util_path_join(dir, "log");
	AUTOFREE char *state = util_path_join(dir, "state");
	AUTOFREE char *pidfile = util_path_join(dir, "pid");
	json_t *cfg = config_json(p, prog);
	int r = json_dump_file(cfg, config, JSON_INDENT(1));
	json_decref(cfg);
	if (r < 0)
		return h->error_set(err, STRATA_EIO, errno, "write '%s'", config);

	int crun = is_crun(runtime);
	struct sbx_argv a = {0};
	sbx_argv_add(&a, runtime);
	sbx_argv_add(&a, "--root");
	sbx_argv_add(&a, state);
	sbx_argv_add(&a, "--log");
	sbx_argv_add(&a, log);
	sbx_argv_add(&a, "--log-format");
	sbx_argv_add(&a, "json");
	if (crun)
		sbx_argv_add(&a, "--cgroup-manager=disabled");
	sbx_argv_add(&a, "run");
	sbx_argv_add(&a, "--bundle");
	sbx_argv_add(&a, dir);
	sbx_argv_add(&a, "--pid-file");
	sbx_argv_add(&a, pidfile);
	/* the bundle's unique name makes a unique container id */
	sbx_argv_addf(&a, "strata-%s", strrchr(dir, '-') + 1);
	struct sbx_spawn sp = {
	        .path = runtime,
	        .argv = a.v,
	        /* strata's own: the process's is in the bundle */
	        .envp = environ,
	        .stdio = {spec->stdin_fd, spec->stdout_fd, spec->stderr_fd},
	        .detach = crun && crun_needs_unified_detached() ? "/sys/fs/cgroup/unified" : NULL,
	        /* the run's own network, when it has one */
	        .net = &p->net,
	};
	int ws = 0;
	r = sbx_spawn_wait(h, &sp, &ws, err);
	sbx_argv_release(&a);
	if (r < 0)
		return r;
	AUTOFREE char *msg = log_error(log);
	if (msg)
		return h->error_set(err, STRATA_EIO, 0, "%s: %s", runtime, msg);
	if (access(pidfile, F_OK) < 0)
		return h->error_set(err, STRATA_EIO, 0, "%s did not start '%s' (status %d)",
		                    runtime, spec->argv[0], sbx_status(ws));
	*status = sbx_status(ws);
	return 0;
}

static int oci_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                   struct strata_error **err)
{
	const struct strata_host *h = self;
	char why[256];
	struct sbx_prep p;
	AUTOFREE char *runtime = NULL;
	AUTOFREE char *prog = NULL;
	AUTOFREE char *dir = NULL;
	int r = sbx_prep_init(&p, h, spec, oci_points, 3, err);
	if (r == 0)
		r = sbx_prep_program(&p, h, &prog, err);
	if (r == 0 && !(runtime = sbx_find_program(runtime_name(), why, sizeof why)))
		r = h->error_set(err, STRATA_EPLUGIN, 0, "%s", why);
	if (r == 0 && !(dir = sbx_tmpdir("strata-oci-")))
		r = h->error_set(err, STRATA_EIO, errno, "create an OCI bundle directory");
	if (r == 0)
		r = run_bundle(h, &p, runtime, dir, prog, status, err);
	if (dir)
		sbx_rmtree(dir);
	return sbx_prep_finish(&p, h, r, err);
}

static int oci_probe(void *self, char *why, size_t whylen)
{
	(void)self;
	if (geteuid() != 0) {
		snprintf(why, whylen, "needs root");
		return 1;
	}
	AUTOFREE char *runtime = sbx_find_program(runtime_name(), why, whylen);
	if (!runtime)
		return 1;
	char *const argv[] = {(char *)runtime_name(), "--version", NULL};
	return sbx_probe_tool(runtime, argv, why, whylen);
}

SBX_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	return sbx_register(host, "oci",
	                    "an OCI runtime bundle run by runc, or crun with "
	                    "STRATA_OCI_RUNTIME=crun (needs root); the runtime adds HOME=/ "
	                    "to the environment",
	                    oci_probe, oci_run, err);
}
