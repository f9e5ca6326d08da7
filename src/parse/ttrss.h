/*
 * ttrss: the replies of Tiny Tiny RSS's JSON API as plain data (as
 * greader.h for the Google Reader API).  Bytes in, structs out; strings
 * owned, UTF-8 as sent (hostile: URLs go through import_url_check).
 * Every reply is {"seq", "status", "content"}; status 1 is an error whose
 * content.error names it (LOGIN_ERROR, NOT_LOGGED_IN, API_DISABLED...).
 */
#ifndef TIDINGS_PARSE_TTRSS_H
#define TIDINGS_PARSE_TTRSS_H

#include <stddef.h>
#include <stdint.h>

#include "parse/greader.h"	/* struct parse_gr_item_state */

struct feed_doc;

struct parse_tt_feed {
	int64_t	 id;
	int64_t	 cat_id;
	char	*url;
	char	*title;
};

struct parse_tt_cat {
	int64_t	 id;
	char	*title;
};

/* Headlines grouped by feed: doc's entries and st[] in the same order
 * (entry ids are "ttrss:article:ID"). */
struct parse_tt_batch {
	int64_t			 feed_id;
	struct feed_doc		*doc;
	struct parse_gr_item_state *st;
	size_t			 n;
};

/* The session id of a login reply, or NULL with err set. */
char	*parse_tt_login(const char *buf, size_t len, char *err, size_t errlen);
/* 0 when the reply says status 0, else -1 with err (content.error). */
int	 parse_tt_ok(const char *buf, size_t len, char *err, size_t errlen);
int	 parse_tt_feeds(const char *buf, size_t len, struct parse_tt_feed **out,
	     size_t *n, char *err, size_t errlen);
void	 parse_tt_feeds_free(struct parse_tt_feed **f, size_t n);
int	 parse_tt_cats(const char *buf, size_t len, struct parse_tt_cat **out,
	     size_t *n, char *err, size_t errlen);
void	 parse_tt_cats_free(struct parse_tt_cat **c, size_t n);
/* getHeadlines: with batches NULL only the ids (appended to *ids); else
 * the articles grouped by feed, appended to *batches.  *count gets the
 * headlines in this reply (for paging).  0 or -1. */
int	 parse_tt_headlines(const char *buf, size_t len, int64_t **ids,
	     size_t *nids, size_t *alloc, struct parse_tt_batch **batches,
	     size_t *nbatches, size_t *count, char *err, size_t errlen);
void	 parse_tt_batches_free(struct parse_tt_batch **b, size_t n);

#endif
