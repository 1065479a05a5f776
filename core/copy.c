/* strata: COPY semantics between two roots (see include/strata/copy.h):
 * writing what copywalk.c's walk visits.
 *
 * Every path inside a root is looked up with root.c's openat2
 * (RESOLVE_IN_ROOT); everything else works on directory fds and single names
 * (mkdirat, openat with O_NOFOLLOW, linkat ...). No code here joins a root's
 * host path with a path from inside it. */
#include "strata/copy.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "copy_private.h"
#include "strata/error.h"
#include "util.h"

enum copy_owner { OWNER_ROOT, OWNER_CHOWN, OWNER_KEEP };

struct copy_dir {
	int fd;
	int meta; /* its times are set on leaving (not for a dest that existed) */
};

struct copy_out {
	const struct strata_copy_opts *opts;
	const char *dest;     /* cleaned opts->dest, for messages */
	int rename;           /* dest names the one file copied */
	int top_parent;       /* where depth-0 entries are created */
	const char *top_name; /* what a depth-0 directory is created as */
	int base;             /* the directory dst "." stands for, or -1 */
	enum copy_owner owner;
	uid_t uid;
	gid_t gid;
	struct copy_dir *dirs; /* the destination directories entered */
	size_t ndirs;
	int how; /* copy_data's first way to try: what worked for the last file */
};

/* errno-carrying failure on the destination side, naming the dest path. */
static int out_fail(const struct copy_out *o, const struct copy_entry *e, const char *what,
                    struct strata_error **err)
{
	int e_no = errno;
	AUTOFREE char *path = o->rename || !strcmp(e->dst, ".") ? xstrdup(o->dest)
	                                                        : util_path_join(o->dest, e->dst);
	return strata_error_set(err, root_code(e_no), e_no, "%s '%s'", what, path);
}

static void out_owner(const struct copy_out *o, const struct stat *st, uid_t *uid, gid_t *gid)
{
	*uid = o->owner == OWNER_CHOWN ? o->uid : o->owner == OWNER_KEEP ? st->st_uid : 0;
	*gid = o->owner == OWNER_CHOWN ? o->gid : o->owner == OWNER_KEEP ? st->st_gid : 0;
}

mode_t copy_mode(const struct strata_copy_opts *opts, const struct stat *st)
{
	if (opts->chmod >= 0 && !S_ISLNK(st->st_mode))
		return (mode_t)opts->chmod;
	return st->st_mode & 07777;
}

/* Owner, xattrs, then mode on an open file or dir: chown clears setuid bits
 * and security.capability, so it goes first. */
static int out_meta(const struct copy_out *o, const struct copy_entry *e, int fd,
                    struct strata_error **err)
{
	uid_t uid;
	gid_t gid;
	struct copy_xattr *x = NULL;
	size_t nx = 0;
	out_owner(o, &e->st, &uid, &gid);
	if (fchown(fd, uid, gid) < 0)
		return out_fail(o, e, "chown", err);
	if (copywalk_xattrs_read(e->fd, &x, &nx) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "read xattrs of '%s'", e->src);
	for (size_t i = 0; i < nx; i++) {
		if (fsetxattr(fd, x[i].name, x[i].value, x[i].len, 0) < 0 && errno != ENOTSUP) {
			int r = out_fail(o, e, "set xattrs on", err);
			copywalk_xattrs_free(x, nx);
			return r;
		}
	}
	copywalk_xattrs_free(x, nx);
	if (fchmod(fd, copy_mode(o->opts, &e->st)) < 0)
		return out_fail(o, e, "chmod", err);
	return 0;
}

/* Copy in to out: copy_file_range (reflinks, in-kernel), else sendfile,
 * else read/write; each falls through when the files do not support it,
 * and *how keeps what worked for the next file. In-kernel copies stop at
 * size, the length stat gave (no call just to see the end); a file that
 * says 0 is read to its end, as procfs-like files say 0 and are not. */
static int copy_data(int in, int out, off_t size, int *how)
{
	char buf[65536];
	off_t done = 0;
	for (;;) {
		if (*how < 2 && size > 0 && done >= size)
			return 0;
		ssize_t n;
		if (*how == 0)
			n = copy_file_range(in, NULL, out, NULL, 1 << 30, 0);
		else if (*how == 1)
			n = sendfile(out, in, NULL, 1 << 30);
		else
			n = read(in, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && *how < 2 &&
		    (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP)) {
			(*how)++;
			continue;
		}
		if (n < 0)
			return -1;
		if (n == 0) {
			/* shorter than stat said, or a file that says 0: make sure
			 * with a plain read (this file only) */
			if (*how == 2)
				return 0;
			int plain = 2;
			return copy_data(in, out, 0, &plain);
		}
		if (*how == 2 && util_write_all(out, buf, (size_t)n) < 0)
			return -1;
		done += n;
	}
}

/* linkat to an earlier entry, found below base without following links. */
static int out_hardlink(const struct copy_out *o, const struct copy_entry *e, int parent,
                        const char *name, struct strata_error **err)
{
	const char *slash = strrchr(e->hardlink, '/');
	AUTOCLOSE int dir = -1;
	if (slash) {
		AUTOFREE char *d = xstrndup(e->hardlink, (size_t)(slash - e->hardlink));
		struct open_how how = {.flags = O_PATH | O_DIRECTORY | O_CLOEXEC,
		                       .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS};
		dir = (int)syscall(SYS_openat2, o->base, d, &how, sizeof how);
		if (dir < 0)
			return out_fail(o, e, "link", err);
	}
	if (linkat(slash ? dir : o->base, slash ? slash + 1 : e->hardlink, parent, name, 0) < 0)
		return out_fail(o, e, "link", err);
	return 0;
}

static int out_dir(struct copy_out *o, const struct copy_entry *e, int parent, const char *name,
                   struct strata_error **err)
{
	struct stat old;
	int created = 0;
	if (fstatat(parent, name, &old, AT_SYMLINK_NOFOLLOW) < 0) {
		if (errno != ENOENT || mkdirat(parent, name, 0700) < 0)
			return out_fail(o, e, "mkdir", err);
		created = 1;
	} else if (!S_ISDIR(old.st_mode)) {
		errno = ENOTDIR; /* docker: "cannot copy to non-directory" */
		return out_fail(o, e, "copy directory to", err);
	}
	AUTOCLOSE int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return out_fail(o, e, "open", err);
	/* a destination that existed keeps its metadata; one inside the
	 * copy takes the source's, as docker does; dest made for a
	 * directory's contents is made as BuildKit makes a missing dest
	 * (0755, owned per --chown or root; not --chmod's, not the source's),
	 * with the source's times, for a reproducible layer */
	int meta = created || e->depth > 0;
	int r = 0;
	if (e->depth > 0) {
		r = out_meta(o, e, fd, err);
	} else if (created) {
		uid_t uid = o->owner == OWNER_CHOWN ? o->uid : 0;
		gid_t gid = o->owner == OWNER_CHOWN ? o->gid : 0;
		if (fchown(fd, uid, gid) < 0 || fchmod(fd, 0755) < 0)
			r = out_fail(o, e, "mkdir", err);
	}
	if (r < 0)
		return r;
	if (o->base < 0 && (o->base = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0)
		return out_fail(o, e, "open", err);
	o->dirs = xrealloc(o->dirs, (o->ndirs + 1) * sizeof(*o->dirs));
	o->dirs[o->ndirs++] = (struct copy_dir){steal_fd(&fd), meta};
	return 0;
}

static int out_leave(struct copy_out *o, const struct copy_entry *e, struct strata_error **err)
{
	struct copy_dir d = o->dirs[--o->ndirs];
	struct timespec ts[2] = {e->st.st_atim, e->st.st_mtim};
	int r = d.meta && futimens(d.fd, ts) < 0 ? out_fail(o, e, "set times on", err) : 0;
	close(d.fd);
	return r;
}

static int out_file(struct copy_out *o, const struct copy_entry *e, int parent, const char *name,
                    struct strata_error **err)
{
	struct timespec ts[2] = {e->st.st_atim, e->st.st_mtim};
	AUTOCLOSE int fd =
	        openat(parent, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return out_fail(o, e, "create", err);
	if (copy_data(e->fd, fd, e->st.st_size, &o->how) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "copy '%s'", e->src);
	int r = out_meta(o, e, fd, err);
	if (r == 0 && futimens(fd, ts) < 0)
		r = out_fail(o, e, "set times on", err);
	return r;
}

/* Symlinks, devices and fifos: made by name, owned and timed by name. */
static int out_special(struct copy_out *o, const struct copy_entry *e, int parent, const char *name,
                       struct strata_error **err)
{
	struct timespec ts[2] = {e->st.st_atim, e->st.st_mtim};
	uid_t uid;
	gid_t gid;
	out_owner(o, &e->st, &uid, &gid);
	if (S_ISLNK(e->st.st_mode)
	            ? symlinkat(e->link, parent, name)
	            : mknodat(parent, name, (e->st.st_mode & S_IFMT) | 0600, e->st.st_rdev))
		return out_fail(o, e, "create", err);
	if (fchownat(parent, name, uid, gid, AT_SYMLINK_NOFOLLOW) < 0)
		return out_fail(o, e, "chown", err);
	/* just made, so not a symlink: fchmodat cannot be led astray */
	if (!S_ISLNK(e->st.st_mode) && fchmodat(parent, name, copy_mode(o->opts, &e->st), 0) < 0)
		return out_fail(o, e, "chmod", err);
	if (utimensat(parent, name, ts, AT_SYMLINK_NOFOLLOW) < 0)
		return out_fail(o, e, "set times on", err);
	return 0;
}

static int out_visit(void *ctx, const struct copy_entry *e, int leaving, struct strata_error **err)
{
	struct copy_out *o = ctx;
	if (leaving)
		return out_leave(o, e, err);
	int parent = o->ndirs ? o->dirs[o->ndirs - 1].fd : o->top_parent;
	int isdir = S_ISDIR(e->st.st_mode);
	const char *name = e->depth == 0 && isdir ? o->top_name : e->name;
	if (e->archive) {
		/* dest itself is the archive's root */
		return unpack_archive(e->fd, parent, e->src, err);
	}
	if (isdir)
		return out_dir(o, e, parent, name, err);
	/* an existing file is replaced, never written through; a directory is
	 * not replaced by a file (docker refuses too) */
	struct stat old;
	if (fstatat(parent, name, &old, AT_SYMLINK_NOFOLLOW) == 0) {
		if (S_ISDIR(old.st_mode)) {
			errno = EISDIR;
			return out_fail(o, e, "replace", err);
		}
		if (unlinkat(parent, name, 0) < 0)
			return out_fail(o, e, "replace", err);
	} else if (errno != ENOENT) {
		return out_fail(o, e, "stat", err);
	}
	if (e->hardlink)
		return out_hardlink(o, e, parent, name, err);
	if (S_ISREG(e->st.st_mode))
		return out_file(o, e, parent, name, err);
	return out_special(o, e, parent, name, err);
}

/* Where the walk's depth-0 entries go: into dest, or as dest itself. */
static int out_prepare(struct copy_out *o, const struct copy_plan *plan, int dstfd,
                       const char **file_dst, char **leaf, struct strata_error **err)
{
	/* parents the copy creates: per chown, else root's */
	uid_t uid = o->owner == OWNER_CHOWN ? o->uid : 0;
	gid_t gid = o->owner == OWNER_CHOWN ? o->gid : 0;
	int r;
	*file_dst = NULL;
	if (plan->into) {
		r = root_mkdirs(dstfd, o->dest, 0755, uid, gid, &o->top_parent, err);
		*leaf = xstrdup(".");
	} else {
		r = root_resolve_leaf(dstfd, o->dest, 0755, uid, gid, &o->top_parent, leaf, err);
	}
	if (r < 0)
		return r;
	o->top_name = *leaf;
	struct stat st;
	if (!plan->into && !plan->single_dir) {
		if (fstatat(o->top_parent, *leaf, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISDIR(st.st_mode)) {
			/* a file onto an existing directory lands inside it */
			int d = openat(o->top_parent, *leaf,
			               O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (d < 0)
				return strata_error_set(err, STRATA_EIO, errno, "open '%s'",
				                        o->dest);
			close(o->top_parent);
			o->top_parent = d;
		} else {
			*file_dst = *leaf;
			o->rename = 1;
		}
	}
	if (plan->into || (!plan->single_dir && !o->rename)) {
		o->top_name = ".";
		o->base = fcntl(o->top_parent, F_DUPFD_CLOEXEC, 0);
	}
	return 0;
}

/* A uid or gid as BuildKit's llb.WithUser parses one (a 32-bit decimal);
 * 0 when s is a name. */
static int chown_id(const char *s, uint32_t *id)
{
	if (!*s || strspn(s, "0123456789") != strlen(s) || strlen(s) > 10)
		return 0;
	unsigned long long v = strtoull(s, NULL, 10);
	*id = (uint32_t)v;
	return v <= UINT32_MAX;
}

/* Look spec ("user" or "0:group") up in dest's file (/etc/passwd or
 * /etc/group): 1, or 0 when it is not there. The file must exist: BuildKit
 * fails to open it (and a FROM scratch dest has none). */
static int chown_lookup(int rootfd, const char *spec, const char *file, uid_t *uid, gid_t *gid,
                        struct strata_error **err)
{
	AUTOCLOSE int fd = root_open(rootfd, file, O_RDONLY | O_NONBLOCK | O_NOCTTY, 0);
	if (fd < 0)
		return strata_error_set(err, root_code(errno), errno, "chown to '%s': open '%s'",
		                        strchr(spec, ':') ? strchr(spec, ':') + 1 : spec, file);
	struct strata_error *e = NULL;
	int r = root_user_resolve(rootfd, spec, uid, gid, NULL, NULL, &e);
	/* EINVAL: a group holding ":", which no entry can have */
	if (r == STRATA_ENOENT || r == STRATA_EINVAL) {
		strata_error_free(e);
		return 0;
	}
	if (r < 0) {
		if (err)
			*err = e;
		else
			strata_error_free(e);
		return r;
	}
	return 1;
}

/* --chown's owner as BuildKit's file op reads "user[:group]" (not as USER
 * is read for RUN): a number is the uid and the gid both; a name takes its
 * passwd entry's uid and primary gid, or 0:0 when it has none; "" is uid 0.
 * A group then sets the gid: a number as it is, a name from /etc/group,
 * an unknown one leaving the gid as the user made it. A name with no
 * /etc/passwd (/etc/group) to look in is an error. */
static int copy_chown(int rootfd, const char *spec, uid_t *uid, gid_t *gid,
                      struct strata_error **err)
{
	AUTOFREE char *user = xstrdup(spec);
	char *grp = strchr(user, ':');
	if (grp)
		*grp++ = '\0';
	uint32_t id;
	uid_t u;
	gid_t g;
	*uid = 0;
	*gid = 0;
	int r = 0;
	if (chown_id(user, &id)) {
		*uid = id;
		*gid = id;
	} else if (*user && (r = chown_lookup(rootfd, user, "/etc/passwd", &u, &g, err)) > 0) {
		*uid = u;
		*gid = g;
	}
	if (r < 0 || !grp || !*grp)
		return r < 0 ? r : 0;
	if (chown_id(grp, &id)) {
		*gid = id;
		return 0;
	}
	AUTOFREE char *group = xasprintf("0:%s", grp);
	r = chown_lookup(rootfd, group, "/etc/group", &u, &g, err);
	if (r > 0)
		*gid = g;
	return r < 0 ? r : 0;
}

int strata_chown_resolve(const char *root, const char *spec, uid_t *uid, gid_t *gid,
                         struct strata_error **err)
{
	AUTOCLOSE int rootfd = -1;
	int r = root_fd(root, &rootfd, err);
	return r < 0 ? r : copy_chown(rootfd, spec, uid, gid, err);
}

int strata_copy(const char *src_root, const char *dest_root, const struct strata_copy_opts *opts,
                struct strata_error **err)
{
	struct copy_plan plan;
	struct copy_out o = {.opts = opts, .top_parent = -1, .base = -1};
	AUTOCLOSE int dstfd = -1;
	AUTOFREE char *dest = NULL;
	AUTOFREE char *leaf = NULL;
	const char *file_dst = NULL;
	int r = copywalk_plan_init(&plan, src_root, opts, err);
	if (r < 0 || plan.matches.n == 0) {
		/* wildcards that matched nothing: nothing to do, dest not even
		 * made (as BuildKit) */
		copywalk_plan_release(&plan);
		return r;
	}
	r = root_fd(dest_root, &dstfd, err);
	if (r == 0 && opts->chown) {
		o.owner = OWNER_CHOWN;
		r = copy_chown(dstfd, opts->chown, &o.uid, &o.gid, err);
	} else if (r == 0) {
		o.owner = opts->keep_owner ? OWNER_KEEP : OWNER_ROOT;
	}
	if (r == 0) {
		AUTOFREE char *rel = copywalk_clean(opts->dest);
		o.dest = dest = xasprintf("/%s", strcmp(rel, ".") ? rel : "");
		r = out_prepare(&o, &plan, dstfd, &file_dst, &leaf, err);
	}
	if (r == 0)
		r = copywalk_run(&plan, file_dst, out_visit, &o, 0, err);
	while (o.ndirs)
		close(o.dirs[--o.ndirs].fd);
	free(o.dirs);
	if (o.top_parent >= 0)
		close(o.top_parent);
	if (o.base >= 0)
		close(o.base);
	copywalk_plan_release(&plan);
	return r;
}
