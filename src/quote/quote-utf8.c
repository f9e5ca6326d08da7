/*
 * quote-utf8.c: the finder's character classes over UTF-8 — decoding one
 * code point either way, spaces, letters, capitals and quotation marks —
 * and the per-byte ASCII class table the word loops use (quote-int.h).
 */
#include "config.h"

#include <stdint.h>

#include "base/utf8.h"
#include "quote/quote-int.h"

/* ---- UTF-8 and character classes ----------------------------------- */

/* Decode the code point at *i and advance, with base/utf8's rules (no
 * overlongs, surrogates or code points past U+10FFFF); an invalid
 * sequence comes back as U+FFFD, its invalid part skipped. */
uint32_t
quote_utf8_next(const char *s, size_t len, size_t *i)
{
	uint32_t c;

	if (*i >= len)
		return 0;
	*i += utf8_decode(s + *i, len - *i, &c);
	return c;
}

/* Step back over one code point before *i and return it (0 at the start). */
uint32_t
quote_utf8_prev(const char *s, size_t *i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = *i, k, start;
	uint32_t c;

	if (j == 0)
		return 0;
	start = j - 1;
	for (k = 0; k < 3 && start > 0 && (u[start] & 0xc0) == 0x80; k++)
		start--;
	k = start;
	c = quote_next(s, j, &k);
	if (k != j) {		/* not one well-formed sequence: one byte */
		*i = j - 1;
		return 0xfffd;
	}
	*i = start;
	return c;
}

int
quote_is_space(uint32_t c)
{
	return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
	    c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

int
quote_is_letter(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	if (c < 0xc0)
		return c == 0xaa || c == 0xb5 || c == 0xba;
	if (c == 0xd7 || c == 0xf7)
		return 0;
	if (c >= 0x2000 && c <= 0x2bff)	/* punctuation, symbols */
		return 0;
	if (c >= 0x3000 && c <= 0x303f)	/* CJK punctuation */
		return 0;
	if (c >= 0xff00 && c <= 0xff0f)
		return 0;
	if (c == 0xfffd || c == 0xfeff)
		return 0;
	return 1;
}

int
quote_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xc0 && c <= 0xde)
		return c != 0xd7;
	if (c >= 0x100 && c <= 0x17f)
		return (c & 1) == 0;
	if (c >= 0x391 && c <= 0x3a9)
		return 1;
	if (c >= 0x400 && c <= 0x42f)
		return 1;
	return 0;
}

int
quote_is_mark(uint32_t c)
{
	switch (c) {
	case '"': case '\'': case 0xab: case 0xbb: case 0x2018: case 0x2019:
	case 0x201a: case 0x201c: case 0x201d: case 0x201e: case 0x2039:
	case 0x203a: case 0x300c: case 0x300d: case 0x300e: case 0x300f:
		return 1;
	}
	return 0;
}

/*
 * The word loops' ASCII fast path (quote-int.h): per byte, QUOTE_WC_WORD
 * for the ASCII letters and digits (what quote_letter says yes to below
 * 0x80), QUOTE_WC_UPPER as well for the capitals (3); 0 for everything
 * else, bytes of multibyte characters included (they take the general
 * path).
 */
const unsigned char quote_word_class[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x10 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x20 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,	/* 0x30 */
	0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,	/* 0x40 */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,	/* 0x50 */
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 0x60 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,	/* 0x70 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x80 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0x90 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xa0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xb0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xc0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xd0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xe0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 0xf0 */
};

