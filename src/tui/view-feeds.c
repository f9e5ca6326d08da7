/*
 * view-feeds: the feed list, the bottom of the stack.  Its rows are the
 * model's (model_feed_rows: the urls file's feeds and `query:` lines in
 * file order, then All unread and Starred, with their counts); the view
 * filters out read feeds when asked and draws.  When the rows are read
 * again (a reload, reload-urls) the cursor stays on the same row where it
 * still exists.  next-feed and friends move the cursor here, or from a
 * feed's article list open the neighbour's list (view_feeds_step).
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tui/tui-int.h"

struct vfeeds {
	struct model_feed_row *items;	/* everything */
	size_t		 nitems;
	size_t		*shown;		/* indexes into items */
	size_t		 nshown;
	struct tui_list	 list;
	int		 show_read;
	int		 stale;
	struct model_filter *filter;	/* set-filter's, or NULL */
	char		*tag;		/* set-tag's, or NULL */
};

static void	feeds_title(struct view *v, struct buf *b);
static void	feeds_draw(struct view *v, int y, int h, int w);
static int	feeds_action(struct view *v, enum action a, int count);
static void	feeds_changed(struct view *v);
static void	feeds_free(struct view *v);
static void	feeds_row(void *arg, size_t i, int y, int w, int focus);
static void	feeds_load(struct vfeeds *f);
static void	feeds_filter(struct vfeeds *f);
static void	feeds_open(struct view *v, size_t i);
static struct model_feed_row *feeds_current(struct vfeeds *f);
static void	feeds_error_step(struct vfeeds *f, int dir);
static long	feeds_find(struct vfeeds *f, long from, int dir, int unread);
static void	feeds_none(int dir, int unread);
static long	feeds_index(struct vfeeds *f, int64_t feed_id);
static int	feeds_same(const struct model_feed_row *a,
		    const struct model_feed_row *b);

static const struct view_ops feeds_ops = {
	.name = "feedlist",
	.title = feeds_title,
	.draw = feeds_draw,
	.action = feeds_action,
	.click = view_list_click,
	.row = feeds_row,
	.open = feeds_open,
	.changed = feeds_changed,
	.free = feeds_free,
};

/* feed-sort-order over the shown rows; the built-in lists stay last.
 * qsort has no context: the rows being sorted (one sort at a time). */
static const struct model_feed_row *sort_rows;
static int sort_field, sort_desc;

static const char *
first_tag(const struct model_feed_row *r, size_t *len)
{
	const char *t = r->tags != NULL ? r->tags : "";

	*len = strcspn(t, " ");
	return t;
}

static int
feeds_cmp(const void *pa, const void *pb)
{
	const struct model_feed_row *a = &sort_rows[*(const size_t *)pa];
	const struct model_feed_row *b = &sort_rows[*(const size_t *)pb];
	int builtin_a = a->kind >= MODEL_FEED_UNREAD;
	int builtin_b = b->kind >= MODEL_FEED_UNREAD, c = 0;
	size_t la, lb;
	const char *ta, *tb;

	if (builtin_a != builtin_b)
		return builtin_a - builtin_b;
	if (!builtin_a) {
		switch (sort_field) {
		case CFS_FIRSTTAG:
			ta = first_tag(a, &la);
			tb = first_tag(b, &lb);
			c = strncmp(ta, tb, la < lb ? la : lb);
			if (c == 0)
				c = (la > lb) - (la < lb);
			break;
		case CFS_TITLE:
			c = strcasecmp(a->title != NULL ? a->title : "",
			    b->title != NULL ? b->title : "");
			break;
		case CFS_ARTICLES:
			c = (a->total > b->total) - (a->total < b->total);
			break;
		case CFS_UNREAD:
			c = (a->unread > b->unread) - (a->unread < b->unread);
			break;
		}
		if (sort_desc)
			c = -c;
	}
	if (c == 0)	/* stable: the urls file's order */
		c = (*(const size_t *)pa > *(const size_t *)pb) -
		    (*(const size_t *)pa < *(const size_t *)pb);
	return c;
}

static void
feeds_sort(struct vfeeds *f)
{
	int o = tui.set.cfg->feed_sort_order;

	sort_field = o / 3;
	if (sort_field == CFS_NONE || f->nshown < 2)
		return;
	/* plain: names A first, counts the most first */
	sort_desc = o % 3 == 2 || (o % 3 == 0 && sort_field >= CFS_ARTICLES);
	sort_rows = f->items;
	qsort(f->shown, f->nshown, sizeof *f->shown, feeds_cmp);
	sort_rows = NULL;
}

static void
feeds_filter(struct vfeeds *f)
{
	size_t i;

	free(f->shown);
	f->shown = xreallocarray(NULL, f->nitems + 1, sizeof *f->shown);
	f->nshown = 0;
	for (i = 0; i < f->nitems; i++) {
		if (!f->show_read && f->items[i].kind == MODEL_FEED &&
		    f->items[i].unread == 0 && !f->items[i].error)
			continue;
		if (!model_feed_row_passes(&f->items[i], i, f->filter,
		    f->tag))
			continue;
		f->shown[f->nshown++] = i;
	}
	feeds_sort(f);
	list_set_count(&f->list, f->nshown);
}

/* The rows, their feed-given strings sanitised once for drawing. */
static void
feeds_load(struct vfeeds *f)
{
	struct model_feed_row was;
	char *c;
	size_t i;
	int had;

	/* the row under the cursor, to find it again */
	memset(&was, 0, sizeof was);
	if ((had = feeds_current(f) != NULL)) {
		was = *feeds_current(f);
		was.title = xstrdup(was.title);
		was.tags = was.filter = NULL;
	}
	model_feed_rows_free(&f->items, f->nitems);
	f->nitems = 0;
	if (model_feed_rows(tui.m, &f->items, &f->nitems) != 0) {
		f->items = NULL;
		f->nitems = 0;
	}
	for (i = 0; i < f->nitems; i++) {
		c = text_clean(f->items[i].title);
		free(f->items[i].title);
		f->items[i].title = c;
		if (f->items[i].tags != NULL) {
			c = text_clean(f->items[i].tags);
			free(f->items[i].tags);
			f->items[i].tags = c;
		}
	}
	feeds_filter(f);
	f->stale = 0;
	if (!had)
		return;
	for (i = 0; i < f->nshown; i++) {
		if (feeds_same(&f->items[f->shown[i]], &was)) {
			list_goto(&f->list, i);
			break;
		}
	}
	free(was.title);
}

/* The same row: a feed by id, a built-in by kind, a query by name. */
static int
feeds_same(const struct model_feed_row *a, const struct model_feed_row *b)
{
	if (a->kind != b->kind)
		return 0;
	if (a->kind == MODEL_FEED)
		return a->id == b->id;
	if (a->kind == MODEL_FEED_QUERY)
		return strcmp(a->title, b->title) == 0;
	return 1;
}

struct view *
view_feeds_new(void)
{
	struct vfeeds *f = xcalloc(1, sizeof *f);

	f->show_read = tui.set.cfg->show_read_feeds;
	feeds_load(f);
	return view_new(&feeds_ops, f, &f->list);
}

static void
feeds_title(struct view *v, struct buf *b)
{
	struct vfeeds *f = v->data;
	int64_t unread = 0, ufeeds = 0, feeds = 0;
	size_t i;

	for (i = 0; i < f->nitems; i++) {
		if (f->items[i].kind == MODEL_FEED) {
			unread += f->items[i].unread;
			ufeeds += f->items[i].unread > 0;
			feeds++;
		}
	}
	/* newsboat's %u and %t: feeds with unread articles, all feeds */
	if (tui_title_expand(v, b, NULL, ufeeds, feeds))
		return;
	buf_printf(b, _("Feeds (%lld unread)"), (long long)unread);
	if (f->tag != NULL)
		buf_printf(b, " - %s %s", _("tag"), f->tag);
	if (f->filter != NULL)
		buf_printf(b, " - %s", _("filtered"));
}

/* feedlist-format's values: %i %n %u %U %c %t %T. */
struct feeds_fmt {
	const struct model_feed_row *it;
	size_t		 i;
};

static const char *
feeds_value(void *arg, char spec, char *tmp, size_t len)
{
	const struct feeds_fmt *f = arg;
	const char *tags = f->it->tags != NULL ? f->it->tags : "";

	switch (spec) {
	case 'i':
		snprintf(tmp, len, "%zu", f->i + 1);
		return tmp;
	case 'n':
		return f->it->unread > 0 ? "N" : " ";
	case 'u':
		if (f->it->total < 0)
			snprintf(tmp, len, "(%lld/-)",
			    (long long)f->it->unread);
		else
			snprintf(tmp, len, "(%lld/%lld)",
			    (long long)f->it->unread, (long long)f->it->total);
		return tmp;
	case 'U':
		snprintf(tmp, len, "%lld", (long long)f->it->unread);
		return tmp;
	case 'c':
		if (f->it->total < 0)
			return "-";
		snprintf(tmp, len, "%lld", (long long)f->it->total);
		return tmp;
	case 't':
		return f->it->title;
	case 'T':
		snprintf(tmp, len, "%.*s", (int)strcspn(tags, " "), tags);
		return tmp;
	}
	return NULL;
}

static void
feeds_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vfeeds *f = arg;
	struct model_feed_row *it = &f->items[f->shown[i]];
	struct buf b = BUF_INIT;
	int attr, x;
	enum config_element e;

	if (focus)
		e = it->unread > 0 ? CE_LISTFOCUS_UNREAD : CE_LISTFOCUS;
	else
		e = it->unread > 0 ? CE_LISTNORMAL_UNREAD : CE_LISTNORMAL;
	attr = theme_attr(e);
	if (!focus)
		attr = tui_tidy_feed_attr(it, f->shown[i], attr);
	if (*tui.set.cfg->feedlist_format != '\0') {
		struct feeds_fmt ff = { it, i };

		tui_format(&b, tui.set.cfg->feedlist_format, feeds_value, &ff,
		    w);
		x = tui_highlight_put(TUI_HL_FEEDS, y, 0, w, buf_str(&b),
		    attr);
		buf_free(&b);
		if (x < w)
			text_put(y, x, w - x, "", attr, 1);
		return;
	}
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
	if (it->kind != MODEL_FEED && x < w)
		x += text_put(y, x, w - x, "* ", attr, 0);
	if (x < w)
		x += tui_highlight_put(TUI_HL_FEEDS, y, x, w - x, it->title,
		    attr);
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
	view_list_draw(v, y, h, w);
}

static struct model_feed_row *
feeds_current(struct vfeeds *f)
{
	if (f->nshown == 0 || f->list.cur >= f->nshown)
		return NULL;
	return &f->items[f->shown[f->list.cur]];
}

static void
feeds_open(struct view *v, size_t i)
{
	struct vfeeds *f = v->data;
	struct model_feed_row *it = &f->items[f->shown[i]];
	struct model_query q;

	memset(&q, 0, sizeof q);
	q.unread_only = !tui.set.cfg->show_read_articles;
	tui_sort_query(&q);
	switch (it->kind) {
	case MODEL_FEED:
		q.scope = MODEL_SCOPE_FEED;
		q.feed_id = it->id;
		break;
	case MODEL_FEED_QUERY:
		if (it->error) {
			tui_message(1, _("The query \"%s\" does not parse"),
			    it->title);
			return;
		}
		q.scope = MODEL_SCOPE_FILTER;
		q.text = it->filter;
		q.unread_only = 0;
		break;
	case MODEL_FEED_UNREAD:
		q.scope = MODEL_SCOPE_UNREAD;
		q.unread_only = 0;
		break;
	case MODEL_FEED_STARRED:
		q.scope = MODEL_SCOPE_STARRED;
		q.unread_only = 0;
		break;
	}
	tui_push(view_articles_new(&q, it->title));
	if (tui.set.cfg->goto_first_unread)
		nav_first_unread(tui.top);
}

int
view_is_feeds(const struct view *v)
{
	return v != NULL && v->ops == &feeds_ops;
}

static void
feeds_none(int dir, int unread)
{
	tui_message(0, "%s", unread ? _("No more feeds with unread "
	    "articles") : dir > 0 ? _("This is the last feed") :
	    _("This is the first feed"));
}

/* The shown row dir steps from `from` (-1: before the first) that is a
 * feed, with unread articles when unread; -1 when none. */
static long
feeds_find(struct vfeeds *f, long from, int dir, int unread)
{
	const struct model_feed_row *it;
	long i;

	for (i = from + dir; i >= 0 && (size_t)i < f->nshown; i += dir) {
		it = &f->items[f->shown[i]];
		if (it->kind == MODEL_FEED && (!unread || it->unread > 0))
			return i;
	}
	return -1;
}

int
view_feeds_step(struct view *v, int64_t feed_id, int dir, int unread,
    int pop)
{
	struct vfeeds *f = v->data;
	long at, to;

	at = feeds_index(f, feed_id);
	/* not shown any more (read, say): the rows from the cursor's on */
	if (at == -1)
		at = dir > 0 ? (long)f->list.cur - 1 : (long)f->list.cur;
	if ((to = feeds_find(f, at, dir, unread)) == -1) {
		feeds_none(dir, unread);
		return 0;
	}
	list_goto(&f->list, (size_t)to);
	if (pop)
		tui_pop();
	feeds_open(v, (size_t)to);
	return 1;
}

void
view_feeds_focus(struct view *v, int64_t feed_id)
{
	struct vfeeds *f = v->data;
	long i = feeds_index(f, feed_id);

	if (i >= 0)
		list_goto(&f->list, (size_t)i);
}

/* The shown row of feed_id (the rows fresh), or -1. */
static long
feeds_index(struct vfeeds *f, int64_t feed_id)
{
	size_t i;

	if (f->stale)
		feeds_load(f);
	for (i = 0; i < f->nshown; i++) {
		if (f->items[f->shown[i]].kind == MODEL_FEED &&
		    f->items[f->shown[i]].id == feed_id)
			return (long)i;
	}
	return -1;
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
	struct model_feed_row *it;
	size_t i;

	(void)count;
	if (view_list_action(v, a))
		return 1;
	it = feeds_current(f);
	switch (a) {
	case A_NEXT_UNREAD:
		/* from the feed list: the first unread after this feed */
		for (i = f->list.cur + 1; i < f->nshown; i++) {
			if (f->items[f->shown[i]].kind == MODEL_FEED &&
			    f->items[f->shown[i]].unread > 0) {
				list_goto(&f->list, i);
				return 1;
			}
		}
		return 0;	/* the global handler opens the next unread */
	case A_MARK_FEED_READ:
		if (it != NULL && it->kind == MODEL_FEED) {
			if (tui.set.cfg->confirm_mark_feed_read &&
			    !tui_confirm(_("Mark the feed read? [y/n]")))
				return 1;
			tui_done(model_mark_feed_read(tui.m, it->id));
			tui.dirty = 1;
		}
		return 1;
	case A_RELOAD:
		if (it != NULL && it->kind == MODEL_FEED)
			tui_reload(it->id);
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
	case A_NEXT_FEED:
	case A_PREV_FEED:
	case A_NEXT_UNREAD_FEED:
	case A_PREV_UNREAD_FEED: {
		int dir = a == A_NEXT_FEED || a == A_NEXT_UNREAD_FEED ? 1 : -1;
		int unread = a == A_NEXT_UNREAD_FEED ||
		    a == A_PREV_UNREAD_FEED;
		long to = feeds_find(f, (long)f->list.cur, dir, unread);

		if (to >= 0)
			list_goto(&f->list, (size_t)to);
		else
			feeds_none(dir, unread);
		return 1;
	}
	default:
		return tui_tidy_feeds(v, a);
	}
}

void
view_feeds_set_filter(struct view *v, struct model_filter *flt)
{
	struct vfeeds *f = v->data;

	model_filter_free(&f->filter);
	f->filter = flt;
	f->list.cur = f->list.top = 0;
	feeds_filter(f);
}

int
view_feeds_has_filter(const struct view *v)
{
	return ((const struct vfeeds *)v->data)->filter != NULL;
}

void
view_feeds_set_tag(struct view *v, const char *tag)
{
	struct vfeeds *f = v->data;

	free(f->tag);
	f->tag = tag != NULL ? xstrdup(tag) : NULL;
	f->list.cur = f->list.top = 0;
	feeds_filter(f);
}

static int
tags_sort(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **
view_feeds_tags(struct view *v, size_t *n)
{
	struct vfeeds *f = v->data;
	char **out = NULL, *copy, *w, *save = NULL;
	size_t i, k, alloc = 0;

	*n = 0;
	for (i = 0; i < f->nitems; i++) {
		if (f->items[i].tags == NULL)
			continue;
		copy = xstrdup(f->items[i].tags);
		for (w = strtok_r(copy, " ", &save); w != NULL;
		    w = strtok_r(NULL, " ", &save)) {
			for (k = 0; k < *n && strcmp(out[k], w) != 0; k++)
				;
			if (k < *n)
				continue;
			if (*n == alloc) {
				alloc = alloc ? alloc * 2 : 16;
				out = xreallocarray(out, alloc, sizeof *out);
			}
			out[(*n)++] = xstrdup(w);
		}
		free(copy);
	}
	if (*n > 1)
		qsort(out, *n, sizeof *out, tags_sort);
	return out;
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

	model_feed_rows_free(&f->items, f->nitems);
	model_filter_free(&f->filter);
	free(f->tag);
	free(f->shown);
	free(f);
}

int64_t
view_feeds_current_id(struct view *v)
{
	struct model_feed_row *it;

	if (v == NULL || v->ops != &feeds_ops ||
	    (it = feeds_current(v->data)) == NULL || it->kind != MODEL_FEED)
		return 0;
	return it->id;
}
