/*
 * html-runs.c: hide an article's plain text runs from libxml2.
 *
 * libxml2 2.9.14's HTML parser reads text a character at a time, some 70
 * instructions a byte, most of a reload's rendering.  Yet a run of text
 * between markup (no '<', no '&') reaches characters() unchanged.  So
 * each such run is replaced by one private-use character standing for it
 * (U+E000 + its index), the parser sees tags, entities and these stand-ins
 * only, and characters() puts the runs back (rr_expand).
 *
 * That is only sound where the parser would have done nothing with the
 * run but pass it on, so this scanner follows htmlParseDocument() and
 * htmlParseContentInternal() of 2.9.14 to the byte: where a run starts and
 * ends (after a tag, a comment, an entity reference as far as that
 * consumes, a '<' taken for text), and that each piece of at most
 * HTML_PARSER_BIG_BUFFER_SIZE bytes the parser would hand on holds a
 * non-blank (a blank piece could be dropped as ignorable whitespace).
 * Whatever it does not mirror exactly leaves the whole document to the
 * parser as it is: invalid UTF-8 or characters the parser drops, NUL,
 * '\r', a stand-in character of its own, <script>, <style>, <meta>,
 * processing instructions, DOCTYPEs and other "<!" constructs, unusual
 * names.  tests/unit/test-render.c renders random and hostile documents
 * both ways and wants the same bytes.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "base/lib.h"
#include "render/render-int.h"

#define RR_PIECE	1000	/* HTML_PARSER_BIG_BUFFER_SIZE */
#define RR_NAME_MAX	100	/* HTML_PARSER_BUFFER_SIZE */
#define RR_MAX_RUNS	4096	/* U+E000..U+EFFF */
#define RR_LEAD		0xee	/* their UTF-8 lead byte */
#define RR_ONES		UINT64_C(0x0101010101010101)

int	 rr_enabled = 1;

static int	 rr_valid(const unsigned char *, size_t);
static size_t	 rr_blanks(const unsigned char *, size_t, size_t);
static size_t	 rr_comment(const unsigned char *, size_t, size_t);
static size_t	 rr_end_tag(const unsigned char *, size_t, size_t);
static size_t	 rr_start_tag(const unsigned char *, size_t, size_t);
static size_t	 rr_reference(const unsigned char *, size_t, size_t, int *);
static int	 rr_run_ok(const unsigned char *, size_t, size_t);

#define RR_BAIL		((size_t)-1)

static int
rr_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
rr_letter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* htmlParseHTMLName's characters after the first. */
static int
rr_namechar(int c)
{
	return rr_letter(c) || (c >= '0' && c <= '9') || c == ':' ||
	    c == '-' || c == '_' || c == '.';
}

/* s[k], or 0 past the end, as the parser reads it. */
static int
rr_at(const unsigned char *s, size_t n, size_t k)
{
	return k < n ? s[k] : 0;
}

/*
 * Strict UTF-8 whose every character the parser passes on (IS_CHAR), no
 * NUL, '\r' or byte order mark, and no U+E000..U+EFFF of its own.
 */
static int
rr_valid(const unsigned char *s, size_t n)
{
	size_t i = 0, k;
	uint64_t w;
	uint32_t cp;
	unsigned c;

	if (n >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf)
		return 0;
	while (i < n) {
		/* Eight bytes at a time while they are ASCII from ' ' up. */
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (((w | (w - RR_ONES * 0x20)) & RR_ONES * 0x80) != 0)
				break;
			i += 8;
		}
		if (i == n)
			break;
		c = s[i];
		if (c < 0x80) {
			if (c < 0x20 && c != '\t' && c != '\n')
				return 0;
			i++;
			continue;
		}
		if (c == RR_LEAD)
			return 0;
		/* Invalid, or U+FFFE/U+FFFF (a U+FFFD of its own is fine). */
		k = utf8_decode((const char *)s + i, n - i, &cp);
		if ((cp == UTF8_REPLACEMENT && (c != 0xef || k != 3)) ||
		    cp == 0xfffe || cp == 0xffff)
			return 0;
		i += k;
	}
	return 1;
}

static size_t
rr_blanks(const unsigned char *s, size_t n, size_t i)
{
	while (i < n && rr_blank(s[i]))
		i++;
	return i;
}

/*
 * s[i..] is "<!--": where htmlParseComment stops.  Its first two
 * characters after "<!--" are read before the end is looked for, and
 * "--!>" ends it too.
 */
static size_t
rr_comment(const unsigned char *s, size_t n, size_t i)
{
	size_t k;

	for (k = i + 6; k < n; k++) {
		if (s[k] == '>' && s[k - 1] == '-' && s[k - 2] == '-')
			return k + 1;
		if (s[k] == '!' && s[k - 1] == '-' && s[k - 2] == '-' &&
		    rr_at(s, n, k + 1) == '>')
			return k + 2;
	}
	return n;	/* unfinished: the rest is gone */
}

/* s[i..] is "</" and a name start: htmlParseEndTag skips to a '>'. */
static size_t
rr_end_tag(const unsigned char *s, size_t n, size_t i)
{
	const unsigned char *gt;

	gt = memchr(s + i + 2, '>', n - i - 2);
	return gt != NULL ? (size_t)(gt - s) + 1 : n;
}

/* A quoted attribute value from s[i], its quote: past the closing one. */
static size_t
rr_quoted(const unsigned char *s, size_t n, size_t i)
{
	const unsigned char *q;

	q = memchr(s + i + 1, s[i], n - i - 1);
	return q != NULL ? (size_t)(q - s) + 1 : n;
}

/*
 * A reference in s[a..b) whose name goes on in non-ASCII: the parser
 * reads it with htmlParseNameComplex, which starts over when its buffer
 * moves, so not even the same document parses the same twice.
 */
static int
rr_complex_ref(const unsigned char *s, size_t a, size_t b)
{
	const unsigned char *amp;
	size_t k;

	while ((amp = memchr(s + a, '&', b - a)) != NULL) {
		for (k = (size_t)(amp - s) + 1; k < b && rr_namechar(s[k]);
		    k++)
			;
		if (k < b && s[k] >= 0x80)
			return 1;
		a = (size_t)(amp - s) + 1;
	}
	return 0;
}

/*
 * s[i..] is '<' and an ASCII letter: where htmlParseStartTag and
 * htmlParseElementInternal leave off, or RR_BAIL for <script> and
 * <style> (their content is raw text), <meta> (it may switch the
 * encoding) and names the parser would cut.
 */
static size_t
rr_start_tag(const unsigned char *s, size_t n, size_t i)
{
	static const char *const raw[] = { "script", "style", "meta" };
	size_t k, p, q, len;

	for (p = i + 1; p < n && rr_namechar(s[p]); p++)
		;
	len = p - (i + 1);
	if (len >= RR_NAME_MAX)
		return RR_BAIL;
	for (k = 0; k < sizeof raw / sizeof raw[0]; k++)
		if (len == strlen(raw[k]) &&
		    strncasecmp((const char *)s + i + 1, raw[k], len) == 0)
			return RR_BAIL;
	p = rr_blanks(s, n, p);
	while (p < n && s[p] != '>' &&
	    (s[p] != '/' || rr_at(s, n, p + 1) != '>')) {
		/* htmlParseAttribute: a name, then maybe = and a value. */
		if (rr_letter(s[p]) || s[p] == '_' || s[p] == ':' ||
		    s[p] == '.') {
			for (q = p; q < n && rr_namechar(s[q]); q++)
				;
			if (q - p >= RR_NAME_MAX)
				return RR_BAIL;
			p = rr_blanks(s, n, q);
			if (p < n && s[p] == '=') {
				p = rr_blanks(s, n, p + 1);
				if (p < n && (s[p] == '"' || s[p] == '\''))
					p = rr_quoted(s, n, p);
				else
					while (p < n && s[p] != '>' &&
					    !rr_blank(s[p]))
						p++;
			}
		} else {
			/* No name: the bogus attribute is skipped. */
			while (p < n && !rr_blank(s[p]) && s[p] != '>' &&
			    (s[p] != '/' || rr_at(s, n, p + 1) != '>'))
				p++;
		}
		p = rr_blanks(s, n, p);
	}
	if (p < n && s[p] == '/')
		p += 2;
	else if (p < n)
		p++;
	return rr_complex_ref(s, i, p) ? RR_BAIL : p;
}

/*
 * s[i] is '&': how far htmlParseReference reads.  RR_BAIL where a name
 * would go on in non-ASCII (htmlParseNameComplex) or where a character
 * reference makes a stand-in character.  *peek: the parser looked at
 * the byte there (ASCII or not decides how it reads a name), so that byte
 * must stay as it is.
 */
static size_t
rr_reference(const unsigned char *s, size_t n, size_t i, int *peek)
{
	char name[64];
	size_t k, m;
	int c, hex, d;
	long val = 0;

	if (rr_at(s, n, i + 1) == '#') {
		c = rr_at(s, n, i + 2);
		hex = c == 'x' || c == 'X';
		for (k = i + (hex ? 3 : 2); k < n && s[k] != ';'; k++) {
			c = s[k];
			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				break;
			if (val < 0x110000)
				val = val * (hex ? 16 : 10) + d;
		}
		if (val >= 0xe000 && val <= 0xefff)
			return RR_BAIL;
		return k < n && s[k] == ';' ? k + 1 : k;
	}
	/* htmlParseEntityRef: '&' taken, then htmlParseName. */
	k = i + 1;
	c = rr_at(s, n, k);
	if (c >= 0x80)
		return RR_BAIL;
	if (!rr_letter(c) && c != '_' && c != ':')
		return k;	/* no name: "&" alone */
	for (m = k + 1; m < n && rr_namechar(s[m]); m++)
		;
	if (m == n || s[m] >= 0x80)
		return RR_BAIL;
	*peek = 1;
	if (s[m] != ';' || m - k >= sizeof name)
		return m;	/* "&" and the name, as text */
	memcpy(name, s + k, m - k);
	name[m - k] = '\0';
	/* A known entity takes its ';', an unknown one leaves it. */
	if (htmlEntityLookup((const xmlChar *)name) == NULL)
		return m;
	*peek = 0;
	return m + 1;
}

/*
 * The parser hands a run on in pieces: the fewest whole characters
 * making RR_PIECE bytes or more, then the rest.  Each must hold a
 * non-blank for the run to go as one stand-in.
 */
static int
rr_run_ok(const unsigned char *s, size_t a, size_t b)
{
	size_t e, k;

	while (a < b) {
		e = a + RR_PIECE;
		while (e < b && (s[e] & 0xc0) == 0x80)
			e++;
		if (e > b)
			e = b;
		for (k = a; k < e && rr_blank(s[k]); k++)
			;
		if (k == e)
			return 0;
		a = e;
	}
	return 1;
}

int
rr_hide(const char *html, size_t len, struct rruns *out)
{
	const unsigned char *s = (const unsigned char *)html, *lt, *amp;
	struct buf b = BUF_INIT;
	size_t n = len, i, j, start, alloc = 0;
	char ph[4];			/* a stand-in character */
	int c1, peek = 0;

	memset(out, 0, sizeof *out);
	if (!rr_enabled || !rr_valid(s, n))
		return -1;

	/* htmlParseDocument: blanks, then comments each with the blanks
	 * after it; processing instructions and DOCTYPEs are not
	 * followed. */
	i = rr_blanks(s, n, 0);
	while (i + 3 < n && s[i] == '<' && s[i + 1] == '!' &&
	    s[i + 2] == '-' && s[i + 3] == '-')
		i = rr_blanks(s, n, rr_comment(s, n, i));
	buf_add(&b, html, i);

	/* htmlParseContentInternal. */
	while (i < n) {
		start = i;
		if (s[i] == '<') {
			c1 = rr_at(s, n, i + 1);
			if (c1 == '/') {
				c1 = rr_at(s, n, i + 2);
				if (!rr_letter(c1) && c1 != '_' && c1 != ':' &&
				    c1 != '.')
					goto bail;
				i = rr_end_tag(s, n, i);
			} else if (c1 == '!') {
				if (rr_at(s, n, i + 2) != '-' ||
				    rr_at(s, n, i + 3) != '-')
					goto bail;
				i = rr_comment(s, n, i);
			} else if (c1 == '?')
				goto bail;
			else if (rr_letter(c1)) {
				if ((i = rr_start_tag(s, n, i)) == RR_BAIL)
					goto bail;
			} else
				i++;	/* a '<' of text */
			buf_add(&b, html + start, i - start);
			continue;
		}
		if (s[i] == '&') {
			peek = 0;
			if ((i = rr_reference(s, n, i, &peek)) == RR_BAIL)
				goto bail;
			buf_add(&b, html + start, i - start);
			continue;
		}
		/* Text, to the next '<' or '&'. */
		lt = memchr(s + i, '<', n - i);
		j = lt != NULL ? (size_t)(lt - s) : n;
		if ((amp = memchr(s + i, '&', j - i)) != NULL)
			j = (size_t)(amp - s);
		if (out->n == RR_MAX_RUNS || !rr_run_ok(s, i, j)) {
			buf_add(&b, html + i, j - i);
			i = j;
			continue;
		}
		/* The run goes to characters() whole all the same (a
		 * piece with a stand-in is never blank). */
		if (peek) {
			buf_addc(&b, (char)s[i++]);
			peek = 0;
			if (i == j)
				continue;
		}
		if (out->n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			out->v = xreallocarray(out->v, alloc, sizeof *out->v);
		}
		out->v[out->n].off = i;
		out->v[out->n].len = j - i;
		buf_add(&b, ph, utf8_encode(0xe000 + (uint32_t)out->n++, ph));
		i = j;
	}
	if (out->n == 0)
		goto bail;
	out->src = html;
	out->len = b.len;
	out->html = buf_detach(&b);
	return 0;

bail:
	buf_free(&b);
	free(out->v);
	memset(out, 0, sizeof *out);
	return -1;
}

void
rr_expand(const struct rruns *rr, struct buf *b, const char *ch, size_t len)
{
	const unsigned char *s = (const unsigned char *)ch, *p;
	size_t i = 0, k;
	uint32_t cp;

	while (i < len) {
		p = memchr(s + i, RR_LEAD, len - i);
		k = p != NULL ? (size_t)(p - s) : len;
		buf_add(b, ch + i, k - i);
		if (p == NULL)
			break;
		/* Pieces are whole characters: U+E000 + index. */
		i = k + utf8_decode(ch + k, len - k, &cp);
		if (cp >= 0xe000 && cp - 0xe000 < rr->n)
			buf_add(b, rr->src + rr->v[cp - 0xe000].off,
			    rr->v[cp - 0xe000].len);
	}
}

void
rr_free(struct rruns *rr)
{
	free(rr->html);
	free(rr->v);
	memset(rr, 0, sizeof *rr);
}
