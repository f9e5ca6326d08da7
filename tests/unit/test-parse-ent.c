/*
 * test-parse-ent: entity expansion is bounded by tidings' own count
 * (parse-ent), not by libxml2's limits.  The attacks (billion laughs,
 * quadratic blowup, nesting in text and in attributes) are refused with
 * the default budget; and each is also built small, far below anything
 * libxml2 minds, and refused under a small budget while the same document
 * is accepted, fully expanded, under a large one: without tidings' check
 * those tests fail.
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

#include "base/lib.h"
#include "feed/feed.h"
#include "parse/lib.h"

#define LARGE	"refused: entities expand too far"
#define DEEP	LARGE

static char	 errbuf[256];

/* Parse with the given budget (0: default), whole or in 1-byte chunks. */
static struct feed_doc *
parse_budget(const char *s, size_t len, size_t budget, int bytewise)
{
	struct parse_opts o;
	struct feed_doc *doc = NULL;
	struct parse_stream *ps;
	struct feed_meta m;
	size_t i;
	int rc = 0;

	memset(&o, 0, sizeof o);
	o.max_entity_bytes = budget;
	errbuf[0] = '\0';
	if (!bytewise) {
		if (parse_feed(s, len, &o, &doc, errbuf, sizeof errbuf) != 0)
			return NULL;
		return doc;
	}
	ps = parse_stream_new(&o, NULL, NULL);
	for (i = 0; i < len && rc == 0; i++)
		rc = parse_stream_push(ps, s + i, 1, errbuf, sizeof errbuf);
	memset(&m, 0, sizeof m);
	if (rc == 0)
		rc = parse_stream_finish(ps, &m, errbuf, sizeof errbuf);
	parse_stream_free(&ps);
	if (rc != 0)
		return NULL;
	doc = feed_doc_new();
	feed_meta_clear(&doc->meta);
	doc->meta = m;
	return doc;
}

static void
must_refuse(const struct buf *b, size_t budget, const char *why)
{
	int bytewise;

	for (bytewise = 0; bytewise < 2; bytewise++) {
		struct feed_doc *d = parse_budget(b->data, b->len, budget,
		    bytewise);

		if (d != NULL) {
			feed_doc_free(&d);
			fail_msg("accepted (budget %zu, %s)", budget, bytewise ?
			    "1-byte chunks" : "whole");
		}
		if (strstr(errbuf, why) == NULL)
			fail_msg("error '%s' does not say '%s'", errbuf, why);
	}
}

static struct feed_doc *
must_accept(const struct buf *b, size_t budget)
{
	struct feed_doc *d = parse_budget(b->data, b->len, budget, 0);

	if (d == NULL)
		fail_msg("refused (budget %zu): %s", budget, errbuf);
	return d;
}

/* <!ENTITY l0 "unit"> and l1..levels, each `fan` references to the one
 * below; then `use` in a title. */
static void
laughs(struct buf *b, const char *unit, int levels, int fan, int reverse,
    const char *use)
{
	int l, k, i;

	buf_reset(b);
	buf_adds(b, "<?xml version=\"1.0\"?><!DOCTYPE rss [");
	for (i = 0; i <= levels; i++) {
		l = reverse ? levels - i : i;
		buf_printf(b, "<!ENTITY l%d \"", l);
		if (l == 0)
			buf_adds(b, unit);
		else
			for (k = 0; k < fan; k++)
				buf_printf(b, "&l%d;", l - 1);
		buf_adds(b, "\">");
	}
	buf_printf(b, "]><rss><channel><title>T</title><item><title>%s</title>"
	    "</item></channel></rss>", use);
}

static void
test_billion_laughs(void **state)
{
	struct buf b = BUF_INIT, use = BUF_INIT;

	(void)state;
	laughs(&b, "lol", 9, 10, 0, "&l9;");
	must_refuse(&b, 0, LARGE);
	/* declared top first: sizes are known only at the end of the DTD */
	laughs(&b, "lol", 9, 10, 1, "&l9;");
	must_refuse(&b, 0, LARGE);
	/* empty entities still cost their references */
	laughs(&b, "", 12, 10, 0, "&l12;");
	must_refuse(&b, 0, LARGE);
	/* in an attribute value (libxml2 keeps it unexpanded, but the
	 * budget counts it) */
	laughs(&b, "lol", 9, 10, 0, "x");
	buf_reset(&use);
	buf_add(&use, b.data, strstr(b.data, "<item>") - b.data);
	buf_adds(&use, "<item><link href=\"&l9;\"/></item></channel></rss>");
	must_refuse(&use, 0, LARGE);
	/* quadratic blowup: a 20,000-byte entity used 100 times */
	buf_reset(&use);
	buf_adds(&use, "<!DOCTYPE rss [<!ENTITY a \"");
	while (use.len < 20000)
		buf_adds(&use, "0123456789");
	buf_adds(&use, "\">]><rss><channel><title>");
	for (int i = 0; i < 100; i++)
		buf_adds(&use, "&a;");
	buf_adds(&use, "</title></channel></rss>");
	must_refuse(&use, 0, LARGE);
	/* a third level, however small (libxml2 2.9 calls most of these
	 * loops, later versions expand them: our rule decides) */
	laughs(&b, "ab", 2, 2, 0, "&l2;");
	must_refuse(&b, 100000000, DEEP);
	buf_free(&b);
	buf_free(&use);
}

static void
test_small_budgets(void **state)
{
	struct buf b = BUF_INIT, use = BUF_INIT;
	struct feed_doc *d;
	int i;

	(void)state;
	/* Quadratic blowup, small: one 10-byte entity used 200 times
	 * (2,000 bytes) */
	for (i = 0; i < 200; i++)
		buf_adds(&use, "&l0;");
	laughs(&b, "0123456789", 0, 0, 0, use.data);
	must_refuse(&b, 1000, LARGE);
	d = must_accept(&b, 100000);
	assert_int_equal(strlen(d->entries[0].title), 2000);
	assert_memory_equal(d->entries[0].title, "01234567890123456789", 20);
	feed_doc_free(&d);
	d = must_accept(&b, 2000);	/* the budget is inclusive */
	feed_doc_free(&d);
	must_refuse(&b, 1999, LARGE);

	/* Nested in text: l1 = 4 x "ab", used 3 times, counted with the
	 * references' own text: l1 = 4 * 4 + 4 * 2 = 24; 3 uses = 72. */
	laughs(&b, "ab", 1, 4, 0, "&l1;&l1;&l1;");
	must_refuse(&b, 71, LARGE);
	d = must_accept(&b, 72);
	assert_string_equal(d->entries[0].title, "abababababababababababab");
	feed_doc_free(&d);

	/* Nested in attributes */
	laughs(&b, "ab", 1, 4, 0, "x");
	buf_reset(&use);
	buf_add(&use, b.data, strstr(b.data, "<item>") - b.data);
	buf_adds(&use, "<item><title>t</title><link href=\"&l1;\"/>"
	    "<enclosure url=\"&l1;\" type=\"&l1;\"/></item></channel></rss>");
	must_refuse(&use, 71, LARGE);
	d = must_accept(&use, 72);
	feed_doc_free(&d);

	/* A ']' in a comment or literal of the subset does not end it, nor
	 * does a "<!--" in a literal start a comment: the references after
	 * the DTD are all counted. */
	buf_reset(&b);
	buf_adds(&b, "<!DOCTYPE rss [<!-- ] > --><!ENTITY q \"0123456789\">"
	    "<?pi ] > ?><!ENTITY r '\"]> <!-- '>]><rss><channel><title>");
	for (i = 0; i < 100; i++)
		buf_adds(&b, "&q;");
	buf_adds(&b, "</title></channel></rss>");
	must_refuse(&b, 999, LARGE);
	d = must_accept(&b, 1000);
	assert_int_equal(strlen(d->meta.title), 1000);
	feed_doc_free(&d);

	/* A loop is refused once used. */
	buf_reset(&b);
	buf_adds(&b, "<!DOCTYPE rss [<!ENTITY a \"x&b;\"><!ENTITY b \"&a;\">]>"
	    "<rss><channel><title>&a;</title></channel></rss>");
	must_refuse(&b, 0, LARGE);
	buf_free(&b);
	buf_free(&use);
}

/* Ordinary documents with a DTD are untouched. */
static void
test_ordinary(void **state)
{
	struct buf b = BUF_INIT;
	struct feed_doc *d;

	(void)state;
	buf_adds(&b, "<!DOCTYPE rss [<!ENTITY nbsp \"&#160;\">"
	    "<!ENTITY co \"Example &amp; Co\">]><rss><channel>"
	    "<title>&co;&nbsp;news</title><item><title>a&nbsp;&eacute;</title>"
	    "</item></channel></rss>");
	d = must_accept(&b, 0);
	assert_string_equal(d->meta.title, "Example & Co\xc2\xa0news");
	assert_string_equal(d->entries[0].title, "a\xc2\xa0\xc3\xa9");
	feed_doc_free(&d);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_billion_laughs),
		cmocka_unit_test(test_small_budgets),
		cmocka_unit_test(test_ordinary),
	};

	parse_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
