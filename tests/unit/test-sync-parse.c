/* test-sync-parse: the sync servers' replies as data (parse/greader.h,
 * parse/ttrss.h): both id forms, paging fields, grouping by stream,
 * states, and hostile or odd replies refused or skipped, not crashed on. */
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
#include "parse/greader.h"
#include "parse/ttrss.h"

#define S(x)	x, strlen(x)

static void
test_item_ids(void **state)
{
	static const struct { const char *in; int64_t want; } t[] = {
		{ "tag:google.com,2005:reader/item/0000000000000010", 16 },
		{ "tag:google.com,2005:reader/item/7fffffffffffffff", INT64_MAX },
		{ "tag:google.com,2005:reader/item/8000000000000000", -1 },
		{ "16", 16 },
		{ "0", 0 },
		{ "-3", -1 },
		{ "12x", -1 },
		{ "", -1 },
		{ "tag:google.com,2005:reader/item/", -1 },
		{ "99999999999999999999999", -1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		assert_int_equal(parse_gr_item_id(t[i].in), t[i].want);
	assert_int_equal(parse_gr_item_id(NULL), -1);
}

static void
test_login(void **state)
{
	char *a;

	(void)state;
	a = parse_gr_login(S("SID=x\nLSID=y\nAuth=user/abc123\r\n"));
	assert_string_equal(a, "user/abc123");
	free(a);
	assert_null(parse_gr_login(S("SID=x\nError=BadAuthentication\n")));
	assert_null(parse_gr_login(S("Auth=")));
}

static void
test_ids_paging(void **state)
{
	int64_t *ids = NULL;
	size_t n = 0, alloc = 0;
	char *cont, err[128];

	(void)state;
	assert_int_equal(parse_gr_ids(S("{\"itemRefs\":[{\"id\":\"9\"},"
	    "{\"id\":\"bad\"},{\"id\":7},{\"id\":\"1\"}],\"continuation\":\"2\"}"),
	    &ids, &n, &alloc, &cont, err, sizeof err), 0);
	assert_int_equal(n, 2);		/* a number-typed id is no string id */
	assert_int_equal(ids[0], 9);
	assert_int_equal(ids[1], 1);
	assert_string_equal(cont, "2");
	free(cont);
	assert_int_equal(parse_gr_ids(S("{\"itemRefs\":[]}"), &ids, &n, &alloc,
	    &cont, err, sizeof err), 0);
	assert_null(cont);
	/* an empty list may be left out altogether */
	assert_int_equal(parse_gr_ids(S("{}"), &ids, &n, &alloc, &cont, err,
	    sizeof err), 0);
	assert_int_equal(parse_gr_ids(S("[]"), &ids, &n, &alloc, &cont, err,
	    sizeof err), -1);
	assert_int_equal(parse_gr_ids(S("{\"itemRefs\":5}"), &ids, &n, &alloc,
	    &cont, err, sizeof err), -1);
	assert_int_equal(parse_gr_ids(S("not json"), &ids, &n, &alloc, &cont,
	    err, sizeof err), -1);
	assert_int_equal(n, 2);
	free(ids);
}

static void
test_subs(void **state)
{
	struct parse_gr_sub *s;
	size_t n;
	char err[128];

	(void)state;
	assert_int_equal(parse_gr_subs(S("{\"subscriptions\":["
	    "{\"id\":\"feed/1\",\"title\":\"One\",\"url\":\"http://a/x.xml\","
	    "\"categories\":[{\"id\":\"user/1/label/News\",\"label\":\"News\"}]},"
	    "{\"id\":\"feed/2\",\"title\":\"no url\"},"
	    "{\"id\":\"feed/3\",\"url\":\"exec:rm -rf ~\",\"categories\":7}]}"),
	    &s, &n, err, sizeof err), 0);
	assert_int_equal(n, 2);	/* the one without a url is skipped */
	assert_string_equal(s[0].stream, "feed/1");
	assert_string_equal(s[0].label, "News");
	/* judged by the caller (import_url_check), kept as data here */
	assert_string_equal(s[1].url, "exec:rm -rf ~");
	assert_null(s[1].label);
	parse_gr_subs_free(&s, n);
	assert_null(s);
	assert_int_equal(parse_gr_subs(S("{\"subs\":[]}"), &s, &n, err,
	    sizeof err), -1);
}

static void
test_items(void **state)
{
	struct parse_gr_stream *s = NULL;
	size_t n = 0;
	char err[128];

	(void)state;
	assert_int_equal(parse_gr_items(S("{\"items\":["
	    "{\"id\":\"tag:google.com,2005:reader/item/000000000000000a\","
	    "\"origin\":{\"streamId\":\"feed/1\",\"title\":\"F1\"},"
	    "\"title\":\"A\",\"published\":1700000000,"
	    "\"canonical\":[{\"href\":\"http://a/1\"}],"
	    "\"summary\":{\"content\":\"<p>x</p>\"},"
	    "\"categories\":[\"user/-/state/com.google/read\","
	    "\"user/1/state/com.google/starred\",5]},"
	    "{\"id\":\"11\",\"origin\":{\"streamId\":\"feed/2\"}},"
	    "{\"id\":\"12\",\"origin\":{\"streamId\":\"feed/1\"}},"
	    "{\"id\":\"13\"},{\"origin\":{\"streamId\":\"feed/1\"}}]}"),
	    &s, &n, err, sizeof err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(s[0].stream, "feed/1");
	assert_int_equal(s[0].n, 2);
	assert_int_equal(s[0].doc->nentries, 2);
	assert_int_equal(s[0].st[0].id, 10);
	assert_true(s[0].st[0].read && s[0].st[0].starred);
	assert_false(s[0].st[1].read || s[0].st[1].starred);
	assert_string_equal(s[0].doc->entries[0].id,
	    "tag:google.com,2005:reader/item/000000000000000a");
	/* the short form comes back as the same long id */
	assert_string_equal(s[0].doc->entries[1].id,
	    "tag:google.com,2005:reader/item/000000000000000c");
	assert_string_equal(s[0].doc->entries[0].link, "http://a/1");
	assert_string_equal(s[0].doc->entries[0].content, "<p>x</p>");
	assert_true(s[0].doc->entries[0].published == 1700000000);
	assert_string_equal(s[0].doc->meta.title, "F1");
	assert_int_equal(s[1].st[0].id, 11);
	parse_gr_streams_free(&s, n);
	assert_int_equal(parse_gr_items(S("{\"items\":{}}"), &s, &n, err,
	    sizeof err), -1);
}

static void
test_ttrss(void **state)
{
	struct parse_tt_batch *b = NULL;
	struct parse_tt_feed *f;
	int64_t *ids = NULL;
	size_t nb = 0, nf, nids = 0, alloc = 0, count;
	char err[128], *sid;

	(void)state;
	sid = parse_tt_login(S("{\"seq\":0,\"status\":0,\"content\":"
	    "{\"session_id\":\"abc\",\"api_level\":15}}"), err, sizeof err);
	assert_string_equal(sid, "abc");
	free(sid);
	assert_null(parse_tt_login(S("{\"seq\":0,\"status\":1,\"content\":"
	    "{\"error\":\"LOGIN_ERROR\"}}"), err, sizeof err));
	assert_non_null(strstr(err, "LOGIN_ERROR"));
	assert_int_equal(parse_tt_feeds(S("{\"status\":0,\"content\":["
	    "{\"id\":3,\"feed_url\":\"http://0.0.0.0/a.xml\",\"title\":\"A\","
	    "\"cat_id\":\"2\"},{\"id\":\"x\",\"feed_url\":\"http://b\"}]}"),
	    &f, &nf, err, sizeof err), 0);
	assert_int_equal(nf, 1);
	assert_int_equal(f[0].cat_id, 2);
	parse_tt_feeds_free(&f, nf);
	assert_int_equal(parse_tt_headlines(S("{\"status\":0,\"content\":["
	    "{\"id\":5,\"feed_id\":\"3\",\"unread\":false,\"marked\":true,"
	    "\"title\":\"T\",\"updated\":1700000000},"
	    "{\"id\":\"6\",\"feed_id\":3,\"unread\":true},"
	    "{\"id\":7}]}"), NULL, NULL, NULL, &b, &nb, &count, err,
	    sizeof err), 0);
	assert_int_equal(count, 3);
	assert_int_equal(nb, 1);
	assert_int_equal(b[0].n, 2);
	assert_true(b[0].st[0].read && b[0].st[0].starred);
	assert_false(b[0].st[1].read || b[0].st[1].starred);
	assert_string_equal(b[0].doc->entries[1].id, "ttrss:article:6");
	parse_tt_batches_free(&b, nb);
	assert_int_equal(parse_tt_headlines(S("{\"status\":0,\"content\":["
	    "{\"id\":5},{\"id\":\"6\"}]}"), &ids, &nids, &alloc, NULL, NULL,
	    &count, err, sizeof err), 0);
	assert_int_equal(nids, 2);
	assert_int_equal(ids[1], 6);
	free(ids);
	assert_int_equal(parse_tt_ok(S("{\"status\":1,\"content\":"
	    "{\"error\":\"NOT_LOGGED_IN\"}}"), err, sizeof err), -1);
	assert_int_equal(parse_tt_ok(S("[1]"), err, sizeof err), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_item_ids),
		cmocka_unit_test(test_login),
		cmocka_unit_test(test_ids_paging),
		cmocka_unit_test(test_subs),
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_ttrss),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
