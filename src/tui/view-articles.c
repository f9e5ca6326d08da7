/*
 * view-articles: a list of articles over one store query (a feed, a tag,
 * all unread, starred, a search).  Rows are paged from the store as they
 * scroll into sight: the view holds the count and one window of rows, so
 * a feed with a million articles costs one COUNT and one page.  A `query:`
 * feed is the exception: its filter is checked per row, so its matches
 * (capped) are collected once when the view opens or refreshes.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tui/tui-int.h"

#define ART_PAGE	256	/* rows per store call */
#define ART_BEHIND	32	/* rows kept above the one asked for */
#define ART_FILTER_MAX	20000	/* matches kept for a query feed */
#define ART_FOCUS_SCAN	5000	/* rows searched to put the cursor on an id */

struct varticles {
	struct store_query q;
	char		*tag;		/* owned copies of q's strings */
	char		*text;
	char		*filter_text;	/* a query feed's expression */
	char		*title;
	struct qexpr	*filter;	/* a query feed's, parsed here */
	/* the window of rows */
	struct store_article_row *page;
	size_t		 npage;
	size_t		 off;
	/* a query feed's matches */
	struct store_article_row *all;
	size_t		 nall;
	int64_t		 count;
	int64_t		 unread;
	struct tui_list	 list;
	int		 stale;
};

static void	arts_title(struct view *v, struct buf *b);
static void	arts_draw(struct view *v, int y, int h, int w);
static int	arts_action(struct view *v, enum action a, int count);
static void	arts_click(struct view *v, int rel, int dbl);
static void	arts_changed(struct view *v);
static void	arts_free(struct view *v);
static void	arts_row(void *arg, size_t i, int y, int w, int focus);
static void	arts_load(struct varticles *a);
static void	arts_drop_page(struct varticles *a);
static void	arts_collect(struct varticles *a);
static struct store_article_row *arts_at(struct varticles *a, size_t i);
static void	arts_mark_scope_read(struct varticles *a);

static const struct view_ops arts_ops = {
	.name = "articlelist",
	.title = arts_title,
	.draw = arts_draw,
	.action = arts_action,
	.click = arts_click,
	.changed = arts_changed,
	.free = arts_free,
};

static void
arts_drop_page(struct varticles *a)
{
	store_article_rows_free(&a->page, a->npage);
	a->page = NULL;
	a->npage = 0;
	a->off = 0;
}

/* A query feed: scan the narrowest store scope, keep the rows that pass
 * the filter. */
static void
arts_collect(struct varticles *a)
{
	struct store_query q = a->q;
	struct store_article_row *rows;
	struct store_feed *feeds = NULL;
	size_t nfeeds = 0, n, i, j, off = 0;
	const char *tags;

	store_article_rows_free(&a->all, a->nall);
	a->all = NULL;
	a->nall = 0;
	qexpr_scope(a->filter, &q);
	if (store_feed_list(tui.st, &feeds, &nfeeds) != 0)
		nfeeds = 0;
	for (;;) {
		if (store_article_list(tui.st, &q, off, ART_PAGE * 4, &rows,
		    &n) != 0 || n == 0)
			break;
		off += n;
		for (i = 0; i < n; i++) {
			tags = NULL;
			for (j = 0; j < nfeeds; j++) {
				if (feeds[j].id == rows[i].feed_id) {
					tags = feeds[j].tags;
					break;
				}
			}
			if (a->nall < ART_FILTER_MAX &&
			    qexpr_match(a->filter, &rows[i], tags)) {
				a->all = xreallocarray(a->all, a->nall + 1,
				    sizeof *a->all);
				a->all[a->nall++] = rows[i];
				memset(&rows[i], 0, sizeof rows[i]);
			}
		}
		store_article_rows_free(&rows, n);
		if (a->nall >= ART_FILTER_MAX)
			break;
	}
	store_feed_list_free(&feeds, nfeeds);
	a->count = (int64_t)a->nall;
	a->unread = 0;
	for (i = 0; i < a->nall; i++)
		a->unread += a->all[i].unread != 0;
	view_feeds_note_counts(a->filter_text, a->unread, a->count);
}

static void
arts_load(struct varticles *a)
{
	int64_t total = 0, unread = 0;

	arts_drop_page(a);
	if (a->filter != NULL)
		arts_collect(a);
	else {
		if (store_article_count(tui.st, &a->q, &total, &unread) != 0)
			total = unread = 0;
		a->count = a->q.unread_only ? unread : total;
		a->unread = unread;
	}
	list_set_count(&a->list, (size_t)a->count);
	a->stale = 0;
}

/* Row i, paging it in when it is outside the window; NULL past the end. */
static struct store_article_row *
arts_at(struct varticles *a, size_t i)
{
	struct store_article_row tmp;
	struct store_query rq;
	size_t n, k, count, limit;

	if (a->filter != NULL)
		return i < a->nall ? &a->all[i] : NULL;
	if (a->page != NULL && i >= a->off && i < a->off + a->npage)
		return &a->page[i - a->off];
	arts_drop_page(a);
	a->off = i > ART_BEHIND ? i - ART_BEHIND : 0;
	count = a->count > 0 ? (size_t)a->count : 0;
	limit = ART_PAGE;
	if (a->off < count && a->off + limit > count)
		limit = count - a->off;
	if (a->q.scope != STORE_SCOPE_SEARCH && a->off > count / 2 &&
	    a->off < count) {
		/* The store pages with OFFSET, which costs the rows skipped:
		 * past the middle, ask from the other end (the order is
		 * (date, id) both ways, an exact mirror) and turn the page
		 * round, so G on a million rows is as cheap as g. */
		rq = a->q;
		rq.oldest_first = !rq.oldest_first;
		if (store_article_list(tui.st, &rq, count - a->off - limit,
		    limit, &a->page, &n) != 0) {
			a->page = NULL;
			n = 0;
		}
		for (k = 0; k < n / 2; k++) {
			tmp = a->page[k];
			a->page[k] = a->page[n - 1 - k];
			a->page[n - 1 - k] = tmp;
		}
	} else if (store_article_list(tui.st, &a->q, a->off, limit, &a->page,
	    &n) != 0) {
		a->page = NULL;
		n = 0;
	}
	a->npage = n;
	if (i >= a->off && i < a->off + a->npage)
		return &a->page[i - a->off];
	return NULL;
}

struct view *
view_articles_new(const struct store_query *q, const char *title,
    const char *filter)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct varticles *a = xcalloc(1, sizeof *a);

	a->q = *q;
	if (q->tag != NULL)
		a->q.tag = a->tag = xstrdup(q->tag);
	if (q->text != NULL)
		a->q.text = a->text = xstrdup(q->text);
	a->title = text_clean(title);
	if (filter != NULL) {
		char err[256];

		/* the feed list checked it already; a parse of our own keeps
		 * this view independent of the feed list's lifetime */
		if ((a->filter = qexpr_parse(filter, err, sizeof err)) == NULL)
			log_warn("%s", err);
		a->filter_text = xstrdup(filter);
	}
	v->ops = &arts_ops;
	v->data = a;
	v->list = &a->list;
	arts_load(a);
	return v;
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

	if (a->q.scope != STORE_SCOPE_FEED || a->filter != NULL)
		return 0;
	return feed_id == -1 || a->q.feed_id == feed_id;
}

const char *
view_articles_search(struct view *v)
{
	struct varticles *a;

	if (!view_is_articles(v))
		return NULL;
	a = v->data;
	return a->q.scope == STORE_SCOPE_SEARCH ? a->q.text : NULL;
}

int64_t
view_articles_current(struct view *v)
{
	struct varticles *a = v->data;
	struct store_article_row *r;

	if (a->stale)
		arts_load(a);
	r = a->count > 0 ? arts_at(a, a->list.cur) : NULL;
	return r != NULL ? r->id : 0;
}

void
view_articles_focus(struct view *v, int64_t id)
{
	struct varticles *a = v->data;
	struct store_article_row *r;
	size_t i;

	if (a->stale)
		arts_load(a);
	r = arts_at(a, a->list.cur);
	if (r != NULL && r->id == id)
		return;
	for (i = 0; i < (size_t)a->count && i < ART_FOCUS_SCAN; i++) {
		if ((r = arts_at(a, i)) == NULL)
			break;
		if (r->id == id) {
			list_goto(&a->list, i);
			return;
		}
	}
}

/* The article dir rows away from id (which is focused first); the cursor
 * moves there.  0 at either end. */
int64_t
view_articles_step(struct view *v, int64_t id, int dir)
{
	struct varticles *a = v->data;
	struct store_article_row *r;
	size_t i;

	view_articles_focus(v, id);
	r = arts_at(a, a->list.cur);
	if (r == NULL || r->id != id)
		return 0;
	if (dir > 0 && a->list.cur + 1 >= (size_t)a->count)
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

	buf_printf(b, _("Articles in \"%s\" (%lld unread, %lld shown)"),
	    a->title, (long long)a->unread, (long long)a->count);
}

static void
arts_row(void *arg, size_t i, int y, int w, int focus)
{
	struct varticles *a = arg;
	struct store_article_row *r = arts_at(a, i);
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
		strftime(date, sizeof date, "%Y-%m-%d", &tm);
	buf_printf(&b, "%4zu %c%c %-10s  ", i + 1, r->unread ? 'N' : ' ',
	    r->starred ? '*' : ' ', date);
	x = text_put(y, 0, w, buf_str(&b), attr, 0);
	buf_free(&b);
	/* one feed: the author; many feeds: where it came from */
	src = a->q.scope == STORE_SCOPE_FEED && a->filter == NULL ?
	    r->author : r->feed_title;
	ww = w >= 60 ? 16 : 10;
	if (x + ww + 2 < w) {
		text_put_col(y, x, ww, src != NULL ? src : "", attr);
		x += ww;
		x += text_put(y, x, 2, "  ", attr, 0);
	}
	if (x < w)
		x += text_put(y, x, w - x, r->title != NULL && *r->title !=
		    '\0' ? r->title : _("(untitled)"), attr, 0);
	if (x < w)
		text_put(y, x, w - x, "", attr, 1);
}

static void
arts_draw(struct view *v, int y, int h, int w)
{
	struct varticles *a = v->data;

	if (a->stale)
		arts_load(a);
	if (a->count == 0) {
		text_put(y, 0, w, a->q.unread_only ?
		    _("No unread articles here (l shows read ones).") :
		    _("No articles."), A_NORMAL, 0);
		return;
	}
	list_draw(&a->list, y, h, w, arts_row, a);
}

static void
arts_mark_scope_read(struct varticles *a)
{
	struct store_article_row *rows;
	struct store_query q = a->q;
	size_t n, i, off = 0;

	if (a->q.scope == STORE_SCOPE_FEED && a->filter == NULL) {
		store_feed_mark_read(tui.st, a->q.feed_id);
		return;
	}
	if (a->filter != NULL) {
		for (i = 0; i < a->nall; i++) {
			if (a->all[i].unread)
				store_article_set_unread(tui.st, a->all[i].id,
				    0);
		}
		return;
	}
	/* Paging over a set that shrinks as it is marked: only read rows
	 * stay, so step over them. */
	q.unread_only = 0;
	for (;;) {
		if (store_article_list(tui.st, &q, off, ART_PAGE, &rows,
		    &n) != 0 || n == 0)
			break;
		for (i = 0; i < n; i++) {
			if (rows[i].unread)
				store_article_set_unread(tui.st, rows[i].id, 0);
		}
		store_article_rows_free(&rows, n);
		if (q.scope != STORE_SCOPE_UNREAD)
			off += n;
	}
}

static int
arts_action(struct view *v, enum action act, int count)
{
	struct varticles *a = v->data;
	struct store_article_row *r;
	int64_t id;

	(void)count;
	if (a->stale)
		arts_load(a);
	if (list_action(&a->list, act))
		return 1;
	r = a->count > 0 ? arts_at(a, a->list.cur) : NULL;
	switch (act) {
	case A_OPEN:
		if (r != NULL)
			tui_push(view_article_new(r->id));
		return 1;
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
		id = store_next_unread(tui.st, r->id,
		    act == A_NEXT_UNREAD ? 1 : -1);
		if (id > 0)
			tui_open_article(id);
		else if (id == 0)
			tui_message(0, "%s", _("No unread articles"));
		return 1;
	case A_TOGGLE_READ:
		if (r != NULL) {
			store_article_set_unread(tui.st, r->id, !r->unread);
			r->unread = !r->unread;
			a->unread += r->unread ? 1 : -1;
			list_action(&a->list, A_DOWN);
			tui.dirty = 1;
		}
		return 1;
	case A_STAR:
		if (r != NULL) {
			store_article_set_starred(tui.st, r->id, !r->starred);
			r->starred = !r->starred;
			tui_message(0, "%s", r->starred ? _("Starred") :
			    _("Unstarred"));
			tui.dirty = 1;
		}
		return 1;
	case A_MARK_FEED_READ:
		arts_mark_scope_read(a);
		tui.dirty = 1;
		return 1;
	case A_RELOAD:
		if (a->q.scope == STORE_SCOPE_FEED)
			tui_reload(a->q.feed_id);
		else if (r != NULL)
			tui_reload(r->feed_id);
		return 1;
	case A_TOGGLE_SHOW_READ:
		a->q.unread_only = !a->q.unread_only;
		a->list.cur = a->list.top = 0;
		arts_load(a);
		tui_message(0, "%s", a->q.unread_only ?
		    _("Showing unread articles") : _("Showing all articles"));
		return 1;
	case A_BROWSER:
		if (r != NULL)
			browser_open(r->link);
		return 1;
	default:
		return 0;
	}
}

static void
arts_click(struct view *v, int rel, int dbl)
{
	struct varticles *a = v->data;
	struct store_article_row *r;
	long i = list_hit(&a->list, rel);

	if (i < 0)
		return;
	list_goto(&a->list, (size_t)i);
	if (dbl && (r = arts_at(a, (size_t)i)) != NULL)
		tui_push(view_article_new(r->id));
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

	arts_drop_page(a);
	store_article_rows_free(&a->all, a->nall);
	qexpr_free(&a->filter);
	free(a->filter_text);
	free(a->tag);
	free(a->text);
	free(a->title);
	free(a);
}
