/*
 * render: HTML (or plain text) -> a document of styled blocks -> lines
 * wrapped to a width.  Pure: no ncurses, no I/O, no globals beyond the
 * locale.  libxml2's HTML parser stays inside src/render/; users include
 * only this header.  Depends on base/ only.
 *
 * Two stages:
 *   render_html()  bytes -> struct rdoc   (blocks of sanitised UTF-8 text
 *                                          with attribute spans, a link list)
 *   rdoc_layout()  rdoc  -> struct rlines (word-wrapped by display width,
 *                                          quote bars and list indentation
 *                                          as a prefix)
 * Relayout on resize is rdoc_layout() again with the new width; the rdoc
 * is unchanged, so byte offsets into block text (quotes, search hits) stay
 * valid across widths.
 *
 * All text handed out is valid UTF-8 free of C0/C1 controls, ESC, DEL,
 * bidi override/isolate characters (U+202A-202E, U+2066-2069), the marks
 * LRM/RLM/ALM and BOM (escape sequences are dropped whole); invalid
 * UTF-8 became U+FFFD, tabs became spaces.  The only control left is '\n'
 * inside block text, meaning a hard line break (<br>, <pre> lines, plain
 * text lines); layout never shows it.
 *
 * Memory: everything reachable from an rdoc/rlines is owned by it and
 * released by rdoc_free()/rlines_free(); strings returned by the utility
 * functions are the caller's (free()).
 */
#ifndef TIDINGS_RENDER_LIB_H
#define TIDINGS_RENDER_LIB_H

#include <stddef.h>

/* Kinds of block. */
enum rblock_kind {
	RB_PARA,	/* paragraph / div / loose text */
	RB_HEADING,	/* h1..h6; depth = level; whole text carries RA_BOLD */
	RB_LIST_ITEM,	/* li / dt / dd; depth = nesting (1..), marker set */
	RB_PRE,		/* <pre>: verbatim, '\n' separated, never word-wrapped
			   (lines longer than the width are cut into pieces) */
	RB_TABLE_ROW,	/* one table row, cells aligned and joined by " | " */
	RB_RULE,	/* <hr>: layout draws a full-width line; text is "" */
	RB_BLANK	/* one empty line (render emits these between blocks;
			   never two in a row, never first or last) */
};

/* Attribute bits of a span. */
#define RA_BOLD		0x01
#define RA_UNDERLINE	0x02
#define RA_ITALIC	0x04
#define RA_CODE		0x08	/* <code>, <kbd>, <tt>, <samp> and <pre> */
#define RA_LINK		0x10	/* anchor text; rspan.link = its number */
#define RA_LINKREF	0x20	/* the "[n]" marker after anchor text/images */
#define RA_IMAGE	0x40	/* "[image 3: alt]", "[video 4]", "[audio 5]",
				   "[iframe 6]": the number is its link's */
#define RA_NOTE		0x80	/* a speaker note (model_quotes_notes) */

/* Attributes over block text bytes [start, end).  A block's spans are
   sorted and do not overlap; bytes outside every span are plain. */
struct rspan {
	size_t	 start;
	size_t	 end;
	int	 attr;		/* RA_* bits */
	int	 link;		/* 1-based link number, 0 = none */
};

struct rblock {
	enum rblock_kind kind;
	int	 quote;		/* blockquote level, 0 = not quoted; plain-text
				   '>' prefixes count as levels too */
	int	 indent;	/* columns of indentation before the marker/text
				   (nested lists, dd, etc.) */
	int	 depth;		/* list nesting (1..) or heading level (1..6) */
	char	*marker;	/* list marker ("•", "◦", "▪" / "*", "1.", "a."),
				   NULL when none; shown before the first line,
				   continuation lines hang under the text */
	char	*text;		/* sanitised UTF-8, NUL-terminated */
	size_t	 len;		/* strlen(text) */
	struct rspan *spans;
	size_t	 nspans;
};

/* What a numbered link points at. */
enum rlink_kind {
	RL_LINK,	/* <a href>, or a URL in plain text */
	RL_IMAGE,	/* <img src> */
	RL_VIDEO,	/* <video src>, or its first <source src> */
	RL_AUDIO,	/* <audio src>, or its first <source src> */
	RL_IFRAME	/* <iframe src> */
};

struct rdoc {
	struct rblock *blocks;
	size_t	 nblocks;
	char	**links;	/* links[i] is the URL of "[i+1]" (sanitised;
				   resolved against the base URL given to
				   render_html_base(), else as written) */
	unsigned char *link_kinds;	/* link_kinds[i]: enum rlink_kind of
					   links[i] (the first use's) */
	size_t	 nlinks;
};

/* "link", "image", "video", "audio", "iframe" (not translated: newsboat's
   words in the link list). */
const char *rlink_kind_name(int kind);

/* Flags for render_html(). */
#define RENDER_TEXT	0x1	/* input is plain text, not HTML: keep lines,
				   detect '>' quoting (mail style) */
#define RENDER_LINKLIST	0x2	/* append a "Links:" section listing
				   "[n] url" as blocks after the body,
				   "[n] url (image)" for the other kinds */

/*
 * Render html[0..len) (UTF-8, whatever a <meta> says; invalid bytes
 * become U+FFFD; need not be NUL-terminated) into *out.  flags: RENDER_* bits; passing 1
 * (true) means plain text as before.  Returns 0; never fails on bad
 * input (garbage gives some text).  Input above 8 MiB is truncated.
 * Free with rdoc_free().
 */
int	 render_html(const char *html, size_t len, int flags,
	     struct rdoc **out);
/* The same, resolving relative links against base (e.g. the article's
   link or the feed URL); base NULL means as written. */
int	 render_html_base(const char *html, size_t len, int flags,
	     const char *base, struct rdoc **out);
void	 rdoc_free(struct rdoc **doc);

/* One screen line. */
struct rline {
	char	*text;		/* ready to print: prefix + block text
				   [start, end) verbatim; NUL-terminated */
	int	 width;		/* display columns of text */
	size_t	 block;		/* index into rdoc.blocks */
	size_t	 start;		/* byte range of the block text shown */
	size_t	 end;
	size_t	 prefix_len;	/* bytes of prefix (quote bars, indent,
				   marker) at the start of text ... */
	int	 prefix_width;	/* ... and its display columns */
	int	 quote;		/* block's quote level */
	enum rblock_kind kind;
	struct rspan *spans;	/* block spans clipped to this line, with
				   start/end as byte offsets into text
				   (i.e. already shifted by the prefix) */
	size_t	 nspans;
};

struct rlines {
	struct rline *lines;
	size_t	 nlines;
	int	 width;		/* the width laid out for */
};

/*
 * Lay doc out into lines of at most width display columns (width < 10 is
 * treated as 10).  Words wider than the room left are broken.  Quote
 * levels become a "│ " bar per level ("> " when the locale's codeset is
 * not UTF-8).  Free with rlines_free().  Returns 0.
 */
int	 rdoc_layout(const struct rdoc *doc, int width, struct rlines **out);
void	 rlines_free(struct rlines **rl);

/*
 * Map (block, byte offset into its text) to the screen line and display
 * column (0-based, counting the prefix) where that byte is drawn: the
 * line whose [start, end) holds off.  An offset in whitespace swallowed
 * by a wrap, or at/after the block's end, maps to the end of the last
 * line starting at or before it.  Returns 0, or -1 when the block has no
 * lines.  For the end of a range, walk the block's lines and use
 * rline_col() on each (a range end equal to line.end is that line's end).
 */
int	 rlines_locate(const struct rlines *rl, size_t block, size_t off,
	     size_t *line, int *col);
/* Display column in line of block byte offset off (clamped to the line's
   [start, end] range). */
int	 rline_col(const struct rline *line, size_t off);

/*
 * Sanitise s[0..len) for the terminal: see the header comment for what is
 * removed; tabs and newlines become single spaces (titles are one line).
 * Returns a new NUL-terminated string (free()).
 */
char	*render_sanitize(const char *s, size_t len);

/* Display columns of a UTF-8 string (CJK/emoji 2, combining 0). */
int	 render_width(const char *utf8);
/*
 * s cut to at most width columns with an ellipsis ("…", or "~" outside a
 * UTF-8 locale) when it was longer, then padded with spaces to exactly
 * width columns.  s should already be sanitised.  Returns a new string.
 */
char	*render_truncate(const char *s, int width);

#endif
