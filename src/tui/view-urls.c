/*
 * view-urls: show-urls, the links of one article — anchors, images,
 * video, audio and iframes, numbered as in the text ("[image 3: alt]") —
 * and the enclosure as a list: Enter opens one in the browser, copy-link
 * copies it.  The
 * URLs are copied from the article's document (already sanitised by
 * render/), so the list lives on when the article view relayouts.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "render/lib.h"
#include "tui/tui-int.h"

#define URLS_ENCLOSURE	255	/* a kind past render's: the enclosure */

struct vurls {
	char		*title;
	char	       **urls;
	unsigned char	*kinds;
	size_t		 n;
	struct tui_list	 list;
};

static void	urls_title(struct view *v, struct buf *b);
static int	urls_action(struct view *v, enum action a, int count);
static void	urls_free(struct view *v);
static void	urls_row(void *arg, size_t i, int y, int w, int focus);
static void	urls_open(struct view *v, size_t i);

static const struct view_ops urls_ops = {
	.name = "urlview",
	.title = urls_title,
	.draw = view_list_draw,
	.action = urls_action,
	.click = view_list_click,
	.row = urls_row,
	.open = urls_open,
	.free = urls_free,
};

struct view *
view_urls_new(const struct rdoc *doc, const struct model_article *a)
{
	struct vurls *u;
	size_t i, n = doc != NULL ? doc->nlinks : 0;
	const char *enc = a->enclosure_url;

	if (enc != NULL && *enc == '\0')
		enc = NULL;
	for (i = 0; enc != NULL && i < n; i++)
		if (strcmp(doc->links[i], enc) == 0)
			enc = NULL;	/* the body links it already */
	if (n == 0 && enc == NULL) {
		tui_message(0, "%s", _("No links in this article"));
		return NULL;
	}
	u = xcalloc(1, sizeof *u);
	u->title = text_clean(a->row.title != NULL ? a->row.title : "");
	u->n = n + (enc != NULL);
	u->urls = xcalloc(u->n, sizeof *u->urls);
	u->kinds = xcalloc(u->n, sizeof *u->kinds);
	for (i = 0; i < n; i++) {
		u->urls[i] = xstrdup(doc->links[i]);
		u->kinds[i] = doc->link_kinds[i];
	}
	if (enc != NULL) {
		/* after the body's, so the numbers stay the text's */
		u->urls[n] = text_clean(enc);
		u->kinds[n] = URLS_ENCLOSURE;
	}
	list_set_count(&u->list, u->n);
	return view_new(&urls_ops, u, &u->list);
}

static void
urls_title(struct view *v, struct buf *b)
{
	struct vurls *u = v->data;

	if (tui_title_expand(v, b, u->title, -1, (long long)u->n))
		return;
	buf_printf(b, _("URLs in \"%s\" (%zu)"), u->title, u->n);
}

static void
urls_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vurls *u = arg;
	int attr = theme_attr(focus ? CE_LISTFOCUS : CE_LISTNORMAL);
	char *s;

	s = xasprintf("%4zu  %-9s  %s", i + 1, u->kinds[i] == URLS_ENCLOSURE ?
	    "enclosure" : rlink_kind_name(u->kinds[i]), u->urls[i]);
	text_put(y, 0, w, s, attr, 1);
	free(s);
}

static void
urls_open(struct view *v, size_t i)
{
	struct vurls *u = v->data;

	browser_open(u->urls[i]);
}

static int
urls_action(struct view *v, enum action a, int count)
{
	struct vurls *u = v->data;

	if (a == A_OPEN && count > 0) {
		if ((size_t)count > u->n)
			tui_message(1, _("No link [%d]"), count);
		else
			browser_open(u->urls[count - 1]);
		return 1;
	}
	if (a == A_COPY_LINK) {
		if (u->list.cur < u->n)
			tui_copy_link(u->urls[u->list.cur]);
		return 1;
	}
	return view_list_action(v, a);
}

static void
urls_free(struct view *v)
{
	struct vurls *u = v->data;
	size_t i;

	for (i = 0; i < u->n; i++)
		free(u->urls[i]);
	free(u->urls);
	free(u->kinds);
	free(u->title);
	free(u);
}

/* goto-url: ask for a link number and open it. */
void
tui_goto_url(const struct rdoc *doc)
{
	char *s, *end;
	long n;

	if (doc == NULL || doc->nlinks == 0) {
		tui_message(0, "%s", _("No links in this article"));
		return;
	}
	if ((s = tui_prompt(_("Go to URL #: "))) == NULL)
		return;
	n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || n < 1 || (size_t)n > doc->nlinks)
		tui_message(1, _("No link [%s]"), s);
	else
		browser_open(doc->links[n - 1]);
	free(s);
}
