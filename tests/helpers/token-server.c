/* token-server: a minimal Docker registry token service for the integration
 * tests (https://distribution.github.io/distribution/spec/auth/token/).
 *
 *   token-server --key KEY.pem --cert CERT.pem --issuer NAME
 *                --user USER --password PASS --port-file FILE [--log FILE]
 *                [--fail-file FILE]
 *
 * Listens on 127.0.0.1 (a free port, written to FILE), answers
 * GET /token?service=S&scope=repository:NAME:ACTIONS (scope repeatable) when
 * the request carries Basic credentials USER:PASS, with an RS256 JWT whose
 * header holds the certificate (x5c), so a registry trusting CERT (its
 * rootcertbundle) accepts it. Wrong or missing credentials get 401. While
 * the fail file holds a number N > 0, a request gets 503 and N goes down by
 * one (to test retries). One
 * request at a time; exits after 10 minutes whatever happens. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include "util.h"

struct server {
	EVP_PKEY *key;
	char *x5c; /* base64 DER of the certificate */
	const char *issuer, *user, *password;
	const char *fail_file;
	FILE *log;
};

static char *b64(const unsigned char *buf, size_t len, int url)
{
	char *out = xmalloc(4 * ((len + 2) / 3) + 1);
	EVP_EncodeBlock((unsigned char *)out, buf, (int)len);
	if (url) {
		char *w = out;
		for (char *p = out; *p; p++) {
			if (*p == '=')
				continue;
			*w++ = *p == '+' ? '-' : *p == '/' ? '_' : *p;
		}
		*w = '\0';
	}
	return out;
}

static char *b64_json(json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT);
	char *r = b64((unsigned char *)s, strlen(s), 1);
	free(s);
	return r;
}

static char *make_token(struct server *s, const char *service, json_t *access)
{
	json_t *hdr = json_pack("{s:s, s:s, s:[s]}", "typ", "JWT", "alg", "RS256", "x5c", s->x5c);
	unsigned char rnd[12];
	RAND_bytes(rnd, sizeof rnd);
	char jti[25];
	util_hex(rnd, sizeof rnd, jti);
	json_int_t now = (json_int_t)time(NULL);
	json_t *claims = json_pack("{s:s, s:s, s:s, s:I, s:I, s:I, s:s, s:O}", "iss", s->issuer,
	                           "sub", s->user, "aud", service ? service : "", "exp", now + 600,
	                           "nbf", now - 60, "iat", now, "jti", jti, "access", access);
	AUTOFREE char *h64 = b64_json(hdr);
	AUTOFREE char *c64 = b64_json(claims);
	json_decref(hdr);
	json_decref(claims);
	AUTOFREE char *input = xasprintf("%s.%s", h64, c64);
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	size_t siglen = 0;
	unsigned char *sig = NULL;
	if (EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, s->key) == 1 &&
	    EVP_DigestSign(md, NULL, &siglen, (unsigned char *)input, strlen(input)) == 1) {
		sig = xmalloc(siglen);
		if (EVP_DigestSign(md, sig, &siglen, (unsigned char *)input, strlen(input)) != 1)
			siglen = 0;
	}
	EVP_MD_CTX_free(md);
	AUTOFREE char *s64 = b64(sig ? sig : (unsigned char *)"", siglen, 1);
	free(sig);
	return xasprintf("%s.%s", input, s64);
}

static int hexval(char c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

static char *url_decode(const char *s, size_t n)
{
	char *out = xmalloc(n + 1), *w = out;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			*w++ = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			i += 2;
		} else {
			*w++ = s[i] == '+' ? ' ' : s[i];
		}
	}
	*w = '\0';
	return out;
}

/* "repository:a/b:pull,push" -> {"type":"repository","name":"a/b","actions":[…]} */
static json_t *scope_access(const char *scope)
{
	const char *c1 = strchr(scope, ':');
	const char *c2 = c1 ? strrchr(scope, ':') : NULL;
	if (!c1 || c2 == c1)
		return NULL;
	json_t *actions = json_array();
	AUTOFREE char *list = xstrdup(c2 + 1);
	char *save = NULL;
	for (char *a = strtok_r(list, ",", &save); a; a = strtok_r(NULL, ",", &save))
		json_array_append_new(actions, json_string(a));
	return json_pack("{s:s%, s:s%, s:o}", "type", scope, (size_t)(c1 - scope), "name", c1 + 1,
	                 (size_t)(c2 - c1 - 1), "actions", actions);
}

static void reply(int fd, int status, const char *reason, const char *extra, const char *body)
{
	AUTOFREE char *msg = xasprintf("HTTP/1.1 %d %s\r\nContent-Type: application/json\r\n"
	                               "Content-Length: %zu\r\nConnection: close\r\n%s\r\n%s",
	                               status, reason, strlen(body), extra, body);
	util_write_all(fd, msg, strlen(msg));
}

static int creds_ok(struct server *s, const char *req)
{
	const char *h = strcasestr(req, "\r\nAuthorization: Basic ");
	if (!h)
		return 0;
	h += strlen("\r\nAuthorization: Basic ");
	size_t n = strcspn(h, "\r\n");
	unsigned char *dec = xzalloc(n + 1);
	int len = EVP_DecodeBlock(dec, (const unsigned char *)h, (int)n);
	AUTOFREE char *want = xasprintf("%s:%s", s->user, s->password);
	int ok = len >= (int)strlen(want) && memcmp(dec, want, strlen(want)) == 0 &&
	         (len == (int)strlen(want) || dec[strlen(want)] == '\0');
	free(dec);
	return ok;
}

static void handle(struct server *s, int fd)
{
	struct timeval tv = {5, 0};
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	char req[16384];
	size_t len = 0;
	while (len < sizeof req - 1) {
		ssize_t n = read(fd, req + len, sizeof req - 1 - len);
		if (n <= 0)
			return;
		len += (size_t)n;
		req[len] = '\0';
		if (strstr(req, "\r\n\r\n"))
			break;
	}
	AUTOFREE char *fail = NULL;
	if (s->fail_file && util_read_file(s->fail_file, &fail, NULL) == 0 && atoi(fail) > 0) {
		FILE *f = fopen(s->fail_file, "w");
		if (f) {
			fprintf(f, "%d\n", atoi(fail) - 1);
			fclose(f);
		}
		if (s->log)
			fprintf(s->log, "503 %.*s\n", (int)strcspn(req, "\r\n"), req);
		reply(fd, 503, "Service Unavailable", "", "{\"error\":\"try again\"}");
		return;
	}
	if (strncmp(req, "GET /token", 10) != 0) {
		reply(fd, 404, "Not Found", "", "{\"error\":\"not found\"}");
		return;
	}
	if (!creds_ok(s, req)) {
		if (s->log)
			fprintf(s->log, "401 %.*s\n", (int)strcspn(req, "\r\n"), req);
		reply(fd, 401, "Unauthorized", "WWW-Authenticate: Basic realm=\"token\"\r\n",
		      "{\"error\":\"unauthorized\"}");
		return;
	}
	const char *q = strchr(req, '?');
	size_t qn = q ? strcspn(q + 1, " ") : 0;
	AUTOFREE char *query = q ? xstrndup(q + 1, qn) : xstrdup("");
	AUTOFREE char *service = NULL;
	json_t *access = json_array();
	char *save = NULL;
	for (char *kv = strtok_r(query, "&", &save); kv; kv = strtok_r(NULL, "&", &save)) {
		char *eq = strchr(kv, '=');
		if (!eq)
			continue;
		AUTOFREE char *v = url_decode(eq + 1, strlen(eq + 1));
		if (strncmp(kv, "service=", 8) == 0) {
			free(service);
			service = xstrdup(v);
		} else if (strncmp(kv, "scope=", 6) == 0) {
			json_t *a = scope_access(v);
			if (a)
				json_array_append_new(access, a);
		}
	}
	AUTOFREE char *tok = make_token(s, service, access);
	json_decref(access);
	json_t *body =
	        json_pack("{s:s, s:s, s:i}", "token", tok, "access_token", tok, "expires_in", 600);
	AUTOFREE char *text = json_dumps(body, JSON_COMPACT);
	json_decref(body);
	if (s->log)
		fprintf(s->log, "200 %.*s\n", (int)strcspn(req, "\r\n"), req);
	reply(fd, 200, "OK", "", text);
}

int main(int argc, char **argv)
{
	const char *key = NULL, *cert = NULL, *port_file = NULL, *log = NULL;
	struct server s = {0};
	for (int i = 1; i + 1 < argc; i += 2) {
		const char *k = argv[i], *v = argv[i + 1];
		if (!strcmp(k, "--key"))
			key = v;
		else if (!strcmp(k, "--cert"))
			cert = v;
		else if (!strcmp(k, "--issuer"))
			s.issuer = v;
		else if (!strcmp(k, "--user"))
			s.user = v;
		else if (!strcmp(k, "--password"))
			s.password = v;
		else if (!strcmp(k, "--port-file"))
			port_file = v;
		else if (!strcmp(k, "--log"))
			log = v;
		else if (!strcmp(k, "--fail-file"))
			s.fail_file = v;
	}
	if (!key || !cert || !s.issuer || !s.user || !s.password || !port_file) {
		fprintf(stderr, "usage: token-server --key K --cert C --issuer I --user U "
		                "--password P --port-file F [--log F]\n");
		return 2;
	}
	alarm(600); /* never outlive a test run */
	signal(SIGPIPE, SIG_IGN);
	FILE *f = fopen(key, "r");
	s.key = f ? PEM_read_PrivateKey(f, NULL, NULL, NULL) : NULL;
	if (f)
		fclose(f);
	f = fopen(cert, "r");
	X509 *x = f ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;
	if (f)
		fclose(f);
	if (!s.key || !x) {
		fprintf(stderr, "token-server: cannot read '%s' or '%s'\n", key, cert);
		return 1;
	}
	unsigned char *der = NULL;
	int dlen = i2d_X509(x, &der);
	s.x5c = b64(der, (size_t)dlen, 0);
	OPENSSL_free(der);
	X509_free(x);
	if (log)
		s.log = fopen(log, "a");
	/* line by line: the test reads the log while this server still runs */
	if (s.log)
		setvbuf(s.log, NULL, _IOLBF, 0);
	if (s.log)
		setvbuf(s.log, NULL, _IOLBF, 0);

	int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t alen = sizeof a;
	if (ls < 0 || bind(ls, (struct sockaddr *)&a, sizeof a) < 0 || listen(ls, 16) < 0 ||
	    getsockname(ls, (struct sockaddr *)&a, &alen) < 0) {
		perror("token-server: listen");
		return 1;
	}
	AUTOFREE char *tmp = xasprintf("%s.tmp", port_file);
	f = fopen(tmp, "w");
	if (!f) {
		perror("token-server: port file");
		return 1;
	}
	fprintf(f, "%d\n", ntohs(a.sin_port));
	fclose(f);
	rename(tmp, port_file);
	for (;;) {
		int c = accept4(ls, NULL, NULL, SOCK_CLOEXEC);
		if (c < 0) {
			if (errno == EINTR)
				continue;
			perror("token-server: accept");
			return 1;
		}
		handle(&s, c);
		close(c);
	}
}
