/* Fake plugin: a sandbox and a transport of a later minor ABI (a longer struct
 * the host must accept and copy), built on init's stack so the host must copy
 * them at registration. */
#include <string.h>

#include "strata/plugin.h"

#define PLUGIN_EXPORT __attribute__((visibility("default")))

/* what a 1.5 plugin would hand a 1.0 host: members appended at the end */
struct sandbox_v1_5 {
	struct strata_sandbox base;
	int (*appended)(void *self);
};

static int fake_probe(void *self, char *why, size_t whylen)
{
	(void)self;
	(void)why;
	(void)whylen;
	return 0;
}

static int fake_run(void *self, const struct strata_sandbox_spec *spec, int *status,
                    struct strata_error **err)
{
	(void)err;
	/* self proves the host passes it back unchanged */
	*status = *(const int *)self + (int)strlen(spec->argv[0]);
	return 0;
}

static int fake_pull(void *self, const struct strata_host *host, struct strata_store *st,
                     const char *ref, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	return host->error_set(err, STRATA_ENOENT, 0, "fake pull '%s': no such image", ref);
}

static int fake_push(void *self, const struct strata_host *host, struct strata_store *st,
                     const char *manifest_digest, const char *ref, struct strata_error **err)
{
	return host->error_set(err, STRATA_EUNSUPPORTED, 0, "fake push '%s'", ref);
}

static const int forty = 40;

PLUGIN_EXPORT int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	char name[16] = "fake";
	struct sandbox_v1_5 sb = {
	        .base =
	                {
	                        .abi_version = STRATA_ABI_MAJOR << 16 | 5,
	                        .struct_size = sizeof(struct sandbox_v1_5),
	                        .name = name,
	                        .description = "a fake sandbox",
	                        .self = (void *)&forty,
	                        .probe = fake_probe,
	                        .run = fake_run,
	                },
	        .appended = NULL,
	};
	int r = host->register_sandbox(host->ctx, &sb.base, err);
	/* scribble over what the host must have copied */
	memset(name, 'x', sizeof name - 1);
	sb.base.run = NULL;
	if (r)
		return r;
	struct strata_transport t = {
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(t),
	        .name = "fake-transport",
	        .scheme = "fake",
	        .pull = fake_pull,
	        .push = fake_push,
	};
	return host->register_transport(host->ctx, &t, err);
}
