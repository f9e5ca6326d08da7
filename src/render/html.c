/*
 * html: HTML or plain text -> struct rdoc.  libxml2's HTML parser (no
 * network, no errors printed) drives us through SAX events; we keep a
 * current block (text buffer + spans) and a little context: attribute
 * nesting counts, the quote level, a stack of lists, <pre> and table
 * state, and a stack of the open elements with what each must undo at
 * its end.  Whitespace outside <pre> collapses to single spaces, emitted
 * lazily so that block edges never carry any.  Blank lines between
 * blocks are explicit RB_BLANK blocks.
 *
 * Events, not a tree: building and freeing libxml2's tree took about a
 * tenth of the instructions spent here.  The output is still what
 * walking the tree htmlReadMemory() builds gives (test-render.c pins
 * it): rb_sax_start() and rb_sax_text() say what that takes.  Nothing
 * here depends on one libxml2 version: the parser gets the input as
 * HTML's input stream has it (html-input.c), through the public API of 2.9
 * to 2.15, and where the tree walk kept a quirk of its own (a <pre>'s
 * leading LF) we do as HTML says.  What still differs between versions
 * is the tokenizer's (2.14 follows HTML: character references without
 * ';', bogus comments, raw-text <xmp> and <plaintext>, a tag cut off
 * at the end): .ci/libxml2-next.known lists the cases seen.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>

#include "base/lib.h"
#include "base/uri.h"
#include "render/lib.h"
#include "render/render-int.h"

#define RENDER_MAX_INPUT	(8u * 1024 * 1024)
#define RENDER_MAX_DEPTH	200
#define RENDER_MAX_LISTS	32
#define RENDER_MAX_LINKS	4096	/* dedupe is linear; later anchors are text */
#define RENDER_MAX_CELLS	256	/* per row; later cells join the text */
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
};

static void	 rb_open(struct rb *, const char *, const xmlChar **);
static void	 rb_close(struct rb *, struct rframe *);
static void	 rb_run_end(struct rb *);
static void	 rb_text(struct rb *, const char *, size_t);
static void	 rb_raw(struct rb *, const char *, size_t, int);
static int	 rb_steady(const struct rb *, int, int);
static void	 rb_text_run(struct rb *, const char *, size_t, int, int);
static int	 rb_words8(const char *);
static void	 rb_flush(struct rb *);
static void	 rb_break(struct rb *, int);
static void	 rb_add_block(struct rb *, struct rblock *);
static int	 rb_attr(const struct rb *);
static void	 rb_span(struct rb *, size_t, size_t, int, int);
static int	 rb_link_add(struct rb *, const char *);
static void	 rb_table_end(struct rb *);
static void	 rb_cell_end(struct rb *);
static void	 rb_plain(struct rb *, const char *, size_t);
static void	 rb_plain_links(struct rb *, size_t);
static char	*rb_marker(struct rlist *, int);
static void	 rb_linklist(struct rb *);

/* Element classes, looked up by name. */
enum rtag {
	T_OTHER, T_SKIP, T_P, T_DIV, T_H, T_BR, T_HR, T_PRE, T_BLOCKQUOTE,
	T_UL, T_OL, T_LI, T_DL, T_DT, T_DD, T_TABLE, T_TR, T_TD, T_TH,
	T_CAPTION, T_B, T_I, T_U, T_CODE, T_A, T_IMG, T_Q, T_SECTION
};

static const struct {
	const char	*name;
	enum rtag	 tag;
} rtags[] = {
	{ "a", T_A }, { "address", T_DIV }, { "article", T_SECTION },
	{ "aside", T_SECTION }, { "audio", T_SKIP }, { "b", T_B },
	{ "blockquote", T_BLOCKQUOTE }, { "br", T_BR }, { "button", T_SKIP },
	{ "canvas", T_SKIP }, { "caption", T_CAPTION }, { "center", T_DIV },
	{ "cite", T_I }, { "code", T_CODE }, { "dd", T_DD },
	{ "details", T_SECTION }, { "dfn", T_I }, { "div", T_DIV },
	{ "dl", T_DL }, { "dt", T_DT }, { "em", T_I },
	{ "embed", T_SKIP }, { "figcaption", T_DIV }, { "figure", T_SECTION },
	{ "footer", T_SECTION }, { "form", T_DIV }, { "h1", T_H },
	{ "h2", T_H }, { "h3", T_H }, { "h4", T_H }, { "h5", T_H },
	{ "h6", T_H }, { "head", T_SKIP }, { "header", T_SECTION },
	{ "hr", T_HR }, { "i", T_I }, { "iframe", T_SKIP }, { "img", T_IMG },
	{ "input", T_SKIP }, { "ins", T_U }, { "kbd", T_CODE },
	{ "li", T_LI }, { "listing", T_PRE }, { "main", T_SECTION },
	{ "map", T_SKIP }, { "math", T_SKIP }, { "nav", T_SECTION },
	{ "noscript", T_SKIP }, { "object", T_SKIP }, { "ol", T_OL },
	{ "option", T_SKIP }, { "p", T_P }, { "plaintext", T_PRE },
	{ "pre", T_PRE }, { "q", T_Q }, { "samp", T_CODE },
	{ "script", T_SKIP }, { "section", T_SECTION }, { "select", T_SKIP },
	{ "strong", T_B }, { "style", T_SKIP }, { "summary", T_DIV },
	{ "svg", T_SKIP }, { "table", T_TABLE }, { "td", T_TD },
	{ "template", T_SKIP }, { "textarea", T_SKIP }, { "th", T_TH },
	{ "title", T_SKIP }, { "tr", T_TR }, { "tt", T_CODE },
	{ "u", T_U }, { "ul", T_UL }, { "var", T_I }, { "video", T_SKIP },
	{ "xmp", T_PRE },
};

static enum rtag
rtag_find(const char *name)
{
	size_t lo = 0, hi = sizeof rtags / sizeof rtags[0], mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcasecmp(name, rtags[mid].name);
		if (c == 0)
			return rtags[mid].tag;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return T_OTHER;
}

static int
rb_attr(const struct rb *rb)
{
	int a = 0;

	if (rb->bold)
		a |= RA_BOLD;
	if (rb->italic)
		a |= RA_ITALIC;
	if (rb->underline)
		a |= RA_UNDERLINE;
	if (rb->code || rb->pre)
		a |= RA_CODE;
	if (rb->link)
		a |= RA_LINK;
	return a;
}

/* Record attr over [start, end) of the current text, merging with the
   previous span when it continues it. */
static void
rb_span(struct rb *rb, size_t start, size_t end, int attr, int link)
{
	struct rspan *sp;

	if (attr == 0 || start >= end)
		return;
	if (rb->nspans > 0) {
		sp = &rb->spans[rb->nspans - 1];
		if (sp->end == start && sp->attr == attr && sp->link == link) {
			sp->end = end;
			return;
		}
	}
	if (rb->nspans == rb->spansize) {
		rb->spansize = rb->spansize ? rb->spansize * 2 : 8;
		rb->spans = xreallocarray(rb->spans, rb->spansize,
		    sizeof *rb->spans);
	}
	sp = &rb->spans[rb->nspans++];
	sp->start = start;
	sp->end = end;
	sp->attr = attr;
	sp->link = link;
}

/* Append already-decided text (no collapsing) with attr/link. */
static void
rb_raw(struct rb *rb, const char *s, size_t len, int attr)
{
	size_t start = rb->text.len, k = 0;
	int link = (attr & (RA_LINK | RA_LINKREF)) ? rb->link : 0, sattr;

	if (rb->space) {
		rb->space = 0;
		if (rb->text.len > 0 &&
		    rb->text.data[rb->text.len - 1] != '\n') {
			buf_addc(&rb->text, ' ');
			sattr = attr & rb->last_attr & rb->space_attr &
			    ~(RA_LINKREF | RA_IMAGE);
			rb_span(rb, start, start + 1, sattr,
			    (sattr & RA_LINK) && rb->last_link == link ?
			    link : 0);
			start++;
		}
	}
	/* Most words are printable ASCII, which the sanitiser would copy
	 * as is: copy them here, without its set-up per word. */
	for (k = 0; !rb->pre && k < len && (unsigned char)s[k] >= 0x20 &&
	    (unsigned char)s[k] < 0x7f; k++)
		/* nothing */;
	if (!rb->pre && k == len)
		buf_add(&rb->text, s, len);
	else {
		/* Columns matter only for <pre> tab stops (entering <pre>
		 * resets them); counting costs a wcwidth() per character. */
		rd_sanitize_buf(&rb->text, s, len, rb->pre ? RS_PRE :
		    RS_ONELINE, rb->pre ? &rb->pre_col : NULL);
	}
	rb_span(rb, start, rb->text.len, attr, link);
	rb->last_attr = attr;
	rb->last_link = link;
}

/* Text node content: collapse whitespace unless in <pre>. */
static void
rb_text(struct rb *rb, const char *s, size_t len)
{
	size_t i, j;
	int attr = rb_attr(rb), link;

	if (rb->pre) {
		rb->space = 0;
		rb_raw(rb, s, len, attr);
		return;
	}
	link = (attr & (RA_LINK | RA_LINKREF)) ? rb->link : 0;
	i = 0;
	while (i < len) {
		/* Usually true from the node's first word on. */
		if (rb_steady(rb, attr, link)) {
			rb_text_run(rb, s + i, len - i, attr, link);
			return;
		}
		if (IS_WS(s[i])) {
			rb->space_attr = rb->space ? rb->space_attr & attr :
			    attr;
			rb->space = 1;
			i++;
			continue;
		}
		for (j = i; j < len && !IS_WS(s[j]); j++)
			/* nothing */;
		rb_raw(rb, s + i, j - i, attr);
		i = j;
	}
}

/*
 * Whether text with attr/link can be added by rb_text_run: what rb_raw
 * does for each word is then known.  The pending space (if any) is added
 * (there is text and it does not end in a line break) carrying the words'
 * own attr and link (the last text had them, and the whitespace seen had
 * at least attr), so its span and the words' are contiguous with equal
 * attributes, which rb_span merges into one.
 */
static int
rb_steady(const struct rb *rb, int attr, int link)
{
	return rb->text.len > 0 && rb->text.data[rb->text.len - 1] != '\n' &&
	    rb->last_attr == attr && rb->last_link == link &&
	    (!rb->space || (rb->space_attr & attr) == attr);
}

#define RB_ONES		0x0101010101010101ULL
#define RB_HIGHS	0x8080808080808080ULL

/*
 * Whether s[0..8) is printable ASCII (spaces included) without two
 * spaces in a row: bytes rb_text_run may copy as they are after a word
 * character.  Byte-wise sums: no byte carries into the next once the
 * high bits are known clear.
 */
static int
rb_words8(const char *s)
{
	uint64_t x, t, sp;

	memcpy(&x, s, sizeof x);
	if ((x & RB_HIGHS) != 0 ||
	    ((x + 0x60 * RB_ONES) & RB_HIGHS) != RB_HIGHS ||	/* < 0x20 */
	    ((x + RB_ONES) & RB_HIGHS) != 0)			/* DEL */
		return 0;
	t = x ^ (0x20 * RB_ONES);
	sp = ~(((t & 0x7f * RB_ONES) + 0x7f * RB_ONES) | t) & RB_HIGHS;
	return (sp & (sp >> 8)) == 0;
}

/*
 * The rest of a text node, once rb_steady() holds, in one pass: what
 * rb_text and rb_raw would do word by word.  Printable ASCII and valid
 * UTF-8 the sanitiser would keep are copied as they are (words and single
 * spaces eight bytes at a time when they are ASCII); from the first
 * byte that needs more, the rest of that word goes through the sanitiser
 * (which works sequence by sequence, so cutting the word there changes
 * nothing).  Sanitised words never hold '\n' and the space before each
 * word is added whatever the word becomes, so rb_steady() still holds
 * after every word: one span over the whole run.
 */
static void
rb_text_run(struct rb *rb, const char *s, size_t len, int attr, int link)
{
	struct buf *b = &rb->text;
	const char *end = s + len, *w;
	char *o;
	size_t start = b->len, n;
	uint32_t cp;
	unsigned char c;
	int pending = rb->space;

	/* Every byte out stands for one in, but for a space pending from
	 * before the run. */
	buf_grow(b, len + 1);
	o = b->data + b->len;
	while (s < end) {
		c = (unsigned char)*s;
		if (IS_WS(c)) {
			pending = 1;
			s++;
			continue;
		}
		if (pending) {
			*o++ = ' ';
			pending = 0;
		}
		/* Copied as is: collapsing changes nothing there but a
		 * trailing space, which stays pending. */
		if (end - s >= 8 && rb_words8(s)) {
			memcpy(o, s, 8);
			o += 8;
			s += 8;
			if (s[-1] == ' ') {
				o--;
				pending = 1;
			}
			continue;
		}
		for (; s < end; s += n) {
			c = (unsigned char)*s;
			if (c > ' ' && c < 0x7f) {
				*o++ = (char)c;
				n = 1;
				continue;
			}
			if (c < 0x80)
				break;
			n = utf8_decode(s, (size_t)(end - s), &cp);
			if (cp == UTF8_REPLACEMENT || rd_forbidden(cp))
				break;
			memcpy(o, s, n);
			o += n;
		}
		if (s < end && !IS_WS(*s)) {
			/* The sanitiser may move and grow the buffer (an
			 * invalid byte becomes three): room again after. */
			for (w = s; w < end && !IS_WS(*w); w++)
				/* nothing */;
			b->len = (size_t)(o - b->data);
			rd_sanitize_buf(b, s, (size_t)(w - s), RS_ONELINE,
			    NULL);
			s = w;
			buf_grow(b, (size_t)(end - s));
			o = b->data + b->len;
		}
	}
	*o = '\0';
	b->len = (size_t)(o - b->data);
	rb_span(rb, start, b->len, attr, link);
	rb->space = pending;
	if (pending)
		rb->space_attr = attr;
}

static void
rb_add_block(struct rb *rb, struct rblock *blk)
{
	struct rdoc *d = rb->doc;
	struct rblock *prev;

	if (blk->kind != RB_BLANK && d->nblocks > 0 && rb->want_blank) {
		prev = &d->blocks[d->nblocks - 1];
		if (prev->kind != RB_BLANK) {
			struct rblock blank;

			memset(&blank, 0, sizeof blank);
			blank.kind = RB_BLANK;
			blank.quote = prev->quote < blk->quote ? prev->quote :
			    blk->quote;
			blank.text = xstrdup("");
			rb_add_block(rb, &blank);
		}
	}
	if (blk->kind != RB_BLANK)
		rb->want_blank = 0;
	if ((d->nblocks & (d->nblocks - 1)) == 0)
		d->blocks = xreallocarray(d->blocks,
		    d->nblocks ? d->nblocks * 2 : 1, sizeof *d->blocks);
	d->blocks[d->nblocks++] = *blk;
}

/* End the current block, if it has any text. */
static void
rb_flush(struct rb *rb)
{
	struct rblock blk;
	size_t len = rb->text.len;

	rb->space = 0;
	if (rb->in_cell)
		return;
	/* <pre> keeps inner blank lines but not trailing newlines. */
	while (len > 0 && (rb->text.data[len - 1] == '\n' ||
	    (rb->text.data[len - 1] == ' ' && !rb->pre)))
		len--;
	if (len == 0) {
		buf_reset(&rb->text);
		rb->nspans = 0;
		return;
	}
	memset(&blk, 0, sizeof blk);
	rb->text.len = len;
	rb->text.data[len] = '\0';
	while (rb->nspans > 0 && rb->spans[rb->nspans - 1].start >= len)
		rb->nspans--;
	if (rb->nspans > 0 && rb->spans[rb->nspans - 1].end > len)
		rb->spans[rb->nspans - 1].end = len;
	if (rb->pre)
		blk.kind = RB_PRE;
	else if (rb->heading)
		blk.kind = RB_HEADING;
	else if (rb->in_li)
		blk.kind = RB_LIST_ITEM;
	else
		blk.kind = RB_PARA;
	blk.quote = rb->quote;
	blk.depth = rb->heading ? rb->heading : rb->nlists;
	if (rb->marker != NULL) {
		blk.marker = rb->marker;
		blk.indent = rb->marker_indent;
		rb->marker = NULL;
	} else if (rb->in_li)
		blk.indent = rb->item_indent;
	else
		blk.indent = rb->extra_indent;
	blk.len = len;
	blk.text = buf_detach(&rb->text);
	if (rb->nspans > 0) {
		blk.spans = xreallocarray(NULL, rb->nspans, sizeof *blk.spans);
		memcpy(blk.spans, rb->spans, rb->nspans * sizeof *blk.spans);
		blk.nspans = rb->nspans;
	}
	rb->nspans = 0;
	rb->pre_col = 0;
	rb_add_block(rb, &blk);
}

/* A block boundary; blank asks for an empty line before the next one. */
static void
rb_break(struct rb *rb, int blank)
{
	if (rb->in_cell) {
		rb->space = 1, rb->space_attr = 0;
		return;
	}
	rb_flush(rb);
	if (blank)
		rb->want_blank = 1;
}

static int
rb_link_add(struct rb *rb, const char *url)
{
	struct rdoc *d = rb->doc;
	char *s, *abs;
	size_t i;

	if (rb->base != NULL && *rb->base != '\0') {
		abs = uri_resolve(rb->base, url);
		s = render_sanitize(abs, strlen(abs));
		free(abs);
	} else
		s = render_sanitize(url, strlen(url));
	for (i = 0; i < d->nlinks; i++) {
		if (strcmp(d->links[i], s) == 0) {
			free(s);
			return (int)i + 1;
		}
	}
	d->links = xreallocarray(d->links, d->nlinks + 1, sizeof *d->links);
	d->links[d->nlinks++] = s;
	return (int)d->nlinks;
}

static void
roman(struct buf *b, int n, int upper)
{
	static const struct { int v; const char *s; } r[] = {
		{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
		{ 100, "c" }, { 90, "xc" }, { 50, "l" }, { 40, "xl" },
		{ 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
	};
	size_t i;
	const char *p;

	if (n <= 0 || n >= 4000) {
		buf_printf(b, "%d", n);
		return;
	}
	for (i = 0; i < sizeof r / sizeof r[0]; i++) {
		while (n >= r[i].v) {
			for (p = r[i].s; *p != '\0'; p++)
				buf_addc(b, upper ? (char)(*p - 'a' + 'A') : *p);
			n -= r[i].v;
		}
	}
}

static char *
rb_marker(struct rlist *l, int depth)
{
	struct buf b = BUF_INIT;
	int n = l->counter, utf8 = rd_utf8_locale();

	if (!l->ordered) {
		if (depth <= 1)
			return xstrdup(utf8 ? "•" : "*");
		if (depth == 2)
			return xstrdup(utf8 ? "◦" : "-");
		return xstrdup(utf8 ? "▪" : "+");
	}
	switch (l->type) {
	case 'a':
	case 'A':
		if (n >= 1 && n <= 26)
			buf_addc(&b, (char)(l->type + n - 1));
		else
			buf_printf(&b, "%d", n);
		break;
	case 'i':
	case 'I':
		roman(&b, n, l->type == 'I');
		break;
	default:
		buf_printf(&b, "%d", n);
		break;
	}
	buf_addc(&b, '.');
	return buf_detach(&b);
}

/*
 * An attribute's value from startElement's name/value pairs, as the tree
 * builder would have set it: a name without a value made an attribute
 * without content, which does not count.
 */
static const char *
rb_prop(const xmlChar **atts, const char *name)
{
	if (atts == NULL)
		return NULL;
	for (; atts[0] != NULL; atts += 2) {
		if (atts[1] != NULL &&
		    strcasecmp((const char *)atts[0], name) == 0)
			return (const char *)atts[1];
	}
	return NULL;
}

static void
rb_cell_end(struct rb *rb)
{
	struct rrow *row;
	struct rcell *cell;
	size_t len = rb->text.len;

	if (!rb->in_cell)
		return;
	rb->in_cell = 0;
	rb->space = 0;
	if (!rb->row_open) {
		/* Grow by doubling: nrows is a power of two when full. */
		if ((rb->nrows & (rb->nrows - 1)) == 0)
			rb->rows = xreallocarray(rb->rows,
			    rb->nrows ? rb->nrows * 2 : 1, sizeof *rb->rows);
		memset(&rb->rows[rb->nrows++], 0, sizeof *rb->rows);
		rb->row_open = 1;
	}
	row = &rb->rows[rb->nrows - 1];
	if ((row->ncells & (row->ncells - 1)) == 0)
		row->cells = xreallocarray(row->cells,
		    row->ncells ? row->ncells * 2 : 1, sizeof *row->cells);
	cell = &row->cells[row->ncells++];
	memset(cell, 0, sizeof *cell);
	while (len > 0 && rb->text.data[len - 1] == ' ')
		len--;
	buf_add(&cell->text, rb->text.data != NULL ? rb->text.data : "",
	    len);
	buf_reset(&rb->text);
	while (rb->nspans > 0 && rb->spans[rb->nspans - 1].start >= len)
		rb->nspans--;
	if (rb->nspans > 0 && rb->spans[rb->nspans - 1].end > len)
		rb->spans[rb->nspans - 1].end = len;
	if (rb->nspans > 0) {
		cell->spans = xreallocarray(NULL, rb->nspans,
		    sizeof *cell->spans);
		memcpy(cell->spans, rb->spans, rb->nspans *
		    sizeof *cell->spans);
		cell->nspans = rb->nspans;
	}
	rb->nspans = 0;
}

/*
 * Emit the collected rows: each column padded to its widest cell (when
 * the whole row stays reasonably narrow), cells joined by " | ".
 */
static void
rb_table_end(struct rb *rb)
{
	size_t r, c, ncols = 0, k;
	int *colw, total = 0, pad, w;
	struct rcell *cell;
	size_t start;

	rb_cell_end(rb);
	for (r = 0; r < rb->nrows; r++)
		if (rb->rows[r].ncells > ncols)
			ncols = rb->rows[r].ncells;
	colw = xcalloc(ncols ? ncols : 1, sizeof *colw);
	for (r = 0; r < rb->nrows; r++) {
		for (c = 0; c < rb->rows[r].ncells; c++) {
			cell = &rb->rows[r].cells[c];
			w = rd_width(buf_str(&cell->text), cell->text.len);
			if (w > colw[c])
				colw[c] = w;
		}
	}
	for (c = 0; c < ncols; c++)
		total += colw[c] + 3;
	pad = total <= 160;
	rb_flush(rb);
	for (r = 0; r < rb->nrows; r++) {
		for (c = 0; c < rb->rows[r].ncells; c++) {
			cell = &rb->rows[r].cells[c];
			if (c > 0)
				buf_adds(&rb->text, " | ");
			start = rb->text.len;
			buf_add(&rb->text, buf_str(&cell->text),
			    cell->text.len);
			for (k = 0; k < cell->nspans; k++)
				rb_span(rb, start + cell->spans[k].start,
				    start + cell->spans[k].end,
				    cell->spans[k].attr, cell->spans[k].link);
			if (pad && c + 1 < rb->rows[r].ncells) {
				w = rd_width(buf_str(&cell->text),
				    cell->text.len);
				for (; w < colw[c]; w++)
					buf_addc(&rb->text, ' ');
			}
			buf_free(&cell->text);
			free(cell->spans);
		}
		free(rb->rows[r].cells);
		if (rb->text.len > 0) {
			/* Trailing padding of empty last cells is noise. */
			while (rb->text.len > 0 &&
			    rb->text.data[rb->text.len - 1] == ' ')
				rb->text.len--;
			rb->text.data[rb->text.len] = '\0';
		}
		{
			/* rb_flush decides the kind from context. */
			size_t before = rb->doc->nblocks;

			rb_flush(rb);
			if (rb->doc->nblocks > before &&
			    rb->doc->blocks[rb->doc->nblocks - 1].kind != RB_BLANK)
				rb->doc->blocks[rb->doc->nblocks - 1].kind =
				    RB_TABLE_ROW;
		}
	}
	free(rb->rows);
	rb->rows = NULL;
	rb->nrows = 0;
	rb->row_open = 0;
	free(colw);
}

/*
 * An element starts: what the walk of the tree did before walking its
 * children.  Elements whose children are not rendered (T_SKIP, and <br>,
 * <hr> and <img> once rendered) start a skipped subtree; the others get
 * a frame for rb_close().
 */
static void
rb_open(struct rb *rb, const char *name, const xmlChar **atts)
{
	enum rtag tag = rtag_find(name);
	struct rframe *f;
	struct rlist *l;
	const char *v;
	char *alt;
	int num;

	switch (tag) {
	case T_SKIP:
		rb->skip = 1;
		return;
	case T_BR:
		rb->skip = 1;
		if (rb->in_cell || !(rb->pre || rb->text.len > 0)) {
			rb->space = 1, rb->space_attr = 0;
			return;
		}
		rb->space = 0;
		buf_addc(&rb->text, '\n');
		rb->pre_col = 0;
		return;
	case T_HR:
		rb->skip = 1;
		rb_break(rb, 1);
		if (!rb->in_cell) {
			struct rblock blk;

			memset(&blk, 0, sizeof blk);
			blk.kind = RB_RULE;
			blk.quote = rb->quote;
			blk.text = xstrdup("");
			rb_add_block(rb, &blk);
			rb->want_blank = 1;
		}
		return;
	case T_IMG:
		rb->skip = 1;
		v = rb_prop(atts, "alt");
		if (v != NULL && *v != '\0')
			alt = xasprintf(_("[image: %s]"), v);
		else
			alt = xstrdup(_("[image]"));
		rb_raw(rb, alt, strlen(alt), RA_IMAGE |
		    (rb->link ? RA_LINK : 0));
		free(alt);
		return;
	default:
		break;
	}

	/* At most RENDER_MAX_DEPTH + 1 frames: deeper ones are skipped. */
	f = &rb->frames[rb->nframes++];
	memset(f, 0, sizeof *f);
	f->tag = tag;
	switch (tag) {
	case T_P:
	case T_SECTION:
	case T_BLOCKQUOTE:
	case T_H:
	case T_PRE:
	case T_DL:
		rb_break(rb, tag != T_SECTION);
		if (tag == T_BLOCKQUOTE && !rb->in_cell)
			rb->quote++;
		if (tag == T_H && !rb->in_cell) {
			rb->heading = name[1] - '0';
			rb->bold++;
		}
		if (tag == T_PRE && !rb->in_cell) {
			rb->pre++;
			rb->pre_col = 0;
		}
		rb->pre_lf = tag == T_PRE;
		break;
	case T_DIV:
	case T_CAPTION:
	case T_DT:
		rb_break(rb, 0);
		if (tag == T_DT)
			rb->bold++;
		break;
	case T_DD:
		rb_break(rb, 0);
		rb->extra_indent += 4;
		break;
	case T_UL:
	case T_OL:
		if (rb->in_cell || rb->nlists >= RENDER_MAX_LISTS) {
			f->flat = 1;
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		/* A top-level list is a paragraph; nested ones are not. */
		rb_break(rb, rb->nlists == 0);
		l = &rb->lists[rb->nlists];
		memset(l, 0, sizeof *l);
		l->ordered = tag == T_OL;
		l->type = '1';
		v = rb_prop(atts, "type");
		if (v != NULL && v[0] != '\0' && strchr("aAiI", v[0]) != NULL)
			l->type = v[0];
		v = rb_prop(atts, "start");
		{
			/* strtol, clamped before the - 1: atoi("-2147483648")
			 * - 1 overflowed. */
			long start = v != NULL ? strtol(v, NULL, 10) : 1;

			l->counter = start >= -999999 && start <= 1000001 ?
			    (int)start - 1 : 0;
		}
		if (rb->in_li)
			l->base = rb->item_indent;
		else if (rb->nlists > 0)
			l->base = rb->lists[rb->nlists - 1].base + 2;
		else
			l->base = rb->extra_indent + 2;
		f->save = rb->in_li;
		f->indent = rb->item_indent;
		rb->nlists++;
		rb->in_li = 0;
		break;
	case T_LI:
		rb_break(rb, 0);
		if (rb->in_cell || rb->nlists == 0) {
			f->flat = 1;
			break;
		}
		l = &rb->lists[rb->nlists - 1];
		v = rb_prop(atts, "value");
		if (v != NULL && l->ordered && (num = atoi(v)) > 0 &&
		    num < 1000000)
			l->counter = num;
		else
			l->counter++;
		free(rb->marker);
		rb->marker = rb_marker(l, rb->nlists);
		rb->marker_indent = l->base;
		f->save = rb->in_li;
		f->indent = rb->item_indent;
		rb->in_li = 1;
		rb->item_indent = l->base + render_width(rb->marker) + 1;
		break;
	case T_TABLE:
		if (rb->in_table || rb->in_cell) {
			/* Nested tables flatten into the outer cell. */
			f->flat = 1;
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		rb_break(rb, 1);
		rb->in_table = 1;
		break;
	case T_TR:
		if (!rb->in_table || rb->in_cell) {
			f->flat = 1;
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		rb->row_open = 0;
		break;
	case T_TD:
	case T_TH:
		if (!rb->in_table || rb->in_cell || (rb->row_open &&
		    rb->rows[rb->nrows - 1].ncells >= RENDER_MAX_CELLS)) {
			f->flat = 1;
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		/* Text before the first cell (stray) becomes its own block. */
		rb_flush(rb);
		rb->in_cell = 1;
		rb->space = 0;
		if (tag == T_TH)
			rb->bold++;
		break;
	case T_B:
		rb->bold++;
		break;
	case T_I:
		rb->italic++;
		break;
	case T_U:
		rb->underline++;
		break;
	case T_CODE:
		rb->code++;
		break;
	case T_Q:
		v = rd_utf8_locale() ? "“" : "\"";
		rb_raw(rb, v, strlen(v), rb_attr(rb));
		break;
	case T_A:
		v = rb_prop(atts, "href");
		if (v == NULL || *v == '\0' || *v == '#' || rb->link ||
		    rb->doc->nlinks >= RENDER_MAX_LINKS) {
			f->flat = 1;
			break;
		}
		while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
			v++;
		f->save = rb_link_add(rb, v);
		rb->link = f->save;
		break;
	default:
		break;
	}
}

/* An element ends: what the walk did after its children. */
static void
rb_close(struct rb *rb, struct rframe *f)
{
	int tag = f->tag;
	const char *v;
	char buf[32];

	switch (tag) {
	case T_P:
	case T_SECTION:
	case T_BLOCKQUOTE:
	case T_H:
	case T_PRE:
	case T_DL:
		rb_break(rb, tag != T_SECTION);
		if (tag == T_BLOCKQUOTE && !rb->in_cell && rb->quote > 0)
			rb->quote--;
		if (tag == T_H && !rb->in_cell) {
			rb->heading = 0;
			rb->bold--;
		}
		if (tag == T_PRE && !rb->in_cell)
			rb->pre--;
		break;
	case T_DIV:
	case T_CAPTION:
	case T_DT:
		if (tag == T_DT)
			rb->bold--;
		rb_break(rb, 0);
		break;
	case T_DD:
		rb_break(rb, 0);
		rb->extra_indent -= 4;
		break;
	case T_UL:
	case T_OL:
		if (f->flat) {
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		rb_break(rb, 0);
		rb->nlists--;
		rb->in_li = f->save;
		rb->item_indent = f->indent;
		if (rb->nlists == 0)
			rb->want_blank = 1;
		break;
	case T_LI:
		rb_break(rb, 0);
		if (f->flat)
			break;
		FREE(&rb->marker);
		rb->in_li = f->save;
		rb->item_indent = f->indent;
		break;
	case T_TABLE:
		if (f->flat) {
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		rb_table_end(rb);
		rb->in_table = 0;
		rb->want_blank = 1;
		break;
	case T_TR:
		if (f->flat) {
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		rb_cell_end(rb);
		rb->row_open = 0;
		break;
	case T_TD:
	case T_TH:
		if (f->flat) {
			rb->space = 1, rb->space_attr = 0;
			break;
		}
		if (tag == T_TH)
			rb->bold--;
		rb_cell_end(rb);
		if (tag == T_TH && rb->nrows > 0) {
			struct rrow *row = &rb->rows[rb->nrows - 1];

			row->cells[row->ncells - 1].header = 1;
		}
		break;
	case T_B:
		rb->bold--;
		break;
	case T_I:
		rb->italic--;
		break;
	case T_U:
		rb->underline--;
		break;
	case T_CODE:
		rb->code--;
		break;
	case T_Q:
		v = rd_utf8_locale() ? "”" : "\"";
		rb_raw(rb, v, strlen(v), rb_attr(rb));
		break;
	case T_A:
		if (f->flat)
			break;
		snprintf(buf, sizeof buf, "[%d]", f->save);
		rb_raw(rb, buf, strlen(buf), RA_LINKREF);
		rb->link = 0;
		break;
	default:
		break;
	}
}

/*
 * The text node the characters so far make ends.  The tree held them
 * NUL-terminated, so a NUL ended the text the walk saw (rd_html_input drops
 * NUL bytes and libxml2 makes &#0; nothing or U+FFFD; cheap to be sure
 * of).
 */
static void
rb_run_end(struct rb *rb)
{
	const char *s, *nul;
	size_t len;

	if (rb->run_type == 0)
		return;
	rb->run_type = 0;
	s = buf_str(&rb->run);
	len = rb->run.len;
	if ((nul = memchr(s, '\0', len)) != NULL)
		len = (size_t)(nul - s);
	rb_text(rb, s, len);
	buf_reset(&rb->run);
}

/*
 * The local name the tree builder gives an element (xmlSplitQName):
 * "o:p" is a "p", "a:b:c" a "b:c"; a name that starts or ends with its
 * first colon stays whole.
 */
static const char *
rb_local_name(const char *name)
{
	const char *c;

	if (name[0] == ':' || (c = strchr(name, ':')) == NULL ||
	    c[1] == '\0')
		return name;
	return c + 1;
}

/*
 * startElement.  As the tree builder would: an element starting at the
 * top (after the root ended) goes under the first of the document's
 * children if that is an element, else beside it; one more node than
 * RENDER_STOP_DEPTH open stops the parser and nothing from there on is
 * rendered.  As the walk did: elements
 * deeper than RENDER_MAX_DEPTH are not rendered, nor what they hold.
 */
static void
rb_sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct rb *rb = ctx;
	size_t open = rb->nframes + rb->skip;

	if (rb->stopped)
		return;
	rb_run_end(rb);
	rb->pre_lf = 0;
	if (open > RENDER_STOP_DEPTH) {
		rb->stopped = 1;
		xmlStopParser(rb->ctxt);
		return;
	}
	if (open == 0) {
		if (rb->root == ROOT_NONE) {
			rb->root = ROOT_ELEMENT;
			rb->shift = 0;
		} else
			rb->shift = rb->root == ROOT_ELEMENT;
	}
	if (rb->skip > 0) {
		rb->skip++;
		return;
	}
	if (rb->shift + rb->nframes > RENDER_MAX_DEPTH) {
		rb->skip = 1;
		return;
	}
	rb_open(rb, rb_local_name((const char *)name), atts);
}

static void
rb_sax_end(void *ctx, const xmlChar *name)
{
	struct rb *rb = ctx;

	(void)name;
	if (rb->stopped)
		return;
	rb_run_end(rb);
	rb->pre_lf = 0;
	if (rb->skip > 0)
		rb->skip--;
	else if (rb->nframes > 0) {
		rb->nframes--;
		rb_close(rb, &rb->frames[rb->nframes]);
	}
}

/*
 * Characters come in pieces (at most about 1000 bytes, split at entity
 * references); the tree joined consecutive ones into one text node (or
 * CDATA node, for <script> and <style>), which the walk rendered with one
 * rb_text().  With no element open the tree builder dropped them.
 */
static void
rb_sax_text(struct rb *rb, const xmlChar *ch, int len, int type)
{
	/* HTML drops a LF that is the very next token after <pre>. */
	if (rb->pre_lf) {
		rb->pre_lf = 0;
		if (type == XML_TEXT_NODE && len > 0 && ch[0] == '\n') {
			ch++;
			len--;
		}
	}
	if (rb->stopped || rb->skip > 0 || rb->nframes == 0 ||
	    rb->shift + rb->nframes > RENDER_MAX_DEPTH)
		return;
	if (rb->run_type != type)
		rb_run_end(rb);
	rb->run_type = type;
	if (len <= 0)
		return;
	buf_add(&rb->run, ch, (size_t)len);
}

static void
rb_sax_chars(void *ctx, const xmlChar *ch, int len)
{
	rb_sax_text(ctx, ch, len, XML_TEXT_NODE);
}

static void
rb_sax_cdata(void *ctx, const xmlChar *ch, int len)
{
	rb_sax_text(ctx, ch, len, XML_CDATA_SECTION_NODE);
}

/* A comment or processing instruction: a node the walk passed over. */
static void
rb_sax_node(struct rb *rb)
{
	if (rb->stopped)
		return;
	rb_run_end(rb);
	rb->pre_lf = 0;
	if (rb->nframes + rb->skip == 0 && rb->root == ROOT_NONE)
		rb->root = ROOT_OTHER;
}

static void
rb_sax_comment(void *ctx, const xmlChar *value)
{
	(void)value;
	rb_sax_node(ctx);
}

static void
rb_sax_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	(void)target;
	(void)data;
	rb_sax_node(ctx);
}

/*
 * A DOCTYPE, wherever it comes: the tree builder put the DTD first among
 * the document's children, replacing any earlier one; the text node being
 * built goes on.
 */
static void
rb_sax_doctype(void *ctx, const xmlChar *name, const xmlChar *id,
    const xmlChar *uri)
{
	struct rb *rb = ctx;

	(void)name;
	(void)id;
	(void)uri;
	rb->pre_lf = 0;
	if (!rb->stopped)
		rb->root = ROOT_OTHER;
}

/*
 * Without HTML_PARSE_NOBLANKS blank text goes to characters(); anything
 * coming here the tree builder's ignorableWhitespace() dropped.
 */
static void
rb_sax_blank(void *ctx, const xmlChar *ch, int len)
{
	struct rb *rb = ctx;

	(void)ch;
	(void)len;
	rb->pre_lf = 0;
}

static const htmlSAXHandler rb_sax = {
	.internalSubset = rb_sax_doctype,
	.startElement = rb_sax_start,
	.endElement = rb_sax_end,
	.characters = rb_sax_chars,
	.ignorableWhitespace = rb_sax_blank,
	.processingInstruction = rb_sax_pi,
	.comment = rb_sax_comment,
	.cdataBlock = rb_sax_cdata,
	.initialized = 1,
};

/*
 * Parse with our handler in place of the tree builder's, through the
 * public HTML API of every version: htmlNewSAXParserCtxt (2.11) or, on
 * older ones, a context whose handler we replace, then
 * htmlCtxtReadMemory with the encoding forced to UTF-8.
 */
static void
rb_parse(struct rb *rb, const char *html, size_t len)
{
	htmlParserCtxtPtr ctxt;
	htmlDocPtr doc;
	struct rframe frames[RENDER_MAX_DEPTH + 1];
	char *copy;

	xmlInitParser();
#if LIBXML_VERSION >= 21100
	ctxt = htmlNewSAXParserCtxt(&rb_sax, rb);
#else
	if ((ctxt = htmlNewParserCtxt()) != NULL) {
		memcpy(ctxt->sax, &rb_sax, sizeof rb_sax);
		ctxt->userData = rb;
	}
#endif
	if (ctxt == NULL)
		return;
	html = rd_html_input(html, &len, &copy);
	rb->ctxt = ctxt;
	rb->frames = frames;
	/* Room for most text nodes, grown once instead of doubling. */
	buf_grow(&rb->run, 1023);
	doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_RECOVER);
	if (doc != NULL)	/* none without a startDocument handler */
		xmlFreeDoc(doc);
	htmlFreeParserCtxt(ctxt);
	rb->ctxt = NULL;
	free(copy);

	/* The walk ended every element, stopped or not. */
	rb->stopped = 0;
	rb_run_end(rb);
	while (rb->nframes > 0) {
		rb->nframes--;
		rb_close(rb, &rb->frames[rb->nframes]);
	}
	rb->frames = NULL;
	rb->skip = 0;
	buf_free(&rb->run);
}

/*
 * Plain text: lines kept; a run of lines with the same '>' depth is one
 * block (lines joined by '\n'); empty lines separate paragraphs.
 */
static void
rb_plain(struct rb *rb, const char *s, size_t len)
{
	size_t i = 0, eol, j, k, start;
	int level, empty;

	while (i < len) {
		for (eol = i; eol < len && s[eol] != '\n'; eol++)
			/* nothing */;
		j = i;
		level = 0;
		/* Mail quoting: ">", "> >", ">>" all count. */
		for (k = j; k < eol; k++) {
			if (s[k] == '>') {
				level++;
				j = k + 1;
			} else if (s[k] != ' ' || level == 0)
				break;
		}
		if (level > 0 && j < eol && s[j] == ' ')
			j++;
		k = eol;
		while (k > j && (s[k - 1] == '\r' || s[k - 1] == ' ' ||
		    s[k - 1] == '\t'))
			k--;
		empty = k == j;
		if (empty || level != rb->quote)
			rb_flush(rb);
		if (empty)
			rb->want_blank = 1;
		rb->quote = level;
		if (!empty) {
			if (rb->text.len > 0)
				buf_addc(&rb->text, '\n');
			rb->pre_col = 0;
			start = rb->text.len;
			rd_sanitize_buf(&rb->text, s + j, k - j, RS_PRE,
			    &rb->pre_col);
			rb_plain_links(rb, start);
		}
		i = eol + 1;
	}
	rb_flush(rb);
}

/*
 * Plain text has no anchors: number the http(s) URLs in the text added
 * since start, marking them RA_LINK (no inline "[n]": the text is the
 * author's), so the link list and "open link n" work as for HTML.
 */
static void
rb_plain_links(struct rb *rb, size_t start)
{
	char *t = rb->text.data, *p, *q, *url;
	size_t end = rb->text.len, a, b;
	int n;

	while (start < end) {
		p = strstr(t + start, "http");
		if (p == NULL || (size_t)(p - t) >= end)
			return;
		a = (size_t)(p - t);
		if (strncmp(p, "http://", 7) != 0 &&
		    strncmp(p, "https://", 8) != 0) {
			start = a + 4;
			continue;
		}
		for (q = p; (size_t)(q - t) < end && *q != ' ' && *q != '\n' &&
		    *q != '<' && *q != '>' && *q != '"'; q++)
			/* nothing */;
		/* Sentence punctuation after a URL is not part of it. */
		while (q > p && strchr(".,;:!?)]'", q[-1]) != NULL)
			q--;
		b = (size_t)(q - t);
		if (b - a > 8 && rb->doc->nlinks < RENDER_MAX_LINKS) {
			url = xstrndup(p, b - a);
			n = rb_link_add(rb, url);
			free(url);
			rb_span(rb, a, b, RA_LINK, n);
		}
		start = b > a ? b : a + 4;
	}
}

static void
rb_linklist(struct rb *rb)
{
	struct rdoc *d = rb->doc;
	size_t i;
	char *s;

	if (d->nlinks == 0)
		return;
	rb_flush(rb);
	rb->quote = 0;
	rb->want_blank = 1;
	rb->bold++;
	rb_text(rb, _("Links:"), strlen(_("Links:")));
	rb->bold--;
	rb_flush(rb);
	for (i = 0; i < d->nlinks; i++) {
		s = xasprintf("[%zu] ", i + 1);
		rb_raw(rb, s, strlen(s), RA_LINKREF);
		free(s);
		rb->link = (int)i + 1;
		rb_raw(rb, d->links[i], strlen(d->links[i]), RA_LINK);
		rb->link = 0;
		rb_flush(rb);
	}
}

int
render_html(const char *html, size_t len, int flags, struct rdoc **out)
{
	return render_html_base(html, len, flags, NULL, out);
}

int
render_html_base(const char *html, size_t len, int flags, const char *base,
    struct rdoc **out)
{
	struct rb rb;

	memset(&rb, 0, sizeof rb);
	rb.doc = xcalloc(1, sizeof *rb.doc);
	rb.flags = flags;
	rb.base = base;
	if (html == NULL)
		len = 0;
	if (len > RENDER_MAX_INPUT)
		len = RENDER_MAX_INPUT;
	if (flags & RENDER_TEXT)
		rb_plain(&rb, html, len);
	else if (len > 0) {
		rb_parse(&rb, html, len);
		rb_flush(&rb);
	}
	if (flags & RENDER_LINKLIST)
		rb_linklist(&rb);
	/* Never end on a blank line. */
	while (rb.doc->nblocks > 0 &&
	    rb.doc->blocks[rb.doc->nblocks - 1].kind == RB_BLANK) {
		rb.doc->nblocks--;
		free(rb.doc->blocks[rb.doc->nblocks].text);
	}
	buf_free(&rb.text);
	free(rb.spans);
	free(rb.marker);
	*out = rb.doc;
	return 0;
}

void
rdoc_free(struct rdoc **docp)
{
	struct rdoc *d;
	size_t i;

	if (docp == NULL || (d = *docp) == NULL)
		return;
	for (i = 0; i < d->nblocks; i++) {
		free(d->blocks[i].text);
		free(d->blocks[i].marker);
		free(d->blocks[i].spans);
	}
	free(d->blocks);
	for (i = 0; i < d->nlinks; i++)
		free(d->links[i]);
	free(d->links);
	free(d);
	*docp = NULL;
}
