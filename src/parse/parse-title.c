/*
 * parse-title: a title given as HTML (Atom type="html" or "xhtml", an RSS
 * title with escaped tags) made text, so lists and headers show what a
 * browser would: tags gone, character references read (C1 numbers as
 * windows-1252, as HTML5 does), whitespace runs one space.  The markup
 * itself stays in title_html for --parse.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/lib.h"
#include "base/utf8.h"
#include "parse/parse-int.h"

#define PT_NAME_MAX	32	/* longest entity name looked up */

static int	 pt_tag_start(const char *p, const char *end);
static size_t	 pt_ref(const char *p, const char *end, uint32_t *cp);

/* '<' that opens a tag, an end tag, a comment or a declaration. */
static int
pt_tag_start(const char *p, const char *end)
{
	unsigned char c;

	if (p + 1 >= end || *p != '<')
		return 0;
	c = (unsigned char)p[1];
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' ||
	    c == '!' || c == '?';
}

/* A character reference at p ('&'): its length and code point, or 0. */
static size_t
pt_ref(const char *p, const char *end, uint32_t *cp)
{
	const struct parse_entity *ent;
	char name[PT_NAME_MAX + 1];
	const char *q = p + 1;
	unsigned long v = 0;
	size_t n = 0;
	int hex;

	if (q < end && *q == '#') {
		q++;
		hex = q < end && (*q == 'x' || *q == 'X');
		q += hex;
		for (; q < end && n < 8; q++, n++) {
			if (*q >= '0' && *q <= '9')
				v = v * (hex ? 16 : 10) + (unsigned long)(*q - '0');
			else if (hex && ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'f'))
				v = v * 16 + (unsigned long)((*q | 0x20) - 'a' + 10);
			else
				break;
		}
		if (n == 0 || q >= end || *q != ';')
			return 0;
		if (v == 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
			v = UTF8_REPLACEMENT;
		*cp = utf8_c1_w1252((uint32_t)v);
		return (size_t)(q + 1 - p);
	}
	while (q < end && n < PT_NAME_MAX && ((*q >= 'a' && *q <= 'z') ||
	    (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
		name[n++] = *q++;
	if (n == 0 || q >= end || *q != ';')
		return 0;
	name[n] = '\0';
	if (strcmp(name, "apos") == 0)
		*cp = '\'';
	else if ((ent = parse_entity_find(name)) != NULL)
		*cp = ent->cp;
	else
		return 0;
	return (size_t)(q + 1 - p);
}

int
parse_title_looks_html(const char *s)
{
	const char *p, *end = s + strlen(s);
	uint32_t cp;

	for (p = s; p < end; p++)
		if ((*p == '<' && pt_tag_start(p, end) &&
		    memchr(p, '>', (size_t)(end - p)) != NULL) ||
		    (*p == '&' && pt_ref(p, end, &cp) > 0))
			return 1;
	return 0;
}

char *
parse_html_text(const char *s)
{
	struct buf b = BUF_INIT;
	const char *p = s, *end = s + strlen(s), *q;
	char enc[4];
	uint32_t cp;
	size_t n;
	int space = 0;

	while (p < end) {
		if (*p == '<' && pt_tag_start(p, end) &&
		    (q = memchr(p, '>', (size_t)(end - p))) != NULL) {
			/* <br>, <p> and the like part words: a tag is a
			 * space when one is next to it in the source */
			p = q + 1;
			continue;
		}
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = 1;
			p++;
			continue;
		}
		if (space && b.len > 0)
			buf_addc(&b, ' ');
		space = 0;
		if (*p == '&' && (n = pt_ref(p, end, &cp)) > 0) {
			if (cp == 0xa0 || cp == ' ')
				space = 1;
			else
				buf_add(&b, enc, utf8_encode(cp, enc));
			p += n;
			continue;
		}
		buf_addc(&b, *p++);
	}
	if (b.data == NULL)
		return xstrdup("");
	return buf_detach(&b);
}
