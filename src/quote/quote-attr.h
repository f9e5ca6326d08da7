/*
 * quote-attr.h: the attribution's shared state (quote-tokens.c,
 * quote-people.c, quote-sieve.c, quote-speaker.c).  A paragraph at a time
 * becomes tokens (words, punctuation, one token per top-level quotation);
 * capitalised runs become names and people; each quotation goes through
 * the sieves (quote-sieve.c) and then the document-wide ones
 * (quote-speaker.c).
 */
#ifndef TIDINGS_QUOTE_ATTR_H
#define TIDINGS_QUOTE_ATTR_H

#include <stddef.h>
#include <stdint.h>

#include "base/lib.h"
#include "quote/quote-int.h"

#define MAX_NAME_TOKENS	5	/* longer capitalised runs are not people */
#define MAX_ORG_TOKENS	8	/* nor organisations (of, for, and inside) */
#define PRONOUN_REACH	3	/* paragraphs a pronoun looks back over */
#define SENTENCE_REACH	60	/* tokens searched back for a verb or subject */
#define ROLE_REACH	200	/* mentions searched for "the mayor" */
#define MAX_PERSONS	1000	/* hostile text: later names stay unknown */

enum { T_WORD, T_PUNCT, T_QUOTE };
/* How sure a sieve is, weakest first: A_VERB is a verb of saying in the
 * sentence with nobody to name. */
enum { A_NONE, A_VERB, A_CONT, A_SENTENCE, A_ADJACENT };

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
	unsigned char upper;	/* all capitals (ICE, LGBTQ); also a party
				   and state tag (D-N.Y., R-Ky.): no name */
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
	int	 weak;		/* only a candidate: capitalised words
				   with no evidence of a person yet */
	int	 org;		/* an organisation (speaks, but no
				   pronoun refers to it) */
};

struct qmention {
	size_t	 para, tok;
	size_t	 person;
	int	 subj;		/* the name opens its sentence */
	int	 poss;		/* the name is a possessive (Fugate’s) */
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
	size_t	 eend;		/* the end of its sentence there */
	int	 first_in_para;	/* nothing but spaces before it */
	int	 label;		/* right after the, a, so-called ... */
	int	 alone;		/* a sentence of its own (a boundary or
				   nothing on either side) */
	int	 last;		/* its sentence's stop inside the marks
				   (they were “furious.”) */
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
	int		 interviewee;	/* -2: not yet looked for */
	int		 allow_org;	/* subject of a verb: organisations
					   may speak */
	/* the subject of the last sentence of the last paragraph read
	 * that held no quotation (a person, or -1), and that paragraph's
	 * number among the non-blank ones */
	int		 prev_subj;
	size_t		 prev_subj_ord;
	/* the last organisation named (two words or more), for "it" and
	 * "the company" as the subject of a verb of saying; its paragraph's
	 * number among the non-blank ones */
	char		 last_org[96];
	size_t		 last_org_ord;
};

/* ---- tokens (inline: asked about every word) ---- */

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
static inline int
tok_first_name(const struct qctx *c, size_t i)
{
	return tok_words(c, i)->wfirst;
}

static inline int
is_word_char(uint32_t ch)
{
	return ch != 0 && quote_letter(ch);
}

static inline int
tok_is(const struct qctx *c, size_t i, int table)
{
	const struct qtok *t;

	if (i >= c->nt || c->t[i].type != T_WORD)
		return 0;
	t = tok_words(c, i);
	return (t->wmask >> table) & 1;
}

/* quote-tokens.c */
void	 quote_tokenize(struct qctx *c, size_t k, const struct qseg *seg,
	     size_t nseg);
int	 quote_tok_pronoun(const struct qctx *c, size_t i, int *verb);
int	 quote_inverted(const char *w, size_t len, int *verb);
int	 quote_is_boundary(const struct qctx *c, size_t i);

/* quote-people.c */
char	*quote_lower_dup(const char *s, size_t n);
void	 quote_runs_clear(struct qctx *c);
void	 quote_find_runs(struct qctx *c);
int	 quote_person_find(struct qctx *c, const char *name, size_t nl,
	     int single);
int	 quote_person_add(struct qctx *c, const char *name, int gender,
	     const char *title);
void	 quote_mention_add(struct qctx *c, size_t tok, size_t person);
int	 quote_run_person(struct qctx *c, int run, size_t tok);
int	 quote_sentence_initial(const struct qctx *c, size_t tok);

/* quote-refer.c */
int	 quote_resolve_pronoun(struct qctx *c, size_t tok, int gender);
int	 quote_resolve_role(struct qctx *c, size_t tok);
int	 quote_resolve_role_word(struct qctx *c, size_t tok, const char *w,
	     size_t n);
int	 quote_subject_at(struct qctx *c, size_t i, size_t *next, int *found);
int	 quote_subject_before(struct qctx *c, size_t v);

/* quote-sieve.c */
int	 quote_attrib_pre(struct qctx *c, size_t qi, int *person);
int	 quote_attrib_post(struct qctx *c, size_t qi, int *person);
int	 quote_attrib_according(struct qctx *c, size_t qi, int *person);
int	 quote_attrib_sentence(struct qctx *c, size_t qi, int *person);
int	 quote_sieve(struct qctx *c, size_t qi, int start, int end,
	     int *person);
/* The person who is the subject of the paragraph's last sentence, or -1
 * (for a paragraph without quotations). */
int	 quote_last_subject(struct qctx *c);

/* quote-speaker.c */
int	 quote_para_blank(const struct quote_para *p);

#endif
