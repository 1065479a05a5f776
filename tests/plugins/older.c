/* Fake plugin: a transport built against the ABI 1.0 header, whose struct
 * ends after push (no configure, no fetch). The host must accept it and read
 * the members it lacks as NULL — even though the bytes after its struct here
 * are not NULL. */
#include <stddef.h>
#include <string.h>

#include "strata/plugin.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

static int pull(void *self, const struct strata_host *host, struct strata_store *st,
                const char *ref, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	return host->error_set(err, STRATA_ENOENT, 0, "older: no image '%s'", ref);
}

static int push(void *self, const struct strata_host *host, struct strata_store *st,
                const char *manifest_digest, const char *ref, struct strata_error **err)
{
	return host->error_set(err, STRATA_EUNSUPPORTED, 0, "older: no push");
}

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	struct strata_transport t;
	/* garbage where the newer members would be */
	memset(&t, 0xAB, sizeof t);
	t.abi_version = STRATA_ABI_VERSION;
	t.struct_size = offsetof(struct strata_transport, push) + sizeof(t.push);
	t.name = "older";
	t.scheme = "older";
	t.self = NULL;
	t.pull = pull;
	t.push = push;
	return host->register_transport(host->ctx, &t, err);
}
