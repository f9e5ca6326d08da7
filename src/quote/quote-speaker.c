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

#include "base/lib.h"
#include "quote/quote-int.h"

#define MAX_NAME_TOKENS	5	/* longer capitalised runs are not people */
#define PRONOUN_REACH	3	/* paragraphs a pronoun looks back over */
#define SENTENCE_REACH	60	/* tokens searched back for a verb or subject */
#define ROLE_REACH	200	/* mentions searched for "the mayor" */
#define MAX_PERSONS	1000	/* hostile text: later names stay unknown */

enum { T_WORD, T_PUNCT, T_QUOTE };
enum { A_NONE, A_CONT, A_SENTENCE, A_ADJACENT };

/* Small types for the flags: a paragraph makes many tokens, and a new
 * one is cleared whole. */
struct qtok {
	size_t	 off, len;	/* word bytes (possessive ’s excluded) */
	size_t	 span;		/* T_QUOTE: index into d->s */
	int	 run;		/* name run this word is in, or -1 */
	int	 ch;		/* T_PUNCT: , . ; : ! ? ( ) - and '|' */
	unsigned char type;
	unsigned char cap;	/* starts with a capital */
	unsigned char poss;	/* Trump’s, students’ */
	unsigned char abbrev;	/* Dr. J. (the full stop belongs to it) */
	unsigned char upper;	/* all capitals (ICE, LGBTQ) */
	/* T_WORD: what the word tables say of it (quote_word_info), looked
	 * up on first use: most words are never asked about, and the rest
	 * are asked about in several tables, several times. */
	unsigned char wdone;
	char	 wfirst, wgender;
	unsigned wmask;
};

struct qrun {
	size_t	 a, b;		/* tokens [a, b) after titles and stop words */
	size_t	 ra;		/* first token including titles */
	/* The name's buffer stays with the slot from one paragraph to the
	 * next (namecap bytes; freed with the slots): a run per capitalised
	 * word would otherwise be an allocation per capitalised word. */
	char	*name;
	size_t	 namelen;	/* strlen(name) */
	size_t	 namecap;
	int	 gender;
	char	*title;		/* first title word, lower case, or NULL */
	int	 poss;		/* ends with a possessive */
	int	 person;	/* index into persons, or -1 */
	int	 org;		/* names an organisation, not a person */
};

struct qperson {
	char	*name;
	size_t	 len;		/* strlen(name) */
	uint64_t words;		/* word_bit of each word of the name */
	int	 gender;	/* 'm', 'f' or 0 */
	char	*title;		/* lower case, or NULL */
};

struct qmention {
	size_t	 para, tok;
	size_t	 person;
};

/* A top-level quotation's bytes [a, b) in the paragraph at hand. */
struct qseg {
	size_t	 a, b;
	size_t	 span;		/* index into d->s */
};

/* What one top-level quotation has gathered. */
struct qattr {
	int	 strength;	/* A_* */
	int	 person;	/* -1 = unknown */
	int	 seen;
	size_t	 spara, stok;	/* where it starts (first segment) */
	size_t	 epara, etok;	/* where it ends (last segment) */
	int	 first_in_para;	/* nothing but spaces before it */
};

struct qctx {
	struct qdoc	*d;
	struct qperson	*pp;
	size_t		 np, ap;
	struct qmention	*m;
	size_t		 nm, am;
	struct qattr	*at;		/* one per span */
	size_t		*ord;		/* paragraph k's number among the
					   non-blank ones */
	/* the paragraph at hand */
	size_t		 k;
	struct qtok	*t;
	size_t		 nt, alloc;
	size_t		*qt;		/* the T_QUOTE tokens, in order */
	size_t		 nqt;
	struct qrun	*r;
	size_t		 nr, ar;
	size_t		 renamed;	/* people given their full name */
};

static void	 tokenize(struct qctx *c, size_t k, const struct qseg *seg,
		     size_t nseg);
static void	 find_runs(struct qctx *c);
static int	 person_find(struct qctx *c, const char *name, size_t nl,
		     int single);
static int	 person_add(struct qctx *c, const char *name, int gender,
		     const char *title);
static void	 mention_add(struct qctx *c, size_t tok, size_t person);
static int	 resolve_pronoun(struct qctx *c, size_t tok, int gender);
static int	 resolve_role(struct qctx *c, size_t tok);
static int	 run_person(struct qctx *c, int run, size_t tok);
static int	 subject_before(struct qctx *c, size_t v);
static int	 attrib_pre(struct qctx *c, size_t qi, int *person);
static int	 attrib_post(struct qctx *c, size_t qi, int *person);
static int	 tok_post_verb(const struct qctx *c, size_t i);
static size_t	 skip_aside(const struct qctx *c, size_t i);
static int	 attrib_according(struct qctx *c, size_t qi, int *person);
static int	 attrib_sentence(struct qctx *c, size_t qi, int *person);
static int	 tok_is(const struct qctx *c, size_t i, int table);
static int	 tok_pronoun(const struct qctx *c, size_t i, int *verb);
static int	 is_boundary(const struct qctx *c, size_t i);
static int	 mention_between(const struct qctx *c, size_t p0, size_t t0,
		     size_t p1, size_t t1, int person);
static void	 classify_all(struct qctx *c);
static int	 para_blank(const struct quote_para *p);
static int	 subject_at(struct qctx *c, size_t i, size_t *next, int *found);

/* ---- tokens ------------------------------------------------------------ */

static inline struct qtok *
tok_new(struct qctx *c, int type, size_t off)
{
	static const struct qtok zero = { .run = -1 };
	struct qtok *t;

	if (c->nt == c->alloc) {
		c->alloc = c->alloc ? c->alloc * 2 : 64;
		c->t = xreallocarray(c->t, c->alloc, sizeof *c->t);
	}
	t = &c->t[c->nt++];
	*t = zero;
	t->type = type;
	t->off = off;
	return t;
}

/* The word tables' answers for word token i (which the caller checked). */
static inline const struct qtok *
tok_words(const struct qctx *c, size_t i)
{
	struct qtok *t = &c->t[i];

	int first, gender;

	if (!t->wdone) {
		quote_word_info(c->d->p[c->k].text + t->off, t->len,
		    &t->wmask, &first, &gender);
		t->wfirst = (char)first;
		t->wgender = (char)gender;
		t->wdone = 1;
	}
	return t;
}

/* Word token i's first-name gender (quote_word_first_name). */
static int
tok_first_name(const struct qctx *c, size_t i)
{
	return tok_words(c, i)->wfirst;
}

static inline int
is_word_char(uint32_t ch)
{
	return ch != 0 && quote_letter(ch);
}

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

/* Paragraph k's tokens; its top-level quotations (seg[0..nseg), in order)
 * become one token each.  Not inlined: inside quote_attribute its loop
 * lost the registers to the caller's variables. */
static void __attribute__((noinline))
tokenize(struct qctx *c, size_t k, const struct qseg *seg, size_t nseg)
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

static int
tok_is(const struct qctx *c, size_t i, int table)
{
	const struct qtok *t;

	if (i >= c->nt || c->t[i].type != T_WORD)
		return 0;
	t = tok_words(c, i);
	return (t->wmask >> table) & 1;
}

/* A subject pronoun (he, she, il, elle, er, sie; "dit-il" sets *verb):
 * its gender, or 0. */
static int
tok_pronoun(const struct qctx *c, size_t i, int *verb)
{
	const struct qtok *t;
	const char *w, *h;
	size_t n, vl;
	int g;

	if (verb != NULL)
		*verb = 0;
	if (i >= c->nt || c->t[i].type != T_WORD || c->t[i].poss)
		return 0;
	t = tok_words(c, i);
	w = c->d->p[c->k].text + t->off;
	if ((g = t->wgender) != 0)
		return g;
	/* French inversion: dit-il, a-t-elle, ajoute-t-il */
	for (h = w + t->len; h > w && h[-1] != '-'; h--)
		;
	if (h == w)
		return 0;
	n = (size_t)(w + t->len - h);
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
static int
is_boundary(const struct qctx *c, size_t i)
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

/* ---- names and people -------------------------------------------------- */

static char *
lower_dup(const char *s, size_t n)
{
	char *r = xstrndup(s, n);
	size_t i;

	for (i = 0; r[i] != '\0'; i++) {
		if (r[i] >= 'A' && r[i] <= 'Z')
			r[i] = (char)(r[i] - 'A' + 'a');
	}
	return r;
}

static void
runs_clear(struct qctx *c)
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

/*
 * Runs of capitalised words (with particles inside: Ursula von der Leyen),
 * ending after a possessive; leading titles and sentence words are peeled
 * off.  Runs that are people by their own evidence are mentioned.
 */
static void
find_runs(struct qctx *c)
{
	const char *s = c->d->p[c->k].text;
	size_t i = 0, a, b, j, n, need, nl, nt;
	struct qrun *r;
	struct qtok *t;
	char *name;
	int g, evidence, org;
	size_t tl;

	runs_clear(c);
	while (i < c->nt) {
		/* to the next capitalised word; the count and the array in
		 * registers, which the stores below would otherwise reload */
		for (t = c->t, nt = c->nt; i < nt && (t[i].type != T_WORD ||
		    !t[i].cap || t[i].upper); i++)
			;
		if (i == nt)
			break;
		a = i;
		b = i + 1;
		while (b < c->nt && c->t[b - 1].poss == 0) {
			if (c->t[b].type == T_WORD && c->t[b].cap &&
			    !c->t[b].upper) {
				b++;
				continue;
			}
			if (b + 1 < c->nt && c->t[b + 1].type == T_WORD &&
			    c->t[b + 1].cap && !c->t[b + 1].upper && b > a &&
			    tok_is(c, b, QW_PARTICLE)) {
				b += 2;
				continue;
			}
			break;
		}
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
		if (tl != SIZE_MAX) {
			r->title = lower_dup(s + c->t[tl].off, c->t[tl].len);
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
		org = 0;
		for (j = a; j < b; j++) {
			if (tok_is(c, j, QW_ORG))
				org = 1;
		}
		if (a >= b || b - a > MAX_NAME_TOKENS ||
		    tok_is(c, a, QW_PARTICLE)) {
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
			need += (j > a) + c->t[j].len + c->t[j].abbrev;
		if (need > r->namecap) {
			r->namecap = need > 64 ? need : 64;
			r->name = xrealloc(r->name, r->namecap);
		}
		for (nl = 0, j = a; j < b; j++) {
			if (j > a)
				r->name[nl++] = ' ';
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

		/* Evidence that this is a person. */
		evidence = r->title != NULL ||
		    (n >= 2 && tok_first_name(c, a) != 0);
		if (!evidence && b < c->nt && c->t[b].type == T_PUNCT &&
		    c->t[b].ch == ',') {
			for (j = b + 1; j < c->nt && j <= b + 4; j++) {
				if (c->t[j].type != T_WORD)
					break;
				if (tok_is(c, j, QW_ROLE) && !c->t[j].cap) {
					evidence = 1;
					break;
				}
			}
		}
		r->org = org;
		if (org)
			continue;
		if (evidence || person_find(c, r->name, r->namelen, n == 1) >= 0)
			(void)run_person(c, (int)(c->nr - 1), a);
	}
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
static int
person_find(struct qctx *c, const char *name, size_t nl, int single)
{
	size_t i;
	const char *w, *sp, *e;
	uint64_t bit;

	for (i = c->np; i-- > 0;) {
		if (c->pp[i].len == nl && memcmp(c->pp[i].name, name, nl) == 0)
			return (int)i;
	}
	if (!single || nl == 0)
		return -1;
	/* A single word has no space in it: compare it with each word of
	 * each name that may have it, the lengths first. */
	bit = word_bit(name, nl);
	for (i = c->np; i-- > 0;) {
		if ((c->pp[i].words & bit) == 0)
			continue;
		w = c->pp[i].name;
		e = w + c->pp[i].len;
		for (; w < e; w = sp + 1) {
			for (sp = w; sp < e && *sp != ' '; sp++)
				;
			if ((size_t)(sp - w) == nl && memcmp(w, name, nl) == 0)
				return (int)i;
		}
	}
	return -1;
}

static int
person_add(struct qctx *c, const char *name, int gender, const char *title)
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
	return (int)c->np++;
}

/* Mentions are kept in document order (a subject found late is inserted). */
static void
mention_add(struct qctx *c, size_t tok, size_t person)
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
	c->nm++;
}

/* The person a run names (registering them), or -1. */
static int
run_person(struct qctx *c, int run, size_t tok)
{
	struct qrun *r = &c->r[run];
	int p;

	if (r->person >= 0)
		return r->person;
	if (r->org)
		return -1;
	p = person_find(c, r->name, r->namelen, r->b - r->a == 1);
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
	if (p < 0)
		p = person_add(c, r->name, r->gender, r->title);
	else {
		if (c->pp[p].gender == 0)
			c->pp[p].gender = r->gender;
		if (c->pp[p].title == NULL && r->title != NULL)
			c->pp[p].title = xstrdup(r->title);
	}
	r->person = p;
	mention_add(c, tok, (size_t)p);
	return p;
}

/*
 * The person a pronoun of this gender at token tok refers to: the most
 * recently mentioned person of that gender, or of unknown gender.  When an
 * unknown one is more recent than one known to match, the more recent
 * paragraph wins, and within one paragraph it is a guess: none.
 */
static int
resolve_pronoun(struct qctx *c, size_t tok, int gender)
{
	size_t i, ui = SIZE_MAX, ki = SIZE_MAX, pick;
	struct qperson *p;

	for (i = c->nm; i-- > 0;) {
		if (c->m[i].para > c->k || (c->m[i].para == c->k &&
		    c->m[i].tok >= tok))
			continue;
		if (c->ord[c->m[i].para] + PRONOUN_REACH < c->ord[c->k])
			break;
		p = &c->pp[c->m[i].person];
		if (p->gender == gender) {
			ki = i;
			break;
		}
		if (p->gender == 0 && ui == SIZE_MAX)
			ui = i;
	}
	if (ui == SIZE_MAX && ki == SIZE_MAX)
		return -1;
	if (ui == SIZE_MAX)
		pick = ki;
	else if (ki == SIZE_MAX || c->m[ui].para != c->m[ki].para)
		pick = ui;
	else if (c->m[ui].person == c->m[ki].person)
		pick = ki;
	else
		return -1;
	p = &c->pp[c->m[pick].person];
	p->gender = gender;
	return (int)c->m[pick].person;
}

/* "the mayor": the person most recently introduced with that title. */
static int
resolve_role(struct qctx *c, size_t tok)
{
	const struct qtok *t = &c->t[tok];
	const char *w = c->d->p[c->k].text + t->off;
	size_t i;
	struct qperson *p;

	for (i = c->nm; i-- > 0 && c->nm - i <= ROLE_REACH;) {
		p = &c->pp[c->m[i].person];
		if (p->title != NULL && strlen(p->title) == t->len &&
		    strncasecmp(p->title, w, t->len) == 0)
			return (int)c->m[i].person;
	}
	return -1;
}

/* The person the tokens at i name as a subject: a pronoun, a name run
 * starting at i, or "the <role>".  *next gets the token after them. */
static int
subject_at(struct qctx *c, size_t i, size_t *next, int *found)
{
	int g, run, p;

	*found = 0;
	if (i >= c->nt || c->t[i].type != T_WORD)
		return -1;
	if ((g = tok_pronoun(c, i, NULL)) != 0) {
		*found = 1;
		*next = i + 1;
		return resolve_pronoun(c, i, g);
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
		*next = c->r[run].b;
		return run_person(c, run, c->r[run].a);
	}
	if ((tok_is(c, i, QW_STOP) || tok_is(c, i, QW_PARTICLE)) &&
	    !c->t[i].cap && i + 1 < c->nt && c->t[i + 1].type == T_WORD &&
	    !c->t[i + 1].cap && (tok_is(c, i + 1, QW_ROLE) ||
	    tok_is(c, i + 1, QW_TITLE))) {
		*found = 1;
		*next = i + 2;
		if ((p = resolve_role(c, i + 1)) >= 0)
			return p;
		/* said the mayor, Grégory Doucet, ... */
		if (i + 3 < c->nt && c->t[i + 2].type == T_PUNCT &&
		    c->t[i + 2].ch == ',' && (run = c->t[i + 3].run) >= 0 &&
		    c->r[run].ra == i + 3 && !c->r[run].poss &&
		    (c->r[run].b - c->r[run].a >= 2 || c->r[run].person >= 0)) {
			*next = c->r[run].b;
			p = run_person(c, run, c->r[run].a);
			if (p >= 0 && c->pp[p].title == NULL)
				c->pp[p].title = lower_dup(
				    c->d->p[c->k].text + c->t[i + 1].off,
				    c->t[i + 1].len);
			return p;
		}
		return -1;
	}
	return -1;
}

/*
 * The subject of the verb at token v: a pronoun or a name just before it
 * (adverbs skipped), "the mayor", or — after an appositive (Tom Homan,
 * Trump’s “border czar,” said) — the first name of the sentence.
 */
static int
subject_before(struct qctx *c, size_t v)
{
	size_t i = v, j, start, nx;
	int n = 0, found, p, g;

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
	if ((g = tok_pronoun(c, j, NULL)) != 0)
		return resolve_pronoun(c, j, g);
	if (c->t[j].type == T_WORD && c->t[j].run >= 0 &&
	    c->r[c->t[j].run].b == j + 1) {
		if (c->r[c->t[j].run].poss)
			return -1;
		return run_person(c, c->t[j].run, c->r[c->t[j].run].a);
	}
	if (j > 0 && c->t[j].type == T_WORD && !c->t[j].cap &&
	    (tok_is(c, j, QW_ROLE) || tok_is(c, j, QW_TITLE)) &&
	    tok_is(c, j - 1, QW_STOP))
		return resolve_role(c, j);
	if (!(c->t[j].type == T_PUNCT && c->t[j].ch == ',') &&
	    c->t[j].type != T_QUOTE)
		return -1;
	/* After an appositive: the sentence's first name. */
	for (start = v; start > 0 && v - start < SENTENCE_REACH &&
	    !is_boundary(c, start - 1); start--)
		;
	for (i = start; i < v; i++) {
		p = subject_at(c, i, &nx, &found);
		if (found)	/* followed by its appositive */
			return nx < v && c->t[nx].type == T_PUNCT &&
			    c->t[nx].ch == ',' ? p : -1;
		if (c->t[i].type == T_WORD && !tok_is(c, i, QW_STOP) &&
		    !tok_is(c, i, QW_TITLE))
			break;	/* the sentence does not open with a name */
	}
	return -1;
}

/* ---- attribution patterns ---------------------------------------------- */

/* X said: “…” / X told reporters, “…”  (the verb within a few words). */
static int
attrib_pre(struct qctx *c, size_t qi, int *person)
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
	*person = subject_before(c, v - 1);
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
		if (c->t[j].type == T_QUOTE || is_boundary(c, j))
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
static int
attrib_post(struct qctx *c, size_t qi, int *person)
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
	if ((g = tok_pronoun(c, j, &verb)) != 0 && verb != 0) {
		if (verb == 2 && !tok_is(c, j + 1, QW_VERB))
			return A_NONE;
		*person = resolve_pronoun(c, j, g);
		return A_ADJACENT;
	}
	/* she said / Bass said / the mayor said */
	p = subject_at(c, j, &nx, &found);
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
		p = subject_at(c, j + 1, &nx, &found);
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
	p = subject_at(c, j, &nx, &found);
	/* said guitarist Jonas Eriksen / said local resident Mary Smith */
	for (n = 0; !found && n < 3 && j + 1 < c->nt &&
	    c->t[j].type == T_WORD && !c->t[j].cap &&
	    !tok_is(c, j, QW_VERB); n++) {
		int run = c->t[++j].run;
		if (run >= 0 && c->r[run].ra == j && !c->r[run].poss &&
		    (c->r[run].b - c->r[run].a >= 2 ||
		    c->r[run].person >= 0))
			p = subject_at(c, j, &nx, &found);
	}
	*person = found ? p : -1;
	return A_ADJACENT;
}

/* According to X, “…” / Selon X, « … » / Pour X, « … » / Laut X: „…“ */
static int
attrib_according(struct qctx *c, size_t qi, int *person)
{
	static const char *const intro[] = { "according", "selon", "pour",
	    "laut", "for", NULL };
	size_t st, nx, i;
	const struct qtok *t;
	int p, found;

	for (st = qi; st > 0 && qi - st < SENTENCE_REACH &&
	    !is_boundary(c, st - 1); st--)
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
	p = subject_at(c, st + 1, &nx, &found);
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
static int
attrib_sentence(struct qctx *c, size_t qi, int *person)
{
	size_t v;

	for (v = qi; v > 0 && qi - v < SENTENCE_REACH &&
	    !is_boundary(c, v - 1); v--) {
		if (tok_is(c, v - 1, QW_VERB) && !c->t[v - 1].cap) {
			*person = subject_before(c, v - 1);
			return *person >= 0 ? A_SENTENCE : A_NONE;
		}
	}
	return A_NONE;
}

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
		if ((int)m->person != person)
			return 1;
	}
	return 0;
}

/* Speech or term, and the continuation rule. */
static void
classify_all(struct qctx *c)
{
	struct qdoc *d = c->d;
	struct qspan *s;
	struct qattr *a, *pa;
	size_t i, prev = SIZE_MAX, k;
	int speech;

	for (i = 0; i < d->ns; i++) {
		s = &d->s[i];
		if (s->q.kind == QUOTE_BLOCK)
			continue;
		a = &c->at[i];
		if (a->strength == A_ADJACENT)
			speech = 1;
		else if (a->strength == A_SENTENCE && s->words >= 4)
			speech = 1;
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
		/* Continuing the previous speaker. */
		if (a->person < 0 && a->strength != A_ADJACENT &&
		    prev != SIZE_MAX) {
			pa = &c->at[prev];
			if (pa->person >= 0 && pa->epara == a->spara &&
			    !mention_between(c, pa->epara, pa->etok,
			    a->spara, a->stok, pa->person))
				a->person = pa->person;
			else if (pa->person >= 0 && a->first_in_para &&
			    pa->epara < a->spara) {
				int ok = 1;
				for (k = pa->epara + 1; k < a->spara; k++) {
					if (!para_blank(&d->p[k]))
						ok = 0;
				}
				if (ok && d->p[pa->epara].level ==
				    d->p[a->spara].level &&
				    !(d->p[a->spara].flags &
				    QUOTE_PARA_HEADING) &&
				    !mention_between(c, pa->epara, pa->etok,
				    a->spara, a->stok, pa->person))
					a->person = pa->person;
			}
		}
		prev = i;
	}
	for (i = 0; i < d->ns; i++) {
		a = &c->at[i];
		if (d->s[i].q.kind == QUOTE_SPEECH && a->person >= 0)
			d->s[i].q.speaker = xstrdup(c->pp[a->person].name);
	}
}

static int
para_blank(const struct quote_para *p)
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
	int st, p;

	memset(&c, 0, sizeof c);
	c.d = d;
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
		if (!para_blank(&d->p[k]))
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
		tokenize(&c, k, seg, nseg);
		find_runs(&c);
		for (n = 0; n < c.nqt; n++) {
			qi = c.qt[n];
			s = &d->s[c.t[qi].span];
			a = &c.at[c.t[qi].span];
			if (!a->seen) {
				a->seen = 1;
				a->spara = k;
				a->stok = qi;
				a->first_in_para = qi == 0;
			}
			a->epara = k;
			a->etok = qi;
			p = -1;
			if (s->q.para_end == k &&
			    (st = attrib_post(&c, qi, &p)) == A_ADJACENT) {
				a->strength = st;
				a->person = p;
				continue;
			}
			if (s->q.para_start != k || a->strength != A_NONE)
				continue;
			p = -1;
			if ((st = attrib_pre(&c, qi, &p)) == A_NONE &&
			    (st = attrib_according(&c, qi, &p)) == A_NONE)
				st = attrib_sentence(&c, qi, &p);
			a->strength = st;
			a->person = p;
		}
	}
	classify_all(&c);

	runs_clear(&c);
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
