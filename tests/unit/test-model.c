/*
 * test-model: the front ends' model over real stores — the filter
 * language, keyset paging (every row at its index, from any direction),
 * the feed-list composition and its display names, the error list, and
 * the actions: marking a list read is one transaction that ends with an
 * error when the cache cannot be written (it used to loop for ever on the
 * All unread list) and leaks nothing on a search list.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/lib.h"
#include "conf/urls.h"
#include "feed/feed.h"
#include "model/model.h"
#include "store/lib.h"

#define NART	700	/* articles in the paging tests: a few windows */

static char	 tmpdir[64];
static char	 logged[4096];

static void
capture(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)arg;
	snprintf(logged, sizeof logged, "%s", msg);
}

static struct model_article_row
row(const char *title, const char *author, int unread, int starred)
{
	struct model_article_row r;

	memset(&r, 0, sizeof r);
	r.title = (char *)title;
	r.author = (char *)author;
	r.feed_title = (char *)"Feed";
	r.unread = unread;
	r.starred = starred;
	return r;
}

static void
test_filter_bad(void **state)
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
	};
	char err[128];
	size_t i;

	(void)state;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		err[0] = '\0';
		assert_null(model_filter_parse(bad[i], err, sizeof err));
		assert_true(err[0] != '\0');
	}
}

static void
test_filter_match(void **state)
{
	struct model_article_row a = row("Harbour Bridge opens", "Ines", 1, 0);
	struct model_article_row b = row("Ferry news", "Tom", 0, 1);
	struct model_filter *e;
	char err[128];

	(void)state;

	e = model_filter_parse("unread = \"yes\"", err, sizeof err);
	assert_non_null(e);
	assert_true(model_filter_match(e, &a, NULL));
	assert_false(model_filter_match(e, &b, NULL));
	model_filter_free(&e);
	assert_null(e);

	e = model_filter_parse("title =~ \"bridge|lighthouse\"", err,
	    sizeof err);
	assert_true(model_filter_match(e, &a, NULL));	/* case-insensitive */
	assert_false(model_filter_match(e, &b, NULL));
	model_filter_free(&e);

	e = model_filter_parse("tags # \"tech\" and starred = \"yes\"", err,
	    sizeof err);
	assert_true(model_filter_match(e, &b, "news tech"));
	/* whole words */
	assert_false(model_filter_match(e, &b, "technology"));
	assert_false(model_filter_match(e, &a, "tech"));
	model_filter_free(&e);

	/* and binds tighter than or */
	e = model_filter_parse("author = \"Tom\" or unread = \"yes\" and "
	    "title !~ \"harbour\"", err, sizeof err);
	assert_non_null(e);
	assert_true(model_filter_match(e, &b, NULL));
	assert_false(model_filter_match(e, &a, NULL));
	model_filter_free(&e);

	e = model_filter_parse("(author = \"Tom\" or unread = \"yes\") and "
	    "tags !# \"x\"", err, sizeof err);
	assert_true(model_filter_match(e, &a, "y"));
	assert_false(model_filter_match(e, &a, "x y"));
	model_filter_free(&e);
}

static void
test_filter_scope(void **state)
{
	struct model_query q;
	struct model_filter *e;
	char err[128];

	(void)state;

	e = model_filter_parse("unread = \"yes\" and tags # \"tech\"", err,
	    sizeof err);
	memset(&q, 0, sizeof q);
	model_filter_scope(e, &q);
	assert_int_equal(q.scope, MODEL_SCOPE_TAG);
	assert_string_equal(q.tag, "tech");
	assert_int_equal(q.unread_only, 1);
	assert_true(model_filter_simple(e));
	model_filter_free(&e);

	e = model_filter_parse("unread = \"yes\" or tags # \"tech\"", err,
	    sizeof err);
	memset(&q, 0, sizeof q);
	model_filter_scope(e, &q);		/* an or narrows nothing */
	assert_int_equal(q.scope, MODEL_SCOPE_ALL);
	assert_int_equal(q.unread_only, 0);
	assert_false(model_filter_simple(e));
	model_filter_free(&e);

	e = model_filter_parse("starred = \"yes\" and title =~ \"x\"", err,
	    sizeof err);
	memset(&q, 0, sizeof q);
	model_filter_scope(e, &q);
	assert_int_equal(q.scope, MODEL_SCOPE_STARRED);
	assert_false(model_filter_simple(e));
	model_filter_free(&e);
}

/* A feed of n articles; every third shares its date with the one before
 * (ties on date are broken by id); all unread; the word "common" in
 * every body. */
static int64_t
fill(struct store *st, const char *url, const char *name, int n)
{
	struct feed_doc *doc = feed_doc_new();
	struct feed_entry *e;
	int64_t feed;
	int i;

	feed = store_feed_ensure(st, url, name, "news", 0, 0);
	assert_true(feed > 0);
	for (i = 0; i < n; i++) {
		e = feed_doc_add_entry(doc);
		e->id = xasprintf("%s-%d", url, i);
		e->title = xasprintf("Article %d", i);
		e->link = xasprintf("http://example.com/%d", i);
		e->published = 1700000000 + (i - i % 3 / 2) * 60;
		e->content = xasprintf("<p>common words, number %d</p>", i);
	}
	assert_int_equal(store_merge(st, feed, doc, 1700000000, NULL), 0);
	feed_doc_free(&doc);
	return feed;
}

static struct store *
open_at(const char *path, int flags)
{
	struct store *st;
	char err[256];

	assert_int_equal(store_open(path, flags, &st, err, sizeof err), 0);
	return st;
}

/* The ids of the whole list in order, by one OFFSET query. */
static int64_t *
want_ids(struct store *st, const struct store_query *q, size_t *n)
{
	struct store_article_row *rows;
	int64_t *ids;
	size_t i;

	assert_int_equal(store_article_list(st, q, 0, 100000, &rows, n), 0);
	ids = xcalloc(*n + 1, sizeof *ids);
	for (i = 0; i < *n; i++)
		ids[i] = rows[i].id;
	store_article_rows_free(&rows, *n);
	return ids;
}

static void
check_order(struct model *m, struct store *st, int oldest_first,
    int unread_only)
{
	struct model_query mq = { .scope = MODEL_SCOPE_ALL };
	struct store_query sq = { .scope = STORE_SCOPE_ALL };
	struct model_list *l;
	struct model_article_row *r;
	int64_t *ids;
	size_t n, i, k;

	mq.oldest_first = sq.oldest_first = oldest_first;
	mq.unread_only = sq.unread_only = unread_only;
	ids = want_ids(st, &sq, &n);
	assert_true(n > 0);
	l = model_list_open(m, &mq);
	assert_int_equal(model_list_count(l), n);
	for (i = 0; i < n; i++) {		/* down, row by row */
		assert_non_null(r = model_list_at(l, i));
		assert_int_equal(r->id, ids[i]);
	}
	assert_null(model_list_at(l, n));
	for (i = n; i-- > 0;) {			/* and back up */
		assert_non_null(r = model_list_at(l, i));
		assert_int_equal(r->id, ids[i]);
	}
	for (k = 0; k < 64; k++) {		/* jumps */
		/* NOLINTNEXTLINE(clang-analyzer-core.DivideZero): the list is not empty (checked above) */
		i = (k * 2654435761u) % n;
		assert_non_null(r = model_list_at(l, i));
		assert_int_equal(r->id, ids[i]);
	}
	assert_int_equal(model_list_find(l, ids[n / 2], n), (long)(n / 2));
	model_list_close(&l);
	assert_null(l);
	free(ids);
}

static void
test_list_keyset(void **state)
{
	struct store *st = open_at(":memory:", 0);
	struct model *m = model_new(st, NULL);

	(void)state;
	fill(st, "http://a.example/feed", NULL, NART);
	fill(st, "http://b.example/feed", NULL, NART / 2);
	/* some read, so the unread list is a different one */
	assert_int_equal(model_set_unread(m, 5, 0), 0);
	assert_int_equal(model_set_unread(m, 400, 0), 0);
	check_order(m, st, 0, 0);
	check_order(m, st, 1, 0);
	check_order(m, st, 0, 1);
	check_order(m, st, 1, 1);
	model_free(&m);
	store_close(&st);
}

/* A filter list collects its matches page by page (keyset from the last
 * row read, also when that row matched and moved into the list). */
static void
test_filter_list(void **state)
{
	struct model_query q = { .scope = MODEL_SCOPE_FILTER,
	    .text = "title =~ \"^Article\" and unread = \"yes\"" };
	struct store *st = open_at(":memory:", 0);
	struct model *m = model_new(st, NULL);
	struct model_list *l;
	struct model_article_row *r;
	size_t n = 0, i;

	(void)state;
	fill(st, "http://a.example/feed", NULL, 2 * NART);
	assert_int_equal(model_set_unread(m, 3, 0), 0);
	l = model_list_open(m, &q);
	alarm(60);
	assert_int_equal(model_list_count(l), 2 * NART - 1);
	alarm(0);
	assert_int_equal(model_list_unread(l), 2 * NART - 1);
	for (i = 0; (r = model_list_at(l, i)) != NULL; i++)
		n += r->id == 3;
	assert_int_equal(i, 2 * NART - 1);
	assert_int_equal(n, 0);
	assert_int_equal(model_mark_list_read(l), 0);
	assert_int_equal(store_unread_total(st), 0);
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
}

static void
test_mark_read_fails_cleanly(void **state)
{
	struct model_query q = { .scope = MODEL_SCOPE_UNREAD };
	struct model_list *l;
	struct model *m;
	struct store *st;
	char *path = xasprintf("%s/ro.db", tmpdir);

	(void)state;
	st = open_at(path, 0);
	fill(st, "http://a.example/feed", NULL, NART);
	store_close(&st);

	/* A cache that cannot be written: `A` on All unread must end, with
	 * the reason logged, having changed nothing.  (It looped for ever:
	 * the offset only moved for scopes other than unread.)  The alarm
	 * turns a loop into a failure. */
	st = open_at(path, STORE_READONLY);
	m = model_new(st, NULL);
	l = model_list_open(m, &q);
	assert_int_equal(model_list_count(l), NART);
	logged[0] = '\0';
	log_set_dispatcher(capture, NULL);
	alarm(60);
	assert_int_equal(model_mark_list_read(l), -1);
	alarm(0);
	log_set_dispatcher(NULL, NULL);
	assert_true(logged[0] != '\0');
	model_list_reload(l);
	assert_int_equal(model_list_count(l), NART);
	model_list_close(&l);
	model_free(&m);
	store_close(&st);

	/* Writable: the whole list in one go. */
	st = open_at(path, 0);
	m = model_new(st, NULL);
	l = model_list_open(m, &q);
	assert_int_equal(model_mark_list_read(l), 0);
	model_list_reload(l);
	assert_int_equal(model_list_count(l), 0);
	assert_int_equal(store_unread_total(st), 0);
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
	free(path);
}

static void
test_mark_search_read(void **state)
{
	struct model_query q = { .scope = MODEL_SCOPE_SEARCH,
	    .text = "common" };
	struct store_query sq = { .scope = STORE_SCOPE_SEARCH,
	    .text = "common" };
	struct store_article_row *rows;
	struct store *st = open_at(":memory:", 0);
	struct model *m = model_new(st, NULL);
	struct model_list *l;
	size_t n;

	(void)state;
	fill(st, "http://a.example/feed", NULL, NART);
	/* Past the end of a dense search: no rows and nothing allocated
	 * (the 64 bytes `A` on a search list lost each time). */
	assert_int_equal(store_article_list(st, &sq, NART, 50, &rows, &n), 0);
	assert_int_equal(n, 0);
	assert_null(rows);
	l = model_list_open(m, &q);
	assert_int_equal(model_list_count(l), NART);
	assert_int_equal(model_mark_list_read(l), 0);	/* ASan: no leak */
	assert_int_equal(model_mark_list_read(l), 0);	/* nothing left */
	assert_int_equal(store_unread_total(st), 0);
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
}

static void
test_feed_rows_and_names(void **state)
{
	static const char urls_text[] =
	    "http://a.example/feed \"~Alpha\"\n"
	    "\"query:Tech:tags # \\\"news\\\" and unread = \\\"yes\\\"\"\n"
	    "http://b.example/feed\n"
	    "http://hidden.example/feed !\n"
	    "\"query:Bad:title = x\"\n";
	struct store *st = open_at(":memory:", 0);
	struct urls *u = urls_parse(urls_text, sizeof urls_text - 1, "urls");
	struct model *m;
	struct model_feed_row *rows;
	struct model_error *e;
	struct store_fetch_outcome o = { .when = 1, .http_status = 500,
	    .error = "server error" };
	size_t n;

	(void)state;
	assert_non_null(u);
	m = model_new(st, u);
	fill(st, "http://b.example/feed", NULL, 3);
	fill(st, "http://a.example/feed", "Alpha", 2);
	fill(st, "http://hidden.example/feed", NULL, 1);
	assert_int_equal(store_feed_record_fetch(st, 1, &o), 0);
	logged[0] = '\0';
	log_set_dispatcher(capture, NULL);
	assert_int_equal(model_feed_rows(m, &rows, &n), 0);
	log_set_dispatcher(NULL, NULL);
	assert_true(strstr(logged, "Bad") != NULL);	/* the bad filter */
	assert_int_equal(n, 6);
	assert_int_equal(rows[0].kind, MODEL_FEED);
	assert_string_equal(rows[0].title, "Alpha");
	assert_int_equal(rows[0].unread, 2);
	assert_int_equal(rows[1].kind, MODEL_FEED_QUERY);
	assert_string_equal(rows[1].title, "Tech");
	assert_int_equal(rows[1].unread, 6);	/* a store scope answers */
	assert_int_equal(rows[1].total, 6);
	assert_string_equal(rows[2].title, "http://b.example/feed");
	assert_true(rows[2].error);
	assert_int_equal(rows[3].kind, MODEL_FEED_QUERY);
	assert_true(rows[3].error);
	assert_int_equal(rows[4].kind, MODEL_FEED_UNREAD);
	assert_int_equal(rows[4].unread, 6);	/* the store's listed feeds */
	assert_int_equal(rows[5].kind, MODEL_FEED_STARRED);
	model_feed_rows_free(&rows, n);

	/* one rule: an empty name or title counts as none */
	assert_string_equal(model_feed_name("", "", "u"), "u");
	assert_string_equal(model_feed_name(NULL, "T", "u"), "T");
	assert_string_equal(model_feed_name("N", "T", "u"), "N");

	assert_int_equal(model_errors(m, &e, &n), 0);
	assert_int_equal(n, 1);
	assert_string_equal(e[0].url, "http://b.example/feed");
	assert_string_equal(e[0].name, "http://b.example/feed");
	assert_string_equal(e[0].error, "server error");
	model_errors_free(&e, n);
	model_free(&m);
	urls_free(&u);
	store_close(&st);
}

static int
setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "/tmp/test-model.XXXXXX");
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	int rc;

	(void)state;
	rc = system(cmd);
	free(cmd);
	return rc == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_filter_bad),
		cmocka_unit_test(test_filter_match),
		cmocka_unit_test(test_filter_scope),
		cmocka_unit_test(test_list_keyset),
		cmocka_unit_test(test_filter_list),
		cmocka_unit_test(test_mark_read_fails_cleanly),
		cmocka_unit_test(test_mark_search_read),
		cmocka_unit_test(test_feed_rows_and_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
