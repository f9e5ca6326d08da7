/*
 * tui-text: the one door from strings to the screen.  Feed text is hostile,
 * so every string is decoded here character by character: C0/C1 controls,
 * ESC (and with it every escape sequence, OSC 52 and OSC 8 included), DEL
 * and bidi overrides/isolates are dropped, invalid UTF-8 becomes U+FFFD,
 * and widths come from wcwidth so truncation never splits a wide cell.
 * Text is UTF-8 whatever the locale: in another one it is decoded here
 * and what the locale cannot show becomes '?' (never a blank cell).
 * render_sanitize() has usually cleaned the text already; this is the
 * second line of defence and also the width-aware clipper.
 *
 * Drawing, measuring and cutting to a column all walk the string with ONE
 * iterator (text_cells), so the width text_width reports is always the
 * number of cells text_put draws.
 */
#include "config.h"

#include <curses.h>
#include <langinfo.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/utf8.h"
#include "render/lib.h"
#include "tui/tui-int.h"

#define TEXT_CHUNK 256

/* Characters on their way to addnwstr, in chunks. */
struct text_out {
	wchar_t	 buf[TEXT_CHUNK];
	size_t	 k;
};

static int	text_bad(wchar_t wc);
static size_t	text_next(const char *s, size_t n, wchar_t *wc, int utf8);
static void	text_emit(void *arg, wchar_t wc);
static void	text_flush(struct text_out *o);

/* Characters that must never reach the terminal as they are. */
static int
text_bad(wchar_t wc)
{
	if (wc < 0x20 || (wc >= 0x7f && wc < 0xa0))
		return 1;
	if ((wc >= 0x202a && wc <= 0x202e) || (wc >= 0x2066 && wc <= 0x2069))
		return 1;
	if (wc == 0x200e || wc == 0x200f || wc == 0x061c)
		return 1;
	return 0;
}

/* Decode one character of s[0..n); returns the bytes used (at least 1).
 * Outside a UTF-8 locale the code point itself (wchar_t is UCS-4 in the
 * C libraries tidings runs on). */
static size_t
text_next(const char *s, size_t n, wchar_t *wc, int utf8)
{
	mbstate_t ps;
	uint32_t cp;
	size_t r;

	if (!utf8) {
		r = utf8_decode(s, n, &cp);
		*wc = (wchar_t)cp;
		return r;
	}
	memset(&ps, 0, sizeof ps);
	r = mbrtowc(wc, s, n, &ps);
	if (r == (size_t)-1 || r == (size_t)-2) {
		*wc = 0xfffd;
		return 1;
	}
	if (r == 0) {
		*wc = 0;
		return 1;
	}
	return r;
}

int
text_cells(const char *raw, size_t n, int w, text_cell_fn fn, void *arg)
{
	size_t i = 0;
	int used = 0, cw, utf8;
	wchar_t wc;
	char *s, mb[MB_LEN_MAX];

	if (raw == NULL || w <= 0)
		return 0;
	utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	/* render_sanitize first (the project's one definition of safe
	 * text); the checks below are the belt to its braces */
	s = render_sanitize(raw, n);
	n = strlen(s);
	while (i < n) {
		i += text_next(s + i, n - i, &wc, utf8);
		if (wc == L'\t' || wc == L'\n')
			wc = L' ';
		if (text_bad(wc))
			continue;
		cw = wcwidth(wc);
		/* not in this locale's character set: a '?' shows it */
		if (!utf8 && wc >= 0x80 && (cw < 0 || wctomb(mb, wc) < 0)) {
			wc = L'?';
			cw = 1;
		}
		if (cw < 0) {
			wc = 0xfffd;
			cw = 1;
		}
		if (used + cw > w)
			break;
		/* a combining mark with nothing before it would glue onto
		 * whatever the screen holds there */
		if (cw == 0 && used == 0)
			continue;
		if (fn != NULL)
			fn(arg, wc);
		used += cw;
	}
	free(s);
	return used;
}

static void
text_flush(struct text_out *o)
{
	if (o->k > 0)
		addnwstr(o->buf, (int)o->k);
	o->k = 0;
}

static void
text_emit(void *arg, wchar_t wc)
{
	struct text_out *o = arg;

	o->buf[o->k++] = wc;
	if (o->k == TEXT_CHUNK)
		text_flush(o);
}

int
text_putn(int y, int x, int w, const char *s, size_t n, int attr, int pad)
{
	struct text_out o;
	int used;

	if (w <= 0)
		return 0;
	o.k = 0;
	attrset(attr);
	move(y, x);
	used = text_cells(s, n, w, text_emit, &o);
	text_flush(&o);
	if (pad) {
		for (; used < w; used++)
			addch(' ');
	}
	attrset(A_NORMAL);
	return used;
}

int
text_put(int y, int x, int w, const char *s, int attr, int pad)
{
	return text_putn(y, x, w, s, s == NULL ? 0 : strlen(s), attr, pad);
}

int
text_widthn(const char *s, size_t n)
{
	return text_cells(s, n, INT_MAX, NULL, NULL);
}

int
text_width(const char *s)
{
	return text_widthn(s, s == NULL ? 0 : strlen(s));
}

char *
text_clean(const char *s)
{
	if (s == NULL)
		return xstrdup("");
	return render_sanitize(s, strlen(s));
}

int
text_put_col(int y, int x, int w, const char *s, int attr)
{
	int used;

	if (w <= 0)
		return 0;
	if (text_width(s) <= w)
		return text_put(y, x, w, s, attr, 1);
	/* too long: as much as fits in w - 1, an ellipsis, padding where a
	 * wide character did not fit */
	used = text_put(y, x, w - 1, s, attr, 0);
	attrset(attr);
	addnwstr(MB_CUR_MAX > 1 ? L"\u2026" : L"~", 1);
	for (used++; used < w; used++)
		addch(' ');
	attrset(A_NORMAL);
	return w;
}
