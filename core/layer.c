/* strata: layers (see include/strata/layer.h) — what the writer
 * (layerwrite.c) and the reader (layerapply.c) share, and the store's cache
 * of unpacked layers built on the reader. */
#include "strata/layer.h"

#include <locale.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "layer_private.h"
#include "strata/error.h"
#include "strata/store.h"
#include "util.h"

/* --- shared by writing and applying ------------------------------------- */

EVP_MD_CTX *layer_md_new(void)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL))
		abort(); /* libcrypto out of memory: as xmalloc */
	return md;
}

void layer_md_final(EVP_MD_CTX *md, char out[STRATA_DIGEST_LEN])
{
	unsigned char bin[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_DigestFinal_ex(md, bin, &n);
	memcpy(out, "sha256:", 7);
	util_hex(bin, 32, out + 7);
}

void layer_utf8_enter(struct layer_utf8 *s)
{
	s->mine = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	s->old = s->mine ? uselocale(s->mine) : (locale_t)0;
}

void layer_utf8_leave(struct layer_utf8 *s)
{
	if (!s->mine)
		return;
	uselocale(s->old);
	freelocale(s->mine);
}

int layer_xattr_keep(const char *name)
{
	if (!strcmp(name, "security.capability"))
		return 1;
	return !strncmp(name, "user.", 5) && strncmp(name, "user.overlay.", 13) != 0;
}

/* --- the store's cache of unpacked layers ------------------------------- */

int strata_layer_unpack(struct strata_store *st, const char *blob_digest, const char *diffid,
                        char **dir, struct strata_error **err)
{
	AUTOFREE char *target = NULL;
	int r = strata_store_layer_dir(st, diffid, &target, err);
	if (r < 0)
		return r;
	if (strata_store_layer_ready(st, diffid)) {
		*dir = steal_pointer(&target);
		return 0;
	}
	AUTOFREE char *tmp = NULL;
	r = strata_store_mkdtemp(st, "layer", &tmp, err);
	if (r < 0)
		return r;
	/* mkdtemp made it 0700; a lower dir is the image's "/" */
	chmod(tmp, 0755);
	char got[STRATA_DIGEST_LEN];
	r = strata_layer_apply(st, blob_digest, tmp, STRATA_APPLY_OVERLAY, got, err);
	if (r == 0 && strcmp(got, diffid) != 0)
		r = strata_error_set(err, STRATA_ECORRUPT, 0,
		                     "unpack layer '%s': diffID is '%s', expected '%s'",
		                     blob_digest, got, diffid);
	if (r < 0) {
		strata_rmtree(tmp, NULL);
		return r;
	}
	r = strata_store_layer_commit(st, tmp, diffid, err);
	if (r < 0)
		return r;
	*dir = steal_pointer(&target);
	return 0;
}
