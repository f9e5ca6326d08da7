/* test-feed: the parser's output structs own and free what they hold. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "feed/feed-json.h"

static void
test_doc_entries(void **state)
{
	struct feed_doc *doc = feed_doc_new();
	struct feed_entry *e;
	struct feed_enclosure *enc;
	int i;

	assert_true(doc->meta.updated == FEED_DATE_NONE);
	for (i = 0; i < 100; i++) {
		e = feed_doc_add_entry(doc);
		e->title = xasprintf("item %d", i);
		assert_true(e->published == FEED_DATE_NONE);
	}
	e = &doc->entries[99];
	feed_entry_add_category(e, "news");
	enc = feed_entry_add_enclosure(e);
	assert_int_equal(enc->length, -1);
	enc->url = xstrdup("http://x/a.mp3");
	assert_int_equal(doc->nentries, 100);
	assert_string_equal(doc->entries[42].title, "item 42");
	assert_string_equal(e->categories[0], "news");
	feed_doc_free(&doc);
	assert_null(doc);
	feed_doc_free(&doc);	/* NULL-safe */
}

static void
test_take_entry(void **state)
{
	struct feed_doc *doc = feed_doc_new();
	struct feed_entry e;

	feed_entry_init(&e);
	e.id = xstrdup("a");
	feed_doc_take_entry(doc, &e);
	assert_null(e.id);
	assert_string_equal(doc->entries[0].id, "a");
	feed_doc_free(&doc);
}

static void
test_format_names(void **state)
{
	assert_string_equal(feed_format_name(FEED_FORMAT_RSS20), "rss20");
	assert_string_equal(feed_format_name(FEED_FORMAT_ATOM03), "atom03");
	assert_string_equal(feed_format_name(FEED_FORMAT_JSON), "json");
	assert_string_equal(feed_format_name(FEED_FORMAT_UNKNOWN), "unknown");
}

/* Control characters leave --parse escaped, DEL and C1 as well as C0 (in
 * the eight-byte fast path too), so no terminal acts on the output. */
static void
test_json_controls(void **state)
{
	static const char in[] = "plain text \x7f then \xc2\x9b" "2J \x1b\x01 \xc3\xa9";
	struct buf b = BUF_INIT;

	feed_json_string(&b, in, sizeof in - 1);
	buf_addc(&b, '\0');
	assert_string_equal(b.data, "\"plain text \\u007f then \\u009b"
	    "2J \\u001b\\u0001 \xc3\xa9\"");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doc_entries),
		cmocka_unit_test(test_take_entry),
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_json_controls),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
