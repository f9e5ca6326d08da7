/*
 * utf8: validation and repair of UTF-8 byte strings.  The decoder follows
 * the Unicode "maximal subpart" rule so that one bad byte costs one U+FFFD
 * and never swallows the valid bytes after it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xmalloc.h"

size_t
utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	uint32_t v;
	size_t need, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;	/* overlong */
		else if (c == 0xED)
			hi = 0x9F;	/* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;	/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;	/* above U+10FFFF */
	} else {
		*cp = UTF8_REPLACEMENT;
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= len || s[i] < lo || s[i] > hi) {
			*cp = UTF8_REPLACEMENT;
			return i;
		}
		v = (v << 6) | (s[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = v;
	return need + 1;
}

size_t
utf8_encode(uint32_t cp, char out[4])
{
	if (cp >= 0xD800 && cp <= 0xDFFF)
		cp = UTF8_REPLACEMENT;
	if (cp > 0x10FFFF)
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
utf8_valid_prefix(const char *s, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		/* Skip ASCII eight bytes at a time: feeds are mostly ASCII. */
		while (i + 8 <= len) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == UTF8_REPLACEMENT && !(n == 3 &&
		    (unsigned char)s[i] == 0xEF &&
		    (unsigned char)s[i + 1] == 0xBF &&
		    (unsigned char)s[i + 2] == 0xBD))
			return i;
		i += n;
	}
	return len;
}

int
utf8_valid(const char *s, size_t len)
{
	return utf8_valid_prefix(s, len) == len;
}

void
utf8_sanitize_buf(struct buf *b, const char *s, size_t len)
{
	size_t i = 0, ok, n;
	uint32_t cp;
	char enc[4];

	buf_grow(b, len);
	while (i < len) {
		ok = utf8_valid_prefix(s + i, len - i);
		buf_add(b, s + i, ok);
		i += ok;
		if (i >= len)
			break;
		n = utf8_decode(s + i, len - i, &cp);
		buf_add(b, enc, utf8_encode(UTF8_REPLACEMENT, enc));
		i += n;
	}
	buf_add(b, "", 0);	/* NUL-terminated even when empty */
}

char *
utf8_sanitize(const char *s, size_t len, size_t *outlen)
{
	struct buf b = BUF_INIT;

	utf8_sanitize_buf(&b, s, len);
	if (outlen != NULL)
		*outlen = b.len;
	return buf_detach(&b);
}

int
utf8_unsafe(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
		return 1;
	if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return 1;
	if (cp == 0x200e || cp == 0x200f || cp == 0x061c)
		return 1;
	return cp == 0xfeff || cp == 0x200b || cp == 0x2060 ||
	    (cp >= 0xfff9 && cp <= 0xfffb);
}

/* windows-1252 0x80-0x9F; 0 where it has nothing. */
static const uint16_t utf8_w1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

uint32_t
utf8_c1_w1252(uint32_t cp)
{
	if (cp < 0x80 || cp > 0x9f || utf8_w1252[cp - 0x80] == 0)
		return cp;
	return utf8_w1252[cp - 0x80];
}
