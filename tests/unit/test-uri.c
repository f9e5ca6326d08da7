/* test-uri: RFC 3986 reference resolution (xml:base, the document URL). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/uri.h"

static void
test_rfc3986(void **state)
{
	/* RFC 3986 section 5.4 examples. */
	static const char *base = "http://a/b/c/d;p?q";
	static const struct { const char *ref, *want; } t[] = {
		{ "g:h", "g:h" }, { "g", "http://a/b/c/g" },
		{ "./g", "http://a/b/c/g" }, { "g/", "http://a/b/c/g/" },
		{ "/g", "http://a/g" }, { "//g", "http://g" },
		{ "?y", "http://a/b/c/d;p?y" }, { "g?y", "http://a/b/c/g?y" },
		{ "#s", "http://a/b/c/d;p?q#s" }, { "g#s", "http://a/b/c/g#s" },
		{ "g?y#s", "http://a/b/c/g?y#s" }, { ";x", "http://a/b/c/;x" },
		{ "g;x", "http://a/b/c/g;x" }, { "", "http://a/b/c/d;p?q" },
		{ ".", "http://a/b/c/" }, { "./", "http://a/b/c/" },
		{ "..", "http://a/b/" }, { "../", "http://a/b/" },
		{ "../g", "http://a/b/g" }, { "../..", "http://a/" },
		{ "../../", "http://a/" }, { "../../g", "http://a/g" },
		{ "../../../g", "http://a/g" }, { "/./g", "http://a/g" },
		{ "/../g", "http://a/g" }, { "g.", "http://a/b/c/g." },
		{ ".g", "http://a/b/c/.g" }, { "g..", "http://a/b/c/g.." },
		{ "./../g", "http://a/b/g" }, { "./g/.", "http://a/b/c/g/" },
		{ "g/./h", "http://a/b/c/g/h" }, { "g/../h", "http://a/b/c/h" },
	};
	size_t i;
	char *r;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		r = uri_resolve(base, t[i].ref);
		if (strcmp(r, t[i].want) != 0)
			fail_msg("'%s': got %s, want %s", t[i].ref, r, t[i].want);
		free(r);
	}
}

static void
test_feed_cases(void **state)
{
	char *r;

	(void)state;
	/* No base, or a relative one: the reference as written. */
	r = uri_resolve(NULL, " /rel ");
	assert_string_equal(r, "/rel");
	free(r);
	r = uri_resolve("rel/base/", "x");
	assert_string_equal(r, "x");
	free(r);
	/* Host-only base, non-ASCII path, nested bases. */
	r = uri_resolve("http://example.com", "a/b");
	assert_string_equal(r, "http://example.com/a/b");
	free(r);
	r = uri_resolve("http://any.test/", "\xC3\x80");
	assert_string_equal(r, "http://any.test/\xC3\x80");
	free(r);
	r = uri_resolve("http://example.com/feed/", "../img/x.png");
	assert_string_equal(r, "http://example.com/img/x.png");
	free(r);
	assert_int_equal(uri_is_absolute("mailto:me@example.com"), 1);
	assert_int_equal(uri_is_absolute("/x:y"), 0);
	assert_int_equal(uri_is_absolute("1http:x"), 0);
}

static void
test_split(void **state)
{
	struct uri_parts u;

	(void)state;
	uri_split("https://h:8/p/q?x=1#f", &u);
	assert_int_equal(u.scheme_len, 5);
	assert_true(u.has_auth && u.auth_len == 3);
	assert_int_equal(u.path_len, 4);
	assert_true(u.has_query && u.query_len == 3);
	assert_true(u.has_frag && u.frag_len == 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc3986),
		cmocka_unit_test(test_feed_cases),
		cmocka_unit_test(test_split),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
