/*
 * tui-list: the list widget every list view shares.  It knows a row count,
 * a cursor and the first row shown, nothing of what the rows are; the view
 * draws each visible row through a callback, so rows can be paged in from
 * the store as they scroll into sight.  Below it, the generic list view:
 * drawing, clicks and movement for every view that is a list.
 */
#include "config.h"

#include <curses.h>

#include "tui/tui-int.h"

static void	list_fix(struct tui_list *l);

/* Keep cur inside [0, n) and top such that cur is visible. */
static void
list_fix(struct tui_list *l)
{
	size_t h = l->h > 0 ? (size_t)l->h : 1;

	if (l->n == 0) {
		l->cur = l->top = 0;
		return;
	}
	if (l->cur >= l->n)
		l->cur = l->n - 1;
	if (l->cur < l->top)
		l->top = l->cur;
	if (l->cur >= l->top + h)
		l->top = l->cur - h + 1;
	if (l->top + h > l->n)
		l->top = l->n > h ? l->n - h : 0;
}

void
list_set_count(struct tui_list *l, size_t n)
{
	l->n = n;
	list_fix(l);
}

void
list_goto(struct tui_list *l, size_t i)
{
	l->cur = i;
	list_fix(l);
}

/* scrolloff: keep that many rows (at most half the height) above and
 * below the cursor when it moves. */
static void
list_scrolloff(struct tui_list *l)
{
	const struct config *c = tui.set.cfg;
	size_t h = l->h > 0 ? (size_t)l->h : 1, so;

	if (c == NULL || c->scrolloff <= 0 || l->n <= h)
		return;
	so = (size_t)c->scrolloff;
	if (so > (h - 1) / 2)
		so = (h - 1) / 2;
	if (l->cur < l->top + so)
		l->top = l->cur > so ? l->cur - so : 0;
	if (l->cur + so >= l->top + h)
		l->top = l->cur + so + 1 - h;
	if (l->top + h > l->n)
		l->top = l->n - h;
}

int
list_action(struct tui_list *l, enum action a)
{
	size_t h = l->h > 1 ? (size_t)l->h - 1 : 1;
	int wrap = tui.set.cfg != NULL && tui.set.cfg->wrap_scroll;

	switch (a) {
	case A_DOWN:
		if (l->cur + 1 < l->n)
			l->cur++;
		else if (wrap)
			l->cur = 0;	/* wrap-scroll */
		break;
	case A_UP:
		if (l->cur > 0)
			l->cur--;
		else if (wrap && l->n > 0)
			l->cur = l->n - 1;
		break;
	case A_PGDN:
		l->cur += h;
		l->top += h;
		break;
	case A_PGUP:
		l->cur = l->cur > h ? l->cur - h : 0;
		l->top = l->top > h ? l->top - h : 0;
		break;
	case A_HOME:
		l->cur = 0;
		break;
	case A_END:
		l->cur = l->n > 0 ? l->n - 1 : 0;
		break;
	default:
		return 0;
	}
	list_fix(l);
	list_scrolloff(l);
	return 1;
}

void
list_scroll(struct tui_list *l, int delta)
{
	size_t h = l->h > 0 ? (size_t)l->h : 1;

	if (delta < 0) {
		l->top = l->top > (size_t)-delta ? l->top + delta : 0;
		if (l->cur >= l->top + h)
			l->cur = l->top + h - 1;
	} else {
		if (l->n > h && l->top + delta + h <= l->n)
			l->top += delta;
		else if (l->n > h)
			l->top = l->n - h;
		if (l->cur < l->top)
			l->cur = l->top;
	}
	list_fix(l);
}

long
list_hit(const struct tui_list *l, int rel)
{
	size_t i;

	if (rel < 0 || rel >= l->h)
		return -1;
	i = l->top + (size_t)rel;
	return i < l->n ? (long)i : -1;
}

void
list_draw(struct tui_list *l, int y, int h, int w, tui_row_fn fn, void *arg)
{
	size_t i;
	int row;

	l->h = h;
	list_fix(l);
	for (row = 0; row < h; row++) {
		i = l->top + (size_t)row;
		if (i < l->n)
			fn(arg, i, y + row, w, i == l->cur);
		else {
			move(y + row, 0);
			clrtoeol();
		}
	}
}

/* ---- the generic list view ------------------------------------------ */

struct view *
view_new(const struct view_ops *ops, void *data, struct tui_list *list)
{
	struct view *v = xcalloc(1, sizeof *v);

	v->ops = ops;
	v->data = data;
	v->list = list;
	return v;
}

void
view_list_draw(struct view *v, int y, int h, int w)
{
	list_draw(v->list, y, h, w, v->ops->row, v->data);
}

int
view_list_action(struct view *v, enum action a)
{
	if (list_action(v->list, a))
		return 1;
	if (a != A_OPEN)
		return 0;
	if (v->ops->open != NULL && v->list->n > 0)
		v->ops->open(v, v->list->cur);
	return 1;
}

void
view_list_click(struct view *v, int rel, int dbl)
{
	long i = list_hit(v->list, rel);

	if (i < 0)
		return;
	list_goto(v->list, (size_t)i);
	if (dbl && v->ops->open != NULL)
		v->ops->open(v, (size_t)i);
}
