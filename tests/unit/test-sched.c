/*
 * test-sched: the scheduling policy (model/sched), from a table: each row
 * is one fetch's inputs and the next_fetch it must give.  Pure code, so
 * "now" is a constant.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "model/sched.h"

#define NOW	((int64_t)1700000000)
#define H	3600L
#define DAY	SCHED_MAX_S

static const struct {
	const char	*what;
	struct sched_in	 in;
	int64_t		 want;
} cases[] = {
	/* name, { now, outcome, interval, prev, prev_failed, max_age, ttl,
	 * retry_after, backoff }, want */
	{ "no hints: whenever",
	  { NOW, SCHED_FETCHED, 0, 0, 0, 0, 0, 0, 0 }, 0 },
	{ "the interval asked for",
	  { NOW, SCHED_FETCHED, H, 0, 0, 0, 0, 0, 0 }, NOW + H },
	{ "max-age longer than the interval wins",
	  { NOW, SCHED_FETCHED, H, 0, 0, 2 * H, 0, 0, 0 }, NOW + 2 * H },
	{ "ttl longer than both wins",
	  { NOW, SCHED_FETCHED, H, 0, 0, 2 * H, 3 * H, 0, 0 }, NOW + 3 * H },
	{ "the interval longer than the hints wins",
	  { NOW, SCHED_FETCHED, 5 * H, 0, 0, 2 * H, 3 * H, 0, 0 },
	  NOW + 5 * H },
	{ "a fetched document ignores the previous wait",
	  { NOW, SCHED_FETCHED, H, 6 * H, 0, 0, 0, 0, 0 }, NOW + H },
	{ "max-age 0 (no-cache) is no hint",
	  { NOW, SCHED_FETCHED, H, 0, 0, 0, 0, 0, 0 }, NOW + H },
	{ "negative max-age (none given) is no hint",
	  { NOW, SCHED_FETCHED, 0, 0, 0, -1, 0, 0, 0 }, 0 },
	{ "hints are capped at a day",
	  { NOW, SCHED_FETCHED, 0, 0, 0, 30 * DAY, 0, 0, 0 }, NOW + DAY },
	{ "a ttl of a week is capped at a day",
	  { NOW, SCHED_FETCHED, 0, 0, 0, 0, 7 * DAY, 0, 0 }, NOW + DAY },
	{ "304 keeps the previous wait (it carries no ttl)",
	  { NOW, SCHED_NOT_MODIFIED, H, 3 * H, 0, 0, 0, 0, 0 }, NOW + 3 * H },
	{ "304 with a longer max-age",
	  { NOW, SCHED_NOT_MODIFIED, H, 3 * H, 0, 4 * H, 0, 0, 0 },
	  NOW + 4 * H },
	{ "304 ignores a ttl it cannot have",
	  { NOW, SCHED_NOT_MODIFIED, 0, 0, 0, 0, 5 * H, 0, 0 }, 0 },
	{ "304 after a failure: the failure's wait is no hint",
	  { NOW, SCHED_NOT_MODIFIED, H, 8 * H, 1, 0, 0, 0, 0 }, NOW + H },
	{ "failed, no Retry-After, no back-off: whenever",
	  { NOW, SCHED_FAILED, H, 2 * H, 0, 5 * H, 5 * H, 0, 0 }, 0 },
	{ "failed with Retry-After",
	  { NOW, SCHED_FAILED, H, 0, 0, 0, 0, 120, 0 }, NOW + 120 },
	{ "Retry-After is capped at a day",
	  { NOW, SCHED_FAILED, 0, 0, 0, 0, 0, 9 * DAY, 0 }, NOW + DAY },
	{ "first failure: the back-off's first step",
	  { NOW, SCHED_FAILED, H, 2 * H, 0, 0, 0, 0, 600 }, NOW + 600 },
	{ "failing again doubles the wait",
	  { NOW, SCHED_FAILED, 0, 600, 1, 0, 0, 0, 600 }, NOW + 1200 },
	{ "and again",
	  { NOW, SCHED_FAILED, 0, 1200, 1, 0, 0, 0, 600 }, NOW + 2400 },
	{ "a short previous wait never undercuts the first step",
	  { NOW, SCHED_FAILED, 0, 100, 1, 0, 0, 0, 600 }, NOW + 600 },
	{ "the doubling stops at a day",
	  { NOW, SCHED_FAILED, 0, 20 * H, 1, 0, 0, 0, 600 }, NOW + DAY },
	{ "a huge previous wait does not overflow",
	  { NOW, SCHED_FAILED, 0, 0x7fffffffL, 1, 0, 0, 0, 600 }, NOW + DAY },
	{ "Retry-After longer than the back-off wins",
	  { NOW, SCHED_FAILED, 0, 600, 1, 0, 0, 3 * H, 600 }, NOW + 3 * H },
	{ "the back-off longer than Retry-After wins",
	  { NOW, SCHED_FAILED, 0, 4 * H, 1, 0, 0, 60, 600 }, NOW + 8 * H },
};

static void
test_next(void **state)
{
	size_t i;
	int64_t got;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = sched_next(&cases[i].in);
		if (got != cases[i].want)
			fail_msg("%s: got %lld, want %lld", cases[i].what,
			    (long long)got, (long long)cases[i].want);
	}
}

static void
test_due(void **state)
{
	static const struct {
		int64_t	 next;
		int	 force;
		int	 want;
	} due[] = {
		{ 0, 0, 1 },
		{ NOW - 1, 0, 1 },
		{ NOW, 0, 1 },
		{ NOW + 1, 0, 0 },
		{ NOW + 1, 1, 1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof due / sizeof due[0]; i++)
		assert_int_equal(sched_due(due[i].next, NOW, due[i].force),
		    due[i].want);
}

static void
test_minutes(void **state)
{
	static const struct {
		long	 minutes;
		long	 want;
		int	 cut;
	} m[] = {
		{ 0, 0, 0 },
		{ -5, 0, 0 },
		{ 1, 60, 0 },
		{ 1440, DAY, 0 },
		{ 1441, DAY, 1 },
		{ 0x7fffffffL, DAY, 1 },
	};
	size_t i;
	int cut;

	(void)state;
	for (i = 0; i < sizeof m / sizeof m[0]; i++) {
		assert_int_equal(sched_minutes(m[i].minutes, &cut), m[i].want);
		assert_int_equal(cut, m[i].cut);
	}
	assert_int_equal(sched_minutes(5, NULL), 300);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_next),
		cmocka_unit_test(test_due),
		cmocka_unit_test(test_minutes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
