/* strata: what the store's files (store.c, storelayer.c) share with the rest
 * of the core: the areas' dirs, temp files, crash-safe removal, the layer
 * markers. The layout itself is public: strata_store_path(). */
#ifndef STRATA_STORE_PRIVATE_H
#define STRATA_STORE_PRIVATE_H

#include "strata/error.h"
#include "strata/store.h"

/* The suffix of an unpacked layer's completion marker, next to its dir. */
#define STORE_LAYER_MARKER ".complete"

/* Make an area's directory (mode 0700) when it is not there yet: for the
 * areas the store does not make on open (logs, explain, statcache,
 * cache-mounts). Errors: STRATA_EIO. */
int store_area_mkdir(const struct strata_store *st, enum strata_store_area area,
                     struct strata_error **err);

/* fsync a directory. Returns -1 with errno set on failure. */
int store_fsync_dir(const char *path);

/* A temp file under tmp/ named "<prefix>-XXXXXX"; returns its fd (O_CLOEXEC)
 * or -1. Ownership: *path is the caller's. Errors: STRATA_EIO. */
int store_tmpfile(struct strata_store *st, const char *prefix, char **path,
                  struct strata_error **err);

/* Sync the temp file tmp (open as fd), rename it to dst and sync dstdir. The
 * temp file is gone afterwards either way. Errors: STRATA_EIO. */
int store_install(const char *tmp, int fd, const char *dst, const char *dstdir,
                  struct strata_error **err);

/* Write line and a newline to dst (an absolute path in the store) through a
 * temp file and store_install. Errors: STRATA_EIO. */
int store_put_line(struct strata_store *st, const char *prefix, const char *line, const char *dst,
                   struct strata_error **err);

/* Move path (a file or a tree; missing is fine) into trash/ with one rename,
 * so an interruption leaves it whole where it was or wholly in trash/, which
 * the next sweep empties: never half-deleted where readers look.
 * Ownership: *trashed (NULL when there was nothing) is the caller's. */
int store_trash(struct strata_store *st, const char *path, char **trashed,
                struct strata_error **err);

/* store_trash, a sync of path's directory, then the deletion. */
int store_remove(struct strata_store *st, const char *path, struct strata_error **err);

/* Empty tmp/ and trash/, remove the "<name>.tmp.<pid>" files of writers
 * outside tmp/, unpacked layers without their marker and markers without
 * their layer. Only while holding the store lock exclusively. */
int store_sweep(struct strata_store *st, struct strata_error **err);
int store_layers_sweep(struct strata_store *st, struct strata_error **err);

/* Remove an unpacked layer dir: its marker first, then the dir (store_remove). */
int store_layer_remove(struct strata_store *st, const char *dir, struct strata_error **err);

/* The marker path of a layer dir. Ownership: the caller's. */
char *store_layer_marker(const char *dir);

/* What an entry of layers/ is by its name. */
enum { STORE_LAYER_OTHER, STORE_LAYER_DIR, STORE_LAYER_MARK };
int store_layer_entry_kind(const char *name);

#endif
