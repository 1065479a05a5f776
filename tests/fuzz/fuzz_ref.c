/* Fuzz the image reference parsers: the registry plugins'
 * (image_ref_parse, plugins/common/image_ref.c) and the store's tag
 * names (strata_tag_normalize), plus the other header-value readers of
 * plugins/registry-distribution/ref.c (WWW-Authenticate, base64, Location).
 *
 * Input: the text, up to its first NUL byte.
 *
 * Properties checked: a refused reference has a reason; an accepted one
 * prints back (image_ref_string) to a reference that parses to the same
 * parts (the tag dropped when there is a digest) and prints the same; a normalised tag name
 * normalises to itself. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <strata/store.h>

#include "../../plugins/registry-distribution/dist.h"
#include "fuzz.h"
#include "util.h"

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static void check_ref(const char *s)
{
	struct image_ref ref = {0};
	const char *why = NULL;
	if (image_ref_parse(s, &ref, &why) < 0) {
		if (!why || !*why)
			fuzz_fail("reference '%s' refused without a reason", s);
		image_ref_release(&ref);
		return;
	}
	if (!ref.domain || !ref.path || (!ref.tag && !ref.digest))
		fuzz_fail("reference '%s' parsed with a part missing", s);
	if (!image_ref_reference(&ref))
		fuzz_fail("reference '%s' has nothing to ask for under /manifests/", s);
	dist_registry_host(ref.domain);
	AUTOFREE char *printed = image_ref_string(&ref);
	struct image_ref again = {0};
	if (image_ref_parse(printed, &again, &why) < 0)
		fuzz_fail("reference '%s' prints as '%s', which is refused: %s", s, printed, why);
	/* (with a digest the tag is dropped: the digest is what is pulled) */
	if (!same(ref.domain, again.domain) || !same(ref.path, again.path) ||
	    (!ref.digest && !same(ref.tag, again.tag)) || !same(ref.digest, again.digest))
		fuzz_fail("reference '%s' prints as '%s', which parses to other parts", s, printed);
	AUTOFREE char *printed2 = image_ref_string(&again);
	if (strcmp(printed, printed2))
		fuzz_fail("reference '%s' prints as '%s', then as '%s'", s, printed, printed2);
	image_ref_release(&again);
	image_ref_release(&ref);
}

static void check_tag(const char *s)
{
	AUTOFREE char *n = strata_tag_normalize(s);
	if (!n)
		return;
	AUTOFREE char *n2 = strata_tag_normalize(n);
	if (!n2 || strcmp(n, n2))
		fuzz_fail("tag '%s' normalises to '%s', then to '%s'", s, n, n2 ? n2 : "(refused)");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	AUTOFREE char *s = xstrndup((const char *)data, size);
	check_ref(s);
	check_tag(s);

	struct dist_challenge c = {0};
	if (dist_challenge_parse(s, &c) == 0 && c.scheme == DIST_AUTH_BEARER && !c.realm)
		fuzz_fail("a Bearer challenge without a realm was accepted: '%s'", s);
	dist_challenge_release(&c);

	size_t len = 0;
	char *raw = dist_base64_decode(s, &len);
	if (raw) {
		AUTOFREE char *back = dist_base64_encode(raw, len);
		AUTOFREE char *raw2 = NULL;
		size_t len2 = 0;
		raw2 = dist_base64_decode(back, &len2);
		if (!raw2 || len2 != len || memcmp(raw, raw2, len))
			fuzz_fail("base64 '%s' does not survive encoding again", s);
		free(raw);
	}

	free(dist_url_resolve("https://registry.example:5000/v2/x/blobs/uploads/", s));
	return 0;
}
