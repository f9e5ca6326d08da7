/*
 * model-int.h: what the files of the model's front-end half share
 * (model.c, model-feeds.c, model-list.c); nobody else sees it.
 */
#ifndef TIDINGS_MODEL_MODEL_INT_H
#define TIDINGS_MODEL_MODEL_INT_H

#include "model/model.h"
#include "store/lib.h"

/* A filter list's counts, known only after a scan: remembered from its
 * last load so the feed list can show them (keyed by the filter text). */
struct model_count {
	char	*filter;
	int64_t	 unread;
	int64_t	 total;
};

struct model {
	struct store		*st;
	const struct urls	*urls;
	struct model_count	*counts;
	size_t			 ncounts;
	int			 prepopulate;	/* count every query at once */
	const struct model_rules *kill;	/* ignore-mode display, or NULL */
};

/* model-tidy.c: the filter item of a row: sf (may be NULL) gives the feed
 * fields; with MODEL_FILTER_NEED_ARTICLE in needs the article is read
 * into *a, which the item then points into (store_article_clear it,
 * also on failure).  0 or -1. */
int	 model_row_item(struct model *m, const struct model_article_row *row,
	     unsigned needs, const struct store_feed *sf,
	     struct model_filter_item *it, struct store_article *a);
/* The same, the article read into *a only when a comparison first needs
 * it (it->load); rl is the loader's state, the caller's, living as long
 * as it. */
struct row_load;
void	 model_row_item_lazy(struct model *m,
	     const struct model_article_row *row, const struct store_feed *sf,
	     struct model_filter_item *it, struct store_article *a,
	     struct row_load *rl);
struct row_load {
	struct model		*m;
	int64_t			 id;
	struct store_article	*a;
};

void	 model_note_counts(struct model *m, const char *filter,
	     int64_t unread, int64_t total);
/* 1 and the counts when filter was scanned before, else 0. */
int	 model_known_counts(const struct model *m, const char *filter,
	     int64_t *unread, int64_t *total);
/* A store row's fields moved into a model row (src's strings taken). */
void	 model_row_take(struct model_article_row *dst,
	     struct store_article_row *src);
void	 model_row_clear(struct model_article_row *r);
/* The store query of a list query (a filter list: the scope its filter
 * narrows to; f may be NULL).  Strings point into q or f. */
void	 model_store_query(const struct model_query *q,
	     const struct model_filter *f, struct store_query *out);

#endif
