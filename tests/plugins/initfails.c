/* Fake plugin: registers a transport, then its init fails with a message
 * (the transport must not stay registered). */
#include "strata/plugin.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

static int pull(void *self, const struct strata_host *host, struct strata_store *st,
                const char *ref, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	return 0;
}

static int push(void *self, const struct strata_host *host, struct strata_store *st,
                const char *manifest_digest, const char *ref, struct strata_error **err)
{
	return 0;
}

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	struct strata_transport t = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(t),
	        .name = "doomed",
	        .scheme = "doomed",
	        .pull = pull,
	        .push = push,
	};
	int r = host->register_transport(host->ctx, &t, err);
	if (r)
		return r;
	return host->error_set(err, STRATA_EIO, 0, "open '/etc/doomed.conf': no such file");
}
