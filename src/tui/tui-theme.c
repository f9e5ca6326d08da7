/*
 * tui-theme: the config's `color` lines -> curses attributes, one colour
 * pair per element.  On a terminal without colour (TERM=vt100) every
 * element gets attributes instead, chosen so focus, unread, quotes and
 * links still stand apart.
 */
#include "config.h"

#include <curses.h>

#include "tui/tui-int.h"

static int	theme_attrs[CE__COUNT];

/* Monochrome stand-ins, and the attributes colour themes keep. */
static const int theme_mono[CE__COUNT] = {
	[CE_LISTFOCUS] = A_REVERSE,
	[CE_LISTNORMAL_UNREAD] = A_BOLD,
	[CE_LISTFOCUS_UNREAD] = A_REVERSE | A_BOLD,
	[CE_INFO] = A_REVERSE,
	[CE_TITLE] = A_BOLD,
	[CE_HINT] = A_REVERSE,
	[CE_LINK] = A_UNDERLINE,
	[CE_QUOTE] = A_BOLD,
	[CE_QUOTE_TERM] = A_UNDERLINE,
	[CE_QUOTED1] = A_DIM,
	[CE_QUOTED2] = A_DIM,
	[CE_QUOTED3] = A_DIM,
	[CE_ERROR] = A_BOLD,
	[CE_SEARCH_MATCH] = A_REVERSE,
	[CE_SPEAKER] = A_DIM,
};

/* The config's CA_* bits as curses attributes. */
int
theme_ca(int ca)
{
	static const struct { int ca; int a; } map[] = {
		{ CA_BOLD, A_BOLD }, { CA_UNDERLINE, A_UNDERLINE },
		{ CA_STANDOUT, A_STANDOUT }, { CA_REVERSE, A_REVERSE },
		{ CA_DIM, A_DIM }, { CA_BLINK, A_BLINK },
#ifdef A_ITALIC
		{ CA_ITALIC, A_ITALIC },
#endif
	};
	size_t i;
	int a = 0;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (ca & map[i].ca)
			a |= map[i].a;
	return a;
}

void
theme_init(const struct config *c)
{
	const struct config_color *cc;
	int e, fg, bg, pair = 1;

	tui.colour = 0;
	if (has_colors() && start_color() == OK) {
		use_default_colors();
		tui.colour = 1;
	}
	for (e = 0; e < CE__COUNT; e++) {
		cc = &c->colors[e];
		if (!tui.colour || pair >= COLOR_PAIRS) {
			theme_attrs[e] = theme_mono[e] |
			    (cc->set ? theme_ca(cc->attrs) : 0);
			continue;
		}
		fg = cc->fg < COLORS ? cc->fg : -1;
		bg = cc->bg < COLORS ? cc->bg : -1;
		if (e != CE_BACKGROUND && bg == -1 &&
		    c->colors[CE_BACKGROUND].bg >= 0 &&
		    c->colors[CE_BACKGROUND].bg < COLORS)
			bg = c->colors[CE_BACKGROUND].bg;
		if (init_pair((short)pair, (short)fg, (short)bg) != OK) {
			theme_attrs[e] = theme_mono[e];
			continue;
		}
		theme_attrs[e] = COLOR_PAIR(pair) | theme_ca(cc->attrs);
		/* a theme that leaves focus/bars without colour still needs
		 * them visible */
		if (fg == -1 && bg == -1 && cc->attrs == 0)
			theme_attrs[e] |= theme_mono[e];
		pair++;
	}
	if (tui.colour)
		bkgdset(' ' | theme_attrs[CE_BACKGROUND]);
}

int
theme_attr(enum config_element e)
{
	if ((int)e < 0 || e >= CE__COUNT)
		return A_NORMAL;
	return theme_attrs[e];
}
