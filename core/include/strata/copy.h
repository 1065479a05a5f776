/* strata: COPY/ADD semantics between two directory trees.
 *
 * Both the source and the destination are roots: every path is resolved as if
 * the root were "/" (openat2 RESOLVE_IN_ROOT), so a symlink — absolute or with
 * ".." — can never lead outside its root. */
#ifndef STRATA_COPY_H
#define STRATA_COPY_H

#include <sys/types.h>
#include "common.h"

struct strata_statcache;

struct strata_copy_opts {
	/* Source paths relative to src_root, NULL-terminated. Each may hold
	 * glob characters (* ? [..]) matched per path component as Go's
	 * filepath.Match does; a pattern that matches nothing copies nothing
	 * (BuildKit's AllowEmptyWildcard), a missing plain path is an error;
	 * "." or "/" means the whole root. */
	const char *const *sources;
	/* Destination inside dest_root, absolute. With a trailing "/", or when
	 * more than one source is given, or a glob matched several, it names a
	 * directory the sources are copied into (created if missing). A single
	 * directory source has its *contents* copied into dest (Docker rule).
	 * A lone file copied onto an existing directory lands inside it, as in
	 * Docker; symlinks in dest, its last component included, are followed
	 * inside dest_root. */
	const char *dest;
	/* "user[:group]" as BuildKit reads --chown: a number is uid and gid; a
	 * name takes dest_root's /etc/passwd uid and primary gid (0:0 when it
	 * is not there; an error when there is no /etc/passwd); a group, number
	 * or name (from /etc/group; unknown: ignored), sets the gid. NULL: see
	 * keep_owner. Applies to copied entries and to directories the copy
	 * creates. */
	const char *chown;
	/* When chown is NULL: 1 keeps the source's owners (COPY --from a stage),
	 * 0 makes everything 0:0 (COPY from the context). */
	int keep_owner;
	/* Mode for copied files and dirs (COPY --chmod), or -1 to keep. */
	int chmod;
	/* Paths (relative to src_root, moby .dockerignore patterns) never copied,
	 * NULL-terminated, may be NULL. */
	const char *const *excludes;
	/* ADD: a source file that is a tar archive (plain, gzip, bzip2, xz,
	 * zstd — recognised by content, not name — with at least one entry, as
	 * docker decides) is extracted into dest (a directory), honouring the
	 * same path safety as layers; other files are copied as usual. dest is
	 * the root of every entry, as in docker's chrooted untar: symlinks
	 * resolve inside it (a dangling one on an entry's way is an error),
	 * ".." never climbs above it, an entry replaces what is in its place
	 * (a directory merges into a directory). Entries keep the archive's
	 * owners and modes: as docker, chown/chmod apply to a file copied as
	 * it is and to the dest dir made, not to what is extracted. */
	int unpack;
	/* COPY --parents: each matched source keeps its path relative to
	 * src_root (from its first component, or after a "/./" marker in the
	 * pattern, as BuildKit does) below dest; the directories on that path
	 * are copied too (themselves, not their other contents). */
	int parents;
	/* The solver's stat cache for this source root, or NULL: lets
	 * strata_copy_digest skip reading files whose stat is unchanged.
	 * Core-internal (strata itself sets it); appended member. */
	struct strata_statcache *statcache;
};

/* Copy per opts from src_root into dest_root. Regular files, dirs, symlinks
 * (copied as links, targets unchanged), hard links within one copy, fifos and
 * devices; mode bits and mtimes kept; xattrs other than trusted.* kept;
 * sockets skipped. An existing dest file is replaced, an existing dest dir
 * merged into (keeping its own metadata at the top; a dest dir the copy
 * makes for a directory's contents is 0755, owned per chown or by root, as
 * BuildKit makes it); no match at all does nothing; a dir onto a non-dir,
 * or a non-dir onto a dir, is an error, as in Docker. src_root and dest_root
 * must not overlap.
 * Errors: STRATA_ENOENT (a plain source that does not exist, or a chown name
 * with no /etc/passwd or /etc/group to look in: the message names it),
 * STRATA_ESECURITY, STRATA_EINVAL (bad chown), STRATA_EIO (naming the path). */
STRATA_API int strata_copy(const char *src_root, const char *dest_root,
                           const struct strata_copy_opts *opts, struct strata_error **err);

/* The cache key input of a COPY: "sha256:<hex>" over exactly the entries
 * strata_copy() would copy from src_root with these opts (same selection:
 * globs, excludes, symlinked sources), in a fixed order, each framed
 * unambiguously as: its path relative to the destination ("." for dest
 * itself, so one file renamed to dest is "."), its type, its mode after
 * chmod, its owner (the chown spec string when chown is set; the source's
 * uid:gid with keep_owner; else "0:0"), then the size and sha256 of a file's
 * bytes, a symlink's target, a device's numbers, a hard link's first path,
 * and the xattrs strata_copy() keeps. Never mtimes, inode numbers or host
 * paths: the same tree anywhere, on any host, gives the same digest. What
 * dest_root holds (and so whether a lone file lands inside an existing
 * directory) is not part of it: the caller keys on the parent state.
 * Errors: as strata_copy() for the source side (STRATA_ENOENT naming a plain
 * source that does not exist, STRATA_EINVAL, STRATA_EIO). Thread: safe. */
STRATA_API int strata_copy_digest(const char *src_root, const struct strata_copy_opts *opts,
                                  char digest_out[STRATA_DIGEST_LEN], struct strata_error **err);

/* Resolve "user[:group]" inside root: names from root's /etc/passwd and
 * /etc/group, numbers as they are. A user without a group takes the user's
 * primary gid (0 for a bare number not in passwd). groups_out (may be NULL)
 * receives the user's supplementary gids from /etc/group.
 * Ownership: *groups_out is the caller's (free()).
 * Errors: STRATA_ENOENT ("unknown user 'bob'"), STRATA_EINVAL. */
STRATA_API int strata_user_resolve(const char *root, const char *spec, uid_t *uid, gid_t *gid,
                                   gid_t **groups_out, size_t *ngroups_out,
                                   struct strata_error **err);

/* Resolve a --chown "user[:group]" inside root as BuildKit's file ops do
 * (COPY/ADD --chown, and WORKDIR's dir for USER), which is not how USER
 * is read for RUN: see strata_copy_opts.chown.
 * Errors: STRATA_ENOENT (a name with no /etc/passwd or /etc/group to look
 * in), STRATA_EIO. */
STRATA_API int strata_chown_resolve(const char *root, const char *spec, uid_t *uid, gid_t *gid,
                                    struct strata_error **err);

/* Open path inside root, the way a process chrooted there would see it (all
 * symlinks resolved within root). flags are open(2) flags.
 * Ownership: *fd is the caller's.
 * Errors: STRATA_ENOENT, STRATA_ESECURITY, STRATA_EIO. */
STRATA_API int strata_open_in_root(const char *root, const char *path, int flags, int *fd,
                                   struct strata_error **err);

/* Create a directory and its missing parents inside root (mkdir -p, symlinks
 * resolved in root), owned by uid:gid when they are not (uid_t)-1, with mode.
 * Existing dirs are left as they are. Errors: STRATA_EIO, STRATA_ESECURITY. */
STRATA_API int strata_mkdir_in_root(const char *root, const char *path, mode_t mode, uid_t uid,
                                    gid_t gid, struct strata_error **err);

#endif
