/*
 * view-feeds: the feed list, the bottom of the stack.  Items are the
 * urls file's feeds in file order (hidden ones left out), its `query:`
 * lines in their place, then two built-ins, All unread and Starred.  The
 * store gives the feeds with their counts; a query's counts are known
 * only when the query can be answered by a store scope alone, else after
 * it was opened once.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "conf/urls.h"
#include "tui/tui-int.h"

enum fitem_kind { FI_FEED, FI_QUERY, FI_UNREAD, FI_STARRED };

struct fitem {
	enum fitem_kind	 kind;
	struct store_feed *feed;	/* FI_FEED: into rows */
	char		*title;		/* sanitised */
	char		*tags;		/* sanitised, or NULL */
	struct qexpr	*expr;		/* FI_QUERY */
	char		*expr_text;	/* FI_QUERY, as written */
	int64_t		 unread;
	int64_t		 total;		/* -1 = unknown */
	int		 error;
};

struct vfeeds {
	struct store_feed *rows;
	size_t		 nrows;
	struct fitem	*items;		/* everything */
	size_t		 nitems;
	size_t		*shown;		/* indexes into items */
	size_t		 nshown;
	struct tui_list	 list;
	int		 show_read;
	int		 stale;
};

static void	feeds_title(struct view *v, struct buf *b);
static void	feeds_draw(struct view *v, int y, int h, int w);
static int	feeds_action(struct view *v, enum action a, int count);
static void	feeds_click(struct view *v, int rel, int dbl);
static void	feeds_changed(struct view *v);
static void	feeds_free(struct view *v);
static void	feeds_row(void *arg, size_t i, int y, int w, int focus);
static void	feeds_load(struct vfeeds *f);
static void	feeds_add_feed(struct vfeeds *f, struct store_feed *sf);
static void	feeds_clear(struct vfeeds *f);
static void	feeds_filter(struct vfeeds *f);
static struct fitem *feeds_add(struct vfeeds *f, enum fitem_kind kind,
		    const char *title);
static void	feeds_query_counts(struct fitem *it);
static void	feeds_open(struct view *v, struct fitem *it);
static struct fitem *feeds_current(struct vfeeds *f);
static void	feeds_error_step(struct vfeeds *f, int dir);

/* Counts of query feeds that only a scan answers, remembered from their
 * last opening (keyed by the expression as written). */
struct fcount {
	char	*expr;
	int64_t	 unread;
	int64_t	 total;
};
static struct fcount	*feeds_counts;
static size_t		 feeds_ncounts;

static const struct view_ops feeds_ops = {
	.name = "feedlist",
	.title = feeds_title,
	.draw = feeds_draw,
	.action = feeds_action,
	.click = feeds_click,
	.changed = feeds_changed,
	.free = feeds_free,
};

static struct fitem *
feeds_add(struct vfeeds *f, enum fitem_kind kind, const char *title)
{
	struct fitem *it;

	f->items = xreallocarray(f->items, f->nitems + 1, sizeof *f->items);
	it = &f->items[f->nitems++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->title = text_clean(title);
	it->total = -1;
	return it;
}

void
view_feeds_note_counts(const char *expr, int64_t unread, int64_t total)
{
	size_t i;

	for (i = 0; i < feeds_ncounts; i++) {
		if (strcmp(feeds_counts[i].expr, expr) == 0)
			break;
	}
	if (i == feeds_ncounts) {
		feeds_counts = xreallocarray(feeds_counts, feeds_ncounts + 1,
		    sizeof *feeds_counts);
		feeds_counts[feeds_ncounts++].expr = xstrdup(expr);
	}
	feeds_counts[i].unread = unread;
	feeds_counts[i].total = total;
}

/* Counts of a query that store scopes answer exactly. */
static void
feeds_query_counts(struct fitem *it)
{
	struct store_query q;

	memset(&q, 0, sizeof q);
	qexpr_scope(it->expr, &q);
	if (store_article_count(tui.st, &q, &it->total, &it->unread) != 0)
		it->total = -1;
	if (q.unread_only)
		it->total = it->unread;
}

static void
feeds_clear(struct vfeeds *f)
{
	size_t i;

	for (i = 0; i < f->nitems; i++) {
		free(f->items[i].title);
		free(f->items[i].tags);
		free(f->items[i].expr_text);
		qexpr_free(&f->items[i].expr);
	}
	free(f->items);
	free(f->shown);
	f->items = NULL;
	f->shown = NULL;
	f->nitems = f->nshown = 0;
	store_feed_list_free(&f->rows, f->nrows);
	f->nrows = 0;
}

static void
feeds_filter(struct vfeeds *f)
{
	size_t i;

	free(f->shown);
	f->shown = xreallocarray(NULL, f->nitems + 1, sizeof *f->shown);
	f->nshown = 0;
	for (i = 0; i < f->nitems; i++) {
		if (!f->show_read && f->items[i].kind == FI_FEED &&
		    f->items[i].unread == 0 && !f->items[i].error)
			continue;
		f->shown[f->nshown++] = i;
	}
	list_set_count(&f->list, f->nshown);
}

/* A feed row of the store as an item. */
static void
feeds_add_feed(struct vfeeds *f, struct store_feed *sf)
{
	struct fitem *it;
	const char *name;

	name = sf->name != NULL && *sf->name != '\0' ? sf->name :
	    sf->title != NULL && *sf->title != '\0' ? sf->title : sf->url;
	it = feeds_add(f, FI_FEED, name);
	it->feed = sf;
	it->tags = sf->tags != NULL && *sf->tags != '\0' ?
	    text_clean(sf->tags) : NULL;
	it->unread = sf->unread;
	it->total = sf->total;
	it->error = sf->last_error != NULL;
}

/* (Re)build the items from the store and the urls file, in file order. */
static void
feeds_load(struct vfeeds *f)
{
	const struct urls *u = tui.urls;
	const struct urls_entry *e;
	struct store_query q;
	struct fitem *it;
	const char *name, *expr;
	char err[256], *qname;
	size_t i, j;

	feeds_clear(f);
	if (store_feed_list(tui.st, &f->rows, &f->nrows) != 0) {
		f->rows = NULL;
		f->nrows = 0;
	}
	for (i = 0; u != NULL && i < u->n; i++) {
		e = &u->entries[i];
		if (e->kind == URLS_QUERY) {
			/* query:NAME:EXPR */
			name = e->url + strlen("query:");
			if ((expr = strchr(name, ':')) == NULL)
				continue;
			qname = xstrndup(name, (size_t)(expr - name));
			it = feeds_add(f, FI_QUERY,
			    e->name != NULL ? e->name : qname);
			free(qname);
			it->expr_text = xstrdup(expr + 1);
			it->expr = qexpr_parse(expr + 1, err, sizeof err);
			if (it->expr == NULL) {
				log_warn(_("query \"%s\": %s"), it->title, err);
				it->error = 1;
			} else if (qexpr_simple(it->expr))
				feeds_query_counts(it);
			else {
				for (j = 0; j < feeds_ncounts; j++) {
					if (strcmp(feeds_counts[j].expr,
					    it->expr_text) != 0)
						continue;
					it->unread = feeds_counts[j].unread;
					it->total = feeds_counts[j].total;
				}
			}
			continue;
		}
		if (e->hidden)
			continue;
		for (j = 0; j < f->nrows; j++) {
			if (strcmp(f->rows[j].url, e->url) == 0)
				break;
		}
		if (j < f->nrows && !f->rows[j].hidden)
			feeds_add_feed(f, &f->rows[j]);
	}
	/* No urls file: the store's own list. */
	for (j = 0; u == NULL && j < f->nrows; j++) {
		if (!f->rows[j].hidden)
			feeds_add_feed(f, &f->rows[j]);
	}
	it = feeds_add(f, FI_UNREAD, _("All unread"));
	it->unread = it->total = store_unread_total(tui.st);
	it = feeds_add(f, FI_STARRED, _("Starred"));
	memset(&q, 0, sizeof q);
	q.scope = STORE_SCOPE_STARRED;
	if (store_article_count(tui.st, &q, &it->total, &it->unread) != 0)
		it->total = -1;
	feeds_filter(f);
	f->stale = 0;
}

struct view *
view_feeds_new(void)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct vfeeds *f = xcalloc(1, sizeof *f);

	f->show_read = tui.set.cfg->show_read_feeds;
	v->ops = &feeds_ops;
	v->data = f;
	v->list = &f->list;
	feeds_load(f);
	return v;
}

static void
feeds_title(struct view *v, struct buf *b)
{
	struct vfeeds *f = v->data;
	int64_t unread = 0;
	size_t i;

	for (i = 0; i < f->nitems; i++) {
		if (f->items[i].kind == FI_FEED)
			unread += f->items[i].unread;
	}
	buf_printf(b, _("Feeds (%lld unread)"), (long long)unread);
}

static void
feeds_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vfeeds *f = arg;
	struct fitem *it = &f->items[f->shown[i]];
	struct buf b = BUF_INIT;
	int attr, x;
	enum config_element e;

	if (focus)
		e = it->unread > 0 ? CE_LISTFOCUS_UNREAD : CE_LISTFOCUS;
	else
		e = it->unread > 0 ? CE_LISTNORMAL_UNREAD : CE_LISTNORMAL;
	attr = theme_attr(e);
	buf_printf(&b, "%4zu %c ", i + 1, it->unread > 0 ? 'N' : ' ');
	if (it->total < 0)
		buf_printf(&b, "(%5s) ", "-");
	else {
		char counts[48];

		snprintf(counts, sizeof counts, "%lld/%lld",
		    (long long)it->unread, (long long)it->total);
		buf_printf(&b, "(%9s) ", counts);
	}
	x = text_put(y, 0, w, buf_str(&b), attr, 0);
	buf_free(&b);
	if (it->error && x + 2 <= w)
		x += text_put(y, x, 2, "! ", focus ? attr :
		    theme_attr(CE_ERROR), 0);
	if (it->kind != FI_FEED && x < w)
		x += text_put(y, x, w - x, "* ", attr, 0);
	if (x < w)
		x += text_put(y, x, w - x, it->title, attr, 0);
	if (it->tags != NULL && x + 3 < w) {
		b = (struct buf)BUF_INIT;
		buf_printf(&b, "  [%s]", it->tags);
		x += text_put(y, x, w - x, buf_str(&b), attr, 0);
		buf_free(&b);
	}
	if (x < w)
		text_put(y, x, w - x, "", attr, 1);
}

static void
feeds_draw(struct view *v, int y, int h, int w)
{
	struct vfeeds *f = v->data;

	if (f->stale)
		feeds_load(f);
	if (f->nshown == 0) {
		text_put(y, 0, w, _("No feeds. Add URLs to the urls file."),
		    A_NORMAL, 0);
		return;
	}
	list_draw(&f->list, y, h, w, feeds_row, f);
}

static struct fitem *
feeds_current(struct vfeeds *f)
{
	if (f->nshown == 0 || f->list.cur >= f->nshown)
		return NULL;
	return &f->items[f->shown[f->list.cur]];
}

static void
feeds_open(struct view *v, struct fitem *it)
{
	struct store_query q;

	(void)v;
	memset(&q, 0, sizeof q);
	q.unread_only = !tui.set.cfg->show_read_articles;
	q.oldest_first = tui.set.cfg->article_sort_order == CS_DATE_ASC;
	switch (it->kind) {
	case FI_FEED:
		q.scope = STORE_SCOPE_FEED;
		q.feed_id = it->feed->id;
		break;
	case FI_QUERY:
		if (it->expr == NULL) {
			tui_message(1, _("The query \"%s\" does not parse"),
			    it->title);
			return;
		}
		q.unread_only = 0;
		break;
	case FI_UNREAD:
		q.scope = STORE_SCOPE_UNREAD;
		q.unread_only = 0;
		break;
	case FI_STARRED:
		q.scope = STORE_SCOPE_STARRED;
		q.unread_only = 0;
		break;
	}
	tui_push(view_articles_new(&q, it->title,
	    it->kind == FI_QUERY ? it->expr_text : NULL));
}

static void
feeds_error_step(struct vfeeds *f, int dir)
{
	size_t i, n = f->nshown, k;

	for (k = 1; k <= n; k++) {
		i = dir > 0 ? (f->list.cur + k) % n : (f->list.cur + n - k) % n;
		if (f->items[f->shown[i]].error) {
			list_goto(&f->list, i);
			return;
		}
	}
	tui_message(0, "%s", _("No feed has a fetch error"));
}

static int
feeds_action(struct view *v, enum action a, int count)
{
	struct vfeeds *f = v->data;
	struct fitem *it;
	size_t i;

	(void)count;
	if (list_action(&f->list, a))
		return 1;
	it = feeds_current(f);
	switch (a) {
	case A_OPEN:
		if (it != NULL)
			feeds_open(v, it);
		return 1;
	case A_NEXT_UNREAD:
		/* from the feed list: the first unread after this feed */
		for (i = f->list.cur + 1; i < f->nshown; i++) {
			if (f->items[f->shown[i]].kind == FI_FEED &&
			    f->items[f->shown[i]].unread > 0) {
				list_goto(&f->list, i);
				return 1;
			}
		}
		return 0;	/* the global handler opens the next unread */
	case A_MARK_FEED_READ:
		if (it != NULL && it->kind == FI_FEED) {
			store_feed_mark_read(tui.st, it->feed->id);
			tui.dirty = 1;
		}
		return 1;
	case A_RELOAD:
		if (it != NULL && it->kind == FI_FEED)
			tui_reload(it->feed->id);
		return 1;
	case A_TOGGLE_SHOW_READ:
		f->show_read = !f->show_read;
		feeds_filter(f);
		tui_message(0, "%s", f->show_read ? _("Showing all feeds") :
		    _("Showing feeds with unread articles"));
		return 1;
	case A_NEXT_ERROR:
	case A_PREV_ERROR:
		feeds_error_step(f, a == A_NEXT_ERROR ? 1 : -1);
		return 1;
	default:
		return 0;
	}
}

static void
feeds_click(struct view *v, int rel, int dbl)
{
	struct vfeeds *f = v->data;
	long i = list_hit(&f->list, rel);

	if (i < 0)
		return;
	list_goto(&f->list, (size_t)i);
	if (dbl)
		feeds_open(v, &f->items[f->shown[i]]);
}

static void
feeds_changed(struct view *v)
{
	struct vfeeds *f = v->data;

	f->stale = 1;
}

static void
feeds_free(struct view *v)
{
	struct vfeeds *f = v->data;
	size_t i;

	feeds_clear(f);
	free(f);
	for (i = 0; i < feeds_ncounts; i++)
		free(feeds_counts[i].expr);
	free(feeds_counts);
	feeds_counts = NULL;
	feeds_ncounts = 0;
}
