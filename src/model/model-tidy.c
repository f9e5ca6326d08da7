/*
 * model-tidy: the config's filter rules put to work — the killfile
 * (ignore-article: dropped before storing, or left out of lists), the
 * highlights (highlight-article, highlight-feed) and define-filter's
 * named filters.  A rule set is the config's lines of one kind with their
 * expressions parsed once; matching fills a model_filter_item with what
 * the rules read (model_rules_needs) and asks model_filter_eval.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/lib.h"
#include "conf/config.h"
#include "model/model-int.h"

struct model_rule {
	const struct config_rule *src;
	struct model_filter	 *f;
};

struct model_rules {
	struct model_rule	*v;
	size_t			 n;
	unsigned		 needs;
};

static void	rules_feed_item(struct model_filter_item *it,
		    const struct store_feed *sf);

struct model_rules *
model_rules_new(const struct config *c, int kind)
{
	struct model_rules *r = xcalloc(1, sizeof *r);
	struct model_filter *f;
	char err[256];
	size_t i;

	for (i = 0; c != NULL && i < c->nrules; i++) {
		if ((int)c->rules[i].kind != kind)
			continue;
		if ((f = model_filter_parse(c->rules[i].expr, err,
		    sizeof err)) == NULL) {
			log_warn("%s:%u: %s", c->rules[i].file,
			    c->rules[i].line, err);
			continue;
		}
		r->v = xreallocarray(r->v, r->n + 1, sizeof *r->v);
		r->v[r->n].src = &c->rules[i];
		r->v[r->n++].f = f;
		r->needs |= model_filter_needs(f);
	}
	return r;
}

void
model_rules_free(struct model_rules **rp)
{
	struct model_rules *r = *rp;
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++)
		model_filter_free(&r->v[i].f);
	free(r->v);
	free(r);
	*rp = NULL;
}

size_t
model_rules_count(const struct model_rules *r)
{
	return r != NULL ? r->n : 0;
}

const struct config_rule *
model_rules_at(const struct model_rules *r, size_t i)
{
	return r != NULL && i < r->n ? r->v[i].src : NULL;
}

unsigned
model_rules_needs(const struct model_rules *r)
{
	return r != NULL ? r->needs : 0;
}

long
model_rules_match(const struct model_rules *r, const char *feed_url,
    const struct model_filter_item *it, int64_t now)
{
	const char *scope;
	size_t i;

	for (i = 0; r != NULL && i < r->n; i++) {
		scope = r->v[i].src->kind == CR_IGNORE ? r->v[i].src->name :
		    NULL;
		if (scope != NULL && strcmp(scope, "*") != 0 &&
		    (feed_url == NULL || strcmp(scope, feed_url) != 0))
			continue;
		if (model_filter_eval(r->v[i].f, it, now))
			return (long)i;
	}
	return -1;
}

size_t
model_rules_drop(const struct model_rules *k, const char *feed_url,
    const char *feed_title, const char *tags, struct feed_doc *doc,
    int64_t now)
{
	struct model_filter_item it;
	struct feed_entry *e;
	size_t i, kept = 0, dropped = 0;

	if (model_rules_count(k) == 0)
		return 0;
	for (i = 0; i < doc->nentries; i++) {
		e = &doc->entries[i];
		memset(&it, 0, sizeof it);
		it.title = e->title;
		it.link = e->link;
		it.author = e->author;
		it.content = e->content != NULL ? e->content : e->summary;
		it.description = e->summary;
		it.guid = e->id;
		if (e->nenclosures > 0) {
			it.enclosure_url = e->enclosures[0].url;
			it.enclosure_type = e->enclosures[0].type;
		}
		it.feedtitle = feed_title;
		it.feedurl = feed_url;
		it.feedlink = doc->meta.link;
		it.tags = tags;
		it.date = e->published != FEED_DATE_NONE ? e->published :
		    e->updated != FEED_DATE_NONE ? e->updated : now;
		it.unread = 1;
		if (model_rules_match(k, feed_url, &it, now) >= 0) {
			feed_entry_clear(e);
			dropped++;
			continue;
		}
		if (kept != i)
			doc->entries[kept] = *e;
		kept++;
	}
	doc->nentries = kept;
	return dropped;
}

void
model_set_killfile(struct model *m, const struct model_rules *k)
{
	m->kill = model_rules_count(k) > 0 ? k : NULL;
}

static void
rules_feed_item(struct model_filter_item *it, const struct store_feed *sf)
{
	it->feedurl = sf->url;
	it->feedlink = sf->site_link;
	it->tags = sf->tags;
	it->unread_count = sf->unread;
	it->total_count = sf->total;
	it->feedindex = sf->position + 1;
}

static int
row_load(struct model_filter_item *it, void *arg)
{
	struct row_load *rl = arg;
	struct store_article *a = rl->a;

	if (store_article_get(rl->m->st, rl->id, a) != 0)
		return -1;
	it->content = a->content != NULL ? a->content : a->summary;
	it->description = a->summary;
	it->guid = a->guid;
	it->enclosure_url = a->enclosure_url;
	it->enclosure_type = a->enclosure_type;
	return 0;
}

int
model_row_item(struct model *m, const struct model_article_row *row,
    unsigned needs, const struct store_feed *sf, struct model_filter_item *it,
    struct store_article *a)
{
	struct row_load rl = { m, row->id, a };

	model_filter_item_row(it, row, sf != NULL ? sf->tags : NULL);
	if (sf != NULL)
		rules_feed_item(it, sf);
	memset(a, 0, sizeof *a);
	if ((needs & MODEL_FILTER_NEED_ARTICLE) == 0)
		return 0;
	return row_load(it, &rl);
}

void
model_row_item_lazy(struct model *m, const struct model_article_row *row,
    const struct store_feed *sf, struct model_filter_item *it,
    struct store_article *a, struct row_load *rl)
{
	model_filter_item_row(it, row, sf != NULL ? sf->tags : NULL);
	if (sf != NULL)
		rules_feed_item(it, sf);
	memset(a, 0, sizeof *a);
	rl->m = m;
	rl->id = row->id;
	rl->a = a;
	it->load = row_load;
	it->load_arg = rl;
}

long
model_rules_match_row(struct model *m, const struct model_rules *r,
    const struct model_article_row *row)
{
	struct model_filter_item it;
	struct store_article a;
	struct store_feed sf;
	long hit = -1;
	int have_feed;

	if (model_rules_count(r) == 0)
		return -1;
	memset(&a, 0, sizeof a);
	have_feed = store_feed_get(m->st, row->feed_id, &sf) == 0;
	if (model_row_item(m, row, r->needs, have_feed ? &sf : NULL, &it,
	    &a) == 0)
		hit = model_rules_match(r, have_feed ? sf.url : NULL, &it,
		    (int64_t)time(NULL));
	store_article_clear(&a);
	if (have_feed)
		store_feed_clear(&sf);
	return hit;
}

static void
feed_row_item(struct model_filter_item *it, const struct model_feed_row *fr,
    size_t index)
{
	memset(it, 0, sizeof *it);
	it->feedtitle = fr->title;
	it->feedurl = fr->url;
	it->feedlink = fr->link;
	it->tags = fr->tags;
	it->unread_count = fr->unread;
	it->total_count = fr->total;
	it->feedindex = (int64_t)index + 1;
	it->unread = fr->unread > 0;
}

int
model_feed_row_passes(const struct model_feed_row *fr, size_t index,
    const struct model_filter *f, const char *tag)
{
	struct model_filter_item it;
	const char *p;
	size_t n;

	if (tag != NULL) {
		n = strlen(tag);
		for (p = fr->tags; p != NULL && *p != '\0'; p += strcspn(p, " ")) {
			p += strspn(p, " ");
			if (strncmp(p, tag, n) == 0 && (p[n] == ' ' ||
			    p[n] == '\0'))
				break;
		}
		if (p == NULL || *p == '\0')
			return 0;
	}
	if (f == NULL)
		return 1;
	feed_row_item(&it, fr, index);
	return model_filter_eval(f, &it, (int64_t)time(NULL));
}

long
model_rules_match_feed(const struct model_rules *r,
    const struct model_feed_row *fr, size_t index)
{
	struct model_filter_item it;

	if (model_rules_count(r) == 0)
		return -1;
	feed_row_item(&it, fr, index);
	return model_rules_match(r, fr->url, &it, (int64_t)time(NULL));
}

/* ---- tidying actions: one transaction each ------------------------- */

int
model_set_deleted(struct model *m, int64_t id, int deleted)
{
	return store_article_set_deleted(m->st, id, deleted);
}

int
model_list_delete_all(struct model_list *l)
{
	struct model *m = model_list_model(l);
	const struct model_query *q = model_list_query(l);
	struct model_article_row *r;
	size_t i, n;

	if (q->scope == MODEL_SCOPE_FEED && model_list_filter(l) == NULL &&
	    m->kill == NULL)
		return store_feed_set_deleted(m->st, q->feed_id);
	n = model_list_count(l);
	if (store_begin(m->st) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if ((r = model_list_at(l, i)) == NULL ||
		    store_article_set_deleted(m->st, r->id, 1) != 0) {
			store_rollback(m->st);
			return -1;
		}
	}
	return store_commit(m->st);
}

int
model_purge_deleted(struct model *m, int64_t feed_id, size_t *purged)
{
	return store_purge_deleted(m->st, feed_id, purged);
}

int
model_set_flags(struct model *m, int64_t id, const char *flags)
{
	return store_article_set_flags(m->st, id, flags);
}

void
model_set_keep_flags(struct model *m, const char *flags)
{
	store_set_keep_flags(m->st, flags);
}
