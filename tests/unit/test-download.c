/*
 * test-download: the podcast queue's pure rules (model/download.h) from
 * tables: every state and event, which files start, file names from
 * download-filename-format (hostile ones included); and enclosures
 * through the parser (itunes:duration, length) into the store and back.
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

#include "model/download.h"
#include "parse/lib.h"
#include "store/lib.h"

static const struct {
	enum download_state	 s;
	enum download_event	 e;
	int			 tries;
	enum download_state	 want;
} steps[] = {
	{ DL_QUEUED, DE_BEGIN, 0, DL_RUNNING },
	{ DL_QUEUED, DE_PAUSE, 0, DL_PAUSED },
	{ DL_QUEUED, DE_CANCEL, 0, DL_CANCELLED },
	{ DL_QUEUED, DE_COMPLETE, 0, DL_QUEUED },	/* means nothing */
	{ DL_RUNNING, DE_COMPLETE, 0, DL_DONE },
	{ DL_RUNNING, DE_CUT, 1, DL_QUEUED },		/* retried */
	{ DL_RUNNING, DE_CUT, DOWNLOAD_MAX_TRIES - 1, DL_QUEUED },
	{ DL_RUNNING, DE_CUT, DOWNLOAD_MAX_TRIES, DL_FAILED },
	{ DL_RUNNING, DE_REFUSED, 0, DL_FAILED },
	{ DL_RUNNING, DE_PAUSE, 0, DL_PAUSED },
	{ DL_RUNNING, DE_CANCEL, 0, DL_CANCELLED },
	{ DL_RUNNING, DE_RESTART, 0, DL_QUEUED },	/* after a crash */
	{ DL_PAUSED, DE_RESUME, 0, DL_QUEUED },
	{ DL_PAUSED, DE_START, 0, DL_QUEUED },
	{ DL_PAUSED, DE_BEGIN, 0, DL_PAUSED },		/* never starts */
	{ DL_FAILED, DE_START, 5, DL_QUEUED },
	{ DL_CANCELLED, DE_START, 0, DL_QUEUED },
	{ DL_DONE, DE_START, 0, DL_DONE },		/* kept */
	{ DL_DONE, DE_CANCEL, 0, DL_DONE },
	{ DL_DONE, DE_RESTART, 0, DL_DONE },
};

static void
test_states(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		if (download_next(steps[i].s, steps[i].e, steps[i].tries) !=
		    steps[i].want)
			print_error("step %zu\n", i);
		assert_int_equal(download_next(steps[i].s, steps[i].e,
		    steps[i].tries), steps[i].want);
	}
}

static void
test_pick(void **state)
{
	const enum download_state q[] = { DL_DONE, DL_QUEUED, DL_RUNNING,
	    DL_PAUSED, DL_QUEUED, DL_QUEUED };
	size_t out[8], n;

	(void)state;
	n = download_pick(q, 6, 1, out, 8);
	assert_int_equal(n, 0);		/* one runs already */
	n = download_pick(q, 6, 3, out, 8);
	assert_int_equal(n, 2);
	assert_int_equal(out[0], 1);	/* oldest first */
	assert_int_equal(out[1], 4);
	n = download_pick(q, 6, 16, out, 1);
	assert_int_equal(n, 1);
	n = download_pick(q, 2, 2, out, 8);
	assert_int_equal(n, 1);
}

static const struct {
	const char	*fmt;
	const char	*url;
	const char	*feed;
	const char	*title;
	const char	*want;
} names[] = {
	{ "%n-%u", "http://h.example/a/ep%201.mp3?x=1#f", "Pod", "T",
	  "Pod-ep 1.mp3" },
	{ "%h_%e", "https://u:p@cdn.example:8443/x/y.ogg", NULL, NULL,
	  "cdn.example_ogg" },
	{ "%F %H:%M:%S %Y %y %m %b %d", "http://h/f", NULL, NULL,
	  "2023-11-14 22:13:20 2023 23 11 Nov 14" },
	{ "%t", "http://h/f", NULL, "../../etc/passwd", "___.._etc_passwd" },
	{ "%u", "http://h/..%2F..%2Fetc%2Fx", NULL, NULL, "___.._etc_x" },
	{ "%t", "http://h/f", NULL, "-rf /", "_rf _" },
	{ "%t", "http://h/f", NULL, "a\nb\033c", "a_b_c" },
	{ "%t", "http://h/f", NULL, "", "download" },
	{ "%u", "http://h/", NULL, NULL, "download" },
	{ "100%% %q", "http://h/f", NULL, NULL, "100% %q" },
	{ "%t", "http://h/f", NULL, "; touch /tmp/x", "; touch _tmp_x" },
};

static void
test_names(void **state)
{
	struct download_name n;
	char *got;
	size_t i;

	(void)state;
	setenv("TZ", "UTC", 1);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		memset(&n, 0, sizeof n);
		n.url = names[i].url;
		n.feed = names[i].feed;
		n.title = names[i].title;
		n.date = 1700000000;
		got = download_filename(names[i].fmt, &n);
		assert_string_equal(got, names[i].want);
		free(got);
	}
}

static void
test_name_long(void **state)
{
	struct download_name n;
	char title[600], *got;

	(void)state;
	memset(title, 'a', sizeof title - 1);
	title[sizeof title - 1] = '\0';
	memcpy(title + 198, "\xc3\xa4\xc3\xa4", 4);	/* on the cut */
	memset(&n, 0, sizeof n);
	n.title = title;
	n.url = "http://h/f";
	got = download_filename("%t", &n);
	assert_true(strlen(got) <= 200);
	assert_int_equal(strlen(got), 200);
	assert_int_equal((unsigned char)got[199], 0xa4);
	free(got);
}

static const char pod[] =
    "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:itunes="
    "\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>P"
    "</title>"
    "<item><title>a</title><guid>a</guid><itunes:duration>1:02:03"
    "</itunes:duration><enclosure url=\"http://h/a.mp3\" length=\"12345\""
    " type=\"audio/mpeg\"/><enclosure url=\"http://h/a.ogg\""
    " type=\"audio/ogg\"/></item>"
    "<item><title>b</title><guid>b</guid><enclosure url=\"http://h/b.mp3\""
    "/><itunes:duration>62:03</itunes:duration></item>"
    "<item><title>c</title><guid>c</guid><enclosure url=\"http://h/c.mp3\""
    "/><itunes:duration>3723.5</itunes:duration></item>"
    "<item><title>d</title><guid>d</guid><enclosure url=\"http://h/d.mp3\""
    "/><itunes:duration>1:99:00</itunes:duration></item>"
    "<item><title>e</title><guid>e</guid><enclosure url=\"http://h/e.mp3\""
    "/><itunes:duration>soon</itunes:duration></item>"
    "</channel></rss>";

static void
test_parse_store(void **state)
{
	static const int64_t dur[] = { 3723, 3723, 3723, -1, -1 };
	struct feed_doc *doc = NULL;
	struct store *st = NULL;
	struct store_article_row *rows;
	struct store_enclosure *e;
	struct store_query q;
	char err[256];
	size_t i, n, ne;
	int64_t fid;

	(void)state;
	parse_init();
	assert_int_equal(parse_feed(pod, sizeof pod - 1, NULL, &doc, err,
	    sizeof err), 0);
	assert_int_equal(doc->nentries, 5);
	assert_int_equal(doc->entries[0].nenclosures, 2);
	assert_int_equal(doc->entries[0].enclosures[0].length, 12345);
	assert_int_equal(doc->entries[0].enclosures[1].length, -1);
	for (i = 0; i < 5; i++)
		assert_int_equal(doc->entries[i].enclosures[0].duration, dur[i]);
	assert_int_equal(doc->entries[0].enclosures[1].duration, 3723);

	assert_int_equal(store_open(":memory:", 0, &st, err, sizeof err), 0);
	fid = store_feed_ensure(st, "http://h/feed", NULL, NULL, 0, 0);
	assert_true(fid > 0);
	assert_int_equal(store_merge(st, fid, doc, 1700000000, NULL), 0);
	memset(&q, 0, sizeof q);
	q.oldest_first = 1;
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 5);
	for (i = 0; i < n; i++)
		if (strcmp(rows[i].title, "a") == 0)
			break;
	assert_true(i < n);
	assert_int_equal(store_enclosure_list(st, rows[i].id, &e, &ne), 0);
	assert_int_equal(ne, 2);
	assert_string_equal(e[0].url, "http://h/a.mp3");
	assert_string_equal(e[0].type, "audio/mpeg");
	assert_int_equal(e[0].length, 12345);
	assert_int_equal(e[0].duration, 3723);
	assert_string_equal(e[1].url, "http://h/a.ogg");
	store_enclosures_free(&e, ne);
	store_article_rows_free(&rows, n);
	store_close(&st);
	feed_doc_free(&doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_states),
		cmocka_unit_test(test_pick),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_name_long),
		cmocka_unit_test(test_parse_store),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
