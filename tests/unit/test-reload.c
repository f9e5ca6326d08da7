/*
 * test-reload: reload's writing side, on file:// feeds.  Documents are
 * prepared in worker threads and written in groups (one transaction for
 * several feeds); these check what the summary and the cache say after a
 * reload, including when the disk fills up half-way through a group:
 * every feed is then either fully stored or recorded as failed with
 * nothing of it written, and the summary agrees with the cache.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/lib.h"
#include "conf/urls.h"
#include "model/reload.h"
#include "store/lib.h"
#include "store/store-int.h"

#define NFEEDS	6
#define NITEMS	30

static char	 tmpdir[64];

static void
quiet(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)msg;
	(void)arg;
}

static int	 warnings;

/* Counts the warnings that mention reload= (the interval's cut). */
static void
count_warnings(enum log_level level, const char *msg, void *arg)
{
	(void)arg;
	if (level == LOG_WARN && strstr(msg, "reload=") != NULL)
		warnings++;
}

/* NFEEDS feeds of NITEMS items with hard-to-pack bodies, and the urls. */
static struct urls *
write_feeds(void)
{
	struct buf b = BUF_INIT, u = BUF_INIT;
	struct urls *urls;
	uint64_t rnd = 88172645463325252ULL;
	char *path;
	int f, i, j;
	FILE *fp;

	for (f = 0; f < NFEEDS; f++) {
		b.len = 0;
		buf_printf(&b, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"
		    "<channel><title>Feed %d</title>", f);
		for (i = 0; i < NITEMS; i++) {
			buf_printf(&b, "<item><guid>f%d-%d</guid><title>Item %d"
			    "</title><description>&lt;p&gt;\"We will see,\" "
			    "said Ann Lee. ", f, i, i);
			for (j = 0; j < 1500; j++) {
				rnd ^= rnd << 13;
				rnd ^= rnd >> 7;
				rnd ^= rnd << 17;
				buf_addc(&b, "abcdefghij klmnopqrstuvwxyz"
				    [rnd % 27]);
			}
			buf_adds(&b, "&lt;/p&gt;</description></item>");
		}
		buf_adds(&b, "</channel></rss>\n");
		path = xasprintf("%s/feed%d.xml", tmpdir, f);
		assert_non_null(fp = fopen(path, "w"));
		assert_int_equal(fwrite(b.data, 1, b.len, fp), b.len);
		assert_int_equal(fclose(fp), 0);
		buf_printf(&u, "file://%s\n", path);
		free(path);
	}
	urls = urls_parse(u.data, u.len, "urls");
	assert_non_null(urls);
	buf_free(&b);
	buf_free(&u);
	return urls;
}

static struct store *
open_store(const char *name)
{
	struct store *st;
	char *path = xasprintf("%s/%s", tmpdir, name), err[256];

	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	free(path);
	return st;
}

/* Every feed is whole or failed with nothing stored; returns the number
 * of whole feeds and of articles. */
static size_t
check_feeds(struct store *st, size_t *articles)
{
	struct store_feed *rows;
	char err[256];
	size_t n, i, whole = 0;

	*articles = 0;
	assert_int_equal(store_feed_list(st, &rows, &n), 0);
	assert_int_equal(n, NFEEDS);
	for (i = 0; i < n; i++) {
		assert_true(rows[i].last_fetch > 0);
		if (rows[i].last_error == NULL) {
			assert_int_equal(rows[i].total, NITEMS);
			whole++;
		} else {
			assert_string_equal(rows[i].last_error,
			    "cannot store the articles (see the log)");
			assert_int_equal(rows[i].total, 0);
		}
		*articles += (size_t)rows[i].total;
	}
	store_feed_list_free(&rows, n);
	assert_int_equal(store_check(st, err, sizeof err), 0);
	return whole;
}

/* Both ways to drive a reload: reload_run (grouping across polls) and
 * reload_poll with no wait (the TUI: a group per poll). */
static void
run(struct store *st, const struct urls *u, struct reload_summary *sum,
    int tui)
{
	struct reload_opts o;
	struct reload *r;
	int rc;

	reload_opts_init(&o, NULL);
	o.force = 1;
	if (!tui) {
		assert_int_equal(reload_run(st, u, &o, sum), 0);
		return;
	}
	assert_int_equal(reload_sync_feeds(st, u), 0);
	assert_non_null(r = reload_begin(st, u, &o, NULL, 0));
	while ((rc = reload_poll(r, 0)) == 1)
		usleep(1000);
	assert_int_equal(rc, 0);
	reload_end(&r, sum);
}

static void
test_reload_groups(void **state)
{
	struct urls *u = write_feeds();
	struct reload_summary sum;
	struct store *st;
	size_t articles;
	int tui;

	for (tui = 0; tui <= 1; tui++) {
		st = open_store(tui ? "tui.db" : "run.db");
		run(st, u, &sum, tui);
		assert_int_equal(sum.feeds, NFEEDS);
		assert_int_equal(sum.updated, NFEEDS);
		assert_int_equal(sum.failed, 0);
		assert_int_equal(sum.new_articles, NFEEDS * NITEMS);
		assert_int_equal(check_feeds(st, &articles), NFEEDS);
		assert_int_equal(articles, NFEEDS * NITEMS);
		/* Again: the same bodies hold nothing new. */
		run(st, u, &sum, tui);
		assert_int_equal(sum.not_modified, NFEEDS);
		assert_int_equal(sum.new_articles, 0);
		assert_int_equal(check_feeds(st, &articles), NFEEDS);
		store_close(&st);
	}
	urls_free(&u);
	(void)state;
}

static void
test_reload_disk_full(void **state)
{
	struct urls *u = write_feeds();
	struct reload_summary sum;
	struct store *st;
	size_t whole, articles;
	int tui;

	for (tui = 0; tui <= 1; tui++) {
		st = open_store(tui ? "full-tui.db" : "full-run.db");
		assert_int_equal(reload_sync_feeds(st, u), 0);
		/* Room for about one feed's articles: SQLITE_FULL. */
		assert_int_equal(store_exec(st, "PRAGMA max_page_count = 60"),
		    0);
		run(st, u, &sum, tui);
		assert_int_equal(sum.feeds, NFEEDS);
		assert_true(sum.failed > 0);
		assert_int_equal(sum.updated + sum.not_modified + sum.failed,
		    NFEEDS);
		whole = check_feeds(st, &articles);
		assert_int_equal(whole, sum.updated);
		assert_int_equal(articles, sum.new_articles);

		/* Room again: the next reload stores what failed. */
		assert_int_equal(store_exec(st,
		    "PRAGMA max_page_count = 1000000"), 0);
		run(st, u, &sum, tui);
		assert_int_equal(sum.failed, 0);
		assert_int_equal(sum.updated, NFEEDS - whole);
		assert_int_equal(check_feeds(st, &articles), NFEEDS);
		assert_int_equal(articles, NFEEDS * NITEMS);
		store_close(&st);
	}
	urls_free(&u);
	(void)state;
}

/*
 * reload=N in the urls file, and the default interval, at the extremes:
 * INT64_MAX and a number past it (strtol's LONG_MAX) used to overflow
 * N * 60 (UBSan aborted the reload); now they are cut to the day that
 * bounds every interval, with a warning.  Negative and non-numeric
 * values ask for no interval.
 */
static void
test_reload_interval_limits(void **state)
{
	static const struct {
		const char	*tag;
		int64_t		 interval;	/* next_fetch - last_fetch */
		int		 warns;
	} cases[] = {
		{ "reload=9223372036854775807", 86400, 1 },
		{ "reload=99999999999999999999999999", 86400, 1 },
		{ "reload=1441", 86400, 1 },
		{ "reload=1440", 86400, 0 },
		{ "reload=30", 1800, 0 },
		{ "reload=-5", 0, 0 },
		{ "reload=-9223372036854775808", 0, 0 },
		{ "reload=soon", 0, 0 },
	};
	const size_t n = sizeof cases / sizeof cases[0];
	struct reload_summary sum;
	struct reload_opts o;
	struct store_feed *rows;
	struct buf b = BUF_INIT;
	struct urls *u;
	struct store *st;
	char *path;
	size_t i, nrows;
	FILE *fp;

	for (i = 0; i < n; i++) {
		path = xasprintf("%s/small%zu.xml", tmpdir, i);
		assert_non_null(fp = fopen(path, "w"));
		fputs("<rss version=\"2.0\"><channel><title>S</title><item>"
		    "<guid>1</guid><title>One</title></item></channel></rss>\n",
		    fp);
		assert_int_equal(fclose(fp), 0);
		buf_printf(&b, "file://%s %s\n", path, cases[i].tag);
		free(path);
	}
	assert_non_null(u = urls_parse(b.data, b.len, "urls"));
	st = open_store("interval.db");
	warnings = 0;
	log_set_dispatcher(count_warnings, NULL);
	reload_opts_init(&o, NULL);
	o.force = 1;
	assert_int_equal(reload_run(st, u, &o, &sum), 0);
	assert_int_equal(sum.failed, 0);
	assert_int_equal(store_feed_list(st, &rows, &nrows), 0);
	assert_int_equal(nrows, n);
	for (i = 0; i < n; i++) {
		if (cases[i].interval == 0)
			assert_int_equal(rows[i].next_fetch, 0);
		else
			assert_int_equal(rows[i].next_fetch -
			    rows[i].last_fetch, cases[i].interval);
	}
	store_feed_list_free(&rows, nrows);
	assert_int_equal(warnings, 3);

	/* The default interval (reload_opts) goes through the same cut. */
	urls_free(&u);
	b.len = 0;
	buf_printf(&b, "file://%s/small0.xml\n", tmpdir);
	assert_non_null(u = urls_parse(b.data, b.len, "urls"));
	o.reload_minutes = LONG_MAX;
	warnings = 0;
	assert_int_equal(reload_run(st, u, &o, &sum), 0);
	assert_int_equal(warnings, 1);
	assert_int_equal(store_feed_list(st, &rows, &nrows), 0);
	assert_int_equal(nrows, 1);
	assert_int_equal(rows[0].next_fetch - rows[0].last_fetch, 86400);
	store_feed_list_free(&rows, nrows);

	log_set_dispatcher(quiet, NULL);
	store_close(&st);
	urls_free(&u);
	buf_free(&b);
	(void)state;
}

/* fresh.xml with items 0..n-1: item i is titled "Fresh wordI" and quotes
 * Maria Ortiz. */
static void
write_fresh(int n)
{
	char *path = xasprintf("%s/fresh.xml", tmpdir);
	FILE *fp;
	int i;

	assert_non_null(fp = fopen(path, "w"));
	fputs("<rss version=\"2.0\"><channel><title>Fresh</title>", fp);
	for (i = 0; i < n; i++)
		fprintf(fp, "<item><guid>fresh-%d</guid><title>Fresh word%d"
		    "</title><description>&lt;p&gt;\"The bridge opens in "
		    "May,\" said Maria Ortiz.&lt;/p&gt;</description></item>",
		    i, i);
	fputs("</channel></rss>\n", fp);
	assert_int_equal(fclose(fp), 0);
	free(path);
}

/* An article stored by the last reload is searchable and its quotations
 * are listed as soon as the reload is done (both ways of driving it):
 * the indexes are never left for later. */
static void
test_reload_indexes(void **state)
{
	struct store_article_row *rows;
	struct store_quote *q;
	struct store_query sq;
	struct reload_summary sum;
	struct buf b = BUF_INIT;
	struct urls *u;
	struct store *st;
	size_t n, nq, i;
	int tui, found;

	buf_printf(&b, "file://%s/fresh.xml\n", tmpdir);
	assert_non_null(u = urls_parse(b.data, b.len, "urls"));
	for (tui = 0; tui <= 1; tui++) {
		st = open_store(tui ? "fresh-tui.db" : "fresh-run.db");
		write_fresh(1);
		run(st, u, &sum, tui);
		write_fresh(2);
		run(st, u, &sum, tui);
		assert_int_equal(sum.new_articles, 1);
		memset(&sq, 0, sizeof sq);
		sq.scope = STORE_SCOPE_SEARCH;
		sq.text = "word1";
		assert_int_equal(store_article_list(st, &sq, 0, 10, &rows, &n),
		    0);
		assert_int_equal(n, 1);
		assert_string_equal(rows[0].title, "Fresh word1");
		assert_int_equal(store_quotes_by_speaker(st, "Maria Ortiz", 0,
		    &q, &nq), 0);
		assert_int_equal(nq, 2);
		for (found = 0, i = 0; i < nq; i++)
			if (q[i].article_id == rows[0].id) {
				found = 1;
				assert_string_equal(q[i].text,
				    "The bridge opens in May,");
			}
		assert_true(found);
		store_quotes_free(&q, nq);
		store_article_rows_free(&rows, n);
		store_close(&st);
	}
	urls_free(&u);
	buf_free(&b);
	(void)state;
}

static int
setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/test-reload.XXXXXX");
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	log_set_dispatcher(quiet, NULL);
	return 0;
}

static int
teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	int rc = system(cmd);

	(void)state;
	free(cmd);
	return rc == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reload_groups),
		cmocka_unit_test(test_reload_disk_full),
		cmocka_unit_test(test_reload_interval_limits),
		cmocka_unit_test(test_reload_indexes),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
