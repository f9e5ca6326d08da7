/*
 * parse: the public entry points.  A stream sniffs the first bytes (size
 * caps, empty, binary, HTML, JSON or XML), runs them through the encoding
 * front end and hands clean UTF-8 to the XML reader, or collects a JSON
 * Feed for jansson.  parse_feed() is the stream fed one buffer, collecting
 * the entries into a feed_doc; the stream cuts its input into fixed pieces,
 * so the result never depends on how the bytes arrived.  Also the small
 * text helpers both readers share.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"
#include "base/uri.h"
#include "base/utf8.h"
#include "base/xmalloc.h"
#include "parse/parse-int.h"
#include "parse/lib.h"

#define PS_SNIFF_BYTES	1024
/* Every stage below sees the document in pieces of this size, cut at
 * fixed offsets from its start however the caller hands the bytes over
 * (see parse_stream_push). */
#define PS_PIECE	((size_t)64 << 10)

enum ps_kind { PS_UNDECIDED = 0, PS_XML, PS_JSON, PS_DONE };

struct parse_stream {
	struct parse_opts opts;
	parse_entry_fn	 fn;
	void		*arg;
	enum ps_kind	 kind;
	struct penc	 enc;
	struct pfix	 fix;
	struct pasc	 asc;
	struct pent	 ent;		/* entity budget (parse-fix, parse-xml) */
	struct buf	 piece;		/* raw bytes of an unfinished piece */
	struct buf	 head;		/* raw bytes until sniffed */
	struct buf	 json;		/* JSON document (UTF-8) */
	int		 seen_markup;	/* a '<' or '{' reached the reader */
	size_t		 total;
	struct pxml	*px;
	int		 failed;
	char		 why[256];
};

static int	 ps_fail(struct parse_stream *, const char *);
static int	 ps_too_large(struct parse_stream *);
static void	 ps_piece(struct parse_stream *, const char *, size_t);
static int	 ps_looks_cp1252(const unsigned char *, size_t, int);
static const char *ps_binary_kind(const unsigned char *, size_t);
static int	 ps_sniff(struct parse_stream *, int);
static void	 ps_emit(void *, const char *, size_t);
static void	 ps_emit_xml(void *, const char *, size_t);
static void	 ps_push_xml(void *, const char *, size_t);
static int	 ps_is_ref(const char *, size_t);
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
 * A document said (or assumed) to be UTF-8 whose first 64 KiB hold at least
 * as many invalid sequences as valid multi-byte ones is windows-1252 in
 * disguise: read all of it so.  Otherwise it is UTF-8 with stray bytes,
 * which are mended one by one.
 */
static int
ps_looks_cp1252(const unsigned char *s, size_t len, int final)
{
	size_t i = 0, n, bad = 0, good = 0;
	uint32_t cp;

	if (len > 65536)
		len = 65536;
	while (i < len) {
		i += utf8_valid_prefix((const char *)s + i, len - i);
		if (i >= len)
			break;
		n = utf8_decode((const char *)s + i, len - i, &cp);
		if (!final && i + n >= len)
			break;		/* may be cut by the window */
		bad++;
		i += n;
	}
	if (bad == 0)
		return 0;
	for (i = 0; i < len; i++)
		good += s[i] >= 0xC2 && s[i] <= 0xF4;
	/* `good` counted lead bytes of the bad ones too: take them off. */
	good = good > bad ? good - bad : 0;
	return bad >= good;
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
	size_t len = ps->head.len, i, skip, nul = 0, ctl = 0;
	const char *why;

	if (len < PS_SNIFF_BYTES && !final)
		return 0;
	if (len == 0)
		return ps_fail(ps, _("empty document (0 bytes)"));
	if ((why = ps_binary_kind(s, len)) != NULL)
		return ps_fail(ps, why);
	skip = penc_sniff(&ps->enc, (const char *)s, len, ps->opts.charset);
	if (ps->enc.kind == PENC_UTF8 && ps_looks_cp1252(s + skip,
	    len - skip, final))
		penc_force_cp1252(&ps->enc);
	if (ps->enc.ascii_bytes) {
		/* ASCII family: NULs or nothing but whitespace mean trouble. */
		/* NULs or many control bytes in the first KiB (only there,
		 * so that chunking never matters) */
		for (i = 0; i < len && i < PS_SNIFF_BYTES; i++) {
			nul += s[i] == 0;
			ctl += s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' &&
			    s[i] != '\r' && s[i] != '\f';
		}
		if (nul > 0 || ctl * 10 > i)
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
		ps->px = pxml_new(&ps->opts, &ps->ent, ps->fn, ps->arg);
	/* Now run the sniffed bytes through the normal path. */
	penc_convert(&ps->enc, (const char *)s + skip, len - skip, final,
	    ps_emit, ps);
	buf_free(&ps->head);
	return ps->failed ? -1 : 0;
}

/* Mended XML from parse-fix. */
static void
ps_emit_xml(void *arg, const char *s, size_t len)
{
	struct parse_stream *ps = arg;

	if (ps->failed || len == 0)
		return;
	pasc_feed(&ps->asc, s, len, 0, ps_push_xml, ps);
}

/* The document, mended and with sparse non-ASCII text as references. */
static void
ps_push_xml(void *arg, const char *s, size_t len)
{
	struct parse_stream *ps = arg;

	if (ps->failed || len == 0)
		return;
	if (pxml_push(ps->px, s, len, 0, ps->why, sizeof ps->why) != 0)
		ps->failed = 1;
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
	pfix_feed(&ps->fix, s, len, 0, ps_emit_xml, ps);
}

struct parse_stream *
parse_stream_new(const struct parse_opts *opts, parse_entry_fn fn, void *arg)
{
	struct parse_stream *ps = xcalloc(1, sizeof *ps);

	if (opts != NULL)
		ps->opts = *opts;
	if (ps->opts.max_bytes == 0)
		ps->opts.max_bytes = PARSE_DEFAULT_MAX_BYTES;
	pent_init(&ps->ent, ps->opts.max_entity_bytes != 0 ?
	    ps->opts.max_entity_bytes : PARSE_DEFAULT_MAX_ENTITY_BYTES);
	ps->fix.ent = &ps->ent;
	ps->fn = fn;
	ps->arg = arg;
	return ps;
}

static int
ps_too_large(struct parse_stream *ps)
{
	char why[128];

	snprintf(why, sizeof why, _("document too large (over %zu bytes)"),
	    ps->opts.max_bytes);
	return ps_fail(ps, why);
}

/* One piece of raw input, PS_PIECE bytes (the last one may be shorter). */
static void
ps_piece(struct parse_stream *ps, const char *buf, size_t len)
{
	if (ps->failed)
		return;
	if (len > ps->opts.max_bytes - ps->total) {
		ps_too_large(ps);
		return;
	}
	ps->total += len;
	if (ps->kind == PS_UNDECIDED) {
		buf_add(&ps->head, buf, len);
		ps_sniff(ps, 0);
	} else
		penc_convert(&ps->enc, buf, len, 0, ps_emit, ps);
}

/*
 * libxml2's recovery from ill-formed XML (and so what it hands on) depends
 * on where its input chunks end, and so do the pre-passes' hold-backs.
 * Re-cutting the input into PS_PIECE pieces at fixed offsets makes every
 * stage see the same calls whatever the caller's chunks were: one buffer
 * or one byte at a time gives one result.  Whole pieces in the caller's
 * buffer are passed on without copying; only a piece cut by the caller's
 * chunk end waits in ps->piece.
 */
int
parse_stream_push(struct parse_stream *ps, const char *buf, size_t len,
    char *err, size_t errlen)
{
	size_t n;

	if (!ps->failed && ps->kind == PS_DONE)
		ps_fail(ps, "parse_stream_push after finish");
	while (!ps->failed && len > 0) {
		if (ps->piece.len == 0 && len >= PS_PIECE) {
			ps_piece(ps, buf, PS_PIECE);
			n = PS_PIECE;
		} else {
			n = PS_PIECE - ps->piece.len;
			if (n > len)
				n = len;
			buf_add(&ps->piece, buf, n);
			if (ps->piece.len == PS_PIECE) {
				ps_piece(ps, ps->piece.data, PS_PIECE);
				buf_reset(&ps->piece);
			}
		}
		buf += n;
		len -= n;
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

	if (!ps->failed && ps->kind != PS_DONE && ps->piece.len > 0)
		ps_piece(ps, ps->piece.data, ps->piece.len);
	buf_free(&ps->piece);
	if (!ps->failed && ps->kind == PS_UNDECIDED)
		ps_sniff(ps, 1);
	else if (!ps->failed && ps->kind != PS_DONE)
		penc_convert(&ps->enc, "", 0, 1, ps_emit, ps);
	if (!ps->failed && ps->kind == PS_XML) {
		/* What each stage held back; ps_push_xml drops it once the
		 * stream has failed. */
		pfix_feed(&ps->fix, "", 0, 1, ps_emit_xml, ps);
		pasc_feed(&ps->asc, "", 0, 1, ps_push_xml, ps);
	}
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
	pfix_free(&ps->fix);
	pasc_free(&ps->asc);
	pent_free(&ps->ent);
	buf_free(&ps->piece);
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
	/* Too large: the stream would refuse it at the limit, and no entry
	 * of a refused document is kept here, so say so at once. */
	if (len > ps->opts.max_bytes)
		ps_too_large(ps);
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

/*
 * Two repairs for text that went through windows-1252 somewhere:
 *   - UTF-8 read as latin-1 and re-encoded ("\u00e2\u0080\u00a6" for an
 *     ellipsis): latin-1 characters that spell a valid UTF-8 sequence are
 *     decoded again;
 *   - U+0080-U+009F (C1 controls, never meant in feeds): what windows-1252
 *     puts at those bytes (U+0092 -> U+2019).
 * Both need a U+0080-U+00BF, i.e. the byte 0xC2, so most text costs one
 * memchr.
 */
void
parse_fix_c1(struct buf *b)
{
	struct buf out = BUF_INIT;
	const unsigned char *s;
	unsigned char seq[4];
	size_t i, len, k, need;
	uint32_t cp;
	char enc[4];

	if (b->data == NULL || memchr(b->data, 0xC2, b->len) == NULL)
		return;
	s = (const unsigned char *)b->data;
	len = b->len;
	buf_grow(&out, len + 16);
	for (i = 0; i < len; ) {
		/* latin-1 lead U+00C2-U+00F4 (C3 82..C3 B4) + continuations */
		if (s[i] == 0xC3 && i + 1 < len && s[i + 1] >= 0x82 &&
		    s[i + 1] <= 0xB4) {
			int c1 = 0;

			seq[0] = s[i + 1] + 0x40;
			need = seq[0] >= 0xF0 ? 3 : seq[0] >= 0xE0 ? 2 : 1;
			for (k = 0; k < need; k++) {
				size_t at = i + 2 + 2 * k;

				if (at + 1 >= len || s[at] != 0xC2 ||
				    s[at + 1] < 0x80 || s[at + 1] > 0xBF)
					break;
				seq[1 + k] = s[at + 1];
				c1 |= s[at + 1] <= 0x9F;
			}
			/* Only with a C1 control among them: text decoded as
			 * windows-1252 ("Ã±") never has one, so it is left
			 * alone. */
			if (k == need && c1 && utf8_decode((char *)seq, need + 1,
			    &cp) == need + 1 && cp != UTF8_REPLACEMENT) {
				buf_add(&out, seq, need + 1);
				i += 2 + 2 * need;
				continue;
			}
		}
		if (s[i] == 0xC2 && i + 1 < len && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9F) {
			buf_add(&out, enc, utf8_encode(penc_w1252_cp(s[i + 1]),
			    enc));
			i += 2;
			continue;
		}
		buf_addc(&out, (char)s[i]);
		i++;
	}
	buf_free(b);
	*b = out;
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
	const char *title;
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
	/* the title as given: ids stay what they were before titles
	 * were made text */
	title = e->title_html != NULL ? e->title_html : e->title;
	h1 = ps_fnv(ps_fnv(ps_fnv(ps_fnv(h1, title), date), e->summary),
	    e->content);
	h2 = ps_fnv(ps_fnv(ps_fnv(ps_fnv(h2, e->content), e->summary), date),
	    title);
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
	/* "Me (me@example.com)" */
	if (open != NULL && close != NULL && open > s &&
	    memchr(open, '@', close - open) != NULL) {
		n = open - s;
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		if (n > 0)
			return xstrndup(s, n);
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

/* 1 if s[0..len) starts a character or entity reference ("&amp;",
 * "&#38;", "&#x26;"). */
static int
ps_is_ref(const char *s, size_t len)
{
	size_t i = 1;

	if (i < len && s[i] == '#') {
		i++;
		if (i < len && (s[i] == 'x' || s[i] == 'X')) {
			i++;
			while (i < len && ((s[i] >= '0' && s[i] <= '9') ||
			    (s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' &&
			    s[i] <= 'F')))
				i++;
		} else {
			while (i < len && s[i] >= '0' && s[i] <= '9')
				i++;
		}
		return i > 2 && i < len && s[i] == ';';
	}
	while (i < len && i < 40 && ((s[i] >= 'a' && s[i] <= 'z') ||
	    (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
		i++;
	return i > 1 && i < len && s[i] == ';';
}

void
parse_html_amp(struct buf *b)
{
	struct buf out = BUF_INIT;
	const char *s = b->data, *p;
	size_t len = b->len, start = 0;

	/* "<br/>" as HTML serialisers write it: "<br />" */
	if (s != NULL && (p = strstr(s, "<br/>")) != NULL) {
		while (p != NULL) {
			buf_add(&out, s + start, p + 3 - (s + start));
			buf_adds(&out, " />");
			start = p + 5 - s;
			p = strstr(s + start, "<br/>");
		}
		buf_add(&out, s + start, len - start);
		buf_free(b);
		*b = out;
		memset(&out, 0, sizeof out);
		s = b->data;
		len = b->len;
		start = 0;
	}
	if (s == NULL || memchr(s, '&', len) == NULL)
		return;
	while ((p = memchr(s + start, '&', len - start)) != NULL) {
		size_t at = p - s;

		if (ps_is_ref(p, len - at)) {
			buf_add(&out, s + start, at + 1 - start);
			start = at + 1;
			continue;
		}
		buf_add(&out, s + start, at + 1 - start);
		buf_adds(&out, "amp;");
		start = at + 1;
	}
	if (out.data == NULL)
		return;
	buf_add(&out, s + start, len - start);
	buf_free(b);
	*b = out;
}

/*
 * Make href= and src= values in HTML absolute against base (xml:base or
 * the document URL).  A light scan, not an HTML parser: it looks for the
 * attribute names right after whitespace inside a tag.
 */
void
parse_html_resolve(struct buf *b, const char *base)
{
	struct buf out = BUF_INIT;
	const char *s = b->data, *v, *end;
	size_t len = b->len, i = 0, start = 0, n;
	int in_tag = 0;
	char quote, *val, *abs;

	if (base == NULL || s == NULL || len == 0)
		return;
	while (i < len) {
		if (!in_tag) {
			/* Text: straight on to the next tag. */
			if ((v = memchr(s + i, '<', len - i)) == NULL)
				break;
			i = v - s;
		}
		if (s[i] == '<') {
			in_tag = 1;
			i++;
			continue;
		}
		if (s[i] == '>') {
			in_tag = 0;
			i++;
			continue;
		}
		/* In a tag (text was skipped above): an attribute name can
		 * only follow white space. */
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' &&
		    s[i] != '\r') {
			i++;
			continue;
		}
		i++;
		if (len - i > 5 && strncasecmp(s + i, "href=", 5) == 0)
			n = 5;
		else if (len - i > 4 && strncasecmp(s + i, "src=", 4) == 0)
			n = 4;
		else
			continue;
		v = s + i + n;
		quote = *v == '"' || *v == '\'' ? *v : 0;
		if (quote)
			v++;
		end = v;
		while (end < s + len && (quote ? *end != quote :
		    (*end != ' ' && *end != '>' && *end != '\t')))
			end++;
		val = xstrndup(v, end - v);
		if (!uri_is_absolute(val) && *val != '\0') {
			abs = uri_resolve(base, val);
			buf_add(&out, s + start, v - s - start);
			buf_adds(&out, abs);
			start = end - s;
			free(abs);
		}
		free(val);
		i = end - s;
	}
	if (out.data == NULL)
		return;
	buf_add(&out, s + start, len - start);
	buf_free(b);
	*b = out;
}

void
parse_init(void)
{
	pxml_init();
}
