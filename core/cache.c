/* strata: the op cache (see cache_private.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

void cache_key_init(struct cache_key *k, const char *kind)
{
	k->md = EVP_MD_CTX_new();
	if (!k->md || EVP_DigestInit_ex(k->md, EVP_sha256(), NULL) != 1)
		abort(); /* libcrypto without sha256: nothing works */
	cache_key_str(k, 'K', "strata-cache-v1");
	cache_key_str(k, 'k', kind);
}

void cache_key_add(struct cache_key *k, char tag, const void *buf, size_t len)
{
	char head[32];
	int n = snprintf(head, sizeof head, "%c%zu:", tag, len);
	EVP_DigestUpdate(k->md, head, (size_t)n);
	if (len)
		EVP_DigestUpdate(k->md, buf, len);
}

void cache_key_str(struct cache_key *k, char tag, const char *s)
{
	if (!s) {
		EVP_DigestUpdate(k->md, "~", 1);
		EVP_DigestUpdate(k->md, &tag, 1);
		return;
	}
	cache_key_add(k, tag, s, strlen(s));
}

void cache_key_strv(struct cache_key *k, char tag, char **v)
{
	size_t n = util_strv_len((const char *const *)v);
	cache_key_int(k, tag, (int64_t)n);
	for (size_t i = 0; i < n; i++)
		cache_key_str(k, tag, v[i]);
}

void cache_key_int(struct cache_key *k, char tag, int64_t v)
{
	char s[32];
	int n = snprintf(s, sizeof s, "%lld", (long long)v);
	cache_key_add(k, tag, s, (size_t)n);
}

void cache_key_final(struct cache_key *k, char out[STRATA_DIGEST_LEN])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(k->md, md, &n);
	EVP_MD_CTX_free(k->md);
	k->md = NULL;
	memcpy(out, "sha256:", 7);
	util_hex(md, n, out + 7);
}

static char *record_path(struct strata_store *st, const char *key)
{
	return xasprintf("%s/cache/%s", strata_store_root(st), key + 7);
}

int cache_get(struct strata_store *st, const char *key, char manifest[STRATA_DIGEST_LEN])
{
	AUTOFREE char *path = record_path(st, key);
	AUTOFREE char *buf = NULL;
	size_t len = 0;
	if (util_read_file(path, &buf, &len) < 0)
		return STRATA_ENOENT;
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == ' '))
		buf[--len] = '\0';
	if (!strata_digest_valid(buf) || !strata_store_has_blob(st, buf))
		return STRATA_ENOENT;
	memcpy(manifest, buf, len + 1);
	return 0;
}

int cache_put(struct strata_store *st, const char *key, const char *manifest,
              struct strata_error **err)
{
	AUTOFREE char *dir = xasprintf("%s/cache", strata_store_root(st));
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return strata_error_set(err, STRATA_EIO, errno, "mkdir '%s'", dir);
	AUTOFREE char *path = record_path(st, key);
	AUTOFREE char *tmp = xasprintf("%s.tmp.%ld", path, (long)gettid());
	AUTOCLOSE int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return strata_error_set(err, STRATA_EIO, errno, "create '%s'", tmp);
	AUTOFREE char *line = xasprintf("%s\n", manifest);
	if (util_write_all(fd, line, strlen(line)) < 0 || fsync(fd) < 0) {
		int e = errno;
		unlink(tmp);
		return strata_error_set(err, STRATA_EIO, e, "write '%s'", tmp);
	}
	if (rename(tmp, path) < 0) {
		int e = errno;
		unlink(tmp);
		return strata_error_set(err, STRATA_EIO, e, "rename '%s'", tmp);
	}
	return 0;
}
