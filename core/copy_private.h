/* strata: what copy.c, copywalk.c, copydigest.c, ignore.c, root.c and unpack.c share
 * (not part of the API). */
#ifndef STRATA_COPY_PRIVATE_H
#define STRATA_COPY_PRIVATE_H

#include <sys/stat.h>
#include <sys/types.h>

#include "strata/copy.h"

/* --- copywalk.c: what a COPY selects, and the walk copy and digest share -- */

struct strata_ignore;

struct copy_strv {
	char **v; /* NULL-terminated once anything was added */
	size_t n, cap;
};

/* What a copy would do, worked out from the source root and opts alone. */
struct copy_plan {
	int srcfd;
	struct strata_ignore *ig;
	struct copy_strv matches;
	/* per match: --parents keeps its path below this prefix ("" for the
	 * root); unpack: it is an archive to extract */
	char **pivots;
	int *archives;
	int into;       /* dest names a directory the sources go into */
	int single_dir; /* !into: the one match is a directory */
};

/* A source or dest as Docker reads it: relative to the root, never above it
 * ("." for the root itself).
 * Ownership: the result is the caller's. */
char *copywalk_clean(const char *src);

/* Work out opts' plan against the root src_root: expand the sources (globs,
 * excludes, --parents pivots), find the archives to unpack, decide whether
 * dest is a directory. On failure *p is still released by
 * copywalk_plan_release.
 * Errors: STRATA_EINVAL (bad opts), STRATA_ENOENT (a source matches
 * nothing), STRATA_ESECURITY, STRATA_EIO. */
int copywalk_plan_init(struct copy_plan *p, const char *src_root,
                       const struct strata_copy_opts *opts, struct strata_error **err);
void copywalk_plan_release(struct copy_plan *p);

struct copy_entry {
	const char *src;      /* relative to the source root */
	const char *dst;      /* relative to the destination: "." is dest itself */
	const char *name;     /* dst's last component */
	int depth;            /* 0 for a matched source itself */
	struct stat st;       /* lstat, except a source itself is followed */
	int fd;               /* regular files and dirs: open for reading; else -1 */
	const char *link;     /* symlinks: the target, unchanged */
	const char *hardlink; /* dst of an earlier entry on the same inode */
	int archive;          /* a source to extract into dest (unpack) */
	int dirfd;            /* lazy walk: a regular file's directory (fd is -1) */
};

/* Called for each entry in walk order; for a directory a second time, with
 * leaving set, after everything inside it. */
typedef int (*copy_visit_fn)(void *ctx, const struct copy_entry *e, int leaving,
                             struct strata_error **err);

/* Walk what plan selects, in the same order on every host, calling visit
 * for each entry. A non-directory match is named file_dst (NULL: its own
 * last component). lazy leaves regular files closed (e->fd -1, e->dirfd
 * set) for a visitor that opens only what it must.
 * Errors: the visitor's, or STRATA_EIO, STRATA_ESECURITY, STRATA_ENOENT,
 * STRATA_EUNSUPPORTED (a socket named as a source). */
int copywalk_run(const struct copy_plan *plan, const char *file_dst, copy_visit_fn visit, void *ctx,
                 int lazy, struct strata_error **err);

/* How copywalk_run_split hands out a directory match's children. */
struct copy_split {
	int threads;
	/* Before a directory's children are walked in n parts (its own entry
	 * has been visited with ctx). */
	void (*parts_begin)(void *ctx, size_t n);
	/* The visitor context for part k: each part is visited in walk order,
	 * parts concurrently. Thread: called from the workers. */
	void *(*part_ctx)(void *ctx, size_t k);
	/* All n parts walked (ok: none failed); the directory's leaving visit
	 * follows with ctx. */
	void (*parts_end)(void *ctx, size_t n, int ok);
};

/* copywalk_run, lazy, with each directory match's children walked by
 * split->threads workers in parts. Hard links are not looked for (no
 * entry's hardlink is set): a visitor that needs them walks whole.
 * Errors: as copywalk_run. */
int copywalk_run_split(const struct copy_plan *plan, const char *file_dst, copy_visit_fn visit,
                       void *ctx, const struct copy_split *split, struct strata_error **err);

struct copy_xattr {
	char *name;
	char *value;
	size_t len;
};

/* fd's xattrs but trusted.* (the host's, not the file's), sorted by name.
 * A filesystem without xattrs has none. -1 and errno on failure.
 * Ownership: *out is the caller's (copywalk_xattrs_free). */
int copywalk_xattrs_read(int fd, struct copy_xattr **out, size_t *n);
void copywalk_xattrs_free(struct copy_xattr *x, size_t n);

/* --- ignore.c: the matcher COPY's globs share, and the walk's shortcut -- */

/* 1 when all of name matches pattern as Go's filepath.Match has it (which
 * BuildKit uses for COPY's wildcards): "*" and "?" never match "/", "**" is
 * two "*", "[^a]" negates ("[!a]" is "!" or "a"), "\x" is x. A malformed
 * pattern matches nothing. */
int ignore_glob_match(const char *pattern, const char *name);

/* strata_ignore_match for an entry of a directory the walk entered (so no
 * directory above it was skipped): its own verdict only, without looking
 * at its parents again. */
int ignore_match_child(const struct strata_ignore *ig, const char *relpath);

/* --- copy.c: writing a copy ----------------------------------------------- */

/* The mode a copy gives an entry (opts->chmod, else the source's). */
mode_t copy_mode(const struct strata_copy_opts *opts, const struct stat *st);

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

/* What a RUN or a container gets as HOME, as under docker: nothing when env
 * (may be NULL) sets HOME already (*kv NULL), else "HOME=<dir>" with uid's
 * home in root's /etc/passwd, or "HOME=/" when it has none.
 * Ownership: *kv is the caller's. Errors: STRATA_EIO reading /etc/passwd. */
int root_home_env(const char *root, const char *const *env, uid_t uid, char **kv,
                  struct strata_error **err);

/* --- unpack.c: ADD's archive extraction ----------------------------------- */

/* Whether the regular file open as fd is an archive ADD unpacks: a tar,
 * plain or gzip/bzip2/xz/zstd-compressed, with at least one entry (docker's
 * rule; by content, never by name). Reads from the start and rewinds.
 * 1, 0, or -1 with errno set. */
int unpack_is_archive(int fd);

/* Extract the archive open as fd below destfd (an fd on the destination
 * directory), which is the root of every entry, as in docker's chrooted
 * untar: names are cleaned against it ("../x" is "x"), paths and symlinks
 * resolve inside it, missing parents are created 0755 (a dangling symlink
 * on the way is an error). An existing directory is merged into by a
 * directory entry (taking its metadata); anything else in an entry's place,
 * a whole directory included, is replaced. Owners and modes are the
 * archive's: docker applies neither ADD --chown nor --chmod to what it
 * extracts. name names the archive in messages.
 * Errors: STRATA_ENOENT, STRATA_ESECURITY, STRATA_ECORRUPT (a broken
 * archive), STRATA_EIO. */
int unpack_archive(int fd, int destfd, const char *name, struct strata_error **err);

#endif
