/* Tests for the registry-distribution plugin's pure parts: references,
 * WWW-Authenticate, config.json credentials, credential helpers, index
 * platform choice, base64 and URL resolution. The plugin's sources are
 * compiled in: its .so exports only strata_plugin_init; references and
 * manifest kinds, which it shares with the archive plugin, come from the
 * plugins' common library (plugins/common/image_ref.c, manifest.c). */
#include "tap.h"

#include <sys/stat.h>

#include "../../plugins/registry-distribution/ref.c"
#include "../../plugins/registry-distribution/creds.c"

struct ref_case {
	const char *in, *domain, *path, *tag, *digest;
};

#define D64 "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static void test_ref_ok(void)
{
	static const struct ref_case cases[] = {
	        {"busybox", "docker.io", "library/busybox", "latest", NULL},
	        {"busybox:1.36", "docker.io", "library/busybox", "1.36", NULL},
	        {"library/busybox", "docker.io", "library/busybox", "latest", NULL},
	        {"docker.io/busybox", "docker.io", "library/busybox", "latest", NULL},
	        {"index.docker.io/busybox:x", "docker.io", "library/busybox", "x", NULL},
	        {"docker.io/user/app:v1", "docker.io", "user/app", "v1", NULL},
	        {"user/app", "docker.io", "user/app", "latest", NULL},
	        {"localhost/app", "localhost", "app", "latest", NULL},
	        {"localhost:5000/ns/app:t", "localhost:5000", "ns/app", "t", NULL},
	        {"127.0.0.1:5000/app", "127.0.0.1:5000", "app", "latest", NULL},
	        {"quay.io/a/b/c:tag_1.0-x", "quay.io", "a/b/c", "tag_1.0-x", NULL},
	        {"Registry.Example.com/app", "Registry.Example.com", "app", "latest", NULL},
	        {"[::1]:5000/app", "[::1]:5000", "app", "latest", NULL},
	        {"busybox@" D64, "docker.io", "library/busybox", NULL, D64},
	        {"host:1/a:tag@" D64, "host:1", "a", "tag", D64},
	        {"//host:1/my_app__x--y.z", "host:1", "my_app__x--y.z", "latest", NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct ref_case *c = &cases[i];
		struct image_ref r;
		const char *why = NULL;
		int rc = image_ref_parse(c->in, &r, &why);
		is_int(rc, 0, "parse '%s'", c->in);
		if (rc < 0)
			diag("why: %s", why);
		is_str(r.domain, c->domain, "  domain");
		is_str(r.path, c->path, "  path");
		is_str(r.tag, c->tag, "  tag");
		is_str(r.digest, c->digest, "  digest");
		image_ref_release(&r);
	}
}

static void test_ref_bad(void)
{
	static const struct {
		const char *in, *why;
	} cases[] = {
	        {"", "empty"},
	        {"BusyBox", "lowercase"},
	        {"docker.io/Library/x", "lowercase"},
	        {"a//b", "separated"},
	        {"-app", "separated"},
	        {"app-", "separated"},
	        {"a..b", "separated"},
	        {"a___b", "separated"},
	        {"app:", "tag"},
	        {"app:-x", "tag"},
	        {"app:a/b", "host[:port]"},
	        {"app@sha256:abc", "digest"},
	        {"app@md5:0123", "digest"},
	        {"host:port/app", "host[:port]"},
	        {"host:/app", "host[:port]"},
	        {":tag", "no repository"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct image_ref r;
		const char *why = NULL;
		is_int(image_ref_parse(cases[i].in, &r, &why), -1, "'%s' is rejected", cases[i].in);
		like(why, cases[i].why, "  because of its %s", cases[i].why);
		image_ref_release(&r);
	}
	/* 256 characters of name */
	char longname[300];
	memset(longname, 'a', 256);
	longname[256] = '\0';
	struct image_ref r;
	const char *why = NULL;
	is_int(image_ref_parse(longname, &r, &why), -1, "a 256-character name is rejected");
	like(why, "255", "  with the limit in the reason");
	image_ref_release(&r);
	/* found by fuzzing: docker counts "docker.io/library/" in (240 + 18),
	 * so the name printed back parses again */
	longname[240] = '\0';
	is_int(image_ref_parse(longname, &r, &why), -1,
	       "a 240-character name that is 258 with docker.io/library/ is rejected");
	image_ref_release(&r);
	longname[237] = '\0';
	is_int(image_ref_parse(longname, &r, &why), 0, "237 + 18 characters are taken");
	image_ref_release(&r);
}

static void test_ref_string(void)
{
	struct image_ref r;
	image_ref_parse("busybox", &r, NULL);
	AUTOFREE char *s1 = image_ref_string(&r);
	is_str(s1, "docker.io/library/busybox:latest", "canonical string of a short name");
	is_str(image_ref_reference(&r), "latest", "its reference is the tag");
	is_str(dist_registry_host(r.domain), "registry-1.docker.io",
	       "docker.io is served by "
	       "registry-1.docker.io");
	image_ref_release(&r);
	image_ref_parse("h:1/a:t@" D64, &r, NULL);
	AUTOFREE char *s2 = image_ref_string(&r);
	is_str(s2, "h:1/a@" D64, "a digest wins over the tag in the string");
	is_str(image_ref_reference(&r), D64, "and in the reference");
	is_str(dist_registry_host(r.domain), "h:1", "other registries are their own host");
	image_ref_release(&r);
}

static void test_challenge(void)
{
	struct dist_challenge c;
	is_int(dist_challenge_parse("Bearer realm=\"https://auth.docker.io/token\","
	                            "service=\"registry.docker.io\","
	                            "scope=\"repository:samalba/my-app:pull,push\"",
	                            &c),
	       0, "a Bearer challenge parses");
	is_int(c.scheme, DIST_AUTH_BEARER, "  scheme Bearer");
	is_str(c.realm, "https://auth.docker.io/token", "  realm");
	is_str(c.service, "registry.docker.io", "  service");
	is_str(c.scope, "repository:samalba/my-app:pull,push", "  scope with its comma");
	dist_challenge_release(&c);

	is_int(dist_challenge_parse("Basic realm=\"Registry Realm\"", &c), 0, "Basic parses");
	is_int(c.scheme, DIST_AUTH_BASIC, "  scheme Basic");
	is_str(c.realm, "Registry Realm", "  realm with a space");
	dist_challenge_release(&c);

	is_int(dist_challenge_parse("bearer  realm = tok.example/t , service=\"a\\\"b\"", &c), 0,
	       "lowercase scheme, spaces, a token value, an escaped quote");
	is_str(c.realm, "tok.example/t", "  the token value");
	is_str(c.service, "a\"b", "  the escaped quote");
	ok(c.scope == NULL, "  no scope");
	dist_challenge_release(&c);

	is_int(dist_challenge_parse("Basic realm=\"r\", Bearer realm=\"https://t/\",scope=\"s\"",
	                            &c),
	       0, "two challenges");
	is_int(c.scheme, DIST_AUTH_BEARER, "  Bearer wins");
	is_str(c.realm, "https://t/", "  with its own realm");
	is_str(c.scope, "s", "  and scope");
	dist_challenge_release(&c);

	is_int(dist_challenge_parse("Negotiate abc", &c), -1, "an unknown scheme is refused");
	is_int(dist_challenge_parse("Bearer service=\"x\"", &c), -1, "Bearer without a realm too");
	is_int(dist_challenge_parse("", &c), -1, "an empty header too");
	is_int(dist_challenge_parse(NULL, &c), -1, "and no header");
}

static json_t *parse(const char *s)
{
	json_error_t je;
	json_t *j = json_loads(s, 0, &je);
	if (!j)
		diag("bad test json: %s", je.text);
	return j;
}

static void test_auth_lookup(void)
{
	/* "dXNlcjpwYXNz" is base64("user:pass"), "aHViOnNlY3JldDpjb2xvbg==" of
	 * "hub:secret:colon" */
	json_t *cfg = parse("{\"auths\": {"
	                    "\"https://index.docker.io/v1/\": {\"auth\": "
	                    "\"aHViOnNlY3JldDpjb2xvbg==\"},"
	                    "\"localhost:5000\": {\"auth\": \"dXNlcjpwYXNz\"},"
	                    "\"https://other:1/v2/\": {\"username\": \"u\", \"password\": \"p\"},"
	                    "\"tok:1\": {\"identitytoken\": \"refresh\"},"
	                    "\"bad:1\": {\"auth\": \"not base64!\"},"
	                    "\"helped:1\": {\"auth\": \"dXNlcjpwYXNz\"}},"
	                    "\"credHelpers\": {\"helped:1\": \"fake\"}}");
	struct dist_creds c;
	const char *helper, *why = NULL;
	is_int(dist_auth_lookup(cfg, "docker.io", &c, &helper, &why), 1, "docker.io from auths");
	is_str(c.username, "hub", "  user");
	is_str(c.password, "secret:colon", "  a password with a colon");
	dist_creds_release(&c);
	is_int(dist_auth_lookup(cfg, "localhost:5000", &c, &helper, &why), 1, "host:port");
	is_str(c.username, "user", "  user");
	is_str(c.password, "pass", "  pass");
	dist_creds_release(&c);
	is_int(dist_auth_lookup(cfg, "other:1", &c, &helper, &why), 1,
	       "a key with scheme and path, username/password fields");
	is_str(c.username, "u", "  user");
	dist_creds_release(&c);
	is_int(dist_auth_lookup(cfg, "tok:1", &c, &helper, &why), 1, "an identity token");
	is_str(c.username, "<token>", "  is user <token>");
	is_str(c.password, "refresh", "  and the token");
	dist_creds_release(&c);
	is_int(dist_auth_lookup(cfg, "bad:1", &c, &helper, &why), -1, "malformed auth fails");
	like(why, "base64", "  and says why");
	dist_creds_release(&c);
	is_int(dist_auth_lookup(cfg, "helped:1", &c, &helper, &why), 2, "credHelpers beats auths");
	is_str(helper, "fake", "  naming the helper");
	is_int(dist_auth_lookup(cfg, "nobody:1", &c, &helper, &why), 0, "no entry: none");
	ok(c.username == NULL && helper == NULL, "  and nothing set");
	json_decref(cfg);

	cfg = parse("{\"auths\": {\"a:1\": {}}, \"credsStore\": \"desktop\"}");
	is_int(dist_auth_lookup(cfg, "a:1", &c, &helper, &why), 2,
	       "an empty auths entry falls through to credsStore");
	is_str(helper, "desktop", "  the store");
	is_int(dist_auth_lookup(cfg, "b:1", &c, &helper, &why), 2, "credsStore serves any host");
	json_decref(cfg);
	is_int(dist_auth_lookup(NULL, "b:1", &c, &helper, &why), 0, "no config: none");
	is_str(dist_auth_key("docker.io"), "https://index.docker.io/v1/", "docker.io's key");
	is_str(dist_auth_key("h:1"), "h:1", "another registry's key");
}

static void write_script(const char *path, const char *body)
{
	FILE *f = fopen(path, "w");
	fputs(body, f);
	fclose(f);
	chmod(path, 0755);
}

static void test_helpers(void)
{
	const char *dir = tap_tmpdir();
	AUTOFREE char *fake = xasprintf("%s/docker-credential-fake", dir);
	AUTOFREE char *log = xasprintf("%s/log", dir);
	AUTOFREE char *script = xasprintf(
	        "#!/bin/sh\n"
	        "read -r url || true\n"
	        "echo \"$1 $url\" >> '%s'\n"
	        "case \"$1:$url\" in\n"
	        "get:h:1) echo '{\"ServerURL\":\"h:1\",\"Username\":\"hu\",\"Secret\":\"hs\"}' ;;\n"
	        "get:*) echo 'credentials not found in native keychain'; exit 1 ;;\n"
	        "esac\n",
	        log);
	write_script(fake, script);
	AUTOFREE char *garbage = xasprintf("%s/docker-credential-garbage", dir);
	write_script(garbage, "#!/bin/sh\necho not json\n");
	AUTOFREE char *slow = xasprintf("%s/docker-credential-slow", dir);
	write_script(slow, "#!/bin/sh\nexec sleep 30\n");
	AUTOFREE char *fails = xasprintf("%s/docker-credential-fails", dir);
	write_script(fails, "#!/bin/sh\necho oops >&2\nexit 3\n");
	AUTOFREE char *oldpath = xstrdup(getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	AUTOFREE char *path = xasprintf("%s:%s", dir, oldpath);
	setenv("PATH", path, 1);

	struct dist_creds c;
	char why[512] = "";
	is_int(dist_helper_get("fake", "h:1", &c, why, sizeof why), 1, "a helper answers get");
	is_str(c.username, "hu", "  user");
	is_str(c.password, "hs", "  secret");
	dist_creds_release(&c);
	AUTOFREE char *logged = NULL;
	util_read_file(log, &logged, NULL);
	like(logged, "get h:1", "  it got the verb and the server URL on stdin");
	is_int(dist_helper_get("fake", "x:1", &c, why, sizeof why), 0,
	       "'credentials not found' means none");
	is_int(dist_helper_get("garbage", "h:1", &c, why, sizeof why), -1, "garbage fails");
	like(why, "no Username", "  and says so");
	is_int(dist_helper_get("missing", "h:1", &c, why, sizeof why), -1,
	       "a missing helper fails");
	like(why, "docker-credential-missing' not found in PATH", "  naming it");
	is_int(dist_helper_get("../x", "h:1", &c, why, sizeof why), -1,
	       "a helper name with a slash is not run");
	is_int(dist_helper_run("fails", "erase", "h:1", NULL, 5000, why, sizeof why), -1,
	       "a failing helper fails");
	like(why, "exit status 3: oops", "  with its status and stderr");
	time_t t0 = time(NULL);
	is_int(dist_helper_run("slow", "get", "h:1", NULL, 300, why, sizeof why), -1,
	       "a helper that hangs is killed");
	like(why, "no answer in 300 ms", "  and the timeout named");
	ok(time(NULL) - t0 < 5, "  promptly");
	AUTOFREE char *out = NULL;
	is_int(dist_helper_run("fake", "store", "{\"ServerURL\":\"h:1\"}", &out, 5000, why,
	                       sizeof why),
	       0, "store runs");
	setenv("PATH", oldpath, 1);
}

static void test_media_and_index(void)
{
	is_int(manifest_kind("application/vnd.oci.image.manifest.v1+json", NULL), MANIFEST_IMAGE,
	       "OCI manifest");
	is_int(manifest_kind("application/vnd.docker.distribution.manifest.v2+json; charset=x",
	                     NULL),
	       MANIFEST_IMAGE, "Docker v2 manifest with a parameter");
	is_int(manifest_kind("application/vnd.oci.image.index.v1+json", NULL), MANIFEST_INDEX,
	       "OCI index");
	is_int(manifest_kind("application/vnd.docker.distribution.manifest.list.v2+json", NULL),
	       MANIFEST_INDEX, "Docker list");
	is_int(manifest_kind("application/vnd.docker.distribution.manifest.v1+prettyjws", NULL),
	       MANIFEST_SCHEMA1, "schema 1");
	is_int(manifest_kind("text/html", NULL), MANIFEST_UNKNOWN, "html is unknown");
	json_t *doc = parse("{\"schemaVersion\":2,\"manifests\":[]}");
	is_int(manifest_kind("application/json", doc), MANIFEST_INDEX,
	       "untyped: guessed from the fields");
	json_decref(doc);

	json_t *idx = parse(
	        "{\"manifests\":["
	        "{\"digest\":\"sha256:a\",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm\","
	        "\"variant\":\"v6\"}},"
	        "{\"digest\":\"sha256:b\",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm\","
	        "\"variant\":\"v7\"}},"
	        "{\"digest\":\"sha256:c\",\"platform\":{\"os\":\"linux\",\"architecture\":"
	        "\"amd64\"}},"
	        "{\"digest\":\"sha256:w\",\"platform\":{\"os\":\"windows\",\"architecture\":"
	        "\"amd64\"}},"
	        "{\"digest\":\"sha256:d\",\"platform\":{\"os\":\"linux\",\"architecture\":"
	        "\"arm64\",\"variant\":\"v8\"}},"
	        "{\"digest\":\"sha256:att\",\"platform\":{\"os\":\"unknown\",\"architecture\":"
	        "\"unknown\"}}]}");
	json_t *m = manifest_index_pick(idx, "linux", "amd64", NULL);
	is_str(json_string_value(json_object_get(m, "digest")), "sha256:c", "linux/amd64");
	m = manifest_index_pick(idx, "linux", "arm", "v7");
	is_str(json_string_value(json_object_get(m, "digest")), "sha256:b", "linux/arm/v7");
	m = manifest_index_pick(idx, "linux", "arm64", NULL);
	is_str(json_string_value(json_object_get(m, "digest")), "sha256:d", "arm64 means arm64/v8");
	m = manifest_index_pick(idx, "windows", "amd64", NULL);
	is_str(json_string_value(json_object_get(m, "digest")), "sha256:w", "windows/amd64");
	ok(manifest_index_pick(idx, "linux", "s390x", NULL) == NULL, "s390x: none");
	ok(manifest_index_pick(idx, "linux", "arm", "v5") == NULL, "arm/v5: none");
	json_decref(idx);
}

static void test_base64_and_urls(void)
{
	AUTOFREE char *e = dist_base64_encode("user:pass", 9);
	is_str(e, "dXNlcjpwYXNz", "base64 encode");
	size_t n = 0;
	AUTOFREE char *d = dist_base64_decode("aGk=", &n);
	is_str(d, "hi", "decode with padding");
	is_int(n, 2, "  length without the padding");
	ok(dist_base64_decode("abc", &n) == NULL, "a length not a multiple of 4 is refused");
	ok(dist_base64_decode("ab!=", &n) == NULL, "a bad character is refused");
	/* found by fuzzing: the length went below zero, and a byte was written
	 * before the buffer */
	ok(dist_base64_decode("====", &n) == NULL, "padding alone is refused");
	ok(dist_base64_decode("a===", &n) == NULL, "three padding characters are refused");
	ok(dist_base64_decode("\t\t\t\t", &n) == NULL, "blanks alone are refused");
	ok(dist_base64_decode("  aGVsbG8=", &n) == NULL, "blanks before are refused");
	AUTOFREE char *d2 = dist_base64_decode("aGVsbG8=", &n);
	is_str(d2, "hello", "one padding character");

	AUTOFREE char *u1 = dist_url_resolve("http://h:1/v2/a/blobs/uploads/",
	                                     "/v2/a/blobs/uploads/uuid?_state=x");
	is_str(u1, "http://h:1/v2/a/blobs/uploads/uuid?_state=x", "an absolute path");
	AUTOFREE char *u2 = dist_url_resolve("http://h:1/v2/x", "https://s3/obj?sig=1");
	is_str(u2, "https://s3/obj?sig=1", "a full URL");
	AUTOFREE char *u3 = dist_url_resolve("http://h:1/v2/a/b?q=/x", "c");
	is_str(u3, "http://h:1/v2/a/c", "a relative path, ignoring the query");
}

int main(void)
{
	test_ref_ok();
	test_ref_bad();
	test_ref_string();
	test_challenge();
	test_auth_lookup();
	test_helpers();
	test_media_and_index();
	test_base64_and_urls();
	return done_testing();
}
