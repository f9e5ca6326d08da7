/*
 * html-block: elements and blocks.  The table of element classes,
 * rb_open() and rb_close() (what each element does at its start and its
 * end), and rb_flush()/rb_break(), which end the block being built.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/lib.h"
#include "render/lib.h"
#include "render/render-int.h"
#include "render/html-int.h"

static void	 rb_break(struct rb *, int);
static void	 rb_add_block(struct rb *, struct rblock *);
static int	 rb_src_ok(const char *);
static void	 rb_marker_add(struct rb *, int, int, const char *);

/*
 * A boundary that cannot end a block (in a table cell, around a list or
 * table flattened into the text, a <br> with nothing before it) is a
 * space, with none of the attributes of the text around it.
 */
static inline void
rb_space(struct rb *rb)
{
	rb->space = 1;
	rb->space_attr = 0;
}


static const struct {
	const char	*name;
	enum rtag	 tag;
} rtags[] = {
	{ "a", T_A }, { "address", T_DIV }, { "article", T_SECTION },
	{ "aside", T_SECTION }, { "audio", T_AUDIO }, { "b", T_B },
	{ "blockquote", T_BLOCKQUOTE }, { "br", T_BR }, { "button", T_SKIP },
	{ "canvas", T_SKIP }, { "caption", T_CAPTION }, { "center", T_DIV },
	{ "cite", T_I }, { "code", T_CODE }, { "dd", T_DD },
	{ "details", T_SECTION }, { "dfn", T_I }, { "div", T_DIV },
	{ "dl", T_DL }, { "dt", T_DT }, { "em", T_I },
	{ "embed", T_SKIP }, { "figcaption", T_DIV }, { "figure", T_SECTION },
	{ "footer", T_SECTION }, { "form", T_DIV }, { "h1", T_H },
	{ "h2", T_H }, { "h3", T_H }, { "h4", T_H }, { "h5", T_H },
	{ "h6", T_H }, { "head", T_SKIP }, { "header", T_SECTION },
	{ "hr", T_HR }, { "i", T_I }, { "iframe", T_IFRAME }, { "img", T_IMG },
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
	{ "u", T_U }, { "ul", T_UL }, { "var", T_I }, { "video", T_VIDEO },
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
void
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
		rb_space(rb);
		return;
	}
	rb_flush(rb);
	if (blank)
		rb->want_blank = 1;
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

/* A src worth a number: not empty, not a data: URI (its bytes are the
   picture, no address to open). */
static int
rb_src_ok(const char *v)
{
	if (v == NULL)
		return 0;
	while (IS_WS(*v))
		v++;
	return *v != '\0' && *v != '#' && strncasecmp(v, "data:", 5) != 0;
}

/*
 * The marker of an image, a video, an audio or an iframe: "[image 3:
 * alt]", "[video 4]" as newsboat writes them, num its link's number (0:
 * none, "[image: alt]").  Inside an anchor it is that link's text too.
 */
static void
rb_marker_add(struct rb *rb, int kind, int num, const char *label)
{
	const char *name;
	char *s;

	switch (kind) {
	case RL_IMAGE:
		name = _("image");
		break;
	case RL_VIDEO:
		name = _("video");
		break;
	case RL_AUDIO:
		name = _("audio");
		break;
	default:
		name = _("iframe");
		break;
	}
	if (label != NULL && *label == '\0')
		label = NULL;
	if (num > 0 && label != NULL)
		s = xasprintf("[%s %d: %s]", name, num, label);
	else if (num > 0)
		s = xasprintf("[%s %d]", name, num);
	else if (label != NULL)
		s = xasprintf("[%s: %s]", name, label);
	else
		s = xasprintf("[%s]", name);
	rb_raw(rb, s, strlen(s), RA_IMAGE | (rb->link ? RA_LINK : 0));
	free(s);
}

/*
 * A <video> or <audio> (kind) named by src: its marker, once.  Called
 * at the element with its src and for each <source> inside until one has
 * a src (rb_media_end: none had, "[video]").
 */
void
rb_media(struct rb *rb, int kind, const char *src)
{
	if (rb->media != kind)
		return;
	if (rb_src_ok(src) && rb->doc->nlinks < RENDER_MAX_LINKS) {
		rb_marker_add(rb, kind, rb_link_add(rb, src, kind), NULL);
		rb->media = 0;
	}
}

/* An element inside an open <video>/<audio>: a <source> may name it. */
void
rb_media_child(struct rb *rb, const char *name, const xmlChar **atts)
{
	if (strcasecmp(name, "source") == 0)
		rb_media(rb, rb->media, rb_prop(atts, "src"));
}

/* The end of a <video>/<audio> that named nothing. */
void
rb_media_end(struct rb *rb)
{
	if (rb->media == 0)
		return;
	rb_marker_add(rb, rb->media, 0, NULL);
	rb->media = 0;
}

/*
 * An element starts: what the walk of the tree did before walking its
 * children.  Elements whose children are not rendered (T_SKIP, and <br>,
 * <hr> and <img> once rendered) start a skipped subtree; the others get
 * a frame for rb_close().
 */
void
rb_open(struct rb *rb, const char *name, const xmlChar **atts)
{
	enum rtag tag = rtag_find(name);
	struct rframe *f;
	struct rlist *l;
	const char *v;
	int num;

	switch (tag) {
	case T_SKIP:
		rb->skip = 1;
		return;
	case T_BR:
		rb->skip = 1;
		if (rb->in_cell || !(rb->pre || rb->text.len > 0)) {
			rb_space(rb);
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
	case T_IFRAME:
		rb->skip = 1;
		v = rb_prop(atts, "src");
		num = rb_src_ok(v) && rb->doc->nlinks < RENDER_MAX_LINKS ?
		    rb_link_add(rb, v, tag == T_IMG ?
		    RL_IMAGE : RL_IFRAME) : 0;
		rb_marker_add(rb, tag == T_IMG ? RL_IMAGE : RL_IFRAME, num,
		    rb_prop(atts, tag == T_IMG ? "alt" : "title"));
		return;
	case T_VIDEO:
	case T_AUDIO:
		/* the fallback inside is for browsers that cannot play it;
		   only a <source> child is looked at (rb_media) */
		rb->skip = 1;
		rb->media = tag == T_VIDEO ? RL_VIDEO : RL_AUDIO;
		rb_media(rb, rb->media, rb_prop(atts, "src"));
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
			rb_space(rb);
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
			rb_space(rb);
			break;
		}
		rb_break(rb, 1);
		rb->in_table = 1;
		break;
	case T_TR:
		if (!rb->in_table || rb->in_cell) {
			f->flat = 1;
			rb_space(rb);
			break;
		}
		rb->row_open = 0;
		break;
	case T_TD:
	case T_TH:
		if (!rb->in_table || rb->in_cell || (rb->row_open &&
		    rb->rows[rb->nrows - 1].ncells >= RENDER_MAX_CELLS)) {
			f->flat = 1;
			rb_space(rb);
			break;
		}
		/* Text before the first cell (stray) becomes its own block. */
		rb_flush(rb);
		rb->in_cell = 1;
		rb->space = 0;
		v = rb_prop(atts, "colspan");
		rb->cell_span = v != NULL ? atoi(v) : 1;
		if (rb->cell_span < 1)
			rb->cell_span = 1;
		if (rb->cell_span > RENDER_MAX_COLSPAN)
			rb->cell_span = RENDER_MAX_COLSPAN;
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
		f->save = rb_link_add(rb, v, RL_LINK);
		rb->link = f->save;
		break;
	default:
		break;
	}
}

/* An element ends: what the walk did after its children. */
void
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
			rb_space(rb);
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
			rb_space(rb);
			break;
		}
		rb_table_end(rb);
		rb->in_table = 0;
		rb->want_blank = 1;
		break;
	case T_TR:
		if (f->flat) {
			rb_space(rb);
			break;
		}
		rb_cell_end(rb);
		rb->row_open = 0;
		break;
	case T_TD:
	case T_TH:
		if (f->flat) {
			rb_space(rb);
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
