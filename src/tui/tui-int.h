/*
 * tui-int.h: what the files of src/tui share and nobody else sees.
 *
 * The screen is stdscr only: row 0 is the title bar, rows 1..LINES-3 the
 * body of the view on top of the stack, row LINES-2 the key hints and row
 * LINES-1 the message line (fed by the log dispatcher).  Views are a stack
 * of `struct view`, each driven by a `const struct view_ops` (after tmux's
 * window modes); lists share one widget, `struct tui_list`, which knows
 * only a row count, a cursor and a scroll offset, so a view can page its
 * rows from the model instead of loading them all.  Views draw: what they
 * show comes from model/ (view-models, rows), never from the store.
 */
#ifndef TIDINGS_TUI_INT_H
#define TIDINGS_TUI_INT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <wchar.h>

#include "base/lib.h"
#include "conf/config.h"
#include "model/model.h"

struct urls;
struct reload;
struct tui_env;

/* Actions: what a key means.  The order is the help screen's order. */
enum action {
	A_NONE = 0,
	A_DOWN,
	A_UP,
	A_PGDN,
	A_PGUP,
	A_HOME,
	A_END,
	A_OPEN,
	A_BACK,
	A_QUIT,
	A_NEXT_UNREAD,
	A_PREV_UNREAD,
	A_NEXT,
	A_PREV,
	A_MARK_FEED_READ,
	A_MARK_ALL_READ,
	A_TOGGLE_READ,
	A_STAR,
	A_RELOAD,
	A_RELOAD_ALL,
	A_SEARCH,
	A_GOTO_TITLE,
	A_TOGGLE_SHOW_READ,
	A_BROWSER,
	A_NEXT_ERROR,
	A_PREV_ERROR,
	A_ERRORS,
	A_NEXT_QUOTE,
	A_PREV_QUOTE,
	A_QUOTES,
	A_QUOTES_BY,
	A_HELP,
	A_REDRAW,
	A_SAVE,
	A_SAVE_ALL,
	A_PIPE_TO,
	A_BOOKMARK,
	A_COPY_LINK,
	A_SHOW_URLS,
	A_GOTO_URL,
	A_TOGGLE_SOURCE,
	/* the feed list while running (tui-feeds-nav.c) */
	A_RELOAD_URLS,
	A_EDIT_URLS,
	A_NEXT_FEED,
	A_PREV_FEED,
	A_NEXT_UNREAD_FEED,
	A_PREV_UNREAD_FEED,
	A_RANDOM_UNREAD,
	A_ARTICLE_FEED,
	A_BROWSER_MARK_READ,
	A_MARK_ABOVE_READ,
	A_HALF_PGUP,
	A_HALF_PGDN,
	/* podcasts (view-downloads.c) */
	A_ENQUEUE,
	A_DOWNLOADS,
	A_DL_START,
	A_DL_PAUSE,
	A_DL_CANCEL,
	A_DL_DELETE,
	A_DL_PLAY,
	/* newsboat's keymap (tui-keys-nb.c) */
	A_MACRO_PREFIX,		/* the next key runs its macro */
	A_CMDLINE,		/* ":N" goes to row N; ":op" runs op */
	A_URL_1,		/* one .. zero: open link 1 .. 10 */
	A_URL_10 = A_URL_1 + 9,
	A_CONFIG_PROBLEMS,	/* the config file's warnings */
	/* tidying (tui-tidy.c) */
	A_SET_FILTER,
	A_SELECT_FILTER,
	A_CLEAR_FILTER,
	A_SET_TAG,
	A_CLEAR_TAG,
	A_DELETE,
	A_DELETE_ALL,
	A_PURGE_DELETED,
	A_EDIT_FLAGS,
	A_SORT,
	A_REV_SORT,
	A_COUNT
};

/* ---- settings (defaults, then the config file) ------------------------ */

/* Key codes are conf/config.h's: a code point, or a CK_* named key. */
#define TUI_MAX_BINDINGS 1024

struct tui_binding {
	int		 key;
	enum action	 action;
	const char	*context;	/* NULL = every view, else a view name */
	const char	*ops;		/* bind's several operations ("a ; b"),
					   the config's string; NULL = action */
};

struct tui_settings {
	struct tui_binding bindings[TUI_MAX_BINDINGS];
	size_t		 nbindings;
	const struct config *cfg;	/* never NULL (defaults when none) */
};

/* ---- the list widget -------------------------------------------------- */

struct tui_list {
	size_t	 n;		/* rows */
	size_t	 cur;		/* cursor */
	size_t	 top;		/* first row shown */
	int	 h;		/* rows shown at the last draw */
};

typedef void (*tui_row_fn)(void *arg, size_t i, int y, int w, int focus);

void	 list_set_count(struct tui_list *l, size_t n);
/* Movement actions (up, down, pages, home, end); 1 if handled. */
int	 list_action(struct tui_list *l, enum action a);
/* Scroll by delta rows, keeping the cursor visible (wheel). */
void	 list_scroll(struct tui_list *l, int delta);
/* The row at screen row rel (0 = first body row), or -1 when none. */
long	 list_hit(const struct tui_list *l, int rel);
void	 list_draw(struct tui_list *l, int y, int h, int w, tui_row_fn fn,
	     void *arg);
void	 list_goto(struct tui_list *l, size_t i);

/* ---- views ------------------------------------------------------------ */

struct view;

struct view_ops {
	const char *name;
	/* Title bar text (appended to b). */
	void	(*title)(struct view *v, struct buf *b);
	/* Body rows y .. y+h-1, width w. */
	void	(*draw)(struct view *v, int y, int h, int w);
	/* An action; returns 1 when handled.  `count` is a typed number
	 * (links: 1-9 then Enter) or 0. */
	int	(*action)(struct view *v, enum action a, int count);
	/* Mouse click on body row rel; dbl for a double click. */
	void	(*click)(struct view *v, int rel, int dbl);
	/* List views only (v->list set): draw row i (arg is v->data), and
	 * open row i (Enter, a double click; NULL: nothing to open).  The
	 * view_list_* functions below then serve draw, click and the
	 * movement keys, so a list view writes only its rows and actions. */
	tui_row_fn row;
	void	(*open)(struct view *v, size_t i);
	/* The data below may have changed (marks, a reload). */
	void	(*changed)(struct view *v);
	void	(*free)(struct view *v);
};

struct view {
	const struct view_ops	*ops;
	void			*data;
	struct tui_list		*list;	/* when the view is a list */
	struct view		*below;
};

/* A view over ops and data (the caller's, freed by ops->free); list, when
 * not NULL, makes it a list view (usually inside data). */
struct view *view_new(const struct view_ops *ops, void *data,
	     struct tui_list *list);
/* The generic list view (tui-list.c): rows through ops->row. */
void	 view_list_draw(struct view *v, int y, int h, int w);
/* Movement, and A_OPEN on the cursor's row; 1 when handled. */
int	 view_list_action(struct view *v, enum action a);
/* A click moves the cursor there; a double click opens the row. */
void	 view_list_click(struct view *v, int rel, int dbl);

/* ---- the application -------------------------------------------------- */

struct tui {
	struct model		*m;	/* every read and write of the cache */
	struct store		*st;	/* opaque: for reload.h only */
	const struct urls	*urls;
	const struct tui_env	*env;
	struct tui_settings	 set;
	struct view		*top;
	int			 quit;
	int			 colour;	/* has_colors() and pairs made */
	int			 dirty;		/* refresh views before drawing */
	/* the message line */
	char			*msg;
	int			 msg_error;
	/* background jobs (a reload; later downloads, sync), polled by the
	 * main loop in turn */
	struct tui_job		*jobs;
	size_t			 njobs;
	/* typed link number in the article view */
	int			 count;
	/* the macro prefix was pressed: the next key picks the macro */
	int			 macro_pending;
	/* the top view's title came from a title format */
	int			 title_formatted;
	/* auto-reload: when the next one is due (0 = never) */
	time_t			 next_auto;
};

/* A background job the main loop drives between keys. */
struct tui_job_ops {
	const char	*name;
	/* Advance without blocking: 1 while running, else done. */
	int	 (*poll)(void *arg);
	/* Its part of the message line ("Reloading... 3/10 feeds"). */
	void	 (*status)(void *arg, struct buf *b);
	/* Free it; finished is 0 when the TUI quits before it is done. */
	void	 (*end)(void *arg, int finished);
};
struct tui_job {
	const struct tui_job_ops	*ops;
	void				*arg;
};

extern struct tui tui;

/* tui.c */
void	 tui_push(struct view *v);
void	 tui_pop(void);
void	 tui_message(int error, const char *fmt, ...)
	     __attribute__((format(printf, 2, 3)));
/* A model action's return value: 1 when it was done, else 0 with an
 * error on the message line ("Not saved: why"). */
int	 tui_done(int rc);
/* 1 once a signal asked the interface to end. */
int	 tui_stopping(void);
void	 tui_draw(void);

/* tui-images.c: an article's pictures under their image lines.  A row
 * of rlines is a text line (image 0), row `row` of the picture of link
 * `image`, or (image -N) the marker of link N's failed picture. */
struct rdoc;
struct rlines;
struct tui_img_row {
	int	 image;
	int	 row;
};
/* Changes when a picture became ready or failed: lay out again. */
unsigned tui_images_gen(void);
/* Add the rows of the ready pictures (and failed ones' markers) to rl,
 * laid out for width w; *rows gets one entry per line (NULL: pictures
 * off).  Asks for the pictures not known yet. */
void	 tui_images_layout(const struct rdoc *doc, struct rlines *rl, int w,
	     struct tui_img_row **rows);
/* Draw picture row r at screen row y, w wide; the body's rows are
 * [top, bottom). */
void	 tui_images_draw(const struct rdoc *doc, const struct tui_img_row *r,
	     int y, int w, int top, int bottom);
/* After refresh: the kitty or sixel pictures of this frame. */
void	 tui_images_flush(void);
void	 tui_images_end(void);

/* tui-jobs.c: the background jobs */
void	 tui_job_add(const struct tui_job_ops *ops, void *arg);
int	 tui_job_running(const struct tui_job_ops *ops);
/* Give every job its turn; a finished one leaves the list, then ends. */
void	 tui_jobs_poll(void);
/* Quitting: end what still runs. */
void	 tui_jobs_end(void);
int	 tui_reload_running(void);
/* The reload errors as lines ("name: why"); NULL when none. */
char	**tui_errors(size_t *n);

/* tui-format.c: newsboat's format strings.  fn gives the value of a
   specifier (tmp is scratch space for it); NULL or "" when it is empty. */
typedef const char *(*tui_format_fn)(void *arg, char spec, char *tmp,
	     size_t tmplen);
/* Append fmt expanded to out; width is the columns %> fills up to. */
void	 tui_format(struct buf *out, const char *fmt, tui_format_fn fn,
	     void *arg, int width);

/* The view's title format (feedlist-, articlelist-, itemview-title-
   format), NULL when none is set. */
const char *tui_title_format(const struct view *v);
/* Expand it into b with %T %u %t (and %N %V); 0 when there is none. */
int	 tui_title_expand(const struct view *v, struct buf *b, const char *T,
	     long long unread, long long total);
/* The same with a format of the caller's choosing (NULL/"" = none). */
int	 tui_title_expand_fmt(const char *f, struct buf *b, const char *T,
	     long long unread, long long total);

/* tui-keys-nb.c: newsboat's operations and keymap */
/* newsboat's dialogs that tidings has (NBC_ALL: every one, and its
   "syskeys"). */
#define NBC_FEEDLIST	0x01
#define NBC_ARTICLELIST	0x02	/* also its search results list */
#define NBC_ARTICLE	0x04
#define NBC_URLVIEW	0x08
#define NBC_HELP	0x10
#define NBC_PODBOAT	0x20	/* tidings' downloads view */
#define NBC_ALL		0x3f
struct keys_nb_op {
	const char	*name;
	const char	*key;		/* newsboat's default; NULL = none */
	enum action	 action;	/* A_NONE: tidings has none */
	int		 contexts;	/* NBC_* bits; 0: a dialog tidings
					   lacks */
};
extern const struct keys_nb_op keys_nb_ops[];
extern const size_t keys_nb_nops;
/* The action of a newsboat operation name tidings implements, else -1. */
int	 keys_nb_find(const char *name);
/* Bind newsboat's default keys (keymap newsboat). */
void	 keys_nb_defaults(struct tui_settings *s);
/* Run "op [args] ; op ..." (a macro or a bind line) as if typed; unknown
   operations stop it with a message. */
void	 keys_run_ops(char *const *ops, size_t nops);
void	 keys_run_opstring(const char *ops);
/* The key's macro (after the prefix); 0 if there was one. */
int	 keys_run_macro(int code);

/* tui.c */
/* Do action a in the top view, else stack-wide (a typed key). */
void	 tui_act(enum action a, int count);

/* tui-global.c */
/* The stack-wide action a, when it is one; 1 when it was. */
int	 tui_global(enum action a);

/* tui-input.c */
/* curses get_wch results to conf/config.h key codes; -1 when none. */
int	 tui_key_code(int r, wint_t wc);
/* Ask on the message line; 1 for yes (y, or the locale's yes). */
int	 tui_confirm(const char *question);
/* Read a line on the message line; NULL when cancelled.  Caller frees. */
char	*tui_prompt(const char *label);
/* tui-edit.c: the same with the history of kind (tui_prompt's kind is its
 * label); NULL when cancelled. */
char	*tui_prompt_kind(const char *label, const char *kind);
/* The line editor under the prompts, apart for the tests: a line of wide
 * characters and the cursor in it. */
struct tui_edit {
	wchar_t	*buf;
	size_t	 len, cur;
	size_t	 hpos;		/* history entry shown; (size_t)-1: the draft */
	char	*draft;		/* the line typed, while history is shown */
};
void	 tui_edit_init(struct tui_edit *e);
void	 tui_edit_free(struct tui_edit *e);
/* A key code (tui_key_code): 1 for Enter, -1 for Esc/^G, else 0 with the
 * line edited; kind names the history for Up/Down (NULL: none). */
int	 tui_edit_key(struct tui_edit *e, int key, const char *kind);
/* The line in the locale's multibyte encoding (caller frees). */
char	*tui_edit_text(const struct tui_edit *e);
void	 tui_edit_remember(const char *kind, const char *line);
void	 tui_edit_forget(void);
/* Start a reload (feed_id 0 = every feed). */
void	 tui_reload(int64_t feed_id);
/* Open the article `id` in the stack's article view, replacing the one on
 * top (n/N/p/P).  Moves an article list's cursor to it where it can. */
void	 tui_open_article(int64_t id);
void	 tui_redraw_all(void);
int	 tui_body_rows(void);
int	 tui_body_top(void);
/* article-sort-order into a list's query. */
void	 tui_sort_query(struct model_query *q);

/* tui-text.c: every string that reaches the screen goes through here. */
/* Draw s at (y,x) in at most w columns with attribute attr: controls,
 * escapes and bidi overrides dropped, invalid UTF-8 as U+FFFD, wide
 * characters counted by wcwidth.  Pads with spaces to w when pad.  Returns
 * the columns used. */
int	 text_put(int y, int x, int w, const char *s, int attr, int pad);
/* The same in colour pair pair (any number curses has, not only the 255
 * that fit in attr), no padding. */
int	 text_put_pair(int y, int x, int w, const char *s, int attr, int pair);
/* The same for a byte range of s. */
int	 text_putn(int y, int x, int w, const char *s, size_t n, int attr,
	     int pad);
/* s in a column of exactly w cells, cut with an ellipsis when longer. */
int	 text_put_col(int y, int x, int w, const char *s, int attr);
/* The one walk over a string's cells that drawing and measuring share:
 * s[0..n) sanitised as text_put does, then each character that is drawn,
 * in order, handed to fn (when not NULL) until the next would pass w
 * columns.  Returns the columns used: exactly what text_put draws. */
typedef void (*text_cell_fn)(void *arg, wchar_t wc);
int	 text_cells(const char *s, size_t n, int w, text_cell_fn fn,
	     void *arg);
/* Display width of s: text_cells without a limit. */
int	 text_width(const char *s);
int	 text_widthn(const char *s, size_t n);
/* A sanitised copy of a feed-provided string (caller frees). */
char	*text_clean(const char *s);

/* tui-mark.c: a search's words (letters, digits, non-ASCII bytes; the
 * caller frees them with tui_search_words_free), and s drawn as text_put
 * does with each occurrence of one (ASCII case folded) in attribute
 * mark.  Returns the columns used. */
size_t	 tui_search_words(const char *search, char ***words);
void	 tui_search_words_free(char ***words, size_t n);
int	 text_put_marked(int y, int x, int w, const char *s, int attr,
	     int mark, char *const *words, size_t nw);

/* view-downloads.c: the download queue's view and job */
typedef void (*tui_head_fn)(void *arg, const char *label, const char *value);
/* One header line per enclosure of the article (URL, type, size, time). */
void	 tui_enclosures_head(int64_t article_id, tui_head_fn add, void *arg);
/* Queue enclosure `count` (1-based; 0: the first) of the article. */
void	 tui_downloads_enqueue(int64_t article_id, int count);
/* After a reload: podcast-auto-enqueue. */
void	 tui_downloads_reloaded(void);
void	 tui_downloads_open(void);

/* tui-keys.c */
/* Defaults, then the config's bind-key/unbind-key lines in order. */
void	 keys_init(struct tui_settings *s, const struct config *c);
/* Bind, replacing an earlier binding of the same key and context. */
void	 keys_bind(struct tui_settings *s, int key, enum action a,
	     const char *context);
/* A tidings action name's action, else -1. */
int	 keys_action_find(const char *name);
/* The several operations bound to key (bind), else NULL. */
const char *keys_lookup_ops(const struct tui_settings *s, int key,
	     const char *context);
/* The action of key in the view called context. */
enum action keys_lookup(const struct tui_settings *s, int key,
	     const char *context);
const char *keys_action_name(enum action a);
const char *keys_action_help(enum action a);
/* The keys bound to a in context, as "j, DOWN" (caller frees; "" when
 * none). */
char	*keys_for(const struct tui_settings *s, enum action a,
	     const char *context);

/* tui-theme.c: config colours to curses attributes; attributes alone
 * (reverse, bold, underline) when the terminal has no colour. */
void	 theme_init(const struct config *c);
int	 theme_attr(enum config_element e);
/* CA_* bits (conf/config.h) as curses A_* attributes. */
int	 theme_ca(int ca);

/* tui-browser.c: running other programs (argv only, never a shell
 * string with feed text in it) */
#define TUI_MAX_ARGS		64	/* words of a command line */
#define TUI_EXEC_TIMEOUT_S	30	/* a program beside the screen */
#define TUI_EXEC_OUT_MAX		(8u * 1024 * 1024)	/* output kept */
struct tui_exec {
	const char	*in;	/* text for its stdin, or NULL: the terminal
				   (term), else /dev/null */
	size_t		 inlen;
	int		 term;	/* hand the terminal over while it runs (no
				   time limit); else stdio is /dev/null and
				   it is killed after TUI_EXEC_TIMEOUT_S */
	struct buf	*out;	/* collect its stdout (up to
				   TUI_EXEC_OUT_MAX), or NULL */
};
/* Run argv[0] (found on PATH) with argv as r says.  Its exit status, or
 * -1 when it could not run, was killed or timed out. */
int	 tui_exec(char *const argv[], const struct tui_exec *r);
/* Split a command line into words: quotes group, backslash escapes, no
 * other shell syntax.  With key, "%key" is replaced by val inside a word
 * (val appended as the last word when absent); val stays one word
 * whatever it holds.  NULL-terminated; free with tui_argv_free. */
char   **tui_argv(const char *cmd, int key, const char *val);
void	 tui_argv_add(char ***argv, const char *s);
void	 tui_argv_free(char **argv);
int	 browser_open(const char *url);
/* tui_argv(cmd, 'u', url): the browser's command line. */
char   **browser_argv(const char *cmd, const char *url);

/* tui-article.c: an article as text, for the view and for the programs
 * it goes to.  Header lines ("Title: ...", sanitised; caller frees each
 * and the array); the count. */
struct rdoc;
size_t	 tui_article_head(const struct model_article *a, char ***out);
/* The body as a document (*out, caller frees): html-renderer's output
 * when one is set, else the built-in renderer; with source, the stored
 * text itself. */
void	 tui_article_doc(const struct model_article *a, int source,
	     struct rdoc **out);
/* Header, blank line, body (doc, else rendered now) wrapped at width:
 * the text that is saved and piped (caller frees). */
char	*tui_article_text(const struct model_article *a,
	     const struct rdoc *doc, int width);
/* The wrap width: text-width, capped by cols (0: 80 columns). */
int	 tui_text_width(int cols);

/* tui-save.c */
/* A file name for title: with restrict_names only [A-Za-z0-9._-] (others
 * become one '_'), else any but '/', space and a leading '.'; never empty,
 * never hidden; ends in .txt.  Caller frees. */
char	*save_filename(const char *title, int restrict_names);
/* save: ask where (save-path/NAME.txt), never overwriting unasked. */
void	 tui_save_article(int64_t id);
/* save-all: every article of q's list into save-path. */
void	 tui_save_all(const struct model_query *q);

/* tui-extern.c: the stack-wide actions (rows of globals[]) and the
 * programs an article goes to */
void	 tui_g_save(void);
void	 tui_g_save_all(void);
void	 tui_g_pipe_to(void);
void	 tui_g_bookmark(void);
void	 tui_g_copy_link(void);
void	 tui_copy_link(const char *url);
/* With a pager set: article id shown by it (and marked read); 1 when it
 * was (or failed, said), 0 for the article view. */
int	 tui_pager_show(int64_t id);
/* With external-url-viewer set: a's text on its stdin; 1 when it ran. */
int	 tui_url_viewer(const struct model_article *a, const struct rdoc *doc);

/* view-urls.c: show-urls over doc's links and a's enclosure (NULL when
 * there are none, said) and goto-url */
struct view *view_urls_new(const struct rdoc *doc,
	     const struct model_article *a);
void	 tui_goto_url(const struct rdoc *doc);

/* views */
struct view *view_feeds_new(void);
/* The feed under the feed list's cursor (a feed of the urls file), else
 * 0 (also when v is no feed list). */
int64_t	 view_feeds_current_id(struct view *v);

/* tui-feeds-nav.c: the feed list while running, and moving between
 * feeds; the nav_* functions are globals[] rows. */
void	 nav_reload_urls(void);
void	 nav_edit_urls(void);
void	 nav_next_feed(void);
void	 nav_prev_feed(void);
void	 nav_next_unread_feed(void);
void	 nav_prev_unread_feed(void);
void	 nav_random_unread(void);
void	 nav_article_feed(void);
void	 nav_browser_mark_read(void);
void	 nav_mark_above_read(void);
void	 nav_half_pgup(void);
void	 nav_half_pgdn(void);
/* A feed's list just opened (v on top): the cursor to its first unread
 * article (goto-first-unread). */
void	 nav_first_unread(struct view *v);
/* Quitting: free the urls lists read while running. */
void	 nav_end(void);

/* tui-notify.c: hook the notify-* settings into a reload's options. */
struct reload_opts;
void	 tui_notify_opts(struct reload_opts *o);

int	 view_is_feeds(const struct view *v);
/* Open the list of the feed dir (+1/-1) rows from feed_id's in the feed
 * list (the next with unread articles when unread), moving the cursor
 * there; 0 when there is none (said on the message line).  Pops the view
 * on top first when pop. */
int	 view_feeds_step(struct view *v, int64_t feed_id, int dir, int unread,
	     int pop);
/* The cursor to feed_id's row, where it shows. */
void	 view_feeds_focus(struct view *v, int64_t feed_id);
/* An article list over q (strings copied); title shown in the bar. */
struct view *view_articles_new(const struct model_query *q,
	     const char *title);
/* A feed's article list, as the settings order and filter it. */
struct view *view_feed_articles_new(int64_t feed_id, const char *title);
int64_t	 view_articles_current(struct view *v);
/* The query the list shows (owned by the view). */
const struct model_query *view_articles_query(struct view *v);
/* The model list the view shows (fresh). */
struct model_list *view_articles_model(struct view *v);
/* The search words when v is a search's article list, else NULL. */
const char *view_articles_search(struct view *v);
int64_t	 view_articles_step(struct view *v, int64_t id, int dir);
void	 view_articles_focus(struct view *v, int64_t id);
int	 view_articles_is_feed(struct view *v, int64_t feed_id);
struct view *view_article_new(int64_t id);
/* Show article id: the pager when one is set, else a new article view. */
void	 view_article_open(int64_t id);
int	 view_is_article(const struct view *v);
/* The article shown (0 when v is not an article view). */
int64_t	 view_article_id(const struct view *v);
/* The body as shown (rendered, html-renderer's, or the source). */
const struct rdoc *view_article_doc(const struct view *v);
/* Pick the article's quotation whose text is text (the quote index's). */
void	 view_article_find_quote(struct view *v, const char *text);
/* Quotations of a speaker across the cache; NULL when none (said). */
struct view *view_speaker_new(const char *name);
int	 view_is_articles(const struct view *v);
/* The row under an article list's cursor (fresh), or NULL. */
struct model_article_row *view_articles_row(struct view *v);
/* The list's rows changed shape (a filter, a sort, a purge): read again,
 * the cursor on the first row. */
void	 view_articles_reset(struct view *v);
/* The feed list's own filter (set-filter; f taken, NULL clears) and tag
 * (set-tag; copied, NULL clears). */
void	 view_feeds_set_filter(struct view *v, struct model_filter *f);
int	 view_feeds_has_filter(const struct view *v);
void	 view_feeds_set_tag(struct view *v, const char *tag);
/* The tags of the urls file's feeds, each once, sorted (caller frees
 * each and the array). */
char	**view_feeds_tags(struct view *v, size_t *n);

/* tui-tidy.c: filters, tags, the killfile, deleting, flags, sorting and
 * highlights (the config's rules compiled at start) */
void	 tui_tidy_init(void);
/* Quitting: purge what delete-article marked, free the rules. */
void	 tui_tidy_end(void);
/* An article list's (v) or the feed list's tidying action; 1 when a was
 * one. */
int	 tui_tidy_articles(struct view *v, enum action a);
int	 tui_tidy_feeds(struct view *v, enum action a);
/* The article view's: delete-article and edit-flags. */
int	 tui_tidy_article(struct view *v, enum action a);
/* The attribute of a row: a highlight-* rule's when one matches, else
 * attr (focused rows keep theirs). */
int	 tui_tidy_article_attr(const struct model_article_row *r, int attr);
int	 tui_tidy_feed_attr(const struct model_feed_row *fr, size_t index,
	     int attr);
/* tui-highlight.c: the highlight directive's regexes by context (bits);
 * _mark colours their matches in text[0, len), attr one a byte; _put is
 * text_put (no padding) with the matches coloured; _any: a rule for ctx. */
#define TIDY_HL_PAIR_TOP	64	/* tui-tidy.c's pairs start here */
#define TUI_HL_ARTICLE	1
#define TUI_HL_ARTICLES	2
#define TUI_HL_FEEDS	4
void	 tui_highlight_init(void);
void	 tui_highlight_end(void);
int	 tui_highlight_any(int ctx);
void	 tui_highlight_mark(int ctx, const char *text, size_t len, int *attr);
int	 tui_highlight_put(int ctx, int y, int x, int w, const char *s,
	     int attr);
struct view *view_help_new(void);
/* A plain text list: lines copied; e.g. the reload errors. */
struct view *view_lines_new(const char *title, char *const *text, size_t n);

#endif
