/*
 * quote-refer.c: what a pronoun, a role noun ("the mayor", "der
 * SPD-Politiker"), "it" / "the company" or a subject position refers to,
 * among the people quote-people.c has met so far.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote/quote-attr.h"

static int	 unnamed_antecedent(const struct qctx *c, size_t tok);
static int	 noun_ends(const struct qctx *c, size_t j);
static int	 name_before(const struct qctx *c, size_t i);
static size_t	 postnominals(const struct qctx *c, size_t b);
static int	 role_epithet(struct qctx *c, size_t label, size_t role);
static int	 party_compound(const struct qctx *c, size_t i);
static int	 aged_word(const struct qctx *c, size_t i);
static int	 last_person(const struct qctx *c, size_t tok);
static int	 pronoun_pass(struct qctx *c, size_t tok, int gender,
		     int weak, size_t reach);
static int	 run_apposed(struct qctx *c, int run);
static int	 org_reference(struct qctx *c, size_t j);
static int	 subject_past_of(struct qctx *c, size_t j);

/* Is word token i an age used as a noun: 58-year-old, 41-Jährige? */
static int
aged_word(const struct qctx *c, size_t i)
{
	const char *w = c->d->p[c->k].text + c->t[i].off;
	size_t n = c->t[i].len;

	if (c->t[i].type != T_WORD || n == 0 || w[0] < '0' || w[0] > '9')
		return 0;
	return quote_word_age_noun(w, n);
}

/* The person most recently mentioned before token tok (of this
 * paragraph or the one before), or -1. */
static int
last_person(const struct qctx *c, size_t tok)
{
	size_t i;

	for (i = c->nm; i-- > 0;) {
		if (c->m[i].para > c->k || (c->m[i].para == c->k &&
		    c->m[i].tok >= tok))
			continue;
		if (c->ord[c->m[i].para] + 1 < c->ord[c->k])
			break;
		if (!c->pp[c->m[i].person].org)
			return (int)c->m[i].person;
	}
	return -1;
}

/*
 * The person a pronoun of this gender at token tok refers to: the most
 * recently mentioned person of that gender, or of unknown gender.  When an
 * unknown one is more recent than one known to match, the more recent
 * paragraph wins, and within one paragraph it is a guess: none.
 */
/* Is a name earlier in the sentence before token i (Maggie Thorne, 71,
 * a retired headteacher: an apposition, not an opening phrase)? */
static int
name_before(const struct qctx *c, size_t i)
{
	while (i > 0 && !quote_is_boundary(c, i - 1)) {
		i--;
		if (c->t[i].run >= 0 && (size_t)c->t[i].run < c->nr &&
		    c->r[c->t[i].run].person >= 0)
			return 1;
	}
	return 0;
}

/* Does the noun phrase end at word j: a comma, who / qui / der, or a
 * verb of saying after it (A local pastor, who asked not to be named)? */
static int
noun_ends(const struct qctx *c, size_t j)
{
	size_t n = j + 1;

	if (n >= c->nt)
		return 0;
	if (c->t[n].type == T_PUNCT)
		return c->t[n].ch == ',';
	return c->t[n].type == T_WORD && !c->t[n].cap &&
	    (tok_is(c, n, QW_RELATIVE) || tok_is(c, n, QW_VERB));
}

/* "a mother whose son ... she said": someone unnamed, introduced in
 * this paragraph before tok with nobody named after them, is whom a
 * pronoun there means. */
static int
unnamed_antecedent(const struct qctx *c, size_t tok)
{
	size_t i, j, m;

	for (i = tok; i-- > 0;) {
		if (c->t[i].type != T_WORD || !tok_is(c, i, QW_INDEF))
			continue;
		/* as a subject: opening its sentence, or after an opening
		 * phrase (Outside court, a mother ...); not in apposition
		 * (Marcus Hale, a family physician) */
		if (!(i == 0 || quote_is_boundary(c, i - 1) ||
		    (c->t[i - 1].type == T_PUNCT && c->t[i - 1].ch == ',' &&
		    i >= 2 && c->t[i - 2].type == T_WORD &&
		    c->t[i - 2].run < 0 && !c->t[i - 2].cap &&
		    !name_before(c, i - 1))))
			continue;
		for (j = i + 1; j < tok && j <= i + 3; j++) {
			if (c->t[j].type != T_WORD || c->t[j].cap)
				break;
			if (tok_is(c, j, QW_ROLE) || noun_ends(c, j))
				break;
		}
		if (j >= tok || j > i + 3 || c->t[j].type != T_WORD ||
		    c->t[j].cap || !(tok_is(c, j, QW_ROLE) || noun_ends(c, j)))
			continue;
		/* a person named after it is the antecedent instead */
		for (m = 0; m < c->nm; m++) {
			if (c->m[m].para == c->k && c->m[m].tok > j &&
			    c->m[m].tok < tok)
				return 0;
		}
		return 1;
	}
	return 0;
}

int
quote_resolve_pronoun(struct qctx *c, size_t tok, int gender)
{
	int p;

	if (unnamed_antecedent(c, tok))
		return -1;

	/* a person of this paragraph first, then candidates too, from
	 * this paragraph and the one before (Opposition leader Rhys Vaughan
	 * warned that Holt and Marley Cross ... he said: Vaughan) */
	if ((p = pronoun_pass(c, tok, gender, 0, 0)) == -2)
		p = pronoun_pass(c, tok, gender, 1, PRONOUN_REACH);
	return p < 0 ? -1 : p;
}

/* One pass of the above, over people (weak 0) or people and candidates
 * (weak 1): the person, -1 for a guess not taken, -2 for nobody. */
static int
pronoun_pass(struct qctx *c, size_t tok, int gender, int weak, size_t reach)
{
	size_t i, ui = SIZE_MAX, ki = SIZE_MAX, pick;
	struct qperson *p;

	for (i = c->nm; i-- > 0;) {
		if (c->m[i].para > c->k || (c->m[i].para == c->k &&
		    c->m[i].tok >= tok))
			continue;
		if (c->ord[c->m[i].para] + reach < c->ord[c->k])
			break;
		p = &c->pp[c->m[i].person];
		if (p->org || (p->weak && (!weak ||
		    c->ord[c->m[i].para] + 1 < c->ord[c->k])))
			continue;
		if (p->gender == gender) {
			ki = i;
			break;
		}
		if (p->gender == 0 && ui == SIZE_MAX)
			ui = i;
	}
	if (ui == SIZE_MAX && ki == SIZE_MAX)
		return -2;
	/* a matching subject earlier in the same paragraph beats a later
	 * object: Carter praised Dean ... “…,” he said is Carter's */
	if (ki == SIZE_MAX || ui == SIZE_MAX) {
		size_t *at = ki != SIZE_MAX ? &ki : &ui;

		for (i = *at; !c->m[*at].subj && i-- > 0 &&
		    c->m[i].para == c->m[*at].para;) {
			p = &c->pp[c->m[i].person];
			if (c->m[i].subj && !p->org && (!p->weak || weak) &&
			    (p->gender == gender || p->gender == 0)) {
				*at = i;
				break;
			}
		}
	}
	if (ui == SIZE_MAX)
		pick = ki;
	else if (ki == SIZE_MAX || c->m[ui].para != c->m[ki].para)
		pick = ui;
	else if (c->m[ui].person == c->m[ki].person)
		pick = ki;
	else if (c->m[ki].subj && c->m[ui].poss)
		pick = ki;	/* the subject, not a possessive: Caldwell
				   keeps Fugate’s stool ... she */
	else
		return -1;
	p = &c->pp[c->m[pick].person];
	p->gender = gender;
	return (int)c->m[pick].person;
}

/* "the mayor": the person most recently introduced with that title. */
int
quote_resolve_role(struct qctx *c, size_t tok)
{
	const struct qtok *t = &c->t[tok];

	return quote_resolve_role_word(c, tok, c->d->p[c->k].text + t->off,
	    t->len);
}

/* The same for the role word w (n bytes) at token tok: people mentioned
 * before it (Sen. Murkowski ... the senator said. Sen. Rand Paul ...). */
int
quote_resolve_role_word(struct qctx *c, size_t tok, const char *w, size_t n)
{
	size_t i, l;
	struct qperson *p;

	for (i = c->nm; i-- > 0 && c->nm - i <= ROLE_REACH;) {
		if (c->m[i].para == c->k && c->m[i].tok >= tok)
			continue;
		p = &c->pp[c->m[i].person];
		/* the title or its end: Bundeskanzler ... der Kanzler */
		if (p->title != NULL && (l = strlen(p->title)) >= n &&
		    strncasecmp(p->title + l - n, w, n) == 0)
			return (int)c->m[i].person;
	}
	return -1;
}

/* Is word token i a party's descriptor, capitals then a hyphen
 * (SPD-Politiker, CDU-Chefin, AfD-Abgeordneter): what a titled person
 * may be called without their title? */
static int
party_compound(const struct qctx *c, size_t i)
{
	const char *w = c->d->p[c->k].text + c->t[i].off;
	size_t j, caps = 0;

	for (j = 0; j < c->t[i].len && w[j] != '-'; j++)
		caps += w[j] >= 'A' && w[j] <= 'Z';
	return j < c->t[i].len && j + 1 < c->t[i].len && caps >= 2;
}

/*
 * Thomas Ferrer a remplacé deux hectares. « … », assure le jeune
 * exploitant: a role nobody holds, after a definite article, standing
 * for the person who is the subject of the sentence before, in this
 * paragraph, when that person has no title of their own.  Else -1.
 */
static int
role_epithet(struct qctx *c, size_t label, size_t role)
{
	const char *w = c->d->p[c->k].text + c->t[label].off;
	size_t i, st, e, n = c->t[label].len;
	int p = -1;

	if (!quote_word_is(QW_DEFINITE, w, n))
		return -1;
	/* the end of the sentence before the one at label */
	for (e = label; e > 0 && !quote_is_boundary(c, e - 1); e--)
		;
	if (e == 0)
		return -1;
	for (st = e - 1; st > 0 && !quote_is_boundary(c, st - 1); st--)
		;
	for (i = st; i < e - 1; i++) {
		if (c->t[i].type == T_QUOTE)
			return -1;
		if (c->t[i].type != T_WORD || c->t[i].run < 0 ||
		    c->r[c->t[i].run].a != i)
			continue;
		if (c->r[c->t[i].run].poss || c->r[c->t[i].run].person < 0 ||
		    !quote_sentence_initial(c, i))
			return -1;
		p = c->r[c->t[i].run].person;
		break;
	}
	/* someone with a title of their own is not "the governor" (that
	 * would have been found by the title), but may be "der
	 * SPD-Politiker": a descriptor no title table holds */
	if (p < 0 || c->pp[p].org || (c->pp[p].title != NULL &&
	    !party_compound(c, role)))
		return -1;
	return p;
}

/* Past letters after a name (Anthony Reeve KC, Jane Doe MP, John Smith
 * Jr.): the token after them. */
static size_t
postnominals(const struct qctx *c, size_t b)
{
	size_t n;

	for (n = 0; n < 2 && b < c->nt && c->t[b].type == T_WORD &&
	    quote_word_postnominal(c->d->p[c->k].text + c->t[b].off,
	    c->t[b].len); n++)
		b++;
	return b;
}

/* A capitalised descriptor nobody has been introduced as, then a full
 * name in apposition (erklärte der Fraktionsvorsitzende der Grünen, Jonas
 * Petersen): the run of that name, else -1. */
static int
run_apposed(struct qctx *c, int run)
{
	const struct qrun *r = &c->r[run], *n;
	size_t b = r->b;
	int r2;

	size_t i;

	if (r->org || tok_first_name(c, r->a))
		return -1;
	/* der Bahn für Sachsen, X: a few more words of the descriptor */
	for (i = 0; i < 3 && b < c->nt && c->t[b].type == T_WORD &&
	    (!c->t[b].cap || i > 0) && !tok_is(c, b, QW_VERB); i++)
		b += c->t[b].run >= 0 && c->r[c->t[b].run].ra == b ?
		    c->r[c->t[b].run].b - b : 1;
	if (b + 1 >= c->nt || c->t[b].type != T_PUNCT || c->t[b].ch != ',' ||
	    (r2 = c->t[b + 1].run) < 0)
		return -1;
	/* someone met before under that name stays who speaks */
	for (i = 0; r->person >= 0 && i < c->nm; i++) {
		if (c->m[i].person == (size_t)r->person &&
		    (c->m[i].para < c->k || c->m[i].tok < r->a))
			return -1;
	}
	n = &c->r[r2];
	if (n->ra != b + 1 || n->poss || n->org || n->b - n->a < 2)
		return -1;
	/* a first name the tables know, or two words closed off by a
	 * comma or the sentence's end (, Katrin Vogel, am Dienstag) */
	if (tok_first_name(c, n->a) || (n->b - n->a == 2 &&
	    (n->b >= c->nt || quote_is_boundary(c, n->b) ||
	    (c->t[n->b].type == T_PUNCT && c->t[n->b].ch == ','))))
		return r2;
	return -1;
}

/* The person the tokens at i name as a subject: a pronoun, a name run
 * starting at i, or "the <role>".  *next gets the token after them. */
int
quote_subject_at(struct qctx *c, size_t i, size_t *next, int *found)
{
	int g, run, p;

	*found = 0;
	if (i >= c->nt || c->t[i].type != T_WORD)
		return -1;
	if ((g = quote_tok_pronoun(c, i, NULL)) != 0) {
		*found = 1;
		*next = i + 1;
		return quote_resolve_pronoun(c, i, g);
	}
	run = c->t[i].run;
	if (run < 0) {
		/* a title then the name: the run starts after the title */
		size_t j = i;
		while (j < c->nt && tok_is(c, j, QW_TITLE) && j < i + 3)
			j++;
		if (j > i && j < c->nt && c->t[j].run >= 0 &&
		    c->r[c->t[j].run].ra == i)
			run = c->t[j].run;
	}
	if (run >= 0 && !c->r[run].poss && (c->r[run].ra == i ||
	    c->r[run].a == i)) {
		*found = 1;
		if ((p = run_apposed(c, run)) >= 0)
			run = p;
		*next = postnominals(c, c->r[run].b);
		return quote_run_person(c, run, c->r[run].a);
	}
	/* the mayor / the prime minister / the union's general secretary:
	 * the role is the last role word of up to three */
	if (tok_is(c, i, QW_LABEL) && !c->t[i].cap) {
		size_t k, r = SIZE_MAX;

		/* “…,” the Ministry of Health wrote: an organisation where
		 * one may speak */
		if (c->allow_org && i + 1 < c->nt && (run = c->t[i + 1].run) >= 0 &&
		    c->r[run].ra == i + 1 && c->r[run].org && !c->r[run].poss) {
			*found = 1;
			*next = c->r[run].b;
			return quote_run_person(c, run, c->r[run].a);
		}

		for (k = i + 1; k < c->nt && k <= i + 3 &&
		    c->t[k].type == T_WORD && (!c->t[k].cap ||
		    tok_is(c, k, QW_TITLE)) && !tok_is(c, k, QW_VERB); k++) {
			if (tok_is(c, k, QW_ROLE) || tok_is(c, k, QW_TITLE))
				r = k;
		}
		/* sagte der SPD-Politiker: German nouns are capitalised; one
		 * that is no known name and closes the clause is a role */
		if (r == SIZE_MAX && tok_is(c, i, QW_NOUNART) &&
		    i + 1 < c->nt && c->t[i + 1].type == T_WORD &&
		    c->t[i + 1].cap && !c->t[i + 1].poss &&
		    (c->t[i + 1].run < 0 || (c->r[c->t[i + 1].run].b ==
		    i + 2 && c->r[c->t[i + 1].run].person < 0)) &&
		    (quote_is_boundary(c, i + 2) ||
		    (c->t[i + 2].type == T_PUNCT && c->t[i + 2].ch == ',')))
			r = i + 1;
		if (r == SIZE_MAX && i + 1 < c->nt && aged_word(c, i + 1)) {
			/* the 58-year-old / der 41-Jährige: the last person
			 * mentioned */
			*found = 1;
			*next = i + 2;
			return last_person(c, i);
		}
		if (r == SIZE_MAX)
			return -1;
		*found = 1;
		*next = r + 1;
		if ((p = quote_resolve_role(c, r)) >= 0)
			return p;
		if ((p = role_epithet(c, i, r)) >= 0)
			return p;
		/* la députée de la Somme Claire Vasseur: a full name a few
		 * words after the role, ending the clause */
		for (k = r + 1; k < c->nt && k <= r + 5; k++) {
			if ((run = c->t[k].run) >= 0 && c->r[run].ra == k &&
			    c->r[run].b - c->r[run].a >= 2 && !c->r[run].poss &&
			    (c->r[run].a > k ||
			    tok_first_name(c, c->r[run].a))) {
				*next = postnominals(c, c->r[run].b);
				return quote_run_person(c, run, c->r[run].a);
			}
			if (c->t[k].type != T_WORD)
				break;
		}
		/* said the mayor, Grégory Doucet, ... */
		if (r + 2 < c->nt && c->t[r + 1].type == T_PUNCT &&
		    c->t[r + 1].ch == ',' && (run = c->t[r + 2].run) >= 0 &&
		    c->r[run].ra == r + 2 && !c->r[run].poss &&
		    (c->r[run].b - c->r[run].a >= 2 || c->r[run].person >= 0)) {
			*next = postnominals(c, c->r[run].b);
			p = quote_run_person(c, run, c->r[run].a);
			if (p >= 0 && c->pp[p].title == NULL)
				c->pp[p].title = quote_lower_dup(
				    c->d->p[c->k].text + c->t[r].off,
				    c->t[r].len);
			return p;
		}
		return -1;
	}
	return -1;
}

/*
 * Marianne Holt of the association told reporters: a name, then "of"
 * (at, for, from) and a few words without punctuation, right before the
 * verb at j + 1.  The name's person, or -1.
 */
static int
subject_past_of(struct qctx *c, size_t j)
{
	size_t k;
	int run, p;

	for (k = j + 1; k-- > 1 && j - k < 6;) {
		if (c->t[k].type != T_WORD)
			return -1;
		if (c->t[k].cap || !tok_is(c, k, QW_PREP))
			continue;
		if ((run = c->t[k - 1].run) < 0 || c->r[run].b != k ||
		    c->r[run].poss || c->r[run].org)
			return -1;
		p = quote_run_person(c, run, c->r[run].a);
		return p >= 0 && !c->pp[p].weak ? p : -1;
	}
	return -1;
}

/*
 * "it said", "the company said": the organisation named last, in this
 * paragraph or the one before, as a speaker; -1 for none, -2 when the
 * word at j is no such reference.
 */
static int
org_reference(struct qctx *c, size_t j)
{
	const struct qtok *t = &c->t[j];
	const char *w = c->d->p[c->k].text + t->off;
	int p, hit = 0;

	if (t->type != T_WORD || t->poss)
		return -2;
	if (t->len == 2 && strncasecmp(w, "it", 2) == 0)
		hit = 1;
	else if (j > 0 && tok_is(c, j - 1, QW_LABEL))
		hit = tok_is(c, j, QW_ORGNOUN);
	if (!hit)
		return -2;
	if (c->last_org[0] == '\0' || c->last_org_ord + 1 < c->ord[c->k])
		return -1;
	if ((p = quote_person_find(c, c->last_org, strlen(c->last_org), 0))
	    < 0) {
		if (c->np >= MAX_PERSONS)
			return -1;
		p = quote_person_add(c, c->last_org, 0, NULL);
		c->pp[p].org = 1;
	}
	return c->pp[p].org ? p : -1;
}

/*
 * The subject of the verb at token v: a pronoun or a name just before it
 * (adverbs skipped), "the mayor", or — after an appositive (Tom Homan,
 * Trump’s “border czar,” said) — the first name of the sentence.
 */
int
quote_subject_before(struct qctx *c, size_t v)
{
	size_t i = v, j, start, nx;
	int n = 0, found, p, g, org = -1;

	while (i > 0 && n < 2 && tok_is(c, i - 1, QW_ADVERB) &&
	    !c->t[i - 1].cap) {
		i--;
		n++;
	}
	if (i == 0)
		return -1;
	j = i - 1;
	/* Elizabeth Warren (D-Mass.) said */
	if (c->t[j].type == T_PUNCT && c->t[j].ch == ')') {
		for (n = 0; j > 0 && n < 8; n++) {
			j--;
			if (c->t[j].type == T_PUNCT && c->t[j].ch == '(')
				break;
		}
		if (j == 0 || c->t[j].type != T_PUNCT || c->t[j].ch != '(')
			return -1;
		j--;
	}
	if ((g = quote_tok_pronoun(c, j, NULL)) != 0)
		return quote_resolve_pronoun(c, j, g);
	if ((p = org_reference(c, j)) != -2)
		return p;
	if ((p = subject_past_of(c, j)) >= 0)
		return p;
	if (c->t[j].type == T_WORD && c->t[j].run >= 0 &&
	    c->r[c->t[j].run].b == j + 1) {
		const struct qrun *r = &c->r[c->t[j].run];

		if (r->poss)
			return -1;
		/* analysts at Barlow & Finch wrote: the people of a place
		 * or a firm, unnamed, are the subject */
		if (r->ra >= 2 && c->t[r->ra - 1].type == T_WORD &&
		    !c->t[r->ra - 1].cap && tok_is(c, r->ra - 1, QW_PREP) &&
		    c->t[r->ra - 2].type == T_WORD && !c->t[r->ra - 2].cap &&
		    c->t[r->ra - 2].run < 0)
			return -1;
		/* one capitalised word inside a noun phrase is no name
		 * (der deutschen Seehafenbetriebe nannte) unless known */
		if (r->b - r->a == 1 && r->person < 0 && r->ra > 0 &&
		    c->t[r->ra - 1].type == T_WORD && !c->t[r->ra - 1].cap &&
		    quote_person_find(c, r->name, r->namelen, 1) < 0)
			return -1;
		/* an organisation speaks as the subject of a verb of
		 * saying: Fellside Water said it ‘accepts the findings’ */
		c->allow_org = 1;
		p = quote_run_person(c, c->t[j].run, r->a);
		c->allow_org = 0;
		return p;
	}
	if (j > 0 && c->t[j].type == T_WORD && !c->t[j].cap &&
	    (tok_is(c, j, QW_ROLE) || tok_is(c, j, QW_TITLE)) &&
	    tok_is(c, j - 1, QW_STOP))
		return quote_resolve_role(c, j);
	if (!(c->t[j].type == T_PUNCT && c->t[j].ch == ',') &&
	    c->t[j].type != T_QUOTE)
		return -1;
	/* The union that represents them, United Steelworkers Local 731,
	 * called: a name in apposition right before the verb */
	if (c->t[j].type == T_PUNCT && j >= 2 && c->t[j - 1].type == T_WORD &&
	    c->t[j - 1].run >= 0) {
		const struct qrun *r = &c->r[c->t[j - 1].run];

		if (r->b == j && !r->poss && r->ra >= 2 &&
		    c->t[r->ra - 1].type == T_PUNCT &&
		    c->t[r->ra - 1].ch == ',' &&
		    (r->b - r->a >= 2 || r->person >= 0)) {
			c->allow_org = 1;
			p = quote_run_person(c, c->t[j - 1].run, r->a);
			c->allow_org = 0;
			if (p >= 0)
				return p;
		}
	}
	/* After an appositive: the sentence's first name. */
	for (start = v; start > 0 && v - start < SENTENCE_REACH &&
	    !quote_is_boundary(c, start - 1); start--)
		;
	for (i = start; i < v; i++) {
		c->allow_org = 1;
		p = quote_subject_at(c, i, &nx, &found);
		c->allow_org = 0;
		if (found && (p < 0 || c->pp[p].org) && nx > i && nx < v &&
		    c->t[nx].type == T_PUNCT && c->t[nx].ch == ',') {
			if (p >= 0)
				org = p;
			i = nx;	/* Her editor at Larkspur Press, X, said */
			continue;
		}
		if (found && p >= 0 && c->pp[p].org && nx > i) {
			i = nx - 1;	/* du Parti socialiste, X, dénonce */
			continue;
		}
		if (found)	/* followed by its appositive */
			return nx < v && c->t[nx].type == T_PUNCT &&
			    c->t[nx].ch == ',' ? p : -1;
		/* the sentence opens with a name, or with a role that
		 * names one next: "Eriksen’s bandmate, Sofia Rossi," /
		 * "The environment minister, Priya Chandra," */
		if (i - start >= 8)
			break;
		if (c->t[i].type == T_WORD && (tok_is(c, i, QW_STOP) ||
		    tok_is(c, i, QW_TITLE) || c->t[i].poss ||
		    (!c->t[i].cap && !tok_is(c, i, QW_VERB))))
			continue;
		if (c->t[i].type == T_PUNCT && c->t[i].ch == ',' && i > start &&
		    c->t[i - 1].type == T_WORD && !c->t[i - 1].cap)
			continue;
		break;
	}
	return org;
}

