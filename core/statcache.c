/* strata: the stat cache (see statcache_private.h).
 *
 * In memory: an open-addressing hash table of path -> entry, read from disk
 * only when first asked. On disk: one line per file, "<content> <xattrs>
 * <size> <mtime.ns> <ctime.ns> <ino> <dev> <path>", written whole and renamed
 * into place. Beside it, "<file>.sig": the walk memo, "<signature> <digest>"
 * per line, newest first. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "statcache_private.h"
#include "store_private.h"
#include "strata/store.h"
#include "util.h"

struct sc_entry {
	char *path; /* NULL: empty slot */
	uint64_t size, ino, dev;
	int64_t mtime_ns, ctime_ns;
	char content[65], xattrs[65];
};

/* Memo entries kept: a context's COPY instructions, over some edits. */
#define SIG_KEEP 64

struct sc_sig {
	char sig[65], digest[STRATA_DIGEST_LEN];
};

struct strata_statcache {
	char *file;
	struct sc_entry *slots;
	size_t cap, n;
	int loaded, dirty;
	struct sc_sig *sigs; /* newest first */
	size_t nsigs;
	int sigs_loaded, sigs_dirty;
	pthread_mutex_t lock;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static struct sc_entry *slot_for(struct strata_statcache *sc, const char *path)
{
	size_t i = (size_t)hash_str(path) & (sc->cap - 1);
	while (sc->slots[i].path && strcmp(sc->slots[i].path, path) != 0)
		i = (i + 1) & (sc->cap - 1);
	return &sc->slots[i];
}

static void grow(struct strata_statcache *sc)
{
	struct sc_entry *old = sc->slots;
	size_t oldcap = sc->cap;
	sc->cap = oldcap ? oldcap * 2 : 1024;
	sc->slots = xzalloc(sc->cap * sizeof(*sc->slots));
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].path)
			*slot_for(sc, old[i].path) = old[i];
	free(old);
}

static void set_entry(struct strata_statcache *sc, const struct sc_entry *e)
{
	if ((sc->n + 1) * 2 > sc->cap)
		grow(sc);
	struct sc_entry *s = slot_for(sc, e->path);
	if (s->path) {
		free(s->path);
	} else {
		sc->n++;
	}
	*s = *e;
}

static int64_t ns(const struct timespec *t)
{
	return (int64_t)t->tv_sec * 1000000000 + t->tv_nsec;
}

/* The next space-separated field of *p as a number; 0 when malformed. */
static int field_u64(char **p, uint64_t *v)
{
	char *end;
	errno = 0;
	*v = strtoull(*p, &end, 10);
	if (end == *p || *end != ' ' || errno)
		return 0;
	*p = end + 1;
	return 1;
}

static int field_hex(char **p, char out[65])
{
	char *sp = strchr(*p, ' ');
	if (!sp || sp - *p != 64)
		return 0;
	memcpy(out, *p, 64);
	out[64] = '\0';
	*p = sp + 1;
	return 1;
}

/* One line; 0 when damaged (then it is only a miss). Hand-parsed: a no-change
 * rebuild of a large context spends its time here. */
static int parse_line(char *line, struct sc_entry *e)
{
	char *p = line;
	uint64_t m, c;
	if (!field_hex(&p, e->content) || !field_hex(&p, e->xattrs) || !field_u64(&p, &e->size) ||
	    !field_u64(&p, &m) || !field_u64(&p, &c) || !field_u64(&p, &e->ino) ||
	    !field_u64(&p, &e->dev) || !*p)
		return 0;
	e->mtime_ns = (int64_t)m;
	e->ctime_ns = (int64_t)c;
	e->path = xstrdup(p);
	return 1;
}

/* Read the file the first time the table is needed (lock held): a build
 * whose every walk hits the memo never parses it. */
static void load(struct strata_statcache *sc)
{
	if (sc->loaded)
		return;
	sc->loaded = 1;
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_file(sc->file, &buf, &len) < 0)
		return;
	/* about 200 bytes a line: size the table once */
	while (sc->cap < len / 200 * 2)
		grow(sc);
	for (char *line = buf; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		struct sc_entry e = {0};
		if (parse_line(line, &e))
			set_entry(sc, &e);
		line = nl ? nl + 1 : NULL;
	}
}

struct strata_statcache *statcache_open(struct strata_store *st, const char *root)
{
	struct strata_statcache *sc = xzalloc(sizeof(*sc));
	char id[STRATA_DIGEST_LEN];
	strata_digest_buffer(root, strlen(root), id);
	/* when it cannot be made, no cache: every file is hashed */
	(void)store_area_mkdir(st, STRATA_STORE_STATCACHE, NULL);
	sc->file = strata_store_path(st, STRATA_STORE_STATCACHE, id + 7);
	pthread_mutex_init(&sc->lock, NULL);
	grow(sc);
	return sc;
}

static int same_stat(const struct sc_entry *e, const struct stat *sb)
{
	return e->size == (uint64_t)sb->st_size && e->ino == (uint64_t)sb->st_ino &&
	       e->dev == (uint64_t)sb->st_dev && e->mtime_ns == ns(&sb->st_mtim) &&
	       e->ctime_ns == ns(&sb->st_ctim);
}

int statcache_get(struct strata_statcache *sc, const char *path, const struct stat *sb,
                  struct statcache_sums *out)
{
	if (!sc)
		return 0;
	pthread_mutex_lock(&sc->lock);
	load(sc);
	struct sc_entry *e = slot_for(sc, path);
	int hit = e->path && same_stat(e, sb);
	if (hit) {
		out->size = e->size;
		memcpy(out->content, e->content, 65);
		memcpy(out->xattrs, e->xattrs, 65);
	}
	pthread_mutex_unlock(&sc->lock);
	return hit;
}

void statcache_put(struct strata_statcache *sc, const char *path, const struct stat *sb,
                   const struct timespec *since, const struct statcache_sums *sums)
{
	if (!sc || strchr(path, '\n') || statcache_racy(sb, since))
		return;
	struct sc_entry e = {
	        .path = xstrdup(path),
	        .size = sums->size,
	        .ino = (uint64_t)sb->st_ino,
	        .dev = (uint64_t)sb->st_dev,
	        .mtime_ns = ns(&sb->st_mtim),
	        .ctime_ns = ns(&sb->st_ctim),
	};
	memcpy(e.content, sums->content, 65);
	memcpy(e.xattrs, sums->xattrs, 65);
	pthread_mutex_lock(&sc->lock);
	load(sc);
	set_entry(sc, &e);
	sc->dirty = 1;
	pthread_mutex_unlock(&sc->lock);
}

int statcache_racy(const struct stat *sb, const struct timespec *since)
{
	/* The kernel stamps a write with its coarse clock, at most a tick
	 * behind: a write after a stat taken after since has a time of at
	 * least since less a tick. 100 ms covers any tick; a filesystem with
	 * whole-second times (no nanoseconds) needs 2 s. */
	int64_t margin = sb->st_mtim.tv_nsec || sb->st_ctim.tv_nsec ? 100000000 : 2000000000;
	int64_t limit = ns(since) - margin;
	return ns(&sb->st_mtim) >= limit || ns(&sb->st_ctim) >= limit;
}

/* --- the walk memo --------------------------------------------------------- */

static void sigs_load(struct strata_statcache *sc)
{
	if (sc->sigs_loaded)
		return;
	sc->sigs_loaded = 1;
	AUTOFREE char *file = xasprintf("%s.sig", sc->file);
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_file(file, &buf, &len) < 0)
		return;
	sc->sigs = xzalloc(SIG_KEEP * sizeof(*sc->sigs));
	for (char *line = buf; line && *line && sc->nsigs < SIG_KEEP;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		struct sc_sig *g = &sc->sigs[sc->nsigs];
		char *p = line;
		/* "<64 hex> sha256:<64 hex>"; anything else is skipped */
		if (field_hex(&p, g->sig) && strlen(p) == STRATA_DIGEST_LEN - 1 &&
		    !strncmp(p, "sha256:", 7)) {
			memcpy(g->digest, p, STRATA_DIGEST_LEN);
			sc->nsigs++;
		}
		line = nl ? nl + 1 : NULL;
	}
}

int statcache_sig_get(struct strata_statcache *sc, const char sig[65],
                      char digest[STRATA_DIGEST_LEN])
{
	if (!sc)
		return 0;
	pthread_mutex_lock(&sc->lock);
	sigs_load(sc);
	int hit = 0;
	for (size_t i = 0; i < sc->nsigs && !hit; i++) {
		if (!memcmp(sc->sigs[i].sig, sig, 65)) {
			memcpy(digest, sc->sigs[i].digest, STRATA_DIGEST_LEN);
			hit = 1;
		}
	}
	pthread_mutex_unlock(&sc->lock);
	return hit;
}

void statcache_sig_put(struct strata_statcache *sc, const char sig[65],
                       const char digest[STRATA_DIGEST_LEN])
{
	if (!sc)
		return;
	pthread_mutex_lock(&sc->lock);
	sigs_load(sc);
	if (!sc->sigs)
		sc->sigs = xzalloc(SIG_KEEP * sizeof(*sc->sigs));
	size_t n = sc->nsigs < SIG_KEEP ? sc->nsigs : SIG_KEEP - 1;
	memmove(sc->sigs + 1, sc->sigs, n * sizeof(*sc->sigs));
	memcpy(sc->sigs[0].sig, sig, 65);
	memcpy(sc->sigs[0].digest, digest, STRATA_DIGEST_LEN);
	sc->nsigs = n + 1;
	sc->sigs_dirty = 1;
	pthread_mutex_unlock(&sc->lock);
}

static void emit_sigs(const struct strata_statcache *sc, FILE *f)
{
	for (size_t i = 0; i < sc->nsigs; i++)
		fprintf(f, "%s %s\n", sc->sigs[i].sig, sc->sigs[i].digest);
}

static void emit_table(const struct strata_statcache *sc, FILE *f)
{
	for (size_t i = 0; i < sc->cap; i++) {
		const struct sc_entry *e = &sc->slots[i];
		if (e->path)
			fprintf(f,
			        "%s %s %" PRIu64 " %" PRId64 " %" PRId64 " %" PRIu64 " %" PRIu64
			        " %s\n",
			        e->content, e->xattrs, e->size, e->mtime_ns, e->ctime_ns, e->ino,
			        e->dev, e->path);
	}
}

/* Write file whole through a temp file renamed into place. No fsync:
 * losing the cache only costs a rehash. */
static void save(const struct strata_statcache *sc, const char *file,
                 void (*emit)(const struct strata_statcache *, FILE *))
{
	AUTOFREE char *tmp = xasprintf("%s.tmp.%ld", file, (long)getpid());
	FILE *f = fopen(tmp, "we");
	if (!f)
		return;
	emit(sc, f);
	if (fclose(f) == 0)
		rename(tmp, file);
	else
		unlink(tmp);
}

void statcache_close(struct strata_statcache *sc)
{
	if (!sc)
		return;
	if (sc->dirty)
		save(sc, sc->file, emit_table);
	if (sc->sigs_dirty) {
		AUTOFREE char *sigs = xasprintf("%s.sig", sc->file);
		save(sc, sigs, emit_sigs);
	}
	free(sc->sigs);
	for (size_t i = 0; i < sc->cap; i++)
		free(sc->slots[i].path);
	free(sc->slots);
	free(sc->file);
	pthread_mutex_destroy(&sc->lock);
	free(sc);
}
