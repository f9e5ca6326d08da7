/*
 * quote-int.h: what the quote module's files share and nobody else sees.
 * quote.c finds the marks and spans, quote-speaker.c classifies them and
 * names speakers, quote-words.c holds the word tables they consult.
 */
#ifndef TIDINGS_QUOTE_INT_H
#define TIDINGS_QUOTE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "quote/lib.h"

/* A quotation while it is being worked on. */
struct qspan {
	struct quote	 q;		/* positions, kind, level (final) */
	int		 family;	/* mark family (QF_*), inline only */
	int		 top;		/* level 1 inline quote */
	size_t		 words;		/* words in the text */
	int		 end_punct;	/* last char inside: '.', ',', '!', ... */
	int		 titlecase;	/* most words capitalised */
	int		 namelike;	/* up to four words, all capitalised
					   (but a leading article) */
	int		 state;		/* QS_OPEN, QS_CLOSED, QS_DEAD */
	int		 reopened;	/* continued paragraphs reopen with a mark */
	int		 qa;		/* an interview answer (quote-qa.c) */
	size_t		 qa_off, qa_len;	/* its name label in para_start;
					   qa_len 0: the interviewee's */
};

enum { QS_OPEN, QS_CLOSED, QS_DEAD };

struct qdoc {
	const struct quote_para	*p;
	size_t			 n;
	struct qspan		*s;
	size_t			 ns;
	size_t			 alloc;
};

#define QUOTE_MAX_SPANS	65536	/* per document */

/* Mark families: a family opens and closes one kind of quotation. */
enum {
	QF_NONE,
	QF_DOUBLE,	/* “…” „…“ „…” ”…” */
	QF_SINGLE,	/* ‘…’ ‚…‘ ‚…’ */
	QF_ASCII2,	/* "…" */
	QF_ASCII1,	/* '…' */
	QF_GUILLEMET,	/* « … » */
	QF_GUILLEMET_R,	/* » … « */
	QF_SGUILLEMET,	/* ‹ … › */
	QF_SGUILLEMET_R,/* › … ‹ */
	QF_CJK1,	/* 「…」 */
	QF_CJK2		/* 『…』 */
};

/* ASCII letters and digits: QUOTE_WC_WORD, capitals QUOTE_WC_UPPER too;
 * 0 for any other byte (quote.c). */
#define QUOTE_WC_WORD	1
#define QUOTE_WC_UPPER	2
extern const unsigned char quote_word_class[256];

/* quote.c: a new span slot (zeroed) and its index; the first non-space
 * byte at or after i. */
size_t	 quote_span_new(struct qdoc *d);
size_t	 quote_skip_space(const char *t, size_t len, size_t i);
/* quote-qa.c: add the answers of an interview layout as speech. */
void	 quote_add_interview(struct qdoc *d);
/* quote-block.c: add the block quotes (blockquote depth, '>' lines). */
void	 quote_add_blocks(struct qdoc *d);

/* quote-speaker.c: set kind and speaker of every inline span. */
void	 quote_attribute(struct qdoc *d);

/* quote.c helpers used by quote-speaker.c */
uint32_t quote_utf8_next(const char *s, size_t len, size_t *i);
uint32_t quote_utf8_prev(const char *s, size_t *i);
int	 quote_is_space(uint32_t c);
int	 quote_is_letter(uint32_t c);
int	 quote_is_upper(uint32_t c);
int	 quote_is_mark(uint32_t c);

/*
 * Inline fast paths of the above for ASCII, which is most of any text:
 * the finder asks about every character, and a call per character was
 * a good part of its time.  Same answers as the out-of-line functions.
 */
static inline uint32_t
quote_next(const char *s, size_t len, size_t *i)
{
	unsigned char c;

	if (*i < len && (c = (unsigned char)s[*i]) < 0x80) {
		(*i)++;
		return c;
	}
	return quote_utf8_next(s, len, i);
}

static inline int
quote_letter(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return quote_is_letter(c);
}

static inline int
quote_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return quote_is_upper(c);
}

static inline int
quote_space(uint32_t c)
{
	if (c < 0x80)
		return c == 0 || c == ' ' || c == '\t' || c == '\n' ||
		    c == '\r';
	return quote_is_space(c);
}

/* quote-words.c: case-insensitive (ASCII) look-ups of one word. */
enum { QW_TITLE = 1, QW_VERB, QW_STOP, QW_PARTICLE, QW_ROLE, QW_ABBREV,
       QW_ADVERB, QW_AUX, QW_ELISION, QW_ORG, QW_LABEL, QW_INDEF,
       QW_ACCORDING, QW_CONJ, QW_ORGLINK, QW_PREP, QW_RELATIVE,
       QW_NOUNART, QW_ORGNOUN, QW_DEFINITE, QW_LAST = QW_DEFINITE };
/* quote_word_is(QW_ORGLINK, "and"): a link only after another one */
#define QW_LINK_AFTER	2
int	 quote_word_is(int table, const char *w, size_t len);
/* No abbreviation is longer (the index is not built if one is): the
 * tokenizer asks about the word before every full stop. */
#define QW_ABBREV_MAXLEN	4
/* Gender of a first name or gendered word: 'm', 'f', '?' (a known first
 * name of either), 0 (not a first name). */
int	 quote_word_first_name(const char *w, size_t len);
int	 quote_word_gender(const char *w, size_t len);	/* he/she/il/... */
int	 quote_word_title_gender(const char *w, size_t len);
/* The gender a role noun gives (wife, spokesman, Tochter): 'f', 'm', 0. */
int	 quote_word_role_gender(const char *w, size_t len);
/* A title abbreviation's role noun (Sen. -> "senator"), or NULL. */
const char *quote_word_title_full(const char *w, size_t len);
/* Letters after a name (KC, MP, Jr), exact case. */
int	 quote_word_postnominal(const char *w, size_t len);
/* Does w end as an age used as a noun (58-year-old, 41-Jährige)? */
int	 quote_word_age_noun(const char *w, size_t len);
/* All of the above but the title gender for one word, in one look-up:
 * *mask has bit 1 << QW_* set where quote_word_is would say yes. */
void	 quote_word_info(const char *w, size_t len, unsigned *mask,
	     int *first, int *gender);

#endif
