/*
 * reload: the only place where fetch, parse and store meet.  Given the
 * urls file and the store, it keeps the store's feed list in step with the
 * file and pulls every (due) feed: many transfers at once in the caller's
 * thread (libcurl multi), each finished document parsed and prepared in a
 * worker thread and written by the caller's thread while the others keep
 * downloading, each outcome recorded in the store.  The store is only
 * ever used from the caller's thread.
 *
 * Built to be driven from an event loop: reload_begin starts, reload_poll
 * advances (non-blocking with timeout 0), reload_end finishes.  reload_run
 * is the blocking form for -x reload.  Nothing here prints but log_*
 * messages, and nothing reads the environment: front ends pass plain
 * options (cli/ adds the TIDINGS_* overrides).
 *
 * THIS HEADER IS A CONTRACT used by the TUI and the CLI.
 */
#ifndef TIDINGS_MODEL_RELOAD_H
#define TIDINGS_MODEL_RELOAD_H

#include <stddef.h>
#include <stdint.h>

struct store;
struct urls;
struct config;
struct reload;
struct source;
struct reload_summary;

struct reload_opts {
	int	 force;		/* ignore reload intervals and hints */
	int	 max_conns;	/* transfers at once; 0 = 100 */
	int	 max_per_host;	/* per host; 0 = 2 */
	long	 timeout_s;	/* whole transfer; 0 = 60 (connect: 15) */
	size_t	 max_bytes;	/* body cap, also after decompression;
				 * 0 = 20 MB */
	const char *user_agent_extra;	/* appended to "tidings/VERSION" */
	/* Called in the caller's thread after every reload_poll with the
	 * feeds done so far and the feeds to fetch (a front end draws its
	 * own progress: the CLI's line on stderr, say).  NULL = none. */
	void	(*on_progress)(void *arg, size_t done, size_t total);
	void	*progress_arg;
	/* Additions to the published contract (zero = default): */
	long	 reload_minutes;	/* default interval; 0 = no interval,
					 * only the feed's own hints */
	long	 error_backoff_s;	/* after a failure wait this long,
					 * doubling while it keeps failing;
					 * 0 = retry on the next reload */
	int	 update_moved_urls;	/* 301/308: rewrite the store's URL
					 * (the urls file is left alone) */
	/* Retention after each merge (0 = keep everything); read and
	 * unstarred articles only, see store_expire. */
	int	 max_items;
	int	 max_age_days;
	/* The config it came from (reload_opts_init), for the engine's http
	 * settings in reload_fetch_opts; NULL = none.  Not owned. */
	const struct config *cfg;
	/* A long-lived fetch engine to share (made from reload_fetch_opts;
	 * it must outlive the reload), or NULL: the reload makes its own
	 * from the options above and frees it at the end. */
	struct fetch *engine;
	/* Where the feeds come from (model/source.h): called once by each
	 * reload_begin, which owns and frees what it returns; NULL = the
	 * URL source. */
	struct source *(*source_new)(void *arg);
	void	*source_arg;
	/* Called by reload_end when the reload ran to its end (not when it
	 * was stopped), with the summary, the unread counts filled, and the
	 * display names of the feeds that got new articles, in the urls
	 * file's order (feed text: hostile).  The notifications hang here
	 * (model/notify.h).  NULL = none, and the counts are not taken. */
	void	(*on_done)(void *arg, const struct reload_summary *sum,
		    char *const *new_feeds, size_t n_new_feeds);
	void	*done_arg;
	/* Tidying: the config whose ignore-article rules drop articles
	 * before they are stored (when ignore-mode is download) and whose
	 * keep-forever-if-flagged-with spares flagged articles from
	 * retention; NULL = none.  Must outlive the reload. */
	const struct config *tidy_cfg;
};

/* A shared engine: make it with reload_fetch_opts' options (raw bodies)
 * and it serves every reload (and later downloads) of the process. */
struct fetch;
struct fetch_opts;

struct reload_summary {
	size_t	 feeds;		/* feeds considered */
	size_t	 updated;	/* merged, with new or changed articles */
	size_t	 not_modified;	/* 304, or nothing new in the body */
	size_t	 failed;
	size_t	 skipped;	/* not due yet (intervals, hints) */
	size_t	 new_articles;
	/* Only with reload_opts.on_done: unread articles and feeds with
	 * unread articles, before the reload and after it. */
	size_t	 unread_before, unread_after;
	size_t	 unread_feeds_before, unread_feeds_after;
};

/* The options from the config file: o zeroed, then reload-threads,
 * max-per-host, max-items, max-age, download-timeout and
 * max-download-size (cfg may be NULL for the defaults).  (New and changed
 * articles always get their quotations indexed, in the reload's worker
 * threads.) */
struct config;
void	 reload_opts_init(struct reload_opts *o, const struct config *cfg);

/* The engine options a reload needs (limits from o, raw bodies that the
 * workers decode), for a caller that keeps an engine for many reloads. */
void	 reload_fetch_opts(const struct reload_opts *o, struct fetch_opts *fo);
/* The config's http settings (user-agent, proxy, auth, TLS checks,
 * max-download-speed, cookie-cache) into fo; cfg's strings, not copies. */
void	 reload_http_opts(const struct config *cfg, struct fetch_opts *fo);

/* Make the store's feed list match the urls file: names, tags, hidden and
 * order; feeds no longer listed stay cached but unlisted.  0 or -1. */
int	 reload_sync_feeds(struct store *st, const struct urls *u);

/* Start reloading feed_ids (nids of them), or every listed feed when
 * feed_ids is NULL.  The store must be open for writing; u and o must
 * outlive the reload.  Returns NULL (with a log_error) when it cannot
 * start at all.  The caller owns the result: free it with reload_end. */
struct reload *reload_begin(struct store *st, const struct urls *u,
	     const struct reload_opts *o, const int64_t *feed_ids, size_t nids);
/* Drive the transfers for at most timeout_ms (0 = do what is ready and
 * return), parse and store what finished.  1 while running, 0 when done,
 * -1 on a fatal error (the reload is over). */
int	 reload_poll(struct reload *r, int timeout_ms);
void	 reload_progress(const struct reload *r, size_t *done, size_t *total);
/* Stop (aborting any transfer still running), fill sum (may be NULL),
 * free and clear *r.  NULL-safe. */
void	 reload_end(struct reload **r, struct reload_summary *sum);

/* Blocking: sync the feed list, reload, fill sum.  0 when the run
 * completed (even if feeds failed), -1 when it could not run. */
int	 reload_run(struct store *st, const struct urls *u,
	     const struct reload_opts *o, struct reload_summary *sum);

#endif
