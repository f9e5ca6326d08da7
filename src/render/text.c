/*
 * text: UTF-8 decoding, display widths and the terminal sanitiser for
 * src/render/, plus the public render_sanitize/render_width/
 * render_truncate.  Feed text is hostile: whatever comes out of here can
 * be written to a terminal without it interpreting anything.
 */
#include "config.h"

#include <langinfo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/lib.h"
#include "render/lib.h"
#include "render/render-int.h"

static int	 rd_fallback_width(uint32_t cp);

/* Code points never passed to the terminal: base/utf8's one list. */
int
rd_forbidden(uint32_t cp)
{
	return utf8_unsafe(cp);
}

/*
 * Whether LC_CTYPE's codeset is UTF-8.  Asked for every wide character,
 * so the answer is cached per thread against nl_langinfo()'s pointer,
 * which changes when setlocale() switches the codeset.
 */
int
rd_utf8_locale(void)
{
	static __thread const char *last;
	static __thread int answer;
	const char *cs = nl_langinfo(CODESET);

	if (cs != last || cs == NULL) {
		answer = cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
		    strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0);
		last = cs;
	}
	return answer;
}

/* Widths when the C library cannot tell (non-UTF-8 locale, unassigned). */
static int
rd_fallback_width(uint32_t cp)
{
	static const uint32_t zero[][2] = {
		{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
		{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0e31, 0x0e31 },
		{ 0x0e34, 0x0e3a }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff },
		{ 0x200b, 0x200f }, { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f },
		{ 0xfe20, 0xfe2f }, { 0xe0100, 0xe01ef },
	};
	static const uint32_t wide[][2] = {
		{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
		{ 0x23e9, 0x23ec }, { 0x25fd, 0x25fe }, { 0x2614, 0x2615 },
		{ 0x2648, 0x2653 }, { 0x26a1, 0x26a1 }, { 0x26aa, 0x26ab },
		{ 0x26bd, 0x26be }, { 0x26c4, 0x26c5 }, { 0x26d4, 0x26d4 },
		{ 0x26ea, 0x26ea }, { 0x26f2, 0x26f5 }, { 0x26fa, 0x26fd },
		{ 0x2705, 0x2705 }, { 0x270a, 0x270b }, { 0x2728, 0x2728 },
		{ 0x274c, 0x274c }, { 0x2753, 0x2757 }, { 0x2795, 0x2797 },
		{ 0x27b0, 0x27b0 }, { 0x2b1b, 0x2b1c }, { 0x2b50, 0x2b55 },
		{ 0x2e80, 0x303e }, { 0x3041, 0x33ff }, { 0x3400, 0x4dbf },
		{ 0x4e00, 0x9fff }, { 0xa000, 0xa4cf }, { 0xa960, 0xa97f },
		{ 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe10, 0xfe19 },
		{ 0xfe30, 0xfe6f }, { 0xff00, 0xff60 }, { 0xffe0, 0xffe6 },
		{ 0x16fe0, 0x18cff }, { 0x1b000, 0x1b2ff }, { 0x1f004, 0x1f004 },
		{ 0x1f0cf, 0x1f0cf }, { 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a },
		{ 0x1f200, 0x1f251 }, { 0x1f300, 0x1f320 }, { 0x1f32d, 0x1f335 },
		{ 0x1f337, 0x1f37c }, { 0x1f37e, 0x1f393 }, { 0x1f3a0, 0x1f3ca },
		{ 0x1f3cf, 0x1f3d3 }, { 0x1f3e0, 0x1f3f0 }, { 0x1f3f4, 0x1f3f4 },
		{ 0x1f3f8, 0x1f43e }, { 0x1f440, 0x1f440 }, { 0x1f442, 0x1f4fc },
		{ 0x1f4ff, 0x1f53d }, { 0x1f54b, 0x1f54e }, { 0x1f550, 0x1f567 },
		{ 0x1f57a, 0x1f57a }, { 0x1f595, 0x1f596 }, { 0x1f5a4, 0x1f5a4 },
		{ 0x1f5fb, 0x1f64f }, { 0x1f680, 0x1f6c5 }, { 0x1f6cc, 0x1f6cc },
		{ 0x1f6d0, 0x1f6d2 }, { 0x1f6d5, 0x1f6d7 }, { 0x1f6eb, 0x1f6ec },
		{ 0x1f6f4, 0x1f6fc }, { 0x1f7e0, 0x1f7eb }, { 0x1f90c, 0x1f93a },
		{ 0x1f93c, 0x1f945 }, { 0x1f947, 0x1f9ff }, { 0x1fa70, 0x1faff },
		{ 0x20000, 0x2fffd }, { 0x30000, 0x3fffd },
	};
	size_t i;

	for (i = 0; i < sizeof zero / sizeof zero[0]; i++)
		if (cp >= zero[i][0] && cp <= zero[i][1])
			return 0;
	for (i = 0; i < sizeof wide / sizeof wide[0]; i++)
		if (cp >= wide[i][0] && cp <= wide[i][1])
			return 2;
	return 1;
}

/*
 * Display width of one (allowed) code point.  The C library's wcwidth()
 * is what ncurses uses to place cells, so agree with it whenever it
 * knows the character; fall back to our table otherwise.
 */
int
rd_cpwidth(uint32_t cp)
{
	int w;

	if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
		return 0;
	if (cp < 0x7f)
		return 1;
	if (sizeof(wchar_t) >= 4 && rd_utf8_locale()) {
		w = wcwidth((wchar_t)cp);
		if (w >= 0)
			return w;
	}
	return rd_fallback_width(cp);
}

int
rd_width(const char *s, size_t len)
{
	uint32_t cp;
	size_t i = 0;
	int w = 0;

	while (i < len) {
		i += utf8_decode(s + i, len - i, &cp);
		w += rd_cpwidth(cp);
	}
	return w;
}

/*
 * Length of the escape sequence starting at s[i] (ESC, or a C1 CSI/OSC/
 * DCS... already decoded when c1 is its code point, with s[i] its first
 * byte).  Sequences are dropped whole so that no "]52;c;..." debris is
 * left; an unterminated string sequence drops only its introducer.
 */
size_t
rd_skip_escape(const char *s, size_t len, size_t i, int c1)
{
	size_t j, intro;
	unsigned char c;
	int kind;

	if (c1 == 0) {
		if (i + 1 >= len)
			return 1;
		c = (unsigned char)s[i + 1];
		intro = 2;
		if (c == '[')
			kind = '[';
		else if (c == ']' || c == 'P' || c == 'X' || c == '^' ||
		    c == '_')
			kind = ']';
		else if (c >= 0x20 && c <= 0x2f) {
			/* ESC intermediate... final (e.g. ESC ( B). */
			for (j = i + 1; j < len; j++) {
				c = (unsigned char)s[j];
				if (c < 0x20 || c > 0x2f)
					break;
			}
			return j < len && s[j] >= 0x30 && s[j] <= 0x7e ?
			    j + 1 - i : j - i;
		} else if (c >= 0x30 && c <= 0x7e)
			return 2;
		else
			return 1;
	} else {
		intro = 2;	/* C1 controls are two bytes in UTF-8 */
		kind = c1 == 0x9b ? '[' : ']';
	}
	if (kind == '[') {
		/* CSI: parameters/intermediates 0x20-0x3f, final 0x40-0x7e. */
		for (j = i + intro; j < len; j++) {
			c = (unsigned char)s[j];
			if (c >= 0x40 && c <= 0x7e)
				return j + 1 - i;
			if (c < 0x20 || c > 0x3f)
				return j - i;
		}
		return len - i;
	}
	/* String: up to BEL, ESC \, or C1 ST, capped. */
	for (j = i + intro; j < len && j - i < 4096; j++) {
		c = (unsigned char)s[j];
		if (c == 0x07)
			return j + 1 - i;
		if (c == 0x1b)
			return j + 1 < len && s[j + 1] == '\\' ? j + 2 - i :
			    j - i;
		if (c == 0xc2 && j + 1 < len &&
		    (unsigned char)s[j + 1] == 0x9c)
			return j + 2 - i;
	}
	return intro;
}

void
rd_sanitize_buf(struct buf *b, const char *s, size_t len, int mode, int *col)
{
	uint32_t cp;
	char u8[4];
	size_t i = 0, n, j;
	int c = col != NULL ? *col : 0, k, track = col != NULL;

	buf_grow(b, len);
	while (i < len) {
		/* Fast path: a run of printable ASCII is copied as is. */
		for (j = i; j < len && (unsigned char)s[j] >= 0x20 &&
		    (unsigned char)s[j] < 0x7f; j++)
			/* nothing */;
		if (j > i) {
			buf_add(b, s + i, j - i);
			c += (int)(j - i);
			i = j;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (cp == 0x1b) {
			i += rd_skip_escape(s, len, i, 0);
			continue;
		}
		if (cp == 0x9b || cp == 0x9d || cp == 0x90 || cp == 0x98 ||
		    cp == 0x9e || cp == 0x9f) {
			i += rd_skip_escape(s, len, i, (int)cp);
			continue;
		}
		if (cp == '\t') {
			i += n;
			if (mode == RS_PRE) {
				k = 8 - c % 8;
				c += k;
				while (k-- > 0)
					buf_addc(b, ' ');
			} else {
				buf_addc(b, ' ');
				c++;
			}
			continue;
		}
		if (cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') {
			i += n;
			if (mode == RS_ONELINE) {
				buf_addc(b, ' ');
				c++;
			} else if (cp == '\n') {
				buf_addc(b, '\n');
				c = 0;
			}
			continue;
		}
		if (rd_forbidden(cp)) {
			i += n;
			continue;
		}
		/* Valid sequences are copied; only errors are re-encoded. */
		if (cp == 0xfffd)
			buf_add(b, u8, utf8_encode(cp, u8));
		else
			buf_add(b, s + i, n);
		i += n;
		if (track)
			c += rd_cpwidth(cp);
	}
	/* buf_grow() above does not terminate; nothing may have been added. */
	b->data[b->len] = '\0';
	if (col != NULL)
		*col = c;
}

char *
render_sanitize(const char *s, size_t len)
{
	struct buf b = BUF_INIT;

	if (s != NULL)
		rd_sanitize_buf(&b, s, len, RS_ONELINE, NULL);
	return buf_detach(&b);
}

int
render_width(const char *utf8)
{
	if (utf8 == NULL)
		return 0;
	return rd_width(utf8, strlen(utf8));
}

char *
render_truncate(const char *s, int width)
{
	struct buf b = BUF_INIT;
	const char *ell;
	size_t len, i = 0, n;
	uint32_t cp;
	int w = 0, cw, ew;

	if (s == NULL)
		s = "";
	if (width < 0)
		width = 0;
	len = strlen(s);
	if (rd_width(s, len) <= width) {
		buf_add(&b, s, len);
		w = rd_width(s, len);
	} else {
		if (rd_utf8_locale()) {
			ell = "…";
			ew = 1;
		} else {
			ell = "~";
			ew = 1;
		}
		if (width < ew)
			ell = "", ew = 0;
		while (i < len) {
			n = utf8_decode(s + i, len - i, &cp);
			cw = rd_cpwidth(cp);
			if (w + cw > width - ew)
				break;
			buf_add(&b, s + i, n);
			w += cw;
			i += n;
		}
		buf_adds(&b, ell);
		w += ew;
	}
	while (w < width) {
		buf_addc(&b, ' ');
		w++;
	}
	return buf_detach(&b);
}
