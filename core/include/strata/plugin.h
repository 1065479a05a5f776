/* strata: the plugin ABI and the plugin host.
 *
 * A plugin is a shared object that exports exactly one symbol:
 *
 *     int strata_plugin_init(const struct strata_host *host,
 *                            struct strata_error **err);
 *
 * It registers components through the host table. Each component struct
 * starts with abi_version and struct_size; members are only ever appended, so
 * a host accepts a component of its own major version whose struct_size is at
 * least what the host needs. Plugins reach core services only through the host
 * table, never by linking core symbols. */
#ifndef STRATA_PLUGIN_H
#define STRATA_PLUGIN_H

#include <sys/types.h>
#include "common.h"
#include "error.h"

#define STRATA_ABI_MAJOR       1
#define STRATA_ABI_MINOR       0
#define STRATA_ABI_VERSION     ((uint32_t)(STRATA_ABI_MAJOR << 16 | STRATA_ABI_MINOR))
#define STRATA_ABI_MAJOR_OF(v) ((uint32_t)(v) >> 16)

struct strata_blob_writer;

/* --- sandbox ------------------------------------------------------------- */

enum strata_network {
	STRATA_NET_DEFAULT = 0, /* a namespace of its own, outbound only (no host loopback) */
	STRATA_NET_NONE = 1,    /* a new network namespace with only lo */
	STRATA_NET_HOST = 2,    /* the host's network */
};

struct strata_mount_spec {
	const char *type;   /* "bind" or "tmpfs" */
	const char *source; /* host path for "bind"; ignored for "tmpfs" */
	const char *target; /* absolute path inside the rootfs */
	int readonly;
};

/* One process to run. Everything is borrowed for the duration of run(). */
struct strata_sandbox_spec {
	const char *rootfs;      /* a prepared (merged) rootfs directory */
	const char *const *argv; /* NULL-terminated; argv[0] looked up in PATH of env */
	const char *const *env;  /* NULL-terminated "K=V" */
	const char *cwd;         /* absolute inside rootfs; created if missing */
	uid_t uid;
	gid_t gid;
	const gid_t *groups; /* supplementary groups */
	size_t ngroups;
	const char *hostname; /* NULL: "buildkitsandbox", as docker build */
	int network;          /* enum strata_network */
	const struct strata_mount_spec *mounts;
	size_t nmounts;
	int stdin_fd;  /* -1: /dev/null */
	int stdout_fd; /* -1: /dev/null */
	int stderr_fd; /* -1: /dev/null */
};

struct strata_sandbox {
	uint32_t abi_version; /* STRATA_ABI_VERSION */
	uint32_t struct_size; /* sizeof(struct strata_sandbox) */
	const char *name;     /* "namespaces" */
	const char *description;
	void *self; /* passed back to every member */
	/* 0 when this backend works on this host; otherwise non-zero with a reason
	 * ("bwrap not found in PATH") written to why. */
	int (*probe)(void *self, char *why, size_t whylen);
	/* Run spec to completion. *status: the exit code, or 128+signal.
	 * Returns 0 when the process ran (whatever its status), a STRATA_E* code
	 * when it could not be started. Thread: may run on several threads. */
	int (*run)(void *self, const struct strata_sandbox_spec *spec, int *status,
	           struct strata_error **err);
};

/* --- transport (registry) ------------------------------------------------ */

struct strata_host;

struct strata_transport {
	uint32_t abi_version; /* STRATA_ABI_VERSION */
	uint32_t struct_size; /* sizeof(struct strata_transport) */
	const char *name;     /* "oci-layout" */
	const char *scheme;   /* "oci": serves references "oci:<rest>" */
	void *self;
	/* Fetch the image at ref (the part after "<scheme>:") into the store:
	 * every blob through the host's blob writer, verified. digest_out gets the
	 * digest of the image's manifest (or index) as stored.
	 * Errors: STRATA_ENOENT (no such image), STRATA_ECORRUPT, STRATA_ENET… */
	int (*pull)(void *self, const struct strata_host *host, struct strata_store *st,
	            const char *ref, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err);
	/* Write the stored image whose manifest has manifest_digest to ref. */
	int (*push)(void *self, const struct strata_host *host, struct strata_store *st,
	            const char *manifest_digest, const char *ref, struct strata_error **err);
	/* Appended in ABI 1.0 after pull/push; may be NULL. A host must check
	 * that struct_size reaches past this member before reading it
	 * (STRATA_TRANSPORT_HAS(t, configure)): a plugin built against an
	 * older header has a shorter struct.
	 * Hand the transport its settings as a JSON object — for "docker", the
	 * `registries` table of the user's config:
	 *   {"localhost:5000": {"insecure": true, "mirrors": ["m:5000"],
	 *    "ca_file": "/etc/ca.pem"}, "auth_file": "/path/config.json"}
	 * Each call replaces the previous settings.
	 * Errors: STRATA_EINVAL (not JSON, or a setting of the wrong type).
	 * Thread: not while a pull or push of this transport runs. */
	int (*configure)(void *self, const char *json, struct strata_error **err);
	/* Appended after configure; may be NULL (check with STRATA_TRANSPORT_HAS).
	 * Download one file — a whole URL of this transport's scheme, for ADD
	 * <url> — into the new file at path (mode 0600), hashing it as it
	 * arrives: digest_out gets its sha256, *mtime the server's
	 * Last-Modified time or -1. Bounded timeouts and retries.
	 * Errors: STRATA_ENET naming the URL and cause, STRATA_EIO.
	 * Thread: may run on several threads. */
	int (*fetch)(void *self, const struct strata_host *host, const char *url, const char *path,
	             int64_t *mtime, char digest_out[STRATA_DIGEST_LEN], struct strata_error **err);
	/* Appended after fetch; may be NULL (check with STRATA_TRANSPORT_HAS).
	 * pull without the layers: the manifest (or index, and the platform's
	 * manifest) and the config, verified, so an image can be described
	 * without downloading it. The stored manifest names layers the store
	 * lacks, so st must be a throwaway store.
	 * Errors: as pull. Thread: as pull. */
	int (*pull_metadata)(void *self, const struct strata_host *host, struct strata_store *st,
	                     const char *ref, char digest_out[STRATA_DIGEST_LEN],
	                     struct strata_error **err);
	/* Appended after pull_metadata; may be NULL (STRATA_TRANSPORT_HAS).
	 * Whether the registry server ("host[:port]") takes the credentials
	 * this transport would now send it: 0 when it does (strata login asks
	 * before keeping new ones).
	 * Errors: STRATA_EAUTH (refused, saying why), STRATA_ENET.
	 * Thread: as pull. */
	int (*check)(void *self, const struct strata_host *host, const char *server,
	             struct strata_error **err);
};

/* 1 when the transport t (a pointer) is long enough to hold member m. */
#define STRATA_TRANSPORT_HAS(t, m)                                                    \
	((t)->struct_size >= offsetof(struct strata_transport, m) + sizeof((t)->m) && \
	 (t)->m != NULL)

/* --- the host table ------------------------------------------------------ */

struct strata_host {
	uint32_t abi_version;
	uint32_t struct_size;
	void *ctx; /* pass to register_* */

	int (*register_sandbox)(void *ctx, const struct strata_sandbox *sb,
	                        struct strata_error **err);
	int (*register_transport)(void *ctx, const struct strata_transport *t,
	                          struct strata_error **err);

	int (*error_set)(struct strata_error **err, int code, int errnum, const char *fmt, ...)
	        __attribute__((format(printf, 4, 5)));
	int (*error_wrap)(struct strata_error **err, const char *fmt, ...)
	        __attribute__((format(printf, 2, 3)));

	/* store services: the same contracts as the strata_store_* and
	 * strata_blob_writer_* functions of the same names */
	int (*blob_writer_new)(struct strata_store *st, struct strata_blob_writer **out,
	                       struct strata_error **err);
	int (*blob_writer_write)(struct strata_blob_writer *w, const void *buf, size_t len,
	                         struct strata_error **err);
	int (*blob_writer_commit)(struct strata_blob_writer *w, const char *expected,
	                          char digest_out[STRATA_DIGEST_LEN], struct strata_error **err);
	void (*blob_writer_free)(struct strata_blob_writer *w);
	int (*has_blob)(struct strata_store *st, const char *digest);
	int (*open_blob)(struct strata_store *st, const char *digest, int *fd,
	                 struct strata_error **err);
	int (*read_blob)(struct strata_store *st, const char *digest, char **buf, size_t *len,
	                 struct strata_error **err);
	int64_t (*blob_size)(struct strata_store *st, const char *digest);
	const char *(*platform_arch)(void);
	const char *(*platform_os)(void);
};

typedef int (*strata_plugin_init_fn)(const struct strata_host *host, struct strata_error **err);

/* --- the plugin host (core side; plugins do not call these) -------------- */

struct strata_plugins;

/* Ownership: *out is the caller's; free with strata_plugins_free(). */
STRATA_API int strata_plugins_new(struct strata_plugins **out, struct strata_error **err);
STRATA_API void strata_plugins_free(struct strata_plugins *p);

/* dlopen(RTLD_NOW|RTLD_LOCAL) one plugin and call its init.
 * Errors: STRATA_EPLUGIN naming the file and dlerror(), or the component whose
 * ABI major differs ("plugin 'x.so': sandbox 'y': ABI 2.0, host speaks 1.x"). */
STRATA_API int strata_plugins_load(struct strata_plugins *p, const char *path,
                                   struct strata_error **err);

/* Load every "*.so" in dir (not recursing), in name order. A missing dir is not
 * an error. Errors: the first plugin that fails. */
STRATA_API int strata_plugins_load_dir(struct strata_plugins *p, const char *dir,
                                       struct strata_error **err);

/* Note every "*.so" in dir (not recursing) without loading it: each is
 * loaded, in name order, at the first lookup that could need it —
 * "sandbox-*.so" for sandboxes, other files for transports — so a build that
 * needs no registry never maps libcurl. A missing dir is not an error.
 * Errors: STRATA_EIO (unreadable dir). Thread: lookups are safe from several
 * threads; loading happens under a lock. */
STRATA_API int strata_plugins_add_dir(struct strata_plugins *p, const char *dir,
                                      struct strata_error **err);

/* Load every pending plugin and return the message of the first that failed
 * to load lazily, or NULL. Ownership: borrowed from p. */
STRATA_API const char *strata_plugins_load_error(const struct strata_plugins *p);

/* Ownership: borrowed from p. NULL when none has that name. */
STRATA_API const struct strata_sandbox *strata_plugins_sandbox(const struct strata_plugins *p,
                                                               const char *name);
STRATA_API size_t strata_plugins_sandbox_count(const struct strata_plugins *p);
STRATA_API const struct strata_sandbox *strata_plugins_sandbox_at(const struct strata_plugins *p,
                                                                  size_t i);

/* The transport for a scheme ("oci"). Ownership: borrowed. NULL when none. */
STRATA_API const struct strata_transport *strata_plugins_transport(const struct strata_plugins *p,
                                                                   const char *scheme);
STRATA_API size_t strata_plugins_transport_count(const struct strata_plugins *p);
STRATA_API const struct strata_transport *
strata_plugins_transport_at(const struct strata_plugins *p, size_t i);

/* The host table given to plugins (for calling a transport's pull/push).
 * Ownership: borrowed from p. */
STRATA_API const struct strata_host *strata_plugins_host(const struct strata_plugins *p);

#endif
