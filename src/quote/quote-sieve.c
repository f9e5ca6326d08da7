/*
 * quote-sieve.c: the sentence-level sieves, each asked in order for one
 * quotation token: the attribution right after it, right before it,
 * "according to X", and a verb of saying earlier in the sentence.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote/quote-attr.h"

/* ---- attribution patterns ---------------------------------------------- */

/* X said: “…” / X told reporters, “…”  (the verb within a few words). */
int
quote_attrib_pre(struct qctx *c, size_t qi, int *person)
{
	size_t j, v;
	int n;

	if (qi == 0)
		return A_NONE;
	j = qi;
	if (c->t[j - 1].type == T_PUNCT && (c->t[j - 1].ch == ',' ||
	    c->t[j - 1].ch == ':' || c->t[j - 1].ch == '-'))
		j--;
	for (v = j, n = 0; v > 0 && n < 5; v--, n++) {
		if (c->t[v - 1].type != T_WORD)
			return A_NONE;
		if (tok_is(c, v - 1, QW_VERB) && !c->t[v - 1].cap)
			break;
	}
	if (v == 0 || n == 5)
		return A_NONE;
	/* After "said": nothing, or an object then ':' / ','. */
	if (j == qi && n > 0)
		return A_NONE;	/* X said the council is “…”: a weaker case */
	*person = quote_subject_before(c, v - 1);
	return A_ADJACENT;
}

/* Past an aside after a name: ", 45," / ", a teacher at the school," /
 * "(D-Mass.)".  Returns the token after it, or i when there is none. */
static size_t
skip_aside(const struct qctx *c, size_t i)
{
	size_t j;
	int close;

	if (i >= c->nt || c->t[i].type != T_PUNCT ||
	    (c->t[i].ch != ',' && c->t[i].ch != '('))
		return i;
	close = c->t[i].ch == ',' ? ',' : ')';
	for (j = i + 1; j < c->nt && j <= i + 10; j++) {
		if (c->t[j].type == T_PUNCT && c->t[j].ch == close)
			return j + 1;
		if (c->t[j].type == T_QUOTE || quote_is_boundary(c, j))
			break;
	}
	return i;
}

/* After a quotation and its comma any past tense reads as a verb of
 * saying (“…,” denied X): the word order says so. */
static int
tok_post_verb(const struct qctx *c, size_t i)
{
	const struct qtok *t;
	const char *w;

	if (tok_is(c, i, QW_VERB))
		return !c->t[i].cap;
	if (i >= c->nt || c->t[i].type != T_WORD || c->t[i].cap)
		return 0;
	t = &c->t[i];
	w = c->d->p[c->k].text + t->off;
	return t->len >= 5 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd' &&
	    !tok_is(c, i, QW_STOP);
}

/* “…,” said X / “…,” X said / “…,” she said / „…“, sagte sie. */
int
quote_attrib_post(struct qctx *c, size_t qi, int *person)
{
	const struct qspan *s = &c->d->s[c->t[qi].span];
	size_t j = qi + 1, nx;
	int found, p, verb, g, n;

	if (j < c->nt && c->t[j].type == T_PUNCT && c->t[j].ch == ',')
		j++;
	else if (!(s->end_punct == ',' || s->end_punct == '!' ||
	    s->end_punct == '?' || s->end_punct == '-'))
		return A_NONE;
	if (j >= c->nt || c->t[j].type != T_WORD)
		return A_NONE;

	/* dit-il, a-t-elle déclaré */
	if ((g = quote_tok_pronoun(c, j, &verb)) != 0 && verb != 0) {
		if (verb == 2 && !tok_is(c, j + 1, QW_VERB))
			return A_NONE;
		*person = quote_resolve_pronoun(c, j, g);
		return A_ADJACENT;
	}
	/* she said / Bass said / the mayor said */
	p = quote_subject_at(c, j, &nx, &found);
	if (found) {
		nx = skip_aside(c, nx);
		for (n = 0; n < 2 && tok_is(c, nx, QW_ADVERB); n++)
			nx++;
		if (tok_post_verb(c, nx)) {
			*person = p;
			return A_ADJACENT;
		}
		return A_NONE;
	}
	/* said X / a déclaré X / sagte Merkel / according to X / so Merkel */
	for (n = 0; n < 2 && tok_is(c, j, QW_ADVERB) && !c->t[j].cap; n++)
		j++;
	if (j + 1 < c->nt && c->t[j].type == T_WORD && c->t[j].len == 9 &&
	    strncasecmp(c->d->p[c->k].text + c->t[j].off, "according", 9) ==
	    0 && c->t[j + 1].len == 2)
		j++;	/* "according to" */
	else if (j < c->nt && c->t[j].type == T_WORD && ((c->t[j].len == 2 &&
	    memcmp(c->d->p[c->k].text + c->t[j].off, "so", 2) == 0) ||
	    (c->t[j].len == 5 && memcmp(c->d->p[c->k].text + c->t[j].off,
	    "selon", 5) == 0) || (c->t[j].len == 4 &&
	    memcmp(c->d->p[c->k].text + c->t[j].off, "laut", 4) == 0))) {
		p = quote_subject_at(c, j + 1, &nx, &found);
		if (found && (j + 1 >= c->nt || c->t[j + 1].cap)) {
			*person = p;
			return A_ADJACENT;
		}
		return A_NONE;
	} else if (!tok_post_verb(c, j))
		return A_NONE;
	j++;
	if (j >= c->nt || c->t[j].type != T_WORD)
		return A_NONE;	/* “…,” said, “…”: the verb is the next one's */
	p = quote_subject_at(c, j, &nx, &found);
	/* said guitarist Jonas Eriksen / said local resident Mary Smith */
	for (n = 0; !found && n < 3 && j + 1 < c->nt &&
	    c->t[j].type == T_WORD && !c->t[j].cap &&
	    !tok_is(c, j, QW_VERB); n++) {
		int run = c->t[++j].run;
		if (run >= 0 && c->r[run].ra == j && !c->r[run].poss &&
		    (c->r[run].b - c->r[run].a >= 2 ||
		    c->r[run].person >= 0))
			p = quote_subject_at(c, j, &nx, &found);
	}
	*person = found ? p : -1;
	return A_ADJACENT;
}

/* According to X, “…” / Selon X, « … » / Pour X, « … » / Laut X: „…“ */
int
quote_attrib_according(struct qctx *c, size_t qi, int *person)
{
	static const char *const intro[] = { "according", "selon", "pour",
	    "laut", "for", NULL };
	size_t st, nx, i;
	const struct qtok *t;
	int p, found;

	for (st = qi; st > 0 && qi - st < SENTENCE_REACH &&
	    !quote_is_boundary(c, st - 1); st--)
		;
	t = &c->t[st];
	if (st >= qi || t->type != T_WORD || !t->cap)
		return A_NONE;
	for (i = 0; intro[i] != NULL; i++) {
		if (strlen(intro[i]) == t->len && strncasecmp(intro[i],
		    c->d->p[c->k].text + t->off, t->len) == 0)
			break;
	}
	if (intro[i] == NULL)
		return A_NONE;
	if (i == 0)
		st++;	/* "According to" */
	p = quote_subject_at(c, st + 1, &nx, &found);
	if (!found || c->t[st + 1].type != T_WORD || !c->t[st + 1].cap)
		return A_NONE;
	if (nx >= qi || c->t[nx].type != T_PUNCT || (c->t[nx].ch != ',' &&
	    c->t[nx].ch != ':'))
		return A_NONE;
	*person = p;
	return A_ADJACENT;
}

/* A verb of saying earlier in the sentence: Ira Mehlman, spokesperson for
 * ..., claimed the council is “…”. */
int
quote_attrib_sentence(struct qctx *c, size_t qi, int *person)
{
	size_t v;
	int verb = 0;

	for (v = qi; v > 0 && qi - v < SENTENCE_REACH &&
	    !quote_is_boundary(c, v - 1); v--) {
		/* the nearest verb with a subject: "she said, adding
		 * that ..." is hers */
		if (tok_is(c, v - 1, QW_VERB) && !c->t[v - 1].cap) {
			verb = 1;
			if ((*person = quote_subject_before(c, v - 1)) >= 0)
				return A_SENTENCE;
		}
	}
	*person = -1;
	return verb ? A_VERB : A_NONE;
}
