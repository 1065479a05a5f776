/* strata: paths inside a root, and the users of a root (see copy.h).
 *
 * Every lookup of a path inside a root is openat2(RESOLVE_IN_ROOT), so the
 * kernel resolves symlinks and ".." as if the root were "/"; everything else
 * works on directory fds and single names. No code here joins a root's host
 * path with a path from inside it. copy.c and unpack.c build on these. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "copy_private.h"
#include "strata/copy.h"
#include "strata/error.h"
#include "util.h"

/* Symlinks followed while resolving one path by hand (the kernel's limit). */
#define ROOT_MAX_LINKS 40

/* --- paths inside a root ------------------------------------------------- */

int root_code(int e)
{
	return e == ENOENT ? STRATA_ENOENT : e == EXDEV ? STRATA_ESECURITY : STRATA_EIO;
}

/* openat2 with path resolved as if rootfd were "/". -1 and errno on failure. */
int root_open(int rootfd, const char *path, int flags, mode_t mode)
{
	struct open_how how = {
	        .flags = (uint64_t)(flags | O_CLOEXEC),
	        .mode = (flags & (O_CREAT | O_TMPFILE)) ? mode : 0,
	        .resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS,
	};
	if (!*path)
		path = ".";
	for (int tries = 0;; tries++) {
		long fd = syscall(SYS_openat2, rootfd, path, &how, sizeof how);
		if (fd >= 0)
			return (int)fd;
		/* EAGAIN: a rename raced with a ".." walk; the kernel asks to retry */
		if ((errno != EAGAIN || tries > 64) && errno != EINTR)
			return -1;
	}
}

int root_fd(const char *root, int *fd, struct strata_error **err)
{
	*fd = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (*fd < 0)
		return strata_error_set(err, root_code(errno), errno, "open root '%s'", root);
	return 0;
}

/* mkdir -p inside root. Missing dirs get mode and, when uid or gid is not -1,
 * that owner; a dangling symlink on the way is followed (inside root) and its
 * target created, like a chrooted mkdir -p. *out (may be NULL) receives an
 * O_PATH fd on the last directory. */
int root_mkdirs(int rootfd, const char *path, mode_t mode, uid_t uid, gid_t gid, int *out,
                struct strata_error **err)
{
	AUTOFREE char *done = xstrdup(""); /* the prefix known to be a dir */
	AUTOFREE char *todo = xstrdup(path);
	AUTOCLOSE int cur = fcntl(rootfd, F_DUPFD_CLOEXEC, 0);
	int links = 0;
	const char *rest = todo;
	if (cur < 0)
		return strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", path);
	for (;;) {
		rest += strspn(rest, "/");
		if (!*rest)
			break;
		size_t len = strcspn(rest, "/");
		AUTOFREE char *name = xstrndup(rest, len);
		rest += len;
		AUTOFREE char *next = xasprintf("%s/%s", done, name);
		int fd = root_open(rootfd, next, O_PATH | O_DIRECTORY, 0);
		if (fd < 0 && errno == ENOENT) {
			char target[PATH_MAX];
			ssize_t n = readlinkat(cur, name, target, sizeof target - 1);
			if (n >= 0) {
				/* dangling symlink: carry on from its target */
				if (++links > ROOT_MAX_LINKS)
					return strata_error_set(err, STRATA_EIO, ELOOP,
					                        "mkdir '%s'", path);
				target[n] = '\0';
				char *t = xasprintf("%s/%s", target, rest);
				free(todo);
				todo = t;
				rest = todo;
				if (target[0] == '/') {
					free(done);
					done = xstrdup("");
					close(cur);
					cur = fcntl(rootfd, F_DUPFD_CLOEXEC, 0);
				}
				continue;
			}
			if (mkdirat(cur, name, 0700) == 0) {
				/* exact mode, not mode & ~umask; owner first */
				if ((uid != (uid_t)-1 || gid != (gid_t)-1) &&
				    fchownat(cur, name, uid, gid, AT_SYMLINK_NOFOLLOW) < 0)
					return strata_error_set(err, STRATA_EIO, errno,
					                        "chown '%s'", next);
				if (fchmodat(cur, name, mode & 07777, 0) < 0)
					return strata_error_set(err, STRATA_EIO, errno,
					                        "chmod '%s'", next);
			} else if (errno != EEXIST) {
				return strata_error_set(err, root_code(errno), errno, "mkdir '%s'",
				                        next);
			}
			fd = root_open(rootfd, next, O_PATH | O_DIRECTORY, 0);
		}
		if (fd < 0)
			return strata_error_set(err, root_code(errno), errno, "mkdir '%s'", next);
		close(cur);
		cur = fd;
		free(done);
		done = steal_pointer(&next);
	}
	if (out)
		*out = steal_fd(&cur);
	return 0;
}

/* Resolve path's parent inside root (created as by root_mkdirs) and follow
 * its last component while it is a symlink, as the kernel would in a chroot.
 * *dirfd (O_PATH) and *name are where that last component lives; *name is
 * "." when the path ends at a directory with no name of its own ("/", ".."). */
int root_resolve_leaf(int rootfd, const char *path, mode_t mode, uid_t uid, gid_t gid, int *dirfd,
                      char **name, struct strata_error **err)
{
	AUTOFREE char *p = xstrdup(path);
	for (int links = 0;; links++) {
		size_t n = strlen(p);
		while (n > 1 && p[n - 1] == '/')
			p[--n] = '\0';
		char *slash = strrchr(p, '/');
		const char *base = slash ? slash + 1 : p;
		if (!*base || !strcmp(base, ".") || !strcmp(base, "..")) {
			*name = xstrdup(".");
			return root_mkdirs(rootfd, p, mode, uid, gid, dirfd, err);
		}
		AUTOFREE char *dir = slash ? xstrndup(p, (size_t)(slash - p) + 1) : xstrdup("");
		AUTOCLOSE int dfd = -1;
		int r = root_mkdirs(rootfd, dir, mode, uid, gid, &dfd, err);
		if (r < 0)
			return r;
		char target[PATH_MAX];
		ssize_t tn = readlinkat(dfd, base, target, sizeof target - 1);
		if (tn < 0) {
			*name = xstrdup(base);
			*dirfd = steal_fd(&dfd);
			return 0;
		}
		if (links >= ROOT_MAX_LINKS)
			return strata_error_set(err, STRATA_EIO, ELOOP, "resolve '%s'", path);
		target[tn] = '\0';
		/* a relative target is resolved from the link's own directory,
		 * which the kernel finds again from dir, symlinks and all */
		char *np = target[0] == '/' ? xstrdup(target) : xasprintf("%s%s", dir, target);
		free(p);
		p = np;
	}
}

int strata_open_in_root(const char *root, const char *path, int flags, int *fd,
                        struct strata_error **err)
{
	AUTOCLOSE int rootfd = -1;
	int r = root_fd(root, &rootfd, err);
	if (r < 0)
		return r;
	*fd = root_open(rootfd, path, flags, 0666);
	if (*fd < 0)
		return strata_error_set(err, root_code(errno), errno, "open '%s'", path);
	return 0;
}

int strata_mkdir_in_root(const char *root, const char *path, mode_t mode, uid_t uid, gid_t gid,
                         struct strata_error **err)
{
	AUTOCLOSE int rootfd = -1;
	int r = root_fd(root, &rootfd, err);
	if (r < 0)
		return r;
	return root_mkdirs(rootfd, path, mode, uid, gid, NULL, err);
}

/* --- users and groups ---------------------------------------------------- */

/* A decimal id: all digits, below (uid_t)-1. */
static int parse_id(const char *s, unsigned long *out)
{
	if (!*s || strspn(s, "0123456789") != strlen(s) || strlen(s) > 10)
		return 0;
	*out = strtoul(s, NULL, 10);
	return *out < UINT32_MAX;
}

/* A file of root's /etc as a string, or NULL when it does not exist. */
static int read_etc(int rootfd, const char *path, char **out, struct strata_error **err)
{
	*out = NULL;
	AUTOCLOSE int fd = root_open(rootfd, path, O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
	struct stat st;
	if (fd < 0 && errno == ENOENT)
		return 0;
	if (fd < 0 || fstat(fd, &st) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "open '%s'", path);
	if (!S_ISREG(st.st_mode))
		return strata_error_set(err, STRATA_EIO, EINVAL, "read '%s'", path);
	if (util_read_fd(fd, out, NULL) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read '%s'", path);
	return 0;
}

/* Walk the colon-separated records of a passwd or group file: f[] receives
 * up to nf fields of each line in turn (NULL past the line's last), skipping
 * lines with fewer than need; returns the next line or NULL. */
static char *etc_next_min(char *line, char **f, size_t nf, size_t need)
{
	while (line && *line) {
		char *end = strchr(line, '\n');
		if (end)
			*end++ = '\0';
		size_t i = 0;
		for (char *s = line; i < nf; i++) {
			f[i] = s;
			s = s ? strchr(s, ':') : NULL;
			if (s)
				*s++ = '\0';
		}
		if (line[0] != '#' && f[need - 1])
			return end ? end : line + strlen(line);
		line = end;
	}
	return NULL;
}

static char *etc_next(char *line, char **f, size_t nf)
{
	return etc_next_min(line, f, nf, nf);
}

/* First passwd entry named name, else (when numeric) with that uid. */
static int passwd_find(const char *passwd, const char *name, int numeric, unsigned long id,
                       uid_t *uid, gid_t *gid, char **found_name)
{
	for (int pass = 0; pass < 1 + numeric && passwd; pass++) {
		AUTOFREE char *buf = xstrdup(passwd);
		char *f[4];
		unsigned long u, g;
		for (char *l = buf; (l = etc_next(l, f, 4));) {
			if (!parse_id(f[2], &u) || !parse_id(f[3], &g))
				continue;
			if (pass == 0 ? strcmp(f[0], name) != 0 : u != id)
				continue;
			*uid = (uid_t)u;
			*gid = (gid_t)g;
			*found_name = xstrdup(f[0]);
			return 1;
		}
	}
	return 0;
}

/* A group by name, else by number when numeric. */
static int group_find(const char *group, const char *name, gid_t *gid)
{
	unsigned long id, g;
	int numeric = parse_id(name, &id);
	AUTOFREE char *buf = xstrdup(group ? group : "");
	char *f[4];
	for (char *l = buf; (l = etc_next(l, f, 4));) {
		if (strcmp(f[0], name) == 0 && parse_id(f[2], &g)) {
			*gid = (gid_t)g;
			return 1;
		}
	}
	if (numeric)
		*gid = (gid_t)id;
	return numeric;
}

/* Every group listing user as a member. */
static void group_members(const char *group, const char *user, gid_t **out, size_t *n)
{
	AUTOFREE char *buf = xstrdup(group ? group : "");
	char *f[4];
	unsigned long g;
	*out = NULL;
	*n = 0;
	for (char *l = buf; user && (l = etc_next(l, f, 4));) {
		if (!parse_id(f[2], &g))
			continue;
		for (char *m = f[3], *save = NULL; (m = strtok_r(m, ",", &save)); m = NULL) {
			if (strcmp(m, user) != 0)
				continue;
			*out = xrealloc(*out, (*n + 1) * sizeof(**out));
			(*out)[(*n)++] = (gid_t)g;
			break;
		}
	}
}

int root_user_resolve(int rootfd, const char *spec, uid_t *uid, gid_t *gid, gid_t **groups,
                      size_t *ngroups, struct strata_error **err)
{
	AUTOFREE char *user = xstrdup(spec ? spec : "");
	char *grp = strchr(user, ':');
	if (grp)
		*grp++ = '\0';
	if (!*user || (grp && (!*grp || strchr(grp, ':'))))
		return strata_error_set(err, STRATA_EINVAL, 0, "invalid user '%s'",
		                        spec ? spec : "");
	AUTOFREE char *passwd = NULL;
	AUTOFREE char *group = NULL;
	int r = read_etc(rootfd, "/etc/passwd", &passwd, err);
	if (r < 0 || (r = read_etc(rootfd, "/etc/group", &group, err)) < 0)
		return r;
	unsigned long id = 0;
	int numeric = parse_id(user, &id);
	AUTOFREE char *name = NULL;
	uid_t u;
	gid_t g = 0;
	if (!passwd_find(passwd, user, numeric, id, &u, &g, &name)) {
		if (!numeric)
			return strata_error_set(err, STRATA_ENOENT, 0, "unknown user '%s'", user);
		u = (uid_t)id; /* a number with no entry: gid 0 (docker) */
	}
	if (grp && !group_find(group, grp, &g))
		return strata_error_set(err, STRATA_ENOENT, 0, "unknown group '%s'", grp);
	*uid = u;
	*gid = g;
	if (groups) {
		/* the groups the user is a member of, only when USER names no
		 * group (runc's GetExecUser, which docker build's RUN gets) */
		size_t n = 0;
		*groups = NULL;
		if (!grp)
			group_members(group, name, groups, &n);
		if (ngroups)
			*ngroups = n;
	}
	return 0;
}

int root_home_env(const char *root, const char *const *env, uid_t uid, char **kv,
                  struct strata_error **err)
{
	*kv = NULL;
	for (size_t i = 0; env && env[i]; i++)
		if (strncmp(env[i], "HOME=", 5) == 0)
			return 0;
	AUTOCLOSE int rootfd = -1;
	AUTOFREE char *passwd = NULL;
	int r = root_fd(root, &rootfd, err);
	if (r < 0 || (r = read_etc(rootfd, "/etc/passwd", &passwd, err)) < 0)
		return r;
	/* runc's rule, which docker's HOME comes from: the first entry with
	 * the uid, whatever its name; "/" without one */
	AUTOFREE char *buf = xstrdup(passwd ? passwd : "");
	char *f[7];
	unsigned long u;
	for (char *l = buf; (l = etc_next_min(l, f, 7, 3));) {
		if (parse_id(f[2], &u) && u == uid) {
			*kv = xasprintf("HOME=%s", f[5] ? f[5] : "");
			return 0;
		}
	}
	*kv = xstrdup("HOME=/");
	return 0;
}

int strata_user_resolve(const char *root, const char *spec, uid_t *uid, gid_t *gid,
                        gid_t **groups_out, size_t *ngroups_out, struct strata_error **err)
{
	AUTOCLOSE int rootfd = -1;
	int r = root_fd(root, &rootfd, err);
	if (r < 0)
		return r;
	return root_user_resolve(rootfd, spec, uid, gid, groups_out, ngroups_out, err);
}
