/*
 * greader: the replies of the Google Reader API (Miniflux, FreshRSS,
 * Inoreader and the like) as plain data.  Bytes in, structs out; nothing
 * here knows of the network or the store (model/sync-greader.c asks,
 * store/store-sync.c keeps).  Every string is owned by its struct and
 * UTF-8 as the server sent it (hostile: the caller judges URLs with
 * import_url_check).  Item ids are numbers: the API's long form
 * "tag:google.com,2005:reader/item/<16 hex>" and its short decimal form
 * both become the same int64.
 */
#ifndef TIDINGS_PARSE_GREADER_H
#define TIDINGS_PARSE_GREADER_H

#include <stddef.h>
#include <stdint.h>

struct feed_doc;

/* The long-form id prefix, for requests (short ids are read as hex by
 * Miniflux and as decimal by others: always send the long form). */
#define PARSE_GR_ITEM_PREFIX	"tag:google.com,2005:reader/item/"

struct parse_gr_sub {
	char	*stream;	/* "feed/12" */
	char	*url;
	char	*title;
	char	*site;		/* htmlUrl, or NULL */
	char	*label;		/* the first category's label, or NULL */
};

/* One stream of items from stream/items/contents: the entries of one
 * feed (its doc's entry ids are the long-form item ids) and, in the same
 * order, each entry's item id and state. */
struct parse_gr_item_state {
	int64_t	 id;
	int	 read;
	int	 starred;
};
struct parse_gr_stream {
	char			*stream;	/* origin.streamId */
	struct feed_doc		*doc;
	struct parse_gr_item_state *st;
	size_t			 n;
};

/* ClientLogin's "Auth=..." line: a new string, or NULL. */
char	*parse_gr_login(const char *buf, size_t len);
/* subscription/list?output=json.  0, or -1 with err set. */
int	 parse_gr_subs(const char *buf, size_t len, struct parse_gr_sub **out,
	     size_t *n, char *err, size_t errlen);
void	 parse_gr_subs_free(struct parse_gr_sub **subs, size_t n);
/* stream/items/ids: the ids appended to *ids (grown as needed), and the
 * continuation (a new string) or NULL at the end.  0 or -1. */
int	 parse_gr_ids(const char *buf, size_t len, int64_t **ids, size_t *n,
	     size_t *alloc, char **cont, char *err, size_t errlen);
/* stream/items/contents: items grouped by stream, appended to *out.
 * 0 or -1. */
int	 parse_gr_items(const char *buf, size_t len,
	     struct parse_gr_stream **out, size_t *n, char *err,
	     size_t errlen);
void	 parse_gr_streams_free(struct parse_gr_stream **s, size_t n);
/* An item id in either form; -1 when neither. */
int64_t	 parse_gr_item_id(const char *s);

#endif
