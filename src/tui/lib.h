/*
 * tui: the ncursesw front end.  It reads and changes the cache only
 * through model/ (model/model.h: feed rows, article lists, actions) and
 * asks model/reload.h for reloads; it uses render/ for article bodies,
 * quote/ for quotations and conf/ for the user's settings.  It never
 * includes store/, libxml2, libcurl or SQLite headers, nor calls store_*
 * (tests/check-layers.sh checks).
 *
 * tui_run owns the terminal from start to end: it restores it on every
 * way out, including crash signals and fatal().
 */
#ifndef TIDINGS_TUI_LIB_H
#define TIDINGS_TUI_LIB_H

struct store;
struct urls;
struct config;
struct reload_opts;

struct tui_env {
	struct store			*store;		/* open for writing */
	const struct urls		*urls;		/* the feed list */
	/* The user's urls file, read again by reload-urls and edit-urls
	 * (never any other file); NULL = neither works. */
	const char			*urls_path;
	const struct config		*config;	/* may be NULL */
	const struct reload_opts	*reload_opts;	/* may be NULL */
	int				 refresh_on_start;
	/* Bring the store's feed list in step with urls after the first
	 * paint (reload_sync_feeds), so a big list shows at once. */
	int				 sync_feeds;
	/* Shown on the status line at start, e.g. the first config file
	 * warning; nwarnings counts them all. */
	const char			*message;
	int				 nwarnings;
};

/* Run the interface until the user quits.  0, or 1 when the terminal
 * could not be used (the reason logged). */
int	tui_run(const struct tui_env *env);

#endif
