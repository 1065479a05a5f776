/* strata: small helpers shared by the core and the plugins. */
#include "util.h"

#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static void oom(void)
{
	/* the one place the library stops the process: there is nothing
	 * sensible left to do without memory (crun's xmalloc) */
	fputs("strata: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xzalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s ? s : "");
	if (!p)
		oom();
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = strndup(s, n);
	if (!p)
		oom();
	return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	char *s;
	if (vasprintf(&s, fmt, ap) < 0)
		oom();
	return s;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

size_t util_strv_len(const char *const *v)
{
	size_t n = 0;
	while (v && v[n])
		n++;
	return n;
}

char **util_strv_dup(const char *const *v)
{
	size_t n = util_strv_len(v);
	char **r = xmalloc((n + 1) * sizeof(*r));
	for (size_t i = 0; i < n; i++)
		r[i] = xstrdup(v[i]);
	r[n] = NULL;
	return r;
}

void util_strv_free(char **v)
{
	if (!v)
		return;
	for (char **p = v; *p; p++)
		free(*p);
	free(v);
}

char *util_path_join(const char *a, const char *b)
{
	size_t la = strlen(a);
	while (la > 1 && a[la - 1] == '/')
		la--;
	while (*b == '/')
		b++;
	if (la == 1 && a[0] == '/')
		return xasprintf("/%s", b);
	if (!*b)
		return xstrndup(a, la);
	return xasprintf("%.*s/%s", (int)la, a, b);
}

char *util_path_clean(const char *path)
{
	int abs = path[0] == '/';
	size_t n = strlen(path);
	char *out = xmalloc(n + 2);
	size_t o = 0;
	const char *p = path;
	if (abs)
		out[o++] = '/';
	size_t base = o; /* ".." never removes below this */
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		const char *e = strchr(p, '/');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == 1 && p[0] == '.') {
			/* skip */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (o > base) {
				/* drop the last component unless it is itself ".." */
				size_t s = o;
				while (s > base && out[s - 1] != '/')
					s--;
				if (!abs && o - s == 2 && out[s] == '.' && out[s + 1] == '.') {
					out[o++] = '/';
					memcpy(out + o, "..", 2);
					o += 2;
				} else {
					o = s > base ? s - 1 : base;
				}
			} else if (!abs) {
				memcpy(out + o, "..", 2);
				o += 2;
			}
		} else {
			if (o > base)
				out[o++] = '/';
			memcpy(out + o, p, len);
			o += len;
		}
		p += len;
	}
	if (o == 0)
		out[o++] = '.';
	out[o] = '\0';
	return out;
}

int util_write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

int util_read_fd(int fd, char **buf, size_t *len)
{
	struct util_buf b = {0};
	char tmp[65536];
	for (;;) {
		ssize_t r = read(fd, tmp, sizeof tmp);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			util_buf_release(&b);
			errno = e;
			return -1;
		}
		if (r == 0)
			break;
		util_buf_add(&b, tmp, (size_t)r);
	}
	util_buf_add(&b, "", 1);
	*buf = b.data;
	if (len)
		*len = b.len - 1;
	return 0;
}

int util_read_file(const char *path, char **buf, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int r = util_read_fd(fd, buf, len);
	int e = errno;
	close(fd);
	errno = e;
	return r;
}

int util_dir_names(int fd, char ***names, size_t *n)
{
	/* a dup, so closedir() leaves the caller's fd alone */
	int dfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
	if (dfd < 0)
		return -1;
	DIR *d = fdopendir(dfd);
	if (!d) {
		int e = errno;
		close(dfd);
		errno = e;
		return -1;
	}
	rewinddir(d); /* the dup shares the offset with fd */
	size_t len = 0, cap = 16;
	char **v = xmalloc(cap * sizeof(*v));
	struct dirent *de;
	errno = 0;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (len + 1 >= cap) {
			cap *= 2;
			v = xrealloc(v, cap * sizeof(*v));
		}
		v[len++] = xstrdup(de->d_name);
		errno = 0;
	}
	int e = errno;
	v[len] = NULL;
	closedir(d);
	if (e) {
		util_strv_free(v);
		errno = e;
		return -1;
	}
	*names = v;
	if (n)
		*n = len;
	return 0;
}

int util_mkdir_p(const char *path, mode_t mode)
{
	AUTOFREE char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, mode) < 0 && errno != EEXIST)
			return -1;
		*s = '/';
	}
	if (mkdir(p, mode) < 0 && errno != EEXIST)
		return -1;
	return 0;
}

void util_hex(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

void util_buf_add(struct util_buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->data = xrealloc(b->data, cap);
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void util_buf_addstr(struct util_buf *b, const char *s)
{
	util_buf_add(b, s, strlen(s));
}

void util_buf_printf(struct util_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	util_buf_addstr(b, s);
	free(s);
}

void util_buf_release(struct util_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
