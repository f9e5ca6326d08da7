/*
 * quote-block.c: block quotations — blockquote depth from the renderer and
 * plain-text '>' lines — as spans of their own (QUOTE_BLOCK).
 */
#include "config.h"

#include <string.h>

#include "base/lib.h"
#include "quote/quote-int.h"

static void	 add_gt_blocks(struct qdoc *d, size_t k);

/* ---- block quotes ------------------------------------------------------ */

int
quote_line_depth(const char *line, size_t len, size_t *skip)
{
	size_t i = 0, last = 0;
	int depth = 0;

	for (;;) {
		while (i < len && (line[i] == ' ' || line[i] == '\t') &&
		    (depth > 0 || i < 3))
			i++;
		if (i < len && line[i] == '>') {
			depth++;
			i++;
			last = i;
			if (depth >= 64)
				break;
			continue;
		}
		break;
	}
	if (depth == 0) {
		if (skip != NULL)
			*skip = 0;
		return 0;
	}
	if (last < len && line[last] == ' ')
		last++;
	if (skip != NULL)
		*skip = last;
	return depth;
}

/* '>' quoted lines inside paragraph k: one block per run of equal depth. */
static void
add_gt_blocks(struct qdoc *d, size_t k)
{
	const char *t = d->p[k].text;
	size_t len = d->p[k].len, ls = 0, le, skip, idx;
	int depth, cur = 0;
	struct qspan *s = NULL;
	struct buf b = BUF_INIT;

	while (ls <= len) {
		le = ls;
		while (le < len && t[le] != '\n')
			le++;
		depth = quote_line_depth(t + ls, le - ls, &skip);
		if (depth != cur && s != NULL) {
			s->q.text = buf_detach(&b);
			s = NULL;
		}
		if (depth > 0 && s == NULL && d->ns < QUOTE_MAX_SPANS) {
			idx = quote_span_new(d);
			s = &d->s[idx];
			s->q.kind = QUOTE_BLOCK;
			s->q.level = d->p[k].level + depth;
			s->q.para_start = s->q.para_end = k;
			s->q.mark_start = ls;
			s->q.off_start = ls + skip;
			s->state = QS_CLOSED;
		} else if (depth > 0 && s != NULL)
			buf_addc(&b, '\n');
		if (depth > 0 && s != NULL) {
			buf_add(&b, t + ls + skip, le - ls - skip);
			s->q.off_end = s->q.mark_end = le;
		}
		cur = depth;
		if (le >= len)
			break;
		ls = le + 1;
	}
	if (s != NULL)
		s->q.text = buf_detach(&b);
	buf_free(&b);
}

/* Blockquote runs: consecutive paragraphs at one depth make one block. */
void
quote_add_blocks(struct qdoc *d)
{
	size_t k, idx, last = 0;
	struct qspan *s = NULL;
	struct buf b = BUF_INIT;
	const struct quote_para *p;

	for (k = 0; k < d->n; k++) {
		p = &d->p[k];
		if (quote_skip_space(p->text, p->len, 0) == p->len)
			continue;	/* blank blocks do not break a run */
		if (s != NULL && p->level != s->q.level) {
			s->q.text = buf_detach(&b);
			s = NULL;
		}
		if (p->level > 0 && s == NULL && d->ns < QUOTE_MAX_SPANS) {
			idx = quote_span_new(d);
			s = &d->s[idx];
			s->q.kind = QUOTE_BLOCK;
			s->q.level = p->level;
			s->q.para_start = k;
			s->q.off_start = s->q.mark_start = 0;
			s->state = QS_CLOSED;
		} else if (p->level > 0 && s != NULL)
			buf_addc(&b, '\n');
		if (p->level > 0 && s != NULL) {
			buf_add(&b, p->text, p->len);
			s->q.para_end = k;
			s->q.off_end = s->q.mark_end = p->len;
		}
		last = k;
	}
	(void)last;
	if (s != NULL)
		s->q.text = buf_detach(&b);
	buf_free(&b);
	for (k = 0; k < d->n; k++) {
		if (memchr(d->p[k].text, '>', d->p[k].len) != NULL)
			add_gt_blocks(d, k);
	}
}

