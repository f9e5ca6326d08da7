/*
 * test-tidy: the tidying features over a real (in-memory) store — the
 * config's rule directives, set-filter on a feed's list (body and feed
 * attributes too), the killfile in both modes (display: left out of
 * lists; download: model_rules_drop before storing), highlights by rule
 * order, sort and rev-sort, delete / delete-all / purge with tombstones
 * (a purged article does not come back), flags and
 * keep-forever-if-flagged-with against retention, and the schema slot's
 * columns.
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
#include "conf/config.h"
#include "feed/feed.h"
#include "model/model.h"
#include "store/lib.h"

#define T0	1700000000

static void
quiet(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)msg;
	(void)arg;
}

static const char *titles[] = { "Gentoo news", "Alpha release",
	"Zebra crossing", "Mango season" };
static const char *authors[] = { "Frank", "Ann", "Zed", "Bob" };

static struct feed_doc *
doc_of(void)
{
	struct feed_doc *doc = feed_doc_new();
	struct feed_entry *e;
	size_t i;

	for (i = 0; i < 4; i++) {
		e = feed_doc_add_entry(doc);
		e->id = xasprintf("id-%zu", i);
		e->title = xstrdup(titles[i]);
		e->author = xstrdup(authors[i]);
		e->link = xasprintf("http://a.example/%zu", i);
		e->published = T0 + (int64_t)i * 60;
		e->content = xstrdup(i == 2 ? "<p>the lamp</p>" : "<p>x</p>");
	}
	return doc;
}

static struct store *
setup(int64_t *feed)
{
	struct store *st;
	struct feed_doc *doc = doc_of();
	char err[256];

	assert_int_equal(store_open(":memory:", 0, &st, err, sizeof err), 0);
	*feed = store_feed_ensure(st, "http://a.example/feed", NULL, "news sea",
	    0, 0);
	assert_int_equal(store_merge(st, *feed, doc, T0, NULL), 0);
	feed_doc_free(&doc);
	return st;
}

static struct model_list *
feed_list(struct model *m, int64_t feed)
{
	struct model_query q = { .scope = MODEL_SCOPE_FEED, .feed_id = feed };

	return model_list_open(m, &q);
}

/* The titles of l in order, joined by '|'. */
static char *
order(struct model_list *l)
{
	struct buf b = BUF_INIT;
	struct model_article_row *r;
	size_t i;

	for (i = 0; (r = model_list_at(l, i)) != NULL; i++)
		buf_printf(&b, "%s%s", i ? "|" : "", r->title);
	return buf_detach(&b);
}

static void
check_order(struct model_list *l, const char *want)
{
	char *got = order(l);

	assert_string_equal(got != NULL ? got : "", want);
	free(got);
}

static void
test_config_rules(void **state)
{
	static const char text[] =
	    "define-filter \"unread ones\" \"unread = \\\"yes\\\"\"\n"
	    "ignore-article \"*\" \"title =~ \\\"Gentoo\\\"\"\n"
	    "ignore-article http://b/ \"author = \\\"Zed\\\"\"\n"
	    "highlight-article \"flags # \\\"a\\\"\" red default bold\n"
	    "highlight-feed \"unread_count > 0\" color4 default\n"
	    "ignore-mode display\n"
	    "keep-forever-if-flagged-with \"ab\"\n"
	    "define-filter onlyname\n"			/* warned */
	    "highlight-article \"x\" nocolour default\n";	/* warned */
	struct config c;

	(void)state;
	config_init(&c);
	assert_int_equal(c.ignore_mode, CI_DOWNLOAD);
	assert_int_equal(config_parse(text, sizeof text - 1, "t", &c), 2);
	assert_int_equal(c.nrules, 5);
	assert_int_equal(c.rules[0].kind, CR_FILTER);
	assert_string_equal(c.rules[0].name, "unread ones");
	assert_string_equal(c.rules[0].expr, "unread = \"yes\"");
	assert_int_equal(c.rules[2].kind, CR_IGNORE);
	assert_string_equal(c.rules[2].name, "http://b/");
	assert_int_equal(c.rules[3].kind, CR_HL_ARTICLE);
	assert_int_equal(c.rules[3].color.fg, 1);
	assert_int_equal(c.rules[3].color.attrs, CA_BOLD);
	assert_int_equal(c.rules[4].color.fg, 4);
	assert_int_equal(c.ignore_mode, CI_DISPLAY);
	assert_string_equal(c.keep_flagged, "ab");
	config_free(&c);
}

static void
test_set_filter(void **state)
{
	struct model *m;
	struct model_list *l;
	struct store *st;
	int64_t feed;
	char err[128];

	(void)state;
	st = setup(&feed);
	m = model_new(st, NULL);
	l = feed_list(m, feed);
	assert_int_equal(model_list_count(l), 4);
	assert_int_equal(model_list_set_filter(l, "author =~ \"^[AB]\"", err,
	    sizeof err), 0);
	check_order(l, "Mango season|Alpha release");
	assert_string_equal(model_list_filter(l), "author =~ \"^[AB]\"");
	/* the body and the feed's own fields */
	assert_int_equal(model_list_set_filter(l, "content =~ \"lamp\" and "
	    "rssurl = \"http://a.example/feed\" and tags # \"sea\"", err,
	    sizeof err), 0);
	check_order(l, "Zebra crossing");
	/* a bad one keeps the old */
	assert_int_equal(model_list_set_filter(l, "title ~ 1", err,
	    sizeof err), -1);
	check_order(l, "Zebra crossing");
	assert_int_equal(model_list_set_filter(l, NULL, err, sizeof err), 0);
	assert_int_equal(model_list_count(l), 4);
	assert_null(model_list_filter(l));
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
}

static void
test_sort(void **state)
{
	struct model *m;
	struct model_list *l;
	struct store *st;
	int64_t feed;

	(void)state;
	st = setup(&feed);
	m = model_new(st, NULL);
	l = feed_list(m, feed);
	check_order(l, "Mango season|Zebra crossing|Alpha release|Gentoo news");
	model_list_sort(l, MODEL_SORT_TITLE, 0);
	check_order(l, "Alpha release|Gentoo news|Mango season|Zebra crossing");
	model_list_sort(l, MODEL_SORT_TITLE, 1);
	check_order(l, "Zebra crossing|Mango season|Gentoo news|Alpha release");
	model_list_sort(l, MODEL_SORT_AUTHOR, 0);
	check_order(l, "Alpha release|Mango season|Gentoo news|Zebra crossing");
	model_list_sort(l, MODEL_SORT_DATE, 0);		/* oldest first */
	check_order(l, "Gentoo news|Alpha release|Zebra crossing|Mango season");
	model_list_sort(l, MODEL_SORT_DATE, 1);
	check_order(l, "Mango season|Zebra crossing|Alpha release|Gentoo news");
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
}

static void
test_killfile(void **state)
{
	static const char text[] =
	    "ignore-article \"*\" \"title =~ \\\"gentoo\\\"\"\n"
	    "ignore-article http://other/ \"title =~ \\\"Alpha\\\"\"\n"
	    "ignore-article http://a.example/feed \"content =~ \\\"lamp\\\"\"\n";
	struct model_rules *k;
	struct feed_doc *doc;
	struct config c;
	struct model *m;
	struct model_list *l;
	struct store *st;
	int64_t feed;

	(void)state;
	config_init(&c);
	assert_int_equal(config_parse(text, sizeof text - 1, "t", &c), 0);
	k = model_rules_new(&c, CR_IGNORE);
	assert_int_equal(model_rules_count(k), 3);
	/* download: dropped from the document before it is stored */
	doc = doc_of();
	assert_int_equal(model_rules_drop(k, "http://a.example/feed", "A",
	    NULL, doc, T0), 2);
	assert_int_equal(doc->nentries, 2);
	assert_string_equal(doc->entries[0].title, "Alpha release");
	assert_string_equal(doc->entries[1].title, "Mango season");
	feed_doc_free(&doc);
	/* display: stored, left out of lists */
	st = setup(&feed);
	m = model_new(st, NULL);
	model_set_killfile(m, k);
	l = feed_list(m, feed);
	check_order(l, "Mango season|Alpha release");
	model_list_close(&l);
	model_set_killfile(m, NULL);
	l = feed_list(m, feed);
	assert_int_equal(model_list_count(l), 4);
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
	model_rules_free(&k);
	config_free(&c);
}

static void
test_highlight(void **state)
{
	static const char text[] =
	    "highlight-article \"flags # \\\"a\\\"\" red default\n"
	    "highlight-article \"author = \\\"Ann\\\"\" blue default\n"
	    "highlight-feed \"tags # \\\"sea\\\" and unread_count > 3\" "
	    "green default\n";
	struct model_rules *ha, *hf;
	struct model_article_row *r;
	struct model_feed_row *rows;
	struct config c;
	struct model *m;
	struct model_list *l;
	struct store *st;
	size_t n, i;
	int64_t feed;

	(void)state;
	config_init(&c);
	assert_int_equal(config_parse(text, sizeof text - 1, "t", &c), 0);
	ha = model_rules_new(&c, CR_HL_ARTICLE);
	hf = model_rules_new(&c, CR_HL_FEED);
	st = setup(&feed);
	m = model_new(st, NULL);
	l = feed_list(m, feed);
	r = model_list_at(l, 2);			/* Alpha, by Ann */
	assert_string_equal(r->title, "Alpha release");
	assert_int_equal(model_rules_match_row(m, ha, r), 1);
	assert_int_equal(model_set_flags(m, r->id, "ba"), 0);
	model_list_reload(l);
	r = model_list_at(l, 2);
	assert_string_equal(r->flags, "ab");
	assert_int_equal(model_rules_match_row(m, ha, r), 0);	/* first wins */
	r = model_list_at(l, 0);
	assert_int_equal(model_rules_match_row(m, ha, r), -1);
	assert_int_equal(model_feed_rows(m, &rows, &n), 0);
	for (i = 0; i < n && rows[i].kind != MODEL_FEED; i++)
		;
	assert_true(i < n);
	assert_int_equal(model_rules_match_feed(hf, &rows[i], i), 0);
	model_feed_rows_free(&rows, n);
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
	model_rules_free(&ha);
	model_rules_free(&hf);
	config_free(&c);
}

static void
test_delete_purge(void **state)
{
	struct model_article_row *r;
	struct feed_doc *doc;
	struct model *m;
	struct model_list *l;
	struct store *st;
	int64_t feed, id;
	size_t n;

	(void)state;
	st = setup(&feed);
	m = model_new(st, NULL);
	l = feed_list(m, feed);
	r = model_list_at(l, 0);
	id = r->id;
	assert_int_equal(model_set_deleted(m, id, 1), 0);
	model_list_reload(l);
	assert_int_equal(model_list_count(l), 4);	/* shown until purged */
	assert_true(model_list_at(l, 0)->deleted);
	assert_int_equal(model_purge_deleted(m, feed, &n), 0);
	assert_int_equal(n, 1);
	model_list_reload(l);
	check_order(l, "Zebra crossing|Alpha release|Gentoo news");
	/* the tombstone keeps it away */
	doc = doc_of();
	assert_int_equal(store_merge(st, feed, doc, T0, NULL), 0);
	feed_doc_free(&doc);
	model_list_reload(l);
	assert_int_equal(model_list_count(l), 3);
	/* delete-all-articles, then purge: empty */
	assert_int_equal(model_list_delete_all(l), 0);
	model_list_reload(l);
	assert_true(model_list_at(l, 2)->deleted);
	assert_int_equal(model_purge_deleted(m, 0, &n), 0);
	assert_int_equal(n, 3);
	model_list_reload(l);
	assert_int_equal(model_list_count(l), 0);
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
}

static void
test_flags_keep(void **state)
{
	struct model_article_row *r;
	struct model *m;
	struct model_list *l;
	struct store *st;
	int64_t feed;
	size_t i;
	char norm[STORE_FLAGS_MAX + 1];

	(void)state;
	assert_int_equal(store_flags_normalise("zAaZa", norm), 0);
	assert_string_equal(norm, "AZaz");
	assert_int_equal(store_flags_normalise("a1", norm), -1);
	st = setup(&feed);
	m = model_new(st, NULL);
	l = feed_list(m, feed);
	assert_int_equal(model_set_flags(m, model_list_at(l, 3)->id, "k"), 0);
	assert_int_equal(model_set_flags(m, model_list_at(l, 2)->id, "x1"),
	    -1);
	for (i = 0; (r = model_list_at(l, i)) != NULL; i++)
		assert_int_equal(model_set_unread(m, r->id, 0), 0);
	/* keep one: only the flagged oldest survives beyond it */
	model_set_keep_flags(m, "k");
	assert_int_equal(store_expire(st, feed, 1, 0, T0), 0);
	model_list_reload(l);
	check_order(l, "Mango season|Gentoo news");
	assert_string_equal(model_list_at(l, 1)->flags, "k");
	/* "" clears, and retention takes it next time */
	assert_int_equal(model_set_flags(m, model_list_at(l, 1)->id, ""), 0);
	model_list_reload(l);
	assert_null(model_list_at(l, 1)->flags);
	assert_int_equal(store_expire(st, feed, 1, 0, T0), 0);
	model_list_reload(l);
	check_order(l, "Mango season");
	model_list_close(&l);
	model_free(&m);
	store_close(&st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_config_rules),
		cmocka_unit_test(test_set_filter),
		cmocka_unit_test(test_sort),
		cmocka_unit_test(test_killfile),
		cmocka_unit_test(test_highlight),
		cmocka_unit_test(test_delete_purge),
		cmocka_unit_test(test_flags_keep),
	};

	log_set_dispatcher(quiet, NULL);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
