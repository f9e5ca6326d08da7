/*
 * model/quotes.c: the quotation index.  Articles are rendered exactly as
 * the article view renders them (render_html without the link list), so a
 * quotation's (block, offset) found here is the one the view highlights;
 * the finder runs once per stored or changed article (reload's after_merge
 * hook), never on every view.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "model/quotes.h"
#include "quote/lib.h"
#include "render/lib.h"
#include "store/lib.h"

int
model_quotes_rdoc(const struct rdoc *doc, struct quote **out, size_t *n)
{
	struct quote_para *p;
	const struct rblock *b;
	size_t i;
	int rc;

	*out = NULL;
	*n = 0;
	if (doc == NULL || doc->nblocks == 0)
		return 0;
	p = xreallocarray(NULL, doc->nblocks, sizeof *p);
	for (i = 0; i < doc->nblocks; i++) {
		b = &doc->blocks[i];
		p[i].text = b->text != NULL ? b->text : "";
		p[i].len = b->text != NULL ? b->len : 0;
		p[i].level = b->quote;
		p[i].flags = 0;
		if (b->kind == RB_HEADING)
			p[i].flags |= QUOTE_PARA_HEADING;
		if (b->kind == RB_PRE)
			p[i].flags |= QUOTE_PARA_VERBATIM;
	}
	rc = quote_find(p, doc->nblocks, out, n);
	free(p);
	return rc;
}

int
model_quotes_body(const char *body, size_t len, int is_text,
    struct quote **out, size_t *n)
{
	struct rdoc *doc = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	if (body == NULL || len == 0)
		return 0;
	if (render_html(body, len, is_text ? RENDER_TEXT : 0, &doc) != 0)
		return -1;
	rc = model_quotes_rdoc(doc, out, n);
	rdoc_free(&doc);
	return rc;
}

static enum store_quote_kind
store_kind(enum quote_kind k)
{
	switch (k) {
	case QUOTE_SPEECH:
		return STORE_QUOTE_SPEECH;
	case QUOTE_TERM:
		return STORE_QUOTE_TERM;
	case QUOTE_BLOCK:
		return STORE_QUOTE_BLOCK;
	}
	return STORE_QUOTE_TERM;
}

void
model_quotes_index(struct store *st, const int64_t *ids, size_t n, void *arg)
{
	struct store_article a;
	struct store_quote *sq;
	struct quote *q;
	const char *body;
	size_t i, j, nq;
	int is_text;

	(void)arg;
	/* One transaction for the feed's articles, not one commit each: a
	 * reload of many new articles otherwise spends its time in fsync. */
	if (store_begin(st) != 0)
		return;
	for (i = 0; i < n; i++) {
		memset(&a, 0, sizeof a);
		if (store_article_get(st, ids[i], &a) != 0)
			continue;
		body = a.content;
		is_text = a.content_type == FEED_CONTENT_TEXT;
		if (body == NULL || *body == '\0') {
			body = a.summary;
			is_text = 0;
		}
		if (model_quotes_body(body, body != NULL ? strlen(body) : 0,
		    is_text, &q, &nq) != 0) {
			store_article_clear(&a);
			continue;
		}
		sq = xcalloc(nq + 1, sizeof *sq);
		for (j = 0; j < nq; j++) {
			sq[j].kind = store_kind(q[j].kind);
			sq[j].level = q[j].level;
			sq[j].text = q[j].text;
			sq[j].speaker = q[j].speaker;
			sq[j].article_id = ids[i];
		}
		if (store_quotes_replace(st, ids[i], sq, nq) != 0)
			log_warn(_("quotes: article %lld not indexed"),
			    (long long)ids[i]);
		free(sq);
		quote_free(&q, nq);
		store_article_clear(&a);
	}
	if (store_commit(st) != 0)
		log_warn("%s", _("quotes: the index was not saved"));
}
