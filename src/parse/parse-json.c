/*
 * parse-json: JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) with
 * jansson.  The document is small enough to load whole; items still go to
 * the callback one at a time like the XML reader's entries.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/uri.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "parse/parse-int.h"

static char	*pj_str(json_t *, const char *);
static char	*pj_url(json_t *, const char *, const char *);
static char	*pj_author(json_t *);
static int64_t	 pj_date(json_t *, const char *);
static int	 pj_item(json_t *, const char *, struct feed_entry *);

/* A trimmed copy of obj[key] when it is a non-empty string, else NULL. */
static char *
pj_str(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	struct buf b = BUF_INIT;

	if (!json_is_string(v))
		return NULL;
	buf_add(&b, json_string_value(v), json_string_length(v));
	parse_trim(&b);
	parse_fix_c1(&b);
	if (b.len == 0 || memchr(b.data, '\0', b.len) != NULL) {
		/* "\u0000" inside: cut there, JSON strings may hold it. */
		size_t n = b.data != NULL ? strlen(b.data) : 0;

		if (n == 0) {
			buf_free(&b);
			return NULL;
		}
		b.len = n;
	}
	return buf_detach(&b);
}

static char *
pj_url(json_t *obj, const char *key, const char *base)
{
	char *v = pj_str(obj, key), *abs;

	if (v == NULL)
		return NULL;
	abs = uri_resolve(base, v);
	free(v);
	return abs;
}

/* 1.1 "authors": [{name}], 1.0 "author": {name}; name, else url. */
static char *
pj_author(json_t *obj)
{
	json_t *a = json_object_get(obj, "authors");
	char *name;

	if (json_is_array(a) && json_array_size(a) > 0)
		a = json_array_get(a, 0);
	else
		a = json_object_get(obj, "author");
	if (!json_is_object(a))
		return NULL;
	name = pj_str(a, "name");
	if (name == NULL)
		name = pj_str(a, "url");
	return name;
}

static int64_t
pj_date(json_t *obj, const char *key)
{
	char *s = pj_str(obj, key);
	int64_t t;

	if (s == NULL)
		return FEED_DATE_NONE;
	t = date_parse(s);
	free(s);
	return t == DATE_NONE ? FEED_DATE_NONE : t;
}

static int
pj_item(json_t *it, const char *base, struct feed_entry *e)
{
	json_t *v, *x;
	size_t i;
	char *s;

	if (!json_is_object(it))
		return -1;
	v = json_object_get(it, "id");
	if (json_is_string(v))
		e->id = pj_str(it, "id");
	else if (json_is_integer(v))
		e->id = xasprintf("%lld", (long long)json_integer_value(v));
	e->link = pj_url(it, "url", base);
	if (e->link == NULL)
		e->link = pj_url(it, "external_url", base);
	e->title = pj_str(it, "title");
	e->summary = pj_str(it, "summary");
	e->content = pj_str(it, "content_html");
	e->content_type = FEED_CONTENT_HTML;
	if (e->content == NULL) {
		e->content = pj_str(it, "content_text");
		if (e->content != NULL)
			e->content_type = FEED_CONTENT_TEXT;
	}
	e->published = pj_date(it, "date_published");
	e->updated = pj_date(it, "date_modified");
	e->author = pj_author(it);
	v = json_object_get(it, "tags");
	if (json_is_array(v)) {
		for (i = 0; i < json_array_size(v) &&
		    e->ncategories < PARSE_MAX_CATEGORIES; i++) {
			x = json_array_get(v, i);
			if (json_is_string(x) && json_string_length(x) > 0) {
				s = utf8_sanitize(json_string_value(x),
				    strlen(json_string_value(x)), NULL);
				feed_entry_add_category(e, s);
				free(s);
			}
		}
	}
	v = json_object_get(it, "attachments");
	if (json_is_array(v)) {
		for (i = 0; i < json_array_size(v) &&
		    e->nenclosures < PARSE_MAX_ENCLOSURES; i++) {
			struct feed_enclosure *enc;
			char *url;

			x = json_array_get(v, i);
			if (!json_is_object(x) ||
			    (url = pj_url(x, "url", base)) == NULL)
				continue;
			enc = feed_entry_add_enclosure(e);
			enc->url = url;
			enc->type = pj_str(x, "mime_type");
			if (enc->type == NULL)
				enc->type = xstrdup("");
			x = json_object_get(x, "size_in_bytes");
			enc->length = json_is_integer(x) &&
			    json_integer_value(x) >= 0 ? json_integer_value(x) :
			    -1;
			x = json_object_get(json_array_get(v, i),
			    "duration_in_seconds");
			if (json_is_number(x) && json_number_value(x) >= 0 &&
			    json_number_value(x) < 366.0 * 86400)
				enc->duration = (int64_t)json_number_value(x);
		}
	}
	parse_entry_finish(e);
	return 0;
}

int
pjson_parse(const char *s, size_t len, const struct parse_opts *opts,
    parse_entry_fn fn, void *arg, struct feed_meta *meta, char *err,
    size_t errlen)
{
	json_t *root, *items, *v;
	json_error_t jerr;
	struct feed_meta m;
	struct feed_entry e;
	const char *base = opts != NULL ? opts->url : NULL;
	char *feed_url = NULL;
	size_t i;
	int rc = 0;

	root = json_loadb(s, len, JSON_REJECT_DUPLICATES * 0, &jerr);
	if (root == NULL) {
		snprintf(err, errlen, _("not a feed: invalid JSON (line %d: %s)"),
		    jerr.line, jerr.text);
		return -1;
	}
	v = json_object_get(root, "version");
	if (!json_is_object(root) || !json_is_string(v) ||
	    strncmp(json_string_value(v), "https://jsonfeed.org/version/", 29) !=
	    0) {
		if (!json_is_object(root) || json_object_get(root, "items") == NULL) {
			snprintf(err, errlen, "%s",
			    _("not a feed: JSON but not a JSON Feed"));
			json_decref(root);
			return -1;
		}
	}
	memset(&m, 0, sizeof m);
	m.format = FEED_FORMAT_JSON;
	m.updated = FEED_DATE_NONE;
	if (base == NULL) {
		feed_url = pj_str(root, "feed_url");
		base = feed_url;
	}
	m.title = pj_str(root, "title");
	m.link = pj_url(root, "home_page_url", base);
	m.description = pj_str(root, "description");
	m.language = pj_str(root, "language");
	m.author = pj_author(root);
	items = json_object_get(root, "items");
	if (json_is_array(items)) {
		for (i = 0; i < json_array_size(items); i++) {
			feed_entry_init(&e);
			if (pj_item(json_array_get(items, i), base, &e) == 0 &&
			    fn != NULL && fn(&m, &e, arg) != 0) {
				snprintf(err, errlen, "stopped by caller");
				rc = -1;
			}
			feed_entry_clear(&e);
			if (rc != 0)
				break;
		}
	}
	if (rc == 0 && meta != NULL)
		*meta = m;
	else
		feed_meta_clear(&m);
	free(feed_url);
	json_decref(root);
	return rc;
}
