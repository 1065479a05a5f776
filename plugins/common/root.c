/* plugins/common: paths inside a rootfs — opening them without leaving it,
 * making the mount points it lacks, and removing them again. */
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "util.h"

static int openat2_in_root(int rootfd, const char *path)
{
	struct open_how how = {
	        .flags = O_PATH | O_CLOEXEC,
	        .resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS,
	};
	int fd;
	do
		fd = (int)syscall(SYS_openat2, rootfd, *path ? path : ".", &how, sizeof how);
	while (fd < 0 && errno == EAGAIN); /* a rename raced the lookup */
	return fd;
}

/* Copy path into buf without its leading slashes. */
static int copy_rel(char *buf, size_t cap, const char *path)
{
	while (*path == '/')
		path++;
	size_t n = strlen(path);
	if (n >= cap) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(buf, path, n + 1);
	return 0;
}

/* buf's prefix up to '/' at slash (or none) + target + "/" + rest, where
 * target is a symlink's content: absolute ones start again from the root. */
static int splice_link(char *buf, size_t cap, const char *slash, const char *target,
                       const char *rest)
{
	char next[PATH_MAX];
	size_t plen = target[0] == '/' || !slash ? 0 : (size_t)(slash - buf) + 1;
	size_t tlen = strlen(target), rlen = strlen(rest);
	if (plen + tlen + 1 + rlen >= sizeof next) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(next, buf, plen);
	memcpy(next + plen, target, tlen);
	size_t k = plen + tlen;
	if (rlen) {
		next[k++] = '/';
		memcpy(next + k, rest, rlen);
		k += rlen;
	}
	next[k] = '\0';
	return copy_rel(buf, cap, next);
}

int sbx_root_open(int rootfd, const char *path, int create, sbx_created_fn created, void *ud)
{
	char buf[PATH_MAX];
	if (copy_rel(buf, sizeof buf, path) < 0)
		return -1;
	int fd = openat2_in_root(rootfd, buf);
	if (fd >= 0 || errno != ENOENT || !create)
		return fd;

	/* make the missing components one by one; each prefix is resolved
	 * from the root again, so a symlink among them stays inside it */
	int links = 0;
restart:
	for (size_t end = 0;; end++) {
		char c = buf[end];
		if (c != '/' && c != '\0')
			continue;
		if (end == 0 || buf[end - 1] == '/') {
			if (!c)
				break;
			continue;
		}
		buf[end] = '\0';
		fd = openat2_in_root(rootfd, buf);
		if (fd >= 0) {
			close(fd);
		} else if (errno == ENOENT) {
			char *slash = strrchr(buf, '/');
			const char *name = slash ? slash + 1 : buf;
			if (slash)
				*slash = '\0';
			int dirfd = openat2_in_root(rootfd, slash ? buf : "");
			if (slash)
				*slash = '/';
			if (dirfd < 0)
				return -1;
			char target[PATH_MAX];
			ssize_t tlen = readlinkat(dirfd, name, target, sizeof target - 1);
			if (tlen >= 0) {
				/* a dangling symlink: make what it points at, in the root */
				close(dirfd);
				target[tlen] = '\0';
				if (++links > 40) {
					errno = ELOOP;
					return -1;
				}
				if (splice_link(buf, sizeof buf, slash, target,
				                c ? buf + end + 1 : "") < 0)
					return -1;
				goto restart;
			}
			int kind = !c && create == 'f' ? 'f' : 'd';
			struct stat parent;
			int r = fstatat(dirfd, "", &parent, AT_EMPTY_PATH);
			if (r < 0) {
				/* nothing to do */
			} else if (kind == 'd') {
				r = mkdirat(dirfd, name, 0755);
			} else {
				r = openat(dirfd, name,
				           O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
				           0644);
				if (r >= 0)
					r = close(r);
			}
			int e = errno;
			close(dirfd);
			if (r < 0) {
				errno = e;
				return -1;
			}
			if (created)
				created(ud, buf, kind,
				        (const struct timespec[2]){parent.st_atim, parent.st_mtim});
		} else {
			return -1;
		}
		buf[end] = c;
		if (!c)
			break;
	}
	return openat2_in_root(rootfd, buf);
}

void sbx_created_note(void *ud, const char *path, int kind, const struct timespec parent_times[2])
{
	struct sbx_created *cr = ud;
	cr->v = xrealloc(cr->v, (cr->n + 1) * sizeof(*cr->v));
	cr->v[cr->n++] = (struct sbx_created_entry){
	        .path = xstrdup(path),
	        .kind = kind,
	        .parent_times = {parent_times[0], parent_times[1]},
	};
}

/* Put a directory's times back after removing what we made in it, so that a
 * layer made from an overlay upper dir sees it unchanged (BuildKit's mount
 * stub cleaner does the same). */
static void restore_times(int dirfd, const struct timespec times[2])
{
	int d = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (d >= 0) {
		futimens(d, times);
		close(d);
	}
}

int sbx_created_remove(struct sbx_created *cr, int rootfd, int only_kind, const char **failed)
{
	int first = 0;
	for (size_t i = cr->n; i-- > 0;) {
		struct sbx_created_entry *c = &cr->v[i];
		if (only_kind && c->kind != only_kind)
			continue;
		char *slash = strrchr(c->path, '/');
		const char *name = slash ? slash + 1 : c->path;
		if (slash)
			*slash = '\0';
		int dirfd = sbx_root_open(rootfd, slash ? c->path : "", 0, NULL, NULL);
		if (slash)
			*slash = '/';
		int r = dirfd < 0 ? -1 : unlinkat(dirfd, name, c->kind == 'd' ? AT_REMOVEDIR : 0);
		int e = errno;
		if (r == 0)
			restore_times(dirfd, c->parent_times);
		if (dirfd >= 0)
			close(dirfd);
		if (r < 0 && e != ENOENT && e != ENOTEMPTY && e != EEXIST && !first) {
			first = e;
			*failed = c->path;
		}
	}
	return first;
}

void sbx_created_release(struct sbx_created *cr)
{
	for (size_t i = 0; i < cr->n; i++)
		free(cr->v[i].path);
	free(cr->v);
	*cr = (struct sbx_created){0};
}
