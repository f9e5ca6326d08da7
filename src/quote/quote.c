/*
 * quote.c: the quote finder's first half — it finds the quotation marks,
 * pairs them into spans (nested, and running across paragraphs), adds the
 * block quotes, and hands the spans to quote-speaker.c for classification
 * and attribution.  Works on the renderer's paragraphs as UTF-8 bytes.
 *
 * Pairing is a stack machine over the whole document.  Each mark is judged
 * by its glyph, by what stands either side of it (a mark can open when no
 * letter precedes it and no space follows; it can close when no space
 * precedes it and no letter follows) and by what is open: ’ closes only a
 * ‘ or ‚ on top of the stack and is an apostrophe between letters or at
 * the start of a word (’90s, ’n’); » closes an open « and otherwise opens
 * a German »…«; “ closes „ and otherwise opens.  An opening mark left open
 * at a paragraph's end continues into the next paragraph when that one
 * reopens with the same mark (the typographic convention) or closes it
 * before opening another; otherwise it was not a quotation and is dropped.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "quote/quote-int.h"

#define QUOTE_MAX_DEPTH		16	/* deeper nesting is ignored */
#define QUOTE_LOOKAHEAD		4096	/* bytes scanned for a later closer */

enum { ACT_NONE, ACT_OPEN, ACT_CLOSE };

struct qopen {
	int	 family;
	int	 low;		/* opened by „ or ‚ (German) */
	size_t	 span;		/* index into d->s, or SIZE_MAX in a dry run */
};

struct qstack {
	struct qopen	 e[QUOTE_MAX_DEPTH];
	int		 sp;
};

static int	 mark_family_double(int family);
static int	 classify(const char *t, size_t len, size_t at, size_t ml,
		     uint32_t c, const struct qstack *st, int *family,
		     int *low);
static int	 stack_find(const struct qstack *st, int family);
static int	 single_elision(const char *t, size_t len, size_t after);
static int	 elided_n(const char *t, size_t at);
static int	 apostrophe_before_word(const char *t, size_t len, size_t at,
		     size_t ml, uint32_t prev, uint32_t next, int family);
static int	 single_later_close(const char *t, size_t len, size_t from,
		     int family);
static int	 scan_para(struct qdoc *d, size_t k, size_t from,
		     struct qstack *st, int dry);
static size_t	 skip_space_back(const char *t, size_t lo, size_t i);
static size_t	 reopen_skip(const struct quote_para *p, int family);
static size_t	 next_para(const struct qdoc *d, size_t k);
static int	 span_cmp(const void *a, const void *b);
static void	 set_levels(struct qdoc *d);
static char	*span_text(const struct qdoc *d, const struct qspan *s);
static void	 text_stats(struct qspan *s);

static inline int
is_alnum(uint32_t c)
{
	return c != 0 && quote_letter(c);
}

size_t
quote_skip_space(const char *t, size_t len, size_t i)
{
	size_t j;

	while (i < len) {
		j = i;
		if (!quote_space(quote_next(t, len, &j)))
			break;
		i = j;
	}
	return i;
}

static size_t
skip_space_back(const char *t, size_t lo, size_t i)
{
	size_t j;

	while (i > lo) {
		j = i;
		if (!quote_space(quote_utf8_prev(t, &j)) || j < lo)
			break;
		i = j;
	}
	return i;
}

/* ---- pairing ---------------------------------------------------------- */

static int
mark_family_double(int family)
{
	return family != QF_SINGLE && family != QF_ASCII1;
}

/* Depth index of the nearest open quote of family, or -1. */
static int
stack_find(const struct qstack *st, int family)
{
	int i;

	for (i = st->sp - 1; i >= 0; i--) {
		if (st->e[i].family == family)
			return i;
		if (!mark_family_double(family))
			break;	/* ’ and ' close only the innermost quote */
	}
	return -1;
}

/* After an opening single mark: an elided word (’90s, 'n', 'em, 'til)? */
static int
single_elision(const char *t, size_t len, size_t after)
{
	size_t i = after, w;
	uint32_t c1, c2;

	c1 = quote_next(t, len, &i);
	w = i;
	c2 = quote_next(t, len, &w);
	if (c1 >= '0' && c1 <= '9' && c2 >= '0' && c2 <= '9')
		return 1;
	if ((c1 == 'n' || c1 == 'N') && (c2 == '\'' || c2 == 0x2019 ||
	    c2 == 0x2018))
		return 1;
	for (w = after; w < len && ((t[w] >= 'a' && t[w] <= 'z') ||
	    (t[w] >= 'A' && t[w] <= 'Z')); w++)
		;
	if (w < len && (unsigned char)t[w] >= 0x80) {
		i = w;
		if (quote_letter(quote_next(t, len, &i)))
			return 0;
	}
	return quote_word_is(QW_ELISION, t + after, w - after);
}

/*
 * A ’ (or ') after a letter and before another word may be an apostrophe
 * (students’ union, goin’ home) rather than the end of the quotation: it is
 * taken as one when a later mark in the paragraph could close the quotation
 * before another one opens.
 */
static int
single_later_close(const char *t, size_t len, size_t from, int family)
{
	size_t i = from, at, end = len;
	uint32_t c, prev, next;
	size_t j;

	if (end - from > QUOTE_LOOKAHEAD)
		end = from + QUOTE_LOOKAHEAD;
	while (i < end) {
		at = i;
		c = quote_next(t, len, &i);
		if (family == QF_SINGLE ? (c != 0x2019 && c != 0x2018) :
		    c != '\'')
			continue;
		j = at;
		prev = quote_utf8_prev(t, &j);
		j = i;
		next = quote_next(t, len, &j);
		if (is_alnum(prev) && is_alnum(next))
			continue;
		if (!quote_space(next) && !is_alnum(prev))
			return 0;	/* another quotation opens first */
		if (!quote_space(prev) && !is_alnum(next))
			return 1;
	}
	return 0;
}

/* The closing mark of ’n’ / 'n': an 'n' with a mark before it. */
static int
elided_n(const char *t, size_t at)
{
	size_t j = at;
	uint32_t c;

	c = quote_utf8_prev(t, &j);
	if (c != 'n' && c != 'N')
		return 0;
	c = quote_utf8_prev(t, &j);
	if (c != '\'' && c != 0x2019 && c != 0x2018)
		return 0;
	return quote_space(quote_utf8_prev(t, &j));
}

/* A closing single mark after a letter and before another word. */
static int
apostrophe_before_word(const char *t, size_t len, size_t at, size_t ml,
    uint32_t prev, uint32_t next, int family)
{
	size_t ws, j;

	if (!is_alnum(prev) || !quote_space(next))
		return 0;
	ws = j = quote_skip_space(t, len, at + ml);
	if (j >= len || !is_alnum(quote_next(t, len, &j)))
		return 0;
	return single_later_close(t, len, ws, family);
}

/*
 * Judge the mark c (ml bytes at t[at]).  Returns ACT_OPEN with *family and
 * *low set, ACT_CLOSE with *family set, or ACT_NONE.
 */
static int
classify(const char *t, size_t len, size_t at, size_t ml, uint32_t c,
    const struct qstack *st, int *family, int *low)
{
	size_t j;
	uint32_t prev, next;
	int can_open, can_close, i, top;

	j = at;
	prev = quote_utf8_prev(t, &j);
	j = at + ml;
	next = quote_next(t, len, &j);
	can_open = !quote_space(next) && !is_alnum(prev);
	can_close = !quote_space(prev) && !is_alnum(next);
	top = st->sp > 0 ? st->e[st->sp - 1].family : QF_NONE;
	*low = 0;

	switch (c) {
	case 0x201c:	/* “ */
		*family = QF_DOUBLE;
		i = stack_find(st, QF_DOUBLE);
		if (can_close && i >= 0 && st->e[i].low)
			return ACT_CLOSE;	/* German „…“ */
		if (can_open)
			return ACT_OPEN;
		if (can_close && i >= 0)
			return ACT_CLOSE;	/* mistyped closer */
		return ACT_NONE;
	case 0x201d:	/* ” */
		*family = QF_DOUBLE;
		if (can_close && stack_find(st, QF_DOUBLE) >= 0)
			return ACT_CLOSE;
		if (can_open && !can_close)
			return ACT_OPEN;	/* Swedish ”…” */
		return ACT_NONE;
	case 0x201e:	/* „ */
		*family = QF_DOUBLE;
		*low = 1;
		return can_open ? ACT_OPEN : ACT_NONE;
	case 0x2018:	/* ‘ */
		*family = QF_SINGLE;
		if (can_close && top == QF_SINGLE && st->e[st->sp - 1].low)
			return ACT_CLOSE;	/* German ‚…‘ */
		if (can_open && !single_elision(t, len, at + ml))
			return ACT_OPEN;
		return ACT_NONE;
	case 0x2019:	/* ’ */
		*family = QF_SINGLE;
		if (is_alnum(prev) && is_alnum(next))
			return ACT_NONE;	/* it’s */
		if (!can_close || top != QF_SINGLE)
			return ACT_NONE;	/* ’90s, ’n’, students’ */
		if (elided_n(t, at))
			return ACT_NONE;	/* rock ’n’ roll */
		if (apostrophe_before_word(t, len, at, ml, prev, next,
		    QF_SINGLE))
			return ACT_NONE;	/* students’ union */
		return ACT_CLOSE;
	case 0x201a:	/* ‚ */
		*family = QF_SINGLE;
		*low = 1;
		return can_open ? ACT_OPEN : ACT_NONE;
	case '"':
		*family = QF_ASCII2;
		i = stack_find(st, QF_ASCII2);
		if (can_open && !can_close)
			return i >= 0 && top == QF_ASCII2 ? ACT_NONE : ACT_OPEN;
		if (can_close && i >= 0)
			return ACT_CLOSE;
		return ACT_NONE;
	case '\'':
		*family = QF_ASCII1;
		if (is_alnum(prev) && is_alnum(next))
			return ACT_NONE;	/* it's */
		if (can_open && !can_close) {
			if (top == QF_ASCII1 ||
			    single_elision(t, len, at + ml))
				return ACT_NONE;
			return ACT_OPEN;
		}
		if (!can_close || top != QF_ASCII1)
			return ACT_NONE;
		if (elided_n(t, at))
			return ACT_NONE;	/* rock 'n' roll */
		if (apostrophe_before_word(t, len, at, ml, prev, next,
		    QF_ASCII1))
			return ACT_NONE;
		return ACT_CLOSE;
	case 0xab:	/* « */
	case 0x2039:	/* ‹ */
		*family = c == 0xab ? QF_GUILLEMET_R : QF_SGUILLEMET_R;
		if (stack_find(st, *family) >= 0)
			return ACT_CLOSE;	/* German »…« */
		*family = c == 0xab ? QF_GUILLEMET : QF_SGUILLEMET;
		return is_alnum(prev) && quote_space(next) ? ACT_NONE :
		    ACT_OPEN;
	case 0xbb:	/* » */
	case 0x203a:	/* › */
		*family = c == 0xbb ? QF_GUILLEMET : QF_SGUILLEMET;
		if (stack_find(st, *family) >= 0)
			return ACT_CLOSE;
		*family = c == 0xbb ? QF_GUILLEMET_R : QF_SGUILLEMET_R;
		return can_open && !can_close ? ACT_OPEN : ACT_NONE;
	case 0x300c:
		*family = QF_CJK1;
		return ACT_OPEN;
	case 0x300e:
		*family = QF_CJK2;
		return ACT_OPEN;
	case 0x300d:
		*family = QF_CJK1;
		return stack_find(st, QF_CJK1) >= 0 ? ACT_CLOSE : ACT_NONE;
	case 0x300f:
		*family = QF_CJK2;
		return stack_find(st, QF_CJK2) >= 0 ? ACT_CLOSE : ACT_NONE;
	}
	return ACT_NONE;
}

/*
 * Are the eight bytes at p all ASCII and neither '"' nor '\''?  A byte
 * is zero in v exactly when (v - 0x01..) & ~v has its top bit set (the
 * classic test: no false answers for "is any byte zero"), so x ^ 0x22..
 * finds a '"', x ^ 0x27.. a '\'', and x itself a byte of 0x80 or more.
 */
static inline int
plain8(const char *p)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t x, q2, q1;

	memcpy(&x, p, sizeof x);
	q2 = x ^ (ones * '"');
	q1 = x ^ (ones * '\'');
	return (((q2 - ones) & ~q2) | ((q1 - ones) & ~q1) | x) & high ?
	    0 : 1;
}

size_t
quote_span_new(struct qdoc *d)
{
	struct qspan *s;

	if (d->ns == d->alloc) {
		d->alloc = d->alloc ? d->alloc * 2 : 16;
		d->s = xreallocarray(d->s, d->alloc, sizeof *d->s);
	}
	s = &d->s[d->ns];
	memset(s, 0, sizeof *s);
	return d->ns++;
}

/*
 * Scan paragraph k from byte `from`, pairing marks on the stack.  In a dry
 * run nothing is recorded; the return value says whether the quotation at
 * the bottom of the stack was closed in this paragraph.
 */
static int
scan_para(struct qdoc *d, size_t k, size_t from, struct qstack *st, int dry)
{
	const char *t = d->p[k].text;
	size_t len = d->p[k].len, i = from, j, at, ml, idx;
	uint32_t c;
	int act, family, low, pos, bottom_closed = 0;
	struct qspan *s;

	while (i < len) {
		/* Most bytes are ASCII and not a mark: skip them at once,
		 * eight at a time where there are eight. */
		if (len - i >= 8 && plain8(t + i)) {
			i += 8;
			continue;
		}
		if ((unsigned char)t[i] < 0x80 && t[i] != '"' && t[i] != '\'') {
			i++;
			continue;
		}
		/* the decoder gets a copy: i, its address taken, would
		 * live in memory through the loop above */
		at = j = i;
		c = quote_next(t, len, &j);
		i = j;
		if (!quote_is_mark(c))
			continue;
		ml = i - at;
		act = classify(t, len, at, ml, c, st, &family, &low);
		if (act == ACT_OPEN) {
			if (st->sp == QUOTE_MAX_DEPTH)
				continue;
			idx = SIZE_MAX;
			if (!dry && d->ns < QUOTE_MAX_SPANS) {
				idx = quote_span_new(d);
				s = &d->s[idx];
				s->family = family;
				s->q.para_start = k;
				s->q.mark_start = at;
				s->q.off_start = quote_skip_space(t, len, i);
				s->state = QS_OPEN;
			}
			st->e[st->sp].family = family;
			st->e[st->sp].low = low;
			st->e[st->sp].span = idx;
			st->sp++;
		} else if (act == ACT_CLOSE) {
			pos = stack_find(st, family);
			if (pos < 0)
				continue;
			while (st->sp > pos + 1) {	/* unclosed inner ones */
				st->sp--;
				if (!dry && st->e[st->sp].span != SIZE_MAX)
					d->s[st->e[st->sp].span].state =
					    QS_DEAD;
			}
			st->sp--;
			if (pos == 0)
				bottom_closed = 1;
			if (dry || st->e[pos].span == SIZE_MAX)
				continue;
			s = &d->s[st->e[pos].span];
			s->q.para_end = k;
			s->q.mark_end = i;
			s->q.off_end = skip_space_back(t,
			    s->q.para_start == k ? s->q.off_start : 0, at);
			s->state = QS_CLOSED;
			if (s->q.para_end == s->q.para_start &&
			    s->q.off_end <= s->q.off_start)
				s->state = QS_DEAD;	/* "" */
		}
		if (dry && bottom_closed)
			return 1;
	}
	return bottom_closed;
}

/* The next paragraph with text after k (blank blocks are skipped), or n. */
static size_t
next_para(const struct qdoc *d, size_t k)
{
	for (k++; k < d->n; k++) {
		if (quote_skip_space(d->p[k].text, d->p[k].len, 0) < d->p[k].len)
			break;
	}
	return k;
}

/*
 * Bytes to skip at the start of a continued paragraph: spaces and a mark
 * that reopens the quotation (family), and the spaces after it; 0 when the
 * paragraph does not start with such a mark.
 */
static size_t
reopen_skip(const struct quote_para *p, int family)
{
	struct qstack empty;
	size_t at, i;
	uint32_t c;
	int fam, low;

	empty.sp = 0;
	at = quote_skip_space(p->text, p->len, 0);
	i = at;
	c = quote_next(p->text, p->len, &i);
	if (!quote_is_mark(c))
		return 0;
	if (classify(p->text, p->len, at, i - at, c, &empty, &fam, &low) !=
	    ACT_OPEN || fam != family)
		return 0;
	return quote_skip_space(p->text, p->len, i);
}

static void
scan_all(struct qdoc *d)
{
	struct qstack st, probe;
	size_t k, from = 0, nk, skip, idx;
	const struct quote_para *p;
	int fam;

	st.sp = 0;
	for (k = 0; k < d->n; k++) {
		p = &d->p[k];
		if (!(p->flags & QUOTE_PARA_VERBATIM))
			scan_para(d, k, from, &st, 0);
		from = 0;
		if (st.sp == 0)
			continue;
		/* Inner quotations never run on; the outermost may. */
		while (st.sp > 1) {
			st.sp--;
			if (st.e[st.sp].span != SIZE_MAX)
				d->s[st.e[st.sp].span].state = QS_DEAD;
		}
		idx = st.e[0].span;
		fam = st.e[0].family;
		nk = next_para(d, k);
		if (nk < d->n && d->p[nk].level == p->level &&
		    !((d->p[nk].flags | p->flags) &
		    (QUOTE_PARA_HEADING | QUOTE_PARA_VERBATIM))) {
			if ((skip = reopen_skip(&d->p[nk], fam)) != 0) {
				if (idx != SIZE_MAX)
					d->s[idx].reopened = 1;
				k = nk - 1;
				from = skip;
				continue;
			}
			probe = st;
			probe.e[0].span = SIZE_MAX;
			if (scan_para(d, nk, 0, &probe, 1)) {
				k = nk - 1;
				continue;
			}
		}
		st.sp = 0;
		if (idx != SIZE_MAX)
			d->s[idx].state = QS_DEAD;
	}
	for (k = 0; k < (size_t)st.sp; k++) {
		if (st.e[k].span != SIZE_MAX)
			d->s[st.e[k].span].state = QS_DEAD;
	}
}

/* ---- assembling ------------------------------------------------------- */

/* Document order: by start; blocks first; an enclosing span first. */
static int
span_cmp(const void *a, const void *b)
{
	const struct qspan *x = a, *y = b;

	if (x->q.para_start != y->q.para_start)
		return x->q.para_start < y->q.para_start ? -1 : 1;
	if (x->q.mark_start != y->q.mark_start)
		return x->q.mark_start < y->q.mark_start ? -1 : 1;
	if ((x->q.kind == QUOTE_BLOCK) != (y->q.kind == QUOTE_BLOCK))
		return x->q.kind == QUOTE_BLOCK ? -1 : 1;
	if (x->q.para_end != y->q.para_end)
		return x->q.para_end > y->q.para_end ? -1 : 1;
	if (x->q.mark_end != y->q.mark_end)
		return x->q.mark_end > y->q.mark_end ? -1 : 1;
	return 0;
}

/* Inline nesting depth from containment (dropped openers change it). */
static void
set_levels(struct qdoc *d)
{
	size_t i, *stk, sp = 0;
	struct qspan *s, *o;

	stk = xreallocarray(NULL, d->ns + 1, sizeof *stk);
	for (i = 0; i < d->ns; i++) {
		s = &d->s[i];
		if (s->q.kind == QUOTE_BLOCK)
			continue;
		while (sp > 0) {
			o = &d->s[stk[sp - 1]];
			if (o->q.para_end < s->q.para_start ||
			    (o->q.para_end == s->q.para_start &&
			    o->q.mark_end <= s->q.mark_start))
				sp--;
			else
				break;
		}
		s->q.level = (int)sp + 1;
		s->top = sp == 0;
		stk[sp++] = i;
	}
	free(stk);
}

static char *
span_text(const struct qdoc *d, const struct qspan *s)
{
	struct buf b = BUF_INIT;
	size_t k, a, e;
	const struct quote_para *p;

	for (k = s->q.para_start; k <= s->q.para_end; k++) {
		p = &d->p[k];
		a = k == s->q.para_start ? s->q.off_start : 0;
		e = k == s->q.para_end ? s->q.off_end : p->len;
		if (k != s->q.para_start) {
			if (quote_skip_space(p->text, p->len, 0) == p->len)
				continue;
			if (s->reopened)
				a = reopen_skip(p, s->family);
			if (a == 0)
				a = quote_skip_space(p->text, p->len, 0);
			if (b.len > 0)
				buf_addc(&b, '\n');
		}
		if (k != s->q.para_end)
			e = skip_space_back(p->text, a, e);
		if (e > a)
			buf_add(&b, p->text + a, e - a);
	}
	return buf_detach(&b);
}

/* Words, the last character, and whether it reads like a title. */
static void
text_stats(struct qspan *s)
{
	const char *t = s->q.text;
	size_t len = strlen(t), i = 0, at, e, wl, caps = 0, long_words = 0;
	size_t all_caps = 0;
	int lead_lower = 0;
	uint32_t c, last = 0;
	int first;

	while (i < len) {
		c = quote_next(t, len, &i);
		/* a nested quotation's closing mark is not the end: “He
		 * said, ‘Thank me,’” ends with its comma */
		if (!quote_space(c) && !quote_is_mark(c))
			last = c;
		if (!is_alnum(c))
			continue;
		if (c >= 0x3040 && c <= 0x9fff) {
			s->words++;	/* CJK: count characters */
			continue;
		}
		/* a word: letters with inner apostrophes and hyphens */
		s->words++;
		first = quote_upper(c);
		wl = 1;
		while (i < len) {
			/* ASCII letters and digits without decoding, and
			 * without i, which lives in memory (the decoder takes
			 * its address) */
			for (e = i; e < len &&
			    quote_word_class[(unsigned char)t[e]] != 0; e++)
				;
			wl += e - i;
			i = e;
			if (i == len)
				break;
			at = i;
			c = quote_next(t, len, &i);
			if (is_alnum(c) && !(c >= 0x3040 && c <= 0x9fff)) {
				wl++;
				continue;
			}
			if ((c == '\'' || c == 0x2019 || c == '-') && i < len) {
				size_t j = i;
				if (is_alnum(quote_next(t, len, &j)))
					continue;
			}
			i = at;
			break;
		}
		if (wl >= 4) {
			long_words++;
			caps += first;
		}
		if (s->words == 1)
			lead_lower = !first;
		all_caps += first;
	}
	/* A name: every word capitalised, or all but a leading article
	 * (“the Big Dig”, “The Flash”, “Rainy Day”). */
	s->namelike = s->words >= 1 && s->words <= 4 &&
	    (all_caps == s->words || (lead_lower && s->words >= 2 &&
	    all_caps == s->words - 1));
	/* "Title Case": every word of four letters or more capitalised. */
	s->titlecase = long_words >= 2 && caps == long_words;
	/* The punctuation the text ends with (0: a letter or a mark). */
	s->end_punct = last == 0x2026 ? '.' : (last == 0x2014 ||
	    last == 0x2013) ? '-' : (last < 0x80 && !is_alnum(last) &&
	    last != '\'' && last != '"') ? (int)last : 0;
}

int
quote_find(const struct quote_para *p, size_t n, struct quote **out,
    size_t *nout)
{
	struct qdoc d;
	struct quote *q;
	size_t i, m;

	if (out == NULL || nout == NULL || (p == NULL && n > 0))
		return -1;
	*out = NULL;
	*nout = 0;
	memset(&d, 0, sizeof d);
	d.p = p;
	d.n = n;
	scan_all(&d);

	/* Keep the closed inline spans, then add the blocks. */
	for (i = 0, m = 0; i < d.ns; i++) {
		if (d.s[i].state == QS_CLOSED)
			d.s[m++] = d.s[i];
	}
	d.ns = m;
	quote_add_interview(&d);
	for (i = 0; i < d.ns; i++) {
		d.s[i].q.text = span_text(&d, &d.s[i]);
		text_stats(&d.s[i]);
		d.s[i].q.kind = QUOTE_TERM;
	}
	quote_add_blocks(&d);
	if (d.ns > 1)
		qsort(d.s, d.ns, sizeof *d.s, span_cmp);
	set_levels(&d);
	quote_attribute(&d);

	if (d.ns > 0) {
		q = xreallocarray(NULL, d.ns, sizeof *q);
		for (i = 0; i < d.ns; i++)
			q[i] = d.s[i].q;
		*out = q;
		*nout = d.ns;
	}
	free(d.s);
	return 0;
}

void
quote_free(struct quote **qp, size_t n)
{
	size_t i;

	if (qp == NULL || *qp == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*qp)[i].text);
		free((*qp)[i].speaker);
	}
	FREE(qp);
}

const char *
quote_kind_name(enum quote_kind kind)
{
	switch (kind) {
	case QUOTE_SPEECH:
		return "speech";
	case QUOTE_TERM:
		return "term";
	case QUOTE_BLOCK:
		return "block";
	}
	return "term";
}
