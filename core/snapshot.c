/* strata: overlay snapshots (see snapshot_private.h). */
#include <errno.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>

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
