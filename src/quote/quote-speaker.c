/*
 * quote-speaker.c: the quote finder's second half — who said it, and is it
 * speech at all.  Each paragraph's text outside the top-level quotations
 * becomes a token list (words, punctuation, one token per quotation); runs
 * of capitalised words become names, people are remembered as they are
 * introduced (by a title, a known first name, a role after a comma, or as
 * the subject of a verb of saying), and each quotation is matched against
 * the attribution patterns:
 *
 *   “…,” said X / “…,” X said / “…,” she said     (after the quotation)
 *   X said: “…” / X told reporters, “…”           (before it)
 *   X claimed the council is “…”                  (a verb earlier in the
 *                                                  sentence: weaker)
 *   a speech quotation with no pattern of its own continues the previous
 *   speaker's paragraph.
 *
 * Pronouns resolve to the most recently mentioned person whose gender (from
 * a title, a first name or an earlier pronoun) does not contradict them.
 * Names come out as first introduced, without titles.  Unsure: no speaker.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote/quote-attr.h"

static int	 mention_between(const struct qctx *c, size_t p0, size_t t0,
		     size_t p1, size_t t1, int person);
static void	 classify_all(struct qctx *c);
static int	 sieve_same_para(const struct qctx *c, size_t prev, size_t i);
static int	 paras_adjacent(const struct qdoc *d, size_t p0, size_t p1);
static int	 sieve_next_para(const struct qctx *c, size_t prev, size_t i);
static int	 sieve_alternate(const struct qctx *c, size_t prev2, size_t prev,
		     size_t i);
static int	 qa_speaker(struct qctx *c, const struct qspan *s, size_t k);

/* Is someone other than person mentioned between two positions? */
static int
mention_between(const struct qctx *c, size_t p0, size_t t0, size_t p1,
    size_t t1, int person)
{
	size_t i, lo = 0, hi = c->nm, mid;
	const struct qmention *m;

	while (lo < hi) {	/* the first mention after (p0, t0) */
		mid = lo + (hi - lo) / 2;
		m = &c->m[mid];
		if (m->para < p0 || (m->para == p0 && m->tok <= t0))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < c->nm; i++) {
		m = &c->m[i];
		if (m->para < p0 || (m->para == p0 && m->tok <= t0))
			continue;
		if (m->para > p1 || (m->para == p1 && m->tok >= t1))
			break;
		if ((int)m->person != person && !c->pp[m->person].weak &&
		    !c->pp[m->person].org)
			return 1;
	}
	return 0;
}

/* ---- document-wide sieves: who goes on speaking ---------------------- */

/* “…,” she said. “…” — the previous speech quotation's speaker goes on in
 * the same paragraph while nobody else is mentioned. */
static int
sieve_same_para(const struct qctx *c, size_t prev, size_t i)
{
	const struct qattr *pa = &c->at[prev], *a = &c->at[i];

	if (pa->person >= 0 && pa->epara == a->spara &&
	    !mention_between(c, pa->epara, pa->eend, a->spara, a->stok,
	    pa->person))
		return pa->person;
	return -1;
}

/* Only blank paragraphs between paragraphs p0 and p1 (p0 < p1), both at
 * one quoting level, and p1 no heading? */
static int
paras_adjacent(const struct qdoc *d, size_t p0, size_t p1)
{
	size_t k;

	for (k = p0 + 1; k < p1; k++) {
		if (!quote_para_blank(&d->p[k]))
			return 0;
	}
	return d->p[p0].level == d->p[p1].level &&
	    !(d->p[p1].flags & QUOTE_PARA_HEADING);
}

/* A paragraph that opens with a quotation, after one that ended with the
 * previous speaker's: theirs still (the AP continuation), while nobody
 * else is mentioned. */
static int
sieve_next_para(const struct qctx *c, size_t prev, size_t i)
{
	const struct qattr *pa = &c->at[prev], *a = &c->at[i];

	if (pa->person >= 0 && a->first_in_para && pa->epara < a->spara &&
	    paras_adjacent(c->d, pa->epara, a->spara) &&
	    !mention_between(c, pa->epara, pa->eend, a->spara, a->stok,
	    pa->person))
		return pa->person;
	return -1;
}

/*
 * A conversation: paragraphs of A's and then B's quotation, one of them a
 * question, and now an unattributed paragraph of quotation: A's again.
 */
static int
sieve_alternate(const struct qctx *c, size_t prev2, size_t prev, size_t i)
{
	const struct qattr *p2, *p1 = &c->at[prev], *a = &c->at[i];
	const struct qdoc *d = c->d;

	if (prev2 == SIZE_MAX || !a->first_in_para)
		return -1;
	p2 = &c->at[prev2];
	if (p2->person < 0 || p1->person < 0 || p2->person == p1->person ||
	    !p1->first_in_para || !p2->first_in_para ||
	    p2->epara >= p1->spara || p1->epara >= a->spara ||
	    !paras_adjacent(d, p2->epara, p1->spara) ||
	    !paras_adjacent(d, p1->epara, a->spara))
		return -1;
	if (d->s[prev].end_punct != '?' && d->s[prev2].end_punct != '?')
		return -1;
	return p2->person;
}

/* Speech or term, and the continuation rule. */
static void
classify_all(struct qctx *c)
{
	struct qdoc *d = c->d;
	struct qspan *s;
	struct qattr *a;
	size_t i, prev = SIZE_MAX, prev2 = SIZE_MAX;
	int speech;

	for (i = 0; i < d->ns; i++) {
		s = &d->s[i];
		if (s->q.kind == QUOTE_BLOCK)
			continue;
		a = &c->at[i];
		if (a->strength == A_ADJACENT)
			speech = 1;
		else if (a->alone && a->strength == A_NONE && s->words <= 2 &&
		    prev != SIZE_MAX && c->at[prev].epara == a->spara)
			speech = 1;	/* “…,” Finch said. “Never.” */
		else if ((a->label && s->words <= 4) || s->namelike)
			speech = 0;	/* the “Titanic of tech.”, “The Flash” */
		else if (a->strength == A_SENTENCE && (s->words >= 4 ||
		    (s->words >= (a->person >= 0 &&
		    c->pp[a->person].org ? 3 : 1) &&
		    !s->titlecase)))
			speech = 1;	/* X called it “a reckless gamble” /
					   Pugh called the decision ‘harsh’ */
		else if (a->strength == A_VERB && (s->words >= 2 ||
		    a->last) && !s->titlecase)
			speech = 1;	/* a spokesman said it was “in talks”;
					   residents said they were “furious.” */
		else if (s->end_punct == ',' && s->words >= 4)
			speech = 1;	/* “…,” (an attribution follows) */
		else if (s->titlecase && s->end_punct != '.' &&
		    s->end_punct != '!' && s->end_punct != '?')
			speech = 0;
		else
			speech = s->words >= 6 || (s->words >= 2 &&
			    (s->end_punct == '.' || s->end_punct == '!' ||
			    s->end_punct == '?'));
		if (!speech || !s->top) {
			a->person = -1;
			s->q.kind = speech ? QUOTE_SPEECH : QUOTE_TERM;
			continue;
		}
		s->q.kind = QUOTE_SPEECH;
		if (a->strength < A_SENTENCE)
			a->person = -1;
		/* The document-wide sieves, in order. */
		/* a verb of saying with nobody to name (“…,” the ministry said;
		 * critics said it was “…”) is someone else: no continuing */
		if (a->person < 0 && a->strength == A_NONE &&
		    prev != SIZE_MAX) {
			if ((a->person = sieve_same_para(c, prev, i)) < 0 &&
			    (a->person = sieve_alternate(c, prev2, prev,
			    i)) < 0)
				a->person = sieve_next_para(c, prev, i);
		}
		prev2 = prev;
		prev = i;
	}
	for (i = 0; i < d->ns; i++) {
		a = &c->at[i];
		if (d->s[i].q.kind == QUOTE_SPEECH && a->person >= 0)
			d->s[i].q.speaker = xstrdup(c->pp[a->person].name);
	}
}

int
quote_para_blank(const struct quote_para *p)
{
	size_t i = 0;

	while (i < p->len) {
		if (!quote_space(quote_next(p->text, p->len, &i)))
			return 0;
	}
	return 1;
}

/* Is the speaker of a top-level quotation, as far as it is known, a
 * name of one word, which a later full name could replace? */
static int
one_word_speaker(const struct qctx *c, const size_t *top, size_t ntop)
{
	const struct qperson *p;
	size_t i;
	int pi;

	for (i = 0; i < ntop; i++) {
		if ((pi = c->at[top[i]].person) < 0)
			continue;
		p = &c->pp[pi];
		if (memchr(p->name, ' ', p->len) == NULL)
			return 1;
	}
	return 0;
}

/* A label in capitals (LOPEZ:) for a person met as Maria Lopez: the
 * person whose name's last word it is, ignoring case, or -1. */
static int
caps_label_person(const struct qctx *c, const char *w, size_t n)
{
	const char *e;
	size_t i, j;

	for (j = 0; j < n; j++) {
		if (w[j] >= 'a' && w[j] <= 'z')
			return -1;
	}
	for (i = c->np; n > 0 && i-- > 0;) {
		if (c->pp[i].org || c->pp[i].len < n)
			continue;
		e = c->pp[i].name + c->pp[i].len - n;
		if (strncasecmp(e, w, n) == 0 && (e == c->pp[i].name ||
		    e[-1] == ' '))
			return (int)i;
	}
	return -1;
}

/*
 * Who answers in an interview: the person its name label names (known by
 * that name or its last word, else the label itself), or for "A:" the
 * interviewee, the person mentioned most before the first answer.
 */
static int
qa_speaker(struct qctx *c, const struct qspan *s, size_t k)
{
	const char *l = c->d->p[k].text + s->qa_off, *w;
	size_t n = s->qa_len, i, cnt, best = 0;
	size_t *seen;
	int p;

	if (n > 0) {
		if ((p = quote_person_find(c, l, n, memchr(l, ' ', n) ==
		    NULL)) >= 0)
			return p;
		for (w = l + n; w > l && w[-1] != ' '; w--)
			;
		if (w > l && (p = quote_person_find(c, w, (size_t)(l + n - w),
		    1)) >= 0)
			return p;
		if ((p = caps_label_person(c, w, (size_t)(l + n - w))) >= 0)
			return p;
		if (c->np >= MAX_PERSONS)
			return -1;
		p = quote_person_add(c, "", 0, NULL);
		free(c->pp[p].name);
		c->pp[p].name = xstrndup(l, n);
		c->pp[p].len = n;
		return p;
	}
	if (c->interviewee != -2)
		return c->interviewee;
	c->interviewee = -1;
	seen = xcalloc(c->np + 1, sizeof *seen);
	for (i = 0; i < c->nm && c->m[i].para < k; i++) {
		cnt = ++seen[c->m[i].person];
		if (cnt > best && !c->pp[c->m[i].person].weak &&
		    !c->pp[c->m[i].person].org) {
			best = cnt;
			c->interviewee = (int)c->m[i].person;
		}
	}
	/* nobody known as a person: a candidate (a full name whose first
	 * name the tables do not know) the introduction names */
	for (i = 0; c->interviewee < 0 && i < c->nm && c->m[i].para < k;
	    i++) {
		if (c->pp[c->m[i].person].weak && !c->pp[c->m[i].person].org)
			c->interviewee = (int)c->m[i].person;
	}
	free(seen);
	return c->interviewee;
}

void
quote_attribute(struct qdoc *d)
{
	struct qctx c;
	struct qspan *s;
	struct qattr *a;
	size_t *top, ntop = 0, cur = 0, i, j, k, qi, nseg;
	size_t lastq = 0, renamed = 0;
	size_t n;
	struct qseg *seg;
	int st, p, start, end;

	memset(&c, 0, sizeof c);
	c.d = d;
	c.interviewee = -2;
	c.prev_subj = -1;
	c.at = xcalloc(d->ns + 1, sizeof *c.at);
	top = xreallocarray(NULL, d->ns + 1, sizeof *top);
	for (i = 0; i < d->ns; i++) {
		c.at[i].person = -1;
		if (d->s[i].q.kind != QUOTE_BLOCK && d->s[i].top) {
			top[ntop++] = i;
			if (d->s[i].q.para_end > lastq)
				lastq = d->s[i].q.para_end;
		}
	}
	c.ord = xreallocarray(NULL, d->n + 1, sizeof *c.ord);
	for (k = 0, j = 0; k < d->n; k++) {
		c.ord[k] = j;
		if (!quote_para_blank(&d->p[k]))
			j++;
	}
	c.ord[d->n] = j;	/* k is blank when ord[k + 1] == ord[k] */
	seg = xreallocarray(NULL, ntop + 1, sizeof *seg);
	c.qt = xreallocarray(NULL, ntop + 1, sizeof *c.qt);

	for (k = 0; k < d->n && ntop > 0; k++) {
		/* Past the last quotation the paragraphs can still change
		 * one thing: a speaker known by one word ("Bass") gets the
		 * full name when it comes later ("Karen Bass").  Once no
		 * speaker is a single word there is nothing left to read. */
		if (k > lastq && (k == lastq + 1 || c.renamed != renamed)) {
			if (!one_word_speaker(&c, top, ntop))
				break;
			renamed = c.renamed;
		}
		c.k = k;
		while (cur < ntop && d->s[top[cur]].q.para_end < k)
			cur++;
		nseg = 0;
		for (j = cur; j < ntop && d->s[top[j]].q.para_start <= k; j++) {
			s = &d->s[top[j]];
			if (s->q.para_end < k)
				continue;
			seg[nseg].a = s->q.para_start == k ? s->q.mark_start : 0;
			seg[nseg].b = s->q.para_end == k ? s->q.mark_end :
			    d->p[k].len;
			seg[nseg++].span = top[j];
		}
		if (nseg == 0 && c.ord[k + 1] == c.ord[k])
			continue;
		quote_tokenize(&c, k, seg, nseg);
		quote_find_runs(&c);
		if (c.nqt == 0) {
			c.prev_subj = quote_last_subject(&c);
			c.prev_subj_ord = c.ord[k];
		}
		for (n = 0; n < c.nqt; n++) {
			qi = c.qt[n];
			s = &d->s[c.t[qi].span];
			a = &c.at[c.t[qi].span];
			if (!a->seen) {
				a->seen = 1;
				a->spara = k;
				a->stok = qi;
				a->first_in_para = qi == 0;
				a->label = qi > 0 && tok_is(&c, qi - 1, QW_LABEL);
				a->last = s->end_punct == '.' ||
				    s->end_punct == '!' ||
				    s->end_punct == '?';
				a->alone = (qi == 0 ||
				    quote_is_boundary(&c, qi - 1)) &&
				    (s->end_punct == '.' ||
				    s->end_punct == '!' ||
				    s->end_punct == '?') &&
				    (qi + 1 >= c.nt ||
				    quote_is_boundary(&c, qi + 1));
			}
			a->epara = k;
			a->etok = qi;
			/* its attribution's sentence: names there (Reid said
			 * of Adeyemi) do not stop the speaker going on */
			for (a->eend = qi + 1; a->eend < c.nt &&
			    !quote_is_boundary(&c, a->eend); a->eend++)
				;
			if (a->eend > qi + 1 && a->eend < c.nt &&
			    c.t[a->eend].type == T_QUOTE)
				a->eend--;	/* up to the next quotation */
			else if (a->eend == qi + 1 || a->eend >= c.nt)
				a->eend = qi;
			if (s->qa) {	/* an interview's answer */
				a->strength = A_ADJACENT;
				a->person = qa_speaker(&c, s, k);
				continue;
			}
			start = s->q.para_start == k;
			end = s->q.para_end == k;
			if (!start && !end)
				continue;
			st = quote_sieve(&c, qi, start, end, &p);
			/* a quotation over paragraphs: what follows its end
			 * is surer than what its start said */
			if (start || st == A_ADJACENT || (st >= A_SENTENCE &&
			    p >= 0 && a->person < 0)) {
				a->strength = st;
				a->person = p;
			}
		}
	}
	classify_all(&c);

	quote_runs_clear(&c);
	for (i = 0; i < c.ar; i++)
		free(c.r[i].name);
	free(c.r);
	free(c.t);
	for (i = 0; i < c.np; i++) {
		free(c.pp[i].name);
		free(c.pp[i].title);
	}
	free(c.pp);
	free(c.m);
	free(c.at);
	free(c.ord);
	free(top);
	free(seg);
	free(c.qt);
}

