/*
 * config: the user's config file ($XDG_CONFIG_HOME/tidings/config), in
 * newsboat's syntax.  One directive per line; tokens are separated by
 * blanks; "double quotes" group words and take backslash escapes (\" \\
 * \n \t); a '#' that starts a token begins a comment (except a #rrggbb
 * colour).  Directives:
 *
 *   bind-key KEY ACTION [CONTEXT]     unbind-key KEY [CONTEXT]
 *   color ELEMENT FG BG [ATTR...]
 *   define-filter, ignore-article, highlight-article, highlight-feed
 *                                     (config-tidy.c: struct config_rule)
 *   OPTION VALUE                      (every entry of config_table[])
 *
 * Unknown or malformed lines are reported with log_warn("file:line:
 * reason") and skipped; the rest still loads.  A missing file is not an
 * error (defaults stay).
 *
 * Options are described once, in config_table[] (config-table.c): name,
 * type, default, range and help text; the parser and any help screen or
 * documentation read it.  Key bindings are kept as data: the TUI owns the
 * action table and applies config.bindings[] in order over its defaults.
 *
 * Depends on base/ only.  Pure apart from config_load() reading the file.
 */
#ifndef TIDINGS_CONF_CONFIG_H
#define TIDINGS_CONF_CONFIG_H

#include <stddef.h>

/* Colourable elements; config_element_name() gives the config name. */
enum config_element {
	CE_BACKGROUND,
	CE_LISTNORMAL,
	CE_LISTFOCUS,
	CE_LISTNORMAL_UNREAD,
	CE_LISTFOCUS_UNREAD,
	CE_INFO,		/* title and status bars */
	CE_ARTICLE,		/* article body text */
	CE_TITLE,		/* article header lines */
	CE_HINT,		/* key hints (newsboat hint-* names map here) */
	CE_LINK,		/* link text and [n] markers */
	CE_QUOTE,		/* speech quotation ("quote", "quote-speech") */
	CE_QUOTE_TERM,		/* scare quotes / terms */
	CE_QUOTED1,		/* blockquote / '>' levels 1, 2, 3+ */
	CE_QUOTED2,
	CE_QUOTED3,
	CE_ERROR,		/* error messages and markers */
	CE_SEARCH_MATCH,	/* search hits */
	CE_SPEAKER,		/* speaker names / margin notes */
	CE__COUNT
};

/* Colour values: COLOR_DEFAULT or 0..255 (0..7 = black..white). */
#define CONFIG_COLOR_DEFAULT	(-1)

/* Attribute bits of struct config_color.attrs. */
#define CA_BOLD		0x01
#define CA_UNDERLINE	0x02
#define CA_STANDOUT	0x04
#define CA_REVERSE	0x08
#define CA_DIM		0x10
#define CA_BLINK	0x20
#define CA_ITALIC	0x40

struct config_color {
	int	 fg;		/* CONFIG_COLOR_DEFAULT or 0..255 */
	int	 bg;
	int	 attrs;		/* CA_* bits */
	int	 set;		/* 1 if a color line set it (else default) */
};

/*
 * Key codes (config_key_parse): a Unicode code point for a single
 * character (so 'j' is 'j', SPACE is ' ', TAB is '\t', ^A..^Z are 1..26,
 * ^[ is ESC 27), or one of these for named keys.  The TUI maps its
 * ncurses KEY_* values onto them.
 */
enum config_key {
	CK_ENTER = 0x110000,	/* ENTER, RETURN (also '\n'/'\r'/KEY_ENTER) */
	CK_UP, CK_DOWN, CK_LEFT, CK_RIGHT,
	CK_PPAGE, CK_NPAGE, CK_HOME, CK_END,
	CK_BACKSPACE, CK_DELETE, CK_INSERT, CK_ESC,
	CK_F1,			/* F1..F12 = CK_F1 + 0..11 */
	CK_F12 = CK_F1 + 11
};

/*
 * One bind-key or unbind-key line, in file order.  action is NULL for
 * unbind-key (and for "unbind-key -a": key = "-a", code = 0 = all keys).
 * context is NULL for every context, else as written (e.g. "feedlist",
 * "articlelist", "article"); the TUI decides which names it knows and
 * warns about the rest via config_binding's file/line.
 */
struct config_binding {
	char	*key;		/* as written, e.g. "^R", "ENTER", "j" */
	int	 code;		/* parsed key code (see enum config_key) */
	char	*action;	/* e.g. "open", "quit"; NULL = unbind */
	char	*context;	/* NULL = all */
	char	*file;		/* where it came from, for messages */
	unsigned line;
};

/* Values of the image-protocol option. */
enum config_image_protocol { CIP_AUTO, CIP_KITTY, CIP_SIXEL, CIP_SYMBOLS,
	CIP_NONE };
/* A repeatable several-word directive (config-tidy.c), in file order. */
enum config_rule_kind {
	CR_FILTER,		/* define-filter NAME EXPR */
	CR_IGNORE,		/* ignore-article FEED|* EXPR */
	CR_HL_ARTICLE,		/* highlight-article EXPR FG BG [ATTR...] */
	CR_HL_FEED,		/* highlight-feed EXPR FG BG [ATTR...] */
	CR_HL_TEXT		/* highlight CONTEXT REGEX FG BG [ATTR...]:
				   name the context, expr the regex */
};
#define CONFIG_MAX_RULES	1024
struct config_rule {
	enum config_rule_kind kind;
	char	*name;		/* CR_FILTER: the name; CR_IGNORE: the feed
				   URL or "*"; CR_HL_TEXT: article,
				   articlelist, feedlist or all; else NULL */
	char	*expr;		/* a filter expression, as written */
	struct config_color color;	/* CR_HL_* */
	char	*file;		/* where it came from, for messages */
	unsigned line;
};

/* Values of the ignore-mode option. */
enum config_ignore_mode { CI_DOWNLOAD, CI_DISPLAY };


/*
 * Values of the article-sort-order option, in newsboat's meaning: its
 * "date-asc" (and plain "date", its default) lists the newest first,
 * "date-desc" the oldest first.  config_sort_oldest_first() says which.
 */
enum config_sort { CS_DATE, CS_DATE_ASC, CS_DATE_DESC, CS_TITLE,
	CS_TITLE_ASC, CS_TITLE_DESC };

/* A macro line: `macro KEY OP [ARGS] ; OP ... [-- "description"]`. */
struct config_macro {
	int	 code;		/* the key after the macro prefix */
	char	*key;		/* as written */
	char	**ops;		/* each operation with its arguments, as
				   one string ("set browser lynx") */
	size_t	 nops;
	char	*desc;		/* NULL = none */
};

struct config {
	char	*browser;		/* "cmd %u"; NULL/"" = $BROWSER,
					   else xdg-open.  %u is replaced
					   by the URL as one argv word */
	char	*browser_schemes;	/* space-separated schemes o may open */
	int	 show_read_feeds;	/* bools are 0/1 */
	int	 show_read_articles;
	int	 reload_threads;
	int	 max_items;		/* 0 = unlimited, per feed */
	int	 auto_reload;
	int	 reload_time;		/* minutes */
	int	 text_width;		/* 0 = window width */
	int	 confirm_exit;
	int	 mouse;
	int	 max_age;		/* days, 0 = keep all */
	int	 max_per_host;		/* parallel fetches per host */
	int	 download_timeout;	/* seconds, one whole transfer */
	int	 max_download_size;	/* MB, also after decompression */
	int	 article_sort_order;	/* enum config_sort */
	int	 highlight_quotes;
	/* getting articles out (src/tui/tui-save.c, tui-extern.c) */
	char	*save_path;		/* directory of save / save-all */
	int	 restrict_filename;	/* suggested names [A-Za-z0-9._-] */
	char	*bookmark_cmd;		/* + url title description feed */
	int	 bookmark_autopilot;	/* no questions asked */
	int	 bookmark_interactive;	/* it uses the terminal */
	char	*copy_link_cmd;		/* %u, else the URL on stdin */
	char	*html_renderer;		/* "internal", else HTML on stdin,
					   text on stdout */
	char	*pager;			/* "internal", else %f (a file) */
	char	*external_url_viewer;	/* the article text on stdin */
	int	 goto_first_unread;
	int	 confirm_mark_all_feeds_read;
	int	 notify_always;
	int	 notify_beep;
	int	 notify_screen;
	int	 notify_xterm;
	char	*notify_format;		/* %d %n %f %D %t, see config-table */
	char	*notify_program;	/* run with the message as argv[1] */
	/* podcasts (model/download.h) */
	char	*download_path;
	char	*download_filename_format;
	int	 max_downloads;
	char	*player;
	int	 podcast_auto_enqueue;
	int	 delete_played_files;
	int	 podcast_max_size;	/* MB */
	/* newsboat's settings (config-newsboat.c says which take effect) */
	char	*articlelist_format;
	char	*feedlist_format;
	char	*datetime_format;	/* strftime(3), the article list */
	char	*articlelist_title_format;
	char	*feedlist_title_format;
	char	*itemview_title_format;
	int	 feed_sort_order;	/* index in config-table's choices:
					   field * 3 + (0 plain, 1 -asc,
					   2 -desc), fields as in enum
					   config_feed_sort */
	int	 confirm_mark_feed_read;
	int	 refresh_on_startup;
	int	 prepopulate_query_feeds;
	int	 show_keymap_hint;
	int	 show_title_bar;
	int	 scrolloff;
	int	 wrap_scroll;
	/* http (fetch_opts) */
	char	*user_agent;		/* "" = tidings/VERSION */
	char	*proxy;			/* host:port; used with use-proxy */
	char	*proxy_auth;		/* user:password */
	int	 proxy_type;		/* enum config_proxy_type */
	int	 proxy_auth_method;	/* enum config_http_auth */
	int	 use_proxy;
	char	*cookie_cache;		/* file read and written; "" = none */
	char	*cache_file;		/* the cache's path; "" = default */
	char	*error_log;		/* errors appended there; "" = none */
	int	 http_auth_method;	/* enum config_http_auth */
	int	 ssl_verifyhost;
	int	 ssl_verifypeer;
	int	 download_retries;	/* tries per feed and reload */
	int	 max_download_speed;	/* KB/s per transfer, 0 = no limit */
	int	 keymap;		/* enum config_keymap */
	char	*help_title_format;
	char	*urlview_title_format;
	char	*searchresult_title_format;
	char	*selecttag_format;	/* rows of the tag choice */
	char	*selecttag_title_format, *selectfilter_title_format;
	int	 display_article_progress;
	int	 markfeedread_jumps;	/* to the next unread feed */
	int	 openbrowser_jumps;	/* ... to the next unread article */
	int	 toggleitemread_jumps;	/* ... to the next row */
	int	 suppress_first_reload;
	char	**startup_ops;		/* run-on-startup's operations */
	size_t	 nstartup_ops;
	/* reset-unread-on-update: feeds whose changed articles become
	 * unread again (their URLs, owned, in file order) */
	char	**reset_unread;
	size_t	 nreset_unread;
	/* pictures in the article view (src/image, tui-images.c) */
	int	 show_images;
	int	 image_protocol;	/* enum config_image_protocol */
	int	 image_cache_size;	/* MB */
	/* sync with a server (model/sync.h): urls-source is an enum
	 * config_urls_source; per server its address, login and one of
	 * password, passwordfile (first line) or passwordeval (a command
	 * of the user's, run by /bin/sh -c, first line of its output) */
	int	 urls_source;
	char	*miniflux_url, *miniflux_login, *miniflux_password,
		*miniflux_passwordfile, *miniflux_passwordeval;
	char	*freshrss_url, *freshrss_login, *freshrss_password,
		*freshrss_passwordfile, *freshrss_passwordeval;
	char	*ttrss_url, *ttrss_login, *ttrss_password,
		*ttrss_passwordfile, *ttrss_passwordeval;
	/* tidying (config-tidy.c, model-filter.c) */
	int	 ignore_mode;		/* enum config_ignore_mode */
	char	*keep_flagged;		/* keep-forever-if-flagged-with */
	struct config_rule *rules;	/* in file order */
	size_t	 nrules;
	struct config_color colors[CE__COUNT];
	struct config_binding *bindings;	/* in file order */
	size_t	 nbindings;
	struct config_macro *macros;	/* in file order; later wins */
	size_t	 nmacros;
	/* Every warning the file gave, in order (owned), for the in-app list
	 * of config problems; the same text went to log_warn. */
	char	**problems;
	size_t	 nproblems;
};

enum config_feed_sort { CFS_NONE, CFS_FIRSTTAG, CFS_TITLE, CFS_ARTICLES,
	CFS_UNREAD };

/* keymap: tidings' default keys, or exactly newsboat's. */
enum config_keymap { CKM_TIDINGS, CKM_NEWSBOAT };

enum config_proxy_type { CP_HTTP, CP_SOCKS4, CP_SOCKS4A, CP_SOCKS5,
	CP_SOCKS5H };
enum config_http_auth { CH_ANY, CH_BASIC, CH_DIGEST, CH_DIGEST_IE,
	CH_GSSNEGOTIATE, CH_NTLM, CH_ANYSAFE };

/* 1 when the article-sort-order value lists the oldest first. */
int	 config_sort_oldest_first(int order);
/* 1 when it sorts by title (asc: A first). */
int	 config_sort_by_title(int order, int *ascending);
/* Values of urls-source: where the subscriptions come from. */
enum config_urls_source { CU_LOCAL, CU_MINIFLUX, CU_FRESHRSS, CU_TTRSS };

/* Option table (config-table.c). */
enum config_type { CT_BOOL, CT_INT, CT_STRING, CT_ENUM };

struct config_option {
	const char	*name;
	enum config_type type;
	const char	*def;		/* default, as it would be written */
	int		 min;		/* CT_INT range */
	int		 max;
	const char *const *choices;	/* CT_ENUM: NULL-terminated names;
					   the value is the index */
	size_t		 offset;	/* offsetof(struct config, field) */
	const char	*help;
};

extern const struct config_option config_table[];
extern const size_t config_table_size;

/* Fill c with the defaults of config_table[] and the default colours. */
void	 config_init(struct config *c);
/* Release what c owns (it may be config_init()ed again). */
void	 config_free(struct config *c);
/*
 * Load path into c (which must be config_init()ed).  `include FILE` reads
 * FILE there (a relative name is taken from the including file's
 * folder; ~/ is $HOME); an include of a file already being read, or
 * deeper than CONFIG_MAX_INCLUDE, is refused with a warning.  Returns the number
 * of lines reported (0 = clean), 0 when the file does not exist, -1 when
 * it exists but cannot be read (logged).  path NULL: defaults stay.
 */
int	 config_load(const char *path, struct config *c);
#define CONFIG_MAX_INCLUDE	16
/* The same over a buffer; name is used in messages.  Pure but for
   include lines, which read their file. */
int	 config_parse(const char *buf, size_t len, const char *name,
	     struct config *c);
/* Apply one line ("OPTION VALUE", "color ...", ...); 0 or -1 (logged). */
int	 config_apply_line(struct config *c, const char *text,
	     const char *name, unsigned line);

/* config-tidy.c: w[0..n) one line's words; 1 when w[0] is none of its
 * directives, else 0 or -1 (warned). */
int	 config_tidy_apply(struct config *c, int n, char *const *w,
	     const char *name, unsigned line);
void	 config_tidy_free(struct config *c);

const struct config_option *config_option_find(const char *name);
/* An attribute name (bold, underline, ...): 0 and its CA_* bit, or -1. */
int	 config_attr_find(const char *name, int *bit);
const char *config_element_name(enum config_element e);
/* Element for a name (ours and newsboat's); -1 if unknown. */
int	 config_element_find(const char *name);
/* Parse a key name; 0 and *code on success, -1 if unknown. */
int	 config_key_parse(const char *name, int *code);
/* Canonical name of a key code (for the help screen); static buffer. */
const char *config_key_name(int code);
/* Parse a colour name: default, black..white, colorN, #rrggbb (nearest
   of the 256-colour palette); 0 and *out, or -1. */
int	 config_color_parse(const char *name, int *out);

#endif
