/*
 * parse: the public entry points.  A stream sniffs the first bytes (size
 * caps, empty, binary, HTML, JSON or XML), runs them through the encoding
 * front end and hands clean UTF-8 to the XML reader, or collects a JSON
 * Feed for jansson.  parse_feed() is the stream fed one buffer, collecting
 * the entries into a feed_doc.  Also the small text helpers both readers
 * share.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "parse/parse-int.h"
#include "parse/lib.h"

#define PS_SNIFF_BYTES	1024

enum ps_kind { PS_UNDECIDED = 0, PS_XML, PS_JSON, PS_DONE };

struct parse_stream {
	struct parse_opts opts;
	parse_entry_fn	 fn;
	void		*arg;
	enum ps_kind	 kind;
	struct penc	 enc;
	struct buf	 head;		/* raw bytes until sniffed */
	struct buf	 json;		/* JSON document (UTF-8) */
	int		 seen_markup;	/* a '<' or '{' reached the reader */
	size_t		 total;
	struct pxml	*px;
	int		 failed;
	char		 why[256];
};

static int	 ps_fail(struct parse_stream *, const char *);
static const char *ps_binary_kind(const unsigned char *, size_t);
static int	 ps_sniff(struct parse_stream *, int);
static void	 ps_emit(void *, const char *, size_t);
static int	 ps_collect(const struct feed_meta *, struct feed_entry *,
		     void *);

static int
ps_fail(struct parse_stream *ps, const char *why)
{
	if (!ps->failed) {
		ps->failed = 1;
		snprintf(ps->why, sizeof ps->why, "%s", why);
	}
	return -1;
}

/* Well-known binary signatures, else NUL bytes in ASCII-family text. */
static const char *
ps_binary_kind(const unsigned char *s, size_t len)
{
	if (len >= 2 && s[0] == 0x1F && s[1] == 0x8B)
		return _("not a feed: gzip-compressed data");
	if (len >= 4 && memcmp(s, "PK\3\4", 4) == 0)
		return _("not a feed: a ZIP archive");
	if (len >= 4 && memcmp(s, "%PDF", 4) == 0)
		return _("not a feed: a PDF document");
	if (len >= 8 && memcmp(s, "\x89PNG", 4) == 0)
		return _("not a feed: a PNG image");
	if (len >= 3 && memcmp(s, "\xFF\xD8\xFF", 3) == 0)
		return _("not a feed: a JPEG image");
	if (len >= 4 && memcmp(s, "GIF8", 4) == 0)
		return _("not a feed: a GIF image");
	return NULL;
}

/*
 * Decide what the document is from its first bytes (raw, before any
 * conversion).  final: this is all there is.  0 = decided (or need more),
 * -1 = refused.
 */
static int
ps_sniff(struct parse_stream *ps, int final)
{
	const unsigned char *s = (const unsigned char *)ps->head.data;
	size_t len = ps->head.len, i, skip, nul = 0;
	const char *why;

	if (len < PS_SNIFF_BYTES && !final)
		return 0;
	if (len == 0)
		return ps_fail(ps, _("empty document (0 bytes)"));
	if ((why = ps_binary_kind(s, len)) != NULL)
		return ps_fail(ps, why);
	skip = penc_sniff(&ps->enc, (const char *)s, len, ps->opts.charset);
	if (ps->enc.kind != PENC_ICONV || ps->enc.unit == 1) {
		/* ASCII family: NULs or nothing but whitespace mean trouble. */
		for (i = 0; i < len; i++)
			nul += s[i] == 0;
		if (nul > 0)
			return ps_fail(ps, _("not a feed: binary data"));
		for (i = skip; i < len; i++) {
			if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' &&
			    s[i] != '\n')
				break;
		}
		if (i == len && final)
			return ps_fail(ps, _("empty document (only whitespace)"));
		if (s[i] == '{' || s[i] == '[') {
			ps->kind = PS_JSON;
			ps->seen_markup = 1;
		} else {
			if (s[i] != '<') {
				/* Junk before the markup: skip to the first '<'
				 * if there is one near; else it is no feed. */
				const unsigned char *lt = memchr(s + i, '<',
				    len - i);

				if (lt == NULL || lt - s > 512)
					return ps_fail(ps, _("not a feed: "
					    "neither XML nor JSON"));
				skip = lt - s;
				i = skip;
			}
			/* HTML that an XML parser might not reach the root of. */
			if (len - i >= 14 && strncasecmp((const char *)s + i,
			    "<!doctype html", 14) == 0)
				return ps_fail(ps, _("not a feed: an HTML page"));
			ps->kind = PS_XML;
		}
	} else
		ps->kind = PS_XML;
	if (ps->kind == PS_XML)
		ps->px = pxml_new(&ps->opts, ps->fn, ps->arg);
	/* Now run the sniffed bytes through the normal path. */
	penc_convert(&ps->enc, (const char *)s + skip, len - skip, final,
	    ps_emit, ps);
	buf_free(&ps->head);
	return ps->failed ? -1 : 0;
}

/* Clean UTF-8 from the encoding front end. */
static void
ps_emit(void *arg, const char *s, size_t len)
{
	struct parse_stream *ps = arg;

	if (ps->failed || len == 0)
		return;
	if (ps->kind == PS_JSON) {
		buf_add(&ps->json, s, len);
		return;
	}
	if (pxml_push(ps->px, s, len, 0, ps->why, sizeof ps->why) != 0)
		ps->failed = 1;
}

struct parse_stream *
parse_stream_new(const struct parse_opts *opts, parse_entry_fn fn, void *arg)
{
	struct parse_stream *ps = xcalloc(1, sizeof *ps);

	if (opts != NULL)
		ps->opts = *opts;
	if (ps->opts.max_bytes == 0)
		ps->opts.max_bytes = PARSE_DEFAULT_MAX_BYTES;
	ps->fn = fn;
	ps->arg = arg;
	return ps;
}

int
parse_stream_push(struct parse_stream *ps, const char *buf, size_t len,
    char *err, size_t errlen)
{
	if (!ps->failed && ps->kind == PS_DONE)
		ps_fail(ps, "parse_stream_push after finish");
	if (!ps->failed && len > ps->opts.max_bytes - ps->total) {
		char why[128];

		snprintf(why, sizeof why, _("document too large (over %zu bytes)"),
		    ps->opts.max_bytes);
		ps_fail(ps, why);
	}
	if (!ps->failed) {
		ps->total += len;
		if (ps->kind == PS_UNDECIDED) {
			buf_add(&ps->head, buf, len);
			ps_sniff(ps, 0);
		} else
			penc_convert(&ps->enc, buf, len, 0, ps_emit, ps);
	}
	if (ps->failed) {
		if (errlen > 0)
			snprintf(err, errlen, "%s", ps->why);
		return -1;
	}
	return 0;
}

int
parse_stream_finish(struct parse_stream *ps, struct feed_meta *meta,
    char *err, size_t errlen)
{
	int rc = -1;

	if (!ps->failed && ps->kind == PS_UNDECIDED)
		ps_sniff(ps, 1);
	else if (!ps->failed && ps->kind != PS_DONE)
		penc_convert(&ps->enc, "", 0, 1, ps_emit, ps);
	if (!ps->failed && ps->kind == PS_XML) {
		if (pxml_push(ps->px, "", 0, 1, ps->why, sizeof ps->why) != 0 ||
		    pxml_finish(ps->px, meta, ps->why, sizeof ps->why) != 0)
			ps->failed = 1;
		else
			rc = 0;
	} else if (!ps->failed && ps->kind == PS_JSON) {
		if (pjson_parse(buf_str(&ps->json), ps->json.len, &ps->opts,
		    ps->fn, ps->arg, meta, ps->why, sizeof ps->why) != 0)
			ps->failed = 1;
		else
			rc = 0;
	}
	buf_free(&ps->json);
	ps->kind = PS_DONE;
	if (rc != 0 && errlen > 0)
		snprintf(err, errlen, "%s", ps->why[0] != '\0' ? ps->why :
		    _("not a feed"));
	return rc;
}

void
parse_stream_free(struct parse_stream **psp)
{
	struct parse_stream *ps = *psp;

	if (ps == NULL)
		return;
	pxml_free(ps->px);
	penc_free(&ps->enc);
	buf_free(&ps->head);
	buf_free(&ps->json);
	free(ps);
	*psp = NULL;
}

static int
ps_collect(const struct feed_meta *meta, struct feed_entry *e, void *arg)
{
	(void)meta;
	feed_doc_take_entry(arg, e);
	return 0;
}

int
parse_feed(const char *buf, size_t len, const struct parse_opts *opts,
    struct feed_doc **out, char *err, size_t errlen)
{
	struct feed_doc *doc = feed_doc_new();
	struct parse_stream *ps;
	struct feed_meta meta;
	int rc;

	*out = NULL;
	ps = parse_stream_new(opts, ps_collect, doc);
	rc = parse_stream_push(ps, buf, len, err, errlen);
	if (rc == 0) {
		memset(&meta, 0, sizeof meta);
		rc = parse_stream_finish(ps, &meta, err, errlen);
		if (rc == 0) {
			feed_meta_clear(&doc->meta);
			doc->meta = meta;
		}
	}
	parse_stream_free(&ps);
	if (rc != 0) {
		feed_doc_free(&doc);
		return -1;
	}
	*out = doc;
	return 0;
}

/* --- text helpers ---------------------------------------------------- */

void
parse_trim(struct buf *b)
{
	size_t start = 0, end = b->len;

	if (b->data == NULL)
		return;
	while (start < end && (b->data[start] == ' ' || b->data[start] == '\t' ||
	    b->data[start] == '\n' || b->data[start] == '\r'))
		start++;
	while (end > start && (b->data[end - 1] == ' ' || b->data[end - 1] ==
	    '\t' || b->data[end - 1] == '\n' || b->data[end - 1] == '\r'))
		end--;
	if (start > 0)
		memmove(b->data, b->data + start, end - start);
	b->len = end - start;
	b->data[b->len] = '\0';
}

void
parse_fix_c1(struct buf *b)
{
	char *p, *end, enc[4];
	size_t i, o, n;
	unsigned char c;

	if (b->data == NULL)
		return;
	p = memchr(b->data, 0xC2, b->len);
	if (p == NULL)
		return;
	end = b->data + b->len;
	for (i = p - b->data, o = i; i < b->len; ) {
		c = (unsigned char)b->data[i];
		if (c == 0xC2 && i + 1 < b->len &&
		    (unsigned char)b->data[i + 1] >= 0x80 &&
		    (unsigned char)b->data[i + 1] <= 0x9F) {
			n = utf8_encode(penc_w1252_cp((unsigned char)
			    b->data[i + 1]), enc);
			/* The UTF-8 of a windows-1252 character is at most
			 * one byte longer than two: shift when needed. */
			if (n > 2) {
				size_t rest = b->len - (i + 2);

				buf_grow(b, n - 2);
				end = b->data + b->len;
				memmove(b->data + o + n, b->data + i + 2, rest);
				memcpy(b->data + o, enc, n);
				b->len = o + n + rest;
				b->data[b->len] = '\0';
				i = o + n;
				o = i;
				continue;
			}
			memcpy(b->data + o, enc, n);
			o += n;
			i += 2;
			continue;
		}
		b->data[o++] = b->data[i++];
	}
	(void)end;
	b->len = o;
	b->data[o] = '\0';
}

/* FNV-1a, 64-bit, for the id of an entry that has neither id nor link. */
static uint64_t
ps_fnv(uint64_t h, const char *s)
{
	if (s == NULL)
		s = "";
	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	h ^= 0xFF;	/* field separator */
	h *= 0x100000001b3ULL;
	return h;
}

void
parse_entry_finish(struct feed_entry *e)
{
	uint64_t h1 = 0xcbf29ce484222325ULL, h2 = 0x84222325cbf29ce4ULL;
	char date[32];

	if (e->id != NULL && *e->id != '\0')
		return;
	free(e->id);
	if (e->link != NULL && *e->link != '\0') {
		e->id = xstrdup(e->link);
		return;
	}
	snprintf(date, sizeof date, "%lld/%lld", (long long)e->published,
	    (long long)e->updated);
	h1 = ps_fnv(ps_fnv(ps_fnv(ps_fnv(h1, e->title), date), e->summary),
	    e->content);
	h2 = ps_fnv(ps_fnv(ps_fnv(ps_fnv(h2, e->content), e->summary), date),
	    e->title);
	e->id = xasprintf("tidings:hash:%016llx%016llx", (unsigned long long)h1,
	    (unsigned long long)h2);
}

char *
parse_author_name(const char *s)
{
	const char *open, *close, *lt;
	size_t n;

	/* "me@example.com (Me)" */
	open = strchr(s, '(');
	close = open != NULL ? strrchr(open, ')') : NULL;
	if (open != NULL && close != NULL && close > open + 1 &&
	    memchr(s, '@', open - s) != NULL) {
		n = close - open - 1;
		while (n > 0 && open[1] == ' ') {
			open++;
			n--;
		}
		while (n > 0 && open[n] == ' ')
			n--;
		if (n > 0)
			return xstrndup(open + 1, n);
	}
	/* "Me <me@example.com>" */
	lt = strchr(s, '<');
	if (lt != NULL && lt > s && strchr(lt, '@') != NULL) {
		n = lt - s;
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		if (n > 0)
			return xstrndup(s, n);
	}
	return xstrdup(s);
}
