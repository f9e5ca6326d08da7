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
/* The order of enum config_image_protocol. */
static const char *const image_protocol_choices[] = {
	"auto", "kitty", "sixel", "symbols", "none", NULL
};

/* In enum config_sort's order: newsboat's names and meaning. */
static const char *const sort_choices[] = {
	"date", "date-asc", "date-desc", "title", "title-asc", "title-desc",
	NULL
};

static const char *const feed_sort_choices[] = {
	"none", "none-asc", "none-desc", "firsttag", "firsttag-asc",
	"firsttag-desc", "title", "title-asc", "title-desc", "articlecount",
	"articlecount-asc", "articlecount-desc", "unreadarticlecount",
	"unreadarticlecount-asc", "unreadarticlecount-desc", NULL
};

/* enum config_proxy_type, enum config_http_auth */
static const char *const proxy_type_choices[] = {
	"http", "socks4", "socks4a", "socks5", "socks5h", NULL
};
static const char *const keymap_choices[] = { "tidings", "newsboat", NULL };

static const char *const auth_choices[] = {
	"any", "basic", "digest", "digest_ie", "gssnegotiate", "ntlm",
	"anysafe", NULL
};

static const char *const urls_source_choices[] = {
	"local", "miniflux", "freshrss", "ttrss", NULL
};

#define OFF(f)	offsetof(struct config, f)

const struct config_option config_table[] = {
	{ "article-sort-order", CT_ENUM, "date", 0, 0, sort_choices,
	  OFF(article_sort_order),
	  N_("Order of the article list, as newsboat means it: date or "
	     "date-asc (newest first), date-desc (oldest first), title or "
	     "title-asc (A to Z), title-desc.") },
	{ "articlelist-format", CT_STRING, "", 0, 0, NULL,
	  OFF(articlelist_format),
	  N_("Layout of an article list line in newsboat's format "
	     "(%i %f %D %L %a %t %T); empty: tidings' own.") },
	{ "articlelist-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(articlelist_title_format),
	  N_("Title bar of an article list (newsboat's format: %T %u "
	     "%t); empty: tidings' own.") },
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
	{ "cache-file", CT_STRING, "", 0, 0, NULL, OFF(cache_file),
	  N_("The cache's file (-c on the command line wins); empty: the "
	     "default place.") },
	{ "confirm-exit", CT_BOOL, "no", 0, 1, NULL, OFF(confirm_exit),
	  N_("Ask before quitting.") },
	{ "confirm-mark-all-feeds-read", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(confirm_mark_all_feeds_read),
	  N_("Ask before marking every article of every feed read.") },
	{ "confirm-mark-feed-read", CT_BOOL, "no", 0, 1, NULL,
	  OFF(confirm_mark_feed_read),
	  N_("Ask before marking every article of a feed read.") },
	{ "cookie-cache", CT_STRING, "", 0, 0, NULL, OFF(cookie_cache),
	  N_("File that cookies are read from and written to (Netscape "
	     "format); empty: no cookies are kept.") },
	{ "copy-link-cmd", CT_STRING, "", 0, 0, NULL, OFF(copy_link_cmd),
	  /* xgettext:no-c-format */
	  N_("Command that copies a link (e.g. xclip -selection "
	     "clipboard); %u is replaced by the URL as one argument, else "
	     "the URL is its standard input. Never run through a shell.") },
	{ "datetime-format", CT_STRING, "%Y-%m-%d", 0, 0, NULL,
	  OFF(datetime_format),
	  /* xgettext:no-c-format */
	  N_("Date in the article list, as strftime(3) writes it.") },
	{ "delete-played-files", CT_BOOL, "no", 0, 1, NULL,
	  OFF(delete_played_files),
	  N_("Delete downloaded podcast files that were played, when the "
	     "interface ends or after -x download.") },
	{ "display-article-progress", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(display_article_progress),
	  N_("Show how far into the article the view is, in percent.") },
	{ "download-filename-format", CT_STRING, "%n-%u", 0, 0, NULL,
	  OFF(download_filename_format),
	  N_("File name of a podcast download: %n feed, %h host, %u the "
	     "URL's file name, %e its extension, %t title, %F %Y %m %b %d "
	     "%H %M %S %y the article's date.") },
	{ "download-path", CT_STRING, "~/", 0, 0, NULL, OFF(download_path),
	  N_("Folder that podcast downloads are saved in.") },
	{ "download-retries", CT_INT, "1", 1, 10, NULL,
	  OFF(download_retries),
	  N_("Tries per feed and reload before it counts as failed.") },
	{ "download-timeout", CT_INT, "60", 1, 3600, NULL,
	  OFF(download_timeout),
	  N_("Seconds one download may take before it is given up.") },
	{ "error-log", CT_STRING, "", 0, 0, NULL, OFF(error_log),
	  N_("File every error and warning is also appended to; empty: "
	     "none.") },
	{ "external-url-viewer", CT_STRING, "", 0, 0, NULL,
	  OFF(external_url_viewer),
	  N_("Program show-urls hands the article's text and links to on "
	     "its standard input (e.g. urlview), instead of the list.") },
	{ "feed-sort-order", CT_ENUM, "none", 0, 0, feed_sort_choices,
	  OFF(feed_sort_order),
	  N_("Order of the feed list: none (the urls file's), firsttag, "
	     "title, articlecount or unreadarticlecount, each with -asc or "
	     "-desc.") },
	{ "feedlist-format", CT_STRING, "", 0, 0, NULL,
	  OFF(feedlist_format),
	  N_("Layout of a feed list line in newsboat's format (%i %n %u "
	     "%t %T %U %c); empty: tidings' own.") },
	{ "feedlist-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(feedlist_title_format),
	  N_("Title bar of the feed list (newsboat's format: %u %t); "
	     "empty: tidings' own.") },
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
	{ "help-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(help_title_format),
	  N_("Title bar of the help screen (newsboat's format: %N %V); "
	     "empty: tidings' own.") },
	{ "highlight-quotes", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(highlight_quotes),
	  N_("Highlight quotations and their speakers in the article "
	     "view.") },
	{ "html-renderer", CT_STRING, "internal", 0, 0, NULL,
	  OFF(html_renderer),
	  N_("Program that turns an article's HTML (its standard input) "
	     "into the text shown (its standard output), e.g. w3m -dump -T "
	     "text/html; internal: the built-in renderer.") },
	{ "http-auth-method", CT_ENUM, "any", 0, 0, auth_choices,
	  OFF(http_auth_method),
	  N_("HTTP authentication for feeds with a user in their URL: "
	     "any, basic, digest, digest_ie, gssnegotiate, ntlm or "
	     "anysafe.") },
	{ "ignore-mode", CT_ENUM, "download", 0, 0, ignore_choices,
	  OFF(ignore_mode),
	  N_("How ignore-article rules act: download (matching articles "
	     "are never stored) or display (stored, but not listed).") },
	{ "image-cache-size", CT_INT, "50", 1, 4096, NULL,
	  OFF(image_cache_size),
	  N_("Megabytes of pictures kept in the cache folder; the oldest "
	     "go first.") },
	{ "image-protocol", CT_ENUM, "auto", 0, 0, image_protocol_choices,
	  OFF(image_protocol),
	  N_("How pictures are drawn: auto (what the terminal is known to "
	     "show, symbols when unsure), kitty, sixel, symbols (coloured "
	     "Unicode blocks) or none.") },
	{ "itemview-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(itemview_title_format),
	  N_("Title bar of the article view (newsboat's format: %T); "
	     "empty: tidings' own.") },
	{ "keep-forever-if-flagged-with", CT_STRING, "", 0, 0, NULL,
	  OFF(keep_flagged),
	  N_("Flags (letters a-z, A-Z) that keep an article from "
	     "max-items and max-age.") },
	{ "keymap", CT_ENUM, "tidings", 0, 0, keymap_choices, OFF(keymap),
	  N_("Default keys: tidings' own, or exactly newsboat's (bind-key "
	     "lines apply over either).") },
	{ "markfeedread-jumps-to-next-unread", CT_BOOL, "no", 0, 1, NULL,
	  OFF(markfeedread_jumps),
	  N_("After mark-feed-read in an article list, go to the next feed "
	     "with unread articles.") },
	{ "max-age", CT_INT, "0", 0, 36500, NULL, OFF(max_age),
	  N_("Forget articles older than this many days (0 keeps all).") },
	{ "max-download-size", CT_INT, "20", 1, 2048, NULL,
	  OFF(max_download_size),
	  N_("Largest feed document accepted, in megabytes (also after "
	     "decompression).") },
	{ "max-download-speed", CT_INT, "0", 0, 1000000, NULL,
	  OFF(max_download_speed),
	  N_("Kilobytes per second one download may take (0: no "
	     "limit).") },
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
	{ "openbrowser-and-mark-jumps-to-next-unread", CT_BOOL, "no", 0, 1,
	  NULL, OFF(openbrowser_jumps),
	  N_("After open-in-browser-and-mark-read, go to the next unread "
	     "article.") },
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
	{ "prepopulate-query-feeds", CT_BOOL, "no", 0, 1, NULL,
	  OFF(prepopulate_query_feeds),
	  N_("Count the articles of query feeds when the feed list "
	     "opens.") },
	{ "proxy", CT_STRING, "", 0, 0, NULL, OFF(proxy),
	  N_("Proxy for every download, as host:port (see use-proxy).") },
	{ "proxy-auth", CT_STRING, "", 0, 0, NULL, OFF(proxy_auth),
	  N_("The proxy's user:password.") },
	{ "proxy-auth-method", CT_ENUM, "any", 0, 0, auth_choices,
	  OFF(proxy_auth_method),
	  N_("How to authenticate with the proxy (the values of "
	     "http-auth-method).") },
	{ "proxy-type", CT_ENUM, "http", 0, 0, proxy_type_choices,
	  OFF(proxy_type),
	  N_("The proxy's kind: http, socks4, socks4a, socks5 or "
	     "socks5h.") },
	{ "refresh-on-startup", CT_BOOL, "no", 0, 1, NULL,
	  OFF(refresh_on_startup),
	  N_("Reload all feeds when the interface starts.") },
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
	{ "scrolloff", CT_INT, "0", 0, 1000, NULL, OFF(scrolloff),
	  N_("Lines kept visible above and below the cursor in lists.") },
	{ "searchresult-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(searchresult_title_format),
	  N_("Title bar of search results (newsboat's format: %s the "
	     "words, %u %t); empty: tidings' own.") },
	{ "selectfilter-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(selectfilter_title_format),
	  /* xgettext:no-c-format */
	  N_("Title bar of the named-filter choice (newsboat's format: %N "
	     "%V); empty: tidings' own.") },
	{ "selecttag-format", CT_STRING, "", 0, 0, NULL,
	  OFF(selecttag_format),
	  /* xgettext:no-c-format */
	  N_("Rows of the tag choice (newsboat's format: %i the number, "
	     "%T the tag); empty: tidings' own.") },
	{ "selecttag-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(selecttag_title_format),
	  /* xgettext:no-c-format */
	  N_("Title bar of the tag choice (newsboat's format: %N %V); "
	     "empty: tidings' own.") },
	{ "show-images", CT_BOOL, "yes", 0, 1, NULL, OFF(show_images),
	  N_("Show the pictures of articles in the article view.") },
	{ "show-keymap-hint", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(show_keymap_hint),
	  N_("Show the line of key hints at the bottom.") },
	{ "show-read-articles", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(show_read_articles),
	  N_("List articles that were already read.") },
	{ "show-read-feeds", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(show_read_feeds),
	  N_("List feeds without unread articles.") },
	{ "show-title-bar", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(show_title_bar),
	  N_("Show the title bar at the top.") },
	{ "ssl-verifyhost", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(ssl_verifyhost),
	  N_("Check that a server's certificate names its host.") },
	{ "ssl-verifypeer", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(ssl_verifypeer),
	  N_("Check a server's certificate against the trusted "
	     "authorities.") },
	{ "suppress-first-reload", CT_BOOL, "no", 0, 1, NULL,
	  OFF(suppress_first_reload),
	  N_("With auto-reload, do not reload when the interface "
	     "starts.") },
	{ "text-width", CT_INT, "0", 0, 1000, NULL, OFF(text_width),
	  N_("Wrap article text at this many columns (0: the window "
	     "width).") },
	{ "toggleitemread-jumps-to-next", CT_BOOL, "yes", 0, 1, NULL,
	  OFF(toggleitemread_jumps),
	  N_("After toggle-article-read in a list, go to the next row.") },
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
	{ "urlview-title-format", CT_STRING, "", 0, 0, NULL,
	  OFF(urlview_title_format),
	  N_("Title bar of the link list (newsboat's format: %N %V); "
	     "empty: tidings' own.") },
	{ "use-proxy", CT_BOOL, "no", 0, 1, NULL, OFF(use_proxy),
	  N_("Download through the proxy setting's proxy.") },
	{ "user-agent", CT_STRING, "", 0, 0, NULL, OFF(user_agent),
	  N_("User-Agent sent with every request; empty: "
	     "tidings/VERSION.") },
	{ "wrap-scroll", CT_BOOL, "no", 0, 1, NULL, OFF(wrap_scroll),
	  N_("Moving past a list's last line goes to its first, and back.") },
};

const size_t config_table_size = sizeof config_table / sizeof config_table[0];

int
config_sort_oldest_first(int order)
{
	return order == CS_DATE_DESC;
}

int
config_sort_by_title(int order, int *ascending)
{
	if (order != CS_TITLE && order != CS_TITLE_ASC &&
	    order != CS_TITLE_DESC)
		return 0;
	*ascending = order != CS_TITLE_DESC;
	return 1;
}
