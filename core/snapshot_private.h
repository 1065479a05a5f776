/* strata: overlay snapshots — a writable (or read-only) view of a stack of
 * unpacked layers, whose upper dir becomes the next layer. */
#ifndef STRATA_SNAPSHOT_PRIVATE_H
#define STRATA_SNAPSHOT_PRIVATE_H

#include <stddef.h>

struct strata_store;
struct strata_error;

struct snapshot {
	char *dir;    /* the snapshot's own temp dir in the store */
	char *upper;  /* NULL for a read-only view */
	char *merged; /* the mounted rootfs */
	int mounted;
};

/* Mount lowers (bottom first) with a fresh upper dir, or read-only when
 * writable is 0. Ownership: snap is the caller's; release with
 * snapshot_release(). Errors: STRATA_EIO naming the mount. */
int snapshot_mount(struct strata_store *st, const char *const *lowers, size_t nlowers, int writable,
                   struct snapshot *snap, struct strata_error **err);

/* Unmount (keeping the dirs). Errors: STRATA_EIO. */
int snapshot_unmount(struct snapshot *snap, struct strata_error **err);

/* Unmount if mounted, remove the snapshot's dirs (unless the upper was taken
 * with snapshot_take_upper), free the strings. Accepts a zeroed struct. */
void snapshot_release(struct snapshot *snap);

/* Leave out of the (unmounted) snapshot's upper dir what is the same in
 * lower, the tree the snapshot started from (a read-only view of its
 * lowers), by the rules of containerd's differ: so a step that changes
 * nothing, or only copies up directories, makes an empty layer.
 * Errors: STRATA_EIO naming the path, STRATA_EINVAL when still mounted. */
int snapshot_prune_upper(struct snapshot *snap, const char *lower, struct strata_error **err);

/* Hand the upper dir to the caller (e.g. to commit it as a layer dir): it is
 * then not removed by snapshot_release(). Ownership: the returned path. */
char *snapshot_take_upper(struct snapshot *snap);

#endif
