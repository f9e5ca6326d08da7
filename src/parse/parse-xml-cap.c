/*
 * parse-xml-cap: the field being captured: attribute values, priorities
 * between sources of one field, XHTML serialisation of child markup,
 * base64, and storing the finished text in the entry or the feed.
 */
#include "config.h"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/entities.h>
#include <libxml/SAX2.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/log.h"
#include "base/uri.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "parse/parse-int.h"
#include "parse/parse-xml-int.h"

static void	 px_base64(struct buf *);
static void	 px_attr_value(struct buf *, const char *, size_t);
static int	 px_attr_cmp(const void *, const void *);
static int64_t	 px_duration(const char *);
static void	 px_title(struct pxml *, char **, char **, int *, int, char *);

/* itunes:duration: "SS", "MM:SS" or "H:MM:SS", a fraction of a second
 * dropped; -1 for anything else (a later part over 59, more than three
 * parts, a year or more). */
static int64_t
px_duration(const char *s)
{
	int64_t v = 0, part;
	int parts = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	for (;;) {
		if (*s < '0' || *s > '9')
			return -1;
		for (part = 0; *s >= '0' && *s <= '9'; s++)
			if ((part = part * 10 + (*s - '0')) > 366 * 86400)
				return -1;
		if (parts > 0 && part > 59)
			return -1;
		v = v * 60 + part;
		if (++parts > 3 || v > 366 * 86400)
			return -1;
		if (*s != ':')
			break;
		s++;
	}
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			;
	while (*s == ' ' || *s == '\t')
		s++;
	return *s == '\0' ? v : -1;
}

/* Value of attribute `name` (no namespace or any namespace); not
 * NUL-terminated, length in *len. */
const char *
px_attr(const xmlChar **attrs, int n, const char *name, size_t *len)
{
	int i;

	for (i = 0; i < n; i++) {
		if (strcmp((const char *)attrs[i * 5], name) == 0) {
			*len = attrs[i * 5 + 4] - attrs[i * 5 + 3];
			return (const char *)attrs[i * 5 + 3];
		}
	}
	return NULL;
}

char *
px_attr_dup(const xmlChar **attrs, int n, const char *name)
{
	struct buf b = BUF_INIT;
	const char *v;
	size_t len;

	v = px_attr(attrs, n, name, &len);
	if (v == NULL)
		return NULL;
	px_attr_value(&b, v, len);
	return buf_detach(&b);
}

/* Keep v in *slot if prio beats (or, when equal and `last`, matches) the
 * current one; v is consumed either way. */
void
px_set(char **slot, int *cur, int prio, char *v, int last)
{
	if (*slot == NULL || prio > *cur || (prio == *cur && last)) {
		free(*slot);
		*slot = v;
		*cur = prio;
	} else
		free(v);
}

/* px_set for a title: one given as HTML (type="html"/"xhtml", or an RSS
 * title with markup) keeps its text in *slot and its markup in *html. */
static void
px_title(struct pxml *px, char **slot, char **html, int *cur, int prio,
    char *v)
{
	int is_html = px->cap_mode == M_HTML || px->cap_mode == M_XHTML ||
	    (px->cap_mode == M_TEXT && (px->meta.format == FEED_FORMAT_RSS20 ||
	    px->meta.format == FEED_FORMAT_RSS10 ||
	    px->meta.format == FEED_FORMAT_RSS09X) &&
	    parse_title_looks_html(v));
	char *text = is_html ? parse_html_text(v) : v;

	px_set(slot, cur, prio, text, 1);
	if (*slot != text) {	/* an earlier title stays */
		if (is_html)
			free(v);
		return;
	}
	free(*html);
	*html = is_html ? v : NULL;
}

void
px_capture(struct pxml *px, int field, int mode, int prio, int for_entry)
{
	px->cap_depth = px->depth;
	px->cap_field = field;
	px->cap_strip_div = mode == M_XHTML_DIV;
	px->cap_mode = mode == M_XHTML_DIV ? M_XHTML : mode;
	px->cap_prio = prio;
	px->cap_entry = for_entry;
	px->cap_skip_div = 0;
	px->cap_open = 0;
	px->cap_full = 0;
	buf_reset(&px->cap);
}

/* Text and HTML attribute escaping for serialised XHTML. */
void
px_escape(struct buf *b, const char *s, size_t len, int attr)
{
	size_t i, start = 0;
	const char *rep;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = attr ? "&quot;" : NULL;
			break;
		default:
			rep = NULL;
			break;
		}
		if (rep == NULL)
			continue;
		buf_add(b, s + start, i - start);
		buf_adds(b, rep);
		start = i + 1;
	}
	buf_add(b, s + start, len - start);
}

/* libxml2 hands '&' in attribute values over as "&#38;" (it does not
 * substitute entities for us): undo that. */
static void
px_attr_value(struct buf *b, const char *v, size_t len)
{
	const char *p;

	while (len > 0 && (p = memchr(v, '&', len)) != NULL) {
		buf_add(b, v, p - v);
		buf_addc(b, '&');
		len -= p - v + 1;
		v = p + 1;
		if (len >= 4 && memcmp(v, "#38;", 4) == 0) {
			v += 4;
			len -= 4;
		}
	}
	buf_add(b, v, len);
}

static int
px_attr_cmp(const void *a, const void *b)
{
	const xmlChar *const *x = a, *const *y = b;

	return strcmp((const char *)x[0], (const char *)y[0]);
}

/* A child start tag inside captured markup, attributes sorted by name
 * (as feedparser writes them) and escaped. */
void
px_serialise_start(struct pxml *px, const xmlChar *name,
    const xmlChar **attrs, int nattrs)
{
	const xmlChar *sorted[5 * 32];
	int i;

	if (px->cap_open)
		buf_addc(&px->cap, '>');
	buf_addc(&px->cap, '<');
	buf_adds(&px->cap, (const char *)name);
	if (nattrs > 32)
		nattrs = 32;
	if (nattrs > 0) {
		memcpy(sorted, attrs, nattrs * 5 * sizeof *attrs);
		qsort(sorted, nattrs, 5 * sizeof *attrs, px_attr_cmp);
	}
	for (i = 0; i < nattrs; i++) {
		buf_addc(&px->cap, ' ');
		if (sorted[i * 5 + 1] != NULL) {
			buf_adds(&px->cap, (const char *)sorted[i * 5 + 1]);
			buf_addc(&px->cap, ':');
		}
		buf_adds(&px->cap, (const char *)sorted[i * 5]);
		buf_adds(&px->cap, "=\"");
		buf_reset(&px->tmp);
		px_attr_value(&px->tmp, (const char *)sorted[i * 5 + 3],
		    sorted[i * 5 + 4] - sorted[i * 5 + 3]);
		px_escape(&px->cap, buf_str(&px->tmp), px->tmp.len, 1);
		buf_addc(&px->cap, '"');
	}
	px->cap_open = 1;
}

static void
px_base64(struct buf *b)
{
	static const char tab[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i, o = 0;
	uint32_t acc = 0;
	int bits = 0;
	const char *p;

	for (i = 0; i < b->len; i++) {
		if (b->data[i] == '=')
			break;
		p = strchr(tab, b->data[i]);
		if (p == NULL || b->data[i] == '\0')
			continue;
		acc = (acc << 6) | (uint32_t)(p - tab);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			b->data[o++] = (char)((acc >> bits) & 0xFF);
		}
	}
	b->len = o;
	if (b->data != NULL)
		b->data[o] = '\0';
}

void
px_finish_capture(struct pxml *px)
{
	struct feed_entry *e = &px->entry;
	struct feed_meta *m = &px->meta;
	int field = px->cap_field, prio = px->cap_prio, *mp, *ep;
	const char *base = px->stack[px->cap_depth <= PX_MAX_DEPTH ?
	    px->cap_depth : PX_MAX_DEPTH].base;
	char *v;
	int64_t t;

	px->cap_depth = 0;
	if (px->cap_open) {
		buf_adds(&px->cap, " />");
		px->cap_open = 0;
	}
	if (px->cap_mode == M_BASE64) {
		px_base64(&px->cap);
		/* Decoded bytes may be anything: repair. */
		buf_reset(&px->tmp);
		utf8_sanitize_buf(&px->tmp, buf_str(&px->cap), px->cap.len);
		buf_reset(&px->cap);
		buf_add(&px->cap, buf_str(&px->tmp), px->tmp.len);
	}
	parse_trim(&px->cap);
	parse_fix_c1(&px->cap);
	if (px->cap_mode == M_HTML || px->cap_mode == M_XHTML) {
		if (px->cap_mode == M_HTML)
			parse_html_amp(&px->cap);
		if (field == F_SUMMARY || field == F_CONTENT ||
		    field == F_DESCRIPTION || field == F_TITLE)
			parse_html_resolve(&px->cap, base);
	}
	mp = px->meta_prio;
	ep = px->entry_prio;

	switch (field) {
	case F_NAME:
		buf_reset(&px->author_name);
		buf_add(&px->author_name, buf_str(&px->cap), px->cap.len);
		return;
	case F_EMAIL:
		buf_reset(&px->author_email);
		buf_add(&px->author_email, buf_str(&px->cap), px->cap.len);
		return;
	case F_PUBLISHED:
	case F_UPDATED:
		t = date_parse(buf_str(&px->cap));
		if (px->cap_entry) {
			int64_t *slot = field == F_PUBLISHED ? &e->published :
			    &e->updated;

			if (t != DATE_NONE && (*slot == FEED_DATE_NONE ||
			    prio >= ep[field])) {
				*slot = t;
				ep[field] = prio;
			}
		} else if (field == F_UPDATED && t != DATE_NONE &&
		    (m->updated == FEED_DATE_NONE || prio >= mp[field])) {
			m->updated = t;
			mp[field] = prio;
		}
		px->entry_has_data = 1;
		return;
	case F_TTL:
		if (!px->cap_entry && px->cap.len > 0) {
			long ttl = strtol(buf_str(&px->cap), NULL, 10);

			if (ttl > 0 && ttl < 10 * 365 * 24 * 60)
				m->ttl_minutes = (int)ttl;
		}
		return;
	case F_SY_PERIOD:
		v = px->cap.data;
		if (v == NULL)
			return;
		if (strcmp(v, "hourly") == 0)
			px->sy_period = 60;
		else if (strcmp(v, "daily") == 0)
			px->sy_period = 1440;
		else if (strcmp(v, "weekly") == 0)
			px->sy_period = 10080;
		else if (strcmp(v, "monthly") == 0)
			px->sy_period = 43200;
		else if (strcmp(v, "yearly") == 0)
			px->sy_period = 525600;
		return;
	case F_SY_FREQ:
		if (px->cap.len > 0)
			px->sy_freq = atoi(px->cap.data);
		return;
	case F_DURATION:
		if (px->cap_entry && px->cap.len > 0 &&
		    (t = px_duration(buf_str(&px->cap))) >= 0)
			px->duration = t + 1;
		return;
	default:
		break;
	}

	if (px->cap.len == 0 && field != F_TITLE && field != F_SUMMARY &&
	    field != F_CONTENT)
		return;
	v = buf_detach(&px->cap);
	if (field == F_LINK || field == F_ORIGLINK || field == F_COMMENTS) {
		char *abs = uri_resolve(base, v);

		free(v);
		v = abs;
	}
	if (px->cap_entry) {
		px->entry_has_data = 1;
		switch (field) {
		case F_TITLE:
			px_title(px, &e->title, &e->title_html, &ep[F_TITLE],
			    prio, v);
			break;
		case F_LINK:
			px_set(&e->link, &ep[F_LINK], prio, v, 1);
			break;
		case F_ORIGLINK:
			px_set(&e->link, &ep[F_LINK], 10, v, 1);
			break;
		case F_SUMMARY:
			px_set(&e->summary, &ep[F_SUMMARY], prio, v, 1);
			break;
		case F_CONTENT:
			if (e->content == NULL || prio >= ep[F_CONTENT])
				e->content_type = px->cap_content_type;
			px_set(&e->content, &ep[F_CONTENT], prio, v, 1);
			break;
		case F_AUTHOR_RAW:
			px_set(&e->author, &ep[F_AUTHOR], prio,
			    parse_author_name(v), 1);
			free(v);
			break;
		case F_AUTHOR:
			px_set(&e->author, &ep[F_AUTHOR], prio, v, 1);
			break;
		case F_ID:
			px_set(&e->id, &ep[F_ID], prio, v, 1);
			break;
		case F_CATEGORY:
			if (e->ncategories < PARSE_MAX_CATEGORIES && *v != '\0')
				feed_entry_add_category(e, v);
			free(v);
			break;
		case F_COMMENTS:
			px_set(&e->comments, &ep[F_COMMENTS], prio, v, 1);
			break;
		default:
			free(v);
			break;
		}
		return;
	}
	switch (field) {
	case F_TITLE:
		px_title(px, &m->title, &m->title_html, &mp[F_TITLE], prio, v);
		break;
	case F_LINK:
		px_set(&m->link, &mp[F_LINK], prio, v, 1);
		break;
	case F_DESCRIPTION:
	case F_SUMMARY:
		px_set(&m->description, &mp[F_DESCRIPTION], prio, v, 1);
		break;
	case F_AUTHOR_RAW:
		px_set(&m->author, &mp[F_AUTHOR], prio, parse_author_name(v), 1);
		free(v);
		break;
	case F_AUTHOR:
		px_set(&m->author, &mp[F_AUTHOR], prio, v, 1);
		break;
	case F_LANGUAGE:
		for (char *p = v; *p != '\0'; p++)
			if (*p == '_')
				*p = '-';
		px_set(&m->language, &mp[F_LANGUAGE], prio, v, 1);
		break;
	default:
		free(v);
		break;
	}
}
