/*
 * quote-cache: test helper for tests/quote/quotes-by.sh — builds a cache
 * from feed files the way reload does (parse, merge) and indexes the
 * changed articles through model_quotes_index, as reload does.
 *	quote-cache CACHE FEED...
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "cli/cli.h"
#include "model/quotes.h"
#include "parse/lib.h"
#include "store/lib.h"

int
main(int argc, char **argv)
{
	struct store *st = NULL;
	struct store_merge_stats ms;
	struct feed_doc *doc = NULL;
	char err[256], *data, *url;
	size_t len;
	int64_t feed;
	int i;

	if (argc < 3) {
		fprintf(stderr, "usage: quote-cache CACHE FEED...\n");
		return 2;
	}
	if (store_open(argv[1], 0, &st, err, sizeof err) != 0) {
		fprintf(stderr, "quote-cache: %s: %s\n", argv[1], err);
		return 1;
	}
	for (i = 2; i < argc; i++) {
		if (file_read(argv[i], &data, &len) != 0 ||
		    parse_feed(data, len, NULL, &doc, err, sizeof err) != 0) {
			fprintf(stderr, "quote-cache: %s: cannot parse\n",
			    argv[i]);
			return 1;
		}
		free(data);
		url = xasprintf("file://%s", argv[i]);
		feed = store_feed_ensure(st, url, NULL, NULL, 0, i);
		memset(&ms, 0, sizeof ms);
		if (feed < 0 || store_merge(st, feed, doc, 1700000000, &ms) != 0)
			return 1;
		model_quotes_index(st, ms.changed_ids, ms.nchanged, NULL);
		store_merge_stats_clear(&ms);
		feed_doc_free(&doc);
		free(url);
	}
	store_close(&st);
	return 0;
}
