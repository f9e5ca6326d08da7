/*
 * tui-keys-nb: newsboat's operations, all of them, with their default keys
 * and dialogs (newsboat's keymap.cpp), and the tidings action each one is
 * (A_NONE: not implemented).  `keymap newsboat` binds exactly these
 * defaults; bind-key takes every name here that has an action.  Macros
 * (the macro prefix, then a key) and `bind` lines with several
 * operations run through keys_run_ops.  doc/newsboat.md is generated
 * from this table and config-newsboat.c's.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/tui-int.h"

/* Dialog bits: newsboat's dialogs that tidings has, as its view names. */
static const struct {
	int		 bit;
	const char	*view;
} nb_contexts[] = {
	{ NBC_FEEDLIST, "feedlist" }, { NBC_ARTICLELIST, "articlelist" },
	{ NBC_ARTICLE, "article" }, { NBC_URLVIEW, "urlview" },
	{ NBC_HELP, "help" }, { NBC_PODBOAT, "downloads" },
};

/* In newsboat's order (its help screen's). */
const struct keys_nb_op keys_nb_ops[] = {
	{ "open", "ENTER", A_OPEN,
	    NBC_ARTICLELIST | NBC_FEEDLIST | NBC_URLVIEW },
	{ "switch-focus", "TAB", A_NONE, 0 },
	{ "quit", "q", A_BACK, NBC_ALL },
	{ "hard-quit", "Q", A_QUIT, NBC_ALL },
	{ "reload", "r", A_RELOAD, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "reload-all", "R", A_RELOAD_ALL, NBC_FEEDLIST },
	{ "mark-feed-read", "A", A_MARK_FEED_READ,
	    NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "mark-all-feeds-read", "C", A_MARK_ALL_READ, NBC_FEEDLIST },
	{ "mark-all-above-as-read", NULL, A_MARK_ABOVE_READ, NBC_ARTICLELIST },
	{ "save", "s", A_SAVE, NBC_ARTICLE | NBC_ARTICLELIST },
	{ "save-all", NULL, A_SAVE_ALL, NBC_ARTICLELIST },
	{ "next", "J", A_NEXT,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST |
	    NBC_PODBOAT | NBC_URLVIEW },
	{ "prev", "K", A_PREV,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST |
	    NBC_PODBOAT | NBC_URLVIEW },
	{ "next-unread", "n", A_NEXT_UNREAD,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "prev-unread", "p", A_PREV_UNREAD,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "random-unread", "^K", A_RANDOM_UNREAD,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "open-in-browser-and-mark-read", "O", A_BROWSER_MARK_READ,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_URLVIEW },
	{ "open-all-unread-in-browser", NULL, A_NONE,
	    NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "open-all-unread-in-browser-and-mark-read", NULL, A_NONE,
	    NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "open-in-browser", "o", A_BROWSER,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST | NBC_URLVIEW },
	{ "open-in-browser-noninteractively", NULL, A_NONE,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST | NBC_URLVIEW },
	{ "help", "?", A_HELP,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST |
	    NBC_PODBOAT | NBC_URLVIEW },
	{ "toggle-source-view", "^U", A_TOGGLE_SOURCE, NBC_ARTICLE },
	{ "toggle-article-read", "N", A_TOGGLE_READ,
	    NBC_ARTICLE | NBC_ARTICLELIST },
	{ "toggle-show-read-feeds", "l", A_TOGGLE_SHOW_READ,
	    NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "show-urls", "u", A_SHOW_URLS, NBC_ARTICLE | NBC_ARTICLELIST },
	{ "clear-tag", "^T", A_CLEAR_TAG, NBC_FEEDLIST },
	{ "set-tag", "t", A_SET_TAG, NBC_FEEDLIST },
	{ "select-tag", "t", A_SET_TAG, NBC_FEEDLIST },
	{ "open-search", "/", A_SEARCH,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_FEEDLIST | NBC_HELP },
	{ "goto-url", "#", A_GOTO_URL, NBC_ARTICLE },
	{ "goto-title", NULL, A_GOTO_TITLE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "enqueue", "e", A_ENQUEUE, NBC_ARTICLE | NBC_ARTICLELIST },
	{ "reload-urls", "^R", A_RELOAD_URLS, NBC_FEEDLIST },
	{ "pb-download", "d", A_DL_START, NBC_PODBOAT },
	{ "pb-cancel", "c", A_DL_CANCEL, NBC_PODBOAT },
	{ "pb-delete", "D", A_DL_DELETE, NBC_PODBOAT },
	{ "pb-purge", "P", A_NONE, NBC_PODBOAT },
	{ "pb-toggle-download-all", "a", A_NONE, NBC_PODBOAT },
	{ "pb-play", "p", A_DL_PLAY, NBC_PODBOAT },
	{ "pb-mark-as-finished", "m", A_NONE, NBC_PODBOAT },
	{ "pb-increase-max-dls", "+", A_NONE, NBC_PODBOAT },
	{ "pb-decreate-max-dls", "-", A_NONE, NBC_PODBOAT },
	{ "redraw", "^L", A_REDRAW, NBC_ALL },
	{ "cmdline", ":", A_CMDLINE, NBC_ALL },
	{ "set-filter", "F", A_SET_FILTER, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "select-filter", "f", A_SELECT_FILTER, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "clear-filter", "^F", A_CLEAR_FILTER,
	    NBC_ARTICLELIST | NBC_FEEDLIST | NBC_HELP },
	{ "bookmark", "^B", A_BOOKMARK,
	    NBC_ARTICLE | NBC_ARTICLELIST | NBC_URLVIEW },
	{ "edit-flags", "^E", A_EDIT_FLAGS, NBC_ARTICLE | NBC_ARTICLELIST },
	{ "next-feed", "j", A_NEXT_FEED, NBC_ARTICLELIST },
	{ "prev-feed", "k", A_PREV_FEED, NBC_ARTICLELIST },
	{ "next-unread-feed", "^N", A_NEXT_UNREAD_FEED, NBC_ARTICLELIST },
	{ "prev-unread-feed", "^P", A_PREV_UNREAD_FEED, NBC_ARTICLELIST },
	{ "macro-prefix", ",", A_MACRO_PREFIX, NBC_ALL },
	{ "delete-article", "D", A_DELETE, NBC_ARTICLE | NBC_ARTICLELIST },
	{ "delete-all-articles", "^D", A_DELETE_ALL, NBC_ARTICLELIST },
	{ "purge-deleted", "$", A_PURGE_DELETED, NBC_ARTICLELIST },
	{ "edit-urls", "E", A_EDIT_URLS, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "close-dialog", "^X", A_NONE, 0 },
	{ "view-dialogs", "v", A_NONE, NBC_ALL },
	{ "next-dialog", "^V", A_NONE, NBC_ALL },
	{ "prev-dialog", "^G", A_NONE, NBC_ALL },
	{ "pipe-to", "|", A_PIPE_TO, NBC_ARTICLE | NBC_ARTICLELIST },
	{ "sort", "g", A_SORT, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "rev-sort", "G", A_REV_SORT, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "prevsearchresults", "z", A_NONE, NBC_ARTICLELIST },
	{ "article-feed", NULL, A_ARTICLE_FEED,
	    NBC_ARTICLE | NBC_ARTICLELIST },
	{ "one", "1", A_URL_1, NBC_ARTICLE | NBC_URLVIEW },
	{ "two", "2", A_URL_1 + 1, NBC_ARTICLE | NBC_URLVIEW },
	{ "three", "3", A_URL_1 + 2, NBC_ARTICLE | NBC_URLVIEW },
	{ "four", "4", A_URL_1 + 3, NBC_ARTICLE | NBC_URLVIEW },
	{ "five", "5", A_URL_1 + 4, NBC_ARTICLE | NBC_URLVIEW },
	{ "six", "6", A_URL_1 + 5, NBC_ARTICLE | NBC_URLVIEW },
	{ "seven", "7", A_URL_1 + 6, NBC_ARTICLE | NBC_URLVIEW },
	{ "eight", "8", A_URL_1 + 7, NBC_ARTICLE | NBC_URLVIEW },
	{ "nine", "9", A_URL_1 + 8, NBC_ARTICLE | NBC_URLVIEW },
	{ "zero", "0", A_URL_1 + 9, NBC_ARTICLE | NBC_URLVIEW },
	{ "cmd-one", "1", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-two", "2", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-three", "3", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-four", "4", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-five", "5", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-six", "6", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-seven", "7", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-eight", "8", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "cmd-nine", "9", A_CMDLINE, NBC_ARTICLELIST | NBC_FEEDLIST },
	{ "up", "UP", A_UP, NBC_ALL },
	{ "down", "DOWN", A_DOWN, NBC_ALL },
	{ "pageup", "PPAGE", A_PGUP, NBC_ALL },
	{ "pagedown", "NPAGE", A_PGDN, NBC_ALL },
	{ "halfpageup", NULL, A_HALF_PGUP, NBC_ALL },
	{ "halfpagedown", NULL, A_HALF_PGDN, NBC_ALL },
	{ "home", "HOME", A_HOME, NBC_ALL },
	{ "end", "END", A_END, NBC_ALL },
	{ "set", NULL, A_NONE, 0 },
};

const size_t keys_nb_nops = sizeof keys_nb_ops / sizeof keys_nb_ops[0];

int
keys_nb_find(const char *name)
{
	size_t i;

	for (i = 0; i < keys_nb_nops; i++)
		if (strcmp(keys_nb_ops[i].name, name) == 0)
			return keys_nb_ops[i].action == A_NONE ? -1 :
			    (int)keys_nb_ops[i].action;
	return -1;
}

void
keys_nb_defaults(struct tui_settings *s)
{
	const struct keys_nb_op *op;
	size_t i, j;
	int code;

	for (i = 0; i < keys_nb_nops; i++) {
		op = &keys_nb_ops[i];
		if (op->key == NULL || op->action == A_NONE ||
		    config_key_parse(op->key, &code) != 0)
			continue;
		if (op->contexts == NBC_ALL) {
			keys_bind(s, code, op->action, NULL);
			continue;
		}
		for (j = 0; j < sizeof nb_contexts / sizeof nb_contexts[0];
		    j++)
			if (op->contexts & nb_contexts[j].bit)
				keys_bind(s, code, op->action,
				    nb_contexts[j].view);
	}
	/* newsboat's extras: b and SPACE page in the help and the article */
	keys_bind(s, 'b', A_PGUP, "help");
	keys_bind(s, ' ', A_PGDN, "help");
	keys_bind(s, 'b', A_PGUP, "article");
	keys_bind(s, ' ', A_PGDN, "article");
}

/* One operation: its name is the first word. */
static int
run_op(const char *op)
{
	char name[64];
	size_t n = strcspn(op, " \t");
	int a;

	if (n >= sizeof name)
		n = sizeof name - 1;
	memcpy(name, op, n);
	name[n] = '\0';
	if ((a = keys_action_find(name)) == -1 &&
	    (a = keys_nb_find(name)) == -1) {
		tui_message(1, _("%s: not an operation tidings has"), name);
		return -1;
	}
	if (a == A_MACRO_PREFIX || a == A_CMDLINE) {
		tui_message(1, _("%s cannot run from a macro"), name);
		return -1;
	}
	tui_act((enum action)a, a >= A_URL_1 && a <= A_URL_10 ?
	    a - A_URL_1 + 1 : 0);
	return 0;
}

void
keys_run_ops(char *const *ops, size_t nops)
{
	size_t i;

	for (i = 0; i < nops && !tui.quit; i++)
		if (run_op(ops[i]) != 0)
			break;
}

void
keys_run_opstring(const char *ops)
{
	char *copy = xstrdup(ops), *p, *semi;

	for (p = copy; p != NULL && !tui.quit; p = semi) {
		if ((semi = strstr(p, " ; ")) != NULL) {
			*semi = '\0';
			semi += 3;
		}
		if (*p != '\0' && run_op(p) != 0)
			break;
	}
	free(copy);
}

int
keys_run_macro(int code)
{
	const struct config *c = tui.set.cfg;
	size_t i;

	for (i = 0; i < c->nmacros; i++) {
		if (c->macros[i].code == code) {
			keys_run_ops(c->macros[i].ops, c->macros[i].nops);
			return 0;
		}
	}
	tui_message(1, _("No macro on %s"), config_key_name(code));
	return -1;
}
