/* strata: the plugin host (see include/strata/plugin.h).
 *
 * Components are copied at registration: the host keeps its own struct of the
 * size it knows, so a plugin built against a later minor (a longer struct)
 * works, and a plugin may build its structs on the stack of its init.
 * Strings the components point at are copied too.
 *
 * Duplicate names (a sandbox name, a transport scheme): the first one loaded
 * wins and later ones are ignored without an error, so a site can shadow a
 * bundled plugin by putting its own earlier in the plugin path. */
#include "strata/plugin.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

#include <pthread.h>

#include "plugin_private.h"
#include "strata/error.h"
#include "strata/image.h"
#include "strata/store.h"
#include "util.h"

struct strata_plugins {
	struct strata_host host; /* handed to every plugin; ctx points back here */
	struct strata_sandbox **sandboxes;
	size_t nsandboxes;
	struct strata_transport **transports;
	size_t ntransports;
	/* The first registration refused during the current load. Kept here as
	 * well as in the plugin's err, so a plugin that ignores register_*'s
	 * result still fails to load. */
	struct strata_error *refused;
	/* add_dir: plugins found but not loaded yet, in load order; loaded on
	 * the first lookup of their kind (guarded by lock, so lookups from the
	 * solver's threads are safe) */
	char **pending;
	size_t npending;
	struct strata_error *lazy_err; /* the first lazy load that failed */
	pthread_mutex_t lock;
};

static int refuse(struct strata_plugins *p, struct strata_error **err, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static int refuse(struct strata_plugins *p, struct strata_error **err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	AUTOFREE char *m = xvasprintf(fmt, ap);
	va_end(ap);
	if (!p->refused)
		strata_error_set(&p->refused, STRATA_EPLUGIN, 0, "%s", m);
	return strata_error_set(err, STRATA_EPLUGIN, 0, "%s", m);
}

/* Check the two fields every component starts with. The name is read only
 * when the struct is long enough to hold it. */
static int check_abi(struct strata_plugins *p, const char *kind, uint32_t abi_version,
                     uint32_t struct_size, const char *const *namep, size_t name_end, size_t needed,
                     struct strata_error **err)
{
	const char *name = struct_size >= name_end && *namep ? *namep : "?";
	if (STRATA_ABI_MAJOR_OF(abi_version) != STRATA_ABI_MAJOR)
		return refuse(p, err, "%s '%s': ABI %u.%u, host speaks %u.x", kind, name,
		              STRATA_ABI_MAJOR_OF(abi_version), abi_version & 0xffff,
		              STRATA_ABI_MAJOR);
	if (struct_size < needed)
		return refuse(p, err, "%s '%s': struct_size %u, host needs at least %zu", kind,
		              name, struct_size, needed);
	return 0;
}

static const struct strata_sandbox *find_sandbox(const struct strata_plugins *p, const char *name)
{
	for (size_t i = 0; name && i < p->nsandboxes; i++)
		if (strcmp(p->sandboxes[i]->name, name) == 0)
			return p->sandboxes[i];
	return NULL;
}

static const struct strata_transport *find_transport(const struct strata_plugins *p,
                                                     const char *scheme)
{
	for (size_t i = 0; scheme && i < p->ntransports; i++)
		if (strcmp(p->transports[i]->scheme, scheme) == 0)
			return p->transports[i];
	return NULL;
}

static int host_register_sandbox(void *ctx, const struct strata_sandbox *sb,
                                 struct strata_error **err)
{
	struct strata_plugins *p = ctx;
	if (!sb)
		return refuse(p, err, "sandbox: NULL component");
	int r = check_abi(p, "sandbox", sb->abi_version, sb->struct_size, &sb->name,
	                  offsetof(struct strata_sandbox, name) + sizeof(sb->name),
	                  sizeof(struct strata_sandbox), err);
	if (r)
		return r;
	if (!*sb->name)
		return refuse(p, err, "sandbox '': empty name");
	if (!sb->probe || !sb->run)
		return refuse(p, err, "sandbox '%s': probe or run missing", sb->name);
	if (find_sandbox(p, sb->name))
		return 0; /* the first one loaded wins */

	struct strata_sandbox *copy = xzalloc(sizeof(*copy));
	memcpy(copy, sb, sb->struct_size < sizeof(*copy) ? sb->struct_size : sizeof(*copy));
	copy->struct_size = sizeof(*copy);
	copy->name = xstrdup(sb->name);
	copy->description = xstrdup(sb->description ? sb->description : "");
	p->sandboxes = xrealloc(p->sandboxes, (p->nsandboxes + 1) * sizeof(*p->sandboxes));
	p->sandboxes[p->nsandboxes++] = copy;
	return 0;
}

static int host_register_transport(void *ctx, const struct strata_transport *t,
                                   struct strata_error **err)
{
	struct strata_plugins *p = ctx;
	if (!t)
		return refuse(p, err, "transport: NULL component");
	/* ABI 1.0's struct ended after push: later members are appended, and
	 * a plugin built before them is still accepted (they read as NULL) */
	int r = check_abi(p, "transport", t->abi_version, t->struct_size, &t->name,
	                  offsetof(struct strata_transport, name) + sizeof(t->name),
	                  offsetof(struct strata_transport, push) + sizeof(t->push), err);
	if (r)
		return r;
	if (!*t->name || !t->scheme || !*t->scheme)
		return refuse(p, err, "transport '%s': empty name or scheme", t->name);
	int fetches = STRATA_TRANSPORT_HAS(t, fetch);
	if ((!t->pull || !t->push) && !fetches)
		return refuse(p, err, "transport '%s': neither pull and push nor fetch", t->name);
	if (find_transport(p, t->scheme))
		return 0; /* the first one loaded wins */

	/* a plugin built against an older header has a shorter struct: copy
	 * what it has, and the members it does not know are NULL */
	struct strata_transport *copy = xzalloc(sizeof(*copy));
	memcpy(copy, t, t->struct_size < sizeof(*copy) ? t->struct_size : sizeof(*copy));
	copy->struct_size = sizeof(*copy);
	copy->name = xstrdup(t->name);
	copy->scheme = xstrdup(t->scheme);
	p->transports = xrealloc(p->transports, (p->ntransports + 1) * sizeof(*p->transports));
	p->transports[p->ntransports++] = copy;
	return 0;
}

int strata_plugins_new(struct strata_plugins **out, struct strata_error **err)
{
	struct strata_plugins *p = xzalloc(sizeof(*p));
	p->host = (struct strata_host){
	        .abi_version = STRATA_ABI_VERSION,
	        .struct_size = sizeof(struct strata_host),
	        .ctx = p,
	        .register_sandbox = host_register_sandbox,
	        .register_transport = host_register_transport,
	        .error_set = strata_error_set,
	        .error_wrap = strata_error_wrap,
	        .blob_writer_new = strata_blob_writer_new,
	        .blob_writer_write = strata_blob_writer_write,
	        .blob_writer_commit = strata_blob_writer_commit,
	        .blob_writer_free = strata_blob_writer_free,
	        .has_blob = strata_store_has_blob,
	        .open_blob = strata_store_open_blob,
	        .read_blob = strata_store_read_blob,
	        .blob_size = strata_store_blob_size,
	        .platform_arch = strata_platform_arch,
	        .platform_os = strata_platform_os,
	};
	pthread_mutex_init(&p->lock, NULL);
	*out = p;
	return 0;
}

static void sandbox_free(struct strata_sandbox *sb)
{
	free((char *)sb->name);
	free((char *)sb->description);
	free(sb);
}

static void transport_free(struct strata_transport *t)
{
	free((char *)t->name);
	free((char *)t->scheme);
	free(t);
}

void strata_plugins_free(struct strata_plugins *p)
{
	if (!p)
		return;
	/* the .so files stay mapped: a component's code may still be running on
	 * another thread, and unloading buys nothing in a short-lived program */
	for (size_t i = 0; i < p->nsandboxes; i++)
		sandbox_free(p->sandboxes[i]);
	for (size_t i = 0; i < p->ntransports; i++)
		transport_free(p->transports[i]);
	free(p->sandboxes);
	free(p->transports);
	strata_error_free(p->refused);
	for (size_t i = 0; i < p->npending; i++)
		free(p->pending[i]);
	free(p->pending);
	strata_error_free(p->lazy_err);
	pthread_mutex_destroy(&p->lock);
	free(p);
}

/* Forget what a failed plugin registered, so a half-initialised plugin leaves
 * nothing behind. */
static void plugins_truncate(struct strata_plugins *p, size_t nsandboxes, size_t ntransports)
{
	while (p->nsandboxes > nsandboxes)
		sandbox_free(p->sandboxes[--p->nsandboxes]);
	while (p->ntransports > ntransports)
		transport_free(p->transports[--p->ntransports]);
}

int strata_plugins_load(struct strata_plugins *p, const char *path, struct strata_error **err)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	dlerror();
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return strata_error_set(err, STRATA_EPLUGIN, 0, "plugin '%s': %s", base, dlerror());
	dlerror();
	strata_plugin_init_fn init;
	/* POSIX's sanctioned way to turn dlsym's void * into a function pointer */
	*(void **)&init = dlsym(h, "strata_plugin_init");
	if (!init) {
		const char *why = dlerror();
		return strata_error_set(err, STRATA_EPLUGIN, 0, "plugin '%s': %s", base,
		                        why ? why : "strata_plugin_init is NULL");
	}

	size_t nsb = p->nsandboxes, ntr = p->ntransports;
	strata_error_free(p->refused);
	p->refused = NULL;
	struct strata_error *perr = NULL;
	int r = init(&p->host, &perr);
	if (p->refused) {
		/* a refused component fails the load even when init carried on */
		strata_error_free(perr);
		perr = steal_pointer(&p->refused);
		r = perr->code;
	}
	if (r == 0) {
		strata_error_free(perr);
		return 0;
	}
	plugins_truncate(p, nsb, ntr);
	if (!perr)
		return strata_error_set(err, STRATA_EPLUGIN, 0, "plugin '%s': init failed", base);
	/* the plugin's own code is not the caller's business: a plugin that
	 * did not load is STRATA_EPLUGIN, with its reason in the message */
	perr->code = STRATA_EPLUGIN;
	if (!err) {
		strata_error_free(perr);
		return STRATA_EPLUGIN;
	}
	strata_error_free(*err);
	*err = perr;
	return strata_error_wrap(err, "plugin '%s'", base);
}

static int so_filter(const struct dirent *d)
{
	size_t n = strlen(d->d_name);
	return d->d_name[0] != '.' && n > 3 && strcmp(d->d_name + n - 3, ".so") == 0;
}

/* Byte order, not the locale's: the same plugin wins everywhere. */
static int name_cmp(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

int strata_plugins_load_dir(struct strata_plugins *p, const char *dir, struct strata_error **err)
{
	struct dirent **names = NULL;
	int n = scandir(dir, &names, so_filter, name_cmp);
	if (n < 0) {
		if (errno == ENOENT)
			return 0;
		return strata_error_set(err, STRATA_EIO, errno, "plugin dir '%s'", dir);
	}
	int r = 0;
	for (int i = 0; i < n; i++) {
		if (r == 0) {
			AUTOFREE char *path = util_path_join(dir, names[i]->d_name);
			struct stat sb;
			if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
				r = strata_plugins_load(p, path, err);
		}
		free(names[i]);
	}
	free(names);
	return r;
}

int strata_plugins_add_dir(struct strata_plugins *p, const char *dir, struct strata_error **err)
{
	struct dirent **names = NULL;
	int n = scandir(dir, &names, so_filter, name_cmp);
	if (n < 0) {
		if (errno == ENOENT)
			return 0;
		return strata_error_set(err, STRATA_EIO, errno, "plugin dir '%s'", dir);
	}
	pthread_mutex_lock(&p->lock);
	p->pending = xrealloc(p->pending, (p->npending + (size_t)n) * sizeof(char *));
	for (int i = 0; i < n; i++) {
		p->pending[p->npending++] = util_path_join(dir, names[i]->d_name);
		free(names[i]);
	}
	pthread_mutex_unlock(&p->lock);
	free(names);
	return 0;
}

enum plugin_kind { KIND_SANDBOX = 1, KIND_TRANSPORT = 2 };

/* What a plugin file offers, by its name: "sandbox-*.so" sandboxes, anything
 * else transports (and an unknown name is loaded for both). */
static int file_kinds(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (strncmp(base, "sandbox-", 8) == 0)
		return KIND_SANDBOX;
	if (strncmp(base, "registry-", 9) == 0 || strncmp(base, "fetch-", 6) == 0)
		return KIND_TRANSPORT;
	return KIND_SANDBOX | KIND_TRANSPORT;
}

/* Load the pending plugins of a kind. Lookups take a const handle: loading
 * behind it is a cache filling, not a change a caller can see. Caller holds
 * p->lock. */
static void load_pending(const struct strata_plugins *cp, int kind)
{
	struct strata_plugins *p = (struct strata_plugins *)cp;
	size_t keep = 0;
	for (size_t i = 0; i < p->npending; i++) {
		if (!(file_kinds(p->pending[i]) & kind)) {
			p->pending[keep++] = p->pending[i];
			continue;
		}
		struct stat sb;
		struct strata_error *e = NULL;
		if (stat(p->pending[i], &sb) == 0 && S_ISREG(sb.st_mode) &&
		    strata_plugins_load(p, p->pending[i], &e) < 0) {
			if (!p->lazy_err)
				p->lazy_err = e;
			else
				strata_error_free(e);
		}
		free(p->pending[i]);
	}
	p->npending = keep;
}

const char *strata_plugins_load_error(const struct strata_plugins *p)
{
	struct strata_plugins *mp = (struct strata_plugins *)p;
	pthread_mutex_lock(&mp->lock);
	load_pending(p, KIND_SANDBOX | KIND_TRANSPORT);
	const char *m = p->lazy_err ? p->lazy_err->msg : NULL;
	pthread_mutex_unlock(&mp->lock);
	return m;
}

/* Look a component up by key, loading the pending plugins of its kind when
 * it is not there yet; or (find NULL) load them all and count. The lookups
 * take a const handle: loading behind it fills a cache (see load_pending). */
static const void *lookup(const struct strata_plugins *p, int kind,
                          const void *(*find)(const struct strata_plugins *, const char *),
                          const char *key, size_t *count)
{
	struct strata_plugins *mp = (struct strata_plugins *)p;
	pthread_mutex_lock(&mp->lock);
	const void *c = find ? find(p, key) : NULL;
	if (!c && p->npending) {
		load_pending(p, kind);
		c = find ? find(p, key) : NULL;
	}
	if (count)
		*count = kind == KIND_SANDBOX ? p->nsandboxes : p->ntransports;
	pthread_mutex_unlock(&mp->lock);
	return c;
}

static const void *find_sandbox_any(const struct strata_plugins *p, const char *name)
{
	return find_sandbox(p, name);
}

static const void *find_transport_any(const struct strata_plugins *p, const char *scheme)
{
	return find_transport(p, scheme);
}

const struct strata_sandbox *strata_plugins_sandbox(const struct strata_plugins *p,
                                                    const char *name)
{
	return lookup(p, KIND_SANDBOX, find_sandbox_any, name, NULL);
}

size_t strata_plugins_sandbox_count(const struct strata_plugins *p)
{
	size_t n = 0;
	lookup(p, KIND_SANDBOX, NULL, NULL, &n);
	return n;
}

const struct strata_sandbox *strata_plugins_sandbox_at(const struct strata_plugins *p, size_t i)
{
	return i < strata_plugins_sandbox_count(p) ? p->sandboxes[i] : NULL;
}

const struct strata_transport *strata_plugins_transport(const struct strata_plugins *p,
                                                        const char *scheme)
{
	return lookup(p, KIND_TRANSPORT, find_transport_any, scheme, NULL);
}

size_t strata_plugins_transport_count(const struct strata_plugins *p)
{
	size_t n = 0;
	lookup(p, KIND_TRANSPORT, NULL, NULL, &n);
	return n;
}

const struct strata_transport *strata_plugins_transport_at(const struct strata_plugins *p, size_t i)
{
	return i < strata_plugins_transport_count(p) ? p->transports[i] : NULL;
}

const struct strata_host *strata_plugins_host(const struct strata_plugins *p)
{
	return &p->host;
}

int plugin_pick_sandbox(const struct strata_plugins *p, const char *name,
                        const char *const *candidates, const struct strata_sandbox **out,
                        struct strata_error **err)
{
	static const char *const fallback[] = {"namespaces", NULL};
	const char *const one[] = {name, NULL};
	const char *const *names = name ? one : candidates ? candidates : fallback;
	struct util_buf why = {0};
	*out = NULL;
	for (size_t i = 0; names[i] && !*out; i++) {
		const struct strata_sandbox *sb = p ? strata_plugins_sandbox(p, names[i]) : NULL;
		char reason[512] = "";
		if (!sb)
			snprintf(reason, sizeof reason, "no plugin provides it");
		else if (sb->probe && sb->probe(sb->self, reason, sizeof reason) != 0 && !*reason)
			snprintf(reason, sizeof reason, "does not work here");
		if (sb && !*reason)
			*out = sb;
		else
			util_buf_printf(&why, "%s'%s': %s", why.len ? "; " : "", names[i], reason);
	}
	int r = 0;
	if (!*out)
		r = strata_error_set(err, STRATA_EPLUGIN, 0, "no usable sandbox (%s)",
		                     why.data ? why.data : "none configured");
	util_buf_release(&why);
	return r;
}
