/*
 * model/quotes.c: the quotation index.  Articles are rendered exactly as
 * the article view renders them (render_html without the link list), so a
 * quotation's (block, offset) found here is the one the view highlights;
 * the finder runs once per stored or changed article (by reload, in its
 * worker threads), never on every view.
 */
#include "config.h"

#include <stdlib.h>

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

int
model_quotes_save(struct store *st, int64_t id, struct quote *q, size_t nq)
{
	struct store_quote *sq;
	size_t j;
	int rc = 0;

	sq = xcalloc(nq + 1, sizeof *sq);
	for (j = 0; j < nq; j++) {
		sq[j].kind = store_kind(q[j].kind);
		sq[j].level = q[j].level;
		sq[j].text = q[j].text;
		sq[j].speaker = q[j].speaker;
		sq[j].article_id = id;
	}
	if (store_quotes_replace(st, id, sq, nq) != 0) {
		log_warn(_("quotes: article %lld not indexed"), (long long)id);
		rc = -1;
	}
	free(sq);
	quote_free(&q, nq);
	return rc;
}
