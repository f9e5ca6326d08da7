/*
 * view-lines: a read-only list of text lines over the list widget, used
 * for the help screen (built from the key table as bound now, for the
 * view help was asked from) and the reload errors.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui/tui-int.h"

struct vlines {
	int		 help;		/* help-title-format applies */
	char		*title;
	char	       **lines;
	size_t		 n;
	struct tui_list	 list;
};

static void	lines_title(struct view *v, struct buf *b);
static int	lines_action(struct view *v, enum action a, int count);
static void	lines_free(struct view *v);
static void	lines_row(void *arg, size_t i, int y, int w, int focus);
static void	lines_add(struct vlines *l, char *line);
static struct view *lines_view(const char *title, struct vlines **lp);

static const struct view_ops lines_ops = {
	.name = "help",
	.title = lines_title,
	.draw = view_list_draw,
	.action = lines_action,
	.click = view_list_click,
	.row = lines_row,
	.free = lines_free,
};

static void
lines_add(struct vlines *l, char *line)
{
	l->lines = xreallocarray(l->lines, l->n + 1, sizeof *l->lines);
	l->lines[l->n++] = line;
}

static struct view *
lines_view(const char *title, struct vlines **lp)
{
	struct vlines *l = xcalloc(1, sizeof *l);

	l->title = xstrdup(title);
	*lp = l;
	return view_new(&lines_ops, l, &l->list);
}

struct view *
view_lines_new(const char *title, char *const *lines, size_t n)
{
	struct vlines *l;
	struct view *v = lines_view(title, &l);
	size_t i;

	for (i = 0; i < n; i++)
		lines_add(l, text_clean(lines[i]));
	list_set_count(&l->list, l->n);
	return v;
}

struct view *
view_help_new(void)
{
	const char *ctx = tui.top != NULL ? tui.top->ops->name : NULL;
	struct vlines *l;
	struct view *v = lines_view(_("Help"), &l);

	l->help = 1;
	char *keys;
	int a;

	for (a = A_NONE + 1; a < A_COUNT; a++) {
		keys = keys_for(&tui.set, (enum action)a, ctx);
		lines_add(l, xasprintf("%-16s %-26s %s", *keys != '\0' ? keys :
		    "-", keys_action_name((enum action)a),
		    keys_action_help((enum action)a)));
		free(keys);
	}
	lines_add(l, xstrdup(""));
	lines_add(l, xstrdup(_("In an article, type a link number and Enter to "
	    "open it.")));
	lines_add(l, xstrdup(_("Rebind with `bind-key KEY ACTION` in the config "
	    "file.")));
	list_set_count(&l->list, l->n);
	return v;
}

static void
lines_title(struct view *v, struct buf *b)
{
	struct vlines *l = v->data;

	if (l->help && tui_title_expand_fmt(tui.set.cfg->help_title_format, b,
	    l->title, -1, -1))
		return;
	buf_adds(b, l->title);
}

static void
lines_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vlines *l = arg;

	text_put(y, 0, w, l->lines[i], theme_attr(focus ? CE_LISTFOCUS :
	    CE_LISTNORMAL), 1);
}

static int
lines_action(struct view *v, enum action a, int count)
{
	(void)count;
	return view_list_action(v, a);
}

static void
lines_free(struct view *v)
{
	struct vlines *l = v->data;
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->lines[i]);
	free(l->lines);
	free(l->title);
	free(l);
}
