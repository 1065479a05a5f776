/* Fuzz the layer reader: tar bytes (plain or gzip) applied into a directory
 * with strata_layer_apply_buffer(), in both modes.
 *
 * The property checked besides memory safety: nothing lands outside the
 * destination. Run as root, the harness first chroots into a fresh empty
 * directory (the "jail"; STRATA_FUZZ_NO_CHROOT=1 turns this off), so an entry
 * that escaped through an absolute path or a symlink lands in the jail, where
 * the check after each input sees it, and never on the host. The working
 * directory stays outside the jail, so libFuzzer's relative paths (corpus,
 * artifacts) still work; absolute ones are refused for that reason. The
 * jail has no /proc, so LeakSanitizer is off there.
 *
 * Each input is applied twice: STRATA_APPLY_MERGE onto a small tree (a
 * directory, a file, symlinks to "/etc" and to "../outside") that whiteouts
 * and writes through symlinks can meet, and STRATA_APPLY_OVERLAY into an
 * empty directory. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <strata/error.h>
#include <strata/layer.h>
#include <strata/store.h>

#include "fuzz.h"
#include "util.h"

#define MARKER "strata fuzz: must stay as it is\n"

/* "" in the jail (paths start at its root), else the temporary directory */
static char base[256];
/* the temporary directory's parent and name, to remove it at exit */
static int tmp_fd = -1;
static char tmp_name[64];

static void path_of(char *out, size_t n, const char *rel)
{
	snprintf(out, n, "%s/%s", base, rel);
}

static void write_file(const char *rel, const char *text)
{
	char p[512];
	path_of(p, sizeof p, rel);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || util_write_all(fd, text, strlen(text)) < 0)
		fuzz_fail("set up '%s': %s", p, strerror(errno));
	close(fd);
}

static int rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	if (remove(path) < 0 && errno != ENOENT)
		fuzz_fail("clean up '%s': %s", path, strerror(errno));
	return 0;
}

static void rm_tree(const char *rel)
{
	char p[512];
	path_of(p, sizeof p, rel);
	/* a layer may leave directories without search or write permission:
	 * only root gets through those, and only root fuzzes the layer reader
	 * with any depth */
	if (nftw(p, rm_one, 16, FTW_DEPTH | FTW_PHYS) < 0 && errno != ENOENT)
		fuzz_fail("clean up '%s': %s", p, strerror(errno));
}

/* Only dest/ and outside/marker (unchanged) may be in base. */
static void check_contained(void)
{
	char p[512];
	path_of(p, sizeof p, "");
	DIR *d = opendir(p[0] ? p : "/");
	if (!d)
		fuzz_fail("open '%s': %s", p, strerror(errno));
	struct dirent *e;
	while ((e = readdir(d))) {
		const char *n = e->d_name;
		if (strcmp(n, ".") && strcmp(n, "..") && strcmp(n, "dest") && strcmp(n, "outside"))
			fuzz_fail("an entry escaped the destination: '%s' appeared next to it", n);
	}
	closedir(d);
	path_of(p, sizeof p, "outside");
	d = opendir(p);
	if (!d)
		fuzz_fail("the directory next to the destination is gone: %s", strerror(errno));
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") &&
		    strcmp(e->d_name, "marker"))
			fuzz_fail("an entry escaped the destination: 'outside/%s'", e->d_name);
	closedir(d);
	path_of(p, sizeof p, "outside/marker");
	char *text = NULL;
	size_t len = 0;
	struct stat st;
	if (lstat(p, &st) < 0 || !S_ISREG(st.st_mode) || util_read_file(p, &text, &len) < 0 ||
	    len != strlen(MARKER) || memcmp(text, MARKER, len))
		fuzz_fail("a file outside the destination was changed: '%s'", p);
	free(text);
}

static void make_dir(const char *rel)
{
	char p[512];
	path_of(p, sizeof p, rel);
	if (mkdir(p, 0755) < 0 && errno != EEXIST)
		fuzz_fail("set up '%s': %s", p, strerror(errno));
}

static void make_link(const char *target, const char *rel)
{
	char p[512];
	path_of(p, sizeof p, rel);
	if (symlink(target, p) < 0)
		fuzz_fail("set up '%s': %s", p, strerror(errno));
}

static int jailed;

/* LeakSanitizer reads /proc, which the jail does not have: with the jail,
 * no leak checks (ASan's other checks stay) */
int __lsan_is_turned_off(void);
int __lsan_is_turned_off(void)
{
	return jailed;
}

static void clean_up(void)
{
	rm_tree("dest");
	rm_tree("outside");
	if (tmp_fd >= 0)
		unlinkat(tmp_fd, tmp_name, AT_REMOVEDIR);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char tmpl[sizeof base];
	snprintf(tmpl, sizeof tmpl, "%s/strata-fuzz-layer-XXXXXX", fuzz_tmpdir());
	if (!mkdtemp(tmpl))
		fuzz_fail("mkdtemp '%s': %s", tmpl, strerror(errno));
	snprintf(base, sizeof base, "%s", tmpl);
	snprintf(tmp_name, sizeof tmp_name, "%s", strrchr(tmpl, '/') + 1);
	tmp_fd = open(fuzz_tmpdir(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	atexit(clean_up);
	const char *no = getenv("STRATA_FUZZ_NO_CHROOT");
	if (geteuid() == 0 && !(no && *no && strcmp(no, "0"))) {
		for (int i = 1; i < *argc; i++)
			if ((*argv)[i][0] == '/')
				fuzz_fail("give relative paths: '%s' would be looked up inside "
				          "the chroot (or set STRATA_FUZZ_NO_CHROOT=1)",
				          (*argv)[i]);
		if (chroot(tmpl) < 0)
			fuzz_fail("chroot '%s': %s", tmpl, strerror(errno));
		base[0] = '\0';
		jailed = 1;
	}
	make_dir("outside");
	write_file("outside/marker", MARKER);
	return 0;
}

static void apply(const uint8_t *data, size_t size, int mode)
{
	char dest[512];
	path_of(dest, sizeof dest, "dest");
	struct strata_error *err = NULL;
	char diffid[STRATA_DIGEST_LEN];
	int r = strata_layer_apply_buffer(data, size, dest, mode, diffid, &err);
	if (r < 0 && !err)
		fuzz_fail("apply failed (%d) without an error", r);
	if (r < 0 && (!err->msg || !*err->msg))
		fuzz_fail("apply failed (%d) with an empty message", r);
	if (r == 0 && !strata_digest_valid(diffid))
		fuzz_fail("apply succeeded with a malformed diffID");
	strata_error_free(err);
	check_contained();
	rm_tree("dest");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	make_dir("dest");
	make_dir("dest/etc");
	write_file("dest/etc/passwd", "root:x:0:0::/root:/bin/sh\n");
	make_link("/etc", "dest/abs");
	make_link("../outside", "dest/up");
	apply(data, size, STRATA_APPLY_MERGE);
	make_dir("dest");
	apply(data, size, STRATA_APPLY_OVERLAY);
	return 0;
}
