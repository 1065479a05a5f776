/* strata: run a container from an image, or write out its rootfs (run.h). */
#include "strata/run.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "copy_private.h"
#include "plugin_private.h"
#include "snapshot_private.h"
#include "strata/copy.h"
#include "strata/error.h"
#include "strata/image.h"
#include "strata/layer.h"
#include "strata/plugin.h"
#include "strata/store.h"
#include "util.h"

/* A JSON array of strings as a NULL-terminated vector (NULL when not one). */
static char **json_strv(json_t *a)
{
	if (!json_is_array(a))
		return NULL;
	size_t n = json_array_size(a);
	char **v = xzalloc((n + 1) * sizeof(*v));
	for (size_t i = 0; i < n; i++) {
		const char *s = json_string_value(json_array_get(a, i));
		v[i] = xstrdup(s ? s : "");
	}
	return v;
}

static char **strv_concat(char **a, const char *const *b)
{
	size_t na = util_strv_len((const char *const *)a), nb = util_strv_len(b);
	char **v = xzalloc((na + nb + 1) * sizeof(*v));
	for (size_t i = 0; i < na; i++)
		v[i] = xstrdup(a[i]);
	for (size_t i = 0; i < nb; i++)
		v[na + i] = xstrdup(b[i]);
	return v;
}

int strata_image_run(const char *manifest_digest, const struct strata_run_opts *o, int *status,
                     struct strata_error **err)
{
	const struct strata_sandbox *sb = NULL;
	int pr = plugin_pick_sandbox(o->plugins, o->sandbox, o->sandboxes, &sb, err);
	if (pr < 0)
		return pr;
	struct strata_image *img = NULL;
	int r = strata_image_load(o->store, manifest_digest, &img, err);
	if (r < 0)
		return r;
	json_t *cfg = strata_image_config(img);
	AUTOSTRV char **ep = o->entrypoint ? util_strv_dup(o->entrypoint)
	                                   : json_strv(json_object_get(cfg, "Entrypoint"));
	AUTOSTRV char **cmd =
	        o->cmd ? util_strv_dup(o->cmd) : json_strv(json_object_get(cfg, "Cmd"));
	AUTOSTRV char **argv = strv_concat(ep, (const char *const *)cmd);
	AUTOSTRV char **env = json_strv(json_object_get(cfg, "Env"));
	const char *wd = json_string_value(json_object_get(cfg, "WorkingDir"));
	const char *user = json_string_value(json_object_get(cfg, "User"));
	size_t nl = strata_image_layer_count(img);
	AUTOSTRV char **lowers = xzalloc((nl + 1) * sizeof(char *));
	struct snapshot snap = {0};
	uid_t uid = 0;
	gid_t gid = 0;
	AUTOFREE gid_t *groups = NULL;
	AUTOFREE char *home = NULL;
	size_t ngroups = 0;
	if (!argv[0]) {
		r = strata_error_set(err, STRATA_EINVAL, 0, "image has no command to run");
		goto out;
	}
	for (size_t i = 0; i < nl; i++) {
		const struct strata_layer_desc *l = strata_image_layer(img, i);
		r = strata_layer_unpack(o->store, l->digest, l->diffid, &lowers[i], err);
		if (r < 0)
			goto out;
	}
	r = snapshot_mount(o->store, (const char *const *)lowers, nl, 1, &snap, err);
	if (r < 0)
		goto out;
	if (user && *user) {
		r = strata_user_resolve(snap.merged, user, &uid, &gid, &groups, &ngroups, err);
		if (r < 0)
			goto out;
	}
	/* HOME from the user's passwd entry, as docker run gives it */
	r = root_home_env(snap.merged, (const char *const *)env, uid, &home, err);
	if (r < 0)
		goto out;
	if (home) {
		size_t ne = util_strv_len((const char *const *)env);
		env = xrealloc(env, (ne + 2) * sizeof(char *));
		env[ne] = steal_pointer(&home);
		env[ne + 1] = NULL;
	}
	struct strata_sandbox_spec spec = {
	        .rootfs = snap.merged,
	        .argv = (const char *const *)argv,
	        .env = (const char *const *)env,
	        .cwd = wd && *wd ? wd : "/",
	        .uid = uid,
	        .gid = gid,
	        .groups = groups,
	        .ngroups = ngroups,
	        .network = o->network,
	        .stdin_fd = o->stdin_fd,
	        .stdout_fd = o->stdout_fd,
	        .stderr_fd = o->stderr_fd,
	};
	r = sb->run(sb->self, &spec, status, err);
out:
	snapshot_release(&snap);
	strata_image_free(img);
	return r;
}

int strata_image_export_rootfs(struct strata_store *st, const char *manifest_digest,
                               const char *dest, struct strata_error **err)
{
	struct strata_image *img = NULL;
	int r = strata_image_load(st, manifest_digest, &img, err);
	if (r < 0)
		return r;
	if (util_mkdir_p(dest, 0755) < 0) {
		r = strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", dest);
		goto out;
	}
	for (size_t i = 0; i < strata_image_layer_count(img); i++) {
		const struct strata_layer_desc *l = strata_image_layer(img, i);
		r = strata_layer_apply(st, l->digest, dest, STRATA_APPLY_MERGE, NULL, err);
		if (r < 0) {
			strata_error_wrap(err, "apply layer '%s'", l->digest);
			goto out;
		}
	}
out:
	strata_image_free(img);
	return r;
}
