/*
 * parse-ascii: element text made ASCII for libxml2's sake.
 *
 * libxml2 2.9.14 reads element text fast while it is ASCII, and from the
 * first other character to the end of the text node a character at a
 * time (xmlParseCharDataComplex), some 60 instructions a byte: one curly
 * quote early in a paragraph of escaped HTML costs the whole paragraph.
 * A character reference gives characters() the very same bytes, so in
 * text between tags inside the root element, where non-ASCII characters
 * are sparse (at most one in PASC_SPARSE bytes of the run), each becomes
 * "&#xHHHH;" and the text around it takes the fast path.
 *
 * Only element text is touched: tags (names must stay as written),
 * comments, CDATA sections and processing instructions pass as they are.
 * Anything this scanner does not follow for certain (a quote where no
 * attribute value starts, an unquoted value, '<' inside a tag, "<!" that
 * is neither a comment nor CDATA, DOCTYPE included) turns it off for the
 * rest of the document: passing text through is always right.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "base/utf8.h"
#include "parse/parse-int.h"

#define PASC_SPARSE	16	/* bytes of run per non-ASCII character */
#define PASC_FLUSH	32768	/* output handed on in pieces this big */

enum {
	A_TEXT = 0, A_TAG, A_QUOTE, A_COMMENT, A_CDATA, A_PI, A_OFF
};

int	 pasc_enabled = 1;

static size_t	 pasc_text(struct pasc *, const char *, size_t, size_t);
static size_t	 pasc_markup(struct pasc *, const char *, size_t, size_t,
		     int);
static size_t	 pasc_tag(struct pasc *, const char *, size_t, size_t);
static size_t	 pasc_until(struct pasc *, const char *, size_t, size_t,
		     const char *);

static int
pasc_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* IS_CHAR above ASCII: what a character reference may stand for. */
static int
pasc_char_ok(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ||
	    (cp >= 0x10000 && cp <= 0x10ffff);
}

#define PASC_HIGH	UINT64_C(0x8080808080808080)

/* UTF-8 lead bytes (11xxxxxx) in u[i..end): the non-ASCII characters. */
static size_t
pasc_count_leads(const unsigned char *u, size_t i, size_t end)
{
	uint64_t w;
	size_t n = 0;

	for (; i + 8 <= end; i += 8) {
		memcpy(&w, u + i, 8);
		n += (size_t)__builtin_popcountll(w & (w << 1) & PASC_HIGH);
	}
	for (; i < end; i++)
		n += (u[i] & 0xc0) == 0xc0;
	return n;
}

/* "&#xHHHH;" for cp. */
static void
pasc_ref(struct buf *b, uint32_t cp)
{
	static const char hex[] = "0123456789ABCDEF";
	char ref[12];
	int n = 0, shift;

	ref[n++] = '&';
	ref[n++] = '#';
	ref[n++] = 'x';
	for (shift = 20; shift > 0 && (cp >> shift) == 0; shift -= 4)
		;
	for (; shift >= 0; shift -= 4)
		ref[n++] = hex[(cp >> shift) & 0xf];
	ref[n++] = ';';
	buf_add(b, ref, (size_t)n);
}

static int
pasc_has_cdata_end(const char *s, size_t i, size_t end)
{
	const char *p;

	while ((p = memchr(s + i, ']', end - i)) != NULL) {
		i = (size_t)(p - s) + 1;
		if (end - i >= 2 && s[i] == ']' && s[i + 1] == '>')
			return 1;
	}
	return 0;
}

/* Text from s[i] to the next '<' (or the end): copied, made ASCII where
 * its non-ASCII characters are sparse. */
static size_t
pasc_text(struct pasc *pa, const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	const char *lt;
	size_t end, k, n, start, cl;
	uint64_t w;
	uint32_t cp;

	lt = memchr(s + i, '<', len - i);
	end = lt != NULL ? (size_t)(lt - s) : len;
	/*
	 * Where the fast path and the slow one differ, leave the text as it
	 * is: "]]>" (the fast path drops what precedes it), '\r' (line ends
	 * are normalised apart), and text that goes on into the next piece
	 * (where either could turn up).
	 */
	if (pa->depth < 1 || lt == NULL || memchr(s + i, '\r', end - i) != NULL ||
	    pasc_has_cdata_end(s, i, end)) {
		buf_add(&pa->out, s + i, end - i);
		return end;
	}
	n = pasc_count_leads(u, i, end);
	if (n == 0 || n * PASC_SPARSE > end - i) {
		buf_add(&pa->out, s + i, end - i);
		return end;
	}
	start = i;
	for (k = i; k < end; k++) {
		/* ASCII eight bytes at a time. */
		while (k + 8 <= end) {
			memcpy(&w, u + k, 8);
			if ((w & PASC_HIGH) != 0)
				break;
			k += 8;
		}
		if (k >= end)
			break;
		if (u[k] < 0x80)
			continue;
		/* Clean UTF-8 (parse-enc), and the run ends at a '<': no
		 * sequence is cut; a U+FFFD decoded is one written. */
		cl = utf8_decode(s + k, end - k, &cp);
		if (pasc_char_ok(cp)) {
			buf_add(&pa->out, s + start, k - start);
			pasc_ref(&pa->out, cp);
			start = k + cl;
		}
		k += cl - 1;
	}
	buf_add(&pa->out, s + start, end - start);
	return end;
}

/* A comment, CDATA section or PI opens with s[i..i+n). */
static size_t
pasc_enter(struct pasc *pa, int state, const char *s, size_t i, size_t n)
{
	pa->state = state;
	pa->last2 = 0;
	pa->nseen = 0;
	buf_add(&pa->out, s + i, n);
	return i + n;
}

/* s[i] is '<': what starts here, or (size_t)-1 to wait for more bytes. */
static size_t
pasc_markup(struct pasc *pa, const char *s, size_t len, size_t i, int final)
{
	size_t have = len - i;

	if (have < 9 && !final) {
		/* "<![CDATA[" may be cut: look again with more. */
		if (have < 2 || s[i + 1] == '!' || s[i + 1] == '?')
			return (size_t)-1;
	}
	if (have >= 4 && memcmp(s + i, "<!--", 4) == 0)
		return pasc_enter(pa, A_COMMENT, s, i, 4);
	if (have >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0)
		return pasc_enter(pa, A_CDATA, s, i, 9);
	if (have >= 2 && s[i + 1] == '?')
		return pasc_enter(pa, A_PI, s, i, 2);
	if (have >= 2 && s[i + 1] == '!') {
		pa->state = A_OFF;	/* DOCTYPE, or worse */
		return i;
	}
	pa->state = A_TAG;
	pa->end_tag = have >= 2 && s[i + 1] == '/';
	pa->eq = pa->slash = 0;
	buf_addc(&pa->out, '<');
	return i + 1;
}

/* Inside a tag: to its '>' (depth follows), or a quoted value. */
static size_t
pasc_tag(struct pasc *pa, const char *s, size_t len, size_t i)
{
	const char *q;
	size_t start = i;
	int c;

	for (; i < len; i++) {
		c = (unsigned char)s[i];
		if (pa->state == A_QUOTE) {
			q = memchr(s + i, pa->quote, len - i);
			if (q == NULL) {
				i = len;
				break;
			}
			i = (size_t)(q - s);
			pa->state = A_TAG;
			pa->eq = 0;
			continue;
		}
		if (c == '>') {
			if (pa->end_tag)
				pa->depth--;
			else if (!pa->slash)
				pa->depth++;
			pa->state = A_TEXT;
			i++;
			break;
		}
		if (c == '"' || c == '\'') {
			if (!pa->eq) {
				pa->state = A_OFF;
				break;
			}
			pa->state = A_QUOTE;
			pa->quote = (char)c;
			continue;
		}
		if (c == '<' || (pa->eq && !pasc_blank(c) && c != '=')) {
			pa->state = A_OFF;	/* unquoted value, or worse */
			break;
		}
		if (c == '=')
			pa->eq = 1;
		if (!pasc_blank(c))
			pa->slash = c == '/';
	}
	buf_add(&pa->out, s + start, i - start);
	return i;
}

/* A comment, CDATA section or PI: to its terminator (term, 2 or 3 bytes
 * ending in '>'), which may straddle calls. */
static size_t
pasc_until(struct pasc *pa, const char *s, size_t len, size_t i,
    const char *term)
{
	const char *gt;
	size_t start = i, tl = strlen(term), k;
	char prev[2];

	while (i < len) {
		gt = memchr(s + i, '>', len - i);
		if (gt == NULL) {
			i = len;
			break;
		}
		k = (size_t)(gt - s);
		/* The two bytes before '>', from this piece or before. */
		prev[1] = k >= 1 ? s[k - 1] : (char)(pa->last2 & 0xff);
		prev[0] = k >= 2 ? s[k - 2] : k == 1 ?
		    (char)(pa->last2 & 0xff) : (char)(pa->last2 >> 8);
		i = k + 1;
		/* Only bytes after the opening count ("<!-->" is open). */
		if (pa->nseen + (k - start) < tl - 1)
			continue;
		if ((tl == 2 && prev[1] == term[0]) ||
		    (tl == 3 && prev[0] == term[0] && prev[1] == term[1])) {
			pa->state = A_TEXT;
			break;
		}
	}
	buf_add(&pa->out, s + start, i - start);
	pa->nseen += i - start;
	if (pa->state != A_TEXT) {
		if (i - start >= 2)
			pa->last2 = (unsigned char)s[i - 2] << 8 |
			    (unsigned char)s[i - 1];
		else if (i - start == 1)
			pa->last2 = (pa->last2 << 8 | (unsigned char)s[i - 1]) &
			    0xffff;
	}
	return i;
}

void
pasc_feed(struct pasc *pa, const char *s, size_t len, int final,
    penc_emit_fn emit, void *arg)
{
	size_t i = 0, j;

	if (pa->hold.len > 0) {
		buf_add(&pa->hold, s, len);
		buf_reset(&pa->join);
		buf_add(&pa->join, pa->hold.data, pa->hold.len);
		buf_reset(&pa->hold);
		s = pa->join.data;
		len = pa->join.len;
	}
	if (!pasc_enabled)
		pa->state = A_OFF;
	while (i < len) {
		switch (pa->state) {
		case A_TEXT:
			if (s[i] != '<') {
				i = pasc_text(pa, s, len, i);
				break;
			}
			if ((j = pasc_markup(pa, s, len, i, final)) ==
			    (size_t)-1) {
				buf_add(&pa->hold, s + i, len - i);
				i = len;
			} else
				i = j;
			break;
		case A_TAG:
		case A_QUOTE:
			i = pasc_tag(pa, s, len, i);
			break;
		case A_COMMENT:
			i = pasc_until(pa, s, len, i, "-->");
			break;
		case A_CDATA:
			i = pasc_until(pa, s, len, i, "]]>");
			break;
		case A_PI:
			i = pasc_until(pa, s, len, i, "?>");
			break;
		default:
			buf_add(&pa->out, s + i, len - i);
			i = len;
			break;
		}
	}
	if (pa->out.len >= PASC_FLUSH || (final && pa->out.len > 0)) {
		emit(arg, pa->out.data, pa->out.len);
		buf_reset(&pa->out);
	}
}

void
pasc_free(struct pasc *pa)
{
	buf_free(&pa->out);
	buf_free(&pa->hold);
	buf_free(&pa->join);
}
