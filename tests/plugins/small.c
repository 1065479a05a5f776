/* Fake plugin: a transport whose struct_size is smaller than the host needs
 * (an ABI 1.0 struct cut short). */
#include <stddef.h>

#include "strata/plugin.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	struct strata_transport t = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = offsetof(struct strata_transport, pull),
	        .name = "tiny",
	        .scheme = "tiny",
	};
	return host->register_transport(host->ctx, &t, err);
}
