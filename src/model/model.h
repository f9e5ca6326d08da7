/*
 * model: the one way into the store for front ends (the TUI today, the
 * command line's read commands and a sync backend later).  Front ends get
 * view-models here — feed-list rows, pages of article rows, an article,
 * the error list — and never see SQL, store types or store calls
 * (tests/check-layers.sh checks src/tui).  Depends on base/, conf/ (the
 * urls file), feed/ (plain types) and store/.
 *
 * ACTIONS.  Every change of state a user can make (read, unread, star,
 * delete, mark a feed, a list or everything read) is one model_* function
 * below, and each is ONE store transaction: it happens whole or not at
 * all.  Each returns 0, or -1 with the reason already logged (log_error),
 * so the caller can say so; none loops on a failing write.  This is the
 * single point where a sync backend will queue the changes it must send
 * to a server: add the queueing here, not in the views.
 *
 * Strings in rows are as stored (feed text is hostile: sanitise before
 * drawing).  Rows handed out are the caller's to free with the matching
 * *_free / *_clear function unless said otherwise.
 */
#ifndef TIDINGS_MODEL_MODEL_H
#define TIDINGS_MODEL_MODEL_H

#include <regex.h>
#include <stddef.h>
#include <stdint.h>

#include "feed/feed.h"

struct model;
struct store;
struct urls;

/* A model over an open store and the feed list (urls may be NULL: the
 * store's own list).  Both are borrowed and must outlive the model. */
struct model *model_new(struct store *st, const struct urls *urls);
/* prepopulate-query-feeds: model_feed_rows counts the query feeds the
 * store cannot count directly (a scan each) instead of leaving them
 * unknown until opened. */
void	 model_set_prepopulate(struct model *m, int on);
void	 model_free(struct model **mp);
/* The urls file was read again. */
void	 model_set_urls(struct model *m, const struct urls *urls);

/* The one display-name rule for a feed: its "~Name" from the urls file,
 * else the document's title, else its URL; an empty string counts as
 * none.  Never NULL when url is not NULL. */
const char *model_feed_name(const char *name, const char *title,
	     const char *url);

/* ---- the filter language (newsboat's; model-filter.c) ---------------- */

/*	expr := and-expr ("or" and-expr)*
 *	and-expr := term ("and" term)*
 *	term := "(" expr ")" | ATTR OP VALUE | ATTR "between" N:M
 *	VALUE := "quoted" (\ escapes) | a number | N:M (unquoted)
 *	OP := = | == | != | =~ | !~ | # | !# | < | > | <= | >=
 * Attributes: title link author content description guid enclosure_url
 * enclosure_type flags date age unread starred deleted articleindex,
 * and of the article's feed feedtitle feedurl (= rssurl) feedlink tags
 * unread_count total_count feedindex.  `=~` is a POSIX extended regex,
 * case-insensitive (no back-references, bounded repeats); `#` tests that
 * a space-separated list (tags) holds a word, or that flags hold every
 * letter given.  unread/starred/deleted compare with "yes"/"no"; date
 * with seconds or "YYYY-MM-DD[ HH:MM[:SS]]" UTC (= on a day: that day);
 * age is whole days since date.  Comparisons of text use strcmp. */
struct model_filter;
struct model_article_row;
struct model_query;

/* What a filter is evaluated on: an article with its feed's fields, or a
 * feed (the article fields empty).  Strings may be NULL (read as ""). */
struct model_filter_item {
	const char	*title, *link, *author, *content, *description,
			*guid, *enclosure_url, *enclosure_type, *flags;
	const char	*feedtitle, *feedurl, *feedlink, *tags;
	int64_t		 date;
	int		 unread, starred, deleted;
	int64_t		 articleindex;
	int64_t		 unread_count, total_count, feedindex;
	/* When set, called once before the first comparison that reads a
	 * MODEL_FILTER_NEED_ARTICLE field, to fill those fields (so a
	 * cheap term that fails first saves reading the body); -1 makes
	 * the item fail. */
	int		(*load)(struct model_filter_item *it, void *arg);
	void		*load_arg;
	int		 loaded;	/* 1: done (or failed: -1) */
};
#define MODEL_FILTER_NEED_ARTICLE 0x1	/* body, guid, enclosure */
#define MODEL_FILTER_NEED_FEED	0x2	/* feed url, link, counts, index */

/* NULL with the reason in err when s does not parse or passes the limits
 * (4 KiB, 32 levels of parentheses, 128 comparisons, 512-byte regexes). */
struct model_filter *model_filter_parse(const char *s, char *err,
	     size_t errlen);
void	 model_filter_free(struct model_filter **fp);
/* Which item fields beyond an article row's the filter reads. */
unsigned model_filter_needs(const struct model_filter *f);
/* 1 when the item passes (f NULL: always); now is for `age`. */
int	 model_filter_eval(const struct model_filter *f,
	     const struct model_filter_item *it, int64_t now);
/* An item from a list row (pointers into r and feed_tags). */
void	 model_filter_item_row(struct model_filter_item *it,
	     const struct model_article_row *r, const char *feed_tags);
/* Narrow q from the filter (an and-chain of unread/starred/tag terms picks
 * the scope); the rest is checked per row.  q's tag points into f. */
void	 model_filter_scope(const struct model_filter *f,
	     struct model_query *q);
/* 1 when model_filter_scope captures the whole filter (the store's
 * counts are the filter's). */
int	 model_filter_simple(const struct model_filter *f);
/* model_filter_eval on a row alone (fields a row lacks read as empty). */
int	 model_filter_match(const struct model_filter *f,
	     const struct model_article_row *r, const char *feed_tags);

/* ---- rules from the config: killfile, highlights (model-tidy.c) ------- */

/* The config's rules of one kind (enum config_rule_kind: ignore-article,
 * highlight-article, highlight-feed, define-filter), compiled in file
 * order; a rule whose expression does not parse is warned about (file and
 * line) and left out. */
struct config;
struct config_rule;
struct model_rules;
struct model_rules *model_rules_new(const struct config *c, int kind);
/* A POSIX extended, case-insensitive regex under the filter language's
 * limits (length, quantifiers, repeats, nesting, no back-references),
 * compiled into *re with regcomp's extra flags; 0, or -1 with err
 * filled (re then needs no regfree). */
int	 model_regex_compile(regex_t *re, const char *value, int flags,
	     char *err, size_t errlen);
void	 model_rules_free(struct model_rules **rp);
size_t	 model_rules_count(const struct model_rules *r);
/* Rule i's config line (its name, colour). */
const struct config_rule *model_rules_at(const struct model_rules *r,
	     size_t i);
/* Which item fields the rules read (MODEL_FILTER_NEED_*). */
unsigned model_rules_needs(const struct model_rules *r);
/* The first rule the item matches, or -1.  feed_url picks the
 * ignore-article rules that apply (their FEED is the URL or "*"); other
 * kinds ignore it. */
long	 model_rules_match(const struct model_rules *r, const char *feed_url,
	     const struct model_filter_item *it, int64_t now);
/* ignore-mode download: drop the entries of doc that a rule of k matches
 * (k NULL: none); returns how many.  Pure: any thread may call it. */
size_t	 model_rules_drop(const struct model_rules *k, const char *feed_url,
	     const char *feed_title, const char *tags, struct feed_doc *doc,
	     int64_t now);
/* ignore-mode display: lists leave out what k matches (borrowed; NULL:
 * none).  Every list then collects its rows (see model_list_open). */
void	 model_set_killfile(struct model *m, const struct model_rules *k);
/* The first rule matching an article row (its feed and, when the rules
 * need it, its body looked up), or -1. */
struct model_article_row;
long	 model_rules_match_row(struct model *m, const struct model_rules *r,
	     const struct model_article_row *row);
/* The same for a feed-list row (article fields empty; its index is
 * feedindex). */
struct model_feed_row;
long	 model_rules_match_feed(const struct model_rules *r,
	     const struct model_feed_row *fr, size_t index);

/* The feed list's set-tag and set-filter: 1 when row fr (at index) has
 * tag (NULL: any) and passes f (NULL: any).  Built-in rows have no tags. */
int	 model_feed_row_passes(const struct model_feed_row *fr, size_t index,
	     const struct model_filter *f, const char *tag);

/* ---- the feed list ---------------------------------------------------- */

enum model_feed_kind {
	MODEL_FEED,		/* a feed of the urls file */
	MODEL_FEED_QUERY,	/* a `query:NAME:FILTER` line */
	MODEL_FEED_UNREAD,	/* the built-in "All unread" */
	MODEL_FEED_STARRED	/* the built-in "Starred" */
};

struct model_feed_row {
	enum model_feed_kind kind;
	int64_t	 id;		/* MODEL_FEED: the feed's id, else 0 */
	char	*title;		/* display name (model_feed_name) */
	char	*tags;		/* space-separated, or NULL */
	char	*filter;	/* MODEL_FEED_QUERY: the filter as written */
	int64_t	 unread;
	int64_t	 total;		/* -1 = unknown (a filter not yet opened) */
	int	 error;		/* the last fetch failed / the filter is bad */
	char	*url;		/* MODEL_FEED: its URL, else NULL */
	char	*link;		/* MODEL_FEED: the site's link, or NULL */
};

/* The urls file's feeds in file order (hidden ones left out), its query
 * lines in their place, then All unread and Starred; without a urls file,
 * the store's list.  One pass over each list (feeds found by URL through
 * a sorted index).  0 or -1. */
int	 model_feed_rows(struct model *m, struct model_feed_row **rows,
	     size_t *n);
void	 model_feed_rows_free(struct model_feed_row **rows, size_t n);

/* ---- article lists ---------------------------------------------------- */

enum model_scope {
	MODEL_SCOPE_ALL,
	MODEL_SCOPE_FEED,	/* feed_id */
	MODEL_SCOPE_TAG,	/* feeds carrying tag */
	MODEL_SCOPE_UNREAD,	/* all unread */
	MODEL_SCOPE_STARRED,
	MODEL_SCOPE_SEARCH,	/* full-text words in text (feed_id > 0: in
				   that feed only) */
	MODEL_SCOPE_FILTER	/* a filter expression in text */
};

struct model_query {
	enum model_scope scope;
	int64_t		 feed_id;
	const char	*tag;
	const char	*text;
	int		 unread_only;
	int		 oldest_first;	/* with by_title: A first */
	int		 by_title;	/* article-sort-order title-* */
};

struct model_article_row {
	int64_t	 id;
	int64_t	 feed_id;
	char	*feed_title;	/* display name */
	char	*title;
	char	*author;
	char	*link;
	int64_t	 date;		/* published, else updated, else first seen */
	int	 unread;
	int	 starred;
	char	*flags;		/* newsboat's a-z A-Z, sorted; NULL = none */
	int	 deleted;	/* marked by delete-article, not yet purged */
};

/*
 * An article list: its count and a window of rows paged in on demand.
 * Pages are read by KEYSET (the rows after a known row's (date, id)), so
 * a page deep in a million-row list costs what the first one does; only a
 * jump far from both ends and from the window skips rows, and then from
 * the nearest of the three.  A filter list is the exception: its matches
 * (capped) are collected once per load.
 */
struct model_list;
/* q's strings are copied. */
struct model_list *model_list_open(struct model *m,
	     const struct model_query *q);
void	 model_list_close(struct model_list **lp);
/* Forget rows and counts: the store changed. */
void	 model_list_reload(struct model_list *l);
const struct model_query *model_list_query(const struct model_list *l);
/* set-filter: only the rows expr passes (NULL clears); -1 with the
 * reason in err when it does not parse (the old filter stays). */
int	 model_list_set_filter(struct model_list *l, const char *expr,
	     char *err, size_t errlen);
/* set-filter's expression, or NULL. */
const char *model_list_filter(const struct model_list *l);
/* sort / rev-sort.  By date the list stays paged by keyset (descending:
 * newest first); by anything else its rows are collected (capped) and
 * sorted in memory, case-insensitively, ties newest first. */
enum model_sort { MODEL_SORT_DATE, MODEL_SORT_TITLE, MODEL_SORT_FLAGS,
	MODEL_SORT_AUTHOR, MODEL_SORT_LINK, MODEL_SORT_FEED };
void	 model_list_sort(struct model_list *l, enum model_sort key,
	     int descending);
void	 model_list_set_unread_only(struct model_list *l, int on);
size_t	 model_list_count(struct model_list *l);
int64_t	 model_list_unread(struct model_list *l);
/* Row i, NULL past the end (or on a store error, logged).  Owned by the
 * list; valid until the next call on l.  The caller may update unread and
 * starred after a successful action on the row. */
struct model_article_row *model_list_at(struct model_list *l, size_t i);
/* The index of article id among the first `scan` rows, or -1. */
long	 model_list_find(struct model_list *l, int64_t id, size_t scan);
/* goto-title: the first row from `from` on, wrapping, whose title holds
 * text (ASCII case folded), reading at most scan rows; -1 when none. */
long	 model_list_find_title(struct model_list *l, size_t from,
	     const char *text, size_t scan);
/* 1 when l lists feed_id alone (feed_id -1: any one feed). */
int	 model_list_is_feed(const struct model_list *l, int64_t feed_id);
struct model *model_list_model(const struct model_list *l);

/* A whole article for the article view. */
struct model_article {
	struct model_article_row row;
	char	*summary;
	char	*content;
	enum feed_content_type content_type;
	char	*enclosure_url;
};
int	 model_article_get(struct model *m, int64_t id,
	     struct model_article *out);
void	 model_article_clear(struct model_article *a);

/* Next (dir > 0) or previous unread article after `from` (0: from the
 * start or the end) in feed-list order, crossing feeds; 0 when none, -1
 * on error. */
int64_t	 model_next_unread(struct model *m, int64_t from, int dir);

/* ---- actions: one transaction each (see the top of this file) --------- */

int	 model_set_unread(struct model *m, int64_t id, int unread);
int	 model_set_starred(struct model *m, int64_t id, int starred);
int	 model_delete(struct model *m, int64_t id);
int	 model_mark_feed_read(struct model *m, int64_t feed_id);
/* Every unread article of l's scope, filter lists included. */
int	 model_mark_list_read(struct model_list *l);
/* The first n rows of l (those above a cursor on row n), in one. */
int	 model_mark_above_read(struct model_list *l, size_t n);
int	 model_mark_all_read(struct model *m);
/* Tidying (model-tidy.c).  delete-article marks (the row stays, shown as
 * deleted, until purged); delete-all-articles marks l's rows (a feed's
 * whole list at once); purge-deleted deletes the marked articles of
 * feed_id (0: all) for good, with tombstones. */
int	 model_set_deleted(struct model *m, int64_t id, int deleted);
int	 model_list_delete_all(struct model_list *l);
int	 model_purge_deleted(struct model *m, int64_t feed_id,
	     size_t *purged);
/* edit-flags: newsboat's letters a-z A-Z (kept sorted; "" clears); -1
 * for anything else. */
int	 model_set_flags(struct model *m, int64_t id, const char *flags);
/* keep-forever-if-flagged-with: retention spares these flags. */
void	 model_set_keep_flags(struct model *m, const char *flags);

/* ---- the error list --------------------------------------------------- */

struct model_error {
	int64_t	 feed_id;
	char	*url;
	char	*name;		/* display name */
	char	*error;		/* the last fetch's failure */
};
/* Feeds whose last fetch failed, in feed-list order.  0 or -1. */
int	 model_errors(struct model *m, struct model_error **out, size_t *n);
void	 model_errors_free(struct model_error **e, size_t n);

/* ---- quotations ------------------------------------------------------- */

struct model_quote {
	int	 level;
	char	*text;
	char	*speaker;	/* NULL when unknown */
	int64_t	 article_id;
	char	*article_title;
};
/* Cached quotations of a speaker (see store_quotes_by_speaker); limit 0
 * = all.  0 or -1. */
int	 model_speaker_quotes(struct model *m, const char *name, size_t limit,
	     struct model_quote **out, size_t *n);
void	 model_speaker_quotes_free(struct model_quote **q, size_t n);

#endif
