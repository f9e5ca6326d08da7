/*
 * view-article: one article, and the list of its quotations.
 *
 * The article is a header (feed, title, author, date, link) over the body
 * rendered once by render_html() into blocks and laid out by rdoc_layout()
 * for the current width; a resize lays the same blocks out again and keeps
 * the line at the top in view.  Quotations come from quote_find() over the
 * same blocks, so their (block, byte) positions survive every relayout:
 * each line is drawn as runs of bytes with one attribute each, built from
 * the renderer's spans (bold, links) and the quotes crossing the line
 * (speech `quote`, terms `quote-term`, block levels `quoted1..3`).  The
 * speaker of a run of speech quotes is a dim note written into the text
 * after the run (model_quotes_notes), so it wraps with it.  ' and " walk the quotes; the quotes view (w) lists them speaker
 * first and jumps back.
 */
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "model/quotes.h"
#include "quote/lib.h"
#include "render/lib.h"
#include "tui/tui-int.h"

struct hline {
	char		*text;		/* sanitised */
	enum config_element elem;
	int		 wrap;		/* wrapped under a label this wide */
};

struct varticle {
	int64_t		 id;
	struct model_article art;
	int		 loaded;
	struct hline	*lhead;		/* the header as built */
	size_t		 nlhead;
	struct hline	*head;		/* as shown: the title wrapped */
	size_t		 nhead;
	struct rdoc	*doc;
	struct rlines	*rl;
	struct tui_img_row *irows;	/* per line of rl: pictures' rows */
	unsigned	 img_gen;	/* tui_images_gen() laid out with */
	int		 width;		/* laid out for */
	size_t		 top;		/* first line shown (header + body) */
	int		 h;		/* body rows at the last draw */
	struct quote	*quotes;
	size_t		 nquotes;
	long		 cur_quote;	/* -1 = none picked */
	int		 jump_pending;	/* picked before the first layout */
	size_t		*qline;		/* first screen line of each quote */
	char	       **words;		/* search words to mark, when opened
					   from a search */
	size_t		 nwords;
	int		 source;	/* toggle-source-view: the raw text */
};

static void	art_title(struct view *v, struct buf *b);
static void	art_draw(struct view *v, int y, int h, int w);
static int	art_action(struct view *v, enum action a, int count);
static void	art_changed(struct view *v);
static void	art_free(struct view *v);
static void	art_load(struct varticle *a);
static void	art_body(struct varticle *a);
static void	art_head_add(struct varticle *a, enum config_element e,
		    const char *label, const char *value);
static void	art_layout(struct varticle *a, int w);
static void	art_head_wrap(struct varticle *a, int w);
static size_t	art_nlines(const struct varticle *a);
static void	art_draw_line(struct varticle *a, size_t li, int y, int w);
static int	art_over(int base, enum config_element e);
static void	art_scroll(struct varticle *a, long delta);
static void	art_words(struct varticle *a, const char *search);
static void	art_mark_words(const struct varticle *a, const char *text,
		    size_t from, size_t len, int *attr);
static void	art_quote_jump(struct varticle *a, long i);
static void	art_quote_step(struct varticle *a, int dir);
static struct view *art_quotes_new(struct view *article);

static const struct view_ops art_ops = {
	.name = "article",
	.title = art_title,
	.draw = art_draw,
	.action = art_action,
	.changed = art_changed,
	.free = art_free,
};

static void
art_head_add(struct varticle *a, enum config_element e, const char *label,
    const char *value)
{
	char *clean, *line;

	if (value == NULL || *value == '\0')
		return;
	clean = text_clean(value);
	line = xasprintf("%s%s", label, clean);
	free(clean);
	a->lhead = xreallocarray(a->lhead, a->nlhead + 1, sizeof *a->lhead);
	a->lhead[a->nlhead].text = line;
	a->lhead[a->nlhead].elem = e;
	a->lhead[a->nlhead].wrap = 0;
	a->nlhead++;
	art_head_wrap(a, 0);
}

/* The header as shown at width w (0: unwrapped): the title's words
 * wrapped by the renderer's layout, under its label. */
static void
art_head_wrap(struct varticle *a, int w)
{
	struct rdoc *doc;
	struct rlines *rl;
	struct hline *h;
	size_t i, k;
	const char *t;

	for (i = 0; i < a->nhead; i++)
		free(a->head[i].text);
	free(a->head);
	a->head = NULL;
	a->nhead = 0;
	for (i = 0; i < a->nlhead; i++) {
		h = &a->lhead[i];
		rl = NULL;
		doc = NULL;
		t = h->text + strlen(h->text);
		if (h->wrap > 0 && w > h->wrap + 10 && text_width(h->text) > w) {
			t = h->text;
			while (text_widthn(h->text, (size_t)(t - h->text)) <
			    h->wrap && *t != '\0')
				t++;
			render_html(t, strlen(t), RENDER_TEXT, &doc);
			if (doc != NULL)
				rdoc_layout(doc, w - h->wrap, &rl);
		}
		if (rl == NULL || rl->nlines == 0) {
			a->head = xreallocarray(a->head, a->nhead + 1,
			    sizeof *a->head);
			a->head[a->nhead] = *h;
			a->head[a->nhead++].text = xstrdup(h->text);
		} else
			for (k = 0; k < rl->nlines; k++) {
				a->head = xreallocarray(a->head, a->nhead + 1,
				    sizeof *a->head);
				a->head[a->nhead] = *h;
				a->head[a->nhead++].text = k == 0 ?
				    xasprintf("%.*s%s", (int)(t - h->text),
				    h->text, rl->lines[k].text) :
				    xasprintf("%*s%s", h->wrap, "",
				    rl->lines[k].text);
			}
		rlines_free(&rl);
		rdoc_free(&doc);
	}
}

static void
art_head_enc(void *arg, const char *label, const char *value)
{
	art_head_add(arg, CE_TITLE, label, value);
}

/* Fetch, render and find the quotes; marks the article read. */
static void
art_load(struct varticle *a)
{
	const char *enc, *title;
	char **head;
	size_t n, i;

	if (model_article_get(tui.m, a->id, &a->art) != 0) {
		art_head_add(a, CE_ERROR, "", _("This article is gone."));
		return;
	}
	a->loaded = 1;
	n = tui_article_head(&a->art, &head);
	enc = _("Enclosure: ");
	title = _("Title: ");
	for (i = 0; i < n; i++) {
		/* the enclosures come below, each with its type and size */
		if (strncmp(head[i], enc, strlen(enc)) != 0)
			art_head_add(a, CE_TITLE, "", head[i]);
		/* the title wraps, under its label */
		if (strncmp(head[i], title, strlen(title)) == 0 &&
		    a->nlhead > 0)
			a->lhead[a->nlhead - 1].wrap = text_width(title);
		free(head[i]);
	}
	free(head);
	tui_enclosures_head(a->id, art_head_enc, a);
	a->lhead = xreallocarray(a->lhead, a->nlhead + 1, sizeof *a->lhead);
	a->lhead[a->nlhead].text = xstrdup("");
	a->lhead[a->nlhead].elem = CE_ARTICLE;
	a->lhead[a->nlhead].wrap = 0;
	a->nlhead++;
	art_head_wrap(a, a->width);
	art_body(a);
	if (a->art.row.unread && tui_done(model_set_unread(tui.m, a->id, 0))) {
		a->art.row.unread = 0;
		tui.dirty = 1;
	}
}

/* The body (again): rendered, or the source; quotes only in the first. */
static void
art_body(struct varticle *a)
{
	rlines_free(&a->rl);
	FREE(&a->irows);
	rdoc_free(&a->doc);
	quote_free(&a->quotes, a->nquotes);
	a->nquotes = 0;
	a->cur_quote = -1;
	free(a->qline);
	a->qline = NULL;
	tui_article_doc(&a->art, a->source, &a->doc);
	if (a->source)
		return;
	/* the same finder over the same blocks as the quote index uses */
	if (tui.set.cfg->highlight_quotes && a->doc != NULL &&
	    model_quotes_rdoc(a->doc, &a->quotes, &a->nquotes) != 0) {
		a->quotes = NULL;
		a->nquotes = 0;
	}
	/* speaker notes are text of the blocks, wrapped with the rest */
	model_quotes_notes(a->doc, a->quotes, a->nquotes);
}

/* The words of a full-text search, without quotes and stars. */
static void
art_words(struct varticle *a, const char *search)
{
	a->nwords = tui_search_words(search, &a->words);
}

/* Mark the search words found in text[from, len) (ASCII case folded). */
static void
art_mark_words(const struct varticle *a, const char *text, size_t from,
    size_t len, int *attr)
{
	size_t i, k, j, wl;

	for (k = 0; k < a->nwords; k++) {
		wl = strlen(a->words[k]);
		for (i = from; i + wl <= len; i++) {
			if (strncasecmp(text + i, a->words[k], wl) != 0)
				continue;
			for (j = i; j < i + wl; j++)
				attr[j] = art_over(attr[j], CE_SEARCH_MATCH);
			i += wl - 1;
		}
	}
}

struct view *
view_article_new(int64_t id)
{
	struct varticle *a = xcalloc(1, sizeof *a);

	a->id = id;
	a->cur_quote = -1;
	art_words(a, view_articles_search(tui.top));
	art_load(a);
	return view_new(&art_ops, a, NULL);
}

int64_t
view_article_id(const struct view *v)
{
	return view_is_article(v) ? ((const struct varticle *)v->data)->id :
	    0;
}

int
view_is_article(const struct view *v)
{
	return v != NULL && v->ops == &art_ops;
}

void
view_article_open(int64_t id)
{
	if (!tui_pager_show(id))
		tui_push(view_article_new(id));
}

const struct rdoc *
view_article_doc(const struct view *v)
{
	return ((const struct varticle *)v->data)->doc;
}

static size_t
art_nlines(const struct varticle *a)
{
	return a->nhead + (a->rl != NULL ? a->rl->nlines : 0);
}

/* Lay the body out for width w (the text-width option caps it), keeping
 * the top line's text in view. */
static void
art_layout(struct varticle *a, int w)
{
	size_t block = 0, off = 0, line, i;
	int anchored = 0, col;

	if (tui.set.cfg->text_width > 0 && tui.set.cfg->text_width < w)
		w = tui.set.cfg->text_width;
	if (a->rl != NULL && a->width == w && a->img_gen == tui_images_gen())
		return;
	if (a->rl != NULL && a->top >= a->nhead &&
	    a->top - a->nhead < a->rl->nlines) {
		block = a->rl->lines[a->top - a->nhead].block;
		off = a->rl->lines[a->top - a->nhead].start;
		anchored = 1;
	}
	rlines_free(&a->rl);
	FREE(&a->irows);
	art_head_wrap(a, w);
	if (a->doc == NULL)
		return;
	rdoc_layout(a->doc, w, &a->rl);
	a->width = w;
	a->img_gen = tui_images_gen();
	if (!a->source)
		tui_images_layout(a->doc, a->rl, w, &a->irows);
	if (anchored && rlines_locate(a->rl, block, off, &line, &col) == 0)
		a->top = a->nhead + line;
	free(a->qline);
	a->qline = xcalloc(a->nquotes + 1, sizeof *a->qline);
	for (i = 0; i < a->nquotes; i++) {
		if (rlines_locate(a->rl, a->quotes[i].para_start,
		    a->quotes[i].mark_start, &line, &col) == 0)
			a->qline[i] = a->nhead + line;
	}
}

/* base with element e on top: e's colour replaces base's, attributes add. */
static int
art_over(int base, enum config_element e)
{
	int ea = theme_attr(e);

	if (ea & A_COLOR)
		return (base & ~A_COLOR) | ea;
	return base | ea;
}

/* Draw body or header line li at row y. */
static void
art_draw_line(struct varticle *a, size_t li, int y, int w)
{
	const struct rline *l;
	const struct quote *q;
	size_t len, i, k, qs, qe, from, to, blen;
	int *attr, base, x, lvl;
	enum config_element e;

	if (li < a->nhead) {
		text_put(y, 0, w, a->head[li].text,
		    theme_attr(a->head[li].elem), 1);
		return;
	}
	if (a->irows != NULL && a->irows[li - a->nhead].image != 0) {
		/* within the text's width, as the lines around */
		tui_images_draw(a->doc, &a->irows[li - a->nhead], y,
		    a->width < w ? a->width : w, 1, 1 + a->h);
		return;
	}
	l = &a->rl->lines[li - a->nhead];
	len = strlen(l->text);
	base = theme_attr(CE_ARTICLE);
	if (l->quote > 0) {
		lvl = l->quote > 3 ? 3 : l->quote;
		base = art_over(base, CE_QUOTED1 + (lvl - 1));
	}
	attr = xcalloc(len + 1, sizeof *attr);
	for (i = 0; i < len; i++)
		attr[i] = base;
	for (k = 0; k < l->nspans; k++) {
		for (i = l->spans[k].start; i < l->spans[k].end && i < len;
		    i++) {
			if (l->spans[k].attr & RA_BOLD)
				attr[i] |= A_BOLD;
			if (l->spans[k].attr & RA_UNDERLINE)
				attr[i] |= A_UNDERLINE;
#ifdef A_ITALIC
			if (l->spans[k].attr & RA_ITALIC)
				attr[i] |= A_ITALIC;
#endif
			if (l->spans[k].attr & (RA_LINK | RA_LINKREF))
				attr[i] = art_over(attr[i], CE_LINK);
			if (l->spans[k].attr & RA_IMAGE)
				attr[i] |= A_DIM;
			if (l->spans[k].attr & RA_NOTE)
				attr[i] = theme_attr(CE_SPEAKER) | A_DIM;
		}
	}
	/* quotes crossing this line, outer before inner */
	for (k = 0; k < a->nquotes; k++) {
		q = &a->quotes[k];
		/* block quotes are coloured by level, line by line; only the
		 * one picked with ' or the quotes view is marked here */
		if (q->kind == QUOTE_BLOCK && (long)k != a->cur_quote)
			continue;
		if (l->block < q->para_start || l->block > q->para_end)
			continue;
		blen = a->doc->blocks[l->block].len;
		qs = l->block == q->para_start ? q->mark_start : 0;
		qe = l->block == q->para_end ? q->mark_end : blen;
		from = qs > l->start ? qs : l->start;
		to = qe < l->end ? qe : l->end;
		e = q->kind == QUOTE_SPEECH ? CE_QUOTE : CE_QUOTE_TERM;
		for (i = from; i < to; i++) {
			x = (int)(l->prefix_len + (i - l->start));
			if ((size_t)x < len) {
				if (q->kind != QUOTE_BLOCK)
					attr[x] = art_over(attr[x], e);
				if ((long)k == a->cur_quote)
					attr[x] |= A_REVERSE;
			}
		}
	}
	if (l->prefix_len < len)
		tui_highlight_mark(TUI_HL_ARTICLE, l->text + l->prefix_len,
		    len - l->prefix_len, attr + l->prefix_len);
	art_mark_words(a, l->text, l->prefix_len, len, attr);
	/* runs of equal attribute */
	x = 0;
	for (i = 0; i < len && x < w; i = k) {
		for (k = i + 1; k < len && attr[k] == attr[i]; k++)
			;
		x += text_putn(y, x, w - x, l->text + i, k - i, attr[i], 0);
	}
	if (x < w)
		text_put(y, x, w - x, "", theme_attr(CE_ARTICLE), 1);
	free(attr);
}

static void
art_title(struct view *v, struct buf *b)
{
	struct varticle *a = v->data;
	size_t n = art_nlines(a);
	int pct;

	if (tui_title_expand(v, b, a->art.row.title, -1, -1))
		return;

	pct = n == 0 ? 100 : (int)((a->top + (size_t)(a->h > 0 ? a->h : 0)) *
	    100 / n);
	if (pct > 100)
		pct = 100;
	if (!tui.set.cfg->display_article_progress)
		buf_adds(b, a->source ? _("Article source") : _("Article"));
	else
		buf_printf(b, a->source ? _("Article source (%d%%)") :
		    _("Article (%d%%)"), pct);
	if (a->art.row.starred)
		buf_adds(b, " *");
	if (a->nquotes > 0)
		buf_printf(b, _(" - %zu quotes"), a->nquotes);
}

static void
art_draw(struct view *v, int y, int h, int w)
{
	struct varticle *a = v->data;
	size_t n, i;
	int row;

	a->h = h;
	art_layout(a, w);
	if (a->jump_pending) {
		a->jump_pending = 0;
		art_quote_jump(a, a->cur_quote);
	}
	n = art_nlines(a);
	if (a->top + (size_t)h > n)
		a->top = n > (size_t)h ? n - (size_t)h : 0;
	for (row = 0; row < h; row++) {
		i = a->top + (size_t)row;
		if (i < n)
			art_draw_line(a, i, y + row, w);
		else {
			move(y + row, 0);
			clrtoeol();
		}
	}
}

static void
art_scroll(struct varticle *a, long delta)
{
	size_t n = art_nlines(a), h = a->h > 0 ? (size_t)a->h : 1;
	size_t max = n > h ? n - h : 0;

	if (delta < 0)
		a->top = (size_t)-delta > a->top ? 0 : a->top + delta;
	else
		a->top = a->top + (size_t)delta > max ? max : a->top + delta;
}

/* Pick quote i and bring it into view (a little below the top). */
static void
art_quote_jump(struct varticle *a, long i)
{
	size_t line;

	if (i < 0 || (size_t)i >= a->nquotes)
		return;
	a->cur_quote = i;
	if (a->qline == NULL) {
		a->jump_pending = 1;
		return;
	}
	line = a->qline[i];
	if (line < a->top || line >= a->top + (size_t)(a->h > 0 ? a->h : 1))
		a->top = line > 2 ? line - 2 : 0;
}

static void
art_quote_step(struct varticle *a, int dir)
{
	long i;

	if (a->nquotes == 0) {
		tui_message(0, "%s", _("No quotations in this article"));
		return;
	}
	if (a->cur_quote < 0) {
		/* the first quote at or after the top of the screen */
		for (i = 0; i < (long)a->nquotes; i++) {
			if (a->qline == NULL || a->qline[i] >= a->top)
				break;
		}
		if (dir < 0)
			i--;
	} else
		i = a->cur_quote + dir;
	if (i < 0 || i >= (long)a->nquotes) {
		tui_message(0, "%s", dir > 0 ? _("No more quotations") :
		    _("No earlier quotations"));
		return;
	}
	art_quote_jump(a, i);
}

static int
art_action(struct view *v, enum action act, int count)
{
	struct varticle *a = v->data;
	size_t h = a->h > 1 ? (size_t)a->h - 1 : 1;
	struct view *uv;
	int64_t id;

	switch (act) {
	case A_ENQUEUE:
		tui_downloads_enqueue(a->id, count);
		return 1;
	case A_DOWN:
		art_scroll(a, 1);
		return 1;
	case A_UP:
		art_scroll(a, -1);
		return 1;
	case A_PGDN:
		art_scroll(a, (long)h);
		return 1;
	case A_PGUP:
		art_scroll(a, -(long)h);
		return 1;
	case A_HOME:
		a->top = 0;
		return 1;
	case A_END:
		art_scroll(a, (long)art_nlines(a));
		return 1;
	case A_OPEN:
		if (count <= 0)
			return 1;
		if (a->doc == NULL || (size_t)count > a->doc->nlinks) {
			tui_message(1, _("No link [%d]"), count);
			return 1;
		}
		browser_open(a->doc->links[count - 1]);
		return 1;
	case A_BROWSER:
		browser_open(a->art.row.link);
		return 1;
	case A_SHOW_URLS:
		if (a->loaded && !tui_url_viewer(&a->art, a->doc) &&
		    (uv = view_urls_new(a->doc, &a->art)) != NULL)
			tui_push(uv);
		return 1;
	case A_GOTO_URL:
		tui_goto_url(a->doc);
		return 1;
	case A_COPY_LINK:
		/* after a number that link; else the article's (global) */
		if (count <= 0)
			return 0;
		if (a->doc == NULL || (size_t)count > a->doc->nlinks)
			tui_message(1, _("No link [%d]"), count);
		else
			tui_copy_link(a->doc->links[count - 1]);
		return 1;
	case A_TOGGLE_SOURCE:
		if (!a->loaded)
			return 1;
		a->source = !a->source;
		art_body(a);
		a->width = 0;
		a->top = 0;
		return 1;
	case A_NEXT_UNREAD:
	case A_PREV_UNREAD:
		id = model_next_unread(tui.m, a->id,
		    act == A_NEXT_UNREAD ? 1 : -1);
		if (id > 0)
			tui_open_article(id);
		else if (id == 0)
			tui_message(0, "%s", _("No unread articles"));
		return 1;
	case A_NEXT:
	case A_PREV:
		id = 0;
		if (view_is_articles(v->below))
			id = view_articles_step(v->below, a->id,
			    act == A_NEXT ? 1 : -1);
		if (id > 0)
			tui_open_article(id);
		else
			tui_message(0, "%s", act == A_NEXT ?
			    _("No next article") : _("No previous article"));
		return 1;
	case A_TOGGLE_READ:
		if (!a->loaded)
			return 1;
		if (!tui_done(model_set_unread(tui.m, a->id,
		    !a->art.row.unread)))
			return 1;
		a->art.row.unread = !a->art.row.unread;
		tui_message(0, "%s", a->art.row.unread ?
		    _("Marked unread") : _("Marked read"));
		tui.dirty = 1;
		return 1;
	case A_STAR:
		if (!a->loaded)
			return 1;
		if (!tui_done(model_set_starred(tui.m, a->id,
		    !a->art.row.starred)))
			return 1;
		a->art.row.starred = !a->art.row.starred;
		tui_message(0, "%s", a->art.row.starred ? _("Starred") :
		    _("Unstarred"));
		tui.dirty = 1;
		return 1;
	case A_RELOAD:
		if (a->loaded)
			tui_reload(a->art.row.feed_id);
		return 1;
	case A_MARK_FEED_READ:
		if (a->loaded) {
			tui_done(model_mark_feed_read(tui.m,
			    a->art.row.feed_id));
			tui.dirty = 1;
		}
		return 1;
	case A_NEXT_QUOTE:
		art_quote_step(a, 1);
		return 1;
	case A_PREV_QUOTE:
		art_quote_step(a, -1);
		return 1;
	case A_QUOTES:
		if (a->nquotes == 0)
			tui_message(0, "%s", _("No quotations in this article"));
		else
			tui_push(art_quotes_new(v));
		return 1;
	default:
		return tui_tidy_article(v, act);
	}
}

static void
art_changed(struct view *v)
{
	(void)v;	/* the article itself does not change under us */
}

static void
art_free(struct view *v)
{
	struct varticle *a = v->data;
	size_t i;

	for (i = 0; i < a->nhead; i++)
		free(a->head[i].text);
	free(a->head);
	for (i = 0; i < a->nlhead; i++)
		free(a->lhead[i].text);
	free(a->lhead);
	rlines_free(&a->rl);
	free(a->irows);
	rdoc_free(&a->doc);
	quote_free(&a->quotes, a->nquotes);
	free(a->qline);
	for (i = 0; i < a->nwords; i++)
		free(a->words[i]);
	free(a->words);
	if (a->loaded)
		model_article_clear(&a->art);
	free(a);
}

void
view_article_find_quote(struct view *v, const char *text)
{
	struct varticle *a = v->data;
	size_t i;

	for (i = 0; i < a->nquotes; i++) {
		if (a->quotes[i].text != NULL &&
		    strcmp(a->quotes[i].text, text) == 0) {
			art_quote_jump(a, (long)i);
			return;
		}
	}
}

/* ---- the quotes view ---------------------------------------------------- */

struct vquotes {
	struct view	*article;	/* the view below */
	struct tui_list	 list;
};

static void	quotes_title(struct view *v, struct buf *b);
static int	quotes_action(struct view *v, enum action a, int count);
static void	quotes_free(struct view *v);
static void	quotes_row(void *arg, size_t i, int y, int w, int focus);
static void	quotes_back(struct view *v, size_t i);

static const struct view_ops quotes_ops = {
	.name = "quotes",
	.title = quotes_title,
	.draw = view_list_draw,
	.action = quotes_action,
	.click = view_list_click,
	.row = quotes_row,
	.open = quotes_back,
	.free = quotes_free,
};

static struct view *
art_quotes_new(struct view *article)
{
	struct vquotes *q = xcalloc(1, sizeof *q);
	struct varticle *a = article->data;

	q->article = article;
	list_set_count(&q->list, a->nquotes);
	if (a->cur_quote >= 0)
		list_goto(&q->list, (size_t)a->cur_quote);
	return view_new(&quotes_ops, q, &q->list);
}

static void
quotes_title(struct view *v, struct buf *b)
{
	struct vquotes *q = v->data;
	struct varticle *a = q->article->data;
	char *t = text_clean(a->art.row.title);

	buf_printf(b, _("Quotes in \"%s\" (%zu)"), t, a->nquotes);
	free(t);
}

static void
quotes_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vquotes *q = arg;
	struct varticle *a = q->article->data;
	const struct quote *qt = &a->quotes[i];
	int base = theme_attr(focus ? CE_LISTFOCUS : CE_LISTNORMAL);
	int x, sw;
	const char *who;
	enum config_element e;

	x = text_put(y, 0, w, "  ", base, 0);
	switch (qt->kind) {
	case QUOTE_SPEECH:
		who = qt->speaker != NULL ? qt->speaker : "?";
		e = CE_QUOTE;
		break;
	case QUOTE_TERM:
		who = _("[term]");
		e = CE_QUOTE_TERM;
		break;
	default:
		who = _("[block]");
		e = CE_QUOTED1;
		break;
	}
	sw = w >= 60 ? 24 : 14;
	if (x + sw < w) {
		text_put_col(y, x, sw, who, focus ? base :
		    (int)(art_over(base, CE_SPEAKER) | A_BOLD));
		x += sw;
		x += text_put(y, x, 1, " ", base, 0);
	}
	if (x < w)
		x += text_put(y, x, w - x, qt->text, focus ? base :
		    art_over(base, e), 0);
	if (x < w)
		text_put(y, x, w - x, "", base, 1);
}

/* Back to the article, on the quote picked. */
static void
quotes_back(struct view *v, size_t i)
{
	struct vquotes *q = v->data;
	struct varticle *a = q->article->data;

	tui_pop();	/* frees v and q */
	art_quote_jump(a, (long)i);
}

static int
quotes_action(struct view *v, enum action act, int count)
{
	(void)count;
	return view_list_action(v, act);
}

static void
quotes_free(struct view *v)
{
	free(v->data);
}
