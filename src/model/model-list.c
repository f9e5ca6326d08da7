/*
 * model-list: article lists.  A list holds its count and one window of
 * rows.  A window is read by keyset from a row it knows (the rows after
 * that row's (date, id), store_query.after_*), from either end of the
 * list, whichever skips the fewest rows: paging on from the window skips
 * none, a jump to the end reads the list backwards from there, and only a
 * jump far from both ends and from the window pays for the rows between.
 * A filter list collects its matches (capped) once per load instead, and
 * so does any list with set-filter's filter on it, a killfile in display
 * mode, or a sort other than by date (sorted in memory).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/lib.h"
#include "model/model-int.h"

#define LIST_PAGE	256	/* rows per window */
#define LIST_BEHIND	32	/* rows kept above the one asked for */
#define LIST_SCAN_PAGE	1024	/* rows per store call when scanning */
#define LIST_FILTER_MAX	20000	/* matches kept for a filter list */

struct model_list {
	struct model	*m;
	struct model_query q;
	char		*tag;		/* owned copies of q's strings */
	char		*text;
	struct model_filter *filter;	/* MODEL_SCOPE_FILTER: parsed text */
	struct model_filter *overlay;	/* set-filter's, or NULL */
	char		*overlay_text;
	enum model_sort	 sort;
	int		 sort_desc;
	/* the window of rows */
	struct model_article_row *page;
	size_t		 npage;
	size_t		 off;
	/* a filter list's matches */
	struct model_article_row *all;
	size_t		 nall;
	int64_t		 count;
	int64_t		 unread;
	int		 loaded;
};

/* A feed by id, for the filters' feed attributes. */
struct feed_tags {
	int64_t		 id;
	const struct store_feed *sf;
};

static void	list_drop(struct model_article_row **rows, size_t *n);
static void	list_load(struct model_list *l);
static void	list_collect(struct model_list *l);
static int	list_fetch(struct model_list *l,
		    const struct model_article_row *after, int reverse,
		    size_t skip, size_t limit, struct model_article_row **rows,
		    size_t *n);
static int	tags_cmp(const void *a, const void *b);
static int	list_collecting(const struct model_list *l);
static int	list_keep(struct model_list *l, const struct model_article_row *r,
		    const struct store_feed *sf, int64_t index, int64_t now);
static void	list_sort(struct model_list *l);

static void
list_drop(struct model_article_row **rows, size_t *n)
{
	size_t i;

	for (i = 0; *rows != NULL && i < *n; i++)
		model_row_clear(&(*rows)[i]);
	FREE(rows);
	*n = 0;
}

/* limit rows after `after` (NULL: from the start), in the list's order or
 * (reverse) the opposite one, skipping skip rows first. */
static int
list_fetch(struct model_list *l, const struct model_article_row *after,
    int reverse, size_t skip, size_t limit, struct model_article_row **rows,
    size_t *n)
{
	struct store_article_row *sr;
	struct store_query sq;
	size_t i;

	*rows = NULL;
	*n = 0;
	model_store_query(&l->q, l->filter, &sq);
	if (reverse)
		sq.oldest_first = !sq.oldest_first;
	if (after != NULL) {
		sq.after_date = after->date;
		sq.after_id = after->id;
		sq.after_title = after->title;
	}
	if (store_article_list(l->m->st, &sq, skip, limit, &sr, n) != 0)
		return -1;
	if (*n == 0) {
		free(sr);
		return 0;
	}
	*rows = xreallocarray(NULL, *n, sizeof **rows);
	for (i = 0; i < *n; i++)
		model_row_take(&(*rows)[i], &sr[i]);
	free(sr);	/* the strings moved */
	return 0;
}

static int
tags_cmp(const void *a, const void *b)
{
	const struct feed_tags *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

static int
list_collecting(const struct model_list *l)
{
	return l->q.scope == MODEL_SCOPE_FILTER || l->overlay != NULL ||
	    l->m->kill != NULL || l->sort != MODEL_SORT_DATE;
}

/* Whether row r (of feed sf, NULL when unknown) stays: it passes the
 * list's filter and set-filter's, and no display killfile rule hits. */
static int
list_keep(struct model_list *l, const struct model_article_row *r,
    const struct store_feed *sf, int64_t index, int64_t now)
{
	struct model_filter_item it;
	struct store_article a;
	struct row_load rl;
	int keep;

	/* the body is read only if a comparison gets that far */
	model_row_item_lazy(l->m, r, sf, &it, &a, &rl);
	it.articleindex = index;
	keep = model_filter_eval(l->filter, &it, now) &&
	    model_filter_eval(l->overlay, &it, now) &&
	    model_rules_match(l->m->kill, sf != NULL ? sf->url : NULL, &it,
	    now) < 0;
	store_article_clear(&a);
	return keep;
}

static const char *
sort_text(const struct model_article_row *r, enum model_sort k)
{
	const char *s = NULL;

	switch (k) {
	case MODEL_SORT_TITLE:	s = r->title; break;
	case MODEL_SORT_FLAGS:	s = r->flags; break;
	case MODEL_SORT_AUTHOR:	s = r->author; break;
	case MODEL_SORT_LINK:	s = r->link; break;
	case MODEL_SORT_FEED:	s = r->feed_title; break;
	default:		break;
	}
	return s != NULL ? s : "";
}

static enum model_sort sort_key;	/* qsort has no argument */

static int
sort_cmp(const void *a, const void *b)
{
	const struct model_article_row *x = a, *y = b;
	int c = strcasecmp(sort_text(x, sort_key), sort_text(y, sort_key));

	if (c != 0)
		return c;
	if (x->date != y->date)
		return x->date > y->date ? -1 : 1;
	return x->id > y->id ? -1 : x->id < y->id;
}

/* A sort other than by date: in memory, ties newest first; descending
 * reverses the whole order. */
static void
list_sort(struct model_list *l)
{
	struct model_article_row tmp;
	size_t k;

	if (l->sort == MODEL_SORT_DATE || l->nall < 2)
		return;
	sort_key = l->sort;
	qsort(l->all, l->nall, sizeof *l->all, sort_cmp);
	if (!l->sort_desc)
		return;
	for (k = 0; k < l->nall / 2; k++) {
		tmp = l->all[k];
		l->all[k] = l->all[l->nall - 1 - k];
		l->all[l->nall - 1 - k] = tmp;
	}
}

/* A collected list: walk the narrowest store scope page by page (keyset),
 * keep the rows list_keep keeps.  Feeds by id via bsearch. */
static void
list_collect(struct model_list *l)
{
	struct model_article_row *rows, *last = NULL, key;
	struct store_feed *feeds = NULL;
	struct feed_tags *tags = NULL, k = { 0 }, *hit;
	size_t nfeeds = 0, n, i, alloc = 0;
	int64_t now = (int64_t)time(NULL), index = 0;

	list_drop(&l->all, &l->nall);
	if (store_feed_list(l->m->st, &feeds, &nfeeds) != 0)
		nfeeds = 0;
	if (nfeeds > 0) {
		tags = xreallocarray(NULL, nfeeds, sizeof *tags);
		for (i = 0; i < nfeeds; i++) {
			tags[i].id = feeds[i].id;
			tags[i].sf = &feeds[i];
		}
		qsort(tags, nfeeds, sizeof *tags, tags_cmp);
	}
	memset(&key, 0, sizeof key);
	while (l->nall < LIST_FILTER_MAX) {
		if (list_fetch(l, last, 0, 0, LIST_SCAN_PAGE, &rows, &n) != 0 ||
		    n == 0)
			break;
		key.date = rows[n - 1].date;	/* before rows move out */
		key.id = rows[n - 1].id;
		last = &key;
		for (i = 0; i < n; i++) {
			k.id = rows[i].feed_id;
			hit = nfeeds > 0 ? bsearch(&k, tags, nfeeds,
			    sizeof *tags, tags_cmp) : NULL;
			if (l->nall < LIST_FILTER_MAX &&
			    list_keep(l, &rows[i], hit != NULL ? hit->sf : NULL,
			    ++index, now)) {
				/* doubling: one row at a time was
				 * quadratic (20000 matches: 52 s) */
				if (l->nall == alloc) {
					alloc = alloc ? alloc * 2 : 256;
					l->all = xreallocarray(l->all, alloc,
					    sizeof *l->all);
				}
				l->all[l->nall++] = rows[i];
				memset(&rows[i], 0, sizeof rows[i]);
			}
		}
		list_drop(&rows, &n);
	}
	free(tags);
	store_feed_list_free(&feeds, nfeeds);
	l->count = (int64_t)l->nall;
	l->unread = 0;
	for (i = 0; i < l->nall; i++)
		l->unread += l->all[i].unread != 0;
	list_sort(l);
	if (l->q.scope == MODEL_SCOPE_FILTER && l->overlay == NULL &&
	    l->m->kill == NULL)
		model_note_counts(l->m, l->q.text, l->unread, l->count);
}

static void
list_load(struct model_list *l)
{
	struct store_query sq;
	int64_t total = 0, unread = 0;

	list_drop(&l->page, &l->npage);
	l->off = 0;
	l->loaded = 1;
	if (list_collecting(l)) {
		if (l->q.scope != MODEL_SCOPE_FILTER || l->filter != NULL)
			list_collect(l);
		else
			l->count = l->unread = 0;
		return;
	}
	model_store_query(&l->q, NULL, &sq);
	if (store_article_count(l->m->st, &sq, &total, &unread) != 0)
		total = unread = 0;
	l->count = l->q.unread_only ? unread : total;
	l->unread = unread;
}

struct model_list *
model_list_open(struct model *m, const struct model_query *q)
{
	struct model_list *l = xcalloc(1, sizeof *l);
	char err[256];

	l->m = m;
	l->q = *q;
	if (q->tag != NULL)
		l->q.tag = l->tag = xstrdup(q->tag);
	if (q->text != NULL)
		l->q.text = l->text = xstrdup(q->text);
	if (q->scope == MODEL_SCOPE_FILTER) {
		l->q.unread_only = 0;	/* the filter says, until `l` */
		if (l->q.text == NULL)
			l->q.text = l->text = xstrdup("");
		if ((l->filter = model_filter_parse(l->q.text, err,
		    sizeof err)) == NULL)
			log_warn("%s", err);
	}
	return l;
}

void
model_list_close(struct model_list **lp)
{
	struct model_list *l = *lp;

	if (l == NULL)
		return;
	list_drop(&l->page, &l->npage);
	list_drop(&l->all, &l->nall);
	model_filter_free(&l->filter);
	model_filter_free(&l->overlay);
	free(l->overlay_text);
	free(l->tag);
	free(l->text);
	free(l);
	*lp = NULL;
}

void
model_list_reload(struct model_list *l)
{
	l->loaded = 0;
}

int
model_list_set_filter(struct model_list *l, const char *expr, char *err,
    size_t errlen)
{
	struct model_filter *f = NULL;

	if (expr != NULL && (f = model_filter_parse(expr, err, errlen)) ==
	    NULL)
		return -1;
	model_filter_free(&l->overlay);
	free(l->overlay_text);
	l->overlay = f;
	l->overlay_text = expr != NULL ? xstrdup(expr) : NULL;
	l->loaded = 0;
	return 0;
}

struct model *
model_list_model(const struct model_list *l)
{
	return l->m;
}

const char *
model_list_filter(const struct model_list *l)
{
	return l->overlay_text;
}

void
model_list_sort(struct model_list *l, enum model_sort key, int descending)
{
	l->sort = key;
	l->sort_desc = descending != 0;
	if (key == MODEL_SORT_DATE)
		l->q.oldest_first = !l->sort_desc;
	l->loaded = 0;
}

const struct model_query *
model_list_query(const struct model_list *l)
{
	return &l->q;
}

void
model_list_set_unread_only(struct model_list *l, int on)
{
	l->q.unread_only = on != 0;
	l->loaded = 0;
}

size_t
model_list_count(struct model_list *l)
{
	if (!l->loaded)
		list_load(l);
	return l->count > 0 ? (size_t)l->count : 0;
}

int64_t
model_list_unread(struct model_list *l)
{
	if (!l->loaded)
		list_load(l);
	return l->unread;
}

int
model_list_is_feed(const struct model_list *l, int64_t feed_id)
{
	if (l->q.scope != MODEL_SCOPE_FEED)
		return 0;
	return feed_id == -1 || l->q.feed_id == feed_id;
}

struct model_article_row *
model_list_at(struct model_list *l, size_t i)
{
	const struct model_article_row *anchor = NULL;
	struct model_article_row *rows, tmp;
	size_t count = model_list_count(l), off, end, skip, best, r, n, k;
	int reverse = 0;

	if (list_collecting(l))
		return i < l->nall ? &l->all[i] : NULL;
	if (l->page != NULL && i >= l->off && i < l->off + l->npage)
		return &l->page[i - l->off];
	if (i >= count)
		return NULL;
	off = i > LIST_BEHIND ? i - LIST_BEHIND : 0;
	end = off + LIST_PAGE < count ? off + LIST_PAGE : count;
	/* From the start, from the end, or from a row of the window before
	 * or after the new one: the fewest rows skipped wins. */
	best = off;
	if (count - end < best) {
		best = count - end;
		reverse = 1;
	}
	if (l->npage > 0 && l->off < off) {
		r = off - 1 < l->off + l->npage - 1 ? off - 1 :
		    l->off + l->npage - 1;
		if (off - 1 - r < best) {
			best = off - 1 - r;
			anchor = &l->page[r - l->off];
			reverse = 0;
		}
	}
	if (l->npage > 0 && l->off + l->npage > end) {
		r = end > l->off ? end : l->off;
		if (r - end < best) {
			best = r - end;
			anchor = &l->page[r - l->off];
			reverse = 1;
		}
	}
	skip = best;
	if (list_fetch(l, anchor, reverse, skip, end - off, &rows, &n) != 0)
		n = 0;
	list_drop(&l->page, &l->npage);
	if (reverse) {
		for (k = 0; k < n / 2; k++) {
			tmp = rows[k];
			rows[k] = rows[n - 1 - k];
			rows[n - 1 - k] = tmp;
		}
		off = end - n;	/* short (a stale count): they end at end */
	}
	l->page = rows;
	l->npage = n;
	l->off = off;
	if (i >= l->off && i < l->off + l->npage)
		return &l->page[i - l->off];
	return NULL;
}

long
model_list_find(struct model_list *l, int64_t id, size_t scan)
{
	struct model_article_row *r;
	size_t i, n = model_list_count(l);

	for (i = 0; i < n && i < scan; i++) {
		if ((r = model_list_at(l, i)) == NULL)
			break;
		if (r->id == id)
			return (long)i;
	}
	return -1;
}

/* The first row from `from` on (wrapping round to the top) whose title
 * holds text, ASCII case folded; at most scan rows are read.  -1. */
long
model_list_find_title(struct model_list *l, size_t from, const char *text,
    size_t scan)
{
	struct model_article_row *r;
	size_t i, k, n = model_list_count(l);

	if (n == 0 || *text == '\0')
		return -1;
	for (k = 0; k < n && k < scan; k++) {
		i = (from + k) % n;
		if ((r = model_list_at(l, i)) == NULL)
			break;
		if (r->title != NULL && strcasestr(r->title, text) != NULL)
			return (long)i;
	}
	return -1;
}

/* ---- marking a list read: one transaction ---------------------------- */

int
model_mark_list_read(struct model_list *l)
{
	struct store *st = l->m->st;
	struct store_article_row *rows;
	struct store_query sq;
	size_t n, i;
	int ok = 1;

	if (l->q.scope == MODEL_SCOPE_FEED)
		return store_feed_mark_read(st, l->q.feed_id);
	if (!l->loaded)
		list_load(l);
	if (store_begin(st) != 0)
		return -1;
	if (list_collecting(l)) {
		for (i = 0; ok && i < l->nall; i++) {
			if (l->all[i].unread &&
			    store_article_set_unread(st, l->all[i].id, 0) != 0)
				ok = 0;
		}
		goto out;
	}
	/* The unread rows of the scope, page after page by keyset: a row
	 * marked read leaves the set, and the key moves on regardless. */
	model_store_query(&l->q, NULL, &sq);
	sq.unread_only = 1;
	sq.by_title = 0;	/* the keyset below is by date */
	while (ok) {
		if (store_article_list(st, &sq, 0, LIST_SCAN_PAGE, &rows,
		    &n) != 0) {
			ok = 0;
			break;
		}
		for (i = 0; ok && i < n; i++) {
			if (store_article_set_unread(st, rows[i].id, 0) != 0)
				ok = 0;
		}
		if (n > 0) {
			sq.after_date = rows[n - 1].date;
			sq.after_id = rows[n - 1].id;
		}
		store_article_rows_free(&rows, n);
		if (n == 0)
			break;
	}
out:
	if (!ok) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}

/* The ids first, then the marks: marking rows of an unread-only list
 * read would move the rows model_list_at pages in. */
int
model_mark_above_read(struct model_list *l, size_t n)
{
	struct store *st = l->m->st;
	struct model_article_row *r;
	int64_t *ids;
	size_t i, k = 0;
	int ok = 1;

	if (n == 0)
		return 0;
	ids = xreallocarray(NULL, n, sizeof *ids);
	for (i = 0; i < n; i++) {
		if ((r = model_list_at(l, i)) == NULL) {
			if (i < model_list_count(l)) {
				free(ids);	/* a store error, logged */
				return -1;
			}
			break;
		}
		if (r->unread)
			ids[k++] = r->id;
	}
	if (k > 0 && store_begin(st) != 0) {
		free(ids);
		return -1;
	}
	for (i = 0; ok && i < k; i++) {
		if (store_article_set_unread(st, ids[i], 0) != 0)
			ok = 0;
	}
	free(ids);
	if (k == 0)
		return 0;
	if (!ok) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st);
}
