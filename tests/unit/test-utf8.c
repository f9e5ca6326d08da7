/* test-utf8: validation and U+FFFD repair. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/utf8.h"

static void
test_valid(void **state)
{
	static const char ascii[] = "plain ascii, long enough for 8-byte steps";

	(void)state;
	assert_true(utf8_valid(ascii, sizeof ascii - 1));
	assert_true(utf8_valid("caf\xC3\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80", 13));
	assert_true(utf8_valid("\xEF\xBF\xBD", 3));		/* U+FFFD itself */
	assert_false(utf8_valid("\xC0\xAF", 2));		/* overlong */
	assert_false(utf8_valid("\xE0\x80\xAF", 3));		/* overlong */
	assert_false(utf8_valid("\xED\xA0\x80", 3));		/* surrogate */
	assert_false(utf8_valid("\xF4\x90\x80\x80", 4));	/* > U+10FFFF */
	assert_false(utf8_valid("\xFF", 1));
	assert_false(utf8_valid("abc\xE2\x80", 5));		/* truncated */
	assert_int_equal(utf8_valid_prefix("abcdefghij\x80", 11), 10);
}

static void
test_sanitize(void **state)
{
	char *s;
	size_t n;

	(void)state;
	s = utf8_sanitize("a\xFF" "b", 3, &n);
	assert_string_equal(s, "a\xEF\xBF\xBD" "b");
	assert_int_equal(n, 5);
	free(s);
	/* A truncated sequence is one U+FFFD, the next byte survives. */
	s = utf8_sanitize("\xE2\x80" "x", 3, NULL);
	assert_string_equal(s, "\xEF\xBF\xBD" "x");
	free(s);
	s = utf8_sanitize("", 0, NULL);
	assert_string_equal(s, "");
	free(s);
}

static void
test_codec(void **state)
{
	char out[4];
	uint32_t cp;

	(void)state;
	assert_int_equal(utf8_encode(0x20AC, out), 3);
	assert_memory_equal(out, "\xE2\x82\xAC", 3);
	assert_int_equal(utf8_encode(0xD800, out), 3);	/* -> U+FFFD */
	assert_memory_equal(out, "\xEF\xBF\xBD", 3);
	assert_int_equal(utf8_encode(0x1F600, out), 4);
	assert_int_equal(utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	assert_int_equal(utf8_decode("\xC3", 1, &cp), 1);
	assert_int_equal(cp, UTF8_REPLACEMENT);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_codec),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
