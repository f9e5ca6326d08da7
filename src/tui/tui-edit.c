/*
 * tui-edit: the line editor every prompt uses, and its history.  The line
 * is wide characters, so the cursor moves and deletes by character and is
 * placed by display width (text_widthn, what text_put draws); a line
 * wider than the screen scrolls to keep the cursor in sight.  History is
 * kept per prompt kind (a name; by default the prompt's label) for the
 * session: Up and Down walk it, the line being typed kept as its newest
 * entry.
 */
#include "config.h"

#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tui/tui-int.h"

#define EDIT_MAX	256	/* characters a line takes */
#define HIST_KINDS	16	/* prompt kinds remembered */
#define HIST_MAX	100	/* lines per kind */

struct hist {
	char	*kind;
	char	**lines;	/* oldest first */
	size_t	 n;
};

static struct hist hists[HIST_KINDS];

static void	 edit_insert(struct tui_edit *e, wchar_t wc);
static void	 edit_set(struct tui_edit *e, const char *s);
static struct hist *hist_get(const char *kind);
static void	 hist_add(struct hist *h, const char *line);
static void	 edit_draw(const struct tui_edit *e, const char *label);

static void
edit_insert(struct tui_edit *e, wchar_t wc)
{
	if (e->len + 1 >= EDIT_MAX)
		return;
	memmove(e->buf + e->cur + 1, e->buf + e->cur,
	    (e->len - e->cur) * sizeof *e->buf);
	e->buf[e->cur++] = wc;
	e->len++;
}

/* Delete [from, to) of the line; the cursor goes to from. */
static void
edit_cut(struct tui_edit *e, size_t from, size_t to)
{
	memmove(e->buf + from, e->buf + to, (e->len - to) * sizeof *e->buf);
	e->len -= to - from;
	e->cur = from;
}

static void
edit_set(struct tui_edit *e, const char *s)
{
	size_t n = mbstowcs(e->buf, s, EDIT_MAX - 1);

	e->len = e->cur = n == (size_t)-1 ? 0 : n;
}

void
tui_edit_init(struct tui_edit *e)
{
	memset(e, 0, sizeof *e);
	e->buf = xcalloc(EDIT_MAX, sizeof *e->buf);
	e->hpos = (size_t)-1;
}

void
tui_edit_free(struct tui_edit *e)
{
	free(e->buf);
	free(e->draft);
	e->buf = NULL;
	e->draft = NULL;
}

char *
tui_edit_text(const struct tui_edit *e)
{
	char *out = xmalloc(e->len * MB_LEN_MAX + 1);
	size_t i, o = 0;
	int k;

	for (i = 0; i < e->len; i++) {
		if ((k = wctomb(out + o, e->buf[i])) <= 0)
			continue;	/* not in the locale: left out */
		o += k;
	}
	out[o] = '\0';
	return out;
}

/* A history step: dir -1 older, +1 newer; the line typed is kept as the
 * draft and comes back past the newest. */
static void
edit_hist(struct tui_edit *e, struct hist *h, int dir)
{
	size_t pos = e->hpos == (size_t)-1 ? h->n : e->hpos;

	if ((dir < 0 && pos == 0) || (dir > 0 && pos >= h->n))
		return;
	if (pos == h->n) {
		free(e->draft);
		e->draft = tui_edit_text(e);
	}
	pos += dir;
	e->hpos = pos == h->n ? (size_t)-1 : pos;
	edit_set(e, pos == h->n ? (e->draft != NULL ? e->draft : "") :
	    h->lines[pos]);
}

int
tui_edit_key(struct tui_edit *e, int key, const char *kind)
{
	struct hist *h = kind != NULL ? hist_get(kind) : NULL;
	size_t i;

	switch (key) {
	case CK_ENTER:
		return 1;
	case CK_ESC:
	case 7:			/* ^G */
		return -1;
	case CK_LEFT:
	case 2:			/* ^B */
		if (e->cur > 0)
			e->cur--;
		break;
	case CK_RIGHT:
	case 6:			/* ^F */
		if (e->cur < e->len)
			e->cur++;
		break;
	case CK_HOME:
	case 1:			/* ^A */
		e->cur = 0;
		break;
	case CK_END:
	case 5:			/* ^E */
		e->cur = e->len;
		break;
	case CK_BACKSPACE:
		if (e->cur > 0)
			edit_cut(e, e->cur - 1, e->cur);
		break;
	case CK_DELETE:
	case 4:			/* ^D */
		if (e->cur < e->len)
			edit_cut(e, e->cur, e->cur + 1);
		break;
	case 21:		/* ^U: to the start */
		edit_cut(e, 0, e->cur);
		break;
	case 11:		/* ^K: to the end */
		e->len = e->cur;
		break;
	case 23:		/* ^W: the word before the cursor */
		i = e->cur;
		while (i > 0 && iswspace((wint_t)e->buf[i - 1]))
			i--;
		while (i > 0 && !iswspace((wint_t)e->buf[i - 1]))
			i--;
		edit_cut(e, i, e->cur);
		break;
	case CK_UP:
	case 16:		/* ^P */
		if (h != NULL)
			edit_hist(e, h, -1);
		break;
	case CK_DOWN:
	case 14:		/* ^N */
		if (h != NULL)
			edit_hist(e, h, 1);
		break;
	default:
		if (key >= 0x20 && key != 0x7f && key < 0x110000 &&
		    !(key >= 0x80 && key < 0xa0))
			edit_insert(e, (wchar_t)key);
		break;
	}
	return 0;
}

static struct hist *
hist_get(const char *kind)
{
	size_t i;

	for (i = 0; i < HIST_KINDS && hists[i].kind != NULL; i++)
		if (strcmp(hists[i].kind, kind) == 0)
			return &hists[i];
	if (i == HIST_KINDS)
		return NULL;	/* full: this kind goes unremembered */
	hists[i].kind = xstrdup(kind);
	return &hists[i];
}

static void
hist_add(struct hist *h, const char *line)
{
	if (h == NULL || *line == '\0' ||
	    (h->n > 0 && strcmp(h->lines[h->n - 1], line) == 0))
		return;
	if (h->n == HIST_MAX) {
		free(h->lines[0]);
		memmove(h->lines, h->lines + 1, --h->n * sizeof *h->lines);
	} else
		h->lines = xreallocarray(h->lines, h->n + 1,
		    sizeof *h->lines);
	h->lines[h->n++] = xstrdup(line);
}

void
tui_edit_remember(const char *kind, const char *line)
{
	hist_add(hist_get(kind), line);
}

void
tui_edit_forget(void)
{
	size_t i;

	for (i = 0; i < HIST_KINDS; i++) {
		while (hists[i].n > 0)
			free(hists[i].lines[--hists[i].n]);
		free(hists[i].lines);
		free(hists[i].kind);
		memset(&hists[i], 0, sizeof hists[i]);
	}
}

/* The label, then as much of the line as fits with the cursor in sight:
 * the line's start scrolls out when the cursor would pass the edge. */
static void
edit_draw(const struct tui_edit *e, const char *label)
{
	struct tui_edit v = *e;
	char *s, *pre;
	int lw, room, cx;
	size_t from = 0;

	move(LINES - 1, 0);
	clrtoeol();
	lw = text_put(LINES - 1, 0, COLS - 1, label, A_BOLD, 0);
	room = COLS - lw - 1;
	for (;;) {
		v.buf = e->buf + from;
		v.len = e->cur - from;
		pre = tui_edit_text(&v);
		cx = text_width(pre);
		free(pre);
		if (cx < room || from >= e->cur)
			break;
		from++;
	}
	v.buf = e->buf + from;
	v.len = e->len - from;
	s = tui_edit_text(&v);
	text_put(LINES - 1, lw, room, s, A_NORMAL, 0);
	free(s);
	move(LINES - 1, lw + (cx < room ? cx : room));
}

char *
tui_prompt_kind(const char *label, const char *kind)
{
	struct tui_edit e;
	char *out = NULL;
	wint_t wc;
	int r, done = 0;

	tui_edit_init(&e);
	timeout(-1);
	curs_set(1);
	while (!done) {
		edit_draw(&e, label);
		refresh();
		r = get_wch(&wc);
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES && wc == KEY_RESIZE) {
			tui_draw();
			continue;
		}
		if (tui_stopping())
			break;
		done = tui_edit_key(&e, tui_key_code(r, wc), kind);
	}
	curs_set(0);
	if (done == 1) {
		out = tui_edit_text(&e);
		tui_edit_remember(kind, out);
	}
	tui_edit_free(&e);
	return out;
}

char *
tui_prompt(const char *label)
{
	return tui_prompt_kind(label, label);
}
