/*
 * quote-people.c: names and the people an article introduces: runs of
 * capitalised words, the people they name (full name, gender, the title or
 * role bound to them) and each mention in document order.  What a
 * pronoun, a role noun or a subject position refers to is quote-refer.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote/quote-attr.h"

static size_t	 run_role(const struct qctx *c, const struct qrun *r);
static char	*title_dup(const char *w, size_t n);
static size_t	 particles_end(const struct qctx *c, size_t i);
static int	 name_before_article(const struct qctx *c, size_t a,
		     size_t cut);
static int	 run_aged(const struct qctx *c, size_t b);
static int	 elided(const char *w, size_t n);

/* ---- names and people -------------------------------------------------- */

char *
quote_lower_dup(const char *s, size_t n)
{
	char *r = xstrndup(s, n);
	size_t i;

	for (i = 0; r[i] != '\0'; i++) {
		if (r[i] >= 'A' && r[i] <= 'Z')
			r[i] = (char)(r[i] - 'A' + 'a');
	}
	return r;
}

void
quote_runs_clear(struct qctx *c)
{
	size_t i;

	for (i = 0; i < c->nr; i++) {
		if (c->r[i].title != NULL) {	/* seldom: no call then */
			free(c->r[i].title);
			c->r[i].title = NULL;
		}
	}
	c->nr = 0;
}

/* A title as the role noun a later "the senator" would use: Sen. is a
 * senator, Gov. a governor (lower case; caller frees). */
static char *
title_dup(const char *w, size_t n)
{
	const char *full = quote_word_title_full(w, n);

	return full != NULL ? xstrdup(full) : quote_lower_dup(w, n);
}

/* One or two name particles at token i, then a capitalised word (von
 * der Leyen, de Gaulle): that word's token, else i. */
static size_t
particles_end(const struct qctx *c, size_t i)
{
	size_t q = i;

	while (q < c->nt && q < i + 2 && c->t[q].type == T_WORD &&
	    !c->t[q].cap && tok_is(c, q, QW_PARTICLE))
		q++;
	if (q == i || q >= c->nt || c->t[q].type != T_WORD || !c->t[q].cap ||
	    c->t[q].upper)
		return i;
	return q;
}

/* Does the run [a, b) end with a person's name before token cut, "der"
 * alone there (Anna Becker der Deutschen Presse-Agentur), rather than
 * being a descriptor of something (Sprecher der Reederei X)? */
static int
name_before_article(const struct qctx *c, size_t a, size_t cut)
{
	size_t j;

	for (j = a; j < cut; j++) {
		if (tok_first_name(c, j) && !tok_is(c, j, QW_TITLE))
			return cut - j >= 2;
	}
	return 0;
}

/* Is token i a number of up to five digits (Local 731, Lodge 12)? */
static int
org_number(const struct qctx *c, size_t i)
{
	const char *w = c->d->p[c->k].text + c->t[i].off;
	size_t j;

	if (c->t[i].type != T_WORD || c->t[i].len > 5 || c->t[i].poss)
		return 0;
	for (j = 0; j < c->t[i].len; j++) {
		if (w[j] < '0' || w[j] > '9')
			return 0;
	}
	return 1;
}

/* Does an ampersand stand between word tokens a and b - 1 (Barlow &
 * Finch, Johnson & Johnson): a firm, not a person? */
static int
amp_inside(const struct qctx *c, size_t a, size_t b)
{
	const char *s = c->d->p[c->k].text;
	size_t j;

	for (j = a + 1; j < b; j++) {
		if (c->t[j].off > c->t[j - 1].off + c->t[j - 1].len &&
		    memchr(s + c->t[j - 1].off + c->t[j - 1].len, '&',
		    c->t[j].off - c->t[j - 1].off - c->t[j - 1].len) != NULL)
			return 1;
	}
	return 0;
}

/*
 * Runs of capitalised words (with particles inside: Ursula von der Leyen),
 * ending after a possessive; leading titles and sentence words are peeled
 * off.  Runs that are people by their own evidence are mentioned.
 */
void
quote_find_runs(struct qctx *c)
{
	const char *s = c->d->p[c->k].text;
	size_t i = 0, a, b, j, n, need, nl, nt;
	struct qrun *r;
	struct qtok *t;
	char *name;
	int g, evidence, org, orgw, linked;
	size_t np;
	size_t tl, cut;

	quote_runs_clear(c);
	while (i < c->nt) {
		/* to the next capitalised word; the count and the array in
		 * registers, which the stores below would otherwise reload */
		for (t = c->t, nt = c->nt; i < nt && (t[i].type != T_WORD ||
		    !t[i].cap || t[i].upper); i++)
			;
		if (i == nt)
			break;
		if (elided(s + t[i].off, t[i].len)) {
			i++;	/* L’opposition, D’autres: an article */
			continue;
		}
		a = i;
		b = i + 1;
		orgw = tok_is(c, a, QW_ORG);
		linked = 0;
		cut = SIZE_MAX;
		while (b < c->nt && c->t[b - 1].poss == 0) {
			if (c->t[b].type == T_WORD && c->t[b].cap &&
			    !c->t[b].upper) {
				orgw |= tok_is(c, b, QW_ORG);
				b++;
				continue;
			}
			if (b > a && (j = particles_end(c, b)) > b) {
				if (j == b + 1 && cut == SIZE_MAX &&
				    quote_word_is(QW_PARTICLE, s + c->t[b].off,
				    c->t[b].len) == QW_LINK_AFTER)
					cut = b;
				b = j + 1;
				continue;
			}
			/* the Department for Transport, the Department of
			 * Health and Human Services: an organisation's name
			 * goes on past of / for (and "and" after them) */
			if (orgw && b + 1 < c->nt && !c->t[b].cap &&
			    c->t[b + 1].type == T_WORD && c->t[b + 1].cap &&
			    !c->t[b + 1].upper && tok_is(c, b, QW_ORGLINK) &&
			    (linked || quote_word_is(QW_ORGLINK,
			    s + c->t[b].off, c->t[b].len) != QW_LINK_AFTER)) {
				linked = 1;
				b += 2;
				continue;
			}
			/* United Steelworkers Local 731 */
			if (orgw && tok_is(c, b - 1, QW_ORG) &&
			    org_number(c, b)) {
				b++;
				continue;
			}
			break;
		}
		if (cut != SIZE_MAX && name_before_article(c, a, cut))
			b = cut;
		i = b;
		if (c->nr == c->ar) {
			c->ar = c->ar ? c->ar * 2 : 16;
			c->r = xreallocarray(c->r, c->ar, sizeof *c->r);
			memset(c->r + c->nr, 0,
			    (c->ar - c->nr) * sizeof *c->r);
		}
		r = &c->r[c->nr];
		name = r->name;
		need = r->namecap;
		memset(r, 0, sizeof *r);
		r->name = name;
		r->namecap = need;
		r->person = -1;
		r->ra = a;
		g = 0;
		while (a < b && tok_is(c, a, QW_STOP))
			a++;
		/* The name follows the last title inside the run (Transport
		 * Secretary Louise Haigh); without one, descriptors before a
		 * known first name go (Hafenarbeiterin Karin Lüders). */
		tl = SIZE_MAX;
		for (j = a; j + 1 < b; j++) {
			if (tok_is(c, j, QW_TITLE))
				tl = j;
		}
		/* Sprecher der Reederei X, Président de la République: a
		 * title of something, no person */
		if (tl != SIZE_MAX && !c->t[tl + 1].cap &&
		    tok_is(c, tl + 1, QW_PARTICLE)) {
			for (j = r->ra; j < b; j++)
				c->t[j].run = -1;
			continue;
		}
		if (tl != SIZE_MAX) {
			r->title = title_dup(s + c->t[tl].off, c->t[tl].len);
			g = quote_word_title_gender(s + c->t[tl].off,
			    c->t[tl].len);
			a = tl + 1;
		} else {
			for (j = a; j + 1 < b; j++) {
				if (tok_first_name(c, j)) {
					a = j;
					break;
				}
			}
		}
		/* Descriptors the tables do not know stay out of the name:
		 * Chief Executive Bradley Kessler, Verdi-Verhandlungsführerin
		 * Maren Schröder.  A name of three words or more keeps them
		 * only from a known first name on (Mary Ann Smith). */
		org = linked || amp_inside(c, a, b);
		for (j = a; j < b; j++) {
			if (tok_is(c, j, QW_ORG))
				org = 1;
		}
		/* (an organisation keeps its whole name: the California
		 * Farm Bureau) */
		while (!org && b - a > 2 && !tok_first_name(c, a) &&
		    !tok_is(c, a + 1, QW_PARTICLE))
			a++;
		if (a >= b || b - a > (org ? MAX_ORG_TOKENS : MAX_NAME_TOKENS) ||
		    tok_is(c, a, QW_PARTICLE) ||
		    (b - a == 1 && tok_is(c, a, QW_TITLE))) {
			free(r->title);
			continue;
		}
		r->a = a;
		r->b = b;
		r->poss = c->t[b - 1].poss;
		for (j = r->ra; j < b; j++)
			c->t[j].run = (int)c->nr;
		/* the words, a space between, the abbreviations' stops */
		for (need = 1, j = a; j < b; j++)
			need += (j > a) * 3 + c->t[j].len + c->t[j].abbrev;
		if (need > r->namecap) {
			r->namecap = need > 64 ? need : 64;
			r->name = xrealloc(r->name, r->namecap);
		}
		for (nl = 0, j = a; j < b; j++) {
			if (j > a)
				r->name[nl++] = ' ';
			/* Barlow & Finch: what stands between the words */
			if (j > a && org && c->t[j].off > c->t[j - 1].off +
			    c->t[j - 1].len + 1 && amp_inside(c, j - 1, j + 1))
				memcpy(r->name + nl, "& ", 2), nl += 2;
			memcpy(r->name + nl, s + c->t[j].off, c->t[j].len);
			nl += c->t[j].len;
			if (c->t[j].abbrev)
				r->name[nl++] = '.';
		}
		r->name[nl] = '\0';
		r->namelen = nl;
		n = b - a;
		if (g == 0)
			g = tok_first_name(c, a);
		r->gender = g == '?' ? 0 : g;
		c->nr++;

		r->org = org;
		if (org) {
			/* as the subject of its sentence: "it" and "the
			 * company" later are most likely that one */
			if (n >= 2 && nl < sizeof c->last_org && !r->poss &&
			    quote_sentence_initial(c, r->ra)) {
				memcpy(c->last_org, r->name, nl + 1);
				c->last_org_ord = c->ord[c->k];
			}
			continue;
		}
		/* Evidence that this is a person, and a role bound to them
		 * by apposition. */
		evidence = r->title != NULL ||
		    (n >= 2 && tok_first_name(c, a) != 0);
		if ((j = run_role(c, r)) != SIZE_MAX) {
			evidence = 1;
			if (r->title == NULL)
				r->title = quote_lower_dup(s + c->t[j].off,
				    c->t[j].len);
			/* his wife, Ellen: the role tells the gender */
			if (r->gender == 0)
				r->gender = quote_word_role_gender(s +
				    c->t[j].off,
				    c->t[j].len);
		}
		if (!evidence && run_aged(c, b))
			evidence = 1;
		np = c->np;
		if (evidence || quote_person_find(c, r->name, r->namelen,
		    n == 1) >= 0)
			(void)quote_run_person(c, (int)(c->nr - 1), a);
		else if (n >= 2 && n <= 3 && !c->t[r->ra].upper &&
		    quote_run_person(c, (int)(c->nr - 1), a) >= 0 &&
		    c->np > np)
			/* two or three capitalised words and nothing more:
			 * a candidate, for a surname or a pronoun met later
			 * (Gerald Finch, 58, ... Finch said) */
			c->pp[c->np - 1].weak = 1;
	}
}

/*
 * The role noun apposition binds to run r, or SIZE_MAX: "the mayor, Karen
 * Bass", "novelist Amara Lindqvist", "Karen Bass, the mayor" / ", a nurse
 * who".  Lower-case words of the role table only.
 */
static size_t
run_role(const struct qctx *c, const struct qrun *r)
{
	size_t j, ra = r->ra, b = r->b;

	if (ra >= 1 && tok_is(c, ra - 1, QW_ROLE) && !c->t[ra - 1].cap)
		return ra - 1;
	if (ra >= 2 && c->t[ra - 1].type == T_PUNCT && c->t[ra - 1].ch == ',' &&
	    tok_is(c, ra - 2, QW_ROLE) && !c->t[ra - 2].cap)
		return ra - 2;
	if (b < c->nt && c->t[b].type == T_PUNCT && c->t[b].ch == ',') {
		for (j = b + 1; j < c->nt && j <= b + 5; j++) {
			if (c->t[j].type != T_WORD)
				break;
			if (tok_is(c, j, QW_ROLE) && !c->t[j].cap)
				return j;
		}
	}
	return SIZE_MAX;
}

/* Does word w open with an elided article, L’ or D’ before a small letter
 * (L’opposition), which no name does (O’Brien, D’Angelo)? */
static int
elided(const char *w, size_t n)
{
	size_t i = 1;

	if (n < 3 || (w[0] != 'L' && w[0] != 'D'))
		return 0;
	if (w[1] == '\'')
		i = 2;
	else if (n >= 5 && memcmp(w + 1, "\xe2\x80\x99", 3) == 0)
		i = 4;
	else
		return 0;
	return i < n && (unsigned char)w[i] >= 0x80 ?
	    1 : (w[i] >= 'a' && w[i] <= 'z');
}

/* Is run end b followed by an age, ", 58," (AP style)? */
static int
run_aged(const struct qctx *c, size_t b)
{
	const char *w;

	if (b + 2 >= c->nt || c->t[b].type != T_PUNCT || c->t[b].ch != ',' ||
	    c->t[b + 1].type != T_WORD || c->t[b + 2].type != T_PUNCT)
		return 0;
	w = c->d->p[c->k].text + c->t[b + 1].off;
	return c->t[b + 1].len <= 3 && w[0] >= '0' && w[0] <= '9';
}

/* One bit of 64 for a word, from its length and end bytes: a person's
 * name keeps those of its words, and a single word need only be compared
 * with the names that have its bit. */
static inline uint64_t
word_bit(const char *w, size_t n)
{
	return (uint64_t)1 << ((n * 7 + (unsigned char)w[0] * 3 +
	    (unsigned char)w[n - 1]) & 63);
}

static uint64_t
name_words(const char *name, size_t len)
{
	const char *w = name, *e = name + len, *sp;
	uint64_t m = 0;

	for (; w < e; w = sp + 1) {
		if ((sp = memchr(w, ' ', (size_t)(e - w))) == NULL)
			sp = e;
		if (sp > w)
			m |= word_bit(w, (size_t)(sp - w));
	}
	return m;
}

/* A person whose name is name (nl bytes); single: a surname or a first
 * name alone matches any word of a known name (the most recently added
 * first). */
int
quote_person_find(struct qctx *c, const char *name, size_t nl, int single)
{
	size_t i;
	const char *w, *sp, *e;
	uint64_t bit;
	int hit = -1;

	for (i = c->np; i-- > 0;) {
		if (c->pp[i].len == nl && memcmp(c->pp[i].name, name, nl) == 0)
			return (int)i;
	}
	if (!single || nl == 0)
		return -1;
	/* A single word has no space in it: compare it with each word of
	 * each name that may have it, the lengths first.  A surname that
	 * two people share (Gerald Finch, his wife Donna Finch) is the one
	 * introduced first: the family is named by first names after. */
	bit = word_bit(name, nl);
	for (i = c->np; i-- > 0;) {
		if ((c->pp[i].words & bit) == 0)
			continue;
		w = c->pp[i].name;
		e = w + c->pp[i].len;
		sp = e;	/* no word yet (and what the analyser sees) */
		for (; w < e; w = sp + 1) {
			for (sp = w; sp < e && *sp != ' '; sp++)
				;
			if ((size_t)(sp - w) == nl && memcmp(w, name, nl) == 0)
				break;
		}
		if (w >= e)
			continue;
		if (hit < 0 && sp < e)
			return (int)i;	/* a first name: the latest */
		if (sp == e && (hit < 0 || c->pp[i].org == c->pp[hit].org))
			hit = (int)i;
	}
	return hit;
}

int
quote_person_add(struct qctx *c, const char *name, int gender, const char *title)
{
	struct qperson *p;

	if (c->np == c->ap) {
		c->ap = c->ap ? c->ap * 2 : 16;
		c->pp = xreallocarray(c->pp, c->ap, sizeof *c->pp);
	}
	p = &c->pp[c->np];
	p->name = xstrdup(name);
	p->len = strlen(name);
	p->words = name_words(p->name, p->len);
	p->gender = gender;
	p->title = title != NULL ? xstrdup(title) : NULL;
	p->weak = 0;
	p->org = 0;
	return (int)c->np++;
}

/* Mentions are kept in document order (a subject found late is inserted). */
void
quote_mention_add(struct qctx *c, size_t tok, size_t person)
{
	size_t i;

	if (c->nm == c->am) {
		c->am = c->am ? c->am * 2 : 32;
		c->m = xreallocarray(c->m, c->am, sizeof *c->m);
	}
	for (i = c->nm; i > 0; i--) {
		if (c->m[i - 1].para < c->k || (c->m[i - 1].para == c->k &&
		    c->m[i - 1].tok <= tok))
			break;
		c->m[i] = c->m[i - 1];
	}
	c->m[i].para = c->k;
	c->m[i].tok = tok;
	c->m[i].person = person;
	/* Halcyon’s chief executive, Graham Ashworth, said: the
	 * possessive is not who speaks */
	c->m[i].poss = c->t[tok].run >= 0 && (size_t)c->t[tok].run < c->nr &&
	    c->r[c->t[tok].run].poss;
	c->m[i].subj = quote_sentence_initial(c, tok) && !c->m[i].poss;
	c->nm++;
}

/* Does the name at token tok open its sentence, past titles, articles
 * and a role in apposition (Mayor X / The mayor, X / Her deputy, X)? */
int
quote_sentence_initial(const struct qctx *c, size_t tok)
{
	size_t i = tok;

	while (i > 0 && i < c->nt && tok - i < 8) {
		const struct qtok *t = &c->t[i - 1];

		if (quote_is_boundary(c, i - 1))
			return 1;
		if (t->type == T_PUNCT ? t->ch != ',' : t->type != T_WORD ||
		    !(tok_is(c, i - 1, QW_STOP) || tok_is(c, i - 1, QW_LABEL) ||
		    tok_is(c, i - 1, QW_TITLE) || tok_is(c, i - 1, QW_ROLE) ||
		    (t->cap && (t->run == c->t[tok].run || t->poss))))
			return 0;
		i--;
	}
	return i == 0;
}

/* The person a run names (registering them), or -1. */
int
quote_run_person(struct qctx *c, int run, size_t tok)
{
	struct qrun *r = &c->r[run];
	int p;

	if (r->person >= 0)
		return r->person;
	if (r->org && !c->allow_org)
		return -1;
	p = quote_person_find(c, r->name, r->namelen, r->b - r->a == 1);
	if (p < 0 && r->b - r->a > 1) {
		/* "Bass" met before "Karen Bass": one person, full name */
		const char *last = c->d->p[c->k].text + c->t[r->b - 1].off;
		size_t ll = c->t[r->b - 1].len, i;

		for (i = c->np; i-- > 0;) {
			if (c->pp[i].len == ll &&
			    memcmp(c->pp[i].name, last, ll) == 0 &&
			    (c->pp[i].gender == 0 || r->gender == 0 ||
			    c->pp[i].gender == r->gender)) {
				free(c->pp[i].name);
				c->pp[i].name = xstrdup(r->name);
				c->pp[i].len = r->namelen;
				c->pp[i].words = name_words(c->pp[i].name,
				    c->pp[i].len);
				c->renamed++;
				p = (int)i;
				break;
			}
		}
	}
	if (p < 0 && c->np >= MAX_PERSONS)
		return -1;
	if (p < 0) {
		p = quote_person_add(c, r->name, r->gender, r->title);
		c->pp[p].org = r->org;
	}
	else {
		if (c->pp[p].gender == 0)
			c->pp[p].gender = r->gender;
		if (c->pp[p].title == NULL && r->title != NULL)
			c->pp[p].title = xstrdup(r->title);
	}
	c->pp[p].weak = 0;
	r->person = p;
	quote_mention_add(c, tok, (size_t)p);
	return p;
}
