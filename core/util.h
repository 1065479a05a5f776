/* strata: small helpers shared by the core and the plugins.
 *
 * Built as a static, hidden-visibility library linked into libstrata and into
 * each plugin: helpers, not core services, so plugins still reach the core
 * only through the host table. Allocation failure aborts (xmalloc). */
#ifndef STRATA_UTIL_H
#define STRATA_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

void *xmalloc(size_t n);
void *xzalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* Scoped cleanup (crun, bubblewrap). */
static inline void util_freep(void *p)
{
	free(*(void **)p);
}
static inline void util_closep(int *fd)
{
	if (*fd >= 0)
		close(*fd);
}
static inline void util_fclosep(FILE **f)
{
	if (*f)
		fclose(*f);
}
static inline void util_strvfreep(char ***v);
#define AUTOFREE   __attribute__((cleanup(util_freep)))
#define AUTOCLOSE  __attribute__((cleanup(util_closep)))
#define AUTOFCLOSE __attribute__((cleanup(util_fclosep)))
#define AUTOSTRV   __attribute__((cleanup(util_strvfreep)))

/* Hand a scoped pointer out: returns *pp and sets it to NULL. */
static inline void *util_steal(void *pp)
{
	void **p = pp;
	void *v = *p;
	*p = NULL;
	return v;
}
#define steal_pointer(pp) util_steal(pp)
static inline int steal_fd(int *fd)
{
	int v = *fd;
	*fd = -1;
	return v;
}

/* NULL-terminated string vectors. */
size_t util_strv_len(const char *const *v);
char **util_strv_dup(const char *const *v);
void util_strv_free(char **v);
static inline void util_strvfreep(char ***v)
{
	util_strv_free(*v);
}

/* "a" + "/" + "b" with exactly one slash between. Ownership: the caller's. */
char *util_path_join(const char *a, const char *b);

/* Lexically clean an absolute or relative path: collapse "//", drop ".",
 * resolve ".." (never above the start of an absolute path). Ownership: caller. */
char *util_path_clean(const char *path);

/* Write all len bytes (retrying on EINTR/short writes). 0 or -1 (errno set). */
int util_write_all(int fd, const void *buf, size_t len);

/* Read a whole file (NUL-terminated). 0 or -1 (errno set).
 * Ownership: *buf is the caller's. */
int util_read_file(const char *path, char **buf, size_t *len);
int util_read_fd(int fd, char **buf, size_t *len);

/* The entry names of the directory open as fd, without "." and "..", in
 * readdir order, NULL-terminated; *n (may be NULL) gets their count. fd
 * stays open and its position is not used. 0 or -1 (errno set).
 * Ownership: *names is the caller's (util_strv_free). */
int util_dir_names(int fd, char ***names, size_t *n);

/* mkdir -p with mode for created dirs. 0 or -1 (errno set). */
int util_mkdir_p(const char *path, mode_t mode);

/* Lowercase hex of n bytes into out (2n+1 bytes). */
void util_hex(const unsigned char *in, size_t n, char *out);

/* Dynamic byte buffer. */
struct util_buf {
	char *data;
	size_t len;
	size_t cap;
};
void util_buf_add(struct util_buf *b, const void *p, size_t n);
void util_buf_addstr(struct util_buf *b, const char *s);
void util_buf_printf(struct util_buf *b, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
void util_buf_release(struct util_buf *b);

#endif
