/* strata: using a stored image — run a container from it, or write out its
 * rootfs. */
#ifndef STRATA_RUN_H
#define STRATA_RUN_H

#include "common.h"

struct strata_plugins;

struct strata_run_opts {
	struct strata_store *store;
	struct strata_plugins *plugins;
	const char *sandbox; /* NULL: the first of sandboxes that works here */
	/* ordered candidates (a site's fallback list); NULL: "namespaces" */
	const char *const *sandboxes;
	const char *const *cmd;        /* replaces the image's Cmd; NULL keeps it */
	const char *const *entrypoint; /* replaces the image's Entrypoint; NULL keeps it */
	int network;                   /* enum strata_network */
	int stdin_fd, stdout_fd, stderr_fd;
};

/* Run the image's Entrypoint + Cmd (or the overrides) with its Env,
 * WorkingDir and User, in a throwaway writable snapshot of its layers.
 * *status: exit code, or 128+signal.
 * Errors: STRATA_EINVAL (no command to run), the sandbox's errors.
 * Thread: blocks until the process ends. */
STRATA_API int strata_image_run(const char *manifest_digest, const struct strata_run_opts *opts,
                                int *status, struct strata_error **err);

/* Write the image's rootfs (layers applied in order, whiteouts honoured) into
 * dest, which must be empty or missing. Errors: as strata_layer_apply. */
STRATA_API int strata_image_export_rootfs(struct strata_store *st, const char *manifest_digest,
                                          const char *dest, struct strata_error **err);

#endif
