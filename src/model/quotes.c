/*
 * model/quotes.c: the quotation index.  Articles are rendered exactly as
 * the article view renders them (render_html without the link list), so a
 * quotation's (block, offset) found here is the one the view highlights;
 * the finder runs once per stored or changed article (by reload, in its
 * worker threads), never on every view.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "model/quotes.h"
#include "quote/lib.h"
#include "render/lib.h"
#include "store/lib.h"

/* Is every non-space byte of the block inside a bold span? */
static int
block_bold(const struct rblock *b)
{
	size_t i, at = 0, seen = 0;

	for (i = 0; i < b->nspans; i++) {
		if (!(b->spans[i].attr & RA_BOLD))
			continue;
		for (; at < b->spans[i].start; at++)
			if (b->text[at] != ' ' && b->text[at] != '\n')
				return 0;
		at = b->spans[i].end > at ? b->spans[i].end : at;
		seen = 1;
	}
	for (; at < b->len; at++)
		if (b->text[at] != ' ' && b->text[at] != '\n')
			return 0;
	return seen;
}

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
		if (b->text != NULL && block_bold(b))
			p[i].flags |= QUOTE_PARA_BOLD;
		if (b->nspans > 0 && (b->spans[0].attr & RA_BOLD) &&
		    b->spans[0].start <= 1)
			p[i].flags |= QUOTE_PARA_BOLD_LEAD;
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

/* ---- speaker notes ------------------------------------------------------ */

static int	 note_same_run(const struct quote *a, const struct quote *b);
static size_t	 note_at(const struct rblock *b, const struct quote *q,
		     size_t lim);
static void	 note_insert(struct rdoc *doc, size_t k, size_t at,
		     const char *note, struct quote *q, size_t nq);

/* Do quotations a and b (a before b) belong to one speaker run: the same
 * named speaker, both ending in one block? */
static int
note_same_run(const struct quote *a, const struct quote *b)
{
	return a->para_end == b->para_end && strcmp(a->speaker,
	    b->speaker) == 0;
}

/*
 * Where q's note goes in block b: after the sentence the quotation ends
 * (“…,” Finch said.| / “… a reckless gamble.”|), never past lim (where the
 * next speaker's quotation starts) nor the block's end.
 */
static size_t
note_at(const struct rblock *b, const struct quote *q, size_t lim)
{
	const char *t = b->text;
	size_t i = q->mark_end, j;
	unsigned char last;

	if (lim > b->len)
		lim = b->len;
	if (i >= lim)
		return lim;
	/* the quotation closed its sentence, and lower case does not go on
	 * with it (“Stop!” he shouted. goes on) */
	last = i > q->off_end && q->off_end > 0 ? (unsigned char)t[q->off_end -
	    1] : 0;
	if (last == '.' || last == '!' || last == '?') {
		for (j = i; j < lim && t[j] == ' '; j++)
			;
		if (j >= lim || !(t[j] >= 'a' && t[j] <= 'z'))
			return i;
	}
	for (; i < lim; i++) {
		if ((t[i] == '.' || t[i] == '!' || t[i] == '?') &&
		    (i + 1 >= lim || t[i + 1] == ' ' || t[i + 1] == '\n'))
			return i + 1;
	}
	return lim;
}

/* Insert note into block k at byte at, as an RA_NOTE span; the spans and
 * the quotations' positions after it move on. */
static void
note_insert(struct rdoc *doc, size_t k, size_t at, const char *note,
    struct quote *q, size_t nq)
{
	struct rblock *b = &doc->blocks[k];
	size_t nl = strlen(note), i, ns = 0;
	struct rspan *sp;
	char *t;

	t = xmalloc(b->len + nl + 1);
	memcpy(t, b->text, at);
	/* NOLINTNEXTLINE(bugprone-not-null-terminated-result): the next copy brings the NUL */
	memcpy(t + at, note, nl);
	memcpy(t + at + nl, b->text + at, b->len - at + 1);
	free(b->text);
	b->text = t;
	b->len += nl;
	/* the spans before it (one cut in two by it), the note, the rest */
	sp = xreallocarray(NULL, b->nspans + 2, sizeof *sp);
	for (i = 0; i < b->nspans && b->spans[i].start < at; i++) {
		sp[ns] = b->spans[i];
		if (sp[ns].end > at)
			sp[ns].end = at;
		ns++;
	}
	sp[ns].start = at;
	sp[ns].end = at + nl;
	sp[ns].attr = RA_NOTE;
	sp[ns++].link = 0;
	for (i = 0; i < b->nspans; i++) {
		if (b->spans[i].end <= at)
			continue;
		sp[ns] = b->spans[i];
		if (sp[ns].start < at)
			sp[ns].start = at;
		sp[ns].start += nl;
		sp[ns++].end += nl;
	}
	free(b->spans);
	b->spans = sp;
	b->nspans = ns;
	for (i = 0; i < nq; i++) {
		if (q[i].para_start == k && q[i].mark_start >= at) {
			q[i].mark_start += nl;
			q[i].off_start += nl;
		}
		if (q[i].para_end == k && q[i].mark_end > at) {
			q[i].mark_end += nl;
			q[i].off_end += nl;
		}
	}
}

void
model_quotes_notes(struct rdoc *doc, struct quote *q, size_t nq)
{
	size_t i, j, next, lim, at;
	char *note;

	if (doc == NULL)
		return;
	for (i = 0; i < nq; i++) {
		if (q[i].kind != QUOTE_SPEECH || q[i].speaker == NULL ||
		    q[i].level != 1 || q[i].para_end >= doc->nblocks)
			continue;
		/* the run goes on while the next named speech quotation in
		 * this block is the same speaker's */
		for (next = SIZE_MAX, j = i + 1; j < nq; j++) {
			if (q[j].para_start > q[i].para_end)
				break;
			if (q[j].kind != QUOTE_SPEECH || q[j].level != 1 ||
			    q[j].speaker == NULL)
				continue;
			next = j;
			break;
		}
		if (next != SIZE_MAX && note_same_run(&q[i], &q[next]))
			continue;
		lim = next != SIZE_MAX && q[next].para_start == q[i].para_end ?
		    q[next].mark_start : SIZE_MAX;
		at = note_at(&doc->blocks[q[i].para_end], &q[i], lim);
		note = xasprintf(" — %s", q[i].speaker);
		note_insert(doc, q[i].para_end, at, note, q, nq);
		free(note);
	}
}
