/*
 * quote-tokens.c: a paragraph's text outside its top-level quotations as
 * tokens: words (with the word tables' answers looked up on first use),
 * punctuation, and one token per quotation.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote/quote-attr.h"

/* ---- tokens ------------------------------------------------------------ */

/*
 * The end of the word token t, whose first character ends at i: letters
 * and digits, with '-', ' or ’ between two of them; a possessive ’s or s’
 * ends it and is left out of t->len.  Sets t->len, t->poss and t->upper.
 * The word stops at lim (a quotation or the end); characters are decoded
 * up to len.
 */
static size_t
word_end(struct qtok *t, const char *s, size_t len, size_t lim, size_t i)
{
	size_t at = t->off, j, j2, j3;
	uint32_t nx, n2;
	unsigned u;
	int upper = t->cap;

	for (;;) {
		/* ASCII letters and digits, most of any word, without the
		 * general decoding below; once a small letter is met,
		 * capitals no longer matter. */
		while (upper && i < lim && (u = quote_word_class[
		    (unsigned char)s[i]]) != 0) {
			upper = u >> 1;
			i++;
		}
		while (i < lim && quote_word_class[(unsigned char)s[i]] != 0)
			i++;
		if (i >= lim)
			break;
		/* a space or punctuation: the commonest end, no decoding */
		u = (unsigned char)s[i];
		if (u < 0x80 && u != '-' && u != '\'')
			break;
		j = i;
		nx = quote_next(s, len, &j);
		if (is_word_char(nx)) {
			if (!quote_upper(nx))
				upper = 0;
			i = j;
			continue;
		}
		if (nx != '-' && nx != '\'' && nx != 0x2019)
			break;
		j2 = j;
		n2 = quote_next(s, len, &j2);
		if (nx != '-' && (n2 == 's' || n2 == 'S')) {
			j3 = j2;
			if (!is_word_char(quote_next(s, len, &j3))) {
				t->poss = 1;
				t->len = i - at;
				i = j2;
				goto done;
			}
		}
		if (nx != '-' && !is_word_char(n2) &&
		    (s[i - 1] == 's' || s[i - 1] == 'S')) {
			t->poss = 1;
			t->len = i - at;
			i = j;
			goto done;
		}
		if (!is_word_char(n2))
			break;
		i = j2;
	}
	t->len = i - at;
done:
	t->upper = upper && t->len >= 2;
	return i;
}

/* AP's party and state after a name, "Chuck Schumer, D-N.Y., said" /
 * "R-Ky.": the stops belong to the tag (no sentence ends there), and it
 * is no name (marked as capitals).  t ends at i; returns the new end. */
static size_t
party_tag(struct qtok *t, const char *s, size_t lim, size_t i)
{
	size_t j;

	while (i < lim && s[i] == '.') {
		for (j = i + 1; j < lim && ((s[j] >= 'A' && s[j] <= 'Z') ||
		    (s[j] >= 'a' && s[j] <= 'z')); j++)
			;
		i = j == i + 1 ? i + 1 : j;
		if (j == i && (j >= lim || s[j] != '.'))
			break;
	}
	t->len = i - t->off;
	t->upper = 1;
	t->poss = 0;
	return i;
}

/* Paragraph k's tokens; its top-level quotations (seg[0..nseg), in order)
 * become one token each.  Not inlined: inside quote_attribute its loop
 * lost the registers to the caller's variables. */
void __attribute__((noinline))
quote_tokenize(struct qctx *c, size_t k, const struct qseg *seg, size_t nseg)
{
	const char *s = c->d->p[k].text;
	size_t len = c->d->p[k].len, i = 0, at, j, sg = 0;
	size_t next_q = nseg > 0 ? seg[0].a : SIZE_MAX;	/* seg[sg].a */
	size_t lim = next_q < len ? next_q : len;	/* where words stop */
	uint32_t ch;
	struct qtok *t;
	int pch, wc;

	c->nt = c->nqt = 0;
	while (i < len) {
		if (i >= next_q) {
			c->qt[c->nqt++] = c->nt;
			t = tok_new(c, T_QUOTE, seg[sg].a);
			t->len = seg[sg].b - seg[sg].a;
			t->span = seg[sg].span;
			i = seg[sg].b > i ? seg[sg].b : i;
			sg++;
			next_q = sg < nseg ? seg[sg].a : SIZE_MAX;
			lim = next_q < len ? next_q : len;
			continue;
		}
		at = i;
		ch = (unsigned char)s[i];
		if (ch == ' ') {	/* the commonest byte, and no token */
			i++;
			continue;
		}
		/* i is not handed to the decoder: its address taken, it
		 * would live in memory through all of the loop */
		if (ch < 0x80) {
			i++;
			wc = quote_word_class[ch];
		} else {
			j = i;
			ch = quote_utf8_next(s, len, &j);
			i = j;
			wc = !is_word_char(ch) ? 0 : quote_upper(ch) ?
			    QUOTE_WC_WORD | QUOTE_WC_UPPER : QUOTE_WC_WORD;
		}
		if (wc != 0) {
			t = tok_new(c, T_WORD, at);
			t->cap = (wc & QUOTE_WC_UPPER) != 0;
			i = word_end(t, s, len, lim, i);
			if (t->cap && t->len >= 3 && s[at + 1] == '-' &&
			    (s[at] == 'D' || s[at] == 'R' || s[at] == 'I') &&
			    s[at + 2] >= 'A' && s[at + 2] <= 'Z') {
				i = party_tag(t, s, lim, i);
				continue;
			}
			if (i < len && s[i] == '.' && !t->poss &&
			    ((t->cap && t->len == 1) ||
			    (t->len <= QW_ABBREV_MAXLEN &&
			    tok_is(c, c->nt - 1, QW_ABBREV)))) {
				t->abbrev = 1;
				i++;
			}
			continue;
		}
		switch (ch) {
		case ',': case '.': case ';': case ':': case '!': case '?':
		case '(': case ')':
			pch = (int)ch;
			break;
		case 0x2026:	/* … */
			pch = '.';
			break;
		case '\n':
			pch = '|';
			break;
		case 0x2013: case 0x2014: case '-':
			pch = '-';
			break;
		default:
			continue;
		}
		t = tok_new(c, T_PUNCT, at);
		t->ch = pch;
		/* the bytes of … and the dashes, one for the rest (even a
		 * sign encoded in more) */
		t->len = ch == 0x2026 || ch == 0x2013 || ch == 0x2014 ||
		    ch == '-' ? i - at : 1;
	}
}


/* A subject pronoun (he, she, il, elle, er, sie; "dit-il" sets *verb):
 * its gender, or 0. */
int
quote_tok_pronoun(const struct qctx *c, size_t i, int *verb)
{
	const struct qtok *t;

	if (verb != NULL)
		*verb = 0;
	if (i >= c->nt || c->t[i].type != T_WORD || c->t[i].poss)
		return 0;
	t = tok_words(c, i);
	if (t->wgender != 0)
		return t->wgender;
	return quote_inverted(c->d->p[c->k].text + t->off, t->len, verb);
}

/* French inversion in the word w (n bytes): dit-il, a-t-elle, ajoute-t-il.
 * The pronoun's gender or 0; *verb (if not NULL) 1 when what comes before
 * it is a verb of saying, 2 an auxiliary (a-t-elle déclaré), else 0. */
int
quote_inverted(const char *w, size_t len, int *verb)
{
	const char *h;
	size_t n, vl;
	int g;

	if (verb != NULL)
		*verb = 0;
	for (h = w + len; h > w && h[-1] != '-'; h--)
		;
	if (h == w)
		return 0;
	n = (size_t)(w + len - h);
	if ((g = quote_word_gender(h, n)) == 0 || (g != 'm' &&
	    (n != 4 || memcmp(h, "elle", 4) != 0)))
		return 0;
	vl = (size_t)(h - 1 - w);
	if (vl >= 2 && w[vl - 1] == 't' && w[vl - 2] == '-')
		vl -= 2;
	if (verb != NULL)
		*verb = quote_word_is(QW_VERB, w, vl) ? 1 :
		    quote_word_is(QW_ADVERB, w, vl) ? 2 : 0;
	return g;
}

/* Does a sentence end at token i (or is i outside the paragraph)? */
int
quote_is_boundary(const struct qctx *c, size_t i)
{
	const struct qtok *t;
	const struct qspan *s;

	if (i >= c->nt)
		return 1;
	t = &c->t[i];
	if (t->type == T_PUNCT)
		return t->ch == '.' || t->ch == '!' || t->ch == '?' ||
		    t->ch == ';' || t->ch == '|';
	if (t->type == T_QUOTE) {
		s = &c->d->s[t->span];
		return s->end_punct == '.' || s->end_punct == '!' ||
		    s->end_punct == '?';
	}
	return 0;
}

