/*
 * layout: struct rdoc -> struct rlines, word-wrapped by display width.
 * Every line is a prefix (quote bars, indentation, list marker or its
 * hanging indent) followed by a verbatim byte range of its block's text,
 * so block byte offsets map to screen cells by measuring the prefix and
 * the bytes before them; wraps only ever drop the spaces at the break.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "render/lib.h"
#include "render/render-int.h"

struct lctx {
	struct rlines	*rl;
	size_t		 size;
	int		 width;
	int		 utf8;
};

static void	 lay_block(struct lctx *, const struct rblock *, size_t);
static void	 lay_line(struct lctx *, const struct rblock *, size_t,
		     const struct buf *, int, size_t, size_t, int);
static void	 lay_segment(struct lctx *, const struct rblock *, size_t,
		     const struct buf *, const struct buf *, int, int, size_t,
		     size_t, int *);

/* Add one line: prefix + block text [start, end). */
static void
lay_line(struct lctx *lc, const struct rblock *b, size_t bi,
    const struct buf *prefix, int pw, size_t start, size_t end, int tw)
{
	struct rlines *rl = lc->rl;
	struct rline *ln;
	struct buf t = BUF_INIT;
	size_t i, shift;
	const struct rspan *sp;

	if (rl->nlines == lc->size) {
		lc->size = lc->size ? lc->size * 2 : 64;
		rl->lines = xreallocarray(rl->lines, lc->size,
		    sizeof *rl->lines);
	}
	ln = &rl->lines[rl->nlines++];
	memset(ln, 0, sizeof *ln);
	buf_add(&t, buf_str(prefix), prefix->len);
	buf_add(&t, b->text + start, end - start);
	ln->text = buf_detach(&t);
	ln->prefix_len = prefix->len;
	ln->prefix_width = pw;
	ln->width = pw + (tw >= 0 ? tw : rd_width(b->text + start,
	    end - start));
	ln->block = bi;
	ln->start = start;
	ln->end = end;
	ln->quote = b->quote;
	ln->kind = b->kind;
	shift = prefix->len;
	for (i = 0; i < b->nspans; i++) {
		sp = &b->spans[i];
		if (sp->end <= start || sp->start >= end)
			continue;
		if (ln->nspans == 0)
			ln->spans = xreallocarray(NULL, b->nspans,
			    sizeof *ln->spans);
		ln->spans[ln->nspans] = *sp;
		ln->spans[ln->nspans].start = shift +
		    (sp->start > start ? sp->start : start) - start;
		ln->spans[ln->nspans].end = shift +
		    (sp->end < end ? sp->end : end) - start;
		ln->nspans++;
	}
}

/* End the last line with the continuation mark of a cut <pre> line. */
static void
lay_mark(struct lctx *lc)
{
	struct rline *ln = &lc->rl->lines[lc->rl->nlines - 1];
	const char *m = lc->utf8 ? "\xe2\x86\xa9" : "\\";	/* U+21A9 */
	size_t len = strlen(ln->text), ml = strlen(m);

	ln->text = xrealloc(ln->text, len + ml + 1);
	memcpy(ln->text + len, m, ml + 1);
	ln->width++;
}

/*
 * Wrap one hard line [a, b) of a block into lines of avail columns.
 * *first says whether the first-line prefix is still unused.
 */
static void
lay_segment(struct lctx *lc, const struct rblock *b, size_t bi,
    const struct buf *p1, const struct buf *p2, int pw, int avail,
    size_t a, size_t e, int *first)
{
	const char *s = b->text;
	int pre = b->kind == RB_PRE, w, cw, started = 0, wbrk, wend, lim;
	int rest = pre ? rd_width(s + a, e - a) : 0, mark;
	size_t pos = a, i, n, brk, end, next;
	uint32_t cp;

	for (;;) {
		/* A <pre> line is cut anywhere, so a cut one ends in a
		 * continuation mark, in a column kept for it. */
		mark = pre && rest > avail && avail >= 2;
		lim = mark ? avail - 1 : avail;
		if (started && !pre) {
			while (pos < e && s[pos] == ' ')
				pos++;
			if (pos >= e)
				break;
		}
		w = 0;
		brk = 0;
		wbrk = 0;
		i = pos;
		end = next = e;
		wend = -1;
		while (i < e) {
			/* Block text is sanitised: ASCII here is printable. */
			if ((unsigned char)s[i] < 0x80) {
				cp = (unsigned char)s[i];
				n = 1;
				cw = 1;
			} else {
				n = utf8_decode(s + i, e - i, &cp);
				cw = rd_cpwidth(cp);
			}
			if (!pre && s[i] == ' ' && i > pos) {
				brk = i;
				wbrk = w;
			}
			if (w + cw > lim) {
				if (!pre && s[i] == ' ') {
					end = next = i;
					wend = w;
				} else if (!pre && brk > pos) {
					end = next = brk;
					wend = wbrk;
				} else if (i == pos) {
					/* Wider than the room: show alone. */
					end = next = i + n;
					wend = cw;
				} else {
					end = next = i;
					wend = w;
				}
				break;
			}
			w += cw;
			i += n;
			/* Lines may break after a wide (CJK) character. */
			if (!pre && cw == 2) {
				brk = i;
				wbrk = w;
			}
		}
		if (i >= e && wend < 0)
			wend = w;
		if (!pre)
			while (end > pos && s[end - 1] == ' ') {
				end--;
				wend--;
			}
		lay_line(lc, b, bi, *first ? p1 : p2, pw, pos, end, wend);
		if (mark && next < e)
			lay_mark(lc);
		rest -= wend;
		*first = 0;
		started = 1;
		pos = next;
		if (pos >= e)
			break;
	}
}

static void
lay_block(struct lctx *lc, const struct rblock *b, size_t bi)
{
	struct buf p1 = BUF_INIT, p2 = BUF_INIT, bars = BUF_INIT;
	const char *bar = lc->utf8 ? "│ " : "> ";
	int q = b->quote, indent = b->indent, mw = 0, pw, avail, minw, first;
	int k;
	size_t a, e;

	if (b->marker != NULL)
		mw = rd_width(b->marker, strlen(b->marker)) + 1;
	/* Keep some room for text however deep the nesting. */
	minw = lc->width / 2 < 20 ? lc->width / 2 : 20;
	while (2 * q + indent + mw > lc->width - minw && indent > 0)
		indent--;
	while (2 * q + indent + mw > lc->width - minw && q > 0)
		q--;
	for (k = 0; k < q; k++)
		buf_adds(&bars, bar);
	pw = 2 * q + indent + mw;
	avail = lc->width - pw;
	if (avail < 1)
		avail = 1;

	if (b->kind == RB_BLANK) {
		/* The bars alone, without their trailing space. */
		if (bars.len > 0)
			bars.data[--bars.len] = '\0';
		lay_line(lc, b, bi, &bars, pw > 0 ? pw - 1 : 0, 0, 0, 0);
		goto out;
	}
	if (b->kind == RB_RULE) {
		buf_add(&p1, buf_str(&bars), bars.len);
		for (k = 0; k < lc->width - 2 * q; k++)
			buf_adds(&p1, lc->utf8 ? "─" : "-");
		lay_line(lc, b, bi, &p1, lc->width, 0, 0, 0);
		goto out;
	}
	buf_add(&p1, buf_str(&bars), bars.len);
	buf_add(&p2, buf_str(&bars), bars.len);
	for (k = 0; k < indent; k++) {
		buf_addc(&p1, ' ');
		buf_addc(&p2, ' ');
	}
	if (b->marker != NULL) {
		buf_adds(&p1, b->marker);
		buf_addc(&p1, ' ');
		for (k = 0; k < mw; k++)
			buf_addc(&p2, ' ');
	}
	first = 1;
	a = 0;
	for (;;) {
		for (e = a; e < b->len && b->text[e] != '\n'; e++)
			/* nothing */;
		lay_segment(lc, b, bi, &p1, &p2, pw, avail, a, e, &first);
		if (e >= b->len)
			break;
		a = e + 1;
	}
out:
	buf_free(&p1);
	buf_free(&p2);
	buf_free(&bars);
}

int
rdoc_layout(const struct rdoc *doc, int width, struct rlines **out)
{
	struct lctx lc;
	size_t i;

	memset(&lc, 0, sizeof lc);
	lc.rl = xcalloc(1, sizeof *lc.rl);
	lc.width = width < 10 ? 10 : width;
	if (lc.width > 4096)
		lc.width = 4096;
	lc.rl->width = lc.width;
	lc.utf8 = rd_utf8_locale();
	for (i = 0; doc != NULL && i < doc->nblocks; i++)
		lay_block(&lc, &doc->blocks[i], i);
	*out = lc.rl;
	return 0;
}

void
rlines_free(struct rlines **rlp)
{
	struct rlines *rl;
	size_t i;

	if (rlp == NULL || (rl = *rlp) == NULL)
		return;
	for (i = 0; i < rl->nlines; i++) {
		free(rl->lines[i].text);
		free(rl->lines[i].spans);
	}
	free(rl->lines);
	free(rl);
	*rlp = NULL;
}

int
rline_col(const struct rline *ln, size_t off)
{
	if (off < ln->start)
		off = ln->start;
	if (off > ln->end)
		off = ln->end;
	return ln->prefix_width + rd_width(ln->text + ln->prefix_len,
	    off - ln->start);
}

int
rlines_locate(const struct rlines *rl, size_t block, size_t off,
    size_t *line, int *col)
{
	size_t lo = 0, hi, mid, best;
	int found = 0;

	if (rl == NULL)
		return -1;
	hi = rl->nlines;
	/* First line of the block. */
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (rl->lines[mid].block < block)
			lo = mid + 1;
		else
			hi = mid;
	}
	best = lo;
	for (; lo < rl->nlines && rl->lines[lo].block == block; lo++) {
		if (rl->lines[lo].start > off)
			break;
		best = lo;
		found = 1;
		if (off < rl->lines[lo].end)
			break;
	}
	if (!found)
		return -1;
	*line = best;
	*col = rline_col(&rl->lines[best], off);
	return 0;
}
