/*
 * store-query: time one thing the views do against an existing cache, in
 * a fresh process (so the figure includes opening the file), and report
 * the wall time and the process's peak RSS.
 *
 *   store-query CACHE feeds           open + the feed list (as the TUI)
 *   store-query CACHE unread          open read-only + the unread total
 *   store-query CACHE page FEED_POS   open + one page (50) of that feed
 *   store-query CACHE unread-page     open + first page of all unread
 *   store-query CACHE search WORDS    open + first page and count of a search
 *                                     (also prints the time to the first page)
 *   store-query CACHE pages [ROW]     50-row pages of the whole list (1M rows
 *                                     in the bench cache) at row 0 and at ROW
 *                                     (default: 100 from the end), by OFFSET,
 *                                     by keyset from the row before, and via
 *                                     model_list_at (cold list, and the next
 *                                     window); best of 5, in ms each
 *
 * Prints "MODE ms=N.N rss_kib=N rows=N" (pages: "pages row=N first_ms=...").
 */
#include "config.h"

#include <sys/resource.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/lib.h"
#include "model/model.h"
#include "store/lib.h"

static int	pages(struct store *st, size_t row);

int
main(int argc, char **argv)
{
	struct store *st;
	struct store_feed *feeds;
	struct store_article_row *rows;
	struct store_query q;
	struct rusage ru;
	char err[512];
	const char *mode;
	size_t nf = 0, n = 0;
	int64_t total = 0, unread = 0;
	double t0, t1, tlist = 0;
	int ro;

	if (argc < 3) {
		fprintf(stderr, "usage: store-query CACHE MODE [ARG]\n");
		return 2;
	}
	mode = argv[2];
	ro = strcmp(mode, "unread") == 0 || strcmp(mode, "search") == 0;
	memset(&q, 0, sizeof q);

	t0 = clock_mono_us() / 1e3;
	if (store_open(argv[1], ro ? STORE_READONLY : 0, &st, err,
	    sizeof err) == -1) {
		fprintf(stderr, "store-query: %s\n", err);
		return 1;
	}
	if (strcmp(mode, "feeds") == 0) {
		if (store_feed_list(st, &feeds, &nf) == -1)
			return 1;
		n = nf;
		store_feed_list_free(&feeds, nf);
	} else if (strcmp(mode, "unread") == 0) {
		total = store_unread_total(st);
		n = 1;
	} else if (strcmp(mode, "page") == 0 || strcmp(mode, "unread-page") ==
	    0) {
		if (strcmp(mode, "page") == 0) {
			if (store_feed_list(st, &feeds, &nf) == -1 || nf == 0)
				return 1;
			q.scope = STORE_SCOPE_FEED;
			q.feed_id = feeds[argc > 3 ? (size_t)atol(argv[3]) % nf :
			    nf / 2].id;
			store_feed_list_free(&feeds, nf);
		} else
			q.scope = STORE_SCOPE_UNREAD;
		if (store_article_list(st, &q, 0, 50, &rows, &n) == -1)
			return 1;
		store_article_rows_free(&rows, n);
	} else if (strcmp(mode, "search") == 0 && argc > 3) {
		q.scope = STORE_SCOPE_SEARCH;
		q.text = argv[3];
		if (store_article_list(st, &q, 0, 50, &rows, &n) == -1)
			return 1;
		tlist = clock_mono_us() / 1e3;
		if (store_article_count(st, &q, &total, &unread) == -1)
			return 1;
		store_article_rows_free(&rows, n);
	} else if (strcmp(mode, "pages") == 0) {
		n = pages(st, argc > 3 ? (size_t)atol(argv[3]) : 0);
		store_close(&st);
		return n == 0 ? 1 : 0;
	} else {
		fprintf(stderr, "store-query: unknown mode %s\n", mode);
		return 2;
	}
	store_close(&st);
	t1 = clock_mono_us() / 1e3;
	getrusage(RUSAGE_SELF, &ru);
	printf("%s ms=%.1f rss_kib=%ld rows=%zu total=%lld", mode, t1 - t0,
	    ru.ru_maxrss, n, (long long)total);
	if (tlist > 0)	/* open + first page, before the count */
		printf(" first_page_ms=%.1f", tlist - t0);
	printf("\n");
	return 0;
}

#define PAGE_ROWS	50
#define PAGE_RUNS	5

/* Best of PAGE_RUNS: one page of q from offset off (ms). */
static double
time_page(struct store *st, const struct store_query *q, size_t off)
{
	struct store_article_row *rows;
	double best = -1, t0, t;
	size_t n;
	int i;

	for (i = 0; i < PAGE_RUNS; i++) {
		t0 = clock_mono_us() / 1e3;
		if (store_article_list(st, q, off, PAGE_ROWS, &rows, &n) != 0)
			return -1;
		t = clock_mono_us() / 1e3 - t0;
		store_article_rows_free(&rows, n);
		if (best < 0 || t < best)
			best = t;
	}
	return best;
}

/* Best of PAGE_RUNS: model_list_at(row) on a fresh list, and then at the
 * row one window further on (the list pages on by keyset). */
static void
time_model(struct store *st, size_t row, double *cold, double *next)
{
	struct model_query mq = { .scope = MODEL_SCOPE_ALL };
	struct model *m = model_new(st, NULL);
	struct model_list *l;
	double t0, t;
	int i;

	*cold = *next = -1;
	for (i = 0; i < PAGE_RUNS; i++) {
		l = model_list_open(m, &mq);
		(void)model_list_count(l);
		t0 = clock_mono_us() / 1e3;
		(void)model_list_at(l, row);
		t = clock_mono_us() / 1e3 - t0;
		if (*cold < 0 || t < *cold)
			*cold = t;
		t0 = clock_mono_us() / 1e3;
		(void)model_list_at(l, row >= 300 ? row - 300 : row + 300);
		t = clock_mono_us() / 1e3 - t0;
		if (*next < 0 || t < *next)
			*next = t;
		model_list_close(&l);
	}
	model_free(&m);
}

/* Page costs at the top and deep in the list of every article.  Returns
 * the rows in the list, 0 on failure. */
static int
pages(struct store *st, size_t row)
{
	struct store_query q = { .scope = STORE_SCOPE_ALL }, rq;
	struct store_article_row *rows;
	int64_t total = 0, unread = 0;
	double first, off_deep, key_deep, cold, next;
	size_t n;

	if (store_article_count(st, &q, &total, &unread) != 0 || total < 2)
		return 0;
	if (row == 0 || row >= (size_t)total)
		row = (size_t)total > 100 ? (size_t)total - 100 : 1;
	first = time_page(st, &q, 0);
	off_deep = time_page(st, &q, row);
	/* the key of the row before (found from the nearer end, untimed) */
	rq = q;
	if (row - 1 > (size_t)total / 2) {
		rq.oldest_first = 1;
		if (store_article_list(st, &rq, (size_t)total - row, 1, &rows,
		    &n) != 0 || n != 1)
			return 0;
	} else if (store_article_list(st, &q, row - 1, 1, &rows, &n) != 0 ||
	    n != 1)
		return 0;
	rq = q;
	rq.after_date = rows[0].date;
	rq.after_id = rows[0].id;
	store_article_rows_free(&rows, n);
	key_deep = time_page(st, &rq, 0);
	time_model(st, row, &cold, &next);
	printf("pages row=%zu of=%lld first_ms=%.2f offset_ms=%.2f"
	    " keyset_ms=%.2f model_cold_ms=%.2f model_next_ms=%.2f\n", row,
	    (long long)total, first, off_deep, key_deep, cold, next);
	return 1;
}
