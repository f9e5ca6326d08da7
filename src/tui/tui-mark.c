/*
 * tui-mark: a search's words on the screen.  The words are taken from
 * the text typed (letters, digits and every non-ASCII byte, so CJK runs
 * stay whole), and marked wherever they occur, ASCII case folded: the
 * index matched them as words or the starts of words, and a prefix
 * marks the part of the word that matched.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tui/tui-int.h"

#define MARK_WORD(c)	((unsigned char)(c) >= 0x80 || \
			 ((c) >= '0' && (c) <= '9') || \
			 (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z'))

size_t
tui_search_words(const char *search, char ***words)
{
	const char *p = search;
	size_t n, nw = 0;

	*words = NULL;
	while (p != NULL && *p != '\0') {
		while (*p != '\0' && !MARK_WORD(*p))
			p++;
		for (n = 0; p[n] != '\0' && MARK_WORD(p[n]); n++)
			;
		if (n >= 2) {	/* one letter would mark half the screen */
			*words = xreallocarray(*words, nw + 1, sizeof **words);
			(*words)[nw++] = xstrndup(p, n);
		}
		p += n;
	}
	return nw;
}

void
tui_search_words_free(char ***words, size_t n)
{
	while (n > 0)
		free((*words)[--n]);
	free(*words);
	*words = NULL;
}

/* The first occurrence of any word in s[0, len) at or after from: its
 * offset (len when none) and length in *wl. */
static size_t
mark_next(const char *s, size_t from, size_t len, char *const *words,
    size_t nw, size_t *wl)
{
	size_t i, k, l;

	for (i = from; i < len; i++)
		for (k = 0; k < nw; k++) {
			l = strlen(words[k]);
			if (l > 0 && i + l <= len &&
			    strncasecmp(s + i, words[k], l) == 0) {
				*wl = l;
				return i;
			}
		}
	*wl = 0;
	return len;
}

int
text_put_marked(int y, int x, int w, const char *s, int attr, int mark,
    char *const *words, size_t nw)
{
	size_t len = strlen(s), at = 0, m, wl;
	int used = 0;

	while (at < len && used < w) {
		m = mark_next(s, at, len, words, nw, &wl);
		if (m > at)
			used += text_putn(y, x + used, w - used, s + at, m - at,
			    attr, 0);
		if (wl > 0 && used < w)
			used += text_putn(y, x + used, w - used, s + m, wl,
			    mark, 0);
		at = m + wl;
	}
	return used;
}
