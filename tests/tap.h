/* strata: a small TAP producer for the C unit tests.
 *
 *   ok(cond, "name %d", i);   is_int(got, want, "name");   is_str(got, want, "name");
 *   diag("...");  skip_all("why");  return done_testing();
 *
 * A test program runs each check in a fresh temporary directory of its own
 * (tap_tmpdir()). skip_all() prints "1..0 # SKIP why" and exits 0, because the
 * runner is prove, which counts any non-zero exit as a failure (the 77 of
 * automake/ctest would read as one). */
#ifndef STRATA_TAP_H
#define STRATA_TAP_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ftw.h>
#include <sys/stat.h>

static int tap_count;
static int tap_fails;

static inline int tap_ok(int cond, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	tap_count++;
	printf("%sok %d - ", cond ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond) {
		tap_fails++;
		printf("#   failed at %s:%d\n", file, line);
	}
	fflush(stdout);
	return cond;
}

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...)                                           \
	do {                                                             \
		long long g_ = (long long)(got), w_ = (long long)(want); \
		if (!tap_ok(g_ == w_, __FILE__, __LINE__, __VA_ARGS__))  \
			printf("#   got %lld, want %lld\n", g_, w_);     \
	} while (0)
#define is_str(got, want, ...)                                                  \
	do {                                                                    \
		const char *g_ = (got), *w_ = (want);                           \
		int c_ = (g_ && w_) ? strcmp(g_, w_) == 0 : g_ == w_;           \
		if (!tap_ok(c_, __FILE__, __LINE__, __VA_ARGS__))               \
			printf("#   got '%s', want '%s'\n", g_ ? g_ : "(null)", \
			       w_ ? w_ : "(null)");                             \
	} while (0)
/* got contains want */
#define like(got, want, ...)                                                                \
	do {                                                                                \
		const char *g_ = (got), *w_ = (want);                                       \
		if (!tap_ok(g_ && strstr(g_, w_), __FILE__, __LINE__, __VA_ARGS__))         \
			printf("#   '%s' does not contain '%s'\n", g_ ? g_ : "(null)", w_); \
	} while (0)

static inline void diag(const char *fmt, ...)
{
	va_list ap;
	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

static inline void skip_all(const char *why)
{
	printf("1..0 # SKIP %s\n", why);
	exit(0);
}

static inline int done_testing(void)
{
	printf("1..%d\n", tap_count);
	return tap_fails ? 1 : 0;
}

/* A fresh temporary directory (mkdtemp under $TMPDIR or /tmp), removed at exit
 * unless STRATA_TEST_KEEP is set. Ownership: static for the program's life. */
static char tap_tmp_root[4096];
static inline int tap_rm_one(const char *p, const struct stat *sb, int flag, struct FTW *f)
{
	(void)sb;
	(void)flag;
	(void)f;
	return remove(p) < 0 ? 0 : 0;
}
static inline void tap_cleanup(void)
{
	if (tap_tmp_root[0] && !getenv("STRATA_TEST_KEEP"))
		nftw(tap_tmp_root, tap_rm_one, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}
static inline const char *tap_tmpdir(void)
{
	static int n;
	static char dir[4200];
	if (!tap_tmp_root[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(tap_tmp_root, sizeof tap_tmp_root, "%s/strata-test-XXXXXX",
		         t ? t : "/tmp");
		if (!mkdtemp(tap_tmp_root)) {
			perror("mkdtemp");
			exit(1);
		}
		atexit(tap_cleanup);
	}
	snprintf(dir, sizeof dir, "%s/%d", tap_tmp_root, ++n);
	if (mkdir(dir, 0755) < 0) {
		perror("mkdir");
		exit(1);
	}
	return dir;
}

#endif
