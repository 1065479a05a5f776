/* fetch-http: downloads of single files for ADD <url>, over libcurl.
 *
 * Registers transports for the schemes "http", "https" and "file" that only
 * fetch (no pull or push): the core looks a URL's scheme up and calls fetch.
 * A plugin of its own so that libcurl — and the thirty libraries it brings —
 * is mapped only by a build that downloads something. */
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "strata/plugin.h"
#include "util.h"

struct sink {
	int fd;
	EVP_MD_CTX *md;
	int failed_errno;
};

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	struct sink *s = ud;
	size_t len = size * n;
	if (util_write_all(s->fd, p, len) < 0) {
		s->failed_errno = errno;
		return 0;
	}
	EVP_DigestUpdate(s->md, p, len);
	return len;
}

/* One attempt. Returns 0, or a STRATA_E code with *transient set when a
 * retry may help (timeouts, resets, 5xx). */
static int attempt(const struct strata_host *h, const char *url, const char *path, int64_t *mtime,
                   char digest[STRATA_DIGEST_LEN], int *transient, struct strata_error **err)
{
	AUTOCLOSE int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return h->error_set(err, STRATA_EIO, errno, "create '%s'", path);
	struct sink s = {.fd = fd, .md = EVP_MD_CTX_new()};
	if (!s.md || !EVP_DigestInit_ex(s.md, EVP_sha256(), NULL))
		abort(); /* out of memory, as in xmalloc */
	CURL *c = curl_easy_init();
	if (!c)
		abort();
	char ebuf[CURL_ERROR_SIZE] = "";
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
	curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
	curl_easy_setopt(c, CURLOPT_FILETIME, 1L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	/* abort a transfer that stalls below 1 byte/s for a minute */
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, ebuf);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "strata/" STRATA_VERSION);
	CURLcode rc = curl_easy_perform(c);
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_off_t ft = -1;
	curl_easy_getinfo(c, CURLINFO_FILETIME_T, &ft);
	curl_easy_cleanup(c);
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_DigestFinal_ex(s.md, md, &mdlen);
	EVP_MD_CTX_free(s.md);
	if (s.failed_errno)
		return h->error_set(err, STRATA_EIO, s.failed_errno, "write '%s'", path);
	if (rc != CURLE_OK) {
		*transient = rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_RECV_ERROR ||
		             rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING ||
		             rc == CURLE_PARTIAL_FILE ||
		             (rc == CURLE_HTTP_RETURNED_ERROR && status >= 500);
		return h->error_set(err, STRATA_ENET, 0, "download '%s': %s", url,
		                    ebuf[0] ? ebuf : curl_easy_strerror(rc));
	}
	if (fsync(fd) < 0)
		return h->error_set(err, STRATA_EIO, errno, "write '%s'", path);
	*mtime = (int64_t)ft;
	memcpy(digest, "sha256:", 7);
	util_hex(md, mdlen, digest + 7);
	return 0;
}

static int http_fetch(void *self, const struct strata_host *h, const char *url, const char *path,
                      int64_t *mtime, char digest[STRATA_DIGEST_LEN], struct strata_error **err)
{
	(void)self;
	int r = 0;
	for (int i = 0; i < 4; i++) {
		int transient = 0;
		r = attempt(h, url, path, mtime, digest, &transient, err);
		if (r == 0 || !transient)
			return r;
		usleep((useconds_t)(250000u << i)); /* 0.25 s, 0.5 s, 1 s */
	}
	return r;
}

int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
        __attribute__((visibility("default")));

int strata_plugin_init(const struct strata_host *host, struct strata_error **err)
{
	/* curl_global_init is not thread-safe: here, at load, it runs once */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return host->error_set(err, STRATA_EPLUGIN, 0, "libcurl failed to initialise");
	static const char *const schemes[] = {"http", "https", "file"};
	for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++) {
		struct strata_transport t = {
		        .abi_version = STRATA_ABI_VERSION,
		        .struct_size = sizeof(struct strata_transport),
		        .name = "http-fetch",
		        .scheme = schemes[i],
		        .fetch = http_fetch,
		};
		int r = host->register_transport(host->ctx, &t, err);
		if (r < 0)
			return r;
	}
	return 0;
}
