/*
 * tui-feeds-nav: the feed list while tidings runs, and moving between
 * feeds and articles across views.
 *
 * reload-urls reads the user's urls file again (tui.env->urls_path, the
 * one file given at start: nothing else ever becomes a source), brings
 * the store in step with it and hands it to the model; edit-urls first
 * runs $VISUAL, $EDITOR or vi on it with the terminal handed over.  The
 * lists read here are owned here: a reload still running may hold the
 * one before, so every list read stays until nav_end (one small list per
 * edit).  The rest are stack-wide actions that look at the view on top:
 * the feed list, a feed's article list or an article.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "conf/config.h"
#include "conf/urls.h"
#include "model/reload.h"
#include "tui/lib.h"
#include "tui/tui-int.h"

/* Warnings while a urls file is read: the first and how many. */
struct nav_warn {
	char	*first;
	int	 n;
};

static struct urls **nav_lists;	/* every list read, the last in force */
static size_t	 nav_nlists;

static void	 nav_catch(enum log_level level, const char *msg, void *arg);
static int	 nav_read_urls(void);
static struct view *nav_feeds(void);
static void	 nav_feed_step(int dir, int unread);
static struct model_article_row *nav_row(struct view *v);
static void	 nav_half(int dir);

static void
nav_catch(enum log_level level, const char *msg, void *arg)
{
	struct nav_warn *w = arg;

	if (level > LOG_WARN)
		return;
	if (w->first == NULL)
		w->first = xstrdup(msg);
	w->n++;
}

/* Read the urls file again and put it in force; says how it went.  0, or
 * -1 when the file could not be read (the old list stays). */
static int
nav_read_urls(void)
{
	const char *path = tui.env->urls_path;
	struct nav_warn w = { NULL, 0 };
	log_dispatch_fn was;
	void *was_arg;
	struct urls *u;
	int err;

	if (path == NULL) {
		tui_message(1, "%s", _("There is no urls file to read"));
		return -1;
	}
	was = log_get_dispatcher(&was_arg);
	log_set_dispatcher(nav_catch, &w);
	u = urls_load(path, 0);
	err = errno;
	if (u != NULL && reload_sync_feeds(tui.st, u) != 0)
		log_warn("%s", _("could not bring the cache in step with the "
		    "feed list"));
	log_set_dispatcher(was, was_arg);
	if (u == NULL) {
		tui_message(1, _("cannot read the feed list %s: %s"), path,
		    strerror(err));
		free(w.first);
		return -1;
	}
	nav_lists = xreallocarray(nav_lists, nav_nlists + 1,
	    /* NOLINTNEXTLINE(bugprone-sizeof-expression): it holds pointers */
	    sizeof *nav_lists);
	nav_lists[nav_nlists++] = u;
	tui.urls = u;
	model_set_urls(tui.m, u);
	tui.dirty = 1;
	if (w.n > 1)
		tui_message(1, _("%s (and %d more)"), w.first, w.n - 1);
	else if (w.n == 1)
		tui_message(1, "%s", w.first);
	else
		tui_message(0, P_("Read the feed list: %zu line",
		    "Read the feed list: %zu lines", u->n), u->n);
	free(w.first);
	return 0;
}

void
nav_reload_urls(void)
{
	nav_read_urls();
}

void
nav_edit_urls(void)
{
	const char *ed = getenv("VISUAL"), *path = tui.env->urls_path;
	struct tui_exec r;
	char **argv;
	int rc;

	if (path == NULL) {
		tui_message(1, "%s", _("There is no urls file to read"));
		return;
	}
	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	if (ed == NULL || *ed == '\0')
		ed = "vi";
	/* the editor's words, then the file as one more argument */
	argv = browser_argv(ed, path);
	memset(&r, 0, sizeof r);
	r.term = 1;
	rc = argv[0] != NULL && argv[1] != NULL ? tui_exec(argv, &r) : -1;
	if (rc != 0) {
		tui_message(1, _("The editor (%s) failed"), argv[0] != NULL ?
		    argv[0] : ed);
		tui_argv_free(argv);
		return;
	}
	tui_argv_free(argv);
	nav_read_urls();
}

void
nav_end(void)
{
	while (nav_nlists > 0)
		urls_free(&nav_lists[--nav_nlists]);
	FREE(&nav_lists);
}

/* The feed list: the bottom of the stack. */
static struct view *
nav_feeds(void)
{
	struct view *v;

	for (v = tui.top; v != NULL && v->below != NULL; v = v->below)
		;
	return view_is_feeds(v) ? v : NULL;
}

/* From a feed's article list, the neighbour feed's list in its place;
 * the feed list moves its own cursor (its action). */
static void
nav_feed_step(int dir, int unread)
{
	struct view *fv = nav_feeds();
	struct model_list *l;

	if (fv == NULL || !view_is_articles(tui.top) ||
	    !view_articles_is_feed(tui.top, -1)) {
		tui_message(0, "%s", _("Not in a feed's article list"));
		return;
	}
	l = view_articles_model(tui.top);
	view_feeds_step(fv, model_list_query(l)->feed_id, dir, unread,
	    fv != tui.top->below ? 0 : 1);
}

void
nav_next_feed(void)
{
	nav_feed_step(1, 0);
}

void
nav_prev_feed(void)
{
	nav_feed_step(-1, 0);
}

void
nav_next_unread_feed(void)
{
	nav_feed_step(1, 1);
}

void
nav_prev_unread_feed(void)
{
	nav_feed_step(-1, 1);
}

void
nav_first_unread(struct view *v)
{
	struct model_list *l = view_articles_model(v);
	struct model_article_row *r;
	size_t i, n = model_list_count(l);

	if (model_list_unread(l) == 0)
		return;
	/* a few pages at most: the first unread of a feed is near the top
	 * of its newest-first list, or it is the top of an unread list */
	for (i = 0; i < n && i < 5000; i++) {
		if ((r = model_list_at(l, i)) == NULL)
			return;
		if (r->unread) {
			list_goto(v->list, i);
			return;
		}
	}
}

void
nav_random_unread(void)
{
	static int seeded;
	struct model_query q;
	struct model_list *l;
	struct model_article_row *r;
	int64_t id = 0;
	size_t n;

	if (!seeded) {
		srandom((unsigned)time(NULL) ^ (unsigned)getpid());
		seeded = 1;
	}
	memset(&q, 0, sizeof q);
	q.scope = MODEL_SCOPE_UNREAD;
	l = model_list_open(tui.m, &q);
	if ((n = model_list_count(l)) > 0 &&
	    (r = model_list_at(l, (size_t)random() % n)) != NULL)
		id = r->id;
	model_list_close(&l);
	if (id == 0) {
		tui_message(0, "%s", _("No unread articles"));
		return;
	}
	tui_open_article(id);
}

/* The row under an article list's cursor, or NULL. */
static struct model_article_row *
nav_row(struct view *v)
{
	struct model_list *l;

	if (!view_is_articles(v) || v->list->n == 0)
		return NULL;
	l = view_articles_model(v);
	return model_list_at(l, v->list->cur);
}

/* From an article (or an article list's row, a search's say) to its
 * feed's article list, the article under the cursor there. */
void
nav_article_feed(void)
{
	struct model_article a;
	struct model_article_row *r;
	struct view *fv = nav_feeds(), *list;
	int64_t id = 0;

	if (view_is_article(tui.top))
		id = view_article_id(tui.top);
	else if ((r = nav_row(tui.top)) != NULL)
		id = r->id;
	if (id == 0 || model_article_get(tui.m, id, &a) != 0) {
		tui_message(0, "%s", _("No article here"));
		return;
	}
	if (view_is_article(tui.top))
		tui_pop();
	if (fv != NULL)
		view_feeds_focus(fv, a.row.feed_id);
	list = tui.top;
	if (!view_is_articles(list) ||
	    !view_articles_is_feed(list, a.row.feed_id)) {
		list = view_feed_articles_new(a.row.feed_id, a.row.feed_title);
		tui_push(list);
	}
	view_articles_focus(list, id);
	model_article_clear(&a);
}

void
nav_browser_mark_read(void)
{
	struct model_article a;
	struct model_article_row *r;
	int64_t id;

	if (view_is_article(tui.top)) {
		id = view_article_id(tui.top);
		if (model_article_get(tui.m, id, &a) != 0)
			return;
		if (browser_open(a.row.link) == 0 && a.row.unread)
			tui_done(model_set_unread(tui.m, id, 0));
		model_article_clear(&a);
	} else if ((r = nav_row(tui.top)) != NULL) {
		id = r->id;
		/* the browser may take long: the row is looked up again */
		if (browser_open(r->link) == 0 && (r = nav_row(tui.top)) !=
		    NULL && r->id == id && r->unread &&
		    tui_done(model_set_unread(tui.m, id, 0)))
			r->unread = 0;
	} else {
		tui_message(0, "%s", _("No article here"));
		return;
	}
	tui.dirty = 1;
	if (tui.set.cfg->openbrowser_jumps)
		tui_act(A_NEXT_UNREAD, 0);
}

void
nav_mark_above_read(void)
{
	if (!view_is_articles(tui.top)) {
		tui_message(0, "%s", _("Not in an article list"));
		return;
	}
	if (tui_done(model_mark_above_read(view_articles_model(tui.top),
	    tui.top->list->cur)))
		tui_message(0, "%s", _("Marked the articles above read"));
	tui.dirty = 1;
}

/* Half a page: a list's cursor and view move together (as a page does);
 * other views scroll line by line. */
static void
nav_half(int dir)
{
	struct tui_list *l = tui.top->list;
	size_t h, i;

	if (l == NULL) {
		h = (size_t)(tui_body_rows() / 2);
		for (i = 0; i < (h > 0 ? h : 1); i++)
			tui.top->ops->action(tui.top, dir > 0 ? A_DOWN : A_UP,
			    0);
		return;
	}
	h = l->h > 1 ? (size_t)l->h / 2 : 1;
	if (dir > 0) {
		l->top += h;
		list_goto(l, l->cur + h < l->n ? l->cur + h :
		    (l->n > 0 ? l->n - 1 : 0));
	} else {
		l->top = l->top > h ? l->top - h : 0;
		list_goto(l, l->cur > h ? l->cur - h : 0);
	}
}

void
nav_half_pgup(void)
{
	nav_half(-1);
}

void
nav_half_pgdn(void)
{
	nav_half(1);
}
