/*
 * view-speaker: who said what across the cache.  The quotations of one
 * speaker come from the store's quote index (model_speaker_quotes,
 * filled when articles are stored), newest article first; Enter opens the
 * article on that quotation.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui/tui-int.h"

#define SPEAKER_MAX 1000	/* quotations listed */

struct vspeaker {
	char		*name;		/* sanitised, as asked */
	struct model_quote *q;
	size_t		 n;
	struct tui_list	 list;
};

static void	speaker_title(struct view *v, struct buf *b);
static int	speaker_action(struct view *v, enum action a, int count);
static void	speaker_free(struct view *v);
static void	speaker_row(void *arg, size_t i, int y, int w, int focus);
static void	speaker_open(struct view *v, size_t i);

static const struct view_ops speaker_ops = {
	.name = "quotes",
	.title = speaker_title,
	.draw = view_list_draw,
	.action = speaker_action,
	.click = view_list_click,
	.row = speaker_row,
	.open = speaker_open,
	.free = speaker_free,
};

struct view *
view_speaker_new(const char *name)
{
	struct vspeaker *s;
	struct model_quote *q;
	size_t n;

	if (model_speaker_quotes(tui.m, name, SPEAKER_MAX, &q, &n) != 0)
		return NULL;
	if (n == 0) {
		model_speaker_quotes_free(&q, n);
		tui_message(0, _("No quotations by \"%s\" in the cache"), name);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->name = text_clean(name);
	s->q = q;
	s->n = n;
	list_set_count(&s->list, n);
	return view_new(&speaker_ops, s, &s->list);
}

static void
speaker_title(struct view *v, struct buf *b)
{
	struct vspeaker *s = v->data;

	buf_printf(b, _("Quotes by \"%s\" (%zu)"), s->name, s->n);
}

static void
speaker_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vspeaker *s = arg;
	const struct model_quote *q = &s->q[i];
	int base = theme_attr(focus ? CE_LISTFOCUS : CE_LISTNORMAL);
	int x, sw = w >= 60 ? 20 : 12, aw = w >= 60 ? 24 : 12;

	x = text_put(y, 0, w, "  ", base, 0);
	if (x + sw < w) {
		text_put_col(y, x, sw, q->speaker != NULL ? q->speaker : "?",
		    focus ? base : (int)(base | A_BOLD));
		x += sw;
		x += text_put(y, x, 1, " ", base, 0);
	}
	/* where it was said, then what */
	if (x + aw < w) {
		text_put_col(y, x, aw, q->article_title != NULL ?
		    q->article_title : "", base);
		x += aw;
		x += text_put(y, x, 1, " ", base, 0);
	}
	if (x < w)
		x += text_put(y, x, w - x, q->text != NULL ? q->text : "",
		    focus ? base : theme_attr(CE_QUOTE), 0);
	if (x < w)
		text_put(y, x, w - x, "", base, 1);
}

/* The article, on this quotation. */
static void
speaker_open(struct view *v, size_t i)
{
	struct vspeaker *s = v->data;
	char *text = xstrdup(s->q[i].text != NULL ? s->q[i].text : "");

	tui_open_article(s->q[i].article_id);
	if (view_is_article(tui.top))
		view_article_find_quote(tui.top, text);
	free(text);
}

static int
speaker_action(struct view *v, enum action a, int count)
{
	(void)count;
	return view_list_action(v, a);
}

static void
speaker_free(struct view *v)
{
	struct vspeaker *s = v->data;

	model_speaker_quotes_free(&s->q, s->n);
	free(s->name);
	free(s);
}
