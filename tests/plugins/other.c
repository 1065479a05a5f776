/* Fake plugin: a second sandbox named "fake" (must lose to the first one
 * loaded) and a sandbox "other" whose probe says why it cannot work. */
#include <stdio.h>

#include "strata/plugin.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

static int other_probe(void *self, char *why, size_t whylen)
{
	snprintf(why, whylen, "%s: not on this host", (const char *)self);
	return 1;
}

static int other_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                     struct strata_error **err)
{
	*status = 7;
	return 0;
}

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	static const struct strata_sandbox fake = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(struct strata_sandbox),
	        .name = "fake",
	        .description = "the second fake",
	        .self = "fake2",
	        .probe = other_probe,
	        .run = other_run,
	};
	static const struct strata_sandbox other = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(struct strata_sandbox),
	        .name = "other",
	        .description = NULL,
	        .self = "other",
	        .probe = other_probe,
	        .run = other_run,
	};
	int r = host->register_sandbox(host->ctx, &fake, err);
	if (r)
		return r;
	return host->register_sandbox(host->ctx, &other, err);
}
