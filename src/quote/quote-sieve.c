/*
 * quote-sieve.c: the sentence-level sieves, each asked in order for one
 * quotation token, most certain first (the table at the end):
 *
 *   after     “…,” said X / “…,” X said / „…“, sagte sie / », confie-t-elle
 *   before    X said: “…” / X told reporters, “…”
 *   according According to X, “…” / Selon X, « … » / Laut X: „…“
 *   colon     Schröder zeigte sich optimistisch: „…“  (the subject)
 *   sentence  X called the plan “a reckless gamble”  (a verb earlier on)
 *   previous  X, the chief economist, was blunt. “…”  (the sentence before)
 *   incise    « …, confie-t-elle. … » / « …, explique X. … »  (inside the
 *             guillemets, where French puts the attribution)
 *
 * Each returns A_* (quote-attr.h) and the person, -1 when it names nobody;
 * the document-wide sieves (continuation, alternation) are in
 * quote-speaker.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "quote/quote-attr.h"

static int	 sentence_subject(struct qctx *c, size_t a, size_t e);
static size_t	 sentence_start(const struct qctx *c, size_t i);
static int	 attrib_colon(struct qctx *c, size_t qi, int *person);
static int	 attrib_previous(struct qctx *c, size_t qi, int *person);
static size_t	 skip_place(const struct qctx *c, size_t j);
static int	 attrib_incise(struct qctx *c, size_t qi, int *person);
static int	 possessive_role_name(struct qctx *c, size_t j);
static int	 tok_post_verb(const struct qctx *c, size_t i);

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
	/* with nobody before it the verb may be a noun (the claims “…”) */
	*person = quote_subject_before(c, v - 1);
	return *person >= 0 ? A_ADJACENT : A_VERB;
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

/* said Millbrook resident Jane Doe / said Harbour City manager X: a
 * place or an organisation before a role and the person's name is not the
 * speaker.  The token of the name, or j. */
static size_t
skip_place(const struct qctx *c, size_t j)
{
	int run = c->t[j].run, n;
	size_t k;

	if (run < 0 || c->r[run].ra != j || c->r[run].poss)
		return j;
	for (k = c->r[run].b, n = 0; k < c->nt && n < 3 &&
	    c->t[k].type == T_WORD && !c->t[k].cap; k++, n++)
		;
	if (n == 0 || !tok_is(c, k - 1, QW_ROLE) || k >= c->nt ||
	    c->t[k].run < 0 || c->r[c->t[k].run].ra != k ||
	    c->r[c->t[k].run].b - c->r[c->t[k].run].a < 2)
		return j;
	return k;
}

/* Ruiz’s lawyer, Beth Cole, said / the club’s manager, X, told: from
 * token j, the person named, or -1. */
static int
possessive_role_name(struct qctx *c, size_t j)
{
	size_t k, n, nx;
	int run, p, found;

	if ((run = c->t[j].run) >= 0 && c->r[run].ra == j && c->r[run].poss)
		k = c->r[run].b;
	else if (j + 1 < c->nt && tok_is(c, j, QW_LABEL) &&
	    c->t[j + 1].type == T_WORD && c->t[j + 1].poss)
		k = j + 2;	/* the club’s manager, X, told */
	else
		return -1;
	for (n = 0; k < c->nt && n < 3 &&
	    c->t[k].type == T_WORD && !c->t[k].cap; k++, n++)
		;
	if (n == 0 || !tok_is(c, k - 1, QW_ROLE) || k + 1 >= c->nt ||
	    c->t[k].type != T_PUNCT || c->t[k].ch != ',' ||
	    (run = c->t[k + 1].run) < 0 || c->r[run].ra != k + 1 ||
	    c->r[run].poss)
		return -1;
	p = quote_subject_at(c, k + 1, &nx, &found);
	if (!found || p < 0 || nx + 1 >= c->nt ||
	    c->t[nx].type != T_PUNCT || c->t[nx].ch != ',' ||
	    !tok_post_verb(c, nx + 1))
		return -1;
	return p;
}

/* “…,” said X / “…,” X said / “…,” she said / „…“, sagte sie. */
int
quote_attrib_post(struct qctx *c, size_t qi, int *person)
{
	const struct qspan *s = &c->d->s[c->t[qi].span];
	size_t j = qi + 1, nx;
	int found, p, verb, g, n, run;

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
	/* “…,” Ruiz’s lawyer, Beth Cole, said: a possessive, a role, the
	 * name in apposition, then the verb */
	if ((p = possessive_role_name(c, j)) >= 0) {
		*person = p;
		return A_ADJACENT;
	}
	/* she said / Bass said / the mayor said / the ministry wrote */
	c->allow_org = 1;
	p = quote_subject_at(c, j, &nx, &found);
	c->allow_org = 0;
	if (found) {
		/* the health secretary, Wes Streeting, told: the name's
		 * closing comma */
		if (nx + 1 < c->nt && c->t[nx].type == T_PUNCT &&
		    c->t[nx].ch == ',' && tok_post_verb(c, nx + 1))
			nx++;
		nx = skip_aside(c, nx);
		for (n = 0; n < 2 && tok_is(c, nx, QW_ADVERB); n++)
			nx++;
		if (tok_post_verb(c, nx)) {
			*person = p;
			return A_ADJACENT;
		}
		return A_NONE;
	}
	/* “…,” incident commander Jorge Villanueva told reporters: a role
	 * in lower case, then the name, then the verb */
	for (nx = j, n = 0; n < 3 && nx < c->nt && c->t[nx].type == T_WORD &&
	    !c->t[nx].cap && !tok_is(c, nx, QW_VERB) &&
	    !tok_is(c, nx, QW_LABEL); n++, nx++)
		;
	if (n > 0 && (tok_is(c, nx - 1, QW_ROLE) ||
	    tok_is(c, nx - 1, QW_TITLE)) && nx < c->nt &&
	    c->t[nx].run >= 0 && c->r[c->t[nx].run].a == nx) {
		size_t after;

		p = quote_subject_at(c, nx, &after, &found);
		if (found && p >= 0 && tok_post_verb(c, skip_aside(c, after))) {
			*person = p;
			return A_ADJACENT;
		}
	}
	/* “…,” the ministry said: said, by nobody we can name */
	for (nx = j, n = 0; n < 4 && nx < c->nt && c->t[nx].type == T_WORD &&
	    !tok_post_verb(c, nx); n++, nx++)
		;
	if (n > 0 && tok_is(c, j, QW_LABEL) && !tok_is(c, j, QW_ADVERB) &&
	    tok_post_verb(c, nx))
		return A_VERB;
	/* said X / a déclaré X / sagte Merkel / according to X / so Merkel */
	for (n = 0; n < 2 && tok_is(c, j, QW_ADVERB) && !c->t[j].cap; n++)
		j++;
	if (j + 1 < c->nt && !c->t[j].cap && tok_is(c, j, QW_ACCORDING) &&
	    tok_is(c, j + 1, QW_ACCORDING))
		j++;	/* "according to" */
	else if (j < c->nt && tok_is(c, j, QW_ACCORDING)) {
		p = quote_subject_at(c, j + 1, &nx, &found);
		if (found && (j + 1 >= c->nt || c->t[j + 1].cap ||
		    tok_is(c, j + 1, QW_LABEL))) {
			*person = p;
			return A_ADJACENT;
		}
		return A_NONE;
	} else if (!tok_post_verb(c, j))
		return A_NONE;
	j++;
	if (j >= c->nt || c->t[j].type != T_WORD)
		return A_NONE;	/* “…,” said, “…”: the verb is the next one's */
	j = skip_place(c, j);
	/* “…,” said Fellside Water: an organisation may speak here */
	c->allow_org = 1;
	p = quote_subject_at(c, j, &nx, &found);
	c->allow_org = 0;
	/* said Labour’s Emily Thornberry: a possessive, then a full name */
	if (!found && (run = c->t[j].run) >= 0 && c->r[run].ra == j &&
	    c->r[run].poss && c->r[run].b < c->nt &&
	    (run = c->t[c->r[run].b].run) >= 0 &&
	    c->r[run].ra == c->r[c->t[j].run].b && !c->r[run].poss &&
	    c->r[run].b - c->r[run].a >= 2)
		p = quote_subject_at(c, c->r[run].ra, &nx, &found);
	/* said guitarist Jonas Eriksen / said local resident Mary Smith */
	for (n = 0; !found && n < 3 && j + 1 < c->nt &&
	    c->t[j].type == T_WORD && !c->t[j].cap &&
	    !tok_is(c, j, QW_VERB) && !tok_is(c, j, QW_INDEF); n++) {
		/* lâche son mari, Bernard / said his wife, June */
		if (j + 2 < c->nt && c->t[j + 1].type == T_PUNCT &&
		    c->t[j + 1].ch == ',' && tok_is(c, j, QW_ROLE))
			j++;
		run = c->t[++j].run;
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
	size_t st, nx, i;
	const struct qtok *t;
	int p, found, run;

	st = sentence_start(c, qi);
	t = &c->t[st];
	if (st >= qi || t->type != T_WORD || !t->cap ||
	    !tok_is(c, st, QW_ACCORDING))
		return A_NONE;
	if (st + 1 < qi && tok_is(c, st + 1, QW_ACCORDING))
		st++;	/* "According to" */
	p = quote_subject_at(c, st + 1, &nx, &found);
	if (found && c->t[st + 1].type == T_WORD && (c->t[st + 1].cap ||
	    quote_tok_pronoun(c, st + 1, NULL) != 0)) {
		if (nx >= qi || c->t[nx].type != T_PUNCT ||
		    (c->t[nx].ch != ',' && c->t[nx].ch != ':'))
			return A_NONE;
		*person = p;
		return A_ADJACENT;
	}
	/* Pour l’adjointe au commerce, Élodie Ferrand, la ville « … »:
	 * the role's name, in apposition a few words on */
	for (i = st + 1; i < qi && i <= st + 8; i++) {
		if ((run = c->t[i].run) < 0 || c->r[run].a != i)
			continue;
		if (c->r[run].person >= 0 && !c->r[run].poss &&
		    c->r[run].b < qi && c->t[c->r[run].b].type == T_PUNCT &&
		    c->t[c->r[run].b].ch == ',') {
			*person = c->r[run].person;
			return A_SENTENCE;
		}
		break;
	}
	/* Selon un proche du ministre, ... « … »: reported speech, by
	 * nobody we can name */
	return A_VERB;
}

/* An English -ing form (saying, adding, warning). */
static int
participle(const struct qctx *c, size_t i)
{
	const struct qtok *t = &c->t[i];

	return t->type == T_WORD && t->len > 4 &&
	    memcmp(c->d->p[c->k].text + t->off + t->len - 3, "ing", 3) == 0;
}

/* A verb of saying earlier in the sentence: Ira Mehlman, spokesperson for
 * ..., claimed the council is “…”. */
int
quote_attrib_sentence(struct qctx *c, size_t qi, int *person)
{
	size_t v, nx;
	int verb = 0, found, run;

	for (v = qi; v > 0 && qi - v < SENTENCE_REACH &&
	    !quote_is_boundary(c, v - 1); v--) {
		/* the nearest verb with a subject: "she said, adding
		 * that ..." is hers */
		if (tok_is(c, v - 1, QW_VERB) && !c->t[v - 1].cap) {
			verb = 1;
			if ((*person = quote_subject_before(c, v - 1)) >= 0)
				return A_SENTENCE;
			/* X voted against it and warned it would “…” */
			if (v >= 2 && tok_is(c, v - 2, QW_CONJ) &&
			    (*person = sentence_subject(c,
			    sentence_start(c, v - 2), v - 2)) >= 0)
				return A_SENTENCE;
			/* she played them down, saying they were “…”: a
			 * participle after a comma is the sentence's
			 * subject's */
			if (v >= 2 && c->t[v - 2].type == T_PUNCT &&
			    c->t[v - 2].ch == ',' && participle(c, v - 1) &&
			    (*person = sentence_subject(c,
			    sentence_start(c, v - 2), v - 2)) >= 0)
				return A_SENTENCE;
			/* “…,” said Louise Haigh, adding that ‘…’ */
			if (v < qi && (*person = quote_subject_at(c, v, &nx,
			    &found)) >= 0 && found)
				return A_SENTENCE;
		}
	}
	/* Une « réponse d’urgence » qui ne règle rien, juge l’économiste
	 * X.: the verb inverted at the sentence's end, after a comma */
	for (v = qi + 1; v + 1 < c->nt && !quote_is_boundary(c, v); v++) {
		if (c->t[v].type == T_QUOTE)
			break;
		if (c->t[v].type != T_PUNCT || c->t[v].ch != ',' ||
		    !tok_is(c, v + 1, QW_VERB) || c->t[v + 1].cap)
			continue;
		verb = 1;
		if ((*person = quote_subject_at(c, v + 2, &nx, &found)) >= 0 &&
		    found && (nx >= c->nt || quote_is_boundary(c, nx) ||
		    c->t[nx].type == T_PUNCT))
			return A_SENTENCE;
		/* juge l’économiste Hélène Castagné: lower-case words, then
		 * a full name closing the clause */
		for (nx = v + 2; nx < c->nt && nx <= v + 4 &&
		    c->t[nx].type == T_WORD && !c->t[nx].cap; nx++)
			;
		if (nx > v + 2 && nx < c->nt && (run = c->t[nx].run) >= 0 &&
		    c->r[run].ra == nx && c->r[run].b - c->r[run].a >= 2 &&
		    !c->r[run].poss && !c->r[run].org &&
		    (c->r[run].b >= c->nt ||
		    c->t[c->r[run].b].type == T_PUNCT) &&
		    (*person = quote_run_person(c, run, c->r[run].a)) >= 0)
			return A_SENTENCE;
	}
	*person = -1;
	return verb ? A_VERB : A_NONE;
}

/* The first token of the sentence token i is in. */
static size_t
sentence_start(const struct qctx *c, size_t i)
{
	size_t st;

	for (st = i; st > 0 && i - st < SENTENCE_REACH &&
	    !quote_is_boundary(c, st - 1); st--)
		;
	return st;
}

/*
 * The subject of the sentence in tokens [a, e): the first pronoun, or run
 * naming a person or candidate, that a lower-case word (its verb) follows
 * past an aside and adverbs.  "Asked about the claim that Nestful sold
 * data, Raman was firm" is Raman's: Nestful names nobody known.
 */
static int
sentence_subject(struct qctx *c, size_t a, size_t e)
{
	size_t i, nx;
	int g, n, run, p;

	for (i = a; i < e; i++) {
		if (c->t[i].type != T_WORD)
			continue;
		p = -2;
		nx = i + 1;
		if ((g = quote_tok_pronoun(c, i, NULL)) != 0)
			p = quote_resolve_pronoun(c, i, g);
		else if ((run = c->t[i].run) >= 0 && c->r[run].a == i) {
			nx = c->r[run].b;
			/* A Meridian spokeswoman, Danielle Price, said: a name
			 * before a role noun only qualifies it */
			if (!c->r[run].poss && c->r[run].person >= 0 &&
			    !(nx < e && !c->t[nx].cap &&
			    tok_is(c, nx, QW_ROLE)))
				p = c->r[run].person;
			/* ..., Danielle Price, confirmed: the apposition's
			 * name, then its verb */
			if (p >= 0 && c->r[run].ra > a && nx + 1 < e &&
			    c->t[c->r[run].ra - 1].type == T_PUNCT &&
			    c->t[c->r[run].ra - 1].ch == ',' &&
			    c->t[nx].type == T_PUNCT && c->t[nx].ch == ',' &&
			    c->t[nx + 1].type == T_WORD && !c->t[nx + 1].cap &&
			    tok_is(c, nx + 1, QW_VERB))
				return p;
		} else if (tok_is(c, i, QW_LABEL) && !c->t[i].poss &&
		    i + 1 < e && c->t[i + 1].type == T_WORD &&
		    !c->t[i + 1].cap) {
			/* The senator later posted ... : the role's person */
			size_t rx;
			int found, q = quote_subject_at(c, i, &rx, &found);

			if (found && q >= 0 && rx > i) {
				p = q;
				nx = rx;
			}
		}
		if (p == -2) {
			if (nx > i + 1)
				i = nx - 1;
			continue;
		}
		nx = skip_aside(c, nx);
		for (n = 0; n < 2 && tok_is(c, nx, QW_ADVERB); n++)
			nx++;
		if (nx < e && c->t[nx].type == T_WORD && !c->t[nx].cap)
			return p;
		/* ..., sagte er. / ..., said she. (inverted) */
		if (g != 0 && i > a && tok_is(c, i - 1, QW_VERB))
			return p;
		if (g != 0)
			return -1;	/* a pronoun that is not the subject */
		i = nx - 1;
	}
	return -1;
}

/* Schröder zeigte sich vorsichtig optimistisch: „…“ — a colon after a
 * sentence whose subject is a person introduces their words. */
static int
attrib_colon(struct qctx *c, size_t qi, int *person)
{
	size_t st;

	if (qi == 0 || c->t[qi - 1].type != T_PUNCT || c->t[qi - 1].ch != ':')
		return A_NONE;
	st = sentence_start(c, qi - 1);
	if ((*person = sentence_subject(c, st, qi - 1)) < 0)
		return A_NONE;
	return A_SENTENCE;
}

/* Reported speech with its source at the end: "Die Busse seien zu
 * wenige, so Verbandssprecher X." / ", selon X." / ", according to X.":
 * that person, or -1. */
static int
reported_by(struct qctx *c, size_t a, size_t e)
{
	const char *w;
	size_t i, at, nx;
	int found, p;

	for (i = a + 1; i < e; i++) {
		if (c->t[i].type != T_WORD || c->t[i].cap ||
		    c->t[i - 1].type != T_PUNCT || c->t[i - 1].ch != ',')
			continue;
		w = c->d->p[c->k].text + c->t[i].off;
		at = 0;
		if ((c->t[i].len == 2 && memcmp(w, "so", 2) == 0) ||
		    (c->t[i].len == 5 && memcmp(w, "selon", 5) == 0))
			at = i + 1;
		else if (c->t[i].len == 9 && memcmp(w, "according", 9) == 0 &&
		    i + 1 < e && c->t[i + 1].len == 2 &&
		    memcmp(c->d->p[c->k].text + c->t[i + 1].off, "to", 2) == 0)
			at = i + 2;
		if (at == 0 || at >= e)
			continue;
		p = quote_subject_at(c, at, &nx, &found);
		if (found && p >= 0 && nx >= e)
			return p;
	}
	return -1;
}

/*
 * Kenji Watanabe, the chief analyst at Harlow Brothers, was blunt. “…” —
 * a quotation that is a sentence of its own, with nothing said of who
 * spoke, after a sentence (with no quotation in it) whose subject is a
 * person: theirs.
 */
static int
attrib_previous(struct qctx *c, size_t qi, int *person)
{
	const struct qspan *s = &c->d->s[c->t[qi].span];
	size_t st, i;

	if (qi == 0 || !quote_is_boundary(c, qi - 1) ||
	    !(qi + 1 >= c->nt || quote_is_boundary(c, qi + 1) ||
	    s->end_punct == '.' || s->end_punct == '!' || s->end_punct == '?'))
		return A_NONE;
	st = sentence_start(c, qi - 1);
	for (i = st; i < qi - 1; i++) {
		if (c->t[i].type == T_QUOTE)
			return A_NONE;
	}
	if ((*person = sentence_subject(c, st, qi - 1)) < 0 &&
	    (*person = reported_by(c, st, qi - 1)) < 0)
		return A_NONE;
	return A_SENTENCE;
}

int
quote_last_subject(struct qctx *c)
{
	size_t e = c->nt, st;
	int p;

	while (e > 0 && c->t[e - 1].type == T_PUNCT)
		e--;
	if (e == 0)
		return -1;
	st = sentence_start(c, e - 1);
	p = sentence_subject(c, st, e);
	return p >= 0 && !c->pp[p].org ? p : -1;
}

/*
 * Asked whether his side had tired, Hartley shook his head. ¶ “No. We
 * lost our shape.” — a paragraph that opens with a quotation of whole
 * sentences and says nothing of who spoke, right after a paragraph
 * without quotations whose last sentence has a person as its subject:
 * theirs.  Only where no sieve found even a verb of saying.
 */
static int
attrib_prev_para(struct qctx *c, size_t qi, int *person)
{
	const struct qspan *s = &c->d->s[c->t[qi].span];

	if (qi != 0 || c->prev_subj < 0 || c->ord[c->k] == 0 ||
	    c->prev_subj_ord + 1 != c->ord[c->k] ||
	    !(s->end_punct == '.' || s->end_punct == '!' ||
	    s->end_punct == '?') ||
	    !(qi + 1 >= c->nt || quote_is_boundary(c, qi + 1)))
		return A_NONE;
	*person = c->prev_subj;
	return A_SENTENCE;
}

/* ---- inside the guillemets ------------------------------------------- */

/* The end of the word at t[i] (letters, digits, and - ' ’ between them),
 * below e. */
static size_t
incise_word(const char *t, size_t i, size_t e)
{
	size_t j, k;
	uint32_t ch;

	for (j = i; j < e;) {
		k = j;
		ch = quote_next(t, e, &k);
		if (quote_letter(ch)) {
			j = k;
			continue;
		}
		if ((ch == '-' || ch == '\'' || ch == 0x2019) && j > i && k < e) {
			size_t k2 = k;

			if (quote_letter(quote_next(t, e, &k2))) {
				j = k;
				continue;
			}
		}
		break;
	}
	return j;
}

static int
incise_cap(const char *t, size_t i, size_t e)
{
	return i < e && quote_upper(quote_next(t, e, &i));
}

static size_t
incise_space(const char *t, size_t i, size_t e)
{
	while (i < e && t[i] == ' ')
		i++;
	return i;
}

/*
 * The speaker a French incise names: « …, confie-t-elle. … », « …, lâche
 * la directrice. … », « …, explique Antoine Lefebvre. … » — a comma, a
 * verb of saying, and an inverted pronoun, a role after le/la/l’, or a
 * name of people met before (or of two words and more), all inside one
 * quotation in guillemets.  Only the first incise counts.
 */
static int
attrib_incise(struct qctx *c, size_t qi, int *person)
{
	const struct qspan *s = &c->d->s[c->t[qi].span];
	const char *t = c->d->p[c->k].text;
	size_t i, e, w, we, n, nw;
	char name[96];
	int g, verb, p;

	if ((s->family != QF_GUILLEMET && s->family != QF_GUILLEMET_R) ||
	    s->q.para_start != c->k || s->q.para_end != c->k)
		return A_NONE;
	e = s->q.off_end;
	for (i = s->q.off_start; i < e; i++) {
		if (t[i] != ',')
			continue;
		w = incise_space(t, i + 1, e);
		if ((we = incise_word(t, w, e)) == w)
			continue;
		if ((g = quote_inverted(t + w, we - w, &verb)) != 0) {
			if (verb != 1)
				continue;
			*person = quote_resolve_pronoun(c, qi, g);
			return *person >= 0 ? A_ADJACENT : A_VERB;
		}
		if (!(t[w] >= 'a' && t[w] <= 'z') ||
		    !quote_word_is(QW_VERB, t + w, we - w))
			continue;
		w = incise_space(t, we, e);
		if ((we = incise_word(t, w, e)) == w)
			continue;
		/* la directrice / le maire / l’infirmière */
		n = we - w;
		if ((n == 2 && (memcmp(t + w, "le", 2) == 0 ||
		    memcmp(t + w, "la", 2) == 0)) ||
		    (n > 2 && t[w] == 'l' && t[w + 1] == '\'') ||
		    (n > 4 && t[w] == 'l' && memcmp(t + w + 1, "\xe2\x80\x99",
		    3) == 0)) {
			if (n == 2) {
				w = incise_space(t, we, e);
				we = incise_word(t, w, e);
			} else
				w += t[w + 1] == '\'' ? 2 : 4;
			if (we > w && (p = quote_resolve_role_word(c, qi, t + w,
			    we - w)) >= 0) {
				*person = p;
				return A_ADJACENT;
			}
			/* an epithet for someone: nobody we can name (but
			 * not the previous speaker going on) */
			return A_VERB;
		}
		/* capitalised words: a name */
		for (n = nw = 0; nw < 3 && incise_cap(t, w, e); nw++) {
			if (n + (we - w) + 1 >= sizeof name)
				break;
			if (n > 0)
				name[n++] = ' ';
			memcpy(name + n, t + w, we - w);
			n += we - w;
			w = incise_space(t, we, e);
			if ((we = incise_word(t, w, e)) == w) {
				nw++;
				break;
			}
		}
		if (nw == 0)
			return A_VERB;
		name[n] = '\0';
		if ((p = quote_person_find(c, name, n, nw == 1)) < 0 &&
		    nw >= 2 && c->np < MAX_PERSONS) {
			p = quote_person_add(c, name,
			    quote_word_first_name(name, (size_t)(strchr(name,
			    ' ') - name)), NULL);
			if (c->pp[p].gender == '?')
				c->pp[p].gender = 0;
			quote_mention_add(c, qi, (size_t)p);
		}
		if (p < 0 || c->pp[p].org)
			return A_VERB;
		*person = p;
		return A_ADJACENT;
	}
	return A_NONE;
}

/* ---- the sieves in order ------------------------------------------------ */

#define SV_END		1	/* asked where the quotation ends */
#define SV_START	2	/* asked where it starts */

static const struct sieve {
	const char	*name;
	int		 at;
	int		(*fn)(struct qctx *, size_t, int *);
} sieves[] = {
	{ "after", SV_END, quote_attrib_post },
	{ "incise", SV_START, attrib_incise },
	{ "before", SV_START, quote_attrib_pre },
	{ "according", SV_START, quote_attrib_according },
	{ "colon", SV_START, attrib_colon },
	{ "sentence", SV_START, quote_attrib_sentence },
	{ "previous", SV_START, attrib_previous },
};

/*
 * Run the sieves that apply at quotation token qi (start: the quotation
 * starts in this paragraph; end: it ends here) in order; the first that
 * names someone, or is sure (A_ADJACENT) that nobody can be named, wins;
 * otherwise the strongest answer.  *person gets its person or -1.
 */
int
quote_sieve(struct qctx *c, size_t qi, int start, int end, int *person)
{
	size_t i;
	int st, best = A_NONE, p;

	*person = -1;
	for (i = 0; i < sizeof sieves / sizeof sieves[0]; i++) {
		if (!((sieves[i].at == SV_END && end) ||
		    (sieves[i].at == SV_START && start)))
			continue;
		p = -1;
		st = sieves[i].fn(c, qi, &p);
		if (st >= A_SENTENCE && (p >= 0 || st == A_ADJACENT)) {
			*person = p;
			return st;
		}
		if (st > best)
			best = st;
	}
	if (best == A_NONE && start && attrib_prev_para(c, qi, &p) ==
	    A_SENTENCE) {
		*person = p;
		return A_SENTENCE;
	}
	return best;
}
