/*
 * crash-writer: the victim of tests/store/crash.sh.  Forever: merge a
 * generated document into one of four feeds (new, repeated and changed
 * articles), then flip the read state of a few random articles and now and
 * then delete one.  Each state change is announced on stdout before it is
 * attempted ("pending ID STATE", "pending-del ID") and confirmed after its
 * transaction committed ("saved ID STATE", "deleted ID"), one write(2) per
 * line, so a SIGKILL at any moment leaves a log crash-check can trust.
 *
 *   crash-writer CACHE SEED
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "store/lib.h"
#include "store/store-int.h"

static uint64_t	 rng;

static uint64_t	 rnd(void);
static void	 quiet(enum log_level, const char *, void *);

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void
quiet(enum log_level level, const char *msg, void *arg)
{
	(void)level;
	(void)arg;
	dprintf(2, "crash-writer: %s\n", msg);
}

int
main(int argc, char **argv)
{
	struct store *st;
	struct feed_doc *doc;
	struct feed_entry *e;
	struct store_article_row *rows;
	struct store_query q;
	struct buf b = BUF_INIT;
	int64_t feeds[4], total, unread, id;
	char err[512], url[64];
	size_t n;
	int i, k, round, state, f, base;

	if (argc != 3)
		return 2;
	rng = strtoull(argv[2], NULL, 10) * 2654435761u + 1;
	log_set_dispatcher(quiet, NULL);
	if (store_open(argv[1], 0, &st, err, sizeof err) == -1) {
		dprintf(2, "crash-writer: %s\n", err);
		return 1;
	}
	/* Checkpoints in their thread all the time, so kills land in
	 * them too (and at the writer's own, at the log's bound). */
	store_ckpt_limits(st, 24, 200);
	for (i = 0; i < 4; i++) {
		snprintf(url, sizeof url, "http://feed%d.localhost/", i);
		if ((feeds[i] = store_feed_ensure(st, url, NULL, NULL, 0, i)) ==
		    -1)
			return 1;
	}
	memset(&q, 0, sizeof q);
	q.scope = STORE_SCOPE_ALL;
	for (round = 0;; round++) {
		f = (int)(rnd() % 4);
		base = (int)(rnd() % 400);
		doc = feed_doc_new();
		doc->meta.title = xasprintf("Feed %d", f);
		for (i = 0; i < 25; i++) {
			e = feed_doc_add_entry(doc);
			e->id = xasprintf("f%d-%d", f, base + i);
			e->title = xasprintf("Article %d of feed %d", base + i,
			    f);
			e->published = 1700000000 + (base + i) * 60;
			/* Versions change now and then: in-place updates. */
			b.len = 0;
			for (k = 0; k < 40 + (int)(rnd() % 200); k++)
				buf_printf(&b, "<p>word%d version%d</p>",
				    (int)(rnd() % 5000), (int)(rnd() % 3 == 0 ?
				    round : 0));
			e->content = xstrdup(buf_str(&b));
		}
		if (store_merge(st, feeds[f], doc, 1700000000 + round, NULL) ==
		    -1)
			return 1;
		feed_doc_free(&doc);

		if (store_article_count(st, &q, &total, &unread) == -1)
			return 1;
		for (i = 0; i < 5 && total > 0; i++) {
			if (store_article_list(st, &q, rnd() % total, 1, &rows,
			    &n) == -1)
				return 1;
			if (n == 0)
				continue;
			id = rows[0].id;
			store_article_rows_free(&rows, n);
			if (rnd() % 25 == 0) {
				dprintf(1, "pending-del %lld\n", (long long)id);
				if (store_article_delete(st, id) == -1)
					return 1;
				dprintf(1, "deleted %lld\n", (long long)id);
				continue;
			}
			state = (int)(rnd() % 2);
			dprintf(1, "pending %lld %d\n", (long long)id, state);
			if (store_article_set_unread(st, id, state) == -1)
				return 1;
			dprintf(1, "saved %lld %d\n", (long long)id, state);
		}
	}
}
