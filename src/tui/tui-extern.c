/*
 * tui-extern: handing an article to other programs — pipe-to, bookmark
 * (bookmark-cmd with newsboat's four arguments), copy-link, the pager,
 * the external URL viewer — and the stack-wide actions that do it, save
 * and save-all among them (rows of globals[] in tui-global.c).  Every
 * program runs through tui_exec(): feed text (a title, a link) is one
 * argv word or text on its stdin, never part of a command line.  The
 * only shell is pipe-to's, running the command line the user typed.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "render/lib.h"
#include "tui/tui-int.h"

static int64_t	 cur_id(void);
static int64_t	 cur_article(struct model_article *a);
static char	*cur_text(const struct model_article *a, int width);
static char	*ask(const char *what, const char *def);

/* The article on top: the article view's, or the article list's cursor;
 * 0 when none. */
static int64_t
cur_id(void)
{
	if (view_is_article(tui.top))
		return view_article_id(tui.top);
	if (view_is_articles(tui.top))
		return view_articles_current(tui.top);
	return 0;
}

/* The article on top loaded into a; 0 when there is none (said). */
static int64_t
cur_article(struct model_article *a)
{
	int64_t id = cur_id();

	if (id <= 0 || model_article_get(tui.m, id, a) != 0) {
		tui_message(1, "%s", _("No article here"));
		return 0;
	}
	return id;
}

/* a as text at width: the article view's document when it is on top (what
 * the screen shows, html-renderer and source view included). */
static char *
cur_text(const struct model_article *a, int width)
{
	const struct rdoc *doc = NULL;

	if (view_is_article(tui.top))
		doc = view_article_doc(tui.top);
	return tui_article_text(a, doc, width);
}

void
tui_g_save(void)
{
	tui_save_article(cur_id());
}

void
tui_g_save_all(void)
{
	struct model_query q;
	int64_t feed;

	if (view_is_article(tui.top) && view_is_articles(tui.top->below))
		tui_save_all(view_articles_query(tui.top->below));
	else if (view_is_articles(tui.top))
		tui_save_all(view_articles_query(tui.top));
	else if ((feed = view_feeds_current_id(tui.top)) > 0) {
		memset(&q, 0, sizeof q);
		q.scope = MODEL_SCOPE_FEED;
		q.feed_id = feed;
		tui_save_all(&q);
	} else
		tui_message(1, "%s", _("No feed here to save"));
}

void
tui_g_pipe_to(void)
{
	struct model_article a;
	struct tui_exec r;
	char *cmd, *text;
	char *argv[4];
	int rc;

	if (cur_article(&a) == 0)
		return;
	cmd = tui_prompt(_("Pipe article to command: "));
	if (cmd == NULL || *cmd == '\0') {
		free(cmd);
		model_article_clear(&a);
		return;
	}
	text = cur_text(&a, tui_text_width(0));
	/* the user's own command line, as in newsboat; the article is only
	 * its stdin */
	argv[0] = (char *)"/bin/sh";
	argv[1] = (char *)"-c";
	argv[2] = cmd;
	argv[3] = NULL;
	memset(&r, 0, sizeof r);
	r.in = text;
	r.inlen = strlen(text);
	r.term = 1;
	rc = tui_exec(argv, &r);
	if (rc == 0)
		tui_message(0, "%s", _("Article piped"));
	else
		tui_message(1, _("The command failed (%d)"), rc);
	free(text);
	free(cmd);
	model_article_clear(&a);
}

/* Ask for what, Enter keeping def; NULL when cancelled (caller frees). */
static char *
ask(const char *what, const char *def)
{
	char *label, *s;

	if (def != NULL && *def != '\0')
		label = xasprintf(_("%s (Enter: %s): "), what, def);
	else
		label = xasprintf("%s: ", what);
	s = tui_prompt(label);
	free(label);
	if (s != NULL && *s == '\0' && def != NULL) {
		free(s);
		s = xstrdup(def);
	}
	return s;
}

void
tui_g_bookmark(void)
{
	struct model_article a;
	struct tui_exec r;
	const struct config *c = tui.set.cfg;
	char *url = NULL, *title = NULL, *desc = NULL, *feed, **argv;
	int rc;

	if (c->bookmark_cmd == NULL || *c->bookmark_cmd == '\0') {
		tui_message(1, "%s", _("No bookmark-cmd is set"));
		return;
	}
	if (cur_article(&a) == 0)
		return;
	url = text_clean(a.row.link != NULL ? a.row.link : "");
	title = text_clean(a.row.title != NULL ? a.row.title : "");
	desc = xstrdup("");
	feed = text_clean(a.row.feed_title != NULL ? a.row.feed_title : "");
	model_article_clear(&a);
	/* newsboat asks unless on autopilot, and even then without a URL
	 * or a title */
	if (!c->bookmark_autopilot || *url == '\0' || *title == '\0') {
		char *s;

		if ((s = ask(_("URL"), url)) == NULL)
			goto cancel;
		free(url);
		url = s;
		if ((s = ask(_("Title"), title)) == NULL)
			goto cancel;
		free(title);
		title = s;
		if ((s = ask(_("Description"), desc)) == NULL)
			goto cancel;
		free(desc);
		desc = s;
	}
	if (*url == '\0') {
		tui_message(1, "%s", _("No link to bookmark"));
		goto out;
	}
	argv = tui_argv(c->bookmark_cmd, 0, NULL);
	tui_argv_add(&argv, url);
	tui_argv_add(&argv, title);
	tui_argv_add(&argv, desc);
	tui_argv_add(&argv, feed);
	memset(&r, 0, sizeof r);
	r.term = c->bookmark_interactive;
	rc = tui_exec(argv, &r);
	if (rc == 0)
		tui_message(0, "%s", _("Saved bookmark"));
	else
		tui_message(1, _("The bookmark command (%s) failed"), argv[0]);
	tui_argv_free(argv);
	goto out;
cancel:
	tui_message(0, "%s", _("Not bookmarked"));
out:
	free(url);
	free(title);
	free(desc);
	free(feed);
}

void
tui_copy_link(const char *url)
{
	const char *cmd = tui.set.cfg->copy_link_cmd;
	struct tui_exec r;
	char **argv;

	if (cmd == NULL || *cmd == '\0') {
		tui_message(1, "%s", _("No copy-link-cmd is set"));
		return;
	}
	if (url == NULL || *url == '\0') {
		tui_message(1, "%s", _("No link to copy"));
		return;
	}
	memset(&r, 0, sizeof r);
	if (strstr(cmd, "%u") != NULL)
		argv = tui_argv(cmd, 'u', url);
	else {
		argv = tui_argv(cmd, 0, NULL);
		r.in = url;
		r.inlen = strlen(url);
	}
	if (tui_exec(argv, &r) == 0)
		tui_message(0, _("Copied %s"), url);
	else
		tui_message(1, _("The copy command (%s) failed"),
		    argv[0] != NULL ? argv[0] : "");
	tui_argv_free(argv);
}

void
tui_g_copy_link(void)
{
	struct model_article a;

	if (cur_article(&a) == 0)
		return;
	tui_copy_link(a.row.link);
	model_article_clear(&a);
}

/* The pager's command line, or NULL for the article view. */
static const char *
pager_cmd(void)
{
	const char *p = tui.set.cfg->pager;

	if (p != NULL && strcmp(p, "internal") == 0)
		return NULL;
	if (p == NULL || *p == '\0')
		p = getenv("PAGER");
	return p != NULL && *p != '\0' ? p : NULL;
}

int
tui_pager_show(int64_t id)
{
	const char *cmd = pager_cmd(), *tmp;
	struct model_article a;
	struct tui_exec r;
	char *path, *text, **argv;
	int fd, rc;
	size_t off, len;
	ssize_t k;

	if (cmd == NULL)
		return 0;
	if (model_article_get(tui.m, id, &a) != 0)
		return 1;
	tmp = getenv("TMPDIR");
	path = xasprintf("%s/tidings-article-XXXXXX", tmp != NULL &&
	    *tmp == '/' ? tmp : "/tmp");
	if ((fd = mkstemp(path)) == -1) {
		tui_message(1, _("Cannot write %s: %s"), path, strerror(errno));
		free(path);
		model_article_clear(&a);
		return 1;
	}
	text = tui_article_text(&a, NULL, tui_text_width(COLS));
	len = strlen(text);
	for (off = 0; off < len; off += (size_t)k) {
		if ((k = write(fd, text + off, len - off)) <= 0)
			break;
	}
	close(fd);
	free(text);
	argv = tui_argv(cmd, 'f', path);
	memset(&r, 0, sizeof r);
	r.term = 1;
	rc = tui_exec(argv, &r);
	unlink(path);
	if (rc != 0)
		tui_message(1, _("The pager (%s) failed"), argv[0] != NULL ?
		    argv[0] : "");
	tui_argv_free(argv);
	free(path);
	if (a.row.unread && tui_done(model_set_unread(tui.m, id, 0)))
		tui.dirty = 1;
	model_article_clear(&a);
	return 1;
}

int
tui_url_viewer(const struct model_article *a, const struct rdoc *doc)
{
	const char *cmd = tui.set.cfg->external_url_viewer;
	struct tui_exec r;
	char *text, **argv;

	if (cmd == NULL || *cmd == '\0')
		return 0;
	text = tui_article_text(a, doc, tui_text_width(0));
	argv = tui_argv(cmd, 0, NULL);
	memset(&r, 0, sizeof r);
	r.in = text;
	r.inlen = strlen(text);
	r.term = 1;
	if (tui_exec(argv, &r) != 0)
		tui_message(1, _("The URL viewer (%s) failed"),
		    argv[0] != NULL ? argv[0] : "");
	tui_argv_free(argv);
	free(text);
	return 1;
}
