/*
 * test-filter: newsboat's filter language (model-filter.c) — every
 * attribute and operator on one article, from a table of expression and
 * verdict; the parse errors; the limits that keep hostile expressions
 * small (length, nesting, terms, regex size, repeats, back-references);
 * what a filter needs loaded.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/model.h"

#define NOW	((int64_t)1700000000)	/* 2023-11-14 22:13:20 UTC */
#define DAY	86400

static struct model_filter_item
item(void)
{
	struct model_filter_item it;

	memset(&it, 0, sizeof it);
	it.title = "Lighthouse keepers of Gotland";
	it.link = "https://example.org/a/1";
	it.author = "Frank Miller";
	it.content = "<p>The <b>lamp</b> turns.</p>";
	it.description = "A short summary";
	it.guid = "urn:1";
	it.enclosure_url = "https://example.org/a.mp3";
	it.enclosure_type = "audio/mpeg";
	it.flags = "Aab";
	it.feedtitle = "Coast News";
	it.feedurl = "https://example.org/feed.xml";
	it.feedlink = "https://example.org/";
	it.tags = "news sea";
	it.date = NOW - 3 * DAY;	/* 2023-11-11 22:13:20 */
	it.unread = 1;
	it.starred = 0;
	it.deleted = 0;
	it.articleindex = 4;
	it.unread_count = 7;
	it.total_count = 120;
	it.feedindex = 2;
	return it;
}

static void
test_attributes(void **state)
{
	static const struct {
		const char	*expr;
		int		 want;
	} cases[] = {
		{ "title = \"Lighthouse keepers of Gotland\"", 1 },
		{ "title == \"Lighthouse keepers of Gotland\"", 1 },
		{ "title != \"x\"", 1 },
		{ "title =~ \"^light\"", 1 },		/* case-insensitive */
		{ "title !~ \"gotland$\"", 0 },
		{ "link =~ \"^https:\"", 1 },
		{ "author =~ \"Frank\" or author =~ \"John\"", 1 },
		{ "content =~ \"lamp\"", 1 },
		{ "description = \"A short summary\"", 1 },
		{ "guid = \"urn:1\"", 1 },
		{ "enclosure_url =~ \"\\\\.mp3$\"", 1 },
		{ "enclosure_type = \"audio/mpeg\"", 1 },
		{ "enclosure_type != \"\"", 1 },
		{ "flags # \"a\"", 1 },
		{ "flags # \"bA\"", 1 },
		{ "flags # \"z\"", 0 },
		{ "flags !# \"z\"", 1 },
		{ "flags = \"Aab\"", 1 },
		{ "unread = \"yes\"", 1 },
		{ "unread = \"no\"", 0 },
		{ "unread != \"yes\"", 0 },
		{ "starred = \"no\"", 1 },
		{ "deleted = \"no\"", 1 },
		{ "age = 3", 1 },
		{ "age between 0:10", 1 },
		{ "age between 4:10", 0 },
		{ "age > 2 and age < 4", 1 },
		{ "age >= 3 and age <= 3", 1 },
		{ "date = \"2023-11-11\"", 1 },
		{ "date = \"2023-11-12\"", 0 },
		{ "date > \"2023-11-01\"", 1 },
		{ "date < \"2023-11-11 22:00\"", 0 },
		{ "date between 1698796800:1701388800", 1 },	/* November */
		{ "date =~ \"^2023-11-11T22\"", 1 },
		{ "articleindex = 4", 1 },
		{ "feedtitle = \"Coast News\"", 1 },
		{ "feedurl =~ \"feed\\\\.xml$\"", 1 },
		{ "rssurl =~ \"^https:\"", 1 },
		{ "feedlink = \"https://example.org/\"", 1 },
		{ "tags # \"sea\"", 1 },
		{ "tags # \"se\"", 0 },			/* whole words */
		{ "tags !# \"tech\"", 1 },
		{ "unread_count > 0", 1 },
		{ "( unread_count > 0 and unread_count < 10 ) or "
		  "total_count > 100", 1 },
		{ "unread_count > 10 or total_count < 100", 0 },
		{ "total_count between 100:200", 1 },
		{ "feedindex = 2", 1 },
		{ "unread_count = -1", 0 },
		{ "title > \"A\" and title < \"M\"", 1 },	/* strcmp */
		/* and binds tighter than or */
		{ "author = \"Tom\" or unread = \"yes\" and starred = \"yes\"",
		  0 },
		{ "(author = \"Tom\" or unread = \"yes\") and "
		  "starred = \"no\"", 1 },
		{ "title =~ \"\\\"\" or feedtitle = \"Coast News\"", 1 },
	};
	struct model_filter_item it = item();
	struct model_filter *f;
	char err[128];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		err[0] = '\0';
		f = model_filter_parse(cases[i].expr, err, sizeof err);
		if (f == NULL)
			fail_msg("%s: %s", cases[i].expr, err);
		if (model_filter_eval(f, &it, NOW) != cases[i].want)
			fail_msg("%s: want %d", cases[i].expr, cases[i].want);
		model_filter_free(&f);
	}
}

/* Attributes the item leaves NULL read as empty text. */
static void
test_missing(void **state)
{
	struct model_filter_item it;
	struct model_filter *f;
	char err[128];

	(void)state;
	memset(&it, 0, sizeof it);
	f = model_filter_parse("enclosure_url = \"\" and flags !# \"a\"", err,
	    sizeof err);
	assert_non_null(f);
	assert_true(model_filter_eval(f, &it, NOW));
	model_filter_free(&f);
}

static void
test_bad(void **state)
{
	static const char *bad[] = {
		"unread = yes",			/* value not quoted */
		"colour = \"red\"",		/* unknown attribute */
		"title =~ \"(\"",		/* bad regex */
		"title \"x\"",			/* no operator */
		"(unread = \"yes\"",		/* missing ) */
		"title = \"x",			/* unterminated */
		"unread = \"yes\" and",		/* dangling and */
		"unread = \"yes\" garbage",
		"age between 3",		/* no range */
		"age between \"a\":\"b\"",
		"age > \"old\"",		/* not a number */
		"date < \"yesterday\"",
		"title =~ \"(a)\\\\1\"",	/* back-reference */
		"title =~ \"(a{1,100}){1,100}\"", /* repeats multiply */
		"title =~ \"ht,+++3\"",	/* stacked (fuzz-filter) */
		"title =~ \"((((((((((a))))))))))\"",	/* 10 groups deep */
		("title =~ \"a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*q*r*s*t*u*v*w*"
		 "x*y*z*A*B*C*D*E*F*G*\""),	/* 33 quantifiers */
		"",
		"title",
	};
	char err[128];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		err[0] = '\0';
		if (model_filter_parse(bad[i], err, sizeof err) != NULL)
			fail_msg("parsed: %s", bad[i]);
		assert_true(err[0] != '\0');
	}
}

/* Hostile sizes are refused before they cost memory or stack. */
static void
test_limits(void **state)
{
	struct model_filter *f;
	char err[128], *s;
	size_t i, n;

	(void)state;
	/* 33 levels of parentheses: one past the limit */
	s = malloc(4096);
	assert_non_null(s);
	n = 0;
	for (i = 0; i < 33; i++)
		s[n++] = '(';
	n += (size_t)sprintf(s + n, "unread = \"yes\"");
	for (i = 0; i < 33; i++)
		s[n++] = ')';
	s[n] = '\0';
	assert_null(model_filter_parse(s, err, sizeof err));
	/* 32 levels parse */
	memmove(s, s + 1, n);
	s[n - 2] = '\0';
	f = model_filter_parse(s, err, sizeof err);
	assert_non_null(f);
	model_filter_free(&f);
	/* 129 terms */
	n = 0;
	for (i = 0; i < 129; i++)
		n += (size_t)sprintf(s + n, "%sage = 1", i ? " or " : "");
	assert_null(model_filter_parse(s, err, sizeof err));
	free(s);
	/* over 4 KiB of expression */
	s = malloc(5000);
	assert_non_null(s);
	memset(s, ' ', 4999);
	s[4999] = '\0';
	memcpy(s, "age = 1", 7);
	assert_null(model_filter_parse(s, err, sizeof err));
	/* a 513-byte regex */
	memcpy(s, "title =~ \"", 10);
	memset(s + 10, 'a', 513);
	memcpy(s + 523, "\"", 2);
	assert_null(model_filter_parse(s, err, sizeof err));
	free(s);
}

static void
test_needs(void **state)
{
	static const struct {
		const char	*expr;
		unsigned	 want;
	} cases[] = {
		{ "title = \"x\" and unread = \"yes\"", 0 },
		{ "content =~ \"x\"", MODEL_FILTER_NEED_ARTICLE },
		{ "title = \"x\" or rssurl = \"y\"", MODEL_FILTER_NEED_FEED },
		{ "(guid = \"x\" or unread_count > 1) and tags # \"a\"",
		  MODEL_FILTER_NEED_ARTICLE | MODEL_FILTER_NEED_FEED },
	};
	struct model_filter *f;
	char err[128];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		f = model_filter_parse(cases[i].expr, err, sizeof err);
		assert_non_null(f);
		assert_int_equal(model_filter_needs(f), cases[i].want);
		model_filter_free(&f);
	}
}

/* The scope narrowing of an and-chain (query: feeds scan less). */
static void
test_scope(void **state)
{
	struct model_filter *f;
	struct model_query q;
	char err[128];

	(void)state;
	f = model_filter_parse("tags # \"sea\" and unread = \"yes\"", err,
	    sizeof err);
	assert_non_null(f);
	memset(&q, 0, sizeof q);
	model_filter_scope(f, &q);
	assert_int_equal(q.scope, MODEL_SCOPE_TAG);
	assert_string_equal(q.tag, "sea");
	assert_true(q.unread_only);
	assert_true(model_filter_simple(f));
	model_filter_free(&f);

	f = model_filter_parse("tags # \"sea\" or unread = \"yes\"", err,
	    sizeof err);
	assert_non_null(f);
	memset(&q, 0, sizeof q);
	model_filter_scope(f, &q);
	assert_int_equal(q.scope, MODEL_SCOPE_ALL);
	assert_false(q.unread_only);
	assert_false(model_filter_simple(f));
	model_filter_free(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attributes),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_bad),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_needs),
		cmocka_unit_test(test_scope),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
