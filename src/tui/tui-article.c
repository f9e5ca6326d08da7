/*
 * tui-article: an article as the reader sees it, for the article view and
 * for everything that takes an article out of tidings (save, pipe-to, the
 * pager, the URL viewer).  The header lines ("Title: ..."), the body as a
 * render/ document — built by the internal renderer, by the user's
 * html-renderer program, or from the raw source (toggle-source-view) —
 * and the whole as plain wrapped text.  One place, so the screen, the
 * saved file and the piped text say the same.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "render/lib.h"
#include "tui/tui-int.h"

static void	head_add(char ***out, size_t *n, const char *label,
		    const char *value);
static int	article_external(const char *cmd, const char *html,
		    struct rdoc **out);

static void
head_add(char ***out, size_t *n, const char *label, const char *value)
{
	char *clean;

	if (value == NULL || *value == '\0')
		return;
	clean = text_clean(value);
	*out = xreallocarray(*out, *n + 1, sizeof **out);
	(*out)[(*n)++] = xasprintf("%s%s", label, clean);
	free(clean);
}

size_t
tui_article_head(const struct model_article *a, char ***out)
{
	char date[64] = "";
	struct tm tm;
	time_t t;
	size_t n = 0;

	*out = NULL;
	head_add(out, &n, _("Feed: "), a->row.feed_title);
	head_add(out, &n, _("Title: "), a->row.title);
	head_add(out, &n, _("Author: "), a->row.author);
	t = (time_t)a->row.date;
	if (a->row.date > 0 && localtime_r(&t, &tm) != NULL)
		strftime(date, sizeof date, "%a, %d %b %Y %H:%M", &tm);
	head_add(out, &n, _("Date: "), date);
	head_add(out, &n, _("Link: "), a->row.link);
	head_add(out, &n, _("Enclosure: "), a->enclosure_url);
	return n;
}

/* The html-renderer's output for html, as plain text; -1 when it failed
 * (said), and the internal renderer takes over. */
static int
article_external(const char *cmd, const char *html, struct rdoc **out)
{
	struct buf text = BUF_INIT;
	struct tui_exec r;
	char **argv;
	int rc;

	argv = tui_argv(cmd, 0, NULL);
	memset(&r, 0, sizeof r);
	r.in = html;
	r.inlen = strlen(html);
	r.out = &text;
	rc = tui_exec(argv, &r);
	if (rc != 0) {
		tui_message(1, _("The html-renderer (%s) failed; the built-in "
		    "renderer shows the article"), argv[0] != NULL ? argv[0] :
		    "");
		tui_argv_free(argv);
		buf_free(&text);
		return -1;
	}
	tui_argv_free(argv);
	render_html(text.data != NULL ? text.data : "", text.len,
	    RENDER_TEXT | RENDER_LINKLIST, out);
	buf_free(&text);
	return 0;
}

void
tui_article_doc(const struct model_article *a, int source,
    struct rdoc **out)
{
	const char *body = a->content, *cmd = tui.set.cfg->html_renderer;

	if (body == NULL || *body == '\0')
		body = a->summary;
	if (body == NULL)
		body = "";
	*out = NULL;
	if (source) {
		/* the bytes as stored, sanitised line by line */
		render_html(body, strlen(body), RENDER_TEXT, out);
		return;
	}
	if (a->content_type != FEED_CONTENT_TEXT && cmd != NULL &&
	    *cmd != '\0' && strcmp(cmd, "internal") != 0 &&
	    article_external(cmd, body, out) == 0)
		return;
	render_html(body, strlen(body), RENDER_LINKLIST |
	    (a->content_type == FEED_CONTENT_TEXT ? RENDER_TEXT : 0), out);
}

int
tui_text_width(int cols)
{
	int w = tui.set.cfg->text_width;

	if (w > 0 && (cols <= 0 || w < cols))
		return w;
	return cols > 0 ? cols : 80;
}

char *
tui_article_text(const struct model_article *a, const struct rdoc *doc,
    int width)
{
	struct buf b = BUF_INIT;
	struct rdoc *own = NULL;
	struct rlines *rl = NULL;
	char **head;
	size_t n, i;

	n = tui_article_head(a, &head);
	for (i = 0; i < n; i++) {
		buf_adds(&b, head[i]);
		buf_addc(&b, '\n');
		free(head[i]);
	}
	free(head);
	buf_addc(&b, '\n');
	if (doc == NULL) {
		tui_article_doc(a, 0, &own);
		doc = own;
	}
	if (doc != NULL && rdoc_layout(doc, width, &rl) == 0) {
		for (i = 0; i < rl->nlines; i++) {
			buf_adds(&b, rl->lines[i].text);
			buf_addc(&b, '\n');
		}
	}
	rlines_free(&rl);
	rdoc_free(&own);
	return buf_detach(&b);
}
