/* Fake plugin: registers a good sandbox, then one of ABI major 2, and ignores
 * the refusal. The load must fail anyway and keep neither. */
#include "strata/plugin.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

static int probe(void *self, char *why, size_t whylen)
{
	return 0;
}

static int run(void *self, const struct strata_sandbox_spec *spec, int *status,
               struct strata_error **err)
{
	return 0;
}

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	struct strata_sandbox sb = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(sb),
	        .name = "before-refusal",
	        .probe = probe,
	        .run = run,
	};
	host->register_sandbox(host->ctx, &sb, err);
	sb.abi_version = 2u << 16;
	sb.name = "future";
	host->register_sandbox(host->ctx, &sb, err);
	return 0;
}
