/*
 * feed-json: struct feed_doc / feed_entry as the `tidings --parse` JSON
 * (doc/parse-json.md), appended to a struct buf.  Every string comes out
 * as valid, escaped UTF-8 whatever it holds (invalid bytes become U+FFFD);
 * missing strings print as "", missing dates as null.  libc only.
 */
#ifndef TIDINGS_FEED_FEED_JSON_H
#define TIDINGS_FEED_FEED_JSON_H

#include "base/buf.h"
#include "feed/feed.h"

/* A JSON string literal (with quotes) for s[0..len). */
void	 feed_json_string(struct buf *, const char *s, size_t len);
/* {"url":..,"type":..,"length":n}, one entry object, the "feed" object. */
void	 feed_json_entry(struct buf *, const struct feed_entry *);
void	 feed_json_meta(struct buf *, const struct feed_meta *);
/* `{"format":"..","feed":{..},"entries":[` -- the head of a document whose
 * entries are then appended with feed_json_entry (comma-separated by the
 * caller) and closed by feed_json_tail. */
void	 feed_json_head(struct buf *, const struct feed_meta *);
void	 feed_json_tail(struct buf *);
/* The whole document, with a trailing newline. */
void	 feed_json_doc(struct buf *, const struct feed_doc *);

#endif
