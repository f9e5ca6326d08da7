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
