/*
 * tui-global: what a key means when the view on top does not take it:
 * the stack-wide actions, and opening an article from anywhere.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "conf/config.h"
#include "conf/urls.h"
#include "model/reload.h"
#include "tui/lib.h"
#include "tui/tui-int.h"

struct view *
view_feed_articles_new(int64_t feed_id, const char *title)
{
	struct model_query q;

	memset(&q, 0, sizeof q);
	q.scope = MODEL_SCOPE_FEED;
	q.feed_id = feed_id;
	q.unread_only = !tui.set.cfg->show_read_articles;
	tui_sort_query(&q);
	return view_articles_new(&q, title);
}

void
tui_open_article(int64_t id)
{
	struct model_article a;
	struct view *list;

	if (tui.top != NULL && view_is_article(tui.top))
		tui_pop();
	if (model_article_get(tui.m, id, &a) != 0)
		return;
	list = tui.top;
	/* a feed's list shows only that feed: follow n into the next one */
	if (list != NULL && view_is_articles(list) &&
	    view_articles_is_feed(list, -1) &&
	    !view_articles_is_feed(list, a.row.feed_id)) {
		tui_pop();
		list = NULL;
	}
	if (list == NULL || !view_is_articles(list)) {
		list = view_feed_articles_new(a.row.feed_id, a.row.feed_title);
		tui_push(list);
	}
	view_articles_focus(list, id);
	model_article_clear(&a);
	view_article_open(id);
}

static void
g_quit(void)
{
	if (!tui.set.cfg->confirm_exit ||
	    tui_confirm(_("Quit tidings? [y/n]")))
		tui.quit = 1;
}

static void
g_back(void)
{
	if (tui.top->below == NULL)
		g_quit();
	else
		tui_pop();
}

static void
g_help(void)
{
	tui_push(view_help_new());
}

static void
g_reload_all(void)
{
	tui_reload(0);
}

static void
g_mark_all_read(void)
{
	if (tui.set.cfg->confirm_mark_all_feeds_read &&
	    !tui_confirm(_("Mark all articles of all feeds read? [y/n]")))
		return;
	if (tui_done(model_mark_all_read(tui.m)))
		tui_message(0, "%s", _("All articles marked read"));
	tui.dirty = 1;
}

static void
g_unread(int dir)
{
	int64_t id;

	id = model_next_unread(tui.m, 0, dir);
	if (id > 0)
		tui_open_article(id);
	else if (id == 0)
		tui_message(0, "%s", _("No unread articles"));
}

static void
g_next_unread(void)
{
	g_unread(1);
}

static void
g_prev_unread(void)
{
	g_unread(-1);
}

static void
g_search(void)
{
	struct model_query q;
	char *text, *title;

	const struct model_query *from = NULL;

	/* From a feed's article list, the search stays in that feed. */
	if (view_is_articles(tui.top))
		from = view_articles_query(tui.top);
	if (from != NULL && from->scope != MODEL_SCOPE_FEED)
		from = NULL;
	text = tui_prompt_kind(from != NULL ? _("Search in this feed: ") :
	    _("Search: "), "search");
	if (text == NULL || *text == '\0') {
		free(text);
		return;
	}
	memset(&q, 0, sizeof q);
	q.scope = MODEL_SCOPE_SEARCH;
	q.text = text;
	q.feed_id = from != NULL ? from->feed_id : 0;
	tui_sort_query(&q);
	title = xasprintf(_("Search: %s"), text);
	tui_push(view_articles_new(&q, title));
	free(title);
	free(text);
}

static void
g_quotes_by(void)
{
	struct view *v;
	char *text;

	text = tui_prompt_kind(_("Quotes by: "), "quotes-by");
	if (text != NULL && *text != '\0' &&
	    (v = view_speaker_new(text)) != NULL)
		tui_push(v);
	free(text);
}

static void
g_errors(void)
{
	char **errs;
	size_t n;

	if ((errs = tui_errors(&n)) == NULL) {
		tui_message(0, "%s", _("No fetch errors"));
		return;
	}
	tui_push(view_lines_new(_("Fetch errors"), errs, n));
	while (n > 0)
		free(errs[--n]);
	free(errs);
}

/* Cut s into lines of at most w columns, at blanks where there are some,
 * so a long warning is read whole. */
static void
wrap_into(const char *s, int w, char ***out, size_t *n)
{
	size_t len, cut, blank;

	while (*s != '\0') {
		len = strlen(s);
		cut = len;
		while (cut > 0 && text_widthn(s, cut) > w) {
			cut--;
			while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
				cut--;	/* not inside a UTF-8 character */
		}
		if (cut == 0)	/* one character wider than w: it alone */
			for (cut = 1; ((unsigned char)s[cut] & 0xc0) == 0x80;
			    cut++)
				;
		if (cut < len) {
			for (blank = cut; blank > 0 && s[blank] != ' '; blank--)
				;
			if (blank > 0)
				cut = blank;
		}
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = xstrndup(s, cut);
		s += cut;
		while (*s == ' ')
			s++;
	}
}

/* The config file's warnings, whole (they went to stderr too). */
static void
g_config_problems(void)
{
	const struct config *c = tui.set.cfg;
	char **lines = NULL;
	size_t n = 0, i;
	int w = COLS > 4 ? COLS - 2 : 2;

	if (c->nproblems == 0) {
		tui_message(0, "%s", _("The config file has no problems"));
		return;
	}
	for (i = 0; i < c->nproblems; i++)
		wrap_into(c->problems[i], w, &lines, &n);
	tui_push(view_lines_new(_("Config problems"), lines, n));
	while (n > 0)
		free(lines[--n]);
	free(lines);
}

/* Actions that mean the same in every view: one row each, the function
 * in this file or the feature's own. */
static const struct {
	enum action	  a;
	void		(*fn)(void);
} globals[] = {
	{ A_QUIT, g_quit },
	{ A_BACK, g_back },
	{ A_HELP, g_help },
	{ A_REDRAW, tui_redraw_all },
	{ A_RELOAD_ALL, g_reload_all },
	{ A_MARK_ALL_READ, g_mark_all_read },
	{ A_NEXT_UNREAD, g_next_unread },
	{ A_PREV_UNREAD, g_prev_unread },
	{ A_SEARCH, g_search },
	{ A_QUOTES_BY, g_quotes_by },
	{ A_ERRORS, g_errors },
	{ A_SAVE, tui_g_save },
	{ A_SAVE_ALL, tui_g_save_all },
	{ A_PIPE_TO, tui_g_pipe_to },
	{ A_BOOKMARK, tui_g_bookmark },
	{ A_COPY_LINK, tui_g_copy_link },
	{ A_RELOAD_URLS, nav_reload_urls },
	{ A_EDIT_URLS, nav_edit_urls },
	{ A_NEXT_FEED, nav_next_feed },
	{ A_PREV_FEED, nav_prev_feed },
	{ A_NEXT_UNREAD_FEED, nav_next_unread_feed },
	{ A_PREV_UNREAD_FEED, nav_prev_unread_feed },
	{ A_RANDOM_UNREAD, nav_random_unread },
	{ A_ARTICLE_FEED, nav_article_feed },
	{ A_BROWSER_MARK_READ, nav_browser_mark_read },
	{ A_MARK_ABOVE_READ, nav_mark_above_read },
	{ A_HALF_PGUP, nav_half_pgup },
	{ A_HALF_PGDN, nav_half_pgdn },
	{ A_DOWNLOADS, tui_downloads_open },
	{ A_CONFIG_PROBLEMS, g_config_problems },
};

/* 1 when a is a global action (and it was done). */
int
tui_global(enum action a)
{
	size_t i;

	for (i = 0; i < sizeof globals / sizeof globals[0]; i++)
		if (globals[i].a == a) {
			globals[i].fn();
			return 1;
		}
	return 0;
}
