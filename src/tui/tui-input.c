/*
 * tui-input: reading the keyboard outside the main loop's key table — curses
 * input to key codes, a yes/no question and a line prompt on the message
 * line.
 */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/tui-int.h"

#define TUI_PROMPT_MAX	256	/* characters a prompt takes */

/* curses input -> conf/config.h key codes. */
int
tui_key_code(int r, wint_t wc)
{
	if (r == OK) {
		if (wc == L'\n' || wc == L'\r')
			return CK_ENTER;
		if (wc == 127 || wc == 8)
			return CK_BACKSPACE;
		if (wc == 27)
			return CK_ESC;
		return (int)wc;
	}
	switch (wc) {
	case KEY_ENTER:
		return CK_ENTER;
	case KEY_UP:
		return CK_UP;
	case KEY_DOWN:
		return CK_DOWN;
	case KEY_LEFT:
		return CK_LEFT;
	case KEY_RIGHT:
		return CK_RIGHT;
	case KEY_PPAGE:
		return CK_PPAGE;
	case KEY_NPAGE:
		return CK_NPAGE;
	case KEY_HOME:
		return CK_HOME;
	case KEY_END:
		return CK_END;
	case KEY_BACKSPACE:
		return CK_BACKSPACE;
	case KEY_DC:
		return CK_DELETE;
	case KEY_IC:
		return CK_INSERT;
	default:
		if (wc >= KEY_F(1) && wc <= KEY_F(12))
			return CK_F1 + (int)(wc - KEY_F(1));
		return -1;
	}
}

int
tui_confirm(const char *question)
{
	wint_t wc;
	int r;

	tui_message(0, "%s", question);
	tui_draw();
	timeout(-1);
	r = get_wch(&wc);
	free(tui.msg);
	tui.msg = NULL;
	if (r != OK)
		return 0;
	/* y always means yes; so does the locale's own yes (j in German) */
	{
		char mb[MB_LEN_MAX + 1];
		int n = wctomb(mb, (wchar_t)wc);

		if (n <= 0)
			return 0;
		mb[n] = '\0';
		return wc == L'y' || wc == L'Y' || rpmatch(mb) == 1;
	}
}

char *
tui_prompt(const char *label)
{
	wchar_t in[TUI_PROMPT_MAX];
	char out[TUI_PROMPT_MAX * MB_LEN_MAX + 1];
	size_t n = 0;
	int r, lw, x;
	wint_t wc;

	timeout(-1);
	curs_set(1);
	for (;;) {
		move(LINES - 1, 0);
		clrtoeol();
		lw = text_put(LINES - 1, 0, COLS - 1, label, A_BOLD, 0);
		in[n] = L'\0';
		wcstombs(out, in, sizeof out);
		out[sizeof out - 1] = '\0';
		x = lw + text_put(LINES - 1, lw, COLS - lw - 1, out, A_NORMAL,
		    0);
		move(LINES - 1, x);
		refresh();
		r = get_wch(&wc);
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && wc == KEY_RESIZE) {
			tui_draw();
			continue;
		}
		if ((r == OK && wc == 27) || tui_stopping()) {
			curs_set(0);
			return NULL;
		}
		if ((r == OK && (wc == L'\n' || wc == L'\r')) ||
		    (r == KEY_CODE_YES && wc == KEY_ENTER))
			break;
		if ((r == OK && (wc == 127 || wc == 8)) ||
		    (r == KEY_CODE_YES && wc == KEY_BACKSPACE)) {
			if (n > 0)
				n--;
			continue;
		}
		if (r == OK && wc == 21) {	/* ^U */
			n = 0;
			continue;
		}
		if (r == OK && wc >= 0x20 && wc != 0x7f &&
		    n + 1 < TUI_PROMPT_MAX)
			in[n++] = (wchar_t)wc;
	}
	curs_set(0);
	in[n] = L'\0';
	if (wcstombs(out, in, sizeof out) == (size_t)-1)
		return NULL;
	out[sizeof out - 1] = '\0';
	return xstrdup(out);
}
