/*
 * model.c: the model object, the display-name rule, the actions (one
 * store transaction each), next unread, the article, the error list and
 * a speaker's quotations.  Lists are in model-list.c, the feed list in
 * model-feeds.c, the filter language in model-filter.c.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "model/model-int.h"

static const enum store_scope scope_map[] = {
	[MODEL_SCOPE_ALL] = STORE_SCOPE_ALL,
	[MODEL_SCOPE_FEED] = STORE_SCOPE_FEED,
	[MODEL_SCOPE_TAG] = STORE_SCOPE_TAG,
	[MODEL_SCOPE_UNREAD] = STORE_SCOPE_UNREAD,
	[MODEL_SCOPE_STARRED] = STORE_SCOPE_STARRED,
	[MODEL_SCOPE_SEARCH] = STORE_SCOPE_SEARCH,
	[MODEL_SCOPE_FILTER] = STORE_SCOPE_ALL,
};

struct model *
model_new(struct store *st, const struct urls *urls)
{
	struct model *m = xcalloc(1, sizeof *m);

	m->st = st;
	m->urls = urls;
	return m;
}

void
model_free(struct model **mp)
{
	struct model *m = *mp;
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->ncounts; i++)
		free(m->counts[i].filter);
	free(m->counts);
	free(m);
	*mp = NULL;
}

void
model_set_urls(struct model *m, const struct urls *urls)
{
	m->urls = urls;
}

const char *
model_feed_name(const char *name, const char *title, const char *url)
{
	if (name != NULL && *name != '\0')
		return name;
	if (title != NULL && *title != '\0')
		return title;
	return url;
}

void
model_note_counts(struct model *m, const char *filter, int64_t unread,
    int64_t total)
{
	size_t i;

	for (i = 0; i < m->ncounts; i++) {
		if (strcmp(m->counts[i].filter, filter) == 0)
			break;
	}
	if (i == m->ncounts) {
		m->counts = xreallocarray(m->counts, m->ncounts + 1,
		    sizeof *m->counts);
		m->counts[m->ncounts++].filter = xstrdup(filter);
	}
	m->counts[i].unread = unread;
	m->counts[i].total = total;
}

void
model_set_prepopulate(struct model *m, int on)
{
	m->prepopulate = on;
}

int
model_known_counts(const struct model *m, const char *filter,
    int64_t *unread, int64_t *total)
{
	size_t i;

	for (i = 0; i < m->ncounts; i++) {
		if (strcmp(m->counts[i].filter, filter) == 0) {
			*unread = m->counts[i].unread;
			*total = m->counts[i].total;
			return 1;
		}
	}
	return 0;
}

void
model_row_take(struct model_article_row *dst, struct store_article_row *src)
{
	dst->id = src->id;
	dst->feed_id = src->feed_id;
	dst->feed_title = src->feed_title;
	dst->title = src->title;
	dst->author = src->author;
	dst->link = src->link;
	dst->date = src->date;
	dst->unread = src->unread;
	dst->starred = src->starred;
	dst->flags = src->flags;
	dst->deleted = src->deleted;
	memset(src, 0, sizeof *src);
}

void
model_row_clear(struct model_article_row *r)
{
	free(r->feed_title);
	free(r->title);
	free(r->author);
	free(r->link);
	free(r->flags);
	memset(r, 0, sizeof *r);
}

void
model_store_query(const struct model_query *q, const struct model_filter *f,
    struct store_query *out)
{
	struct model_query fq;

	memset(out, 0, sizeof *out);
	if (q->scope == MODEL_SCOPE_FILTER) {
		memset(&fq, 0, sizeof fq);
		fq.oldest_first = q->oldest_first;
		fq.by_title = q->by_title;
		fq.unread_only = q->unread_only;
		model_filter_scope(f, &fq);
		q = &fq;
		out->tag = fq.tag;	/* points into f */
	} else
		out->tag = q->tag;
	out->scope = scope_map[q->scope];
	out->feed_id = q->feed_id;
	out->text = q->text;
	out->unread_only = q->unread_only;
	out->oldest_first = q->oldest_first;
	out->by_title = q->by_title && q->scope != MODEL_SCOPE_SEARCH;
}

/* ---- actions -------------------------------------------------------- */

int
model_set_unread(struct model *m, int64_t id, int unread)
{
	return store_article_set_unread(m->st, id, unread);
}

int
model_set_starred(struct model *m, int64_t id, int starred)
{
	return store_article_set_starred(m->st, id, starred);
}

int
model_delete(struct model *m, int64_t id)
{
	return store_article_delete(m->st, id);
}

int
model_mark_feed_read(struct model *m, int64_t feed_id)
{
	return store_feed_mark_read(m->st, feed_id);
}

int
model_mark_all_read(struct model *m)
{
	return store_mark_all_read(m->st);
}

int64_t
model_next_unread(struct model *m, int64_t from, int dir)
{
	return store_next_unread(m->st, from, dir);
}

/* ---- one article ---------------------------------------------------- */

int
model_article_get(struct model *m, int64_t id, struct model_article *out)
{
	struct store_article a;

	memset(out, 0, sizeof *out);
	if (store_article_get(m->st, id, &a) != 0)
		return -1;
	model_row_take(&out->row, &a.row);
	out->summary = a.summary;
	out->content = a.content;
	out->content_type = a.content_type;
	out->enclosure_url = a.enclosure_url;
	a.summary = a.content = a.enclosure_url = NULL;
	store_article_clear(&a);
	return 0;
}

void
model_article_clear(struct model_article *a)
{
	model_row_clear(&a->row);
	free(a->summary);
	free(a->content);
	free(a->enclosure_url);
	memset(a, 0, sizeof *a);
}

/* ---- the error list ------------------------------------------------- */

int
model_errors(struct model *m, struct model_error **out, size_t *n)
{
	struct store_feed *rows;
	struct model_error *e;
	size_t nrows, i;

	*out = NULL;
	*n = 0;
	if (store_feed_list(m->st, &rows, &nrows) != 0)
		return -1;
	for (i = 0; i < nrows; i++) {
		if (rows[i].last_error == NULL)
			continue;
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		e = &(*out)[(*n)++];
		e->feed_id = rows[i].id;
		e->url = xstrdup(rows[i].url);
		e->name = xstrdup(model_feed_name(rows[i].name, rows[i].title,
		    rows[i].url));
		e->error = xstrdup(rows[i].last_error);
	}
	store_feed_list_free(&rows, nrows);
	return 0;
}

void
model_errors_free(struct model_error **e, size_t n)
{
	size_t i;

	if (*e == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*e)[i].url);
		free((*e)[i].name);
		free((*e)[i].error);
	}
	FREE(e);
}

/* ---- quotations ----------------------------------------------------- */

int
model_speaker_quotes(struct model *m, const char *name, size_t limit,
    struct model_quote **out, size_t *n)
{
	struct store_quote *q;
	size_t i;

	*out = NULL;
	*n = 0;
	if (store_quotes_by_speaker(m->st, name, limit, &q, n) != 0)
		return -1;
	if (*n > 0)
		*out = xcalloc(*n, sizeof **out);
	for (i = 0; i < *n; i++) {
		(*out)[i].level = q[i].level;
		(*out)[i].text = q[i].text;
		(*out)[i].speaker = q[i].speaker;
		(*out)[i].article_id = q[i].article_id;
		(*out)[i].article_title = q[i].article_title;
		q[i].text = q[i].speaker = q[i].article_title = NULL;
	}
	store_quotes_free(&q, *n);
	return 0;
}

void
model_speaker_quotes_free(struct model_quote **q, size_t n)
{
	size_t i;

	if (*q == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*q)[i].text);
		free((*q)[i].speaker);
		free((*q)[i].article_title);
	}
	FREE(q);
}
