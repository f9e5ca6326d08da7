/*
 * quote-cache: test helper for tests/quote/quotes-by.sh — builds a cache
 * from feed files the way reload does (parse, merge) and indexes the
 * changed articles with model_quotes_body and model_quotes_save, as
 * reload does.
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

/* Index the quotations of articles ids[0..n) in one transaction; as
 * reload, from the stored content, else the summary. */
static int
index_quotes(struct store *st, const int64_t *ids, size_t n)
{
	struct store_article a;
	struct quote *q;
	const char *body;
	size_t i, nq;
	int is_text, rc = 0;

	if (store_begin(st) != 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		if (store_article_get(st, ids[i], &a) != 0) {
			rc = -1;
			break;
		}
		body = a.content;
		is_text = a.content_type == FEED_CONTENT_TEXT;
		if (body == NULL || *body == '\0') {
			body = a.summary != NULL ? a.summary : "";
			is_text = 0;
		}
		if (model_quotes_body(body, strlen(body), is_text, &q, &nq) == 0)
			rc = model_quotes_save(st, ids[i], q, nq);
		store_article_clear(&a);
	}
	if (store_commit(st) != 0)
		rc = -1;
	return rc;
}

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
		if (index_quotes(st, ms.changed_ids, ms.nchanged) != 0)
			return 1;
		store_merge_stats_clear(&ms);
		feed_doc_free(&doc);
		free(url);
	}
	store_close(&st);
	return 0;
}
