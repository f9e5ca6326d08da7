/*
 * config-newsboat: newsboat's config commands, all of them, in one table:
 * which tidings takes (an option of config_table[] or a directive of the
 * same name), which it takes under another name, which it takes only at
 * the value tidings implements, and why it refuses the rest.  The
 * directives newsboat has and tidings' own table lacks live here too:
 * include, macro and bind.  doc/newsboat.md is generated from this table
 * (doc/gen-newsboat.sh; tests/cli/newsboat-doc.sh fails when they drift).
 */
#include <config.h>	/* autoconf's; "config.h" here would be conf/config.h */

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "conf/config.h"
#include "conf/config-int.h"

/* Sorted by name (config_newsboat_find is a binary search). */
const struct config_nb config_nb_table[] = {
	{ "always-display-description", NB_FIXED, "no",
	    N_("tidings shows the content, and the description only when "
	    "there is none") },
	{ "always-download", NB_NOT, NULL,
	    N_("tidings always sends the validators it has; -x reload "
	    "--force fetches every feed whole") },
	{ "article-sort-order", NB_TAKEN, NULL, NULL },
	{ "articlelist-format", NB_TAKEN, NULL, NULL },
	{ "articlelist-title-format", NB_TAKEN, NULL, NULL },
	{ "auto-reload", NB_TAKEN, NULL, NULL },
	{ "bind", NB_TAKEN, NULL, NULL },
	{ "bind-key", NB_TAKEN, NULL, NULL },
	{ "bookmark-autopilot", NB_TAKEN, NULL, NULL },
	{ "bookmark-cmd", NB_TAKEN, NULL, NULL },
	{ "bookmark-interactive", NB_TAKEN, NULL, NULL },
	{ "browser", NB_TAKEN, NULL, NULL },
	{ "cache-file", NB_TAKEN, NULL, NULL },
	{ "cleanup-on-quit", NB_FIXED, "no",
	    N_("tidings' cache needs no clean-up at exit; --cleanup and -X "
	    "do it on demand") },
	{ "color", NB_TAKEN, NULL, NULL },
	{ "confirm-delete-all-articles", NB_FIXED, "yes",
	    N_("tidings' delete-all-articles always asks first") },
	{ "confirm-exit", NB_TAKEN, NULL, NULL },
	{ "confirm-mark-all-feeds-read", NB_TAKEN, NULL, NULL },
	{ "confirm-mark-feed-read", NB_TAKEN, NULL, NULL },
	{ "cookie-cache", NB_TAKEN, NULL, NULL },
	{ "datetime-format", NB_TAKEN, NULL, NULL },
	{ "define-filter", NB_TAKEN, NULL, NULL },
	{ "delete-played-files", NB_TAKEN, NULL, NULL },
	{ "delete-read-articles-on-quit", NB_FIXED, "no",
	    N_("tidings never deletes articles at exit; max-age and max-"
	    "items bound the cache") },
	{ "dialogs-title-format", NB_NOT, NULL,
	    N_("tidings has no dialog list") },
	{ "dirbrowser-title-format", NB_NOT, NULL,
	    N_("tidings has no directory browser") },
	{ "display-article-progress", NB_TAKEN, NULL, NULL },
	{ "download-filename-format", NB_TAKEN, NULL, NULL },
	{ "download-full-page", NB_FIXED, "no",
	    N_("tidings does not fetch articles' web pages") },
	{ "download-path", NB_TAKEN, NULL, NULL },
	{ "download-retries", NB_TAKEN, NULL, NULL },
	{ "download-timeout", NB_TAKEN, NULL, NULL },
	{ "error-log", NB_TAKEN, NULL, NULL },
	{ "external-url-viewer", NB_TAKEN, NULL, NULL },
	{ "feed-sort-order", NB_TAKEN, NULL, NULL },
	{ "feedbin-flag-star", NB_SYNC, "sync", NULL },
	{ "feedbin-login", NB_SYNC, "sync", NULL },
	{ "feedbin-password", NB_SYNC, "sync", NULL },
	{ "feedbin-passwordeval", NB_SYNC, "sync", NULL },
	{ "feedbin-passwordfile", NB_SYNC, "sync", NULL },
	{ "feedbin-url", NB_SYNC, "sync", NULL },
	{ "feedhq-flag-share", NB_SYNC, "sync", NULL },
	{ "feedhq-flag-star", NB_SYNC, "sync", NULL },
	{ "feedhq-login", NB_SYNC, "sync", NULL },
	{ "feedhq-min-items", NB_SYNC, "sync", NULL },
	{ "feedhq-password", NB_SYNC, "sync", NULL },
	{ "feedhq-passwordeval", NB_SYNC, "sync", NULL },
	{ "feedhq-passwordfile", NB_SYNC, "sync", NULL },
	{ "feedhq-show-special-feeds", NB_SYNC, "sync", NULL },
	{ "feedhq-url", NB_SYNC, "sync", NULL },
	{ "feedlist-format", NB_TAKEN, NULL, NULL },
	{ "feedlist-title-format", NB_TAKEN, NULL, NULL },
	{ "filebrowser-title-format", NB_NOT, NULL,
	    N_("tidings has no file browser") },
	{ "freshrss-flag-star", NB_SYNC, "sync", NULL },
	{ "freshrss-login", NB_SYNC, "sync", NULL },
	{ "freshrss-min-items", NB_SYNC, "sync", NULL },
	{ "freshrss-password", NB_SYNC, "sync", NULL },
	{ "freshrss-passwordeval", NB_SYNC, "sync", NULL },
	{ "freshrss-passwordfile", NB_SYNC, "sync", NULL },
	{ "freshrss-show-special-feeds", NB_SYNC, "sync", NULL },
	{ "freshrss-url", NB_SYNC, "sync", NULL },
	{ "goto-first-unread", NB_TAKEN, NULL, NULL },
	{ "goto-next-feed", NB_FIXED, "yes",
	    N_("next-unread and prev-unread always go on into the other "
	    "feeds") },
	{ "help-title-format", NB_TAKEN, NULL, NULL },
	{ "highlight", NB_TAKEN, NULL, NULL },
	{ "highlight-article", NB_TAKEN, NULL, NULL },
	{ "highlight-feed", NB_TAKEN, NULL, NULL },
	{ "history-limit", NB_FIXED, "0",
	    N_("tidings keeps no command-line history") },
	{ "html-renderer", NB_TAKEN, NULL, NULL },
	{ "http-auth-method", NB_TAKEN, NULL, NULL },
	{ "ignore-article", NB_TAKEN, NULL, NULL },
	{ "ignore-mode", NB_TAKEN, NULL, NULL },
	{ "include", NB_TAKEN, NULL, NULL },
	{ "inoreader-app-id", NB_SYNC, "sync", NULL },
	{ "inoreader-app-key", NB_SYNC, "sync", NULL },
	{ "inoreader-flag-share", NB_SYNC, "sync", NULL },
	{ "inoreader-flag-star", NB_SYNC, "sync", NULL },
	{ "inoreader-login", NB_SYNC, "sync", NULL },
	{ "inoreader-min-items", NB_SYNC, "sync", NULL },
	{ "inoreader-password", NB_SYNC, "sync", NULL },
	{ "inoreader-passwordeval", NB_SYNC, "sync", NULL },
	{ "inoreader-passwordfile", NB_SYNC, "sync", NULL },
	{ "inoreader-show-special-feeds", NB_SYNC, "sync", NULL },
	{ "itemview-title-format", NB_TAKEN, NULL, NULL },
	{ "keep-articles-days", NB_ALIAS, "max-age", NULL },
	{ "keep-forever-if-flagged-with", NB_TAKEN, NULL, NULL },
	{ "macro", NB_TAKEN, NULL, NULL },
	{ "mark-as-read-on-hover", NB_FIXED, "no",
	    N_("articles are marked read when opened, not when the cursor "
	    "passes") },
	{ "markfeedread-jumps-to-next-unread", NB_TAKEN, NULL, NULL },
	{ "max-browser-tabs", NB_NOT, NULL,
	    N_("tidings has no open-all-unread-in-browser operation") },
	{ "max-download-speed", NB_TAKEN, NULL, NULL },
	{ "max-downloads", NB_TAKEN, NULL, NULL },
	{ "max-items", NB_TAKEN, NULL, NULL },
	{ "miniflux-flag-star", NB_SYNC, "sync", NULL },
	{ "miniflux-login", NB_SYNC, "sync", NULL },
	{ "miniflux-min-items", NB_SYNC, "sync", NULL },
	{ "miniflux-password", NB_SYNC, "sync", NULL },
	{ "miniflux-passwordeval", NB_SYNC, "sync", NULL },
	{ "miniflux-passwordfile", NB_SYNC, "sync", NULL },
	{ "miniflux-show-special-feeds", NB_SYNC, "sync", NULL },
	{ "miniflux-token", NB_SYNC, "sync", NULL },
	{ "miniflux-tokeneval", NB_SYNC, "sync", NULL },
	{ "miniflux-tokenfile", NB_SYNC, "sync", NULL },
	{ "miniflux-url", NB_SYNC, "sync", NULL },
	{ "newsblur-login", NB_SYNC, "sync", NULL },
	{ "newsblur-min-items", NB_SYNC, "sync", NULL },
	{ "newsblur-password", NB_SYNC, "sync", NULL },
	{ "newsblur-passwordeval", NB_SYNC, "sync", NULL },
	{ "newsblur-passwordfile", NB_SYNC, "sync", NULL },
	{ "newsblur-url", NB_SYNC, "sync", NULL },
	{ "notify-always", NB_TAKEN, NULL, NULL },
	{ "notify-beep", NB_TAKEN, NULL, NULL },
	{ "notify-format", NB_TAKEN, NULL, NULL },
	{ "notify-program", NB_TAKEN, NULL, NULL },
	{ "notify-screen", NB_TAKEN, NULL, NULL },
	{ "notify-xterm", NB_TAKEN, NULL, NULL },
	{ "ocnews-flag-star", NB_SYNC, "sync", NULL },
	{ "ocnews-login", NB_SYNC, "sync", NULL },
	{ "ocnews-password", NB_SYNC, "sync", NULL },
	{ "ocnews-passwordeval", NB_SYNC, "sync", NULL },
	{ "ocnews-passwordfile", NB_SYNC, "sync", NULL },
	{ "ocnews-url", NB_SYNC, "sync", NULL },
	{ "oldreader-flag-share", NB_SYNC, "sync", NULL },
	{ "oldreader-flag-star", NB_SYNC, "sync", NULL },
	{ "oldreader-login", NB_SYNC, "sync", NULL },
	{ "oldreader-min-items", NB_SYNC, "sync", NULL },
	{ "oldreader-password", NB_SYNC, "sync", NULL },
	{ "oldreader-passwordeval", NB_SYNC, "sync", NULL },
	{ "oldreader-passwordfile", NB_SYNC, "sync", NULL },
	{ "oldreader-show-special-feeds", NB_SYNC, "sync", NULL },
	{ "openbrowser-and-mark-jumps-to-next-unread", NB_TAKEN, NULL, NULL },
	{ "opml-url", NB_SYNC, "sync", NULL },
	{ "pager", NB_TAKEN, NULL, NULL },
	{ "player", NB_TAKEN, NULL, NULL },
	{ "podcast-auto-enqueue", NB_TAKEN, NULL, NULL },
	{ "podlist-format", NB_NOT, NULL,
	    N_("the downloads view has a fixed layout") },
	{ "prepopulate-query-feeds", NB_TAKEN, NULL, NULL },
	{ "proxy", NB_TAKEN, NULL, NULL },
	{ "proxy-auth", NB_TAKEN, NULL, NULL },
	{ "proxy-auth-method", NB_TAKEN, NULL, NULL },
	{ "proxy-type", NB_TAKEN, NULL, NULL },
	{ "refresh-on-startup", NB_TAKEN, NULL, NULL },
	{ "reload-only-visible-feeds", NB_FIXED, "no",
	    N_("reloads always cover every feed of the urls file") },
	{ "reload-threads", NB_TAKEN, NULL, NULL },
	{ "reload-time", NB_TAKEN, NULL, NULL },
	{ "reset-unread-on-update", NB_TAKEN, NULL, NULL },
	{ "restrict-filename", NB_TAKEN, NULL, NULL },
	{ "run-on-startup", NB_TAKEN, NULL, NULL },
	{ "save-path", NB_TAKEN, NULL, NULL },
	{ "scrolloff", NB_TAKEN, NULL, NULL },
	{ "search-highlight-colors", NB_TAKEN, NULL, NULL },
	{ "searchresult-title-format", NB_TAKEN, NULL, NULL },
	{ "selectfilter-title-format", NB_TAKEN, NULL, NULL },
	{ "selecttag-format", NB_TAKEN, NULL, NULL },
	{ "selecttag-title-format", NB_TAKEN, NULL, NULL },
	{ "show-keymap-hint", NB_TAKEN, NULL, NULL },
	{ "show-read-articles", NB_TAKEN, NULL, NULL },
	{ "show-read-feeds", NB_TAKEN, NULL, NULL },
	{ "show-title-bar", NB_TAKEN, NULL, NULL },
	{ "ssl-verifyhost", NB_TAKEN, NULL, NULL },
	{ "ssl-verifypeer", NB_TAKEN, NULL, NULL },
	{ "suppress-first-reload", NB_TAKEN, NULL, NULL },
	{ "swap-title-and-hints", NB_FIXED, "no",
	    N_("the title bar is always at the top") },
	{ "text-width", NB_TAKEN, NULL, NULL },
	{ "toggleitemread-jumps-to-next", NB_TAKEN, NULL, NULL },
	{ "toggleitemread-jumps-to-next-unread", NB_FIXED, "no",
	    N_("toggle-article-read stays on the article") },
	{ "ttrss-flag-publish", NB_SYNC, "sync", NULL },
	{ "ttrss-flag-star", NB_SYNC, "sync", NULL },
	{ "ttrss-login", NB_SYNC, "sync", NULL },
	{ "ttrss-mode", NB_SYNC, "sync", NULL },
	{ "ttrss-password", NB_SYNC, "sync", NULL },
	{ "ttrss-passwordeval", NB_SYNC, "sync", NULL },
	{ "ttrss-passwordfile", NB_SYNC, "sync", NULL },
	{ "ttrss-url", NB_SYNC, "sync", NULL },
	{ "unbind-key", NB_TAKEN, NULL, NULL },
	{ "urls-source", NB_SYNC, "sync", NULL },
	{ "urlview-title-format", NB_TAKEN, NULL, NULL },
	{ "use-proxy", NB_TAKEN, NULL, NULL },
	{ "user-agent", NB_TAKEN, NULL, NULL },
	{ "wrap-scroll", NB_TAKEN, NULL, NULL },
};

const size_t config_nb_table_size =
    sizeof config_nb_table / sizeof config_nb_table[0];

static int
nb_cmp(const void *key, const void *row)
{
	return strcmp(key, ((const struct config_nb *)row)->name);
}

const struct config_nb *
config_newsboat_find(const char *command)
{
	return bsearch(command, config_nb_table, config_nb_table_size,
	    sizeof config_nb_table[0], nb_cmp);
}

const char *
config_newsboat_alias(const char *command)
{
	const struct config_nb *e = config_newsboat_find(command);

	return e != NULL && e->kind == NB_ALIAS ? e->arg : NULL;
}

const char *
config_newsboat_reason(const char *command)
{
	const struct config_nb *e = config_newsboat_find(command);

	if (e == NULL)
		return NULL;
	switch (e->kind) {
	case NB_NOT:
	case NB_FIXED:
		return e->why;
	case NB_SYNC:
		return N_("a setting of newsboat's sync services; tidings' "
		    "own sync is set up apart");
	case NB_PENDING:
		return N_("not in this build of tidings yet");
	case NB_INERT:
		return N_("read, but it has no effect in tidings yet");
	case NB_TAKEN:
	case NB_ALIAS:
		break;
	}
	return NULL;
}

/* A NB_FIXED command: fine at tidings' value, refused at any other. */
int
config_newsboat_fixed(struct config *c, const struct config_nb *e,
    struct words *ws, const char *name, unsigned line)
{
	char *pv;

	if (ws->n == 2 && (strcmp(ws->w[1], e->arg) == 0 ||
	    (strcmp(e->arg, "yes") == 0 && strcmp(ws->w[1], "true") == 0) ||
	    (strcmp(e->arg, "no") == 0 && strcmp(ws->w[1], "false") == 0)))
		return 0;
	pv = config_printable(ws->w[0]);
	config_warn(c, name, line, _("%s: only %s is supported: %s"), pv,
	    e->arg, _(e->why));
	free(pv);
	return -1;
}
