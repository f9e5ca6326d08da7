/*
 * store: the article cache in SQLite, and the only module that speaks SQL.
 * Depends on base/ and feed/ only (and pthreads: a writer checkpoints the
 * log in a thread of its own).  Every function reports failure as -1
 * with the reason in the log (log_error) or in err; rows handed out are the
 * caller's to free with the matching *_free / *_clear function.
 *
 * Dates are UTC seconds since the epoch (int64_t); 0 or FEED_DATE_NONE
 * means none where noted.  Ids are SQLite rowids (int64_t, > 0).
 *
 * THIS HEADER IS A CONTRACT shared with fetch/reload, tui and quote: add to
 * it freely, but change an existing signature only together with its users.
 */
#ifndef TIDINGS_STORE_LIB_H
#define TIDINGS_STORE_LIB_H

#include <stddef.h>
#include <stdint.h>

#include "feed/feed.h"

struct store;

#define STORE_READONLY	0x1	/* open for reading only */

/* Open (creating with mode 0600 when absent) and migrate the cache.  A file
 * that is not a tidings cache, or is corrupt, is refused with a message in
 * err and never overwritten.  A second writer gets "cache in use by PID N"
 * (writers hold a lock on "<path>.lock").  STORE_READONLY never blocks nor
 * waits for a writer, and fails on a missing file instead of creating it.
 * path ":memory:" makes a private in-memory cache (tests). */
int	 store_open(const char *path, int flags, struct store **out,
	     char *err, size_t errlen);
void	 store_close(struct store **sp);
/* Run SQLite's integrity check (and the full-text index's): 0 when the
 * file is sound, else -1 with the first problem in err.  Reads the whole
 * file: for tests and repair tools, not for start-up. */
int	 store_check(struct store *st, char *err, size_t errlen);

/* Group writes in one transaction: one commit instead of one per call,
 * which matters when storing, say, the quotations of many articles.
 * Nestable; only the outermost store_commit writes.  If a call inside
 * fails, the whole group is rolled back and store_commit returns -1. */
int	 store_begin(struct store *st);
int	 store_commit(struct store *st);
void	 store_rollback(struct store *st);

/* ---- feeds ---------------------------------------------------------- */

struct store_feed {
	int64_t	 id;
	char	*url;
	char	*name;		/* "~Name" from the urls file, or NULL */
	char	*title;		/* from the feed document */
	char	*site_link;
	char	*tags;		/* space-separated, from the urls file */
	int	 hidden;	/* "!" in the urls file */
	int	 position;	/* order in the urls file */
	int64_t	 unread;
	int64_t	 total;
	int64_t	 last_fetch;	/* 0 = never */
	int	 last_status;	/* HTTP status or 0 */
	char	*last_error;	/* NULL when the last fetch worked */
	int64_t	 next_fetch;	/* 0 = whenever */
	char	*etag;
	char	*last_modified;
};

/* Make sure a feed with this URL exists and carries these urls-file fields;
 * returns its id, or -1. */
int64_t	 store_feed_ensure(struct store *st, const char *url, const char *name,
	     const char *tags, int hidden, int position);
/* Feeds not in the urls file any more stay cached but are listed only when
 * asked; store_feed_list returns those with position >= 0 in order. */
int	 store_feed_list(struct store *st, struct store_feed **rows, size_t *n);
int	 store_feed_get(struct store *st, int64_t id, struct store_feed *out);
void	 store_feed_clear(struct store_feed *f);
void	 store_feed_list_free(struct store_feed **rows, size_t n);
/* Mark every feed as absent from the urls file (position -1) before a sync. */
int	 store_feed_unlist_all(struct store *st);
int	 store_feed_set_url(struct store *st, int64_t id, const char *url);

/* What one fetch ended with; strings may be NULL. */
struct store_fetch_outcome {
	int64_t		 when;
	int		 http_status;
	const char	*error;		/* NULL = success */
	const char	*etag;		/* new validators (NULL keeps the old) */
	const char	*last_modified;
	int64_t		 next_fetch;	/* 0 = whenever */
};
int	 store_feed_record_fetch(struct store *st, int64_t feed_id,
	     const struct store_fetch_outcome *o);

/* ---- merge (one transaction per feed) ------------------------------- */

struct store_merge_stats {
	size_t	  added;
	size_t	  updated;
	size_t	  unchanged;
	int64_t	 *changed_ids;	/* articles added or changed (for indexing) */
	size_t	  nchanged;
};
/* Merge a parsed document into feed_id: insert new articles, update changed
 * ones in place keeping unread/starred, keep vanished ones, never resurrect
 * deleted ones; undated articles get `now` once.  Also takes the feed's
 * title and site link from doc->meta.  An article is known by its entry id,
 * else its link, else its title; of entries sharing one, the first wins.
 * stats may be NULL; it is overwritten (not freed), so clear it with
 * store_merge_stats_clear after each call.  On failure (a full disk, say)
 * nothing of the document was written. */
int	 store_merge(struct store *st, int64_t feed_id,
	     const struct feed_doc *doc, int64_t now,
	     struct store_merge_stats *stats);
void	 store_merge_stats_clear(struct store_merge_stats *s);

/*
 * The same merge in two steps, for callers that prepare documents in other
 * threads (reload).  store_known_load reads which articles a feed holds
 * (keys, change hashes, tombstones).  store_batch_new makes a document's
 * rows and, for the articles the known set says are new or changed, does
 * the costly part (packing bodies, index text); it uses no connection, so
 * any thread may call it, and known is only read.  With known NULL it
 * prepares nothing ahead.  store_merge_batch writes the batch like
 * store_merge; every article is looked up again, so a stale known set
 * costs time, not correctness.  The batch points into doc: free the batch
 * first.
 */
struct store_known;
struct store_batch;
int	 store_known_load(struct store *st, int64_t feed_id,
	     struct store_known **out);
void	 store_known_free(struct store_known **kp);
struct store_batch *store_batch_new(const struct feed_doc *doc,
	     const struct store_known *known);
/* Articles in the batch (entries without a key, and repeats, left out). */
size_t	 store_batch_size(const struct store_batch *b);
/* Article i's body as the views show it (content, else summary; never
 * NULL) and whether it is plain text; returns 1 when store_batch_new
 * prepared it (it will most likely be written), else 0. */
int	 store_batch_body(const struct store_batch *b, size_t i,
	     const char **body, int *is_text);
/* After store_merge_batch: the id article i was written as (added or
 * changed), or 0 when it was not written. */
int64_t	 store_batch_id(const struct store_batch *b, size_t i);
int	 store_merge_batch(struct store *st, int64_t feed_id,
	     struct store_batch *b, int64_t now,
	     struct store_merge_stats *stats);
void	 store_batch_free(struct store_batch **bp);
/* reset-unread-on-update: when on, store_merge_batch makes every known
 * article whose content changed unread again (off by default). */
void	 store_batch_reset_unread(struct store_batch *b, int on);

/* ---- articles ------------------------------------------------------- */

enum store_scope {
	STORE_SCOPE_ALL,	/* every article */
	STORE_SCOPE_FEED,	/* feed_id */
	STORE_SCOPE_TAG,	/* feeds carrying tag */
	STORE_SCOPE_UNREAD,	/* all unread */
	STORE_SCOPE_STARRED,	/* all starred */
	STORE_SCOPE_SEARCH	/* full-text match of text; in feed_id's feed
				   when > 0 */
};

struct store_query {
	enum store_scope scope;
	int64_t		 feed_id;
	const char	*tag;
	const char	*text;		/* search words (FTS5) */
	int		 unread_only;
	int		 oldest_first;
	/* Keyset paging: with after_id > 0, only the rows after the one with
	 * this (date, id) in the list's order (use offset 0, or a small one).
	 * Walks the list's date index from that row on, so a page deep in a
	 * million-row list costs what the first page does. */
	int64_t		 after_date;
	int64_t		 after_id;
	/* Additions: by title (case-folded, then id) instead of date, A
	 * first when oldest_first; the keyset is after_title/after_id then.
	 * Not for searches (they stay by date). */
	int		 by_title;
	const char	*after_title;
};

struct store_article_row {
	int64_t	 id;
	int64_t	 feed_id;
	char	*feed_title;
	char	*title;
	char	*author;
	char	*link;
	int64_t	 date;		/* published, else updated, else first seen */
	int	 unread;
	int	 starred;
	char	*flags;		/* newsboat's letters, sorted; NULL = none */
	int	 deleted;	/* marked (store_article_set_deleted) */
};

/* One page of a list by date (then id), newest first unless
 * q->oldest_first; searches too.  OFFSET costs the rows skipped: page on
 * from a row with q->after_date/after_id instead.  Search words must all occur (a trailing
 * '*' matches a prefix); no FTS5 syntax is taken from q->text.  An empty
 * search lists nothing. */
int	 store_article_list(struct store *st, const struct store_query *q,
	     size_t offset, size_t limit, struct store_article_row **rows,
	     size_t *n);
/* With q->unread_only, total = unread.  Counts of searches cost time in
 * proportion to the matches (a few hundred ms for a word in every one of
 * a million articles); the others come from the feeds' counters. */
int	 store_article_count(struct store *st, const struct store_query *q,
	     int64_t *total, int64_t *unread);
void	 store_article_rows_free(struct store_article_row **rows, size_t n);

/* A whole article (the row fields plus the body); published and updated
 * are FEED_DATE_NONE when the feed gave none. */
struct store_article {
	struct store_article_row row;
	char	*guid;
	char	*summary;
	char	*content;
	enum feed_content_type content_type;
	int64_t	 published;
	int64_t	 updated;
	char	*categories;	/* comma-separated */
	char	*enclosure_url;
	char	*enclosure_type;
};
int	 store_article_get(struct store *st, int64_t id, struct store_article *out);
void	 store_article_clear(struct store_article *a);

int	 store_article_set_unread(struct store *st, int64_t id, int unread);
int	 store_article_set_starred(struct store *st, int64_t id, int starred);
/* Deleting leaves a tombstone: the next reload will not bring it back. */
int	 store_article_delete(struct store *st, int64_t id);
int	 store_feed_mark_read(struct store *st, int64_t feed_id);
int	 store_mark_all_read(struct store *st);
/* Unread articles of the feeds listed in the urls file (position >= 0)
 * and not hidden ("!"), as print-unread shows (newsboat counts so too);
 * from the counters, no article is read. */
int64_t	 store_unread_total(struct store *st);

/* Next (dir > 0) or previous (dir < 0) unread article after `from` in the
 * order feed position, then date; crosses feeds.  0 when none, -1 on error.
 * Within a feed the order is the article list's, newest first; from = 0
 * starts before the first listed feed (dir > 0) or after the last. */
int64_t	 store_next_unread(struct store *st, int64_t from_article, int dir);

/* ---- tidying marks (store-tidy.c) ----------------------------------- */

#define STORE_FLAGS_MAX 52
/* in's letters a-z A-Z, each once, in the order A-Z a-z (as newsboat
 * keeps them); -1 when in holds anything else (left out of out). */
int	 store_flags_normalise(const char *in, char out[STORE_FLAGS_MAX + 1]);
/* Replace an article's flags (NULL or "" clears); -1 on a non-letter. */
int	 store_article_set_flags(struct store *st, int64_t id,
	     const char *flags);
/* delete-article's mark: the article stays (and counts) until purged. */
int	 store_article_set_deleted(struct store *st, int64_t id, int deleted);
int	 store_feed_set_deleted(struct store *st, int64_t feed_id);
/* Delete the marked articles of feed_id (0: all) for good, leaving
 * tombstones (store_article_delete); *purged (may be NULL) counts them.
 * One transaction. */
int	 store_purge_deleted(struct store *st, int64_t feed_id,
	     size_t *purged);
/* Retention (store_expire) keeps articles carrying any of these flags. */
void	 store_set_keep_flags(struct store *st, const char *flags);

/* ---- retention ------------------------------------------------------ */

/* Drop read, unstarred articles beyond max_count per feed or older than
 * max_age_days (0 = no limit); feed_id 0 means every feed.  Deleted rows
 * leave a tombstone so they do not come back. */
int	 store_expire(struct store *st, int64_t feed_id, int max_count,
	     int max_age_days, int64_t now);

/* ---- quotations (extracted once per stored or changed article) ------- */

enum store_quote_kind { STORE_QUOTE_SPEECH, STORE_QUOTE_TERM, STORE_QUOTE_BLOCK };

struct store_quote {
	enum store_quote_kind kind;
	int	 level;
	char	*text;
	char	*speaker;	/* NULL when unknown */
	int64_t	 article_id;	/* filled by store_quotes_by_speaker */
	char	*article_title;	/* idem */
};
/* Replace the quotations stored for one article. */
int	 store_quotes_replace(struct store *st, int64_t article_id,
	     const struct store_quote *q, size_t n);
/* Every cached quotation whose speaker matches name (case-insensitive,
 * whole name or any word of it), newest article first; limit 0 = all. */
int	 store_quotes_by_speaker(struct store *st, const char *name,
	     size_t limit, struct store_quote **out, size_t *n);
void	 store_quotes_free(struct store_quote **q, size_t n);

/* ---- enclosures and the download queue (store-download.c) ----------- */

/* One enclosure of an article, in the feed's order. */
struct store_enclosure {
	char	*url;
	char	*type;
	int64_t	 length;	/* bytes; -1 unknown */
	int64_t	 duration;	/* seconds; -1 unknown */
};
/* An article's enclosures (the first only, length and duration unknown,
 * for articles stored before they were kept); *n may be 0.  Free with
 * store_enclosures_free. */
int	 store_enclosure_list(struct store *st, int64_t article_id,
	     struct store_enclosure **out, size_t *n);
void	 store_enclosures_free(struct store_enclosure **e, size_t n);

/* One file in the download queue.  state is the model's (a small number
 * the store does not interpret); path is where the finished file goes. */
struct store_download {
	int64_t	 id;
	char	*url;
	int64_t	 article_id;	/* 0 when the article is gone */
	char	*feed_title;
	char	*title;
	char	*type;
	char	*path;
	int	 state;
	int64_t	 size;		/* bytes; -1 unknown */
	int64_t	 got;		/* bytes on disk */
	int	 tries;
	char	*error;		/* the last failure, or NULL */
	int64_t	 added;
	int	 played;
	int64_t	 date;		/* the article's (store_download_fresh) */
};
/* Queue d (id ignored); its id, 0 when that URL is queued already, -1. */
int64_t	 store_download_add(struct store *st, const struct store_download *d);
/* The queue in the order it was added. */
int	 store_download_list(struct store *st, struct store_download **rows,
	     size_t *n);
/* 0, or -1 (also when there is no such row). */
int	 store_download_get(struct store *st, int64_t id,
	     struct store_download *out);
/* Write d's state, size, got, tries, error, played and path. */
int	 store_download_update(struct store *st, const struct store_download *d);
int	 store_download_delete(struct store *st, int64_t id);
/* The first enclosure of each article newer than the auto-enqueue mark
 * (url, type, title, feed_title, date, size, article_id filled), and in
 * *upto the newest article id, for store_download_set_mark. */
int	 store_download_fresh(struct store *st, struct store_download **rows,
	     size_t *n, int64_t *upto);
int	 store_download_set_mark(struct store *st, int64_t upto);
void	 store_download_clear(struct store_download *d);
void	 store_downloads_free(struct store_download **rows, size_t n);
/* ---- newsboat's files (store-newsboat.c) ---------------------------- */

struct store_nb_stats {
	size_t	 feeds;		/* newsboat feeds imported (listed here) */
	size_t	 unlisted;	/* newsboat feeds not listed here: left out */
	size_t	 articles;	/* newsboat articles of the imported feeds */
	size_t	 added;		/* of them, new to this cache */
	size_t	 changed;	/* read or starred state changed here */
	size_t	 deleted;	/* deleted here because newsboat had */
	size_t	 read, unread, flagged;	/* newsboat's state of them */
	int64_t	*changed_ids;	/* articles added or changed (to index) */
	size_t	 nchanged;
};
void	 store_nb_stats_clear(struct store_nb_stats *s);
/*
 * Bring newsboat's cache.db at path into st: for every newsboat feed
 * whose URL st lists (position >= 0), its articles (title, link, author,
 * content, date, enclosure), merged as a reload merges, keyed so that the
 * next reload finds them; then newsboat's state: read or unread, starred
 * when it carries any flag, deleted when deleted there.  newsboat's file
 * is only read (immutable; refused while a newsboat uses it or a journal
 * is pending).  One transaction; a second run changes nothing more.  A
 * cache of another schema is refused, err naming the missing column (an
 * older one, without flags or deleted, reads as if they were empty).
 * Clear stats with store_nb_stats_clear, also after a failure.
 */
int	 store_newsboat_import(struct store *st, const char *path, int64_t now,
	     struct store_nb_stats *stats, char *err, size_t errlen);

/* ---- upkeep and read-state files (store-maint.c) -------------------- */

/* Compact the file (-X): the index merged, then VACUUM. */
int	 store_vacuum(struct store *st);
/* Drop the feeds the urls file no longer lists (position < 0) with their
 * articles, tombstones and quotations (--cleanup); counts of both. */
int	 store_cleanup(struct store *st, size_t *feeds, size_t *articles);
/* -E: fn(arg, guid) for every read article of the listed feeds, oldest
 * first; a non-zero return stops and is returned. */
int	 store_read_export(struct store *st, int (*fn)(void *, const char *),
	     void *arg);
struct store_read_stats {
	size_t	 lines;		/* guids given */
	size_t	 matched;	/* articles they name */
	size_t	 marked;	/* of them, unread until now */
};
/* -I: mark read every article one of guids names: by its guid, or as
 * newsboat names an item without one (its link followed by its pubDate
 * text).  One transaction. */
int	 store_read_import(struct store *st, char *const *guids, size_t n,
	     struct store_read_stats *out);

/* ---- sync with a server (store-sync.c) ------------------------------ */

/* A queued local change: field STORE_SYNC_READ (value = unread) or
 * STORE_SYNC_STAR (value = starred) of the article the server knows as
 * remote; tries = failed sends so far. */
#define STORE_SYNC_READ	0
#define STORE_SYNC_STAR	1
struct store_sync_change {
	int64_t	 article_id;
	int64_t	 remote;
	int	 field;
	int	 value;
	int	 tries;
};
/* The server's state of one item. */
struct store_sync_item {
	int64_t	 remote;
	int	 read;
	int	 starred;
};
struct store_sync_counts {
	int64_t	 pending_read, pending_star;
	int64_t	 max_tries;	/* of a queued change; 0 = none failed */
	int64_t	 next_try;	/* earliest retry time; 0 = now */
	int64_t	 feeds;		/* subscriptions listed */
	int64_t	 items;		/* articles known by server id */
};
/* A server subscription as a listed feed (title as its name, tags as
 * urls-file tags) at position; its id, or -1. */
int64_t	 store_sync_feed(struct store *st, const char *stream, const char *url,
	     const char *title, const char *tags, int position);
/* Every server item id the cache holds, ascending; *ids is the caller's
 * to free. */
int	 store_sync_known(struct store *st, int64_t **ids, size_t *n);
/* Merge the items of one feed (items[i] belongs to doc->entries[i],
 * whose id is the item's), map them to their server ids and take the
 * server's read and starred state, in one transaction; fields with a
 * local change queued keep theirs (local wins). */
int	 store_sync_merge(struct store *st, int64_t feed_id,
	     const struct feed_doc *doc, const struct store_sync_item *items,
	     int64_t now, struct store_merge_stats *stats);
/* The server's lists: every known item is unread iff in unread[], starred
 * iff in starred[], except fields with a local change queued. */
int	 store_sync_apply(struct store *st, const int64_t *unread,
	     size_t nunread, const int64_t *starred, size_t nstarred);
/* Queued changes due at now (all with force), ordered by field and
 * value; *rows is the caller's to free. */
int	 store_sync_pending(struct store *st, int64_t now, int force,
	     struct store_sync_change **rows, size_t *n);
/* After a send: ok drops the changes (unless changed again meanwhile);
 * else each is retried after a backoff (30 s doubled per try, at most an
 * hour) from now. */
int	 store_sync_sent(struct store *st, const struct store_sync_change *rows,
	     size_t n, int ok, int64_t now);
/* Small facts ("last_sync", "last_error"): NULL value deletes; get gives
 * a new string or NULL. */
int	 store_sync_meta_set(struct store *st, const char *key,
	     const char *value);
char	*store_sync_meta_get(struct store *st, const char *key);
int	 store_sync_counts(struct store *st, struct store_sync_counts *out);
/* The article the server knows as remote: its id, 0 when none, -1. */
int64_t	 store_sync_article(struct store *st, int64_t remote);

#endif
