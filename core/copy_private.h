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

#endif
