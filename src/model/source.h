/*
 * source: where a reload gets feeds from.  The pipeline (reload.c) owns
 * the store, the worker pool and the schedule; a source only turns "bring
 * these feeds up to date" into yields: for each feed a document to parse,
 * "not modified", or a failure (and, for a server-backed sync source, the
 * feeds it has and state changes).  The first implementation is the URL
 * source (source-url.c): one http(s)/file/exec request per feed, one
 * feed document per response.  A sync source (Miniflux, the Google Reader
 * API, tt-rss) implements the same operations on the same engine.
 *
 * Threads and ownership:
 * - start, next, ready, pending and free run in the reload's thread (the
 *   one that polls the fetch engine); they may add requests to the engine
 *   but never poll it (the pipeline does, for every source at once).
 * - prepare runs in a worker thread, several at once for different
 *   yields; it may touch only its yield (which no one else touches
 *   meanwhile) and pure code (parse/).  It must not use the store, the
 *   engine or the source.
 * - A yield from next belongs to the pipeline until it hands it back with
 *   yield_free (from the reload's thread).  Its strings live as long as it.
 * - feeds[] passed to start, and every source_feed.user, outlive the
 *   source.
 */
#ifndef TIDINGS_MODEL_SOURCE_H
#define TIDINGS_MODEL_SOURCE_H

#include <stddef.h>
#include <stdint.h>

struct fetch;
struct feed_doc;
struct source;

/* A feed the pipeline asks the source to update. */
struct source_feed {
	int64_t		 feed_id;
	const char	*url;
	const char	*etag;		/* validators of the last fetch */
	const char	*last_modified;
	void		*user;		/* the pipeline's; back in yields */
};

enum source_kind {
	SOURCE_DOC,		/* a document: prepare turns it into a
				 * feed_doc in a worker */
	SOURCE_NOT_MODIFIED,	/* nothing new for the feed */
	SOURCE_FAILED,		/* error says why */
	SOURCE_FEED,		/* sync sources: a feed the server has
				 * (url, title); not yet stored */
	SOURCE_STATE		/* sync sources: read/starred changes;
				 * reserved, not yet handled */
};

struct source_yield {
	enum source_kind kind;
	void		*user;		/* source_feed.user; NULL for
					 * SOURCE_FEED */
	long		 status;	/* HTTP status, 0 when none */
	const char	*error;		/* SOURCE_FAILED */
	const char	*etag;		/* validators to keep (NULL = none) */
	const char	*last_modified;
	const char	*moved_url;	/* the feed moved permanently */
	long		 max_age_s;	/* freshness; -1 = none */
	long		 retry_after_s;	/* -1 = none */
	int		 keep_validators;	/* a failure that keeps them
						 * (set by prepare: an empty
						 * body) */
	const char	*url;		/* SOURCE_FEED */
	const char	*title;		/* SOURCE_FEED */
};

struct source_ops {
	const char	*name;
	/* Queue the work for feeds[0..n) on the engine.  0, or -1 when the
	 * source cannot start (log_error says why). */
	int	 (*start)(struct source *s, struct fetch *f,
		     const struct source_feed *feeds, size_t n);
	/* The next yield ready now, or NULL. */
	struct source_yield *(*next)(struct source *s);
	/* Yields ready for next (a hint for the pipeline's sleeping). */
	size_t	 (*ready)(const struct source *s);
	/* Feeds not yet yielded (queued, running or ready); 0 = done. */
	size_t	 (*pending)(const struct source *s);
	/* In a worker: a SOURCE_DOC's document as a feed_doc, at most
	 * max_bytes after decoding.  0 with *doc set (the caller frees it),
	 * or -1 with err set (and y->keep_validators when the validators
	 * still hold).  May free the document's bytes it no longer needs. */
	int	 (*prepare)(struct source_yield *y, size_t max_bytes,
		     struct feed_doc **doc, char *err, size_t errlen);
	/* Hand a yield back; NULL-safe. */
	void	 (*yield_free)(struct source_yield *y);
	/* Forget what is still queued (the engine drops its requests when
	 * it is freed or polled no more) and free s; NULL-safe. */
	void	 (*free)(struct source *s);
};

/* Every source starts with this. */
struct source {
	const struct source_ops	*ops;
};

/* The URL source: one request per feed (http(s)://, file://, exec:), the
 * response parsed by parse_feed.  Bodies stay compressed until prepare
 * (the engine must have raw_encoding set). */
struct source	*source_url_new(void);
/* The same, asking again for a feed that failed for want of an answer
 * (or with a 5xx) until it was tried `tries` times (download-retries). */
struct source	*source_url_new_tries(int tries);

#endif
