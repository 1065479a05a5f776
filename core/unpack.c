/* strata: ADD's archive extraction (see strata_copy_opts.unpack in copy.h).
 *
 * An archive is extracted below a destination directory that acts as the
 * root for every entry, as docker's chrooted untar does: entry names are
 * cleaned against that root ("../x" is "x"), each entry's parent is found
 * (and created) with root.c's in-root lookups from the destination's fd,
 * so neither a symlink already there nor one the archive itself made can
 * lead a write outside it; the entry itself is created by name with
 * O_NOFOLLOW/O_EXCL and never written through; whatever is in its place is
 * removed first, a directory with all in it, unless both are directories.
 * libarchive only reads (any compression it knows); nothing here uses
 * archive_write_disk, which works on host paths. */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "copy_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

/* A reader of fd: tar, plain or compressed the ways docker recognises. */
static struct archive *unpack_reader(int fd)
{
	struct archive *a = archive_read_new();
	if (!a)
		abort(); /* out of memory, as in xmalloc */
	archive_read_support_filter_gzip(a);
	archive_read_support_filter_bzip2(a);
	archive_read_support_filter_xz(a);
	archive_read_support_filter_lzma(a);
	archive_read_support_filter_zstd(a);
	archive_read_support_format_tar(a);
	if (archive_read_open_fd(a, fd, 65536) != ARCHIVE_OK) {
		archive_read_free(a);
		return NULL;
	}
	return a;
}

int unpack_is_archive(int fd)
{
	if (lseek(fd, 0, SEEK_SET) < 0)
		return -1;
	struct archive *a = unpack_reader(fd);
	struct archive_entry *e;
	/* a tar with no entry is not an archive to docker either */
	int yes = a && archive_read_next_header(a, &e) == ARCHIVE_OK;
	if (a)
		archive_read_free(a);
	if (lseek(fd, 0, SEEK_SET) < 0)
		return -1;
	return yes;
}

struct unpacker {
	struct archive *a;
	int destfd; /* the destination directory: the entries' root */
	const char *name;
	char **dirs; /* directories made or updated, for their times at the end */
	struct timespec *dir_times;
	size_t ndirs;
};

static int unpack_fail(const struct unpacker *u, const char *rel, const char *what,
                       struct strata_error **err)
{
	int e = errno;
	return strata_error_set(err, root_code(e), e, "unpack '%s': %s '%s'", u->name, what, rel);
}

/* The entry's path below the destination, cleaned as docker's chrooted
 * untar cleans it (filepath.Join with "/"): leading "/" and "./" dropped,
 * "." skipped, ".." taking off the component before it and never climbing
 * above the destination ("../x" is "x"). "" is the destination itself. */
static char *unpack_clean(const char *path)
{
	struct util_buf b = {0};
	for (const char *p = path; *p;) {
		size_t len = strcspn(p, "/");
		if (len == 2 && !strncmp(p, "..", 2)) {
			char *up = b.len ? memrchr(b.data, '/', b.len) : NULL;
			b.len = up ? (size_t)(up - b.data) : 0;
		} else if (len && !(len == 1 && *p == '.')) {
			if (b.len)
				util_buf_add(&b, "/", 1);
			util_buf_add(&b, p, len);
		}
		p += len;
		p += strspn(p, "/");
	}
	util_buf_add(&b, "", 1);
	return steal_pointer(&b.data);
}

/* The archive's owners: docker does not apply ADD --chown to what it
 * extracts either (only to the dest dir it makes). */
static void unpack_owner(struct archive_entry *e, uid_t *uid, gid_t *gid)
{
	*uid = (uid_t)archive_entry_uid(e);
	*gid = (gid_t)archive_entry_gid(e);
}

/* The archive's mode: docker does not apply ADD --chmod to what it
 * extracts (only to an archive copied as a file). */
static mode_t unpack_mode(struct archive_entry *e)
{
	return archive_entry_perm(e) & 07777;
}

/* Owner, xattrs (but trusted.*), then mode, on an open file or directory:
 * chown clears setuid bits, so it goes first. */
static int unpack_meta_fd(const struct unpacker *u, struct archive_entry *e, int fd,
                          const char *rel, struct strata_error **err)
{
	uid_t uid;
	gid_t gid;
	unpack_owner(e, &uid, &gid);
	if (fchown(fd, uid, gid) < 0)
		return unpack_fail(u, rel, "chown", err);
	const char *name;
	const void *val;
	size_t len;
	archive_entry_xattr_reset(e);
	while (archive_entry_xattr_next(e, &name, &val, &len) == ARCHIVE_OK) {
		if (!strncmp(name, "trusted.", 8))
			continue;
		if (fsetxattr(fd, name, val, len, 0) < 0 && errno != ENOTSUP)
			return unpack_fail(u, rel, "set xattrs on", err);
	}
	if (fchmod(fd, unpack_mode(e)) < 0)
		return unpack_fail(u, rel, "chmod", err);
	return 0;
}

static void unpack_times(struct archive_entry *e, struct timespec ts[2])
{
	ts[0].tv_sec = ts[1].tv_sec = archive_entry_mtime(e);
	ts[0].tv_nsec = ts[1].tv_nsec = archive_entry_mtime_nsec(e);
}

static int unpack_dir(struct unpacker *u, struct archive_entry *e, int parent, const char *base,
                      const char *rel, struct strata_error **err)
{
	if (mkdirat(parent, base, 0700) < 0 && errno != EEXIST)
		return unpack_fail(u, rel, "mkdir", err);
	AUTOCLOSE int fd = openat(parent, base, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return unpack_fail(u, rel, "open", err);
	int r = unpack_meta_fd(u, e, fd, rel, err);
	if (r < 0)
		return r;
	/* later entries change its mtime: set it once they are written */
	u->dirs = xrealloc(u->dirs, (u->ndirs + 1) * sizeof(*u->dirs));
	u->dir_times = xrealloc(u->dir_times, (u->ndirs + 1) * sizeof(*u->dir_times) * 2);
	u->dirs[u->ndirs] = xstrdup(rel);
	unpack_times(e, &u->dir_times[2 * u->ndirs]);
	u->ndirs++;
	return 0;
}

static int unpack_file(struct unpacker *u, struct archive_entry *e, int parent, const char *base,
                       const char *rel, struct strata_error **err)
{
	AUTOCLOSE int fd =
	        openat(parent, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return unpack_fail(u, rel, "create", err);
	if (archive_entry_size(e) > 0 && archive_read_data_into_fd(u->a, fd) != ARCHIVE_OK)
		return strata_error_set(err, STRATA_EIO, archive_errno(u->a),
		                        "unpack '%s': write '%s': %s", u->name, rel,
		                        archive_error_string(u->a));
	int r = unpack_meta_fd(u, e, fd, rel, err);
	struct timespec ts[2];
	unpack_times(e, ts);
	if (r == 0 && futimens(fd, ts) < 0)
		r = unpack_fail(u, rel, "set times on", err);
	return r;
}

/* A hard link to an entry written before, found inside the destination
 * without following a symlink at its last component. */
static int unpack_hardlink(struct unpacker *u, const char *target, int parent, const char *base,
                           const char *rel, struct strata_error **err)
{
	AUTOFREE char *t = unpack_clean(target);
	if (!*t)
		return strata_error_set(err, STRATA_ESECURITY, 0,
		                        "unpack '%s': entry '%s' links to the destination itself",
		                        u->name, rel);
	char *slash = strrchr(t, '/');
	const char *tbase = t;
	AUTOCLOSE int dir = -1;
	if (slash) {
		*slash = '\0';
		tbase = slash + 1;
		dir = root_open(u->destfd, t, O_PATH | O_DIRECTORY, 0);
	} else {
		dir = fcntl(u->destfd, F_DUPFD_CLOEXEC, 0);
	}
	if (dir < 0 || linkat(dir, tbase, parent, base, 0) < 0)
		return unpack_fail(u, rel, "link", err);
	return 0;
}

/* Symlinks, devices and fifos: made, owned and timed by name. */
static int unpack_special(struct unpacker *u, struct archive_entry *e, int parent, const char *base,
                          const char *rel, struct strata_error **err)
{
	mode_t type = archive_entry_filetype(e);
	uid_t uid;
	gid_t gid;
	struct timespec ts[2];
	unpack_owner(e, &uid, &gid);
	unpack_times(e, ts);
	if (type == AE_IFLNK) {
		const char *target = archive_entry_symlink(e);
		if (symlinkat(target ? target : "", parent, base) < 0)
			return unpack_fail(u, rel, "create", err);
	} else if (mknodat(parent, base, (type & S_IFMT) | 0600, archive_entry_rdev(e)) < 0) {
		return unpack_fail(u, rel, "create", err);
	}
	if (fchownat(parent, base, uid, gid, AT_SYMLINK_NOFOLLOW) < 0)
		return unpack_fail(u, rel, "chown", err);
	/* just made, so not a symlink: fchmodat cannot be led astray */
	if (type != AE_IFLNK && fchmodat(parent, base, unpack_mode(e), 0) < 0)
		return unpack_fail(u, rel, "chmod", err);
	if (utimensat(parent, base, ts, AT_SYMLINK_NOFOLLOW) < 0)
		return unpack_fail(u, rel, "set times on", err);
	return 0;
}

/* The directory an entry goes in, opened in *out: missing ones made 0755,
 * as docker's untar makes them, but never through a dangling symlink
 * there, where docker's chrooted open fails. */
static int unpack_parent(struct unpacker *u, const char *dir, const char *rel, int *out,
                         struct strata_error **err)
{
	if ((*out = root_open(u->destfd, dir, O_PATH | O_DIRECTORY, 0)) >= 0)
		return 0;
	if (errno != ENOENT)
		return unpack_fail(u, rel, "open", err);
	/* the first prefix that does not resolve: a name with nothing there
	 * is made (with all below it); a symlink there leads nowhere */
	AUTOFREE char *p = xstrdup(dir);
	for (char *end = p;; end++) {
		if (*end && *end != '/')
			continue;
		char c = *end;
		*end = '\0';
		AUTOCLOSE int fd = root_open(u->destfd, p, O_PATH | O_DIRECTORY, 0);
		if (fd < 0) {
			char *slash = strrchr(p, '/');
			if (slash)
				*slash = '\0';
			AUTOCLOSE int up =
			        root_open(u->destfd, slash ? p : "", O_PATH | O_DIRECTORY, 0);
			struct stat st;
			if (up >= 0 &&
			    fstatat(up, slash ? slash + 1 : p, &st, AT_SYMLINK_NOFOLLOW) == 0) {
				errno = ENOENT;
				return unpack_fail(u, rel, "open", err);
			}
			break;
		}
		if (!c)
			break;
		*end = c;
	}
	int r = root_mkdirs(u->destfd, dir, 0755, (uid_t)-1, (gid_t)-1, out, err);
	return r < 0 ? strata_error_wrap(err, "unpack '%s'", u->name) : 0;
}

/* Make way for an entry where something is: docker removes whatever is
 * there (a whole directory included) unless both are directories. 1 when
 * an existing directory is to be merged into. */
static int unpack_make_way(struct unpacker *u, int parent, const char *base, const char *rel,
                           int entry_is_dir, struct strata_error **err)
{
	struct stat old;
	if (fstatat(parent, base, &old, AT_SYMLINK_NOFOLLOW) < 0)
		return errno == ENOENT ? 0 : unpack_fail(u, rel, "stat", err);
	if (S_ISDIR(old.st_mode) && entry_is_dir)
		return 1;
	if (!S_ISDIR(old.st_mode)) {
		if (unlinkat(parent, base, 0) < 0)
			return unpack_fail(u, rel, "replace", err);
		return 0;
	}
	/* the directory by its fd's name, so no path from the archive is
	 * followed on the host */
	AUTOFREE char *path = xasprintf("/proc/self/fd/%d/%s", parent, base);
	int r = strata_rmtree(path, err);
	return r < 0 ? strata_error_wrap(err, "unpack '%s': replace '%s'", u->name, rel) : 0;
}

static int unpack_entry(struct unpacker *u, struct archive_entry *e, struct strata_error **err)
{
	const char *path = archive_entry_pathname(e);
	if (!path) /* libarchive gives none for a damaged header it still reads */
		return strata_error_set(err, STRATA_ECORRUPT, 0,
		                        "unpack '%s': an entry without a name", u->name);
	AUTOFREE char *rel = unpack_clean(path);
	if (!*rel)
		return 0; /* the archive's root: the destination keeps its own */
	char *slash = strrchr(rel, '/');
	AUTOFREE char *dir = slash ? xstrndup(rel, (size_t)(slash - rel)) : xstrdup("");
	const char *base = slash ? slash + 1 : rel;
	AUTOCLOSE int parent = -1;
	int r = unpack_parent(u, dir, rel, &parent, err);
	if (r < 0)
		return r;

	mode_t type = archive_entry_filetype(e);
	const char *hardlink = archive_entry_hardlink(e);
	r = unpack_make_way(u, parent, base, rel, type == AE_IFDIR && !hardlink, err);
	if (r < 0)
		return r;
	if (r == 1)
		return unpack_dir(u, e, parent, base, rel, err);
	if (hardlink)
		return unpack_hardlink(u, hardlink, parent, base, rel, err);
	switch (type) {
	case AE_IFDIR: return unpack_dir(u, e, parent, base, rel, err);
	case AE_IFREG: return unpack_file(u, e, parent, base, rel, err);
	case AE_IFLNK:
	case AE_IFCHR:
	case AE_IFBLK:
	case AE_IFIFO: return unpack_special(u, e, parent, base, rel, err);
	default: return 0; /* sockets and the like: nothing a tar can restore */
	}
}

int unpack_archive(int fd, int destfd, const char *name, struct strata_error **err)
{
	if (lseek(fd, 0, SEEK_SET) < 0)
		return strata_error_set(err, STRATA_EIO, errno, "unpack '%s'", name);
	struct unpacker u = {.destfd = destfd, .name = name};
	u.a = unpack_reader(fd);
	if (!u.a)
		return strata_error_set(err, STRATA_ECORRUPT, 0, "unpack '%s': not an archive",
		                        name);
	int r = 0;
	for (;;) {
		struct archive_entry *e;
		int h = archive_read_next_header(u.a, &e);
		if (h == ARCHIVE_EOF)
			break;
		if (h < ARCHIVE_WARN) {
			r = strata_error_set(err, STRATA_ECORRUPT, 0, "unpack '%s': %s", name,
			                     archive_error_string(u.a));
			break;
		}
		if ((r = unpack_entry(&u, e, err)) < 0)
			break;
	}
	/* directory times last, deepest first, once nothing changes them */
	for (size_t i = u.ndirs; i-- > 0;) {
		if (r == 0) {
			AUTOCLOSE int dfd = root_open(destfd, u.dirs[i],
			                              O_RDONLY | O_DIRECTORY | O_NOFOLLOW, 0);
			if (dfd < 0 || futimens(dfd, &u.dir_times[2 * i]) < 0)
				r = unpack_fail(&u, u.dirs[i], "set times on", err);
		}
		free(u.dirs[i]);
	}
	free(u.dirs);
	free(u.dir_times);
	archive_read_free(u.a);
	return r;
}
