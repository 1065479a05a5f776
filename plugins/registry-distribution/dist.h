/* registry-distribution: the plugin's private declarations.
 *
 * ref.c holds the pure parts (registry hosts, WWW-Authenticate, config.json
 * lookups, base64): no I/O and no host table, so the unit test compiles it on
 * its own. References and manifest kinds, which the archive plugin reads too,
 * are plugins/common's (image_ref.h, manifest.h). creds.c runs credential helpers; http.c speaks
 * HTTP through libcurl; pull.c and push.c are the two directions;
 * distribution.c is the transport and its configuration. */
#ifndef STRATA_DIST_H
#define STRATA_DIST_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "image_ref.h"
#include "manifest.h"

/* --- registry hosts (ref.c) ----------------------------------------------- */

/* The host to talk to for a domain: "registry-1.docker.io" for docker.io. */
const char *dist_registry_host(const char *domain);

/* --- WWW-Authenticate (ref.c) --------------------------------------------- */

enum dist_auth_scheme { DIST_AUTH_NONE = 0, DIST_AUTH_BASIC, DIST_AUTH_BEARER };

struct dist_challenge {
	enum dist_auth_scheme scheme;
	char *realm;
	char *service;
	char *scope;
};

/* Parse a WWW-Authenticate value; of several challenges, Bearer wins over
 * Basic. Returns 0, or -1 when no challenge is Basic or Bearer (or a Bearer
 * one has no realm). Ownership: release out with dist_challenge_release(). */
int dist_challenge_parse(const char *value, struct dist_challenge *out);
void dist_challenge_release(struct dist_challenge *c);

/* --- credentials (ref.c, creds.c) ----------------------------------------- */

struct dist_creds {
	char *username;
	char *password; /* or an identity token when username is "<token>" */
};
void dist_creds_release(struct dist_creds *c);

/* Where the credentials of registry domain are, in a parsed config.json:
 * returns 1 with creds set from `auths` (its "auth" base64 field or
 * "username"/"password"), 2 with *helper set ("pass" for
 * docker-credential-pass) from `credHelpers` or `credsStore`, 0 when there
 * are none, -1 when the entry is malformed (*why set).
 * `auths` keys match with or without scheme and path ("https://host/v1/");
 * docker.io also matches index.docker.io and registry-1.docker.io.
 * Ownership: *helper borrowed from config; creds the caller's. */
int dist_auth_lookup(json_t *config, const char *domain, struct dist_creds *creds,
                     const char **helper, const char **why);

/* The server URL a credential helper and `auths` use for domain:
 * "https://index.docker.io/v1/" for docker.io, else the domain itself. */
const char *dist_auth_key(const char *domain);

/* Run docker-credential-<helper> with verb ("get", "store", "erase") and
 * input on its stdin; fork/exec through PATH, pipes, no shell, bounded to
 * timeout_ms. *output (may be NULL) gets its stdout, NUL-terminated.
 * Returns 0, or -1 with a message in why. */
int dist_helper_run(const char *helper, const char *verb, const char *input, char **output,
                    int timeout_ms, char *why, size_t whylen);

/* get: 1 with creds, 0 when the helper knows no credentials for server_url,
 * -1 on failure (why set). */
int dist_helper_get(const char *helper, const char *server_url, struct dist_creds *creds, char *why,
                    size_t whylen);

/* --- base64 (ref.c) ------------------------------------------------------- */

/* Ownership: caller's. */
char *dist_base64_encode(const void *buf, size_t len);
/* NUL-terminated decoded bytes, or NULL when s is not base64. */
char *dist_base64_decode(const char *s, size_t *len);

/* --- HTTP header helpers (ref.c) ------------------------------------------ */

/* Resolve a Location header against the URL it came from ("/v2/…" or a full
 * URL). Ownership: caller's. */
char *dist_url_resolve(const char *base, const char *location);

#endif
