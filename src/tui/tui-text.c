/*
 * tui-text: the one door from strings to the screen.  Feed text is hostile,
 * so every string is decoded here character by character: C0/C1 controls,
 * ESC (and with it every escape sequence, OSC 52 and OSC 8 included), DEL
 * and bidi overrides/isolates are dropped, invalid UTF-8 becomes U+FFFD,
 * and widths come from wcwidth so truncation never splits a wide cell.
 * render_sanitize() has usually cleaned the text already; this is the
 * second line of defence and also the width-aware clipper.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "render/lib.h"
#include "tui/tui-int.h"

#define TEXT_CHUNK 256

static int	text_bad(wchar_t wc);
static size_t	text_next(const char *s, size_t n, wchar_t *wc);

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

/* Decode one character of s[0..n); returns the bytes used (at least 1). */
static size_t
text_next(const char *s, size_t n, wchar_t *wc)
{
	mbstate_t ps;
	size_t r;

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
text_putn(int y, int x, int w, const char *raw, size_t n, int attr, int pad)
{
	wchar_t out[TEXT_CHUNK];
	size_t i = 0, k = 0;
	int used = 0, cw;
	wchar_t wc;
	char *s;

	if (w <= 0)
		return 0;
	/* render_sanitize first (the project's one definition of safe
	 * text); the loop below is the belt to its braces */
	s = raw != NULL ? render_sanitize(raw, n) : NULL;
	n = s != NULL ? strlen(s) : 0;
	attrset(attr);
	move(y, x);
	while (s != NULL && i < n) {
		i += text_next(s + i, n - i, &wc);
		if (wc == L'\t' || wc == L'\n')
			wc = L' ';
		if (text_bad(wc))
			continue;
		cw = wcwidth(wc);
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
		out[k++] = wc;
		used += cw;
		if (k == TEXT_CHUNK) {
			addnwstr(out, (int)k);
			k = 0;
		}
	}
	if (k > 0)
		addnwstr(out, (int)k);
	if (pad) {
		for (; used < w; used++)
			addch(' ');
	}
	attrset(A_NORMAL);
	free(s);
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
	size_t i = 0;
	int used = 0, cw;
	wchar_t wc;

	while (s != NULL && i < n) {
		i += text_next(s + i, n - i, &wc);
		if (wc == L'\t' || wc == L'\n')
			wc = L' ';
		if (text_bad(wc))
			continue;
		cw = wcwidth(wc);
		used += cw < 0 ? 1 : cw;
	}
	return used;
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
	char *clean, *cut;

	if (w <= 0)
		return 0;
	clean = text_clean(s);
	cut = render_truncate(clean, w);
	text_put(y, x, w, cut, attr, 1);
	free(cut);
	free(clean);
	return w;
}
