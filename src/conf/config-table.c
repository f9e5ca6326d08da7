/*
 * config-table: every config option, once: name, type, default, range and
 * help text, and where its value lives in struct config.  The parser, the
 * defaults and any help screen or documentation all read this table
 * (after tmux's options-table.c).
 */
#include <config.h>	/* autoconf's; "config.h" here would be conf/config.h */

#include <stddef.h>

#include "base/i18n.h"
#include "conf/config.h"

static const char *const ignore_choices[] = { "download", "display", NULL };

static const char *const sort_choices[] = {
	"date-desc", "date-asc", "title-asc", "title-desc", NULL
};

static const char *const urls_source_choices[] = {
	"local", "miniflux", "freshrss", "ttrss", NULL
};

#define OFF(f)	offsetof(struct config, f)

const struct config_option config_table[] = {
	{ "article-sort-order", CT_ENUM, "date-desc", 0, 0, sort_choices,
	  OFF(article_sort_order),
	  N_("Order of the article list: date-desc, date-asc, title-asc "
	     "or title-desc.") },
	{ "auto-reload", CT_BOOL, "no", 0, 1, NULL, OFF(auto_reload),
	  N_("Reload all feeds every reload-time minutes while running.") },
	{ "bookmark-autopilot", CT_BOOL, "no", 0, 1, NULL,
	  OFF(bookmark_autopilot),
	  N_("Bookmark without asking for the URL, title and "
	     "description.") },
	{ "bookmark-cmd", CT_STRING, "", 0, 0, NULL, OFF(bookmark_cmd),
	  N_("Command that bookmarks an article; it gets the URL, title, "
	     "description and feed title as four more arguments. Never "
	     "run through a shell.") },
	{ "bookmark-interactive", CT_BOOL, "no", 0, 1, NULL,
	  OFF(bookmark_interactive),
	  N_("The bookmark command uses the terminal: hand it over while "
	     "it runs.") },
	{ "browser", CT_STRING, "", 0, 0, NULL, OFF(browser),
	  /* xgettext:no-c-format */
	  N_("Command that opens a link; %u is replaced by the URL as one "
	     "argument (appended when absent). Empty: $BROWSER, else "
	     "xdg-open. Never run through a shell.") },
	{ "browser-schemes", CT_STRING, "http https", 0, 0, NULL,
	  OFF(browser_schemes),
	  N_("URL schemes the browser may be started for, separated by "
	     "spaces; other links are refused.") },
	{ "confirm-exit", CT_BOOL, "no", 0, 1, NULL, OFF(confirm_exit),
	  N_("Ask before quitting.") },
	{ "confirm-mark-all-feeds-read", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(confirm_mark_all_feeds_read),
	  N_("Ask before marking every article of every feed read.") },
	{ "copy-link-cmd", CT_STRING, "", 0, 0, NULL, OFF(copy_link_cmd),
	  /* xgettext:no-c-format */
	  N_("Command that copies a link (e.g. xclip -selection "
	     "clipboard); %u is replaced by the URL as one argument, else "
	     "the URL is its standard input. Never run through a shell.") },
	{ "delete-played-files", CT_BOOL, "no", 0, 1, NULL,
	  OFF(delete_played_files),
	  N_("Delete downloaded podcast files that were played, when the "
	     "interface ends or after -x download.") },
	{ "download-filename-format", CT_STRING, "%n-%u", 0, 0, NULL,
	  OFF(download_filename_format),
	  N_("File name of a podcast download: %n feed, %h host, %u the "
	     "URL's file name, %e its extension, %t title, %F %Y %m %b %d "
	     "%H %M %S %y the article's date.") },
	{ "download-path", CT_STRING, "~/", 0, 0, NULL, OFF(download_path),
	  N_("Folder that podcast downloads are saved in.") },
	{ "download-timeout", CT_INT, "60", 1, 3600, NULL,
	  OFF(download_timeout),
	  N_("Seconds one download may take before it is given up.") },
	{ "external-url-viewer", CT_STRING, "", 0, 0, NULL,
	  OFF(external_url_viewer),
	  N_("Program show-urls hands the article's text and links to on "
	     "its standard input (e.g. urlview), instead of the list.") },
	{ "freshrss-login", CT_STRING, "", 0, 0, NULL, OFF(freshrss_login),
	  N_("User name on the FreshRSS server (urls-source \"freshrss\").") },
	{ "freshrss-password", CT_STRING, "", 0, 0, NULL, OFF(freshrss_password),
	  N_("Password on the FreshRSS server; better freshrss-passwordfile or "
	     "freshrss-passwordeval.") },
	{ "freshrss-passwordeval", CT_STRING, "", 0, 0, NULL,
	  OFF(freshrss_passwordeval),
	  N_("Command (run by /bin/sh -c) whose first output line is the "
	     "FreshRSS password.") },
	{ "freshrss-passwordfile", CT_STRING, "", 0, 0, NULL,
	  OFF(freshrss_passwordfile),
	  N_("File whose first line is the FreshRSS password.") },
	{ "freshrss-url", CT_STRING, "", 0, 0, NULL, OFF(freshrss_url),
	  N_("Address of the FreshRSS server, e.g. https://reader.example/.") },
	{ "goto-first-unread", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(goto_first_unread),
	  N_("Put the cursor on the first unread article when a feed's "
	     "list opens.") },
	{ "highlight-quotes", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(highlight_quotes),
	  N_("Highlight quotations and their speakers in the article "
	     "view.") },
	{ "html-renderer", CT_STRING, "internal", 0, 0, NULL,
	  OFF(html_renderer),
	  N_("Program that turns an article's HTML (its standard input) "
	     "into the text shown (its standard output), e.g. w3m -dump -T "
	     "text/html; internal: the built-in renderer.") },
	{ "ignore-mode", CT_ENUM, "download", 0, 0, ignore_choices,
	  OFF(ignore_mode),
	  N_("How ignore-article rules act: download (matching articles "
	     "are never stored) or display (stored, but not listed).") },
	{ "keep-forever-if-flagged-with", CT_STRING, "", 0, 0, NULL,
	  OFF(keep_flagged),
	  N_("Flags (letters a-z, A-Z) that keep an article from "
	     "max-items and max-age.") },
	{ "max-age", CT_INT, "0", 0, 36500, NULL, OFF(max_age),
	  N_("Forget articles older than this many days (0 keeps all).") },
	{ "max-download-size", CT_INT, "20", 1, 2048, NULL,
	  OFF(max_download_size),
	  N_("Largest feed document accepted, in megabytes (also after "
	     "decompression).") },
	{ "max-downloads", CT_INT, "1", 1, 16, NULL, OFF(max_downloads),
	  N_("Podcast files downloaded at the same time.") },
	{ "max-items", CT_INT, "0", 0, 1000000, NULL, OFF(max_items),
	  N_("Keep at most this many articles per feed (0 keeps all).") },
	{ "max-per-host", CT_INT, "2", 1, 16, NULL, OFF(max_per_host),
	  N_("Parallel downloads allowed per host during a reload.") },
	{ "miniflux-login", CT_STRING, "", 0, 0, NULL, OFF(miniflux_login),
	  N_("User name on the Miniflux server (urls-source \"miniflux\").") },
	{ "miniflux-password", CT_STRING, "", 0, 0, NULL, OFF(miniflux_password),
	  N_("Password on the Miniflux server; better miniflux-passwordfile or "
	     "miniflux-passwordeval.") },
	{ "miniflux-passwordeval", CT_STRING, "", 0, 0, NULL,
	  OFF(miniflux_passwordeval),
	  N_("Command (run by /bin/sh -c) whose first output line is the "
	     "Miniflux password.") },
	{ "miniflux-passwordfile", CT_STRING, "", 0, 0, NULL,
	  OFF(miniflux_passwordfile),
	  N_("File whose first line is the Miniflux password.") },
	{ "miniflux-url", CT_STRING, "", 0, 0, NULL, OFF(miniflux_url),
	  N_("Address of the Miniflux server, e.g. https://reader.example/.") },
	{ "mouse", CT_BOOL, "yes", 0, 1, NULL, OFF(mouse),
	  N_("Use the mouse: click selects, double-click opens, the wheel "
	     "scrolls.") },
	{ "notify-always", CT_BOOL, "no", 0, 1, NULL, OFF(notify_always),
	  N_("Notify after every reload, not only when new articles "
	     "came.") },
	{ "notify-beep", CT_BOOL, "no", 0, 1, NULL, OFF(notify_beep),
	  N_("Beep when a reload brought new articles.") },
	{ "notify-format", CT_STRING,
	  "tidings: finished reload, %f unread feeds (%n unread articles "
	  "total)", 0, 0, NULL, OFF(notify_format),
	  /* xgettext:no-c-format */
	  N_("The notification: %d new articles, %n unread articles, %f "
	     "unread feeds, %D new unread feeds, %t the names of the feeds "
	     "with new articles, %% a percent sign.") },
	{ "notify-program", CT_STRING, "", 0, 0, NULL, OFF(notify_program),
	  N_("Program run after a reload with new articles, with the "
	     "notification as its one argument (never through a shell).") },
	{ "notify-screen", CT_BOOL, "no", 0, 1, NULL, OFF(notify_screen),
	  N_("Send the notification to GNU screen or tmux as a privacy "
	     "message (the terminal only).") },
	{ "notify-xterm", CT_BOOL, "no", 0, 1, NULL, OFF(notify_xterm),
	  N_("Put the notification in the xterm window title (the terminal "
	     "only).") },
	{ "pager", CT_STRING, "internal", 0, 0, NULL, OFF(pager),
	  /* xgettext:no-c-format */
	  N_("Program that shows an article instead of the article view; "
	     "%f is replaced by a file with its text (appended when "
	     "absent); internal: the article view.") },
	{ "player", CT_STRING, "", 0, 0, NULL, OFF(player),
	  N_("Program that plays a downloaded file; %u is replaced by its "
	     "path as one argument (appended when absent). Never run "
	     "through a shell.") },
	{ "podcast-auto-enqueue", CT_BOOL, "no", 0, 1, NULL,
	  OFF(podcast_auto_enqueue),
	  N_("Queue the enclosure of every new article for download after "
	     "a reload.") },
	{ "podcast-max-size", CT_INT, "1024", 1, 65536, NULL,
	  OFF(podcast_max_size),
	  N_("Largest podcast file downloaded, in megabytes.") },
	{ "reload-threads", CT_INT, "100", 1, 500, NULL, OFF(reload_threads),
	  N_("Number of feeds downloaded at the same time.") },
	{ "reload-time", CT_INT, "60", 1, 10080, NULL, OFF(reload_time),
	  N_("Minutes between automatic reloads (see auto-reload).") },
	{ "restrict-filename", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(restrict_filename),
	  N_("Suggest file names of letters, digits, '.', '-' and '_' "
	     "only when saving.") },
	{ "save-path", CT_STRING, "~/", 0, 0, NULL, OFF(save_path),
	  N_("Directory where save and save-all write articles.") },
	{ "show-read-articles", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(show_read_articles),
	  N_("List articles that were already read.") },
	{ "show-read-feeds", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(show_read_feeds),
	  N_("List feeds without unread articles.") },
	{ "text-width", CT_INT, "0", 0, 1000, NULL, OFF(text_width),
	  N_("Wrap article text at this many columns (0: the window "
	     "width).") },
	{ "ttrss-login", CT_STRING, "", 0, 0, NULL, OFF(ttrss_login),
	  N_("User name on the Tiny Tiny RSS server (urls-source \"ttrss\").") },
	{ "ttrss-password", CT_STRING, "", 0, 0, NULL, OFF(ttrss_password),
	  N_("Password on the Tiny Tiny RSS server; better ttrss-passwordfile or "
	     "ttrss-passwordeval.") },
	{ "ttrss-passwordeval", CT_STRING, "", 0, 0, NULL,
	  OFF(ttrss_passwordeval),
	  N_("Command (run by /bin/sh -c) whose first output line is the "
	     "Tiny Tiny RSS password.") },
	{ "ttrss-passwordfile", CT_STRING, "", 0, 0, NULL,
	  OFF(ttrss_passwordfile),
	  N_("File whose first line is the Tiny Tiny RSS password.") },
	{ "ttrss-url", CT_STRING, "", 0, 0, NULL, OFF(ttrss_url),
	  N_("Address of the Tiny Tiny RSS server, e.g. https://reader.example/.") },
	{ "urls-source", CT_ENUM, "local", 0, 0, urls_source_choices,
	  OFF(urls_source),
	  N_("Where the subscriptions come from: local (the urls file), "
	     "miniflux or freshrss (the Google Reader API) or ttrss.") },
};

const size_t config_table_size = sizeof config_table / sizeof config_table[0];
