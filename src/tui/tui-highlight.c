/*
 * tui-highlight: newsboat's `highlight CONTEXT REGEX FG BG [ATTR...]`:
 * the matches of a regex coloured in the article text (context article),
 * the article list's rows (articlelist), the feed list's (feedlist), or
 * all three (all).  The regexes are compiled once at start under the filter
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
	int	ctx;		/* a TUI_HL_* bit, or all of them */
};

static const struct {
	const char	*name;
	int		 ctx;
} hl_ctx[] = {
	{ "article", TUI_HL_ARTICLE }, { "articlelist", TUI_HL_ARTICLES },
	{ "feedlist", TUI_HL_FEEDS },
	{ "all", TUI_HL_ARTICLE | TUI_HL_ARTICLES | TUI_HL_FEEDS },
};

static struct {
	struct hl_rule	*v;
	size_t		 n;
} hl;

void
tui_highlight_init(void)
{
	const struct config *c = tui.set.cfg;
	const struct config_rule *r;
	char err[128];
	size_t i, k;
	int pair = HL_PAIR_BASE, ctx;

	for (i = 0; i < c->nrules; i++) {
		r = &c->rules[i];
		if (r->kind != CR_HL_TEXT || r->name == NULL)
			continue;
		for (k = 0, ctx = 0; k < sizeof hl_ctx / sizeof hl_ctx[0]; k++)
			if (strcmp(r->name, hl_ctx[k].name) == 0)
				ctx = hl_ctx[k].ctx;
		if (ctx == 0)
			continue;
		hl.v = xreallocarray(hl.v, hl.n + 1, sizeof *hl.v);
		hl.v[hl.n].ctx = ctx;
		if (model_regex_compile(&hl.v[hl.n].re, r->expr, 0, err,
		    sizeof err) == -1) {
			log_warn("%s:%u: highlight: %s", r->file, r->line,
			    err);
			continue;
		}
		hl.v[hl.n].attr = theme_ca(r->color.attrs);
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

int
tui_highlight_any(int ctx)
{
	size_t i;

	for (i = 0; i < hl.n; i++)
		if (hl.v[i].ctx & ctx)
			return 1;
	return 0;
}

void
tui_highlight_mark(int ctx, const char *text, size_t len, int *attr)
{
	regmatch_t m;
	size_t i, off, s, e, j;
	char *buf;
	int a;

	if (!tui_highlight_any(ctx) || len == 0)
		return;
	buf = xmalloc(len + 1);
	memcpy(buf, text, len);
	buf[len] = '\0';
	for (i = 0; i < hl.n; i++) {
		if (!(hl.v[i].ctx & ctx))
			continue;
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

int
tui_highlight_put(int ctx, int y, int x, int w, const char *s, int attr)
{
	size_t len, i, k;
	int *at, used = 0;

	if (s == NULL || !tui_highlight_any(ctx) || (len = strlen(s)) == 0)
		return text_put(y, x, w, s, attr, 0);
	at = xcalloc(len, sizeof *at);
	for (i = 0; i < len; i++)
		at[i] = attr;
	tui_highlight_mark(ctx, s, len, at);
	for (i = 0; i < len && used < w; i = k) {
		for (k = i + 1; k < len && at[k] == at[i]; k++)
			;
		used += text_putn(y, x + used, w - used, s + i, k - i, at[i],
		    0);
	}
	free(at);
	return used;
}
