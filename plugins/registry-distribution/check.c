/* registry-distribution: does a registry take the credentials we hold for
 * it? (strata login asks before it keeps them, as docker login does.)
 * GET /v2/ — the API's base, which needs no repository — answering its 401
 * the way every request does: Basic with the stored credentials, or a
 * token fetched with them (no scope: the base asks for none). */
#include <string.h>

#include "client.h"
#include "util.h"

int dist_check(struct dist_transport *tr, const struct strata_host *host, const char *server,
               struct strata_error **err)
{
	struct dist_settings set;
	dist_transport_settings(tr, server, &set);
	AUTOFREE char *base = dist_endpoint_base(dist_registry_host(server), &set);
	struct dist_client c;
	dist_client_init(&c, host, tr, server, base, "", &set);
	dist_settings_release(&set);
	int r = STRATA_EIO;
	CURL *curl = dist_curl_new(&c, err);
	if (curl) {
		AUTOFREE char *url = xasprintf("%s/v2/", base);
		struct dist_req req = {.method = "GET", .url = url, .flags = DIST_REQ_RETRY};
		struct dist_resp resp = {0};
		r = dist_request_ok(&c, curl, &req, &resp, 200, 200, "log in", err);
		dist_resp_release(&resp);
		curl_easy_cleanup(curl);
	}
	dist_client_release(&c);
	return r;
}
