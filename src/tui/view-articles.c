/*
 * view-articles: a list of articles over one model list (a feed, a tag,
 * all unread, starred, a search, a `query:` filter).  The model pages the
 * rows in as they scroll into sight (model-list.c); the view draws them
 * and turns keys into model actions.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tui/tui-int.h"

#define ART_FOCUS_SCAN	5000	/* rows searched to put the cursor on an id */
#define ART_TITLE_SCAN	100000	/* rows goto-title reads at most */

struct varticles {
	struct model_list *l;
	char		*title;
	struct tui_list	 list;
	int		 stale;
	char		**words;	/* a search's, marked in titles */
	size_t		 nwords;
};

/* datetime-format is the user's own strftime(3) format: the one place a
 * format comes from the config. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void
list_date(char *buf, size_t size, const char *fmt, const struct tm *tm)
{
	if (strftime(buf, size, fmt, tm) == 0)
		buf[0] = '\0';	/* too long for the column */
}
#pragma GCC diagnostic pop

static void	arts_title(struct view *v, struct buf *b);
static void	arts_draw(struct view *v, int y, int h, int w);
static int	arts_action(struct view *v, enum action a, int count);
static void	arts_open(struct view *v, size_t i);
static void	arts_goto_title(struct varticles *a);
static int	arts_over(int base, enum config_element e);
static void	arts_changed(struct view *v);
static void	arts_free(struct view *v);
static void	arts_row(void *arg, size_t i, int y, int w, int focus);
static void	arts_load(struct varticles *a);
static struct model_article_row *arts_at(struct varticles *a, size_t i);

static const struct view_ops arts_ops = {
	.name = "articlelist",
	.title = arts_title,
	.draw = arts_draw,
	.action = arts_action,
	.click = view_list_click,
	.row = arts_row,
	.open = arts_open,
	.changed = arts_changed,
	.free = arts_free,
};

static void
arts_load(struct varticles *a)
{
	model_list_reload(a->l);
	list_set_count(&a->list, model_list_count(a->l));
	a->stale = 0;
}

static struct model_article_row *
arts_at(struct varticles *a, size_t i)
{
	return model_list_at(a->l, i);
}

struct view *
view_articles_new(const struct model_query *q, const char *title)
{
	struct varticles *a = xcalloc(1, sizeof *a);

	a->l = model_list_open(tui.m, q);
	a->title = text_clean(title);
	if (q->scope == MODEL_SCOPE_SEARCH)
		a->nwords = tui_search_words(q->text, &a->words);
	arts_load(a);
	return view_new(&arts_ops, a, &a->list);
}

int
view_is_articles(const struct view *v)
{
	return v != NULL && v->ops == &arts_ops;
}

int
view_articles_is_feed(struct view *v, int64_t feed_id)
{
	struct varticles *a = v->data;

	return model_list_is_feed(a->l, feed_id);
}

const char *
view_articles_search(struct view *v)
{
	const struct model_query *q;

	if (!view_is_articles(v))
		return NULL;
	q = model_list_query(((struct varticles *)v->data)->l);
	return q->scope == MODEL_SCOPE_SEARCH ? q->text : NULL;
}

struct model_list *
view_articles_model(struct view *v)
{
	struct varticles *a = v->data;

	if (a->stale)
		arts_load(a);
	return a->l;
}

int64_t
view_articles_current(struct view *v)
{
	struct varticles *a = v->data;
	struct model_article_row *r;

	if (a->stale)
		arts_load(a);
	r = a->list.n > 0 ? arts_at(a, a->list.cur) : NULL;
	return r != NULL ? r->id : 0;
}

void
view_articles_focus(struct view *v, int64_t id)
{
	struct varticles *a = v->data;
	struct model_article_row *r;
	long i;

	if (a->stale)
		arts_load(a);
	r = arts_at(a, a->list.cur);
	if (r != NULL && r->id == id)
		return;
	if ((i = model_list_find(a->l, id, ART_FOCUS_SCAN)) >= 0)
		list_goto(&a->list, (size_t)i);
}

/* The article dir rows away from id (which is focused first); the cursor
 * moves there.  0 at either end. */
int64_t
view_articles_step(struct view *v, int64_t id, int dir)
{
	struct varticles *a = v->data;
	struct model_article_row *r;
	size_t i;

	view_articles_focus(v, id);
	r = arts_at(a, a->list.cur);
	if (r == NULL || r->id != id)
		return 0;
	if (dir > 0 && a->list.cur + 1 >= a->list.n)
		return 0;
	if (dir < 0 && a->list.cur == 0)
		return 0;
	i = dir > 0 ? a->list.cur + 1 : a->list.cur - 1;
	if ((r = arts_at(a, i)) == NULL)
		return 0;
	list_goto(&a->list, i);
	return r->id;
}

static void
arts_title(struct view *v, struct buf *b)
{
	struct varticles *a = v->data;

	if (model_list_query(a->l)->scope == MODEL_SCOPE_SEARCH ?
	    tui_title_expand_fmt(tui.set.cfg->searchresult_title_format, b,
	    model_list_query(a->l)->text, model_list_unread(a->l),
	    (long long)a->list.n) :
	    tui_title_expand(v, b, a->title, model_list_unread(a->l),
	    (long long)a->list.n))
		return;
	buf_printf(b, _("Articles in \"%s\" (%lld unread, %lld shown)"),
	    a->title, (long long)model_list_unread(a->l),
	    (long long)a->list.n);
	if (model_list_filter(a->l) != NULL)
		buf_printf(b, " - %s", _("filtered"));
}

/* attr with a theme element's colour or attributes laid over it. */
static int
arts_over(int base, enum config_element e)
{
	int ea = theme_attr(e);

	if (ea & A_COLOR)
		return (base & ~A_COLOR) | ea;
	return base | ea;
}

/* articlelist-format's values: %i %f %D %t %a %T (%L: no length kept). */
struct arts_fmt {
	const struct model_article_row *r;
	size_t		 i;
	const char	*date;
};

static const char *
arts_value(void *arg, char spec, char *tmp, size_t len)
{
	const struct arts_fmt *a = arg;

	switch (spec) {
	case 'i':
		snprintf(tmp, len, "%zu", a->i + 1);
		return tmp;
	case 'f':	/* newsboat's: D deleted, N unread, ! flagged */
		snprintf(tmp, len, "%s%s%s", a->r->deleted ? "D" : "",
		    a->r->unread ? "N" : "", a->r->starred ||
		    a->r->flags != NULL ? "!" : "");
		return tmp;
	case 'D':
		return a->date;
	case 't':
		return a->r->title;
	case 'a':
		return a->r->author;
	case 'T':
		return a->r->feed_title;
	}
	return NULL;
}

static void
arts_row(void *arg, size_t i, int y, int w, int focus)
{
	struct varticles *a = arg;
	struct model_article_row *r = arts_at(a, i);
	enum config_element e;
	char date[32] = "";
	const char *src;
	struct buf b = BUF_INIT;
	struct tm tm;
	time_t t;
	int attr, x, ww;

	if (r == NULL) {
		move(y, 0);
		clrtoeol();
		return;
	}
	if (focus)
		e = r->unread ? CE_LISTFOCUS_UNREAD : CE_LISTFOCUS;
	else
		e = r->unread ? CE_LISTNORMAL_UNREAD : CE_LISTNORMAL;
	attr = theme_attr(e);
	t = (time_t)r->date;
	if (r->date > 0 && localtime_r(&t, &tm) != NULL)
		list_date(date, sizeof date, tui.set.cfg->datetime_format,
		    &tm);
	if (!focus)
		attr = tui_tidy_article_attr(r, attr);
	if (*tui.set.cfg->articlelist_format != '\0') {
		struct arts_fmt af = { r, i, date };

		tui_format(&b, tui.set.cfg->articlelist_format, arts_value,
		    &af, w);
		x = tui_highlight_put(TUI_HL_ARTICLES, y, 0, w, buf_str(&b),
		    attr);
		buf_free(&b);
		if (x < w)
			text_put(y, x, w - x, "", attr, 1);
		return;
	}
	/* newsboat's marks: D deleted (for N), ! flagged (unless starred) */
	buf_printf(&b, "%4zu %c%c %-10s  ", i + 1, r->deleted ? 'D' :
	    r->unread ? 'N' : ' ', r->starred ? '*' : r->flags != NULL ?
	    '!' : ' ', date);
	x = text_put(y, 0, w, buf_str(&b), attr, 0);
	buf_free(&b);
	/* one feed: the author; many feeds: where it came from */
	src = model_list_is_feed(a->l, -1) ? r->author : r->feed_title;
	ww = w >= 60 ? 16 : 10;
	if (x + ww + 2 < w) {
		text_put_col(y, x, ww, src != NULL ? src : "", attr);
		x += ww;
		x += text_put(y, x, 2, "  ", attr, 0);
	}
	if (x < w && r->title != NULL && *r->title != '\0' &&
	    a->nwords == 0)	/* a search's marks win */
		x += tui_highlight_put(TUI_HL_ARTICLES, y, x, w - x,
		    r->title, attr);
	else if (x < w && r->title != NULL && *r->title != '\0')
		x += text_put_marked(y, x, w - x, r->title, attr,
		    arts_over(attr, CE_SEARCH_MATCH), a->words, a->nwords);
	else if (x < w)
		x += text_put(y, x, w - x, _("(untitled)"), attr, 0);
	if (x < w)
		text_put(y, x, w - x, "", attr, 1);
}

static void
arts_draw(struct view *v, int y, int h, int w)
{
	struct varticles *a = v->data;

	if (a->stale)
		arts_load(a);
	if (a->list.n == 0) {
		text_put(y, 0, w, model_list_query(a->l)->unread_only ?
		    _("No unread articles here (l shows read ones).") :
		    _("No articles."), A_NORMAL, 0);
		return;
	}
	view_list_draw(v, y, h, w);
}

static int
arts_action(struct view *v, enum action act, int count)
{
	struct varticles *a = v->data;
	struct model_article_row *r;
	int64_t id;

	(void)count;
	if (a->stale)
		arts_load(a);
	if (view_list_action(v, act))
		return 1;
	r = a->list.n > 0 ? arts_at(a, a->list.cur) : NULL;
	switch (act) {
	case A_NEXT:
		list_action(&a->list, A_DOWN);
		return 1;
	case A_PREV:
		list_action(&a->list, A_UP);
		return 1;
	case A_NEXT_UNREAD:
	case A_PREV_UNREAD:
		if (r == NULL)
			return 0;
		if (r->unread) {
			tui_open_article(r->id);
			return 1;
		}
		id = model_next_unread(tui.m, r->id,
		    act == A_NEXT_UNREAD ? 1 : -1);
		if (id > 0)
			tui_open_article(id);
		else if (id == 0)
			tui_message(0, "%s", _("No unread articles"));
		return 1;
	case A_TOGGLE_READ:
		if (r != NULL) {
			if (tui_done(model_set_unread(tui.m, r->id,
			    !r->unread))) {
				r->unread = !r->unread;
				if (tui.set.cfg->toggleitemread_jumps)
					list_action(&a->list, A_DOWN);
			}
			tui.dirty = 1;
		}
		return 1;
	case A_STAR:
		if (r != NULL && tui_done(model_set_starred(tui.m, r->id,
		    !r->starred))) {
			r->starred = !r->starred;
			tui_message(0, "%s", r->starred ? _("Starred") :
			    _("Unstarred"));
			tui.dirty = 1;
		}
		return 1;
	case A_MARK_FEED_READ:
		if (tui.set.cfg->confirm_mark_feed_read &&
		    !tui_confirm(_("Mark every article here read? [y/n]")))
			return 1;
		if (tui_done(model_mark_list_read(a->l)) &&
		    tui.set.cfg->markfeedread_jumps)
			nav_next_unread_feed();
		tui.dirty = 1;
		return 1;
	case A_RELOAD:
		if (model_list_is_feed(a->l, -1))
			tui_reload(model_list_query(a->l)->feed_id);
		else if (r != NULL)
			tui_reload(r->feed_id);
		return 1;
	case A_TOGGLE_SHOW_READ:
		model_list_set_unread_only(a->l,
		    !model_list_query(a->l)->unread_only);
		a->list.cur = a->list.top = 0;
		arts_load(a);
		tui_message(0, "%s", model_list_query(a->l)->unread_only ?
		    _("Showing unread articles") : _("Showing all articles"));
		return 1;
	case A_BROWSER:
		if (r != NULL)
			browser_open(r->link);
		return 1;
	case A_GOTO_TITLE:
		arts_goto_title(a);
		return 1;
	default:
		return tui_tidy_articles(v, act);
	}
}

/* goto-title: to the next article (after the cursor, wrapping) whose
 * title holds the text typed. */
static void
arts_goto_title(struct varticles *a)
{
	char *text;
	long i;

	if ((text = tui_prompt_kind(_("Go to title: "), "goto-title")) ==
	    NULL || *text == '\0') {
		free(text);
		return;
	}
	i = model_list_find_title(a->l, a->list.n > 0 ? (a->list.cur + 1) %
	    a->list.n : 0, text, ART_TITLE_SCAN);
	if (i >= 0)
		list_goto(&a->list, (size_t)i);
	else
		tui_message(1, _("No article titled \"%s\""), text);
	free(text);
}

static void
arts_open(struct view *v, size_t i)
{
	struct model_article_row *r = arts_at(v->data, i);

	if (r != NULL)
		view_article_open(r->id);
}

static void
arts_changed(struct view *v)
{
	struct varticles *a = v->data;

	a->stale = 1;
}

static void
arts_free(struct view *v)
{
	struct varticles *a = v->data;

	model_list_close(&a->l);
	tui_search_words_free(&a->words, a->nwords);
	free(a->title);
	free(a);
}

struct model_article_row *
view_articles_row(struct view *v)
{
	struct varticles *a = v->data;

	if (a->stale)
		arts_load(a);
	return a->list.n > 0 ? arts_at(a, a->list.cur) : NULL;
}

void
view_articles_reset(struct view *v)
{
	struct varticles *a = v->data;

	a->list.cur = a->list.top = 0;
	arts_load(a);
}

const struct model_query *
view_articles_query(struct view *v)
{
	return model_list_query(((struct varticles *)v->data)->l);
}
