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
 *
 * Prints "MODE ms=N.N rss_kib=N rows=N".
 */
#include "config.h"

#include <sys/resource.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/lib.h"
#include "store/lib.h"

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
