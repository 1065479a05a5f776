/* Fake plugin: init fails without saying why. */
#include "strata/plugin.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	return -1;
}
