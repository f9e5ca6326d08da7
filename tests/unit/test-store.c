/*
 * test-store: the article cache's contract, on :memory: and on temp files.
 * One case per merge rule (new, changed, vanished, deleted, undated,
 * duplicate ids, one article in two feeds), then counters, lists, search,
 * read state, retention, quotes, and the file-level refusals (second
 * writer, foreign file, foreign database, full disk).
 */
#include "config.h"

#include <sys/stat.h>

#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <zlib.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "store/lib.h"
#include "store/store-int.h"

static char	 logged[4096];
static char	 tmpdir[64];

static void
capture(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)arg;
	snprintf(logged, sizeof logged, "%s", msg);
}

static struct feed_entry *
add(struct feed_doc *doc, const char *id, const char *title, int64_t date)
{
	struct feed_entry *e = feed_doc_add_entry(doc);

	if (id != NULL)
		e->id = xstrdup(id);
	e->title = xstrdup(title);
	e->link = xasprintf("http://example.com/%s", id != NULL ? id : title);
	e->published = date;
	e->content = xasprintf("<p>Body of <b>%s</b> &amp; more</p>", title);
	return e;
}

static struct store *
mem_store(void)
{
	struct store *st;
	char err[256];

	assert_int_equal(store_open(":memory:", 0, &st, err, sizeof err), 0);
	return st;
}

static int64_t
count_feed(struct store *st, int64_t feed, int64_t *unread)
{
	struct store_query q = { .scope = STORE_SCOPE_FEED, .feed_id = feed };
	int64_t total;

	assert_int_equal(store_article_count(st, &q, &total, unread), 0);
	return total;
}

/* Counters must equal what a scan of the articles says. */
static void
assert_counters(struct store *st, int64_t feed)
{
	struct store_query q = { .scope = STORE_SCOPE_FEED, .feed_id = feed };
	struct store_article_row *rows;
	int64_t total, unread, u = 0;
	size_t n, i;

	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(store_article_list(st, &q, 0, 100000, &rows, &n), 0);
	for (i = 0; i < n; i++)
		u += rows[i].unread;
	assert_int_equal((int64_t)n, total);
	assert_int_equal(u, unread);
	store_article_rows_free(&rows, n);
}

static void
test_feeds(void **state)
{
	struct store *st = mem_store();
	struct store_feed *rows, f;
	struct store_fetch_outcome o = { .when = 100, .http_status = 200,
	    .etag = "\"e1\"", .last_modified = "Mon" };
	int64_t a, b, c;
	size_t n;

	a = store_feed_ensure(st, "http://a/", NULL, "news tech", 0, 1);
	b = store_feed_ensure(st, "http://b/", "B!", NULL, 1, 0);
	assert_true(a > 0 && b > 0 && a != b);
	assert_int_equal(store_feed_ensure(st, "http://a/", "A", "news", 0, 2),
	    a);
	assert_int_equal(store_feed_list(st, &rows, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(rows[0].url, "http://b/");
	assert_string_equal(rows[0].name, "B!");
	assert_int_equal(rows[0].hidden, 1);
	assert_string_equal(rows[1].name, "A");
	assert_string_equal(rows[1].tags, "news");
	assert_null(rows[1].title);
	store_feed_list_free(&rows, n);
	assert_null(rows);

	assert_int_equal(store_feed_record_fetch(st, a, &o), 0);
	o.etag = NULL;		/* keeps the old validators */
	o.error = "boom";
	o.when = 200;
	assert_int_equal(store_feed_record_fetch(st, a, &o), 0);
	assert_int_equal(store_feed_get(st, a, &f), 0);
	assert_string_equal(f.etag, "\"e1\"");
	assert_string_equal(f.last_error, "boom");
	assert_int_equal(f.last_fetch, 200);
	store_feed_clear(&f);

	assert_int_equal(store_feed_set_url(st, a, "http://a2/"), 0);
	assert_int_equal(store_feed_unlist_all(st), 0);
	assert_int_equal(store_feed_list(st, &rows, &n), 0);
	assert_int_equal(n, 0);
	c = store_feed_ensure(st, "http://a2/", NULL, NULL, 0, 0);
	assert_int_equal(c, a);
	assert_int_equal(store_feed_get(st, 999, &f), -1);
	store_close(&st);
	assert_null(st);
}

static void
test_merge_new_changed_vanished(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_article a;
	struct store_feed f;
	int64_t feed, unread, id1;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	doc->meta.title = xstrdup("Feed A");
	doc->meta.link = xstrdup("http://a.example/");
	add(doc, "1", "one", 1000);
	add(doc, "2", "two", 2000);
	add(doc, "3", "three", 3000);
	assert_int_equal(store_merge(st, feed, doc, 5000, &ms), 0);
	assert_int_equal(ms.added, 3);
	assert_int_equal(ms.nchanged, 3);
	id1 = ms.changed_ids[0];
	store_merge_stats_clear(&ms);
	assert_int_equal(count_feed(st, feed, &unread), 3);
	assert_int_equal(unread, 3);
	assert_int_equal(store_feed_get(st, feed, &f), 0);
	assert_string_equal(f.title, "Feed A");
	assert_string_equal(f.site_link, "http://a.example/");
	store_feed_clear(&f);

	/* Same document again: nothing changes. */
	assert_int_equal(store_merge(st, feed, doc, 6000, &ms), 0);
	assert_int_equal(ms.added + ms.updated, 0);
	assert_int_equal(ms.unchanged, 3);
	store_merge_stats_clear(&ms);

	/* Read and starred, then the article changes: state survives. */
	assert_int_equal(store_article_set_unread(st, id1, 0), 0);
	assert_int_equal(store_article_set_starred(st, id1, 1), 0);
	free(doc->entries[0].title);
	doc->entries[0].title = xstrdup("one, corrected");
	assert_int_equal(store_merge(st, feed, doc, 7000, &ms), 0);
	assert_int_equal(ms.updated, 1);
	assert_int_equal(ms.nchanged, 1);
	assert_int_equal(ms.changed_ids[0], id1);
	store_merge_stats_clear(&ms);
	assert_int_equal(store_article_get(st, id1, &a), 0);
	assert_string_equal(a.row.title, "one, corrected");
	assert_int_equal(a.row.unread, 0);
	assert_int_equal(a.row.starred, 1);
	assert_string_equal(a.row.feed_title, "Feed A");
	assert_string_equal(a.guid, "1");
	assert_int_equal(a.row.date, 1000);
	assert_true(a.updated == FEED_DATE_NONE);
	store_article_clear(&a);

	/* Vanished: a document without "2" and "3" keeps them cached. */
	feed_doc_free(&doc);
	doc = feed_doc_new();
	add(doc, "4", "four", 4000);
	assert_int_equal(store_merge(st, feed, doc, 8000, NULL), 0);
	assert_int_equal(count_feed(st, feed, &unread), 4);
	assert_int_equal(unread, 3);
	assert_counters(st, feed);
	feed_doc_free(&doc);
	store_close(&st);
}

/* Count of articles a full-text search finds. */
static int64_t
search_total(struct store *st, const char *text)
{
	struct store_query q = { .scope = STORE_SCOPE_SEARCH };
	int64_t total = -1, unread;

	q.text = text;
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	return total;
}

/* The two-step merge: the known set decides what is prepared ahead, the
 * write decides for certain, and a stale known set changes nothing but
 * where the work is done. */
static void
test_merge_batch_known(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new(), *doc2;
	struct store_merge_stats ms;
	struct store_known *known, *stale;
	struct store_batch *b;
	struct store_article a;
	const char *body;
	int64_t feed, id1, id2, id3, unread;
	int is_text;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1000);
	add(doc, "2", "two", 2000);
	add(doc, "3", "three", 3000);
	assert_int_equal(store_merge(st, feed, doc, 5000, &ms), 0);
	id1 = ms.changed_ids[0];
	id2 = ms.changed_ids[1];
	id3 = ms.changed_ids[2];
	store_merge_stats_clear(&ms);
	assert_int_equal(store_article_delete(st, id2), 0);

	/* 1 same, 2 deleted, 3 changed, 4 new, 4 again, then the same 4. */
	free(doc->entries[2].title);
	doc->entries[2].title = xstrdup("three, corrected");
	add(doc, "4", "quagga", 4000);
	add(doc, "4", "repeat", 4001);
	assert_int_equal(store_known_load(st, feed, &known), 0);
	b = store_batch_new(doc, known);
	assert_int_equal(store_batch_size(b), 4);
	assert_int_equal(store_batch_body(b, 0, &body, &is_text), 0);
	assert_int_equal(store_batch_body(b, 1, &body, &is_text), 0);
	assert_int_equal(store_batch_body(b, 2, &body, &is_text), 1);
	assert_int_equal(store_batch_body(b, 3, &body, &is_text), 1);
	assert_string_equal(body, "<p>Body of <b>quagga</b> &amp; more</p>");
	assert_int_equal(is_text, 0);
	assert_int_equal(store_merge_batch(st, feed, b, 6000, &ms), 0);
	assert_int_equal(ms.added, 1);
	assert_int_equal(ms.updated, 1);
	assert_int_equal(ms.unchanged, 1);
	assert_int_equal(store_batch_id(b, 0), 0);
	assert_int_equal(store_batch_id(b, 1), 0);
	assert_int_equal(store_batch_id(b, 2), id3);
	assert_true(store_batch_id(b, 3) > id3);
	store_merge_stats_clear(&ms);
	store_batch_free(&b);
	assert_null(b);
	assert_int_equal(search_total(st, "quagga"), 1);
	assert_int_equal(search_total(st, "repeat"), 0);
	assert_int_equal(search_total(st, "corrected"), 1);
	assert_int_equal(count_feed(st, feed, &unread), 3);
	assert_counters(st, feed);

	/* Stale: known from before "one" changed says it is the same; the
	 * write finds the change and prepares it itself. */
	stale = known;
	doc2 = feed_doc_new();
	add(doc2, "1", "one", 1000);
	free(doc2->entries[0].content);
	doc2->entries[0].content = xstrdup("<p>zebu now</p>");
	assert_int_equal(store_merge(st, feed, doc2, 7000, NULL), 0);
	feed_doc_free(&doc2);
	doc2 = feed_doc_new();
	add(doc2, "1", "one", 1000);	/* back as it was, known "same" */
	b = store_batch_new(doc2, stale);
	assert_int_equal(store_batch_body(b, 0, &body, &is_text), 0);
	assert_int_equal(store_merge_batch(st, feed, b, 8000, &ms), 0);
	assert_int_equal(ms.updated, 1);
	assert_int_equal(store_batch_id(b, 0), id1);
	store_merge_stats_clear(&ms);
	store_batch_free(&b);
	assert_int_equal(search_total(st, "zebu"), 0);
	assert_int_equal(search_total(st, "one"), 1);
	assert_int_equal(store_article_get(st, id1, &a), 0);
	assert_string_equal(a.content, "<p>Body of <b>one</b> &amp; more</p>");
	store_article_clear(&a);

	/* And the other way: known says new, but it is stored already. */
	b = store_batch_new(doc2, stale);
	assert_int_equal(store_merge_batch(st, feed, b, 9000, &ms), 0);
	assert_int_equal(ms.unchanged, 1);
	assert_int_equal(store_batch_id(b, 0), 0);
	store_merge_stats_clear(&ms);
	store_batch_free(&b);
	store_known_free(&stale);
	assert_null(stale);
	assert_counters(st, feed);

	feed_doc_free(&doc2);
	feed_doc_free(&doc);
	store_close(&st);
	(void)state;
}

/* reset-unread-on-update: a changed article is unread again; an
 * unchanged one, or one merged without the flag, keeps its read state. */
static void
test_merge_reset_unread(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_batch *b;
	int64_t feed, id1, id2, unread;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1000);
	add(doc, "2", "two", 2000);
	assert_int_equal(store_merge(st, feed, doc, 5000, &ms), 0);
	id1 = ms.changed_ids[0];
	id2 = ms.changed_ids[1];
	store_merge_stats_clear(&ms);
	assert_int_equal(store_article_set_unread(st, id1, 0), 0);
	assert_int_equal(store_article_set_unread(st, id2, 0), 0);

	/* changed without the flag: stays read */
	free(doc->entries[0].title);
	doc->entries[0].title = xstrdup("one, changed");
	assert_int_equal(store_merge(st, feed, doc, 6000, NULL), 0);
	assert_int_equal(count_feed(st, feed, &unread), 2);
	assert_int_equal(unread, 0);

	/* changed with it: unread again; the unchanged one stays read */
	free(doc->entries[0].title);
	doc->entries[0].title = xstrdup("one, changed again");
	b = store_batch_new(doc, NULL);
	store_batch_reset_unread(b, 1);
	assert_int_equal(store_merge_batch(st, feed, b, 7000, &ms), 0);
	assert_int_equal(ms.updated, 1);
	assert_int_equal(ms.unchanged, 1);
	store_merge_stats_clear(&ms);
	store_batch_free(&b);
	assert_int_equal(count_feed(st, feed, &unread), 2);
	assert_int_equal(unread, 1);
	assert_counters(st, feed);

	/* changed again while unread: the counter is not counted twice */
	free(doc->entries[0].title);
	doc->entries[0].title = xstrdup("one, third");
	b = store_batch_new(doc, NULL);
	store_batch_reset_unread(b, 1);
	assert_int_equal(store_merge_batch(st, feed, b, 8000, NULL), 0);
	store_batch_free(&b);
	assert_int_equal(count_feed(st, feed, &unread), 2);
	assert_int_equal(unread, 1);
	assert_counters(st, feed);

	feed_doc_free(&doc);
	store_close(&st);
	(void)state;
}

static void
test_merge_deleted_stay_deleted(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	int64_t feed, unread, id;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1000);
	add(doc, "2", "two", 2000);
	assert_int_equal(store_merge(st, feed, doc, 5000, &ms), 0);
	id = ms.changed_ids[1];
	store_merge_stats_clear(&ms);
	assert_int_equal(store_article_delete(st, id), 0);
	assert_int_equal(count_feed(st, feed, &unread), 1);
	assert_int_equal(unread, 1);
	assert_int_equal(store_merge(st, feed, doc, 6000, &ms), 0);
	assert_int_equal(ms.added, 0);
	store_merge_stats_clear(&ms);
	assert_int_equal(count_feed(st, feed, &unread), 1);
	assert_counters(st, feed);
	assert_int_equal(store_check(st, logged, sizeof logged), 0);
	feed_doc_free(&doc);
	store_close(&st);
}

static void
test_merge_undated(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_article a;
	int64_t feed, id;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "u", "undated", FEED_DATE_NONE);
	assert_int_equal(store_merge(st, feed, doc, 111, &ms), 0);
	id = ms.changed_ids[0];
	store_merge_stats_clear(&ms);
	/* Seen again later, even changed: keeps its first-seen date. */
	free(doc->entries[0].content);
	doc->entries[0].content = xstrdup("new body");
	assert_int_equal(store_merge(st, feed, doc, 999, &ms), 0);
	assert_int_equal(ms.updated, 1);
	store_merge_stats_clear(&ms);
	assert_int_equal(store_article_get(st, id, &a), 0);
	assert_int_equal(a.row.date, 111);
	assert_true(a.published == FEED_DATE_NONE);
	assert_string_equal(a.content, "new body");
	store_article_clear(&a);
	/* An updated date alone is used when there is no published one. */
	doc->entries[0].updated = 555;
	assert_int_equal(store_merge(st, feed, doc, 1000, NULL), 0);
	assert_int_equal(store_article_get(st, id, &a), 0);
	assert_int_equal(a.row.date, 555);
	store_article_clear(&a);
	feed_doc_free(&doc);
	store_close(&st);
}

static void
test_merge_duplicates_and_two_feeds(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_article_row *rows;
	struct store_query q = { .scope = STORE_SCOPE_FEED };
	int64_t fa, fb, unread;
	size_t n;

	fa = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	fb = store_feed_ensure(st, "http://b/", NULL, NULL, 0, 1);
	add(doc, "dup", "first", 1000);
	add(doc, "dup", "second", 2000);
	add(doc, NULL, "no id", 3000);	/* falls back to its link */
	add(doc, NULL, "no id", 3000);
	assert_int_equal(store_merge(st, fa, doc, 5000, &ms), 0);
	assert_int_equal(ms.added, 2);
	store_merge_stats_clear(&ms);
	q.feed_id = fa;
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(rows[1].title, "first");
	store_article_rows_free(&rows, n);

	/* The same document in a second feed: its own rows. */
	assert_int_equal(store_merge(st, fb, doc, 5000, &ms), 0);
	assert_int_equal(ms.added, 2);
	store_merge_stats_clear(&ms);
	assert_int_equal(count_feed(st, fb, &unread), 2);
	assert_int_equal(store_feed_mark_read(st, fa), 0);
	assert_int_equal(count_feed(st, fb, &unread), 2);
	assert_int_equal(unread, 2);
	assert_int_equal(count_feed(st, fa, &unread), 2);
	assert_int_equal(unread, 0);
	assert_counters(st, fa);
	assert_counters(st, fb);
	assert_int_equal(store_unread_total(st), 2);
	assert_int_equal(store_mark_all_read(st), 0);
	assert_int_equal(store_unread_total(st), 0);
	assert_counters(st, fb);
	feed_doc_free(&doc);
	store_close(&st);
}

/* article-sort-order title-*: case-folded titles, ties by id, paged by
 * the (title, id) keyset one row at a time, both ways. */
static void
test_list_by_title(void **state)
{
	static const char *const titles[] = { "banana", "Apple", "cherry",
	    "apple" };
	static const char *const asc[] = { "Apple", "apple", "banana",
	    "cherry" };
	struct store *st = mem_store();
	struct store_merge_stats ms;
	struct feed_doc *doc = feed_doc_new();
	struct store_article_row *rows;
	struct store_query q;
	char last[32] = "", idb[8];
	int64_t f;
	size_t n, i;
	int dir;

	(void)state;
	f = store_feed_ensure(st, "http://t/", "T", NULL, 0, 0);
	for (i = 0; i < 4; i++) {
		snprintf(idb, sizeof idb, "t%zu", i);
		add(doc, idb, titles[i], 1000 + (int64_t)i);
	}
	assert_int_equal(store_merge(st, f, doc, 1, &ms), 0);
	store_merge_stats_clear(&ms);
	feed_doc_free(&doc);
	for (dir = 1; dir >= 0; dir--) {
		memset(&q, 0, sizeof q);
		q.scope = STORE_SCOPE_FEED;
		q.feed_id = f;
		q.by_title = 1;
		q.oldest_first = dir;	/* A first */
		for (i = 0; i < 4; i++) {
			assert_int_equal(store_article_list(st, &q, 0, 1, &rows,
			    &n), 0);
			assert_int_equal(n, 1);
			assert_string_equal(rows[0].title,
			    asc[dir ? i : 3 - i]);
			snprintf(last, sizeof last, "%s", rows[0].title);
			q.after_title = last;
			q.after_id = rows[0].id;
			q.after_date = rows[0].date;
			store_article_rows_free(&rows, n);
		}
		assert_int_equal(store_article_list(st, &q, 0, 1, &rows, &n),
		    0);
		assert_int_equal(n, 0);
		store_article_rows_free(&rows, n);
	}
	store_close(&st);
}

static void
test_lists_and_next_unread(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc;
	struct store_article_row *rows;
	struct store_query q;
	int64_t fa, fb, total, unread, ids[2][3], id;
	size_t n;
	int f, i;

	fa = store_feed_ensure(st, "http://a/", "A", "news", 0, 0);
	fb = store_feed_ensure(st, "http://b/", "B", "fun news", 0, 1);
	for (f = 0; f < 2; f++) {
		struct store_merge_stats ms;

		doc = feed_doc_new();
		for (i = 0; i < 3; i++) {
			char idb[16];

			snprintf(idb, sizeof idb, "%d-%d", f, i);
			add(doc, idb, idb, 1000 * (i + 1) + f);
		}
		assert_int_equal(store_merge(st, f == 0 ? fa : fb, doc, 1, &ms),
		    0);
		for (i = 0; i < 3; i++)
			ids[f][i] = ms.changed_ids[i];
		store_merge_stats_clear(&ms);
		feed_doc_free(&doc);
	}

	memset(&q, 0, sizeof q);
	q.scope = STORE_SCOPE_ALL;
	assert_int_equal(store_article_list(st, &q, 0, 4, &rows, &n), 0);
	assert_int_equal(n, 4);
	assert_int_equal(rows[0].id, ids[1][2]);	/* 3001, newest */
	assert_int_equal(rows[1].id, ids[0][2]);
	assert_string_equal(rows[0].feed_title, "B");
	store_article_rows_free(&rows, n);
	assert_int_equal(store_article_list(st, &q, 4, 4, &rows, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(rows[1].id, ids[0][0]);
	store_article_rows_free(&rows, n);
	q.oldest_first = 1;
	assert_int_equal(store_article_list(st, &q, 0, 1, &rows, &n), 0);
	assert_int_equal(rows[0].id, ids[0][0]);
	store_article_rows_free(&rows, n);

	q.oldest_first = 0;
	q.scope = STORE_SCOPE_TAG;
	q.tag = "fun";
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 3);
	q.tag = "new";	/* whole tags only */
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 0);
	q.tag = "news";
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 6);
	store_article_rows_free(&rows, n);

	assert_int_equal(store_article_set_unread(st, ids[0][1], 0), 0);
	assert_int_equal(store_article_set_unread(st, ids[0][1], 0), 0);
	assert_int_equal(store_article_set_starred(st, ids[1][0], 1), 0);
	q.scope = STORE_SCOPE_UNREAD;
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(unread, 5);
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 5);
	store_article_rows_free(&rows, n);
	q.scope = STORE_SCOPE_STARRED;
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(rows[0].id, ids[1][0]);
	store_article_rows_free(&rows, n);
	q.scope = STORE_SCOPE_FEED;
	q.feed_id = fa;
	q.unread_only = 1;
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 2);
	store_article_rows_free(&rows, n);
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 2);

	/* Next unread: feed A newest first (2, skipping read 1, then 0),
	 * then feed B newest first; and back again. */
	id = store_next_unread(st, 0, 1);
	assert_int_equal(id, ids[0][2]);
	id = store_next_unread(st, id, 1);
	assert_int_equal(id, ids[0][0]);
	id = store_next_unread(st, id, 1);
	assert_int_equal(id, ids[1][2]);
	assert_int_equal(store_next_unread(st, ids[1][0], 1), 0);
	assert_int_equal(store_next_unread(st, ids[1][2], -1), ids[0][0]);
	assert_int_equal(store_next_unread(st, ids[0][0], -1), ids[0][2]);
	assert_int_equal(store_next_unread(st, 0, -1), ids[1][0]);
	store_close(&st);
}

static void
test_search(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_article_row *rows;
	struct store_query q = { .scope = STORE_SCOPE_SEARCH };
	struct store_merge_stats ms;
	struct feed_entry *e;
	int64_t feed, total, unread;
	size_t n;
	static const char *hostile[] = { "\"", "*", "NEAR(a b)", "a OR",
	    "AND", "(", "'); DROP TABLE articles; --", "col:x", "\xe2\x80\x9c",
	    "" };
	size_t i;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	e = add(doc, "1", "Zebra crossing", 1000);
	e->author = xstrdup("Ann Author");
	e = add(doc, "2", "Penguins", 2000);
	free(e->content);
	e->content = xstrdup("<div class=\"zebrafish\">Caf&#233; "
	    "na&iuml;ve e-mail \xe2\x80\x9cquoted\xe2\x80\x9d</div>");
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	store_merge_stats_clear(&ms);

	q.text = "zebra";
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].title, "Zebra crossing");
	store_article_rows_free(&rows, n);
	q.text = "zebra*";	/* prefix */
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 1);	/* tag attributes are not text */
	q.text = "cafe";
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 1);
	q.text = "e-mail";
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 1);
	q.text = "\xe2\x80\x9cquoted\xe2\x80\x9d";
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 1);
	q.text = "ann body";
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 1);
	q.text = "AMP";	/* the entity was decoded, not indexed */
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 0);
	for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		q.text = hostile[i];
		assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n),
		    0);
		store_article_rows_free(&rows, n);
	}

	/* Changed and deleted articles leave the index consistent. */
	free(doc->entries[0].title);
	doc->entries[0].title = xstrdup("Horse crossing");
	free(doc->entries[0].content);
	doc->entries[0].content = xstrdup("<p>hooves</p>");
	assert_int_equal(store_merge(st, feed, doc, 2, &ms), 0);
	assert_int_equal(ms.updated, 1);
	store_merge_stats_clear(&ms);
	q.text = "zebra";
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 0);
	q.text = "horse";
	assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(store_article_delete(st, rows[0].id), 0);
	store_article_rows_free(&rows, n);
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(total, 0);
	assert_int_equal(store_check(st, logged, sizeof logged), 0);
	feed_doc_free(&doc);
	store_close(&st);
}

/* Enough matches for every search strategy: sorted by SQLite (few),
 * listed then walked by date (many), asked per article (dense). */
static void
test_search_strategies(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_article_row *rows;
	struct store_query q = { .scope = STORE_SCOPE_SEARCH };
	struct feed_entry *e;
	int64_t feed, total, unread;
	char id[16];
	size_t n, i;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	for (i = 0; i < 18000; i++) {
		snprintf(id, sizeof id, "%zu", i);
		e = add(doc, id, i % 4 == 0 ? "many" : "other", 1000 + i);
		free(e->content);
		e->content = xstrdup(i % 10 == 0 ? "even rare" :
		    i % 2 == 0 ? "even" : "odd");
	}
	assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
	feed_doc_free(&doc);
	assert_int_equal(store_article_set_unread(st, 17996 + 1, 0), 0);
	static const struct {
		const char *text;
		int64_t total, first_date;
	} cases[] = {
		{ "many", 4500, 1000 + 17996 },		/* listed, walked */
		{ "even", 9000, 1000 + 17998 },		/* dense: asked */
		{ "rare", 1800, 1000 + 17990 },		/* few: sorted */
		{ "many rare", 900, 1000 + 17980 },
		{ "rare many", 900, 1000 + 17980 },
		{ "man*", 4500, 1000 + 17996 },		/* prefix */
	};
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		q.text = cases[i].text;
		q.unread_only = 0;
		assert_int_equal(store_article_list(st, &q, 0, 10, &rows, &n),
		    0);
		assert_int_equal(n, 10);
		assert_int_equal(rows[0].date, cases[i].first_date);
		assert_true(rows[1].date < rows[0].date);
		store_article_rows_free(&rows, n);
		assert_int_equal(store_article_list(st, &q, 5, 10, &rows, &n),
		    0);
		assert_int_equal(n, 10);
		store_article_rows_free(&rows, n);
		assert_int_equal(store_article_count(st, &q, &total, &unread),
		    0);
		assert_int_equal(total, cases[i].total);
		q.unread_only = 1;
		assert_int_equal(store_article_list(st, &q, 0, 1, &rows, &n),
		    0);
		assert_int_equal(n, 1);
		assert_int_equal(rows[0].unread, 1);
		store_article_rows_free(&rows, n);
	}
	q.text = "many";
	q.unread_only = 0;
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(unread, 4499);
	q.text = "even";
	assert_int_equal(store_article_count(st, &q, &total, &unread), 0);
	assert_int_equal(unread, 8999);	/* 17996 is even too */

	/* In one feed only: a second feed's 20 newest articles say "many
	 * even", and each strategy keeps to the feed asked for. */
	{
		int64_t feed2 = store_feed_ensure(st, "http://b/", NULL, NULL,
		    0, 0);

		doc = feed_doc_new();
		for (i = 0; i < 20; i++) {
			snprintf(id, sizeof id, "b%zu", i);
			e = add(doc, id, "many", 50000 + i);
			free(e->content);
			e->content = xstrdup("even");
		}
		assert_int_equal(store_merge(st, feed2, doc, 1, NULL), 0);
		feed_doc_free(&doc);
		q.feed_id = feed2;
		for (i = 0; i < 3; i++) {
			q.text = i == 0 ? "many" : i == 1 ? "even" : "rare";
			assert_int_equal(store_article_count(st, &q, &total,
			    &unread), 0);
			assert_int_equal(total, i == 2 ? 0 : 20);
			assert_int_equal(store_article_list(st, &q, 0, 30,
			    &rows, &n), 0);
			assert_int_equal(n, i == 2 ? 0 : 20);
			if (n > 0)
				assert_int_equal(rows[19].feed_id, feed2);
			store_article_rows_free(&rows, n);
		}
		q.feed_id = feed;
		q.text = "many";
		assert_int_equal(store_article_count(st, &q, &total, &unread),
		    0);
		assert_int_equal(total, 4500);
		assert_int_equal(store_article_list(st, &q, 0, 1, &rows, &n),
		    0);
		assert_int_equal(n, 1);
		assert_int_equal(rows[0].feed_id, feed);
		store_article_rows_free(&rows, n);
	}
	store_close(&st);
}

/* The search words as the index's expression: quoted tokens, so no FTS5
 * syntax is taken from the user; words of three characters or more as
 * prefixes too, unless quoted; CJK runs as their pairs. */
static void
test_search_expr(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "sanct", "\"sanct\"*" },
		{ "Zebra crossing", "\"Zebra\"* \"crossing\"*" },
		{ "to be", "\"to\" \"be\"" },		/* short: words */
		{ "to* be", "\"to\"* \"be\"" },
		{ "\"sanct\" sanct", "\"sanct\" \"sanct\"*" },
		{ "a OR b", "\"a\" \"OR\" \"b\"" },
		{ "NEAR(x y)", "\"NEAR\"* \"x\" \"y\"" },
		{ "**", NULL },
		{ "", NULL },
		{ "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd",	/* three */
		  "\"\xe6\x9d\xb1\xe4\xba\xac\" \"\xe4\xba\xac\xe9\x83\xbd\"" },
		{ "\xe4\xba\xac", "\"\xe4\xba\xac\"" },		/* one */
		{ "iPhone\xe5\x8f\x91\xe5\xb8\x83",
		  "\"iPhone\"* \"\xe5\x8f\x91\xe5\xb8\x83\"" },
	};
	size_t i;
	char *e;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		e = store_search_expr(cases[i].in);
		if (cases[i].out == NULL)
			assert_null(e);
		else
			assert_string_equal(e, cases[i].out);
		free(e);
	}
}

/* Prefixes, exact words, and CJK found by any run of characters. */
static void
test_search_prefix_cjk(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct feed_entry *e;
	int64_t feed;
	size_t i;
	static const struct {
		const char *text;
		int64_t total;
	} cases[] = {
		{ "sanct", 1 },			/* "sanctuary" */
		{ "SANCTUARY", 1 },
		{ "\"sanct\"", 0 },		/* quoted: the word only */
		{ "tuary", 0 },			/* inside a word: not served */
		{ "bird sanc", 1 },
		{ "\xe4\xba\xac\xe9\x83\xbd", 2 },	/* 京都 in 東京都庁, 京都市 */
		{ "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe5\xba\x81", 1 },
		{ "\xe5\xba\x81", 1 },		/* 庁 alone */
		{ "\xe5\xa4\xa7\xe9\x98\xaa", 0 },	/* 大阪: absent */
		{ "\xe5\x8f\x91\xe5\xb8\x83", 1 },	/* 发布 after "iPhone" */
		{ "iphone", 1 },
		{ "\xe3\x82\xab\xe3\x82\xbf", 1 },	/* カタ in カタカナ */
	};

	(void)state;
	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	e = add(doc, "1", "Bird sanctuary", 1000);
	e = add(doc, "2", "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe5\xba\x81", 2000);
	free(e->content);
	e->content = xstrdup("<p>\xe3\x82\xab\xe3\x82\xbf\xe3\x82\xab\xe3\x83\x8a</p>");
	e = add(doc, "3", "\xe4\xba\xac\xe9\x83\xbd\xe5\xb8\x82", 3000);
	e = add(doc, "4", "iPhone\xe5\x8f\x91\xe5\xb8\x83\xe4\xbc\x9a", 4000);
	assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
	feed_doc_free(&doc);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (search_total(st, cases[i].text) != cases[i].total)
			fail_msg("search \"%s\": expected %lld", cases[i].text,
			    (long long)cases[i].total);
	}
	assert_int_equal(store_check(st, logged, sizeof logged), 0);
	store_close(&st);
}

static char	*tmp_path(const char *name);

/* 7 -> 8: a schema-7 index holds CJK runs whole; the upgrade re-indexes
 * just those articles (taking out the old text), after which a run
 * inside one is found and the index checks clean. */
static void
test_upgrade_cjk(void **state)
{
	struct store *st;
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	char *path = tmp_path("v7.db"), err[256], *sql, *oldt, *newt;
	const char *title = "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe5\xba\x81";
	sqlite3 *db;
	int64_t feed, id;

	(void)state;
	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", title, 1000);
	add(doc, "2", "plain words", 2000);
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	id = ms.changed_ids[0];
	store_merge_stats_clear(&ms);
	feed_doc_free(&doc);
	store_close(&st);
	/* Make it what schema 7 wrote. */
	oldt = store_fts_text_cjk(title, NULL, "<p>Body of <b>1</b> &amp; more</p>",
	    NULL, 0);
	newt = store_fts_text_cjk(title, NULL, "<p>Body of <b>1</b> &amp; more</p>",
	    NULL, 1);
	assert_string_not_equal(oldt, newt);
	free(oldt);
	free(newt);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	{
		sqlite3_stmt *s;
		char *a, *b, *c, *d;

		assert_int_equal(sqlite3_prepare_v2(db, "SELECT a.title,"
		    " a.author, b.summary, b.content FROM articles a LEFT JOIN"
		    " bodies b ON b.id = a.id WHERE a.id = ?1", -1, &s, NULL),
		    SQLITE_OK);
		sqlite3_bind_int64(s, 1, id);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		a = store_col_strdup(s, 0);
		b = store_col_strdup(s, 1);
		c = store_col_body(s, 2);
		d = store_col_body(s, 3);
		sqlite3_finalize(s);
		newt = store_fts_text_cjk(a, b, c, d, 1);
		oldt = store_fts_text_cjk(a, b, c, d, 0);
		free(a);
		free(b);
		free(c);
		free(d);
	}
	sql = sqlite3_mprintf("INSERT INTO articles_fts (articles_fts, rowid,"
	    " text) VALUES ('delete', %lld, %Q);"
	    "INSERT INTO articles_fts (rowid, text) VALUES (%lld, %Q);"
	    "PRAGMA user_version = 7;", (long long)id, newt, (long long)id,
	    oldt);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_free(sql);
	free(oldt);
	free(newt);
	sqlite3_close(db);

	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	assert_int_equal(search_total(st, "\xe4\xba\xac\xe9\x83\xbd"), 1);
	assert_int_equal(search_total(st, "plain"), 1);
	assert_int_equal(store_check(st, logged, sizeof logged), 0);
	store_close(&st);
	unlink(path);
	free(path);
}

static void
test_big_body_roundtrip(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_article a;
	struct feed_entry *e;
	struct buf b = BUF_INIT;
	int64_t feed;
	int i;

	for (i = 0; i < 2000; i++)
		buf_printf(&b, "<p>paragraph %d, caf\xc3\xa9</p>", i);
	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	e = add(doc, "big", "big", 1);
	free(e->content);
	e->content = buf_detach(&b);
	e->summary = xstrdup("short");
	e->content_type = FEED_CONTENT_TEXT;
	feed_entry_add_category(e, "x");
	feed_entry_add_category(e, "y");
	feed_entry_add_enclosure(e)->url = xstrdup("http://a/a.mp3");
	e->enclosures[0].type = xstrdup("audio/mpeg");
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	assert_int_equal(store_article_get(st, ms.changed_ids[0], &a), 0);
	assert_string_equal(a.content, e->content);
	assert_string_equal(a.summary, "short");
	assert_string_equal(a.categories, "x,y");
	assert_string_equal(a.enclosure_url, "http://a/a.mp3");
	assert_string_equal(a.enclosure_type, "audio/mpeg");
	assert_int_equal(a.content_type, FEED_CONTENT_TEXT);
	store_article_clear(&a);

	/* Stored packed (zstd), and still readable when a cache made before
	 * zstd holds a zlib stream; damage reads as empty, with a warning. */
	{
		sqlite3_stmt *s;
		unsigned char z[256];
		uLongf zlen = sizeof z - 4;
		const char *old = "<p>written by the zlib version, "
		    "written by the zlib version, written by it</p>";
		size_t n = strlen(old);

		assert_int_equal(sqlite3_prepare_v2(st->db, "SELECT"
		    " typeof(content), hex(substr(content, 5, 4)) FROM bodies"
		    " WHERE id = ?1", -1, &s, NULL), SQLITE_OK);
		sqlite3_bind_int64(s, 1, ms.changed_ids[0]);
		assert_int_equal(sqlite3_step(s), SQLITE_ROW);
		assert_string_equal(sqlite3_column_text(s, 0), "blob");
		assert_string_equal(sqlite3_column_text(s, 1), "28B52FFD");
		sqlite3_finalize(s);

		assert_int_equal(compress2(z + 4, &zlen,
		    (const Bytef *)old, n, 3), Z_OK);
		z[0] = n & 0xff;
		z[1] = n >> 8 & 0xff;
		z[2] = z[3] = 0;
		assert_int_equal(sqlite3_prepare_v2(st->db, "UPDATE bodies"
		    " SET content = ?2 WHERE id = ?1", -1, &s, NULL),
		    SQLITE_OK);
		sqlite3_bind_int64(s, 1, ms.changed_ids[0]);
		sqlite3_bind_blob(s, 2, z, (int)zlen + 4, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(s), SQLITE_DONE);
		sqlite3_reset(s);
		assert_int_equal(store_article_get(st, ms.changed_ids[0], &a),
		    0);
		assert_string_equal(a.content, old);
		store_article_clear(&a);

		z[10] ^= 0x55;
		z[zlen + 2] ^= 0x55;
		assert_int_equal(sqlite3_step(s), SQLITE_DONE);
		sqlite3_finalize(s);
		logged[0] = '\0';	/* capture is the dispatcher */
		assert_int_equal(store_article_get(st, ms.changed_ids[0], &a),
		    0);
		assert_string_equal(a.content, "");
		assert_non_null(strstr(logged, "damaged"));
		store_article_clear(&a);
	}
	store_merge_stats_clear(&ms);
	assert_int_equal(store_article_get(st, 424242, &a), -1);
	feed_doc_free(&doc);

	/* Hostile sizes are capped on a character boundary; an entry with
	 * nothing to know it by is skipped. */
	doc = feed_doc_new();
	e = add(doc, "huge", "huge", 2);
	free(e->content);
	e->content = xmalloc((5u << 20) + 1);
	for (i = 0; i < (5 << 20); i += 2)
		memcpy(e->content + i, "\xc3\xa9", 2);
	e->content[5u << 20] = '\0';
	e = feed_doc_add_entry(doc);
	e->content = xstrdup("no id, no link, no title");
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	assert_int_equal(ms.added, 1);
	assert_int_equal(store_article_get(st, ms.changed_ids[0], &a), 0);
	assert_int_equal(strlen(a.content), 4u << 20);
	assert_int_equal(strspn(a.content, "\xc3\xa9"), 4u << 20);
	store_article_clear(&a);
	store_merge_stats_clear(&ms);
	feed_doc_free(&doc);
	store_close(&st);
}

/* The index text: each word once (ASCII case folded for the comparison,
 * kept as first written), markup gone, entities decoded, long words
 * compared whole. */
static void
test_fts_text(void **state)
{
	struct buf in = BUF_INIT;
	char *t;
	int i;

	(void)state;
	t = store_fts_text("Rates rise", "Ann Lee", "<p>Rates &amp; RATES",
	    "<p>rates \xc3\x9c" "ber \xc3\xbc" "ber \xc3\x9c" "BER x1 X1 "
	    "&#x263A; &lt;b&gt;</p>");
	assert_string_equal(t, "Rates rise Ann Lee \xc3\x9c" "ber \xc3\xbc"
	    "ber x1 \xe2\x98\xba b");
	free(t);
	/* Differ only in the ninth or sixteenth byte; equal but for case
	 * past the eighth. */
	t = store_fts_text("internationalA internationalB", NULL, NULL,
	    "abcdefghijklmnoP abcdefghijklmnoQ internationalb INTERNATIONALA");
	assert_string_equal(t, "internationalA internationalB "
	    "abcdefghijklmnoP abcdefghijklmnoQ");
	free(t);
	t = store_fts_text(NULL, NULL, "in-depth", "<i>an in-depth look</i>");
	assert_string_equal(t, "an in depth look");
	free(t);
	t = store_fts_text(NULL, NULL, NULL, NULL);
	assert_string_equal(t, "");
	free(t);
	/* CJK: each character and each pair, once; the rest whole. */
	t = store_fts_text("\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd", NULL, NULL,
	    "<p>x\xe4\xba\xac\xe9\x83\xbdy</p>");
	assert_string_equal(t, "\xe6\x9d\xb1 \xe6\x9d\xb1\xe4\xba\xac "
	    "\xe4\xba\xac \xe4\xba\xac\xe9\x83\xbd \xe9\x83\xbd x y");
	free(t);
	/* 3,000 distinct words: the set of seen words has to grow. */
	for (i = 0; i < 3000; i++)
		buf_printf(&in, "%s%x", i > 0 ? " " : "", (unsigned)i);
	t = store_fts_text(NULL, NULL, NULL, buf_str(&in));
	assert_string_equal(t, buf_str(&in));
	free(t);
	buf_free(&in);
}

static void
test_expire(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	int64_t feed, unread, ids[6];
	int i;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	for (i = 0; i < 6; i++) {
		char idb[8];

		snprintf(idb, sizeof idb, "%d", i);
		add(doc, idb, idb, 86400 * (i + 1));
	}
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	memcpy(ids, ms.changed_ids, sizeof ids);
	store_merge_stats_clear(&ms);
	/* Oldest three: 0 stays unread, 1 starred, 2 read. */
	assert_int_equal(store_article_set_starred(st, ids[1], 1), 0);
	assert_int_equal(store_article_set_unread(st, ids[1], 0), 0);
	assert_int_equal(store_article_set_unread(st, ids[2], 0), 0);
	assert_int_equal(store_article_set_unread(st, ids[5], 0), 0);
	assert_int_equal(store_expire(st, feed, 3, 0, 1), 0);
	assert_int_equal(count_feed(st, feed, &unread), 5);	/* 2 gone */
	assert_int_equal(store_expire(st, 0, 0, 3, 86400 * 10), 0);
	assert_int_equal(count_feed(st, feed, &unread), 4);	/* 5 gone */
	assert_int_equal(unread, 3);
	assert_counters(st, feed);
	/* Expired articles do not come back. */
	assert_int_equal(store_merge(st, feed, doc, 2, &ms), 0);
	assert_int_equal(ms.added, 0);
	store_merge_stats_clear(&ms);
	assert_int_equal(store_check(st, logged, sizeof logged), 0);
	feed_doc_free(&doc);
	store_close(&st);
}

static void
test_quotes(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_quote q[3], *out;
	int64_t feed;
	size_t n;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "old", 1000);
	add(doc, "2", "new", 2000);
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	memset(q, 0, sizeof q);
	q[0].kind = STORE_QUOTE_SPEECH;
	q[0].text = "We shall see.";
	q[0].speaker = "Ada Lovelace";
	q[1].kind = STORE_QUOTE_BLOCK;
	q[1].level = 2;
	q[1].text = "blocky";
	assert_int_equal(store_quotes_replace(st, ms.changed_ids[0], q, 2), 0);
	q[0].text = "Later words.";
	q[0].speaker = "ada lovelace";
	assert_int_equal(store_quotes_replace(st, ms.changed_ids[1], q, 1), 0);
	assert_int_equal(store_quotes_by_speaker(st, "LOVELACE", 0, &out, &n),
	    0);
	assert_int_equal(n, 2);
	assert_string_equal(out[0].text, "Later words.");
	assert_string_equal(out[0].article_title, "new");
	assert_int_equal(out[1].article_id, ms.changed_ids[0]);
	store_quotes_free(&out, n);
	assert_int_equal(store_quotes_by_speaker(st, "Ada Lovelace", 1, &out,
	    &n), 0);
	assert_int_equal(n, 1);
	store_quotes_free(&out, n);
	assert_int_equal(store_quotes_by_speaker(st, "Love", 0, &out, &n), 0);
	assert_int_equal(n, 0);
	/* Replacing drops the old ones; deleting the article drops them. */
	assert_int_equal(store_quotes_replace(st, ms.changed_ids[1], NULL, 0),
	    0);
	assert_int_equal(store_article_delete(st, ms.changed_ids[0]), 0);
	assert_int_equal(store_quotes_by_speaker(st, "ada", 0, &out, &n), 0);
	assert_int_equal(n, 0);
	store_merge_stats_clear(&ms);
	feed_doc_free(&doc);
	store_close(&st);
}

/* Several speakers matched by one word in one article keep document order
 * between them; a limit can stop inside an article; a speaker added in a
 * transaction that rolls back is not remembered; a damaged row gives what
 * can be read and a warning. */
static void
test_quotes_packed(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_quote q[4], *out;
	sqlite3_stmt *s;
	int64_t feed, a1, a2;
	size_t n;

	(void)state;
	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1000);
	add(doc, "2", "two", 2000);
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	a1 = ms.changed_ids[0];
	a2 = ms.changed_ids[1];
	memset(q, 0, sizeof q);
	q[0].text = "first";
	q[0].speaker = "Ann Lee";
	q[1].text = "second";
	q[1].speaker = "Bo Lee";
	q[2].kind = STORE_QUOTE_TERM;
	q[2].text = "term";
	q[3].text = "third \xe2\x80\x94 with UTF-8";
	q[3].speaker = "Ann Lee";
	q[3].level = 3;
	assert_int_equal(store_quotes_replace(st, a1, q, 4), 0);
	assert_int_equal(store_quotes_by_speaker(st, "lee", 0, &out, &n), 0);
	assert_int_equal(n, 3);
	assert_string_equal(out[0].text, "first");
	assert_string_equal(out[0].speaker, "Ann Lee");
	assert_string_equal(out[1].text, "second");
	assert_string_equal(out[1].speaker, "Bo Lee");
	assert_string_equal(out[2].text, "third \xe2\x80\x94 with UTF-8");
	assert_int_equal(out[2].level, 3);
	assert_int_equal(out[2].kind, STORE_QUOTE_SPEECH);
	assert_int_equal(out[2].article_id, a1);
	assert_string_equal(out[2].article_title, "one");
	store_quotes_free(&out, n);
	assert_int_equal(store_quotes_by_speaker(st, "lee", 2, &out, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(out[1].text, "second");
	store_quotes_free(&out, n);
	assert_int_equal(store_quotes_by_speaker(st, "bo lee", 0, &out, &n),
	    0);
	assert_int_equal(n, 1);
	store_quotes_free(&out, n);

	/* Rolled back: "Cy" is neither stored nor remembered, so storing
	 * it again afterwards makes a real speaker row. */
	q[0].speaker = "Cy";
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_quotes_replace(st, a2, q, 1), 0);
	store_rollback(st);
	assert_int_equal(store_quotes_by_speaker(st, "cy", 0, &out, &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(store_quotes_replace(st, a2, q, 1), 0);
	assert_int_equal(store_quotes_by_speaker(st, "cy", 0, &out, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(out[0].article_id, a2);
	store_quotes_free(&out, n);

	/* A changed article no longer names its old speakers. */
	q[0].speaker = "Dee";
	assert_int_equal(store_quotes_replace(st, a2, q, 1), 0);
	assert_int_equal(store_quotes_by_speaker(st, "cy", 0, &out, &n), 0);
	assert_int_equal(n, 0);

	/* Cut the first article's row short inside its third quotation. */
	assert_int_equal(sqlite3_prepare_v2(st->db, "UPDATE article_quotes"
	    " SET data = substr(data, 1, 20) WHERE article_id = ?1", -1, &s,
	    NULL), SQLITE_OK);
	sqlite3_bind_int64(s, 1, a1);
	assert_int_equal(sqlite3_step(s), SQLITE_DONE);
	sqlite3_finalize(s);
	logged[0] = '\0';
	assert_int_equal(store_quotes_by_speaker(st, "lee", 0, &out, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(out[1].text, "second");
	assert_non_null(strstr(logged, "damaged"));
	store_quotes_free(&out, n);

	/* Deleting an article takes its rows and links with it. */
	assert_int_equal(store_article_delete(st, a1), 0);
	assert_int_equal(sqlite3_prepare_v2(st->db, "SELECT (SELECT count(*)"
	    " FROM speaker_articles) + (SELECT count(*) FROM article_quotes)",
	    -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), 2);	/* a2's row, link */
	sqlite3_finalize(s);
	store_merge_stats_clear(&ms);
	feed_doc_free(&doc);
	store_close(&st);
}

/* Quotations of an article inserted in the same transaction are written
 * without the deletes (there is nothing to delete); an older article's
 * are replaced, in the same transaction or a later one. */
static void
test_quotes_fresh(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_quote q1 = { .kind = STORE_QUOTE_SPEECH, .text = "One.",
	    .speaker = "Ann Lee" }, q2 = { .kind = STORE_QUOTE_SPEECH,
	    .text = "Two.", .speaker = "Ann Lee" }, *out;
	int64_t feed, old, fresh;
	size_t n;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1);
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	old = ms.changed_ids[0];
	store_merge_stats_clear(&ms);
	assert_int_equal(store_quotes_replace(st, old, &q1, 1), 0);

	assert_int_equal(store_begin(st), 0);
	add(doc, "2", "two", 2);
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	assert_int_equal(ms.added, 1);
	fresh = ms.changed_ids[0];
	store_merge_stats_clear(&ms);
	assert_true(fresh > old);
	assert_int_equal(store_quotes_replace(st, fresh, &q1, 1), 0);
	assert_int_equal(store_quotes_replace(st, old, &q2, 1), 0);
	assert_int_equal(store_commit(st), 0);
	/* Now fresh is an old one: its quotation is replaced, not added. */
	assert_int_equal(store_quotes_replace(st, fresh, &q2, 1), 0);

	assert_int_equal(store_quotes_by_speaker(st, "lee", 0, &out, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(out[0].text, "Two.");
	assert_string_equal(out[1].text, "Two.");
	store_quotes_free(&out, n);
	feed_doc_free(&doc);
	store_close(&st);
}

static void
test_grouped_writes(void **state)
{
	struct store *st = mem_store();
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_quote q = { .kind = STORE_QUOTE_SPEECH, .text = "Hi.",
	    .speaker = "Bo" }, *out;
	int64_t feed, unread;
	size_t n;

	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1);
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	assert_int_equal(store_quotes_replace(st, ms.changed_ids[0], &q, 1), 0);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(store_quotes_by_speaker(st, "bo", 0, &out, &n), 0);
	assert_int_equal(n, 1);
	store_quotes_free(&out, n);
	store_merge_stats_clear(&ms);

	/* A failure inside loses the whole group, and commit says so. */
	add(doc, "2", "two", 2);
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
	assert_int_equal(store_merge(st, 4242, doc, 1, NULL), -1);
	assert_int_equal(store_commit(st), -1);
	assert_int_equal(count_feed(st, feed, &unread), 1);
	/* And the store goes on working. */
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
	store_rollback(st);
	assert_int_equal(count_feed(st, feed, &unread), 1);
	assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
	assert_int_equal(count_feed(st, feed, &unread), 2);
	feed_doc_free(&doc);
	store_close(&st);
}

static char *
tmp_path(const char *name)
{
	return xasprintf("%s/%s", tmpdir, name);
}

/* A schema 3 cache (a row per quotation) is upgraded in place: the same
 * answers, in the same order; quotations of vanished articles are left. */
static void
test_quotes_from_schema3(void **state)
{
	struct store *st;
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	struct store_quote *out;
	char *path = tmp_path("v3.db"), err[256], *sql;
	sqlite3 *db;
	int64_t feed, a1, a2, sp;
	size_t n;

	(void)state;
	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1000);
	add(doc, "2", "two", 2000);
	assert_int_equal(store_merge(st, feed, doc, 1, &ms), 0);
	a1 = ms.changed_ids[0];
	a2 = ms.changed_ids[1];
	assert_true((sp = store_speaker_id(st, "Ada Lovelace")) > 0);
	store_merge_stats_clear(&ms);
	store_close(&st);

	/* Back to schema 3, as that version wrote it. */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sql = xasprintf("DROP TABLE speaker_articles; DROP TABLE article_quotes;"
	    "CREATE TABLE quotes (id INTEGER PRIMARY KEY,"
	    "  article_id INTEGER NOT NULL"
	    "    REFERENCES articles (id) ON DELETE CASCADE,"
	    "  kind INTEGER NOT NULL, level INTEGER NOT NULL,"
	    "  text TEXT NOT NULL, speaker TEXT, speaker_id INTEGER"
	    "  REFERENCES speakers (id));"
	    "CREATE INDEX quotes_article ON quotes (article_id);"
	    "CREATE INDEX quotes_speaker_id ON quotes (speaker_id)"
	    "  WHERE speaker_id IS NOT NULL;"
	    "INSERT INTO quotes (article_id, kind, level, text, speaker_id)"
	    "  VALUES (%lld, 0, 0, 'old one', %lld), (%lld, 2, 1, 'block',"
	    "  NULL), (%lld, 0, 0, 'new one', %lld), (%lld, 1, 0, 'new two',"
	    "  %lld), (999, 0, 0, 'orphan', %lld);"
	    "PRAGMA user_version = 3;", (long long)a1, (long long)sp,
	    (long long)a1, (long long)a2, (long long)sp, (long long)a2,
	    (long long)sp, (long long)sp);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	free(sql);
	sqlite3_close(db);

	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	assert_int_equal(store_quotes_by_speaker(st, "ada", 0, &out, &n), 0);
	assert_int_equal(n, 3);
	assert_string_equal(out[0].text, "new one");
	assert_string_equal(out[1].text, "new two");
	assert_int_equal(out[1].kind, STORE_QUOTE_TERM);
	assert_string_equal(out[2].text, "old one");
	assert_string_equal(out[2].speaker, "Ada Lovelace");
	assert_int_equal(out[2].article_id, a1);
	store_quotes_free(&out, n);
	store_close(&st);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "SELECT 1 FROM quotes", NULL, NULL,
	    NULL), SQLITE_ERROR);
	sqlite3_close(db);
	feed_doc_free(&doc);
	free(path);
}

/* Fill a feed's worth of articles with incompressible-ish text. */
static void
fill_doc(struct feed_doc *doc, int round, unsigned *seed)
{
	struct feed_entry *e;
	struct buf b = BUF_INIT;
	int i, k;

	for (i = 0; i < 20; i++) {
		e = feed_doc_add_entry(doc);
		e->id = xasprintf("r%d-%d", round, i);
		e->title = xasprintf("Round %d article %d", round, i);
		e->published = 1700000000 + round * 100 + i;
		b.len = 0;
		for (k = 0; k < 400; k++) {
			*seed = *seed * 1103515245u + 12345u;
			buf_printf(&b, "w%u ", *seed >> 8);
		}
		e->content = xstrdup(buf_str(&b));
	}
	buf_free(&b);
}

static off_t
file_size(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 ? sb.st_size : 0;
}

/* Checkpoints run in their own thread while the writer goes on; the log
 * stays bounded; nothing is lost. */
static void
test_checkpoint_thread(void **state)
{
	struct store *st, *r;
	struct feed_doc *doc;
	char *path = tmp_path("ckpt.db"), *wal, err[256];
	off_t db0, db1, wal_max = 0;
	unsigned seed = 1, runs = 0;
	int64_t feed, unread;
	int round;

	wal = xasprintf("%s-wal", path);
	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	/* The thread alone: the writer never copies the log back. */
	store_ckpt_limits(st, 16, 1 << 30);
	db0 = file_size(path);
	for (round = 0; round < 40 && runs < 2; round++) {
		doc = feed_doc_new();
		fill_doc(doc, round, &seed);
		assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
		feed_doc_free(&doc);
		runs = store_ckpt_wait(st);
	}
	assert_true(runs >= 2);
	/* Copied into the database while the writer still holds it. */
	assert_true(file_size(path) > db0 + 16 * 8192);
	assert_true(file_size(wal) > 0);

	/* A bound: transactions back to back, as a reload writes them, so
	 * the log is never found fully copied when one starts; the writer
	 * finishes the copy itself at 64 pages, and the next transaction
	 * starts the log over.  An unbounded log would hold at least all
	 * the pages the database grows by. */
	store_ckpt_limits(st, 16, 64);
	db1 = file_size(path);
	assert_int_equal(store_begin(st), 0);
	for (; round < 100; round++) {
		doc = feed_doc_new();
		fill_doc(doc, round, &seed);
		assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
		feed_doc_free(&doc);
		assert_int_equal(store_commit(st), 0);
		assert_int_equal(store_begin(st), 0);
		if (file_size(wal) > wal_max)
			wal_max = file_size(wal);
	}
	assert_int_equal(store_commit(st), 0);
	assert_true(store_ckpt_wait(st) > runs);
	store_close(&st);
	assert_true(wal_max < (file_size(path) - db1) / 3);

	assert_int_equal(store_open(path, STORE_READONLY, &r, err, sizeof err),
	    0);
	assert_int_equal(count_feed(r, feed, &unread), 100 * 20);
	assert_int_equal(store_check(r, err, sizeof err), 0);
	store_close(&r);
	free(wal);
	free(path);
}

static void
test_second_writer_and_reader(void **state)
{
	struct store *w, *w2, *r;
	struct feed_doc *doc = feed_doc_new();
	char *path = tmp_path("lock.db"), err[256], want[64];
	struct stat sb;
	int64_t feed;

	assert_int_equal(store_open(path, STORE_READONLY, &r, err, sizeof err),
	    -1);	/* no cache yet, and none made */
	assert_int_equal(stat(path, &sb), -1);
	assert_int_equal(store_open(path, 0, &w, err, sizeof err), 0);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(store_open(path, 0, &w2, err, sizeof err), -1);
	snprintf(want, sizeof want, "cache in use by PID %ld", (long)getpid());
	assert_non_null(strstr(err, want));
	assert_null(w2);

	feed = store_feed_ensure(w, "http://a/", NULL, NULL, 0, 0);
	add(doc, "1", "one", 1);
	assert_int_equal(store_merge(w, feed, doc, 1, NULL), 0);
	/* A reader alongside the writer sees what was committed. */
	assert_int_equal(store_open(path, STORE_READONLY, &r, err, sizeof err),
	    0);
	assert_int_equal(store_unread_total(r), 1);
	assert_int_equal(store_article_set_unread(w, 1, 0), 0);
	assert_int_equal(store_unread_total(r), 0);
	assert_int_equal(store_mark_all_read(r), -1);	/* read-only */
	store_close(&r);
	store_close(&w);
	/* Once the writer is gone, the next one gets in. */
	assert_int_equal(store_open(path, 0, &w2, err, sizeof err), 0);
	store_close(&w2);
	assert_int_equal(store_open(path, STORE_READONLY, &r, err, sizeof err),
	    0);
	assert_int_equal(store_unread_total(r), 0);
	store_close(&r);
	feed_doc_free(&doc);
	free(path);
}

static void
test_foreign_files_untouched(void **state)
{
	static const char text[] = "just some text, not a database\n";
	struct store *st;
	char *path = tmp_path("notes.txt"), *other = tmp_path("other.db"),
	    *dir = tmp_path("adir"), err[256], buf[128];
	struct stat sb;
	sqlite3 *db;
	int fd;
	ssize_t n;

	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, sizeof text - 1), sizeof text - 1);
	close(fd);
	assert_int_equal(store_open(path, 0, &st, err, sizeof err), -1);
	assert_non_null(strstr(err, "not an SQLite database"));
	fd = open(path, O_RDONLY);
	n = read(fd, buf, sizeof buf);
	close(fd);
	assert_int_equal(n, sizeof text - 1);
	assert_memory_equal(buf, text, n);

	/* Another program's SQLite database. */
	assert_int_equal(sqlite3_open(other, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE t (x);"
	    "INSERT INTO t VALUES (42)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(other, 0, &st, err, sizeof err), -1);
	assert_non_null(strstr(err, "another program"));
	assert_int_equal(stat(other, &sb), 0);

	/* A damaged one: garbage after a valid header. */
	fd = open(other, O_WRONLY);
	assert_int_equal(pwrite(fd, "garbage garbage garbage", 23, 16), 23);
	close(fd);
	assert_int_equal(store_open(other, 0, &st, err, sizeof err), -1);
	assert_non_null(strstr(err, "left untouched"));

	assert_int_equal(mkdir(dir, 0700), 0);
	assert_int_equal(store_open(dir, 0, &st, err, sizeof err), -1);
	free(path);
	free(other);
	free(dir);
}

static void
test_full_disk_rolls_back(void **state)
{
	struct store *st;
	struct feed_doc *doc = feed_doc_new();
	struct store_merge_stats ms;
	char *path = tmp_path("full.db"), err[256], id[16];
	int64_t feed, unread;
	struct feed_entry *e;
	uint64_t rnd = 88172645463325252ULL;
	int i, j;

	assert_int_equal(store_open(path, 0, &st, err, sizeof err), 0);
	feed = store_feed_ensure(st, "http://a/", NULL, NULL, 0, 0);
	add(doc, "first", "first", 1);
	assert_int_equal(store_merge(st, feed, doc, 1, NULL), 0);
	feed_doc_free(&doc);
	/* Cap the file just above its current size: SQLITE_FULL. */
	assert_int_equal(store_exec(st, "PRAGMA max_page_count = 60"), 0);
	doc = feed_doc_new();
	for (i = 0; i < 400; i++) {
		snprintf(id, sizeof id, "n%d", i);
		e = add(doc, id, id, 100 + i);
		free(e->content);
		e->content = xmalloc(2001);
		for (j = 0; j < 2000; j++) {	/* incompressible-ish */
			rnd ^= rnd << 13;
			rnd ^= rnd >> 7;
			rnd ^= rnd << 17;
			e->content[j] = 'a' + (char)(rnd % 26);
		}
		e->content[2000] = '\0';
	}
	logged[0] = '\0';
	assert_int_equal(store_merge(st, feed, doc, 2, &ms), -1);
	assert_non_null(strstr(logged, "disk is full"));
	assert_int_equal(count_feed(st, feed, &unread), 1);
	assert_int_equal(unread, 1);
	/* The store still works afterwards. */
	assert_int_equal(store_article_set_unread(st, 1, 0), 0);
	assert_int_equal(store_unread_total(st), 0);
	assert_int_equal(store_check(st, err, sizeof err), 0);
	store_close(&st);
	feed_doc_free(&doc);
	free(path);
}

static int
setup_dir(void **state)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/test-store.XXXXXX");
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	log_set_dispatcher(capture, NULL);
	return 0;
}

static int
teardown_dir(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	int rc = system(cmd);

	free(cmd);
	return rc == 0 ? 0 : -1;
}

/* The two step helpers: every outcome leaves the statement reset (no
 * read snapshot kept open) except a row, which is the caller's to read;
 * errors are -1. */
static void
test_step_helpers(void **state)
{
	struct store *st = mem_store();
	sqlite3_stmt *s;

	(void)state;
	assert_int_equal(store_exec(st, "CREATE TEMP TABLE t (k INTEGER"
	    " PRIMARY KEY)"), 0);
	assert_int_equal(sqlite3_prepare_v2(st->db, "SELECT k FROM t WHERE"
	    " k = ?1", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_int(s, 1, 1);
	assert_int_equal(store_step_row(st, s, "t"), 0);
	assert_false(sqlite3_stmt_busy(s));
	sqlite3_finalize(s);

	assert_int_equal(sqlite3_prepare_v2(st->db, "INSERT INTO t VALUES"
	    " (?1)", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_int(s, 1, 1);
	assert_int_equal(store_step_done(st, s, "t"), 0);
	assert_false(sqlite3_stmt_busy(s));
	/* the same key again: a constraint error, reset all the same */
	assert_int_equal(store_step_done(st, s, "t"), -1);
	assert_false(sqlite3_stmt_busy(s));
	assert_int_equal(store_step_row(st, s, "t"), -1);
	assert_false(sqlite3_stmt_busy(s));
	sqlite3_finalize(s);

	assert_int_equal(sqlite3_prepare_v2(st->db, "SELECT k FROM t", -1,
	    &s, NULL), SQLITE_OK);
	assert_int_equal(store_step_row(st, s, "t"), 1);
	assert_true(sqlite3_stmt_busy(s));
	assert_int_equal(sqlite3_column_int(s, 0), 1);
	sqlite3_reset(s);
	/* a statement with rows, stepped to its end */
	assert_int_equal(store_step_done(st, s, "t"), 0);
	assert_false(sqlite3_stmt_busy(s));
	sqlite3_finalize(s);
	store_close(&st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feeds),
		cmocka_unit_test(test_merge_new_changed_vanished),
		cmocka_unit_test(test_merge_batch_known),
		cmocka_unit_test(test_merge_reset_unread),
		cmocka_unit_test(test_merge_deleted_stay_deleted),
		cmocka_unit_test(test_merge_undated),
		cmocka_unit_test(test_merge_duplicates_and_two_feeds),
		cmocka_unit_test(test_lists_and_next_unread),
		cmocka_unit_test(test_list_by_title),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_search_strategies),
		cmocka_unit_test(test_search_expr),
		cmocka_unit_test(test_search_prefix_cjk),
		cmocka_unit_test(test_upgrade_cjk),
		cmocka_unit_test(test_big_body_roundtrip),
		cmocka_unit_test(test_fts_text),
		cmocka_unit_test(test_expire),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_quotes_packed),
		cmocka_unit_test(test_quotes_from_schema3),
		cmocka_unit_test(test_quotes_fresh),
		cmocka_unit_test(test_grouped_writes),
		cmocka_unit_test(test_checkpoint_thread),
		cmocka_unit_test(test_second_writer_and_reader),
		cmocka_unit_test(test_foreign_files_untouched),
		cmocka_unit_test(test_full_disk_rolls_back),
		cmocka_unit_test(test_step_helpers),
	};

	return cmocka_run_group_tests(tests, setup_dir, teardown_dir);
}
