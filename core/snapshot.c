/* strata: overlay snapshots (see snapshot_private.h). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "layer_private.h"
#include "snapshot_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

/* Options that keep the upper dir self-contained (no redirects or metacopy
 * pointing into lowers), so it can become a layer and a lower dir as it is. */
static const char *const overlay_extra = ",redirect_dir=off,metacopy=off,index=off";

/* Whether lowers[i] is also a layer above it. */
static int listed_above(const char *const *lowers, size_t i, size_t nlowers)
{
	for (size_t j = i + 1; j < nlowers; j++)
		if (strcmp(lowers[j], lowers[i]) == 0)
			return 1;
	return 0;
}

int snapshot_mount(struct strata_store *st, const char *const *lowers, size_t nlowers, int writable,
                   struct snapshot *snap, struct strata_error **err)
{
	memset(snap, 0, sizeof(*snap));
	int r = strata_store_mkdtemp(st, "snap", &snap->dir, err);
	if (r < 0)
		return r;
	AUTOFREE char *empty = util_path_join(snap->dir, "empty");
	AUTOFREE char *work = util_path_join(snap->dir, "work");
	snap->merged = util_path_join(snap->dir, "merged");
	if (writable)
		snap->upper = util_path_join(snap->dir, "upper");
	const char *dirs[] = {empty, work, snap->merged, snap->upper};
	for (size_t i = 0; i < 4; i++) {
		if (dirs[i] && mkdir(dirs[i], 0755) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", dirs[i]);
	}
	/* overlay lists the topmost lower first; an empty dir at the bottom
	 * means there is always one (a read-only mount needs two). An image may
	 * hold the same layer twice (two steps that changed the same things the
	 * same way), but overlay refuses a dir listed twice (ELOOP): only its
	 * topmost occurrence counts, as a lower under an identical one adds
	 * nothing the upper one does not hide. */
	struct util_buf opt = {0};
	util_buf_addstr(&opt, "lowerdir=");
	for (size_t i = nlowers; i > 0; i--) {
		if (listed_above(lowers, i - 1, nlowers))
			continue;
		util_buf_addstr(&opt, lowers[i - 1]);
		util_buf_addstr(&opt, ":");
	}
	util_buf_addstr(&opt, empty);
	if (writable)
		util_buf_printf(&opt, ",upperdir=%s,workdir=%s", snap->upper, work);
	size_t base = opt.len;
	util_buf_addstr(&opt, overlay_extra);
	int flags = writable ? 0 : MS_RDONLY;
	if (mount("overlay", snap->merged, "overlay", (unsigned long)flags, opt.data) < 0) {
		/* an older kernel may not know an option: plain overlay still works */
		opt.data[base] = '\0';
		if (mount("overlay", snap->merged, "overlay", (unsigned long)flags, opt.data) < 0) {
			int e = errno;
			util_buf_release(&opt);
			return strata_error_set(
			        err, STRATA_EIO, e, "mount overlay at '%s' (%zu layers)%s",
			        snap->merged, nlowers,
			        e == EINVAL ? " (too many layers for the mount options?)" : "");
		}
	}
	util_buf_release(&opt);
	snap->mounted = 1;
	return 0;
}

int snapshot_unmount(struct snapshot *snap, struct strata_error **err)
{
	if (!snap->mounted)
		return 0;
	if (umount2(snap->merged, 0) < 0) {
		/* something still holds it open (a stray process): detach */
		if (umount2(snap->merged, MNT_DETACH) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "unmount '%s'",
			                        snap->merged);
	}
	snap->mounted = 0;
	return 0;
}

char *snapshot_take_upper(struct snapshot *snap)
{
	if (!snap->upper)
		return NULL;
	/* move it out of the snapshot dir so removing that does not touch it */
	AUTOFREE char *moved = xasprintf("%s.upper", snap->dir);
	if (rename(snap->upper, moved) < 0)
		return NULL;
	free(snap->upper);
	snap->upper = NULL;
	return steal_pointer(&moved);
}

void snapshot_release(struct snapshot *snap)
{
	if (snap->mounted)
		snapshot_unmount(snap, NULL);
	if (snap->dir && !snap->mounted)
		strata_rmtree(snap->dir, NULL);
	free(snap->dir);
	free(snap->upper);
	free(snap->merged);
	memset(snap, 0, sizeof(*snap));
}

/* --- leaving out what did not change ---------------------------------------
 * containerd's differ (continuity's fs.Changes, which BuildKit's layers come
 * from) walks the lower and the upper tree side by side and writes only what
 * differs. Same rules here, applied to the upper dir before it becomes a
 * layer: an entry is unchanged when it has the lower's type, mode, owner,
 * device number and kept xattrs and, if not a directory, its size, mtime and
 * content (a symlink's target). The content is only read when both mtimes
 * have no sub-second part (a copy that may have truncated them); otherwise
 * equal nanoseconds mean equal files. A directory's times do not count: one
 * that is unchanged and holds nothing changed is left out. */

/* The kept xattrs of path (layer_xattr_keep), "name\0value-length:value"
 * in list order; NULL with errno set on failure. */
static char *kept_xattrs(const char *path, size_t *len)
{
	struct util_buf b = {0};
	util_buf_add(&b, "", 0);
	ssize_t n = llistxattr(path, NULL, 0);
	if (n < 0 && (errno == ENOTSUP || errno == EOPNOTSUPP)) {
		*len = 0;
		return b.data;
	}
	AUTOFREE char *names = n > 0 ? xmalloc((size_t)n) : NULL;
	if (n < 0 || (n > 0 && (n = llistxattr(path, names, (size_t)n)) < 0)) {
		util_buf_release(&b);
		return NULL;
	}
	for (char *name = names; name && name < names + n; name += strlen(name) + 1) {
		if (!layer_xattr_keep(name))
			continue;
		char val[4096];
		ssize_t vn = lgetxattr(path, name, val, sizeof val);
		if (vn < 0) {
			util_buf_release(&b);
			return NULL;
		}
		util_buf_add(&b, name, strlen(name) + 1);
		util_buf_printf(&b, "%zd:", vn);
		util_buf_add(&b, val, (size_t)vn);
	}
	*len = b.len;
	return b.data;
}

/* 1 when the files at a and b hold the same bytes, 0 when not, -1 (errno). */
static int same_content(const char *a, const char *b)
{
	AUTOCLOSE int fa = open(a, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	AUTOCLOSE int fb = open(b, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fa < 0 || fb < 0)
		return -1;
	char ba[65536], bb[65536];
	for (;;) {
		ssize_t na = read(fa, ba, sizeof ba);
		if (na < 0 && errno == EINTR)
			continue;
		if (na < 0)
			return -1;
		size_t got = 0;
		while (got < (size_t)na) {
			ssize_t nb = read(fb, bb + got, (size_t)na - got);
			if (nb < 0 && errno == EINTR)
				continue;
			if (nb <= 0)
				return nb < 0 ? -1 : 0;
			got += (size_t)nb;
		}
		if (memcmp(ba, bb, (size_t)na) != 0)
			return 0;
		if (na == 0)
			return read(fb, bb, 1) == 0;
	}
}

/* 1 when upper's entry u (at upath) is the lower's l (at lpath) unchanged,
 * as far as its own metadata and content go; 0 when not; -1 (errno). */
static int same_entry(const char *upath, const struct stat *u, const char *lpath,
                      const struct stat *l)
{
	if (u->st_mode != l->st_mode || u->st_uid != l->st_uid || u->st_gid != l->st_gid ||
	    u->st_rdev != l->st_rdev)
		return 0;
	size_t ulen = 0, llen = 0;
	AUTOFREE char *ux = kept_xattrs(upath, &ulen);
	AUTOFREE char *lx = ux ? kept_xattrs(lpath, &llen) : NULL;
	if (!ux || !lx)
		return -1;
	if (ulen != llen || memcmp(ux, lx, ulen) != 0)
		return 0;
	if (S_ISDIR(u->st_mode))
		return 1;
	if (u->st_size != l->st_size || u->st_mtim.tv_sec != l->st_mtim.tv_sec)
		return 0;
	if (u->st_mtim.tv_nsec != 0 || l->st_mtim.tv_nsec != 0)
		return u->st_mtim.tv_nsec == l->st_mtim.tv_nsec;
	if (S_ISLNK(u->st_mode)) {
		char ut[4096], lt[4096];
		ssize_t un = readlink(upath, ut, sizeof ut), ln = readlink(lpath, lt, sizeof lt);
		if (un < 0 || ln < 0)
			return -1;
		return un == ln && memcmp(ut, lt, (size_t)un) == 0;
	}
	if (!S_ISREG(u->st_mode) || u->st_size == 0)
		return 1;
	return same_content(upath, lpath);
}

/* An overlay opaque dir: its content replaces the lower's. */
static int is_opaque(const char *path)
{
	char v[4];
	ssize_t n = lgetxattr(path, OPAQUE_XATTR, v, sizeof v);
	return n == 1 && v[0] == 'y';
}

/* Prune the upper dir udir against the lower dir ldir; *empty is set when
 * nothing is left in udir. */
static int prune_dir(const char *udir, const char *ldir, int *empty, struct strata_error **err)
{
	DIR *d = opendir(udir);
	if (!d)
		return strata_error_set(err, STRATA_EIO, errno, "open '%s'", udir);
	int r = 0, left = 0;
	for (struct dirent *de; r == 0 && (errno = 0, de = readdir(d));) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		AUTOFREE char *up = util_path_join(udir, de->d_name);
		AUTOFREE char *lp = util_path_join(ldir, de->d_name);
		struct stat us, ls;
		if (lstat(up, &us) < 0) {
			r = strata_error_set(err, STRATA_EIO, errno, "stat '%s'", up);
			break;
		}
		int whiteout = S_ISCHR(us.st_mode) && us.st_rdev == 0;
		/* a file with other names in the upper dir was linked by the step
		 * (overlay copies a lower file up to link it): the layer needs it
		 * for the hard link, as docker's has it */
		int linked = !S_ISDIR(us.st_mode) && us.st_nlink > 1;
		if (whiteout || linked || lstat(lp, &ls) < 0 ||
		    (us.st_mode & S_IFMT) != (ls.st_mode & S_IFMT) ||
		    (S_ISDIR(us.st_mode) && is_opaque(up))) {
			left = 1; /* new, deleted, replaced, linked, or a new tree on the old */
			continue;
		}
		int same = same_entry(up, &us, lp, &ls), inner_empty = 1;
		if (same < 0) {
			r = strata_error_set(err, STRATA_EIO, errno, "compare '%s' with '%s'", up,
			                     lp);
			break;
		}
		if (S_ISDIR(us.st_mode))
			r = prune_dir(up, lp, &inner_empty, err);
		if (r == 0 && same && inner_empty) {
			if (unlinkat(AT_FDCWD, up, S_ISDIR(us.st_mode) ? AT_REMOVEDIR : 0) < 0)
				r = strata_error_set(err, STRATA_EIO, errno, "remove '%s'", up);
		} else {
			left = 1;
		}
	}
	if (r == 0 && errno != 0)
		r = strata_error_set(err, STRATA_EIO, errno, "read '%s'", udir);
	closedir(d);
	*empty = !left;
	return r;
}

int snapshot_prune_upper(struct snapshot *snap, const char *lower, struct strata_error **err)
{
	if (snap->mounted)
		return strata_error_set(err, STRATA_EINVAL, 0, "prune '%s': still mounted",
		                        snap->upper);
	int empty;
	return snap->upper ? prune_dir(snap->upper, lower, &empty, err) : 0;
}
