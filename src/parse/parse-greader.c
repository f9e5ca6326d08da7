/*
 * parse-greader: the Google Reader API's JSON replies (greader.h), read
 * with jansson.  Unknown fields are ignored; a field of the wrong type
 * counts as absent, so one odd item never loses the rest.
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/lib.h"
#include "feed/feed.h"
#include "parse/greader.h"

#define STATE_READ	"/state/com.google/read"
#define STATE_STARRED	"/state/com.google/starred"

static json_t	*load(const char *buf, size_t len, const char *what,
		    char *err, size_t errlen);
static char	*dupstr(json_t *o, const char *key);

static json_t *
load(const char *buf, size_t len, const char *what, char *err, size_t errlen)
{
	json_error_t je;
	json_t *root;

	root = json_loadb(buf, len, 0, &je);
	if (root == NULL || !json_is_object(root)) {
		snprintf(err, errlen, _("%s: the reply is not a JSON object"),
		    what);
		json_decref(root);
		return NULL;
	}
	return root;
}

/* A copy of o[key] when it is a non-empty string, else NULL. */
static char *
dupstr(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

char *
parse_gr_login(const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len, *nl;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		if (nl - p > 5 && memcmp(p, "Auth=", 5) == 0) {
			while (nl > p + 5 && (nl[-1] == '\r' || nl[-1] == ' '))
				nl--;
			return xstrndup(p + 5, (size_t)(nl - p - 5));
		}
		p = nl + 1;
	}
	return NULL;
}

int
parse_gr_subs(const char *buf, size_t len, struct parse_gr_sub **out,
    size_t *n, char *err, size_t errlen)
{
	json_t *root, *arr, *o, *cats;
	struct parse_gr_sub *s;
	size_t i;

	*out = NULL;
	*n = 0;
	if ((root = load(buf, len, "subscription/list", err, errlen)) == NULL)
		return -1;
	arr = json_object_get(root, "subscriptions");
	if (!json_is_array(arr)) {
		snprintf(err, errlen, "%s", _("subscription/list: no "
		    "subscriptions in the reply"));
		json_decref(root);
		return -1;
	}
	*out = xcalloc(json_array_size(arr) + 1, sizeof **out);
	json_array_foreach(arr, i, o) {
		s = &(*out)[*n];
		s->stream = dupstr(o, "id");
		s->url = dupstr(o, "url");
		if (s->stream == NULL || s->url == NULL) {
			free(s->stream);
			free(s->url);
			memset(s, 0, sizeof *s);
			continue;
		}
		s->title = dupstr(o, "title");
		s->site = dupstr(o, "htmlUrl");
		cats = json_object_get(o, "categories");
		if (json_is_array(cats) && json_array_size(cats) > 0)
			s->label = dupstr(json_array_get(cats, 0), "label");
		(*n)++;
	}
	json_decref(root);
	return 0;
}

void
parse_gr_subs_free(struct parse_gr_sub **subs, size_t n)
{
	size_t i;

	if (*subs == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*subs)[i].stream);
		free((*subs)[i].url);
		free((*subs)[i].title);
		free((*subs)[i].site);
		free((*subs)[i].label);
	}
	FREE(subs);
}

int64_t
parse_gr_item_id(const char *s)
{
	const char *p;
	char *end;
	unsigned long long v;
	size_t pl = strlen(PARSE_GR_ITEM_PREFIX);

	if (s == NULL || *s == '\0')
		return -1;
	errno = 0;
	if (strncmp(s, PARSE_GR_ITEM_PREFIX, pl) == 0) {
		p = s + pl;
		v = strtoull(p, &end, 16);
	} else {
		p = s;
		v = strtoull(p, &end, 10);
	}
	if (errno != 0 || end == p || *end != '\0' || *p == '-' ||
	    v > INT64_MAX)
		return -1;
	return (int64_t)v;
}

int
parse_gr_ids(const char *buf, size_t len, int64_t **ids, size_t *n,
    size_t *alloc, char **cont, char *err, size_t errlen)
{
	json_t *root, *arr, *o, *c;
	size_t i;
	int64_t id;

	*cont = NULL;
	if ((root = load(buf, len, "stream/items/ids", err, errlen)) == NULL)
		return -1;
	arr = json_object_get(root, "itemRefs");
	if (arr != NULL && !json_is_array(arr)) {
		snprintf(err, errlen, "%s",
		    _("stream/items/ids: no itemRefs in the reply"));
		json_decref(root);
		return -1;
	}
	json_array_foreach(arr, i, o) {
		if ((id = parse_gr_item_id(json_string_value(
		    json_object_get(o, "id")))) < 0)
			continue;
		if (*n == *alloc) {
			*alloc = *alloc ? *alloc * 2 : 1024;
			*ids = xreallocarray(*ids, *alloc, sizeof **ids);
		}
		(*ids)[(*n)++] = id;
	}
	c = json_object_get(root, "continuation");
	if (json_is_string(c) && *json_string_value(c) != '\0')
		*cont = xstrdup(json_string_value(c));
	else if (json_is_integer(c))
		*cont = xasprintf("%" JSON_INTEGER_FORMAT,
		    json_integer_value(c));
	json_decref(root);
	return 0;
}

/* The stream's place in out, added when new. */
static struct parse_gr_stream *
stream_for(struct parse_gr_stream **out, size_t *n, const char *stream)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp((*out)[i].stream, stream) == 0)
			return &(*out)[i];
	*out = xreallocarray(*out, *n + 1, sizeof **out);
	memset(&(*out)[*n], 0, sizeof **out);
	(*out)[*n].stream = xstrdup(stream);
	(*out)[*n].doc = feed_doc_new();
	return &(*out)[(*n)++];
}

static const char *
href_of(json_t *o, const char *key)
{
	json_t *a = json_object_get(o, key), *l;

	if (!json_is_array(a) || (l = json_array_get(a, 0)) == NULL)
		return NULL;
	return json_string_value(json_object_get(l, "href"));
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* One item into its stream's doc; 0, or -1 when it has no id. */
static int
add_item(json_t *o, struct parse_gr_stream **out, size_t *n)
{
	struct parse_gr_stream *ps;
	struct parse_gr_item_state *is;
	struct feed_entry *e;
	const char *sid, *link, *s;
	json_t *cats, *c, *body;
	json_int_t t;
	int64_t id;
	size_t i;

	if ((id = parse_gr_item_id(json_string_value(
	    json_object_get(o, "id")))) < 0)
		return -1;
	sid = json_string_value(json_object_get(json_object_get(o, "origin"),
	    "streamId"));
	if (sid == NULL || *sid == '\0')
		return -1;
	ps = stream_for(out, n, sid);
	if (ps->doc->meta.title == NULL)
		ps->doc->meta.title = dupstr(json_object_get(o, "origin"),
		    "title");
	ps->st = xreallocarray(ps->st, ps->n + 1, sizeof *ps->st);
	is = &ps->st[ps->n++];
	memset(is, 0, sizeof *is);
	is->id = id;
	e = feed_doc_add_entry(ps->doc);
	e->id = xasprintf(PARSE_GR_ITEM_PREFIX "%016" PRIx64, (uint64_t)id);
	e->title = dupstr(o, "title");
	e->author = dupstr(o, "author");
	if ((link = href_of(o, "canonical")) == NULL)
		link = href_of(o, "alternate");
	if (link != NULL && *link != '\0')
		e->link = xstrdup(link);
	t = json_integer_value(json_object_get(o, "published"));
	if (t > 0)
		e->published = (int64_t)t;
	t = json_integer_value(json_object_get(o, "updated"));
	if (t > 0)
		e->updated = (int64_t)t;
	body = json_object_get(o, "content");
	if (body == NULL)
		body = json_object_get(o, "summary");
	if ((s = json_string_value(json_object_get(body, "content"))) != NULL)
		e->content = xstrdup(s);
	cats = json_object_get(o, "categories");
	json_array_foreach(cats, i, c) {
		if ((s = json_string_value(c)) == NULL)
			continue;
		if (ends_with(s, STATE_READ))
			is->read = 1;
		else if (ends_with(s, STATE_STARRED))
			is->starred = 1;
	}
	return 0;
}

int
parse_gr_items(const char *buf, size_t len, struct parse_gr_stream **out,
    size_t *n, char *err, size_t errlen)
{
	json_t *root, *arr, *o;
	size_t i;

	if ((root = load(buf, len, "stream/items/contents", err, errlen)) ==
	    NULL)
		return -1;
	arr = json_object_get(root, "items");
	if (!json_is_array(arr)) {
		snprintf(err, errlen, "%s",
		    _("stream/items/contents: no items in the reply"));
		json_decref(root);
		return -1;
	}
	json_array_foreach(arr, i, o)
		(void)add_item(o, out, n);
	json_decref(root);
	return 0;
}

void
parse_gr_streams_free(struct parse_gr_stream **s, size_t n)
{
	size_t i;

	if (*s == NULL)
		return;
	for (i = 0; i < n; i++) {
		free((*s)[i].stream);
		feed_doc_free(&(*s)[i].doc);
		free((*s)[i].st);
	}
	FREE(s);
}
