/* strata: what layer.c, layerwrite.c and layerapply.c share (not part of
 * the API): the layer format's names and rules, digests, the locale. */
#ifndef STRATA_LAYER_PRIVATE_H
#define STRATA_LAYER_PRIVATE_H

#include <locale.h>
#include <openssl/evp.h>

#include "strata/layer.h"

/* The whiteout names of the OCI layer format (from aufs), and the xattr
 * overlayfs marks an opaque directory with. */
#define WH_PREFIX     ".wh."
#define WH_META       ".wh..wh."
#define WH_OPAQUE     ".wh..wh..opq"
#define OPAQUE_XATTR  "trusted.overlay.opaque"
#define UOPAQUE_XATTR "user.overlay.opaque" /* overlayfs mounted with userxattr */

/* A sha256 context (aborts without memory, as xmalloc), and its digest as
 * "sha256:<hex>". */
EVP_MD_CTX *layer_md_new(void);
void layer_md_final(EVP_MD_CTX *md, char out[STRATA_DIGEST_LEN]);

/* libarchive converts names between the locale's charset and the UTF-8 of
 * pax headers. Under a UTF-8 LC_CTYPE that is the identity, so names stay
 * the bytes on disk and the tar does not depend on the caller's locale
 * (invalid UTF-8 falls back to hdrcharset=BINARY for that entry alone).
 * uselocale() is per thread, so this leaves other threads alone. */
struct layer_utf8 {
	locale_t mine, old;
};

/* Switch this thread to a UTF-8 LC_CTYPE, and back. */
void layer_utf8_enter(struct layer_utf8 *s);
void layer_utf8_leave(struct layer_utf8 *s);

/* Which xattrs a layer carries: file capabilities and user.* (but not the
 * user.overlay.* of an unprivileged overlayfs). trusted.* (overlay's own
 * bookkeeping, or a hostile layer's attempt at it), security.selinux and
 * the rest are host business. */
int layer_xattr_keep(const char *name);

#endif
