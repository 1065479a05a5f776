/* strata: what copy.c, root.c and unpack.c share (not part of the API). */
#ifndef STRATA_COPY_PRIVATE_H
#define STRATA_COPY_PRIVATE_H

#include <sys/types.h>

#include "strata/copy.h"

/* --- root.c: paths inside a root ----------------------------------------- */

/* The STRATA_E* code for an errno of a lookup inside a root (EXDEV, the
 * kernel refusing to leave the root, is STRATA_ESECURITY). */
int root_code(int e);

/* openat2 with path resolved as if rootfd were "/" (RESOLVE_IN_ROOT, no
 * magic links); "" is the root itself. -1 and errno on failure. */
int root_open(int rootfd, const char *path, int flags, mode_t mode);

/* An O_PATH fd on the directory root (a host path), for the above.
 * Errors: STRATA_ENOENT, STRATA_EIO. */
int root_fd(const char *root, int *fd, struct strata_error **err);

/* mkdir -p path inside root. Missing dirs get mode and, when uid or gid is
 * not -1, that owner; a dangling symlink on the way is followed (inside
 * root) and its target created, like a chrooted mkdir -p. *out (may be
 * NULL) receives an O_PATH fd on the last directory (the caller's). */
int root_mkdirs(int rootfd, const char *path, mode_t mode, uid_t uid, gid_t gid, int *out,
                struct strata_error **err);

/* Resolve path's parent inside root (created as by root_mkdirs) and follow
 * its last component while it is a symlink, as the kernel would in a
 * chroot. *dirfd (O_PATH) and *name (both the caller's) are where that last
 * component lives; *name is "." when the path ends at a directory with no
 * name of its own ("/", ".."). */
int root_resolve_leaf(int rootfd, const char *path, mode_t mode, uid_t uid, gid_t gid, int *dirfd,
                      char **name, struct strata_error **err);

/* strata_user_resolve on an open root. */
int root_user_resolve(int rootfd, const char *spec, uid_t *uid, gid_t *gid, gid_t **groups,
                      size_t *ngroups, struct strata_error **err);

/* --- unpack.c: ADD's archive extraction ----------------------------------- */

struct unpack_opts {
	int chown; /* entries owned uid:gid; else as the archive says */
	uid_t uid;
	gid_t gid;
	int chmod; /* mode for every entry but symlinks, or -1 for the archive's */
};

/* Whether the regular file open as fd is an archive ADD unpacks: a tar,
 * plain or gzip/bzip2/xz/zstd-compressed, with at least one entry (docker's
 * rule; by content, never by name). Reads from the start and rewinds.
 * 1, 0, or -1 with errno set. */
int unpack_is_archive(int fd);

/* Extract the archive open as fd below destfd (an fd on the destination
 * directory), which is the root of every entry: paths and symlinks resolve
 * inside it, missing parents are created 0755, an entry with ".." is refused.
 * An existing file is replaced, an existing directory merged into (taking
 * the entry's metadata); a non-directory over a directory is an error.
 * name names the archive in messages.
 * Errors: STRATA_ESECURITY, STRATA_ECORRUPT (a broken archive), STRATA_EIO. */
int unpack_archive(int fd, int destfd, const char *name, const struct unpack_opts *o,
                   struct strata_error **err);

#endif
