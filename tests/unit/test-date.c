/* test-date: every date spelling feeds use, to UTC, and what is refused. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/date.h"

static const struct {
	const char	*in;
	const char	*want;		/* NULL: unparseable */
} cases[] = {
	/* RFC 822 / 1123 and variants */
	{ "Wed, 20 Nov 2024 18:30:00 GMT", "2024-11-20T18:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 UT", "2024-11-20T18:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 UTC", "2024-11-20T18:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 +0000", "2024-11-20T18:30:00Z" },
	{ "Mon, 4 Mar 2024 09:00:00 -0000", "2024-03-04T09:00:00Z" },
	{ "Wed, 1 Jan 2025 00:00:00 +0100", "2024-12-31T23:00:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 +05:30", "2024-11-20T13:00:00Z" },
	{ "20 Nov 2024 18:30:00 GMT", "2024-11-20T18:30:00Z" },	/* no weekday */
	{ "Wed,20 Nov 2024 18:30:00 GMT", "2024-11-20T18:30:00Z" },
	{ "Wed, 20 Nov 24 18:30:00 GMT", "2024-11-20T18:30:00Z" },	/* 2-digit */
	{ "Sat, 20 Nov 99 18:30:00 GMT", "1999-11-20T18:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30 GMT", "2024-11-20T18:30:00Z" },	/* no secs */
	{ "Wed, 20 Nov 2024 18:30:00 MDT", "2024-11-21T00:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 PDT", "2024-11-21T01:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 EST", "2024-11-20T23:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 CEST", "2024-11-20T16:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 GMT+2", "2024-11-20T16:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 UTC-05:00", "2024-11-20T23:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 Etc/GMT", "2024-11-20T18:30:00Z" },
	{ "Sat, 02 Mar 2024 09:15:00 gmt", "2024-03-02T09:15:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 Z", "2024-11-20T18:30:00Z" },	/* military */
	{ "Wed, 20 Nov 2024 18:30:00 A", "2024-11-20T19:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 N", "2024-11-20T17:30:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 Y", "2024-11-20T06:30:00Z" },
	{ "Wednesday, 20 November 2024 18:30:00 GMT", "2024-11-20T18:30:00Z" },
	{ "Thu, 20 Nov 2024 18:30:00 GMT", "2024-11-20T18:30:00Z" },	/* wrong day */
	{ "Wed Nov 20 18:30:00 2024", "2024-11-20T18:30:00Z" },	/* asctime */
	{ "Wed Nov 20 18:30:00 PST 2024", "2024-11-21T02:30:00Z" },
	{ "20 Nov 2024", "2024-11-20T00:00:00Z" },
	{ "Wed, 20 Nov 2024 06:30:00 PM GMT", "2024-11-20T18:30:00Z" },
	{ "20-Nov-2024 18:30:00 +0000", "2024-11-20T18:30:00Z" },
	/* ISO 8601 / RFC 3339 / W3CDTF */
	{ "2024-11-20T18:30:00Z", "2024-11-20T18:30:00Z" },
	{ "2024-11-20T18:30:00.123Z", "2024-11-20T18:30:00Z" },
	{ "2024-11-20T18:30:00.123456+02:00", "2024-11-20T16:30:00Z" },
	{ "2024-11-20T18:30:00+05:45", "2024-11-20T12:45:00Z" },
	{ "2024-11-20T18:30:00-00:00", "2024-11-20T18:30:00Z" },
	{ "2024-11-20T18:30:00-08:00", "2024-11-21T02:30:00Z" },
	{ "2024-11-20T18:30:00+0200", "2024-11-20T16:30:00Z" },
	{ "2024-11-20T18:30:00+02", "2024-11-20T16:30:00Z" },
	{ "2024-11-20T18:30Z", "2024-11-20T18:30:00Z" },
	{ "2024-11-20T18:30:00", "2024-11-20T18:30:00Z" },	/* no zone */
	{ "2024-11-20 18:30:00", "2024-11-20T18:30:00Z" },
	{ "2024-11-20 18:30:00Z", "2024-11-20T18:30:00Z" },
	{ "2024-11-20t18:30:00z", "2024-11-20T18:30:00Z" },
	{ "2024-11-20", "2024-11-20T00:00:00Z" },
	{ "2024-11", "2024-11-01T00:00:00Z" },
	{ "2024", "2024-01-01T00:00:00Z" },
	{ "20241120T183000Z", "2024-11-20T18:30:00Z" },
	{ "2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z" },
	{ "2024-11-20T24:00:00Z", "2024-11-21T00:00:00Z" },
	{ "1999-12-31T23:59:59Z", "1999-12-31T23:59:59Z" },
	{ "2038-01-19T03:14:08Z", "2038-01-19T03:14:08Z" },
	{ "1969-07-20T20:17:40Z", "1969-07-20T20:17:40Z" },
	{ "  2024-11-20T18:30:00Z \n", "2024-11-20T18:30:00Z" },
	{ "2024-11-20T18:30:00,5Z", "2024-11-20T18:30:00Z" },
	{ "2024-11-20T23:59:60Z", "2024-11-21T00:00:00Z" },	/* leap second */
	{ "2024-325", "2024-11-20T00:00:00Z" },			/* ordinal */
	{ "2024-366T12:00Z", "2024-12-31T12:00:00Z" },
	{ "Wed, 20 Nov 2024 18:30:00 +0000 (UTC)", "2024-11-20T18:30:00Z" },
	{ "Nov 20, 2024 6:30 PM EST", "2024-11-20T23:30:00Z" },
	/* refused */
	{ "not a date", NULL },
	{ "", NULL },
	{ "2024-13-45T99:99:99Z", NULL },
	{ "2023-02-29T12:00:00Z", NULL },
	{ "2024-11-20T24:30:00Z", NULL },
	{ "Wed, 32 Nov 2024 18:30:00 GMT", NULL },
	{ "Wed, 20 Foo 2024 18:30:00 GMT", NULL },
	{ "Wed, 20 Nov 2024 18:30:00 XYZT", NULL },
	{ "yesterday", NULL },
	{ "2024-11-20T18:30:00+25:00", NULL },
	{ "2023-366", NULL },
};

static void
test_table(void **state)
{
	char iso[DATE_ISO_LEN];
	size_t i;
	int64_t t;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		t = date_parse(cases[i].in);
		if (cases[i].want == NULL) {
			if (t != DATE_NONE)
				fail_msg("'%s' should be unparseable", cases[i].in);
			continue;
		}
		if (t == DATE_NONE)
			fail_msg("'%s' not parsed", cases[i].in);
		assert_int_equal(date_format_iso(t, iso), 0);
		if (strcmp(iso, cases[i].want) != 0)
			fail_msg("'%s': got %s, want %s", cases[i].in, iso,
			    cases[i].want);
	}
}

static void
test_format(void **state)
{
	char iso[DATE_ISO_LEN];

	(void)state;
	assert_int_equal(date_format_iso(0, iso), 0);
	assert_string_equal(iso, "1970-01-01T00:00:00Z");
	assert_int_equal(date_format_iso(-1, iso), 0);
	assert_string_equal(iso, "1969-12-31T23:59:59Z");
	assert_int_equal(date_format_iso(DATE_NONE, iso), -1);
	assert_string_equal(iso, "");
	assert_int_equal(date_format_iso(INT64_MAX, iso), -1);
	assert_int_equal(date_days_from_civil(2000, 3, 1), 11017);
}

static void
test_no_locale_or_tz(void **state)
{
	(void)state;
	/* TZ must not matter: the arithmetic never calls mktime. */
	setenv("TZ", "America/New_York", 1);
	assert_true(date_parse("2024-11-20T18:30:00Z") == 1732127400);
	assert_true(date_parse_rfc822("Wed, 20 Nov 2024 18:30:00 GMT") ==
	    1732127400);
	assert_true(date_parse_iso8601("Wed, 20 Nov 2024") == DATE_NONE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_no_locale_or_tz),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
