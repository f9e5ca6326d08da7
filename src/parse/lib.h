/*
 * parse: bytes in, struct feed_doc out.  RSS 0.9x/1.0/2.0, Atom 0.3/1.0
 * (libxml2 SAX2, streamed, never a DOM of the document) and JSON Feed
 * 1.0/1.1 (jansson).  Pure: no files, no network, no globals; may depend on
 * base/ and feed/ only.
 *
 * Ownership: every struct handed out is owned by the caller and released
 * with feed_doc_free() / feed_entry_clear() / feed_meta_clear().
 */
#ifndef TIDINGS_PARSE_LIB_H
#define TIDINGS_PARSE_LIB_H

#include <stddef.h>

#include "feed/feed.h"

/*
 * Encodings: a BOM wins, then the XML prolog's label, then opts->charset
 * (the HTTP Content-Type's), then UTF-8.  Labels for latin-1/ASCII are read
 * as windows-1252; a "UTF-8" document that is mostly not UTF-8 is read as
 * windows-1252; stray invalid bytes in real UTF-8 are mended one by one.
 * Every string handed out is valid UTF-8.  Dates are UTC seconds or
 * FEED_DATE_NONE (never "now").  Links are resolved against xml:base and
 * opts->url; without either they stay as written.
 */
struct parse_opts {
	const char	*url;		/* document URL for relative links, may be NULL */
	const char	*charset;	/* from HTTP Content-Type, may be NULL */
	size_t		 max_bytes;	/* 0 = default cap (PARSE_DEFAULT_MAX_BYTES) */
	size_t		 max_entity_bytes; /* 0 = PARSE_DEFAULT_MAX_ENTITY_BYTES */
};

/* Optional: call once from the main thread before parsing in several
 * threads at once (initialises libxml2). */
void	parse_init(void);

/* Documents larger than this are refused unless opts->max_bytes says more. */
#define PARSE_DEFAULT_MAX_BYTES ((size_t)512 * 1024 * 1024)
/* A document whose references to entities of its internal DTD subset
 * expand to more than this many bytes in all is refused ("entity expansion
 * too large"), counted by tidings itself (see parse-ent.c). */
#define PARSE_DEFAULT_MAX_ENTITY_BYTES ((size_t)1 << 20)

/*
 * Parse a whole document.  0 ok, -1 with a one-line reason in err (e.g.
 * "not a feed: an HTML page").  opts may be NULL.  *out is owned by the
 * caller (feed_doc_free).  err may be NULL when errlen is 0.
 */
int	parse_feed(const char *buf, size_t len, const struct parse_opts *opts,
	    struct feed_doc **out, char *err, size_t errlen);

/*
 * Streaming: feed the document in chunks of any size; each entry is handed
 * to the callback as soon as its closing tag is seen, so memory stays
 * bounded by one entry.  The result (entries, metadata, error) is the same
 * whatever the chunk sizes, and the same as parse_feed's: the stream cuts
 * its input into 64 KiB pieces at fixed offsets before any stage sees it
 * (a piece is parsed once complete, the last one at finish).
 *
 * The callback gets the feed metadata seen so far (format is always known
 * by then; elements that follow the entries in the document are not yet
 * filled in) and the entry.  The callback may keep the entry's contents by
 * moving them out (e.g. feed_doc_take_entry); whatever is left in *e is
 * freed by the parser afterwards.  Return 0 to go on, -1 to stop parsing
 * (parse_stream_push then fails with "stopped by caller").
 */
typedef int (*parse_entry_fn)(const struct feed_meta *meta,
	    struct feed_entry *e, void *arg);

struct parse_stream;

/* opts (and its strings) must stay valid until parse_stream_free. */
struct parse_stream *parse_stream_new(const struct parse_opts *opts,
	    parse_entry_fn fn, void *arg);
/* 0 ok, -1 with the reason in err: the document is refused or broken
 * beyond recovery; the stream is then finished (further pushes fail). */
int	parse_stream_push(struct parse_stream *ps, const char *buf, size_t len,
	    char *err, size_t errlen);
/*
 * End of input: flushes the last entries and moves the final feed metadata
 * into *meta (caller frees with feed_meta_clear; meta may be NULL).
 * 0 ok, -1 with the reason (empty document, not a feed, nothing usable).
 */
int	parse_stream_finish(struct parse_stream *ps, struct feed_meta *meta,
	    char *err, size_t errlen);
/* NULL-safe; clears *psp. */
void	parse_stream_free(struct parse_stream **psp);

#endif
