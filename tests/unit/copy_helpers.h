/* Fixtures for the copy tests (test_copy.c, test_copywalk.c): files,
 * links and times under a test directory. */
#ifndef STRATA_TEST_COPY_HELPERS_H
#define STRATA_TEST_COPY_HELPERS_H

#include "tap.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define V(...) ((const char *const[]){__VA_ARGS__, NULL})

static inline char *at(const char *dir, const char *rel)
{
	return util_path_join(dir, rel);
}

static inline void mkdirs(const char *dir, const char *rel)
{
	AUTOFREE char *p = at(dir, rel);
	if (util_mkdir_p(p, 0755) < 0)
		diag("mkdir %s: %s", p, strerror(errno));
}

/* Write a file (parents created), with a mode. */
static inline void put(const char *dir, const char *rel, const char *text, mode_t mode)
{
	AUTOFREE char *p = at(dir, rel);
	AUTOFREE char *parent = xstrdup(p);
	*strrchr(parent, '/') = '\0';
	util_mkdir_p(parent, 0755);
	int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || util_write_all(fd, text, strlen(text)) < 0)
		diag("write %s: %s", p, strerror(errno));
	fchmod(fd, mode);
	close(fd);
}

/* Several 0644 files: "path", "content", ... NULL. */
static inline void put_files(const char *dir, const char *const *pairs)
{
	for (; pairs[0] && pairs[1]; pairs += 2)
		put(dir, pairs[0], pairs[1], 0644);
}

static inline void put_link(const char *dir, const char *rel, const char *target)
{
	AUTOFREE char *p = at(dir, rel);
	if (symlink(target, p) < 0)
		diag("symlink %s: %s", p, strerror(errno));
}

/* The content of a file, or NULL. Ownership: the caller's. */
static inline char *slurp(const char *dir, const char *rel)
{
	AUTOFREE char *p = at(dir, rel);
	char *buf = NULL;
	return util_read_file(p, &buf, NULL) < 0 ? NULL : buf;
}

static inline int lstat_at(const char *dir, const char *rel, struct stat *st)
{
	AUTOFREE char *p = at(dir, rel);
	return lstat(p, st);
}

static inline int exists(const char *dir, const char *rel)
{
	struct stat st;
	return lstat_at(dir, rel, &st) == 0;
}

static inline void set_mtime(const char *dir, const char *rel, time_t t)
{
	AUTOFREE char *p = at(dir, rel);
	struct timespec ts[2] = {{t, 0}, {t, 0}};
	utimensat(AT_FDCWD, p, ts, AT_SYMLINK_NOFOLLOW);
}

#endif
