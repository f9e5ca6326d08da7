/*
 * tui-keys: keys -> actions as tables.  keys_actions[] names every action
 * (the names `bind-key` accepts) with its help text; keys_default[] is the
 * default binding set.  The config's bind-key/unbind-key lines apply over
 * it in file order.  The help screen reads the same tables, so it always
 * lists the bindings in force.  Key codes are conf/config.h's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/tui-int.h"

struct keys_action {
	enum action	 action;
	const char	*name;
	const char	*help;
};

static const struct keys_action keys_actions[] = {
	{ A_DOWN, "down", N_("Move down") },
	{ A_UP, "up", N_("Move up") },
	{ A_PGDN, "pagedown", N_("Next page") },
	{ A_PGUP, "pageup", N_("Previous page") },
	{ A_HOME, "home", N_("Go to the first line") },
	{ A_END, "end", N_("Go to the last line") },
	{ A_OPEN, "open", N_("Open; after a number, that link") },
	{ A_BACK, "quit", N_("Go back; quit from the feed list") },
	{ A_QUIT, "hard-quit", N_("Quit tidings") },
	{ A_NEXT_UNREAD, "next-unread", N_("Next unread article (any feed)") },
	{ A_PREV_UNREAD, "prev-unread", N_("Previous unread article") },
	{ A_NEXT, "next", N_("Next article") },
	{ A_PREV, "prev", N_("Previous article") },
	{ A_MARK_FEED_READ, "mark-feed-read", N_("Mark feed read") },
	{ A_MARK_ALL_READ, "mark-all-feeds-read", N_("Mark everything read") },
	{ A_TOGGLE_READ, "toggle-article-read", N_("Toggle read/unread") },
	{ A_STAR, "toggle-star", N_("Star or unstar the article") },
	{ A_RELOAD, "reload", N_("Reload this feed") },
	{ A_RELOAD_ALL, "reload-all", N_("Reload all feeds (background)") },
	{ A_SEARCH, "open-search", N_("Search all articles") },
	{ A_GOTO_TITLE, "goto-title", N_("Go to an article by its title") },
	{ A_TOGGLE_SHOW_READ, "toggle-show-read-articles",
	    N_("Show or hide read articles/feeds") },
	{ A_BROWSER, "open-in-browser", N_("Open the link in the browser") },
	{ A_NEXT_ERROR, "next-error", N_("Next feed with a fetch error") },
	{ A_PREV_ERROR, "prev-error", N_("Previous feed with a fetch error") },
	{ A_ERRORS, "view-errors", N_("Show the last reload's errors") },
	{ A_NEXT_QUOTE, "next-quote", N_("Next quotation") },
	{ A_PREV_QUOTE, "prev-quote", N_("Previous quotation") },
	{ A_QUOTES, "view-quotes", N_("List the article's quotations") },
	{ A_QUOTES_BY, "quotes-by", N_("Quotations of a speaker, all articles") },
	{ A_HELP, "help", N_("This help") },
	{ A_REDRAW, "redraw", N_("Redraw the screen") },
	{ A_SAVE, "save", N_("Save the article to a file") },
	{ A_SAVE_ALL, "save-all", N_("Save every article of the feed") },
	{ A_PIPE_TO, "pipe-to", N_("Pipe the article to a command") },
	{ A_BOOKMARK, "bookmark", N_("Bookmark the article (bookmark-cmd)") },
	{ A_COPY_LINK, "copy-link", N_("Copy the link (copy-link-cmd)") },
	{ A_SHOW_URLS, "show-urls", N_("List the article's links") },
	{ A_GOTO_URL, "goto-url", N_("Open the link of a number") },
	{ A_TOGGLE_SOURCE, "toggle-source-view",
	    N_("Show the article's source or its text") },
	{ A_RELOAD_URLS, "reload-urls", N_("Read the urls file again") },
	{ A_EDIT_URLS, "edit-urls",
	    N_("Edit the urls file ($VISUAL, $EDITOR or vi), then read it") },
	{ A_NEXT_FEED, "next-feed", N_("Next feed") },
	{ A_PREV_FEED, "prev-feed", N_("Previous feed") },
	{ A_NEXT_UNREAD_FEED, "next-unread-feed",
	    N_("Next feed with unread articles") },
	{ A_PREV_UNREAD_FEED, "prev-unread-feed",
	    N_("Previous feed with unread articles") },
	{ A_RANDOM_UNREAD, "random-unread", N_("A random unread article") },
	{ A_ARTICLE_FEED, "article-feed", N_("Go to the article's feed") },
	{ A_BROWSER_MARK_READ, "open-in-browser-and-mark-read",
	    N_("Open the link in the browser and mark the article read") },
	{ A_MARK_ABOVE_READ, "mark-all-above-as-read",
	    N_("Mark the articles above the cursor read") },
	{ A_HALF_PGUP, "halfpageup", N_("Up half a page") },
	{ A_HALF_PGDN, "halfpagedown", N_("Down half a page") },
	{ A_ENQUEUE, "enqueue", N_("Queue the article's enclosure for "
	    "download; after a number, that one") },
	{ A_DOWNLOADS, "view-downloads", N_("Show the download queue") },
	{ A_DL_START, "pb-download", N_("Download the file (again)") },
	{ A_DL_PAUSE, "pb-pause", N_("Pause or resume the download") },
	{ A_DL_CANCEL, "pb-cancel", N_("Cancel the download") },
	{ A_DL_DELETE, "pb-delete", N_("Delete the download and its file") },
	{ A_DL_PLAY, "pb-play", N_("Play the file with the player") },
	{ A_MACRO_PREFIX, "macro-prefix",
	    N_("Run a macro: the next key picks it") },
	{ A_CMDLINE, "cmdline",
	    N_("A number goes to that line; an operation name runs it") },
	{ A_URL_1, "one", N_("Open link 1") },
	{ A_URL_1 + 1, "two", N_("Open link 2") },
	{ A_URL_1 + 2, "three", N_("Open link 3") },
	{ A_URL_1 + 3, "four", N_("Open link 4") },
	{ A_URL_1 + 4, "five", N_("Open link 5") },
	{ A_URL_1 + 5, "six", N_("Open link 6") },
	{ A_URL_1 + 6, "seven", N_("Open link 7") },
	{ A_URL_1 + 7, "eight", N_("Open link 8") },
	{ A_URL_1 + 8, "nine", N_("Open link 9") },
	{ A_URL_1 + 9, "zero", N_("Open link 10") },
	{ A_CONFIG_PROBLEMS, "view-config-problems",
	    N_("List the config file's problems") },
	{ A_SET_FILTER, "set-filter", N_("Filter the list by an expression") },
	{ A_SELECT_FILTER, "select-filter",
	    N_("Filter the list by a define-filter filter") },
	{ A_CLEAR_FILTER, "clear-filter", N_("Clear the filter") },
	{ A_SET_TAG, "set-tag", N_("Show only the feeds of a tag") },
	{ A_CLEAR_TAG, "clear-tag", N_("Show the feeds of every tag") },
	{ A_DELETE, "delete-article",
	    N_("Mark the article deleted, or undelete it") },
	{ A_DELETE_ALL, "delete-all-articles",
	    N_("Mark every article of the list deleted") },
	{ A_PURGE_DELETED, "purge-deleted",
	    N_("Remove the articles marked deleted for good") },
	{ A_EDIT_FLAGS, "edit-flags", N_("Edit the article's flags (a-z A-Z)") },
	{ A_SORT, "sort", N_("Sort the articles by a field") },
	{ A_REV_SORT, "rev-sort", N_("Sort the articles by a field, reversed") },
};

struct keys_default {
	int		 key;
	enum action	 action;
	const char	*context;
};

static const struct keys_default keys_default[] = {
	{ 'j', A_DOWN, NULL },
	{ CK_DOWN, A_DOWN, NULL },
	{ 'k', A_UP, NULL },
	{ CK_UP, A_UP, NULL },
	{ CK_NPAGE, A_PGDN, NULL },
	{ ' ', A_PGDN, NULL },
	{ CK_PPAGE, A_PGUP, NULL },
	{ 'g', A_HOME, NULL },
	{ CK_HOME, A_HOME, NULL },
	{ 'G', A_END, NULL },
	{ CK_END, A_END, NULL },
	{ CK_ENTER, A_OPEN, NULL },
	{ 'q', A_BACK, NULL },
	{ 'Q', A_QUIT, NULL },
	{ 'n', A_NEXT_UNREAD, NULL },
	{ 'U', A_PREV_UNREAD, NULL },
	{ 'p', A_NEXT, NULL },
	{ 'P', A_PREV, NULL },
	{ 'A', A_MARK_FEED_READ, NULL },
	{ 'C', A_MARK_ALL_READ, NULL },
	{ 'N', A_TOGGLE_READ, NULL },
	{ 's', A_STAR, NULL },
	{ 'r', A_RELOAD, NULL },
	{ 'R', A_RELOAD_ALL, NULL },
	{ '/', A_SEARCH, NULL },
	{ 'l', A_TOGGLE_SHOW_READ, NULL },
	{ 'o', A_BROWSER, NULL },
	{ 'e', A_NEXT_ERROR, NULL },
	{ 'E', A_PREV_ERROR, NULL },
	{ 'v', A_ERRORS, NULL },
	{ '\'', A_NEXT_QUOTE, "article" },
	{ '"', A_PREV_QUOTE, "article" },
	{ 'w', A_QUOTES, "article" },
	{ 'W', A_QUOTES_BY, NULL },
	{ '?', A_HELP, NULL },
	{ 12, A_REDRAW, NULL },		/* ^L */
	{ 'S', A_SAVE, NULL },		/* newsboat's s is toggle-star here */
	{ '|', A_PIPE_TO, NULL },
	{ 2, A_BOOKMARK, NULL },		/* ^B */
	{ 'y', A_COPY_LINK, NULL },
	{ 'u', A_SHOW_URLS, "article" },
	{ '#', A_GOTO_URL, "article" },
	{ 21, A_TOGGLE_SOURCE, "article" },	/* ^U */
	/* newsboat's keys (edit-urls' E is prev-error here) */
	{ 18, A_RELOAD_URLS, NULL },	/* ^R */
	{ 'J', A_NEXT_FEED, NULL },
	{ 'K', A_PREV_FEED, NULL },
	{ 14, A_NEXT_UNREAD_FEED, NULL },	/* ^N */
	{ 16, A_PREV_UNREAD_FEED, NULL },	/* ^P */
	{ 11, A_RANDOM_UNREAD, NULL },	/* ^K */
	{ 'O', A_BROWSER_MARK_READ, NULL },
	/* podcasts: newsboat's e, podboat's d c D p */
	{ 'e', A_ENQUEUE, "article" },
	{ 'L', A_DOWNLOADS, NULL },
	{ 'd', A_DL_START, "downloads" },
	{ 'z', A_DL_PAUSE, "downloads" },
	{ 'c', A_DL_CANCEL, "downloads" },
	{ 'D', A_DL_DELETE, "downloads" },
	{ 'p', A_DL_PLAY, "downloads" },
	/* newsboat's macro prefix and command line.  Digits stay a count
	 * here (3 ENTER, 3 y, 3 e act on link 3); keymap newsboat makes
	 * them open the link at once, as newsboat does. */
	{ ',', A_MACRO_PREFIX, NULL },
	{ ':', A_CMDLINE, NULL },
	{ 'V', A_CONFIG_PROBLEMS, NULL },
	/* tidying: newsboat's keys, but for sort and rev-sort, whose g and
	 * G are home and end here */
	{ 'F', A_SET_FILTER, NULL },
	{ 'f', A_SELECT_FILTER, NULL },
	{ 6, A_CLEAR_FILTER, NULL },		/* ^F */
	{ 't', A_SET_TAG, NULL },	/* every view: a bind-key wins */
	{ 20, A_CLEAR_TAG, NULL },	/* ^T */
	{ 'D', A_DELETE, NULL },
	{ 4, A_DELETE_ALL, NULL },		/* ^D */
	{ '$', A_PURGE_DELETED, NULL },
	{ 5, A_EDIT_FLAGS, NULL },		/* ^E */
	{ '>', A_SORT, NULL },
	{ '<', A_REV_SORT, NULL },
};

static void	keys_add(struct tui_settings *s, int key, enum action a,
		    const char *context, const char *ops);

/* tidings' name, else newsboat's (tui-keys-nb.c). */
int
keys_action_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof keys_actions / sizeof keys_actions[0]; i++) {
		if (strcmp(keys_actions[i].name, name) == 0)
			return (int)keys_actions[i].action;
	}
	return keys_nb_find(name);
}

void
keys_bind(struct tui_settings *s, int key, enum action a, const char *context)
{
	keys_add(s, key, a, context, NULL);
}

/* Bind, replacing an earlier binding of the same key and context. */
static void
keys_add(struct tui_settings *s, int key, enum action a, const char *context,
    const char *ops)
{
	struct tui_binding *b;
	size_t i;

	for (i = 0; i < s->nbindings; i++) {
		b = &s->bindings[i];
		if (b->key != key)
			continue;
		if ((b->context == NULL) != (context == NULL))
			continue;
		if (context != NULL && strcmp(b->context, context) != 0)
			continue;
		b->action = a;
		b->ops = ops;
		return;
	}
	if (s->nbindings == TUI_MAX_BINDINGS) {
		log_warn(_("too many key bindings; %s ignored"),
		    keys_action_name(a));
		return;
	}
	b = &s->bindings[s->nbindings++];
	b->key = key;
	b->action = a;
	b->context = context;
	b->ops = ops;
}

/* A bind line's operations: each must be known; the first is the
 * binding's action (for the help screen). */
static int
ops_action(const struct config_binding *cb)
{
	char *copy = xstrdup(cb->action), *p, *semi, *sp;
	int a, first = -1;

	for (p = copy; p != NULL; p = semi) {
		if ((semi = strstr(p, " ; ")) != NULL) {
			*semi = '\0';
			semi += 3;
		}
		if ((sp = strchr(p, ' ')) != NULL)
			*sp = '\0';
		if ((a = keys_action_find(p)) == -1) {
			log_warn(_("%s:%u: unknown action %s"), cb->file,
			    cb->line, p);
			free(copy);
			return -1;
		}
		if (first == -1)
			first = a;
	}
	free(copy);
	return first;
}

void
keys_init(struct tui_settings *s, const struct config *c)
{
	const struct config_binding *cb;
	size_t i, j;
	int a;

	s->nbindings = 0;
	if (c != NULL && c->keymap == CKM_NEWSBOAT)
		keys_nb_defaults(s);
	else
		for (i = 0; i < sizeof keys_default / sizeof keys_default[0];
		    i++)
			keys_add(s, keys_default[i].key,
			    keys_default[i].action, keys_default[i].context,
			    NULL);
	for (i = 0; c != NULL && i < c->nbindings; i++) {
		cb = &c->bindings[i];
		if (cb->action == NULL) {
			/* unbind-key: A_NONE hides the default too */
			if (cb->code == 0) {
				for (j = 0; j < s->nbindings; j++)
					s->bindings[j].action = A_NONE;
			} else
				keys_add(s, cb->code, A_NONE, cb->context,
				    NULL);
			continue;
		}
		if (strstr(cb->action, " ; ") != NULL || strchr(cb->action,
		    ' ') != NULL) {
			/* bind: several operations, or arguments */
			if ((a = ops_action(cb)) != -1)
				keys_add(s, cb->code, (enum action)a,
				    cb->context, cb->action);
			continue;
		}
		if ((a = keys_action_find(cb->action)) == -1) {
			log_warn(_("%s:%u: unknown action %s"), cb->file,
			    cb->line, cb->action);
			continue;
		}
		keys_add(s, cb->code, (enum action)a, cb->context, NULL);
	}
}

enum action
keys_lookup(const struct tui_settings *s, int key, const char *context)
{
	const struct tui_binding *b;
	enum action any = A_NONE;
	int found_any = 0;
	size_t i;

	for (i = 0; i < s->nbindings; i++) {
		b = &s->bindings[i];
		if (b->key != key)
			continue;
		if (b->context == NULL) {
			any = b->action;
			found_any = 1;
		} else if (context != NULL && strcmp(b->context, context) == 0)
			return b->action;
	}
	return found_any ? any : A_NONE;
}

const char *
keys_lookup_ops(const struct tui_settings *s, int key, const char *context)
{
	const struct tui_binding *b;
	const char *any = NULL;
	size_t i;

	for (i = 0; i < s->nbindings; i++) {
		b = &s->bindings[i];
		if (b->key != key)
			continue;
		if (b->context == NULL)
			any = b->ops;
		else if (context != NULL && strcmp(b->context, context) == 0)
			return b->ops;
	}
	return any;
}

const char *
keys_action_name(enum action a)
{
	size_t i;

	for (i = 0; i < sizeof keys_actions / sizeof keys_actions[0]; i++) {
		if (keys_actions[i].action == a)
			return keys_actions[i].name;
	}
	return "?";
}

const char *
keys_action_help(enum action a)
{
	size_t i;

	for (i = 0; i < sizeof keys_actions / sizeof keys_actions[0]; i++) {
		if (keys_actions[i].action == a)
			return _(keys_actions[i].help);
	}
	return "";
}

char *
keys_for(const struct tui_settings *s, enum action a, const char *context)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < s->nbindings; i++) {
		if (s->bindings[i].action != a)
			continue;
		if (s->bindings[i].context != NULL && (context == NULL ||
		    strcmp(s->bindings[i].context, context) != 0))
			continue;
		/* shadowed by a context binding of the same key? */
		if (keys_lookup(s, s->bindings[i].key, context) != a)
			continue;
		if (b.len > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, config_key_name(s->bindings[i].key));
	}
	return buf_detach(&b);
}
