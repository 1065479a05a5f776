/* strata: downloads for ADD <url> (libcurl). */
#ifndef STRATA_FETCH_PRIVATE_H
#define STRATA_FETCH_PRIVATE_H

#include <stdint.h>

#include "strata/common.h"

struct strata_error;

/* Download url into the new file path (mode 0600), hashing it as it arrives.
 * *mtime gets the server's Last-Modified time, or -1 when it sent none.
 * Follows redirects; fails on HTTP errors; bounded by timeouts and retried
 * a few times on transient failures.
 * Errors: STRATA_ENET (naming the URL and cause), STRATA_EIO. */
int fetch_url(const char *url, const char *path, int64_t *mtime, char digest[STRATA_DIGEST_LEN],
              struct strata_error **err);

#endif
