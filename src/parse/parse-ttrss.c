/*
 * parse-ttrss: Tiny Tiny RSS's JSON API replies (ttrss.h), read with
 * jansson.  tt-rss sends numbers as numbers or as strings depending on
 * the call and version: both are taken.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "parse/ttrss.h"

/* The reply's content when status is 0; NULL with err set otherwise. */
static json_t *
content(json_t *root, char *err, size_t errlen)
{
	json_t *c = json_object_get(root, "content");
	const char *e;

	if (!json_is_object(root)) {
		snprintf(err, errlen, "%s", _("the reply is not a JSON object"));
		return NULL;
	}
	if (json_integer_value(json_object_get(root, "status")) != 0 ||
	    c == NULL) {
		e = json_string_value(json_object_get(c, "error"));
		snprintf(err, errlen, _("the server says %s"),
		    e != NULL ? e : "?");
		return NULL;
	}
	return c;
}

static json_t *
load(const char *buf, size_t len, json_t **c, char *err, size_t errlen)
{
	json_t *root = json_loadb(buf, len, 0, NULL);

	if (root == NULL) {
		snprintf(err, errlen, "%s", _("the reply is not JSON"));
		return NULL;
	}
	if ((*c = content(root, err, errlen)) == NULL) {
		json_decref(root);
		return NULL;
	}
	return root;
}

/* A number sent as a number or a string; -1 when neither. */
static int64_t
num(json_t *v)
{
	const char *s;
	char *end;
	long long n;

	if (json_is_integer(v))
		return (int64_t)json_integer_value(v);
	if ((s = json_string_value(v)) != NULL && *s != '\0') {
		n = strtoll(s, &end, 10);
		if (*end == '\0')
			return (int64_t)n;
	}
	return -1;
}

static char *
dupstr(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

char *
parse_tt_login(const char *buf, size_t len, char *err, size_t errlen)
{
	json_t *root, *c;
	char *sid;

	if ((root = load(buf, len, &c, err, errlen)) == NULL)
		return NULL;
	if ((sid = dupstr(c, "session_id")) == NULL)
		snprintf(err, errlen, "%s", _("no session_id in the reply"));
	json_decref(root);
	return sid;
}

int
parse_tt_ok(const char *buf, size_t len, char *err, size_t errlen)
{
	json_t *root, *c;

	if ((root = load(buf, len, &c, err, errlen)) == NULL)
		return -1;
	json_decref(root);
	return 0;
}

int
parse_tt_feeds(const char *buf, size_t len, struct parse_tt_feed **out,
    size_t *n, char *err, size_t errlen)
{
	json_t *root, *c, *o;
	struct parse_tt_feed *f;
	size_t i;

	*out = NULL;
	*n = 0;
	if ((root = load(buf, len, &c, err, errlen)) == NULL)
		return -1;
	if (!json_is_array(c)) {
		snprintf(err, errlen, "%s", _("getFeeds: no list of feeds"));
		json_decref(root);
		return -1;
	}
	*out = xcalloc(json_array_size(c) + 1, sizeof **out);
	json_array_foreach(c, i, o) {
		f = &(*out)[*n];
		f->id = num(json_object_get(o, "id"));
		if (f->id < 0 || (f->url = dupstr(o, "feed_url")) == NULL)
			continue;
		f->cat_id = num(json_object_get(o, "cat_id"));
		f->title = dupstr(o, "title");
		(*n)++;
	}
	json_decref(root);
	return 0;
}

void
parse_tt_feeds_free(struct parse_tt_feed **f, size_t n)
{
	size_t i;

	if (*f == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*f)[i].url);
		free((*f)[i].title);
	}
	FREE(f);
}

int
parse_tt_cats(const char *buf, size_t len, struct parse_tt_cat **out,
    size_t *n, char *err, size_t errlen)
{
	json_t *root, *c, *o;
	size_t i;

	*out = NULL;
	*n = 0;
	if ((root = load(buf, len, &c, err, errlen)) == NULL)
		return -1;
	*out = xcalloc(json_array_size(c) + 1, sizeof **out);
	json_array_foreach(c, i, o) {
		(*out)[*n].id = num(json_object_get(o, "id"));
		if ((*out)[*n].id < 0)
			continue;
		(*out)[*n].title = dupstr(o, "title");
		(*n)++;
	}
	json_decref(root);
	return 0;
}

void
parse_tt_cats_free(struct parse_tt_cat **c, size_t n)
{
	size_t i;

	if (*c == NULL)
		return;
	for (i = 0; i < n; i++)
		free((*c)[i].title);
	FREE(c);
}

static struct parse_tt_batch *
batch_for(struct parse_tt_batch **b, size_t *n, int64_t feed_id)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if ((*b)[i].feed_id == feed_id)
			return &(*b)[i];
	*b = xreallocarray(*b, *n + 1, sizeof **b);
	memset(&(*b)[*n], 0, sizeof **b);
	(*b)[*n].feed_id = feed_id;
	(*b)[*n].doc = feed_doc_new();
	return &(*b)[(*n)++];
}

static void
add_headline(json_t *o, int64_t id, struct parse_tt_batch **b, size_t *n)
{
	struct parse_tt_batch *pb;
	struct parse_gr_item_state *is;
	struct feed_entry *e;
	int64_t fid = num(json_object_get(o, "feed_id")), t;

	if (fid < 0)
		return;
	pb = batch_for(b, n, fid);
	pb->st = xreallocarray(pb->st, pb->n + 1, sizeof *pb->st);
	is = &pb->st[pb->n++];
	is->id = id;
	is->read = !json_is_true(json_object_get(o, "unread"));
	is->starred = json_is_true(json_object_get(o, "marked"));
	e = feed_doc_add_entry(pb->doc);
	e->id = xasprintf("ttrss:article:%" PRId64, id);
	e->title = dupstr(o, "title");
	e->link = dupstr(o, "link");
	e->author = dupstr(o, "author");
	e->content = dupstr(o, "content");
	if ((t = num(json_object_get(o, "updated"))) > 0)
		e->updated = e->published = t;
}

int
parse_tt_headlines(const char *buf, size_t len, int64_t **ids, size_t *nids,
    size_t *alloc, struct parse_tt_batch **batches, size_t *nbatches,
    size_t *count, char *err, size_t errlen)
{
	json_t *root, *c, *o;
	size_t i;
	int64_t id;

	*count = 0;
	if ((root = load(buf, len, &c, err, errlen)) == NULL)
		return -1;
	if (!json_is_array(c)) {
		snprintf(err, errlen, "%s",
		    _("getHeadlines: no list of headlines"));
		json_decref(root);
		return -1;
	}
	json_array_foreach(c, i, o) {
		(*count)++;
		if ((id = num(json_object_get(o, "id"))) < 0)
			continue;
		if (batches != NULL) {
			add_headline(o, id, batches, nbatches);
			continue;
		}
		if (*nids == *alloc) {
			*alloc = *alloc ? *alloc * 2 : 1024;
			*ids = xreallocarray(*ids, *alloc, sizeof **ids);
		}
		(*ids)[(*nids)++] = id;
	}
	json_decref(root);
	return 0;
}

void
parse_tt_batches_free(struct parse_tt_batch **b, size_t n)
{
	size_t i;

	if (*b == NULL)
		return;
	for (i = 0; i < n; i++) {
		feed_doc_free(&(*b)[i].doc);
		free((*b)[i].st);
	}
	FREE(b);
}
