/* Fake plugin: a shared object without strata_plugin_init. */
#define PLUGIN_EXPORT __attribute__((visibility("default")))

PLUGIN_EXPORT int strata_plugin_start(void)
{
	return 0;
}
