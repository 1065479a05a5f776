/* strata: strata_copy_digest (see include/strata/copy.h): a hash of what
 * strata_copy would write, made from copywalk.c's walk over the same plan.
 * Regular files' sums come from the stat cache when their stat is
 * unchanged, so a warm cache key reads no file contents; and a first,
 * cheaper walk (the signature: each file's stat where its sums would go)
 * finds the whole digest in the stat cache's memo when nothing moved. */
#include "strata/copy.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "copy_private.h"
#include "statcache_private.h"
#include "strata/error.h"
#include "util.h"

struct copy_digest {
	const struct strata_copy_opts *opts;
	EVP_MD_CTX *md;
	int sig;                   /* the signature walk: stats, never contents */
	int racy;                  /* sig: an entry too fresh to memoise */
	struct timespec since;     /* before the walk's first stat */
	struct copy_digest *parts; /* sig: a directory's children, in parts */
};

/* A field as digest_field frames it, written to out: its length in bytes. */
static size_t frame(unsigned char *out, const void *p, size_t n)
{
	for (int i = 0; i < 8; i++)
		out[i] = (unsigned char)((uint64_t)n >> (56 - 8 * i));
	memcpy(out + 8, p, n);
	return 8 + n;
}

/* Every field is its length (8 bytes, big-endian) then its bytes: no two
 * different entry lists hash the same stream. */
static void digest_field(EVP_MD_CTX *md, const void *p, size_t n)
{
	unsigned char len[8];
	for (int i = 0; i < 8; i++)
		len[i] = (unsigned char)((uint64_t)n >> (56 - 8 * i));
	EVP_DigestUpdate(md, len, sizeof len);
	EVP_DigestUpdate(md, p, n);
}

static void digest_str(EVP_MD_CTX *md, const char *s)
{
	digest_field(md, s, strlen(s));
}

static void digest_printf(EVP_MD_CTX *md, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
static void digest_printf(EVP_MD_CTX *md, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	AUTOFREE char *s = xvasprintf(fmt, ap);
	va_end(ap);
	digest_str(md, s);
}

/* sha256 of a file's bytes, as hex, and how many there were. */
static int digest_content(int fd, char hex[65], uint64_t *size)
{
	unsigned char buf[65536], sum[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		abort(); /* out of memory, as in xmalloc */
	*size = 0;
	for (;;) {
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int e = errno;
			EVP_DigestFinal_ex(md, sum, &len);
			EVP_MD_CTX_free(md);
			util_hex(sum, 32, hex);
			errno = e;
			return n < 0 ? -1 : 0;
		}
		EVP_DigestUpdate(md, buf, (size_t)n);
		*size += (uint64_t)n;
	}
}

static const char *entry_type(const struct copy_entry *e)
{
	mode_t m = e->st.st_mode;
	return e->hardlink  ? "hardlink"
	       : S_ISREG(m) ? "file"
	       : S_ISDIR(m) ? "dir"
	       : S_ISLNK(m) ? "symlink"
	       : S_ISCHR(m) ? "char"
	       : S_ISBLK(m) ? "block"
	                    : "fifo";
}

/* sha256 hex of a file's xattrs (count, then sorted names and values). */
static int xattrs_sum(int fd, char hex[65])
{
	struct copy_xattr *x;
	size_t nx;
	if (copywalk_xattrs_read(fd, &x, &nx) < 0)
		return -1;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		abort(); /* out of memory, as in xmalloc */
	digest_printf(md, "%zu", nx);
	for (size_t i = 0; i < nx; i++) {
		digest_str(md, x[i].name);
		digest_field(md, x[i].value, x[i].len);
	}
	copywalk_xattrs_free(x, nx);
	unsigned char sum[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	EVP_DigestFinal_ex(md, sum, &len);
	EVP_MD_CTX_free(md);
	util_hex(sum, 32, hex);
	return 0;
}

/* A regular file's size, and the sha256 of its bytes and of its xattrs: from
 * the stat cache when its stat is unchanged, else read (opening it now when
 * the lazy walk left it closed). */
static int digest_file(struct copy_digest *d, const struct copy_entry *e, struct strata_error **err)
{
	struct statcache_sums s;
	if (!statcache_get(d->opts->statcache, e->src, &e->st, &s)) {
		AUTOCLOSE int own = -1;
		int fd = e->fd;
		if (fd < 0) {
			own = openat(e->dirfd, e->name,
			             O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
			fd = own;
		}
		if (fd < 0 || digest_content(fd, s.content, &s.size) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read '%s'", e->src);
		if (xattrs_sum(fd, s.xattrs) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read xattrs of '%s'",
			                        e->src);
		statcache_put(d->opts->statcache, e->src, &e->st, &d->since, &s);
	}
	digest_printf(d->md, "%llu", (unsigned long long)s.size);
	digest_str(d->md, s.content);
	digest_str(d->md, s.xattrs);
	return 0;
}

/* An entry of the signature walk: its dst, link target and whole stat in
 * two fields (it runs 10,000 times on a no-change rebuild of a large
 * context; the options are hashed once, in digest_walk). Everything the
 * digest reads from an entry moves its stat, or is in these fields. */
static void sig_visit(struct copy_digest *d, const struct copy_entry *e)
{
	const struct stat *st = &e->st;
	d->racy |= statcache_racy(st, &d->since);
	uint64_t f[13] = {(uint64_t)e->archive,          (uint64_t)st->st_mode,
	                  (uint64_t)st->st_uid,          (uint64_t)st->st_gid,
	                  (uint64_t)st->st_size,         (uint64_t)st->st_mtim.tv_sec,
	                  (uint64_t)st->st_mtim.tv_nsec, (uint64_t)st->st_ctim.tv_sec,
	                  (uint64_t)st->st_ctim.tv_nsec, (uint64_t)st->st_ino,
	                  (uint64_t)st->st_dev,          (uint64_t)st->st_rdev,
	                  (uint64_t)st->st_nlink};
	const char *link = e->link ? e->link : "";
	size_t dl = strlen(e->dst), ll = strlen(link);
	unsigned char buf[1024];
	if (3 * 8 + dl + sizeof f + ll > sizeof buf) {
		digest_str(d->md, e->dst);
		digest_field(d->md, f, sizeof f);
		digest_str(d->md, link);
		return;
	}
	/* the same bytes as the three fields above, in one update */
	size_t n = 0;
	n += frame(buf + n, e->dst, dl);
	n += frame(buf + n, f, sizeof f);
	n += frame(buf + n, link, ll);
	EVP_DigestUpdate(d->md, buf, n);
}

/* One entry: dst, type, mode, owner, then what the type has (bytes, target,
 * device numbers) and the xattrs. Never times, inodes or host paths: the
 * digest must come out the same on another machine. */
static int digest_visit(void *ctx, const struct copy_entry *e, int leaving,
                        struct strata_error **err)
{
	struct copy_digest *d = ctx;
	const struct strata_copy_opts *opts = d->opts;
	if (leaving)
		return 0;
	if (d->sig) {
		sig_visit(d, e);
		return 0;
	}
	digest_str(d->md, e->dst);
	if (e->archive) {
		/* what unpacking writes follows from the archive's bytes, the
		 * owner and the mode options */
		digest_str(d->md, "unpack");
		digest_printf(d->md, "%d", opts->chmod);
		digest_str(d->md, opts->chown ? opts->chown : "archive owners");
		return digest_file(d, e, err);
	}
	digest_str(d->md, entry_type(e));
	if (e->hardlink) {
		digest_str(d->md, e->hardlink);
		return 0;
	}
	digest_printf(d->md, "%o", (unsigned)copy_mode(opts, &e->st));
	if (opts->chown)
		digest_str(d->md, opts->chown);
	else if (opts->keep_owner)
		digest_printf(d->md, "%u:%u", (unsigned)e->st.st_uid, (unsigned)e->st.st_gid);
	else
		digest_str(d->md, "0:0");
	if (S_ISREG(e->st.st_mode)) {
		int r = digest_file(d, e, err);
		if (r < 0)
			return r;
	} else if (S_ISLNK(e->st.st_mode)) {
		digest_str(d->md, e->link);
	} else if (S_ISCHR(e->st.st_mode) || S_ISBLK(e->st.st_mode)) {
		digest_printf(d->md, "%u,%u", major(e->st.st_rdev), minor(e->st.st_rdev));
	}
	if (e->fd >= 0 && !S_ISREG(e->st.st_mode)) {
		/* a regular file's xattrs are in its sums (digest_file) */
		struct copy_xattr *x;
		size_t nx;
		if (copywalk_xattrs_read(e->fd, &x, &nx) < 0)
			return strata_error_set(err, STRATA_EIO, errno, "read xattrs of '%s'",
			                        e->src);
		digest_printf(d->md, "%zu", nx);
		for (size_t i = 0; i < nx; i++) {
			digest_str(d->md, x[i].name);
			digest_field(d->md, x[i].value, x[i].len);
		}
		copywalk_xattrs_free(x, nx);
	}
	return 0;
}

/* The signature walk hashes a directory match's children in parts on
 * several threads (stat is most of its time), then each part's hash in
 * order: the same on every run, whoever walked what. */
static void parts_begin(void *ctx, size_t n)
{
	struct copy_digest *d = ctx;
	d->parts = xzalloc(n * sizeof(*d->parts));
	for (size_t k = 0; k < n; k++) {
		d->parts[k] = (struct copy_digest){
		        .opts = d->opts, .md = EVP_MD_CTX_new(), .sig = 1, .since = d->since};
		if (!d->parts[k].md || !EVP_DigestInit_ex(d->parts[k].md, EVP_sha256(), NULL))
			abort(); /* out of memory, as in xmalloc */
	}
}

static void *part_ctx(void *ctx, size_t k)
{
	return &((struct copy_digest *)ctx)->parts[k];
}

static void parts_end(void *ctx, size_t n, int ok)
{
	struct copy_digest *d = ctx;
	for (size_t k = 0; k < n; k++) {
		unsigned char sum[EVP_MAX_MD_SIZE];
		unsigned int len = 0;
		EVP_DigestFinal_ex(d->parts[k].md, sum, &len);
		if (ok)
			digest_field(d->md, sum, len);
		d->racy |= d->parts[k].racy;
		EVP_MD_CTX_free(d->parts[k].md);
	}
	free(d->parts);
	d->parts = NULL;
}

/* One walk over plan: the digest, or with sig the signature, as hex. */
static int digest_walk(const struct copy_plan *plan, const struct strata_copy_opts *opts, int sig,
                       char hex[65], int *racy, struct strata_error **err)
{
	struct copy_digest d = {.opts = opts, .md = EVP_MD_CTX_new(), .sig = sig};
	clock_gettime(CLOCK_REALTIME, &d.since);
	if (!d.md || !EVP_DigestInit_ex(d.md, EVP_sha256(), NULL))
		abort(); /* out of memory, as in xmalloc */
	/* the format's name, so a change to it cannot hit old cache keys */
	digest_str(d.md, "strata copy digest v2");
	if (sig) { /* and what the memo maps from, so a new format misses it too */
		digest_str(d.md, "signature v2");
		digest_printf(d.md, "%d %d", opts->chmod, opts->keep_owner);
		digest_str(d.md, opts->chown ? opts->chown : "");
	}
	/* the one file renamed to dest is "." like a directory's contents */
	const char *file_dst = plan->into ? NULL : ".";
	int r;
	if (sig) {
		long cores = sysconf(_SC_NPROCESSORS_ONLN);
		struct copy_split split = {.threads = cores > 8 ? 8 : (int)cores,
		                           .parts_begin = parts_begin,
		                           .part_ctx = part_ctx,
		                           .parts_end = parts_end};
		r = copywalk_run_split(plan, file_dst, digest_visit, &d, &split, err);
	} else {
		r = copywalk_run(plan, file_dst, digest_visit, &d, 1, err);
	}
	if (r == 0) {
		unsigned char sum[EVP_MAX_MD_SIZE];
		unsigned int len = 0;
		EVP_DigestFinal_ex(d.md, sum, &len);
		util_hex(sum, 32, hex);
	}
	EVP_MD_CTX_free(d.md);
	*racy = d.racy;
	return r;
}

int strata_copy_digest(const char *src_root, const struct strata_copy_opts *opts,
                       char digest_out[STRATA_DIGEST_LEN], struct strata_error **err)
{
	struct copy_plan plan;
	char sig[65] = "", hex[65];
	int racy = 1;
	int r = copywalk_plan_init(&plan, src_root, opts, err);
	if (r == 0 && opts->statcache) {
		r = digest_walk(&plan, opts, 1, sig, &racy, err);
		if (r == 0 && statcache_sig_get(opts->statcache, sig, digest_out))
			goto done;
	}
	int unused;
	if (r == 0)
		r = digest_walk(&plan, opts, 0, hex, &unused, err);
	if (r == 0) {
		snprintf(digest_out, STRATA_DIGEST_LEN, "sha256:%s", hex);
		if (sig[0] && !racy)
			statcache_sig_put(opts->statcache, sig, digest_out);
	}
done:
	copywalk_plan_release(&plan);
	return r;
}
