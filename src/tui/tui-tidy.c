/*
 * tui-tidy: keeping the lists tidy, as newsboat does — set-filter (a
 * typed expression), select-filter (define-filter's), clear-filter in
 * the article and feed lists; set-tag and clear-tag in the feed list;
 * delete-article, delete-all-articles, purge-deleted, edit-flags, sort
 * and rev-sort in the article list; the highlight-article and
 * highlight-feed colours; the killfile in display mode.  The config's
 * rules are compiled once at start (model_rules_new); the lists do the
 * filtering (model_list_set_filter, view_feeds_set_*).  A choice (a tag,
 * a named filter) is a small list view on top that applies its pick to
 * the view below and goes away.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/tui-int.h"

#define TIDY_PAIR_BASE	TIDY_HL_PAIR_TOP	/* colour pairs of the highlight rules */

struct tidy_hl {
	struct model_rules	*rules;
	int			*attrs;	/* per rule */
};

static struct {
	struct model_rules	*kill;	/* ignore-mode display */
	struct model_rules	*filters;	/* define-filter */
	struct tidy_hl		 art, feed;
	int			 pair;	/* the next free colour pair */
} tidy;

/* What a choice view picks for. */
enum choice_kind { CH_FILTER, CH_TAG };

struct vchoice {
	enum choice_kind kind;
	char		*title;
	char	       **items;	/* shown (sanitised) */
	char	       **values;	/* applied */
	size_t		 n;
	struct tui_list	 list;
};

static void	 tidy_hl_init(struct tidy_hl *h, int kind);
static void	 choice_title(struct view *v, struct buf *b);
static int	 choice_action(struct view *v, enum action a, int count);
static void	 choice_row(void *arg, size_t i, int y, int w, int focus);
static void	 choice_open(struct view *v, size_t i);
static void	 choice_free(struct view *v);
static void	 choice_push(enum choice_kind kind, const char *title,
		     char **items, char **values, size_t n);
static void	 tidy_apply_filter(struct view *v, const char *expr);
static void	 tidy_sort(struct view *v, int reverse);
static void	 tidy_flags(struct view *v);

/* newsboat's bind-key contexts of the two dialogs */
#define CHOICE_OPS(ctx) {						\
	.name = (ctx),							\
	.title = choice_title,						\
	.draw = view_list_draw,						\
	.action = choice_action,					\
	.click = view_list_click,					\
	.row = choice_row,						\
	.open = choice_open,						\
	.free = choice_free,						\
}
static const struct view_ops choice_ops[] = {
	[CH_FILTER] = CHOICE_OPS("filterselection"),
	[CH_TAG] = CHOICE_OPS("tagselection"),
};

/* ---- start and end -------------------------------------------------- */

/* A colour pair per rule while pairs last; attributes alone without
 * colour (or beyond the pairs). */
static void
tidy_hl_init(struct tidy_hl *h, int kind)
{
	const struct config_color *cc;
	size_t i, n;

	h->rules = model_rules_new(tui.set.cfg, kind);
	n = model_rules_count(h->rules);
	h->attrs = xcalloc(n > 0 ? n : 1, sizeof *h->attrs);
	for (i = 0; i < n; i++) {
		cc = &model_rules_at(h->rules, i)->color;
		h->attrs[i] = theme_ca(cc->attrs);
		if (tui.colour && tidy.pair < COLOR_PAIRS && cc->fg < COLORS &&
		    cc->bg < COLORS && init_pair((short)tidy.pair,
		    (short)cc->fg, (short)cc->bg) == OK)
			h->attrs[i] |= COLOR_PAIR(tidy.pair++);
	}
}

void
tui_tidy_init(void)
{
	const struct config *c = tui.set.cfg;

	tidy.pair = TIDY_PAIR_BASE;
	if (c->ignore_mode == CI_DISPLAY) {
		tidy.kill = model_rules_new(c, CR_IGNORE);
		model_set_killfile(tui.m, tidy.kill);
	}
	tidy.filters = model_rules_new(c, CR_FILTER);
	tidy_hl_init(&tidy.art, CR_HL_ARTICLE);
	tidy_hl_init(&tidy.feed, CR_HL_FEED);
	tui_highlight_init();
	model_set_keep_flags(tui.m, c->keep_flagged);
}

void
tui_tidy_end(void)
{
	size_t n;

	/* newsboat purges what was deleted when it quits */
	if (tui.m != NULL)
		(void)model_purge_deleted(tui.m, 0, &n);
	model_set_killfile(tui.m, NULL);
	model_rules_free(&tidy.kill);
	model_rules_free(&tidy.filters);
	model_rules_free(&tidy.art.rules);
	model_rules_free(&tidy.feed.rules);
	FREE(&tidy.art.attrs);
	FREE(&tidy.feed.attrs);
	tui_highlight_end();
}

int
tui_tidy_article_attr(const struct model_article_row *r, int attr)
{
	long i = model_rules_match_row(tui.m, tidy.art.rules, r);

	return i >= 0 ? tidy.art.attrs[i] : attr;
}

int
tui_tidy_feed_attr(const struct model_feed_row *fr, size_t index, int attr)
{
	long i = model_rules_match_feed(tidy.feed.rules, fr, index);

	return i >= 0 ? tidy.feed.attrs[i] : attr;
}

/* ---- the choice view ------------------------------------------------ */

static void
choice_push(enum choice_kind kind, const char *title, char **items,
    char **values, size_t n)
{
	struct vchoice *c = xcalloc(1, sizeof *c);

	c->kind = kind;
	c->title = xstrdup(title);
	c->items = items;
	c->values = values;
	c->n = n;
	list_set_count(&c->list, n);
	tui_push(view_new(&choice_ops[kind], c, &c->list));
}

/* selecttag-title-format / selectfilter-title-format, else our own. */
static void
choice_title(struct view *v, struct buf *b)
{
	const struct vchoice *c = v->data;
	const struct config *cfg = tui.set.cfg;

	if (!tui_title_expand_fmt(c->kind == CH_TAG ?
	    cfg->selecttag_title_format : cfg->selectfilter_title_format, b,
	    NULL, -1, (long long)c->n))
		buf_adds(b, c->title);
}

/* selecttag-format's values: %i the row's number, %T the tag. */
struct choice_vals {
	size_t		 i;
	const char	*tag;
};

static const char *
choice_value(void *arg, char spec, char *tmp, size_t len)
{
	const struct choice_vals *cv = arg;

	switch (spec) {
	case 'i':
		snprintf(tmp, len, "%zu", cv->i);
		return tmp;
	case 'T':
		return cv->tag;
	case 'N':
		return PACKAGE_NAME;
	case 'V':
		return PACKAGE_VERSION;
	}
	return NULL;
}

static void
choice_row(void *arg, size_t i, int y, int w, int focus)
{
	struct vchoice *c = arg;
	int attr = theme_attr(focus ? CE_LISTFOCUS : CE_LISTNORMAL);
	struct buf b = BUF_INIT;
	struct choice_vals cv = { i + 1, c->items[i] };
	const char *f = tui.set.cfg->selecttag_format;

	if (c->kind == CH_TAG && f != NULL && *f != '\0') {
		tui_format(&b, f, choice_value, &cv, w);
		text_put(y, 0, w, buf_str(&b), attr, 1);
		buf_free(&b);
		return;
	}
	buf_printf(&b, "%4zu  ", i + 1);
	text_put(y, 0, w, buf_str(&b), attr, 0);
	text_put(y, text_width(buf_str(&b)), w - text_width(buf_str(&b)),
	    c->items[i], attr, 1);
	buf_free(&b);
}

static int
choice_action(struct view *v, enum action a, int count)
{
	(void)count;
	return view_list_action(v, a);
}

/* Apply the pick to the view below, after this one is gone. */
static void
choice_open(struct view *v, size_t i)
{
	struct vchoice *c = v->data;
	enum choice_kind kind = c->kind;
	char *value = xstrdup(c->values[i]);

	tui_pop();	/* frees v and c */
	if (kind == CH_TAG) {
		view_feeds_set_tag(tui.top, value);
		tui_message(0, _("Tag: %s"), value);
	} else
		tidy_apply_filter(tui.top, value);
	free(value);
}

static void
choice_free(struct view *v)
{
	struct vchoice *c = v->data;
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->items[i]);
		free(c->values[i]);
	}
	free(c->items);
	free(c->values);
	free(c->title);
	free(c);
}

/* ---- filters -------------------------------------------------------- */

/* expr on v (an article list or the feed list); a bad one is said and
 * the old filter stays. */
static void
tidy_apply_filter(struct view *v, const char *expr)
{
	struct model_filter *f;
	char err[256];

	if (view_is_feeds(v)) {
		if ((f = model_filter_parse(expr, err, sizeof err)) == NULL) {
			tui_message(1, _("Bad filter: %s"), err);
			return;
		}
		view_feeds_set_filter(v, f);
		return;
	}
	if (model_list_set_filter(view_articles_model(v), expr, err,
	    sizeof err) != 0) {
		tui_message(1, _("Bad filter: %s"), err);
		return;
	}
	view_articles_reset(v);
}

static void
tidy_clear_filter(struct view *v)
{
	char err[8];

	if (view_is_feeds(v))
		view_feeds_set_filter(v, NULL);
	else {
		(void)model_list_set_filter(view_articles_model(v), NULL, err,
		    sizeof err);
		view_articles_reset(v);
	}
}

static void
tidy_select_filter(void)
{
	const struct config_rule *r;
	char **items, **values;
	size_t i, n = model_rules_count(tidy.filters);

	if (n == 0) {
		tui_message(0, "%s", _("No filters defined (define-filter)"));
		return;
	}
	items = xreallocarray(NULL, n, sizeof *items);
	values = xreallocarray(NULL, n, sizeof *values);
	for (i = 0; i < n; i++) {
		r = model_rules_at(tidy.filters, i);
		items[i] = text_clean(r->name);
		values[i] = xstrdup(r->expr);
	}
	choice_push(CH_FILTER, _("Select Filter"), items, values, n);
}

static void
tidy_set_tag(struct view *v)
{
	char **tags, **items;
	size_t n, i;

	if ((tags = view_feeds_tags(v, &n)) == NULL || n == 0) {
		free(tags);
		tui_message(0, "%s", _("No tags in the urls file"));
		return;
	}
	items = xreallocarray(NULL, n, sizeof *items);
	for (i = 0; i < n; i++)
		items[i] = text_clean(tags[i]);
	choice_push(CH_TAG, _("Select Tag"), items, tags, n);
}

/* The filter actions, the same in the feed list and an article list:
 * 1 when a was one of them. */
static int
tidy_filter_action(struct view *v, enum action a)
{
	char *s;

	switch (a) {
	case A_SET_FILTER:
		if ((s = tui_prompt(_("Filter: "))) != NULL && *s != '\0')
			tidy_apply_filter(v, s);
		free(s);
		return 1;
	case A_SELECT_FILTER:
		tidy_select_filter();
		return 1;
	case A_CLEAR_FILTER:
		tidy_clear_filter(v);
		return 1;
	default:
		return 0;
	}
}

int
tui_tidy_feeds(struct view *v, enum action a)
{
	if (tidy_filter_action(v, a))
		return 1;
	switch (a) {
	case A_SET_TAG:
		tidy_set_tag(v);
		return 1;
	case A_CLEAR_TAG:
		view_feeds_set_tag(v, NULL);
		return 1;
	default:
		return 0;
	}
}

/* ---- the article list ----------------------------------------------- */

static const struct {
	wchar_t		 key;
	enum model_sort	 sort;
} tidy_sorts[] = {
	{ L'd', MODEL_SORT_DATE }, { L't', MODEL_SORT_TITLE },
	{ L'f', MODEL_SORT_FLAGS }, { L'a', MODEL_SORT_AUTHOR },
	{ L'l', MODEL_SORT_LINK }, { L'e', MODEL_SORT_FEED },
};

/* newsboat's question, one key: ascending (oldest first, A to Z), or
 * descending for rev-sort. */
static void
tidy_sort(struct view *v, int reverse)
{
	wint_t wc;
	size_t i;
	int r;

	tui_message(0, "%s", reverse ?
	    _("Reverse Sort by (d)ate/(t)itle/(f)lags/(a)uthor/(l)ink/f(e)ed?") :
	    _("Sort by (d)ate/(t)itle/(f)lags/(a)uthor/(l)ink/f(e)ed?"));
	tui_draw();
	timeout(-1);
	r = get_wch(&wc);
	free(tui.msg);
	tui.msg = NULL;
	if (r != OK)
		return;
	for (i = 0; i < sizeof tidy_sorts / sizeof tidy_sorts[0]; i++) {
		if (tidy_sorts[i].key != (wchar_t)wc)
			continue;
		model_list_sort(view_articles_model(v), tidy_sorts[i].sort,
		    reverse);
		view_articles_reset(v);
		return;
	}
}

/* Ask for article id's flags (now: its current ones); 1 when changed. */
static int
tidy_ask_flags(int64_t id, const char *now)
{
	char *label, *s;
	int done = 0;

	label = xasprintf(_("Flags (%s): "), now != NULL ? now : "");
	s = tui_prompt(label);
	free(label);
	if (s == NULL)
		return 0;
	if (tui_done(model_set_flags(tui.m, id, s))) {
		tui_message(0, "%s", _("Flags updated"));
		tui.dirty = 1;
		done = 1;
	}
	free(s);
	return done;
}

static void
tidy_flags(struct view *v)
{
	struct model_article_row *r = view_articles_row(v);

	if (r != NULL && tidy_ask_flags(r->id, r->flags))
		model_list_reload(view_articles_model(v));
}

int
tui_tidy_article(struct view *v, enum action a)
{
	struct model_article art;
	int64_t id = view_article_id(v);

	if ((a != A_EDIT_FLAGS && a != A_DELETE) || id <= 0 ||
	    model_article_get(tui.m, id, &art) != 0)
		return 0;
	if (a == A_EDIT_FLAGS)
		(void)tidy_ask_flags(id, art.row.flags);
	else if (tui_done(model_set_deleted(tui.m, id, !art.row.deleted))) {
		tui_message(0, "%s", art.row.deleted ? _("Undeleted") :
		    _("Deleted (purged on quitting or with $)"));
		tui.dirty = 1;
	}
	model_article_clear(&art);
	return 1;
}

int
tui_tidy_articles(struct view *v, enum action a)
{
	struct model_article_row *r;
	size_t n;

	if (tidy_filter_action(v, a))
		return 1;
	switch (a) {
	case A_DELETE:
		if ((r = view_articles_row(v)) != NULL &&
		    tui_done(model_set_deleted(tui.m, r->id, !r->deleted))) {
			r->deleted = !r->deleted;
			list_action(v->list, A_DOWN);
			tui.dirty = 1;
		}
		return 1;
	case A_DELETE_ALL:
		if (tui_confirm(_("Delete all articles of this list? (y:Yes "
		    "n:No)")) && tui_done(model_list_delete_all(
		    view_articles_model(v)))) {
			model_list_reload(view_articles_model(v));
			tui.dirty = 1;
		}
		return 1;
	case A_PURGE_DELETED:
		if (tui_done(model_purge_deleted(tui.m, model_list_is_feed(
		    view_articles_model(v), -1) ? view_articles_query(v)->feed_id :
		    0, &n))) {
			view_articles_reset(v);
			tui_message(0, _("%zu articles purged"), n);
			tui.dirty = 1;
		}
		return 1;
	case A_EDIT_FLAGS:
		tidy_flags(v);
		return 1;
	case A_SORT:
	case A_REV_SORT:
		tidy_sort(v, a == A_REV_SORT);
		return 1;
	default:
		return 0;
	}
}
