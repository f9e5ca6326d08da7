/*
 * tui-input: reading the keyboard outside the main loop's key table — curses
 * input to key codes and a yes/no question on the message line (the line
 * prompt is tui-edit.c).
 */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/tui-int.h"

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
