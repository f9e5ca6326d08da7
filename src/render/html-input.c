/*
 * html-input: the bytes libxml2's HTML parser gets, the same whatever
 * its version (html.c feeds them to it).  Versions before 2.14 read a
 * document's raw bytes where HTML's input stream and 2.14's tokenizer
 * differ: form feeds, CR, NUL, controls, invalid UTF-8, "<!-->".  See
 * rd_html_input() in render-int.h.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "base/lib.h"
#include "render/render-int.h"

#define RD_ONES		0x0101010101010101ULL
#define RD_HIGHS	0x8080808080808080ULL

static void	 rd_comments(const char *, size_t, struct buf *);
static void	 rd_c1_refs(const char *, size_t, struct buf *);

/*
 * A numeric character reference in the C1 range ("&#146;", "&#x92;") is
 * windows-1252's character to HTML5 and libxml2 2.14 (U+2019), a C1
 * control to libxml2 before it (then dropped): written out as the
 * windows-1252 character's own reference it reads the same on every
 * version.  Raw C1 characters are left alone: U+009B starts an escape
 * sequence, which the sanitiser drops whole.  b: as rd_comments.
 */
static void
rd_c1_refs(const char *s, size_t n, struct buf *b)
{
	struct buf out = BUF_INIT;
	const char *p, *q, *end = s + n, *from = s;
	unsigned long v;
	uint32_t cp;
	int hex, digits;

	for (p = s; (p = memchr(p, '&', (size_t)(end - p))) != NULL; p++) {
		if (end - p < 4 || p[1] != '#')
			continue;
		q = p + 2;
		hex = *q == 'x' || *q == 'X';
		q += hex;
		for (v = 0, digits = 0; q < end && digits < 8; q++, digits++) {
			if (*q >= '0' && *q <= '9')
				v = v * (hex ? 16 : 10) + (unsigned long)(*q - '0');
			else if (hex && (*q | 0x20) >= 'a' && (*q | 0x20) <= 'f')
				v = v * 16 + (unsigned long)((*q | 0x20) - 'a' + 10);
			else
				break;
		}
		if (digits == 0 || v < 0x80 || v > 0x9f ||
		    (cp = utf8_c1_w1252((uint32_t)v)) == v)
			continue;
		if (q < end && *q == ';')
			q++;
		buf_add(&out, from, (size_t)(p - from));
		buf_printf(&out, "&#x%X;", (unsigned)cp);
		from = q;
		p = q - 1;
	}
	if (out.data == NULL)
		return;
	buf_add(&out, from, (size_t)(end - from));
	buf_free(b);
	*b = out;
}

/*
 * "<!-->" and "<!--->" are empty comments in HTML (and libxml2 2.14);
 * before, libxml2 read on to the next "-->", text and markup between
 * lost.  Written out as "<!---->" they are empty on every version.  b:
 * the text, or left empty when it has neither.
 */
static void
rd_comments(const char *s, size_t n, struct buf *b)
{
	struct buf out = BUF_INIT;
	const char *p, *end = s + n, *from = s;
	size_t k;

	/* By the '!', rarer than '<' (memmem costs more than the rest). */
	for (p = s; (p = memchr(p, '!', (size_t)(end - p))) != NULL; p++) {
		if (p == s || p[-1] != '<' || end - p < 4 || p[1] != '-' ||
		    p[2] != '-')
			continue;
		k = p[3] == '>' ? 4 : end - p >= 5 && p[3] == '-' &&
		    p[4] == '>' ? 5 : 0;
		if (k == 0)
			continue;
		buf_add(&out, from, (size_t)(p - 1 - from));
		buf_adds(&out, "<!---->");
		from = p + k;
		p += k - 1;
	}
	if (out.data == NULL)
		return;
	buf_add(&out, from, (size_t)(end - from));
	buf_free(b);
	*b = out;
}

/*
 * The input as HTML's input stream has it, the same whatever the parser
 * makes of the raw bytes (libxml2 before 2.14 drops a form feed, reads
 * '\r' and NUL as characters and skips a surrogate's bytes; 2.14 does
 * as HTML says): CR LF and CR become LF, a form feed (whitespace) a
 * space; NUL and the other C0 controls go, an escape sequence whole as
 * the sanitiser would drop it (libxml2 2.9 drops the controls alone,
 * 2.14 passes them on); each byte of invalid UTF-8 becomes U+FFFD (the
 * parser is told UTF-8).  Returns html, untouched when nothing needs
 * doing, or the new text in *copy (*len updated; the caller frees it).
 */
const char *
rd_html_input(const char *html, size_t *len, char **copy)
{
	const unsigned char *s = (const unsigned char *)html;
	struct buf b = BUF_INIT;
	size_t n = *len, i = 0, done = 0, k;
	uint64_t w;
	uint32_t cp;
	unsigned c;

	*copy = NULL;
	while (i < n) {
		/* Eight bytes at a time while they are ASCII from ' ' up. */
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (((w | (w - RD_ONES * 0x20)) & RD_HIGHS) != 0)
				break;
			i += 8;
		}
		if (i == n)
			break;
		c = s[i];
		if (c >= 0x20 && c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0x80) {
			k = utf8_decode(html + i, n - i, &cp);
			if (cp != UTF8_REPLACEMENT || (k == 3 && c == 0xef)) {
				i += k;
				continue;
			}
		} else if (c == '\t' || c == '\n') {
			i++;
			continue;
		} else if (c == 0x1b)
			k = rd_skip_escape(html, n, i, 0);
		else
			k = 1;
		/* Bytes k from i change: what came before goes as it is. */
		buf_add(&b, html + done, i - done);
		if (c >= 0x80)
			buf_adds(&b, "\xef\xbf\xbd");
		else if (c == '\f')
			buf_addc(&b, ' ');
		else if (c == '\r') {
			buf_addc(&b, '\n');
			if (i + 1 < n && s[i + 1] == '\n')
				k = 2;
		}
		i += k;
		done = i;
	}
	if (done > 0) {
		buf_add(&b, html + done, n - done);
		html = b.data;
		n = b.len;
	}
	rd_comments(html, n, &b);
	if (b.data != NULL) {
		html = b.data;
		n = b.len;
	}
	rd_c1_refs(html, n, &b);
	if (b.data == NULL)
		return html;
	*len = b.len;
	*copy = buf_detach(&b);
	return *copy;
}
