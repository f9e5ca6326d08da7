/*
 * tui-highlight: newsboat's `highlight CONTEXT REGEX FG BG [ATTR...]`:
 * the matches of a regex coloured in the article text (context article
 * or all).  The regexes are compiled once at start under the filter
 * language's limits (model_regex_compile), so even a careless one costs
 * little per line; one that is refused is reported and skipped.
 */
#include "config.h"

#include <curses.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "tui/tui-int.h"

#define HL_PAIR_BASE	32	/* colour pairs of these rules (below the
				   highlight-article ones at 64) */
#define HL_MAX		(TIDY_HL_PAIR_TOP - HL_PAIR_BASE)

struct hl_rule {
	regex_t	re;
	int	attr;		/* curses attributes, with a colour pair */
};

static struct {
	struct hl_rule	*v;
	size_t		 n;
} hl;

static int
hl_ca(int ca)
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
tui_highlight_init(void)
{
	const struct config *c = tui.set.cfg;
	const struct config_rule *r;
	char err[128];
	size_t i;
	int pair = HL_PAIR_BASE;

	for (i = 0; i < c->nrules; i++) {
		r = &c->rules[i];
		if (r->kind != CR_HL_TEXT || r->name == NULL ||
		    (strcmp(r->name, "article") != 0 &&
		    strcmp(r->name, "all") != 0))
			continue;
		hl.v = xreallocarray(hl.v, hl.n + 1, sizeof *hl.v);
		if (model_regex_compile(&hl.v[hl.n].re, r->expr, 0, err,
		    sizeof err) == -1) {
			log_warn("%s:%u: highlight: %s", r->file, r->line,
			    err);
			continue;
		}
		hl.v[hl.n].attr = hl_ca(r->color.attrs);
		if (tui.colour && pair < TIDY_HL_PAIR_TOP &&
		    pair < COLOR_PAIRS && r->color.fg < COLORS &&
		    r->color.bg < COLORS && init_pair((short)pair,
		    (short)r->color.fg, (short)r->color.bg) == OK)
			hl.v[hl.n].attr |= COLOR_PAIR(pair++);
		hl.n++;
	}
}

void
tui_highlight_end(void)
{
	size_t i;

	for (i = 0; i < hl.n; i++)
		regfree(&hl.v[i].re);
	FREE(&hl.v);
	hl.n = 0;
}

void
tui_highlight_mark(const char *text, size_t len, int *attr)
{
	regmatch_t m;
	size_t i, off, s, e, j;
	char *buf;
	int a;

	if (hl.n == 0 || len == 0)
		return;
	buf = xmalloc(len + 1);
	memcpy(buf, text, len);
	buf[len] = '\0';
	for (i = 0; i < hl.n; i++) {
		for (off = 0; off < len && regexec(&hl.v[i].re, buf + off, 1,
		    &m, off > 0 ? REG_NOTBOL : 0) == 0; ) {
			s = off + (size_t)m.rm_so;
			e = off + (size_t)m.rm_eo;
			if (e <= s) {	/* an empty match: step on */
				off = s + 1;
				continue;
			}
			a = hl.v[i].attr;
			for (j = s; j < e && j < len; j++)
				attr[j] = (a & (int)A_COLOR) != 0 ?
				    (attr[j] & ~(int)A_COLOR) | a : attr[j] | a;
			off = e;
		}
	}
	free(buf);
}
