/* test-sync-store: the sync state in the store (store-sync.c) without a
 * server: the queue filled by every model action in its own transaction
 * (and not by the server's state), batches dropped only as sent, the
 * backoff, and the conflict rule (a field changed here and not yet sent
 * keeps its local value). */
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
#include "model/model.h"
#include "store/lib.h"

#define NOW	1700000000

struct fx {
	struct store	*st;
	struct model	*m;
	int64_t		 feed;
};

/* A feed with items 10, 11, 12 from the "server": 10 read, 11 starred. */
static int
setup(void **state)
{
	static const struct store_sync_item items[] = {
		{ 10, 1, 0 }, { 11, 0, 1 }, { 12, 0, 0 }
	};
	struct fx *fx = xcalloc(1, sizeof *fx);
	struct feed_doc *doc = feed_doc_new();
	struct feed_entry *e;
	char err[256];
	size_t i;

	assert_int_equal(store_open(":memory:", 0, &fx->st, err, sizeof err), 0);
	fx->feed = store_sync_feed(fx->st, "feed/1", "http://a.example/f.xml",
	    "A", "News", 0);
	assert_true(fx->feed > 0);
	for (i = 0; i < 3; i++) {
		e = feed_doc_add_entry(doc);
		e->id = xasprintf("tag:google.com,2005:reader/item/%016x",
		    (unsigned)items[i].remote);
		e->title = xasprintf("item %zu", i);
		e->published = NOW - (int64_t)i;
	}
	assert_int_equal(store_sync_merge(fx->st, fx->feed, doc, items, NOW,
	    NULL), 0);
	feed_doc_free(&doc);
	fx->m = model_new(fx->st, NULL);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;

	model_free(&fx->m);
	store_close(&fx->st);
	free(fx);
	return 0;
}

static int64_t
art(struct fx *fx, int64_t remote)
{
	int64_t id = store_sync_article(fx->st, remote);

	assert_true(id > 0);
	return id;
}

static void
get(struct fx *fx, int64_t remote, int *unread, int *starred)
{
	struct model_article a;

	assert_int_equal(model_article_get(fx->m, art(fx, remote), &a), 0);
	*unread = a.row.unread;
	*starred = a.row.starred;
	model_article_clear(&a);
}

static size_t
pending(struct fx *fx, int force, struct store_sync_change **c)
{
	size_t n;

	assert_int_equal(store_sync_pending(fx->st, NOW, force, c, &n), 0);
	return n;
}

static void
test_server_state_not_queued(void **state)
{
	struct fx *fx = *state;
	struct store_sync_change *c;
	int u, s;

	get(fx, 10, &u, &s);
	assert_true(u == 0 && s == 0);
	get(fx, 11, &u, &s);
	assert_true(u == 1 && s == 1);
	assert_int_equal(pending(fx, 1, &c), 0);
	free(c);
	/* the server's lists: 10 unread now, 12 starred */
	assert_int_equal(store_sync_apply(fx->st, (int64_t[]){ 10, 11, 12 }, 3,
	    (int64_t[]){ 12 }, 1), 0);
	get(fx, 10, &u, &s);
	assert_true(u == 1 && s == 0);
	get(fx, 12, &u, &s);
	assert_true(u == 1 && s == 1);
	assert_int_equal(pending(fx, 1, &c), 0);
	free(c);
}

static void
test_actions_queued(void **state)
{
	struct fx *fx = *state;
	struct store_sync_change *c;
	size_t n;

	assert_int_equal(model_set_unread(fx->m, art(fx, 11), 0), 0);
	assert_int_equal(model_set_starred(fx->m, art(fx, 12), 1), 0);
	assert_int_equal(model_mark_all_read(fx->m), 0);
	n = pending(fx, 0, &c);
	/* 11 read, 12 read (by mark all read: an explicit id), 12 starred;
	 * 10 was read already */
	assert_int_equal(n, 3);
	assert_true(c[0].field == STORE_SYNC_READ && c[0].value == 0 &&
	    c[0].remote == 11);
	assert_true(c[1].field == STORE_SYNC_READ && c[1].remote == 12);
	assert_true(c[2].field == STORE_SYNC_STAR && c[2].value == 1 &&
	    c[2].remote == 12);
	/* sent: gone */
	assert_int_equal(store_sync_sent(fx->st, c, n, 1, NOW), 0);
	free(c);
	assert_int_equal(pending(fx, 1, &c), 0);
	free(c);
}

static void
test_backoff_and_newer_wish(void **state)
{
	struct fx *fx = *state;
	struct store_sync_change *c, *c2;
	struct store_sync_counts k;
	size_t n;

	assert_int_equal(model_set_unread(fx->m, art(fx, 12), 0), 0);
	n = pending(fx, 0, &c);
	assert_int_equal(n, 1);
	assert_int_equal(store_sync_sent(fx->st, c, n, 0, NOW), 0);
	/* waiting for its backoff: not due now, due with force */
	assert_int_equal(pending(fx, 0, &c2), 0);
	free(c2);
	assert_int_equal(pending(fx, 1, &c2), 1);
	assert_int_equal(c2[0].tries, 1);
	free(c2);
	assert_int_equal(store_sync_counts(fx->st, &k), 0);
	assert_int_equal(k.pending_read, 1);
	assert_int_equal(k.max_tries, 1);
	assert_int_equal(k.next_try, NOW + 30);
	/* changed again before the send completes: the old send's success
	 * does not drop the newer wish */
	assert_int_equal(model_set_unread(fx->m, art(fx, 12), 1), 0);
	assert_int_equal(store_sync_sent(fx->st, c, n, 1, NOW), 0);
	free(c);
	assert_int_equal(pending(fx, 1, &c), 1);
	assert_true(c[0].value == 1 && c[0].remote == 12);
	free(c);
}

static void
test_conflict_local_wins(void **state)
{
	struct fx *fx = *state;
	struct store_sync_change *c;
	int u, s;

	/* 12: read here and unread again, not yet sent; the server says
	 * read: the local value stays */
	assert_int_equal(model_set_unread(fx->m, art(fx, 12), 0), 0);
	assert_int_equal(model_set_unread(fx->m, art(fx, 12), 1), 0);
	/* 11: starred here (unstarred first), the server says unstarred */
	assert_int_equal(model_set_starred(fx->m, art(fx, 11), 0), 0);
	assert_int_equal(model_set_starred(fx->m, art(fx, 11), 1), 0);
	assert_int_equal(store_sync_apply(fx->st, (int64_t[]){ 10 }, 1,
	    NULL, 0), 0);
	get(fx, 12, &u, &s);
	assert_int_equal(u, 1);
	get(fx, 11, &u, &s);
	assert_true(u == 0 && s == 1);	/* its read state: the server's */
	get(fx, 10, &u, &s);
	assert_true(u == 1 && s == 0);
	assert_int_equal(pending(fx, 1, &c), 2);
	free(c);
}

/* An item deleted here and sent again is not stored again, and counts as
 * known, so the next sync does not fetch it once more. */
static void
test_deleted_stays_known(void **state)
{
	static const struct store_sync_item items[] = { { 12, 0, 0 } };
	struct fx *fx = *state;
	struct feed_doc *doc = feed_doc_new();
	struct feed_entry *e;
	int64_t *known;
	size_t n;

	assert_int_equal(model_delete(fx->m, art(fx, 12)), 0);
	e = feed_doc_add_entry(doc);
	e->id = xstrdup("tag:google.com,2005:reader/item/000000000000000c");
	e->title = xstrdup("item 2");
	assert_int_equal(store_sync_merge(fx->st, fx->feed, doc, items, NOW,
	    NULL), 0);
	feed_doc_free(&doc);
	assert_int_equal(store_sync_article(fx->st, 12), 0);
	assert_int_equal(store_sync_known(fx->st, &known, &n), 0);
	assert_int_equal(n, 3);
	assert_int_equal(known[2], 12);
	free(known);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_server_state_not_queued,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_actions_queued, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_backoff_and_newer_wish,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_conflict_local_wins, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_deleted_stays_known, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
