/*
 * model-feeds: the feed list's rows, composed in one place from the urls
 * file (order, names, query lines), the store (feeds and their counters)
 * and the built-ins.  Feeds are found by URL through an index sorted
 * once per call, so a refresh costs O((urls + feeds) log feeds), not one
 * scan of the store's list per urls line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "conf/urls.h"
#include "model/model-int.h"

static struct model_feed_row *feeds_add(struct model_feed_row **rows,
		    size_t *n, enum model_feed_kind kind, const char *title);
static void	feeds_add_feed(struct model_feed_row **rows, size_t *n,
		    const struct store_feed *sf);
static void	feeds_add_query(struct model *m, struct model_feed_row **rows,
		    size_t *n, const struct urls_entry *e);
static int	feeds_by_url(const void *a, const void *b);

static struct model_feed_row *
feeds_add(struct model_feed_row **rows, size_t *n, enum model_feed_kind kind,
    const char *title)
{
	struct model_feed_row *r;

	*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
	r = &(*rows)[(*n)++];
	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->title = xstrdup(title != NULL ? title : "");
	r->total = -1;
	return r;
}

static void
feeds_add_feed(struct model_feed_row **rows, size_t *n,
    const struct store_feed *sf)
{
	struct model_feed_row *r;

	r = feeds_add(rows, n, MODEL_FEED, model_feed_name(sf->name,
	    sf->title, sf->url));
	r->id = sf->id;
	r->url = xstrdup(sf->url);
	r->link = sf->site_link != NULL ? xstrdup(sf->site_link) : NULL;
	r->tags = sf->tags != NULL && *sf->tags != '\0' ? xstrdup(sf->tags) :
	    NULL;
	r->unread = sf->unread;
	r->total = sf->total;
	r->error = sf->last_error != NULL;
}

/* query:NAME:FILTER.  Counts: from the store when its scopes answer the
 * filter exactly, else as the filter's last scan left them. */
static void
feeds_add_query(struct model *m, struct model_feed_row **rows, size_t *n,
    const struct urls_entry *e)
{
	struct model_feed_row *r;
	struct model_filter *f;
	struct model_list *l;
	struct model_query q;
	struct store_query sq;
	const char *name, *expr;
	char err[256], *qname;

	name = e->url + strlen("query:");
	if ((expr = strchr(name, ':')) == NULL)
		return;
	qname = xstrndup(name, (size_t)(expr - name));
	r = feeds_add(rows, n, MODEL_FEED_QUERY, model_feed_name(e->name,
	    qname, qname));
	free(qname);
	r->filter = xstrdup(expr + 1);
	if ((f = model_filter_parse(r->filter, err, sizeof err)) == NULL) {
		log_warn(_("query \"%s\": %s"), r->title, err);
		r->error = 1;
		return;
	}
	if (model_filter_simple(f)) {
		memset(&q, 0, sizeof q);
		q.scope = MODEL_SCOPE_FILTER;
		model_store_query(&q, f, &sq);
		if (store_article_count(m->st, &sq, &r->total, &r->unread) != 0)
			r->total = -1;
		else if (sq.unread_only)
			r->total = r->unread;
	} else if (!model_known_counts(m, r->filter, &r->unread, &r->total)) {
		r->unread = 0;
		if (m->prepopulate) {
			/* opening the list scans it and notes its counts */
			memset(&q, 0, sizeof q);
			q.scope = MODEL_SCOPE_FILTER;
			q.text = r->filter;
			if ((l = model_list_open(m, &q)) != NULL) {
				(void)model_list_count(l);
				model_list_close(&l);
			}
			if (!model_known_counts(m, r->filter, &r->unread,
			    &r->total))
				r->unread = 0;
		}
	}
	model_filter_free(&f);
}

static int
feeds_by_url(const void *a, const void *b)
{
	const struct store_feed *const *x = a, *const *y = b;

	return strcmp((*x)->url, (*y)->url);
}

int
model_feed_rows(struct model *m, struct model_feed_row **rows, size_t *n)
{
	const struct urls *u = m->urls;
	const struct urls_entry *e;
	struct store_feed *feeds = NULL, key, *kp = &key, **idx = NULL, **hit;
	struct model_feed_row *r;
	struct store_query q;
	size_t nfeeds = 0, i;

	*rows = NULL;
	*n = 0;
	if (store_feed_list(m->st, &feeds, &nfeeds) != 0) {
		feeds = NULL;
		nfeeds = 0;
	}
	if (nfeeds > 0) {
		/* NOLINTNEXTLINE(bugprone-sizeof-expression): idx holds pointers */
		idx = xreallocarray(NULL, nfeeds, sizeof *idx);
		for (i = 0; i < nfeeds; i++)
			idx[i] = &feeds[i];
		/* NOLINTNEXTLINE(bugprone-sizeof-expression): idx holds pointers */
		qsort(idx, nfeeds, sizeof *idx, feeds_by_url);
	}
	for (i = 0; u != NULL && i < u->n; i++) {
		e = &u->entries[i];
		if (e->kind == URLS_QUERY) {
			feeds_add_query(m, rows, n, e);
			continue;
		}
		if (e->hidden || nfeeds == 0)
			continue;
		key.url = e->url;
		/* NOLINTNEXTLINE(bugprone-sizeof-expression): idx holds pointers */
		hit = bsearch(&kp, idx, nfeeds, sizeof *idx, feeds_by_url);
		if (hit != NULL && !(*hit)->hidden)
			feeds_add_feed(rows, n, *hit);
	}
	/* No urls file: the store's own list. */
	for (i = 0; u == NULL && i < nfeeds; i++) {
		if (!feeds[i].hidden)
			feeds_add_feed(rows, n, &feeds[i]);
	}
	free(idx);
	store_feed_list_free(&feeds, nfeeds);

	r = feeds_add(rows, n, MODEL_FEED_UNREAD, _("All unread"));
	r->unread = r->total = store_unread_total(m->st);
	r = feeds_add(rows, n, MODEL_FEED_STARRED, _("Starred"));
	memset(&q, 0, sizeof q);
	q.scope = STORE_SCOPE_STARRED;
	if (store_article_count(m->st, &q, &r->total, &r->unread) != 0)
		r->total = -1;
	return 0;
}

void
model_feed_rows_free(struct model_feed_row **rows, size_t n)
{
	size_t i;

	if (*rows == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*rows)[i].title);
		free((*rows)[i].tags);
		free((*rows)[i].filter);
		free((*rows)[i].url);
		free((*rows)[i].link);
	}
	FREE(rows);
}
