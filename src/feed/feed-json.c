/*
 * feed-json: the one JSON writer (`--parse`, and the strings of
 * `--quotes`; jansson only reads, in parse/).  Hand-written rather than
 * built through jansson objects: an entry is written straight into one buffer
 * with no per-field allocation, which keeps `--parse` of a 290 MB feed
 * near the parser's own speed.  The escaper copies runs of plain ASCII
 * in one go and validates anything above 0x7F.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "base/date.h"
#include "base/utf8.h"
#include "feed/feed-json.h"

static void	 fj_key_str(struct buf *, const char *, const char *, int);
static void	 fj_key_date(struct buf *, const char *, int64_t);

void
feed_json_string(struct buf *b, const char *s, size_t len)
{
	size_t i = 0, start, n;
	unsigned char c;
	uint32_t cp;

	buf_grow(b, len + 2);
	buf_addc(b, '"');
	while (i < len) {
		start = i;
		/* Eight plain bytes at a time: none < 0x20, '"', '\\' or
		 * >= 0x80. */
		while (i + 8 <= len) {
			const uint64_t ones = 0x0101010101010101ULL,
			    hi = 0x8080808080808080ULL;
			uint64_t w, q, bs;

			memcpy(&w, s + i, 8);
			q = w ^ (ones * '"');
			bs = w ^ (ones * '\\');
			/* w + ones sets a high bit only for DEL (or when a
			 * high bit is set already). */
			if ((w | ((q - ones) & ~q) | ((bs - ones) & ~bs) |
			    ((w - ones * 0x20) & ~w) | (w + ones)) & hi)
				break;
			i += 8;
		}
		while (i < len) {
			c = (unsigned char)s[i];
			if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f)
				break;
			i++;
		}
		if (i > start)
			buf_add(b, s + start, i - start);
		if (i >= len)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x80) {
			n = utf8_decode(s + i, len - i, &cp);
			if (cp >= 0x80 && cp <= 0x9f) {
				/* C1 controls escaped, as C0 and DEL are: a
				 * terminal may act on them raw. */
				buf_printf(b, "\\u%04x", (unsigned)cp);
				i += n;
				continue;
			}
			if (cp == UTF8_REPLACEMENT && !(n == 3 && c == 0xEF))
				buf_add(b, "\xEF\xBF\xBD", 3);
			else
				buf_add(b, s + i, n);
			i += n;
			continue;
		}
		switch (c) {
		case '"':
			buf_add(b, "\\\"", 2);
			break;
		case '\\':
			buf_add(b, "\\\\", 2);
			break;
		case '\n':
			buf_add(b, "\\n", 2);
			break;
		case '\r':
			buf_add(b, "\\r", 2);
			break;
		case '\t':
			buf_add(b, "\\t", 2);
			break;
		case '\b':
			buf_add(b, "\\b", 2);
			break;
		case '\f':
			buf_add(b, "\\f", 2);
			break;
		default:	/* rare: the other controls */
			buf_printf(b, "\\u%04x", (unsigned)c);
			break;
		}
		i++;
	}
	buf_addc(b, '"');
}

static void
fj_key_str(struct buf *b, const char *key, const char *v, int comma)
{
	if (comma)
		buf_addc(b, ',');
	buf_addc(b, '"');
	buf_adds(b, key);
	buf_add(b, "\":", 2);
	feed_json_string(b, v != NULL ? v : "", v != NULL ? strlen(v) : 0);
}

static void
fj_key_date(struct buf *b, const char *key, int64_t t)
{
	char iso[DATE_ISO_LEN];

	buf_add(b, ",\"", 2);
	buf_adds(b, key);
	buf_add(b, "\":", 2);
	if (t == FEED_DATE_NONE || date_format_iso(t, iso) != 0)
		buf_add(b, "null", 4);
	else {
		buf_addc(b, '"');
		buf_add(b, iso, DATE_ISO_LEN - 1);
		buf_addc(b, '"');
	}
}

void
feed_json_entry(struct buf *b, const struct feed_entry *e)
{
	size_t i;

	buf_addc(b, '{');
	fj_key_str(b, "id", e->id, 0);
	fj_key_str(b, "title", e->title_html != NULL ? e->title_html :
	    e->title, 1);
	fj_key_str(b, "link", e->link, 1);
	fj_key_str(b, "author", e->author, 1);
	fj_key_date(b, "published", e->published);
	fj_key_date(b, "updated", e->updated);
	fj_key_str(b, "summary", e->summary, 1);
	fj_key_str(b, "content", e->content, 1);
	fj_key_str(b, "content_type", e->content_type == FEED_CONTENT_TEXT ?
	    "text" : "html", 1);
	buf_adds(b, ",\"categories\":[");
	for (i = 0; i < e->ncategories; i++) {
		if (i > 0)
			buf_addc(b, ',');
		feed_json_string(b, e->categories[i], strlen(e->categories[i]));
	}
	buf_adds(b, "],\"enclosures\":[");
	for (i = 0; i < e->nenclosures; i++) {
		const struct feed_enclosure *enc = &e->enclosures[i];

		if (i > 0)
			buf_addc(b, ',');
		buf_addc(b, '{');
		fj_key_str(b, "url", enc->url, 0);
		fj_key_str(b, "type", enc->type, 1);
		buf_printf(b, ",\"length\":%" PRId64 "}",
		    enc->length >= 0 ? enc->length : 0);
	}
	buf_add(b, "]}", 2);
}

void
feed_json_meta(struct buf *b, const struct feed_meta *m)
{
	buf_addc(b, '{');
	fj_key_str(b, "title", m->title_html != NULL ? m->title_html :
	    m->title, 0);
	fj_key_str(b, "link", m->link, 1);
	fj_key_str(b, "description", m->description, 1);
	fj_key_str(b, "language", m->language, 1);
	fj_key_str(b, "author", m->author, 1);
	fj_key_date(b, "updated", m->updated);
	buf_addc(b, '}');
}

void
feed_json_head(struct buf *b, const struct feed_meta *m)
{
	buf_adds(b, "{\"format\":");
	buf_addc(b, '"');
	buf_adds(b, feed_format_name(m->format));
	buf_adds(b, "\",\"feed\":");
	feed_json_meta(b, m);
	buf_adds(b, ",\"entries\":[");
}

void
feed_json_tail(struct buf *b)
{
	buf_adds(b, "]}\n");
}

void
feed_json_doc(struct buf *b, const struct feed_doc *doc)
{
	size_t i;

	feed_json_head(b, &doc->meta);
	for (i = 0; i < doc->nentries; i++) {
		if (i > 0)
			buf_addc(b, ',');
		feed_json_entry(b, &doc->entries[i]);
	}
	feed_json_tail(b);
}
