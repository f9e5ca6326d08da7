/*
 * parse-fix: mends the commonest ill-formedness in feeds before libxml2
 * sees it, because libxml2's recovery drops the text instead:
 *   - a bare '&' (unescaped, as in URLs "?a=1&b=2") becomes "&amp;";
 *   - "&#X41;" (uppercase X) becomes "&#x41;";
 *   - "&name;" that is neither XML's, nor HTML's (our table), nor possibly
 *     declared (the document has an internal DTD subset) is kept as text;
 *     an HTML one (without a subset) becomes a character reference;
 *   - a '<' that cannot start markup ("a < b") becomes "&lt;".
 * CDATA sections, comments, processing instructions and the DTD are left
 * alone.  The DTD's end is found as libxml2 finds it (not at a ']' or '>'
 * inside a literal, comment or PI of the internal subset), and with a
 * subset each "&name;" of the body is counted for parse-ent's budget.  Works on the clean UTF-8 stream, chunk by chunk: bytes that
 * cannot be judged yet (an '&' near the end of a chunk) are held back.
 * Clean stretches are passed on without copying.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "parse/parse-int.h"

enum {
	FIX_TEXT = 0, FIX_CDATA, FIX_COMMENT, FIX_PI, FIX_DOCTYPE, FIX_SUBSET,
	FIX_LITERAL
};

static size_t	 pfix_find(const char *, size_t, size_t);
static int	 pfix_known(const char *, size_t, int, uint32_t *);
static int	 pfix_char_ok(const char *, const char *, int);

/* Index of the next '&' or '<' at or after i, or len. */
static size_t
pfix_find(const char *s, size_t i, size_t len)
{
	const uint64_t ones = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
	uint64_t w, a, l;

	while (i + 8 <= len) {
		memcpy(&w, s + i, 8);
		a = w ^ (ones * '&');
		l = w ^ (ones * '<');
		if ((((a - ones) & ~a) | ((l - ones) & ~l)) & hi)
			break;
		i += 8;
	}
	while (i < len && s[i] != '&' && s[i] != '<')
		i++;
	return i;
}

/* 1 if "&name;" stays a reference: XML's own, or (dtd) perhaps declared;
 * an HTML name also sets *cp, for the caller to write as "&#cp;" (libxml2
 * 2.9 copies only the first byte of an entity answered by getEntity into
 * an attribute value, 2.12 and later all of it: a character reference
 * reads the same everywhere). */
static int
pfix_known(const char *name, size_t n, int dtd, uint32_t *cp)
{
	const struct parse_entity *pe;
	char tmp[40];

	*cp = 0;
	if (dtd)
		return 1;
	if (n == 0 || n >= sizeof tmp)
		return 0;
	memcpy(tmp, name, n);
	tmp[n] = '\0';
	if (strcmp(tmp, "amp") == 0 || strcmp(tmp, "lt") == 0 ||
	    strcmp(tmp, "gt") == 0 || strcmp(tmp, "quot") == 0 ||
	    strcmp(tmp, "apos") == 0)
		return 1;
	if ((pe = parse_entity_find(tmp)) == NULL)
		return 0;
	*cp = pe->cp;
	return 1;
}

#define IS_ALPHA(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define IS_HEX(c) (IS_DIGIT(c) || ((c) >= 'a' && (c) <= 'f') || \
	((c) >= 'A' && (c) <= 'F'))
#define IS_NAME(c) (IS_ALPHA(c) || IS_DIGIT(c) || (c) == '.' || (c) == '-' || \
	(c) == '_' || (c) == ':' || (unsigned char)(c) >= 0x80)

/* Is the character reference with digits d..semi (hex or decimal) a Char
 * of XML 1.0 (TAB, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000 and up
 * to U+10FFFF)? */
static int
pfix_char_ok(const char *d, const char *semi, int hex)
{
	uint32_t v = 0;

	for (; d < semi; d++) {
		v = v * (hex ? 16 : 10) + (uint32_t)(IS_DIGIT(*d) ? *d - '0' :
		    (*d | 0x20) - 'a' + 10);
		if (v > 0x10FFFF)
			return 0;
	}
	return v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) ||
	    (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000;
}

void
pfix_feed(struct pfix *pf, const char *s, size_t len, int final,
    penc_emit_fn emit, void *arg)
{
	size_t i = 0, seg = 0, j, hold = (size_t)-1;
	const char *p, *term;
	uint32_t cp;

	if (pf->nhold > 0) {
		buf_reset(&pf->join);
		buf_add(&pf->join, pf->hold, pf->nhold);
		buf_add(&pf->join, s, len);
		pf->nhold = 0;
		s = pf->join.data;
		len = pf->join.len;
	}
	while (i < len) {
		switch (pf->state) {
		case FIX_TEXT:
			i = pfix_find(s, i, len);
			if (i >= len)
				break;
			if (s[i] == '<') {
				if (len - i < 9 && !final) {
					hold = i;
					i = len;
					break;
				}
				if (len - i >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0) {
					pf->state = FIX_CDATA;
					i += 9;
				} else if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
					pf->state = FIX_COMMENT;
					i += 4;
				} else if (len - i >= 9 &&
				    strncasecmp(s + i, "<!DOCTYPE", 9) == 0) {
					pf->state = FIX_DOCTYPE;
					i += 9;
				} else if (len - i >= 2 && s[i + 1] == '?') {
					pf->state = FIX_PI;
					i += 2;
				} else if (len - i >= 2 && !IS_ALPHA(s[i + 1]) &&
				    s[i + 1] != '/' && s[i + 1] != '!' &&
				    s[i + 1] != '_' && s[i + 1] != ':' &&
				    (unsigned char)s[i + 1] < 0x80) {
					/* "a < b" in text: no tag starts so */
					emit(arg, s + seg, i - seg);
					emit(arg, "&lt;", 4);
					seg = ++i;
				} else
					i++;
				break;
			}
			/* '&': a reference, or text that needs escaping? */
			j = i + 1;
			if (j < len && s[j] == '#') {
				size_t x = 0;

				j++;
				if (j < len && (s[j] == 'x' || s[j] == 'X')) {
					x = j++;
					while (j < len && IS_HEX(s[j]))
						j++;
				} else {
					while (j < len && IS_DIGIT(s[j]))
						j++;
				}
				if (j >= len && !final && len - i < 40) {
					hold = i;
					i = len;
					break;
				}
				if (j < len && s[j] == ';' && j > (x ? x : i + 1) + 1) {
					if (!pfix_char_ok(s + (x ? x + 1 : i + 2),
					    s + j, x != 0)) {
						/* not a character XML allows:
						 * dropped (what libxml2 2.9
						 * does; 2.12 and later keep
						 * it in recovery mode) */
						emit(arg, s + seg, i - seg);
						seg = i = j + 1;
						break;
					}
					if (x != 0 && s[x] == 'X') {
						emit(arg, s + seg, x - seg);
						emit(arg, "x", 1);
						seg = x + 1;
					}
					i = j + 1;
					break;
				}
			} else if (j < len && (IS_ALPHA(s[j]) || s[j] == '_' ||
			    s[j] == ':')) {
				while (j < len && IS_NAME(s[j]) && j - i < 40)
					j++;
				if (j >= len && !final && len - i < 40) {
					hold = i;
					i = len;
					break;
				}
				if (j < len && s[j] == ';' &&
				    pfix_known(s + i + 1, j - i - 1, pf->dtd,
				    &cp)) {
					if (pf->dtd && pf->ent != NULL)
						pent_ref(pf->ent, s + i + 1,
						    j - i - 1);
					if (cp != 0) {
						char num[16];

						emit(arg, s + seg, i - seg);
						emit(arg, num, (size_t)snprintf(
						    num, sizeof num, "&#%u;",
						    (unsigned)cp));
						seg = j + 1;
					}
					i = j + 1;
					break;
				}
			} else if (j >= len && !final) {
				hold = i;
				i = len;
				break;
			}
			emit(arg, s + seg, i + 1 - seg);
			emit(arg, "amp;", 4);
			seg = i + 1;
			i++;
			break;
		case FIX_CDATA:
		case FIX_COMMENT:
		case FIX_PI:
			term = pf->state == FIX_CDATA ? "]]>" :
			    pf->state == FIX_COMMENT ? "-->" : "?>";
			/* memchr on the terminator's last byte beats memmem
			 * for these short needles. */
			p = NULL;
			for (j = i + strlen(term) - 1; j < len; j++) {
				const char *q = memchr(s + j, '>', len - j);

				if (q == NULL)
					break;
				j = q - s;
				if (j - i + 1 >= strlen(term) &&
				    memcmp(q - strlen(term) + 1, term,
				    strlen(term)) == 0) {
					p = q - strlen(term) + 1;
					break;
				}
			}
			if (p != NULL) {
				i = p - s + strlen(term);
				pf->state = pf->in_subset ? FIX_SUBSET : FIX_TEXT;
			} else {
				/* The terminator may straddle the boundary. */
				if (!final && len - i > 2)
					hold = len - 2;
				else if (!final)
					hold = i;
				i = len;
			}
			break;
		case FIX_DOCTYPE:
			while (i < len && s[i] != '[' && s[i] != '>' &&
			    s[i] != '"' && s[i] != '\'')
				i++;
			if (i >= len)
				break;
			if (s[i] == '[') {
				pf->dtd = 1;
				pf->in_subset = 1;
				pf->state = FIX_SUBSET;
			} else if (s[i] == '>')
				pf->state = FIX_TEXT;
			else {
				pf->quote = s[i];
				pf->state = FIX_LITERAL;
			}
			i++;
			break;
		case FIX_SUBSET:
			while (i < len && s[i] != ']' && s[i] != '"' &&
			    s[i] != '\'' && s[i] != '<')
				i++;
			if (i >= len)
				break;
			if (s[i] == '<') {
				if (len - i < 4 && !final) {
					hold = i;
					i = len;
				} else if (len - i >= 4 &&
				    memcmp(s + i, "<!--", 4) == 0) {
					pf->state = FIX_COMMENT;
					i += 4;
				} else if (len - i >= 2 && s[i + 1] == '?') {
					pf->state = FIX_PI;
					i += 2;
				} else
					i++;
				break;
			}
			if (s[i] == ']') {
				pf->in_subset = 0;
				pf->state = FIX_DOCTYPE;
			} else {
				pf->quote = s[i];
				pf->state = FIX_LITERAL;
			}
			i++;
			break;
		case FIX_LITERAL:
			p = memchr(s + i, pf->quote, len - i);
			if (p == NULL) {
				i = len;
				break;
			}
			i = p - s + 1;
			pf->state = pf->in_subset ? FIX_SUBSET : FIX_DOCTYPE;
			break;
		}
	}
	if (hold != (size_t)-1 && hold < seg)
		hold = seg;
	if (hold != (size_t)-1) {
		if (hold > seg)
			emit(arg, s + seg, hold - seg);
		/* s may point into pf->join: copy out first. */
		pf->nhold = len - hold;
		memmove(pf->hold, s + hold, pf->nhold);
	} else if (len > seg)
		emit(arg, s + seg, len - seg);
}

void
pfix_free(struct pfix *pf)
{
	buf_free(&pf->join);
}
