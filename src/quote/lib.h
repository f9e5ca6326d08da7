/*
 * quote: finds the quotations in an article's rendered text — block quotes
 * (blockquote depth and plain-text '>' lines), inline quotations in the
 * common conventions (“…” "…" ‘…’ '…' « … » » … « „…“ ‚…‘ 「…」 『…』), nested
 * and running across paragraphs — classifies each as speech or term and
 * names the speaker where the text says who spoke.
 *
 * Pure: depends on base/ only (allocation); no I/O, no globals that change,
 * no ncurses, no libxml2.  The input is the renderer's blocks, one
 * quote_para per block, so positions map straight onto render blocks.
 *
 * Positions are byte offsets into the paragraphs' text, half-open:
 * [para_start:off_start, para_end:off_end).  A quote may span paragraphs.
 */
#ifndef TIDINGS_QUOTE_LIB_H
#define TIDINGS_QUOTE_LIB_H

#include <stddef.h>

/* quote_para.flags */
#define QUOTE_PARA_HEADING	0x1	/* a heading: quotes are found in it,
					   but speakers do not carry across it */
#define QUOTE_PARA_VERBATIM	0x2	/* <pre>/code: no inline quotes (only
					   '>' lines) */
#define QUOTE_PARA_BOLD		0x4	/* all its text is bold (an interview's
					   questions are often set so) */
#define QUOTE_PARA_BOLD_LEAD	0x8	/* it opens with bold text */

/* One paragraph (one render block) of UTF-8 text; it need not be
 * NUL-terminated and may contain '\n' (line breaks within the block). */
struct quote_para {
	const char	*text;
	size_t		 len;
	int		 level;		/* blockquote depth, 0 = none */
	int		 flags;		/* QUOTE_PARA_* */
};

enum quote_kind {
	QUOTE_SPEECH,		/* speech: attributed, or a sentence */
	QUOTE_TERM,		/* short scare quotes: a nickname, a title */
	QUOTE_BLOCK		/* a block quote (blockquote or '>' lines) */
};

struct quote {
	enum quote_kind	 kind;
	/* QUOTE_BLOCK: the quoting depth (blockquote depth plus '>' depth),
	 * 1..n.  Speech and term: the nesting depth, 1 = outermost, 2 = a
	 * quote inside a quote, ... */
	int		 level;
	/* The quoted text, marks (and the spaces inside guillemets) excluded. */
	size_t		 para_start, off_start;
	size_t		 para_end, off_end;
	/* The same span with the opening and closing marks included (for
	 * highlighting the marks too); equal to the above for block quotes. */
	size_t		 mark_start, mark_end;	/* offsets in para_start / para_end */
	/* The quoted text as a string: marks excluded; paragraphs of a quote
	 * that runs across them are joined with '\n' (without the mark that
	 * reopens each continued paragraph); '>' markers removed from block
	 * quote lines.  Owned by the quote. */
	char		*text;
	/* Full name as first introduced, titles removed; NULL when unknown
	 * (always NULL for block quotes).  Owned by the quote. */
	char		*speaker;
};

/* Find the quotations in n paragraphs.  On success returns 0 and sets *out
 * to a malloc'd array of *nout quotes in document order (by start; an
 * enclosing quote before the quotes inside it); *out is NULL when none.
 * The caller frees it with quote_free.  Never fails on hostile text (very
 * long input is handled, with nesting capped); -1 only for bad arguments. */
int	 quote_find(const struct quote_para *p, size_t n, struct quote **out,
	     size_t *nout);
/* Free an array from quote_find and its strings; NULL-safe; clears *q. */
void	 quote_free(struct quote **q, size_t n);

/* "speech", "term" or "block" (the --quotes JSON names). */
const char *quote_kind_name(enum quote_kind kind);

/* Plain-text quoting: the '>' depth of one line (">> x" is 2, "> > x" is 2)
 * and, through skip (may be NULL), the bytes of the markers and one space
 * after them.  0 when the line is not quoted. */
int	 quote_line_depth(const char *line, size_t len, size_t *skip);

#endif
