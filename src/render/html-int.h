/*
 * html-int: what the files of the HTML builder share (html.c, the SAX
 * driver; html-block.c, elements and blocks; html-text.c, text, spans,
 * links and plain text; html-table.c, list markers and tables): limits,
 * the builder state struct rb and its parts, and the functions one
 * file calls in another.  Private to src/render.
 */
#ifndef TIDINGS_HTML_INT_H
#define TIDINGS_HTML_INT_H

#include <stddef.h>

#include <libxml/HTMLparser.h>

#include "base/buf.h"
#include "render/lib.h"

#define RENDER_MAX_INPUT	(8u * 1024 * 1024)
#define RENDER_MAX_DEPTH	200
#define RENDER_MAX_LISTS	32
#define RENDER_MAX_LINKS	4096	/* dedupe is linear; later anchors are text */
#define RENDER_MAX_CELLS	256	/* per row; later cells join the text */
#define RENDER_MAX_COLSPAN	32	/* a larger colspan counts as this */
/* Open elements at which the render stops, as libxml2's tree builder
   does without HTML_PARSE_HUGE; our own number, whatever the version. */
#define RENDER_STOP_DEPTH	256

/* HTML's ASCII whitespace (NBSP and friends are text). */
#define IS_WS(c)	((c) == ' ' || (c) == '\t' || (c) == '\n' || \
			 (c) == '\r' || (c) == '\f')

struct rlist {
	int	 ordered;
	int	 type;		/* '1', 'a', 'A', 'i', 'I' */
	int	 counter;
	int	 base;		/* column of the markers */
};

struct rcell {
	struct buf	 text;
	struct rspan	*spans;
	size_t		 nspans;
	int		 header;
	int		 span;		/* columns taken (colspan), >= 1 */
};

struct rrow {
	struct rcell	*cells;
	size_t		 ncells;
};

/*
 * An open element that is rendered: the class it was opened as, whether
 * it was flattened into the surrounding text instead (lists, tables and
 * cells where they cannot be laid out; an <li> outside a list; an <a>
 * that is no link) and the state to put back at its end.
 */
struct rframe {
	int		 tag;		/* enum rtag */
	int		 flat;
	int		 save;		/* in_li, or the link number */
	int		 indent;	/* item_indent */
};

/* What the tree builder put first among the document's children. */
enum rroot {
	ROOT_NONE, ROOT_ELEMENT, ROOT_OTHER
};

struct rb {
	struct rdoc	*doc;
	int		 flags;
	const char	*base;		/* for relative links, or NULL */
	htmlParserCtxtPtr ctxt;		/* the parser driving us */

	/* The block being built. */
	struct buf	 text;
	struct rspan	*spans;
	size_t		 nspans, spansize;
	int		 space;		/* a collapsed space is pending */
	int		 space_attr;	/* attrs common to the whitespace seen */
	int		 last_attr;	/* attr/link of the last text added */
	int		 last_link;

	/* Context. */
	int		 bold, italic, underline, code, link;
	int		 quote;
	int		 pre;
	int		 heading;	/* level while in h1..h6 */
	int		 pre_col;
	int		 pre_lf;	/* the next characters follow a <pre>
					   tag: a leading LF is dropped */
	int		 want_blank;
	int		 extra_indent;	/* dd etc. */
	struct rlist	 lists[RENDER_MAX_LISTS];
	int		 nlists;
	int		 in_li;		/* a list item is open */
	char		*marker;	/* pending marker for the next block */
	int		 marker_indent;
	int		 item_indent;	/* indent of blocks inside the item */

	/* Tables: rows collected while in_table, cells while in_cell. */
	int		 in_table;
	int		 in_cell;
	struct rrow	*rows;
	size_t		 nrows;
	int		 row_open;
	int		 cell_span;	/* the open cell's colspan */

	/*
	 * Parsing: the open elements are frames[0..nframes) (rendered)
	 * then skip more (not rendered: inside a skipped element or too
	 * deep), in the tree builder's terms nframes + skip nodes deep.
	 * Characters are gathered into run until the text node they make
	 * in the tree ends.
	 */
	struct rframe	*frames;
	size_t		 nframes;
	size_t		 skip;
	int		 shift;		/* depth of the current root element */
	enum rroot	 root;
	int		 stopped;	/* the tree builder would have stopped */
	struct buf	 run;
	int		 run_type;	/* text or CDATA node, or 0: none */
	int		 media;		/* RL_VIDEO/RL_AUDIO open without a
					   src: its first <source> names it */
};

/* Element classes, looked up by name. */
enum rtag {
	T_OTHER, T_SKIP, T_P, T_DIV, T_H, T_BR, T_HR, T_PRE, T_BLOCKQUOTE,
	T_UL, T_OL, T_LI, T_DL, T_DT, T_DD, T_TABLE, T_TR, T_TD, T_TH,
	T_CAPTION, T_B, T_I, T_U, T_CODE, T_A, T_IMG, T_Q, T_SECTION,
	T_VIDEO, T_AUDIO, T_IFRAME
};
/* html-block.c */
void	 rb_open(struct rb *, const char *, const xmlChar **);
void	 rb_close(struct rb *, struct rframe *);
void	 rb_flush(struct rb *);
void	 rb_media(struct rb *, int, const char *);
void	 rb_media_end(struct rb *);
void	 rb_media_child(struct rb *, const char *, const xmlChar **);
/* html-text.c */
void	 rb_text(struct rb *, const char *, size_t);
void	 rb_raw(struct rb *, const char *, size_t, int);
int	 rb_attr(const struct rb *);
void	 rb_span(struct rb *, size_t, size_t, int, int);
int	 rb_link_add(struct rb *, const char *, int);
void	 rb_plain(struct rb *, const char *, size_t);
void	 rb_linklist(struct rb *);
/* html-table.c */
char	*rb_marker(struct rlist *, int);
void	 rb_table_end(struct rb *);
void	 rb_cell_end(struct rb *);

#endif
