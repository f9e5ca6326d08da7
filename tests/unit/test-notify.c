/*
 * test-notify: the reload notification's text (notify-format's
 * specifiers, from a table), newsboat's rule for when to notify, and the
 * terminal escapes, which carry no control, escape or bidi override of
 * a feed's name.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/notify.h"
#include "model/reload.h"

static void
test_text(void **state)
{
	static char *names[] = { "A; rm -rf ~", "B" };
	static const struct {
		const char	*fmt;
		size_t		 nnames;
		const char	*want;
	} cases[] = {
		{ "%d new, %n unread, %f feeds, %D new feeds", 0,
		  "3 new, 10 unread, 4 feeds, 1 new feeds" },
		{ "%t", 2, "A; rm -rf ~, B" },
		{ "%t", 0, "" },
		{ "100%% %q %", 0, "100% %q %" },
		{ "", 0, "" },
	};
	struct reload_summary s;
	size_t i;
	char *got;

	(void)state;
	memset(&s, 0, sizeof s);
	s.unread_before = 7;
	s.unread_after = 10;
	s.unread_feeds_before = 3;
	s.unread_feeds_after = 4;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = model_notify_text(cases[i].fmt, &s, names,
		    cases[i].nnames);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
	/* fewer unread after (read elsewhere): %d is 0, not negative */
	s.unread_after = 2;
	got = model_notify_text("%d %D", &s, NULL, 0);
	assert_string_equal(got, "0 1");
	free(got);
}

static void
test_due(void **state)
{
	struct reload_summary s;

	(void)state;
	memset(&s, 0, sizeof s);
	s.unread_before = s.unread_after = 5;
	s.unread_feeds_before = s.unread_feeds_after = 2;
	assert_false(model_notify_due(&s, 0));
	assert_true(model_notify_due(&s, 1));
	s.unread_after = 6;
	assert_true(model_notify_due(&s, 0));
	s.unread_after = 5;
	s.unread_feeds_after = 3;
	assert_true(model_notify_due(&s, 0));
}

static void
test_escape(void **state)
{
	char *got;

	(void)state;
	/* NOLINTNEXTLINE(misc-misleading-bidirectional): the U+202E is the test */
	got = model_notify_escape(0, "a\033]0;x\007b\xe2\x80\xae" "c\xc2\x9b"
	    "d\xff" "e\xc3\xa9");
	assert_string_equal(got, "\033]2;a]0;xbcde\xc3\xa9\033\\");
	free(got);
	got = model_notify_escape(1, "3 new\n");
	assert_string_equal(got, "\033^3 new\033\\");
	free(got);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_due),
		cmocka_unit_test(test_escape),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
