/*
 * model/quotes.c: the quotation index.  Articles are rendered exactly as
 * the article view renders them (render_html without the link list), so a
 * quotation's (block, offset) found here is the one the view highlights;
 * the finder runs once per stored or changed article (by reload, in its
 * worker threads, or by model_quotes_index), never on every view.
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

/* The body the index is built from (content, else summary) as a new
 * string, and whether it is plain text.  0, or -1 when the article is
 * gone. */
static int
quotes_load(struct store *st, int64_t id, char **body, int *is_text)
{
	struct store_article a;

	memset(&a, 0, sizeof a);
	*body = NULL;
	if (store_article_get(st, id, &a) != 0)
		return -1;
	*is_text = a.content_type == FEED_CONTENT_TEXT;
	/* Taken over, not copied: store_article_clear frees the rest. */
	if (a.content != NULL && *a.content != '\0') {
		*body = a.content;
		a.content = NULL;
	} else {
		*body = a.summary != NULL ? a.summary : xstrdup("");
		a.summary = NULL;
		*is_text = 0;
	}
	store_article_clear(&a);
	return 0;
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

void
model_quotes_index(struct store *st, const int64_t *ids, size_t n, void *arg)
{
	struct quote *q;
	char *body;
	size_t i, nq;
	int is_text;

	(void)arg;
	/* One transaction for the feed's articles, not one commit each: a
	 * reload of many new articles otherwise spends its time in fsync. */
	if (store_begin(st) != 0)
		return;
	for (i = 0; i < n; i++) {
		if (quotes_load(st, ids[i], &body, &is_text) != 0)
			continue;
		if (model_quotes_body(body, strlen(body), is_text, &q,
		    &nq) == 0)
			model_quotes_save(st, ids[i], q, nq);
		free(body);
	}
	if (store_commit(st) != 0)
		log_warn("%s", _("quotes: the index was not saved"));
}
