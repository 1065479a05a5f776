/* The plugin host: loading real fake plugins (tests/plugins/) through the
 * real loader, ABI checks, the copies it keeps, and its error messages. */
#include "tap.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "strata/error.h"
#include "strata/plugin.h"
#include "strata/image.h"
#include "strata/store.h"

#define PLUGIN(name) STRATA_TEST_PLUGIN_DIR "/" name ".so"

static struct strata_plugins *plugins_new(void)
{
	struct strata_plugins *p = NULL;
	struct strata_error *err = NULL;
	int r = strata_plugins_new(&p, &err);
	if (r || !p) {
		diag("strata_plugins_new: %s", err ? err->msg : "?");
		exit(1);
	}
	return p;
}

/* Load one plugin; returns the code, and its message in msg (or ""). */
static int load(struct strata_plugins *p, const char *path, char *msg, size_t msglen)
{
	struct strata_error *err = NULL;
	int r = strata_plugins_load(p, path, &err);
	snprintf(msg, msglen, "%s", err ? err->msg : "");
	if (r)
		ok(err != NULL, "a failed load of '%s' says why", path);
	strata_error_free(err);
	return r;
}

static void link_plugin(const char *dir, const char *as, const char *name)
{
	char from[4096], to[4096];
	snprintf(from, sizeof from, "%s/%s.so", STRATA_TEST_PLUGIN_DIR, name);
	snprintf(to, sizeof to, "%s/%s", dir, as);
	if (symlink(from, to) < 0) {
		diag("symlink %s: %s", to, strerror(errno));
		exit(1);
	}
}

static void test_host_table(void)
{
	tap_tmpdir();
	struct strata_plugins *p = plugins_new();
	const struct strata_host *h = strata_plugins_host(p);
	is_int(h->abi_version, STRATA_ABI_VERSION, "host table: ABI version");
	is_int(h->struct_size, sizeof(struct strata_host), "host table: struct_size");
	ok(h->ctx == p, "host table: ctx is the plugin set");
	ok(h->register_sandbox && h->register_transport, "host table: register members");
	ok(h->error_set == strata_error_set && h->error_wrap == strata_error_wrap,
	   "host table: the real error functions");
	ok(h->blob_writer_new == strata_blob_writer_new &&
	           h->blob_writer_write == strata_blob_writer_write &&
	           h->blob_writer_commit == strata_blob_writer_commit &&
	           h->blob_writer_free == strata_blob_writer_free,
	   "host table: the real blob writer");
	ok(h->has_blob == strata_store_has_blob && h->open_blob == strata_store_open_blob &&
	           h->read_blob == strata_store_read_blob && h->blob_size == strata_store_blob_size,
	   "host table: the real store readers");
	ok(h->platform_arch == strata_platform_arch && h->platform_os == strata_platform_os,
	   "host table: the real platform functions");
	is_int(strata_plugins_sandbox_count(p), 0, "no sandbox before loading");
	is_int(strata_plugins_transport_count(p), 0, "no transport before loading");
	ok(strata_plugins_sandbox(p, "fake") == NULL, "lookup on an empty set: NULL");
	ok(strata_plugins_transport(p, NULL) == NULL, "lookup of NULL: NULL");
	strata_plugins_free(p);
	strata_plugins_free(NULL);
}

static void test_good(void)
{
	tap_tmpdir();
	struct strata_plugins *p = plugins_new();
	char msg[1024];
	is_int(load(p, PLUGIN("good"), msg, sizeof msg), 0, "good.so loads");
	is_str(msg, "", "good.so: no error");
	is_int(strata_plugins_sandbox_count(p), 1, "one sandbox");
	const struct strata_sandbox *sb = strata_plugins_sandbox(p, "fake");
	ok(sb != NULL, "sandbox 'fake' found by name");
	if (!sb)
		return;
	ok(sb == strata_plugins_sandbox_at(p, 0), "sandbox_at(0) is the same");
	ok(strata_plugins_sandbox_at(p, 1) == NULL, "sandbox_at past the end: NULL");
	is_str(sb->name, "fake", "the name was copied (the plugin scribbled on its own)");
	is_str(sb->description, "a fake sandbox", "description");
	is_int(sb->struct_size, sizeof(struct strata_sandbox), "the copy has the host's size");
	ok(sb->run != NULL, "run was copied before the plugin cleared its own");
	const char *argv[] = {"argv", NULL};
	struct strata_sandbox_spec spec = {.argv = argv};
	int status = -1;
	is_int(sb->run(sb->self, &spec, &status, NULL), 0, "run through the copy");
	is_int(status, 44, "run got its self back");

	const struct strata_transport *t = strata_plugins_transport(p, "fake");
	ok(t != NULL, "transport for scheme 'fake'");
	ok(strata_plugins_transport(p, "fake-transport") == NULL, "transports are found by scheme");
	is_int(strata_plugins_transport_count(p), 1, "one transport");
	ok(strata_plugins_transport_at(p, 0) == t, "transport_at(0)");
	ok(strata_plugins_transport_at(p, 1) == NULL, "transport_at past the end");
	if (t) {
		is_str(t->name, "fake-transport", "transport name");
		struct strata_error *err = NULL;
		char digest[STRATA_DIGEST_LEN];
		int r = t->pull(t->self, strata_plugins_host(p), NULL, "x", digest, &err);
		is_int(r, STRATA_ENOENT, "pull through the host's error_set");
		is_str(err ? err->msg : NULL, "fake pull 'x': no such image", "its message");
		strata_error_free(err);
	}

	/* loading the same file again: dlopen gives the same handle, init runs
	 * again, and the duplicates are ignored */
	is_int(load(p, PLUGIN("good"), msg, sizeof msg), 0, "good.so loads twice");
	is_int(strata_plugins_sandbox_count(p), 1, "still one sandbox");
	is_int(strata_plugins_transport_count(p), 1, "still one transport");
	strata_plugins_free(p);
}

static void test_refusals(void)
{
	tap_tmpdir();
	struct strata_plugins *p = plugins_new();
	char msg[1024];

	is_int(load(p, PLUGIN("abi2"), msg, sizeof msg), STRATA_EPLUGIN, "ABI 2 refused");
	is_str(msg, "plugin 'abi2.so': sandbox 'future': ABI 2.0, host speaks 1.x",
	       "ABI 2: the message");
	ok(strata_plugins_sandbox(p, "before-refusal") == NULL,
	   "a refused plugin keeps none of its components");
	is_int(strata_plugins_sandbox_count(p), 0, "no sandbox registered");

	is_int(load(p, PLUGIN("small"), msg, sizeof msg), STRATA_EPLUGIN,
	       "a struct_size too small is refused");
	char want[256];
	snprintf(want, sizeof want,
	         "plugin 'small.so': transport 'tiny': struct_size %zu, host needs at least %zu",
	         offsetof(struct strata_transport, pull),
	         offsetof(struct strata_transport, push) + sizeof(void (*)(void)));
	is_str(msg, want, "struct_size: the message");
	ok(strata_plugins_transport(p, "tiny") == NULL, "the small transport is not registered");

	is_int(load(p, PLUGIN("older"), msg, sizeof msg), 0,
	       "a transport built against the 1.0 header (ends after push) loads");
	const struct strata_transport *old = strata_plugins_transport(p, "older");
	ok(old != NULL, "the older transport is registered");
	ok(old && !STRATA_TRANSPORT_HAS(old, configure), "its configure reads as absent");
	ok(old && !STRATA_TRANSPORT_HAS(old, fetch), "its fetch reads as absent");

	is_int(load(p, PLUGIN("noinit"), msg, sizeof msg), STRATA_EPLUGIN,
	       "no strata_plugin_init: refused");
	like(msg, "plugin 'noinit.so': ", "no init: names the file");
	like(msg, "undefined symbol: strata_plugin_init", "no init: dlerror()'s reason");

	is_int(load(p, PLUGIN("initfails"), msg, sizeof msg), STRATA_EPLUGIN,
	       "a failing init fails the load");
	is_str(msg, "plugin 'initfails.so': open '/etc/doomed.conf': no such file",
	       "failing init: its message, with the file in front");
	ok(strata_plugins_transport(p, "doomed") == NULL,
	   "failing init: what it registered is dropped");

	is_int(load(p, PLUGIN("silentfail"), msg, sizeof msg), STRATA_EPLUGIN,
	       "an init failing silently fails the load");
	is_str(msg, "plugin 'silentfail.so': init failed", "silent failure: a message anyway");

	is_int(load(p, STRATA_TEST_PLUGIN_DIR "/missing.so", msg, sizeof msg), STRATA_EPLUGIN,
	       "a missing file");
	like(msg, "plugin 'missing.so': ", "missing file: names it");
	like(msg, "cannot open shared object file", "missing file: dlerror()'s reason");

	const char *dir = tap_tmpdir();
	char path[4096];
	snprintf(path, sizeof path, "%s/text.so", dir);
	FILE *f = fopen(path, "w");
	fputs("not an ELF file, but long enough to be read as one by the loader\n", f);
	fclose(f);
	is_int(load(p, path, msg, sizeof msg), STRATA_EPLUGIN, "a text file");
	like(msg, "plugin 'text.so': ", "text file: names it");
	like(msg, "invalid ELF header", "text file: dlerror()'s reason");

	is_int(strata_plugins_load(p, PLUGIN("abi2"), NULL), STRATA_EPLUGIN,
	       "a failed load without an err pointer");
	is_int(strata_plugins_load(p, PLUGIN("initfails"), NULL), STRATA_EPLUGIN,
	       "a failing init without an err pointer");

	/* after all that, a good plugin still loads */
	is_int(load(p, PLUGIN("good"), msg, sizeof msg), 0, "good.so after refusals");
	is_int(strata_plugins_sandbox_count(p), 1, "only good's sandbox");
	strata_plugins_free(p);
}

static void test_load_dir(void)
{
	char msg[1024];
	struct strata_error *err = NULL;

	/* name order decides, and the first one loaded wins */
	const char *dir = tap_tmpdir();
	link_plugin(dir, "10-good.so", "good");
	link_plugin(dir, "20-other.so", "other");
	link_plugin(dir, "README", "abi2"); /* not "*.so": ignored */
	link_plugin(dir, ".hidden.so", "abi2");
	char sub[4096];
	snprintf(sub, sizeof sub, "%s/30-dir.so", dir);
	mkdir(sub, 0755);
	struct strata_plugins *p = plugins_new();
	is_int(strata_plugins_load_dir(p, dir, &err), 0, "load_dir");
	ok(err == NULL, "load_dir: no error");
	is_int(strata_plugins_sandbox_count(p), 2, "two sandboxes: fake and other");
	const struct strata_sandbox *sb = strata_plugins_sandbox(p, "fake");
	is_str(sb ? sb->description : NULL, "a fake sandbox", "the first 'fake' loaded wins");
	sb = strata_plugins_sandbox_at(p, 1);
	is_str(sb ? sb->name : NULL, "other", "registration order is kept");
	if (sb) {
		char why[128] = "";
		is_int(sb->probe(sb->self, why, sizeof why), 1, "other's probe says no");
		is_str(why, "other: not on this host", "and why");
		is_str(sb->description, "", "a NULL description reads as empty");
	}
	strata_plugins_free(p);

	dir = tap_tmpdir();
	link_plugin(dir, "10-other.so", "other");
	link_plugin(dir, "20-good.so", "good");
	p = plugins_new();
	is_int(strata_plugins_load_dir(p, dir, &err), 0, "load_dir, the other order");
	sb = strata_plugins_sandbox(p, "fake");
	is_str(sb ? sb->description : NULL, "the second fake", "now other's 'fake' wins");
	ok(strata_plugins_transport(p, "fake") != NULL, "good's transport is still there");
	strata_plugins_free(p);

	/* a failing plugin stops the walk; those before it stay loaded */
	dir = tap_tmpdir();
	link_plugin(dir, "10-good.so", "good");
	link_plugin(dir, "20-abi2.so", "abi2");
	link_plugin(dir, "30-other.so", "other");
	p = plugins_new();
	is_int(strata_plugins_load_dir(p, dir, &err), STRATA_EPLUGIN, "load_dir with a bad plugin");
	snprintf(msg, sizeof msg, "%s", err ? err->msg : "");
	is_str(msg, "plugin '20-abi2.so': sandbox 'future': ABI 2.0, host speaks 1.x",
	       "load_dir: the bad plugin's error");
	strata_error_free(err);
	err = NULL;
	ok(strata_plugins_sandbox(p, "fake") != NULL, "the plugin before it stays loaded");
	ok(strata_plugins_sandbox(p, "other") == NULL, "the plugin after it is not loaded");
	strata_plugins_free(p);

	p = plugins_new();
	snprintf(sub, sizeof sub, "%s/missing", tap_tmpdir());
	is_int(strata_plugins_load_dir(p, sub, &err), 0, "a missing dir is not an error");
	is_int(strata_plugins_sandbox_count(p), 0, "and loads nothing");
	snprintf(sub, sizeof sub, "%s/file", tap_tmpdir());
	close(open(sub, O_CREAT | O_WRONLY, 0644));
	is_int(strata_plugins_load_dir(p, sub, &err), STRATA_EIO, "a file as plugin dir");
	like(err ? err->msg : NULL, "plugin dir '", "its message names the dir");
	strata_error_free(err);
	strata_plugins_free(p);
}

/* add_dir notes plugins and loads them at the first lookup: a dir holding
 * broken plugins is fine until something is looked up, and then their
 * failures are reported rather than lost. */
static void test_add_dir(void)
{
	struct strata_plugins *p = NULL;
	struct strata_error *err = NULL;
	strata_plugins_new(&p, &err);
	is_int(strata_plugins_add_dir(p, STRATA_TEST_PLUGIN_DIR, &err), 0,
	       "add_dir of a dir with broken plugins succeeds: nothing is loaded yet");
	is_int(strata_plugins_add_dir(p, "/nonexistent/plugins", &err), 0, "a missing dir is fine");
	ok(strata_plugins_transport(p, "fake") != NULL, "a lookup loads the plugins it needs");
	ok(strata_plugins_transport(p, "older") != NULL, "and finds each transport");
	ok(strata_plugins_transport(p, "nosuch") == NULL, "an unknown scheme is still unknown");
	ok(strata_plugins_sandbox_count(p) >= 1, "counting loads the sandboxes too");
	const char *why = strata_plugins_load_error(p);
	ok(why != NULL, "a plugin that failed to load lazily is reported");
	like(why, "plugin '", "naming it");
	strata_error_free(err);
	strata_plugins_free(p);
}

int main(void)
{
	test_host_table();
	test_good();
	test_refusals();
	test_load_dir();
	test_add_dir();
	return done_testing();
}
